//! Saves a visual's files, which pre-rendering left in the page (`view::downloads`): the SVG
//! and the CSV. Each file's template is found by its id. (The PNG is an image made at build
//! time, a plain link.)

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{js_sys, HtmlTemplateElement};

use super::{by_id, document};
use crate::content::Story;
use crate::hooks::{self, file_id, FileKind};

/// Saves one of chart `chart`'s files.
pub fn save(story: &Story, chart: usize, file: FileKind) {
    let kept = |kind: FileKind| {
        let template = by_id(&file_id(story, chart, kind))?;
        let name = template.get_attribute(hooks::FILE_NAME)?;
        let content = template.dyn_into::<HtmlTemplateElement>().ok()?.content().text_content()?;
        Some((name, content))
    };
    match file {
        FileKind::Svg => {
            if let Some((name, svg)) = kept(FileKind::Svg) {
                save_text(&name, "image/svg+xml", &svg);
            }
        }
        FileKind::Csv => {
            if let Some((name, csv)) = kept(FileKind::Csv) {
                save_text(&name, "text/csv;charset=utf-8", &csv);
            }
        }
    }
}

fn save_text(name: &str, mime: &str, text: &str) {
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    if let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) {
        save_blob(name, &blob);
    }
}

fn save_blob(name: &str, blob: &web_sys::Blob) {
    let Ok(url) = web_sys::Url::create_object_url_with_blob(blob) else { return };
    if let Ok(link) = document().create_element("a") {
        let _ = link.set_attribute("href", &url);
        let _ = link.set_attribute("download", name);
        if let Ok(link) = link.dyn_into::<web_sys::HtmlElement>() {
            link.click();
        }
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}
