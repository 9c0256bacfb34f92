//! Going to another language: each language is a page of its own, pre-rendered in it. The
//! reader's place (the hash) and the page's other options go along.

use leptos::prelude::*;

use crate::content::{languages, story};
use crate::embed::{protocol, PageView};
use crate::view::href_for;

/// Goes to the same view in `code`, keeping the other query options and the hash.
pub fn go(code: &str, view: PageView) {
    let location = window().location();
    let search = location.search().unwrap_or_default();
    let kept: Vec<&str> =
        search.trim_start_matches('?').split('&').filter(|p| !p.is_empty() && !p.starts_with("lang=")).collect();
    let query = if kept.is_empty() { String::new() } else { format!("?{}", kept.join("&")) };
    let hash = location.hash().unwrap_or_default();
    let _ = location.replace(&format!("{}{query}{hash}", href_for(code, view, story().meta.language)));
}

/// `?lang=` asks for another language: go to its page.
pub fn honour_query(view: PageView) {
    let search = window().location().search().unwrap_or_default();
    let codes: Vec<&str> = languages().collect();
    if let Some(code) = protocol::parse_query(&search, &codes).lang {
        if code != story().meta.language {
            go(&code, view);
        }
    }
}
