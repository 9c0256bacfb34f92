//! Checks the content file and compiles it into `$OUT_DIR/story.rs` (see `content-compiler`).
//! A bad content file fails the build here, with one line per fault: file, line, item, fault.
//!
//! `EXPLAINER_CONTENT` names another content file (relative to this folder, or absolute).

use std::path::PathBuf;

fn main() {
    println!("cargo::rerun-if-env-changed=EXPLAINER_CONTENT");
    let path = PathBuf::from(std::env::var("EXPLAINER_CONTENT").unwrap_or_else(|_| "content/article.toml".into()));
    match content_compiler::compile_file(&path) {
        Ok(compiled) => {
            for input in &compiled.inputs {
                println!("cargo::rerun-if-changed={}", input.display());
            }
            let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("story.rs");
            // The browser never shows the article's text (it is in the page): its bundle gets
            // the story without it.
            let browser = std::env::var_os("CARGO_FEATURE_BROWSER").is_some();
            std::fs::write(&out, if browser { compiled.browser_rust } else { compiled.rust }).expect("write story.rs");
        }
        Err(diagnostics) => {
            println!("cargo::rerun-if-changed={}", path.display());
            for diagnostic in &diagnostics {
                eprintln!("error: {diagnostic}");
            }
            eprintln!("{} fault(s) in the content file: fix them and build again.", diagnostics.len());
            std::process::exit(1);
        }
    }
}
