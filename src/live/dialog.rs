//! The "Embed this" dialog: opened with the snippet for its view, at the address this page is
//! served from; its buttons copy the snippet and close it. Each dialog is found by its id.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlDialogElement, HtmlTextAreaElement};

use super::{by_id, window};
use crate::content::language_prefix;
use crate::embed::{self, PageView};
use crate::hooks::{self, dialog_id};
use crate::reading::Reading;
use crate::ui::terms;

/// The dialog of `view`'s embed snippet.
fn dialog(view: PageView, reading: Reading) -> Option<HtmlDialogElement> {
    by_id(&dialog_id(reading.story, view))?.dyn_into::<HtmlDialogElement>().ok()
}

fn find(dialog: &HtmlDialogElement, selector: &str) -> Option<Element> {
    dialog.query_selector(selector).ok().flatten()
}

fn snippet_box(dialog: &HtmlDialogElement) -> Option<HtmlTextAreaElement> {
    find(dialog, hooks::SNIPPET)?.dyn_into::<HtmlTextAreaElement>().ok()
}

/// Opens `view`'s dialog with its snippet.
pub fn open(view: PageView, reading: Reading) {
    let Some(dialog) = dialog(view, reading) else { return };
    if let Some(snippet) = snippet_box(&dialog) {
        let title = dialog.get_attribute(hooks::EMBED_TITLE).unwrap_or_default();
        let height = dialog.get_attribute(hooks::EMBED_HEIGHT).and_then(|h| h.parse().ok()).unwrap_or(150);
        let image = dialog.get_attribute(hooks::EMBED_IMAGE).unwrap_or_default();
        let alt = dialog.get_attribute(hooks::EMBED_ALT).unwrap_or_default();
        let (site, prefix) = site_of(reading);
        snippet.set_value(&embed::snippet(&site, &prefix, view, reading.story, &title, height, (&image, &alt)));
        if let Some(letter) = find(&dialog, hooks::NEWSLETTER).and_then(|e| e.dyn_into::<HtmlTextAreaElement>().ok()) {
            let email = dialog.get_attribute(hooks::EMBED_LETTER).unwrap_or_default();
            letter.set_value(&embed::newsletter(&site, &prefix, view, reading.story, (&email, &alt)));
        }
    }
    if let Some(status) = find(&dialog, hooks::STATUS) {
        status.set_text_content(None);
    }
    let _ = dialog.show_modal();
}

/// Copies the snippet of `view`'s dialog, and says so.
pub fn copy(view: PageView, reading: Reading) {
    let Some(dialog) = dialog(view, reading) else { return };
    if let Some(snippet) = snippet_box(&dialog) {
        let _ = window().navigator().clipboard().write_text(&snippet.value());
    }
    if let Some(status) = find(&dialog, hooks::STATUS) {
        status.set_text_content(Some(terms(reading.lang()).copied));
    }
}

/// Closes `view`'s dialog.
pub fn close(view: PageView, reading: Reading) {
    if let Some(dialog) = dialog(view, reading) {
        dialog.close();
    }
}

/// The site's root at the address this page is served from, and the language's prefix.
fn site_of(reading: Reading) -> (String, String) {
    let location = window().location();
    let origin = location.origin().unwrap_or_default();
    let path = location.pathname().unwrap_or_default();
    let folder = &path[..path.rfind('/').map_or(0, |slash| slash + 1)];
    // The site's root: this page's folder without this page's own path under it.
    let prefix = language_prefix(reading.lang());
    let own = format!("{prefix}{}", reading.view.path(reading.story));
    let base = folder.strip_suffix(own.as_str()).unwrap_or(folder);
    (format!("{origin}{base}"), prefix)
}
