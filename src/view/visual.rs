//! A visual: its title and takeaway, the graphic drawn from a scene, the list of what it
//! shows (the keyboard's way in, and what screen readers read), a readout for each item (shown
//! when it is chosen), and its source and notes. `Drawing` is the one component the browser
//! renders again: the graphic is laid out for the width it gets.

use leptos::either::{Either, EitherOf3};
use leptos::prelude::*;
use vocabulary::Named;

use super::downloads::Downloads;
use super::embed_dialog::EmbedThis;
use super::legend::Legend;
use crate::content::{ChartKind, Origin, Selection, Story};
use crate::describe;
use crate::embed::PageView;
use crate::format;
use crate::hooks::Control;
use crate::reading::Reading;
use crate::scene::{self, px, Frame, Mark, Shape};
use crate::ui::terms;

/// Chart `chart` with everything around it: caption, graphic, legend, readout, data table,
/// source, notes, downloads and (on the full page) its embed dialog.
#[component]
pub fn Visual(
    /// The chart, by index.
    chart: usize,
) -> impl IntoView {
    let reading = expect_context::<Reading>();
    let (story, lang) = (reading.story, reading.lang());
    let text = reading.ui();
    let spec = &story.charts[chart];
    let title_id = format!("{}-title", spec.id);
    let labelled_by = title_id.clone();
    let description_id = format!("{}-description", spec.id);
    let described_by = description_id.clone();
    let notes = spec.notes.iter().map(|note| view! { <li>{format::inlines(story, note, lang)}</li> }).collect_view();
    let graphic = match spec.kind {
        // Tiles need no graphic: each figure has its own scale, so the list is the visual.
        ChartKind::StatTiles => None,
        _ => Some(view! {
            <div class="ex-visual-graphic" data-chart=spec.id>
                <Drawing chart=chart frame=Signal::stored(Frame::FIRST)/>
            </div>
        }),
    };
    // The timeline ends at the statement: say when that is, since the axis only shows years.
    let statement = (spec.kind == ChartKind::Timeline).then(|| {
        view! {
            <p class="ex-timeline-statement">
                <span class="ex-statement-key" aria-hidden="true"></span>
                {text.statement} {text.colon} {format::date(story.meta.date, lang)}
            </p>
        }
    });
    // Alone on its embed page, the visual's title is the page's heading.
    let title = format::inlines(story, spec.title, lang);
    let heading = match reading.view {
        PageView::EmbedChart(_) => Either::Left(view! { <h1 class="ex-visual-title" id=title_id>{title}</h1> }),
        _ => Either::Right(view! { <h2 class="ex-visual-title" id=title_id>{title}</h2> }),
    };
    view! {
        <figure class=format!("ex-visual ex-visual--{}", spec.kind.name()) id=spec.id aria-labelledby=labelled_by aria-describedby=described_by>
            <figcaption>
                {heading}
                <p class="ex-visual-takeaway">{format::inlines(story, spec.takeaway, lang)}</p>
            </figcaption>
            <p class="ex-sr-only" id=description_id>{describe::description(story, spec, lang)}</p>
            {graphic}
            {statement}
            <Legend chart=chart/>
            <Readout chart=chart/>
            <DataTable chart=chart/>
            <footer class="ex-visual-footer">
                <p class="ex-visual-source">
                    {text.source} {text.colon} {story.meta.source_name} ", " {format::date(story.meta.date, lang)}
                </p>
                <ul class="ex-visual-notes" aria-label=text.notes>{notes}</ul>
                <Downloads chart=chart/>
                {(reading.view == PageView::Full && !story.meta.draft).then(|| view! { <EmbedThis view=PageView::EmbedChart(chart)/> })}
            </footer>
        </figure>
    }
}

/// The SVG of chart `chart` laid out in `frame`. Hidden from assistive technology: the legend
/// beside it carries the same meaning as text.
#[component]
pub fn Drawing(
    /// The chart, by index.
    chart: usize,
    /// The width and text size to lay it out for.
    frame: Signal<Frame>,
) -> impl IntoView {
    let reading = expect_context::<Reading>();
    let (story, lang) = (reading.story, reading.lang());
    let scene = Memo::new(move |_| scene::for_chart(story, &story.charts[chart], frame.get(), lang));
    move || {
        let scene = scene.get();
        let marks = scene.marks.into_iter().map(|mark| view! { <MarkView mark=mark/> }).collect_view();
        view! {
            <svg
                aria-hidden="true"
                focusable="false"
                width=px(scene.width)
                height=px(scene.height)
                viewBox=format!("0 0 {} {}", px(scene.width), px(scene.height))
            >
                {marks}
            </svg>
        }
    }
}

/// One mark. Marks that stand for a figure or an event light up with it and answer the
/// pointer (through `live`); the keyboard goes through the legend.
#[component]
fn MarkView(mark: Mark) -> impl IntoView {
    let reading = expect_context::<Reading>();
    let item = mark.item;
    let active = move || item.is_some_and(|item| reading.highlights(item));
    let marks = item.map(|item| Control::Choose(item).marks(reading.story)).unwrap_or_default();
    let class = mark.kind.class();
    match mark.shape {
        Shape::Rect { x, y, width, height } => EitherOf3::A(view! {
            <rect x=px(x) y=px(y) width=px(width) height=px(height) class=class class:is-active=active
                data-figure=marks.figure data-event=marks.event/>
        }),
        Shape::Line { x1, y1, x2, y2 } => {
            EitherOf3::B(view! { <line x1=px(x1) y1=px(y1) x2=px(x2) y2=px(y2) class=class/> })
        }
        Shape::Text { x, y, text, anchor } => EitherOf3::C(view! {
            <text x=px(x) y=px(y) text-anchor=anchor.name() class=class class:is-active=active
                data-figure=marks.figure data-event=marks.event>{text}</text>
        }),
    }
}

/// What each item is and where it comes from, one block per item, hidden until it is chosen
/// (`live` shows the chosen one and hides the hint).
#[component]
fn Readout(chart: usize) -> impl IntoView {
    let reading = expect_context::<Reading>();
    let (story, lang) = (reading.story, reading.lang());
    let text = reading.ui();
    let hint = match reading.view {
        PageView::EmbedChart(_) => text.readout_hint_alone,
        _ => text.readout_hint,
    };
    let items = story.items_of(chart).into_iter().map(move |item| {
        let body = match item {
            Selection::Figure(i) => {
                let figure = &story.figures[i];
                let origin = match figure.origin {
                    Origin::Stated { quote, .. } => Either::Left(view! {
                        <p>{text.stated_in_text} {text.colon} <q>{quote}</q></p>
                    }),
                    Origin::Computed { .. } => Either::Right(view! {
                        <p>
                            <strong>{text.computed}</strong> " (" {terms(lang).computed_how} ")" {text.colon}
                            {format::formula(story, figure, lang)}
                        </p>
                    }),
                };
                let anchor = source_mention(story, Selection::Figure(i));
                Either::Left(view! {
                    <p class="ex-readout-value">{format::figure_value(figure, lang)}</p>
                    // The value line above carries the unit: the label completes it.
                    <p>{figure.label} " · " {format::figure_period(story, figure, lang)}</p>
                    {origin}
                    <p><a href=format!("#{anchor}")>{text.show_in_text}</a></p>
                })
            }
            Selection::Event(i) => {
                let event = &story.events[i];
                Either::Right(view! {
                    <p class="ex-readout-value">{format::event_when(event, lang)}</p>
                    <p>{event.label}</p>
                    <p>{text.stated_in_text} {text.colon} <q>{event.quote}</q></p>
                    <p><a href=format!("#{}", event.id)>{text.show_in_text}</a></p>
                })
            }
        };
        view! { <div class="ex-readout-item" data-readout=story.id_of(item) hidden>{body}</div> }
    });
    view! {
        <div class="ex-readout">
            <p class="ex-readout-hint">{hint}</p>
            {items.collect_view()}
        </div>
    }
}

/// The id of the mention in the text that a selection leads back to: its own, or for a
/// computed figure that of the first stated figure it is computed from.
fn source_mention(story: &Story, selection: Selection) -> &'static str {
    match selection {
        Selection::Event(i) => story.events[i].id,
        Selection::Figure(mut figure) => {
            while let Some((left, _)) = story.operands(figure) {
                figure = left;
            }
            story.figures[figure].id
        }
    }
}

/// The visual's data as a real table, closed until the reader opens it (a `details`
/// element: keyboard-reachable, and it works without JavaScript).
#[component]
fn DataTable(chart: usize) -> impl IntoView {
    let reading = expect_context::<Reading>();
    let table = describe::table(reading.story, &reading.story.charts[chart], reading.lang());
    let caption = table.caption.clone();
    let head = table.head.iter().map(|cell| view! { <th scope="col">{*cell}</th> }).collect_view();
    let rows = table
        .rows
        .into_iter()
        .map(|row| {
            let mut cells = row.into_iter();
            let first = cells.next().unwrap_or_default();
            let rest = cells.map(|cell| view! { <td>{cell}</td> }).collect_view();
            view! { <tr><th scope="row">{first}</th>{rest}</tr> }
        })
        .collect_view();
    view! {
        <details class="ex-data">
            <summary>{reading.ui().show_data}</summary>
            <div class="ex-data-scroll" tabindex="0" role="region" aria-label=caption>
                <table>
                    <caption>{table.caption}</caption>
                    <thead><tr>{head}</tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </details>
    }
}
