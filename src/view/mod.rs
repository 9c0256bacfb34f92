//! Leptos components that draw the pages. They run at build time (pre-rendering, `prerender`)
//! and draw the first state: nothing chosen. In the browser only `Drawing` runs again (a
//! graphic is laid out for the width it gets); `live` brings the rest of the page to life.

mod app;
mod article;
mod downloads;
mod embed_dialog;
mod legend;
#[cfg(feature = "ssr")]
mod page;
mod sources;
mod visual;

pub use app::{chart_ids, href_for, App, Reading};
pub use article::sentence_key;
pub use legend::option_id;
#[cfg(feature = "ssr")]
pub use page::{allow_style, inline_stylesheet, render_app, render_site, Site};
pub use visual::Drawing;

/// The element the app is rendered into, and that `live` brings to life.
pub const ROOT_ID: &str = "explainer";
