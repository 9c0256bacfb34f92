//! Builds the site of explainers from content files, as it runs: no article is compiled into
//! any program. Each content file is checked (the content compiler), and its explainer is
//! rendered with Leptos into `OUT/<slug>/` (its pages in every language, their embeds and oEmbed
//! files, the story each page hands to the engine, every chart as images); the engine that
//! Trunk built (`ENGINE`: its page, the shell; its hashed WASM, JS and stylesheet) is copied to
//! the root, the same files for every explainer; the index of every listed explainer (and the
//! 404 page) is written again from what `OUT` holds, so that one article can be rebuilt alone.
//!
//! ```text
//! prerender [--engine ENGINE] [--out OUT] [--public-url /PATH/] [--no-images | --images-only] [FILE_OR_FOLDER…]
//! prerender --stdout FILE
//! ```
//!
//! Defaults: `target/engine`, `dist`, `/`, and every `.toml` under `content/`. `--public-url`
//! must be the one Trunk built the engine with. `EXPLAINER_ORIGIN` is the site's scheme and
//! host, for oEmbed's absolute addresses (default `http://127.0.0.1:8080`). A refused content
//! file is reported with one line per fault (file, line, item, fault), the others are built,
//! and the program ends with status 1. `--stdout` prints one file's rendered app. The editor's
//! loop shows a saved file's pages first (`--no-images`, under a second) and draws its images
//! after (`--images-only`, which touches nothing else).

use std::path::{Path, PathBuf};

use explainer::content::Story;
use explainer::embed::PageView;
use explainer::hooks::ROOT_ID;
use explainer::site::{
    allow_style, data_file, fingerprint, images, inline_stylesheet, listings, render_app, render_explainer,
    render_index, served_script, shadow_stylesheet, stylesheet_href, Site,
};
use explainer::view::Listing;

/// What the command line asks for.
struct Options {
    engine: PathBuf,
    /// The editor's bundle (Trunk's build of `editor/`), placed at `/editor/`, if any.
    editor: Option<PathBuf>,
    out: PathBuf,
    public_url: String,
    inputs: Vec<PathBuf>,
    stdout: bool,
    /// Which parts of each explainer to write: its pages and data, its images, or both.
    pages: bool,
    images: bool,
}

fn options() -> Result<Options, String> {
    let mut options = Options {
        engine: "target/engine".into(),
        editor: None,
        out: "dist".into(),
        public_url: "/".into(),
        inputs: Vec::new(),
        stdout: false,
        pages: true,
        images: true,
    };
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut value = |name: &str| args.next().ok_or(format!("{name} needs a value"));
        match arg.as_str() {
            "--engine" => options.engine = value("--engine")?.into(),
            "--editor" => options.editor = Some(value("--editor")?.into()),
            "--out" => options.out = value("--out")?.into(),
            "--public-url" => options.public_url = value("--public-url")?,
            "--stdout" => options.stdout = true,
            "--no-images" => options.images = false,
            "--images-only" => options.pages = false,
            flag if flag.starts_with("--") => return Err(format!("unknown option {flag}")),
            path => options.inputs.push(path.into()),
        }
    }
    if !options.public_url.starts_with('/') {
        options.public_url.insert(0, '/');
    }
    if !options.public_url.ends_with('/') {
        options.public_url.push('/');
    }
    if options.inputs.is_empty() {
        options.inputs.push("content".into());
    }
    Ok(options)
}

/// The content files `inputs` name: files as they are, folders searched for `.toml` files.
fn content_files(inputs: &[PathBuf]) -> Vec<PathBuf> {
    fn walk(folder: &Path, found: &mut Vec<PathBuf>) {
        let Ok(entries) = std::fs::read_dir(folder) else { return };
        let mut paths: Vec<PathBuf> = entries.flatten().map(|entry| entry.path()).collect();
        paths.sort();
        for path in paths {
            if path.is_dir() {
                walk(&path, found);
            } else if path.extension().is_some_and(|ext| ext == "toml") {
                found.push(path);
            }
        }
    }
    let mut found = Vec::new();
    for input in inputs {
        if input.is_dir() {
            walk(input, &mut found);
        } else {
            found.push(input.clone());
        }
    }
    // A file named twice (a folder and a file in it) is built once.
    let mut seen = std::collections::HashSet::new();
    found.retain(|path| seen.insert(std::fs::canonicalize(path).unwrap_or_else(|_| path.clone())));
    found
}

/// A content file's story in each of its languages, the original first; or its faults, printed.
fn compile(path: &Path) -> Option<&'static [Story]> {
    match content_compiler::compile_file(path) {
        // The pages borrow it for as long as the program runs.
        Ok(compiled) => Some(compiled.stories.leak()),
        Err(diagnostics) => {
            for diagnostic in &diagnostics {
                eprintln!("error: {diagnostic}");
            }
            eprintln!("{} fault(s) in {}: fix them and build again.", diagnostics.len(), path.display());
            None
        }
    }
}

fn fail(message: String) -> ! {
    eprintln!("prerender: {message}");
    std::process::exit(1);
}

fn write(out: &Path, relative: &str, content: &[u8]) {
    let path = out.join(relative);
    if let Some(folder) = path.parent() {
        std::fs::create_dir_all(folder).unwrap_or_else(|error| fail(format!("{}: {error}", folder.display())));
    }
    std::fs::write(&path, content).unwrap_or_else(|error| fail(format!("{}: {error}", path.display())));
}

/// Every chart of an explainer as images, in every language, for where no iframe runs (none for
/// a draft): the most work of a build, so each language on a thread of its own.
fn write_images(out: &Path, stories: &'static [Story]) {
    let slug = &stories[0].meta.slug;
    std::thread::scope(|scope| {
        let drawing: Vec<_> = stories
            .iter()
            .filter(|story| !story.meta.draft)
            .map(|story| scope.spawn(move || images::render_images(story)))
            .collect();
        for images in drawing {
            let images = images.join().expect("drawing images does not panic").unwrap_or_else(|error| {
                fail(format!("{error} (the images need {}: run scripts/setup.sh)", images::FONTS.join(", ")))
            });
            for image in images {
                write(out, &format!("{slug}/{}", image.path), &image.bytes);
            }
        }
    });
}

/// Where an explainer's entry in the index is kept between builds.
const LISTING: &str = "listing.json";

/// Copies the editor's bundle from `editor` to `out/editor/`, its start moved out of its page,
/// and the address of the site's `stylesheet` in its head (its preview draws with it).
fn write_editor(editor: &Path, out: &Path, stylesheet: &str) {
    let index = editor.join("index.html");
    let page = std::fs::read_to_string(&index).unwrap_or_else(|error| {
        fail(format!("cannot read {} ({error}): build the editor first (scripts/build.sh)", index.display()))
    });
    let meta =
        format!("<meta name=\"explainer-stylesheet\" content=\"{}\">\n</head>", stylesheet.replace('"', "&quot;"));
    if !page.contains("</head>") {
        fail(format!("{}: no </head> to give the stylesheet's address in", index.display()));
    }
    let page = page.replacen("</head>", &meta, 1);
    let (page, start) =
        explainer::site::externalise_start(&page).unwrap_or_else(|error| fail(format!("{}: {error}", index.display())));
    let _ = std::fs::remove_dir_all(out.join("editor"));
    write(out, "editor/index.html", page.as_bytes());
    if let Some((name, script)) = start {
        write(out, &format!("editor/{name}"), script.as_bytes());
    }
    let entries = std::fs::read_dir(editor).unwrap_or_else(|error| fail(format!("{}: {error}", editor.display())));
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().to_string();
        if name == "index.html" || name.starts_with('.') || !entry.path().is_file() {
            continue;
        }
        let bytes = std::fs::read(entry.path()).unwrap_or_else(|error| fail(format!("{name}: {error}")));
        write(out, &format!("editor/{name}"), &bytes);
    }
}

fn main() {
    let options = options().unwrap_or_else(|error| fail(error));
    let files = content_files(&options.inputs);
    if options.stdout {
        let stories = files.first().and_then(|file| compile(file)).unwrap_or_else(|| std::process::exit(1));
        println!("{}", render_app(&stories[0], PageView::Full));
        return;
    }
    if files.is_empty() {
        fail(format!(
            "no content file in {}",
            options.inputs.iter().map(|p| p.display().to_string()).collect::<Vec<_>>().join(", ")
        ));
    }
    let origin = std::env::var("EXPLAINER_ORIGIN").unwrap_or_else(|_| "http://127.0.0.1:8080".into());
    let (engine, out) = (&options.engine, &options.out);

    // The engine, at the root: its page is the shell, with the stylesheet inlined and allowed by
    // its hash in `_headers`; every other file is copied as it is.
    let index = engine.join("index.html");
    let shell = std::fs::read_to_string(&index).unwrap_or_else(|error| {
        fail(format!("cannot read {} ({error}): build the engine first (scripts/build.sh)", index.display()))
    });
    let read = |href: &str| std::fs::read_to_string(engine.join(href.trim_start_matches(&options.public_url))).ok();
    let stylesheet = stylesheet_href(&shell).unwrap_or_else(|error| fail(format!("{}: {error}", index.display())));
    // An in-page embed's stylesheet, for its shadow root; named by its bytes, cached for good.
    let shadow =
        shadow_stylesheet(&stylesheet, read).unwrap_or_else(|error| fail(format!("{}: {error}", index.display())));
    let shadow_name = format!("explainer-shadow-{:016x}.css", fingerprint(shadow.as_bytes()));
    let site = Site {
        public_url: options.public_url.clone(),
        origin: origin.trim_end_matches('/').to_string(),
        shadow_style: format!("{}{shadow_name}", options.public_url),
    };
    let (shell, style_source) =
        inline_stylesheet(&shell, read).unwrap_or_else(|error| fail(format!("{}: {error}", index.display())));
    let entries = std::fs::read_dir(engine).unwrap_or_else(|error| fail(format!("{}: {error}", engine.display())));
    for entry in entries.flatten().filter(|_| options.pages) {
        let name = entry.file_name().to_string_lossy().to_string();
        let path = entry.path();
        match name.as_str() {
            // Trunk's page is the shell; a dot file is the build's own (its fingerprint).
            "index.html" => {}
            _ if name.starts_with('.') => {}
            "_headers" => {
                let headers = std::fs::read_to_string(&path).unwrap_or_default();
                let headers = allow_style(&headers, &style_source)
                    .unwrap_or_else(|error| fail(format!("{}: {error}", path.display())));
                write(out, "_headers", headers.as_bytes());
            }
            "embed.js" => {
                let source = std::fs::read_to_string(&path).unwrap_or_default();
                write(out, &name, served_script(&source).as_bytes());
                write(out, &shadow_name, shadow.as_bytes());
            }
            _ if path.is_file() => {
                let bytes = std::fs::read(&path).unwrap_or_else(|error| fail(format!("{}: {error}", path.display())));
                write(out, &name, &bytes);
            }
            _ => {}
        }
    }

    // The editor at /editor/: its bundle as Trunk built it, but its start in a file of its own.
    if let Some(editor) = options.editor.as_ref().filter(|_| options.pages) {
        write_editor(editor, out, &stylesheet);
    }

    // Each explainer in its folder.
    let mut refused = 0;
    let mut slugs: Vec<String> = Vec::new();
    for file in &files {
        let Some(stories) = compile(file) else {
            refused += 1;
            continue;
        };
        let slug = stories[0].meta.slug.clone();
        if slugs.contains(&slug) {
            eprintln!(
                "error: {}: another content file of this build is also named `{slug}`: rename one",
                file.display()
            );
            refused += 1;
            continue;
        }
        slugs.push(slug.clone());
        if !options.pages {
            write_images(out, stories);
            continue;
        }
        // What an earlier build left in its folder goes: an explainer is written whole.
        let _ = std::fs::remove_dir_all(out.join(&slug));
        let outputs = render_explainer(&shell, &site, stories).unwrap_or_else(|error| {
            fail(format!("{}: {error} (the page needs <div id=\"{ROOT_ID}\"></div>)", index.display()))
        });
        for output in outputs {
            write(out, &output.path, output.content.as_bytes());
        }
        for story in stories {
            let (path, bytes) = data_file(story);
            write(out, &path, &bytes);
        }
        if options.images {
            write_images(out, stories);
        }
        if stories[0].meta.listed {
            let listing = serde_json::to_string(&listings(stories)).expect("plain strings serialise");
            write(out, &format!("{slug}/{LISTING}"), listing.as_bytes());
        }
    }

    if options.pages {
        write_index(out, &shell, &site);
    }
    if refused > 0 {
        eprintln!("{refused} content file(s) refused: the others are built.");
        std::process::exit(1);
    }
}

/// The index, of every listed explainer the site's folder holds, and the 404 pages.
fn write_index(out: &Path, shell: &str, site: &Site) {
    let mut explainers: Vec<Vec<Listing>> = Vec::new();
    for entry in std::fs::read_dir(out).into_iter().flatten().flatten() {
        let Ok(text) = std::fs::read_to_string(entry.path().join(LISTING)) else { continue };
        match serde_json::from_str(&text) {
            Ok(listing) => explainers.push(listing),
            Err(error) => {
                eprintln!("prerender: {}: {error} (left off the index)", entry.path().join(LISTING).display())
            }
        }
    }
    let pages = render_index(shell, site, &explainers).unwrap_or_else(|error| fail(format!("the index: {error}")));
    for page in &pages {
        write(out, &page.path, page.content.as_bytes());
    }
    // Each explainer's folder gets the "not found" page of its language, which hosts such as
    // Cloudflare Pages serve for an unknown address under it (others serve the root's).
    for entry in std::fs::read_dir(out).into_iter().flatten().flatten() {
        let Ok(html) = std::fs::read_to_string(entry.path().join("index.html")) else { continue };
        if !html.contains(explainer::hooks::STORY) {
            continue; // a language's index, not an explainer
        }
        let lang = html.split("<html lang=\"").nth(1).and_then(|rest| rest.split('"').next()).unwrap_or_default();
        let localised = format!("{lang}/404.html");
        let page = pages.iter().find(|p| p.path == localised).or_else(|| pages.iter().find(|p| p.path == "404.html"));
        if let Some(page) = page {
            write(&entry.path(), "404.html", page.content.as_bytes());
        }
    }
}
