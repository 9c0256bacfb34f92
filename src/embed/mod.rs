//! Embedding in other sites: which view a page shows and where it lives, the snippet a
//! newsroom pastes, and the messages exchanged with the page that frames it (`protocol`, pure
//! and tested natively). The browser side is `live::embed`.

pub mod height;
pub mod images;
pub mod protocol;

use vocabulary::escape_html;

use crate::content::{Lang, Story};

/// What a page of the explainer shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PageView {
    /// The explainer, at the site's root.
    Full,
    /// The whole explainer in compact form, to embed (`embed/`).
    EmbedAll,
    /// One visual alone, to embed (`embed/<chart id>/`).
    EmbedChart(usize),
}

impl PageView {
    /// The value of the root element's `data-view`, which tells the browser which view the
    /// pre-rendered page holds (so that the browser reads the same view).
    pub fn key(self, story: &Story) -> String {
        match self {
            PageView::Full => "full".to_string(),
            PageView::EmbedAll => "embed".to_string(),
            PageView::EmbedChart(chart) => format!("embed:{}", story.charts[chart].id),
        }
    }

    /// The name a host page knows this embed by (Datawrapper's key, `datawrapper-chart-<key>`):
    /// the explainer's slug, and the chart's id for one chart (`logement.region`: neither a slug
    /// nor an id has a `.`), so that the embeds of two explainers on one page never answer to
    /// each other's name.
    pub fn host_key(self, story: &Story) -> String {
        match self {
            PageView::EmbedChart(chart) => format!("{}.{}", story.meta.slug, story.charts[chart].id),
            _ => story.meta.slug.clone(),
        }
    }

    /// The view a `data-view` value names, if any.
    pub fn from_key(key: &str, story: &Story) -> Option<PageView> {
        match key {
            "full" => Some(PageView::Full),
            "embed" => Some(PageView::EmbedAll),
            _ => {
                let id = key.strip_prefix("embed:")?;
                story.charts.iter().position(|chart| chart.id == id).map(PageView::EmbedChart)
            }
        }
    }

    /// Where the page lives, relative to the site's root: `""`, `"embed/"`, `"embed/returns/"`.
    pub fn path(self, story: &Story) -> String {
        match self {
            PageView::Full => String::new(),
            PageView::EmbedAll => "embed/".to_string(),
            PageView::EmbedChart(chart) => format!("embed/{}/", story.charts[chart].id),
        }
    }

    /// Whether the page is made to be embedded.
    pub fn is_embed(self) -> bool {
        self != PageView::Full
    }
}

/// A file of the site, named from its root (`images/returns-web.png`), as a link from the page
/// `view` in `lang`: `images/returns-web.png`, `../../images/returns-web.png`.
pub fn from_page(view: PageView, lang: Lang, story: &Story, file: &str) -> String {
    let here = format!("{}{}", story.prefix_of(lang), view.path(story));
    format!("{}{file}", "../".repeat(here.matches('/').count()))
}

/// A relative link from the page `view` in `current` to the same view in `target`.
pub fn href_for(target: Lang, view: PageView, current: Lang, story: &Story) -> String {
    let here = format!("{}{}", story.prefix_of(current), view.path(story));
    let up = "../".repeat(here.matches('/').count());
    let href = format!("{up}{}{}", story.prefix_of(target), view.path(story));
    if href.is_empty() {
        "./".to_string()
    } else {
        href
    }
}

/// The snippet a newsroom pastes to embed `view` of `story` in the language whose pages are
/// under `prefix` (`""` or `"en/"`) of the article at `base` (its folder on the site, ending in
/// `<slug>/`): an iframe with a title, lazy loading and its initial `height` (see
/// [`height::initial_height`]); the view's image (`image`: its path from the article's folder,
/// and its text alternative) in a `<noscript>`, for a host without JavaScript; both inside an
/// `<explainer-embed>` for the [`Form::InPage`]; then the host loader, the site's one for all its
/// explainers.
// Each argument is one of the snippet's own fields.
#[allow(clippy::too_many_arguments)]
pub fn snippet(
    base: &str,
    prefix: &str,
    view: PageView,
    story: &Story,
    title: &str,
    height: u32,
    image: (&str, &str),
    form: Form,
) -> String {
    let (image, alt) = image;
    // One loader for every explainer of the site, at its root: the article's folder is `<slug>/`.
    let root = base.strip_suffix(&format!("{}/", story.meta.slug)).unwrap_or(base);
    let src = format!("{base}{prefix}{}", view.path(story));
    let frame = format!(
        "<iframe src=\"{src}\" title=\"{}\" width=\"100%\" height=\"{height}\" loading=\"lazy\" frameborder=\"0\"></iframe>\n\
         <noscript><img src=\"{base}{image}\" alt=\"{}\" width=\"600\" style=\"max-width:100%;height:auto\"></noscript>",
        escape_html(title),
        escape_html(alt),
    );
    let script = format!("<script src=\"{root}embed.js\" async></script>");
    match form {
        Form::Frame => format!("{frame}\n{script}"),
        Form::InPage => format!("<explainer-embed src=\"{src}\">\n{frame}\n</explainer-embed>\n{script}"),
    }
}

/// How a snippet embeds a view.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Form {
    /// An iframe, which every host runs (oEmbed's, which CMSs keep for providers they do not
    /// know).
    Frame,
    /// In the host's page (`<explainer-embed>`, see `static/embed.js`), around the iframe that
    /// stays where the element cannot run.
    InPage,
}

/// What a newsletter (or any page where no iframe or script runs) pastes: the view's email
/// image (`image`: its path from the site's root, and its text alternative), linked to the
/// view's page.
pub fn newsletter(site: &str, prefix: &str, view: PageView, story: &Story, image: (&str, &str)) -> String {
    let (image, alt) = image;
    format!(
        "<a href=\"{site}{prefix}{}\"><img src=\"{site}{image}\" alt=\"{}\" width=\"450\" style=\"display:block;max-width:100%;height:auto;border:0\"></a>",
        view.path(story),
        escape_html(alt),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::fixture::seed;

    #[test]
    fn a_view_survives_its_key() {
        let returns = seed().charts.iter().position(|chart| chart.id == "returns").unwrap();
        for view in [PageView::Full, PageView::EmbedAll, PageView::EmbedChart(0), PageView::EmbedChart(returns)] {
            assert_eq!(PageView::from_key(&view.key(seed()), seed()), Some(view));
        }
        assert_eq!(PageView::from_key("embed:nope", seed()), None);
        assert_eq!(PageView::EmbedChart(returns).path(seed()), "embed/returns/");
    }

    #[test]
    fn the_snippet_is_an_iframe_with_a_title_and_a_height_then_the_loader() {
        let story = crate::content::fixture::seed();
        let returns = story.charts.iter().position(|chart| chart.id == "returns").unwrap();
        let image = ("images/returns-web.png", "Une barre \"partagée\"");
        let snippet = |form| {
            snippet(
                "https://news.test/x/",
                "",
                PageView::EmbedChart(returns),
                story,
                "Les \"retours\"",
                795,
                image,
                form,
            )
        };
        let frame = "<iframe src=\"https://news.test/x/embed/returns/\" title=\"Les &quot;retours&quot;\" width=\"100%\" height=\"795\" loading=\"lazy\" frameborder=\"0\"></iframe>\n\
             <noscript><img src=\"https://news.test/x/images/returns-web.png\" alt=\"Une barre &quot;partagée&quot;\" width=\"600\" style=\"max-width:100%;height:auto\"></noscript>";
        let script = "<script src=\"https://news.test/x/embed.js\" async></script>";
        assert_eq!(snippet(Form::Frame), format!("{frame}\n{script}"));
        // In the page, the element around the very same iframe, which stays where it cannot run.
        assert_eq!(
            snippet(Form::InPage),
            format!(
                "<explainer-embed src=\"https://news.test/x/embed/returns/\">\n{frame}\n</explainer-embed>\n{script}"
            )
        );
        let letter = newsletter(
            "https://news.test/x/",
            "en/",
            PageView::EmbedChart(returns),
            story,
            ("en/images/returns-email.png", "A bar"),
        );
        assert_eq!(
            letter,
            "<a href=\"https://news.test/x/en/embed/returns/\"><img src=\"https://news.test/x/en/images/returns-email.png\" alt=\"A bar\" width=\"450\" style=\"display:block;max-width:100%;height:auto;border:0\"></a>"
        );
    }
}
