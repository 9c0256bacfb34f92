//! Saves a visual's files, which pre-rendering left in the page (`view::downloads`): the SVG,
//! the CSV, and a PNG drawn from the SVG on a canvas at twice its size. Each file's template is
//! found by its id.

use leptos::prelude::*;
use leptos::wasm_bindgen::closure::Closure;
use leptos::wasm_bindgen::{JsCast, JsValue};
use leptos::web_sys::{self, js_sys, HtmlTemplateElement};

use super::by_id;
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
        FileKind::Png => {
            if let Some((name, svg)) = kept(FileKind::Svg) {
                save_png(&name.replace(".svg", ".png"), &svg);
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

/// Draws the SVG on a canvas at twice its size (the image's own size, which is the SVG's
/// `width` and `height`), and saves that.
fn save_png(name: &str, svg: &str) {
    let Ok(image) = web_sys::HtmlImageElement::new() else { return };
    let loaded = image.clone();
    let name = name.to_string();
    let on_load = Closure::once_into_js(move || {
        let (width, height) = (loaded.natural_width(), loaded.natural_height());
        let Ok(canvas) = document().create_element("canvas") else { return };
        let Ok(canvas) = canvas.dyn_into::<web_sys::HtmlCanvasElement>() else { return };
        canvas.set_width(width * 2);
        canvas.set_height(height * 2);
        let Ok(Some(context)) = canvas.get_context("2d") else { return };
        let Ok(context) = context.dyn_into::<web_sys::CanvasRenderingContext2d>() else { return };
        let _ = context.scale(2.0, 2.0);
        let _ = context.draw_image_with_html_image_element(&loaded, 0.0, 0.0);
        let save = Closure::once_into_js(move |blob: Option<web_sys::Blob>| {
            if let Some(blob) = blob {
                save_blob(&name, &blob);
            }
        });
        let _ = canvas.to_blob(save.unchecked_ref());
    });
    image.set_onload(Some(on_load.unchecked_ref()));
    let encoded: String = js_sys::encode_uri_component(svg).into();
    image.set_src(&format!("data:image/svg+xml;charset=utf-8,{encoded}"));
}
