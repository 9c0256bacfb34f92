//! Every pack is complete: the struct fields make a missing entry a compile error; these tests
//! make a missing word a failure that names the language and the entry.

use super::*;
use crate::{Part, Scale, TimeUnit};

/// Each language's packs, in every section the explainer needs of every language.
fn languages() -> impl Iterator<Item = Language> {
    Language::NAMES.iter().map(|&(_, language)| language)
}

#[track_caller]
fn filled(language: Language, entry: &str, list_len: usize) {
    assert!(list_len > 0, "the `{}` pack has no `{entry}`", language.name());
}

#[test]
fn every_pack_reads_every_kind_of_number_and_phrase() {
    for language in languages() {
        let r = language.reading();
        for (entry, len) in [
            ("number_words", r.number_words.len()),
            ("scale_words", r.scale_words.len()),
            ("about", r.about.len()),
            ("more_than", r.more_than.len()),
            ("less_than", r.less_than.len()),
            ("rises", r.rises.len()),
            ("falls", r.falls.len()),
            ("level_words", r.level_words.len()),
            ("targets", r.targets.len()),
            ("forecasts", r.forecasts.len()),
            ("future_verbs", r.future_verbs.len()),
            ("parts", r.parts.len()),
            ("years_by_distance", r.years_by_distance.len()),
            ("time_units", r.time_units.len()),
            ("one_words", r.one_words.len()),
            ("from_now", r.from_now.len()),
            ("year_edges", r.year_edges.len()),
            ("target_before_year", r.target_before_year.len()),
            ("since", r.since.len()),
            ("same_period", r.same_period.len()),
            ("sentence_openers", r.sentence_openers.len()),
        ] {
            filled(language, entry, len);
        }
        // Every scale has its word, every part of a year and every unit of time its name.
        for scale in [Scale::Thousand, Scale::Million, Scale::Billion] {
            let named = r.scale_words.iter().any(|&(_, s, spacing)| s == scale && spacing == Spacing::Spaced);
            assert!(named, "the `{}` pack has no `scale_words` for {scale:?}", language.name());
        }
        for part in
            [Part::Quarter(1), Part::Quarter(2), Part::Quarter(3), Part::Quarter(4), Part::Half(1), Part::Half(2)]
        {
            let named = r.parts.iter().any(|&(_, p)| p == part);
            assert!(named, "the `{}` pack has no `parts` for {part:?}", language.name());
        }
        for unit in [TimeUnit::Year, TimeUnit::Month, TimeUnit::Week, TimeUnit::Day] {
            let named = r.time_units.iter().any(|&(_, u)| u == unit);
            assert!(named, "the `{}` pack has no `time_units` for {unit:?}", language.name());
        }
        for (n, d) in [(1, 2), (1, 3), (2, 3), (1, 4), (3, 4)] {
            let named = r.number_words.iter().any(|&(_, w)| w == Worth::Fraction(n, d));
            assert!(named, "the `{}` pack has no `number_words` for {n}/{d}", language.name());
        }
        // Words are matched folded to lower case (but for scale words, whose case tells).
        for (entry, words) in [("about", r.about), ("rises", r.rises), ("falls", r.falls), ("targets", r.targets)] {
            for word in words {
                assert_eq!(*word, word.to_lowercase(), "the `{}` pack's `{entry}`", language.name());
            }
        }
    }
}

#[test]
fn every_pack_writes_every_word_of_the_page() {
    for language in languages() {
        let (t, ui, d) = (language.terms(), language.ui(), language.describing());
        assert!(t.months.iter().all(|m| !m.is_empty()), "the `{}` pack's `months`", language.name());
        for (entry, words) in [
            ("quarters", &t.quarters[..]),
            ("halves", &t.halves[..]),
            ("fractions", &t.fractions[..]),
            ("scales_short", &t.scales_short[..]),
            ("image_kinds", &ui.image_kinds[..]),
        ] {
            assert!(words.iter().all(|w| !w.is_empty()), "the `{}` pack's `{entry}`", language.name());
        }
        for (entry, template, names) in [
            ("describe_timeline", d.describe_timeline, &["{from}", "{to}", "{ahead}", "{events}"][..]),
            ("describe_split_bar", d.describe_split_bar, &["{whole}", "{part}", "{rest}", "{formula}"]),
            ("describe_part_to_whole", d.describe_part_to_whole, &["{whole}", "{share}", "{label}", "{computed}"]),
            ("describe_tiles", d.describe_tiles, &["{figures}"]),
            ("translation_notice", ui.translation_notice, &["{original}"]),
            ("read_original", ui.read_original, &["{original}"]),
        ] {
            for name in names {
                assert!(template.contains(name), "the `{}` pack's `{entry}` lacks {name}", language.name());
            }
        }
        // It names every language an original may be in.
        for original in languages() {
            let named =
                ui.original_in.iter().any(|&(l, notice, link)| l == original && !notice.is_empty() && !link.is_empty());
            assert!(named, "the `{}` pack's `original_in` does not name `{}`", language.name(), original.name());
        }
        assert!(!ui.name.is_empty(), "the `{}` pack has no `name`", language.name());
    }
}

#[test]
fn a_drafted_language_has_every_word_the_drafter_needs() {
    for language in languages() {
        let Some(d) = language.drafting() else { continue };
        for (entry, len) in [
            ("common_words", d.common_words.len()),
            ("function_words", d.function_words.len()),
            ("small_words", d.small_words.len()),
            ("leading_articles", d.leading_articles.len()),
            ("of", d.of.len()),
            ("share_of", d.share_of.len()),
            ("year_leads", d.year_leads.len()),
            ("date_words", d.date_words.len()),
            ("year_joiners", d.year_joiners.len()),
            ("bases", d.bases.len()),
            ("now_words", d.now_words.len()),
            ("length_leads", d.length_leads.len()),
            ("length_starts", d.length_starts.len()),
            ("part_before", d.part_before.len()),
            ("part_after", d.part_after.len()),
            ("conjunctions", d.conjunctions.len()),
            ("currencies", d.currencies.len()),
            ("singular_endings", d.singular_endings.len()),
        ] {
            filled(language, entry, len);
        }
        for template in [d.level_reason, d.fact_reason] {
            assert!(template.contains("{word}"), "the `{}` pack's reasons lack {{word}}", language.name());
        }
        for name in ["{whole}", "{part}", "{label}"] {
            assert!(d.part_takeaway.contains(name), "the `{}` pack's `part_takeaway` lacks {name}", language.name());
        }
    }
}

#[test]
fn each_language_s_default_digits_come_first_and_a_tag_names_the_others() {
    assert_eq!(Lang::from(Language::Ar), Lang::AR);
    assert_eq!(Lang::AR.tag(), "ar");
    assert_eq!(Lang::AR_ARAB.tag(), "ar-u-nu-arab");
    assert_eq!(Lang::AR_ARAB.decimal_mark(), '\u{066b}');
    assert_eq!(Lang::parse("es"), Some(Lang::ES));
    assert_eq!(Lang::parse("ar-u-nu-arab"), None);
    for lang in Lang::all() {
        assert_eq!(lang.symbols().digits, lang.digits, "{}", lang.code());
    }
}

#[test]
fn nouns_take_the_plural_each_language_gives_them() {
    let cases: &[(Lang, f64, bool)] = &[
        (Lang::FR, 0.0, false),
        (Lang::FR, 1.5, false),
        (Lang::FR, 2.0, true),
        (Lang::EN, 1.0, false),
        (Lang::EN, 1.5, true),
        (Lang::EN, 0.0, true),
        (Lang::ES, 1.0, false),
        (Lang::ES, 0.0, true),
        (Lang::ES, 1.5, true),
        (Lang::AR, 2.0, true),
        (Lang::AR, 10.0, true),
        (Lang::AR, 11.0, false),
        (Lang::AR, 74.0, false),
        (Lang::AR, 103.0, true),
        (Lang::AR, 2.5, false),
        (Lang::AR_ARAB, 5.0, true),
    ];
    for &(lang, count, plural) in cases {
        assert_eq!(lang.takes_plural(count), plural, "{} {count}", lang.tag());
    }
}
