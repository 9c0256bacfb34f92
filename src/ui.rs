//! Every word of the interface, per language, comes from the language's pack
//! (`vocabulary/src/lang/`): labels, month names, the words of formulas read aloud and the
//! sentences that describe each visual. Structs, not maps: a string missing in one language is
//! a compile error, and each table costs the bundle only the text it links (the reader's
//! bundle links [`Terms`] alone).

use crate::content::Lang;
pub use vocabulary::{Describing, Terms, Ui};

/// What a page in `lang` says above a translation of an original in `original`, and its link's
/// words.
pub fn translation_notice(lang: Lang, original: Lang) -> (String, String) {
    let text = ui(lang);
    let (notice, link) = text
        .original_in
        .iter()
        .find(|(language, ..)| *language == original.language)
        .map_or((original.code(), original.code()), |&(_, notice, link)| (notice, link));
    (fill(text.translation_notice, &[("original", notice)]), fill(text.read_original, &[("original", link)]))
}

/// A template with its `{name}` placeholders replaced by their values, in one pass (a value
/// that holds braces is left as it is).
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 64);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let named = after.find('}').and_then(|close| {
            values.iter().find(|(name, _)| *name == &after[..close]).map(|(_, value)| (close, value))
        });
        match named {
            Some((close, value)) => {
                out.push_str(value);
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// A language's name, in that language: what a reader looks for in a language switch.
pub fn language_name(lang: Lang) -> &'static str {
    lang.ui().name
}

/// The interface's words in `lang`.
pub fn ui(lang: Lang) -> &'static Ui {
    lang.ui()
}

/// The words of numbers and dates, and of the live page, in `lang`.
pub fn terms(lang: Lang) -> &'static Terms {
    lang.terms()
}

/// The words that describe the visuals in `lang`.
pub fn describing(lang: Lang) -> &'static Describing {
    lang.describing()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_translation_names_the_language_of_its_own_original() {
        assert_eq!(
            translation_notice(Lang::EN, Lang::AR),
            (
                "This article is a translation of the Arabic original; the figures are quoted from the translation."
                    .to_string(),
                "Read the original (Arabic)".to_string()
            )
        );
        assert_eq!(translation_notice(Lang::FR, Lang::EN).1, "Lire l'original (en anglais)");
        let (notice, link) = translation_notice(Lang::AR, Lang::FR);
        assert!(notice.contains("للأصل الفرنسي") && link == "قراءة الأصل (بالفرنسية)", "{notice} / {link}");
        assert!(translation_notice(Lang::AR_ARAB, Lang::EN).0.contains("للأصل الإنجليزي"));
        for lang in Lang::all() {
            for original in Lang::all().chain([Lang::AR_ARAB]) {
                let (notice, link) = translation_notice(lang, original);
                assert!(!notice.contains('{') && !link.contains('{'), "{notice} / {link}");
            }
        }
    }

    #[test]
    fn templates_are_filled_once_and_unknown_braces_stay() {
        assert_eq!(fill("{a} and {b} {c}", &[("a", "{b}"), ("b", "2")]), "{b} and 2 {c}");
        assert_eq!(fill("no placeholder {", &[]), "no placeholder {");
    }

    #[test]
    fn every_language_has_its_tables_filled() {
        for lang in Lang::all() {
            assert!(terms(lang).months.iter().all(|m| !m.is_empty()));
            let words = describing(lang);
            for template in [words.describe_timeline, words.describe_split_bar, words.describe_tiles] {
                assert!(template.contains('{'), "{template}");
            }
        }
    }
}
