//! Each command's whole answer, just-style: the exit code, stdout and
//! stderr of a real run, compared exactly. The example project (with two
//! check-ins and its cycle closed) at a fixed day and 80 columns, and the
//! fixtures' broken files; one snapshot per run.

use std::path::Path;
use std::process::Output;

use crate::util::*;

/// What one run gave, as a person would read it: `exit: N`, then stdout
/// and stderr, each whole (a missing newline at the end is said).
fn transcript(out: &Output, dir: &Path) -> String {
    let text = |bytes: &[u8]| {
        let mut text = String::from_utf8_lossy(bytes).into_owned();
        // The scratch folder's name changes with every run.
        for path in [dir.to_path_buf(), dir.canonicalize().unwrap()] {
            text = text.replace(&path.display().to_string(), "[project]");
        }
        if !text.is_empty() && !text.ends_with('\n') {
            text.push_str("\n(no newline at the end)\n");
        }
        text
    };
    let code = out
        .status
        .code()
        .map_or_else(|| "none".to_string(), |c| c.to_string());
    format!(
        "exit: {code}\n--- stdout\n{}--- stderr\n{}",
        text(&out.stdout),
        text(&out.stderr)
    )
}

/// `okr ARGS` in `dir`, 80 columns wide.
fn exact(dir: &Path, args: &[&str]) -> String {
    let out = okr()
        .current_dir(dir)
        .env("COLUMNS", "80")
        .args(args)
        .output()
        .unwrap();
    transcript(&out, dir)
}

#[test]
fn every_command_on_the_example() {
    let (dir, config) = example_project(false);
    let cases: [(&str, &[&str]); 12] = [
        ("status", &["status", "--as-of", EXAMPLE_AS_OF]),
        ("check", &["check", "--as-of", EXAMPLE_AS_OF]),
        ("show", &["show", "mql-monthly", "--as-of", EXAMPLE_AS_OF]),
        ("north-star", &["north-star", "--as-of", EXAMPLE_AS_OF]),
        ("metrics", &["metrics"]),
        ("sources", &["sources"]),
        ("experiments", &["experiments", "--as-of", EXAMPLE_AS_OF]),
        ("log", &["log"]),
        ("history", &["history"]),
        ("digest", &["digest", "--as-of", EXAMPLE_AS_OF]),
        ("validate", &["validate"]),
        (
            "report-markdown",
            &["report", "--format", "markdown", "--as-of", EXAMPLE_AS_OF],
        ),
    ];
    for (name, args) in cases {
        let out = in_project(&config, args, 80).output().unwrap();
        insta::assert_snapshot!(name, transcript(&out, dir.path()));
    }
}

#[test]
fn a_toml_file_with_a_typo() {
    insta::assert_snapshot!(
        "bad-toml",
        exact(&fixture("bad-config"), &["status", "-c", "typo.toml"])
    );
}

#[test]
fn a_csv_file_that_cannot_be_read() {
    insta::assert_snapshot!(
        "bad-csv",
        exact(
            &fixture("bad-csv"),
            &["status", "-c", "okrs.toml", "--as-of", "2026-02-15"]
        )
    );
}

#[test]
fn a_flag_that_does_not_exist() {
    let (dir, config) = example_project(false);
    let out = in_project(&config, &["status", "--colour", "never"], 80)
        .output()
        .unwrap();
    insta::assert_snapshot!("bad-flag", transcript(&out, dir.path()));
}

#[test]
fn a_since_after_the_as_of_day_in_each_command_that_takes_one() {
    let (dir, config) = example_project(false);
    let mut all = String::new();
    for command in ["status", "digest", "report"] {
        let args = [command, "--as-of", "2026-11-01", "--since", "2026-11-02"];
        let out = in_project(&config, &args, 80).output().unwrap();
        all.push_str(&format!(
            "$ okr {}\n{}",
            args.join(" "),
            transcript(&out, dir.path())
        ));
    }
    insta::assert_snapshot!("since-after-as-of", all);
}
