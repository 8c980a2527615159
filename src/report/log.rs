//! The check-in log (`okr log`): check-ins oldest first, narrowed to some
//! key results. Plain data; `render::log` draws it.

use chrono::NaiveDate;
use serde::Serialize;

use crate::metrics::checkins::{Entry, Reading};

/// Check-ins in date order; those of one day in the order they were written.
#[derive(Debug, Clone)]
pub struct CheckinLog {
    pub entries: Vec<Entry>,
}

impl CheckinLog {
    /// The entries of the key results in `only` (all without it), sorted.
    pub fn new(mut entries: Vec<Entry>, only: Option<&[&str]>) -> CheckinLog {
        if let Some(ids) = only {
            entries.retain(|e| ids.contains(&e.key_result.as_str()));
        }
        // Stable: rows of one day stay in the order they were written.
        entries.sort_by_key(|e| e.date);
        CheckinLog { entries }
    }

    pub fn any_confidence(&self) -> bool {
        self.entries.iter().any(|e| e.confidence.is_some())
    }

    /// The entries as `--format json` writes them.
    pub fn json_entries(&self) -> Vec<LogEntry<'_>> {
        self.entries.iter().map(LogEntry::from).collect()
    }
}

/// One check-in as `--format json` writes it.
#[derive(Debug, Serialize)]
pub struct LogEntry<'a> {
    pub date: NaiveDate,
    pub key_result: &'a str,
    /// `null` for a milestone's `done`.
    pub value: Option<f64>,
    pub done: bool,
    /// The owner's confidence, 1-10.
    pub confidence: Option<u8>,
    pub note: Option<&'a str>,
    pub author: Option<&'a str>,
}

impl<'a> From<&'a Entry> for LogEntry<'a> {
    fn from(e: &'a Entry) -> Self {
        LogEntry {
            date: e.date,
            key_result: &e.key_result,
            value: match e.reading {
                Reading::Value(v) => Some(v),
                Reading::Done | Reading::Nothing => None,
            },
            done: e.reading == Reading::Done,
            confidence: e.confidence,
            note: e.note.as_deref(),
            author: e.author.as_deref(),
        }
    }
}
