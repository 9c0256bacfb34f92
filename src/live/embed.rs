//! The browser side of embedding: applies the URL's options, tells the parent page the
//! embed's height whenever it changes (and when the frame becomes visible again), and answers
//! the parent's messages. The message formats are in `embed::protocol`, tested natively; this
//! only moves them in and out of the browser.

use leptos::prelude::*;
use leptos::wasm_bindgen::{JsCast, JsValue};
use leptos::web_sys::{self, js_sys};

use vocabulary::Named;

use super::{language, listen, on_resize};
use crate::content::{languages, Lang};
use crate::embed::protocol::{self, Command, Incoming, Options, Outgoing, Theme, Value};
use crate::reading::Reading;

/// Starts the embed's side of the conversation with its parent page; `chart_key` names the
/// embed in Datawrapper's messages.
pub fn talk_to_parent(chart_key: &'static str, reading: Reading) {
    let languages = StoredValue::new(languages().map(Lang::code).collect::<Vec<&'static str>>());
    let options = StoredValue::new(Options::default());
    let last_height = StoredValue::new(0u32);

    let send_height = move |force: bool| {
        let Some(root) = document().document_element().and_then(|root| root.dyn_into::<web_sys::HtmlElement>().ok())
        else {
            return;
        };
        // The document's own height (not the frame's): `<html>` is as tall as its content.
        let height = root.offset_height().max(0) as u32;
        // Never in a loop: an unchanged height is not sent again, unless asked.
        if height == 0 || (height == last_height.get_value() && !force) {
            return;
        }
        last_height.set_value(height);
        let href = window().location().href().unwrap_or_default();
        let child_id = options.with_value(|o| o.child_id.clone());
        let Ok(Some(parent)) = window().parent() else { return };
        for message in protocol::resize_messages(height, child_id.as_deref(), chart_key, &href) {
            let data = match message {
                Outgoing::Text(text) => JsValue::from_str(&text),
                Outgoing::Object(json) => match js_sys::JSON::parse(&json) {
                    Ok(object) => object,
                    Err(_) => continue,
                },
            };
            let _ = parent.post_message(&data, "*");
        }
    };

    // The options, once the page is live.
    Effect::new(move |_| {
        let query = window().location().search().unwrap_or_default();
        let parsed = languages.with_value(|codes| protocol::parse_query(&query, codes));
        apply_theme(parsed.theme);
        if parsed.transparent {
            set_root_data("bg", Some("transparent"));
        }
        options.set_value(parsed);
    });

    // The height, whenever the document changes size (which also happens when a hidden frame
    // is shown: its document is laid out again at its new width).
    if let Some(root) = document().document_element() {
        on_resize(&root, move |_| send_height(false));
    }
    listen(&document(), "visibilitychange", move |_: web_sys::Event| send_height(true));

    // The parent's messages: only from the parent frame, only those the protocol knows.
    listen(&window(), "message", move |event: web_sys::MessageEvent| {
        let from_parent = match (event.source(), window().parent()) {
            (Some(source), Ok(Some(parent))) => js_sys::Object::is(&source, parent.as_ref()),
            _ => false,
        };
        if !from_parent {
            return;
        }
        let child_id = options.with_value(|o| o.child_id.clone());
        match languages.with_value(|codes| protocol::decode(&incoming(&event.data()), child_id.as_deref(), codes)) {
            Some(Command::SendHeight) => send_height(true),
            Some(Command::Set { theme, lang }) => {
                if theme.is_some() {
                    apply_theme(theme);
                }
                // Another language is another pre-rendered page: go there, options kept.
                if let Some(lang) = lang.and_then(|code| Lang::parse(&code)).filter(|lang| *lang != reading.lang()) {
                    language::go(lang, reading);
                }
            }
            None => {}
        }
    });
}

/// `data-theme` on `<html>`: outside the root, where the page's own styles can see it.
fn apply_theme(theme: Option<Theme>) {
    match theme {
        Some(Theme::Auto) | None => set_root_data("theme", None),
        Some(theme) => set_root_data("theme", Some(theme.name())),
    }
}

fn set_root_data(name: &str, value: Option<&str>) {
    if let Some(root) = document().document_element() {
        let attribute = format!("data-{name}");
        let _ = match value {
            Some(value) => root.set_attribute(&attribute, value),
            None => root.remove_attribute(&attribute),
        };
    }
}

/// `postMessage` data as the protocol reads it. Only strings and plain objects' own string or
/// number values are looked at; anything else becomes `Other`.
fn incoming(data: &JsValue) -> Incoming {
    if let Some(text) = data.as_string() {
        return Incoming::Text(text);
    }
    let Some(object) = data.dyn_ref::<js_sys::Object>() else { return Incoming::Other };
    if js_sys::Array::is_array(data) || data.is_function() {
        return Incoming::Other;
    }
    let entries = js_sys::Object::entries(object)
        .iter()
        .filter_map(|entry| {
            let pair = entry.dyn_into::<js_sys::Array>().ok()?;
            let key = pair.get(0).as_string()?;
            let value = pair.get(1);
            let value = if let Some(text) = value.as_string() {
                Value::Text(text)
            } else if let Some(number) = value.as_f64() {
                Value::Number(number)
            } else {
                Value::Other
            };
            Some((key, value))
        })
        .collect();
    Incoming::Object(entries)
}
