//! Leptos components. They only wire: read the selection, ask `format` for text, draw.
//! Everything here renders the same natively (pre-rendering) and in the browser (hydration),
//! so nothing may read the browser during the first render.

mod app;
mod article;
mod details;
#[cfg(feature = "ssr")]
mod page;

pub use app::App;
#[cfg(feature = "ssr")]
pub use page::{render_app, render_page};

/// The element the app is rendered into and hydrated from.
pub const ROOT_ID: &str = "explainer";
