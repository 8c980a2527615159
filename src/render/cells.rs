//! Cell texts shared by the human formats (table and markdown), so both say
//! the same thing the same way. Plain text: each format escapes and styles.

use chrono::Datelike;

use crate::t;

use crate::render::number::{self, DisplayFormat, Locale};
use crate::report::{
    DateRange, GuardrailReport, GuardrailState, KeyResultReport, NorthStarReport, Status,
    TrendPoint,
};

/// How the human formats write metric values.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Numbers {
    pub locale: Locale,
    /// `1.03M kr` rather than `1,034,501 kr` (narrow terminals).
    pub compact: bool,
    /// A plain number's unit after targets: `900 MQLs`.
    pub units: bool,
}

impl Numbers {
    fn metric(
        &self,
        value: f64,
        format: DisplayFormat,
        unit: Option<&str>,
        decimals: Option<u32>,
    ) -> String {
        if self.compact {
            number::compact_metric_value(value, format, unit, decimals, self.locale)
        } else {
            number::metric_value(value, format, unit, decimals, self.locale)
        }
    }

    fn with_unit(&self, text: String, format: DisplayFormat, unit: Option<&str>) -> String {
        if self.units {
            number::with_unit(text, format, unit)
        } else {
            text
        }
    }
}

/// A share (progress, expected) as a whole percentage; empty without one.
pub fn share(fraction: Option<f64>, locale: Locale) -> String {
    fraction
        .map(|f| number::whole_percent(f, locale))
        .unwrap_or_default()
}

/// A key result's value: the metric value, or `done`/`not done` for a
/// milestone; `None` without data.
pub fn kr_value(kr: &KeyResultReport, numbers: Numbers) -> Option<String> {
    if kr.kind == crate::report::Kind::Milestone {
        let done = kr.status == Status::Done;
        return Some(if done {
            t!("cell-milestone-done")
        } else {
            t!("cell-milestone-not-done")
        });
    }
    kr.value
        .map(|v| numbers.metric(v, kr.format, kr.unit.as_deref(), kr.decimals))
}

/// A key result's target: `900` (or `900 MQLs` with units), `≥ 40` and
/// `≤ 450 kr` for thresholds, empty for a milestone.
pub fn kr_target(kr: &KeyResultReport, numbers: Numbers) -> String {
    let Some(target) = kr.target else {
        return String::new();
    };
    let unit = kr.unit.as_deref();
    let text = numbers.metric(target, kr.format, unit, kr.decimals);
    let text = numbers.with_unit(text, kr.format, unit);
    match kr.kind {
        crate::report::Kind::AtLeast => format!("≥ {text}"),
        crate::report::Kind::AtMost => format!("≤ {text}"),
        _ => text,
    }
}

/// An estimate (a forecast, a run rate) as precise as what it estimates:
/// counts are shown as whole numbers (a sum or count of whole values), and
/// so is a plain number in the hundreds (`1 125`, not `1 124,84`).
pub(crate) fn estimate(kr: &KeyResultReport, v: f64, numbers: Numbers) -> String {
    let whole_values = kr.value.is_some_and(|x| x == x.trunc());
    let counts = match kr.aggregate {
        Some(crate::report::Aggregate::Count) => true,
        Some(crate::report::Aggregate::Sum) => whole_values,
        _ => false,
    };
    let decimals = match kr.decimals {
        None if kr.format == crate::report::DisplayFormat::Number
            && (counts || v.abs() >= 100.0) =>
        {
            Some(0)
        }
        d => d,
    };
    numbers.metric(v, kr.format, kr.unit.as_deref(), decimals)
}

pub fn kr_forecast(kr: &KeyResultReport, numbers: Numbers) -> Option<String> {
    kr.forecast.map(|v| estimate(kr, v, numbers))
}

/// Where the cycle stands: `55 % elapsed`; from its last day on, that it
/// has ended (its numbers are final and nothing stalls).
pub fn cycle_state(report: &crate::report::Report, locale: Locale) -> String {
    let state = cycle_state_at(report.as_of, report.cycle.end, report.cycle.elapsed, locale);
    match &report.closed {
        Some(c) => t!(
            "cell-closed",
            state = state,
            date = number::date(c.on, locale),
            record = c.record.as_str()
        ),
        None => state,
    }
}

/// [`cycle_state`] from its parts.
pub fn cycle_state_at(
    as_of: chrono::NaiveDate,
    end: chrono::NaiveDate,
    elapsed: f64,
    locale: Locale,
) -> String {
    if as_of >= end {
        t!("cell-cycle-ended")
    } else {
        t!(
            "cell-elapsed",
            share = number::whole_percent(elapsed, locale)
        )
    }
}

/// A key result judged on a run rate, in words: `run rate 951 (92 in 3
/// days, scaled to the whole period)`.
pub fn kr_run_rate(kr: &KeyResultReport, numbers: Numbers) -> Option<String> {
    let rate = kr.run_rate?;
    run_rate_words(
        &estimate(kr, rate, numbers),
        &kr_value(kr, numbers)?,
        kr.window?,
    )
}

/// The run rate alone, for a cell: `run rate 951`.
pub fn kr_run_rate_short(kr: &KeyResultReport, numbers: Numbers) -> Option<String> {
    kr.run_rate
        .map(|rate| t!("cell-run-rate", rate = estimate(kr, rate, numbers)))
}

/// The North Star's run rate, in the same words.
pub fn north_star_run_rate(ns: &NorthStarReport, numbers: Numbers) -> Option<String> {
    let rate = ns.run_rate?;
    let decimals = match ns.decimals {
        None if ns.format == crate::report::DisplayFormat::Number
            && ns.value.is_some_and(|v| v == v.trunc()) =>
        {
            Some(0)
        }
        d => d,
    };
    let rate = numbers.metric(rate, ns.format, ns.unit.as_deref(), decimals);
    run_rate_words(&rate, &north_star_value(ns, numbers)?, ns.period?)
}

fn run_rate_words(rate: &str, value: &str, window: DateRange) -> Option<String> {
    let days = (window.end - window.start).num_days() + 1;
    Some(t!(
        "cell-run-rate-scaled",
        rate = rate,
        value = value,
        days = days
    ))
}

pub fn north_star_value(ns: &NorthStarReport, numbers: Numbers) -> Option<String> {
    ns.value
        .map(|v| numbers.metric(v, ns.format, ns.unit.as_deref(), ns.decimals))
}

/// The North Star's value with its unit, or `no data`.
pub fn north_star_value_with_unit(ns: &NorthStarReport, numbers: Numbers) -> String {
    north_star_value(ns, numbers)
        .map(|v| number::with_unit(v, ns.format, ns.unit.as_deref()))
        .unwrap_or_else(|| t!("cell-no-data"))
}

/// The North Star's latest period by name, or `before the cycle`.
pub fn north_star_period_name(ns: &NorthStarReport) -> String {
    ns.period
        .map(|p| period_name(ns.grain, p, ns.partial))
        .unwrap_or_else(|| t!("cell-before-cycle"))
}

pub fn north_star_target(ns: &NorthStarReport, numbers: Numbers) -> String {
    let unit = ns.unit.as_deref();
    let text = numbers.metric(ns.target, ns.format, unit, ns.decimals);
    numbers.with_unit(text, ns.format, unit)
}

/// Each breached guardrail as `sql_rate 0.18 < min 0.25`.
pub fn breaches(guardrails: &[GuardrailReport], locale: Locale) -> Vec<String> {
    guardrails
        .iter()
        .filter(|g| g.state == GuardrailState::Breached)
        .filter_map(|g| {
            let num =
                |v: f64| number::metric_value(v, g.format, g.unit.as_deref(), g.decimals, locale);
            let value = g.value?;
            let bound = match (g.min, g.max) {
                (Some(min), _) if value < min => t!("cell-below-min", bound = num(min)),
                (_, Some(max)) if value > max => t!("cell-above-max", bound = num(max)),
                (Some(min), _) => t!("cell-min", bound = num(min)),
                (_, Some(max)) => t!("cell-max", bound = num(max)),
                (None, None) => return None,
            };
            // No-break spaces keep the bound in one piece when a title wraps.
            Some(format!(
                "{} {} {}",
                g.metric,
                num(value),
                bound.replace(' ', "\u{a0}")
            ))
        })
        .collect()
}

/// `week 2026-02-09 – 2026-02-15`, with `so far` for a period not yet ended.
pub fn period(grain: crate::report::Grain, range: DateRange, partial: bool) -> String {
    let locale = crate::i18n::locale();
    let dates = if range.start == range.end {
        number::date(range.start, locale)
    } else {
        format!(
            "{} – {}",
            number::date(range.start, locale),
            number::date(range.end, locale)
        )
    };
    let period = t!("cell-period", grain = grain.name(), dates = dates);
    if partial {
        t!("cell-so-far", name = period)
    } else {
        period
    }
}

/// A short name for a North Star period: `week of 2026-02-09`,
/// `February 2026`, `2026-Q1`, `2026-02-15`; `so far` while not ended.
pub fn period_name(grain: crate::report::Grain, range: DateRange, partial: bool) -> String {
    let locale = crate::i18n::locale();
    let name = match grain {
        crate::report::Grain::Day => number::date(range.start, locale),
        crate::report::Grain::Week => {
            t!("cell-week-of", date = number::date(range.start, locale))
        }
        crate::report::Grain::Month => t!(
            "cell-month-year",
            month = crate::i18n::month(range.start.month()),
            year = range.start.year().to_string()
        ),
        crate::report::Grain::Quarter => {
            format!("{}-Q{}", range.start.year(), range.start.month0() / 3 + 1)
        }
    };
    if partial {
        t!("cell-so-far", name = name)
    } else {
        name
    }
}

/// The status name, with `(stale)` when the newest data is old.
pub fn status(status: Status, stale: Option<bool>) -> String {
    let word = super::words::status(status);
    if stale == Some(true) {
        crate::t!("status-stale", status = word)
    } else {
        word
    }
}

/// A North Star input's value with its unit (`217 sign-ups`, `60,2 %`);
/// `—` without data. Plain text: each format escapes it.
pub fn input_value(input: &crate::report::InputReport, v: Option<f64>, locale: Locale) -> String {
    v.map(|v| {
        let unit = input.unit.as_deref();
        let text = number::metric_value(v, input.format, unit, input.decimals, locale);
        number::with_unit(text, input.format, unit)
    })
    .unwrap_or_else(|| "—".to_string())
}

/// `⚗ 1 running, 2 won, 1 lost` for a key result with experiments, and
/// `⚑ no running experiment` when it is off track or stalled without one.
pub fn experiments(kr: &KeyResultReport) -> Option<String> {
    let e = kr.experiments;
    let parts: Vec<String> = [
        (e.running, Tally::Running),
        (e.won, Tally::Won),
        (e.lost, Tally::Lost),
        (e.inconclusive, Tally::Inconclusive),
        (e.ideas, Tally::Ideas),
    ]
    .into_iter()
    .filter(|(n, _)| *n > 0)
    .map(|(n, what)| what.text(n))
    .collect();
    let mut line = String::new();
    if !parts.is_empty() {
        line = t!("cell-experiments", list = parts.join(", "));
    }
    if kr.needs_experiment {
        if !line.is_empty() {
            line.push_str(" · ");
        }
        // No-break spaces keep a short flag in one piece when a title
        // wraps; a longer one (translated) breaks between its words.
        let flag = t!("cell-no-running-experiment");
        let flag = if unicode_width::UnicodeWidthStr::width(flag.as_str()) <= FLAG_WIDTH {
            flag.replace(' ', "\u{a0}")
        } else {
            flag.replacen(' ', "\u{a0}", 1)
        };
        line.push_str(&flag);
    }
    (!line.is_empty()).then_some(line)
}

/// The widest flag kept in one piece (`⚑ no running experiment`).
const FLAG_WIDTH: usize = 23;

/// The experiments of one state, counted: `2 won`.
#[derive(Debug, Clone, Copy)]
enum Tally {
    Running,
    Won,
    Lost,
    Inconclusive,
    Ideas,
}

impl Tally {
    fn text(self, n: usize) -> String {
        match self {
            Tally::Running => t!("cell-exp-running", n = n),
            Tally::Won => t!("cell-exp-won", n = n),
            Tally::Lost => t!("cell-exp-lost", n = n),
            Tally::Inconclusive => t!("cell-exp-inconclusive", n = n),
            Tally::Ideas => t!("cell-exp-ideas", n = n),
        }
    }
}

/// A unicode sparkline of the trend, lowest `▁` to highest `█`; a period
/// without data is a `·`. At most the `max` latest points.
pub fn sparkline(trend: &[TrendPoint], max: usize) -> String {
    const BARS: [char; 8] = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];
    let points = &trend[trend.len().saturating_sub(max)..];
    let values = points
        .iter()
        .filter_map(|p| p.value)
        .filter(|v| v.is_finite());
    let (low, high) = values.fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), v| {
        (lo.min(v), hi.max(v))
    });
    points
        .iter()
        .map(|p| match p.value {
            Some(v) if v.is_finite() && high > low => {
                let level = ((v - low) / (high - low) * 7.0).round() as usize;
                BARS[level.min(7)]
            }
            Some(v) if v.is_finite() => BARS[3],
            _ => '·',
        })
        .collect()
}

/// A sparkline (see [`sparkline`]) with the period not ended yet set
/// apart and named: `▂▆▆▇┆█ (week so far)`. Its value so far is not
/// comparable with whole periods, so it is marked wherever a trend appears.
pub fn trend_line(trend: &[TrendPoint], max: usize, grain: crate::report::Grain) -> String {
    let line = sparkline(trend, max);
    let shown = &trend[trend.len().saturating_sub(max)..];
    match shown.last() {
        Some(last) if last.partial && shown.len() > 1 => {
            let mut chars: Vec<char> = line.chars().collect();
            let so_far = chars.pop().unwrap_or('·');
            let whole: String = chars.into_iter().collect();
            let mark = t!("cell-grain-so-far", grain = grain.name());
            format!("{whole}┆{so_far} {mark}")
        }
        Some(last) if last.partial => {
            format!("{line} {}", t!("cell-grain-so-far", grain = grain.name()))
        }
        _ => line,
    }
}

/// How far a key result moved (`okr status --since`): `+40 (+13 pp)`, the
/// value's change as its metric is written and the progress's in percentage
/// points; `+100 pp` for a milestone done since; `new` for a first value;
/// `None` without `--since`.
pub fn moved(kr: &KeyResultReport, numbers: Numbers) -> Option<String> {
    let moved = kr.moved?;
    let signed = |delta: f64, text: &dyn Fn(f64) -> String| {
        if crate::engine::approx_eq(delta, 0.0) {
            format!("±{}", text(0.0))
        } else {
            let sign = if delta > 0.0 { "+" } else { "-" };
            format!("{sign}{}", text(delta.abs()))
        }
    };
    let value = moved
        .value
        .filter(|_| kr.kind != crate::report::Kind::Milestone)
        .map(|d| {
            signed(d, &|v| {
                // A run rate moved as precisely as it is shown.
                if kr.run_rate.is_some() {
                    estimate(kr, v, numbers)
                } else {
                    numbers.metric(v, kr.format, kr.unit.as_deref(), kr.decimals)
                }
            })
        });
    let progress = moved.progress.map(|d| number::points(d, numbers.locale));
    Some(match (value, progress) {
        (Some(v), Some(p)) => format!("{v} ({p})"),
        (Some(one), None) | (None, Some(one)) => one,
        (None, None) if kr.value.is_some() || kr.status == Status::Done => t!("cell-new"),
        (None, None) => "—".to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::Grain;
    use chrono::NaiveDate;

    fn point(value: Option<f64>) -> TrendPoint {
        let day = NaiveDate::from_ymd_opt(2026, 1, 5).unwrap();
        TrendPoint {
            start: day,
            end: day,
            value,
            partial: false,
        }
    }

    #[test]
    fn period_names() {
        let range = |start: &str, end: &str| DateRange {
            start: start.parse().unwrap(),
            end: end.parse().unwrap(),
        };
        let cases = [
            (
                Grain::Day,
                range("2026-02-15", "2026-02-15"),
                false,
                "2026-02-15",
            ),
            (
                Grain::Week,
                range("2026-02-09", "2026-02-15"),
                false,
                "week of 2026-02-09",
            ),
            (
                Grain::Week,
                range("2026-02-09", "2026-02-11"),
                true,
                "week of 2026-02-09, so far",
            ),
            (
                Grain::Month,
                range("2026-02-01", "2026-02-28"),
                false,
                "February 2026",
            ),
            (
                Grain::Quarter,
                range("2026-04-01", "2026-06-30"),
                false,
                "2026-Q2",
            ),
        ];
        for (grain, range, partial, want) in cases {
            assert_eq!(period_name(grain, range, partial), want);
        }
    }

    #[test]
    fn sparklines() {
        let trend: Vec<TrendPoint> = [Some(1.0), Some(8.0), None, Some(4.5), Some(2.0)]
            .into_iter()
            .map(point)
            .collect();
        assert_eq!(sparkline(&trend, 10), "▁█·▅▂");
        assert_eq!(sparkline(&trend, 2), "█▁");
        assert_eq!(sparkline(&[point(Some(3.0)), point(Some(3.0))], 10), "▄▄");
        assert_eq!(sparkline(&[point(None)], 10), "·");
        assert_eq!(sparkline(&[], 10), "");
        let mut so_far = trend.clone();
        if let Some(last) = so_far.last_mut() {
            last.partial = true;
        }
        assert_eq!(trend_line(&so_far, 10, Grain::Week), "▁█·▅┆▂ (week so far)");
        assert_eq!(trend_line(&trend, 10, Grain::Week), "▁█·▅▂");
    }

    #[test]
    fn guardrail_breaches_name_metric_value_and_bound() {
        let guardrail = |min, max, value, state| GuardrailReport {
            metric: "sql_rate".into(),
            min,
            max,
            value,
            state,
            unit: None,
            format: DisplayFormat::Number,
            decimals: None,
        };
        let guardrails = [
            guardrail(Some(0.25), None, Some(0.18), GuardrailState::Breached),
            guardrail(None, Some(0.05), Some(0.07), GuardrailState::Breached),
            guardrail(Some(0.25), None, Some(0.3), GuardrailState::Ok),
            guardrail(Some(0.25), None, None, GuardrailState::Unknown),
        ];
        assert_eq!(
            breaches(&guardrails, Locale::EN_US),
            [
                "sql_rate 0.18 <\u{a0}min\u{a0}0.25",
                "sql_rate 0.07 >\u{a0}max\u{a0}0.05"
            ]
        );
    }

    #[test]
    fn moved_says_value_and_progress_change() {
        use crate::render::tests::sample_report;
        use crate::report::Moved;

        let report = sample_report();
        let mut kr = report.objectives[0].objectives[0].key_results[0].clone();
        let numbers = Numbers {
            locale: Locale::from_tag("sv-SE"),
            compact: false,
            units: false,
        };
        assert_eq!(moved(&kr, numbers), None);
        let since = NaiveDate::from_ymd_opt(2026, 2, 8).unwrap();
        let mut set = |value, progress| {
            kr.moved = Some(Moved {
                since,
                value,
                progress,
            });
            moved(&kr, numbers)
        };
        assert_eq!(
            set(Some(1234.5), Some(0.125)).as_deref(),
            Some("+1\u{a0}234,5 (+13\u{a0}pp)")
        );
        assert_eq!(
            set(Some(-40.0), Some(-0.08)).as_deref(),
            Some("-40 (-8\u{a0}pp)")
        );
        assert_eq!(
            set(Some(0.0), Some(0.0)).as_deref(),
            Some("±0 (±0\u{a0}pp)")
        );
        assert_eq!(set(None, None).as_deref(), Some("new"));
    }
}
