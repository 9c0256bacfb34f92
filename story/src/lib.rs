//! The story of an explainer once checked: what the content file says once every quote is
//! found, every reference resolved and every computed figure computed. One set of types for the
//! content compiler (which makes it), the pre-renderer (which draws its pages) and the browser
//! (which reads it from the data file its page names, [`Story::from_bytes`]).
//!
//! Indices, not ids, link the parts: `Segment::Figure { figure: 3 }` is `story.figures[3]`.
//! The languages of an article share figures, events and charts (same indices); only texts differ.

#![warn(missing_docs)]

use serde::{Deserialize, Serialize};

mod reader;

pub use vocabulary::{
    Change, ChartKind, Date, Duration, Lang, NoteKind, Op, Outlook, Part, Period, Qualifier, Scale, Symbol, TimeUnit,
    UnitKind,
};

/// A story in one language, checked: indices replace ids.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Story {
    /// A short fingerprint of the content file: the data version shown to readers.
    pub version: String,
    /// Title, date, language, attribution.
    pub meta: Meta,
    /// The units the article declares, in this language.
    #[serde(skip)]
    pub units: Vec<Unit>,
    /// The article's paragraphs, cut into sentences and mentions.
    #[serde(skip)]
    pub paragraphs: Vec<Paragraph>,
    /// Every figure: stated in the text, or computed from two others.
    pub figures: Vec<Figure>,
    /// Every dated event, in date order.
    pub events: Vec<Event>,
    /// The visuals.
    pub charts: Vec<Chart>,
    /// What the explainer deliberately does not show, and why.
    #[serde(skip)]
    pub not_shown: Vec<Vec<Inline>>,
    /// Numbers of the text that are not figures, and why.
    #[serde(skip)]
    pub not_figures: Vec<NotAFigure>,
    /// The corrections log, oldest first.
    #[serde(skip)]
    pub corrections: Vec<Correction>,
}

/// A number of the text that is not a figure: the words that hold it, and why.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NotAFigure {
    /// The words of the text.
    pub quote: String,
    /// Why it is not a figure.
    pub reason: Vec<Inline>,
}

/// An entry of the corrections log.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Correction {
    /// `YYYY-MM-DD`.
    pub date: String,
    /// What changed.
    pub text: Vec<Inline>,
}

/// What the article is, and who said it when.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Meta {
    /// Where the article lives on its site (`/<slug>/`): its content file's name, without
    /// `.toml`. Also what sets it apart from other explainers in a host's page (embed keys).
    pub slug: String,
    /// The explainer's title.
    #[serde(skip)]
    pub title: Vec<Inline>,
    /// The line above the title.
    #[serde(skip)]
    pub kicker: Vec<Inline>,
    /// The paragraph under the title.
    #[serde(skip)]
    pub standfirst: Vec<Inline>,
    /// When the statement was made.
    pub date: Date,
    /// The language this story is told in.
    pub language: Lang,
    /// Every language the article is told in, the original first (its pages' links to each
    /// other).
    pub languages: Vec<Lang>,
    /// Who made the statement.
    #[serde(skip)]
    pub attribution: Vec<Inline>,
    /// Where it was published.
    #[serde(skip)]
    pub source_name: String,
    /// A draft: a preview for its editor, with a banner, and no embeds or images.
    pub draft: bool,
    /// Whether the site's index lists it: not a draft, nor a file that says `listed = false`.
    pub listed: bool,
}

/// A paragraph, cut into sentences, each cut into runs of plain text and mentions.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Paragraph {
    /// Its sentences, each a run of segments.
    pub sentences: Vec<Vec<Segment>>,
}

/// A run of a sentence: plain text, or a number or date the reader can choose.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
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

impl Segment {
    /// Its words, as the text writes them.
    pub fn text(&self) -> &str {
        match self {
            Segment::Text(text) | Segment::Figure { text, .. } | Segment::Event { text, .. } => text,
        }
    }
}

impl Paragraph {
    /// Sentence `sentence` as the text writes it.
    pub fn sentence(&self, sentence: usize) -> String {
        self.sentences.get(sentence).map(|segments| segments.iter().map(Segment::text).collect()).unwrap_or_default()
    }
}

/// Editorial text (titles, takeaways, notes): plain runs and numbers taken from figures.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
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
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
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
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
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
    #[serde(skip)]
    pub reason: Vec<Inline>,
}

/// Where a figure comes from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Origin {
    /// Said in the text: the quote, and the paragraph and sentence it stands in (from 0).
    #[allow(missing_docs)]
    Stated {
        #[serde(skip)]
        quote: String,
        paragraph: usize,
        sentence: usize,
    },
    /// Computed by us from two other figures, by index.
    #[allow(missing_docs)]
    Computed { op: Op, left: usize, right: usize },
}

/// Something that happened at a date the text gives.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
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
    #[serde(skip)]
    pub quote: String,
    /// The paragraph the quote stands in, from 0.
    pub paragraph: usize,
    /// The sentence in the paragraph, from 0.
    pub sentence: usize,
}

/// A visual.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Chart {
    /// Its id.
    pub id: String,
    /// How it draws its figures.
    pub kind: ChartKind,
    /// Its title.
    #[serde(skip)]
    pub title: Vec<Inline>,
    /// The one sentence a reader should take away.
    #[serde(skip)]
    pub takeaway: Vec<Inline>,
    /// Notes under it.
    #[serde(skip)]
    pub notes: Vec<Vec<Inline>>,
    /// The figures it shows, by index, in the order it lists them.
    pub figures: Vec<usize>,
    /// What each of them is, for the kinds whose figures have roles: proved by the compiler,
    /// so that drawing never takes a role by its place in `figures`.
    pub roles: Roles,
    /// The paragraph the chart illustrates: where its first figure or event is quoted.
    pub paragraph: usize,
    /// Notes drawn from the text, lettered over its marks and listed under it.
    pub annotations: Vec<Annotation>,
}

/// A note on a chart: a passage of the text, tied to one of the chart's items.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Annotation {
    /// The figure or event it is about (the note's letter stands over its mark).
    pub item: Selection,
    /// How it is drawn on the graphic.
    pub kind: NoteKind,
    /// The passage, as the text writes it in the story's language (a graphic wide enough
    /// draws it beside its badge).
    pub quote: String,
}

/// The roles of a chart's figures, by index into the story's figures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Roles {
    /// Figures side by side (stat tiles, bars, changes), or a timeline's events: no roles.
    Peers,
    /// A split bar: a whole, the part of it the text states, and the rest computed from them.
    Split {
        /// The whole.
        whole: usize,
        /// The stated part (`part_of` the whole).
        part: usize,
        /// The rest, computed as whole minus part.
        rest: usize,
    },
    /// A part-to-whole chart: a whole, the percentage of it that is the share, and, if the
    /// chart shows it, the count computed as that share of the whole.
    Share {
        /// The whole.
        whole: usize,
        /// The percentage (`share_of` the whole).
        share: usize,
        /// The share of the whole as a count, computed.
        count: Option<usize>,
    },
}

impl Story {
    /// The language of the article's pages whose code is `code` (`ar` is Arabic in whichever
    /// digits the content file chose).
    pub fn language_of(&self, code: &str) -> Option<Lang> {
        self.meta.languages.iter().copied().find(|lang| lang.code() == code)
    }

    /// Where a language's pages live, relative to the article's root: `""` for the original,
    /// `"en/"`.
    pub fn prefix_of(&self, lang: Lang) -> String {
        if self.meta.languages.first() == Some(&lang) {
            String::new()
        } else {
            format!("{}/", lang.code())
        }
    }

    /// The index of the figure, event or chart with this id, as used in links (`#returns-2018`).
    pub fn find(&self, id: &str) -> Option<Selection> {
        if let Some(i) = self.figures.iter().position(|f| f.id == id) {
            return Some(Selection::Figure(i));
        }
        self.events.iter().position(|e| e.id == id).map(Selection::Event)
    }

    /// The id of a selection, for links.
    pub fn id_of(&self, selection: Selection) -> &str {
        match selection {
            Selection::Figure(i) => &self.figures[i].id,
            Selection::Event(i) => &self.events[i].id,
        }
    }

    /// Where a figure comes from in the text: for a computed figure, its first stated operand.
    pub fn source_of(&self, mut figure: usize) -> (usize, usize) {
        for _ in 0..self.figures.len() {
            match &self.figures[figure].origin {
                Origin::Stated { paragraph, sentence, .. } => return (*paragraph, *sentence),
                Origin::Computed { left, .. } => figure = *left,
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Selection {
    /// A figure, by index.
    Figure(usize),
    /// An event, by index.
    Event(usize),
}

impl Story {
    /// The story in its binary form, as the browser's data file holds it: postcard, compact,
    /// and read without parsing text or floats. It is the browser's copy: the fields marked
    /// `#[serde(skip)]` (the article's text, the quotes, the charts' titles and notes, the
    /// method, the corrections) are in the pre-rendered page, which the browser never writes
    /// again, so they are left out and read back empty.
    pub fn to_bytes(&self) -> Vec<u8> {
        to_bytes(self)
    }

    /// The story read back from [`Story::to_bytes`]; `None` if the bytes are not a story of
    /// this version of the code.
    pub fn from_bytes(bytes: &[u8]) -> Option<Story> {
        from_bytes(bytes)
    }
}

/// `value` in the binary form the browser reads (postcard's): a story, or a page's data file
/// that holds one.
pub fn to_bytes<T: Serialize>(value: &T) -> Vec<u8> {
    postcard::to_allocvec(value).expect("plain data always serialises")
}

/// A value read back from [`to_bytes`], whole; `None` if the bytes are not one, or hold more.
pub fn from_bytes<'de, T: Deserialize<'de>>(bytes: &'de [u8]) -> Option<T> {
    let mut reader = reader::Reader::new(bytes);
    let value = T::deserialize(&mut reader).ok()?;
    reader.is_done().then_some(value)
}
