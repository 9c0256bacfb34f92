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
use crate::content::{Selection, STORY};
use crate::embed::PageView;
use crate::format::{self, Lang};
use crate::ui::ui;

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
            (Selection::Figure(mark), Some(Selection::Figure(chosen))) => STORY.depicts(mark, chosen),
            (item, target) => Some(item) == target,
        };
        shows(self.hover.get()) || shows(self.selection.get())
    }
}

/// The ids of the charts, for page keys and paths.
pub fn chart_ids() -> Vec<&'static str> {
    STORY.charts.iter().map(|c| c.id).collect()
}

#[component]
pub fn App(#[prop(default = PageView::Full)] view: PageView) -> impl IntoView {
    let lang = Lang::from_code(STORY.meta.language).unwrap_or_default();
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

    // Said to screen readers when the keyboard reaches a figure or the selection changes.
    let announcement = move || match reading.focused.get().or(reading.selection.get()) {
        None => String::new(),
        Some(Selection::Figure(i)) => {
            let figure = &STORY.figures[i];
            let computed =
                if STORY.operands(i).is_some() { format!(" ({})", text.computed_how) } else { String::new() };
            format!("{}{computed}", format::figure_spoken(&STORY, figure, lang))
        }
        Some(Selection::Event(i)) => {
            let event = &STORY.events[i];
            format!("{}, {}", format::date(event.date, lang), event.label)
        }
    };
    let live = view! { <p class="ex-sr-only" aria-live="polite" aria-atomic="true">{announcement}</p> };
    let notice = view! { <p class="ex-notice" role="status" hidden>{text.wasm_unavailable}</p> };

    match view {
        PageView::EmbedChart(chart) => {
            talk_to_parent(STORY.charts[chart].id);
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
                talk_to_parent("explainer");
            }
            let meta = &STORY.meta;
            let sections = STORY.sections().into_iter().map(|section| view! { <Section section=section/> });
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
                        <p class="ex-kicker">{format::inlines(&STORY, meta.kicker, lang)}</p>
                        <h1 class="ex-title">{format::inlines(&STORY, meta.title, lang)}</h1>
                        <p class="ex-standfirst">{format::inlines(&STORY, meta.standfirst, lang)}</p>
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
