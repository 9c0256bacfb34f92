//! The rules that keep the next article exact: every decimal its text writes, scale words
//! after number words, plans and their parts, lengths of time and starts the text names,
//! changes from a named base, parts of a year without their year, and no silent bend (a quote
//! that says a thing moved or is planned is a change or a plan, or the file says why not).
//! Each test starts from the same small valid file as `rules.rs`, adds a paragraph of its own
//! and a figure, and breaks one thing.

mod common;

use common::*;
use content_compiler::story::{Change, Date, Duration, Outlook, Qualifier, Scale, Story, TimeUnit};

/// `fields` as a figure `id`, shown in a chart of its own of `kind`.
fn figure(id: &str, fields: &str, kind: &str) -> String {
    format!(
        "\n[[figures]]\nid = \"{id}\"\nlabel = \"concernés\"\n{fields}\n\n[[charts]]\nid = \"chart-{id}\"\nkind = \"{kind}\"\nfigures = [\"{id}\"]\ntitle = \"Un graphique\"\ntakeaway = \"Une phrase.\"\n"
    )
}

const UNITS: &str = "\n[[units]]\nid = \"pupils\"\nkind = \"count\"\nsingular = \"élève\"\nplural = \"élèves\"\n\n[[units]]\nid = \"eur\"\nkind = \"currency\"\ncurrency = \"EUR\"\nsingular = \"euro\"\nplural = \"euros\"\n\n[[units]]\nid = \"points\"\nkind = \"percentage_point\"\nsingular = \"point\"\nplural = \"points\"\n";

fn accepted(toml: &str) -> Vec<Story> {
    run(toml).unwrap_or_else(|faults| panic!("{}", faults.iter().map(|f| f.to_string()).collect::<Vec<_>>().join("\n")))
}

fn find<'a>(stories: &'a [Story], id: &str) -> &'a content_compiler::story::Figure {
    stories[0].figures.iter().find(|f| f.id == id).unwrap_or_else(|| panic!("no figure `{id}`"))
}

// ---- precision -------------------------------------------------------------------------------

#[test]
fn a_figure_keeps_the_decimals_its_quote_writes() {
    let rate =
        "value = 3.25\nunit = \"percent\"\nqualifier = \"exact\"\nperiod = \"2018\"\nperiod_quote = \"en 2018\"\nquote = \"un taux de 3,25 %\"";
    let toml = with_paragraph("La banque a fixé un taux de 3,25 % en 2018.", &figure("rate", rate, "stat-tiles"));
    let rate = find(&accepted(&toml), "rate").clone();
    assert_eq!((rate.value, rate.decimals), (3.25, 2));
    // The digits must be the quote's, as before: 3,3 is not 3,25.
    check_refused(
        &toml.replacen("value = 3.25", "value = 3.3", 1),
        "quote = \"un taux de 3,25 %\"",
        "figure `rate`",
        "value 3.3 does not read back",
    );
    let precise =
        "value = 1234.567\nunit = \"eur\"\nqualifier = \"exact\"\nperiod = \"2018\"\nperiod_quote = \"en 2018\"\nquote = \"1 234,567 euros\"";
    let toml =
        with_paragraph("Le fonds a versé 1 234,567 euros en 2018.", &(figure("fund", precise, "stat-tiles") + UNITS));
    assert_eq!(find(&accepted(&toml), "fund").decimals, 3);
}

#[test]
fn a_computed_figure_is_written_at_the_precision_its_operands_justify() {
    let items = format!(
        "{}{}\n[[figures]]\nid = \"share-count\"\nlabel = \"boursiers\"\nformula = \"share of pupils\"\nperiod = \"2018\"\n",
        figure(
            "pupils",
            "value = 1234\nunit = \"pupils\"\nqualifier = \"exact\"\nperiod = \"2018\"\nperiod_quote = \"en 2018\"\nquote = \"1234 élèves\"",
            "stat-tiles"
        ),
        figure(
            "share",
            "value = 12.25\nunit = \"percent\"\nqualifier = \"exact\"\nperiod = \"2018\"\nquote = \"dont 12,25 %\"\nshare_of = \"pupils\"",
            "stat-tiles"
        ),
    )
    .replacen("figures = [\"share\"]", "figures = [\"share\", \"share-count\"]", 1)
        + UNITS;
    let toml = with_paragraph("Le lycée comptait 1234 élèves en 2018, dont 12,25 % de boursiers.", &items);
    let stories = accepted(&toml);
    let count = find(&stories, "share-count");
    // 12,25 % × 1 234 = 151,1665: a count of pupils is whole, and no longer exact.
    assert_eq!((count.value, count.decimals, count.rounded), (151.0, 0, true));
    assert_eq!(count.qualifier, Qualifier::Approximately);
    // A difference of exact figures is exact: 22 000 − 1 400 in the valid file.
    let rest = find(&accepted(VALID), "rest").clone();
    assert_eq!((rest.value, rest.rounded), (48_600.0, false));
}

// ---- scale words after number words ------------------------------------------------------------

#[test]
fn a_number_word_before_a_scale_word_is_one_number() {
    let pupils =
        "value = 3000000\nunit = \"pupils\"\nqualifier = \"approximately\"\nperiod = \"2018\"\nquote = \"près de trois millions d'élèves\"";
    let toml = with_paragraph(
        "En 2018, près de trois millions d'élèves ont repris les cours.",
        &(figure("pupils", pupils, "stat-tiles") + UNITS),
    )
    .replacen(
        "period = \"2018\"\nquote = \"près",
        "period = \"2018\"\nperiod_quote = \"En 2018\"\nquote = \"près",
        1,
    );
    let stories = accepted(&toml);
    let figure = find(&stories, "pupils");
    assert_eq!((figure.value, figure.scale), (3e6, Some(Scale::Million)));
    // The number as the words alone would read it is refused, and the message says how the
    // quote reads, not that the text says 3.
    check_refused(
        &toml.replacen("value = 3000000", "value = 3", 1),
        "quote = \"près de trois millions",
        "figure `pupils`",
        "the quote holds `trois millions`, read as the number 3000000",
    );
}

// ---- qualifiers bound the number -------------------------------------------------------------

#[test]
fn a_qualifier_is_read_from_the_words_that_bound_the_number() {
    // "over" belongs to "four years", not to the money after it.
    let part = "value = 500000000\nunit = \"eur\"\nqualifier = \"exact\"\noutlook = \"forecast\"\nperiod = \"P4Y\"\nperiod_quote = \"sur quatre ans\"\nquote = \"prévoit sur quatre ans, dont 500 millions d'euros\"";
    let toml = with_paragraph(
        "Le plan prévoit sur quatre ans, dont 500 millions d'euros pour les écoles.",
        &(figure("schools", part, "stat-tiles") + UNITS),
    );
    let stories = accepted(&toml);
    assert_eq!(find(&stories, "schools").qualifier, Qualifier::Exact);
    let over = with_paragraph(
        "Ils ont reçu plus de 500 millions d'euros.",
        &(figure(
            "grants",
            "value = 500000000\nunit = \"eur\"\nqualifier = \"exact\"\nperiod = \"unspecified\"\nquote = \"plus de 500 millions d'euros\"",
            "stat-tiles",
        ) + UNITS),
    );
    check_refused(
        &over,
        "quote = \"plus de 500",
        "figure `grants`",
        "qualifier is `exact` but the quote says \"plus de\"",
    );
}

// ---- plans and their parts ---------------------------------------------------------------------

const PLAN_TEXT: &str =
    "Le gouvernement prévoit d'investir 2 milliards d'euros sur quatre ans, dont 500 millions pour les dépôts de douze villes.";

fn plan(part_fields: &str) -> String {
    let plan = "value = 2000000000\nunit = \"eur\"\nqualifier = \"exact\"\noutlook = \"forecast\"\nperiod = \"P4Y\"\nperiod_quote = \"sur quatre ans\"\nquote = \"prévoit d'investir 2 milliards\"";
    let rest = "\n[[figures]]\nid = \"rest\"\nlabel = \"pour le reste\"\nformula = \"plan - depots\"\nperiod = \"P4Y\"\npart_of = \"plan\"\n";
    let towns = "\n[[figures]]\nid = \"towns\"\nlabel = \"villes\"\nvalue = 12\nunit = \"towns\"\nqualifier = \"exact\"\nperiod = \"P4Y\"\nperiod_quote = \"sur quatre ans\"\nquote = \"douze villes\"\ndetail_of = \"plan\"\n\n[[units]]\nid = \"towns\"\nkind = \"count\"\nsingular = \"ville\"\nplural = \"villes\"\n";
    let chart = "\n[[charts]]\nid = \"plan-chart\"\nkind = \"split-bar\"\nfigures = [\"plan\", \"depots\", \"rest-of-plan\"]\ntitle = \"Le plan\"\ntakeaway = \"Le plan.\"\n";
    let items = format!(
        "\n[[figures]]\nid = \"plan\"\nlabel = \"à investir\"\n{plan}\n\n[[figures]]\nid = \"depots\"\nlabel = \"pour les dépôts\"\n{part_fields}\n{}{}{chart}\n[[charts]]\nid = \"towns-chart\"\nkind = \"stat-tiles\"\nfigures = [\"towns\"]\ntitle = \"Villes\"\ntakeaway = \"Des villes.\"\n{UNITS}",
        rest.replace("id = \"rest\"", "id = \"rest-of-plan\""),
        towns,
    );
    with_paragraph(PLAN_TEXT, &items)
}

const DEPOTS: &str = "value = 500000000\nunit = \"eur\"\nqualifier = \"exact\"\nperiod = \"P4Y\"\nperiod_quote = \"sur quatre ans\"\nquote = \"dont 500 millions\"\npart_of = \"plan\"";

#[test]
fn a_plan_s_parts_and_details_are_planned_too() {
    let stories = accepted(&plan(DEPOTS));
    for id in ["plan", "depots", "rest-of-plan", "towns"] {
        assert_eq!(find(&stories, id).outlook, Some(Outlook::Forecast), "{id}");
    }
    let whole = find(&stories, "plan");
    assert_eq!(whole.duration, Some(Duration { count: 4, unit: TimeUnit::Year }));
    assert_eq!(whole.period, None, "the text gives its length, not its start");
    // A fact may not be subtracted from a plan.
    let fact = plan(&DEPOTS.replace("part_of = \"plan\"", "")).replacen(
        "period = \"P4Y\"\nperiod_quote = \"sur quatre ans\"\nquote = \"dont",
        "period = \"2018\"\nquote = \"dont",
        1,
    );
    let faults = faults(&fact);
    assert!(faults.iter().any(|f| f.contains("figure `rest-of-plan`") && f.contains("not a fact")), "{faults:?}");
    // A detail names a plan.
    let toml = plan(DEPOTS).replacen("detail_of = \"plan\"", "detail_of = \"depotz\"", 1);
    check_refused(&toml, "detail_of = \"depotz\"", "figure `towns`", "did you mean `depots`?");
}

// ---- lengths of time and starts the text names -----------------------------------------------------

#[test]
fn a_length_of_time_is_read_from_its_words_and_never_dated() {
    let quick = "value = 1200\nunit = \"pupils\"\nqualifier = \"exact\"\nperiod = \"P3M\"\nperiod_quote = \"En trois mois\"\nquote = \"1200 élèves\"";
    let toml =
        with_paragraph("En trois mois, 1200 élèves ont été inscrits.", &(figure("quick", quick, "stat-tiles") + UNITS));
    let stories = accepted(&toml);
    let figure = find(&stories, "quick");
    assert_eq!((figure.period, figure.duration), (None, Some(Duration { count: 3, unit: TimeUnit::Month })));
    check_refused(
        &toml.replacen("period = \"P3M\"", "period = \"P4M\"", 1),
        "period_quote = \"En trois mois\"",
        "figure `quick`",
        "does not hold the length `P4M` with its unit",
    );
    check_refused(
        &toml.replacen("period = \"P3M\"", "period = \"P3Y\"", 1),
        "period_quote = \"En trois mois\"",
        "figure `quick`",
        "does not hold the length `P3Y`",
    );
    check_refused(
        &toml.replacen("period_quote = \"En trois mois\"\n", "", 1),
        "period = \"P3M\"",
        "figure `quick`",
        "a length of time is read from the text: add `period_quote`",
    );
    check_refused(
        &toml.replacen("period = \"P3M\"", "period = \"P3X\"", 1),
        "period = \"P3X\"",
        "figure `quick`",
        "malformed period",
    );
}

#[test]
fn a_start_the_text_names_without_a_date_is_kept_in_its_words() {
    let since = "value = 1200\nunit = \"pupils\"\nqualifier = \"exact\"\nperiod = \"since\"\nperiod_quote = \"Depuis l'installation du gouvernement\"\nquote = \"1200 élèves\"";
    let toml = with_paragraph(
        "Depuis l'installation du gouvernement, 1200 élèves ont été inscrits.",
        &(figure("since", since, "stat-tiles") + UNITS),
    );
    let stories = accepted(&toml);
    let figure = find(&stories, "since");
    assert!(figure.since && figure.period.is_none());
    assert_eq!(figure.period_quote.as_deref(), Some("Depuis l'installation du gouvernement"));
    check_refused(
        &toml.replacen(
            "period_quote = \"Depuis l'installation du gouvernement\"",
            "period_quote = \"l'installation du gouvernement\"",
            1,
        ),
        "period_quote = \"l'installation",
        "figure `since`",
        "does not start so",
    );
}

// ---- a change from a named base ------------------------------------------------------------------

#[test]
fn a_change_may_name_its_base_and_the_base_year_is_accounted_for() {
    let rise = "value = 4\nunit = \"points\"\nqualifier = \"exact\"\nchange = \"points\"\nperiod = \"2018\"\nperiod_quote = \"en 2018\"\nbase = \"2016\"\nbase_quote = \"par rapport à 2016\"\nquote = \"a progressé de 4 points\"";
    let toml = with_paragraph(
        "Le taux a progressé de 4 points en 2018 par rapport à 2016.",
        &(figure("rise", rise, "changes") + UNITS),
    );
    let stories = accepted(&toml);
    assert_eq!(find(&stories, "rise").base, Some(Date::year(2016)));
    check_refused(
        &toml.replacen("base = \"2016\"", "base = \"2015\"", 1),
        "base_quote = \"par rapport",
        "figure `rise`",
        "does not hold the year 2015",
    );
    // Without a base, the year it is compared with is unaccounted for.
    let unbased = toml.replacen("base = \"2016\"\nbase_quote = \"par rapport à 2016\"\n", "", 1);
    let faults = faults(&unbased);
    assert!(faults.iter().any(|f| f.contains("the number `2016`")), "{faults:?}");
    // Only a change has a base.
    let level = "value = 4\nunit = \"pupils\"\nqualifier = \"exact\"\nperiod = \"2018\"\nbase = \"2016\"\nbase_quote = \"par rapport à 2016\"\nquote = \"4 élèves\"";
    let toml = with_paragraph(
        "Il reste 4 élèves en 2018 par rapport à 2016.",
        &(figure("level", level, "stat-tiles") + UNITS),
    );
    check_refused(&toml, "base = \"2016\"", "figure `level`", "only a change has a base");
}

// ---- parts of a year without their year -----------------------------------------------------------

/// A file whose statement is of `date`, with a figure of `period` quoted by "au quatrième trimestre".
fn quarter(date: &str, period: &str, outlook: bool) -> String {
    let fields = format!(
        "value = 300\nunit = \"pupils\"\nqualifier = \"exact\"\n{}period = \"{period}\"\nperiod_quote = \"au quatrième trimestre\"\nquote = \"{}\"",
        if outlook { "outlook = \"target\"\n" } else { "" },
        if outlook { "objectif est de 300 élèves" } else { "300 élèves" }
    );
    let text = if outlook {
        "L'objectif est de 300 élèves au quatrième trimestre."
    } else {
        "Ils ont inscrit 300 élèves au quatrième trimestre."
    };
    with_paragraph(text, &(figure("quarter", &fields, "stat-tiles") + UNITS)).replacen(
        "date = \"2018-09\"",
        &format!("date = \"{date}\""),
        1,
    )
}

#[test]
fn a_quarter_without_its_year_is_the_last_one_ended_before_the_statement() {
    // A statement of March 2019: its fourth quarter is 2018's.
    let stories = accepted(&quarter("2019-03", "2018-Q4", false));
    assert!(find(&stories, "quarter").relative);
    check_refused(
        &quarter("2019-03", "2019-Q4", false),
        "period_quote = \"au quatrième trimestre\"",
        "figure `quarter`",
        "means `2018-Q4` (the latest one that ended before the statement's date, `2019-03`), but the period is `2019-Q4`",
    );
    // A plan's is the next one to come.
    accepted(&quarter("2019-03", "2019-Q4", true));
}

#[test]
fn over_the_same_period_is_the_period_of_the_figure_before() {
    let items = format!(
        "{}{}{UNITS}",
        figure("first", "value = 300\nunit = \"pupils\"\nqualifier = \"exact\"\nperiod = \"2017\"\nperiod_quote = \"En 2017\"\nquote = \"300 élèves\"", "stat-tiles"),
        figure("second", "value = 40\nunit = \"pupils\"\nqualifier = \"exact\"\nperiod = \"2017\"\nperiod_quote = \"sur la même période\"\nquote = \"40 élèves\"", "stat-tiles"),
    );
    let toml = with_paragraph("En 2017, 300 élèves sont entrés et 40 élèves sont partis sur la même période.", &items);
    accepted(&toml);
    check_refused(
        &toml.replacen("period = \"2017\"\nperiod_quote = \"sur", "period = \"2016\"\nperiod_quote = \"sur", 1),
        "period_quote = \"sur la même période\"",
        "figure `second`",
        "means the period of `first`, the figure before it in the text: `2017`, but the period is `2016`",
    );
}

// ---- no silent bend -----------------------------------------------------------------------------

const FALL_TEXT: &str = "Les départs ont reculé de 12 % en 2018.";

#[test]
fn a_quote_that_says_a_thing_moved_is_a_change_or_says_why_not() {
    let level =
        "value = 12\nunit = \"percent\"\nqualifier = \"exact\"\nperiod = \"2018\"\nperiod_quote = \"en 2018\"\nquote = \"ont reculé de 12 %\"";
    let toml = with_paragraph(FALL_TEXT, &figure("fall", level, "stat-tiles"));
    check_refused(
        &toml,
        "quote = \"ont reculé de 12 %\"",
        "figure `fall`",
        "the quote says \"recul\", a fall, but the figure is not a change: write `change = \"relative\"` and `value = -12`",
    );
    // Said why: accepted, and the reason is kept for Sources and method.
    let declined = toml.replacen(
        "quote = \"ont reculé de 12 %\"",
        "quote = \"ont reculé de 12 %\"\nchange = \"none\"\nreason = \"Le texte donne ici un niveau.\"",
        1,
    );
    assert!(!find(&accepted(&declined), "fall").reason.is_empty());
    check_refused(
        &declined.replacen("reason = \"Le texte donne ici un niveau.\"\n", "", 1),
        "id = \"fall\"",
        "figure `fall`",
        "say in `reason` why",
    );
    // The level a thing reached is no change: `a reculé à 7 %`.
    let reached = with_paragraph(
        "Le taux a reculé à 7 % en 2018.",
        &figure(
            "rate",
            "value = 7\nunit = \"percent\"\nqualifier = \"exact\"\nperiod = \"2018\"\nperiod_quote = \"en 2018\"\nquote = \"a reculé à 7 %\"",
            "stat-tiles",
        ),
    );
    accepted(&reached);
    // `none` where the quote says nothing of the kind is refused too.
    let idle = broken(
        "quote = \"saisi 1900 embarcations\"",
        "quote = \"saisi 1900 embarcations\"\nchange = \"none\"\nreason = \"Rien.\"",
    );
    check_refused(&idle, "change = \"none\"", "figure `boats`", "this quote has none: remove it");
}

#[test]
fn a_quote_that_says_a_thing_is_planned_is_a_plan_or_says_why_not() {
    let fact =
        "value = 3000\nunit = \"pupils\"\nqualifier = \"exact\"\nperiod = \"2018\"\nperiod_quote = \"en 2018\"\nquote = \"vise 3000 élèves\"";
    let toml = with_paragraph("L'académie vise 3000 élèves en 2018.", &(figure("aim", fact, "stat-tiles") + UNITS));
    check_refused(
        &toml,
        "quote = \"vise 3000",
        "figure `aim`",
        "the quote says \"vise\", the words of a target, but the figure has no `outlook`",
    );
    accepted(&toml.replacen("quote = \"vise 3000 élèves\"", "quote = \"vise 3000 élèves\"\noutlook = \"target\"", 1));
    accepted(&toml.replacen(
        "quote = \"vise 3000 élèves\"",
        "quote = \"vise 3000 élèves\"\noutlook = \"none\"\nreason = \"Un fait, malgré le verbe.\"",
        1,
    ));
}

#[test]
fn a_placeholder_next_to_its_own_qualifier_is_refused_with_the_fix() {
    let toml = broken("takeaway = \"{boats} embarcations.\"", "takeaway = \"Plus de {attempts} tentatives.\"");
    check_refused(
        &toml,
        "takeaway = \"Plus de {attempts}",
        "chart `tiles` takeaway",
        "\"Plus de {attempts}\": `{attempts}` writes the figure with its own qualifier",
    );
}

#[test]
fn a_period_no_words_give_is_the_editor_s_dating() {
    let stories = accepted(VALID);
    // `Depuis 2014` gives the total's period; the boats' `2018` is the editor's.
    assert!(find(&stories, "total").period_quote.is_some());
    assert_eq!(find(&stories, "boats").period_quote, None);
    // The part's `2018` stands in the text, but not in its quote: the editor dated it.
    assert_eq!(find(&stories, "part").period_quote, None);
    // A change is a change: the kind the compiler needs is kept.
    assert_eq!(find(&stories, "increase").change, None::<Change>);
}

#[test]
fn a_month_is_the_text_s_named_or_the_end_or_start_of_a_year() {
    let fields = |period: &str| {
        format!("value = 300\nunit = \"pupils\"\nqualifier = \"exact\"\nperiod = \"{period}\"\nperiod_quote = \"fin 2017\"\nquote = \"300 élèves\"")
    };
    let toml = |period: &str| {
        with_paragraph("Il restait 300 élèves fin 2017.", &(figure("stock", &fields(period), "stat-tiles") + UNITS))
    };
    accepted(&toml("2017-12"));
    accepted(&toml("2017"));
    check_refused(
        &toml("2017-06"),
        "period_quote = \"fin 2017\"",
        "figure `stock`",
        "names no month `2017-06` stands for",
    );
    assert_eq!(faults(&toml("2017-06")).len(), 1, "the year is not reported again: {:?}", faults(&toml("2017-06")));
}

#[test]
fn by_a_year_is_a_target_s_words() {
    let event =
        "\n[[events]]\nid = \"aim\"\ndate = \"2020\"\noutlook = \"target\"\nlabel = \"Le but\"\nquote = \"by 2020\"\n";
    let toml = with_paragraph("Ten more schools by 2020.", event).replacen("language = \"fr\"", "language = \"en\"", 1);
    // The valid file is French: only the event's own rule is looked at here.
    let faults = faults(&toml);
    assert!(!faults.iter().any(|f| f.contains("event `aim`")), "{faults:?}");
}

#[test]
fn a_same_period_after_a_refused_figure_is_not_a_second_fault() {
    let items = format!(
        "{}{}{UNITS}",
        figure("first", "value = 300\nunit = \"pupils\"\nqualifier = \"exact\"\nperiod = \"2016\"\nperiod_quote = \"En 2017\"\nquote = \"300 élèves\"", "stat-tiles"),
        figure("second", "value = 40\nunit = \"pupils\"\nqualifier = \"exact\"\nperiod = \"2017\"\nperiod_quote = \"sur la même période\"\nquote = \"40 élèves\"", "stat-tiles"),
    );
    let toml = with_paragraph("En 2017, 300 élèves sont entrés et 40 élèves sont partis sur la même période.", &items);
    let faults = faults(&toml);
    assert_eq!(faults.len(), 1, "{faults:?}");
    assert!(faults[0].contains("figure `first`"), "{faults:?}");
}

// ---- found in review ---------------------------------------------------------------------------

#[test]
fn a_length_s_start_is_the_text_s_or_the_statement_s_by_its_words() {
    let fields = |period: &str, quote: &str| {
        format!("value = 300\nunit = \"pupils\"\nqualifier = \"exact\"\noutlook = \"target\"\nperiod = \"{period}\"\nperiod_quote = \"{quote}\"\nquote = \"vise 300 élèves\"")
    };
    let toml = |text: &str, period: &str, quote: &str| {
        with_paragraph(text, &(figure("aim", &fields(period, quote), "stat-tiles") + UNITS))
    };
    // "sur trois ans" gives no start: a start is the editor's guess, refused with the fix.
    check_refused(
        &toml("L'académie vise 300 élèves sur trois ans.", "2018/P3Y", "sur trois ans"),
        "period_quote = \"sur trois ans\"",
        "figure `aim`",
        "gives the length but not its start `2018`: write `P3Y`",
    );
    accepted(&toml("L'académie vise 300 élèves sur trois ans.", "P3Y", "sur trois ans"));
    // "d'ici trois ans" starts now.
    accepted(&toml("L'académie vise 300 élèves d'ici trois ans.", "2018-09/P3Y", "d'ici trois ans"));
    // One of a unit, said without a number.
    let once = "value = 300\nunit = \"pupils\"\nqualifier = \"exact\"\nperiod = \"P1Y\"\nperiod_quote = \"En un an\"\nquote = \"300 élèves\"";
    accepted(&with_paragraph("En un an, 300 élèves sont arrivés.", &(figure("once", once, "stat-tiles") + UNITS)));
}

#[test]
fn a_base_is_as_precise_as_its_words() {
    let rise = |base: &str, quote: &str| {
        format!("value = 4\nunit = \"points\"\nqualifier = \"exact\"\nchange = \"points\"\nperiod = \"2018\"\nperiod_quote = \"en 2018\"\nbase = \"{base}\"\nbase_quote = \"{quote}\"\nquote = \"a progressé de 4 points\"")
    };
    let toml = |base: &str| {
        with_paragraph(
            "Le taux a progressé de 4 points en 2018 par rapport à 2016.",
            &(figure("rise", &rise(base, "par rapport à 2016"), "changes") + UNITS),
        )
    };
    accepted(&toml("2016"));
    check_refused(
        &toml("2016-Q1"),
        "base_quote = \"par rapport",
        "figure `rise`",
        "names `2016`, but the base is `2016-Q1`",
    );
    assert_eq!(faults(&toml("2016-Q1")).len(), 1, "its year is this fault's: {:?}", faults(&toml("2016-Q1")));
}

#[test]
fn a_fall_measured_by_a_noun_is_a_change_and_a_governing_word_a_plan() {
    let level = |quote: &str| {
        format!("value = 9\nunit = \"percent\"\nqualifier = \"exact\"\nperiod = \"2018\"\nperiod_quote = \"en 2018\"\nquote = \"{quote}\"")
    };
    let toml = with_paragraph(
        "Les ventes ont connu un recul équivalant à 9 % en 2018.",
        &figure("drop", &level("un recul équivalant à 9 %"), "stat-tiles"),
    );
    check_refused(
        &toml,
        "quote = \"un recul",
        "figure `drop`",
        "the quote says \"recul\", a fall, but the figure is not a change",
    );
    let expected = with_paragraph(
        "Le déficit attendu cette année est de 9 % en 2018.",
        &figure("deficit", &level("attendu cette année est de 9 %"), "stat-tiles"),
    );
    check_refused(
        &expected,
        "quote = \"attendu",
        "figure `deficit`",
        "the words of a forecast, but the figure has no `outlook`",
    );
}

#[test]
fn a_part_of_a_plan_the_file_says_is_a_fact_is_not_planned() {
    let fact = plan(DEPOTS).replacen(
        "quote = \"dont 500 millions\"\npart_of = \"plan\"",
        "quote = \"dont 500 millions\"\npart_of = \"plan\"\noutlook = \"none\"\nreason = \"Déjà engagés.\"",
        1,
    );
    // Its rest is then a plan minus a fact: refused, as any such formula is.
    let faults = faults(&fact);
    assert!(faults.iter().any(|f| f.contains("figure `rest-of-plan`") && f.contains("not a fact")), "{faults:?}");
    assert!(!faults.iter().any(|f| f.contains("figure `depots`")), "{faults:?}");
}

#[test]
fn two_plans_never_add_up() {
    let items = format!(
        "{}{}\n[[figures]]\nid = \"both\"\nlabel = \"ensemble\"\nformula = \"a + b\"\nperiod = \"2020\"\n{UNITS}",
        figure("a", "value = 300\nunit = \"pupils\"\nqualifier = \"exact\"\noutlook = \"target\"\nperiod = \"2020\"\nperiod_quote = \"d'ici 2020\"\nquote = \"vise 300 élèves\"", "stat-tiles"),
        figure("b", "value = 40\nunit = \"pupils\"\nqualifier = \"exact\"\noutlook = \"target\"\nperiod = \"2020\"\nperiod_quote = \"en 2020\"\nquote = \"vise aussi 40 élèves\"", "stat-tiles"),
    )
    .replacen("figures = [\"b\"]", "figures = [\"b\", \"both\"]", 1);
    let toml = with_paragraph("L'une vise 300 élèves d'ici 2020, l'autre vise aussi 40 élèves en 2020.", &items);
    let faults = faults(&toml);
    assert!(faults.iter().any(|f| f.contains("figure `both`") && f.contains("not parts of one plan")), "{faults:?}");
}

#[test]
fn a_third_of_a_whole_is_written_to_the_whole_s_place() {
    let items = format!(
        "{}{}\n[[figures]]\nid = \"third-count\"\nlabel = \"boursiers\"\nformula = \"third of pupils\"\nperiod = \"2018\"\npart_of = \"pupils\"\n{UNITS}",
        figure("pupils", "value = 1500\nunit = \"eur\"\nqualifier = \"exact\"\nperiod = \"2018\"\nperiod_quote = \"En 2018\"\nquote = \"1500 euros\"", "stat-tiles"),
        figure("third", "value = \"1/3\"\nunit = \"percent\"\nqualifier = \"exact\"\nperiod = \"2018\"\nquote = \"un tiers\"\nshare_of = \"pupils\"", "stat-tiles"),
    )
    .replacen("figures = [\"third\"]", "figures = [\"third\", \"third-count\"]", 1);
    let stories = accepted(&with_paragraph("En 2018, 1500 euros ont été versés, dont un tiers aux boursiers.", &items));
    let count = find(&stories, "third-count");
    assert_eq!((count.value, count.decimals, count.rounded), (500.0, 0, false));
}

#[test]
fn a_number_with_more_digits_than_kept_exactly_is_refused() {
    let rate = "value = 3.1234567\nunit = \"percent\"\nqualifier = \"exact\"\nperiod = \"2018\"\nperiod_quote = \"en 2018\"\nquote = \"un taux de 3,1234567 %\"";
    let toml = with_paragraph("La banque a fixé un taux de 3,1234567 % en 2018.", &figure("rate", rate, "stat-tiles"));
    check_refused(&toml, "quote = \"un taux", "figure `rate`", "more digits than the explainer can keep exactly");
}

#[test]
fn the_start_of_a_year_names_no_month_and_since_a_year_is_quoted() {
    let early = "value = 300\nunit = \"pupils\"\nqualifier = \"exact\"\nperiod = \"2017-01\"\nperiod_quote = \"début 2017\"\nquote = \"300 élèves\"";
    let toml = with_paragraph("Il y avait 300 élèves début 2017.", &(figure("early", early, "stat-tiles") + UNITS));
    check_refused(&toml, "period_quote = \"début 2017\"", "figure `early`", "names no month `2017-01` stands for");
    // A figure whose own quote holds the year of `2016..` is dated by the text.
    let since = "value = 300\nunit = \"pupils\"\nqualifier = \"exact\"\nperiod = \"2016..\"\nquote = \"depuis 2016, 300 élèves\"";
    let stories = accepted(&with_paragraph(
        "Il en est venu depuis 2016, 300 élèves en tout.",
        &(figure("since", since, "stat-tiles") + UNITS),
    ));
    assert!(find(&stories, "since").period_quote.is_some());
}

#[test]
fn a_plan_over_a_span_of_years_holds_both_years() {
    // « sur la période 2025-2027 »: a period from one year to another, both in its quote,
    // planned; never a length with an invented start.
    let fields = "value = 2000000000\nunit = \"eur\"\nqualifier = \"exact\"\noutlook = \"forecast\"\nperiod = \"2025..2027\"\nperiod_quote = \"sur la période 2025-2027\"\nquote = \"investira 2 milliards\"";
    let toml = with_paragraph(
        "La région investira 2 milliards d'euros sur la période 2025-2027.",
        &(figure("span", fields, "stat-tiles") + UNITS),
    );
    let stories = accepted(&toml);
    let span = find(&stories, "span");
    assert_eq!(span.outlook, Some(Outlook::Forecast));
    assert_eq!(span.period.map(|p| (p.from.year, p.to.year)), Some((2025, 2027)));
    assert_eq!(span.duration, None);
    // An end the quote does not give is refused, and so is the plan written as a fact.
    assert!(run(&toml.replacen("\"2025..2027\"", "\"2025..2028\"", 1)).is_err(), "2028 is not in the quote");
    assert!(run(&toml.replacen("outlook = \"forecast\"\n", "", 1)).is_err(), "« investira » is a plan");
}
