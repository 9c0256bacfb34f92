//! Leptos components that draw the pages. They run at build time (pre-rendering, `site`) and in
//! the editor's preview, and draw the first state: nothing chosen. None of them runs in a
//! reader's browser: `live` brings the page to life, and writes each graphic again at its width
//! with the same `drawing` markup. Every component reads the story and the page from the
//! [`Reading`](crate::reading::Reading) in its context, and marks what the browser code needs
//! through [`hooks`](crate::hooks).

mod app;
mod article;
mod downloads;
mod embed_dialog;
mod index;
mod legend;
mod sources;
mod visual;

pub use app::App;
pub use index::{Listing, SiteIndex};

use leptos::prelude::*;

use crate::content::Story;
use crate::embed::PageView;

/// The app rendered to HTML: `view` of `story`. The site's pages hold it, and the editor's
/// preview shows it.
pub fn render(story: &'static Story, view: PageView) -> String {
    to_html(|| view! { <App story=story view=view/> })
}

/// A page of `story` to preview, whole in itself: the app in the root the site's pages give it,
/// with no script (the page as a reader without JavaScript sees it), styled by the site's
/// `stylesheet` (its address).
pub fn preview(story: &'static Story, view: PageView, stylesheet: &str) -> String {
    let lang = story.meta.language;
    let escape = |text: &str| text.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;");
    format!(
        "<!DOCTYPE html><html lang=\"{code}\"{dir}><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <link rel=\"stylesheet\" href=\"{stylesheet}\"><title>{title}</title></head>\
         <body><div id=\"{root}\" {view_key}=\"{key}\" {lang_key}=\"{code}\">{app}</div></body></html>",
        code = lang.code(),
        dir = if lang.is_rtl() { " dir=\"rtl\"" } else { "" },
        stylesheet = escape(stylesheet),
        title = escape(&crate::format::inlines(story, &story.meta.title, lang)),
        root = crate::hooks::ROOT_ID,
        view_key = crate::hooks::VIEW,
        key = escape(&view.key(story)),
        lang_key = crate::hooks::LANG,
        app = render(story, view),
    )
}

/// A view rendered to HTML, without the empty comments (`<!>`) Leptos writes for hydration,
/// between text nodes and for empty slots: the browser code finds what it writes by selectors,
/// never by node position, so they are bytes of the first response for nothing (150 B gzip on
/// the article's page). Text and attributes are escaped, so only markers can read `<!>`.
pub fn to_html<V: RenderHtml>(view: impl FnOnce() -> V) -> String {
    Owner::new().with(|| view().to_html()).replace("<!>", "")
}
