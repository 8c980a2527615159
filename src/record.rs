//! A closed cycle's record (`okr close`): its final numbers, grades,
//! statuses and the learnings of its experiments, written once to
//! `<cycle name>.review.json` beside the OKR file, so that later exports (or
//! none) cannot change what the quarter was. `okr status` reads it when the
//! exports are gone; `okr history` reads every record it finds.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::config::model::Config;
use crate::error::data::FileProblem;
use crate::error::Diagnostic;
use crate::report::Report;

/// The record's format; a later okr reads older formats or says it cannot.
pub const FORMAT: u32 = 1;

/// The largest record okr reads: a 50 000-key-result tree is a few MB.
const MAX_BYTES: u64 = 64 * 1024 * 1024;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CycleRecord {
    /// The record format, [`FORMAT`].
    pub okr_record: u32,
    /// The day `okr close` ran (its as-of date).
    pub closed_on: NaiveDate,
    /// The tree as of the cycle's last day (or, closed early with `--force`,
    /// as of the day it was closed).
    pub report: Report,
    pub experiments: Vec<ExperimentRecord>,
}

/// An experiment as the cycle ended.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ExperimentRecord {
    pub id: String,
    pub title: String,
    /// idea | running | won | lost | inconclusive, as of the record's day.
    pub status: String,
    pub key_results: Vec<String>,
    pub owner: Option<String>,
    pub learning: Option<String>,
}

/// Builds the record of `report` (evaluated as of the record's day).
pub fn build(config: &Config, report: Report, closed_on: NaiveDate) -> CycleRecord {
    let experiments = config
        .experiments
        .iter()
        .map(|e| {
            let e = e.as_of(report.as_of);
            ExperimentRecord {
                id: e.id,
                title: e.title,
                status: e.status.name().to_string(),
                key_results: e.key_results,
                owner: e.owner,
                learning: e.learning,
            }
        })
        .collect();
    CycleRecord {
        okr_record: FORMAT,
        closed_on,
        report,
        experiments,
    }
}

/// The record's file name for a cycle: its name with anything but letters,
/// digits, `.`, `-` and `_` replaced by `-`, then `.review.json`.
pub fn file_name(cycle: &str) -> String {
    let safe: String = cycle
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || matches!(c, '.' | '-' | '_') {
                c
            } else {
                '-'
            }
        })
        .collect();
    let safe = safe.trim_matches('.');
    let safe = if safe.is_empty() { "cycle" } else { safe };
    format!("{safe}.review.json")
}

/// Where the record of the config's cycle lives: beside the OKR file.
pub fn path_for(config: &Config) -> PathBuf {
    config
        .path
        .parent()
        .unwrap_or(Path::new("."))
        .join(file_name(&config.cycle.name))
}

/// Reads a record. A missing file is `Ok(None)`.
pub fn read(path: &Path) -> Result<Option<CycleRecord>, Diagnostic> {
    let meta = match std::fs::symlink_metadata(path) {
        Ok(m) => m,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => {
            return Err(Diagnostic::new(FileProblem::CannotRead {
                path: path.to_path_buf(),
                reason: e.to_string(),
            }));
        }
    };
    if !meta.is_file() {
        return Err(Diagnostic::new(FileProblem::RecordNotAFile {
            path: path.to_path_buf(),
        }));
    }
    if meta.len() > MAX_BYTES {
        return Err(Diagnostic::new(FileProblem::RecordTooLarge {
            path: path.to_path_buf(),
            mib: MAX_BYTES / (1024 * 1024),
        }));
    }
    let text = std::fs::read_to_string(path).map_err(|e| {
        Diagnostic::new(FileProblem::CannotRead {
            path: path.to_path_buf(),
            reason: e.to_string(),
        })
    })?;
    let record: CycleRecord = serde_json::from_str(&text).map_err(|e| {
        Diagnostic::new(FileProblem::RecordUnreadable {
            path: path.to_path_buf(),
            reason: e.to_string(),
        })
        .at(e.line(), Some(e.column()))
    })?;
    if record.okr_record != FORMAT {
        return Err(Diagnostic::new(FileProblem::RecordFormat {
            path: path.to_path_buf(),
            found: record.okr_record,
            known: FORMAT,
        }));
    }
    Ok(Some(record))
}

/// Every record in `dir`, oldest cycle first; files that are not records
/// are skipped with a note.
pub fn read_all(dir: &Path) -> (Vec<(PathBuf, CycleRecord)>, Vec<String>) {
    let mut records = Vec::new();
    let mut notes = Vec::new();
    let Ok(entries) = std::fs::read_dir(dir) else {
        return (records, notes);
    };
    let mut paths: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.ends_with(".review.json"))
        })
        .collect();
    paths.sort();
    for path in paths {
        match read(&path) {
            Ok(Some(r)) => records.push((path, r)),
            Ok(None) => {}
            Err(e) => notes.push(crate::t!("hist-note-skipped", problem = e.to_string())),
        }
    }
    records.sort_by_key(|(_, r)| r.report.cycle.start);
    (records, notes)
}

/// `okr history`: the closed cycles side by side, oldest first.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct History {
    pub cycles: Vec<HistoryCycle>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct HistoryCycle {
    pub name: String,
    pub start: NaiveDate,
    pub end: NaiveDate,
    pub closed_on: NaiveDate,
    /// The record's file name.
    pub record: String,
    pub north_star: Option<HistoryNorthStar>,
    /// Top-level objectives with their grades (weights kept for the mean).
    pub objectives: Vec<HistoryObjective>,
    /// The weighted mean of the top-level objectives' grades, rounded to
    /// one decimal as a grade is.
    pub grade: Option<f64>,
    /// Key results done, of all.
    pub done: usize,
    pub key_results: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct HistoryNorthStar {
    pub name: String,
    pub value: Option<f64>,
    pub target: f64,
    pub status: crate::report::Status,
    pub unit: Option<String>,
    pub format: crate::report::DisplayFormat,
    pub decimals: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct HistoryObjective {
    pub id: String,
    pub title: String,
    #[serde(rename = "type")]
    pub kind: crate::report::ObjectiveType,
    pub grade: Option<f64>,
    pub status: crate::report::Status,
}

/// The history of `records` (oldest first).
pub fn history(records: &[(PathBuf, CycleRecord)]) -> History {
    let cycles = records
        .iter()
        .map(|(path, r)| {
            let report = &r.report;
            let all = crate::report::walk(&report.objectives);
            let krs: Vec<_> = all.iter().flat_map(|(_, o)| o.key_results.iter()).collect();
            let (sum, weights) =
                report
                    .objectives
                    .iter()
                    .fold((0.0, 0.0), |(s, w), o| match o.progress {
                        Some(p) => (s + o.weight * p.clamp(0.0, 1.0), w + o.weight),
                        None => (s, w),
                    });
            HistoryCycle {
                name: report.cycle.name.clone(),
                start: report.cycle.start,
                end: report.cycle.end,
                closed_on: r.closed_on,
                record: path
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default(),
                north_star: report.north_star.as_ref().map(|ns| HistoryNorthStar {
                    name: ns.name.clone(),
                    value: ns.value,
                    target: ns.target,
                    status: ns.status,
                    unit: ns.unit.clone(),
                    format: ns.format,
                    decimals: ns.decimals,
                }),
                objectives: report
                    .objectives
                    .iter()
                    .map(|o| HistoryObjective {
                        id: o.id.clone(),
                        title: o.title.clone(),
                        kind: o.kind,
                        grade: o.grade,
                        status: o.status,
                    })
                    .collect(),
                grade: (weights > 0.0).then(|| crate::engine::grade(sum / weights)),
                done: krs
                    .iter()
                    .filter(|k| k.status == crate::report::Status::Done)
                    .count(),
                key_results: krs.len(),
            }
        })
        .collect();
    History { cycles }
}
