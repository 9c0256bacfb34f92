//! The timeline: every event on a time axis that runs from the first event's year to the
//! statement's month, or on to the last target when the text names plans for later. An event
//! dated by a year is a span over that year, not a point on 1 January; a span the text gives
//! (`2014..2017`) covers its years; a plan or an expectation is outlined, never filled like a
//! fact; the statement's date is a line. Events that overlap take separate lanes. Each span
//! carries only its number: the labels are in the HTML list beside the SVG.

use super::{Anchor, Frame, Mark, MarkKind, Scene};
use crate::content::{Date, Selection, Story};
use crate::geom::LinearScale;

const MARGIN: f64 = 12.0;
// Sizes for text at 12 px; they grow with the text.
const LANE: f64 = 28.0;
const SPAN_HEIGHT: f64 = 22.0;
/// A span is at least this wide, so that its number fits.
const MIN_SPAN: f64 = 16.0;
/// A year label needs about this many pixels.
const YEAR_LABEL: f64 = 36.0;

/// The timeline of all the story's events, laid out in `frame`.
pub fn timeline(story: &Story, frame: Frame) -> Scene {
    let (width, scale_text) = (frame.width, frame.text_scale());
    let (lane_height, span_height) = (LANE * scale_text, SPAN_HEIGHT * scale_text);
    let (min_span, year_label) = (MIN_SPAN * scale_text, YEAR_LABEL * scale_text);
    let statement = month_after(story.meta.date);
    // Plans may run past the statement: the axis then runs on to the last of them.
    let end = story
        .events
        .iter()
        .filter(|e| e.outlook.is_some())
        .map(|e| month_after(e.until.unwrap_or(e.date)))
        .fold(statement, i32::max);
    let last_year = u16::try_from((end - 1) / 12).unwrap_or(story.meta.date.year);
    let first_year = story.events.first().map_or(story.meta.date.year, |e| e.date.year);
    let start = i32::from(first_year) * 12;
    let scale = LinearScale::new((f64::from(start), f64::from(end)), (MARGIN, (width - MARGIN).max(MARGIN + 1.0)));
    let x = |month: i32| scale.map(f64::from(month));

    // Spans, each in the first lane where it overlaps nothing.
    let mut lane_ends: Vec<f64> = Vec::new();
    let mut spans = Vec::new();
    for (index, event) in story.events.iter().enumerate() {
        // A fact stops at the statement; only a plan runs past it.
        let limit = if event.outlook.is_some() { end } else { statement };
        let (from, to) = event_months(event.date, event.until.unwrap_or(event.date), limit);
        let (mut left, mut right) = (x(from), x(to));
        if right - left < min_span {
            let middle = (left + right) / 2.0;
            (left, right) = (middle - min_span / 2.0, middle + min_span / 2.0);
        }
        // Spans of consecutive years may touch: they share a lane.
        let lane = lane_ends.iter().position(|&lane_end| lane_end <= left + 1e-9).unwrap_or_else(|| {
            lane_ends.push(f64::NEG_INFINITY);
            lane_ends.len() - 1
        });
        lane_ends[lane] = right;
        spans.push((index, lane, left, right));
    }
    let axis_y = lane_ends.len().max(1) as f64 * lane_height + 4.0;

    let mut marks = Vec::new();
    marks.push(Mark::line(x(statement), 0.0, x(statement), axis_y, MarkKind::Statement));
    for &(index, lane, left, right) in &spans {
        let item = Some(Selection::Event(index));
        let top = lane as f64 * lane_height + 2.0;
        let kind = if story.events[index].outlook.is_some() { MarkKind::Target } else { MarkKind::Span };
        // Inset by a pixel on each side, so that touching spans stay apart to the eye.
        marks.push(Mark::rect(left + 1.0, top, right - left - 2.0, span_height, kind, item));
        let number = story.meta.language.digits(index as u64 + 1);
        let baseline = top + span_height / 2.0 + frame.text * 0.35;
        marks.push(Mark::text((left + right) / 2.0, baseline, number, Anchor::Middle, MarkKind::SpanLabel, item));
    }
    marks.push(Mark::line(x(start), axis_y, x(end), axis_y, MarkKind::Axis));
    let pixels_per_year = x(start + 12) - x(start);
    let label_every = (year_label / pixels_per_year).ceil().max(1.0) as u16;
    for year in first_year..=last_year {
        let year_start = i32::from(year) * 12;
        marks.push(Mark::line(x(year_start), axis_y, x(year_start), axis_y + 5.0, MarkKind::Tick));
        if (year - first_year).is_multiple_of(label_every) {
            let middle = (x(year_start) + x((year_start + 12).min(end))) / 2.0;
            marks.push(Mark::text(
                middle,
                axis_y + 6.0 + frame.text,
                story.meta.language.digits(u64::from(year)),
                Anchor::Middle,
                MarkKind::TickLabel,
                None,
            ));
        }
    }
    Scene { width, height: axis_y + 10.0 + frame.text * 1.2, marks }
}

/// The months an event covers, from its first date to its last, as [first, after last): a
/// whole year, a quarter, a month, or a span of them; never past `limit`.
fn event_months(from: Date, to: Date, limit: i32) -> (i32, i32) {
    let first = i32::from(from.year) * 12 + i32::from(from.first_month().1) - 1;
    (first, month_after(to).min(limit))
}

/// The month after a date, as a month count: where a period that includes it ends.
fn month_after(date: Date) -> i32 {
    i32::from(date.year) * 12 + i32::from(date.last_month().1)
}

#[cfg(test)]
mod plans {
    use super::*;
    use crate::content::fixture::seed;
    use crate::content::{Event, Outlook, Story};
    use crate::scene::Shape;

    #[test]
    fn a_plan_runs_past_the_statement_outlined_and_a_span_covers_its_years() {
        let mut events: Vec<Event> = seed().events.clone();
        let span = Event {
            id: "campaigns".into(),
            date: Date::year(2014),
            until: Some(Date::year(2017)),
            ..seed().events[1].clone()
        };
        let plan = Event {
            id: "plan".into(),
            date: Date::year(2020),
            outlook: Some(Outlook::Target),
            ..seed().events[4].clone()
        };
        events.insert(2, span);
        events.push(plan);
        let story = Story { events, ..seed().clone() };
        let scene = timeline(&story, Frame::new(600.0, 12.0));
        let rect = |index: usize| {
            scene
                .marks
                .iter()
                .find_map(|m| match (m.item, &m.shape) {
                    (Some(Selection::Event(i)), Shape::Rect { x, width, .. }) if i == index => {
                        Some((*x, *width, m.kind))
                    }
                    _ => None,
                })
                .unwrap()
        };
        let years = |width: f64| (width + 2.0) / ((600.0 - 2.0 * MARGIN) / f64::from(2021 * 12 - 2013 * 12)) / 12.0;
        let (_, span_width, span_kind) = rect(2);
        assert!((years(span_width) - 4.0).abs() < 1e-9, "2014 to 2017 is four years");
        assert_eq!(span_kind, MarkKind::Span);
        let (plan_x, plan_width, plan_kind) = rect(story.events.len() - 1);
        assert_eq!(plan_kind, MarkKind::Target, "a plan is outlined, never filled");
        assert!((plan_x + plan_width + 1.0 - (600.0 - MARGIN)).abs() < 1e-9, "the axis runs on to the plan");
        let statement = scene.marks.iter().find(|m| m.kind == MarkKind::Statement).unwrap();
        let Shape::Line { x1, .. } = statement.shape else { panic!("a line") };
        assert!(x1 < plan_x, "the statement's line stays at its date, before the plan");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::fixture::seed;
    use crate::scene::{describe, text_xs, Shape};

    fn spans(scene: &Scene) -> Vec<(f64, f64, f64)> {
        scene
            .marks
            .iter()
            .filter(|m| m.kind == MarkKind::Span)
            .map(|m| match m.shape {
                Shape::Rect { x, y, width, .. } => (x, y, width),
                _ => panic!("spans are rects"),
            })
            .collect()
    }

    #[test]
    fn a_year_is_a_span_of_a_year_not_a_day() {
        let scene = timeline(seed(), Frame::new(600.0, 12.0));
        let (_, _, width_2013) = spans(&scene)[0];
        let scale = (600.0 - 2.0 * MARGIN) / f64::from(month_after(seed().meta.date) - 2013 * 12);
        assert!((width_2013 + 2.0 - 12.0 * scale).abs() < 1e-9);
    }

    #[test]
    fn the_year_of_the_statement_stops_at_the_statement() {
        let scene = timeline(seed(), Frame::new(600.0, 12.0));
        let (x, _, width) = *spans(&scene).last().unwrap();
        assert!((x + width + 1.0 - (600.0 - MARGIN)).abs() < 1e-9);
    }

    #[test]
    fn spans_never_overlap_at_any_width() {
        for width in [280.0, 320.0, 768.0, 1920.0] {
            let spans = spans(&timeline(seed(), Frame::new(width, 12.0)));
            for (i, a) in spans.iter().enumerate() {
                for b in &spans[i + 1..] {
                    let same_lane = a.1 == b.1;
                    let apart = a.0 + a.2 < b.0 || b.0 + b.2 < a.0;
                    assert!(!same_lane || apart, "at {width}px: {a:?} overlaps {b:?}");
                }
            }
        }
    }

    #[test]
    fn year_labels_never_touch_even_with_text_twice_as_large() {
        for (width, text) in [(280.0, 12.0), (320.0, 12.0), (1920.0, 12.0), (320.0, 24.0), (640.0, 24.0)] {
            let xs = text_xs(&timeline(seed(), Frame::new(width, text)), MarkKind::TickLabel);
            let room = YEAR_LABEL * text / 12.0;
            assert!(xs.windows(2).all(|w| w[1] - w[0] >= room), "at {width}px, text {text}px: {xs:?}");
        }
    }

    #[test]
    fn snapshot_at_phone_width() {
        expect_test::expect![[r#"
            scene 320x84.4
            line 308,0 308,60 Statement
            rect 13,2 49.5x22 Span event:0
            text 37.7,17.2 Middle "1" SpanLabel event:0
            rect 64.5,2 49.5x22 Span event:1
            text 89.2,17.2 Middle "2" SpanLabel event:1
            rect 218.9,2 49.5x22 Span event:2
            text 243.7,17.2 Middle "3" SpanLabel event:2
            rect 270.4,2 36.6x22 Span event:3
            text 288.7,17.2 Middle "4" SpanLabel event:3
            rect 270.4,30 36.6x22 Span event:4
            text 288.7,45.2 Middle "5" SpanLabel event:4
            line 12,60 308,60 Axis
            line 12,60 12,65 Tick
            text 37.7,78 Middle "2013" TickLabel
            line 63.5,60 63.5,65 Tick
            text 89.2,78 Middle "2014" TickLabel
            line 115,60 115,65 Tick
            text 140.7,78 Middle "2015" TickLabel
            line 166.4,60 166.4,65 Tick
            text 192.2,78 Middle "2016" TickLabel
            line 217.9,60 217.9,65 Tick
            text 243.7,78 Middle "2017" TickLabel
            line 269.4,60 269.4,65 Tick
            text 288.7,78 Middle "2018" TickLabel
        "#]]
        .assert_eq(&describe(&timeline(seed(), Frame::FIRST)));
    }
}
