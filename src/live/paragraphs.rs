//! Follows which paragraph is in the middle band of the screen, and marks it (not
//! scroll-jacking: it only watches). One observer for all paragraphs.

use std::cell::RefCell;
use std::rc::Rc;

use leptos::web_sys::Element;
use leptos_use_intersection_observer::{use_intersection_observer_with_options, UseIntersectionObserverOptions};

use crate::hooks::{self, state::READING as ACTIVE};

/// Marks the paragraph in the middle band of the screen, as the reader scrolls.
pub fn follow_reading_position() {
    let active = Rc::new(RefCell::new(None::<Element>));
    use_intersection_observer_with_options(
        hooks::PARAGRAPH,
        move |entries, _| {
            for entry in entries.iter().filter(|entry| entry.is_intersecting()) {
                let paragraph = entry.target();
                if let Some(previous) = active.borrow_mut().replace(paragraph.clone()) {
                    let _ = previous.class_list().remove_1(ACTIVE);
                }
                let _ = paragraph.class_list().add_1(ACTIVE);
            }
        },
        UseIntersectionObserverOptions::default().root_margin("-45% 0px -45% 0px"),
    );
}
