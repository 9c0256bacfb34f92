//! Scenes: one pure function per kind of visual, from the story, a chart and a width in pixels
//! to marks already placed in pixels (Observable Plot's split: the scene scales, the view only
//! draws). Scenes are plain values, snapshot-tested natively.
//!
//! Marks carry the figure or event they stand for, so that the view can link them to the text,
//! and a kind that says what they are (stated, computed, …) for styling and honesty.

mod bar;
mod bars;
mod timeline;
mod waffle;

pub use bar::split_bar;
pub use bars::bars;
pub use timeline::timeline;
pub use waffle::waffle;

use crate::content::Lang;
use crate::content::{Chart, ChartKind, NoteKind, Selection, Story};

/// The scene of any chart: its kind's function, laid out in `frame`. Stat tiles draw nothing:
/// each figure has its own scale, so their list is the visual.
pub fn for_chart(story: &Story, chart: &Chart, frame: Frame, lang: Lang) -> Scene {
    let scene = match chart.kind {
        ChartKind::Timeline => timeline(story, frame),
        ChartKind::PartToWhole => waffle(story, chart, frame),
        ChartKind::SplitBar => split_bar(story, chart, frame, lang),
        ChartKind::StatTiles => Scene { width: frame.width, height: 0.0, marks: Vec::new() },
        ChartKind::Bars | ChartKind::Changes => bars(story, chart, frame, lang),
    };
    let scene = lettered(scene, story, chart, frame, lang);
    if lang.is_rtl() {
        scene.mirrored()
    } else {
        scene
    }
}

/// From this width (for text at its default size) a graphic draws its notes' words beside
/// their badges; narrower, they are listed under it (the page) or after it (a download).
pub const WORDS_FROM: f64 = 440.0;

/// The chart's notes marked by letters (`Terms::note_marks`: a timeline's events are numbered)
/// on the marks they are about: the scene moves down to give them a band of their own, where
/// nothing else is drawn. A callout's badge stands over its item's first mark, at the end its
/// value reaches (the left end of a fall); a line's runs across the marks where its item
/// stands, the badge at its top; a span's brackets its item's extent, the badge at its start,
/// as a note on a whole does (its parts stand inside it, and a badge at one end would seem to
/// be about the part there). From `WORDS_FROM` wide, each note has a row of the band: its
/// badge, the text's words beside it on the side with more room, and a leader down to its
/// mark; rows whose words run right come first, from the leftmost badge, then those whose
/// words run left, from the rightmost, so that no leader crosses the words of its own group.
/// Sized with the reader's text.
fn lettered(mut scene: Scene, story: &Story, chart: &Chart, frame: Frame, lang: Lang) -> Scene {
    if chart.annotations.is_empty() || scene.marks.is_empty() {
        return scene;
    }
    let size = 16.0 * frame.text_scale();
    let terms = crate::ui::terms(lang);
    // Where each note's badge stands, and what it is about, before the band moves the marks.
    let mut notes = Vec::new();
    for (note, letter) in chart.annotations.iter().zip(terms.note_marks) {
        let place = scene.marks.iter().find_map(|m| match (m.item == Some(note.item), &m.shape) {
            (true, Shape::Rect { x, width, .. }) => Some((m.kind, *x, *width)),
            _ => None,
        });
        let Some((kind, from, width)) = place else { continue };
        let falls = matches!(note.item, Selection::Figure(f) if story.figures[f].value < 0.0);
        // Where the value ends: a fall's bar runs left from zero.
        let end = if falls { from } else { from + width };
        let (badge, drawn) = match (note.kind, kind) {
            (NoteKind::Span, _) | (NoteKind::Callout, MarkKind::Whole) => (from, Drawn::Bracket(from, from + width)),
            (NoteKind::Line, _) => {
                // An event stands where it starts; a figure where its value ends.
                let at = if matches!(note.item, Selection::Event(_)) { from } else { end };
                (at - size / 2.0, Drawn::Line(at))
            }
            (NoteKind::Callout, _) if falls => (from, Drawn::Badge),
            // Within its mark, unless the mark is narrower than the badge.
            (NoteKind::Callout, _) => ((end - size).max(from), Drawn::Badge),
        };
        let x = badge.clamp(0.0, (scene.width - size).max(0.0));
        notes.push(Lettered { x, drawn, letter, words: Vec::new(), rightward: true });
    }
    // The words, from a graphic wide enough (and a story that holds them: every story does).
    let words = frame.width >= WORDS_FROM * frame.text_scale() && chart.annotations.iter().all(|n| !n.quote.is_empty());
    let (gap, line) = (4.0, frame.text * 1.3);
    if words {
        let char_width = 6.6 * frame.text_scale();
        for (placed, note) in notes.iter_mut().zip(&chart.annotations) {
            let right = scene.width - placed.x - size - gap;
            let left = placed.x - gap;
            placed.rightward = right >= left;
            let room = if placed.rightward { right } else { left };
            placed.words = crate::format::wrap(&crate::format::quoted(&note.quote, lang), (room / char_width) as usize);
        }
        // Rightward rows from the leftmost badge, then leftward ones from the rightmost (by
        // insertion: at most eight notes, and a sort would weigh 3 KB in the browser's bundle).
        let mut rows: Vec<Lettered> = Vec::with_capacity(notes.len());
        for placed in notes {
            let above = |other: &Lettered| match (placed.rightward, other.rightward) {
                (true, true) => placed.x < other.x,
                (false, false) => placed.x > other.x,
                (rightward, _) => rightward,
            };
            let at = rows.iter().position(above).unwrap_or(rows.len());
            rows.insert(at, placed);
        }
        notes = rows;
    }
    let row = |placed: &Lettered| size.max(placed.words.len() as f64 * line);
    let band = match words {
        true => notes.iter().map(|placed| row(placed) + gap).sum::<f64>(),
        false => size + gap,
    };
    for mark in &mut scene.marks {
        match &mut mark.shape {
            Shape::Rect { y, .. } | Shape::Text { y, .. } => *y += band,
            Shape::Line { y1, y2, .. } => {
                *y1 += band;
                *y2 += band;
            }
        }
    }
    scene.height += band;
    // The bottom of the marks, where a line across them ends.
    let bottom = scene
        .marks
        .iter()
        .filter_map(|m| match m.shape {
            Shape::Rect { y, height, .. } => Some(y + height),
            _ => None,
        })
        .fold(band, f64::max);
    let mut top = 0.0;
    for placed in &notes {
        let x = placed.x;
        match placed.drawn {
            Drawn::Bracket(from, to) => {
                scene.marks.push(Mark::line(from, band - 2.0, to, band - 2.0, MarkKind::NoteBracket))
            }
            // Under the marks, which read against it.
            Drawn::Line(at) => scene.marks.insert(0, Mark::line(at, band, at, bottom, MarkKind::NoteLine)),
            Drawn::Badge => {}
        }
        scene.marks.push(Mark::rect(x, top, size, size, MarkKind::NoteBadge, None));
        let baseline = top + size * 0.75;
        scene.marks.push(Mark::text(
            x + size / 2.0,
            baseline,
            placed.letter.to_string(),
            Anchor::Middle,
            MarkKind::NoteLetter,
            None,
        ));
        if words {
            // From its badge down to its mark, through the rows under it.
            let centre = x + size / 2.0;
            scene.marks.insert(0, Mark::line(centre, top + size, centre, band - 2.0, MarkKind::NoteLeader));
            let (at, anchor) = match placed.rightward {
                true => (x + size + gap, Anchor::Start),
                false => (x - gap, Anchor::End),
            };
            for (index, words) in placed.words.iter().enumerate() {
                let y = baseline + index as f64 * line;
                scene.marks.push(Mark::text(at, y, words.clone(), anchor, MarkKind::NoteText, None));
            }
            top += row(placed) + gap;
        }
    }
    scene
}

/// A note as `lettered` places it: its badge's x, what else it draws, its letter, and its
/// words (from a graphic wide enough) with the side they run to.
struct Lettered {
    x: f64,
    drawn: Drawn,
    letter: &'static str,
    words: Vec<String>,
    rightward: bool,
}

/// What a note draws besides its badge.
#[derive(Clone, Copy)]
enum Drawn {
    Badge,
    /// A bracket from one x to another.
    Bracket(f64, f64),
    /// A line across the marks at an x.
    Line(f64),
}

/// What a scene is laid out for: the width it has, and the size of its label text in pixels
/// (12 by default; larger when the reader enlarges text), which sets the room labels need.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Frame {
    /// The width, in pixels.
    pub width: f64,
    /// The label text's size, in pixels.
    pub text: f64,
}

impl Frame {
    /// The frame before anything is measured, and without JavaScript: a phone's width, text at
    /// its default size.
    pub const FIRST: Frame = Frame { width: 320.0, text: 12.0 };

    /// A frame `width` wide for labels of `text` pixels.
    pub fn new(width: f64, text: f64) -> Frame {
        Frame { width, text }
    }

    /// How much larger than the default the text is.
    pub fn text_scale(self) -> f64 {
        self.text / 12.0
    }
}

/// A visual laid out at a width: its size and its marks, in drawing order.
#[derive(Debug, Clone, PartialEq)]
pub struct Scene {
    /// Its width, in pixels.
    pub width: f64,
    /// Its height, in pixels.
    pub height: f64,
    /// Its marks, in drawing order.
    pub marks: Vec<Mark>,
}

impl Scene {
    /// Nothing to draw: what a scene function gives a chart whose roles are not its kind's
    /// (the compiler never makes one).
    pub fn empty(width: f64) -> Scene {
        Scene { width, height: 0.0, marks: Vec::new() }
    }

    /// The scene as a right-to-left reader reads it: time and bars run from the right, so
    /// every x is mirrored about the middle. Labels keep their anchors: drawn right to left
    /// (`direction: rtl`), a label's start is its right end, so the anchor mirrors with it.
    pub fn mirrored(mut self) -> Scene {
        let width = self.width;
        for mark in &mut self.marks {
            match &mut mark.shape {
                Shape::Rect { x, width: w, .. } => *x = width - *x - *w,
                Shape::Line { x1, x2, .. } => {
                    *x1 = width - *x1;
                    *x2 = width - *x2;
                }
                Shape::Text { x, .. } => *x = width - *x,
            }
        }
        self
    }
}

/// One thing drawn: a shape, what it is, and what it stands for.
#[derive(Debug, Clone, PartialEq)]
pub struct Mark {
    /// Where and what.
    pub shape: Shape,
    /// What it is: how it is styled, and how honest it must look.
    pub kind: MarkKind,
    /// The figure or event this mark stands for; `None` for axes and labels.
    pub item: Option<Selection>,
}

/// A shape in pixels, from the scene's top left.
#[derive(Debug, Clone, PartialEq)]
#[allow(missing_docs)] // Coordinates and sizes, as SVG names them.
pub enum Shape {
    /// A rectangle.
    Rect { x: f64, y: f64, width: f64, height: f64 },
    /// A line.
    Line { x1: f64, y1: f64, x2: f64, y2: f64 },
    /// A label, at its baseline.
    Text { x: f64, y: f64, text: String, anchor: Anchor },
}

/// Where a label stands against its point.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Anchor {
    /// Its start at the point.
    Start,
    /// Its middle at the point.
    Middle,
    /// Its end at the point.
    End,
}

impl Anchor {
    /// SVG's `text-anchor` value.
    pub fn name(self) -> &'static str {
        match self {
            Anchor::Start => "start",
            Anchor::Middle => "middle",
            Anchor::End => "end",
        }
    }
}

/// What a mark is; the view turns it into a CSS class.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MarkKind {
    /// A quantity the text states.
    Stated,
    /// A quantity we computed from stated ones.
    Computed,
    /// The part of a whole that no figure names (e.g. the other 10 %).
    Rest,
    /// The outline of a whole.
    Whole,
    /// A dashed extension: the quantity is "more than" what is drawn.
    OpenEnd,
    /// An axis line.
    Axis,
    /// A tick on an axis.
    Tick,
    /// A tick's label.
    TickLabel,
    /// An event's extent on the timeline, at its real precision.
    Span,
    /// An event's number on the timeline (its label is in the list beside).
    SpanLabel,
    /// The statement's date on the timeline.
    Statement,
    /// A target or a forecast: outlined, never filled like a fact.
    Target,
    /// The computed rest of a plan: outlined too, in dots rather than dashes.
    TargetRest,
    /// What a bar's row stands for.
    BarLabel,
    /// A bar's value, at its end.
    ValueLabel,
    /// The badge of a note drawn from the text, over the mark it is about.
    NoteBadge,
    /// A note's letter, on its badge.
    NoteLetter,
    /// Over a whole, or a span, the extent a note is about.
    NoteBracket,
    /// A note's reference line, across the marks.
    NoteLine,
    /// From a note's badge down to its mark, when its words are drawn beside it.
    NoteLeader,
    /// A note's words, beside its badge.
    NoteText,
}

impl MarkKind {
    /// The CSS classes that draw it.
    pub fn class(self) -> &'static str {
        match self {
            MarkKind::Stated => "ex-mark ex-mark--stated",
            MarkKind::Computed => "ex-mark ex-mark--computed",
            MarkKind::Rest => "ex-mark ex-mark--rest",
            MarkKind::Whole => "ex-mark ex-mark--whole",
            MarkKind::OpenEnd => "ex-mark-open",
            MarkKind::Axis => "ex-axis",
            MarkKind::Tick => "ex-tick",
            MarkKind::TickLabel => "ex-tick-label",
            MarkKind::Span => "ex-mark ex-mark--span",
            MarkKind::SpanLabel => "ex-span-label",
            MarkKind::Statement => "ex-statement",
            MarkKind::Target => "ex-mark ex-mark--target",
            MarkKind::TargetRest => "ex-mark ex-mark--target ex-mark--target-rest",
            MarkKind::BarLabel => "ex-bar-label",
            MarkKind::ValueLabel => "ex-value-label",
            MarkKind::NoteBadge => "ex-note-badge",
            MarkKind::NoteLetter => "ex-note-letter",
            MarkKind::NoteBracket => "ex-axis ex-note-bracket",
            MarkKind::NoteLine => "ex-axis ex-note-line",
            MarkKind::NoteLeader => "ex-axis ex-note-leader",
            MarkKind::NoteText => "ex-bar-label ex-note-text",
        }
    }
}

impl Mark {
    fn rect(x: f64, y: f64, width: f64, height: f64, kind: MarkKind, item: Option<Selection>) -> Mark {
        Mark { shape: Shape::Rect { x, y, width, height }, kind, item }
    }

    fn line(x1: f64, y1: f64, x2: f64, y2: f64, kind: MarkKind) -> Mark {
        Mark { shape: Shape::Line { x1, y1, x2, y2 }, kind, item: None }
    }

    fn text(x: f64, y: f64, text: String, anchor: Anchor, kind: MarkKind, item: Option<Selection>) -> Mark {
        Mark { shape: Shape::Text { x, y, text, anchor }, kind, item }
    }
}

/// A pixel coordinate as SVG wants it, to a tenth of a pixel. Integer arithmetic only: the
/// float formatter would cost the bundle more than all the scenes together.
pub fn px(value: f64) -> String {
    let tenths = (value * 10.0).round() as i64;
    let (whole, tenth) = (tenths / 10, (tenths % 10).abs());
    let sign = if tenths < 0 && whole == 0 { "-" } else { "" };
    if tenth == 0 {
        format!("{sign}{whole}")
    } else {
        format!("{sign}{whole}.{tenth}")
    }
}

/// A compact, line-per-mark rendering of a scene, for snapshot tests and debugging.
pub fn describe(scene: &Scene) -> String {
    use std::fmt::Write;
    let mut out = format!("scene {}x{}\n", round(scene.width), round(scene.height));
    for mark in &scene.marks {
        let item = match mark.item {
            Some(Selection::Figure(i)) => format!(" figure:{i}"),
            Some(Selection::Event(i)) => format!(" event:{i}"),
            None => String::new(),
        };
        let _ = match &mark.shape {
            Shape::Rect { x, y, width, height } => {
                writeln!(
                    out,
                    "rect {},{} {}x{} {:?}{item}",
                    round(*x),
                    round(*y),
                    round(*width),
                    round(*height),
                    mark.kind
                )
            }
            Shape::Line { x1, y1, x2, y2 } => {
                writeln!(out, "line {},{} {},{} {:?}{item}", round(*x1), round(*y1), round(*x2), round(*y2), mark.kind)
            }
            Shape::Text { x, y, text, anchor } => {
                writeln!(out, "text {},{} {:?} {text:?} {:?}{item}", round(*x), round(*y), anchor, mark.kind)
            }
        };
    }
    out
}

/// One decimal is all a pixel needs.
fn round(value: f64) -> f64 {
    (value * 10.0).round() / 10.0
}

/// The x of every text mark of a kind, in drawing order (for tests about labels touching).
#[cfg(test)]
pub(crate) fn text_xs(scene: &Scene, kind: MarkKind) -> Vec<f64> {
    scene
        .marks
        .iter()
        .filter(|m| m.kind == kind)
        .filter_map(|m| match m.shape {
            Shape::Text { x, .. } => Some(x),
            _ => None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::fixture::seed;

    /// Where each note's badge is drawn (its top-left corner), in drawing order.
    fn badges_of(scene: &Scene) -> Vec<(f64, f64)> {
        let corner = |mark: &Mark| match mark.shape {
            Shape::Rect { x, y, .. } => Some((x, y)),
            _ => None,
        };
        scene.marks.iter().filter(|m| m.kind == MarkKind::NoteBadge).filter_map(corner).collect()
    }

    #[test]
    fn a_right_to_left_scene_is_the_left_to_right_one_in_a_mirror() {
        for chart in seed().charts.iter() {
            let scene = for_chart(seed(), chart, Frame::FIRST, Lang::FR);
            let twice = scene.clone().mirrored().mirrored();
            assert_eq!(crate::drawing::svg(seed(), &twice), crate::drawing::svg(seed(), &scene), "{}", chart.id);
            for (mark, mirrored) in scene.marks.iter().zip(&scene.clone().mirrored().marks) {
                match (&mark.shape, &mirrored.shape) {
                    (Shape::Rect { x, width, .. }, Shape::Rect { x: mx, .. }) => {
                        assert!((mx - (scene.width - x - width)).abs() < 1e-6, "{}", chart.id);
                    }
                    // A label keeps its anchor: drawn right to left, its start is its right end.
                    (Shape::Text { x, anchor, .. }, Shape::Text { x: mx, anchor: ma, .. }) => {
                        assert!((mx - (scene.width - x)).abs() < 1e-6 && anchor == ma, "{}", chart.id);
                    }
                    _ => {}
                }
            }
        }
        // The Arabic story's timeline runs from the right: its first event stands right of its last.
        let arabic = crate::content::fixture::seed_in(Lang::AR).unwrap();
        let timeline = arabic.charts.iter().find(|c| c.kind == ChartKind::Timeline).unwrap();
        let scene = for_chart(arabic, timeline, Frame::FIRST, Lang::AR);
        let event_x = |index: usize| {
            scene.marks.iter().find_map(|m| match (m.item, &m.shape) {
                (Some(Selection::Event(i)), Shape::Rect { x, .. }) if i == index => Some(*x),
                _ => None,
            })
        };
        assert!(event_x(0).unwrap() > event_x(arabic.events.len() - 1).unwrap());
    }

    #[test]
    fn a_note_is_lettered_over_its_item_s_mark_in_a_band_of_its_own() {
        for lang in [Lang::FR, Lang::AR] {
            let story = crate::content::fixture::seed_in(lang).unwrap();
            for chart in story.charts.iter().filter(|c| !c.annotations.is_empty()) {
                for frame in [Frame::FIRST, Frame::new(900.0, 12.0), Frame::new(320.0, 24.0)] {
                    let plain = for_chart(story, &Chart { annotations: Vec::new(), ..chart.clone() }, frame, lang);
                    let scene = for_chart(story, chart, frame, lang);
                    let size = 16.0 * frame.text_scale();
                    let badges = badges_of(&scene);
                    assert_eq!(badges.len(), chart.annotations.len(), "{}", chart.id);
                    let letters: Vec<&Mark> = scene.marks.iter().filter(|m| m.kind == MarkKind::NoteLetter).collect();
                    let first = crate::ui::terms(lang).note_marks[0];
                    assert!(matches!(&letters[0].shape, Shape::Text { text, .. } if text == first));
                    // Its band: every other mark is the plain scene's, moved below the badges.
                    assert!(scene.height > plain.height);
                    let note = &chart.annotations[0];
                    let (bx, by) = badges[0];
                    for mark in scene.marks.iter().filter(|m| m.item.is_some()) {
                        if let Shape::Rect { y, .. } = mark.shape {
                            assert!(y >= by + size, "{}: no mark of an item under a badge", chart.id);
                        }
                    }
                    // Over its item: the badge stands within the item's first mark's span.
                    let over = scene.marks.iter().find_map(|m| match (m.item == Some(note.item), &m.shape) {
                        (true, Shape::Rect { x, width, .. }) => Some((*x, *width, m.kind)),
                        _ => None,
                    });
                    let (x, width, kind) = over.expect("the item has a mark");
                    assert!(bx >= x - 1e-6 && bx + size <= x + width.max(size) + 1e-6, "{}: over its mark", chart.id);
                    // A whole has a bracket over all of it.
                    let bracket = scene.marks.iter().any(|m| m.kind == MarkKind::NoteBracket);
                    assert_eq!(bracket, kind == MarkKind::Whole, "{}", chart.id);
                    assert!(bx >= 0.0 && bx + size <= scene.width + 1e-6 && by >= 0.0, "{}: inside", chart.id);
                }
            }
        }
    }

    /// The first rectangle drawn for `item`: its x and width.
    fn extent(scene: &Scene, item: Selection) -> (f64, f64) {
        scene
            .marks
            .iter()
            .find_map(|m| match (m.item == Some(item), &m.shape) {
                (true, Shape::Rect { x, width, .. }) => Some((*x, *width)),
                _ => None,
            })
            .expect("the item has a mark")
    }

    fn badge_xs(scene: &Scene) -> Vec<f64> {
        scene
            .marks
            .iter()
            .filter(|m| m.kind == MarkKind::NoteBadge)
            .filter_map(|m| match m.shape {
                Shape::Rect { x, .. } => Some(x),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn a_line_crosses_the_marks_where_its_item_stands_and_a_span_brackets_its_item() {
        use crate::content::{Annotation, NoteKind};
        let story = crate::content::fixture::seed();
        let timeline = story.charts.iter().find(|c| c.kind == ChartKind::Timeline).unwrap();
        let note =
            |event: usize, kind: NoteKind| Annotation { item: Selection::Event(event), kind, quote: "…".into() };
        let chart = Chart { annotations: vec![note(0, NoteKind::Line), note(1, NoteKind::Span)], ..timeline.clone() };
        let frame = Frame::new(560.0, 12.0);
        let scene = for_chart(story, &chart, frame, Lang::FR);
        let size = 16.0;
        let (line_x, _) = extent(&scene, Selection::Event(0));
        let (span_x, span_width) = extent(&scene, Selection::Event(1));
        // The line: under every mark (drawn first), at the event's start, from the band to the
        // bottom of the lowest mark.
        let lines: Vec<&Mark> = scene.marks.iter().filter(|m| m.kind == MarkKind::NoteLine).collect();
        assert_eq!(lines.len(), 1);
        let at = |kind: MarkKind| scene.marks.iter().position(|m| m.kind == kind).unwrap();
        assert!(at(MarkKind::NoteLine) < scene.marks.iter().position(|m| m.item.is_some()).unwrap(), "under the marks");
        let bottom = scene
            .marks
            .iter()
            .filter_map(|m| match m.shape {
                Shape::Rect { y, height, .. } if m.item.is_some() => Some(y + height),
                _ => None,
            })
            .fold(0.0, f64::max);
        let Shape::Line { x1, y1, x2, y2 } = lines[0].shape else { unreachable!() };
        assert_eq!((x1, x2), (line_x, line_x));
        let marks_top = scene
            .marks
            .iter()
            .filter_map(|m| match m.shape {
                Shape::Rect { y, .. } if m.item.is_some() => Some(y),
                _ => None,
            })
            .fold(f64::MAX, f64::min);
        assert!(
            y1 <= marks_top && (y2 - bottom).abs() < 1e-6,
            "across every mark: {y1}..{y2}, marks {marks_top}..{bottom}"
        );
        // The span: a bracket from its item's start to its end, in the band.
        let brackets: Vec<&Mark> = scene.marks.iter().filter(|m| m.kind == MarkKind::NoteBracket).collect();
        assert_eq!(brackets.len(), 1);
        let Shape::Line { x1, x2, y1, .. } = brackets[0].shape else { unreachable!() };
        assert_eq!((x1, x2), (span_x, span_x + span_width));
        assert!(y1 < marks_top);
        // The badges: centred on the line, at the span's start.
        let xs = badge_xs(&scene);
        assert!((xs[0] - (line_x - size / 2.0)).abs() < 1e-6 || xs[0] == 0.0, "{xs:?}");
        assert_eq!(xs[1], span_x);
    }

    #[test]
    fn a_wide_graphic_draws_each_note_s_words_in_a_row_of_its_own_and_a_narrow_one_lists_them() {
        use crate::content::{Annotation, NoteKind};
        for lang in [Lang::FR, Lang::AR] {
            let story = crate::content::fixture::seed_in(lang).unwrap();
            let timeline = story.charts.iter().find(|c| c.kind == ChartKind::Timeline).unwrap();
            let quote = "une nouvelle stratégie nationale de l'immigration à dimensions humanitaire et solidaire";
            let last = story.events.len() - 1;
            let notes = [(0, NoteKind::Callout), (last, NoteKind::Callout), (1, NoteKind::Span)];
            let annotations = notes
                .iter()
                .map(|&(event, kind)| Annotation { item: Selection::Event(event), kind, quote: quote.into() })
                .collect();
            let chart = Chart { annotations, ..timeline.clone() };
            let texts = |scene: &Scene| -> Vec<(f64, f64, String, Anchor)> {
                scene
                    .marks
                    .iter()
                    .filter(|m| m.kind == MarkKind::NoteText)
                    .filter_map(|m| match &m.shape {
                        Shape::Text { x, y, text, anchor } => Some((*x, *y, text.clone(), *anchor)),
                        _ => None,
                    })
                    .collect()
            };
            // Narrow: the words are listed under the graphic, not drawn.
            let narrow = for_chart(story, &chart, Frame::new(WORDS_FROM - 1.0, 12.0), lang);
            assert!(texts(&narrow).is_empty());
            assert!(narrow.marks.iter().all(|m| m.kind != MarkKind::NoteLeader));
            for frame in [Frame::new(WORDS_FROM, 12.0), Frame::new(900.0, 12.0), Frame::new(900.0, 24.0)] {
                let scene = for_chart(story, &chart, frame, lang);
                let drawn = texts(&scene);
                // Each note's words, whole, in the language's quotation marks, one row each.
                let joined: Vec<String> = drawn.iter().map(|(_, _, t, _)| t.clone()).collect();
                let quoted = crate::format::quoted(quote, lang);
                assert_eq!(joined.join(" "), [quoted.as_str(); 3].join(" "), "{lang:?} {frame:?}");
                let badges = badges_of(&scene);
                let mut tops: Vec<f64> = badges.iter().map(|&(_, y)| y).collect();
                tops.dedup();
                assert_eq!(tops.len(), 3, "a row each");
                // Above every mark, inside the graphic, within its width (at 6.6 px a character).
                let marks_top = scene
                    .marks
                    .iter()
                    .filter_map(|m| match m.shape {
                        Shape::Rect { y, .. } if m.item.is_some() => Some(y),
                        _ => None,
                    })
                    .fold(f64::MAX, f64::min);
                let char_width = 6.6 * frame.text_scale();
                for (x, y, text, anchor) in &drawn {
                    assert!(*y < marks_top, "{lang:?}: words above the marks");
                    let length = text.chars().count() as f64 * char_width;
                    // Drawn right to left, a text's start is its right end.
                    let rightward = (*anchor == Anchor::Start) != lang.is_rtl();
                    let (left, right) = if rightward { (*x, x + length) } else { (x - length, *x) };
                    assert!(
                        left >= -1e-6 && right <= scene.width + 1e-6,
                        "{lang:?} {frame:?}: `{text}` within the width"
                    );
                }
                // Each leader goes from its badge down to the band's foot.
                let leaders = scene.marks.iter().filter(|m| m.kind == MarkKind::NoteLeader).count();
                assert_eq!(leaders, 3);
            }
        }
    }

    #[test]
    fn a_fall_s_note_stands_at_the_end_its_bar_reaches() {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("content/examples/clinics.toml");
        let story = &content_compiler::compile_file(&path).unwrap().stories[0];
        let chart = story.charts.iter().find(|c| !c.annotations.is_empty() && c.kind == ChartKind::Changes).unwrap();
        let note = &chart.annotations[0];
        let Selection::Figure(figure) = note.item else { panic!("a figure") };
        assert!(story.figures[figure].value < 0.0, "the example's note is on a fall");
        for lang in [Lang::EN, Lang::AR] {
            let scene = for_chart(story, chart, Frame::new(480.0, 12.0), lang);
            let (x, width) = extent(&scene, note.item);
            let badge = badge_xs(&scene)[0];
            // Left to right, a fall's bar ends on the left, away from zero; mirrored, on the right.
            let reached = if lang.is_rtl() { x + width - 16.0 } else { x };
            assert!((badge - reached).abs() < 1e-6, "{lang:?}: badge at {badge}, bar {x}..{}", x + width);
        }
    }

    #[test]
    fn pixels_are_written_to_a_tenth() {
        assert_eq!(px(12.0), "12");
        assert_eq!(px(246.94), "246.9");
        assert_eq!(px(0.04), "0");
        assert_eq!(px(-0.5), "-0.5");
        assert_eq!(px(-12.25), "-12.3");
    }
}
