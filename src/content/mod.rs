//! The story this explainer tells: the model of the `story` crate, one set of types for the
//! content compiler, the pre-renderer and the browser. The pre-renderer gets the stories from
//! the content compiler as it runs; the browser reads its page's story from the data file the
//! page names (`Story::from_bytes`), so the engine holds no article and serves every one.

pub use story::*;

/// What a page's data file holds (written by `site::data_file`, read by `main`): the story in
/// the page's language, and the files its download buttons save, made at build time. They come
/// with the engine, after the first paint, and are saved offline once there.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PageData {
    /// The story, without what the page already holds (`Story::to_bytes`).
    pub story: Story,
    /// Each chart's SVG and CSV.
    pub files: Vec<SavedFile>,
    /// What the live page says in words, written at build time in the page's language: the
    /// browser's bundle then holds no language's words and writes no number.
    pub said: Said,
}

/// What the live page says to screen readers and in its status lines.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Said {
    /// Each figure as it is announced when reached or chosen (`format::figure_spoken`, and
    /// whether we computed it), in the story's order.
    pub figures: Vec<String>,
    /// Each event as it is announced: its date and its label.
    pub events: Vec<String>,
    /// What the embed dialog says once its snippet is copied.
    pub copied: String,
    /// What it says when the browser could not copy it (the snippet is then selected).
    pub copy_failed: String,
}

/// A file a download button saves.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SavedFile {
    /// Which: `hooks::file_id`.
    pub id: String,
    /// Its name on the reader's disk.
    pub name: String,
    /// Its text.
    pub content: String,
}

#[cfg(test)]
pub mod fixture {
    //! The project's article, compiled once for the native tests.
    use super::{Lang, Story};
    use std::sync::OnceLock;

    /// The seed's article in each of its languages, the original first.
    pub fn seeds() -> &'static [Story] {
        static STORIES: OnceLock<Vec<Story>> = OnceLock::new();
        STORIES.get_or_init(|| {
            let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("content/maroc-migrations.toml");
            content_compiler::compile_file(&path).expect("the project's article compiles").stories
        })
    }

    /// The seed's article in its original language.
    pub fn seed() -> &'static Story {
        &seeds()[0]
    }

    /// The seed's article in `lang`, if it is told in it.
    pub fn seed_in(lang: Lang) -> Option<&'static Story> {
        seeds().iter().find(|story| story.meta.language == lang)
    }
}

#[cfg(test)]
mod tests {
    use super::fixture::seed;

    fn figure(id: &str) -> usize {
        seed().figures.iter().position(|f| f.id == id).unwrap()
    }

    #[test]
    fn sections_start_where_a_visual_illustrates_and_cover_every_paragraph() {
        let sections = seed().sections();
        let covered: Vec<usize> = sections.iter().flat_map(|s| s.paragraphs.clone()).collect();
        assert_eq!(covered, (0..seed().paragraphs.len()).collect::<Vec<_>>());
        for section in &sections {
            for &chart in &section.charts {
                assert_eq!(seed().charts[chart].paragraph, section.paragraphs.start);
            }
        }
        assert!(sections.iter().map(|s| s.charts.len()).sum::<usize>() == seed().charts.len());
    }

    #[test]
    fn a_whole_lights_up_its_parts_and_a_share_its_computed_count() {
        let (whole, share, count) =
            (figure("regularised"), figure("regularised-subsaharan-share"), figure("regularised-subsaharan"));
        assert!(seed().depicts(share, whole), "the whole lights up the shaded share");
        assert!(seed().depicts(share, count), "the computed count is shown by the share's cells");
        assert!(!seed().depicts(whole, count));
        let (total, year, rest) = (figure("returns-total"), figure("returns-2018"), figure("returns-before-2018"));
        assert!(seed().depicts(year, total) && seed().depicts(rest, total));
        assert!(!seed().depicts(rest, year), "the rest is computed from 1 400 but does not show it");
    }
}
