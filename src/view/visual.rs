//! A visual: its title and takeaway, the graphic drawn from a scene, the list of what it
//! shows (the keyboard's way in, and what screen readers read), a readout for each item (shown
//! when it is chosen), and its source and notes. The graphic is the scene's markup
//! (`drawing`), which the browser writes again for the width it gets.

use leptos::either::Either;
use leptos::prelude::*;
use vocabulary::Named;

use super::downloads::Downloads;
use super::embed_dialog::EmbedThis;
use super::legend::Legend;
use crate::content::{ChartKind, Origin, Selection, Story};
use crate::describe;
use crate::drawing;
use crate::embed::PageView;
use crate::format;
use crate::hooks::{self, Control};
use crate::reading::{Reading, State, Walk};
use crate::scene::{self, Frame};

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
    let title_id = hooks::title_id(story, PageView::EmbedChart(chart));
    let labelled_by = title_id.clone();
    let description_id = hooks::description_id(story, PageView::EmbedChart(chart));
    // The notes drawn from the text are read with the description.
    let notes_id = hooks::notes_id(story, chart);
    let described_by = match spec.annotations.is_empty() {
        true => description_id.clone(),
        false => format!("{description_id} {notes_id}"),
    };
    let notes = spec.notes.iter().map(|note| view! { <li>{format::inlines(story, note, lang)}</li> }).collect_view();
    let graphic = match spec.kind {
        // Tiles need no graphic: each figure has its own scale, so the list is the visual.
        ChartKind::StatTiles => None,
        _ => Some(view! {
            // Laid out for a phone; the browser lays it out again at the width it gets.
            <div class="ex-visual-graphic" data-chart=spec.id.as_str()
                inner_html=drawing::svg(story, &scene::for_chart(story, spec, Frame::FIRST, lang))></div>
        }),
    };
    // The timeline ends at the statement: say when that is, since the axis only shows years.
    let statement = (spec.kind == ChartKind::Timeline).then(|| {
        view! {
            <p class="ex-timeline-statement">
                <span class="ex-statement-key" aria-hidden="true"></span>
                {text.published} {text.colon} {format::date(story.meta.date, lang)}
            </p>
        }
    });
    // Alone on its embed page, the visual's title is the page's heading.
    let title = format::inlines(story, &spec.title, lang);
    let heading = match reading.view {
        PageView::EmbedChart(_) => Either::Left(view! { <h1 class="ex-visual-title" id=title_id>{title}</h1> }),
        _ => Either::Right(view! { <h2 class="ex-visual-title" id=title_id>{title}</h2> }),
    };
    view! {
        <figure class=format!("ex-visual ex-visual--{}", spec.kind.name()) id=spec.id.as_str() aria-labelledby=labelled_by aria-describedby=described_by>
            <figcaption>
                {heading}
                <p class="ex-visual-takeaway">{format::inlines(story, &spec.takeaway, lang)}</p>
            </figcaption>
            <p class="ex-sr-only" id=description_id>{describe::description(story, spec, lang)}</p>
            {graphic}
            {statement}
            <Callouts chart=chart/>
            <Legend chart=chart/>
            <Readout chart=chart/>
            {matches!(reading.view, PageView::EmbedChart(_)).then(|| view! { <Steps chart=chart/> })}
            <DataTable chart=chart/>
            <footer class="ex-visual-footer">
                <p class="ex-visual-source">
                    {format::source_line(story, lang)}
                </p>
                <ul class="ex-visual-notes" aria-label=text.notes>{notes}</ul>
                <Downloads chart=chart/>
                {(reading.view == PageView::Full && !story.meta.draft).then(|| view! { <EmbedThis view=PageView::EmbedChart(chart)/> })}
            </footer>
        </figure>
    }
}

/// What each item is and where it comes from, one block per item, under a hint that says what
/// to do: the first item's, the visual's key figure, until another is chosen (`live` shows the
/// chosen one). All are stacked in one cell from the first paint, so the readout has the room
/// of its tallest: no choice moves what lies under it, and it is never an empty block.
#[component]
fn Readout(chart: usize) -> impl IntoView {
    let reading = expect_context::<Reading>();
    let (story, lang) = (reading.story, reading.lang());
    let text = reading.ui();
    let hint = match reading.view {
        PageView::EmbedChart(_) => text.readout_hint_alone,
        _ => text.readout_hint,
    };
    // As the page opens: the hint, and the key figure.
    let listed = story.items_of(chart);
    let shown = State::default().readout_shows(&listed);
    let items = listed.iter().enumerate().map(|(index, &item)| {
        let body = match item {
            Selection::Figure(i) => {
                let figure = &story.figures[i];
                let origin = match &figure.origin {
                    Origin::Stated { quote, .. } => Either::Left(view! {
                        <p>{text.stated_in_text} {text.colon} <q>{quote.as_str()}</q></p>
                    }),
                    Origin::Computed { .. } => Either::Right(view! {
                        <p>
                            <strong>{text.computed}</strong> {text.colon}
                            {format::formula(story, figure, lang)}
                        </p>
                    }),
                };
                let anchor = source_mention(story, Selection::Figure(i));
                Either::Left(view! {
                    <p class="ex-readout-value">{format::figure_value(figure, lang)}</p>
                    // The value line above carries the unit: the label completes it.
                    <p>{figure.label.as_str()} " · " {format::figure_period(story, figure, lang)}</p>
                    {origin}
                    <p><a href=format!("#{anchor}")>{text.show_in_text}</a></p>
                })
            }
            Selection::Event(i) => {
                let event = &story.events[i];
                Either::Right(view! {
                    <p class="ex-readout-value">{format::event_when(event, lang)}</p>
                    <p>{event.label.as_str()}</p>
                    <p>{text.stated_in_text} {text.colon} <q>{event.quote.as_str()}</q></p>
                    <p><a href=format!("#{}", event.id)>{text.show_in_text}</a></p>
                })
            }
        };
        let hidden = index != shown;
        view! { <div class="ex-readout-item" data-readout=story.id_of(item) hidden=hidden>{body}</div> }
    });
    view! {
        <div class="ex-readout">
            <p class="ex-readout-hint">{hint}</p>
            {items.collect_view()}
        </div>
    }
}

/// A visual's notes drawn from the text: each passage as the text writes it, after the letter
/// of the badge over the mark it is about and what that mark shows. Under the graphic at every
/// width, read with the visual's description (the graphic itself is hidden from screen readers).
#[component]
fn Callouts(chart: usize) -> impl IntoView {
    let reading = expect_context::<Reading>();
    let (story, lang) = (reading.story, reading.lang());
    let notes = &story.charts[chart].annotations;
    let marks = crate::ui::terms(lang).note_marks;
    (!notes.is_empty()).then(|| {
        let items = notes
            .iter()
            .zip(marks)
            .map(|(note, letter)| {
                // The letter stands out as on its badge; the line is `format::note_line`'s.
                let line = format::note_line(story, note, letter, lang);
                let rest = line.strip_prefix(letter).unwrap_or(&line).to_string();
                view! { <li><b>{letter}</b> {rest}</li> }
            })
            .collect_view();
        // No name of its own: a named list would give the visual's description its name rather
        // than its notes.
        view! { <ol class="ex-callouts" id=hooks::notes_id(story, chart)>{items}</ol> }
    })
}

/// On a visual's own embed page, where the text is not: the sentences its items come from, as
/// steps a reader walks with two buttons or the arrow keys; `live` shows one at a time and
/// lights what it says. All are stacked in one cell, so the block keeps the room of the longest,
/// and it stays invisible until the page is live (without JavaScript, the page is as before).
#[component]
fn Steps(chart: usize) -> impl IntoView {
    let reading = expect_context::<Reading>();
    let (story, lang, text) = (reading.story, reading.lang(), reading.ui());
    let first = State::default();
    let steps = crate::reading::steps(story, chart);
    let count = steps.len();
    let sentences = steps
        .into_iter()
        .enumerate()
        .map(|(index, (paragraph, sentence))| {
            // The sentence as the text writes it, its numbers and dates included.
            let words = story.paragraphs[paragraph].sentence(sentence);
            let key = hooks::sentence_key(paragraph, sentence);
            view! { <li data-sentence=key hidden=index != first.step()>{words.trim().to_string()}</li> }
        })
        .collect_view();
    // At an end, its button says it goes no further (and stays in the tab order).
    let button = |walk: Walk, words: &'static str, end: bool| {
        let control = Control::Step(walk).marks(story).control;
        view! {
            <button type="button" class="ex-download" data-control=control aria-disabled=if end { "true" } else { "false" }>
                {words}
            </button>
        }
    };
    let shown = crate::reading::step_count(lang, first.step(), count);
    view! {
        <section class="ex-steps" aria-label=text.steps>
            <ol aria-live="polite">{sentences}</ol>
            // A single sentence is the visual's context, not a walk.
            {(count > 1).then(|| view! {
                <p class="ex-steps-nav">
                    {button(Walk::Back, text.step_back, first.step() == 0)}
                    <span class="ex-steps-count">{shown}</span>
                    {button(Walk::On, text.step_on, first.step() + 1 >= count)}
                </p>
            })}
        </section>
    }
}

/// The id of the mention in the text that a selection leads back to: its own, or for a
/// computed figure that of the first stated figure it is computed from.
fn source_mention(story: &Story, selection: Selection) -> &str {
    match selection {
        Selection::Event(i) => &story.events[i].id,
        Selection::Figure(mut figure) => {
            while let Some((left, _)) = story.operands(figure) {
                figure = left;
            }
            &story.figures[figure].id
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
