//! Saves a visual's files, which came in the page's data file (`content::PageData`): the SVG
//! and the CSV, each found by its id. (The PNG is an image made at build time, a plain link.)

use std::cell::Cell;

use wasm_bindgen::{JsCast, JsValue};
use web_sys::js_sys;

use super::document;
use crate::content::{SavedFile, Story};
use crate::hooks::{file_id, FileKind};

/// Saves one of chart `chart`'s files; `last` holds the address of the last download's file.
pub fn save(story: &Story, files: &[SavedFile], chart: usize, file: FileKind, last: &Cell<Option<String>>) {
    let id = file_id(story, chart, file);
    let Some(saved) = files.iter().find(|saved| saved.id == id) else { return };
    let mime = match file {
        FileKind::Svg => "image/svg+xml",
        FileKind::Csv => "text/csv;charset=utf-8",
    };
    save_text(&saved.name, mime, &saved.content, last);
}

fn save_text(name: &str, mime: &str, text: &str, last: &Cell<Option<String>>) {
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    if let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) {
        save_blob(name, &blob, last);
    }
}

fn save_blob(name: &str, blob: &web_sys::Blob, last: &Cell<Option<String>>) {
    let Ok(url) = web_sys::Url::create_object_url_with_blob(blob) else { return };
    if let Ok(link) = document().create_element("a") {
        let _ = link.set_attribute("href", &url);
        let _ = link.set_attribute("download", name);
        if let Ok(link) = link.dyn_into::<web_sys::HtmlElement>() {
            link.click();
        }
    }
    // Revoked once the download has started, not in the click's own task (some browsers then
    // cancel it): the next download revokes this one's address, and a timer would cost the
    // WASM more than the one address the page keeps.
    if let Some(before) = last.replace(Some(url)) {
        let _ = web_sys::Url::revoke_object_url(&before);
    }
}
