//! The check-in log: `checkins.csv` beside the main OKR file, one row per
//! check-in (`date,key_result,value,note,author,confidence`), so that manual
//! key results are measured without anyone editing TOML, and every key
//! result can carry its owner's confidence (1-10) and words.
//!
//! - [`append`] adds one row safely: the file is opened for appending, locked
//!   exclusively (two people, or two scripts, checking in at once lose
//!   nothing), the header is written when the file is empty, the row goes out
//!   in one write and is fsynced before the lock is released.
//! - [`read`] parses the log with located errors; [`merge`] folds it into the
//!   validated model: a manual key result's check-ins come after its
//!   `current`/`updated` (sorted by date, stable, so a later row on the same
//!   day wins) and a `done` row marks a milestone done on that day.
//! - Rows dated outside the cycle are kept in the file but not counted, as
//!   metric rows are: last quarter's check-ins do not break this quarter.
//! - Text a spreadsheet would run as a formula (starting with `=`, `+`, `-`,
//!   `@`, a tab or a carriage return) is written with a leading `'`, which
//!   [`read`] takes off again.

use std::collections::HashMap;
use std::fs::{File, OpenOptions};
use std::io::{Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use crate::config::model::{CheckIn, Config, KrKind, Pulse, ValueSource};
use crate::error::data::{FileProblem, LogProblem, LogStep, ValueFault};
use crate::error::{Diagnostic, Diagnostics};

/// The log's file name, in the main OKR file's directory.
pub const FILE_NAME: &str = "checkins.csv";

/// How large the log may be (a million check-ins are about 50 MiB).
pub const MAX_LOG_BYTES: u64 = 256 * 1024 * 1024;

/// The log's columns, in order.
pub const HEADER: [&str; 5] = ["date", "key_result", "value", "note", "author"];

/// The sixth column, written only by check-ins that carry a confidence, so
/// logs from before stay as they were.
pub const CONFIDENCE: &str = "confidence";

/// What a check-in says.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Reading {
    Value(f64),
    /// A milestone was done that day (`done` in the value column).
    Done,
    /// No value: a confidence or a note only (any key result takes these).
    Nothing,
}

impl Reading {
    /// The value column's text.
    pub fn cell(self) -> String {
        match self {
            Reading::Value(v) => v.to_string(),
            Reading::Done => "done".to_string(),
            Reading::Nothing => String::new(),
        }
    }
}

/// One row of the log.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub date: NaiveDate,
    pub key_result: String,
    pub reading: Reading,
    pub note: Option<String>,
    pub author: Option<String>,
    /// The owner's confidence that the key result will be reached, 1-10.
    pub confidence: Option<u8>,
    /// 1-based line in the file (0 for a row not read from a file).
    pub line: usize,
}

/// The log that belongs to the OKR file at `config_path`.
pub fn path_for(config_path: &Path) -> PathBuf {
    match config_path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir.join(FILE_NAME),
        _ => PathBuf::from(FILE_NAME),
    }
}

/// Reads the log at `path`; a missing file is an empty log.
pub fn read(path: &Path) -> Result<Vec<Entry>, Diagnostics> {
    let bytes = match crate::trust::read_bounded(path, MAX_LOG_BYTES) {
        Ok(Some(bytes)) => bytes,
        Ok(None) => {
            return Err(Diagnostics(vec![Diagnostic::new(
                FileProblem::LogTooLarge {
                    path: path.to_path_buf(),
                    mib: MAX_LOG_BYTES / (1024 * 1024),
                },
            )]))
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => {
            return Err(Diagnostics(vec![Diagnostic::new(
                FileProblem::LogUnreadable {
                    path: path.to_path_buf(),
                    reason: crate::config::io_reason(&e),
                },
            )]))
        }
    };
    parse(path, &bytes)
}

/// Parses the text of a log; `path` is for messages.
pub fn parse(path: &Path, bytes: &[u8]) -> Result<Vec<Entry>, Diagnostics> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let located =
        |line: usize, problem: LogProblem| Diagnostic::new(problem).in_file(path).at(line, None);
    // Excel in many locales saves with `;`: read what the header says.
    let first_line = bytes.split(|&b| b == b'\n').next().unwrap_or_default();
    let delimiter = [b',', b';', b'\t']
        .into_iter()
        .find(|d| first_line.contains(d))
        .unwrap_or(b',');
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .from_reader(bytes);
    let headers = match reader.headers() {
        Ok(h) => h.clone(),
        Err(e) => return Err(Diagnostics(vec![csv_error(path, &e)])),
    };
    if headers.is_empty() || headers.iter().all(|h| h.trim().is_empty()) {
        return Ok(Vec::new());
    }
    let column = |name: &str| {
        headers
            .iter()
            .position(|h| h.trim().eq_ignore_ascii_case(name))
    };
    let (Some(date_col), Some(kr_col), Some(value_col)) =
        (column("date"), column("key_result"), column("value"))
    else {
        return Err(Diagnostics(vec![located(
            1,
            LogProblem::Header {
                found: headers.iter().collect::<Vec<_>>().join(","),
                expected: HEADER.join(","),
            },
        )]));
    };
    let (note_col, author_col) = (column("note"), column("author"));
    // A log written before confidences were logged has five named columns;
    // rows appended since carry the confidence sixth.
    let confidence_col = column(CONFIDENCE).unwrap_or(HEADER.len());

    let mut entries = Vec::new();
    let mut problems = Vec::new();
    for record in reader.records() {
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                problems.push(csv_error(path, &e));
                continue;
            }
        };
        let line = record.position().map_or(0, |p| p.line() as usize);
        if record.iter().all(|cell| cell.trim().is_empty()) {
            continue;
        }
        let cell = |i: usize| record.get(i).map(str::trim).unwrap_or_default();
        let text = |i: Option<usize>| {
            i.map(|i| restore(record.get(i).unwrap_or_default()))
                .filter(|t| !t.trim().is_empty())
        };
        let date = match NaiveDate::parse_from_str(cell(date_col), "%Y-%m-%d") {
            Ok(d) => d,
            Err(_) => {
                problems.push(located(
                    line,
                    LogProblem::BadDate {
                        found: cell(date_col).to_string(),
                    },
                ));
                continue;
            }
        };
        let key_result = restore(cell(kr_col));
        if key_result.is_empty() {
            problems.push(located(line, LogProblem::NoKeyResult));
            continue;
        }
        let raw_value = cell(value_col);
        let raw_confidence = cell(confidence_col);
        let confidence = if raw_confidence.is_empty() {
            None
        } else {
            match parse_confidence(raw_confidence) {
                Ok(c) => Some(c),
                Err(_) => {
                    problems.push(located(
                        line,
                        LogProblem::BadConfidence {
                            found: raw_confidence.trim().to_string(),
                        },
                    ));
                    continue;
                }
            }
        };
        let note = text(note_col);
        let reading = if raw_value.eq_ignore_ascii_case("done") {
            Reading::Done
        } else if raw_value.is_empty() && (confidence.is_some() || note.is_some()) {
            Reading::Nothing
        } else {
            match parse_value(raw_value) {
                Ok(v) => Reading::Value(v),
                Err(why) => {
                    problems.push(located(
                        line,
                        LogProblem::BadValue {
                            value: raw_value.to_string(),
                            kr: key_result,
                            reason: why,
                        },
                    ));
                    continue;
                }
            }
        };
        entries.push(Entry {
            date,
            key_result,
            reading,
            note,
            author: text(author_col),
            confidence,
            line,
        });
    }
    if problems.is_empty() {
        Ok(entries)
    } else {
        Err(Diagnostics(problems))
    }
}

/// A confidence: a whole number from 1 to 10.
pub fn parse_confidence(text: &str) -> Result<u8, String> {
    match text.trim().parse::<u8>() {
        Ok(c) if (1..=10).contains(&c) => Ok(c),
        _ => Err(ValueFault::Confidence {
            found: text.trim().to_string(),
        }
        .message()),
    }
}

fn csv_error(path: &Path, e: &csv::Error) -> Diagnostic {
    let mut d = Diagnostic::new(FileProblem::LogNotCsv {
        reason: e.to_string(),
    })
    .in_file(path);
    if let Some(line) = e.position().map(|p| p.line() as usize) {
        d = d.at(line, None);
    }
    d
}

/// Reads the log beside `config.path` (if there is one) into the model.
pub fn load_into(config: &mut Config) -> Result<(), Diagnostics> {
    let path = path_for(&config.path);
    trusted(&config.path, &path).map_err(|d| Diagnostics(vec![d]))?;
    let entries = read(&path)?;
    merge(config, &path, &entries)
}

/// Refuses a log that resolves outside the project or to no regular file
/// (a committed `checkins.csv -> /proc/self/environ`), before it is read or
/// written (DESIGN.md section 1.3).
pub fn trusted(config_path: &Path, log: &Path) -> Result<(), Diagnostic> {
    crate::trust::Trust::for_main(config_path)
        .check(log, &crate::trust::Named::CheckinLog)
        .map(drop)
        .map_err(crate::trust::Refusal::into_diagnostic)
}

/// Folds `entries` into the model: check-ins of manual key results and
/// `done` rows of milestones. Rows outside the cycle are not counted; rows
/// that name no key result, a key result that reads a metric or the wrong
/// kind of value are errors at their line of `path`.
pub fn merge(config: &mut Config, path: &Path, entries: &[Entry]) -> Result<(), Diagnostics> {
    let cycle = config.cycle.clone();
    let ids: Vec<String> = config
        .objectives
        .iter()
        .flat_map(|o| o.key_results.iter().map(|k| k.id.clone()))
        .collect();
    // Looked up by id: a log of many rows against many key results stays
    // linear in both.
    let known: std::collections::HashSet<&str> = ids.iter().map(String::as_str).collect();
    let mut by_id: HashMap<&str, Vec<&Entry>> = HashMap::new();
    let mut problems = Vec::new();
    for entry in entries {
        crate::work::step(1);
        if entry.date < cycle.start || entry.date > cycle.end {
            continue;
        }
        if !known.contains(entry.key_result.as_str()) {
            let suggestion =
                crate::config::closest(&entry.key_result, ids.iter().map(|s| s.as_str()));
            problems.push(
                Diagnostic::new(FileProblem::LogUnknownKeyResult {
                    id: entry.key_result.clone(),
                    suggestion: suggestion.map(str::to_string),
                })
                .in_file(path)
                .at(entry.line, None),
            );
            continue;
        }
        by_id
            .entry(entry.key_result.as_str())
            .or_default()
            .push(entry);
    }
    for kr in config
        .objectives
        .iter_mut()
        .flat_map(|o| o.key_results.iter_mut())
    {
        let Some(rows) = by_id.get(kr.id.as_str()) else {
            continue;
        };
        let wrong = |entry: &Entry, problem: LogProblem| {
            Diagnostic::new(problem).in_file(path).at(entry.line, None)
        };
        // Every key result takes its owner's confidence and words.
        for entry in rows {
            if entry.confidence.is_some() || entry.note.is_some() {
                kr.pulses.push(Pulse {
                    date: entry.date,
                    confidence: entry.confidence,
                    note: entry.note.clone(),
                });
            }
        }
        kr.pulses.sort_by_key(|p| p.date);
        let rows: Vec<&&Entry> = rows
            .iter()
            .filter(|e| e.reading != Reading::Nothing)
            .collect();
        if rows.is_empty() {
            continue;
        }
        match &mut kr.kind {
            KrKind::Progress { source, .. } | KrKind::Threshold { source, .. } => {
                let checkins = match source {
                    ValueSource::Manual(checkins) => checkins,
                    ValueSource::Metric(metric) => {
                        problems.push(wrong(
                            rows[0],
                            LogProblem::ReadsMetric {
                                kr: kr.id.clone(),
                                metric: metric.clone(),
                            },
                        ));
                        continue;
                    }
                };
                for entry in rows {
                    match entry.reading {
                        Reading::Nothing => {}
                        Reading::Value(value) => checkins.push(CheckIn {
                            date: entry.date,
                            value,
                            note: entry.note.clone(),
                        }),
                        Reading::Done => problems.push(wrong(
                            entry,
                            LogProblem::DoneNeedsNumber { kr: kr.id.clone() },
                        )),
                    }
                }
                // Stable: `current`/`updated` first, then the rows in file
                // order, so the last one written on a day wins.
                checkins.sort_by_key(|c| c.date);
            }
            KrKind::Milestone { done, done_on, .. } => {
                for entry in rows {
                    match entry.reading {
                        Reading::Nothing => {}
                        Reading::Done => {
                            // Done since the earliest day anyone said so
                            // (`done = true` without `done_on`: since always).
                            let already = *done && done_on.is_none();
                            if !already {
                                *done_on = Some(done_on.map_or(entry.date, |d| d.min(entry.date)));
                            }
                            *done = true;
                        }
                        Reading::Value(_) => problems.push(wrong(
                            entry,
                            LogProblem::MilestoneValue { kr: kr.id.clone() },
                        )),
                    }
                }
            }
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        problems.sort_by_key(|d| d.line);
        Err(Diagnostics(problems))
    }
}

/// Appends one check-in to the log at `path`, creating it with its header.
/// The file is locked while the row is written and fsynced, so concurrent
/// check-ins lose nothing.
pub fn append(path: &Path, entry: &Entry) -> Result<(), Diagnostic> {
    use fs4::fs_std::FileExt;

    let fail = |step: LogStep, e: std::io::Error| {
        Diagnostic::new(LogProblem::CannotWrite {
            step,
            path: path.to_path_buf(),
            reason: crate::config::io_reason(&e),
        })
    };
    let existed = path.symlink_metadata().is_ok();
    let mut file = OpenOptions::new()
        .read(true)
        .append(true)
        .create(true)
        .open(path)
        .map_err(|e| fail(LogStep::Open, e))?;
    file.lock_exclusive().map_err(|e| fail(LogStep::Lock, e))?;
    if !existed {
        // A log that root creates belongs to whoever owns the directory.
        let dir = path.parent().filter(|d| !d.as_os_str().is_empty());
        if let Ok(meta) = std::fs::metadata(dir.unwrap_or(Path::new("."))) {
            crate::lock::same_owner(&file, &meta).map_err(|e| fail(LogStep::Give, e))?;
        }
    }
    let mut written = write_locked(&mut file, entry).map_err(|e| fail(LogStep::Write, e));
    if written.is_err() && !existed && file.metadata().is_ok_and(|m| m.len() == 0) {
        // Exactly as it was: not there.
        let _ = std::fs::remove_file(path);
    } else if written.is_ok() && !existed {
        // A new file is on disk once its directory entry is.
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            written = crate::lock::sync_dir(dir).map_err(|e| fail(LogStep::SyncDir, e));
        }
    }
    let unlocked = FileExt::unlock(&file).map_err(|e| fail(LogStep::Unlock, e));
    written.and(unlocked)
}

fn write_locked(file: &mut File, entry: &Entry) -> std::io::Result<()> {
    let len = file.metadata()?.len();
    let mut out = Vec::new();
    if len == 0 {
        out.extend_from_slice(HEADER.join(",").as_bytes());
        if entry.confidence.is_some() {
            out.extend_from_slice(format!(",{CONFIDENCE}").as_bytes());
        }
        out.push(b'\n');
    } else {
        // A log saved by hand without a final newline: do not glue the row on.
        let mut last = [0u8; 1];
        file.seek(SeekFrom::Start(len - 1))?;
        file.read_exact(&mut last)?;
        if last[0] != b'\n' {
            out.push(b'\n');
        }
    }
    out.extend_from_slice(&row(entry));
    // One write: with O_APPEND it lands whole at the end of the file.
    append_or_restore(file, len, &out, |file, bytes| file.write_all(bytes))
}

/// Appends `bytes` to `file` (of `len` bytes) with `write`, then fsyncs;
/// when either fails (a full disk, a quota) the file is cut back to `len`
/// and fsynced, so a failed check-in leaves the log exactly as it was.
fn append_or_restore(
    file: &mut File,
    len: u64,
    bytes: &[u8],
    write: impl FnOnce(&mut File, &[u8]) -> std::io::Result<()>,
) -> std::io::Result<()> {
    let result = write(file, bytes).and_then(|()| file.sync_data());
    if result.is_err() {
        let _ = file.set_len(len).and_then(|()| file.sync_data());
    }
    result
}

/// One CSV line for `entry`, newline included.
pub fn row(entry: &Entry) -> Vec<u8> {
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::Any(b'\n'))
        .from_writer(Vec::new());
    let record = [
        entry.date.to_string(),
        defuse(&entry.key_result),
        entry.reading.cell(),
        entry.note.as_deref().map(defuse).unwrap_or_default(),
        entry.author.as_deref().map(defuse).unwrap_or_default(),
    ];
    // Writing to memory cannot fail; an empty row would only lose the line.
    let _ = match entry.confidence {
        Some(c) => writer.write_record(record.iter().cloned().chain([c.to_string()])),
        None => writer.write_record(&record),
    };
    writer.into_inner().unwrap_or_default()
}

const FORMULA_START: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// Text a spreadsheet would run as a formula gets a leading `'`. Text that
/// already starts with quotes before such a character gets one more, so
/// that [`restore`] gives back exactly what was written.
pub fn defuse(text: &str) -> String {
    if text.trim_start_matches('\'').starts_with(FORMULA_START) {
        format!("'{text}")
    } else {
        text.to_string()
    }
}

/// The inverse of [`defuse`].
pub fn restore(text: &str) -> String {
    match text.strip_prefix('\'') {
        Some(rest) if rest.trim_start_matches('\'').starts_with(FORMULA_START) => rest.to_string(),
        _ => text.to_string(),
    }
}

/// Reads a value as people type it: `3.4`, `3,4`, `1 234,5`, `1,234.5`,
/// `-2`, `−2`. A lone comma before exactly three digits (`1,234`) could be
/// either notation and is refused.
pub fn parse_value(text: &str) -> Result<f64, String> {
    let mut core: String = text
        .trim()
        .chars()
        .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}' | '_'))
        .map(|c| if c == '\u{2212}' { '-' } else { c })
        .collect();
    let spaced = core.len() != text.trim().len();
    if core.is_empty() {
        return Err(ValueFault::Empty.message());
    }
    let dots = core.matches('.').count();
    let commas = core.matches(',').count();
    let after = |mark: char, s: &str| s.rsplit(mark).next().map_or(0, str::len);
    match (dots, commas) {
        (0, 0) | (1, 0) => {}
        (0, 1) => {
            let digits_after = after(',', &core);
            if digits_after == 3 && !spaced && core.trim_start_matches('-').len() <= 7 {
                return Err(ValueFault::Ambiguous {
                    text: text.trim().to_string(),
                    plain: core.replace(',', ""),
                    point: core.replace(',', "."),
                }
                .message());
            }
            core = core.replace(',', ".");
        }
        // Several of one mark: thousands separators.
        (0, _) => core = grouped(&core, ',')?,
        (_, 0) => core = grouped(&core, '.')?,
        _ => {
            // Both: the last one is the decimal mark.
            let decimal = if core.rfind('.') > core.rfind(',') {
                '.'
            } else {
                ','
            };
            let group = if decimal == '.' { ',' } else { '.' };
            let (whole, fraction) = core
                .rsplit_once(decimal)
                .map(|(w, f)| (w.to_string(), f.to_string()))
                .unwrap_or_default();
            if fraction.contains(group) {
                return Err(ValueFault::NotANumber.message());
            }
            core = format!("{}.{fraction}", grouped(&whole, group)?);
        }
    }
    let value: f64 = core
        .parse()
        .map_err(|_| ValueFault::NotANumberWritten.message())?;
    if !value.is_finite() {
        return Err(ValueFault::NotFinite.message());
    }
    Ok(value)
}

/// `1,234,567` without its group separators, checking the groups of three.
fn grouped(text: &str, group: char) -> Result<String, String> {
    let mut parts = text.split(group);
    let head = parts.next().unwrap_or_default();
    let rest: Vec<&str> = parts.collect();
    let head_ok =
        !head.trim_start_matches('-').is_empty() && head.trim_start_matches('-').len() <= 3;
    if !head_ok || rest.iter().any(|p| p.len() != 3) {
        return Err(ValueFault::MisplacedGroups {
            text: text.to_string(),
            group,
        }
        .message());
    }
    Ok(text.replace(group, ""))
}

/// Who checks in: `git config user.name` (run in `dir`, so a repository's
/// own setting counts), else $USER (or $USERNAME), else `unknown`.
pub fn author(dir: &Path) -> String {
    let from_git = std::process::Command::new("git")
        .args(["config", "user.name"])
        .current_dir(if dir.as_os_str().is_empty() {
            Path::new(".")
        } else {
            dir
        })
        .stderr(std::process::Stdio::null())
        .output()
        .ok()
        .filter(|o| o.status.success())
        .and_then(|o| String::from_utf8(o.stdout).ok())
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty());
    from_git
        .or_else(|| {
            ["USER", "USERNAME"]
                .into_iter()
                .filter_map(|v| std::env::var(v).ok())
                .map(|s| s.trim().to_string())
                .find(|s| !s.is_empty())
        })
        .unwrap_or_else(|| "unknown".to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_read_as_people_type_them() {
        let ok = [
            ("3.4", 3.4),
            ("3,4", 3.4),
            ("1 234,5", 1234.5),
            ("1\u{a0}234,5", 1234.5),
            ("1,234.5", 1234.5),
            ("1.234,5", 1234.5),
            ("1,234,567", 1234567.0),
            ("-2", -2.0),
            ("\u{2212}2,5", -2.5),
            (" 42 ", 42.0),
            ("0,1234", 0.1234),
            ("12345,678", 12345.678),
        ];
        for (text, want) in ok {
            assert_eq!(parse_value(text), Ok(want), "{text:?}");
        }
        for bad in ["", "abc", "1,234", "NaN", "inf", "1,23,4", "3.4.5,6"] {
            assert!(parse_value(bad).is_err(), "{bad:?}");
        }
        assert!(parse_value("1,234").unwrap_err().contains("1234 or 1.234"));
    }

    #[test]
    fn formula_text_is_defused_and_restored_exactly() {
        let cases = [
            ("=1+1", "'=1+1"),
            ("+46 70", "'+46 70"),
            ("-3 points", "'-3 points"),
            ("@here", "'@here"),
            ("\tx", "'\tx"),
            ("'=x", "''=x"),
            ("'quoted'", "'quoted'"),
            ("plain", "plain"),
        ];
        for (text, written) in cases {
            assert_eq!(defuse(text), written, "{text:?}");
            assert_eq!(restore(written), text, "{written:?}");
        }
    }

    #[test]
    fn rows_quote_what_csv_needs() {
        let entry = Entry {
            date: NaiveDate::from_ymd_opt(2026, 2, 10).unwrap(),
            key_result: "brand-survey".into(),
            reading: Reading::Value(3.4),
            note: Some("panel, \"wave 2\"\nsecond line".into()),
            author: Some("Ana".into()),
            confidence: None,
            line: 0,
        };
        assert_eq!(
            String::from_utf8(row(&entry)).unwrap(),
            "2026-02-10,brand-survey,3.4,\"panel, \"\"wave 2\"\"\nsecond line\",Ana\n"
        );
        let text = format!(
            "{}\n{}",
            HEADER.join(","),
            String::from_utf8(row(&entry)).unwrap()
        );
        let back = parse(Path::new("checkins.csv"), text.as_bytes()).unwrap();
        assert_eq!(back[0].note, entry.note);
        assert_eq!(back[0].line, 2);
    }

    #[test]
    fn append_waits_for_the_lock_and_writes_the_header_once() {
        use fs4::fs_std::FileExt;

        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(FILE_NAME);
        let entry = |value: f64| Entry {
            date: NaiveDate::from_ymd_opt(2026, 2, 10).unwrap(),
            key_result: "brand-survey".into(),
            reading: Reading::Value(value),
            note: None,
            author: Some("ana".into()),
            confidence: None,
            line: 0,
        };
        // Someone else holds the lock (another process, or a hand edit
        // through this code): append must wait for it.
        let holder = File::create(&path).unwrap();
        holder.lock_exclusive().unwrap();
        let writer = {
            let path = path.clone();
            std::thread::spawn(move || append(&path, &entry(3.4)))
        };
        std::thread::sleep(std::time::Duration::from_millis(300));
        assert_eq!(
            std::fs::read_to_string(&path).unwrap(),
            "",
            "written while locked"
        );
        FileExt::unlock(&holder).unwrap();
        writer.join().unwrap().unwrap();
        append(&path, &entry(3.5)).unwrap();
        assert_eq!(
            std::fs::read_to_string(&path).unwrap(),
            "date,key_result,value,note,author\n\
             2026-02-10,brand-survey,3.4,,ana\n\
             2026-02-10,brand-survey,3.5,,ana\n"
        );
        // A log saved by hand without a final newline gets one first.
        std::fs::write(
            &path,
            "date,key_result,value,note,author\n2026-02-10,x,1,,ana",
        )
        .unwrap();
        append(&path, &entry(2.0)).unwrap();
        assert!(std::fs::read_to_string(&path)
            .unwrap()
            .ends_with(",ana\n2026-02-10,brand-survey,2,,ana\n"));
    }

    #[test]
    fn a_failed_append_is_cut_back_to_the_old_length() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(FILE_NAME);
        let before = "date,key_result,value,note,author\n2026-02-10,x,1,,ana\n";
        std::fs::write(&path, before).unwrap();
        let mut file = OpenOptions::new()
            .read(true)
            .append(true)
            .open(&path)
            .unwrap();
        let len = file.metadata().unwrap().len();
        // Half the row goes out, then the disk is full.
        let failed = append_or_restore(&mut file, len, b"2026-02-11,x,2,,ana\n", |f, bytes| {
            f.write_all(&bytes[..8])?;
            Err(std::io::Error::from(std::io::ErrorKind::StorageFull))
        });
        assert!(failed.is_err());
        assert_eq!(std::fs::read_to_string(&path).unwrap(), before);
        // The next append lands right after the old end.
        append_or_restore(&mut file, len, b"2026-02-12,x,3,,ana\n", |f, b| {
            f.write_all(b)
        })
        .unwrap();
        assert_eq!(
            std::fs::read_to_string(&path).unwrap(),
            format!("{before}2026-02-12,x,3,,ana\n")
        );
    }

    #[test]
    fn bad_rows_are_located() {
        let text = "date,key_result,value,note,author\n2026-02-10,x,3.4,,\n10.02.2026,x,1,,\n2026-02-11,x,lots,,\n";
        let err = parse(Path::new("checkins.csv"), text.as_bytes()).unwrap_err();
        assert_eq!(err.0.len(), 2);
        assert_eq!(err.0[0].line, Some(3));
        assert_eq!(err.0[1].line, Some(4));
        let err = parse(Path::new("checkins.csv"), b"day,kr,v\n").unwrap_err();
        assert!(err.0[0].message().contains("header"), "{err}");
    }

    /// The log's folder could not be synced, as a message.
    fn cannot_sync_the_log() -> Diagnostic {
        Diagnostic::new(LogProblem::CannotWrite {
            step: LogStep::SyncDir,
            path: PathBuf::from("okr/checkins.csv"),
            reason: "Permission denied".into(),
        })
    }

    #[test]
    fn log_problems_are_worded_in_swedish() {
        use crate::i18n::{self, Lang};
        let _g = i18n::scoped(Lang::Sv);
        let text = "date,key_result,value,confidence\n\
                    2026-02-10,x,lots,\n\
                    10.02.2026,x,1,\n\
                    2026-02-11,,1,\n\
                    2026-02-12,x,3,11\n";
        let err = parse(Path::new("checkins.csv"), text.as_bytes()).unwrap_err();
        let all = err.to_string();
        for piece in [
            "checkins.csv:2: värdet `lots` för `x`: inget tal (skriv det som",
            "skriv ett tal som 3,4 (eller `done` för en milstolpe)",
            "checkins.csv:3: datumet `10.02.2026` är inget datum",
            "skriv datum som ÅÅÅÅ-MM-DD",
            "checkins.csv:4: raden anger inget nyckelresultat",
            "checkins.csv:5: tilltron `11` är inget heltal från 1 till 10",
            "skriv ett heltal från 1 till 10",
        ] {
            assert!(all.contains(piece), "expected {piece:?} in:\n{all}");
        }
        let header = parse(Path::new("checkins.csv"), b"day,kr,v\n").unwrap_err();
        assert!(
            header
                .to_string()
                .contains("avstämningsloggens rubrikrad är `day,kr,v`"),
            "{header}"
        );
        for (cell, said) in [
            (
                "1,234",
                "`1,234` kan vara 1234 eller 1.234; skriv det utan kommatecken, eller med decimalpunkt",
            ),
            ("", "ett värde behövs"),
            ("abc", "inget tal (skriv det som 3.4, 3,4 eller 1 234,5)"),
            ("1,23,4", "`1,23,4` har felplacerade `,`-avgränsare"),
        ] {
            assert_eq!(parse_value(cell).unwrap_err(), said, "{cell:?}");
        }
        assert_eq!(
            cannot_sync_the_log().to_string(),
            "kan inte synka katalogen för okr/checkins.csv: Permission denied\n  = tips: kontrollera att katalogen finns och är skrivbar"
        );
    }

    #[test]
    fn log_problems_read_as_before_in_english() {
        use crate::i18n::{self, Lang};
        let _g = i18n::scoped(Lang::En);
        assert_eq!(
            cannot_sync_the_log().to_string(),
            "cannot sync the directory of okr/checkins.csv: Permission denied\n  = hint: check that the directory exists and is writable"
        );
        assert_eq!(
            parse_value("1,234").unwrap_err(),
            "`1,234` could be 1234 or 1.234; write it without the comma, or with a decimal point"
        );
        assert_eq!(
            parse_confidence("0").unwrap_err(),
            "confidence `0` is not a whole number from 1 to 10"
        );
    }
}
