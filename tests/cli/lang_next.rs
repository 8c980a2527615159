//! `okr next` and `okr history` in Swedish: the lines about each key
//! result (on the terminal and in the comment written into the new OKR
//! file) and the notes about skipped records come from the catalogue, and
//! no English word of these messages is left.

use std::collections::BTreeSet;

use crate::util::*;

/// The English words of the `cmd-next-...` and `hist-note-...` messages
/// that say what happened to a key result or a record (not "experiment",
/// which Swedish spells the same).
const ENGLISH: &[&str] = &[
    "key",
    "result",
    "done",
    "objective",
    "finished",
    "learning",
    "record",
    "removed",
    "closed",
    "sum",
    "cycle",
    "starts",
    "again",
    "kept",
    "closing",
    "value",
    "none",
    "threshold",
    "carried",
    "over",
    "skipped",
];

/// The words of `text`, backticked ids and TOML keys left out.
fn words(text: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for (i, part) in text.split('`').enumerate() {
        if i % 2 == 1 {
            continue; // an id
        }
        for w in part.split(|c: char| !c.is_alphanumeric()) {
            if !w.is_empty() {
                out.insert(w.to_lowercase());
            }
        }
    }
    out
}

/// The lines of the `next` output that speak about key results: the
/// listed ones (indented) and the comments the diff adds.
fn message_lines(stdout: &str, stderr: &str) -> Vec<String> {
    let listed = stderr.lines().filter(|l| l.starts_with("  "));
    let comments = stdout
        .lines()
        .filter(|l| l.starts_with('+') && l.trim_start_matches('+').trim_start().starts_with('#'))
        .filter(|l| !l.contains("---"));
    listed.chain(comments).map(str::to_string).collect()
}

fn next_dry_run(lang: &str) -> (String, String) {
    let (_dir, config) = example_project(false);
    let out = in_project(
        &config,
        &[
            "next",
            "2027-Q1",
            "--start",
            "2027-01-01",
            "--end",
            "2027-03-31",
            "--dry-run",
            "--lang",
            lang,
        ],
        120,
    )
    .output()
    .unwrap();
    assert_ok(&out);
    (
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

#[test]
fn next_speaks_swedish_about_each_key_result() {
    let (en_out, en_err) = next_dry_run("en");
    let english = message_lines(&en_out, &en_err);
    // The test sees the English it looks for.
    assert!(
        english.iter().any(|l| l.contains("carried over from")),
        "{english:#?}"
    );
    assert!(english.iter().any(|l| l.contains("(done)")), "{english:#?}");

    let (sv_out, sv_err) = next_dry_run("sv");
    let swedish = message_lines(&sv_out, &sv_err);
    assert_eq!(swedish.len(), english.len(), "{swedish:#?}");
    assert!(
        swedish.iter().any(|l| l.contains("överfört från 2026-Q4")),
        "{swedish:#?}"
    );
    assert!(
        swedish.iter().any(|l| l.contains("nyckelresultat `")),
        "{swedish:#?}"
    );
    let left: Vec<String> = swedish
        .iter()
        .flat_map(|l| words(l))
        .filter(|w| ENGLISH.contains(&w.as_str()))
        .collect();
    assert!(left.is_empty(), "English left: {left:?} in {swedish:#?}");
}

#[test]
fn history_says_in_swedish_that_a_record_is_skipped() {
    let (dir, config) = example_project(false);
    std::fs::write(dir.path().join("broken.review.json"), "{").unwrap();
    let out = in_project(&config, &["history", "--lang", "sv"], 120)
        .output()
        .unwrap();
    assert_ok(&out);
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("okr: hoppade över: "), "{err}");
    assert!(!err.contains("skipped"), "{err}");
}
