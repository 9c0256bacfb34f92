//! The page in the browser. Pre-rendering wrote the whole page (`view`); this brings it to life
//! without rendering it again: one set of listeners on the root answers every control (event
//! delegation, `events`), effects mirror the reader's choice onto the elements that show it
//! (`marks`), and only the graphics are drawn again, at the width they get (`graphics`).
//! Hydrating every component would ship the code of every component; this ships the code of
//! what changes (see README, "Size and speed"). What it finds on the page, and how it reads
//! the controls, is the contract of [`hooks`](crate::hooks).

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
use leptos::wasm_bindgen::JsCast;
use leptos::web_sys::{js_sys, Element, EventTarget, HtmlElement, ResizeObserver, ResizeObserverEntry};

use crate::content::{Selection, Story};
use crate::embed::PageView;
use crate::hooks::Control;
use crate::reading::Reading;

/// Brings the pre-rendered page of `story` under `root`, which shows `view`, to life.
/// Everything it starts lives as long as the page.
pub fn start(root: HtmlElement, story: &'static Story, view: PageView) {
    let _ = any_spawner::Executor::init_wasm_bindgen();
    let owner = Owner::new();
    owner.with(|| {
        let reading = Reading::new(story, view);
        provide_context(reading);
        graphics::draw(&root, reading);
        marks::mirror(&root, reading);
        events::answer(&root, reading);
        paragraphs::follow_reading_position();
        hash::follow(reading);
        language::honour_query(reading);
        match view {
            PageView::EmbedChart(_) | PageView::EmbedAll => embed::talk_to_parent(reading),
            PageView::Full => {}
        }
    });
    // The page lives as long as the tab: so does what brings it to life.
    std::mem::forget(owner);
}

/// A reader's choice: selects and records it in the history, so that back returns to it.
fn choose(reading: Reading, selection: Selection) {
    reading.selection.set(Some(selection));
    hash::push(reading, selection);
}

/// The control an element is, read from its attributes.
fn control_of(element: &Element, story: &Story) -> Option<Control> {
    Control::read(|name| element.get_attribute(name), story)
}

/// The figure or event an element stands for, if it is a control that chooses one.
fn item_of(element: &Element, story: &Story) -> Option<Selection> {
    match control_of(element, story)? {
        Control::Choose(item) => Some(item),
        _ => None,
    }
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

/// The element with this id, if the page has it.
fn by_id(id: &str) -> Option<Element> {
    document().get_element_by_id(id)
}
