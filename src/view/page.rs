//! Pre-rendering: every page of the site, from Trunk's `index.html` (the shell): the explainer,
//! the whole explainer to embed, each visual to embed, their oEmbed files, and a `404.html`
//! that lists the embeds. Each page holds its app as HTML, its title, description and language,
//! and a `data-view` that tells the browser which view it holds. Trunk's inline loader script
//! is moved to a file of its own, so that no page needs an inline script under a strict
//! Content-Security-Policy, and a WASM that cannot start leaves the page as it is with a notice.

use leptos::prelude::*;
use sha2::Digest;

use super::{chart_ids, App, ROOT_ID};
use crate::content::{language_prefix, languages, set_page_language, story, STORY};
use crate::embed::{self, PageView};
use crate::format::{self, Lang};
use crate::ui::ui;

/// Where the site is served: `public_url` is Trunk's (a path ending in `/`), `origin` the
/// scheme and host that oEmbed needs absolute addresses for.
pub struct Site {
    pub public_url: String,
    pub origin: String,
}

/// A file to write, relative to the dist folder.
pub struct Output {
    pub path: String,
    pub content: String,
}

/// The app rendered to HTML for `view`.
pub fn render_app(view: PageView) -> String {
    Owner::new().with(|| view! { <App view=view/> }.to_html())
}

/// Every file of the site that pre-rendering writes.
pub fn render_site(shell: &str, site: &Site) -> Result<Vec<Output>, &'static str> {
    let ids = chart_ids();
    let mut views = vec![PageView::Full, PageView::EmbedAll];
    views.extend((0..story().charts.len()).map(PageView::EmbedChart));
    let mut outputs = Vec::new();
    // Each language at its own path (`en/…`), so that the page and the browser agree on it.
    let mut pages = Vec::new();
    for code in languages() {
        pages.extend(views.iter().map(|&view| (code, view)));
    }
    for (code, view) in pages {
        set_page_language(code);
        let rendered = render_page(shell, view, site)?;
        let folder = format!("{}{}", language_prefix(code), view.path(&ids));
        outputs.push(Output { path: format!("{folder}index.html"), content: rendered.page });
        if let Some((name, loader)) = rendered.loader {
            if !outputs.iter().any(|o| o.path == name) {
                outputs.push(Output { path: name, content: loader });
            }
        }
        if view.is_embed() {
            outputs.push(Output { path: format!("{folder}oembed.json"), content: oembed(view, site) });
        }
    }
    set_page_language(STORY.meta.language);
    outputs.push(Output { path: "404.html".to_string(), content: not_found_page(shell, site)? });
    Ok(outputs)
}

/// A pre-rendered page, and the loader script it now loads (file name, content), if Trunk's
/// page had an inline one.
pub struct Rendered {
    pub page: String,
    pub loader: Option<(String, String)>,
}

fn lang() -> Lang {
    Lang::from_code(story().meta.language).unwrap_or_default()
}

/// The page's title and description.
fn head_text(view: PageView) -> (String, String) {
    let lang = lang();
    let article = format::inlines(&story(), story().meta.title, lang);
    match view {
        PageView::EmbedChart(chart) => {
            let chart = &story().charts[chart];
            (
                format!("{} — {article}", format::inlines(&story(), chart.title, lang)),
                format::inlines(&story(), chart.takeaway, lang),
            )
        }
        _ => (article, format::inlines(&story(), story().meta.standfirst, lang)),
    }
}

/// The shell with the app for `view` inside `<div id="explainer">`, its title and description
/// and oEmbed link in the head, `<html lang>` set, and the inline loader moved to a file.
pub fn render_page(shell: &str, view: PageView, site: &Site) -> Result<Rendered, &'static str> {
    let lang = lang();
    let (title, description) = head_text(view);
    let page = fill_shell(shell, lang.code(), &title, &description, &render_app(view))?;
    let ids = chart_ids();
    let prefix = language_prefix(lang.code());
    let oembed_path = match view {
        PageView::Full => format!("{prefix}{}", PageView::EmbedAll.path(&ids)),
        view => format!("{prefix}{}", view.path(&ids)),
    };
    let discovery = format!(
        "<link rel=\"alternate\" type=\"application/json+oembed\" href=\"{}{}{oembed_path}oembed.json\" title=\"{}\">\n",
        site.origin,
        site.public_url,
        escape(&title)
    );
    let page = page.replacen("</head>", &format!("{discovery}</head>"), 1);
    let noscript = format!("<noscript><p class=\"ex-notice\">{}</p></noscript>", escape(ui(lang).no_script));
    let root = format!("<div id=\"{ROOT_ID}\">");
    let page = page.replacen(
        &root,
        &format!("{noscript}<div id=\"{ROOT_ID}\" data-view=\"{}\" data-lang=\"{}\">", view.key(&ids), lang.code()),
        1,
    );
    externalise_loader(&page)
}

/// The oEmbed answer (`rich`) for an embed: its iframe, which has a fitting height on its own
/// for consumers that strip the loader script.
fn oembed(view: PageView, site: &Site) -> String {
    let ids = chart_ids();
    let kinds: Vec<_> = story().charts.iter().map(|c| c.kind).collect();
    let (title, _) = head_text(view);
    let prefix = language_prefix(story().meta.language);
    let snippet = embed::snippet(&format!("{}{}", site.origin, site.public_url), &prefix, view, &ids, &title);
    format!(
        "{{\"type\":\"rich\",\"version\":\"1.0\",\"title\":{},\"provider_name\":{},\"provider_url\":{},\"html\":{},\"width\":640,\"height\":{}}}\n",
        embed::protocol::json_string(&title),
        embed::protocol::json_string(story().meta.source_name),
        embed::protocol::json_string(&format!("{}{}", site.origin, site.public_url)),
        embed::protocol::json_string(&snippet),
        embed::initial_height(view, &kinds)
    )
}

/// The page static hosts serve for an unknown path: says so, and lists the embeds. No script.
fn not_found_page(shell: &str, site: &Site) -> Result<String, &'static str> {
    let lang = lang();
    let text = ui(lang);
    let ids = chart_ids();
    let mut links = format!(
        "<li><a href=\"{0}\">{1}</a> — <code>{0}</code></li><li><a href=\"{0}{2}\">{3}</a> — <code>{0}{2}</code></li>",
        site.public_url,
        escape(&format::inlines(&story(), story().meta.title, lang)),
        PageView::EmbedAll.path(&ids),
        escape(text.embed_heading)
    );
    for (chart, spec) in story().charts.iter().enumerate() {
        let path = PageView::EmbedChart(chart).path(&ids);
        links.push_str(&format!(
            "<li><a href=\"{0}{path}\">{1}</a> — <code>{0}{path}</code></li>",
            site.public_url,
            escape(&format::inlines(&story(), spec.title, lang))
        ));
    }
    let body = format!(
        "<div class=\"ex\" lang=\"{}\"><h1 class=\"ex-title\">{}</h1><p>{}</p><ul class=\"ex-embed-list\">{links}</ul></div>",
        lang.code(),
        escape(text.embeds_heading),
        escape(text.embeds_help)
    );
    let page = fill_shell(shell, lang.code(), text.embeds_heading, text.embeds_help, &body)?;
    // No app to start on this page: drop the loader and what it preloads.
    Ok(strip_preloads(&page.replace(&script_block(&page).unwrap_or_default(), "")))
}

/// Drops Trunk's preload links for the JS and the WASM: on a slow network they take bandwidth
/// from the stylesheet and delay the first paint of a page that is readable without them. The
/// loader asks for both as soon as the HTML is parsed.
fn strip_preloads(page: &str) -> String {
    let mut out = String::with_capacity(page.len());
    let mut rest = page;
    while let Some(at) =
        ["<link rel=\"modulepreload\"", "<link rel=\"preload\""].iter().filter_map(|tag| rest.find(tag)).min()
    {
        out.push_str(&rest[..at]);
        rest = rest[at..].find('>').map_or("", |close| &rest[at + close + 1..]);
    }
    out.push_str(rest);
    out
}

/// Trunk's inline loader block, if the page has one.
fn script_block(page: &str) -> Option<String> {
    let start = page.find("<script type=\"module\">")?;
    let end = start + page[start..].find("</script>")? + "</script>".len();
    Some(page[start..end].to_string())
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
    let page = strip_preloads(&format!("{}{tag}{}", &page[..start], &page[end..]));
    Ok(Rendered { page, loader: Some((name, loader)) })
}

/// Puts the stylesheet Trunk linked into the page itself, minified: the first response then
/// holds everything the first paint needs (no second round trip before the text shows).
/// `read` gives a file of the dist folder by its address. Returns the new shell and the
/// stylesheet's `'sha256-…'` source, which the Content-Security-Policy must allow.
pub fn inline_stylesheet(shell: &str, read: impl Fn(&str) -> Option<String>) -> Result<(String, String), &'static str> {
    let start = shell.find("<link rel=\"stylesheet\"").ok_or("no stylesheet link")?;
    let end = start + shell[start..].find('>').ok_or("unclosed stylesheet link")? + 1;
    let link = &shell[start..end];
    let href_at = link.find("href=\"").ok_or("stylesheet link without href")? + "href=\"".len();
    let href = &link[href_at..href_at + link[href_at..].find('"').ok_or("unclosed href")?];
    let css = minify_css(&read(href).ok_or("cannot read the stylesheet")?);
    let source = format!("'sha256-{}'", base64(&sha2::Sha256::digest(css.as_bytes())));
    Ok((format!("{}<style>{css}</style>{}", &shell[..start], &shell[end..]), source))
}

/// Comments out, runs of white space to one, none around braces and semicolons. Enough for
/// a hand-written stylesheet whose strings hold no significant runs of spaces.
fn minify_css(css: &str) -> String {
    let mut without_comments = String::with_capacity(css.len());
    let mut rest = css;
    while let Some(at) = rest.find("/*") {
        without_comments.push_str(&rest[..at]);
        rest = rest[at..].find("*/").map_or("", |close| &rest[at + close + 2..]);
    }
    without_comments.push_str(rest);
    let collapsed = without_comments.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut out = collapsed;
    for token in ["{", "}", ";"] {
        out = out.replace(&format!(" {token}"), token).replace(&format!("{token} "), token);
    }
    out.replace(";}", "}")
}

fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let n = chunk.iter().enumerate().fold(0u32, |n, (i, &b)| n | u32::from(b) << (16 - 8 * i));
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(char::from(ALPHABET[(n >> (18 - 6 * i) & 63) as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// The response headers file with the inlined stylesheet allowed by its hash.
pub fn allow_style(headers: &str, source: &str) -> Result<String, &'static str> {
    const STYLE: &str = "style-src 'self'";
    if !headers.contains(STYLE) {
        return Err("the headers' policy has no `style-src 'self'`");
    }
    Ok(headers.replace(STYLE, &format!("{STYLE} {source}")))
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

    let head =
        format!("<title>{}</title>\n<meta name=\"description\" content=\"{}\">\n", escape(title), escape(description));
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
    fn the_stylesheet_goes_into_the_page_minified_with_its_hash() {
        let shell = "<head><link rel=\"stylesheet\" href=\"/s-1.css\" integrity=\"x\"/>\n</head>";
        let css = "/* why */\n.ex {\n  color: red;\n}\n.ex :focus { outline: 2px solid; }\n";
        let read = |href: &str| (href == "/s-1.css").then(|| css.to_string());
        let (page, source) = inline_stylesheet(shell, read).unwrap();
        assert_eq!(page, "<head><style>.ex{color: red}.ex :focus{outline: 2px solid}</style>\n</head>");
        // `printf '%s' '.ex{color: red}.ex :focus{outline: 2px solid}' | openssl dgst -sha256 -binary | base64`
        assert_eq!(source, "'sha256-2ADiIf8KBlXF0xBmVyZiN4VlUoqAlcCwi/7VrdhVV1Q='");
        let headers = "  Content-Security-Policy: default-src 'none'; style-src 'self'; img-src 'self'\n";
        assert_eq!(
            allow_style(headers, &source).unwrap(),
            format!("  Content-Security-Policy: default-src 'none'; style-src 'self' {source}; img-src 'self'\n")
        );
        assert!(inline_stylesheet("<head></head>", read).is_err());
    }

    #[test]
    fn base64_pads_like_the_standard() {
        assert_eq!(
            (base64(b""), base64(b"f"), base64(b"fo"), base64(b"foo"), base64(b"foob")),
            (String::new(), "Zg==".into(), "Zm8=".into(), "Zm9v".into(), "Zm9vYg==".into())
        );
    }

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

    fn site() -> Site {
        Site { public_url: "/x/".into(), origin: "https://news.test".into() }
    }

    const SHELL: &str = "<!DOCTYPE html><html><head><meta charset=\"utf-8\">\n<link rel=\"modulepreload\" href=\"/x/explainer-abc.js\">\n\
        <script type=\"module\">\nimport init, * as bindings from '/x/explainer-abc.js';\n\
        const wasm = await init({ module_or_path: '/x/explainer-abc_bg.wasm' });\n</script></head><body><div id=\"explainer\"></div></body></html>";

    #[test]
    fn the_site_has_a_page_per_view_an_oembed_per_embed_a_loader_and_a_404() {
        let outputs = render_site(SHELL, &site()).unwrap();
        let paths: Vec<&str> = outputs.iter().map(|o| o.path.as_str()).collect();
        assert!(paths.contains(&"index.html") && paths.contains(&"embed/index.html") && paths.contains(&"404.html"));
        assert!(paths.contains(&"explainer-abc-loader.js"));
        for chart in story().charts {
            assert!(paths.contains(&format!("embed/{}/index.html", chart.id).as_str()));
            assert!(paths.contains(&format!("embed/{}/oembed.json", chart.id).as_str()));
        }
        let page = |path: &str| &outputs.iter().find(|o| o.path == path).unwrap().content;
        assert!(page("embed/returns/index.html").contains("data-view=\"embed:returns\""));
        assert!(page("embed/returns/index.html").contains("href=\"https://news.test/x/embed/returns/oembed.json\""));
        assert!(page("index.html").contains("data-view=\"full\""));
        let oembed = page("embed/returns/oembed.json");
        assert!(oembed.starts_with("{\"type\":\"rich\",\"version\":\"1.0\""));
        assert!(oembed.contains("https://news.test/x/embed/returns/") && oembed.contains("\"height\":795"));
        let not_found = page("404.html");
        assert!(not_found.contains("<code>/x/embed/returns/</code>"));
        assert!(!not_found.contains("<script") && !not_found.contains("modulepreload"));
    }

    #[test]
    fn the_rendered_app_holds_the_title_and_every_paragraph_verbatim() {
        let html = render_app(PageView::Full);
        assert!(html.contains("Maroc : le bilan de la politique migratoire"), "{html}");
        assert!(html.contains("Deux opérations de régularisation"));
        for figure in ["50.000", "90%", "22.000", "1400", "54.000", "74", "1900"] {
            assert!(html.contains(&format!(">{figure}<")), "mention {figure} is rendered as a control");
        }
    }
}
