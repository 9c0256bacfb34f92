//! Mirrors the reader's state onto the pre-rendered page: the chosen mention is pressed and
//! the figures it is computed from are marked related; the sentence it comes from stands out;
//! in each legend the chosen option is selected and takes the list's tab stop, and what is
//! chosen or pointed at lights up, in the legends and in the graphics; each visual's readout
//! shows the chosen item; the live region says what the keyboard reached. The elements are
//! found once; the graphics' marks each time, as a graphic is written again when it resizes.

use web_sys::{Element, HtmlElement};

use super::{all, item_of, Reader};
use crate::content::Selection;
use crate::format;
use crate::hooks::{self, sentence_key, state};
use crate::reading::Reading;
use crate::ui::terms;

/// The elements that show the reader's state, each with the item it stands for.
pub struct Page {
    root: Element,
    mentions: Vec<(Element, Selection)>,
    sentences: Vec<(Element, String)>,
    legends: Vec<Vec<(Element, Selection)>>,
    readouts: Vec<Vec<(Element, Option<Selection>)>>,
    announcement: Option<Element>,
}

impl Page {
    /// Finds the elements under `root`.
    pub fn find(root: &HtmlElement, reading: Reading) -> Page {
        let story = reading.story;
        let readouts = all(root, hooks::READOUT)
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
        Page {
            root: root.clone().into(),
            mentions: with_items(root, hooks::MENTION, reading),
            sentences: all(root, hooks::SENTENCES)
                .into_iter()
                .filter_map(|element| Some((element.clone(), element.get_attribute(hooks::SENTENCE)?)))
                .collect(),
            legends: all(root, hooks::LEGEND).iter().map(|legend| with_items(legend, hooks::OPTION, reading)).collect(),
            readouts,
            announcement: root.query_selector(hooks::ANNOUNCEMENT).ok().flatten(),
        }
    }

    /// The choice: pressed mentions and related ones, the source sentence, the legends'
    /// selected option and tab stop, the readouts. Only what changes is written.
    pub fn show_choice(&self, reader: &Reader) {
        let story = reader.reading.story;
        let chosen = reader.selection();
        for (mention, item) in &self.mentions {
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
        for (sentence, key) in &self.sentences {
            toggle_class(sentence, state::SOURCE_SENTENCE, source.as_ref() == Some(key));
        }
        for options in &self.legends {
            // The option that takes the tab stop: the chosen one if it is here, else the first.
            let current = options.iter().position(|(_, item)| Some(*item) == chosen).unwrap_or(0);
            for (index, (option, item)) in options.iter().enumerate() {
                set_flag(option, "aria-selected", Some(*item) == chosen);
                set_attribute(option, "tabindex", if index == current { "0" } else { "-1" });
            }
        }
        for parts in &self.readouts {
            let shown = parts.iter().any(|(_, item)| item.is_some() && *item == chosen);
            for (part, item) in parts {
                // The hint (no item) shows while nothing of this visual is chosen.
                let show = match item {
                    None => !shown,
                    Some(_) => *item == chosen,
                };
                if part.has_attribute("hidden") == show {
                    let _ = part.toggle_attribute_with_force("hidden", !show);
                }
            }
        }
    }

    /// What is chosen or pointed at lights up: legend items and graphic marks.
    pub fn light(&self, reader: &Reader) {
        for (option, item) in self.legends.iter().flatten() {
            toggle_class(option, state::ACTIVE, reader.highlights(*item));
        }
        light(&self.root, reader);
    }

    /// Says to screen readers what the keyboard reached, or what was chosen.
    pub fn announce(&self, reader: &Reader) {
        if let Some(announcement) = &self.announcement {
            announcement.set_text_content(Some(&spoken(reader)));
        }
    }
}

/// Lights up the graphics' marks under `parent` that show what is chosen or pointed at.
pub fn light(parent: &Element, reader: &Reader) {
    for (mark, item) in with_items(parent, hooks::GRAPHIC_MARK, reader.reading) {
        toggle_class(&mark, state::ACTIVE, reader.highlights(item));
    }
}

/// Said to screen readers when the keyboard reaches a figure or the selection changes.
fn spoken(reader: &Reader) -> String {
    let (story, lang) = (reader.reading.story, reader.reading.lang());
    match reader.spoken_item() {
        None => String::new(),
        Some(Selection::Figure(i)) => {
            let figure = &story.figures[i];
            let computed =
                if story.operands(i).is_some() { format!(" ({})", terms(lang).computed_how) } else { String::new() };
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
    set_attribute(element, attribute, if on { "true" } else { "false" });
}

/// Writes an attribute only if it changes: writing the same value still makes the browser
/// check the styles that depend on it.
fn set_attribute(element: &Element, attribute: &str, value: &str) {
    if element.get_attribute(attribute).as_deref() != Some(value) {
        let _ = element.set_attribute(attribute, value);
    }
}

/// A class on or off; the browser changes nothing if it already is.
fn toggle_class(element: &Element, class: &str, on: bool) {
    let _ = element.class_list().toggle_with_force(class, on);
}
