//! The "Embed this" dialog, one per page: opened by a view's button with that view's snippet
//! (from what the button carries, at the address this page is served from) and its images
//! linked; its buttons copy the snippet and close it.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, HtmlDialogElement, HtmlTextAreaElement};

use super::{all, by_id, window, Reader};
use crate::content::Said;
use crate::embed::images::{self, Kind};
use crate::embed::{self, PageView};
use crate::hooks::{self, DIALOG_ID};
use crate::reading::Reading;

/// The embed dialog of the page (or the in-page embed) `near` is in.
fn dialog(near: &Element) -> Option<HtmlDialogElement> {
    by_id(near, DIALOG_ID)?.dyn_into::<HtmlDialogElement>().ok()
}

fn find(dialog: &HtmlDialogElement, selector: &str) -> Option<Element> {
    dialog.query_selector(selector).ok().flatten()
}

fn text_box(dialog: &HtmlDialogElement, selector: &str) -> Option<HtmlTextAreaElement> {
    find(dialog, selector)?.dyn_into::<HtmlTextAreaElement>().ok()
}

/// Opens the dialog with `view`'s snippets and images; `button` is the one that asked, and
/// carries what the snippets need.
pub fn open(view: PageView, button: &Element, reader: &Reader) {
    let Some(dialog) = dialog(button) else { return };
    let reading = reader.reading;
    let story = reading.story;
    // The page's own words: the view's title, and its description for the image's text.
    let text = |id: String| by_id(button, &id).and_then(|element| element.text_content()).unwrap_or_default();
    let (title, alt) = (text(hooks::title_id(story, view)), text(hooks::description_id(story, view)));
    let image = images::snippet_image(story, view);
    let height = button.get_attribute(hooks::EMBED_HEIGHT).and_then(|h| h.parse().ok()).unwrap_or(150);
    let (site, prefix) = site_of(reading, reader.guest.as_deref());
    if let Some(snippet) = text_box(&dialog, hooks::SNIPPET) {
        let form = embed::Form::InPage;
        snippet.set_value(&embed::snippet(&site, &prefix, view, story, &title, height, (&image, &alt), form));
    }
    if let Some(letter) = text_box(&dialog, hooks::NEWSLETTER) {
        letter.set_value(&embed::newsletter(&site, &prefix, view, story, (&images::for_newsletter(story, view), &alt)));
    }
    // Every image of a chart; the explainer as a whole has its share card only.
    for item in all(&dialog, &format!("[{}]", hooks::IMAGE_KIND)) {
        let kind =
            item.get_attribute(hooks::IMAGE_KIND).and_then(|name| Kind::ALL.into_iter().find(|k| k.name() == name));
        let shown = kind.filter(|&kind| matches!(view, PageView::EmbedChart(_)) || kind == Kind::Card);
        let _ = item.toggle_attribute_with_force("hidden", shown.is_none());
        if let (Some(kind), Some(link)) = (shown, item.first_element_child()) {
            let href = embed::from_page(reading.view, reading.lang(), story, &images::path(story, view, kind));
            let _ = link.set_attribute("href", &reader.address(&href));
        }
    }
    if let Some(status) = find(&dialog, hooks::STATUS) {
        status.set_text_content(None);
    }
    let _ = dialog.show_modal();
}

/// Copies the dialog's snippet, and says whether it was copied once the browser says so. Where
/// the browser cannot copy (no clipboard on a page served over plain HTTP, or copying refused),
/// it says so and selects the snippet, to be copied by hand.
pub fn copy(button: &Element, said: &'static Said) {
    let Some(dialog) = dialog(button) else { return };
    let Some(snippet) = text_box(&dialog, hooks::SNIPPET) else { return };
    let status = find(&dialog, hooks::STATUS);
    let say = move |text: &str| {
        if let Some(status) = &status {
            status.set_text_content(Some(text));
        }
    };
    say("");
    let navigator = window().navigator();
    let clipboard: JsValue = navigator.clipboard().into();
    if clipboard.is_undefined() {
        snippet.select();
        return say(&said.copy_failed);
    }
    // One of the two runs, once: both live as long as the page (a few bytes a copy).
    let failed = {
        let (snippet, say) = (snippet.clone(), say.clone());
        Closure::<dyn FnMut(JsValue)>::new(move |_| {
            snippet.select();
            say(&said.copy_failed);
        })
    };
    let copied = Closure::<dyn FnMut(JsValue)>::new(move |_| say(&said.copied));
    let _ = navigator.clipboard().write_text(&snippet.value()).then2(&copied, &failed);
    copied.forget();
    failed.forget();
}

/// Closes the dialog.
pub fn close(button: &Element) {
    if let Some(dialog) = dialog(button) {
        dialog.close();
    }
}

/// The site's root at the address this page is served from (`page`, for an in-page embed:
/// not the host page's), and the language's prefix.
fn site_of(reading: Reading, page: Option<&str>) -> (String, String) {
    let location = window().location();
    let (origin, path) = match page.and_then(|page| web_sys::Url::new(page).ok()) {
        Some(url) => (url.origin(), url.pathname()),
        None => (location.origin().unwrap_or_default(), location.pathname().unwrap_or_default()),
    };
    // `get`, not slicing: the same bytes, without the panic message a slice carries (1.5 KB).
    let folder = path.get(..path.rfind('/').map_or(0, |slash| slash + 1)).unwrap_or_default();
    // The site's root: this page's folder without this page's own path under it.
    let prefix = reading.story.prefix_of(reading.lang());
    let own = format!("{prefix}{}", reading.view.path(reading.story));
    let base = folder.strip_suffix(own.as_str()).unwrap_or(folder);
    (format!("{origin}{base}"), prefix)
}
