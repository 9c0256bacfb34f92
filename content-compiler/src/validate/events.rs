//! Events: quote, date or span (never after the statement, unless a plan or an expectation),
//! and their order.

use super::*;

impl Checker {
    pub(super) fn check_event(
        &mut self,
        index: usize,
        raw: &RawEvent,
        text: &mut ArticleText,
        figures: &HashMap<&str, usize>,
        statement: Date,
        style: Lang,
    ) -> Option<Event> {
        let subject = format!("event `{}`", raw.id.get_ref());
        self.check_label(&raw.label, &subject);
        let outlook = raw.outlook.as_ref().map(|o| self.named::<Outlook>(o, &subject, "outlook"));
        let ahead = matches!(outlook, Some(Some(_)));
        let (from, until) = match raw.date.get_ref().split_once("..") {
            Some((from, to)) => {
                let part = |text: &str| Spanned::new(raw.date.span(), text.to_string());
                let from = self.parse_date(&part(from), &subject, false);
                let to = self.parse_date(&part(to), &subject, false);
                (from, to.map(Some))
            }
            None => (self.parse_date(&raw.date, &subject, false), Some(None)),
        };
        let line = self.line(&raw.date);
        if let (Some(from), Some(Some(to))) = (from, until) {
            if to.first_month() <= from.last_month() {
                self.report(line, &subject, format!("span `{}` must end after it starts", raw.date.get_ref()));
            }
        }
        let last = until.flatten().or(from);
        let after = last.is_some_and(|date| date.first_month() > statement.last_month());
        if after && !ahead {
            self.report(
                line,
                &subject,
                format!(
                    "date `{}` is after the statement's date, `{}`: an event cannot come after the text that reports it (a plan or an expectation can: add `outlook`)",
                    raw.date.get_ref(),
                    statement.key()
                ),
            );
        }
        let date = from.filter(|_| !after || ahead);
        let event_figures = self.resolve_figures(&raw.figures, figures, &subject);
        let found = self.find_once(text, &raw.quote, &subject)?;
        let line = self.line(&raw.quote);
        let (Some(date), Some(until)) = (date, until) else {
            // The date's own fault is reported: its quote's numbers are not reported again.
            text.refuse(&found);
            return None;
        };
        if let Some(Some(outlook)) = outlook {
            let quoted = text.paragraphs[found.paragraph][found.range.clone()].to_string();
            self.check_outlook_words(outlook, &quoted, line, &subject, style);
        }
        let mut start = None;
        for year in std::iter::once(date.year).chain(until.map(|d| d.year).filter(|&y| y != date.year)) {
            let token = text.numbers[found.paragraph].iter().position(|t| {
                t.start >= found.range.start
                    && t.end <= found.range.end
                    && t.value == f64::from(year)
                    && !t.percent
                    && !t.spelled
            });
            let Some(token) = token else {
                text.refuse(&found);
                self.report(
                    line,
                    &subject,
                    format!("quote \"{}\" does not hold the event's year {year}", raw.quote.get_ref()),
                );
                return None;
            };
            self.claim(text, (found.paragraph, token), Claim::EventDate(index), line, &subject);
            start.get_or_insert(text.numbers[found.paragraph][token].start);
        }
        Some(Event {
            id: raw.id.get_ref().clone(),
            date,
            until,
            outlook: outlook.flatten(),
            label: raw.label.get_ref().clone(),
            figures: event_figures,
            quote: text.paragraphs[found.paragraph][found.range].to_string(),
            paragraph: found.paragraph,
            sentence: sentence_of(&text.paragraphs[found.paragraph], start.unwrap_or(0), text.style),
        })
    }

    pub(super) fn check_event_order(&mut self, raws: &[RawEvent], events: &[Option<Event>]) {
        let mut previous: Option<&Event> = None;
        for (raw, event) in raws.iter().zip(events) {
            let Some(event) = event else { continue };
            if let Some(previous) = previous {
                if event.date.first_month() < previous.date.first_month() {
                    let line = self.line(&raw.date);
                    self.report(
                        line,
                        &format!("event `{}`", event.id),
                        format!("events must be in date order, and this one comes before `{}`", previous.id),
                    );
                }
            }
            previous = Some(event);
        }
    }
}
