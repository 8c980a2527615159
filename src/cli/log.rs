//! `okr log`: the check-in history from `checkins.csv`, with notes and
//! authors, oldest first.

use anyhow::Result;
use clap::{Args, ValueEnum};
use comfy_table::{ContentArrangement, Table};
use serde::Serialize;

use super::Common;
use crate::error::{Diagnostic, EXIT_OK};
use crate::metrics::checkins::{self, Entry, Reading};

pub const EXAMPLES: &str = "\
Examples:
  okr log                          every check-in, oldest first
  okr log brand-survey             one key result's
  okr log pipeline                 the key results of one objective
  okr log --format csv > history.csv";

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LogFormat {
    Table,
    Csv,
    Json,
}

#[derive(Debug, Args)]
pub struct LogArgs {
    #[command(flatten)]
    pub common: Common,
    /// Only this key result (or the key results of this objective)
    #[arg(value_name = "KR-ID")]
    pub id: Option<String>,
    /// Output format
    #[arg(long, short = 'f', value_enum, default_value_t = LogFormat::Table)]
    pub format: LogFormat,
}

/// One check-in as `--format json` writes it.
#[derive(Debug, Serialize)]
struct JsonEntry<'a> {
    date: chrono::NaiveDate,
    key_result: &'a str,
    /// `null` for a milestone's `done`.
    value: Option<f64>,
    done: bool,
    /// The owner's confidence, 1-10.
    confidence: Option<u8>,
    note: Option<&'a str>,
    author: Option<&'a str>,
}

pub fn run(args: &LogArgs) -> Result<u8> {
    // Loading validates the log against the OKR file.
    let config = args.common.load_config()?;
    let path = checkins::path_for(&config.path);
    let mut entries = checkins::read(&path)?;
    if let Some(id) = &args.id {
        let ids: Vec<&str> = match config.objectives.iter().find(|o| &o.id == id) {
            Some(objective) => objective
                .key_results
                .iter()
                .map(|k| k.id.as_str())
                .collect(),
            None => vec![super::checkin::find_key_result(&config, id)?.id.as_str()],
        };
        entries.retain(|e| ids.contains(&e.key_result.as_str()));
    }
    // Stable: rows of one day stay in the order they were written.
    entries.sort_by_key(|e| e.date);
    if args.format == LogFormat::Table && entries.is_empty() {
        if !args.common.quiet {
            crate::say!(
                "no check-ins yet in {}: `okr checkin KR-ID VALUE` records one",
                path.display()
            );
        }
        return Ok(EXIT_OK);
    }
    let text = match args.format {
        LogFormat::Table => table(&entries, super::terminal_width()),
        LogFormat::Csv => csv(&entries)?,
        LogFormat::Json => json(&entries),
    };
    super::print(&text)?;
    Ok(EXIT_OK)
}

fn value(entry: &Entry) -> String {
    match entry.reading {
        Reading::Value(v) => v.to_string(),
        Reading::Done => "done".to_string(),
        Reading::Nothing => String::new(),
    }
}

fn table(entries: &[Entry], width: usize) -> String {
    let any_confidence = entries.iter().any(|e| e.confidence.is_some());
    let mut table = Table::new();
    table
        .load_preset("     ─             ")
        .set_content_arrangement(ContentArrangement::Dynamic)
        .force_no_tty()
        .set_width(u16::try_from(width).unwrap_or(u16::MAX))
        .set_header({
            let mut h = vec!["Date", "Key result", "Value"];
            if any_confidence {
                h.push("Conf.");
            }
            h.extend(["Note", "Author"]);
            h
        });
    for e in entries {
        let one_line = |t: Option<&str>| {
            t.unwrap_or_default()
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
        };
        let mut row = vec![e.date.to_string(), e.key_result.clone(), value(e)];
        if any_confidence {
            row.push(e.confidence.map(|c| format!("{c}/10")).unwrap_or_default());
        }
        row.extend([one_line(e.note.as_deref()), one_line(e.author.as_deref())]);
        table.add_row(row);
    }
    let last = if any_confidence { 5 } else { 4 };
    for (i, column) in table.column_iter_mut().enumerate() {
        column.set_padding((0, if i == last { 0 } else { 2 }));
        if i == 2 || (any_confidence && i == 3) {
            column.set_cell_alignment(comfy_table::CellAlignment::Right);
        }
    }
    let mut out: String = table
        .lines()
        .map(|l| l.trim_end().to_string() + "\n")
        .collect();
    if out.is_empty() {
        out.push('\n');
    }
    out
}

fn csv(entries: &[Entry]) -> Result<String, Diagnostic> {
    let mut out = checkins::HEADER.join(",").into_bytes();
    if entries.iter().any(|e| e.confidence.is_some()) {
        out.extend_from_slice(format!(",{}", checkins::CONFIDENCE).as_bytes());
    }
    out.push(b'\n');
    for e in entries {
        out.extend(checkins::row(e));
    }
    String::from_utf8(out).map_err(|_| Diagnostic::new("the check-in log is not valid UTF-8"))
}

fn json(entries: &[Entry]) -> String {
    let rows: Vec<JsonEntry> = entries
        .iter()
        .map(|e| JsonEntry {
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
        })
        .collect();
    let mut out = serde_json::to_string_pretty(&rows).unwrap_or_else(|_| "[]".to_string());
    out.push('\n');
    out
}
