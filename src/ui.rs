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
    /// The same, in an embed of one visual, where there is no text to choose from.
    pub readout_hint_alone: &'static str,
    pub sources_heading: &'static str,
    pub data_version: &'static str,
    pub wasm_unavailable: &'static str,
    pub no_script: &'static str,
    pub full_explainer: &'static str,
    pub embed_this: &'static str,
    pub embed_heading: &'static str,
    pub embed_help: &'static str,
    pub copy: &'static str,
    pub download: &'static str,
    pub data_csv: &'static str,
    pub figures_heading: &'static str,
    pub quoted: &'static str,
    pub paragraph: &'static str,
    pub not_shown_heading: &'static str,
    pub corrections_heading: &'static str,
    pub copied: &'static str,
    pub close: &'static str,
    pub embeds_heading: &'static str,
    pub languages: &'static str,
    pub translation_notice: &'static str,
    pub read_original: &'static str,
    pub embeds_help: &'static str,
}

/// A language's name, in that language: what a reader looks for in a language switch.
pub fn language_name(code: &str) -> &'static str {
    match code {
        "fr" => "Français",
        "en" => "English",
        _ => "",
    }
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
    readout_hint_alone: "Choisissez un élément pour voir d'où il vient.",
    sources_heading: "Sources et méthode",
    data_version: "Version des données",
    wasm_unavailable: "Les parties interactives ne sont pas disponibles : le texte et les graphiques restent lisibles.",
    no_script:
        "JavaScript est désactivé : le texte, les graphiques et leurs tableaux restent lisibles, sans interaction.",
    full_explainer: "Voir l'explication complète",
    embed_this: "Intégrer",
    embed_heading: "Intégrer dans un article",
    embed_help: "Collez ce code dans votre page : le cadre prend seul la bonne hauteur.",
    copy: "Copier",
    download: "Télécharger",
    data_csv: "Données (CSV)",
    figures_heading: "Chaque chiffre et sa source",
    quoted: "cité",
    paragraph: "paragraphe",
    not_shown_heading: "Ce que l'explication ne montre pas, et pourquoi",
    corrections_heading: "Version des données et corrections",
    copied: "Copié.",
    close: "Fermer",
    embeds_heading: "Cette page n'existe pas",
    languages: "Langues",
    translation_notice: "Ce texte est une traduction de l'original.",
    read_original: "Lire l'original",
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
    readout_hint_alone: "Choose an item to see where it comes from.",
    sources_heading: "Sources and method",
    data_version: "Data version",
    wasm_unavailable: "The interactive parts are unavailable: the text and charts remain readable.",
    no_script: "JavaScript is off: the text, the charts and their tables remain readable, without interaction.",
    full_explainer: "See the full explainer",
    embed_this: "Embed",
    embed_heading: "Embed in an article",
    embed_help: "Paste this code into your page: the frame takes the right height by itself.",
    copy: "Copy",
    download: "Download",
    data_csv: "Data (CSV)",
    figures_heading: "Each figure and its source",
    quoted: "quoted",
    paragraph: "paragraph",
    not_shown_heading: "What the explainer does not show, and why",
    corrections_heading: "Data version and corrections",
    copied: "Copied.",
    close: "Close",
    embeds_heading: "This page does not exist",
    languages: "Languages",
    translation_notice:
        "This article is a translation of the French original; the figures are quoted from the translation.",
    read_original: "Read the original (French)",
    embeds_help: "The embeds available:",
};
