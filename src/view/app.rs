//! The explainer's pages: the full page (header, the article in sections beside its visuals,
//! sources), the whole explainer to embed, and one visual to embed; and the reader's state that
//! every part reads.

use leptos::either::Either;
use leptos::prelude::*;

use super::article::{Descriptions, Section};
use super::embed_dialog::EmbedThis;
use super::sources::Sources;
use super::visual::Visual;
use crate::content::{language_prefix, languages, story, Selection, STORY};
use crate::embed::PageView;
use crate::format::{self, Lang};
use crate::ui::{language_name, ui};

/// What every component may read: the language, the page, and what the reader chose or
/// points at. Pre-rendering draws the first state (nothing chosen); in the browser, `live`
/// creates the same context and changes the signals.
#[derive(Clone, Copy)]
pub struct Reading {
    pub lang: Lang,
    pub view: PageView,
    /// The figure or event the reader chose; the URL's hash follows it.
    pub selection: RwSignal<Option<Selection>>,
    /// The figure or event under the pointer or the keyboard focus.
    pub hover: RwSignal<Option<Selection>>,
    /// The figure or event whose control has the keyboard focus: announced as it is reached.
    pub focused: RwSignal<Option<Selection>>,
}

impl Reading {
    pub fn new(lang: Lang, view: PageView) -> Reading {
        Reading { lang, view, selection: RwSignal::new(None), hover: RwSignal::new(None), focused: RwSignal::new(None) }
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

/// The ids of the charts, for page keys and paths.
pub fn chart_ids() -> Vec<&'static str> {
    story().charts.iter().map(|c| c.id).collect()
}

#[component]
pub fn App(#[prop(default = PageView::Full)] view: PageView) -> impl IntoView {
    let lang = Lang::from_code(story().meta.language).unwrap_or_default();
    let reading = Reading::new(lang, view);
    provide_context(reading);
    let text = ui(lang);
    // Filled in the browser by `live` when the keyboard reaches a figure or the choice changes.
    let live = view! { <p class="ex-sr-only ex-announcement" aria-live="polite" aria-atomic="true"></p> };
    let notice = view! { <p class="ex-notice" role="status" hidden>{text.wasm_unavailable}</p> };

    match view {
        PageView::EmbedChart(chart) => Either::Left(view! {
            <div class="ex ex--embed ex--embed-chart" lang=lang.code()>
                {notice}
                <Visual chart=chart/>
                <p class="ex-embed-link">
                    <a href="../../" target="_blank" rel="noopener">{text.full_explainer}</a>
                </p>
                {live}
            </div>
        }),
        PageView::Full | PageView::EmbedAll => {
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

/// Links to the same page in the story's other languages. In the browser, `live` makes them
/// keep the reader's selection (the hash) and the page's options.
#[component]
fn LanguageSwitch() -> impl IntoView {
    let reading = expect_context::<Reading>();
    let current = reading.lang.code();
    let links = languages()
        .filter(move |code| *code != current)
        .map(|code| {
            view! {
                <a class="ex-language" href=href_for(code, reading.view, current) hreflang=code lang=code>
                    {language_name(code)}
                </a>
            }
        })
        .collect_view();
    view! { <nav class="ex-languages" aria-label=ui(reading.lang).languages>{links}</nav> }
}
