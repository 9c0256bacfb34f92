//! The article, verbatim, in sections: a section's first paragraph, then the visuals that
//! illustrate it (beside the text on wide screens, right after the paragraph on narrow ones),
//! then the rest of its paragraphs. Each number the text states is a control that selects it
//! (in the browser: `live` answers its events and marks the choice).

use leptos::either::Either;
use leptos::prelude::*;

use super::visual::Visual;
use crate::content::{self, Segment, Selection};
use crate::format;
use crate::hooks::{sentence_key, tip_id, Control};
use crate::reading::{Reading, State};

/// A reading section: its first paragraph, the visuals that illustrate it, the rest.
#[component]
pub fn Section(
    /// Which paragraphs and visuals.
    section: content::Section,
) -> impl IntoView {
    let mut paragraphs = section.paragraphs.clone().map(|p| view! { <Paragraph index=p/> });
    let first = paragraphs.next();
    let visuals = (!section.charts.is_empty()).then(|| {
        let charts = section.charts.iter().map(|&chart| view! { <Visual chart=chart/> });
        // On wide screens the visuals sit beside all of the section's paragraphs.
        view! { <div class="ex-section-visuals">{charts.collect_view()}</div> }
    });
    // On wide screens: a row per paragraph (twelve at most: the stylesheet's grid; paragraphs
    // past them flow below the visual), then one that takes the rest of a taller visual.
    view! {
        <section class="ex-section" class:ex-section--with-visual=!section.charts.is_empty()>
            {first}
            {visuals}
            {paragraphs.collect_view()}
        </section>
    }
}

#[component]
fn Paragraph(index: usize) -> impl IntoView {
    let story = expect_context::<Reading>().story;
    let sentences = story.paragraphs[index].sentences.iter().enumerate().map(move |(s, segments)| {
        view! { <Sentence paragraph=index sentence=s segments=segments/> }
    });
    view! {
        <p class="ex-paragraph" id=format!("p{}", index + 1)>
            {sentences.collect_view()}
        </p>
    }
}

/// A sentence of the text; `live` highlights it while the selection comes from it.
#[component]
fn Sentence(paragraph: usize, sentence: usize, segments: &'static [Segment]) -> impl IntoView {
    let runs = segments.iter().map(|segment| match segment {
        Segment::Text(text) => Either::Left(text.as_str()),
        Segment::Figure { figure, text } => {
            Either::Right(view! { <Mention selection=Selection::Figure(*figure) text=text.as_str()/> })
        }
        Segment::Event { event, text } => {
            Either::Right(view! { <Mention selection=Selection::Event(*event) text=text.as_str()/> })
        }
    });
    view! {
        <span class="ex-sentence" data-sentence=sentence_key(paragraph, sentence)>{runs.collect_view()}</span>
    }
}

/// A number or date of the text. Pressing it selects it; pointing at it or focusing it shows
/// what it is in a tooltip and lights its marks. Its id is the figure's or event's, so that a
/// link to `#returns-2018` lands on it even before (or without) the WASM.
#[component]
fn Mention(selection: Selection, text: &'static str) -> impl IntoView {
    let reading = expect_context::<Reading>();
    let story = reading.story;
    let id = story.id_of(selection);
    let kind = match selection {
        Selection::Figure(_) => "ex-mention ex-mention--figure",
        Selection::Event(_) => "ex-mention ex-mention--event",
    };
    let marks = Control::Choose(selection).marks(story);
    // The tooltip is drawn by CSS from `data-tip`, so that the paragraph's text stays the
    // article's text alone; screen readers get the same words from `Descriptions`.
    view! {
        <span class="ex-mention-wrap" data-tip=tip_text(reading, selection)>
            <button
                type="button"
                class=kind
                id=id
                data-figure=marks.figure
                data-event=marks.event
                aria-pressed=if State::default().pressed(selection) { "true" } else { "false" }
                aria-describedby=tip_id(story, selection)
            >
                {text}
            </button>
        </span>
    }
}

/// What a mention's tooltip says: the value with its qualifier, what it counts and when; for
/// an event, its date and label.
fn tip_text(reading: Reading, selection: Selection) -> String {
    let (story, lang) = (reading.story, reading.lang());
    match selection {
        Selection::Figure(i) => format::figure_line(story, &story.figures[i], lang),
        Selection::Event(i) => {
            let event = &story.events[i];
            format!("{} — {}", format::event_when(event, lang), event.label)
        }
    }
}

/// The tooltips' words for assistive technology, out of the text's flow: each mention points
/// at its own with `aria-describedby`.
#[component]
pub fn Descriptions() -> impl IntoView {
    let reading = expect_context::<Reading>();
    let story = reading.story;
    let mentioned =
        story.paragraphs.iter().flat_map(|p| p.sentences.iter()).flat_map(|s| s.iter()).filter_map(|segment| {
            match *segment {
                Segment::Figure { figure, .. } => Some(Selection::Figure(figure)),
                Segment::Event { event, .. } => Some(Selection::Event(event)),
                Segment::Text(_) => None,
            }
        });
    let descriptions = mentioned
        .map(|selection| view! { <span id=tip_id(story, selection)>{tip_text(reading, selection)}</span> })
        .collect_view();
    view! { <div hidden>{descriptions}</div> }
}
