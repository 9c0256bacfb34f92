//! The draft as a content file: the same layout as a hand-written one, each guess with its
//! `# check:` mark on its line.

use std::fmt::Write;

use vocabulary::{string_literal as quoted, Named, Qualifier};

use super::guess::{Guesses, Value};
use super::read::Article;
use crate::raw::CHECK_MARK;

/// The content file, TOML.
pub(super) fn content_file(article: &Article, guesses: &Guesses, source_file: &str) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "# A draft, written by scripts/draft.sh from {source_file}. Every line marked `{CHECK_MARK}` is a guess:
# review it, correct it if need be, and remove the mark. The compiler refuses to publish the file
# (`status = \"published\"`) while a mark is left. Values and quotes are read from the text and
# checked by the compiler; labels, units, periods, relations and charts are the drafter's proposals.
"
    );
    out.push_str("[article]\n");
    line(&mut out, "status", &quoted("draft"), Some("a preview: publish once every mark is gone"));
    line(&mut out, "kicker", &quoted("{date}"), Some("a line above the title"));
    line(&mut out, "title", &quoted(&guesses.title), Some("the first words of the text: write the title"));
    line(&mut out, "standfirst", &quoted(&guesses.standfirst), Some("the first figures: write the standfirst"));
    line(&mut out, "date", &quoted(&article.statement.key()), None);
    line(&mut out, "language", &quoted(article.style.code()), None);
    let unknown = article.words().to_be_given;
    line(&mut out, "attribution", &quoted(unknown), Some("who made the statement"));
    line(&mut out, "source_name", &quoted(unknown), Some("where it was published"));
    line(&mut out, "source_file", &quoted(source_file), None);
    out.push_str("paragraphs = [\n");
    for paragraph in &article.paragraphs {
        let _ = writeln!(out, "{},", verbatim(paragraph));
    }
    out.push_str("]\n");

    for unit in &guesses.units {
        out.push_str("\n[[units]]\n");
        line(&mut out, "id", &quoted(&unit.id), None);
        line(&mut out, "kind", &quoted(unit.kind.name()), Some(&unit.why));
        if let Some(code) = unit.currency {
            line(&mut out, "currency", &quoted(code), Some(&unit.why));
        }
        if let Some(singular) = &unit.singular {
            line(&mut out, "singular", &quoted(singular), Some("its singular"));
        }
        if let Some(plural) = &unit.plural {
            line(&mut out, "plural", &quoted(plural), None);
        }
    }

    for figure in &guesses.figures {
        out.push_str("\n[[figures]]\n");
        line(&mut out, "id", &quoted(&figure.id), None);
        line(
            &mut out,
            "label",
            &quoted(&figure.label),
            Some("words of the text around the number: does it say what is counted?"),
        );
        let value = match figure.value {
            Value::Number(v) => number(v),
            Value::Fraction(n, d) => quoted(&format!("{n}/{d}")),
        };
        line(&mut out, "value", &value, None);
        line(&mut out, "unit", &quoted(&guesses.units[figure.unit].id), None);
        let qualifier_note = (figure.qualifier != Qualifier::Exact).then_some("read from the words before the number");
        line(&mut out, "qualifier", &quoted(figure.qualifier.name()), qualifier_note);
        if let Some(change) = figure.change {
            line(
                &mut out,
                "change",
                &quoted(change.name()),
                Some("a change, read from its verb: check its kind and sign"),
            );
        }
        if let Some((outlook, word)) = &figure.outlook {
            line(&mut out, "outlook", &quoted(outlook.name()), Some(&format!("read from \"{word}\"")));
        }
        let (level_reason, fact_reason) = super::guess::reasons_for(article.style);
        let mut reasons = Vec::new();
        if let Some(word) = &figure.not_a_change {
            line(
                &mut out,
                "change",
                &quoted("none"),
                Some(&format!("the quote says \"{word}\": if it says how much the figure moved, make it a change")),
            );
            reasons.push(level_reason.replace("{word}", word));
        }
        if let Some(word) = &figure.not_a_plan {
            line(
                &mut out,
                "outlook",
                &quoted("none"),
                Some(&format!(
                    "the quote says \"{word}\": if the figure is planned or expected, make it a target or a forecast"
                )),
            );
            reasons.push(fact_reason.replace("{word}", word));
        }
        if !reasons.is_empty() {
            line(&mut out, "reason", &quoted(&reasons.join(" ")), Some("say why, for readers"));
        }
        line(&mut out, "period", &quoted(&figure.period), Some(&figure.period_why));
        line(&mut out, "quote", &quoted(&figure.quote), None);
        if let Some(period_quote) = &figure.period_quote {
            line(&mut out, "period_quote", &quoted(period_quote), None);
        }
        if let Some(whole) = figure.part_of {
            line(
                &mut out,
                "part_of",
                &quoted(&guesses.figures[whole].id),
                Some("a part of the figure before it in its sentence"),
            );
        }
        if let Some(plan) = figure.detail_of {
            line(
                &mut out,
                "detail_of",
                &quoted(&guesses.figures[plan].id),
                Some("a count given with a plan in its sentence: is it the plan's?"),
            );
        }
        if let Some(base) = &figure.base {
            line(&mut out, "base", &quoted(&base.date), Some("what the change is compared with, read from its words"));
            line(&mut out, "base_quote", &quoted(&base.quote), None);
        }
        if let Some(whole) = figure.share_of {
            line(
                &mut out,
                "share_of",
                &quoted(&guesses.figures[whole].id),
                Some("the count in its sentence that it is a share of"),
            );
        }
    }

    for computed in &guesses.computed {
        out.push_str("\n[[figures]]\n");
        line(&mut out, "id", &quoted(&computed.id), None);
        line(&mut out, "label", &quoted(&computed.label), Some(&computed.why));
        line(&mut out, "formula", &quoted(&computed.formula), None);
        line(&mut out, "period", &quoted(&computed.period), Some("the whole's period"));
        if let Some(period_quote) = &computed.period_quote {
            line(&mut out, "period_quote", &quoted(period_quote), None);
        }
        line(&mut out, "part_of", &quoted(&guesses.figures[computed.part_of].id), None);
    }

    for not_figure in &guesses.not_figures {
        out.push_str("\n[[not_figures]]\n");
        line(&mut out, "quote", &quoted(&not_figure.quote), None);
        line(&mut out, "reason", &quoted(&not_figure.reason), Some("is it really no figure?"));
    }

    for event in &guesses.events {
        out.push_str("\n[[events]]\n");
        line(&mut out, "id", &quoted(&event.id), None);
        line(&mut out, "date", &quoted(&event.date), None);
        if let Some(outlook) = event.outlook {
            line(&mut out, "outlook", &quoted(outlook.name()), Some("a plan or an expectation, read from its words"));
        }
        line(&mut out, "label", &quoted(&event.label), Some("the words around the date: say what happened"));
        line(&mut out, "quote", &quoted(&event.quote), None);
        if !event.figures.is_empty() {
            let ids: Vec<String> = event.figures.iter().map(|&f| quoted(&guesses.figures[f].id)).collect();
            line(&mut out, "figures", &format!("[{}]", ids.join(", ")), Some("the figures dated by the same words"));
        }
    }

    for chart in &guesses.charts {
        out.push_str("\n[[charts]]\n");
        line(&mut out, "id", &quoted(&chart.id), None);
        line(&mut out, "kind", &quoted(chart.kind.name()), Some(&chart.why));
        if !chart.figures.is_empty() {
            let ids: Vec<String> = chart.figures.iter().map(|f| quoted(f)).collect();
            line(&mut out, "figures", &format!("[{}]", ids.join(", ")), None);
        }
        line(&mut out, "title", &quoted(&chart.title), Some("write the title"));
        line(&mut out, "takeaway", &quoted(&chart.takeaway), Some("write the one sentence to take away"));
    }
    out
}

/// `key = value`, with a `# check:` mark when the value is a guess.
fn line(out: &mut String, key: &str, value: &str, check: Option<&str>) {
    match check {
        Some(why) => {
            let _ = writeln!(out, "{key} = {value}  {CHECK_MARK} {}", why.replace('\n', " "));
        }
        None => {
            let _ = writeln!(out, "{key} = {value}");
        }
    }
}

/// A paragraph as the editor reads it best: a literal string (`'''…'''`), unless it cannot be one.
fn verbatim(text: &str) -> String {
    let literal = !text.contains("'''") && !text.ends_with('\'') && !text.chars().any(|c| c.is_control() && c != '\n');
    if literal {
        format!("'''{text}'''")
    } else {
        quoted(text)
    }
}

/// A value as TOML reads it back exactly: whole numbers without a fraction.
fn number(value: f64) -> String {
    if value.fract() == 0.0 && value.abs() < 1e15 {
        format!("{}", value as i64)
    } else {
        format!("{value}")
    }
}
