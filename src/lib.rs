//! An embeddable news explainer: an article's text beside timelines and charts built from the
//! figures in that text, every number traceable to its sentence.
//!
//! Codemap (data flows one way, top to bottom; see the README for the whole map):
//! - `content`: the story's model, the `story` crate's (checked by `content-compiler` from
//!   `content/*.toml` as pre-rendering runs; read by the browser from the page's data file),
//!   whose plain words (languages, dates, units, qualifiers…) are the `vocabulary` crate's.
//! - `format`, `ui`: numbers, periods and dates per language; every word of the interface.
//! - `geom`, `scene`, `drawing`: scales and ticks; one pure function per visual, from the
//!   story and a width to marks in pixels; a scene as SVG markup (the page's and the browser's).
//! - `describe`, `export`, `palette`: each visual in words and as a table; as SVG and CSV; the
//!   colours and their contrast.
//! - `embed`: which page a view is, embed snippets, and the messages exchanged with a host.
//! - `hooks`: the contract between the pre-rendered page and the browser code.
//! - `reading`: the page being read and the reader's state, passed to every part.
//! - `view`: Leptos components that draw the pages (at build time, and in the editor's preview).
//! - `site` (build time only): every page of the site, from Trunk's shell.
//! - `live` (browser only): brings the pre-rendered page to life.
//!
//! Invariant: `content`, `format`, `ui`, `geom`, `scene`, `drawing`, `describe`, `export`,
//! `palette`, `embed` and `hooks` never import `leptos` or `web_sys`; they compile and test natively with
//! plain `cargo test`.

#![warn(missing_docs)]
// Leptos views are deeply nested types; the whole page is one of them.
#![recursion_limit = "512"]

pub mod content;
pub mod describe;
pub mod drawing;
pub mod embed;
pub mod export;
pub mod format;
pub mod geom;
pub mod hooks;
#[cfg(feature = "browser")]
pub mod live;
pub mod palette;
pub mod reading;
pub mod scene;
#[cfg(feature = "ssr")]
pub mod site;
pub mod ui;
#[cfg(feature = "render")]
pub mod view;
