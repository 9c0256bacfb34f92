//! The article: its paragraphs (verbatim against the source file), ids, dates, quotes found
//! once in the text, and every number of the text accounted for.

use super::*;

impl Checker {
    pub(super) fn check_paragraphs(&mut self, raw: &RawContent, style: Lang, load_source: SourceLoader) -> ArticleText {
        let article = &raw.article;
        let paragraphs: Vec<String> =
            article.paragraphs.get_ref().iter().map(|p| p.get_ref().trim().to_string()).collect();
        let paragraph_lines: Vec<usize> = article.paragraphs.get_ref().iter().map(|p| self.line(p)).collect();
        if paragraphs.is_empty() {
            let line = self.line(&article.paragraphs);
            self.report(line, "article", "the article has no paragraphs");
        }
        for (i, paragraph) in paragraphs.iter().enumerate() {
            if paragraph.is_empty() {
                self.report(paragraph_lines[i], &format!("paragraph {}", i + 1), "the paragraph is empty");
            }
        }
        if let Some(source_file) = &article.source_file {
            self.check_verbatim(source_file, &paragraphs, &paragraph_lines, &article.date, load_source);
        }
        let numbers = paragraphs.iter().map(|p| find_numbers(p, style)).collect();
        let normalised = paragraphs.iter().map(|p| crate::text::Normalised::of(p)).collect();
        ArticleText { style, paragraphs, normalised, paragraph_lines, numbers, claims: HashMap::new() }
    }

    /// The paragraphs must be the source's paragraphs, character for character.
    pub(super) fn check_verbatim(
        &mut self,
        source_file: &Text,
        paragraphs: &[String],
        paragraph_lines: &[usize],
        date: &Text,
        load_source: SourceLoader,
    ) {
        let line = self.line(source_file);
        let source = match load_source(source_file.get_ref()) {
            Ok(source) => source,
            Err(error) => {
                self.report(line, "article source_file", format!("cannot read `{}`: {error}", source_file.get_ref()));
                return;
            }
        };
        let (source_date, source_paragraphs) = split_source(&source);
        if let Some(source_date) = source_date {
            if source_date != *date.get_ref() {
                let line = self.line(date);
                self.report(
                    line,
                    "article",
                    format!("date `{}` differs from the source file's `date {source_date}`", date.get_ref()),
                );
            }
        }
        if source_paragraphs.len() != paragraphs.len() {
            self.report(
                line,
                "article",
                format!(
                    "the source file has {} paragraphs but the article has {}",
                    source_paragraphs.len(),
                    paragraphs.len()
                ),
            );
        }
        for (i, (ours, theirs)) in paragraphs.iter().zip(&source_paragraphs).enumerate() {
            if ours != theirs {
                let at = ours
                    .char_indices()
                    .zip(theirs.chars())
                    .find(|((_, a), b)| a != b)
                    .map_or(ours.len().min(theirs.len()), |((at, _), _)| at);
                let context: String = theirs[floor_char(theirs, at.saturating_sub(20))..].chars().take(50).collect();
                self.report(
                    paragraph_lines[i],
                    &format!("paragraph {}", i + 1),
                    format!("differs from the source file near \"{context}\": the text must be verbatim"),
                );
            }
        }
    }

    pub(super) fn check_ids(&mut self, raw: &RawContent) {
        let mut seen: HashMap<String, &'static str> = HashMap::new();
        let all = raw
            .figures
            .iter()
            .map(|f| (&f.id, "figure"))
            .chain(raw.events.iter().map(|e| (&e.id, "event")))
            .chain(raw.charts.iter().map(|c| (&c.id, "chart")));
        for (id, kind) in all {
            let line = self.line(id);
            let subject = format!("{kind} `{}`", id.get_ref());
            if !is_well_formed_id(id.get_ref()) {
                self.report(line, &subject, "malformed id: use lower-case letters, digits and single hyphens, starting with a letter (e.g. `returns-2018`)");
            }
            if let Some(previous) = seen.insert(id.get_ref().clone(), kind) {
                self.report(line, &subject, format!("duplicate id: a {previous} already has it (ids name figures, events and charts alike, and appear in links)"));
            }
        }
    }

    pub(super) fn parse_date(&mut self, text: &Text, subject: &str, needs_month: bool) -> Option<Date> {
        let date = Date::parse(text.get_ref());
        let line = self.line(text);
        match date {
            Some(date) if needs_month && date.month_of_year().is_none() => {
                self.report(line, subject, format!("date `{}` needs its month: `YYYY-MM`", text.get_ref()));
                None
            }
            Some(date) => Some(date),
            None => {
                self.report(line, subject, format!("malformed date `{}`: use `YYYY` or `YYYY-MM`", text.get_ref()));
                None
            }
        }
    }

    /// Finds a quote in exactly one place of the text.
    /// When it is not, says so, and where the closest passage differs; the numbers of that
    /// passage (or of every place it stands) are then not reported again as unaccounted for.
    pub(super) fn find_once(&mut self, text: &mut ArticleText, quote: &Text, subject: &str) -> Option<Found> {
        let mut found = Vec::new();
        for (paragraph, body) in text.normalised.iter().enumerate() {
            found.extend(find_quote_in(body, quote.get_ref()).into_iter().map(|range| Found { paragraph, range }));
        }
        let line = self.line(quote);
        match found.len() {
            1 => found.pop(),
            0 => {
                let closest = (0..text.paragraphs.len())
                    .filter_map(|paragraph| {
                        closest_passage(&text.paragraphs[paragraph], quote.get_ref())
                            .map(|(range, d)| (d, paragraph, range))
                    })
                    .min_by_key(|(distance, ..)| *distance);
                let hint = match closest {
                    Some((_, paragraph, range)) => {
                        let passage = &text.paragraphs[paragraph][range.clone()];
                        let (ours, theirs) = difference(quote.get_ref().trim(), passage);
                        let hint = format!(
                            ": the closest passage, in paragraph {}, is \"{passage}\", which has \"{theirs}\" where the quote has \"{ours}\"",
                            paragraph + 1
                        );
                        text.refuse(&Found { paragraph, range });
                        hint
                    }
                    None => String::new(),
                };
                self.report(line, subject, format!("quote \"{}\" is not in the article text{hint}", quote.get_ref()));
                None
            }
            n => {
                for place in &found {
                    text.refuse(place);
                }
                let places: Vec<String> = found.iter().map(|f| (f.paragraph + 1).to_string()).collect();
                self.report(
                    line,
                    subject,
                    format!("quote \"{}\" stands {n} times in the text (paragraphs {}): lengthen it so that it names one place", quote.get_ref(), places.join(", ")),
                );
                None
            }
        }
    }

    pub(super) fn claim(&mut self, text: &mut ArticleText, token: TokenRef, claim: Claim, line: usize, subject: &str) {
        let claims = text.claims.entry(token).or_default();
        let is_mention = |c: &Claim| matches!(c, Claim::FigureValue(_) | Claim::EventDate(_));
        if is_mention(&claim) && claims.iter().any(is_mention) {
            let (paragraph, index) = token;
            let token = &text.numbers[paragraph][index];
            let written = text.paragraphs[paragraph][token.start..token.end].to_string();
            self.report(
                line,
                subject,
                format!(
                    "the number `{written}` in paragraph {} is already the figure or date of another item",
                    paragraph + 1
                ),
            );
            return;
        }
        text.claims.entry(token).or_default().push(claim);
    }

    pub(super) fn check_every_number_is_claimed(&mut self, text: &ArticleText) {
        for (paragraph, numbers) in text.numbers.iter().enumerate() {
            for (index, token) in numbers.iter().enumerate() {
                if text.claims.contains_key(&(paragraph, index)) {
                    continue;
                }
                let body = &text.paragraphs[paragraph];
                let from = floor_char(body, token.start.saturating_sub(30));
                let to = ceil_char(body, (token.end + 30).min(body.len()));
                self.report(
                    text.paragraph_lines[paragraph],
                    &format!("paragraph {}", paragraph + 1),
                    format!(
                        "the number `{}` in \"…{}…\" is not accounted for: add a figure whose quote holds it, an event dated by it, a `period_quote` holding it, or a `[[not_figures]]` entry that says why it is none",
                        &body[token.start..token.end],
                        &body[from..to]
                    ),
                );
            }
        }
    }
}

impl Checker {
    /// Numbers the editor marks as not figures: each entry's quote stands once in the text and
    /// holds a number, and says why.
    /// Returns each entry's quote as the text writes it (empty when not found).
    pub(super) fn check_not_figures(
        &mut self,
        raws: &[RawNotFigure],
        text: &mut ArticleText,
        style: Lang,
    ) -> Vec<String> {
        let mut quotes = Vec::new();
        for (entry, raw) in raws.iter().enumerate() {
            quotes.push(String::new());
            let subject = format!("not_figures \"{}\"", raw.quote.get_ref());
            let line = self.line(&raw.quote);
            if raw.reason.get_ref().trim().is_empty() {
                let line = self.line(&raw.reason);
                self.report(line, &subject, "say why this number is not a figure in `reason`");
            }
            let Some(found) = self.find_once(text, &raw.quote, &subject) else { continue };
            *quotes.last_mut().expect("pushed") = text.paragraphs[found.paragraph][found.range.clone()].to_string();
            let held: Vec<usize> = (0..text.numbers[found.paragraph].len())
                .filter(|&i| {
                    let t = &text.numbers[found.paragraph][i];
                    t.start >= found.range.start && t.end <= found.range.end
                })
                .collect();
            // Arabic says "two operations" with the noun alone, in the dual (`عمليتين`).
            let dual = crate::words::holds_dual(raw.quote.get_ref(), style);
            if held.is_empty() && !dual {
                self.report(
                    line,
                    &subject,
                    "the quote holds no number: a `[[not_figures]]` entry names a number of the text (in Arabic, a number or a noun in the dual)",
                );
            }
            for token in held {
                let claims = text.claims.entry((found.paragraph, token)).or_default();
                if claims.iter().any(|c| matches!(c, Claim::FigureValue(_) | Claim::EventDate(_))) {
                    let t = &text.numbers[found.paragraph][token];
                    let written = text.paragraphs[found.paragraph][t.start..t.end].to_string();
                    self.report(
                        line,
                        &subject,
                        format!("`{written}` is a figure or a date already: remove this entry"),
                    );
                    continue;
                }
                claims.push(Claim::NotAFigure(entry));
            }
        }
        quotes
    }
}

pub(super) fn build_paragraphs(text: &ArticleText) -> Vec<Paragraph> {
    text.paragraphs
        .iter()
        .enumerate()
        .map(|(p, body)| {
            let mentions: Vec<(Range<usize>, Claim)> = text.numbers[p]
                .iter()
                .enumerate()
                .filter_map(|(i, token)| {
                    let claims = text.claims.get(&(p, i))?;
                    let mention =
                        claims.iter().copied().find(|c| matches!(c, Claim::FigureValue(_) | Claim::EventDate(_)))?;
                    Some((token.start..token.end, mention))
                })
                .collect();
            let sentences = sentences(body, text.style)
                .into_iter()
                .map(|sentence| {
                    let mut segments = Vec::new();
                    let mut at = sentence.start;
                    for (range, claim) in
                        mentions.iter().filter(|(r, _)| r.start >= sentence.start && r.end <= sentence.end)
                    {
                        if range.start > at {
                            segments.push(Segment::Text(body[at..range.start].to_string()));
                        }
                        let written = body[range.clone()].to_string();
                        segments.push(match *claim {
                            Claim::FigureValue(figure) => Segment::Figure { figure, text: written },
                            Claim::EventDate(event) => Segment::Event { event, text: written },
                            Claim::FigurePeriod(_) | Claim::NotAFigure(_) | Claim::Refused => {
                                unreachable!("only mentions are kept")
                            }
                        });
                        at = range.end;
                    }
                    if at < sentence.end {
                        segments.push(Segment::Text(body[at..sentence.end].to_string()));
                    }
                    segments
                })
                .collect();
            Paragraph { sentences }
        })
        .collect()
}

/// The source file's date metadata, if any, and its paragraphs (blank lines separate them).
pub fn split_source(source: &str) -> (Option<String>, Vec<String>) {
    let trimmed = source.trim_start();
    let (date, body) = match trimmed.strip_prefix("date ") {
        Some(rest) => {
            let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
            (Some(rest[..end].to_string()), &rest[end..])
        }
        None => (None, trimmed),
    };
    let body = body.replace("\r\n", "\n");
    let paragraphs = body.split("\n\n").map(str::trim).filter(|p| !p.is_empty()).map(str::to_string).collect();
    (date, paragraphs)
}

pub(super) fn sentence_of(paragraph: &str, offset: usize, style: Lang) -> usize {
    sentences(paragraph, style).iter().position(|r| r.contains(&offset)).unwrap_or(0)
}

pub(super) fn is_well_formed_id(id: &str) -> bool {
    id.starts_with(|c: char| c.is_ascii_lowercase())
        && id
            .split('-')
            .all(|part| !part.is_empty() && part.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()))
}

pub(super) fn floor_char(text: &str, mut at: usize) -> usize {
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

pub(super) fn ceil_char(text: &str, mut at: usize) -> usize {
    while !text.is_char_boundary(at) {
        at += 1;
    }
    at
}
