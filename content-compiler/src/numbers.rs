//! Finds the numbers written in article text and reads their values, in the ways French and
//! English newsrooms write them: `50.000`, `54 000`, `1 400` (with a space, a no-break space or a
//! narrow no-break space), `1900`, `12,5 %`, `90%`, `50,000`, `12.5%`.
//!
//! The language decides what a lone `.` or `,` between digits means: in French `50.000` is fifty
//! thousand and `12,5` twelve and a half; in English `50,000` is fifty thousand and `12.5` a decimal.
//!
//! A scale word that follows a number is part of it: `5 milliards`, `2,5 Md€`, `8.5 million`,
//! `$2bn`, `£5m`, `10k`. The short forms that also mean something else are read only where they
//! cannot: French `M` only before a currency sign (`M. El Khalfi` is a man), English `m` and `k`
//! only glued to the number (`5 m` may be metres).

/// A number as it stands in the text: its byte range, its value, and whether a `%` follows it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct NumberToken {
    /// Where it starts in the text, in bytes.
    pub start: usize,
    /// Where it ends, in bytes.
    pub end: usize,
    /// Its value.
    pub value: f64,
    /// Whether a `%` follows it.
    pub percent: bool,
    /// The scale word that follows it, if any: the value includes it.
    pub scale: Option<Scale>,
    /// A sign written before it (`+3 %`, `−2 points`): which way a change goes.
    pub sign: Option<Direction>,
    /// A fraction in words (`un tiers`: 1/3): its value is then the percentage it is.
    pub fraction: Option<(u8, u8)>,
    /// What a number word says of its own precision: `une dizaine` is about ten, `hundreds`
    /// more than a hundred.
    pub implies: Option<Qualifier>,
    /// Written in words (`deux`, `la moitié`), not in digits.
    pub spelled: bool,
    /// How many decimals the text writes, in its scale: `12,25 %` has 2, `2,75 milliards` 2,
    /// `1 234,567` 3. The page writes the number with as many, never fewer.
    pub decimals: u8,
    /// A currency sign written with the number: `$2bn`, `2,5 Md€`, `£12m`.
    pub symbol: Option<Symbol>,
}

/// Which way a change goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    /// A rise.
    Up,
    /// A fall.
    Down,
}

use vocabulary::{Lang, Qualifier, Scale, Spacing, Symbol, Worth};

use crate::text::glued_particles;

/// The percentage a fraction is: `1/3` is 33.33… %. Every reader of a fraction computes it
/// here, so that the same fraction is always the same number.
pub fn fraction_percent(numerator: u8, denominator: u8) -> f64 {
    100.0 * f64::from(numerator) / f64::from(denominator)
}

/// `pour cent` is a percent sign, `the first half` a part of a year: neither is a number.
fn is_a_sign_or_a_date(worth: Worth, after_percent_lead: bool, after_ordinal: bool) -> bool {
    match worth {
        Worth::Count(value) => after_percent_lead && value == 100.0,
        Worth::Fraction(..) => after_ordinal,
        Worth::Qualified(..) | Worth::BeforeScale(_) => false,
    }
}

/// Whether `c` may stand inside a word, for the edges of number words (`dix-sept` is one word).
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '-'
}

/// How far before a number word its percent lead is looked for, in characters: more than the
/// longest lead of any pack (`por ciento`, `pour cent`), and the spaces before the number.
const LEAD_CHARS: usize = 40;

/// Every number written in words in `text`, in order.
fn find_number_words(text: &str, style: Lang) -> Vec<NumberToken> {
    let mut tokens = Vec::new();
    // The letters a number word may start with: elsewhere no word is looked for.
    let firsts: Vec<char> = style.reading().number_words.iter().filter_map(|(word, _)| word.chars().next()).collect();
    let mut at = 0;
    while at < text.len() {
        let first = text[at..].chars().next().and_then(|c| c.to_lowercase().next());
        if !first.is_some_and(|c| firsts.contains(&c)) {
            at += text[at..].chars().next().map_or(1, char::len_utf8);
            continue;
        }
        // The first number word that stands here, if a word starts here; a word that counts
        // only before a scale word (`a`, `half a`) only if one follows it.
        let starts_word = !text[..at].chars().next_back().is_some_and(is_word_char) || glued_particles(&text[..at]);
        let found = starts_word
            .then(|| {
                style.reading().number_words.iter().find_map(|&(word, worth)| {
                    let candidate = text.get(at..at + word.len())?;
                    let fits = candidate.chars().flat_map(char::to_lowercase).eq(word.chars())
                        && !text[at + word.len()..].chars().next().is_some_and(is_word_char)
                        && (!matches!(worth, Worth::BeforeScale(_))
                            || scale_word_after(text, at + word.len(), style).is_some());
                    fits.then_some((word.len(), worth))
                })
            })
            .flatten();
        let Some((found_length, _)) = found else {
            at += text[at..].chars().next().map_or(1, char::len_utf8);
            continue;
        };
        // `pour cent` is a percent sign, not a hundred: read in the few words before (a bounded
        // copy, not the whole paragraph for every number word).
        let near = text[..at].char_indices().rev().nth(LEAD_CHARS).map_or(0, |(start, _)| start);
        let before = text[near..at].trim_end().to_lowercase();
        let after_percent_lead = style.reading().percent_leads.iter().any(|lead| {
            before.strip_suffix(lead).is_some_and(|rest| !rest.chars().next_back().is_some_and(is_word_char))
        });
        // `the first half of 2024`, `la première moitié de l'année`: a part of a year, not a share.
        let previous_word =
            text[..at].trim_end().rsplit(|c: char| !is_word_char(c)).next().unwrap_or("").to_lowercase();
        let next_word = |length: usize| {
            text[at + length..].trim_start().split(|c: char| !is_word_char(c)).next().unwrap_or("").to_string()
        };
        let words = style.reading();
        let after_ordinal = words.ordinals_before.contains(&previous_word.as_str())
            || words.ordinals_after.contains(&next_word(found_length).as_str());
        // A scale word after a number word is part of it: `trois millions`, `a billion`.
        let scaled = found.and_then(|(length, worth)| match worth {
            Worth::Count(value) | Worth::BeforeScale(value) => {
                scale_word_after(text, at + length, style).map(|(scale, end)| (value, scale, end))
            }
            Worth::Fraction(..) | Worth::Qualified(..) => None,
        });
        match (found, scaled) {
            (Some(_), Some((count, scale, end))) => {
                tokens.push(NumberToken {
                    start: at,
                    end,
                    value: (count * scale.factor()).round(),
                    scale: Some(scale),
                    // `half a million` is 0.5 million.
                    decimals: u8::from(count.fract() != 0.0),
                    spelled: true,
                    ..NumberToken::default()
                });
                at = end;
            }
            (Some((length, worth)), None) if !is_a_sign_or_a_date(worth, after_percent_lead, after_ordinal) => {
                let (value, percent, fraction, implies) = match worth {
                    Worth::Count(value) | Worth::BeforeScale(value) => (value, false, None, None),
                    Worth::Fraction(n, d) => (fraction_percent(n, d), true, Some((n, d)), None),
                    Worth::Qualified(value, qualifier) => (value, false, None, Some(qualifier)),
                };
                tokens.push(NumberToken {
                    start: at,
                    end: at + length,
                    value,
                    percent,
                    fraction,
                    implies,
                    spelled: true,
                    ..NumberToken::default()
                });
                at += length;
            }
            _ => at += text[at..].chars().next().map_or(1, char::len_utf8),
        }
    }
    tokens
}

/// The scale word that stands after a number word ending at `at` (one space between, as
/// words are written: `trois millions`, `two billion`, `cinq mille`, `tres mil millones`), and
/// where it ends.
fn scale_word_after(text: &str, at: usize, style: Lang) -> Option<(Scale, usize)> {
    let space = text[at..].chars().next().filter(|&c| is_space(c))?;
    let from = at + space.len_utf8();
    let (scale, length) =
        scale_word_at(&text[from..], style, |spacing, _| matches!(spacing, Spacing::Spaced | Spacing::Either))?;
    Some((scale, from + length))
}

/// The first of the language's scale words (the longest first where one starts another:
/// `mil millones` before `mil`) that `rest` starts with as a whole word, with its length in
/// bytes, if `fits` its spacing and the character after it.
fn scale_word_at(rest: &str, style: Lang, fits: impl Fn(Spacing, Option<char>) -> bool) -> Option<(Scale, usize)> {
    style.reading().scale_words.iter().find_map(|&(word, scale, spacing)| {
        let after = rest.strip_prefix(word)?.chars().next();
        (!after.is_some_and(char::is_alphabetic) && fits(spacing, after)).then_some((scale, word.len()))
    })
}

/// The scale word that starts at `chars[i]` (after at most one space), and the index after it.
fn scale_after(chars: &[(usize, char)], i: usize, style: Lang) -> Option<(Scale, usize)> {
    let spaced = chars.get(i).is_some_and(|&(_, c)| is_space(c));
    let from = i + usize::from(spaced);
    // A scale word is a few words long: what follows it need not be copied.
    let rest: String = chars.get(from..)?.iter().take(24).map(|&(_, c)| c).collect();
    let (scale, length) = scale_word_at(&rest, style, |spacing, after| match spacing {
        Spacing::Spaced => spaced,
        Spacing::Glued => !spaced,
        Spacing::Either => true,
        Spacing::BeforeCurrency => after.is_some_and(|c| matches!(c, '€' | '$' | '£')),
    })?;
    Some((scale, from + rest[..length].chars().count()))
}

/// Every number in `text`, in order. Digits glued to letters (`A320`, `G5`) are not numbers a
/// reader would take for a figure, so they are skipped.
pub fn find_numbers(text: &str, style: Lang) -> Vec<NumberToken> {
    // Eastern Arabic digits and marks (`٥٠٬٠٠٠`, `١٢٫٥٪`) read as the Western ones they stand for.
    let chars: Vec<(usize, char)> = text.char_indices().map(|(at, c)| (at, western(c, style))).collect();
    let mut tokens = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let (start, c) = chars[i];
        let glued_to_word = i > 0 && chars[i - 1].1.is_alphanumeric() && !glued_particles(&text[..start]);
        if !c.is_ascii_digit() || glued_to_word {
            i += 1;
            continue;
        }
        let (token, next) = read_number(text, &chars, i, style);
        let glued_after = chars.get(next).is_some_and(|&(_, c)| c.is_alphabetic());
        if !glued_after {
            let symbol = symbol_before(&chars, i).or(token.symbol);
            tokens.push(NumberToken { start, sign: sign_before(&chars, i), symbol, ..token });
        }
        i = next.max(i + 1);
    }
    // Words that a number in digits already holds (`50 mille`) are part of it.
    let words = find_number_words(text, style);
    let overlaps = |word: &NumberToken| tokens.iter().any(|t| word.start < t.end && t.start < word.end);
    let words: Vec<NumberToken> = words.into_iter().filter(|w| !overlaps(w)).collect();
    tokens.extend(words);
    tokens.sort_by_key(|t| t.start);
    tokens
}

/// The Western digit or mark that an Eastern Arabic one stands for (Arabic-Indic `٠`–`٩` and
/// their Persian forms, `٫` decimal, `٬` thousands, `٪` percent); any other char as it is.
fn western(c: char, style: Lang) -> char {
    match c {
        '\u{0660}'..='\u{0669}' => char::from(b'0' + (c as u32 - 0x0660) as u8),
        '\u{06f0}'..='\u{06f9}' => char::from(b'0' + (c as u32 - 0x06f0) as u8),
        '\u{066b}' => style.decimal_mark(),
        '\u{066c}' => style.group_separator(),
        '\u{066a}' => '%',
        c => c,
    }
}

/// A `+` or a minus sign right before the digits at `chars[i]`, itself after a space or
/// nothing: `+3 %`, `−2 points`; not the dash of `2014-2017`.
fn sign_before(chars: &[(usize, char)], i: usize) -> Option<Direction> {
    let sign = match chars.get(i.checked_sub(1)?)?.1 {
        '+' => Direction::Up,
        '-' | '−' | '–' => Direction::Down,
        _ => return None,
    };
    let free = i < 2 || !chars[i - 2].1.is_alphanumeric();
    free.then_some(sign)
}

/// Reads the number that starts at `chars[i]`; returns it (its `start` unset) and the index of
/// the first char after it.
fn read_number(text: &str, chars: &[(usize, char)], mut i: usize, style: Lang) -> (NumberToken, usize) {
    let digit_run = |from: usize| chars[from..].iter().take_while(|(_, c)| c.is_ascii_digit()).count();

    let first_len = digit_run(i);
    let mut digits: String = chars[i..i + first_len].iter().map(|&(_, c)| c).collect();
    i += first_len;

    // Thousands groups: a mark then exactly three digits, after a first group of one to three.
    if first_len <= 3 {
        while i + 4 <= chars.len() && style.thousands_marks().contains(&chars[i].1) && digit_run(i + 1) == 3 {
            digits.extend(chars[i + 1..i + 4].iter().map(|&(_, c)| c));
            i += 4;
        }
    }
    // Decimals: the decimal mark then at least one digit.
    let mut decimal_count = 0;
    if i + 1 < chars.len() && chars[i].1 == style.decimal_mark() {
        let decimals = digit_run(i + 1);
        if decimals > 0 {
            digits.push('.');
            digits.extend(chars[i + 1..i + 1 + decimals].iter().map(|&(_, c)| c));
            i += 1 + decimals;
            decimal_count = u8::try_from(decimals).unwrap_or(u8::MAX);
        }
    }
    let end_of_digits = i;
    // A percent sign, right after or after one space of any kind.
    let mut percent = false;
    let mut end = chars.get(end_of_digits).map_or(text.len(), |&(at, _)| at);
    let mut j = end_of_digits;
    if j < chars.len() && is_space(chars[j].1) {
        j += 1;
    }
    if j < chars.len() && chars[j].1 == '%' {
        percent = true;
        j += 1;
        end = chars.get(j).map_or(text.len(), |&(at, _)| at);
        i = j;
    }
    let mut value = digits.parse::<f64>().unwrap_or(f64::NAN);
    let mut scale = None;
    if !percent {
        if let Some((found, after)) = scale_after(chars, end_of_digits, style) {
            // Full values are whole: `1,2 million` is 1 200 000, not 1 199 999.999….
            value = (value * found.factor()).round();
            scale = Some(found);
            end = chars.get(after).map_or(text.len(), |&(at, _)| at);
            i = after;
        }
    }
    // A currency sign right after the number or its scale: `350 €`, `2,5 Md€`.
    let symbol = if percent {
        None
    } else {
        let mut j = i;
        if j < chars.len() && is_space(chars[j].1) {
            j += 1;
        }
        chars.get(j).filter(|&&(_, c)| is_currency_sign(c)).map(|&(_, sign)| Symbol { sign, before: false })
    };
    (NumberToken { start: 0, end, value, percent, scale, decimals: decimal_count, symbol, ..NumberToken::default() }, i)
}

/// The spaces a text may write between a number and its sign or scale: plain, no-break and
/// narrow no-break.
fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\u{a0}' | '\u{202f}')
}

/// The currency signs a newsroom writes with a number.
pub fn is_currency_sign(c: char) -> bool {
    matches!(c, '€' | '$' | '£' | '¥')
}

/// A currency sign right before the digits at `chars[i]`: `$2bn`, `£12m`, `€ 40`.
fn symbol_before(chars: &[(usize, char)], i: usize) -> Option<Symbol> {
    let mut j = i.checked_sub(1)?;
    if is_space(chars[j].1) {
        j = j.checked_sub(1)?;
    }
    let sign = chars[j].1;
    is_currency_sign(sign).then_some(Symbol { sign, before: true })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn check(text: &str, style: Lang, expected: &[(&str, f64, bool)]) {
        let found: Vec<(&str, f64, bool)> =
            find_numbers(text, style).iter().map(|t| (&text[t.start..t.end], t.value, t.percent)).collect();
        assert_eq!(found, expected);
    }

    #[test]
    fn scale_words_are_part_of_their_number() {
        check("5 milliards de dirhams et 2,5 Md€", Lang::FR, &[("5 milliards", 5e9, false), ("2,5 Md", 2.5e9, false)]);
        check(
            "8,5 millions de personnes, 1,2 million",
            Lang::FR,
            &[("8,5 millions", 8.5e6, false), ("1,2 million", 1.2e6, false)],
        );
        check("3 M€ et 50 mille", Lang::FR, &[("3 M", 3e6, false), ("50 mille", 5e4, false)]);
        check(
            "$2bn, £5m, 10k and 8.5 million people",
            Lang::EN,
            &[("2bn", 2e9, false), ("5m", 5e6, false), ("10k", 1e4, false), ("8.5 million", 8.5e6, false)],
        );
    }

    #[test]
    fn short_scale_forms_that_mean_something_else_are_not_read_as_scales() {
        check("en 2018 M. El Khalfi", Lang::FR, &[("2018", 2018.0, false)]);
        check("a 5 m wall, in 2018 million", Lang::EN, &[("5", 5.0, false), ("2018 million", 2.018e9, false)]);
        check("5 Mo de données", Lang::FR, &[("5", 5.0, false)]);
    }

    #[test]
    fn french_dot_is_a_thousands_separator() {
        check("environ 50.000 migrants", Lang::FR, &[("50.000", 50_000.0, false)]);
    }

    #[test]
    fn french_spaces_of_every_kind_separate_thousands() {
        check(
            "1 400 et 54\u{a0}000 et 2\u{202f}500",
            Lang::FR,
            &[("1 400", 1400.0, false), ("54\u{a0}000", 54_000.0, false), ("2\u{202f}500", 2500.0, false)],
        );
    }

    #[test]
    fn percent_sign_belongs_to_its_number() {
        check("dont 90% sont", Lang::FR, &[("90%", 90.0, true)]);
        check("soit 12,5 % du total", Lang::FR, &[("12,5 %", 12.5, true)]);
    }

    #[test]
    fn years_next_to_each_other_stay_apart() {
        check(
            "les années 2014 et 2017, dont 1400 en 2018.",
            Lang::FR,
            &[("2014", 2014.0, false), ("2017", 2017.0, false), ("1400", 1400.0, false), ("2018", 2018.0, false)],
        );
    }

    #[test]
    fn a_full_stop_after_a_number_ends_the_sentence_not_the_number() {
        check("saisir 1900.", Lang::FR, &[("1900", 1900.0, false)]);
    }

    #[test]
    fn a_four_digit_number_takes_no_thousands_group() {
        // "2018 500" is a year then another number, never 2,018,500.
        check("en 2018 500 bateaux", Lang::FR, &[("2018", 2018.0, false), ("500", 500.0, false)]);
    }

    #[test]
    fn digits_glued_to_letters_are_not_numbers() {
        check("un A320 et le G5 Sahel", Lang::FR, &[]);
    }

    #[test]
    fn english_comma_is_a_thousands_separator_and_dot_a_decimal() {
        check("about 50,000 people, 12.5%", Lang::EN, &[("50,000", 50_000.0, false), ("12.5%", 12.5, true)]);
    }

    #[test]
    fn number_words_are_numbers() {
        check(
            "Deux tiers des communes, la moitié des ménages et trois régions",
            Lang::FR,
            &[("Deux tiers", 200.0 / 3.0, true), ("moitié", 50.0, true), ("trois", 3.0, false)],
        );
        check(
            "dix-sept projets, une dizaine de textes",
            Lang::FR,
            &[("dix-sept", 17.0, false), ("une dizaine", 10.0, false)],
        );
        check(
            "a third of homes, two lines and a dozen stations",
            Lang::EN,
            &[("a third", 100.0 / 3.0, true), ("two", 2.0, false), ("a dozen", 12.0, false)],
        );
        let words = find_numbers("une dizaine, des centaines", Lang::FR);
        assert_eq!(
            words.iter().map(|t| t.implies).collect::<Vec<_>>(),
            [Some(Qualifier::Approximately), Some(Qualifier::MoreThan)]
        );
        assert!(words.iter().all(|t| t.spelled));
    }

    #[test]
    fn a_half_after_an_ordinal_is_part_of_a_year() {
        check("in the first half of 2024, half of it", Lang::EN, &[("2024", 2024.0, false), ("half", 50.0, true)]);
        check("la première moitié de 2024", Lang::FR, &[("2024", 2024.0, false)]);
    }

    #[test]
    fn number_words_stand_as_whole_words_only() {
        check("en septembre, dix-neuvième, sixième, la centaine-là, ventes", Lang::FR, &[]);
        check("someone, often, between, tendency, tensions", Lang::EN, &[]);
        // `mille` after digits is their scale, not another number; `pour cent` is a sign.
        check("50 mille personnes, 90 pour cent", Lang::FR, &[("50 mille", 5e4, false), ("90", 90.0, false)]);
    }

    #[test]
    fn a_written_sign_says_which_way_a_change_goes() {
        let signs = |text: &str, style| find_numbers(text, style).iter().map(|t| t.sign).collect::<Vec<_>>();
        assert_eq!(
            signs("+3,2 % et −2 points, 2014-2017", Lang::FR),
            [Some(Direction::Up), Some(Direction::Down), None, None]
        );
        assert_eq!(signs("up -4% (from 10)", Lang::EN), [Some(Direction::Down), None]);
    }

    #[test]
    fn arabic_numbers_read_as_morocco_writes_them() {
        check(
            "لحوالي 50.000 مهاجر، 90% منهم، خلال سنتي 2014 و2017، و12,5 مليون درهم",
            Lang::AR,
            &[
                ("50.000", 50_000.0, false),
                ("90%", 90.0, true),
                ("2014", 2014.0, false),
                ("2017", 2017.0, false),
                ("12,5 مليون", 12.5e6, false),
            ],
        );
        // Eastern digits and marks are the same numbers.
        check("٥٠٬٠٠٠ و١٢٫٥٪", Lang::AR, &[("٥٠٬٠٠٠", 50_000.0, false), ("١٢٫٥٪", 12.5, true)]);
        // Words: a fraction is a share, unless an ordinal after it makes it part of a year.
        check(
            "ثلاثة أرباع الأسر وثلاثة مشاريع في النصف الأول",
            Lang::AR,
            &[("ثلاثة أرباع", 75.0, true), ("ثلاثة", 3.0, false)],
        );
    }

    #[test]
    fn a_scale_word_after_a_number_word_is_part_of_it() {
        check(
            "près de trois millions d'élèves, deux milliards d'euros, un million de visiteurs",
            Lang::FR,
            &[("trois millions", 3e6, false), ("deux milliards", 2e9, false), ("un million", 1e6, false)],
        );
        check(
            "almost four million patients, a billion dollars, half a million homes, two thousand beds",
            Lang::EN,
            &[
                ("four million", 4e6, false),
                ("a billion", 1e9, false),
                ("half a million", 5e5, false),
                ("two thousand", 2e3, false),
            ],
        );
        check("ثلاثة ملايين درهم", Lang::AR, &[("ثلاثة ملايين", 3e6, false)]);
        let half = &find_numbers("half a million homes", Lang::EN)[0];
        assert_eq!((half.scale, half.decimals, half.spelled), (Some(Scale::Million), 1, true));
        // An article is no number without its scale; `half` alone is a share.
        check("a plan, one of them, half of it", Lang::EN, &[("half", 50.0, true)]);
        check("un plan, deux tiers", Lang::FR, &[("deux tiers", 200.0 / 3.0, true)]);
    }

    #[test]
    fn decimals_are_counted_as_written() {
        let decimals = |text: &str, style| find_numbers(text, style).iter().map(|t| t.decimals).collect::<Vec<_>>();
        assert_eq!(decimals("3,25 %, 1 234,567, 12,50 € et 2,75 milliards", Lang::FR), [2, 3, 2, 2]);
        assert_eq!(decimals("0.75%, 1,234.5 and 40", Lang::EN), [2, 1, 0]);
        assert_eq!(decimals("٣٫٢٥٪", Lang::AR), [2]);
    }

    #[test]
    fn a_currency_sign_is_kept_on_its_side() {
        let symbols = |text: &str, style| {
            find_numbers(text, style).iter().map(|t| t.symbol.map(|s| (s.sign, s.before))).collect::<Vec<_>>()
        };
        assert_eq!(
            symbols("$2bn, £12m, 40 people and € 3", Lang::EN),
            [Some(('$', true)), Some(('£', true)), None, Some(('€', true))]
        );
        assert_eq!(
            symbols("2,5 Md€, 350 € et 3 M€, 12 %", Lang::FR),
            [Some(('€', false)), Some(('€', false)), Some(('€', false)), None]
        );
    }

    #[test]
    fn zero_is_a_number() {
        check("0 bateau", Lang::FR, &[("0", 0.0, false)]);
    }
}
