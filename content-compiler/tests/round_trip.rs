//! Every hand-written content file of the repository, opened in the editor's model and saved
//! without a change, comes back byte for byte; so does every field taken through an edit that
//! changes nothing (a confirm where there is no mark), and a real change touches its line alone.

use std::path::{Path, PathBuf};

use content_compiler::edit::{change, confirm, sections, Change, Shape};

fn content_files() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../content");
    let mut files = Vec::new();
    for folder in [root.clone(), root.join("examples")] {
        for entry in std::fs::read_dir(folder).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "toml") {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}

#[test]
fn every_content_file_saves_back_byte_for_byte() {
    let files = content_files();
    assert!(files.len() >= 12, "the repository's content files: {files:?}");
    for path in files {
        let text = std::fs::read_to_string(&path).unwrap();
        let name = path.display();
        let sections = sections(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert!(sections.len() > 5, "{name}: {} sections", sections.len());
        // Each section knows its lines, where the compiler's faults point.
        assert!(sections.iter().all(|s| !s.lines.is_empty()), "{name}: a section without its lines");
        let mut fields = 0;
        for section in &sections {
            for field in section.fields.iter().filter(|field| field.mark.is_none()) {
                let saved = confirm(&text, &section.place, &field.key).unwrap();
                assert!(saved == text, "{name}: {:?} {} changed on saving", section.place, field.key);
                fields += 1;
            }
        }
        assert!(fields > 20, "{name}: {fields} fields");
    }
}

#[test]
fn a_number_changed_is_its_line_alone() {
    for path in content_files() {
        let text = std::fs::read_to_string(&path).unwrap();
        let sections = sections(&text).unwrap();
        let Some((section, written)) = sections.iter().find_map(|section| match &section.field("value")?.shape {
            Shape::Number(written) => Some((section, written.clone())),
            _ => None,
        }) else {
            continue;
        };
        let changed = change(&text, &section.place, "value", Change::Toml("7".into())).unwrap();
        let differ: Vec<_> = text.lines().zip(changed.lines()).filter(|(a, b)| a != b).collect();
        assert_eq!(differ.len(), 1, "{}: {differ:?}", path.display());
        // Its other comment, if any, kept where it was.
        assert_eq!(differ[0].1, differ[0].0.replacen(&format!("= {written}"), "= 7", 1));
        assert_eq!(text.lines().count(), changed.lines().count());
    }
}
