//! `okr experiments` and `okr status --group-by` on the example.

use predicates::prelude::*;

use crate::util::*;

fn example() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("okrs.example.toml")
}

#[test]
fn the_board_has_every_section_and_flags_key_results_without_experiments() {
    okr()
        .args(["experiments", "--as-of", "2026-11-20", "-c"])
        .arg(example())
        .assert()
        .success()
        .stdout(predicate::str::contains("Running"))
        .stdout(predicate::str::contains("Backlog (by ICE score)"))
        .stdout(predicate::str::contains("Success board: won"))
        .stdout(predicate::str::contains("Fail board: lost"))
        .stdout(predicate::str::contains("pricing-calculator"))
        .stdout(predicate::str::contains(
            "off track or stalled with no running experiment: partner-leads",
        ));
}

#[test]
fn json_and_filters() {
    let config = example();
    let v = json_of(&[
        "experiments",
        "--as-of",
        "2026-11-20",
        "--format",
        "json",
        "-c",
        config.to_str().unwrap(),
    ]);
    assert_eq!(v["won"][0]["id"], "pricing-calculator");
    assert_eq!(v["lost"][0]["id"], "gated-ebook");
    assert_eq!(v["needs_experiment"], serde_json::json!(["partner-leads"]));
    okr()
        .args([
            "experiments",
            "--as-of",
            "2026-11-20",
            "--key-result",
            "roas",
            "--format",
            "csv",
            "-c",
        ])
        .arg(&config)
        .assert()
        .success()
        .stdout(predicate::str::contains("linkedin-thought-leaders"))
        .stdout(predicate::str::contains("gated-ebook").not());
    okr()
        .args(["experiments", "--key-result", "roaz", "-c"])
        .arg(&config)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("did you mean `roas`?"));
}

#[test]
fn status_groups_by_a_tag_prefix() {
    let config = example();
    okr()
        .args([
            "status",
            "--as-of",
            "2026-11-20",
            "--group-by",
            "tag:flywheel",
            "-c",
        ])
        .arg(&config)
        .assert()
        .success()
        .stdout(predicate::str::contains("▌flywheel:attract"))
        .stdout(predicate::str::contains("▌flywheel:delight"));
    let v = json_of(&[
        "status",
        "--as-of",
        "2026-11-20",
        "--group-by",
        "tag:flywheel",
        "--format",
        "json",
        "-c",
        config.to_str().unwrap(),
    ]);
    assert_eq!(v["group_by"], "flywheel");
    assert_eq!(v["groups"][0]["tag"], "attract");
    okr()
        .args(["status", "--group-by", "flywheel", "-c"])
        .arg(&config)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("expected tag:PREFIX"));
}

#[test]
fn status_shows_experiments_per_key_result() {
    okr()
        .args(["status", "--as-of", "2026-11-20", "-c"])
        .arg(example())
        .assert()
        .success()
        .stdout(predicate::str::contains("⚗ experiments: 1 lost"))
        .stdout(predicate::str::contains("no\u{a0}running\u{a0}experiment"));
}
