//! A split bar: one zero-based bar for a whole, split into a stated part and the computed rest,
//! with a linear axis. No other breakdown is drawn: the text gives none.

use super::{Anchor, Frame, Mark, MarkKind, Scene};
use crate::content::Lang;
use crate::content::{Chart, Qualifier, Roles, Selection, Story};
use crate::format;
use crate::geom::{ticks, LinearScale};

// Sizes for text at 12 px; those that make room for labels grow with the text.
/// Room at each end for a tick label centred on its tick.
const MARGIN: f64 = 28.0;
const BAR_HEIGHT: f64 = 32.0;
const AXIS_Y: f64 = BAR_HEIGHT + 8.0;
/// About one tick label per this many pixels, so labels never touch.
const PIXELS_PER_TICK: f64 = 90.0;

/// The split bar of a chart whose roles are a whole, its stated part and the computed rest
/// ([`Roles::Split`]; any other chart draws nothing). The rest is drawn first, from zero (it
/// comes first in time), then the part.
pub fn split_bar(story: &Story, chart: &Chart, frame: Frame, lang: Lang) -> Scene {
    let (width, scale_text) = (frame.width, frame.text_scale());
    let (margin, pixels_per_tick) = (MARGIN * scale_text, PIXELS_PER_TICK * scale_text);
    let Roles::Split { whole, part, rest } = chart.roles else { return Scene::empty(width) };
    let whole_value = story.figures[whole].value;
    let scale = LinearScale::new((0.0, whole_value), (margin, (width - margin).max(margin + 1.0)));
    let x = |value: f64| scale.map(value);
    let rest_value = story.figures[rest].value;

    // A plan's parts are drawn as a plan: outlined, never filled like money spent.
    let planned = story.figures[whole].outlook.is_some();
    let (rest_kind, part_kind) =
        if planned { (MarkKind::TargetRest, MarkKind::Target) } else { (MarkKind::Computed, MarkKind::Stated) };
    let mut marks = vec![
        Mark::rect(x(0.0), 0.0, x(rest_value) - x(0.0), BAR_HEIGHT, rest_kind, Some(Selection::Figure(rest))),
        Mark::rect(
            x(rest_value),
            0.0,
            x(whole_value) - x(rest_value),
            BAR_HEIGHT,
            part_kind,
            Some(Selection::Figure(part)),
        ),
        Mark::rect(x(0.0), 0.0, x(whole_value) - x(0.0), BAR_HEIGHT, MarkKind::Whole, Some(Selection::Figure(whole))),
    ];
    if story.figures[whole].qualifier == Qualifier::MoreThan {
        // "More than": the bar does not end where it is drawn.
        marks.push(Mark::line(
            x(whole_value),
            BAR_HEIGHT / 2.0,
            x(whole_value) + margin * 0.8,
            BAR_HEIGHT / 2.0,
            MarkKind::OpenEnd,
        ));
    }
    // A part that is a bound ("more than 40") has an edge the text does not fix: it is drawn
    // open towards where the true edge may lie (the rest is then the other bound).
    let (edge, reach) = (x(rest_value), margin * 0.8);
    let open_edge = match story.figures[part].qualifier {
        Qualifier::MoreThan => Some(((edge - reach).max(x(0.0)), edge)),
        Qualifier::LessThan => Some((edge, (edge + reach).min(x(whole_value)))),
        Qualifier::Exact | Qualifier::Approximately => None,
    };
    if let Some((from, to)) = open_edge {
        marks.push(Mark::line(from, BAR_HEIGHT / 2.0, to, BAR_HEIGHT / 2.0, MarkKind::OpenEnd));
    }
    marks.push(Mark::line(x(0.0), AXIS_Y, x(whole_value), AXIS_Y, MarkKind::Axis));
    let count = ((width - 2.0 * margin) / pixels_per_tick).floor().max(1.0) as usize;
    // An axis in the whole's scale reads `2 Md`, `2bn`, not `2 000 000 000`.
    let label = |tick: f64| match story.figures[whole].scale {
        Some(scale) => format::scaled(tick, scale, lang, true, true),
        None => format::number(tick, lang),
    };
    for tick in ticks(0.0, whole_value, count) {
        marks.push(Mark::line(x(tick), AXIS_Y, x(tick), AXIS_Y + 5.0, MarkKind::Tick));
        marks.push(Mark::text(
            x(tick),
            AXIS_Y + 7.0 + frame.text,
            label(tick),
            Anchor::Middle,
            MarkKind::TickLabel,
            None,
        ));
    }
    Scene { width, height: AXIS_Y + 10.0 + frame.text * 1.2, marks }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::fixture::seed;
    use crate::content::{ChartKind, Story};
    use crate::scene::{describe, text_xs, Shape};

    fn returns() -> &'static Chart {
        seed().charts.iter().find(|c| c.kind == ChartKind::SplitBar).expect("the article has a split bar")
    }

    fn rect(scene: &Scene, index: usize) -> (f64, f64) {
        let Shape::Rect { x, width, .. } = scene.marks[index].shape else { panic!("mark {index} is a rect") };
        (x, width)
    }

    #[test]
    fn the_bar_starts_at_zero_and_its_parts_add_up_to_the_whole() {
        let scene = split_bar(seed(), returns(), Frame::new(400.0, 12.0), Lang::FR);
        let (rest_x, rest_width) = rect(&scene, 0);
        let (part_x, part_width) = rect(&scene, 1);
        let (whole_x, whole_width) = rect(&scene, 2);
        assert_eq!(rest_x, MARGIN);
        assert_eq!(whole_x, MARGIN);
        assert!((rest_x + rest_width - part_x).abs() < 1e-9);
        assert!((rest_width + part_width - whole_width).abs() < 1e-9);
        // 1 400 of 22 000 is 6.4 % of the bar.
        assert!((part_width / whole_width - 1_400.0 / 22_000.0).abs() < 1e-9);
    }

    /// The article with its split bar's stated part qualified as `qualifier`.
    fn with_part(qualifier: Qualifier) -> (&'static Story, &'static Chart) {
        let chart = returns();
        let Roles::Split { part, .. } = chart.roles else { panic!("a split bar has a part") };
        let mut figures = seed().figures.to_vec();
        figures[part].qualifier = qualifier;
        let story = Box::leak(Box::new(Story { figures, ..seed().clone() }));
        (story, chart)
    }

    fn open_edges(scene: &Scene) -> Vec<(f64, f64)> {
        scene
            .marks
            .iter()
            .filter(|mark| mark.kind == MarkKind::OpenEnd)
            .map(|mark| match mark.shape {
                Shape::Line { x1, x2, .. } => (x1, x2),
                _ => panic!("an open edge is a line"),
            })
            .collect()
    }

    #[test]
    fn a_bounded_part_has_an_open_edge_towards_where_it_may_lie() {
        let frame = Frame::new(400.0, 12.0);
        let exact = split_bar(seed(), returns(), frame, Lang::FR);
        assert!(open_edges(&exact).is_empty(), "an exact part has a fixed edge");
        let edge = rect(&exact, 1).0;
        let (story, chart) = with_part(Qualifier::MoreThan);
        let [(from, to)] = open_edges(&split_bar(story, chart, frame, Lang::FR))[..] else { panic!("one open edge") };
        assert!(from < to && to == edge, "more than: the part may reach further left, into the rest");
        let (story, chart) = with_part(Qualifier::LessThan);
        let [(from, to)] = open_edges(&split_bar(story, chart, frame, Lang::FR))[..] else { panic!("one open edge") };
        assert!(from == edge && to > from, "less than: the edge may lie further right, into the part");
    }

    #[test]
    fn the_computed_rest_is_marked_computed() {
        let scene = split_bar(seed(), returns(), Frame::new(400.0, 12.0), Lang::FR);
        assert_eq!(scene.marks[0].kind, MarkKind::Computed);
        assert_eq!(scene.marks[1].kind, MarkKind::Stated);
    }

    #[test]
    fn tick_labels_never_touch_at_the_narrowest_width_even_with_large_text() {
        let scene = split_bar(seed(), returns(), Frame::new(280.0, 12.0), Lang::FR);
        let large = split_bar(seed(), returns(), Frame::new(320.0, 24.0), Lang::FR);
        let large_xs = text_xs(&large, MarkKind::TickLabel);
        assert!(large_xs.windows(2).all(|w| w[1] - w[0] >= 120.0), "{large_xs:?}");
        let xs = text_xs(&scene, MarkKind::TickLabel);
        assert!(xs.len() >= 2);
        assert!(xs.windows(2).all(|w| w[1] - w[0] >= 60.0), "{xs:?}");
    }

    #[test]
    fn snapshot_at_phone_width() {
        expect_test::expect![[r#"
            scene 320x64.4
            rect 28,0 247.2x32 Computed figure:5
            rect 275.2,0 16.8x32 Stated figure:4
            rect 28,0 264x32 Whole figure:3
            line 28,40 292,40 Axis
            line 28,40 28,45 Tick
            text 28,59 Middle "0" TickLabel
            line 148,40 148,45 Tick
            text 148,59 Middle "10\u{202f}000" TickLabel
            line 268,40 268,45 Tick
            text 268,59 Middle "20\u{202f}000" TickLabel
        "#]]
        .assert_eq(&describe(&split_bar(seed(), returns(), Frame::FIRST, Lang::FR)));
    }
}
