//! Database sources: the data of tests/fixtures/db/data as CSV files, as a
//! SQLite file and as PostgreSQL tables gives the same `okr status` JSON,
//! and every failure is a clear error (exit 2) naming the source.
//!
//! The PostgreSQL tests need a server: `OKR_TEST_PG_URL` (`.ci/run` starts
//! one). Without it they pass with "skipped: no PostgreSQL (set
//! OKR_TEST_PG_URL)", except in CI (env `CI` set), where they fail.

// The helpers serve the database modules below, which a build without
// both features leaves out.
#![cfg_attr(not(all(feature = "sqlite", feature = "postgres")), allow(dead_code))]

use std::path::{Path, PathBuf};

use crate::util::*;

const AS_OF: &str = "2026-02-12";

/// The rows of `data/crm.csv`: date, metric, value, segment (empty: NULL).
fn crm_rows() -> Vec<[Option<String>; 4]> {
    csv_rows("crm.csv")
}

/// The rows of `data/ads.csv`: date, cost, clicks, impressions.
fn ads_rows() -> Vec<[Option<String>; 4]> {
    csv_rows("ads.csv")
}

fn csv_rows(name: &str) -> Vec<[Option<String>; 4]> {
    let text = std::fs::read_to_string(fixture("db/data").join(name)).unwrap();
    text.lines()
        .skip(1)
        .map(|line| {
            let cells: Vec<Option<String>> = line
                .split(',')
                .map(|c| (!c.is_empty()).then(|| c.to_string()))
                .collect();
            [0, 1, 2, 3].map(|i| cells.get(i).cloned().flatten())
        })
        .collect()
}

/// An OKR file in `dir`: `sources` in front of the fixture's body.
fn write_config(dir: &Path, sources: &str) -> PathBuf {
    let body = std::fs::read_to_string(fixture("db/okrs.body.toml")).unwrap();
    let path = dir.join("okrs.toml");
    std::fs::write(&path, format!("{sources}\n{body}")).unwrap();
    path
}

fn toml_string(s: &str) -> String {
    serde_json::Value::String(s.to_string()).to_string()
}

fn csv_sources() -> String {
    let data = fixture("db/data");
    format!(
        "[[sources]]\nname = \"crm\"\npath = {}\n\n[[sources]]\nname = \"ads\"\npath = {}\nlayout = \"wide\"\n",
        toml_string(&data.join("crm.csv").display().to_string()),
        toml_string(&data.join("ads.csv").display().to_string()),
    )
}

/// `okr status --format json` as of AS_OF, with `env` set.
fn status(config: &Path, env: &[(&str, &str)]) -> serde_json::Value {
    let mut cmd = okr();
    // The CSV twins live in the fixtures, outside the temporary project.
    cmd.env("OKR_ALLOW_PATHS", fixture("db/data"));
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = cmd
        .args(["status", "-c", config.to_str().unwrap(), "--as-of", AS_OF])
        .args(["--format", "json"])
        .output()
        .unwrap();
    assert_ok(&out);
    serde_json::from_slice(&out.stdout).unwrap()
}

/// The reference: the same OKR file on the CSV files.
fn csv_status() -> serde_json::Value {
    let dir = tempfile::tempdir().unwrap();
    let v = status(&write_config(dir.path(), &csv_sources()), &[]);
    // The fixture exercises what it should: segments summed, one segment
    // read, a missing value, rows outside the cycle, decimals.
    let mqls = find_kr(&v["objectives"], "mqls-up").unwrap();
    close(
        &mqls["value"],
        20.0 + 10.5 + 4.25 + 25.0 + 30.0 + 15.0 + 40.0 + 12.75 + 33.0,
    );
    assert_eq!(mqls["status"], "guardrail-breached");
    let inbound = find_kr(&v["objectives"], "inbound-weekly").unwrap();
    close(&inbound["value"], 40.0);
    let clicks = find_kr(&v["objectives"], "clicks").unwrap();
    close(
        &clicks["value"],
        (340.0 + 310.0 + 305.0 + 350.0 + 298.0) / 5.0,
    );
    v
}

/// Runs okr and expects exit 2 with every piece of `expected` on stderr.
fn fails_with(config: &Path, env: &[(&str, &str)], expected: &[&str]) -> String {
    let mut cmd = okr();
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = cmd
        .args(["status", "-c", config.to_str().unwrap(), "--as-of", AS_OF])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    for piece in expected {
        assert!(stderr.contains(piece), "expected {piece:?} in:\n{stderr}");
    }
    stderr
}

#[test]
fn keys_of_one_kind_of_source_are_refused_on_the_other() {
    let dir = tempfile::tempdir().unwrap();
    for (sources, expected) in [
        (
            "[[sources]]\nname = \"crm\"\nkind = \"postgres\"\nurl_env = \"X\"\nquery = \"select 1\"\ndelimiter = \";\"\n",
            "source `crm` is a database: `delimiter` applies to CSV files only",
        ),
        (
            "[[sources]]\nname = \"crm\"\npath = \"crm.csv\"\nquery = \"select 1\"\n",
            "source `crm` is a CSV file: `query` applies to database sources only",
        ),
        (
            "[[sources]]\nname = \"crm\"\nkind = \"sqlite\"\npath = \"m.db\"\nquery = \"select 1\"\ntimeout = 0\n",
            "timeout must be at least 1 second",
        ),
        (
            "[[sources]]\nname = \"crm\"\nkind = \"postgres\"\nquery = \"select 1\"\n",
            "postgres source `crm` needs `url_env` and `query`",
        ),
    ] {
        let config = write_config(
            dir.path(),
            &format!("{sources}[[sources]]\nname = \"ads\"\npath = \"ads.csv\"\n"),
        );
        let out = okr()
            .args(["validate", "-c", config.to_str().unwrap()])
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{stderr}");
        assert!(stderr.contains(expected), "expected {expected:?} in:\n{stderr}");
        assert!(stderr.contains("okrs.toml:"), "located: {stderr}");
    }
}

/// `okr validate -v` on `config` with one more metric, `demos`, which the
/// `crm` source has only before the cycle: one row per date, metric and
/// segment comes back (17 for crm), then the database is asked for the
/// metric names its query has anywhere, and the warning lists them.
fn names_outside_the_cycle_are_listed(config: &Path, env: &[(&str, &str)], database: &str) {
    let mut text = std::fs::read_to_string(config).unwrap();
    text.push_str("\n[metrics.demos]\nsource = \"crm\"\n");
    std::fs::write(config, text).unwrap();
    let mut cmd = okr();
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = cmd
        .args(["validate", "-v", "-c", config.to_str().unwrap()])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    for piece in [
        &format!("okr: crm: 17 groups read from {database}\n"),
        "okr: crm: metric `demos`: no rows named `demos` from 2026-01-01 to 2026-03-31\n",
        "warning: metric `demos`: source `crm` has no values for `demos`; found: demos, mqls, sqls, visits\n",
    ] {
        assert!(stderr.contains(piece), "expected {piece:?} in:\n{stderr}");
    }
}

// ---------------------------------------------------------------------------
// SQLite

#[cfg(feature = "sqlite")]
mod sqlite {
    use super::*;
    use rusqlite::Connection;

    /// `metrics.db` in `dir` with tables `crm` (long) and `ads` (wide), the
    /// columns named as a warehouse might name them; `text` stores every
    /// cell as text (dates with a time of day).
    fn database(dir: &Path, text: bool) -> Connection {
        let db = Connection::open(dir.join("metrics.db")).unwrap();
        let (value, number) = if text {
            ("TEXT", "TEXT")
        } else {
            ("REAL", "INTEGER")
        };
        db.execute_batch(&format!(
            "CREATE TABLE crm (day TEXT, name TEXT, amount {value}, channel TEXT);
             CREATE TABLE ads (date TEXT, cost {value}, clicks {number}, impressions {number});"
        ))
        .unwrap();
        let day = |d: &Option<String>| {
            d.as_ref().map(|d| {
                if text {
                    format!("{d}T08:30:00")
                } else {
                    d.clone()
                }
            })
        };
        let num = |v: &Option<String>| -> rusqlite::types::Value {
            match v {
                None => rusqlite::types::Value::Null,
                Some(v) if text => rusqlite::types::Value::Text(v.clone()),
                Some(v) => rusqlite::types::Value::Real(v.parse().unwrap()),
            }
        };
        for [d, m, v, s] in crm_rows() {
            db.execute(
                "INSERT INTO crm VALUES (?1, ?2, ?3, ?4)",
                rusqlite::params![day(&d), m, num(&v), s],
            )
            .unwrap();
        }
        for [d, c, k, i] in ads_rows() {
            db.execute(
                "INSERT INTO ads VALUES (?1, ?2, ?3, ?4)",
                rusqlite::params![day(&d), num(&c), num(&k), num(&i)],
            )
            .unwrap();
        }
        db
    }

    fn sources(crm_query: &str) -> String {
        format!(
            "[[sources]]\nname = \"crm\"\nkind = \"sqlite\"\npath = \"metrics.db\"\nquery = {}\n\n[[sources]]\nname = \"ads\"\nkind = \"sqlite\"\npath = \"metrics.db\"\nlayout = \"wide\"\nquery = \"select * from ads\"\n",
            toml_string(crm_query)
        )
    }

    const CRM: &str =
        "select day as date, name as metric, amount as value, channel as segment from crm;";

    /// An OKR file on `metrics.db` in `dir` (see `database`), after `sql`
    /// has added rows to it.
    fn config_with(dir: &Path, text: bool, sql: &str) -> PathBuf {
        database(dir, text).execute_batch(sql).unwrap();
        write_config(dir, &sources(CRM))
    }

    #[test]
    fn sqlite_gives_the_json_of_the_csv_files() {
        let dir = tempfile::tempdir().unwrap();
        database(dir.path(), false);
        let config = write_config(dir.path(), &sources(CRM));
        assert_eq!(status(&config, &[]), csv_status());
    }

    #[test]
    fn sqlite_sources_says_what_was_read_in_the_cycle() {
        let dir = tempfile::tempdir().unwrap();
        database(dir.path(), false);
        let config = write_config(dir.path(), &sources(CRM));
        let out = okr()
            .args(["sources", "-c", config.to_str().unwrap()])
            .output()
            .unwrap();
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert_eq!(out.status.code(), Some(0), "{stdout}");
        for line in [
            "metrics.db  (long)\n",
            "  encoding  database\n  dates     column `date` as ISO text: 2026-01-05 to 2026-02-10, 17 rows\n",
            "  columns   date (date), metric (text), value (number), segment (text)\n",
            "  metric    inbound_mqls <- `mqls` (segment `Inbound`): 6 rows, 0 missing, 2026-01-05 to 2026-02-09\n",
            "  metric    sqls <- `sqls`: 7 rows, 1 missing, 2026-01-05 to 2026-02-10\n",
            "  columns   date (date), cost (number), clicks (number), impressions (number)\n",
        ] {
            assert!(stdout.contains(line), "expected {line:?} in:\n{stdout}");
        }
    }

    #[test]
    fn sqlite_reads_numbers_and_dates_stored_as_text() {
        let dir = tempfile::tempdir().unwrap();
        database(dir.path(), true);
        let config = write_config(dir.path(), &sources(CRM));
        assert_eq!(status(&config, &[]), csv_status());
    }

    #[test]
    fn sqlite_text_that_is_not_a_number_names_column_and_value() {
        let dir = tempfile::tempdir().unwrap();
        let config = config_with(
            dir.path(),
            true,
            "INSERT INTO crm VALUES ('2026-01-08', 'mqls', 'lots', 'inbound')",
        );
        fails_with(
            &config,
            &[],
            &["source `crm`: column `value` holds \"lots\", which is not a number"],
        );
    }

    #[test]
    fn sqlite_dates_must_be_iso_text() {
        let dir = tempfile::tempdir().unwrap();
        let config = config_with(
            dir.path(),
            false,
            "INSERT INTO crm VALUES ('08.01.2026', 'mqls', 1, NULL)",
        );
        fails_with(
            &config,
            &[],
            &["source `crm`: column `date` holds \"08.01.2026\", which is not a date"],
        );
    }

    #[test]
    fn sqlite_infinity_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let config = config_with(
            dir.path(),
            false,
            "INSERT INTO ads VALUES ('2026-01-08', 9e999, 1, 1)",
        );
        fails_with(&config, &[], &["source `ads`: column `cost` holds \"inf"]);
    }

    #[test]
    fn sqlite_query_errors_show_sqlites_message() {
        let dir = tempfile::tempdir().unwrap();
        database(dir.path(), false);
        let config = write_config(dir.path(), &sources("selec day from crm"));
        fails_with(
            &config,
            &[],
            &[
                "source `crm`: the query failed in SQLite",
                "near \"selec\": syntax error",
            ],
        );
    }

    #[test]
    fn sqlite_a_missing_column_lists_the_query_columns() {
        let dir = tempfile::tempdir().unwrap();
        database(dir.path(), false);
        let config = write_config(
            dir.path(),
            &sources("select day as date, name, amount as value, channel as segment from crm"),
        );
        fails_with(
            &config,
            &[],
            &[
                "source `crm`: the query returns no `metric` column",
                "it returns `date`, `name`, `value`, `segment`",
            ],
        );
    }

    #[test]
    fn sqlite_a_missing_file_is_named() {
        let dir = tempfile::tempdir().unwrap();
        let config = write_config(dir.path(), &sources(CRM));
        fails_with(
            &config,
            &[],
            &[
                "source `crm`: cannot open the SQLite database",
                "metrics.db: no such file",
            ],
        );
    }

    #[test]
    fn sqlite_is_read_only_and_leaves_no_wal_files() {
        let dir = tempfile::tempdir().unwrap();
        let db = database(dir.path(), false);
        let mode: String = db
            .query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))
            .unwrap();
        assert_eq!(mode, "wal");
        drop(db);
        let before = std::fs::read(dir.path().join("metrics.db")).unwrap();
        let config = write_config(dir.path(), &sources(CRM));
        assert_eq!(status(&config, &[]), csv_status());
        for extra in ["metrics.db-wal", "metrics.db-shm", "metrics.db-journal"] {
            assert!(!dir.path().join(extra).exists(), "{extra} was created");
        }
        assert_eq!(
            std::fs::read(dir.path().join("metrics.db")).unwrap(),
            before
        );
    }

    #[test]
    fn sqlite_a_total_beside_segments_is_refused_as_in_csv() {
        let dir = tempfile::tempdir().unwrap();
        let config = config_with(
            dir.path(),
            false,
            "INSERT INTO crm VALUES ('2026-01-05', 'mqls', 30.5, '')",
        );
        fails_with(
            &config,
            &[],
            &["source `crm`: metric `mqls` on 2026-01-05: rows without a segment and rows with segment"],
        );
    }

    #[test]
    fn sqlite_only_the_cycle_and_the_metrics_needed_are_read() {
        // A bad cell outside the cycle, or in a metric no one reads, is
        // never looked at: the query asks for neither.
        let dir = tempfile::tempdir().unwrap();
        let config = config_with(
            dir.path(),
            true,
            "INSERT INTO crm VALUES ('2025-06-01', 'mqls', 'lots', 'inbound');
             INSERT INTO crm VALUES ('2026-01-08', 'visits', 'lots', NULL);
             INSERT INTO crm VALUES ('2025-06-01', 'demos', '3', NULL);",
        );
        assert_eq!(status(&config, &[]), csv_status());
        names_outside_the_cycle_are_listed(&config, &[], "SQLite");
    }
}

// ---------------------------------------------------------------------------
// PostgreSQL

#[cfg(feature = "postgres")]
mod pg {
    use super::*;
    use postgres::{Client, NoTls};

    /// The test server, or None (with the skip message) outside CI.
    fn server() -> Option<String> {
        match std::env::var("OKR_TEST_PG_URL") {
            Ok(url) if !url.is_empty() => Some(url),
            _ if std::env::var_os("CI").is_some() => {
                panic!(
                    "CI is set but OKR_TEST_PG_URL is not: .ci/run starts PostgreSQL and sets it"
                )
            }
            _ => {
                println!("skipped: no PostgreSQL (set OKR_TEST_PG_URL)");
                None
            }
        }
    }

    /// A schema of its own for one test, dropped at the end.
    struct Schema {
        url: String,
        name: String,
        client: Client,
    }

    impl Schema {
        fn new(url: &str, test: &str) -> Schema {
            let name = format!("okr_test_{test}_{}", std::process::id());
            let mut client = Client::connect(url, NoTls).unwrap();
            client
                .batch_execute(&format!(
                    "DROP SCHEMA IF EXISTS {name} CASCADE; CREATE SCHEMA {name};"
                ))
                .unwrap();
            Schema {
                url: url.to_string(),
                name,
                client,
            }
        }

        /// Tables `crm` and `ads` with the fixture's rows; the column types
        /// as given (e.g. `date`, `numeric`, `text`).
        fn load(&mut self, date: &str, value: &str, number: &str) {
            let s = &self.name;
            self.client
                .batch_execute(&format!(
                    "CREATE TABLE {s}.crm (day {date}, name text, amount {value}, channel text);
                     CREATE TABLE {s}.ads (date {date}, cost {value}, clicks {number}, impressions {number});"
                ))
                .unwrap();
            // Text parameters cast by the server to the column's type.
            for [d, m, v, c] in crm_rows() {
                self.client
                    .execute(
                        &format!("INSERT INTO {s}.crm VALUES (CAST($1::text AS {date}), $2, CAST($3::text AS {value}), $4)"),
                        &[&d, &m, &v, &c],
                    )
                    .unwrap();
            }
            for [d, c, k, i] in ads_rows() {
                self.client
                    .execute(
                        &format!("INSERT INTO {s}.ads VALUES (CAST($1::text AS {date}), CAST($2::text AS {value}), CAST($3::text AS {number}), CAST($4::text AS {number}))"),
                        &[&d, &c, &k, &i],
                    )
                    .unwrap();
            }
        }

        fn sql(&mut self, sql: &str) {
            self.client
                .batch_execute(&sql.replace("{s}", &self.name))
                .unwrap();
        }

        fn sources(&self, crm_query: &str) -> String {
            format!(
                "[[sources]]\nname = \"crm\"\nkind = \"postgres\"\nurl_env = \"OKR_TEST_WAREHOUSE\"\nquery = {}\n\n[[sources]]\nname = \"ads\"\nkind = \"postgres\"\nurl_env = \"OKR_TEST_WAREHOUSE\"\nlayout = \"wide\"\nquery = {}\n",
                toml_string(&crm_query.replace("{s}", &self.name)),
                toml_string(&format!("select * from {}.ads", self.name)),
            )
        }

        fn env(&self) -> [(&str, &str); 1] {
            [("OKR_TEST_WAREHOUSE", self.url.as_str())]
        }
    }

    impl Drop for Schema {
        fn drop(&mut self) {
            let _ = self
                .client
                .batch_execute(&format!("DROP SCHEMA IF EXISTS {} CASCADE", self.name));
        }
    }

    const CRM: &str =
        "select day as date, name as metric, amount as value, channel as segment from {s}.crm";

    fn same_as_csv(test: &str, date: &str, value: &str, number: &str) {
        let Some(url) = server() else { return };
        let mut schema = Schema::new(&url, test);
        schema.load(date, value, number);
        let dir = tempfile::tempdir().unwrap();
        let config = write_config(dir.path(), &schema.sources(CRM));
        assert_eq!(status(&config, &schema.env()), csv_status());
    }

    #[test]
    fn postgres_date_and_numeric_give_the_json_of_the_csv_files() {
        same_as_csv("numeric", "date", "numeric", "integer");
    }

    #[test]
    fn postgres_timestamps_and_doubles_give_the_json_of_the_csv_files() {
        same_as_csv("timestamp", "timestamp", "double precision", "bigint");
    }

    #[test]
    fn postgres_text_dates_and_numbers_give_the_json_of_the_csv_files() {
        same_as_csv("text", "text", "text", "text");
    }

    #[test]
    fn postgres_a_missing_url_variable_is_named() {
        let dir = tempfile::tempdir().unwrap();
        let sources = "[[sources]]\nname = \"crm\"\nkind = \"postgres\"\nurl_env = \"OKR_TEST_UNSET_URL\"\nquery = \"select 1\"\n[[sources]]\nname = \"ads\"\npath = \"ads.csv\"\n";
        let config = write_config(dir.path(), sources);
        fails_with(
            &config,
            &[],
            &["source `crm`: the environment variable OKR_TEST_UNSET_URL (url_env) is not set"],
        );
    }

    /// The CA of the test server's certificate (made for `localhost`) and
    /// an unrelated one, or None (with the skip message) outside CI.
    fn tls_cas() -> Option<(String, String)> {
        match (
            std::env::var("OKR_TEST_PG_CA"),
            std::env::var("OKR_TEST_PG_OTHER_CA"),
        ) {
            (Ok(ca), Ok(other)) if !ca.is_empty() && !other.is_empty() => Some((ca, other)),
            _ if std::env::var_os("CI").is_some() => {
                panic!("CI is set but OKR_TEST_PG_CA or OKR_TEST_PG_OTHER_CA is not: .ci/run makes them")
            }
            _ => {
                println!(
                    "skipped: no TLS test server (set OKR_TEST_PG_CA and OKR_TEST_PG_OTHER_CA)"
                );
                None
            }
        }
    }

    /// The test server's URL by `host`, with `password` (None: none) and
    /// the query `params`.
    fn url_to(url: &str, host: &str, password: Option<&str>, params: &str) -> String {
        let config: postgres::Config = url.parse().unwrap();
        let port = config.get_ports().first().copied().unwrap_or(5432);
        let db = config.get_dbname().unwrap_or("postgres");
        let user = config.get_user().unwrap_or("postgres");
        let login = match password.or(config
            .get_password()
            .map(|p| std::str::from_utf8(p).unwrap()))
        {
            Some(p) => format!("{user}:{p}"),
            None => user.to_string(),
        };
        format!("postgresql://{login}@{host}:{port}/{db}?{params}")
    }

    /// The same JSON as the CSV files, through the warehouse URL `warehouse`.
    fn same_as_csv_at(schema: &Schema, warehouse: &str, extra_env: &[(&str, &str)]) {
        let dir = tempfile::tempdir().unwrap();
        let config = write_config(dir.path(), &schema.sources(CRM));
        let mut env = vec![("OKR_TEST_WAREHOUSE", warehouse)];
        env.extend_from_slice(extra_env);
        assert_eq!(status(&config, &env), csv_status(), "{warehouse}");
    }

    #[test]
    fn postgres_tls_modes_read_the_data() {
        let Some(url) = server() else { return };
        let Some((ca, _)) = tls_cas() else { return };
        let mut schema = Schema::new(&url, "tls");
        schema.load("date", "numeric", "integer");
        // Encrypted without checking; not encrypted.
        for mode in ["require", "prefer", "disable"] {
            same_as_csv_at(
                &schema,
                &url_to(&url, "127.0.0.1", None, &format!("sslmode={mode}")),
                &[],
            );
        }
        // The chain and the name (the certificate is for localhost).
        let ca_param = format!("sslrootcert={}", ca.replace('/', "%2F"));
        same_as_csv_at(
            &schema,
            &url_to(
                &url,
                "localhost",
                None,
                &format!("sslmode=verify-full&{ca_param}"),
            ),
            &[],
        );
        // verify-ca checks the chain, not the name.
        same_as_csv_at(
            &schema,
            &url_to(
                &url,
                "127.0.0.1",
                None,
                &format!("sslmode=verify-ca&{ca_param}"),
            ),
            &[],
        );
        // libpq's environment variables, and the key/value form.
        same_as_csv_at(
            &schema,
            &url_to(&url, "localhost", None, "application_name=okr-test"),
            &[("PGSSLMODE", "verify-full"), ("PGSSLROOTCERT", &ca)],
        );
        let config: postgres::Config = url.parse().unwrap();
        let port = config.get_ports().first().copied().unwrap_or(5432);
        let key_values = format!(
            "host=localhost port={port} user={} password={} dbname={} sslmode=verify-full sslrootcert='{ca}'",
            config.get_user().unwrap(),
            std::str::from_utf8(config.get_password().unwrap()).unwrap(),
            config.get_dbname().unwrap_or("postgres"),
        );
        same_as_csv_at(&schema, &key_values, &[]);
    }

    fn tls_sources() -> &'static str {
        "[[sources]]\nname = \"crm\"\nkind = \"postgres\"\nurl_env = \"OKR_TEST_WAREHOUSE\"\nquery = \"select 1\"\n[[sources]]\nname = \"ads\"\npath = \"ads.csv\"\n"
    }

    #[test]
    fn postgres_tls_verify_full_refuses_a_wrong_host_name() {
        let Some(url) = server() else { return };
        let Some((ca, _)) = tls_cas() else { return };
        let dir = tempfile::tempdir().unwrap();
        let config = write_config(dir.path(), tls_sources());
        let wrong = url_to(
            &url,
            "127.0.0.1",
            Some("secret-pw"),
            &format!("sslmode=verify-full&sslrootcert={ca}"),
        );
        let stderr = fails_with(
            &config,
            &[("OKR_TEST_WAREHOUSE", &wrong)],
            &[
                "source `crm`: cannot connect to PostgreSQL at 127.0.0.1:",
                "over TLS: the server's certificate is not valid for the host name connected to",
                "(it is for localhost)",
                "sslmode=verify-ca",
            ],
        );
        assert!(!stderr.contains("secret-pw"), "{stderr}");
    }

    #[test]
    fn postgres_tls_an_untrusted_certificate_is_refused() {
        let Some(url) = server() else { return };
        let Some((_, other)) = tls_cas() else { return };
        let dir = tempfile::tempdir().unwrap();
        let config = write_config(dir.path(), tls_sources());
        for mode in ["verify-full", "verify-ca", "require"] {
            let untrusted = url_to(
                &url,
                "localhost",
                None,
                &format!("sslmode={mode}&sslrootcert={other}"),
            );
            fails_with(
                &config,
                &[("OKR_TEST_WAREHOUSE", &untrusted)],
                &[&format!("the server's certificate is not signed by the root certificate in {other}: it is not trusted")],
            );
        }
        let missing = url_to(
            &url,
            "localhost",
            None,
            "sslmode=verify-full&sslrootcert=/nonexistent/ca.pem",
        );
        fails_with(
            &config,
            &[("OKR_TEST_WAREHOUSE", &missing)],
            &["cannot read the root certificate sslrootcert=\"/nonexistent/ca.pem\""],
        );
    }

    #[test]
    fn postgres_tls_a_server_without_tls_is_named() {
        // A server that answers the TLS request with "N", as PostgreSQL
        // with ssl = off does.
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        std::thread::spawn(move || {
            use std::io::{Read, Write};
            for stream in listener.incoming().take(2) {
                let Ok(mut stream) = stream else { return };
                let mut request = [0u8; 8];
                if stream.read_exact(&mut request).is_ok() {
                    let _ = stream.write_all(b"N");
                }
            }
        });
        let dir = tempfile::tempdir().unwrap();
        let config = write_config(dir.path(), tls_sources());
        let url = format!("postgresql://okr:secret-pw@127.0.0.1:{port}/db?sslmode=require");
        let stderr = fails_with(
            &config,
            &[("OKR_TEST_WAREHOUSE", &url)],
            &[
                &format!("source `crm`: PostgreSQL at 127.0.0.1:{port}/db as okr does not speak TLS, and sslmode=require asks for it"),
                "sslmode=prefer",
            ],
        );
        assert!(!stderr.contains("secret-pw"), "{stderr}");
        let bad = "postgresql://okr:secret-pw@127.0.0.1:1/db?sslmode=sometimes";
        let stderr = fails_with(
            &config,
            &[("OKR_TEST_WAREHOUSE", bad)],
            &["sslmode \"sometimes\" is not one of disable, allow, prefer, require, verify-ca, verify-full"],
        );
        assert!(!stderr.contains("secret-pw"), "{stderr}");
    }

    #[test]
    fn postgres_reads_the_password_file_as_libpq() {
        let Some(url) = server() else { return };
        let mut schema = Schema::new(&url, "pgpass");
        schema.load("date", "numeric", "integer");
        let config: postgres::Config = url.parse().unwrap();
        let port = config.get_ports().first().copied().unwrap_or(5432);
        let user = config.get_user().unwrap().to_string();
        let password = std::str::from_utf8(config.get_password().unwrap())
            .unwrap()
            .to_string();
        let home = tempfile::tempdir().unwrap();
        let pgpass = home.path().join(".pgpass");
        std::fs::write(
            &pgpass,
            format!("# test\n127.0.0.1:{port}:*:{user}:{password}\n"),
        )
        .unwrap();
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(&pgpass, std::fs::Permissions::from_mode(0o600)).unwrap();
        }
        let no_password = format!("postgresql://{user}@127.0.0.1:{port}/postgres?sslmode=require");
        let home_dir = home.path().to_str().unwrap();
        same_as_csv_at(
            &schema,
            &no_password,
            &[("HOME", home_dir), ("PGPASSWORD", "")],
        );
        // PGPASSWORD wins over the file.
        let dir = tempfile::tempdir().unwrap();
        let okr_file = write_config(dir.path(), &schema.sources(CRM));
        fails_with(
            &okr_file,
            &[
                ("OKR_TEST_WAREHOUSE", &no_password),
                ("HOME", home_dir),
                ("PGPASSWORD", "wrong-password"),
            ],
            &["authentication failed at PostgreSQL"],
        );
        // A file others can read is ignored, as libpq does.
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(&pgpass, std::fs::Permissions::from_mode(0o644)).unwrap();
            fails_with(
                &okr_file,
                &[
                    ("OKR_TEST_WAREHOUSE", &no_password),
                    ("HOME", home_dir),
                    ("PGPASSWORD", ""),
                ],
                &[
                    "has group or world access and is ignored",
                    "authentication failed",
                ],
            );
        }
    }

    #[test]
    fn postgres_connection_refused() {
        // A port that nothing listens on: bound, then freed.
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let url = format!("postgresql://okr:secret@127.0.0.1:{port}/postgres");
        let dir = tempfile::tempdir().unwrap();
        let config = write_config(
            dir.path(),
            "[[sources]]\nname = \"crm\"\nkind = \"postgres\"\nurl_env = \"OKR_TEST_WAREHOUSE\"\nquery = \"select 1\"\n[[sources]]\nname = \"ads\"\nkind = \"postgres\"\nurl_env = \"OKR_TEST_WAREHOUSE\"\nquery = \"select 1\"\nlayout = \"wide\"\n",
        );
        let stderr = fails_with(
            &config,
            &[("OKR_TEST_WAREHOUSE", &url)],
            &[&format!(
                "source `crm`: cannot connect to PostgreSQL at 127.0.0.1:{port}/postgres as okr: connection refused"
            )],
        );
        assert!(
            !stderr.contains("secret"),
            "the password is never shown: {stderr}"
        );
    }

    /// The test server's URL with another user or password.
    fn with_login(url: &str, user: &str, password: &str) -> String {
        let config: postgres::Config = url.parse().unwrap();
        let host = match &config.get_hosts()[0] {
            postgres::config::Host::Tcp(h) => h.clone(),
            postgres::config::Host::Unix(p) => p.display().to_string(),
        };
        let port = config.get_ports().first().copied().unwrap_or(5432);
        let db = config.get_dbname().unwrap_or("postgres");
        format!("postgresql://{user}:{password}@{host}:{port}/{db}")
    }

    #[test]
    fn postgres_authentication_failed() {
        let Some(url) = server() else { return };
        let schema = Schema::new(&url, "auth");
        let dir = tempfile::tempdir().unwrap();
        let config = write_config(dir.path(), &schema.sources(CRM));
        let unknown = with_login(&url, "okr_no_such_user", "wrong-password");
        let stderr = fails_with(
            &config,
            &[("OKR_TEST_WAREHOUSE", &unknown)],
            &[
                "source `crm`: authentication failed at PostgreSQL",
                "okr_no_such_user",
            ],
        );
        assert!(!stderr.contains("wrong-password"), "{stderr}");

        let config_of_url: postgres::Config = url.parse().unwrap();
        let user = config_of_url.get_user().unwrap_or("postgres").to_string();
        let wrong = with_login(&url, &user, "wrong-password");
        if Client::connect(&wrong, NoTls).is_ok() {
            println!("skipped: the test server does not check passwords");
            return;
        }
        fails_with(
            &config,
            &[("OKR_TEST_WAREHOUSE", &wrong)],
            &[
                "source `crm`: authentication failed at PostgreSQL",
                "password authentication failed",
            ],
        );
    }

    #[test]
    fn postgres_query_errors_show_the_servers_message() {
        let Some(url) = server() else { return };
        let mut schema = Schema::new(&url, "syntax");
        schema.load("date", "numeric", "integer");
        let dir = tempfile::tempdir().unwrap();
        let config = write_config(dir.path(), &schema.sources("selec day from {s}.crm"));
        fails_with(
            &config,
            &schema.env(),
            &["source `crm`: the query failed in PostgreSQL: syntax error at or near \"selec\""],
        );
        let config = write_config(
            dir.path(),
            &schema.sources("select * from {s}.no_such_table"),
        );
        fails_with(
            &config,
            &schema.env(),
            &[
                "source `crm`: the query failed in PostgreSQL: relation",
                "no_such_table\" does not exist",
            ],
        );
    }

    #[test]
    fn postgres_wrong_column_types_are_named() {
        let Some(url) = server() else { return };
        let mut schema = Schema::new(&url, "types");
        schema.load("date", "text", "integer");
        let dir = tempfile::tempdir().unwrap();
        let config = write_config(
            dir.path(),
            &schema.sources("select day as date, name as metric, amount::numeric > 5 as value, channel as segment from {s}.crm"),
        );
        fails_with(
            &config,
            &schema.env(),
            &["source `crm`: column `value` is of type bool: values are numbers"],
        );
        let config = write_config(
            dir.path(),
            &schema.sources("select 1 as date, name as metric, amount as value, channel as segment from {s}.crm"),
        );
        fails_with(
            &config,
            &schema.env(),
            &["source `crm`: column `date` is of type int4"],
        );

        schema.sql("INSERT INTO {s}.crm VALUES ('2026-01-08', 'mqls', '12,5 kr', 'inbound')");
        let config = write_config(dir.path(), &schema.sources(CRM));
        fails_with(
            &config,
            &schema.env(),
            &["source `crm`: column `value` holds \"12,5 kr\", which is not a number (metric `mqls` on 2026-01-08)"],
        );
    }

    #[test]
    fn postgres_a_missing_column_lists_the_query_columns() {
        let Some(url) = server() else { return };
        let mut schema = Schema::new(&url, "columns");
        schema.load("date", "numeric", "integer");
        let dir = tempfile::tempdir().unwrap();
        let config = write_config(dir.path(), &schema.sources("select * from {s}.crm"));
        fails_with(
            &config,
            &schema.env(),
            &["source `crm`: the query returns no `date` column: it returns `day`, `name`, `amount`, `channel`"],
        );
    }

    #[test]
    fn postgres_nan_and_totals_beside_segments_are_refused() {
        let Some(url) = server() else { return };
        let mut schema = Schema::new(&url, "refused");
        schema.load("date", "numeric", "integer");
        schema.sql("INSERT INTO {s}.crm VALUES ('2026-01-05', 'mqls', 30.5, NULL)");
        let dir = tempfile::tempdir().unwrap();
        let config = write_config(dir.path(), &schema.sources(CRM));
        fails_with(
            &config,
            &schema.env(),
            &["source `crm`: metric `mqls` on 2026-01-05: rows without a segment and rows with segment \"inbound\" both carry values"],
        );
        schema.sql("DELETE FROM {s}.crm WHERE channel IS NULL AND day = '2026-01-05'; INSERT INTO {s}.crm VALUES ('2026-01-06', 'sqls', 'NaN', 'inbound')");
        fails_with(
            &config,
            &schema.env(),
            &["source `crm`: metric `sqls` on 2026-01-06: the values add up to NaN"],
        );
    }

    #[test]
    fn postgres_only_the_cycle_and_the_metrics_needed_are_asked_for() {
        let Some(url) = server() else { return };
        let mut schema = Schema::new(&url, "pushdown");
        schema.load("text", "text", "text");
        // Never looked at: outside the cycle, or a metric no one reads.
        schema.sql(
            "INSERT INTO {s}.crm VALUES ('2025-06-01', 'mqls', 'lots', 'inbound');
             INSERT INTO {s}.crm VALUES ('2026-01-08', 'visits', 'lots', NULL);
             INSERT INTO {s}.crm VALUES ('2025-06-01', 'demos', '3', NULL);",
        );
        let dir = tempfile::tempdir().unwrap();
        let config = write_config(dir.path(), &schema.sources(CRM));
        assert_eq!(status(&config, &schema.env()), csv_status());
        names_outside_the_cycle_are_listed(&config, &schema.env(), "PostgreSQL");
    }

    #[test]
    fn postgres_a_slow_query_stops_at_the_timeout() {
        let Some(url) = server() else { return };
        let mut schema = Schema::new(&url, "timeout");
        schema.load("date", "numeric", "integer");
        let dir = tempfile::tempdir().unwrap();
        let sources = schema
            .sources("select c.*, pg_sleep(5)::text as slow from (select day as date, name as metric, amount as value, channel as segment from {s}.crm) c")
            .replacen("kind = \"postgres\"\n", "kind = \"postgres\"\ntimeout = 1\n", 1);
        let config = write_config(dir.path(), &sources);
        let started = std::time::Instant::now();
        fails_with(
            &config,
            &schema.env(),
            &["source `crm`: the query ran longer than the timeout (1 s)"],
        );
        assert!(started.elapsed().as_secs() < 5, "{:?}", started.elapsed());
    }
    #[test]
    fn postgres_a_query_that_writes_fails_in_the_read_only_session() {
        let Some(url) = server() else { return };
        let mut schema = Schema::new(&url, "readonly");
        schema.load("date", "numeric", "integer");
        schema.sql(
            "CREATE FUNCTION {s}.purge() RETURNS integer VOLATILE LANGUAGE sql AS 'DELETE FROM {s}.crm; SELECT 1';
             CREATE FUNCTION {s}.writable() RETURNS integer VOLATILE LANGUAGE sql AS
               'SELECT set_config(''transaction_read_only'', ''off'', true); DELETE FROM {s}.crm; SELECT 1';",
        );
        let dir = tempfile::tempdir().unwrap();
        for purge in ["purge", "writable"] {
            let sources = schema.sources(&format!(
                "select day as date, name as metric, amount as value, channel as segment from {{s}}.crm where {{s}}.{purge}() = 1"
            ));
            let config = write_config(dir.path(), &sources);
            let stderr = fails_with(&config, &schema.env(), &["source `crm`"]);
            assert!(
                stderr.contains("cannot execute DELETE in a read-only transaction")
                    || stderr.contains("read-write mode must be set before any query"),
                "{stderr}"
            );
        }
        let rows: i64 = schema
            .client
            .query_one(&format!("SELECT count(*) FROM {}.crm", schema.name), &[])
            .unwrap()
            .get(0);
        assert_eq!(rows, crm_rows().len() as i64);
    }
}

// ---------------------------------------------------------------------------
// kind = "command": a warehouse client's CSV on stdout

#[cfg(unix)]
mod command {
    use super::*;

    /// A command source `name` running `argv` (TOML array items).
    fn source(name: &str, layout: &str, argv: &[&str], extra: &str) -> String {
        let items: Vec<String> = argv.iter().map(|a| toml_string(a)).collect();
        format!(
            "[[sources]]\nname = \"{name}\"\nkind = \"command\"\nlayout = \"{layout}\"\ncommand = [{}]\n{extra}\n",
            items.join(", ")
        )
    }

    /// `client.sh` in `dir`: a stand-in warehouse client.
    fn client(dir: &Path, body: &str) {
        std::fs::write(dir.join("client.sh"), format!("#!/bin/sh\n{body}\n")).unwrap();
    }

    /// `crm` from a command, `ads` from its CSV file.
    fn crm_by(dir: &Path, argv: &[&str], extra: &str) -> PathBuf {
        std::fs::copy(fixture("db/data/ads.csv"), dir.join("ads.csv")).unwrap();
        let sources = format!(
            "{}[[sources]]\nname = \"ads\"\npath = \"ads.csv\"\nlayout = \"wide\"\n",
            source("crm", "long", argv, extra),
        );
        write_config(dir, &sources)
    }

    const ALLOW: (&str, &str) = ("OKR_ALLOW_COMMANDS", "1");

    #[test]
    fn command_a_command_runs_only_when_allowed() {
        let dir = tempfile::tempdir().unwrap();
        let marker = dir.path().join("ran");
        client(
            dir.path(),
            &format!(
                "touch {}\ncat {}",
                marker.display(),
                fixture("db/data/crm.csv").display()
            ),
        );
        let config = crm_by(dir.path(), &["sh", "client.sh"], "");
        for env in [
            vec![],
            vec![("OKR_ALLOW_COMMANDS", "bq,psql")],
            vec![("OKR_ALLOW_COMMANDS", "0")],
        ] {
            fails_with(
                &config,
                &env,
                &[
                    "source `crm`: runs the command `sh`, and okr runs commands only when you allow it",
                    "--allow-commands",
                    "OKR_ALLOW_COMMANDS=sh",
                ],
            );
        }
        // Neither validating nor listing sources runs it.
        for args in [&["validate"][..], &["sources"][..]] {
            let out = okr()
                .env("OKR_ALLOW_PATHS", fixture("db/data"))
                .env_remove("OKR_ALLOW_COMMANDS")
                .args(args)
                .args(["-c", config.to_str().unwrap(), "--as-of", AS_OF])
                .output()
                .unwrap();
            let _ = out;
        }
        assert!(!marker.exists(), "the command ran without being allowed");
        // Allowed by the flag, by the variable, by the program's name.
        let out = okr()
            .env("OKR_ALLOW_PATHS", fixture("db/data"))
            .env_remove("OKR_ALLOW_COMMANDS")
            .args(["status", "-c", config.to_str().unwrap(), "--as-of", AS_OF])
            .args(["--format", "json", "--allow-commands"])
            .output()
            .unwrap();
        assert_ok(&out);
        assert!(marker.exists());
        assert_eq!(
            status(&config, &[("OKR_ALLOW_COMMANDS", "sh")]),
            csv_status()
        );
        assert_eq!(status(&config, &[ALLOW]), csv_status());
    }

    #[test]
    fn command_placeholders_are_sql_literals_of_checked_values() {
        let dir = tempfile::tempdir().unwrap();
        let args = dir.path().join("args");
        client(
            dir.path(),
            &format!(
                "printf '%s\\n' \"$@\" > {}\ncat {}",
                args.display(),
                fixture("db/data/crm.csv").display()
            ),
        );
        let config = crm_by(
            dir.path(),
            &[
                "sh",
                "client.sh",
                "where day between {start} and {end}",
                "and name in ({metrics})",
                "{{literal}}",
            ],
            "",
        );
        assert_eq!(status(&config, &[ALLOW]), csv_status());
        let written = std::fs::read_to_string(&args).unwrap();
        assert_eq!(
            written,
            "where day between '2026-01-01' and '2026-03-31'\nand name in ('mqls', 'sqls')\n{literal}\n",
        );
    }

    #[test]
    fn command_a_metric_name_that_cannot_be_a_literal_is_refused_before_running() {
        let dir = tempfile::tempdir().unwrap();
        let marker = dir.path().join("ran");
        client(dir.path(), &format!("touch {}", marker.display()));
        let body = std::fs::read_to_string(fixture("db/okrs.body.toml")).unwrap();
        let body = body.replacen("column = \"mqls\"", "column = \"mqls' OR '1'='1\"", 1);
        assert!(
            body.contains("OR '1'"),
            "the fixture names mqls with column = \"mqls\""
        );
        std::fs::copy(fixture("db/data/ads.csv"), dir.path().join("ads.csv")).unwrap();
        let text = format!(
            "{}[[sources]]\nname = \"ads\"\npath = \"ads.csv\"\nlayout = \"wide\"\n\n{body}",
            source("crm", "long", &["sh", "client.sh", "in ({metrics})"], ""),
        );
        let config = dir.path().join("okrs.toml");
        std::fs::write(&config, text).unwrap();
        fails_with(&config, &[ALLOW], &["{metrics} cannot put into a query"]);
        assert!(!marker.exists());
    }

    #[test]
    fn command_failures_say_the_exit_code_and_stderr() {
        let dir = tempfile::tempdir().unwrap();
        client(dir.path(), "echo 'connecting' >&2\nprintf 'Access Denied: \\033[31mproject\\033[0m\\n' >&2\nexit 3");
        let config = crm_by(dir.path(), &["sh", "client.sh"], "");
        let stderr = fails_with(
            &config,
            &[ALLOW],
            &[
                "source `crm`: the command `sh` exited with code 3; its stderr:",
                "connecting",
                "Access Denied: \\u{1b}[31mproject",
                "run the command of source `crm` by hand",
            ],
        );
        assert!(
            !stderr.contains('\u{1b}'),
            "control characters are escaped: {stderr:?}"
        );

        client(dir.path(), "exec sleep 30");
        let config = crm_by(dir.path(), &["sh", "client.sh"], "timeout = 1");
        let started = std::time::Instant::now();
        fails_with(
            &config,
            &[ALLOW],
            &[
                "the command `sh` ran longer than the timeout (1 s) and was stopped",
                "timeout = 4",
            ],
        );
        assert!(started.elapsed() < std::time::Duration::from_secs(20));
        // What it started is killed too (its process group).
        let pid_file = dir.path().join("pid");
        client(
            dir.path(),
            &format!(
                "sleep 37 &\necho $! > {}\nexec sleep 38",
                pid_file.display()
            ),
        );
        fails_with(&config, &[ALLOW], &["ran longer than the timeout (1 s)"]);
        let pid = std::fs::read_to_string(&pid_file).unwrap();
        std::thread::sleep(std::time::Duration::from_millis(300));
        // Gone, or a zombie that nobody reaped (a container's init may not).
        let status = std::fs::read_to_string(format!("/proc/{}/status", pid.trim()));
        let alive = match status {
            Ok(text) => !text
                .lines()
                .any(|l| l.starts_with("State:") && l.contains('Z')),
            Err(_) => false,
        };
        assert!(!alive, "the command's child {pid} outlived the timeout");

        client(dir.path(), "exit 0");
        let config = crm_by(dir.path(), &["sh", "client.sh"], "");
        fails_with(
            &config,
            &[ALLOW],
            &["the command `sh` printed nothing on stdout", "--csv"],
        );

        client(
            dir.path(),
            "printf 'day,name,amount\\n2026-01-05,mqls,1\\n'",
        );
        let stderr = fails_with(&config, &[ALLOW], &["source `crm`"]);
        assert!(
            !stderr.contains("/tmp/.tmp"),
            "the temporary file is not named: {stderr}"
        );

        let config = crm_by(dir.path(), &["okr-no-such-warehouse-client", "query"], "");
        fails_with(
            &config,
            &[("OKR_ALLOW_COMMANDS", "okr-no-such-warehouse-client")],
            &["cannot run `okr-no-such-warehouse-client`: it is not installed (not found on PATH)"],
        );
    }

    #[test]
    fn command_sources_are_checked_when_the_file_is_read() {
        let dir = tempfile::tempdir().unwrap();
        let cases: [(&str, &str); 5] = [
            ("command = []\n", "`command` is empty"),
            (
                "command = [\"bq\", \"{begin}\"]\n",
                "unknown placeholder `{begin}` in `command`",
            ),
            (
                "command = [\"bq\", \"{start\"]\n",
                "a `{` in `command` opens no placeholder",
            ),
            (
                "command = [\"bq\"]\nquery = \"select 1\"\n",
                "source `crm` is a command: `query` does not apply to it",
            ),
            ("\n", "command source `crm` needs `command`"),
        ];
        for (keys, expected) in cases {
            let sources = format!(
                "[[sources]]\nname = \"crm\"\nkind = \"command\"\n{keys}\n[[sources]]\nname = \"ads\"\npath = \"ads.csv\"\n"
            );
            let config = write_config(dir.path(), &sources);
            fails_with(&config, &[ALLOW], &[expected]);
        }
        let sources = "[[sources]]\nname = \"crm\"\npath = \"crm.csv\"\ncommand = [\"bq\"]\n[[sources]]\nname = \"ads\"\npath = \"ads.csv\"\n";
        fails_with(
            &write_config(dir.path(), sources),
            &[ALLOW],
            &["`command` applies to command sources only"],
        );
    }

    fn have(program: &str) -> bool {
        let found = std::process::Command::new(program)
            .arg("--version")
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .status()
            .is_ok();
        if !found {
            assert!(
                std::env::var_os("CI").is_none(),
                "CI is set but {program} is not installed: .ci/run installs it"
            );
            println!("skipped: no {program} on PATH");
        }
        found
    }

    #[test]
    fn command_sqlite3_csv_gives_the_json_of_the_csv_files() {
        if !have("sqlite3") {
            return;
        }
        let dir = tempfile::tempdir().unwrap();
        let data = fixture("db/data");
        let db = dir.path().join("metrics.db");
        let made = std::process::Command::new("sqlite3")
            .arg(&db)
            .args([".mode csv"])
            .arg(format!(".import {} crm", data.join("crm.csv").display()))
            .arg(format!(".import {} ads", data.join("ads.csv").display()))
            .status()
            .unwrap();
        assert!(made.success());
        let sources = format!(
            "{}{}",
            source(
                "crm",
                "long",
                &["sqlite3", "-csv", "-header", "metrics.db", "select date, metric, value, segment from crm where metric in ({metrics}) and date between {start} and {end}"],
                ""
            ),
            source("ads", "wide", &["sqlite3", "-csv", "-header", "metrics.db", "select * from ads"], "")
        );
        let config = write_config(dir.path(), &sources);
        assert_eq!(
            status(&config, &[("OKR_ALLOW_COMMANDS", "sqlite3")]),
            csv_status()
        );
    }

    #[cfg(feature = "postgres")]
    #[test]
    fn command_psql_csv_gives_the_json_of_the_csv_files() {
        let Ok(url) = std::env::var("OKR_TEST_PG_URL") else {
            assert!(
                std::env::var_os("CI").is_none(),
                "CI is set but OKR_TEST_PG_URL is not"
            );
            println!("skipped: no PostgreSQL (set OKR_TEST_PG_URL)");
            return;
        };
        if !have("psql") {
            return;
        }
        let dir = tempfile::tempdir().unwrap();
        let data = fixture("db/data");
        // The CSV files as VALUES, the psql client's --csv output read back.
        let crm = format!(
            "select date, metric, nullif(value, '') as value, nullif(segment, '') as segment from (select * from (values {}) as t(date, metric, value, segment)) as crm where metric in ({{metrics}}) and date::date between {{start}} and {{end}}",
            values(&data.join("crm.csv"), 4)
        );
        let ads = format!(
            "select * from (values {}) as t(date, cost, clicks, impressions)",
            values(&data.join("ads.csv"), 4)
        );
        let sources = format!(
            "{}{}",
            source(
                "crm",
                "long",
                &[
                    "psql",
                    "--csv",
                    "-X",
                    "-v",
                    "ON_ERROR_STOP=1",
                    &url,
                    "-c",
                    &crm
                ],
                ""
            ),
            source(
                "ads",
                "wide",
                &["psql", "--csv", "-X", &url, "-c", &ads],
                ""
            )
        );
        let config = write_config(dir.path(), &sources);
        assert_eq!(
            status(&config, &[("OKR_ALLOW_COMMANDS", "psql")]),
            csv_status()
        );
    }

    /// The rows of a CSV file as SQL VALUES of text.
    fn values(file: &Path, columns: usize) -> String {
        let text = std::fs::read_to_string(file).unwrap();
        text.lines()
            .skip(1)
            .map(|line| {
                let mut cells: Vec<String> = line.split(',').map(|c| format!("'{c}'")).collect();
                cells.resize(columns, "''".to_string());
                format!("({})", cells.join(", "))
            })
            .collect::<Vec<_>>()
            .join(", ")
    }
}
