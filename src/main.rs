//! The browser entry: brings to life the page that `prerender` wrote at build time. The engine
//! is the same for every article: the loader fetches the page's story (the file its root names
//! in `data-story`) beside it and hands it to [`start_story`]. The root says which view it holds
//! (`data-view`); the page is then marked `data-live` so that styles and tests can tell the
//! interactive page from the static one.

use explainer::content::PageData;
use explainer::embed::PageView;
use explainer::hooks;
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::JsCast;

// A free-list allocator: the page allocates little and once, so dlmalloc's size (7 KB) buys
// nothing here. Single-threaded, as the browser's WASM is.
#[global_allocator]
static ALLOCATOR: lol_alloc::AssumeSingleThreaded<lol_alloc::FreeListAllocator> =
    // SAFETY: the browser runs this WASM on one thread.
    unsafe { lol_alloc::AssumeSingleThreaded::new(lol_alloc::FreeListAllocator::new()) };

fn main() {}

/// Brings the page to life with its data file, `data` (`content::PageData`: its story and its
/// downloads). Returns whether it could: not when the page has no root or the bytes are no
/// data of this engine.
#[wasm_bindgen]
pub fn start_story(data: &[u8]) -> bool {
    let root = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.get_element_by_id(hooks::ROOT_ID))
        .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok());
    root.is_some_and(|root| start(root, data, None))
}

/// Brings to life an in-page embed: the markup of the page at `page` (an address of the
/// explainer's site), placed by the host loader (`embed.js`) under `root` in a shadow root of
/// the host's page, with that page's data file, `data`. One engine serves every embed of the
/// host page, each under its own root.
#[wasm_bindgen]
pub fn start_embed(root: web_sys::HtmlElement, data: &[u8], page: String) -> bool {
    start(root, data, Some(page))
}

fn start(root: web_sys::HtmlElement, data: &[u8], guest: Option<String>) -> bool {
    let Some(data) = story::from_bytes::<PageData>(data) else { return false };
    // One story per root, for the page's whole life.
    let PageData { story, files, said } = data;
    let (story, files, said) = (Box::leak(Box::new(story)), files.leak(), Box::leak(Box::new(said)));
    let view =
        root.get_attribute(hooks::VIEW).and_then(|key| PageView::from_key(&key, story)).unwrap_or(PageView::Full);
    explainer::live::start(root.clone(), story, files, said, view, guest);
    let _ = root.set_attribute("data-live", "");
    true
}
