//! Hostile repositories (DESIGN.md section 1.3): an OKR file from a pull
//! request names only files inside its project; anything else is refused
//! with exit 2, quickly, and no message shows a byte of the refused file.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::util::{assert_ok, okr};

/// A secret that CI would hold in its environment.
const SECRET: &str = "hunter2-do-not-print";

/// A project in a temporary directory: `okrs.toml` with `head` in front of
/// one objective with a manual key result.
fn project(head: &str) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("okrs.toml");
    std::fs::write(&path, format!("{head}\n{BODY}")).unwrap();
    (dir, path)
}

const BODY: &str = r#"
[cycle]
name = "2026-Q1"
start = 2026-01-01
end = 2026-03-31

[[objectives]]
id = "o"
title = "An objective"

  [[objectives.key_results]]
  id = "survey"
  title = "A survey"
  start = 1
  target = 2
  current = 1.5
  updated = 2026-01-10
"#;

/// Runs `okr ARGS -c okrs.toml` in `dir` with the secret in the
/// environment: the exit code and stderr, checked for no leak and no panic.
fn run(dir: &Path, args: &[&str]) -> (i32, String) {
    let started = Instant::now();
    let out = okr()
        .current_dir(dir)
        .env("OKR_TEST_SECRET", SECRET)
        .args(args)
        .args(["-c", "okrs.toml", "--as-of", "2026-02-15"])
        .timeout(Duration::from_secs(20))
        .output()
        .unwrap();
    assert!(
        started.elapsed() < Duration::from_secs(15),
        "{args:?} took {:?}",
        started.elapsed()
    );
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(
        !stderr.contains(SECRET) && !stdout.contains(SECRET),
        "leaked:\n{stderr}{stdout}"
    );
    assert!(!stderr.contains("password"), "leaked:\n{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
    (out.status.code().unwrap_or(-1), stderr)
}

fn assert_refused(dir: &Path, args: &[&str], expected: &str) {
    let (code, stderr) = run(dir, args);
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains(expected), "{stderr}");
    assert!(stderr.contains("hint: "), "{stderr}");
}

#[test]
fn an_include_of_proc_self_environ_is_refused_without_its_content() {
    let (dir, _) = project(r#"include = ["/proc/self/environ"]"#);
    assert_refused(dir.path(), &["validate"], "outside the project root");
    assert_refused(dir.path(), &["status"], "outside the project root");
}

#[test]
fn a_symlinked_checkin_log_outside_is_refused() {
    let (dir, _) = project("");
    std::os::unix::fs::symlink("/proc/self/environ", dir.path().join("checkins.csv")).unwrap();
    assert_refused(dir.path(), &["status"], "the check-in log");
    assert_refused(
        dir.path(),
        &["checkin", "survey", "1.7"],
        "the check-in log",
    );
    // A log that points at nothing is not created through its link.
    std::fs::remove_file(dir.path().join("checkins.csv")).unwrap();
    let elsewhere = tempfile::tempdir().unwrap();
    let target = elsewhere.path().join("created.csv");
    std::os::unix::fs::symlink(&target, dir.path().join("checkins.csv")).unwrap();
    assert_refused(
        dir.path(),
        &["checkin", "survey", "1.7"],
        "symlink to nothing",
    );
    assert!(!target.exists());
}

#[test]
fn a_source_outside_the_project_is_refused_unless_allowed() {
    let outside = tempfile::tempdir().unwrap();
    let netrc = outside.path().join(".netrc");
    std::fs::write(
        &netrc,
        "machine example password hunter2\ndate,metric,value\n",
    )
    .unwrap();
    let head = format!(
        "[[sources]]\nname = \"web\"\npath = {:?}\nskip_rows = 1\n[metrics.visits]\nsource = \"web\"\n",
        netrc.display().to_string()
    );
    let (dir, _) = project(&head);
    assert_refused(dir.path(), &["validate"], "source `web`'s file");
    assert_refused(dir.path(), &["status"], "outside the project root");
    // The person running okr may allow it, by flag or variable.
    let allow = outside.path().to_str().unwrap();
    let (code, stderr) = run(dir.path(), &["validate", "--allow-path", allow]);
    assert_eq!(code, 0, "{stderr}");
    let out = okr()
        .current_dir(dir.path())
        .env("OKR_ALLOW_PATHS", format!("/nonexistent:{allow}"))
        .args(["validate", "-c", "okrs.toml"])
        .output()
        .unwrap();
    assert_ok(&out);
}

#[test]
fn the_project_root_is_the_git_work_tree() {
    let repo = tempfile::tempdir().unwrap();
    std::fs::create_dir(repo.path().join(".git")).unwrap();
    std::fs::create_dir_all(repo.path().join("okr")).unwrap();
    std::fs::create_dir_all(repo.path().join("data")).unwrap();
    std::fs::write(
        repo.path().join("data/web.csv"),
        "date,metric,value\n2026-01-05,visits,3\n",
    )
    .unwrap();
    let head = "[[sources]]\nname = \"web\"\npath = \"../data/web.csv\"\n[metrics.visits]\nsource = \"web\"\n";
    std::fs::write(repo.path().join("okr/okrs.toml"), format!("{head}\n{BODY}")).unwrap();
    let (code, stderr) = run(&repo.path().join("okr"), &["validate"]);
    assert_eq!(code, 0, "{stderr}");
}

#[test]
fn devices_fifos_and_symlink_loops_do_not_hang() {
    let (dir, path) = project(r#"include = ["/dev/zero"]"#);
    assert_refused(dir.path(), &["validate"], "outside the project root");
    // A FIFO inside the project is no file either.
    let fifo = dir.path().join("pipe.csv");
    assert!(std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap()
        .success());
    let head =
        "[[sources]]\nname = \"web\"\npath = \"pipe.csv\"\n[metrics.visits]\nsource = \"web\"\n";
    std::fs::write(&path, format!("{head}\n{BODY}")).unwrap();
    assert_refused(dir.path(), &["status"], "not a regular file");
    // A directory symlink loop is not followed by a glob.
    std::fs::create_dir(dir.path().join("t")).unwrap();
    std::os::unix::fs::symlink(".", dir.path().join("t/a")).unwrap();
    std::fs::write(dir.path().join("t/team.toml"), "").unwrap();
    std::fs::write(
        &path,
        format!("include = [\"t/**/*.toml\", \"t/*/*.toml\"]\n{BODY}"),
    )
    .unwrap();
    let (code, stderr) = run(dir.path(), &["validate"]);
    assert_eq!(code, 0, "{stderr}");
    // The main file named by the person may be a device: bounded, not read forever.
    let out = okr()
        .args(["validate", "-c", "/dev/zero"])
        .timeout(Duration::from_secs(20))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("too large"));
}

#[test]
fn a_tz_naming_a_device_is_ignored() {
    let (dir, _) = project("");
    let out = okr()
        .current_dir(dir.path())
        .env("TZ", ":/dev/zero")
        .args(["status", "-c", "okrs.toml"])
        .timeout(Duration::from_secs(20))
        .output()
        .unwrap();
    assert_ok(&out);
}

#[test]
fn includes_deeper_than_eight_are_an_error() {
    let (dir, path) = project(r#"include = ["d1.toml"]"#);
    for i in 1..=9 {
        std::fs::write(
            dir.path().join(format!("d{i}.toml")),
            format!("include = [\"d{}.toml\"]\n", i + 1),
        )
        .unwrap();
    }
    std::fs::write(dir.path().join("d10.toml"), "").unwrap();
    let _ = path;
    assert_refused(
        dir.path(),
        &["validate"],
        "includes nest deeper than 8 files",
    );
}

#[test]
fn ten_thousand_includes_load_in_seconds() {
    let (dir, path) = project(r#"include = ["teams/*.toml"]"#);
    let teams = dir.path().join("teams");
    std::fs::create_dir(&teams).unwrap();
    for i in 0..10_000 {
        std::fs::write(teams.join(format!("t{i:05}.toml")), "").unwrap();
    }
    let _ = path;
    let started = Instant::now();
    let (code, stderr) = run(dir.path(), &["validate"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(
        started.elapsed() < Duration::from_secs(10),
        "{:?}",
        started.elapsed()
    );
    std::fs::write(teams.join("one-too-many.toml"), "").unwrap();
    assert_refused(dir.path(), &["validate"], "more than 10000 files");
}

#[test]
fn a_found_okrs_toml_that_links_outside_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    std::os::unix::fs::symlink("/proc/self/environ", dir.path().join("okrs.toml")).unwrap();
    std::fs::create_dir(dir.path().join("sub")).unwrap();
    let out = okr()
        .current_dir(dir.path().join("sub"))
        .env("OKR_TEST_SECRET", SECRET)
        .args(["status"])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("the OKR file"), "{stderr}");
    assert!(!stderr.contains(SECRET), "{stderr}");
}

#[test]
fn git_files_of_the_work_tree_are_refused() {
    let repo = tempfile::tempdir().unwrap();
    std::fs::create_dir(repo.path().join(".git")).unwrap();
    // Where a CI checkout keeps its token.
    std::fs::write(
        repo.path().join(".git/config"),
        format!("[http]\n\textraheader = AUTHORIZATION: basic {SECRET}\n"),
    )
    .unwrap();
    std::fs::write(
        repo.path().join("okrs.toml"),
        format!("include = [\".git/config\"]\n{BODY}"),
    )
    .unwrap();
    assert_refused(repo.path(), &["validate"], "inside the git directory");
    let head = "[[sources]]\nname = \"web\"\npath = \".git/config\"\nskip_rows = 1\n[metrics.visits]\nsource = \"web\"\n";
    std::fs::write(repo.path().join("okrs.toml"), format!("{head}\n{BODY}")).unwrap();
    assert_refused(repo.path(), &["status"], "inside the git directory");
    // A glob over the whole tree does not walk into .git.
    std::fs::write(repo.path().join(".git/x.toml"), "").unwrap();
    std::fs::write(
        repo.path().join("okrs.toml"),
        format!("include = [\"**/*.toml\"]\n{BODY}"),
    )
    .unwrap();
    let (code, stderr) = run(repo.path(), &["validate"]);
    assert_eq!(code, 0, "{stderr}");
}

#[test]
fn a_cycle_record_linked_out_of_the_project_is_not_written_through() {
    let (dir, _) = project("");
    let outside = tempfile::tempdir().unwrap();
    let victim = outside.path().join("bashrc");
    std::fs::write(&victim, "# mine\n").unwrap();
    std::os::unix::fs::symlink(&victim, dir.path().join("2026-Q1.review.json")).unwrap();
    assert_refused(dir.path(), &["close", "--force"], "the cycle's record");
    assert_eq!(std::fs::read_to_string(&victim).unwrap(), "# mine\n");
    // Without the link, the record is written.
    std::fs::remove_file(dir.path().join("2026-Q1.review.json")).unwrap();
    let (code, stderr) = run(dir.path(), &["close", "--force"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(dir.path().join("2026-Q1.review.json").is_file());
}
