//! Deep links: the URL's hash follows the reader's choice (`#returns-2018`), opening such a
//! link chooses it and brings it into view, and back and forward walk through the choices.

use web_sys::{Element, Event, ScrollIntoViewOptions, ScrollLogicalPosition};

use super::{by_id, listen, window, Reader};
use crate::content::Selection;
use crate::hooks::option_id;
use crate::reading::{entry_for, Entry, Reading};

/// Records a choice in the history without scrolling (the reader is already looking at it), as
/// [`entry_for`] says: a new entry, or the same one for a keyboard walking a list; nothing
/// chosen is the page's address without a hash.
pub fn push(reading: Reading, selection: Option<Selection>, walking: bool) {
    let hash = selection.map_or_else(String::new, |selection| format!("#{}", reading.story.id_of(selection)));
    let window = window();
    let now = window.location().hash().unwrap_or_default();
    let Ok(history) = window.history() else { return };
    // An empty address would keep the hash: the path (and query) alone drops it.
    let url = match hash.is_empty() {
        true => {
            [window.location().pathname().unwrap_or_default(), window.location().search().unwrap_or_default()].concat()
        }
        false => hash.clone(),
    };
    let _ = match entry_for(&now, &hash, walking) {
        Entry::Keep => return,
        Entry::Push => history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url)),
        Entry::Replace => history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url)),
    };
}

/// Chooses what the hash names when the page opens and whenever the hash changes (a link
/// followed, back, forward).
pub fn follow(reader: &'static Reader) {
    let apply = move || go_to(reader, &window().location().hash().unwrap_or_default());
    apply();
    listen(&window(), "popstate", move |_: Event| apply());
    listen(&window(), "hashchange", move |_: Event| apply());
}

/// Chooses what `hash` names (`#returns-2018`), if anything, and brings it into view: what a
/// link within the page does (an in-page embed's, whose address bar is the host's, goes here
/// straight from its click).
pub fn go_to(reader: &Reader, hash: &str) {
    let Some(chosen) = reader.reading.chosen_by(hash) else { return };
    reader.select(chosen);
    if let Some(selection) = chosen {
        bring_into_view(&reader.root, reader.reading, selection);
    }
}

/// Scrolls to a selection's mention in the text, or for a computed figure (which the text
/// does not state) to its item in a visual.
fn bring_into_view(root: &Element, reading: Reading, selection: Selection) {
    let story = reading.story;
    let element = by_id(root, story.id_of(selection))
        .or_else(|| (0..story.charts.len()).find_map(|chart| by_id(root, &option_id(story, chart, selection))));
    if let Some(element) = element {
        let options = ScrollIntoViewOptions::new();
        options.set_block(ScrollLogicalPosition::Center);
        element.scroll_into_view_with_scroll_into_view_options(&options);
    }
}
