//! Renders the explainer's pages to HTML at build time and writes them into the folder Trunk
//! has staged, so that each first response holds its whole content before any script runs; the
//! WASM then brings that DOM to life. Writes the embed pages, their oEmbed files and `404.html` too.
//!
//! Run by Trunk's `post_build` hook (see `Trunk.toml`), which sets `TRUNK_STAGING_DIR` and
//! `TRUNK_PUBLIC_URL`. `EXPLAINER_ORIGIN` is the site's scheme and host, for oEmbed's absolute
//! addresses (default `http://127.0.0.1:8080`). With `--stdout` it prints the rendered app.

use std::path::PathBuf;

use explainer::embed::PageView;
use explainer::view::{render_app, render_site, Site, ROOT_ID};

fn main() {
    if std::env::args().any(|a| a == "--stdout") {
        println!("{}", render_app(PageView::Full));
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
    let outputs = render_site(&shell, &site).unwrap_or_else(|error| {
        eprintln!("prerender: {}: {error} (the page needs <div id=\"{ROOT_ID}\"></div>)", index.display());
        std::process::exit(1);
    });
    for output in outputs {
        let path = staging.join(&output.path);
        if let Some(folder) = path.parent() {
            std::fs::create_dir_all(folder).expect("create the page's folder");
        }
        std::fs::write(&path, output.content).unwrap_or_else(|error| panic!("write {}: {error}", path.display()));
    }
}
