//! The content file as an editor writes it: TOML, read with serde, every field that a message may
//! point at kept with its place in the file. Nothing here is checked beyond its TOML type;
//! `validate` does the checking.
//!
//! Fields a translation changes (labels, titles, quotes…) have the type parameter `T`: as read,
//! `T` is [`LText`], a string or a table with one string per language (`{ fr = "…", en = "…" }`);
//! `validate` then projects the file onto each language, where `T` is a plain [`Text`].

use std::fmt;

use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::Deserialize;
use toml::Spanned;

/// A string with its place in the file.
pub type Text = Spanned<String>;

/// Text in one or several languages, with its place in the file.
pub type LText = Spanned<Localized>;

/// A plain string (the original's language) or one string per language.
#[derive(Debug, Clone, PartialEq)]
pub enum Localized {
    /// One string: the original's language.
    Plain(String),
    /// One string per language code.
    ByLanguage(Vec<(String, String)>),
}

impl<'de> Deserialize<'de> for Localized {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct LocalizedVisitor;
        impl<'de> Visitor<'de> for LocalizedVisitor {
            type Value = Localized;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a string, or a table of strings by language (`{ fr = \"…\", en = \"…\" }`)")
            }
            fn visit_str<E: de::Error>(self, text: &str) -> Result<Localized, E> {
                Ok(Localized::Plain(text.to_string()))
            }
            fn visit_map<M: MapAccess<'de>>(self, mut map: M) -> Result<Localized, M::Error> {
                let mut texts = Vec::new();
                while let Some((language, text)) = map.next_entry::<String, String>()? {
                    texts.push((language, text));
                }
                Ok(Localized::ByLanguage(texts))
            }
        }
        deserializer.deserialize_any(LocalizedVisitor)
    }
}

/// How a guess is marked in a content file: a comment on its line, `# check: …`. The drafter
/// writes them; a file with one left cannot be published.
pub const CHECK_MARK: &str = "# check:";

/// The lines (from 1) that hold a `# check:` comment. Only comments count: a `#` inside a
/// string (`"# check:"`, or a paragraph in `'''…'''`) is text.
pub fn check_marks(toml_text: &str) -> Vec<usize> {
    let mut lines = Vec::new();
    let mut line = 1;
    // The delimiter of the string we are in, if any: `"`, `'`, `"""` or `'''`.
    let mut string: Option<&str> = None;
    let mut rest = toml_text;
    while let Some(c) = rest.chars().next() {
        let mut step = c.len_utf8();
        match string {
            Some(close) if rest.starts_with(close) => {
                step = close.len();
                string = None;
            }
            // A backslash escapes the next character in basic strings only.
            Some(close) if c == '\\' && close.starts_with('"') => {
                step += rest[1..].chars().next().map_or(0, char::len_utf8)
            }
            Some(_) => {}
            None if c == '#' => {
                let end = rest.find('\n').unwrap_or(rest.len());
                if rest[1..end].trim_start().starts_with(CHECK_MARK[1..].trim_start()) {
                    lines.push(line);
                }
                step = end;
            }
            None => {
                for open in ["\"\"\"", "'''", "\"", "'"] {
                    if rest.starts_with(open) {
                        string = Some(open);
                        step = open.len();
                        break;
                    }
                }
            }
        }
        line += rest[..step].matches('\n').count();
        rest = &rest[step..];
    }
    lines
}

/// What a field that names a value says to name none: `change = "none"`, `outlook = "none"`.
pub const NONE: &str = "none";

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
/// The whole content file.
pub struct RawContent<T> {
    /// The article: its texts, date, languages and paragraphs.
    pub article: RawArticle<T>,
    /// Translations of the article's paragraphs, by language: `[translation.en]`.
    #[serde(default)]
    pub translation: std::collections::BTreeMap<String, RawTranslation>,
    /// The units the figures count in.
    #[serde(default = "Vec::new")]
    pub units: Vec<RawUnit<T>>,
    /// Every figure, stated or computed.
    #[serde(default = "Vec::new")]
    pub figures: Vec<RawFigure<T>>,
    /// Every dated event, in date order.
    #[serde(default = "Vec::new")]
    pub events: Vec<RawEvent<T>>,
    /// The visuals.
    #[serde(default = "Vec::new")]
    pub charts: Vec<RawChart<T>>,
    /// Numbers of the text that are not figures, each with its reason.
    #[serde(default = "Vec::new")]
    pub not_figures: Vec<RawNotFigure<T>>,
    /// How the explainer was made.
    #[serde(default = "RawMethod::empty")]
    pub method: RawMethod<T>,
    /// The corrections log, oldest first.
    #[serde(default = "Vec::new")]
    pub corrections: Vec<RawCorrection<T>>,
}

/// The article's paragraphs in another language: a faithful translation, shown as one.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawTranslation {
    /// The paragraphs, in the same number as the original's.
    pub paragraphs: Spanned<Vec<Text>>,
}

/// How the explainer was made, for its "Sources and method" section.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawMethod<T> {
    /// What the explainer deliberately does not show, and why.
    #[serde(default = "Vec::new")]
    pub not_shown: Vec<T>,
}

impl<T> RawMethod<T> {
    fn empty() -> Self {
        RawMethod { not_shown: Vec::new() }
    }
}

/// A `[[units]]` entry: what figures count, and how it is written in each language.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawUnit<T> {
    /// Its id, which figures name in `unit`.
    pub id: Text,
    /// One of the unit kinds' names: `count`, `currency`, `percent`, `percentage_point`.
    pub kind: Text,
    /// For a currency, its ISO 4217 code: `MAD`, `EUR`, `USD`.
    pub currency: Option<Text>,
    /// One of it, in words: `personne`, `dirham` (none for a percentage).
    pub singular: Option<T>,
    /// Several, in words: `personnes`, `dirhams`.
    pub plural: Option<T>,
}

/// One entry of the corrections log: when (`YYYY-MM-DD`) and what changed.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawCorrection<T> {
    /// When, `YYYY-MM-DD`.
    pub date: Text,
    /// What changed.
    pub text: T,
}

/// The `[article]` table.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawArticle<T> {
    /// The explainer's title.
    pub title: T,
    /// The line above the title.
    pub kicker: T,
    /// The paragraph under the title.
    pub standfirst: T,
    /// `YYYY-MM`: when the statement was made; nothing may happen after it.
    pub date: Text,
    /// The original's language.
    pub language: Text,
    /// `draft` or `published` (the default): a draft is a preview, and only a file without
    /// `# check:` marks may be published.
    pub status: Option<Text>,
    /// Whether the site's index lists it (the default); `false` for an explainer published
    /// only to be embedded, or an example. A draft is never listed.
    pub listed: Option<Spanned<bool>>,
    /// Languages this file translates into, each with its `[translation.xx]`.
    #[serde(default)]
    pub translations: Vec<Text>,
    /// The digits a language's pages write numbers in, where it has a choice: `{ ar = "arab" }`
    /// for Arabic-Indic digits (Arabic's default is Western digits, as in Morocco).
    pub digits: Option<Spanned<std::collections::BTreeMap<String, String>>>,
    /// Who made the statement.
    pub attribution: T,
    /// Where it was published.
    pub source_name: T,
    /// A file, relative to the content file, that the paragraphs must reproduce exactly.
    pub source_file: Option<Text>,
    /// The article's paragraphs, verbatim.
    pub paragraphs: Spanned<Vec<Text>>,
}

/// A `[[not_figures]]` entry: a number of the text that is deliberately not a figure (a
/// duration inside a period, a count the timeline already shows…), and why.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawNotFigure<T> {
    /// The words of the text that hold the number, found exactly once.
    pub quote: T,
    /// Why it is not a figure.
    pub reason: T,
}

/// A stated figure's value: a number (`50000`, `-20`), or a fraction (`"1/3"`) for a share the
/// text writes in words.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum RawValue {
    /// A number, as written.
    Number(f64),
    /// A fraction, numerator and denominator; `None` when the string is not one.
    Fraction(Option<(u8, u8)>),
}

impl<'de> Deserialize<'de> for RawValue {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct ValueVisitor;
        impl Visitor<'_> for ValueVisitor {
            type Value = RawValue;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a number (`50000`, `-20`, `12.5`) or a fraction in quotes (`\"1/3\"`)")
            }
            fn visit_i64<E: de::Error>(self, value: i64) -> Result<RawValue, E> {
                Ok(RawValue::Number(value as f64))
            }
            fn visit_u64<E: de::Error>(self, value: u64) -> Result<RawValue, E> {
                Ok(RawValue::Number(value as f64))
            }
            fn visit_f64<E: de::Error>(self, value: f64) -> Result<RawValue, E> {
                Ok(RawValue::Number(value))
            }
            fn visit_str<E: de::Error>(self, text: &str) -> Result<RawValue, E> {
                let fraction = text.split_once('/').and_then(|(n, d)| {
                    let (n, d) = (n.trim().parse::<u8>().ok()?, d.trim().parse::<u8>().ok()?);
                    (n > 0 && n < d).then_some((n, d))
                });
                Ok(RawValue::Fraction(fraction))
            }
        }
        deserializer.deserialize_any(ValueVisitor)
    }
}

/// A `[[figures]]` entry: a stated figure (value, unit, qualifier, quote) or a computed one (formula).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawFigure<T> {
    /// Its id (lower-case words and hyphens), also its link.
    pub id: Text,
    /// What is counted; no number.
    pub label: T,
    /// A stated figure has a value and the quote it comes from...
    pub value: Option<Spanned<RawValue>>,
    /// One of the units' names.
    pub unit: Option<Text>,
    /// One of the qualifiers' names; it must agree with the quote's words.
    pub qualifier: Option<Text>,
    /// The words of the text that state it, found exactly once.
    pub quote: Option<T>,
    /// ...a computed one has a formula instead, and its unit and qualifier follow from it.
    pub formula: Option<Text>,
    /// `2018`, `2014..2017`, `2014..` (from 2014 to the statement's date), a duration
    /// (`P5Y`, or `2025/P4Y` from a start), `since` (from a start the text names without a
    /// date, in `period_quote`), or `unspecified`.
    pub period: Text,
    /// Where the text gives the period, if it does; its years must be the period's.
    pub period_quote: Option<T>,
    /// The figure this one is part of.
    pub part_of: Option<Text>,
    /// The figure this percentage is a share of.
    pub share_of: Option<Text>,
    /// One of the changes' names, when the figure is a change (`relative`, `points`,
    /// `absolute`): its value is then signed; `none` when a word of its quote seems to say it
    /// moved and the number is not a change (with a `reason`).
    pub change: Option<Text>,
    /// `target` or `forecast`, when the figure is not yet a fact; `none` when a word of its
    /// quote seems to say so and does not (with a `reason`).
    pub outlook: Option<Text>,
    /// What a change is measured from, when the text names it: `2021`, `2024-Q1`.
    pub base: Option<Text>,
    /// Where the text names the base: `from 2021`, `par rapport à l'an dernier`.
    pub base_quote: Option<T>,
    /// The figure this one details, in another unit (a plan's `dozen towns`): it shares its
    /// outlook.
    pub detail_of: Option<Text>,
    /// Why a word of the quote does not make the figure a change (`change = "none"`) or a plan
    /// (`outlook = "none"`): shown in Sources and method.
    pub reason: Option<T>,
}

/// An `[[events]]` entry.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawEvent<T> {
    /// Its id, also its link.
    pub id: Text,
    /// `YYYY`, `YYYY-Qn`, `YYYY-MM`, or a span `YYYY..YYYY`: the precision is the one written.
    pub date: Text,
    /// `target` or `forecast`: what someone plans or expects, which may come after the statement.
    pub outlook: Option<Text>,
    /// What happened.
    pub label: T,
    /// The words of the text that date it.
    pub quote: T,
    /// The figures it concerns.
    #[serde(default)]
    pub figures: Vec<Text>,
}

/// A `[[charts]]` entry.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawChart<T> {
    /// Its id: its embed's path and its files' names.
    pub id: Text,
    /// One of the chart kinds' names.
    pub kind: Text,
    /// Its title.
    pub title: T,
    /// The one sentence a reader should take away.
    pub takeaway: T,
    /// Notes under it.
    #[serde(default = "Vec::new")]
    pub notes: Vec<T>,
    /// The figures it shows.
    #[serde(default)]
    pub figures: Vec<Text>,
    /// Notes drawn from the text: each a passage of it, tied to one of the chart's items.
    #[serde(default = "Vec::new")]
    pub annotations: Vec<RawAnnotation<T>>,
}

/// An entry of a chart's `annotations`: `{ on = "returns-2018", quote = "…" }`, and how it is
/// drawn if not as a callout (`kind = "line"` or `"span"`).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawAnnotation<T> {
    /// The figure or event of the chart it is about.
    pub on: Text,
    /// How it is drawn: `callout` (the default), `line` or `span`.
    #[serde(default)]
    pub kind: Option<Text>,
    /// The passage of the text it shows, as the text writes it (in each language).
    pub quote: T,
}
