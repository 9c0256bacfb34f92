//! "Embed this": a control that opens a dialog with the iframe snippet for a visual (or the
//! whole explainer) and the loader line, ready to copy. Shown only once the page is live:
//! `live::dialog` fills the snippet in at the address the page is served from.

use leptos::prelude::*;

use crate::embed::images::{self, Kind};
use crate::embed::{self, PageView};
use crate::format;
use crate::hooks::{dialog_heading_id, dialog_id, Control};
use crate::reading::Reading;
use crate::ui::fill;

/// The "Embed" button for `view` and the dialog it opens.
#[component]
pub fn EmbedThis(
    /// What the snippet embeds: one visual, or the whole explainer.
    view: PageView,
) -> impl IntoView {
    let reading = expect_context::<Reading>();
    let (story, lang) = (reading.story, reading.lang());
    let text = reading.ui();
    let heading_id = dialog_heading_id(story, view);
    let labelled_by = heading_id.clone();
    let dialog = dialog_id(story, view);
    // The iframe's title in the snippet (the browser's story has no titles).
    let title = match view {
        PageView::EmbedChart(chart) => format::inlines(story, story.charts[chart].title, lang),
        _ => format::inlines(story, story.meta.title, lang),
    };
    // The iframe's first height, estimated from the content at build time; the images for hosts
    // without JavaScript and for newsletters, and every image of the view, linked.
    let height = crate::embed::height::initial_height(story, view).to_string();
    let (image, alt) = images::for_snippet(story, view);
    let letter = images::for_newsletter(story, view);
    let kinds: &[Kind] = match view {
        PageView::EmbedChart(_) => &Kind::ALL,
        _ => &[Kind::Card],
    };
    let links = kinds
        .iter()
        .map(|&kind| {
            let href = embed::from_page(reading.view, lang, story, &images::path(story, view, kind));
            let (width, _) = kind.width_and_density();
            let height = kind.fixed_height().map_or_else(String::new, |h| lang.digits(u64::from(h)));
            let name = fill(
                text.image_kinds[kind as usize],
                &[("width", &lang.digits(u64::from(width))), ("height", &height)],
            );
            view! { <li><a href=href>{name}</a></li> }
        })
        .collect_view();
    view! {
        <button
            type="button"
            class="ex-embed-button"
            aria-haspopup="dialog"
            aria-controls=dialog.clone()
            data-control=Control::OpenEmbed(view).marks(story).control
        >
            {text.embed_this}
        </button>
        <dialog
            class="ex-embed-dialog"
            id=dialog
            aria-labelledby=labelled_by
            data-title=title
            data-height=height
            data-image=image
            data-alt=alt
            data-letter=letter
        >
            <h2 id=heading_id>{text.embed_heading}</h2>
            <p>{text.embed_help}</p>
            <textarea class="ex-embed-snippet" readonly rows="5" aria-label=text.embed_heading></textarea>
            <p>{text.newsletter_help}</p>
            <textarea class="ex-embed-newsletter" readonly rows="3" aria-label=text.newsletter_help></textarea>
            <p>{text.images_help}</p>
            <ul class="ex-embed-images">{links}</ul>
            <p class="ex-embed-actions">
                <button type="button" data-control=Control::CopySnippet(view).marks(story).control>{text.copy}</button>
                <button type="button" data-control=Control::CloseDialog(view).marks(story).control>{text.close}</button>
                <span role="status"></span>
            </p>
        </dialog>
    }
}
