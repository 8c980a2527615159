//! `kind = "postgres"`: the connection string comes from the environment
//! variable named by `url_env`, never from the OKR file.
//!
//! The query is described first (its columns and their types), so that the
//! wrapped query reads each column for what it is: DATE as is, TIMESTAMP
//! cast to its date, text checked as ISO; numbers summed by the server
//! (NUMERIC exactly), numeric text checked and cast to NUMERIC.

use postgres::config::{Host, SslMode};
use postgres::error::SqlState;
use postgres::types::{ToSql, Type};
use postgres::{Client, Config, NoTls};
use std::error::Error as _;
use std::time::Duration;
use tokio_postgres_rustls::MakeRustlsConnect;

use super::{
    grouped_sql, metric_params, report, resolve_shape, subquery, Collected, Ctx, Day, Dialect,
    GroupRow, Sum,
};
use super::{pg_options, pg_tls};
use crate::config::model::Cycle;
use crate::error::data::DbProblem;
use crate::error::Diagnostic;
use crate::metrics::csv_file::{FileData, Want};

pub fn read(
    ctx: &Ctx,
    url_env: &str,
    query: &str,
    timeout_seconds: u64,
    wants: &[Want],
    cycle: &Cycle,
) -> Result<FileData, Diagnostic> {
    let (mut session, target) = connect(ctx, url_env, timeout_seconds)?;
    // Every statement runs in one read-only transaction (rolled back when
    // dropped): a query calling a function that writes fails.
    let mut client = session
        .build_transaction()
        .read_only(true)
        .start()
        .map_err(|e| query_error(ctx, &e, "START TRANSACTION READ ONLY", timeout_seconds))?;
    let query = subquery(query);
    let described = client
        .prepare(query)
        .map_err(|e| query_error(ctx, &e, query, timeout_seconds))?;
    let columns: Vec<String> = described
        .columns()
        .iter()
        .map(|c| c.name().to_string())
        .collect();
    let types: Vec<Type> = described
        .columns()
        .iter()
        .map(|c| c.type_().clone())
        .collect();
    let shape = resolve_shape(ctx, &columns, wants)?;
    let date_col = shape.date();
    let dates = DateKind::of(&types[date_col]).ok_or_else(|| {
        ctx.error(DbProblem::PgColumnType {
            column: columns[date_col].clone(),
            type_name: types[date_col].to_string(),
            date: true,
        })
    })?;
    for &c in &shape.value_columns() {
        if ValueKind::of(&types[c]).is_none() {
            return Err(ctx.error(DbProblem::PgColumnType {
                column: columns[c].clone(),
                type_name: types[c].to_string(),
                date: false,
            }));
        }
    }
    let kinds: Vec<&str> = types
        .iter()
        .map(|t| match (DateKind::of(t), ValueKind::of(t)) {
            (Some(DateKind::Date | DateKind::Timestamp), _) => "date",
            (_, Some(ValueKind::Number)) => "number",
            _ => "text",
        })
        .collect();
    let report = report(
        ctx,
        format!("${url_env} ({target})"),
        &columns,
        &kinds,
        &shape,
        &match dates {
            DateKind::Text => "ISO text".to_string(),
            _ => types[date_col].to_string(),
        },
    );
    if wants.is_empty() {
        return Ok(FileData {
            report,
            series: Vec::new(),
        });
    }

    let sql = grouped_sql(&PgSql { types: &types }, query, &columns, &shape);
    let mut params: Vec<Box<dyn ToSql + Sync>> = match dates {
        DateKind::Text => vec![
            Box::new(cycle.start.to_string()),
            Box::new(cycle.end.to_string()),
        ],
        _ => vec![Box::new(cycle.start), Box::new(cycle.end)],
    };
    for m in metric_params(&shape) {
        params.push(Box::new(m.clone()));
    }
    let refs: Vec<&(dyn ToSql + Sync)> = params.iter().map(|p| p.as_ref()).collect();
    let failed = |e: postgres::Error| query_error(ctx, &e, &sql, timeout_seconds);
    let values = shape.value_columns().len();
    let mut rows = Vec::new();
    for row in client.query(&sql, &refs).map_err(failed)? {
        let mut sums = Vec::with_capacity(values);
        for k in 0..values {
            let at = 4 + 3 * k;
            sums.push(Sum {
                sum: row.try_get(at).map_err(failed)?,
                numbers: count(row.try_get(at + 1).map_err(failed)?),
                not_a_number: row.try_get(at + 2).map_err(failed)?,
            });
        }
        rows.push(GroupRow {
            day: match dates {
                DateKind::Text => Day::Text(row.try_get(0).map_err(failed)?),
                _ => Day::Date(row.try_get(0).map_err(failed)?),
            },
            metric: row.try_get(1).map_err(failed)?,
            segment: row.try_get(2).map_err(failed)?,
            rows: count(row.try_get(3).map_err(failed)?),
            values: sums,
        });
    }
    Collected::new(ctx, &columns, &shape, wants, cycle).finish_with_names(
        "PostgreSQL",
        query,
        rows,
        report,
        |sql| {
            let failed = |e: postgres::Error| query_error(ctx, &e, sql, timeout_seconds);
            let mut names = Vec::new();
            for row in client.query(sql, &[]).map_err(failed)? {
                let name: Option<String> = row.try_get(0).map_err(failed)?;
                names.push((
                    name.unwrap_or_default(),
                    count(row.try_get(1).map_err(failed)?),
                    count(row.try_get(2).map_err(failed)?),
                ));
            }
            Ok(names)
        },
    )
}

fn count(n: i64) -> usize {
    usize::try_from(n).unwrap_or(0)
}

/// Connects with the timeout, sets it as the statement_timeout, and makes
/// the session read-only.
fn connect(ctx: &Ctx, url_env: &str, timeout_seconds: u64) -> Result<(Client, String), Diagnostic> {
    let url = match std::env::var(url_env) {
        Ok(url) if !url.trim().is_empty() => url,
        Ok(_) | Err(std::env::VarError::NotPresent) => {
            return Err(ctx.error(DbProblem::PgUrlUnset {
                url_env: url_env.to_string(),
            }))
        }
        Err(std::env::VarError::NotUnicode(_)) => {
            return Err(ctx.error(DbProblem::PgUrlNotUtf8 {
                url_env: url_env.to_string(),
            }))
        }
    };
    let options = pg_options::take(&url, &pg_options::process_env).map_err(|option| {
        ctx.error(DbProblem::PgOptionInvalid {
            url_env: url_env.to_string(),
            option,
        })
    })?;
    let mut config: Config = options.rest.parse().map_err(|e: postgres::Error| {
        // The parser's messages name the option, never the password.
        ctx.error(DbProblem::PgUrlInvalid {
            url_env: url_env.to_string(),
            said: with_causes(&e),
        })
    })?;
    with_environment(&mut config);
    config.ssl_mode(match options.ssl_mode {
        pg_options::SslMode::Disable => SslMode::Disable,
        pg_options::SslMode::Prefer => SslMode::Prefer,
        _ => SslMode::Require,
    });
    if config.get_connect_timeout().is_none() {
        config.connect_timeout(Duration::from_secs(timeout_seconds));
    }
    if config.get_password().is_none() {
        if let Some(password) = pg_options::process_env("PGPASSWORD") {
            config.password(password);
        } else if let Some(password) = from_passfile(&config, options.passfile.clone()) {
            config.password(password);
        }
    }
    if config.get_application_name().is_none() {
        config.application_name("okr");
    }
    let target = target(&config);
    let check = pg_tls::check_for(options.ssl_mode, options.root_cert.clone());
    let connected = if options.ssl_mode == pg_options::SslMode::Disable {
        config.connect(NoTls)
    } else {
        let tls = pg_tls::client_config(&check).map_err(|setup| {
            ctx.error(DbProblem::PgTlsSetup {
                url_env: url_env.to_string(),
                setup,
            })
        })?;
        config.connect(MakeRustlsConnect::new(tls))
    };
    let mut client = connected.map_err(|e| {
        connect_error(
            ctx,
            &e,
            &Attempt {
                target: &target,
                url_env,
                timeout_seconds,
                mode: options.ssl_mode,
                check: &check,
            },
        )
    })?;
    // The session is read-only too, and no statement runs longer than the
    // timeout.
    client
        .execute(
            "SELECT set_config('statement_timeout', $1, false), set_config('default_transaction_read_only', 'on', false)",
            &[&format!("{timeout_seconds}s")],
        )
        .map_err(|e| query_error(ctx, &e, "", timeout_seconds))?;
    Ok((client, target))
}

/// libpq's environment variables for what the connection string leaves
/// out.
fn with_environment(config: &mut Config) {
    let env = pg_options::process_env;
    if config.get_hosts().is_empty() && config.get_hostaddrs().is_empty() {
        if let Some(hosts) = env("PGHOST") {
            for host in hosts.split(',') {
                config.host(host);
            }
        }
    }
    if config.get_ports().is_empty() {
        if let Some(port) = env("PGPORT").and_then(|p| p.trim().parse::<u16>().ok()) {
            config.port(port);
        }
    }
    if config.get_user().is_none() {
        if let Some(user) = env("PGUSER") {
            config.user(&user);
        }
    }
    if config.get_dbname().is_none() {
        if let Some(db) = env("PGDATABASE") {
            config.dbname(&db);
        }
    }
    if config.get_application_name().is_none() {
        if let Some(name) = env("PGAPPNAME") {
            config.application_name(&name);
        }
    }
    if config.get_connect_timeout().is_none() {
        if let Some(seconds) = env("PGCONNECT_TIMEOUT").and_then(|s| s.trim().parse::<u64>().ok()) {
            if seconds > 0 {
                config.connect_timeout(Duration::from_secs(seconds));
            }
        }
    }
}

/// The password from the password file (`passfile`, PGPASSFILE or
/// ~/.pgpass) for the first host, as libpq. A file others can read is
/// ignored with a warning.
fn from_passfile(config: &Config, passfile: Option<std::path::PathBuf>) -> Option<String> {
    let file = passfile.or_else(pg_options::default_passfile)?;
    let host = match config.get_hosts().first() {
        Some(Host::Tcp(name)) => name.clone(),
        #[cfg(unix)]
        Some(Host::Unix(_)) => "localhost".to_string(),
        None => match config.get_hostaddrs().first() {
            Some(addr) => addr.to_string(),
            None => "localhost".to_string(),
        },
    };
    let port = config.get_ports().first().copied().unwrap_or(5432);
    let user = match config.get_user() {
        Some(user) => user.to_string(),
        None => pg_options::process_env("USER")?,
    };
    let dbname = config.get_dbname().unwrap_or(&user).to_string();
    match pg_options::pgpass(&file, &host, port, &dbname, &user) {
        Ok(password) => password,
        Err(warning) => {
            crate::say!("{}", crate::t!("ed-warning", message = warning.to_string()));
            None
        }
    }
}

/// `127.0.0.1:5432/db as user`: where we connect, without the password.
fn target(config: &Config) -> String {
    let hosts: Vec<String> = config
        .get_hosts()
        .iter()
        .enumerate()
        .map(|(i, h)| {
            let host = match h {
                Host::Tcp(name) => name.clone(),
                #[cfg(unix)]
                Host::Unix(path) => path.display().to_string(),
            };
            let port = config
                .get_ports()
                .get(i)
                .or(config.get_ports().first())
                .copied()
                .unwrap_or(5432);
            format!("{host}:{port}")
        })
        .collect();
    let mut out = if hosts.is_empty() {
        "localhost:5432".to_string()
    } else {
        hosts.join(",")
    };
    if let Some(db) = config.get_dbname() {
        out.push_str(&format!("/{db}"));
    }
    if let Some(user) = config.get_user() {
        out.push_str(&format!(" as {user}"));
    }
    out
}

/// Where and how a connection was tried, for its error.
struct Attempt<'a> {
    target: &'a str,
    url_env: &'a str,
    timeout_seconds: u64,
    mode: pg_options::SslMode,
    check: &'a pg_tls::Check,
}

fn connect_error(ctx: &Ctx, e: &postgres::Error, attempt: &Attempt) -> Diagnostic {
    let Attempt {
        target,
        url_env,
        timeout_seconds,
        ..
    } = *attempt;
    let (target, url_env) = (target.to_string(), url_env.to_string());
    if let Some(db) = e.as_db_error() {
        let code = db.code();
        let said = db.message().to_string();
        if *code == SqlState::INVALID_PASSWORD
            || *code == SqlState::INVALID_AUTHORIZATION_SPECIFICATION
        {
            return ctx.error(DbProblem::PgAuth {
                target,
                url_env,
                said,
            });
        }
        return ctx.error(DbProblem::PgRefused {
            target,
            url_env,
            said,
        });
    }
    let text = with_causes(e);
    if text.contains("server does not support TLS") {
        return ctx.error(DbProblem::PgNoTls {
            target,
            url_env,
            sslmode: attempt.mode.name().to_string(),
        });
    }
    if let Some(failure) = pg_tls::explain(e, attempt.check) {
        return ctx.error(DbProblem::PgTls { target, failure });
    }
    if text.contains("password missing") {
        return ctx.error(DbProblem::PgNoPassword { target, url_env });
    }
    let mut cause = e.source();
    while let Some(c) = cause {
        if let Some(io) = c.downcast_ref::<std::io::Error>() {
            match io.kind() {
                std::io::ErrorKind::ConnectionRefused => {
                    return ctx.error(DbProblem::PgConnectionRefused { target, url_env })
                }
                std::io::ErrorKind::TimedOut => {
                    return connect_timeout(ctx, target, timeout_seconds)
                }
                _ => {}
            }
        }
        cause = c.source();
    }
    if text.to_lowercase().contains("timeout") || text.to_lowercase().contains("timed out") {
        return connect_timeout(ctx, target, timeout_seconds);
    }
    ctx.error(DbProblem::PgConnect {
        target,
        url_env,
        said: text,
    })
}

/// `error: cause: its cause`, without repeating a cause that the error
/// already says.
fn with_causes(e: &postgres::Error) -> String {
    let mut text = e.to_string();
    let mut cause = e.source();
    while let Some(c) = cause {
        let said = c.to_string();
        if !text.contains(&said) {
            text.push_str(&format!(": {said}"));
        }
        cause = c.source();
    }
    text
}

fn connect_timeout(ctx: &Ctx, target: String, timeout_seconds: u64) -> Diagnostic {
    ctx.error(DbProblem::PgConnectTimeout {
        target,
        seconds: timeout_seconds,
        source: ctx.name().to_string(),
    })
}

/// A query error with the server's own message (and where in the query).
fn query_error(ctx: &Ctx, e: &postgres::Error, sql: &str, timeout_seconds: u64) -> Diagnostic {
    let Some(db) = e.as_db_error() else {
        return ctx.error(DbProblem::PgDriver {
            said: e.to_string(),
        });
    };
    if *db.code() == SqlState::QUERY_CANCELED {
        return ctx.timeout(timeout_seconds);
    }
    let mut at = None;
    if let Some(postgres::error::ErrorPosition::Original(position)) = db.position() {
        let position = usize::try_from(*position).unwrap_or(1).saturating_sub(1);
        let excerpt: String = sql.chars().skip(position).take(40).collect();
        let excerpt = excerpt.lines().next().unwrap_or("").trim_end();
        if !excerpt.is_empty() {
            at = Some(excerpt.to_string());
        }
    }
    ctx.error(DbProblem::PgQuery {
        said: db.message().to_string(),
        detail: db.detail().map(str::to_string),
        at,
        server_hint: db.hint().map(str::to_string),
        source: ctx.name().to_string(),
    })
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum DateKind {
    Date,
    Timestamp,
    Text,
}

impl DateKind {
    fn of(t: &Type) -> Option<DateKind> {
        if *t == Type::DATE {
            Some(DateKind::Date)
        } else if *t == Type::TIMESTAMP || *t == Type::TIMESTAMPTZ {
            Some(DateKind::Timestamp)
        } else if is_text(t) {
            Some(DateKind::Text)
        } else {
            None
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum ValueKind {
    Number,
    Text,
}

impl ValueKind {
    fn of(t: &Type) -> Option<ValueKind> {
        let numbers = [
            Type::INT2,
            Type::INT4,
            Type::INT8,
            Type::FLOAT4,
            Type::FLOAT8,
            Type::NUMERIC,
        ];
        if numbers.contains(t) {
            Some(ValueKind::Number)
        } else if is_text(t) {
            Some(ValueKind::Text)
        } else {
            None
        }
    }
}

fn is_text(t: &Type) -> bool {
    [
        Type::TEXT,
        Type::VARCHAR,
        Type::BPCHAR,
        Type::NAME,
        Type::UNKNOWN,
    ]
    .contains(t)
}

/// An ISO day at the start of the text (the rest may be a time).
const ISO_DAY: &str = "'^[0-9]{4}-[0-9]{2}-[0-9]{2}([T ].*)?$'";
/// A plain number: `12`, `-3.5`, `.5`, `1e6`.
const PLAIN_NUMBER: &str = "'^[+-]?([0-9]+[.]?[0-9]*|[.][0-9]+)([eE][+-]?[0-9]+)?$'";
const NO_DATA: &str = "('', '--', 'n/a', 'N/A')";

struct PgSql<'a> {
    types: &'a [Type],
}

impl PgSql<'_> {
    fn text_value(&self, index: usize) -> bool {
        ValueKind::of(&self.types[index]) == Some(ValueKind::Text)
    }
}

impl Dialect for PgSql<'_> {
    fn param(&self, n: usize) -> String {
        format!("${n}")
    }

    fn day(&self, column: &str, index: usize) -> String {
        match DateKind::of(&self.types[index]) {
            Some(DateKind::Date) => column.to_string(),
            Some(DateKind::Timestamp) => format!("CAST({column} AS DATE)"),
            // Malformed text is kept whole, for the error message.
            _ => format!(
                "CASE WHEN TRIM({column}) ~ {ISO_DAY} THEN LEFT(TRIM({column}), 10) ELSE TRIM({column}) END"
            ),
        }
    }

    fn in_range(&self, day: &str, index: usize, from: &str, to: &str) -> String {
        if DateKind::of(&self.types[index]) == Some(DateKind::Text) {
            // Days that are not ISO are let through, to be reported.
            format!(
                "({day} BETWEEN {from} AND {to} OR {day} !~ '^[0-9]{{4}}-[0-9]{{2}}-[0-9]{{2}}$')"
            )
        } else {
            format!("{day} BETWEEN {from} AND {to}")
        }
    }

    fn number(&self, column: &str, index: usize) -> String {
        if self.text_value(index) {
            format!(
                "CASE WHEN TRIM({column}) IN {NO_DATA} THEN NULL WHEN TRIM({column}) ~ {PLAIN_NUMBER} THEN CAST(TRIM({column}) AS NUMERIC) END"
            )
        } else {
            column.to_string()
        }
    }

    fn not_a_number(&self, column: &str, index: usize) -> String {
        if self.text_value(index) {
            format!(
                "CASE WHEN TRIM({column}) IN {NO_DATA} OR TRIM({column}) ~ {PLAIN_NUMBER} THEN NULL ELSE {column} END"
            )
        } else {
            "CAST(NULL AS TEXT)".to_string()
        }
    }

    fn sum(&self, number: &str) -> String {
        format!("CAST(SUM({number}) AS DOUBLE PRECISION)")
    }
}
