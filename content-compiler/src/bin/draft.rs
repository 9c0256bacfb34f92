//! `draft ARTICLE.txt [--lang fr|en] [--content-dir DIR]`: writes a draft content file for a
//! raw article on standard output (see `content_compiler::draft`). `scripts/draft.sh` runs it.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use content_compiler::draft::{draft, Options};
use vocabulary::{Lang, Named};

const USAGE: &str = "usage: scripts/draft.sh ARTICLE.txt [--lang fr|en] [--content-dir DIR] > content/NAME.toml
  ARTICLE.txt     plain text: a first line `date YYYY-MM`, then paragraphs separated by blank lines
  --lang          the article's language (default: detected from its words)
  --content-dir   where the content file will stand, for its `source_file` (default: content)";

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let (mut article, mut lang, mut content_dir) = (None, None, PathBuf::from("content"));
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--lang" => match args.next().as_deref().and_then(Lang::parse) {
                Some(l) => lang = Some(l),
                None => return fail(&format!("--lang takes one of {}", vocabulary::Language::names_listed())),
            },
            "--content-dir" => match args.next() {
                Some(dir) => content_dir = PathBuf::from(dir),
                None => return fail("--content-dir takes a folder"),
            },
            "-h" | "--help" => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            _ if article.is_none() && !arg.starts_with('-') => article = Some(PathBuf::from(arg)),
            _ => return fail(&format!("unexpected argument `{arg}`")),
        }
    }
    let Some(article) = article else { return fail("name the article to draft") };
    let source = match std::fs::read_to_string(&article) {
        Ok(source) => source,
        Err(error) => return fail(&format!("cannot read {}: {error}", article.display())),
    };
    let options = Options { lang, source_file: relative(&article, &content_dir) };
    match draft(&source, &options) {
        Ok(draft) => {
            print!("{}", draft.toml);
            eprintln!(
                "drafted {} figures ({} computed), {} events, {} numbers that are no figure and {} charts, with {} guesses marked `# check:`",
                draft.figures + draft.computed,
                draft.computed,
                draft.events,
                draft.not_figures,
                draft.charts,
                draft.marks
            );
            ExitCode::SUCCESS
        }
        Err(error) => fail(&format!("{}: {error}", article.display())),
    }
}

fn fail(message: &str) -> ExitCode {
    eprintln!("error: {message}\n{USAGE}");
    ExitCode::FAILURE
}

/// `article`'s path from `dir`, as `source_file` names it (`sources/x.txt`); absolute when the
/// two have no folder in common.
fn relative(article: &Path, dir: &Path) -> String {
    let absolute =
        |p: &Path| std::fs::canonicalize(p).unwrap_or_else(|_| std::env::current_dir().unwrap_or_default().join(p));
    let (article, dir) = (absolute(article), absolute(dir));
    let common = article.components().zip(dir.components()).take_while(|(a, b)| a == b).count();
    if common <= 1 {
        return article.display().to_string();
    }
    let ups = dir.components().count() - common;
    let mut path: Vec<String> = vec!["..".to_string(); ups];
    path.extend(article.components().skip(common).map(|c| c.as_os_str().to_string_lossy().into_owned()));
    path.join("/")
}
