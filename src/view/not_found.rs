//! The page static hosts serve for an unknown path: it says so, and lists the pages that do
//! exist (the explainer and every embed), with their addresses to copy. No script runs on it.

use leptos::prelude::*;

use crate::content::Story;
use crate::embed::PageView;
use crate::format;
use crate::ui::ui;

/// The "not found" page of `story`'s site, whose pages are under `public_url` (ending in `/`).
#[component]
pub fn NotFound(
    /// The story, in the page's language.
    story: &'static Story,
    /// Where the site is served from.
    public_url: String,
) -> impl IntoView {
    let lang = story.meta.language;
    let text = ui(lang);
    let mut pages = vec![
        (String::new(), format::inlines(story, story.meta.title, lang)),
        (PageView::EmbedAll.path(story), text.embed_heading.to_string()),
    ];
    pages.extend((0..story.charts.len()).map(|chart| {
        (PageView::EmbedChart(chart).path(story), format::inlines(story, story.charts[chart].title, lang))
    }));
    let links = pages
        .into_iter()
        .map(|(path, title)| {
            let address = format!("{public_url}{path}");
            view! { <li><a href=address.clone()>{title}</a> " — " <code>{address}</code></li> }
        })
        .collect_view();
    view! {
        <div class="ex" lang=lang.code()>
            <h1 class="ex-title">{text.embeds_heading}</h1>
            <p>{text.embeds_help}</p>
            <ul class="ex-embed-list">{links}</ul>
        </div>
    }
}
