//! An editor's changes to a content file, made on its syntax tree (`toml_edit`): what a change
//! does not touch stays byte for byte as it was written, comments, blank lines and order
//! included, so a file opened and saved without a change comes back as it was.
//!
//! A file is seen as its tables ([`Section`]), each a list of fields, and changed one field at
//! a time. A field's `# check:` mark goes only when it is confirmed ([`confirm`]): a change is
//! not a check. The file's line endings (LF or CRLF) and its last newline, or its lack of one,
//! are kept.

use toml_edit::{DocumentMut, Item, Table, Value};

use crate::raw::CHECK_MARK;

/// Where a section stands in the file.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Place {
    /// A table by its dotted name: `article`, `method`, `translation.en`.
    Table(String),
    /// An entry of an array of tables: `figures` and its index, from 0.
    Entry(String, usize),
}

impl Place {
    /// An entry of `figures`, `events`, `not_figures`, `units`, `charts` or `corrections`.
    pub fn entry(array: &str, index: usize) -> Place {
        Place::Entry(array.to_string(), index)
    }
}

/// A field's value, in the shape a form shows it.
#[derive(Debug, Clone, PartialEq)]
pub enum Shape {
    /// A string.
    Text(String),
    /// A number, as written (`12.25`, `50000`).
    Number(String),
    /// `true` or `false`.
    Bool(bool),
    /// A text in each language: `{ fr = "…", en = "…" }`.
    Languages(Vec<(String, String)>),
    /// A list of strings: `["a", "b"]`.
    Texts(Vec<String>),
    /// Anything else, as TOML.
    Other(String),
}

/// A field of a section: its key, its value, and its `# check:` mark, if any.
#[derive(Debug, Clone, PartialEq)]
pub struct Field {
    /// Its key.
    pub key: String,
    /// Its value.
    pub shape: Shape,
    /// What its mark asks, after `# check:`.
    pub mark: Option<String>,
}

/// A table of the file, or an entry of one of its arrays of tables, with its fields in order.
#[derive(Debug, Clone, PartialEq)]
pub struct Section {
    /// Where it stands.
    pub place: Place,
    /// Its fields, in the file's order.
    pub fields: Vec<Field>,
    /// Its lines, from its header (from 1, end excluded): where the compiler's faults point.
    pub lines: std::ops::Range<usize>,
}

impl Section {
    /// The field `key`, if the section has it.
    pub fn field(&self, key: &str) -> Option<&Field> {
        self.fields.iter().find(|field| field.key == key)
    }

    /// Its `id`, if it has one.
    pub fn id(&self) -> Option<&str> {
        match &self.field("id")?.shape {
            Shape::Text(id) => Some(id),
            _ => None,
        }
    }
}

/// A change to one field.
#[derive(Debug, Clone, PartialEq)]
pub enum Change {
    /// Set to a string.
    Text(String),
    /// Set to a value written in TOML: a number (`12.25`), `true`, a list.
    Toml(String),
    /// Set to a list of strings.
    Texts(Vec<String>),
    /// Set one language's text, in a field that has one per language (or has only the
    /// original's, a plain string, when the language is the article's).
    Language(String, String),
    /// Take the field out.
    Remove,
}

/// The file's sections, in its order: its tables and every entry of its arrays of tables.
/// `Err` says why the file cannot be read as TOML.
pub fn sections(toml_text: &str) -> Result<Vec<Section>, String> {
    let document = parse(toml_text)?;
    let mut found = Vec::new();
    collect(document.as_table(), "", &mut found);
    // In the file's order, each with the lines from its header to the next.
    found.sort_by_key(|(position, _)| *position);
    let headers = headers(toml_text);
    let mut sections: Vec<Section> = found.into_iter().map(|(_, section)| section).collect();
    if headers.len() == sections.len() {
        let ends = headers.iter().skip(1).copied().chain([toml_text.lines().count() + 1]);
        for ((section, start), end) in sections.iter_mut().zip(headers.iter().copied()).zip(ends) {
            section.lines = start..end;
        }
    }
    Ok(sections)
}

/// The lines (from 1) of the file's table headers, outside its multi-line strings.
fn headers(toml_text: &str) -> Vec<usize> {
    let mut in_string = false;
    let mut lines = Vec::new();
    for (index, text) in toml_text.lines().enumerate() {
        if !in_string && text.trim_start().starts_with('[') {
            lines.push(index + 1);
        }
        if (text.matches("'''").count() + text.matches("\"\"\"").count()) % 2 == 1 {
            in_string = !in_string;
        }
    }
    lines
}

/// The tables under `table`, each with its place in the document's order.
fn collect(table: &Table, prefix: &str, sections: &mut Vec<(isize, Section)>) {
    for (key, item) in table.iter() {
        let name = if prefix.is_empty() { key.to_string() } else { format!("{prefix}.{key}") };
        match item {
            Item::Table(inner) => {
                let fields = fields(inner);
                if !inner.is_implicit() {
                    let position = inner.position().unwrap_or(isize::MAX);
                    sections.push((position, Section { place: Place::Table(name.clone()), fields, lines: 0..0 }));
                }
                collect(inner, &name, sections);
            }
            Item::ArrayOfTables(entries) => {
                for (index, entry) in entries.iter().enumerate() {
                    let section =
                        Section { place: Place::Entry(name.clone(), index), fields: fields(entry), lines: 0..0 };
                    sections.push((entry.position().unwrap_or(isize::MAX), section));
                }
            }
            _ => {}
        }
    }
}

/// A table's fields: its keys that hold values (not tables).
fn fields(table: &Table) -> Vec<Field> {
    table
        .iter()
        .filter_map(|(key, item)| {
            let value = item.as_value()?;
            Some(Field { key: key.to_string(), shape: shape(value), mark: mark(value) })
        })
        .collect()
}

fn shape(value: &Value) -> Shape {
    match value {
        Value::String(text) => Shape::Text(text.value().clone()),
        Value::Integer(number) => Shape::Number(number.display_repr().to_string()),
        Value::Float(number) => Shape::Number(number.display_repr().to_string()),
        Value::Boolean(flag) => Shape::Bool(*flag.value()),
        Value::InlineTable(table) if table.iter().all(|(_, v)| v.is_str()) => Shape::Languages(
            table.iter().map(|(k, v)| (k.to_string(), v.as_str().unwrap_or_default().to_string())).collect(),
        ),
        Value::Array(array) if array.iter().all(Value::is_str) => {
            Shape::Texts(array.iter().filter_map(Value::as_str).map(str::to_string).collect())
        }
        other => {
            let mut bare = other.clone();
            bare.decor_mut().clear();
            Shape::Other(bare.to_string())
        }
    }
}

/// What the mark after `value` asks, if it has one.
fn mark(value: &Value) -> Option<String> {
    let suffix = value.decor().suffix()?.as_str()?;
    let (_, said) = suffix.split_once(CHECK_MARK)?;
    Some(said.trim().to_string())
}

/// `toml_text` with `key` of the section at `place` changed; its mark stays until confirmed.
pub fn change(toml_text: &str, place: &Place, key: &str, change: Change) -> Result<String, String> {
    let mut document = parse(toml_text)?;
    let table = table_mut(&mut document, place)?;
    match change {
        Change::Remove => {
            table.remove(key);
        }
        Change::Text(text) => replace(table, key, Value::from(text)),
        Change::Texts(texts) => replace(table, key, Value::Array(texts.into_iter().collect())),
        Change::Toml(written) => {
            let value = written
                .trim()
                .parse::<Value>()
                .map_err(|_| format!("`{}` is not a value this file can hold", written.trim()))?;
            replace(table, key, value)
        }
        Change::Language(language, text) => {
            let original = document.get("article").and_then(|a| a.get("language")).and_then(Item::as_str);
            let original = original.map(str::to_string);
            let table = table_mut(&mut document, place)?;
            match table.get_mut(key).and_then(Item::as_value_mut) {
                Some(Value::InlineTable(languages)) => match languages.get_mut(&language) {
                    // In place: the key as it is written, the value's spacing kept.
                    Some(old) => {
                        let mut value = Value::from(text);
                        *value.decor_mut() = old.decor().clone();
                        *old = value;
                    }
                    None => {
                        let mut value = Value::from(text);
                        value.decor_mut().set_prefix(" ");
                        value.decor_mut().set_suffix(" ");
                        languages.insert(&language, value);
                    }
                },
                Some(Value::String(_)) | None if original.as_deref() == Some(language.as_str()) => {
                    replace(table, key, Value::from(text))
                }
                Some(Value::String(old)) => {
                    // The original's text alone, and now a translation: one text per language.
                    let original = original.ok_or("the article names no `language`: name it first")?;
                    let mut languages = toml_edit::InlineTable::new();
                    languages.insert(&original, Value::from(old.value().clone()));
                    languages.insert(&language, Value::from(text));
                    replace(table, key, Value::InlineTable(languages))
                }
                _ => return Err(format!("`{key}` holds no text per language")),
            }
        }
    }
    Ok(finish(toml_text, &document))
}

/// `toml_text` with the mark of `key` in the section at `place` taken off, its value kept.
pub fn confirm(toml_text: &str, place: &Place, key: &str) -> Result<String, String> {
    let mut document = parse(toml_text)?;
    let table = table_mut(&mut document, place)?;
    let value = table.get_mut(key).and_then(Item::as_value_mut).ok_or_else(|| format!("no `{key}` here"))?;
    drop_mark(Some(value));
    Ok(finish(toml_text, &document))
}

/// `toml_text` with a new entry at the end of the array of tables `array`, its fields in order.
pub fn append(toml_text: &str, array: &str, fields: &[(&str, Value)]) -> Result<String, String> {
    let mut document = parse(toml_text)?;
    let mut entry = Table::new();
    for (key, value) in fields {
        entry.insert(key, Item::Value(value.clone()));
    }
    let entries = document
        .entry(array)
        .or_insert(Item::ArrayOfTables(Default::default()))
        .as_array_of_tables_mut()
        .ok_or_else(|| format!("`{array}` is not a list of tables"))?;
    // A blank line before it, as a hand-written file separates its entries.
    entry.decor_mut().set_prefix("\n");
    entries.push(entry);
    Ok(finish(toml_text, &document))
}

/// `toml_text` without the entry at `index` of the array of tables `array`.
pub fn remove_entry(toml_text: &str, array: &str, index: usize) -> Result<String, String> {
    let mut document = parse(toml_text)?;
    let missing = || describe(&Place::entry(array, index));
    let entries = document.get_mut(array).and_then(Item::as_array_of_tables_mut).ok_or_else(missing)?;
    if index >= entries.len() {
        return Err(format!("the file has no {}", missing()));
    }
    // What stood at its place and was not its own (the comments that end the entry before)
    // stays, before the entry that follows, if any.
    let removed = entries.remove(index);
    let prefix = removed.decor().prefix().and_then(|p| p.as_str()).unwrap_or("").to_string();
    let (stays, _) = split_prefix(&prefix);
    if let Some(next) = entries.get_mut(index) {
        let own = next.decor().prefix().and_then(|p| p.as_str()).unwrap_or("").to_string();
        let (_, own) = split_prefix(&own);
        next.decor_mut().set_prefix(format!("{stays}{own}"));
    } else if !stays.is_empty() {
        let trailing = document.trailing().as_str().unwrap_or("").to_string();
        document.set_trailing(format!("{stays}{trailing}"));
    }
    Ok(finish(toml_text, &document))
}

/// `toml_text` with the entry at `index` of the array of tables `array` moved one place
/// earlier (`earlier`) or later: the order charts show in. Each entry takes the other's place
/// in the file, with its comments.
pub fn move_entry(toml_text: &str, array: &str, index: usize, earlier: bool) -> Result<String, String> {
    let mut document = parse(toml_text)?;
    let missing = || describe(&Place::entry(array, index));
    let entries = document.get_mut(array).and_then(Item::as_array_of_tables_mut).ok_or_else(missing)?;
    let other = if earlier { index.checked_sub(1) } else { Some(index + 1) };
    let Some(other) = other.filter(|&other| other < entries.len() && index < entries.len()) else {
        return Err(format!("the {} cannot move {}", missing(), if earlier { "earlier" } else { "later" }));
    };
    let (first, second) = (index.min(other), index.max(other));
    let mut later_entry = entries.remove(second);
    let earlier_entry = entries.get_mut(first).ok_or_else(missing)?;
    // Swapped: each takes the other's place in the file with what stands there (blank lines,
    // the comments that end the entry before), and keeps the comments right above it.
    let (a, b) = (earlier_entry.position(), later_entry.position());
    let prefix = |entry: &Table| entry.decor().prefix().and_then(|p| p.as_str()).unwrap_or("").to_string();
    let (prefix_a, prefix_b) = (prefix(earlier_entry), prefix(&later_entry));
    std::mem::swap(earlier_entry, &mut later_entry);
    earlier_entry.set_position(a);
    later_entry.set_position(b);
    let ((stays_a, own_a), (stays_b, own_b)) = (split_prefix(&prefix_a), split_prefix(&prefix_b));
    earlier_entry.decor_mut().set_prefix(format!("{stays_a}{own_b}"));
    later_entry.decor_mut().set_prefix(format!("{stays_b}{own_a}"));
    let mut rest: Vec<Table> = Vec::new();
    while entries.len() > second {
        rest.push(entries.remove(second));
    }
    entries.push(later_entry);
    for entry in rest {
        entries.push(entry);
    }
    Ok(finish(toml_text, &document))
}

/// Splits a table's header decor into what stays at its place (all up to its last blank line:
/// the blank lines between entries, and the comments that end the entry before) and what goes
/// with the table (the comments right above its header).
fn split_prefix(prefix: &str) -> (&str, &str) {
    let mut at = 0;
    let mut stays = 0;
    for line in prefix.split_inclusive('\n') {
        at += line.len();
        if line.trim().is_empty() {
            stays = at;
        }
    }
    prefix.split_at(stays)
}

/// The file as `document` writes it, in the line endings of `original` and with its last
/// newline, or its lack of one (`toml_edit` writes what it changes with `\n`).
fn finish(original: &str, document: &DocumentMut) -> String {
    let mut written = document.to_string();
    if original.contains("\r\n") {
        written = written.replace("\r\n", "\n").replace('\n', "\r\n");
    }
    if !original.is_empty() && !original.ends_with('\n') {
        while written.ends_with('\n') {
            written.pop();
            if written.ends_with('\r') {
                written.pop();
            }
        }
    }
    written
}

fn parse(toml_text: &str) -> Result<DocumentMut, String> {
    toml_text.parse::<DocumentMut>().map_err(|error| error.to_string().trim().to_string())
}

fn table_mut<'a>(document: &'a mut DocumentMut, place: &Place) -> Result<&'a mut Table, String> {
    let missing = || format!("the file has no {}", describe(place));
    match place {
        Place::Table(name) => {
            let mut table = document.as_table_mut();
            for part in name.split('.') {
                table = table.get_mut(part).and_then(Item::as_table_mut).ok_or_else(missing)?;
            }
            Ok(table)
        }
        Place::Entry(array, index) => document
            .get_mut(array)
            .and_then(Item::as_array_of_tables_mut)
            .and_then(|entries| entries.get_mut(*index))
            .ok_or_else(missing),
    }
}

fn describe(place: &Place) -> String {
    match place {
        Place::Table(name) => format!("[{name}]"),
        Place::Entry(array, index) => format!("[[{array}]] number {}", index + 1),
    }
}

/// Sets `key` to `value`, written where the old value was: its spacing and its comment kept,
/// its mark too (only [`confirm`] takes a mark off: a value chosen by a stray key is not a
/// value checked).
fn replace(table: &mut Table, key: &str, mut value: Value) {
    match table.get_mut(key).and_then(Item::as_value_mut) {
        Some(old) => {
            *value.decor_mut() = old.decor().clone();
            *old = value;
        }
        None => {
            table.insert(key, Item::Value(value));
        }
    }
}

fn drop_mark(value: Option<&mut Value>) {
    if let Some(value) = value {
        if is_mark(value.decor().suffix().and_then(|s| s.as_str())) {
            value.decor_mut().set_suffix("");
        }
    }
}

fn is_mark(suffix: Option<&str>) -> bool {
    suffix.is_some_and(|suffix| suffix.contains(CHECK_MARK))
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILE: &str = r#"# A file.
[article]
title = "A title"  # check: the first words
language = "en"
label = { fr = "étiquette", en = "label" }

[[figures]]
id = "a"
value = 12.25  # check: read from the text
quote = "12.25%"

[[figures]]
id = "b"
label = "bins"
"#;

    #[test]
    fn sections_in_order_with_marks() {
        let sections = sections(FILE).unwrap();
        let places: Vec<_> = sections.iter().map(|s| s.place.clone()).collect();
        assert_eq!(places, [Place::Table("article".into()), Place::entry("figures", 0), Place::entry("figures", 1)]);
        let title = sections[0].field("title").unwrap();
        assert_eq!(title.mark.as_deref(), Some("the first words"));
        assert_eq!(sections[1].field("value").unwrap().shape, Shape::Number("12.25".into()));
        assert_eq!(
            sections[0].field("label").unwrap().shape,
            Shape::Languages(vec![("fr".into(), "étiquette".into()), ("en".into(), "label".into())])
        );
        assert_eq!(sections[2].id(), Some("b"));
        assert_eq!(sections.iter().map(|s| s.lines.clone()).collect::<Vec<_>>(), [2..7, 7..12, 12..15]);
    }

    #[test]
    fn a_change_touches_its_line_alone_and_keeps_its_mark() {
        let changed = change(FILE, &Place::entry("figures", 0), "value", Change::Toml("12.5".into())).unwrap();
        assert_eq!(changed, FILE.replace("value = 12.25  #", "value = 12.5  #"));
        let titled = change(FILE, &Place::Table("article".into()), "title", Change::Text("New".into())).unwrap();
        assert_eq!(titled, FILE.replace("\"A title\"  #", "\"New\"  #"));
    }

    #[test]
    fn line_endings_and_the_last_newline_are_kept() {
        let crlf = FILE.replace('\n', "\r\n");
        let changed = change(&crlf, &Place::entry("figures", 1), "label", Change::Text("cans".into())).unwrap();
        assert_eq!(changed, crlf.replace("\"bins\"", "\"cans\""));
        assert_eq!(confirm(&crlf, &Place::entry("figures", 1), "label").unwrap(), crlf);
        let bare = FILE.trim_end();
        let changed = change(bare, &Place::entry("figures", 1), "label", Change::Text("cans".into())).unwrap();
        assert_eq!(changed, bare.replace("\"bins\"", "\"cans\""));
    }

    #[test]
    fn confirm_keeps_the_value() {
        let confirmed = confirm(FILE, &Place::entry("figures", 0), "value").unwrap();
        assert_eq!(confirmed, FILE.replace("  # check: read from the text", ""));
    }

    #[test]
    fn languages_and_removal() {
        let place = Place::Table("article".into());
        let changed = change(FILE, &place, "label", Change::Language("en".into(), "tag".into())).unwrap();
        assert_eq!(changed, FILE.replace("en = \"label\"", "en = \"tag\""));
        let translated = change(FILE, &place, "title", Change::Language("fr".into(), "Un titre".into())).unwrap();
        assert!(translated.contains("title = { en = \"A title\", fr = \"Un titre\" }  # check: the first words\n"));
        let listed =
            change(FILE, &Place::entry("figures", 1), "label", Change::Texts(vec!["a".into(), "é".into()])).unwrap();
        assert_eq!(listed, FILE.replace("label = \"bins\"", "label = [\"a\", \"é\"]"));
        let removed = change(FILE, &Place::entry("figures", 1), "label", Change::Remove).unwrap();
        assert_eq!(removed, FILE.replace("label = \"bins\"\n", ""));
    }

    #[test]
    fn bad_input_is_refused_in_words() {
        let place = Place::entry("figures", 0);
        assert!(change(FILE, &place, "value", Change::Toml("12,5".into())).unwrap_err().contains("`12,5`"));
        assert!(change(FILE, &Place::entry("figures", 9), "value", Change::Remove).unwrap_err().contains("number 10"));
        assert!(sections("[article\n").is_err());
    }

    #[test]
    fn appended_entries_read_back() {
        let appended = append(FILE, "not_figures", &[("quote", "2030".into()), ("reason", "a year".into())]).unwrap();
        assert!(appended.starts_with(FILE));
        let sections = sections(&appended).unwrap();
        assert_eq!(sections.last().unwrap().place, Place::entry("not_figures", 0));
        let removed = remove_entry(&appended, "not_figures", 0).unwrap();
        assert!(!removed.contains("not_figures") && removed.starts_with("# A file."), "{removed}");
        assert!(remove_entry(FILE, "figures", 2).is_err());
    }

    #[test]
    fn entries_move_with_their_comments() {
        let file =
            "[[charts]]\nid = \"a\"  # first\n\n# The second.\n[[charts]]\nid = \"b\"\n\n[[charts]]\nid = \"c\"\n";
        // A comment that ends an entry stays where it is; the one above a header goes with it.
        let ended = "[[charts]]\nid = \"a\"\n# old = 1\n\n[[charts]]\nid = \"b\"\n";
        assert_eq!(
            move_entry(ended, "charts", 1, true).unwrap(),
            "[[charts]]\nid = \"b\"\n# old = 1\n\n[[charts]]\nid = \"a\"\n"
        );
        assert_eq!(remove_entry(ended, "charts", 1).unwrap(), "[[charts]]\nid = \"a\"\n# old = 1\n\n");
        let moved = move_entry(file, "charts", 1, true).unwrap();
        assert_eq!(
            moved,
            "# The second.\n[[charts]]\nid = \"b\"\n\n[[charts]]\nid = \"a\"  # first\n\n[[charts]]\nid = \"c\"\n"
        );
        let ids = |text: &str| sections(text).unwrap().iter().map(|s| s.id().unwrap().to_string()).collect::<Vec<_>>();
        assert_eq!(ids(&moved), ["b", "a", "c"]);
        assert_eq!(ids(&move_entry(file, "charts", 1, false).unwrap()), ["a", "c", "b"]);
        assert!(move_entry(file, "charts", 0, true).unwrap_err().contains("cannot move earlier"));
        assert!(move_entry(file, "charts", 2, false).is_err());
    }
}
