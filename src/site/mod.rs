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

pub use shell::{externalise_start, served_script};
mod style;

use leptos::prelude::*;

use crate::content::Lang;
use crate::content::{PageData, Said, SavedFile, Story};
use crate::embed::PageView;
use crate::export;
use crate::format;
use crate::hooks;
use crate::ui::ui;
pub use crate::view::render as render_app;
use crate::view::{to_html, Listing, SiteIndex};
use vocabulary::Named;

pub use style::{allow_style, inline_stylesheet, shadow_stylesheet, stylesheet_href, SHADOW_WRAP};

/// Where the site is served: `public_url` is Trunk's (a path ending in `/`), `origin` the
/// scheme and host that oEmbed needs absolute addresses for. Each explainer is in a folder of
/// its own, `<slug>/`; the engine, the host loader and the index are at the root.
#[derive(Debug, Clone)]
pub struct Site {
    /// The path the site is served under, ending in `/`.
    pub public_url: String,
    /// The site's scheme and host, without a trailing `/`.
    pub origin: String,
    /// The address of the stylesheet for an in-page embed's shadow root ([`shadow_stylesheet`]).
    pub shadow_style: String,
}

impl Site {
    /// The path of `story`'s folder: `/logement/`.
    pub fn base(&self, story: &Story) -> String {
        format!("{}{}/", self.public_url, story.meta.slug)
    }
}

/// A file to write, relative to the dist folder.
#[derive(Debug, Clone, PartialEq)]
pub struct Output {
    /// Where, relative to the dist folder.
    pub path: String,
    /// What.
    pub content: String,
}

/// The data file of `story`'s pages (a [`PageData`]: the browser's copy of the story, see
/// [`Story::to_bytes`], and every chart's SVG and CSV to download) in its binary form, and where
/// it is written, from the site's root (`logement/story-….bin`, `logement/en/story-….bin`). Its
/// name is a hash of its bytes, so that it is cached for good and a page never meets another
/// build's copy. The downloads are here rather than in the page: 3 KB gzip that the first
/// response need not carry.
pub fn data_file(story: &Story) -> (String, Vec<u8>) {
    let lang = story.meta.language;
    let mut files = Vec::new();
    for (chart, spec) in story.charts.iter().enumerate() {
        let scene = crate::scene::for_chart(story, spec, export::frame(), lang);
        for (kind, content) in [
            (hooks::FileKind::Svg, export::svg(story, spec, &scene, lang, &crate::palette::LIGHT)),
            (hooks::FileKind::Csv, export::csv(story, spec, lang)),
        ] {
            let name = export::file_name(spec, kind.name());
            files.push(SavedFile { id: hooks::file_id(story, chart, kind), name, content });
        }
    }
    let bytes = story::to_bytes(&PageData { story: story.clone(), files, said: said(story) });
    let hash = fingerprint(&bytes);
    (format!("{}/{}story-{hash:016x}.bin", story.meta.slug, story.prefix_of(story.meta.language)), bytes)
}

/// What the live page of `story` says in words, in its language.
pub fn said(story: &Story) -> Said {
    let lang = story.meta.language;
    let terms = lang.terms();
    let figures = (0..story.figures.len())
        .map(|i| {
            let spoken = crate::format::figure_spoken(story, &story.figures[i], lang);
            match story.operands(i) {
                Some(_) => format!("{spoken} ({})", terms.computed_how),
                None => spoken,
            }
        })
        .collect();
    let events = story
        .events
        .iter()
        .map(|event| [&crate::format::event_when(event, lang), terms.comma, &event.label].concat())
        .collect();
    Said { figures, events, copied: terms.copied.to_string(), copy_failed: terms.copy_failed.to_string() }
}

/// A fingerprint of a file's bytes, for its name: FNV-1a, tiny and the same on every machine.
pub fn fingerprint(bytes: &[u8]) -> u64 {
    bytes
        .iter()
        .fold(0xcbf2_9ce4_8422_2325_u64, |hash, byte| (hash ^ u64::from(*byte)).wrapping_mul(0x0000_0100_0000_01b3))
}

/// Why the site cannot be rendered: Trunk's page is not what pre-rendering expects.
pub type Error = String;

/// Every file of an explainer that pre-rendering writes, for every language of its story
/// (`stories`, the original first), named from the site's root: its pages and oEmbed files in
/// its folder, and the loader script at the root (the same for every explainer).
pub fn render_explainer(shell: &str, site: &Site, stories: &'static [Story]) -> Result<Vec<Output>, Error> {
    let mut outputs: Vec<Output> = Vec::new();
    for story in stories {
        for output in render_language(shell, site, story)? {
            // One loader serves every page: written once.
            if !outputs.iter().any(|o| o.path == output.path) {
                outputs.push(output);
            }
        }
    }
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
    // The data file every page of the language names: made once (it holds every download).
    let (data, _) = data_file(story);
    // Each language at its own path (`en/…`), so that the page and the browser agree on it.
    for view in views {
        let rendered = render_page(shell, story, view, site, &data)?;
        let folder = format!("{}/{}{}", story.meta.slug, story.prefix_of(story.meta.language), view.path(story));
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
    let article = format::inlines(story, &story.meta.title, lang);
    match view {
        PageView::EmbedChart(chart) => {
            let chart = &story.charts[chart];
            (
                format!("{} — {article}", format::inlines(story, &chart.title, lang)),
                format::inlines(story, &chart.takeaway, lang),
            )
        }
        _ => (article, format::inlines(story, &story.meta.standfirst, lang)),
    }
}

/// The shell with the app for `view` inside the root element (marked with its view and
/// language, a `<noscript>` notice before it), its title, description and oEmbed link in the
/// head, `<html lang>` set, and the inline loader moved to a file.
/// `data` is the path of the language's data file ([`data_file`]).
pub fn render_page(
    shell: &str,
    story: &'static Story,
    view: PageView,
    site: &Site,
    data: &str,
) -> Result<Rendered, Error> {
    let lang = story.meta.language;
    let (title, description) = head_text(story, view);
    let prefix = story.prefix_of(lang);
    let oembed_view = if view == PageView::Full { PageView::EmbedAll } else { view };
    // The card a share shows: the chart's for a chart's embed, the explainer's for the others.
    let address = |path: &str| format!("{}{}{path}", site.origin, site.base(story));
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
    let mut page = shell::Page {
        lang: lang.code(),
        rtl: lang.is_rtl(),
        title: &title,
        description: &description,
        oembed: (!story.meta.draft)
            .then(|| format!("{}{}{prefix}{}oembed.json", site.origin, site.base(story), oembed_view.path(story))),
        alternates: match view {
            PageView::Full => Vec::new(),
            _ => story
                .meta
                .languages
                .iter()
                .filter(|other| **other != lang)
                .map(|other| (other.code(), crate::embed::href_for(*other, view, lang, story)))
                .collect(),
        },
        cards,
        root: vec![
            (hooks::VIEW, view.key(story)),
            (hooks::LANG, lang.code().to_string()),
            (hooks::STORY, format!("{}{}", site.public_url, data)),
            (hooks::HOST_KEY, view.host_key(story)),
        ],
        noscript: Some(ui(lang).no_script),
        app: &render_app(story, view),
    };
    if view != PageView::Full {
        let (js, wasm) = shell::engine_files(shell)?;
        page.root.extend(hooks::IN_PAGE_FILES.into_iter().zip([js, wasm, site.shadow_style.clone()]));
    }
    let filled = shell::fill(shell, &page)?;
    let (page, loader) = shell::externalise_loader(&filled)?;
    Ok(Rendered { page, loader: loader.map(|(path, content)| Output { path, content }) })
}

/// How an explainer (`stories`, in each of its languages, the original first) shows in the
/// site's index, each language linked from the site's root.
pub fn listings(stories: &'static [Story]) -> Vec<Listing> {
    stories
        .iter()
        .map(|story| {
            let (lang, slug) = (story.meta.language, &story.meta.slug);
            let standfirst = format::inlines(story, &story.meta.standfirst, lang);
            let card = (!story.meta.draft).then(|| {
                (format!("{slug}/{}", images::path(story, PageView::EmbedAll, images::Kind::Card)), standfirst.clone())
            });
            Listing {
                lang: lang.code().to_string(),
                title: format::inlines(story, &story.meta.title, lang),
                standfirst,
                date: (format::date(story.meta.date, lang), story.meta.date.key()),
                href: format!("{slug}/{}", story.prefix_of(lang)),
                card,
            }
        })
        .collect()
}

/// The site's index, in every language its explainers are told in (the one most of them were
/// written in at the root, the others at `en/`, `ar/`…), newest first, and in each the page
/// static hosts serve for an unknown address (`404.html`, `en/404.html`: the index under "this
/// page does not exist"). No script.
pub fn render_index(shell: &str, site: &Site, explainers: &[Vec<Listing>]) -> Result<Vec<Output>, Error> {
    let mut explainers = explainers.to_vec();
    explainers.retain(|listings| !listings.is_empty());
    explainers.sort_by(|a, b| b[0].date.1.cmp(&a[0].date.1).then_with(|| a[0].href.cmp(&b[0].href)));
    // The languages, the most common original first (the newest explainer's on a tie).
    let mut languages: Vec<Lang> = Vec::new();
    let mut originals: Vec<(Lang, usize)> = Vec::new();
    for listings in &explainers {
        for (i, listing) in listings.iter().enumerate() {
            let Some(lang) = Lang::parse(&listing.lang) else { continue };
            if !languages.iter().any(|l| l.code() == lang.code()) {
                languages.push(lang);
            }
            if i == 0 {
                match originals.iter_mut().find(|(l, _)| l.code() == lang.code()) {
                    Some((_, count)) => *count += 1,
                    None => originals.push((lang, 1)),
                }
            }
        }
    }
    let first = originals.iter().fold(None, |best: Option<(Lang, usize)>, &(lang, count)| match best {
        Some((_, most)) if most >= count => best,
        _ => Some((lang, count)),
    });
    let Some((first, _)) = first else { return Ok(Vec::new()) };
    languages.retain(|l| l.code() != first.code());
    languages.insert(0, first);
    let folder = |lang: Lang| if lang == first { String::new() } else { format!("{}/", lang.code()) };
    let page = |lang: Lang, not_found: bool| -> Result<String, Error> {
        let text = ui(lang);
        let others: Vec<(Lang, String)> =
            languages.iter().filter(|l| l.code() != lang.code()).map(|&l| (l, folder(l))).collect();
        let (root, listed) = (site.public_url.clone(), explainers.clone());
        let body = to_html(|| {
            view! { <SiteIndex lang=lang explainers=listed root=root others=others not_found=not_found/> }
        });
        let title = if not_found { text.embeds_heading } else { text.index_heading };
        let page = shell::Page {
            lang: lang.code(),
            rtl: lang.is_rtl(),
            title,
            description: title,
            oembed: None,
            alternates: Vec::new(),
            cards: Vec::new(),
            root: Vec::new(),
            noscript: None,
            app: &body,
        };
        shell::without_scripts(&shell::fill(shell, &page)?)
    };
    let mut outputs = Vec::new();
    for &lang in &languages {
        outputs.push(Output { path: format!("{}index.html", folder(lang)), content: page(lang, false)? });
        outputs.push(Output { path: format!("{}404.html", folder(lang)), content: page(lang, true)? });
    }
    Ok(outputs)
}

#[cfg(test)]
mod tests;
