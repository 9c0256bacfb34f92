//! Downloads of a visual: its SVG, a PNG at twice its size, its data as CSV. The buttons are
//! drawn here; `live::downloads` makes the files in the browser from `export` (nothing is sent
//! anywhere; it works offline once loaded). Shown only once the page is live.

use leptos::prelude::*;

use super::app::Reading;
use crate::ui::ui;

#[component]
pub fn Downloads() -> impl IntoView {
    let text = ui(expect_context::<Reading>().lang);
    view! {
        <p class="ex-downloads">
            {text.download} {text.colon}
            <button type="button" class="ex-download" data-download="svg">"SVG"</button>
            <button type="button" class="ex-download" data-download="png">"PNG"</button>
            <button type="button" class="ex-download" data-download="csv">{text.data_csv}</button>
        </p>
    }
}
