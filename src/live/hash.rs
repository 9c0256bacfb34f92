//! Deep links: the URL's hash follows the reader's choice (`#returns-2018`), opening such a
//! link chooses it and brings it into view, and back and forward walk through the choices.

use web_sys::{Event, ScrollIntoViewOptions, ScrollLogicalPosition};

use super::{by_id, listen, window, Reader};
use crate::content::Selection;
use crate::hooks::option_id;
use crate::reading::Reading;

/// Records a choice in the history without scrolling (the reader is already looking at it): a
/// new entry, or, for a keyboard walking a list (`walking`) from a choice, the same entry, so
/// that Back leaves the list in one step rather than one per arrow key.
pub fn push(reading: Reading, selection: Selection, walking: bool) {
    let hash = format!("#{}", reading.story.id_of(selection));
    let window = window();
    let now = window.location().hash().unwrap_or_default();
    if now == hash {
        return;
    }
    if let Ok(history) = window.history() {
        let _ = if walking && now.len() > 1 {
            history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&hash))
        } else {
            history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&hash))
        };
    }
}

/// Chooses what the hash names when the page opens and whenever the hash changes (a link
/// followed, back, forward).
pub fn follow(reader: &'static Reader) {
    let reading = reader.reading;
    let apply = move || {
        let hash = window().location().hash().unwrap_or_default();
        // Back to the entry without a hash: nothing chosen, as the page opened.
        let name = hash.trim_start_matches('#');
        if name.is_empty() {
            reader.select(None);
            return;
        }
        let Some(selection) = reading.story.find(name) else { return };
        reader.select(Some(selection));
        bring_into_view(reading, selection);
    };
    apply();
    listen(&window(), "popstate", move |_: Event| apply());
    listen(&window(), "hashchange", move |_: Event| apply());
}

/// Scrolls to a selection's mention in the text, or for a computed figure (which the text
/// does not state) to its item in a visual.
fn bring_into_view(reading: Reading, selection: Selection) {
    let story = reading.story;
    let element = by_id(story.id_of(selection))
        .or_else(|| (0..story.charts.len()).find_map(|chart| by_id(&option_id(story, chart, selection))));
    if let Some(element) = element {
        let options = ScrollIntoViewOptions::new();
        options.set_block(ScrollLogicalPosition::Center);
        element.scroll_into_view_with_scroll_into_view_options(&options);
    }
}
