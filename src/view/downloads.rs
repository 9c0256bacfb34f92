//! Downloads of a visual: its SVG, a PNG at twice its size, its data as CSV. The files are
//! made here, at build time, and kept in the page as inert `<template>`s; `live::downloads`
//! saves them (and draws the PNG from the SVG) in the browser: nothing is sent anywhere, and it
//! works offline once loaded. Shown only once the page is live.

use leptos::prelude::*;

use super::app::Reading;
use crate::content::{story, Chart};
use crate::export;
use crate::palette::LIGHT;
use crate::scene::{self, Frame};
use crate::ui::ui;

/// The width downloads are laid out at, whatever the screen.
const EXPORT_WIDTH: f64 = 560.0;

#[component]
pub fn Downloads(chart: &'static Chart) -> impl IntoView {
    let lang = expect_context::<Reading>().lang;
    let text = ui(lang);
    let scene = scene::for_chart(&story(), chart, Frame::new(EXPORT_WIDTH, Frame::FIRST.text), lang);
    let svg = export::svg(&story(), chart, &scene, lang, &LIGHT);
    let csv = export::csv(&story(), chart, lang);
    // As text (escaped), not markup: the browser hands back exactly these bytes.
    view! {
        <p class="ex-downloads">
            {text.download} {text.colon}
            <button type="button" class="ex-download" data-download="svg">"SVG"</button>
            <button type="button" class="ex-download" data-download="png">"PNG"</button>
            <button type="button" class="ex-download" data-download="csv">{text.data_csv}</button>
            <template data-file="svg" data-name=export::file_name(chart, "svg")>{svg}</template>
            <template data-file="csv" data-name=export::file_name(chart, "csv")>{csv}</template>
        </p>
    }
}
