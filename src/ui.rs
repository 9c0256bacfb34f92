//! Every interface string, per language. A struct, not a map: a string missing in one language
//! is a compile error, and the table costs the bundle only its text.

use crate::format::Lang;

pub struct Ui {
    /// Between a label and what it introduces: French puts a no-break space before the colon.
    pub colon: &'static str,
    pub stated_in_text: &'static str,
    pub computed: &'static str,
    pub computed_how: &'static str,
    pub show_in_text: &'static str,
    pub source: &'static str,
    pub notes: &'static str,
    pub show_data: &'static str,
    pub chart_items: &'static str,
    pub timeline_events: &'static str,
    pub statement: &'static str,
    pub readout_hint: &'static str,
    pub sources_heading: &'static str,
    pub data_version: &'static str,
    pub wasm_unavailable: &'static str,
    pub no_script: &'static str,
    pub full_explainer: &'static str,
    pub embed_this: &'static str,
    pub embed_heading: &'static str,
    pub embed_help: &'static str,
    pub copy: &'static str,
    pub copied: &'static str,
    pub close: &'static str,
    pub embeds_heading: &'static str,
    pub embeds_help: &'static str,
}

pub fn ui(lang: Lang) -> &'static Ui {
    match lang {
        Lang::Fr => &FR,
        Lang::En => &EN,
    }
}

static FR: Ui = Ui {
    colon: "\u{a0}: ",
    stated_in_text: "Dans le texte",
    computed: "Calculé",
    computed_how: "calculé par nous",
    show_in_text: "Voir dans le texte",
    source: "Source",
    notes: "Notes",
    show_data: "Les données en tableau",
    chart_items: "Chiffres du graphique",
    timeline_events: "Événements de la frise",
    statement: "Date du communiqué",
    readout_hint: "Choisissez un élément, ici ou dans le texte, pour voir d'où il vient.",
    sources_heading: "Sources et méthode",
    data_version: "Version des données",
    wasm_unavailable: "Les parties interactives ne sont pas disponibles : le texte et les graphiques restent lisibles.",
    no_script: "JavaScript est désactivé : le texte, les graphiques et leurs tableaux restent lisibles, sans interaction.",
    full_explainer: "Voir l'explication complète",
    embed_this: "Intégrer",
    embed_heading: "Intégrer dans un article",
    embed_help: "Collez ce code dans votre page : le cadre prend seul la bonne hauteur.",
    copy: "Copier",
    copied: "Copié.",
    close: "Fermer",
    embeds_heading: "Cette page n'existe pas",
    embeds_help: "Les intégrations disponibles :",
};

static EN: Ui = Ui {
    colon: ": ",
    stated_in_text: "In the text",
    computed: "Computed",
    computed_how: "computed by us",
    show_in_text: "Show in the text",
    source: "Source",
    notes: "Notes",
    show_data: "The data as a table",
    chart_items: "Figures in the chart",
    timeline_events: "Events on the timeline",
    statement: "Date of the statement",
    readout_hint: "Choose an item, here or in the text, to see where it comes from.",
    sources_heading: "Sources and method",
    data_version: "Data version",
    wasm_unavailable: "The interactive parts are unavailable: the text and charts remain readable.",
    no_script: "JavaScript is off: the text, the charts and their tables remain readable, without interaction.",
    full_explainer: "See the full explainer",
    embed_this: "Embed",
    embed_heading: "Embed in an article",
    embed_help: "Paste this code into your page: the frame takes the right height by itself.",
    copy: "Copy",
    copied: "Copied.",
    close: "Close",
    embeds_heading: "This page does not exist",
    embeds_help: "The embeds available:",
};
