//! `okr north-star`: per-grain values against hand-computed numbers, across
//! a year boundary (ISO weeks) and months of different lengths.

use predicates::prelude::*;

use crate::util::*;

fn board(args: &[&str]) -> serde_json::Value {
    let config = fixture("north-star/okrs.toml");
    let mut all = vec![
        "north-star",
        "-c",
        config.to_str().unwrap(),
        "--format",
        "json",
    ];
    all.extend_from_slice(args);
    json_of(&all)
}

fn periods(board: &serde_json::Value, metric: usize) -> Vec<(String, String, f64, bool)> {
    board["metrics"][metric]["periods"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p["start"].as_str().unwrap().to_string(),
                p["end"].as_str().unwrap().to_string(),
                p["value"].as_f64().unwrap(),
                p["partial"].as_bool().unwrap(),
            )
        })
        .collect()
}

#[test]
fn iso_weeks_across_the_year_boundary() {
    let b = board(&["--as-of", "2027-01-06"]);
    assert_eq!(b["grain"], "week");
    let weeks = periods(&b, 0);
    let want = [
        // The cycle starts on a Tuesday: the first week is clipped (6 days).
        ("2026-12-01", "2026-12-06", 6.0, false),
        ("2026-12-07", "2026-12-13", 7.0, false),
        ("2026-12-14", "2026-12-20", 7.0, false),
        ("2026-12-21", "2026-12-27", 7.0, false),
        // ISO week 53 of 2026: Monday Dec 28 to Sunday Jan 3.
        ("2026-12-28", "2027-01-03", 7.0, false),
        // The current week so far: partial.
        ("2027-01-04", "2027-01-06", 3.0, true),
    ];
    assert_eq!(weeks.len(), want.len());
    for (got, want) in weeks.iter().zip(want) {
        assert_eq!((got.0.as_str(), got.1.as_str(), got.2, got.3), want);
    }
    let ps = b["metrics"][0]["periods"].as_array().unwrap();
    // The clipped first week is never compared, nor is the partial one.
    assert!(ps[1]["change"].is_null());
    assert_eq!(ps[2]["change"], 0.0);
    assert!(ps[5]["change"].is_null());
    // From 7 to the target 10 over the 8 whole weeks left (Jan 4 - Feb 28).
    close(&b["metrics"][0]["pace_needed"], 3.0 / 8.0);
    assert_eq!(b["metrics"][0]["remaining_periods"], 8);
    // Inputs and guardrails per week too.
    assert_eq!(b["metrics"][1]["metric"], "sessions");
    assert_eq!(periods(&b, 1)[4].2, 70.0);
    assert_eq!(b["metrics"][2]["role"], "guardrail");
    close(&b["metrics"][2]["periods"][4]["value"], 0.1);
    assert_eq!(b["metrics"][2]["periods"][4]["breached"], false);
}

#[test]
fn months_of_different_lengths() {
    let b = board(&["--as-of", "2027-02-28", "--grain", "month"]);
    let months = periods(&b, 0);
    assert_eq!(
        months
            .iter()
            .map(|m| (m.0.as_str(), m.2, m.3))
            .collect::<Vec<_>>(),
        vec![
            ("2026-12-01", 31.0, false),
            ("2027-01-01", 31.0, false),
            ("2027-02-01", 28.0, false)
        ]
    );
    let ps = b["metrics"][0]["periods"].as_array().unwrap();
    close(&ps[2]["change"], -3.0);
    close(&ps[2]["change_pct"], -3.0 / 31.0);
}

#[test]
fn last_n_and_other_grains() {
    let b = board(&["--as-of", "2027-01-20", "--last", "2"]);
    let weeks = periods(&b, 0);
    assert_eq!(weeks.len(), 2);
    assert_eq!(weeks[0].0, "2027-01-11");
    assert!(weeks[1].3);
    let days = board(&["--as-of", "2026-12-03", "--grain", "day"]);
    assert_eq!(periods(&days, 0).len(), 3);
    let quarters = board(&["--as-of", "2027-02-28", "--grain", "quarter"]);
    let q = periods(&quarters, 0);
    assert_eq!((q[0].2, q[1].2), (31.0, 59.0));
}

#[test]
fn status_shows_the_north_star_first_with_its_trend() {
    okr()
        .args(["status", "--as-of", "2027-01-06", "-c"])
        .arg(fixture("north-star/okrs.toml"))
        .assert()
        .success()
        .stdout(predicate::str::starts_with("Key result"))
        .stdout(predicate::str::contains("★ Weekly signups"))
        .stdout(predicate::str::contains("trend"));
}

#[test]
fn table_csv_and_markdown_render() {
    let config = fixture("north-star/okrs.toml");
    for format in ["table", "csv", "markdown"] {
        okr()
            .args(["nsm", "--as-of", "2027-01-06", "--format", format, "-c"])
            .arg(&config)
            .assert()
            .success()
            .stdout(predicate::str::contains("signups"));
    }
    okr()
        .args(["nsm", "--as-of", "2027-01-06", "-c"])
        .arg(&config)
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "pace needed: +0.38 per week over the 8 remaining weeks",
        ))
        .stdout(predicate::str::contains("* the current period so far"));
}

#[test]
fn without_a_north_star_it_says_how_to_add_one() {
    let dir = tempfile::tempdir().unwrap();
    okr().current_dir(dir.path()).arg("init").assert().success();
    okr()
        .current_dir(dir.path())
        .arg("nsm")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("has no [north_star]"));
}
