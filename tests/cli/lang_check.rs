//! `okr check`, `digest`, `experiments` and `metrics` in every language
//! okr speaks (snapshots at a fixed `--as-of`), and no English word of
//! these commands left in their Swedish output.
//!
//! The example runs without its `locale = "sv-SE"`, so numbers and dates
//! follow the language (31.3.2026 in Finnish). The sentences under each
//! finding (reasons) and a few cells of the digest belong to other parts
//! of the translation (`reason.rs`, `cells.rs`); the test of English words
//! skips them by their place, not by their words.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use crate::util::*;

const LANGS: [&str; 5] = ["en", "sv", "nb", "da", "fi"];

/// The example in a temporary folder, its `locale` line removed.
fn example() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for sub in ["examples/data", "examples/teams"] {
        copy_dir(&root.join(sub), &dir.path().join(sub));
    }
    let text = std::fs::read_to_string(root.join("okrs.example.toml")).unwrap();
    let text: String = text
        .lines()
        .filter(|l| !l.trim_start().starts_with("locale"))
        .map(|l| format!("{l}\n"))
        .collect();
    assert!(
        !text.contains("locale ="),
        "the example still names a locale"
    );
    std::fs::write(dir.path().join("okrs.toml"), text).unwrap();
    dir
}

fn run(config: &Path, args: &[&str], columns: &str) -> String {
    let out = okr()
        .env("COLUMNS", columns)
        .env_remove("OKR_LANG")
        .args(args)
        .arg("-c")
        .arg(config)
        .output()
        .unwrap();
    assert!(
        matches!(out.status.code(), Some(0 | 1)),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

fn check_fixture() -> PathBuf {
    fixture("check/okrs.toml")
}

/// The GitHub annotations name the OKR file by its path from here: the
/// fixture's, the same on every machine.
fn check(lang: &str, format: &str, columns: &str) -> String {
    run(
        &check_fixture(),
        &[
            "check",
            "--as-of",
            "2026-02-15",
            "--format",
            format,
            "--lang",
            lang,
        ],
        columns,
    )
}

#[test]
fn check_in_every_language() {
    for lang in LANGS {
        insta::assert_snapshot!(
            format!("lang_check_text_{lang}"),
            check(lang, "text", "100")
        );
        insta::assert_snapshot!(
            format!("lang_check_github_{lang}"),
            check(lang, "github", "100")
        );
    }
}

#[test]
fn digest_experiments_and_metrics_in_every_language() {
    let dir = example();
    let config = dir.path().join("okrs.toml");
    for lang in LANGS {
        let at = ["--as-of", "2026-11-20", "--lang", lang];
        let digest = run(&config, &[&["digest"][..], &at].concat(), "100");
        insta::assert_snapshot!(format!("lang_digest_text_{lang}"), digest);
        let board = run(&config, &[&["experiments"][..], &at].concat(), "120");
        insta::assert_snapshot!(format!("lang_experiments_{lang}"), board);
        let metrics = run(&config, &["metrics", "--lang", lang], "120");
        insta::assert_snapshot!(format!("lang_metrics_{lang}"), metrics);
    }
}

/// Tables in every language fit 80 and 120 columns.
#[test]
fn tables_fit_in_every_language() {
    use unicode_width::UnicodeWidthStr;
    let dir = example();
    let config = dir.path().join("okrs.toml");
    for lang in LANGS {
        for width in [80usize, 120] {
            let columns = width.to_string();
            for args in [
                vec!["experiments", "--as-of", "2026-11-20"],
                vec!["metrics"],
                vec!["sources"],
                vec!["digest", "--as-of", "2026-11-20"],
            ] {
                let text = run(&config, &[&args[..], &["--lang", lang]].concat(), &columns);
                for line in text.lines() {
                    assert!(
                        line.width() <= width,
                        "{lang} {args:?} at {width}: {line:?} is {} wide",
                        line.width()
                    );
                }
            }
            for line in check(lang, "text", &columns).lines() {
                assert!(line.width() <= width, "{lang} check at {width}: {line:?}");
            }
        }
    }
}

/// The English words of this part: every word of the messages in the
/// "check" section of i18n/en.ftl, but for those Swedish writes alike.
fn english_words() -> BTreeSet<String> {
    let en = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/i18n/en.ftl")).unwrap();
    let start = en.find("## --- area: check ---").unwrap();
    let end = en.find("## --- end: check ---").unwrap();
    // Words Swedish shares, and names that are interface (TOML keys,
    // commands, services).
    let same = [
        "ice",
        "experiment",
        "okr",
        "ok",
        "status",
        "data",
        "segment",
        "text",
        "slack",
        "enter",
        "id",
        "kr",
        "value",
        "table",
        "column",
        "metrics",
        "readme",
        "experiments",
        "checkin",
        "close",
        "pp",
        "under",
    ];
    let mut words = BTreeSet::new();
    for line in en[start..end].lines() {
        let line = line.trim();
        if line.starts_with('#') || line.is_empty() {
            continue;
        }
        // The text of a message line: after `id =`, or after a variant key.
        let is_id = |id: &str| {
            id.chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '.' | '_'))
        };
        let text = match line.split_once(" = ") {
            Some((id, rest)) if is_id(id) => rest,
            _ => line,
        };
        let text = match text.strip_prefix('*').unwrap_or(text).strip_prefix('[') {
            Some(keyed) => keyed.split_once(']').map_or("", |(_, rest)| rest),
            None => text,
        };
        let mut plain = String::new();
        let mut depth = 0;
        for ch in text.chars() {
            match ch {
                '{' => depth += 1,
                '}' => depth -= 1,
                _ if depth == 0 => plain.push(ch),
                _ => {}
            }
        }
        // `okr status` and `[[experiments]]` are commands and TOML.
        let plain = plain
            .replace("`okr status`", "")
            .replace("[[experiments]]", "");
        for word in plain.split(|c: char| !c.is_alphabetic()) {
            let word = word.to_lowercase();
            if word.chars().count() > 1 && !same.contains(&word.as_str()) {
                words.insert(word);
            }
        }
    }
    words
}

/// The user's texts: every string of the OKR files (titles, ids, owners,
/// units, hypotheses, learnings) and of the commands' JSON (the names the
/// sources hold), longest first.
fn user_texts(config: &Path, extra_json: &[&str]) -> Vec<String> {
    fn toml_strings(v: &toml::Value, out: &mut Vec<String>) {
        match v {
            toml::Value::String(s) => out.push(s.clone()),
            toml::Value::Array(a) => a.iter().for_each(|x| toml_strings(x, out)),
            toml::Value::Table(t) => t.values().for_each(|x| toml_strings(x, out)),
            _ => {}
        }
    }
    fn json_strings(v: &serde_json::Value, out: &mut Vec<String>) {
        match v {
            serde_json::Value::String(s) => out.push(s.clone()),
            serde_json::Value::Array(a) => a.iter().for_each(|x| json_strings(x, out)),
            serde_json::Value::Object(o) => o.values().for_each(|x| json_strings(x, out)),
            _ => {}
        }
    }
    let mut texts = Vec::new();
    let dir = config.parent().unwrap();
    let mut files = vec![config.to_path_buf()];
    if let Ok(teams) = std::fs::read_dir(dir.join("examples/teams")) {
        files.extend(teams.map(|e| e.unwrap().path()));
    }
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        let value: toml::Value = toml::from_str(&text).unwrap();
        toml_strings(&value, &mut texts);
    }
    for command in extra_json {
        let out = okr()
            .args([command, "--format", "json", "-c"])
            .arg(config)
            .output()
            .unwrap();
        let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        json_strings(&json, &mut texts);
    }
    texts.retain(|t| !t.trim().is_empty());
    texts.sort_by_key(|t| std::cmp::Reverse(t.chars().count()));
    texts.dedup();
    texts
}

/// `text` without the user's texts, each taken out where it stands as
/// whole words.
fn without(text: &str, texts: &[String]) -> String {
    let mut out = text.to_string();
    for t in texts {
        let mut kept = String::with_capacity(out.len());
        let mut rest = out.as_str();
        while let Some(at) = rest.find(t.as_str()) {
            let before = rest[..at].chars().next_back();
            let after = rest[at + t.len()..].chars().next();
            let bounded = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric());
            kept.push_str(&rest[..at]);
            kept.push_str(if bounded(before) && bounded(after) {
                " "
            } else {
                t
            });
            rest = &rest[at + t.len()..];
        }
        kept.push_str(rest);
        out = kept;
    }
    out
}

/// The English words of `list` left in `text`, but for the user's texts.
fn english_left(text: &str, list: &BTreeSet<String>, user: &[String]) -> Vec<String> {
    let mut left: Vec<String> = without(text, user)
        .split(|c: char| !c.is_alphabetic())
        .map(str::to_lowercase)
        .filter(|w| list.contains(w))
        .collect();
    left.sort();
    left.dedup();
    left
}

/// The lines `okr check` writes itself: the marks with the key results'
/// ids and titles, and the summary; the reasons under them (indented) are
/// another part's. Of the annotations, the titles and the summary.
fn check_own_lines(text: &str, github: &str) -> String {
    let mut own: Vec<String> = text
        .lines()
        .filter(|l| !l.starts_with(' '))
        .map(str::to_string)
        .collect();
    for line in github.lines() {
        match line.split_once("title=") {
            Some((_, rest)) => own.push(rest.split("::").next().unwrap_or("").to_string()),
            None => own.push(line.to_string()),
        }
    }
    // `okr check:` names the command.
    own.join("\n").replace("okr check:", "")
}

#[test]
fn no_english_word_is_left_in_swedish() {
    let list = english_words();
    // The list is the part's own words: a sample must be in it.
    for word in [
        "failing",
        "passing",
        "warning",
        "moved",
        "attention",
        "backlog",
        "rows",
    ] {
        assert!(list.contains(word), "{word} is not in the list: {list:?}");
    }
    // check
    let user = user_texts(&check_fixture(), &[]);
    let own = check_own_lines(&check("sv", "text", "200"), &check("sv", "github", "200"));
    assert!(own.contains("underkända"), "{own}");
    let mut found = Vec::new();
    let left = english_left(&own, &list, &user);
    if !left.is_empty() {
        found.push(format!("check: {left:?}\n{own}"));
    }
    // The same test finds the English of the English output.
    let english = check_own_lines(&check("en", "text", "200"), &check("en", "github", "200"));
    assert!(english_left(&english, &list, &user).len() >= 3, "{english}");

    // experiments, metrics, digest on the example
    let dir = example();
    let config = dir.path().join("okrs.toml");
    let user = user_texts(&config, &["experiments", "metrics"]);
    let at = ["--as-of", "2026-11-20", "--lang", "sv"];
    let board = run(&config, &[&["experiments"][..], &at].concat(), "200");
    let metrics = run(&config, &["metrics", "--lang", "sv"], "200");
    let digest = run(&config, &[&["digest"][..], &at].concat(), "200");
    // Cells of the status table's part (cells.rs) in the digest.
    let digest = ["elapsed", "week of", "not done"]
        .iter()
        .fold(digest, |d, foreign| d.replace(foreign, ""));
    for (name, text) in [
        ("experiments", &board),
        ("metrics", &metrics),
        ("digest", &digest),
    ] {
        let left = english_left(text, &list, &user);
        if !left.is_empty() {
            found.push(format!("{name}: {left:?}\n{text}"));
        }
    }
    assert!(
        found.is_empty(),
        "English in Swedish {}",
        found.join("\n\n")
    );
}

/// The check itself: one message of the part left in English is found.
#[test]
fn an_english_message_in_swedish_would_be_found() {
    let list = english_words();
    let user = user_texts(&check_fixture(), &[]);
    let swedish = check_own_lines(&check("sv", "text", "200"), &check("sv", "github", "200"));
    let with_english = swedish.replace("underkända", "failing");
    assert_eq!(english_left(&with_english, &list, &user), ["failing"]);
}
