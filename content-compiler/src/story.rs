//! The validated story: what the content file says once every quote is found, every reference
//! resolved and every computed figure computed. Indices replace ids; the app receives this as
//! static data (see `emit`).

pub use vocabulary::{ChartKind, Date, Lang, Op, Period, Qualifier, Unit};

#[derive(Debug, Clone, PartialEq)]
pub struct Story {
    pub meta: Meta,
    pub paragraphs: Vec<Paragraph>,
    pub figures: Vec<Figure>,
    pub events: Vec<Event>,
    pub charts: Vec<Chart>,
    /// What the explainer deliberately does not show, and why.
    pub not_shown: Vec<Vec<Inline>>,
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
        }
        for event in &mut story.events {
            event.quote.clear();
        }
        for chart in &mut story.charts {
            (chart.title, chart.takeaway, chart.notes) = (vec![], vec![], vec![]);
        }
        story.not_shown.clear();
        story.corrections.clear();
        story
    }
}

/// An entry of the corrections log.
#[derive(Debug, Clone, PartialEq)]
pub struct Correction {
    /// `YYYY-MM-DD`.
    pub date: String,
    pub text: Vec<Inline>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Meta {
    pub title: Vec<Inline>,
    pub kicker: Vec<Inline>,
    pub standfirst: Vec<Inline>,
    pub date: Date,
    pub language: Lang,
    pub attribution: Vec<Inline>,
    pub source_name: String,
}

/// A paragraph, cut into sentences, each cut into runs of plain text and mentions.
#[derive(Debug, Clone, PartialEq)]
pub struct Paragraph {
    pub sentences: Vec<Vec<Segment>>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Segment {
    Text(String),
    /// The number of a stated figure, as written.
    Figure {
        figure: usize,
        text: String,
    },
    /// The date of an event, as written.
    Event {
        event: usize,
        text: String,
    },
}

/// Editorial text (titles, takeaways, notes): plain runs and numbers taken from figures.
#[derive(Debug, Clone, PartialEq)]
pub enum Inline {
    Text(String),
    /// `{id}`: the figure's value with its qualifier and unit.
    Value(usize),
    /// `{id:period}`: the figure's period.
    Period(usize),
    /// `{date}`: the statement's date.
    Date,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    pub id: String,
    pub label: String,
    pub value: f64,
    pub unit: Unit,
    pub qualifier: Qualifier,
    pub period: Period,
    pub origin: Origin,
    pub part_of: Option<usize>,
    pub share_of: Option<usize>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Origin {
    Stated { quote: String, paragraph: usize, sentence: usize },
    Computed { op: Op, left: usize, right: usize },
}

#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    pub id: String,
    pub date: Date,
    pub label: String,
    pub figures: Vec<usize>,
    pub quote: String,
    pub paragraph: usize,
    pub sentence: usize,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Chart {
    pub id: String,
    pub kind: ChartKind,
    pub title: Vec<Inline>,
    pub takeaway: Vec<Inline>,
    pub notes: Vec<Vec<Inline>>,
    pub figures: Vec<usize>,
    /// The paragraph the chart illustrates: where its first figure or event is quoted.
    pub paragraph: usize,
}
