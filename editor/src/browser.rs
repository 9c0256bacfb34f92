//! What the editor asks of the browser: the interface's language from the address, the work in
//! progress kept in its storage, files opened from and saved to disk, the text's selection.
//! Every call may fail (storage refused, a private window): the editor then goes on without.

use leptos::prelude::request_animation_frame;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// The keys the work in progress is kept under.
const KEPT: [&str; 2] = ["explainer-editor/source", "explainer-editor/file"];

fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

/// The value of `name` in the page's address (`?lang=en`).
pub fn query(name: &str) -> Option<String> {
    let search = window()?.location().search().ok()?;
    web_sys::UrlSearchParams::new_with_str(&search).ok()?.get(name)
}

/// The browser's preferred languages, most wanted first, as BCP 47 tags.
pub fn preferred_languages() -> Vec<String> {
    window().map(|w| w.navigator().languages().iter().filter_map(|l| l.as_string()).collect()).unwrap_or_default()
}

fn storage() -> Option<web_sys::Storage> {
    window()?.local_storage().ok().flatten()
}

/// The source text and content file kept from the last visit, if any.
pub fn kept() -> Option<(String, String)> {
    let storage = storage()?;
    let [source, file] = KEPT.map(|key| storage.get_item(key).ok().flatten().unwrap_or_default());
    (!source.is_empty() || !file.is_empty()).then_some((source, file))
}

/// Keeps the source text and content file for the next visit.
pub fn keep(source: &str, file: &str) {
    if let Some(storage) = storage() {
        for (key, value) in KEPT.iter().zip([source, file]) {
            let _ = storage.set_item(key, value);
        }
    }
}

/// The text of each file the picker `input` holds, with its name.
pub async fn read_files(input: &web_sys::HtmlInputElement) -> Vec<(String, String)> {
    let mut read = Vec::new();
    let Some(files) = input.files() else { return read };
    for index in 0..files.length() {
        let Some(file) = files.get(index) else { continue };
        if let Ok(text) = JsFuture::from(file.text()).await {
            read.push((file.name(), text.as_string().unwrap_or_default()));
        }
    }
    read
}

/// Saves `text` to the editor's disk as `name`.
pub fn download(text: &str, name: &str) {
    let Some(document) = window().and_then(|w| w.document()) else { return };
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(if name.ends_with(".toml") {
        "application/toml;charset=utf-8"
    } else {
        "text/plain;charset=utf-8"
    });
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else { return };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else { return };
    if let Some(link) = document.create_element("a").ok().and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    {
        link.set_href(&url);
        link.set_download(name);
        link.click();
    }
    // Revoked once the download has started, not before.
    let revoke = wasm_bindgen::closure::Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    if let Some(window) = window() {
        let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 10_000);
    }
}

/// The words selected inside the element `within`, if the selection is there.
pub fn selected_in(within: &str) -> Option<String> {
    let window = window()?;
    let selection = window.get_selection().ok().flatten()?;
    let area = window.document()?.get_element_by_id(within)?;
    let node = selection.anchor_node()?;
    if !area.contains(Some(&node)) {
        return None;
    }
    let text: String = selection.to_string().into();
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    (!text.is_empty()).then_some(text)
}

/// Brings the element `id` into view and gives it the focus.
pub fn reveal(id: &str) {
    let Some(element) = window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(id)) else { return };
    element.scroll_into_view_with_bool(false);
    if let Ok(element) = element.dyn_into::<web_sys::HtmlElement>() {
        let _ = element.focus();
    }
}

/// `work` done, timed in the page's performance timeline under `name` (the benchmark reads it).
pub fn timed<T>(name: &str, work: impl FnOnce() -> T) -> T {
    let performance = window().and_then(|w| w.performance());
    let start = format!("{name}-start");
    if let Some(performance) = &performance {
        let _ = performance.mark(&start);
    }
    let done = work();
    if let Some(performance) = &performance {
        let _ = performance.measure_with_start_mark(name, &start);
    }
    done
}

/// Marks the moment the editor is ready in the page's performance timeline (`editor-ready`).
pub fn mark_ready() {
    if let Some(performance) = window().and_then(|w| w.performance()) {
        let _ = performance.mark("editor-ready");
    }
}

/// Gives the focus to the element `id` once the view is drawn again (after the change that
/// draws it).
pub fn focus_soon(id: &str) {
    let id = id.to_string();
    request_animation_frame(move || {
        let element = window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(&id));
        if let Some(element) = element.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = element.focus();
        }
    });
}

/// Whether the editor agrees to `question` (the browser's own dialog); no, if it cannot ask.
pub fn confirm(question: &str) -> bool {
    window().and_then(|w| w.confirm_with_message(question).ok()).unwrap_or(false)
}
