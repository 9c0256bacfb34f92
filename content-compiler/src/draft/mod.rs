//! The drafter: from a raw article (a `date YYYY-MM` line, then paragraphs separated by blank
//! lines) to a content file that builds as it is, with `status = "draft"`.
//!
//! It proposes and marks; the editor judges. Every number of the text becomes a figure, an
//! event's date, part of a figure's period, or a `[[not_figures]]` entry with its reason, so the
//! compiler's "every number accounted for" holds from the start. What it reads for sure (a
//! figure's value and quote, a date's year) it writes plainly; what it guesses (a label, a
//! unit, a period, a change, which figure is part of which, the charts) carries a `# check:`
//! comment on its line, and the compiler refuses to publish a file that still holds one.
//!
//! - `read`: the text's pieces, clauses, years, days and date phrases.
//! - `guess`: figures (quote, qualifier, unit, change, period, label), their relations, events,
//!   numbers that are no figure, and charts.
//! - `write`: the content file, in TOML, with its marks.

mod guess;
mod read;
mod write;

use vocabulary::{Date, Lang};

use crate::validate::split_source;

/// What the drafter needs besides the article.
pub struct Options {
    /// The article's language; detected from its words when `None`.
    pub lang: Option<Lang>,
    /// The article's path as the content file names it (`source_file`), relative to where the
    /// content file will stand.
    pub source_file: String,
}

/// What the drafter made: the content file, and a count of what it holds for the editor.
pub struct Draft {
    /// The content file, TOML.
    pub toml: String,
    /// Figures stated in the text.
    pub figures: usize,
    /// Figures computed from them.
    pub computed: usize,
    /// Dated events.
    pub events: usize,
    /// Numbers that are no figure.
    pub not_figures: usize,
    /// Charts.
    pub charts: usize,
    /// `# check:` marks.
    pub marks: usize,
}

/// Drafts a content file from a raw article.
pub fn draft(source: &str, options: &Options) -> Result<Draft, String> {
    let (date, paragraphs) = split_source(source);
    let date = date.ok_or("the article must start with a line `date YYYY-MM`: the date of the statement")?;
    let statement = Date::parse(&date)
        .filter(|d| d.month_of_year().is_some())
        .ok_or_else(|| format!("the first line says `date {date}`: write the statement's month as `date YYYY-MM`"))?;
    if paragraphs.is_empty() {
        return Err("the article has no paragraphs after its `date` line".into());
    }
    let style = options.lang.unwrap_or_else(|| detect_language(&paragraphs.join("\n")));
    if style.language.drafting().is_none() {
        return Err(format!(
            "the drafter reads {} articles; this one is in `{}`: write its content file by hand, or draft the original and add this text as its `[translation.{}]`",
            drafted().map(|l| format!("`{}`", l.code())).collect::<Vec<_>>().join(", "),
            style.code(),
            style.code()
        ));
    }
    let article = read::Article::new(paragraphs, style, statement);
    let guesses = guess::Guesses::make(&article);
    if !guesses.problems.is_empty() {
        return Err(format!(
            "{}\nA content file quotes each number once: make the repeated passages differ, or draft the file by hand.",
            guesses.problems.join("\n")
        ));
    }
    let toml = write::content_file(&article, &guesses, &options.source_file);
    let marks = crate::raw::check_marks(&toml).len();
    Ok(Draft {
        toml,
        figures: guesses.figures.len(),
        computed: guesses.computed.len(),
        events: guesses.events.len(),
        not_figures: guesses.not_figures.len(),
        charts: guesses.charts.len(),
        marks,
    })
}

/// The languages the drafter's guesses know the words of: those whose pack has them.
pub fn drafted() -> impl Iterator<Item = Lang> {
    Lang::all().filter(|lang| lang.language.drafting().is_some())
}

/// A language by its script where its pack names one (Arabic's), when most letters are in it;
/// else the drafted language whose commonest words the text uses most (the first declared on a
/// tie).
pub fn detect_language(text: &str) -> Lang {
    let letters: Vec<char> = text.chars().filter(|c| c.is_alphabetic()).collect();
    let by_script = Lang::all().find(|lang| {
        lang.reading().script.is_some_and(|(first, last)| {
            letters.iter().filter(|c| (first..=last).contains(c)).count() * 2 > letters.len()
        })
    });
    if let Some(lang) = by_script {
        return lang;
    }
    let words: Vec<String> =
        text.split(|c: char| !c.is_alphabetic() && c != '\'' && c != '’').map(|w| w.to_lowercase()).collect();
    let score = |lang: Lang| {
        let common = lang.language.drafting().map_or(&[][..], |d| d.common_words);
        words.iter().filter(|w| common.contains(&w.as_str())).count()
    };
    drafted().fold((Lang::default(), 0), |best, lang| if score(lang) > best.1 { (lang, score(lang)) } else { best }).0
}
