//! The editor in the browser: an article's text in, a checked content file out. It runs the
//! drafter and the compiler the build runs, in WebAssembly, after every edit; nothing is sent
//! anywhere. A first slice: the text, its draft, every number of the text with its status, the
//! faults and marks left, the content file to correct, publish, download.

mod review;

use leptos::prelude::*;

use review::{download, Reviewed, FILE};

fn main() {
    leptos::mount::mount_to_body(Editor);
}

/// The file the source is read from, as the draft names it.
const SOURCE: &str = "article.txt";

#[component]
fn Editor() -> impl IntoView {
    let source = RwSignal::new(String::new());
    let file = RwSignal::new(String::new());
    let said = RwSignal::new(String::new());
    let reviewed = Memo::new(move |_| Reviewed::of(&file.get(), &source.get()));
    let draft = move |_| {
        let options = content_compiler::draft::Options { lang: None, source_file: SOURCE.into() };
        match content_compiler::draft::draft(&source.get(), &options) {
            Ok(draft) => {
                said.set(format!(
                    "Drafted: {} figures, {} events, {} marks to check.",
                    draft.figures, draft.events, draft.marks
                ));
                file.set(draft.toml);
            }
            Err(error) => said.set(error),
        }
    };
    let publish = move |_| match review::publish(&file.get(), &source.get()) {
        Ok(published) => {
            file.set(published);
            said.set("Published: the file builds as it is.".into());
        }
        Err(error) => said.set(error),
    };
    view! {
        <main>
            <h1>"Explainer editor"</h1>
            <label for="ed-text">"Article text"</label>
            <textarea
                id="ed-text"
                rows="10"
                placeholder="date 2026-10, then the article's paragraphs, separated by blank lines"
                prop:value=source
                on:input=move |ev| source.set(event_target_value(&ev))
            ></textarea>
            <button on:click=draft>"Draft"</button>
            <p role="status">{said}</p>
            <div class="ed-columns">
                <section>
                    <h2 id="ed-numbers">"Numbers in the text"</h2>
                    <ul aria-labelledby="ed-numbers">
                        {move || {
                            reviewed
                                .get()
                                .numbers
                                .into_iter()
                                .map(|n| {
                                    let class = format!("ed-status ed-status--{}", n.status.replace(' ', "-"));
                                    view! {
                                        <li>
                                            <span>{n.written}</span>" "
                                            <span class=class>{n.status}</span>" "
                                            <span>{n.item}</span>
                                        </li>
                                    }
                                })
                                .collect_view()
                        }}
                    </ul>
                </section>
                <section>
                    <h2 id="ed-faults">"Faults"</h2>
                    <ul aria-labelledby="ed-faults">
                        {move || reviewed.get().faults.into_iter().map(|f| view! { <li>{f}</li> }).collect_view()}
                    </ul>
                    <h2 id="ed-marks">"Guesses to check"</h2>
                    <ul aria-labelledby="ed-marks">
                        {move || reviewed.get().marks.into_iter().map(|m| view! { <li>{m}</li> }).collect_view()}
                    </ul>
                </section>
            </div>
            <label for="ed-file">"Content file"</label>
            <textarea
                id="ed-file"
                class="ed-file"
                rows="24"
                spellcheck="false"
                prop:value=file
                on:input=move |ev| file.set(event_target_value(&ev))
            ></textarea>
            <button on:click=publish disabled=move || !reviewed.get().publishable>"Publish"</button>
            <button on:click=move |_| download(&file.get(), FILE) disabled=move || file.get().is_empty()>
                "Download content file"
            </button>
            // The content file reads its paragraphs from this text: it goes beside it.
            <button on:click=move |_| download(&source.get(), SOURCE) disabled=move || source.get().is_empty()>
                "Download article text"
            </button>
        </main>
    }
}
