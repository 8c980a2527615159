//! `okr metrics`: the metrics found in each source (rows, missing values,
//! first and last date, the file) and the configured metrics that use
//! them, so a user can see why a key result shows no data.

use std::collections::BTreeSet;

use anyhow::Result;
use chrono::NaiveDate;
use clap::{Args, ValueEnum};
use serde::Serialize;

use super::Common;
use crate::config::model::{Config, MetricKind};
use crate::error::{Diagnostic, Diagnostics, EXIT_BAD_INPUT, EXIT_OK};
use crate::metrics::SourceReport;

pub const EXAMPLES: &str = "\
Examples:
  okr metrics                      every metric in every source, and who uses it
  okr metrics --format json | jq '.not_found'
  okr metrics --format csv > metrics.csv";

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum MetricsFormat {
    Table,
    Json,
    Csv,
}

#[derive(Debug, Args)]
pub struct MetricsArgs {
    #[command(flatten)]
    pub common: Common,
    /// Output format
    #[arg(long, short = 'f', value_enum, default_value_t = MetricsFormat::Table)]
    pub format: MetricsFormat,
}

/// One metric (a long file's metric name, a wide file's column) in one file.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Found {
    pub source: String,
    pub file: String,
    pub name: String,
    pub segment: Option<String>,
    pub rows: usize,
    pub missing: usize,
    pub first_date: Option<NaiveDate>,
    pub last_date: Option<NaiveDate>,
    /// Keys under `[metrics]` that read it.
    pub used_by: Vec<String>,
}

/// A configured metric that its source has no values for.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NotFound {
    pub metric: String,
    pub source: String,
    /// The name it looks for (its `column`).
    pub column: String,
    pub segment: Option<String>,
    /// The closest name found in that source.
    pub did_you_mean: Option<String>,
    /// Key results that measure this metric, and so show no data.
    pub key_results: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MetricsReport {
    pub found: Vec<Found>,
    pub not_found: Vec<NotFound>,
}

pub fn run(args: &MetricsArgs) -> Result<u8> {
    let config = args.common.load_config()?;
    // Each source on its own, so one broken file does not hide the others.
    let mut sources = Vec::new();
    let mut problems: Vec<Diagnostic> = Vec::new();
    let mut has_values: BTreeSet<String> = BTreeSet::new();
    for source in &config.sources {
        let mut one = config.clone();
        one.sources = vec![source.clone()];
        match crate::metrics::load(&one) {
            Ok(loaded) => {
                for name in one.metrics.keys() {
                    if loaded.store.get(name).is_some_and(|s| !s.days.is_empty()) {
                        has_values.insert(name.clone());
                    }
                }
                sources.extend(loaded.sources);
            }
            Err(d) => problems.push(d),
        }
    }
    let report = build(&config, &sources, &has_values);
    let text = match args.format {
        MetricsFormat::Table => table(&report),
        MetricsFormat::Json => {
            let mut json = serde_json::to_string_pretty(&report)?;
            json.push('\n');
            json
        }
        MetricsFormat::Csv => csv(&report),
    };
    super::print(&text)?;
    if !problems.is_empty() {
        crate::say!("{}", Diagnostics(problems));
        return Ok(EXIT_BAD_INPUT);
    }
    Ok(EXIT_OK)
}

/// Which configured metrics read `name` (a metric name or a column) of
/// `source`: long files match exactly, wide headers case-insensitively
/// (as the reader does).
fn users(config: &Config, report: &SourceReport, name: &str, segment: Option<&str>) -> Vec<String> {
    let wide = report.layout == "wide";
    config
        .metrics
        .values()
        .filter(|m| match &m.kind {
            MetricKind::Source {
                source,
                column,
                segment: wants,
            } => {
                let column = column.trim();
                *source == report.name
                    && if wide {
                        column.eq_ignore_ascii_case(name)
                    } else {
                        column == name
                    }
                    && (segment.is_none() || wants.is_none() || wants.as_deref() == segment)
            }
            _ => false,
        })
        .map(|m| m.name.clone())
        .collect()
}

pub fn build(
    config: &Config,
    sources: &[SourceReport],
    has_values: &BTreeSet<String>,
) -> MetricsReport {
    let mut found = Vec::new();
    for report in sources {
        for m in &report.metrics {
            found.push(Found {
                source: report.name.clone(),
                file: report.path.clone(),
                name: m.name.clone(),
                segment: m.segment.clone(),
                rows: m.rows,
                missing: m.missing,
                first_date: m.first_date,
                last_date: m.last_date,
                used_by: users(config, report, &m.name, m.segment.as_deref()),
            });
        }
    }
    let mut not_found = Vec::new();
    for metric in config.metrics.values() {
        let MetricKind::Source {
            source,
            column,
            segment,
        } = &metric.kind
        else {
            continue;
        };
        // A source that failed to load is reported as an error instead.
        let Some(report) = sources.iter().find(|r| r.name == *source) else {
            continue;
        };
        if has_values.contains(&metric.name) {
            continue;
        }
        let names: Vec<&str> = report.metrics.iter().map(|m| m.name.as_str()).collect();
        not_found.push(NotFound {
            metric: metric.name.clone(),
            source: source.clone(),
            column: column.clone(),
            segment: segment.clone(),
            did_you_mean: crate::config::closest(column, names).map(str::to_string),
            key_results: config
                .objectives
                .iter()
                .flat_map(|o| &o.key_results)
                .filter(|kr| kr.metric() == Some(metric.name.as_str()))
                .map(|kr| kr.id.clone())
                .collect(),
        });
    }
    MetricsReport { found, not_found }
}

fn date(d: Option<NaiveDate>) -> String {
    d.map(|d| d.to_string()).unwrap_or_default()
}

fn table(report: &MetricsReport) -> String {
    let mut rows: Vec<[String; 8]> = vec![[
        "SOURCE".into(),
        "METRIC".into(),
        "ROWS".into(),
        "MISSING".into(),
        "FIRST".into(),
        "LAST".into(),
        "USED BY".into(),
        "FILE".into(),
    ]];
    for f in &report.found {
        let name = match &f.segment {
            Some(s) => format!("{} [{s}]", f.name),
            None => f.name.clone(),
        };
        rows.push([
            f.source.clone(),
            one_line(&name),
            f.rows.to_string(),
            f.missing.to_string(),
            date(f.first_date),
            date(f.last_date),
            if f.used_by.is_empty() {
                "-".to_string()
            } else {
                f.used_by.join(", ")
            },
            one_line(&f.file),
        ]);
    }
    let mut widths = [0usize; 8];
    for row in &rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(unicode_width::UnicodeWidthStr::width(cell.as_str()));
        }
    }
    let mut out = String::new();
    for row in &rows {
        let mut line = String::new();
        for (i, (cell, w)) in row.iter().zip(widths).enumerate() {
            line.push_str(cell);
            if i + 1 < row.len() {
                let pad = w - unicode_width::UnicodeWidthStr::width(cell.as_str());
                line.push_str(&" ".repeat(pad + 2));
            }
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    if report.found.is_empty() {
        out.push_str("(no metrics found in the sources)\n");
    }
    for n in &report.not_found {
        let which = match &n.segment {
            Some(s) => format!("`{}` (segment `{s}`)", n.column),
            None => format!("`{}`", n.column),
        };
        let krs = match n.key_results.as_slice() {
            [] => String::new(),
            ids => format!(" (key results: {})", ids.join(", ")),
        };
        let hint = match &n.did_you_mean {
            Some(best) => format!(
                "; did you mean `{best}`? set column = \"{best}\" on [metrics.{}]",
                n.metric
            ),
            None => String::new(),
        };
        out.push('\n');
        out.push_str(&one_line(&format!(
            "no data: metric `{}`{krs} reads {which} from source `{}`, which has no values for it{hint}",
            n.metric, n.source
        )));
        out.push('\n');
    }
    out
}

/// Names come from files: keep each on one line of the table.
fn one_line(text: &str) -> String {
    text.replace(['\n', '\r', '\t'], " ")
}

fn csv(report: &MetricsReport) -> String {
    use crate::render::csv::text;
    let mut w = ::csv::Writer::from_writer(Vec::new());
    let _ = w.write_record([
        "source",
        "metric",
        "segment",
        "rows",
        "missing",
        "first_date",
        "last_date",
        "used_by",
        "file",
        "did_you_mean",
    ]);
    for f in &report.found {
        let _ = w.write_record([
            text(&f.source),
            text(&f.name),
            f.segment.as_deref().map(text).unwrap_or_default(),
            f.rows.to_string(),
            f.missing.to_string(),
            date(f.first_date),
            date(f.last_date),
            text(&f.used_by.join(" ")),
            text(&f.file),
            String::new(),
        ]);
    }
    // A configured metric without data: a row with 0 rows, used by itself.
    for n in &report.not_found {
        let _ = w.write_record([
            text(&n.source),
            text(&n.column),
            n.segment.as_deref().map(text).unwrap_or_default(),
            "0".to_string(),
            String::new(),
            String::new(),
            String::new(),
            text(&n.metric),
            String::new(),
            n.did_you_mean.as_deref().map(text).unwrap_or_default(),
        ]);
    }
    let bytes = w.into_inner().unwrap_or_default();
    String::from_utf8(bytes).unwrap_or_default()
}
