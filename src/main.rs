//! The browser entry: hydrates the page that `prerender` wrote at build time, then marks the
//! root `data-hydrated` so that styles and tests can tell the interactive page from the static one.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

fn main() {
    let root = document()
        .get_element_by_id(explainer::view::ROOT_ID)
        .and_then(|element| element.dyn_into::<leptos::web_sys::HtmlElement>().ok());
    if let Some(root) = root {
        leptos::mount::hydrate_from(root.clone(), explainer::App).forget();
        let _ = root.set_attribute("data-hydrated", "");
    }
}
