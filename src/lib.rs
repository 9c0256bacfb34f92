//! An embeddable news explainer: an article's text beside timelines and charts built from the
//! figures in that text, every number traceable to its sentence.
//!
//! Codemap (data flows one way, top to bottom):
//! - `content`: the story as static data, generated at build time from `content/*.toml` by
//!   `content-compiler` (which checks it); the model types.
//! - `format`: numbers, periods and dates per language.
//! - `geom`: scales and ticks (the maths of charts).
//! - `scene`: one pure function per visual, from the story and a width to marks in pixels.
//! - `ui`: interface strings per language.
//! - `view`: Leptos components that draw the pages at build time (pre-rendering).
//! - `live` (browser only): brings the pre-rendered page to life; draws the graphics again at
//!   their width.
//!
//! Invariant: `content`, `format`, `geom`, `scene` and `ui` never import `leptos` or `web_sys`; they compile and
//! test natively with plain `cargo test`.

// Leptos views are deeply nested types; the whole page is one of them.
#![recursion_limit = "512"]

pub mod content;
pub mod describe;
pub mod embed;
pub mod export;
pub mod format;
pub mod geom;
#[cfg(feature = "browser")]
pub mod live;
pub mod palette;
pub mod scene;
pub mod ui;
pub mod view;

pub use view::App;
