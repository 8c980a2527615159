//! `okr status`, `validate`, `init` and the errors every command shares.

use predicates::prelude::*;

use crate::util::*;

#[test]
fn status_json_has_the_hand_computed_numbers() {
    let config = fixture("basic/okrs.toml");
    let v = json_of(&[
        "status",
        "-c",
        config.to_str().unwrap(),
        "--as-of",
        "2026-02-08",
        "--format",
        "json",
    ]);
    assert_eq!(v["as_of"], "2026-02-08");
    close(&v["cycle"]["elapsed"], 39.0 / 90.0);

    // MQLs: 30 + 25 + 30 + 15 + 40 inside the cycle (Dec 29 is outside).
    let mqls = find_kr(&v["objectives"], "mqls-up").unwrap();
    close(&mqls["value"], 140.0);
    close(&mqls["progress"], 140.0 / 300.0);
    close(&mqls["expected"], 39.0 / 90.0);
    // The SQL rate is 27 / 140 = 0.1929, under its min 0.2.
    assert_eq!(mqls["status"], "guardrail-breached");
    close(&mqls["guardrails"][0]["value"], 27.0 / 140.0);
    assert_eq!(mqls["stale"], false);
    assert_eq!(mqls["window"]["start"], "2026-01-01");
    assert_eq!(mqls["window"]["end"], "2026-02-08");

    // Spend from the Nordic file: 1 200,50 + 980,25 + 1 010,00 + 1 105,75 + 1 250,00.
    let cps = find_kr(&v["objectives"], "cost-per-sql").unwrap();
    close(&cps["value"], 5546.5 / 27.0);
    // Below the target already, but a formula can still move until the
    // cycle ends: on track, not done (DESIGN 2, final values).
    assert_eq!(cps["status"], "on-track");
    assert_eq!(cps["run_rate"], serde_json::Value::Null);

    let launch = find_kr(&v["objectives"], "launch").unwrap();
    assert_eq!(launch["status"], "done");

    let pipeline = &v["objectives"][0];
    assert_eq!(pipeline["id"], "pipeline");
    close(&pipeline["progress"], (140.0 / 300.0 + 1.0 + 1.0) / 3.0);
    close(&pipeline["grade"], 0.8);
    assert_eq!(pipeline["status"], "guardrail-breached");
    assert_eq!(pipeline["objectives"][0]["id"], "brand");

    // North Star: SQLs in the week Feb 2-8 (9) from the first whole week's 6.
    let ns = &v["north_star"];
    close(&ns["value"], 9.0);
    close(&ns["start"], 6.0);
    close(&ns["progress"], 3.0 / 34.0);
    assert_eq!(ns["period"]["start"], "2026-02-02");
    assert_eq!(ns["period"]["end"], "2026-02-08");
    assert_eq!(ns["status"], "off-track");
}

#[test]
fn status_table_runs_on_the_fixture() {
    okr()
        .args(["status", "--as-of", "2026-02-08", "-c"])
        .arg(fixture("basic/okrs.toml"))
        .assert()
        .success()
        .stdout(predicate::str::contains("MQLs from 0 to 300"))
        .stdout(predicate::str::contains("guardrail"))
        .stdout(predicate::str::contains("\u{1b}[").not());
}

#[test]
fn config_is_found_in_a_parent_directory() {
    okr()
        .current_dir(fixture("basic/data"))
        .args(["status", "--as-of", "2026-02-08", "--format", "csv"])
        .assert()
        .success()
        .stdout(predicate::str::contains("mqls-up"));
    let empty = tempfile::tempdir().unwrap();
    okr()
        .current_dir(empty.path())
        .args(["status"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no okrs.toml found"))
        .stderr(predicate::str::contains("okr init"));
    okr()
        .env("OKR_CONFIG", fixture("basic/okrs.toml"))
        .args(["status", "--as-of", "2026-02-08", "--format", "csv"])
        .assert()
        .success()
        .stdout(predicate::str::contains("mqls-up"));
}

#[test]
fn unknown_metric_names_file_line_and_suggestion() {
    okr()
        .args(["status", "-c"])
        .arg(fixture("bad-config/unknown-metric.toml"))
        .assert()
        .code(2)
        .stderr(predicate::str::contains("unknown-metric.toml:20:12"))
        .stderr(predicate::str::contains("unknown metric `mqlz`"))
        .stderr(predicate::str::contains("did you mean `mqls`?"));
}

#[test]
fn unknown_key_gets_did_you_mean() {
    okr()
        .args(["validate", "-c"])
        .arg(fixture("bad-config/typo.toml"))
        .assert()
        .code(2)
        .stderr(predicate::str::contains("typo.toml:8:1"))
        .stderr(predicate::str::contains("unknown field `tittle`"))
        .stderr(predicate::str::contains("did you mean `title`?"));
}

#[test]
fn validate_reports_every_problem_at_once() {
    let assert = okr()
        .args(["validate", "-c"])
        .arg(fixture("bad-config/many-problems.toml"))
        .assert()
        .code(2);
    let stderr = String::from_utf8(assert.get_output().stderr.clone()).unwrap();
    for needle in [
        "weight must be above 0",
        "duplicate id `a`",
        "start == target",
        "`due` 2026-05-01 is outside the cycle",
        "objectives align in a loop",
        "problems found",
    ] {
        assert!(stderr.contains(needle), "missing {needle:?} in:\n{stderr}");
    }
}

#[test]
fn a_bad_value_in_a_csv_names_the_line() {
    okr()
        .args(["status", "-c"])
        .arg(fixture("bad-csv/okrs.toml"))
        .assert()
        .code(2)
        .stderr(predicate::str::contains("crm.csv:3"))
        .stderr(predicate::str::contains("twelve"));
}

#[test]
fn a_missing_config_file_is_exit_2() {
    okr()
        .args(["status", "-c", "does-not-exist.toml"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("cannot read does-not-exist.toml"));
}

#[test]
fn bad_flags_are_exit_2() {
    okr()
        .args(["status", "--as-of", "15.02.2026"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("YYYY-MM-DD"));
    okr().args(["status", "--format", "yaml"]).assert().code(2);
    okr()
        .args(["status", "--objective", "pipelin", "-c"])
        .arg(fixture("basic/okrs.toml"))
        .assert()
        .code(2)
        .stderr(predicate::str::contains("did you mean `pipeline`?"));
}

#[test]
fn init_writes_a_valid_file_and_never_overwrites() {
    let dir = tempfile::tempdir().unwrap();
    okr().current_dir(dir.path()).arg("init").assert().success();
    let path = dir.path().join("okrs.toml");
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains("[cycle]"));
    okr()
        .current_dir(dir.path())
        .arg("init")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("already exists"))
        .stderr(predicate::str::contains("--force"));
    okr()
        .current_dir(dir.path())
        .args(["init", "--force"])
        .assert()
        .success();
    okr()
        .current_dir(dir.path())
        .arg("validate")
        .assert()
        .success()
        .stdout(predicate::str::contains("ok:"));
    okr()
        .current_dir(dir.path())
        .args(["status", "--format", "json"])
        .assert()
        .success();
}

/// The engine against an independent Python reading of DESIGN.md section 2
/// (examples/check_statuses.py), on the example and on the crosscheck
/// files' key-result shapes (second edition: run rates, budgets, final
/// values, pending, stalls), day by day around the example's as-of date and
/// the cycles' edges. Skipped (with a message) where no Python 3.11 is installed.
#[test]
fn the_engine_agrees_with_the_independent_python_reading() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let python_ok = std::process::Command::new("python3")
        .args(["-c", "import tomllib"])
        .output()
        .is_ok_and(|o| o.status.success());
    if !python_ok {
        eprintln!("skipped: python3 with tomllib (3.11+) is not installed");
        return;
    }
    let okr = assert_cmd::cargo::cargo_bin("okr");
    for config in [
        "okrs.example.toml",
        "examples/crosscheck/okrs.toml",
        "examples/crosscheck/midweek.toml",
        "examples/crosscheck/settings.toml",
        "examples/crosscheck/quarter.toml",
        "examples/crosscheck/short.toml",
    ] {
        for days in [
            "2026-09-29:2026-10-03",
            "2026-11-14:2026-11-24",
            "2026-12-29:2027-01-02",
        ] {
            let out = std::process::Command::new("python3")
                .current_dir(root)
                .args([
                    "examples/check_statuses.py",
                    "-c",
                    config,
                    "--sweep",
                    days,
                    "--okr",
                ])
                .arg(&okr)
                .output()
                .unwrap();
            let stdout = String::from_utf8_lossy(&out.stdout);
            let stderr = String::from_utf8_lossy(&out.stderr);
            assert!(
                out.status.success() && stderr.trim_start().starts_with("0 of "),
                "{config} {days}:\n{stdout}\n{stderr}"
            );
        }
    }
}

#[cfg(unix)]
#[test]
fn written_files_are_readable_by_others_like_any_new_file() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    okr().current_dir(dir.path()).arg("init").assert().success();
    let mode = std::fs::metadata(dir.path().join("okrs.toml"))
        .unwrap()
        .permissions()
        .mode();
    assert_eq!(mode & 0o777, 0o644);
    // Replacing a file keeps its mode.
    std::fs::set_permissions(
        dir.path().join("okrs.toml"),
        std::fs::Permissions::from_mode(0o640),
    )
    .unwrap();
    okr()
        .current_dir(dir.path())
        .args(["init", "--force"])
        .assert()
        .success();
    let mode = std::fs::metadata(dir.path().join("okrs.toml"))
        .unwrap()
        .permissions()
        .mode();
    assert_eq!(mode & 0o777, 0o640);
}

/// The example shows every status at least once on its documented day.
#[test]
fn the_example_shows_every_status() {
    let example = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("okrs.example.toml");
    let v = json_of(&[
        "status",
        "-c",
        example.to_str().unwrap(),
        "--as-of",
        "2026-11-20",
        "--format",
        "json",
    ]);
    fn collect(objs: &serde_json::Value, out: &mut std::collections::BTreeSet<String>) {
        for o in objs.as_array().unwrap() {
            for k in o["key_results"].as_array().unwrap() {
                out.insert(k["status"].as_str().unwrap().to_string());
            }
            collect(&o["objectives"], out);
        }
    }
    let mut seen = std::collections::BTreeSet::new();
    collect(&v["objectives"], &mut seen);
    let all = [
        "at-risk",
        "done",
        "guardrail-breached",
        "no-data",
        "off-track",
        "on-track",
        "stalled",
    ];
    assert_eq!(seen.into_iter().collect::<Vec<_>>(), all);
}

/// Early in its quarter the example is honest about how little it knows:
/// key results are `pending`, a month so far is judged on its run rate,
/// and no forecast is drawn through three days.
#[test]
fn the_example_is_pending_with_a_run_rate_early_in_the_cycle() {
    let example = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("okrs.example.toml");
    let v = json_of(&[
        "status",
        "-c",
        example.to_str().unwrap(),
        "--as-of",
        "2026-10-03",
        "--format",
        "json",
    ]);
    let mql = find_kr(&v["objectives"], "mql-monthly").unwrap();
    assert_eq!(mql["status"], "pending");
    assert_eq!(mql["partial"], true);
    close(&mql["value"], 92.0);
    close(&mql["run_rate"], 92.0 * 31.0 / 3.0);
    let win = find_kr(&v["objectives"], "win-rate").unwrap();
    assert_eq!(win["status"], "pending");
    assert!(win["forecast"].is_null(), "{win}");
    let table = okr()
        .env("COLUMNS", "80")
        .args([
            "status",
            "-c",
            example.to_str().unwrap(),
            "--as-of",
            "2026-10-03",
        ])
        .output()
        .unwrap();
    let text = String::from_utf8(table.stdout).unwrap();
    assert!(text.contains("pending"), "{text}");
    assert!(text.contains("run rate 951 (92 in 3 days"), "{text}");
}

/// A cycle reads the same on its last day as weeks after it: final values,
/// nothing stalled, and a footer that says the cycle has ended.
#[test]
fn a_finished_cycle_reads_the_same_on_its_last_day_and_after() {
    let example = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("okrs.example.toml");
    let status = |as_of: &str| {
        let mut v = json_of(&[
            "status",
            "-c",
            example.to_str().unwrap(),
            "--as-of",
            as_of,
            "--format",
            "json",
        ]);
        v["as_of"] = serde_json::Value::Null;
        v["cycle"]["elapsed"] = serde_json::Value::Null;
        v
    };
    let last = status("2026-12-31");
    assert_eq!(last, status("2027-01-15"));
    assert!(!last.to_string().contains("\"stalled\""), "{last}");
    let out = okr()
        .env("COLUMNS", "100")
        .args([
            "status",
            "-c",
            example.to_str().unwrap(),
            "--as-of",
            "2026-12-31",
        ])
        .output()
        .unwrap();
    assert!(String::from_utf8(out.stdout)
        .unwrap()
        .contains("the cycle has ended"));
}
