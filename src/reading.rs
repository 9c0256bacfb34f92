//! `Reading`: what every component and the browser code read, passed explicitly (as Leptos
//! context) rather than held in globals: the story in the page's language, the page, and what
//! the reader chose or points at.

use leptos::prelude::*;

use crate::content::{Lang, Selection, Story};
use crate::embed::PageView;
use crate::ui::{ui, Ui};

/// The page being read and the reader's state. Pre-rendering draws the first state (nothing
/// chosen); in the browser, `live` creates the same value and changes its signals.
#[derive(Clone, Copy)]
pub struct Reading {
    /// The story in the page's language.
    pub story: &'static Story,
    /// Which page this is.
    pub view: PageView,
    /// The figure or event the reader chose; the URL's hash follows it.
    pub selection: RwSignal<Option<Selection>>,
    /// The figure or event under the pointer or the keyboard focus.
    pub hover: RwSignal<Option<Selection>>,
    /// The figure or event whose control has the keyboard focus: announced as it is reached.
    pub focused: RwSignal<Option<Selection>>,
}

impl Reading {
    /// A page of `story` showing `view`, with nothing chosen.
    pub fn new(story: &'static Story, view: PageView) -> Reading {
        Reading {
            story,
            view,
            selection: RwSignal::new(None),
            hover: RwSignal::new(None),
            focused: RwSignal::new(None),
        }
    }

    /// The page's language: the story's.
    pub fn lang(&self) -> Lang {
        self.story.meta.language
    }

    /// The interface's words in the page's language.
    pub fn ui(&self) -> &'static Ui {
        ui(self.lang())
    }

    /// Whether a mark for `item` should stand out: it shows what is pointed at or chosen.
    pub fn highlights(&self, item: Selection) -> bool {
        let shows = |target: Option<Selection>| match (item, target) {
            (Selection::Figure(mark), Some(Selection::Figure(chosen))) => self.story.depicts(mark, chosen),
            (item, target) => Some(item) == target,
        };
        shows(self.hover.get()) || shows(self.selection.get())
    }
}
