//! Trunk's page (the shell), edited with an HTML rewriter (lol_html) rather than by string
//! search: the app goes into the root element, the title and description into the head, and
//! Trunk's inline loader into a file of its own.

use std::cell::RefCell;

use lol_html::html_content::ContentType;
use lol_html::{comments, element, rewrite_str, text, RewriteStrSettings};
use vocabulary::escape_html;

use super::Error;
use crate::hooks::{ROOT_ID, STORY};

/// What goes into the shell for one page.
pub struct Page<'a> {
    /// `<html lang>`.
    pub lang: &'a str,
    /// Whether the language is written right to left: then `<html dir="rtl">`.
    pub rtl: bool,
    /// `<title>`.
    pub title: &'a str,
    /// `<meta name="description">`.
    pub description: &'a str,
    /// The address of the page's oEmbed file, linked for discovery.
    pub oembed: Option<String>,
    /// The same page in the story's other languages (a language's code, its address), linked
    /// with `hreflang`: how an in-page embed (`embed.js`) finds the language its element asks for.
    pub alternates: Vec<(&'a str, String)>,
    /// Meta tags: Open Graph's by `property` (`og:image`, its content), the others by `name`
    /// (`twitter:card`, `robots`).
    pub cards: Vec<(&'static str, String)>,
    /// Attributes of the root element: what the browser code reads first.
    pub root: Vec<(&'a str, String)>,
    /// A notice shown, before the root, when JavaScript is off.
    pub noscript: Option<&'a str>,
    /// The rendered app, the root's content.
    pub app: &'a str,
}

/// An element selector and what to do with the elements it matches (`element!`, `text!`).
pub type Handler<'h> = (std::borrow::Cow<'static, lol_html::Selector>, lol_html::ElementContentHandlers<'h>);

/// `html` rewritten by `handlers`.
pub fn rewrite(html: &str, handlers: Vec<Handler<'_>>) -> Result<String, Error> {
    let settings = handlers
        .into_iter()
        .fold(RewriteStrSettings::new(), |settings, handler| settings.append_element_content_handler(handler));
    rewrite_str(html, settings).map_err(|error| format!("cannot rewrite the page: {error}"))
}

/// The shell with `page` in it. Fails when the shell has no root element or no head.
pub fn fill(shell: &str, page: &Page) -> Result<String, Error> {
    let root_selector = format!("div#{ROOT_ID}");
    let found = RefCell::new((false, false));
    let mut head = format!(
        "<title>{}</title>\n<meta name=\"description\" content=\"{}\">\n",
        escape_html(page.title),
        escape_html(page.description)
    );
    if let Some(oembed) = &page.oembed {
        head.push_str(&format!(
            "<link rel=\"alternate\" type=\"application/json+oembed\" href=\"{}\" title=\"{}\">\n",
            escape_html(oembed),
            escape_html(page.title)
        ));
    }
    for (code, href) in &page.alternates {
        head.push_str(&format!("<link rel=\"alternate\" hreflang=\"{code}\" href=\"{}\">\n", escape_html(href)));
    }
    for (name, content) in &page.cards {
        // Open Graph names its tags by `property`, Twitter by `name`.
        let attribute = if name.starts_with("og:") { "property" } else { "name" };
        head.push_str(&format!("<meta {attribute}=\"{name}\" content=\"{}\">\n", escape_html(content)));
    }
    let filled = rewrite(
        shell,
        vec![
            element!("html", |el| {
                el.set_attribute("lang", page.lang)?;
                if page.rtl {
                    el.set_attribute("dir", "rtl")?;
                }
                Ok(())
            }),
            element!("head", |el| {
                el.append(&head, ContentType::Html);
                found.borrow_mut().0 = true;
                Ok(())
            }),
            // The shell's comments are for whoever edits it, not for readers.
            comments!("body", |comment| {
                comment.remove();
                Ok(())
            }),
            element!(root_selector, |el| {
                for (name, value) in &page.root {
                    el.set_attribute(name, value)?;
                }
                if let Some(notice) = page.noscript {
                    let notice = format!("<noscript><p class=\"ex-notice\">{}</p></noscript>", escape_html(notice));
                    el.before(&notice, ContentType::Html);
                }
                el.set_inner_content(page.app, ContentType::Html);
                found.borrow_mut().1 = true;
                Ok(())
            }),
        ],
    )?;
    match found.into_inner() {
        (false, _) => Err("no <head>".into()),
        (_, false) => Err("no root element".into()),
        _ => Ok(filled),
    }
}

/// What an embed runs before anything else: it tells the framing page its height, whether the
/// WASM starts or not (`frame.js`). It defines `reportHeight`, which the loader calls again once
/// the WASM has drawn.
const FRAME: &str = include_str!("frame.js");

/// Trunk's inline loader, which imports the JS bindings and starts the WASM.
const INLINE_MODULE: &str = "script[type=module]:not([src])";
/// Trunk's preloads of the JS and the WASM: on a slow network they take bandwidth from the
/// first paint of a page that is readable without them; the loader asks for both at once.
const PRELOADS: [&str; 2] = ["link[rel=modulepreload]", "link[rel=preload]"];

/// The text of Trunk's inline `<script type="module">`, empty if the page has none.
fn inline_module(page: &str) -> Result<String, Error> {
    let inline = RefCell::new(String::new());
    rewrite(
        page,
        vec![text!(INLINE_MODULE, |chunk| {
            inline.borrow_mut().push_str(chunk.as_str());
            Ok(())
        })],
    )?;
    Ok(inline.into_inner())
}

/// The addresses of the engine's JS bindings and WASM that Trunk's inline loader (`inline`) starts.
fn engine_in(inline: &str) -> Result<(String, String), Error> {
    let quoted_after = |marker: &str| -> Option<String> {
        let from = inline.find(marker)? + marker.len();
        let rest = &inline[from..];
        rest.find('\'').map(|close| rest[..close].to_string())
    };
    let js = quoted_after("from '").ok_or("Trunk's loader names no JS module")?;
    let wasm = quoted_after("module_or_path: '").ok_or("Trunk's loader names no WASM")?;
    Ok((js, wasm))
}

/// The addresses of the engine's JS bindings and WASM in the shell Trunk wrote.
pub fn engine_files(shell: &str) -> Result<(String, String), Error> {
    engine_in(&inline_module(shell)?)
}

/// Replaces Trunk's inline `<script type="module">` by an external loader that does the same
/// and, if the WASM cannot start, unhides the page's notice; drops the preloads. Returns the
/// page and the loader (its path in the dist folder, its content), if the page had one.
pub fn externalise_loader(page: &str) -> Result<(String, Option<(String, String)>), Error> {
    let inline = inline_module(page)?;
    if inline.trim().is_empty() {
        return Ok((without(page, &PRELOADS)?, None));
    }
    let (js, wasm) = engine_in(&inline)?;
    // Trunk writes its files flat into the dist folder; the public URL is only a prefix.
    let (base, file) = js.split_at(js.rfind('/').map_or(0, |slash| slash + 1));
    let loader = format!(
        "{FRAME}\n\
         // Starts the explainer's WebAssembly, the same engine for every article, with the page's\n\
         // story, fetched beside it from the file the root names. If either cannot be had (blocked,\n\
         // missing, an old browser), the pre-rendered page stays as it is and a notice says the\n\
         // interactive parts are unavailable.\n\
         try {{\n  const root = document.getElementById('{ROOT_ID}');\n  \
         const data = fetch(root.getAttribute('{STORY}')).then((r) => {{\n    \
         if (!r.ok) throw new Error(`the story: ${{r.status}}`);\n    return r.arrayBuffer();\n  }});\n  \
         data.catch(() => {{}}); // awaited below, once the engine is in\n  \
         const {{ default: init, start_story }} = await import('{js}');\n  await init({{ module_or_path: '{wasm}' }});\n  \
         if (!start_story(new Uint8Array(await data))) throw new Error('the story cannot be read');\n}} \
         catch (error) {{\n  for (const notice of document.querySelectorAll('.ex-notice')) notice.hidden = false;\n  \
         console.warn('explainer: the interactive parts could not start:', error);\n}}\n\
         // The WebAssembly has drawn the graphics at the frame's width: the height may have changed.\n\
         reportHeight(false);\n"
    );
    // Named by its own bytes too: it is cached for good, and it changes with this code (its
    // `frame.js`, its start), not only with the engine it starts.
    let name = format!("{}-loader-{:016x}.js", file.trim_end_matches(".js"), super::fingerprint(loader.as_bytes()));
    let tag = format!("<script type=\"module\" src=\"{}{}\"></script>", escape_html(base), escape_html(&name));
    let mut handlers = vec![element!(INLINE_MODULE, |el| {
        el.replace(&tag, ContentType::Html);
        Ok(())
    })];
    handlers.extend(PRELOADS.iter().map(|selector| {
        element!(selector, |el| {
            el.remove();
            Ok(())
        })
    }));
    Ok((rewrite(page, handlers)?, Some((name, loader))))
}

/// Moves an app's inline `<script type="module">` (Trunk's start of a bundle) into a file of its
/// own, as it is, so that the page runs under a policy with no inline script: the page, and the
/// file (its name, by its bytes, and its content), if the page had one. The editor's page.
pub fn externalise_start(page: &str) -> Result<(String, Option<(String, String)>), Error> {
    let inline = inline_module(page)?;
    if inline.trim().is_empty() {
        return Ok((page.to_string(), None));
    }
    let name = format!("start-{:016x}.js", super::fingerprint(inline.as_bytes()));
    // Beside the bundle it starts, under the same public URL: the page may be asked for
    // without its final slash.
    let module = inline.find("from '").map(|at| &inline[at + "from '".len()..]).unwrap_or("");
    let base = module.find('\'').map_or("", |end| &module[..end]);
    let base = &base[..base.rfind('/').map_or(0, |slash| slash + 1)];
    let tag = format!("<script type=\"module\" src=\"{}{}\"></script>", escape_html(base), escape_html(&name));
    let page = rewrite(
        page,
        vec![element!(INLINE_MODULE, |el| {
            el.replace(&tag, ContentType::Html);
            Ok(())
        })],
    )?;
    Ok((page, Some((name, inline))))
}

/// The page without the elements `selectors` match.
fn without(page: &str, selectors: &[&str]) -> Result<String, Error> {
    rewrite(
        page,
        selectors
            .iter()
            .map(|selector| {
                element!(selector, |el| {
                    el.remove();
                    Ok(())
                })
            })
            .collect(),
    )
}

/// A script of ours as the site serves it (the host loader, `embed.js`): without its lines of
/// comment, which every host page would download for nothing. Whole lines only, so that no
/// `//` inside the code is touched; the source keeps them.
pub fn served_script(source: &str) -> String {
    source.lines().filter(|line| !line.trim_start().starts_with("//")).map(|line| [line, "\n"].concat()).collect()
}

/// A page with no app to start: no script, no preload.
pub fn without_scripts(page: &str) -> Result<String, Error> {
    without(page, &["script", PRELOADS[0], PRELOADS[1]])
}
