//! The editor's preview, in a Web Worker: it takes a content file and its source text, and
//! answers with a page of its explainer as a document whole in itself, compiled by the very
//! compiler and drawn by the very components the site's build runs, with Leptos' server-side
//! renderer. The editor's own renderer (client-side) cannot render to HTML, and this one cannot
//! run the editor's events: each has its own WebAssembly.
//!
//! A request is an array: the content file, its source text, the language (0 the original, then
//! each translation), the page (0 the article, 1 the whole explainer to embed, 2 and on each
//! chart to embed) and the address of the site's stylesheet. The answer is
//! the document, or an empty string for a request it cannot read; its first word, `true`, says
//! it is ready.

use explainer::content::Story;
use explainer::embed::PageView;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

fn main() {
    std::panic::set_hook(Box::new(|info| web_sys::console::error_1(&info.to_string().into())));
    let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let answer = scope.clone();
    let on_message = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
        let request: js_sys::Array = event.data().unchecked_into();
        let text = |index: u32| request.get(index).as_string().unwrap_or_default();
        let number = |index: u32| request.get(index).as_f64().unwrap_or(0.0) as usize;
        let page = draw(&text(0), text(1), number(2), number(3), &text(4));
        let _ = answer.post_message(&JsValue::from_str(&page.unwrap_or_default()));
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    // What the editor sent before this moment is lost: it waits for this word.
    let _ = scope.post_message(&JsValue::TRUE);
}

/// The document of `page` of the explainer `file` makes in its `language`, if it has no fault.
fn draw(file: &str, source: String, language: usize, page: usize, stylesheet: &str) -> Option<String> {
    let load = move |_: &str| Ok(source.clone());
    let mut stories = content_compiler::validate::validate("article.toml", file, &load).ok()?;
    if language >= stories.len() {
        return None;
    }
    // The components take a story that lives as long as the program: each one drawn is kept,
    // and the editor starts a new worker now and then (see its `preview`).
    let story: &'static Story = Box::leak(Box::new(stories.swap_remove(language)));
    let view = match page {
        0 => PageView::Full,
        1 => PageView::EmbedAll,
        chart => PageView::EmbedChart((chart - 2).min(story.charts.len().checked_sub(1)?)),
    };
    Some(explainer::view::preview(story, view, stylesheet))
}
