//! `okr check`: exit codes and every output format, on a fixture where each
//! reason to fail or warn occurs (tests/fixtures/check, seen on 2026-02-15).

use predicates::prelude::*;

use crate::util::*;

fn check(extra: &[&str]) -> assert_cmd::assert::Assert {
    let mut cmd = okr();
    // Wide enough that no message wraps: the tests read whole sentences.
    cmd.env("COLUMNS", "300")
        .args(["check", "--as-of", "2026-02-15", "-c"])
        .arg(fixture("check/okrs.toml"))
        .args(extra);
    cmd.assert()
}

#[test]
fn default_fails_on_off_track_stalled_and_guardrail_breached() {
    check(&[])
        .code(1)
        .stdout(predicate::str::contains("FAIL  far-behind"))
        .stdout(predicate::str::contains(
            "off-track: progress 20% is 39% of the expected 51%",
        ))
        .stdout(predicate::str::contains("FAIL  stuck"))
        .stdout(predicate::str::contains(
            "stalled: no progress since 2026-02-01 (55 then, 55 now)",
        ))
        .stdout(predicate::str::contains("newest data point 2026-01-20"))
        .stdout(predicate::str::contains("FAIL  guarded"))
        .stdout(predicate::str::contains(
            "guardrail `quality` is 0.3 below its min 0.5 (by 0.2)",
        ))
        .stdout(predicate::str::contains(
            "value 60, target 100, expected 51 by now",
        ))
        // Warnings by default: at-risk and stale.
        .stdout(predicate::str::contains("warn  behind"))
        .stdout(predicate::str::contains("warn  old-data"))
        .stdout(predicate::str::contains(
            "stale: the newest data point is from 2026-02-05",
        ))
        .stdout(predicate::str::contains("3 failing, 2 warnings, 1 passing"))
        .stdout(predicate::str::contains("on-pace").not());
}

#[test]
fn fail_on_and_warn_on_choose_what_fails() {
    check(&["--fail-on", "stale"])
        .code(1)
        .stdout(predicate::str::contains("FAIL  stuck"))
        .stdout(predicate::str::contains("FAIL  old-data"))
        .stdout(predicate::str::contains("2 failing"));
    check(&["--fail-on", "at-risk", "--warn-on", "off-track"])
        .code(1)
        .stdout(predicate::str::contains("FAIL  behind"))
        .stdout(predicate::str::contains("warn  far-behind"));
    check(&["--fail-on", "done"]).code(0);
    check(&["--fail-on", "offtrack"])
        .code(2)
        .stderr(predicate::str::contains("did you mean `off-track`?"));
}

#[test]
fn quiet_prints_only_failures() {
    check(&["-q"])
        .code(1)
        .stdout(predicate::str::contains("FAIL"))
        .stdout(predicate::str::contains("warn  ").not());
    check(&["-q", "--fail-on", "done"]).code(0).stdout("");
}

#[test]
fn objective_and_owner_narrow_it() {
    check(&["--objective", "growth"])
        .code(1)
        .stdout(predicate::str::contains("far-behind"))
        .stdout(predicate::str::contains("stuck").not());
    check(&["--owner", "ops", "--fail-on", "off-track"])
        .code(0)
        .stdout(predicate::str::contains("0 failing"));
}

#[test]
fn the_config_sets_the_defaults_and_flags_override() {
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(fixture("check/okrs.toml")).unwrap();
    let text = text.replace(
        "[[sources]]",
        "[check]\nfail_on = [\"at-risk\"]\nwarn_on = []\n\n[[sources]]",
    );
    std::fs::write(dir.path().join("okrs.toml"), text).unwrap();
    std::fs::copy(fixture("check/metrics.csv"), dir.path().join("metrics.csv")).unwrap();
    let run = |extra: &[&str]| {
        okr()
            .current_dir(dir.path())
            .args(["check", "--as-of", "2026-02-15"])
            .args(extra)
            .assert()
    };
    run(&[])
        .code(1)
        .stdout(predicate::str::contains("FAIL  behind"))
        .stdout(predicate::str::contains("1 failing, 0 warnings"));
    run(&["--fail-on", "done"]).code(0);
}

#[test]
fn json_adds_a_check_object_to_the_status_json() {
    let config = fixture("check/okrs.toml");
    let out = okr()
        .args(["check", "--as-of", "2026-02-15", "--format", "json", "-c"])
        .arg(&config)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["as_of"], "2026-02-15");
    assert_eq!(v["check"]["passed"], false);
    assert_eq!(
        v["check"]["failed"],
        serde_json::json!(["far-behind", "stuck", "guarded"])
    );
    assert_eq!(
        v["check"]["warned"],
        serde_json::json!(["behind", "old-data"])
    );
    assert_eq!(
        v["check"]["failures"][1]["matched"],
        serde_json::json!(["stalled"])
    );
    assert_eq!(
        find_kr(&v["objectives"], "old-data").unwrap()["stale"],
        true
    );
}

#[test]
fn junit_is_valid_xml_with_one_case_per_key_result() {
    let out = okr()
        .args(["check", "--as-of", "2026-02-15", "--format", "junit", "-c"])
        .arg(fixture("check/okrs.toml"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let xml = String::from_utf8(out.stdout).unwrap();
    let report = quick_junit::Report::deserialize_from_str(&xml).expect("valid JUnit XML");
    assert_eq!(report.tests, 6);
    assert_eq!(report.failures, 3);
    assert_eq!(report.test_suites.len(), 2);
    let failing: Vec<String> = report
        .test_suites
        .iter()
        .flat_map(|s| s.test_cases.iter())
        .filter(|c| !matches!(c.status, quick_junit::TestCaseStatus::Success { .. }))
        .map(|c| c.name.to_string())
        .collect();
    assert_eq!(
        failing,
        vec![
            "far-behind: C from 0 to 100",
            "stuck: D from 0 to 200",
            "guarded: E from 0 to 100, quality at least 0.5"
        ]
    );
    assert!(xml.contains("type=\"guardrail-breached\""));
}

#[test]
fn github_annotations_point_at_the_key_result() {
    check(&["--format", "github"])
        .code(1)
        .stdout(predicate::str::contains(
            "::error file=tests/fixtures/check/okrs.toml,line=48,col=8,title=far-behind off-track::C from 0 to 100: off-track: progress 20%25 is 39%25",
        ))
        .stdout(predicate::str::contains("::error file=tests/fixtures/check/okrs.toml,line=60,"))
        .stdout(predicate::str::contains("::warning file=tests/fixtures/check/okrs.toml,line=41,"));
}

#[test]
fn bad_input_is_exit_2_not_1() {
    okr()
        .args(["check", "-c"])
        .arg(fixture("bad-config/unknown-metric.toml"))
        .assert()
        .code(2);
    okr()
        .args(["check", "-c"])
        .arg(fixture("bad-csv/okrs.toml"))
        .assert()
        .code(2);
}

#[test]
fn check_on_the_basic_fixture() {
    let config = fixture("basic/okrs.toml");
    okr()
        .args(["check", "--as-of", "2026-02-08", "-c"])
        .arg(&config)
        .assert()
        .code(1)
        .stdout(predicate::str::contains("FAIL  mqls-up"))
        .stdout(predicate::str::contains("guardrail `sql_rate`"));
    okr()
        .args([
            "check",
            "--as-of",
            "2026-02-08",
            "--fail-on",
            "stalled",
            "-c",
        ])
        .arg(&config)
        .assert()
        .code(0);
}

#[test]
fn text_fits_the_terminal_width_without_splitting_words() {
    let out = okr()
        .env("COLUMNS", "80")
        .args(["check", "--as-of", "2026-02-15", "-c"])
        .arg(fixture("check/okrs.toml"))
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    for line in text.lines() {
        assert!(line.chars().count() <= 80, "{line}");
    }
    // A message continues under its indent.
    assert!(text.contains("\n      expected 102 by now") || text.contains("expected 102 by now"));
    assert!(text.contains("FAIL  stuck  D from 0 to 200"), "{text}");
}
