//! Translations: the file projected onto each of its languages, and the languages checked
//! against each other (the same paragraphs hold the same figures).

use super::*;

impl Checker {
    /// The file as the single-language checks see it in `languages[index]`: that language's
    /// texts (every translatable text must give it), its paragraphs, and no source file for a
    /// translation. `None`, with the faults reported, when a text is missing.
    pub(super) fn project(
        &mut self,
        raw: &crate::raw::RawContent<LText>,
        languages: &[String],
        index: usize,
    ) -> Option<RawContent> {
        use crate::raw::{RawArticle, RawCorrection, RawMethod};
        let language = &languages[index];
        let faults_before = self.diagnostics.len();
        let pick = |checker: &mut Self, text: &LText, subject: &str| -> Text {
            let span = text.span();
            let chosen = match text.get_ref() {
                Localized::Plain(plain) if languages.len() == 1 => Some(plain.clone()),
                Localized::Plain(_) => {
                    if index == 0 {
                        let line = checker.line_of(span.start);
                        checker.report(
                            line,
                            subject,
                            format!(
                                "the file is in {}: give this text in each, as `{{ {} = \"…\" }}`",
                                languages.join(", "),
                                languages.join(" = \"…\", ")
                            ),
                        );
                    }
                    None
                }
                Localized::ByLanguage(texts) => {
                    if index == 0 {
                        for (other, _) in texts.iter().filter(|(l, _)| !languages.contains(l)) {
                            let line = checker.line_of(span.start);
                            checker.report(
                                line,
                                subject,
                                format!("`{other}` is not one of the file's languages ({})", languages.join(", ")),
                            );
                        }
                    }
                    let found = texts.iter().find(|(l, _)| l == language).map(|(_, t)| t.clone());
                    if found.is_none() {
                        let line = checker.line_of(span.start);
                        checker.report(line, subject, format!("no `{language}` text"));
                    }
                    found
                }
            };
            Spanned::new(span, chosen.unwrap_or_default())
        };
        let article = &raw.article;
        let paragraphs = if index == 0 {
            article.paragraphs.clone()
        } else {
            match raw.translation.get(language) {
                Some(translation) => translation.paragraphs.clone(),
                None => {
                    let line = self.line(&article.language);
                    self.report(line, "article", format!("`{language}` is in `translations` but the file has no `[translation.{language}]` paragraphs"));
                    return None;
                }
            }
        };
        if index > 0 && paragraphs.get_ref().len() != article.paragraphs.get_ref().len() {
            let line = self.line(&paragraphs);
            self.report(line, "translation", format!("the `{language}` translation has {} paragraphs but the original has {}: translate paragraph by paragraph", paragraphs.get_ref().len(), article.paragraphs.get_ref().len()));
        }
        let projected = RawContent {
            article: RawArticle {
                title: pick(self, &article.title, "article title"),
                kicker: pick(self, &article.kicker, "article kicker"),
                standfirst: pick(self, &article.standfirst, "article standfirst"),
                date: article.date.clone(),
                language: Spanned::new(article.language.span(), language.clone()),
                translations: Vec::new(),
                digits: None,
                status: article.status.clone(),
                listed: article.listed.clone(),
                attribution: pick(self, &article.attribution, "article attribution"),
                source_name: pick(self, &article.source_name, "article source_name"),
                source_file: if index == 0 { article.source_file.clone() } else { None },
                paragraphs,
            },
            translation: Default::default(),
            units: raw
                .units
                .iter()
                .map(|u| {
                    let subject = format!("unit `{}`", u.id.get_ref());
                    crate::raw::RawUnit {
                        id: u.id.clone(),
                        kind: u.kind.clone(),
                        currency: u.currency.clone(),
                        singular: u.singular.as_ref().map(|t| pick(self, t, &subject)),
                        plural: u.plural.as_ref().map(|t| pick(self, t, &subject)),
                    }
                })
                .collect(),
            figures: raw
                .figures
                .iter()
                .map(|f| {
                    let subject = format!("figure `{}`", f.id.get_ref());
                    RawFigure {
                        id: f.id.clone(),
                        label: pick(self, &f.label, &subject),
                        value: f.value.clone(),
                        unit: f.unit.clone(),
                        qualifier: f.qualifier.clone(),
                        quote: f.quote.as_ref().map(|q| pick(self, q, &subject)),
                        formula: f.formula.clone(),
                        period: f.period.clone(),
                        period_quote: f.period_quote.as_ref().map(|q| pick(self, q, &subject)),
                        part_of: f.part_of.clone(),
                        share_of: f.share_of.clone(),
                        change: f.change.clone(),
                        outlook: f.outlook.clone(),
                        base: f.base.clone(),
                        base_quote: f.base_quote.as_ref().map(|q| pick(self, q, &subject)),
                        detail_of: f.detail_of.clone(),
                        reason: f.reason.as_ref().map(|r| pick(self, r, &subject)),
                    }
                })
                .collect(),
            events: raw
                .events
                .iter()
                .map(|e| {
                    let subject = format!("event `{}`", e.id.get_ref());
                    RawEvent {
                        id: e.id.clone(),
                        date: e.date.clone(),
                        outlook: e.outlook.clone(),
                        label: pick(self, &e.label, &subject),
                        quote: pick(self, &e.quote, &subject),
                        figures: e.figures.clone(),
                    }
                })
                .collect(),
            charts: raw
                .charts
                .iter()
                .map(|c| {
                    let subject = format!("chart `{}`", c.id.get_ref());
                    RawChart {
                        id: c.id.clone(),
                        kind: c.kind.clone(),
                        title: pick(self, &c.title, &subject),
                        takeaway: pick(self, &c.takeaway, &subject),
                        notes: c.notes.iter().map(|n| pick(self, n, &subject)).collect(),
                        figures: c.figures.clone(),
                        annotations: c
                            .annotations
                            .iter()
                            .map(|a| {
                                let subject = format!("{subject} annotation on `{}`", a.on.get_ref());
                                crate::raw::RawAnnotation {
                                    on: a.on.clone(),
                                    kind: a.kind.clone(),
                                    quote: pick(self, &a.quote, &subject),
                                }
                            })
                            .collect(),
                    }
                })
                .collect(),
            not_figures: raw
                .not_figures
                .iter()
                .map(|n| {
                    let subject = "not_figures";
                    crate::raw::RawNotFigure {
                        quote: pick(self, &n.quote, subject),
                        reason: pick(self, &n.reason, subject),
                    }
                })
                .collect(),
            method: RawMethod {
                not_shown: raw.method.not_shown.iter().map(|n| pick(self, n, "method not_shown")).collect(),
            },
            corrections: raw
                .corrections
                .iter()
                .map(|c| RawCorrection { date: c.date.clone(), text: pick(self, &c.text, "correction") })
                .collect(),
        };
        // Missing texts are reported once, from the original's projection; a translation whose
        // texts are missing is not checked further.
        (self.diagnostics.len() == faults_before).then_some(projected)
    }

    /// The languages must agree on where things are: a figure quoted in a paragraph is quoted
    /// in the same paragraph of each translation, so that visuals sit beside the same text.
    pub(super) fn check_translations_align(&mut self, raw: &crate::raw::RawContent<LText>, stories: &[Story]) {
        let (original, translations) = stories.split_first().expect("at least the original");
        for story in translations {
            for (i, (a, b)) in original.figures.iter().zip(&story.figures).enumerate() {
                if let (Origin::Stated { paragraph: pa, .. }, Origin::Stated { paragraph: pb, .. }) =
                    (&a.origin, &b.origin)
                {
                    if pa != pb {
                        let line = self.line(&raw.figures[i].id);
                        self.report(
                            line,
                            &format!("figure `{}`", a.id),
                            format!(
                                "quoted in paragraph {} of the original but paragraph {} of the `{}` translation",
                                pa + 1,
                                pb + 1,
                                story.meta.language.code()
                            ),
                        );
                    }
                }
            }
            for (i, (a, b)) in original.events.iter().zip(&story.events).enumerate() {
                if a.paragraph != b.paragraph {
                    let line = self.line(&raw.events[i].id);
                    self.report(
                        line,
                        &format!("event `{}`", a.id),
                        format!(
                            "quoted in paragraph {} of the original but paragraph {} of the `{}` translation",
                            a.paragraph + 1,
                            b.paragraph + 1,
                            story.meta.language.code()
                        ),
                    );
                }
            }
        }
    }
}

/// A computed figure is the same number in every language: its precision is the original's
/// (a translation may write `3.5%` where the original writes `3,50 %`), so its value, rounding
/// and qualifier are the original's too.
pub(super) fn align_computed(stories: &mut [Story]) {
    let Some((original, translations)) = stories.split_first_mut() else { return };
    for story in translations {
        for (theirs, ours) in story.figures.iter_mut().zip(&original.figures) {
            if let Origin::Computed { .. } = ours.origin {
                (theirs.value, theirs.decimals, theirs.rounded, theirs.qualifier, theirs.scale) =
                    (ours.value, ours.decimals, ours.rounded, ours.qualifier, ours.scale);
            }
        }
    }
}
