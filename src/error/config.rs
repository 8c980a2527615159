//! Problems in the OKR files, as data. Worded here, once, in the reader's
//! language (`i18n/*.ftl`, section "errors-config").
//!
//! Raise sites say what is wrong (the key, what was expected, what was
//! found, the closest known name); [`ConfigProblem::message`] and
//! [`ConfigProblem::hint`] say it. TOML keys, ids, metric names and code
//! samples stay as written: they are interface. Numbers and dates the user
//! wrote come back in the locale's notation (`0,85` under sv-SE).

use std::path::PathBuf;

use chrono::NaiveDate;

use crate::t;

/// What is wrong in an OKR file.
#[derive(Debug, Clone, PartialEq)]
pub enum ConfigProblem {
    /// `[settings] language` names no language okr speaks.
    UnknownLanguage {
        found: String,
        /// The code it seems to mean (`sv` for `sv-SE`).
        suggestion: Option<&'static str>,
    },

    // --- Finding and reading the files ---
    /// A directory where an OKR file was expected; `inside` is the
    /// `okrs.toml` in it to point at, when `-c` named it.
    IsADirectory {
        path: PathBuf,
        inside: Option<PathBuf>,
    },
    /// No `okrs.toml` in `dir` or above.
    NoOkrFile {
        file: &'static str,
        dir: PathBuf,
    },
    /// A file that cannot be read; `reason` is the system's. `why` picks
    /// the hint (none when not given).
    CannotRead {
        path: PathBuf,
        reason: String,
        why: Option<ReadFault>,
    },
    TooLarge {
        path: PathBuf,
        mib: u64,
    },
    NotUtf8,

    // --- Includes ---
    IncludesTooDeep {
        max: usize,
    },
    IncludePattern {
        fault: PatternFault,
    },
    IncludeMissing {
        path: PathBuf,
    },
    TooManyIncludes {
        files: usize,
        mib: u64,
    },

    // --- TOML and its shape ---
    /// The TOML parser's own message (kept as it says it).
    TomlSyntax {
        message: String,
        hint: TomlHint,
    },
    /// A name okr does not know, with the closest it does.
    UnknownName {
        what: Unknown,
        found: String,
        suggestion: Option<String>,
        /// Every name allowed there.
        known: Vec<String>,
    },
    MissingKey {
        key: String,
    },
    /// A value of the wrong type (`invalid value` when `value`).
    InvalidType {
        value: bool,
        found: Found,
        expected: Expected,
    },
    /// A date okr cannot read: `found` the text, `with_time` a datetime.
    BadDate {
        found: Option<String>,
        with_time: bool,
    },
    DuplicateKey,

    // --- Cycle and settings ---
    OnlyInMain {
        table: &'static str,
    },
    NoCycle,
    CycleEndsBeforeStart {
        start: NaiveDate,
        end: NaiveDate,
    },
    CycleTooLong {
        start: NaiveDate,
        end: NaiveDate,
        years: u32,
    },
    /// A setting or weight outside what it may be.
    OutOfRange {
        key: &'static str,
        limit: Limit,
        found: f64,
    },
    OffTrackAboveAtRisk {
        off_track: f64,
        at_risk: f64,
    },
    PendingNeverFails,

    // --- Sources ---
    DeclaredTwice {
        what: Declared,
        name: String,
    },
    /// A source lacks the keys its kind needs.
    SourceNeeds {
        source: String,
        sort: SourceSort,
    },
    /// A key given to a source of a kind it does not apply to.
    KeyNotForSource {
        source: String,
        key: &'static str,
        sort: SourceSort,
    },
    UnsupportedDelimiter {
        found: String,
    },
    UnsupportedDecimal {
        found: String,
    },
    BadDateFormat {
        found: String,
    },
    BadTable,
    TimeoutTooShort,
    TimeoutTooLong {
        max: u64,
    },
    BadCommand {
        source: String,
        fault: CommandFault,
    },

    // --- Metrics and the North Star ---
    BadMetricName {
        name: String,
    },
    MetricKinds {
        metric: String,
        found: usize,
    },
    ColumnOnDerived {
        metric: String,
    },
    FormulaSyntax {
        metric: String,
        fault: FormulaFault,
    },
    RatioOfRatio {
        ratio: String,
        part: String,
    },
    Loop {
        what: Looped,
        chain: Vec<String>,
    },
    GuardrailNoBound {
        metric: String,
    },
    GuardrailMinAboveMax {
        metric: String,
        min: f64,
        max: f64,
    },
    NorthStarStartIsTarget,

    // --- Objectives, key results, experiments ---
    /// An id with other characters than a-z, 0-9 and `-`; `example` the
    /// id it could be.
    BadId {
        what: Thing,
        id: String,
        example: Option<String>,
    },
    DuplicateId {
        id: String,
        first_file: PathBuf,
        first_line: usize,
    },
    DuplicateExperimentId {
        id: String,
    },
    DateOutsideCycle {
        key: &'static str,
        date: NaiveDate,
        cycle: String,
        start: NaiveDate,
        end: NaiveDate,
    },
    /// Key result `id` has `key` without `missing`.
    KeyWithout {
        id: String,
        key: &'static str,
        missing: &'static str,
    },
    /// Key result `id` has both `first` and `second`.
    BothKeys {
        id: String,
        first: &'static str,
        second: &'static str,
    },
    NoMeasure {
        id: String,
    },
    MilestoneExtras {
        id: String,
    },
    ThresholdWithStartTarget {
        id: String,
    },
    StartIsTarget {
        id: String,
        value: f64,
    },
    NotFinite {
        id: String,
    },
    PlanDateOutside {
        id: String,
        date: NaiveDate,
        start: NaiveDate,
        end: NaiveDate,
    },
    PlanNotIncreasing {
        id: String,
        date: NaiveDate,
        previous: NaiveDate,
    },
    EveryOnProgress {
        id: String,
    },
    DueOnNonMilestone {
        id: String,
    },
    AggregateOnDerived {
        id: String,
        metric: String,
        derived: Derived,
    },
    GuardrailAggregateOnDerived {
        id: String,
        metric: String,
        derived: Derived,
    },
    ExperimentEndsBeforeStart {
        id: String,
    },
    IceOutOfRange {
        found: i64,
    },

    // --- Edits (`okr set`, `okr experiment`, `okr next`) ---
    /// `key=value` on the command line; `plain` when the `=` is there but
    /// the key is not a plain key.
    BadAssignment {
        found: String,
        plain: bool,
    },
    CannotEdit {
        id: String,
        path: PathBuf,
    },
    BadEdit {
        what: Thing,
        id: String,
        fault: EditFault,
    },
    MixedLineEnds {
        path: PathBuf,
    },
    CannotWrite {
        step: WriteStep,
        path: PathBuf,
        reason: String,
    },
    ChangedWhileEditing {
        path: PathBuf,
    },
}

/// Why a file could not be read, for the hint.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReadFault {
    NotFound,
    PermissionDenied,
    Other,
}

/// What is wrong with an include pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PatternFault {
    /// `**` inside a path component.
    DoubleStar,
    /// The walk would look at more than `max` directory entries.
    TooManyEntries { max: usize },
    /// The glob library's own message.
    Glob(String),
}

/// The hint under a TOML parser's message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TomlHint {
    None,
    MissingKey,
    InvalidType,
    DuplicateKey,
    Date,
    Syntax,
}

/// What kind of name is unknown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unknown {
    /// A TOML key (serde's "field").
    Key,
    /// A value from a fixed set (serde's "variant").
    Value,
    Locale,
    /// A status in `[check]`.
    Status,
    /// The source of metric `metric`.
    Source {
        metric: String,
    },
    /// A metric used by `user`.
    Metric {
        user: MetricUser,
    },
    /// The parent of objective `objective`.
    Parent {
        objective: String,
    },
    /// A key result experiment `experiment` aims at.
    KeyResult {
        experiment: String,
    },
    /// The id `okr set` edits.
    Id,
}

/// Who uses an unknown metric.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MetricUser {
    Ratio(String),
    Formula(String),
    Guardrail,
    NorthStar,
    NorthStarInput,
    KeyResult(String),
    Experiment(String),
}

/// What a serde message says it found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Found {
    Text(String),
    Integer(String),
    Float(String),
    Bool(String),
    List,
    Table,
    /// Anything else, in serde's words.
    Other(String),
}

/// What a serde message says it expected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Expected {
    Number,
    WholeNumber,
    List,
    Text,
    Bool,
    /// `table = "Instagram reach"` or `table = 2`.
    TableChoice,
    /// Anything else, in serde's words.
    Other(String),
}

/// The limits a ranged setting breaks.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Limit {
    /// `(0, 1]`.
    ShareAboveZero,
    /// `[0, 1]`.
    Share,
    AtLeast(i64),
    NotNegative,
    AboveZero,
    /// At most this (the value found is written in e-notation).
    AtMost(f64),
}

/// What is declared twice.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Declared {
    Source,
    Metric,
}

/// The kinds of source, as the problems about their keys name them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SourceSort {
    Csv,
    Sqlite,
    Postgres,
    Command,
    /// Not a command (for `command` given elsewhere).
    NotCommand,
    /// SQLite or Postgres.
    Database,
}

/// What is wrong with a command source's `command`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CommandFault {
    Empty,
    NoProgram,
    Nul,
    StrayClose,
    Unclosed,
    UnknownPlaceholder(String),
}

/// What is wrong in a formula's text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FormulaFault {
    /// Something other than an operator after a complete term.
    ExpectedOperator(String),
    EndsEarly,
    /// A `(` never closed.
    Unclosed,
    NotANumber(String),
    /// Something that starts no term.
    Unexpected(String),
}

/// What loops.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Looped {
    Formulas,
    Objectives,
}

/// What an id names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Thing {
    Objective,
    KeyResult,
    Experiment,
}

/// A metric that is not read from a source.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Derived {
    Ratio,
    Formula,
}

/// Why a value given to `okr set` cannot be written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EditFault {
    /// Not a number; `why` says why.
    NotANumber {
        key: String,
        why: String,
    },
    BadDate {
        key: String,
        found: String,
    },
    CannotWriteDate {
        key: String,
        date: NaiveDate,
    },
    NotBool {
        key: String,
        found: String,
    },
    /// Not TOML; `message` is the parser's.
    NotToml {
        key: String,
        message: String,
    },
    WrittenAsTable {
        key: String,
    },
}

/// The step of writing a file that failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WriteStep {
    Read,
    WriteBeside,
    Write,
    Replace,
    SyncDir,
}

/// A number the user wrote, as Rust writes it (the shortest text that
/// reads back), with the locale's decimal mark: `0.85`, `0,85`.
fn num(v: f64) -> String {
    with_mark(v.to_string())
}

/// As [`num`], in e-notation: `1e300`.
fn sci(v: f64) -> String {
    with_mark(format!("{v:e}"))
}

fn with_mark(text: String) -> String {
    let sample = crate::render::number::number(0.5, Some(1), crate::i18n::locale());
    match sample.chars().nth(1) {
        Some(mark) if mark != '.' => text.replace('.', &mark.to_string()),
        _ => text,
    }
}

/// A calendar day in the locale.
fn day(d: NaiveDate) -> String {
    crate::render::number::date(d, crate::i18n::locale())
}

fn path(p: &std::path::Path) -> String {
    p.display().to_string()
}

/// `` `a`, `b`, `c` `` (`` `a` or `b` `` for two): the names serde lists.
fn listed(names: &[String]) -> String {
    match names {
        [a, b] => t!("ec-either", a = a, b = b),
        _ => names
            .iter()
            .map(|n| format!("`{n}`"))
            .collect::<Vec<_>>()
            .join(", "),
    }
}

fn thing(what: Thing) -> String {
    match what {
        Thing::Objective => t!("ec-thing-objective"),
        Thing::KeyResult => t!("ec-thing-key-result"),
        Thing::Experiment => t!("ec-thing-experiment"),
    }
}

impl ConfigProblem {
    /// A name not among `known`, with the closest of them as suggestion.
    pub fn unknown<'a>(
        what: Unknown,
        found: &str,
        known: impl IntoIterator<Item = &'a str>,
    ) -> ConfigProblem {
        let known: Vec<String> = known.into_iter().map(str::to_string).collect();
        let suggestion =
            crate::config::closest(found, known.iter().map(String::as_str)).map(str::to_string);
        ConfigProblem::UnknownName {
            what,
            found: found.to_string(),
            suggestion,
            known,
        }
    }

    pub fn message(&self) -> String {
        use ConfigProblem as P;
        match self {
            P::UnknownLanguage { found, .. } => {
                t!("error-unknown-language", found = found)
            }
            P::IsADirectory { path: p, .. } => t!("ec-is-a-directory", path = path(p)),
            P::NoOkrFile { file, dir } => t!("ec-no-okr-file", file = *file, dir = path(dir)),
            P::CannotRead {
                path: p, reason, ..
            } => t!("ec-cannot-read", path = path(p), reason = reason),
            P::TooLarge { path: p, mib } => {
                t!("ec-too-large", path = path(p), mib = mib.to_string())
            }
            P::NotUtf8 => t!("ec-not-utf8"),
            P::IncludesTooDeep { max } => t!("ec-includes-too-deep", max = max.to_string()),
            P::IncludePattern { fault } => match fault {
                PatternFault::DoubleStar => t!("ec-include-pattern-double-star"),
                PatternFault::TooManyEntries { max } => {
                    t!("ec-include-pattern-too-many", max = max.to_string())
                }
                PatternFault::Glob(message) => {
                    t!("ec-include-pattern-glob", message = message)
                }
            },
            P::IncludeMissing { path: p } => t!("ec-include-missing", path = path(p)),
            P::TooManyIncludes { files, mib } => t!(
                "ec-too-many-includes",
                files = files.to_string(),
                mib = mib.to_string()
            ),
            P::TomlSyntax { message, .. } => t!("ec-toml-syntax", message = message),
            P::UnknownName {
                what, found, known, ..
            } => self.unknown_message(what, found, known),
            P::MissingKey { key } => t!("ec-missing-key", key = key),
            P::InvalidType {
                value,
                found,
                expected,
            } => {
                let found = match found {
                    Found::Text(s) => t!("ec-found-text", value = s),
                    Found::Integer(s) => t!("ec-found-integer", value = s),
                    Found::Float(s) => t!("ec-found-float", value = s),
                    Found::Bool(s) => t!("ec-found-bool", value = s),
                    Found::List => t!("ec-found-list"),
                    Found::Table => t!("ec-found-table"),
                    Found::Other(s) => s.clone(),
                };
                let expected = match expected {
                    Expected::Number => t!("ec-expected-number"),
                    Expected::WholeNumber => t!("ec-expected-whole-number"),
                    Expected::List => t!("ec-expected-list"),
                    Expected::Text => t!("ec-expected-text"),
                    Expected::Bool => t!("ec-expected-bool"),
                    Expected::TableChoice => t!("ec-expected-table-choice"),
                    Expected::Other(s) => s.clone(),
                };
                if *value {
                    t!("ec-invalid-value", found = found, expected = expected)
                } else {
                    t!("ec-invalid-type", found = found, expected = expected)
                }
            }
            P::BadDate {
                found: Some(found), ..
            } => t!("ec-bad-date-found", found = found),
            P::BadDate {
                with_time: true, ..
            } => t!("ec-bad-date-time"),
            P::BadDate { .. } => t!("ec-bad-date"),
            P::DuplicateKey => t!("ec-duplicate-key"),
            P::OnlyInMain { table } => t!("ec-only-in-main", table = *table),
            P::NoCycle => t!("ec-no-cycle"),
            P::CycleEndsBeforeStart { start, end } => t!(
                "ec-cycle-ends-before-start",
                start = day(*start),
                end = day(*end)
            ),
            P::CycleTooLong { start, end, years } => t!(
                "ec-cycle-too-long",
                start = day(*start),
                end = day(*end),
                years = *years as usize
            ),
            P::OutOfRange { key, limit, found } => {
                let key = *key;
                match limit {
                    Limit::ShareAboveZero => {
                        t!("ec-range-share-above-zero", key = key, found = num(*found))
                    }
                    Limit::Share => t!("ec-range-share", key = key, found = num(*found)),
                    Limit::AtLeast(min) => t!(
                        "ec-range-at-least",
                        key = key,
                        min = min.to_string(),
                        found = num(*found)
                    ),
                    Limit::NotNegative => {
                        t!("ec-range-not-negative", key = key, found = num(*found))
                    }
                    Limit::AboveZero => {
                        t!("ec-range-above-zero", key = key, found = num(*found))
                    }
                    Limit::AtMost(max) => t!(
                        "ec-range-at-most",
                        key = key,
                        max = num(*max),
                        found = sci(*found)
                    ),
                }
            }
            P::OffTrackAboveAtRisk { off_track, at_risk } => t!(
                "ec-off-track-above-at-risk",
                off_track = num(*off_track),
                at_risk = num(*at_risk)
            ),
            P::PendingNeverFails => t!("ec-pending-never-fails"),
            P::DeclaredTwice { what, name } => match what {
                Declared::Source => t!("ec-source-declared-twice", name = name),
                Declared::Metric => t!("ec-metric-declared-twice", name = name),
            },
            P::SourceNeeds { source, sort } => match sort {
                SourceSort::Sqlite => t!("ec-source-needs-sqlite", source = source),
                SourceSort::Postgres => t!("ec-source-needs-postgres", source = source),
                SourceSort::Command => t!("ec-source-needs-command", source = source),
                _ => t!("ec-source-needs-path", source = source),
            },
            P::KeyNotForSource { source, key, sort } => {
                let key = *key;
                match sort {
                    SourceSort::Command => {
                        t!("ec-key-not-for-command", source = source, key = key)
                    }
                    SourceSort::Csv => t!("ec-key-not-for-csv", source = source, key = key),
                    SourceSort::Sqlite | SourceSort::Postgres | SourceSort::Database => {
                        t!("ec-key-not-for-database", source = source, key = key)
                    }
                    SourceSort::NotCommand => t!("ec-command-not-for-source", source = source),
                }
            }
            P::UnsupportedDelimiter { found } => t!("ec-unsupported-delimiter", found = found),
            P::UnsupportedDecimal { found } => t!("ec-unsupported-decimal", found = found),
            P::BadDateFormat { found } => t!("ec-bad-date-format", found = found),
            P::BadTable => t!("ec-bad-table"),
            P::TimeoutTooShort => t!("ec-timeout-too-short"),
            P::TimeoutTooLong { max } => t!("ec-timeout-too-long", max = max.to_string()),
            P::BadCommand { source, fault } => match fault {
                CommandFault::Empty => t!("ec-command-empty", source = source),
                CommandFault::NoProgram => t!("ec-command-no-program", source = source),
                CommandFault::Nul => t!("ec-command-nul", source = source),
                CommandFault::StrayClose => t!("ec-command-stray-close", source = source),
                CommandFault::Unclosed => t!("ec-command-unclosed", source = source),
                CommandFault::UnknownPlaceholder(name) => t!(
                    "ec-command-unknown-placeholder",
                    source = source,
                    name = name
                ),
            },
            P::BadMetricName { name } => t!("ec-bad-metric-name", name = name),
            P::MetricKinds { metric, found } => {
                t!("ec-metric-kinds", metric = metric, found = *found)
            }
            P::ColumnOnDerived { metric } => t!("ec-column-on-derived", metric = metric),
            P::FormulaSyntax { metric, fault } => {
                use FormulaFault as F;
                match fault {
                    F::ExpectedOperator(token) => {
                        t!(
                            "ec-formula-expected-operator",
                            metric = metric,
                            token = token
                        )
                    }
                    F::EndsEarly => t!("ec-formula-ends-early", metric = metric),
                    F::Unclosed => t!("ec-formula-unclosed", metric = metric),
                    F::NotANumber(text) => {
                        t!("ec-formula-not-a-number", metric = metric, text = text)
                    }
                    F::Unexpected(token) => {
                        t!("ec-formula-unexpected", metric = metric, token = token)
                    }
                }
            }
            P::RatioOfRatio { ratio, part } => {
                t!("ec-ratio-of-ratio", ratio = ratio, part = part)
            }
            P::Loop { what, chain } => {
                let chain = chain.join(" -> ");
                match what {
                    Looped::Formulas => t!("ec-formula-loop", chain = chain),
                    Looped::Objectives => t!("ec-objective-loop", chain = chain),
                }
            }
            P::GuardrailNoBound { metric } => t!("ec-guardrail-no-bound", metric = metric),
            P::GuardrailMinAboveMax { metric, min, max } => t!(
                "ec-guardrail-min-above-max",
                metric = metric,
                min = num(*min),
                max = num(*max)
            ),
            P::NorthStarStartIsTarget => t!("ec-north-star-start-is-target"),
            P::BadId { what, id, .. } => match what {
                Thing::Objective => t!("ec-bad-objective-id", id = id),
                Thing::KeyResult => t!("ec-bad-key-result-id", id = id),
                Thing::Experiment => t!("ec-bad-experiment-id", id = id),
            },
            P::DuplicateId { id, .. } => t!("ec-duplicate-id", id = id),
            P::DuplicateExperimentId { id } => t!("ec-duplicate-experiment-id", id = id),
            P::DateOutsideCycle {
                key,
                date,
                cycle,
                start,
                end,
            } => t!(
                "ec-date-outside-cycle",
                key = *key,
                date = day(*date),
                cycle = cycle,
                start = day(*start),
                end = day(*end)
            ),
            P::KeyWithout { id, key, missing } => {
                t!("ec-key-without", id = id, key = *key, missing = *missing)
            }
            P::BothKeys { id, first, second } => {
                t!("ec-both-keys", id = id, first = *first, second = *second)
            }
            P::NoMeasure { id } => t!("ec-no-measure", id = id),
            P::MilestoneExtras { id } => t!("ec-milestone-extras", id = id),
            P::ThresholdWithStartTarget { id } => t!("ec-threshold-with-start-target", id = id),
            P::StartIsTarget { id, value } => {
                t!("ec-start-is-target", id = id, value = num(*value))
            }
            P::NotFinite { id } => t!("ec-not-finite", id = id),
            P::PlanDateOutside {
                id,
                date,
                start,
                end,
            } => t!(
                "ec-plan-date-outside",
                id = id,
                date = day(*date),
                start = day(*start),
                end = day(*end)
            ),
            P::PlanNotIncreasing { id, date, previous } => t!(
                "ec-plan-not-increasing",
                id = id,
                date = day(*date),
                previous = day(*previous)
            ),
            P::EveryOnProgress { id } => t!("ec-every-on-progress", id = id),
            P::DueOnNonMilestone { id } => t!("ec-due-on-non-milestone", id = id),
            P::AggregateOnDerived {
                id,
                metric,
                derived,
            } => match derived {
                Derived::Ratio => t!("ec-aggregate-on-ratio", id = id, metric = metric),
                Derived::Formula => t!("ec-aggregate-on-formula", id = id, metric = metric),
            },
            P::GuardrailAggregateOnDerived {
                id,
                metric,
                derived,
            } => match derived {
                Derived::Ratio => {
                    t!("ec-guardrail-aggregate-on-ratio", id = id, metric = metric)
                }
                Derived::Formula => {
                    t!(
                        "ec-guardrail-aggregate-on-formula",
                        id = id,
                        metric = metric
                    )
                }
            },
            P::ExperimentEndsBeforeStart { id } => {
                t!("ec-experiment-ends-before-start", id = id)
            }
            P::IceOutOfRange { found } => t!("ec-ice-out-of-range", found = found.to_string()),
            P::BadAssignment { found, plain: true } => {
                t!("ec-bad-assignment-key", found = found)
            }
            P::BadAssignment { found, .. } => t!("ec-bad-assignment", found = found),
            P::CannotEdit { id, path: p } => t!("ec-cannot-edit", id = id, path = path(p)),
            P::BadEdit { what, id, fault } => {
                let why = match fault {
                    EditFault::NotANumber { key, why } => {
                        t!("ec-edit-not-a-number", key = key, why = why)
                    }
                    EditFault::BadDate { key, found } => {
                        t!("ec-edit-bad-date", key = key, found = found)
                    }
                    EditFault::CannotWriteDate { key, date } => {
                        t!("ec-edit-cannot-write-date", key = key, date = day(*date))
                    }
                    EditFault::NotBool { key, found } => {
                        t!("ec-edit-not-bool", key = key, found = found)
                    }
                    EditFault::NotToml { key, message } => {
                        t!("ec-edit-not-toml", key = key, message = message)
                    }
                    EditFault::WrittenAsTable { key } => {
                        t!("ec-edit-written-as-table", key = key)
                    }
                };
                t!("ec-bad-edit", what = thing(*what), id = id, why = why)
            }
            P::MixedLineEnds { path: p } => t!("ec-mixed-line-ends", path = path(p)),
            P::CannotWrite {
                step,
                path: p,
                reason,
            } => {
                let (p, reason) = (path(p), reason.as_str());
                match step {
                    WriteStep::Read => t!("ec-cannot-write-read", path = p, reason = reason),
                    WriteStep::WriteBeside => {
                        t!("ec-cannot-write-beside", path = p, reason = reason)
                    }
                    WriteStep::Write => t!("ec-cannot-write", path = p, reason = reason),
                    WriteStep::Replace => {
                        t!("ec-cannot-write-replace", path = p, reason = reason)
                    }
                    WriteStep::SyncDir => t!("ec-cannot-write-sync", path = p, reason = reason),
                }
            }
            P::ChangedWhileEditing { path: p } => t!("ec-changed-while-editing", path = path(p)),
        }
    }

    fn unknown_message(&self, what: &Unknown, found: &str, known: &[String]) -> String {
        match what {
            Unknown::Key => t!(
                "ec-unknown-key",
                found = found,
                n = known.len(),
                known = listed(known)
            ),
            Unknown::Value => t!(
                "ec-unknown-value",
                found = found,
                n = known.len(),
                known = listed(known)
            ),
            Unknown::Locale => t!("ec-unknown-locale", found = found),
            Unknown::Status => t!("ec-unknown-status", found = found),
            Unknown::Source { metric } => {
                t!("ec-unknown-source", metric = metric, found = found)
            }
            Unknown::Metric { user } => match user {
                MetricUser::Ratio(m) => t!("ec-unknown-metric-ratio", ratio = m, found = found),
                MetricUser::Formula(m) => {
                    t!("ec-unknown-metric-formula", metric = m, found = found)
                }
                MetricUser::Guardrail => t!("ec-unknown-metric-guardrail", found = found),
                MetricUser::NorthStar => t!("ec-unknown-metric-north-star", found = found),
                MetricUser::NorthStarInput => {
                    t!("ec-unknown-metric-north-star-input", found = found)
                }
                MetricUser::KeyResult(id) => {
                    t!("ec-unknown-metric-key-result", id = id, found = found)
                }
                MetricUser::Experiment(id) => {
                    t!("ec-unknown-metric-experiment", id = id, found = found)
                }
            },
            Unknown::Parent { objective } => {
                t!("ec-unknown-parent", objective = objective, found = found)
            }
            Unknown::KeyResult { experiment } => t!(
                "ec-unknown-key-result",
                experiment = experiment,
                found = found
            ),
            Unknown::Id => t!("ec-unknown-id", found = found),
        }
    }

    pub fn hint(&self) -> Option<String> {
        use ConfigProblem as P;
        Some(match self {
            P::UnknownLanguage { suggestion, .. } => match suggestion {
                Some(code) => t!("error-unknown-language.hint-suggest", code = *code),
                None => t!(
                    "error-unknown-language.hint",
                    codes = crate::i18n::Lang::codes()
                ),
            },
            P::IsADirectory {
                inside: Some(inside),
                ..
            } => t!("ec-is-a-directory.hint-inside", inside = path(inside)),
            P::IsADirectory { .. } => t!("ec-is-a-directory.hint"),
            P::NoOkrFile { .. } => t!("ec-no-okr-file.hint"),
            P::CannotRead { why, .. } => match why {
                None => return None,
                Some(ReadFault::NotFound) => t!("ec-cannot-read.hint-not-found"),
                Some(ReadFault::PermissionDenied) => t!("ec-cannot-read.hint-permission"),
                Some(ReadFault::Other) => t!("ec-cannot-read.hint"),
            },
            P::TooLarge { .. } => t!("ec-too-large.hint"),
            P::NotUtf8 => t!("ec-not-utf8.hint"),
            P::IncludesTooDeep { .. } => t!("ec-includes-too-deep.hint"),
            P::IncludePattern { .. } => t!("ec-include-pattern-glob.hint"),
            P::IncludeMissing { .. } => t!("ec-include-missing.hint"),
            P::TooManyIncludes { .. } => t!("ec-too-many-includes.hint"),
            P::TomlSyntax { hint, .. } => match hint {
                TomlHint::None => return None,
                TomlHint::MissingKey => t!("ec-missing-key.hint"),
                TomlHint::InvalidType => t!("ec-invalid-type.hint"),
                TomlHint::DuplicateKey => t!("ec-duplicate-key.hint"),
                TomlHint::Date => t!("ec-bad-date.hint"),
                TomlHint::Syntax => t!("ec-toml-syntax.hint"),
            },
            P::UnknownName {
                what,
                suggestion,
                known,
                found,
            } => return Some(unknown_hint(what, found, suggestion.as_deref(), known)),
            P::MissingKey { .. } => t!("ec-missing-key.hint"),
            P::InvalidType { value: true, .. } => t!("ec-toml-syntax.hint"),
            P::InvalidType { .. } => t!("ec-invalid-type.hint"),
            P::BadDate { .. } => t!("ec-bad-date.hint"),
            P::DuplicateKey => t!("ec-duplicate-key.hint"),
            P::OnlyInMain { .. } => t!("ec-only-in-main.hint"),
            P::NoCycle => t!("ec-no-cycle.hint"),
            P::CycleEndsBeforeStart { .. } => t!("ec-cycle-ends-before-start.hint"),
            P::CycleTooLong { .. } => t!("ec-cycle-too-long.hint"),
            P::OutOfRange { key, limit, .. } => match (*key, limit) {
                ("at_risk_below", _) => t!("ec-range-share-above-zero.hint"),
                ("off_track_below", _) => t!("ec-range-share.hint"),
                ("stall_days", _) => t!("ec-range-at-least.hint-stall"),
                ("stale_days", _) => t!("ec-range-not-negative.hint"),
                ("settle_days", _) => t!("ec-range-at-least.hint-settle"),
                (_, Limit::AtMost(_)) => t!("ec-range-at-most.hint"),
                _ => t!("ec-range-above-zero.hint"),
            },
            P::OffTrackAboveAtRisk { .. } => t!("ec-off-track-above-at-risk.hint"),
            P::PendingNeverFails => t!("ec-pending-never-fails.hint"),
            P::DeclaredTwice { what, .. } => match what {
                Declared::Source => t!("ec-source-declared-twice.hint"),
                Declared::Metric => t!("ec-metric-declared-twice.hint"),
            },
            P::SourceNeeds { sort, .. } => match sort {
                SourceSort::Sqlite => t!("ec-source-needs-sqlite.hint"),
                SourceSort::Postgres => t!("ec-source-needs-postgres.hint"),
                SourceSort::Command => t!("ec-source-needs-command.hint"),
                _ => t!("ec-source-needs-path.hint"),
            },
            P::KeyNotForSource { sort, .. } => match sort {
                SourceSort::Command => t!("ec-key-not-for-command.hint"),
                SourceSort::Csv => t!("ec-key-not-for-csv.hint"),
                SourceSort::Sqlite | SourceSort::Postgres | SourceSort::Database => {
                    t!("ec-key-not-for-database.hint")
                }
                SourceSort::NotCommand => t!("ec-command-not-for-source.hint"),
            },
            P::UnsupportedDelimiter { .. } => t!("ec-unsupported-delimiter.hint"),
            P::UnsupportedDecimal { .. } => t!("ec-unsupported-decimal.hint"),
            P::BadDateFormat { .. } => t!("ec-bad-date-format.hint"),
            P::BadTable => t!("ec-bad-table.hint"),
            P::TimeoutTooShort | P::TimeoutTooLong { .. } => t!("ec-timeout-too-short.hint"),
            P::BadCommand { fault, .. } => match fault {
                CommandFault::Empty => t!("ec-command-empty.hint"),
                CommandFault::NoProgram => t!("ec-command-no-program.hint"),
                CommandFault::Nul => t!("ec-command-nul.hint"),
                CommandFault::StrayClose
                | CommandFault::Unclosed
                | CommandFault::UnknownPlaceholder(_) => t!("ec-command-unknown-placeholder.hint"),
            },
            P::BadMetricName { .. } => t!("ec-bad-metric-name.hint"),
            P::MetricKinds { .. } => t!("ec-metric-kinds.hint"),
            P::ColumnOnDerived { .. } => t!("ec-column-on-derived.hint"),
            P::FormulaSyntax { .. } => t!("ec-formula-unexpected.hint"),
            P::RatioOfRatio { .. } => t!("ec-ratio-of-ratio.hint"),
            P::Loop { what, .. } => match what {
                Looped::Formulas => t!("ec-formula-loop.hint"),
                Looped::Objectives => t!("ec-objective-loop.hint"),
            },
            P::GuardrailNoBound { .. } => t!("ec-guardrail-no-bound.hint"),
            P::GuardrailMinAboveMax { .. } => return None,
            P::NorthStarStartIsTarget => t!("ec-north-star-start-is-target.hint"),
            P::BadId { example, .. } => {
                return example
                    .as_ref()
                    .map(|id| t!("ec-bad-objective-id.hint", id = id))
            }
            P::DuplicateId {
                first_file,
                first_line,
                ..
            } => t!(
                "ec-duplicate-id.hint",
                file = path(first_file),
                line = first_line.to_string()
            ),
            P::DuplicateExperimentId { .. } => t!("ec-duplicate-experiment-id.hint"),
            P::DateOutsideCycle { .. } => t!("ec-date-outside-cycle.hint"),
            P::KeyWithout { key, .. } => match *key {
                "current" => t!("ec-key-without.hint-current"),
                "updated" => t!("ec-key-without.hint-updated"),
                "start" => t!("ec-key-without.hint-start"),
                _ => t!("ec-key-without.hint-target"),
            },
            P::BothKeys { first, .. } => match *first {
                "metric" => t!("ec-both-keys.hint-metric"),
                "at_least" => t!("ec-both-keys.hint-at-least"),
                _ => t!("ec-both-keys.hint-window"),
            },
            P::NoMeasure { .. } => t!("ec-no-measure.hint"),
            P::MilestoneExtras { .. } => t!("ec-milestone-extras.hint"),
            P::ThresholdWithStartTarget { .. } => t!("ec-threshold-with-start-target.hint"),
            P::StartIsTarget { .. } => t!("ec-start-is-target.hint"),
            P::NotFinite { .. } => return None,
            P::PlanDateOutside { .. } => t!("ec-plan-date-outside.hint"),
            P::PlanNotIncreasing { .. } => t!("ec-plan-not-increasing.hint"),
            P::EveryOnProgress { .. } => t!("ec-every-on-progress.hint"),
            P::DueOnNonMilestone { .. } => t!("ec-due-on-non-milestone.hint"),
            P::AggregateOnDerived { .. } => t!("ec-aggregate-on-ratio.hint"),
            P::GuardrailAggregateOnDerived { .. } => t!("ec-guardrail-aggregate-on-ratio.hint"),
            P::ExperimentEndsBeforeStart { .. } => return None,
            P::IceOutOfRange { .. } => t!("ec-ice-out-of-range.hint"),
            P::BadAssignment { .. } => return None,
            P::CannotEdit { .. } => return None,
            P::BadEdit { .. } => return None,
            P::MixedLineEnds { .. } => t!("ec-mixed-line-ends.hint"),
            P::CannotWrite { .. } => t!("ec-cannot-write.hint"),
            P::ChangedWhileEditing { .. } => t!("ec-changed-while-editing.hint"),
        })
    }
}

fn unknown_hint(what: &Unknown, found: &str, suggestion: Option<&str>, known: &[String]) -> String {
    let plain = known.join(", ");
    match (what, suggestion) {
        (Unknown::Locale, Some(best)) => {
            t!("ec-unknown-locale.hint-suggest", best = best, known = plain)
        }
        (Unknown::Locale, None) => t!("ec-unknown-locale.hint", known = plain),
        (Unknown::Metric { .. }, Some(best)) => t!("ec-unknown-metric.hint-suggest", best = best),
        (Unknown::Metric { .. }, None) => t!("ec-unknown-metric.hint", name = found),
        (_, Some(best)) => t!("ec-did-you-mean", best = best),
        (Unknown::Key, None) => t!("ec-unknown-key.hint", known = plain),
        (Unknown::Value, None) => t!("ec-unknown-value.hint", known = plain),
        (Unknown::Status, None) => t!("ec-unknown-status.hint", known = plain),
        (Unknown::Source { .. }, None) if known.is_empty() => t!("ec-unknown-source.hint-none"),
        (Unknown::Source { .. }, None) => t!("ec-unknown-source.hint", known = plain),
        (Unknown::Parent { .. }, None) => t!("ec-unknown-parent.hint"),
        (Unknown::KeyResult { .. }, None) => t!("ec-unknown-key-result.hint"),
        (Unknown::Id, None) => t!("ec-unknown-id.hint"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{self, Lang};

    /// An unknown key with a suggestion, a weight out of range, an
    /// unknown objective parent and a bad date.
    fn typical() -> [ConfigProblem; 4] {
        [
            ConfigProblem::unknown(Unknown::Key, "tittle", ["id", "title", "owner"]),
            ConfigProblem::OutOfRange {
                key: "weight",
                limit: Limit::AboveZero,
                found: -0.5,
            },
            ConfigProblem::unknown(
                Unknown::Parent {
                    objective: "grow".to_string(),
                },
                "revenu",
                ["revenue", "brand"],
            ),
            ConfigProblem::BadDate {
                found: Some("2026-13-01".to_string()),
                with_time: false,
            },
        ]
    }

    fn check(lang: Lang, want: [(&str, &str); 4]) {
        let _g = i18n::scoped(lang);
        for (problem, (message, hint)) in typical().iter().zip(want) {
            assert_eq!(problem.message(), message, "{lang}");
            assert_eq!(problem.hint().as_deref(), Some(hint), "{lang}");
        }
    }

    #[test]
    fn typical_problems_in_english() {
        check(
            Lang::En,
            [
                (
                    "unknown field `tittle`, expected one of `id`, `title`, `owner`",
                    "did you mean `title`?",
                ),
                (
                    "weight must be above 0, found -0.5",
                    "leave it out for the default weight 1",
                ),
                (
                    "objective `grow` aligns under unknown objective `revenu`",
                    "did you mean `revenue`?",
                ),
                (
                    "expected a date such as 2026-01-01, found \"2026-13-01\"",
                    "write dates as YYYY-MM-DD without quotes, e.g. start = 2026-01-01",
                ),
            ],
        );
    }

    #[test]
    fn typical_problems_in_swedish() {
        check(
            Lang::Sv,
            [
                (
                    "okänd nyckel `tittle`, förväntade en av `id`, `title`, `owner`",
                    "menade du `title`?",
                ),
                (
                    "weight måste vara större än 0, hittade -0,5",
                    "utelämna den för standardvikten 1",
                ),
                (
                    "målet `grow` är kopplat till det okända målet `revenu`",
                    "menade du `revenue`?",
                ),
                (
                    "förväntade ett datum som 2026-01-01, hittade \"2026-13-01\"",
                    "skriv datum som ÅÅÅÅ-MM-DD utan citattecken, t.ex. start = 2026-01-01",
                ),
            ],
        );
    }

    #[test]
    fn typical_problems_in_norwegian() {
        check(
            Lang::Nb,
            [
                (
                    "ukjent nøkkel `tittle`, forventet en av `id`, `title`, `owner`",
                    "mente du `title`?",
                ),
                (
                    "weight må være større enn 0, fant -0,5",
                    "utelat den for standardvekten 1",
                ),
                (
                    "målet `grow` er knyttet til det ukjente målet `revenu`",
                    "mente du `revenue`?",
                ),
                (
                    "forventet en dato som 2026-01-01, fant \"2026-13-01\"",
                    "skriv datoer som ÅÅÅÅ-MM-DD uten anførselstegn, f.eks. start = 2026-01-01",
                ),
            ],
        );
    }

    #[test]
    fn typical_problems_in_danish() {
        check(
            Lang::Da,
            [
                (
                    "ukendt nøgle `tittle`, forventede en af `id`, `title`, `owner`",
                    "mente du `title`?",
                ),
                (
                    "weight skal være større end 0, fandt -0,5",
                    "udelad den for standardvægten 1",
                ),
                (
                    "målet `grow` er knyttet til det ukendte mål `revenu`",
                    "mente du `revenue`?",
                ),
                (
                    "forventede en dato som 2026-01-01, fandt \"2026-13-01\"",
                    "skriv datoer som ÅÅÅÅ-MM-DD uden anførselstegn, f.eks. start = 2026-01-01",
                ),
            ],
        );
    }

    #[test]
    fn typical_problems_in_finnish() {
        check(
            Lang::Fi,
            [
                (
                    "tuntematon avain `tittle`, odotettiin jotakin näistä: `id`, `title`, `owner`",
                    "tarkoititko `title`?",
                ),
                (
                    "arvon weight on oltava suurempi kuin 0, löytyi -0,5",
                    "jätä se pois, niin paino on oletusarvo 1",
                ),
                (
                    "tavoite `grow` on kytketty tuntemattomaan tavoitteeseen `revenu`",
                    "tarkoititko `revenue`?",
                ),
                (
                    "odotettiin päivämäärää, kuten 2026-01-01, löytyi \"2026-13-01\"",
                    "kirjoita päivämäärät muodossa VVVV-KK-PP ilman lainausmerkkejä, esim. start = 2026-01-01",
                ),
            ],
        );
    }

    #[test]
    fn dates_and_numbers_follow_the_locale() {
        let d = |m, d| NaiveDate::from_ymd_opt(2026, m, d).unwrap();
        let problem = ConfigProblem::CycleEndsBeforeStart {
            start: d(3, 1),
            end: d(1, 31),
        };
        let cases = [
            (
                Lang::En,
                "the cycle ends (2026-01-31) before it starts (2026-03-01)",
            ),
            (
                Lang::Sv,
                "perioden slutar (2026-01-31) innan den börjar (2026-03-01)",
            ),
            (
                Lang::Nb,
                "perioden slutter (31.01.2026) før den begynner (01.03.2026)",
            ),
            (
                Lang::Fi,
                "jakso päättyy (31.1.2026) ennen kuin se alkaa (1.3.2026)",
            ),
        ];
        for (lang, want) in cases {
            let _g = i18n::scoped(lang);
            assert_eq!(problem.message(), want);
        }
        let big = ConfigProblem::OutOfRange {
            key: "weight",
            limit: Limit::AtMost(1e6),
            found: 2.5e300,
        };
        let _g = i18n::scoped(Lang::Da);
        assert_eq!(big.message(), "weight må højst være 1000000, fandt 2,5e300");
        // English under a Swedish number locale: decimal commas too.
        let _g = i18n::scoped_with(Lang::En, crate::render::number::Locale::from_tag("sv-SE"));
        assert_eq!(typical()[1].message(), "weight must be above 0, found -0,5");
    }
}
