//! What a reader takes away: a visual's data as CSV, and the visual as a standalone SVG with
//! its title, values and source drawn in (the PNG is this SVG drawn at twice its size by the
//! browser). Pure: the view only turns these strings into downloads.

use vocabulary::{escape_html as escape, Named};

use crate::content::{Chart, ChartKind, Lang, Origin, Qualifier, Scale, Story, Unit, UnitKind};
use crate::describe;
use crate::format;
use crate::palette::Palette;
use crate::scene::{px, MarkKind, Scene, Shape};

/// The columns of every CSV, in order.
pub const CSV_COLUMNS: [&str; 14] = [
    "id",
    "label",
    "value",
    "unit",
    "qualifier",
    "period",
    "computed",
    "formula",
    "source quote",
    "unit label",
    "change",
    "outlook",
    "fraction",
    "base",
];

/// A visual's figures (or, for a timeline, its events) as CSV: UTF-8 with a byte-order mark
/// (so that spreadsheet programs read the accents), one row per item, values as plain numbers.
pub fn csv(story: &Story, chart: &Chart, lang: Lang) -> String {
    let mut out = String::from("\u{feff}");
    out.push_str(&CSV_COLUMNS.join(","));
    out.push_str("\r\n");
    let mut row = |cells: [String; 14]| {
        let cells: Vec<String> = cells.iter().map(|cell| csv_cell(cell)).collect();
        out.push_str(&cells.join(","));
        out.push_str("\r\n");
    };
    if chart.kind == ChartKind::Timeline {
        for event in &story.events {
            let date = format::event_when(event, lang);
            row([
                event.id.clone(),
                event.label.clone(),
                String::new(),
                "event".into(),
                Qualifier::Exact.name().into(),
                date,
                "false".into(),
                String::new(),
                event.quote.clone(),
                String::new(),
                String::new(),
                String::new(),
                String::new(),
                String::new(),
            ]);
        }
        return out;
    }
    for &i in &chart.figures {
        let figure = &story.figures[i];
        let (computed, formula, quote) = match &figure.origin {
            Origin::Stated { quote, .. } => ("false", String::new(), quote.to_string()),
            Origin::Computed { .. } => {
                ("true", format::formula(story, figure, lang).unwrap_or_default(), String::new())
            }
        };
        // Dates as the content file writes them; a length of time and a start the text names
        // in words too, never turned into dates.
        let period = match (figure.since, figure.duration, figure.period) {
            (true, ..) => format!("since ({})", format::figure_when(story, figure, lang)),
            (false, Some(duration), period) => {
                format!("{} ({})", duration.key_from(period.map(|p| p.from)), format::figure_when(story, figure, lang))
            }
            (false, None, period) => period.map_or_else(|| "unspecified".to_string(), |period| period.key()),
        };
        row([
            figure.id.clone(),
            figure.label.clone(),
            plain_number(figure.value, figure.decimals, figure.scale),
            figure.unit.id.clone(),
            figure.qualifier.name().into(),
            period,
            computed.into(),
            formula,
            quote,
            unit_label(&figure.unit),
            figure.change.map_or("", Named::name).into(),
            figure.outlook.map_or("", Named::name).into(),
            figure.fraction.map_or_else(String::new, |(n, d)| format!("{n}/{d}")),
            figure.base.map_or_else(String::new, |base| base.key()),
        ]);
    }
    out
}

/// The SVG document's margin around everything it draws.
const MARGIN: f64 = 16.0;

/// The frame a download is laid out in, whatever the screen: 560 px wide, the first text size.
pub fn frame() -> crate::scene::Frame {
    crate::scene::Frame::new(560.0, crate::scene::Frame::FIRST.text)
}

/// How wide the SVG of a scene is: the scene, never narrower than 480 px, and its margins.
pub fn svg_width(scene: &Scene) -> f64 {
    scene.width.max(480.0) + 2.0 * MARGIN
}

/// A visual as a standalone SVG document: title, takeaway, the marks in the theme's colours,
/// its items with their values, and the source, each text wrapped to the document's width.
pub fn svg(story: &Story, chart: &Chart, scene: &Scene, lang: Lang, palette: &Palette) -> String {
    let title = format::inlines(story, &chart.title, lang);
    let takeaway = format::inlines(story, &chart.takeaway, lang);
    let table = describe::table(story, chart, lang);
    let items: Vec<String> = table.rows.iter().map(|row| row[..row.len().min(3)].join(" · ")).collect();
    let source = format::source_line(story, lang);
    let width = svg_width(scene);
    // Lines of each text at its size: an average character of DejaVu Sans is about 0.55 em
    // wide (0.62 in bold).
    let room = width - 2.0 * MARGIN;
    let lines = |text: &str, size: f64, bold: bool| {
        format::wrap(text, (room / (size * if bold { 0.62 } else { 0.55 })) as usize)
    };
    let (title, takeaway) = (lines(&title, 17.0, true), lines(&takeaway, 13.0, false));
    // The notes drawn from the text, after the items, each after the letter on its mark,
    // unless the graphic draws their words (from `scene::WORDS_FROM` wide).
    let letters = crate::ui::terms(lang).note_marks;
    let listed = !scene.marks.iter().any(|mark| mark.kind == MarkKind::NoteText);
    let notes = chart
        .annotations
        .iter()
        .zip(letters)
        .filter(|_| listed)
        .map(|(note, letter)| format::note_line(story, note, letter, lang));
    let items: Vec<Vec<String>> =
        items.iter().map(|item| lines(item, 13.0, false)).chain(notes.map(|note| lines(&note, 13.0, false))).collect();
    let source = lines(&source, 12.0, false);
    let graphic_top = MARGIN + 6.0 + title.len() as f64 * 22.0 + takeaway.len() as f64 * 18.0 + 10.0;
    let items_top = graphic_top + scene.height + 20.0;
    let item_lines: usize = items.iter().map(Vec::len).sum();
    let height =
        items_top + item_lines as f64 * 18.0 + items.len() as f64 * 4.0 + source.len() as f64 * 16.0 + 12.0 + MARGIN;

    // Right to left, every line starts at the right margin, and the scene (mirrored already)
    // stands against it.
    let rtl = lang.is_rtl();
    let (direction, line_start, scene_left) = match rtl {
        true => (" direction=\"rtl\"", width - MARGIN, width - MARGIN - scene.width),
        false => ("", MARGIN, MARGIN),
    };
    let mut out = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\" font-family=\"{f}\"{direction}>\n\
         <title>{t}</title>\n<rect width=\"100%\" height=\"100%\" fill=\"{bg}\"/>\n",
        w = px(width),
        h = px(height),
        f = font_families(lang),
        t = escape(&title.join(" ")),
        bg = palette.bg,
    );
    let lines_at = |out: &mut String, lines: &[String], y: f64, step: f64, style: &str, fill: &str| {
        write_lines(out, lines, line_start, y, step, style, fill)
    };
    let y = lines_at(&mut out, &title, MARGIN + 14.0, 22.0, "font-size=\"17\" font-weight=\"700\"", palette.text);
    lines_at(&mut out, &takeaway, y, 18.0, "font-size=\"13\"", palette.text);
    out.push_str(&format!("<g transform=\"translate({} {})\">\n", px(scene_left), px(graphic_top)));
    for mark in &scene.marks {
        let (fill, stroke, dash) = match mark.kind {
            MarkKind::Stated => (palette.mark_stated, "none", ""),
            MarkKind::Computed => (palette.mark_computed, palette.mark_stated, " stroke-dasharray=\"4 3\""),
            MarkKind::Rest => (palette.mark_rest, "none", ""),
            MarkKind::Whole => ("none", palette.text, ""),
            MarkKind::OpenEnd => ("none", palette.text, " stroke-dasharray=\"3 3\""),
            MarkKind::Span => (palette.accent_soft, palette.mark_stated, ""),
            MarkKind::Axis | MarkKind::Tick => ("none", palette.muted, ""),
            MarkKind::Statement => ("none", palette.text, ""),
            MarkKind::TickLabel => (palette.muted, "none", ""),
            MarkKind::SpanLabel | MarkKind::BarLabel | MarkKind::ValueLabel | MarkKind::NoteText => {
                (palette.text, "none", "")
            }
            MarkKind::Target => ("none", palette.mark_stated, " stroke-dasharray=\"5 3\""),
            MarkKind::TargetRest => ("none", palette.mark_stated, " stroke-dasharray=\"1.5 3\""),
            MarkKind::NoteBadge => (palette.accent, "none", ""),
            MarkKind::NoteLetter => (palette.bg, "none", ""),
            MarkKind::NoteBracket | MarkKind::NoteLine | MarkKind::NoteLeader => ("none", palette.muted, ""),
        };
        match &mark.shape {
            Shape::Rect { x, y, width, height } => out.push_str(&format!(
                "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{fill}\" stroke=\"{stroke}\" stroke-width=\"1.5\"{dash}/>\n",
                px(*x), px(*y), px(*width), px(*height)
            )),
            Shape::Line { x1, y1, x2, y2 } => out.push_str(&format!(
                "<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"{stroke}\" stroke-width=\"1.5\"{dash}/>\n",
                px(*x1), px(*y1), px(*x2), px(*y2)
            )),
            Shape::Text { x, y, text, anchor } => {
                let anchor = anchor.name();
                out.push_str(&format!(
                    "<text x=\"{}\" y=\"{}\" text-anchor=\"{anchor}\" font-size=\"12\" fill=\"{fill}\">{}</text>\n",
                    px(*x), px(*y), escape(text)
                ));
            }
        }
    }
    out.push_str("</g>\n");
    let mut y = items_top;
    for item in &items {
        y = lines_at(&mut out, item, y, 18.0, "font-size=\"13\"", palette.text) + 4.0;
    }
    lines_at(&mut out, &source, y + 8.0, 16.0, "font-size=\"12\"", palette.muted);
    out.push_str("</svg>\n");
    out
}

/// The fonts a drawing asks for: the reader's system font; for Arabic, the Arabic fonts that
/// systems carry (Windows, macOS and iOS, Android and Linux) before the generic family, so
/// that Arabic text is drawn from a font made for it (the images: Amiri).
pub fn font_families(lang: Lang) -> &'static str {
    if lang.is_rtl() {
        "system-ui, 'Segoe UI', Tahoma, 'Geeza Pro', 'Noto Sans Arabic', Amiri, sans-serif"
    } else {
        "system-ui, sans-serif"
    }
}

/// Writes `lines` of text one under the other from the baseline `y`, `step` apart, each
/// starting at `x`, in a style (`font-size="13"`) and a colour; returns the baseline after the
/// last.
fn write_lines(out: &mut String, lines: &[String], x: f64, mut y: f64, step: f64, style: &str, fill: &str) -> f64 {
    for line in lines {
        out.push_str(&format!(
            "<text x=\"{}\" y=\"{}\" text-anchor=\"start\" {style} fill=\"{fill}\">{}</text>\n",
            px(x),
            px(y),
            escape(line)
        ));
        y += step;
    }
    y
}

/// A unit as the CSV names it in words: its plural, or `%`.
fn unit_label(unit: &Unit) -> String {
    match unit.kind {
        UnitKind::Percent => "%".to_string(),
        _ => unit.plural.to_string(),
    }
}

/// A file name for a visual's download: `returns.csv`.
pub fn file_name(chart: &Chart, extension: &str) -> String {
    format!("{}.{extension}", chart.id)
}

fn csv_cell(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}

/// A number as data, in full: no separator, a dot for decimals, every decimal the text writes
/// and no other (`12.25`, `1234.567`, `2750000000` for `2,75 milliards`); a fall keeps its
/// sign (`-0.5`). A fraction's exact value is in its own column.
fn plain_number(value: f64, decimals: u8, scale: Option<Scale>) -> String {
    // The decimals in the unit itself: `2,75 milliards` has none left.
    let exponent = scale.map_or(0, |scale| scale.factor().log10().round() as i32);
    let places = (i32::from(decimals) - exponent).clamp(0, 9) as u32;
    let unit = 10_u64.pow(places);
    let scaled = (value.abs() * unit as f64).round() as u64;
    let sign = if value < 0.0 && scaled > 0 { "-" } else { "" };
    let (whole, fraction) = (scaled / unit, scaled % unit);
    if places == 0 {
        return format!("{sign}{whole}");
    }
    let mut decimals = fraction.to_string();
    while decimals.len() < places as usize {
        decimals.insert(0, '0');
    }
    format!("{sign}{whole}.{decimals}")
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_chart_s_notes_drawn_from_the_text_are_in_its_svg_lettered() {
        let story = crate::content::fixture::seed();
        let chart = story.charts.iter().find(|c| c.id == "returns").expect("the returns");
        let scene = crate::scene::for_chart(story, chart, crate::scene::Frame::FIRST, story.meta.language);
        let svg = svg(story, chart, &scene, story.meta.language, &crate::palette::LIGHT);
        assert!(svg.contains("A 22\u{202f}000 migrants\u{a0}: «\u{a0}dans des conditions respectant leur"), "{svg}");
        // The badge on the mark, in the theme's accent, its number in the background's colour.
        assert!(svg.contains(&format!("fill=\"{}\"", crate::palette::LIGHT.accent)), "{svg}");
        // As downloaded (560 px wide): the words drawn beside the badge, once, and not listed.
        let scene = crate::scene::for_chart(story, chart, frame(), story.meta.language);
        let wide = super::svg(story, chart, &scene, story.meta.language, &crate::palette::LIGHT);
        let texts: Vec<&str> = wide
            .split("<text")
            .skip(1)
            .filter_map(|t| t.split_once('>')?.1.split_once("</text>"))
            .map(|(t, _)| t)
            .collect();
        let joined = texts.join(" ");
        assert_eq!(joined.matches("dans des conditions").count(), 1, "{joined}");
        assert!(
            joined.contains("«\u{a0}dans des conditions respectant leur dignité et leurs droits\u{a0}»"),
            "{joined}"
        );
        assert!(!joined.contains("A 22\u{202f}000 migrants\u{a0}: «"), "not listed as well: {joined}");
    }

    use super::*;
    use crate::content::fixture::seed;
    use crate::palette::LIGHT;
    use crate::scene::{split_bar, Frame};

    fn returns() -> &'static Chart {
        seed().charts.iter().find(|c| c.id == "returns").unwrap()
    }

    #[test]
    fn csv_has_a_bom_the_columns_and_a_row_per_figure() {
        let csv = csv(seed(), returns(), Lang::FR);
        let mut lines = csv.strip_prefix('\u{feff}').expect("a byte-order mark").lines();
        assert_eq!(
            lines.next(),
            Some(
                "id,label,value,unit,qualifier,period,computed,formula,source quote,unit label,change,outlook,fraction,base"
            )
        );
        assert_eq!(lines.next(), Some("returns-total,rentrés dans leur pays d'origine dans le cadre du retour volontaire,22000,people,exact,2014..2018-09,false,,22.000 immigrés ont bénéficié de cette opération,migrants,,,,"));
        assert_eq!(lines.next(), Some("returns-2018,rentrés volontairement au titre de l'année,1400,people,exact,2018,false,,dont 1400 au titre de l'année 2018,migrants,,,,"));
        assert_eq!(lines.next(), Some("returns-before-2018,rentrés volontairement avant l'année du communiqué,20600,people,exact,2014..2017,true,22\u{202f}000 − 1\u{202f}400,,migrants,,,,"));
        assert_eq!(lines.next(), None);
    }

    #[test]
    fn cells_with_commas_or_quotes_are_quoted() {
        assert_eq!(csv_cell("a, b"), "\"a, b\"");
        assert_eq!(csv_cell("le \"principe\""), "\"le \"\"principe\"\"\"");
        assert_eq!(plain_number(12.5, 1, None), "12.5");
        assert_eq!(plain_number(-0.5, 1, None), "-0.5");
        assert_eq!(plain_number(-20.0, 0, None), "-20");
        // Every decimal the text writes, zeros too, and the full value of a scaled number.
        assert_eq!(plain_number(12.25, 2, None), "12.25");
        assert_eq!(plain_number(0.75, 2, None), "0.75");
        assert_eq!(plain_number(1_234.567, 3, None), "1234.567");
        assert_eq!(plain_number(3.5, 2, None), "3.50");
        assert_eq!(plain_number(2.75e9, 2, Some(Scale::Billion)), "2750000000");
        assert_eq!(plain_number(1.25e6, 4, Some(Scale::Million)), "1250000");
    }

    #[test]
    fn the_svg_holds_the_title_every_value_and_the_source() {
        let scene = split_bar(seed(), returns(), Frame::new(480.0, 12.0), Lang::FR);
        let svg = svg(seed(), returns(), &scene, Lang::FR, &LIGHT);
        assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
        assert!(svg.contains("<title>Retours volontaires des migrants</title>"));
        for value in ["22\u{202f}000", "1\u{202f}400", "20\u{202f}600"] {
            assert!(svg.contains(value), "{value}");
        }
        assert!(svg.contains("Source\u{a0}: Communiqué du conseil du gouvernement du Maroc, septembre 2018"));
        assert!(svg.trim_end().ends_with("</svg>"));
    }
}
