//! Property tests: whatever an editor writes, the compiler answers with a story or with
//! messages; it never panics, and what it reads of the text stays inside the text.

use content_compiler::numbers::find_numbers;
use content_compiler::text::{find_quote, sentences};
use content_compiler::validate::validate;
use proptest::prelude::*;
use vocabulary::Lang;

/// Text made of what makes numbers and quotes hard: digits, separators, spaces of every kind,
/// apostrophes, sentence ends, multi-byte letters.
const TRICKY: &str = "[0-9a-zéÉM .,;%'’\u{a0}\u{202f}!?…\n-]{0,120}";

/// Words that make the forms of any article hard: number words, fractions, directions, parts of
/// a year, targets, signs, scale words, next to digits.
const WORDS: &[&str] = &[
    "deux",
    "Deux",
    "dix-sept",
    "vingt",
    "cent",
    "pour",
    "mille",
    "la",
    "moitié",
    "un",
    "tiers",
    "quart",
    "trois",
    "quarts",
    "une",
    "dizaine",
    "des",
    "centaines",
    "two",
    "thirds",
    "a",
    "third",
    "half",
    "dozen",
    "hundreds",
    "a reculé",
    "progressé",
    "fell",
    "rose",
    "up",
    "down",
    "+",
    "−",
    "-",
    "+3,2 %",
    "−2",
    "points",
    "premier",
    "trimestre",
    "semestre",
    "Q1",
    "second",
    "quarter",
    "d'ici",
    "la fin de l'année",
    "last year",
    "by",
    "2030",
    "objectif",
    "target",
    "5 milliards",
    "$2bn",
    "12,5 %",
    "50.000",
    "1 400",
    "2018",
    "2014..2017",
    ".",
];

/// Words of news articles around numbers, for the drafter: nouns, verbs, dates, money.
const ARTICLE_WORDS: &[&str] = &[
    "Le gouvernement a annoncé",
    "The council said",
    // The forms of the next article: lengths, named starts, bases, plans, scales in words.
    "sur trois ans",
    "over the next five years",
    "d'ici trois ans",
    "en un an",
    "Depuis l'installation du gouvernement",
    "since the programme began",
    "par rapport à la même période de 2023",
    "up 4 points from 2021",
    "près de trois millions d'élèves",
    "almost four million patients",
    "half a million homes",
    "investira 1,2 milliard d'euros",
    "will invest £2bn",
    "including £500m for depots in a dozen towns",
    "a reculé à 4,5 %",
    "1 234,567 dinars",
    "0.75%",
    "Au quatrième trimestre",
    "en 2017",
    "in 2019",
    "depuis 2014",
    "since 2016",
    "de 2019 à 2023",
    "from 2020 to 2024",
    "durant les années 2014 et 2017",
    "en juin 2018",
    "in March 2018",
    "le 3 juin 2018",
    "au premier trimestre",
    "in the first half of 2018",
    "d'ici 2030",
    "by 2030",
    "environ 50.000 migrants",
    "about 1,200 residents",
    "plus de 300 bénévoles",
    "more than 300 volunteers",
    "fewer than 40 ships",
    "dont 1400",
    "including 85",
    "90% d'entre eux",
    "40% of them",
    "2,5 milliards d'euros",
    "$1.2bn",
    "£12m",
    "350 millions de dirhams",
    "a reculé de 1,2 point",
    "rose by 4 points",
    "fell 6%",
    "a progressé de 8 %",
    "à 7,1 %",
    "to 38%",
    "la moitié",
    "two thirds",
    "une dizaine de villes",
    "a dozen stations",
    "deux",
    "three",
    "vise 10 000 places",
    "expects 3 million tonnes",
    "par rapport à 2016",
    "compared with 2016",
    "sur la même période",
    "aujourd'hui",
    "now",
    "1900 embarcations",
    "45 000",
    ",",
    ".",
    "et",
    "and",
];

fn no_files(_: &str) -> Result<String, String> {
    Err("no files in this test".into())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn any_text_as_a_whole_file_is_answered_without_panicking(file in "\\PC{0,400}") {
        let _ = validate("fuzz.toml", &file, &no_files);
    }

    #[test]
    fn any_paragraph_quote_and_value_are_answered_without_panicking(
        paragraph in TRICKY,
        quote in TRICKY,
        value in prop_oneof![any::<f64>().prop_map(|v| format!("{v:?}")), Just("nan".to_string()), Just("-inf".to_string()), (0u32..100_000).prop_map(|v| v.to_string())],
        unit in prop_oneof![Just("people"), Just("percent"), Just("boats"), Just("parsecs")],
        unit_kind in prop_oneof![Just("count"), Just("currency"), Just("percentage_point"), Just("litres")],
        qualifier in prop_oneof![Just("exact"), Just("approximately"), Just("more_than"), Just("less_than"), Just("maybe")],
        period in prop_oneof![Just("2018".to_string()), Just("2014..".to_string()), Just("2014..2017".to_string()), "[0-9.\\-]{0,12}"],
        date in "[0-9\\-]{0,8}",
        language in prop_oneof![Just("fr"), Just("en"), Just("de")],
        formula in prop_oneof![Just("a - b"), Just("a of b"), Just("b + b"), Just("a"), Just("")],
    ) {
        let toml = format!(
            "[article]\nkicker = \"k\"\ntitle = \"t\"\nstandfirst = \"{{a}} {{b:period}}\"\ndate = \"2018-09\"\nlanguage = \"{language}\"\n\
             attribution = \"a\"\nsource_name = \"s\"\nparagraphs = [{paragraph:?}]\n\n\
             [[units]]\nid = \"people\"\nkind = \"count\"\nsingular = \"p\"\nplural = \"ps\"\n\n\
             [[units]]\nid = \"boats\"\nkind = \"{unit_kind}\"\ncurrency = \"EUR\"\nsingular = \"b\"\nplural = \"bs\"\n\n\
             [[units]]\nid = \"percent\"\nkind = \"percent\"\n\n\
             [[figures]]\nid = \"a\"\nlabel = \"l\"\nvalue = {value}\nunit = \"{unit}\"\nqualifier = \"{qualifier}\"\nperiod = \"{period}\"\nquote = {quote:?}\nperiod_quote = {quote:?}\n\n\
             [[figures]]\nid = \"b\"\nlabel = \"l\"\nformula = \"{formula}\"\nperiod = \"{period}\"\npart_of = \"a\"\n\n\
             [[events]]\nid = \"e\"\ndate = \"{date}\"\nlabel = \"l\"\nquote = {quote:?}\nfigures = [\"a\"]\n\n\
             [[charts]]\nid = \"c\"\nkind = \"split-bar\"\nfigures = [\"a\", \"b\", \"a\"]\ntitle = \"t\"\ntakeaway = \"{{a}}\"\n",
        );
        let _ = validate("fuzz.toml", &toml, &no_files);
    }

    #[test]
    fn any_article_of_number_words_changes_and_targets_is_answered_without_panicking(
        paragraph in prop::collection::vec(prop::sample::select(WORDS), 0..24),
        quote in prop::collection::vec(prop::sample::select(WORDS), 0..4),
        value in prop_oneof![Just("-20".to_string()), Just("\"1/2\"".to_string()), Just("\"2/3\"".to_string()), Just("\"9/0\"".to_string()), Just("\"x\"".to_string()), (-500i32..500).prop_map(|v| v.to_string())],
        unit in prop_oneof![Just("points"), Just("percent"), Just("boats")],
        change in prop_oneof![Just(""), Just("change = \"relative\"\n"), Just("change = \"points\"\n"), Just("change = \"absolute\"\n"), Just("change = \"sideways\"\n")],
        outlook in prop_oneof![Just(""), Just("outlook = \"target\"\n"), Just("outlook = \"forecast\"\n"), Just("outlook = \"hope\"\n")],
        period in prop_oneof![Just("2018-Q1"), Just("2018-H2"), Just("2030"), Just("2018-Q5"), Just("unspecified"), Just("2014..2017")],
        event_date in prop_oneof![Just("2014..2017"), Just("2030"), Just("2017..2014"), Just("2018-Q3"), Just("..")],
        kind in prop_oneof![Just("bars"), Just("changes"), Just("stat-tiles"), Just("timeline")],
        language in prop_oneof![Just("fr"), Just("en")],
    ) {
        let paragraph = paragraph.join(" ");
        let quote = quote.join(" ");
        let toml = format!(
            "[article]\nkicker = \"k\"\ntitle = \"t\"\nstandfirst = \"{{a}}\"\ndate = \"2018-09\"\nlanguage = \"{language}\"\n\
             attribution = \"a\"\nsource_name = \"s\"\nparagraphs = [{paragraph:?}]\n\n\
             [[units]]\nid = \"points\"\nkind = \"percentage_point\"\nsingular = \"p\"\nplural = \"ps\"\n\n\
             [[units]]\nid = \"boats\"\nkind = \"count\"\nsingular = \"b\"\nplural = \"bs\"\n\n\
             [[units]]\nid = \"percent\"\nkind = \"percent\"\n\n\
             [[figures]]\nid = \"a\"\nlabel = \"l\"\nvalue = {value}\nunit = \"{unit}\"\nqualifier = \"exact\"\n{change}{outlook}period = \"{period}\"\nquote = {quote:?}\nperiod_quote = {quote:?}\n\n\
             [[not_figures]]\nquote = {quote:?}\nreason = \"r\"\n\n\
             [[events]]\nid = \"e\"\ndate = \"{event_date}\"\n{outlook}label = \"l\"\nquote = {quote:?}\n\n\
             [[charts]]\nid = \"c\"\nkind = \"{kind}\"\nfigures = [\"a\", \"a\"]\ntitle = \"t\"\ntakeaway = \"{{a}}\"\n",
        );
        let _ = validate("fuzz.toml", &toml, &no_files);
    }

    /// The drafter's promise: whatever the article, its draft builds as it is.
    #[test]
    fn the_draft_of_any_article_of_these_words_builds(
        // Articles do not repeat a passage word for word (the drafter says so when one does).
        words in prop::sample::subsequence(ARTICLE_WORDS, 1..30).prop_shuffle(),
        cuts in prop::collection::vec(0usize..30, 0..3),
        date in prop_oneof![Just("2018-09"), Just("2025-03")],
    ) {
        let mut body: Vec<String> = vec![String::new()];
        for (i, word) in words.iter().enumerate() {
            if cuts.contains(&i) && !body.last().is_some_and(String::is_empty) {
                body.push(String::new());
            }
            let paragraph = body.last_mut().expect("one");
            if !paragraph.is_empty() {
                paragraph.push(' ');
            }
            paragraph.push_str(word);
        }
        let source = format!("date {date}\n\n{}\n", body.join("\n\n"));
        let drafted = content_compiler::draft::draft(&source, &content_compiler::draft::Options { lang: None, source_file: "article.txt".into() });
        if let Ok(drafted) = drafted {
            let load = |_: &str| Ok(source.clone());
            let built = validate("draft.toml", &drafted.toml, &load);
            prop_assert!(built.is_ok(), "{:?}\n{source}\n{}", built.err(), drafted.toml);
        }
    }

    #[test]
    fn numbers_found_are_ordered_and_inside_the_text(text in TRICKY) {
        for style in Lang::all() {
            let mut previous_end = 0;
            for token in find_numbers(&text, style) {
                prop_assert!(previous_end <= token.start && token.start < token.end && token.end <= text.len());
                prop_assert!(text.is_char_boundary(token.start) && text.is_char_boundary(token.end));
                prop_assert!(token.value.is_finite());
                previous_end = token.end;
            }
        }
    }

    #[test]
    fn quotes_found_are_inside_the_text(text in TRICKY, quote in TRICKY) {
        for range in find_quote(&text, &quote) {
            prop_assert!(text.is_char_boundary(range.start) && text.is_char_boundary(range.end));
        }
    }

    #[test]
    fn a_quote_taken_from_the_text_is_found(text in TRICKY, a in 0usize..120, b in 0usize..120) {
        let boundaries: Vec<usize> = text.char_indices().map(|(i, _)| i).chain([text.len()]).collect();
        let (from, to) = (boundaries[a % boundaries.len()], boundaries[b % boundaries.len()]);
        let quote = &text[from.min(to)..from.max(to)];
        prop_assume!(!quote.trim().is_empty());
        prop_assert!(!find_quote(&text, quote).is_empty());
    }

    #[test]
    fn sentences_join_back_into_their_paragraph(text in TRICKY) {
        for style in Lang::all() {
            let joined: String = sentences(&text, style).iter().map(|r| &text[r.clone()]).collect();
            prop_assert_eq!(joined, text.clone());
        }
    }
}
