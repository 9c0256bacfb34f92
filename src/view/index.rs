//! The site's index: every listed explainer, newest first, each with its share card, title,
//! date and standfirst, in the page's language where the explainer is told in it (else in its
//! own, marked so), with links to its other languages. One `main` landmark; no script.

use leptos::prelude::*;

use crate::content::Lang;
use crate::ui::{language_name, ui};

/// An explainer as the index shows it, in one of its languages: written once per article by
/// pre-rendering (`site::listings`, kept in `<slug>/listing.json`), so that the index is made
/// again without reading every article.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Listing {
    /// Its language's code (`fr`, `ar`).
    pub lang: String,
    /// Its title, as its page writes it.
    pub title: String,
    /// Its standfirst.
    pub standfirst: String,
    /// The statement's date, as its page writes it, and in ISO form (`2018-09`).
    pub date: (String, String),
    /// Its page, from the site's root (`logement/`, `logement/en/`).
    pub href: String,
    /// Its share card, from the site's root, and the card's text; none for a draft.
    pub card: Option<(String, String)>,
}

/// The index page in `lang`: one entry per explainer, each in `lang` if told in it.
#[component]
pub fn SiteIndex(
    /// The page's language.
    lang: Lang,
    /// Each explainer, in every language it is told in (the original first), newest first.
    explainers: Vec<Vec<Listing>>,
    /// The site's root, ending in `/`.
    root: String,
    /// The other languages' indexes: each language and its page, from the site's root.
    others: Vec<(Lang, String)>,
    /// Whether this is the page for an address that does not exist.
    not_found: bool,
) -> impl IntoView {
    let text = ui(lang);
    let heading = if not_found { text.embeds_heading } else { text.index_heading };
    let links = others
        .into_iter()
        .map(|(other, href)| {
            view! {
                <a class="ex-language" href=format!("{root}{href}") hreflang=other.code() lang=other.code()>
                    {language_name(other)}
                </a>
            }
        })
        .collect_view();
    let entries = explainers
        .into_iter()
        .map(|listings| {
            let shown = listings.iter().find(|l| l.lang == lang.code()).unwrap_or(&listings[0]).clone();
            let also: Vec<_> = listings
                .iter()
                .filter(|l| l.href != shown.href)
                .filter_map(|l| {
                    let other = lang_of(&l.lang)?;
                    Some(view! {
                        " "
                        <a href=format!("{root}{}", l.href) hreflang=other.code() lang=other.code()>
                            {language_name(other)}
                        </a>
                    })
                })
                .collect();
            let also = (!also.is_empty()).then(|| {
                view! { <p class="ex-index-languages" lang=lang.code()>{text.languages} {text.colon} {also.collect_view()}</p> }
            });
            let card = shown.card.as_ref().map(|(src, _)| {
                // The card says in pixels what the title beside it says in words: decorative here.
                view! { <img class="ex-index-card" src=format!("{root}{src}") alt="" width="1200" height="630" loading="lazy" decoding="async"/> }
            });
            let rtl = lang_of(&shown.lang).is_some_and(Lang::is_rtl);
            view! {
                <li class="ex-index-item" lang=shown.lang.clone() dir=if rtl { "rtl" } else { "ltr" }>
                    {card}
                    <h2 class="ex-index-title"><a href=format!("{root}{}", shown.href)>{shown.title.clone()}</a></h2>
                    <p class="ex-index-date"><time datetime=shown.date.1.clone()>{shown.date.0.clone()}</time></p>
                    <p class="ex-standfirst">{shown.standfirst.clone()}</p>
                    {also}
                </li>
            }
        })
        .collect_view();
    view! {
        <div class="ex ex-index" lang=lang.code()>
            <header class="ex-header">
                <h1 class="ex-title">{heading}</h1>
                <nav class="ex-languages" aria-label=text.languages>{links}</nav>
            </header>
            <main>
                <ol class="ex-index-list">{entries}</ol>
            </main>
        </div>
    }
}

/// The language whose pages have the code `code`.
fn lang_of(code: &str) -> Option<Lang> {
    Lang::parse(code)
}
