//! `Reading`: what every component and the browser code read, passed explicitly (as Leptos
//! context at build time, as an argument in the browser) rather than held in globals: the story
//! in the page's language, and the page. What the reader chooses is the browser's own state
//! (`live::Reader`): the pre-rendered page is its first state, nothing chosen.

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

    /// Whether a mark for `item` stands out while `target` is pointed at or chosen: it is the
    /// same item, or a figure that shows the chosen one (its whole, its part, its operands).
    pub fn shows(&self, item: Selection, target: Option<Selection>) -> bool {
        match (item, target) {
            (Selection::Figure(mark), Some(Selection::Figure(chosen))) => self.story.depicts(mark, chosen),
            (item, target) => Some(item) == target,
        }
    }
}
