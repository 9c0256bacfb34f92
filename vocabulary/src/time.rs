//! Dates at the precision the text gives them, and periods between two of them, in the content
//! file's notation: `2018`, `2018-H1`, `2018-Q3`, `2018-09`, `2014..2017`.

/// What part of its year a date is: the whole year, a half, a quarter or a month.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize)]
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize)]
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
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

/// What a duration is counted in: `ans`, `mois`, `weeks`, `days`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize)]
pub enum TimeUnit {
    /// Years (`Y`).
    Year,
    /// Months (`M`).
    Month,
    /// Weeks (`W`).
    Week,
    /// Days (`D`).
    Day,
}

impl TimeUnit {
    /// Its letter in an ISO 8601 duration: `Y`, `M`, `W`, `D`.
    pub fn letter(self) -> char {
        match self {
            TimeUnit::Year => 'Y',
            TimeUnit::Month => 'M',
            TimeUnit::Week => 'W',
            TimeUnit::Day => 'D',
        }
    }

    /// Its place in tables of words: years, months, weeks, days.
    pub fn index(self) -> usize {
        self as usize
    }
}

/// A length of time the text gives (`en trois mois`, `over five years`), in the unit it gives
/// it in: ISO 8601's `P3M`, `P5Y`. A figure over a duration is dated by it, not by dates the
/// text does not give.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub struct Duration {
    /// How many.
    pub count: u16,
    /// Of what.
    pub unit: TimeUnit,
}

impl Duration {
    /// Reads `P5Y`, `P3M`, `P2W`, `P10D`; anything else is `None`.
    pub fn parse(text: &str) -> Option<Duration> {
        let body = text.trim().strip_prefix('P')?;
        let (digits, letter) = body.split_at_checked(body.len().checked_sub(1)?)?;
        if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let unit = match letter {
            "Y" => TimeUnit::Year,
            "M" => TimeUnit::Month,
            "W" => TimeUnit::Week,
            "D" => TimeUnit::Day,
            _ => return None,
        };
        let count = digits.parse::<u16>().ok().filter(|&n| n > 0)?;
        Some(Duration { count, unit })
    }

    /// The content file's (and ISO 8601's) notation: `P5Y`.
    pub fn key(self) -> String {
        format!("P{}{}", self.count, self.unit.letter())
    }

    /// The same from a start, if it has one: `2025/P4Y`.
    pub fn key_from(self, from: Option<Date>) -> String {
        match from {
            Some(from) => format!("{}/{}", from.key(), self.key()),
            None => self.key(),
        }
    }

    /// The last date of a duration that starts at `from`, when it can be said at `from`'s
    /// precision or the month's: four years from `2025` end in `2028`, eighteen months from
    /// `2025-04` in `2026-09`. Weeks and days do not end on a month: `None`.
    pub fn last_date_from(self, from: Date) -> Option<Date> {
        let months = match self.unit {
            TimeUnit::Year => u32::from(self.count) * 12,
            TimeUnit::Month => u32::from(self.count),
            TimeUnit::Week | TimeUnit::Day => return None,
        };
        let (year, month) = from.first_month();
        let last = u32::from(year) * 12 + u32::from(month) - 1 + months - 1;
        let year = u16::try_from(last / 12).ok()?;
        let month = (last % 12) as u8 + 1;
        Some(match (from.part, self.unit) {
            (Part::Year, TimeUnit::Year) => Date::year(year),
            _ => Date::month(year, month),
        })
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

    #[test]
    fn durations_read_and_write_iso_8601() {
        for key in ["P5Y", "P3M", "P2W", "P10D", "P18M"] {
            assert_eq!(Duration::parse(key).unwrap().key(), key);
        }
        for bad in ["5Y", "P", "PY", "P0Y", "P3", "P3H", "P-3M", "P1.5Y", "p3m", "P3MM"] {
            assert_eq!(Duration::parse(bad), None, "{bad}");
        }
        let years = Duration { count: 4, unit: TimeUnit::Year };
        assert_eq!(years.last_date_from(Date::year(2025)), Some(Date::year(2028)));
        assert_eq!(years.last_date_from(Date::month(2025, 4)), Some(Date::month(2029, 3)));
        let months = Duration { count: 18, unit: TimeUnit::Month };
        assert_eq!(months.last_date_from(Date::month(2025, 4)), Some(Date::month(2026, 9)));
        assert_eq!(months.last_date_from(Date::year(2025)), Some(Date::month(2026, 6)));
        assert_eq!(Duration { count: 3, unit: TimeUnit::Week }.last_date_from(Date::year(2025)), None);
    }
}
