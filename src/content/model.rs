//! The shape of a story once checked: the same as `content_compiler::story`, with `&'static`
//! data so that the whole story is one constant in the bundle. The plain types (dates,
//! units, qualifiers…) are the shared `vocabulary`'s.

pub use vocabulary::{ChartKind, Date, Lang, Op, Period, Qualifier, Unit};

#[derive(Debug)]
pub struct Story {
    /// A short fingerprint of the content file: the data version shown to readers.
    pub version: &'static str,
    pub meta: Meta,
    pub paragraphs: &'static [Paragraph],
    pub figures: &'static [Figure],
    pub events: &'static [Event],
    pub charts: &'static [Chart],
    /// What the explainer deliberately does not show, and why.
    pub not_shown: &'static [&'static [Inline]],
    /// Dated changes since publication, oldest first.
    pub corrections: &'static [Correction],
}

#[derive(Debug)]
pub struct Correction {
    /// `YYYY-MM-DD`.
    pub date: &'static str,
    pub text: &'static [Inline],
}

#[derive(Debug)]
pub struct Meta {
    pub title: &'static [Inline],
    pub kicker: &'static [Inline],
    pub standfirst: &'static [Inline],
    /// When the statement was made.
    pub date: Date,
    pub language: Lang,
    pub attribution: &'static [Inline],
    pub source_name: &'static str,
}

/// A paragraph of the article, verbatim, cut into sentences of text runs and mentions.
#[derive(Debug)]
pub struct Paragraph {
    pub sentences: &'static [&'static [Segment]],
}

#[derive(Debug, Clone, Copy)]
pub enum Segment {
    Text(&'static str),
    /// The number of a stated figure, as the text writes it.
    Figure {
        figure: usize,
        text: &'static str,
    },
    /// The date of an event, as the text writes it.
    Event {
        event: usize,
        text: &'static str,
    },
}

/// Editorial text: plain runs and numbers taken from figures, never typed by hand.
#[derive(Debug, Clone, Copy)]
pub enum Inline {
    Text(&'static str),
    Value(usize),
    Period(usize),
    Date,
}

#[derive(Debug)]
pub struct Figure {
    pub id: &'static str,
    pub label: &'static str,
    pub value: f64,
    pub unit: Unit,
    pub qualifier: Qualifier,
    pub period: Period,
    pub origin: Origin,
    pub part_of: Option<usize>,
    pub share_of: Option<usize>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// Said in the text: the quote, and the paragraph and sentence it stands in.
    Stated { quote: &'static str, paragraph: usize, sentence: usize },
    /// Computed by us from two other figures; always labelled so.
    Computed { op: Op, left: usize, right: usize },
}

#[derive(Debug)]
pub struct Event {
    pub id: &'static str,
    pub date: Date,
    pub label: &'static str,
    pub figures: &'static [usize],
    pub quote: &'static str,
    pub paragraph: usize,
    pub sentence: usize,
}

#[derive(Debug)]
pub struct Chart {
    pub id: &'static str,
    pub kind: ChartKind,
    pub title: &'static [Inline],
    pub takeaway: &'static [Inline],
    pub notes: &'static [&'static [Inline]],
    pub figures: &'static [usize],
    /// The paragraph the chart illustrates.
    pub paragraph: usize,
}
