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
    let text = paragraphs.clone();
    let active = RefCell::new(None::<Element>);
    let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
        for entry in entries.iter().filter_map(|entry| entry.dyn_into::<IntersectionObserverEntry>().ok()) {
            let mut paragraph = Some(entry.target());
            if !entry.is_intersecting() {
                // The paragraph read left the band. The one read now is the last the band has
                // passed: the same one between two paragraphs or over a visual on a phone (so
                // that nothing flickers), another after a jump, none above the text or past it.
                if active.borrow().as_ref() != paragraph.as_ref() {
                    continue;
                }
                let Some(band) = entry.root_bounds() else { continue };
                let passed = text.iter().rev().find(|p| p.get_bounding_client_rect().top() <= band.top());
                paragraph = match passed {
                    Some(p) if Some(p) == text.last() && p.get_bounding_client_rect().bottom() < band.top() => None,
                    passed => passed.cloned(),
                };
                if *active.borrow() == paragraph {
                    continue;
                }
            }
            if let Some(previous) = active.borrow_mut().take() {
                let _ = previous.class_list().remove_1(ACTIVE);
            }
            if let Some(paragraph) = &paragraph {
                let _ = paragraph.class_list().add_1(ACTIVE);
            }
            reader.read(paragraph.as_ref());
            *active.borrow_mut() = paragraph;
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
