//! The card that says what the selected number is, and where it comes from.

use leptos::prelude::*;

use super::app::Reading;
use crate::content::{Origin, Selection, STORY};
use crate::format;
use crate::ui::ui;

#[component]
pub fn Details() -> impl IntoView {
    let reading = expect_context::<Reading>();
    let lang = reading.lang;
    let text = ui(lang);
    let card = move || match reading.selection.get() {
        None => view! { <p class="ex-details-hint">{text.details_hint}</p> }.into_any(),
        Some(Selection::Figure(i)) => {
            let figure = &STORY.figures[i];
            let origin = match figure.origin {
                Origin::Stated { quote, .. } => view! {
                    <p class="ex-details-origin">{text.stated_in_text} {text.colon} <q>{quote}</q></p>
                }
                .into_any(),
                Origin::Computed { .. } => view! {
                    <p class="ex-details-origin">
                        <strong>{text.computed}</strong> " (" {text.computed_how} ")" {text.colon}
                        {format::formula(&STORY, figure, lang)}
                    </p>
                }
                .into_any(),
            };
            view! {
                <p class="ex-details-value">{format::figure_value(figure, lang)}</p>
                <p class="ex-details-label">
                    {figure.label} " · " {format::period(figure.period, STORY.meta.date, lang)}
                </p>
                {origin}
            }
            .into_any()
        }
        Some(Selection::Event(i)) => {
            let event = &STORY.events[i];
            view! {
                <p class="ex-details-value">{format::date(event.date, lang)}</p>
                <p class="ex-details-label">{event.label}</p>
                <p class="ex-details-origin">{text.stated_in_text} {text.colon} <q>{event.quote}</q></p>
            }
            .into_any()
        }
    };
    view! {
        <section class="ex-details" aria-labelledby="ex-details-heading">
            <h2 id="ex-details-heading">{text.details_heading}</h2>
            <div class="ex-details-card" aria-live="polite">{card}</div>
        </section>
    }
}
