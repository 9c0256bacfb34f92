//! The browser entry: brings to life the page that `prerender` wrote at build time. The root
//! says which story language and view it holds (`data-lang`, `data-view`); the page is then
//! marked `data-live` so that styles and tests can tell the interactive page from the static one.

use explainer::content::{language_of, story_in, STORY};
use explainer::embed::PageView;
use explainer::hooks;
use wasm_bindgen::JsCast;

// A free-list allocator: the page allocates little and once, so dlmalloc's size (7 KB) buys
// nothing here. Single-threaded, as the browser's WASM is.
#[global_allocator]
static ALLOCATOR: lol_alloc::AssumeSingleThreaded<lol_alloc::FreeListAllocator> =
    // SAFETY: the browser runs this WASM on one thread.
    unsafe { lol_alloc::AssumeSingleThreaded::new(lol_alloc::FreeListAllocator::new()) };

fn main() {
    let root = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.get_element_by_id(explainer::hooks::ROOT_ID))
        .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok());
    let Some(root) = root else { return };
    let story = root.get_attribute(hooks::LANG).and_then(|code| language_of(&code)).and_then(story_in).unwrap_or(STORY);
    let view =
        root.get_attribute(hooks::VIEW).and_then(|key| PageView::from_key(&key, story)).unwrap_or(PageView::Full);
    explainer::live::start(root.clone(), story, view);
    let _ = root.set_attribute("data-live", "");
}
