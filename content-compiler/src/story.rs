//! The validated story: what the content file says once every quote is found, every reference
//! resolved and every computed figure computed. Indices replace ids; the app receives this as
//! static data (see `emit`).

pub use vocabulary::{
    Change, ChartKind, Date, Duration, Lang, Op, Outlook, Part, Period, Qualifier, Scale, Symbol, TimeUnit, UnitKind,
};

/// A story in one language, checked: indices replace ids.
#[derive(Debug, Clone, PartialEq)]
pub struct Story {
    /// Title, date, language, attribution.
    pub meta: Meta,
    /// The units the article declares, in this language.
    pub units: Vec<Unit>,
    /// The article's paragraphs, cut into sentences and mentions.
    pub paragraphs: Vec<Paragraph>,
    /// Every figure: stated in the text, or computed from two others.
    pub figures: Vec<Figure>,
    /// Every dated event, in date order.
    pub events: Vec<Event>,
    /// The visuals.
    pub charts: Vec<Chart>,
    /// What the explainer deliberately does not show, and why.
    pub not_shown: Vec<Vec<Inline>>,
    /// Numbers of the text that are not figures, and why.
    pub not_figures: Vec<NotAFigure>,
    /// The corrections log, oldest first.
    pub corrections: Vec<Correction>,
}

impl Story {
    /// The story as the browser bundle holds it. The browser reads ids, values, labels, dates
    /// and where each figure is in the text; the text itself, the quotes, the charts' titles
    /// and notes, the method and the corrections are in the pre-rendered page, so the bundle
    /// leaves them out (the paragraphs stay, as empty sentences, so that indices still hold).
    pub fn for_browser(&self) -> Story {
        let mut story = self.clone();
        let meta = &mut story.meta;
        (meta.title, meta.kicker, meta.standfirst, meta.attribution) = (vec![], vec![], vec![], vec![]);
        meta.source_name.clear();
        for paragraph in &mut story.paragraphs {
            for sentence in &mut paragraph.sentences {
                sentence.clear();
            }
        }
        for figure in &mut story.figures {
            if let Origin::Stated { quote, .. } = &mut figure.origin {
                quote.clear();
            }
            // The words of a start the text names are the period itself; other period
            // quotes and the reasons are only in the page's Sources and method.
            if !figure.since {
                figure.period_quote = None;
            }
            figure.reason.clear();
        }
        for event in &mut story.events {
            event.quote.clear();
        }
        for chart in &mut story.charts {
            (chart.title, chart.takeaway, chart.notes) = (vec![], vec![], vec![]);
        }
        story.not_shown.clear();
        story.not_figures.clear();
        story.corrections.clear();
        story
    }
}

/// A number of the text that is not a figure: the words that hold it, and why.
#[derive(Debug, Clone, PartialEq)]
pub struct NotAFigure {
    /// The words of the text.
    pub quote: String,
    /// Why it is not a figure.
    pub reason: Vec<Inline>,
}

/// An entry of the corrections log.
#[derive(Debug, Clone, PartialEq)]
pub struct Correction {
    /// `YYYY-MM-DD`.
    pub date: String,
    /// What changed.
    pub text: Vec<Inline>,
}

/// What the article is, and who said it when.
#[derive(Debug, Clone, PartialEq)]
pub struct Meta {
    /// The explainer's title.
    pub title: Vec<Inline>,
    /// The line above the title.
    pub kicker: Vec<Inline>,
    /// The paragraph under the title.
    pub standfirst: Vec<Inline>,
    /// When the statement was made.
    pub date: Date,
    /// The language this story is told in.
    pub language: Lang,
    /// Who made the statement.
    pub attribution: Vec<Inline>,
    /// Where it was published.
    pub source_name: String,
    /// A draft: a preview for its editor, with a banner, and no embeds or images.
    pub draft: bool,
}

/// A paragraph, cut into sentences, each cut into runs of plain text and mentions.
#[derive(Debug, Clone, PartialEq)]
pub struct Paragraph {
    /// Its sentences, each a run of segments.
    pub sentences: Vec<Vec<Segment>>,
}

/// A run of a sentence: plain text, or a number or date the reader can choose.
#[derive(Debug, Clone, PartialEq)]
pub enum Segment {
    /// Text as written.
    Text(String),
    /// The number of a stated figure, as written.
    Figure {
        /// The figure, by index.
        figure: usize,
        /// How the text writes it.
        text: String,
    },
    /// The date of an event, as written.
    Event {
        /// The event, by index.
        event: usize,
        /// How the text writes it.
        text: String,
    },
}

/// Editorial text (titles, takeaways, notes): plain runs and numbers taken from figures.
#[derive(Debug, Clone, PartialEq)]
pub enum Inline {
    /// Text as written.
    Text(String),
    /// `{id}`: the figure's value with its qualifier and unit.
    Value(usize),
    /// `{id:period}`: the figure's period.
    Period(usize),
    /// `{date}`: the statement's date.
    Date,
}

/// A unit the article declares: what its figures count, in the story's language.
#[derive(Debug, Clone, PartialEq)]
pub struct Unit {
    /// Its id, as figures name it.
    pub id: String,
    /// What kind of quantity it is.
    pub kind: UnitKind,
    /// For a currency, its ISO 4217 code.
    pub currency: Option<String>,
    /// One of it, in words (empty for a percentage).
    pub singular: String,
    /// Several, in words (empty for a percentage).
    pub plural: String,
}

/// A number the explainer shows: stated in the text, or computed by us.
#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    /// Its id, also its link.
    pub id: String,
    /// What is counted.
    pub label: String,
    /// The value.
    pub value: f64,
    /// What the value counts.
    pub unit: Unit,
    /// How the text qualifies it.
    pub qualifier: Qualifier,
    /// When; `None` when the text does not say (the content file's `unspecified`).
    pub period: Option<Period>,
    /// Where it comes from.
    pub origin: Origin,
    /// The figure this one is part of, by index.
    pub part_of: Option<usize>,
    /// The figure this percentage is a share of, by index.
    pub share_of: Option<usize>,
    /// The magnitude its quote writes it in (`5 milliards`), if any: how the page writes it.
    pub scale: Option<Scale>,
    /// What kind of change it is, if it is one: its value is then signed.
    pub change: Option<Change>,
    /// A target or a forecast, not yet a fact.
    pub outlook: Option<Outlook>,
    /// The fraction its quote writes in words (`un tiers`: (1, 3)): how the page writes it.
    pub fraction: Option<(u8, u8)>,
    /// How many decimals it is written with, in its scale: as its quote writes them (`12,25 %`:
    /// 2), or for a computed figure as many as its operands justify.
    pub decimals: u8,
    /// A computed figure whose exact result has more decimals than `decimals`: its formula
    /// says it is rounded.
    pub rounded: bool,
    /// The currency sign its quote writes with the number (`$2bn`), for `{id}` in editorial text.
    pub symbol: Option<Symbol>,
    /// How long its period lasts, when the text gives a length (`over five years`): alone, or
    /// from the start `period.from` names.
    pub duration: Option<Duration>,
    /// Its period runs from a start the text names without a date (`depuis l'installation du
    /// gouvernement`) to the statement: `period_quote` holds the text's words.
    pub since: bool,
    /// What a change is measured from, when the text names it (`up 4 points from 2021`).
    pub base: Option<Date>,
    /// The words of the text that give its period; `None` when the editor dated it.
    pub period_quote: Option<String>,
    /// Its period was read from words that name no year (`au premier trimestre`), by the
    /// rule Sources and method states.
    pub relative: bool,
    /// The figure this one details (a plan's part in another unit: `in a dozen towns`), by index.
    pub detail_of: Option<usize>,
    /// Why a word of its quote does not make it a change or a plan (`change = "none"`).
    pub reason: Vec<Inline>,
}

/// Where a figure comes from.
#[derive(Debug, Clone, PartialEq)]
pub enum Origin {
    /// Said in the text: the quote, and the paragraph and sentence it stands in (from 0).
    #[allow(missing_docs)]
    Stated { quote: String, paragraph: usize, sentence: usize },
    /// Computed by us from two other figures, by index.
    #[allow(missing_docs)]
    Computed { op: Op, left: usize, right: usize },
}

/// Something that happened at a date the text gives.
#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    /// Its id, also its link.
    pub id: String,
    /// When, at the precision the text gives; where it starts, for a span.
    pub date: Date,
    /// Where a span ends (`2014..2017`), at its own precision.
    pub until: Option<Date>,
    /// A plan or an expectation, not yet a fact.
    pub outlook: Option<Outlook>,
    /// What happened.
    pub label: String,
    /// The figures it concerns, by index.
    pub figures: Vec<usize>,
    /// The words of the text that date it.
    pub quote: String,
    /// The paragraph the quote stands in, from 0.
    pub paragraph: usize,
    /// The sentence in the paragraph, from 0.
    pub sentence: usize,
}

/// A visual.
#[derive(Debug, Clone, PartialEq)]
pub struct Chart {
    /// Its id.
    pub id: String,
    /// How it draws its figures.
    pub kind: ChartKind,
    /// Its title.
    pub title: Vec<Inline>,
    /// The one sentence a reader should take away.
    pub takeaway: Vec<Inline>,
    /// Notes under it.
    pub notes: Vec<Vec<Inline>>,
    /// The figures it shows, by index.
    pub figures: Vec<usize>,
    /// The paragraph the chart illustrates: where its first figure or event is quoted.
    pub paragraph: usize,
}
