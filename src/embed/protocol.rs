//! The messages an embed exchanges with the page that frames it. Pure: the browser adapter
//! (`live::embed`) turns `postMessage` data into [`Incoming`], and [`Told`] into messages.
//!
//! In: pym's width message and one message of our own to set the theme or language live,
//! `{"type": "explainer:set", "theme": "dark", "lang": "fr"}`. Anything else, or anything
//! malformed, is ignored. Out, the embed's height goes in the four conventions newsroom pages
//! listen for (pym.js, Datawrapper, AMP, Medium/Embedly) from `site/frame.js`, which runs before
//! the WASM and without it; the browser tests read those messages back. And what the reader
//! does, for a host to count ([`Told`]): to the host's origin only ([`host_origin`]), never to
//! any page that happens to frame it.

/// The query options of an embed's URL: `?theme=dark&lang=fr&bg=transparent&childId=…`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Options {
    /// `?theme=`: light, dark or the reader's system.
    pub theme: Option<Theme>,
    /// `?lang=`: one of the content's languages.
    pub lang: Option<String>,
    /// `?bg=transparent`: the host page shows through.
    pub transparent: bool,
    /// pym.js names its child with this; its height messages must carry it.
    pub child_id: Option<String>,
}

/// The colours an embed takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Theme {
    /// Light.
    Light,
    /// Dark.
    Dark,
    /// Follow the reader's system.
    Auto,
}

impl Theme {
    /// The theme a name (`light`, `dark`, `auto`) stands for.
    pub fn parse(name: &str) -> Option<Theme> {
        match name {
            "light" => Some(Theme::Light),
            "dark" => Some(Theme::Dark),
            "auto" => Some(Theme::Auto),
            _ => None,
        }
    }

    /// The theme's name.
    pub fn name(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
            Theme::Auto => "auto",
        }
    }
}

/// Reads the options from a query string (with or without its `?`); unknown or malformed
/// options are ignored.
pub fn parse_query(query: &str, languages: &[&str]) -> Options {
    let mut options = Options::default();
    for pair in query.trim_start_matches('?').split('&') {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        let value = percent_decode(value);
        match key {
            "theme" => options.theme = Theme::parse(&value),
            "lang" if languages.contains(&value.as_str()) => options.lang = Some(value),
            "bg" => options.transparent = value == "transparent",
            "childId" if is_safe_child_id(&value) => options.child_id = Some(value),
            _ => {}
        }
    }
    options
}

/// pym's child ids go into messages verbatim: letters, digits, `-` and `_` only.
fn is_safe_child_id(id: &str) -> bool {
    !id.is_empty() && id.len() <= 64 && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        match bytes[i] {
            b'%' if i + 2 < bytes.len() => match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                (Some(high), Some(low)) => {
                    out.push((high * 16 + low) as u8);
                    i += 3;
                    continue;
                }
                _ => out.push(b'%'),
            },
            b'+' => out.push(b' '),
            byte => out.push(byte),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// `postMessage` data as the adapter reads it: a string, a plain object's own entries, or
/// anything else.
#[derive(Debug, Clone, PartialEq)]
pub enum Incoming {
    /// A string.
    Text(String),
    /// A plain object's own entries.
    Object(Vec<(String, Value)>),
    /// Anything else.
    Other,
}

/// A value of an incoming object, as far as the protocol looks.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// A string.
    Text(String),
    /// A number.
    Number(f64),
    /// Anything else.
    Other,
}

/// What the embed should do about a message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    /// pym's parent told its width: answer with the height.
    SendHeight,
    /// The host sets the theme or the language.
    Set {
        /// The theme to take, if the message names one.
        theme: Option<Theme>,
        /// The language to go to, if the message names one.
        lang: Option<String>,
    },
}

/// The largest width a real page can tell.
const MAX_WIDTH: u32 = 100_000;

/// A width as pym.js writes it (`1024`, or `1024.5`): plain digits, above 0 and at most
/// `MAX_WIDTH`. Read by hand, since float parsing would add its code to the browser bundle.
fn is_plausible_width(text: &str) -> bool {
    let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
    let digits = |part: &str| part.bytes().all(|b| b.is_ascii_digit());
    if whole.is_empty() || !digits(whole) || !digits(fraction) || (text.contains('.') && fraction.is_empty()) {
        return false;
    }
    let fraction_is_zero = fraction.bytes().all(|b| b == b'0');
    match whole.trim_start_matches('0').parse::<u32>() {
        Ok(whole) => {
            (whole > 0 || !fraction_is_zero) && (whole < MAX_WIDTH || (whole == MAX_WIDTH && fraction_is_zero))
        }
        // Only zeros, or more digits than a u32 holds.
        Err(_) => whole.bytes().all(|b| b == b'0') && !fraction_is_zero,
    }
}

/// Reads a message from the parent page; `None` for anything that is not exactly one of the
/// messages the embed answers.
pub fn decode(message: &Incoming, child_id: Option<&str>, languages: &[&str]) -> Option<Command> {
    match message {
        Incoming::Text(text) => {
            let id = child_id?;
            let width = text.strip_prefix("pymxPYMx")?.strip_prefix(id)?.strip_prefix("xPYMxwidthxPYMx")?;
            is_plausible_width(width).then_some(Command::SendHeight)
        }
        Incoming::Object(entries) => {
            let text = |key: &str| entries.iter().find(|(k, _)| k == key).map(|(_, v)| v);
            if text("type") != Some(&Value::Text("explainer:set".into())) {
                return None;
            }
            // The schema is closed: an unknown key makes the whole message invalid.
            if entries.iter().any(|(key, _)| !matches!(key.as_str(), "type" | "theme" | "lang")) {
                return None;
            }
            let theme = match text("theme") {
                None => None,
                Some(Value::Text(name)) => Some(Theme::parse(name)?),
                Some(_) => return None,
            };
            let lang = match text("lang") {
                None => None,
                Some(Value::Text(code)) if languages.contains(&code.as_str()) => Some(code.clone()),
                Some(_) => return None,
            };
            (theme.is_some() || lang.is_some()).then_some(Command::Set { theme, lang })
        }
        Incoming::Other => None,
    }
}

/// What a reader did, told to the page around the explainer: as a DOM event from its root
/// (`explainer:choose`, …, its fields the event's `detail`), and by an embed's frame to its
/// parent (the same fields, with `type` and the embed's `key`), so that a newsroom can count
/// them with its own analytics. Nothing about the reader: what they chose, not who they are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Told<'a> {
    /// A figure or event chosen, by its id.
    Choose(&'a str),
    /// A file downloaded, by its format (`svg`, `png`, `csv`).
    Download(&'a str),
    /// A step through the text walked to, counted from 1, of `count`.
    Step {
        /// The step now shown, from 1.
        step: usize,
        /// How many there are.
        count: usize,
    },
}

/// A field of a [`Told`] message: its name and its value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field<'a> {
    /// A string field.
    Text(&'static str, &'a str),
    /// A number field.
    Number(&'static str, usize),
}

impl<'a> Told<'a> {
    /// The event's type, which is also its message's `type`.
    pub fn name(self) -> &'static str {
        match self {
            Told::Choose(_) => "explainer:choose",
            Told::Download(_) => "explainer:download",
            Told::Step { .. } => "explainer:step",
        }
    }

    /// Its fields besides `type` and `key` (an array: a vector would weigh in the bundle).
    pub fn fields(self) -> [Option<Field<'a>>; 2] {
        match self {
            Told::Choose(id) => [Some(Field::Text("id", id)), None],
            Told::Download(format) => [Some(Field::Text("format", format)), None],
            Told::Step { step, count } => [Some(Field::Number("step", step)), Some(Field::Number("count", count))],
        }
    }
}

/// The origin an embed's messages go to: its parent's, as the browser tells it
/// (`location.ancestorOrigins`, where there is one), else the origin of the page that opened
/// the frame (its referrer). Only a web origin (`https://host.example`, `http://…`); none
/// known, nothing is sent: never `*`, which would tell any page that frames the embed.
pub fn host_origin(ancestor: Option<&str>, referrer: &str) -> Option<String> {
    // Without slicing by index or formatting: their panics' code would weigh kilobytes in the
    // browser's bundle.
    let origin_of = |url: &str| -> Option<String> {
        let scheme = ["https://", "http://"].into_iter().find(|scheme| url.starts_with(scheme))?;
        let host = url.get(scheme.len()..)?.split(['/', '?', '#']).next()?;
        let plain = |b: u8| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b':' | b'[' | b']');
        (!host.is_empty() && host.bytes().all(plain)).then(|| [scheme, host].concat())
    };
    ancestor.and_then(origin_of).or_else(|| origin_of(referrer))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_the_reader_did_is_told_by_its_id_format_or_step() {
        assert_eq!(Told::Choose("returns-2018").name(), "explainer:choose");
        assert_eq!(Told::Choose("returns-2018").fields(), [Some(Field::Text("id", "returns-2018")), None]);
        assert_eq!(Told::Download("svg").fields(), [Some(Field::Text("format", "svg")), None]);
        let step = Told::Step { step: 2, count: 4 };
        assert_eq!(
            (step.name(), step.fields()),
            ("explainer:step", [Some(Field::Number("step", 2)), Some(Field::Number("count", 4))])
        );
    }

    #[test]
    fn an_embed_tells_its_parent_s_origin_and_no_other() {
        assert_eq!(host_origin(Some("https://news.example"), ""), Some("https://news.example".into()));
        // Without ancestorOrigins (Firefox): the referrer's origin, path and query dropped.
        assert_eq!(
            host_origin(None, "https://news.example:8443/2026/12/story?id=3#top"),
            Some("https://news.example:8443".into())
        );
        assert_eq!(
            host_origin(None, "http://127.0.0.1:8083/end2end/hosts/article.html"),
            Some("http://127.0.0.1:8083".into())
        );
        // No referrer (a policy that sends none), an opaque parent, or a scheme that is no web
        // origin: nothing is sent.
        for (ancestor, referrer) in [
            (None, ""),
            (Some("null"), ""),
            (Some("file://"), "file:///tmp/host.html"),
            (None, "javascript:alert(1)"),
            (None, "https://user@news.example/"),
            (None, "https:///path"),
        ] {
            assert_eq!(host_origin(ancestor, referrer), None, "{ancestor:?} {referrer:?}");
        }
        // An ancestor the browser names wins over a referrer.
        assert_eq!(host_origin(Some("https://a.example"), "https://b.example/"), Some("https://a.example".into()));
    }

    const LANGS: &[&str] = &["fr"];

    #[test]
    fn pyms_width_message_for_this_child_asks_for_the_height() {
        let width = |text: &str| decode(&Incoming::Text(text.into()), Some("c1"), LANGS);
        assert_eq!(width("pymxPYMxc1xPYMxwidthxPYMx1024"), Some(Command::SendHeight));
        for plausible in ["1", "1024.5", "0.5", "100000", "100000.0", "0320"] {
            assert!(is_plausible_width(plausible), "{plausible}");
        }
        for implausible in ["", "0", "0.0", "100000.1", "100001", "99999999999", "1.", ".5", "1e3", "+5", " 5", "5 "] {
            assert!(!is_plausible_width(implausible), "{implausible:?}");
        }
        assert_eq!(width("pymxPYMxc2xPYMxwidthxPYMx1024"), None, "another child's");
        for bad in [
            "pymxPYMxc1xPYMxwidthxPYMxNaN",
            "pymxPYMxc1xPYMxwidthxPYMx-5",
            "pymxPYMxc1xPYMxwidthxPYMx1e308",
            "pymxPYMxc1xPYMxheightxPYMx5",
            "hello",
            "",
        ] {
            assert_eq!(width(bad), None, "{bad}");
        }
    }

    #[test]
    fn the_set_message_follows_its_schema_exactly() {
        let object = |entries: &[(&str, Value)]| {
            decode(&Incoming::Object(entries.iter().map(|(k, v)| (k.to_string(), v.clone())).collect()), None, LANGS)
        };
        let text = |t: &str| Value::Text(t.into());
        assert_eq!(
            object(&[("type", text("explainer:set")), ("theme", text("dark"))]),
            Some(Command::Set { theme: Some(Theme::Dark), lang: None })
        );
        assert_eq!(
            object(&[("type", text("explainer:set")), ("lang", text("fr"))]),
            Some(Command::Set { theme: None, lang: Some("fr".into()) })
        );
        let rejected: &[&[(&str, Value)]] = &[
            &[("type", text("explainer:set"))],
            &[("type", text("explainer:set")), ("theme", text("purple"))],
            &[("type", text("explainer:set")), ("theme", Value::Number(1.0))],
            &[("type", text("explainer:set")), ("lang", text("de"))],
            &[("type", text("explainer:set")), ("theme", text("dark")), ("extra", text("x"))],
            &[("type", Value::Number(f64::NAN)), ("theme", text("dark"))],
            &[("type", text("other")), ("theme", text("dark"))],
        ];
        for entries in rejected {
            assert_eq!(object(entries), None, "{entries:?}");
        }
        assert_eq!(decode(&Incoming::Other, Some("c1"), LANGS), None);
    }

    #[test]
    fn query_options_are_read_and_anything_else_ignored() {
        let options = parse_query("?theme=dark&lang=fr&bg=transparent&childId=story-2&x=1", LANGS);
        assert_eq!(
            options,
            Options {
                theme: Some(Theme::Dark),
                lang: Some("fr".into()),
                transparent: true,
                child_id: Some("story-2".into())
            }
        );
        let options = parse_query("theme=neon&lang=xx&childId=%3Cscript%3E", LANGS);
        assert_eq!(options, Options::default());
    }
}
