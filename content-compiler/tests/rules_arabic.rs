//! The rules in Arabic: an article written in Arabic is read and checked as a French or an
//! English one is, with Arabic's own ways: numbers as Moroccan newsrooms write them (`54.000`,
//! `12,5`, `90%`) or in Eastern digits (`١٩٠٠`), particles glued to the words before a number
//! (`و2017`, `لحوالي`), qualifiers and directions in Arabic words, a dual that says "two".
//! Each test starts from one small valid file and breaks one thing in it.

mod common;

use common::{check_refused as refused, run};
use content_compiler::story::{Qualifier, Scale};

const VALID: &str = r#"
[article]
kicker = "اختبار · {date}"
title = "حصيلة متخيلة"
standfirst = "حجز {boats} قارب."
date = "2018-09"
language = "ar"
attribution = "نص كتب للاختبار."
source_name = "مصدر متخيل"
paragraphs = [
  "تمكنت المصالح سنة 2018 من إحباط أكثر من 54.000 محاولة، وحجز 1900 قارب.",
  "وأسفرت عمليتان خلال سنتي 2016 و2017 عن تسوية وضعية حوالي 12,5 ألف مهاجر، بينما تراجع عدد المحاولات بنسبة 20%.",
]

[[units]]
id = "attempts"
kind = "count"
singular = "محاولة"
plural = "محاولات"

[[units]]
id = "boats"
kind = "count"
singular = "قارب"
plural = "قوارب"

[[units]]
id = "people"
kind = "count"
singular = "مهاجر"
plural = "مهاجرين"

[[units]]
id = "percent"
kind = "percent"

[[figures]]
id = "attempts"
label = "تم إحباطها"
value = 54000
unit = "attempts"
qualifier = "more_than"
period = "2018"
quote = "أكثر من 54.000 محاولة"
period_quote = "سنة 2018"

[[figures]]
id = "boats"
label = "تم حجزها"
value = 1900
unit = "boats"
qualifier = "exact"
period = "2018"
quote = "حجز 1900 قارب"
period_quote = "سنة 2018"

[[figures]]
id = "regularised"
label = "تمت تسوية وضعيتهم"
value = 12500
unit = "people"
qualifier = "approximately"
period = "2016..2017"
quote = "حوالي 12,5 ألف مهاجر"
period_quote = "خلال سنتي 2016 و2017"

[[figures]]
id = "attempts-change"
label = "في عدد المحاولات"
value = -20
unit = "percent"
qualifier = "exact"
change = "relative"
period = "unspecified"
quote = "تراجع عدد المحاولات بنسبة 20%"

[[not_figures]]
quote = "عمليتان"
reason = "عدد العمليات: الخط الزمني يعرض كل سنة."

[[events]]
id = "operations"
date = "2016..2017"
label = "عمليات التسوية"
quote = "خلال سنتي 2016 و2017"
figures = ["regularised"]

[[events]]
id = "seizures"
date = "2018"
label = "الحجز"
quote = "سنة 2018"
figures = ["boats"]

[[charts]]
id = "timeline"
kind = "timeline"
title = "التواريخ"
takeaway = "حتى {date}."

[[charts]]
id = "tiles"
kind = "stat-tiles"
figures = ["attempts", "boats", "regularised"]
title = "الحصيلة"
takeaway = "{attempts} محاولة."

[[charts]]
id = "change"
kind = "changes"
figures = ["attempts-change"]
title = "التغير"
takeaway = "{attempts-change}."
"#;

#[track_caller]
fn broken(from: &str, to: &str) -> String {
    assert!(VALID.contains(from), "the valid file has no `{from}`");
    VALID.replacen(from, to, 1)
}

#[test]
fn an_arabic_article_reads_its_numbers_qualifiers_scales_and_changes() {
    let stories = run(VALID).unwrap_or_else(|faults| panic!("{faults:?}"));
    let figure = |id: &str| stories[0].figures.iter().find(|f| f.id == id).unwrap().clone();
    assert_eq!((figure("attempts").value, figure("attempts").qualifier), (54_000.0, Qualifier::MoreThan));
    assert_eq!((figure("regularised").value, figure("regularised").scale), (12_500.0, Some(Scale::Thousand)));
    assert_eq!(figure("regularised").qualifier, Qualifier::Approximately);
    assert_eq!(figure("attempts-change").value, -20.0);
}

#[test]
fn a_misspelt_arabic_quote_names_the_closest_passage() {
    let toml = broken("quote = \"حجز 1900 قارب\"", "quote = \"حجز 1800 قارب\"");
    refused(
        &toml,
        "quote = \"حجز 1800",
        "figure `boats`",
        "is \"حجز 1900 قارب\", which has \"1900\" where the quote has \"1800\"",
    );
}

#[test]
fn a_number_in_another_language_s_style_does_not_read_back() {
    // `54,000` is fifty-four with three decimals in Moroccan Arabic, as it is in French.
    let toml = broken("أكثر من 54.000 محاولة،", "أكثر من 54,000 محاولة،").replacen(
        "quote = \"أكثر من 54.000 محاولة\"",
        "quote = \"أكثر من 54,000 محاولة\"",
        1,
    );
    refused(
        &toml,
        "quote = \"أكثر من 54,000",
        "figure `attempts`",
        "does not read back from its quote as a number: the quote holds `54,000`, read as the number 54",
    );
}

#[test]
fn eastern_arabic_digits_are_the_same_numbers() {
    let toml = broken("وحجز 1900 قارب", "وحجز ١٩٠٠ قارب").replacen(
        "quote = \"حجز 1900 قارب\"",
        "quote = \"حجز ١٩٠٠ قارب\"",
        1,
    );
    let stories = run(&toml).unwrap_or_else(|faults| panic!("{faults:?}"));
    assert_eq!(stories[0].figures.iter().find(|f| f.id == "boats").unwrap().value, 1900.0);
}

#[test]
fn an_arabic_qualifier_must_agree_with_the_figure() {
    let toml = broken("qualifier = \"more_than\"", "qualifier = \"exact\"");
    refused(
        &toml,
        "quote = \"أكثر من 54.000",
        "figure `attempts`",
        "qualifier is `exact` but the quote says \"أكثر من\" (more_than)",
    );
}

#[test]
fn an_arabic_change_goes_the_way_its_words_say() {
    let toml = broken("value = -20", "value = 20");
    refused(
        &toml,
        "quote = \"تراجع",
        "figure `attempts-change`",
        "value 20 is a rise but the quote says \"تراجع…\", a fall",
    );
}

#[test]
fn a_dual_may_stand_for_two_but_a_quote_without_any_number_is_refused() {
    let toml = broken("quote = \"عمليتان\"", "quote = \"عن تسوية\"");
    refused(&toml, "quote = \"عن تسوية\"", "not_figures", "the quote holds no number");
}

#[test]
fn the_drafter_says_it_does_not_read_arabic_rather_than_guess() {
    let source = "date 2018-09\n\nتمكنت المصالح سنة 2018 من حجز 1900 قارب.\n";
    let options = content_compiler::draft::Options { lang: None, source_file: "x.txt".into() };
    let Err(message) = content_compiler::draft::draft(source, &options) else { panic!("an Arabic draft was made") };
    assert!(message.contains("the drafter reads `fr`, `en`, `es` articles; this one is in `ar`"), "{message}");
}

#[test]
fn arabic_pages_may_write_arabic_indic_digits_and_no_other_language_may() {
    let eastern = broken("language = \"ar\"", "language = \"ar\"\ndigits = { ar = \"arab\" }");
    let stories = run(&eastern).unwrap_or_else(|faults| panic!("{faults:?}"));
    assert_eq!(stories[0].meta.language, content_compiler::story::Lang::AR_ARAB);
    // The text keeps its own digits: the mentions are as written.
    let western = run(VALID).unwrap();
    assert_eq!(western[0].meta.language, content_compiler::story::Lang::AR);
    let unknown = broken("language = \"ar\"", "language = \"ar\"\ndigits = { ar = \"roman\" }");
    refused(
        &unknown,
        "digits = {",
        "article digits",
        "`roman` is not a way of writing `ar`'s digits: use `latn` or `arab`",
    );
    let other = broken("language = \"ar\"", "language = \"ar\"\ndigits = { fr = \"arab\" }");
    refused(&other, "digits = {", "article digits", "`fr` is not one of the file's languages");
    // A language is named by its code; the digits are `digits`' to say.
    let tagged = broken("language = \"ar\"", "language = \"ar-u-nu-arab\"");
    refused(
        &tagged,
        "language = \"ar-u-nu-arab\"",
        "article",
        "language `ar-u-nu-arab` is not supported: use one of `fr`, `en`, `ar`",
    );
}
