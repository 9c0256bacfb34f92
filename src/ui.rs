//! Every word of the interface, per language: labels, month names, the words of formulas read
//! aloud and the sentences that describe each visual. A struct, not a map: a string missing in
//! one language is a compile error, and the table costs the bundle only its text. Adding a
//! language is adding a table here and a translation in the content file.

use crate::content::Lang;

/// The words of the interface in one language. Templates hold `{name}` placeholders, filled
/// in by [`fill`].
#[allow(missing_docs)] // Each field is named after what it says.
pub struct Ui {
    /// Between a label and what it introduces: French puts a no-break space before the colon.
    pub colon: &'static str,
    pub stated_in_text: &'static str,
    pub computed: &'static str,
    pub show_in_text: &'static str,
    pub source: &'static str,
    pub notes: &'static str,
    pub show_data: &'static str,
    pub chart_items: &'static str,
    pub timeline_events: &'static str,
    /// Before the date the article was published.
    pub published: &'static str,
    pub readout_hint: &'static str,
    /// The same, in an embed of one visual, where there is no text to choose from.
    pub readout_hint_alone: &'static str,
    pub sources_heading: &'static str,
    pub data_version: &'static str,
    pub wasm_unavailable: &'static str,
    /// The banner of a draft: its first word, then what it means.
    pub draft: (&'static str, &'static str),
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
    /// The rule for periods the text gives without their year, before the list of those it read.
    pub relative_periods: &'static str,
    /// Under a figure whose period no words of the text give.
    pub editor_dated: &'static str,
    /// How a computed figure was rounded, after its formula: to a whole number, or to a step
    /// (`arrondi à 0,1`). Build time only, as formulas are.
    pub rounded_whole: &'static str,
    pub rounded_to: &'static str,
    pub corrections_heading: &'static str,
    pub close: &'static str,
    pub embeds_heading: &'static str,
    /// The site's index of explainers: its heading.
    pub index_heading: &'static str,
    pub languages: &'static str,
    /// Above a translation: `{original}` is the original's language, named by
    /// [`Self::original_in`]'s first words, the link's by its second.
    pub translation_notice: &'static str,
    pub read_original: &'static str,
    pub original_in: OriginalIn,
    pub embeds_help: &'static str,
    /// The embed dialog's newsletter snippet and image links, and each image's name.
    pub newsletter_help: &'static str,
    pub images_help: &'static str,
    /// Each kind of image, its size in `{width}` (and `{height}` for a card's) filled in
    /// the page's digits.
    pub image_kinds: [&'static str; 5],
}

/// How one language names each language an original may be in: the words the translation
/// notice uses, then the words its link uses (Arabic's adjective agrees with «الأصل», its link
/// says "in French").
#[allow(missing_docs)] // One field per language.
pub struct OriginalIn {
    pub fr: (&'static str, &'static str),
    pub en: (&'static str, &'static str),
    pub ar: (&'static str, &'static str),
}

/// What a page in `lang` says above a translation of an original in `original`, and its link's
/// words.
pub fn translation_notice(lang: Lang, original: Lang) -> (String, String) {
    let text = ui(lang);
    let (notice, link) = match original {
        Lang::Fr => text.original_in.fr,
        Lang::En => text.original_in.en,
        Lang::Ar | Lang::ArArab => text.original_in.ar,
    };
    (fill(text.translation_notice, &[("original", notice)]), fill(text.read_original, &[("original", link)]))
}

/// The words that go with numbers and dates (month names, qualifiers, formulas read aloud), and
/// what the page says once it is live, in one language. Apart from [`Ui`] because these are
/// the only words the browser bundle writes itself: the rest of the page is pre-rendered, so
/// the bundle links this small table and not the interface's.
#[allow(missing_docs)] // Each field is named after what it says.
pub struct Terms {
    /// January to December.
    pub months: [&'static str; 12],
    /// Before a period that runs up to the statement: `depuis 2014`.
    pub since: &'static str,
    /// Between the parts of a phrase: `, `; Arabic `، `.
    pub comma: &'static str,
    /// Around the two ends of a span: before the first, and between them (`2014–2017`).
    pub span: (&'static str, &'static str),
    /// In place of a period the text does not give.
    pub undated: &'static str,
    /// A qualifier in prose, before its number: approximately, more than, less than.
    pub about: &'static str,
    pub more_than: &'static str,
    pub less_than: &'static str,
    /// Less than, before a count: English `fewer than`.
    pub fewer_than: &'static str,
    /// Years, months, weeks and days, each as one and as many: `an`, `ans`.
    pub durations: [(&'static str, &'static str); 4],
    /// Before a length of time (`sur 3 mois`), and between it and its start (`, dès 2025`).
    pub over: &'static str,
    pub from_start: &'static str,
    /// Before a change's base: a year or a month (`par rapport à 2021`), a quarter (`par rapport
    /// au 1er trimestre 2024`, `compared with Q1 2024`), a half (`compared with the first half
    /// of 2024`).
    pub compared_with: (&'static str, &'static str, &'static str),

    /// A formula's operations read aloud.
    pub spoken_plus: &'static str,
    pub spoken_minus: &'static str,
    pub spoken_times: &'static str,
    /// Thousand, million, billion, each as one and as many: `million`, `millions`.
    pub scales: [(&'static str, &'static str); 3],
    /// The same on an axis, after the number: French `\u{a0}Md`, English `bn`.
    pub scales_short: [&'static str; 3],
    /// Between a million or a billion and its noun: French `de`, `d'`; nothing in English.
    pub of: &'static str,
    pub of_elided: &'static str,
    /// Said when the embed snippet is copied.
    pub copied: &'static str,
    /// After a computed figure's value: `calculé par nous`.
    pub computed_how: &'static str,
    /// Before a year: its quarters (`1er trimestre`, `Q1`) and halves (`1er semestre`).
    pub quarters: [&'static str; 4],
    pub halves: [&'static str; 2],
    /// Fractions in words: a half, a third, two thirds, a quarter, three quarters.
    pub fractions: [&'static str; 5],
    /// Around words quoted from the text: `« `, ` »`; `“`, `”`.
    pub quotation_marks: (&'static str, &'static str),
    /// A change read aloud, before its size: `hausse de`, `baisse de`.
    pub rise: &'static str,
    pub fall: &'static str,
    /// After the period of a figure that is not yet a fact.
    pub target: &'static str,
    pub forecast: &'static str,
}

/// The words that describe the visuals (their accessible descriptions and data tables), in one
/// language. Apart from [`Ui`] because only pre-rendering writes them: the browser bundle, which
/// never describes a visual again, leaves them out.
#[allow(missing_docs)] // Each field is named after what it says.
pub struct Describing {
    /// Between a date and what happened then, and between the items of a list, in descriptions.
    pub description_colon: &'static str,
    pub list_separator: &'static str,
    /// A timeline in words: `{from}`, `{to}`, `{ahead}`, `{count}` (the number of events),
    /// `{counted}` (the same with its noun, `1 événement`), `{events}`.
    pub describe_timeline: &'static str,
    /// An event, and several, after a count.
    pub event_nouns: (&'static str, &'static str),
    /// What `{ahead}` says when plans run the axis past the statement: `{last}`.
    pub describe_timeline_ahead: &'static str,
    /// A part-to-whole grid in words: `{whole}`, `{share}`, `{label}`, `{computed}`.
    pub describe_part_to_whole: &'static str,
    /// The count computed from the share: `{figure}`.
    pub describe_computed_count: &'static str,
    /// A split bar in words: `{whole}`, `{part}`, `{rest}`, `{formula}`.
    pub describe_split_bar: &'static str,
    /// Stat tiles in words: `{count}`, `{figures}`.
    pub describe_tiles: &'static str,
    /// A single tile in words: `{figures}`.
    pub describe_tile: &'static str,
    /// Bars, and changes, in words: `{figures}`.
    pub describe_bars: &'static str,
    pub describe_changes: &'static str,
    /// The columns of a timeline's table, and of a chart's.
    pub timeline_columns: [&'static str; 3],
    pub figure_columns: [&'static str; 4],
    /// A table's origin cell: quoted, or computed.
    pub table_quoted: &'static str,
    pub table_computed: &'static str,
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
    match lang {
        Lang::Fr => "Français",
        Lang::En => "English",
        Lang::Ar | Lang::ArArab => "العربية",
    }
}

/// The interface's words in `lang`.
pub fn ui(lang: Lang) -> &'static Ui {
    match lang {
        Lang::Fr => &FR,
        Lang::En => &EN,
        Lang::Ar | Lang::ArArab => &AR,
    }
}

/// The words of numbers and dates, and of the live page, in `lang`.
pub fn terms(lang: Lang) -> &'static Terms {
    match lang {
        Lang::Fr => &TERMS_FR,
        Lang::En => &TERMS_EN,
        Lang::Ar | Lang::ArArab => &TERMS_AR,
    }
}

/// The words that describe the visuals in `lang`.
pub fn describing(lang: Lang) -> &'static Describing {
    match lang {
        Lang::Fr => &DESCRIBING_FR,
        Lang::En => &DESCRIBING_EN,
        Lang::Ar | Lang::ArArab => &DESCRIBING_AR,
    }
}

static FR: Ui = Ui {
    colon: "\u{a0}: ",
    stated_in_text: "Dans le texte",
    computed: "Calculé par nous",
    show_in_text: "Voir dans le texte",
    source: "Source",
    notes: "Notes",
    show_data: "Les données en tableau",
    chart_items: "Chiffres du graphique",
    timeline_events: "Événements de la frise",
    published: "Date de publication",
    readout_hint: "Choisissez un élément, ici ou dans le texte, pour voir d'où il vient.",
    readout_hint_alone: "Choisissez un élément pour voir d'où il vient.",
    sources_heading: "Sources et méthode",
    data_version: "Version des données",
    wasm_unavailable: "Les parties interactives ne sont pas disponibles : le texte et les graphiques restent lisibles.",
    draft: ("Brouillon", "Cette explication n'est pas publiée\u{a0}: ses libellés, unités, périodes et graphiques sont des propositions à vérifier."),
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
    relative_periods: "Un trimestre ou un semestre que le texte nomme sans son année est le dernier achevé avant la date de publication, ou pour un objectif ou une prévision le prochain à venir\u{a0}; «\u{a0}l'an dernier\u{a0}», «\u{a0}cette année\u{a0}» se comptent depuis l'année de publication. Ainsi lus\u{a0}:",
    editor_dated: "Période datée par la rédaction\u{a0}: le texte ne la donne pas.",
    rounded_whole: "arrondi à l'unité",
    rounded_to: "arrondi à",
    corrections_heading: "Version des données et corrections",
    close: "Fermer",
    embeds_heading: "Cette page n'existe pas",
    index_heading: "Les décryptages",
    languages: "Langues",
    translation_notice: "Ce texte est une traduction de l'original {original}\u{a0}; les chiffres sont cités d'après la traduction.",
    read_original: "Lire l'original ({original})",
    original_in: OriginalIn {
        fr: ("en français", "en français"),
        en: ("en anglais", "en anglais"),
        ar: ("en arabe", "en arabe"),
    },
    embeds_help: "Les intégrations disponibles :",
    newsletter_help: "Pour une infolettre ou une application, sans cadre ni script : l'image, liée au graphique.",
    images_help: "Les images :",
    image_kinds: [
        "pour le web ({width} px, PNG)",
        "thème sombre ({width} px, PNG)",
        "pour un courriel ({width} px, PNG)",
        "pleine largeur ({width} px, PNG)",
        "carte de partage ({width} × {height}, PNG)",
    ],
};

static EN: Ui = Ui {
    colon: ": ",
    stated_in_text: "In the text",
    computed: "Computed by us",
    show_in_text: "Show in the text",
    source: "Source",
    notes: "Notes",
    show_data: "The data as a table",
    chart_items: "Figures in the chart",
    timeline_events: "Events on the timeline",
    published: "Date of publication",
    readout_hint: "Choose an item, here or in the text, to see where it comes from.",
    readout_hint_alone: "Choose an item to see where it comes from.",
    sources_heading: "Sources and method",
    data_version: "Data version",
    wasm_unavailable: "The interactive parts are unavailable: the text and charts remain readable.",
    draft: ("Draft", "This explainer is not published: its labels, units, periods and charts are proposals still to be checked."),
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
    relative_periods: "A quarter or a half that the text names without its year is the latest one to have ended before the date of publication, or for a target or a forecast the next one to come; “last year” and “this year” count from the year of publication. Read so:",
    editor_dated: "Period dated by the editors: the text does not give it.",
    rounded_whole: "rounded to the nearest whole number",
    rounded_to: "rounded to the nearest",
    corrections_heading: "Data version and corrections",
    close: "Close",
    embeds_heading: "This page does not exist",
    index_heading: "Explainers",
    languages: "Languages",
    translation_notice: "This article is a translation of the {original} original; the figures are quoted from the translation.",
    read_original: "Read the original ({original})",
    original_in: OriginalIn { fr: ("French", "French"), en: ("English", "English"), ar: ("Arabic", "Arabic") },
    embeds_help: "The embeds available:",
    newsletter_help: "For a newsletter or an app, where no frame or script runs: the image, linked to the chart.",
    images_help: "The images:",
    image_kinds: [
        "for the web ({width} px, PNG)",
        "dark theme ({width} px, PNG)",
        "for email ({width} px, PNG)",
        "edge to edge ({width} px, PNG)",
        "share card ({width} × {height}, PNG)",
    ],
};

static TERMS_FR: Terms = Terms {
    months: Lang::Fr.months(),
    since: "depuis",
    comma: ", ",
    span: ("", "–"),
    undated: "date non précisée",
    about: "environ",
    more_than: "plus de",
    less_than: "moins de",
    fewer_than: "moins de",
    durations: [("an", "ans"), ("mois", "mois"), ("semaine", "semaines"), ("jour", "jours")],
    over: "sur",
    from_start: ", dès ",
    compared_with: ("par rapport à", "par rapport au", "par rapport au"),
    spoken_plus: "plus",
    spoken_minus: "moins",
    spoken_times: "fois",
    scales: [("mille", "mille"), ("million", "millions"), ("milliard", "milliards")],
    scales_short: ["\u{a0}k", "\u{a0}M", "\u{a0}Md"],
    of: "\u{a0}de ",
    of_elided: "\u{a0}d'",
    copied: "Copié.",
    computed_how: "calculé par nous",
    quarters: ["1er\u{a0}trimestre", "2e\u{a0}trimestre", "3e\u{a0}trimestre", "4e\u{a0}trimestre"],
    halves: ["1er\u{a0}semestre", "2e\u{a0}semestre"],
    fractions: ["la moitié", "un tiers", "deux tiers", "un quart", "trois quarts"],
    quotation_marks: ("«\u{a0}", "\u{a0}»"),
    rise: "hausse de",
    fall: "baisse de",
    target: "objectif",
    forecast: "prévision",
};

static TERMS_EN: Terms = Terms {
    months: Lang::En.months(),
    since: "since",
    comma: ", ",
    span: ("", "–"),
    undated: "date not given",
    about: "about",
    more_than: "more than",
    less_than: "less than",
    fewer_than: "fewer than",
    durations: [("year", "years"), ("month", "months"), ("week", "weeks"), ("day", "days")],
    over: "over",
    from_start: " from ",
    compared_with: ("compared with", "compared with", "compared with the"),
    spoken_plus: "plus",
    spoken_minus: "minus",
    spoken_times: "times",
    scales: [("thousand", "thousand"), ("million", "million"), ("billion", "billion")],
    scales_short: ["k", "m", "bn"],
    of: " ",
    of_elided: " ",
    copied: "Copied.",
    computed_how: "computed by us",
    quarters: ["Q1", "Q2", "Q3", "Q4"],
    halves: ["first half of", "second half of"],
    fractions: ["half", "a third", "two thirds", "a quarter", "three quarters"],
    quotation_marks: ("“", "”"),
    rise: "a rise of",
    fall: "a fall of",
    target: "target",
    forecast: "forecast",
};

static AR: Ui = Ui {
    colon: ": ",
    stated_in_text: "في النص",
    computed: "حسبناه بأنفسنا",
    show_in_text: "عرض في النص",
    source: "المصدر",
    notes: "ملاحظات",
    show_data: "البيانات في جدول",
    chart_items: "أرقام الرسم البياني",
    timeline_events: "أحداث الخط الزمني",
    published: "تاريخ النشر",
    readout_hint: "اختر عنصرا، هنا أو في النص، لترى مصدره.",
    readout_hint_alone: "اختر عنصرا لترى مصدره.",
    sources_heading: "المصادر والمنهجية",
    data_version: "نسخة البيانات",
    wasm_unavailable: "الأجزاء التفاعلية غير متاحة: يبقى النص والرسوم البيانية مقروءة.",
    draft: ("مسودة", "هذا الشرح غير منشور: تسمياته ووحداته وفتراته ورسومه البيانية اقتراحات يجب التحقق منها."),
    no_script: "جافاسكريبت معطل: يبقى النص والرسوم البيانية وجداولها مقروءة، دون تفاعل.",
    full_explainer: "عرض الشرح كاملا",
    embed_this: "تضمين",
    embed_heading: "تضمين في مقال",
    embed_help: "الصق هذا الرمز في صفحتك: يأخذ الإطار الارتفاع المناسب تلقائيا.",
    copy: "نسخ",
    download: "تنزيل",
    data_csv: "البيانات (CSV)",
    figures_heading: "كل رقم ومصدره",
    quoted: "مقتبس",
    paragraph: "الفقرة",
    not_shown_heading: "ما لا يعرضه الشرح، ولماذا",
    relative_periods: "الفصل أو النصف من السنة الذي يذكره النص دون سنته هو آخر فصل أو نصف انتهى قبل تاريخ النشر، أو بالنسبة لهدف أو توقع، أول فصل أو نصف قادم؛ و«السنة الماضية» و«هذه السنة» تُحسبان من سنة النشر. وقد قُرئت هكذا:",
    editor_dated: "فترة حددها المحررون: لا يذكرها النص.",
    rounded_whole: "مقربا إلى أقرب عدد صحيح",
    rounded_to: "مقربا إلى أقرب",
    corrections_heading: "نسخة البيانات والتصحيحات",
    close: "إغلاق",
    embeds_heading: "هذه الصفحة غير موجودة",
    index_heading: "مقالات تفسيرية",
    languages: "اللغات",
    translation_notice: "هذا النص ترجمة للأصل {original}؛ الأرقام مقتبسة من الترجمة.",
    read_original: "قراءة الأصل ({original})",
    original_in: OriginalIn {
        fr: ("الفرنسي", "بالفرنسية"),
        en: ("الإنجليزي", "بالإنجليزية"),
        ar: ("العربي", "بالعربية"),
    },
    embeds_help: "التضمينات المتاحة:",
    newsletter_help: "لنشرة إخبارية أو تطبيق، حيث لا يعمل إطار ولا سكريبت: الصورة، مرتبطة بالرسم البياني.",
    images_help: "الصور:",
    image_kinds: [
        "للويب ({width} بكسل، PNG)",
        "المظهر الداكن ({width} بكسل، PNG)",
        "للبريد الإلكتروني ({width} بكسل، PNG)",
        "بعرض كامل ({width} بكسل، PNG)",
        "بطاقة مشاركة ({width} × {height}، PNG)",
    ],
};

static TERMS_AR: Terms = Terms {
    months: Lang::Ar.months(),
    since: "منذ",
    comma: "، ",
    span: ("من ", " إلى "),
    undated: "تاريخ غير محدد",
    about: "حوالي",
    more_than: "أكثر من",
    less_than: "أقل من",
    fewer_than: "أقل من",
    durations: [("سنة", "سنوات"), ("شهر", "أشهر"), ("أسبوع", "أسابيع"), ("يوم", "أيام")],
    over: "على مدى",
    from_start: " ابتداء من ",
    compared_with: ("مقارنة مع", "مقارنة مع", "مقارنة مع"),
    spoken_plus: "زائد",
    spoken_minus: "ناقص",
    spoken_times: "ضرب",
    scales: [("ألف", "آلاف"), ("مليون", "ملايين"), ("مليار", "مليارات")],
    scales_short: ["\u{a0}ألف", "\u{a0}مليون", "\u{a0}مليار"],
    // The counted noun follows a million or a billion directly: `5 ملايين درهم`.
    of: "\u{a0}",
    of_elided: "\u{a0}",
    copied: "تم النسخ.",
    computed_how: "حسبناه بأنفسنا",
    // As the Moroccan statistics office writes them: `الفصل الأول من سنة 2025`.
    quarters: ["الفصل الأول من سنة", "الفصل الثاني من سنة", "الفصل الثالث من سنة", "الفصل الرابع من سنة"],
    halves: ["النصف الأول من سنة", "النصف الثاني من سنة"],
    fractions: ["النصف", "الثلث", "الثلثان", "الربع", "ثلاثة أرباع"],
    quotation_marks: ("«", "»"),
    rise: "ارتفاع بمقدار",
    fall: "انخفاض بمقدار",
    target: "هدف",
    forecast: "توقع",
};

static DESCRIBING_FR: Describing = Describing {
    description_colon: " : ",
    list_separator: " ; ",
    describe_timeline: "Frise chronologique de {from} à {to}, date de publication{ahead}, avec {counted}. {events}.",
    event_nouns: ("événement", "événements"),
    describe_timeline_ahead: ", prolongée jusqu'en {last} pour ce qui est annoncé",
    describe_part_to_whole:
        "Grille de cent cases pour {whole}. Les cases colorées, {share}, représentent la {label}.{computed}",
    describe_computed_count: " Soit {figure}, un nombre calculé.",
    describe_split_bar:
        "Barre partant de zéro pour {whole}, partagée entre {part} et {rest}, un nombre calculé : {formula}.",
    describe_tiles: "{count} chiffres, chacun à sa propre échelle : {figures}.",
    describe_tile: "Un chiffre : {figures}.",
    describe_bars: "Barres partant de zéro sur une même échelle, une par chiffre : {figures}.",
    describe_changes:
        "Variations en barres de part et d'autre de zéro, les baisses à gauche, les hausses à droite : {figures}.",
    timeline_columns: ["Date", "Événement", "Dans le texte"],
    figure_columns: ["Chiffre", "Valeur", "Période", "Origine"],
    table_quoted: "cité :",
    table_computed: "calculé :",
};

static DESCRIBING_EN: Describing = Describing {
    description_colon: ": ",
    list_separator: "; ",
    describe_timeline: "Timeline from {from} to {to}, the date of publication{ahead}, with {counted}. {events}.",
    event_nouns: ("event", "events"),
    describe_timeline_ahead: ", and on to {last} for what is planned",
    describe_part_to_whole:
        "A grid of a hundred cells for {whole}. The coloured cells, {share}, show the {label}.{computed}",
    describe_computed_count: " That is {figure}, a computed number.",
    describe_split_bar: "A bar from zero for {whole}, split between {part} and {rest}, a computed number: {formula}.",
    describe_tiles: "{count} figures, each on its own scale: {figures}.",
    describe_tile: "One figure: {figures}.",
    describe_bars: "Bars from zero on one scale, one per figure: {figures}.",
    describe_changes: "Changes as bars either side of zero, falls to the left, rises to the right: {figures}.",
    timeline_columns: ["Date", "Event", "In the text"],
    figure_columns: ["Figure", "Value", "Period", "Origin"],
    table_quoted: "quoted:",
    table_computed: "computed:",
};

static DESCRIBING_AR: Describing = Describing {
    description_colon: ": ",
    list_separator: "؛ ",
    // "Number of events: 5" rather than a noun that would agree with the number.
    describe_timeline: "خط زمني من {from} إلى {to}، تاريخ النشر{ahead}. عدد الأحداث: {count}. {events}.",
    event_nouns: ("حدث", "أحداث"),
    describe_timeline_ahead: "، ويمتد حتى {last} لما هو مخطط له",
    describe_part_to_whole: "شبكة من مئة خانة تمثل {whole}. الخانات الملونة، {share}، تمثل {label}.{computed}",
    describe_computed_count: " أي {figure}، وهو رقم محسوب.",
    describe_split_bar: "شريط يبدأ من الصفر يمثل {whole}، مقسم بين {part} و{rest}، وهو رقم محسوب: {formula}.",
    describe_tiles: "عدد الأرقام: {count}، لكل منها سلمه الخاص: {figures}.",
    describe_tile: "رقم واحد: {figures}.",
    describe_bars: "أشرطة تبدأ من الصفر على سلم واحد، شريط لكل رقم: {figures}.",
    // The chart runs right to left in Arabic: falls to the right of zero, rises to its left.
    describe_changes: "تغيرات في شكل أشرطة على جانبي الصفر، الانخفاضات إلى اليمين والارتفاعات إلى اليسار: {figures}.",
    timeline_columns: ["التاريخ", "الحدث", "في النص"],
    figure_columns: ["الرقم", "القيمة", "الفترة", "المصدر"],
    table_quoted: "مقتبس:",
    table_computed: "محسوب:",
};

#[cfg(test)]
mod tests {
    use super::*;
    use vocabulary::Named;

    #[test]
    fn a_translation_names_the_language_of_its_own_original() {
        assert_eq!(
            translation_notice(Lang::En, Lang::Ar),
            (
                "This article is a translation of the Arabic original; the figures are quoted from the translation."
                    .to_string(),
                "Read the original (Arabic)".to_string()
            )
        );
        assert_eq!(translation_notice(Lang::Fr, Lang::En).1, "Lire l'original (en anglais)");
        let (notice, link) = translation_notice(Lang::Ar, Lang::Fr);
        assert!(notice.contains("للأصل الفرنسي") && link == "قراءة الأصل (بالفرنسية)", "{notice} / {link}");
        assert!(translation_notice(Lang::ArArab, Lang::En).0.contains("للأصل الإنجليزي"));
        for lang in [Lang::Fr, Lang::En, Lang::Ar] {
            for original in [Lang::Fr, Lang::En, Lang::Ar, Lang::ArArab] {
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
        for &(_, lang) in Lang::NAMES {
            assert!(terms(lang).months.iter().all(|m| !m.is_empty()));
            let words = describing(lang);
            for template in [words.describe_timeline, words.describe_split_bar, words.describe_tiles] {
                assert!(template.contains('{'), "{template}");
            }
        }
    }
}
