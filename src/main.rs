//! The browser entry: brings to life the page that `prerender` wrote at build time (the view
//! it holds is named by the root's `data-view`), then marks the root `data-live` so that styles
//! and tests can tell the interactive page from the static one.

use explainer::embed::PageView;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

fn main() {
    let root = document()
        .get_element_by_id(explainer::view::ROOT_ID)
        .and_then(|element| element.dyn_into::<leptos::web_sys::HtmlElement>().ok());
    let Some(root) = root else { return };
    // The page's language first: everything reads the story in it.
    if let Some(code) = root.get_attribute("data-lang") {
        explainer::content::set_page_language(&code);
    }
    let ids = explainer::view::chart_ids();
    let view = root.get_attribute("data-view").and_then(|key| PageView::from_key(&key, &ids)).unwrap_or(PageView::Full);
    explainer::live::start(root.clone(), view);
    let _ = root.set_attribute("data-live", "");
}
