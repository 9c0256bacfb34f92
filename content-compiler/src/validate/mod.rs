//! Checks a content file and resolves it into a [`Story`]. Every fault is reported, not just the
//! first, each with the file, the line, what it concerns (`figure `returns-2018``) and what is
//! wrong, so that an editor can fix a file in one pass.
//!
//! What is checked, in the order a reader of the code meets it: the TOML itself; the article's
//! date, language and paragraphs (verbatim against the source file when one is named); ids;
//! figures (quote found once, value read back from it, qualifier agreeing with its words, unit,
//! percentages, period); events (quote, date, order); computed figures (formula, units, qualifier,
//! cycles); relations (part of, share of); every number in the text accounted for; editorial text
//! (no number typed by hand); charts (the figures each kind needs); every figure in a visual.
//!
//! One concern per file: `translations` (the file per language, and the languages against each
//! other), `article` (paragraphs, ids, dates, quotes, every number accounted for), `figures`
//! (stated figures), `computed` (formulas and relations), `events`, `editorial` (editorial text
//! and charts). This file holds what they share and runs them in order (`check`).

mod article;
mod computed;
mod editorial;
mod events;
mod figures;
mod translations;
mod units;

use std::collections::HashMap;
use std::fmt;
use std::ops::Range;

use toml::Spanned;

use vocabulary::{Digits, Named, Status, NOTES};

use crate::numbers::{find_numbers, NumberToken};
use crate::raw::{LText, Localized, Text};

// The checks work on the file projected onto one language (see `project`).
type RawContent = crate::raw::RawContent<Text>;
type RawFigure = crate::raw::RawFigure<Text>;
type RawEvent = crate::raw::RawEvent<Text>;
type RawChart = crate::raw::RawChart<Text>;
type RawNotFigure = crate::raw::RawNotFigure<Text>;
use crate::story::*;
use crate::text::{closest_passage, contains_phrase, difference, find_quote_in, sentences};
use article::*;

pub use article::split_source;
pub(crate) use computed::combine_qualifiers;

/// One fault in a content file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// The content file.
    pub file: String,
    /// The line of the fault, from 1.
    pub line: usize,
    /// What the fault concerns, e.g. "figure `returns-2018`"; empty for the file as a whole.
    pub subject: String,
    /// What is wrong, and how to fix it where that can be said.
    pub message: String,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.subject.is_empty() {
            write!(f, "{}:{}: {}", self.file, self.line, self.message)
        } else {
            write!(f, "{}:{}: {}: {}", self.file, self.line, self.subject, self.message)
        }
    }
}

/// Reads the file that an article's `source_file` names, relative to the content file.
pub type SourceLoader<'a> = &'a dyn Fn(&str) -> Result<String, String>;

/// The digits a language may be written in, by the name the content file gives them (CLDR's
/// numbering systems, those its pack lists): Arabic in Western digits (`latn`, the default) or
/// Arabic-Indic (`arab`).
fn digits_of(lang: Lang) -> impl Iterator<Item = Digits> {
    lang.numbers().systems.iter().map(|symbols| symbols.digits)
}

impl Checker {
    /// `digits = { ar = "arab" }`: the pages of that language write the numbers they make in
    /// those digits (the text keeps its own, verbatim).
    fn apply_digits(&mut self, raw: &crate::raw::RawContent<LText>, stories: &mut [Story]) {
        let Some(digits) = &raw.article.digits else { return };
        let line = self.line(digits);
        for (code, name) in digits.get_ref() {
            let Some(story) = stories.iter_mut().find(|s| s.meta.language.code() == code) else {
                self.report(line, "article digits", format!("`{code}` is not one of the file's languages"));
                continue;
            };
            let lang = story.meta.language;
            match digits_of(lang).find(|digits| digits.name() == name) {
                Some(digits) => story.meta.language = Lang { digits, ..lang },
                None => {
                    let choices: Vec<String> = digits_of(lang).map(|d| format!("`{}`", d.name())).collect();
                    let message = if choices.len() < 2 {
                        format!(
                            "`{code}` is written in {} digits only: `digits` has nothing to choose",
                            choices.join("")
                        )
                    } else {
                        format!("`{name}` is not a way of writing `{code}`'s digits: use {}", choices.join(" or "))
                    };
                    self.report(line, "article digits", message);
                }
            }
        }
    }
}

/// Checks `toml_text` (the content of `file_name`) and returns the story it describes in each of
/// its languages, the original first, or every fault found.
///
/// The file is projected onto each language (its own paragraphs, labels and quotes; the same
/// figures, events and charts) and every check runs on each projection: a translation's quotes
/// must be found in the translated text, and its numbers read back in its own number style.
pub fn validate(file_name: &str, toml_text: &str, load_source: SourceLoader) -> Result<Vec<Story>, Vec<Diagnostic>> {
    read(file_name, toml_text, load_source).result
}

/// A content file checked, and what accounts for each number of its original text: what an
/// editor needs to see beside the text.
pub struct Checked {
    /// The story in each language, or every fault found.
    pub result: Result<Vec<Story>, Vec<Diagnostic>>,
    /// Every number of the original text, in order, with what accounts for it (empty when the
    /// file cannot be read as a content file at all).
    pub numbers: Vec<TextNumber>,
}

/// A number of the article's original text as the checks read it.
#[derive(Debug, Clone, PartialEq)]
pub struct TextNumber {
    /// Its paragraph, from 0.
    pub paragraph: usize,
    /// Where it stands in the paragraph, in bytes.
    pub range: Range<usize>,
    /// What accounts for it.
    pub claim: NumberClaim,
}

/// What accounts for a number of the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NumberClaim {
    /// The value of the figure with this id.
    Figure(String),
    /// A year of the figure's period.
    Period(String),
    /// The date of the event with this id.
    Event(String),
    /// The `[[not_figures]]` entry at this place in the file, from 0.
    NotAFigure(usize),
    /// An item meant to account for it, but was refused: its own fault says why.
    Refused,
    /// Nothing: a fault.
    Unaccounted,
}

/// Checks `toml_text` as [`validate`] does, and says what accounts for each number of its text.
pub fn read(file_name: &str, toml_text: &str, load_source: SourceLoader) -> Checked {
    let mut numbers = Vec::new();
    let result = check_all(file_name, toml_text, load_source, &mut numbers);
    Checked { result, numbers }
}

fn check_all(
    file_name: &str,
    toml_text: &str,
    load_source: SourceLoader,
    numbers: &mut Vec<TextNumber>,
) -> Result<Vec<Story>, Vec<Diagnostic>> {
    let mut checker = Checker::new(file_name, toml_text);
    let raw: crate::raw::RawContent<LText> = match toml::from_str(toml_text) {
        Ok(raw) => raw,
        Err(error) => {
            let line = error.span().map_or(1, |span| checker.line_of(span.start));
            checker.report(line, "", error.message().to_string());
            return Err(checker.diagnostics);
        }
    };
    let status = match &raw.article.status {
        Some(status) => checker.named::<Status>(status, "article", "status"),
        None => Some(Status::Published),
    };
    if status == Some(Status::Published) {
        for line in crate::raw::check_marks(toml_text) {
            checker.report(line, "", "a `# check:` mark is left, and only a draft may hold one: review the guess it marks, correct it if need be and remove the mark, or keep `status = \"draft\"` in `[article]`");
        }
    }
    let original = raw.article.language.get_ref().clone();
    let languages: Vec<String> =
        std::iter::once(original).chain(raw.article.translations.iter().map(|l| l.get_ref().clone())).collect();
    for (language, translation) in &raw.translation {
        if !languages[1..].contains(language) {
            let line = checker.line(&translation.paragraphs);
            checker.report(
                line,
                "translation",
                format!("`[translation.{language}]` is not declared in the article's `translations`"),
            );
        }
    }
    let mut stories = Vec::new();
    for (index, language) in languages.iter().enumerate() {
        let Some(projected) = checker.project(&raw, &languages, index) else { continue };
        let mut per_language = Checker::new(file_name, toml_text);
        let no_source: SourceLoader = &|_| Err("only the original has a source file".to_string());
        let story = per_language.check(projected, if index == 0 { load_source } else { no_source });
        if index == 0 {
            *numbers = std::mem::take(&mut per_language.numbers);
        }
        // A translation's faults say which language they are in.
        for mut diagnostic in per_language.diagnostics {
            if index > 0 {
                diagnostic.subject = format!("({language}) {}", diagnostic.subject);
            }
            checker.diagnostics.push(diagnostic);
        }
        stories.extend(story);
    }
    if checker.diagnostics.is_empty() && stories.len() == languages.len() {
        checker.check_translations_align(&raw, &stories);
        translations::align_computed(&mut stories);
        checker.apply_digits(&raw, &mut stories);
    }
    if checker.diagnostics.is_empty() && stories.len() == languages.len() {
        let version = crate::version_of(toml_text);
        let languages: Vec<Lang> = stories.iter().map(|story| story.meta.language).collect();
        for story in &mut stories {
            story.meta.languages.clone_from(&languages);
            story.meta.draft = status == Some(Status::Draft);
            story.meta.listed = !story.meta.draft && raw.article.listed.as_ref().is_none_or(|listed| *listed.get_ref());
            story.version.clone_from(&version);
        }
        Ok(stories)
    } else {
        Err(checker.diagnostics)
    }
}

struct Checker {
    file: String,
    /// Where each line of the file after the first starts: a fault's line, found quickly.
    line_starts: Vec<usize>,
    diagnostics: Vec<Diagnostic>,
    /// The language of the text being checked: how its words are read.
    style: Lang,
    /// What accounts for each number of the text, once checked.
    numbers: Vec<TextNumber>,
}

/// What a number in the text is accounted for by.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Claim {
    FigureValue(usize),
    FigurePeriod(usize),
    EventDate(usize),
    /// A `[[not_figures]]` entry (by its place in the file): a number the editor says is not a
    /// figure, and why.
    NotAFigure(usize),
    /// An item that meant to account for this number was refused: its own fault says why, and
    /// the number is not reported again as unaccounted for.
    Refused,
}

/// A number of the article: which paragraph, which token in it.
type TokenRef = (usize, usize);

/// The article's paragraphs with the numbers found in each.
struct ArticleText {
    /// The language the text is in.
    style: Lang,
    paragraphs: Vec<String>,
    /// Each paragraph as quotes are looked for in it.
    normalised: Vec<crate::text::Normalised>,
    paragraph_lines: Vec<usize>,
    numbers: Vec<Vec<NumberToken>>,
    claims: HashMap<TokenRef, Vec<Claim>>,
}

/// What accounts for each number of `text`, by the ids of `raw`'s items.
fn text_numbers(text: &ArticleText, raw: &RawContent) -> Vec<TextNumber> {
    let figure = |i: usize| raw.figures.get(i).map_or_else(String::new, |f| f.id.get_ref().clone());
    let mut numbers = Vec::new();
    for (paragraph, tokens) in text.numbers.iter().enumerate() {
        for (index, token) in tokens.iter().enumerate() {
            let claims = text.claims.get(&(paragraph, index)).map_or(&[][..], Vec::as_slice);
            // The claim that says most: a value, an event, a period, then the others.
            let claim = claims
                .iter()
                .find_map(|claim| match *claim {
                    Claim::FigureValue(i) => Some(NumberClaim::Figure(figure(i))),
                    Claim::EventDate(i) => {
                        Some(NumberClaim::Event(raw.events.get(i).map_or_else(String::new, |e| e.id.get_ref().clone())))
                    }
                    _ => None,
                })
                .or_else(|| {
                    claims.iter().find_map(|claim| match *claim {
                        Claim::FigurePeriod(i) => Some(NumberClaim::Period(figure(i))),
                        Claim::NotAFigure(entry) => Some(NumberClaim::NotAFigure(entry)),
                        Claim::Refused => Some(NumberClaim::Refused),
                        _ => None,
                    })
                })
                .unwrap_or(NumberClaim::Unaccounted);
            numbers.push(TextNumber { paragraph, range: token.start..token.end, claim });
        }
    }
    numbers
}

/// The figure each figure is part of, a share of or a detail of (`part_of`, `share_of`,
/// `detail_of`), by index.
fn wholes_of(raws: &[RawFigure], index: &HashMap<&str, usize>) -> Vec<Option<usize>> {
    raws.iter()
        .map(|raw| {
            [&raw.part_of, &raw.share_of, &raw.detail_of]
                .into_iter()
                .flatten()
                .find_map(|id| index.get(id.get_ref().as_str()).copied())
        })
        .collect()
}

/// The plan each figure belongs to, by index: itself when it has an `outlook`, else the first
/// figure with one up the chain of its wholes. A figure the file says is a fact (`outlook =
/// "none"`) belongs to none, and neither do its own parts.
fn plans_of(raws: &[RawFigure], wholes: &[Option<usize>]) -> Vec<Option<usize>> {
    let said = |i: usize| raws[i].outlook.as_ref().map(|o| o.get_ref().trim());
    (0..raws.len())
        .map(|i| {
            let mut at = i;
            // At most as many steps as figures: a cycle has its own fault.
            for _ in 0..raws.len() {
                match said(at) {
                    Some("none") => return None,
                    Some(outlook) if Outlook::parse(outlook).is_some() => return Some(at),
                    _ => at = wholes[at]?,
                }
            }
            None
        })
        .collect()
}

/// A reference to `name` that names nothing: says so, and suggests the id it most likely
/// means (`: did you mean `boats`?`) when one is close.
fn not_a(kind: &str, field: &str, name: &str, ids: &HashMap<&str, usize>) -> String {
    format!("{field} names `{name}`, which is not {kind}{}", did_you_mean(name, ids.keys().copied()))
}

/// `: did you mean `boats`?` when one of `ids` is a likely misspelling of `name`; else nothing.
fn did_you_mean<'a>(name: &str, ids: impl Iterator<Item = &'a str>) -> String {
    ids.map(|id| (crate::text::edit_distance(id, name), id))
        .filter(|(distance, id)| *distance <= 2.max(id.len() / 4))
        .min()
        .map(|(_, id)| format!(": did you mean `{id}`?"))
        .unwrap_or_default()
}

impl Checker {
    /// The figures a list of ids names, by index; each id that names none is reported.
    fn resolve_figures(&mut self, ids: &[Text], index: &HashMap<&str, usize>, subject: &str) -> Vec<usize> {
        let mut resolved = Vec::with_capacity(ids.len());
        for id in ids {
            match index.get(id.get_ref().as_str()) {
                Some(&figure) => resolved.push(figure),
                None => {
                    let line = self.line(id);
                    self.report(line, subject, not_a("a figure", "figures", id.get_ref(), index));
                }
            }
        }
        resolved
    }
}

impl ArticleText {
    /// Marks the numbers of `place` as meant for a refused item (see [`Claim::Refused`]).
    fn refuse(&mut self, place: &Found) {
        for (index, token) in self.numbers[place.paragraph].iter().enumerate() {
            if token.start >= place.range.start && token.end <= place.range.end {
                self.claims.entry((place.paragraph, index)).or_default().push(Claim::Refused);
            }
        }
    }
}

/// Where a quote was found: its paragraph and range in it.
struct Found {
    paragraph: usize,
    range: Range<usize>,
}

impl Checker {
    fn new(file: &str, toml_text: &str) -> Self {
        Checker {
            file: file.to_string(),
            line_starts: toml_text.match_indices('\n').map(|(at, _)| at + 1).collect(),
            diagnostics: Vec::new(),
            style: Lang::default(),
            numbers: Vec::new(),
        }
    }

    /// The value a name stands for in `field`, or a fault that lists the names allowed.
    fn named<T: Named>(&mut self, text: &Text, subject: &str, field: &str) -> Option<T> {
        let value = T::parse(text.get_ref().trim());
        if value.is_none() {
            let line = self.line(text);
            self.report(line, subject, format!("{field} `{}` is not one of: {}", text.get_ref(), T::names_listed()));
        }
        value
    }

    fn line_of(&self, offset: usize) -> usize {
        // The lines that start at or before `offset`, the first included.
        self.line_starts.partition_point(|&start| start <= offset) + 1
    }

    fn line<T>(&self, spanned: &Spanned<T>) -> usize {
        self.line_of(spanned.span().start)
    }

    fn report(&mut self, line: usize, subject: &str, message: impl Into<String>) {
        self.diagnostics.push(Diagnostic {
            file: self.file.clone(),
            line,
            subject: subject.to_string(),
            message: message.into(),
        });
    }

    fn check(&mut self, raw: RawContent, load_source: SourceLoader) -> Option<Story> {
        let article = &raw.article;
        let language = article.language.get_ref().clone();
        // A language by its code: how it writes its digits is `digits`' to say.
        let style = Lang::parse(&language).filter(|lang| lang.code() == language).or_else(|| {
            let line = self.line(&article.language);
            let supported = Lang::all().map(|l| format!("`{}`", l.code())).collect::<Vec<_>>().join(", ");
            self.report(line, "article", format!("language `{language}` is not supported: use one of {supported}"));
            None
        });
        self.style = style.unwrap_or_default();
        let statement_date = self.parse_date(&article.date, "article", true);
        let text = self.check_paragraphs(&raw, style.unwrap_or_default(), load_source);
        self.check_ids(&raw);

        let figure_index: HashMap<&str, usize> =
            raw.figures.iter().enumerate().map(|(i, f)| (f.id.get_ref().as_str(), i)).collect();
        let mut text = text;
        let statement = statement_date.unwrap_or(Date::month(u16::MAX, 12));

        let units = self.check_units(&raw);
        let wholes = wholes_of(&raw.figures, &figure_index);
        let plans = plans_of(&raw.figures, &wholes);
        let own_outlook = |i: usize| raw.figures[i].outlook.as_ref().and_then(|o| Outlook::parse(o.get_ref().trim()));
        // What each figure would take from its whole's plan, whatever it says itself.
        let inherited: Vec<Option<Outlook>> =
            wholes.iter().map(|whole| whole.and_then(|w| plans[w]).and_then(own_outlook)).collect();
        let mut same_period = Vec::new();
        let mut figures: Vec<Option<Figure>> = raw
            .figures
            .iter()
            .enumerate()
            .map(|(i, f)| self.check_figure(i, f, &mut text, style, statement, &units, inherited[i], &mut same_period))
            .collect();
        self.compute_figures(&raw.figures, &figure_index, &plans, &mut figures);
        self.check_relations(&raw.figures, &figure_index, &mut figures);
        self.check_same_periods(&raw.figures, &figures, &text, &same_period);
        for (raw, figure) in raw.figures.iter().zip(&mut figures) {
            if let Some(reason) = &raw.reason {
                let subject = format!("figure `{}` reason", raw.id.get_ref());
                let parsed = self.parse_editorial(reason, &subject, &figure_index);
                if reason.get_ref().trim().is_empty() {
                    let line = self.line(reason);
                    self.report(line, &subject, "the reason is empty");
                }
                if let Some(figure) = figure {
                    figure.reason = parsed;
                }
            }
        }
        let events: Vec<Option<Event>> = raw
            .events
            .iter()
            .enumerate()
            .map(|(i, e)| self.check_event(i, e, &mut text, &figure_index, statement, style.unwrap_or_default()))
            .collect();
        self.check_event_order(&raw.events, &events);
        let not_figure_quotes = self.check_not_figures(&raw.not_figures, &mut text, style.unwrap_or_default());
        self.check_every_number_is_claimed(&text);
        self.numbers = text_numbers(&text, &raw);

        let figures: Vec<Figure> = figures.into_iter().collect::<Option<_>>()?;
        let events: Vec<Event> = events.into_iter().collect::<Option<_>>()?;
        let charts: Vec<Chart> = raw
            .charts
            .iter()
            .filter_map(|c| self.check_chart(c, &figure_index, &figures, &events, &mut text))
            .collect();
        self.check_every_figure_is_shown(&raw.figures, &raw.charts);
        let editorial =
            |checker: &mut Self, text: &Text, subject: &str| checker.parse_editorial(text, subject, &figure_index);
        let meta = Meta {
            // Set by `compile_file`, which knows the file's name.
            slug: String::new(),
            title: editorial(self, &article.title, "article title"),
            kicker: editorial(self, &article.kicker, "article kicker"),
            standfirst: editorial(self, &article.standfirst, "article standfirst"),
            date: statement,
            language: style.unwrap_or_default(),
            // Set once for every language by `validate`.
            languages: Vec::new(),
            attribution: editorial(self, &article.attribution, "article attribution"),
            source_name: article.source_name.get_ref().clone(),
            // Set once for every language by `validate`.
            draft: false,
            listed: false,
        };
        let not_shown =
            raw.method.not_shown.iter().map(|t| self.parse_editorial(t, "method not_shown", &figure_index)).collect();
        let corrections = self.check_corrections(&raw.corrections, &figure_index);
        let not_figures = raw
            .not_figures
            .iter()
            .zip(not_figure_quotes)
            .map(|(n, quote)| NotAFigure {
                quote,
                reason: self.parse_editorial(&n.reason, "not_figures reason", &figure_index),
            })
            .collect();
        let paragraphs = build_paragraphs(&text);
        Some(Story {
            version: String::new(),
            meta,
            units,
            paragraphs,
            figures,
            events,
            charts,
            not_shown,
            not_figures,
            corrections,
        })
    }
}
