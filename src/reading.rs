//! `Reading`: what every component and the browser code read, passed explicitly (as Leptos
//! context at build time, as an argument in the browser) rather than held in globals: the story
//! in the page's language, and the page.
//!
//! And the reader's [`State`]: what is chosen, pointed at, reached by the keyboard, and read
//! (the paragraph in the reading band), with its transitions and what the page must show for
//! it, as pure functions the native tests cover. The views draw `State::default()`, the page as
//! it opens; `live` keeps the state and only writes what it says onto the page. How the state
//! and the URL's hash follow each other is decided here too ([`Reading::chosen_by`],
//! [`entry_for`]); `live::hash` only carries it out.

use crate::content::{ChartKind, Lang, Selection, Story};
use crate::embed::PageView;
use crate::ui::{ui, Ui};

/// The page being read.
#[derive(Clone, Copy)]
pub struct Reading {
    /// The story in the page's language.
    pub story: &'static Story,
    /// Which page this is.
    pub view: PageView,
}

impl Reading {
    /// A page of `story` showing `view`.
    pub fn new(story: &'static Story, view: PageView) -> Reading {
        Reading { story, view }
    }

    /// The page's language: the story's.
    pub fn lang(&self) -> Lang {
        self.story.meta.language
    }

    /// The interface's words in the page's language.
    pub fn ui(&self) -> &'static Ui {
        ui(self.lang())
    }

    /// What the URL's `hash` (`#returns-2018`, `#`, or empty) chooses: nothing for no hash (the
    /// page as it opened), the figure or event it names; `None`, the choice left as it is, for
    /// a name that is neither (a paragraph's anchor, `#p3`).
    pub fn chosen_by(&self, hash: &str) -> Option<Option<Selection>> {
        let name = hash.trim_start_matches('#');
        if name.is_empty() {
            return Some(None);
        }
        self.story.find(name).map(Some)
    }

    /// Whether a mark for `item` stands out while `target` is pointed at or chosen: it is the
    /// same item, or a figure that shows the chosen one (its whole, its part, its operands).
    pub fn shows(&self, item: Selection, target: Option<Selection>) -> bool {
        match (item, target) {
            (Selection::Figure(mark), Some(Selection::Figure(chosen))) => self.story.depicts(mark, chosen),
            (item, target) => Some(item) == target,
        }
    }
}

/// What the reader has done on the page. The pre-rendered page shows `State::default()`:
/// nothing chosen, pointed at, reached or read.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct State {
    chosen: Option<Selection>,
    pointed: Option<Selection>,
    reached: Option<Selection>,
    /// What the paragraph in the reading band, or the step shown, mentions.
    read: Vec<Selection>,
    /// The step shown, on a visual's own embed page.
    step: usize,
}

/// A move through an embed's steps.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Walk {
    /// To the sentence before.
    Back,
    /// To the next one.
    On,
    /// To the first.
    First,
    /// To the last.
    Last,
}

/// What a change of the state asks the page to show again.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Redraw(u8);

impl Redraw {
    /// Nothing changed.
    pub const NOTHING: Redraw = Redraw(0);
    /// The choice: pressed mentions, the source sentence, the lists' selected options and tab
    /// stops, the readouts.
    pub const CHOICE: Redraw = Redraw(1);
    /// The marks that stand out.
    pub const LIGHT: Redraw = Redraw(2);
    /// The live region.
    pub const SPEECH: Redraw = Redraw(4);
    /// The step shown.
    pub const STEP: Redraw = Redraw(8);

    /// Whether `what` is to be shown again.
    pub fn has(self, what: Redraw) -> bool {
        self.0 & what.0 != 0
    }

    /// Both.
    pub fn and(self, other: Redraw) -> Redraw {
        Redraw(self.0 | other.0)
    }

    /// `what` if `changed`, else nothing.
    fn when(changed: bool, what: Redraw) -> Redraw {
        if changed {
            what
        } else {
            Redraw::NOTHING
        }
    }
}

/// How a mark of a visual (a graphic's mark, a list's option) stands out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Look {
    /// As drawn.
    Plain,
    /// Softly: the paragraph being read says it.
    Read,
    /// What the reader points at or chose.
    Lit,
}

impl State {
    /// What the reader chose.
    pub fn chosen(&self) -> Option<Selection> {
        self.chosen
    }

    /// The reader chooses `item` (a click, a tap, an arrow key, a link), or nothing (Back to
    /// the page as it opened): everything that shows the choice, and the live region.
    pub fn choose(&mut self, item: Option<Selection>) -> Redraw {
        let changed = std::mem::replace(&mut self.chosen, item) != item;
        Redraw::when(changed, Redraw::CHOICE.and(Redraw::LIGHT).and(Redraw::SPEECH))
    }

    /// What pressing a toggle for `item` (a mention, a mark) chooses: `item`, or nothing if it
    /// is chosen already: pressed again, a toggle lets go (a list's option stays selected).
    pub fn toggled(&self, item: Selection) -> Option<Selection> {
        (self.chosen != Some(item)).then_some(item)
    }

    /// The pointer (or the focus, on a mention) is on `item`, or on nothing: its marks light up.
    pub fn point(&mut self, item: Option<Selection>) -> Redraw {
        Redraw::when(std::mem::replace(&mut self.pointed, item) != item, Redraw::LIGHT)
    }

    /// The keyboard reached `item`, or left it: it is said.
    pub fn reach(&mut self, item: Option<Selection>) -> Redraw {
        Redraw::when(std::mem::replace(&mut self.reached, item) != item, Redraw::SPEECH)
    }

    /// A paragraph that mentions `items` reached the reading band: their marks light softly.
    /// Nothing is said: scrolling is not a choice, and a screen reader reads the text itself.
    pub fn read(&mut self, items: Vec<Selection>) -> Redraw {
        let changed = self.read != items;
        self.read = items;
        Redraw::when(changed, Redraw::LIGHT)
    }

    /// The step shown (the first as the page opens).
    pub fn step(&self) -> usize {
        self.step
    }

    /// Walks `count` steps: the step now shown, if it moved (never past either end).
    pub fn walk(&mut self, walk: Walk, count: usize) -> Option<usize> {
        let last = count.checked_sub(1)?;
        let to = match walk {
            Walk::Back => self.step.saturating_sub(1),
            Walk::On => (self.step + 1).min(last),
            Walk::First => 0,
            Walk::Last => last,
        };
        (std::mem::replace(&mut self.step, to) != to).then_some(to)
    }

    /// Walks the `steps` of chart `chart` ([`steps`]): the step shown, and what it says lit
    /// softly, as a paragraph read is (a walk of none lights the step shown). A single sentence
    /// says every item: it is the visual's context, and lights nothing.
    pub fn walk_steps(&mut self, reading: Reading, chart: usize, steps: &[(usize, usize)], walk: Walk) -> Redraw {
        if steps.len() < 2 {
            return Redraw::NOTHING;
        }
        let moved = Redraw::when(self.walk(walk, steps.len()).is_some(), Redraw::STEP);
        match steps.get(self.step) {
            Some(&sentence) => moved.and(self.read(said_in(reading.story, chart, sentence))),
            None => moved,
        }
    }

    /// What the live region says: the item the keyboard is on, else the one chosen.
    pub fn spoken(&self) -> Option<Selection> {
        self.reached.or(self.chosen)
    }

    /// Whether a mention of `item` is pressed.
    pub fn pressed(&self, item: Selection) -> bool {
        self.chosen == Some(item)
    }

    /// Whether a mention of `item` is one the chosen figure is computed from.
    pub fn related(&self, reading: Reading, item: Selection) -> bool {
        match (self.chosen, item) {
            (Some(Selection::Figure(chosen)), Selection::Figure(mine)) => {
                reading.story.operands(chosen).is_some_and(|(left, right)| left == mine || right == mine)
            }
            _ => false,
        }
    }

    /// Which of a list's `items` is chosen, if one is: the option selected.
    pub fn chosen_among(&self, items: &[Selection]) -> Option<usize> {
        items.iter().position(|&item| Some(item) == self.chosen)
    }

    /// Which of its `items` a readout shows, under its hint (which always says what to do):
    /// the chosen one, else the first, the visual's key figure, so that it is never an empty
    /// block.
    pub fn readout_shows(&self, items: &[Selection]) -> usize {
        self.chosen_among(items).unwrap_or(0)
    }

    /// The option of a list that holds its tab stop: the chosen one, else the first.
    pub fn tab_stop(&self, items: &[Selection]) -> usize {
        self.chosen_among(items).unwrap_or(0)
    }

    /// How a mark of chart `chart` for `item` stands out: lit when it shows what is pointed at
    /// or chosen; softly when it shows what the paragraph being read mentions (or a figure we
    /// computed from it), unless the reader chose something this visual shows: a choice wins.
    pub fn look(&self, reading: Reading, chart: usize, item: Selection) -> Look {
        if reading.shows(item, self.pointed) || reading.shows(item, self.chosen) {
            return Look::Lit;
        }
        let story = reading.story;
        // Whether the visual shows the choice (without listing its items: this runs for every
        // mark at every change). A timeline shows every event.
        let chose_here = match (self.chosen, story.charts[chart].kind) {
            (None, _) => false,
            (Some(Selection::Event(_)), kind) => kind == ChartKind::Timeline,
            (Some(_), _) => {
                story.charts[chart].figures.iter().any(|&f| reading.shows(Selection::Figure(f), self.chosen))
            }
        };
        let said = |&read: &Selection| {
            reading.shows(item, Some(read))
                || matches!((item, read), (Selection::Figure(mine), Selection::Figure(read))
                    if story.operands(mine).is_some_and(|(left, right)| left == read || right == read))
        };
        if !chose_here && self.read.iter().any(said) {
            Look::Read
        } else {
            Look::Plain
        }
    }
}

/// The steps of chart `chart` on its own embed page, where the text is not: the sentences its
/// items come from (paragraph, sentence), in the text's order.
pub fn steps(story: &Story, chart: usize) -> Vec<(usize, usize)> {
    // Each put in its place as it is found (a sort would weigh 4 KB in the browser's code).
    let mut sentences: Vec<(usize, usize)> = Vec::new();
    for item in story.items_of(chart) {
        let sentence = story.sentence_of(item);
        if let Err(at) = sentences.binary_search(&sentence) {
            sentences.insert(at, sentence);
        }
    }
    sentences
}

/// Which of `count` steps is shown, as the page writes it (`2 / 4`, in the language's digits):
/// one writer for the pre-rendered page and the browser.
pub fn step_count(lang: Lang, step: usize, count: usize) -> String {
    [lang.digits(step as u64 + 1), " / ".to_string(), lang.digits(count as u64)].concat()
}

/// The items of chart `chart` that `sentence` says: what its step lights.
pub fn said_in(story: &Story, chart: usize, sentence: (usize, usize)) -> Vec<Selection> {
    story.items_of(chart).into_iter().filter(|&item| story.sentence_of(item) == sentence).collect()
}

/// What the history does when the reader chooses an item.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Entry {
    /// Nothing: the hash already names it.
    Keep,
    /// A new entry, which Back leaves.
    Push,
    /// The same entry, its hash changed.
    Replace,
}

/// How a choice whose hash is `wanted` is recorded while the URL's hash is `now`: kept if it
/// is already there; a keyboard walking a list (`walking`) from a choice replaces the entry, so
/// that Back leaves the walk in one step rather than one per arrow key (the first key of a walk
/// from nothing chosen pushes one, so that Back returns to the page as it opened); a click or a
/// tap pushes one.
pub fn entry_for(now: &str, wanted: &str, walking: bool) -> Entry {
    if now == wanted {
        Entry::Keep
    } else if walking && !now.trim_start_matches('#').is_empty() {
        Entry::Replace
    } else {
        Entry::Push
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::fixture::seed;

    #[test]
    fn a_hash_chooses_what_it_names_nothing_or_leaves_the_choice() {
        let reading = Reading::new(seed(), PageView::Full);
        let boats = seed().find("boats-seized").expect("the seed names it");
        assert_eq!(reading.chosen_by("#boats-seized"), Some(Some(boats)));
        assert_eq!(reading.chosen_by("boats-seized"), Some(Some(boats)));
        // Back to the entry the page opened with: nothing chosen.
        assert_eq!(reading.chosen_by(""), Some(None));
        assert_eq!(reading.chosen_by("#"), Some(None));
        // A paragraph's anchor, or a name of another page: the choice stays.
        assert_eq!(reading.chosen_by("#p3"), None);
        assert_eq!(reading.chosen_by("#no-such-figure"), None);
    }

    fn item(id: &str) -> Selection {
        seed().find(id).unwrap_or_else(|| panic!("the seed names {id}"))
    }

    fn chart(id: &str) -> usize {
        seed().charts.iter().position(|c| c.id == id).unwrap_or_else(|| panic!("the seed has chart {id}"))
    }

    /// Every mark of every chart of the seed, with how it stands out in `state`.
    fn looks(state: &State) -> Vec<(usize, Selection, Look)> {
        let reading = Reading::new(seed(), PageView::Full);
        (0..seed().charts.len())
            .flat_map(|c| seed().items_of(c).into_iter().map(move |i| (c, i)))
            .map(|(c, i)| (c, i, state.look(reading, c, i)))
            .collect()
    }

    fn lit(state: &State, look: Look) -> Vec<(usize, Selection)> {
        looks(state).into_iter().filter(|&(_, _, l)| l == look).map(|(c, i, _)| (c, i)).collect()
    }

    #[test]
    fn the_page_opens_as_the_first_state_shows_it() {
        let first = State::default();
        let reading = Reading::new(seed(), PageView::Full);
        let all: Vec<Selection> = looks(&first).into_iter().map(|(_, i, _)| i).collect();
        assert!(all.iter().all(|&i| !first.pressed(i) && !first.related(reading, i)));
        assert!(looks(&first).iter().all(|&(_, _, look)| look == Look::Plain));
        assert_eq!(first.chosen_among(&all), None, "no option is selected");
        assert_eq!(first.tab_stop(&all), 0, "a list's first option holds its tab stop");
        assert_eq!(first.readout_shows(&all), 0, "a readout shows its first item, the key figure");
        assert_eq!(first.spoken(), None, "the live region is empty");
    }

    #[test]
    fn choosing_shows_the_choice_everywhere_and_says_it_once() {
        let reading = Reading::new(seed(), PageView::Full);
        let mut state = State::default();
        let returns = item("returns-2018");
        let redraw = state.choose(Some(returns));
        assert!(redraw.has(Redraw::CHOICE) && redraw.has(Redraw::LIGHT) && redraw.has(Redraw::SPEECH));
        assert_eq!(state.choose(Some(returns)), Redraw::NOTHING, "the same choice again changes nothing");
        assert!(state.pressed(returns) && !state.pressed(item("boats-seized")));
        assert_eq!(state.spoken(), Some(returns));
        assert!(lit(&state, Look::Lit).iter().all(|&(_, i)| reading.shows(i, Some(returns))));
        assert!(!lit(&state, Look::Lit).is_empty());
        // A computed figure: the mentions it comes from are related, not pressed.
        let rest = item("returns-before-2018");
        state.choose(Some(rest));
        let Selection::Figure(index) = rest else { panic!("a figure") };
        let (left, right) = seed().operands(index).expect("computed");
        for operand in [left, right] {
            assert!(state.related(reading, Selection::Figure(operand)) && !state.pressed(Selection::Figure(operand)));
        }
        // Back to the page as it opened.
        assert!(state.choose(None).has(Redraw::CHOICE));
        assert_eq!(state, State::default());
    }

    #[test]
    fn pointing_lights_reaching_speaks_and_neither_chooses() {
        let mut state = State::default();
        let boats = item("boats-seized");
        assert_eq!(state.point(Some(boats)), Redraw::LIGHT);
        assert_eq!(state.point(Some(boats)), Redraw::NOTHING);
        assert!(lit(&state, Look::Lit).iter().any(|&(_, i)| i == boats));
        assert_eq!(state.chosen(), None);
        assert_eq!(state.reach(Some(boats)), Redraw::SPEECH);
        assert_eq!(state.spoken(), Some(boats), "the keyboard's item is said before the choice");
        state.choose(Some(item("returns-2018")));
        assert_eq!(state.spoken(), Some(boats));
        assert_eq!(state.reach(None), Redraw::SPEECH);
        assert_eq!(state.spoken(), Some(item("returns-2018")));
        assert_eq!(state.point(None), Redraw::LIGHT);
    }

    #[test]
    fn a_toggle_pressed_again_lets_go() {
        let mut state = State::default();
        let boats = item("boats-seized");
        assert_eq!(state.toggled(boats), Some(boats));
        state.choose(state.toggled(boats));
        assert!(state.pressed(boats));
        assert_eq!(state.toggled(boats), None, "pressed again: nothing chosen");
        assert_eq!(state.choose(state.toggled(boats)), Redraw::CHOICE.and(Redraw::LIGHT).and(Redraw::SPEECH));
        assert!(!state.pressed(boats));
        assert_eq!(state.toggled(item("returns-2018")), Some(item("returns-2018")));
    }

    #[test]
    fn a_list_s_tab_stop_and_readout_follow_the_choice() {
        let mut state = State::default();
        let items = seed().items_of(chart("returns"));
        state.choose(Some(items[1]));
        assert_eq!(state.chosen_among(&items), Some(1));
        assert_eq!(state.tab_stop(&items), 1);
        assert_eq!(state.readout_shows(&items), 1);
        state.choose(Some(item("boats-seized")));
        assert_eq!(state.chosen_among(&items), None);
        assert_eq!(state.tab_stop(&items), 0);
        assert_eq!(state.readout_shows(&items), 0, "chosen elsewhere: this readout shows its key figure");
    }

    #[test]
    fn reading_a_paragraph_lights_what_it_says_softly_and_a_choice_wins_in_its_visual() {
        let mut state = State::default();
        let (total, in_2018) = (item("returns-total"), item("returns-2018"));
        // The paragraph on returns: its figures, and the figure computed from them.
        assert_eq!(state.read(vec![total, in_2018]), Redraw::LIGHT, "a paragraph read is never said");
        assert_eq!(state.read(vec![total, in_2018]), Redraw::NOTHING);
        let soft: Vec<Selection> = lit(&state, Look::Read).into_iter().map(|(_, i)| i).collect();
        assert!(soft.contains(&total) && soft.contains(&in_2018));
        assert!(soft.contains(&item("returns-before-2018")), "computed from what it says");
        assert!(!soft.contains(&item("boats-seized")));
        assert!(lit(&state, Look::Lit).is_empty());
        // A choice in that visual: it alone stands out there.
        let returns = chart("returns");
        state.choose(Some(in_2018));
        assert!(looks(&state).iter().all(|&(c, _, look)| c != returns || look != Look::Read));
        assert!(looks(&state).iter().any(|&(c, i, look)| c == returns && i == in_2018 && look == Look::Lit));
        // Another paragraph: its own marks, in the visuals that do not show the choice.
        let boats = item("boats-seized");
        state.read(vec![boats]);
        assert!(lit(&state, Look::Read).iter().any(|&(_, i)| i == boats));
        assert!(lit(&state, Look::Read).iter().all(|&(_, i)| i != total));
        // A paragraph with no figure lights nothing.
        state.read(Vec::new());
        assert!(lit(&state, Look::Read).is_empty());
    }

    #[test]
    fn an_embed_s_steps_are_the_sentences_its_items_come_from_and_walk_between_its_ends() {
        let reading = Reading::new(seed(), PageView::EmbedChart(chart("returns")));
        let returns = chart("returns");
        let steps = steps(seed(), returns);
        assert!(!steps.is_empty() && steps.windows(2).all(|w| w[0] < w[1]), "in the text's order: {steps:?}");
        // Every item of the chart is said by one step, and each step says one at least.
        let said: Vec<Selection> = steps.iter().flat_map(|&s| said_in(seed(), returns, s)).collect();
        let mut items = seed().items_of(returns);
        let mut sorted = said.clone();
        sorted.sort_by_key(|&item| seed().id_of(item).to_string());
        items.sort_by_key(|&item| seed().id_of(item).to_string());
        assert_eq!(sorted, items);
        assert!(steps.iter().all(|&s| !said_in(seed(), returns, s).is_empty()));
        // The timeline: one step per sentence that dates an event.
        let timeline = chart("timeline");
        assert_eq!(super::steps(seed(), timeline).len(), {
            let mut sentences: Vec<_> = seed().events.iter().map(|e| (e.paragraph, e.sentence)).collect();
            sentences.sort_unstable();
            sentences.dedup();
            sentences.len()
        });
        // Walking: never past an end; a move that does not move says so.
        let mut state = State::default();
        assert_eq!(state.step(), 0);
        assert_eq!(state.walk(Walk::Back, 4), None);
        assert_eq!(state.walk(Walk::On, 4), Some(1));
        assert_eq!(state.walk(Walk::Last, 4), Some(3));
        assert_eq!(state.walk(Walk::On, 4), None);
        assert_eq!(state.walk(Walk::First, 4), Some(0));
        assert_eq!(state.walk(Walk::On, 0), None, "no steps, no walk");
        assert_eq!(state.walk(Walk::On, 1), None);
        // A walk lights what its step says, the first one too.
        let timeline_steps = super::steps(seed(), timeline);
        let mut state = State::default();
        let redraw = state.walk_steps(reading, timeline, &timeline_steps, Walk::First);
        assert_eq!(redraw, Redraw::LIGHT, "the first step lights, nothing moved");
        let soft = |state: &State| -> Vec<Selection> { lit(state, Look::Read).into_iter().map(|(_, i)| i).collect() };
        assert!(said_in(seed(), timeline, timeline_steps[0]).iter().all(|i| soft(&state).contains(i)));
        let redraw = state.walk_steps(reading, timeline, &timeline_steps, Walk::On);
        assert!(redraw.has(Redraw::STEP) && redraw.has(Redraw::LIGHT));
        assert_eq!(state.step(), 1);
        assert!(said_in(seed(), timeline, timeline_steps[1]).iter().all(|i| soft(&state).contains(i)));
        assert!(said_in(seed(), timeline, timeline_steps[0]).iter().all(|i| !soft(&state).contains(i)));
        // One sentence: shown, lighting nothing.
        let mut state = State::default();
        assert_eq!(steps.len(), 1, "the returns come from one sentence");
        assert_eq!(state.walk_steps(reading, returns, &steps, Walk::First), Redraw::NOTHING);
        assert!(soft(&state).is_empty());
    }

    #[test]
    fn a_click_pushes_an_entry_and_a_keyboard_walk_keeps_one() {
        // A click or a tap: one entry each, none for the item already named.
        assert_eq!(entry_for("", "#a", false), Entry::Push);
        assert_eq!(entry_for("#a", "#b", false), Entry::Push);
        assert_eq!(entry_for("#a", "#a", false), Entry::Keep);
        // Arrows walking a list: the first key from nothing pushes, the next ones replace.
        assert_eq!(entry_for("", "#a", true), Entry::Push);
        assert_eq!(entry_for("#", "#a", true), Entry::Push);
        assert_eq!(entry_for("#a", "#b", true), Entry::Replace);
        assert_eq!(entry_for("#b", "#b", true), Entry::Keep);
    }
}
