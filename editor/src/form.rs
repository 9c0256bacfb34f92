//! The file's items as a list, and a form for the one being edited: a control per field in
//! the shape its value has, its mark and a button to confirm it, its faults beside it, its
//! quote set from the words selected in the text.

use content_compiler::edit::{self, Change, Field, Place, Section, Shape};
use content_compiler::raw::NONE;
use content_compiler::review::Status;
use content_compiler::validate::NumberClaim;
use leptos::prelude::*;
use vocabulary::{ChartKind, Named, Outlook, Qualifier, UnitKind};

use crate::{browser, status, Work};

/// A section's name in the interface: its kind, and its id or its place.
fn title(words: &vocabulary::Editing, section: &Section) -> String {
    let (table, index) = match &section.place {
        Place::Table(name) => (name.as_str(), None),
        Place::Entry(array, index) => (array.as_str(), Some(*index)),
    };
    let (group, rest) = table.split_once('.').unwrap_or((table, ""));
    let kind = words.sections.iter().find(|(name, _)| *name == group).map_or(group, |(_, said)| *said);
    match (section.id(), index) {
        (Some(id), _) => format!("{kind} {id}"),
        (None, Some(index)) => format!("{kind} {}", index + 1),
        (None, None) if !rest.is_empty() => format!("{kind} {rest}"),
        (None, None) => kind.to_string(),
    }
}

/// Where a section stands with the editor: a fault on one of its lines, else a mark, else none.
fn standing(section: &Section, faults: &[(usize, String)]) -> Option<Status> {
    if faults.iter().any(|(line, _)| section.lines.contains(line)) {
        Some(Status::Fault)
    } else if section.fields.iter().any(|f| f.mark.is_some()) {
        Some(Status::ToCheck)
    } else {
        None
    }
}

/// The names of a kind's every value.
fn names<T: Named + 'static>() -> Vec<String> {
    T::NAMES.iter().map(|(name, _)| name.to_string()).collect()
}

/// `names` and the format's `none`.
fn with_none(mut names: Vec<String>) -> Vec<String> {
    names.push(NONE.to_string());
    names
}

/// The choices a field offers, if the format names them.
fn choices(place: &Place, key: &str, sections: &[Section]) -> Option<Vec<String>> {
    let array = match place {
        Place::Entry(array, _) => array.as_str(),
        Place::Table(name) => name.as_str(),
    };
    match (array, key) {
        (_, "qualifier") => Some(names::<Qualifier>()),
        // `none`: the file says a word of change, or of a plan, does not make one.
        ("figures", "change") => Some(with_none(names::<vocabulary::Change>())),
        (_, "outlook") => Some(with_none(names::<Outlook>())),
        ("units", "kind") => Some(names::<UnitKind>()),
        ("charts", "kind") => Some(names::<ChartKind>()),
        ("article", "status") => Some(names::<vocabulary::Status>()),
        ("figures", "unit") => Some(
            sections
                .iter()
                .filter(|s| matches!(&s.place, Place::Entry(a, _) if a == "units"))
                .filter_map(|s| s.id().map(str::to_string))
                .collect(),
        ),
        _ => None,
    }
}

/// The list of items, and the form of the one chosen.
#[component]
pub fn Items() -> impl IntoView {
    let work: Work = expect_context();
    let words = work.words;
    // Each item as the list shows it: one that did not change is not drawn again.
    let list = move || {
        let reviewed = work.reviewed.get();
        let chosen = work.chosen.get();
        reviewed
            .sections
            .iter()
            .map(|section| {
                let standing = standing(section, &reviewed.faults).map(|s| status(words, s));
                (section.place.clone(), title(words, section), standing, chosen.as_ref() == Some(&section.place))
            })
            .collect::<Vec<_>>()
    };
    let row = move |(place, title, standing, current): (Place, String, Option<(&'static str, &'static str)>, bool)| {
        view! {
            <li>
                <button type="button" aria-current=current.then_some("true")
                    on:click=move |_| {
                        work.number.set(None);
                        work.chosen.set(Some(place.clone()));
                        browser::reveal("ed-item");
                    }>
                    {title}
                </button>
                {standing.map(|(name, class)| view! { " "<span class=format!("ed-status ed-status--{class}")>{name}</span> })}
            </li>
        }
    };
    view! {
        <section class="ed-items">
            <h2 id="ed-items-heading">{words.items}</h2>
            <div class="ed-item" id="ed-item" tabindex="-1">
                {move || match work.chosen.get() {
                    Some(place) => view! { <ItemForm place/> }.into_any(),
                    None => view! { <Unaccounted/> }.into_any(),
                }}
            </div>
            <ul class="ed-item-list">
                <For each=list key=|item| format!("{item:?}") children=row/>
            </ul>
        </section>
    }
}

/// The chosen number, when nothing accounts for it: say why it is no figure.
#[component]
fn Unaccounted() -> impl IntoView {
    let work: Work = expect_context();
    let words = work.words;
    let reason = RwSignal::new(String::new());
    move || {
        let unaccounted = work.number.get().and_then(|index| {
            work.reviewed.with(|r| r.numbers.get(index).filter(|n| n.claim == NumberClaim::Unaccounted).cloned())
        });
        match unaccounted {
            None => view! { <p class="ed-hint">{words.choose_item}</p> }.into_any(),
            Some(number) => {
                let written = number.written.clone();
                let add = move |_| {
                    let fields = [("quote", written.as_str().into()), ("reason", reason.get().into())];
                    work.apply(|file| edit::append(file, "not_figures", &fields));
                    work.number.set(None);
                };
                view! {
                    <p>{words.unaccounted_help.replace("{number}", &number.written)}</p>
                    <label for="ed-reason">{words.reason}</label>
                    <input id="ed-reason" type="text" prop:value=reason
                        on:input=move |ev| reason.set(event_target_value(&ev))/>
                    <button type="button" on:click=add disabled=move || reason.get().trim().is_empty()>
                        {words.not_a_figure}
                    </button>
                }
                .into_any()
            }
        }
    }
}

/// The form of the section at `place`.
#[component]
fn ItemForm(place: Place) -> impl IntoView {
    let work: Work = expect_context();
    let words = work.words;
    let section = {
        let place = place.clone();
        Memo::new(move |_| work.reviewed.with(|r| r.sections.iter().find(|s| s.place == place).cloned()))
    };
    let heading = move || section.get().map(|s| title(words, &s)).unwrap_or_default();
    let faults = move || {
        let Some(section) = section.get() else { return Vec::new() };
        work.reviewed.with(|r| {
            r.faults.iter().filter(|(line, _)| section.lines.contains(line)).map(|(_, f)| f.clone()).collect::<Vec<_>>()
        })
    };
    let quoting = {
        let place = place.clone();
        move |_| match browser::selected_in("ed-article") {
            Some(words_selected) => {
                let language = work.original();
                let change = match section.get().and_then(|s| s.field("quote").cloned()).map(|f| f.shape) {
                    Some(Shape::Languages(_)) => Change::Language(language, words_selected),
                    _ => Change::Text(words_selected),
                };
                work.apply(|file| edit::change(file, &place, "quote", change));
            }
            None => work.said.set(words.select_first.into()),
        }
    };
    let quotes = matches!(&place, Place::Entry(a, _) if ["figures", "events", "not_figures"].contains(&a.as_str()));
    let remove = {
        let place = place.clone();
        move |_| {
            if let Place::Entry(array, index) = &place {
                work.apply(|file| edit::remove_entry(file, array, *index));
                work.chosen.set(None);
            }
        }
    };
    let moving = {
        let place = place.clone();
        move |earlier: bool| {
            if let Place::Entry(array, index) = &place {
                match work.edit(|file| edit::move_entry(file, array, *index, earlier)) {
                    Ok(()) => {
                        let moved = if earlier { index.saturating_sub(1) } else { index + 1 };
                        work.chosen.set(Some(Place::entry(array, moved)));
                    }
                    Err(error) => work.said.set(error),
                }
            }
        }
    };
    let entry = matches!(place, Place::Entry(..));
    let fields = move || section.get().map(|s| s.fields).unwrap_or_default();
    let place_for_rows = place.clone();
    view! {
        <h3>{heading}</h3>
        <ul class="ed-item-faults">{move || faults().into_iter().map(|f| view! { <li>{f}</li> }).collect_view()}</ul>
        {quotes.then(|| view! {
            <button type="button" on:click=quoting>{words.quote_selection}</button>
        })}
        <div class="ed-fields">
            <For
                each=fields
                key=row_key
                children=move |field| view! { <FieldRow place=place_for_rows.clone() section field/> }
            />
        </div>
        {entry.then(|| {
            let later = moving.clone();
            view! {
                <div class="ed-actions ed-entry-actions">
                    <button type="button" on:click=move |_| moving(true)>{words.move_earlier}</button>
                    <button type="button" on:click=move |_| later(false)>{words.move_later}</button>
                    <button type="button" on:click=remove>{words.remove_entry}</button>
                </div>
            }
        })}
    }
}

/// What a field's row is drawn for: its key, the kind of its control and whether it holds a
/// mark. A new value redraws nothing (the controls follow the file); a mark confirmed does.
fn row_key(field: &Field) -> String {
    let kind = match &field.shape {
        Shape::Text(_) => "text".to_string(),
        Shape::Number(_) => "number".to_string(),
        Shape::Bool(_) => "bool".to_string(),
        Shape::Languages(texts) => texts.iter().map(|(language, _)| language.as_str()).collect::<Vec<_>>().join(","),
        Shape::Texts(_) => "texts".to_string(),
        Shape::Other(_) => "other".to_string(),
    };
    format!("{}|{kind}|{}", field.key, field.mark.is_some())
}

/// A field's value as one line of text, as its control shows it.
fn written(shape: Option<&Shape>) -> String {
    match shape {
        Some(Shape::Text(text) | Shape::Number(text) | Shape::Other(text)) => text.clone(),
        Some(Shape::Texts(texts)) => texts.join("\n"),
        _ => String::new(),
    }
}

/// One field: its control (which follows the file), its mark, what was refused, and a button
/// that takes it out.
#[component]
fn FieldRow(place: Place, section: Memo<Option<Section>>, field: Field) -> impl IntoView {
    let work: Work = expect_context();
    let words = work.words;
    let key = field.key.clone();
    let id = format!("ed-f-{key}");
    let error_id = format!("ed-e-{key}");
    let shape = {
        let key = key.clone();
        Memo::new(move |_| section.with(|s| s.as_ref().and_then(|s| s.field(&key)).map(|f| f.shape.clone())))
    };
    let error = RwSignal::new(None::<String>);
    let set = {
        let (place, key) = (place.clone(), key.clone());
        move |change: Change| {
            let done = work.edit(|file| edit::change(file, &place, &key, change));
            error.set(done.err());
        }
    };
    let invalid = move || error.get().is_some().then_some("true");
    let described = {
        let error_id = error_id.clone();
        move || error.get().map(|_| error_id.clone())
    };
    let sections = work.reviewed.with_untracked(|r| r.sections.clone());
    let label = view! { <label for=id.clone()>{key.clone()}</label> };
    let control = match (&field.shape, choices(&place, &key, &sections)) {
        (Shape::Text(_), Some(options)) => {
            let set = set.clone();
            let current = move || written(shape.get().as_ref());
            // Chosen on purpose: a select fires `change` on an arrow key, so the value is set,
            // never confirmed, by it.
            view! {
                {label}
                <select id=id.clone() aria-invalid=invalid aria-describedby=described.clone()
                    on:change=move |ev| set(Change::Text(event_target_value(&ev)))>
                    {move || {
                        let now = current();
                        let mut all = options.clone();
                        if !all.contains(&now) {
                            all.insert(0, now.clone());
                        }
                        all.into_iter()
                            .map(|o| {
                                let selected = o == now;
                                view! { <option value=o.clone() selected=selected>{o.clone()}</option> }
                            })
                            .collect_view()
                    }}
                </select>
            }
            .into_any()
        }
        (Shape::Text(first), None) if first.chars().count() > 60 => {
            let set = set.clone();
            view! {
                {label}
                <textarea id=id.clone() rows="3" aria-invalid=invalid aria-describedby=described.clone()
                    prop:value=move || written(shape.get().as_ref())
                    on:change=move |ev| set(Change::Text(event_target_value(&ev)))></textarea>
            }
            .into_any()
        }
        (Shape::Text(_), None) => {
            let set = set.clone();
            view! {
                {label}
                <input id=id.clone() type="text" aria-invalid=invalid aria-describedby=described.clone()
                    prop:value=move || written(shape.get().as_ref())
                    on:change=move |ev| set(Change::Text(event_target_value(&ev)))/>
            }
            .into_any()
        }
        (Shape::Number(_) | Shape::Other(_), _) => {
            let set = set.clone();
            let number = matches!(field.shape, Shape::Number(_));
            view! {
                {label}
                <input id=id.clone() type="text" inputmode=number.then_some("decimal") spellcheck="false"
                    aria-invalid=invalid aria-describedby=described.clone()
                    prop:value=move || written(shape.get().as_ref())
                    on:change=move |ev| set(Change::Toml(event_target_value(&ev)))/>
            }
            .into_any()
        }
        (Shape::Bool(_), _) => {
            let set = set.clone();
            view! {
                {label}
                <input id=id.clone() type="checkbox"
                    prop:checked=move || matches!(shape.get(), Some(Shape::Bool(true)))
                    on:change=move |ev| set(Change::Toml(event_target_checked(&ev).to_string()))/>
            }
            .into_any()
        }
        (Shape::Languages(texts), _) => texts
            .iter()
            .map(|(language, _)| {
                let set = set.clone();
                let language = language.clone();
                let text = {
                    let language = language.clone();
                    move || match shape.get() {
                        Some(Shape::Languages(texts)) => {
                            texts.into_iter().find(|(l, _)| *l == language).map(|(_, t)| t).unwrap_or_default()
                        }
                        _ => String::new(),
                    }
                };
                let id = format!("{id}-{language}");
                let label = format!("{key} ({language})");
                view! {
                    <label for=id.clone()>{label}</label>
                    <input id=id type="text" lang=language.clone() aria-invalid=invalid
                        aria-describedby=described.clone() prop:value=text
                        on:change=move |ev| set(Change::Language(language.clone(), event_target_value(&ev)))/>
                }
            })
            .collect_view()
            .into_any(),
        (Shape::Texts(texts), _) if key == "paragraphs" => view! {
            <p class="ed-hint">{key.clone()}": "{texts.len()}" ¶"</p>
        }
        .into_any(),
        (Shape::Texts(_), _) => {
            let set = set.clone();
            // One item a line: an item may hold a comma.
            view! {
                {label}
                <textarea id=id.clone() rows="2" spellcheck="false" aria-invalid=invalid
                    aria-describedby=described.clone()
                    prop:value=move || written(shape.get().as_ref())
                    on:change=move |ev| {
                        let lines = event_target_value(&ev);
                        let texts = lines.lines().map(str::trim).filter(|t| !t.is_empty()).map(str::to_string);
                        set(Change::Texts(texts.collect()))
                    }></textarea>
            }
            .into_any()
        }
    };
    // The control to give the focus back to once the row is drawn again.
    let first_control = match &field.shape {
        Shape::Languages(texts) => texts.first().map_or(id.clone(), |(language, _)| format!("{id}-{language}")),
        _ => id.clone(),
    };
    let mark = field.mark.clone().map(|mark| {
        let (place, key, first_control) = (place.clone(), key.clone(), first_control.clone());
        let confirm = move |_| {
            work.apply(|file| edit::confirm(file, &place, &key));
            browser::focus_soon(&first_control);
        };
        view! {
            <p class="ed-mark">
                <span class="ed-status ed-status--check">{words.to_check}</span>" "{mark}" "
                <button type="button" on:click=confirm aria-label=format!("{} {}", words.confirm, field.key)>
                    {words.confirm}
                </button>
            </p>
        }
    });
    let removable = key != "id" && key != "paragraphs";
    let remove = {
        let (place, key) = (place.clone(), key.clone());
        move |_| {
            work.apply(|file| edit::change(file, &place, &key, Change::Remove));
            browser::focus_soon("ed-item");
        }
    };
    view! {
        <div class="ed-field">
            {control}
            {move || error.get().map(|refused| view! { <p class="ed-refused" id=error_id.clone()>{refused}</p> })}
            {mark}
            {removable.then(|| view! {
                <button type="button" class="ed-remove-field" on:click=remove
                    aria-label=format!("{} {}", words.remove_field, key)>{words.remove_field}</button>
            })}
        </div>
    }
}
