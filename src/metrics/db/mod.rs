//! Database sources (SQLite, PostgreSQL): the user's query, wrapped so that
//! the database sums rows per date, metric and segment for the metrics and
//! the cycle the OKR file needs, then the same daily sums, segment rules and
//! report as a CSV source.
//!
//! The user's query is the only text put into the SQL, as a subquery; column
//! names come from the database's own description of that query and are
//! quoted; metric names and dates are bound parameters.

// A build without both database features keeps only the refusal in `read`.
#![cfg_attr(
    not(all(feature = "sqlite", feature = "postgres")),
    allow(dead_code, unused_imports)
)]

use chrono::NaiveDate;
use std::collections::{BTreeMap, HashMap};

use super::csv_file::{FileData, Want};
use super::{ColumnType, FoundMetric, ReadMetric, SourceReport};
use crate::config::model::{Cycle, Layout, Source, SourceKind};
use crate::error::data::{DbProblem, QueryLack};
use crate::error::{Diagnostic, Problem};

#[cfg(feature = "postgres")]
mod pg_options;
#[cfg(feature = "postgres")]
mod pg_tls;
#[cfg(feature = "postgres")]
mod postgres;
#[cfg(feature = "sqlite")]
mod sqlite;

/// Reads a `kind = "sqlite"` or `kind = "postgres"` source.
pub fn read(source: &Source, wants: &[Want], cycle: &Cycle) -> Result<FileData, Diagnostic> {
    let ctx = Ctx { source };
    match &source.kind {
        SourceKind::Csv { .. } => Err(ctx.error(DbProblem::NotADatabase { command: false })),
        SourceKind::Command { .. } => Err(ctx.error(DbProblem::NotADatabase { command: true })),
        #[cfg(feature = "sqlite")]
        SourceKind::Sqlite {
            path,
            query,
            timeout_seconds,
        } => sqlite::read(&ctx, path, query, *timeout_seconds, wants, cycle),
        #[cfg(feature = "postgres")]
        SourceKind::Postgres {
            url_env,
            query,
            timeout_seconds,
        } => postgres::read(&ctx, url_env, query, *timeout_seconds, wants, cycle),
        #[allow(unreachable_patterns)]
        other => {
            let kind = match other {
                SourceKind::Sqlite { .. } => "sqlite",
                _ => "postgres",
            };
            let _ = (wants, cycle);
            Err(ctx.error(DbProblem::NotBuiltIn {
                kind: kind.to_string(),
                source: source.name.clone(),
            }))
        }
    }
}

/// The source being read: every message names it and points at its
/// declaration in the OKR file.
pub(super) struct Ctx<'a> {
    pub source: &'a Source,
}

impl Ctx<'_> {
    pub fn name(&self) -> &str {
        &self.source.name
    }

    /// `source `name`: message`, located at the `[[sources]]` entry.
    pub fn error(&self, problem: impl Into<Problem>) -> Diagnostic {
        let mut d = Diagnostic::new(Problem::in_source(&self.source.name, problem));
        let loc = &self.source.loc;
        if !loc.file.as_os_str().is_empty() {
            d = d
                .in_file(&loc.file)
                .at(loc.line, Some(loc.column).filter(|&c| c > 0));
        }
        d
    }

    pub fn timeout(&self, seconds: u64) -> Diagnostic {
        self.error(DbProblem::Timeout {
            seconds,
            source: self.name().to_string(),
        })
    }
}

/// `"name"` with inner quotes doubled: an identifier in SQL.
pub(super) fn quote_ident(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

/// Case-insensitive, as CSV headers are matched; an exact match wins.
fn find_column(columns: &[String], name: &str) -> Option<usize> {
    let name = name.trim();
    columns.iter().position(|c| c == name).or_else(|| {
        let lower = name.to_lowercase();
        columns.iter().position(|c| c.to_lowercase() == lower)
    })
}

// ---------------------------------------------------------------------------
// What to ask for

/// Which columns of the query play which part.
#[derive(Debug, Clone)]
pub(super) enum Shape {
    Long {
        date: usize,
        metric: usize,
        value: usize,
        segment: Option<usize>,
        /// The metric names asked for (trimmed, distinct).
        names: Vec<String>,
    },
    Wide {
        date: usize,
        /// The columns asked for (distinct), in query order.
        values: Vec<usize>,
    },
}

impl Shape {
    pub fn date(&self) -> usize {
        match self {
            Shape::Long { date, .. } | Shape::Wide { date, .. } => *date,
        }
    }

    /// Columns summed, one per value in a grouped row.
    pub fn value_columns(&self) -> Vec<usize> {
        match self {
            Shape::Long { value, .. } => vec![*value],
            Shape::Wide { values, .. } => values.clone(),
        }
    }
}

/// Finds the columns the layout needs among those the query returns.
pub(super) fn resolve_shape(
    ctx: &Ctx,
    columns: &[String],
    wants: &[Want],
) -> Result<Shape, Diagnostic> {
    let missing = |name: &str, lack: QueryLack| {
        ctx.error(DbProblem::NoColumn {
            name: name.to_string(),
            lack,
            columns: columns.to_vec(),
            source: ctx.name().to_string(),
        })
    };
    let date_name = ctx.source.date_column.as_deref().unwrap_or("date");
    let date = find_column(columns, date_name).ok_or_else(|| {
        missing(
            date_name,
            QueryLack::Date {
                named: ctx.source.date_column.is_some(),
            },
        )
    })?;
    match ctx.source.layout {
        Layout::Long => {
            let need = |name: &str| {
                find_column(columns, name).ok_or_else(|| missing(name, QueryLack::Long))
            };
            let metric = need("metric")?;
            let value = need("value")?;
            let segment = find_column(columns, "segment");
            if segment.is_none() {
                if let Some(w) = wants.iter().find(|w| w.segment.is_some()) {
                    return Err(missing(
                        "segment",
                        QueryLack::Segment {
                            metric: w.key.clone(),
                            segment: w.segment.clone().unwrap_or_default(),
                        },
                    ));
                }
            }
            let mut names: Vec<String> = Vec::new();
            for w in wants {
                let name = w.column.trim().to_string();
                if !names.contains(&name) {
                    names.push(name);
                }
            }
            Ok(Shape::Long {
                date,
                metric,
                value,
                segment,
                names,
            })
        }
        Layout::Wide => {
            let mut values = Vec::new();
            for w in wants {
                if let Some(segment) = &w.segment {
                    return Err(ctx.error(DbProblem::SegmentInWide {
                        metric: w.key.clone(),
                        segment: segment.clone(),
                    }));
                }
                let col = find_column(columns, &w.column).ok_or_else(|| {
                    missing(
                        &w.column,
                        QueryLack::Metric {
                            metric: w.key.clone(),
                        },
                    )
                })?;
                if !values.contains(&col) {
                    values.push(col);
                }
            }
            values.sort_unstable();
            Ok(Shape::Wide { date, values })
        }
    }
}

/// The parts of SQL that differ between databases.
pub(super) trait Dialect {
    /// The n-th (1-based) bound parameter.
    fn param(&self, n: usize) -> String;
    /// The day of a row, from the date column (quoted name, index).
    fn day(&self, column: &str, index: usize) -> String;
    /// The condition that keeps the days of the cycle; `from` and `to` are
    /// parameters.
    fn in_range(&self, day: &str, index: usize, from: &str, to: &str) -> String;
    /// A row's number from a value column, NULL when it has none.
    fn number(&self, column: &str, index: usize) -> String;
    /// The cell as text when it is not a number, else NULL (for databases
    /// that cannot raise the error themselves).
    fn not_a_number(&self, column: &str, index: usize) -> String;
    /// The sum of `number`s, as a double.
    fn sum(&self, number: &str) -> String;
}

/// The wrapped query. Its rows: day, metric, segment, rows, then for each
/// value column its sum, its count of numbers and a cell that is not a
/// number (if any).
pub(super) fn grouped_sql(
    dialect: &dyn Dialect,
    query: &str,
    columns: &[String],
    shape: &Shape,
) -> String {
    let col = |i: usize| format!("q.{}", quote_ident(&columns[i]));
    let date = shape.date();
    let mut inner = vec![format!("{} AS d", dialect.day(&col(date), date))];
    let mut filter = vec![dialect.in_range("d", date, &dialect.param(1), &dialect.param(2))];
    match shape {
        Shape::Long {
            metric,
            segment,
            names,
            ..
        } => {
            inner.push(format!("TRIM(CAST({} AS TEXT)) AS m", col(*metric)));
            inner.push(match segment {
                Some(s) => format!("CAST({} AS TEXT) AS s", col(*s)),
                None => "CAST(NULL AS TEXT) AS s".to_string(),
            });
            let params: Vec<String> = (0..names.len()).map(|i| dialect.param(i + 3)).collect();
            filter.insert(0, format!("m IN ({})", params.join(", ")));
        }
        Shape::Wide { .. } => {
            inner.push("CAST(NULL AS TEXT) AS m".to_string());
            inner.push("CAST(NULL AS TEXT) AS s".to_string());
        }
    }
    let mut outer = vec![
        "d".to_string(),
        "m".to_string(),
        "s".to_string(),
        "COUNT(*)".to_string(),
    ];
    for (k, &c) in shape.value_columns().iter().enumerate() {
        inner.push(format!("{} AS v{k}", dialect.number(&col(c), c)));
        inner.push(format!("{} AS bad{k}", dialect.not_a_number(&col(c), c)));
        outer.push(dialect.sum(&format!("v{k}")));
        outer.push(format!("COUNT(v{k})"));
        outer.push(format!("MIN(bad{k})"));
    }
    format!(
        "SELECT {}\nFROM (SELECT {}\n      FROM (\n{}\n) AS q) AS r\nWHERE {}\nGROUP BY d, m, s",
        outer.join(", "),
        inner.join(", "),
        query,
        filter.join(" AND ")
    )
}

/// The metric names a long query has anywhere (not only in the cycle), to
/// say what there is when a wanted metric has no rows.
fn names_sql(query: &str, columns: &[String], shape: &Shape) -> Option<String> {
    let Shape::Long { metric, value, .. } = shape else {
        return None;
    };
    Some(format!(
        "SELECT TRIM(CAST(q.{m} AS TEXT)) AS m, COUNT(q.{v}), COUNT(*)\nFROM (\n{query}\n) AS q\nGROUP BY 1\nORDER BY 1\nLIMIT 200",
        m = quote_ident(&columns[*metric]),
        v = quote_ident(&columns[*value]),
    ))
}

/// The user's query as a subquery: without a trailing `;`.
pub(super) fn subquery(query: &str) -> &str {
    query.trim().trim_end_matches(';').trim_end()
}

// ---------------------------------------------------------------------------
// What came back

/// A row of the wrapped query, decoded.
#[derive(Debug, Clone)]
pub(super) struct GroupRow {
    pub day: Day,
    pub metric: Option<String>,
    pub segment: Option<String>,
    pub rows: usize,
    pub values: Vec<Sum>,
}

/// A row's day, as the database gave it.
#[derive(Debug, Clone)]
pub(super) enum Day {
    Date(NaiveDate),
    /// ISO text (`YYYY-MM-DD`, optionally followed by a time), checked here.
    Text(String),
}

#[derive(Debug, Clone)]
pub(super) struct Sum {
    pub sum: Option<f64>,
    pub numbers: usize,
    pub not_a_number: Option<String>,
}

/// Parses an ISO date, or an ISO date-time by its date part (as written).
pub(super) fn iso_day(text: &str) -> Option<NaiveDate> {
    let text = text.trim();
    let (day, rest) = text.split_at_checked(10)?;
    if !(rest.is_empty() || rest.starts_with('T') || rest.starts_with(' ')) {
        return None;
    }
    let b = day.as_bytes();
    let shaped = b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
    if !shaped {
        return None;
    }
    NaiveDate::parse_from_str(day, "%Y-%m-%d").ok()
}

pub(super) fn bad_date(ctx: &Ctx, column: &str, text: &str) -> Diagnostic {
    ctx.error(DbProblem::NotADate {
        column: column.to_string(),
        found: text.to_string(),
    })
}

pub(super) fn bad_number(ctx: &Ctx, column: &str, text: &str) -> Diagnostic {
    ctx.error(DbProblem::NotANumber {
        column: column.to_string(),
        found: text.to_string(),
        at: None,
    })
}

/// The daily sums and the report, from the grouped rows: the rules of a
/// CSV source (segment filter, the blank-segment check, NULL is no data,
/// NaN and infinity refused, rows outside the cycle not counted).
pub(super) struct Collected<'a> {
    ctx: &'a Ctx<'a>,
    columns: &'a [String],
    shape: &'a Shape,
    wants: &'a [Want],
    cycle: &'a Cycle,
}

impl<'a> Collected<'a> {
    pub fn new(
        ctx: &'a Ctx<'a>,
        columns: &'a [String],
        shape: &'a Shape,
        wants: &'a [Want],
        cycle: &'a Cycle,
    ) -> Self {
        Collected {
            ctx,
            columns,
            shape,
            wants,
            cycle,
        }
    }

    pub fn finish(
        &self,
        rows: Vec<GroupRow>,
        mut report: SourceReport,
    ) -> Result<FileData, Diagnostic> {
        let date_column = &self.columns[self.shape.date()];
        let value_columns = self.shape.value_columns();
        // Decode and check every row before summing anything.
        let mut days = Vec::with_capacity(rows.len());
        for row in &rows {
            let day = match &row.day {
                Day::Date(d) => *d,
                Day::Text(t) => iso_day(t).ok_or_else(|| bad_date(self.ctx, date_column, t))?,
            };
            for (k, sum) in row.values.iter().enumerate() {
                if let Some(text) = &sum.not_a_number {
                    return Err(self.ctx.error(DbProblem::NotANumber {
                        column: self.columns[value_columns[k]].clone(),
                        found: text.clone(),
                        at: row.metric.clone().map(|m| (m, day.to_string())),
                    }));
                }
                if let Some(v) = sum.sum.filter(|v| !v.is_finite()) {
                    return Err(self.ctx.error(DbProblem::NotFiniteSum {
                        metric: row.metric.clone(),
                        column: self.columns[value_columns[k]].clone(),
                        day: day.to_string(),
                        sum: v.to_string(),
                    }));
                }
            }
            days.push(day);
        }
        let mut order: Vec<usize> = (0..rows.len())
            .filter(|&i| days[i] >= self.cycle.start && days[i] <= self.cycle.end)
            .collect();
        order.sort_by(|&a, &b| {
            (days[a], &rows[a].metric, &rows[a].segment).cmp(&(
                days[b],
                &rows[b].metric,
                &rows[b].segment,
            ))
        });

        let mut series: Vec<BTreeMap<NaiveDate, f64>> = vec![BTreeMap::new(); self.wants.len()];
        // Per want and day: a segment seen with values, and whether a row
        // without a segment carried values.
        let mut seen: Vec<HashMap<NaiveDate, (Option<String>, bool)>> =
            vec![HashMap::new(); self.wants.len()];
        let mut found: Vec<FoundMetric> = Vec::new();
        let mut read: Vec<ReadMetric> = self.wants.iter().map(Want::read_metric).collect();
        for &i in &order {
            let row = &rows[i];
            let day = days[i];
            report.data_rows += row.rows;
            report.first_date = Some(report.first_date.map_or(day, |d| d.min(day)));
            report.last_date = Some(report.last_date.map_or(day, |d| d.max(day)));
            for (k, sum) in row.values.iter().enumerate() {
                let name = match &row.metric {
                    Some(m) => m.clone(),
                    None => self.columns[value_columns[k]].clone(),
                };
                let at = match found.iter().position(|f| f.name == name) {
                    Some(at) => at,
                    None => {
                        found.push(FoundMetric {
                            name: name.clone(),
                            ..FoundMetric::default()
                        });
                        found.len() - 1
                    }
                };
                let f = &mut found[at];
                count(
                    (&mut f.rows, &mut f.missing),
                    (&mut f.first_date, &mut f.last_date),
                    day,
                    row.rows,
                    sum.numbers,
                );
                let value = sum.sum.filter(|_| sum.numbers > 0);
                let segment = row.segment.as_deref().map(str::trim).unwrap_or("");
                for (w, want) in self.wants.iter().enumerate() {
                    if !self.wants_name(want, &name) {
                        continue;
                    }
                    let of_segment = want
                        .segment
                        .as_ref()
                        .is_none_or(|only| segment.eq_ignore_ascii_case(only.trim()));
                    if !of_segment {
                        continue;
                    }
                    let r = &mut read[w];
                    count(
                        (&mut r.rows, &mut r.missing),
                        (&mut r.first_date, &mut r.last_date),
                        day,
                        row.rows,
                        sum.numbers,
                    );
                    let Some(v) = value else { continue };
                    *series[w].entry(day).or_insert(0.0) += v;
                    if want.segment.is_none() {
                        let (segmented, blank) = seen[w].entry(day).or_default();
                        if segment.is_empty() {
                            *blank = true;
                        } else if segmented.is_none() {
                            *segmented = Some(segment.to_string());
                        }
                        if let (Some(example), true) = (segmented.as_deref(), *blank) {
                            return Err(self.double_count(want, day, example));
                        }
                    }
                }
            }
        }
        if let Shape::Long { .. } = self.shape {
            for w in self.wants {
                if !found.iter().any(|f| f.name == w.column.trim()) {
                    report.notes.push(crate::note!(
                        "ed-note-no-rows-named-between",
                        key = &w.key,
                        column = &w.column,
                        start = self.cycle.start.to_string(),
                        end = self.cycle.end.to_string()
                    ));
                }
            }
        }
        report.metrics = found;
        report.read = read;
        Ok(FileData { report, series })
    }

    fn wants_name(&self, want: &Want, name: &str) -> bool {
        match self.shape {
            Shape::Long { .. } => want.column.trim() == name,
            Shape::Wide { .. } => {
                find_column(self.columns, &want.column).map(|c| self.columns[c].as_str())
                    == Some(name)
            }
        }
    }

    fn double_count(&self, want: &Want, day: NaiveDate, segment: &str) -> Diagnostic {
        self.ctx.error(DbProblem::DoubleCount {
            metric: want.key.clone(),
            day: day.to_string(),
            segment: segment.to_string(),
        })
    }

    /// `finish`, after noting how many groups `database` sent; when a
    /// wanted long metric had no rows in the cycle, `names` runs
    /// `names_sql` (the metric names the query has anywhere) and they are
    /// added to the report.
    pub fn finish_with_names(
        &self,
        database: &str,
        query: &str,
        rows: Vec<GroupRow>,
        mut report: SourceReport,
        names: impl FnOnce(&str) -> Result<Vec<(String, usize, usize)>, Diagnostic>,
    ) -> Result<FileData, Diagnostic> {
        report.notes.push(crate::note!(
            "ed-note-groups-read",
            n = rows.len(),
            count = rows.len().to_string(),
            database = database
        ));
        let mut data = self.finish(rows, report)?;
        if self.lacks_a_metric(&data.report) {
            if let Some(sql) = names_sql(query, self.columns, self.shape) {
                add_names(&mut data.report, names(&sql)?);
            }
        }
        Ok(data)
    }

    /// True when a wanted long metric had no rows in the cycle.
    fn lacks_a_metric(&self, report: &SourceReport) -> bool {
        matches!(self.shape, Shape::Long { .. })
            && self
                .wants
                .iter()
                .any(|w| !report.metrics.iter().any(|f| f.name == w.column.trim()))
    }
}

/// Counts a group of `rows` rows, `numbers` of them with a value; the dates
/// span the groups with a value.
fn count(
    (with_value, missing): (&mut usize, &mut usize),
    (first, last): (&mut Option<NaiveDate>, &mut Option<NaiveDate>),
    day: NaiveDate,
    rows: usize,
    numbers: usize,
) {
    *with_value += numbers;
    *missing += rows.saturating_sub(numbers);
    if numbers > 0 {
        *first = Some(first.map_or(day, |d| d.min(day)));
        *last = Some(last.map_or(day, |d| d.max(day)));
    }
}

/// Adds the metric names found outside the cycle (from `names_sql`) to the
/// report, so that `okr validate` can say what the source does have.
fn add_names(report: &mut SourceReport, names: Vec<(String, usize, usize)>) {
    for (name, numbers, rows) in names {
        if report.metrics.iter().any(|f| f.name == name) {
            continue;
        }
        report.metrics.push(FoundMetric {
            name,
            rows: numbers,
            missing: rows - numbers,
            ..FoundMetric::default()
        });
    }
}

/// The report's fixed parts for a database source. `kinds` says what each
/// column holds as the database declares it (`date`, `number`, `text`); the
/// columns read are `date` and `number`, since they are read as such.
pub(super) fn report(
    ctx: &Ctx,
    path: String,
    columns: &[String],
    kinds: &[&str],
    shape: &Shape,
    date_type: &str,
) -> SourceReport {
    let values = shape.value_columns();
    let column_types = columns
        .iter()
        .enumerate()
        .map(|(i, name)| ColumnType {
            name: name.clone(),
            kind: if i == shape.date() {
                "date"
            } else if values.contains(&i) {
                "number"
            } else {
                kinds.get(i).copied().unwrap_or("text")
            }
            .to_string(),
        })
        .collect();
    SourceReport {
        name: ctx.name().to_string(),
        path,
        encoding: "database".to_string(),
        layout: match ctx.source.layout {
            Layout::Long => "long",
            Layout::Wide => "wide",
        }
        .to_string(),
        date_column: columns[shape.date()].clone(),
        date_format: date_type.to_string(),
        columns: columns.to_vec(),
        column_types,
        ..SourceReport::default()
    }
}

/// Metric names to bind after the two dates.
pub(super) fn metric_params(shape: &Shape) -> &[String] {
    match shape {
        Shape::Long { names, .. } => names,
        Shape::Wide { .. } => &[],
    }
}

#[cfg(test)]
mod tests;
