//! The "Embed this" dialog: opened with the snippet for its view, at the address this page is
//! served from; its buttons copy the snippet and close it.

use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;
use leptos::web_sys::{Element, HtmlDialogElement, HtmlTextAreaElement};

use crate::content::language_prefix;
use crate::embed::{self, PageView};
use crate::ui::ui;
use crate::view::{chart_ids, Reading};

/// Opens the dialog that follows `button`, with the snippet of the view the button names.
pub fn open(button: &Element, reading: Reading) {
    let Some(view) = button.get_attribute("data-embed").and_then(|key| PageView::from_key(&key, &chart_ids())) else {
        return;
    };
    let Some(dialog) = button.next_element_sibling().and_then(|d| d.dyn_into::<HtmlDialogElement>().ok()) else {
        return;
    };
    if let Some(snippet) = find(&dialog, ".ex-embed-snippet").and_then(|t| t.dyn_into::<HtmlTextAreaElement>().ok()) {
        snippet.set_value(&snippet_for(view, &button.get_attribute("data-title").unwrap_or_default(), reading));
    }
    if let Some(status) = find(&dialog, "[role=status]") {
        status.set_text_content(None);
    }
    let _ = dialog.show_modal();
}

/// A dialog's button: `copy` or `close`.
pub fn act(button: &Element, reading: Reading) {
    let Some(dialog) = button.closest("dialog").ok().flatten().and_then(|d| d.dyn_into::<HtmlDialogElement>().ok())
    else {
        return;
    };
    match button.get_attribute("data-action").as_deref() {
        Some("copy") => {
            let snippet = find(&dialog, ".ex-embed-snippet").and_then(|t| t.dyn_into::<HtmlTextAreaElement>().ok());
            if let Some(snippet) = snippet {
                let _ = window().navigator().clipboard().write_text(&snippet.value());
            }
            if let Some(status) = find(&dialog, "[role=status]") {
                status.set_text_content(Some(ui(reading.lang).copied));
            }
        }
        Some("close") => dialog.close(),
        _ => {}
    }
}

fn find(dialog: &HtmlDialogElement, selector: &str) -> Option<Element> {
    dialog.query_selector(selector).ok().flatten()
}

/// The HTML a newsroom pastes: the iframe (with a title, lazy loading and a height that fits
/// at common widths) and the loader, both at this page's own address.
fn snippet_for(view: PageView, title: &str, reading: Reading) -> String {
    let lang = reading.lang;
    let location = window().location();
    let origin = location.origin().unwrap_or_default();
    let path = location.pathname().unwrap_or_default();
    let folder = &path[..path.rfind('/').map_or(0, |slash| slash + 1)];
    // The site's root: this page's folder without this page's own path under it.
    let prefix = language_prefix(lang.code());
    let own = format!("{prefix}{}", reading.view.path(&chart_ids()));
    let base = folder.strip_suffix(own.as_str()).unwrap_or(folder);
    embed::snippet(&format!("{origin}{base}"), &prefix, view, &chart_ids(), title)
}
