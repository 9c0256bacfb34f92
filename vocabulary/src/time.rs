//! Dates at the precision the text gives them, and periods between two of them, in the content
//! file's notation: `2018`, `2018-09`, `2014..2017`.

/// A year, or a month of a year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    /// The year, four digits.
    pub year: u16,
    /// `None` when the text gives only the year: the date is then the whole year.
    pub month: Option<u8>,
}

impl Date {
    /// Reads `YYYY` or `YYYY-MM`; anything else is `None`.
    pub fn parse(text: &str) -> Option<Date> {
        let text = text.trim();
        let (year, month) = match text.split_once('-') {
            Some((year, month)) => (year, Some(month)),
            None => (text, None),
        };
        let digits = |part: &str, len: usize| part.len() == len && part.bytes().all(|b| b.is_ascii_digit());
        if !digits(year, 4) {
            return None;
        }
        let month = match month {
            None => None,
            Some(month) if digits(month, 2) => Some(month.parse::<u8>().ok().filter(|m| (1..=12).contains(m))?),
            Some(_) => return None,
        };
        Some(Date { year: year.parse().ok()?, month })
    }

    /// The content file's notation: `2018`, `2018-09`.
    pub fn key(self) -> String {
        match self.month {
            Some(month) => format!("{}-{month:02}", self.year),
            None => self.year.to_string(),
        }
    }

    /// The first month the date may mean, for ordering.
    pub fn first_month(self) -> (u16, u8) {
        (self.year, self.month.unwrap_or(1))
    }

    /// The last month the date may mean.
    pub fn last_month(self) -> (u16, u8) {
        (self.year, self.month.unwrap_or(12))
    }
}

/// From one date to another, both at their own precision; `to` is the statement's date for
/// "since" periods.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Period {
    /// The first date.
    pub from: Date,
    /// The last date (the same as `from` for a single year or month).
    pub to: Date,
}

impl Period {
    /// The content file's notation: `2018`, `2014..2017`, `2014..2018-09`.
    pub fn key(self) -> String {
        if self.from == self.to {
            self.from.key()
        } else {
            format!("{}..{}", self.from.key(), self.to.key())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_read_and_write_the_content_file_notation() {
        assert_eq!(Date::parse("2018-09"), Some(Date { year: 2018, month: Some(9) }));
        assert_eq!(Date::parse(" 2013 "), Some(Date { year: 2013, month: None }));
        for bad in ["18", "2018-9", "2018-13", "2018-00", "20l8", "2018-09-01", ""] {
            assert_eq!(Date::parse(bad), None, "{bad}");
        }
        let period = Period { from: Date { year: 2014, month: None }, to: Date { year: 2018, month: Some(9) } };
        assert_eq!(period.key(), "2014..2018-09");
        assert_eq!(Period { from: period.from, to: period.from }.key(), "2014");
    }
}
