//! The content file as an editor writes it: TOML, read with serde, every field that a message may
//! point at kept with its place in the file. Nothing here is checked beyond its TOML type;
//! `validate` does the checking.

use serde::Deserialize;
use toml::Spanned;

pub type Text = Spanned<String>;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawContent {
    pub article: RawArticle,
    #[serde(default)]
    pub figures: Vec<RawFigure>,
    #[serde(default)]
    pub events: Vec<RawEvent>,
    #[serde(default)]
    pub charts: Vec<RawChart>,
    #[serde(default)]
    pub method: RawMethod,
    #[serde(default)]
    pub corrections: Vec<RawCorrection>,
}

/// How the explainer was made, for its "Sources and method" section.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawMethod {
    /// What the explainer deliberately does not show, and why.
    #[serde(default)]
    pub not_shown: Vec<Text>,
}

/// One entry of the corrections log: when (`YYYY-MM-DD`) and what changed.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawCorrection {
    pub date: Text,
    pub text: Text,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawArticle {
    pub title: Text,
    pub kicker: Text,
    pub standfirst: Text,
    /// `YYYY-MM`: when the statement was made; nothing may happen after it.
    pub date: Text,
    pub language: Text,
    pub attribution: Text,
    pub source_name: Text,
    /// A file, relative to the content file, that the paragraphs must reproduce exactly.
    pub source_file: Option<Text>,
    pub paragraphs: Spanned<Vec<Text>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawFigure {
    pub id: Text,
    pub label: Text,
    /// A stated figure has a value and the quote it comes from...
    pub value: Option<Spanned<f64>>,
    pub unit: Option<Text>,
    pub qualifier: Option<Text>,
    pub quote: Option<Text>,
    /// ...a computed one has a formula instead, and its unit and qualifier follow from it.
    pub formula: Option<Text>,
    /// `2018`, `2014..2017`, or `2014..` (from 2014 to the statement's date).
    pub period: Text,
    /// Where the text gives the period, if it does; its years must be the period's.
    pub period_quote: Option<Text>,
    pub part_of: Option<Text>,
    pub share_of: Option<Text>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawEvent {
    pub id: Text,
    /// `YYYY` or `YYYY-MM`: the precision is the one written.
    pub date: Text,
    pub label: Text,
    pub quote: Text,
    #[serde(default)]
    pub figures: Vec<Text>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawChart {
    pub id: Text,
    pub kind: Text,
    pub title: Text,
    pub takeaway: Text,
    #[serde(default)]
    pub notes: Vec<Text>,
    #[serde(default)]
    pub figures: Vec<Text>,
}
