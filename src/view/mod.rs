//! Leptos components that draw the pages. They run at build time (pre-rendering, `site`) and
//! draw the first state: nothing chosen. In the browser only `Drawing` runs again (a graphic is
//! laid out for the width it gets); `live` brings the rest of the page to life. Every component
//! reads the story and the page from the [`Reading`](crate::reading::Reading) in its context,
//! and marks what the browser code needs through [`hooks`](crate::hooks).

mod app;
mod article;
mod downloads;
mod embed_dialog;
mod legend;
mod not_found;
mod sources;
mod visual;

pub use app::App;
pub use not_found::NotFound;
pub use visual::Drawing;

/// The element the app is rendered into, and that `live` brings to life.
pub const ROOT_ID: &str = "explainer";
