//! Site assembly at build time: every page of the site rendered from Trunk's `index.html` (the
//! shell), in every language, with the files that go with them. Run by `prerender` after
//! Trunk's build; never part of the browser bundle.
//!
//! - `mod.rs`: which pages exist, each rendered by the components of `view`.
//! - `shell`: Trunk's page, edited with an HTML rewriter: the app, the head, the loader moved to
//!   a file of its own (no inline script under a strict policy), no preloads.
//! - `style`: the stylesheet inlined, minified, and allowed by its hash in `_headers`.
//! - `oembed`: the oEmbed answer of each embed.
//! - `images`: every chart as PNG images (web, email, edge to edge, share cards), with resvg.

pub mod images;
mod oembed;
mod shell;
mod style;

use leptos::prelude::*;

use crate::content::{language_prefix, Story, STORIES};
use crate::embed::PageView;
use crate::format;
use crate::hooks;
use crate::ui::ui;
use crate::view::{App, NotFound};

pub use style::{allow_style, inline_stylesheet};

/// Where the site is served: `public_url` is Trunk's (a path ending in `/`), `origin` the
/// scheme and host that oEmbed needs absolute addresses for.
#[derive(Debug, Clone)]
pub struct Site {
    /// The path the site is served under, ending in `/`.
    pub public_url: String,
    /// The site's scheme and host, without a trailing `/`.
    pub origin: String,
}

/// A file to write, relative to the dist folder.
#[derive(Debug, Clone, PartialEq)]
pub struct Output {
    /// Where, relative to the dist folder.
    pub path: String,
    /// What.
    pub content: String,
}

/// Why the site cannot be rendered: Trunk's page is not what pre-rendering expects.
pub type Error = String;

/// The app rendered to HTML: `view` of `story`.
pub fn render_app(story: &'static Story, view: PageView) -> String {
    to_html(|| view! { <App story=story view=view/> })
}

/// A view rendered to HTML, without the empty comments (`<!>`) Leptos writes for hydration,
/// between text nodes and for empty slots: the browser code finds what it writes by selectors,
/// never by node position, so they are bytes of the first response for nothing (150 B gzip on
/// the article's page). Text and attributes are escaped, so only markers can read `<!>`.
fn to_html<V: RenderHtml>(view: impl FnOnce() -> V) -> String {
    Owner::new().with(|| view().to_html()).replace("<!>", "")
}

/// Every file of the site that pre-rendering writes, for every language of the story.
pub fn render_site(shell: &str, site: &Site) -> Result<Vec<Output>, Error> {
    let mut outputs: Vec<Output> = Vec::new();
    for story in STORIES.iter() {
        for output in render_language(shell, site, story)? {
            // One loader serves every page: written once.
            if !outputs.iter().any(|o| o.path == output.path) {
                outputs.push(output);
            }
        }
    }
    outputs.push(Output { path: "404.html".to_string(), content: not_found_page(shell, site)? });
    Ok(outputs)
}

/// The pages of `story`'s language: the explainer, the whole explainer to embed, each visual
/// to embed, each embed's oEmbed file, and the loader script the pages load.
pub fn render_language(shell: &str, site: &Site, story: &'static Story) -> Result<Vec<Output>, Error> {
    let mut views = vec![PageView::Full];
    // A draft is a preview: no embeds, no oEmbed (and no images: see `prerender`).
    if !story.meta.draft {
        views.push(PageView::EmbedAll);
        views.extend((0..story.charts.len()).map(PageView::EmbedChart));
    }
    let mut outputs = Vec::new();
    // Each language at its own path (`en/…`), so that the page and the browser agree on it.
    for view in views {
        let rendered = render_page(shell, story, view, site)?;
        let folder = format!("{}{}", language_prefix(story.meta.language), view.path(story));
        outputs.push(Output { path: format!("{folder}index.html"), content: rendered.page });
        if let Some(loader) = rendered.loader {
            outputs.push(loader);
        }
        if view.is_embed() {
            outputs.push(Output { path: format!("{folder}oembed.json"), content: oembed::answer(story, view, site) });
        }
    }
    Ok(outputs)
}

/// A pre-rendered page, and the loader script it now loads, if Trunk's page had an inline one.
pub struct Rendered {
    /// The page.
    pub page: String,
    /// The loader, as a file of the dist folder.
    pub loader: Option<Output>,
}

/// The page's title and description.
fn head_text(story: &Story, view: PageView) -> (String, String) {
    let lang = story.meta.language;
    let article = format::inlines(story, story.meta.title, lang);
    match view {
        PageView::EmbedChart(chart) => {
            let chart = &story.charts[chart];
            (
                format!("{} — {article}", format::inlines(story, chart.title, lang)),
                format::inlines(story, chart.takeaway, lang),
            )
        }
        _ => (article, format::inlines(story, story.meta.standfirst, lang)),
    }
}

/// The shell with the app for `view` inside the root element (marked with its view and
/// language, a `<noscript>` notice before it), its title, description and oEmbed link in the
/// head, `<html lang>` set, and the inline loader moved to a file.
pub fn render_page(shell: &str, story: &'static Story, view: PageView, site: &Site) -> Result<Rendered, Error> {
    let lang = story.meta.language;
    let (title, description) = head_text(story, view);
    let prefix = language_prefix(lang);
    let oembed_view = if view == PageView::Full { PageView::EmbedAll } else { view };
    // The card a share shows: the chart's for a chart's embed, the explainer's for the others.
    let address = |path: &str| format!("{}{}{path}", site.origin, site.public_url);
    let card = address(&images::path(story, view, images::Kind::Card));
    let card_alt = match view {
        PageView::EmbedChart(chart) => crate::describe::description(story, &story.charts[chart], lang),
        _ => description.clone(),
    };
    let cards = if story.meta.draft {
        // Not for search engines, nor for share cards.
        vec![("robots", "noindex".to_string())]
    } else {
        vec![
            ("og:type", "article".to_string()),
            ("og:title", title.clone()),
            ("og:description", description.clone()),
            ("og:url", address(&format!("{prefix}{}", view.path(story)))),
            ("og:image", card),
            ("og:image:width", "1200".to_string()),
            ("og:image:height", "630".to_string()),
            ("og:image:alt", card_alt),
            ("twitter:card", "summary_large_image".to_string()),
        ]
    };
    let page = shell::Page {
        lang: lang.code(),
        rtl: lang.is_rtl(),
        title: &title,
        description: &description,
        oembed: (!story.meta.draft)
            .then(|| format!("{}{}{prefix}{}oembed.json", site.origin, site.public_url, oembed_view.path(story))),
        cards,
        root: vec![(hooks::VIEW, view.key(story)), (hooks::LANG, lang.code().to_string())],
        noscript: Some(ui(lang).no_script),
        app: &render_app(story, view),
    };
    let filled = shell::fill(shell, &page)?;
    let (page, loader) = shell::externalise_loader(&filled)?;
    Ok(Rendered { page, loader: loader.map(|(path, content)| Output { path, content }) })
}

/// The page static hosts serve for an unknown path, in the original's language. No script.
fn not_found_page(shell: &str, site: &Site) -> Result<String, Error> {
    let story = STORIES.first().ok_or("no story")?;
    let text = ui(story.meta.language);
    let body = to_html(|| view! { <NotFound story=story public_url=site.public_url.clone()/> });
    let page = shell::Page {
        lang: story.meta.language.code(),
        rtl: story.meta.language.is_rtl(),
        title: text.embeds_heading,
        description: text.embeds_help,
        oembed: None,
        cards: Vec::new(),
        root: Vec::new(),
        noscript: None,
        app: &body,
    };
    shell::without_scripts(&shell::fill(shell, &page)?)
}

#[cfg(test)]
mod tests;
