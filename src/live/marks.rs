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
use crate::content::{Said, Selection};
use crate::hooks::{self, sentence_key, state};
use crate::reading::{Look, Reading, State};

/// The elements that show the reader's state.
pub struct Page {
    /// Each mention: whether pressed, and whether related to the chosen figure.
    mentions: Vec<(Shows<Selection, bool>, Shown<bool>)>,
    sentences: Vec<Shows<String, bool>>,
    legends: Vec<Legend>,
    readouts: Vec<Readout>,
    /// Each graphic's marks, by chart: found again when a graphic is written again.
    graphics: RefCell<Vec<(usize, Vec<Mark>)>>,
    announcement: Option<Element>,
    spoken: RefCell<String>,
    /// On a visual's embed page: its steps (each a sentence), the count, the two buttons.
    steps: Vec<Element>,
    step_count: Option<Element>,
    step_buttons: Vec<Element>,
}

/// A graphic's mark, and how it stands out.
type Mark = Shows<Selection, Look>;

/// A visual's list: its chart, its options (whether selected, and how they stand out), and
/// which one has the tab stop.
struct Legend {
    chart: usize,
    items: Vec<Selection>,
    options: Vec<(Shows<Selection, bool>, Shown<Look>)>,
    stop: Cell<usize>,
}

/// A visual's readout: its items, the part of each, and which one is shown.
struct Readout {
    items: Vec<Selection>,
    parts: Vec<Element>,
    shown: Shown<usize>,
}

/// An element, what it stands for, and a state it shows.
struct Shows<K, T: Copy + PartialEq> {
    element: Element,
    key: K,
    shown: Shown<T>,
}

/// A state an element shows, as last written.
struct Shown<T: Copy + PartialEq>(Cell<T>);

impl<T: Copy + PartialEq> Shown<T> {
    fn new(value: T) -> Shown<T> {
        Shown(Cell::new(value))
    }

    /// Writes `value` with `write` if it is not what the element already shows.
    fn set(&self, value: T, write: impl FnOnce(T)) {
        if self.0.replace(value) != value {
            write(value);
        }
    }
}

impl<K, T: Copy + PartialEq> Shows<K, T> {
    /// As pre-rendered: what the first state shows (`first`).
    fn new(element: Element, key: K, first: T) -> Shows<K, T> {
        Shows { element, key, shown: Shown::new(first) }
    }
}

impl Page {
    /// Finds the elements under `root`, each as pre-rendering drew it: the first state.
    pub fn find(root: &HtmlElement, reading: Reading) -> Page {
        let story = reading.story;
        let first = State::default();
        let readouts = all(root, hooks::READOUT)
            .into_iter()
            .map(|readout| {
                let (parts, items): (Vec<Element>, Vec<Selection>) = all(&readout, hooks::READOUT_PARTS)
                    .into_iter()
                    .filter_map(|element| {
                        let item = element.get_attribute(hooks::READOUT_ITEM).and_then(|id| story.find(&id))?;
                        Some((element, item))
                    })
                    .unzip();
                let shown = Shown::new(first.readout_shows(&items));
                Readout { items, parts, shown }
            })
            .collect();
        let graphics = all(root, hooks::GRAPHIC)
            .into_iter()
            .filter_map(|graphic| {
                let chart = chart_of(&graphic, story)?;
                Some((chart, marks(&graphic, chart, reading, &first)))
            })
            .collect();
        Page {
            mentions: all(root, hooks::MENTION)
                .into_iter()
                .filter_map(|element| {
                    let item = item_of(&element, story)?;
                    Some((Shows::new(element, item, first.pressed(item)), Shown::new(first.related(reading, item))))
                })
                .collect(),
            sentences: all(root, hooks::SENTENCES)
                .into_iter()
                .filter_map(|element| {
                    let key = element.get_attribute(hooks::SENTENCE)?;
                    Some(Shows::new(element, key, false))
                })
                .collect(),
            legends: all(root, hooks::LEGEND)
                .iter()
                .filter_map(|legend| {
                    // A list is a child of its visual, whose id is its chart's.
                    let visual = legend.parent_element()?;
                    let chart = story.charts.iter().position(|chart| chart.id == visual.id())?;
                    let options: Vec<_> = all(legend, hooks::OPTION)
                        .into_iter()
                        .filter_map(|element| {
                            let item = item_of(&element, story)?;
                            Some((Shows::new(element, item, false), Shown::new(first.look(reading, chart, item))))
                        })
                        .collect();
                    let items: Vec<Selection> = options.iter().map(|(option, _)| option.key).collect();
                    for (index, (option, _)) in options.iter().enumerate() {
                        option.shown.0.set(first.chosen_among(&items) == Some(index));
                    }
                    Some(Legend { chart, stop: Cell::new(first.tab_stop(&items)), items, options })
                })
                .collect(),
            readouts,
            graphics: RefCell::new(graphics),
            announcement: root.query_selector(hooks::ANNOUNCEMENT).ok().flatten(),
            spoken: RefCell::new(String::new()),
            steps: all(root, hooks::STEP),
            step_count: root.query_selector(hooks::STEP_COUNT).ok().flatten(),
            step_buttons: all(root, &format!("{} button", hooks::STEPS)),
        }
    }

    /// The choice: pressed mentions and related ones, the source sentence, the lists' selected
    /// option and tab stop, the readouts.
    pub fn show_choice(&self, state: &State, reading: Reading) {
        let story = reading.story;
        for (mention, related) in &self.mentions {
            let element = &mention.element;
            mention.shown.set(state.pressed(mention.key), |on| set_flag(element, "aria-pressed", on));
            related.set(state.related(reading, mention.key), |on| toggle_class(element, state::RELATED, on));
        }
        let source = state.chosen().map(|chosen| {
            let (paragraph, sentence) = story.sentence_of(chosen);
            sentence_key(paragraph, sentence)
        });
        for sentence in &self.sentences {
            let on = source.as_ref() == Some(&sentence.key);
            sentence.shown.set(on, |on| toggle_class(&sentence.element, state::SOURCE_SENTENCE, on));
        }
        for legend in &self.legends {
            let selected = state.chosen_among(&legend.items);
            for (index, (option, _)) in legend.options.iter().enumerate() {
                option.shown.set(selected == Some(index), |on| set_flag(&option.element, "aria-selected", on));
            }
            let stop = state.tab_stop(&legend.items);
            let before = legend.stop.replace(stop);
            if before != stop {
                for (index, tabindex) in [(before, "-1"), (stop, "0")] {
                    if let Some((option, _)) = legend.options.get(index) {
                        let _ = option.element.set_attribute("tabindex", tabindex);
                    }
                }
            }
        }
        // A readout keeps the room of its tallest part from the first paint (the stylesheet
        // stacks them in one cell): showing one is a repaint, and moves nothing under it.
        for Readout { items, parts, shown } in &self.readouts {
            let before = shown.0.get();
            shown.set(state.readout_shows(items), |show| {
                for (index, hidden) in [(before, true), (show, false)] {
                    if let Some(part) = parts.get(index) {
                        let _ = part.toggle_attribute_with_force("hidden", hidden);
                    }
                }
            });
        }
    }

    /// What is chosen, pointed at or read stands out: list items and graphic marks.
    pub fn light(&self, state: &State, reading: Reading) {
        for legend in &self.legends {
            for (option, look) in &legend.options {
                look.set(state.look(reading, legend.chart, option.key), |look| show_look(&option.element, look));
            }
        }
        for (chart, marks) in self.graphics.borrow().iter() {
            for mark in marks {
                mark.shown.set(state.look(reading, *chart, mark.key), |look| show_look(&mark.element, look));
            }
        }
    }

    /// A graphic was written again: its new marks replace the old ones, and show the state.
    pub fn drawn(&self, chart: usize, graphic: &Element, reader: &Reader) {
        let marks = marks(graphic, chart, reader.reading, &State::default());
        for mark in &marks {
            mark.shown.set(reader.look(chart, mark.key), |look| show_look(&mark.element, look));
        }
        let mut graphics = self.graphics.borrow_mut();
        match graphics.iter_mut().find(|(drawn, _)| *drawn == chart) {
            Some((_, old)) => *old = marks,
            None => graphics.push((chart, marks)),
        }
    }

    /// The step shown: its sentence, which of how many, and whether either end is reached.
    pub fn show_step(&self, state: &State, reading: Reading) {
        let (step, count) = (state.step(), self.steps.len());
        for (index, sentence) in self.steps.iter().enumerate() {
            let _ = sentence.toggle_attribute_with_force("hidden", index != step);
        }
        if let Some(shown) = &self.step_count {
            shown.set_text_content(Some(&crate::reading::step_count(reading.lang(), step, count)));
        }
        for (button, end) in self.step_buttons.iter().zip([step == 0, step + 1 >= count]) {
            set_flag(button, "aria-disabled", end);
        }
    }

    /// What the mentions inside `paragraph` stand for.
    pub fn mentioned_in(&self, paragraph: &Element) -> Vec<Selection> {
        let inside = |(mention, _): &&(Shows<Selection, bool>, Shown<bool>)| paragraph.contains(Some(&mention.element));
        self.mentions.iter().filter(inside).map(|(mention, _)| mention.key).collect()
    }

    /// Says to screen readers what the keyboard reached, or what was chosen; only news.
    pub fn announce(&self, state: &State, said: &Said) {
        let Some(announcement) = &self.announcement else { return };
        let line = match state.spoken() {
            None => None,
            Some(Selection::Figure(i)) => said.figures.get(i),
            Some(Selection::Event(i)) => said.events.get(i),
        };
        let line = line.map_or("", String::as_str);
        if *self.spoken.borrow() != line {
            announcement.set_text_content(Some(line));
            *self.spoken.borrow_mut() = line.to_string();
        }
    }
}

/// A graphic's marks for chart `chart`, each as `state` shows it.
fn marks(graphic: &Element, chart: usize, reading: Reading, state: &State) -> Vec<Mark> {
    all(graphic, hooks::GRAPHIC_MARK)
        .into_iter()
        .filter_map(|element| {
            let item = item_of(&element, reading.story)?;
            Some(Shows::new(element, item, state.look(reading, chart, item)))
        })
        .collect()
}

/// Marks an element lit, softly lit or neither.
fn show_look(element: &Element, look: Look) {
    toggle_class(element, state::ACTIVE, look == Look::Lit);
    toggle_class(element, state::READ, look == Look::Read);
}

fn set_flag(element: &Element, attribute: &str, on: bool) {
    let _ = element.set_attribute(attribute, if on { "true" } else { "false" });
}

fn toggle_class(element: &Element, class: &str, on: bool) {
    let _ = element.class_list().toggle_with_force(class, on);
}
