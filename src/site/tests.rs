use std::cell::RefCell;
use std::collections::BTreeSet;

use lol_html::element;

use super::shell::{externalise_loader, fill, rewrite, Page};
use super::*;
use crate::content::fixture::seed;
use crate::content::fixture::seeds;
use crate::content::{Lang, Selection};
use crate::hooks::{self, Control};

/// The page Trunk writes for this project (`trunk build --release`: the engine's page), kept as
/// it came: the shell every test below starts from.
const TRUNK_PAGE: &str = include_str!("fixtures/trunk-index.html");

fn site() -> Site {
    Site {
        public_url: "/x/".into(),
        origin: "https://news.test".into(),
        shadow_style: "/x/explainer-shadow-0.css".into(),
    }
}

const SHELL: &str = "<!DOCTYPE html><html><head><meta charset=\"utf-8\">\n<link rel=\"modulepreload\" href=\"/x/explainer-abc.js\">\n\
    <script type=\"module\">\nimport init, * as bindings from '/x/explainer-abc.js';\n\
    const wasm = await init({ module_or_path: '/x/explainer-abc_bg.wasm' });\n</script></head><body><!-- for the shell's editors --><div id=\"explainer\"></div></body></html>";

fn page<'a>(lang: &'a str, title: &'a str, description: &'a str, app: &'a str) -> Page<'a> {
    Page {
        lang,
        rtl: false,
        title,
        description,
        oembed: None,
        alternates: Vec::new(),
        cards: Vec::new(),
        root: Vec::new(),
        noscript: None,
        app,
    }
}

/// The elements of `html` that `selector` (a list, comma-separated) matches.
fn count(html: &str, selector: &str) -> usize {
    let found = RefCell::new(0);
    let handlers = selector
        .split(',')
        .map(|one| {
            element!(one.trim(), |_el| {
                *found.borrow_mut() += 1;
                Ok(())
            })
        })
        .collect();
    rewrite(html, handlers).expect("the page parses");
    found.into_inner()
}

/// Every element's attributes, in document order.
fn attributes(html: &str) -> Vec<Vec<(String, String)>> {
    let found = RefCell::new(Vec::new());
    rewrite(
        html,
        vec![element!("*", |el| {
            found.borrow_mut().push(el.attributes().iter().map(|a| (a.name(), a.value())).collect());
            Ok(())
        })],
    )
    .expect("the page parses");
    found.into_inner()
}

#[test]
fn the_stylesheet_goes_into_the_page_minified_with_its_hash() {
    let shell = "<head><link rel=\"stylesheet\" href=\"/s-1.css\" integrity=\"x\"/>\n</head>";
    let css = "/* why */\n.ex {\n  color: red;\n}\n.ex :focus { outline: 2px solid; }\n";
    let read = |href: &str| (href == "/s-1.css").then(|| css.to_string());
    let (page, source) = inline_stylesheet(shell, read).unwrap();
    assert_eq!(page, "<head><style>.ex{color:red}.ex :focus{outline:2px solid}</style>\n</head>");
    // `printf '%s' '.ex{color:red}.ex :focus{outline:2px solid}' | openssl dgst -sha256 -binary | base64`
    assert_eq!(source, "'sha256-J50vl6dYHcuf/l4Fzekf27U0gTYa9RmSSvbd03AsQbY='");
    let headers = "  Content-Security-Policy: default-src 'none'; style-src 'self'; img-src 'self'\n";
    assert_eq!(
        allow_style(headers, &source).unwrap(),
        format!("  Content-Security-Policy: default-src 'none'; style-src 'self' {source}; img-src 'self'\n")
    );
    assert!(inline_stylesheet("<head></head>", read).is_err());
}

#[test]
fn the_shell_receives_the_app_the_title_and_the_language() {
    let shell =
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body><div id=\"explainer\"></div></body></html>";
    let filled = fill(shell, &page("fr", "Titre & co", "Résumé \"cité\"", "<div class=\"ex\">app</div>")).unwrap();
    assert_eq!(
        filled,
        "<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>Titre &amp; co</title>\n\
         <meta name=\"description\" content=\"Résumé &quot;cité&quot;\">\n</head><body>\
         <div id=\"explainer\"><div class=\"ex\">app</div></div></body></html>"
    );
}

#[test]
fn a_shell_without_the_root_element_is_refused() {
    assert_eq!(fill("<html><head></head><body></body></html>", &page("fr", "", "", "")), Err("no root element".into()));
}

#[test]
fn trunks_inline_loader_moves_to_a_file_that_shows_the_notice_on_failure() {
    let page = "<head><script type=\"module\">\nimport init, * as bindings from '/x/explainer-abc.js';\n\
                const wasm = await init({ module_or_path: '/x/explainer-abc_bg.wasm' });\n</script></head>";
    let (rendered, loader) = externalise_loader(page).unwrap();
    let (name, loader) = loader.unwrap();
    assert!(
        name.starts_with("explainer-abc-loader-")
            && name.ends_with(".js")
            && name.len() == "explainer-abc-loader-".len() + 19,
        "{name}"
    );
    assert_eq!(rendered, format!("<head><script type=\"module\" src=\"/x/{name}\"></script></head>"));
    assert!(loader.contains("await import('/x/explainer-abc.js')"));
    assert!(loader.contains("module_or_path: '/x/explainer-abc_bg.wasm'"));
    assert!(loader.contains("notice.hidden = false"));
}

#[test]
fn a_page_without_inline_script_is_left_alone() {
    let (rendered, loader) = externalise_loader("<head></head>").unwrap();
    assert_eq!(rendered, "<head></head>");
    assert!(loader.is_none());
}

#[test]
fn the_page_trunk_writes_becomes_a_page_with_no_inline_script_and_no_preload() {
    assert!(count(TRUNK_PAGE, "script[type=module]:not([src])") == 1, "the fixture is Trunk's own page");
    let read = |_: &str| Some(".ex { color: red; }".to_string());
    let (shell, _) = inline_stylesheet(TRUNK_PAGE, read).unwrap();
    let rendered = render_page(&shell, seed(), PageView::Full, &site(), "maroc-migrations/story-0.bin").unwrap();
    let page = rendered.page;
    assert_eq!(count(&page, "script:not([src])"), 0);
    assert_eq!(count(&page, "script[type=module][src]"), 1);
    assert_eq!(count(&page, "link[rel=modulepreload], link[rel=preload], link[rel=stylesheet]"), 0);
    assert_eq!(count(&page, "head > style"), 1);
    assert_eq!(count(&page, "head > title"), 1);
    assert_eq!(count(&page, "html[lang=fr]"), 1);
    assert_eq!(count(&page, "div#explainer[data-view=full][data-lang=fr]"), 1);
    let loader = rendered.loader.expect("Trunk's page has an inline loader");
    assert!(loader.path.contains("-loader-") && loader.content.contains("_bg.wasm"));
    assert!(page.contains(&loader.path));
}

#[test]
fn an_explainer_has_a_page_per_view_and_an_oembed_per_embed_in_its_folder_and_the_loader_at_the_root() {
    let outputs = render_explainer(SHELL, &site(), seeds()).unwrap();
    let paths: Vec<&str> = outputs.iter().map(|o| o.path.as_str()).collect();
    assert_eq!(seed().meta.slug, "maroc-migrations", "the content file's name");
    assert!(paths.contains(&"maroc-migrations/index.html") && paths.contains(&"maroc-migrations/embed/index.html"));
    assert!(paths.contains(&"maroc-migrations/en/index.html"));
    let loaders: Vec<&&str> = paths.iter().filter(|p| p.starts_with("explainer-abc-loader-")).collect();
    assert_eq!(loaders.len(), 1, "one loader, at the root, for every explainer: {loaders:?}");
    for chart in &seed().charts {
        assert!(paths.contains(&format!("maroc-migrations/embed/{}/index.html", chart.id).as_str()));
        assert!(paths.contains(&format!("maroc-migrations/embed/{}/oembed.json", chart.id).as_str()));
    }
    let page = |path: &str| &outputs.iter().find(|o| o.path == path).unwrap().content;
    let returns_page = page("maroc-migrations/embed/returns/index.html");
    assert!(returns_page.contains("data-view=\"embed:returns\""));
    assert!(returns_page.contains("href=\"https://news.test/x/maroc-migrations/embed/returns/oembed.json\""));
    assert!(returns_page.contains("data-story=\"/x/maroc-migrations/story-"));
    assert!(page("maroc-migrations/index.html").contains("data-view=\"full\""));
    let oembed = page("maroc-migrations/embed/returns/oembed.json");
    assert!(oembed.starts_with("{\"type\":\"rich\",\"version\":\"1.0\""));
    let returns = seed().charts.iter().position(|chart| chart.id == "returns").unwrap();
    let height = crate::embed::height::initial_height(seed(), PageView::EmbedChart(returns));
    assert!(oembed.contains(&format!("\"height\":{height}")));
    let parsed: serde_json::Value = serde_json::from_str(oembed).expect("oEmbed is JSON");
    let html = parsed["html"].as_str().unwrap();
    assert!(html.starts_with("<iframe src=\"https://news.test/x/maroc-migrations/embed/returns/\""), "{html}");
    assert!(html.contains("<script src=\"https://news.test/x/embed.js\" async>"), "the site's one loader: {html}");
    assert_eq!(parsed["provider_url"].as_str(), Some("https://news.test/x/"));
}

#[test]
fn the_index_lists_each_explainer_in_each_language_newest_first_and_the_404_says_so() {
    let mut older = listings(seeds());
    for listing in &mut older {
        listing.href = listing.href.replace("maroc-migrations/", "older/");
        listing.date.1 = "2001-01".to_string();
    }
    let english_only = vec![Listing { lang: "en".into(), href: "plain/".into(), ..listings(seeds())[1].clone() }];
    let pages = render_index(SHELL, &site(), &[older, listings(seeds()), english_only]).unwrap();
    let page = |path: &str| &pages.iter().find(|o| o.path == path).unwrap().content;
    // French is the original of most: the root; the others at their code.
    let (root, english) = (page("index.html"), page("en/index.html"));
    assert!(root.contains("<html lang=\"fr\"") && english.contains("<html lang=\"en\""));
    assert!(pages.iter().any(|o| o.path == "ar/index.html"));
    let newest = root.find("href=\"/x/maroc-migrations/\"").unwrap();
    assert!(newest < root.find("href=\"/x/older/\"").unwrap(), "newest first");
    // In English where the explainer is told in English, with a link to its other languages.
    assert!(english.contains("href=\"/x/maroc-migrations/en/\"") && english.contains("href=\"/x/maroc-migrations/\""));
    // An explainer not told in the page's language is shown in its own, marked so.
    assert!(root.contains("lang=\"en\" dir=\"ltr\""));
    for html in [root, english, page("404.html")] {
        assert!(!html.contains("<script") && !html.contains("modulepreload"), "no script on the index");
        assert!(html.contains("/x/maroc-migrations/") && html.contains("images/explainer-card.png"), "the share card");
    }
    assert!(page("404.html").contains("Cette page n'existe pas"));
}

#[test]
fn the_rendered_app_holds_the_title_and_every_paragraph_verbatim() {
    let html = render_app(seed(), PageView::Full);
    assert!(html.contains("Maroc : le bilan de la politique migratoire"), "{html}");
    assert!(html.contains("Deux opérations de régularisation"));
    for figure in ["50.000", "90%", "22.000", "1400", "54.000", "74", "1900"] {
        assert!(html.contains(&format!(">{figure}<")), "mention {figure} is rendered as a control");
    }
}

#[test]
fn languages_rendered_at_once_are_the_pages_rendered_one_after_another() {
    let sequential: Vec<Vec<Output>> =
        seeds().iter().map(|story| render_language(SHELL, &site(), story).unwrap()).collect();
    let concurrent: Vec<Vec<Output>> = std::thread::scope(|scope| {
        let threads: Vec<_> =
            seeds().iter().map(|story| scope.spawn(move || render_language(SHELL, &site(), story).unwrap())).collect();
        threads.into_iter().map(|thread| thread.join().expect("a render thread")).collect()
    });
    assert!(seeds().len() > 1, "the article has a translation to render beside it");
    assert_eq!(sequential, concurrent);
    // And each language's pages are in their own language.
    for (story, pages) in seeds().iter().zip(&sequential) {
        let index = pages.iter().find(|o| o.path.ends_with("index.html")).unwrap();
        assert!(index.content.contains(&format!("<html lang=\"{}\"", story.meta.language.code())));
    }
}

/// Every page of the site, in every language: what the browser code meets.
/// Every page of the site, in every language, named from the explainer's folder: what the
/// browser code meets.
fn every_page() -> Vec<(String, String)> {
    render_explainer(SHELL, &site(), seeds())
        .unwrap()
        .into_iter()
        .filter(|o| o.path.ends_with("index.html"))
        .map(|o| (o.path.trim_start_matches("maroc-migrations/").to_string(), o.content))
        .collect()
}

#[test]
fn the_pages_carry_no_comments() {
    for (path, html) in every_page() {
        assert!(!html.contains("<!>"), "{path} carries Leptos's empty comments");
        assert!(!html.contains("<!--"), "{path} carries a comment of the shell");
    }
    let index = render_index(SHELL, &site(), &[listings(seeds())]).unwrap();
    assert!(index.iter().all(|page| !page.content.contains("<!>")));
}

#[test]
fn every_page_opens_in_the_state_the_browser_code_starts_from() {
    use crate::reading::{Look, Reading, State};
    // What `live` assumes each element shows before its first change (`marks::Page::find`,
    // from `State::default()`), read back from every pre-rendered page of the seed.
    let first = State::default();
    for (path, html) in every_page() {
        let lang = ["en/", "ar/"].iter().find(|p| path.starts_with(*p)).and_then(|p| Lang::parse(&p[..2]));
        let story = crate::content::fixture::seed_in(lang.unwrap_or(Lang::FR)).unwrap();
        let reading = Reading::new(story, crate::embed::PageView::Full);
        let elements = attributes(&html);
        let attribute = |element: &Vec<(String, String)>, name: &str| {
            element.iter().find(|(n, _)| n == name).map(|(_, v)| v.clone())
        };
        let classes = |element: &Vec<(String, String)>| attribute(element, "class").unwrap_or_default();
        let item = |element: &Vec<(String, String)>| {
            attribute(element, hooks::FIGURE)
                .or_else(|| attribute(element, hooks::EVENT))
                .and_then(|id| story.find(&id))
        };
        let mut seen = [0usize; 3];
        for element in &elements {
            let class = classes(element);
            for state in
                [hooks::state::ACTIVE, hooks::state::READ, hooks::state::RELATED, hooks::state::SOURCE_SENTENCE]
            {
                assert!(!class.split(' ').any(|c| c == state), "{path}: `{state}` before any reading: {element:?}");
            }
            if class.contains("ex-mention ") {
                let item = item(element).expect("a mention stands for an item");
                let pressed = if first.pressed(item) { "true" } else { "false" };
                assert_eq!(attribute(element, "aria-pressed").as_deref(), Some(pressed), "{path}");
                seen[0] += 1;
            }
        }
        // Each list: its options selected and its tab stop as the first state says, each
        // option's look; each readout: its hint and its first item shown, the others hidden.
        for chart in 0..story.charts.len() {
            let items = story.items_of(chart);
            let options: Vec<&Vec<(String, String)>> = items
                .iter()
                .filter_map(|&i| {
                    let id = hooks::option_id(story, chart, i);
                    elements.iter().find(|e| attribute(e, "id").as_deref() == Some(id.as_str()))
                })
                .collect();
            if options.is_empty() {
                continue;
            }
            assert_eq!(options.len(), items.len(), "{path}: every item of chart {chart} listed");
            for (index, option) in options.iter().enumerate() {
                let selected = first.chosen_among(&items) == Some(index);
                assert_eq!(attribute(option, "aria-selected"), Some(selected.to_string()), "{path}");
                let stop = if first.tab_stop(&items) == index { "0" } else { "-1" };
                assert_eq!(attribute(option, "tabindex").as_deref(), Some(stop), "{path}");
                let class = match first.look(reading, chart, items[index]) {
                    Look::Plain => "ex-legend-item",
                    Look::Read => "ex-legend-item is-read",
                    Look::Lit => "ex-legend-item is-active",
                };
                assert_eq!(attribute(option, "class").as_deref(), Some(class), "{path}");
                seen[1] += 1;
            }
        }
        let mut readouts: Vec<Vec<(Selection, bool)>> = Vec::new();
        for element in &elements {
            match classes(element).as_str() {
                "ex-readout" => readouts.push(Vec::new()),
                "ex-readout-hint" => assert_eq!(attribute(element, "hidden"), None, "{path}: a hint always shows"),
                "ex-readout-item" => {
                    let item = attribute(element, hooks::READOUT_ITEM).and_then(|id| story.find(&id)).unwrap();
                    readouts.last_mut().unwrap().push((item, attribute(element, "hidden").is_none()));
                }
                _ => {}
            }
        }
        for parts in &readouts {
            let items: Vec<Selection> = parts.iter().map(|&(item, _)| item).collect();
            let shown = first.readout_shows(&items);
            for (index, &(_, visible)) in parts.iter().enumerate() {
                assert_eq!(visible, index == shown, "{path}: readout of {items:?}, part {index}");
                seen[2] += 1;
            }
        }
        // A visual's embed page: its first step shown, the others hidden, the count at one.
        let steps = count(&html, hooks::STEP);
        let one_chart = path.contains("embed/") && !path.ends_with("embed/index.html");
        assert_eq!(steps > 0, one_chart, "{path}: steps only where the text is not");
        if one_chart {
            assert_eq!(steps - count(&html, ".ex-steps li[hidden]"), 1, "{path}: the first step shown");
            let shown = format!("{} / {steps}", first.step() + 1);
            let counted = html.contains(&format!("<span class=\"ex-steps-count\">{shown}</span>"));
            assert_eq!(counted, steps > 1, "{path}: {shown}, and no count for a single sentence");
        }
        let full = !path.contains("embed/");
        assert!(
            seen[1] > 0 && seen[2] > 0 && (seen[0] > 0 || !full),
            "{path}: mentions, options, readout parts: {seen:?}"
        );
    }
}

#[test]
fn every_selector_the_browser_code_uses_finds_something_on_the_pages() {
    let pages = every_page();
    for selector in hooks::SELECTORS {
        let matched: usize = pages.iter().map(|(_, html)| count(html, selector)).sum();
        assert!(matched > 0, "`{selector}` matches nothing on the pre-rendered pages");
    }
    // The ones each embed of one visual needs too.
    for (path, html) in pages.iter().filter(|(path, _)| path.matches('/').count() >= 2 && path.contains("embed/")) {
        for selector in [hooks::LEGEND, hooks::OPTION, hooks::READOUT, hooks::ANNOUNCEMENT, hooks::ANY_CONTROL] {
            assert!(count(html, selector) > 0, "`{selector}` on {path}");
        }
    }
}

#[test]
fn every_hook_the_pages_carry_is_one_the_browser_code_reads() {
    // (The in-page embed's files are read by the host loader, `embed.js`, which the browser tests cover.)
    let known: BTreeSet<&str> =
        hooks::READ_BY_LIVE.iter().chain(&hooks::FOR_STYLES).chain(&hooks::IN_PAGE_FILES).copied().collect();
    for (path, html) in every_page() {
        let lang = ["en/", "ar/"]
            .iter()
            .find(|prefix| path.starts_with(*prefix))
            .and_then(|prefix| Lang::parse(&prefix[..2]))
            .unwrap_or(Lang::FR);
        let story = crate::content::fixture::seed_in(lang).unwrap();
        let elements = attributes(&html);
        let ids: BTreeSet<String> =
            elements.iter().flatten().filter(|(name, _)| name == "id").map(|(_, value)| value.clone()).collect();
        for element in &elements {
            let attribute = |name: &str| element.iter().find(|(n, _)| n == name).map(|(_, v)| v.clone());
            for (name, _) in element.iter().filter(|(name, _)| name.starts_with("data-")) {
                assert!(known.contains(name.as_str()), "{path}: `{name}` is read by nothing");
            }
            // Every control reads back as one, and what it opens is on the page; what it saves is
            // in the page's data file.
            if [hooks::FIGURE, hooks::EVENT, hooks::CONTROL].iter().any(|name| attribute(name).is_some()) {
                let control = Control::read(attribute, story);
                let needs: Vec<String> = match control {
                    None => panic!("{path}: a control that reads as nothing: {element:?}"),
                    Some(Control::Download { chart, .. }) => {
                        let (_, bytes) = data_file(story);
                        let data: crate::content::PageData =
                            story::from_bytes(&bytes).expect("the data file reads back");
                        for kind in [hooks::FileKind::Svg, hooks::FileKind::Csv] {
                            let id = hooks::file_id(story, chart, kind);
                            let file = data.files.iter().find(|f| f.id == id);
                            assert!(
                                file.is_some_and(|f| !f.content.is_empty()),
                                "{path}: {id} is not in the data file"
                            );
                        }
                        Vec::new()
                    }
                    Some(Control::OpenEmbed(_) | Control::CopySnippet | Control::CloseDialog) => {
                        vec![hooks::DIALOG_ID.to_string()]
                    }
                    Some(Control::Choose(_) | Control::Language(_)) => Vec::new(),
                    // Steps only on a visual's own embed page, where the text is not.
                    Some(Control::Step(_)) => {
                        assert!(path.contains("embed/") && !path.ends_with("embed/index.html"), "{path}: steps");
                        Vec::new()
                    }
                };
                for id in needs {
                    assert!(ids.contains(&id), "{path}: {control:?} needs `#{id}`");
                }
            }
            // Elements that belong together find each other by id.
            for reference in ["aria-controls", "aria-describedby", "aria-labelledby"] {
                for id in attribute(reference)
                    .iter()
                    .flat_map(|ids| ids.split_whitespace().map(str::to_string).collect::<Vec<_>>())
                {
                    assert!(ids.contains(&id), "{path}: `{reference}` names `{id}`, which is not on the page");
                }
            }
        }
    }
}

#[test]
fn the_editor_s_start_moves_to_a_file_beside_its_bundle_as_it_is() {
    let start = "\nimport init, * as bindings from '/editor/editor-1.js';\nconst wasm = await init({ module_or_path: '/editor/editor-1_bg.wasm' });\n";
    let page = format!("<html><head><script type=\"module\">{start}</script></head><body></body></html>");
    let (rendered, file) = externalise_start(&page).unwrap();
    let (name, script) = file.expect("the page had a start");
    assert_eq!(script, start);
    assert!(name.starts_with("start-") && name.ends_with(".js"), "{name}");
    assert!(rendered.contains(&format!("<script type=\"module\" src=\"/editor/{name}\"></script>")), "{rendered}");
    assert!(!rendered.contains("import init"), "no inline script is left: {rendered}");
    assert_eq!(externalise_start("<head></head>").unwrap(), ("<head></head>".to_string(), None));
}

#[test]
fn the_host_loader_is_served_without_its_comment_lines_and_nothing_else() {
    let source = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/static/embed.js")).unwrap();
    let served = super::served_script(&source);
    assert!(!served.lines().any(|line| line.trim_start().starts_with("//")));
    // Every line of code is kept, in order.
    let code: Vec<&str> = source.lines().filter(|line| !line.trim_start().starts_with("//")).collect();
    assert_eq!(served.lines().collect::<Vec<_>>(), code);
    assert!(served.contains("'explainer:height'") && served.len() < source.len());
}

#[test]
fn an_embed_page_links_itself_in_its_other_languages_for_the_in_page_element() {
    let outputs = render_explainer(SHELL, &site(), seeds()).unwrap();
    let page = |path: &str| &outputs.iter().find(|o| o.path == path).unwrap().content;
    let others: Vec<&str> = seeds().iter().skip(1).map(|story| story.meta.language.code()).collect();
    assert!(!others.is_empty());
    let original = page("maroc-migrations/embed/returns/index.html");
    for code in &others {
        // From the original's page to the translation's, relative to it.
        let link = format!("<link rel=\"alternate\" hreflang=\"{code}\" href=\"../../{code}/embed/returns/\">");
        assert!(original.contains(&link), "{link} in {original}");
    }
    let english = page("maroc-migrations/en/embed/returns/index.html");
    assert!(english.contains("<link rel=\"alternate\" hreflang=\"fr\" href=\"../../../embed/returns/\">"), "{english}");
    assert!(!english.contains("hreflang=\"en\""), "not itself");
    // The full pages link their languages in their own words (the language list), not here.
    assert!(!page("maroc-migrations/index.html").contains("hreflang=\"en\" href"));
    // The files an in-page embed starts with, of this very build: on embed pages only.
    assert!(original.contains(
        "data-engine=\"/x/explainer-abc.js\" data-engine-wasm=\"/x/explainer-abc_bg.wasm\" data-shadow-style=\"/x/explainer-shadow-0.css\""
    ), "{original}");
    assert!(!page("maroc-migrations/index.html").contains("data-engine"));
}
