//! The explainer's pages: the full page (header, the article in sections beside its visuals,
//! sources), the whole explainer to embed, and one visual to embed. Each is one `main`
//! landmark, so that a screen reader's "main" lands on the explainer in any page.

use leptos::either::Either;
use leptos::prelude::*;

use super::article::{Descriptions, Section};
use super::embed_dialog::{EmbedDialog, EmbedThis};
use super::sources::Sources;
use super::visual::Visual;
use crate::content::Story;
use crate::embed::{href_for, PageView};
use crate::format;
use crate::hooks::{self, Control};
use crate::reading::Reading;
use crate::ui::{self, language_name};

/// The page of `story` (in its language) that `view` names: the full explainer, the whole
/// explainer to embed, or one visual to embed. Provides the [`Reading`] every part reads.
#[component]
pub fn App(
    /// The story, in the page's language.
    story: &'static Story,
    /// Which page.
    #[prop(default = PageView::Full)]
    view: PageView,
) -> impl IntoView {
    let reading = Reading::new(story, view);
    provide_context(reading);
    let lang = reading.lang();
    let text = reading.ui();
    // Filled in the browser by `live` when the keyboard reaches a figure or the choice changes.
    let live = view! { <p class="ex-sr-only ex-announcement" aria-live="polite" aria-atomic="true"></p> };
    let notice = view! { <p class="ex-notice" role="status" hidden>{text.wasm_unavailable}</p> };

    match view {
        PageView::EmbedChart(chart) => Either::Left(view! {
            <main class="ex ex--embed ex--embed-chart" lang=lang.code()>
                {notice}
                <Visual chart=chart/>
                <p class="ex-embed-link">
                    <a href="../../" target="_blank" rel="noopener">{text.full_explainer}</a>
                </p>
                {live}
            </main>
        }),
        PageView::Full | PageView::EmbedAll => {
            let meta = &story.meta;
            let sections = story.sections().into_iter().map(|section| view! { <Section section=section/> });
            let class = if view == PageView::EmbedAll { "ex ex--embed" } else { "ex" };
            let closing = match view {
                PageView::EmbedAll => Some(Either::Left(view! {
                    <p class="ex-embed-link">
                        <a href="../" target="_blank" rel="noopener">{text.full_explainer}</a>
                    </p>
                })),
                // A draft has no embeds.
                _ if meta.draft => None,
                // The page's "Embed" buttons share one dialog.
                _ => Some(Either::Right(view! { <EmbedThis view=PageView::EmbedAll/> <EmbedDialog/> })),
            };
            let draft = meta.draft.then(|| {
                let (word, meaning) = text.draft;
                view! { <p class="ex-draft" role="note"><strong>{word}</strong> " " {meaning}</p> }
            });
            let original = meta.languages.first().copied().unwrap_or(lang);
            Either::Right(view! {
                <main class=class lang=lang.code()>
                    {notice}
                    {draft}
                    <header class="ex-header">
                        <LanguageSwitch/>
                        <p class="ex-kicker">{format::inlines(story, &meta.kicker, lang)}</p>
                        <h1 class="ex-title" id=hooks::title_id(story, PageView::EmbedAll)>
                            {format::inlines(story, &meta.title, lang)}
                        </h1>
                        <p class="ex-standfirst" id=hooks::description_id(story, PageView::EmbedAll)>
                            {format::inlines(story, &meta.standfirst, lang)}
                        </p>
                        {(lang != original).then(|| {
                            let (notice, link) = ui::translation_notice(lang, original);
                            view! {
                                <p class="ex-translation">
                                    {notice} " "
                                    <a href=href_for(original, view, lang, story) hreflang=original.code()>{link}</a>
                                </p>
                            }
                        })}
                    </header>
                    <article class="ex-story">{sections.collect_view()}</article>
                    <Descriptions/>
                    <footer class="ex-footer">
                        <Sources/>
                        {closing}
                    </footer>
                    {live}
                </main>
            })
        }
    }
}

/// Links to the same page in the story's other languages. In the browser, `live` makes them
/// keep the reader's selection (the hash) and the page's options.
#[component]
fn LanguageSwitch() -> impl IntoView {
    let reading = expect_context::<Reading>();
    let current = reading.lang();
    let links = (reading.story.meta.languages.iter().copied())
        .filter(move |lang| *lang != current)
        .map(|lang| {
            let marks = Control::Language(lang).marks(reading.story);
            view! {
                <a
                    class="ex-language"
                    href=href_for(lang, reading.view, current, reading.story)
                    hreflang=lang.code()
                    lang=lang.code()
                    data-control=marks.control
                >
                    {language_name(lang)}
                </a>
            }
        })
        .collect_view();
    view! { <nav class="ex-languages" aria-label=reading.ui().languages>{links}</nav> }
}
