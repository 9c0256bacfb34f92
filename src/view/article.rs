//! The article, verbatim, with each number it states as a control that selects it.

use leptos::prelude::*;

use super::app::Reading;
use crate::content::{Segment, Selection, STORY};

#[component]
pub fn Article() -> impl IntoView {
    let paragraphs = STORY.paragraphs.iter().enumerate().map(|(p, paragraph)| {
        let sentences = paragraph.sentences.iter().enumerate().map(move |(s, segments)| {
            view! { <Sentence paragraph=p sentence=s segments=segments/> }
        });
        view! { <p class="ex-paragraph" id=format!("p{}", p + 1)>{sentences.collect_view()}</p> }
    });
    view! { <article class="ex-article">{paragraphs.collect_view()}</article> }
}

/// A sentence of the text; highlighted while the selection comes from it.
#[component]
fn Sentence(paragraph: usize, sentence: usize, segments: &'static [Segment]) -> impl IntoView {
    let reading = expect_context::<Reading>();
    let is_source = move || {
        reading.selection.get().is_some_and(|selection| source_sentence(selection) == (paragraph, sentence))
    };
    let runs = segments.iter().map(|segment| match *segment {
        Segment::Text(text) => text.into_any(),
        Segment::Figure { figure, text } => view! { <Mention selection=Selection::Figure(figure) text=text/> }.into_any(),
        Segment::Event { event, text } => view! { <Mention selection=Selection::Event(event) text=text/> }.into_any(),
    });
    view! { <span class="ex-sentence" class:ex-sentence--source=is_source>{runs.collect_view()}</span> }
}

/// A number or date of the text: pressing it selects it. Its id is the figure's or event's, so
/// that a link to `#returns-2018` lands on it even before (or without) the WASM.
#[component]
fn Mention(selection: Selection, text: &'static str) -> impl IntoView {
    let reading = expect_context::<Reading>();
    let pressed = move || reading.selection.get() == Some(selection);
    let kind = match selection {
        Selection::Figure(_) => "ex-mention ex-mention--figure",
        Selection::Event(_) => "ex-mention ex-mention--event",
    };
    view! {
        <button
            type="button"
            class=kind
            id=STORY.id_of(selection)
            aria-pressed=move || if pressed() { "true" } else { "false" }
            on:click=move |_| reading.selection.set(Some(selection))
        >
            {text}
        </button>
    }
}

/// The sentence a selection comes from: (paragraph, sentence).
pub fn source_sentence(selection: Selection) -> (usize, usize) {
    match selection {
        Selection::Figure(figure) => STORY.source_of(figure),
        Selection::Event(event) => (STORY.events[event].paragraph, STORY.events[event].sentence),
    }
}
