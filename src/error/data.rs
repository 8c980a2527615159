//! Problems in metric sources, check-in logs, records and command lines,
//! as data. Worded here, once, in the reader's language (`i18n/*.ftl`,
//! section "errors-data", ids `ed-...`).
//!
//! A variant carries what a sentence needs (file, column, line, what was
//! expected, what was found, a suggestion), never a sentence. Texts that
//! come from elsewhere (an operating system's or a library's reason, a
//! command's stderr) travel as `reason` and are shown as they are.

use std::fmt;
use std::path::PathBuf;

use crate::t;

/// A delimiter as people read it: `,` `;` `|`, or "tab".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Delimiter(pub u8);

impl Delimiter {
    /// `,` or `tab`.
    pub fn name(self) -> String {
        match self.0 {
            b'\t' => t!("ed-delimiter-tab"),
            other => (other as char).to_string(),
        }
    }

    /// As written in the `delimiter` option: `,` or `\t`.
    pub fn option(self) -> String {
        match self.0 {
            b'\t' => "\\t".to_string(),
            other => (other as char).to_string(),
        }
    }
}

/// `` `a`, `b`, `c` ``, or "no columns".
fn listed(columns: &[String]) -> String {
    if columns.is_empty() {
        return t!("ed-no-columns");
    }
    columns
        .iter()
        .map(|c| format!("`{c}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

fn shown(path: &std::path::Path) -> String {
    path.display().to_string()
}

/// How a file's dates were read, for hints.
#[derive(Debug, Clone, PartialEq)]
pub enum DateReading {
    /// A `strftime` format, set by `date_format` (`set`) or sniffed.
    Format { format: String, set: bool },
    /// Day numbers from a start date (ISO).
    DayCount { start: String },
}

impl DateReading {
    fn describe(&self) -> String {
        match self {
            DateReading::Format { format, .. } => format.clone(),
            DateReading::DayCount { start } => t!("ed-date-day-count", start = start.as_str()),
        }
    }

    fn how(&self) -> String {
        match self {
            DateReading::Format { set: true, .. } => t!("ed-date-how-set"),
            DateReading::Format { set: false, .. } => t!("ed-date-how-sniffed"),
            DateReading::DayCount { .. } => t!("ed-date-how-day-number"),
        }
    }
}

/// Why an invalid date cell is not read, for its hint.
#[derive(Debug, Clone, PartialEq)]
pub enum DateMiss {
    /// Another column of the row holds a date (`shown` with invisible
    /// characters escaped, `name` as written in the header).
    OtherColumn { shown: String, name: String },
    /// Shaped as a date, but no day of the calendar (`2026-02-30`).
    NoSuchDay,
    /// No date in any shape okr reads.
    NoShape,
}

/// What a header lacks (or has twice); `columns` are the header's.
#[derive(Debug, Clone, PartialEq)]
pub enum HeaderProblem {
    /// An option (`date_column`, `metric_column`, ...) names no column.
    NoNamedColumn {
        name: String,
        key: String,
        source: String,
        line: usize,
        columns: Vec<String>,
        suggestion: Option<String>,
    },
    /// A wide file without the column of a metric.
    NoMetricColumn {
        column: String,
        metric: String,
        line: usize,
        columns: Vec<String>,
        suggestion: Option<String>,
    },
    /// A metric's column twice (fields 1-based).
    DuplicateColumn {
        column: String,
        metric: String,
        line: usize,
        first: usize,
        second: usize,
    },
    /// No column holds dates.
    NoDateColumn {
        line: usize,
        columns: Vec<String>,
        source: String,
    },
    /// A long file without `metric`, `value` or `segment` (`default`).
    LongNeeds {
        default: String,
        line: usize,
        columns: Vec<String>,
        source: String,
        /// The header has a column for every metric read.
        wide_reads: bool,
    },
    /// A metric reads a segment and the file has no segment column.
    NoSegmentColumn {
        metric: String,
        segment: String,
        line: usize,
        columns: Vec<String>,
        source: String,
    },
}

impl HeaderProblem {
    fn message(&self) -> String {
        match self {
            HeaderProblem::NoNamedColumn {
                name,
                key,
                source,
                line,
                columns,
                ..
            } => t!(
                "ed-no-named-column",
                name = name,
                key = key,
                source = source,
                line = line.to_string(),
                columns = listed(columns)
            ),
            HeaderProblem::NoMetricColumn {
                column,
                metric,
                line,
                columns,
                ..
            } => t!(
                "ed-no-metric-column",
                column = column,
                metric = metric,
                line = line.to_string(),
                columns = listed(columns)
            ),
            HeaderProblem::DuplicateColumn {
                column,
                metric,
                line,
                first,
                second,
            } => t!(
                "ed-duplicate-column",
                column = column,
                metric = metric,
                line = line.to_string(),
                first = first.to_string(),
                second = second.to_string()
            ),
            HeaderProblem::NoDateColumn { line, columns, .. } => t!(
                "ed-no-date-column",
                line = line.to_string(),
                columns = listed(columns)
            ),
            HeaderProblem::LongNeeds {
                default,
                line,
                columns,
                ..
            } => t!(
                "ed-long-needs",
                default = default,
                line = line.to_string(),
                columns = listed(columns)
            ),
            HeaderProblem::NoSegmentColumn {
                metric,
                segment,
                line,
                columns,
                ..
            } => t!(
                "ed-no-segment-column",
                metric = metric,
                segment = segment,
                line = line.to_string(),
                columns = listed(columns)
            ),
        }
    }

    fn hint(&self) -> String {
        match self {
            HeaderProblem::NoNamedColumn {
                key,
                source,
                suggestion,
                ..
            } => match suggestion {
                Some(c) => t!("ed-no-named-column.hint-suggest", key = key, column = c),
                None => t!("ed-no-named-column.hint", key = key, source = source),
            },
            HeaderProblem::NoMetricColumn {
                metric, suggestion, ..
            } => match suggestion {
                Some(c) => t!(
                    "ed-no-metric-column.hint-suggest",
                    metric = metric,
                    column = c
                ),
                None => t!("ed-no-metric-column.hint", metric = metric),
            },
            HeaderProblem::DuplicateColumn { .. } => t!("ed-duplicate-column.hint"),
            HeaderProblem::NoDateColumn { source, .. } => {
                t!("ed-no-date-column.hint", source = source)
            }
            HeaderProblem::LongNeeds {
                source, wide_reads, ..
            } => {
                if *wide_reads {
                    t!("ed-long-needs.hint-wide", source = source)
                } else {
                    t!("ed-long-needs.hint", source = source)
                }
            }
            HeaderProblem::NoSegmentColumn { metric, source, .. } => {
                t!(
                    "ed-no-segment-column.hint",
                    source = source,
                    metric = metric
                )
            }
        }
    }
}

/// A likelier cause of a header problem than the header itself.
#[derive(Debug, Clone, PartialEq)]
pub enum HeaderCause {
    /// A later line looks like the header: `skip_rows = n`.
    SkipRows { n: usize, source: String },
    /// The header is one column with `used`, `count` with `better`.
    Delimiter {
        used: Delimiter,
        better: Delimiter,
        count: usize,
        source: String,
    },
    /// One column whatever the delimiter.
    NoDelimiter { source: String },
}

/// What a cell in a row of a CSV file holds that okr cannot read.
#[derive(Debug, Clone, PartialEq)]
pub enum CellProblem {
    /// Infinity, or beyond f64.
    NotFinite { column: String, found: String },
    /// A quoted cell runs to the end of the file.
    UnclosedQuote { column: String },
    /// Not a number with the file's decimal mark.
    InvalidNumber {
        column: String,
        /// The cell, invisible characters escaped.
        found: String,
        decimal: char,
        /// `decimal` given on the source (else sniffed).
        set: bool,
        /// The other mark reads the cell.
        other_reads: bool,
        source: String,
    },
    /// A date without a year (`31 Jan`).
    NoYear { column: String, found: String },
    /// Not a date as the file's dates read.
    InvalidDate {
        column: String,
        found: String,
        reading: DateReading,
        miss: DateMiss,
        source: String,
    },
    /// A row covering more than one day (Meta Ads).
    MultiDay { start: String, end: String },
    /// A total row beside segment rows.
    DoubleCount {
        metric: String,
        date: String,
        blank: usize,
        segmented: usize,
        example: Option<String>,
    },
    /// Fewer fields than the header; `better` makes them fit.
    TooFewFields {
        fields: usize,
        header_line: usize,
        width: usize,
        used: Delimiter,
        better: Option<Delimiter>,
        source: String,
    },
    /// A filled field beyond the header's (1-based `field`).
    TooManyFields {
        fields: usize,
        header_line: usize,
        width: usize,
        field: usize,
        found: String,
        used: Delimiter,
        source: String,
    },
}

/// How a command ended that did not exit with 0.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CommandEnd {
    Exited(i32),
    Killed(i32),
    Failed,
}

/// A `kind = "command"` source's command (`program`) did not give CSV.
#[derive(Debug, Clone, PartialEq)]
pub enum CommandProblem {
    /// Read as a command, declared as something else.
    NotACommand,
    /// `command` is empty or starts with a placeholder.
    NoProgram,
    /// Commands are not allowed in this run.
    /// `env`: the variable that allows them.
    NotAllowed {
        program: String,
        env: String,
    },
    /// A metric name `{metrics}` cannot quote (`name` escaped).
    UnsafeName {
        metric: String,
        name: String,
    },
    NoTempFile {
        reason: String,
    },
    CannotWriteOutput {
        reason: String,
    },
    /// The program cannot start.
    CannotRun {
        program: String,
        reason: String,
        not_found: bool,
        denied: bool,
        source: String,
    },
    /// No pipe to its output.
    NoPipe,
    Timeout {
        program: String,
        seconds: u64,
        source: String,
    },
    CannotWait {
        program: String,
        reason: String,
    },
    TooMuchOutput {
        program: String,
        gib: u64,
    },
    NoOutput {
        program: String,
    },
    CannotReadOutput {
        program: String,
        reason: String,
    },
    /// Something it started kept stdout open.
    KeptOpen {
        program: String,
    },
    /// It failed; the end of its stderr (escaped, lines joined) and whether
    /// that is cut.
    Failed {
        program: String,
        end: CommandEnd,
        stderr: Option<(String, bool)>,
        source: String,
    },
}

impl CommandProblem {
    fn message(&self) -> String {
        match self {
            CommandProblem::NotACommand => t!("ed-not-a-command"),
            CommandProblem::NoProgram => t!("ed-no-program"),
            CommandProblem::NotAllowed { program, .. } => {
                t!("ed-command-not-allowed", program = program)
            }
            CommandProblem::UnsafeName { metric, name } => {
                t!("ed-unsafe-metric-name", metric = metric, name = name)
            }
            CommandProblem::NoTempFile { reason } => t!("ed-no-temp-file", reason = reason),
            CommandProblem::CannotWriteOutput { reason } => {
                t!("ed-cannot-write-output", reason = reason)
            }
            CommandProblem::CannotRun {
                program,
                reason,
                not_found,
                denied,
                ..
            } => {
                let reason = if *not_found {
                    t!("ed-cannot-run.not-found")
                } else if *denied {
                    t!("ed-cannot-run.denied")
                } else {
                    reason.clone()
                };
                t!("ed-cannot-run", program = program, reason = reason)
            }
            CommandProblem::NoPipe => t!("ed-no-pipe"),
            CommandProblem::Timeout {
                program, seconds, ..
            } => t!(
                "ed-command-timeout",
                program = program,
                seconds = seconds.to_string()
            ),
            CommandProblem::CannotWait { program, reason } => {
                t!("ed-cannot-wait", program = program, reason = reason)
            }
            CommandProblem::TooMuchOutput { program, gib } => t!(
                "ed-too-much-output",
                program = program,
                gib = gib.to_string()
            ),
            CommandProblem::NoOutput { program } => t!("ed-no-output", program = program),
            CommandProblem::CannotReadOutput { program, reason } => {
                t!("ed-cannot-read-output", program = program, reason = reason)
            }
            CommandProblem::KeptOpen { program } => t!("ed-kept-open", program = program),
            CommandProblem::Failed {
                program,
                end,
                stderr,
                ..
            } => {
                let how = match end {
                    CommandEnd::Exited(code) => {
                        t!(
                            "ed-command-exited",
                            program = program,
                            code = code.to_string()
                        )
                    }
                    CommandEnd::Killed(signal) => t!(
                        "ed-command-killed",
                        program = program,
                        signal = signal.to_string()
                    ),
                    CommandEnd::Failed => t!("ed-command-failed", program = program),
                };
                match stderr {
                    None => t!("ed-command-silent", how = how),
                    Some((text, false)) => t!("ed-command-stderr", how = how, stderr = text),
                    Some((text, true)) => {
                        t!("ed-command-stderr-ends", how = how, stderr = text)
                    }
                }
            }
        }
    }

    fn hint(&self) -> Option<String> {
        Some(match self {
            CommandProblem::NotAllowed { program, env } => {
                t!("ed-command-not-allowed.hint", program = program, env = env)
            }
            CommandProblem::UnsafeName { .. } => t!("ed-unsafe-metric-name.hint"),
            CommandProblem::CannotRun { source, .. } => t!("ed-cannot-run.hint", source = source),
            CommandProblem::Timeout {
                seconds, source, ..
            } => t!(
                "ed-command-timeout.hint",
                seconds = seconds.saturating_mul(4).to_string(),
                source = source
            ),
            CommandProblem::TooMuchOutput { .. } => t!("ed-too-much-output.hint"),
            CommandProblem::NoOutput { .. } => t!("ed-no-output.hint"),
            CommandProblem::Failed { source, .. } => t!("ed-command-failed.hint", source = source),
            _ => return None,
        })
    }
}

/// A command-line flag's value okr refuses.
#[derive(Debug, Clone, PartialEq)]
pub enum FlagProblem {
    /// `--as-of` and other dates.
    Date { found: String },
    /// `yesterday` before the first day chrono knows.
    NoSuchDate,
    /// `--lang`.
    Lang { found: String },
    /// `--group-by`.
    GroupBy { found: String },
    /// `--since` further back than `max` days.
    SinceTooFar { found: String, max: u32 },
    /// `--since`.
    Since { found: String },
    /// A status name of `--fail-on` or `--warn-on`; `names` listed.
    UnknownStatus {
        found: String,
        suggestion: Option<String>,
        names: String,
    },
}

impl FlagProblem {
    pub fn message(&self) -> String {
        match self {
            FlagProblem::Date { found } => t!("ed-flag-date", found = found),
            FlagProblem::NoSuchDate => t!("ed-flag-no-such-date"),
            FlagProblem::Lang { found } => t!(
                "ed-flag-lang",
                found = found,
                codes = crate::i18n::Lang::codes()
            ),
            FlagProblem::GroupBy { found } => t!("ed-flag-group-by", found = found),
            FlagProblem::SinceTooFar { found, max } => t!(
                "ed-flag-since-too-far",
                found = found,
                max = max.to_string()
            ),
            FlagProblem::Since { found } => t!("ed-flag-since", found = found),
            FlagProblem::UnknownStatus {
                found,
                suggestion,
                names,
            } => match suggestion {
                Some(best) => t!(
                    "ed-flag-status.suggest",
                    found = found,
                    best = best,
                    names = names
                ),
                None => t!("ed-flag-status", found = found, names = names),
            },
        }
    }
}

impl fmt::Display for FlagProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message())
    }
}

impl std::error::Error for FlagProblem {}

/// `okr checkin` refuses what it was given; `kr` is a key result's id.
#[derive(Debug, Clone, PartialEq)]
pub enum CheckinProblem {
    ReadsMetric {
        kr: String,
        metric: String,
    },
    AllNeedsTerminal,
    CannotReadAnswer {
        reason: String,
    },
    /// `explicit`: `--date` (else today); days ISO.
    OutsideCycle {
        explicit: bool,
        date: String,
        cycle: String,
        start: String,
        end: String,
    },
    MilestoneTakesNoValue {
        kr: String,
    },
    MilestoneNeedsDone {
        kr: String,
    },
    NothingCheckedIn,
    NotAMilestone {
        kr: String,
    },
    ValueRequired {
        kr: String,
    },
    /// `reason` from the value reader.
    BadValue {
        value: String,
        reason: String,
    },
    NoValue,
}

impl CheckinProblem {
    fn message(&self) -> String {
        match self {
            CheckinProblem::ReadsMetric { kr, metric } => {
                t!("ed-checkin-reads-metric", kr = kr, metric = metric)
            }
            CheckinProblem::AllNeedsTerminal => t!("ed-checkin-all-needs-terminal"),
            CheckinProblem::CannotReadAnswer { reason } => {
                t!("ed-checkin-cannot-read-answer", reason = reason)
            }
            CheckinProblem::OutsideCycle {
                explicit,
                date,
                cycle,
                start,
                end,
            } => {
                if *explicit {
                    t!(
                        "ed-checkin-outside-cycle.date",
                        date = date,
                        cycle = cycle,
                        start = start,
                        end = end
                    )
                } else {
                    t!(
                        "ed-checkin-outside-cycle.today",
                        date = date,
                        cycle = cycle,
                        start = start,
                        end = end
                    )
                }
            }
            CheckinProblem::MilestoneTakesNoValue { kr } => {
                t!("ed-checkin-milestone-no-value", kr = kr)
            }
            CheckinProblem::MilestoneNeedsDone { kr } => {
                t!("ed-checkin-milestone-needs-done", kr = kr)
            }
            CheckinProblem::NothingCheckedIn => t!("ed-checkin-nothing"),
            CheckinProblem::NotAMilestone { kr } => t!("ed-checkin-not-a-milestone", kr = kr),
            CheckinProblem::ValueRequired { .. } => t!("ed-checkin-value-required"),
            CheckinProblem::BadValue { value, reason } => {
                t!("ed-checkin-bad-value", value = value, reason = reason)
            }
            CheckinProblem::NoValue => t!("ed-checkin-no-value"),
        }
    }

    fn hint(&self) -> Option<String> {
        Some(match self {
            CheckinProblem::ReadsMetric { kr, .. } => t!("ed-checkin-reads-metric.hint", kr = kr),
            CheckinProblem::AllNeedsTerminal => t!("ed-checkin-all-needs-terminal.hint"),
            CheckinProblem::OutsideCycle { .. } => t!("ed-checkin-outside-cycle.hint"),
            CheckinProblem::MilestoneTakesNoValue { kr } => {
                t!("ed-checkin-milestone-no-value.hint", kr = kr)
            }
            CheckinProblem::NotAMilestone { kr } => t!("ed-checkin-not-a-milestone.hint", kr = kr),
            CheckinProblem::ValueRequired { kr } => t!("ed-checkin-value-required.hint", kr = kr),
            CheckinProblem::BadValue { .. } => t!("ed-checkin-bad-value.hint"),
            _ => return None,
        })
    }
}

impl From<CheckinProblem> for crate::error::Problem {
    fn from(p: CheckinProblem) -> Self {
        crate::error::Problem::Data(DataProblem::Checkin(p))
    }
}

/// A command's own refusal (`okr next`, `close`, `experiment`, `set`,
/// `report`, `north-star`, `completions`, `check`, `sources`, `log`); days
/// and paths already written for people.
#[derive(Debug, Clone, PartialEq)]
pub enum CliProblem {
    /// `okr check --fail-on ''`; `example` the default statuses.
    FailOnEmpty {
        example: String,
    },
    /// `okr close` before the cycle's end, without `--force`.
    CloseEarly {
        cycle: String,
        end: String,
        as_of: String,
    },
    /// `okr man --dir` that is no directory.
    NotADirectory {
        path: PathBuf,
    },
    /// `okr experiment --file` names none of the OKR files.
    NotAnOkrFile {
        path: PathBuf,
    },
    /// The edited file would not validate (`problems` as printed).
    EditInvalid {
        path: PathBuf,
        problems: String,
    },
    /// `okr set`: as `EditInvalid`, `changes` the assignments.
    SetInvalid {
        path: PathBuf,
        changes: String,
        problems: String,
    },
    NextEndsBeforeStart {
        start: String,
        end: String,
    },
    NextSameName {
        name: String,
    },
    /// `first` the first day the next cycle may start.
    NextStartsEarly {
        start: String,
        end: String,
        first: String,
    },
    /// `record` the file `okr close` writes.
    NextNoRecord {
        cycle: String,
        record: PathBuf,
    },
    NextInvalid {
        problems: String,
    },
    NoNorthStar {
        path: PathBuf,
    },
    ReportFormat {
        path: PathBuf,
    },
    NoSourceReport,
    LogNotUtf8,
    /// `okr experiment start|finish ID`: `kind` what `id` names instead
    /// (an objective or a key result), `suggestion` the closest experiment.
    NotAnExperiment {
        id: String,
        kind: Option<IdKind>,
        suggestion: Option<String>,
    },
}

impl CliProblem {
    pub fn message(&self) -> String {
        match self {
            CliProblem::FailOnEmpty { .. } => t!("ed-cli-fail-on-empty"),
            CliProblem::CloseEarly { cycle, end, as_of } => t!(
                "ed-cli-close-early",
                cycle = cycle,
                end = end,
                as_of = as_of
            ),
            CliProblem::NotADirectory { path } => {
                t!("ed-cli-not-a-directory", path = shown(path))
            }
            CliProblem::NotAnOkrFile { path } => t!("ed-cli-not-an-okr-file", path = shown(path)),
            CliProblem::EditInvalid { path, problems } => format!(
                "{}\n{problems}",
                t!("ed-cli-edit-invalid", path = shown(path))
            ),
            CliProblem::SetInvalid {
                path,
                changes,
                problems,
            } => format!(
                "{}\n{problems}",
                t!("ed-cli-set-invalid", path = shown(path), changes = changes)
            ),
            CliProblem::NextEndsBeforeStart { start, end } => {
                t!("ed-cli-next-ends-before-start", start = start, end = end)
            }
            CliProblem::NextSameName { name } => t!("ed-cli-next-same-name", name = name),
            CliProblem::NextStartsEarly { start, end, .. } => {
                t!("ed-cli-next-starts-early", start = start, end = end)
            }
            CliProblem::NextNoRecord { cycle, .. } => t!("ed-cli-next-no-record", cycle = cycle),
            CliProblem::NextInvalid { problems } => {
                format!("{}\n{problems}", t!("ed-cli-next-invalid"))
            }
            CliProblem::NoNorthStar { path } => t!("ed-cli-no-north-star", path = shown(path)),
            CliProblem::ReportFormat { path } => t!("ed-cli-report-format", path = shown(path)),
            CliProblem::NoSourceReport => t!("ed-cli-no-source-report"),
            CliProblem::LogNotUtf8 => t!("ed-cli-log-not-utf8"),
            CliProblem::NotAnExperiment { id, kind, .. } => match kind {
                Some(IdKind::Objective) => t!("ed-cli-not-an-experiment.objective", id = id),
                Some(IdKind::KeyResult) => t!("ed-cli-not-an-experiment.key-result", id = id),
                _ => t!("ed-cli-not-an-experiment", id = id),
            },
        }
    }

    fn hint(&self) -> Option<String> {
        Some(match self {
            CliProblem::FailOnEmpty { example } => {
                t!("ed-cli-fail-on-empty.hint", example = example)
            }
            CliProblem::CloseEarly { end, as_of, .. } => {
                t!("ed-cli-close-early.hint", end = end, as_of = as_of)
            }
            CliProblem::NotADirectory { .. } => t!("ed-cli-not-a-directory.hint"),
            CliProblem::NotAnOkrFile { .. } => t!("ed-cli-not-an-okr-file.hint"),
            CliProblem::NextEndsBeforeStart { .. } => t!("ed-cli-next-ends-before-start.hint"),
            CliProblem::NextSameName { .. } => t!("ed-cli-next-same-name.hint"),
            CliProblem::NextStartsEarly { first, .. } => {
                t!("ed-cli-next-starts-early.hint", first = first)
            }
            CliProblem::NextNoRecord { record, .. } => {
                t!("ed-cli-next-no-record.hint", record = shown(record))
            }
            CliProblem::NextInvalid { .. } => t!("ed-cli-next-invalid.hint"),
            CliProblem::NoNorthStar { .. } => t!("ed-cli-no-north-star.hint"),
            CliProblem::ReportFormat { .. } => t!("ed-cli-report-format.hint"),
            CliProblem::NotAnExperiment { suggestion, .. } => match suggestion {
                Some(best) => t!("ed-cli-not-an-experiment.hint-suggest", best = best),
                None => t!("ed-cli-not-an-experiment.hint"),
            },
            _ => return None,
        })
    }
}

impl From<CliProblem> for crate::error::Problem {
    fn from(p: CliProblem) -> Self {
        crate::error::Problem::Data(DataProblem::Cli(p))
    }
}

/// What kind of thing an id or name on the command line should name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IdKind {
    KeyResult,
    Objective,
    /// `okr show`: either.
    Any,
    Source,
}

/// A file okr keeps (a cycle's record, the check-in log, the edit lock),
/// a file it writes, or a name on the command line.
#[derive(Debug, Clone, PartialEq)]
pub enum FileProblem {
    /// `reason` from the system.
    CannotRead {
        path: PathBuf,
        reason: String,
    },
    RecordNotAFile {
        path: PathBuf,
    },
    RecordTooLarge {
        path: PathBuf,
        mib: u64,
    },
    /// Not the JSON of a record (`reason` from the JSON reader).
    RecordUnreadable {
        path: PathBuf,
        reason: String,
    },
    RecordFormat {
        path: PathBuf,
        found: u32,
        known: u32,
    },
    LogTooLarge {
        path: PathBuf,
        mib: u64,
    },
    LogUnreadable {
        path: PathBuf,
        reason: String,
    },
    /// The csv reader's reason.
    LogNotCsv {
        reason: String,
    },
    /// A check-in row names no key result.
    LogUnknownKeyResult {
        id: String,
        suggestion: Option<String>,
    },
    CannotLock {
        dir: PathBuf,
        reason: String,
    },
    /// Another okr holds the edit lock (`seconds` waited, `env` raises it).
    Busy {
        main: PathBuf,
        seconds: String,
        env: String,
    },
    /// An id or name that names nothing; `is_objective`: a key result was
    /// asked for and `id` is an objective's.
    UnknownId {
        kind: IdKind,
        id: String,
        suggestion: Option<String>,
        is_objective: bool,
    },
    /// `--owner` that owns nothing; `owners` listed.
    UnknownOwner {
        owner: String,
        owners: String,
    },
    /// `--since` after `--as-of` (ISO days); `report`: of `okr report`.
    SinceAfterAsOf {
        since: String,
        as_of: String,
        report: bool,
    },
    Exists {
        path: PathBuf,
    },
    WriteToDirectory {
        path: PathBuf,
    },
    WriteToSpecial {
        path: PathBuf,
    },
    CannotWriteIn {
        dir: PathBuf,
        reason: String,
    },
    SymlinkLoop {
        path: PathBuf,
    },
}

impl FileProblem {
    fn message(&self) -> String {
        match self {
            FileProblem::CannotRead { path, reason }
            | FileProblem::LogUnreadable { path, reason } => {
                t!("ed-cannot-read", path = shown(path), reason = reason)
            }
            FileProblem::RecordNotAFile { path } => t!("ed-not-a-file", path = shown(path)),
            FileProblem::RecordTooLarge { path, mib } => t!(
                "ed-record-too-large",
                path = shown(path),
                mib = mib.to_string()
            ),
            FileProblem::RecordUnreadable { path, reason } => {
                t!("ed-record-unreadable", path = shown(path), reason = reason)
            }
            FileProblem::RecordFormat { path, found, known } => t!(
                "ed-record-format",
                path = shown(path),
                found = found.to_string(),
                known = known.to_string()
            ),
            FileProblem::LogTooLarge { path, mib } => t!(
                "ed-log-too-large",
                path = shown(path),
                mib = mib.to_string()
            ),
            FileProblem::LogNotCsv { reason } => t!("ed-log-not-csv", reason = reason),
            FileProblem::LogUnknownKeyResult { id, .. } => t!("ed-log-unknown-key-result", id = id),
            FileProblem::CannotLock { dir, reason } => {
                t!("ed-cannot-lock", dir = shown(dir), reason = reason)
            }
            FileProblem::Busy { main, seconds, .. } => {
                t!("ed-busy", main = shown(main), seconds = seconds)
            }
            FileProblem::UnknownId { kind, id, .. } => match kind {
                IdKind::KeyResult => t!("ed-unknown-id.key-result", id = id),
                IdKind::Objective => t!("ed-unknown-id.objective", id = id),
                IdKind::Any => t!("ed-unknown-id.any", id = id),
                IdKind::Source => t!("ed-unknown-id.source", id = id),
            },
            FileProblem::UnknownOwner { owner, .. } => t!("ed-unknown-owner", owner = owner),
            FileProblem::SinceAfterAsOf { since, as_of, .. } => {
                t!("ed-since-after-as-of", since = since, as_of = as_of)
            }
            FileProblem::Exists { path } => t!("ed-exists", path = shown(path)),
            FileProblem::WriteToDirectory { path } => {
                t!("ed-write-to-directory", path = shown(path))
            }
            FileProblem::WriteToSpecial { path } => t!("ed-write-to-special", path = shown(path)),
            FileProblem::CannotWriteIn { dir, reason } => {
                t!("ed-cannot-write-in", dir = shown(dir), reason = reason)
            }
            FileProblem::SymlinkLoop { path } => t!("ed-symlink-loop", path = shown(path)),
        }
    }

    fn hint(&self) -> Option<String> {
        Some(match self {
            FileProblem::CannotRead { .. } | FileProblem::RecordTooLarge { .. } => return None,
            FileProblem::LogNotCsv { .. } => t!("ed-log-not-csv.hint"),
            FileProblem::LogUnreadable { .. } => t!("ed-log-unreadable-hint"),
            FileProblem::RecordNotAFile { .. } => t!("ed-not-a-file.hint-record"),
            FileProblem::RecordUnreadable { .. } => t!("ed-record-unreadable.hint"),
            FileProblem::RecordFormat { .. } => t!("ed-record-format.hint"),
            FileProblem::LogTooLarge { .. } => t!("ed-log-too-large.hint"),
            FileProblem::LogUnknownKeyResult { suggestion, .. } => match suggestion {
                Some(best) => t!("ed-did-you-mean", best = best),
                None => t!("ed-unknown-id.hint-key-result"),
            },
            FileProblem::CannotLock { .. } => t!("ed-cannot-lock.hint"),
            FileProblem::Busy { env, .. } => t!("ed-busy.hint", env = env),
            FileProblem::UnknownId {
                kind,
                id,
                suggestion,
                is_objective,
            } => match (suggestion, is_objective) {
                (_, true) => t!("ed-unknown-id.hint-is-objective", id = id),
                (Some(best), false) => t!("ed-did-you-mean", best = best),
                (None, false) => match kind {
                    IdKind::KeyResult => t!("ed-unknown-id.hint-key-result"),
                    IdKind::Objective => t!("ed-unknown-id.hint-objective"),
                    IdKind::Any => t!("ed-unknown-id.hint-any"),
                    IdKind::Source => t!("ed-unknown-id.hint-source"),
                },
            },
            FileProblem::UnknownOwner { owners, .. } => {
                t!("ed-unknown-owner.hint", owners = owners)
            }
            FileProblem::SinceAfterAsOf { report: true, .. } => {
                t!("ed-since-after-as-of.hint-report")
            }
            FileProblem::SinceAfterAsOf { report: false, .. } => t!("ed-since-after-as-of.hint"),
            FileProblem::Exists { .. } => t!("ed-exists.hint"),
            FileProblem::WriteToDirectory { .. } | FileProblem::SymlinkLoop { .. } => {
                t!("ed-write-to-directory.hint")
            }
            FileProblem::WriteToSpecial { .. } => t!("ed-write-to-special.hint"),
            FileProblem::CannotWriteIn { .. } => t!("ed-cannot-write-in.hint"),
        })
    }
}

impl From<FileProblem> for crate::error::Problem {
    fn from(p: FileProblem) -> Self {
        crate::error::Problem::Data(DataProblem::File(p))
    }
}

/// What a query's result lacks a column for.
#[derive(Debug, Clone, PartialEq)]
pub enum QueryLack {
    /// The date; `named`: by `date_column`.
    Date { named: bool },
    /// `metric` or `value` of a long result.
    Long,
    /// The segment a metric reads.
    Segment { metric: String, segment: String },
    /// A metric's column of a wide result.
    Metric { metric: String },
}

/// A `kind = "sqlite"` or `"postgres"` source's query result.
#[derive(Debug, Clone, PartialEq)]
pub enum DbProblem {
    /// Read as a database, declared as a CSV file or a command.
    NotADatabase {
        command: bool,
    },
    /// Built without the feature `kind`.
    NotBuiltIn {
        kind: String,
        source: String,
    },
    Timeout {
        seconds: u64,
        source: String,
    },
    NoColumn {
        name: String,
        lack: QueryLack,
        columns: Vec<String>,
        source: String,
    },
    SegmentInWide {
        metric: String,
        segment: String,
    },
    NotADate {
        column: String,
        found: String,
    },
    /// `at`: the metric and day of a long result.
    NotANumber {
        column: String,
        found: String,
        at: Option<(String, String)>,
    },
    /// Values adding up to NaN or infinity (`sum`), of a metric (long) or
    /// a column (wide).
    NotFiniteSum {
        metric: Option<String>,
        column: String,
        day: String,
        sum: String,
    },
    DoubleCount {
        metric: String,
        day: String,
        segment: String,
    },
    /// A PostgreSQL column okr cannot read: `date` for the date column,
    /// else a value column; `type_name` is the server's.
    PgColumnType {
        column: String,
        type_name: String,
        date: bool,
    },
    /// The environment variable `url_env` is unset or empty.
    PgUrlUnset {
        url_env: String,
    },
    PgUrlNotUtf8 {
        url_env: String,
    },
    /// The connection string does not parse; `said` is the parser's
    /// message (it names the option, never the password).
    PgUrlInvalid {
        url_env: String,
        said: String,
    },
    /// okr's own reading of the connection string's options failed.
    PgOptionInvalid {
        url_env: String,
        option: PgOption,
    },
    /// The root certificates for TLS cannot be had.
    PgTlsSetup {
        url_env: String,
        setup: TlsSetup,
    },
    /// The server refused the user or password (`said`: its message).
    PgAuth {
        target: String,
        url_env: String,
        said: String,
    },
    /// The server refused the connection for another reason.
    PgRefused {
        target: String,
        url_env: String,
        said: String,
    },
    /// The server does not speak TLS, and `sslmode` asks for it.
    PgNoTls {
        target: String,
        url_env: String,
        sslmode: String,
    },
    /// The TLS handshake failed.
    PgTls {
        target: String,
        failure: TlsFailure,
    },
    /// The server asks for a password and there is none.
    PgNoPassword {
        target: String,
        url_env: String,
    },
    /// Nothing listens at the host and port.
    PgConnectionRefused {
        target: String,
        url_env: String,
    },
    /// No answer within the timeout.
    PgConnectTimeout {
        target: String,
        seconds: u64,
        source: String,
    },
    /// Another connection failure; `said`: the driver's message.
    PgConnect {
        target: String,
        url_env: String,
        said: String,
    },
    /// A query failed in the server: its message, detail and hint, and
    /// where in the query (`at`: an excerpt of it).
    PgQuery {
        said: String,
        detail: Option<String>,
        at: Option<String>,
        server_hint: Option<String>,
        source: String,
    },
    /// The driver failed outside the server (`said`: its message).
    PgDriver {
        said: String,
    },
    /// The SQLite database cannot be opened.
    SqliteOpen {
        path: PathBuf,
        reason: SqliteOpen,
        source: String,
    },
    /// A query failed in SQLite (`said`: SQLite's message).
    SqliteQuery {
        path: PathBuf,
        said: String,
        source: String,
    },
}

/// An option of a PostgreSQL connection string okr reads itself (never
/// carrying a password).
#[derive(Debug, Clone, PartialEq)]
pub enum PgOption {
    /// `sslmode` (`env`: from PGSSLMODE) is not a mode.
    SslMode { value: String, env: bool },
    /// Client certificates and revocation lists are not supported.
    Unsupported { key: String },
    /// A key/value string without `=` after `key`.
    NoEquals { key: String },
    /// A quoted value without its closing quote.
    NoClosingQuote { key: String },
    /// The password file can be read by others (a warning: it is ignored).
    PassfileOpen { path: PathBuf },
}

impl fmt::Display for PgOption {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&match self {
            PgOption::SslMode { value, env: false } => t!("ed-pg-sslmode", value = value),
            PgOption::SslMode { value, env: true } => t!("ed-pg-sslmode-env", value = value),
            PgOption::Unsupported { key } => t!("ed-pg-option-unsupported", key = key),
            PgOption::NoEquals { key } => t!("ed-pg-option-no-equals", key = key),
            PgOption::NoClosingQuote { key } => t!("ed-pg-option-no-quote", key = key),
            PgOption::PassfileOpen { path } => {
                let path = path.display().to_string();
                t!("ed-pg-passfile-open", path = path)
            }
        })
    }
}

/// Why an SQLite database does not open.
#[derive(Debug, Clone, PartialEq)]
pub enum SqliteOpen {
    NoSuchFile,
    Directory,
    /// The operating system's or SQLite's own reason.
    Said(String),
}

/// Why okr has no root certificates to check a server's with.
#[derive(Debug, Clone, PartialEq)]
pub enum TlsSetup {
    /// The TLS library's own message.
    Library(String),
    /// `sslrootcert` cannot be read (`said`: the reason).
    Unreadable { path: PathBuf, said: String },
    /// `sslrootcert` holds no certificate.
    NoCertificate { path: PathBuf },
    /// The system has no root certificates.
    NoSystemRoots,
}

impl fmt::Display for TlsSetup {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&match self {
            TlsSetup::Library(said) => t!("ed-tls-library", said = said),
            TlsSetup::Unreadable { path, said } => t!(
                "ed-tls-root-unreadable",
                path = path.display().to_string(),
                said = said
            ),
            TlsSetup::NoCertificate { path } => {
                t!("ed-tls-root-empty", path = path.display().to_string())
            }
            TlsSetup::NoSystemRoots => t!("ed-tls-no-system-roots"),
        })
    }
}

/// How a TLS handshake with a server failed.
#[derive(Debug, Clone, PartialEq)]
pub enum TlsFailure {
    /// The certificate is for other names (`presented`, when known).
    WrongName {
        presented: Vec<String>,
    },
    /// Not signed by the root certificate in `roots`, or the system's.
    Untrusted {
        roots: Option<PathBuf>,
    },
    Expired,
    /// Another certificate problem (`said`: the TLS library's message).
    NotAccepted {
        said: String,
    },
    /// The handshake failed otherwise (`said`: the TLS library's message).
    Handshake {
        said: String,
    },
}

impl DbProblem {
    fn message(&self) -> String {
        match self {
            DbProblem::NotADatabase { command: false } => t!("ed-not-a-database.csv"),
            DbProblem::NotADatabase { command: true } => t!("ed-not-a-database.command"),
            DbProblem::NotBuiltIn { kind, .. } => t!("ed-not-built-in", kind = kind),
            DbProblem::Timeout { seconds, .. } => {
                t!("ed-query-timeout", seconds = seconds.to_string())
            }
            DbProblem::NoColumn {
                name,
                lack,
                columns,
                ..
            } => {
                let columns = listed(columns);
                match lack {
                    QueryLack::Date { .. } => {
                        t!("ed-query-no-column", name = name, columns = columns)
                    }
                    QueryLack::Long => {
                        t!("ed-query-no-column-long", name = name, columns = columns)
                    }
                    QueryLack::Segment { metric, segment } => t!(
                        "ed-query-no-column-segment",
                        name = name,
                        metric = metric,
                        segment = segment,
                        columns = columns
                    ),
                    QueryLack::Metric { metric } => t!(
                        "ed-query-no-column-metric",
                        name = name,
                        metric = metric,
                        columns = columns
                    ),
                }
            }
            DbProblem::SegmentInWide { metric, segment } => {
                t!(
                    "ed-query-segment-in-wide",
                    metric = metric,
                    segment = segment
                )
            }
            DbProblem::NotADate { column, found } => {
                t!("ed-query-not-a-date", column = column, found = found)
            }
            DbProblem::NotANumber { column, found, at } => match at {
                None => t!("ed-query-not-a-number", column = column, found = found),
                Some((metric, day)) => t!(
                    "ed-query-not-a-number-on",
                    column = column,
                    found = found,
                    metric = metric,
                    day = day
                ),
            },
            DbProblem::NotFiniteSum {
                metric,
                column,
                day,
                sum,
            } => match metric {
                Some(metric) => t!(
                    "ed-query-not-finite-metric",
                    metric = metric,
                    day = day,
                    sum = sum
                ),
                None => t!(
                    "ed-query-not-finite-column",
                    column = column,
                    day = day,
                    sum = sum
                ),
            },
            DbProblem::DoubleCount {
                metric,
                day,
                segment,
            } => t!(
                "ed-query-double-count",
                metric = metric,
                day = day,
                segment = segment
            ),
            DbProblem::PgColumnType {
                column,
                type_name,
                date: true,
            } => t!("ed-pg-date-type", column = column, type_name = type_name),
            DbProblem::PgColumnType {
                column,
                type_name,
                date: false,
            } => t!("ed-pg-value-type", column = column, type_name = type_name),
            DbProblem::PgUrlUnset { url_env } => t!("ed-pg-url-unset", url_env = url_env),
            DbProblem::PgUrlNotUtf8 { url_env } => t!("ed-pg-url-not-utf8", url_env = url_env),
            DbProblem::PgUrlInvalid { url_env, said } => {
                t!("ed-pg-url-invalid", url_env = url_env, said = said)
            }
            DbProblem::PgOptionInvalid { url_env, option } => t!(
                "ed-pg-url-invalid",
                url_env = url_env,
                said = option.to_string()
            ),
            DbProblem::PgTlsSetup { setup, .. } => setup.to_string(),
            DbProblem::PgAuth { target, said, .. } => {
                t!("ed-pg-auth", target = target, said = said)
            }
            DbProblem::PgRefused { target, said, .. } => {
                t!("ed-pg-refused", target = target, said = said)
            }
            DbProblem::PgNoTls {
                target, sslmode, ..
            } => t!("ed-pg-no-tls", target = target, sslmode = sslmode),
            DbProblem::PgTls { target, failure } => match failure {
                TlsFailure::WrongName { presented } if presented.is_empty() => {
                    t!("ed-tls-wrong-name", target = target)
                }
                TlsFailure::WrongName { presented } => t!(
                    "ed-tls-wrong-name-for",
                    target = target,
                    presented = presented.join(", ")
                ),
                TlsFailure::Untrusted { roots: Some(path) } => t!(
                    "ed-tls-untrusted-file",
                    target = target,
                    path = path.display().to_string()
                ),
                TlsFailure::Untrusted { roots: None } => {
                    t!("ed-tls-untrusted-system", target = target)
                }
                TlsFailure::Expired => t!("ed-tls-expired", target = target),
                TlsFailure::NotAccepted { said } => {
                    t!("ed-tls-not-accepted", target = target, said = said)
                }
                TlsFailure::Handshake { said } => {
                    t!("ed-tls-handshake", target = target, said = said)
                }
            },
            DbProblem::PgNoPassword { target, url_env } => {
                t!("ed-pg-no-password", target = target, url_env = url_env)
            }
            DbProblem::PgConnectionRefused { target, .. } => {
                t!("ed-pg-connection-refused", target = target)
            }
            DbProblem::PgConnectTimeout {
                target, seconds, ..
            } => t!(
                "ed-pg-connect-timeout",
                target = target,
                seconds = seconds.to_string()
            ),
            DbProblem::PgConnect { target, said, .. } => {
                t!("ed-pg-connect", target = target, said = said)
            }
            DbProblem::PgQuery {
                said, detail, at, ..
            } => {
                let said = match detail {
                    Some(detail) => t!("ed-pg-said-detail", said = said, detail = detail),
                    None => said.clone(),
                };
                match at {
                    Some(at) => t!("ed-pg-query-at", said = said, at = at),
                    None => t!("ed-pg-query", said = said),
                }
            }
            DbProblem::PgDriver { said } => t!("ed-pg-driver", said = said),
            DbProblem::SqliteOpen { path, reason, .. } => {
                let reason = match reason {
                    SqliteOpen::NoSuchFile => t!("ed-sqlite-no-such-file"),
                    SqliteOpen::Directory => t!("ed-sqlite-directory"),
                    SqliteOpen::Said(said) => said.clone(),
                };
                t!(
                    "ed-sqlite-open",
                    path = path.display().to_string(),
                    reason = reason
                )
            }
            DbProblem::SqliteQuery { path, said, .. } => t!(
                "ed-sqlite-query",
                path = path.display().to_string(),
                said = said
            ),
        }
    }

    fn hint(&self) -> Option<String> {
        Some(match self {
            DbProblem::NotADatabase { .. } => return None,
            DbProblem::NotBuiltIn { kind, source } => {
                t!("ed-not-built-in.hint", kind = kind, source = source)
            }
            DbProblem::Timeout { seconds, source } => t!(
                "ed-query-timeout.hint",
                seconds = seconds.saturating_mul(4).to_string(),
                source = source
            ),
            DbProblem::NoColumn { lack, source, .. } => match lack {
                QueryLack::Date { named: true } => {
                    t!("ed-query-no-column.hint-named", source = source)
                }
                QueryLack::Date { named: false } => t!("ed-query-no-column.hint"),
                QueryLack::Long => t!("ed-query-no-column-long.hint", source = source),
                QueryLack::Segment { metric, .. } => {
                    t!("ed-query-no-column-segment.hint", metric = metric)
                }
                QueryLack::Metric { metric } => {
                    t!("ed-query-no-column-metric.hint", metric = metric)
                }
            },
            DbProblem::SegmentInWide { metric, .. } => {
                t!("ed-segment-in-wide.hint", metric = metric)
            }
            DbProblem::NotADate { .. } => t!("ed-query-not-a-date.hint"),
            DbProblem::NotANumber { .. } => t!("ed-query-not-a-number.hint"),
            DbProblem::NotFiniteSum { .. } => t!("ed-query-not-finite-metric.hint"),
            DbProblem::DoubleCount {
                metric, segment, ..
            } => t!(
                "ed-query-double-count.hint",
                metric = metric,
                segment = segment
            ),
            DbProblem::PgColumnType { date: true, .. } => t!("ed-pg-date-type.hint"),
            DbProblem::PgColumnType { date: false, .. } => t!("ed-pg-value-type.hint"),
            DbProblem::PgUrlUnset { url_env } => t!("ed-pg-url-unset.hint", url_env = url_env),
            DbProblem::PgUrlNotUtf8 { .. } => return None,
            DbProblem::PgOptionInvalid { .. } => t!("ed-pg-url-invalid.hint-sslmode"),
            DbProblem::PgUrlInvalid { .. } => t!("ed-pg-url-invalid.hint"),
            DbProblem::PgTlsSetup { url_env, .. } => t!("ed-tls-library.hint", url_env = url_env),
            DbProblem::PgAuth { url_env, .. } => t!("ed-pg-auth.hint", url_env = url_env),
            DbProblem::PgRefused { url_env, .. } | DbProblem::PgConnect { url_env, .. } => {
                t!("ed-pg-refused.hint", url_env = url_env)
            }
            DbProblem::PgNoTls { url_env, .. } => t!("ed-pg-no-tls.hint", url_env = url_env),
            DbProblem::PgTls { failure, .. } => match failure {
                TlsFailure::WrongName { .. } => t!("ed-tls-wrong-name.hint"),
                TlsFailure::Untrusted { .. } => t!("ed-tls-untrusted-file.hint"),
                TlsFailure::Expired => t!("ed-tls-expired.hint"),
                TlsFailure::NotAccepted { .. } => t!("ed-tls-not-accepted.hint"),
                TlsFailure::Handshake { .. } => t!("ed-tls-handshake.hint"),
            },
            DbProblem::PgNoPassword { url_env, .. } => {
                t!("ed-pg-no-password.hint", url_env = url_env)
            }
            DbProblem::PgConnectionRefused { url_env, .. } => {
                t!("ed-pg-connection-refused.hint", url_env = url_env)
            }
            DbProblem::PgConnectTimeout { source, .. } => {
                t!("ed-pg-connect-timeout.hint", source = source)
            }
            DbProblem::PgQuery {
                server_hint: Some(hint),
                ..
            } => hint.clone(),
            DbProblem::PgQuery { source, .. } => t!("ed-pg-query.hint", source = source),
            DbProblem::PgDriver { .. } => return None,
            DbProblem::SqliteOpen { source, .. } => t!("ed-sqlite-open.hint", source = source),
            DbProblem::SqliteQuery { source, .. } => t!("ed-sqlite-query.hint", source = source),
        })
    }
}

/// A row of the check-in log that cannot be read or counted, or a write
/// of the log that failed; `kr` is a key result's id.
#[derive(Debug, Clone, PartialEq)]
pub enum LogProblem {
    /// The header (`found`, as written) lacks date, key_result or value.
    Header {
        found: String,
        expected: String,
    },
    BadDate {
        found: String,
    },
    NoKeyResult,
    BadConfidence {
        found: String,
    },
    /// `reason`: a [`ValueFault`], worded.
    BadValue {
        value: String,
        kr: String,
        reason: String,
    },
    ReadsMetric {
        kr: String,
        metric: String,
    },
    DoneNeedsNumber {
        kr: String,
    },
    MilestoneValue {
        kr: String,
    },
    /// `okr checkin` could not do `step` to the log (`reason` from the system).
    CannotWrite {
        step: LogStep,
        path: PathBuf,
        reason: String,
    },
}

/// What appending to the check-in log was doing when it failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LogStep {
    Open,
    Lock,
    /// Give a new log to the directory's owner.
    Give,
    Write,
    /// Sync the directory of a new log.
    SyncDir,
    Unlock,
}

impl LogProblem {
    fn message(&self) -> String {
        match self {
            LogProblem::Header { found, expected } => {
                t!("ed-log-header", found = found, expected = expected)
            }
            LogProblem::BadDate { found } => t!("ed-log-bad-date", found = found),
            LogProblem::NoKeyResult => t!("ed-log-no-key-result"),
            LogProblem::BadConfidence { found } => ValueFault::Confidence {
                found: found.clone(),
            }
            .message(),
            LogProblem::BadValue { value, kr, reason } => {
                t!("ed-log-bad-value", value = value, kr = kr, reason = reason)
            }
            LogProblem::ReadsMetric { kr, metric } => {
                t!("ed-log-reads-metric", kr = kr, metric = metric)
            }
            LogProblem::DoneNeedsNumber { kr } => t!("ed-log-done-needs-number", kr = kr),
            LogProblem::MilestoneValue { kr } => t!("ed-log-milestone-value", kr = kr),
            LogProblem::CannotWrite { step, path, reason } => {
                let path = shown(path);
                match step {
                    LogStep::Open => t!("ed-log-cannot.open", path = path, reason = reason),
                    LogStep::Lock => t!("ed-log-cannot.lock", path = path, reason = reason),
                    LogStep::Give => t!("ed-log-cannot.give", path = path, reason = reason),
                    LogStep::Write => t!("ed-log-cannot.write", path = path, reason = reason),
                    LogStep::SyncDir => t!("ed-log-cannot.sync", path = path, reason = reason),
                    LogStep::Unlock => t!("ed-log-cannot.unlock", path = path, reason = reason),
                }
            }
        }
    }

    fn hint(&self) -> String {
        match self {
            LogProblem::Header { .. } => t!("ed-log-header.hint"),
            LogProblem::BadDate { .. } => t!("ed-log-bad-date.hint"),
            LogProblem::NoKeyResult => t!("ed-log-no-key-result.hint"),
            LogProblem::BadConfidence { .. } => t!("ed-log-bad-confidence-hint"),
            LogProblem::BadValue { .. } => t!("ed-log-bad-value.hint"),
            LogProblem::ReadsMetric { .. } => t!("ed-log-reads-metric.hint"),
            LogProblem::DoneNeedsNumber { .. } => t!("ed-log-done-needs-number.hint"),
            LogProblem::MilestoneValue { .. } => t!("ed-log-milestone-value.hint"),
            LogProblem::CannotWrite { .. } => t!("ed-log-cannot.hint"),
        }
    }
}

impl From<LogProblem> for crate::error::Problem {
    fn from(p: LogProblem) -> Self {
        crate::error::Problem::Data(DataProblem::Log(p))
    }
}

/// Why a typed value (a check-in's VALUE, a number `okr set` writes) or
/// a confidence is not read.
#[derive(Debug, Clone, PartialEq)]
pub enum ValueFault {
    Empty,
    /// `1,234`: `plain` (1234) or `point` (1.234).
    Ambiguous {
        text: String,
        plain: String,
        point: String,
    },
    NotANumber,
    /// Not a number, with how to write one.
    NotANumberWritten,
    NotFinite,
    MisplacedGroups {
        text: String,
        group: char,
    },
    Confidence {
        found: String,
    },
}

impl ValueFault {
    pub fn message(&self) -> String {
        match self {
            ValueFault::Empty => t!("ed-value-empty"),
            ValueFault::Ambiguous { text, plain, point } => t!(
                "ed-value-ambiguous",
                text = text,
                plain = plain,
                point = point
            ),
            ValueFault::NotANumber => t!("ed-value-not-a-number"),
            ValueFault::NotANumberWritten => t!("ed-value-not-a-number-written"),
            ValueFault::NotFinite => t!("ed-value-not-finite"),
            ValueFault::MisplacedGroups { text, group } => t!(
                "ed-value-misplaced-groups",
                text = text,
                group = group.to_string()
            ),
            ValueFault::Confidence { found } => t!("ed-confidence-range", found = found),
        }
    }
}

/// Which path an OKR file (or a command) names, for a trust refusal
/// (DESIGN.md section 1.3).
#[derive(Debug, Clone, PartialEq)]
pub enum Named {
    /// The `okrs.toml` found by walking up from the working directory.
    OkrFile,
    /// A file an `include` names.
    Include,
    /// The directory an include pattern walks from.
    IncludeWalk,
    /// The file of a metric source.
    SourceFile { source: String },
    /// The check-in log.
    CheckinLog,
    /// The record `okr close` writes.
    Record,
    /// A file `okr init --from` reads.
    Export,
}

impl Named {
    /// As the start of a sentence (lower case, as English writes it).
    fn words(&self) -> String {
        match self {
            Named::OkrFile => t!("ed-named.okr-file"),
            Named::Include => t!("ed-named.include"),
            Named::IncludeWalk => t!("ed-named.include-walk"),
            Named::SourceFile { source } => t!("ed-named.source-file", source = source),
            Named::CheckinLog => t!("ed-named.checkin-log"),
            Named::Record => t!("ed-named.record"),
            Named::Export => t!("ed-named.export"),
        }
    }
}

/// Why a path was refused.
#[derive(Debug, Clone, PartialEq)]
pub enum RefusalKind {
    /// A symlink to nothing.
    Dangling,
    /// Resolves outside the project root (shown) and every allowed directory.
    Outside { root: PathBuf },
    /// Inside the work tree's git directory.
    GitDir,
    /// Its metadata cannot be read.
    Unreadable,
    /// A FIFO, device or socket.
    NotRegular,
}

/// A path refused by [`crate::trust::Trust::check`]; never a byte of the
/// refused file.
#[derive(Debug, Clone, PartialEq)]
pub struct PathRefusal {
    pub named: Named,
    pub path: PathBuf,
    pub kind: RefusalKind,
}

impl PathRefusal {
    pub fn message(&self) -> String {
        let what = self.named.words();
        let path = shown(&self.path);
        match &self.kind {
            RefusalKind::Dangling => t!("ed-refused-dangling", what = what, path = path),
            RefusalKind::Outside { root } => t!(
                "ed-refused-outside",
                what = what,
                path = path,
                root = shown(root)
            ),
            RefusalKind::GitDir => t!("ed-refused-git-dir", what = what, path = path),
            RefusalKind::Unreadable => t!("ed-refused-unreadable", what = what, path = path),
            RefusalKind::NotRegular => t!("ed-refused-not-regular", what = what, path = path),
        }
    }

    pub fn hint(&self) -> String {
        match &self.kind {
            RefusalKind::Dangling => t!("ed-refused-dangling.hint"),
            RefusalKind::Outside { .. } => {
                t!("ed-refused-outside.hint", env = crate::trust::ALLOW_ENV)
            }
            RefusalKind::GitDir => t!("ed-refused-git-dir.hint"),
            RefusalKind::Unreadable => t!("ed-refused-unreadable.hint"),
            RefusalKind::NotRegular => t!("ed-refused-not-regular.hint"),
        }
    }

    /// As a diagnostic, for callers to locate (the span of the path).
    pub fn into_diagnostic(self) -> crate::error::Diagnostic {
        crate::error::Diagnostic::new(DataProblem::Refused(self))
    }
}

/// What wrong in the data okr reads.
#[derive(Debug, Clone, PartialEq)]
pub enum DataProblem {
    /// A row of the check-in log, or a write of it.
    Log(LogProblem),
    /// A path an OKR file names, refused (outside the project, ...).
    Refused(PathRefusal),
    /// `okr checkin`'s arguments and answers.
    Checkin(CheckinProblem),
    /// A command's own refusal.
    Cli(CliProblem),
    /// A file okr keeps or writes, or a name on the command line.
    File(FileProblem),
    /// A command-line flag's value.
    Flag(FlagProblem),
    /// A database source's query.
    Db(DbProblem),
    /// A source's command.
    Command(CommandProblem),
    /// A cell that should hold a number does not.
    InvalidNumber { column: String, found: String },
    /// A cell of a CSV file.
    Cell(CellProblem),
    /// A header problem, with the other tables of the file (their header
    /// line and columns) and a likelier cause.
    Header {
        problem: HeaderProblem,
        other_tables: Vec<(usize, Vec<String>)>,
        cause: Option<HeaderCause>,
    },
    /// A source's path is a directory.
    SourceIsDirectory { path: PathBuf, source: String },
    /// A source's file cannot be read (`reason` from the system).
    SourceUnreadable {
        path: PathBuf,
        reason: String,
        source: String,
        denied: bool,
    },
    /// A line longer than 1 MiB.
    LongLine { source: String },
    /// A row (with the line breaks in its quoted cells) over 1 GiB.
    LongRecord { source: String },
    /// A byte neither UTF-8 nor Windows-1252.
    UnknownEncoding { byte: u8, source: String },
    /// A NUL byte (`offset` as the reader wrote it, with its space).
    NulByte { offset: String, source: String },
    /// The csv reader's own reason.
    NotCsv { reason: String },
    /// The file does not decode in `encoding` (UTF-16, Windows-1252).
    CannotDecode { encoding: String },
    /// The file changed between two passes.
    FileChanged,
    /// The `table` option names no table; `tables`: number, title, line.
    NoSuchTable {
        wanted: Option<TableWanted>,
        source: String,
        tables: Vec<(usize, Option<String>, usize)>,
    },
    /// An empty file.
    EmptyFile { path: PathBuf, source: String },
    /// Only preamble lines.
    NoHeader { source: String },
    /// A date column without a year (`cell` on `line`).
    DatesWithoutYear {
        column: String,
        cell: String,
        line: usize,
    },
    /// Day numbers without a start date line.
    DayCountWithoutStart { column: String },
    /// `cell` reads day-first and month-first; `short`: two-digit years.
    EitherWayDate {
        column: String,
        cell: String,
        short: bool,
        source: String,
    },
    /// Dates that disagree on the order: (line, cell) each.
    MixedDateOrder {
        column: String,
        day_first: (usize, String),
        month_first: (usize, String),
        source: String,
    },
    /// Both decimal marks: (line, cell, is a comma) in file order.
    MixedDecimals {
        first: (usize, String, bool),
        second: (usize, String, bool),
    },
    /// A cell that may hold a thousands separator or a decimal mark.
    UnclearDecimal {
        cell: String,
        comma: bool,
        source: String,
    },
    /// A metric reads a segment from a wide file.
    SegmentInWide {
        metric: String,
        segment: String,
        source: String,
    },
}

/// Which table `table` asks for.
#[derive(Debug, Clone, PartialEq)]
pub enum TableWanted {
    Number(usize),
    Title(String),
}

impl CellProblem {
    fn message(&self) -> String {
        match self {
            CellProblem::NotFinite { column, found } => {
                t!("ed-not-finite", column = column, found = found)
            }
            CellProblem::UnclosedQuote { column } => t!("ed-unclosed-quote", column = column),
            CellProblem::InvalidNumber { column, found, .. } => {
                t!("ed-invalid-number", column = column, found = found)
            }
            CellProblem::NoYear { column, found } => {
                t!("ed-no-year", column = column, found = found)
            }
            CellProblem::InvalidDate { column, found, .. } => {
                t!("ed-invalid-date", column = column, found = found)
            }
            CellProblem::MultiDay { start, end } => {
                t!("ed-multi-day", start = start, end = end)
            }
            CellProblem::DoubleCount {
                metric,
                date,
                blank,
                segmented,
                ..
            } => t!(
                "ed-double-count",
                metric = metric,
                date = date,
                blank = blank.to_string(),
                segmented = segmented.to_string()
            ),
            CellProblem::TooFewFields {
                fields,
                header_line,
                width,
                ..
            } => t!(
                "ed-too-few-fields",
                n = *fields,
                fields = fields.to_string(),
                header_line = header_line.to_string(),
                width = width.to_string()
            ),
            CellProblem::TooManyFields {
                fields,
                header_line,
                width,
                field,
                found,
                ..
            } => t!(
                "ed-too-many-fields",
                fields = fields.to_string(),
                header_line = header_line.to_string(),
                width = width.to_string(),
                field = field.to_string(),
                found = found
            ),
        }
    }

    fn hint(&self) -> String {
        match self {
            CellProblem::NotFinite { .. } => t!("ed-not-finite.hint"),
            CellProblem::UnclosedQuote { .. } => t!("ed-unclosed-quote.hint"),
            CellProblem::InvalidNumber {
                found,
                decimal,
                set,
                other_reads,
                source,
                ..
            } => {
                let how = if *set {
                    t!("ed-decimal-how-set")
                } else {
                    t!("ed-decimal-how-sniffed")
                };
                let mark = decimal.to_string();
                if *other_reads {
                    let other = if *decimal == '.' { "," } else { "." };
                    t!(
                        "ed-invalid-number.hint-other",
                        mark = mark,
                        how = how,
                        other = other,
                        source = source
                    )
                } else {
                    t!(
                        "ed-invalid-number.hint",
                        mark = mark,
                        how = how,
                        found = found
                    )
                }
            }
            CellProblem::NoYear { .. } => t!("ed-no-year.hint"),
            CellProblem::InvalidDate {
                column,
                found,
                reading,
                miss,
                source,
            } => {
                let rule = reading.describe();
                let how = reading.how();
                match miss {
                    DateMiss::OtherColumn { shown, name } => t!(
                        "ed-invalid-date.hint-other-column",
                        rule = rule,
                        how = how,
                        column = column,
                        other = shown,
                        name = name,
                        source = source
                    ),
                    DateMiss::NoSuchDay => t!(
                        "ed-invalid-date.hint-no-such-day",
                        rule = rule,
                        how = how,
                        found = found
                    ),
                    DateMiss::NoShape => t!(
                        "ed-invalid-date.hint",
                        rule = rule,
                        how = how,
                        found = found
                    ),
                }
            }
            CellProblem::MultiDay { .. } => t!("ed-multi-day.hint"),
            CellProblem::DoubleCount {
                metric, example, ..
            } => t!(
                "ed-double-count.hint",
                metric = metric,
                segment = example.as_deref().unwrap_or("...")
            ),
            CellProblem::TooFewFields {
                used,
                better,
                source,
                ..
            } => match better {
                Some(d) => t!(
                    "ed-too-few-fields.hint-delimiter",
                    used = used.name(),
                    better = d.name(),
                    option = d.option(),
                    source = source
                ),
                None => t!("ed-too-few-fields.hint", used = used.name()),
            },
            CellProblem::TooManyFields { used, source, .. } => {
                t!(
                    "ed-too-many-fields.hint",
                    used = used.name(),
                    source = source
                )
            }
        }
    }
}

impl DataProblem {
    pub fn message(&self) -> String {
        match self {
            DataProblem::InvalidNumber { column, found } => {
                t!("ed-invalid-number", column = column, found = found)
            }
            DataProblem::Log(p) => p.message(),
            DataProblem::Refused(p) => p.message(),
            DataProblem::Cell(p) => p.message(),
            DataProblem::Command(p) => p.message(),
            DataProblem::Db(p) => p.message(),
            DataProblem::Flag(p) => p.message(),
            DataProblem::File(p) => p.message(),
            DataProblem::Checkin(p) => p.message(),
            DataProblem::Cli(p) => p.message(),
            DataProblem::Header {
                problem,
                other_tables,
                ..
            } => {
                if other_tables.is_empty() {
                    return problem.message();
                }
                let tables: Vec<String> = other_tables
                    .iter()
                    .map(|(line, columns)| {
                        t!(
                            "ed-other-table",
                            line = line.to_string(),
                            columns = listed(columns)
                        )
                    })
                    .collect();
                t!(
                    "ed-header-other-tables",
                    problem = problem.message(),
                    tables = tables.join("; ")
                )
            }
            DataProblem::SourceIsDirectory { path, source } => {
                t!(
                    "ed-source-is-directory",
                    path = shown(path),
                    source = source
                )
            }
            DataProblem::SourceUnreadable {
                path,
                reason,
                source,
                ..
            } => t!(
                "ed-source-unreadable",
                path = shown(path),
                reason = reason,
                source = source
            ),
            DataProblem::LongLine { source } => t!("ed-long-line", source = source),
            DataProblem::LongRecord { source } => t!("ed-long-record", source = source),
            DataProblem::UnknownEncoding { byte, source } => t!(
                "ed-unknown-encoding",
                byte = format!("0x{byte:02X}"),
                source = source
            ),
            DataProblem::NulByte { offset, source } => {
                t!("ed-nul-byte", offset = offset, source = source)
            }
            DataProblem::NotCsv { reason } => t!("ed-not-csv", reason = reason),
            DataProblem::CannotDecode { encoding } => {
                t!("ed-cannot-decode", encoding = encoding)
            }
            DataProblem::FileChanged => t!("ed-file-changed"),
            DataProblem::NoSuchTable {
                wanted,
                source,
                tables,
            } => {
                let wanted = match wanted {
                    Some(TableWanted::Number(n)) => {
                        t!("ed-no-such-table.number", number = n.to_string())
                    }
                    Some(TableWanted::Title(title)) => {
                        t!("ed-no-such-table.title", title = title)
                    }
                    None => t!("ed-no-such-table.none"),
                };
                let listed: Vec<String> = tables
                    .iter()
                    .map(|(number, title, line)| match title {
                        Some(title) => t!(
                            "ed-table-titled",
                            number = number.to_string(),
                            title = title,
                            line = line.to_string()
                        ),
                        None => t!(
                            "ed-table-untitled",
                            number = number.to_string(),
                            line = line.to_string()
                        ),
                    })
                    .collect();
                t!(
                    "ed-no-such-table",
                    wanted = wanted,
                    source = source,
                    n = tables.len(),
                    count = tables.len().to_string(),
                    tables = listed.join(", ")
                )
            }
            DataProblem::EmptyFile { path, source } => {
                t!("ed-empty-file", path = shown(path), source = source)
            }
            DataProblem::NoHeader { source } => t!("ed-no-header", source = source),
            DataProblem::DatesWithoutYear { column, cell, line } => t!(
                "ed-dates-without-year",
                column = column,
                cell = cell,
                line = line.to_string()
            ),
            DataProblem::DayCountWithoutStart { column } => {
                t!("ed-day-count-without-start", column = column)
            }
            DataProblem::EitherWayDate { column, cell, .. } => {
                t!("ed-either-way-date", column = column, cell = cell)
            }
            DataProblem::MixedDateOrder {
                column,
                day_first,
                month_first,
                ..
            } => t!(
                "ed-mixed-date-order",
                column = column,
                day_cell = day_first.1.as_str(),
                day_line = day_first.0.to_string(),
                month_cell = month_first.1.as_str(),
                month_line = month_first.0.to_string()
            ),
            DataProblem::MixedDecimals { first, second } => {
                let mark = |comma: bool| {
                    if comma {
                        t!("ed-decimal-comma")
                    } else {
                        t!("ed-decimal-point")
                    }
                };
                t!(
                    "ed-mixed-decimals",
                    first = first.1.as_str(),
                    first_line = first.0.to_string(),
                    first_mark = mark(first.2),
                    second = second.1.as_str(),
                    second_line = second.0.to_string(),
                    second_mark = mark(second.2)
                )
            }
            DataProblem::UnclearDecimal { cell, comma, .. } => {
                let mark = if *comma {
                    t!("ed-decimal-comma")
                } else {
                    t!("ed-decimal-point")
                };
                t!("ed-unclear-decimal", cell = cell, mark = mark)
            }
            DataProblem::SegmentInWide {
                metric,
                segment,
                source,
            } => t!(
                "ed-segment-in-wide",
                metric = metric,
                segment = segment,
                source = source
            ),
        }
    }

    pub fn hint(&self) -> Option<String> {
        Some(match self {
            DataProblem::InvalidNumber { .. }
            | DataProblem::NotCsv { .. }
            | DataProblem::CannotDecode { .. }
            | DataProblem::FileChanged
            | DataProblem::Flag(_) => return None,
            DataProblem::Log(p) => p.hint(),
            DataProblem::Refused(p) => p.hint(),
            DataProblem::Cell(p) => p.hint(),
            DataProblem::Command(p) => return p.hint(),
            DataProblem::Db(p) => return p.hint(),
            DataProblem::File(p) => return p.hint(),
            DataProblem::Checkin(p) => return p.hint(),
            DataProblem::Cli(p) => return p.hint(),
            DataProblem::Header { problem, cause, .. } => match cause {
                None => problem.hint(),
                Some(HeaderCause::SkipRows { n, source }) => t!(
                    "ed-header-cause-skip-rows",
                    line = (n + 1).to_string(),
                    n = n.to_string(),
                    source = source
                ),
                Some(HeaderCause::Delimiter {
                    used,
                    better,
                    count,
                    source,
                }) => t!(
                    "ed-header-cause-delimiter",
                    used = used.name(),
                    count = count.to_string(),
                    better = better.name(),
                    option = better.option(),
                    source = source
                ),
                Some(HeaderCause::NoDelimiter { source }) => {
                    t!("ed-header-cause-no-delimiter", source = source)
                }
            },
            DataProblem::SourceIsDirectory { source, .. } => {
                t!("ed-source-is-directory.hint", source = source)
            }
            DataProblem::SourceUnreadable {
                path,
                source,
                denied,
                ..
            } => {
                if *denied {
                    t!("ed-source-unreadable.hint-denied", path = shown(path))
                } else {
                    t!("ed-source-unreadable.hint", source = source)
                }
            }
            DataProblem::LongLine { .. } => t!("ed-long-line.hint"),
            DataProblem::LongRecord { .. } => t!("ed-long-record.hint"),
            DataProblem::UnknownEncoding { .. } => t!("ed-unknown-encoding.hint"),
            DataProblem::NulByte { .. } => t!("ed-nul-byte.hint"),
            DataProblem::NoSuchTable { source, .. } => {
                t!("ed-no-such-table.hint", source = source)
            }
            DataProblem::EmptyFile { source, .. } => t!("ed-empty-file.hint", source = source),
            DataProblem::NoHeader { source } => t!("ed-no-header.hint", source = source),
            DataProblem::DatesWithoutYear { .. } => t!("ed-no-year.hint"),
            DataProblem::DayCountWithoutStart { .. } => t!("ed-day-count-without-start.hint"),
            DataProblem::EitherWayDate { short, source, .. } => date_order_hint(*short, source),
            DataProblem::MixedDateOrder { source, .. } => date_order_hint(false, source),
            DataProblem::MixedDecimals { .. } => t!("ed-mixed-decimals.hint"),
            DataProblem::UnclearDecimal { source, .. } => {
                t!("ed-unclear-decimal.hint", source = source)
            }
            DataProblem::SegmentInWide { metric, .. } => {
                t!("ed-segment-in-wide.hint", metric = metric)
            }
        })
    }
}

fn date_order_hint(short: bool, source: &str) -> String {
    let year = if short { "%y" } else { "%Y" };
    t!("ed-date-order-hint", year = year, source = source)
}

impl fmt::Display for DataProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message())
    }
}

impl std::error::Error for DataProblem {}

impl From<CommandProblem> for crate::error::Problem {
    fn from(p: CommandProblem) -> Self {
        crate::error::Problem::Data(DataProblem::Command(p))
    }
}

impl From<DbProblem> for crate::error::Problem {
    fn from(p: DbProblem) -> Self {
        crate::error::Problem::Data(DataProblem::Db(p))
    }
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use super::*;
    use crate::error::{Diagnostic, Problem};
    use crate::i18n::{self, Lang};

    /// The data errors people meet most: a bad number, a bad date, a day and
    /// month that read either way, a missing column, a file that cannot be
    /// read, a bad `--as-of`.
    fn typical() -> Vec<(&'static str, Diagnostic)> {
        let cell = |p: CellProblem| Diagnostic::new(DataProblem::Cell(p)).in_file("ads.csv");
        vec![
            (
                "bad number",
                cell(CellProblem::InvalidNumber {
                    column: "Clicks".into(),
                    found: "twelve".into(),
                    decimal: ',',
                    set: false,
                    other_reads: false,
                    source: "ads".into(),
                })
                .at(3, Some(12)),
            ),
            (
                "bad number, other mark",
                cell(CellProblem::InvalidNumber {
                    column: "Cost".into(),
                    found: "1.5".into(),
                    decimal: ',',
                    set: true,
                    other_reads: true,
                    source: "ads".into(),
                })
                .at(4, Some(8)),
            ),
            (
                "bad date",
                cell(CellProblem::InvalidDate {
                    column: "Day".into(),
                    found: "2026-02-30".into(),
                    reading: DateReading::Format {
                        format: "%Y-%m-%d".into(),
                        set: false,
                    },
                    miss: DateMiss::NoSuchDay,
                    source: "ads".into(),
                })
                .at(5, Some(1)),
            ),
            (
                "ambiguous day and month",
                Diagnostic::new(DataProblem::EitherWayDate {
                    column: "Date".into(),
                    cell: "03/04/26".into(),
                    short: true,
                    source: "ads".into(),
                })
                .in_file("ads.csv")
                .at(2, None),
            ),
            (
                "missing column",
                Diagnostic::new(DataProblem::Header {
                    problem: HeaderProblem::NoMetricColumn {
                        column: "Conversions".into(),
                        metric: "signups".into(),
                        line: 1,
                        columns: vec!["Day".into(), "Clicks".into(), "Cost".into()],
                        suggestion: Some("Conversion".into()),
                    },
                    other_tables: Vec::new(),
                    cause: None,
                })
                .in_file("ads.csv")
                .at(1, None),
            ),
            (
                "unreadable file",
                Diagnostic::new(DataProblem::SourceUnreadable {
                    path: PathBuf::from("exports/ads.csv"),
                    reason: "Permission denied".into(),
                    source: "ads".into(),
                    denied: true,
                })
                .in_file("exports/ads.csv"),
            ),
            (
                "bad --as-of",
                Diagnostic::new(DataProblem::Flag(FlagProblem::Date {
                    found: "15.02.2026".into(),
                })),
            ),
        ]
    }

    /// The errors as `okr` prints them, in `lang`.
    fn printed(lang: Lang) -> String {
        let _lang = i18n::scoped(lang);
        typical()
            .iter()
            .map(|(name, d)| format!("# {name}\n{d}\n"))
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// Every message and hint of `typical` reads otherwise than in English.
    fn assert_translated(lang: Lang) {
        let words = |lang: Lang| {
            let _lang = i18n::scoped(lang);
            typical()
                .into_iter()
                .map(|(name, d)| (name, d.message(), d.hint()))
                .collect::<Vec<_>>()
        };
        for ((name, en, en_hint), (_, other, other_hint)) in
            words(Lang::En).into_iter().zip(words(lang))
        {
            assert_ne!(en, other, "{lang}: {name}: the message is English");
            if en_hint.is_some() {
                assert_ne!(en_hint, other_hint, "{lang}: {name}: the hint is English");
            }
        }
    }

    #[test]
    fn typical_data_errors_in_english() {
        insta::assert_snapshot!("en", printed(Lang::En));
    }

    /// Each language: wholly translated, one typical sentence as written,
    /// and the whole printout as its snapshot.
    fn typical_data_errors_in(lang: Lang, says: &[&str]) {
        assert_translated(lang);
        let text = printed(lang);
        for line in says {
            assert!(text.contains(line), "{text}");
        }
        insta::assert_snapshot!(lang.code(), text);
    }

    #[test]
    fn typical_data_errors_in_swedish() {
        typical_data_errors_in(
            Lang::Sv,
            &[
                "kolumn `Clicks`: ogiltigt tal \"twelve\"",
                "tips: ange `date_format = \"%d/%m/%y\"`",
            ],
        );
    }

    #[test]
    fn typical_data_errors_in_norwegian() {
        typical_data_errors_in(Lang::Nb, &["kolonne `Clicks`: ugyldig tall \"twelve\""]);
    }

    #[test]
    fn typical_data_errors_in_danish() {
        typical_data_errors_in(Lang::Da, &["kolonne `Clicks`: ugyldigt tal \"twelve\""]);
    }

    #[test]
    fn typical_data_errors_in_finnish() {
        typical_data_errors_in(Lang::Fi, &["sarake `Clicks`: virheellinen luku \"twelve\""]);
    }

    /// A command's temporary file is named as the command's output, and the
    /// source is named once.
    #[test]
    fn a_command_output_names_the_command_not_its_file() {
        let inner = Problem::from(DataProblem::EmptyFile {
            path: PathBuf::from("/tmp/.tmpX"),
            source: "bq".into(),
        });
        let p = Problem::in_command_output("bq", inner.clone(), "/tmp/.tmpX", "bq");
        assert_eq!(
            p.message(),
            "the output of `bq` is empty (source `bq`): expected a header line and rows"
        );
        let _sv = i18n::scoped(Lang::Sv);
        assert_eq!(
            p.message(),
            "utdata från `bq` är tom (källan `bq`): en rubrikrad och rader förväntades"
        );
        let unnamed = Problem::in_command_output("bq", DataProblem::FileChanged.into(), "/x", "bq");
        assert_eq!(
            unnamed.message(),
            "källan `bq`: filen ändrades medan den lästes"
        );
    }

    /// Connection, TLS and query errors of database sources: the server's
    /// own message stays as it is inside a translated sentence, and the
    /// password never shows.
    #[test]
    fn database_errors_in_swedish_and_finnish() {
        let problems = [
            DbProblem::PgAuth {
                target: "db.example.com:5432/sales as okr".into(),
                url_env: "SALES_DB".into(),
                said: "password authentication failed for user \"okr\"".into(),
            },
            DbProblem::PgTls {
                target: "db.example.com:5432/sales".into(),
                failure: TlsFailure::WrongName {
                    presented: vec!["localhost".into()],
                },
            },
            DbProblem::PgConnectTimeout {
                target: "10.0.0.9:5432".into(),
                seconds: 30,
                source: "sales".into(),
            },
            DbProblem::SqliteOpen {
                path: PathBuf::from("data/shop.db"),
                reason: SqliteOpen::NoSuchFile,
                source: "shop".into(),
            },
            DbProblem::PgOptionInvalid {
                url_env: "SALES_DB".into(),
                option: PgOption::SslMode {
                    value: "maybe".into(),
                    env: false,
                },
            },
        ];
        let read = |lang: Lang| -> Vec<String> {
            let _lang = i18n::scoped(lang);
            problems
                .iter()
                .map(|p| {
                    let p = Problem::from(p.clone());
                    format!("{} / {}", p.message(), p.hint().unwrap_or_default())
                })
                .collect()
        };
        let en = read(Lang::En);
        assert_eq!(
            en[0],
            "authentication failed at PostgreSQL db.example.com:5432/sales as okr: password authentication failed for user \"okr\" / check the user and password in SALES_DB (or PGPASSWORD, or the password file ~/.pgpass)"
        );
        let sv = read(Lang::Sv);
        assert_eq!(
            sv[0],
            "autentiseringen misslyckades hos PostgreSQL db.example.com:5432/sales as okr: password authentication failed for user \"okr\" / kontrollera användaren och lösenordet i SALES_DB (eller PGPASSWORD, eller lösenordsfilen ~/.pgpass)"
        );
        assert_eq!(
            sv[1],
            "kan inte ansluta till PostgreSQL på db.example.com:5432/sales över TLS: serverns certifikat gäller inte för värdnamnet som anslutningen gjordes till (det gäller för localhost) (sslmode=verify-full) / anslut med det namn certifikatet gäller för, eller använd sslmode=verify-ca för att kontrollera certifikatet men inte namnet"
        );
        assert_eq!(
            sv[3],
            "kan inte öppna SQLite-databasen data/shop.db: filen finns inte / kontrollera `path` för källan `shop`; en relativ sökväg läses från katalogen där filen som deklarerar den ligger"
        );
        let fi = read(Lang::Fi);
        assert_eq!(
            fi[2],
            "yhteys PostgreSQL-palvelimeen 10.0.0.9:5432 ei onnistu: ei vastausta aikarajan (30 s) kuluessa / tarkista isäntä ja verkko tai nosta `timeout` lähteelle `sales`"
        );
        assert_eq!(
            fi[4],
            "yhteysmerkkijono muuttujassa SALES_DB ei kelpaa: sslmode \"maybe\" ei ole mikään vaihtoehdoista disable, allow, prefer, require, verify-ca, verify-full / kirjoita se muodossa postgresql://user:password@host:5432/database?sslmode=verify-full tai host=... port=... user=... dbname=... sslmode=..."
        );
        assert!(fi[0].starts_with("tunnistautuminen epäonnistui PostgreSQL-palvelimella"));
        assert!(fi[0].contains("password authentication failed for user \"okr\""));
        for (e, (s, f)) in en.iter().zip(sv.iter().zip(&fi)) {
            assert_ne!(e, s);
            assert_ne!(e, f);
            for english in ["cannot", "failed at", "check", "no answer", "certificate"] {
                assert!(!s.contains(english) && !f.contains(english), "{s}\n{f}");
            }
        }
    }
}

#[cfg(test)]
mod refusal_tests {
    use std::path::PathBuf;

    use super::*;
    use crate::i18n::{self, Lang};

    fn refusal(named: Named, kind: RefusalKind) -> PathRefusal {
        PathRefusal {
            named,
            path: PathBuf::from("../secret.csv"),
            kind,
        }
    }

    #[test]
    fn refusals_are_worded_in_swedish() {
        let _g = i18n::scoped(Lang::Sv);
        let outside = refusal(
            Named::SourceFile {
                source: "web".into(),
            },
            RefusalKind::Outside {
                root: PathBuf::from("/repo"),
            },
        );
        assert_eq!(
            outside.message(),
            "filen för källan `web` `../secret.csv` ligger utanför projektroten `/repo`"
        );
        assert!(
            outside
                .hint()
                .contains("--allow-path DIR eller OKR_ALLOW_PATHS"),
            "{}",
            outside.hint()
        );
        let git = refusal(Named::Include, RefusalKind::GitDir);
        assert_eq!(
            git.message(),
            "den inkluderade filen `../secret.csv` ligger i git-katalogen"
        );
        let fifo = refusal(Named::CheckinLog, RefusalKind::NotRegular);
        assert!(fifo
            .message()
            .starts_with("avstämningsloggen `../secret.csv` är ingen vanlig fil"));
        let d = refusal(Named::Record, RefusalKind::Dangling).into_diagnostic();
        assert!(
            d.to_string()
                .contains("periodens arkiv `../secret.csv` är en symbolisk länk"),
            "{d}"
        );
    }

    #[test]
    fn refusals_read_as_before_in_english() {
        let _g = i18n::scoped(Lang::En);
        let outside = refusal(
            Named::SourceFile {
                source: "web".into(),
            },
            RefusalKind::Outside {
                root: PathBuf::from("/repo"),
            },
        );
        assert_eq!(
            outside.message(),
            "source `web`'s file `../secret.csv` is outside the project root `/repo`"
        );
        assert_eq!(
            outside.hint(),
            "an OKR file may name only files inside its project; the person running okr can allow a directory with --allow-path DIR or OKR_ALLOW_PATHS"
        );
        assert_eq!(
            refusal(Named::Include, RefusalKind::Unreadable).message(),
            "included file `../secret.csv` cannot be read"
        );
    }
}
