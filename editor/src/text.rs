//! The article's text, every number in it marked by its status (a button that opens its
//! item), and the quotes of the item being edited marked where they stand.

use std::ops::Range;

use leptos::prelude::*;

use crate::review::text_of;
use crate::{claim, status, Work};

/// A piece of a paragraph: words, quoted or not, or one of the text's numbers.
#[derive(Debug, Clone, PartialEq)]
pub enum Piece {
    Words(String, bool),
    /// The number's index among the text's numbers, as written, quoted or not.
    Number(usize, String, bool),
}

/// `paragraph` cut into pieces at its `numbers` (index, range) and at the edges of `quotes`;
/// a number is never cut, and is quoted when a quote covers part of it.
pub fn pieces(paragraph: &str, numbers: &[(usize, Range<usize>)], quotes: &[Range<usize>]) -> Vec<Piece> {
    let quoted = |range: &Range<usize>| quotes.iter().any(|q| q.start < range.end && range.start < q.end);
    let mut pieces = Vec::new();
    let words = |from: usize, to: usize, pieces: &mut Vec<Piece>| {
        let mut cuts = vec![from, to];
        cuts.extend(quotes.iter().flat_map(|q| [q.start, q.end]).filter(|&c| c > from && c < to));
        cuts.sort_unstable();
        cuts.dedup();
        for pair in cuts.windows(2) {
            if let Some(text) = paragraph.get(pair[0]..pair[1]).filter(|t| !t.is_empty()) {
                pieces.push(Piece::Words(text.to_string(), quoted(&(pair[0]..pair[1]))));
            }
        }
    };
    let mut at = 0;
    for (index, range) in numbers {
        if range.start < at || paragraph.get(range.clone()).is_none() {
            continue;
        }
        words(at, range.start, &mut pieces);
        pieces.push(Piece::Number(*index, paragraph[range.clone()].to_string(), quoted(range)));
        at = range.end;
    }
    words(at, paragraph.len(), &mut pieces);
    pieces
}

/// A piece of a paragraph as it shows.
#[derive(Debug, Clone, PartialEq)]
enum Bit {
    Words(String, bool),
    Number { index: usize, written: String, label: String, classes: String, title: String },
}

/// The text pane.
#[component]
pub fn Text() -> impl IntoView {
    let work: Work = expect_context();
    let words = work.words;
    // The quotes of the item being edited, in the article's language.
    let quotes = Memo::new(move |_| {
        let Some(place) = work.chosen.get() else { return Vec::new() };
        let original = work.original();
        work.reviewed.with(|r| {
            r.sections
                .iter()
                .find(|s| s.place == place)
                .map(|section| {
                    ["quote", "period_quote", "base_quote"]
                        .iter()
                        .filter_map(|key| text_of(section, key, &original))
                        .filter(|quote| !quote.is_empty())
                        .collect()
                })
                .unwrap_or_default()
        })
    });
    // Each paragraph as it shows, in full: a paragraph whose words, marks and statuses did not
    // change is not drawn again (typing stays fluid in a long article).
    let paragraphs = move || {
        let reviewed = work.reviewed.get();
        let quotes = quotes.get();
        let chosen = work.number.get();
        reviewed
            .paragraphs
            .iter()
            .enumerate()
            .map(|(p, paragraph)| {
                let numbers: Vec<(usize, Range<usize>)> = reviewed
                    .numbers
                    .iter()
                    .enumerate()
                    .filter(|(_, n)| n.paragraph == p)
                    .map(|(i, n)| (i, n.range.clone()))
                    .collect();
                let found: Vec<Range<usize>> =
                    quotes.iter().filter_map(|q| paragraph.find(q.as_str()).map(|at| at..at + q.len())).collect();
                pieces(paragraph, &numbers, &found)
                    .into_iter()
                    .map(|piece| match piece {
                        Piece::Words(text, quoted) => Bit::Words(text, quoted),
                        Piece::Number(index, written, quoted) => {
                            let number = &reviewed.numbers[index];
                            let (name, class) = status(words, number.status);
                            Bit::Number {
                                index,
                                label: format!("{written}, {name}"),
                                classes: format!(
                                    "ed-num ed-num--{class}{}{}",
                                    if quoted { " ed-num--quoted" } else { "" },
                                    if chosen == Some(index) { " ed-num--chosen" } else { "" }
                                ),
                                title: claim(words, &number.claim),
                                written,
                            }
                        }
                    })
                    .collect::<Vec<_>>()
            })
            .collect::<Vec<_>>()
    };
    // By their place too: two paragraphs alike (`* * *`) are two.
    let numbered = move || paragraphs().into_iter().enumerate().collect::<Vec<_>>();
    let draw = move |bits: Vec<Bit>| {
        let bits = bits
            .into_iter()
            .map(|bit| match bit {
                Bit::Words(text, false) => text.into_any(),
                Bit::Words(text, true) => view! { <mark>{text}</mark> }.into_any(),
                Bit::Number { index, written, label, classes, title } => view! {
                    <button type="button" class=classes aria-label=label title=title
                        on:click=move |_| work.choose_number(index)>
                        {written}
                    </button>
                }
                .into_any(),
            })
            .collect_view();
        view! { <p>{bits}</p> }
    };
    view! {
        <section class="ed-text">
            <h2 id="ed-text-heading">{words.the_text}</h2>
            <p class="ed-hint">{words.text_help}</p>
            <div id="ed-article" class="ed-article">
                <For each=numbered key=|(index, bits)| format!("{index}{bits:?}") children=move |(_, bits)| draw(bits)/>
            </div>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_whole_and_quotes_cut_the_words() {
        let paragraph = "In 2025, sailings fell 14% compared with 2024.";
        let numbers = [(0, 3..7), (1, 23..26), (2, 41..45)];
        let quote = paragraph.find("fell 14%").map(|at| at..at + "fell 14%".len()).unwrap();
        let cut = pieces(paragraph, &numbers, &[quote]);
        assert_eq!(
            cut,
            [
                Piece::Words("In ".into(), false),
                Piece::Number(0, "2025".into(), false),
                Piece::Words(", sailings ".into(), false),
                Piece::Words("fell ".into(), true),
                Piece::Number(1, "14%".into(), true),
                Piece::Words(" compared with ".into(), false),
                Piece::Number(2, "2024".into(), false),
                Piece::Words(".".into(), false),
            ]
        );
        let joined: String = cut
            .iter()
            .map(|p| match p {
                Piece::Words(t, _) | Piece::Number(_, t, _) => t.as_str(),
            })
            .collect();
        assert_eq!(joined, paragraph);
    }

    #[test]
    fn a_range_out_of_the_paragraph_is_left_as_words() {
        assert_eq!(pieces("12 bins", &[(0, 0..2), (1, 5..40)], &[]).len(), 2);
    }
}
