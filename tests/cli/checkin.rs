//! `okr checkin`, `okr log`, `okr set` and `okr status --since` on a copy
//! of tests/fixtures/checkin/ (they write beside the OKR file).

use std::path::{Path, PathBuf};

use predicates::prelude::*;

use crate::util::*;

/// A copy of the fixture folder; the returned path is its okrs.toml.
fn scratch() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&fixture("checkin"), dir.path());
    let config = dir.path().join("okrs.toml");
    (dir, config)
}

/// `okr -c CONFIG` with a known author: no git identity, USER=tester.
fn okr_on(config: &Path) -> assert_cmd::Command {
    let mut cmd = okr();
    cmd.env("OKR_CONFIG", config)
        .env("USER", "tester")
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .current_dir(config.parent().unwrap());
    cmd
}

fn log_of(config: &Path) -> String {
    std::fs::read_to_string(config.with_file_name("checkins.csv")).unwrap()
}

fn status_json(config: &Path, extra: &[&str]) -> serde_json::Value {
    let out = okr_on(config)
        .args(["status", "--format", "json"])
        .args(extra)
        .output()
        .unwrap();
    assert_ok(&out);
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn checkins_are_logged_and_counted_as_the_key_results_data() {
    let (_dir, config) = scratch();
    for (value, date) in [("3,3", "2026-01-12"), ("3.5", "2026-01-26")] {
        okr_on(&config)
            .args(["checkin", "brand-survey", value, "--date", date])
            .assert()
            .success()
            .stderr(predicate::str::contains("brand-survey: "));
    }
    okr_on(&config)
        .args(["checkin", "brand-survey", "3.5", "--date", "2026-02-02"])
        .args(["--note", "panel of 400, \"wave 2\""])
        .assert()
        .success();
    assert_eq!(
        log_of(&config),
        "date,key_result,value,note,author\n\
         2026-01-12,brand-survey,3.3,,tester\n\
         2026-01-26,brand-survey,3.5,,tester\n\
         2026-02-02,brand-survey,3.5,\"panel of 400, \"\"wave 2\"\"\",tester\n"
    );

    // The latest check-in on or before the as-of date is the value.
    let v = status_json(&config, &["--as-of", "2026-01-20"]);
    let kr = find_kr(&v["objectives"], "brand-survey").unwrap();
    close(&kr["value"], 3.3);
    assert_eq!(kr["last_data"], "2026-01-12");
    // One check-in, 8 days old: no forecast (too few days, and stale).
    assert!(kr["forecast"].is_null(), "{kr}");

    // No higher than 14 days before (3.5 on 2026-01-26): stalled.
    let v = status_json(&config, &["--as-of", "2026-02-12"]);
    let kr = find_kr(&v["objectives"], "brand-survey").unwrap();
    close(&kr["value"], 3.5);
    close(&kr["progress"], (3.5 - 3.1) / (4.0 - 3.1));
    assert_eq!(kr["status"], "stalled");
    // The newest check-in (2026-02-02) is more than 7 days old.
    assert_eq!(kr["stale"], true);
    assert!(kr.get("moved").is_none(), "no `moved` without --since");
}

#[test]
fn a_later_check_in_on_the_same_day_wins() {
    let (_dir, config) = scratch();
    for value in ["3.4", "3.6"] {
        okr_on(&config)
            .args(["checkin", "brand-survey", value, "--date", "2026-02-01"])
            .assert()
            .success();
    }
    let v = status_json(&config, &["--as-of", "2026-02-01"]);
    close(
        &find_kr(&v["objectives"], "brand-survey").unwrap()["value"],
        3.6,
    );
}

#[test]
fn a_milestone_is_checked_in_done_on_its_day() {
    let (_dir, config) = scratch();
    okr_on(&config)
        .args(["checkin", "new-site", "--done", "--date", "2026-02-20"])
        .assert()
        .success();
    assert!(log_of(&config).ends_with("2026-02-20,new-site,done,,tester\n"));
    let v = status_json(&config, &["--as-of", "2026-02-25"]);
    let kr = find_kr(&v["objectives"], "new-site").unwrap();
    assert_eq!(kr["status"], "done");
    assert_eq!(kr["done_on"], "2026-02-20");
    // Looking back before that day it was not done yet.
    let v = status_json(&config, &["--as-of", "2026-02-10"]);
    assert_eq!(
        find_kr(&v["objectives"], "new-site").unwrap()["status"],
        "on-track"
    );
}

#[test]
fn check_ins_that_make_no_sense_are_refused_and_nothing_is_logged() {
    let (_dir, config) = scratch();
    let cases: [(&[&str], &str); 7] = [
        (
            &["mqls-up", "120", "--date", "2026-02-01"],
            "`mqls-up` reads the metric `mqls`: its value comes from the data",
        ),
        (
            &["new-site", "1", "--date", "2026-02-01"],
            "`new-site` is a milestone: it is done or not, it takes no value",
        ),
        (
            &["brand-survey", "--done", "--date", "2026-02-01"],
            "`brand-survey` is not a milestone: --done applies only to milestones",
        ),
        (
            &["brand-survey", "3.4", "--date", "2026-04-01"],
            "the date (2026-04-01) is outside the cycle 2026-Q1 (2026-01-01 to 2026-03-31)",
        ),
        (
            &["brand-survey", "1,234", "--date", "2026-02-01"],
            "could be 1234 or 1.234",
        ),
        (
            &["brand-survy", "3.4", "--date", "2026-02-01"],
            "did you mean `brand-survey`?",
        ),
        // Never asks when stdin is not a terminal.
        (
            &["brand-survey", "--date", "2026-02-01"],
            "VALUE is required when stdin is not a terminal",
        ),
    ];
    for (args, message) in cases {
        okr_on(&config)
            .arg("checkin")
            .args(args)
            .write_stdin("3.4\n")
            .assert()
            .code(2)
            .stderr(predicate::str::contains(message));
    }
    assert!(!config.with_file_name("checkins.csv").exists());
}

/// On a terminal, a missing VALUE is asked for (`script` gives the command
/// a pseudo-terminal).
#[cfg(target_os = "linux")]
#[test]
fn a_missing_value_is_asked_for_on_a_terminal() {
    let (_dir, config) = scratch();
    let bin = assert_cmd::cargo::cargo_bin("okr");
    let command = format!("'{}' checkin brand-survey --date 2026-02-03", bin.display());
    let Ok(out) = std::process::Command::new("script")
        .args(["-qec", &command, "/dev/null"])
        .env("OKR_CONFIG", &config)
        .env("USER", "tester")
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .and_then(|mut child| {
            use std::io::Write;
            child.stdin.take().unwrap().write_all(b"3,7\n")?;
            child.wait_with_output()
        })
    else {
        eprintln!("`script` is not available: skipped");
        return;
    };
    let screen = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{screen}");
    assert!(
        screen.contains(
            "Brand survey score from 3.1 to 4.0\r\n  current: 3.2 on 2026-01-05\r\n  target:  4 (from 3.1)\r\nValue on 2026-02-03: "
        ),
        "{screen}"
    );
    assert!(log_of(&config).ends_with("\n2026-02-03,brand-survey,3.7,,tester\n"));
}

#[test]
fn notes_that_look_like_formulas_are_defused_in_the_file_only() {
    let (_dir, config) = scratch();
    okr_on(&config)
        .args(["checkin", "brand-survey", "3.4", "--date", "2026-02-01"])
        .args(["--note", "=HYPERLINK(\"http://x\")"])
        .assert()
        .success();
    assert!(log_of(&config).contains(",\"'=HYPERLINK(\"\"http://x\"\")\",tester\n"));
    okr_on(&config)
        .args(["log", "--format", "json"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "\"note\": \"=HYPERLINK(\\\"http://x\\\")\"",
        ));
}

#[test]
fn the_author_is_the_git_user_name() {
    let (dir, config) = scratch();
    let git = |args: &[&str]| {
        std::process::Command::new("git")
            .args(args)
            .current_dir(dir.path())
            .env("GIT_CONFIG_GLOBAL", "/dev/null")
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .output()
            .map(|o| o.status.success())
            .unwrap_or(false)
    };
    if !git(&["init", "-q"]) || !git(&["config", "user.name", "Ana Lind"]) {
        eprintln!("git is not available: skipped");
        return;
    }
    okr_on(&config)
        .args(["checkin", "brand-survey", "3.4", "--date", "2026-02-01"])
        .assert()
        .success();
    assert!(
        log_of(&config).ends_with(",Ana Lind\n"),
        "{}",
        log_of(&config)
    );
}

#[test]
fn a_broken_log_is_an_error_at_its_line() {
    let (_dir, config) = scratch();
    let log = config.with_file_name("checkins.csv");
    std::fs::write(
        &log,
        "date,key_result,value,note,author\n\
         2026-01-10,brand-survey,3.3,,ana\n\
         2026-01-11,brand-survy,3.4,,ana\n\
         2026-01-12,new-site,3,,ana\n\
         2025-12-01,last-quarters-kr,7,,ana\n",
    )
    .unwrap();
    let out = okr_on(&config)
        .args(["status", "--as-of", "2026-02-01"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("checkins.csv:3: the check-in names `brand-survy`, which is no key result"),
        "{stderr}"
    );
    assert!(stderr.contains("did you mean `brand-survey`?"), "{stderr}");
    assert!(
        stderr.contains("checkins.csv:4: `new-site` is a milestone: its value is `done`"),
        "{stderr}"
    );
    // Rows of another cycle are not counted, and not errors.
    assert!(!stderr.contains("last-quarters-kr"), "{stderr}");
    okr_on(&config).arg("validate").assert().code(2);
}

#[test]
fn concurrent_check_ins_lose_nothing() {
    let (_dir, config) = scratch();
    let bin = assert_cmd::cargo::cargo_bin("okr");
    const PROCESSES: usize = 2;
    const EACH: usize = 50;
    let workers: Vec<_> = (0..PROCESSES)
        .map(|p| {
            let (bin, config) = (bin.clone(), config.clone());
            std::thread::spawn(move || {
                for i in 0..EACH {
                    let status = std::process::Command::new(&bin)
                        .args(["checkin", "-q", "brand-survey", &format!("3.{i:02}")])
                        .args(["--date", "2026-02-01", "--note"])
                        .arg(format!(
                            "process {p}, check-in {i}: \"quoted\"\nand a second line"
                        ))
                        .env("OKR_CONFIG", &config)
                        .env("USER", format!("worker-{p}"))
                        .env("GIT_CONFIG_GLOBAL", "/dev/null")
                        .env("GIT_CONFIG_NOSYSTEM", "1")
                        .current_dir(config.parent().unwrap())
                        .status()
                        .unwrap();
                    assert!(status.success());
                }
            })
        })
        .collect();
    for w in workers {
        w.join().unwrap();
    }
    let text = log_of(&config);
    assert!(text.starts_with("date,key_result,value,note,author\n"));
    assert_eq!(text.matches("date,key_result").count(), 1, "one header");
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let mut seen = std::collections::BTreeSet::new();
    for row in reader.records() {
        let row = row.unwrap();
        assert_eq!(row.len(), 5, "{row:?}");
        assert_eq!(&row[0], "2026-02-01");
        assert_eq!(&row[1], "brand-survey");
        let (p, i) = (&row[4]["worker-".len()..], row[3].to_string());
        assert!(i.starts_with(&format!("process {p}, check-in ")), "{row:?}");
        assert!(i.ends_with(": \"quoted\"\nand a second line"), "{row:?}");
        assert!(seen.insert(i), "a row twice");
    }
    assert_eq!(seen.len(), PROCESSES * EACH);
    // And the log reads back whole.
    okr_on(&config).arg("log").assert().success();
}

#[test]
fn log_shows_the_history_with_notes_and_authors() {
    let (_dir, config) = scratch();
    let checkin = |args: &[&str]| {
        okr_on(&config).arg("checkin").args(args).assert().success();
    };
    checkin(&[
        "brand-survey",
        "3.6",
        "--date",
        "2026-02-09",
        "--note",
        "after the campaign",
    ]);
    checkin(&["signed-partners", "4", "--date", "2026-02-02"]);
    checkin(&["brand-survey", "3.4", "--date", "2026-01-19"]);
    checkin(&["new-site", "--done", "--date", "2026-02-20"]);

    okr_on(&config).arg("log").assert().success().stdout(
        "Date        Key result       Value  Note                Author\n\
         ──────────────────────────────────────────────────────────────\n\
         2026-01-19  brand-survey       3.4                      tester\n\
         2026-02-02  signed-partners      4                      tester\n\
         2026-02-09  brand-survey       3.6  after the campaign  tester\n\
         2026-02-20  new-site          done                      tester\n",
    );
    okr_on(&config)
        .args(["log", "brand-survey", "--format", "csv"])
        .assert()
        .success()
        .stdout(
            "date,key_result,value,note,author\n\
             2026-01-19,brand-survey,3.4,,tester\n\
             2026-02-09,brand-survey,3.6,after the campaign,tester\n",
        );
    let out = okr_on(&config)
        .args(["log", "partners", "--format", "json"])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        v,
        serde_json::json!([{ "date": "2026-02-02", "key_result": "signed-partners",
            "value": 4.0, "done": false, "confidence": null, "note": null, "author": "tester" }])
    );
    okr_on(&config)
        .args(["log", "brand-survy"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("did you mean `brand-survey`?"));
}

#[test]
fn since_shows_what_moved() {
    let (_dir, config) = scratch();
    okr_on(&config)
        .args(["checkin", "brand-survey", "3.5", "--date", "2026-02-03"])
        .assert()
        .success();
    okr_on(&config)
        .args(["checkin", "new-site", "--done", "--date", "2026-02-05"])
        .assert()
        .success();

    let v = status_json(&config, &["--as-of", "2026-02-08", "--since", "7d"]);
    let kr = find_kr(&v["objectives"], "brand-survey").unwrap();
    assert_eq!(kr["moved"]["since"], "2026-02-01");
    close(&kr["moved"]["value"], 3.5 - 3.2);
    close(&kr["moved"]["progress"], (3.5 - 3.2) / 0.9);
    // MQLs: 40 on 2026-02-02 is all that came in that week.
    let kr = find_kr(&v["objectives"], "mqls-up").unwrap();
    close(&kr["moved"]["value"], 40.0);
    let kr = find_kr(&v["objectives"], "new-site").unwrap();
    assert!(kr["moved"]["value"].is_null());
    close(&kr["moved"]["progress"], 1.0);
    let kr = find_kr(&v["objectives"], "signed-partners").unwrap();
    assert!(kr["moved"]["value"].is_null());

    let table = okr_on(&config)
        .args(["status", "--as-of", "2026-02-08", "--since", "2026-02-01"])
        .output()
        .unwrap();
    let table = String::from_utf8(table.stdout).unwrap();
    assert!(table.lines().next().unwrap().contains("Moved"), "{table}");
    let line = |title: &str| {
        table
            .lines()
            .find(|l| l.contains(title))
            .unwrap_or_else(|| panic!("{title}: {table}"))
            .to_string()
    };
    assert!(
        line("Brand survey").contains("+0.3 (+33\u{a0}pp)"),
        "{table}"
    );
    assert!(line("MQLs from 0").contains("+40 (+13\u{a0}pp)"), "{table}");
    assert!(line("Launch the new").contains("+100\u{a0}pp"), "{table}");
    assert!(line("Signed partners").contains(" — "), "{table}");

    let csv = okr_on(&config)
        .args([
            "status",
            "--as-of",
            "2026-02-08",
            "--since",
            "1w",
            "--format",
            "csv",
        ])
        .output()
        .unwrap();
    let csv = String::from_utf8(csv.stdout).unwrap();
    assert!(csv
        .lines()
        .next()
        .unwrap()
        .ends_with(",window_end,moved_since,moved_value,moved_progress"));
    assert!(
        csv.contains(",mqls-up,") && csv.contains(",2026-02-01,40,"),
        "{csv}"
    );

    okr_on(&config)
        .args([
            "status",
            "--as-of",
            "2026-02-08",
            "--since",
            "2w",
            "--format",
            "markdown",
        ])
        .assert()
        .success()
        .stdout(predicate::str::contains("| Expected | Moved | Status |"));
    okr_on(&config)
        .args(["status", "--as-of", "2026-02-08", "--since", "2026-03-01"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("is after the as-of date"));
    // Without --since, the contract's columns only.
    okr_on(&config)
        .args(["status", "--as-of", "2026-02-08", "--format", "csv"])
        .assert()
        .success()
        .stdout(predicate::str::contains("moved").not());
}

/// The one span where `before` and `after` differ.
fn changed_span<'a>(before: &'a str, after: &'a str) -> (&'a str, &'a str) {
    let prefix = before
        .bytes()
        .zip(after.bytes())
        .take_while(|(a, b)| a == b)
        .count();
    let suffix = before[prefix..]
        .bytes()
        .rev()
        .zip(after[prefix..].bytes().rev())
        .take_while(|(a, b)| a == b)
        .count();
    (
        &before[prefix..before.len() - suffix],
        &after[prefix..after.len() - suffix],
    )
}

#[test]
fn set_changes_only_the_value_and_keeps_every_comment() {
    let (_dir, config) = scratch();
    let before = std::fs::read_to_string(&config).unwrap();
    okr_on(&config)
        .args(["set", "brand-survey", "target=4.5"])
        .assert()
        .success()
        .stderr(predicate::str::contains("target 4.0 → 4.5"));
    let after = std::fs::read_to_string(&config).unwrap();
    assert_eq!(changed_span(&before, &after), ("0", "5"));
    assert_eq!(
        after,
        before.replace(
            "  target = 4.0                      # the panel's mean score\n",
            "  target = 4.5                      # the panel's mean score\n"
        )
    );

    // Text is quoted, and its trailing comment stays.
    okr_on(&config)
        .args(["set", "brand", "title=Be known for \"it\""])
        .assert()
        .success();
    let text = std::fs::read_to_string(&config).unwrap();
    // toml_edit picks the quotes that need no escapes.
    assert_eq!(
        changed_span(&after, &text),
        ("\"Be known for it\"", "'Be known for \"it\"'")
    );

    // A new key goes last in its table, indented like the others.
    let before = text;
    okr_on(&config)
        .args(["set", "new-site", "done=true", "done_on=2026-02-20"])
        .assert()
        .success();
    let after = std::fs::read_to_string(&config).unwrap();
    assert_eq!(
        after,
        before.replace(
            "  done = false\n  due = 2026-02-28\n",
            "  done = true\n  due = 2026-02-28\n  done_on = 2026-02-20\n"
        )
    );
    let v = status_json(&config, &["--as-of", "2026-02-25"]);
    assert_eq!(
        find_kr(&v["objectives"], "new-site").unwrap()["done_on"],
        "2026-02-20"
    );
}

#[test]
fn set_edits_the_included_file_that_declares_the_id() {
    let (dir, config) = scratch();
    let main_before = std::fs::read(&config).unwrap();
    let team = dir.path().join("teams/partners.toml");
    let before = std::fs::read_to_string(&team).unwrap();
    okr_on(&config)
        .args([
            "set",
            "signed-partners",
            "target=12",
            "current=5",
            "updated=2026-02-03",
        ])
        .assert()
        .success();
    let after = std::fs::read_to_string(&team).unwrap();
    assert_eq!(
        after,
        before.replace(
            "  target = 10                       # signed contracts, not letters of intent\n",
            "  target = 12                       # signed contracts, not letters of intent\n  current = 5\n  updated = 2026-02-03\n"
        )
    );
    assert_eq!(std::fs::read(&config).unwrap(), main_before);
    let v = status_json(&config, &["--as-of", "2026-02-08"]);
    close(
        &find_kr(&v["objectives"], "signed-partners").unwrap()["progress"],
        3.0 / 10.0,
    );
}

#[test]
fn set_refuses_an_invalid_result_and_leaves_the_file_untouched() {
    let (dir, config) = scratch();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&config, std::fs::Permissions::from_mode(0o640)).unwrap();
    }
    let before = std::fs::read(&config).unwrap();
    let cases: [(&[&str], &str); 5] = [
        (
            &["brand-survey", "target=3.1"],
            "key result `brand-survey` has start == target (3.1)",
        ),
        (&["brand-survey", "tagret=5"], "did you mean `target`?"),
        (
            &["new-site", "due=2026-05-01"],
            "`due` 2026-05-01 is outside the cycle",
        ),
        (&["brand-survey", "target=lots"], "`target`: not a number"),
        (&["brand-survy", "target=5"], "did you mean `brand-survey`?"),
    ];
    for (args, message) in cases {
        okr_on(&config)
            .arg("set")
            .args(args)
            .assert()
            .code(2)
            .stderr(predicate::str::contains(message));
        assert_eq!(std::fs::read(&config).unwrap(), before, "{args:?}");
    }
    // Renaming a key result would orphan its check-ins: refused too.
    okr_on(&config)
        .args(["checkin", "brand-survey", "3.4", "--date", "2026-02-01"])
        .assert()
        .success();
    okr_on(&config)
        .args(["set", "brand-survey", "id=survey"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("which is no key result"));
    assert_eq!(std::fs::read(&config).unwrap(), before);

    // A valid edit keeps the file's permissions, and leaves no temporary file.
    okr_on(&config)
        .args(["set", "brand-survey", "target=4.2"])
        .assert()
        .success();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&config).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o640);
    }
    let names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().to_string())
        .collect();
    assert!(names.iter().all(|n| !n.ends_with(".tmp")), "{names:?}");
}

/// Any key result takes its owner's confidence (1-10) and words, with or
/// without a value; they show in status, show, the digest and the review.
#[test]
fn confidence_and_notes_go_on_any_key_result() {
    let (_dir, config) = scratch();
    // A metric key result: no value from a check-in, but a confidence.
    okr_on(&config)
        .args([
            "checkin",
            "mqls-up",
            "--confidence",
            "6",
            "--date",
            "2026-01-20",
        ])
        .args(["--note", "the webinar moved to March"])
        .assert()
        .success()
        .stderr(predicate::str::contains("confidence 6/10"));
    okr_on(&config)
        .args([
            "checkin",
            "mqls-up",
            "--confidence",
            "7",
            "--date",
            "2026-02-03",
        ])
        .assert()
        .success();
    okr_on(&config)
        .args(["checkin", "mqls-up", "12", "--date", "2026-02-03"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--confidence"));
    okr_on(&config)
        .args(["checkin", "brand-survey", "3.5", "--confidence", "11"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("from 1 to 10"));
    // A value and a confidence in one check-in.
    okr_on(&config)
        .args([
            "checkin",
            "brand-survey",
            "3.5",
            "--confidence",
            "8",
            "--date",
            "2026-02-04",
        ])
        .assert()
        .success();
    let log = log_of(&config);
    assert!(
        log.starts_with("date,key_result,value,note,author,confidence\n"),
        "{log}"
    );
    assert!(
        log.contains("2026-01-20,mqls-up,,the webinar moved to March,tester,6\n"),
        "{log}"
    );

    let v = status_json(&config, &["--as-of", "2026-02-10"]);
    let mqls = find_kr(&v["objectives"], "mqls-up").unwrap();
    assert_eq!(mqls["confidence"]["value"], 7);
    assert_eq!(mqls["confidence"]["date"], "2026-02-03");
    assert_eq!(mqls["note"]["value"], "the webinar moved to March");
    let survey = find_kr(&v["objectives"], "brand-survey").unwrap();
    close(&survey["value"], 3.5);
    assert_eq!(survey["confidence"]["value"], 8);
    // Time travel: before it was said, nothing was said.
    let v = status_json(&config, &["--as-of", "2026-01-19"]);
    assert!(find_kr(&v["objectives"], "mqls-up").unwrap()["confidence"].is_null());

    let table = okr_on(&config)
        .env("COLUMNS", "120")
        .args(["status", "--as-of", "2026-02-10"])
        .output()
        .unwrap();
    let table = String::from_utf8(table.stdout).unwrap();
    assert!(table.contains("Conf.") && table.contains("7/10"), "{table}");
    okr_on(&config)
        .args(["show", "mqls-up", "--as-of", "2026-02-10"])
        .assert()
        .success()
        .stdout(predicate::str::contains("7/10 on 2026-02-03, trend 6 → 7"))
        .stdout(predicate::str::contains("“the webinar moved to March”"));
    okr_on(&config)
        .args(["log", "mqls-up"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Conf."))
        .stdout(predicate::str::contains("6/10"));
}
