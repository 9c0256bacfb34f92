//! Mirrors the reader's state onto the pre-rendered page: the chosen mention is pressed and
//! the figures it is computed from are marked related; the sentence it comes from stands out;
//! in each legend the chosen option is selected and takes the list's tab stop, and what is
//! chosen or pointed at lights up, in the legends and in the graphics; each visual's readout
//! shows the chosen item; the live region says what the keyboard reached.
//!
//! The elements are found once, each with the state it shows, and the page is written only
//! where that state changes: a choice or a pointer's move touches a handful of elements, not
//! every mark (every write crosses into the browser and makes it restyle).

use std::cell::{Cell, RefCell};

use web_sys::{Element, HtmlElement};

use super::{all, chart_of, item_of, Reader};
use crate::content::Selection;
use crate::hooks::{self, sentence_key, state};
use crate::reading::Reading;

/// The elements that show the reader's state.
pub struct Page {
    /// Each mention: whether pressed, and whether related to the chosen figure.
    mentions: Vec<(Shows<Selection>, Shown)>,
    sentences: Vec<Shows<String>>,
    legends: Vec<Legend>,
    readouts: Vec<Readout>,
    /// Each graphic's marks, by chart: found again when a graphic is written again.
    graphics: RefCell<Vec<(usize, Vec<Shows<Selection>>)>>,
    announcement: Option<Element>,
    spoken: RefCell<String>,
}

/// A legend: its options (whether selected, and whether lit) and which one has the tab stop.
struct Legend {
    options: Vec<(Shows<Selection>, Shown)>,
    stop: Cell<usize>,
}

/// A visual's readout: whether it has shown an item yet, and its parts: the hint (no item) and
/// one per item.
struct Readout {
    element: Element,
    opened: Shown,
    parts: Vec<Shows<Option<Selection>>>,
}

/// An element, what it stands for, and a state it shows.
struct Shows<K> {
    element: Element,
    key: K,
    shown: Shown,
}

/// A state an element shows, as last written.
struct Shown(Cell<bool>);

impl Shown {
    fn new(on: bool) -> Shown {
        Shown(Cell::new(on))
    }

    /// Writes `on` with `write` if it is not what the element already shows.
    fn set(&self, on: bool, write: impl FnOnce(bool)) {
        if self.0.replace(on) != on {
            write(on);
        }
    }
}

impl<K> Shows<K> {
    /// As pre-rendered: nothing chosen, so only what shows when nothing is (`on`) is on.
    fn new(element: Element, key: K, on: bool) -> Shows<K> {
        Shows { element, key, shown: Shown::new(on) }
    }
}

impl Page {
    /// Finds the elements under `root`, in the state pre-rendering drew: nothing chosen.
    pub fn find(root: &HtmlElement, reading: Reading) -> Page {
        let story = reading.story;
        let readouts = all(root, hooks::READOUT)
            .into_iter()
            .map(|readout| {
                let parts = all(&readout, hooks::READOUT_PARTS)
                    .into_iter()
                    .map(|element| {
                        let item = element.get_attribute(hooks::READOUT_ITEM).and_then(|id| story.find(&id));
                        // The hint shows; the items' parts are hidden.
                        Shows::new(element, item, item.is_none())
                    })
                    .collect();
                Readout { element: readout, opened: Shown::new(false), parts }
            })
            .collect();
        let graphics = all(root, hooks::GRAPHIC)
            .into_iter()
            .filter_map(|graphic| Some((chart_of(&graphic, story)?, items(&graphic, hooks::GRAPHIC_MARK, reading))))
            .collect();
        Page {
            mentions: items(root, hooks::MENTION, reading).into_iter().map(|m| (m, Shown::new(false))).collect(),
            sentences: all(root, hooks::SENTENCES)
                .into_iter()
                .filter_map(|element| {
                    let key = element.get_attribute(hooks::SENTENCE)?;
                    Some(Shows::new(element, key, false))
                })
                .collect(),
            legends: all(root, hooks::LEGEND)
                .iter()
                .map(|legend| Legend {
                    options: items(legend, hooks::OPTION, reading)
                        .into_iter()
                        .map(|o| (o, Shown::new(false)))
                        .collect(),
                    stop: Cell::new(0),
                })
                .collect(),
            readouts,
            graphics: RefCell::new(graphics),
            announcement: root.query_selector(hooks::ANNOUNCEMENT).ok().flatten(),
            spoken: RefCell::new(String::new()),
        }
    }

    /// The choice: pressed mentions and related ones, the source sentence, the legends'
    /// selected option and tab stop, the readouts.
    pub fn show_choice(&self, reader: &Reader) {
        let story = reader.reading.story;
        let chosen = reader.selection();
        let operands = match chosen {
            Some(Selection::Figure(chosen)) => story.operands(chosen),
            _ => None,
        };
        for (mention, related) in &self.mentions {
            let element = &mention.element;
            mention.shown.set(chosen == Some(mention.key), |on| set_flag(element, "aria-pressed", on));
            let is_related = match mention.key {
                Selection::Figure(mine) => operands.is_some_and(|(left, right)| left == mine || right == mine),
                Selection::Event(_) => false,
            };
            related.set(is_related, |on| toggle_class(element, state::RELATED, on));
        }
        let source = chosen.map(|chosen| {
            let (paragraph, sentence) = story.sentence_of(chosen);
            sentence_key(paragraph, sentence)
        });
        for sentence in &self.sentences {
            let on = source.as_ref() == Some(&sentence.key);
            sentence.shown.set(on, |on| toggle_class(&sentence.element, state::SOURCE_SENTENCE, on));
        }
        for legend in &self.legends {
            for (option, _) in &legend.options {
                option.shown.set(Some(option.key) == chosen, |on| set_flag(&option.element, "aria-selected", on));
            }
            // The option that takes the tab stop: the chosen one if it is here, else the first.
            let stop = legend.options.iter().position(|(option, _)| Some(option.key) == chosen).unwrap_or(0);
            let before = legend.stop.replace(stop);
            if before != stop {
                for (index, tabindex) in [(before, "-1"), (stop, "0")] {
                    if let Some((option, _)) = legend.options.get(index) {
                        let _ = option.element.set_attribute("tabindex", tabindex);
                    }
                }
            }
        }
        for Readout { element, opened, parts } in &self.readouts {
            let shown = parts.iter().any(|part| part.key.is_some() && part.key == chosen);
            // Once it has shown an item, a readout keeps the room of its tallest: choosing
            // another item moves nothing under it (nor an embed's height), and showing one is
            // a repaint, not a new layout of the page below.
            if shown {
                opened.set(true, |_| toggle_class(element, state::OPEN, true));
            }
            for part in parts {
                // The hint (no item) shows while nothing of this visual is chosen.
                let show = match part.key {
                    None => !shown,
                    Some(_) => part.key == chosen,
                };
                part.shown.set(show, |show| {
                    let _ = part.element.toggle_attribute_with_force("hidden", !show);
                });
            }
        }
    }

    /// What is chosen or pointed at lights up: legend items and graphic marks.
    pub fn light(&self, reader: &Reader) {
        for (option, lit) in self.legends.iter().flat_map(|legend| &legend.options) {
            lit.set(reader.highlights(option.key), |on| toggle_class(&option.element, state::ACTIVE, on));
        }
        for (_, marks) in self.graphics.borrow().iter() {
            light(marks, reader);
        }
    }

    /// A graphic was written again: its new marks replace the old ones, and show the state.
    pub fn drawn(&self, chart: usize, graphic: &Element, reader: &Reader) {
        let marks = items(graphic, hooks::GRAPHIC_MARK, reader.reading);
        light(&marks, reader);
        let mut graphics = self.graphics.borrow_mut();
        match graphics.iter_mut().find(|(drawn, _)| *drawn == chart) {
            Some((_, old)) => *old = marks,
            None => graphics.push((chart, marks)),
        }
    }

    /// Says to screen readers what the keyboard reached, or what was chosen; only news.
    pub fn announce(&self, reader: &Reader) {
        let Some(announcement) = &self.announcement else { return };
        let said = spoken(reader);
        if *self.spoken.borrow() != said {
            announcement.set_text_content(Some(&said));
            *self.spoken.borrow_mut() = said;
        }
    }
}

/// Lights up the marks that show what is chosen or pointed at.
fn light(marks: &[Shows<Selection>], reader: &Reader) {
    for mark in marks {
        mark.shown.set(reader.highlights(mark.key), |on| toggle_class(&mark.element, state::ACTIVE, on));
    }
}

/// Said to screen readers when the keyboard reaches a figure or the selection changes.
fn spoken(reader: &Reader) -> String {
    let said = reader.said;
    let line = match reader.spoken_item() {
        None => None,
        Some(Selection::Figure(i)) => said.figures.get(i),
        Some(Selection::Event(i)) => said.events.get(i),
    };
    line.cloned().unwrap_or_default()
}

/// The elements under `parent` that match `selector`, each with the item it stands for, as
/// pre-rendered: off.
fn items(parent: &Element, selector: &str, reading: Reading) -> Vec<Shows<Selection>> {
    all(parent, selector)
        .into_iter()
        .filter_map(|element| {
            let item = item_of(&element, reading.story)?;
            Some(Shows::new(element, item, false))
        })
        .collect()
}

fn set_flag(element: &Element, attribute: &str, on: bool) {
    let _ = element.set_attribute(attribute, if on { "true" } else { "false" });
}

fn toggle_class(element: &Element, class: &str, on: bool) {
    let _ = element.class_list().toggle_with_force(class, on);
}
