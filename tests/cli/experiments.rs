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
    okr()
        .args(["experiments", "--key-result", "pipeline", "-c"])
        .arg(&config)
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "no key result has the id `pipeline`",
        ));
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

/// A copy of the example in a temp dir, for commands that edit it.
fn example_copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    std::fs::copy(root.join("okrs.example.toml"), dir.path().join("okrs.toml")).unwrap();
    let copy = |from: &std::path::Path, to: &std::path::Path| {
        std::fs::create_dir_all(to).unwrap();
        for entry in std::fs::read_dir(from).unwrap() {
            let entry = entry.unwrap();
            if entry.file_type().unwrap().is_file() {
                std::fs::copy(entry.path(), to.join(entry.file_name())).unwrap();
            }
        }
    };
    copy(
        &root.join("examples/data"),
        &dir.path().join("examples/data"),
    );
    copy(
        &root.join("examples/teams"),
        &dir.path().join("examples/teams"),
    );
    dir
}

#[test]
fn add_start_and_finish_edit_the_file_in_place() {
    let dir = example_copy();
    let path = dir.path().join("okrs.toml");
    let before = std::fs::read_to_string(&path).unwrap();
    let run = |args: &[&str]| {
        let mut cmd = okr();
        cmd.current_dir(dir.path()).arg("experiment").args(args);
        cmd.assert()
    };
    run(&[
        "add",
        "webinar-ads",
        "--title",
        "Promote webinars on \"LinkedIn\"",
        "--key-result",
        "event-leads",
        "--impact",
        "6",
        "--confidence",
        "5",
        "--ease",
        "7",
        "--metric",
        "leads",
        "--expected-lift",
        "0.15",
    ])
    .success();
    let added = std::fs::read_to_string(&path).unwrap();
    // Everything before stays byte for byte: comments included.
    assert!(
        added.starts_with(&before),
        "the file was rewritten, not appended to"
    );
    assert!(added.contains("[[experiments]]\nid = \"webinar-ads\"\n"));
    run(&["start", "webinar-ads", "--date", "2026-11-10"]).success();
    run(&[
        "finish",
        "webinar-ads",
        "won",
        "--date",
        "2026-11-19",
        "--learning",
        "Works",
    ])
    .success();
    let done = std::fs::read_to_string(&path).unwrap();
    assert!(done.starts_with(&before));
    assert!(done.contains("status = \"won\""));
    assert!(done.contains("start = 2026-11-10\nend = 2026-11-19\nlearning = \"Works\"\n"));
    okr()
        .current_dir(dir.path())
        .args([
            "experiments",
            "--as-of",
            "2026-11-20",
            "--format",
            "csv",
            "--key-result",
            "event-leads",
        ])
        .assert()
        .success()
        .stdout(predicate::str::contains("webinar-ads"));
    // An invalid result is refused and the file stays as it was.
    run(&["start", "webinar-ads", "--date", "2027-05-01"])
        .code(2)
        .stderr(predicate::str::contains("ends before it starts"));
    assert_eq!(std::fs::read_to_string(&path).unwrap(), done);
    // A duplicate id, an unknown id, a key result id.
    run(&["add", "webinar-ads", "--title", "again"])
        .code(2)
        .stderr(predicate::str::contains("duplicate experiment id"));
    run(&["finish", "nope", "lost"]).code(2);
    run(&["start", "roas"])
        .code(2)
        .stderr(predicate::str::contains(
            "`roas` is a key result, not an experiment",
        ));
    assert_eq!(std::fs::read_to_string(&path).unwrap(), done);
}
