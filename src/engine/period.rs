//! Calendar periods (day, ISO week, month, quarter), clipped to the cycle,
//! and the windows DESIGN.md section 2 defines over them.

use chrono::{Datelike, Days, NaiveDate};

use crate::config::model::{Cycle, Grain};
use crate::report::DateRange;

/// The whole (unclipped) period of `grain` that contains `day`.
pub fn containing(day: NaiveDate, grain: Grain) -> DateRange {
    match grain {
        Grain::Day => DateRange {
            start: day,
            end: day,
        },
        Grain::Week => {
            let monday = day - Days::new(u64::from(day.weekday().num_days_from_monday()));
            DateRange {
                start: monday,
                end: monday + Days::new(6),
            }
        }
        Grain::Month => month_range(day.year(), day.month(), 1),
        Grain::Quarter => {
            let first_month = (day.month0() / 3) * 3 + 1;
            month_range(day.year(), first_month, 3)
        }
    }
}

fn month_range(year: i32, month: u32, months: u32) -> DateRange {
    let start = NaiveDate::from_ymd_opt(year, month, 1).expect("first of a month exists");
    let next = start
        .checked_add_months(chrono::Months::new(months))
        .expect("dates stay in range");
    DateRange {
        start,
        end: next.pred_opt().expect("dates stay in range"),
    }
}

/// `period` clipped to the cycle; `None` when they do not overlap.
pub fn clip(period: DateRange, cycle: &Cycle) -> Option<DateRange> {
    let start = period.start.max(cycle.start);
    let end = period.end.min(cycle.end);
    (start <= end).then_some(DateRange { start, end })
}

/// A KR's or the North Star's period window at `as_of`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PeriodWindow {
    pub range: DateRange,
    /// The current period so far, because none has ended yet.
    pub partial: bool,
}

/// The latest period (clipped to the cycle) that has ended on or before
/// `as_of`; while none has, the current period so far. `None` before the
/// cycle's start.
pub fn latest_window(grain: Grain, cycle: &Cycle, as_of: NaiveDate) -> Option<PeriodWindow> {
    if as_of < cycle.start {
        return None;
    }
    let day = as_of.min(cycle.end);
    let current = clip(containing(day, grain), cycle)?;
    if current.end <= as_of {
        return Some(PeriodWindow {
            range: current,
            partial: false,
        });
    }
    match previous(current, grain, cycle) {
        Some(prev) => Some(PeriodWindow {
            range: prev,
            partial: false,
        }),
        None => Some(PeriodWindow {
            range: DateRange {
                start: current.start,
                end: as_of,
            },
            partial: true,
        }),
    }
}

/// The period before `period`, clipped to the cycle; `None` at the cycle's start.
pub fn previous(period: DateRange, grain: Grain, cycle: &Cycle) -> Option<DateRange> {
    let before = period.start.pred_opt()?;
    if before < cycle.start {
        return None;
    }
    clip(containing(before, grain), cycle)
}

/// Every period of `grain` in the cycle (clipped), oldest first.
pub fn all_in_cycle(grain: Grain, cycle: &Cycle) -> Vec<DateRange> {
    let mut out = Vec::new();
    let mut day = cycle.start;
    while day <= cycle.end {
        let Some(p) = clip(containing(day, grain), cycle) else {
            break;
        };
        out.push(p);
        match p.end.succ_opt() {
            Some(next) => day = next,
            None => break,
        }
    }
    out
}

/// Periods wholly inside the cycle (not clipped), oldest first.
pub fn whole_in_cycle(grain: Grain, cycle: &Cycle) -> Vec<DateRange> {
    all_in_cycle(grain, cycle)
        .into_iter()
        .filter(|p| containing(p.start, grain) == *p)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn cycle(start: &str, end: &str) -> Cycle {
        Cycle {
            name: "c".into(),
            start: d(start),
            end: d(end),
        }
    }

    fn r(a: &str, b: &str) -> DateRange {
        DateRange {
            start: d(a),
            end: d(b),
        }
    }

    #[test]
    fn weeks_months_and_quarters() {
        for (day, grain, start, end) in [
            // 2026-01-01 is a Thursday: its ISO week starts 2025-12-29.
            ("2026-01-01", Grain::Week, "2025-12-29", "2026-01-04"),
            ("2026-01-04", Grain::Week, "2025-12-29", "2026-01-04"),
            ("2026-01-05", Grain::Week, "2026-01-05", "2026-01-11"),
            ("2026-02-15", Grain::Month, "2026-02-01", "2026-02-28"),
            ("2028-02-15", Grain::Month, "2028-02-01", "2028-02-29"),
            ("2026-11-25", Grain::Quarter, "2026-10-01", "2026-12-31"),
            ("2026-03-31", Grain::Quarter, "2026-01-01", "2026-03-31"),
        ] {
            assert_eq!(containing(d(day), grain), r(start, end), "{day} {grain:?}");
        }
    }

    #[test]
    fn latest_window_rules() {
        let c = cycle("2026-01-01", "2026-03-31");
        // Before the cycle: nothing.
        assert_eq!(latest_window(Grain::Week, &c, d("2025-12-31")), None);
        // No week has ended yet on Jan 2 (the clipped first week ends Jan 4).
        assert_eq!(
            latest_window(Grain::Week, &c, d("2026-01-02")),
            Some(PeriodWindow {
                range: r("2026-01-01", "2026-01-02"),
                partial: true
            })
        );
        // On Sunday Jan 4 the clipped first week has ended.
        assert_eq!(
            latest_window(Grain::Week, &c, d("2026-01-04")),
            Some(PeriodWindow {
                range: r("2026-01-01", "2026-01-04"),
                partial: false
            })
        );
        for (grain, as_of, start, end) in [
            // Mid-week: the previous week.
            (Grain::Week, "2026-02-15", "2026-02-09", "2026-02-15"),
            (Grain::Week, "2026-02-14", "2026-02-02", "2026-02-08"),
            (Grain::Month, "2026-02-15", "2026-01-01", "2026-01-31"),
            (Grain::Month, "2026-02-28", "2026-02-01", "2026-02-28"),
            // After the cycle: the last period, clipped to the end.
            (Grain::Week, "2026-06-01", "2026-03-30", "2026-03-31"),
            (Grain::Day, "2026-02-15", "2026-02-15", "2026-02-15"),
        ] {
            assert_eq!(
                latest_window(grain, &c, d(as_of)).map(|w| w.range),
                Some(r(start, end)),
                "{grain:?} as of {as_of}"
            );
        }
        assert_eq!(
            latest_window(Grain::Quarter, &c, d("2026-02-15")),
            Some(PeriodWindow {
                range: r("2026-01-01", "2026-02-15"),
                partial: true
            })
        );
    }

    #[test]
    fn periods_of_a_cycle() {
        let c = cycle("2026-01-01", "2026-03-31");
        let weeks = all_in_cycle(Grain::Week, &c);
        assert_eq!(weeks.first(), Some(&r("2026-01-01", "2026-01-04")));
        assert_eq!(weeks.last(), Some(&r("2026-03-30", "2026-03-31")));
        assert_eq!(weeks.len(), 14);
        let whole = whole_in_cycle(Grain::Week, &c);
        assert_eq!(whole.first(), Some(&r("2026-01-05", "2026-01-11")));
        assert_eq!(whole.last(), Some(&r("2026-03-23", "2026-03-29")));
        assert_eq!(all_in_cycle(Grain::Month, &c).len(), 3);
        assert_eq!(
            previous(r("2026-01-05", "2026-01-11"), Grain::Week, &c),
            Some(r("2026-01-01", "2026-01-04"))
        );
        assert_eq!(
            previous(r("2026-01-01", "2026-01-04"), Grain::Week, &c),
            None
        );
    }
}
