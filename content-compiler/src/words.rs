//! The words the compiler reads around numbers, by language: qualifiers (`environ`, `more
//! than`), which way a change goes (`a reculé`, `rose`), targets and forecasts (`vise`, `by
//! 2030`), and parts of a year named without their number (`au premier trimestre`, `last
//! year`). The checks hold an editor's file to them; the drafter reads a raw article with them.

use vocabulary::{Date, Lang, Outlook, Part, Qualifier, TimeUnit};

use crate::numbers::{Direction, NumberToken};
use crate::text::contains_phrase;
use crate::text::has_word_starting;

/// Words that name a part of a year without its number, by language, and what they name.
pub const PARTS_IN_WORDS: &[(Lang, &str, Part)] = &[
    (Lang::Fr, "premier trimestre", Part::Quarter(1)),
    (Lang::Fr, "deuxième trimestre", Part::Quarter(2)),
    (Lang::Fr, "second trimestre", Part::Quarter(2)),
    (Lang::Fr, "troisième trimestre", Part::Quarter(3)),
    (Lang::Fr, "quatrième trimestre", Part::Quarter(4)),
    (Lang::Fr, "dernier trimestre", Part::Quarter(4)),
    (Lang::Fr, "premier semestre", Part::Half(1)),
    (Lang::Fr, "second semestre", Part::Half(2)),
    (Lang::Fr, "deuxième semestre", Part::Half(2)),
    (Lang::En, "first quarter", Part::Quarter(1)),
    (Lang::En, "second quarter", Part::Quarter(2)),
    (Lang::En, "third quarter", Part::Quarter(3)),
    (Lang::En, "fourth quarter", Part::Quarter(4)),
    (Lang::En, "q1", Part::Quarter(1)),
    (Lang::En, "q2", Part::Quarter(2)),
    (Lang::En, "q3", Part::Quarter(3)),
    (Lang::En, "q4", Part::Quarter(4)),
    (Lang::En, "first half", Part::Half(1)),
    (Lang::En, "second half", Part::Half(2)),
    // Moroccan Arabic says `الفصل` for a quarter and `الأسدس` for a half as often as `الربع`
    // and `النصف`.
    (Lang::Ar, "الربع الأول", Part::Quarter(1)),
    (Lang::Ar, "الربع الثاني", Part::Quarter(2)),
    (Lang::Ar, "الربع الثالث", Part::Quarter(3)),
    (Lang::Ar, "الربع الرابع", Part::Quarter(4)),
    (Lang::Ar, "الربع الأخير", Part::Quarter(4)),
    (Lang::Ar, "الفصل الأول", Part::Quarter(1)),
    (Lang::Ar, "الفصل الثاني", Part::Quarter(2)),
    (Lang::Ar, "الفصل الثالث", Part::Quarter(3)),
    (Lang::Ar, "الفصل الرابع", Part::Quarter(4)),
    (Lang::Ar, "النصف الأول", Part::Half(1)),
    (Lang::Ar, "النصف الثاني", Part::Half(2)),
    (Lang::Ar, "الأسدس الأول", Part::Half(1)),
    (Lang::Ar, "الأسدس الثاني", Part::Half(2)),
];

/// Words that name a year by its distance from the statement's, by language.
pub const YEARS_IN_WORDS: &[(Lang, &str, i32)] = &[
    (Lang::Fr, "cette année", 0),
    (Lang::Fr, "de l'année", 0),
    (Lang::Fr, "l'an dernier", -1),
    (Lang::Fr, "l'année dernière", -1),
    (Lang::Fr, "l'an passé", -1),
    (Lang::Fr, "l'année passée", -1),
    (Lang::Fr, "l'an prochain", 1),
    (Lang::Fr, "l'année prochaine", 1),
    (Lang::En, "this year", 0),
    (Lang::En, "of the year", 0),
    (Lang::En, "year-end", 0),
    (Lang::En, "last year", -1),
    (Lang::En, "next year", 1),
    (Lang::Ar, "هذه السنة", 0),
    (Lang::Ar, "هذا العام", 0),
    (Lang::Ar, "السنة الجارية", 0),
    (Lang::Ar, "العام الجاري", 0),
    (Lang::Ar, "نهاية السنة", 0),
    (Lang::Ar, "نهاية العام", 0),
    (Lang::Ar, "السنة الماضية", -1),
    (Lang::Ar, "العام الماضي", -1),
    (Lang::Ar, "السنة المقبلة", 1),
    (Lang::Ar, "العام المقبل", 1),
];

/// The date that words naming no year mean (`au premier trimestre`, `l'an dernier`), given the
/// statement's date. A year named by its distance (`l'an dernier`, `cette année`) counts from
/// the statement's year. A part of a year alone (`au quatrième trimestre`) is the latest such
/// part that ends before the statement's month: in a statement of March 2025, the fourth
/// quarter of 2024; for a plan or a forecast (`ahead`), the next one that has not ended.
/// `None` when the words name no part of a year and no year.
pub fn relative_period(words: &str, style: Lang, statement: Date, ahead: bool) -> Option<Date> {
    let part = part_in_words(words, style);
    let offset = YEARS_IN_WORDS.iter().find(|(lang, w, _)| *lang == style && contains_phrase(words, w)).map(|y| y.2);
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
    PARTS_IN_WORDS.iter().find(|(lang, w, _)| *lang == style && contains_phrase(words, w)).map(|p| p.2)
}

/// A few words of `style` that name a part of a year, for messages.
pub fn relative_examples(style: Lang) -> String {
    let parts = PARTS_IN_WORDS.iter().filter(|p| p.0 == style).map(|p| p.1).take(2);
    let years = YEARS_IN_WORDS.iter().filter(|y| y.0 == style).map(|y| y.1).take(2);
    parts.chain(years).map(|w| format!("\"{w}\"")).collect::<Vec<_>>().join(", ")
}

/// The words of `table` in language `style`: how the per-language word tables are read.
pub fn in_language(table: &'static [(Lang, &'static str)], style: Lang) -> impl Iterator<Item = &'static str> {
    table.iter().filter(move |(lang, _)| *lang == style).map(|&(_, word)| word)
}

/// Words that count a duration, by language, and what they count: `trois mois`, `five years`.
pub const TIME_UNIT_WORDS: &[(Lang, &str, TimeUnit)] = &[
    (Lang::Fr, "an", TimeUnit::Year),
    (Lang::Fr, "ans", TimeUnit::Year),
    (Lang::Fr, "année", TimeUnit::Year),
    (Lang::Fr, "années", TimeUnit::Year),
    (Lang::Fr, "mois", TimeUnit::Month),
    (Lang::Fr, "semaine", TimeUnit::Week),
    (Lang::Fr, "semaines", TimeUnit::Week),
    (Lang::Fr, "jour", TimeUnit::Day),
    (Lang::Fr, "jours", TimeUnit::Day),
    (Lang::En, "year", TimeUnit::Year),
    (Lang::En, "years", TimeUnit::Year),
    (Lang::En, "month", TimeUnit::Month),
    (Lang::En, "months", TimeUnit::Month),
    (Lang::En, "week", TimeUnit::Week),
    (Lang::En, "weeks", TimeUnit::Week),
    (Lang::En, "day", TimeUnit::Day),
    (Lang::En, "days", TimeUnit::Day),
    (Lang::Ar, "سنة", TimeUnit::Year),
    (Lang::Ar, "سنوات", TimeUnit::Year),
    (Lang::Ar, "سنين", TimeUnit::Year),
    (Lang::Ar, "عام", TimeUnit::Year),
    (Lang::Ar, "أعوام", TimeUnit::Year),
    (Lang::Ar, "شهر", TimeUnit::Month),
    (Lang::Ar, "أشهر", TimeUnit::Month),
    (Lang::Ar, "شهور", TimeUnit::Month),
    (Lang::Ar, "أسبوع", TimeUnit::Week),
    (Lang::Ar, "أسابيع", TimeUnit::Week),
    (Lang::Ar, "يوم", TimeUnit::Day),
    (Lang::Ar, "أيام", TimeUnit::Day),
];

/// Words that may stand between a length's number and its unit: `trois prochaines années`,
/// `five more years`.
const LENGTH_ADJECTIVES: &[(Lang, &str)] = &[
    (Lang::Fr, "prochaines"),
    (Lang::Fr, "prochains"),
    (Lang::Fr, "dernières"),
    (Lang::Fr, "derniers"),
    (Lang::Fr, "premières"),
    (Lang::Fr, "premiers"),
    (Lang::En, "more"),
    (Lang::En, "full"),
];

/// The time unit that the words starting `words` count (`ans` in `cinq ans`, `années` in `trois
/// prochaines années`), if any.
pub fn time_unit_at(words: &str, style: Lang) -> Option<TimeUnit> {
    let mut next = words.split_whitespace().map(|w| w.trim_matches(|c: char| !c.is_alphabetic()).to_lowercase());
    let first = next.next()?;
    let unit = |word: &str| TIME_UNIT_WORDS.iter().find(|(lang, w, _)| *lang == style && *w == word).map(|t| t.2);
    unit(&first).or_else(|| {
        let between = in_language(LENGTH_ADJECTIVES, style).any(|w| w == first);
        between.then(|| next.next()).flatten().and_then(|second| unit(&second))
    })
}

/// Words that say one of a unit of time without a number: `en un an`, `over one year`.
pub const ONE_WORDS: &[(Lang, &str)] =
    &[(Lang::Fr, "un"), (Lang::Fr, "une"), (Lang::En, "one"), (Lang::En, "a"), (Lang::Ar, "واحد"), (Lang::Ar, "واحدة")];

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

/// Words that start a length of time at the statement: `d'ici trois ans`, `within two years`,
/// `over the next five years`.
pub const FROM_NOW_WORDS: &[(Lang, &str)] = &[
    (Lang::Fr, "d'ici"),
    (Lang::Fr, "dans les"),
    (Lang::Fr, "prochaines"),
    (Lang::Fr, "prochains"),
    (Lang::En, "within"),
    (Lang::En, "next"),
    (Lang::En, "coming"),
    (Lang::Ar, "المقبلة"),
    (Lang::Ar, "القادمة"),
];

/// Whether words start a length of time at the statement.
pub fn starts_from_now(words: &str, style: Lang) -> bool {
    in_language(FROM_NOW_WORDS, style).any(|w| contains_phrase(words, w))
}

/// Words that name the end of a year, and so its last month: `fin 2025` is December. The start
/// of a year (`début 2025`, `early 2025`) names no month: such a period is the year.
pub const YEAR_EDGES: &[(Lang, &str, u8)] = &[
    (Lang::Fr, "fin", 12),
    (Lang::En, "end of", 12),
    (Lang::En, "year-end", 12),
    (Lang::Ar, "نهاية", 12),
    (Lang::Ar, "أواخر", 12),
];

/// The month that words naming the end of a year stand for, if any.
pub fn year_edge_in(words: &str, style: Lang) -> Option<u8> {
    YEAR_EDGES.iter().find(|(lang, w, _)| *lang == style && contains_phrase(words, w)).map(|e| e.2)
}

/// Words before a year that make it a target's date: `by 2030`, `d'ici 2030`, `بحلول 2030`.
pub const TARGET_BEFORE_YEAR: &[(Lang, &str)] = &[(Lang::Fr, "d'ici"), (Lang::En, "by"), (Lang::Ar, "بحلول")];

/// Whether `words` give a year as a target's date: `by 2029`.
pub fn target_year_in(words: &str, style: Lang) -> bool {
    in_language(TARGET_BEFORE_YEAR, style).any(|lead| {
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

/// Words that open a period running from a start to the statement: `depuis`, `since`.
pub const SINCE_WORDS: &[(Lang, &str)] =
    &[(Lang::Fr, "depuis"), (Lang::Fr, "dès"), (Lang::En, "since"), (Lang::Ar, "منذ")];

/// Whether `words` start with a word that opens a period from a start: `depuis l'installation`.
pub fn starts_with_since(words: &str, style: Lang) -> bool {
    in_language(SINCE_WORDS, style).any(|word| {
        let found = crate::text::find_phrase(words, word);
        found.first().is_some_and(|range| words[..range.start].trim().is_empty())
    })
}

/// Words that give a figure the period of the one before it in the text.
pub const SAME_PERIOD: &[(Lang, &str)] = &[
    (Lang::Fr, "même période"),
    (Lang::Fr, "même trimestre"),
    (Lang::Fr, "même semestre"),
    (Lang::Fr, "même année"),
    (Lang::En, "same period"),
    (Lang::En, "same quarter"),
    (Lang::En, "same half"),
    (Lang::En, "same year"),
    (Lang::Ar, "نفس الفترة"),
    (Lang::Ar, "الفترة نفسها"),
    (Lang::Ar, "الفترة ذاتها"),
];

/// Whether `words` say "over the same period".
pub fn says_same_period(words: &str, style: Lang) -> bool {
    in_language(SAME_PERIOD, style).any(|w| contains_phrase(words, w))
}

/// Words right before a number that make it the level something reached, not how much it
/// moved: `a reculé à 7,1 %`, `fell to 38%`, `تراجع إلى 7%`.
pub const LEVEL_WORDS: &[(Lang, &str)] =
    &[(Lang::Fr, "à"), (Lang::Fr, "au niveau de"), (Lang::En, "to"), (Lang::Ar, "إلى")];

/// Outlook words too common in other senses for a quote to be held to them (`qui compte 45
/// 000 habitants`, `estimé à 2 millions`): the checks never ask such a figure to be a plan.
pub const AMBIGUOUS_OUTLOOK_WORDS: &[(Lang, &str)] = &[(Lang::Fr, "compte"), (Lang::Fr, "estimé")];

/// Outlook words that say a plan only when they govern the number, a few words before it
/// (`le déficit attendu cette année est de 4,2 %`, `entend porter le budget à`), and something
/// else apart from it (`comme attendu`, `il entend les critiques`).
pub const GOVERNING_OUTLOOK_WORDS: &[(Lang, &str)] =
    &[(Lang::Fr, "entend"), (Lang::Fr, "attendu"), (Lang::En, "should"), (Lang::En, "will"), (Lang::En, "intends")];

/// How close before a number a governing word must stand, in bytes of text.
pub const GOVERNING_REACH: usize = 30;

/// Words that say which way a change goes, by the start of the word: `recul` is in "a reculé"
/// and "le recul".
pub fn direction_words(direction: Direction, style: Lang) -> &'static [&'static str] {
    match (style, direction) {
        (Lang::Fr, Direction::Up) => &[
            "progress",
            "augment",
            "hausse",
            "croissance",
            "croît",
            "accroiss",
            "accru",
            "bond",
            "grimp",
            "envol",
            "gagn",
            "rehauss",
            "redress",
        ],
        (Lang::Fr, Direction::Down) => &[
            "recul",
            "baiss",
            "diminu",
            "chut",
            "repli",
            "perd",
            "perte",
            "contract",
            "fléchi",
            "décroi",
            "réduit",
            "réduction",
            "effondr",
        ],
        (Lang::En, Direction::Up) => &[
            "rise", "rose", "risen", "rising", "increas", "grow", "grew", "jump", "climb", "gain", "surg", "soar",
            "higher", "up ",
        ],
        (Lang::En, Direction::Down) => &[
            "fall", "fell", "drop", "declin", "decreas", "cut", "shrank", "shrink", "slump", "plung", "lower", "down ",
            "reduc",
        ],
        // Verbs and their nouns (`ارتفع`, `ارتفاع`), after any of Arabic's glued particles.
        (Lang::Ar | Lang::ArArab, Direction::Up) => &[
            "ارتفع",
            "ارتفاع",
            "يرتفع",
            "زاد",
            "زيادة",
            "ازداد",
            "يزداد",
            "ارتفعت",
            "نما",
            "نمو",
            "تضاعف",
            "صعد",
            "قفز",
            "تحسن",
        ],
        (Lang::Ar | Lang::ArArab, Direction::Down) => &[
            "انخفض",
            "انخفاض",
            "ينخفض",
            "تراجع",
            "يتراجع",
            "هبط",
            "هبوط",
            "انكمش",
            "انكماش",
            "نقص",
            "تقلص",
            "تدنى",
            "انحدر",
        ],
    }
}

/// Words that say a figure is a target or a forecast, by the start of the word or as a phrase.
pub fn outlook_words(outlook: Outlook, style: Lang) -> &'static [&'static str] {
    match (style, outlook) {
        (Lang::Fr, Outlook::Target) => {
            &["objectif", "d'ici", "vise", "viser", "ambition", "cible", "entend", "compte", "s'engage"]
        }
        (Lang::Fr, Outlook::Forecast) => {
            &["devrait", "devraient", "prévision", "prévoit", "prévu", "attendu", "projection", "estimé"]
        }
        (Lang::En, Outlook::Target) => &["target", "aim", "goal", "by the end", "pledge", "plans to", "intends"],
        (Lang::En, Outlook::Forecast) => &["expect", "forecast", "projected", "should", "is set to", "will"],
        // `في أفق 2030` is how Moroccan texts say "by 2030".
        (Lang::Ar | Lang::ArArab, Outlook::Target) => {
            &["هدف", "يهدف", "تهدف", "أفق", "بحلول", "يسعى", "تسعى", "يطمح", "تطمح"]
        }
        (Lang::Ar | Lang::ArArab, Outlook::Forecast) => &["يتوقع", "توقع", "متوقع", "مرتقب", "ينتظر", "منتظر", "سوف"],
    }
}

/// The words that say `qualifier` before a number, in `style`.
pub fn qualifier_words(qualifier: Qualifier, style: Lang) -> &'static [&'static str] {
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
        (Lang::Ar | Lang::ArArab, Approximately) => {
            &["حوالي", "حوالى", "نحو", "قرابة", "زهاء", "ما يقارب", "تقريبا", "ما يناهز"]
        }
        (Lang::Ar | Lang::ArArab, MoreThan) => {
            &["أكثر من", "أزيد من", "ما يزيد عن", "ما يزيد على", "ما يفوق", "على الأقل"]
        }
        (Lang::Ar | Lang::ArArab, LessThan) => &["أقل من", "ما يقل عن"],
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

/// Small words that may stand between a qualifier and its number: `près de la moitié`,
/// `more than a third`.
const BRIDGE_WORDS: &[(Lang, &str)] = &[
    (Lang::Fr, "la"),
    (Lang::Fr, "le"),
    (Lang::Fr, "les"),
    (Lang::Fr, "l'"),
    (Lang::Fr, "de"),
    (Lang::Fr, "d'"),
    (Lang::Fr, "des"),
    (Lang::En, "the"),
    (Lang::En, "a"),
    (Lang::En, "an"),
];

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
        let bridge = in_language(BRIDGE_WORDS, style).find_map(|word| {
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

/// Whether Arabic words hold a noun in the dual, the way Arabic says "two" of something
/// without a number (`عمليتين`, `سنتان`, `مشروعين`): a word of five letters or more that ends
/// as a dual does. Plurals in `ين` end the same way, so this only lets an editor's
/// `[[not_figures]]` entry stand on such a word; it never makes a number of one.
pub fn holds_arabic_dual(words: &str) -> bool {
    words
        .split(|c: char| !c.is_alphabetic())
        .any(|word| word.chars().count() >= 5 && ["تين", "تان", "ين", "ان"].iter().any(|end| word.ends_with(end)))
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
    let listed = |table, stem: &str| in_language(table, style).any(|w| w == stem);
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
                .filter(|stem| !listed(AMBIGUOUS_OUTLOOK_WORDS, stem))
                .find(|stem| {
                    let within = if listed(GOVERNING_OUTLOOK_WORDS, stem) { before } else { words };
                    has_word_starting(within, stem) || contains_phrase(within, stem)
                })
                .map(|stem| (outlook, stem.to_string()))
        })
        .or_else(|| future_tense_in(words, style).map(|verb| (Outlook::Forecast, verb)))
}

/// Verbs whose future tense the endings below would miss, or that are too short for them.
const FUTURE_VERBS: &[(Lang, &str)] = &[
    (Lang::Fr, "sera"),
    (Lang::Fr, "seront"),
    (Lang::Fr, "aura"),
    (Lang::Fr, "auront"),
    (Lang::Fr, "fera"),
    (Lang::Fr, "feront"),
    (Lang::Fr, "ira"),
    (Lang::Fr, "iront"),
    (Lang::Fr, "pourra"),
    (Lang::Fr, "pourront"),
    (Lang::Fr, "devra"),
    (Lang::Fr, "devront"),
    (Lang::En, "shall"),
    (Lang::Ar, "سيتم"),
    (Lang::Ar, "ستتم"),
    (Lang::Ar, "سيكون"),
    (Lang::Ar, "ستكون"),
    (Lang::Ar, "سيبلغ"),
    (Lang::Ar, "ستبلغ"),
    (Lang::Ar, "سيصل"),
    (Lang::Ar, "ستصل"),
];

/// The endings of a verb in the future tense, by language: French `investira`, `atteindront`.
const FUTURE_ENDINGS: &[(Lang, &str)] = &[
    (Lang::Fr, "era"),
    (Lang::Fr, "eront"),
    (Lang::Fr, "ira"),
    (Lang::Fr, "iront"),
    (Lang::Fr, "dra"),
    (Lang::Fr, "dront"),
];

/// Words the future endings would take for verbs: `caméra`, `opéra`.
const NOT_FUTURE: &[(Lang, &str)] = &[(Lang::Fr, "caméra"), (Lang::Fr, "opéra"), (Lang::Fr, "chimère")];

/// A verb in the future tense in `words` (`investira`, `will`, `سيتم`), if any: what is still
/// to come is a forecast or a plan. Words with a capital are names, not verbs.
pub fn future_tense_in(words: &str, style: Lang) -> Option<String> {
    words
        .split(|c: char| !(c.is_alphabetic() || c == '\'' || c == '’'))
        .map(|word| word.rsplit(['\'', '’']).next().unwrap_or(word))
        .filter(|word| !word.chars().next().is_some_and(char::is_uppercase))
        .find(|word| {
            let listed = |table| in_language(table, style).any(|w| w == *word);
            let ending = in_language(FUTURE_ENDINGS, style).any(|end| word.ends_with(end));
            listed(FUTURE_VERBS) || (ending && word.chars().count() >= 6 && !listed(NOT_FUTURE))
        })
        .map(str::to_string)
}

/// Whether the words right before a number make it the level a thing reached (`a reculé à
/// 7,1 %`, `fell to 38%`), not how much it moved.
pub fn reaches_a_level(words_before: &str, style: Lang) -> bool {
    let before = words_before.trim_end().to_lowercase();
    in_language(LEVEL_WORDS, style).any(|word| {
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
        let is_noun = |word: &str| in_language(MOVE_NOUNS, style).any(|noun| has_word_starting(word, noun));
        let mut words = rest.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).rev();
        if VERB_FIRST.contains(&style) {
            words.any(|word| moved(word) && !is_noun(word))
        } else {
            words.next().is_some_and(moved)
        }
    })
}

/// Languages whose verb comes before its subject, so that the verb of a level reached may stand
/// far from the level: Arabic.
const VERB_FIRST: &[Lang] = &[Lang::Ar];

/// Nouns of a move, which say how much, not what was reached: `انخفاض`, `ارتفاع`.
const MOVE_NOUNS: &[(Lang, &str)] = &[
    (Lang::Ar, "ارتفاع"),
    (Lang::Ar, "زيادة"),
    (Lang::Ar, "نمو"),
    (Lang::Ar, "انخفاض"),
    (Lang::Ar, "هبوط"),
    (Lang::Ar, "انكماش"),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_verb_in_the_future_tense_is_a_forecast() {
        assert_eq!(future_tense_in("l'État investira 2 milliards", Lang::Fr).as_deref(), Some("investira"));
        assert_eq!(future_tense_in("ils atteindront 40 %", Lang::Fr).as_deref(), Some("atteindront"));
        assert_eq!(future_tense_in("le coût sera de 3 millions", Lang::Fr).as_deref(), Some("sera"));
        assert_eq!(future_tense_in("la caméra de Sierra", Lang::Fr), None);
        assert_eq!(future_tense_in("ils ont investi 2 milliards", Lang::Fr), None);
        assert_eq!(outlook_in("the plan shall cost", "", Lang::En).map(|o| o.0), Some(Outlook::Forecast));
        assert_eq!(outlook_in("سيتم بناء 40 مدرسة", "", Lang::Ar).map(|o| o.0), Some(Outlook::Forecast));
        // A word that says a plan only where it governs the number.
        let deficit = "Le déficit attendu cette année est de ";
        assert_eq!(
            outlook_in("déficit attendu cette année est de 4,2 %", deficit, Lang::Fr).map(|o| o.0),
            Some(Outlook::Forecast)
        );
        assert_eq!(
            outlook_in("comme attendu par les élus, le déficit a été de 4,2 %", "le déficit a été de ", Lang::Fr),
            None
        );
        assert_eq!(outlook_in("qui compte 45 000", "qui compte ", Lang::Fr), None);
    }

    #[test]
    fn a_qualifier_bounds_only_the_number_right_after_it() {
        let qualifier = |words: &str, style| qualifier_in_words(words, style).map(|q| q.0);
        assert_eq!(qualifier("plus de ", Lang::Fr), Some(Qualifier::MoreThan));
        assert_eq!(qualifier("d'environ ", Lang::Fr), Some(Qualifier::Approximately));
        assert_eq!(qualifier("près de la ", Lang::Fr), Some(Qualifier::Approximately));
        assert_eq!(qualifier("nearly $", Lang::En), Some(Qualifier::Approximately));
        assert_eq!(qualifier("more than a ", Lang::En), Some(Qualifier::MoreThan));
        assert_eq!(qualifier("over four years, including €", Lang::En), None);
        assert_eq!(qualifier("plus de trois ans, dont ", Lang::Fr), None);
        assert_eq!(qualifier("لحوالي ", Lang::Ar), Some(Qualifier::Approximately));
    }

    #[test]
    fn a_part_of_a_year_without_its_year_is_the_last_one_ended_or_a_plan_s_next() {
        let read =
            |words: &str, statement: Date, ahead| relative_period(words, Lang::Fr, statement, ahead).map(|d| d.key());
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
