//! The graphics, written again in the browser at the width each one gets, and again whenever
//! that width or the reader's text size changes. The pre-rendered drawing, laid out for a phone
//! (`Frame::FIRST`), stays as it is while it fits: a graphic is only written again for a frame
//! it was not drawn for, with the same markup (`drawing`) the page was pre-rendered with.

use std::cell::Cell;
use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{js_sys, Element, Event, HtmlElement, ResizeObserver};

use super::{all, by_id, chart_of, listen, window, Reader};
use crate::drawing;
use crate::hooks;
use crate::scene::{self, Frame, MarkKind};

/// A graphic on the page, and the frame its drawing is laid out for.
struct Graphic {
    container: HtmlElement,
    chart: usize,
    drawn: Cell<Frame>,
}

/// Draws every graphic under `root` again at its measured width, and follows that width.
pub fn draw(root: &HtmlElement, reader: &'static Reader) {
    let story = reader.reading.story;
    let graphics: Rc<Vec<Graphic>> = Rc::new(
        all(root, hooks::GRAPHIC)
            .into_iter()
            .filter_map(|container| {
                let chart = chart_of(&container, story)?;
                let container = container.dyn_into::<HtmlElement>().ok()?;
                Some(Graphic { container, chart, drawn: Cell::new(Frame::FIRST) })
            })
            .collect(),
    );
    // At once, before the first paint: reading a width lays the page out on demand, even in an
    // embed that the browser does not render (offscreen, in another origin's page), where a
    // ResizeObserver waits until it is scrolled to.
    fit(&graphics, reader);
    // Any graphic's size, or the window's (the embed's `frame.js` sends `resize` when the width
    // changed while offscreen): every graphic is measured again, since the text size they all
    // follow may be what changed.
    let observed = Rc::clone(&graphics);
    let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |_: js_sys::Array| fit(&observed, reader));
    if let Ok(observer) = ResizeObserver::new(callback.as_ref().unchecked_ref()) {
        for graphic in graphics.iter() {
            observer.observe(&graphic.container);
        }
    }
    callback.forget();
    listen(&window(), "resize", move |_: Event| fit(&graphics, reader));
}

/// Writes each graphic again whose width or text size is not the one it is drawn for.
fn fit(graphics: &[Graphic], reader: &Reader) {
    // Labels are 0.75rem: they follow the reader's text size, and so does the room they get.
    let text = root_font_size(&reader.root).map_or(Frame::FIRST.text, |root_px| root_px * 0.75);
    let (story, lang) = (reader.reading.story, reader.reading.lang());
    for graphic in graphics {
        let width = f64::from(graphic.container.client_width());
        // Not laid out (hidden, or not yet in the page's flow): keep what is drawn.
        if width < 1.0 {
            continue;
        }
        let frame = Frame::new(width, text);
        if frame == graphic.drawn.get() {
            continue;
        }
        graphic.drawn.set(frame);
        let scene = scene::for_chart(story, &story.charts[graphic.chart], frame, lang);
        graphic.container.set_inner_html(&drawing::svg(story, &scene));
        // Notes whose words the graphic draws are listed for screen readers only, with the
        // visual's description (the drawing is hidden from them).
        if let Some(list) = by_id(&graphic.container, &hooks::notes_id(story, graphic.chart)) {
            let drawn = scene.marks.iter().any(|mark| mark.kind == MarkKind::NoteText);
            let _ = list.class_list().toggle_with_force(hooks::state::SPOKEN_ONLY, drawn);
        }
        reader.page.drawn(graphic.chart, &graphic.container, reader);
    }
}

/// The font size in pixels that `rem` stands for on the page (16 unless the reader changed it):
/// `root`'s, which inherits it from the page, or in an in-page embed from the wrapper that sets
/// it to the reader's (the host page's `rem` is not).
fn root_font_size(root: &Element) -> Option<f64> {
    let style = window().get_computed_style(root).ok()??;
    // JavaScript's own parser: Rust's float parsing would add its code to the bundle.
    let size = js_sys::parse_float(&style.get_property_value("font-size").ok()?);
    (size > 0.0).then_some(size)
}
