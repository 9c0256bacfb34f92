//! The shape of a story once checked: the same as `content_compiler::story`, with `&'static`
//! data so that the whole story is one constant in the bundle.

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
    pub language: &'static str,
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

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    pub year: u16,
    /// `None` when the text gives only the year: the date is then the whole year.
    pub month: Option<u8>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    pub from: Date,
    pub to: Date,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    People,
    Attempts,
    Networks,
    Boats,
    Operations,
    Programmes,
    Percent,
}

/// How the text qualifies a number: "environ" is `Approximately`, "plus de" is `MoreThan`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Qualifier {
    Exact,
    Approximately,
    MoreThan,
    LessThan,
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

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Op {
    Plus,
    Minus,
    /// A percentage of a figure.
    PercentOf,
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

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChartKind {
    Timeline,
    PartToWhole,
    SplitBar,
    StatTiles,
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
