//! A part-to-whole waffle: a hundred cells for the whole, the share shaded. Each cell is one
//! percent, so the chart shows the stated percentage exactly and invents nothing else.

use super::{Frame, Mark, MarkKind, Scene};
use crate::content::{Chart, Roles, Selection, Story};

const COLUMNS: usize = 10;
const GAP: f64 = 2.0;
/// Cells grow with the width up to this size, then the waffle stops growing.
const MAX_CELL: f64 = 24.0;
const MIN_CELL: f64 = 8.0;

/// The waffle of a part-to-whole chart ([`Roles::Share`]: a whole and its share; any other
/// chart draws nothing).
pub fn waffle(story: &Story, chart: &Chart, frame: Frame) -> Scene {
    let width = frame.width;
    let Roles::Share { whole, share, .. } = chart.roles else { return Scene::empty(width) };
    // Shaded cells show the stated share; the count computed from it lights them up too (see
    // `Story::depicts`), but they are not drawn as computed: the share is what the text says.
    let shaded = story.figures[share].value.round().clamp(0.0, 100.0) as usize;
    let cell = ((width - GAP * (COLUMNS - 1) as f64) / COLUMNS as f64).clamp(MIN_CELL, MAX_CELL).floor();
    let side = cell * COLUMNS as f64 + GAP * (COLUMNS - 1) as f64;
    let marks = (0..100)
        .map(|i| {
            let (row, column) = (i / COLUMNS, i % COLUMNS);
            let (x, y) = (column as f64 * (cell + GAP), row as f64 * (cell + GAP));
            if i < shaded {
                // A share of a plan is planned: outlined.
                let kind = if story.figures[share].outlook.is_some() { MarkKind::Target } else { MarkKind::Stated };
                Mark::rect(x, y, cell, cell, kind, Some(Selection::Figure(share)))
            } else {
                Mark::rect(x, y, cell, cell, MarkKind::Rest, Some(Selection::Figure(whole)))
            }
        })
        .collect();
    Scene { width: side, height: side, marks }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::fixture::seed;
    use crate::content::ChartKind;
    use crate::scene::Shape;

    fn regularisation() -> &'static Chart {
        seed().charts.iter().find(|c| c.kind == ChartKind::PartToWhole).expect("the article has a part-to-whole chart")
    }

    #[test]
    fn one_cell_per_percent_and_the_share_shaded() {
        let scene = waffle(seed(), regularisation(), Frame::new(300.0, 12.0));
        assert_eq!(scene.marks.len(), 100);
        let shaded = scene.marks.iter().filter(|m| m.kind != MarkKind::Rest).count();
        assert_eq!(shaded, 90);
    }

    #[test]
    fn shaded_cells_stand_for_the_stated_share_and_the_others_for_the_whole() {
        let chart = regularisation();
        let Roles::Share { whole, share, .. } = chart.roles else { panic!("a part-to-whole chart has a share") };
        let scene = waffle(seed(), chart, Frame::new(300.0, 12.0));
        let first = &scene.marks[0];
        assert_eq!(first.kind, MarkKind::Stated);
        assert_eq!(first.item, Some(Selection::Figure(share)));
        assert_eq!(scene.marks[99].item, Some(Selection::Figure(whole)));
    }

    #[test]
    fn the_waffle_fits_a_narrow_screen_and_stops_growing_on_a_wide_one() {
        assert!(waffle(seed(), regularisation(), Frame::new(280.0, 12.0)).width <= 280.0);
        let wide = waffle(seed(), regularisation(), Frame::new(1000.0, 12.0));
        assert_eq!(wide.width, MAX_CELL * 10.0 + GAP * 9.0);
        let Shape::Rect { width, .. } = wide.marks[0].shape else { panic!("cells are rects") };
        assert_eq!(width, MAX_CELL);
    }
}
