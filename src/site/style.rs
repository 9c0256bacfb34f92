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

/// The class of the element `embed.js` wraps an in-page embed's root in, inside its shadow root.
pub const SHADOW_WRAP: &str = "ex-shadow";

/// The stylesheet for an in-page embed (`<explainer-embed>`, see `static/embed.js`), from the
/// page's one, read from the file Trunk wrote (`href`, by `read`): the same rules, for a shadow
/// root in a page that is not ours.
/// - `:root` is the host element (`:host`), and the options the iframe reads from its URL are
///   its attributes: `:root[data-theme=dark]` is `:host([theme=dark])`.
/// - `rem` would follow the host page's root font size (a newsroom's `html { font-size: 62.5% }`);
///   each is a multiple of `--ex-rem`, which `embed.js` sets to the reader's own font size,
///   outside of `@media` conditions (where `rem` is already the reader's).
/// - A width condition, `@media (width>=Npx)`, would follow the host's screen: it is the
///   wrapper's attribute `min-width-N` instead (its rules nested under it), which `embed.js`
///   sets while the host's column is that wide. (A container query would make the wrapper the
///   containing block of the phone tooltip's `position: fixed`.)
/// - The wrapper ([`SHADOW_WRAP`]) inherits nothing from the host page (`all: initial`) but the
///   colour scheme its own `:host` rules set.
pub fn shadow_stylesheet(href: &str, read: impl Fn(&str) -> Option<String>) -> Result<String, Error> {
    let css = minify(&read(href).ok_or_else(|| format!("cannot read the stylesheet `{href}`"))?)?;
    Ok(format!(
        ":host{{display:block}}.{SHADOW_WRAP}{{all:initial;display:block;color-scheme:inherit;font-size:medium;--ex-rem:16px}}{}",
        in_shadow(&css)
    ))
}

/// `css` (minified) rewritten for a shadow root: see [`shadow_stylesheet`].
fn in_shadow(css: &str) -> String {
    let mut out = String::with_capacity(css.len() * 5 / 4);
    let mut rest = css;
    while !rest.is_empty() {
        if let Some((width, length)) = min_width_at(rest) {
            out.push_str(&[".", SHADOW_WRAP, "[min-width-", width, "]{"].concat());
            rest = &rest[length..];
        } else if rest.starts_with("@media") {
            // Any other `@media` condition goes as it is, up to its block.
            let end = rest.find('{').unwrap_or(rest.len());
            out.push_str(&rest[..end]);
            rest = &rest[end..];
        } else if let Some(after) = rest.strip_prefix(":root") {
            // The attribute conditions that follow `:root`, data- dropped, go inside `:host()`.
            let mut end = 0;
            while let Some(condition) = condition_at(&after[end..]) {
                end += condition;
            }
            match end {
                0 => out.push_str(":host"),
                _ => out.push_str(&[":host(", &after[..end].replace("[data-", "["), ")"].concat()),
            }
            rest = &after[end..];
        } else if let Some((number, length)) = rem_at(rest, out.chars().last()) {
            out.push_str(&["calc(", number, "*var(--ex-rem))"].concat());
            rest = &rest[length..];
        } else {
            let next = rest.chars().next().map_or(1, char::len_utf8);
            out.push_str(&rest[..next]);
            rest = &rest[next..];
        }
    }
    out
}

/// A width condition's block opening at the start of `text` (`@media (width>=960px){`): the
/// width in pixels and the opening's length.
fn min_width_at(text: &str) -> Option<(&str, usize)> {
    let after = text.strip_prefix("@media (width>=")?;
    let digits = after.find(|c: char| !c.is_ascii_digit())?;
    let tail = "px){";
    (digits > 0 && after[digits..].starts_with(tail))
        .then(|| (&after[..digits], "@media (width>=".len() + digits + tail.len()))
}

/// The length of an attribute condition at the start of `text` (`[name=value]` or
/// `:not([name=value])`), if there is one.
fn condition_at(text: &str) -> Option<usize> {
    if text.starts_with('[') {
        return text.find(']').map(|end| end + 1);
    }
    let inner = text.strip_prefix(":not(")?;
    let end = condition_at(inner)?;
    inner[end..].starts_with(')').then_some(":not(".len() + end + 1)
}

/// A length in `rem` at the start of `text` (its number, with its sign, and its length in
/// bytes); `before` is the character before it, which must not make it part of a name.
fn rem_at(text: &str, before: Option<char>) -> Option<(&str, usize)> {
    if before.is_some_and(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_' || c == '.' || c == '#') {
        return None;
    }
    let sign = usize::from(text.starts_with('-') || text.starts_with('+'));
    let digits = text[sign..].find(|c: char| !(c.is_ascii_digit() || c == '.')).unwrap_or(text.len() - sign);
    let number = &text[..sign + digits];
    let is_number = text[sign..sign + digits].chars().any(|c| c.is_ascii_digit());
    let unit_end = sign + digits + "rem".len();
    let unit_ends_name = text[sign + digits..].starts_with("rem")
        && !text[unit_end..].starts_with(|c: char| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    (is_number && unit_ends_name).then_some((number, unit_end))
}

#[cfg(test)]
mod shadow_tests {
    use super::in_shadow;

    #[test]
    fn a_width_condition_follows_the_host_s_column_not_its_screen() {
        assert_eq!(
            in_shadow("@media (width>=960px){.a,.b>.c{d:1rem}}.e{f:0}"),
            ".ex-shadow[min-width-960]{.a,.b>.c{d:calc(1*var(--ex-rem))}}.e{f:0}"
        );
        // The others are the screen's, or not widths.
        assert_eq!(in_shadow("@media (width<=959px){.a{b:0}}"), "@media (width<=959px){.a{b:0}}");
        assert_eq!(in_shadow("@media (width>=60rem){.a{b:0}}"), "@media (width>=60rem){.a{b:0}}");
    }

    #[test]
    fn the_page_s_root_is_the_host_and_its_url_options_are_its_attributes() {
        assert_eq!(in_shadow(":root{color-scheme:light dark}"), ":host{color-scheme:light dark}");
        assert_eq!(in_shadow(":root[data-theme=dark] .ex{--a:1}"), ":host([theme=dark]) .ex{--a:1}");
        assert_eq!(
            in_shadow("@media (prefers-color-scheme:dark){:root:not([data-theme=light]) .ex{--a:1}}"),
            "@media (prefers-color-scheme:dark){:host(:not([theme=light])) .ex{--a:1}}"
        );
        assert_eq!(
            in_shadow(":root[data-bg=transparent] body,:root[data-bg=transparent] .ex{background:0 0}"),
            ":host([bg=transparent]) body,:host([bg=transparent]) .ex{background:0 0}"
        );
    }

    #[test]
    fn a_rem_follows_the_reader_s_font_size_not_the_host_page_s() {
        assert_eq!(
            in_shadow(".a{margin:0 0 .5rem;font-size:clamp(1.6rem,4vw,2.4rem);inset:-1rem}"),
            ".a{margin:0 0 calc(.5*var(--ex-rem));font-size:clamp(calc(1.6*var(--ex-rem)),4vw,calc(2.4*var(--ex-rem)));inset:calc(-1*var(--ex-rem))}"
        );
        assert_eq!(in_shadow(".a{width:calc(100vw - 2rem)}"), ".a{width:calc(100vw - calc(2*var(--ex-rem)))}");
        // Names that hold the letters are not lengths; conditions keep theirs.
        assert_eq!(in_shadow(".x2rem,.a-1rem,#i3rem{b:1remx}"), ".x2rem,.a-1rem,#i3rem{b:1remx}");
        assert_eq!(
            in_shadow("@media (width>=60rem){.a{b:1rem}}"),
            "@media (width>=60rem){.a{b:calc(1*var(--ex-rem))}}"
        );
    }

    #[test]
    fn the_shipped_stylesheet_keeps_no_root_and_no_rem_outside_conditions() {
        let css = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/style/explainer.css")).unwrap();
        let shadow = super::shadow_stylesheet("x", |_| Some(css.clone())).unwrap();
        assert!(!shadow.contains(":root"), "{shadow}");
        let outside_media: String =
            shadow.split("@media").map(|part| part.split_once('{').map_or(part, |(_, r)| r)).collect();
        let stray =
            outside_media.match_indices("rem").filter(|(at, _)| !outside_media[..*at].ends_with("--ex-")).count();
        assert_eq!(stray, 0, "{shadow}");
        assert!(shadow.contains(":host([theme=dark]) .ex{"));
    }
}
