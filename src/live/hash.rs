//! Deep links: the URL's hash follows the reader's choice (`#returns-2018`), opening such a
//! link chooses it and brings it into view, and back and forward walk through the choices.

use leptos::prelude::*;
use leptos::web_sys::Event;

use super::listen;

use crate::content::{story, Selection};
use crate::view::{option_id, Reading};

/// Records a choice in the history without scrolling (the reader is already looking at it).
pub fn push(selection: Selection) {
    let hash = format!("#{}", story().id_of(selection));
    let window = window();
    if window.location().hash().ok().as_deref() == Some(hash.as_str()) {
        return;
    }
    if let Ok(history) = window.history() {
        let _ = history.push_state_with_url(&leptos::wasm_bindgen::JsValue::NULL, "", Some(&hash));
    }
}

/// Chooses what the hash names when the page opens and whenever the hash changes (a link
/// followed, back, forward).
pub fn follow(reading: Reading) {
    let apply = move || {
        let hash = window().location().hash().unwrap_or_default();
        let Some(selection) = story().find(hash.trim_start_matches('#')) else { return };
        reading.selection.set(Some(selection));
        bring_into_view(selection);
    };
    apply();
    listen(&window(), "popstate", move |_: Event| apply());
    listen(&window(), "hashchange", move |_: Event| apply());
}

/// Scrolls to a selection's mention in the text, or for a computed figure (which the text
/// does not state) to its item in a visual.
fn bring_into_view(selection: Selection) {
    let document = document();
    let id = story().id_of(selection);
    let element = document
        .get_element_by_id(id)
        .or_else(|| story().charts.iter().find_map(|chart| document.get_element_by_id(&option_id(chart, selection))));
    if let Some(element) = element {
        let options = leptos::web_sys::ScrollIntoViewOptions::new();
        options.set_block(leptos::web_sys::ScrollLogicalPosition::Center);
        element.scroll_into_view_with_scroll_into_view_options(&options);
    }
}
