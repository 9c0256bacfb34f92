//! The graphics, drawn again in the browser at the width each one gets (and again whenever
//! that width or the reader's text size changes). The pre-rendered drawing, laid out for a
//! phone, is replaced by the same component, `Drawing`, fed the measured frame.

use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;
use leptos::web_sys::{js_sys, Event, HtmlElement};

use super::{all, listen, on_resize};
use crate::hooks;
use crate::reading::Reading;
use crate::scene::Frame;
use crate::view::Drawing;

/// Draws every graphic under `root` again at its measured width, and follows that width.
pub fn draw(root: &HtmlElement, reading: Reading) {
    // Labels are 0.75rem: they follow the reader's text size, and so does the room they get.
    let text = RwSignal::new(Frame::FIRST.text);
    for container in all(root, hooks::GRAPHIC) {
        let id = container.get_attribute(hooks::CHART).unwrap_or_default();
        let Some(chart) = reading.story.charts.iter().position(|chart| chart.id == id) else { continue };
        let Ok(container) = container.dyn_into::<HtmlElement>() else { continue };
        let measured = RwSignal::new(0.0);
        // At once, before the first drawing: reading a width lays the page out on demand, even
        // in an embed that the browser does not render (offscreen, in another origin's page),
        // where a ResizeObserver waits until it is scrolled to.
        measure(&container, text, measured);
        let observed = container.clone();
        on_resize(&container, move |_| measure(&observed, text, measured));
        // The embed's `frame.js` sends `resize` when the width changed while offscreen.
        let resized = container.clone();
        listen(&window(), "resize", move |_: Event| measure(&resized, text, measured));
        let frame = Signal::derive(move || match measured.get() {
            width if width >= 1.0 => Frame::new(width.floor(), text.get()),
            _ => Frame::FIRST,
        });
        container.set_inner_html("");
        // The mount's owner is a child of `live`'s, whose context holds the `Reading`.
        leptos::mount::mount_to(container, move || view! { <Drawing chart=chart frame=frame/> }).forget();
    }
}

/// Reads a graphic's width and the reader's text size; only a change is news.
fn measure(container: &HtmlElement, text: RwSignal<f64>, measured: RwSignal<f64>) {
    // The reader's text size may have changed too; every graphic shares it.
    if let Some(size) = root_font_size().map(|root_px| root_px * 0.75) {
        if text.get_untracked() != size {
            text.set(size);
        }
    }
    let width = f64::from(container.client_width());
    if width >= 1.0 && measured.get_untracked() != width {
        measured.set(width);
    }
}

/// The root element's font size in pixels: 16 unless the reader changed it.
fn root_font_size() -> Option<f64> {
    let root = document().document_element()?;
    let style = window().get_computed_style(&root).ok()??;
    // JavaScript's own parser: Rust's float parsing would add its code to the bundle.
    let size = js_sys::parse_float(&style.get_property_value("font-size").ok()?);
    (size > 0.0).then_some(size)
}
