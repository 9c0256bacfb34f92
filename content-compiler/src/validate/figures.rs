//! Stated figures: label, period, quote, the value read back from the quote, and the qualifier
//! the quote's words imply.

use super::units::unknown_unit;
use super::*;
use crate::numbers::{fraction_percent, Direction};
use crate::raw::RawValue;
use crate::text::has_word_starting;
use crate::words::*;

/// How the content file says that the text gives a figure no date.
const UNSPECIFIED: &str = "unspecified";

impl Checker<'_> {
    pub(super) fn check_figure(
        &mut self,
        index: usize,
        raw: &RawFigure,
        text: &mut ArticleText,
        style: Option<Lang>,
        statement: Date,
        units: &[Unit],
    ) -> Option<Figure> {
        let subject = format!("figure `{}`", raw.id.get_ref());
        let line = self.line(&raw.id);
        let style_or_fr = style.unwrap_or(Lang::Fr);
        self.check_label(&raw.label, &subject);
        let change = raw.change.as_ref().map(|c| self.named::<Change>(c, &subject, "change"));
        let outlook = raw.outlook.as_ref().map(|o| self.named::<Outlook>(o, &subject, "outlook"));
        let period = self.parse_period(&raw.period, &subject, statement, matches!(outlook, Some(Some(_))));
        let period_claims = match (&raw.period_quote, period) {
            (Some(quote), Some(Some(period))) => {
                self.check_period_quote(index, quote, period, &raw.period, text, &subject, statement, style_or_fr)
            }
            (Some(quote), Some(None)) => {
                // Its years are not reported again as unaccounted for.
                if let Some(found) = self.find_once(text, quote, &subject) {
                    text.refuse(&found);
                }
                let line = self.line(quote);
                self.report(line, &subject, "the period is `unspecified`, so no words of the text give it: remove `period_quote`, or give the period it quotes");
                None
            }
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
                    ("change", raw.change.is_some()),
                    ("outlook", raw.outlook.is_some()),
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
                    unit: unknown_unit(),
                    qualifier: Qualifier::Exact,
                    period: period?,
                    origin: Origin::Computed { op: Op::Plus, left: usize::MAX, right: usize::MAX },
                    part_of: None,
                    share_of: None,
                    scale: None,
                    change: None,
                    outlook: None,
                    fraction: None,
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
        } else if number < 0.0 && !matches!(change, Some(Some(_))) {
            self.report(value_line, &subject, format!("value {number} is negative: only a change may be (`change = \"relative\"`, `\"points\"` or `\"absolute\"`)"));
        }
        if let (Some(Some(change)), Some(unit)) = (change, &unit) {
            self.check_change_unit(change, unit, unit_name, &subject);
        } else if let (None, Some(unit)) = (change, &unit) {
            if unit.kind == UnitKind::PercentagePoint {
                let line = self.line(unit_name);
                self.report(line, &subject, "a percentage point is a difference between two percentages: add `change = \"points\"` and sign the value");
            }
        }
        if is_percent && change.is_none() && !(0.0..=100.0).contains(&number) {
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
                    format!("`{}` ({})", &text.paragraphs[paragraph][t.start..t.end], t.value)
                })
                .collect();
            let holds = if written.is_empty() { "no number".to_string() } else { written.join(", ") };
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
        let quoted = text.paragraphs[paragraph][found.range.clone()].to_string();

        // The qualifier must agree with the words before the number, or with the number word
        // itself (`une dizaine` is about ten).
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
                        "qualifier is `{}` but the quote has no word that says so before the number (e.g. {}): lengthen the quote or make it `exact`",
                        qualifier_name.get_ref(),
                        qualifier_words(qualifier, style_or_fr).join(", ")
                    ),
                ),
                _ => {}
            }
        }
        if let Some(Some(_)) = change {
            self.check_direction(number, &token, &quoted, quote_line, &subject, style_or_fr);
        }
        if let Some(Some(outlook)) = outlook {
            let period_words = raw.period_quote.as_ref().map_or("", |q| q.get_ref().as_str());
            self.check_outlook_words(outlook, &format!("{quoted} {period_words}"), quote_line, &subject, style_or_fr);
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
            origin: Origin::Stated { quote: quoted, paragraph, sentence },
            part_of: None,
            share_of: None,
            scale: token.scale,
            change: change.flatten(),
            outlook: outlook.flatten(),
            fraction: token.fraction,
        })
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
        if !stems.iter().any(|stem| has_word_starting(words, stem) || contains_phrase(words, stem)) {
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

    /// `Some(None)` for `unspecified`: the text does not date the figure, and the explainer
    /// never invents a date for it. `None` (reported) for anything malformed.
    pub(super) fn parse_period(
        &mut self,
        text: &Text,
        subject: &str,
        statement: Date,
        ahead: bool,
    ) -> Option<Option<Period>> {
        let line = self.line(text);
        let written = text.get_ref().trim();
        if written == UNSPECIFIED {
            return Some(None);
        }
        let period = match written.split_once("..") {
            None => Date::parse(written).map(|date| Period { from: date, to: date }),
            Some((from, "")) => Date::parse(from).map(|from| Period { from, to: statement }),
            Some((from, to)) => Date::parse(from).zip(Date::parse(to)).map(|(from, to)| Period { from, to }),
        };
        let Some(period) = period else {
            self.report(
                line,
                subject,
                format!("malformed period `{written}`: use `2018`, `2018-Q1`, `2018-H2`, `2018-09`, `2014..2017`, `2014..` (until the statement) or `{UNSPECIFIED}` (the text gives none)"),
            );
            return None;
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
        Some(Some(period))
    }

    /// The years a period is written with must stand in its quote; they are then accounted for.
    /// A quote with no year (`au premier trimestre`, `d'ici la fin de l'année`) is read against
    /// the statement's year, and must mean the period.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn check_period_quote(
        &mut self,
        index: usize,
        quote: &Text,
        period: Period,
        written: &Text,
        text: &mut ArticleText,
        subject: &str,
        statement: Date,
        style: Lang,
    ) -> Option<()> {
        let found = self.find_once(text, quote, subject)?;
        let line = self.line(quote);
        let is_year = |t: &NumberToken| !t.percent && !t.spelled && (1000.0..=9999.0).contains(&t.value);
        let holds_a_year = text.numbers[found.paragraph]
            .iter()
            .any(|t| t.start >= found.range.start && t.end <= found.range.end && is_year(t));
        if !holds_a_year {
            let words = &text.paragraphs[found.paragraph][found.range.clone()];
            return match relative_period(words, style, statement) {
                Some(meant) if period == Period::at(meant) => {
                    self.relative_periods = true;
                    Some(())
                }
                Some(meant) => {
                    self.report(line, subject, format!("period quote \"{}\" means `{}`, read against the statement's year ({}), but the period is `{}`", quote.get_ref(), meant.key(), statement.year, period.key()));
                    None
                }
                None => {
                    self.report(line, subject, format!("period quote \"{}\" holds no year, and no words read as a part of the statement's year (e.g. {})", quote.get_ref(), relative_examples(style)));
                    None
                }
            };
        }
        // Words that name a part of the year must name the period's (`premier trimestre 2013`
        // is `2013-Q1`, not `2013-Q2`).
        let words = &text.paragraphs[found.paragraph][found.range.clone()];
        if let Some(part) = part_in_words(words, style) {
            if period.from != period.to || period.from.part != part {
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
        let mut years = vec![period.from.year];
        let open_ended = written.get_ref().trim().ends_with("..");
        if !open_ended && period.to.year != period.from.year {
            years.push(period.to.year);
        }
        for year in years {
            let token = text.numbers[found.paragraph].iter().position(|t| {
                t.start >= found.range.start && t.end <= found.range.end && t.value == f64::from(year) && is_year(t)
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
}
