//! The inventories drawn: `okr metrics` as a table or CSV, `okr sources` as
//! a block of labelled lines per source; both as JSON.

use super::grid::{hanging, Align, Grid};
use super::plural::{noun, word};
use crate::metrics::SourceReport;
use crate::report::inventory::{MetricsInventory, SourcesInventory};

/// Pretty JSON and a newline: the interface of `--format json`.
pub fn json<T: serde::Serialize>(view: &T) -> String {
    serde_json::to_string_pretty(view).unwrap_or_default() + "\n"
}

fn date(d: Option<chrono::NaiveDate>) -> String {
    d.map(|d| d.to_string()).unwrap_or_default()
}

/// Names come from files: keep each on one line of the table, their spaces
/// as they are (unlike `grid::one_line`), so a name reads as the file has it.
fn one_line(text: &str) -> String {
    text.replace(['\n', '\r', '\t'], " ")
}

/// `okr metrics`: a row per metric found (File, then Missing, then First go
/// when the terminal is narrow), then a paragraph per configured metric
/// without data.
pub fn metrics_table(report: &MetricsInventory, width: usize) -> String {
    let mut grid = Grid::new()
        .column("Source", Align::Left)
        .column("Metric", Align::Left)
        .column("Rows", Align::Right)
        .optional("Missing", Align::Right, 1)
        .optional("First", Align::Left, 2)
        .column("Last", Align::Left)
        .column("Used by", Align::Left)
        .optional("File", Align::Left, 0);
    for f in &report.found {
        let name = match &f.metric.segment {
            Some(s) => format!("{} [{s}]", f.metric.name),
            None => f.metric.name.clone(),
        };
        grid.row([
            one_line(&f.source),
            one_line(&name),
            f.metric.rows.to_string(),
            f.metric.missing.to_string(),
            date(f.metric.first_date),
            date(f.metric.last_date),
            if f.used_by.is_empty() {
                "-".to_string()
            } else {
                f.used_by.join(", ")
            },
            one_line(&f.file),
        ]);
    }
    let mut out = grid.render(width);
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
            ids => format!(" ({}: {})", word(ids.len(), "key result"), ids.join(", ")),
        };
        let hint = match &n.did_you_mean {
            Some(best) => format!(
                "; did you mean `{best}`? set column = \"{best}\" on [metrics.{}]",
                n.metric
            ),
            None => String::new(),
        };
        out.push('\n');
        let line = one_line(&format!(
            "no data: metric `{}`{krs} reads {which} from source `{}`, which has no values for it{hint}",
            n.metric, n.source
        ));
        out.push_str(&hanging(&line, 0, width));
        out.push('\n');
    }
    out
}

/// `okr sources`: the sources that were read, a block each (the errors go
/// to stderr).
pub fn sources_text(inventory: &SourcesInventory, width: usize) -> String {
    inventory
        .sources
        .iter()
        .filter_map(|s| s.report.as_ref().map(|r| describe(r, width)))
        .collect::<Vec<_>>()
        .join("\n")
}

/// `okr metrics --format csv`: a row per metric found, then a row per
/// configured metric without data.
pub fn metrics_csv(report: &MetricsInventory) -> String {
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
            text(&f.metric.name),
            f.metric.segment.as_deref().map(text).unwrap_or_default(),
            f.metric.rows.to_string(),
            f.metric.missing.to_string(),
            date(f.metric.first_date),
            date(f.metric.last_date),
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
fn describe(r: &SourceReport, width: usize) -> String {
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
        before.push(format!("under {}", noun(r.title_lines, "title line")));
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
            noun(r.data_rows, "row")
        ),
    ));
    if !r.skipped_totals.is_empty() {
        rows.push((
            "totals",
            format!(
                "skipped {} ({} {})",
                noun(r.skipped_totals.len(), "row"),
                word(r.skipped_totals.len(), "line"),
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
                noun(m.rows, "row"),
                m.missing,
                span(m.first_date, m.last_date)
            ),
        ));
    }
    for note in &r.notes {
        rows.push(("note", note.clone()));
    }
    let label = rows.iter().map(|(k, _)| k.len()).max().unwrap_or(0);
    let mut out = hanging(&format!("{}  {}  ({})", r.name, r.path, r.layout), 2, width);
    out.push('\n');
    for (key, value) in rows {
        let value = hanging(&value, label + 4, width);
        out.push_str(&format!("  {key:<label$}  {value}\n"));
    }
    out
}
