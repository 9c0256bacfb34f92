//! Arabic as Morocco writes it (CLDR `ar-MA`: `50.000`, `12,5`, `90%`, its own month names), or in
//! Arabic-Indic digits (`٥٠٬٠٠٠`); right to left.

use crate::{Part, Scale, TimeUnit};

use super::Plural::{self, *};
use super::{
    Describing, Digits, Drafting, Editing, Language, Numbers, Operands, Reading, Spacing, Symbols, Terms, Ui, Worth,
};
use crate::Qualifier::MoreThan as Over;
use Worth::{Count as N, Fraction as F, Qualified as Q};

pub const NUMBERS: Numbers = Numbers {
    locale: "ar-MA",
    systems: &[
        // As Morocco writes them (CLDR `ar-MA`).
        Symbols {
            digits: Digits::Latn,
            decimal: ',',
            group: '.',
            read_groups: &['.', '\u{a0}', '\u{202f}'],
            // Left-to-right marks keep the sign with its digits in right-to-left text.
            percent: "\u{200e}%\u{200e}",
            sign_mark: "\u{200e}",
        },
        // CLDR's `arab` numbering system, with its Arabic letter mark.
        Symbols {
            digits: Digits::Arab,
            decimal: '\u{066b}',
            group: '\u{066c}',
            read_groups: &['\u{066c}'],
            percent: "\u{066a}",
            sign_mark: "\u{061c}",
        },
    ],
    min_grouping: 1,
    plural,
    // A number in digits counts two and three to ten with the plural (where prose would use
    // the dual for two); 11 and more, and fractions, with the singular (`74 شبكة`).
    plural_nouns: &[Two, Few],
    plural_after_scale: false,
    rtl: true,
};

/// CLDR `ar`: zero, one, two, few (3 to 10 after the hundreds), many (11 to 99), other.
fn plural(o: Operands) -> Plural {
    let whole = o.i as f64 == o.n;
    match o.i % 100 {
        _ if o.n == 0.0 => Zero,
        _ if o.n == 1.0 => One,
        _ if o.n == 2.0 => Two,
        3..=10 if whole => Few,
        11..=99 if whole => Many,
        _ => Other,
    }
}

const MONTHS: [&str; 12] =
    ["يناير", "فبراير", "مارس", "أبريل", "ماي", "يونيو", "يوليوز", "غشت", "شتنبر", "أكتوبر", "نونبر", "دجنبر"];

pub const TERMS: Terms = Terms {
    months: MONTHS,
    month_year: " ",
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
    elides_before: &[],
    copied: "تم النسخ.",
    copy_failed: "تعذّر النسخ: الشيفرة محدَّدة، انسخها يدويًا.",
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

pub const UI: Ui = Ui {
    name: "العربية",
    original_in: &[(Language::Fr, "الفرنسي", "بالفرنسية"), (Language::En, "الإنجليزي", "بالإنجليزية"), (Language::Ar, "العربي", "بالعربية"), (Language::Es, "الإسباني", "بالإسبانية")],
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

pub const DESCRIBING: Describing = Describing {
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

pub const READING: Reading = Reading {
    number_words: &[
        ("ثلاثة أرباع", F(3, 4)),
        ("نصف", F(1, 2)),
        ("ثلثي", F(2, 3)),
        ("ثلثا", F(2, 3)),
        ("ثلث", F(1, 3)),
        ("ربع", F(1, 4)),
        ("عشرات", Q(10.0, Over)),
        ("مئات", Q(100.0, Over)),
        ("آلاف", Q(1000.0, Over)),
        ("اثنان", N(2.0)),
        ("اثنين", N(2.0)),
        ("اثنتان", N(2.0)),
        ("اثنتين", N(2.0)),
        ("ثلاثة", N(3.0)),
        ("ثلاث", N(3.0)),
        ("أربعة", N(4.0)),
        ("أربع", N(4.0)),
        ("خمسة", N(5.0)),
        ("خمس", N(5.0)),
        ("ستة", N(6.0)),
        ("سبعة", N(7.0)),
        ("ثمانية", N(8.0)),
        ("تسعة", N(9.0)),
        ("عشرة", N(10.0)),
        ("عشرين", N(20.0)),
        ("عشرون", N(20.0)),
    ],
    scale_words: &[
        ("ألف", Scale::Thousand, Spacing::Spaced),
        ("آلاف", Scale::Thousand, Spacing::Spaced),
        ("مليون", Scale::Million, Spacing::Spaced),
        ("ملايين", Scale::Million, Spacing::Spaced),
        ("مليار", Scale::Billion, Spacing::Spaced),
        ("مليارات", Scale::Billion, Spacing::Spaced),
    ],
    about: &["حوالي", "حوالى", "نحو", "قرابة", "زهاء", "ما يقارب", "تقريبا", "ما يناهز"],
    more_than: &["أكثر من", "أزيد من", "ما يزيد عن", "ما يزيد على", "ما يفوق", "على الأقل"],
    less_than: &["أقل من", "ما يقل عن"],
    bridges: &[],
    rises: &[
        "ارتفع",
        "ارتفاع",
        "يرتفع",
        "زاد",
        "زيادة",
        "ازداد",
        "يزداد",
        "ارتفعت",
        "نما",
        "نمو",
        "تضاعف",
        "صعد",
        "قفز",
        "تحسن",
    ],
    falls: &[
        "انخفض",
        "انخفاض",
        "ينخفض",
        "تراجع",
        "يتراجع",
        "هبط",
        "هبوط",
        "انكمش",
        "انكماش",
        "نقص",
        "تقلص",
        "تدنى",
        "انحدر",
    ],
    move_nouns: &["ارتفاع", "زيادة", "نمو", "انخفاض", "هبوط", "انكماش"],
    level_words: &["إلى"],
    targets: &["هدف", "يهدف", "تهدف", "أفق", "بحلول", "يسعى", "تسعى", "يطمح", "تطمح"],
    forecasts: &["يتوقع", "توقع", "متوقع", "مرتقب", "ينتظر", "منتظر", "سوف"],
    ambiguous_outlook: &[],
    governing_outlook: &[],
    future_verbs: &["سيتم", "ستتم", "سيكون", "ستكون", "سيبلغ", "ستبلغ", "سيصل", "ستصل"],
    future_endings: &[],
    not_future: &[],
    parts: &[
        ("الربع الأول", Part::Quarter(1)),
        ("الربع الثاني", Part::Quarter(2)),
        ("الربع الثالث", Part::Quarter(3)),
        ("الربع الرابع", Part::Quarter(4)),
        ("الربع الأخير", Part::Quarter(4)),
        ("الفصل الأول", Part::Quarter(1)),
        ("الفصل الثاني", Part::Quarter(2)),
        ("الفصل الثالث", Part::Quarter(3)),
        ("الفصل الرابع", Part::Quarter(4)),
        ("النصف الأول", Part::Half(1)),
        ("النصف الثاني", Part::Half(2)),
        ("الأسدس الأول", Part::Half(1)),
        ("الأسدس الثاني", Part::Half(2)),
    ],
    years_by_distance: &[
        ("هذه السنة", 0),
        ("هذا العام", 0),
        ("السنة الجارية", 0),
        ("العام الجاري", 0),
        ("نهاية السنة", 0),
        ("نهاية العام", 0),
        ("السنة الماضية", -1),
        ("العام الماضي", -1),
        ("السنة المقبلة", 1),
        ("العام المقبل", 1),
    ],
    time_units: &[
        ("سنة", TimeUnit::Year),
        ("سنوات", TimeUnit::Year),
        ("سنين", TimeUnit::Year),
        ("عام", TimeUnit::Year),
        ("أعوام", TimeUnit::Year),
        ("شهر", TimeUnit::Month),
        ("أشهر", TimeUnit::Month),
        ("شهور", TimeUnit::Month),
        ("أسبوع", TimeUnit::Week),
        ("أسابيع", TimeUnit::Week),
        ("يوم", TimeUnit::Day),
        ("أيام", TimeUnit::Day),
    ],
    length_adjectives: &[],
    one_words: &["واحد", "واحدة"],
    from_now: &["المقبلة", "القادمة"],
    year_edges: &[("نهاية", 12), ("أواخر", 12)],
    target_before_year: &["بحلول"],
    since: &["منذ"],
    same_period: &["نفس الفترة", "الفترة نفسها", "الفترة ذاتها"],
    percent_leads: &[],
    ordinals_before: &[],
    // Arabic puts the ordinal after the fraction: `النصف الأول` is a part of a year.
    ordinals_after: &["الأول", "الثاني", "الثالث", "الرابع", "الأخير"],
    titles: &[],
    script: Some(('\u{0600}', '\u{06ff}')),
    sentence_openers: &['«', '"', '“'],
    // `و` (and), `ب`, `ل`, `ف`, `ك`, and the article `ال`, alone or together.
    glued_particles: &[
        "و", "ف", "ب", "ل", "ك", "ال", "وال", "فال", "بال", "كال", "لل", "ول", "وب", "فب", "فل", "ولل", "وبال", "فبال",
    ],
    dual_endings: &["تين", "تان", "ين", "ان"],
    verb_first: true,
};

/// The drafter does not read Arabic yet: `draft` says so; the compiler reads and checks it.
pub const DRAFTING: Option<&Drafting> = None;

/// The editor speaks another language's interface to this one's editors (its words are to come).
pub const EDITING: Option<&Editing> = None;
