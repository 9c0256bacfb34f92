//! "Embed this": a button per view (a visual, or the whole explainer) that opens the page's one
//! dialog with that view's iframe snippet and loader line, ready to copy, and its images. Shown
//! only once the page is live: `live::dialog` fills the dialog in for the button's view, at the
//! address the page is served from, from what the button carries.

use leptos::prelude::*;

use crate::embed::images::Kind;
use crate::embed::PageView;
use crate::hooks::{Control, DIALOG_HEADING_ID, DIALOG_ID};
use crate::reading::Reading;
use crate::ui::fill;

/// The "Embed" button for `view`, with its first height.
#[component]
pub fn EmbedThis(
    /// What the snippet embeds: one visual, or the whole explainer.
    view: PageView,
) -> impl IntoView {
    let reading = expect_context::<Reading>();
    let story = reading.story;
    // The iframe's first height, estimated from the content at build time. The snippet's title
    // and its image's text are the page's own (`hooks::title_id`, `hooks::description_id`).
    let height = crate::embed::height::initial_height(story, view).to_string();
    view! {
        <button
            type="button"
            class="ex-embed-button"
            aria-haspopup="dialog"
            aria-controls=DIALOG_ID
            data-control=Control::OpenEmbed(view).marks(story).control
            data-height=height
        >
            {reading.ui().embed_this}
        </button>
    }
}

/// The page's one embed dialog: its snippets are written, and its images linked, for the view
/// whose button opens it.
#[component]
pub fn EmbedDialog() -> impl IntoView {
    let reading = expect_context::<Reading>();
    let lang = reading.lang();
    let text = reading.ui();
    let links = Kind::ALL
        .iter()
        .map(|&kind| {
            let (width, _) = kind.width_and_density();
            let height = kind.fixed_height().map_or_else(String::new, |h| lang.digits(u64::from(h)));
            let name = fill(
                text.image_kinds[kind as usize],
                &[("width", &lang.digits(u64::from(width))), ("height", &height)],
            );
            view! { <li data-kind=kind.name()><a>{name}</a></li> }
        })
        .collect_view();
    view! {
        <dialog class="ex-embed-dialog" id=DIALOG_ID aria-labelledby=DIALOG_HEADING_ID>
            <h2 id=DIALOG_HEADING_ID>{text.embed_heading}</h2>
            <p>{text.embed_help}</p>
            <textarea class="ex-embed-snippet" readonly rows="5" aria-label=text.embed_heading></textarea>
            <p>{text.newsletter_help}</p>
            <textarea class="ex-embed-newsletter" readonly rows="3" aria-label=text.newsletter_help></textarea>
            <p>{text.images_help}</p>
            <ul class="ex-embed-images">{links}</ul>
            <p class="ex-embed-actions">
                <button type="button" data-control=Control::CopySnippet.marks(reading.story).control>{text.copy}</button>
                <button type="button" data-control=Control::CloseDialog.marks(reading.story).control>{text.close}</button>
                <span role="status"></span>
            </p>
        </dialog>
    }
}
