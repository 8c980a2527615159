//! What makes the CLI feel finished: completions, man page, examples in
//! every `--help`, broken pipes, colors and narrow terminals.

use std::io::{BufRead, BufReader};
use std::process::Stdio;

use predicates::prelude::*;

use crate::util::*;

fn example() -> String {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("okrs.example.toml")
        .to_string_lossy()
        .into_owned()
}

#[test]
fn completions_for_every_shell() {
    okr()
        .args(["completions", "bash"])
        .assert()
        .success()
        .stdout(predicate::str::contains("_okr()"))
        .stdout(predicate::str::contains("complete -F _okr"));
    for shell in ["zsh", "fish", "powershell", "elvish"] {
        okr()
            .args(["completions", shell])
            .assert()
            .success()
            .stdout(predicate::str::contains("okr"));
    }
    okr().args(["completions", "tcsh"]).assert().code(2);
}

#[test]
fn man_page_prints_roff_or_writes_one_page_per_command() {
    okr()
        .arg("man")
        .assert()
        .success()
        .stdout(predicate::str::starts_with(".ie"))
        .stdout(predicate::str::contains(".TH okr 1"))
        .stdout(predicate::str::contains("okr\\-show(1)"));
    let dir = tempfile::tempdir().unwrap();
    okr()
        .args(["man", "--dir"])
        .arg(dir.path())
        .assert()
        .success()
        .stdout("");
    for page in ["okr.1", "okr-status.1", "okr-show.1", "okr-completions.1"] {
        assert!(dir.path().join(page).is_file(), "{page}");
    }
    okr()
        .args(["man", "--dir"])
        .arg(dir.path().join("nope"))
        .assert()
        .code(2)
        .stderr(predicate::str::contains("is not a directory"));
}

#[test]
fn every_command_has_examples_in_its_help() {
    use clap::CommandFactory;
    let cli = okr::cli::Cli::command();
    let names: Vec<String> = cli
        .get_subcommands()
        .map(|c| c.get_name().to_string())
        .collect();
    assert!(names.len() >= 7, "{names:?}");
    for name in names {
        okr()
            .args([name.as_str(), "--help"])
            .assert()
            .success()
            .stdout(predicate::str::contains("Examples:\n  okr "));
    }
}

/// An OKR file with `n` manual key results: no data files needed, output
/// as large as wanted.
fn many_key_results(n: usize) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let mut toml = String::from(
        "[cycle]\nname = \"2026-Q1\"\nstart = 2026-01-01\nend = 2026-03-31\n\n\
         [[objectives]]\nid = \"big\"\ntitle = \"A very large objective\"\n",
    );
    for i in 0..n {
        toml.push_str(&format!(
            "\n  [[objectives.key_results]]\n  id = \"kr-{i}\"\n  \
             title = \"Key result number {i} with a title long enough to wrap somewhere\"\n  \
             start = 0\n  target = 100\n  current = {}\n  updated = 2026-02-01\n",
            i % 100
        ));
    }
    std::fs::write(dir.path().join("okrs.toml"), toml).unwrap();
    dir
}

#[test]
fn a_closed_pipe_exits_0_quietly() {
    let dir = many_key_results(2000);
    let config = dir.path().join("okrs.toml");
    for format in ["table", "csv", "json"] {
        let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("okr"))
            .args(["status", "--as-of", "2026-02-15", "--format", format, "-c"])
            .arg(&config)
            .env("NO_COLOR", "1")
            .env("COLUMNS", "100")
            .env_remove("OKR_CONFIG")
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        // `okr status | head -1`: read one line, then close the pipe.
        let stdout = child.stdout.take().unwrap();
        let mut first = String::new();
        BufReader::new(stdout).read_line(&mut first).unwrap();
        assert!(!first.is_empty());
        let out = child.wait_with_output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{format}");
        assert_eq!(String::from_utf8_lossy(&out.stderr), "", "{format}");
    }
    // The output really is larger than a pipe's buffer (64 KiB).
    let full = okr()
        .args(["status", "--as-of", "2026-02-15", "--format", "csv", "-c"])
        .arg(&config)
        .output()
        .unwrap();
    assert!(full.stdout.len() > 256 * 1024, "{}", full.stdout.len());
}

#[test]
fn color_follows_the_flag_and_no_color() {
    let args = ["status", "-c", &example(), "--as-of", "2026-11-20"];
    let has_escape = |out: std::process::Output| out.stdout.contains(&0x1b);
    // `okr()` sets NO_COLOR: --color always still colors.
    assert!(has_escape(
        okr()
            .args(args)
            .args(["--color", "always"])
            .output()
            .unwrap()
    ));
    assert!(!has_escape(
        okr().args(args).args(["--color", "auto"]).output().unwrap()
    ));
    assert!(!has_escape(
        okr()
            .args(args)
            .args(["--color", "never"])
            .env_remove("NO_COLOR")
            .output()
            .unwrap()
    ));
    // Not a terminal: no colors with auto, even without NO_COLOR.
    assert!(!has_escape(
        okr().args(args).env_remove("NO_COLOR").output().unwrap()
    ));
    // Errors and other formats stay plain too.
    let out = okr()
        .args(args)
        .args(["--color", "always", "--format", "csv"])
        .output()
        .unwrap();
    assert!(!has_escape(out));
}

#[test]
fn the_status_table_fits_narrow_terminals() {
    for columns in [100, 80, 60, 40] {
        let out = okr()
            .env("COLUMNS", columns.to_string())
            .args(["status", "-c", &example(), "--as-of", "2026-11-20"])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0));
        let text = String::from_utf8(out.stdout).unwrap();
        for line in text.lines() {
            assert!(
                unicode_width::UnicodeWidthStr::width(line) <= columns,
                "wider than {columns}: {line:?}\n{text}"
            );
        }
        // Every key result is still there, and its status.
        for title in ["Hand sales", "Grow MQLs", "Lift NPS"] {
            assert!(text.contains(title), "{columns}: {title}\n{text}");
        }
        assert!(text.contains("guardrail-"), "{text}");
    }
}
