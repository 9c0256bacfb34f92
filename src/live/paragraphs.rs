//! Follows which paragraph is in the middle band of the screen, marks it, and tells the reader
//! what it mentions, which its visuals light softly (not scroll-jacking: it only watches). One
//! observer for all paragraphs.

use std::cell::RefCell;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{js_sys, Element, IntersectionObserver, IntersectionObserverEntry, IntersectionObserverInit};

use super::{all, Reader};
use crate::hooks::{self, state::READING as ACTIVE};

/// Marks the paragraph under `root` in the middle band of the screen, as the reader scrolls,
/// and has its figures and events lit softly in its visuals.
pub fn follow_reading_position(root: &Element, reader: &'static Reader) {
    let active = RefCell::new(None::<Element>);
    let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
        for entry in entries.iter().filter_map(|entry| entry.dyn_into::<IntersectionObserverEntry>().ok()) {
            if !entry.is_intersecting() {
                continue;
            }
            let paragraph = entry.target();
            if let Some(previous) = active.borrow_mut().replace(paragraph.clone()) {
                let _ = previous.class_list().remove_1(ACTIVE);
            }
            let _ = paragraph.class_list().add_1(ACTIVE);
            reader.read(&paragraph);
        }
    });
    let options = IntersectionObserverInit::new();
    options.set_root_margin("-45% 0px -45% 0px");
    if let Ok(observer) = IntersectionObserver::new_with_options(callback.as_ref().unchecked_ref(), &options) {
        for paragraph in all(root, hooks::PARAGRAPH) {
            observer.observe(&paragraph);
        }
    }
    callback.forget();
}
