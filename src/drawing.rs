//! A visual's drawing: its scene as SVG markup. The pre-rendered page holds it laid out for a
//! phone (`Frame::FIRST`); the browser writes it again at the width the graphic gets. One
//! writer for both, so that the two cannot drift apart, and no renderer in the browser: the
//! browser's own parser builds the marks faster than node-by-node calls from the WASM would.
//! The SVG is hidden from assistive technology: the legend beside it says the same in text.

use vocabulary::escape_html;

use crate::content::Story;
use crate::hooks::{self, Control};
use crate::scene::{px, MarkKind, Scene, Shape};

/// The `<svg>` of `scene`. A mark that stands for a figure or an event names it as a control
/// does (`hooks`), so that it answers the pointer and lights up with it.
pub fn svg(story: &'static Story, scene: &Scene) -> String {
    let (width, height) = (px(scene.width), px(scene.height));
    let mut out = String::with_capacity(96 * (scene.marks.len() + 1));
    // (No `focusable`: only Internet Explorer ever needed it.)
    out.push_str("<svg aria-hidden=\"true\"");
    attribute(&mut out, "width", &width);
    attribute(&mut out, "height", &height);
    attribute(&mut out, "viewBox", &["0 0 ", &width, " ", &height].concat());
    if story.meta.language.is_rtl() {
        // The scene is mirrored; its labels are drawn right to left (see `Scene::mirrored`).
        attribute(&mut out, "direction", "rtl");
    }
    out.push('>');
    for mark in &scene.marks {
        let tag = match &mark.shape {
            Shape::Rect { x, y, width, height } => {
                out.push_str("<rect");
                attributes(&mut out, [("x", *x), ("y", *y), ("width", *width), ("height", *height)]);
                "rect"
            }
            Shape::Line { x1, y1, x2, y2 } => {
                out.push_str("<line");
                attributes(&mut out, [("x1", *x1), ("y1", *y1), ("x2", *x2), ("y2", *y2)]);
                "line"
            }
            Shape::Text { x, y, anchor, .. } => {
                out.push_str("<text");
                attributes(&mut out, [("x", *x), ("y", *y)]);
                attribute(&mut out, "text-anchor", anchor.name());
                "text"
            }
        };
        attribute(&mut out, "class", mark.kind.class());
        // A note's marks are not controls: the pointer goes through them to
        // the marks under and around them.
        if matches!(mark.kind, MarkKind::NoteBadge | MarkKind::NoteLetter | MarkKind::NoteBracket | MarkKind::NoteLine)
        {
            attribute(&mut out, "pointer-events", "none");
        }
        if let Some(item) = mark.item {
            let marks = Control::Choose(item).marks(story);
            if let Some(id) = marks.figure {
                attribute(&mut out, hooks::FIGURE, id);
            }
            if let Some(id) = marks.event {
                attribute(&mut out, hooks::EVENT, id);
            }
        }
        out.push('>');
        if let Shape::Text { text, .. } = &mark.shape {
            out.push_str(&escape_html(text));
        }
        out.push_str("</");
        out.push_str(tag);
        out.push('>');
    }
    out.push_str("</svg>");
    out
}

fn attribute(out: &mut String, name: &str, value: &str) {
    out.push(' ');
    out.push_str(name);
    out.push_str("=\"");
    out.push_str(&escape_html(value));
    out.push('"');
}

fn attributes<const N: usize>(out: &mut String, coordinates: [(&str, f64); N]) {
    for (name, value) in coordinates {
        attribute(out, name, &px(value));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::fixture::seed;
    use crate::content::{Lang, Selection};
    use crate::scene::{self, Frame, Mark};

    #[test]
    fn marks_name_their_items_and_text_is_escaped() {
        let figure = seed().figures[0].id.as_str();
        let scene = Scene {
            width: 320.0,
            height: 40.5,
            marks: vec![
                Mark {
                    shape: Shape::Rect { x: 0.0, y: 1.25, width: 10.0, height: 20.0 },
                    kind: MarkKind::Stated,
                    item: Some(Selection::Figure(0)),
                },
                Mark {
                    shape: Shape::Text { x: 3.0, y: 4.0, text: "a < b & \"c\"".into(), anchor: scene::Anchor::End },
                    kind: MarkKind::Stated,
                    item: None,
                },
            ],
        };
        let svg = svg(seed(), &scene);
        assert!(svg.starts_with(r#"<svg aria-hidden="true" width="320" height="40.5" viewBox="0 0 320 40.5">"#));
        assert!(svg.contains(&format!(r#"<rect x="0" y="1.3" width="10" height="20" class="ex-mark ex-mark--stated" data-figure="{figure}"></rect>"#)), "{svg}");
        assert!(
            svg.contains(r#"text-anchor="end" class="ex-mark ex-mark--stated">a &lt; b &amp; &quot;c&quot;</text>"#),
            "{svg}"
        );
        assert!(svg.ends_with("</svg>"));
    }

    #[test]
    fn every_chart_draws_one_mark_per_scene_mark() {
        for chart in seed().charts.iter() {
            let scene = scene::for_chart(seed(), chart, Frame::FIRST, Lang::FR);
            let svg = svg(seed(), &scene);
            let opened = ["<rect", "<line", "<text"].iter().map(|tag| svg.matches(tag).count()).sum::<usize>();
            assert_eq!(opened, scene.marks.len(), "{}", chart.id);
        }
    }
}
