//! `Reading`: what every component and the browser code read, passed explicitly (as Leptos
//! context at build time, as an argument in the browser) rather than held in globals: the story
//! in the page's language, and the page. What the reader chooses is the browser's own state
//! (`live::Reader`): the pre-rendered page is its first state, nothing chosen. How that state
//! and the URL's hash follow each other is decided here, in pure functions the native tests
//! cover ([`Reading::chosen_by`], [`entry_for`]); `live::hash` only carries it out.

use crate::content::{Lang, Selection, Story};
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
