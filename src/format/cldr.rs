//! Every number, percentage and plural the language packs write, compared with ICU4X's (CLDR's
//! data) for every language in every digits its pack lists. A language added with a pack is
//! checked here without a line of this file changing.
//!
//! One deliberate difference: the explainer writes a minus as `−` (U+2212), which screen
//! readers say "minus", where CLDR writes the hyphen-minus `-`; ICU's is read as ours.

use icu::decimal::input::Decimal;
use icu::decimal::DecimalFormatter;
use icu::locale::Locale;
use icu::plurals::{PluralCategory, PluralRules};
use icu_experimental::dimension::percent::formatter::PercentFormatter;
use std::str::FromStr;

use super::{with_sign, write_number, Decimals};
use crate::content::{Lang, UnitKind};
use vocabulary::{Digits, Named, Plural};

/// Every language in every digits its pack lists.
fn every_lang() -> Vec<Lang> {
    Lang::all()
        .flat_map(|lang| lang.numbers().systems.iter().map(move |symbols| Lang { digits: symbols.digits, ..lang }))
        .collect()
}

/// The CLDR locale of `lang`, with its numbering system when it is not its language's default.
fn locale(lang: Lang) -> Locale {
    let mut tag = lang.numbers().locale.to_string();
    if lang != Lang::from(lang.language) {
        tag = [&tag, "-u-nu-", lang.digits.name()].concat();
    }
    Locale::from_str(&tag).unwrap()
}

/// A locale whose default digits are `digits`, for the percent sign: ICU4X's percent formatter
/// (0.7) takes its sign from the locale alone and ignores `-u-nu-`.
fn percent_locale(lang: Lang) -> Locale {
    match lang.digits {
        _ if lang == Lang::from(lang.language) => locale(lang),
        Digits::Arab => Locale::from_str("ar-SA").unwrap(),
        Digits::Latn => locale(Lang::from(lang.language)),
    }
}

/// `value` with `decimals` decimals, as ICU reads a number: `12.50`.
fn decimal(value: f64, decimals: u8) -> Decimal {
    Decimal::from_str(&format!("{value:.*}", usize::from(decimals))).unwrap()
}

/// ICU's minus read as the explainer's.
fn ours(icu: String) -> String {
    icu.replace('-', "−")
}

const NUMBERS: &[(f64, u8)] = &[
    (0.0, 0),
    (7.0, 0),
    (74.0, 0),
    (1400.0, 0),
    (1900.0, 0),
    (12_000.0, 0),
    (22_000.0, 0),
    (54_000.0, 0),
    (1_234_567.0, 0),
    (12.5, 1),
    (12.25, 2),
    (3.5, 2),
    (0.5, 1),
    (1234.567, 3),
    (-3.0, 0),
    (-3.1, 1),
    (-20_600.0, 0),
];

#[test]
fn numbers_are_written_as_cldr_writes_them() {
    for lang in every_lang() {
        let icu = DecimalFormatter::try_new((&locale(lang)).into(), Default::default()).unwrap();
        for &(value, decimals) in NUMBERS {
            let written = write_number(value, lang, Some(lang.group_separator()), Decimals::Exactly(decimals));
            let expected = ours(icu.format_to_string(&decimal(value, decimals)));
            assert_eq!(written, expected, "{} writes {value} with {decimals} decimals", lang.tag());
        }
    }
}

#[test]
fn percentages_are_written_as_cldr_writes_them() {
    for lang in every_lang() {
        let icu = PercentFormatter::try_new((&percent_locale(lang)).into(), Default::default()).unwrap();
        let digits = DecimalFormatter::try_new((&locale(lang)).into(), Default::default()).unwrap();
        for &(value, decimals) in &[(90.0, 0), (12.5, 1), (4.2, 1), (87.25, 2), (-20.0, 0), (150.0, 0)] {
            // A sign before another locale's digits is that locale's: the minus of a number in
            // other digits is checked by `numbers_are_written_as_cldr_writes_them`.
            if value < 0.0 && lang != Lang::from(lang.language) {
                continue;
            }
            let number = write_number(value, lang, Some(lang.group_separator()), Decimals::Exactly(decimals));
            let written = with_sign(number, UnitKind::Percent, lang);
            let expected = ours(icu.format(&decimal(value, decimals)).to_string());
            // The sign and its marks from the percent formatter, the digits from the decimal one.
            let latin = ours(
                DecimalFormatter::try_new((&percent_locale(lang)).into(), Default::default())
                    .unwrap()
                    .format_to_string(&decimal(value, decimals)),
            );
            let expected = expected.replace(&latin, &ours(digits.format_to_string(&decimal(value, decimals))));
            assert_eq!(written, expected, "{} writes {value} %", lang.tag());
        }
    }
}

#[test]
fn plurals_are_cldr_s() {
    let category = |category: PluralCategory| match category {
        PluralCategory::Zero => Plural::Zero,
        PluralCategory::One => Plural::One,
        PluralCategory::Two => Plural::Two,
        PluralCategory::Few => Plural::Few,
        PluralCategory::Many => Plural::Many,
        PluralCategory::Other => Plural::Other,
    };
    let cases: &[(f64, u8)] = &[
        (0.0, 0),
        (1.0, 0),
        (1.0, 1),
        (1.5, 1),
        (2.0, 0),
        (3.0, 0),
        (5.0, 0),
        (10.0, 0),
        (11.0, 0),
        (74.0, 0),
        (99.0, 0),
        (100.0, 0),
        (102.0, 0),
        (103.0, 0),
        (111.0, 0),
        (1000.0, 0),
        (1_000_000.0, 0),
        (1_000_000.0, 1),
        (2_000_000.0, 0),
        (0.5, 1),
        (2.5, 1),
    ];
    for lang in every_lang() {
        let icu = PluralRules::try_new_cardinal((&locale(lang)).into()).unwrap();
        for &(value, decimals) in cases {
            let expected = category(icu.category_for(&decimal(value, decimals)));
            assert_eq!(
                lang.plural(value, decimals),
                expected,
                "{} counts {value} with {decimals} decimals",
                lang.tag()
            );
        }
    }
}
