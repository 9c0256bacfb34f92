//! What a language pack holds: one struct per use, so that each side links only what it reads
//! (the reader's bundle writes numbers and a few words; pre-rendering writes the interface and
//! the descriptions; the compiler reads). Every field is required: a pack that forgets one does
//! not compile, and `tests` checks that no list a language needs is left empty.

use crate::{Part, Qualifier, Scale, TimeUnit};

use super::{Digits, Language, Plural};

/// How a language writes numbers (CLDR's number symbols and plural rules for it).
pub struct Numbers {
    /// The CLDR locale whose number styles and plural rules these are: `es`, `ar-MA`.
    pub locale: &'static str,
    /// Each numbering system the language may be written in, the default first.
    pub systems: &'static [Symbols],
    /// CLDR's `minimumGroupingDigits`: Spanish writes `1400` but `14.000` (2); the others
    /// group from four digits (1).
    pub min_grouping: u8,
    /// CLDR's cardinal plural rule.
    pub plural: fn(Operands) -> Plural,
    /// The plural categories after which a noun takes its plural form: French `2 migrants`;
    /// Arabic only after two and `few` (3 to 10), a singular after 11 and more.
    pub plural_nouns: &'static [Plural],
    /// Whether a noun after a scale word takes its plural: `5 milliards de dirhams`, but Arabic
    /// `5 ملايين درهم`.
    pub plural_after_scale: bool,
    /// Whether the language is written right to left.
    pub rtl: bool,
}

/// A number's parts as CLDR's plural rules read them: the absolute value, its whole part, and
/// its visible decimals (`1.0` has one, `1` none).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Operands {
    /// The absolute value, `n`.
    pub n: f64,
    /// Its whole part, `i`.
    pub i: u64,
    /// How many decimals are written, `v`.
    pub v: u8,
}

impl Operands {
    /// The operands of `value` written with `decimals` decimals.
    pub fn new(value: f64, decimals: u8) -> Operands {
        let n = value.abs();
        Operands { n, i: n as u64, v: decimals }
    }

    /// Whether the value is a whole number written without decimals, and so `n % m` an integer.
    pub fn whole(self) -> bool {
        self.v == 0 && self.i as f64 == self.n
    }
}

/// The marks of one numbering system in one language (CLDR's `symbols-numberSystem-*`).
pub struct Symbols {
    /// Which digits.
    pub digits: Digits,
    /// Between a number's whole part and its decimals.
    pub decimal: char,
    /// Between groups of thousands, as the explainer writes them.
    pub group: char,
    /// The marks a text in this language may group thousands with (the compiler reads them
    /// all): French `50.000` and `50 000` with any space.
    pub read_groups: &'static [char],
    /// What follows a percentage: French `\u{a0}%` (CLDR: a no-break space), English `%`.
    pub percent: &'static str,
    /// What keeps a leading sign on its side of the digits in the language's text: in
    /// right-to-left text a left-to-right mark (CLDR's Arabic signs carry it).
    pub sign_mark: &'static str,
}

/// The most notes a visual takes (each has its mark in `Terms::note_marks`).
pub const NOTES: usize = 8;

/// The words that go with numbers and dates and what the live page says, in one language: the
/// only words the reader's bundle writes itself.
#[allow(missing_docs)] // Each field is named after what it says.
pub struct Terms {
    /// January to December, as a date writes them.
    pub months: [&'static str; 12],
    /// Between a month and its year: ` `; Spanish ` de ` (`septiembre de 2018`).
    pub month_year: &'static str,
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
    /// Before a change's base: a year or a month, a quarter, a half.
    pub compared_with: (&'static str, &'static str, &'static str),
    /// A formula's operations read aloud.
    pub spoken_plus: &'static str,
    pub spoken_minus: &'static str,
    pub spoken_times: &'static str,
    /// Thousand, million, billion, each as one and as many: `million`, `millions`.
    pub scales: [(&'static str, &'static str); 3],
    /// The same on an axis, after the number: French `\u{a0}Md`, English `bn`.
    pub scales_short: [&'static str; 3],
    /// Between a million or a billion and its noun: French `de`, and `d'` before the letters
    /// of [`Self::elides_before`]; nothing in English.
    pub of: &'static str,
    pub of_elided: &'static str,
    /// The first letters of a noun that take [`Self::of_elided`] (French vowels and mute h).
    pub elides_before: &'static [char],
    /// Said when the embed snippet is copied.
    pub copied: &'static str,
    /// Said when the browser could not copy it: the snippet is selected, to copy by hand.
    pub copy_failed: &'static str,
    /// What marks a visual's notes drawn from the text, in order, on their marks and before
    /// their words: letters, so that they are not read as a timeline's numbered events.
    pub note_marks: [&'static str; NOTES],
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

/// The words of the interface in one language, written at build time. Templates hold
/// `{name}` placeholders.
#[allow(missing_docs)] // Each field is named after what it says.
pub struct Ui {
    /// The language's name in itself, as a language switch shows it: `Español`.
    pub name: &'static str,
    /// Each language an original may be in, as this language names it above a translation
    /// (`{original}` of [`Self::translation_notice`]) and in the link to it.
    pub original_in: &'static [(Language, &'static str, &'static str)],
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
    pub published: &'static str,
    pub readout_hint: &'static str,
    /// The same, in an embed of one visual, where there is no text to choose from.
    pub readout_hint_alone: &'static str,
    /// An embed's steps through the text: their name, and the buttons to the sentence before
    /// and the next.
    pub steps: &'static str,
    pub step_back: &'static str,
    pub step_on: &'static str,
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
    /// The rule for periods the text gives without their year.
    pub relative_periods: &'static str,
    /// Under a figure whose period no words of the text give.
    pub editor_dated: &'static str,
    /// How a computed figure was rounded: to a whole number, or to a step.
    pub rounded_whole: &'static str,
    pub rounded_to: &'static str,
    pub corrections_heading: &'static str,
    pub close: &'static str,
    pub embeds_heading: &'static str,
    /// The site's index of explainers: its heading.
    pub index_heading: &'static str,
    pub languages: &'static str,
    /// Above a translation: `{original}` is the original's language.
    pub translation_notice: &'static str,
    pub read_original: &'static str,
    pub embeds_help: &'static str,
    pub newsletter_help: &'static str,
    pub images_help: &'static str,
    /// Each kind of image, its size in `{width}` (and `{height}`).
    pub image_kinds: [&'static str; 5],
}

/// The words that describe the visuals (accessible descriptions and data tables): only
/// pre-rendering writes them.
#[allow(missing_docs)] // Each field is named after what it says.
pub struct Describing {
    pub description_colon: &'static str,
    pub list_separator: &'static str,
    /// `{from}`, `{to}`, `{ahead}`, `{count}`, `{counted}`, `{events}`.
    pub describe_timeline: &'static str,
    pub event_nouns: (&'static str, &'static str),
    /// `{last}`.
    pub describe_timeline_ahead: &'static str,
    /// `{whole}`, `{share}`, `{label}`, `{computed}`.
    pub describe_part_to_whole: &'static str,
    /// `{figure}`.
    pub describe_computed_count: &'static str,
    /// `{whole}`, `{part}`, `{rest}`, `{formula}`.
    pub describe_split_bar: &'static str,
    /// `{count}`, `{figures}`.
    pub describe_tiles: &'static str,
    pub describe_tile: &'static str,
    pub describe_bars: &'static str,
    pub describe_changes: &'static str,
    pub timeline_columns: [&'static str; 3],
    pub figure_columns: [&'static str; 4],
    pub table_quoted: &'static str,
    pub table_computed: &'static str,
}

/// What a number word is worth.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Worth {
    /// A whole number.
    Count(f64),
    /// A fraction, numerator over denominator.
    Fraction(u8, u8),
    /// A whole number the word itself qualifies (`une dizaine`: about ten).
    Qualified(f64, Qualifier),
    /// A number only before a scale word: `un million`, `a billion`, `half a million`.
    BeforeScale(f64),
}

/// Where a scale word may stand against its number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Spacing {
    /// Apart: `5 milliards`.
    Spaced,
    /// Glued: `$2bn`'s `bn` may be either, `£5m`'s `m` only glued.
    Glued,
    /// Either.
    Either,
    /// Spaced or glued, but only right before a currency sign (`3 M€`).
    BeforeCurrency,
}

/// The words the content compiler reads around numbers in one language: the checks hold an
/// editor's file to them, the drafter reads a raw article with them. Words are lower case;
/// lists of stems match the start of a word (`recul` in `a reculé`).
#[allow(missing_docs)] // Each field says what it holds.
pub struct Reading {
    /// Number words, longest first where one starts another; a word counts only as a whole
    /// word. The articles `un`, `one` count only before a scale word.
    pub number_words: &'static [(&'static str, Worth)],
    /// Scale words: the word (case kept: French `M` is a scale, `m` a metre), its scale, and
    /// how it stands against its number.
    pub scale_words: &'static [(&'static str, Scale, Spacing)],
    /// The word before `cent` (a hundred) that makes it a percent sign: French `pour cent`.
    pub percent_leads: &'static [&'static str],
    /// Ordinals before a fraction that make it a part of a year (`first half`), and after it
    /// where the language puts them there (`النصف الأول`).
    pub ordinals_before: &'static [&'static str],
    pub ordinals_after: &'static [&'static str],
    /// Words (before a full stop) that are titles or abbreviations, not a sentence's end:
    /// `Mme.`, `Mr.`, `Sra.`.
    pub titles: &'static [&'static str],
    /// The letters of a script that only this language's texts are written in, first and last,
    /// by which a text's language is told: Arabic's `U+0600`–`U+06FF`.
    pub script: Option<(char, char)>,
    /// Marks that may open a sentence besides a capital or a digit: `«`, Spanish `¿` and `¡`.
    pub sentence_openers: &'static [char],
    /// Particles glued to the next word (Arabic `و`, `ال`, `لل`): what follows still starts a
    /// word. Empty where a language writes its particles apart.
    pub glued_particles: &'static [&'static str],
    /// Endings of a noun in the dual (Arabic's way of saying two without a number).
    pub dual_endings: &'static [&'static str],
    /// Qualifiers before a number: approximately, more than, less than.
    pub about: &'static [&'static str],
    pub more_than: &'static [&'static str],
    pub less_than: &'static [&'static str],
    /// Small words between a qualifier and its number: `près de la moitié`, `more than a third`.
    pub bridges: &'static [&'static str],
    /// Stems that say a thing rose, and fell.
    pub rises: &'static [&'static str],
    pub falls: &'static [&'static str],
    /// Nouns of a move (`انخفاض`), which say how much, not the level reached.
    pub move_nouns: &'static [&'static str],
    /// Words right before a number that make it the level reached: `à`, `to`.
    pub level_words: &'static [&'static str],
    /// Whether the verb comes before its subject, so that the verb of a level reached may stand
    /// far from the level: Arabic.
    pub verb_first: bool,
    /// Stems or phrases of a target, and of a forecast.
    pub targets: &'static [&'static str],
    pub forecasts: &'static [&'static str],
    /// Outlook words too common in other senses for a quote to be held to them.
    pub ambiguous_outlook: &'static [&'static str],
    /// Outlook words that say a plan only a few words before the number they govern.
    pub governing_outlook: &'static [&'static str],
    /// Verbs in the future tense that the endings would miss; endings of the future tense
    /// (of words of six letters or more); words those endings would take for verbs.
    pub future_verbs: &'static [&'static str],
    pub future_endings: &'static [&'static str],
    pub not_future: &'static [&'static str],
    /// Parts of a year named without their number, and what they name.
    pub parts: &'static [(&'static str, Part)],
    /// Years named by their distance from the statement's: `l'an dernier` is -1.
    pub years_by_distance: &'static [(&'static str, i32)],
    /// Words that count a duration: `mois`, `years`.
    pub time_units: &'static [(&'static str, TimeUnit)],
    /// Words that may stand between a length's number and its unit: `trois prochaines années`.
    pub length_adjectives: &'static [&'static str],
    /// One of a unit of time without a number: `en un an`.
    pub one_words: &'static [&'static str],
    /// Words that start a length of time at the statement: `d'ici`, `within`.
    pub from_now: &'static [&'static str],
    /// Words that name the end of a year, and so a month: `fin 2025` is December.
    pub year_edges: &'static [(&'static str, u8)],
    /// Words before a year that make it a target's date: `by 2030`.
    pub target_before_year: &'static [&'static str],
    /// Words that open a period running from a start to the statement: `depuis`, `since`.
    pub since: &'static [&'static str],
    /// Words that give a figure the period of the one before it: `same period`.
    pub same_period: &'static [&'static str],
}

/// The words the drafter reads and writes in one language. A language without them is not
/// drafted (`draft` says so), but is read and checked.
#[allow(missing_docs)] // Each field says what it holds.
pub struct Drafting {
    /// The language's commonest words, by which the drafter tells a text's language.
    pub common_words: &'static [&'static str],
    /// Elided articles glued to a word: `l'`, `d'`.
    pub elisions: &'static [&'static str],
    /// Words that hold a clause together around a number: a noun never is one of them.
    pub function_words: &'static [&'static str],
    /// Small words an id is not made of: `la`, `the`, `est`.
    pub small_words: &'static [&'static str],
    /// Articles a label does not start with: `la`, `the`.
    pub leading_articles: &'static [&'static str],
    /// Words between a scale or a spelled number and its noun: `de`, `of`.
    pub of: &'static [&'static str],
    /// A word right before a number that makes it the level reached, not a change's size:
    /// `à`, `atteint`, `reached`.
    pub reached: &'static [&'static str],
    /// Words before a noun that make it the whole a share is of: `des`, `sur`, `among`.
    pub share_of: &'static [&'static str],
    /// Words after which a four-digit number is a year whatever follows it.
    pub year_leads: &'static [&'static str],
    /// The noun of a year, as a word before a year ends in it (`l'année 2018`, `mi-année`).
    pub year_noun: &'static str,
    /// Words a date phrase may start with, besides the year leads and month names.
    pub date_words: &'static [&'static str],
    /// Words that join two years: `2014 et 2017`.
    pub year_joiners: &'static [&'static str],
    /// Words before a date that make it a comparison's base.
    pub bases: &'static [&'static str],
    /// Words that say a figure is of the statement's time.
    pub now_words: &'static [&'static str],
    /// Words before a length of time that make it one, and whether they start it at the
    /// statement (`d'ici trois ans`).
    pub length_leads: &'static [(&'static str, bool)],
    /// Words between a length's lead and its number: `over the next five years`.
    pub length_fillers: &'static [&'static str],
    /// Words that join a length to its start: `à partir de 2025`.
    pub length_starts: &'static [&'static str],
    /// Whether a day's number may stand after its month with no other word (`March 3`).
    pub day_after_month: bool,
    /// Words that make a number part of the figure before it: `dont 1400`, and after it
    /// (`85 of them`).
    pub part_before: &'static [&'static str],
    pub part_after: &'static [&'static [&'static str]],
    /// Percentage points, in one and in many (`point`, `points`), and the words that may stand
    /// before them (`percentage points`).
    pub points: (&'static str, &'static str),
    pub points_before: &'static [&'static str],
    /// Words that link a conjunction's two halves: a label stops at them.
    pub conjunctions: &'static [&'static str],
    /// Currencies the language names in words: ISO code, the words that name it in a text,
    /// and its unit's words (singular, plural).
    pub currencies: &'static [Currency],
    /// How a plural noun becomes singular: endings replaced (`aux` → `al`), tried in order;
    /// a plain `s` last.
    pub singular_endings: &'static [(&'static str, &'static str)],
    /// Plurals the endings would miss, and their singular: `people`, `person`.
    pub irregular: &'static [(&'static str, &'static str)],
    /// Whether an adjective follows its noun (French, Spanish) or comes before it.
    pub adjective_after_noun: bool,
    /// A part's takeaway: `{whole}`, `{part}`, `{label}`.
    pub part_takeaway: &'static str,
    /// Why a number is not a figure, and the other words a draft writes itself.
    pub day_reason: &'static str,
    pub spelled_reason: &'static str,
    /// `{word}` is the quote's word.
    pub level_reason: &'static str,
    pub fact_reason: &'static str,
    pub base_reason: &'static str,
    pub ahead_reason: &'static str,
    pub unknown_year_reason: &'static str,
    pub length_reason: &'static str,
    pub no_label: &'static str,
    pub others: &'static str,
    pub no_event_label: &'static str,
    pub timeline_title: &'static str,
    pub timeline_takeaway: &'static str,
    pub changes_title: &'static str,
    pub changes_takeaway: &'static str,
    pub of_the: &'static str,
    pub and: &'static str,
    pub generic_unit: (&'static str, &'static str),
    /// What a draft's unknown field says: `À préciser`.
    pub to_be_given: &'static str,
}

/// A currency as a language names it.
pub struct Currency {
    /// Its ISO 4217 code.
    pub code: &'static str,
    /// The words and signs that name it in a text: `euros`, `€`.
    pub names: &'static [&'static str],
    /// Its unit's words, singular and plural.
    pub words: (&'static str, &'static str),
}

/// The words of the editor in the browser (`/editor/`), in a language its interface speaks.
/// A language without them is still edited, in the interface of another. `{n}` and the like
/// are filled in by the editor.
#[allow(missing_docs)] // Each field is the control or message it names.
pub struct Editing {
    pub title: &'static str,
    /// What the editor is, under its title.
    pub intro: &'static str,
    pub interface: &'static str,
    pub start: &'static str,
    pub article_text: &'static str,
    pub article_placeholder: &'static str,
    pub open: &'static str,
    /// What the file picker takes.
    pub open_help: &'static str,
    pub draft: &'static str,
    /// After drafting: `{figures}`, `{events}`, `{marks}`.
    pub drafted: &'static str,
    /// A file opened: `{name}`.
    pub opened: &'static str,
    pub restored: &'static str,
    pub the_text: &'static str,
    /// Over the text: how its numbers are marked.
    pub text_help: &'static str,
    pub numbers_in_text: &'static str,
    /// A number's status: accounted for, a guess to check, a fault.
    pub statuses: [&'static str; 3],
    /// What accounts for a number: a figure `{id}`, the period of `{id}`, an event `{id}`, a
    /// not-figure, a refused item, nothing.
    pub claims: [&'static str; 6],
    pub items: &'static str,
    /// The sections of a content file, by the file's names.
    pub sections: &'static [(&'static str, &'static str)],
    pub choose_item: &'static str,
    pub to_check: &'static str,
    pub confirm: &'static str,
    pub quote_selection: &'static str,
    pub select_first: &'static str,
    pub quote_not_found: &'static str,
    pub remove_entry: &'static str,
    /// An entry moved in its list: the order charts show in.
    pub move_earlier: &'static str,
    pub move_later: &'static str,
    /// A field taken out of its item.
    pub remove_field: &'static str,
    /// Asked before a new draft replaces a content file that is not empty.
    pub replace_file: &'static str,
    /// Over the preview while the file has a fault.
    pub preview_stale: &'static str,
    pub not_a_figure: &'static str,
    pub reason: &'static str,
    /// A number nothing accounts for: `{number}`.
    pub unaccounted_help: &'static str,
    pub faults: &'static str,
    pub no_faults: &'static str,
    pub marks: &'static str,
    pub no_marks: &'static str,
    /// A mark: its line `{line}` and what it asks `{text}`.
    pub mark_line: &'static str,
    pub preview: &'static str,
    pub preview_help: &'static str,
    pub phone: &'static str,
    pub desktop: &'static str,
    pub preview_language: &'static str,
    pub preview_page: &'static str,
    pub preview_of: &'static str,
    pub content_file: &'static str,
    pub publish: &'static str,
    pub published: &'static str,
    pub download_file: &'static str,
    pub download_text: &'static str,
    pub kept: &'static str,
}
