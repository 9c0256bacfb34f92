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
        "value 1.9 does not read back from its quote as a number: the quote holds `1,9 million`, read as the number 1900000",
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

// ---- changes -------------------------------------------------------------------------------

/// A figure shown in a chart of its own, as `[[figures]]` and `[[charts]]` entries.
fn figure_in_chart(fields: &str, kind: &str) -> String {
    format!(
        "\n[[figures]]\nid = \"change\"\nlabel = \"départs\"\n{fields}\n\n[[charts]]\nid = \"moves\"\nkind = \"{kind}\"\nfigures = [\"change\"]\ntitle = \"Variation\"\ntakeaway = \"Une variation.\"\n"
    )
}

const FALL: &str = "Les départs ont reculé de 20 % en 2018.";
const FALL_FIGURE: &str =
    "value = -20\nunit = \"percent\"\nqualifier = \"exact\"\nchange = \"relative\"\nperiod = \"2018\"\nquote = \"ont reculé de 20 %\"\nperiod_quote = \"20 % en 2018\"";

#[test]
fn a_fall_is_a_negative_change_and_its_sign_must_agree_with_its_words() {
    let toml = with_paragraph(FALL, &figure_in_chart(FALL_FIGURE, "changes"));
    let stories = run(&toml).unwrap_or_else(|faults| panic!("{faults:?}"));
    let change = stories[0].figures.iter().find(|f| f.id == "change").unwrap();
    assert_eq!((change.value, change.change), (-20.0, Some(content_compiler::story::Change::Relative)));
    let entered_positive = toml.replacen("value = -20", "value = 20", 1);
    check_refused(
        &entered_positive,
        "quote = \"ont reculé",
        "figure `change`",
        "value 20 is a rise but the quote says \"recul…\", a fall",
    );
    assert_eq!(faults(&entered_positive).len(), 1, "{:?}", faults(&entered_positive));
}

#[test]
fn a_change_must_say_which_way_it_goes() {
    let toml = with_paragraph(FALL, &figure_in_chart(FALL_FIGURE, "changes")).replacen(
        "quote = \"ont reculé de 20 %\"",
        "quote = \"de 20 %\"",
        1,
    );
    check_refused(&toml, "quote = \"de 20 %\"", "figure `change`", "a change must say which way it goes");
    // A written sign is a direction too, and must agree.
    let signed = with_paragraph("Les départs: +20 % en 2018.", &figure_in_chart(FALL_FIGURE, "changes")).replacen(
        "quote = \"ont reculé de 20 %\"",
        "quote = \"départs: +20 %\"",
        1,
    );
    check_refused(
        &signed,
        "quote = \"départs: +20",
        "figure `change`",
        "value -20 is a fall but the quote says \"+…\"",
    );
}

#[test]
fn a_rise_over_a_hundred_percent_is_a_relative_change_and_only_a_change_is_negative() {
    let rise = with_paragraph(
        "Les départs ont bondi de 150 % en 2018.",
        &figure_in_chart(
            &FALL_FIGURE
                .replace("-20", "150")
                .replace("ont reculé de 20 %", "ont bondi de 150 %")
                .replace("20 % en", "150 % en"),
            "changes",
        ),
    );
    run(&rise).unwrap_or_else(|faults| panic!("{faults:?}"));
    let as_share = rise.replacen("change = \"relative\"\n", "", 1);
    check_refused(&as_share, "value = 150", "figure `change`", "a percentage must lie between 0 and 100, not 150");
    let negative =
        with_paragraph(FALL, &figure_in_chart(&FALL_FIGURE.replace("change = \"relative\"\n", ""), "stat-tiles"));
    check_refused(&negative, "value = -20", "figure `change`", "value -20 is negative: only a change may be");
}

#[test]
fn a_change_in_points_is_in_percentage_points() {
    let points = "value = -2\nunit = \"points\"\nqualifier = \"exact\"\nchange = \"points\"\nperiod = \"2018\"\nquote = \"a baissé de 2 points\"\nperiod_quote = \"points en 2018\"";
    let unit = "\n[[units]]\nid = \"points\"\nkind = \"percentage_point\"\nsingular = \"point\"\nplural = \"points\"\n";
    let toml = with_paragraph("Le taux a baissé de 2 points en 2018.", &(figure_in_chart(points, "changes") + unit));
    run(&toml).unwrap_or_else(|faults| panic!("{faults:?}"));
    check_refused(
        &toml.replacen("unit = \"points\"", "unit = \"percent\"", 1),
        "unit = \"percent\"\nqualifier = \"exact\"\nchange",
        "figure `change`",
        "a `points` change needs a `percentage_point` unit, and `percent` is a `percent` unit",
    );
    check_refused(
        &toml.replacen("change = \"points\"\n", "", 1),
        "unit = \"points\"",
        "figure `change`",
        "a percentage point is a difference between two percentages",
    );
}

#[test]
fn changes_are_drawn_only_as_changes_and_never_combined() {
    let toml = with_paragraph(FALL, &figure_in_chart(FALL_FIGURE, "bars")).replacen(
        "figures = [\"change\"]",
        "figures = [\"change\", \"increase\"]",
        1,
    );
    check_refused(&toml, "kind = \"bars\"", "chart `moves`", "`change` is a change: draw changes in a `changes` chart");
    let in_changes = broken("kind = \"stat-tiles\"", "kind = \"changes\"");
    check_refused(&in_changes, "kind = \"changes\"", "chart `tiles`", "one unit");
    let formula = with_paragraph(FALL, &figure_in_chart(FALL_FIGURE, "changes"))
        + "\n[[figures]]\nid = \"sum\"\nlabel = \"somme\"\nformula = \"increase + change\"\nperiod = \"2018\"\n";
    let faults = faults(&formula);
    assert!(faults.iter().any(|f| f.contains("figure `sum`") && f.contains("`change` is a change")), "{faults:?}");
}

#[test]
fn bars_compare_figures_of_one_unit() {
    let toml = broken(
        "kind = \"stat-tiles\"\nfigures = [\"boats\", \"attempts\", \"increase\"]",
        "kind = \"bars\"\nfigures = [\"boats\", \"attempts\", \"increase\"]",
    );
    check_refused(&toml, "kind = \"bars\"", "chart `tiles`", "`boats` is in `boats` and `attempts` in `attempts`");
}

// ---- number words --------------------------------------------------------------------------

#[test]
fn a_number_in_words_is_accounted_for_like_digits() {
    let toml = with_paragraph("Deux services ont agi.", "");
    check_refused(
        &toml,
        "Deux services",
        "paragraph 3",
        "the number `Deux` in \"…Deux services ont agi.…\" is not accounted for",
    );
    let explained = with_paragraph(
        "Deux services ont agi.",
        "\n[[not_figures]]\nquote = \"Deux services\"\nreason = \"Les services ne sont pas comptés.\"\n",
    );
    run(&explained).unwrap_or_else(|faults| panic!("{faults:?}"));
    check_refused(
        &explained.replacen("Les services ne sont pas comptés.", " ", 1),
        "reason = \" \"",
        "not_figures",
        "say why this number is not a figure",
    );
    check_refused(
        &explained.replacen("quote = \"Deux services\"", "quote = \"services ont agi\"", 1),
        "quote = \"services ont agi\"",
        "not_figures",
        "the quote holds no number",
    );
}

#[test]
fn a_fraction_in_words_is_a_share_and_is_written_as_the_text_writes_it() {
    let share = "value = \"1/2\"\nunit = \"percent\"\nqualifier = \"exact\"\nperiod = \"2018\"\nperiod_quote = \"embarcations en 2018\"\nquote = \"la moitié des embarcations\"\nshare_of = \"boats\"";
    let toml =
        with_paragraph("Ils ont détruit la moitié des embarcations en 2018.", &figure_in_chart(share, "stat-tiles"));
    let stories = run(&toml).unwrap_or_else(|faults| panic!("{faults:?}"));
    let half = stories[0].figures.iter().find(|f| f.id == "change").unwrap();
    assert_eq!((half.value, half.fraction), (50.0, Some((1, 2))));
    check_refused(
        &toml.replacen("value = \"1/2\"", "value = \"1/3\"", 1),
        "quote = \"la moitié",
        "figure `change`",
        "does not read back from its quote as a percentage: the quote holds `moitié`, read as the percentage 50",
    );
    check_refused(
        &toml.replacen("value = \"1/2\"", "value = \"half\"", 1),
        "value = \"half\"",
        "figure `change`",
        "a value in quotes is a fraction",
    );
}

#[test]
fn a_number_word_that_is_approximate_needs_its_qualifier() {
    let about = "value = 10\nunit = \"boats\"\nqualifier = \"exact\"\nperiod = \"2018\"\nperiod_quote = \"bateaux en 2018\"\nquote = \"une dizaine de bateaux\"";
    let toml = with_paragraph("Ils ont vu une dizaine de bateaux en 2018.", &figure_in_chart(about, "stat-tiles"));
    check_refused(
        &toml,
        "quote = \"une dizaine",
        "figure `change`",
        "qualifier is `exact` but the quote says \"une dizaine\" (approximately)",
    );
    run(&toml.replacen(
        "qualifier = \"exact\"\nperiod = \"2018\"\nperiod_quote = \"bateaux",
        "qualifier = \"approximately\"\nperiod = \"2018\"\nperiod_quote = \"bateaux",
        1,
    ))
    .unwrap_or_else(|faults| panic!("{faults:?}"));
}

// ---- quarters, relative periods and targets ------------------------------------------------

const QUARTER_FIGURE: &str = "value = 300\nunit = \"boats\"\nqualifier = \"exact\"\nperiod = \"2018-Q1\"\nperiod_quote = \"au premier trimestre\"\nquote = \"300 bateaux\"";

#[test]
fn a_quarter_without_its_year_is_the_statement_s_and_sources_say_so() {
    let toml = with_paragraph(
        "Ils ont saisi 300 bateaux au premier trimestre.",
        &figure_in_chart(QUARTER_FIGURE, "stat-tiles"),
    );
    let stories = run(&toml).unwrap_or_else(|faults| panic!("{faults:?}"));
    let quarter = stories[0].figures.iter().find(|f| f.id == "change").unwrap();
    assert_eq!(quarter.period.map(|p| p.key()), Some("2018-Q1".to_string()));
    assert!(quarter.relative, "Sources and method state the rule");
    check_refused(
        &toml.replacen("period = \"2018-Q1\"", "period = \"2017-Q1\"", 1),
        "period_quote = \"au premier",
        "figure `change`",
        "period quote \"au premier trimestre\" means `2018-Q1` (the latest one that ended before the statement's date, `2018-09`), but the period is `2017-Q1`",
    );
    let with_year = with_paragraph(
        "Ils ont saisi 300 bateaux au premier trimestre 2018.",
        &figure_in_chart(QUARTER_FIGURE, "stat-tiles"),
    )
    .replacen("period_quote = \"au premier trimestre\"", "period_quote = \"au premier trimestre 2018\"", 1);
    run(&with_year).unwrap_or_else(|faults| panic!("{faults:?}"));
    check_refused(
        &with_year.replacen("period = \"2018-Q1\"", "period = \"2018-Q2\"", 1),
        "period_quote = \"au premier",
        "figure `change`",
        "period quote \"au premier trimestre 2018\" names `2018-Q1`, but the period is `2018-Q2`",
    );
    check_refused(
        &toml.replacen("period = \"2018-Q1\"", "period = \"2018-Q5\"", 1),
        "period = \"2018-Q5\"",
        "figure `change`",
        "malformed period `2018-Q5`",
    );
}

#[test]
fn a_target_may_lie_after_the_statement_and_must_be_one_in_the_text() {
    let target = "value = 3000\nunit = \"boats\"\nqualifier = \"exact\"\noutlook = \"target\"\nperiod = \"2020\"\nperiod_quote = \"d'ici 2020\"\nquote = \"3000 bateaux\"";
    let toml = with_paragraph("L'objectif est de saisir 3000 bateaux d'ici 2020.", &figure_in_chart(target, "bars"))
        .replacen("figures = [\"change\"]", "figures = [\"change\", \"boats\"]", 1);
    let stories = run(&toml).unwrap_or_else(|faults| panic!("{faults:?}"));
    let aim = stories[0].figures.iter().find(|f| f.id == "change").unwrap();
    assert_eq!(aim.outlook, Some(content_compiler::story::Outlook::Target));
    check_refused(
        &toml.replacen("outlook = \"target\"\n", "", 1),
        "period = \"2020\"",
        "figure `change`",
        "period `2020` goes past the statement's date, `2018-09`: only a target or a forecast",
    );
    let unsaid = toml
        .replacen("L'objectif est de saisir 3000 bateaux d'ici 2020.", "Ils saisiront 3000 bateaux en 2020.", 1)
        .replacen("period_quote = \"d'ici 2020\"", "period_quote = \"en 2020\"", 1);
    check_refused(&unsaid, "quote = \"3000 bateaux\"", "figure `change`", "a target must be stated as one");
}

#[test]
fn an_event_may_be_a_span_or_a_plan_after_the_statement() {
    let span = "\n[[events]]\nid = \"plan\"\ndate = \"2018-01..2018-06\"\nlabel = \"Le plan\"\nquote = \"de janvier à juin 2018\"\n";
    let toml = with_paragraph("Le plan a couru de janvier à juin 2018.", span);
    let stories = run(&toml).unwrap_or_else(|faults| panic!("{faults:?}"));
    let plan = stories[0].events.iter().find(|e| e.id == "plan").unwrap();
    assert_eq!((plan.date.key(), plan.until.map(|d| d.key())), ("2018-01".to_string(), Some("2018-06".to_string())));
    check_refused(
        &toml.replacen("date = \"2018-01..2018-06\"", "date = \"2018-06..2018-01\"", 1),
        "date = \"2018-06..2018-01\"",
        "event `plan`",
        "must end after it starts",
    );
    check_refused(
        &toml.replacen("quote = \"de janvier à juin 2018\"", "quote = \"de janvier à juin\"", 1),
        "quote = \"de janvier à juin\"",
        "event `plan`",
        "does not hold the event's year 2018",
    );
    let later = "\n[[events]]\nid = \"aim\"\ndate = \"2030\"\noutlook = \"target\"\nlabel = \"Le but\"\nquote = \"objectif pour 2030\"\n";
    let toml = with_paragraph("Un objectif pour 2030.", later);
    let stories = run(&toml).unwrap_or_else(|faults| panic!("{faults:?}"));
    assert!(stories[0].events.iter().any(|e| e.id == "aim" && e.outlook.is_some()));
    check_refused(
        &toml.replacen("outlook = \"target\"\n", "", 1),
        "date = \"2030\"",
        "event `aim`",
        "a plan or an expectation can: add `outlook`",
    );
}

// ---- drafts and publishing ---------------------------------------------------------------------

#[test]
fn a_published_file_with_a_check_mark_is_refused_on_the_marks_line() {
    let marked = broken("label = \"personnes aidées\"", "label = \"personnes aidées\"  # check: the drafter's guess");
    check_refused(&marked, "# check: the drafter's guess", "", "a `# check:` mark is left");
    // `published` said or not: a file without `status` is published.
    let said = marked.replacen("language = \"fr\"", "language = \"fr\"\nstatus = \"published\"", 1);
    check_refused(&said, "# check: the drafter's guess", "", "a `# check:` mark is left");
}

#[test]
fn a_draft_may_hold_check_marks_and_says_it_is_a_draft() {
    let draft = broken("label = \"personnes aidées\"", "label = \"personnes aidées\"  # check: a guess").replacen(
        "language = \"fr\"",
        "language = \"fr\"\nstatus = \"draft\"",
        1,
    );
    let stories = run(&draft).unwrap_or_else(|faults| panic!("{faults:?}"));
    assert!(stories.iter().all(|story| story.meta.draft));
    assert!(run(VALID).unwrap().iter().all(|story| !story.meta.draft), "a file without `status` is published");
}

#[test]
fn a_check_mark_inside_a_string_is_text_not_a_mark() {
    let toml = broken("title = \"Un titre\"", "title = \"Un titre # check: pas une marque\"");
    assert!(run(&toml).is_ok(), "{:?}", faults(&toml));
    assert_eq!(content_compiler::raw::check_marks("a = '''x\n# check: y'''\nb = 1 # check: z\n"), vec![3]);
    assert_eq!(content_compiler::raw::check_marks("a = \"q\\\" # check: no\" #check: yes\n"), vec![1]);
}

#[test]
fn an_unknown_status_is_refused() {
    let toml = broken("language = \"fr\"", "language = \"fr\"\nstatus = \"final\"");
    check_refused(&toml, "status = \"final\"", "article", "status `final` is not one of: `draft`, `published`");
}
