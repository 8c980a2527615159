//! Why a status is what it is, as data: the rule that fired and its
//! numbers. The engine never writes sentences; `render::reason` draws each
//! reason in the reader's locale and the metric's unit (and, for JSON, the
//! documented English sentence with plain numbers).

use chrono::NaiveDate;
use serde::{Deserialize, Deserializer};

use crate::config::model::{Bound, Grain};
use crate::report::GuardrailReport;

#[derive(Debug, Clone, PartialEq, Default)]
pub enum Reason {
    /// Nothing to explain (not judged).
    #[default]
    None,
    /// Before the cycle's first day.
    CycleStarts(NaiveDate),
    /// A metric has no data over the window.
    NoData { metric: String },
    /// A ratio's denominator sums to zero over the window.
    ZeroDivisor { metric: String },
    /// The window has run fewer days than `settle_days`.
    TooEarly(Settling),
    /// Guardrails breached, each with its value and bounds.
    Breached(Vec<GuardrailReport>),
    /// Final and at or past the target.
    Reached {
        target: f64,
        progress: f64,
        run_rate: Option<RunRate>,
    },
    /// At or past the target while the value can still fall back.
    AtTarget {
        target: f64,
        progress: f64,
        run_rate: Option<RunRate>,
    },
    /// No progress since the comparison point, and behind the pace.
    NoProgress {
        since: Since,
        then: f64,
        now: f64,
        expected: f64,
    },
    /// Progress against the pace's expected share.
    Pace {
        progress: f64,
        expected: f64,
        band: Band,
        run_rate: Option<RunRate>,
    },
    /// A threshold over its window (a budget or quota judged by where it
    /// is heading too).
    Threshold {
        /// The value judged: so far while the window runs, else the run
        /// rate where there is one.
        value: f64,
        bound: Bound,
        holds: bool,
        /// Judged on a run rate over a window cut short: what was summed.
        summed: Option<f64>,
        /// The window is still running.
        so_far: bool,
        outlook: Outlook,
    },
    /// A threshold judged per period (`every`).
    Periods {
        grain: Grain,
        value: f64,
        bound: Bound,
        holds: bool,
        held: usize,
        judged: usize,
        /// Holds now, but in too few periods: the share and its band.
        at_risk_below: Option<(f64, f64)>,
    },
    /// `every`: no whole period of the cycle has ended.
    NoWholePeriod(Grain),
    /// A milestone done (on its day when known).
    Done(Option<NaiveDate>),
    /// A milestone not done, due or overdue.
    Due { due: NaiveDate, overdue: bool },
    /// The North Star's start is its first whole period, not ended yet.
    StartUnknown(Grain),
    /// Start equals target: no progress can be measured.
    StartIsTarget,
    /// A sentence read back from a closed cycle's record.
    Recorded(String),
}

/// Days a window has run against the days it needs.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Settling {
    pub days_run: i64,
    pub settle_days: i64,
}

/// A run rate and the value summed so far that it scales.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RunRate {
    pub rate: f64,
    pub summed: f64,
}

/// The point a stall is measured from.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Since {
    Day(NaiveDate),
    PreviousPeriod(Grain),
}

/// Where progress / expected falls among the settings' bands.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Band {
    /// Nothing expected yet: on track unless progress is below it.
    NothingExpected {
        behind: bool,
    },
    OnTrack {
        ratio: f64,
    },
    AtRisk {
        ratio: f64,
        below: f64,
    },
    OffTrack {
        ratio: f64,
        below: f64,
    },
}

/// What a running budget or a run-rate threshold is heading to.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Outlook {
    /// Judged on its value alone.
    Plain,
    /// A budget already over.
    OverBudget,
    /// Within the bound, heading past it.
    Breaks(Heading, f64),
    /// Within the bound (a budget), nothing against it.
    Holds,
    /// A quota reached.
    Reached,
    /// Short of a quota, heading to reach it.
    Reaches(Heading, f64),
    /// Short of a quota, too early to tell.
    TooEarly(Settling),
    /// Short of a quota, heading short.
    FallsShort(Heading, f64),
    /// Short of a quota, nothing to project from.
    NoProjection(Heading),
}

/// What a projection is: a forecast of the cycle's end or a run rate.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Heading {
    Forecast,
    RunRate,
}

impl Reason {
    pub fn is_none(&self) -> bool {
        *self == Reason::None
    }
}

/// A reason read back from JSON (a closed cycle's record) is its sentence.
impl<'de> Deserialize<'de> for Reason {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        Ok(if text.is_empty() {
            Reason::None
        } else {
            Reason::Recorded(text)
        })
    }
}

/// Hand-built reports in tests give their reason as a sentence.
#[cfg(test)]
impl From<&str> for Reason {
    fn from(text: &str) -> Self {
        Reason::Recorded(text.to_string())
    }
}
