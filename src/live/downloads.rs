//! Downloads of a visual: its SVG, a PNG at twice its size, its data as CSV, all made in the
//! browser from `export` (nothing is sent anywhere; it works offline once loaded).

use leptos::prelude::*;
use leptos::wasm_bindgen::closure::Closure;
use leptos::wasm_bindgen::{JsCast, JsValue};
use leptos::web_sys::{self, js_sys, Element};

use crate::content::{story, Chart};
use crate::export;
use crate::format::Lang;
use crate::palette::LIGHT;
use crate::scene::{self, Frame, Scene};

/// The width downloads are laid out at, whatever the screen.
const EXPORT_WIDTH: f64 = 560.0;

/// Saves what a download button (`data-download`: `svg`, `png` or `csv`) asks for, of the
/// visual it is in.
pub fn save(button: &Element, lang: Lang) {
    let chart_id = button.closest("figure.ex-visual").ok().flatten().map(|figure| figure.id());
    let Some(chart) = story().charts.iter().find(|chart| Some(chart.id) == chart_id.as_deref()) else { return };
    match button.get_attribute("data-download").as_deref() {
        Some("svg") => save_text(&export::file_name(chart, "svg"), "image/svg+xml", &export_svg(chart, lang).0),
        Some("png") => save_png(chart, lang),
        Some("csv") => {
            save_text(&export::file_name(chart, "csv"), "text/csv;charset=utf-8", &export::csv(&story(), chart, lang))
        }
        _ => {}
    }
}

/// The visual as an SVG document, and its size.
fn export_svg(chart: &Chart, lang: Lang) -> (String, f64, f64) {
    let scene: Scene = scene::for_chart(&story(), chart, Frame::new(EXPORT_WIDTH, Frame::FIRST.text), lang);
    let svg = export::svg(&story(), chart, &scene, lang, &LIGHT);
    let size = |name: &str| {
        let from = svg.find(&format!(" {name}=\"")).map(|at| at + name.len() + 3)?;
        svg[from..].split('"').next()?.parse::<f64>().ok()
    };
    let (width, height) = (size("width").unwrap_or(EXPORT_WIDTH), size("height").unwrap_or(EXPORT_WIDTH));
    (svg, width, height)
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

/// Draws the SVG on a canvas at twice its size, and saves that.
fn save_png(chart: &'static Chart, lang: Lang) {
    let (svg, width, height) = export_svg(chart, lang);
    let Ok(image) = web_sys::HtmlImageElement::new() else { return };
    let loaded = image.clone();
    let name = export::file_name(chart, "png");
    let on_load = Closure::once_into_js(move || {
        let Ok(canvas) = document().create_element("canvas") else { return };
        let Ok(canvas) = canvas.dyn_into::<web_sys::HtmlCanvasElement>() else { return };
        canvas.set_width((width * 2.0) as u32);
        canvas.set_height((height * 2.0) as u32);
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
    let encoded: String = js_sys::encode_uri_component(&svg).into();
    image.set_src(&format!("data:image/svg+xml;charset=utf-8,{encoded}"));
}
