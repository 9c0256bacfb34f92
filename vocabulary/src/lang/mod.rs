//! The languages the explainer speaks. Everything it knows of a language is in that language's
//! pack, one file each (`fr.rs`, `en.rs`, `ar.rs`, `es.rs`): its numbers (CLDR's symbols and
//! plural rules), the words of dates and the live page ([`Terms`]), of the interface ([`Ui`]),
//! of the descriptions ([`Describing`]), what the compiler reads ([`Reading`]), what the
//! drafter writes ([`Drafting`]) and the editor's interface ([`Editing`]). Adding a language is a pack and a line in [`languages!`];
//! code that other languages run through never names a language.

mod pack;

mod ar;
mod en;
mod es;
mod fr;

pub use pack::*;

use crate::Named;

/// Declares the languages and their packs in one list: a language cannot lack a pack, nor a
/// pack its language.
macro_rules! languages {
    ($($(#[$meta:meta])* $variant:ident = $code:literal => $pack:ident,)+) => {
        named_enum! {
            /// A language, by its ISO 639-1 code.
            pub enum Language { $($(#[$meta])* $variant = $code,)+ }
        }

        impl Language {
            /// How the language writes numbers.
            pub fn numbers(self) -> &'static Numbers {
                match self { $(Language::$variant => &$pack::NUMBERS,)+ }
            }

            /// The words of numbers, dates and the live page.
            pub fn terms(self) -> &'static Terms {
                match self { $(Language::$variant => &$pack::TERMS,)+ }
            }

            /// The words of the interface.
            pub fn ui(self) -> &'static Ui {
                match self { $(Language::$variant => &$pack::UI,)+ }
            }

            /// The words that describe the visuals.
            pub fn describing(self) -> &'static Describing {
                match self { $(Language::$variant => &$pack::DESCRIBING,)+ }
            }

            /// The words the compiler reads.
            pub fn reading(self) -> &'static Reading {
                match self { $(Language::$variant => &$pack::READING,)+ }
            }

            /// The words the drafter reads and writes, if it drafts this language.
            pub fn drafting(self) -> Option<&'static Drafting> {
                match self { $(Language::$variant => $pack::DRAFTING,)+ }
            }

            /// The words of the editor's interface, if it speaks this language.
            pub fn editing(self) -> Option<&'static Editing> {
                match self { $(Language::$variant => $pack::EDITING,)+ }
            }
        }
    };
}

languages! {
    /// French: `50 000` (narrow no-break spaces), `12,5`, `90 %`.
    Fr = "fr" => fr,
    /// English: `50,000`, `12.5`, `90%`.
    En = "en" => en,
    /// Arabic as Morocco writes it (CLDR `ar-MA`): `50.000`, `12,5`, `90%`, right to left; or
    /// in Arabic-Indic digits (`٥٠٬٠٠٠`).
    Ar = "ar" => ar,
    /// Spanish (CLDR `es`): `50.000` but `1400`, `12,5`, `90 %`.
    Es = "es" => es,
}

named_enum! {
    /// A numbering system (CLDR's names): the digits a language writes numbers in.
    pub enum Digits {
        /// Western digits, `0`–`9`.
        Latn = "latn",
        /// Arabic-Indic digits, `٠`–`٩`.
        Arab = "arab",
    }
}

impl Digits {
    /// Its digit zero; the other digits follow it.
    pub fn zero(self) -> char {
        match self {
            Digits::Latn => '0',
            Digits::Arab => '\u{0660}',
        }
    }
}

named_enum! {
    /// CLDR's plural categories.
    pub enum Plural {
        /// `zero`.
        Zero = "zero",
        /// `one`.
        One = "one",
        /// `two`.
        Two = "two",
        /// `few`.
        Few = "few",
        /// `many`.
        Many = "many",
        /// `other`.
        Other = "other",
    }
}

/// A language as a page writes it: the language and its digits (an article chooses Arabic's,
/// `digits = { ar = "arab" }`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize)]
pub struct Lang {
    /// The language.
    pub language: Language,
    /// Its digits.
    pub digits: Digits,
}

impl Default for Lang {
    /// The first language declared, in its default digits: what a file whose language is unknown
    /// is still checked in, so that its other faults show.
    fn default() -> Lang {
        Lang::from(Language::NAMES[0].1)
    }
}

impl From<Language> for Lang {
    /// The language in its default digits.
    fn from(language: Language) -> Lang {
        Lang { language, digits: language.numbers().systems[0].digits }
    }
}

#[allow(missing_docs)]
impl Lang {
    pub const FR: Lang = Lang { language: Language::Fr, digits: Digits::Latn };
    pub const EN: Lang = Lang { language: Language::En, digits: Digits::Latn };
    pub const AR: Lang = Lang { language: Language::Ar, digits: Digits::Latn };
    pub const ES: Lang = Lang { language: Language::Es, digits: Digits::Latn };
    /// Arabic in Arabic-Indic digits.
    pub const AR_ARAB: Lang = Lang { language: Language::Ar, digits: Digits::Arab };
}

impl Lang {
    /// Every language in its default digits, in the order they are declared.
    pub fn all() -> impl Iterator<Item = Lang> {
        Language::NAMES.iter().map(|&(_, language)| Lang::from(language))
    }

    /// The language whose code is `code`, in its default digits.
    pub fn parse(code: &str) -> Option<Lang> {
        Language::parse(code).map(Lang::from)
    }

    /// The language's code: `fr`, `en`.
    pub fn code(self) -> &'static str {
        self.language.name()
    }

    /// The BCP 47 tag of the language and its digits when they are not its default:
    /// `ar-u-nu-arab`.
    pub fn tag(self) -> String {
        if Lang::from(self.language) == self {
            self.code().to_string()
        } else {
            [self.code(), "-u-nu-", self.digits.name()].concat()
        }
    }

    /// How the language writes numbers.
    pub fn numbers(self) -> &'static Numbers {
        self.language.numbers()
    }

    /// The marks of its numbering system.
    pub fn symbols(self) -> &'static Symbols {
        let systems = self.numbers().systems;
        systems.iter().find(|s| s.digits == self.digits).unwrap_or(&systems[0])
    }

    /// The words of numbers, dates and the live page.
    pub fn terms(self) -> &'static Terms {
        self.language.terms()
    }

    /// The words of the interface.
    pub fn ui(self) -> &'static Ui {
        self.language.ui()
    }

    /// The words that describe the visuals.
    pub fn describing(self) -> &'static Describing {
        self.language.describing()
    }

    /// The words the compiler reads.
    pub fn reading(self) -> &'static Reading {
        self.language.reading()
    }

    /// The months' names as the language writes them in a date, January first.
    pub fn months(self) -> [&'static str; 12] {
        self.terms().months
    }

    /// Its digit zero: `0`, or `٠` (U+0660).
    pub fn zero(self) -> char {
        self.digits.zero()
    }

    /// `n` in the language's digits, with no separator: a year, a count, a rank.
    pub fn digits(self, n: u64) -> String {
        let zero = u32::from(self.zero());
        let mut out = String::new();
        for digit in n.to_string().bytes() {
            out.push(char::from_u32(zero + u32::from(digit - b'0')).unwrap_or('?'));
        }
        out
    }

    /// Whether the language is written right to left.
    pub fn is_rtl(self) -> bool {
        self.numbers().rtl
    }

    /// The mark between a number's whole part and its decimals.
    pub fn decimal_mark(self) -> char {
        self.symbols().decimal
    }

    /// The marks a text in this language may put between groups of thousands.
    pub fn thousands_marks(self) -> &'static [char] {
        self.symbols().read_groups
    }

    /// The mark the explainer writes between groups of thousands.
    pub fn group_separator(self) -> char {
        self.symbols().group
    }

    /// Whether a whole part of `digits` digits is grouped (CLDR's minimum grouping digits).
    pub fn groups(self, digits: usize) -> bool {
        digits >= 3 + usize::from(self.numbers().min_grouping)
    }

    /// The plural category of `value` written with `decimals` decimals.
    pub fn plural(self, value: f64, decimals: u8) -> Plural {
        (self.numbers().plural)(Operands::new(value, decimals))
    }

    /// Whether a noun after `count` takes its plural form (`count` as written: a whole number
    /// with no decimals, else with one).
    pub fn takes_plural(self, count: f64) -> bool {
        let operands = Operands::new(count, 0);
        let decimals = u8::from(operands.i as f64 != operands.n);
        self.numbers().plural_nouns.contains(&self.plural(count, decimals))
    }

    /// Whether a noun after a scale word takes its plural.
    pub fn plural_after_scale(self) -> bool {
        self.numbers().plural_after_scale
    }

    /// What follows a percentage.
    pub fn percent_sign(self) -> &'static str {
        self.symbols().percent
    }

    /// What keeps a leading sign on its side of the digits.
    pub fn sign_mark(self) -> &'static str {
        self.symbols().sign_mark
    }
}

#[cfg(test)]
mod tests;
