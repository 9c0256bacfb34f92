//! The drafter's guesses: what each number of the text is, and what to draw.
//!
//! Each guess that the compiler cannot check (a label, a unit, a period, a change, a relation,
//! a chart) carries the reason it was made (`why`), which `write` turns into a `# check:` mark.

use std::collections::HashSet;
use std::ops::Range;

use vocabulary::{Change, ChartKind, Currency, Lang, Named, Op, Outlook, Qualifier, UnitKind};

use super::read::{drafting, key_of, Article, DatePhrase, Piece, When};
use crate::numbers::{Direction, NumberToken};
use crate::text::{find_phrase, has_word_starting};
use crate::validate::combine_qualifiers;
use crate::words::{direction_words, outlook_words, qualifier_in_words, relative_period};

/// Everything the drafter proposes.
pub(super) struct Guesses {
    pub units: Vec<UnitGuess>,
    pub figures: Vec<FigureGuess>,
    pub computed: Vec<ComputedGuess>,
    pub events: Vec<EventGuess>,
    pub not_figures: Vec<NotFigureGuess>,
    pub charts: Vec<ChartGuess>,
    /// The article's title, from its first words.
    pub title: String,
    /// The standfirst: the first figures, in words with placeholders.
    pub standfirst: String,
    /// Numbers the draft could not quote once (the text repeats itself word for word).
    pub problems: Vec<String>,
}

#[derive(Clone)]
pub(super) struct UnitGuess {
    pub id: String,
    pub kind: UnitKind,
    pub currency: Option<&'static str>,
    pub singular: Option<String>,
    pub plural: Option<String>,
    pub why: String,
}

#[derive(Clone, Copy, PartialEq)]
pub(super) enum Value {
    Number(f64),
    Fraction(u8, u8),
}

pub(super) struct FigureGuess {
    pub id: String,
    pub paragraph: usize,
    pub value: Value,
    pub unit: usize,
    pub qualifier: Qualifier,
    pub quote: String,
    pub period: String,
    pub period_why: String,
    pub period_quote: Option<String>,
    pub change: Option<Change>,
    pub outlook: Option<(Outlook, String)>,
    pub label: String,
    pub part_of: Option<usize>,
    pub share_of: Option<usize>,
    /// A word of its quote that says it moved, when the draft does not make it a change
    /// (`change = "none"`, marked): the editor decides.
    pub not_a_change: Option<String>,
    /// A word of its quote that says it is planned, when the draft does not make it a plan.
    pub not_a_plan: Option<String>,
    /// What a change is compared with: its date, the quote that says so, and its phrase.
    pub base: Option<BaseGuess>,
    /// The plan this figure details, in another unit (`in a dozen towns`).
    pub detail_of: Option<usize>,
    /// Where its number stands, and the date phrase its period comes from.
    token: NumberToken,
    phrase: Option<usize>,
    scale: bool,
}

pub(super) struct BaseGuess {
    pub date: String,
    pub quote: String,
    phrase: usize,
}

pub(super) struct ComputedGuess {
    pub id: String,
    pub label: String,
    pub formula: String,
    pub period: String,
    /// The words a named start's period is written with: the whole's.
    pub period_quote: Option<String>,
    pub part_of: usize,
    pub why: String,
}

pub(super) struct EventGuess {
    pub id: String,
    pub date: String,
    pub outlook: Option<Outlook>,
    pub label: String,
    pub quote: String,
    pub figures: Vec<usize>,
    order: ((u16, u8), usize),
}

pub(super) struct NotFigureGuess {
    pub quote: String,
    pub reason: String,
}

pub(super) struct ChartGuess {
    pub id: String,
    pub kind: ChartKind,
    pub figures: Vec<String>,
    pub title: String,
    pub takeaway: String,
    pub why: String,
}

pub(super) fn reasons_for(style: Lang) -> (&'static str, &'static str) {
    let words = drafting(style);
    (words.level_reason, words.fact_reason)
}

impl Guesses {
    pub fn make(article: &Article) -> Guesses {
        let words = article.words();
        let years: Vec<Vec<bool>> = (0..article.paragraphs.len()).map(|p| article.years(p)).collect();
        let days: Vec<Vec<bool>> = (0..article.paragraphs.len()).map(|p| article.days(p, &years[p])).collect();
        let phrases = article.date_phrases(&years, &days);
        let mut guesses = Guesses {
            units: Vec::new(),
            figures: Vec::new(),
            computed: Vec::new(),
            events: Vec::new(),
            not_figures: Vec::new(),
            charts: Vec::new(),
            title: String::new(),
            standfirst: String::new(),
            problems: Vec::new(),
        };
        let mut ids = Ids::default();
        let mut pending_units: Vec<Option<UnitGuess>> = Vec::new();
        // The numbers of lengths of time (`trois` of `sur trois ans`) date, and count nothing.
        let lengths: HashSet<(usize, usize)> = phrases.iter().filter_map(|p| Some((p.paragraph, p.length?))).collect();
        for paragraph in 0..article.paragraphs.len() {
            for (index, token) in article.numbers[paragraph].iter().enumerate() {
                if years[paragraph][index] || lengths.contains(&(paragraph, index)) {
                    continue;
                }
                if days[paragraph][index] {
                    // The day with its month: `3 juin`, `June 3`.
                    let at = article.piece_of_number(paragraph, index);
                    let pieces = &article.pieces[paragraph];
                    let month = [at + 1, at.wrapping_sub(1)]
                        .into_iter()
                        .find(|&m| pieces.get(m).is_some_and(|p| article.month_of(&p.key).is_some()));
                    let core = month.map_or(token.start..token.end, |m| {
                        pieces[m].range.start.min(token.start)..pieces[m].range.end.max(token.end)
                    });
                    let quote = unique(article, paragraph, core, &holds_numbers(article, 1))
                        .map(|r| article.text(paragraph, &r).to_string());
                    guesses.push_not_figure(article, paragraph, token, quote, words.day_reason);
                    continue;
                }
                // A count in words said with a plan before it in its sentence may be the plan's
                // detail (`in a dozen towns`): it is drafted as a figure, marked.
                let after_plan = guesses.figures.iter().any(|f| {
                    f.outlook.is_some()
                        && f.paragraph == paragraph
                        && f.token.end <= token.start
                        && article.sentence_of(paragraph, token.start).contains(&f.token.start)
                });
                if token.spelled
                    && token.fraction.is_none()
                    && token.implies.is_none()
                    && token.scale.is_none()
                    && !after_plan
                    && qualifier_before(article, paragraph, index).is_none()
                {
                    guesses.push_not_figure(article, paragraph, token, None, words.spelled_reason);
                    continue;
                }
                let (figure, unit) = figure(article, paragraph, index, &phrases);
                if figure.quote.is_empty() {
                    guesses.problems.push(repeated(article, paragraph, token));
                    continue;
                }
                guesses.figures.push(figure);
                pending_units.push(unit);
            }
        }
        guesses.same_period(article);
        guesses.relate(article, &mut pending_units);
        guesses.inherit_periods(article, &phrases);
        guesses.follow_same_periods(article);
        guesses.settle_bases(article);
        guesses.declines(article);
        guesses.declare_units(article, pending_units);
        let bases: Vec<String> = guesses
            .figures
            .iter()
            .map(|f| figure_id_base(f, &guesses.figures, &guesses.units, article.style))
            .collect();
        for (figure, base) in guesses.figures.iter_mut().zip(bases) {
            figure.id = ids.take(&base);
        }
        guesses.compute(article, &mut ids);
        guesses.date(article, &phrases, &mut ids);
        guesses.draw(article, &mut ids);
        guesses.title = title_of(article);
        guesses.standfirst = guesses.listing(article, &guesses.figures.iter().take(2).collect::<Vec<_>>());
        guesses
    }

    fn push_not_figure(
        &mut self,
        article: &Article,
        paragraph: usize,
        token: &NumberToken,
        quote: Option<String>,
        reason: &str,
    ) {
        let quote = quote.or_else(|| {
            unique(article, paragraph, token.start..token.end, &holds_numbers(article, 1))
                .map(|r| article.text(paragraph, &r).to_string())
        });
        match quote {
            Some(quote) => self.not_figures.push(NotFigureGuess { quote, reason: reason.to_string() }),
            None => self.problems.push(repeated(article, paragraph, token)),
        }
    }

    /// `sur la même période` is the period of the figure before it in the text as that period
    /// finally stands (a plan's part of a year may have moved on): taken again, in text order.
    fn follow_same_periods(&mut self, article: &Article) {
        for f in 1..self.figures.len() {
            let says_same = self.figures[f].period_quote.as_deref().is_some_and(|q| {
                crate::words::says_same_period(q, article.style) && !q.chars().any(|c| c.is_ascii_digit())
            });
            if !says_same {
                continue;
            }
            // A plan's period is no fact's: a figure that is not planned takes none from it.
            let planned = |g: usize| self.figures[g].outlook.is_some() || self.in_a_plan(g);
            let before = if planned(f - 1) && !planned(f) {
                "unspecified".to_string()
            } else {
                self.figures[f - 1].period.clone()
            };
            let figure = &mut self.figures[f];
            if before == "unspecified" {
                figure.period_quote = None;
                figure.period_why = "\"over the same period\" follows a figure with no date, or a plan's".into();
            }
            figure.period = before;
        }
    }

    /// A base that says `la même période` is the part of the year of its figure's period, as
    /// that period stands once every figure is dated.
    fn settle_bases(&mut self, article: &Article) {
        for figure in &mut self.figures {
            // The part of the year its period starts in, as the compiler reads it.
            let own = period_start(&figure.period).map(|own| own.part);
            if let Some(base) = figure.base.as_mut() {
                let Some(date) = vocabulary::Date::parse(&base.date) else { continue };
                if crate::words::says_same_period(&base.quote, article.style) {
                    let part = crate::words::part_named(&base.quote, article.style, own);
                    base.date = vocabulary::Date { year: date.year, part }.key();
                }
            }
        }
    }

    /// Whether figure `f` is part of a plan, as the compiler reads it: a whole up the chain of
    /// what it is part of, a share of or a detail of has an outlook.
    fn in_a_plan(&self, f: usize) -> bool {
        let whole = |at: usize| {
            let figure = &self.figures[at];
            figure.part_of.or(figure.share_of).or(figure.detail_of)
        };
        let mut up = whole(f);
        for _ in 0..self.figures.len() {
            let Some(at) = up else { return false };
            if self.figures[at].outlook.is_some() {
                return true;
            }
            up = whole(at);
        }
        false
    }

    /// A part, a share or a detail the text does not date has its whole's period: a plan's
    /// part runs over the plan's years.
    fn inherit_periods(&mut self, article: &Article, phrases: &[DatePhrase]) {
        for f in 0..self.figures.len() {
            let figure = &self.figures[f];
            let Some(whole) = figure.part_of.or(figure.share_of).or(figure.detail_of) else { continue };
            // A plan's part is planned, so a part of a year without its year is the next one.
            let planned = self.in_a_plan(f) && figure.outlook.is_none();
            if let (true, Some(p)) = (planned, figure.phrase) {
                if matches!(phrases[p].kind, When::Relative(_)) {
                    let words = article.text(phrases[p].paragraph, &phrases[p].range);
                    if let Some(date) = relative_period(words, article.style, article.statement, true) {
                        self.figures[f].period = date.key();
                    }
                }
            }
            let figure = &self.figures[f];
            if figure.period != "unspecified" || self.figures[whole].period == "unspecified" {
                continue;
            }
            let whole = &self.figures[whole];
            // `sur la même période` names the period of the figure before, not of the whole.
            let period_quote = whole.period_quote.clone().filter(|q| !crate::words::says_same_period(q, article.style));
            let (period, phrase) = (whole.period.clone(), whole.phrase);
            // A length or a named start is read from words: without them, nothing is taken.
            if period_quote.is_none() && (period.starts_with('P') || period.contains('/') || period == "since") {
                continue;
            }
            let figure = &mut self.figures[f];
            (figure.period, figure.period_quote, figure.phrase) = (period, period_quote, phrase);
            figure.period_why = "no date of its own: the period of the figure it is part of".into();
        }
    }

    /// A figure whose quote says a thing moved, or is planned, and that the draft does not
    /// make a change or a plan: the compiler asks why, and the draft says `none`, marked, so
    /// that the editor decides.
    fn declines(&mut self, article: &Article) {
        let style = article.style;
        for f in 0..self.figures.len() {
            // A plan's part is planned, whatever its own words.
            let planned = self.in_a_plan(f);
            let figure = &mut self.figures[f];
            let said = format!("{} {}", figure.quote, figure.period_quote.as_deref().unwrap_or(""));
            // The words of its quote before its own number (not an earlier one of the same digits).
            let body = &article.paragraphs[figure.paragraph];
            let before = crate::text::find_quote(body, &figure.quote)
                .into_iter()
                .find(|r| r.start <= figure.token.start && figure.token.end <= r.end)
                .map_or("", |r| &body[r.start..figure.token.start]);
            if figure.change.is_none() && !crate::words::reaches_a_level(before, style) {
                figure.not_a_change = crate::words::direction_in(&figure.quote, &figure.token, style).map(|(_, w)| w);
            }
            if figure.outlook.is_none() && !planned {
                figure.not_a_plan = crate::words::outlook_in(&said, before, style).map(|(_, w)| w);
            }
        }
    }

    /// A figure after the words "over the same period", or in their clause, takes the period of
    /// the figure right before it.
    fn same_period(&mut self, article: &Article) {
        for f in 1..self.figures.len() {
            if self.figures[f].period != "unspecified" {
                continue;
            }
            let figure = &self.figures[f];
            let (paragraph, at) = (figure.paragraph, figure.token.start);
            let sentence = article.sentence_of(paragraph, at);
            let words = &article.paragraphs[paragraph][sentence.clone()];
            let said = article.style.reading().same_period.iter().find_map(|w| {
                find_phrase(words, w)
                    .into_iter()
                    .map(|r| sentence.start + r.start..sentence.start + r.end)
                    .find(|r| r.end <= at || !article.crosses_clause(paragraph, at, r.start))
                    .map(|r| (*w, r))
            });
            let Some((said, range)) = said else { continue };
            let before = &self.figures[f - 1];
            if before.period != "unspecified" && before.outlook.is_none() {
                // The words themselves are its period quote, which the compiler checks.
                let quote = unique(article, paragraph, range, &|q: &str| {
                    // As the compiler reads it: the words alone, with no year of their own.
                    crate::words::says_same_period(q, article.style)
                        && crate::numbers::find_numbers(q, article.style).is_empty()
                })
                .map(|r| article.text(paragraph, &r).to_string());
                self.figures[f].period = before.period.clone();
                self.figures[f].period_quote = quote;
                self.figures[f].period_why = format!("\"{said}\": the period of the figure before it");
            }
        }
    }

    /// Which figure is part, or a share, of which: `environ 50.000 migrants, dont 90%`,
    /// `85 of them`, `Fewer than 300 of its 1,000`; a figure with no noun of its own then
    /// counts what its whole counts.
    fn relate(&mut self, article: &Article, units: &mut [Option<UnitGuess>]) {
        for f in 0..self.figures.len() {
            let figure = &self.figures[f];
            let paragraph = figure.paragraph;
            let sentence = article.sentence_of(paragraph, figure.token.start);
            // A plan's part has no outlook of its own: it is planned as its whole is.
            let same_sentence = |g: usize| {
                let other = &self.figures[g];
                g != f
                    && other.paragraph == paragraph
                    && sentence.contains(&other.token.start)
                    && other.change.is_none()
                    && (other.outlook.is_none() || figure.outlook.is_none())
            };
            let is_count = |g: usize| {
                units[g].as_ref().is_none_or(|u| u.kind != UnitKind::Percent)
                    && !matches!(self.figures[g].value, Value::Fraction(..))
            };
            let before = (0..f).rev().filter(|&g| same_sentence(g) && is_count(g));
            let after_close = |g: usize| {
                same_sentence(g)
                    && g > f
                    && is_count(g)
                    && pieces_between(article, paragraph, figure.token.end, self.figures[g].token.start) <= 4
            };
            let marked =
                marker_before(article, paragraph, &figure.token) || marker_after(article, paragraph, &figure.token);
            let is_share = matches!(figure.value, Value::Fraction(..))
                || units[f].as_ref().is_some_and(|u| u.kind == UnitKind::Percent);
            let value = |g: usize| match self.figures[g].value {
                Value::Number(v) => v,
                Value::Fraction(..) => f64::NAN,
            };
            let (mut share_of, mut part_of) = (None, None);
            let related = figure.change.is_none() && figure.outlook.is_none();
            if !related {
            } else if is_share {
                let fraction = matches!(figure.value, Value::Fraction(..));
                let whole = if marked || fraction {
                    before.clone().next().or_else(|| (f + 1..self.figures.len()).find(|&g| after_close(g)))
                } else {
                    (f + 1..self.figures.len()).find(|&g| {
                        after_close(g) && of_between(article, paragraph, figure.token.end, self.figures[g].token.start)
                    })
                };
                share_of = whole;
            } else {
                let own = value(f);
                let same_unit = |g: usize| match (&units[f], &units[g]) {
                    (Some(a), Some(b)) => a.kind == b.kind && a.currency == b.currency && a.plural == b.plural,
                    (None, _) => true,
                    _ => false,
                };
                let whole = if marked {
                    before.clone().find(|&g| same_unit(g) && value(g) > own)
                } else {
                    (f + 1..self.figures.len()).find(|&g| {
                        after_close(g)
                            && same_unit(g)
                            && value(g) > own
                            && of_between(article, paragraph, figure.token.end, self.figures[g].token.start)
                    })
                };
                if let Some(whole) = whole {
                    part_of = Some(whole);
                    if units[f].is_none() {
                        units[f] = units[whole].as_ref().map(|u| UnitGuess {
                            why: format!("{} (as the figure it is part of)", u.why),
                            ..u.clone()
                        });
                    }
                }
            }
            // A number with no noun counts what the count before it in its sentence counts.
            let in_sentence =
                |g: usize| self.figures[g].paragraph == paragraph && sentence.contains(&self.figures[g].token.start);
            if units[f].is_none() {
                if let Some(g) = (0..f)
                    .rev()
                    .find(|&g| in_sentence(g) && units[g].as_ref().is_some_and(|u| u.kind == UnitKind::Count))
                {
                    units[f] = units[g].as_ref().map(|u| UnitGuess {
                        why: format!("{} (no noun follows the number: as the count before it)", u.why),
                        ..u.clone()
                    });
                }
            }
            // A count the text gives with a plan and dates no other way details the plan:
            // `£500m for new depots in a dozen towns`.
            let detail_of = (related
                && share_of.is_none()
                && part_of.is_none()
                && figure.period == "unspecified"
                && units[f].as_ref().is_some_and(|u| u.kind == UnitKind::Count))
            .then(|| {
                (0..f).rev().find(|&g| {
                    let plan = &self.figures[g];
                    plan.outlook.is_some() && plan.paragraph == paragraph && sentence.contains(&plan.token.start)
                })
            })
            .flatten();
            (self.figures[f].share_of, self.figures[f].part_of, self.figures[f].detail_of) =
                (share_of, part_of, detail_of);
        }
        // A part counts what its whole counts, whichever got its noun first.
        for f in 0..self.figures.len() {
            if let Some(whole) = self.figures[f].part_of {
                units[f] = units[whole]
                    .as_ref()
                    .map(|u| UnitGuess { why: format!("{} (as the figure it is part of)", u.why), ..u.clone() });
            }
        }
    }

    /// Gives every figure its unit, declaring each unit once.
    fn declare_units(&mut self, article: &Article, units: Vec<Option<UnitGuess>>) {
        let words = article.words();
        let mut taken = HashSet::new();
        for (figure, unit) in self.figures.iter_mut().zip(units) {
            let unit = unit.unwrap_or_else(|| UnitGuess {
                id: String::new(),
                kind: UnitKind::Count,
                currency: None,
                singular: Some(words.generic_unit.0.to_string()),
                plural: Some(words.generic_unit.1.to_string()),
                why: "no noun follows the number: name what it counts".to_string(),
            });
            let same = |u: &UnitGuess| u.kind == unit.kind && u.currency == unit.currency && u.plural == unit.plural;
            figure.unit = match self.units.iter().position(same) {
                Some(index) => index,
                None => {
                    let base = match (unit.kind, unit.currency, &unit.plural) {
                        (UnitKind::Percent, ..) => "percent".to_string(),
                        (UnitKind::PercentagePoint, ..) => "points".to_string(),
                        (_, Some(code), _) => code.to_lowercase(),
                        (_, None, Some(plural)) => slug(plural),
                        _ => "unit".to_string(),
                    };
                    let mut id = base.clone();
                    let mut n = 2;
                    while !taken.insert(id.clone()) {
                        id = format!("{base}-{n}");
                        n += 1;
                    }
                    self.units.push(UnitGuess { id, ..unit });
                    self.units.len() - 1
                }
            };
        }
    }

    /// The figures computed from a whole and its first part or share: the rest of a whole, the
    /// count a share stands for.
    fn compute(&mut self, article: &Article, ids: &mut Ids) {
        let words = article.words();
        for whole in 0..self.figures.len() {
            let part = (0..self.figures.len()).find(|&p| self.figures[p].part_of == Some(whole));
            let share = (0..self.figures.len()).find(|&s| self.figures[s].share_of == Some(whole));
            if let Some(part) = part {
                let (w, p) = (&self.figures[whole], &self.figures[part]);
                if combine_qualifiers(Op::Minus, w.qualifier, p.qualifier).is_some() {
                    let period = rest_period(&w.period, &p.period);
                    self.computed.push(ComputedGuess {
                        id: ids.take(&format!("{}-rest", w.id)),
                        label: words.others.to_string(),
                        formula: format!("{} - {}", w.id, p.id),
                        period_quote: (period == "since").then(|| w.period_quote.clone()).flatten(),
                        period,
                        part_of: whole,
                        why: "computed as the whole minus its stated part: say what the rest is, and check its period"
                            .into(),
                    });
                }
            }
            // One computed figure per whole, for the one chart it gets.
            if let Some(share) = share.filter(|_| self.computed.last().is_none_or(|c| c.part_of != whole)) {
                let (w, s) = (&self.figures[whole], &self.figures[share]);
                let counted = self.units[w.unit].kind != UnitKind::Percent;
                if counted && combine_qualifiers(Op::PercentOf, s.qualifier, w.qualifier).is_some() {
                    self.computed.push(ComputedGuess {
                        id: ids.take(&format!("{}-part", w.id)),
                        label: s.label.clone(),
                        formula: format!("{} of {}", s.id, w.id),
                        period: w.period.clone(),
                        period_quote: (w.period == "since").then(|| w.period_quote.clone()).flatten(),
                        part_of: whole,
                        why: "computed as the share of its whole: check the label".into(),
                    });
                }
            }
        }
    }

    /// Events from the date phrases; years that date nothing become `[[not_figures]]`.
    fn date(&mut self, article: &Article, phrases: &[DatePhrase], ids: &mut Ids) {
        let words = article.words();
        for (p, phrase) in phrases.iter().enumerate() {
            let paragraph = phrase.paragraph;
            let dated: Vec<usize> = (0..self.figures.len()).filter(|&f| self.figures[f].phrase == Some(p)).collect();
            // A length of time dates the figures it is said of; alone, it is no figure.
            if let (When::Length(..), Some(length)) = (phrase.kind, phrase.length) {
                if dated.is_empty() {
                    let quote = phrase_quote(article, phrase);
                    let token = &article.numbers[paragraph][length];
                    self.push_not_figure(article, paragraph, token, quote, words.length_reason);
                }
                continue;
            }
            if phrase.years.is_empty() {
                continue;
            }
            let token = |i: usize| &article.numbers[paragraph][phrase.years[i]];
            if phrase.base {
                // The base of a change it stands by is that change's; else it dates nothing.
                if !self.figures.iter().any(|f| f.base.as_ref().is_some_and(|b| b.phrase == p)) {
                    let quote = phrase_quote(article, phrase);
                    self.push_not_figure(article, paragraph, token(0), quote, words.base_reason);
                }
                continue;
            }
            let ahead = phrase.kind.last(article.statement).first_month() > article.statement.last_month();
            // The words of a plan stand in the date's clause, or just before it.
            let outlook =
                if ahead { outlook_near(article, paragraph, &phrase.range, true) } else { None }.filter(|(_, word)| {
                    let (from, to) = (word.start.min(phrase.range.start), word.end.max(phrase.range.end));
                    !article.crosses_clause(paragraph, from, to) && to - from < phrase.range.len() + 60
                });
            if ahead && outlook.is_none() {
                let quote = phrase_quote(article, phrase);
                self.push_not_figure(article, paragraph, token(0), quote, words.ahead_reason);
                continue;
            }
            let core = match &outlook {
                Some((_, word)) => word.start.min(phrase.range.start)..word.end.max(phrase.range.end),
                None => phrase.range.clone(),
            };
            // The compiler dates an event by the first of each of its years in its quote.
            let first_year = |quote: &str| {
                let Some(found) = crate::text::find_quote(&article.paragraphs[paragraph], quote).into_iter().next()
                else {
                    return false;
                };
                // Each of its years is the first of its value in the quote (a span's end too).
                (0..phrase.years.len()).all(|i| {
                    let year = token(i);
                    let first = article.numbers[paragraph].iter().find(|t| {
                        t.start >= found.start
                            && t.end <= found.end
                            && t.value == year.value
                            && !t.percent
                            && !t.spelled
                    });
                    first.map(|t| t.start) == Some(year.start)
                })
            };
            let Some(quote) = unique(article, paragraph, core, &first_year) else {
                let quote = phrase_quote(article, phrase);
                self.push_not_figure(article, paragraph, token(0), quote, words.unknown_year_reason);
                continue;
            };
            let quote_text = article.text(paragraph, &quote).to_string();
            let label =
                event_label(article, paragraph, &phrase.range).unwrap_or_else(|| words.no_event_label.to_string());
            let dates: Vec<(String, (u16, u8))> = match phrase.kind {
                When::At(d) | When::Since(d) => vec![(d.key(), d.first_month())],
                When::Span(a, b) => vec![(format!("{}..{}", a.key(), b.key()), a.first_month())],
                When::Pair(a, b) => vec![(a.key(), a.first_month()), (b.key(), b.first_month())],
                When::Relative(_) | When::Now | When::Length(..) | When::SinceNamed => vec![],
            };
            for (date, first) in dates {
                let year = &date[..4];
                let figures = if matches!(phrase.kind, When::At(_)) { dated.clone() } else { Vec::new() };
                self.events.push(EventGuess {
                    id: ids.take(&format!("date-{year}")),
                    date,
                    outlook: outlook.as_ref().map(|(o, _)| *o),
                    label: label.clone(),
                    quote: quote_text.clone(),
                    figures,
                    order: (first, self.events.len()),
                });
            }
        }
        self.events.sort_by_key(|e| e.order);
    }

    /// A first set of charts: the timeline, a split bar for each whole and its part, a
    /// part-to-whole for each whole and its share, the changes of each unit, bars for figures
    /// of one unit, and tiles for the rest, paragraph by paragraph.
    fn draw(&mut self, article: &Article, ids: &mut Ids) {
        let words = article.words();
        if !self.events.is_empty() {
            self.charts.push(ChartGuess {
                id: ids.take("timeline"),
                kind: ChartKind::Timeline,
                figures: Vec::new(),
                title: words.timeline_title.into(),
                takeaway: words.timeline_takeaway.into(),
                why: "every dated event of the text".into(),
            });
        }
        let mut shown: HashSet<String> = HashSet::new();
        for c in 0..self.computed.len() {
            let computed = &self.computed[c];
            // A whole that is itself a part gets a second chart: its own parts.
            let whole = &self.figures[computed.part_of];
            let (kind, other, takeaway) = if computed.formula.contains(" - ") {
                let part =
                    self.figures.iter().find(|f| f.part_of == Some(computed.part_of)).expect("a rest has its part");
                let (whole_id, part_id) = (format!("{{{}}}", whole.id), format!("{{{}}}", part.id));
                let takeaway =
                    article.words().part_takeaway.replacen("{whole}", &whole_id, 1).replacen("{part}", &part_id, 1);
                let takeaway = takeaway.replacen("{label}", &part.label, 1);
                (ChartKind::SplitBar, part, takeaway)
            } else {
                let share =
                    self.figures.iter().find(|f| f.share_of == Some(computed.part_of)).expect("a part has its share");
                let takeaway =
                    format!("{{{}}} {} {{{}}} {}.", share.id, words.of_the, whole.id, self.noun_after(article, whole));
                (ChartKind::PartToWhole, share, takeaway)
            };
            let figures = vec![whole.id.clone(), other.id.clone(), computed.id.clone()];
            shown.extend(figures.iter().cloned());
            self.charts.push(ChartGuess {
                id: ids.take(&format!("{}-chart", whole.id)),
                kind,
                figures,
                title: capitalise(&format!("{} {}", self.noun_after(article, whole), whole.label)),
                takeaway: capitalise(&takeaway),
                why: format!(
                    "a {} for a whole and its {}",
                    kind.name(),
                    if kind == ChartKind::SplitBar { "part" } else { "share" }
                ),
            });
        }
        // Changes, one chart per unit.
        let mut units_of_changes: Vec<usize> =
            self.figures.iter().filter(|f| f.change.is_some()).map(|f| f.unit).collect();
        units_of_changes.dedup();
        for unit in units_of_changes {
            let figures: Vec<String> = self
                .figures
                .iter()
                .filter(|f| f.change.is_some() && f.unit == unit && !shown.contains(&f.id))
                .map(|f| f.id.clone())
                .collect();
            if figures.is_empty() {
                continue;
            }
            shown.extend(figures.iter().cloned());
            self.charts.push(ChartGuess {
                id: ids.take(&format!("changes-{}", self.units[unit].id)),
                kind: ChartKind::Changes,
                figures,
                title: words.changes_title.into(),
                takeaway: words.changes_takeaway.into(),
                why: "the changes of one unit, either side of zero".into(),
            });
        }
        // Bars for two figures or more of one unit; tiles for the rest, by paragraph.
        for unit in 0..self.units.len() {
            let figures: Vec<&FigureGuess> =
                self.figures.iter().filter(|f| f.unit == unit && !shown.contains(&f.id)).collect();
            if figures.len() < 2 {
                continue;
            }
            let takeaway = self.listing(article, &figures);
            let ids_of: Vec<String> = figures.iter().map(|f| f.id.clone()).collect();
            let title = capitalise(self.units[unit].plural.as_deref().unwrap_or(&figures[0].label));
            shown.extend(ids_of.iter().cloned());
            self.charts.push(ChartGuess {
                id: ids.take(&format!("{}-bars", self.units[unit].id)),
                kind: ChartKind::Bars,
                figures: ids_of,
                title,
                takeaway,
                why: "figures of one unit, side by side from zero: check that they compare".into(),
            });
        }
        for paragraph in 0..article.paragraphs.len() {
            let figures: Vec<&FigureGuess> =
                self.figures.iter().filter(|f| f.paragraph == paragraph && !shown.contains(&f.id)).collect();
            if figures.is_empty() {
                continue;
            }
            let takeaway = self.listing(article, &figures);
            let title = capitalise(&format!("{} {}", self.noun_after(article, figures[0]), figures[0].label));
            let ids_of: Vec<String> = figures.iter().map(|f| f.id.clone()).collect();
            shown.extend(ids_of.iter().cloned());
            self.charts.push(ChartGuess {
                id: ids.take(&format!("figures-{}", paragraph + 1)),
                kind: ChartKind::StatTiles,
                figures: ids_of,
                title,
                takeaway,
                why: "the other figures of a paragraph, as tiles".into(),
            });
        }
    }

    /// What follows a figure's `{id}` in a sentence: its unit's words (with French `de` after
    /// a million or a billion), nothing for a percentage.
    fn noun_after(&self, article: &Article, figure: &FigureGuess) -> String {
        let unit = &self.units[figure.unit];
        let Some(plural) = &unit.plural else { return String::new() };
        // After a million or a billion, the language's `de` (`d'` before a vowel in French).
        if figure.scale {
            let terms = article.style.terms();
            let elides = plural
                .chars()
                .next()
                .is_some_and(|c| terms.elides_before.contains(&c.to_lowercase().next().unwrap_or(c)));
            let of = if elides { terms.of_elided } else { terms.of };
            return [of.trim_start_matches(['\u{a0}', ' ']), plural].concat();
        }
        plural.clone()
    }

    /// Figures in words with their placeholders: `{a} migrants régularisés et {b} …`.
    fn listing(&self, article: &Article, figures: &[&FigureGuess]) -> String {
        let words = article.words();
        let parts: Vec<String> = figures
            .iter()
            .map(|f| {
                let noun = self.noun_after(article, f);
                [format!("{{{}}}", f.id), noun, f.label.clone()]
                    .iter()
                    .filter(|s| !s.is_empty())
                    .cloned()
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect();
        let text = match parts.split_last() {
            Some((last, [])) => last.clone(),
            Some((last, rest)) => format!("{} {} {last}", rest.join(", "), words.and),
            None => return String::new(),
        };
        capitalise(&format!("{text}."))
    }
}

/// Ids, each given once across figures, events and charts.
#[derive(Default)]
struct Ids(HashSet<String>);

impl Ids {
    fn take(&mut self, base: &str) -> String {
        let base = slug(base);
        let mut id = base.clone();
        let mut n = 2;
        while !self.0.insert(id.clone()) {
            id = format!("{base}-{n}");
            n += 1;
        }
        id
    }
}

/// A figure's id before it is made unique: what it counts, and its first year.
fn figure_id_base(figure: &FigureGuess, figures: &[FigureGuess], units: &[UnitGuess], style: Lang) -> String {
    let figure_whole_noun = |whole: usize| {
        let unit = &units[figures[whole].unit];
        unit.plural.clone().unwrap_or_else(|| unit.id.clone())
    };
    let unit = &units[figure.unit];
    let what = match (figure.change, unit.kind) {
        (Some(_), _) => format!("{}-change", first_words(&figure.label, style)),
        (None, UnitKind::Percent) => match figure.share_of {
            Some(whole) => format!("{}-share", figure_whole_noun(whole)),
            None => format!("{}-share", first_words(&figure.label, style)),
        },
        _ => unit.plural.clone().unwrap_or_else(|| unit.id.clone()),
    };
    let year = figure.period.get(..4).filter(|y| y.bytes().all(|b| b.is_ascii_digit()));
    match year {
        Some(year) => format!("{what}-{year}"),
        None => what,
    }
}

/// The first two words of a label that are not small words, for an id.
fn first_words(label: &str, style: Lang) -> String {
    let small = drafting(style).small_words;
    let words: Vec<&str> = label
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty() && !small.contains(&w.to_lowercase().as_str()))
        .take(2)
        .collect();
    if words.is_empty() {
        "figure".into()
    } else {
        words.join("-")
    }
}

/// Lower-case ASCII letters, digits and single hyphens, starting with a letter.
pub(super) fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in text.to_lowercase().chars() {
        let plain = match c {
            'à' | 'â' | 'ä' | 'á' | 'ã' => "a",
            'é' | 'è' | 'ê' | 'ë' => "e",
            'î' | 'ï' | 'í' => "i",
            'ô' | 'ö' | 'ó' => "o",
            'ù' | 'û' | 'ü' | 'ú' => "u",
            'ç' => "c",
            'ñ' => "n",
            'œ' => "oe",
            'æ' => "ae",
            c if c.is_ascii_alphanumeric() => {
                out.push(c);
                continue;
            }
            _ => "-",
        };
        out.push_str(plain);
    }
    let mut id = out.split('-').filter(|p| !p.is_empty()).take(5).collect::<Vec<_>>().join("-");
    if !id.starts_with(|c: char| c.is_ascii_lowercase()) {
        id = format!("n-{id}");
    }
    id.trim_end_matches('-').to_string()
}

fn capitalise(text: &str) -> String {
    let text = text.trim();
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The rest of a whole over its period, when the part is its last year (`22.000 depuis 2014,
/// dont 1400 en 2018`: the rest is 2014 to 2017); else the whole's period.
fn rest_period(whole: &str, part: &str) -> String {
    let year = |text: &str| text.get(..4).and_then(|y| y.parse::<u16>().ok());
    match (whole.split_once(".."), year(part)) {
        (Some((from, to)), Some(part_year)) if part.len() == 4 => {
            let last = if to.is_empty() { None } else { year(to) };
            let from_year = year(from);
            match (from_year, last) {
                (Some(from_year), Some(last)) if last == part_year && from_year < last => {
                    format!("{from}..{}", last - 1)
                }
                (Some(from_year), None) if from_year < part_year => format!("{from}..{}", part_year - 1),
                _ => whole.to_string(),
            }
        }
        _ => whole.to_string(),
    }
}

/// The number of pieces between two places of a paragraph.
fn pieces_between(article: &Article, paragraph: usize, from: usize, to: usize) -> usize {
    article.pieces[paragraph].iter().filter(|p| p.range.start >= from && p.range.end <= to).count()
}

/// Whether `of` (or `des`, `de`, `sur`) stands between two places: `300 of its 1,000`.
fn of_between(article: &Article, paragraph: usize, from: usize, to: usize) -> bool {
    article.pieces[paragraph]
        .iter()
        .filter(|p| p.range.start >= from && p.range.end <= to)
        .any(|p| article.words().share_of.contains(&p.key.as_str()))
}

fn marker_before(article: &Article, paragraph: usize, token: &NumberToken) -> bool {
    let pieces = &article.pieces[paragraph];
    let at = pieces.iter().position(|p| p.range.start == token.start).unwrap_or(0);
    pieces[at.saturating_sub(2)..at].iter().any(|p| {
        article.words().part_before.contains(&p.key.as_str())
            && !article.crosses_clause(paragraph, p.range.end, token.start)
    })
}

fn marker_after(article: &Article, paragraph: usize, token: &NumberToken) -> bool {
    let pieces = &article.pieces[paragraph];
    let at = pieces.iter().position(|p| p.range.start == token.start).unwrap_or(0);
    let next: Vec<&str> = pieces.iter().skip(at + 1).take(3).map(|p| p.key.as_str()).collect();
    article.words().part_after.iter().any(|marker| next.windows(marker.len()).take(2).any(|w| w == *marker))
}

/// The qualifier words right before number `index` (`plus de`, `about`), and where they start.
fn qualifier_before(article: &Article, paragraph: usize, index: usize) -> Option<(Qualifier, usize)> {
    let token = &article.numbers[paragraph][index];
    let pieces = &article.pieces[paragraph];
    let at = article.piece_of_number(paragraph, index);
    (1..=3.min(at)).find_map(|back| {
        let start = pieces[at - back].range.start;
        if pieces[at - back].number.is_some() || article.crosses_clause(paragraph, start, token.start) {
            return None;
        }
        let words = &article.paragraphs[paragraph][start..token.start];
        qualifier_in_words(words, article.style).map(|(q, _)| (q, start))
    })
}

/// A word of a direction (`reculé`, `rose`) among the four words before number `index`, with
/// no other number between: `a reculé de 1,2 point`, `rose by 9%`, but not the level it
/// reached (`rose by 9% to 2.3 million`, `à 7,1 %`).
fn direction_before(article: &Article, paragraph: usize, index: usize) -> Option<(Direction, usize)> {
    let token = &article.numbers[paragraph][index];
    let pieces = &article.pieces[paragraph];
    let at = article.piece_of_number(paragraph, index);
    // The word of a level reached, right before the number or its article (`hasta el 11,2 %`).
    let mut before = at;
    while before > 1 && article.words().leading_articles.contains(&pieces[before - 1].key.as_str()) {
        before -= 1;
    }
    if before > 0 && article.words().reached.contains(&pieces[before - 1].key.as_str()) {
        return None;
    }
    for back in 1..=4.min(at) {
        let piece = &pieces[at - back];
        if piece.number.is_some()
            || has_digit(&piece.key)
            || article.crosses_clause(paragraph, piece.range.end, token.start)
        {
            return None;
        }
        let found = [Direction::Up, Direction::Down].into_iter().find(|&direction| {
            direction_words(direction, article.style).iter().any(|stem| {
                if stem.ends_with(' ') {
                    piece.key == stem.trim_end()
                } else {
                    piece.key.starts_with(stem)
                }
            })
        });
        if let Some(direction) = found {
            return Some((direction, piece.range.start));
        }
    }
    None
}

/// A word that makes what is near `range` a target or a forecast, in its sentence. A word too
/// common in other senses (`qui en compte 45 000`, `as it will`) counts only when the date is
/// after the statement (`ahead`), or when it governs the number; some never do (`compte`).
fn outlook_near(
    article: &Article,
    paragraph: usize,
    range: &Range<usize>,
    ahead: bool,
) -> Option<(Outlook, Range<usize>)> {
    let sentence = article.sentence_of(paragraph, range.start);
    let body = &article.paragraphs[paragraph];
    let mut found: Vec<(Outlook, Range<usize>)> = Vec::new();
    // A weak word counts when the date is after the statement, or when it governs the number
    // (`will invest £2bn`): a few words before it in its clause.
    let reading = article.style.reading();
    let listed = |table: &[&str], stem: &str| table.contains(&stem);
    let governs = |piece: &Piece| {
        piece.range.end <= range.start
            && range.start - piece.range.end <= crate::words::GOVERNING_REACH
            && !article.crosses_clause(paragraph, piece.range.end, range.start)
    };
    for outlook in [Outlook::Target, Outlook::Forecast] {
        for stem in outlook_words(outlook, article.style) {
            if listed(reading.ambiguous_outlook, stem) && !ahead {
                continue;
            }
            let weak = listed(reading.governing_outlook, stem);
            for piece in &article.pieces[paragraph] {
                if sentence.contains(&piece.range.start)
                    && piece.number.is_none()
                    && !stem.contains(' ')
                    && has_word_starting(&body[piece.range.clone()], stem)
                    && (!weak || ahead || governs(piece))
                {
                    found.push((outlook, piece.range.clone()));
                }
            }
            if stem.contains(' ') {
                found.extend(
                    find_phrase(&body[sentence.clone()], stem)
                        .into_iter()
                        .map(|r| (outlook, sentence.start + r.start..sentence.start + r.end)),
                );
            }
        }
    }
    // A verb in the future tense: `investira`, `atteindront`.
    for piece in &article.pieces[paragraph] {
        let word = &body[piece.range.clone()];
        if sentence.contains(&piece.range.start)
            && piece.number.is_none()
            && crate::words::future_tense_in(word, article.style).is_some()
            && (ahead || governs(piece))
        {
            found.push((Outlook::Forecast, piece.range.clone()));
        }
    }
    // The nearest one before the range, else the nearest after it.
    let before = found.iter().filter(|(_, r)| r.end <= range.start).max_by_key(|(_, r)| r.start).cloned();
    before.or_else(|| found.into_iter().filter(|(_, r)| r.start >= range.end).min_by_key(|(_, r)| r.start))
}

/// Whether a word holds a digit (`12m` in French, `A320`): labels never do.
fn has_digit(word: &str) -> bool {
    word.chars().any(|c| c.is_ascii_digit())
}

/// What to tell the editor about a number that stands in words the text repeats.
fn repeated(article: &Article, paragraph: usize, token: &NumberToken) -> String {
    let sentence = article.sentence_of(paragraph, token.start);
    format!(
        "paragraph {}: the number `{}` in \"{}\" stands in words the text repeats word for word, so no quote names it once",
        paragraph + 1,
        &article.paragraphs[paragraph][token.start..token.end],
        article.paragraphs[paragraph][sentence].trim()
    )
}

/// Accepts a quote that holds `n` numbers: a `[[not_figures]]` quote names only its own.
fn holds_numbers(article: &Article, n: usize) -> impl Fn(&str) -> bool + '_ {
    move |quote| crate::numbers::find_numbers(quote, article.style).len() == n
}

/// The shortest passage that holds a date phrase whole, standing once in the text: it holds
/// the phrase's every number (its years, and a day the phrase starts with: `3 juin 2018 et en
/// 2019`), so that none of them is left unaccounted for.
fn phrase_quote(article: &Article, phrase: &DatePhrase) -> Option<String> {
    let numbers = crate::numbers::find_numbers(article.text(phrase.paragraph, &phrase.range), article.style).len();
    unique(article, phrase.paragraph, phrase.range.clone(), &holds_numbers(article, numbers.max(phrase.years.len())))
        .map(|r| article.text(phrase.paragraph, &r).to_string())
}

/// The shortest passage around `core`, within its sentence, that stands once in the whole
/// text and that `accept` accepts; grown a word at a time, to the right first.
fn unique(
    article: &Article,
    paragraph: usize,
    core: Range<usize>,
    accept: &dyn Fn(&str) -> bool,
) -> Option<Range<usize>> {
    let body = &article.paragraphs[paragraph];
    let core = core.start..core.end.min(body.len());
    let sentence = article.sentence_of(paragraph, core.start);
    let pieces = &article.pieces[paragraph];
    let left: Vec<usize> = pieces
        .iter()
        .filter(|p| p.range.end <= core.start && p.range.start >= sentence.start)
        .map(|p| p.range.start)
        .rev()
        .collect();
    let right: Vec<usize> = pieces
        .iter()
        .filter(|p| p.range.start >= core.end && p.range.end <= sentence.end)
        .map(|p| p.range.end)
        .collect();
    for grow in 0..=(left.len() + right.len()) {
        for to_left in 0..=grow {
            let to_right = grow - to_left;
            if to_left > left.len() || to_right > right.len() {
                continue;
            }
            let start = if to_left == 0 { core.start } else { left[to_left - 1] };
            let end = if to_right == 0 { core.end } else { right[to_right - 1] };
            let quote = body[start..end].trim();
            if quote.is_empty() {
                continue;
            }
            if article.count(quote) == 1 && accept(quote) {
                let offset = body[start..end].find(quote).unwrap_or(0);
                return Some(start + offset..start + offset + quote.len());
            }
        }
    }
    None
}

/// The first sentence's first words, up to its first number: a title to rewrite.
fn title_of(article: &Article) -> String {
    let first = &article.paragraphs[0];
    let sentence = article.sentence_of(0, 0);
    let words: Vec<&str> = article.pieces[0]
        .iter()
        .filter(|p| sentence.contains(&p.range.start))
        .take_while(|p| p.number.is_none() && !has_digit(&p.key))
        .take(10)
        .map(|p| &first[p.range.clone()])
        .collect();
    let mut title = words.join(" ").replace(['{', '}'], "");
    if title.chars().any(|c| c.is_ascii_digit()) || title.is_empty() {
        title = "Brouillon".into();
    }
    title
}

/// An event's label: the words of its clause around its date, or of the clause it opens
/// (`Le 3 juin 2024, le gouvernement a présenté son budget`).
fn event_label(article: &Article, paragraph: usize, range: &Range<usize>) -> Option<String> {
    let body = &article.paragraphs[paragraph];
    let pieces = &article.pieces[paragraph];
    let mut before: Vec<&Piece> = Vec::new();
    for piece in pieces.iter().filter(|p| p.range.end <= range.start).rev() {
        if piece.number.is_some()
            || has_digit(&piece.key)
            || article.crosses_clause(paragraph, piece.range.end, range.start)
            || before.len() == 5
        {
            break;
        }
        before.insert(0, piece);
    }
    let mut after: Vec<&Piece> = Vec::new();
    let first = pieces.iter().find(|p| p.range.start >= range.end);
    for piece in pieces.iter().filter(|p| p.range.start >= range.end) {
        let from = first.map_or(range.end, |f| f.range.start);
        if piece.number.is_some()
            || has_digit(&piece.key)
            || article.crosses_clause(paragraph, from, piece.range.start)
            || after.len() == 8
        {
            break;
        }
        after.push(piece);
    }
    let words: Vec<&Piece> = before.into_iter().chain(after).collect();
    let label = article.trim_small_words(&words).iter().map(|p| &body[p.range.clone()]).collect::<Vec<_>>().join(" ");
    (!label.is_empty()).then(|| capitalise(&label))
}

/// A stated figure from number `index` of `paragraph`, and its unit when a noun or a sign
/// names it (`None`: the relations may lend it one).
fn figure(
    article: &Article,
    paragraph: usize,
    index: usize,
    phrases: &[DatePhrase],
) -> (FigureGuess, Option<UnitGuess>) {
    let body = &article.paragraphs[paragraph];
    let token = article.numbers[paragraph][index].clone();
    let pieces = &article.pieces[paragraph];
    let at = article.piece_of_number(paragraph, index);
    let style = article.style;
    let words = article.words();

    // Which way it goes, if it is a change.
    let direction = token
        .sign
        .map(|sign| (sign, token.start.saturating_sub(1)))
        .or_else(|| direction_before(article, paragraph, index));

    // What it counts: percentage points, a currency (a sign or a word), or the noun after it.
    let clause_next = |i: usize| {
        pieces.get(i).filter(|p| {
            p.number.is_none() && !article.crosses_clause(paragraph, pieces[i - 1].range.end, p.range.start)
        })
    };
    let mut noun_end = token.end;
    let mut start = token.start;
    let mut unit: Option<UnitGuess> = None;
    let sign_before = body[..token.start].trim_end_matches([' ', '\u{a0}', '\u{202f}']).chars().next_back();
    let sign_after = body[token.end..].trim_start_matches([' ', '\u{a0}', '\u{202f}']).chars().next();
    let currency_of = |word: &str| words.currencies.iter().find(|c| c.names.contains(&word));
    if let Some(currency) = sign_before.and_then(|c| currency_of(&c.to_string())) {
        start = body[..token.start]
            .rfind(|c: char| currency.names.contains(&c.to_string().as_str()))
            .unwrap_or(token.start);
        unit =
            Some(currency_unit(currency, &format!("read from the sign before the number: which {}?", currency.code)));
    } else if let Some(currency) = sign_after.and_then(|c| currency_of(&c.to_string())) {
        noun_end = body[token.end..]
            .find(|c: char| currency.names.contains(&c.to_string().as_str()))
            .map_or(token.end, |i| token.end + i + sign_after.map_or(1, char::len_utf8));
        unit = Some(currency_unit(currency, &format!("read from the sign after the number: which {}?", currency.code)));
    }
    if unit.is_none() && !token.percent {
        let mut next = at + 1;
        // `350 millions de dirhams`, `a million of`: the noun after the scale's `de`.
        if let Some(piece) = clause_next(next) {
            if words.of.contains(&piece.key.as_str()) && (token.scale.is_some() || token.spelled) {
                next += 1;
            }
        }
        if let Some(piece) = clause_next(next) {
            let key = piece.key.as_str();
            let (point, points) = words.points;
            let is_points = |key: &str| key == point || key == points;
            let before_points =
                words.points_before.contains(&key) && clause_next(next + 1).is_some_and(|p| is_points(&p.key));
            if is_points(key) || before_points {
                let last = if before_points { next + 1 } else { next };
                noun_end = pieces[last].range.end;
                unit = Some(UnitGuess {
                    id: String::new(),
                    kind: UnitKind::PercentagePoint,
                    currency: None,
                    singular: Some(point.into()),
                    plural: Some(points.into()),
                    why: "read from the word after the number".into(),
                });
            } else if let Some(currency) = currency_of(key).or_else(|| {
                // `francs CFA`: the first of its words, then the name.
                clause_next(next + 1).and_then(|p| currency_of(p.key.as_str())).filter(|c| {
                    c.words.0.split(' ').any(|word| {
                        !c.names.contains(&word.to_lowercase().as_str()) && key.starts_with(&word.to_lowercase())
                    })
                })
            }) {
                let last = if currency_of(key).is_some() { next } else { next + 1 };
                noun_end = pieces[last].range.end;
                unit = Some(currency_unit(currency, &format!("read from \"{}\"", &body[piece.range.clone()])));
            } else if key.starts_with(char::is_alphabetic)
                && !article.is_function_word(key)
                && article.month_of(key).is_none()
            {
                // English puts adjectives first: `14 new stations`, `1,000 street bins`.
                let mut last = next;
                if !words.adjective_after_noun {
                    while last < next + 2 && !pieces[last].key.ends_with('s') {
                        match clause_next(last + 1) {
                            Some(p) if !article.is_function_word(&p.key) && p.key.starts_with(char::is_alphabetic) => {
                                last += 1
                            }
                            _ => break,
                        }
                    }
                    if !pieces[last].key.ends_with('s') {
                        last = next;
                    }
                }
                let plural = body[pieces[next].range.start..pieces[last].range.end].to_string();
                let plural = key_of(&plural, style);
                noun_end = pieces[last].range.end;
                unit = Some(UnitGuess {
                    id: String::new(),
                    kind: UnitKind::Count,
                    currency: None,
                    singular: Some(singular_of(&plural, style)),
                    plural: Some(plural.to_lowercase()),
                    why: "the noun after the number; check its singular".into(),
                });
            }
        }
    }
    let percent_unit = || UnitGuess {
        id: String::new(),
        kind: UnitKind::Percent,
        currency: None,
        singular: None,
        plural: None,
        why: "a percentage".into(),
    };
    if token.percent {
        unit = Some(percent_unit());
    }
    let is_percent = token.percent;

    // Percentage points are a change; without a direction they are only the text's word.
    if direction.is_none() {
        if let Some(points) = unit.as_mut().filter(|u| u.kind == UnitKind::PercentagePoint) {
            points.kind = UnitKind::Count;
            points.why =
                "\"points\" with no direction: if percentage points, this is a change (give `change` and the sign)"
                    .into();
        }
    }
    let change = direction.map(|_| match unit.as_ref().map(|u| u.kind) {
        Some(UnitKind::Percent) => Change::Relative,
        Some(UnitKind::PercentagePoint) => Change::Points,
        _ => Change::Absolute,
    });
    if let Some((_, at)) = direction {
        start = start.min(at);
    }
    if let Some((_, at)) = qualifier_before(article, paragraph, index) {
        start = start.min(at);
    }
    let value = match token.fraction {
        Some((n, d)) => Value::Fraction(n, d),
        None => {
            let sign = if direction.is_some_and(|(d, _)| d == Direction::Down) { -1.0 } else { 1.0 };
            Value::Number(sign * token.value)
        }
    };

    // The period: a date phrase of its sentence, nearest first within its clause.
    let sentence = article.sentence_of(paragraph, token.start);
    let candidates: Vec<usize> = (0..phrases.len())
        .filter(|&p| {
            let phrase = &phrases[p];
            phrase.paragraph == paragraph
                && sentence.contains(&phrase.range.start)
                && !phrase.base
                && phrase.kind != When::At(article.statement)
                && !(phrase.range.start < noun_end && token.start < phrase.range.end)
        })
        .collect();
    let distance = |p: usize| {
        let range = &phrases[p].range;
        if range.start >= token.end {
            range.start - token.end
        } else {
            token.start.saturating_sub(range.end)
        }
    };
    let in_clause = |p: usize| {
        let range = &phrases[p].range;
        !article.crosses_clause(paragraph, range.start.min(token.start), range.end.max(token.end))
    };
    // A phrase that opens the sentence dates all of it (`En 2017, …`, `In the fourth quarter,
    // …`); any other dates only its own clause: no date is borrowed from a clause next door.
    let opens_sentence = |p: usize| {
        let range = &phrases[p].range;
        // The clause right after it: one boundary between them, the opener's own comma.
        let numbers = &article.numbers[paragraph];
        let boundaries = body[range.end..token.start.max(range.end)]
            .char_indices()
            .filter(|&(at, c)| {
                matches!(c, ',' | ';' | ':' | '(' | ')')
                    && !numbers.iter().any(|t| (t.start..t.end).contains(&(range.end + at)))
            })
            .count();
        range.end <= token.start
            && boundaries <= 1
            && pieces
                .iter()
                .filter(|piece| piece.range.start >= sentence.start && piece.range.end <= range.start)
                .all(|piece| piece.number.is_none() && article.is_function_word(&piece.key))
    };
    let phrase = candidates
        .iter()
        .copied()
        .filter(|&p| phrases[p].range.start >= token.end && in_clause(p))
        .min_by_key(|&p| distance(p))
        .or_else(|| candidates.iter().copied().filter(|&p| in_clause(p)).min_by_key(|&p| distance(p)))
        .or_else(|| candidates.iter().copied().filter(|&p| opens_sentence(p)).min_by_key(|&p| distance(p)));

    // A target or a forecast: its words near the number, or a date after the statement.
    let ahead =
        phrase.is_some_and(|p| phrases[p].kind.last(article.statement).first_month() > article.statement.last_month());
    let outlook = outlook_near(article, paragraph, &(start..noun_end), ahead)
        .filter(|(_, word)| {
            let close = !article.crosses_clause(paragraph, word.start.min(start), word.end.max(start))
                && start.saturating_sub(word.end) < 40;
            ahead || (close && word.end <= start)
        })
        // `d'ici la fin de l'année`, `by the end of the year`: the words that lead to its date.
        .or_else(|| phrase.and_then(|p| outlook_leading(article, paragraph, &phrases[p].range)));
    let (phrase, period_why) = match (phrase, ahead, &outlook) {
        (Some(_), true, None) => {
            (None, "the text dates it after the statement without saying it is a target or a forecast".to_string())
        }
        (Some(p), ..) => (Some(p), format!("read from \"{}\"", article.text(paragraph, &phrases[p].range))),
        // A date of another clause is not borrowed: it is offered.
        (None, ..) => match candidates.iter().copied().min_by_key(|&p| distance(p)) {
            Some(p) => (
                None,
                format!(
                    "no date in its clause: the text says \"{}\" in another; give it if it dates this figure too",
                    article.text(paragraph, &phrases[p].range)
                ),
            ),
            None => (None, "no date in its sentence: give its period if the text does elsewhere".to_string()),
        },
    };
    // The quote holds the outlook's word when it comes before the number in its clause.
    if let Some((_, word)) = &outlook {
        if word.end <= start && !article.crosses_clause(paragraph, word.start, start) {
            start = word.start;
        }
    }

    let accept = |quote: &str| accepts_quote(article, paragraph, quote, &token, is_percent, direction.map(|d| d.0));
    let quote_range = unique(article, paragraph, start..noun_end, &accept)
        .or_else(|| unique(article, paragraph, token.start..token.end, &accept));
    let quote = quote_range.as_ref().map_or_else(String::new, |r| body[r.clone()].to_string());
    let qualifier = match token.implies {
        Some(implied) => implied,
        None => {
            let before = quote_range.as_ref().map_or("", |r| &body[r.start..token.start]);
            qualifier_in_words(before, style).map_or(Qualifier::Exact, |(q, _)| q)
        }
    };

    let (period, period_quote) = match phrase.map(|p| &phrases[p]) {
        None => ("unspecified".to_string(), None),
        Some(phrase) => {
            let mut core = phrase.range.clone();
            if let Some((_, word)) = &outlook {
                let in_quote = quote_range.as_ref().is_some_and(|r| r.start <= word.start && word.end <= r.end);
                if !in_quote {
                    core = core.start.min(word.start)..core.end.max(word.end);
                }
            }
            // A part of a year named without its year is the next one for a plan.
            let ahead = outlook.is_some();
            let wanted = match phrase.kind {
                When::Relative(_) => {
                    relative_period(article.text(paragraph, &phrase.range), style, article.statement, ahead)
                        .map_or(phrase.kind, When::Relative)
                }
                kind => kind,
            };
            let relative = matches!(wanted, When::Relative(_));
            let accept_period = |quote: &str| {
                let holds_year = crate::numbers::find_numbers(quote, style)
                    .iter()
                    .any(|t| !t.percent && !t.spelled && (1000.0..=9999.0).contains(&t.value));
                // A quote with no year that names a part of a year or a year by its distance is
                // read so by the compiler, whatever the period: only a relative one may have it.
                if !relative && !holds_year && relative_period(quote, style, article.statement, ahead).is_some() {
                    return false;
                }
                if wanted == When::SinceNamed {
                    // As the compiler reads it: the since-word first, and no year in it.
                    let year = crate::numbers::find_numbers(quote, style)
                        .iter()
                        .any(|t| !t.percent && !t.spelled && (1000.0..=9999.0).contains(&t.value));
                    return crate::words::starts_with_since(quote, style) && !year;
                }
                // A length's quote holds that length alone: the compiler reads its first.
                if matches!(wanted, When::Length(..)) {
                    let lengths = crate::numbers::find_numbers(quote, style)
                        .iter()
                        .filter(|t| crate::words::time_unit_at(&quote[t.end..], style).is_some())
                        .count();
                    return lengths == 1;
                }
                if !relative {
                    // The compiler reads a part of a year in the quote (`first half`) as the period's.
                    return match (crate::words::part_in_words(quote, style), wanted) {
                        (None, _) => true,
                        (Some(part), When::At(date)) => date.part == part,
                        (Some(_), _) => false,
                    };
                }
                !holds_year
                    && relative_period(quote, style, article.statement, ahead).map(When::Relative) == Some(wanted)
            };
            let quoted = match wanted {
                When::Now => None,
                _ => unique(article, paragraph, core, &accept_period).map(|r| body[r].to_string()),
            };
            match (wanted, quoted) {
                (When::Now, _) => (wanted.period(article.statement), None),
                (_, Some(quoted)) => (wanted.period(article.statement), Some(quoted)),
                (_, None) => ("unspecified".to_string(), None),
            }
        }
    };
    // The compiler wants a target's words in its quote or period quote, and a date after the
    // statement only for a target: what cannot be quoted so is left for the editor.
    let said = format!("{quote} {}", period_quote.as_deref().unwrap_or(""));
    let outlook = outlook.filter(|(o, _)| {
        outlook_words(*o, style)
            .iter()
            .any(|stem| has_word_starting(&said, stem) || crate::text::contains_phrase(&said, stem))
            || (*o == Outlook::Forecast && crate::words::future_tense_in(&said, style).is_some())
    });
    let (period, period_quote, period_why) = match (&outlook, phrase) {
        (None, Some(p)) if phrases[p].kind.last(article.statement).first_month() > article.statement.last_month() => (
            "unspecified".to_string(),
            None,
            "the text dates it after the statement, but no quote holds the words of a target or a forecast".to_string(),
        ),
        _ => (period, period_quote, period_why),
    };
    let phrase = phrase.filter(|_| period != "unspecified");
    let base = change.and_then(|_| base_of(article, paragraph, &token, phrases, &period));

    let label = label_of(article, paragraph, &token, noun_end, phrases).unwrap_or_else(|| words.no_label.to_string());
    let figure = FigureGuess {
        id: String::new(),
        paragraph,
        value,
        unit: 0,
        qualifier,
        quote,
        period,
        period_why,
        period_quote,
        change,
        outlook: outlook.map(|(o, r)| (o, body[r].to_string())),
        label,
        part_of: None,
        share_of: None,
        not_a_change: None,
        not_a_plan: None,
        base,
        detail_of: None,
        scale: token.scale.is_some(),
        token,
        phrase,
    };
    (figure, unit)
}

/// The date a period of the content file starts at, as the compiler reads it: `2024-Q4` of
/// `2024-Q4`, `2025-03/P3Y` and `2014..`; `None` for a length alone, `since` or `unspecified`.
fn period_start(period: &str) -> Option<vocabulary::Date> {
    vocabulary::Date::parse(period.split(['/', '.']).next().unwrap_or(""))
}

/// The words of a target that lead to a date phrase (`d'ici la fin de l'année`, `by the end of
/// the year`), right before it in its clause.
fn outlook_leading(article: &Article, paragraph: usize, range: &Range<usize>) -> Option<(Outlook, Range<usize>)> {
    let body = &article.paragraphs[paragraph];
    let from = article.pieces[paragraph]
        .iter()
        .filter(|p| p.range.end <= range.start && !article.crosses_clause(paragraph, p.range.end, range.start))
        .map(|p| p.range.start)
        .rev()
        .take(3)
        .last()?;
    let before = &body[from..range.end];
    outlook_words(Outlook::Target, article.style)
        .iter()
        .find_map(|stem| crate::text::find_phrase(before, stem).into_iter().next())
        .map(|found| (Outlook::Target, from + found.start..from + found.end))
}

/// A change's base: a phrase that says what it is compared with (`par rapport à 2022`, `from
/// 2021`, `than last year`), in its sentence and clause, with the words that say so. For `la
/// même période de 2023`, the part of the year is the figure's own period's.
fn base_of(
    article: &Article,
    paragraph: usize,
    token: &NumberToken,
    phrases: &[DatePhrase],
    period: &str,
) -> Option<BaseGuess> {
    let body = &article.paragraphs[paragraph];
    let style = article.style;
    let sentence = article.sentence_of(paragraph, token.start);
    let (p, phrase) = phrases
        .iter()
        .enumerate()
        .filter(|(_, phrase)| {
            phrase.paragraph == paragraph
                && phrase.base
                && sentence.contains(&phrase.range.start)
                && !article.crosses_clause(
                    paragraph,
                    token.end.min(phrase.range.start),
                    phrase.range.start.max(token.end),
                )
        })
        .min_by_key(|(_, phrase)| phrase.range.start.abs_diff(token.end))?;
    let mut date = match phrase.kind {
        When::At(date) | When::Relative(date) => date,
        _ => return None,
    };
    // What a change is measured from came before the text.
    if date.first_month() > article.statement.last_month() {
        return None;
    }
    // The quote starts at the words that compare: `par rapport à`, `compared with`; `la même
    // période de 2023` among them is the figure's own part of the year, in 2023.
    let start = super::read::base_words_before(article, paragraph, phrase.range.start).unwrap_or(phrase.range.start);
    let own = period_start(period).map(|own| own.part);
    if date.part == vocabulary::Part::Year {
        date.part = crate::words::part_named(&body[start..phrase.range.end], style, own);
    }
    let relative = phrase.years.is_empty();
    let accept = |quote: &str| {
        if relative {
            relative_period(quote, style, article.statement, false) == Some(date)
        } else {
            crate::words::part_named(quote, style, own) == date.part
        }
    };
    let quote = unique(article, paragraph, start..phrase.range.end, &accept)?;
    Some(BaseGuess { date: date.key(), quote: body[quote].to_string(), phrase: p })
}

/// Whether the compiler will read `quote` as this figure's: its first number of this value is
/// this one, and a change's words all go its way.
fn accepts_quote(
    article: &Article,
    paragraph: usize,
    quote: &str,
    token: &NumberToken,
    percent: bool,
    direction: Option<Direction>,
) -> bool {
    let body = &article.paragraphs[paragraph];
    let Some(range) = crate::text::find_quote(body, quote).into_iter().next() else { return false };
    let first = article.numbers[paragraph]
        .iter()
        .find(|t| t.start >= range.start && t.end <= range.end && t.value == token.value && t.percent == percent);
    if first.map(|t| t.start) != Some(token.start) {
        return false;
    }
    match direction {
        None => true,
        Some(direction) => {
            let other = match direction {
                Direction::Up => Direction::Down,
                Direction::Down => Direction::Up,
            };
            let says =
                |d: Direction| direction_words(d, article.style).iter().any(|stem| has_word_starting(quote, stem));
            let signed = token.sign == Some(direction);
            (says(direction) || signed) && !says(other) && token.sign != Some(other)
        }
    }
}

/// A figure's label: the words after its noun in its clause (`d'immigration clandestine`),
/// else the words before it (`spent`).
fn label_of(
    article: &Article,
    paragraph: usize,
    token: &NumberToken,
    noun_end: usize,
    phrases: &[DatePhrase],
) -> Option<String> {
    let body = &article.paragraphs[paragraph];
    let pieces = &article.pieces[paragraph];
    let in_phrase = |at: usize| phrases.iter().any(|p| p.paragraph == paragraph && p.range.contains(&at));
    let mut after = Vec::new();
    for piece in pieces.iter().filter(|p| p.range.start >= noun_end) {
        if piece.number.is_some()
            || has_digit(&piece.key)
            || in_phrase(piece.range.start)
            || article.words().conjunctions.contains(&piece.key.as_str())
            || article.crosses_clause(paragraph, noun_end, piece.range.start)
            || after.len() == 6
        {
            break;
        }
        after.push(piece);
    }
    while after.last().is_some_and(|p| article.is_function_word(&p.key)) {
        after.pop();
    }
    if !after.is_empty() {
        return Some(body[after[0].range.start..after[after.len() - 1].range.end].to_string())
            .filter(|l| !l.contains(['{', '}']));
    }
    // Else the words before the number in its clause, back to another number or a date, less
    // the qualifier's words: `spent $1.2bn` → `spent`.
    let qualifying: Vec<&str> = [Qualifier::Approximately, Qualifier::MoreThan, Qualifier::LessThan]
        .iter()
        .flat_map(|&q| crate::words::qualifier_words(q, article.style).iter())
        .flat_map(|w| w.split(' '))
        .collect();
    let at = pieces.iter().position(|p| p.range.start == token.start).unwrap_or(0);
    let mut before: Vec<&Piece> = Vec::new();
    for piece in pieces[..at].iter().rev() {
        if piece.number.is_some()
            || has_digit(&piece.key)
            || in_phrase(piece.range.start)
            || article.crosses_clause(paragraph, piece.range.end, token.start)
            || before.len() == 4
        {
            break;
        }
        if !qualifying.contains(&piece.key.trim_end_matches('\'')) {
            before.insert(0, piece);
        }
    }
    let before = article.trim_small_words(&before);
    let label = before.first().map(|first| body[first.range.start..before[before.len() - 1].range.end].to_string())?;
    Some(label).filter(|l| !l.contains(['{', '}']) && !l.chars().any(|c| c.is_ascii_digit()))
}

/// A plural's singular, by the commonest rules of the language (its pack's irregular plurals,
/// then its endings); a guess, marked as one.
fn singular_of(plural: &str, style: Lang) -> String {
    let words = drafting(style);
    let plural = plural.to_lowercase();
    let (head, last) = match plural.rsplit_once(' ') {
        Some((head, last)) => (format!("{head} "), last.to_string()),
        None => (String::new(), plural.clone()),
    };
    let irregular = words.irregular.iter().find(|(many, _)| *many == last).map(|(_, one)| one.to_string());
    let single = irregular.unwrap_or_else(|| {
        words
            .singular_endings
            .iter()
            .find_map(|(many, one)| last.strip_suffix(many).map(|stem| format!("{stem}{one}")))
            .unwrap_or(last)
    });
    format!("{head}{single}")
}

fn currency_unit(currency: &Currency, why: &str) -> UnitGuess {
    let (singular, plural) = currency.words;
    UnitGuess {
        id: String::new(),
        kind: UnitKind::Currency,
        currency: Some(currency.code),
        singular: Some(singular.to_string()),
        plural: Some(plural.to_string()),
        why: why.to_string(),
    }
}
