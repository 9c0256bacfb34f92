//! The preview: the explainer as readers will see it, drawn by the very components the site's
//! build pre-renders (`explainer::view`, in the worker `editor/preview`), in a frame at a
//! phone's width or a desktop's, in each of its languages, the article or one of its embeds. It
//! shows the file's last version without a fault, and is drawn only while it is open.

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::review::Stories;
use crate::Work;

/// The address of the site's stylesheet, which `prerender` gives the editor's page.
fn stylesheet() -> String {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector("meta[name=explainer-stylesheet]").ok().flatten())
        .and_then(|meta| meta.get_attribute("content"))
        .unwrap_or_default()
}

/// The worker that draws the preview (`editor/preview`): each story it draws stays in its memory
/// (the components take a story that lives as long as the program), so a new one takes over
/// after this many.
const DRAWS_PER_WORKER: usize = 24;

/// The worker, how many pages it was asked for, whether it is ready (its WebAssembly started:
/// what it is sent before is lost), the request it will be sent then, and what hears it.
struct Renderer {
    worker: web_sys::Worker,
    drawn: usize,
    ready: bool,
    pending: Option<js_sys::Array>,
    _hear: Closure<dyn FnMut(web_sys::MessageEvent)>,
}

type Slot = StoredValue<Option<Renderer>, LocalStorage>;

impl Renderer {
    /// A new worker in `slot`, whose pages `html` receives.
    fn start(slot: Slot, html: RwSignal<String>) -> Option<Renderer> {
        let worker = web_sys::Worker::new("preview_loader.js").ok()?;
        let hear = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
            match event.data().as_string() {
                Some(page) => html.set(page),
                // Its first word: ready.
                None => slot.update_value(|renderer| {
                    if let Some(renderer) = renderer {
                        renderer.ready = true;
                        if let Some(request) = renderer.pending.take() {
                            let _ = renderer.worker.post_message(&request);
                        }
                    }
                }),
            }
        });
        worker.set_onmessage(Some(hear.as_ref().unchecked_ref()));
        Some(Renderer { worker, drawn: 0, ready: false, pending: None, _hear: hear })
    }

    /// Asks for `page` of the explainer of `file` (whose source is `source`) in its `language`,
    /// drawn with `stylesheet`.
    fn draw(&mut self, (file, source): (&str, &str), language: usize, page: usize, stylesheet: &str) {
        let request = js_sys::Array::of5(
            &JsValue::from_str(file),
            &JsValue::from_str(source),
            &JsValue::from_f64(language as f64),
            &JsValue::from_f64(page as f64),
            &JsValue::from_str(stylesheet),
        );
        if self.ready {
            let _ = self.worker.post_message(&request);
        } else {
            self.pending = Some(request);
        }
        self.drawn += 1;
    }
}

#[component]
pub fn Preview() -> impl IntoView {
    let work: Work = expect_context();
    let words = work.words;
    let open = RwSignal::new(false);
    let phone = RwSignal::new(false);
    let language = RwSignal::new(0usize);
    let page = RwSignal::new(0usize);
    let html = RwSignal::new(String::new());
    let css = stylesheet();
    let slot: Slot = StoredValue::new_local(None);
    let renderer = slot;
    // The last version without a fault, its stories and its two files: the preview keeps it
    // while the file has one.
    let shown = RwSignal::new((Stories::default(), String::new(), String::new()));
    Effect::new(move |_| {
        let stories = work.reviewed.with(|r| r.stories.clone());
        if !stories.0.is_empty() {
            shown.set((stories, work.file.get_untracked(), work.source.get_untracked()));
        } else if work.file.with(|file| file.trim().is_empty()) {
            // No file, no preview: another article's is not kept.
            shown.set(Default::default());
            html.set(String::new());
        }
    });
    // While the file has a fault, the preview is of an earlier version: it says so.
    let stale =
        move || work.reviewed.with(|r| !r.faults.is_empty()) && !shown.with(|(stories, ..)| stories.0.is_empty());
    Effect::new(move |_| {
        let (stories, file, source) = shown.get();
        let (language, page) = (language.get().min(stories.0.len().saturating_sub(1)), page.get());
        if !open.get() || stories.0.is_empty() {
            return;
        }
        renderer.update_value(|renderer| {
            if renderer.as_ref().is_none_or(|r| r.drawn >= DRAWS_PER_WORKER) {
                if let Some(old) = renderer.take() {
                    old.worker.terminate();
                }
                *renderer = Renderer::start(slot, html);
            }
            if let Some(renderer) = renderer {
                renderer.draw((&file, &source), language, page, &css);
            }
        });
    });
    let languages = move || {
        shown
            .get()
            .0
             .0
            .iter()
            .enumerate()
            .map(|(index, story)| {
                let name = story.meta.language.language.ui().name;
                view! { <option value=index.to_string() selected=move || language.get() == index>{name}</option> }
            })
            .collect_view()
    };
    let pages = move || {
        let (stories, ..) = shown.get();
        let Some(story) = stories.0.first() else { return Vec::new() };
        let ui = story.meta.language.language.ui();
        let mut names = vec![ui.full_explainer.to_string(), ui.embed_this.to_string()];
        names.extend(story.charts.iter().map(|chart| format!("{} · {}", ui.embed_this, chart.id)));
        names
    };
    view! {
        <section class="ed-preview">
            <details on:toggle=move |ev| open.set(event_target::<web_sys::HtmlDetailsElement>(&ev).open())>
                <summary><h2>{words.preview}</h2></summary>
                <p class="ed-hint">{words.preview_help}</p>
                <div class="ed-actions">
                    <label>
                        <input type="radio" name="ed-width" checked=move || !phone.get() on:change=move |_| phone.set(false)/>
                        {words.desktop}
                    </label>
                    <label>
                        <input type="radio" name="ed-width" checked=move || phone.get() on:change=move |_| phone.set(true)/>
                        {words.phone}
                    </label>
                    <select aria-label=words.preview_language
                        on:change=move |ev| language.set(event_target_value(&ev).parse().unwrap_or(0))>
                        {languages}
                    </select>
                    <select aria-label=words.preview_page
                        on:change=move |ev| page.set(event_target_value(&ev).parse().unwrap_or(0))>
                        {move || pages().into_iter().enumerate().map(|(index, name)| view! {
                            <option value=index.to_string() selected=move || page.get() == index>{name}</option>
                        }).collect_view()}
                    </select>
                </div>
                {move || stale().then(|| view! { <p class="ed-stale" role="note">{words.preview_stale}</p> })}
                <iframe title=words.preview_of data-width=move || if phone.get() { "phone" } else { "desktop" }
                    srcdoc=html></iframe>
            </details>
        </section>
    }
}
