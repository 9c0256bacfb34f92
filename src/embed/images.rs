//! The images made of each chart at build time (`site::images` draws them): their kinds,
//! sizes and budgets, and where they live, for the pages, snippets and tests that name them.

use crate::content::Story;
use crate::embed::PageView;

/// The kinds of image made for each chart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// For the web: 600 px wide, at twice the density.
    Web,
    /// The same in the dark theme.
    WebDark,
    /// For email: 450 px wide, at twice the density.
    Email,
    /// Edge to edge: 1280 px wide.
    Wide,
    /// A share card, 1200 × 630.
    Card,
}

impl Kind {
    /// Every kind, in the order files are listed.
    pub const ALL: [Kind; 5] = [Kind::Web, Kind::WebDark, Kind::Email, Kind::Wide, Kind::Card];

    /// Its name in file names.
    pub fn name(self) -> &'static str {
        match self {
            Kind::Web => "web",
            Kind::WebDark => "web-dark",
            Kind::Email => "email",
            Kind::Wide => "wide",
            Kind::Card => "card",
        }
    }

    /// The width it is shown at, in CSS pixels, and how many image pixels each one has.
    pub fn width_and_density(self) -> (u32, u32) {
        match self {
            Kind::Web | Kind::WebDark => (600, 2),
            Kind::Email => (450, 2),
            Kind::Wide => (1280, 1),
            Kind::Card => (1200, 1),
        }
    }

    /// Its height in CSS pixels where it is fixed (a share card's), else `None`: it follows
    /// its chart.
    pub fn fixed_height(self) -> Option<u32> {
        match self {
            Kind::Card => Some(630),
            _ => None,
        }
    }

    /// The largest file it may be, in bytes: what a newsletter or a card can afford.
    pub fn budget(self) -> usize {
        match self {
            Kind::Web | Kind::WebDark => 200_000,
            Kind::Email => 150_000,
            Kind::Wide => 250_000,
            Kind::Card => 150_000,
        }
    }
}

/// The path of an image of `view`, relative to the site's root: `images/returns-web.png`,
/// `en/images/explainer-card.png` (a view that is not one chart has only its card).
pub fn path(story: &Story, view: PageView, kind: Kind) -> String {
    let name = match view {
        PageView::EmbedChart(chart) => &story.charts[chart].id,
        PageView::Full | PageView::EmbedAll => "explainer",
    };
    format!("{}images/{name}-{}.png", story.prefix_of(story.meta.language), kind.name())
}

/// The image a snippet shows where no iframe or script runs: a chart's web image, or the
/// explainer's card.
pub fn snippet_image(story: &Story, view: PageView) -> String {
    match view {
        PageView::EmbedChart(_) => path(story, view, Kind::Web),
        PageView::Full | PageView::EmbedAll => path(story, view, Kind::Card),
    }
}

/// [`snippet_image`] and its text alternative: the chart's generated description, or the
/// explainer's standfirst (what the page writes under `hooks::description_id`).
pub fn for_snippet(story: &Story, view: PageView) -> (String, String) {
    let lang = story.meta.language;
    let alt = match view {
        PageView::EmbedChart(chart) => crate::describe::description(story, &story.charts[chart], lang),
        PageView::Full | PageView::EmbedAll => crate::format::inlines(story, &story.meta.standfirst, lang),
    };
    (snippet_image(story, view), alt)
}

/// The image a newsletter shows: a chart's email image, or the explainer's card.
pub fn for_newsletter(story: &Story, view: PageView) -> String {
    match view {
        PageView::EmbedChart(_) => path(story, view, Kind::Email),
        PageView::Full | PageView::EmbedAll => path(story, view, Kind::Card),
    }
}
