//! Editorial text (titles, takeaways, notes, corrections: no number typed by hand), charts (the
//! figures each kind needs), and every figure shown by a visual.

use super::*;

impl Checker {
    /// Editorial text may not type a number: numbers come from figures through placeholders,
    /// so that each one traces back to its quote.
    pub(super) fn parse_editorial(
        &mut self,
        text: &Text,
        subject: &str,
        figures: &HashMap<&str, usize>,
    ) -> Vec<Inline> {
        let line = self.line(text);
        let mut inlines = Vec::new();
        let mut rest = text.get_ref().as_str();
        let mut plain = String::new();
        while let Some(open) = rest.find(['{', '}']) {
            plain.push_str(&rest[..open]);
            if rest[open..].starts_with('}') {
                self.report(line, subject, "a `}` without its `{`");
                return inlines;
            }
            let Some(close) = rest[open..].find('}') else {
                self.report(line, subject, "a `{` without its `}`");
                return inlines;
            };
            let name = &rest[open + 1..open + close];
            let (id, part) = name.split_once(':').unwrap_or((name, ""));
            let inline = match (id, part) {
                ("date", "") => Some(Inline::Date),
                (id, "") => figures.get(id).map(|&i| Inline::Value(i)),
                (id, "period") => figures.get(id).map(|&i| Inline::Period(i)),
                _ => None,
            };
            // `{id}` writes its own qualifier (`plus de 54 000`): words before it would say it
            // twice, or say what the text does not.
            if let (Some(Inline::Value(_)), Some(word)) = (&inline, qualifier_ending(&plain, self.style)) {
                self.report(line, subject, format!("\"{word} {{{name}}}\": `{{{name}}}` writes the figure with its own qualifier (\"plus de 54 000\", \"about 50,000\", or none when it is exact): remove \"{word}\""));
            }
            match inline {
                Some(inline) => {
                    if !plain.is_empty() {
                        inlines.push(Inline::Text(std::mem::take(&mut plain)));
                    }
                    inlines.push(inline);
                }
                None => self.report(line, subject, format!("placeholder `{{{name}}}` names no figure: use `{{figure-id}}`, `{{figure-id:period}}` or `{{date}}`")),
            }
            rest = &rest[open + close + 1..];
        }
        plain.push_str(rest);
        if !plain.is_empty() {
            inlines.push(Inline::Text(plain));
        }
        for inline in &inlines {
            if let Inline::Text(run) = inline {
                if let Some(digit) = run.chars().find(char::is_ascii_digit) {
                    self.report(line, subject, format!("editorial text may not type a number (found `{digit}` in \"{run}\"): write `{{figure-id}}` so that it traces back to its quote"));
                    break;
                }
            }
        }
        inlines
    }

    /// The corrections log: full dates, oldest first, each with what changed.
    pub(super) fn check_corrections(
        &mut self,
        raws: &[crate::raw::RawCorrection<Text>],
        figures: &HashMap<&str, usize>,
    ) -> Vec<Correction> {
        let mut previous: Option<&str> = None;
        let mut corrections = Vec::new();
        for raw in raws {
            let line = self.line(&raw.date);
            let date = raw.date.get_ref().as_str();
            let well_formed = date.len() == 10
                && date.bytes().enumerate().all(|(i, b)| if i == 4 || i == 7 { b == b'-' } else { b.is_ascii_digit() })
                && Date::parse(&date[..7]).is_some()
                && (1..=31).contains(&date[8..].parse::<u8>().unwrap_or(0));
            if !well_formed {
                self.report(line, "correction", format!("malformed date `{date}`: use `YYYY-MM-DD`"));
            } else if previous.is_some_and(|p| p > date) {
                self.report(
                    line,
                    "correction",
                    format!("corrections must be oldest first, and `{date}` comes before `{}`", previous.unwrap_or("")),
                );
            }
            previous = Some(date);
            let text = self.parse_editorial(&raw.text, "correction", figures);
            corrections.push(Correction { date: date.to_string(), text });
        }
        corrections
    }

    pub(super) fn check_chart(
        &mut self,
        raw: &RawChart,
        index: &HashMap<&str, usize>,
        figures: &[Figure],
        events: &[Event],
        text: &mut ArticleText,
    ) -> Option<Chart> {
        let subject = format!("chart `{}`", raw.id.get_ref());
        let line = self.line(&raw.kind);
        let kind = ChartKind::parse(raw.kind.get_ref());
        if kind.is_none() {
            let names: Vec<&str> = ChartKind::NAMES.iter().map(|(n, _)| *n).collect();
            self.report(line, &subject, format!("kind `{}` is not one of: {}", raw.kind.get_ref(), names.join(", ")));
        }
        let chart_figures = self.resolve_figures(&raw.figures, index, &subject);
        let title = self.parse_editorial(&raw.title, &format!("{subject} title"), index);
        let takeaway = self.parse_editorial(&raw.takeaway, &format!("{subject} takeaway"), index);
        let notes = raw.notes.iter().map(|n| self.parse_editorial(n, &format!("{subject} note"), index)).collect();
        let kind = kind?;
        if chart_figures.len() != raw.figures.len() {
            return None;
        }
        let roles = match check_chart_shape(kind, &chart_figures, figures, events) {
            Ok(roles) => roles,
            Err(message) => {
                self.report(line, &subject, message);
                return None;
            }
        };
        let paragraph = match kind {
            ChartKind::Timeline => events.first().map_or(0, |e| e.paragraph),
            _ => chart_figures.first().map_or(0, |&f| quoted_paragraph(figures, f)),
        };
        let annotations = self.check_annotations(raw, kind, &chart_figures, figures, events, text, &subject)?;
        Some(Chart {
            id: raw.id.get_ref().clone(),
            kind,
            title,
            takeaway,
            notes,
            figures: chart_figures,
            roles,
            paragraph,
            annotations,
        })
    }

    /// A chart's notes drawn from the text: each on an item the chart shows, with a passage
    /// that stands once in the text (in each language: every language is checked on its own).
    /// A visual with no graphic (stat tiles) has no marks to number.
    #[allow(clippy::too_many_arguments)]
    fn check_annotations(
        &mut self,
        raw: &RawChart,
        kind: ChartKind,
        chart_figures: &[usize],
        figures: &[Figure],
        events: &[Event],
        text: &mut ArticleText,
        subject: &str,
    ) -> Option<Vec<Annotation>> {
        let mut annotations = Vec::new();
        let mut sound = true;
        if raw.annotations.len() > NOTES {
            let line = self.line(&raw.annotations[NOTES].on);
            self.report(line, subject, format!("a chart takes at most {NOTES} notes: more would hide what it shows"));
            sound = false;
        }
        for raw in &raw.annotations {
            let line = self.line(&raw.on);
            let on = raw.on.get_ref().trim();
            if kind == ChartKind::StatTiles {
                self.report(line, subject, "stat tiles draw no marks to number: a note needs a chart with a graphic");
                sound = false;
                continue;
            }
            let item = match kind {
                ChartKind::Timeline => events.iter().position(|e| e.id == on).map(Selection::Event),
                _ => chart_figures.iter().copied().find(|&f| figures[f].id == on).map(Selection::Figure),
            };
            let Some(item) = item else {
                let shown: Vec<&str> = match kind {
                    ChartKind::Timeline => events.iter().map(|e| e.id.as_str()).collect(),
                    _ => chart_figures.iter().map(|&f| figures[f].id.as_str()).collect(),
                };
                self.report(
                    line,
                    subject,
                    format!(
                        "annotation on `{on}`: a note is on an item this chart shows, one of: {}",
                        shown.join(", ")
                    ),
                );
                sound = false;
                continue;
            };
            if annotations.iter().any(|note: &Annotation| note.item == item) {
                self.report(line, subject, format!("annotation on `{on}`: this item has a note already: one note an item, so that each letter stands alone"));
                sound = false;
                continue;
            }
            let note = match &raw.kind {
                None => NoteKind::Callout,
                Some(name) => match NoteKind::parse(name.get_ref().trim()) {
                    Some(note) => note,
                    None => {
                        let line = self.line(name);
                        let message = format!(
                            "annotation on `{on}`: kind `{}` is not one of: {}",
                            name.get_ref(),
                            NoteKind::names_listed()
                        );
                        self.report(line, subject, message);
                        sound = false;
                        continue;
                    }
                },
            };
            // A line stands across an axis where its item stands; a span brackets an extent
            // along one: a part-to-whole's cells have neither.
            let fits = match note {
                NoteKind::Callout => true,
                NoteKind::Line => matches!(kind, ChartKind::Timeline | ChartKind::Bars | ChartKind::Changes),
                NoteKind::Span => matches!(kind, ChartKind::Timeline | ChartKind::SplitBar),
            };
            if !fits {
                let (name, charts) = match note {
                    NoteKind::Line => ("line", "a timeline, bars or changes"),
                    _ => ("span", "a timeline or a split bar"),
                };
                let line = raw.kind.as_ref().map_or(line, |k| self.line(k));
                let message = format!(
                    "annotation on `{on}`: a `{name}` is drawn on {charts}, and this chart is a `{}`: make it a `callout`",
                    kind.name()
                );
                self.report(line, subject, message);
                sound = false;
                continue;
            }
            if raw.quote.get_ref().trim().is_empty() {
                let line = self.line(&raw.quote);
                self.report(
                    line,
                    subject,
                    format!("annotation on `{on}`: its quote is empty: quote the passage of the text it shows"),
                );
                sound = false;
                continue;
            }
            let Some(found) = self.find_once(text, &raw.quote, &format!("{subject} annotation on `{on}`")) else {
                sound = false;
                continue;
            };
            // Tied to its item: the passage is in the paragraph the item comes from.
            let own = match item {
                Selection::Figure(f) => quoted_paragraph(figures, f),
                Selection::Event(e) => events[e].paragraph,
            };
            if found.paragraph != own {
                let line = self.line(&raw.quote);
                self.report(
                    line,
                    subject,
                    format!(
                        "annotation on `{on}`: its passage is in paragraph {}, and `{on}` comes from paragraph {}: a note quotes the paragraph its item comes from",
                        found.paragraph + 1,
                        own + 1
                    ),
                );
                sound = false;
                continue;
            }
            let quote = text.paragraphs[found.paragraph][found.range].to_string();
            annotations.push(Annotation { item, kind: note, quote });
        }
        sound.then_some(annotations)
    }

    /// Every figure appears in at least one visual, so that none is only in the data.
    /// Every figure must be listed by a chart. A chart refused for another fault still lists its
    /// figures, so that one fault does not bring others.
    pub(super) fn check_every_figure_is_shown(&mut self, raws: &[RawFigure], charts: &[RawChart]) {
        let listed = |id: &str| raws.iter().any(|raw| raw.id.get_ref() == id);
        // A chart that names what is not a figure has its own fault, and may have meant any.
        if charts.iter().flat_map(|chart| &chart.figures).any(|id| !listed(id.get_ref())) {
            return;
        }
        for raw in raws {
            if !charts.iter().any(|chart| chart.figures.iter().any(|id| id.get_ref() == raw.id.get_ref())) {
                let line = self.line(&raw.id);
                self.report(
                    line,
                    &format!("figure `{}`", raw.id.get_ref()),
                    "no visual shows this figure: add it to a chart's `figures`",
                );
            }
        }
    }
}

/// The qualifier words that `text` ends with (`Plus de `, `about `), as it writes them.
fn qualifier_ending(text: &str, style: Lang) -> Option<&str> {
    let text = text.trim_end();
    [Qualifier::Approximately, Qualifier::MoreThan, Qualifier::LessThan]
        .into_iter()
        .flat_map(|q| crate::words::qualifier_words(q, style).iter().copied())
        .find_map(|word| crate::text::find_phrase(text, word).pop().filter(|range| range.end == text.len()))
        .map(|range| &text[range])
}

/// What each kind of chart needs, so that it can only draw what the figures say; and, once
/// proved, the role of each of its figures.
pub(super) fn check_chart_shape(
    kind: ChartKind,
    chosen: &[usize],
    figures: &[Figure],
    events: &[Event],
) -> Result<Roles, String> {
    let id = |i: usize| figures[i].id.as_str();
    match kind {
        ChartKind::Timeline if events.is_empty() => Err("a timeline needs at least one event".into()),
        ChartKind::Timeline if !chosen.is_empty() => Err("a timeline shows the events; list no figures".into()),
        ChartKind::Timeline => Ok(Roles::Peers),
        ChartKind::PartToWhole => match *chosen {
            [whole, share] | [whole, share, _] if figures[share].share_of != Some(whole) => {
                Err(format!("`{}` must be a share_of `{}`", id(share), id(whole)))
            }
            [whole, share, result]
                if figures[result].origin != (Origin::Computed { op: Op::PercentOf, left: share, right: whole }) =>
            {
                Err(format!("the third figure must be computed as `{} of {}`", id(share), id(whole)))
            }
            [whole, share] => Ok(Roles::Share { whole, share, count: None }),
            [whole, share, count] => Ok(Roles::Share { whole, share, count: Some(count) }),
            _ => Err("a part-to-whole chart takes [whole, share] or [whole, share, share of whole]".into()),
        },
        ChartKind::SplitBar => match *chosen {
            [whole, part, _] if figures[part].part_of != Some(whole) => {
                Err(format!("`{}` must be part_of `{}`", id(part), id(whole)))
            }
            [whole, part, rest]
                if figures[rest].origin != (Origin::Computed { op: Op::Minus, left: whole, right: part }) =>
            {
                Err(format!("the third figure must be computed as `{} - {}`", id(whole), id(part)))
            }
            [whole, part, rest] => Ok(Roles::Split { whole, part, rest }),
            _ => Err("a split bar takes [whole, stated part, computed rest]".into()),
        },
        ChartKind::StatTiles if chosen.is_empty() => Err("stat tiles need at least one figure".into()),
        ChartKind::StatTiles => Ok(Roles::Peers),
        ChartKind::Bars | ChartKind::Changes => {
            let changes = kind == ChartKind::Changes;
            let needed = if changes { 1 } else { 2 };
            if chosen.len() < needed {
                return Err(format!(
                    "a `{}` chart needs at least {needed} figure{}",
                    kind.name(),
                    if needed > 1 { "s" } else { "" }
                ));
            }
            // One axis: every bar in the same unit, so that lengths compare.
            let first = &figures[chosen[0]];
            if let Some(&other) = chosen.iter().find(|&&f| figures[f].unit.id != first.unit.id) {
                return Err(format!(
                    "its bars share one axis, so one unit: `{}` is in `{}` and `{}` in `{}` (use stat tiles for figures of different units)",
                    first.id, first.unit.id, figures[other].id, figures[other].unit.id
                ));
            }
            match chosen.iter().find(|&&f| figures[f].change.is_some() != changes) {
                Some(&f) if changes => {
                    Err(format!("`{}` is not a change: a `changes` chart draws only changes", id(f)))
                }
                Some(&f) => {
                    Err(format!("`{}` is a change: draw changes in a `changes` chart, from zero either way", id(f)))
                }
                None => Ok(Roles::Peers),
            }
        }
    }
}

/// The paragraph a figure comes from, following a computed figure back to its first operand.
pub(super) fn quoted_paragraph(figures: &[Figure], mut figure: usize) -> usize {
    for _ in 0..figures.len() {
        match figures[figure].origin {
            Origin::Stated { paragraph, .. } => return paragraph,
            Origin::Computed { left, .. } => figure = left,
        }
    }
    0
}
