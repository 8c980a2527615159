//! The validated OKR model: what `config` produces from TOML and what the
//! `metrics` loader and the pure `engine` consume. Nothing here does I/O.

use chrono::NaiveDate;
use std::collections::BTreeMap;
use std::path::PathBuf;

/// Where something was declared, for messages and CI annotations.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Loc {
    pub file: PathBuf,
    /// 1-based; 0 when unknown.
    pub line: usize,
    pub column: usize,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Config {
    /// The main OKR file.
    pub path: PathBuf,
    pub cycle: Cycle,
    pub settings: Settings,
    pub check: CheckSettings,
    pub sources: Vec<Source>,
    /// Keyed by the metric's name (its key under `[metrics]`).
    pub metrics: BTreeMap<String, Metric>,
    pub north_star: Option<NorthStar>,
    /// In declaration order (main file first, then includes in glob order).
    pub objectives: Vec<Objective>,
    pub experiments: Vec<Experiment>,
}

impl Config {
    /// How each objective rolls up its key results, by objective id.
    pub fn rollups(&self) -> BTreeMap<String, Rollup> {
        let rollup = |o: &Objective| (o.id.clone(), o.rollup);
        self.objectives.iter().map(rollup).collect()
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Cycle {
    pub name: String,
    /// Inclusive.
    pub start: NaiveDate,
    /// Inclusive.
    pub end: NaiveDate,
}

impl Cycle {
    /// Number of days in the cycle, both ends included.
    pub fn days(&self) -> i64 {
        (self.end - self.start).num_days() + 1
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Settings {
    pub at_risk_below: f64,
    pub off_track_below: f64,
    pub stall_days: i64,
    pub stale_days: i64,
    /// A window younger than this many days is too early to judge: pending.
    pub settle_days: i64,
    pub locale: String,
    /// False when `locale` is the default: numbers then follow the
    /// language (`sv` writes `1 234,5`).
    pub locale_given: bool,
    /// `[settings] language`; `--lang` wins over it, it over `OKR_LANG`.
    pub language: Option<crate::i18n::Lang>,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            at_risk_below: 0.85,
            off_track_below: 0.60,
            stall_days: 14,
            stale_days: 7,
            settle_days: 7,
            locale: "en-US".to_string(),
            locale_given: false,
            language: None,
        }
    }
}

/// `[check]`: defaults for `okr check`, overridden by its flags.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CheckSettings {
    /// Status names and `stale`; `None`: the built-in default.
    pub fail_on: Option<Vec<String>>,
    pub warn_on: Option<Vec<String>>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Layout {
    /// `date,metric,value[,segment]`
    Long,
    /// A date column plus one column per metric.
    Wide,
}

#[derive(Debug, Clone, PartialEq)]
pub enum SourceKind {
    /// `path` is resolved against the file that declared the source.
    Csv { path: PathBuf },
    Sqlite {
        path: PathBuf,
        query: String,
        /// `timeout`: how long to wait for a locked database (busy_timeout)
        /// and for the query.
        timeout_seconds: u64,
    },
    Postgres {
        url_env: String,
        query: String,
        /// `timeout`: the connect timeout and the statement_timeout.
        timeout_seconds: u64,
    },
    /// A warehouse's own client, run without a shell; its stdout is read as
    /// a CSV file. Runs only when the person allows commands.
    Command {
        /// The program, then its arguments, with their placeholders.
        argv: Vec<Vec<ArgPiece>>,
        /// `timeout`: how long the command may run before it is killed.
        timeout_seconds: u64,
        /// Where it runs: the folder of the file that declared it.
        dir: PathBuf,
    },
}

/// A piece of a command's argument: text as written, or a placeholder
/// filled in as an SQL literal when the command runs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ArgPiece {
    Text(String),
    /// `{start}`: `'2026-01-01'`, the cycle's first day.
    Start,
    /// `{end}`: the cycle's last day, as `{start}`.
    End,
    /// `{metrics}`: `'signups', 'revenue'`, the metric names wanted.
    Metrics,
}

impl ArgPiece {
    /// The argument as written in the OKR file (`{{` for a brace).
    pub fn written(pieces: &[ArgPiece]) -> String {
        pieces
            .iter()
            .map(|p| match p {
                ArgPiece::Text(t) => t.replace('{', "{{").replace('}', "}}"),
                ArgPiece::Start => "{start}".to_string(),
                ArgPiece::End => "{end}".to_string(),
                ArgPiece::Metrics => "{metrics}".to_string(),
            })
            .collect()
    }
}

/// One table of a file of several: by its title line, or its number
/// (1-based, in file order).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TableChoice {
    Number(usize),
    Title(String),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Source {
    pub name: String,
    pub kind: SourceKind,
    pub layout: Layout,
    /// Explicit reading options; `None` means sniffed.
    pub delimiter: Option<u8>,
    pub decimal: Option<char>,
    /// chrono strftime format, e.g. `%d.%m.%Y`.
    pub date_format: Option<String>,
    pub date_column: Option<String>,
    /// A long file's columns, when they have other names than `metric`,
    /// `value` and `segment`.
    pub metric_column: Option<String>,
    pub value_column: Option<String>,
    pub segment_column: Option<String>,
    /// A file of several tables: which one to read.
    pub table: Option<TableChoice>,
    /// Lines to skip before the header (an ads report's title lines).
    pub skip_rows: usize,
    pub loc: Loc,
}

impl Source {
    /// A CSV source whose reading options are all sniffed.
    pub fn csv(name: &str, path: &std::path::Path, layout: Layout) -> Source {
        Source {
            name: name.to_string(),
            kind: SourceKind::Csv {
                path: path.to_path_buf(),
            },
            layout,
            delimiter: None,
            decimal: None,
            date_format: None,
            date_column: None,
            metric_column: None,
            value_column: None,
            segment_column: None,
            table: None,
            skip_rows: 0,
            loc: Loc::default(),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Aggregate {
    Sum,
    Avg,
    Min,
    Max,
    Last,
    Count,
}

impl Aggregate {
    pub fn name(self) -> &'static str {
        match self {
            Aggregate::Sum => "sum",
            Aggregate::Avg => "avg",
            Aggregate::Min => "min",
            Aggregate::Max => "max",
            Aggregate::Last => "last",
            Aggregate::Count => "count",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DisplayFormat {
    #[default]
    Number,
    Percent,
    Currency,
}

impl DisplayFormat {
    pub fn name(self) -> &'static str {
        match self {
            DisplayFormat::Number => "number",
            DisplayFormat::Percent => "percent",
            DisplayFormat::Currency => "currency",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum MetricKind {
    /// Read from a source. `column`: the metric name in a long file, the
    /// column header in a wide one.
    Source {
        source: String,
        column: String,
        segment: Option<String>,
    },
    /// sum(numerator) / sum(denominator) over the window.
    Ratio {
        numerator: String,
        denominator: String,
    },
    /// An expression over other metrics, each evaluated over the window.
    Formula { text: String, expr: Expr },
}

#[derive(Debug, Clone, PartialEq)]
pub struct Metric {
    pub name: String,
    pub kind: MetricKind,
    pub aggregate: Aggregate,
    pub unit: Option<String>,
    pub format: DisplayFormat,
    pub decimals: Option<u32>,
    pub loc: Loc,
}

/// A formula's syntax tree.
#[derive(Debug, Clone, PartialEq)]
pub enum Expr {
    Number(f64),
    Metric(String),
    Neg(Box<Expr>),
    Binary(Box<Expr>, BinOp, Box<Expr>),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    Div,
}

impl Expr {
    /// Every metric name the expression uses, in order of appearance.
    pub fn metric_names(&self) -> Vec<&str> {
        let mut out = Vec::new();
        self.collect_names(&mut out);
        out
    }

    fn collect_names<'a>(&'a self, out: &mut Vec<&'a str>) {
        match self {
            Expr::Number(_) => {}
            Expr::Metric(name) => {
                if !out.contains(&name.as_str()) {
                    out.push(name)
                }
            }
            Expr::Neg(inner) => inner.collect_names(out),
            Expr::Binary(a, _, b) => {
                a.collect_names(out);
                b.collect_names(out);
            }
        }
    }
}

/// Calendar periods: day, ISO week (Monday to Sunday), month, quarter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Grain {
    Day,
    Week,
    Month,
    Quarter,
}

impl Grain {
    pub fn name(self) -> &'static str {
        match self {
            Grain::Day => "day",
            Grain::Week => "week",
            Grain::Month => "month",
            Grain::Quarter => "quarter",
        }
    }
}

/// The window of a key result.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Window {
    /// From the cycle's start to the as-of date (or the cycle's end).
    Cycle,
    /// The latest period that has ended by the as-of date.
    Period(Grain),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Guardrail {
    pub metric: String,
    pub min: Option<f64>,
    pub max: Option<f64>,
    /// Overrides the metric's aggregate.
    pub aggregate: Option<Aggregate>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct NorthStar {
    pub name: String,
    pub purpose: Option<String>,
    pub core_action: Option<String>,
    pub frequency: Option<String>,
    pub metric: String,
    pub grain: Grain,
    /// `None`: the value of its first whole grain period in the cycle.
    pub start: Option<f64>,
    pub target: f64,
    pub inputs: Vec<String>,
    pub guardrails: Vec<Guardrail>,
    pub loc: Loc,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ObjectiveType {
    #[default]
    Aspirational,
    Committed,
}

impl ObjectiveType {
    pub fn name(self) -> &'static str {
        match self {
            ObjectiveType::Aspirational => "aspirational",
            ObjectiveType::Committed => "committed",
        }
    }

    /// The grade it is expected to reach: 1.0 committed, 0.7 (a good
    /// result) aspirational.
    pub fn expected_grade(self) -> f64 {
        match self {
            ObjectiveType::Committed => 1.0,
            ObjectiveType::Aspirational => 0.7,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Rollup {
    /// Key results and aligned objectives.
    #[default]
    All,
    KeyResults,
    Aligned,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Objective {
    pub id: String,
    pub title: String,
    pub owner: Option<String>,
    pub kind: ObjectiveType,
    pub weight: f64,
    pub parent: Option<String>,
    pub rollup: Rollup,
    pub tags: Vec<String>,
    pub key_results: Vec<KeyResult>,
    pub loc: Loc,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Bound {
    AtLeast(f64),
    AtMost(f64),
}

/// A manual value with the day it was measured.
#[derive(Debug, Clone, PartialEq)]
pub struct CheckIn {
    pub date: NaiveDate,
    pub value: f64,
    pub note: Option<String>,
}

/// Where a key result's value comes from.
#[derive(Debug, Clone, PartialEq)]
pub enum ValueSource {
    /// A metric evaluated over the KR's window.
    Metric(String),
    /// Manual check-ins (`current`/`updated`, then the check-in log), in
    /// date order; a later check-in on the same day replaces the earlier.
    Manual(Vec<CheckIn>),
}

#[derive(Debug, Clone, PartialEq)]
pub enum KrKind {
    /// Increase (start < target) or decrease (start > target).
    Progress {
        source: ValueSource,
        start: f64,
        target: f64,
        /// Phased target: strictly increasing dates inside the cycle.
        plan: Vec<(NaiveDate, f64)>,
    },
    /// `at_least` / `at_most`, optionally judged per period (`every`).
    Threshold {
        source: ValueSource,
        bound: Bound,
        every: Option<Grain>,
    },
    /// Checked in by hand.
    Milestone {
        done: bool,
        due: NaiveDate,
        done_on: Option<NaiveDate>,
    },
}

/// What an owner said of a key result on a day: a confidence (1-10) that
/// it will be reached, and words.
#[derive(Debug, Clone, PartialEq)]
pub struct Pulse {
    pub date: NaiveDate,
    pub confidence: Option<u8>,
    pub note: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct KeyResult {
    pub id: String,
    pub title: String,
    pub owner: Option<String>,
    pub kind: KrKind,
    pub window: Window,
    /// Overrides the metric's aggregate.
    pub aggregate: Option<Aggregate>,
    pub weight: f64,
    pub guardrails: Vec<Guardrail>,
    pub tags: Vec<String>,
    /// Confidences and notes from the check-in log, by date.
    pub pulses: Vec<Pulse>,
    pub loc: Loc,
}

impl KeyResult {
    /// The metric the KR reads, if any.
    pub fn metric(&self) -> Option<&str> {
        match &self.kind {
            KrKind::Progress {
                source: ValueSource::Metric(m),
                ..
            }
            | KrKind::Threshold {
                source: ValueSource::Metric(m),
                ..
            } => Some(m),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ExperimentStatus {
    Idea,
    Running,
    Won,
    Lost,
    Inconclusive,
}

impl ExperimentStatus {
    pub fn name(self) -> &'static str {
        match self {
            ExperimentStatus::Idea => "idea",
            ExperimentStatus::Running => "running",
            ExperimentStatus::Won => "won",
            ExperimentStatus::Lost => "lost",
            ExperimentStatus::Inconclusive => "inconclusive",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Experiment {
    pub id: String,
    pub title: String,
    pub hypothesis: Option<String>,
    pub key_results: Vec<String>,
    pub owner: Option<String>,
    pub impact: Option<u8>,
    pub confidence: Option<u8>,
    pub ease: Option<u8>,
    pub start: Option<NaiveDate>,
    pub end: Option<NaiveDate>,
    pub status: ExperimentStatus,
    pub metric: Option<String>,
    pub expected_lift: Option<f64>,
    pub learning: Option<String>,
    pub tags: Vec<String>,
    pub loc: Loc,
}

impl Experiment {
    /// The experiment as it stood on `as_of`: its status then, and its
    /// learning only once its result counts.
    pub fn as_of(&self, as_of: NaiveDate) -> Experiment {
        let status = self.status_at(as_of);
        let result = matches!(
            status,
            ExperimentStatus::Won | ExperimentStatus::Lost | ExperimentStatus::Inconclusive
        );
        Experiment {
            status,
            learning: self.learning.clone().filter(|_| result),
            ..self.clone()
        }
    }

    /// The experiment's status as of a day (DESIGN.md 2): before its
    /// `start` it is in the backlog; from `start` until `end`, running; its
    /// result counts from `end` on (from `start` when there is no `end`).
    /// Without dates, the status as written.
    pub fn status_at(&self, as_of: NaiveDate) -> ExperimentStatus {
        if self.status == ExperimentStatus::Idea {
            return ExperimentStatus::Idea;
        }
        if self.start.is_some_and(|start| as_of < start) {
            return ExperimentStatus::Idea;
        }
        match self.status {
            ExperimentStatus::Won | ExperimentStatus::Lost | ExperimentStatus::Inconclusive
                if self.end.is_some_and(|end| as_of < end) =>
            {
                ExperimentStatus::Running
            }
            status => status,
        }
    }

    /// ICE score: the mean of impact, confidence and ease (when all are set).
    pub fn ice(&self) -> Option<f64> {
        Some((f64::from(self.impact?) + f64::from(self.confidence?) + f64::from(self.ease?)) / 3.0)
    }
}

/// The interface word (`week`, `percent`, `committed`): what JSON writes.
macro_rules! word_display {
    ($($t:ty),*) => {$(
        impl std::fmt::Display for $t {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.name())
            }
        }
    )*};
}
word_display!(
    Aggregate,
    DisplayFormat,
    Grain,
    ObjectiveType,
    ExperimentStatus
);
