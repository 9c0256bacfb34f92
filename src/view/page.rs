//! Pre-rendering: the app as HTML, and the page shell filled with it and with the head's
//! title, description and language.

use leptos::prelude::*;

use super::{App, ROOT_ID};
use crate::content::STORY;
use crate::format::{self, Lang};

/// The app rendered to HTML, with the markers hydration needs.
pub fn render_app() -> String {
    Owner::new().with(|| view! { <App/> }.to_html())
}

/// The shell (Trunk's `index.html`) with the app inside `<div id="explainer">`, the article's
/// title and description in the head, and `<html lang>` set to the article's language.
pub fn render_page(shell: &str) -> Result<String, &'static str> {
    let lang = Lang::from_code(STORY.meta.language).unwrap_or_default();
    let title = format::inlines(&STORY, STORY.meta.title, lang);
    let description = format::inlines(&STORY, STORY.meta.standfirst, lang);
    fill_shell(shell, lang.code(), &title, &description, &render_app())
}

fn fill_shell(shell: &str, lang: &str, title: &str, description: &str, app: &str) -> Result<String, &'static str> {
    let root = format!("<div id=\"{ROOT_ID}\">");
    let at = shell.find(&root).ok_or("no root element")? + root.len();
    let mut page = String::with_capacity(shell.len() + app.len() + 512);
    page.push_str(&shell[..at]);
    page.push_str(app);
    page.push_str(&shell[at..]);

    let html_open = page.find("<html").ok_or("no <html> element")?;
    let html_end = html_open + page[html_open..].find('>').ok_or("unclosed <html>")?;
    page.replace_range(html_open..html_end, &format!("<html lang=\"{}\"", escape(lang)));

    let head = format!(
        "<title>{}</title>\n<meta name=\"description\" content=\"{}\">\n",
        escape(title),
        escape(description)
    );
    let head_end = page.find("</head>").ok_or("no </head>")?;
    page.insert_str(head_end, &head);
    Ok(page)
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shell_receives_the_app_the_title_and_the_language() {
        let shell = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body><div id=\"explainer\"></div></body></html>";
        let page = fill_shell(shell, "fr", "Titre & co", "Résumé \"cité\"", "<div class=\"ex\">app</div>").unwrap();
        assert_eq!(
            page,
            "<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>Titre &amp; co</title>\n\
             <meta name=\"description\" content=\"Résumé &quot;cité&quot;\">\n</head><body>\
             <div id=\"explainer\"><div class=\"ex\">app</div></div></body></html>"
        );
    }

    #[test]
    fn a_shell_without_the_root_element_is_refused() {
        assert_eq!(fill_shell("<html><head></head><body></body></html>", "fr", "", "", ""), Err("no root element"));
    }

    #[test]
    fn the_rendered_app_holds_the_title_and_every_paragraph_verbatim() {
        let html = render_app();
        assert!(html.contains("Maroc : le bilan de la politique migratoire"), "{html}");
        assert!(html.contains("Deux opérations de régularisation"));
        for figure in ["50.000", "90%", "22.000", "1400", "54.000", "74", "1900"] {
            assert!(html.contains(&format!(">{figure}<")), "mention {figure} is rendered as a control");
        }
    }
}
