//! "Embed this": a control that opens a dialog with the iframe snippet for a visual (or the
//! whole explainer) and the loader line, ready to copy. Shown only once the page is live.

use leptos::html::Dialog;
use leptos::prelude::*;

use super::app::{chart_ids, Reading};
use crate::content::{language_prefix, story};
use crate::embed::{self, PageView};
use crate::format;
use crate::ui::ui;

#[component]
pub fn EmbedThis(view: PageView) -> impl IntoView {
    let reading = expect_context::<Reading>();
    let text = ui(reading.lang);
    let dialog = NodeRef::<Dialog>::new();
    let snippet = RwSignal::new(String::new());
    let copied = RwSignal::new(false);
    let key = match view {
        PageView::EmbedChart(chart) => story().charts[chart].id,
        _ => "explainer",
    };
    let heading_id = format!("embed-{key}-heading");
    let labelled_by = heading_id.clone();

    let open = move |_| {
        snippet.set(snippet_for(view));
        copied.set(false);
        if let Some(dialog) = dialog.get() {
            let _ = dialog.show_modal();
        }
    };
    let close = move |_| {
        if let Some(dialog) = dialog.get() {
            dialog.close();
        }
    };
    let copy = move |_| {
        let clipboard = window().navigator().clipboard();
        let _ = clipboard.write_text(&snippet.get_untracked());
        copied.set(true);
    };
    view! {
        <button type="button" class="ex-embed-button" aria-haspopup="dialog" on:click=open>
            {text.embed_this}
        </button>
        <dialog class="ex-embed-dialog" node_ref=dialog aria-labelledby=labelled_by>
            <h2 id=heading_id>{text.embed_heading}</h2>
            <p>{text.embed_help}</p>
            <textarea class="ex-embed-snippet" readonly rows="5" aria-label=text.embed_heading prop:value=move || snippet.get()></textarea>
            <p class="ex-embed-actions">
                <button type="button" on:click=copy>{text.copy}</button>
                <button type="button" on:click=close>{text.close}</button>
                <span role="status">{move || copied.get().then_some(text.copied)}</span>
            </p>
        </dialog>
    }
}

/// The HTML a newsroom pastes: the iframe (with a title, lazy loading and a height that fits
/// at common widths) and the loader, both at this page's own address.
fn snippet_for(view: PageView) -> String {
    let reading = expect_context::<Reading>();
    let lang = reading.lang;
    let location = window().location();
    let origin = location.origin().unwrap_or_default();
    let path = location.pathname().unwrap_or_default();
    let folder = &path[..path.rfind('/').map_or(0, |slash| slash + 1)];
    // The site's root: this page's folder without this page's own path under it.
    let prefix = language_prefix(lang.code());
    let own = format!("{prefix}{}", reading.view.path(&chart_ids()));
    let base = folder.strip_suffix(own.as_str()).unwrap_or(folder);
    let title = match view {
        PageView::EmbedChart(chart) => format::inlines(&story(), story().charts[chart].title, lang),
        _ => format::inlines(&story(), story().meta.title, lang),
    };
    embed::snippet(&format!("{origin}{base}"), &prefix, view, &chart_ids(), &title)
}
