//! Leptos components that draw the pages. They run at build time (pre-rendering, `site`) and
//! draw the first state: nothing chosen. None of them runs in the browser: `live` brings the
//! page to life, and writes each graphic again at its width with the same `drawing` markup. Every component
//! reads the story and the page from the [`Reading`](crate::reading::Reading) in its context,
//! and marks what the browser code needs through [`hooks`](crate::hooks).

mod app;
mod article;
mod downloads;
mod embed_dialog;
mod index;
mod legend;
mod sources;
mod visual;

pub use app::App;
pub use index::{Listing, SiteIndex};
