//! Notes drawn from the text (a chart's `annotations`): each is on an item the chart shows, and
//! its passage stands once in the text, in every language the article is told in.

mod common;

use common::*;
use content_compiler::story::{NoteKind, Selection};

/// The valid file, its split bar with `annotations`.
fn noted(annotations: &str) -> String {
    broken("notes = [\"Une note.\"]\n", &format!("notes = [\"Une note.\"]\nannotations = [{annotations}]\n"))
}

#[test]
fn a_note_is_a_passage_of_the_text_on_an_item_of_its_chart() {
    let toml = noted("{ on = \"part\", quote = \"au titre de l'année 2018\" }");
    let stories = run(&toml).unwrap_or_else(|faults| panic!("{faults:?}"));
    let split = stories[0].charts.iter().find(|c| c.id == "split").expect("the split bar");
    let part = stories[0].figures.iter().position(|f| f.id == "part").expect("part");
    assert_eq!(split.annotations.len(), 1);
    assert_eq!(split.annotations[0].item, Selection::Figure(part));
    assert_eq!(split.annotations[0].quote, "au titre de l'année 2018");
}

#[test]
fn a_note_on_what_its_chart_does_not_show_is_refused_with_what_it_shows() {
    check_refused(
        &noted("{ on = \"boats\", quote = \"au titre de l'année 2018\" }"),
        "annotations = [",
        "chart `split`",
        "a note is on an item this chart shows, one of: total, part, rest",
    );
    check_refused(
        &noted("{ on = \"nobody\", quote = \"au titre de l'année 2018\" }"),
        "annotations = [",
        "chart `split`",
        "annotation on `nobody`",
    );
}

#[test]
fn a_note_s_passage_stands_once_in_the_text() {
    check_refused(
        &noted("{ on = \"part\", quote = \"au titre de 2018\" }"),
        "annotations = [",
        "chart `split` annotation on `part`",
        "is not in the article text",
    );
    check_refused(&noted("{ on = \"part\", quote = \" \" }"), "annotations = [", "chart `split`", "its quote is empty");
    check_refused(
        &noted("{ on = \"part\", quote = \"de\" }"),
        "annotations = [",
        "chart `split` annotation on `part`",
        "stands",
    );
}

#[test]
fn stat_tiles_have_no_marks_to_number() {
    let toml = broken(
        "takeaway = \"{boats} embarcations.\"\n",
        "takeaway = \"{boats} embarcations.\"\nannotations = [{ on = \"boats\", quote = \"saisi 1900 embarcations\" }]\n",
    );
    check_refused(&toml, "annotations = [", "chart `tiles`", "stat tiles draw no marks to number");
}

#[test]
fn a_note_is_checked_in_every_language_of_the_article() {
    // The seed's article, told in four languages, with a note on its timeline: each language's
    // passage is looked for in that language's text.
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../content");
    let seed = std::fs::read_to_string(dir.join("maroc-migrations.toml")).expect("the seed");
    let load = |name: &str| std::fs::read_to_string(dir.join(name)).map_err(|e| e.to_string());
    let compile = |toml: &str| content_compiler::validate::validate("content/maroc-migrations.toml", toml, &load);
    let stories = compile(&seed).unwrap_or_else(|faults| panic!("{faults:?}"));
    for story in &stories {
        let timeline = story.charts.iter().find(|c| c.id == "timeline").expect("a timeline");
        assert_eq!(timeline.annotations.len(), 1, "{:?}", story.meta.language);
        assert!(story.paragraphs[0].sentence(0).contains(&timeline.annotations[0].quote), "in its own language");
    }
    let english = "en = \"a new national immigration strategy with humanitarian and solidarity dimensions\"";
    assert!(seed.contains(english));
    let wrong = seed.replacen(english, "en = \"a new national strategy with humanitarian dimensions\"", 1);
    let faults: Vec<String> = compile(&wrong).err().unwrap_or_default().iter().map(ToString::to_string).collect();
    assert!(
        faults.iter().any(|f| f.contains("(en)")
            && f.contains("annotation on `strategy`")
            && f.contains("is not in the article text")),
        "{faults:#?}"
    );
    let missing = seed.replacen(&format!(", {english}"), "", 1);
    let faults: Vec<String> = compile(&missing).err().unwrap_or_default().iter().map(ToString::to_string).collect();
    assert!(
        faults.iter().any(|f| f.contains("chart `timeline` annotation on `strategy`: no `en` text")),
        "{faults:#?}"
    );
}

#[test]
fn a_chart_takes_a_handful_of_notes_one_an_item_each_from_its_item_s_paragraph() {
    let one = "{ on = \"part\", quote = \"au titre de l'année 2018\" }";
    let nine = [one; 9].join(", ");
    check_refused(&noted(&nine), "annotations = [", "chart `split`", "a chart takes at most 8 notes");
    check_refused(&noted(&[one; 2].join(", ")), "annotations = [", "chart `split`", "this item has a note already");
    let two = format!("{one}, {{ on = \"total\", quote = \"Depuis 2014\" }}");
    assert!(run(&noted(&two)).is_ok(), "two items, a note each: {:?}", faults(&noted(&two)));
    // A passage of another paragraph is not about this item.
    check_refused(
        &noted("{ on = \"part\", quote = \"saisi 1900 embarcations\" }"),
        "annotations = [",
        "chart `split`",
        "its passage is in paragraph 2, and `part` comes from paragraph 1",
    );
}

#[test]
fn a_note_is_drawn_as_a_callout_a_line_or_a_span_where_its_chart_has_room_for_it() {
    // A span brackets the part of a split bar; a callout is the default.
    let toml = noted(
        "{ on = \"part\", kind = \"span\", quote = \"au titre de l'année 2018\" }, { on = \"total\", quote = \"environ 50.000 personnes\" }",
    );
    let stories = run(&toml).unwrap_or_else(|faults| panic!("{faults:?}"));
    let split = stories[0].charts.iter().find(|c| c.id == "split").expect("the split bar");
    let kinds: Vec<NoteKind> = split.annotations.iter().map(|a| a.kind).collect();
    assert_eq!(kinds, [NoteKind::Span, NoteKind::Callout]);
    // A line needs an axis its item stands on: not a split bar's.
    check_refused(
        &noted("{ on = \"part\", kind = \"line\", quote = \"au titre de l'année 2018\" }"),
        "annotations = [",
        "chart `split`",
        "annotation on `part`: a `line` is drawn on a timeline, bars or changes, and this chart is a `split-bar`: make it a `callout`",
    );
    check_refused(
        &noted("{ on = \"part\", kind = \"arrow\", quote = \"au titre de l'année 2018\" }"),
        "annotations = [",
        "chart `split`",
        "annotation on `part`: kind `arrow` is not one of: `callout`, `line`, `span`",
    );
}
