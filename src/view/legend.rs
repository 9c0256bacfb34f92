//! The list of what a visual shows, as a listbox: one tab stop per visual, arrow keys to move,
//! Home and End to jump; moving selects (in the browser, `live` answers the keys). It is the
//! visual's text layer, read by screen readers in place of the SVG, and on stat tiles it is the
//! visual itself.

use leptos::either::Either;
use leptos::prelude::*;

use super::app::Reading;
use crate::content::{story, Chart, ChartKind, Op, Origin, Selection};
use crate::format;
use crate::ui::ui;

/// The items a chart shows: its figures, or for a timeline every event.
pub fn items_of(chart: &Chart) -> Vec<Selection> {
    match chart.kind {
        ChartKind::Timeline => (0..story().events.len()).map(Selection::Event).collect(),
        _ => chart.figures.iter().map(|&f| Selection::Figure(f)).collect(),
    }
}

#[component]
pub fn Legend(chart: &'static Chart) -> impl IntoView {
    let reading = expect_context::<Reading>();
    let text = ui(reading.lang);
    let label = match chart.kind {
        ChartKind::Timeline => text.timeline_events,
        _ => text.chart_items,
    };
    // Before any choice, the first option takes the list's tab stop.
    let options = items_of(chart)
        .into_iter()
        .enumerate()
        .map(|(index, item)| {
            let (figure_id, event_id) = match item {
                Selection::Figure(i) => (Some(story().figures[i].id), None),
                Selection::Event(i) => (None, Some(story().events[i].id)),
            };
            view! {
                <li
                    role="option"
                    id=option_id(chart, item)
                    class="ex-legend-item"
                    data-figure=figure_id
                    data-event=event_id
                    aria-selected="false"
                    tabindex=if index == 0 { "0" } else { "-1" }
                >
                    <ItemText item=item/>
                </li>
            }
        })
        .collect_view();
    view! { <ul class="ex-legend" role="listbox" aria-label=label>{options}</ul> }
}

/// The id of an item's option in a chart's legend.
pub fn option_id(chart: &Chart, item: Selection) -> String {
    format!("{}-item-{}", chart.id, story().id_of(item))
}

/// An item as the legend lists it: a swatch, the value with its qualifier, what it counts and
/// when; "computed" and how, for a computed figure.
#[component]
fn ItemText(item: Selection) -> impl IntoView {
    let reading = expect_context::<Reading>();
    let lang = reading.lang;
    let text = ui(lang);
    match item {
        Selection::Figure(i) => {
            let figure = &story().figures[i];
            let computed = match figure.origin {
                Origin::Computed { .. } => Some(view! {
                        <span class="ex-legend-computed">
                            {text.computed} {text.colon} {format::formula(&story(), figure, lang)}
                        </span>
                }),
                Origin::Stated { .. } => None,
            };
            let swatch = swatch_of(i);
            Either::Left(view! {
                <span class=swatch aria-hidden="true"></span>
                <span class="ex-legend-value">{format::figure_value(figure, lang)}</span>
                " "
                <span class="ex-legend-label">
                    {figure.label} " (" {format::period(figure.period, story().meta.date, lang)} ")"
                </span>
                {computed}
            })
        }
        Selection::Event(i) => {
            let event = &story().events[i];
            Either::Right(view! {
                <span class="ex-legend-number" aria-hidden="true">{i + 1}</span>
                <span class="ex-legend-value">{format::date(event.date, lang)}</span>
                " "
                <span class="ex-legend-label">{event.label}</span>
            })
        }
    }
}

/// The swatch of a figure: how the visual draws it. A count computed as a share is drawn by
/// its stated share's cells; another computed figure has marks of its own, hatched.
fn swatch_of(figure: usize) -> &'static str {
    let figure = &story().figures[figure];
    match figure.origin {
        Origin::Computed { op: Op::PercentOf, .. } => "ex-swatch ex-swatch--stated",
        Origin::Computed { .. } => "ex-swatch ex-swatch--computed",
        Origin::Stated { .. } if figure.part_of.is_some() || figure.share_of.is_some() => "ex-swatch ex-swatch--stated",
        Origin::Stated { .. } => "ex-swatch ex-swatch--whole",
    }
}
