//! The height an embed's iframe starts at, before the embed tells its own: estimated from its
//! content at a phone's width, where most readers are (on a wider column the embed then only
//! shrinks, and it tells its height before the reader scrolls to it). The estimate lays out the
//! embed page as the stylesheet does: the scene's own height for the graphic, and every text
//! block wrapped at an average character width, line by line. It runs at build time only.

use crate::content::{ChartKind, Origin, Selection, Story};
use crate::embed::PageView;
use crate::format;
use crate::scene::{self, Frame};
use crate::ui::ui;

/// The phone width the estimate is for.
pub const PHONE: f64 = 375.0;

/// Around the visual on its embed page: the page's padding, the figure's padding and border,
/// and the link to the full explainer under it.
const PAGE: f64 = 8.0 * 2.0 + 16.0 * 2.0 + 2.0 + 12.0 + 22.0;
/// The visual's content width at a viewport width.
fn content_width(viewport: f64) -> f64 {
    viewport - 50.0
}

/// A style of text: its size, line height and how wide its average character is.
#[derive(Clone, Copy)]
struct Type {
    size: f64,
    line: f64,
    /// An average character's width, in ems (measured on the pages in Chromium).
    char: f64,
}

impl Type {
    /// How many lines `text` takes in `width`, wrapped between words (a word longer than a line
    /// breaks).
    fn lines(self, text: &str, width: f64) -> usize {
        let per_line = (width / (self.size * self.char)).floor().max(1.0);
        let mut lines = 0;
        let mut used = 0.0;
        for word in text.split_whitespace() {
            let length: f64 = word.chars().map(relative_width).sum();
            if used > 0.0 && used + 1.0 + length <= per_line {
                used += 1.0 + length;
                continue;
            }
            lines += ((length / per_line).ceil() as usize).max(1);
            let rest = length % per_line;
            used = if rest == 0.0 { per_line } else { rest };
        }
        lines.max(usize::from(!text.trim().is_empty()))
    }

    fn height(self, text: &str, width: f64) -> f64 {
        self.lines(text, width) as f64 * self.line
    }
}

/// How wide a character is against the average one of `Type::char`: Arabic letters are
/// narrower than Latin ones at the same size (0.82 to 0.94 of them in the visuals' fonts,
/// measured in Chromium on the Arabic pages).
fn relative_width(c: char) -> f64 {
    if ('\u{0600}'..='\u{06ff}').contains(&c) {
        0.84
    } else {
        1.0
    }
}

const TITLE: Type = Type { size: 17.0, line: 24.7, char: 0.6 };
const BODY: Type = Type { size: 15.0, line: 21.75, char: 0.5 };
const BODY_BOLD: Type = Type { size: 15.0, line: 21.75, char: 0.56 };
const SMALL: Type = Type { size: 13.0, line: 18.85, char: 0.5 };
/// A tile's value, and a readout's (both 1.375rem, bold).
const TILE_VALUE: Type = Type { size: 22.0, line: 31.9, char: 0.6 };
const TILE_LABEL: Type = Type { size: 14.0, line: 20.3, char: 0.52 };

/// The first height of `view`'s iframe: its content's height at a phone's width, in pixels.
pub fn initial_height(story: &Story, view: PageView) -> u32 {
    let height = match view {
        PageView::EmbedChart(chart) => PAGE + visual(story, chart, PHONE) + steps(story, chart, PHONE),
        PageView::Full | PageView::EmbedAll => whole(story, PHONE),
    };
    height.round() as u32
}

/// A visual's height at `viewport`, without the page around it.
fn visual(story: &Story, chart: usize, viewport: f64) -> f64 {
    let lang = story.meta.language;
    let spec = &story.charts[chart];
    let width = content_width(viewport);
    let text = ui(lang);
    let mut height = TITLE.height(&format::inlines(story, &spec.title, lang), width) + 4.0;
    height += BODY.height(&format::inlines(story, &spec.takeaway, lang), width) + 12.0;
    if spec.kind != ChartKind::StatTiles {
        height += scene::for_chart(story, spec, Frame::new(width.floor(), Frame::FIRST.text), lang).height;
    }
    if spec.kind == ChartKind::Timeline {
        height += 4.0 + 20.0;
    }
    // Its notes drawn from the text, in a list with the browser's margins (1em above and below).
    if !spec.annotations.is_empty() {
        let marks = crate::ui::terms(lang).note_marks;
        height += 32.0;
        for (note, letter) in spec.annotations.iter().zip(marks) {
            height += BODY.height(&format::note_line(story, note, letter, lang), width);
        }
    }
    height += 12.0 + legend(story, chart, width);
    // The readout (as tall as its tallest part, from the first paint), the data table's
    // summary, the source, the notes and the downloads.
    height += 12.0 + readout(story, chart, width) + 8.0;
    height += 12.0 + 24.0;
    let source = format::source_line(story, lang);
    height += 12.0 + SMALL.height(&source, width) + 4.0;
    for note in &spec.notes {
        height += SMALL.height(&format::inlines(story, note, lang), width - 17.6);
    }
    let downloads = format!("{} SVG PNG {}", text.download, text.data_csv);
    height += 8.0 + SMALL.lines(&downloads, width - 60.0) as f64 * 28.0;
    height
}

/// The steps through the text under a visual on its own embed page: as tall as the longest
/// sentence (all are stacked), then, for more than one, the line of their two buttons.
fn steps(story: &Story, chart: usize, viewport: f64) -> f64 {
    let width = content_width(viewport);
    let steps = crate::reading::steps(story, chart);
    let nav = if steps.len() > 1 { 8.0 + 28.0 } else { 0.0 };
    let longest = steps
        .into_iter()
        .map(|(paragraph, sentence)| BODY.height(&story.paragraphs[paragraph].sentence(sentence), width))
        .fold(0.0, f64::max);
    12.0 + longest + nav
}

/// A readout's height: its hint, then its items stacked in one cell, as tall as the tallest
/// (each of its lines a paragraph with a 0.2rem margin above).
fn readout(story: &Story, chart: usize, width: f64) -> f64 {
    let lang = story.meta.language;
    let text = ui(lang);
    let line = |kind: Type, words: &str| 3.2 + kind.height(words, width);
    let hint = line(BODY, text.readout_hint_alone);
    let item = |item: Selection| match item {
        Selection::Figure(i) => {
            let figure = &story.figures[i];
            let origin = match &figure.origin {
                Origin::Stated { quote, .. } => format!("{}{} «{quote}»", text.stated_in_text, text.colon),
                Origin::Computed { .. } => format!(
                    "{}{} {}",
                    text.computed,
                    text.colon,
                    format::formula(story, figure, lang).unwrap_or_default()
                ),
            };
            line(TILE_VALUE, &format::figure_value(figure, lang))
                + line(BODY, &format!("{} · {}", figure.label, format::figure_period(story, figure, lang)))
                + line(BODY, &origin)
                + line(BODY, text.show_in_text)
        }
        Selection::Event(i) => {
            let event = &story.events[i];
            line(TILE_VALUE, &format::event_when(event, lang))
                + line(BODY, &event.label)
                + line(BODY, &format!("{}{} «{}»", text.stated_in_text, text.colon, event.quote))
                + line(BODY, text.show_in_text)
        }
    };
    hint + story.items_of(chart).into_iter().map(item).fold(0.0, f64::max)
}

/// The list of a visual's items: rows of text, or a grid of tiles.
fn legend(story: &Story, chart: usize, width: f64) -> f64 {
    let lang = story.meta.language;
    let items = story.items_of(chart);
    let texts: Vec<(String, String)> = items
        .iter()
        .map(|&item| match item {
            Selection::Figure(i) => {
                let figure = &story.figures[i];
                let mut label = format!("{} ({})", figure.label, format::figure_period(story, figure, lang));
                if let Origin::Computed { .. } = figure.origin {
                    label.push_str(&format!(
                        " {} {}",
                        ui(lang).computed,
                        format::formula(story, figure, lang).unwrap_or_default()
                    ));
                }
                (format::figure_value(figure, lang), label)
            }
            Selection::Event(i) => {
                let event = &story.events[i];
                (format!("00 {}", format::event_when(event, lang)), event.label.to_string())
            }
        })
        .collect();
    if story.charts[chart].kind == ChartKind::StatTiles {
        // A grid of tiles at least 9rem wide, 0.5rem apart; each row as tall as its tallest.
        // Tracks that no tile fills collapse: fewer tiles than columns share the width.
        let columns = ((width + 8.0) / (144.0 + 8.0)).floor().clamp(1.0, texts.len().max(1) as f64);
        let column = (width - 8.0 * (columns - 1.0)) / columns;
        let inner = column - 2.0 * 9.6 - 2.0;
        let tiles: Vec<f64> = texts
            .iter()
            .map(|(value, label)| 2.0 * 9.6 + 2.0 + TILE_VALUE.height(value, inner) + TILE_LABEL.height(label, inner))
            .collect();
        let rows: f64 = tiles.chunks(columns as usize).map(|row| row.iter().copied().fold(0.0, f64::max)).sum();
        return rows + 8.0 * (tiles.len().div_ceil(columns as usize) as f64 - 1.0).max(0.0);
    }
    // A row: a swatch, the value, and the label beside it or, when both do not fit, under it.
    let inner = width - 2.0 * 6.4 - 20.0;
    let rows: f64 = texts
        .iter()
        .map(|(value, label)| {
            let together = format!("{value} {label}");
            let lines = if BODY.lines(&together, inner) == 1 {
                1
            } else {
                BODY_BOLD.lines(value, inner) + BODY.lines(label, inner)
            };
            lines as f64 * BODY.line + 2.0 * 3.2
        })
        .sum();
    rows + 4.0 * (texts.len() as f64 - 1.0).max(0.0)
}

/// The whole explainer's height at `viewport`: its header, every paragraph beside its
/// visuals (one column on a phone), and the sources. Rougher than a visual's: the host
/// resizes it long before a reader gets far down.
fn whole(story: &Story, viewport: f64) -> f64 {
    let lang = story.meta.language;
    let width = viewport - 16.0;
    let prose = Type { size: 17.0, line: 27.2, char: 0.5 };
    let mut height = 160.0 + prose.height(&format::inlines(story, &story.meta.standfirst, lang), width);
    for paragraph in &story.paragraphs {
        let words: String = paragraph
            .sentences
            .iter()
            .flat_map(|sentence| sentence.iter())
            .map(crate::content::Segment::text)
            .collect();
        height += prose.height(&words, width) + 17.0;
    }
    for chart in 0..story.charts.len() {
        height += visual(story, chart, viewport + 34.0) + 34.0 + 24.0 + 90.0;
    }
    // Sources and method: each figure's line and where it comes from (its quote, or how we
    // computed it), the numbers that are no figure, and the rest.
    let text = ui(lang);
    let small = |words: &str| SMALL.height(words, width - 16.0);
    height += 300.0 + story.not_shown.len() as f64 * 40.0;
    for figure in &story.figures {
        let origin = match &figure.origin {
            Origin::Stated { quote, .. } => {
                format!("{} ({} 0) {}", text.quoted, text.paragraph, format::quoted(quote, lang))
            }
            Origin::Computed { .. } => {
                format!("{} {}", text.computed, format::formula(story, figure, lang).unwrap_or_default())
            }
        };
        height += small(&format::figure_line(story, figure, lang)) + small(&origin) + 8.0;
        if figure.period.is_some() && figure.period_quote.is_none() {
            height += small(text.editor_dated);
        }
        if !figure.reason.is_empty() {
            height += small(&format::inlines(story, &figure.reason, lang));
        }
    }
    for not_figure in &story.not_figures {
        let reason = format::inlines(story, &not_figure.reason, lang);
        height += small(&[&format::quoted(&not_figure.quote, lang), text.colon, &reason].concat());
    }
    height
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_wraps_between_words_and_breaks_words_longer_than_a_line() {
        let ten = Type { size: 10.0, line: 10.0, char: 0.5 };
        // 5 px a character: 10 characters in 50 px.
        assert_eq!(ten.lines("un deux trois", 50.0), 2);
        assert_eq!(ten.lines("", 50.0), 0);
        assert_eq!(ten.lines("anticonstitutionnellement", 50.0), 3);
    }

    #[test]
    fn every_embed_of_the_article_starts_at_a_height_of_its_own() {
        let story = crate::content::fixture::seed();
        let heights: Vec<u32> =
            (0..story.charts.len()).map(|c| initial_height(story, PageView::EmbedChart(c))).collect();
        assert!(heights.iter().all(|&h| (300..2000).contains(&h)), "{heights:?}");
        assert!(initial_height(story, PageView::EmbedAll) > heights.iter().sum::<u32>());
    }
}
