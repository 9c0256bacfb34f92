//! The oEmbed answer of an embed (`rich`): its iframe, which has a fitting height on its own
//! for consumers that strip the loader script (and which keep an iframe from a provider they do
//! not know, where they would drop an unknown element).

use serde::Serialize;

use super::{head_text, Site};
use crate::content::Story;
use crate::embed::{self, PageView};

/// oEmbed 1.0's `rich` answer, its fields in the specification's order.
#[derive(Serialize)]
struct Rich<'a> {
    #[serde(rename = "type")]
    kind: &'static str,
    version: &'static str,
    title: &'a str,
    provider_name: &'a str,
    provider_url: &'a str,
    html: &'a str,
    width: u32,
    height: u32,
}

/// The oEmbed file of `view`, as JSON.
pub fn answer(story: &Story, view: PageView, site: &Site) -> String {
    let (title, _) = head_text(story, view);
    let provider = format!("{}{}", site.origin, site.public_url);
    let base = format!("{}{}", site.origin, site.base(story));
    let height = embed::height::initial_height(story, view);
    let (image, alt) = super::images::for_snippet(story, view);
    let html = embed::snippet(
        &base,
        &story.prefix_of(story.meta.language),
        view,
        story,
        &title,
        height,
        (&image, &alt),
        embed::Form::Frame,
    );
    let rich = Rich {
        kind: "rich",
        version: "1.0",
        title: &title,
        provider_name: &story.meta.source_name,
        provider_url: &provider,
        html: &html,
        width: 640,
        height,
    };
    serde_json::to_string(&rich).expect("plain strings and numbers serialise") + "\n"
}
