//! The shape of a story once checked: the same as `content_compiler::story`, with `&'static`
//! data so that the whole story is one constant in the bundle. The plain types (dates,
//! units, qualifiers…) are the shared `vocabulary`'s.

pub use vocabulary::{
    Change, ChartKind, Date, Duration, Lang, Op, Outlook, Part, Period, Qualifier, Scale, Symbol, TimeUnit, UnitKind,
};

/// A story in one language: the article verbatim, its figures, events and charts.
#[derive(Debug, Clone)]
pub struct Story {
    /// A short fingerprint of the content file: the data version shown to readers.
    pub version: &'static str,
    /// Title, date, language, attribution.
    pub meta: Meta,
    /// The article's paragraphs, verbatim.
    pub paragraphs: &'static [Paragraph],
    /// Every figure: stated in the text, or computed from two others.
    pub figures: &'static [Figure],
    /// Every dated event, in date order.
    pub events: &'static [Event],
    /// The visuals, in the order the content file gives them.
    pub charts: &'static [Chart],
    /// What the explainer deliberately does not show, and why.
    pub not_shown: &'static [&'static [Inline]],
    /// Numbers of the text that are not figures, and why.
    pub not_figures: &'static [NotAFigure],
    /// Dated changes since publication, oldest first.
    pub corrections: &'static [Correction],
}

/// A number of the text that is not a figure: the words that hold it, and why.
#[derive(Debug)]
pub struct NotAFigure {
    /// The words of the text.
    pub quote: &'static str,
    /// Why it is not a figure.
    pub reason: &'static [Inline],
}

/// An entry of the corrections log.
#[derive(Debug)]
pub struct Correction {
    /// `YYYY-MM-DD`.
    pub date: &'static str,
    /// What changed.
    pub text: &'static [Inline],
}

/// What the article is, and who said it when.
#[derive(Debug, Clone)]
pub struct Meta {
    /// The explainer's title.
    pub title: &'static [Inline],
    /// The line above the title.
    pub kicker: &'static [Inline],
    /// The paragraph under the title.
    pub standfirst: &'static [Inline],
    /// When the statement was made.
    pub date: Date,
    /// The language this story is told in.
    pub language: Lang,
    /// Who made the statement.
    pub attribution: &'static [Inline],
    /// Where it was published.
    pub source_name: &'static str,
    /// A draft: a preview for its editor (a banner; no embeds, oEmbed or images).
    pub draft: bool,
}

/// A paragraph of the article, verbatim, cut into sentences of text runs and mentions.
#[derive(Debug)]
pub struct Paragraph {
    /// Its sentences, each a run of segments.
    pub sentences: &'static [&'static [Segment]],
}

/// A run of a sentence: plain text, or a number or date the reader can choose.
#[derive(Debug, Clone, Copy)]
pub enum Segment {
    /// Text as written.
    Text(&'static str),
    /// The number of a stated figure, as the text writes it.
    Figure {
        /// The figure, by index.
        figure: usize,
        /// How the text writes it.
        text: &'static str,
    },
    /// The date of an event, as the text writes it.
    Event {
        /// The event, by index.
        event: usize,
        /// How the text writes it.
        text: &'static str,
    },
}

/// Editorial text: plain runs and numbers taken from figures, never typed by hand.
#[derive(Debug, Clone, Copy)]
pub enum Inline {
    /// Text as written.
    Text(&'static str),
    /// `{id}`: the figure's value with its qualifier.
    Value(usize),
    /// `{id:period}`: the figure's period.
    Period(usize),
    /// `{date}`: the statement's date.
    Date,
}

/// A unit the article declares: what its figures count, in the story's language.
#[derive(Debug)]
pub struct Unit {
    /// Its id, as the content file names it (and the CSV writes it).
    pub id: &'static str,
    /// What kind of quantity it is.
    pub kind: UnitKind,
    /// For money, its ISO 4217 code.
    pub currency: Option<&'static str>,
    /// One of it, in words (empty for a percentage).
    pub singular: &'static str,
    /// Several, in words (empty for a percentage).
    pub plural: &'static str,
}

/// A number the explainer shows: stated in the text, or computed by us from two others.
#[derive(Debug, Clone)]
pub struct Figure {
    /// Its id, also its link (`#returns-2018`).
    pub id: &'static str,
    /// What is counted; no number.
    pub label: &'static str,
    /// The value.
    pub value: f64,
    /// What the value counts.
    pub unit: &'static Unit,
    /// How the text qualifies it (about, more than…).
    pub qualifier: Qualifier,
    /// When; `None` when the text does not say: never an invented date.
    pub period: Option<Period>,
    /// Where it comes from.
    pub origin: Origin,
    /// The figure this one is part of, if any.
    pub part_of: Option<usize>,
    /// The figure this percentage is a share of, if any.
    pub share_of: Option<usize>,
    /// The magnitude its quote writes it in (`5 milliards`), if any: how the page writes it.
    pub scale: Option<Scale>,
    /// What kind of change it is, if it is one: its value is then signed.
    pub change: Option<Change>,
    /// A target or a forecast: not yet a fact, drawn and labelled as such.
    pub outlook: Option<Outlook>,
    /// The fraction its quote writes in words (`un tiers`), if any: how the page writes it.
    pub fraction: Option<(u8, u8)>,
    /// How many decimals it is written with, in its scale: as its quote writes them (`12,25`),
    /// or for a computed figure as many as its operands justify.
    pub decimals: u8,
    /// A computed figure rounded to `decimals`: its formula says so.
    pub rounded: bool,
    /// The currency sign its quote writes with the number (`$2bn`): `{id}` writes it too.
    pub symbol: Option<Symbol>,
    /// How long its period lasts, when the text gives a length: alone, or from `period.from`.
    pub duration: Option<Duration>,
    /// Its period runs from a start the text names without a date (its words in
    /// `period_quote`) to the statement.
    pub since: bool,
    /// What a change is measured from, when the text names it.
    pub base: Option<Date>,
    /// The words of the text that give its period; `None` when the editor dated it (Sources
    /// and method says so). The browser keeps only a named start's.
    pub period_quote: Option<&'static str>,
    /// Its period was read from words that name no year, by the rule Sources and method states.
    pub relative: bool,
    /// The figure (a plan) this one details, in another unit, by index.
    pub detail_of: Option<usize>,
    /// Why a word of its quote does not make it a change or a plan.
    pub reason: &'static [Inline],
}

/// Where a figure comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// Said in the text: the quote, and the paragraph and sentence it stands in.
    Stated {
        /// The words of the text that state it.
        quote: &'static str,
        /// The paragraph, from 0.
        paragraph: usize,
        /// The sentence in the paragraph, from 0.
        sentence: usize,
    },
    /// Computed by us from two other figures; always labelled so.
    Computed {
        /// The operation.
        op: Op,
        /// The first operand, by index.
        left: usize,
        /// The second operand, by index.
        right: usize,
    },
}

/// Something that happened at a date the text gives.
#[derive(Debug)]
pub struct Event {
    /// Its id, also its link.
    pub id: &'static str,
    /// When, at the precision the text gives; where it starts, for a span.
    pub date: Date,
    /// Where a span ends (`2014..2017`), at its own precision.
    pub until: Option<Date>,
    /// A plan or an expectation, not yet a fact: drawn outlined, labelled as such.
    pub outlook: Option<Outlook>,
    /// What happened.
    pub label: &'static str,
    /// The figures it concerns, by index.
    pub figures: &'static [usize],
    /// The words of the text that date it.
    pub quote: &'static str,
    /// The paragraph the quote stands in, from 0.
    pub paragraph: usize,
    /// The sentence in the paragraph, from 0.
    pub sentence: usize,
}

/// A visual.
#[derive(Debug)]
pub struct Chart {
    /// Its id: its embed's path (`embed/returns/`) and its files' names.
    pub id: &'static str,
    /// How it draws its figures.
    pub kind: ChartKind,
    /// Its title.
    pub title: &'static [Inline],
    /// The one sentence a reader should take away.
    pub takeaway: &'static [Inline],
    /// Notes under it.
    pub notes: &'static [&'static [Inline]],
    /// The figures it shows, by index (a timeline shows every event instead).
    pub figures: &'static [usize],
    /// The paragraph the chart illustrates.
    pub paragraph: usize,
}
