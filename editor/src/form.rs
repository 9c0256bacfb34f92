//! The file's items as a list, and a form for the one being edited: a control per field in
//! the shape its value has, its mark and a button to confirm it, its faults beside it, its
//! quote set from the words selected in the text.

use content_compiler::edit::{self, Change, Field, Place, Section, Shape};
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

/// The choices a field offers, if the format names them.
fn choices(place: &Place, key: &str, sections: &[Section]) -> Option<Vec<String>> {
    let array = match place {
        Place::Entry(array, _) => array.as_str(),
        Place::Table(name) => name.as_str(),
    };
    match (array, key) {
        (_, "qualifier") => Some(names::<Qualifier>()),
        ("figures", "change") => Some(names::<vocabulary::Change>()),
        (_, "outlook") => Some(names::<Outlook>()),
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
                    work.apply(edit::append(&work.file.get(), "not_figures", &fields));
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
                work.apply(edit::change(&work.file.get(), &place, "quote", change));
            }
            None => work.said.set(words.select_first.into()),
        }
    };
    let quotes = matches!(&place, Place::Entry(a, _) if ["figures", "events", "not_figures"].contains(&a.as_str()));
    let remove = {
        let place = place.clone();
        move |_| {
            if let Place::Entry(array, index) = &place {
                work.apply(edit::remove_entry(&work.file.get(), array, *index));
                work.chosen.set(None);
            }
        }
    };
    let moving = {
        let place = place.clone();
        move |earlier: bool| {
            if let Place::Entry(array, index) = &place {
                let changed = edit::move_entry(&work.file.get(), array, *index, earlier);
                if changed.is_ok() {
                    let moved = if earlier { index.saturating_sub(1) } else { index + 1 };
                    work.chosen.set(Some(Place::entry(array, moved)));
                }
                work.apply(changed);
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
                key=|field: &Field| format!("{}\u{1f}{:?}\u{1f}{:?}", field.key, field.shape, field.mark)
                children=move |field| view! { <FieldRow place=place_for_rows.clone() field/> }
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

/// One field: its control, its mark.
#[component]
fn FieldRow(place: Place, field: Field) -> impl IntoView {
    let work: Work = expect_context();
    let words = work.words;
    let key = field.key.clone();
    let id = format!("ed-f-{key}");
    let set = {
        let (place, key) = (place.clone(), key.clone());
        move |change: Change| work.apply(edit::change(&work.file.get(), &place, &key, change))
    };
    let sections = work.reviewed.with_untracked(|r| r.sections.clone());
    let control = match (&field.shape, choices(&place, &key, &sections)) {
        (Shape::Text(current), Some(mut options)) => {
            if !options.contains(current) {
                options.insert(0, current.clone());
            }
            let current = current.clone();
            let set = set.clone();
            view! {
                <label for=id.clone()>{key.clone()}</label>
                <select id=id.clone() on:change=move |ev| set(Change::Text(event_target_value(&ev)))>
                    {options.into_iter().map(|o| {
                        let selected = o == current;
                        view! { <option value=o.clone() selected=selected>{o.clone()}</option> }
                    }).collect_view()}
                </select>
            }
            .into_any()
        }
        (Shape::Text(current), None) => {
            let set = set.clone();
            let long = current.chars().count() > 60;
            if key == "paragraphs" || long {
                view! {
                    <label for=id.clone()>{key.clone()}</label>
                    <textarea id=id.clone() rows="3" prop:value=current.clone()
                        on:change=move |ev| set(Change::Text(event_target_value(&ev)))></textarea>
                }
                .into_any()
            } else {
                view! {
                    <label for=id.clone()>{key.clone()}</label>
                    <input id=id.clone() type="text" prop:value=current.clone()
                        on:change=move |ev| set(Change::Text(event_target_value(&ev)))/>
                }
                .into_any()
            }
        }
        (Shape::Number(current), _) | (Shape::Other(current), _) => {
            let set = set.clone();
            let number = matches!(field.shape, Shape::Number(_));
            view! {
                <label for=id.clone()>{key.clone()}</label>
                <input id=id.clone() type="text" inputmode=number.then_some("decimal") spellcheck="false"
                    prop:value=current.clone()
                    on:change=move |ev| set(Change::Toml(event_target_value(&ev)))/>
            }
            .into_any()
        }
        (Shape::Bool(current), _) => {
            let set = set.clone();
            view! {
                <label for=id.clone()>{key.clone()}</label>
                <input id=id.clone() type="checkbox" prop:checked=*current
                    on:change=move |ev| set(Change::Toml(event_target_checked(&ev).to_string()))/>
            }
            .into_any()
        }
        (Shape::Languages(texts), _) => texts
            .iter()
            .map(|(language, text)| {
                let set = set.clone();
                let language = language.clone();
                let id = format!("{id}-{language}");
                let label = format!("{key} ({language})");
                view! {
                    <label for=id.clone()>{label}</label>
                    <input id=id type="text" lang=language.clone() prop:value=text.clone()
                        on:change=move |ev| set(Change::Language(language.clone(), event_target_value(&ev)))/>
                }
            })
            .collect_view()
            .into_any(),
        (Shape::Texts(texts), _) if key == "paragraphs" => view! {
            <p class="ed-hint">{key.clone()}": "{texts.len()}" ¶"</p>
        }
        .into_any(),
        (Shape::Texts(texts), _) => {
            let set = set.clone();
            view! {
                <label for=id.clone()>{key.clone()}</label>
                <input id=id.clone() type="text" spellcheck="false" prop:value=texts.join(", ")
                    on:change=move |ev| {
                        let listed = event_target_value(&ev);
                        let texts = listed.split(',').map(str::trim).filter(|t| !t.is_empty()).map(str::to_string);
                        set(Change::Texts(texts.collect()))
                    }/>
            }
            .into_any()
        }
    };
    let mark = field.mark.clone().map(|mark| {
        let (place, key) = (place.clone(), key.clone());
        let confirm = move |_| work.apply(edit::confirm(&work.file.get(), &place, &key));
        view! {
            <p class="ed-mark">
                <span class="ed-status ed-status--check">{words.to_check}</span>" "{mark}" "
                <button type="button" on:click=confirm aria-label=format!("{} {}", words.confirm, field.key)>
                    {words.confirm}
                </button>
            </p>
        }
    });
    view! { <div class="ed-field">{control}{mark}</div> }
}
