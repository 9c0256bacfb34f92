//! `check [--tsv] CONTENT.toml`: checks a content file as the build does, and prints its
//! faults, one line each (`error: file:line: item: fault`), or `ok`. With `--tsv`, each fault
//! is `file`, `line`, `item` and `fault` separated by tabs, for the editor's loop
//! (`scripts/editor.mjs`), which runs it on each save before it builds.

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let tsv = args.iter().any(|a| a == "--tsv");
    let Some(path) = args.iter().find(|a| !a.starts_with("--")).map(PathBuf::from) else {
        eprintln!("usage: check [--tsv] CONTENT.toml");
        return ExitCode::FAILURE;
    };
    match content_compiler::compile_file(&path) {
        Ok(compiled) => {
            let draft = compiled.stories.first().is_some_and(|story| story.meta.draft);
            println!("ok: {} ({})", path.display(), if draft { "draft" } else { "published" });
            ExitCode::SUCCESS
        }
        Err(diagnostics) => {
            let flat = |text: &str| text.replace(['\t', '\n'], " ");
            for d in &diagnostics {
                if tsv {
                    println!("{}\t{}\t{}\t{}", flat(&d.file), d.line, flat(&d.subject), flat(&d.message));
                } else {
                    println!("error: {d}");
                }
            }
            eprintln!("{} fault(s) in the content file", diagnostics.len());
            ExitCode::FAILURE
        }
    }
}
