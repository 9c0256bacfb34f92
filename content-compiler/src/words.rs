//! The words the compiler reads around numbers, by language: qualifiers (`environ`, `more
//! than`), which way a change goes (`a reculé`, `rose`), targets and forecasts (`vise`, `by
//! 2030`), and parts of a year named without their number (`au premier trimestre`, `last
//! year`). The checks hold an editor's file to them; the drafter reads a raw article with them.

use vocabulary::{Date, Lang, Outlook, Part, Qualifier, TimeUnit};

use crate::numbers::{Direction, NumberToken};
use crate::text::contains_phrase;
use crate::text::has_word_starting;

/// The date that words naming no year mean (`au premier trimestre`, `l'an dernier`), given the
/// statement's date. A year named by its distance (`l'an dernier`, `cette année`) counts from
/// the statement's year. A part of a year alone (`au quatrième trimestre`) is the latest such
/// part that ends before the statement's month: in a statement of March 2025, the fourth
/// quarter of 2024; for a plan or a forecast (`ahead`), the next one that has not ended.
/// `None` when the words name no part of a year and no year.
pub fn relative_period(words: &str, style: Lang, statement: Date, ahead: bool) -> Option<Date> {
    let part = part_in_words(words, style);
    let offset = style.reading().years_by_distance.iter().find(|(w, _)| contains_phrase(words, w)).map(|y| y.1);
    match (part, offset) {
        (None, None) => None,
        (part, Some(offset)) => {
            let year = u16::try_from(i32::from(statement.year) + offset).ok()?;
            Some(Date { year, part: part.unwrap_or(Part::Year) })
        }
        (Some(part), None) => {
            let (year, month) = statement.first_month();
            let ended = |date: Date| date.last_month() < (year, month);
            let this_year = Date { year, part };
            Some(match (ahead, ended(this_year)) {
                (false, true) | (true, false) => this_year,
                (false, false) => Date { year: year.checked_sub(1)?, part },
                (true, true) => Date { year: year.checked_add(1)?, part },
            })
        }
    }
}

/// The part of a year that words name (`premier trimestre`, `Q3`, `first half`), if any.
pub fn part_in_words(words: &str, style: Lang) -> Option<Part> {
    style.reading().parts.iter().find(|(w, _)| contains_phrase(words, w)).map(|p| p.1)
}

/// A few words of `style` that name a part of a year, for messages.
pub fn relative_examples(style: Lang) -> String {
    let parts = style.reading().parts.iter().map(|p| p.0).take(2);
    let years = style.reading().years_by_distance.iter().map(|y| y.0).take(2);
    parts.chain(years).map(|w| format!("\"{w}\"")).collect::<Vec<_>>().join(", ")
}

/// The time unit that the words starting `words` count (`ans` in `cinq ans`, `années` in `trois
/// prochaines années`), if any.
pub fn time_unit_at(words: &str, style: Lang) -> Option<TimeUnit> {
    let mut next = words.split_whitespace().map(|w| w.trim_matches(|c: char| !c.is_alphabetic()).to_lowercase());
    let first = next.next()?;
    let unit = |word: &str| style.reading().time_units.iter().find(|(w, _)| *w == word).map(|t| t.1);
    unit(&first).or_else(|| {
        let between = style.reading().length_adjectives.contains(&first.as_str());
        between.then(|| next.next()).flatten().and_then(|second| unit(&second))
    })
}

/// Whether words name month `month` (1 to 12): by its name, or as the end of a year (12).
pub fn names_the_month(words: &str, month: u8, style: Lang) -> bool {
    let name = style.months()[usize::from(month.clamp(1, 12)) - 1];
    contains_phrase(words, name) || year_edge_in(words, style) == Some(month)
}

/// The part of a year that words name with their year, as a base is read: a half or a
/// quarter, a month, or for `la même période` the part of the figure's own period (`own`);
/// else the whole year.
pub fn part_named(words: &str, style: Lang, own: Option<Part>) -> Part {
    part_in_words(words, style)
        .or_else(|| (1..=12).find(|&m| names_the_month(words, m, style)).map(Part::Month))
        .or_else(|| own.filter(|_| says_same_period(words, style)))
        .unwrap_or(Part::Year)
}

/// Whether words start a length of time at the statement.
pub fn starts_from_now(words: &str, style: Lang) -> bool {
    style.reading().from_now.iter().any(|w| contains_phrase(words, w))
}

/// The month that words naming the end of a year stand for, if any.
pub fn year_edge_in(words: &str, style: Lang) -> Option<u8> {
    style.reading().year_edges.iter().find(|(w, _)| contains_phrase(words, w)).map(|e| e.1)
}

/// Whether `words` give a year as a target's date: `by 2029`.
pub fn target_year_in(words: &str, style: Lang) -> bool {
    style.reading().target_before_year.iter().any(|lead| {
        crate::text::find_phrase(words, lead).iter().any(|range| {
            // The number right after it, as the compiler reads numbers: a year of four digits.
            let after = &words[range.end..];
            crate::numbers::find_numbers(after, style).first().is_some_and(|t| {
                after[..t.start].trim().is_empty()
                    && !t.percent
                    && t.scale.is_none()
                    && !t.spelled
                    && t.decimals == 0
                    && (1900.0..=2100.0).contains(&t.value)
                    && after[t.end..].chars().next().is_none_or(|c| !c.is_alphabetic())
            })
        })
    })
}

/// Whether `words` start with a word that opens a period from a start: `depuis l'installation`.
pub fn starts_with_since(words: &str, style: Lang) -> bool {
    style.reading().since.iter().any(|word| {
        let found = crate::text::find_phrase(words, word);
        found.first().is_some_and(|range| words[..range.start].trim().is_empty())
    })
}

/// Whether `words` say "over the same period".
pub fn says_same_period(words: &str, style: Lang) -> bool {
    style.reading().same_period.iter().any(|w| contains_phrase(words, w))
}

/// How close before a number a governing word must stand, in bytes of text.
pub const GOVERNING_REACH: usize = 30;

/// Words that say which way a change goes, by the start of the word: `recul` is in "a reculé"
/// and "le recul".
pub fn direction_words(direction: Direction, style: Lang) -> &'static [&'static str] {
    match direction {
        Direction::Up => style.reading().rises,
        Direction::Down => style.reading().falls,
    }
}

/// Words that say a figure is a target or a forecast, by the start of the word or as a phrase.
pub fn outlook_words(outlook: Outlook, style: Lang) -> &'static [&'static str] {
    match outlook {
        Outlook::Target => style.reading().targets,
        Outlook::Forecast => style.reading().forecasts,
    }
}

/// The words that say `qualifier` before a number, in `style`.
pub fn qualifier_words(qualifier: Qualifier, style: Lang) -> &'static [&'static str] {
    let words = style.reading();
    match qualifier {
        Qualifier::Exact => &[],
        Qualifier::Approximately => words.about,
        Qualifier::MoreThan => words.more_than,
        Qualifier::LessThan => words.less_than,
    }
}

/// The qualifier that the words right before a number imply, and the word that implies it:
/// `plus de 54 000`, `d'environ 50.000`, `nearly $2bn`, `près de la moitié`. Only words that
/// bound the number count: in `over four years, including €500m`, `over` qualifies the
/// years, not the money.
pub fn qualifier_in_words(words: &str, style: Lang) -> Option<(Qualifier, &'static str)> {
    [Qualifier::Approximately, Qualifier::MoreThan, Qualifier::LessThan]
        .into_iter()
        .flat_map(|q| qualifier_words(q, style).iter().map(move |w| (q, *w)))
        .find(|(_, word)| {
            crate::text::find_phrase(words, word).iter().any(|range| bounds_the_number(&words[range.end..], style))
        })
}

/// Whether `rest`, what stands between a qualifier and the number, lets the qualifier bound
/// it: only space, a currency sign or small words.
fn bounds_the_number(rest: &str, style: Lang) -> bool {
    let rest = rest.replace(['’', '\u{2018}'], "'");
    let mut rest = rest.trim_start();
    loop {
        if rest.is_empty() {
            return true;
        }
        if let Some(after) = rest.strip_prefix(|c: char| crate::numbers::is_currency_sign(c) || c == '+') {
            rest = after.trim_start();
            continue;
        }
        let bridge = style.reading().bridges.iter().find_map(|word| {
            let after = rest.get(word.len()..)?;
            let same = rest[..word.len()].to_lowercase() == *word;
            let ends = word.ends_with('\'') || after.starts_with(char::is_whitespace);
            (same && ends).then_some(after)
        });
        match bridge {
            Some(after) => rest = after.trim_start(),
            None => return false,
        }
    }
}

/// Whether words hold a noun in the dual, the way Arabic says "two" of something without a
/// number (`عمليتين`, `سنتان`, `مشروعين`): a word of five letters or more that ends as a dual
/// does (the pack's `dual_endings`). Plurals in `ين` end the same way, so this only lets an
/// editor's `[[not_figures]]` entry stand on such a word; it never makes a number of one.
pub fn holds_dual(words: &str, style: Lang) -> bool {
    let endings = style.reading().dual_endings;
    words
        .split(|c: char| !c.is_alphabetic())
        .any(|word| word.chars().count() >= 5 && endings.iter().any(|end| word.ends_with(end)))
}

/// The words that say a change (`a reculé`, `fell`) in a figure's quote, other than in the
/// number's own sign: which way, and the word.
pub fn direction_in(quote: &str, token: &NumberToken, style: Lang) -> Option<(Direction, String)> {
    if let Some(sign) = token.sign {
        return Some((sign, if sign == Direction::Up { "+" } else { "−" }.to_string()));
    }
    // Whole words only, not a part of a compound (`drop-off points`, `high-rise`).
    let words: Vec<String> = quote
        .split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '\'' || c == '’'))
        .filter(|word| !word.contains('-'))
        .map(str::to_string)
        .collect();
    let text = words.join(" ");
    [Direction::Up, Direction::Down].into_iter().find_map(|direction| {
        direction_words(direction, style)
            .iter()
            .find(|stem| has_word_starting(&text, stem))
            .map(|stem| (direction, stem.trim().to_string()))
    })
}

/// The words of a target or a forecast in `words` (a quote and its period quote), but for words
/// too common in other senses, and those that only govern: those count in `before`, the words
/// right before the number. A verb in the future tense is a forecast's.
pub fn outlook_in(words: &str, before: &str, style: Lang) -> Option<(Outlook, String)> {
    let listed = |table: &[&str], stem: &str| table.contains(&stem);
    let mut from = before.len().saturating_sub(GOVERNING_REACH);
    while !before.is_char_boundary(from) {
        from -= 1;
    }
    let before = &before[from..];
    [Outlook::Target, Outlook::Forecast]
        .into_iter()
        .find_map(|outlook| {
            outlook_words(outlook, style)
                .iter()
                .filter(|stem| !listed(style.reading().ambiguous_outlook, stem))
                .find(|stem| {
                    let within = if listed(style.reading().governing_outlook, stem) { before } else { words };
                    has_word_starting(within, stem) || contains_phrase(within, stem)
                })
                .map(|stem| (outlook, stem.to_string()))
        })
        .or_else(|| future_tense_in(words, style).map(|verb| (Outlook::Forecast, verb)))
}

/// A verb in the future tense in `words` (`investira`, `will`, `سيتم`), if any: what is still
/// to come is a forecast or a plan. Words with a capital are names, not verbs.
pub fn future_tense_in(words: &str, style: Lang) -> Option<String> {
    words
        .split(|c: char| !(c.is_alphabetic() || c == '\'' || c == '’'))
        .map(|word| word.rsplit(['\'', '’']).next().unwrap_or(word))
        .filter(|word| !word.chars().next().is_some_and(char::is_uppercase))
        .find(|word| {
            let words = style.reading();
            let ending = words.future_endings.iter().any(|end| word.ends_with(end));
            words.future_verbs.contains(word)
                || (ending && word.chars().count() >= 6 && !words.not_future.contains(word))
        })
        .map(str::to_string)
}

/// Whether the words right before a number make it the level a thing reached (`a reculé à
/// 7,1 %`, `fell to 38%`), not how much it moved.
pub fn reaches_a_level(words_before: &str, style: Lang) -> bool {
    let before = words_before.trim_end().to_lowercase();
    style.reading().level_words.iter().any(|word| {
        let Some(rest) = before.strip_suffix(word).filter(|rest| crate::text::starts_word(rest)) else {
            return false;
        };
        // The verb that moved stands right before it (`a reculé à`, `fell to`), not a noun
        // that measures the move (`un recul équivalant à 9 %`, `a drop amounting to 9%`); in a
        // language that puts its verb first, before its subject (`ارتفعت نسبة الدواوير إلى`),
        // anywhere before it, but never a noun of the move (`بانخفاض يصل إلى`).
        let moved = |word: &str| {
            [Direction::Up, Direction::Down].iter().any(|&d| {
                direction_words(d, style).iter().any(|stem| !stem.ends_with(' ') && has_word_starting(word, stem))
            })
        };
        let is_noun = |word: &str| style.reading().move_nouns.iter().any(|noun| has_word_starting(word, noun));
        let mut words = rest.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).rev();
        if style.reading().verb_first {
            words.any(|word| moved(word) && !is_noun(word))
        } else {
            words.next().is_some_and(moved)
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_verb_in_the_future_tense_is_a_forecast() {
        assert_eq!(future_tense_in("l'État investira 2 milliards", Lang::FR).as_deref(), Some("investira"));
        assert_eq!(future_tense_in("ils atteindront 40 %", Lang::FR).as_deref(), Some("atteindront"));
        assert_eq!(future_tense_in("le coût sera de 3 millions", Lang::FR).as_deref(), Some("sera"));
        assert_eq!(future_tense_in("la caméra de Sierra", Lang::FR), None);
        assert_eq!(future_tense_in("ils ont investi 2 milliards", Lang::FR), None);
        assert_eq!(outlook_in("the plan shall cost", "", Lang::EN).map(|o| o.0), Some(Outlook::Forecast));
        assert_eq!(outlook_in("سيتم بناء 40 مدرسة", "", Lang::AR).map(|o| o.0), Some(Outlook::Forecast));
        // A word that says a plan only where it governs the number.
        let deficit = "Le déficit attendu cette année est de ";
        assert_eq!(
            outlook_in("déficit attendu cette année est de 4,2 %", deficit, Lang::FR).map(|o| o.0),
            Some(Outlook::Forecast)
        );
        assert_eq!(
            outlook_in("comme attendu par les élus, le déficit a été de 4,2 %", "le déficit a été de ", Lang::FR),
            None
        );
        assert_eq!(outlook_in("qui compte 45 000", "qui compte ", Lang::FR), None);
    }

    #[test]
    fn a_qualifier_bounds_only_the_number_right_after_it() {
        let qualifier = |words: &str, style| qualifier_in_words(words, style).map(|q| q.0);
        assert_eq!(qualifier("plus de ", Lang::FR), Some(Qualifier::MoreThan));
        assert_eq!(qualifier("d'environ ", Lang::FR), Some(Qualifier::Approximately));
        assert_eq!(qualifier("près de la ", Lang::FR), Some(Qualifier::Approximately));
        assert_eq!(qualifier("nearly $", Lang::EN), Some(Qualifier::Approximately));
        assert_eq!(qualifier("more than a ", Lang::EN), Some(Qualifier::MoreThan));
        assert_eq!(qualifier("over four years, including €", Lang::EN), None);
        assert_eq!(qualifier("plus de trois ans, dont ", Lang::FR), None);
        assert_eq!(qualifier("لحوالي ", Lang::AR), Some(Qualifier::Approximately));
    }

    #[test]
    fn a_part_of_a_year_without_its_year_is_the_last_one_ended_or_a_plan_s_next() {
        let read =
            |words: &str, statement: Date, ahead| relative_period(words, Lang::FR, statement, ahead).map(|d| d.key());
        let march = Date::month(2025, 3);
        assert_eq!(read("au quatrième trimestre", march, false).as_deref(), Some("2024-Q4"));
        assert_eq!(read("au premier trimestre", march, false).as_deref(), Some("2024-Q1"), "not over in March");
        assert_eq!(read("au premier trimestre", Date::month(2025, 4), false).as_deref(), Some("2025-Q1"));
        assert_eq!(read("au quatrième trimestre", march, true).as_deref(), Some("2025-Q4"));
        assert_eq!(read("au premier semestre", march, true).as_deref(), Some("2025-H1"));
        assert_eq!(read("l'an dernier", march, false).as_deref(), Some("2024"));
        assert_eq!(read("au premier trimestre de l'année", march, true).as_deref(), Some("2025-Q1"));
    }
}
