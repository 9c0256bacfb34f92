//! Reading a raw article as an editor does before writing its content file: its pieces (words
//! and numbers), clauses and sentences, which numbers are years or days, and the phrases that
//! date things (`depuis 2014`, `durant les années 2014 et 2017`, `au premier trimestre`).

use std::ops::Range;

use vocabulary::{Date, Drafting, Duration, Lang, Part};

use crate::numbers::{find_numbers, NumberToken};
use crate::text::{find_phrase, find_quote, sentences};
use crate::words::{part_in_words, relative_period, starts_with_since, time_unit_at};

/// The article's paragraphs, and what the drafter reads in them.
pub(super) struct Article {
    pub style: Lang,
    pub statement: Date,
    pub paragraphs: Vec<String>,
    /// The numbers of each paragraph, as the compiler reads them.
    pub numbers: Vec<Vec<NumberToken>>,
    /// Each paragraph's pieces in order: every number, and every word outside the numbers.
    pub pieces: Vec<Vec<Piece>>,
}

/// A word, or a number of the text (by its index among the paragraph's numbers).
#[derive(Debug, Clone)]
pub(super) struct Piece {
    pub range: Range<usize>,
    pub number: Option<usize>,
    /// Lower case, apostrophes straight, an elided article dropped (`d'euros` → `euros`).
    pub key: String,
}

/// A phrase that dates something, and what it says.
#[derive(Debug, Clone)]
pub(super) struct DatePhrase {
    pub paragraph: usize,
    pub range: Range<usize>,
    pub kind: When,
    /// The years it holds, by number index.
    pub years: Vec<usize>,
    /// The number of a length of time it holds (`trois` of `sur trois ans`), by index.
    pub length: Option<usize>,
    /// A comparison's base (`par rapport à 2023`, `than last year`): it dates no figure.
    pub base: bool,
}

/// What a date phrase says.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum When {
    /// A date: `en 2018`, `en juin 2024`, `au premier trimestre 2025`.
    At(Date),
    /// From a date to the statement: `depuis 2014`.
    Since(Date),
    /// From one date to another: `de 2020 à 2024`.
    Span(Date, Date),
    /// Two dates that bound a period: `durant les années 2014 et 2017`.
    Pair(Date, Date),
    /// A part of a year, or a year, named without its number (`au premier trimestre`, `last
    /// year`): read in the statement's year.
    Relative(Date),
    /// The time of the statement: `aujourd'hui`, `now`.
    Now,
    /// A length of time (`en trois mois`, `over five years`), from a start when the text gives
    /// one (`sur quatre ans à partir de 2025`, `d'ici trois ans`: the statement's date).
    Length(Duration, Option<Date>),
    /// From a start the text names without a date to the statement: `depuis l'installation du
    /// gouvernement`, `since the network was split`.
    SinceNamed,
}

impl When {
    /// The content file's period for it.
    pub fn period(self, statement: Date) -> String {
        match self {
            When::At(date) | When::Relative(date) => date.key(),
            When::Since(date) => format!("{}..", date.key()),
            When::Span(from, to) | When::Pair(from, to) => format!("{}..{}", from.key(), to.key()),
            When::Now => statement.key(),
            When::Length(duration, from) => duration.key_from(from),
            When::SinceNamed => "since".to_string(),
        }
    }

    /// Its last date.
    pub fn last(self, statement: Date) -> Date {
        match self {
            When::At(date) | When::Relative(date) => date,
            When::Span(_, to) | When::Pair(_, to) => to,
            When::Since(_) | When::Now | When::SinceNamed | When::Length(_, None) => statement,
            When::Length(duration, Some(from)) => duration.last_date_from(from).unwrap_or(from),
        }
    }
}

/// The drafter's words in `style`: `draft` refuses a language that has none before reading.
pub(super) fn drafting(style: Lang) -> &'static Drafting {
    style.language.drafting().expect("`draft` refuses the languages it has no words for")
}

/// A word's key: lower case, straight apostrophes, without an elided article before it.
pub(super) fn key_of(word: &str, style: Lang) -> String {
    let word = word.to_lowercase().replace(['’', '\u{2018}'], "'");
    for elided in drafting(style).elisions {
        if let Some(rest) = word.strip_prefix(elided) {
            if !rest.is_empty() && !rest.starts_with('\'') {
                return rest.to_string();
            }
        }
    }
    word
}

/// The characters a clause ends at (a comma inside a number is not one).
fn ends_clause(c: char) -> bool {
    matches!(c, ',' | ';' | ':' | '(' | ')' | '«' | '»' | '"' | '“' | '”' | '.' | '!' | '?' | '…' | '—')
}

impl Article {
    pub fn new(paragraphs: Vec<String>, style: Lang, statement: Date) -> Article {
        let numbers: Vec<Vec<NumberToken>> = paragraphs.iter().map(|p| find_numbers(p, style)).collect();
        let pieces = paragraphs.iter().zip(&numbers).map(|(p, n)| pieces_of(p, n, style)).collect();
        Article { style, statement, paragraphs, numbers, pieces }
    }

    /// The words the drafter reads and writes in the article's language.
    pub fn words(&self) -> &'static Drafting {
        drafting(self.style)
    }

    pub fn text(&self, paragraph: usize, range: &Range<usize>) -> &str {
        &self.paragraphs[paragraph][range.clone()]
    }

    /// How many times `quote` stands in the whole text (as the compiler finds quotes).
    pub fn count(&self, quote: &str) -> usize {
        self.paragraphs.iter().map(|p| find_quote(p, quote).len()).sum()
    }

    pub fn sentence_of(&self, paragraph: usize, at: usize) -> Range<usize> {
        let body = &self.paragraphs[paragraph];
        sentences(body, self.style).into_iter().find(|s| s.contains(&at)).unwrap_or(0..body.len())
    }

    /// Whether the text between two places crosses the end of a clause.
    pub fn crosses_clause(&self, paragraph: usize, from: usize, to: usize) -> bool {
        let (from, to) = (from.min(to), from.max(to));
        let numbers = &self.numbers[paragraph];
        self.paragraphs[paragraph][from..to]
            .char_indices()
            .any(|(at, c)| ends_clause(c) && !numbers.iter().any(|t| (t.start..t.end).contains(&(from + at))))
    }

    /// The index of the piece that holds number `index` of `paragraph`.
    pub fn piece_of_number(&self, paragraph: usize, index: usize) -> usize {
        self.pieces[paragraph].iter().position(|p| p.number == Some(index)).expect("every number is a piece")
    }

    /// A piece as written, lower case, with straight apostrophes: `d'ici` (its key is `ici`).
    pub fn word(&self, paragraph: usize, piece: &Piece) -> String {
        self.paragraphs[paragraph][piece.range.clone()].to_lowercase().replace(['’', '\u{2018}'], "'")
    }

    pub fn is_function_word(&self, key: &str) -> bool {
        self.words().function_words.contains(&key)
    }

    /// `pieces` without the small words (articles, prepositions…) at either end: a label's words.
    pub fn trim_small_words<'s, 'p>(&self, pieces: &'s [&'p Piece]) -> &'s [&'p Piece] {
        let start = pieces.iter().position(|p| !self.is_function_word(&p.key)).unwrap_or(pieces.len());
        let end = pieces.iter().rposition(|p| !self.is_function_word(&p.key)).map_or(start, |last| last + 1);
        &pieces[start..end.max(start)]
    }

    pub fn month_of(&self, key: &str) -> Option<u8> {
        self.style.months().iter().position(|m| m.to_lowercase() == key).map(|m| m as u8 + 1)
    }

    fn is_four_digits(&self, paragraph: usize, index: usize) -> bool {
        let token = &self.numbers[paragraph][index];
        let written = &self.paragraphs[paragraph][token.start..token.end];
        written.len() == 4
            && written.bytes().all(|b| b.is_ascii_digit())
            && (1800..=2100).contains(&(token.value as u32))
    }

    /// Which numbers are years: four digits after a word that dates (`en`, `depuis`, `in`, a
    /// month…), or not followed by a noun (`saisir 1900 embarcations` is a count).
    pub fn years(&self, paragraph: usize) -> Vec<bool> {
        let pieces = &self.pieces[paragraph];
        let mut years: Vec<bool> = (0..self.numbers[paragraph].len())
            .map(|index| {
                if !self.is_four_digits(paragraph, index) {
                    return false;
                }
                let at = self.piece_of_number(paragraph, index);
                let before = at.checked_sub(1).map(|b| &pieces[b]);
                let leads = self.words().year_leads;
                let strong = before.is_some_and(|b| {
                    b.number.is_none()
                        && (leads.contains(&b.key.as_str())
                            || leads.contains(&self.word(paragraph, b).as_str())
                            || self.month_of(&b.key).is_some()
                            || !self.crosses_clause(paragraph, b.range.end, pieces[at].range.start)
                                && b.key.ends_with(self.words().year_noun))
                });
                let noun_after = pieces.get(at + 1).is_some_and(|next| {
                    next.number.is_none()
                        && next.key.starts_with(char::is_alphabetic)
                        && !self.is_function_word(&next.key)
                        && !self.crosses_clause(paragraph, pieces[at].range.end, next.range.start)
                });
                strong || !noun_after
            })
            .collect();
        // The second of two joined years is one too: `2014-2017`, `de 2020 à 2024`.
        for index in 1..years.len() {
            let (a, b) = (&self.numbers[paragraph][index - 1], &self.numbers[paragraph][index]);
            let between = self.paragraphs[paragraph][a.end..b.start].trim();
            let range = !matches!(between, "et" | "and" | "et en" | "and in");
            if years[index - 1]
                && !years[index]
                && range
                && self.is_four_digits(paragraph, index)
                && self.joined(paragraph, index - 1, index)
            {
                years[index] = true;
            }
        }
        years
    }

    /// Whether two numbers are joined as a pair or a span of years.
    fn joined(&self, paragraph: usize, first: usize, second: usize) -> bool {
        let (a, b) = (&self.numbers[paragraph][first], &self.numbers[paragraph][second]);
        let between = self.paragraphs[paragraph][a.end..b.start].trim().to_lowercase().replace('’', "'");
        self.words().year_joiners.contains(&between.as_str()) && b.value > a.value
    }

    /// Which numbers are the day of a date: `3 juin 2024`, `June 3, 2024`.
    pub fn days(&self, paragraph: usize, years: &[bool]) -> Vec<bool> {
        let pieces = &self.pieces[paragraph];
        (0..self.numbers[paragraph].len())
            .map(|index| {
                let token = &self.numbers[paragraph][index];
                let day = !token.spelled && !token.percent && token.scale.is_none() && token.value.fract() == 0.0;
                if !day || !(1.0..=31.0).contains(&token.value) {
                    return false;
                }
                let at = self.piece_of_number(paragraph, index);
                let month =
                    |i: Option<usize>| i.and_then(|i| pieces.get(i)).and_then(|p| self.month_of(&p.key)).is_some();
                let year = |i: usize| pieces.get(i).and_then(|p| p.number).is_some_and(|n| years[n]);
                // Past the language's `de` between a day, its month and its year (`3 de junio de 2024`).
                let of = |i: usize| {
                    i + usize::from(pieces.get(i).is_some_and(|p| self.words().of.contains(&p.key.as_str())))
                };
                let after = of(at + 1);
                (month(Some(after)) && year(of(after + 1))) || (month(at.checked_sub(1)) && year(at + 1))
            })
            .collect()
    }

    /// Every phrase that dates something, in order: around each year, and the words that name
    /// a part of the statement's year, or its time, without a number.
    pub fn date_phrases(&self, years: &[Vec<bool>], days: &[Vec<bool>]) -> Vec<DatePhrase> {
        let mut phrases = Vec::new();
        for paragraph in 0..self.paragraphs.len() {
            let mut index = 0;
            while index < self.numbers[paragraph].len() {
                if !years[paragraph][index] {
                    index += 1;
                    continue;
                }
                let phrase = self.year_phrase(paragraph, index, &years[paragraph], &days[paragraph]);
                index = phrase.years.last().map_or(index, |&last| last) + 1;
                phrases.push(phrase);
            }
            self.length_phrases(paragraph, &mut phrases);
            self.wordy_phrases(paragraph, &mut phrases);
            self.named_starts(paragraph, &mut phrases);
        }
        phrases.sort_by_key(|p| (p.paragraph, p.range.start));
        phrases
    }

    fn year_phrase(&self, paragraph: usize, index: usize, years: &[bool], days: &[bool]) -> DatePhrase {
        let pieces = &self.pieces[paragraph];
        let numbers = &self.numbers[paragraph];
        let year = |i: usize| numbers[i].value as u16;
        let second = (index + 1 < numbers.len() && years[index + 1] && self.joined(paragraph, index, index + 1))
            .then_some(index + 1);
        // The words that lead to the year: prepositions, articles, a month, a part of the year.
        let at = self.piece_of_number(paragraph, index);
        let mut start = at;
        let leads = self.words().year_leads;
        let date_words = self.words().date_words;
        while start > 0 && at - start < 5 {
            let before = &pieces[start - 1];
            let is_day = before.number.is_some_and(|n| days[n]);
            let joins = !self.crosses_clause(paragraph, before.range.end, pieces[start].range.start)
                || (is_day && self.words().day_after_month);
            let dates = is_day
                || before.number.is_none()
                    && (leads.contains(&before.key.as_str())
                        || leads.contains(&self.word(paragraph, before).as_str())
                        || date_words.contains(&before.key.as_str())
                        || self.month_of(&before.key).is_some()
                        || before.key.ends_with(self.words().year_noun));
            if !(joins && dates) {
                break;
            }
            start -= 1;
        }
        // A lead that is only an article or a preposition is not worth quoting on its own.
        while start < at && self.words().leading_articles.contains(&pieces[start].key.as_str()) {
            start += 1;
        }
        let lead: Vec<&Piece> = pieces[start..at].iter().collect();
        let lead_text = lead.iter().map(|p| p.key.as_str()).collect::<Vec<_>>().join(" ");
        let month = lead.iter().rev().find_map(|p| self.month_of(&p.key));
        let part = month.map(Part::Month).or_else(|| part_in_words(&lead_text, self.style)).unwrap_or(Part::Year);
        let first = Date { year: year(index), part };
        let since = lead.iter().any(|p| starts_with_since(&p.key, self.style));
        let kind = match second {
            Some(second) => {
                let to = Date::year(year(second));
                let between = &self.paragraphs[paragraph][numbers[index].end..numbers[second].start];
                let pair = matches!(between.trim(), "et" | "and" | "et en" | "and in")
                    && !lead.iter().any(|p| matches!(p.key.as_str(), "entre" | "between"));
                if pair {
                    When::Pair(first, to)
                } else {
                    When::Span(first, to)
                }
            }
            None if since => When::Since(first),
            None => When::At(first),
        };
        let end = numbers[second.unwrap_or(index)].end;
        let range = pieces[start].range.start..end;
        // `par rapport à 2023`: the base words may stand before the phrase or inside its lead.
        let base = self.is_base(paragraph, range.start) || self.is_base(paragraph, numbers[index].start);
        // A span is a period, never what a figure is compared with (`from 2020 to 2024`).
        let base = base && second.is_none();
        DatePhrase { paragraph, range, kind, years: std::iter::once(index).chain(second).collect(), length: None, base }
    }

    /// Whether the words before `at` make what follows a comparison's base: right before it
    /// (`than in 2022`, `from 2021`), or a few words before it in its clause (`par rapport à
    /// la même période de 2023`).
    fn is_base(&self, paragraph: usize, at: usize) -> bool {
        base_words_before(self, paragraph, at).is_some()
    }

    /// Lengths of time: a number, a unit of time after it, and a lead before it (`sur trois
    /// ans`, `over the next five years`), joined to the year that starts it if one follows
    /// (`à partir de 2025`); the number is the length's, no figure.
    fn length_phrases(&self, paragraph: usize, phrases: &mut Vec<DatePhrase>) {
        let body = &self.paragraphs[paragraph];
        let pieces = &self.pieces[paragraph];
        for (index, token) in self.numbers[paragraph].iter().enumerate() {
            if token.percent || token.scale.is_some() || token.fraction.is_some() || token.value.fract() != 0.0 {
                continue;
            }
            let Some(unit) = time_unit_at(&body[token.end..], self.style) else { continue };
            let Ok(count) = u16::try_from(token.value as u64) else { continue };
            let at = self.piece_of_number(paragraph, index);
            let Some(unit_piece) = pieces.get(at + 1).filter(|p| p.number.is_none()) else { continue };
            // Back over the fillers to the lead.
            let mut lead = at;
            while lead > 0 && self.words().length_fillers.contains(&pieces[lead - 1].key.as_str()) {
                lead -= 1;
            }
            let Some(lead_piece) = lead.checked_sub(1).map(|l| &pieces[l]) else { continue };
            let Some(&(_, from_statement)) =
                self.words().length_leads.iter().find(|(w, _)| *w == self.word(paragraph, lead_piece))
            else {
                continue;
            };
            if self.crosses_clause(paragraph, lead_piece.range.end, unit_piece.range.start) {
                continue;
            }
            let duration = Duration { count, unit };
            let mut range = lead_piece.range.start..unit_piece.range.end;
            let mut years = Vec::new();
            let mut from = from_statement.then_some(self.statement);
            // `à partir de 2025`: the year phrase right after starts it.
            let starts = self.words().length_starts;
            if let Some(start) = phrases.iter().position(|p| {
                p.paragraph == paragraph
                    && p.range.start >= range.end
                    && matches!(p.kind, When::At(_))
                    && !self.crosses_clause(paragraph, range.end, p.range.start)
                    && {
                        let between = body[range.end..p.range.start].trim().to_lowercase();
                        let lead = body[p.range.clone()].to_lowercase();
                        starts.iter().any(|w| between == *w || (between.is_empty() && lead.starts_with(w)))
                    }
            }) {
                let phrase = phrases.remove(start);
                if let When::At(date) = phrase.kind {
                    from = Some(date);
                }
                range.end = phrase.range.end;
                years = phrase.years;
            }
            phrases.push(DatePhrase {
                paragraph,
                range,
                kind: When::Length(duration, from),
                years,
                length: Some(index),
                base: false,
            });
        }
    }

    /// A start the text names without a date: `depuis` and the words after it, to the end of
    /// its clause, with no number among them.
    fn named_starts(&self, paragraph: usize, phrases: &mut Vec<DatePhrase>) {
        let body = &self.paragraphs[paragraph];
        let pieces = &self.pieces[paragraph];
        for (i, piece) in pieces.iter().enumerate() {
            if piece.number.is_some() || !starts_with_since(&body[piece.range.clone()], self.style) {
                continue;
            }
            let mut end = i;
            while end + 1 < pieces.len()
                && end - i < 8
                && pieces[end + 1].number.is_none()
                && !has_digits(&pieces[end + 1].key)
                && self.month_of(&pieces[end + 1].key).is_none()
                && !self.crosses_clause(paragraph, piece.range.end, pieces[end + 1].range.start)
            {
                end += 1;
            }
            // A start is named by two words or more after `depuis`; a date after it is a
            // year phrase's.
            let dated = pieces.get(end + 1).is_some_and(|next| {
                (next.number.is_some() || self.month_of(&next.key).is_some())
                    && !self.crosses_clause(paragraph, piece.range.end, next.range.start)
            });
            let range = piece.range.start..pieces[end].range.end;
            let taken = phrases
                .iter()
                .any(|p| p.paragraph == paragraph && p.range.start < range.end && range.start < p.range.end);
            // `sur la même période` is a period of its own, never a start's name.
            let same = crate::words::says_same_period(&body[range.clone()], self.style);
            if end >= i + 2 && !dated && !taken && !same {
                phrases.push(DatePhrase {
                    paragraph,
                    range,
                    kind: When::SinceNamed,
                    years: Vec::new(),
                    length: None,
                    base: false,
                });
            }
        }
    }

    /// Phrases without a year: `au premier trimestre`, `l'an dernier`, `aujourd'hui`.
    fn wordy_phrases(&self, paragraph: usize, phrases: &mut Vec<DatePhrase>) {
        let body = &self.paragraphs[paragraph];
        let reading = self.style.reading();
        let relative = reading
            .parts
            .iter()
            .map(|p| (p.0, false))
            .chain(reading.years_by_distance.iter().map(|y| (y.0, false)))
            .chain(self.words().now_words.iter().map(|w| (*w, true)));
        for (words, now) in relative {
            for range in find_phrase(body, words) {
                let taken = phrases
                    .iter()
                    .any(|p| p.paragraph == paragraph && p.range.start < range.end + 12 && range.start < p.range.end);
                if taken {
                    continue;
                }
                let kind = if now {
                    When::Now
                } else {
                    // As a fact's; a plan's is read again once its figure is known.
                    match relative_period(&body[range.clone()], self.style, self.statement, false) {
                        Some(date) => When::Relative(date),
                        None => continue,
                    }
                };
                let base = self.is_base(paragraph, range.start);
                phrases.push(DatePhrase { paragraph, range, kind, years: Vec::new(), length: None, base });
            }
        }
    }
}

/// Where the words that make what follows `at` a comparison's base start: right before it
/// (`than`, `from`), or, for the words that can only compare (`par rapport à`, `compared
/// with`), up to five words before it in its clause.
pub(super) fn base_words_before(article: &Article, paragraph: usize, at: usize) -> Option<usize> {
    let body = &article.paragraphs[paragraph];
    let before = body[..at].trim_end();
    let bases = article.words().bases;
    // Found in the text itself, so that its start is the text's whatever its apostrophes.
    let ending = bases.iter().find_map(|base| find_phrase(before, base).pop().filter(|r| r.end == before.len()));
    if let Some(range) = ending {
        return Some(range.start);
    }
    // Back over the words of its clause, never over another number.
    let from = article.pieces[paragraph]
        .iter()
        .filter(|p| p.range.end <= at && !article.crosses_clause(paragraph, p.range.start, at))
        .rev()
        .take(6)
        .take_while(|p| p.number.is_none())
        .last()
        .map_or(at, |p| p.range.start);
    let window = &body[from..at];
    bases
        .iter()
        .filter(|base| base.contains(' '))
        .find_map(|base| crate::text::find_phrase(window, base).into_iter().next())
        .map(|found| from + found.start)
}

fn has_digits(word: &str) -> bool {
    word.chars().any(|c| c.is_ascii_digit())
}

/// A paragraph's pieces: its numbers, and the words outside them.
fn pieces_of(paragraph: &str, numbers: &[NumberToken], style: Lang) -> Vec<Piece> {
    let mut pieces: Vec<Piece> = numbers
        .iter()
        .enumerate()
        .map(|(index, t)| Piece {
            range: t.start..t.end,
            number: Some(index),
            key: paragraph[t.start..t.end].to_lowercase(),
        })
        .collect();
    let is_word = |c: char| c.is_alphanumeric() || matches!(c, '-' | '\'' | '’');
    let mut at = 0;
    for (i, c) in paragraph.char_indices() {
        if i < at {
            continue;
        }
        if !is_word(c) || numbers.iter().any(|t| (t.start..t.end).contains(&i)) {
            continue;
        }
        let end = paragraph[i..]
            .char_indices()
            .find(|&(j, c)| !is_word(c) || numbers.iter().any(|t| (t.start..t.end).contains(&(i + j))))
            .map_or(paragraph.len(), |(j, _)| i + j);
        let word = paragraph[i..end].trim_matches(|c| matches!(c, '-' | '\'' | '’'));
        if !word.is_empty() {
            let offset = paragraph[i..end].find(word).unwrap_or(0);
            pieces.push(Piece { range: i + offset..i + offset + word.len(), number: None, key: key_of(word, style) });
        }
        at = end;
    }
    pieces.sort_by_key(|p| p.range.start);
    pieces
}
