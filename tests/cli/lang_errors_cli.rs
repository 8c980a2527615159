//! The commands' own refusals in the reader's language (issues #18, #24):
//! `--since` after `--as-of`, an empty `--fail-on`, an unknown id, a cycle
//! closed early, a report file of no known format, `okr next`'s checks and
//! a missing `[north_star]`, in Swedish, pinned exactly; English unchanged;
//! and no English word of these messages left in Swedish.

use std::path::Path;

use crate::util::{copy_dir, fixture, okr};

/// `okr ARGS --lang LANG` (no language: English) in `dir`: (exit, stderr).
fn run(dir: &Path, args: &[&str], lang: Option<&str>) -> (i32, String) {
    let mut cmd = okr();
    cmd.current_dir(dir).env_remove("OKR_LANG").args(args);
    if let Some(lang) = lang {
        cmd.args(["--lang", lang]);
    }
    let out = cmd.output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// Every refusal of this test, each as `$ args` and its stderr, in `lang`.
fn refusals(lang: Option<&str>) -> String {
    let basic = fixture("basic");
    let check = fixture("check");
    // `[check] fail_on = []`: the only way to an empty --fail-on.
    let scratch = tempfile::tempdir().unwrap();
    copy_dir(&basic, scratch.path());
    let main = scratch.path().join("okrs.toml");
    let text = std::fs::read_to_string(&main).unwrap();
    std::fs::write(&main, format!("{text}\n[check]\nfail_on = []\n")).unwrap();
    // Experiments, in a copy: `okr experiment` edits its files.
    let report = tempfile::tempdir().unwrap();
    copy_dir(&fixture("report"), report.path());
    let cases: [(&Path, &[&str]); 11] = [
        (
            &basic,
            &[
                "status",
                "-c",
                "okrs.toml",
                "--as-of",
                "2026-02-15",
                "--since",
                "2026-03-01",
            ],
        ),
        (
            scratch.path(),
            &["check", "-c", "okrs.toml", "--as-of", "2026-02-15"],
        ),
        (
            &basic,
            &["show", "nope", "-c", "okrs.toml", "--as-of", "2026-02-15"],
        ),
        (
            &basic,
            &["close", "-c", "okrs.toml", "--as-of", "2026-02-15"],
        ),
        (
            &basic,
            &[
                "report",
                "-c",
                "okrs.toml",
                "--as-of",
                "2026-02-15",
                "-o",
                "review.pdf",
            ],
        ),
        (
            &check,
            &["north-star", "-c", "okrs.toml", "--as-of", "2026-02-15"],
        ),
        (
            &check,
            &[
                "next",
                "2026-Q2",
                "--start",
                "2026-04-01",
                "--end",
                "2026-03-01",
                "-c",
                "okrs.toml",
            ],
        ),
        (
            &check,
            &[
                "next",
                "2026-Q1",
                "--start",
                "2026-04-01",
                "--end",
                "2026-06-30",
                "-c",
                "okrs.toml",
            ],
        ),
        (
            &check,
            &[
                "next",
                "2026-Q2",
                "--start",
                "2026-03-01",
                "--end",
                "2026-06-30",
                "-c",
                "okrs.toml",
            ],
        ),
        (
            &check,
            &[
                "next",
                "2026-Q2",
                "--start",
                "2026-04-01",
                "--end",
                "2026-06-30",
                "-c",
                "okrs.toml",
            ],
        ),
        (
            report.path(),
            &["experiment", "start", "pipeline", "-c", "okrs.toml"],
        ),
    ];
    let mut all = String::new();
    for (dir, args) in cases {
        let (code, stderr) = run(dir, args, lang);
        assert_eq!(code, 2, "{args:?}: {stderr}");
        all.push_str(&format!("$ {}\n{stderr}", args.join(" ")));
    }
    all
}

#[test]
fn the_commands_refusals_in_swedish() {
    insta::assert_snapshot!("cli-refusals-sv", refusals(Some("sv")));
}

#[test]
fn the_commands_refusals_stay_english_in_english() {
    let en = refusals(None);
    for line in [
        "error: --since 2026-03-01 is after the as-of date 2026-02-15\n",
        "error: --fail-on is empty: the check could never fail\n  = hint: name statuses, e.g. --fail-on off-track,stalled,guardrail-breached\n",
        "error: no key result or objective has the id `nope`\n",
        "error: the cycle 2026-Q1 runs until 2026-03-31: it cannot be closed on 2026-02-15\n  = hint: close it from 2026-03-31 on, or pass --force to close it early with the numbers as of 2026-02-15\n",
        "error: cannot tell the format from the file name review.pdf\n  = hint: name it .html or .md, or pass --format html|markdown (for a PDF, print the HTML)\n",
        "error: okrs.toml has no [north_star]\n  = hint: add [north_star] with name, metric, grain and target (see README: North Star)\n",
        "error: the next cycle ends (2026-03-01) before it starts (2026-04-01)\n  = hint: --end is the last day of the cycle, on or after --start\n",
        "error: the next cycle cannot have the current cycle's name `2026-Q1`\n  = hint: name it after its quarter, e.g. 2027-Q1\n",
        "error: the next cycle starts on 2026-03-01, before the current one ends (2026-03-31)\n  = hint: start it on or after 2026-04-01\n",
        "error: 2026-Q1 has no record yet: its numbers would be lost\n",
        "error: `pipeline` is an objective, not an experiment\n  = hint: `okr experiments` lists the experiments\n",
    ] {
        assert!(en.contains(line), "{line}\n---\n{en}");
    }
}

/// The English words of the messages this test raises (en.ftl: `ed-cli-`,
/// `ed-since-after-as-of`, `ed-unknown-id`), outside placeholders and
/// backticks.
fn english_words() -> Vec<String> {
    let catalogue =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/i18n/en.ftl")).unwrap();
    // Interface (TOML keys, commands, formats) or the same in Swedish.
    const SAME: &[&str] = &[
        "okr",
        "next",
        "close",
        "readme",
        "north",
        "star",
        "name",
        "metric",
        "grain",
        "target",
        "html",
        "markdown",
        "pdf",
        "mkdir",
        "man",
        "utf",
        "csv",
        "status",
        "per",
        "segment",
        "experiment",
    ];
    let mut words = Vec::new();
    let mut mine = false;
    for line in catalogue.lines() {
        let text = if let Some(attribute) = line.strip_prefix("    .") {
            if !mine {
                continue;
            }
            attribute.split_once(" = ").map_or("", |(_, t)| t)
        } else {
            let Some((id, text)) = line.split_once(" = ") else {
                mine = false;
                continue;
            };
            mine =
                id.starts_with("ed-cli-") || id == "ed-since-after-as-of" || id == "ed-unknown-id";
            if !mine {
                continue;
            }
            text
        };
        let mut plain = String::new();
        let (mut placeholder, mut ticked) = (0, false);
        for c in text.chars() {
            match c {
                '{' => placeholder += 1,
                '}' => placeholder -= 1,
                '`' if placeholder == 0 => ticked = !ticked,
                _ if placeholder == 0 && !ticked => plain.push(c),
                _ => {}
            }
        }
        for word in without_flags(&plain).split(|c: char| !c.is_alphabetic()) {
            let word = word.to_lowercase();
            if word.len() >= 3 && !SAME.contains(&word.as_str()) && !words.contains(&word) {
                words.push(word);
            }
        }
    }
    words
}

/// `text` without flag names (`--fail-on`, `--as-of`): interface.
fn without_flags(text: &str) -> String {
    text.split(' ')
        .filter(|w| !w.trim_start_matches('(').starts_with("--"))
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn no_english_word_is_left_in_the_swedish_refusals() {
    let english = english_words();
    assert!(english.len() > 60, "{english:?}");
    let text = refusals(Some("sv"));
    let mut plain = String::new();
    for line in text.lines() {
        // The command lines are the user's.
        if line.starts_with("$ ") {
            continue;
        }
        let mut ticked = false;
        for c in line.chars() {
            match c {
                '`' => ticked = !ticked,
                _ if !ticked => plain.push(c),
                _ => {}
            }
        }
        plain.push('\n');
    }
    let plain = without_flags(&plain.replace('\n', " \n "));
    let left: Vec<&String> = english
        .iter()
        .filter(|w| {
            plain
                .split(|c: char| !c.is_alphabetic())
                .any(|p| p.to_lowercase() == **w)
        })
        .collect();
    assert!(left.is_empty(), "English left: {left:?}\n{text}");
}
