//! The browser side of embedding: applies the URL's options and answers the parent's
//! `explainer:set` messages (theme, language). The height is not told from here: the loader's
//! `frame.js` tells it from the moment the page is parsed, with or without the WASM, on screen
//! or not. The message formats are in `embed::protocol`, tested natively; this only moves them
//! in and out of the browser.

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{js_sys, CustomEvent, CustomEventInit, Element};

use super::{document, language, listen, window};
use crate::embed::protocol::{self, Command, Field, Incoming, Options, Theme, Told, Value};
use crate::reading::Reading;

/// Tells the page around the explainer what the reader did ([`Told`]): an event from `root`
/// that bubbles out of it (and out of a shadow root), and, in a frame, the same as a message
/// to the parent's origin alone (`protocol::host_origin`), unless the explainer is a guest in
/// the page (`at_home` false: the page is the host). Nothing is sent anywhere else.
pub fn tell(root: &Element, reading: Reading, told: Told, at_home: bool) {
    let detail = js_sys::Object::new();
    let set = |key: &str, value: JsValue| {
        let _ = js_sys::Reflect::set(&detail, &JsValue::from_str(key), &value);
    };
    set("type", JsValue::from_str(told.name()));
    set("key", JsValue::from_str(&reading.view.host_key(reading.story)));
    for field in told.fields().into_iter().flatten() {
        match field {
            Field::Text(key, text) => set(key, JsValue::from_str(text)),
            Field::Number(key, number) => set(key, JsValue::from(number as u32)),
        }
    }
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(&detail);
    if let Ok(event) = CustomEvent::new_with_event_init_dict(told.name(), &init) {
        let _ = root.dispatch_event(&event);
    }
    let window = window();
    let Ok(Some(parent)) = window.parent().map(|parent| parent.filter(|_| at_home)) else { return };
    if js_sys::Object::is(parent.as_ref(), window.as_ref()) {
        return;
    }
    // Chromium's and Safari's (web-sys does not bind it); Firefox has none.
    let ancestor = js_sys::Reflect::get(&window.location(), &JsValue::from_str("ancestorOrigins"))
        .and_then(|origins| js_sys::Reflect::get(&origins, &JsValue::from(0)))
        .ok()
        .and_then(|origin| origin.as_string());
    if let Some(origin) = protocol::host_origin(ancestor.as_deref(), &document().referrer()) {
        let _ = parent.post_message(&detail, &origin);
    }
}

/// Starts the embed's side of the conversation with its parent page.
pub fn talk_to_parent(reading: Reading) {
    let languages: Vec<&'static str> = reading.story.meta.languages.iter().map(|lang| lang.code()).collect();
    // The options of the embed's URL.
    let query = window().location().search().unwrap_or_default();
    let options: Options = protocol::parse_query(&query, &languages);
    apply_theme(options.theme);
    if options.transparent {
        set_root_data("bg", Some("transparent"));
    }

    // The parent's messages: only from the parent frame, only those the protocol knows.
    listen(&window(), "message", move |event: web_sys::MessageEvent| {
        let from_parent = match (event.source(), window().parent()) {
            (Some(source), Ok(Some(parent))) => js_sys::Object::is(&source, parent.as_ref()),
            _ => false,
        };
        if !from_parent {
            return;
        }
        match protocol::decode(&incoming(&event.data()), options.child_id.as_deref(), &languages) {
            // `frame.js` answers pym's width with the height.
            Some(Command::SendHeight) | None => {}
            Some(Command::Set { theme, lang }) => {
                if theme.is_some() {
                    apply_theme(theme);
                }
                // Another language is another pre-rendered page: go there, options kept.
                if let Some(lang) =
                    lang.and_then(|code| reading.story.language_of(&code)).filter(|lang| *lang != reading.lang())
                {
                    language::go(lang, reading);
                }
            }
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
