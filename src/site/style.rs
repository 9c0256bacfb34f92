//! The stylesheet, inlined: the first response then holds everything the first paint needs (no
//! second round trip before the text shows). It is minified by a real CSS minifier
//! (lightningcss) and allowed by its hash in the Content-Security-Policy of `_headers`.

use std::cell::RefCell;

use base64::Engine;
use lightningcss::stylesheet::{MinifyOptions, ParserOptions, PrinterOptions, StyleSheet};
use lol_html::element;
use lol_html::html_content::ContentType;
use sha2::Digest;

use super::shell::rewrite;
use super::Error;

/// The link to the stylesheet Trunk writes.
const STYLESHEET: &str = "link[rel=stylesheet][href]";

/// Puts the stylesheet Trunk linked into the page itself, minified. `read` gives a file of the
/// dist folder by its address. Returns the new shell and the stylesheet's `'sha256-…'` source,
/// which the Content-Security-Policy must allow.
pub fn inline_stylesheet(shell: &str, read: impl Fn(&str) -> Option<String>) -> Result<(String, String), Error> {
    let href = stylesheet_href(shell)?;
    let css = minify(&read(&href).ok_or_else(|| format!("cannot read the stylesheet `{href}`"))?)?;
    let source =
        format!("'sha256-{}'", base64::engine::general_purpose::STANDARD.encode(sha2::Sha256::digest(css.as_bytes())));
    let style = format!("<style>{css}</style>");
    let page = rewrite(
        shell,
        vec![element!(STYLESHEET, |el| {
            el.replace(&style, ContentType::Html);
            Ok(())
        })],
    )?;
    Ok((page, source))
}

/// The address of the stylesheet Trunk linked in its page.
pub fn stylesheet_href(shell: &str) -> Result<String, Error> {
    let found = RefCell::new(None);
    rewrite(
        shell,
        vec![element!(STYLESHEET, |el| {
            found.borrow_mut().get_or_insert(el.get_attribute("href").unwrap_or_default());
            Ok(())
        })],
    )?;
    found.take().ok_or_else(|| "no stylesheet link".into())
}

/// The stylesheet minified, as browsers read it (no transform for older browsers: the
/// stylesheet is written for the current ones).
fn minify(css: &str) -> Result<String, Error> {
    let mut sheet =
        StyleSheet::parse(css, ParserOptions::default()).map_err(|error| format!("the stylesheet: {error}"))?;
    sheet.minify(MinifyOptions::default()).map_err(|error| format!("the stylesheet: {error}"))?;
    let printed = sheet
        .to_css(PrinterOptions { minify: true, ..PrinterOptions::default() })
        .map_err(|error| format!("the stylesheet: {error}"))?;
    Ok(printed.code)
}

/// The response headers file with the inlined stylesheet allowed by its hash.
pub fn allow_style(headers: &str, source: &str) -> Result<String, Error> {
    const STYLE: &str = "style-src 'self'";
    if !headers.contains(STYLE) {
        return Err("the headers' policy has no `style-src 'self'`".into());
    }
    Ok(headers.replace(STYLE, &format!("{STYLE} {source}")))
}
