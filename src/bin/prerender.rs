//! Renders the explainer's pages to HTML at build time and writes them into the folder Trunk
//! has staged, so that each first response holds its whole content before any script runs; the
//! WASM then brings that DOM to life. Writes the embed pages, their oEmbed files and `404.html` too.
//!
//! Run by Trunk's `post_build` hook (see `Trunk.toml`), which sets `TRUNK_STAGING_DIR` and
//! `TRUNK_PUBLIC_URL`. `EXPLAINER_ORIGIN` is the site's scheme and host, for oEmbed's absolute
//! addresses (default `http://127.0.0.1:8080`). With `--stdout` it prints the rendered app.
//! The stylesheet is inlined into every page, and `_headers`' policy allows it by its hash.

use std::path::PathBuf;

use explainer::content::{STORIES, STORY};
use explainer::embed::PageView;
use explainer::hooks::ROOT_ID;
use explainer::site::{allow_style, images, inline_stylesheet, render_app, render_site, Site};

fn main() {
    if std::env::args().any(|a| a == "--stdout") {
        println!("{}", render_app(STORY, PageView::Full));
        return;
    }
    let staging = std::env::var("TRUNK_STAGING_DIR").map(PathBuf::from).unwrap_or_else(|_| {
        eprintln!("prerender: TRUNK_STAGING_DIR is not set; run it through `trunk build`, or with --stdout");
        std::process::exit(2);
    });
    let mut public_url = std::env::var("TRUNK_PUBLIC_URL").unwrap_or_else(|_| "/".into());
    if !public_url.ends_with('/') {
        public_url.push('/');
    }
    let origin = std::env::var("EXPLAINER_ORIGIN").unwrap_or_else(|_| "http://127.0.0.1:8080".into());
    let site = Site { public_url, origin: origin.trim_end_matches('/').to_string() };
    let index = staging.join("index.html");
    let shell = std::fs::read_to_string(&index).unwrap_or_else(|error| {
        eprintln!("prerender: cannot read {}: {error}", index.display());
        std::process::exit(1);
    });
    // The stylesheet goes into every page; the policy in `_headers` allows it by its hash.
    let read = |href: &str| std::fs::read_to_string(staging.join(href.trim_start_matches(&site.public_url))).ok();
    let (shell, style_source) = inline_stylesheet(&shell, read).unwrap_or_else(|error| {
        eprintln!("prerender: {}: {error}", index.display());
        std::process::exit(1);
    });
    let headers_path = staging.join("_headers");
    if let Ok(headers) = std::fs::read_to_string(&headers_path) {
        let headers = allow_style(&headers, &style_source).unwrap_or_else(|error| {
            eprintln!("prerender: {}: {error}", headers_path.display());
            std::process::exit(1);
        });
        std::fs::write(&headers_path, headers).expect("write _headers");
    }
    let outputs = render_site(&shell, &site).unwrap_or_else(|error| {
        eprintln!("prerender: {}: {error} (the page needs <div id=\"{ROOT_ID}\"></div>)", index.display());
        std::process::exit(1);
    });
    let mut files: Vec<(String, Vec<u8>)> = outputs.into_iter().map(|o| (o.path, o.content.into_bytes())).collect();
    // Every chart as images, in every language, for where no iframe runs (none for a draft).
    for story in STORIES.iter().filter(|story| !story.meta.draft) {
        let images = images::render_images(story).unwrap_or_else(|error| {
            eprintln!("prerender: {error} (the images need {}: run scripts/setup.sh)", images::FONTS.join(", "));
            std::process::exit(1);
        });
        files.extend(images.into_iter().map(|image| (image.path, image.bytes)));
    }
    for (relative, content) in files {
        let path = staging.join(&relative);
        if let Some(folder) = path.parent() {
            std::fs::create_dir_all(folder).expect("create the page's folder");
        }
        std::fs::write(&path, content).unwrap_or_else(|error| panic!("write {}: {error}", path.display()));
    }
}
