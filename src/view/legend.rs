//! The list of what a visual shows, as a listbox: one tab stop per visual, arrow keys to move,
//! Home and End to jump; moving selects (in the browser, `live` answers the keys). It is the
//! visual's text layer, read by screen readers in place of the SVG, and on stat tiles it is the
//! visual itself.

use leptos::either::Either;
use leptos::prelude::*;

use crate::content::{ChartKind, Op, Origin, Selection, Story};
use crate::format;
use crate::hooks::{option_id, Control};
use crate::reading::{Look, Reading, State};

/// The list of what chart `chart` shows (its figures, or every event of a timeline), as a
/// listbox whose options select.
#[component]
pub fn Legend(
    /// The chart, by index.
    chart: usize,
) -> impl IntoView {
    let reading = expect_context::<Reading>();
    let story = reading.story;
    let text = reading.ui();
    // Named after its visual: a page (or an embed) has several lists, which a screen reader
    // must tell apart.
    let kind = match story.charts[chart].kind {
        ChartKind::Timeline => text.timeline_events,
        _ => text.chart_items,
    };
    let label = format!("{kind}{}{}", text.colon, format::inlines(story, &story.charts[chart].title, reading.lang()));
    // As the page opens (the state `live` starts from): nothing chosen, the first option holds
    // the list's tab stop.
    let first = State::default();
    let items = story.items_of(chart);
    let (selected, stop) = (first.chosen_among(&items), first.tab_stop(&items));
    let options = items
        .iter()
        .enumerate()
        .map(|(index, &item)| {
            let marks = Control::Choose(item).marks(story);
            let class = match first.look(reading, chart, item) {
                Look::Plain => "ex-legend-item",
                Look::Read => "ex-legend-item is-read",
                Look::Lit => "ex-legend-item is-active",
            };
            view! {
                <li
                    role="option"
                    id=option_id(story, chart, item)
                    class=class
                    data-figure=marks.figure
                    data-event=marks.event
                    aria-selected=if selected == Some(index) { "true" } else { "false" }
                    tabindex=if index == stop { "0" } else { "-1" }
                >
                    <ItemText item=item kind=story.charts[chart].kind/>
                </li>
            }
        })
        .collect_view();
    view! { <ul class="ex-legend" role="listbox" aria-label=label>{options}</ul> }
}

/// An item as the legend lists it: a swatch, the value with its qualifier, what it counts and
/// when; "computed" and how, for a computed figure.
#[component]
fn ItemText(item: Selection, kind: ChartKind) -> impl IntoView {
    let reading = expect_context::<Reading>();
    let (story, lang) = (reading.story, reading.lang());
    let text = reading.ui();
    match item {
        Selection::Figure(i) => {
            let figure = &story.figures[i];
            let computed = match figure.origin {
                Origin::Computed { .. } => Some(view! {
                        <span class="ex-legend-computed">
                            {text.computed} {text.colon} {format::formula(story, figure, lang)}
                        </span>
                }),
                Origin::Stated { .. } => None,
            };
            let swatch = swatch_of(story, i, kind);
            Either::Left(view! {
                <span class=swatch aria-hidden="true"></span>
                <span class="ex-legend-value">{format::figure_value(figure, lang)}</span>
                " "
                <span class="ex-legend-label">
                    {figure.label.as_str()} " (" {format::figure_period(story, figure, lang)} ")"
                </span>
                {computed}
            })
        }
        Selection::Event(i) => {
            let event = &story.events[i];
            Either::Right(view! {
                <span class="ex-legend-number" aria-hidden="true">{lang.digits(i as u64 + 1)}</span>
                <span class="ex-legend-value">{format::event_when(event, lang)}</span>
                " "
                <span class="ex-legend-label">{event.label.as_str()}</span>
            })
        }
    }
}

/// The swatch of a figure: how the visual draws it. A count computed as a share is drawn by
/// its stated share's cells; another computed figure has marks of its own, hatched; a target
/// is an outline; on bars, a stated figure is a bar of its own.
fn swatch_of(story: &Story, figure: usize, kind: ChartKind) -> &'static str {
    let figure = &story.figures[figure];
    if figure.outlook.is_some() {
        return "ex-swatch ex-swatch--target";
    }
    let bars = matches!(kind, ChartKind::Bars | ChartKind::Changes);
    match figure.origin {
        Origin::Stated { .. } if bars => "ex-swatch ex-swatch--stated",
        Origin::Computed { op: Op::PercentOf, .. } => "ex-swatch ex-swatch--stated",
        Origin::Computed { .. } => "ex-swatch ex-swatch--computed",
        Origin::Stated { .. } if figure.part_of.is_some() || figure.share_of.is_some() => "ex-swatch ex-swatch--stated",
        Origin::Stated { .. } => "ex-swatch ex-swatch--whole",
    }
}
