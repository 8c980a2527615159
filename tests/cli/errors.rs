//! The error catalogue: every kind of bad input a person or a CI job feeds
//! `okr`, each with its exact message pinned. Every case exits 2 and says
//! where (file:line:col when there is a line), what was expected and how
//! to fix it (a `hint:`).
//!
//! OKR files live in tests/fixtures/errors/config/ and run from there, so
//! paths in messages are the relative ones a user types. Metric files live
//! in tests/fixtures/errors/csv/ and are copied as `data.csv` beside an
//! OKR file into a temporary directory (with `<case>.toml` when the case
//! has one, else `okrs.toml`); cases that cannot be committed (a 100 MB
//! line, a missing file, a directory, an unreadable file) are built there.

use std::path::Path;

use crate::util::{fixture, okr};

/// Runs `okr` in `dir`; the exit code and stderr, as a snapshot reads them.
fn run_in(dir: &Path, args: &[&str]) -> (i32, String) {
    let out = okr().current_dir(dir).args(args).output().unwrap();
    let code = out.status.code().unwrap_or(-1);
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    (code, stderr)
}

/// Pins the message and checks the catalogue's promises: exit 2, a hint,
/// and a location when the problem is in a file.
fn assert_error(name: &str, code: i32, stderr: &str) {
    assert_eq!(code, 2, "{name}: exit code\n{stderr}");
    assert!(stderr.starts_with("error: "), "{name}:\n{stderr}");
    assert!(stderr.contains("hint: "), "{name}: no hint\n{stderr}");
    assert!(
        !stderr.contains("panicked"),
        "{name}: a panic is not an error message\n{stderr}"
    );
    insta::assert_snapshot!(name, stderr);
}

/// Each runs `okr validate -c <case>.toml`.
const CONFIG_CASES: &[&str] = &[
    "toml-unclosed-table",
    "toml-unterminated-string",
    "toml-duplicate-key",
    "toml-bad-value",
    "not-utf8",
    "wrong-type-date",
    "wrong-type-number",
    "wrong-type-weight",
    "wrong-type-list",
    "unknown-key",
    "unknown-key-in-cycle",
    "unknown-value",
    "missing-cycle",
    "missing-kr-id",
    "missing-start",
    "duplicate-id-across-files",
    "include-missing-file",
    "alignment-cycle",
    "unknown-parent",
    "invalid-id",
    "unknown-metric",
    "unknown-source",
    "ratio-of-ratio",
    "formula-loop",
    "formula-syntax",
    "weight-zero",
    "weight-negative",
    "plan-date-outside-cycle",
    "plan-dates-out-of-order",
    "due-outside-cycle",
    "updated-outside-cycle",
    "start-equals-target",
    "cycle-ends-before-start",
    "both-bounds",
    "current-without-updated",
    "guardrail-without-bound",
    "ice-out-of-range",
    "unknown-locale",
    "sqlite-source",
    "aggregate-on-ratio",
    "guardrail-aggregate-on-formula",
    "window-beside-every",
    "pending-in-fail-on",
    "timeout-too-long",
    "weight-too-large",
    "cycle-too-long",
    "include-too-deep",
    "include-outside",
    "source-outside",
];

#[test]
fn bad_okr_files() {
    let dir = fixture("errors/config");
    for case in CONFIG_CASES {
        let file = format!("{case}.toml");
        let (code, stderr) = run_in(&dir, &["validate", "-c", &file]);
        // The project root is where the repository was cloned.
        let stderr = stderr.replace(env!("CARGO_MANIFEST_DIR"), "[ROOT]");
        assert!(stderr.contains(&format!("{file}:")) || stderr.contains("teams/"));
        assert_error(&format!("config-{case}"), code, &stderr);
    }
}

#[test]
fn every_command_that_reads_the_okr_file_reports_the_same_error() {
    let dir = fixture("errors/config");
    let (_, validate) = run_in(&dir, &["validate", "-c", "unknown-metric.toml"]);
    for command in ["status", "check", "north-star"] {
        let (code, stderr) = run_in(&dir, &[command, "-c", "unknown-metric.toml"]);
        assert_eq!(code, 2, "{command}");
        assert_eq!(stderr, validate, "{command}");
    }
}

#[test]
fn okr_file_not_found_or_not_a_file() {
    let dir = fixture("errors/config");
    for (name, args) in [
        ("config-missing-file", &["status", "-c", "nope.toml"][..]),
        ("config-directory", &["status", "-c", "teams"][..]),
    ] {
        let (code, stderr) = run_in(&dir, args);
        assert_error(name, code, &stderr);
    }
    let empty = tempfile::tempdir().unwrap();
    let (code, stderr) = run_in(empty.path(), &["status"]);
    let stderr = stderr.replace(&empty.path().display().to_string(), "[TMP]");
    assert_error("config-none-found", code, &stderr);
}

#[test]
fn bad_usage() {
    let dir = fixture("basic");
    let (code, stderr) = run_in(&dir, &["status", "--as-of", "2026-02-30"]);
    assert_eq!(code, 2);
    insta::assert_snapshot!("usage-bad-as-of", stderr);
    let (code, stderr) = run_in(
        &dir,
        &["status", "--objective", "pipelin", "--as-of", "2026-02-15"],
    );
    assert_error("usage-unknown-objective", code, &stderr);
}

/// Metric files, each read as `data.csv` of source `web`.
const CSV_CASES: &[&str] = &[
    "empty",
    "only-comments",
    "binary-garbage",
    "not-utf8-nor-windows-1252",
    "ragged-row",
    "unterminated-quote",
    "no-value-column",
    "wide-no-date-column",
    "wide-missing-column",
    "inf-value",
    "invalid-number",
    "invalid-date",
    "blank-segment-beside-segments",
    "ambiguous-decimal",
    "ambiguous-date-order",
    "mixed-date-orders",
    "multi-day-row",
];

/// A temporary directory with the case's OKR file as okrs.toml.
fn csv_dir(case: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let own = fixture(&format!("errors/csv/{case}.toml"));
    let toml = if own.exists() {
        own
    } else {
        fixture("errors/csv/okrs.toml")
    };
    std::fs::copy(toml, dir.path().join("okrs.toml")).unwrap();
    dir
}

fn validate_csv(dir: &Path) -> (i32, String) {
    run_in(dir, &["validate", "-c", "okrs.toml"])
}

#[test]
fn bad_metric_files() {
    for case in CSV_CASES {
        let dir = csv_dir(case);
        let data = fixture(&format!("errors/csv/{case}.csv"));
        std::fs::copy(data, dir.path().join("data.csv")).unwrap();
        let (code, stderr) = validate_csv(dir.path());
        assert!(stderr.contains("data.csv"), "{case}: {stderr}");
        assert_error(&format!("csv-{case}"), code, &stderr);
        // `status` stops at the same first problem.
        let (code, status) = run_in(
            dir.path(),
            &["status", "-c", "okrs.toml", "--as-of", "2026-02-15"],
        );
        assert_eq!(code, 2, "{case}");
        assert_eq!(status, stderr, "{case}");
    }
}

/// A header without rows is a file without data: not an error, but
/// `okr validate` warns that the metric found nothing.
#[test]
fn a_header_without_rows_is_valid_but_warned_about() {
    let dir = csv_dir("header-only");
    std::fs::copy(
        fixture("errors/csv/header-only.csv"),
        dir.path().join("data.csv"),
    )
    .unwrap();
    let (code, stderr) = validate_csv(dir.path());
    assert_eq!(code, 0, "{stderr}");
    insta::assert_snapshot!("csv-header-only", stderr);
}

/// 100 MB without a newline: refused at the first MiB, quickly and without
/// holding the line in memory.
#[test]
fn a_100_mb_line_fails_fast() {
    use std::io::Write;
    let dir = csv_dir("long-line");
    let mut file = std::fs::File::create(dir.path().join("data.csv")).unwrap();
    let chunk = vec![b'7'; 1 << 20];
    for _ in 0..100 {
        file.write_all(&chunk).unwrap();
    }
    drop(file);
    let started = std::time::Instant::now();
    let (code, stderr) = validate_csv(dir.path());
    assert!(
        started.elapsed() < std::time::Duration::from_secs(5),
        "took {:?}",
        started.elapsed()
    );
    assert_error("csv-100-mb-line", code, &stderr);
}

#[test]
fn metric_file_missing_or_a_directory() {
    let dir = csv_dir("missing");
    let (code, stderr) = validate_csv(dir.path());
    assert_error("csv-missing-file", code, &stderr);

    std::fs::create_dir(dir.path().join("data.csv")).unwrap();
    let (code, stderr) = validate_csv(dir.path());
    assert_error("csv-directory", code, &stderr);
}

#[cfg(unix)]
#[test]
fn unreadable_metric_file() {
    use std::os::unix::fs::PermissionsExt;
    let dir = csv_dir("unreadable");
    let data = dir.path().join("data.csv");
    std::fs::write(&data, "date,metric,value\n2026-01-05,signups,3\n").unwrap();
    std::fs::set_permissions(&data, std::fs::Permissions::from_mode(0o000)).unwrap();
    let (code, stderr) = if std::fs::read(&data).is_ok() {
        // Root (as in CI) reads whatever the mode says: run okr as nobody,
        // who may enter the folder and read the OKR file but not the data.
        std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
        // A copy of the binary nobody can reach (the checkout may sit
        // under a folder only root may enter, such as /root).
        let bin = dir.path().join("okr-as-nobody");
        std::fs::copy(assert_cmd::cargo::cargo_bin("okr"), &bin).unwrap();
        std::fs::set_permissions(&bin, std::fs::Permissions::from_mode(0o755)).unwrap();
        let out = std::process::Command::new("setpriv")
            .args(["--reuid=65534", "--regid=65534", "--clear-groups"])
            .arg(&bin)
            .args(["validate", "-c", "okrs.toml"])
            .current_dir(dir.path())
            .env("NO_COLOR", "1")
            .env_remove("OKR_CONFIG")
            .output()
            .expect("setpriv (util-linux) runs okr as another user");
        (
            out.status.code().unwrap_or(-1),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    } else {
        validate_csv(dir.path())
    };
    assert_error("csv-unreadable", code, &stderr);
}

/// What DESIGN.md section 1.3 refuses, built in a temporary project: no
/// message shows a byte of the refused file.
#[cfg(unix)]
#[test]
fn refusals_for_safety() {
    use std::os::unix::fs::symlink;
    let okr_file = |dir: &Path, source: &str| {
        let text = std::fs::read_to_string(fixture("errors/csv/okrs.toml")).unwrap();
        std::fs::write(dir.join("okrs.toml"), text.replace("data.csv", source)).unwrap();
    };
    let pinned = |name: &str, dir: &Path, args: &[&str]| {
        let (code, stderr) = run_in(dir, args);
        let stderr = stderr.replace(&dir.display().to_string(), "[TMP]");
        assert_error(name, code, &stderr);
    };
    let dir = tempfile::tempdir().unwrap();
    okr_file(dir.path(), "pipe.csv");
    assert!(std::process::Command::new("mkfifo")
        .arg(dir.path().join("pipe.csv"))
        .status()
        .unwrap()
        .success());
    pinned(
        "trust-fifo-source",
        dir.path(),
        &["validate", "-c", "okrs.toml"],
    );

    let dir = tempfile::tempdir().unwrap();
    okr_file(dir.path(), "data.csv");
    std::fs::write(dir.path().join("data.csv"), "date,metric,value\n").unwrap();
    symlink("/proc/self/environ", dir.path().join("checkins.csv")).unwrap();
    pinned(
        "trust-log-outside",
        dir.path(),
        &["validate", "-c", "okrs.toml"],
    );
    std::fs::remove_file(dir.path().join("checkins.csv")).unwrap();
    symlink("nothing.csv", dir.path().join("checkins.csv")).unwrap();
    pinned(
        "trust-log-to-nothing",
        dir.path(),
        &["validate", "-c", "okrs.toml"],
    );
    std::fs::remove_file(dir.path().join("checkins.csv")).unwrap();

    let outside = tempfile::tempdir().unwrap();
    let notes = outside.path().join("notes.toml");
    std::fs::write(&notes, "").unwrap();
    let (code, stderr) = run_in(
        dir.path(),
        &[
            "experiment",
            "add",
            "x",
            "--title",
            "X",
            "-c",
            "okrs.toml",
            "--file",
            notes.to_str().unwrap(),
        ],
    );
    let stderr = stderr.replace(&outside.path().display().to_string(), "[OUTSIDE]");
    assert_error("trust-experiment-file", code, &stderr);

    let holder = std::fs::File::open(dir.path()).unwrap();
    fs4::fs_std::FileExt::lock_exclusive(&holder).unwrap();
    let out = okr()
        .current_dir(dir.path())
        .env("OKR_LOCK_TIMEOUT", "0.2")
        .args(["set", "signups-up", "target=90", "-c", "okrs.toml"])
        .output()
        .unwrap();
    assert_error(
        "edit-lock-timeout",
        out.status.code().unwrap_or(-1),
        &String::from_utf8_lossy(&out.stderr),
    );
    drop(holder);

    symlink("/dev/null", dir.path().join("review.md")).unwrap();
    pinned(
        "output-to-a-device",
        dir.path(),
        &[
            "report",
            "-c",
            "okrs.toml",
            "-o",
            "review.md",
            "--force",
            "--as-of",
            "2026-02-15",
        ],
    );
}
