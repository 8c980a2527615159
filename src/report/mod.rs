//! The one view model every renderer draws: the engine's result.
//! Its JSON form (`--format json`) is public interface: DESIGN.md section 4,
//! plus the extra fields documented in README.md. Field order is stable.
pub mod digest;
pub mod findings;
pub mod inventory;
pub mod log;
pub mod moved;
pub mod reason;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

pub use crate::config::model::{Aggregate, DisplayFormat, ExperimentStatus, Grain, ObjectiveType};

/// What a key result measures: its JSON `kind`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    Increase,
    Decrease,
    AtLeast,
    AtMost,
    Milestone,
}

impl Kind {
    pub fn name(self) -> &'static str {
        match self {
            Kind::Increase => "increase",
            Kind::Decrease => "decrease",
            Kind::AtLeast => "at-least",
            Kind::AtMost => "at-most",
            Kind::Milestone => "milestone",
        }
    }

    /// The kind a key result of the model has.
    pub fn of(kind: &crate::config::model::KrKind) -> Kind {
        use crate::config::model::{Bound, KrKind};
        match kind {
            KrKind::Progress { start, target, .. } if target > start => Kind::Increase,
            KrKind::Progress { .. } => Kind::Decrease,
            KrKind::Threshold {
                bound: Bound::AtLeast(_),
                ..
            } => Kind::AtLeast,
            KrKind::Threshold { .. } => Kind::AtMost,
            KrKind::Milestone { .. } => Kind::Milestone,
        }
    }

    /// A threshold: `at_least` or `at_most`.
    pub fn is_threshold(self) -> bool {
        matches!(self, Kind::AtLeast | Kind::AtMost)
    }
}

impl std::fmt::Display for Kind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// A metric's place on the North Star board.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Role {
    NorthStar,
    Input,
    Guardrail,
}

impl Role {
    pub fn name(self) -> &'static str {
        match self {
            Role::NorthStar => "north-star",
            Role::Input => "input",
            Role::Guardrail => "guardrail",
        }
    }
}

impl std::fmt::Display for Role {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    Done,
    OnTrack,
    AtRisk,
    OffTrack,
    Stalled,
    NoData,
    GuardrailBreached,
    /// Too early to judge: the window has run fewer than `settle_days` days.
    Pending,
}

impl Status {
    pub const ALL: [Status; 8] = [
        Status::Done,
        Status::OnTrack,
        Status::AtRisk,
        Status::OffTrack,
        Status::Stalled,
        Status::NoData,
        Status::GuardrailBreached,
        Status::Pending,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Status::Done => "done",
            Status::OnTrack => "on-track",
            Status::AtRisk => "at-risk",
            Status::OffTrack => "off-track",
            Status::Stalled => "stalled",
            Status::NoData => "no-data",
            Status::GuardrailBreached => "guardrail-breached",
            Status::Pending => "pending",
        }
    }

    pub fn parse(s: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|st| st.name() == s)
    }

    /// Severity for objective roll-up: higher is worse. The order is
    /// off-track, guardrail-breached, stalled, at-risk, no-data, pending,
    /// on-track, done.
    pub fn severity(self) -> u8 {
        match self {
            Status::Done => 0,
            Status::OnTrack => 1,
            Status::Pending => 2,
            Status::NoData => 3,
            Status::AtRisk => 4,
            Status::Stalled => 5,
            Status::GuardrailBreached => 6,
            Status::OffTrack => 7,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct DateRange {
    pub start: NaiveDate,
    pub end: NaiveDate,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Report {
    pub as_of: NaiveDate,
    pub cycle: CycleReport,
    pub north_star: Option<NorthStarReport>,
    /// Top-level objectives (no parent, or their parent is filtered out);
    /// aligned ones nest inside.
    pub objectives: Vec<ObjectiveReport>,
    /// The cycle was closed (`okr close`): when, and its record's file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub closed: Option<Closed>,
}

/// A closed cycle: `okr close` wrote its record.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Closed {
    pub on: NaiveDate,
    /// The record's file name, beside the OKR file.
    pub record: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CycleReport {
    pub name: String,
    pub start: NaiveDate,
    pub end: NaiveDate,
    /// Elapsed share of the cycle at the as-of date, in [0, 1].
    pub elapsed: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NorthStarReport {
    pub name: String,
    pub metric: String,
    pub value: Option<f64>,
    pub start: Option<f64>,
    pub target: f64,
    pub progress: Option<f64>,
    pub expected: Option<f64>,
    pub status: Status,
    /// The latest ended grain period (or the current one so far, `partial`);
    /// `null` before the cycle's start.
    pub period: Option<DateRange>,
    pub partial: bool,
    /// A period shorter than its calendar period, judged on its run rate.
    pub run_rate: Option<f64>,
    pub grain: Grain,
    pub purpose: Option<String>,
    pub core_action: Option<String>,
    pub frequency: Option<String>,
    pub unit: Option<String>,
    pub format: DisplayFormat,
    pub decimals: Option<u32>,
    /// The North Star per grain period over the cycle, oldest first.
    pub trend: Vec<TrendPoint>,
    pub inputs: Vec<InputReport>,
    pub guardrails: Vec<GuardrailReport>,
    /// Why the status is what it is: JSON writes it as one English sentence.
    #[serde(serialize_with = "crate::render::reason::serialize")]
    pub reason: reason::Reason,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TrendPoint {
    pub start: NaiveDate,
    pub end: NaiveDate,
    pub value: Option<f64>,
    pub partial: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct InputReport {
    pub metric: String,
    pub value: Option<f64>,
    pub previous: Option<f64>,
    pub unit: Option<String>,
    pub format: DisplayFormat,
    pub decimals: Option<u32>,
    pub trend: Vec<TrendPoint>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum GuardrailState {
    Ok,
    Breached,
    /// No data over the window: reported, not breached.
    Unknown,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GuardrailReport {
    pub metric: String,
    pub min: Option<f64>,
    pub max: Option<f64>,
    pub value: Option<f64>,
    pub state: GuardrailState,
    pub unit: Option<String>,
    pub format: DisplayFormat,
    pub decimals: Option<u32>,
}

/// The depth-first walk of the tree that renderers, commands and the
/// engine share: each objective with its depth
/// (0 for top level), parents before children.
pub fn walk(objectives: &[ObjectiveReport]) -> Vec<(usize, &ObjectiveReport)> {
    fn visit<'a>(
        o: &'a ObjectiveReport,
        depth: usize,
        out: &mut Vec<(usize, &'a ObjectiveReport)>,
    ) {
        crate::work::step(1);
        out.push((depth, o));
        for child in &o.objectives {
            visit(child, depth + 1, out);
        }
    }
    let mut out = Vec::new();
    for o in objectives {
        visit(o, 0, &mut out);
    }
    out
}

/// The objective with this id, anywhere in the tree.
pub fn find_objective<'a>(
    objectives: &'a [ObjectiveReport],
    id: &str,
) -> Option<&'a ObjectiveReport> {
    walk(objectives)
        .into_iter()
        .map(|(_, o)| o)
        .find(|o| o.id == id)
}

/// The key result with this id, anywhere in the tree, and the objective it
/// belongs to.
pub fn find_key_result<'a>(
    objectives: &'a [ObjectiveReport],
    id: &str,
) -> Option<(&'a ObjectiveReport, &'a KeyResultReport)> {
    walk(objectives)
        .into_iter()
        .find_map(|(_, o)| o.key_results.iter().find(|k| k.id == id).map(|k| (o, k)))
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ObjectiveReport {
    pub id: String,
    pub title: String,
    pub owner: Option<String>,
    /// `null` when nothing is under it.
    pub progress: Option<f64>,
    pub grade: Option<f64>,
    pub status: Status,
    #[serde(rename = "type")]
    pub kind: ObjectiveType,
    pub weight: f64,
    pub parent: Option<String>,
    pub tags: Vec<String>,
    pub key_results: Vec<KeyResultReport>,
    pub objectives: Vec<ObjectiveReport>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct KeyResultReport {
    pub id: String,
    pub title: String,
    pub value: Option<f64>,
    pub start: Option<f64>,
    pub target: Option<f64>,
    /// As is (may be below 0 or above 1); `null` without a value.
    pub progress: Option<f64>,
    pub expected: Option<f64>,
    pub status: Status,
    /// `null` when there is no data point at all.
    pub stale: Option<bool>,
    pub partial: bool,
    pub forecast: Option<f64>,
    pub grade: Option<f64>,
    /// A period window shorter than its calendar period, judged on its run
    /// rate: value x (days of the period) / (days of the window). `value`
    /// stays what was summed; progress and status use this.
    pub run_rate: Option<f64>,
    pub window: Option<DateRange>,
    /// increase | decrease | at-least | at-most | milestone
    pub kind: Kind,
    pub metric: Option<String>,
    pub owner: Option<String>,
    pub unit: Option<String>,
    /// Display hint from the metric: number | percent | currency.
    pub format: DisplayFormat,
    pub decimals: Option<u32>,
    pub weight: f64,
    pub aggregate: Option<Aggregate>,
    /// The newest data point counted (for stale).
    pub last_data: Option<NaiveDate>,
    /// Milestones: the due date and the day it was done.
    pub due: Option<NaiveDate>,
    pub done_on: Option<NaiveDate>,
    /// Thresholds judged per period (`every`): periods that held, judged.
    pub periods_held: Option<usize>,
    pub periods_judged: Option<usize>,
    pub guardrails: Vec<GuardrailReport>,
    /// Why the status is what it is: JSON writes it as one English sentence.
    #[serde(serialize_with = "crate::render::reason::serialize")]
    pub reason: reason::Reason,
    /// Experiments aiming at this key result, by status.
    pub experiments: ExperimentCounts,
    /// Off track (or stalled) with no running experiment: a team should try
    /// something.
    pub needs_experiment: bool,
    /// The owner's latest confidence (1-10) that it will be reached, with
    /// its day (`okr checkin ID --confidence N`).
    pub confidence: Option<Dated<u8>>,
    /// The owner's latest note on it, with its day.
    pub note: Option<Dated<String>>,
    /// `okr status --since`: the change since that day; absent otherwise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub moved: Option<Moved>,
    /// Where the KR is declared: `file:line`.
    #[serde(skip)]
    pub loc: crate::config::model::Loc,
}

impl KeyResultReport {
    /// The value it is judged on: its run rate where it has one, else its
    /// value. Changes ("moved") are measured on this.
    pub fn judged_value(&self) -> Option<f64> {
        self.run_rate.or(self.value)
    }
}

/// `now - then`, with numbers equal within the comparison tolerance an
/// exact 0; `None` without both.
pub fn change(now: Option<f64>, then: Option<f64>) -> Option<f64> {
    match (now, then) {
        (Some(a), Some(b)) if crate::engine::approx_eq(a, b) => Some(0.0),
        (Some(a), Some(b)) => Some(a - b),
        _ => None,
    }
}

/// A value said on a day.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Dated<T> {
    pub value: T,
    pub date: NaiveDate,
}

/// How far a key result moved since a day (`okr status --since`).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Moved {
    pub since: NaiveDate,
    /// Value now minus value then; `null` without a value at either day.
    pub value: Option<f64>,
    /// Progress now minus progress then (as is, not clamped); `null` without
    /// progress at either day.
    pub progress: Option<f64>,
}

/// `okr north-star`: the North Star, its inputs and guardrails per period.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NorthStarBoard {
    pub as_of: NaiveDate,
    pub name: String,
    pub purpose: Option<String>,
    pub core_action: Option<String>,
    pub frequency: Option<String>,
    pub grain: Grain,
    /// Start, target and status are per the North Star's own grain: `null`
    /// when the board is shown at another.
    pub start: Option<f64>,
    pub target: Option<f64>,
    pub status: Option<Status>,
    /// North Star first, then its inputs, then its guardrails.
    pub metrics: Vec<BoardMetric>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BoardMetric {
    pub metric: String,
    pub role: Role,
    pub unit: Option<String>,
    pub format: DisplayFormat,
    pub decimals: Option<u32>,
    pub min: Option<f64>,
    pub max: Option<f64>,
    /// Oldest first; the last may be partial (the current period so far).
    pub periods: Vec<BoardPeriod>,
    /// North Star only: the change per remaining whole period still needed
    /// to reach the target from the latest complete period's value.
    pub pace_needed: Option<f64>,
    pub remaining_periods: Option<usize>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BoardPeriod {
    pub start: NaiveDate,
    pub end: NaiveDate,
    pub value: Option<f64>,
    /// The period has not ended by the as-of date: never compared.
    pub partial: bool,
    /// The whole calendar period lies in the cycle; a period clipped by the
    /// cycle's start or end is shorter and never compared either.
    pub whole: bool,
    /// Against the previous period (both complete and with data).
    pub change: Option<f64>,
    /// `change` relative to the previous value (0.1 is +10%).
    pub change_pct: Option<f64>,
    /// Guardrails only: the value is outside its bounds.
    pub breached: Option<bool>,
}

/// A key result's value over the cycle so far, for charts (`okr show`,
/// `okr report`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct History {
    pub id: String,
    /// day (cycle windows and manual values: the value as of each day) or
    /// the KR's period grain (one point per period).
    pub grain: Grain,
    pub start: Option<f64>,
    pub target: Option<f64>,
    /// Oldest first, up to the as-of date (or the cycle's end).
    pub points: Vec<HistoryPoint>,
    /// The expected value (start + expected progress * (target - start))
    /// on every day of the cycle, for the plan line; empty when it does not
    /// apply.
    pub expected: Vec<(NaiveDate, f64)>,
    /// The forecast at the cycle's end (cycle windows only).
    pub forecast: Option<f64>,
    pub cycle_start: NaiveDate,
    pub cycle_end: NaiveDate,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct HistoryPoint {
    /// The day, or the last day of the period.
    pub date: NaiveDate,
    pub value: Option<f64>,
    pub partial: bool,
}

/// How many experiments aim at a key result, by status.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExperimentCounts {
    pub ideas: usize,
    pub running: usize,
    pub won: usize,
    pub lost: usize,
    pub inconclusive: usize,
}

/// `okr experiments`: the backlog by ICE, what runs, and the boards.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ExperimentBoard {
    pub as_of: NaiveDate,
    pub cycle: String,
    /// Ideas, highest ICE score first.
    pub backlog: Vec<ExperimentReport>,
    pub running: Vec<ExperimentReport>,
    /// The success board.
    pub won: Vec<ExperimentReport>,
    /// The fail board: lost experiments are data, not shame.
    pub lost: Vec<ExperimentReport>,
    pub inconclusive: Vec<ExperimentReport>,
    /// Key results that are off track with no running experiment.
    pub needs_experiment: Vec<String>,
}

impl ExperimentBoard {
    /// Keeps the experiments, in every list, for which `keep` holds.
    pub fn retain(&mut self, mut keep: impl FnMut(&ExperimentReport) -> bool) {
        for list in [
            &mut self.backlog,
            &mut self.running,
            &mut self.won,
            &mut self.lost,
            &mut self.inconclusive,
        ] {
            list.retain(&mut keep);
        }
    }

    /// No experiment in any list.
    pub fn is_empty(&self) -> bool {
        [
            &self.backlog,
            &self.running,
            &self.won,
            &self.lost,
            &self.inconclusive,
        ]
        .iter()
        .all(|list| list.is_empty())
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ExperimentReport {
    pub id: String,
    pub title: String,
    pub hypothesis: Option<String>,
    pub owner: Option<String>,
    pub key_results: Vec<String>,
    pub status: ExperimentStatus,
    /// The mean of impact, confidence and ease.
    pub ice: Option<f64>,
    pub impact: Option<u8>,
    pub confidence: Option<u8>,
    pub ease: Option<u8>,
    pub start: Option<NaiveDate>,
    pub end: Option<NaiveDate>,
    pub metric: Option<String>,
    pub unit: Option<String>,
    pub format: DisplayFormat,
    pub decimals: Option<u32>,
    pub expected_lift: Option<f64>,
    /// The metric over the experiment's dates (up to the as-of date)...
    pub measured: Option<DateRange>,
    pub value: Option<f64>,
    /// ...against the same number of days just before it.
    pub baseline: Option<DateRange>,
    pub baseline_value: Option<f64>,
    /// (value - baseline) / |baseline|.
    pub actual_lift: Option<f64>,
    /// The experiment runs past the as-of date: measured so far.
    pub partial: bool,
    pub learning: Option<String>,
    pub tags: Vec<String>,
}
