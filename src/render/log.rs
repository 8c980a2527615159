//! `okr log` drawn: a table (Author, then Conf. go when the terminal is
//! narrow), the check-in CSV, or JSON.

use super::grid::{Align, Grid};
use super::number::{self, Locale};
use crate::controls::one_line;
use crate::error::Diagnostic;
use crate::metrics::checkins::{self, Entry, Reading};
use crate::report::log::CheckinLog;
use crate::t;

/// The value as written, in the locale's notation (`3,4` under sv-SE),
/// with all its decimals.
fn value(entry: &Entry, locale: Locale) -> String {
    match entry.reading {
        Reading::Value(v) => {
            let written = v.to_string();
            let decimals = written.split_once('.').map_or(0, |(_, d)| d.len());
            number::number(v, Some(decimals.min(9) as u32), locale)
        }
        Reading::Done => t!("log-done"),
        Reading::Nothing => String::new(),
    }
}

pub fn table(log: &CheckinLog, width: usize, locale: Locale) -> String {
    let any_confidence = log.any_confidence();
    let mut grid = Grid::new()
        .column(t!("log-col-date"), Align::Left)
        .column(t!("log-col-key-result"), Align::Left)
        .column(t!("log-col-value"), Align::Right);
    if any_confidence {
        grid = grid.optional(t!("log-col-confidence"), Align::Right, 1);
    }
    grid =
        grid.column(t!("log-col-note"), Align::Left)
            .optional(t!("log-col-author"), Align::Left, 0);
    for e in &log.entries {
        let mut row = vec![
            number::date(e.date, locale),
            e.key_result.clone(),
            value(e, locale),
        ];
        if any_confidence {
            row.push(e.confidence.map(|c| format!("{c}/10")).unwrap_or_default());
        }
        row.extend([&e.note, &e.author].map(|t| one_line(t.as_deref().unwrap_or_default())));
        grid.row(row);
    }
    grid.render(width)
}

/// The log in the format of `checkins.csv`.
pub fn csv(log: &CheckinLog) -> Result<String, Diagnostic> {
    let mut out = checkins::HEADER.join(",").into_bytes();
    if log.any_confidence() {
        out.extend_from_slice(format!(",{}", checkins::CONFIDENCE).as_bytes());
    }
    out.push(b'\n');
    for e in &log.entries {
        out.extend(checkins::row(e));
    }
    String::from_utf8(out).map_err(|_| Diagnostic::new(crate::error::data::CliProblem::LogNotUtf8))
}

pub fn json(log: &CheckinLog) -> String {
    let mut out =
        serde_json::to_string_pretty(&log.json_entries()).unwrap_or_else(|_| "[]".to_string());
    out.push('\n');
    out
}
