//! The content compiler: reads an explainer's content file (TOML: the article verbatim, its
//! figures, events and charts), checks it the way a fact-checker would, and writes it as static
//! Rust data for the app. The app's `build.rs` is its only caller; a bad file fails `cargo build`
//! with messages that name the file, the line, the item and the fault.
//!
//! - `raw`: the file as written (serde).
//! - `numbers`, `text`: reading numbers and quotes in the article's own language.
//! - `validate`: every check, resolving ids into indices → `story::Story`.
//! - `emit`: `Story` → Rust source.
//! - `draft`: a raw article → a draft content file, its guesses marked (`scripts/draft.sh`).
//! - `words`: the words read around numbers (qualifiers, directions, targets, parts of a year).

#![warn(missing_docs)]

pub mod draft;
pub mod emit;
pub mod numbers;
pub mod raw;
pub mod story;
pub mod text;
pub mod validate;
pub mod words;

use std::path::Path;

pub use validate::Diagnostic;

/// What the app receives: Rust source defining `STORY`, and the files it was made from (for
/// `cargo::rerun-if-changed`).
pub struct Compiled {
    /// The Rust source of `STORIES`, for pre-rendering.
    pub rust: String,
    /// The same for the browser bundle: the story without what only pre-rendering reads
    /// (see [`story::Story::for_browser`]).
    pub browser_rust: String,
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
    let stories = validate::validate(&file_name, &toml_text, &load)?;
    let version = version_of(&toml_text);
    let rust = emit::emit(&stories, &version);
    let for_browser: Vec<story::Story> = stories.iter().map(story::Story::for_browser).collect();
    let browser_rust = emit::emit(&for_browser, &version);
    Ok(Compiled { rust, browser_rust, stories, inputs: inputs.into_inner() })
}

/// A short, stable fingerprint of the content file: the data version shown to readers.
/// FNV-1a, because it is tiny and the same on every machine.
pub fn version_of(text: &str) -> String {
    let hash = text
        .bytes()
        .fold(0xcbf2_9ce4_8422_2325_u64, |hash, byte| (hash ^ u64::from(byte)).wrapping_mul(0x0000_0100_0000_01b3));
    format!("{:08x}", hash >> 32)
}
