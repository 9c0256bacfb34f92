//! The rules for what any news article needs beyond the first one: errors an editor can act on
//! (one fault, one message), magnitudes, and the units an article declares. Each test starts
//! from the same small valid file as `rules.rs` and breaks one thing in it.

mod common;

use common::*;

// ---- errors an editor can act on: one fault, one message ----------------------------------

#[test]
fn a_misspelt_quote_says_where_the_closest_passage_differs_and_nothing_else() {
    let toml = broken("quote = \"saisi 1900 embarcations\"", "quote = \"saisi 1800 embarcations\"");
    check_refused(
        &toml,
        "quote = \"saisi 1800",
        "figure `boats`",
        "the closest passage, in paragraph 2, is \"saisi 1900 embarcations\", which has \"1900\" where the quote has \"1800\"",
    );
    assert_eq!(faults(&toml).len(), 1, "the number 1900 is not reported as unaccounted for: {:?}", faults(&toml));
}

#[test]
fn a_quote_far_from_any_passage_names_none() {
    let toml = broken("quote = \"saisi 1900 embarcations\"", "quote = \"quelque chose de tout autre\"");
    let faults = faults(&toml);
    assert!(faults.iter().any(|f| f.ends_with("is not in the article text")), "{faults:?}");
}

#[test]
fn a_value_that_does_not_read_back_brings_no_unaccounted_number() {
    let toml = broken("value = 1900", "value = 1800");
    assert_eq!(faults(&toml).len(), 1, "{:?}", faults(&toml));
}

#[test]
fn a_chart_naming_a_missing_figure_suggests_it_and_brings_no_other_fault() {
    let toml =
        broken("figures = [\"boats\", \"attempts\", \"increase\"]", "figures = [\"boat\", \"attempts\", \"increase\"]");
    check_refused(
        &toml,
        "figures = [\"boat\",",
        "chart `tiles`",
        "names `boat`, which is not a figure: did you mean `boats`?",
    );
    assert_eq!(faults(&toml).len(), 1, "no \"no visual shows\" for figures the chart still lists: {:?}", faults(&toml));
}

#[test]
fn a_date_after_the_statement_names_the_statement_date_and_nothing_else() {
    let toml = broken("date = \"2018\"\nlabel = \"L'année", "date = \"2019\"\nlabel = \"L'année");
    check_refused(&toml, "date = \"2019\"", "event `year-of-statement`", "after the statement's date, `2018-09`");
    assert_eq!(faults(&toml).len(), 1, "{:?}", faults(&toml));
}

// ---- magnitudes ----------------------------------------------------------------------------

#[test]
fn scale_words_read_back_as_full_values_and_are_kept_for_display() {
    let toml = broken("saisi 1900 embarcations et", "saisi 1,9 million d'embarcations et")
        .replacen("value = 1900", "value = 1900000", 1)
        .replacen("quote = \"saisi 1900 embarcations\"", "quote = \"saisi 1,9 million d'embarcations\"", 1);
    let stories = run(&toml).unwrap_or_else(|faults| panic!("{faults:?}"));
    let boats = stories[0].figures.iter().find(|f| f.id == "boats").unwrap();
    assert_eq!((boats.value, boats.scale), (1_900_000.0, Some(content_compiler::story::Scale::Million)));
    // The number as the text writes it is not the value: the value is the full number.
    let as_written = toml.replacen("value = 1900000", "value = 1.9", 1);
    check_refused(
        &as_written,
        "quote = \"saisi 1,9 million",
        "figure `boats`",
        "value 1.9 does not read back from its quote as a number: the quote holds `1,9 million` (1900000)",
    );
}

// ---- units the article declares ------------------------------------------------------------

#[test]
fn a_unit_needs_a_known_kind_and_its_words() {
    let toml = broken("kind = \"count\"\nsingular = \"embarcation\"", "kind = \"vessels\"\nsingular = \"embarcation\"");
    check_refused(
        &toml,
        "kind = \"vessels\"",
        "unit `boats`",
        "kind `vessels` is not one of `count`, `currency`, `percent`, `percentage_point`",
    );
    let toml = broken("singular = \"embarcation\"\nplural = \"embarcations\"\n", "");
    check_refused(&toml, "id = \"boats\"\nkind", "unit `boats`", "a `count` unit needs its `singular` words");
}

#[test]
fn a_currency_needs_its_iso_code_and_only_a_currency_has_one() {
    let toml =
        broken("kind = \"count\"\nsingular = \"embarcation\"", "kind = \"currency\"\nsingular = \"embarcation\"");
    check_refused(&toml, "id = \"boats\"\nkind", "unit `boats`", "a currency needs its ISO 4217 code");
    let toml = broken(
        "kind = \"count\"\nsingular = \"embarcation\"",
        "kind = \"currency\"\ncurrency = \"dirham\"\nsingular = \"embarcation\"",
    );
    check_refused(&toml, "currency = \"dirham\"", "unit `boats`", "currency `dirham` is not an ISO 4217 code");
    let toml = broken(
        "kind = \"count\"\nsingular = \"embarcation\"",
        "kind = \"count\"\ncurrency = \"EUR\"\nsingular = \"embarcation\"",
    );
    check_refused(&toml, "currency = \"EUR\"", "unit `boats`", "only a `currency` unit has a currency code");
}

#[test]
fn currencies_never_mix_in_a_formula() {
    // Two currencies: the part in euros cannot be subtracted from a whole in dirhams.
    let toml = broken("[[units]]\nid = \"people\"", "[[units]]\nid = \"eur\"\nkind = \"currency\"\ncurrency = \"EUR\"\nsingular = \"euro\"\nplural = \"euros\"\n\n[[units]]\nid = \"people\"")
        .replacen("kind = \"count\"\nsingular = \"personne\"", "kind = \"currency\"\ncurrency = \"MAD\"\nsingular = \"dirham\"", 1)
        .replacen("unit = \"people\"\nqualifier = \"exact\"", "unit = \"eur\"\nqualifier = \"exact\"", 1);
    let faults = faults(&toml);
    assert!(faults.iter().any(|f| f.contains("figure `rest`") && f.contains("different units")), "{faults:?}");
}

#[test]
fn a_share_of_a_count_is_a_count_in_the_same_unit() {
    let story = &run(VALID).unwrap()[0];
    let rest = story.figures.iter().find(|f| f.id == "rest").unwrap();
    assert_eq!((rest.unit.id.as_str(), rest.unit.plural.as_str()), ("people", "personnes"));
}

#[test]
fn a_computed_figure_takes_the_scale_its_own_value_fills() {
    let toml = broken(
        "environ 50.000 personnes ont été aidées, dont 1 400 au titre",
        "environ 1,2 million de personnes ont été aidées, dont 450 mille au titre",
    )
    .replacen("value = 50000", "value = 1200000", 1)
    .replacen("quote = \"environ 50.000 personnes\"", "quote = \"environ 1,2 million de personnes\"", 1)
    .replacen("value = 1400", "value = 450000", 1)
    .replacen("quote = \"dont 1 400 au titre\"", "quote = \"dont 450 mille au titre\"", 1);
    let stories = run(&toml).unwrap_or_else(|faults| panic!("{faults:?}"));
    let rest = stories[0].figures.iter().find(|f| f.id == "rest").unwrap();
    // 1,2 million − 450 mille is 750 mille, not 0,75 million.
    assert_eq!((rest.value, rest.scale), (750_000.0, Some(content_compiler::story::Scale::Thousand)));
}

// ---- periods the text does not give --------------------------------------------------------

#[test]
fn a_figure_the_text_does_not_date_has_an_unspecified_period() {
    let toml = broken(
        "period = \"2018\"\nquote = \"saisi 1900 embarcations\"",
        "period = \"unspecified\"\nquote = \"saisi 1900 embarcations\"",
    );
    let stories = run(&toml).unwrap_or_else(|faults| panic!("{faults:?}"));
    let boats = stories[0].figures.iter().find(|f| f.id == "boats").unwrap();
    assert_eq!(boats.period, None, "no date is invented for it");
}

#[test]
fn an_unspecified_period_has_no_period_quote() {
    let toml = broken(
        "period = \"2014..\"\nquote = \"environ 50.000 personnes\"",
        "period = \"unspecified\"\nquote = \"environ 50.000 personnes\"",
    );
    check_refused(&toml, "period_quote = \"Depuis 2014\"", "figure `total`", "the period is `unspecified`");
    assert_eq!(faults(&toml).len(), 1, "{:?}", faults(&toml));
}
