//! Downloads of a visual: its SVG, its PNG (the web image made at build time, twice the size
//! it is shown at) and its data as CSV. The SVG and CSV are made at build time too, and come
//! in the page's data file (`site::data_file`), which `live::downloads` saves from in the
//! browser; the PNG is a link to its file. Nothing is sent anywhere, and it works offline once
//! loaded. Shown only once the page is live.

use leptos::prelude::*;

use crate::embed::images::{self, Kind};
use crate::embed::{self, PageView};
use crate::export;
use crate::hooks::{Control, FileKind};
use crate::reading::Reading;

/// The download buttons of chart `chart`, and the files they save.
#[component]
pub fn Downloads(
    /// The chart, by index.
    chart: usize,
) -> impl IntoView {
    let reading = expect_context::<Reading>();
    let (story, lang) = (reading.story, reading.lang());
    let text = reading.ui();
    let spec = &story.charts[chart];
    let button = |file: FileKind| Control::Download { chart, file }.marks(story).control;
    let png = embed::from_page(reading.view, lang, story, &images::path(story, PageView::EmbedChart(chart), Kind::Web));
    view! {
        <p class="ex-downloads">
            {text.download} {text.colon}
            <button type="button" class="ex-download" data-control=button(FileKind::Svg)>"SVG"</button>
            // A draft has no images made at build time.
            {(!story.meta.draft).then(|| view! { <a class="ex-download" href=png download=export::file_name(spec, "png")>"PNG"</a> })}
            <button type="button" class="ex-download" data-control=button(FileKind::Csv)>{text.data_csv}</button>
        </p>
    }
}
