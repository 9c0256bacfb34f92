//! Downloads of a visual: its SVG, its PNG (the web image made at build time, twice the size
//! it is shown at) and its data as CSV. The SVG and CSV are made here, at build time, and kept
//! in the page as inert `<template>`s that `live::downloads` saves in the browser; the PNG is a
//! link to its file. Nothing is sent anywhere, and it works offline once loaded. Shown only
//! once the page is live.

use leptos::prelude::*;

use crate::embed::images::{self, Kind};
use crate::embed::{self, PageView};
use crate::export;
use crate::hooks::{file_id, Control, FileKind};
use crate::palette::LIGHT;
use crate::reading::Reading;
use crate::scene::{self, Frame};

/// The width downloads are laid out at, whatever the screen.
const EXPORT_WIDTH: f64 = 560.0;

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
    let scene = scene::for_chart(story, spec, Frame::new(EXPORT_WIDTH, Frame::FIRST.text), lang);
    let svg = export::svg(story, spec, &scene, lang, &LIGHT);
    let csv = export::csv(story, spec, lang);
    let button = |file: FileKind| Control::Download { chart, file }.marks(story).control;
    let png = embed::from_page(reading.view, lang, story, &images::path(story, PageView::EmbedChart(chart), Kind::Web));
    // As text (escaped), not markup: the browser hands back exactly these bytes.
    view! {
        <p class="ex-downloads">
            {text.download} {text.colon}
            <button type="button" class="ex-download" data-control=button(FileKind::Svg)>"SVG"</button>
            // A draft has no images made at build time.
            {(!story.meta.draft).then(|| view! { <a class="ex-download" href=png download=export::file_name(spec, "png")>"PNG"</a> })}
            <button type="button" class="ex-download" data-control=button(FileKind::Csv)>{text.data_csv}</button>
            <template id=file_id(story, chart, FileKind::Svg) data-name=export::file_name(spec, "svg")>{svg}</template>
            <template id=file_id(story, chart, FileKind::Csv) data-name=export::file_name(spec, "csv")>{csv}</template>
        </p>
    }
}
