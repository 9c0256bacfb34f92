//! An editor's view of a content file: every number of its text with its status (accounted
//! for, a guess to check, or a fault), the faults and the marks left, and whether it may be
//! published. What an editor in the browser shows beside the text; the same checks as the build.

use std::ops::Range;

use crate::edit::{sections, Place, Section};
use crate::raw::{check_marks, CHECK_MARK};
use crate::validate::{read, Diagnostic, NumberClaim, SourceLoader};

/// Where a number of the text stands with the editor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// An item accounts for it, and neither a fault nor a mark is left on that item.
    Accounted,
    /// The item that accounts for it holds a `# check:` mark: a guess to confirm.
    ToCheck,
    /// Nothing accounts for it, or the item that does has a fault.
    Fault,
}

impl Status {
    /// Its name, as an editor's list says it.
    pub fn name(self) -> &'static str {
        match self {
            Status::Accounted => "accounted",
            Status::ToCheck => "to check",
            Status::Fault => "fault",
        }
    }
}

/// A number of the original text, what accounts for it, and its status.
#[derive(Debug, Clone, PartialEq)]
pub struct Number {
    /// Its paragraph, from 0.
    pub paragraph: usize,
    /// Where it stands in the paragraph, in bytes.
    pub range: Range<usize>,
    /// What accounts for it.
    pub claim: NumberClaim,
    /// Its status.
    pub status: Status,
    /// The section of the file that accounts for it, if any.
    pub place: Option<Place>,
}

/// A `# check:` mark: its line and what it says.
#[derive(Debug, Clone, PartialEq)]
pub struct Mark {
    /// Its line, from 1.
    pub line: usize,
    /// What it asks, after `# check:`.
    pub text: String,
}

/// A content file as its editor sees it.
pub struct Review {
    /// Every number of the original text, in order.
    pub numbers: Vec<Number>,
    /// Every fault, as the build words it.
    pub faults: Vec<Diagnostic>,
    /// Every mark left.
    pub marks: Vec<Mark>,
    /// The story in each language, the original first, when the file has no fault.
    pub stories: Vec<story::Story>,
    /// The file's sections (empty when it cannot be read as TOML).
    pub sections: Vec<Section>,
}

impl Review {
    /// Whether the file may be published: no fault, no mark.
    pub fn publishable(&self) -> bool {
        self.faults.is_empty() && self.marks.is_empty()
    }
}

/// Reviews `toml_text` (the content of `file_name`), whose source file `load_source` reads.
pub fn review(file_name: &str, toml_text: &str, load_source: SourceLoader) -> Review {
    let checked = read(file_name, toml_text, load_source);
    let (stories, faults) = match checked.result {
        Ok(stories) => (stories, Vec::new()),
        Err(faults) => (Vec::new(), faults),
    };
    let lines: Vec<&str> = toml_text.lines().collect();
    let marks: Vec<Mark> = check_marks(toml_text)
        .into_iter()
        .map(|line| {
            let text = lines.get(line - 1).copied().unwrap_or("");
            let said = text.rsplit_once(CHECK_MARK).map_or("", |(_, said)| said.trim());
            Mark { line, text: said.to_string() }
        })
        .collect();
    let sections = sections(toml_text).unwrap_or_default();
    let numbers = checked
        .numbers
        .into_iter()
        .map(|number| {
            let section = section_of(&sections, &number.claim);
            let within = |line: usize| section.is_some_and(|s| s.lines.contains(&line));
            let status = match number.claim {
                NumberClaim::Unaccounted | NumberClaim::Refused => Status::Fault,
                _ if faults.iter().any(|fault| within(fault.line)) => Status::Fault,
                _ if marks.iter().any(|mark| within(mark.line)) => Status::ToCheck,
                _ => Status::Accounted,
            };
            let place = section.map(|s| s.place.clone());
            Number { paragraph: number.paragraph, range: number.range, claim: number.claim, status, place }
        })
        .collect();
    Review { numbers, faults, marks, stories, sections }
}

/// The section of the file that `claim` names.
fn section_of<'a>(sections: &'a [Section], claim: &NumberClaim) -> Option<&'a Section> {
    let by_id = |array: &str, id: &str| {
        sections.iter().find(|s| matches!(&s.place, Place::Entry(a, _) if a == array) && s.id() == Some(id))
    };
    match claim {
        NumberClaim::Figure(id) | NumberClaim::Period(id) => by_id("figures", id),
        NumberClaim::Event(id) => by_id("events", id),
        NumberClaim::NotAFigure(index) => sections.iter().find(|s| s.place == Place::entry("not_figures", *index)),
        NumberClaim::Refused | NumberClaim::Unaccounted => None,
    }
}

/// The file published: its `status = "draft"` line says `published`, every other byte as it
/// was. Refused while a fault or a mark is left, with what is left.
pub fn publish(file_name: &str, toml_text: &str, load_source: SourceLoader) -> Result<String, String> {
    let review = review(file_name, toml_text, load_source);
    if !review.publishable() {
        return Err(format!(
            "{} fault(s) and {} mark(s) are left: publish once every one is gone",
            review.faults.len(),
            review.marks.len()
        ));
    }
    let mut out = String::with_capacity(toml_text.len() + 4);
    let mut found = false;
    for line in toml_text.split_inclusive('\n') {
        let key = line.trim_start();
        if !found && key.starts_with("status") && key.contains("\"draft\"") {
            out.push_str(&line.replacen("\"draft\"", "\"published\"", 1));
            found = true;
        } else {
            out.push_str(line);
        }
    }
    if found {
        Ok(out)
    } else {
        Err("the file has no `status = \"draft\"` line: it is published already".into())
    }
}
