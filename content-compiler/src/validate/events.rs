//! Events: quote, date (never after the statement), and their order.

use super::*;

impl Checker<'_> {
    pub(super) fn check_event(
        &mut self,
        index: usize,
        raw: &RawEvent,
        text: &mut ArticleText,
        figures: &HashMap<&str, usize>,
        statement: Date,
    ) -> Option<Event> {
        let subject = format!("event `{}`", raw.id.get_ref());
        self.check_label(&raw.label, &subject);
        let date = self.parse_date(&raw.date, &subject, false).filter(|date| {
            let after = date.first_month() > statement.last_month();
            if after {
                let line = self.line(&raw.date);
                self.report(
                    line,
                    &subject,
                    format!(
                        "date `{}` is after the statement's date, `{}`: an event cannot come after the text that reports it",
                        raw.date.get_ref(),
                        statement.key()
                    ),
                );
            }
            !after
        });
        let event_figures = self.resolve_figures(&raw.figures, figures, &subject);
        let found = self.find_once(text, &raw.quote, &subject)?;
        let line = self.line(&raw.quote);
        let Some(date) = date else {
            // The date's own fault is reported: its quote's numbers are not reported again.
            text.refuse(&found);
            return None;
        };
        let token = text.numbers[found.paragraph].iter().position(|t| {
            t.start >= found.range.start && t.end <= found.range.end && t.value == f64::from(date.year) && !t.percent
        });
        let Some(token) = token else {
            text.refuse(&found);
            self.report(
                line,
                &subject,
                format!("quote \"{}\" does not hold the event's year {}", raw.quote.get_ref(), date.year),
            );
            return None;
        };
        self.claim(text, (found.paragraph, token), Claim::EventDate(index), line, &subject);
        let start = text.numbers[found.paragraph][token].start;
        Some(Event {
            id: raw.id.get_ref().clone(),
            date,
            label: raw.label.get_ref().clone(),
            figures: event_figures,
            quote: text.paragraphs[found.paragraph][found.range].to_string(),
            paragraph: found.paragraph,
            sentence: sentence_of(&text.paragraphs[found.paragraph], start),
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
