//! Numbers, periods and dates written the way each language writes them: French `50 000` with a
//! narrow no-break space (U+202F) between thousands and before `%`, `12,5`, `septembre 2018`;
//! English `50,000`, `12.5`, `90%`, `September 2018`. Qualifiers stay visible: `≈ 50 000`,
//! `> 54 000` on marks, `environ 50 000`, `plus de 54 000` in prose.

use crate::content::{
    Date, Event, Figure, Inline, Lang, Op, Origin, Outlook, Part, Period, Qualifier, Scale, Story, UnitKind,
};
use crate::ui::terms;

/// No-break space: keeps a qualifier sign with its number.
const NBSP: char = '\u{a0}';

/// `50 000` / `50,000`; one decimal at most, shown only when there is one (`12,5`): for axes
/// and ticks, which the text does not write.
pub fn number(value: f64, lang: Lang) -> String {
    write_number(value, lang, Some(lang.group_separator()), Decimals::AtMost(1))
}

/// `50000`: a number with no thousands separator, for text that is only heard.
pub fn number_ungrouped(value: f64, lang: Lang) -> String {
    write_number(value, lang, None, Decimals::AtMost(1))
}

/// How many decimals a number is written with.
#[derive(Clone, Copy)]
enum Decimals {
    /// Exactly so many, zeros included: a figure as its text writes it (`3,50 %`).
    Exactly(u8),
    /// At most so many, shown only when there are some: an axis's ticks.
    AtMost(u8),
}

/// A number on an axis in a scale, short (`2 Md`, `2bn`) or in words, with as many decimals
/// as it has, up to three.
pub fn scaled(value: f64, scale: Scale, lang: Lang, grouped: bool, short: bool) -> String {
    write_scaled(value, scale, lang, grouped, short, Decimals::AtMost(3))
}

/// A number in a scale (`2,75 milliards`, `8.5 million`) or, `short`, as axis labels write it
/// (`2 Md`, `2bn`).
fn write_scaled(value: f64, scale: Scale, lang: Lang, grouped: bool, short: bool, decimals: Decimals) -> String {
    let terms = terms(lang);
    let count = value / scale.factor();
    let number = write_number(count, lang, grouped.then(|| lang.group_separator()), decimals);
    if short {
        return number + terms.scales_short[scale.index()];
    }
    let (one, many) = terms.scales[scale.index()];
    // French: `1,5 million`, `2 millions`; English's forms are the same; Arabic `5 ملايين`,
    // `50 مليون`.
    let mut out = number;
    out.push(NBSP);
    out.push_str(if lang.takes_plural(count) { many } else { one });
    out
}

/// Writes `value` with its decimals, and its separator between thousands if any.
fn write_number(value: f64, lang: Lang, separator: Option<char>, decimals: Decimals) -> String {
    let (places, fixed) = match decimals {
        Decimals::Exactly(n) => (u32::from(n.min(9)), true),
        Decimals::AtMost(n) => (u32::from(n.min(9)), false),
    };
    let unit = 10_u64.pow(places);
    let scaled = (value.abs() * unit as f64).round() as u64;
    let (whole, fraction) = (scaled / unit, scaled % unit);
    let digits = lang.digits(whole);
    let mut out = String::new();
    if value < 0.0 && scaled > 0 {
        out.push_str(lang.sign_mark());
        out.push('−');
    }
    let count = digits.chars().count();
    // Spanish groups from five digits only (`1400`, `14.000`): CLDR's minimum grouping.
    let separator = separator.filter(|_| lang.groups(count));
    for (i, digit) in digits.chars().enumerate() {
        if let Some(separator) = separator {
            if i > 0 && (count - i).is_multiple_of(3) {
                out.push(separator);
            }
        }
        out.push(digit);
    }
    if places > 0 && (fraction > 0 || fixed) {
        out.push(lang.decimal_mark());
        // The decimals, leading zeros kept, trailing ones too when the text writes them,
        // digit by digit: padding through `format!` would bring `core::fmt`'s padding into
        // the bundle.
        let mut rest = fraction;
        let mut place = unit / 10;
        while place > 0 && (rest > 0 || fixed) {
            out.push(char::from_u32(u32::from(lang.zero()) + (rest / place) as u32).unwrap_or('?'));
            rest %= place;
            place /= 10;
        }
    }
    out
}

/// A written number with its unit sign where it has one.
fn with_sign(number: String, kind: UnitKind, lang: Lang) -> String {
    match kind {
        UnitKind::Percent => number + lang.percent_sign(),
        _ => number,
    }
}

/// A written number followed by its unit's words (`50 000 migrants`, `5 milliards de dirhams`,
/// `1 dirham`), or its sign for a percentage.
fn with_unit(number: String, figure: &Figure, lang: Lang) -> String {
    let unit = &figure.unit;
    if figure.fraction.is_some() {
        return number;
    }
    if unit.kind == UnitKind::Percent || unit.plural.is_empty() {
        return with_sign(number, unit.kind, lang);
    }
    let count = figure.scale.map_or(figure.value, |scale| figure.value / scale.factor()).abs();
    // After a scale word, French and English count in the plural (`5 milliards de dirhams`),
    // Arabic in the singular (`5 ملايين درهم`).
    let plural = match figure.scale {
        Some(_) => lang.plural_after_scale(),
        None => lang.takes_plural(count),
    };
    let noun = if plural { &unit.plural } else { &unit.singular };
    // French puts `de` between a scale word and its noun, `d'` before a vowel or a mute h.
    let joiner = match figure.scale {
        Some(Scale::Million | Scale::Billion) => {
            let terms = terms(lang);
            if noun.starts_with(terms.elides_before) {
                terms.of_elided
            } else {
                terms.of
            }
        }
        _ => " ",
    };
    let mut out = number;
    out.push_str(joiner);
    out.push_str(noun);
    out
}

/// A figure's number as its text writes it: in its scale (`5 milliards`) if it has one, with
/// its decimals (`12,25`, `3,50`), in words if the text gives a fraction (`un tiers`), signed
/// if it is a change (`+3,2`, `−20`); `grouped` for the eye (`50 000`), not for the ear
/// (`50000`).
fn digits(figure: &Figure, lang: Lang, grouped: bool) -> String {
    if let Some(fraction) = figure.fraction {
        return fraction_words(fraction, lang).to_string();
    }
    let decimals = Decimals::Exactly(figure.decimals);
    let number = match figure.scale {
        Some(scale) => write_scaled(figure.value, scale, lang, grouped, false, decimals),
        None => write_number(figure.value, lang, grouped.then(|| lang.group_separator()), decimals),
    };
    match figure.change {
        // A rise says so as plainly as a fall: `+150 %`.
        Some(_) if figure.value > 0.0 => [lang.sign_mark(), "+", &number].concat(),
        _ => number,
    }
}

/// A fraction as each language writes it: `un tiers`, `a third`.
pub fn fraction_words(fraction: (u8, u8), lang: Lang) -> &'static str {
    let words = &terms(lang).fractions;
    match fraction {
        (1, 2) => words[0],
        (1, 3) => words[1],
        (2, 3) => words[2],
        (1, 4) => words[3],
        (3, 4) => words[4],
        // The compiler reads no other fraction in words.
        _ => "",
    }
}

/// A figure's number with its sign if it is a percentage, and the currency sign its text
/// writes: `50 000`, `90 %`, `5 milliards`, `$1.2 billion`, `la moitié`.
fn written(figure: &Figure, lang: Lang, grouped: bool) -> String {
    if figure.fraction.is_some() {
        return digits(figure, lang, grouped);
    }
    let number = with_sign(digits(figure, lang, grouped), figure.unit.kind, lang);
    match figure.symbol {
        Some(symbol) if symbol.before => {
            let mut out = String::from(symbol.sign);
            out.push_str(&number);
            out
        }
        Some(symbol) => {
            let mut out = number;
            out.push(NBSP);
            out.push(symbol.sign);
            out
        }
        None => number,
    }
}

/// A qualifier as a sign before a number: `≈ 50 000`, `> 54 000`; in words before a
/// fraction, which is itself in words (`plus de la moitié`, not `> la moitié`).
fn signed(figure: &Figure, written: String, lang: Lang) -> String {
    if figure.fraction.is_some() {
        return spoken_with_words(figure, written, lang);
    }
    let sign = match figure.qualifier {
        Qualifier::Exact => return written,
        Qualifier::Approximately => "≈",
        Qualifier::MoreThan => ">",
        Qualifier::LessThan => "<",
    };
    let mut out = String::from(sign);
    out.push(NBSP);
    out.push_str(&written);
    out
}

/// A figure's number with its qualifier's sign, as formulas use it: `≈ 50 000`, `90 %`.
pub fn figure_number(figure: &Figure, lang: Lang) -> String {
    signed(figure, written(figure, lang, true), lang)
}

/// A figure's value as cards, tables and readouts show it, with its unit: `≈ 50 000 migrants`,
/// `> 54 000 tentatives`, `90 %`, `5 milliards de dirhams`.
pub fn figure_value(figure: &Figure, lang: Lang) -> String {
    signed(figure, with_unit(digits(figure, lang, true), figure, lang), lang)
}

/// What a figure counts, in full: its unit's words and its label (`migrants régularisés`), or
/// its label alone for a percentage.
pub fn counted(figure: &Figure) -> String {
    match figure.unit.kind {
        UnitKind::Percent => figure.label.to_string(),
        _ if figure.unit.plural.is_empty() => figure.label.to_string(),
        _ => format!("{} {}", figure.unit.plural, figure.label),
    }
}

/// A figure as prose says it: `environ 50 000`, `plus de 54 000`, `fewer than 300`.
pub fn figure_value_words(figure: &Figure, lang: Lang) -> String {
    let words = qualifier_words(figure, lang);
    let written = written(figure, lang, true);
    if words.is_empty() {
        written
    } else {
        format!("{words}{NBSP}{written}")
    }
}

/// The words for a figure's qualifier: `environ`, `plus de`; `fewer than` a count in English,
/// `less than` an amount; empty for an exact figure.
pub fn qualifier_words(figure: &Figure, lang: Lang) -> &'static str {
    let words = terms(lang);
    match figure.qualifier {
        Qualifier::Exact => "",
        Qualifier::Approximately => words.about,
        Qualifier::MoreThan => words.more_than,
        Qualifier::LessThan if figure.unit.kind == UnitKind::Count => words.fewer_than,
        Qualifier::LessThan => words.less_than,
    }
}

/// Words into lines of at most `max` characters, for text drawn where nothing wraps it (SVG):
/// a word longer than a line stands alone on its line.
pub fn wrap(text: &str, max: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    // Only at plain spaces: a no-break space (`50 000`, `« … »`) holds its neighbours together.
    for word in text.split([' ', '\n']).filter(|word| !word.is_empty()) {
        match lines.last_mut() {
            Some(line) if line.chars().count() + 1 + word.chars().count() <= max => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_string()),
        }
    }
    lines
}

/// Words of the text in the language's quotation marks: `« saisir 1900 embarcations »`,
/// `“seize 1,900 boats”`.
pub fn quoted(words: &str, lang: Lang) -> String {
    let (open, close) = terms(lang).quotation_marks;
    format!("{open}{words}{close}")
}

/// Who said it and when, as every drawing signs itself: `Source : …, septembre 2018`.
pub fn source_line(story: &Story, lang: Lang) -> String {
    let text = crate::ui::ui(lang);
    [text.source, text.colon, &story.meta.source_name, terms(lang).comma, &date(story.meta.date, lang)].concat()
}

/// `septembre 2018`, `1er trimestre 2018`, `Q1 2018`, `first half of 2018`, or the bare year.
pub fn date(date: Date, lang: Lang) -> String {
    let words = terms(lang);
    let (before, between) = match date.part {
        Part::Year => return lang.digits(u64::from(date.year)),
        Part::Month(month) => (words.months[usize::from(month.clamp(1, 12)) - 1], words.month_year),
        Part::Quarter(quarter) => (words.quarters[usize::from(quarter.clamp(1, 4)) - 1], " "),
        Part::Half(half) => (words.halves[usize::from(half.clamp(1, 2)) - 1], " "),
    };
    [before, between, &lang.digits(u64::from(date.year))].concat()
}

/// When an event is: its date, or its span (`2014–2017`), and whether it is a fact
/// (`2030, objectif`).
pub fn event_when(event: &Event, lang: Lang) -> String {
    let when = match event.until {
        Some(until) => span(date(event.date, lang), date(until, lang), lang),
        None => date(event.date, lang),
    };
    match event.outlook {
        None => when,
        Some(outlook) => [&when, terms(lang).comma, outlook_word(outlook, lang)].concat(),
    }
}

/// When a figure is, and whether it is a fact: `2014–2017`, `2025, objectif`, `sur 3 mois`,
/// `depuis l'installation du gouvernement`, `2022, par rapport à 2021`.
pub fn figure_period(story: &Story, figure: &Figure, lang: Lang) -> String {
    let words = terms(lang);
    let mut when = figure_when(story, figure, lang);
    if let Some(base) = figure.base {
        let (before_year, before_quarter, before_half) = words.compared_with;
        let before = match base.part {
            Part::Quarter(_) => before_quarter,
            Part::Half(_) => before_half,
            Part::Year | Part::Month(_) => before_year,
        };
        when = [&when, words.comma, before, " ", &date(base, lang)].concat();
    }
    match figure.outlook {
        None => when,
        Some(outlook) => [&when, words.comma, outlook_word(outlook, lang)].concat(),
    }
}

/// When a figure is, as `{id:period}` writes it in editorial text: its dates (`2014–2017`), its
/// length of time (`sur 3 mois`, `sur 4 ans, dès 2025`), or the start the text names (`« depuis
/// l'installation du gouvernement »`); never a date the text does not give.
pub fn figure_when(story: &Story, figure: &Figure, lang: Lang) -> String {
    let words = terms(lang);
    match (figure.since, figure.duration, figure.period) {
        // The text's own words, quoted as the text writes them: the start it names has no date.
        (true, ..) => {
            figure.period_quote.as_deref().map_or_else(|| words.undated.to_string(), |quote| quoted(quote, lang))
        }
        (false, Some(duration), period) => {
            let (one, many) = words.durations[duration.unit.index()];
            let count = f64::from(duration.count);
            let mut out = [words.over, " ", &lang.digits(u64::from(duration.count)), " "].concat();
            out.push_str(if lang.takes_plural(count) { many } else { one });
            if let Some(period) = period {
                out.push_str(words.from_start);
                out.push_str(&date(period.from, lang));
            }
            out
        }
        (false, None, period) => self::period(period, story.meta.date, lang),
    }
}

/// A note drawn from the text, as the visual lists it: its letter, what the mark it is on
/// shows, and the passage quoted (`A 22 000 migrants : « … »`).
pub fn note_line(story: &Story, note: &crate::content::Annotation, letter: &str, lang: Lang) -> String {
    let about = match note.item {
        crate::content::Selection::Figure(i) => figure_value(&story.figures[i], lang),
        crate::content::Selection::Event(i) => event_when(&story.events[i], lang),
    };
    [letter, " ", &about, crate::ui::ui(lang).colon, &quoted(&note.quote, lang)].concat()
}

/// `objectif`, `prévision`; `target`, `forecast`.
pub fn outlook_word(outlook: Outlook, lang: Lang) -> &'static str {
    let words = terms(lang);
    match outlook {
        Outlook::Target => words.target,
        Outlook::Forecast => words.forecast,
    }
}

/// `2018`, `2014-2017` (with an en dash), or `depuis 2014` / `since 2014` for a period that runs
/// up to the statement's date.
pub fn period(period: Option<Period>, statement: Date, lang: Lang) -> String {
    let Some(period) = period else { return terms(lang).undated.to_string() };
    if period.from == period.to {
        return date(period.from, lang);
    }
    if period.to == statement {
        return format!("{} {}", terms(lang).since, date(period.from, lang));
    }
    span(date(period.from, lang), date(period.to, lang), lang)
}

/// From one date to another: `2014–2017`; in Arabic in words, `من 2014 إلى 2017`, so that
/// right-to-left text never turns the dash's two sides around.
fn span(from: String, to: String, lang: Lang) -> String {
    let (before, between) = terms(lang).span;
    [before, &from, between, &to].concat()
}

/// How a computed figure is computed, with the values it uses: `90 % × ≈ 50 000`,
/// `22 000 − 1 400`, and a bound in words, `200 − (plus de 40)`: a sign after an operator
/// (`200 − > 40`) reads as something else. `None` for a stated figure.
pub fn formula(story: &Story, figure: &Figure, lang: Lang) -> Option<String> {
    let Origin::Computed { op, left, right } = figure.origin else { return None };
    let operand = |figure: &Figure| match figure.qualifier {
        Qualifier::MoreThan | Qualifier::LessThan => format!("({})", figure_value_words(figure, lang)),
        _ => figure_number(figure, lang),
    };
    let (left, right) = (operand(&story.figures[left]), operand(&story.figures[right]));
    let formula = match op {
        Op::Plus => format!("{left} + {right}"),
        Op::Minus => format!("{left} − {right}"),
        Op::PercentOf => format!("{left} × {right}"),
    };
    Some(match rounding(figure, lang) {
        Some(rounded) => [&formula, terms(lang).comma, &rounded].concat(),
        None => formula,
    })
}

/// How a computed figure was rounded, when it was: `arrondi à l'unité`, `rounded to the
/// nearest 0.1 billion`.
fn rounding(figure: &Figure, lang: Lang) -> Option<String> {
    if !figure.rounded {
        return None;
    }
    let words = crate::ui::ui(lang);
    if figure.decimals == 0 && figure.scale.is_none() {
        return Some(words.rounded_whole.to_string());
    }
    let step = 1.0 / 10f64.powi(i32::from(figure.decimals));
    let step = match figure.scale {
        Some(scale) => {
            write_scaled(step * scale.factor(), scale, lang, true, false, Decimals::Exactly(figure.decimals))
        }
        None => write_number(step, lang, None, Decimals::Exactly(figure.decimals)),
    };
    Some([words.rounded_to, " ", &step].concat())
}

/// A figure in one line: `≈ 50 000 migrants régularisés (2014–2017)`.
pub fn figure_line(story: &Story, figure: &Figure, lang: Lang) -> String {
    format!("{} {} ({})", figure_value(figure, lang), figure.label, figure_period(story, figure, lang))
}

/// A figure as a screen reader should hear it: words for the qualifier, one number with no
/// separator inside (a grouped `50 000` can be read as "fifty, zero zero zero").
pub fn figure_spoken(story: &Story, figure: &Figure, lang: Lang) -> String {
    [&value_spoken(figure, lang), " ", &figure.label, terms(lang).comma, &figure_period(story, figure, lang)].concat()
}

/// A figure's value with its qualifier in words, its number ungrouped and its unit:
/// `environ 50000 migrants`.
pub fn value_spoken(figure: &Figure, lang: Lang) -> String {
    let value = spoken_with_words(figure, with_unit(digits(figure, lang, false), figure, lang), lang);
    // A sign is easily missed by ear: a change says which way it goes in words.
    match figure.change {
        Some(_) if figure.value != 0.0 => {
            let size = Figure { value: figure.value.abs(), change: None, ..figure.clone() };
            let way = if figure.value > 0.0 { terms(lang).rise } else { terms(lang).fall };
            format!("{way} {}", spoken_with_words(&size, with_unit(digits(&size, lang, false), &size, lang), lang))
        }
        _ => value,
    }
}

/// A figure's number alone, as formulas read aloud use it: `environ 50000`.
fn number_spoken(figure: &Figure, lang: Lang) -> String {
    spoken_with_words(figure, written(figure, lang, false), lang)
}

/// `written` after the qualifier's words.
fn spoken_with_words(figure: &Figure, written: String, lang: Lang) -> String {
    let words = qualifier_words(figure, lang);
    if words.is_empty() {
        written
    } else {
        format!("{words} {written}")
    }
}

/// The same formula as screen readers should hear it: qualifiers in words, numbers ungrouped
/// (`environ 50000 × 90 %` reads as two numbers, not five).
pub fn formula_spoken(story: &Story, figure: &Figure, lang: Lang) -> Option<String> {
    let Origin::Computed { op, left, right } = figure.origin else { return None };
    let (left, right) = (number_spoken(&story.figures[left], lang), number_spoken(&story.figures[right], lang));
    let words = terms(lang);
    let op = match op {
        Op::Plus => words.spoken_plus,
        Op::Minus => words.spoken_minus,
        Op::PercentOf => words.spoken_times,
    };
    Some(match rounding(figure, lang) {
        Some(rounded) => format!("{left} {op} {right}{}{rounded}", words.comma),
        None => format!("{left} {op} {right}"),
    })
}

/// Editorial text with its placeholders filled in from the figures.
pub fn inlines(story: &Story, inlines: &[Inline], lang: Lang) -> String {
    inlines
        .iter()
        .map(|inline| match inline {
            Inline::Text(text) => text.clone(),
            Inline::Value(figure) => figure_value_words(&story.figures[*figure], lang),
            Inline::Period(figure) => figure_when(story, &story.figures[*figure], lang),
            Inline::Date => date(story.meta.date, lang),
        })
        .collect()
}

#[cfg(test)]
mod cldr;

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn check(value: f64, unit: UnitKind, lang: Lang, expected: &str) {
        assert_eq!(with_sign(number(value, lang), unit, lang), expected);
    }

    #[test]
    fn zero_is_written_plainly() {
        check(0.0, UnitKind::Count, Lang::FR, "0");
        check(0.0, UnitKind::Count, Lang::EN, "0");
    }

    #[test]
    fn french_separates_thousands_with_a_narrow_no_break_space() {
        check(1_400.0, UnitKind::Count, Lang::FR, "1\u{202f}400");
        check(1_900.0, UnitKind::Count, Lang::FR, "1\u{202f}900");
        check(54_000.0, UnitKind::Count, Lang::FR, "54\u{202f}000");
        check(1_234_567.0, UnitKind::Count, Lang::FR, "1\u{202f}234\u{202f}567");
    }

    #[test]
    fn english_separates_thousands_with_a_comma() {
        check(1_400.0, UnitKind::Count, Lang::EN, "1,400");
        check(54_000.0, UnitKind::Count, Lang::EN, "54,000");
        check(999.0, UnitKind::Count, Lang::EN, "999");
    }

    #[test]
    fn percent_takes_a_no_break_space_in_french_only() {
        check(90.0, UnitKind::Percent, Lang::FR, "90\u{a0}%");
        check(90.0, UnitKind::Percent, Lang::EN, "90%");
    }

    #[test]
    fn decimals_use_each_language_s_mark() {
        check(12.5, UnitKind::Percent, Lang::FR, "12,5\u{a0}%");
        check(12.5, UnitKind::Percent, Lang::EN, "12.5%");
    }

    #[test]
    fn float_noise_from_a_computation_is_not_shown() {
        check(0.9 * 50_000.0, UnitKind::Count, Lang::FR, "45\u{202f}000");
    }

    #[test]
    fn the_edge_cases_read_right_in_both_languages() {
        let cases = [
            (0.0, UnitKind::Count, "0", "0"),
            (1_400.0, UnitKind::Count, "1\u{202f}400", "1,400"),
            (1_900.0, UnitKind::Count, "1\u{202f}900", "1,900"),
            (54_000.0, UnitKind::Count, "54\u{202f}000", "54,000"),
            (12.5, UnitKind::Percent, "12,5\u{a0}%", "12.5%"),
            (90.0, UnitKind::Percent, "90\u{a0}%", "90%"),
        ];
        for (number, unit, french, english) in cases {
            check(number, unit, Lang::FR, french);
            check(number, unit, Lang::EN, english);
        }
    }

    static DIRHAMS: std::sync::LazyLock<crate::content::Unit> = std::sync::LazyLock::new(|| crate::content::Unit {
        id: "mad".into(),
        kind: UnitKind::Currency,
        currency: Some("MAD".into()),
        singular: "dirham".into(),
        plural: "dirhams".into(),
    });
    static EUROS: std::sync::LazyLock<crate::content::Unit> = std::sync::LazyLock::new(|| crate::content::Unit {
        id: "eur".into(),
        kind: UnitKind::Currency,
        currency: Some("EUR".into()),
        singular: "euro".into(),
        plural: "euros".into(),
    });

    /// How many decimals `value` has in `scale`, as a quote would write it.
    fn decimals_of(value: f64, scale: Option<Scale>) -> u8 {
        let count = (value / scale.map_or(1.0, Scale::factor)).abs();
        (0..6)
            .find(|&d| {
                let shifted = count * 10f64.powi(d);
                (shifted - shifted.round()).abs() < 1e-6
            })
            .unwrap_or(6) as u8
    }

    fn money(value: f64, scale: Option<Scale>, unit: &crate::content::Unit) -> Figure {
        let year = Date::year(2024);
        Figure {
            id: "budget".into(),
            label: "consacrés au programme".into(),
            value,
            unit: unit.clone(),
            qualifier: Qualifier::Exact,
            period: Some(Period { from: year, to: year }),
            origin: Origin::Stated { quote: "".into(), paragraph: 0, sentence: 0 },
            part_of: None,
            share_of: None,
            scale,
            change: None,
            outlook: None,
            fraction: None,
            decimals: decimals_of(value, scale),
            rounded: false,
            symbol: None,
            duration: None,
            since: false,
            base: None,
            period_quote: None,
            relative: false,
            detail_of: None,
            reason: Vec::new(),
        }
    }

    #[test]
    fn a_bound_in_a_formula_is_written_in_words() {
        let story = crate::content::fixture::seed();
        let returns_before = story.figures.iter().find(|f| f.id == "returns-before-2018").unwrap();
        assert_eq!(
            formula(story, returns_before, Lang::FR).unwrap(),
            "22\u{202f}000 − 1\u{202f}400",
            "exact operands as they are"
        );
        let mut bounded = story.figures.to_vec();
        let part = bounded.iter().position(|f| f.id == "returns-2018").unwrap();
        bounded[part].qualifier = Qualifier::MoreThan;
        let story = Story { figures: bounded, ..story.clone() };
        assert_eq!(formula(&story, returns_before, Lang::FR).unwrap(), "22\u{202f}000 − (plus de\u{a0}1\u{202f}400)");
        assert_eq!(formula(&story, returns_before, Lang::EN).unwrap(), "22,000 − (more than\u{a0}1,400)");
    }

    #[test]
    fn values_carry_their_unit_in_the_text_s_scale() {
        let budget = money(5e9, Some(Scale::Billion), &DIRHAMS);
        assert_eq!(figure_value(&budget, Lang::FR), "5\u{a0}milliards\u{a0}de dirhams");
        assert_eq!(figure_value(&budget, Lang::EN), "5\u{a0}billion dirhams");
        assert_eq!(figure_number(&budget, Lang::FR), "5\u{a0}milliards", "formulas keep bare numbers");
        assert_eq!(counted(&budget), "dirhams consacrés au programme");
        assert_eq!(figure_value(&money(8e6, Some(Scale::Million), &EUROS), Lang::FR), "8\u{a0}millions\u{a0}d'euros");
        assert_eq!(figure_value(&money(1.0, None, &DIRHAMS), Lang::FR), "1 dirham");
        assert_eq!(figure_value(&money(1.5, None, &DIRHAMS), Lang::FR), "1,5 dirham");
        assert_eq!(figure_value(&money(1.5, None, &DIRHAMS), Lang::EN), "1.5 dirhams");
        assert_eq!(value_spoken(&money(2.5e9, Some(Scale::Billion), &DIRHAMS), Lang::EN), "2.5\u{a0}billion dirhams");
    }

    static DIRHAMS_AR: std::sync::LazyLock<crate::content::Unit> = std::sync::LazyLock::new(|| crate::content::Unit {
        id: "mad".into(),
        kind: UnitKind::Currency,
        currency: Some("MAD".into()),
        singular: "درهم".into(),
        plural: "دراهم".into(),
    });

    #[test]
    fn arabic_writes_numbers_as_morocco_does() {
        check(1_400.0, UnitKind::Count, Lang::AR, "1.400");
        check(54_000.0, UnitKind::Count, Lang::AR, "54.000");
        check(12.5, UnitKind::Percent, Lang::AR, "12,5\u{200e}%\u{200e}");
        check(90.0, UnitKind::Percent, Lang::AR, "90\u{200e}%\u{200e}");
        // A sign keeps its side of the number in right-to-left text.
        assert_eq!(number(-3.5, Lang::AR), "\u{200e}−3,5");
        assert_eq!(date(Date { year: 2018, part: Part::Month(9) }, Lang::AR), "شتنبر 2018");
        assert_eq!(date(Date { year: 2025, part: Part::Quarter(1) }, Lang::AR), "الفصل الأول من سنة 2025");
        let statement = Date { year: 2018, part: Part::Month(9) };
        assert_eq!(
            period(Some(Period { from: Date::year(2014), to: Date::year(2017) }), statement, Lang::AR),
            "من 2014 إلى 2017"
        );
        assert_eq!(period(Some(Period { from: Date::year(2014), to: statement }), statement, Lang::AR), "منذ 2014");
    }

    #[test]
    fn arabic_may_write_its_numbers_in_arabic_indic_digits() {
        check(1_400.0, UnitKind::Count, Lang::AR_ARAB, "١٬٤٠٠");
        check(12.5, UnitKind::Percent, Lang::AR_ARAB, "١٢٫٥٪");
        check(0.9 * 50_000.0, UnitKind::Count, Lang::AR_ARAB, "٤٥٬٠٠٠");
        assert_eq!(number(-3.05, Lang::AR_ARAB), "\u{061c}−٣٫١");
        assert_eq!(date(Date { year: 2018, part: Part::Month(9) }, Lang::AR_ARAB), "شتنبر ٢٠١٨");
        assert_eq!(number_ungrouped(54_000.0, Lang::AR_ARAB), "٥٤٠٠٠");
        let statement = Date { year: 2018, part: Part::Month(9) };
        assert_eq!(
            period(Some(Period { from: Date::year(2014), to: Date::year(2017) }), statement, Lang::AR_ARAB),
            "من ٢٠١٤ إلى ٢٠١٧"
        );
    }

    #[test]
    fn arabic_counts_with_the_plural_from_three_to_ten_and_the_singular_after() {
        let count = |value: f64| with_unit(number(value, Lang::AR), &money(value, None, &DIRHAMS_AR), Lang::AR);
        assert_eq!(count(1.0), "1 درهم");
        assert_eq!(count(5.0), "5 دراهم");
        assert_eq!(count(10.0), "10 دراهم");
        assert_eq!(count(11.0), "11 درهم");
        assert_eq!(count(74.0), "74 درهم");
        assert_eq!(count(103.0), "103 دراهم");
        assert_eq!(count(1_400.0), "1.400 درهم");
        // After a million or a billion, the scale word agrees with the number and the noun is
        // singular: 5 ملايين درهم, 50 مليون درهم.
        assert_eq!(figure_value(&money(5e6, Some(Scale::Million), &DIRHAMS_AR), Lang::AR), "5\u{a0}ملايين\u{a0}درهم");
        assert_eq!(figure_value(&money(50e6, Some(Scale::Million), &DIRHAMS_AR), Lang::AR), "50\u{a0}مليون\u{a0}درهم");
        assert_eq!(
            figure_value(&money(2.5e9, Some(Scale::Billion), &DIRHAMS_AR), Lang::AR),
            "2,5\u{a0}مليار\u{a0}درهم"
        );
    }

    #[test]
    fn the_article_s_figures_read_as_prose() {
        let story = crate::content::fixture::seed();
        let regularised = story.figures.iter().find(|f| f.id == "regularised").unwrap();
        assert_eq!(figure_value(regularised, Lang::FR), "≈\u{a0}50\u{202f}000 migrants");
        assert_eq!(figure_spoken(story, regularised, Lang::FR), "environ 50000 migrants régularisés, 2014–2017");
        assert_eq!(figure_line(story, regularised, Lang::FR), "≈\u{a0}50\u{202f}000 migrants régularisés (2014–2017)");
    }

    #[test]
    fn changes_are_signed_and_fractions_are_words() {
        static PERCENT: std::sync::LazyLock<crate::content::Unit> = std::sync::LazyLock::new(|| crate::content::Unit {
            id: "percent".into(),
            kind: UnitKind::Percent,
            currency: None,
            singular: "".into(),
            plural: "".into(),
        });
        static POINTS: std::sync::LazyLock<crate::content::Unit> = std::sync::LazyLock::new(|| crate::content::Unit {
            id: "points".into(),
            kind: UnitKind::PercentagePoint,
            currency: None,
            singular: "point".into(),
            plural: "points".into(),
        });
        let change = |value: f64, unit: &crate::content::Unit, change| Figure {
            change: Some(change),
            ..money(value, None, unit)
        };
        use crate::content::Change;
        assert_eq!(figure_value(&change(-20.0, &PERCENT, Change::Relative), Lang::FR), "−20\u{a0}%");
        assert_eq!(figure_value(&change(150.0, &PERCENT, Change::Relative), Lang::EN), "+150%");
        assert_eq!(figure_value(&change(1.5, &POINTS, Change::Points), Lang::FR), "+1,5 point");
        assert_eq!(figure_value(&change(-2.0, &POINTS, Change::Points), Lang::FR), "−2 points");
        assert_eq!(figure_value(&change(-2.0, &POINTS, Change::Points), Lang::EN), "−2 points");
        assert_eq!(value_spoken(&change(-2.0, &POINTS, Change::Points), Lang::FR), "baisse de 2 points");
        assert_eq!(value_spoken(&change(12.5, &PERCENT, Change::Relative), Lang::EN), "a rise of 12.5%");
        let budget_cut = Figure { change: Some(Change::Absolute), ..money(-5e8, Some(Scale::Million), &DIRHAMS) };
        assert_eq!(figure_value(&budget_cut, Lang::FR), "−500\u{a0}millions\u{a0}de dirhams");
        let third = Figure { fraction: Some((1, 3)), value: 100.0 / 3.0, ..money(0.0, None, &PERCENT) };
        assert_eq!(figure_value(&third, Lang::FR), "un tiers");
        assert_eq!(figure_value(&third, Lang::EN), "a third");
        let about_half = Figure { fraction: Some((1, 2)), qualifier: Qualifier::Approximately, ..third };
        assert_eq!(figure_value_words(&about_half, Lang::FR), "environ\u{a0}la moitié");
    }

    #[test]
    fn numbers_in_a_scale_are_written_as_the_text_writes_them() {
        use Scale::*;
        assert_eq!(scaled(5e9, Billion, Lang::FR, true, false), "5\u{a0}milliards");
        assert_eq!(scaled(1.2e9, Billion, Lang::FR, true, false), "1,2\u{a0}milliard");
        assert_eq!(scaled(2.75e9, Billion, Lang::FR, true, false), "2,75\u{a0}milliards");
        assert_eq!(scaled(8.5e6, Million, Lang::EN, true, false), "8.5\u{a0}million");
        assert_eq!(scaled(50_000.0, Thousand, Lang::FR, true, false), "50\u{a0}mille");
        assert_eq!(scaled(1_500e9, Billion, Lang::EN, true, false), "1,500\u{a0}billion");
        // On an axis: short.
        assert_eq!(scaled(2e9, Billion, Lang::FR, true, true), "2\u{a0}Md");
        assert_eq!(scaled(2.5e9, Billion, Lang::EN, true, true), "2.5bn");
        assert_eq!(scaled(0.0, Million, Lang::EN, true, true), "0m");
    }

    #[test]
    fn a_figure_keeps_every_decimal_its_text_writes() {
        static PERCENT: std::sync::LazyLock<crate::content::Unit> = std::sync::LazyLock::new(|| crate::content::Unit {
            id: "percent".into(),
            kind: UnitKind::Percent,
            currency: None,
            singular: "".into(),
            plural: "".into(),
        });
        let rate = |value: f64, decimals: u8| Figure { decimals, ..money(value, None, &PERCENT) };
        assert_eq!(figure_value(&rate(3.25, 2), Lang::FR), "3,25\u{a0}%");
        assert_eq!(figure_value(&rate(0.75, 2), Lang::EN), "0.75%");
        assert_eq!(figure_value(&rate(3.5, 2), Lang::FR), "3,50\u{a0}%", "a zero the text writes is kept");
        assert_eq!(figure_value(&rate(12.25, 2), Lang::AR), "12,25\u{200e}%\u{200e}");
        assert_eq!(figure_value(&rate(12.25, 2), Lang::AR_ARAB), "١٢٫٢٥٪");
        let change = Figure { change: Some(crate::content::Change::Relative), ..rate(12.25, 2) };
        assert_eq!(figure_value(&change, Lang::FR), "+12,25\u{a0}%");
        assert_eq!(value_spoken(&change, Lang::EN), "a rise of 12.25%");
        let precise = Figure { decimals: 3, ..money(1_234.567, None, &DIRHAMS) };
        assert_eq!(figure_value(&precise, Lang::FR), "1\u{202f}234,567 dirhams");
        assert_eq!(figure_value_words(&precise, Lang::EN), "1,234.567");
        assert_eq!(value_spoken(&precise, Lang::FR), "1234,567 dirhams");
    }

    #[test]
    fn a_rounded_result_says_so_in_its_formula() {
        let story = crate::content::fixture::seed();
        let rest = story.figures.iter().position(|f| f.id == "returns-before-2018").unwrap();
        let mut figures = story.figures.to_vec();
        figures[rest].rounded = true;
        let story = Story { figures, ..story.clone() };
        let figure = &story.figures[rest];
        assert_eq!(formula(&story, figure, Lang::FR).unwrap(), "22\u{202f}000 − 1\u{202f}400, arrondi à l'unité");
        assert_eq!(
            formula_spoken(&story, figure, Lang::EN).unwrap(),
            "22000 minus 1400, rounded to the nearest whole number"
        );
        let tenths = Figure { decimals: 1, scale: Some(Scale::Billion), ..figure.clone() };
        assert_eq!(rounding(&tenths, Lang::EN).unwrap(), "rounded to the nearest 0.1\u{a0}billion");
    }

    #[test]
    fn a_placeholder_writes_the_currency_sign_its_text_writes() {
        use crate::content::Symbol;
        let before =
            Figure { symbol: Some(Symbol { sign: '$', before: true }), ..money(1.2e9, Some(Scale::Billion), &EUROS) };
        assert_eq!(figure_value_words(&before, Lang::EN), "$1.2\u{a0}billion");
        let after = Figure {
            symbol: Some(Symbol { sign: '€', before: false }),
            ..money(2.5e9, Some(Scale::Billion), &EUROS)
        };
        assert_eq!(figure_value_words(&after, Lang::FR), "2,5\u{a0}milliards\u{a0}€");
        // The value with its unit's words needs no sign: `1.2 billion euros`.
        assert_eq!(figure_value(&before, Lang::EN), "1.2\u{a0}billion euros");
    }

    #[test]
    fn qualifiers_read_as_prose_before_fractions_and_counts() {
        static PERCENT: std::sync::LazyLock<crate::content::Unit> = std::sync::LazyLock::new(|| crate::content::Unit {
            id: "percent".into(),
            kind: UnitKind::Percent,
            currency: None,
            singular: "".into(),
            plural: "".into(),
        });
        static BINS: std::sync::LazyLock<crate::content::Unit> = std::sync::LazyLock::new(|| crate::content::Unit {
            id: "bins".into(),
            kind: UnitKind::Count,
            currency: None,
            singular: "bin".into(),
            plural: "bins".into(),
        });
        let half = Figure {
            fraction: Some((1, 2)),
            qualifier: Qualifier::MoreThan,
            value: 50.0,
            ..money(0.0, None, &PERCENT)
        };
        assert_eq!(figure_value(&half, Lang::EN), "more than half");
        assert_eq!(figure_value(&half, Lang::FR), "plus de la moitié");
        let bins = Figure { qualifier: Qualifier::LessThan, ..money(300.0, None, &BINS) };
        assert_eq!(figure_value_words(&bins, Lang::EN), "fewer than\u{a0}300");
        assert_eq!(value_spoken(&bins, Lang::EN), "fewer than 300 bins");
        let money_under = Figure { qualifier: Qualifier::LessThan, ..money(300.0, None, &EUROS) };
        assert_eq!(figure_value_words(&money_under, Lang::EN), "less than\u{a0}300");
    }

    #[test]
    fn lengths_named_starts_and_bases_are_written_in_words() {
        use crate::content::{Duration, TimeUnit};
        let story = crate::content::fixture::seed();
        let over = |count: u16, unit: TimeUnit, from: Option<Date>| Figure {
            duration: Some(Duration { count, unit }),
            period: from.map(|from| Period { from, to: from }),
            ..money(1.0, None, &EUROS)
        };
        assert_eq!(figure_period(story, &over(3, TimeUnit::Month, None), Lang::FR), "sur 3 mois");
        assert_eq!(figure_period(story, &over(1, TimeUnit::Year, None), Lang::EN), "over 1 year");
        assert_eq!(
            figure_period(story, &over(5, TimeUnit::Year, Some(Date::year(2025))), Lang::EN),
            "over 5 years from 2025"
        );
        assert_eq!(
            figure_period(story, &over(4, TimeUnit::Year, Some(Date::year(2025))), Lang::FR),
            "sur 4 ans, dès 2025"
        );
        assert_eq!(figure_period(story, &over(6, TimeUnit::Month, None), Lang::AR), "على مدى 6 أشهر");
        let since = Figure {
            since: true,
            period: None,
            period_quote: Some("depuis l'installation du gouvernement".into()),
            ..money(1.0, None, &EUROS)
        };
        assert_eq!(figure_period(story, &since, Lang::FR), "«\u{a0}depuis l'installation du gouvernement\u{a0}»");
        let based = Figure { base: Some(Date::year(2021)), ..money(4.0, None, &EUROS) };
        assert_eq!(figure_period(story, &based, Lang::EN), "2024, compared with 2021");
        let quarter = Figure { base: Some(Date { year: 2023, part: Part::Quarter(1) }), ..based };
        assert_eq!(figure_period(story, &quarter, Lang::FR), "2024, par rapport au 1er\u{a0}trimestre 2023");
        assert_eq!(figure_period(story, &quarter, Lang::EN), "2024, compared with Q1 2023");
        let half = Figure { base: Some(Date { year: 2023, part: Part::Half(2) }), ..quarter.clone() };
        assert_eq!(figure_period(story, &half, Lang::EN), "2024, compared with the second half of 2023");
        // `{id:period}` in editorial text writes the same, never a date the text does not give.
        let figures = vec![over(3, TimeUnit::Month, None), since.clone()];
        let story = Story { figures, ..story.clone() };
        assert_eq!(inlines(&story, &[Inline::Period(0)], Lang::FR), "sur 3 mois");
        assert_eq!(
            inlines(&story, &[Inline::Period(1)], Lang::FR),
            "«\u{a0}depuis l'installation du gouvernement\u{a0}»"
        );
    }

    #[test]
    fn spoken_numbers_have_no_separator_inside() {
        assert_eq!(number_ungrouped(54_000.0, Lang::FR), "54000");
        assert_eq!(number_ungrouped(12.5, Lang::FR), "12,5");
        assert_eq!(number_ungrouped(1_234_567.5, Lang::EN), "1234567.5");
    }

    #[test]
    fn dates_name_the_month_in_each_language() {
        assert_eq!(date(Date::month(2018, 9), Lang::FR), "septembre 2018");
        assert_eq!(date(Date::month(2018, 9), Lang::EN), "September 2018");
        assert_eq!(date(Date::year(2014), Lang::FR), "2014");
        assert_eq!(date(Date { year: 2025, part: Part::Quarter(1) }, Lang::FR), "1er\u{a0}trimestre 2025");
        assert_eq!(date(Date { year: 2025, part: Part::Quarter(3) }, Lang::EN), "Q3 2025");
        assert_eq!(date(Date { year: 2025, part: Part::Half(2) }, Lang::FR), "2e\u{a0}semestre 2025");
        assert_eq!(date(Date { year: 2025, part: Part::Half(1) }, Lang::EN), "first half of 2025");
    }

    #[test]
    fn periods_read_as_a_year_a_span_or_since() {
        let statement = Date::month(2018, 9);
        let year = Date::year;
        assert_eq!(period(Some(Period { from: year(2018), to: year(2018) }), statement, Lang::FR), "2018");
        assert_eq!(period(Some(Period { from: year(2014), to: year(2017) }), statement, Lang::EN), "2014–2017");
        assert_eq!(period(Some(Period { from: year(2014), to: statement }), statement, Lang::FR), "depuis 2014");
        assert_eq!(period(Some(Period { from: year(2014), to: statement }), statement, Lang::EN), "since 2014");
        // A figure the text does not date is said so, never given a date.
        assert_eq!(period(None, statement, Lang::FR), "date non précisée");
        assert_eq!(period(None, statement, Lang::EN), "date not given");
    }
}
