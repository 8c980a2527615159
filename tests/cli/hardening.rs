//! No input makes `okr` panic (exit 101): out-of-range numbers are located
//! errors, and a full stderr loses the message, not the exit code.

use std::process::Stdio;

use crate::util::{fixture, okr};

fn assert_no_panic(out: &std::process::Output, code: i32) {
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(code), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
}

#[test]
fn since_far_back_is_a_usage_error() {
    let basic = fixture("basic/okrs.toml");
    let config = basic.to_str().unwrap();
    for since in ["99999999d", "4294967295d", "999999999w"] {
        let out = okr()
            .args(["status", "-c", config, "--since", since])
            .output()
            .unwrap();
        assert_no_panic(&out, 2);
        assert!(String::from_utf8_lossy(&out.stderr).contains("100 years"));
    }
    let out = okr()
        .args([
            "status",
            "-c",
            config,
            "--as-of",
            "2026-02-15",
            "--since",
            "36500d",
        ])
        .output()
        .unwrap();
    assert_no_panic(&out, 0);
}

#[test]
fn a_sqlite_timeout_beyond_a_day_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let body = std::fs::read_to_string(fixture("db/okrs.body.toml")).unwrap();
    std::fs::write(dir.path().join("app.db"), "").unwrap();
    let path = dir.path().join("okrs.toml");
    std::fs::write(
        &path,
        format!("[[sources]]\nname = \"crm\"\nkind = \"sqlite\"\npath = \"app.db\"\nquery = \"select 1\"\ntimeout = 2147484\n\n{body}"),
    )
    .unwrap();
    let out = okr()
        .args(["validate", "-c", path.to_str().unwrap()])
        .output()
        .unwrap();
    assert_no_panic(&out, 2);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("timeout must be at most 86400 seconds"),
        "{stderr}"
    );
}

#[test]
fn a_full_stderr_keeps_the_exit_code() {
    let full = || {
        std::fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .unwrap()
    };
    let basic = fixture("basic/okrs.toml");
    let config = basic.to_str().unwrap();
    for (args, code) in [
        (vec!["status", "-c", "/nonexistent.toml"], 2),
        (vec!["nope"], 2),
        (vec!["validate", "-c", config, "--as-of", "2026-02-15"], 0),
        (vec!["status", "-c", config, "--since", "99999999d"], 2),
        (vec!["close", "-c", config, "--as-of", "2026-02-15"], 2),
        (vec!["history", "-c", config], 0),
    ] {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_okr"))
            .args(&args)
            .env("NO_COLOR", "1")
            .stdout(Stdio::null())
            .stderr(Stdio::from(full()))
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(code), "{args:?}");
    }
}

fn validate_text(text: &str) -> (i32, String) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("okrs.toml");
    std::fs::write(&path, text).unwrap();
    let out = okr()
        .args(["validate", "-c", path.to_str().unwrap()])
        .timeout(std::time::Duration::from_secs(20))
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(!stderr.contains("panicked"), "{stderr}");
    (out.status.code().unwrap_or(-1), stderr)
}

const OBJECTIVE: &str = r#"
[[objectives]]
id = "o"
title = "O"
weight = WEIGHT
  [[objectives.key_results]]
  id = "k"
  title = "K"
  done = false
"#;

#[test]
fn a_ten_thousand_year_cycle_is_refused() {
    let text = format!(
        "[cycle]\nname = \"forever\"\nstart = 0001-01-01\nend = 9999-12-31\n{}",
        OBJECTIVE.replace("WEIGHT", "1")
    );
    let (code, stderr) = validate_text(&text);
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("longer than 10 years"), "{stderr}");
    let ten = format!(
        "[cycle]\nname = \"decade\"\nstart = 2026-01-01\nend = 2035-12-31\n{}",
        OBJECTIVE.replace("WEIGHT", "1")
    );
    assert_eq!(validate_text(&ten).0, 0);
}

#[test]
fn weights_beyond_a_million_are_refused() {
    let cycle = "[cycle]\nname = \"q\"\nstart = 2026-01-01\nend = 2026-03-31\n";
    let (code, stderr) = validate_text(&format!("{cycle}{}", OBJECTIVE.replace("WEIGHT", "1e308")));
    assert_eq!(code, 2, "{stderr}");
    assert!(
        stderr.contains("weight must be at most 1000000"),
        "{stderr}"
    );
    assert_eq!(
        validate_text(&format!("{cycle}{}", OBJECTIVE.replace("WEIGHT", "1e6"))).0,
        0
    );
}
