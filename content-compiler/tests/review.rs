//! An editor's view of a content file: each number of the text with its status, the marks and
//! faults left, and publishing only a file with neither. On the Spanish example and its draft.

use std::path::Path;

use content_compiler::review::{publish, review, Status};
use content_compiler::validate::{validate, NumberClaim};

fn root() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../content")
}

fn load(relative: &str) -> Result<String, String> {
    std::fs::read_to_string(root().join("examples").join(relative)).map_err(|e| e.to_string())
}

/// The hand-written example, back to a draft.
fn as_draft() -> String {
    let toml = std::fs::read_to_string(root().join("examples/embalses.toml")).unwrap();
    toml.replacen("[article]\n", "[article]\nstatus = \"draft\"\n", 1)
}

#[test]
fn a_finished_draft_has_every_number_accounted_and_publishes_byte_for_byte() {
    let toml = as_draft();
    let view = review("embalses.toml", &toml, &load);
    assert!(view.faults.is_empty(), "{:?}", view.faults);
    assert!(view.marks.is_empty());
    assert!(!view.numbers.is_empty());
    assert!(view.numbers.iter().all(|n| n.status == Status::Accounted), "{:?}", view.numbers);
    let published = publish("embalses.toml", &toml, &load).unwrap();
    assert_eq!(published, toml.replacen("status = \"draft\"", "status = \"published\"", 1));
    let stories = validate("embalses.toml", &published, &load).unwrap();
    assert!(!stories[0].meta.draft);
}

#[test]
fn a_planted_fault_marks_its_number_and_blocks_publishing() {
    // A fall written as a rise: the quote says `bajó`.
    let toml = as_draft().replacen("value = -3.2", "value = 3.2", 1);
    let view = review("embalses.toml", &toml, &load);
    assert!(!view.faults.is_empty());
    let filling = view.numbers.iter().find(|n| n.claim == NumberClaim::Figure("filling-change".into())).unwrap();
    assert_eq!(filling.status, Status::Fault);
    assert!(view.numbers.iter().filter(|n| n.status == Status::Fault).count() <= 2, "{:?}", view.numbers);
    assert!(publish("embalses.toml", &toml, &load).unwrap_err().contains("fault"));
    // A quote the text does not hold leaves its number unaccounted.
    let toml = as_draft().replacen("quote = \"bajó 3,2 puntos\"", "quote = \"subió 3,2 puntos\"", 1);
    let view = review("embalses.toml", &toml, &load);
    let refused =
        |n: &&content_compiler::review::Number| matches!(n.claim, NumberClaim::Unaccounted | NumberClaim::Refused);
    let faults: Vec<_> = view.numbers.iter().filter(|n| n.status == Status::Fault).collect();
    assert!(!faults.is_empty() && faults.iter().all(refused), "{faults:?}");
}

#[test]
fn a_draft_s_guesses_are_numbers_to_check_and_a_mark_blocks_publishing() {
    let source = std::fs::read_to_string(root().join("sources/embalses.txt")).unwrap();
    let options = content_compiler::draft::Options { lang: None, source_file: "draft.txt".into() };
    let draft = content_compiler::draft::draft(&source, &options).unwrap();
    let body = source.clone();
    let load = move |_: &str| Ok(body.clone());
    let view = review("draft.toml", &draft.toml, &load);
    assert!(view.faults.is_empty(), "a draft builds: {:?}", view.faults);
    assert_eq!(view.marks.len(), draft.marks);
    assert!(view.marks.iter().all(|m| !m.text.is_empty()));
    let to_check = view.numbers.iter().filter(|n| n.status == Status::ToCheck).count();
    assert!(to_check > 0 && view.numbers.iter().all(|n| n.status != Status::Fault), "{:?}", view.numbers);
    assert!(publish("draft.toml", &draft.toml, &load).unwrap_err().contains("mark"));
    // Every number the list shows is the text's own, where it stands.
    let paragraphs: Vec<&str> = source.split("\n\n").skip(1).map(str::trim).collect();
    for number in &view.numbers {
        let written = &paragraphs[number.paragraph][number.range.clone()];
        assert!(written.chars().any(|c| c.is_ascii_digit() || c.is_alphabetic()), "{written}");
    }
}
