//! Every chart as PNG images, made at build time for the places where no iframe runs:
//! newsletters, apps, RSS readers, share cards. Each is the same SVG the reader's download
//! gives (`export::svg`: title, values, source and qualifiers drawn in), laid out for the
//! image's width and drawn by resvg with DejaVu Sans (Debian's `fonts-dejavu-core`, installed by
//! the project's set-up), so that the images are the same on every machine.
//!
//! Per chart and language: `web` (600 px wide, drawn at 2×), `web-dark`, `email` (450 px, 2×),
//! `wide` (1280 px, edge to edge); and a share card (1200 × 630) per chart and for the whole
//! explainer, readable as a thumbnail: title, the key figure, the source.

use resvg::{tiny_skia, usvg};
use vocabulary::escape_html;

use crate::content::Story;
pub use crate::embed::images::{for_newsletter, for_snippet, path, Kind};
use crate::embed::PageView;
use crate::export;
use crate::format;
use crate::palette::{Palette, DARK, LIGHT};
use crate::scene::{self, Frame};

/// The fonts the images are drawn with, regular and bold: DejaVu Sans (Debian's
/// `fonts-dejavu-core`), and for Arabic, Amiri (Debian's `fonts-hosny-amiri`).
pub const FONTS: [&str; 4] = [
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "/usr/share/fonts/opentype/fonts-hosny-amiri/Amiri-Regular.ttf",
    "/usr/share/fonts/opentype/fonts-hosny-amiri/Amiri-Bold.ttf",
];

/// The font database the images are drawn with (`FONTS`); `None` when the set-up has not
/// installed them.
pub fn fonts() -> Option<usvg::Options<'static>> {
    let mut options = usvg::Options::default();
    let database = options.fontdb_mut();
    for file in FONTS {
        database.load_font_data(std::fs::read(file).ok()?);
    }
    database.set_sans_serif_family("DejaVu Sans");
    Some(options)
}

/// Draws `svg` at `scale` into a PNG; the image's size is the SVG's times `scale`.
pub fn draw(svg: &str, scale: f32, options: &usvg::Options) -> Result<(Vec<u8>, u32, u32), String> {
    let svg = for_resvg(svg);
    let tree = usvg::Tree::from_str(&svg, options).map_err(|error| format!("cannot read an image's SVG: {error}"))?;
    let size = tree.size();
    // Rounded down: a last row or column the drawing does not reach would stay transparent.
    let (width, height) = ((size.width() * scale).floor() as u32, (size.height() * scale).floor() as u32);
    let mut pixmap = tiny_skia::Pixmap::new(width, height).ok_or("an image of no size")?;
    resvg::render(&tree, tiny_skia::Transform::from_scale(scale, scale), &mut pixmap.as_mut());
    Ok((encode_opaque(&pixmap)?, width, height))
}

/// resvg 0.45 lays out every text left to right, whatever its `direction`: it places
/// `text-anchor` as if the text ran left to right (browsers put a right-to-left line's start
/// at its right end, as SVG 2 says), and orders each line's words from a left-to-right base
/// (so that `22.000 مهاجر` would read backwards). A right-to-left drawing is given to resvg
/// with its anchors turned round and each text in a right-to-left isolate (U+2067 … U+2069),
/// so that the image shows what the same SVG shows in a browser.
fn for_resvg(svg: &str) -> std::borrow::Cow<'_, str> {
    if !svg.contains("direction=\"rtl\"") {
        return svg.into();
    }
    let (start, end) = ("text-anchor=\"start\"", "text-anchor=\"end\"");
    let turned = svg.replace(start, "\u{0}").replace(end, start).replace('\u{0}', end);
    let mut out = String::with_capacity(turned.len() + 1024);
    let mut rest = turned.as_str();
    while let Some(open) = rest.find("<text") {
        let Some(content) = rest[open..].find('>').map(|at| open + at + 1) else { break };
        let Some(close) = rest[content..].find("</text>").map(|at| content + at) else { break };
        out.push_str(&rest[..content]);
        out.push('\u{2067}');
        out.push_str(&rest[content..close]);
        out.push('\u{2069}');
        rest = &rest[close..];
    }
    out.push_str(rest);
    out.into()
}

/// A PNG of `pixmap` without its alpha channel (every image has an opaque background), at the
/// best compression.
fn encode_opaque(pixmap: &tiny_skia::Pixmap) -> Result<Vec<u8>, String> {
    let rgb: Vec<u8> = pixmap.pixels().iter().flat_map(|p| [p.red(), p.green(), p.blue()]).collect();
    let mut bytes = Vec::new();
    let mut encoder = png::Encoder::new(&mut bytes, pixmap.width(), pixmap.height());
    encoder.set_color(png::ColorType::Rgb);
    encoder.set_depth(png::BitDepth::Eight);
    encoder.set_compression(png::Compression::Best);
    encoder.set_adaptive_filter(png::AdaptiveFilterType::Adaptive);
    let mut writer = encoder.write_header().map_err(|error| format!("cannot encode a PNG: {error}"))?;
    writer.write_image_data(&rgb).map_err(|error| format!("cannot encode a PNG: {error}"))?;
    writer.finish().map_err(|error| format!("cannot encode a PNG: {error}"))?;
    Ok(bytes)
}

/// The SVG of chart `chart` laid out for an image `width` CSS pixels wide, in `palette`, and
/// the SVG's own width (it is never narrower than 480 px inside its margins).
pub fn chart_svg(story: &Story, chart: usize, width: u32, palette: &Palette) -> (String, f64) {
    let lang = story.meta.language;
    let spec = &story.charts[chart];
    // The SVG adds a 16 px margin on each side.
    let frame = Frame::new(f64::from(width) - 32.0, Frame::FIRST.text);
    let scene = scene::for_chart(story, spec, frame, lang);
    (export::svg(story, spec, &scene, lang, palette), export::svg_width(&scene))
}

/// A share card of `view`: its title large, its key figure (a chart's first, or the
/// standfirst's for the whole explainer), and the source; 1200 × 630.
pub fn card_svg(story: &Story, view: PageView) -> String {
    let lang = story.meta.language;
    let (title, figure, label) = match view {
        PageView::EmbedChart(chart) => {
            let spec = &story.charts[chart];
            let key = spec.figures.first().map(|&f| &story.figures[f]);
            (
                format::inlines(story, &spec.title, lang),
                key.map(|f| format::figure_value(f, lang)).unwrap_or_default(),
                key.map(|f| format!("{} ({})", f.label, format::figure_period(story, f, lang)))
                    .unwrap_or_else(|| format::inlines(story, &spec.takeaway, lang)),
            )
        }
        PageView::Full | PageView::EmbedAll => (
            format::inlines(story, &story.meta.title, lang),
            String::new(),
            format::inlines(story, &story.meta.standfirst, lang),
        ),
    };
    let source = format::source_line(story, lang);
    // Right to left, each line starts at the right margin (see `draw`).
    let (x, direction) = if lang.is_rtl() { (1136, " direction=\"rtl\"") } else { (64, "") };
    let mut out = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1200\" height=\"630\" viewBox=\"0 0 1200 630\" font-family=\"{f}\"{direction}>\n\
         <rect width=\"1200\" height=\"630\" fill=\"{bg}\"/>\n<rect width=\"1200\" height=\"14\" fill=\"{accent}\"/>\n",
        f = export::font_families(lang),
        bg = LIGHT.bg,
        accent = LIGHT.mark_stated,
    );
    let mut y = 110.0;
    for line in shortened(format::wrap(&title, 30), 3) {
        out.push_str(&format!(
            "<text x=\"{x}\" y=\"{y}\" text-anchor=\"start\" font-size=\"60\" font-weight=\"700\" fill=\"{}\">{}</text>\n",
            LIGHT.text,
            escape_html(&line)
        ));
        y += 72.0;
    }
    if !figure.is_empty() {
        y += 40.0;
        out.push_str(&format!(
            "<text x=\"{x}\" y=\"{y}\" text-anchor=\"start\" font-size=\"88\" font-weight=\"700\" fill=\"{}\">{}</text>\n",
            LIGHT.mark_stated,
            escape_html(&figure)
        ));
        y += 24.0;
    }
    for line in shortened(format::wrap(&label, 48), if figure.is_empty() { 4 } else { 2 }) {
        y += 44.0;
        out.push_str(&format!(
            "<text x=\"{x}\" y=\"{y}\" text-anchor=\"start\" font-size=\"34\" fill=\"{}\">{}</text>\n",
            LIGHT.text,
            escape_html(&line)
        ));
    }
    // The source, on as many lines as it needs (two at most), the last at the foot.
    let source = shortened(format::wrap(&source, 66), 2);
    let mut y = 590.0 - 36.0 * (source.len().saturating_sub(1)) as f64;
    for line in source {
        out.push_str(&format!(
            "<text x=\"{x}\" y=\"{y}\" text-anchor=\"start\" font-size=\"28\" fill=\"{}\">{}</text>\n",
            LIGHT.muted,
            escape_html(&line)
        ));
        y += 36.0;
    }
    out.push_str("</svg>\n");
    out
}

/// At most `max` lines; a text cut short says so with an ellipsis, so that a card never
/// passes part of a label for the whole (the pages and the image's `alt` carry it whole).
fn shortened(mut lines: Vec<String>, max: usize) -> Vec<String> {
    if lines.len() > max {
        lines.truncate(max);
        if let Some(last) = lines.last_mut() {
            last.push('…');
        }
    }
    lines
}

/// An image of `view` in `kind`: its SVG drawn at the kind's width and density.
pub fn image(
    story: &Story,
    view: PageView,
    kind: Kind,
    options: &usvg::Options,
) -> Result<(Vec<u8>, u32, u32), String> {
    let (width, density) = kind.width_and_density();
    let (svg, svg_width) = match (view, kind) {
        (_, Kind::Card) => return draw(&card_svg(story, view), density as f32, options),
        (PageView::EmbedChart(chart), Kind::WebDark) => chart_svg(story, chart, width, &DARK),
        (PageView::EmbedChart(chart), _) => chart_svg(story, chart, width, &LIGHT),
        _ => return Err("only a chart has images other than its card".into()),
    };
    // Scaled to the kind's width.
    draw(&svg, (f64::from(width * density) / svg_width) as f32, options)
}

/// An image file to write, relative to the dist folder.
pub struct Png {
    /// Where.
    pub path: String,
    /// The PNG's bytes.
    pub bytes: Vec<u8>,
}

/// Every image of `story`'s language: each chart's in every kind, and the explainer's card.
pub fn render_images(story: &Story) -> Result<Vec<Png>, String> {
    let options = fonts().ok_or("a font of the images is not installed")?;
    let mut outputs = Vec::new();
    let mut views: Vec<(PageView, &[Kind])> =
        (0..story.charts.len()).map(|chart| (PageView::EmbedChart(chart), &Kind::ALL[..])).collect();
    views.push((PageView::EmbedAll, &[Kind::Card]));
    for (view, kinds) in views {
        for &kind in kinds {
            let (png, _, _) = image(story, view, kind, &options)?;
            outputs.push(Png { path: path(story, view, kind), bytes: png });
        }
    }
    Ok(outputs)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::fixture::seeds;

    /// A decoded image: its size and, for each pixel, whether it differs from the background.
    fn decode(png: &[u8]) -> tiny_skia::Pixmap {
        tiny_skia::Pixmap::decode_png(png).expect("every image decodes")
    }

    /// How many pixels of `rows` differ clearly from the background (a pixel of the left
    /// margin).
    fn inked(pixmap: &tiny_skia::Pixmap, rows: std::ops::Range<u32>) -> usize {
        inked_columns(pixmap, rows).len()
    }

    /// The column of every inked pixel of `rows`.
    fn inked_columns(pixmap: &tiny_skia::Pixmap, rows: std::ops::Range<u32>) -> Vec<u32> {
        let background = pixmap.pixel(0, pixmap.height() / 2).expect("a pixel of the left margin");
        let differs = |p: tiny_skia::PremultipliedColorU8| {
            (i32::from(p.red()) - i32::from(background.red())).abs()
                + (i32::from(p.green()) - i32::from(background.green())).abs()
                + (i32::from(p.blue()) - i32::from(background.blue())).abs()
                > 96
        };
        rows.flat_map(|y| (0..pixmap.width()).map(move |x| (x, y)))
            .filter(|&(x, y)| pixmap.pixel(x, y).is_some_and(differs))
            .map(|(x, _)| x)
            .collect()
    }

    #[test]
    fn images_and_share_cards_write_every_decimal_their_text_writes() {
        // The article's first figure of a chart, as a text would write it to the thousandth.
        let story = seeds()[0].clone();
        let chart = story.charts.iter().position(|c| c.kind != crate::content::ChartKind::Timeline).unwrap();
        let first = story.charts[chart].figures[0];
        let mut figures = story.figures.to_vec();
        let unit = crate::content::Unit {
            id: "tnd".into(),
            kind: crate::content::UnitKind::Currency,
            currency: Some("TND".into()),
            singular: "dinar".into(),
            plural: "dinars".into(),
        };
        figures[first] = crate::content::Figure {
            value: 1234.567,
            decimals: 3,
            scale: None,
            fraction: None,
            unit,
            ..figures[first].clone()
        };
        let story = Story { figures, ..story };
        let (svg, _) = chart_svg(&story, chart, 600, &LIGHT);
        assert!(svg.contains("1\u{202f}234,567"), "{svg}");
        assert!(card_svg(&story, PageView::EmbedChart(chart)).contains("1\u{202f}234,567 dinars"));
    }

    #[test]
    fn the_examples_decimals_are_written_digit_for_digit_in_their_images_and_cards() {
        // « 3,25 % » (French) and "0.75%" (English), as the examples' texts write them: every
        // chart that shows the figure draws it so, in every language, and the share card of a
        // chart whose key figure it is.
        for (file, value, written) in [("logement", 3.25, "3,25"), ("clinics", 0.75, "0.75")] {
            let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("content/examples/{file}.toml"));
            let stories = content_compiler::compile_file(&path).expect("the example compiles").stories;
            let story = &stories[0];
            let figure = story.figures.iter().position(|f| f.value == value).expect("the example states it");
            let charts: Vec<usize> =
                (0..story.charts.len()).filter(|&c| story.charts[c].figures.contains(&figure)).collect();
            assert!(!charts.is_empty(), "{file}: a chart shows the figure");
            for &chart in &charts {
                let (svg, _) = chart_svg(story, chart, 600, &LIGHT);
                assert!(svg.contains(written), "{file}: chart {chart}'s image writes {written}: {svg}");
                let value_line = format::figure_value(&story.figures[figure], story.meta.language);
                assert!(value_line.contains(written), "{file}: {value_line}");
                if story.charts[chart].figures[0] == figure {
                    assert!(card_svg(story, PageView::EmbedChart(chart)).contains(&value_line), "{file}: card");
                }
            }
        }
    }

    #[test]
    fn a_text_cut_short_on_a_card_says_so() {
        let lines = |n: usize| (0..n).map(|i| i.to_string()).collect::<Vec<_>>();
        assert_eq!(shortened(lines(2), 2), ["0", "1"]);
        assert_eq!(shortened(lines(3), 2), ["0", "1…"]);
    }

    #[test]
    fn every_image_decodes_at_its_size_is_drawn_shows_its_title_and_keeps_its_budget() {
        let Some(options) = fonts() else { panic!("a font of the images is missing: run scripts/setup.sh") };
        for story in seeds().iter() {
            let mut views: Vec<(PageView, &[Kind])> =
                (0..story.charts.len()).map(|chart| (PageView::EmbedChart(chart), &Kind::ALL[..])).collect();
            views.push((PageView::EmbedAll, &[Kind::Card]));
            for (view, kinds) in views {
                for &kind in kinds {
                    let name = path(story, view, kind);
                    let (png, width, height) = image(story, view, kind, &options).unwrap();
                    let pixmap = decode(&png);
                    let (css_width, density) = kind.width_and_density();
                    assert_eq!((pixmap.width(), pixmap.height()), (width, height), "{name}");
                    assert_eq!(width, css_width * density, "{name}: its announced width");
                    if kind == Kind::Card {
                        assert_eq!(height, 630, "{name}");
                    }
                    let all = inked(&pixmap, 0..height);
                    assert!(all * 100 > (width * height) as usize, "{name}: at least 1 % of it is drawn ({all} px)");
                    // The title: drawn in its band near the top, where the margin above it is
                    // empty (a chart's SVG is scaled to the image's width).
                    let scale = match view {
                        PageView::EmbedChart(chart) if kind != Kind::Card => {
                            f64::from(width) / chart_svg(story, chart, css_width, &LIGHT).1
                        }
                        _ => 1.0,
                    };
                    let rows = |from: f64, to: f64| (from * scale) as u32..(to * scale) as u32;
                    let band = if kind == Kind::Card { rows(60.0, 180.0) } else { rows(16.0, 40.0) };
                    assert!(inked(&pixmap, band.clone()) > 200, "{name}: its title is drawn");
                    // …on the side its language starts from: against the right margin in
                    // Arabic, the left one otherwise.
                    let columns = inked_columns(&pixmap, band);
                    let (first, last) = (columns.iter().min().unwrap(), columns.iter().max().unwrap());
                    let margin = (f64::from(width) * 0.1) as u32;
                    if story.meta.language.is_rtl() {
                        assert!(*last > width - margin && *first > margin, "{name}: its title starts on the right");
                    } else {
                        assert!(*first < margin, "{name}: its title starts on the left");
                        assert!(*last <= width - *first, "{name}: its title stays within the margins");
                    }
                    if kind == Kind::Card {
                        // The source at its foot: within the margins whatever its length.
                        let foot = inked_columns(&pixmap, 520..620);
                        let (first, last) = (foot.iter().min().unwrap(), foot.iter().max().unwrap());
                        assert!(*first >= 32 && *last <= width - 32, "{name}: its source stays within the card");
                    }
                    if kind != Kind::Card {
                        assert_eq!(inked(&pixmap, rows(0.0, 8.0)), 0, "{name}: the margin above the title is empty");
                    }
                    assert!(
                        png.len() <= kind.budget(),
                        "{name}: {} bytes, over its budget of {}",
                        png.len(),
                        kind.budget()
                    );
                }
            }
        }
    }
}
