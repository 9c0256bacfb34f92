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

use std::collections::HashMap;
use std::fmt;
use std::ops::Range;

use toml::Spanned;

use crate::numbers::{find_numbers, NumberStyle, NumberToken};
use crate::raw::{LText, Localized, Text};

// The checks work on the file projected onto one language (see `project`).
type RawContent = crate::raw::RawContent<Text>;
type RawFigure = crate::raw::RawFigure<Text>;
type RawEvent = crate::raw::RawEvent<Text>;
type RawChart = crate::raw::RawChart<Text>;
use crate::story::*;
use crate::text::{contains_phrase, find_quote, sentences};

/// One fault in a content file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub file: String,
    pub line: usize,
    /// What the fault concerns, e.g. "figure `returns-2018`"; empty for the file as a whole.
    pub subject: String,
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

/// Checks `toml_text` (the content of `file_name`) and returns the story it describes in each of
/// its languages, the original first, or every fault found.
///
/// The file is projected onto each language (its own paragraphs, labels and quotes; the same
/// figures, events and charts) and every check runs on each projection: a translation's quotes
/// must be found in the translated text, and its numbers read back in its own number style.
pub fn validate(file_name: &str, toml_text: &str, load_source: SourceLoader) -> Result<Vec<Story>, Vec<Diagnostic>> {
    let mut checker = Checker { file: file_name.to_string(), toml_text, diagnostics: Vec::new() };
    let raw: crate::raw::RawContent<LText> = match toml::from_str(toml_text) {
        Ok(raw) => raw,
        Err(error) => {
            let line = error.span().map_or(1, |span| checker.line_of(span.start));
            checker.report(line, "", error.message().to_string());
            return Err(checker.diagnostics);
        }
    };
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
        let mut per_language = Checker { file: file_name.to_string(), toml_text, diagnostics: Vec::new() };
        let no_source: SourceLoader = &|_| Err("only the original has a source file".to_string());
        let story = per_language.check(projected, if index == 0 { load_source } else { no_source });
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
    }
    if checker.diagnostics.is_empty() && stories.len() == languages.len() {
        Ok(stories)
    } else {
        Err(checker.diagnostics)
    }
}

struct Checker<'a> {
    file: String,
    toml_text: &'a str,
    diagnostics: Vec<Diagnostic>,
}

/// What a number in the text is accounted for by.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Claim {
    FigureValue(usize),
    FigurePeriod(usize),
    EventDate(usize),
}

/// A number of the article: which paragraph, which token in it.
type TokenRef = (usize, usize);

/// The article's paragraphs with the numbers found in each.
struct ArticleText {
    paragraphs: Vec<String>,
    paragraph_lines: Vec<usize>,
    numbers: Vec<Vec<NumberToken>>,
    claims: HashMap<TokenRef, Vec<Claim>>,
}

/// Where a quote was found: its paragraph and range in it.
struct Found {
    paragraph: usize,
    range: Range<usize>,
}

impl<'a> Checker<'a> {
    fn line_of(&self, offset: usize) -> usize {
        self.toml_text[..offset.min(self.toml_text.len())].matches('\n').count() + 1
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

    /// The file as the single-language checks see it in `languages[index]`: that language's
    /// texts (every translatable text must give it), its paragraphs, and no source file for a
    /// translation. `None`, with the faults reported, when a text is missing.
    fn project(
        &mut self,
        raw: &crate::raw::RawContent<LText>,
        languages: &[String],
        index: usize,
    ) -> Option<RawContent> {
        use crate::raw::{RawArticle, RawCorrection, RawMethod};
        let language = &languages[index];
        let faults_before = self.diagnostics.len();
        let pick = |checker: &mut Self, text: &LText, subject: &str| -> Text {
            let span = text.span();
            let chosen = match text.get_ref() {
                Localized::Plain(plain) if languages.len() == 1 => Some(plain.clone()),
                Localized::Plain(_) => {
                    if index == 0 {
                        let line = checker.line_of(span.start);
                        checker.report(
                            line,
                            subject,
                            format!(
                                "the file is in {}: give this text in each, as `{{ {} = \"…\" }}`",
                                languages.join(", "),
                                languages.join(" = \"…\", ")
                            ),
                        );
                    }
                    None
                }
                Localized::ByLanguage(texts) => {
                    if index == 0 {
                        for (other, _) in texts.iter().filter(|(l, _)| !languages.contains(l)) {
                            let line = checker.line_of(span.start);
                            checker.report(
                                line,
                                subject,
                                format!("`{other}` is not one of the file's languages ({})", languages.join(", ")),
                            );
                        }
                    }
                    let found = texts.iter().find(|(l, _)| l == language).map(|(_, t)| t.clone());
                    if found.is_none() {
                        let line = checker.line_of(span.start);
                        checker.report(line, subject, format!("no `{language}` text"));
                    }
                    found
                }
            };
            Spanned::new(span, chosen.unwrap_or_default())
        };
        let article = &raw.article;
        let paragraphs = if index == 0 {
            article.paragraphs.clone()
        } else {
            match raw.translation.get(language) {
                Some(translation) => translation.paragraphs.clone(),
                None => {
                    let line = self.line(&article.language);
                    self.report(line, "article", format!("`{language}` is in `translations` but the file has no `[translation.{language}]` paragraphs"));
                    return None;
                }
            }
        };
        if index > 0 && paragraphs.get_ref().len() != article.paragraphs.get_ref().len() {
            let line = self.line(&paragraphs);
            self.report(line, "translation", format!("the `{language}` translation has {} paragraphs but the original has {}: translate paragraph by paragraph", paragraphs.get_ref().len(), article.paragraphs.get_ref().len()));
        }
        let projected = RawContent {
            article: RawArticle {
                title: pick(self, &article.title, "article title"),
                kicker: pick(self, &article.kicker, "article kicker"),
                standfirst: pick(self, &article.standfirst, "article standfirst"),
                date: article.date.clone(),
                language: Spanned::new(article.language.span(), language.clone()),
                translations: Vec::new(),
                attribution: pick(self, &article.attribution, "article attribution"),
                source_name: pick(self, &article.source_name, "article source_name"),
                source_file: if index == 0 { article.source_file.clone() } else { None },
                paragraphs,
            },
            translation: Default::default(),
            figures: raw
                .figures
                .iter()
                .map(|f| {
                    let subject = format!("figure `{}`", f.id.get_ref());
                    RawFigure {
                        id: f.id.clone(),
                        label: pick(self, &f.label, &subject),
                        value: f.value.clone(),
                        unit: f.unit.clone(),
                        qualifier: f.qualifier.clone(),
                        quote: f.quote.as_ref().map(|q| pick(self, q, &subject)),
                        formula: f.formula.clone(),
                        period: f.period.clone(),
                        period_quote: f.period_quote.as_ref().map(|q| pick(self, q, &subject)),
                        part_of: f.part_of.clone(),
                        share_of: f.share_of.clone(),
                    }
                })
                .collect(),
            events: raw
                .events
                .iter()
                .map(|e| {
                    let subject = format!("event `{}`", e.id.get_ref());
                    RawEvent {
                        id: e.id.clone(),
                        date: e.date.clone(),
                        label: pick(self, &e.label, &subject),
                        quote: pick(self, &e.quote, &subject),
                        figures: e.figures.clone(),
                    }
                })
                .collect(),
            charts: raw
                .charts
                .iter()
                .map(|c| {
                    let subject = format!("chart `{}`", c.id.get_ref());
                    RawChart {
                        id: c.id.clone(),
                        kind: c.kind.clone(),
                        title: pick(self, &c.title, &subject),
                        takeaway: pick(self, &c.takeaway, &subject),
                        notes: c.notes.iter().map(|n| pick(self, n, &subject)).collect(),
                        figures: c.figures.clone(),
                    }
                })
                .collect(),
            method: RawMethod {
                not_shown: raw.method.not_shown.iter().map(|n| pick(self, n, "method not_shown")).collect(),
            },
            corrections: raw
                .corrections
                .iter()
                .map(|c| RawCorrection { date: c.date.clone(), text: pick(self, &c.text, "correction") })
                .collect(),
        };
        // Missing texts are reported once, from the original's projection; a translation whose
        // texts are missing is not checked further.
        (self.diagnostics.len() == faults_before).then_some(projected)
    }

    /// The languages must agree on where things are: a figure quoted in a paragraph is quoted
    /// in the same paragraph of each translation, so that visuals sit beside the same text.
    fn check_translations_align(&mut self, raw: &crate::raw::RawContent<LText>, stories: &[Story]) {
        let (original, translations) = stories.split_first().expect("at least the original");
        for story in translations {
            for (i, (a, b)) in original.figures.iter().zip(&story.figures).enumerate() {
                if let (Origin::Stated { paragraph: pa, .. }, Origin::Stated { paragraph: pb, .. }) =
                    (&a.origin, &b.origin)
                {
                    if pa != pb {
                        let line = self.line(&raw.figures[i].id);
                        self.report(
                            line,
                            &format!("figure `{}`", a.id),
                            format!(
                                "quoted in paragraph {} of the original but paragraph {} of the `{}` translation",
                                pa + 1,
                                pb + 1,
                                story.meta.language
                            ),
                        );
                    }
                }
            }
            for (i, (a, b)) in original.events.iter().zip(&story.events).enumerate() {
                if a.paragraph != b.paragraph {
                    let line = self.line(&raw.events[i].id);
                    self.report(
                        line,
                        &format!("event `{}`", a.id),
                        format!(
                            "quoted in paragraph {} of the original but paragraph {} of the `{}` translation",
                            a.paragraph + 1,
                            b.paragraph + 1,
                            story.meta.language
                        ),
                    );
                }
            }
        }
    }

    fn check(&mut self, raw: RawContent, load_source: SourceLoader) -> Option<Story> {
        let article = &raw.article;
        let language = article.language.get_ref().clone();
        let style = NumberStyle::for_language(&language).or_else(|| {
            let line = self.line(&article.language);
            self.report(line, "article", format!("language `{language}` is not supported: use `fr` or `en`"));
            None
        });
        let statement_date = self.parse_date(&article.date, "article", true);
        let text = self.check_paragraphs(&raw, style.unwrap_or(NumberStyle::French), load_source);
        self.check_ids(&raw);

        let figure_index: HashMap<&str, usize> =
            raw.figures.iter().enumerate().map(|(i, f)| (f.id.get_ref().as_str(), i)).collect();
        let mut text = text;
        let statement = statement_date.unwrap_or(Date { year: u16::MAX, month: Some(12) });

        let mut figures: Vec<Option<Figure>> =
            raw.figures.iter().enumerate().map(|(i, f)| self.check_figure(i, f, &mut text, style, statement)).collect();
        self.compute_figures(&raw.figures, &figure_index, &mut figures);
        self.check_relations(&raw.figures, &figure_index, &mut figures);
        let events: Vec<Option<Event>> = raw
            .events
            .iter()
            .enumerate()
            .map(|(i, e)| self.check_event(i, e, &mut text, &figure_index, statement))
            .collect();
        self.check_event_order(&raw.events, &events);
        self.check_every_number_is_claimed(&text);

        let figures: Vec<Figure> = figures.into_iter().collect::<Option<_>>()?;
        let events: Vec<Event> = events.into_iter().collect::<Option<_>>()?;
        let charts: Vec<Chart> =
            raw.charts.iter().filter_map(|c| self.check_chart(c, &figure_index, &figures, &events)).collect();
        self.check_every_figure_is_shown(&raw.figures, &charts);
        let editorial =
            |checker: &mut Self, text: &Text, subject: &str| checker.parse_editorial(text, subject, &figure_index);
        let meta = Meta {
            title: editorial(self, &article.title, "article title"),
            kicker: editorial(self, &article.kicker, "article kicker"),
            standfirst: editorial(self, &article.standfirst, "article standfirst"),
            date: statement,
            language,
            attribution: editorial(self, &article.attribution, "article attribution"),
            source_name: article.source_name.get_ref().clone(),
        };
        let not_shown =
            raw.method.not_shown.iter().map(|t| self.parse_editorial(t, "method not_shown", &figure_index)).collect();
        let corrections = self.check_corrections(&raw.corrections, &figure_index);
        let paragraphs = build_paragraphs(&text);
        Some(Story { meta, paragraphs, figures, events, charts, not_shown, corrections })
    }

    // ---- the article ------------------------------------------------------------------------

    fn check_paragraphs(&mut self, raw: &RawContent, style: NumberStyle, load_source: SourceLoader) -> ArticleText {
        let article = &raw.article;
        let paragraphs: Vec<String> =
            article.paragraphs.get_ref().iter().map(|p| p.get_ref().trim().to_string()).collect();
        let paragraph_lines: Vec<usize> = article.paragraphs.get_ref().iter().map(|p| self.line(p)).collect();
        if paragraphs.is_empty() {
            let line = self.line(&article.paragraphs);
            self.report(line, "article", "the article has no paragraphs");
        }
        for (i, paragraph) in paragraphs.iter().enumerate() {
            if paragraph.is_empty() {
                self.report(paragraph_lines[i], &format!("paragraph {}", i + 1), "the paragraph is empty");
            }
        }
        if let Some(source_file) = &article.source_file {
            self.check_verbatim(source_file, &paragraphs, &paragraph_lines, &article.date, load_source);
        }
        let numbers = paragraphs.iter().map(|p| find_numbers(p, style)).collect();
        ArticleText { paragraphs, paragraph_lines, numbers, claims: HashMap::new() }
    }

    /// The paragraphs must be the source's paragraphs, character for character.
    fn check_verbatim(
        &mut self,
        source_file: &Text,
        paragraphs: &[String],
        paragraph_lines: &[usize],
        date: &Text,
        load_source: SourceLoader,
    ) {
        let line = self.line(source_file);
        let source = match load_source(source_file.get_ref()) {
            Ok(source) => source,
            Err(error) => {
                self.report(line, "article source_file", format!("cannot read `{}`: {error}", source_file.get_ref()));
                return;
            }
        };
        let (source_date, source_paragraphs) = split_source(&source);
        if let Some(source_date) = source_date {
            if source_date != *date.get_ref() {
                let line = self.line(date);
                self.report(
                    line,
                    "article",
                    format!("date `{}` differs from the source file's `date {source_date}`", date.get_ref()),
                );
            }
        }
        if source_paragraphs.len() != paragraphs.len() {
            self.report(
                line,
                "article",
                format!(
                    "the source file has {} paragraphs but the article has {}",
                    source_paragraphs.len(),
                    paragraphs.len()
                ),
            );
        }
        for (i, (ours, theirs)) in paragraphs.iter().zip(&source_paragraphs).enumerate() {
            if ours != theirs {
                let at = ours
                    .char_indices()
                    .zip(theirs.chars())
                    .find(|((_, a), b)| a != b)
                    .map_or(ours.len().min(theirs.len()), |((at, _), _)| at);
                let context: String = theirs[floor_char(theirs, at.saturating_sub(20))..].chars().take(50).collect();
                self.report(
                    paragraph_lines[i],
                    &format!("paragraph {}", i + 1),
                    format!("differs from the source file near \"{context}\": the text must be verbatim"),
                );
            }
        }
    }

    fn check_ids(&mut self, raw: &RawContent) {
        let mut seen: HashMap<String, &'static str> = HashMap::new();
        let all = raw
            .figures
            .iter()
            .map(|f| (&f.id, "figure"))
            .chain(raw.events.iter().map(|e| (&e.id, "event")))
            .chain(raw.charts.iter().map(|c| (&c.id, "chart")));
        for (id, kind) in all {
            let line = self.line(id);
            let subject = format!("{kind} `{}`", id.get_ref());
            if !is_well_formed_id(id.get_ref()) {
                self.report(line, &subject, "malformed id: use lower-case letters, digits and single hyphens, starting with a letter (e.g. `returns-2018`)");
            }
            if let Some(previous) = seen.insert(id.get_ref().clone(), kind) {
                self.report(line, &subject, format!("duplicate id: a {previous} already has it (ids name figures, events and charts alike, and appear in links)"));
            }
        }
    }

    fn parse_date(&mut self, text: &Text, subject: &str, needs_month: bool) -> Option<Date> {
        let date = parse_date(text.get_ref());
        let line = self.line(text);
        match date {
            Some(date) if needs_month && date.month.is_none() => {
                self.report(line, subject, format!("date `{}` needs its month: `YYYY-MM`", text.get_ref()));
                None
            }
            Some(date) => Some(date),
            None => {
                self.report(line, subject, format!("malformed date `{}`: use `YYYY` or `YYYY-MM`", text.get_ref()));
                None
            }
        }
    }

    /// Finds a quote in exactly one place of the text.
    fn find_once(&mut self, text: &ArticleText, quote: &Text, subject: &str) -> Option<Found> {
        let mut found = Vec::new();
        for (paragraph, body) in text.paragraphs.iter().enumerate() {
            found.extend(find_quote(body, quote.get_ref()).into_iter().map(|range| Found { paragraph, range }));
        }
        let line = self.line(quote);
        match found.len() {
            1 => found.pop(),
            0 => {
                self.report(line, subject, format!("quote \"{}\" is not in the article text", quote.get_ref()));
                None
            }
            n => {
                let places: Vec<String> = found.iter().map(|f| (f.paragraph + 1).to_string()).collect();
                self.report(
                    line,
                    subject,
                    format!("quote \"{}\" stands {n} times in the text (paragraphs {}): lengthen it so that it names one place", quote.get_ref(), places.join(", ")),
                );
                None
            }
        }
    }

    fn claim(&mut self, text: &mut ArticleText, token: TokenRef, claim: Claim, line: usize, subject: &str) {
        let claims = text.claims.entry(token).or_default();
        let is_mention = |c: &Claim| matches!(c, Claim::FigureValue(_) | Claim::EventDate(_));
        if is_mention(&claim) && claims.iter().any(is_mention) {
            let (paragraph, index) = token;
            let token = &text.numbers[paragraph][index];
            let written = text.paragraphs[paragraph][token.start..token.end].to_string();
            self.report(
                line,
                subject,
                format!(
                    "the number `{written}` in paragraph {} is already the figure or date of another item",
                    paragraph + 1
                ),
            );
            return;
        }
        text.claims.entry(token).or_default().push(claim);
    }

    // ---- figures ----------------------------------------------------------------------------

    fn check_figure(
        &mut self,
        index: usize,
        raw: &RawFigure,
        text: &mut ArticleText,
        style: Option<NumberStyle>,
        statement: Date,
    ) -> Option<Figure> {
        let subject = format!("figure `{}`", raw.id.get_ref());
        let line = self.line(&raw.id);
        self.check_label(&raw.label, &subject);
        let period = self.parse_period(&raw.period, &subject, statement);
        let period_claims = match (&raw.period_quote, period) {
            (Some(quote), Some(period)) => self.check_period_quote(index, quote, period, &raw.period, text, &subject),
            _ => Some(()),
        };

        match (&raw.quote, &raw.formula) {
            (Some(_), Some(formula)) => {
                let line = self.line(formula);
                self.report(
                    line,
                    &subject,
                    "a figure has either a `quote` (stated) or a `formula` (computed), not both",
                );
                return None;
            }
            (None, None) => {
                self.report(
                    line,
                    &subject,
                    "a figure needs a `quote` (stated in the text) or a `formula` (computed from other figures)",
                );
                return None;
            }
            (None, Some(_)) => {
                for (field, present) in [
                    ("value", raw.value.is_some()),
                    ("unit", raw.unit.is_some()),
                    ("qualifier", raw.qualifier.is_some()),
                ] {
                    if present {
                        self.report(
                            line,
                            &subject,
                            format!("a computed figure takes its {field} from its formula: remove `{field}`"),
                        );
                    }
                }
                // Filled in by `compute_figures`.
                return Some(Figure {
                    id: raw.id.get_ref().clone(),
                    label: raw.label.get_ref().clone(),
                    value: f64::NAN,
                    unit: Unit::People,
                    qualifier: Qualifier::Exact,
                    period: period?,
                    origin: Origin::Computed { op: Op::Plus, left: usize::MAX, right: usize::MAX },
                    part_of: None,
                    share_of: None,
                });
            }
            (Some(_), None) => {}
        }
        let quote = raw.quote.as_ref()?;
        let (Some(value), Some(unit_name), Some(qualifier_name)) = (&raw.value, &raw.unit, &raw.qualifier) else {
            let missing: Vec<&str> =
                [("value", raw.value.is_none()), ("unit", raw.unit.is_none()), ("qualifier", raw.qualifier.is_none())]
                    .iter()
                    .filter(|(_, missing)| *missing)
                    .map(|(name, _)| *name)
                    .collect();
            self.report(line, &subject, format!("a stated figure needs {}", missing.join(", ")));
            return None;
        };

        let unit = Unit::parse(unit_name.get_ref());
        if unit.is_none() {
            let names: Vec<&str> = Unit::ALL.iter().map(|(n, _)| *n).collect();
            let line = self.line(unit_name);
            self.report(line, &subject, format!("unit `{}` is not one of: {}", unit_name.get_ref(), names.join(", ")));
        }
        let qualifier = Qualifier::parse(qualifier_name.get_ref());
        if qualifier.is_none() {
            let names: Vec<&str> = Qualifier::ALL.iter().map(|(n, _)| *n).collect();
            let line = self.line(qualifier_name);
            self.report(
                line,
                &subject,
                format!("qualifier `{}` is not one of: {}", qualifier_name.get_ref(), names.join(", ")),
            );
        }
        let value_line = self.line(value);
        let number = *value.get_ref();
        if !number.is_finite() || number < 0.0 {
            self.report(value_line, &subject, format!("value {number} must be a finite number, zero or more"));
        }
        if unit == Some(Unit::Percent) && !(0.0..=100.0).contains(&number) {
            self.report(value_line, &subject, format!("a percentage must lie between 0 and 100, not {number}"));
        }

        let found = self.find_once(text, quote, &subject)?;
        let quote_line = self.line(quote);
        let paragraph = found.paragraph;
        let in_quote: Vec<usize> = (0..text.numbers[paragraph].len())
            .filter(|&i| {
                let t = &text.numbers[paragraph][i];
                t.start >= found.range.start && t.end <= found.range.end
            })
            .collect();
        let token_index = in_quote.iter().copied().find(|&i| {
            let t = &text.numbers[paragraph][i];
            t.value == number && t.percent == (unit == Some(Unit::Percent))
        });
        let Some(token_index) = token_index else {
            let written: Vec<String> = in_quote
                .iter()
                .map(|&i| {
                    let t = &text.numbers[paragraph][i];
                    format!("`{}` ({})", &text.paragraphs[paragraph][t.start..t.end], t.value)
                })
                .collect();
            let holds = if written.is_empty() { "no number".to_string() } else { written.join(", ") };
            let what = if unit == Some(Unit::Percent) { "percentage" } else { "number" };
            self.report(
                quote_line,
                &subject,
                format!("value {number} does not read back from its quote as a {what}: the quote holds {holds}"),
            );
            return None;
        };
        let token = text.numbers[paragraph][token_index].clone();
        self.claim(text, (paragraph, token_index), Claim::FigureValue(index), quote_line, &subject);

        // The qualifier must agree with the words before the number.
        let words_before = &text.paragraphs[paragraph][found.range.start..token.start];
        let said = qualifier_in_words(words_before, style.unwrap_or(NumberStyle::French));
        if let Some(qualifier) = qualifier {
            match said {
                Some((said, word)) if said != qualifier => self.report(
                    quote_line,
                    &subject,
                    format!("qualifier is `{}` but the quote says \"{word}\" ({})", qualifier_name.get_ref(), qualifier_name_of(said)),
                ),
                None if qualifier != Qualifier::Exact => self.report(
                    quote_line,
                    &subject,
                    format!(
                        "qualifier is `{}` but the quote has no word that says so before the number (e.g. {}): lengthen the quote or make it `exact`",
                        qualifier_name.get_ref(),
                        qualifier_words(qualifier, style.unwrap_or(NumberStyle::French)).join(", ")
                    ),
                ),
                _ => {}
            }
        }
        period_claims?;
        let sentence = sentence_of(&text.paragraphs[paragraph], token.start);
        Some(Figure {
            id: raw.id.get_ref().clone(),
            label: raw.label.get_ref().clone(),
            value: number,
            unit: unit?,
            qualifier: qualifier?,
            period: period?,
            origin: Origin::Stated { quote: text.paragraphs[paragraph][found.range].to_string(), paragraph, sentence },
            part_of: None,
            share_of: None,
        })
    }

    fn check_label(&mut self, label: &Text, subject: &str) {
        let line = self.line(label);
        if label.get_ref().trim().is_empty() {
            self.report(line, subject, "the label is empty");
        }
        if label.get_ref().chars().any(|c| c.is_ascii_digit() || c == '{' || c == '}') {
            self.report(
                line,
                subject,
                format!(
                    "label \"{}\" may not hold numbers or placeholders: a label names what is counted",
                    label.get_ref()
                ),
            );
        }
    }

    fn parse_period(&mut self, text: &Text, subject: &str, statement: Date) -> Option<Period> {
        let line = self.line(text);
        let written = text.get_ref().trim();
        let period = match written.split_once("..") {
            None => parse_date(written).map(|date| Period { from: date, to: date }),
            Some((from, "")) => parse_date(from).map(|from| Period { from, to: statement }),
            Some((from, to)) => parse_date(from).zip(parse_date(to)).map(|(from, to)| Period { from, to }),
        };
        let Some(period) = period else {
            self.report(
                line,
                subject,
                format!("malformed period `{written}`: use `2018`, `2014..2017` or `2014..` (until the statement)"),
            );
            return None;
        };
        if period.from.first_month() > period.to.last_month() {
            self.report(line, subject, format!("period `{written}` ends before it starts"));
        }
        if period.to.first_month() > statement.last_month() || period.from.first_month() > statement.last_month() {
            self.report(line, subject, format!("period `{written}` goes past the statement's date"));
        }
        Some(period)
    }

    /// The years a period is written with must stand in its quote; they are then accounted for.
    fn check_period_quote(
        &mut self,
        index: usize,
        quote: &Text,
        period: Period,
        written: &Text,
        text: &mut ArticleText,
        subject: &str,
    ) -> Option<()> {
        let found = self.find_once(text, quote, subject)?;
        let line = self.line(quote);
        let mut years = vec![period.from.year];
        let open_ended = written.get_ref().trim().ends_with("..");
        if !open_ended && period.to.year != period.from.year {
            years.push(period.to.year);
        }
        for year in years {
            let token = text.numbers[found.paragraph].iter().position(|t| {
                t.start >= found.range.start && t.end <= found.range.end && t.value == f64::from(year) && !t.percent
            });
            match token {
                Some(token) => self.claim(text, (found.paragraph, token), Claim::FigurePeriod(index), line, subject),
                None => {
                    self.report(
                        line,
                        subject,
                        format!("period quote \"{}\" does not hold the year {year}", quote.get_ref()),
                    );
                    return None;
                }
            }
        }
        Some(())
    }

    /// Parses each formula, checks its operands, and computes values in dependency order.
    fn compute_figures(&mut self, raws: &[RawFigure], index: &HashMap<&str, usize>, figures: &mut [Option<Figure>]) {
        let mut formulas: HashMap<usize, (Op, usize, usize)> = HashMap::new();
        for (i, raw) in raws.iter().enumerate() {
            let Some(formula) = &raw.formula else { continue };
            let subject = format!("figure `{}`", raw.id.get_ref());
            let line = self.line(formula);
            match parse_formula(formula.get_ref()) {
                Err(message) => self.report(line, &subject, message),
                Ok((op, left, right)) => {
                    let operands: Vec<Option<usize>> = [left, right]
                        .iter()
                        .map(|id| {
                            let found = index.get(id).copied();
                            if found.is_none() {
                                self.report(line, &subject, format!("formula names `{id}`, which is not a figure"));
                            }
                            found
                        })
                        .collect();
                    if let (Some(l), Some(r)) = (operands[0], operands[1]) {
                        formulas.insert(i, (op, l, r));
                    }
                }
            }
        }
        // Depth-first, so a figure is computed after the figures it uses; a cycle is a fault.
        #[derive(Clone, Copy, PartialEq)]
        enum State {
            Todo,
            Doing,
            Done,
        }
        let mut state = vec![State::Todo; raws.len()];
        fn visit(
            checker: &mut Checker,
            i: usize,
            raws: &[RawFigure],
            formulas: &HashMap<usize, (Op, usize, usize)>,
            figures: &mut [Option<Figure>],
            state: &mut [State],
        ) {
            if state[i] != State::Todo {
                if state[i] == State::Doing {
                    let line = checker.line(&raws[i].id);
                    checker.report(
                        line,
                        &format!("figure `{}`", raws[i].id.get_ref()),
                        "its formula depends on itself (a cycle of computed figures)",
                    );
                }
                return;
            }
            state[i] = State::Doing;
            if let Some(&(op, left, right)) = formulas.get(&i) {
                visit(checker, left, raws, formulas, figures, state);
                visit(checker, right, raws, formulas, figures, state);
                if state[left] == State::Done && state[right] == State::Done {
                    checker.compute_one(i, &raws[i], op, left, right, figures);
                } else {
                    figures[i] = None;
                }
            }
            state[i] = State::Done;
        }
        for i in 0..raws.len() {
            if raws[i].formula.is_some() && !formulas.contains_key(&i) {
                figures[i] = None;
            }
        }
        // In file order, so that a cycle is reported on the same figure every time.
        for i in (0..raws.len()).filter(|i| formulas.contains_key(i)) {
            visit(self, i, raws, &formulas, figures, &mut state);
        }
    }

    fn compute_one(
        &mut self,
        i: usize,
        raw: &RawFigure,
        op: Op,
        left: usize,
        right: usize,
        figures: &mut [Option<Figure>],
    ) {
        let subject = format!("figure `{}`", raw.id.get_ref());
        let line = self.line(raw.formula.as_ref().expect("computed"));
        let (Some(l), Some(r)) = (figures[left].clone(), figures[right].clone()) else {
            figures[i] = None;
            return;
        };
        let (value, unit) = match op {
            Op::Plus | Op::Minus => {
                if l.unit != r.unit {
                    self.report(
                        line,
                        &subject,
                        format!("`{}` and `{}` have different units: they cannot be added or subtracted", l.id, r.id),
                    );
                    figures[i] = None;
                    return;
                }
                (if op == Op::Plus { l.value + r.value } else { l.value - r.value }, l.unit)
            }
            Op::PercentOf => {
                if l.unit != Unit::Percent || r.unit == Unit::Percent {
                    self.report(
                        line,
                        &subject,
                        format!(
                            "`share of whole` needs a percentage then a count: `{}` is {:?}, `{}` is {:?}",
                            l.id, l.unit, r.id, r.unit
                        ),
                    );
                    figures[i] = None;
                    return;
                }
                (l.value / 100.0 * r.value, r.unit)
            }
        };
        if value < 0.0 {
            self.report(line, &subject, format!("the formula gives {value}, a negative number"));
        }
        let Some(qualifier) = combine_qualifiers(op, l.qualifier, r.qualifier) else {
            self.report(
                line,
                &subject,
                format!(
                    "cannot say how precise the result is: `{}` is {:?} and `{}` is {:?}",
                    l.id, l.qualifier, r.id, r.qualifier
                ),
            );
            figures[i] = None;
            return;
        };
        if let Some(figure) = figures[i].as_mut() {
            figure.value = value;
            figure.unit = unit;
            figure.qualifier = qualifier;
            figure.origin = Origin::Computed { op, left, right };
        }
    }

    fn check_relations(&mut self, raws: &[RawFigure], index: &HashMap<&str, usize>, figures: &mut [Option<Figure>]) {
        for (i, raw) in raws.iter().enumerate() {
            let subject = format!("figure `{}`", raw.id.get_ref());
            if let Some(whole_id) = &raw.part_of {
                let line = self.line(whole_id);
                match index.get(whole_id.get_ref().as_str()) {
                    None => self.report(
                        line,
                        &subject,
                        format!("part_of names `{}`, which is not a figure", whole_id.get_ref()),
                    ),
                    Some(&whole) if whole == i => self.report(line, &subject, "a figure cannot be part of itself"),
                    Some(&whole) => {
                        if let (Some(part), Some(whole_figure)) = (&figures[i], &figures[whole]) {
                            if part.unit != whole_figure.unit || part.unit == Unit::Percent {
                                self.report(
                                    line,
                                    &subject,
                                    format!(
                                        "a part must count the same thing as its whole, and `{}` does not",
                                        whole_figure.id
                                    ),
                                );
                            } else if part.value > whole_figure.value {
                                self.report(
                                    line,
                                    &subject,
                                    format!(
                                        "the part ({}) is larger than its whole `{}` ({})",
                                        part.value, whole_figure.id, whole_figure.value
                                    ),
                                );
                            }
                        }
                        if let Some(part) = figures[i].as_mut() {
                            part.part_of = Some(whole);
                        }
                    }
                }
            }
            if let Some(whole_id) = &raw.share_of {
                let line = self.line(whole_id);
                match index.get(whole_id.get_ref().as_str()) {
                    None => self.report(
                        line,
                        &subject,
                        format!("share_of names `{}`, which is not a figure", whole_id.get_ref()),
                    ),
                    Some(&whole) => {
                        if let (Some(share), Some(whole_figure)) = (&figures[i], &figures[whole]) {
                            if share.unit != Unit::Percent {
                                self.report(
                                    line,
                                    &subject,
                                    "only a percentage can be a share of another figure (use part_of for counts)",
                                );
                            } else if whole_figure.unit == Unit::Percent {
                                self.report(
                                    line,
                                    &subject,
                                    format!("`{}` is itself a percentage: a share is of a count", whole_figure.id),
                                );
                            }
                        }
                        if let Some(share) = figures[i].as_mut() {
                            share.share_of = Some(whole);
                        }
                    }
                }
            }
        }
    }

    // ---- events -----------------------------------------------------------------------------

    fn check_event(
        &mut self,
        index: usize,
        raw: &RawEvent,
        text: &mut ArticleText,
        figures: &HashMap<&str, usize>,
        statement: Date,
    ) -> Option<Event> {
        let subject = format!("event `{}`", raw.id.get_ref());
        self.check_label(&raw.label, &subject);
        let date = self.parse_date(&raw.date, &subject, false);
        if let Some(date) = date {
            if date.first_month() > statement.last_month() {
                let line = self.line(&raw.date);
                self.report(line, &subject, format!("date `{}` is after the statement's date", raw.date.get_ref()));
            }
        }
        let mut event_figures = Vec::new();
        for id in &raw.figures {
            match figures.get(id.get_ref().as_str()) {
                Some(&figure) => event_figures.push(figure),
                None => {
                    let line = self.line(id);
                    self.report(line, &subject, format!("figures names `{}`, which is not a figure", id.get_ref()));
                }
            }
        }
        let found = self.find_once(text, &raw.quote, &subject)?;
        let line = self.line(&raw.quote);
        let date = date?;
        let token = text.numbers[found.paragraph].iter().position(|t| {
            t.start >= found.range.start && t.end <= found.range.end && t.value == f64::from(date.year) && !t.percent
        });
        let Some(token) = token else {
            self.report(
                line,
                &subject,
                format!("quote \"{}\" does not hold the event's year {}", raw.quote.get_ref(), date.year),
            );
            return None;
        };
        self.claim(text, (found.paragraph, token), Claim::EventDate(index), line, &subject);
        let start = text.numbers[found.paragraph][token].start;
        Some(Event {
            id: raw.id.get_ref().clone(),
            date,
            label: raw.label.get_ref().clone(),
            figures: event_figures,
            quote: text.paragraphs[found.paragraph][found.range].to_string(),
            paragraph: found.paragraph,
            sentence: sentence_of(&text.paragraphs[found.paragraph], start),
        })
    }

    fn check_event_order(&mut self, raws: &[RawEvent], events: &[Option<Event>]) {
        let mut previous: Option<&Event> = None;
        for (raw, event) in raws.iter().zip(events) {
            let Some(event) = event else { continue };
            if let Some(previous) = previous {
                if event.date.first_month() < previous.date.first_month() {
                    let line = self.line(&raw.date);
                    self.report(
                        line,
                        &format!("event `{}`", event.id),
                        format!("events must be in date order, and this one comes before `{}`", previous.id),
                    );
                }
            }
            previous = Some(event);
        }
    }

    fn check_every_number_is_claimed(&mut self, text: &ArticleText) {
        for (paragraph, numbers) in text.numbers.iter().enumerate() {
            for (index, token) in numbers.iter().enumerate() {
                if text.claims.contains_key(&(paragraph, index)) {
                    continue;
                }
                let body = &text.paragraphs[paragraph];
                let from = floor_char(body, token.start.saturating_sub(30));
                let to = ceil_char(body, (token.end + 30).min(body.len()));
                self.report(
                    text.paragraph_lines[paragraph],
                    &format!("paragraph {}", paragraph + 1),
                    format!(
                        "the number `{}` in \"…{}…\" is not accounted for: add a figure whose quote holds it, an event dated by it, or a `period_quote` holding it",
                        &body[token.start..token.end],
                        &body[from..to]
                    ),
                );
            }
        }
    }

    /// The corrections log: full dates, oldest first, each with what changed.
    fn check_corrections(
        &mut self,
        raws: &[crate::raw::RawCorrection<Text>],
        figures: &HashMap<&str, usize>,
    ) -> Vec<Correction> {
        let mut previous: Option<&str> = None;
        let mut corrections = Vec::new();
        for raw in raws {
            let line = self.line(&raw.date);
            let date = raw.date.get_ref().as_str();
            let well_formed = date.len() == 10
                && date.bytes().enumerate().all(|(i, b)| if i == 4 || i == 7 { b == b'-' } else { b.is_ascii_digit() })
                && parse_date(&date[..7]).is_some()
                && (1..=31).contains(&date[8..].parse::<u8>().unwrap_or(0));
            if !well_formed {
                self.report(line, "correction", format!("malformed date `{date}`: use `YYYY-MM-DD`"));
            } else if previous.is_some_and(|p| p > date) {
                self.report(
                    line,
                    "correction",
                    format!("corrections must be oldest first, and `{date}` comes before `{}`", previous.unwrap_or("")),
                );
            }
            previous = Some(date);
            let text = self.parse_editorial(&raw.text, "correction", figures);
            corrections.push(Correction { date: date.to_string(), text });
        }
        corrections
    }

    /// Every figure appears in at least one visual, so that none is only in the data.
    fn check_every_figure_is_shown(&mut self, raws: &[RawFigure], charts: &[Chart]) {
        for (index, raw) in raws.iter().enumerate() {
            if !charts.iter().any(|chart| chart.figures.contains(&index)) {
                let line = self.line(&raw.id);
                self.report(
                    line,
                    &format!("figure `{}`", raw.id.get_ref()),
                    "no visual shows this figure: add it to a chart's `figures`",
                );
            }
        }
    }

    // ---- editorial text and charts ----------------------------------------------------------

    /// Editorial text may not type a number: numbers come from figures through placeholders,
    /// so that each one traces back to its quote.
    fn parse_editorial(&mut self, text: &Text, subject: &str, figures: &HashMap<&str, usize>) -> Vec<Inline> {
        let line = self.line(text);
        let mut inlines = Vec::new();
        let mut rest = text.get_ref().as_str();
        let mut plain = String::new();
        while let Some(open) = rest.find(['{', '}']) {
            plain.push_str(&rest[..open]);
            if rest[open..].starts_with('}') {
                self.report(line, subject, "a `}` without its `{`");
                return inlines;
            }
            let Some(close) = rest[open..].find('}') else {
                self.report(line, subject, "a `{` without its `}`");
                return inlines;
            };
            let name = &rest[open + 1..open + close];
            let (id, part) = name.split_once(':').unwrap_or((name, ""));
            let inline = match (id, part) {
                ("date", "") => Some(Inline::Date),
                (id, "") => figures.get(id).map(|&i| Inline::Value(i)),
                (id, "period") => figures.get(id).map(|&i| Inline::Period(i)),
                _ => None,
            };
            match inline {
                Some(inline) => {
                    if !plain.is_empty() {
                        inlines.push(Inline::Text(std::mem::take(&mut plain)));
                    }
                    inlines.push(inline);
                }
                None => self.report(line, subject, format!("placeholder `{{{name}}}` names no figure: use `{{figure-id}}`, `{{figure-id:period}}` or `{{date}}`")),
            }
            rest = &rest[open + close + 1..];
        }
        plain.push_str(rest);
        if !plain.is_empty() {
            inlines.push(Inline::Text(plain));
        }
        for inline in &inlines {
            if let Inline::Text(run) = inline {
                if let Some(digit) = run.chars().find(char::is_ascii_digit) {
                    self.report(line, subject, format!("editorial text may not type a number (found `{digit}` in \"{run}\"): write `{{figure-id}}` so that it traces back to its quote"));
                    break;
                }
            }
        }
        inlines
    }

    fn check_chart(
        &mut self,
        raw: &RawChart,
        index: &HashMap<&str, usize>,
        figures: &[Figure],
        events: &[Event],
    ) -> Option<Chart> {
        let subject = format!("chart `{}`", raw.id.get_ref());
        let line = self.line(&raw.kind);
        let kind = ChartKind::parse(raw.kind.get_ref());
        if kind.is_none() {
            let names: Vec<&str> = ChartKind::ALL.iter().map(|(n, _)| *n).collect();
            self.report(line, &subject, format!("kind `{}` is not one of: {}", raw.kind.get_ref(), names.join(", ")));
        }
        let mut chart_figures = Vec::new();
        for id in &raw.figures {
            match index.get(id.get_ref().as_str()) {
                Some(&i) => chart_figures.push(i),
                None => {
                    let line = self.line(id);
                    self.report(line, &subject, format!("figures names `{}`, which is not a figure", id.get_ref()));
                }
            }
        }
        let title = self.parse_editorial(&raw.title, &format!("{subject} title"), index);
        let takeaway = self.parse_editorial(&raw.takeaway, &format!("{subject} takeaway"), index);
        let notes = raw.notes.iter().map(|n| self.parse_editorial(n, &format!("{subject} note"), index)).collect();
        let kind = kind?;
        if chart_figures.len() != raw.figures.len() {
            return None;
        }
        if let Err(message) = check_chart_shape(kind, &chart_figures, figures, events) {
            self.report(line, &subject, message);
            return None;
        }
        let paragraph = match kind {
            ChartKind::Timeline => events.first().map_or(0, |e| e.paragraph),
            _ => chart_figures.first().map_or(0, |&f| quoted_paragraph(figures, f)),
        };
        Some(Chart { id: raw.id.get_ref().clone(), kind, title, takeaway, notes, figures: chart_figures, paragraph })
    }
}

/// What each kind of chart needs, so that it can only draw what the figures say.
fn check_chart_shape(kind: ChartKind, chosen: &[usize], figures: &[Figure], events: &[Event]) -> Result<(), String> {
    let id = |i: usize| figures[i].id.as_str();
    match kind {
        ChartKind::Timeline if events.is_empty() => Err("a timeline needs at least one event".into()),
        ChartKind::Timeline if !chosen.is_empty() => Err("a timeline shows the events; list no figures".into()),
        ChartKind::Timeline => Ok(()),
        ChartKind::PartToWhole => match *chosen {
            [whole, share] | [whole, share, _] if figures[share].share_of != Some(whole) => {
                Err(format!("`{}` must be a share_of `{}`", id(share), id(whole)))
            }
            [whole, share, result]
                if figures[result].origin != (Origin::Computed { op: Op::PercentOf, left: share, right: whole }) =>
            {
                Err(format!("the third figure must be computed as `{} of {}`", id(share), id(whole)))
            }
            [_, _] | [_, _, _] => Ok(()),
            _ => Err("a part-to-whole chart takes [whole, share] or [whole, share, share of whole]".into()),
        },
        ChartKind::SplitBar => match *chosen {
            [whole, part, _] if figures[part].part_of != Some(whole) => {
                Err(format!("`{}` must be part_of `{}`", id(part), id(whole)))
            }
            [whole, part, rest]
                if figures[rest].origin != (Origin::Computed { op: Op::Minus, left: whole, right: part }) =>
            {
                Err(format!("the third figure must be computed as `{} - {}`", id(whole), id(part)))
            }
            [_, _, _] => Ok(()),
            _ => Err("a split bar takes [whole, stated part, computed rest]".into()),
        },
        ChartKind::StatTiles if chosen.is_empty() => Err("stat tiles need at least one figure".into()),
        ChartKind::StatTiles => Ok(()),
    }
}

/// The paragraph a figure comes from, following a computed figure back to its first operand.
fn quoted_paragraph(figures: &[Figure], mut figure: usize) -> usize {
    for _ in 0..figures.len() {
        match figures[figure].origin {
            Origin::Stated { paragraph, .. } => return paragraph,
            Origin::Computed { left, .. } => figure = left,
        }
    }
    0
}

fn build_paragraphs(text: &ArticleText) -> Vec<Paragraph> {
    text.paragraphs
        .iter()
        .enumerate()
        .map(|(p, body)| {
            let mentions: Vec<(Range<usize>, Claim)> = text.numbers[p]
                .iter()
                .enumerate()
                .filter_map(|(i, token)| {
                    let claims = text.claims.get(&(p, i))?;
                    let mention =
                        claims.iter().copied().find(|c| matches!(c, Claim::FigureValue(_) | Claim::EventDate(_)))?;
                    Some((token.start..token.end, mention))
                })
                .collect();
            let sentences = sentences(body)
                .into_iter()
                .map(|sentence| {
                    let mut segments = Vec::new();
                    let mut at = sentence.start;
                    for (range, claim) in
                        mentions.iter().filter(|(r, _)| r.start >= sentence.start && r.end <= sentence.end)
                    {
                        if range.start > at {
                            segments.push(Segment::Text(body[at..range.start].to_string()));
                        }
                        let written = body[range.clone()].to_string();
                        segments.push(match *claim {
                            Claim::FigureValue(figure) => Segment::Figure { figure, text: written },
                            Claim::EventDate(event) => Segment::Event { event, text: written },
                            Claim::FigurePeriod(_) => unreachable!("periods are not mentions"),
                        });
                        at = range.end;
                    }
                    if at < sentence.end {
                        segments.push(Segment::Text(body[at..sentence.end].to_string()));
                    }
                    segments
                })
                .collect();
            Paragraph { sentences }
        })
        .collect()
}

/// The source file's date metadata, if any, and its paragraphs (blank lines separate them).
pub fn split_source(source: &str) -> (Option<String>, Vec<String>) {
    let trimmed = source.trim_start();
    let (date, body) = match trimmed.strip_prefix("date ") {
        Some(rest) => {
            let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
            (Some(rest[..end].to_string()), &rest[end..])
        }
        None => (None, trimmed),
    };
    let body = body.replace("\r\n", "\n");
    let paragraphs = body.split("\n\n").map(str::trim).filter(|p| !p.is_empty()).map(str::to_string).collect();
    (date, paragraphs)
}

fn parse_date(text: &str) -> Option<Date> {
    let text = text.trim();
    let (year, month) = match text.split_once('-') {
        Some((year, month)) => (year, Some(month)),
        None => (text, None),
    };
    if year.len() != 4 || !year.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let year: u16 = year.parse().ok()?;
    let month = match month {
        None => None,
        Some(month) if month.len() == 2 && month.bytes().all(|b| b.is_ascii_digit()) => {
            let month: u8 = month.parse().ok()?;
            if !(1..=12).contains(&month) {
                return None;
            }
            Some(month)
        }
        Some(_) => return None,
    };
    Some(Date { year, month })
}

/// `a - b`, `a + b` or `share of whole`, over figure ids.
fn parse_formula(formula: &str) -> Result<(Op, &str, &str), String> {
    let words: Vec<&str> = formula.split_whitespace().collect();
    let op = match words.as_slice() {
        [_, "-", _] => Op::Minus,
        [_, "+", _] => Op::Plus,
        [_, "of", _] => Op::PercentOf,
        _ => {
            return Err(format!(
                "malformed formula `{formula}`: write `a - b`, `a + b` or `share of whole`, with figure ids"
            ))
        }
    };
    Ok((op, words[0], words[2]))
}

/// How precise a result is, given how precise its operands are; `None` when it cannot be said.
fn combine_qualifiers(op: Op, left: Qualifier, right: Qualifier) -> Option<Qualifier> {
    use Qualifier::*;
    // Subtracting a lower bound gives an upper bound, and the other way round.
    let right = match (op, right) {
        (Op::Minus, MoreThan) => LessThan,
        (Op::Minus, LessThan) => MoreThan,
        (_, q) => q,
    };
    match (left, right) {
        (Exact, q) | (q, Exact) => Some(q),
        (Approximately, Approximately) => Some(Approximately),
        (a, b) if a == b => Some(a),
        _ => None,
    }
}

fn qualifier_words(qualifier: Qualifier, style: NumberStyle) -> &'static [&'static str] {
    use Qualifier::*;
    match (style, qualifier) {
        (_, Exact) => &[],
        (NumberStyle::French, Approximately) => {
            &["environ", "près de", "presque", "quelque", "approximativement", "autour de", "de l'ordre de"]
        }
        (NumberStyle::French, MoreThan) => &["plus de", "plus d'", "au-delà de", "au moins"],
        (NumberStyle::French, LessThan) => &["moins de", "moins d'"],
        (NumberStyle::English, Approximately) => {
            &["about", "around", "nearly", "almost", "approximately", "roughly", "some"]
        }
        (NumberStyle::English, MoreThan) => &["more than", "over", "above", "at least"],
        (NumberStyle::English, LessThan) => &["less than", "fewer than", "under"],
    }
}

/// The qualifier that words of the text imply, and the word that implies it.
fn qualifier_in_words(words: &str, style: NumberStyle) -> Option<(Qualifier, &'static str)> {
    [Qualifier::Approximately, Qualifier::MoreThan, Qualifier::LessThan]
        .into_iter()
        .flat_map(|q| qualifier_words(q, style).iter().map(move |w| (q, *w)))
        .find(|(_, word)| contains_phrase(words, word))
}

fn qualifier_name_of(qualifier: Qualifier) -> &'static str {
    Qualifier::ALL.iter().find(|(_, q)| *q == qualifier).map_or("", |(n, _)| n)
}

fn sentence_of(paragraph: &str, offset: usize) -> usize {
    sentences(paragraph).iter().position(|r| r.contains(&offset)).unwrap_or(0)
}

fn is_well_formed_id(id: &str) -> bool {
    id.starts_with(|c: char| c.is_ascii_lowercase())
        && id
            .split('-')
            .all(|part| !part.is_empty() && part.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()))
}

fn floor_char(text: &str, mut at: usize) -> usize {
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

fn ceil_char(text: &str, mut at: usize) -> usize {
    while !text.is_char_boundary(at) {
        at += 1;
    }
    at
}
