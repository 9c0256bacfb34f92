//! Article text: finding quotes in it and cutting paragraphs into sentences.
//!
//! Quotes are matched after normalising the two things an editor's keyboard changes without
//! anyone noticing: apostrophes (`’` and `'`) and runs of white space (including no-break spaces).
//! Ranges are always byte ranges into the original, verbatim text.

use std::ops::Range;

use vocabulary::Lang;

/// Every place `quote` stands in `text`, compared after normalisation, as ranges of `text`.
pub fn find_quote(text: &str, quote: &str) -> Vec<Range<usize>> {
    find_quote_in(&Normalised::of(text), quote)
}

/// A text normalised as quotes are compared (one apostrophe, one space for any run of space),
/// with where each of its bytes stands in the original: made once for a paragraph that many
/// quotes are looked for in.
pub struct Normalised {
    text: String,
    offsets: Vec<usize>,
}

impl Normalised {
    /// `text`, normalised.
    pub fn of(text: &str) -> Normalised {
        let (text, offsets) = normalise_with_offsets(text);
        Normalised { text, offsets }
    }
}

/// Where `quote` stands in the normalised text `normalised`, as ranges of its original.
pub fn find_quote_in(normalised: &Normalised, quote: &str) -> Vec<Range<usize>> {
    let (haystack, offsets) = (&normalised.text, &normalised.offsets);
    let (needle, _) = normalise_with_offsets(quote.trim());
    if needle.is_empty() {
        return Vec::new();
    }
    let mut found = Vec::new();
    let mut from = 0;
    while let Some(at) = haystack[from..].find(&needle) {
        let start = from + at;
        let end = start + needle.len();
        // `offsets[end]` is the first original byte after the match.
        found.push(offsets[start]..offsets[end]);
        from = start + haystack[start..].chars().next().map_or(1, char::len_utf8);
    }
    found
}

/// The passage of `text` closest to `quote` (fewest characters to change, after
/// normalisation), as a range of `text`, with that number of changes; `None` when even the
/// closest passage differs in more than a third of the quote, so that it would mislead.
pub fn closest_passage(text: &str, quote: &str) -> Option<(Range<usize>, usize)> {
    let (haystack, offsets) = normalise_with_offsets(text);
    let (needle, _) = normalise_with_offsets(quote.trim());
    let hay: Vec<(usize, char)> = haystack.char_indices().collect();
    let needle: Vec<char> = needle.chars().collect();
    if needle.is_empty() || hay.is_empty() {
        return None;
    }
    // Edit distance of the quote against any passage (Sellers): a row per quote character,
    // each cell with the distance and where its passage starts in the text.
    let mut row: Vec<(usize, usize)> = (0..=hay.len()).map(|j| (0, j)).collect();
    for (i, &q) in needle.iter().enumerate() {
        let mut next = Vec::with_capacity(row.len());
        next.push((i + 1, 0));
        for j in 1..=hay.len() {
            let substitute = (row[j - 1].0 + usize::from(hay[j - 1].1 != q), row[j - 1].1);
            let skip_quote = (row[j].0 + 1, row[j].1);
            let skip_text = (next[j - 1].0 + 1, next[j - 1].1);
            next.push(*[substitute, skip_quote, skip_text].iter().min_by_key(|cell| cell.0).expect("three"));
        }
        row = next;
    }
    let (end, &(distance, start)) = row.iter().enumerate().min_by_key(|(_, cell)| cell.0)?;
    if distance == 0 || distance * 3 > needle.len() || start >= end {
        return None;
    }
    let byte = |j: usize| hay.get(j).map_or(haystack.len(), |&(at, _)| at);
    Some((offsets[byte(start)]..offsets[byte(end)], distance))
}

/// How many characters to insert, delete or change to turn `a` into `b` (Levenshtein).
pub fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut next = vec![i + 1];
        for (j, &cb) in b.iter().enumerate() {
            next.push((row[j] + usize::from(ca != cb)).min(row[j + 1] + 1).min(next[j] + 1));
        }
        row = next;
    }
    row[b.len()]
}

/// Where two texts differ, each part widened to whole words: (what `ours` has, what `theirs`
/// has), e.g. `("1800", "1900")`.
pub fn difference<'a>(ours: &'a str, theirs: &'a str) -> (&'a str, &'a str) {
    let prefix = ours.chars().zip(theirs.chars()).take_while(|(a, b)| a == b).map(|(a, _)| a.len_utf8()).sum::<usize>();
    let suffix = ours[prefix..]
        .chars()
        .rev()
        .zip(theirs[prefix..].chars().rev())
        .take_while(|(a, b)| a == b)
        .map(|(a, _)| a.len_utf8())
        .sum::<usize>();
    let widen = |text: &'a str, end: usize| -> &'a str {
        let start = text[..prefix].rfind(' ').map_or(0, |space| space + 1);
        let end = text[end..].find(' ').map_or(text.len(), |space| end + space);
        &text[start..end.max(start)]
    };
    (
        widen(ours, ours.len() - suffix.min(ours.len() - prefix)),
        widen(theirs, theirs.len() - suffix.min(theirs.len() - prefix)),
    )
}

/// The normalised text, with the original byte offset of each of its bytes (plus one past the end).
fn normalise_with_offsets(text: &str) -> (String, Vec<usize>) {
    let mut normalised = String::with_capacity(text.len());
    let mut offsets = Vec::with_capacity(text.len() + 1);
    let mut previous_was_space = false;
    for (at, c) in text.char_indices() {
        let c = match c {
            '\u{2019}' | '\u{2018}' | '\u{02bc}' => '\'',
            c if c.is_whitespace() => ' ',
            c => c,
        };
        if c == ' ' && previous_was_space {
            continue;
        }
        previous_was_space = c == ' ';
        for _ in 0..c.len_utf8() {
            offsets.push(at);
        }
        normalised.push(c);
    }
    offsets.push(text.len());
    (normalised, offsets)
}

/// Cuts a paragraph into sentences. The ranges cover the whole paragraph with no gap: the space
/// after a full stop stays with the sentence it ends, so the sentences joined give the paragraph.
///
/// A sentence ends at `.`, `!`, `?`, `؟` or `…` followed by space and a capital (or a letter of
/// a script without capitals), a digit or an opening quote; not after an initial such as the
/// `M.` of `M. El Khalfi`.
pub fn sentences(paragraph: &str, style: Lang) -> Vec<Range<usize>> {
    let mut ranges = Vec::new();
    let mut sentence_start = 0;
    let chars: Vec<(usize, char)> = paragraph.char_indices().collect();
    for (i, &(_, c)) in chars.iter().enumerate() {
        if !matches!(c, '.' | '!' | '?' | '…' | '؟') || is_initial(&chars, i, style) {
            continue;
        }
        let mut next = i + 1;
        while next < chars.len() && chars[next].1.is_whitespace() {
            next += 1;
        }
        let followed_by_space = next > i + 1;
        let starts_sentence = chars.get(next).is_some_and(|&(_, c)| {
            // A script without capitals (Arabic) starts a sentence with any letter.
            let uncased = c.is_alphabetic() && !c.is_lowercase() && !c.is_uppercase();
            c.is_uppercase() || uncased || c.is_ascii_digit() || style.reading().sentence_openers.contains(&c)
        });
        if followed_by_space && starts_sentence {
            let end = chars[next].0;
            ranges.push(sentence_start..end);
            sentence_start = end;
        }
    }
    if sentence_start < paragraph.len() {
        ranges.push(sentence_start..paragraph.len());
    }
    ranges
}

/// Whether the full stop at `chars[i]` ends an initial or a title (`M.`, `J.`, `Mme.`), not a sentence.
fn is_initial(chars: &[(usize, char)], i: usize, style: Lang) -> bool {
    if chars[i].1 != '.' {
        return false;
    }
    let word: String = chars[..i]
        .iter()
        .rev()
        .take_while(|(_, c)| c.is_alphabetic())
        .map(|&(_, c)| c)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    let single_capital = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
    single_capital || style.reading().titles.contains(&word.as_str())
}

/// Whether `prefix`, the letters of a word before a match, is particles only that a language
/// glues to the next word (Arabic `و`, `ال`, `لل`: its pack's `glued_particles`), so that the
/// match still starts a word: `و2017`, `لحوالي`, `والارتفاع`. Every pack's particles count:
/// each is in its own script, and a text quotes words of other languages.
pub fn is_glued_prefix(prefix: &str) -> bool {
    Lang::all().any(|lang| lang.reading().glued_particles.contains(&prefix))
}

/// The letters of the word that `text` ends in (empty after a space or a mark).
fn word_tail(text: &str) -> &str {
    let start =
        text.char_indices().rev().take_while(|(_, c)| c.is_alphanumeric()).last().map_or(text.len(), |(at, _)| at);
    &text[start..]
}

/// Whether the word that `before` ends in is Arabic particles only (`و` of `و2017`): what
/// follows it still starts a word.
pub fn glued_particles(before: &str) -> bool {
    let tail = word_tail(before);
    !tail.is_empty() && is_glued_prefix(tail)
}

/// Whether a match that starts right after `before` starts a word: nothing alphanumeric
/// glued to it, or only Arabic particles.
pub fn starts_word(before: &str) -> bool {
    word_tail(before).is_empty() || glued_particles(before)
}

/// Whether `haystack` holds `phrase` as whole words, ignoring case, apostrophes and spacing.
pub fn contains_phrase(haystack: &str, phrase: &str) -> bool {
    !find_phrase(haystack, phrase).is_empty()
}

/// Every place `phrase` stands in `haystack` as whole words, ignoring case, apostrophes and
/// spacing, as ranges of `haystack`. "plus de" also stands in "plus d'…": a phrase that ends
/// with an apostrophe needs no boundary after it.
pub fn find_phrase(haystack: &str, phrase: &str) -> Vec<Range<usize>> {
    // Each character folded (lower case, one apostrophe, one space for any run of space), with
    // where it starts in the original.
    let fold = |text: &str| {
        let mut folded: Vec<(usize, char)> = Vec::with_capacity(text.len());
        for (at, c) in text.char_indices() {
            let c = match c {
                '\u{2019}' | '\u{2018}' | '\u{02bc}' => '\'',
                c if c.is_whitespace() => ' ',
                // Arabic's short-vowel marks and the stretching tatweel change no word.
                '\u{064b}'..='\u{0652}' | '\u{0640}' => continue,
                c => c.to_lowercase().next().unwrap_or(c),
            };
            if !(c == ' ' && folded.last().is_some_and(|&(_, last)| last == ' ')) {
                folded.push((at, c));
            }
        }
        folded
    };
    let (text, wanted) = (fold(haystack), fold(phrase.trim()));
    let mut found = Vec::new();
    if wanted.is_empty() || wanted.len() > text.len() {
        return found;
    }
    for i in 0..=text.len() - wanted.len() {
        if text[i..i + wanted.len()].iter().map(|c| c.1).ne(wanted.iter().map(|c| c.1)) {
            continue;
        }
        let after = i + wanted.len();
        let before_ok = i == 0 || !text[i - 1].1.is_alphanumeric() || {
            let tail: String = text[..i]
                .iter()
                .rev()
                .take_while(|c| c.1.is_alphanumeric())
                .map(|c| c.1)
                .collect::<Vec<_>>()
                .into_iter()
                .rev()
                .collect();
            is_glued_prefix(&tail)
        };
        let after_ok = after == text.len() || !text[after].1.is_alphanumeric() || wanted[wanted.len() - 1].1 == '\'';
        if before_ok && after_ok {
            found.push(text[i].0..text.get(after).map_or(haystack.len(), |c| c.0));
        }
    }
    found
}

/// Whether a word of `haystack` starts with `stem` (case aside): `recul` is in "a reculé".
pub fn has_word_starting(haystack: &str, stem: &str) -> bool {
    let haystack = haystack.to_lowercase();
    haystack.match_indices(stem).any(|(at, _)| starts_word(&haystack[..at]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_closest_passage_to_a_misspelt_quote_is_found_and_its_difference_named() {
        let text = "Les services ont saisi 1900 embarcations et avorté plus de 54.000 tentatives.";
        let (range, distance) = closest_passage(text, "saisi 1800 embarcations").unwrap();
        assert_eq!((&text[range.clone()], distance), ("saisi 1900 embarcations", 1));
        assert_eq!(difference("saisi 1800 embarcations", &text[range]), ("1800", "1900"));
        let (range, _) = closest_passage(text, "avorte plus de 54.000").unwrap();
        assert_eq!(difference("avorte plus de 54.000", &text[range]), ("avorte", "avorté"));
        assert_eq!(closest_passage(text, "rien à voir avec le texte"), None, "too far to help");
        assert_eq!(closest_passage(text, "saisi 1900 embarcations"), None, "found as it is");
    }

    #[test]
    fn quotes_match_across_apostrophes_and_spaces() {
        let text = "la traite des êtres humains et de l’immigration  clandestine";
        let found = find_quote(text, "de l'immigration clandestine");
        assert_eq!(found.len(), 1);
        assert_eq!(&text[found[0].clone()], "de l’immigration  clandestine");
    }

    #[test]
    fn every_occurrence_of_a_quote_is_found() {
        assert_eq!(find_quote("2018 puis 2018", "2018"), vec![0..4, 10..14]);
    }

    #[test]
    fn an_empty_quote_is_found_nowhere() {
        assert!(find_quote("texte", "  ").is_empty());
    }

    #[test]
    fn sentences_do_not_end_after_an_initial() {
        let paragraph = "M. El Khalfi a indiqué que le conseil a souligné. Il a ajouté que 22.000 immigrés.";
        let ranges = sentences(paragraph, Lang::FR);
        let cut: Vec<&str> = ranges.iter().map(|r| &paragraph[r.clone()]).collect();
        assert_eq!(cut, ["M. El Khalfi a indiqué que le conseil a souligné. ", "Il a ajouté que 22.000 immigrés."]);
    }

    #[test]
    fn spanish_sentences_may_open_with_inverted_marks_and_titles_end_none() {
        let paragraph = "La Sra. Gómez lo dijo. ¿Cuántos embalses? ¡Doce! Fin.";
        let cut: Vec<&str> = sentences(paragraph, Lang::ES).into_iter().map(|r| &paragraph[r]).collect();
        assert_eq!(cut, ["La Sra. Gómez lo dijo. ", "¿Cuántos embalses? ", "¡Doce! ", "Fin."]);
        // French knows neither the title nor the openers.
        let cut: Vec<&str> = sentences(paragraph, Lang::FR).into_iter().map(|r| &paragraph[r]).collect();
        assert_eq!(cut, ["La Sra. ", "Gómez lo dijo. ¿Cuántos embalses? ¡Doce! ", "Fin."]);
    }

    #[test]
    fn sentences_join_back_into_the_paragraph() {
        let paragraph = "Un. Deux ! Trois ? 2018 fut. Fin";
        let joined: String = sentences(paragraph, Lang::FR).iter().map(|r| &paragraph[r.clone()]).collect();
        assert_eq!(joined, paragraph);
        assert_eq!(sentences(paragraph, Lang::FR).len(), 5);
    }

    #[test]
    fn arabic_sentences_end_without_capitals() {
        let paragraph = "أضاف الوزير. وأكد أن 1400 عادوا؟ نعم";
        let cut: Vec<&str> = sentences(paragraph, Lang::AR).into_iter().map(|r| &paragraph[r]).collect();
        assert_eq!(cut, ["أضاف الوزير. ", "وأكد أن 1400 عادوا؟ ", "نعم"]);
    }

    #[test]
    fn arabic_particles_glued_to_a_phrase_keep_it_a_word() {
        assert!(contains_phrase("تسوية الوضعية لحوالي 50.000 مهاجر", "حوالي"));
        assert!(contains_phrase("وأكثر من 54.000", "أكثر من"));
        assert!(!contains_phrase("تحواليات", "حوالي"));
        assert!(has_word_starting("وارتفع العدد", "ارتفع"));
        assert!(!has_word_starting("مارتفع", "ارتفع"));
    }

    #[test]
    fn phrases_match_whole_words_only() {
        assert!(contains_phrase("d'environ 50.000", "environ"));
        assert!(!contains_phrase("les environs de 50.000", "environ"));
        assert!(contains_phrase("plus d'un million", "plus d'"));
        assert!(contains_phrase("Plus de 54.000", "plus de"));
    }
}
