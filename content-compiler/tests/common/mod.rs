//! The valid content file the rules start from, and the helpers that break it and check the
//! faults; shared by the rules' test files.

#![allow(dead_code)] // Each test file uses some of them.

use content_compiler::validate::{validate, Diagnostic};

pub const FILE: &str = "content/test.toml";

/// A small valid content file; the tests replace one piece of it.
pub const VALID: &str = r#"
[article]
kicker = "Test · {date}"
title = "Un titre"
standfirst = "Au total, {total} personnes, dont {part} en {part:period}."
date = "2018-09"
language = "fr"
attribution = "Un communiqué."
source_name = "Une source"
paragraphs = [
  "Depuis 2014, environ 50.000 personnes ont été aidées, dont 1 400 au titre de l'année 2018.",
  "Les services ont saisi 1900 embarcations et avorté plus de 54.000 tentatives, soit 12,5 % de plus.",
]

[[figures]]
id = "total"
label = "personnes aidées"
value = 50000
unit = "people"
qualifier = "approximately"
period = "2014.."
quote = "environ 50.000 personnes"
period_quote = "Depuis 2014"

[[figures]]
id = "part"
label = "personnes aidées cette année-là"
value = 1400
unit = "people"
qualifier = "exact"
period = "2018"
quote = "dont 1 400 au titre"
part_of = "total"

[[figures]]
id = "rest"
label = "personnes aidées les autres années"
formula = "total - part"
period = "2014..2017"
part_of = "total"

[[figures]]
id = "boats"
label = "embarcations saisies"
value = 1900
unit = "boats"
qualifier = "exact"
period = "2018"
quote = "saisi 1900 embarcations"

[[figures]]
id = "attempts"
label = "tentatives avortées"
value = 54000
unit = "attempts"
qualifier = "more_than"
period = "2018"
quote = "plus de 54.000 tentatives"

[[figures]]
id = "increase"
label = "hausse"
value = 12.5
unit = "percent"
qualifier = "exact"
period = "2018"
quote = "soit 12,5 % de plus"

[[events]]
id = "year-of-statement"
date = "2018"
label = "L'année du communiqué"
quote = "l'année 2018"
figures = ["part"]

[[charts]]
id = "split"
kind = "split-bar"
figures = ["total", "part", "rest"]
title = "Un graphique"
takeaway = "{part} sur {total}."
notes = ["Une note."]

[[charts]]
id = "tiles"
kind = "stat-tiles"
figures = ["boats", "attempts", "increase"]
title = "Des tuiles"
takeaway = "{boats} embarcations."

[[units]]
id = "people"
kind = "count"
singular = "personne"
plural = "personnes"

[[units]]
id = "attempts"
kind = "count"
singular = "tentative"
plural = "tentatives"

[[units]]
id = "boats"
kind = "count"
singular = "embarcation"
plural = "embarcations"

[[units]]
id = "percent"
kind = "percent"
"#;

pub fn run(toml: &str) -> Result<Vec<content_compiler::story::Story>, Vec<Diagnostic>> {
    validate(FILE, toml, &|name: &str| match name {
        "source.txt" => Ok(" date 2018-09 Un paragraphe.\n\n\n\nUn autre.\n".to_string()),
        other => Err(format!("no such file: {other}")),
    })
}

/// Replaces `from` (which must stand in the valid file) by `to`.
#[track_caller]
pub fn broken(from: &str, to: &str) -> String {
    assert!(VALID.contains(from), "the valid file has no `{from}`");
    VALID.replacen(from, to, 1)
}

/// The valid file with one more paragraph, `text`, and `items` (figures, charts, units…) after it.
pub fn with_paragraph(text: &str, items: &str) -> String {
    broken("12,5 % de plus.\",\n]", &format!("12,5 % de plus.\",\n  \"{text}\",\n]")) + items
}

/// The line of the file where `needle` first stands.
pub fn line_of(toml: &str, needle: &str) -> usize {
    let at = toml.find(needle).unwrap_or_else(|| panic!("`{needle}` is not in the file"));
    toml[..at].matches('\n').count() + 1
}

/// Checks that `toml` is refused with a message on the line of `at_line_of`, about `subject`,
/// saying `fault`.
#[track_caller]
pub fn check_refused(toml: &str, at_line_of: &str, subject: &str, fault: &str) {
    let diagnostics = match run(toml) {
        Ok(_) => panic!("the file was accepted; expected a fault about {subject}: {fault}"),
        Err(diagnostics) => diagnostics,
    };
    let line = line_of(toml, at_line_of);
    let found = diagnostics
        .iter()
        .any(|d| d.file == FILE && d.line == line && d.subject.contains(subject) && d.message.contains(fault));
    let listed: Vec<String> = diagnostics.iter().map(ToString::to_string).collect();
    assert!(found, "expected {FILE}:{line}: {subject}: …{fault}…, got:\n{}", listed.join("\n"));
}

/// The faults of `toml`, as lines.
pub fn faults(toml: &str) -> Vec<String> {
    run(toml).err().unwrap_or_default().iter().map(ToString::to_string).collect()
}
