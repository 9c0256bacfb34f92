//! The whole explainer: header, the article beside its visuals, sources.

use leptos::prelude::*;

use super::article::Article;
use super::details::Details;
use crate::content::{Selection, STORY};
use crate::format::{self, Lang};
use crate::ui::ui;

/// What every component may read: the language and the reader's selection.
#[derive(Clone, Copy)]
pub struct Reading {
    pub lang: Lang,
    pub selection: RwSignal<Option<Selection>>,
}

#[component]
pub fn App() -> impl IntoView {
    let lang = Lang::from_code(STORY.meta.language).unwrap_or_default();
    let reading = Reading { lang, selection: RwSignal::new(None) };
    provide_context(reading);
    let text = ui(lang);
    let meta = &STORY.meta;

    view! {
        <div class="ex" lang=lang.code()>
            <header class="ex-header">
                <p class="ex-kicker">{format::inlines(&STORY, meta.kicker, lang)}</p>
                <h1 class="ex-title">{format::inlines(&STORY, meta.title, lang)}</h1>
                <p class="ex-standfirst">{format::inlines(&STORY, meta.standfirst, lang)}</p>
            </header>
            <div class="ex-body">
                <Article/>
                <aside class="ex-visuals">
                    <Details/>
                </aside>
            </div>
            <footer class="ex-footer">
                <h2>{text.sources_heading}</h2>
                <p>{format::inlines(&STORY, meta.attribution, lang)}</p>
                <p>
                    {meta.source_name} ", " {format::date(meta.date, lang)} ". "
                    {text.data_version} " " <code>{STORY.version}</code>
                </p>
            </footer>
        </div>
    }
}
