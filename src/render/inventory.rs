//! The inventories drawn: `okr metrics` as a table or CSV, `okr sources` as
//! a block of labelled lines per source; both as JSON.

use unicode_width::UnicodeWidthStr;

use super::grid::{hanging, Align, Grid};
use super::number::{self, Locale};
use crate::metrics::SourceReport;
use crate::report::inventory::{MetricsInventory, SourcesInventory};
use crate::t;

/// Pretty JSON and a newline: the interface of `--format json`.
pub fn json<T: serde::Serialize>(view: &T) -> String {
    serde_json::to_string_pretty(view).unwrap_or_default() + "\n"
}

/// A day for people (the CSV writes ISO days itself).
fn date(d: Option<chrono::NaiveDate>, locale: Locale) -> String {
    d.map(|d| number::date(d, locale)).unwrap_or_default()
}

fn iso(d: Option<chrono::NaiveDate>) -> String {
    d.map(|d| d.to_string()).unwrap_or_default()
}

/// `` `column` `` or `` `column` (segment `paid`) ``.
fn column_of(column: &str, segment: Option<&str>) -> String {
    match segment {
        Some(segment) => t!("inv-column-segment", column = column, segment = segment),
        None => t!("inv-column", column = column),
    }
}

/// Names come from files: keep each on one line of the table, their spaces
/// as they are (unlike `grid::one_line`), so a name reads as the file has it.
fn one_line(text: &str) -> String {
    text.replace(['\n', '\r', '\t'], " ")
}

/// `okr metrics`: a row per metric found (File, then Missing, then First go
/// when the terminal is narrow), then a paragraph per configured metric
/// without data.
pub fn metrics_table(report: &MetricsInventory, width: usize, locale: Locale) -> String {
    let mut grid = Grid::new()
        .column(t!("inv-col-source"), Align::Left)
        .column(t!("inv-col-metric"), Align::Left)
        .column(t!("inv-col-rows"), Align::Right)
        .optional(t!("inv-col-missing"), Align::Right, 1)
        .optional(t!("inv-col-first"), Align::Left, 2)
        .column(t!("inv-col-last"), Align::Left)
        .column(t!("inv-col-used-by"), Align::Left)
        .optional(t!("inv-col-file"), Align::Left, 0);
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
            date(f.metric.first_date, locale),
            date(f.metric.last_date, locale),
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
        out.push_str(&t!("inv-none-found"));
        out.push('\n');
    }
    for n in &report.not_found {
        let which = column_of(&n.column, n.segment.as_deref());
        let krs = match n.key_results.as_slice() {
            [] => String::new(),
            ids => format!(
                " {}",
                t!(
                    "inv-no-data-key-results",
                    n = ids.len(),
                    ids = ids.join(", ")
                )
            ),
        };
        let hint = match &n.did_you_mean {
            Some(best) => t!(
                "inv-no-data-did-you-mean",
                best = best.as_str(),
                metric = n.metric.as_str()
            ),
            None => String::new(),
        };
        out.push('\n');
        let line = one_line(&t!(
            "inv-no-data",
            metric = n.metric.as_str(),
            key_results = krs,
            column = which,
            source = n.source.as_str(),
            hint = hint
        ));
        out.push_str(&hanging(&line, 0, width));
        out.push('\n');
    }
    out
}

/// `okr sources`: the sources that were read, a block each (the errors go
/// to stderr).
pub fn sources_text(inventory: &SourcesInventory, width: usize, locale: Locale) -> String {
    inventory
        .sources
        .iter()
        .filter_map(|s| s.report.as_ref().map(|r| describe(r, width, locale)))
        .collect::<Vec<_>>()
        .join("\n")
}

/// `okr metrics --format csv`: a row per metric found, then a row per
/// configured metric without data.
pub fn metrics_csv(report: &MetricsInventory) -> String {
    use crate::render::csv::{sheet, text};
    let found = report.found.iter().map(|f| {
        [
            text(&f.source),
            text(&f.metric.name),
            f.metric.segment.as_deref().map(text).unwrap_or_default(),
            f.metric.rows.to_string(),
            f.metric.missing.to_string(),
            iso(f.metric.first_date),
            iso(f.metric.last_date),
            text(&f.used_by.join(" ")),
            text(&f.file),
            String::new(),
        ]
    });
    // A configured metric without data: a row with 0 rows, used by itself.
    let not_found = report.not_found.iter().map(|n| {
        [
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
        ]
    });
    sheet(
        &[
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
        ],
        found.chain(not_found),
    )
}

fn span(
    first: Option<chrono::NaiveDate>,
    last: Option<chrono::NaiveDate>,
    locale: Locale,
) -> String {
    match (first, last) {
        (Some(a), Some(b)) if a == b => number::date(a, locale),
        (Some(a), Some(b)) => t!(
            "inv-span",
            first = number::date(a, locale),
            last = number::date(b, locale)
        ),
        _ => t!("inv-no-dates"),
    }
}

/// What a column holds (`date`, `number`, `text`, `empty`), in words.
fn column_kind(kind: &str) -> String {
    match kind {
        "date" => t!("inv-kind-date"),
        "number" => t!("inv-kind-number"),
        "text" => t!("inv-kind-text"),
        "empty" => t!("inv-kind-empty"),
        other => other.to_string(),
    }
}

fn lines(list: &[usize]) -> String {
    list.iter()
        .map(usize::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}

/// One source as a block of labelled lines.
fn describe(r: &SourceReport, width: usize, locale: Locale) -> String {
    let mut rows: Vec<(String, String)> = Vec::new();
    rows.push((t!("inv-label-encoding"), r.encoding.clone()));
    // A database has no delimiter or header line: its rows are typed.
    let file = r.encoding != "database";
    if file {
        rows.push((
            t!("inv-label-delimiter"),
            t!(
                "inv-delimiter",
                delimiter = r.delimiter.as_str(),
                decimal = r.decimal.as_str()
            ),
        ));
    }
    let mut before = Vec::new();
    let tables = r.other_tables.len() + 1;
    if tables > 1 {
        let (table, tables) = (r.table.to_string(), tables.to_string());
        before.push(match r.table_title.as_deref() {
            Some(title) => t!(
                "inv-table-of-titled",
                table = table,
                tables = tables,
                title = title
            ),
            None => t!("inv-table-of", table = table, tables = tables),
        });
    }
    if r.title_lines > 0 {
        before.push(t!(
            "inv-under-title-lines",
            n = r.title_lines,
            count = r.title_lines.to_string()
        ));
    }
    if let Some(t) = r.other_tables.iter().find(|t| t.line < r.header_line) {
        before.push(t!("inv-table-lacks-columns", line = t.line.to_string()));
    }
    let before = if before.is_empty() {
        String::new()
    } else {
        format!(" ({})", before.join("; "))
    };
    if file {
        rows.push((
            t!("inv-label-header"),
            format!(
                "{}{before}",
                t!("inv-header-line", line = r.header_line.to_string())
            ),
        ));
    }
    rows.push((
        t!("inv-label-dates"),
        t!(
            "inv-dates",
            column = r.date_column.as_str(),
            format = r.date_format.as_str(),
            span = span(r.first_date, r.last_date, locale),
            n = r.data_rows,
            rows = r.data_rows.to_string()
        ),
    ));
    if !r.skipped_totals.is_empty() {
        rows.push((
            t!("inv-label-totals"),
            t!(
                "inv-totals",
                n = r.skipped_totals.len(),
                rows = r.skipped_totals.len().to_string(),
                lines = lines(&r.skipped_totals)
            ),
        ));
    }
    for t in &r.other_tables {
        let columns = t
            .columns
            .iter()
            .filter(|c| !c.is_empty())
            .cloned()
            .collect::<Vec<_>>()
            .join(", ");
        let (table, line) = (t.number.to_string(), t.line.to_string());
        rows.push((
            t!("inv-label-not-read"),
            match t.title.as_deref() {
                Some(title) => t!(
                    "inv-not-read-titled",
                    table = table,
                    title = title,
                    line = line,
                    columns = columns
                ),
                None => t!(
                    "inv-not-read",
                    table = table,
                    line = line,
                    columns = columns
                ),
            },
        ));
    }
    let columns: Vec<String> = r
        .column_types
        .iter()
        .map(|c| {
            format!(
                "{} ({})",
                crate::metrics::visible(&c.name),
                column_kind(&c.kind)
            )
        })
        .collect();
    rows.push((t!("inv-label-columns"), columns.join(", ")));
    for m in &r.read {
        rows.push((
            t!("inv-label-metric"),
            t!(
                "inv-metric-read",
                metric = m.metric.as_str(),
                column = column_of(&m.column, m.segment.as_deref()),
                n = m.rows,
                rows = m.rows.to_string(),
                missing = m.missing.to_string(),
                span = span(m.first_date, m.last_date, locale)
            ),
        ));
    }
    for note in &r.notes {
        rows.push((t!("inv-label-note"), note.local().to_string()));
    }
    let label = rows.iter().map(|(k, _)| k.width()).max().unwrap_or(0);
    let mut out = hanging(&format!("{}  {}  ({})", r.name, r.path, r.layout), 2, width);
    out.push('\n');
    for (key, value) in rows {
        let value = hanging(&value, label + 4, width);
        let pad = " ".repeat(label - key.width());
        out.push_str(&format!("  {key}{pad}  {value}\n"));
    }
    out
}
