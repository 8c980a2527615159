//! Dates as exports write them: `YYYY-MM-DD` (and ISO date-times, read as
//! the date part as written), `YYYY/MM/DD`, `YYYYMMDD`, `DD.MM.YYYY`, and
//! slashed `DD/MM/YYYY` or US `M/D/YYYY` / `M/D/YY`, whose order is sniffed
//! from the whole file. Parsed from bytes, without allocating.

use chrono::NaiveDate;

/// Which slashed part is the day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SlashOrder {
    /// `DD/MM/YYYY`
    DayFirst,
    /// `MM/DD/YYYY` (US)
    MonthFirst,
}

/// The written shape of a date cell.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Iso,
    IsoDateTime,
    YearSlash,
    Compact,
    Dots,
    Slash,
}

impl Kind {
    const ALL: [Kind; 6] = [
        Kind::Iso,
        Kind::IsoDateTime,
        Kind::YearSlash,
        Kind::Compact,
        Kind::Dots,
        Kind::Slash,
    ];

    fn index(self) -> usize {
        self as usize
    }
}

/// A date cell split into its numbers; `first`/`second` in written order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Parts {
    pub kind: Kind,
    pub year: i32,
    pub first: u32,
    pub second: u32,
    /// A two-digit year (`1/5/26`).
    pub short_year: bool,
}

impl Parts {
    pub fn to_date(self, order: SlashOrder) -> Option<NaiveDate> {
        let (month, day) = match self.kind {
            Kind::Iso | Kind::IsoDateTime | Kind::YearSlash | Kind::Compact => {
                (self.first, self.second)
            }
            Kind::Dots => (self.second, self.first),
            Kind::Slash => match order {
                SlashOrder::DayFirst => (self.second, self.first),
                SlashOrder::MonthFirst => (self.first, self.second),
            },
        };
        NaiveDate::from_ymd_opt(self.year, month, day)
    }
}

/// Reads a date cell in any supported shape; slashed dates in `order`.
pub fn parse(cell: &[u8], order: SlashOrder) -> Option<NaiveDate> {
    split(cell)?.to_date(order)
}

/// Splits a date cell into its parts, or `None` if it is not shaped like a
/// date. Does not check that the day exists.
pub fn split(cell: &[u8]) -> Option<Parts> {
    let cell = cell.trim_ascii();
    let digits = |s: &[u8]| -> Option<u32> {
        if s.is_empty() || s.len() > 4 || !s.iter().all(u8::is_ascii_digit) {
            return None;
        }
        Some(s.iter().fold(0, |n, &b| n * 10 + u32::from(b - b'0')))
    };
    // `YYYY-MM-DD` or `YYYY/MM/DD`, maybe with a time after it.
    if cell.len() >= 10 && (cell[4] == b'-' || cell[4] == b'/') && cell[7] == cell[4] {
        let year = digits(&cell[..4])?;
        let month = digits(&cell[5..7])?;
        let day = digits(&cell[8..10])?;
        let kind = match (cell[4], cell.get(10)) {
            (b'-', None) => Kind::Iso,
            (b'-', Some(b'T' | b't' | b' ')) => Kind::IsoDateTime,
            (b'/', None) => Kind::YearSlash,
            (b'/', Some(b' ')) => Kind::YearSlash,
            _ => return None,
        };
        return Some(Parts {
            kind,
            year: year as i32,
            first: month,
            second: day,
            short_year: false,
        });
    }
    if cell.len() == 8 && cell.iter().all(u8::is_ascii_digit) {
        return Some(Parts {
            kind: Kind::Compact,
            year: digits(&cell[..4])? as i32,
            first: digits(&cell[4..6])?,
            second: digits(&cell[6..8])?,
            short_year: false,
        });
    }
    // `D.M.YYYY` or `a/b/YYYY` / `a/b/YY`, maybe with a time after a space.
    let date = match cell.iter().position(|&b| b == b' ') {
        Some(at) => &cell[..at],
        None => cell,
    };
    let sep = *date.iter().find(|&&b| b == b'.' || b == b'/')?;
    let mut parts = date.split(|&b| b == sep);
    let (a, b, y) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || a.len() > 2 || b.len() > 2 {
        return None;
    }
    let short_year = y.len() == 2;
    if y.len() != 4 && !(short_year && sep == b'/') {
        return None;
    }
    let year = digits(y)? as i32;
    let year = if short_year { 2000 + year } else { year };
    Some(Parts {
        kind: if sep == b'.' { Kind::Dots } else { Kind::Slash },
        year,
        first: digits(a)?,
        second: digits(b)?,
        short_year,
    })
}

/// Where a decision came from: a line and the cell.
pub type Example = (usize, String);

/// What the cells of one column say about their dates (sniffing).
#[derive(Debug, Clone, Default)]
pub struct DateEvidence {
    kinds: [usize; 6],
    short_year: bool,
    /// A slashed date whose first part is above 12.
    pub day_first: Option<Example>,
    /// A slashed date whose second part is above 12.
    pub month_first: Option<Example>,
    /// A slashed date that reads differently in the two orders.
    pub either_way: Option<Example>,
    /// Cells that read as dates.
    pub dates: usize,
    /// The first non-empty cell that does not.
    pub first_other: Option<Example>,
}

/// How a file's dates read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateReading {
    pub order: SlashOrder,
    /// The dominant shape as a strftime format, for `okr sources`.
    pub format: String,
}

/// Why the dates do not settle on one reading.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DateAmbiguity {
    /// Every slashed date reads both ways; one example.
    EitherWay(Example),
    /// Some dates are day-first and some month-first.
    Mixed {
        day_first: Example,
        month_first: Example,
    },
}

impl DateEvidence {
    pub fn observe(&mut self, cell: &[u8], line: usize) {
        let parts = split(cell).filter(|p| {
            p.to_date(SlashOrder::DayFirst).is_some() || p.to_date(SlashOrder::MonthFirst).is_some()
        });
        let Some(p) = parts else {
            if self.first_other.is_none() {
                self.first_other = Some((line, String::from_utf8_lossy(cell).into_owned()));
            }
            return;
        };
        self.dates += 1;
        self.kinds[p.kind.index()] += 1;
        if p.kind != Kind::Slash {
            return;
        }
        self.short_year |= p.short_year;
        let example = || (line, String::from_utf8_lossy(cell).trim().to_string());
        if p.first > 12 {
            self.day_first.get_or_insert_with(example);
        } else if p.second > 12 {
            self.month_first.get_or_insert_with(example);
        } else if p.first != p.second {
            self.either_way.get_or_insert_with(example);
        }
    }

    /// True when every observed non-empty cell read as a date.
    pub fn all_dates(&self) -> bool {
        self.dates > 0 && self.first_other.is_none()
    }

    pub fn decide(&self) -> Result<DateReading, DateAmbiguity> {
        let order = match (&self.day_first, &self.month_first) {
            (Some(d), Some(m)) => {
                return Err(DateAmbiguity::Mixed {
                    day_first: d.clone(),
                    month_first: m.clone(),
                })
            }
            (Some(_), None) => SlashOrder::DayFirst,
            (None, Some(_)) => SlashOrder::MonthFirst,
            (None, None) => match &self.either_way {
                Some(e) => return Err(DateAmbiguity::EitherWay(e.clone())),
                // Every slashed date has day == month: either order reads it.
                None => SlashOrder::DayFirst,
            },
        };
        // The most common shape; the first of equals; ISO without dates.
        let dominant = Kind::ALL
            .into_iter()
            .rev()
            .max_by_key(|k| self.kinds[k.index()])
            .unwrap_or(Kind::Iso);
        let year = if self.short_year { "%y" } else { "%Y" };
        let format = match dominant {
            Kind::Iso => "%Y-%m-%d".to_string(),
            Kind::IsoDateTime => "%Y-%m-%d (date part of date-times)".to_string(),
            Kind::YearSlash => "%Y/%m/%d".to_string(),
            Kind::Compact => "%Y%m%d".to_string(),
            Kind::Dots => "%d.%m.%Y".to_string(),
            Kind::Slash => match order {
                SlashOrder::DayFirst => format!("%d/%m/{year}"),
                SlashOrder::MonthFirst => format!("%m/%d/{year}"),
            },
        };
        Ok(DateReading { order, format })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn reads_every_format() {
        let cases: &[(&str, SlashOrder, NaiveDate)] = &[
            ("2026-01-05", SlashOrder::DayFirst, d(2026, 1, 5)),
            (" 2026-01-05 ", SlashOrder::DayFirst, d(2026, 1, 5)),
            ("20260105", SlashOrder::DayFirst, d(2026, 1, 5)),
            ("05.01.2026", SlashOrder::DayFirst, d(2026, 1, 5)),
            ("5.1.2026", SlashOrder::MonthFirst, d(2026, 1, 5)),
            ("05/01/2026", SlashOrder::DayFirst, d(2026, 1, 5)),
            ("1/5/2026", SlashOrder::MonthFirst, d(2026, 1, 5)),
            ("1/5/26", SlashOrder::MonthFirst, d(2026, 1, 5)),
            ("2026/01/05", SlashOrder::MonthFirst, d(2026, 1, 5)),
            (
                "2026-01-05T23:30:00+02:00",
                SlashOrder::DayFirst,
                d(2026, 1, 5),
            ),
            ("2026-01-05 23:30", SlashOrder::DayFirst, d(2026, 1, 5)),
            ("2026-01-05T00:30:00Z", SlashOrder::DayFirst, d(2026, 1, 5)),
            ("1/5/2026 0:00:00", SlashOrder::MonthFirst, d(2026, 1, 5)),
            ("2024-02-29", SlashOrder::DayFirst, d(2024, 2, 29)),
        ];
        for &(cell, order, want) in cases {
            assert_eq!(parse(cell.as_bytes(), order), Some(want), "{cell:?}");
        }
    }

    #[test]
    fn refuses_what_is_not_a_date() {
        for cell in [
            "",
            "Total",
            "2026-13-01",
            "2026-02-30",
            "2025-02-29",
            "2026-1-5",
            "12345",
            "1.234",
            "1,5",
            "5.1.26",
            "2026-01-05X",
            "123/1/2026",
            "1/2/3/2026",
            "0000",
        ] {
            assert_eq!(
                parse(cell.as_bytes(), SlashOrder::DayFirst),
                None,
                "{cell:?}"
            );
        }
    }

    fn decide(cells: &[&str]) -> Result<DateReading, DateAmbiguity> {
        let mut ev = DateEvidence::default();
        for (i, cell) in cells.iter().enumerate() {
            ev.observe(cell.as_bytes(), i + 2);
        }
        ev.decide()
    }

    #[test]
    fn sniffs_the_order_from_the_whole_file() {
        let reading = |cells: &[&str]| decide(cells).map(|r| (r.order, r.format));
        assert_eq!(
            reading(&["01/02/2026", "02/02/2026", "13/02/2026"]),
            Ok((SlashOrder::DayFirst, "%d/%m/%Y".into()))
        );
        assert_eq!(
            reading(&["1/2/26", "1/13/26"]),
            Ok((SlashOrder::MonthFirst, "%m/%d/%y".into()))
        );
        assert_eq!(
            reading(&["1/1/2026", "2/2/2026"]),
            Ok((SlashOrder::DayFirst, "%d/%m/%Y".into()))
        );
        assert_eq!(
            reading(&["2026-01-05", "2026-01-06"]),
            Ok((SlashOrder::DayFirst, "%Y-%m-%d".into()))
        );
        assert_eq!(
            reading(&["05.01.2026"]),
            Ok((SlashOrder::DayFirst, "%d.%m.%Y".into()))
        );
        assert_eq!(reading(&["20260105"]).map(|r| r.1), Ok("%Y%m%d".into()));
        assert_eq!(reading(&[]).map(|r| r.1), Ok("%Y-%m-%d".into()));
        assert_eq!(
            reading(&["05.01.2026", "20260106", "07.01.2026"]).map(|r| r.1),
            Ok("%d.%m.%Y".into())
        );
        assert_eq!(
            reading(&["01/02/2026", "03/02/2026"]),
            Err(DateAmbiguity::EitherWay((2, "01/02/2026".into())))
        );
        assert_eq!(
            reading(&["13/01/2026", "01/13/2026"]),
            Err(DateAmbiguity::Mixed {
                day_first: (2, "13/01/2026".into()),
                month_first: (3, "01/13/2026".into())
            })
        );
    }

    #[test]
    fn tells_dates_from_other_cells() {
        let mut ev = DateEvidence::default();
        ev.observe(b"2026-01-05", 2);
        assert!(ev.all_dates());
        ev.observe(b"Organic", 3);
        assert!(!ev.all_dates());
        assert_eq!(ev.first_other, Some((3, "Organic".into())));
    }

    fn any_date() -> impl Strategy<Value = NaiveDate> {
        (0i64..60_000).prop_map(|n| d(1950, 1, 1) + chrono::Duration::days(n))
    }

    proptest! {
        #[test]
        fn round_trips_every_notation(date in any_date(), style in 0usize..9) {
            let (fmt, order) = match style {
                0 => ("%Y-%m-%d", SlashOrder::DayFirst),
                1 => ("%Y%m%d", SlashOrder::DayFirst),
                2 => ("%d.%m.%Y", SlashOrder::DayFirst),
                3 => ("%-d.%-m.%Y", SlashOrder::MonthFirst),
                4 => ("%d/%m/%Y", SlashOrder::DayFirst),
                5 => ("%-m/%-d/%Y", SlashOrder::MonthFirst),
                6 => ("%Y-%m-%dT%H:%M:%S%:z", SlashOrder::DayFirst),
                7 => ("%Y/%m/%d", SlashOrder::MonthFirst),
                _ => ("%m/%d/%Y %H:%M", SlashOrder::MonthFirst),
            };
            let text = date.and_hms_opt(23, 30, 0).unwrap().and_utc().format(fmt).to_string();
            prop_assert_eq!(parse(text.as_bytes(), order), Some(date), "{}", text);
        }

        #[test]
        fn round_trips_short_us_years(date in any_date().prop_filter("2000s", |d| {
            use chrono::Datelike;
            (2000..2100).contains(&d.year())
        })) {
            let text = date.format("%-m/%-d/%y").to_string();
            prop_assert_eq!(parse(text.as_bytes(), SlashOrder::MonthFirst), Some(date));
        }

        #[test]
        fn never_panics(cell in "\\PC{0,24}") {
            let _ = parse(cell.as_bytes(), SlashOrder::DayFirst);
            let mut ev = DateEvidence::default();
            ev.observe(cell.as_bytes(), 1);
            let _ = ev.decide();
        }
    }
}
