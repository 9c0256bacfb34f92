//! Pre-rendering: the app as HTML, and the page shell filled with it and with the head's
//! title, description and language. Trunk's inline loader script is moved to a file of its
//! own, so that the page needs no inline script under a strict Content-Security-Policy, and so
//! that a WASM that cannot start leaves the page as it is with a notice.

use leptos::prelude::*;

use super::{App, ROOT_ID};
use crate::content::STORY;
use crate::format::{self, Lang};
use crate::ui::ui;

/// The app rendered to HTML, with the markers hydration needs.
pub fn render_app() -> String {
    Owner::new().with(|| view! { <App/> }.to_html())
}

/// A pre-rendered page, and the loader script it now loads (file name, content), if Trunk's
/// page had an inline one.
pub struct Rendered {
    pub page: String,
    pub loader: Option<(String, String)>,
}

/// The shell (Trunk's `index.html`) with the app inside `<div id="explainer">`, the article's
/// title and description in the head, `<html lang>` set to the article's language, and the
/// inline loader moved to a file.
pub fn render_page(shell: &str) -> Result<Rendered, &'static str> {
    let lang = Lang::from_code(STORY.meta.language).unwrap_or_default();
    let title = format::inlines(&STORY, STORY.meta.title, lang);
    let description = format::inlines(&STORY, STORY.meta.standfirst, lang);
    let page = fill_shell(shell, lang.code(), &title, &description, &render_app())?;
    let noscript = format!("<noscript><p class=\"ex-notice\">{}</p></noscript>", escape(ui(lang).no_script));
    let page = page.replacen(&format!("<div id=\"{ROOT_ID}\">"), &format!("{noscript}<div id=\"{ROOT_ID}\">"), 1);
    externalise_loader(&page)
}

/// Replaces Trunk's inline `<script type="module">` by an external loader that does the same
/// and, if the WASM cannot start, unhides the page's notice.
fn externalise_loader(page: &str) -> Result<Rendered, &'static str> {
    const OPEN: &str = "<script type=\"module\">";
    let Some(start) = page.find(OPEN) else {
        return Ok(Rendered { page: page.to_string(), loader: None });
    };
    let end = start + page[start..].find("</script>").ok_or("unclosed inline script")? + "</script>".len();
    let inline = &page[start..end];
    let quoted_after = |marker: &str| -> Option<&str> {
        let from = inline.find(marker)? + marker.len();
        let rest = &inline[from..];
        rest.find('\'').map(|close| &rest[..close])
    };
    let js = quoted_after("from '").ok_or("Trunk's loader names no JS module")?;
    let wasm = quoted_after("module_or_path: '").ok_or("Trunk's loader names no WASM")?;
    // Trunk writes its files flat into the dist folder; the public URL is only a prefix.
    let (base, file) = js.split_at(js.rfind('/').map_or(0, |slash| slash + 1));
    let name = format!("{}-loader.js", file.trim_end_matches(".js"));
    let loader = format!(
        "// Starts the explainer's WebAssembly. If it cannot start (blocked, missing, an old browser),\n\
         // the pre-rendered page stays as it is and a notice says the interactive parts are unavailable.\n\
         try {{\n  const {{ default: init }} = await import('{js}');\n  await init({{ module_or_path: '{wasm}' }});\n}} \
         catch (error) {{\n  for (const notice of document.querySelectorAll('.ex-notice')) notice.hidden = false;\n  \
         console.warn('explainer: the interactive parts could not start:', error);\n}}\n"
    );
    let tag = format!("<script type=\"module\" src=\"{base}{name}\"></script>");
    let page = format!("{}{tag}{}", &page[..start], &page[end..]);
    Ok(Rendered { page, loader: Some((name, loader)) })
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
    fn trunks_inline_loader_moves_to_a_file_that_shows_the_notice_on_failure() {
        let page = "<head><script type=\"module\">\nimport init, * as bindings from '/x/explainer-abc.js';\n\
                    const wasm = await init({ module_or_path: '/x/explainer-abc_bg.wasm' });\n</script></head>";
        let rendered = externalise_loader(page).unwrap();
        assert_eq!(rendered.page, "<head><script type=\"module\" src=\"/x/explainer-abc-loader.js\"></script></head>");
        let (name, loader) = rendered.loader.unwrap();
        assert_eq!(name, "explainer-abc-loader.js");
        assert!(loader.contains("await import('/x/explainer-abc.js')"));
        assert!(loader.contains("module_or_path: '/x/explainer-abc_bg.wasm'"));
        assert!(loader.contains("notice.hidden = false"));
    }

    #[test]
    fn a_page_without_inline_script_is_left_alone() {
        let rendered = externalise_loader("<head></head>").unwrap();
        assert_eq!(rendered.page, "<head></head>");
        assert!(rendered.loader.is_none());
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
