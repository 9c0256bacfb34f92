//! "Sources and method": who said it and when, each figure with its quote (or how it was
//! computed), what the explainer deliberately leaves out and why, the data version and the
//! corrections log. All from the content file.

use leptos::prelude::*;

use crate::content::Origin;
use crate::format;
use crate::reading::Reading;
use crate::ui::terms;

/// The "Sources and method" section of the full explainer.
#[component]
pub fn Sources() -> impl IntoView {
    let reading = expect_context::<Reading>();
    let (story, lang) = (reading.story, reading.lang());
    let text = reading.ui();
    let meta = &story.meta;
    let figures = story
        .figures
        .iter()
        .map(|figure| {
            let origin = match &figure.origin {
                Origin::Stated { quote, paragraph, .. } => {
                    format!(
                        "{} ({} {}) {}",
                        text.quoted,
                        text.paragraph,
                        lang.digits(*paragraph as u64 + 1),
                        format::quoted(quote, lang)
                    )
                }
                Origin::Computed { .. } => {
                    format!(
                        "{}{}{}",
                        text.computed,
                        text.colon,
                        format::formula(story, figure, lang).unwrap_or_default()
                    )
                }
            };
            // A period no words of the text give is ours, and said to be.
            let dated = (figure.period.is_some() && figure.period_quote.is_none()).then_some(text.editor_dated);
            let reason = (!figure.reason.is_empty()).then(|| format::inlines(story, &figure.reason, lang));
            view! {
                <dt>{format::figure_line(story, figure, lang)}</dt>
                <dd>{origin}</dd>
                {dated.map(|dated| view! { <dd>{dated}</dd> })}
                {reason.map(|reason| view! { <dd>{reason}</dd> })}
            }
        })
        .collect_view();
    let not_shown =
        story.not_shown.iter().map(|item| view! { <li>{format::inlines(story, item, lang)}</li> }).collect_view();
    // Numbers of the text that are no figure: each with the reason the editor gave.
    let not_figures = story
        .not_figures
        .iter()
        .map(|n| view! { <li>{format::quoted(&n.quote, lang)} {text.colon} {format::inlines(story, &n.reason, lang)}</li> })
        .collect_view();
    // A period read from words with no year: the rule, and how it was applied to each.
    let read: Vec<_> = story
        .figures
        .iter()
        .filter(|f| f.relative)
        .filter_map(|f| Some((f.period_quote.as_deref()?, f)))
        .map(|(words, f)| {
            let when = format::period(f.period, meta.date, lang);
            view! { <li>{format::quoted(words, lang)} {text.colon} {when} " (" {f.label.as_str()} ")"</li> }
        })
        .collect();
    let relative = (!read.is_empty()).then(|| {
        view! {
            <p>{text.relative_periods}</p>
            <ul class="ex-sources-relative">{read}</ul>
        }
    });
    let corrections = story
        .corrections
        .iter()
        .map(|c| view! { <li><time datetime=c.date.as_str()>{c.date.as_str()}</time> {text.colon} {format::inlines(story, &c.text, lang)}</li> })
        .collect_view();
    view! {
        <section class="ex-sources" aria-labelledby="ex-sources-heading">
            <h2 id="ex-sources-heading">{text.sources_heading}</h2>
            <p>{format::inlines(story, &meta.attribution, lang)}</p>
            <p>{meta.source_name.as_str()} {terms(lang).comma} {format::date(meta.date, lang)} "."</p>
            <h3>{text.figures_heading}</h3>
            <dl class="ex-sources-figures">{figures}</dl>
            {relative}
            <h3>{text.not_shown_heading}</h3>
            <ul>{not_shown}{not_figures}</ul>
            <h3>{text.corrections_heading}</h3>
            <p>{text.data_version} " " <code>{story.version.as_str()}</code></p>
            <ul class="ex-corrections">{corrections}</ul>
        </section>
    }
}
