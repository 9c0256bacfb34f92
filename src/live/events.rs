//! One listener per kind of event, on the root: every control of the page answers through
//! them (event delegation), so that no control needs code of its own. A control says what it is
//! by its attributes, read by [`Control::read`]; a click is one exhaustive `match` on it.

use wasm_bindgen::JsCast;
use web_sys::{Element, EventTarget, FocusEvent, HtmlElement, KeyboardEvent, MouseEvent};

use super::{all, choose, control_of, dialog, downloads, hash, item_of, language, listen, Reader};
use crate::embed::protocol::Told;
use crate::hooks::{self, state, Control};
use crate::reading::Walk;
use vocabulary::Named;

/// Answers every control under `root`, for as long as the page lives.
pub fn answer(root: &HtmlElement, reader: &'static Reader, files: &'static [crate::content::SavedFile]) {
    let reading = reader.reading;
    let story = reading.story;
    listen(root, "click", move |event: MouseEvent| {
        let Some(target) = element(event.target()) else { return };
        // The PNG is a plain link to its file: the browser saves it; the page around is told.
        if closest(&target, hooks::PNG_LINK).is_some() {
            reader.tell(Told::Download("png"));
            return;
        }
        // A guest's link within its page (`#…`): the host's address bar is not the explainer's.
        if let Some(link) = closest(&target, hooks::LINK_WITHIN).filter(|_| reader.guest.is_some()) {
            event.prevent_default();
            hash::go_to(reader, &link.get_attribute("href").unwrap_or_default());
            return;
        }
        let Some(button) = closest(&target, hooks::ANY_CONTROL) else { return };
        let Some(control) = control_of(&button, story) else { return };
        match control {
            // A mention or a mark is a toggle: pressed again, it lets go. An option stays.
            Control::Choose(item) => match button.matches(hooks::OPTION).unwrap_or(false) {
                true => choose(reader, Some(item), false),
                false => choose(reader, reader.toggled(item), false),
            },
            Control::Download { chart, file } => {
                downloads::save(story, files, chart, file, &reader.downloaded);
                reader.tell(Told::Download(file.name()));
            }
            Control::OpenEmbed(view) => dialog::open(view, &button, reader),
            Control::CopySnippet => dialog::copy(&button, reader.said),
            Control::CloseDialog => dialog::close(&button),
            Control::Step(walk) => reader.walk(walk, true),
            Control::Language(lang) => {
                // The same place in the other language: the hash and the page's options go along.
                // A guest's element shows its other language itself (`embed.js`).
                event.prevent_default();
                if reader.guest.is_none() {
                    language::go(lang, reading);
                }
            }
        }
    });

    // What is under the pointer lights up; leaving a mention lets Escape's silence go.
    let item_at = move |target: &Element| closest(target, hooks::ANY_CONTROL).and_then(|e| item_of(&e, story));
    listen(root, "mouseover", move |event: MouseEvent| {
        reader.point(element(event.target()).and_then(|target| item_at(&target)));
    });
    listen(root, "mouseout", move |event: MouseEvent| {
        let to = element(event.related_target());
        reader.point(to.as_ref().and_then(item_at));
        if let Some(wrap) = element(event.target()).and_then(|target| closest(&target, hooks::MENTION_WRAP)) {
            if !to.is_some_and(|to| wrap.contains(Some(&to))) {
                quiet(&wrap, false);
            }
        }
    });

    // The keyboard: a mention reached lights its marks; any item reached is announced.
    let is_mention = |element: &Element| element.matches(hooks::MENTION).unwrap_or(false);
    listen(root, "focusin", move |event: FocusEvent| {
        let Some(target) = element(event.target()) else { return };
        let Some(item) = item_of(&target, story) else { return };
        if is_mention(&target) {
            reader.point(Some(item));
        }
        reader.reach(Some(item));
    });
    listen(root, "focusout", move |event: FocusEvent| {
        let Some(target) = element(event.target()) else { return };
        if item_of(&target, story).is_none() {
            return;
        }
        if is_mention(&target) {
            reader.point(None);
            if let Some(wrap) = closest(&target, hooks::MENTION_WRAP) {
                quiet(&wrap, false);
            }
        }
        reader.reach(None);
    });

    listen(root, "keydown", move |event: KeyboardEvent| {
        let Some(target) = element(event.target()) else { return };
        let key = event.key();
        // Escape closes a mention's tooltip until the pointer or the focus leaves.
        if key == "Escape" {
            if let Some(wrap) = closest(&target, hooks::MENTION_WRAP) {
                quiet(&wrap, true);
            }
            return;
        }
        // Left and right follow the reading direction, as the marks do: in right-to-left
        // text, the next item is to the left.
        let ahead = if story.meta.language.is_rtl() { "ArrowLeft" } else { "ArrowRight" };
        // An embed's steps: arrows walk them, Home and End jump to their ends.
        if closest(&target, hooks::STEPS).is_some() {
            let walk = match key.as_str() {
                "ArrowLeft" | "ArrowRight" if key == ahead => Walk::On,
                "ArrowLeft" | "ArrowRight" => Walk::Back,
                "Home" => Walk::First,
                "End" => Walk::Last,
                _ => return,
            };
            event.prevent_default();
            reader.walk(walk, true);
            return;
        }
        // A legend: arrows move (and choose), Home and End jump.
        let Some(list) = closest(&target, hooks::LEGEND) else { return };
        let options = all(&list, hooks::OPTION);
        let Some(last) = options.len().checked_sub(1) else { return };
        // From the option that has the focus: the tab stop moves only at the next frame, and
        // keys pressed faster than frames (a held arrow, a loaded phone) must each count.
        let from = options
            .iter()
            .position(|option| option.contains(Some(target.as_ref())))
            .or_else(|| options.iter().position(|o| o.get_attribute("tabindex").as_deref() == Some("0")))
            .unwrap_or(0);
        let to = match key.as_str() {
            "ArrowDown" => (from + 1).min(last),
            "ArrowUp" => from.saturating_sub(1),
            "ArrowLeft" | "ArrowRight" if key == ahead => (from + 1).min(last),
            "ArrowLeft" | "ArrowRight" => from.saturating_sub(1),
            "Home" => 0,
            "End" => last,
            _ => return,
        };
        event.prevent_default();
        if let Some(item) = item_of(&options[to], story) {
            choose(reader, Some(item), true);
        }
        if let Some(option) = options[to].dyn_ref::<HtmlElement>() {
            let _ = option.focus();
        }
    });
}

fn element(target: Option<EventTarget>) -> Option<Element> {
    target?.dyn_into::<Element>().ok()
}

fn closest(element: &Element, selector: &str) -> Option<Element> {
    element.closest(selector).ok().flatten()
}

fn quiet(wrap: &Element, on: bool) {
    let _ = wrap.class_list().toggle_with_force(state::QUIET, on);
}
