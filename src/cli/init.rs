//! `okr init`: a commented starter OKR file, or (`--from`) one built from
//! the exports themselves.

use std::path::{Path, PathBuf};

use anyhow::Result;
use chrono::{Datelike, NaiveDate};
use clap::Args;

use crate::config::starter::{self, Cycle, Export};
use crate::error::{Diagnostic, EXIT_BAD_INPUT, EXIT_OK};

pub const EXAMPLES: &str = "\
Examples:
  okr init                            writes ./okrs.toml for the current quarter
  okr init team.toml --force          replaces team.toml
  okr init --from data/*.csv          a source and metrics per export, key results to fill in
  okr init --from data/*.csv --cycle 2026-Q1 --dry-run
                                      prints what it would write for that quarter
  okr init -o team.toml --from data/*.csv
                                      another file name (FILE... takes every name after --from)";

#[derive(Debug, Args)]
pub struct InitArgs {
    /// Where to write the file
    #[arg(default_value = crate::config::DEFAULT_FILE, value_name = "PATH")]
    pub path: PathBuf,
    /// Where to write the file (the same as PATH)
    #[arg(
        short = 'o',
        long = "output",
        value_name = "PATH",
        conflicts_with = "path"
    )]
    pub output: Option<PathBuf>,
    /// Replace the file if it exists
    #[arg(long)]
    pub force: bool,
    /// Build the file from these exports (CSV): a source per file, a metric per column of numbers
    #[arg(long, value_name = "FILE", num_args = 1..)]
    pub from: Vec<PathBuf>,
    /// The cycle, a quarter such as 2026-Q1 [default: the quarter of today]
    #[arg(long, value_name = "YYYY-QN", conflicts_with_all = ["start", "end"])]
    pub cycle: Option<String>,
    /// The cycle's first day (with --end)
    #[arg(long, value_name = "DATE", value_parser = super::parse_date, requires = "end")]
    pub start: Option<NaiveDate>,
    /// The cycle's last day (with --start)
    #[arg(long, value_name = "DATE", value_parser = super::parse_date, requires = "start")]
    pub end: Option<NaiveDate>,
    /// Print the file instead of writing it
    #[arg(long)]
    pub dry_run: bool,
    /// Today, for the default cycle (YYYY-MM-DD) [default: today]
    #[arg(long = "as-of", value_name = "DATE", value_parser = super::parse_date)]
    pub as_of: Option<NaiveDate>,
    /// Let the exports be in DIR, outside the project (repeatable; also OKR_ALLOW_PATHS)
    #[arg(long = "allow-path", value_name = "DIR")]
    pub allow_path: Vec<PathBuf>,
}

pub fn run(args: &InitArgs) -> Result<u8> {
    let today = args
        .as_of
        .unwrap_or_else(|| chrono::Local::now().date_naive());
    let cycle = cycle(args, today)?;
    let path = args.output.as_ref().unwrap_or(&args.path);
    let text = if args.from.is_empty() {
        starter_for(&cycle)
    } else {
        match from_exports(args, path, &cycle)? {
            Some(text) => text,
            None => return Ok(EXIT_BAD_INPUT),
        }
    };
    if args.dry_run {
        super::print(&text)?;
        return Ok(EXIT_OK);
    }
    // A missing directory is write_file_atomic's to explain.
    let dir = path.parent().filter(|d| !d.as_os_str().is_empty());
    let _lock = if dir.is_none_or(Path::is_dir) {
        Some(crate::lock::acquire(path)?)
    } else {
        None
    };
    super::write_file_atomic(path, text.as_bytes(), args.force)?;
    crate::say!(
        "wrote {}: edit it, then run `okr status -c {}`",
        path.display(),
        path.display()
    );
    Ok(EXIT_OK)
}

const NAME_FILES: &str =
    "name the CSV files your tools exported, e.g. `okr init --from data/*.csv`";

/// The file from `--from`: `None` when no export could be read (said why).
fn from_exports(args: &InitArgs, path: &Path, cycle: &Cycle) -> Result<Option<String>> {
    crate::trust::allow(&args.allow_path);
    let trust = crate::trust::Trust::for_main(path);
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let dir = dir.canonicalize().map_err(|e| {
        Diagnostic::new(format!(
            "cannot write in {}: {}",
            dir.display(),
            crate::config::io_reason(&e)
        ))
        .with_hint("create the directory first")
    })?;
    let mut exports = Vec::new();
    for file in &args.from {
        let real = match trust.check(file, "export") {
            Ok(Some(real)) => real,
            Ok(None) => {
                let what = if file.is_dir() {
                    "is a directory"
                } else {
                    "does not exist"
                };
                return Err(Diagnostic::new(format!("{} {what}", file.display()))
                    .with_hint(NAME_FILES)
                    .into());
            }
            Err(refusal) => return Err(refusal.into_diagnostic().into()),
        };
        let written = starter::relative(&dir, &real);
        let read = crate::metrics::inspect::inspect(&written, &real, (cycle.start, cycle.end))
            .map_err(|d| {
                crate::say!("warning: left out {written}: {d}");
                match d.line {
                    Some(line) => format!("line {line}: {}", d.message()),
                    None => d.message(),
                }
            });
        exports.push(Export {
            path: written,
            read,
        });
    }
    let written = starter::write(cycle, &exports, &starter::EN);
    for notice in &written.notices {
        crate::say!("{notice}");
    }
    if exports.iter().all(|e| e.read.is_err()) {
        crate::say!("no export could be read: nothing written");
        return Ok(None);
    }
    Ok(Some(written.text))
}

/// The cycle from `--cycle` or `--start`/`--end`, else the quarter of `today`.
fn cycle(args: &InitArgs, today: NaiveDate) -> Result<Cycle> {
    if let (Some(start), Some(end)) = (args.start, args.end) {
        if end < start {
            return Err(Diagnostic::new(format!(
                "the cycle ends ({end}) before it starts ({start})"
            ))
            .with_hint("swap --start and --end")
            .into());
        }
        return Ok(Cycle {
            name: format!("{start} to {end}"),
            start,
            end,
        });
    }
    let Some(name) = &args.cycle else {
        return Ok(
            quarter(today.year(), today.month0() / 3 + 1).unwrap_or(Cycle {
                name: today.to_string(),
                start: today,
                end: today,
            }),
        );
    };
    let parsed = name
        .trim()
        .split_once(['-', ' '])
        .and_then(|(y, q)| {
            let q = q.trim().strip_prefix(['Q', 'q'])?.parse::<u32>().ok()?;
            Some((y.parse::<i32>().ok()?, q))
        })
        .filter(|(_, q)| (1..=4).contains(q))
        .and_then(|(y, q)| quarter(y, q));
    parsed.ok_or_else(|| {
        Diagnostic::new(format!(
            "--cycle {name}: expected a quarter such as 2026-Q1"
        ))
        .with_hint("for other cycles give --start and --end")
        .into()
    })
}

/// Quarter `q` (1 to 4) of `year`.
fn quarter(year: i32, q: u32) -> Option<Cycle> {
    let start = NaiveDate::from_ymd_opt(year, (q - 1) * 3 + 1, 1)?;
    let end = start
        .checked_add_months(chrono::Months::new(3))?
        .pred_opt()?;
    Some(Cycle {
        name: format!("{year}-Q{q}"),
        start,
        end,
    })
}

/// The starter file for the quarter that holds `today`.
pub fn starter(today: NaiveDate) -> String {
    match quarter(today.year(), today.month0() / 3 + 1) {
        Some(cycle) => starter_for(&cycle),
        None => String::new(),
    }
}

fn starter_for(cycle: &Cycle) -> String {
    STARTER
        .replace("{name}", &cycle.name)
        .replace("{start}", &cycle.start.to_string())
        .replace("{end}", &cycle.end.to_string())
}

const STARTER: &str = r#"# okrs.toml: your objectives and key results, read by `okr`.
# Run `okr status` in this folder; `okr validate` checks this file and your data.
# Every key is explained in the README ("The OKR file").

[cycle]
name = "{name}"
start = {start}           # TOML dates, both inclusive
end = {end}

[settings]                     # optional; these are the defaults
at_risk_below = 0.85           # progress / expected under this: at risk
off_track_below = 0.60         # ... under this: off track
stall_days = 14                # no progress for this long: stalled
stale_days = 7                 # newest data point older than this: stale
settle_days = 7                # a window younger than this is too early to judge: pending
locale = "en-US"               # number display: sv-SE, nb-NO, da-DK, fi-FI, ...

# Where metric values come from: CSV exports (delimiter, decimal mark and
# date format are sniffed). Uncomment and point at your file:
#
# [[sources]]
# name = "crm"
# path = "data/crm.csv"         # relative to this file
# layout = "long"               # long: date,metric,value[,segment]; wide: a date column + one column per metric
#
# [metrics.mqls]
# source = "crm"
# aggregate = "sum"             # sum | avg | min | max | last | count
#
# [metrics.sqls]
# source = "crm"
#
# [metrics.mql_to_sql]          # a ratio is sum(numerator) / sum(denominator)
# ratio = { numerator = "sqls", denominator = "mqls" }
# format = "percent"

[[objectives]]
id = "pipeline"                # a-z, 0-9 and -; unique across all files
title = "Build a pipeline that sales loves"
owner = "marketing"
type = "committed"             # committed (1.0 expected) or aspirational (0.7 is good)

  # A key result checked in by hand: `okr checkin survey 3.4` records a
  # value and the day it was measured (in checkins.csv beside this file).
  # Until the first check-in it has no data, which is not a zero.
  [[objectives.key_results]]
  id = "survey"
  title = "Lift the sales-satisfaction score from 3.1 to 4.0"
  start = 3.1
  target = 4.0

  # A milestone: done or not, by a due date (default: the cycle's end).
  # `okr set launch done=true` marks it done today.
  [[objectives.key_results]]
  id = "launch"
  title = "Launch the new pricing page"
  done = false
  due = {end}

  # A key result on a metric (uncomment the source and metrics above):
  # [[objectives.key_results]]
  # id = "mql-monthly"
  # title = "Grow MQLs from 400 to 900 a month"
  # metric = "mqls"
  # window = "month"            # cycle (default) | day | week | month | quarter
  # start = 400
  # target = 900
  # guardrails = [ { metric = "mql_to_sql", min = 0.25 } ]   # Goodhart's counterweight
"#;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_starter_is_a_valid_okr_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("okrs.toml");
        let today = NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
        let text = starter(today);
        assert!(text.contains("start = 2026-10-01"));
        assert!(text.contains("end = 2026-12-31"));
        std::fs::write(&path, text).unwrap();
        let config = crate::metrics::load_config(&path).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(config.objectives[0].key_results.len(), 2);
    }

    /// Written on any day of the quarter, the first `okr status` is honest:
    /// nothing overdue, nothing red, the manual key result without data.
    #[test]
    fn the_starter_reads_honestly_on_any_day_of_its_quarter() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("okrs.toml");
        for today in ["2026-10-01", "2026-10-06", "2026-11-15", "2026-12-31"] {
            let today: NaiveDate = today.parse().unwrap();
            std::fs::write(&path, starter(today)).unwrap();
            let config = crate::metrics::load_config(&path).unwrap_or_else(|e| panic!("{e}"));
            let store = crate::metrics::MetricStore::new();
            let report = crate::engine::evaluate(&config, &store, today);
            for (_, o) in crate::report::walk(&report.objectives) {
                for kr in &o.key_results {
                    assert!(
                        matches!(
                            kr.status,
                            crate::report::Status::NoData
                                | crate::report::Status::Pending
                                | crate::report::Status::OnTrack
                        ),
                        "{today}: {} is {:?}",
                        kr.id,
                        kr.status
                    );
                }
            }
        }
    }
}
