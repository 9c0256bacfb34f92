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
    let paragraphs = all(root, hooks::PARAGRAPH);
    // Past the text's last paragraph (or above its first) nothing is being read: the marks go
    // back to plain. Between two paragraphs the last one stays, so that nothing flickers.
    let ends = [paragraphs.first().cloned(), paragraphs.last().cloned()];
    let active = RefCell::new(None::<Element>);
    let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
        for entry in entries.iter().filter_map(|entry| entry.dyn_into::<IntersectionObserverEntry>().ok()) {
            let paragraph = entry.target();
            let leaving = !entry.is_intersecting();
            if leaving && !(active.borrow().as_ref() == Some(&paragraph) && ends.contains(&Some(paragraph.clone()))) {
                continue;
            }
            if let Some(previous) = active.borrow_mut().take() {
                let _ = previous.class_list().remove_1(ACTIVE);
            }
            if leaving {
                reader.read(None);
                continue;
            }
            let _ = paragraph.class_list().add_1(ACTIVE);
            reader.read(Some(&paragraph));
            active.replace(Some(paragraph));
        }
    });
    let options = IntersectionObserverInit::new();
    options.set_root_margin("-45% 0px -45% 0px");
    if let Ok(observer) = IntersectionObserver::new_with_options(callback.as_ref().unchecked_ref(), &options) {
        for paragraph in &paragraphs {
            observer.observe(paragraph);
        }
    }
    callback.forget();
}
