//! `okr init --from`: the starter built from the exports themselves.

use std::path::{Path, PathBuf};

use crate::util::{assert_ok, fixture, okr};

/// Every CSV under `dir`, recursively, sorted.
fn csv_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(csv_files(&path));
        } else if path.extension().is_some_and(|e| e == "csv") {
            out.push(path);
        }
    }
    out.sort();
    out
}

/// A project with `files` copied under `data/` (keeping the folders below
/// tests/fixtures/exports).
fn project(files: &[PathBuf]) -> (tempfile::TempDir, Vec<String>) {
    let dir = tempfile::tempdir().unwrap();
    let root = fixture("exports");
    let mut written = Vec::new();
    for f in files {
        let rel = f.strip_prefix(&root).unwrap();
        let to = dir.path().join("data").join(rel);
        std::fs::create_dir_all(to.parent().unwrap()).unwrap();
        std::fs::copy(f, &to).unwrap();
        written.push(format!("data/{}", rel.to_string_lossy().replace('\\', "/")));
    }
    (dir, written)
}

fn init(dir: &Path, args: &[&str]) -> std::process::Output {
    okr()
        .current_dir(dir)
        .arg("init")
        .args(args)
        .output()
        .unwrap()
}

#[test]
fn every_export_the_reader_reads_makes_a_valid_file_and_an_honest_first_status() {
    let (dir, files) = project(&csv_files(&fixture("exports")));
    let mut args = vec!["--as-of", "2026-10-15", "--from"];
    args.extend(files.iter().map(String::as_str));
    let out = init(dir.path(), &args);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    let text = std::fs::read_to_string(dir.path().join("okrs.toml")).unwrap();
    // Each file the reader reads is a source; the two it refuses (one row
    // per campaign, dates without a year) are left out, and said so.
    let refused = [
        "data/google_ads_campaigns_whole_period.csv",
        "data/round2/tiktok_no_year.csv",
    ];
    for file in &files {
        let source = format!("path = \"{file}\"");
        if refused.contains(&file.as_str()) {
            assert!(!text.contains(&source), "{file} is a source");
            assert!(stderr.contains(&format!("left out {file}")), "{stderr}");
        } else {
            assert!(text.contains(&source), "{file} is no source:\n{stderr}");
        }
    }
    let validate = okr()
        .current_dir(dir.path())
        .args(["validate", "--as-of", "2026-10-15"])
        .output()
        .unwrap();
    let warnings = String::from_utf8_lossy(&validate.stderr);
    assert_eq!(validate.status.code(), Some(0), "{warnings}");
    // Every metric reads values from its column: no warning about one.
    assert!(!warnings.contains("warning"), "{warnings}");
    // Every metric of the file reads values.
    let metrics = text.matches("\n[metrics.").count();
    assert!(metrics > 50, "{metrics} metrics");
    for as_of in ["2026-10-01", "2026-10-15", "2026-12-31"] {
        let status = okr()
            .current_dir(dir.path())
            .args(["status", "--as-of", as_of])
            .output()
            .unwrap();
        let shown = String::from_utf8_lossy(&status.stdout);
        assert_eq!(status.status.code(), Some(0), "{shown}");
        for red in ["off-track", "at-risk", "stalled"] {
            assert!(!shown.contains(red), "{as_of}: {red} in\n{shown}");
        }
    }
}

#[test]
fn representative_exports_as_written() {
    for (name, file) in [
        ("init-from-meta-ads", "meta_ads_by_day.csv"),
        ("init-from-search-console-sv", "search_console_Dates_sv.csv"),
        ("init-from-long-sv", "round2/long_sv.csv"),
        ("init-from-google-ads", "google_ads_campaigns.csv"),
    ] {
        let (dir, files) = project(&[fixture("exports").join(file)]);
        let out = init(
            dir.path(),
            &["--dry-run", "--cycle", "2026-Q4", "--from", &files[0]],
        );
        assert_ok(&out);
        // --dry-run prints and writes nothing.
        assert!(!dir.path().join("okrs.toml").exists());
        insta::assert_snapshot!(name, String::from_utf8_lossy(&out.stdout));
    }
}

#[test]
fn a_file_that_ends_before_the_cycle_is_said_so() {
    let (dir, files) = project(&[fixture("exports/meta_ads_by_day.csv")]);
    let out = init(dir.path(), &["--cycle", "2027-Q1", "--from", &files[0]]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert!(
        stderr.contains("data ends 2026-10-07, before the cycle"),
        "{stderr}"
    );
    let text = std::fs::read_to_string(dir.path().join("okrs.toml")).unwrap();
    assert!(text.contains("# data ends 2026-10-07, before the cycle"));
    assert!(text.contains("start = 2027-01-01"));
}

#[test]
fn an_existing_file_is_replaced_only_with_force() {
    let (dir, files) = project(&[fixture("exports/search_console_Dates.csv")]);
    let path = dir.path().join("okrs.toml");
    std::fs::write(&path, "# mine\n").unwrap();
    let out = init(dir.path(), &["--from", &files[0]]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("pass --force"));
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "# mine\n");
    let out = init(
        dir.path(),
        &["--force", "-o", "okrs.toml", "--from", &files[0]],
    );
    assert_eq!(out.status.code(), Some(0));
    assert!(std::fs::read_to_string(&path)
        .unwrap()
        .contains("[[sources]]"));
}

/// `start` is the metric's value in the last full month before the cycle:
/// September's clicks sum, the rate's days averaged.
#[test]
fn start_is_the_last_full_month_before_the_cycle() {
    let dir = tempfile::tempdir().unwrap();
    let mut csv = String::from("Datum;Klick;Visningar;CTR\n");
    let mut day = chrono::NaiveDate::from_ymd_opt(2026, 8, 20).unwrap();
    while day <= chrono::NaiveDate::from_ymd_opt(2026, 10, 10).unwrap() {
        csv.push_str(&format!("{day};10;200;5,0 %\n"));
        day = day.succ_opt().unwrap();
    }
    std::fs::create_dir(dir.path().join("data")).unwrap();
    std::fs::write(dir.path().join("data/gsc.csv"), csv).unwrap();
    let out = init(
        dir.path(),
        &[
            "--start",
            "2026-10-01",
            "--end",
            "2026-12-31",
            "--from",
            "data/gsc.csv",
        ],
    );
    assert_ok(&out);
    let text = std::fs::read_to_string(dir.path().join("okrs.toml")).unwrap();
    assert!(text.contains("# start = 300 "), "{text}");
    assert!(text.contains("# start = 0.05 "), "{text}");
    assert!(
        text.contains("Klick per month: from 300 to the target"),
        "{text}"
    );
    assert!(text.contains("# ratio = { numerator = \"klick\", denominator = \"visningar\" }"));
    assert!(text.contains("format = \"percent\""));
    // Uncommented with a target, the key result reads September's base.
    let live = text.replacen(
        "  # [[objectives.key_results]]\n  # id = \"klick\"",
        "  [[objectives.key_results]]\n  id = \"klick\"",
        1,
    );
    let live = live
        .replacen("  # title = \"Klick", "  title = \"Klick", 1)
        .replacen("  # metric = \"klick\"", "  metric = \"klick\"", 1)
        .replacen("  # window = \"month\"", "  window = \"month\"", 1)
        .replacen("  # start = 300 ", "  start = 300 #", 1)
        .replacen("  # target =", "  target = 400 #", 1);
    std::fs::write(dir.path().join("okrs.toml"), live).unwrap();
    let status = okr()
        .current_dir(dir.path())
        .args(["status", "--as-of", "2026-10-05"])
        .output()
        .unwrap();
    let shown = String::from_utf8_lossy(&status.stdout);
    assert_ok(&status);
    assert!(shown.contains("pending"), "{shown}");
}

/// The exports are read under the same trust rules as the OKR file's
/// paths: a file outside the project, or a symlink out of it, is refused
/// and nothing is written.
#[cfg(unix)]
#[test]
fn exports_outside_the_project_are_refused() {
    let outside = tempfile::tempdir().unwrap();
    let file = outside.path().join("gsc.csv");
    std::fs::copy(fixture("exports/search_console_Dates.csv"), &file).unwrap();
    let (dir, _) = project(&[]);
    std::os::unix::fs::symlink(&file, dir.path().join("link.csv")).unwrap();
    for from in [file.to_str().unwrap(), "link.csv"] {
        let out = init(dir.path(), &["--from", from]);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{stderr}");
        assert!(stderr.contains("is outside the project root"), "{stderr}");
        assert!(!dir.path().join("okrs.toml").exists());
    }
    let out = init(dir.path(), &["--from", "no-such.csv"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no-such.csv does not exist"));
}
