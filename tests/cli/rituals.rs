//! The quarter's rituals: `okr close` writes the cycle's record, `okr
//! status` reads it when the exports are gone, `okr history` compares
//! closed cycles, `okr next` starts the next cycle from this one.

use predicates::prelude::*;

use crate::util::*;

/// The example in a scratch directory: (dir, path of the OKR file).
fn example() -> (tempfile::TempDir, std::path::PathBuf) {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(root.join("okrs.example.toml"), dir.path().join("okrs.toml")).unwrap();
    for sub in ["data", "teams"] {
        copy_dir(
            &root.join("examples").join(sub),
            &dir.path().join("examples").join(sub),
        );
    }
    let text = std::fs::read_to_string(dir.path().join("okrs.toml")).unwrap();
    std::fs::write(dir.path().join("okrs.toml"), text).unwrap();
    let config = dir.path().join("okrs.toml");
    (dir, config)
}

/// `okr ARGS -c CONFIG`, run beside the OKR file.
fn on<const N: usize>(config: &std::path::Path, args: [&str; N]) -> assert_cmd::Command {
    let mut cmd = okr();
    cmd.current_dir(config.parent().unwrap())
        .args(args)
        .arg("-c")
        .arg(config);
    cmd
}

#[test]
fn close_writes_the_record_once_from_the_cycles_last_day() {
    let (dir, config) = example();
    on(&config, ["close", "--as-of", "2026-11-20"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("runs until 2026-12-31"));
    on(&config, ["close", "--as-of", "2027-01-05"])
        .assert()
        .success()
        .stderr(predicate::str::contains("2026-Q4.review.json"));
    let record = dir.path().join("2026-Q4.review.json");
    let v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&record).unwrap()).unwrap();
    assert_eq!(v["okr_record"], 1);
    assert_eq!(v["closed_on"], "2027-01-05");
    // The tree as of the cycle's last day, its learnings with it.
    assert_eq!(v["report"]["as_of"], "2026-12-31");
    assert!(v["experiments"]
        .as_array()
        .unwrap()
        .iter()
        .any(|e| e["status"] == "lost" && e["learning"].is_string()));
    // Never replaced without --force.
    on(&config, ["close", "--as-of", "2027-01-05"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("already exists"));
    on(&config, ["close", "--as-of", "2027-01-06", "--force"])
        .assert()
        .success();
}

#[test]
fn status_of_a_closed_cycle_reads_its_record_when_the_exports_are_gone() {
    let (dir, config) = example();
    on(&config, ["close", "--as-of", "2027-01-05"])
        .assert()
        .success();
    let status = |config: &std::path::Path| {
        let out = on(
            config,
            ["status", "--as-of", "2027-01-05", "--format", "json"],
        )
        .output()
        .unwrap();
        assert_ok(&out);
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        (v, String::from_utf8_lossy(&out.stderr).into_owned())
    };
    let (live, _) = status(&config);
    assert_eq!(live["closed"]["record"], "2026-Q4.review.json");
    std::fs::rename(dir.path().join("examples/data"), dir.path().join("gone")).unwrap();
    let (from_record, stderr) = status(&config);
    assert!(
        stderr.contains("showing the record 2026-Q4.review.json"),
        "{stderr}"
    );
    // The same key results, the numbers of the cycle's last day.
    let ids = |v: &serde_json::Value| {
        let mut out = Vec::new();
        fn walk(objs: &serde_json::Value, out: &mut Vec<(String, String)>) {
            for o in objs.as_array().unwrap() {
                for k in o["key_results"].as_array().unwrap() {
                    out.push((k["id"].to_string(), k["status"].to_string()));
                }
                walk(&o["objectives"], out);
            }
        }
        walk(&v["objectives"], &mut out);
        out
    };
    assert_eq!(ids(&live), ids(&from_record));
    let table = on(&config, ["status", "--as-of", "2027-01-05"])
        .env("COLUMNS", "100")
        .output()
        .unwrap();
    assert!(String::from_utf8(table.stdout)
        .unwrap()
        .contains("closed on 2027-01-05 (2026-Q4.review.json)"));
}

#[test]
fn history_lists_the_closed_cycles_with_their_grades() {
    let (dir, config) = example();
    on(&config, ["history"])
        .assert()
        .success()
        .stdout(predicate::str::contains("No closed cycles yet"));
    on(&config, ["close", "--as-of", "2027-01-05"])
        .assert()
        .success();
    let out = on(&config, ["history", "--format", "json"])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let cycles = v["cycles"].as_array().unwrap();
    assert_eq!(cycles.len(), 1);
    assert_eq!(cycles[0]["name"], "2026-Q4");
    assert!(cycles[0]["grade"].is_number());
    // A file that is not a record is skipped, and said so.
    std::fs::write(dir.path().join("broken.review.json"), "{").unwrap();
    on(&config, ["history"])
        .assert()
        .success()
        .stdout(predicate::str::contains("2026-Q4"))
        .stderr(predicate::str::contains("skipped"));
}

#[test]
fn next_starts_the_next_cycle_from_this_one() {
    let (dir, config) = example();
    let next = [
        "next",
        "2027-Q1",
        "--start",
        "2027-01-01",
        "--end",
        "2027-03-31",
    ];
    // Not before the cycle is closed (its numbers would be lost).
    on(&config, next)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("okr close"));
    on(&config, ["close", "--as-of", "2027-01-05"])
        .assert()
        .success();
    let before = std::fs::read_to_string(&config).unwrap();
    // --dry-run: the diff, nothing written.
    on(&config, next)
        .arg("--dry-run")
        .assert()
        .success()
        .stdout(predicate::str::contains("+name = \"2027-Q1\""));
    assert_eq!(std::fs::read_to_string(&config).unwrap(), before);
    on(&config, next).assert().success();
    let after = std::fs::read_to_string(&config).unwrap();
    assert!(after.contains("name = \"2027-Q1\""));
    // Comments stay; the done milestone and finished experiments leave.
    assert!(after.contains("# --- Experiments") || !before.contains("# --- Experiments"));
    assert!(!after.contains("id = \"pricing-page\""));
    assert!(!after.contains("id = \"gated-ebook\""));
    // A ratio carries over from its closing value, with a comment.
    assert!(
        after.contains("# carried over from 2026-Q4: start 0.20 -> 0.237693"),
        "{after}"
    );
    // A quarter's sum starts again.
    assert!(
        after.contains("closed at 711; a sum over the cycle starts again"),
        "{after}"
    );
    // The next cycle is valid, and honest on its first day.
    on(&config, ["validate"]).assert().success();
    let out = on(&config, ["check", "--as-of", "2027-01-01"])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    drop(dir);
}
