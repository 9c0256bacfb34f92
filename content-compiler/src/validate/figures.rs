//! Stated figures: label, period, quote, the value read back from the quote, and the qualifier
//! the quote's words imply.

use super::units::unknown_unit;
use super::*;

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
        self.check_label(&raw.label, &subject);
        let period = self.parse_period(&raw.period, &subject, statement);
        let period_claims = match (&raw.period_quote, period) {
            (Some(quote), Some(Some(period))) => {
                self.check_period_quote(index, quote, period, &raw.period, text, &subject)
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
        let qualifier = Qualifier::parse(qualifier_name.get_ref());
        if qualifier.is_none() {
            let names: Vec<&str> = Qualifier::NAMES.iter().map(|(n, _)| *n).collect();
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
        if is_percent && !(0.0..=100.0).contains(&number) {
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
            t.value == number && t.percent == is_percent
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

        // The qualifier must agree with the words before the number.
        let words_before = &text.paragraphs[paragraph][found.range.start..token.start];
        let said = qualifier_in_words(words_before, style.unwrap_or(Lang::Fr));
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
                        qualifier_words(qualifier, style.unwrap_or(Lang::Fr)).join(", ")
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
            scale: token.scale,
        })
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
    pub(super) fn parse_period(&mut self, text: &Text, subject: &str, statement: Date) -> Option<Option<Period>> {
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
                format!("malformed period `{written}`: use `2018`, `2014..2017`, `2014..` (until the statement) or `{UNSPECIFIED}` (the text gives none)"),
            );
            return None;
        };
        if period.from.first_month() > period.to.last_month() {
            self.report(line, subject, format!("period `{written}` ends before it starts"));
        }
        if period.to.first_month() > statement.last_month() || period.from.first_month() > statement.last_month() {
            self.report(
                line,
                subject,
                format!("period `{written}` goes past the statement's date, `{}`", statement.key()),
            );
        }
        Some(Some(period))
    }

    /// The years a period is written with must stand in its quote; they are then accounted for.
    pub(super) fn check_period_quote(
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
}

pub(super) fn qualifier_words(qualifier: Qualifier, style: Lang) -> &'static [&'static str] {
    use Qualifier::*;
    match (style, qualifier) {
        (_, Exact) => &[],
        (Lang::Fr, Approximately) => {
            &["environ", "près de", "presque", "quelque", "approximativement", "autour de", "de l'ordre de"]
        }
        (Lang::Fr, MoreThan) => &["plus de", "plus d'", "au-delà de", "au moins"],
        (Lang::Fr, LessThan) => &["moins de", "moins d'"],
        (Lang::En, Approximately) => &["about", "around", "nearly", "almost", "approximately", "roughly", "some"],
        (Lang::En, MoreThan) => &["more than", "over", "above", "at least"],
        (Lang::En, LessThan) => &["less than", "fewer than", "under"],
    }
}

/// The qualifier that words of the text imply, and the word that implies it.
pub(super) fn qualifier_in_words(words: &str, style: Lang) -> Option<(Qualifier, &'static str)> {
    [Qualifier::Approximately, Qualifier::MoreThan, Qualifier::LessThan]
        .into_iter()
        .flat_map(|q| qualifier_words(q, style).iter().map(move |w| (q, *w)))
        .find(|(_, word)| contains_phrase(words, word))
}
