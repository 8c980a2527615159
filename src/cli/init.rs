//! `okr init`: a commented starter OKR file, or (`--from`) one built from
//! the exports themselves.

use std::path::{Path, PathBuf};

use anyhow::Result;
use chrono::{Datelike, NaiveDate};
use clap::Args;

use crate::config::starter::{self, Cycle, Export};
use crate::error::{Diagnostic, EXIT_BAD_INPUT, EXIT_OK};
use crate::i18n::Lang;
use crate::t;

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
    /// The language of the comments and sample titles: en, sv, nb, da, fi (else OKR_LANG, else English); written into `[settings]`
    #[arg(long = "lang", value_name = "LANG", value_parser = super::parse_lang)]
    pub lang: Option<Lang>,
}

pub fn run(args: &InitArgs) -> Result<u8> {
    let today = args
        .as_of
        .unwrap_or_else(|| chrono::Local::now().date_naive());
    // Written into `[settings]` when asked for (`--lang`, OKR_LANG), so the
    // whole team reads the file's language.
    let language = args.lang.or_else(crate::i18n::from_env);
    let cycle = cycle(args, today)?;
    let path = args.output.as_ref().unwrap_or(&args.path);
    let text = if args.from.is_empty() {
        starter_for(&cycle, language)
    } else {
        match from_exports(args, path, &cycle, language)? {
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
    crate::say!("{}", t!("init-wrote", path = path.display().to_string()));
    Ok(EXIT_OK)
}

/// The file from `--from`: `None` when no export could be read (said why).
fn from_exports(
    args: &InitArgs,
    path: &Path,
    cycle: &Cycle,
    language: Option<Lang>,
) -> Result<Option<String>> {
    crate::trust::allow(&args.allow_path);
    let trust = crate::trust::Trust::for_main(path);
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let dir = dir.canonicalize().map_err(|e| {
        Diagnostic::new(t!(
            "init-cannot-write-in",
            dir = dir.display().to_string(),
            reason = crate::config::io_reason(&e)
        ))
        .with_hint(t!("init-cannot-write-in.hint"))
    })?;
    let mut exports = Vec::new();
    for file in &args.from {
        let real = match trust.check(file, &crate::trust::Named::Export) {
            Ok(Some(real)) => real,
            Ok(None) => {
                let file = file.display().to_string();
                let problem = if std::path::Path::new(&file).is_dir() {
                    t!("init-export-is-directory", file = &file)
                } else {
                    t!("init-export-missing", file = &file)
                };
                return Err(Diagnostic::new(problem)
                    .with_hint(t!("init-export-missing.hint"))
                    .into());
            }
            Err(refusal) => return Err(refusal.into_diagnostic().into()),
        };
        let written = starter::relative(&dir, &real);
        let read = crate::metrics::inspect::inspect(&written, &real, (cycle.start, cycle.end))
            .map_err(|d| {
                crate::say!(
                    "{}",
                    t!("init-left-out", file = &written, problem = d.to_string())
                );
                match d.line {
                    Some(line) => t!(
                        "init-unread-at-line",
                        line = line.to_string(),
                        problem = d.message()
                    ),
                    None => d.message(),
                }
            });
        exports.push(Export {
            path: written,
            read,
        });
    }
    let written = starter::write(cycle, &exports, language);
    for notice in &written.notices {
        crate::say!("{notice}");
    }
    if exports.iter().all(|e| e.read.is_err()) {
        crate::say!("{}", t!("init-nothing-read"));
        return Ok(None);
    }
    Ok(Some(written.text))
}

/// The cycle from `--cycle` or `--start`/`--end`, else the quarter of `today`.
fn cycle(args: &InitArgs, today: NaiveDate) -> Result<Cycle> {
    if let (Some(start), Some(end)) = (args.start, args.end) {
        if end < start {
            return Err(Diagnostic::new(t!(
                "init-cycle-backwards",
                start = start.to_string(),
                end = end.to_string()
            ))
            .with_hint(t!("init-cycle-backwards.hint"))
            .into());
        }
        return Ok(Cycle {
            name: t!(
                "init-cycle-name",
                start = start.to_string(),
                end = end.to_string()
            ),
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
        Diagnostic::new(t!("init-cycle-not-quarter", cycle = name.as_str()))
            .with_hint(t!("init-cycle-not-quarter.hint"))
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
pub fn starter(today: NaiveDate, language: Option<Lang>) -> String {
    match quarter(today.year(), today.month0() / 3 + 1) {
        Some(cycle) => starter_for(&cycle, language),
        None => String::new(),
    }
}

fn starter_for(cycle: &Cycle, language: Option<Lang>) -> String {
    let language_line = match language {
        Some(lang) => format!("language = \"{}\"", lang.code()),
        None => "# language = \"en\"".to_string(),
    };
    let locale_line = format!("# locale = \"{}\"", crate::i18n::current().default_locale());
    let mut out = String::new();
    for line in STARTER.lines() {
        let line = line
            .replace("{name}", &cycle.name)
            .replace("{start}", &cycle.start.to_string())
            .replace("{end}", &cycle.end.to_string())
            .replace(
                "{language}",
                &starter::pad(&language_line, &format!("# {}", comment("language"))),
            )
            .replace(
                "{locale}",
                &starter::pad(&locale_line, &format!("# {}", comment("locale"))),
            );
        let body = line.trim_start();
        let indent = &line[..line.len() - body.len()];
        if let Some(key) = body.strip_prefix("{#").and_then(|k| k.strip_suffix('}')) {
            // A whole comment block, each line at the marker's indent.
            out.push_str(&starter::comment(indent, &comment(key)));
            continue;
        }
        out.push_str(&fill_markers(&line));
        out.push('\n');
    }
    out
}

/// A line's `{#key}` (a comment on one line) and `{%key}` (a title).
fn fill_markers(line: &str) -> String {
    let mut out = String::new();
    let mut rest = line;
    while let Some(at) = rest.find(['{']) {
        let (before, marker) = rest.split_at(at);
        out.push_str(before);
        let kind = marker[1..].chars().next();
        let end = marker.find('}');
        match (kind, end) {
            (Some('#'), Some(end)) => {
                out.push_str("# ");
                out.push_str(&comment(&marker[2..end]).replace('\n', " "));
                rest = &marker[end + 1..];
            }
            (Some('%'), Some(end)) => {
                out.push_str(&starter::quoted(&title(&marker[2..end])));
                rest = &marker[end + 1..];
            }
            _ => {
                out.push('{');
                rest = &marker[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// The starter's comment `key`, in the run's language.
fn comment(key: &str) -> String {
    match key {
        "head" => t!("init-starter-head"),
        "dates" => t!("init-starter-dates"),
        "settings" => t!("init-starter-settings"),
        "at-risk" => t!("init-starter-at-risk"),
        "off-track" => t!("init-starter-off-track"),
        "stall" => t!("init-starter-stall"),
        "stale" => t!("init-starter-stale"),
        "settle" => t!("init-starter-settle"),
        "language" => t!("init-starter-language"),
        "locale" => t!("init-starter-locale"),
        "sources" => t!("init-starter-sources"),
        "relative" => t!("init-relative"),
        "layout" => t!("init-starter-layout"),
        "ratio" => t!("init-starter-ratio"),
        "id" => t!("init-starter-id"),
        "type" => t!("init-starter-type"),
        "manual" => t!("init-starter-manual"),
        "milestone" => t!("init-starter-milestone"),
        "metric-kr" => t!("init-starter-metric-kr"),
        "window" => t!("init-starter-window"),
        "guardrails" => t!("init-starter-guardrails"),
        _ => String::new(),
    }
}

/// The starter's sample title `key`, in the run's language.
fn title(key: &str) -> String {
    match key {
        "pipeline" => t!("init-starter-title-pipeline"),
        "survey" => t!("init-starter-title-survey"),
        "launch" => t!("init-starter-title-launch"),
        "mql" => t!("init-starter-title-mql"),
        _ => String::new(),
    }
}

/// The starter file: TOML keys and values as they are in every language;
/// `{#...}` marks a comment (`# ` and the message) and `{%...}` a quoted
/// sample title, both filled from the catalogue by [`starter_for`].
const STARTER: &str = r#"{#head}

[cycle]
name = "{name}"
start = {start}           {#dates}
end = {end}

[settings]                     {#settings}
at_risk_below = 0.85           {#at-risk}
off_track_below = 0.60         {#off-track}
stall_days = 14                {#stall}
stale_days = 7                 {#stale}
settle_days = 7                {#settle}
{language}
{locale}

{#sources}
#
# [[sources]]
# name = "crm"
# path = "data/crm.csv"         {#relative}
# layout = "long"               {#layout}
#
# [metrics.mqls]
# source = "crm"
# aggregate = "sum"             # sum | avg | min | max | last | count
#
# [metrics.sqls]
# source = "crm"
#
# [metrics.mql_to_sql]          {#ratio}
# ratio = { numerator = "sqls", denominator = "mqls" }
# format = "percent"

[[objectives]]
id = "pipeline"                {#id}
title = {%pipeline}
owner = "marketing"
type = "committed"             {#type}

  {#manual}
  [[objectives.key_results]]
  id = "survey"
  title = {%survey}
  start = 3.1
  target = 4.0

  {#milestone}
  [[objectives.key_results]]
  id = "launch"
  title = {%launch}
  done = false
  due = {end}

  {#metric-kr}
  # [[objectives.key_results]]
  # id = "mql-monthly"
  # title = {%mql}
  # metric = "mqls"
  # window = "month"            {#window}
  # start = 400
  # target = 900
  # guardrails = [ { metric = "mql_to_sql", min = 0.25 } ]   {#guardrails}
"#;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_starter_is_a_valid_okr_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("okrs.toml");
        let today = NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
        let text = starter(today, None);
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
            std::fs::write(&path, starter(today, None)).unwrap();
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
