//! Leptos components. They only wire: read the reader's state, ask `format` and `scene` for
//! text and marks, draw. Everything here renders the same natively (pre-rendering) and in the
//! browser (hydration), so nothing may read the browser during the first render; browser glue
//! runs in effects, which run only in the browser.

mod app;
mod article;
mod downloads;
mod embed;
mod embed_dialog;
mod hash;
mod legend;
#[cfg(feature = "ssr")]
mod page;
mod sources;
mod visual;

pub use app::{chart_ids, App, Reading};
#[cfg(feature = "ssr")]
pub use page::{render_app, render_site, Site};

/// The element the app is rendered into and hydrated from.
pub const ROOT_ID: &str = "explainer";
