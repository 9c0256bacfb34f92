//! The project's own article compiles, and says what the statement says.

use std::path::Path;

use content_compiler::story::{ChartKind, Op, Origin, Qualifier, Roles, Segment, Story};

fn article() -> Story {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../content/maroc-migrations.toml");
    match content_compiler::compile_file(&path) {
        Ok(compiled) => compiled.stories.into_iter().next().unwrap(),
        Err(diagnostics) => panic!("{}", diagnostics.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n")),
    }
}

fn figure<'a>(story: &'a Story, id: &str) -> &'a content_compiler::story::Figure {
    story.figures.iter().find(|f| f.id == id).unwrap_or_else(|| panic!("no figure `{id}`"))
}

/// The figures' numbers as the text writes them, in reading order.
fn figure_mentions(story: &Story) -> Vec<&str> {
    story
        .paragraphs
        .iter()
        .flat_map(|p| p.sentences.iter().flatten())
        .filter_map(|s| match s {
            Segment::Figure { text, .. } => Some(text.as_str()),
            _ => None,
        })
        .collect()
}

#[test]
fn the_article_compiles() {
    let story = article();
    assert_eq!(story.paragraphs.len(), 7);
    assert_eq!(story.meta.language.code(), "fr");
}

#[test]
fn stated_figures_carry_the_statement_values_and_qualifiers() {
    let story = article();
    let expected = [
        ("regularised", 50_000.0, "people", Qualifier::Approximately),
        ("regularised-subsaharan-share", 90.0, "percent", Qualifier::Exact),
        ("returns-total", 22_000.0, "people", Qualifier::Exact),
        ("returns-2018", 1_400.0, "people", Qualifier::Exact),
        ("attempts-foiled", 54_000.0, "attempts", Qualifier::MoreThan),
        ("networks-dismantled", 74.0, "networks", Qualifier::Exact),
        ("boats-seized", 1_900.0, "boats", Qualifier::Exact),
    ];
    for (id, value, unit, qualifier) in expected {
        let f = figure(&story, id);
        assert_eq!((f.value, f.unit.id.as_str(), f.qualifier), (value, unit, qualifier), "figure `{id}`");
        assert!(matches!(f.origin, Origin::Stated { .. }), "figure `{id}` is stated");
    }
}

#[test]
fn computed_figures_are_computed_and_keep_the_uncertainty_of_their_operands() {
    let story = article();
    let rest = figure(&story, "returns-before-2018");
    assert_eq!((rest.value, rest.qualifier), (20_600.0, Qualifier::Exact));
    assert!(matches!(rest.origin, Origin::Computed { .. }));
    let subsaharan = figure(&story, "regularised-subsaharan");
    assert_eq!((subsaharan.value, subsaharan.qualifier), (45_000.0, Qualifier::Approximately));
}

#[test]
fn every_figure_mention_in_the_text_shows_the_number_as_written() {
    let story = article();
    let mentions = figure_mentions(&story);
    assert_eq!(mentions, ["50.000", "90%", "22.000", "1400", "54.000", "74", "1900"]);
}

#[test]
fn the_short_example_compiles_too() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../content/examples/short.toml");
    let story = match content_compiler::compile_file(&path) {
        Ok(compiled) => compiled.stories.into_iter().next().unwrap(),
        Err(diagnostics) => panic!("{}", diagnostics.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n")),
    };
    assert_eq!(story.meta.language.code(), "en");
    let before = figure(&story, "volunteers-before");
    assert_eq!((before.value, before.qualifier), (215.0, Qualifier::MoreThan));
}

#[test]
fn the_translations_are_checked_like_the_original() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../content/maroc-migrations.toml");
    let stories = content_compiler::compile_file(&path).map_err(|d| d.len()).unwrap().stories;
    assert_eq!(stories.iter().map(|s| s.meta.language.code()).collect::<Vec<_>>(), ["fr", "en", "ar", "es"]);
    let english = &stories[1];
    assert_eq!(figure_mentions(english), ["50,000", "90%", "22,000", "1,400", "54,000", "74", "1,900"]);
    // Arabic as Moroccan writers set it: Western digits, a dot between thousands.
    let arabic = &stories[2];
    assert_eq!(figure_mentions(arabic), ["50.000", "90%", "22.000", "1400", "54.000", "74", "1900"]);
    // Spanish as CLDR `es` and Spanish newsrooms write: a dot from five digits only, a
    // no-break space before the percent sign.
    let spanish = &stories[3];
    assert_eq!(figure_mentions(spanish), ["50.000", "90\u{a0}%", "22.000", "1400", "54.000", "74", "1900"]);
    // The same figures, with the same values and qualifiers, in every language.
    for translation in [english, arabic, spanish] {
        for (fr, other) in stories[0].figures.iter().zip(&translation.figures) {
            assert_eq!((fr.id.as_str(), fr.value, fr.qualifier), (other.id.as_str(), other.value, other.qualifier));
        }
    }
}

#[test]
fn the_browsers_story_keeps_what_it_reads_and_leaves_the_text_to_the_page() {
    for story in
        content_compiler::compile_file(std::path::Path::new("../content/maroc-migrations.toml")).unwrap().stories
    {
        let bytes = story.to_bytes();
        let browser = Story::from_bytes(&bytes).expect("the story reads back");
        // What it does not keep: the text, the quotes, the titles, the method (in the page).
        assert!(figure_mentions(&browser).is_empty() && !figure_mentions(&story).is_empty());
        assert!(browser.meta.title.is_empty() && !story.meta.title.is_empty());
        // Everything else, exactly: every id, value, unit, label, date and place in the text.
        let mut expected = story.clone();
        (expected.units, expected.paragraphs, expected.not_shown, expected.not_figures, expected.corrections) =
            Default::default();
        let meta = &mut expected.meta;
        (meta.title, meta.kicker, meta.standfirst, meta.attribution, meta.source_name) = Default::default();
        for figure in &mut expected.figures {
            figure.reason.clear();
            if let Origin::Stated { quote, .. } = &mut figure.origin {
                quote.clear();
            }
        }
        for event in &mut expected.events {
            event.quote.clear();
        }
        for chart in &mut expected.charts {
            (chart.title, chart.takeaway, chart.notes) = Default::default();
            // A note's letter, item and words are the browser's: it draws them on the marks
            // (its words from a graphic wide enough).
        }
        assert_eq!(browser, expected);
        // Bytes that are not a story are refused, never half read.
        assert_eq!(Story::from_bytes(&bytes[..bytes.len() / 2]), None);
    }
}

#[test]
fn each_charts_roles_are_what_its_figures_are_proved_to_be() {
    let story = article();
    let computed = |figure: usize, op: Op, left: usize, right: usize| {
        story.figures[figure].origin == Origin::Computed { op, left, right }
    };
    for chart in &story.charts {
        match chart.roles {
            Roles::Split { whole, part, rest } => {
                assert_eq!(chart.kind, ChartKind::SplitBar);
                assert_eq!(story.figures[part].part_of, Some(whole));
                assert!(computed(rest, Op::Minus, whole, part), "{}", chart.id);
                assert_eq!(chart.figures, [whole, part, rest]);
            }
            Roles::Share { whole, share, count } => {
                assert_eq!(chart.kind, ChartKind::PartToWhole);
                assert_eq!(story.figures[share].share_of, Some(whole));
                assert!(count.is_none_or(|count| computed(count, Op::PercentOf, share, whole)), "{}", chart.id);
            }
            Roles::Peers => {
                assert!(!matches!(chart.kind, ChartKind::SplitBar | ChartKind::PartToWhole), "{}", chart.id)
            }
        }
    }
    assert!(story.charts.iter().any(|c| matches!(c.roles, Roles::Split { .. })));
    assert!(story.charts.iter().any(|c| matches!(c.roles, Roles::Share { count: Some(_), .. })));
}

#[test]
fn every_number_of_the_text_says_what_accounts_for_it() {
    use content_compiler::validate::{read, NumberClaim};
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../content");
    let toml = std::fs::read_to_string(root.join("maroc-migrations.toml")).unwrap();
    let load = |relative: &str| std::fs::read_to_string(root.join(relative)).map_err(|e| e.to_string());
    let checked = read("maroc-migrations.toml", &toml, &load);
    let stories = checked.result.expect("the seed builds");
    let said = |paragraph: usize, range: &std::ops::Range<usize>| {
        // The paragraphs as the text writes them (the story's sentences joined).
        let text: String = stories[0].paragraphs[paragraph]
            .sentences
            .iter()
            .flatten()
            .map(|segment| match segment {
                content_compiler::story::Segment::Text(text)
                | content_compiler::story::Segment::Figure { text, .. }
                | content_compiler::story::Segment::Event { text, .. } => text.as_str(),
            })
            .collect();
        text[range.clone()].to_string()
    };
    let numbers: Vec<(String, NumberClaim)> =
        checked.numbers.iter().map(|n| (said(n.paragraph, &n.range), n.claim.clone())).collect();
    let figure = |id: &str| NumberClaim::Figure(id.into());
    let event = |id: &str| NumberClaim::Event(id.into());
    assert_eq!(
        numbers,
        [
            ("2013".into(), event("strategy")),
            ("Deux".into(), NumberClaim::NotAFigure(0)),
            ("2014".into(), event("regularisation-first")),
            ("2017".into(), event("regularisation-second")),
            ("50.000".into(), figure("regularised")),
            ("90%".into(), figure("regularised-subsaharan-share")),
            ("22.000".into(), figure("returns-total")),
            ("2014".into(), NumberClaim::Period("returns-total".into())),
            ("1400".into(), figure("returns-2018")),
            ("2018".into(), event("returns-of-2018")),
            ("2018".into(), event("enforcement-of-2018")),
            ("54.000".into(), figure("attempts-foiled")),
            ("74".into(), figure("networks-dismantled")),
            ("1900".into(), figure("boats-seized")),
        ]
    );
    // A number no item accounts for says so, beside the fault.
    let start = toml.find("[[not_figures]]").unwrap();
    let end = start + toml[start..].find("\n\n").unwrap();
    let bare = [&toml[..start], &toml[end..]].concat();
    let checked = read("maroc-migrations.toml", &bare, &load);
    assert!(checked.result.is_err());
    assert_eq!(checked.numbers[1].claim, NumberClaim::Unaccounted);
}
