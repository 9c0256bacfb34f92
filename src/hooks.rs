//! The contract between the pre-rendered page and the browser code: what the components write
//! for `live` to find, and how `live` reads it back. Pure (no Leptos, no `web_sys`), so that a
//! native test can render every page and check both sides against each other (`site`'s tests).
//!
//! - A **control** says what it does with one encoding: [`Control::marks`] writes it (figures and
//!   events as `data-figure`/`data-event`, everything else as `data-control`), [`Control::read`]
//!   reads it. `live` answers every control with one exhaustive `match`.
//! - Elements that belong together find each other by **id** ([`option_id`], [`DIALOG_ID`],
//!   [`file_id`], …), never by their place in the DOM.
//! - Everything else `live` looks up is a **selector** constant here, listed in [`SELECTORS`].

use vocabulary::Named;

use crate::content::{Lang, Selection, Story};
use crate::embed::PageView;
use crate::reading::Walk;

/// The attribute that names a figure a control stands for.
pub const FIGURE: &str = "data-figure";
/// The attribute that names an event a control stands for.
pub const EVENT: &str = "data-event";
/// The attribute of every other control: [`Control::marks`]' `control`.
pub const CONTROL: &str = "data-control";
/// On the root: which view the page holds ([`PageView::key`]) and its language.
pub const VIEW: &str = "data-view";
/// On the root: the page's language, for a host's scripts and the tests (the browser code takes
/// its language from the page's story, since the engine holds none).
pub const LANG: &str = "data-lang";
/// On an embed's root: the name hosts know it by ([`PageView::host_key`]), which the loader's
/// `frame.js` sends its height under.
pub const HOST_KEY: &str = "data-key";
/// On the root: the address of the page's story in its binary form, which the loader fetches
/// with the engine and hands to it (`site::data_file`).
pub const STORY: &str = "data-story";
/// On an embed's root: the addresses of the engine's JS bindings and WASM, and of the stylesheet
/// for a shadow root, of the build the page belongs to: what `embed.js` starts an in-page embed
/// with (a loader cached from an earlier build would name files that are gone).
pub const IN_PAGE_FILES: [&str; 3] = ["data-engine", "data-engine-wasm", "data-shadow-style"];
/// A sentence of the text, as [`sentence_key`] names it.
pub const SENTENCE: &str = "data-sentence";
/// A part of a visual's readout: the id of the item it shows.
pub const READOUT_ITEM: &str = "data-readout";
/// A graphic's container: the id of the chart it draws.
pub const CHART: &str = "data-chart";
/// On an "Embed" button: its view's iframe first height, estimated at build time. (Its title
/// and its image's text are the page's own: [`title_id`], [`description_id`].)
pub const EMBED_HEIGHT: &str = "data-height";
/// In the embed dialog's list of images: the kind of image a link is to (`web`, `card`).
pub const IMAGE_KIND: &str = "data-kind";

/// Every `data-` attribute the browser code reads (the WASM, or for [`STORY`] and [`HOST_KEY`]
/// the loader that starts it), and [`LANG`], the page's language for hosts. A test checks that
/// the pages carry no other (but [`FOR_STYLES`]).
pub const READ_BY_LIVE: [&str; 12] =
    [STORY, HOST_KEY, FIGURE, EVENT, CONTROL, VIEW, LANG, SENTENCE, READOUT_ITEM, CHART, EMBED_HEIGHT, IMAGE_KIND];
/// `data-` attributes only the stylesheet reads: a mention's tooltip text.
pub const FOR_STYLES: [&str; 1] = ["data-tip"];

/// Any control.
pub const ANY_CONTROL: &str = "[data-control], [data-figure], [data-event]";
/// A link within the page, to what its hash names.
pub const LINK_WITHIN: &str = "a[href^='#']";
/// A visual's PNG download: a link to its file (the browser saves it), not a control.
pub const PNG_LINK: &str = "a.ex-download[download]";
/// A mention of the text (a figure's number or an event's date).
pub const MENTION: &str = ".ex-mention";
/// What wraps a mention and draws its tooltip.
pub const MENTION_WRAP: &str = ".ex-mention-wrap";
/// Every sentence of the text.
pub const SENTENCES: &str = "[data-sentence]";
/// A visual's list of items.
pub const LEGEND: &str = ".ex-legend";
/// An item of a legend.
pub const OPTION: &str = ".ex-legend-item";
/// A visual's readout.
pub const READOUT: &str = ".ex-readout";
/// The parts of a readout, one block per item (its hint is not one: it always shows).
pub const READOUT_PARTS: &str = "[data-readout]";
/// The live region that speaks what the keyboard reached.
pub const ANNOUNCEMENT: &str = ".ex-announcement";
/// A graphic that the browser draws again at its width.
pub const GRAPHIC: &str = ".ex-visual-graphic[data-chart]";
/// A mark of a graphic that stands for a figure or an event.
pub const GRAPHIC_MARK: &str = ".ex-visual-graphic [data-figure], .ex-visual-graphic [data-event]";
/// A paragraph of the text, followed as the reader scrolls.
pub const PARAGRAPH: &str = ".ex-paragraph";
/// A visual's steps through the text, on its own embed page.
pub const STEPS: &str = ".ex-steps";
/// A step: one sentence of the text.
pub const STEP: &str = ".ex-steps li";
/// Which step is shown, of how many.
pub const STEP_COUNT: &str = ".ex-steps-count";
/// An embed dialog's snippet.
pub const SNIPPET: &str = ".ex-embed-snippet";
/// An embed dialog's newsletter snippet.
pub const NEWSLETTER: &str = ".ex-embed-newsletter";
/// An embed dialog's status line.
pub const STATUS: &str = "[role=status]";

/// The element the page is rendered into, and that `live` brings to life.
pub const ROOT_ID: &str = "explainer";

/// Every selector `live` uses; a test checks that each matches the pre-rendered pages.
pub const SELECTORS: [&str; 21] = [
    ANY_CONTROL,
    PNG_LINK,
    LINK_WITHIN,
    MENTION,
    MENTION_WRAP,
    SENTENCES,
    LEGEND,
    OPTION,
    READOUT,
    READOUT_PARTS,
    ANNOUNCEMENT,
    GRAPHIC,
    GRAPHIC_MARK,
    PARAGRAPH,
    STEPS,
    STEP,
    STEP_COUNT,
    SNIPPET,
    NEWSLETTER,
    STATUS,
    "#explainer",
];

/// The classes `live` sets on the page: mentions related to the chosen figure, the sentence a
/// choice comes from, what stands out, a tooltip silenced by Escape, the paragraph being read,
/// a mark the paragraph being read mentions.
pub mod state {
    /// A mention whose figure the chosen figure is computed from.
    pub const RELATED: &str = "ex-mention--related";
    /// The sentence the chosen item comes from.
    pub const SOURCE_SENTENCE: &str = "ex-sentence--source";
    /// A mark or legend item that shows what is chosen or pointed at.
    pub const ACTIVE: &str = "is-active";
    /// A mention whose tooltip Escape closed.
    pub const QUIET: &str = "ex-mention-wrap--quiet";
    /// The paragraph in the middle of the screen.
    pub const READING: &str = "ex-paragraph--active";
    /// A mark or legend item that the paragraph being read mentions: lit softly.
    pub const READ: &str = "is-read";
    /// Kept for screen readers only: a visual's list of notes once its graphic draws their
    /// words (`scene::WORDS_FROM`).
    pub const SPOKEN_ONLY: &str = "ex-sr-only";
}

/// A file a visual offers to download.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    /// The visual as SVG, with its title, values and source.
    Svg,
    /// Its data.
    Csv,
}

impl Named for FileKind {
    const NAMES: &'static [(&'static str, Self)] = &[("svg", FileKind::Svg), ("csv", FileKind::Csv)];
}

/// What a control of the page does when it is used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Control {
    /// Chooses a figure or an event: mentions, legend items and marks.
    Choose(Selection),
    /// Saves one of a visual's files.
    Download {
        /// The chart, by index.
        chart: usize,
        /// Which file.
        file: FileKind,
    },
    /// Opens the dialog with the snippet that embeds a view.
    OpenEmbed(PageView),
    /// Copies the snippet of the embed dialog.
    CopySnippet,
    /// Closes the embed dialog.
    CloseDialog,
    /// Goes to the same place in another language.
    Language(Lang),
    /// Walks an embed's steps, back or on.
    Step(Walk),
}

/// The attributes that mark a control, as components write them.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Marks {
    /// `data-figure`: the id of the figure chosen.
    pub figure: Option<&'static str>,
    /// `data-event`: the id of the event chosen.
    pub event: Option<&'static str>,
    /// `data-control`: any other control.
    pub control: Option<String>,
}

impl Control {
    /// The attributes that say what this control does.
    pub fn marks(self, story: &'static Story) -> Marks {
        let control = |verb: &str, argument: &str| Some(format!("{verb}:{argument}"));
        match self {
            Control::Choose(Selection::Figure(i)) => Marks { figure: Some(&story.figures[i].id), ..Marks::default() },
            Control::Choose(Selection::Event(i)) => Marks { event: Some(&story.events[i].id), ..Marks::default() },
            Control::Download { chart, file } => {
                let argument = format!("{}:{}", story.charts[chart].id, file.name());
                Marks { control: control("download", &argument), ..Marks::default() }
            }
            Control::OpenEmbed(view) => Marks { control: control("open-embed", &view.key(story)), ..Marks::default() },
            Control::CopySnippet => Marks { control: Some("copy".to_string()), ..Marks::default() },
            Control::CloseDialog => Marks { control: Some("close".to_string()), ..Marks::default() },
            Control::Language(lang) => Marks { control: control("language", lang.code()), ..Marks::default() },
            Control::Step(walk) => {
                let way = match walk {
                    Walk::Back => "back",
                    Walk::On => "on",
                    Walk::First => "first",
                    Walk::Last => "last",
                };
                Marks { control: control("step", way), ..Marks::default() }
            }
        }
    }

    /// The control an element's attributes describe (`attribute` gives an attribute's value by
    /// name); `None` for anything malformed or unknown.
    pub fn read(attribute: impl Fn(&str) -> Option<String>, story: &Story) -> Option<Control> {
        if let Some(id) = attribute(FIGURE).or_else(|| attribute(EVENT)) {
            return story.find(&id).map(Control::Choose);
        }
        let value = attribute(CONTROL)?;
        let (verb, argument) = value.split_once(':').unwrap_or((&value, ""));
        let view = || PageView::from_key(argument, story);
        match verb {
            "download" => {
                let (chart, file) = argument.split_once(':')?;
                let chart = story.charts.iter().position(|spec| spec.id == chart)?;
                Some(Control::Download { chart, file: FileKind::parse(file)? })
            }
            "open-embed" => view().map(Control::OpenEmbed),
            "copy" if argument.is_empty() => Some(Control::CopySnippet),
            "close" if argument.is_empty() => Some(Control::CloseDialog),
            "language" => story.language_of(argument).map(Control::Language),
            "step" => {
                let walk = match argument {
                    "back" => Walk::Back,
                    "on" => Walk::On,
                    "first" => Walk::First,
                    "last" => Walk::Last,
                    _ => return None,
                };
                Some(Control::Step(walk))
            }
            _ => None,
        }
    }
}

/// How a sentence is named in `data-sentence`: `paragraph.sentence`, both from 0.
pub fn sentence_key(paragraph: usize, sentence: usize) -> String {
    format!("{paragraph}.{sentence}")
}

/// The id of an item's option in a chart's legend.
pub fn option_id(story: &Story, chart: usize, item: Selection) -> String {
    format!("{}-item-{}", story.charts[chart].id, story.id_of(item))
}

/// The id of the hidden description a mention's tooltip repeats for assistive technology.
pub fn tip_id(story: &Story, item: Selection) -> String {
    format!("tip-{}", story.id_of(item))
}

/// The id of a view's title on the page: a chart's heading, or the explainer's (a `_`, which
/// content ids never have, so that it cannot be one of theirs).
pub fn title_id(story: &Story, view: PageView) -> String {
    match view {
        PageView::EmbedChart(chart) => format!("{}_title", story.charts[chart].id),
        _ => "explainer_title".to_string(),
    }
}

/// The id of a view's description on the page (what its image says in words): a chart's
/// generated description, or the explainer's standfirst.
pub fn description_id(story: &Story, view: PageView) -> String {
    match view {
        PageView::EmbedChart(chart) => format!("{}_description", story.charts[chart].id),
        _ => "explainer_standfirst".to_string(),
    }
}

/// The id of a chart's list of notes drawn from the text (a `_`: never a content id).
pub fn notes_id(story: &Story, chart: usize) -> String {
    format!("{}_notes", story.charts[chart].id)
}

/// The id of the page's one embed dialog, which every "Embed" button opens with its own view's
/// snippet (generated ids have a `_`, which content ids never have, so they cannot clash).
pub const DIALOG_ID: &str = "embed_dialog";

/// The id of the embed dialog's heading.
pub const DIALOG_HEADING_ID: &str = "embed_dialog_heading";

/// The id of one of a chart's files in the page's data file (`content::SavedFile`).
pub fn file_id(story: &Story, chart: usize, file: FileKind) -> String {
    format!("file_{}_{}", story.charts[chart].id, file.name())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::fixture::seed;

    #[test]
    fn every_control_reads_back_from_its_marks() {
        let mut controls = vec![
            Control::OpenEmbed(PageView::EmbedAll),
            Control::CopySnippet,
            Control::CloseDialog,
            Control::Language(Lang::EN),
            Control::Language(Lang::FR),
            Control::Step(Walk::Back),
            Control::Step(Walk::On),
            Control::Step(Walk::First),
            Control::Step(Walk::Last),
        ];
        controls.extend((0..seed().figures.len()).map(|i| Control::Choose(Selection::Figure(i))));
        controls.extend((0..seed().events.len()).map(|i| Control::Choose(Selection::Event(i))));
        for chart in 0..seed().charts.len() {
            for file in [FileKind::Svg, FileKind::Csv] {
                controls.push(Control::Download { chart, file });
            }
            let view = PageView::EmbedChart(chart);
            controls.push(Control::OpenEmbed(view));
        }
        for control in controls {
            let marks = control.marks(seed());
            let attribute = |name: &str| match name {
                FIGURE => marks.figure.map(str::to_string),
                EVENT => marks.event.map(str::to_string),
                CONTROL => marks.control.clone(),
                _ => None,
            };
            assert_eq!(Control::read(attribute, seed()), Some(control), "{marks:?}");
        }
    }

    #[test]
    fn malformed_or_unknown_controls_are_nothing() {
        for value in [
            "",
            "download",
            "download:nope:svg",
            "download:returns:gif",
            "open-embed:embed:nope",
            "language:de",
            "copy:embed",
            "step:middle",
            "step",
            "jump:x",
        ] {
            let attribute = |name: &str| (name == CONTROL).then(|| value.to_string());
            assert_eq!(Control::read(attribute, seed()), None, "{value}");
        }
        assert_eq!(Control::read(|name| (name == FIGURE).then(|| "no-such-figure".to_string()), seed()), None);
    }
}
