//! The explainer's pages: the full page (header, the article in sections beside its visuals,
//! sources), the whole explainer to embed, and one visual to embed; and the reader's state that
//! every part reads.

use leptos::either::Either;
use leptos::prelude::*;

use super::article::{Descriptions, Section};
use super::embed::talk_to_parent;
use super::embed_dialog::EmbedThis;
use super::hash;
use super::sources::Sources;
use super::visual::Visual;
use crate::content::{language_prefix, languages, story, Selection, STORY};
use crate::embed::PageView;
use crate::format::{self, Lang};
use crate::ui::{language_name, ui};

/// What every component may read: the language, the page, and where the reader is and what
/// they point at.
#[derive(Clone, Copy)]
pub struct Reading {
    pub lang: Lang,
    pub view: PageView,
    /// The figure or event the reader chose; the URL's hash follows it.
    pub selection: RwSignal<Option<Selection>>,
    /// The figure or event under the pointer or the keyboard focus.
    pub hover: RwSignal<Option<Selection>>,
    /// The paragraph in the middle of the screen.
    pub active_paragraph: RwSignal<Option<usize>>,
    /// The figure or event whose control has the keyboard focus: announced as it is reached.
    pub focused: RwSignal<Option<Selection>>,
}

impl Reading {
    /// A reader's choice: selects and records it in the history, so that back returns to it.
    pub fn choose(&self, selection: Selection) {
        self.selection.set(Some(selection));
        hash::push(selection);
    }

    /// Whether a mark for `item` should stand out: it shows what is pointed at or chosen.
    pub fn highlights(&self, item: Selection) -> bool {
        let shows = |target: Option<Selection>| match (item, target) {
            (Selection::Figure(mark), Some(Selection::Figure(chosen))) => story().depicts(mark, chosen),
            (item, target) => Some(item) == target,
        };
        shows(self.hover.get()) || shows(self.selection.get())
    }
}

/// A relative link from this page (`view` in `current`) to the same view in `code`.
pub fn href_for(code: &str, view: PageView, current: &str) -> String {
    let ids = chart_ids();
    let here = format!("{}{}", language_prefix(current), view.path(&ids));
    let up = "../".repeat(here.matches('/').count());
    let href = format!("{up}{}{}", language_prefix(code), view.path(&ids));
    if href.is_empty() {
        "./".to_string()
    } else {
        href
    }
}

/// Goes to the same view in another language, keeping the other query options and the hash
/// (the reader's selection, and so their place).
pub fn go_to_language(code: &str, view: PageView, current: &str) {
    let location = window().location();
    let search = location.search().unwrap_or_default();
    let kept: Vec<&str> = search.trim_start_matches('?').split('&').filter(|p| !p.is_empty() && !p.starts_with("lang=")).collect();
    let query = if kept.is_empty() { String::new() } else { format!("?{}", kept.join("&")) };
    let hash = location.hash().unwrap_or_default();
    let _ = location.replace(&format!("{}{query}{hash}", href_for(code, view, current)));
}

/// The ids of the charts, for page keys and paths.
pub fn chart_ids() -> Vec<&'static str> {
    story().charts.iter().map(|c| c.id).collect()
}

#[component]
pub fn App(#[prop(default = PageView::Full)] view: PageView) -> impl IntoView {
    let lang = Lang::from_code(story().meta.language).unwrap_or_default();
    let reading = Reading {
        lang,
        view,
        selection: RwSignal::new(None),
        hover: RwSignal::new(None),
        active_paragraph: RwSignal::new(None),
        focused: RwSignal::new(None),
    };
    provide_context(reading);
    hash::follow_hash(reading);
    let text = ui(lang);
    // `?lang=` asks for another language: go to its page, which is pre-rendered in it.
    Effect::new(move |_| {
        let search = window().location().search().unwrap_or_default();
        let codes: Vec<&str> = languages().collect();
        if let Some(code) = crate::embed::protocol::parse_query(&search, &codes).lang {
            if code != lang.code() {
                go_to_language(&code, view, lang.code());
            }
        }
    });

    // Said to screen readers when the keyboard reaches a figure or the selection changes.
    let announcement = move || match reading.focused.get().or(reading.selection.get()) {
        None => String::new(),
        Some(Selection::Figure(i)) => {
            let figure = &story().figures[i];
            let computed =
                if story().operands(i).is_some() { format!(" ({})", text.computed_how) } else { String::new() };
            format!("{}{computed}", format::figure_spoken(&story(), figure, lang))
        }
        Some(Selection::Event(i)) => {
            let event = &story().events[i];
            format!("{}, {}", format::date(event.date, lang), event.label)
        }
    };
    let live = view! { <p class="ex-sr-only" aria-live="polite" aria-atomic="true">{announcement}</p> };
    let notice = view! { <p class="ex-notice" role="status" hidden>{text.wasm_unavailable}</p> };

    match view {
        PageView::EmbedChart(chart) => {
            talk_to_parent(story().charts[chart].id, view);
            Either::Left(view! {
                <div class="ex ex--embed ex--embed-chart" lang=lang.code()>
                    {notice}
                    <Visual chart=chart/>
                    <p class="ex-embed-link">
                        <a href="../../" target="_blank" rel="noopener">{text.full_explainer}</a>
                    </p>
                    {live}
                </div>
            })
        }
        PageView::Full | PageView::EmbedAll => {
            if view == PageView::EmbedAll {
                talk_to_parent("explainer", view);
            }
            let meta = &story().meta;
            let sections = story().sections().into_iter().map(|section| view! { <Section section=section/> });
            let class = if view == PageView::EmbedAll { "ex ex--embed" } else { "ex" };
            let closing = match view {
                PageView::EmbedAll => Either::Left(view! {
                    <p class="ex-embed-link">
                        <a href="../" target="_blank" rel="noopener">{text.full_explainer}</a>
                    </p>
                }),
                _ => Either::Right(view! { <EmbedThis view=PageView::EmbedAll/> }),
            };
            Either::Right(view! {
                <div class=class lang=lang.code()>
                    {notice}
                    <header class="ex-header">
                        <LanguageSwitch/>
                        <p class="ex-kicker">{format::inlines(&story(), meta.kicker, lang)}</p>
                        <h1 class="ex-title">{format::inlines(&story(), meta.title, lang)}</h1>
                        <p class="ex-standfirst">{format::inlines(&story(), meta.standfirst, lang)}</p>
                        {(lang.code() != STORY.meta.language).then(|| view! {
                            <p class="ex-translation">
                                {text.translation_notice} " "
                                <a href=href_for(STORY.meta.language, view, lang.code()) hreflang=STORY.meta.language>
                                    {text.read_original}
                                </a>
                            </p>
                        })}
                    </header>
                    <article class="ex-story">{sections.collect_view()}</article>
                    <Descriptions/>
                    <footer class="ex-footer">
                        <Sources/>
                        {closing}
                    </footer>
                    {live}
                </div>
            })
        }
    }
}

/// Links to the same page in the story's other languages. With the WASM, the reader's
/// selection (the hash) goes along.
#[component]
fn LanguageSwitch() -> impl IntoView {
    let reading = expect_context::<Reading>();
    let current = reading.lang.code();
    let links = languages()
        .filter(move |code| *code != current)
        .map(|code| {
            let href = href_for(code, reading.view, current);
            view! {
                <a
                    class="ex-language"
                    href=href
                    hreflang=code
                    lang=code
                    on:click=move |event| {
                        event.prevent_default();
                        go_to_language(code, reading.view, current);
                    }
                >
                    {language_name(code)}
                </a>
            }
        })
        .collect_view();
    view! { <nav class="ex-languages" aria-label=ui(reading.lang).languages>{links}</nav> }
}
