//! "Embed this": a control that opens a dialog with the iframe snippet for a visual (or the
//! whole explainer) and the loader line, ready to copy. Shown only once the page is live:
//! `live::dialog` fills the snippet in at the address the page is served from.

use leptos::prelude::*;

use super::app::{chart_ids, Reading};
use crate::content::story;
use crate::embed::PageView;
use crate::format;
use crate::ui::ui;

#[component]
pub fn EmbedThis(view: PageView) -> impl IntoView {
    let text = ui(expect_context::<Reading>().lang);
    let key = view.key(&chart_ids());
    let name = match view {
        PageView::EmbedChart(chart) => chart_ids()[chart],
        _ => "explainer",
    };
    let heading_id = format!("embed-{name}-heading");
    // The iframe's title in the snippet (the browser's story has no titles).
    let lang = expect_context::<Reading>().lang;
    let title = match view {
        PageView::EmbedChart(chart) => format::inlines(&story(), story().charts[chart].title, lang),
        _ => format::inlines(&story(), story().meta.title, lang),
    };
    view! {
        <button type="button" class="ex-embed-button" aria-haspopup="dialog" data-embed=key.clone() data-title=title>
            {text.embed_this}
        </button>
        <dialog class="ex-embed-dialog" aria-labelledby=heading_id>
            <h2 id=heading_id.clone()>{text.embed_heading}</h2>
            <p>{text.embed_help}</p>
            <textarea class="ex-embed-snippet" readonly rows="5" aria-label=text.embed_heading></textarea>
            <p class="ex-embed-actions">
                <button type="button" data-action="copy">{text.copy}</button>
                <button type="button" data-action="close">{text.close}</button>
                <span role="status"></span>
            </p>
        </dialog>
    }
}
