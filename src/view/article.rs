//! The article, verbatim, in sections: a section's first paragraph, then the visuals that
//! illustrate it (beside the text on wide screens, right after the paragraph on narrow ones),
//! then the rest of its paragraphs. Each number the text states is a control that selects it.

use leptos::either::Either;
use leptos::prelude::*;
use leptos_use_intersection_observer::{use_intersection_observer_with_options, UseIntersectionObserverOptions};

use super::app::Reading;
use super::visual::Visual;
use crate::content::{story, self, Segment, Selection};
use crate::format;

/// The most paragraphs a section's grid gives rows to (`.ex-rows-1` to `.ex-rows-12` in the
/// stylesheet); paragraphs past it flow below the visual.
const MAX_ROWS: usize = 12;

#[component]
pub fn Section(section: content::Section) -> impl IntoView {
    let reading = expect_context::<Reading>();
    if section.paragraphs.start == 0 {
        watch_active_paragraph(reading);
    }
    let n_paragraphs = section.paragraphs.len();
    let mut paragraphs = section.paragraphs.clone().map(|p| view! { <Paragraph index=p/> });
    let first = paragraphs.next();
    let visuals = (!section.charts.is_empty()).then(|| {
        let charts = section.charts.iter().map(|&chart| view! { <Visual chart=chart/> });
        // On wide screens the visuals sit beside all of the section's paragraphs.
        view! { <div class="ex-section-visuals">{charts.collect_view()}</div> }
    });
    // On wide screens: one row per paragraph, then one that takes the rest of a taller visual.
    // A class, not a style attribute: the page's policy allows no inline style.
    let rows = format!("ex-section ex-rows-{}", n_paragraphs.clamp(1, MAX_ROWS));
    view! {
        <section class=rows class:ex-section--with-visual=!section.charts.is_empty()>
            {first}
            {visuals}
            {paragraphs.collect_view()}
        </section>
    }
}

/// Follows which paragraph is in the middle band of the screen (not scroll-jacking: it only
/// watches). One observer for all paragraphs.
fn watch_active_paragraph(reading: Reading) {
    use_intersection_observer_with_options(
        ".ex-paragraph",
        move |entries, _| {
            for entry in entries.iter().filter(|entry| entry.is_intersecting()) {
                let index = entry.target().get_attribute("data-paragraph").and_then(|p| p.parse().ok());
                if index.is_some() {
                    reading.active_paragraph.set(index);
                }
            }
        },
        UseIntersectionObserverOptions::default().root_margin("-45% 0px -45% 0px"),
    );
}

#[component]
fn Paragraph(index: usize) -> impl IntoView {
    let reading = expect_context::<Reading>();
    let sentences = story().paragraphs[index].sentences.iter().enumerate().map(move |(s, segments)| {
        view! { <Sentence paragraph=index sentence=s segments=segments/> }
    });
    view! {
        <p
            class="ex-paragraph"
            class:ex-paragraph--active=move || reading.active_paragraph.get() == Some(index)
            id=format!("p{}", index + 1)
            data-paragraph=index
        >
            {sentences.collect_view()}
        </p>
    }
}

/// A sentence of the text; highlighted while the selection comes from it.
#[component]
fn Sentence(paragraph: usize, sentence: usize, segments: &'static [Segment]) -> impl IntoView {
    let reading = expect_context::<Reading>();
    let is_source =
        move || reading.selection.get().is_some_and(|selection| source_sentence(selection) == (paragraph, sentence));
    let runs = segments.iter().map(|segment| match *segment {
        Segment::Text(text) => Either::Left(text),
        Segment::Figure { figure, text } => {
            Either::Right(view! { <Mention selection=Selection::Figure(figure) text=text/> })
        }
        Segment::Event { event, text } => {
            Either::Right(view! { <Mention selection=Selection::Event(event) text=text/> })
        }
    });
    view! { <span class="ex-sentence" class:ex-sentence--source=is_source>{runs.collect_view()}</span> }
}

/// A number or date of the text. Pressing it selects it; pointing at it or focusing it shows
/// what it is in a tooltip and lights its marks. Its id is the figure's or event's, so that a
/// link to `#returns-2018` lands on it even before (or without) the WASM.
#[component]
fn Mention(selection: Selection, text: &'static str) -> impl IntoView {
    let reading = expect_context::<Reading>();
    let lang = reading.lang;
    let id = story().id_of(selection);
    let pressed = move || reading.selection.get() == Some(selection);
    // A figure computed from this one is chosen: this mention is part of the answer.
    let related = move || match (reading.selection.get(), selection) {
        (Some(Selection::Figure(chosen)), Selection::Figure(mine)) => {
            story().operands(chosen).is_some_and(|(left, right)| left == mine || right == mine)
        }
        _ => false,
    };
    // Escape closes the tooltip until the pointer or the focus leaves.
    let quiet = RwSignal::new(false);
    let (kind, figure_id, event_id) = match selection {
        Selection::Figure(_) => ("ex-mention ex-mention--figure", Some(id), None),
        Selection::Event(_) => ("ex-mention ex-mention--event", None, Some(id)),
    };
    // The tooltip is drawn by CSS from `data-tip`, so that the paragraph's text stays the
    // article's text alone; screen readers get the same words from `Descriptions`.
    view! {
        <span
            class="ex-mention-wrap"
            class:ex-mention-wrap--quiet=move || quiet.get()
            data-tip=tip_text(selection, lang)
            on:mouseleave=move |_| quiet.set(false)
        >
            <button
                type="button"
                class=kind
                class:ex-mention--related=related
                id=id
                data-figure=figure_id
                data-event=event_id
                aria-pressed=move || if pressed() { "true" } else { "false" }
                aria-describedby=format!("tip-{id}")
                on:click=move |_| reading.choose(selection)
                on:mouseenter=move |_| reading.hover.set(Some(selection))
                on:mouseleave=move |_| reading.hover.set(None)
                on:focus=move |_| {
                    reading.hover.set(Some(selection));
                    reading.focused.set(Some(selection));
                }
                on:blur=move |_| {
                    reading.hover.set(None);
                    reading.focused.set(None);
                    quiet.set(false);
                }
                on:keydown=move |event: leptos::ev::KeyboardEvent| {
                    if event.key() == "Escape" {
                        quiet.set(true);
                    }
                }
            >
                {text}
            </button>
        </span>
    }
}

/// What a mention's tooltip says: the value with its qualifier, what it counts and when; for
/// an event, its date and label.
fn tip_text(selection: Selection, lang: format::Lang) -> String {
    match selection {
        Selection::Figure(i) => format::figure_line(&story(), &story().figures[i], lang),
        Selection::Event(i) => {
            let event = &story().events[i];
            format!("{} — {}", format::date(event.date, lang), event.label)
        }
    }
}

/// The tooltips' words for assistive technology, out of the text's flow: each mention points
/// at its own with `aria-describedby`.
#[component]
pub fn Descriptions() -> impl IntoView {
    let lang = expect_context::<Reading>().lang;
    let mentioned =
        story().paragraphs.iter().flat_map(|p| p.sentences.iter()).flat_map(|s| s.iter()).filter_map(|segment| {
            match *segment {
                Segment::Figure { figure, .. } => Some(Selection::Figure(figure)),
                Segment::Event { event, .. } => Some(Selection::Event(event)),
                Segment::Text(_) => None,
            }
        });
    let descriptions = mentioned
        .map(
            |selection| view! { <span id=format!("tip-{}", story().id_of(selection))>{tip_text(selection, lang)}</span> },
        )
        .collect_view();
    view! { <div hidden>{descriptions}</div> }
}

/// The sentence a selection comes from: (paragraph, sentence).
pub fn source_sentence(selection: Selection) -> (usize, usize) {
    match selection {
        Selection::Figure(figure) => story().source_of(figure),
        Selection::Event(event) => (story().events[event].paragraph, story().events[event].sentence),
    }
}
