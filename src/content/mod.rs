//! The story this explainer tells, as static data: the types, and `STORIES` (the story in each
//! of its languages, the original first), which `build.rs` generates from the content file after
//! checking it (see `content-compiler`). The browser never parses content, so it can never fail
//! on it. The languages share figures, events and charts (same indices); only texts differ.
//!
//! Indices, not ids, link the parts: `Segment::Figure { figure: 3 }` is `STORY.figures[3]`.

mod model;

pub use model::*;

include!(concat!(env!("OUT_DIR"), "/story.rs"));

/// The story in the original's language.
pub static STORY: &Story = &STORIES[0];

/// The story in `lang`, if it is told in it.
pub fn story_in(lang: Lang) -> Option<&'static Story> {
    STORIES.iter().find(|story| story.meta.language == lang)
}

/// The language of the story's pages whose code is `code` (`ar` is Arabic in whichever digits
/// the content file chose).
pub fn language_of(code: &str) -> Option<Lang> {
    languages().find(|lang| lang.code() == code)
}

/// The languages the story is told in, the original first.
pub fn languages() -> impl Iterator<Item = Lang> {
    STORIES.iter().map(|story| story.meta.language)
}

/// Where a language's pages live, relative to the site's root: `""` for the original, `"en/"`.
pub fn language_prefix(lang: Lang) -> String {
    if lang == STORY.meta.language {
        String::new()
    } else {
        format!("{}/", lang.code())
    }
}

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

    /// The sentence a selection comes from: (paragraph, sentence).
    pub fn sentence_of(&self, selection: Selection) -> (usize, usize) {
        match selection {
            Selection::Figure(figure) => self.source_of(figure),
            Selection::Event(event) => (self.events[event].paragraph, self.events[event].sentence),
        }
    }
}

impl Story {
    /// Whether a mark standing for `mark` also shows `selected`: itself; a part or a share of
    /// it (the parts of a whole light up with it); or, for a share, the count computed from it.
    pub fn depicts(&self, mark: usize, selected: usize) -> bool {
        let figure = &self.figures[mark];
        mark == selected
            || figure.part_of == Some(selected)
            || figure.share_of == Some(selected)
            || matches!(self.figures[selected].origin, Origin::Computed { op: Op::PercentOf, left, .. } if left == mark)
    }

    /// The items chart `chart` shows: its figures, or for a timeline every event.
    pub fn items_of(&self, chart: usize) -> Vec<Selection> {
        match self.charts[chart].kind {
            ChartKind::Timeline => (0..self.events.len()).map(Selection::Event).collect(),
            _ => self.charts[chart].figures.iter().map(|&f| Selection::Figure(f)).collect(),
        }
    }

    /// The figures a computed figure is computed from; none for a stated one.
    pub fn operands(&self, figure: usize) -> Option<(usize, usize)> {
        match self.figures[figure].origin {
            Origin::Computed { left, right, .. } => Some((left, right)),
            Origin::Stated { .. } => None,
        }
    }

    /// The article cut into reading sections: each starts at a paragraph that a visual
    /// illustrates and holds that visual (or several); paragraphs before the first visual form a
    /// section of their own. On wide screens a section's visuals stay in view beside its text.
    pub fn sections(&self) -> Vec<Section> {
        let mut starts: Vec<usize> = self.charts.iter().map(|c| c.paragraph).collect();
        starts.push(0);
        starts.sort_unstable();
        starts.dedup();
        starts
            .iter()
            .enumerate()
            .map(|(i, &start)| {
                let end = starts.get(i + 1).copied().unwrap_or(self.paragraphs.len());
                let charts = (0..self.charts.len()).filter(|&c| self.charts[c].paragraph == start).collect();
                Section { paragraphs: start..end, charts }
            })
            .filter(|section| !section.paragraphs.is_empty())
            .collect()
    }
}

/// Paragraphs read together, with the visuals that illustrate them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    /// Its paragraphs, by index.
    pub paragraphs: std::ops::Range<usize>,
    /// The charts that illustrate its first paragraph, by index.
    pub charts: Vec<usize>,
}

/// What a reader can select: a figure or an event.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Selection {
    /// A figure, by index.
    Figure(usize),
    /// An event, by index.
    Event(usize),
}

#[cfg(test)]
mod tests {
    use super::*;

    fn figure(id: &str) -> usize {
        STORY.figures.iter().position(|f| f.id == id).unwrap()
    }

    #[test]
    fn sections_start_where_a_visual_illustrates_and_cover_every_paragraph() {
        let sections = STORY.sections();
        let covered: Vec<usize> = sections.iter().flat_map(|s| s.paragraphs.clone()).collect();
        assert_eq!(covered, (0..STORY.paragraphs.len()).collect::<Vec<_>>());
        for section in &sections {
            for &chart in &section.charts {
                assert_eq!(STORY.charts[chart].paragraph, section.paragraphs.start);
            }
        }
        assert!(sections.iter().map(|s| s.charts.len()).sum::<usize>() == STORY.charts.len());
    }

    #[test]
    fn a_whole_lights_up_its_parts_and_a_share_its_computed_count() {
        let (whole, share, count) =
            (figure("regularised"), figure("regularised-subsaharan-share"), figure("regularised-subsaharan"));
        assert!(STORY.depicts(share, whole), "the whole lights up the shaded share");
        assert!(STORY.depicts(share, count), "the computed count is shown by the share's cells");
        assert!(!STORY.depicts(whole, count));
        let (total, year, rest) = (figure("returns-total"), figure("returns-2018"), figure("returns-before-2018"));
        assert!(STORY.depicts(year, total) && STORY.depicts(rest, total));
        assert!(!STORY.depicts(rest, year), "the rest is computed from 1 400 but does not show it");
    }
}
