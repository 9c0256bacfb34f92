//! One test per rule of the content format: each kind of bad content is refused with a message
//! that names the file, the line, the item and the fault. Each test starts from a small valid
//! file and breaks one thing in it.

mod common;

use common::*;

#[test]
fn the_valid_file_is_accepted() {
    if let Err(diagnostics) = run(VALID) {
        panic!("{}", diagnostics.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n"));
    }
}

#[test]
fn messages_read_file_line_subject_fault() {
    let toml = broken("quote = \"saisi 1900 embarcations\"", "quote = \"saisi 1800 embarcations\"");
    let diagnostics = run(&toml).unwrap_err();
    let line = line_of(&toml, "saisi 1800");
    assert!(diagnostics.iter().any(|d| d.to_string()
        == format!(
            "{FILE}:{line}: figure `boats`: quote \"saisi 1800 embarcations\" is not in the article text: the closest \
             passage, in paragraph 2, is \"saisi 1900 embarcations\", which has \"1900\" where the quote has \"1800\""
        )));
}

// ---- quotes --------------------------------------------------------------------------------

#[test]
fn a_quote_that_is_not_in_the_text_is_refused() {
    let toml = broken("quote = \"saisi 1900 embarcations\"", "quote = \"saisi 1900 bateaux\"");
    check_refused(&toml, "saisi 1900 bateaux", "figure `boats`", "is not in the article text");
}

#[test]
fn a_quote_that_stands_twice_is_refused() {
    let toml = broken("quote = \"plus de 54.000 tentatives\"", "quote = \"plus\"");
    check_refused(&toml, "quote = \"plus\"", "figure `attempts`", "stands 2 times in the text (paragraphs 2, 2)");
}

#[test]
fn quotes_match_across_typographic_apostrophes_and_spaces() {
    let toml = broken("quote = \"l'année 2018\"", "quote = \"l’année   2018\"");
    assert!(run(&toml).is_ok());
}

// ---- values read back from their quotes ----------------------------------------------------

#[test]
fn a_value_that_does_not_read_back_from_its_quote_is_refused() {
    let toml = broken("value = 50000", "value = 5000");
    check_refused(&toml, "quote = \"environ 50.000", "figure `total`", "value 5000 does not read back from its quote");
}

#[test]
fn a_percentage_must_be_written_as_one() {
    let toml = broken("unit = \"boats\"", "unit = \"percent\"").replacen("value = 1900", "value = 19", 1);
    check_refused(&toml, "quote = \"saisi 1900", "figure `boats`", "does not read back from its quote as a percentage");
}

#[test]
fn french_number_formats_read_back() {
    // 50.000, 1 400, 1900, 54.000 and 12,5 % are all in the valid file.
    let story = run(VALID).unwrap().remove(0);
    let values: Vec<f64> = story.figures.iter().map(|f| f.value).collect();
    assert_eq!(values, [50_000.0, 1_400.0, 48_600.0, 1_900.0, 54_000.0, 12.5]);
}

#[test]
fn a_percent_sign_glued_to_its_number_reads_back() {
    let toml = broken("soit 12,5 % de plus", "soit 90% de plus").replacen("value = 12.5", "value = 90", 1).replacen(
        "quote = \"soit 12,5 % de plus\"",
        "quote = \"soit 90% de plus\"",
        1,
    );
    assert!(run(&toml).is_ok(), "{:?}", run(&toml).err());
}

// ---- qualifiers ------------------------------------------------------------------------------

#[test]
fn an_exact_figure_quoted_with_environ_is_refused() {
    let toml = broken("qualifier = \"approximately\"", "qualifier = \"exact\"");
    check_refused(&toml, "quote = \"environ 50.000", "figure `total`", "the quote says \"environ\" (approximately)");
}

#[test]
fn an_approximate_figure_quoted_with_plus_de_is_refused() {
    let toml = broken("qualifier = \"more_than\"", "qualifier = \"approximately\"");
    check_refused(&toml, "quote = \"plus de 54.000", "figure `attempts`", "the quote says \"plus de\" (more_than)");
}

#[test]
fn pres_de_means_approximately() {
    let toml = broken("avorté plus de 54.000", "avorté près de 54.000").replacen(
        "plus de 54.000 tentatives\"",
        "près de 54.000 tentatives\"",
        1,
    );
    check_refused(
        &toml,
        "près de 54.000 tentatives\"",
        "figure `attempts`",
        "the quote says \"près de\" (approximately)",
    );
}

#[test]
fn a_qualified_figure_whose_quote_has_no_qualifying_word_is_refused() {
    let toml = broken(
        "qualifier = \"exact\"\nperiod = \"2018\"\nquote = \"saisi",
        "qualifier = \"approximately\"\nperiod = \"2018\"\nquote = \"saisi",
    );
    check_refused(&toml, "saisi 1900 embarcations\"", "figure `boats`", "the quote has no word that says so");
}

#[test]
fn an_unknown_qualifier_is_refused() {
    let toml = broken("qualifier = \"more_than\"", "qualifier = \"roughly\"");
    check_refused(&toml, "qualifier = \"roughly\"", "figure `attempts`", "qualifier `roughly` is not one of");
}

// ---- units and ranges ----------------------------------------------------------------------

#[test]
fn a_unit_outside_the_list_is_refused() {
    let toml = broken("unit = \"boats\"", "unit = \"ships\"");
    check_refused(&toml, "unit = \"ships\"", "figure `boats`", "unit `ships` is not one of: people, attempts");
}

#[test]
fn a_percentage_above_a_hundred_is_refused() {
    let toml = broken("soit 12,5 % de plus", "soit 120 % de plus").replacen("value = 12.5", "value = 120", 1).replacen(
        "quote = \"soit 12,5 % de plus\"",
        "quote = \"soit 120 % de plus\"",
        1,
    );
    check_refused(&toml, "value = 120", "figure `increase`", "a percentage must lie between 0 and 100");
}

#[test]
fn a_part_larger_than_its_whole_is_refused() {
    let toml = broken(
        "part_of = \"total\"\n\n[[figures]]\nid = \"rest\"",
        "part_of = \"boats\"\n\n[[figures]]\nid = \"rest\"",
    );
    // 1 400 people are not part of 1 900 boats, whatever the numbers.
    check_refused(&toml, "part_of = \"boats\"", "figure `part`", "must count the same thing as its whole");
    let toml = broken("dont 1 400 au titre", "dont 51 400 au titre")
        .replacen("value = 1400", "value = 51400", 1)
        .replacen("quote = \"dont 1 400 au titre\"", "quote = \"dont 51 400 au titre\"", 1);
    check_refused(&toml, "part_of = \"total\"", "figure `part`", "is larger than its whole `total`");
}

// ---- ids and references --------------------------------------------------------------------

#[test]
fn a_duplicate_id_is_refused() {
    let toml = broken("id = \"split\"", "id = \"boats\"");
    check_refused(&toml, "id = \"boats\"\nkind", "chart `boats`", "duplicate id: a figure already has it");
}

#[test]
fn a_malformed_id_is_refused() {
    let toml = broken("id = \"boats\"", "id = \"Boats_seized\"");
    check_refused(&toml, "id = \"Boats_seized\"", "figure `Boats_seized`", "malformed id");
}

#[test]
fn references_that_do_not_resolve_are_refused() {
    let cases = [
        (
            "part_of = \"total\"\n\n[[figures]]\nid = \"rest\"",
            "part_of = \"totl\"\n\n[[figures]]\nid = \"rest\"",
            "part_of = \"totl\"",
            "figure `part`",
            "part_of names `totl`, which is not a figure",
        ),
        (
            "formula = \"total - part\"",
            "formula = \"total - prat\"",
            "formula = \"total - prat\"",
            "figure `rest`",
            "formula names `prat`",
        ),
        (
            "figures = [\"part\"]",
            "figures = [\"parts\"]",
            "figures = [\"parts\"]",
            "event `year-of-statement`",
            "figures names `parts`",
        ),
        (
            "figures = [\"total\", \"part\", \"rest\"]",
            "figures = [\"total\", \"part\", \"nope\"]",
            "figures = [\"total\", \"part\", \"nope\"]",
            "chart `split`",
            "figures names `nope`",
        ),
        (
            "takeaway = \"{part} sur {total}.\"",
            "takeaway = \"{part} sur {tout}.\"",
            "takeaway = \"{part} sur {tout}.\"",
            "chart `split` takeaway",
            "placeholder `{tout}` names no figure",
        ),
    ];
    for (from, to, line, subject, fault) in cases {
        check_refused(&broken(from, to), line, subject, fault);
    }
}

// ---- dates and events ----------------------------------------------------------------------

#[test]
fn events_out_of_date_order_are_refused() {
    let earlier = "\n[[events]]\nid = \"earlier\"\ndate = \"2014\"\nlabel = \"Avant\"\nquote = \"Depuis 2014\"\n";
    let toml = broken("\n[[charts]]", &format!("{earlier}\n[[charts]]"));
    check_refused(&toml, "date = \"2014\"", "event `earlier`", "events must be in date order");
}

#[test]
fn an_event_after_the_statement_is_refused() {
    let toml = broken("date = \"2018\"\nlabel", "date = \"2018-10\"\nlabel");
    check_refused(&toml, "date = \"2018-10\"", "event `year-of-statement`", "is after the statement's date");
}

#[test]
fn a_malformed_date_is_refused() {
    let toml = broken("date = \"2018\"\nlabel", "date = \"18\"\nlabel");
    check_refused(&toml, "date = \"18\"", "event `year-of-statement`", "malformed date `18`");
}

#[test]
fn an_event_whose_quote_lacks_its_year_is_refused() {
    let toml = broken("date = \"2018\"\nlabel", "date = \"2017\"\nlabel");
    check_refused(
        &toml,
        "quote = \"l'année 2018\"",
        "event `year-of-statement`",
        "does not hold the event's year 2017",
    );
}

#[test]
fn a_period_past_the_statement_is_refused() {
    let toml = broken("period = \"2014..2017\"", "period = \"2014..2019\"");
    check_refused(&toml, "period = \"2014..2019\"", "figure `rest`", "goes past the statement's date");
}

// ---- computed figures ----------------------------------------------------------------------

#[test]
fn a_cycle_of_computed_figures_is_refused() {
    let toml = broken("formula = \"total - part\"", "formula = \"total - again\"").replacen(
        "\n[[events]]",
        "\n[[figures]]\nid = \"again\"\nlabel = \"encore\"\nformula = \"rest + part\"\nperiod = \"2018\"\n\n[[events]]",
        1,
    );
    check_refused(&toml, "id = \"rest\"", "figure `rest`", "depends on itself");
}

#[test]
fn a_formula_over_different_units_is_refused() {
    let toml = broken("formula = \"total - part\"", "formula = \"total - boats\"");
    check_refused(&toml, "formula = \"total - boats\"", "figure `rest`", "have different units");
}

#[test]
fn a_malformed_formula_is_refused() {
    let toml = broken("formula = \"total - part\"", "formula = \"total * part\"");
    check_refused(&toml, "formula = \"total * part\"", "figure `rest`", "malformed formula");
}

#[test]
fn a_computed_figure_keeps_its_operands_uncertainty() {
    let story = run(VALID).unwrap().remove(0);
    let rest = story.figures.iter().find(|f| f.id == "rest").unwrap();
    assert_eq!(rest.qualifier, content_compiler::story::Qualifier::Approximately);
}

#[test]
fn a_result_whose_precision_cannot_be_said_is_refused() {
    // "more than 54,000" minus "about 50,000" is neither a bound nor an approximation.
    let toml = broken("formula = \"total - part\"", "formula = \"attempts - total\"").replacen(
        "unit = \"people\"\nqualifier = \"approximately\"",
        "unit = \"attempts\"\nqualifier = \"approximately\"",
        1,
    );
    check_refused(&toml, "formula = \"attempts - total\"", "figure `rest`", "cannot say how precise the result is");
}

#[test]
fn a_figure_with_both_a_quote_and_a_formula_is_refused() {
    let toml = broken("formula = \"total - part\"", "formula = \"total - part\"\nquote = \"saisi 1900 embarcations\"");
    check_refused(
        &toml,
        "formula = \"total - part\"",
        "figure `rest`",
        "either a `quote` (stated) or a `formula` (computed), not both",
    );
}

// ---- every number accounted for ------------------------------------------------------------

#[test]
fn a_number_of_the_text_that_no_figure_accounts_for_is_refused() {
    let toml = broken("ont saisi 1900 embarcations", "ont saisi 1900 embarcations et 74 réseaux");
    check_refused(&toml, "Les services ont saisi", "paragraph 2", "the number `74` in \"");
}

#[test]
fn a_year_that_only_dates_something_must_be_declared() {
    let toml = broken("period_quote = \"Depuis 2014\"\n", "");
    check_refused(&toml, "Depuis 2014, environ", "paragraph 1", "the number `2014`");
}

#[test]
fn a_number_claimed_by_two_figures_is_refused() {
    let toml = broken(
        "\n[[events]]",
        "\n[[figures]]\nid = \"again\"\nlabel = \"encore\"\nvalue = 1900\nunit = \"boats\"\nqualifier = \"exact\"\nperiod = \"2018\"\nquote = \"ont saisi 1900\"\n\n[[events]]",
    );
    check_refused(
        &toml,
        "quote = \"ont saisi 1900\"",
        "figure `again`",
        "is already the figure or date of another item",
    );
}

// ---- the text itself -----------------------------------------------------------------------

#[test]
fn paragraphs_must_reproduce_the_source_file() {
    let toml = broken("source_name = \"Une source\"", "source_name = \"Une source\"\nsource_file = \"source.txt\"");
    check_refused(&toml, "Depuis 2014, environ", "paragraph 1", "differs from the source file near \"Un paragraphe.\"");
}

#[test]
fn editorial_text_may_not_type_a_number() {
    let toml = broken("title = \"Un titre\"", "title = \"Les 50 000 de 2018\"");
    check_refused(&toml, "title = \"Les 50 000", "article title", "editorial text may not type a number");
}

#[test]
fn a_label_may_not_type_a_number() {
    let toml = broken("label = \"hausse\"", "label = \"hausse de 12 points\"");
    check_refused(&toml, "label = \"hausse de 12 points\"", "figure `increase`", "may not hold numbers");
}

// ---- charts --------------------------------------------------------------------------------

#[test]
fn a_chart_whose_figures_do_not_fit_its_kind_is_refused() {
    let toml = broken("figures = [\"total\", \"part\", \"rest\"]", "figures = [\"total\", \"boats\", \"rest\"]");
    check_refused(&toml, "kind = \"split-bar\"", "chart `split`", "`boats` must be part_of `total`");
    let toml = broken("kind = \"split-bar\"", "kind = \"pie\"");
    check_refused(&toml, "kind = \"pie\"", "chart `split`", "kind `pie` is not one of");
}

#[test]
fn a_figure_that_no_visual_shows_is_refused() {
    let toml = broken("figures = [\"boats\", \"attempts\", \"increase\"]", "figures = [\"boats\", \"attempts\"]");
    check_refused(&toml, "id = \"increase\"", "figure `increase`", "no visual shows this figure");
}

#[test]
fn corrections_need_full_dates_oldest_first() {
    let log = "\n[[corrections]]\ndate = \"2026-11-29\"\ntext = \"Première publication.\"\n\n[[corrections]]\ndate = \"2026-11-02\"\ntext = \"Une correction.\"\n";
    let toml = format!("{VALID}{log}");
    check_refused(&toml, "date = \"2026-11-02\"", "correction", "oldest first");
    let toml = format!("{VALID}\n[[corrections]]\ndate = \"2026-13-01\"\ntext = \"x\"\n");
    check_refused(&toml, "date = \"2026-13-01\"", "correction", "malformed date");
}

// ---- the file as TOML ----------------------------------------------------------------------

#[test]
fn a_toml_syntax_error_names_its_line() {
    let toml = broken("unit = \"boats\"", "unit = boats");
    check_refused(&toml, "unit = boats", "", "");
}

#[test]
fn an_unknown_field_names_its_line() {
    let toml = broken("unit = \"boats\"", "unit = \"boats\"\ncolour = \"red\"");
    check_refused(&toml, "colour", "", "unknown field `colour`");
}

// ---- translations --------------------------------------------------------------------------

/// The valid file with an English translation of its paragraphs and every text.
fn translated() -> String {
    let mut toml = VALID.replacen("language = \"fr\"\n", "language = \"fr\"\ntranslations = [\"en\"]\n", 1);
    toml.push_str(
        "\n[translation.en]\nparagraphs = [\n  \"Since 2014, about 50,000 people have been helped, including 1,400 for the year 2018.\",\n  \
         \"The services seized 1,900 boats and foiled more than 54,000 attempts, that is 12.5% more.\",\n]\n",
    );
    toml
}

#[test]
fn a_translated_file_needs_every_text_in_every_language() {
    let toml = translated();
    check_refused(
        &toml,
        "title = \"Un titre\"",
        "article title",
        "give this text in each, as `{ fr = \"…\", en = \"…\" }`",
    );
}

#[test]
fn a_translation_s_quotes_are_checked_in_the_translation() {
    let toml = translated()
        .replacen("label = \"personnes aidées\"", "label = { fr = \"personnes aidées\", en = \"people helped\" }", 1)
        .replacen(
            "quote = \"environ 50.000 personnes\"",
            "quote = { fr = \"environ 50.000 personnes\", en = \"about 5,000 people\" }",
            1,
        );
    check_refused(
        &toml,
        "quote = { fr = \"environ 50.000",
        "(en) figure `total`",
        "quote \"about 5,000 people\" is not in the article text",
    );
}

#[test]
fn a_translation_must_have_as_many_paragraphs_as_the_original() {
    let toml = translated().replacen(
        "  \"The services seized 1,900 boats and foiled more than 54,000 attempts, that is 12.5% more.\",\n",
        "",
        1,
    );
    check_refused(&toml, "paragraphs = [\n  \"Since 2014", "translation", "has 1 paragraphs but the original has 2");
}
