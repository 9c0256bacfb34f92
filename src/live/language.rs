//! Going to another language: each language is a page of its own, pre-rendered in it. The
//! reader's place (the hash) and the page's other options go along.

use super::window;
use crate::content::Lang;
use crate::embed::{href_for, protocol};
use crate::reading::Reading;

/// Goes to the same view in `lang`, keeping the other query options and the hash.
pub fn go(lang: Lang, reading: Reading) {
    let location = window().location();
    let search = location.search().unwrap_or_default();
    let kept: Vec<&str> =
        search.trim_start_matches('?').split('&').filter(|p| !p.is_empty() && !p.starts_with("lang=")).collect();
    let query = if kept.is_empty() { String::new() } else { format!("?{}", kept.join("&")) };
    let hash = location.hash().unwrap_or_default();
    let _ = location.replace(&format!("{}{query}{hash}", href_for(lang, reading.view, reading.lang(), reading.story)));
}

/// `?lang=` asks for another language: go to its page.
pub fn honour_query(reading: Reading) {
    let search = window().location().search().unwrap_or_default();
    let codes: Vec<&str> = reading.story.meta.languages.iter().map(|lang| lang.code()).collect();
    let asked = protocol::parse_query(&search, &codes).lang.and_then(|code| reading.story.language_of(&code));
    if let Some(lang) = asked.filter(|lang| *lang != reading.lang()) {
        go(lang, reading);
    }
}
