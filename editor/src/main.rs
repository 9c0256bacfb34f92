//! The editor in the browser: an article's text in, a checked content file out. It runs the
//! drafter and the compiler the build runs, in WebAssembly, after every edit; nothing is sent
//! anywhere. The content file is the one truth: every form, mark and status is read from it,
//! and every change is made to it (`content_compiler::edit`, every other byte kept).

mod browser;
mod form;
mod preview;
mod review;
mod text;

use content_compiler::edit::Place;
use content_compiler::review::Status;
use content_compiler::validate::NumberClaim;
use leptos::prelude::*;
use vocabulary::{Editing, Language, Named};

use review::{Reviewed, FILE};

fn main() {
    // A fault of the editor itself says what it was in the console, not only `unreachable`.
    std::panic::set_hook(Box::new(|info| web_sys::console::error_1(&info.to_string().into())));
    leptos::mount::mount_to_body(Editor);
    browser::mark_ready();
}

/// How long typing in the article's text or the content file's pauses before they are checked.
const TYPING_PAUSE_MS: u64 = 150;

/// The file the source is read from, as the draft names it.
const SOURCE: &str = "article.txt";

/// The languages the interface speaks, as the packs give them.
fn interface_languages() -> impl Iterator<Item = Language> {
    Language::NAMES.iter().map(|(_, language)| *language).filter(|l| l.editing().is_some())
}

/// The interface's language: `?lang=`, else the browser's first the interface speaks, else
/// the first it speaks.
fn interface_language() -> Language {
    let speaks = |tag: &str| {
        let code = tag.split('-').next().unwrap_or_default();
        interface_languages().find(|l| l.name() == code)
    };
    browser::query("lang")
        .and_then(|tag| speaks(&tag))
        .or_else(|| browser::preferred_languages().iter().find_map(|tag| speaks(tag)))
        .or_else(|| interface_languages().next())
        .expect("a pack gives the editor's words")
}

/// What the editor is working on, shared by its parts.
#[derive(Clone, Copy)]
pub struct Work {
    /// The interface's words.
    pub words: &'static Editing,
    /// The article's text, as opened or pasted.
    pub source: RwSignal<String>,
    /// The content file.
    pub file: RwSignal<String>,
    /// Its review, after every change.
    pub reviewed: Memo<Reviewed>,
    /// The section being edited.
    pub chosen: RwSignal<Option<Place>>,
    /// The number of the text chosen last, by its index among the text's numbers.
    pub number: RwSignal<Option<usize>>,
    /// What the editor said last.
    pub said: RwSignal<String>,
    /// The two texts as typed (the article's, the content file's), each taken in when typing
    /// pauses (`pending`) or before any change to the files ([`Work::flush`]).
    areas: [(NodeRef<leptos::html::Textarea>, RwSignal<String>); 2],
    pending: StoredValue<[Option<TimeoutHandle>; 2], LocalStorage>,
}

impl Work {
    /// Takes in what was typed in the two texts and not yet checked.
    pub fn flush(&self) {
        self.pending.update_value(|pending| {
            for (handle, (area, into)) in pending.iter_mut().zip(self.areas) {
                if let Some(handle) = handle.take() {
                    handle.clear();
                }
                if let Some(typed) = area.get_untracked().map(|area| area.value()) {
                    if typed != into.get_untracked() {
                        into.set(typed);
                    }
                }
            }
        });
    }

    /// What typing in text `which` (0 the article's, 1 the content file's) does: taken in when
    /// typing pauses.
    fn typed(&self, which: usize) -> impl Fn(leptos::ev::Event) + Copy + 'static {
        let (pending, into) = (self.pending, self.areas[which].1);
        move |ev| {
            let text = event_target_value(&ev);
            let pause = std::time::Duration::from_millis(TYPING_PAUSE_MS);
            let handle = set_timeout_with_handle(
                move || {
                    pending.update_value(|p| p[which] = None);
                    into.set(text);
                },
                pause,
            );
            pending.update_value(|p| {
                if let Some(old) = std::mem::replace(&mut p[which], handle.ok()) {
                    old.clear();
                }
            });
        }
    }

    /// Changes the content file by `change`, made on the file as it is now (what was typed
    /// included), or says why not.
    pub fn edit(&self, change: impl FnOnce(&str) -> Result<String, String>) -> Result<(), String> {
        self.flush();
        let changed = change(&self.file.get_untracked())?;
        self.file.set(changed);
        Ok(())
    }

    /// The same, saying why not in the editor's status line.
    pub fn apply(&self, change: impl FnOnce(&str) -> Result<String, String>) {
        if let Err(error) = self.edit(change) {
            self.said.set(error);
        }
    }

    /// The article's language, as the file gives it.
    pub fn original(&self) -> String {
        self.reviewed.with(|r| {
            r.sections
                .iter()
                .find(|s| s.place == Place::Table("article".into()))
                .and_then(|a| review::text_of(a, "language", ""))
                .unwrap_or_default()
        })
    }

    /// Chooses the number at `index` and opens the section that accounts for it.
    pub fn choose_number(&self, index: usize) {
        self.number.set(Some(index));
        let place = self.reviewed.with(|r| r.numbers.get(index).and_then(|n| n.place.clone()));
        self.chosen.set(place);
        browser::reveal("ed-item");
    }
}

/// A status in the interface's words, and its class.
pub fn status(words: &Editing, status: Status) -> (&'static str, &'static str) {
    match status {
        Status::Accounted => (words.statuses[0], "accounted"),
        Status::ToCheck => (words.statuses[1], "check"),
        Status::Fault => (words.statuses[2], "fault"),
    }
}

/// What accounts for a number, in the interface's words.
pub fn claim(words: &Editing, claim: &NumberClaim) -> String {
    let (index, id) = match claim {
        NumberClaim::Figure(id) => (0, id.as_str()),
        NumberClaim::Period(id) => (1, id.as_str()),
        NumberClaim::Event(id) => (2, id.as_str()),
        NumberClaim::NotAFigure(_) => (3, ""),
        NumberClaim::Refused => (4, ""),
        NumberClaim::Unaccounted => (5, ""),
    };
    words.claims[index].replace("{id}", id)
}

#[component]
fn Editor() -> impl IntoView {
    let language = interface_language();
    let words = language.editing().expect("the interface speaks it");
    // The page speaks the interface's language.
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        if let Some(root) = document.document_element() {
            let _ = root.set_attribute("lang", language.name());
        }
        document.set_title(words.title);
    }
    let source = RwSignal::new(String::new());
    let file = RwSignal::new(String::new());
    let said = RwSignal::new(String::new());
    if let Some((kept_source, kept_file)) = browser::kept() {
        source.set(kept_source);
        file.set(kept_file);
        said.set(words.restored.into());
    }
    let reviewed = Memo::new(move |_| browser::timed("check", || Reviewed::of(&file.get(), &source.get())));
    let (text_area, file_area) = (NodeRef::new(), NodeRef::new());
    let work = Work {
        words,
        source,
        file,
        reviewed,
        chosen: RwSignal::new(None),
        number: RwSignal::new(None),
        said,
        areas: [(text_area, source), (file_area, file)],
        pending: StoredValue::new_local([None, None]),
    };
    let flush = move || work.flush();
    provide_context(work);
    // A closed tab loses nothing.
    Effect::new(move |_| browser::keep(&source.get(), &file.get()));

    let draft = move |_| {
        flush();
        // A new draft replaces the file: not without asking, once work is in it.
        if !file.get_untracked().trim().is_empty() && !browser::confirm(words.replace_file) {
            return;
        }
        let options = content_compiler::draft::Options { lang: None, source_file: SOURCE.into() };
        match content_compiler::draft::draft(&source.get(), &options) {
            Ok(draft) => {
                said.set(
                    words
                        .drafted
                        .replace("{figures}", &draft.figures.to_string())
                        .replace("{events}", &draft.events.to_string())
                        .replace("{marks}", &draft.marks.to_string()),
                );
                work.chosen.set(None);
                file.set(draft.toml);
            }
            Err(error) => said.set(error),
        }
    };
    let open = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        leptos::task::spawn_local(async move {
            let mut names = Vec::new();
            let read = browser::read_files(&input).await;
            // The same file may be opened again.
            input.set_value("");
            for (name, text) in read {
                if name.ends_with(".toml") {
                    file.set(text);
                } else {
                    source.set(text);
                }
                names.push(name);
            }
            work.chosen.set(None);
            said.set(words.opened.replace("{name}", &names.join(", ")));
        });
    };
    let publish = move |_| {
        flush();
        match review::publish(&file.get(), &source.get()) {
            Ok(published) => {
                file.set(published);
                said.set(words.published.into());
            }
            Err(error) => said.set(error),
        }
    };
    // A button that saves one of the two texts, as typed, under `name`.
    let save = move |text: RwSignal<String>, name: &'static str, label: &'static str| {
        view! {
            <button type="button" on:click=move |_| {
                flush();
                browser::download(&text.get(), name)
            } disabled=move || text.get().is_empty()>{label}</button>
        }
    };
    let switch = interface_languages().map(|other| {
        let name = other.ui().name;
        let current = other == language;
        view! {
            <a href=format!("?lang={}", other.name()) hreflang=other.name() lang=other.name()
                aria-current=current.then_some("page")>{name}</a>
        }
    });
    // Every number of the text, keyed by all it shows: one that did not change is not drawn again.
    let listed = move || reviewed.get().numbers.into_iter().enumerate().collect::<Vec<_>>();
    let number_item = move |(index, n): (usize, review::Shown)| {
        let (name, class) = status(words, n.status);
        view! {
            <li>
                <button type="button" class=format!("ed-num ed-num--{class}") on:click=move |_| work.choose_number(index)>
                    {n.written}
                </button>" "
                <span class=format!("ed-status ed-status--{class}")>{name}</span>
                " · "{claim(words, &n.claim)}
            </li>
        }
    };
    view! {
        <header class="ed-header">
            <h1>{words.title}</h1>
            <nav aria-label=words.interface>{switch.collect_view()}</nav>
        </header>
        <main>
            <p class="ed-intro">{words.intro}</p>
            <p role="status" class="ed-said">{said}</p>
            <section>
                <h2 id="ed-start">{words.start}</h2>
                <label for="ed-text">{words.article_text}</label>
                <textarea
                    id="ed-text"
                    rows="8"
                    placeholder=words.article_placeholder
                    prop:value=source
                    node_ref=text_area
                    on:input=work.typed(0)
                ></textarea>
                <div class="ed-actions">
                    <button type="button" on:click=draft>{words.draft}</button>
                    <div class="ed-open">
                        <label for="ed-open">{words.open}</label>
                        <input id="ed-open" type="file" accept=".txt,.toml,text/plain" multiple
                            aria-describedby="ed-open-help" on:change=open/>
                        <span class="ed-hint" id="ed-open-help">{words.open_help}</span>
                    </div>
                </div>
                <p class="ed-hint">{words.kept}</p>
            </section>
            <div class="ed-work">
                <text::Text/>
                <form::Items/>
            </div>
            <div class="ed-columns">
                <section aria-labelledby="ed-numbers">
                    <h2 id="ed-numbers">{words.numbers_in_text}</h2>
                    <ul aria-labelledby="ed-numbers" class="ed-numbers">
                        <For each=listed key=|(index, n)| format!("{index}|{}|{}|{:?}", n.written, n.status.name(), n.claim)
                            children=number_item/>
                    </ul>
                </section>
                <section aria-labelledby="ed-faults">
                    <h2 id="ed-faults">{words.faults}</h2>
                    <ul aria-labelledby="ed-faults" class="ed-faults">
                        {move || {
                            let faults = reviewed.get().faults;
                            if faults.is_empty() && !file.get().is_empty() {
                                view! { <li>{words.no_faults}</li> }.into_any()
                            } else {
                                faults.into_iter().map(|(_, f)| view! { <li>{f}</li> }).collect_view().into_any()
                            }
                        }}
                    </ul>
                    <h2 id="ed-marks">{words.marks}</h2>
                    <ul aria-labelledby="ed-marks">
                        {move || {
                            let marks = reviewed.get().marks;
                            if marks.is_empty() && !file.get().is_empty() {
                                view! { <li>{words.no_marks}</li> }.into_any()
                            } else {
                                marks
                                    .into_iter()
                                    .map(|(line, text)| {
                                        let said = words.mark_line.replace("{line}", &line.to_string()).replace("{text}", &text);
                                        view! { <li>{said}</li> }
                                    })
                                    .collect_view()
                                    .into_any()
                            }
                        }}
                    </ul>
                </section>
            </div>
            <preview::Preview/>
            <section>
                <h2 id="ed-file-heading">{words.content_file}</h2>
                <label for="ed-file" class="ed-hidden">{words.content_file}</label>
                <textarea
                    id="ed-file"
                    class="ed-file"
                    rows="16"
                    spellcheck="false"
                    prop:value=file
                    node_ref=file_area
                    on:input=work.typed(1)
                ></textarea>
                <div class="ed-actions">
                    <button type="button" on:click=publish disabled=move || !reviewed.get().publishable>
                        {words.publish}
                    </button>
                    {save(file, FILE, words.download_file)}
                    // The content file reads its paragraphs from this text: it goes beside it.
                    {save(source, SOURCE, words.download_text)}
                </div>
            </section>
        </main>
    }
}
