//! The words the compiler reads around numbers, by language: qualifiers (`environ`, `more
//! than`), which way a change goes (`a reculé`, `rose`), targets and forecasts (`vise`, `by
//! 2030`), and parts of a year named without their number (`au premier trimestre`, `last
//! year`). The checks hold an editor's file to them; the drafter reads a raw article with them.

use vocabulary::{Date, Lang, Outlook, Part, Qualifier};

use crate::numbers::Direction;
use crate::text::contains_phrase;

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

/// The date words with no year name, read against the statement's year: `au premier
/// trimestre` is the first quarter of the statement's year, `l'an dernier` the year before.
/// `None` when the words name no part of a year and no year.
pub fn relative_period(words: &str, style: Lang, statement: Date) -> Option<Date> {
    let part = part_in_words(words, style);
    let offset = YEARS_IN_WORDS.iter().find(|(lang, w, _)| *lang == style && contains_phrase(words, w)).map(|y| y.2);
    if part.is_none() && offset.is_none() {
        return None;
    }
    let year = u16::try_from(i32::from(statement.year) + offset.unwrap_or(0)).ok()?;
    Some(Date { year, part: part.unwrap_or(Part::Year) })
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

/// The qualifier that words of the text imply, and the word that implies it.
pub fn qualifier_in_words(words: &str, style: Lang) -> Option<(Qualifier, &'static str)> {
    [Qualifier::Approximately, Qualifier::MoreThan, Qualifier::LessThan]
        .into_iter()
        .flat_map(|q| qualifier_words(q, style).iter().map(move |w| (q, *w)))
        .find(|(_, word)| contains_phrase(words, word))
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
