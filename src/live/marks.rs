//! Mirrors the reader's state onto the pre-rendered page: the chosen mention is pressed and
//! the figures it is computed from are marked related; the sentence it comes from stands out;
//! in each legend the chosen option is selected and takes the list's tab stop, and what is
//! chosen or pointed at lights up; each visual's readout shows the chosen item; the live region
//! says what the keyboard reached. The graphics' marks follow by themselves (`Drawing`).

use leptos::prelude::*;
use leptos::web_sys::{Element, HtmlElement};

use super::{all, item_of};
use crate::content::Selection;
use crate::format;
use crate::hooks::{self, sentence_key, state};
use crate::reading::Reading;
use crate::ui::terms;

/// Starts mirroring `reading` onto the page under `root`.
pub fn mirror(root: &HtmlElement, reading: Reading) {
    let story = reading.story;
    let mentions = with_items(root, hooks::MENTION, reading);
    let sentences: Vec<(Element, String)> = all(root, hooks::SENTENCES)
        .into_iter()
        .filter_map(|element| Some((element.clone(), element.get_attribute(hooks::SENTENCE)?)))
        .collect();
    let legends: Vec<Vec<(Element, Selection)>> =
        all(root, hooks::LEGEND).iter().map(|legend| with_items(legend, hooks::OPTION, reading)).collect();
    let options: Vec<(Element, Selection)> = legends.iter().flatten().cloned().collect();
    let readouts: Vec<Vec<(Element, Option<Selection>)>> = all(root, hooks::READOUT)
        .into_iter()
        .map(|readout| {
            all(&readout, hooks::READOUT_PARTS)
                .into_iter()
                .map(|element| {
                    let item = element.get_attribute(hooks::READOUT_ITEM).and_then(|id| story.find(&id));
                    (element, item)
                })
                .collect()
        })
        .collect();
    let announcement = root.query_selector(hooks::ANNOUNCEMENT).ok().flatten();

    Effect::new(move |_| {
        let chosen = reading.selection.get();
        for (mention, item) in &mentions {
            set_flag(mention, "aria-pressed", chosen == Some(*item));
            let related = match (chosen, *item) {
                (Some(Selection::Figure(chosen)), Selection::Figure(mine)) => {
                    story.operands(chosen).is_some_and(|(left, right)| left == mine || right == mine)
                }
                _ => false,
            };
            toggle_class(mention, state::RELATED, related);
        }
        let source = chosen.map(|chosen| {
            let (paragraph, sentence) = story.sentence_of(chosen);
            sentence_key(paragraph, sentence)
        });
        for (sentence, key) in &sentences {
            toggle_class(sentence, state::SOURCE_SENTENCE, source.as_ref() == Some(key));
        }
        for options in &legends {
            // The option that takes the tab stop: the chosen one if it is here, else the first.
            let current = options.iter().position(|(_, item)| Some(*item) == chosen).unwrap_or(0);
            for (index, (option, item)) in options.iter().enumerate() {
                set_flag(option, "aria-selected", Some(*item) == chosen);
                let _ = option.set_attribute("tabindex", if index == current { "0" } else { "-1" });
            }
        }
        for parts in &readouts {
            let shown = parts.iter().any(|(_, item)| item.is_some() && *item == chosen);
            for (part, item) in parts {
                // The hint (no item) shows while nothing of this visual is chosen.
                let show = match item {
                    None => !shown,
                    Some(_) => *item == chosen,
                };
                let _ = part.toggle_attribute_with_force("hidden", !show);
            }
        }
    });

    Effect::new(move |_| {
        for (option, item) in &options {
            toggle_class(option, state::ACTIVE, reading.highlights(*item));
        }
    });

    if let Some(announcement) = announcement {
        Effect::new(move |_| announcement.set_text_content(Some(&spoken(reading))));
    }
}

/// Said to screen readers when the keyboard reaches a figure or the selection changes.
fn spoken(reading: Reading) -> String {
    let (story, lang) = (reading.story, reading.lang());
    match reading.focused.get().or(reading.selection.get()) {
        None => String::new(),
        Some(Selection::Figure(i)) => {
            let figure = &story.figures[i];
            let computed = if story.operands(i).is_some() {
                format!(" ({})", terms(reading.lang()).computed_how)
            } else {
                String::new()
            };
            format!("{}{computed}", format::figure_spoken(story, figure, lang))
        }
        Some(Selection::Event(i)) => {
            let event = &story.events[i];
            format!("{}, {}", format::event_when(event, lang), event.label)
        }
    }
}

/// The elements under `parent` that match `selector`, each with the item it stands for.
fn with_items(parent: &Element, selector: &str, reading: Reading) -> Vec<(Element, Selection)> {
    all(parent, selector)
        .into_iter()
        .filter_map(|element| Some((element.clone(), item_of(&element, reading.story)?)))
        .collect()
}

fn set_flag(element: &Element, attribute: &str, on: bool) {
    let _ = element.set_attribute(attribute, if on { "true" } else { "false" });
}

fn toggle_class(element: &Element, class: &str, on: bool) {
    let _ = element.class_list().toggle_with_force(class, on);
}
