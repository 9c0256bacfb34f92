//! Renders the explainer to HTML at build time and writes it into the page Trunk has staged, so
//! that the first response holds the whole article before any script runs; the WASM then
//! hydrates that same DOM.
//!
//! Run by Trunk's `post_build` hook (see `Trunk.toml`), which sets `TRUNK_STAGING_DIR`. With
//! `--stdout` it prints the rendered app instead (for tests and for checking a content file).

use std::path::PathBuf;

use explainer::view::{render_page, ROOT_ID};

fn main() {
    if std::env::args().any(|a| a == "--stdout") {
        println!("{}", explainer::view::render_app());
        return;
    }
    let staging = std::env::var("TRUNK_STAGING_DIR").map(PathBuf::from).unwrap_or_else(|_| {
        eprintln!("prerender: TRUNK_STAGING_DIR is not set; run it through `trunk build`, or with --stdout");
        std::process::exit(2);
    });
    let index = staging.join("index.html");
    let shell = std::fs::read_to_string(&index).unwrap_or_else(|error| {
        eprintln!("prerender: cannot read {}: {error}", index.display());
        std::process::exit(1);
    });
    match render_page(&shell) {
        Ok(rendered) => {
            std::fs::write(&index, rendered.page).expect("write the pre-rendered index.html");
            if let Some((name, loader)) = rendered.loader {
                std::fs::write(staging.join(name), loader).expect("write the loader script");
            }
        }
        Err(error) => {
            eprintln!("prerender: {}: {error} (the page needs <div id=\"{ROOT_ID}\"></div>)", index.display());
            std::process::exit(1);
        }
    }
}
