//! Helpers shared by the CLI tests.

use std::path::{Path, PathBuf};

use assert_cmd::Command;

/// Copies the folder `from` to `to`, subfolders and all.
pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

pub fn fixture(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(path)
}

/// The day the example project is evaluated at in tests.
pub const EXAMPLE_AS_OF: &str = "2026-11-20";

/// The example in a scratch directory, its titles made long when `wide`,
/// with two check-ins and the cycle closed: (dir, OKR file).
pub fn example_project(wide: bool) -> (tempfile::TempDir, PathBuf) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = tempfile::tempdir().unwrap();
    for sub in ["data", "teams"] {
        copy_dir(
            &root.join("examples").join(sub),
            &dir.path().join("examples").join(sub),
        );
    }
    let mut text = std::fs::read_to_string(root.join("okrs.example.toml")).unwrap();
    if wide {
        text = text.replace(
            "title = \"",
            "title = \"A deliberately long title, for terminals that are narrow, so that it must wrap: ",
        );
    }
    let config = dir.path().join("okrs.toml");
    std::fs::write(&config, text).unwrap();
    let note = if wide {
        "the survey panel was smaller than planned, and two regions answered late; the next wave runs in December"
    } else {
        "first survey wave"
    };
    for (date, value) in [("2026-11-02", "3.4"), ("2026-11-16", "1234.5")] {
        in_project(
            &config,
            &[
                "checkin",
                "brand-survey",
                value,
                "--date",
                date,
                "--note",
                note,
                "--confidence",
                "7",
                "--as-of",
                EXAMPLE_AS_OF,
            ],
            80,
        )
        .assert()
        .success();
    }
    in_project(&config, &["close", "--as-of", "2027-01-05"], 80)
        .assert()
        .success();
    (dir, config)
}

/// `okr ARGS -c okrs.toml` in the folder of `config`, `columns` wide.
pub fn in_project(config: &Path, args: &[&str], columns: usize) -> Command {
    let mut cmd = okr();
    // Relative paths and a fixed author: the same drawing on every machine.
    cmd.current_dir(config.parent().unwrap())
        .env("COLUMNS", columns.to_string())
        .env("GIT_CONFIG_COUNT", "1")
        .env("GIT_CONFIG_KEY_0", "user.name")
        .env("GIT_CONFIG_VALUE_0", "Ada Lovelace")
        .args(args)
        .args(["-c", "okrs.toml"]);
    cmd
}

/// `okr` with a clean environment: no colors, no config from the caller.
pub fn okr() -> Command {
    let mut cmd = Command::cargo_bin("okr").unwrap();
    cmd.env_remove("OKR_CONFIG")
        .env_remove("CLICOLOR_FORCE")
        .env("NO_COLOR", "1")
        .env("COLUMNS", "120");
    cmd
}

/// Fails the calling test unless the run exited 0, showing what it wrote.
#[track_caller]
pub fn assert_ok(out: &std::process::Output) {
    assert_eq!(
        out.status.code(),
        Some(0),
        "--- stdout\n{}--- stderr\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

pub fn json_of(args: &[&str]) -> serde_json::Value {
    let out = okr().args(args).output().unwrap();
    assert!(
        out.status.code() == Some(0) || out.status.code() == Some(1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

pub fn close(a: &serde_json::Value, b: f64) {
    let a = a.as_f64().unwrap_or_else(|| panic!("not a number: {a}"));
    assert!((a - b).abs() < 1e-12, "{a} != {b}");
}

pub fn find_kr<'a>(objs: &'a serde_json::Value, id: &str) -> Option<&'a serde_json::Value> {
    for o in objs.as_array()? {
        for k in o["key_results"].as_array()? {
            if k["id"] == id {
                return Some(k);
            }
        }
        if let Some(k) = find_kr(&o["objectives"], id) {
            return Some(k);
        }
    }
    None
}
