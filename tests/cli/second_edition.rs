//! DESIGN.md section 2, second edition, through the real binary: what a CI
//! job and a marketer see on the days that used to mislead.

use predicates::prelude::*;

use crate::util::*;

fn config() -> String {
    fixture("second-edition/okrs.toml")
        .to_string_lossy()
        .into_owned()
}

fn status(as_of: &str, extra: &[&str]) -> serde_json::Value {
    let config = config();
    let mut args = vec![
        "status", "-c", &config, "--as-of", as_of, "--format", "json",
    ];
    args.extend_from_slice(extra);
    json_of(&args)
}

#[test]
fn a_key_result_ahead_of_pace_that_did_not_move_passes_ci() {
    let v = status("2026-02-15", &[]);
    assert_eq!(
        find_kr(&v["objectives"], "ahead").unwrap()["status"],
        "on-track"
    );
    assert_eq!(
        find_kr(&v["objectives"], "behind").unwrap()["status"],
        "stalled"
    );
    okr()
        .args(["check", "-c", &config(), "--as-of", "2026-02-15"])
        .assert()
        .code(1)
        .stdout(predicate::str::contains("FAIL  behind"))
        .stdout(predicate::str::contains("FAIL  ahead").not());
}

#[test]
fn a_budget_heading_over_its_bound_is_at_risk_before_it_breaks() {
    // 11 a day: 220 kr by Jan 20 holds 900 kr, the forecast 990 does not.
    let v = status("2026-01-20", &[]);
    let budget = find_kr(&v["objectives"], "budget").unwrap();
    assert_eq!(budget["status"], "at-risk", "{budget}");
    close(&budget["progress"], 1.0);
    close(&budget["forecast"], 990.0);
    // Data stops on Jan 31: stale from Feb 8, no forecast then.
    let v = status("2026-02-15", &[]);
    let budget = find_kr(&v["objectives"], "budget").unwrap();
    assert!(budget["forecast"].is_null(), "{budget}");
}

#[test]
fn pending_never_fails_a_check() {
    // Day 3: everything with data is pending; the check passes.
    let v = status("2026-01-03", &[]);
    assert_eq!(
        find_kr(&v["objectives"], "behind").unwrap()["status"],
        "pending"
    );
    okr()
        .args(["check", "-c", &config(), "--as-of", "2026-01-03"])
        .assert()
        .code(0);
    okr()
        .args(["check", "-c", &config(), "--fail-on", "pending"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("`pending` never fails a check"));
    // JUnit: a pending key result is skipped, neither passed nor failed.
    let out = okr()
        .args([
            "check",
            "-c",
            &config(),
            "--as-of",
            "2026-01-03",
            "--format",
            "junit",
        ])
        .output()
        .unwrap();
    let xml = String::from_utf8(out.stdout).unwrap();
    assert!(
        xml.contains("<skipped") && xml.contains("type=\"pending\""),
        "{xml}"
    );
}

#[test]
fn owner_keeps_the_key_results_that_owner_owns() {
    let v = status("2026-02-15", &["--owner", "growth-team"]);
    let objectives = v["objectives"].as_array().unwrap();
    assert_eq!(objectives.len(), 1, "{v}");
    let krs: Vec<&str> = objectives[0]["key_results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|k| k["id"].as_str().unwrap())
        .collect();
    assert_eq!(krs, ["behind"]);
    // JSON `owner` is the effective owner: the key result's, else its objective's.
    let v = status("2026-02-15", &[]);
    assert_eq!(
        find_kr(&v["objectives"], "behind").unwrap()["owner"],
        "growth-team"
    );
    assert_eq!(
        find_kr(&v["objectives"], "ahead").unwrap()["owner"],
        "marketing"
    );
}

#[test]
fn set_done_writes_the_day_so_time_travel_stays_exact() {
    let dir = tempfile::tempdir().unwrap();
    for file in ["okrs.toml", "data.csv"] {
        std::fs::copy(fixture("second-edition").join(file), dir.path().join(file)).unwrap();
    }
    let path = dir.path().join("okrs.toml");
    okr()
        .args(["set", "launch", "done=true", "--as-of", "2026-02-10", "-c"])
        .arg(&path)
        .assert()
        .success();
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains("done_on = 2026-02-10"), "{text}");
    let p = path.to_string_lossy().into_owned();
    for (as_of, want) in [("2026-02-09", "on-track"), ("2026-02-10", "done")] {
        let v = json_of(&["status", "-c", &p, "--as-of", as_of, "--format", "json"]);
        assert_eq!(
            find_kr(&v["objectives"], "launch").unwrap()["status"],
            want,
            "{as_of}"
        );
    }
}

#[test]
fn north_star_at_another_grain_has_no_target() {
    let v = json_of(&[
        "north-star",
        "-c",
        fixture("north-star/okrs.toml").to_str().unwrap(),
        "--as-of",
        "2026-02-15",
        "--grain",
        "day",
        "--format",
        "json",
    ]);
    assert!(v["target"].is_null(), "{v}");
    assert!(v["status"].is_null(), "{v}");
}
