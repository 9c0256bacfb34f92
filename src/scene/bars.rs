//! Bars: figures of one unit side by side, each a zero-based bar on one shared axis, its value
//! written at its end. The same scene draws changes: a fall goes left of zero, a rise right,
//! and each value carries its sign and an arrow, so the direction never rests on colour alone.
//! A bound (`plus de`) has an open end; a target or a forecast is drawn outlined, never filled
//! like a fact.

use super::{Anchor, Frame, Mark, MarkKind, Scene};
use crate::content::{Chart, Figure, Lang, Origin, Qualifier, Selection, Story, UnitKind};
use crate::format;
use crate::geom::LinearScale;

const MARGIN: f64 = 4.0;
// Sizes for text at 12 px; they grow with the text.
const BAR_HEIGHT: f64 = 20.0;
const ROW_GAP: f64 = 12.0;
/// About how wide a character of label text is, for text at 12 px.
const CHAR_WIDTH: f64 = 6.6;
/// How far an open end reaches past what is drawn.
const OPEN_REACH: f64 = 18.0;

/// The bars of a chart's figures, one row each, in the chart's order.
pub fn bars(story: &Story, chart: &Chart, frame: Frame, lang: Lang) -> Scene {
    let (width, scale_text) = (frame.width, frame.text_scale());
    let char_width = CHAR_WIDTH * scale_text;
    let figures: Vec<(usize, &Figure)> = chart.figures.iter().map(|&i| (i, &story.figures[i])).collect();
    let values: Vec<String> = figures.iter().map(|(_, f)| value_label(f, lang)).collect();
    let titles = row_titles(story, &figures, lang);

    // Room for the value labels on the side(s) bars reach, plus an open end's reach.
    let label_room = values.iter().map(|v| v.chars().count() as f64 * char_width).fold(0.0, f64::max)
        + OPEN_REACH * scale_text
        + 6.0;
    let (low, high) = figures.iter().fold((0.0_f64, 0.0_f64), |(lo, hi), (_, f)| (lo.min(f.value), hi.max(f.value)));
    let left = MARGIN + if low < 0.0 { label_room } else { 0.0 };
    let right = (width - MARGIN - if high > 0.0 { label_room } else { 0.0 }).max(left + 1.0);
    // A domain of zero width (every value 0) still draws a zero line.
    let domain = if low == high { (low, low + 1.0) } else { (low, high) };
    let scale = LinearScale::new(domain, (left, right));
    let x = |value: f64| scale.map(value);
    let zero = x(0.0);

    let (bar_height, line_height) = (BAR_HEIGHT * scale_text, frame.text * 1.3);
    let max_chars = ((width - 2.0 * MARGIN) / char_width).floor().max(8.0) as usize;
    let mut marks = Vec::new();
    let mut y = 0.0;
    for (((index, figure), value), title) in figures.iter().zip(&values).zip(&titles) {
        let item = Some(Selection::Figure(*index));
        for line in format::wrap(title, max_chars) {
            y += line_height;
            marks.push(Mark::text(MARGIN, y - frame.text * 0.3, line, Anchor::Start, MarkKind::BarLabel, item));
        }
        y += 4.0;
        let end = x(figure.value);
        let kind = match (figure.outlook, &figure.origin) {
            (Some(_), _) => MarkKind::Target,
            (None, Origin::Computed { .. }) => MarkKind::Computed,
            (None, Origin::Stated { .. }) => MarkKind::Stated,
        };
        marks.push(Mark::rect(zero.min(end), y, (end - zero).abs(), bar_height, kind, item));
        // Away from zero on the bar's own side; a bound's end is open towards where it may lie.
        let outward = if figure.value < 0.0 { -1.0 } else { 1.0 };
        let reach = OPEN_REACH * scale_text * outward;
        let middle = y + bar_height / 2.0;
        let open = match figure.qualifier {
            Qualifier::MoreThan => Some((end, end + reach)),
            Qualifier::LessThan => Some((end - reach, end)),
            Qualifier::Exact | Qualifier::Approximately => None,
        };
        if let Some((from, to)) = open {
            marks.push(Mark::line(from.min(to), middle, from.max(to), middle, MarkKind::OpenEnd));
        }
        let past = if figure.qualifier == Qualifier::MoreThan { reach } else { 0.0 };
        let (label_x, anchor) =
            if outward > 0.0 { (end + past + 4.0, Anchor::Start) } else { (end + past - 4.0, Anchor::End) };
        let baseline = middle + frame.text * 0.35;
        marks.push(Mark::text(label_x, baseline, value.clone(), anchor, MarkKind::ValueLabel, item));
        y += bar_height + ROW_GAP * scale_text;
    }
    // The zero line: every bar starts there.
    marks.push(Mark::line(zero, 0.0, zero, y - ROW_GAP * scale_text + 4.0, MarkKind::Axis));
    Scene { width, height: y, marks }
}

/// A bar's value as its end writes it: the qualifier's sign, the number in its scale and, for
/// a change, an arrow for its direction (`▲ +3,2 %`, `▼ −20 %`).
fn value_label(figure: &Figure, lang: Lang) -> String {
    // Points are not a sign like `%`: they keep their word (`−1,2 point`).
    let number = match figure.unit.kind {
        UnitKind::PercentagePoint => format::figure_value(figure, lang),
        _ => format::figure_number(figure, lang),
    };
    match figure.change {
        Some(_) if figure.value > 0.0 => format!("▲\u{a0}{number}"),
        Some(_) if figure.value < 0.0 => format!("▼\u{a0}{number}"),
        _ => number,
    }
}

/// What names each row: its label, or its period when every figure has the same label (the
/// same thing in different years), and whether it is a target.
fn row_titles(story: &Story, figures: &[(usize, &Figure)], lang: Lang) -> Vec<String> {
    let same_label = figures.windows(2).all(|pair| pair[0].1.label == pair[1].1.label);
    // Periods compared as written, so that lengths, named starts and bases are told apart.
    let same_period = figures
        .windows(2)
        .all(|pair| format::figure_period(story, pair[0].1, lang) == format::figure_period(story, pair[1].1, lang));
    figures
        .iter()
        .map(|(_, figure)| {
            let when = format::figure_period(story, figure, lang);
            match (same_label && figures.len() > 1, same_period && figure.outlook.is_none()) {
                (true, _) => upper_first(&when),
                (false, true) => upper_first(&figure.label),
                (false, false) => format!("{} ({when})", upper_first(&figure.label)),
            }
        })
        .collect()
}

/// The text with its first letter in capitals. ASCII and the Latin-1 letters only: Unicode's
/// case tables would weigh more in the bundle than every scene together.
fn upper_first(text: &str) -> String {
    let mut chars = text.chars();
    let Some(first) = chars.next() else { return String::new() };
    let upper = match first {
        'a'..='z' => first.to_ascii_uppercase(),
        // À to þ but ÷: their capitals stand 32 code points lower.
        'à'..='þ' if first != '÷' => char::from_u32(u32::from(first) - 32).unwrap_or(first),
        _ => first,
    };
    std::iter::once(upper).chain(chars).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::fixture::seed;
    use crate::content::{Change, ChartKind, Date, Period, Unit};
    use crate::scene::Shape;

    static PERCENT: std::sync::LazyLock<Unit> = std::sync::LazyLock::new(|| Unit {
        id: "percent".into(),
        kind: UnitKind::Percent,
        currency: None,
        singular: "".into(),
        plural: "".into(),
    });

    /// A story whose figures are `values` (changes in percent when `change`), in one chart.
    fn story_of(values: &[(f64, Qualifier)], change: bool) -> (&'static Story, &'static Chart) {
        let base = seed().figures[0].clone();
        let figures: Vec<Figure> = values
            .iter()
            .enumerate()
            .map(|(i, &(value, qualifier))| Figure {
                id: ["a", "b", "c", "d"][i].into(),
                label: ["nord", "sud", "est", "ouest"][i].into(),
                value,
                qualifier,
                unit: PERCENT.clone(),
                change: change.then_some(Change::Relative),
                period: Some(Period::at(Date::year(2024))),
                origin: Origin::Stated { quote: "".into(), paragraph: 0, sentence: 0 },
                scale: None,
                fraction: None,
                outlook: None,
                decimals: u8::from(value.fract() != 0.0),
                ..base.clone()
            })
            .collect();
        let chart = Box::leak(Box::new(Chart {
            id: "c".into(),
            kind: if change { ChartKind::Changes } else { ChartKind::Bars },
            title: Vec::new(),
            takeaway: Vec::new(),
            notes: Vec::new(),
            figures: (0..values.len()).collect(),
            roles: crate::content::Roles::Peers,
            paragraph: 0,
            annotations: Vec::new(),
        }));
        let story = Story { figures, ..seed().clone() };
        (Box::leak(Box::new(story)), chart)
    }

    fn rects(scene: &Scene) -> Vec<(f64, f64)> {
        scene
            .marks
            .iter()
            .filter_map(|m| match m.shape {
                Shape::Rect { x, width, .. } => Some((x, width)),
                _ => None,
            })
            .collect()
    }

    fn zero_x(scene: &Scene) -> f64 {
        scene
            .marks
            .iter()
            .find_map(|m| match (m.kind, &m.shape) {
                (MarkKind::Axis, Shape::Line { x1, .. }) => Some(*x1),
                _ => None,
            })
            .expect("a zero line")
    }

    #[test]
    fn bars_start_at_zero_and_their_lengths_are_proportional() {
        let (story, chart) = story_of(&[(40.0, Qualifier::Exact), (10.0, Qualifier::Exact)], false);
        let scene = bars(story, chart, Frame::new(400.0, 12.0), Lang::FR);
        let zero = zero_x(&scene);
        let bars = rects(&scene);
        assert!(bars.iter().all(|(x, _)| (*x - zero).abs() < 1e-9), "{bars:?}");
        assert!((bars[0].1 / bars[1].1 - 4.0).abs() < 1e-9);
        assert!(bars[0].0 + bars[0].1 <= 400.0, "within the scene");
    }

    #[test]
    fn a_fall_goes_left_of_zero_and_says_so_without_colour() {
        let (story, chart) = story_of(&[(-20.0, Qualifier::Exact), (150.0, Qualifier::Exact)], true);
        let scene = bars(story, chart, Frame::new(360.0, 12.0), Lang::FR);
        let zero = zero_x(&scene);
        let bars = rects(&scene);
        assert!((bars[0].0 + bars[0].1 - zero).abs() < 1e-9, "the fall ends at zero");
        assert!((bars[1].0 - zero).abs() < 1e-9, "the rise starts at zero");
        assert!((bars[1].1 / bars[0].1 - 7.5).abs() < 1e-9);
        let labels: Vec<&str> = scene
            .marks
            .iter()
            .filter_map(|m| match (&m.shape, m.kind) {
                (Shape::Text { text, .. }, MarkKind::ValueLabel) => Some(text.as_str()),
                _ => None,
            })
            .collect();
        assert_eq!(labels, ["▼\u{a0}−20\u{a0}%", "▲\u{a0}+150\u{a0}%"]);
        for mark in &scene.marks {
            if let Shape::Text { x, .. } = mark.shape {
                assert!((0.0..=360.0).contains(&x), "labels stay in the scene: {x}");
            }
        }
    }

    #[test]
    fn a_bound_has_an_open_end_away_from_zero() {
        let (story, chart) = story_of(&[(30.0, Qualifier::MoreThan), (-10.0, Qualifier::MoreThan)], true);
        let scene = bars(story, chart, Frame::new(400.0, 12.0), Lang::EN);
        let bars = rects(&scene);
        let open: Vec<(f64, f64)> = scene
            .marks
            .iter()
            .filter_map(|m| match (m.kind, &m.shape) {
                (MarkKind::OpenEnd, Shape::Line { x1, x2, .. }) => Some((*x1, *x2)),
                _ => None,
            })
            .collect();
        assert_eq!(open.len(), 2);
        let rise_end = bars[0].0 + bars[0].1;
        assert!((open[0].0 - rise_end).abs() < 1e-9 && open[0].1 > rise_end, "the rise may go further right");
        assert!((open[1].1 - bars[1].0).abs() < 1e-9 && open[1].0 < bars[1].0, "the fall may go further left");
    }

    #[test]
    fn long_row_titles_wrap_within_a_phone_s_width() {
        assert_eq!(format::wrap("un deux trois quatre", 9), ["un deux", "trois", "quatre"]);
        let (story, chart) = story_of(&[(1.0, Qualifier::Exact), (2.0, Qualifier::Exact)], false);
        let scene = bars(story, chart, Frame::new(280.0, 24.0), Lang::FR);
        assert!(scene.height > 0.0 && rects(&scene).len() == 2);
    }
}
