//! The content compiler: reads an explainer's content file (TOML: the article verbatim, its
//! figures, events and charts), checks it the way a fact-checker would, and makes it the
//! `story::Story` the pre-renderer draws. A bad file is refused with messages that name the
//! file, the line, the item and the fault.
//!
//! - `raw`: the file as written (serde).
//! - `numbers`, `text`: reading numbers and quotes in the article's own language.
//! - `validate`: every check, resolving ids into indices → `story::Story` (the `story` crate).
//! - `edit`: an editor's changes to a file, every other byte kept (`toml_edit`).
//! - `draft`: a raw article → a draft content file, its guesses marked (`scripts/draft.sh`).
//! - `words`: the words read around numbers (qualifiers, directions, targets, parts of a year).

#![warn(missing_docs)]

pub mod draft;
pub mod edit;
pub mod numbers;
pub mod raw;
pub mod review;
pub mod text;
pub mod validate;
pub mod words;

use std::path::Path;

pub use story;
pub use validate::Diagnostic;

/// A content file, checked: its story, and the files it was made from (to rebuild when one
/// changes).
pub struct Compiled {
    /// The story in each of its languages, the original first.
    pub stories: Vec<story::Story>,
    /// The files it was made from.
    pub inputs: Vec<std::path::PathBuf>,
}

/// Checks and compiles the content file at `path`; its `source_file`, if any, is read relative to it.
pub fn compile_file(path: &Path) -> Result<Compiled, Vec<Diagnostic>> {
    let file_name = path.display().to_string();
    let toml_text = std::fs::read_to_string(path).map_err(|error| {
        vec![Diagnostic {
            file: file_name.clone(),
            line: 1,
            subject: String::new(),
            message: format!("cannot read the content file: {error}"),
        }]
    })?;
    let base = path.parent().unwrap_or(Path::new("."));
    let inputs = std::cell::RefCell::new(vec![path.to_path_buf()]);
    let load = |relative: &str| {
        let source = base.join(relative);
        inputs.borrow_mut().push(source.clone());
        std::fs::read_to_string(&source).map_err(|error| format!("{}: {error}", source.display()))
    };
    let mut stories = validate::validate(&file_name, &toml_text, &load)?;
    let slug = slug_of(path)
        .map_err(|message| vec![Diagnostic { file: file_name.clone(), line: 1, subject: String::new(), message }])?;
    for story in &mut stories {
        story.meta.slug.clone_from(&slug);
    }
    Ok(Compiled { stories, inputs: inputs.into_inner() })
}

/// The article's place on its site, from its file's name (`logement.toml` → `logement`): a
/// path segment readers see and share, so lowercase letters, digits, `-` and `_` only, and never
/// the name of a language's pages (`en`) or of a folder the site uses.
pub fn slug_of(path: &Path) -> Result<String, String> {
    let stem = path.file_stem().and_then(|stem| stem.to_str()).unwrap_or_default();
    let well_formed = !stem.is_empty()
        && !stem.starts_with('-')
        && !stem.ends_with('-')
        && stem.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_');
    if !well_formed {
        return Err(format!(
            "the file's name, `{stem}`, is the explainer's address on the site: use lowercase letters, digits, `-` and `_` (`housing-plan.toml`)"
        ));
    }
    let reserved = story::Lang::parse(stem).is_some() || ["embed", "images", "editor"].contains(&stem);
    if reserved {
        return Err(format!("the file's name, `{stem}`, is the name of a folder the site uses: rename the file"));
    }
    Ok(stem.to_string())
}

/// A short, stable fingerprint of the content file: the data version shown to readers.
/// FNV-1a, because it is tiny and the same on every machine.
pub fn version_of(text: &str) -> String {
    let hash = text
        .bytes()
        .fold(0xcbf2_9ce4_8422_2325_u64, |hash, byte| (hash ^ u64::from(byte)).wrapping_mul(0x0000_0100_0000_01b3));
    format!("{:08x}", hash >> 32)
}

#[cfg(test)]
mod tests {
    use super::slug_of;
    use std::path::Path;

    #[test]
    fn a_files_name_is_its_explainers_address_or_a_fault_that_says_why_not() {
        assert_eq!(slug_of(Path::new("content/housing-plan_2.toml")), Ok("housing-plan_2".to_string()));
        for bad in ["Logement.toml", "plan de relance.toml", "-plan.toml", "été.toml", ".toml"] {
            let fault = slug_of(Path::new(bad)).unwrap_err();
            assert!(fault.contains("lowercase letters, digits"), "{bad}: {fault}");
        }
        for taken in ["en.toml", "ar.toml", "embed.toml", "images.toml"] {
            assert!(slug_of(Path::new(taken)).unwrap_err().contains("a folder the site uses"), "{taken}");
        }
    }
}
