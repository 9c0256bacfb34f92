//! Dates at the precision the text gives them, and periods between two of them, in the content
//! file's notation: `2018`, `2018-H1`, `2018-Q3`, `2018-09`, `2014..2017`.

/// What part of its year a date is: the whole year, a half, a quarter or a month.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Part {
    /// The whole year: the text gives only the year.
    Year,
    /// A half, 1 or 2 (`semestre`).
    Half(u8),
    /// A quarter, 1 to 4 (`trimestre`, `Q3`).
    Quarter(u8),
    /// A month, 1 to 12.
    Month(u8),
}

impl Part {
    /// How many months it lasts.
    fn months(self) -> u8 {
        match self {
            Part::Year => 12,
            Part::Half(_) => 6,
            Part::Quarter(_) => 3,
            Part::Month(_) => 1,
        }
    }

    /// Its rank among parts of its length, from 1 (the year's is 1).
    fn rank(self) -> u8 {
        match self {
            Part::Year => 1,
            Part::Half(n) | Part::Quarter(n) | Part::Month(n) => n,
        }
    }
}

/// A year, or a half, a quarter or a month of a year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    /// The year, four digits.
    pub year: u16,
    /// Which part of the year: the precision the text gives.
    pub part: Part,
}

impl Date {
    /// A whole year.
    pub const fn year(year: u16) -> Date {
        Date { year, part: Part::Year }
    }

    /// A month of a year, 1 to 12.
    pub const fn month(year: u16, month: u8) -> Date {
        Date { year, part: Part::Month(month) }
    }

    /// Reads `YYYY`, `YYYY-MM`, `YYYY-Qn` or `YYYY-Hn`; anything else is `None`.
    pub fn parse(text: &str) -> Option<Date> {
        let text = text.trim();
        let (year, part) = match text.split_once('-') {
            Some((year, part)) => (year, Some(part)),
            None => (text, None),
        };
        let digits = |part: &str, len: usize| part.len() == len && part.bytes().all(|b| b.is_ascii_digit());
        if !digits(year, 4) {
            return None;
        }
        let in_range = |n: &str, last: u8| n.parse::<u8>().ok().filter(|n| (1..=last).contains(n));
        let part = match part {
            None => Part::Year,
            Some(month) if digits(month, 2) => Part::Month(in_range(month, 12)?),
            Some(part) => match part.split_at_checked(1)? {
                ("Q", n) if digits(n, 1) => Part::Quarter(in_range(n, 4)?),
                ("H", n) if digits(n, 1) => Part::Half(in_range(n, 2)?),
                _ => return None,
            },
        };
        Some(Date { year: year.parse().ok()?, part })
    }

    /// The content file's notation: `2018`, `2018-09`, `2018-Q3`, `2018-H1`.
    pub fn key(self) -> String {
        match self.part {
            Part::Year => self.year.to_string(),
            Part::Half(n) => format!("{}-H{n}", self.year),
            Part::Quarter(n) => format!("{}-Q{n}", self.year),
            Part::Month(n) => format!("{}-{n:02}", self.year),
        }
    }

    /// Its month, when the text gives one.
    pub fn month_of_year(self) -> Option<u8> {
        match self.part {
            Part::Month(month) => Some(month),
            _ => None,
        }
    }

    /// The first month the date may mean, for ordering.
    pub fn first_month(self) -> (u16, u8) {
        (self.year, (self.part.rank() - 1) * self.part.months() + 1)
    }

    /// The last month the date may mean.
    pub fn last_month(self) -> (u16, u8) {
        (self.year, self.part.rank() * self.part.months())
    }
}

/// From one date to another, both at their own precision; `to` is the statement's date for
/// "since" periods.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Period {
    /// The first date.
    pub from: Date,
    /// The last date (the same as `from` for a single year, quarter or month).
    pub to: Date,
}

impl Period {
    /// One date as a period.
    pub const fn at(date: Date) -> Period {
        Period { from: date, to: date }
    }

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
        assert_eq!(Date::parse("2018-09"), Some(Date::month(2018, 9)));
        assert_eq!(Date::parse(" 2013 "), Some(Date::year(2013)));
        assert_eq!(Date::parse("2013-Q1"), Some(Date { year: 2013, part: Part::Quarter(1) }));
        assert_eq!(Date::parse("2013-H2"), Some(Date { year: 2013, part: Part::Half(2) }));
        for bad in [
            "18",
            "2018-9",
            "2018-13",
            "2018-00",
            "20l8",
            "2018-09-01",
            "",
            "2018-Q5",
            "2018-Q0",
            "2018-H3",
            "2018-q1",
            "2018-Q",
        ] {
            assert_eq!(Date::parse(bad), None, "{bad}");
        }
        for key in ["2018", "2018-09", "2013-Q4", "2013-H1"] {
            assert_eq!(Date::parse(key).unwrap().key(), key);
        }
        let period = Period { from: Date::year(2014), to: Date::month(2018, 9) };
        assert_eq!(period.key(), "2014..2018-09");
        assert_eq!(Period::at(period.from).key(), "2014");
    }

    #[test]
    fn a_part_of_a_year_covers_its_months() {
        let months = |key: &str| {
            let date = Date::parse(key).unwrap();
            (date.first_month().1, date.last_month().1)
        };
        assert_eq!(months("2018"), (1, 12));
        assert_eq!(months("2018-H2"), (7, 12));
        assert_eq!(months("2018-Q1"), (1, 3));
        assert_eq!(months("2018-Q4"), (10, 12));
        assert_eq!(months("2018-05"), (5, 5));
    }
}
