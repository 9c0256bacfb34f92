//! The page in the browser. Pre-rendering wrote the whole page (`view`); this brings it to life
//! without rendering it again: one set of listeners on the root answers every control (event
//! delegation, `events`), each change of the reader's state is mirrored at once onto the
//! elements that show it (`marks`), and only the graphics are written again, at the width they
//! get (`graphics`). No framework runs here: the state (`reading::State`) is five values, and
//! what follows from each change is a plain call, so neither a renderer nor a reactive system is
//! shipped (see README, "Size and speed"). What it finds on the page, and how it reads the controls, is the
//! contract of [`hooks`](crate::hooks).

mod dialog;
mod downloads;
mod embed;
mod events;
mod graphics;
mod hash;
mod language;
mod marks;
mod paragraphs;

use std::cell::{Cell, OnceCell};

use wasm_bindgen::closure::Closure;
use wasm_bindgen::convert::FromWasmAbi;
use wasm_bindgen::JsCast;
use web_sys::{Document, DocumentFragment, Element, EventTarget, HtmlElement, Window};

use crate::content::{Said, SavedFile, Selection, Story};
use crate::embed::protocol::Told;
use crate::embed::PageView;
use crate::hooks::{self, Control};
use crate::reading::{Look, Reading, Redraw, State, Walk};

/// Brings the pre-rendered page of `story` under `root`, which shows `view`, to life. `guest`
/// is the address of the page the markup came from when it is a guest in another page (an
/// in-page embed, in a shadow root): then the address bar, the history and the window's
/// messages are the host's, and are left alone.
pub fn start(
    root: HtmlElement,
    story: &'static Story,
    files: &'static [SavedFile],
    said: &'static Said,
    view: PageView,
    guest: Option<String>,
) {
    let at_home = guest.is_none();
    let reading = Reading::new(story, view);
    // The page lives as long as the tab, and so does its reader: every listener holds it.
    let reader: &'static Reader = Box::leak(Box::new(Reader {
        root: root.clone(),
        guest,
        reading,
        said,
        state: Cell::new(State::default()),
        page: marks::Page::find(&root, reading),
        pending: Cell::new(Redraw::NOTHING),
        history: Cell::new(false),
        recorded: Cell::new(None),
        downloaded: Cell::new(None),
        frame: OnceCell::new(),
        after_frame: OnceCell::new(),
    }));
    graphics::draw(&root, reader);
    events::answer(&root, reader, files);
    paragraphs::follow_reading_position(&root, reader);
    if at_home {
        hash::follow(reader);
        language::honour_query(reading);
        match view {
            PageView::EmbedChart(_) | PageView::EmbedAll => embed::talk_to_parent(reading),
            PageView::Full => {}
        }
    }
    // A visual's embed page lights what its first step says.
    reader.walk(Walk::First, false);
    // Until here (a deep link's choice) the state was shown at once; from now on, once a frame.
    let _ = reader.frame.set(Closure::new(move || reader.show()));
    let _ = reader.after_frame.set(Closure::new(move || reader.record_now()));
}

/// The reader's state on this page ([`State`], whose transitions say what to show again), and
/// the page that shows it. A change is shown once, just before the next frame: one tap moves
/// the pointer, the focus and the choice (five events or more), and the page is written once
/// for all of them.
pub struct Reader {
    /// The element the page is under, which tells the page around it what the reader does.
    root: HtmlElement,
    /// The address of the page the markup came from, for an in-page embed (see [`start`]).
    guest: Option<String>,
    /// The page being read.
    pub reading: Reading,
    /// What it says in words.
    pub said: &'static Said,
    /// What the reader has done; the URL's hash follows its choice.
    state: Cell<State>,
    /// The elements that show the state.
    page: marks::Page,
    /// What changed and is not shown yet.
    pending: Cell<Redraw>,
    /// Whether a choice waits to be recorded in the history.
    history: Cell<bool>,
    /// A choice (or none) to record in the history, and whether the keyboard made it walking a
    /// list.
    recorded: Cell<Option<(Option<Selection>, bool)>>,
    /// The address of the last download's file, revoked by the next download.
    downloaded: Cell<Option<String>>,
    /// Shows what is pending; asked for before the next frame.
    frame: OnceCell<Closure<dyn FnMut()>>,
    /// Records a choice in the history; asked for once the frame that shows it is drawn.
    after_frame: OnceCell<Closure<dyn FnMut()>>,
}

impl Reader {
    /// Changes the state with `change` (one of [`State`]'s transitions, given `item`), and shows
    /// what it says changed.
    fn update(&self, change: fn(&mut State, Option<Selection>) -> Redraw, item: Option<Selection>) {
        let mut state = self.state.take();
        let redraw = change(&mut state, item);
        self.state.set(state);
        self.changed(redraw, false);
    }

    /// Chooses `selection`: the page shows it, and says it.
    pub fn select(&self, selection: Option<Selection>) {
        self.update(State::choose, selection);
    }

    /// Points at `item` (or at nothing): its marks light up.
    pub fn point(&self, item: Option<Selection>) {
        self.update(State::point, item);
    }

    /// The keyboard reached `item` (or left it): it is announced.
    pub fn reach(&self, item: Option<Selection>) {
        self.update(State::reach, item);
    }

    /// `paragraph` reached the reading band (or none is in it): what it mentions lights softly.
    pub fn read(&self, paragraph: Option<&Element>) {
        let mut state = self.state.take();
        let redraw = state.read(paragraph.map(|p| self.page.mentioned_in(p)).unwrap_or_default());
        self.state.set(state);
        self.changed(redraw, false);
    }

    /// Walks the steps of a visual's embed page, if it is one; a step the reader walked to is
    /// told to the page around (`told`), not the first one shown as the page opens.
    pub fn walk(&self, walk: Walk, told: bool) {
        let PageView::EmbedChart(chart) = self.reading.view else { return };
        let steps = crate::reading::steps(self.reading.story, chart);
        let mut state = self.state.take();
        let redraw = state.walk_steps(self.reading, chart, &steps, walk);
        let step = state.step();
        self.state.set(state);
        self.changed(redraw, false);
        if told && redraw.has(Redraw::STEP) {
            self.tell(Told::Step { step: step + 1, count: steps.len() });
        }
    }

    /// Tells the page around what the reader did.
    fn tell(&self, told: Told) {
        embed::tell(&self.root, self.reading, told, self.guest.is_none());
    }

    /// `href`, relative to the page the markup came from, as the browser must follow it: as it
    /// is on that page, absolute in an in-page embed (the host page's address is not ours).
    fn address(&self, href: &str) -> String {
        let absolute = self.guest.as_deref().and_then(|page| web_sys::Url::new_with_base(href, page).ok());
        absolute.map_or_else(|| href.to_string(), |url| url.href())
    }

    /// Shows `what` before the next frame (at once while the page is being brought to life),
    /// and records the choice in the history after it if `history`.
    fn changed(&self, what: Redraw, history: bool) {
        let idle = self.pending.get() == Redraw::NOTHING && !self.history.get();
        self.pending.set(self.pending.get().and(what));
        self.history.set(self.history.get() || history);
        if !idle || (what == Redraw::NOTHING && !history) {
            return;
        }
        match self.frame.get() {
            None => self.show(),
            Some(frame) => {
                let _ = window().request_animation_frame(frame.as_ref().unchecked_ref());
            }
        }
    }

    /// Shows what changed.
    fn show(&self) {
        let what = self.pending.replace(Redraw::NOTHING);
        let state = self.state.take();
        if what.has(Redraw::CHOICE) {
            self.page.show_choice(&state, self.reading);
        }
        if what.has(Redraw::LIGHT) {
            self.page.light(&state, self.reading);
        }
        if what.has(Redraw::SPEECH) {
            self.page.announce(&state, self.said);
        }
        if what.has(Redraw::STEP) {
            self.page.show_step(&state, self.reading);
        }
        self.state.set(state);
        // Writing the history takes the browser longer than showing the choice: it waits until
        // this frame is drawn (a task queued from an animation frame runs after it).
        if self.history.replace(false) {
            match self.after_frame.get() {
                Some(after) => {
                    let _ = window().set_timeout_with_callback(after.as_ref().unchecked_ref());
                }
                None => self.record_now(),
            }
        }
    }

    /// Records a choice in the history, so that back returns to it (`walking`: see
    /// [`hash::push`]).
    fn record(&self, selection: Option<Selection>, walking: bool) {
        self.recorded.set(Some((selection, walking)));
        self.changed(Redraw::NOTHING, true);
    }

    fn record_now(&self) {
        if let Some((selection, walking)) = self.recorded.take().filter(|_| self.guest.is_none()) {
            hash::push(self.reading, selection, walking);
        }
    }

    /// What pressing a toggle for `item` chooses now ([`State::toggled`]).
    fn toggled(&self, item: Selection) -> Option<Selection> {
        let state = self.state.take();
        let toggled = state.toggled(item);
        self.state.set(state);
        toggled
    }

    /// How a mark of chart `chart` for `item` stands out now.
    fn look(&self, chart: usize, item: Selection) -> Look {
        let state = self.state.take();
        let look = state.look(self.reading, chart, item);
        self.state.set(state);
        look
    }
}

/// A reader's choice: selects and records it in the history, so that back returns to it; a
/// keyboard walking a list (`walking`) keeps one entry for the walk.
fn choose(reader: &Reader, selection: Option<Selection>, walking: bool) {
    reader.select(selection);
    reader.record(selection, walking);
    if let Some(selection) = selection {
        reader.tell(Told::Choose(reader.reading.story.id_of(selection)));
    }
}

/// The browser's window: the WASM runs in a page, so it has one.
fn window() -> Window {
    web_sys::window().expect("a window")
}

/// The page's document.
fn document() -> Document {
    window().document().expect("a document")
}

/// The control an element is, read from its attributes.
fn control_of(element: &Element, story: &Story) -> Option<Control> {
    Control::read(|name| element.get_attribute(name), story)
}

/// The figure or event an element stands for, if it is a control that chooses one.
fn item_of(element: &Element, story: &Story) -> Option<Selection> {
    match control_of(element, story)? {
        Control::Choose(item) => Some(item),
        _ => None,
    }
}

/// The chart a graphic's container draws (by its `data-chart`).
fn chart_of(graphic: &Element, story: &Story) -> Option<usize> {
    let id = graphic.get_attribute(hooks::CHART)?;
    story.charts.iter().position(|chart| chart.id == id)
}

/// Listens for `event` on `target` for as long as the page lives. These listeners (on the root,
/// the window, the document) are never removed, so leptos-use's `use_event_listener`, which
/// follows a reactive target and cleans up after itself, would cost WASM for nothing.
fn listen<E: FromWasmAbi + 'static>(target: &EventTarget, event: &str, handler: impl FnMut(E) + 'static) {
    let handler = Closure::<dyn FnMut(E)>::new(handler);
    let _ = target.add_event_listener_with_callback(event, handler.as_ref().unchecked_ref());
    handler.forget();
}

/// The elements under `root` that match `selector`, as a list.
fn all(root: &Element, selector: &str) -> Vec<Element> {
    let Ok(found) = root.query_selector_all(selector) else { return Vec::new() };
    (0..found.length()).filter_map(|i| found.item(i)).filter_map(|node| node.dyn_into::<Element>().ok()).collect()
}

/// The element with this id in the tree `near` is in: the page, or an in-page embed's shadow
/// root (whose ids are its own: two embeds of one chart on a page do not meet).
fn by_id(near: &Element, id: &str) -> Option<Element> {
    let tree = near.get_root_node();
    match tree.dyn_ref::<Document>() {
        Some(document) => document.get_element_by_id(id),
        None => tree.dyn_ref::<DocumentFragment>()?.get_element_by_id(id),
    }
}
