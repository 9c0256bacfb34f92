//! One listener per kind of event, on the root: every control of the page answers through
//! them (event delegation), so that no control needs code of its own. A control says what it
//! is by its attributes: `data-figure`/`data-event` (mentions, legend options, marks),
//! `data-download`, `data-embed`, `data-action`, and the language links.

use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;
use leptos::web_sys::{Element, EventTarget, FocusEvent, HtmlElement, KeyboardEvent, MouseEvent};

use super::{all, choose, dialog, downloads, item_of, language, listen};
use crate::content::Selection;
use crate::view::Reading;

/// What a figure or an event is, for the pointer and the keyboard.
const ITEM: &str = "[data-figure], [data-event]";

pub fn answer(root: &HtmlElement, reading: Reading) {
    listen(root, "click", move |event: MouseEvent| {
        let Some(target) = element(event.target()) else { return };
        if let Some(button) = closest(&target, "[data-download]") {
            downloads::save(&button);
        } else if let Some(button) = closest(&target, "[data-embed]") {
            dialog::open(&button, reading);
        } else if let Some(button) = closest(&target, "[data-action]") {
            dialog::act(&button, reading);
        } else if let Some(link) = closest(&target, "a.ex-language[hreflang]") {
            // The same place in the other language: the hash and the page's options go along.
            event.prevent_default();
            language::go(&link.get_attribute("hreflang").unwrap_or_default(), reading.view);
        } else if let Some(item) = closest(&target, ITEM).and_then(|element| item_of(&element)) {
            choose(reading, item);
        }
    });

    // What is under the pointer lights up; leaving a mention lets Escape's silence go.
    listen(root, "mouseover", move |event: MouseEvent| {
        let under = element(event.target()).and_then(|target| closest(&target, ITEM)).and_then(|e| item_of(&e));
        point_at(reading, under);
    });
    listen(root, "mouseout", move |event: MouseEvent| {
        let to = element(event.related_target());
        point_at(reading, to.as_ref().and_then(|to| closest(to, ITEM)).and_then(|e| item_of(&e)));
        if let Some(wrap) = element(event.target()).and_then(|target| closest(&target, ".ex-mention-wrap")) {
            if !to.is_some_and(|to| wrap.contains(Some(&to))) {
                quiet(&wrap, false);
            }
        }
    });

    // The keyboard: a mention reached lights its marks; any item reached is announced.
    listen(root, "focusin", move |event: FocusEvent| {
        let Some(target) = element(event.target()) else { return };
        let Some(item) = item_of(&target) else { return };
        if target.class_list().contains("ex-mention") {
            reading.hover.set(Some(item));
        }
        reading.focused.set(Some(item));
    });
    listen(root, "focusout", move |event: FocusEvent| {
        let Some(target) = element(event.target()) else { return };
        if item_of(&target).is_none() {
            return;
        }
        if target.class_list().contains("ex-mention") {
            reading.hover.set(None);
            if let Some(wrap) = closest(&target, ".ex-mention-wrap") {
                quiet(&wrap, false);
            }
        }
        reading.focused.set(None);
    });

    listen(root, "keydown", move |event: KeyboardEvent| {
        let Some(target) = element(event.target()) else { return };
        let key = event.key();
        // Escape closes a mention's tooltip until the pointer or the focus leaves.
        if key == "Escape" {
            if let Some(wrap) = closest(&target, ".ex-mention-wrap") {
                quiet(&wrap, true);
            }
            return;
        }
        // A legend: arrows move (and choose), Home and End jump.
        let Some(list) = closest(&target, "[role=listbox]") else { return };
        let options = all(&list, "[role=option]");
        let Some(last) = options.len().checked_sub(1) else { return };
        let from = options.iter().position(|o| o.get_attribute("tabindex").as_deref() == Some("0")).unwrap_or(0);
        let to = match key.as_str() {
            "ArrowDown" | "ArrowRight" => (from + 1).min(last),
            "ArrowUp" | "ArrowLeft" => from.saturating_sub(1),
            "Home" => 0,
            "End" => last,
            _ => return,
        };
        event.prevent_default();
        if let Some(item) = item_of(&options[to]) {
            choose(reading, item);
        }
        if let Some(option) = options[to].dyn_ref::<HtmlElement>() {
            let _ = option.focus();
        }
    });
}

/// The pointer moves over many elements: only a change of item is news.
fn point_at(reading: Reading, item: Option<Selection>) {
    if reading.hover.get_untracked() != item {
        reading.hover.set(item);
    }
}

fn element(target: Option<EventTarget>) -> Option<Element> {
    target?.dyn_into::<Element>().ok()
}

fn closest(element: &Element, selector: &str) -> Option<Element> {
    element.closest(selector).ok().flatten()
}

fn quiet(wrap: &Element, on: bool) {
    let _ = wrap.class_list().toggle_with_force("ex-mention-wrap--quiet", on);
}
