//! `okr init`: a commented starter OKR file.

use std::path::{Path, PathBuf};

use anyhow::Result;
use chrono::{Datelike, NaiveDate};
use clap::Args;

use crate::error::EXIT_OK;

pub const EXAMPLES: &str = "\
Examples:
  okr init                      writes ./okrs.toml for the current quarter
  okr init team.toml --force    replaces team.toml";

#[derive(Debug, Args)]
pub struct InitArgs {
    /// Where to write the file
    #[arg(default_value = crate::config::DEFAULT_FILE, value_name = "PATH")]
    pub path: PathBuf,
    /// Replace the file if it exists
    #[arg(long)]
    pub force: bool,
}

pub fn run(args: &InitArgs) -> Result<u8> {
    let today = chrono::Local::now().date_naive();
    let text = starter(today);
    // A missing directory is write_file_atomic's to explain.
    let dir = args.path.parent().filter(|d| !d.as_os_str().is_empty());
    let _lock = if dir.is_none_or(Path::is_dir) {
        Some(crate::lock::acquire(&args.path)?)
    } else {
        None
    };
    super::write_file_atomic(&args.path, text.as_bytes(), args.force)?;
    crate::say!(
        "wrote {}: edit it, then run `okr status -c {}`",
        args.path.display(),
        args.path.display()
    );
    Ok(EXIT_OK)
}

/// The starter file for the quarter that holds `today`.
pub fn starter(today: NaiveDate) -> String {
    let q = today.month0() / 3;
    let start = NaiveDate::from_ymd_opt(today.year(), q * 3 + 1, 1).unwrap_or(today);
    let end = start
        .checked_add_months(chrono::Months::new(3))
        .and_then(|d| d.pred_opt())
        .unwrap_or(today);
    STARTER
        .replace("{name}", &format!("{}-Q{}", today.year(), q + 1))
        .replace("{start}", &start.to_string())
        .replace("{end}", &end.to_string())
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
        let config = crate::config::load(&path).unwrap_or_else(|e| panic!("{e}"));
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
            let config = crate::config::load(&path).unwrap_or_else(|e| panic!("{e}"));
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
