//! What each visual shows, in words and as a table, generated from the content data in the
//! page's language: the accessible description that stands in for the SVG, and the data table
//! a reader can open under each visual. Nothing here is written by hand per chart.

use crate::content::{Chart, ChartKind, Lang, Origin, Roles, Story};
use crate::format;
use crate::ui::{describing, fill};

/// A visual's data as a table: caption, column heads, rows of cells.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    /// What the table shows: the visual's title.
    pub caption: String,
    /// The column heads.
    pub head: Vec<&'static str>,
    /// One row per item, its first cell heading the row.
    pub rows: Vec<Vec<String>>,
}

/// A count with its noun, singular or plural as the language has it: `1 événement`, `2 events`.
fn counted(count: usize, (one, many): (&str, &str), lang: Lang) -> String {
    let noun = if lang.takes_plural(count as f64) { many } else { one };
    [&lang.digits(count as u64), " ", noun].concat()
}

/// One or two sentences that say what the visual draws, with every value it draws.
pub fn description(story: &Story, chart: &Chart, lang: Lang) -> String {
    let words = describing(lang);
    // A figure by its place among the chart's (peers), or by its index in the story (roles).
    let spoken = |i: usize| format::figure_spoken(story, &story.figures[chart.figures[i]], lang);
    let spoken_figure = |f: usize| format::figure_spoken(story, &story.figures[f], lang);
    match chart.kind {
        ChartKind::Timeline => {
            let events: Vec<String> = story
                .events
                .iter()
                .map(|e| format!("{}{}{}", format::event_when(e, lang), words.description_colon, e.label))
                .collect();
            let from = story.events.first().map_or(story.meta.date, |e| e.date);
            // Plans run the axis past the statement: say how far.
            let ahead = story.events.iter().filter(|e| e.outlook.is_some()).map(|e| e.until.unwrap_or(e.date)).max();
            let ahead = ahead.map_or_else(String::new, |last| {
                fill(words.describe_timeline_ahead, &[("last", &format::date(last, lang))])
            });
            fill(
                words.describe_timeline,
                &[
                    ("from", &format::date(from, lang)),
                    ("to", &format::date(story.meta.date, lang)),
                    ("ahead", &ahead),
                    ("count", &lang.digits(events.len() as u64)),
                    ("counted", &counted(events.len(), words.event_nouns, lang)),
                    ("events", &events.join(words.list_separator)),
                ],
            )
        }
        ChartKind::PartToWhole => {
            let Roles::Share { whole, share, count } = chart.roles else { return String::new() };
            let computed = count.map_or_else(String::new, |count| {
                fill(words.describe_computed_count, &[("figure", &spoken_figure(count))])
            });
            let share = &story.figures[share];
            fill(
                words.describe_part_to_whole,
                &[
                    ("whole", &spoken_figure(whole)),
                    ("share", &format::value_spoken(share, lang)),
                    ("label", &share.label),
                    ("computed", &computed),
                ],
            )
        }
        ChartKind::SplitBar => {
            let Roles::Split { whole, part, rest } = chart.roles else { return String::new() };
            fill(
                words.describe_split_bar,
                &[
                    ("whole", &spoken_figure(whole)),
                    ("part", &spoken_figure(part)),
                    ("rest", &spoken_figure(rest)),
                    ("formula", &format::formula_spoken(story, &story.figures[rest], lang).unwrap_or_default()),
                ],
            )
        }
        ChartKind::StatTiles => {
            let all: Vec<String> = (0..chart.figures.len()).map(spoken).collect();
            let template = if all.len() == 1 { words.describe_tile } else { words.describe_tiles };
            fill(template, &[("count", &lang.digits(all.len() as u64)), ("figures", &all.join(words.list_separator))])
        }
        ChartKind::Bars | ChartKind::Changes => {
            let all: Vec<String> = (0..chart.figures.len()).map(spoken).collect();
            let template = if chart.kind == ChartKind::Bars { words.describe_bars } else { words.describe_changes };
            fill(template, &[("figures", &all.join(words.list_separator))])
        }
    }
}

/// The visual's data as a table, in the page's language.
pub fn table(story: &Story, chart: &Chart, lang: Lang) -> Table {
    let words = describing(lang);
    let caption = format::inlines(story, &chart.title, lang);
    if chart.kind == ChartKind::Timeline {
        let rows = story
            .events
            .iter()
            .map(|e| vec![format::event_when(e, lang), e.label.to_string(), format::quoted(&e.quote, lang)])
            .collect();
        return Table { caption, head: words.timeline_columns.to_vec(), rows };
    }
    let rows = chart
        .figures
        .iter()
        .map(|&i| {
            let figure = &story.figures[i];
            let origin = match &figure.origin {
                Origin::Stated { quote, .. } => format!("{} {}", words.table_quoted, format::quoted(quote, lang)),
                Origin::Computed { .. } => {
                    format!("{} {}", words.table_computed, format::formula(story, figure, lang).unwrap_or_default())
                }
            };
            vec![
                format::counted(figure),
                format::figure_value(figure, lang),
                format::figure_period(story, figure, lang),
                origin,
            ]
        })
        .collect();
    Table { caption, head: words.figure_columns.to_vec(), rows }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::fixture::seed;

    fn chart(kind: ChartKind) -> &'static Chart {
        seed().charts.iter().find(|c| c.kind == kind).unwrap()
    }

    #[test]
    fn descriptions_hold_every_value_drawn_read_as_one_number() {
        let bar = description(seed(), chart(ChartKind::SplitBar), Lang::FR);
        for value in ["22000", "1400", "20600"] {
            assert!(bar.contains(value), "{bar}");
        }
        assert!(bar.ends_with("un nombre calculé : 22000 moins 1400."), "{bar}");
        let tiles = description(seed(), chart(ChartKind::StatTiles), Lang::FR);
        assert!(tiles.contains("plus de 54000"), "{tiles}");
        let waffle = description(seed(), chart(ChartKind::PartToWhole), Lang::EN);
        assert!(waffle.contains("about 50000 "), "{waffle}");
        assert!(waffle.contains("That is about 45000 "), "{waffle}");
        assert!(waffle.ends_with("a computed number."), "{waffle}");
    }

    #[test]
    fn the_timeline_is_described_event_by_event() {
        let timeline = description(seed(), chart(ChartKind::Timeline), Lang::FR);
        assert!(timeline.starts_with("Frise chronologique de 2013 à septembre 2018"), "{timeline}");
        for event in &seed().events {
            assert!(timeline.contains(&event.label), "{timeline}");
        }
    }

    #[test]
    fn tables_have_a_row_per_figure_and_say_what_is_computed() {
        let returns = table(seed(), chart(ChartKind::SplitBar), Lang::FR);
        assert_eq!(returns.rows.len(), 3);
        assert_eq!(returns.head, ["Chiffre", "Valeur", "Période", "Origine"]);
        assert!(returns.rows[2][3].starts_with("calculé :"));
        assert!(returns.rows[1][3].contains("dont 1400 au titre"));
        let timeline = table(seed(), chart(ChartKind::Timeline), Lang::EN);
        assert_eq!(timeline.rows.len(), seed().events.len());
    }
}
