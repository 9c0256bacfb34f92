//! The vocabulary the content compiler and the app share: languages (one pack each, in
//! `lang/`: how they write numbers, dates and periods, and every word the explainer reads or
//! writes in them), units, qualifiers, the operations of computed figures and the
//! kinds of chart. Each type has one name table, [`Named::NAMES`]: the names the content file
//! uses, the CSV writes and the page's classes carry. Its one dependency is serde's derive (for
//! the story's binary form), so both sides can use it and the browser pays only for what it calls.

#![warn(missing_docs)]

mod time;

pub use time::{Date, Duration, Part, Period, TimeUnit};

/// A type whose values have names in the content file (and in what the explainer writes).
pub trait Named: Copy + PartialEq + 'static {
    /// Every value with its name, in the order an editor reads them.
    const NAMES: &'static [(&'static str, Self)];

    /// The value a name stands for.
    fn parse(name: &str) -> Option<Self> {
        Self::NAMES.iter().find(|(n, _)| *n == name).map(|&(_, value)| value)
    }

    /// The value's name.
    fn name(self) -> &'static str {
        Self::NAMES.iter().find(|(_, value)| *value == self).map_or("", |(n, _)| n)
    }

    /// Every name, for messages that list what is allowed: `` `a`, `b` ``.
    fn names_listed() -> String {
        Self::NAMES.iter().map(|(n, _)| format!("`{n}`")).collect::<Vec<_>>().join(", ")
    }
}

/// Defines a plain enum and its name table at once, so that the two cannot drift.
macro_rules! named_enum {
    ($(#[$meta:meta])* pub enum $name:ident { $($(#[$vmeta:meta])* $variant:ident = $text:literal,)+ }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize)]
        pub enum $name {
            $($(#[$vmeta])* $variant,)+
        }

        impl Named for $name {
            const NAMES: &'static [(&'static str, Self)] = &[$(($text, $name::$variant),)+];
        }
    };
}

mod lang;

pub use lang::*;

named_enum! {
    /// The magnitude a text writes a number in: `5 milliards`, `8.5 million`, `$2bn`. Figures
    /// hold full values; the scale is how the text (and so the page) writes them.
    pub enum Scale {
        /// Thousands.
        Thousand = "thousand",
        /// Millions.
        Million = "million",
        /// Billions (thousands of millions: French `milliards`).
        Billion = "billion",
    }
}

impl Scale {
    /// What one of it is worth.
    pub fn factor(self) -> f64 {
        match self {
            Scale::Thousand => 1e3,
            Scale::Million => 1e6,
            Scale::Billion => 1e9,
        }
    }

    /// Its place in tables of words: thousand, million, billion.
    pub fn index(self) -> usize {
        match self {
            Scale::Thousand => 0,
            Scale::Million => 1,
            Scale::Billion => 2,
        }
    }
}

named_enum! {
    /// What kind of quantity a unit measures. The article declares its own units (what they
    /// count, in words); their kind says how they may be combined and drawn.
    pub enum UnitKind {
        /// A number of anything: people, texts, boats…
        Count = "count",
        /// Money, in one currency (its ISO 4217 code): currencies never mix.
        Currency = "currency",
        /// A percentage, 0 to 100.
        Percent = "percent",
        /// A difference between two percentages.
        PercentagePoint = "percentage_point",
    }
}

named_enum! {
    /// How the text qualifies a number: "environ" is `Approximately`, "plus de" is `MoreThan`.
    pub enum Qualifier {
        /// As written.
        Exact = "exact",
        /// About.
        Approximately = "approximately",
        /// A lower bound.
        MoreThan = "more_than",
        /// An upper bound.
        LessThan = "less_than",
    }
}

named_enum! {
    /// The operations a computed figure may use: few, so that each can be explained in words.
    /// The names are the content file's notation in a formula.
    pub enum Op {
        /// `a + b`.
        Plus = "+",
        /// `a - b`.
        Minus = "-",
        /// `share of whole`: a percentage of a figure.
        PercentOf = "of",
    }
}

named_enum! {
    /// The kinds of visual.
    pub enum ChartKind {
        /// Every event on a time axis.
        Timeline = "timeline",
        /// A whole and the share of it that a percentage names.
        PartToWhole = "part-to-whole",
        /// A whole split into a stated part and the computed rest.
        SplitBar = "split-bar",
        /// Figures of different units, side by side, each on its own scale.
        StatTiles = "stat-tiles",
        /// Figures of one unit compared as bars from zero.
        Bars = "bars",
        /// Signed changes of one unit, as bars either side of zero.
        Changes = "changes",
    }
}

named_enum! {
    /// How a note drawn from the text stands on its chart's graphic (its words are listed
    /// under the graphic whatever its kind).
    pub enum NoteKind {
        /// A badge over its item's mark.
        Callout = "callout",
        /// A reference line across the chart where its item stands (a bar's value, an event's
        /// date), its badge at the top: the other marks read against it.
        Line = "line",
        /// A bracket over its item's whole extent (an event's years, a part of a whole), its
        /// badge at the start.
        Span = "span",
    }
}

named_enum! {
    /// What kind of change a figure is: how much something rose or fell, rather than how much
    /// there is. Its value is signed: a fall is negative.
    pub enum Change {
        /// In percent of the earlier value (`a reculé de 20 %`, `+150 %`): a `percent` unit,
        /// not bounded by 100.
        Relative = "relative",
        /// In percentage points (`+2 points`): a `percentage_point` unit.
        Points = "points",
        /// In the figure's own unit (`3 000 emplois de plus`, `500 millions de dirhams de moins`).
        Absolute = "absolute",
    }
}

named_enum! {
    /// A figure that is not yet a fact: what someone aims at or expects, for a date that may
    /// come after the statement. Drawn outlined and labelled as such, never as a fact.
    pub enum Outlook {
        /// An objective someone sets (`d'ici la fin de l'année`, `the aim is`).
        Target = "target",
        /// What someone expects (`devrait`, `is expected to`).
        Forecast = "forecast",
    }
}

named_enum! {
    /// Whether an explainer is ready for readers. A draft is a preview for its editor: the
    /// page says so, and the build makes no embeds, oEmbed or images of it.
    pub enum Status {
        /// Made by the drafter, or still under review: it may hold `# check:` marks.
        Draft = "draft",
        /// Reviewed: no `# check:` mark is left. A file without `status` is published.
        Published = "published",
    }
}

/// A currency sign as the text writes it with its number: `$` of `$2bn` stands before it,
/// `€` of `2,5 Md€` after. Editorial text that names the figure writes it the same way.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub struct Symbol {
    /// The sign: `$`, `€`, `£`, `¥`.
    pub sign: char,
    /// Whether it stands before the number.
    pub before: bool,
}

/// A string in double quotes, escaped so that JSON and TOML (a basic string) both read it back
/// exactly: `"`, `\\` and control characters as escapes.
pub fn string_literal(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c.is_control() => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Escapes text for HTML and XML, in text and in quoted attribute values alike.
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_name_reads_back_to_its_value() {
        fn round_trip<T: Named + std::fmt::Debug>() {
            for &(name, value) in T::NAMES {
                assert_eq!(T::parse(name), Some(value), "{name}");
                assert_eq!(value.name(), name);
            }
            assert_eq!(T::parse("nope"), None);
        }
        round_trip::<Language>();
        round_trip::<Digits>();
        round_trip::<Plural>();
        assert_eq!(Lang::AR_ARAB.digits(2018), "٢٠١٨");
        assert_eq!(Lang::AR.digits(2018), "2018");
        round_trip::<UnitKind>();
        round_trip::<Qualifier>();
        round_trip::<Op>();
        round_trip::<ChartKind>();
        round_trip::<Scale>();
        round_trip::<Change>();
        round_trip::<Outlook>();
        assert_eq!(Qualifier::names_listed(), "`exact`, `approximately`, `more_than`, `less_than`");
    }

    #[test]
    fn html_escaping_covers_text_and_attributes() {
        assert_eq!(escape_html("a < b & \"c\" > d"), "a &lt; b &amp; &quot;c&quot; &gt; d");
    }
}
