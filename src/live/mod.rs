//! The page in the browser. Pre-rendering wrote the whole page (`view`); this brings it to life
//! without rendering it again: one set of listeners on the root answers every control (event
//! delegation, `events`), effects mirror the reader's choice onto the elements that show it
//! (`marks`), and only the graphics are drawn again, at the width they get (`graphics`).
//! Hydrating every component would ship the code of every component; this ships the code of
//! what changes (see README, "Size and speed").

mod dialog;
mod downloads;
mod embed;
mod events;
mod graphics;
mod hash;
mod language;
mod marks;
mod paragraphs;

use leptos::prelude::*;
use leptos::wasm_bindgen::closure::Closure;
use leptos::wasm_bindgen::convert::FromWasmAbi;
use leptos::web_sys::{js_sys, Element, EventTarget, HtmlElement, ResizeObserver, ResizeObserverEntry};

use crate::content::{story, Selection};
use crate::embed::PageView;
use crate::format::Lang;
use crate::view::Reading;

/// Brings the pre-rendered page under `root` to life. Everything it starts lives as long as
/// the page.
pub fn start(root: HtmlElement, view: PageView) {
    let _ = any_spawner::Executor::init_wasm_bindgen();
    let owner = Owner::new();
    owner.with(|| {
        let lang = Lang::from_code(story().meta.language).unwrap_or_default();
        let reading = Reading::new(lang, view);
        provide_context(reading);
        graphics::draw(&root);
        marks::mirror(&root, reading);
        events::answer(&root, reading);
        paragraphs::follow_reading_position();
        hash::follow(reading);
        language::honour_query(view);
        match view {
            PageView::EmbedChart(chart) => embed::talk_to_parent(story().charts[chart].id, view),
            PageView::EmbedAll => embed::talk_to_parent("explainer", view),
            PageView::Full => {}
        }
    });
    // The page lives as long as the tab: so does what brings it to life.
    std::mem::forget(owner);
}

/// A reader's choice: selects and records it in the history, so that back returns to it.
fn choose(reading: Reading, selection: Selection) {
    reading.selection.set(Some(selection));
    hash::push(selection);
}

/// The figure or event an element stands for (`data-figure` or `data-event`).
fn item_of(element: &Element) -> Option<Selection> {
    let id = element.get_attribute("data-figure").or_else(|| element.get_attribute("data-event"))?;
    story().find(&id)
}

/// Listens for `event` on `target` for as long as the page lives. These listeners (on the root,
/// the window, the document) are never removed, so leptos-use's `use_event_listener`, which
/// follows a reactive target and cleans up after itself, would cost WASM for nothing.
fn listen<E: FromWasmAbi + 'static>(target: &EventTarget, event: &str, handler: impl FnMut(E) + 'static) {
    let handler = Closure::<dyn FnMut(E)>::new(handler);
    let _ = target.add_event_listener_with_callback(event, handler.as_ref().unchecked_ref());
    handler.forget();
}

/// Calls `resized` with an element's border-box width whenever its size changes, for as long
/// as the page lives. A ResizeObserver of our own: leptos-use's `use_element_size` also reads
/// sizes from computed styles, which brings Rust's float parser into the bundle.
fn on_resize(element: &Element, mut resized: impl FnMut(f64) + 'static) {
    let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
        if let Some(entry) = entries.get(0).dyn_ref::<ResizeObserverEntry>() {
            resized(entry.content_rect().width());
        }
    });
    if let Ok(observer) = ResizeObserver::new(callback.as_ref().unchecked_ref()) {
        observer.observe(element);
    }
    callback.forget();
}

/// The elements under `root` that match `selector`, as a list.
fn all(root: &Element, selector: &str) -> Vec<Element> {
    let Ok(found) = root.query_selector_all(selector) else { return Vec::new() };
    (0..found.length()).filter_map(|i| found.item(i)).filter_map(|node| node.dyn_into::<Element>().ok()).collect()
}

use leptos::wasm_bindgen::JsCast;
