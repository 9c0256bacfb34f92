//! Stated figures: label, period, quote, the value read back from the quote, the qualifier
//! the words that bound the number imply, and no bend: a quote that says a thing moved is a
//! change, a quote that says a thing is planned is a target or a forecast, or the file says
//! why not.

use super::units::unknown_unit;
use super::*;
use crate::numbers::{fraction_percent, Direction};
use crate::raw::RawValue;
use crate::text::has_word_starting;
use crate::words::*;

/// How the content file says that the text gives a figure no date.
const UNSPECIFIED: &str = "unspecified";
/// How the content file says that a figure's period runs from a start the text names.
const SINCE: &str = "since";
/// How the content file says that a word of the quote does not make a figure a change or a plan.
use crate::raw::NONE;
/// The most decimals a figure keeps: the pages write every one of them.
const MAX_DECIMALS: u8 = 6;

/// A field that names a value, or says `none`: `change = "relative"`, `change = "none"`.
#[derive(Clone, Copy, PartialEq)]
pub(super) enum Said<T> {
    /// Not in the file.
    Absent,
    /// A value.
    Is(T),
    /// `none`: the file says a word of the quote does not make it one.
    Not,
    /// Malformed (reported).
    Bad,
}

impl<T: Copy> Said<T> {
    pub(super) fn value(self) -> Option<T> {
        match self {
            Said::Is(value) => Some(value),
            _ => None,
        }
    }
}

/// When a figure is, as the content file writes it: dates, a length of time (alone or from a
/// start), or a start the text names without a date.
#[derive(Clone, Copy, PartialEq, Debug)]
pub(super) struct Timing {
    pub period: Option<Period>,
    pub duration: Option<Duration>,
    pub since: bool,
}

impl Timing {
    const UNDATED: Timing = Timing { period: None, duration: None, since: false };

    /// The content file's notation, for messages.
    fn key(self) -> String {
        match (self.period, self.duration, self.since) {
            (_, _, true) => SINCE.to_string(),
            (period, Some(duration), _) => duration.key_from(period.map(|p| p.from)),
            (Some(period), None, _) => period.key(),
            (None, None, _) => UNSPECIFIED.to_string(),
        }
    }
}

/// What the checks learn from a figure's period quote.
#[derive(Default)]
pub(super) struct PeriodWords {
    /// Read from words that name no year, by the rule Sources and method states.
    pub relative: bool,
    /// `over the same period`: the period of the figure before it in the text, checked once
    /// every figure is found.
    pub same_as_previous: bool,
    /// The text's words the period quote stands for.
    pub words: Option<String>,
}

impl Checker {
    /// `change` or `outlook`: one of its names, or `none`.
    pub(super) fn said<T: Named>(&mut self, text: Option<&Text>, subject: &str, field: &str) -> Said<T> {
        match text {
            None => Said::Absent,
            Some(text) if text.get_ref().trim() == NONE => Said::Not,
            Some(text) => self.named::<T>(text, subject, field).map_or(Said::Bad, Said::Is),
        }
    }

    #[allow(clippy::too_many_arguments)]
    pub(super) fn check_figure(
        &mut self,
        index: usize,
        raw: &RawFigure,
        text: &mut ArticleText,
        style: Option<Lang>,
        statement: Date,
        units: &[Unit],
        inherited: Option<Outlook>,
        same_period: &mut Vec<usize>,
    ) -> Option<Figure> {
        let subject = format!("figure `{}`", raw.id.get_ref());
        let line = self.line(&raw.id);
        let style_or_fr = style.unwrap_or_default();
        self.check_label(&raw.label, &subject);
        let change = self.said::<Change>(raw.change.as_ref(), &subject, "change");
        let outlook = self.said::<Outlook>(raw.outlook.as_ref(), &subject, "outlook");
        // A part or a detail of a plan is planned too.
        // A part of a plan is planned, unless the file says it is a fact (`outlook = "none"`).
        let plan = if outlook == Said::Not { None } else { outlook.value().or(inherited) };
        let ahead = plan.is_some() || outlook == Said::Bad;
        let timing = self.parse_period(&raw.period, &subject, statement, ahead);
        let mut period_words = match (&raw.period_quote, timing) {
            (Some(quote), Some(timing)) if timing != Timing::UNDATED => self.check_period_quote(
                index,
                quote,
                timing,
                &raw.period,
                text,
                &subject,
                statement,
                style_or_fr,
                plan.is_some(),
            ),
            (Some(quote), Some(_)) => {
                // Its years are not reported again as unaccounted for.
                if let Some(found) = self.find_once(text, quote, &subject) {
                    text.refuse(&found);
                }
                let line = self.line(quote);
                self.report(line, &subject, "the period is `unspecified`, so no words of the text give it: remove `period_quote`, or give the period it quotes");
                None
            }
            (None, Some(timing)) if timing.since => {
                let line = self.line(&raw.period);
                self.report(line, &subject, "a period `since` a start the text names needs the text's words: add `period_quote` (e.g. \"depuis l'installation du gouvernement\", \"since the programme began\")");
                None
            }
            // A computed figure's period is the editor's, said to be one in Sources and method.
            (None, Some(timing)) if timing.duration.is_some() && raw.formula.is_none() => {
                let line = self.line(&raw.period);
                self.report(line, &subject, format!("a length of time is read from the text: add `period_quote` with its words (e.g. \"en trois mois\", \"over five years\") for `{}`", timing.key()));
                None
            }
            _ => Some(PeriodWords::default()),
        };
        if period_words.as_ref().is_some_and(|w| w.same_as_previous) {
            same_period.push(index);
        }
        let period_quote = period_words.as_mut().and_then(|w| w.words.take());

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
                    ("change", raw.change.is_some()),
                    ("outlook", raw.outlook.is_some()),
                    ("base", raw.base.is_some() || raw.base_quote.is_some()),
                    ("reason", raw.reason.is_some()),
                ] {
                    if present {
                        self.report(
                            line,
                            &subject,
                            format!("a computed figure takes its {field} from its formula: remove `{field}`"),
                        );
                    }
                }
                let timing = timing?;
                // Filled in by `compute_figures`.
                return Some(Figure {
                    id: raw.id.get_ref().clone(),
                    label: raw.label.get_ref().clone(),
                    value: f64::NAN,
                    unit: unknown_unit(),
                    qualifier: Qualifier::Exact,
                    period: timing.period,
                    origin: Origin::Computed { op: Op::Plus, left: usize::MAX, right: usize::MAX },
                    part_of: None,
                    share_of: None,
                    scale: None,
                    change: None,
                    outlook: None,
                    fraction: None,
                    decimals: 0,
                    rounded: false,
                    symbol: None,
                    duration: timing.duration,
                    since: timing.since,
                    base: None,
                    period_quote,
                    relative: period_words.is_some_and(|w| w.relative),
                    detail_of: None,
                    reason: Vec::new(),
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

        let unit = self.unit_of(unit_name, units, &subject);
        let is_percent = unit.as_ref().is_some_and(|unit| unit.kind == UnitKind::Percent);
        let qualifier = self.named::<Qualifier>(qualifier_name, &subject, "qualifier");
        let value_line = self.line(value);
        let is_change = matches!(change, Said::Is(_) | Said::Bad);
        let number = match *value.get_ref() {
            RawValue::Number(number) => number,
            RawValue::Fraction(Some((numerator, denominator))) => {
                if !is_percent {
                    self.report(
                        value_line,
                        &subject,
                        "a fraction is a share: give the figure a `percent` unit (and `share_of` the whole it divides)",
                    );
                }
                fraction_percent(numerator, denominator)
            }
            RawValue::Fraction(None) => {
                self.report(
                    value_line,
                    &subject,
                    "a value in quotes is a fraction, `\"1/3\"`: a numerator smaller than its denominator",
                );
                f64::NAN
            }
        };
        if !number.is_finite() {
            self.report(value_line, &subject, format!("value {number} must be a finite number"));
        } else if number < 0.0 && !is_change {
            self.report(value_line, &subject, format!("value {number} is negative: only a change may be (`change = \"relative\"`, `\"points\"` or `\"absolute\"`)"));
        }
        if let (Said::Is(change), Some(unit)) = (change, &unit) {
            self.check_change_unit(change, unit, unit_name, &subject);
        } else if let (false, Some(unit)) = (is_change, &unit) {
            if unit.kind == UnitKind::PercentagePoint {
                let line = self.line(unit_name);
                self.report(line, &subject, "a percentage point is a difference between two percentages: add `change = \"points\"` and sign the value");
            }
        }
        if is_percent && !is_change && !(0.0..=100.0).contains(&number) {
            self.report(value_line, &subject, format!("a percentage must lie between 0 and 100, not {number} (a change in percent may be larger: add `change = \"relative\"`)"));
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
            t.value == number.abs() && t.percent == is_percent
        });
        let Some(token_index) = token_index else {
            let written: Vec<String> = in_quote
                .iter()
                .map(|&i| {
                    let t = &text.numbers[paragraph][i];
                    let what = if t.percent { "the percentage" } else { "the number" };
                    format!("`{}`, read as {what} {}", &text.paragraphs[paragraph][t.start..t.end], t.value)
                })
                .collect();
            let holds = if written.is_empty() { "no number".to_string() } else { written.join("; ") };
            let what = if is_percent { "percentage" } else { "number" };
            text.refuse(&found);
            self.report(
                quote_line,
                &subject,
                format!("value {number} does not read back from its quote as a {what}: the quote holds {holds}"),
            );
            return None;
        };
        let token = text.numbers[paragraph][token_index].clone();
        self.claim(text, (paragraph, token_index), Claim::FigureValue(index), quote_line, &subject);
        // Every decimal is kept, so only as many as a number holds exactly.
        let digits = token.value.abs() * 10f64.powi(i32::from(token.decimals));
        if token.decimals > MAX_DECIMALS || digits >= 2f64.powi(53) {
            self.report(quote_line, &subject, format!("the quote's number has more digits than the explainer can keep exactly ({} decimals; at most {MAX_DECIMALS}, and fifteen digits in all)", token.decimals));
        }
        let quoted = text.paragraphs[paragraph][found.range.clone()].to_string();

        // The qualifier must agree with the words that bound the number, or with the number
        // word itself (`une dizaine` is about ten).
        let words_before = &text.paragraphs[paragraph][found.range.start..token.start];
        let said = match token.implies {
            Some(implied) => Some((implied, &text.paragraphs[paragraph][token.start..token.end])),
            None => qualifier_in_words(words_before, style_or_fr),
        };
        if let Some(qualifier) = qualifier {
            match said {
                Some((said, word)) if said != qualifier => self.report(
                    quote_line,
                    &subject,
                    format!("qualifier is `{}` but the quote says \"{word}\" ({})", qualifier_name.get_ref(), Named::name(said)),
                ),
                None if qualifier != Qualifier::Exact => self.report(
                    quote_line,
                    &subject,
                    format!(
                        "qualifier is `{}` but the quote has no word that says so right before the number (e.g. {}): lengthen the quote or make it `exact`",
                        qualifier_name.get_ref(),
                        qualifier_words(qualifier, style_or_fr).join(", ")
                    ),
                ),
                _ => {}
            }
        }
        let period_text = raw.period_quote.as_ref().map_or("", |q| q.get_ref().as_str());
        match change {
            Said::Is(_) => self.check_direction(number, &token, &quoted, quote_line, &subject, style_or_fr),
            Said::Absent => {
                let level = reaches_a_level(words_before, style_or_fr);
                if let Some((direction, word)) = direction_in(&quoted, &token, style_or_fr).filter(|_| !level) {
                    let way = if direction == Direction::Up { "a rise" } else { "a fall" };
                    let kind = match unit.as_ref().map(|u| u.kind) {
                        Some(UnitKind::Percent) => "relative",
                        Some(UnitKind::PercentagePoint) => "points",
                        _ => "absolute",
                    };
                    let signed =
                        if direction == Direction::Down { format!("-{}", number.abs()) } else { number.to_string() };
                    self.report(quote_line, &subject, format!("the quote says \"{word}\", {way}, but the figure is not a change: write `change = \"{kind}\"` and `value = {signed}`, or, if the number is a level and not how much it moved, `change = \"none\"` with a `reason`"));
                }
            }
            Said::Not => {
                if direction_in(&quoted, &token, style_or_fr).is_none() {
                    let line = raw.change.as_ref().map_or(quote_line, |c| self.line(c));
                    self.report(line, &subject, "`change = \"none\"` answers a word of the quote that says a thing moved, and this quote has none: remove it");
                }
            }
            Said::Bad => {}
        }
        match outlook {
            Said::Is(outlook) => {
                self.check_outlook_words(
                    outlook,
                    &format!("{quoted} {period_text}"),
                    quote_line,
                    &subject,
                    style_or_fr,
                );
            }
            Said::Absent if inherited.is_none() => {
                if let Some((outlook, word)) = outlook_in(&format!("{quoted} {period_text}"), words_before, style_or_fr)
                {
                    self.report(quote_line, &subject, format!("the quote says \"{word}\", the words of a {}, but the figure has no `outlook`: write `outlook = \"{}\"`, or `outlook = \"none\"` with a `reason` if it is a fact", outlook.name(), outlook.name()));
                }
            }
            Said::Absent => {}
            // `none` also says that a part of a plan is a fact, which its quote need not say.
            Said::Not if inherited.is_none() => {
                if outlook_in(&format!("{quoted} {period_text}"), words_before, style_or_fr).is_none() {
                    let line = raw.outlook.as_ref().map_or(quote_line, |o| self.line(o));
                    self.report(line, &subject, "`outlook = \"none\"` answers a word of the quote that says a thing is planned or expected, and this quote has none: remove it");
                }
            }
            Said::Not | Said::Bad => {}
        }
        let declines = change == Said::Not || outlook == Said::Not;
        match (&raw.reason, declines) {
            (None, true) => {
                self.report(line, &subject, "say in `reason` why the quote's word does not make it a change or a plan: Sources and method shows it to readers");
            }
            (Some(reason), false) => {
                let line = self.line(reason);
                self.report(
                    line,
                    &subject,
                    "a `reason` goes with `change = \"none\"` or `outlook = \"none\"`: remove it, or say which",
                );
            }
            _ => {}
        }
        let own_part = timing.and_then(|t| t.period).map(|p| p.from.part);
        let base = self.check_base(index, raw, change, text, &subject, statement, style_or_fr, own_part);
        let timing = timing?;
        period_words.as_ref()?;
        // A period that no words of the text give is the editor's dating, and Sources and
        // method says so; the figure's own quote may give it (`1400 au titre de l'année 2018`).
        let period_quote = match period_quote {
            Some(words) => Some(words),
            None => {
                // `2014..` runs to the statement's date, which no quote need hold.
                let open_ended = raw.period.get_ref().trim().ends_with("..");
                let mut years: Vec<u16> = timing
                    .period
                    .iter()
                    .flat_map(|p| if open_ended { vec![p.from.year] } else { vec![p.from.year, p.to.year] })
                    .collect();
                years.dedup();
                let token_of = |year: u16| {
                    in_quote.iter().copied().find(|&i| {
                        let t = &text.numbers[paragraph][i];
                        i != token_index && t.value == f64::from(year) && is_year(t)
                    })
                };
                let tokens: Option<Vec<usize>> = years.iter().map(|&year| token_of(year)).collect();
                match tokens.filter(|t| !t.is_empty() && timing.duration.is_none()) {
                    // The figure's own quote gives its period, and accounts for its years.
                    Some(tokens) => {
                        for token in tokens {
                            self.claim(text, (paragraph, token), Claim::FigurePeriod(index), quote_line, &subject);
                        }
                        Some(quoted.clone())
                    }
                    None => None,
                }
            }
        };
        let sentence = sentence_of(&text.paragraphs[paragraph], token.start, text.style);
        Some(Figure {
            id: raw.id.get_ref().clone(),
            label: raw.label.get_ref().clone(),
            value: number,
            unit: unit?,
            qualifier: qualifier?,
            period: timing.period,
            origin: Origin::Stated { quote: quoted, paragraph, sentence },
            part_of: None,
            share_of: None,
            scale: token.scale,
            change: change.value(),
            outlook: plan,
            fraction: token.fraction,
            decimals: token.decimals,
            rounded: false,
            symbol: token.symbol,
            duration: timing.duration,
            since: timing.since,
            base: base?,
            period_quote,
            relative: period_words.is_some_and(|w| w.relative),
            detail_of: None,
            // Parsed with the other editorial text, once every figure's id is known.
            reason: Vec::new(),
        })
    }

    /// A change's base: what it is measured from, where the text names it (`from 2021`,
    /// `par rapport à l'an dernier`). `Some(None)` when there is none, `None` when it is
    /// refused.
    #[allow(clippy::too_many_arguments)]
    fn check_base(
        &mut self,
        index: usize,
        raw: &RawFigure,
        change: Said<Change>,
        text: &mut ArticleText,
        subject: &str,
        statement: Date,
        style: Lang,
        own_part: Option<Part>,
    ) -> Option<Option<Date>> {
        let (base, quote) = match (&raw.base, &raw.base_quote) {
            (None, None) => return Some(None),
            (Some(base), Some(quote)) => (base, quote),
            (Some(base), None) => {
                let line = self.line(base);
                self.report(
                    line,
                    subject,
                    format!(
                        "a base is read from the text: add `base_quote` with its words (e.g. \"{} 2021\")",
                        style.terms().compared_with.0
                    ),
                );
                return None;
            }
            (None, Some(quote)) => {
                // Its numbers are this fault's, not also "not accounted for".
                if let Some(found) = self.find_once(text, quote, subject) {
                    text.refuse(&found);
                }
                let line = self.line(quote);
                self.report(line, subject, "`base_quote` names a base: give it as `base` too (e.g. `base = \"2021\"`)");
                return None;
            }
        };
        let line = self.line(base);
        if !matches!(change, Said::Is(_) | Said::Bad) {
            self.report(
                line,
                subject,
                "only a change has a base (what it is measured from): remove `base`, or make the figure a change",
            );
            return None;
        }
        let Some(date) = Date::parse(base.get_ref()) else {
            self.report(
                line,
                subject,
                format!("malformed base `{}`: use `2021`, `2024-Q1`, `2024-H2` or `2024-03`", base.get_ref()),
            );
            return None;
        };
        if date.first_month() > statement.last_month() {
            self.report(
                line,
                subject,
                format!(
                    "base `{}` is after the statement's date, `{}`: a change is measured from what came before",
                    date.key(),
                    statement.key()
                ),
            );
            return None;
        }
        let found = self.find_once(text, quote, subject)?;
        let quote_line = self.line(quote);
        let words = text.paragraphs[found.paragraph][found.range.clone()].to_string();
        let year = text.numbers[found.paragraph].iter().position(|t| {
            t.start >= found.range.start && t.end <= found.range.end && t.value == f64::from(date.year) && is_year(t)
        });
        match year {
            Some(token) => {
                // A base is as precise as its words: a part of a year or a month they name (`par
                // rapport au premier trimestre 2023`), or the figure's own for `la même période`.
                let named = part_named(&words, style, own_part);
                if named != date.part {
                    text.refuse(&found);
                    let said = Date { year: date.year, part: named };
                    self.report(
                        quote_line,
                        subject,
                        format!("base quote \"{words}\" names `{}`, but the base is `{}`", said.key(), date.key()),
                    );
                    return None;
                }
                self.claim(text, (found.paragraph, token), Claim::FigurePeriod(index), quote_line, subject);
                Some(Some(date))
            }
            // A base came before the text: never a plan's next quarter.
            None => match relative_period(&words, style, statement, false) {
                Some(meant) if meant == date => Some(Some(date)),
                Some(meant) => {
                    self.report(
                        quote_line,
                        subject,
                        format!("base quote \"{words}\" means `{}`, but the base is `{}`", meant.key(), date.key()),
                    );
                    None
                }
                None => {
                    text.refuse(&found);
                    self.report(
                        quote_line,
                        subject,
                        format!("base quote \"{words}\" does not hold the year {}", date.year),
                    );
                    None
                }
            },
        }
    }

    /// A change's unit says what it is measured in: a relative change in percent, a change in
    /// points in percentage points, an absolute one in the figure's own count or currency.
    fn check_change_unit(&mut self, change: Change, unit: &Unit, unit_name: &Text, subject: &str) {
        let fits = match change {
            Change::Relative => unit.kind == UnitKind::Percent,
            Change::Points => unit.kind == UnitKind::PercentagePoint,
            Change::Absolute => matches!(unit.kind, UnitKind::Count | UnitKind::Currency),
        };
        if !fits {
            let needs = match change {
                Change::Relative => "a `percent` unit",
                Change::Points => "a `percentage_point` unit",
                Change::Absolute => {
                    "a `count` or `currency` unit (a change in percent is `relative`, in points `points`)"
                }
            };
            let line = self.line(unit_name);
            self.report(
                line,
                subject,
                format!(
                    "a `{}` change needs {needs}, and `{}` is a `{}` unit",
                    change.name(),
                    unit.id,
                    unit.kind.name()
                ),
            );
        }
    }

    /// A change's sign must be the one its quote gives, by a written sign (`+3 %`) or by its
    /// words (`a reculé`, `fell`), as a qualifier must be the one its words give.
    fn check_direction(
        &mut self,
        value: f64,
        token: &NumberToken,
        quote: &str,
        line: usize,
        subject: &str,
        style: Lang,
    ) {
        if value == 0.0 {
            return;
        }
        let said: Vec<(Direction, String)> = token
            .sign
            .map(|sign| (sign, if sign == Direction::Up { "+".to_string() } else { "−".to_string() }))
            .into_iter()
            .chain(
                [Direction::Up, Direction::Down]
                    .into_iter()
                    .flat_map(|d| direction_words(d, style).iter().map(move |w| (d, *w)))
                    .filter(|(_, stem)| has_word_starting(quote, stem))
                    .map(|(d, stem)| (d, stem.to_string())),
            )
            .collect();
        let sign = if value > 0.0 { Direction::Up } else { Direction::Down };
        let (rise, fall) = (direction_words(Direction::Up, style), direction_words(Direction::Down, style));
        match said.iter().find(|(direction, _)| *direction != sign) {
            Some((_, word)) => self.report(
                line,
                subject,
                format!(
                    "value {value} is {} but the quote says \"{word}…\", a {}: sign the value as the text does",
                    if value > 0.0 { "a rise" } else { "a fall" },
                    if sign == Direction::Up { "fall" } else { "rise" },
                ),
            ),
            None if said.is_empty() => self.report(
                line,
                subject,
                format!(
                    "a change must say which way it goes: lengthen the quote to hold its verb or noun (e.g. {}, or {}) or its sign",
                    rise[..3].join(", "),
                    fall[..3].join(", ")
                ),
            ),
            None => {}
        }
    }

    /// A target or a forecast must be one in the text: its quote (or period quote) has a word
    /// that says so.
    pub(super) fn check_outlook_words(
        &mut self,
        outlook: Outlook,
        words: &str,
        line: usize,
        subject: &str,
        style: Lang,
    ) {
        let stems = outlook_words(outlook, style);
        let future = outlook == Outlook::Forecast && future_tense_in(words, style).is_some();
        let dated = outlook == Outlook::Target && target_year_in(words, style);
        if !future && !dated && !stems.iter().any(|stem| has_word_starting(words, stem) || contains_phrase(words, stem))
        {
            self.report(
                line,
                subject,
                format!(
                    "a {} must be stated as one: the quote and period quote have no word that says so (e.g. {}): lengthen the quote",
                    outlook.name(),
                    stems[..4].join(", ")
                ),
            );
        }
    }

    pub(super) fn check_label(&mut self, label: &Text, subject: &str) {
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

    /// The figure's timing as the file writes it: dates (`2018`, `2014..2017`, `2014..`), a
    /// duration (`P5Y`, `2025/P4Y`), `since`, or `unspecified` (the text does not date the
    /// figure, and the explainer never invents a date for it). `None` (reported) for anything
    /// malformed.
    pub(super) fn parse_period(&mut self, text: &Text, subject: &str, statement: Date, ahead: bool) -> Option<Timing> {
        let line = self.line(text);
        let written = text.get_ref().trim();
        if written == UNSPECIFIED {
            return Some(Timing::UNDATED);
        }
        if written == SINCE {
            return Some(Timing { since: true, ..Timing::UNDATED });
        }
        let malformed = |checker: &mut Self| {
            checker.report(
                line,
                subject,
                format!("malformed period `{written}`: use `2018`, `2018-Q1`, `2018-H2`, `2018-09`, `2014..2017`, `2014..` (until the statement), a length of time `P3M`, `P5Y` (from a start: `2025/P4Y`), `{SINCE}` (from a start the text names without a date) or `{UNSPECIFIED}` (the text gives none)"),
            );
        };
        let (period, duration) = match written.split_once('/') {
            Some((from, length)) => {
                let (Some(from), Some(duration)) = (Date::parse(from), Duration::parse(length)) else {
                    malformed(self);
                    return None;
                };
                // Weeks and days end in a month the text does not give: at the latest, the one
                // a month of thirty days each would reach, for the check against the statement.
                let to = duration.last_date_from(from).unwrap_or_else(|| {
                    let days = u32::from(duration.count) * if duration.unit == TimeUnit::Week { 7 } else { 1 };
                    let months = u16::try_from(days.div_ceil(28)).unwrap_or(u16::MAX);
                    Duration { count: months, unit: TimeUnit::Month }.last_date_from(from).unwrap_or(from)
                });
                (Period { from, to }, Some(duration))
            }
            None if written.starts_with('P') => {
                let Some(duration) = Duration::parse(written) else {
                    malformed(self);
                    return None;
                };
                return Some(Timing { duration: Some(duration), ..Timing::UNDATED });
            }
            None => {
                let period = match written.split_once("..") {
                    None => Date::parse(written).map(|date| Period { from: date, to: date }),
                    Some((from, "")) => Date::parse(from).map(|from| Period { from, to: statement }),
                    Some((from, to)) => Date::parse(from).zip(Date::parse(to)).map(|(from, to)| Period { from, to }),
                };
                let Some(period) = period else {
                    malformed(self);
                    return None;
                };
                (period, None)
            }
        };
        if period.from.first_month() > period.to.last_month() {
            self.report(line, subject, format!("period `{written}` ends before it starts"));
        }
        let past_statement =
            period.to.first_month() > statement.last_month() || period.from.first_month() > statement.last_month();
        if past_statement && !ahead {
            self.report(
                line,
                subject,
                format!("period `{written}` goes past the statement's date, `{}`: only a target or a forecast (`outlook`) may", statement.key()),
            );
        }
        Some(Timing { period: Some(period), duration, since: false })
    }

    /// The words of a period quote must mean the period: its years stand in it (and are then
    /// accounted for); a length of time stands in it with its unit (`trois mois`); a quote with
    /// no year (`au premier trimestre`, `d'ici la fin de l'année`) is read against the
    /// statement's date by the rule Sources and method states; `sur la même période` is the
    /// period of the figure before it, checked once all are found.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn check_period_quote(
        &mut self,
        index: usize,
        quote: &Text,
        timing: Timing,
        written: &Text,
        text: &mut ArticleText,
        subject: &str,
        statement: Date,
        style: Lang,
        ahead: bool,
    ) -> Option<PeriodWords> {
        let found = self.find_once(text, quote, subject)?;
        let line = self.line(quote);
        let words = text.paragraphs[found.paragraph][found.range.clone()].to_string();
        let read = PeriodWords { words: Some(words.clone()), ..PeriodWords::default() };
        let in_quote = |t: &NumberToken| t.start >= found.range.start && t.end <= found.range.end;
        let holds_a_year = text.numbers[found.paragraph].iter().any(|t| in_quote(t) && is_year(t));
        // `sur la même période` dates by the figure before; a length or a named start in the
        // same quote is checked as what the file says it is.
        let holds_a_length = text.numbers[found.paragraph]
            .iter()
            .any(|t| in_quote(t) && time_unit_at(&text.paragraphs[found.paragraph][t.end..], style).is_some());
        if says_same_period(&words, style) && !holds_a_year && !holds_a_length && !starts_with_since(&words, style) {
            return Some(PeriodWords { same_as_previous: true, ..read });
        }
        if timing.since {
            if holds_a_year || !starts_with_since(&words, style) {
                text.refuse(&found);
                let message = if holds_a_year {
                    "the period quote holds a year: write the period from it (`2014..`) rather than `since`".to_string()
                } else {
                    format!("a period `since` quotes the words that name its start, from the word that opens it (e.g. \"{}\"): \"{words}\" does not start so", style.reading().since.first().copied().unwrap_or("since"))
                };
                self.report(line, subject, message);
                return None;
            }
            return Some(read);
        }
        if let Some(duration) = timing.duration {
            // The length of time, with its unit right after it: `trois mois`, `five years`; one
            // of a unit may be said with no number (`en un an`, `over one year`).
            let count = text.numbers[found.paragraph].iter().position(|t| {
                in_quote(t)
                    && !t.percent
                    && t.value == f64::from(duration.count)
                    && time_unit_at(&text.paragraphs[found.paragraph][t.end..], style) == Some(duration.unit)
            });
            let one = duration.count == 1
                && style.reading().one_words.iter().any(|one| {
                    crate::text::find_phrase(&words, one)
                        .iter()
                        .any(|range| time_unit_at(&words[range.end..], style) == Some(duration.unit))
                });
            let Some(count) = count.map(Some).or(one.then_some(None)) else {
                text.refuse(&found);
                self.report(
                    line,
                    subject,
                    format!(
                        "period quote \"{words}\" does not hold the length `{}` with its unit (e.g. \"{} {}\")",
                        duration.key(),
                        duration.count,
                        style.reading().time_units.iter().find(|(_, u)| *u == duration.unit).map_or("", |w| w.0)
                    ),
                );
                return None;
            };
            if let Some(count) = count {
                self.claim(text, (found.paragraph, count), Claim::FigurePeriod(index), line, subject);
            }
            let Some(period) = timing.period else { return Some(read) };
            // From a start: its year stands in the quote, or its words start it at the
            // statement (`d'ici trois ans`, `over the next five years`); no other start is read.
            let year = text.numbers[found.paragraph]
                .iter()
                .position(|t| in_quote(t) && is_year(t) && t.value == f64::from(period.from.year));
            return match year {
                Some(token) => {
                    self.claim(text, (found.paragraph, token), Claim::FigurePeriod(index), line, subject);
                    Some(read)
                }
                None if (period.from == statement || period.from == Date::year(statement.year))
                    && starts_from_now(&words, style) =>
                {
                    Some(read)
                }
                None if !holds_a_year => {
                    text.refuse(&found);
                    self.report(line, subject, format!("period quote \"{words}\" gives the length but not its start `{}`: write `{}` for a length whose start the text does not give (a length the text starts now, \"d'ici trois ans\", \"over the next five years\", starts at `{}`)", period.from.key(), duration.key(), statement.key()));
                    None
                }
                None => {
                    self.report(line, subject, format!("period quote \"{words}\" does not hold the year {} its length starts from (a length that starts at the statement starts at `{}`)", period.from.year, statement.key()));
                    None
                }
            };
        }
        let Some(period) = timing.period else { return Some(read) };
        if !holds_a_year {
            return match relative_period(&words, style, statement, ahead) {
                Some(meant) if period == Period::at(meant) => Some(PeriodWords { relative: true, ..read }),
                Some(meant) => {
                    let rule = if part_in_words(&words, style).is_some() && !names_a_year(&words, style) {
                        if ahead {
                            "the next one of a plan's that has not ended by the statement's date"
                        } else {
                            "the latest one that ended before the statement's date"
                        }
                    } else {
                        "counted from the statement's year"
                    };
                    self.report(
                        line,
                        subject,
                        format!(
                            "period quote \"{}\" means `{}` ({rule}, `{}`), but the period is `{}`",
                            quote.get_ref(),
                            meant.key(),
                            statement.key(),
                            period.key()
                        ),
                    );
                    None
                }
                None => {
                    self.report(line, subject, format!("period quote \"{}\" holds no year, and no words read as a part of a year or a year before or after the statement's (e.g. {})", quote.get_ref(), relative_examples(style)));
                    None
                }
            };
        }
        // Words that name a part of the year must name the period's (`premier trimestre 2013`
        // is `2013-Q1`, not `2013-Q2`).
        if let Some(part) = part_in_words(&words, style) {
            if period.from != period.to || period.from.part != part {
                text.refuse(&found);
                let named = Date { year: period.from.year, part };
                self.report(
                    line,
                    subject,
                    format!(
                        "period quote \"{}\" names `{}`, but the period is `{}`",
                        quote.get_ref(),
                        named.key(),
                        period.key()
                    ),
                );
                return None;
            }
        }
        // A month must be the text's: named (`en juin 2024`), or the end or the start of its
        // year (`fin 2025`, `at the start of 2024`); else the period is a year or a part of one.
        let open_ended = written.get_ref().trim().ends_with("..");
        let written_dates = if open_ended { vec![period.from] } else { vec![period.from, period.to] };
        for date in written_dates {
            let Part::Month(month) = date.part else { continue };
            if !names_the_month(&words, month, style) {
                text.refuse(&found);
                self.report(line, subject, format!("period quote \"{}\" names no month `{}` stands for: give the period the text gives (`{}`, or a quarter or a half it names)", quote.get_ref(), date.key(), date.year));
                return None;
            }
        }
        let mut years = vec![period.from.year];
        if !open_ended && period.to.year != period.from.year {
            years.push(period.to.year);
        }
        for year in years {
            let token = text.numbers[found.paragraph]
                .iter()
                .position(|t| in_quote(t) && t.value == f64::from(year) && is_year(t));
            match token {
                Some(token) => self.claim(text, (found.paragraph, token), Claim::FigurePeriod(index), line, subject),
                None => {
                    text.refuse(&found);
                    self.report(
                        line,
                        subject,
                        format!("period quote \"{}\" does not hold the year {year}", quote.get_ref()),
                    );
                    return None;
                }
            }
        }
        Some(read)
    }

    /// `sur la même période`, `over the same period`: each such figure has the period of the
    /// figure before it in the text.
    pub(super) fn check_same_periods(
        &mut self,
        raws: &[RawFigure],
        figures: &[Option<Figure>],
        text: &ArticleText,
        pending: &[usize],
    ) {
        // Where each stated figure's number stands: (paragraph, offset).
        let mut places: HashMap<usize, (usize, usize)> = HashMap::new();
        for (&(paragraph, token), claims) in &text.claims {
            for claim in claims {
                if let Claim::FigureValue(figure) = claim {
                    places.insert(*figure, (paragraph, text.numbers[paragraph][token].start));
                }
            }
        }
        let timing = |f: &Figure| Timing { period: f.period, duration: f.duration, since: f.since };
        for &i in pending {
            let (Some(figure), Some(quote), Some(&here)) = (&figures[i], &raws[i].period_quote, places.get(&i)) else {
                continue;
            };
            let line = self.line(quote);
            let subject = format!("figure `{}`", figure.id);
            let previous = places.iter().filter(|(_, &place)| place < here).max_by_key(|(_, &place)| place);
            // A figure before it that was refused has its own fault: one fault, one message.
            if previous.is_some_and(|(&f, _)| figures[f].is_none()) {
                continue;
            }
            let previous = previous.and_then(|(&f, _)| figures[f].as_ref());
            match previous {
                None => self.report(line, &subject, format!("period quote \"{}\" refers to the period of the figure before it, and no figure comes before it in the text", quote.get_ref())),
                Some(previous) if timing(previous) != timing(figure) => self.report(line, &subject, format!("period quote \"{}\" means the period of `{}`, the figure before it in the text: `{}`, but the period is `{}`", quote.get_ref(), previous.id, timing(previous).key(), timing(figure).key())),
                Some(_) => {}
            }
        }
    }
}

/// A year in digits: four digits, not a percentage.
fn is_year(t: &NumberToken) -> bool {
    !t.percent && !t.spelled && (1000.0..=9999.0).contains(&t.value)
}

/// Whether words name a year by its distance from the statement's (`l'an dernier`).
fn names_a_year(words: &str, style: Lang) -> bool {
    style.reading().years_by_distance.iter().any(|(w, _)| contains_phrase(words, w))
}
