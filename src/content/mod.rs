//! The story this explainer tells, as static data: the types, and `STORY` itself, which
//! `build.rs` generates from the content file after checking it (see `content-compiler`). The
//! browser never parses content, so it can never fail on it.
//!
//! Indices, not ids, link the parts: `Segment::Figure { figure: 3 }` is `STORY.figures[3]`.

mod model;

pub use model::*;

include!(concat!(env!("OUT_DIR"), "/story.rs"));

impl Story {
    /// The index of the figure, event or chart with this id, as used in links (`#returns-2018`).
    pub fn find(&self, id: &str) -> Option<Selection> {
        if let Some(i) = self.figures.iter().position(|f| f.id == id) {
            return Some(Selection::Figure(i));
        }
        self.events.iter().position(|e| e.id == id).map(Selection::Event)
    }

    /// The id of a selection, for links.
    pub fn id_of(&self, selection: Selection) -> &'static str {
        match selection {
            Selection::Figure(i) => self.figures[i].id,
            Selection::Event(i) => self.events[i].id,
        }
    }

    /// Where a figure comes from in the text: for a computed figure, its first stated operand.
    pub fn source_of(&self, mut figure: usize) -> (usize, usize) {
        for _ in 0..self.figures.len() {
            match self.figures[figure].origin {
                Origin::Stated { paragraph, sentence, .. } => return (paragraph, sentence),
                Origin::Computed { left, .. } => figure = left,
            }
        }
        (0, 0)
    }
}

/// What a reader can select: a figure or an event.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Selection {
    Figure(usize),
    Event(usize),
}
