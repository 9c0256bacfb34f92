//! The content file as the editor shows it: the compiler's review, in words and plain values a
//! view can compare, and the browser's download.

use content_compiler::review::review;
use content_compiler::validate::NumberClaim;
use wasm_bindgen::JsCast;

/// The content file's name, as faults say it and the download names it.
pub const FILE: &str = "article.toml";

/// A number of the text, as the list shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct Shown {
    /// As the text writes it.
    pub written: String,
    /// `accounted`, `to check` or `fault`.
    pub status: &'static str,
    /// What accounts for it.
    pub item: String,
}

/// The review of a content file, for the view.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Reviewed {
    pub numbers: Vec<Shown>,
    pub faults: Vec<String>,
    pub marks: Vec<String>,
    pub publishable: bool,
}

impl Reviewed {
    /// The review of `file`, whose source text is `source`.
    pub fn of(file: &str, source: &str) -> Reviewed {
        if file.trim().is_empty() {
            return Reviewed::default();
        }
        let text = source.to_string();
        let load = move |_: &str| Ok(text.clone());
        let view = review(FILE, file, &load);
        let (_, paragraphs) = content_compiler::validate::split_source(source);
        let numbers = view
            .numbers
            .iter()
            .map(|n| Shown {
                written: paragraphs
                    .get(n.paragraph)
                    .and_then(|p| p.get(n.range.clone()))
                    .unwrap_or_default()
                    .to_string(),
                status: n.status.name(),
                item: match &n.claim {
                    NumberClaim::Figure(id) => format!("figure {id}"),
                    NumberClaim::Period(id) => format!("period of {id}"),
                    NumberClaim::Event(id) => format!("event {id}"),
                    NumberClaim::NotAFigure(_) => "not a figure".into(),
                    NumberClaim::Refused => "its item is refused".into(),
                    NumberClaim::Unaccounted => "nothing accounts for it".into(),
                },
            })
            .collect();
        Reviewed {
            numbers,
            faults: view.faults.iter().map(ToString::to_string).collect(),
            marks: view.marks.iter().map(|m| format!("line {}: {}", m.line, m.text)).collect(),
            publishable: view.publishable(),
        }
    }
}

/// `file` published, or why not.
pub fn publish(file: &str, source: &str) -> Result<String, String> {
    let text = source.to_string();
    let load = move |_: &str| Ok(text.clone());
    content_compiler::review::publish(FILE, file, &load)
}

/// Saves `text` to the editor's disk as `name`.
pub fn download(text: &str, name: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let parts = js_sys_array(text);
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("application/toml;charset=utf-8");
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
    if let Some(window) = web_sys::window() {
        let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 10_000);
    }
}

/// A JS array holding `text`, as `Blob` takes its parts.
fn js_sys_array(text: &str) -> wasm_bindgen::JsValue {
    let array = js_sys::Array::new();
    array.push(&wasm_bindgen::JsValue::from_str(text));
    array.into()
}
