//! `okr sources`: how each source was read (encoding, delimiter, decimal
//! mark, dates, header, skipped lines, columns and what each metric got),
//! or why it could not be read and which option to set.

use anyhow::Result;
use clap::{Args, ValueEnum};
use serde::Serialize;

use super::Common;
use crate::config::model::Config;
use crate::error::{Diagnostic, Diagnostics, EXIT_BAD_INPUT, EXIT_OK};
use crate::metrics::SourceReport;

pub const EXAMPLES: &str = "\
Examples:
  okr sources                         every source of the okrs.toml found from here
  okr sources --source ga4            one source
  okr sources --format json | jq '.sources[] | {name, date_column, header_line}'

Exit codes: 0 every source was read; 2 a source (or the OKR file) could not
be read: the message says where, and the hint names the option to set.";

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SourcesFormat {
    Table,
    Json,
}

#[derive(Debug, Args)]
pub struct SourcesArgs {
    #[command(flatten)]
    pub common: Common,
    /// Output format
    #[arg(long, short = 'f', value_enum, default_value_t = SourcesFormat::Table)]
    pub format: SourcesFormat,
    /// Only this source (its `name` under `[[sources]]`)
    #[arg(long, value_name = "NAME")]
    pub source: Option<String>,
}

/// One source in the JSON output: how it was read, or the error.
#[derive(Debug, Serialize)]
struct Entry<'a> {
    name: &'a str,
    ok: bool,
    #[serde(skip_serializing_if = "Option::is_none", flatten)]
    report: Option<&'a SourceReport>,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<ErrorJson>,
}

#[derive(Debug, Serialize)]
struct ErrorJson {
    message: String,
    file: Option<String>,
    line: Option<usize>,
    column: Option<usize>,
    hint: Option<String>,
}

impl From<&Diagnostic> for ErrorJson {
    fn from(d: &Diagnostic) -> Self {
        ErrorJson {
            message: d.message.clone(),
            file: d.file.as_ref().map(|f| f.display().to_string()),
            line: d.line,
            column: d.column,
            hint: d.hint.clone(),
        }
    }
}

pub fn run(args: &SourcesArgs) -> Result<u8> {
    let path = args.common.config_path()?;
    let config = match crate::metrics::load_config(&path) {
        Ok(c) => c,
        Err(problems) => {
            crate::say!("{problems}");
            return Ok(EXIT_BAD_INPUT);
        }
    };
    if let Some(name) = &args.source {
        if !config.sources.iter().any(|s| &s.name == name) {
            let names = config.sources.iter().map(|s| s.name.as_str());
            let hint = match crate::config::closest(name, names) {
                Some(best) => format!("did you mean `{best}`?"),
                None => "`okr sources` lists every source".to_string(),
            };
            return Err(Diagnostic::new(format!("no source is named `{name}`"))
                .with_hint(hint)
                .into());
        }
    }
    let results = read_each(&config, args.source.as_deref());
    let failed: Vec<Diagnostic> = results
        .iter()
        .filter_map(|(_, r)| r.as_ref().err().cloned())
        .collect();
    match args.format {
        SourcesFormat::Json => {
            let entries: Vec<Entry> = results
                .iter()
                .map(|(name, r)| Entry {
                    name,
                    ok: r.is_ok(),
                    report: r.as_ref().ok(),
                    error: r.as_ref().err().map(ErrorJson::from),
                })
                .collect();
            let json = serde_json::json!({ "sources": entries });
            super::print(&format!("{}\n", serde_json::to_string_pretty(&json)?))?;
        }
        SourcesFormat::Table => {
            let blocks: Vec<String> = results
                .iter()
                .filter_map(|(_, r)| r.as_ref().ok().map(describe))
                .collect();
            if !args.common.quiet {
                super::print(&blocks.join("\n"))?;
            }
        }
    }
    if failed.is_empty() {
        Ok(EXIT_OK)
    } else {
        crate::say!("{}", Diagnostics(failed));
        Ok(EXIT_BAD_INPUT)
    }
}

/// Each source read on its own, so that one broken file hides no other.
fn read_each<'a>(
    config: &'a Config,
    only: Option<&str>,
) -> Vec<(&'a str, Result<SourceReport, Diagnostic>)> {
    config
        .sources
        .iter()
        .filter(|s| only.is_none_or(|name| s.name == name))
        .map(|source| {
            let mut one = config.clone();
            one.sources = vec![source.clone()];
            let result = crate::metrics::load(&one).and_then(|loaded| {
                loaded
                    .sources
                    .into_iter()
                    .next()
                    .ok_or_else(|| Diagnostic::new("the source gave no report"))
            });
            (source.name.as_str(), result)
        })
        .collect()
}

fn plural(n: usize, one: &str) -> String {
    if n == 1 {
        format!("{n} {one}")
    } else {
        format!("{n} {one}s")
    }
}

fn span(first: Option<chrono::NaiveDate>, last: Option<chrono::NaiveDate>) -> String {
    match (first, last) {
        (Some(a), Some(b)) if a == b => a.to_string(),
        (Some(a), Some(b)) => format!("{a} to {b}"),
        _ => "no dates".to_string(),
    }
}

fn lines(list: &[usize]) -> String {
    list.iter()
        .map(usize::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}

/// One source as a block of labelled lines.
fn describe(r: &SourceReport) -> String {
    let mut rows: Vec<(&str, String)> = Vec::new();
    rows.push(("encoding", r.encoding.clone()));
    // A database has no delimiter or header line: its rows are typed.
    let file = r.encoding != "database";
    if file {
        rows.push((
            "delimiter",
            format!("`{}`, decimal mark `{}`", r.delimiter, r.decimal),
        ));
    }
    let mut before = Vec::new();
    let tables = r.other_tables.len() + 1;
    if tables > 1 {
        let title = r
            .table_title
            .as_deref()
            .map_or(String::new(), |t| format!(" \"{t}\""));
        before.push(format!("table {} of {tables}{title}", r.table));
    }
    if r.title_lines > 0 {
        before.push(format!("under {}", plural(r.title_lines, "title line")));
    }
    if let Some(t) = r.other_tables.iter().find(|t| t.line < r.header_line) {
        before.push(format!(
            "the table on line {} lacks the wanted columns",
            t.line
        ));
    }
    let before = if before.is_empty() {
        String::new()
    } else {
        format!(" ({})", before.join("; "))
    };
    if file {
        rows.push(("header", format!("line {}{before}", r.header_line)));
    }
    rows.push((
        "dates",
        format!(
            "column `{}` as {}: {}, {}",
            r.date_column,
            r.date_format,
            span(r.first_date, r.last_date),
            plural(r.data_rows, "row")
        ),
    ));
    if !r.skipped_totals.is_empty() {
        rows.push((
            "totals",
            format!(
                "skipped {} (line{} {})",
                plural(r.skipped_totals.len(), "row"),
                if r.skipped_totals.len() == 1 { "" } else { "s" },
                lines(&r.skipped_totals)
            ),
        ));
    }
    for t in &r.other_tables {
        let title = t
            .title
            .as_deref()
            .map_or(String::new(), |t| format!(" \"{t}\""));
        rows.push((
            "not read",
            format!(
                "table {}{title} on line {} (`table = {}` reads it): {}",
                t.number,
                t.line,
                t.number,
                t.columns
                    .iter()
                    .filter(|c| !c.is_empty())
                    .cloned()
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        ));
    }
    let columns: Vec<String> = r
        .column_types
        .iter()
        .map(|c| format!("{} ({})", crate::metrics::visible(&c.name), c.kind))
        .collect();
    rows.push(("columns", columns.join(", ")));
    for m in &r.read {
        let from = match &m.segment {
            Some(seg) => format!("`{}` (segment `{seg}`)", m.column),
            None => format!("`{}`", m.column),
        };
        rows.push((
            "metric",
            format!(
                "{} <- {from}: {}, {} missing, {}",
                m.metric,
                plural(m.rows, "row"),
                m.missing,
                span(m.first_date, m.last_date)
            ),
        ));
    }
    for note in &r.notes {
        rows.push(("note", note.clone()));
    }
    let width = rows.iter().map(|(k, _)| k.len()).max().unwrap_or(0);
    let mut out = format!("{}  {}  ({})\n", r.name, r.path, r.layout);
    for (key, value) in rows {
        out.push_str(&format!("  {key:<width$}  {value}\n"));
    }
    out
}
