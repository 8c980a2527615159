//! Dates as exports write them: `YYYY-MM-DD` (and ISO date-times, read as
//! the date part as written), `YYYY/MM/DD`, `YYYYMMDD`, `DD.MM.YYYY`, and
//! slashed `DD/MM/YYYY` or US `M/D/YYYY` / `M/D/YY` (or dashed `DD-MM-YYYY`),
//! whose order is sniffed from the whole file; and dates with month names,
//! maybe a weekday and a time (`Thu, 5 Feb 2026`, `Tue, Aug 26, 2025`,
//! `Jun 01, 2023 09:46 pm`, `5. februar 2026`, `5 févr. 2026`, `5 de
//! febrero de 2026`) in English, Swedish, Norwegian, Danish, Finnish,
//! German, French and Spanish. Numeric shapes are parsed from bytes without
//! allocating.

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
    /// `DD-MM-YYYY` or `MM-DD-YYYY`: ordered as slashed dates are.
    Dashes,
    /// A month name: `first` is the month, `second` the day.
    Named,
}

impl Kind {
    const ALL: [Kind; 8] = [
        Kind::Iso,
        Kind::IsoDateTime,
        Kind::YearSlash,
        Kind::Compact,
        Kind::Dots,
        Kind::Slash,
        Kind::Dashes,
        Kind::Named,
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
            Kind::Iso | Kind::IsoDateTime | Kind::YearSlash | Kind::Compact | Kind::Named => {
                (self.first, self.second)
            }
            Kind::Dots => (self.second, self.first),
            Kind::Slash | Kind::Dashes => match order {
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
    if cell.first().is_some_and(|b| !b.is_ascii_digit()) || cell.iter().any(|&b| b >= 0x80) {
        return named(cell);
    }
    numeric(cell).or_else(|| named(cell))
}

/// `D.M.YYYY`, `a/b/YYYY` / `a/b/YY` or `a-b-YYYY`, maybe with a time after
/// a space.
fn numeric(cell: &[u8]) -> Option<Parts> {
    let digits = |s: &[u8]| -> Option<u32> {
        if s.is_empty() || s.len() > 4 || !s.iter().all(u8::is_ascii_digit) {
            return None;
        }
        Some(s.iter().fold(0, |n, &b| n * 10 + u32::from(b - b'0')))
    };
    let date = match cell.iter().position(|&b| b == b' ') {
        Some(at) => &cell[..at],
        None => cell,
    };
    let &sep = date
        .iter()
        .find(|&&b| b == b'.' || b == b'/' || b == b'-')?;
    let mut parts = date.split(|&b| b == sep);
    let (a, b, y) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || a.len() > 2 || b.len() > 2 {
        return None;
    }
    let short_year = y.len() == 2;
    // `26-02-05` may be year first: a dashed date has a 4-digit year.
    if y.len() != 4 && !(short_year && sep != b'-') {
        return None;
    }
    let year = digits(y)? as i32;
    let year = if short_year { 2000 + year } else { year };
    Some(Parts {
        kind: match sep {
            b'.' => Kind::Dots,
            b'/' => Kind::Slash,
            _ => Kind::Dashes,
        },
        year,
        first: digits(a)?,
        second: digits(b)?,
        short_year,
    })
}

/// Month names, full, in English, Swedish, Norwegian, Danish, German,
/// French and Spanish; a word names a month when it is one of these or
/// begins one (3 letters or more: `feb`, `févr`, `sept`). `mrz` is the one
/// abbreviation that begins none.
const MONTHS: [&[&str]; 12] = [
    &["january", "januari", "januar", "janvier", "enero", "jänner"],
    &[
        "february", "februari", "februar", "février", "fevrier", "febrero",
    ],
    &["march", "mars", "marts", "märz", "mrz", "marzo"],
    &["april", "avril", "abril"],
    &["may", "maj", "mai", "mayo"],
    &["june", "juni", "juin", "junio"],
    &["july", "juli", "juillet", "julio"],
    &["august", "augusti", "août", "aout", "agosto"],
    &["september", "septembre", "septiembre", "setiembre"],
    &["october", "oktober", "octobre", "octubre"],
    &["november", "novembre", "noviembre"],
    &[
        "december",
        "desember",
        "dezember",
        "décembre",
        "decembre",
        "diciembre",
    ],
];

/// Finnish month stems: `helmikuu`, `helmikuuta`, `helmik.` and `helmi`
/// all begin with `helmi`.
const FINNISH_MONTHS: [&str; 12] = [
    "tammi", "helmi", "maalis", "huhti", "touko", "kesä", "heinä", "elo", "syys", "loka", "marras",
    "joulu",
];

/// Weekday names, full; a first word that begins one of these (2 letters or
/// more) is a weekday when another word names the month.
const WEEKDAYS: [&str; 49] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "måndag",
    "tisdag",
    "onsdag",
    "torsdag",
    "fredag",
    "lördag",
    "söndag",
    "mandag",
    "tirsdag",
    "lørdag",
    "søndag",
    "maanantai",
    "tiistai",
    "keskiviikko",
    "torstai",
    "perjantai",
    "lauantai",
    "sunnuntai",
    "montag",
    "dienstag",
    "mittwoch",
    "donnerstag",
    "freitag",
    "samstag",
    "sonntag",
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
    "lunes",
    "martes",
    "miércoles",
    "miercoles",
    "jueves",
    "viernes",
    "sábado",
    "sabado",
    "domingo",
    "sonnabend",
];

/// Words between the parts of a date: `5 de febrero de 2026`, `den 5
/// februari`, `le 5 février`, `the 5th of February`.
const FILLERS: [&str; 7] = ["de", "del", "den", "le", "the", "of", "el"];

fn month_of(word: &str) -> Option<u32> {
    let mut found = None;
    for (i, names) in MONTHS.iter().enumerate() {
        let hit = names
            .iter()
            .any(|name| word == *name || word.chars().count() >= 3 && name.starts_with(word))
            || word.starts_with(FINNISH_MONTHS[i])
            || i == 2 && word == "mär";
        if hit {
            if found.is_some() {
                return None;
            }
            found = Some(i as u32 + 1);
        }
    }
    found
}

fn is_weekday(word: &str) -> bool {
    word.chars().count() >= 2 && WEEKDAYS.iter().any(|w| w.starts_with(word))
}

/// The words of a cell: lowercase, split at spaces, commas and the dots
/// that end an abbreviation or an ordinal (`feb.`, `5.`), not those
/// between digits (`9.46`).
fn words(cell: &str) -> Vec<String> {
    let chars: Vec<char> = cell.chars().collect();
    let mut text = String::with_capacity(cell.len());
    for (i, &c) in chars.iter().enumerate() {
        let between_digits = i > 0
            && chars[i - 1].is_ascii_digit()
            && chars.get(i + 1).is_some_and(char::is_ascii_digit);
        if c == ',' || c == '.' && !between_digits || c.is_whitespace() {
            text.push(' ');
        } else {
            text.extend(c.to_lowercase());
        }
    }
    text.split_whitespace().map(str::to_string).collect()
}

/// A day number, maybe an ordinal (`5th`, `1st`).
fn day_number(word: &str) -> Option<u32> {
    let digits = word
        .strip_suffix("st")
        .or_else(|| word.strip_suffix("nd"))
        .or_else(|| word.strip_suffix("rd"))
        .or_else(|| word.strip_suffix("th"))
        .unwrap_or(word);
    if digits.is_empty() || digits.len() > 2 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok().filter(|d| (1..=31).contains(d))
}

/// What a cell with a month name holds: month, day and year (`None` when
/// it has no year).
fn named_parts(cell: &[u8]) -> Option<(u32, u32, Option<i32>)> {
    let text = std::str::from_utf8(cell).ok()?;
    if text.len() > 64 || !text.chars().any(char::is_alphabetic) {
        return None;
    }
    let words = words(text);
    let months: Vec<usize> = (0..words.len())
        .filter(|&i| month_of(&words[i]).is_some())
        .collect();
    // A first word that is a weekday as much as a month (`mar`: mardi,
    // martes, March) is the weekday when another word is the month.
    let month_at = match months[..] {
        [i] => i,
        [0, i] if is_weekday(&words[0]) => i,
        _ => return None,
    };
    let month = month_of(&words[month_at])?;
    let (mut day, mut year) = (None, None);
    for (i, word) in words.iter().enumerate() {
        if i == month_at {
            continue;
        }
        let complete = day.is_some() && year.is_some();
        if complete {
            // After the date only a time and its zone: `09:46 pm`, `+0000`.
            let timeish = word.contains(':')
                || word.starts_with(['+', '-'])
                || word.bytes().all(|b| b.is_ascii_digit() || b == b'.')
                || word.chars().count() <= 4 && word.chars().all(char::is_alphabetic);
            if !timeish {
                return None;
            }
            continue;
        }
        if word.len() == 4 && word.bytes().all(|b| b.is_ascii_digit()) && year.is_none() {
            year = word.parse().ok();
        } else if let Some(d) = day_number(word).filter(|_| day.is_none()) {
            day = Some(d);
        } else if i == 0 && is_weekday(word) || FILLERS.contains(&word.as_str()) {
        } else if word.contains(':') && day.is_some() {
            // A time before the year (`Thu Feb 05 10:00:00 2026`).
        } else {
            return None;
        }
    }
    Some((month, day?, year))
}

fn named(cell: &[u8]) -> Option<Parts> {
    let (month, day, year) = named_parts(cell)?;
    Some(Parts {
        kind: Kind::Named,
        year: year?,
        first: month,
        second: day,
        short_year: false,
    })
}

/// A date with a month name and a day but no year (`Feb 5`, `5 février`):
/// what some tools write for the current year, and okr cannot date.
pub fn missing_year(cell: &[u8]) -> bool {
    matches!(named_parts(cell.trim_ascii()), Some((_, _, None)))
}

/// Where a decision came from: a line and the cell.
pub type Example = (usize, String);

/// What the cells of one column say about their dates (sniffing).
#[derive(Debug, Clone, Default)]
pub struct DateEvidence {
    kinds: [usize; 8],
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
    /// The first cell with a month name, for the format shown.
    pub named: Option<Example>,
    /// The first date without a year (`Feb 5`).
    pub no_year: Option<Example>,
    /// The first distinct slashed (or dashed) dates, in file order: when
    /// every one reads either way, consecutive days tell the order.
    samples: Vec<(Parts, usize)>,
}

/// Slashed dates kept to tell their order by consecutive days.
const SAMPLES: usize = 64;

/// How a file's dates read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateReading {
    pub order: SlashOrder,
    /// The dominant shape as a strftime format, for `okr sources`.
    pub format: String,
    /// How the order was told when no day is above 12, for `--verbose`.
    pub note: Option<super::Note>,
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
            if self.no_year.is_none() && missing_year(cell) {
                self.no_year = Some((line, String::from_utf8_lossy(cell).trim().to_string()));
            }
            return;
        };
        self.dates += 1;
        self.kinds[p.kind.index()] += 1;
        if p.kind == Kind::Named && self.named.is_none() {
            self.named = Some((line, String::from_utf8_lossy(cell).trim().to_string()));
        }
        self.short_year |= p.short_year;
        if p.kind != Kind::Slash && p.kind != Kind::Dashes {
            return;
        }
        if self.samples.len() < SAMPLES && self.samples.last().is_none_or(|(last, _)| *last != p) {
            self.samples.push((p, line));
        }
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

    /// The order in which the sampled dates step by one day (daily exports
    /// list consecutive days, oldest or newest first), when only one does.
    fn by_consecutive_days(&self) -> Option<SlashOrder> {
        let steps = |order: SlashOrder| {
            let days: Vec<NaiveDate> = self
                .samples
                .iter()
                .filter_map(|(p, _)| p.to_date(order))
                .collect();
            let ones = days
                .windows(2)
                .filter(|w| (w[1] - w[0]).num_days().abs() == 1)
                .count();
            (ones, days.len().saturating_sub(1))
        };
        let (day_first, pairs) = steps(SlashOrder::DayFirst);
        let (month_first, _) = steps(SlashOrder::MonthFirst);
        let mostly = |ones: usize| ones >= 2 && ones * 5 >= pairs * 4;
        match (mostly(day_first), mostly(month_first)) {
            (true, false) if month_first == 0 => Some(SlashOrder::DayFirst),
            (false, true) if day_first == 0 => Some(SlashOrder::MonthFirst),
            _ => None,
        }
    }

    pub fn decide(&self) -> Result<DateReading, DateAmbiguity> {
        let mut note = None;
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
                Some(e) => match self.by_consecutive_days() {
                    Some(order) => {
                        let (line, cell) = (e.0.to_string(), &e.1);
                        note = Some(match order {
                            SlashOrder::DayFirst => {
                                crate::note!("ed-note-dates-day-first", cell = cell, line = line)
                            }
                            SlashOrder::MonthFirst => {
                                crate::note!("ed-note-dates-month-first", cell = cell, line = line)
                            }
                        });
                        order
                    }
                    None => return Err(DateAmbiguity::EitherWay(e.clone())),
                },
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
            Kind::Dots => format!("%d.%m.{year}"),
            Kind::Slash => match order {
                SlashOrder::DayFirst => format!("%d/%m/{year}"),
                SlashOrder::MonthFirst => format!("%m/%d/{year}"),
            },
            Kind::Dashes => match order {
                SlashOrder::DayFirst => format!("%d-%m-{year}"),
                SlashOrder::MonthFirst => format!("%m-%d-{year}"),
            },
            Kind::Named => match &self.named {
                Some((_, example)) => format!("month names, as \"{example}\""),
                None => "month names".to_string(),
            },
        };
        Ok(DateReading {
            order,
            format,
            note,
        })
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
            ("05-02-2026", SlashOrder::DayFirst, d(2026, 2, 5)),
            ("05.02.26", SlashOrder::DayFirst, d(2026, 2, 5)),
            ("5.1.26", SlashOrder::DayFirst, d(2026, 1, 5)),
            ("2026/02/05", SlashOrder::DayFirst, d(2026, 2, 5)),
            ("2026-02-09 05:38", SlashOrder::DayFirst, d(2026, 2, 9)),
            // Month names, as tools write them in their UI languages.
            ("Thu, 5 Feb 2026", SlashOrder::DayFirst, d(2026, 2, 5)),
            ("Tue, Aug 26, 2025", SlashOrder::DayFirst, d(2025, 8, 26)),
            ("Feb 5, 2026", SlashOrder::DayFirst, d(2026, 2, 5)),
            ("5 February 2026", SlashOrder::DayFirst, d(2026, 2, 5)),
            ("February 5th, 2026", SlashOrder::DayFirst, d(2026, 2, 5)),
            ("Jun 01, 2023 09:46 pm", SlashOrder::DayFirst, d(2023, 6, 1)),
            (
                "Thu, 05 Feb 2026 10:00:00 +0000",
                SlashOrder::DayFirst,
                d(2026, 2, 5),
            ),
            ("5 feb. 2026", SlashOrder::DayFirst, d(2026, 2, 5)),
            ("5 feb 2026", SlashOrder::DayFirst, d(2026, 2, 5)),
            ("5 februari 2026", SlashOrder::DayFirst, d(2026, 2, 5)),
            ("tors 5 feb. 2026", SlashOrder::DayFirst, d(2026, 2, 5)),
            ("5. februar 2026", SlashOrder::DayFirst, d(2026, 2, 5)),
            ("5. helmikuuta 2026", SlashOrder::DayFirst, d(2026, 2, 5)),
            ("5. helmik. 2026", SlashOrder::DayFirst, d(2026, 2, 5)),
            (
                "Donnerstag, 5. Februar 2026",
                SlashOrder::DayFirst,
                d(2026, 2, 5),
            ),
            ("5. März 2026", SlashOrder::DayFirst, d(2026, 3, 5)),
            ("5 févr. 2026", SlashOrder::DayFirst, d(2026, 2, 5)),
            ("jeudi 5 février 2026", SlashOrder::DayFirst, d(2026, 2, 5)),
            ("5 déc. 2025", SlashOrder::DayFirst, d(2025, 12, 5)),
            ("5 de febrero de 2026", SlashOrder::DayFirst, d(2026, 2, 5)),
            ("mar, 3 mar 2026", SlashOrder::DayFirst, d(2026, 3, 3)),
            ("1 ago 2026", SlashOrder::DayFirst, d(2026, 8, 1)),
            ("Mar 3, 2026", SlashOrder::DayFirst, d(2026, 3, 3)),
            ("2026 Feb 5", SlashOrder::DayFirst, d(2026, 2, 5)),
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
            "2026-01-05X",
            "123/1/2026",
            "1/2/3/2026",
            "0000",
            "Feb 5",
            "26-02-05",
            "5 février",
            "Organic",
            "Mars campaign 2026",
            "Feb 5, 2026 webinar recording",
            "May",
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
        // Consecutive days tell the order when no day is above 12.
        assert_eq!(
            reading(&["02/01/2026", "02/02/2026", "02/03/2026"]),
            Ok((SlashOrder::MonthFirst, "%m/%d/%Y".into()))
        );
        assert_eq!(
            reading(&["03/02/2026", "02/02/2026", "01/02/2026"]),
            Ok((SlashOrder::DayFirst, "%d/%m/%Y".into()))
        );
        assert_eq!(
            reading(&["01/02/2026", "01/02/2026", "02/01/2026"]),
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
    fn a_date_without_a_year_is_told() {
        for cell in ["Feb 5", "5 February", "5. helmikuuta", "Thu, Feb 5"] {
            assert!(missing_year(cell.as_bytes()), "{cell:?}");
        }
        for cell in ["Feb 5, 2026", "Organic", "2026-02-05", "May"] {
            assert!(!missing_year(cell.as_bytes()), "{cell:?}");
        }
        let mut ev = DateEvidence::default();
        ev.observe(b"Feb 5", 2);
        assert_eq!(ev.no_year, Some((2, "Feb 5".into())));
    }

    #[test]
    fn month_names_are_a_format() {
        let mut ev = DateEvidence::default();
        ev.observe(b"Feb 5, 2026", 2);
        ev.observe(b"Feb 6, 2026", 3);
        assert_eq!(
            ev.decide().map(|r| r.format),
            Ok("month names, as \"Feb 5, 2026\"".to_string())
        );
        let mut ev = DateEvidence::default();
        ev.observe(b"13-02-2026", 2);
        assert_eq!(ev.decide().map(|r| r.format), Ok("%d-%m-%Y".to_string()));
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
        fn round_trips_month_names(date in any_date(), style in 0usize..6, hour in 0u32..24) {
            let fmt = match style {
                0 => "%a, %-d %b %Y",
                1 => "%a, %b %d, %Y",
                2 => "%b %-d, %Y",
                3 => "%-d %B %Y",
                4 => "%b %d, %Y %I:%M %P",
                _ => "%A %e %B %Y %H:%M",
            };
            let text = date.and_hms_opt(hour, 46, 0).unwrap().format(fmt).to_string();
            prop_assert_eq!(parse(text.as_bytes(), SlashOrder::DayFirst), Some(date), "{}", text);
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
