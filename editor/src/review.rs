//! The content file as the editor shows it: the compiler's review in plain values a view can
//! compare, each number of the text with the section of the file that accounts for it.

use std::sync::Arc;

use content_compiler::edit::{Place, Section, Shape};
use content_compiler::review::{review, Status};
use content_compiler::story::Story;
use content_compiler::validate::NumberClaim;

/// The content file's name, as faults say it and the download names it.
pub const FILE: &str = "article.toml";

/// A number of the text, as the editor shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct Shown {
    /// Its paragraph, from 0, and where it stands in it (bytes).
    pub paragraph: usize,
    pub range: std::ops::Range<usize>,
    /// As the text writes it.
    pub written: String,
    pub status: Status,
    /// What accounts for it.
    pub claim: NumberClaim,
    /// The section of the file that accounts for it, if any.
    pub place: Option<Place>,
}

/// The review of a content file, for the view.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Reviewed {
    /// The paragraphs the file's numbers stand in.
    pub paragraphs: Vec<String>,
    pub numbers: Vec<Shown>,
    /// The file's sections, or why it cannot be read.
    pub sections: Vec<Section>,
    /// Each fault: its line and what the build says.
    pub faults: Vec<(usize, String)>,
    /// Each mark left: its line and what it asks.
    pub marks: Vec<(usize, String)>,
    pub publishable: bool,
    /// The story in each language, the original first, when the file has no fault.
    pub stories: Stories,
}

/// Stories, shared, and told apart by their address: each review makes its own.
#[derive(Debug, Clone, Default)]
pub struct Stories(pub Arc<Vec<Story>>);

impl PartialEq for Stories {
    fn eq(&self, other: &Stories) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

impl Reviewed {
    /// The review of `file`, whose source text is `source`.
    pub fn of(file: &str, source: &str) -> Reviewed {
        if file.trim().is_empty() {
            return Reviewed { paragraphs: content_compiler::validate::split_source(source).1, ..Reviewed::default() };
        }
        let text = source.to_string();
        let load = move |_: &str| Ok(text.clone());
        let mut view = review(FILE, file, &load);
        let publishable = view.publishable();
        let sections = std::mem::take(&mut view.sections);
        // The file's own paragraphs if it holds them, else its source's.
        let paragraphs = sections
            .iter()
            .find(|s| s.place == Place::Table("article".into()))
            .and_then(|article| match &article.field("paragraphs")?.shape {
                Shape::Texts(paragraphs) => Some(paragraphs.clone()),
                _ => None,
            })
            .unwrap_or_else(|| content_compiler::validate::split_source(source).1);
        let stories = Stories(Arc::new(view.stories));
        let numbers = view
            .numbers
            .into_iter()
            .map(|n| Shown {
                written: paragraphs
                    .get(n.paragraph)
                    .and_then(|p| p.get(n.range.clone()))
                    .unwrap_or_default()
                    .to_string(),
                place: n.place,
                paragraph: n.paragraph,
                range: n.range,
                status: n.status,
                claim: n.claim,
            })
            .collect();
        Reviewed {
            paragraphs,
            numbers,
            faults: view.faults.iter().map(|f| (f.line, f.to_string())).collect(),
            marks: view.marks.into_iter().map(|m| (m.line, m.text)).collect(),
            publishable,
            sections,
            stories,
        }
    }
}

/// `file` published, or why not.
pub fn publish(file: &str, source: &str) -> Result<String, String> {
    let text = source.to_string();
    let load = move |_: &str| Ok(text.clone());
    content_compiler::review::publish(FILE, file, &load)
}

/// The text of `key` in `section`, in `language` if it has one per language.
pub fn text_of(section: &Section, key: &str, language: &str) -> Option<String> {
    match &section.field(key)?.shape {
        Shape::Text(text) => Some(text.clone()),
        Shape::Languages(texts) => texts.iter().find(|(l, _)| l == language).map(|(_, t)| t.clone()),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SOURCE: &str = "date 2026-03\n\nThe town counted 1,200 bins in 2025.\n";

    #[test]
    fn numbers_lead_to_their_sections() {
        let options = content_compiler::draft::Options { lang: None, source_file: "article.txt".into() };
        let draft = content_compiler::draft::draft(SOURCE, &options).unwrap();
        let reviewed = Reviewed::of(&draft.toml, SOURCE);
        assert_eq!(reviewed.paragraphs, ["The town counted 1,200 bins in 2025."]);
        let bins = reviewed.numbers.iter().find(|n| n.written == "1,200").expect("1,200 is read");
        let place = bins.place.clone().expect("a figure accounts for it");
        let section = reviewed.sections.iter().find(|s| s.place == place).unwrap();
        assert_eq!(section.field("value").unwrap().shape, Shape::Number("1200".into()));
        assert!(!reviewed.marks.is_empty() && !reviewed.publishable);
    }
}
