//! `kind = "sqlite"`: a database file, opened read-only.
//!
//! SQLite has no types to rely on (any cell may hold text), so two SQL
//! functions registered on the connection read each cell as a CSV cell is
//! read: `okr_day` (ISO text to `YYYY-MM-DD`) and `okr_number` (integers,
//! reals and numeric text; NULL, '', '--', 'n/a' are no data). A cell that is
//! neither stops the query and is reported with its column and value.

use rusqlite::functions::FunctionFlags;
use rusqlite::types::{Value, ValueRef};
use rusqlite::{Connection, OpenFlags};
use std::path::Path;
use std::sync::{mpsc, Arc, Mutex};
use std::time::Duration;

use super::{
    bad_date, bad_number, grouped_sql, iso_day, metric_params, report, resolve_shape, subquery,
    Collected, Ctx, Day, Dialect, GroupRow, Sum,
};
use crate::config::model::Cycle;
use crate::error::data::{DbProblem, SqliteOpen};
use crate::error::Diagnostic;
use crate::metrics::csv_file::{FileData, Want};
use crate::t;

pub fn read(
    ctx: &Ctx,
    path: &Path,
    query: &str,
    timeout_seconds: u64,
    wants: &[Want],
    cycle: &Cycle,
) -> Result<FileData, Diagnostic> {
    let cannot_open = |reason: SqliteOpen| {
        ctx.error(DbProblem::SqliteOpen {
            path: path.to_path_buf(),
            reason,
            source: ctx.name().to_string(),
        })
    };
    match std::fs::metadata(path) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(cannot_open(SqliteOpen::NoSuchFile))
        }
        Err(e) => return Err(cannot_open(SqliteOpen::Said(e.to_string()))),
        Ok(m) if m.is_dir() => return Err(cannot_open(SqliteOpen::Directory)),
        Ok(_) => {}
    }
    let conn = open_read_only(path).map_err(|e| cannot_open(SqliteOpen::Said(message(&e))))?;
    let timeout = Duration::from_secs(timeout_seconds);
    conn.busy_timeout(timeout)
        .map_err(|e| cannot_open(SqliteOpen::Said(message(&e))))?;
    // Read-only twice over: the file is opened read-only, and the
    // connection refuses every statement that would write.
    conn.pragma_update(None, "query_only", true)
        .map_err(|e| cannot_open(SqliteOpen::Said(message(&e))))?;

    let query = subquery(query);
    let (columns, kinds): (Vec<String>, Vec<&str>) = {
        let stmt = conn
            .prepare(query)
            .map_err(|e| query_error(ctx, path, &e))?;
        stmt.columns()
            .iter()
            .map(|c| (c.name().to_string(), kind(c.decl_type())))
            .unzip()
    };
    let shape = resolve_shape(ctx, &columns, wants)?;
    let report = report(
        ctx,
        path.display().to_string(),
        &columns,
        &kinds,
        &shape,
        "ISO text",
    );
    if wants.is_empty() {
        return Ok(FileData {
            report,
            series: Vec::new(),
        });
    }

    let problem: Arc<Mutex<Option<Diagnostic>>> = Arc::default();
    register_functions(&conn, ctx, &columns, &problem).map_err(|e| query_error(ctx, path, &e))?;
    let sql = grouped_sql(&SqliteSql, query, &columns, &shape);
    let mut params: Vec<Value> = vec![
        Value::Text(cycle.start.to_string()),
        Value::Text(cycle.end.to_string()),
    ];
    params.extend(metric_params(&shape).iter().map(|m| Value::Text(m.clone())));
    let values = shape.value_columns().len();

    let _watchdog = Watchdog::start(&conn, timeout);
    let rows = (|| -> rusqlite::Result<Vec<GroupRow>> {
        let mut stmt = conn.prepare(&sql)?;
        let mut rows = stmt.query(rusqlite::params_from_iter(params.iter()))?;
        let mut out = Vec::new();
        while let Some(row) = rows.next()? {
            let mut sums = Vec::with_capacity(values);
            for k in 0..values {
                let at = 4 + 3 * k;
                sums.push(Sum {
                    sum: row.get(at)?,
                    numbers: row.get::<_, i64>(at + 1)?.try_into().unwrap_or(0),
                    not_a_number: row.get(at + 2)?,
                });
            }
            out.push(GroupRow {
                day: Day::Text(row.get(0)?),
                metric: row.get(1)?,
                segment: row.get(2)?,
                rows: row.get::<_, i64>(3)?.try_into().unwrap_or(0),
                values: sums,
            });
        }
        Ok(out)
    })()
    .map_err(|e| {
        if let Some(d) = problem.lock().ok().and_then(|mut p| p.take()) {
            return d;
        }
        if is_interrupt(&e) {
            return ctx.timeout(timeout_seconds);
        }
        query_error(ctx, path, &e)
    })?;

    Collected::new(ctx, &columns, &shape, wants, cycle).finish_with_names(
        "SQLite",
        query,
        rows,
        report,
        |sql| {
            (|| -> rusqlite::Result<Vec<(String, usize, usize)>> {
                let mut stmt = conn.prepare(sql)?;
                let rows = stmt.query_map([], |r| {
                    Ok((
                        r.get::<_, Option<String>>(0)?.unwrap_or_default(),
                        r.get::<_, i64>(1)?.try_into().unwrap_or(0),
                        r.get::<_, i64>(2)?.try_into().unwrap_or(0),
                    ))
                })?;
                rows.collect()
            })()
            .map_err(|e| query_error(ctx, path, &e))
        },
    )
}

/// What a declared column type holds, by SQLite's affinity rules (an
/// expression has no declared type: text).
fn kind(declared: Option<&str>) -> &'static str {
    let declared = declared.unwrap_or("").to_uppercase();
    if declared.contains("DATE") || declared.contains("TIME") {
        "date"
    } else if ["INT", "REAL", "FLOA", "DOUB", "NUM", "DEC"]
        .iter()
        .any(|t| declared.contains(t))
    {
        "number"
    } else {
        "text"
    }
}

struct SqliteSql;

impl Dialect for SqliteSql {
    fn param(&self, n: usize) -> String {
        format!("?{n}")
    }
    fn day(&self, column: &str, index: usize) -> String {
        format!("okr_day({column}, {index})")
    }
    fn in_range(&self, day: &str, _index: usize, from: &str, to: &str) -> String {
        format!("{day} BETWEEN {from} AND {to}")
    }
    fn number(&self, column: &str, index: usize) -> String {
        format!("okr_number({column}, {index})")
    }
    fn not_a_number(&self, _column: &str, _index: usize) -> String {
        // okr_number raises the error itself.
        "CAST(NULL AS TEXT)".to_string()
    }
    fn sum(&self, number: &str) -> String {
        format!("SUM({number})")
    }
}

/// Opens the database read-only, leaving the directory as it was: a WAL
/// database that nobody has open (no `-wal` file) is opened `immutable`, so
/// that SQLite creates no `-wal` and `-shm` beside it; one that is in use
/// is read through the `-wal` and `-shm` its writer keeps.
fn open_read_only(path: &Path) -> rusqlite::Result<Connection> {
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let mut wal = path.as_os_str().to_os_string();
    wal.push("-wal");
    if Path::new(&wal).exists() {
        return Connection::open_with_flags(path, flags);
    }
    Connection::open_with_flags(
        format!("file:{}?immutable=1", uri_path(path)),
        flags | OpenFlags::SQLITE_OPEN_URI,
    )
}

/// A path as the path of a `file:` URI: `%`, `?` and `#` escaped.
fn uri_path(path: &Path) -> String {
    let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let mut out = String::new();
    for c in absolute.to_string_lossy().chars() {
        match c {
            '%' | '?' | '#' => out.push_str(&format!("%{:02X}", u32::from(c))),
            _ => out.push(c),
        }
    }
    out
}

/// Stops the query after the timeout (SQLite has no statement timeout).
struct Watchdog {
    _stop: mpsc::Sender<()>,
}

impl Watchdog {
    fn start(conn: &Connection, timeout: Duration) -> Watchdog {
        let (stop, stopped) = mpsc::channel::<()>();
        let handle = conn.get_interrupt_handle();
        std::thread::spawn(move || {
            if stopped.recv_timeout(timeout) == Err(mpsc::RecvTimeoutError::Timeout) {
                handle.interrupt();
            }
        });
        Watchdog { _stop: stop }
    }
}

fn register_functions(
    conn: &Connection,
    ctx: &Ctx,
    columns: &[String],
    problem: &Arc<Mutex<Option<Diagnostic>>>,
) -> rusqlite::Result<()> {
    let flags = FunctionFlags::SQLITE_UTF8 | FunctionFlags::SQLITE_DETERMINISTIC;
    // The functions must be `Send + 'static`: each keeps its own copy of
    // what its diagnostics need.
    let cells = Cells {
        source: ctx.source.clone(),
        columns: columns.to_vec(),
        problem: Arc::clone(problem),
    };
    let days = cells.clone();
    conn.create_scalar_function("okr_day", 2, flags, move |f| {
        let col: i64 = f.get(1)?;
        match f.get_raw(0) {
            ValueRef::Null => Ok(None),
            ValueRef::Text(t) => {
                let text = String::from_utf8_lossy(t);
                match iso_day(&text) {
                    Some(day) => Ok(Some(day.to_string())),
                    None => Err(days.raise(col, &text, bad_date)),
                }
            }
            other => Err(days.raise(col, &shown(other), bad_date)),
        }
    })?;
    conn.create_scalar_function("okr_number", 2, flags, move |f| {
        let col: i64 = f.get(1)?;
        let text = match f.get_raw(0) {
            ValueRef::Null => return Ok(None),
            ValueRef::Integer(i) => return Ok(Some(i as f64)),
            ValueRef::Real(r) if r.is_finite() => return Ok(Some(r)),
            ValueRef::Text(t) => String::from_utf8_lossy(t).into_owned(),
            other => shown(other),
        };
        let trimmed = text.trim();
        if matches!(trimmed, "" | "--" | "n/a" | "N/A") {
            return Ok(None);
        }
        match plain_number(trimmed) {
            Some(v) => Ok(Some(v)),
            None => Err(cells.raise(col, &text, bad_number)),
        }
    })?;
    Ok(())
}

/// A cell that is not text, as it is shown in a message.
fn shown(value: ValueRef) -> String {
    match value {
        ValueRef::Null => "NULL".to_string(),
        ValueRef::Integer(i) => t!("ed-sqlite-integer", value = i.to_string()),
        ValueRef::Real(r) => t!("ed-sqlite-real", value = r.to_string()),
        ValueRef::Text(t) => String::from_utf8_lossy(t).into_owned(),
        ValueRef::Blob(b) => t!("ed-sqlite-blob", bytes = b.len().to_string(), n = b.len()),
    }
}

/// What the SQL functions need to report a cell.
#[derive(Clone)]
struct Cells {
    source: crate::config::model::Source,
    columns: Vec<String>,
    problem: Arc<Mutex<Option<Diagnostic>>>,
}

impl Cells {
    /// Keeps the first problem (the query stops at it) and stops the query.
    fn raise(
        &self,
        col: i64,
        text: &str,
        diagnose: fn(&Ctx, &str, &str) -> Diagnostic,
    ) -> rusqlite::Error {
        let column = usize::try_from(col)
            .ok()
            .and_then(|c| self.columns.get(c))
            .map_or("?", String::as_str);
        let d = diagnose(
            &Ctx {
                source: &self.source,
            },
            column,
            text,
        );
        let message = d.message().clone();
        if let Ok(mut slot) = self.problem.lock() {
            slot.get_or_insert(d);
        }
        rusqlite::Error::UserFunctionError(message.into())
    }
}

/// A finite number written plainly: `12`, `-3.5`, `.5`, `1e6`.
fn plain_number(text: &str) -> Option<f64> {
    let plain = text
        .bytes()
        .all(|b| b.is_ascii_digit() || matches!(b, b'.' | b'-' | b'+' | b'e' | b'E'));
    if !plain {
        return None;
    }
    text.parse::<f64>().ok().filter(|v| v.is_finite())
}

/// SQLite's own message.
fn message(e: &rusqlite::Error) -> String {
    match e {
        rusqlite::Error::SqliteFailure(_, Some(m)) => m.clone(),
        other => other.to_string(),
    }
}

fn is_interrupt(e: &rusqlite::Error) -> bool {
    matches!(e, rusqlite::Error::SqliteFailure(f, _) if f.code == rusqlite::ErrorCode::OperationInterrupted)
}

fn query_error(ctx: &Ctx, path: &Path, e: &rusqlite::Error) -> Diagnostic {
    ctx.error(DbProblem::SqliteQuery {
        path: path.to_path_buf(),
        said: message(e),
        source: ctx.name().to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{self, Lang};

    #[test]
    fn cells_that_are_not_text_are_shown_in_the_readers_language() {
        assert_eq!(shown(ValueRef::Integer(12)), "12 (an integer)");
        assert_eq!(shown(ValueRef::Blob(&[1, 2, 3])), "a blob of 3 bytes");
        let _sv = i18n::scoped(Lang::Sv);
        assert_eq!(shown(ValueRef::Real(1.5)), "1.5 (ett flyttal)");
        let _fi = i18n::scoped(Lang::Fi);
        assert_eq!(shown(ValueRef::Blob(&[1])), "blob, 1 tavu");
        assert_eq!(shown(ValueRef::Null), "NULL");
    }
}
