//! Spanish, read as its pack says: numbers as CLDR `es` and Spanish newsrooms write them (`1400`,
//! `54.000`, `12,5 %`, `1,8 mil millones`), number and scale words (`tres millones`, `mil
//! millones`, `la mitad`, `una docena`), qualifiers, directions, plans and parts of a year in
//! Spanish words. Each case uses words of one of the pack's lists, so that a list emptied or a
//! word lost fails here, naming what was read.

use content_compiler::numbers::{find_numbers, Direction};
use content_compiler::text::sentences;
use content_compiler::words::{
    direction_in, outlook_in, part_in_words, qualifier_in_words, reaches_a_level, relative_period, says_same_period,
    starts_with_since, target_year_in, time_unit_at,
};
use vocabulary::{Date, Lang, Outlook, Part, Qualifier, Scale, TimeUnit};

const ES: Lang = Lang::ES;

/// The numbers of `text` as the compiler reads them: what it reads, its value, its scale.
fn read(text: &str) -> Vec<(String, f64, Option<Scale>, bool)> {
    find_numbers(text, ES).iter().map(|t| (text[t.start..t.end].to_string(), t.value, t.scale, t.percent)).collect()
}

#[test]
fn numbers_in_digits_as_spanish_writes_them() {
    assert_eq!(
        read("1400 retornos y 54.000 intentos"),
        [("1400".into(), 1400.0, None, false), ("54.000".into(), 54000.0, None, false)]
    );
    assert_eq!(read("subió un 12,5\u{a0}%")[0], ("12,5\u{a0}%".into(), 12.5, None, true));
    assert_eq!(read("1,8 mil millones de euros")[0], ("1,8 mil millones".into(), 1.8e9, Some(Scale::Billion), false));
    assert_eq!(read("1200 millones de euros")[0], ("1200 millones".into(), 1.2e9, Some(Scale::Million), false));
    assert_eq!(read("50 mil personas")[0], ("50 mil".into(), 5e4, Some(Scale::Thousand), false));
    assert_eq!(read("3 M€")[0], ("3 M".into(), 3e6, Some(Scale::Million), false));
    // `M.` alone is no scale: a man's title.
    assert!(read("el 3 M. Pérez").iter().all(|n| n.2.is_none()));
}

#[test]
fn number_words_with_their_scale_are_one_number() {
    assert_eq!(read("tres millones de euros")[0], ("tres millones".into(), 3e6, Some(Scale::Million), false));
    assert_eq!(read("más de mil millones de euros")[0], ("mil millones".into(), 1e9, Some(Scale::Million), false));
    assert_eq!(read("tres mil millones")[0], ("tres mil millones".into(), 3e9, Some(Scale::Billion), false));
    assert_eq!(read("medio millón de personas")[0], ("medio millón".into(), 5e5, Some(Scale::Million), false));
    assert_eq!(read("un millón")[0], ("un millón".into(), 1e6, Some(Scale::Million), false));
    assert_eq!(read("quinientos mil euros")[0], ("quinientos mil".into(), 5e5, Some(Scale::Thousand), false));
    assert_eq!(read("treinta mil personas")[0], ("treinta mil".into(), 3e4, Some(Scale::Thousand), false));
    let billions = &find_numbers("miles de millones de euros", ES)[0];
    assert_eq!((billions.value, billions.implies), (1e9, Some(Qualifier::MoreThan)));
    // `a mitad de septiembre` is a date, not a half.
    assert!(find_numbers("a mitad de septiembre", ES).is_empty());
    let half = &find_numbers("la mitad de los embalses", ES)[0];
    assert_eq!((half.fraction, half.value), (Some((1, 2)), 50.0));
    let third = &find_numbers("un tercio de la población", ES)[0];
    assert_eq!(third.fraction, Some((1, 3)));
    let dozen = &find_numbers("una docena de municipios", ES)[0];
    assert_eq!(dozen.value, 12.0);
    let tens = &find_numbers("decenas de pueblos", ES)[0];
    assert_eq!((tens.value, tens.implies), (10.0, Some(Qualifier::MoreThan)));
    // `el primer semestre` is a part of a year, `por ciento` a sign: neither a number.
    assert!(find_numbers("la primera mitad del año", ES).is_empty());
    assert_eq!(read("el 90 por cien").len(), 1);
}

#[test]
fn qualifiers_bound_the_number_right_after_them() {
    let qualifier = |words: &str| qualifier_in_words(words, ES).map(|q| q.0);
    assert_eq!(qualifier("más de "), Some(Qualifier::MoreThan));
    assert_eq!(qualifier("cerca de "), Some(Qualifier::Approximately));
    assert_eq!(qualifier("unos "), Some(Qualifier::Approximately));
    assert_eq!(qualifier("alrededor de la "), Some(Qualifier::Approximately));
    assert_eq!(qualifier("menos de "), Some(Qualifier::LessThan));
    assert_eq!(qualifier("más del "), Some(Qualifier::MoreThan));
    assert_eq!(qualifier("en torno al "), Some(Qualifier::Approximately));
    assert_eq!(qualifier("más de tres años, de los cuales "), None);
}

#[test]
fn rises_falls_and_levels_in_spanish_words() {
    let way = |quote: &str| {
        let token = find_numbers(quote, ES).into_iter().next().unwrap();
        direction_in(quote, &token, ES).map(|d| d.0)
    };
    assert_eq!(way("el gasto aumentó un 12,5\u{a0}%"), Some(Direction::Up));
    assert_eq!(way("el consumo cayó un 8\u{a0}%"), Some(Direction::Down));
    assert_eq!(way("el paro se redujo un 3\u{a0}%"), Some(Direction::Down));
    assert_eq!(way("el llenado bajó 3,2 puntos"), Some(Direction::Down));
    assert_eq!(way("90\u{a0}% son subsaharianos"), None, "`subsaharianos` is no rise");
    assert_eq!(way("2.000 descendientes de emigrantes"), None, "`descendientes` is no fall");
    assert_eq!(way("Cayetano firmó 12 contratos"), None, "`Cayetano` is no fall");
    assert!(reaches_a_level("el paro cayó al ", ES));
    assert!(!reaches_a_level("el paro cayó un ", ES));
}

#[test]
fn plans_forecasts_and_their_dates() {
    assert_eq!(outlook_in("el Gobierno invertirá 1,8 mil millones", "", ES).map(|o| o.0), Some(Outlook::Forecast));
    assert_eq!(outlook_in("el objetivo es reutilizar el 40\u{a0}%", "", ES).map(|o| o.0), Some(Outlook::Target));
    assert_eq!(
        outlook_in("se espera un déficit del 4\u{a0}%", "se espera un déficit del ", ES).map(|o| o.0),
        Some(Outlook::Forecast)
    );
    // Words that only look like a plan's.
    let before = "Las listas de espera suman ";
    assert_eq!(outlook_in("Las listas de espera suman 850.000 pacientes", before, ES), None);
    assert_eq!(outlook_in("La producción de metales creció un 4\u{a0}%", "", ES), None);
    assert_eq!(outlook_in("los aspirantes fueron 300", "", ES), None);
    assert_eq!(outlook_in("se registraron 40 casos", "", ES), None);
    assert!(target_year_in("de aquí a 2030", ES));
    assert!(starts_with_since("desde 2022", ES));
    assert!(says_same_period("en el mismo periodo", ES));
    assert_eq!(time_unit_at("años más tarde", ES), Some(TimeUnit::Year));
    assert_eq!(time_unit_at("meses", ES), Some(TimeUnit::Month));
}

#[test]
fn parts_of_a_year_and_years_by_their_distance() {
    assert_eq!(part_in_words("en el tercer trimestre", ES), Some(Part::Quarter(3)));
    assert_eq!(part_in_words("en el segundo semestre", ES), Some(Part::Half(2)));
    let november = Date::month(2025, 11);
    assert_eq!(relative_period("el año pasado", ES, november, false).map(|d| d.key()).as_deref(), Some("2024"));
    assert_eq!(
        relative_period("en el cuarto trimestre", ES, Date::month(2026, 2), false).map(|d| d.key()).as_deref(),
        Some("2025-Q4")
    );
}

#[test]
fn sentences_open_with_inverted_marks_and_titles_end_none() {
    let paragraph = "El Sr. Ruiz habló. ¿Por qué? ¡Porque sí!";
    let cut: Vec<&str> = sentences(paragraph, ES).into_iter().map(|r| &paragraph[r]).collect();
    assert_eq!(cut, ["El Sr. Ruiz habló. ", "¿Por qué? ", "¡Porque sí!"]);
}
