//! Every interface string, per language. A struct, not a map: a string missing in one language
//! is a compile error, and the table costs the bundle only its text.

use crate::format::Lang;

pub struct Ui {
    /// Between a label and what it introduces: French puts a space before the colon.
    pub colon: &'static str,
    pub details_heading: &'static str,
    pub details_hint: &'static str,
    pub stated_in_text: &'static str,
    pub computed: &'static str,
    pub computed_how: &'static str,
    pub source_sentence: &'static str,
    pub show_in_text: &'static str,
    pub sources_heading: &'static str,
    pub data_version: &'static str,
    pub statement_of: &'static str,
    pub wasm_unavailable: &'static str,
}

pub fn ui(lang: Lang) -> &'static Ui {
    match lang {
        Lang::Fr => &FR,
        Lang::En => &EN,
    }
}

static FR: Ui = Ui {
    colon: "\u{a0}: ",
    details_heading: "Le chiffre choisi",
    details_hint: "Choisissez un chiffre ou une date dans le texte pour voir d'où il vient.",
    stated_in_text: "Dans le texte",
    computed: "Calculé",
    computed_how: "calculé par nous",
    source_sentence: "Phrase source",
    show_in_text: "Voir dans le texte",
    sources_heading: "Sources et méthode",
    data_version: "Version des données",
    statement_of: "Communiqué de",
    wasm_unavailable: "Les parties interactives ne sont pas disponibles : le texte et les graphiques restent lisibles.",
};

static EN: Ui = Ui {
    colon: ": ",
    details_heading: "Selected figure",
    details_hint: "Choose a number or a date in the text to see where it comes from.",
    stated_in_text: "In the text",
    computed: "Computed",
    computed_how: "computed by us",
    source_sentence: "Source sentence",
    show_in_text: "Show in the text",
    sources_heading: "Sources and method",
    data_version: "Data version",
    statement_of: "Statement of",
    wasm_unavailable: "The interactive parts are unavailable: the text and charts remain readable.",
};
