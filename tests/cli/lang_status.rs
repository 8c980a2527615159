//! `okr status`, `okr show` and `okr north-star` in every language:
//! snapshots at a fixed as-of date, tables that still fit 80 and 120
//! columns, and no English word left in the Swedish output.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use unicode_width::UnicodeWidthStr;

use crate::util::*;

const LANGS: [&str; 5] = ["en", "sv", "nb", "da", "fi"];
const AS_OF: &str = "2026-11-20";

fn example() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("okrs.example.toml")
}

/// `okr ARGS -c CONFIG --lang LANG`, `columns` wide; every line fits.
fn run(config: &Path, args: &[&str], lang: &str, columns: usize) -> String {
    let out = okr()
        .current_dir(config.parent().unwrap())
        .env("COLUMNS", columns.to_string())
        .args(args)
        .args(["-c", config.file_name().unwrap().to_str().unwrap()])
        .args(["--lang", lang])
        .output()
        .unwrap();
    assert!(
        matches!(out.status.code(), Some(0 | 1)),
        "{args:?} {lang}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    if columns <= 120 {
        for line in text.lines() {
            assert!(
                line.width() <= columns,
                "{args:?} {lang}: wider than {columns}: {line:?}\n{text}"
            );
        }
    }
    text
}

#[test]
fn status_in_every_language() {
    for lang in LANGS {
        for columns in [80, 120] {
            let text = run(&example(), &["status", "--as-of", AS_OF], lang, columns);
            insta::assert_snapshot!(format!("status_{lang}_{columns}"), text);
        }
        let md = run(
            &example(),
            &["status", "--as-of", AS_OF, "--format", "markdown"],
            lang,
            400,
        );
        insta::assert_snapshot!(format!("status_{lang}_markdown"), md);
    }
}

#[test]
fn show_in_every_language() {
    for lang in LANGS {
        for columns in [80, 120] {
            let args = ["show", "mql-monthly", "--as-of", AS_OF];
            let text = run(&example(), &args, lang, columns);
            insta::assert_snapshot!(format!("show_{lang}_{columns}"), text);
        }
        let objective = run(
            &example(),
            &["show", "pipeline", "--as-of", AS_OF],
            lang,
            80,
        );
        insta::assert_snapshot!(format!("show_objective_{lang}"), objective);
    }
}

#[test]
fn north_star_in_every_language() {
    // No `[settings] locale`: dates and numbers follow the language.
    let fixture = fixture("north-star/okrs.toml");
    for lang in LANGS {
        for columns in [80, 120] {
            let args = ["north-star", "--as-of", "2027-01-06"];
            let text = run(&fixture, &args, lang, columns);
            insta::assert_snapshot!(format!("north_star_{lang}_{columns}"), text);
        }
        let example = run(&example(), &["north-star", "--as-of", AS_OF], lang, 120);
        insta::assert_snapshot!(format!("north_star_example_{lang}"), example);
    }
}

#[test]
fn the_show_json_rule_and_reason_stay_english() {
    let english = run(
        &example(),
        &[
            "show",
            "partner-leads",
            "--as-of",
            AS_OF,
            "--format",
            "json",
        ],
        "en",
        120,
    );
    let swedish = run(
        &example(),
        &[
            "show",
            "partner-leads",
            "--as-of",
            AS_OF,
            "--format",
            "json",
        ],
        "sv",
        120,
    );
    assert_eq!(english, swedish);
    assert!(english.contains("\"rule\": \"stalled: progress not higher than"));
}

/// The English words of this area's messages (i18n/en.ftl, section
/// "status"), without placeables, variant keys and the words that are
/// Swedish as well.
fn english_words() -> BTreeSet<String> {
    const ALSO_SWEDISH: &[&str] = &[
        "status",
        "trend",
        "still",
        "hand",
        "min",
        "max",
        "data",
        "experiment",
        "period",
        "per",
        "plan",
        "start",
        "under",
        "pp",
        "ok",
        "okr",
        "kr",
        "id",
        "by",
    ];
    let catalogue =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("i18n/en.ftl")).unwrap();
    let section = catalogue
        .split("## --- area: status ---")
        .nth(1)
        .and_then(|s| s.split("## --- end: status ---").next())
        .unwrap();
    let mut words = BTreeSet::new();
    for line in section.lines().filter(|l| !l.trim_start().starts_with('#')) {
        // The value: after `id =` or `.attribute =`, or a variant's text.
        let value = match line.split_once(" = ") {
            Some((_, v)) => v,
            None => line,
        };
        let mut plain = String::new();
        let (mut braces, mut bracket) = (0, false);
        for ch in value.chars() {
            match ch {
                '{' => braces += 1,
                '}' => braces -= 1,
                '[' if braces > 0 || plain.trim().is_empty() => bracket = true,
                ']' if bracket => bracket = false,
                _ if braces == 0 && !bracket => plain.push(ch),
                _ => {}
            }
        }
        for word in plain.split(|c: char| !c.is_alphabetic() && c != '\'') {
            let word = word.trim_matches('\'').to_lowercase();
            if word.chars().count() >= 2 && !ALSO_SWEDISH.contains(&word.as_str()) {
                words.insert(word);
            }
        }
    }
    words
}

/// The user's own texts in an OKR file: every string value (titles, ids,
/// owners, units, paths, formulas, ...) and the names of metrics and
/// sources, longest first.
fn user_texts(config: &Path) -> Vec<String> {
    fn walk(value: &toml::Value, out: &mut Vec<String>) {
        match value {
            toml::Value::String(s) => out.push(s.clone()),
            toml::Value::Array(a) => a.iter().for_each(|v| walk(v, out)),
            toml::Value::Table(t) => {
                for (key, v) in t {
                    out.push(key.clone());
                    walk(v, out);
                }
            }
            _ => {}
        }
    }
    let read = |path: &Path| -> toml::Value {
        toml::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
    };
    let value = read(config);
    let mut out = vec![config.file_name().unwrap().to_string_lossy().into_owned()];
    walk(&value, &mut out);
    // Included files (`dir/*.toml`) hold titles too.
    let base = config.parent().unwrap();
    let includes = value.get("include").and_then(|v| v.as_array()).cloned();
    for pattern in includes.unwrap_or_default() {
        let dir = base.join(pattern.as_str().unwrap().trim_end_matches("*.toml"));
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "toml") {
                out.push(path.file_name().unwrap().to_string_lossy().into_owned());
                walk(&read(&path), &mut out);
            }
        }
    }
    out.retain(|s| s.chars().any(char::is_alphabetic));
    // As Markdown writes them too: `mql\_to\_sql\_rate`.
    let escaped: Vec<String> = out
        .iter()
        .map(|s| {
            s.chars().fold(String::new(), |mut e, c| {
                if "\\`*_<>[]|~&#".contains(c) {
                    e.push('\\');
                }
                e.push(c);
                e
            })
        })
        .collect();
    out.extend(escaped);
    out.sort_by_key(|s| std::cmp::Reverse(s.len()));
    out.dedup();
    out
}

/// The English words left in `text` once the user's texts are cut out.
fn english_left(text: &str, user: &[String], words: &BTreeSet<String>) -> BTreeSet<String> {
    // Lines joined and no-break spaces made plain, so user texts are whole.
    let mut text = text.replace('\u{a0}', " ");
    for u in user {
        text = text.replace(u.as_str(), " ");
    }
    // Settings keys (`settle_days`, `at_risk_below`) are interface.
    let text: Vec<&str> = text
        .split_whitespace()
        .filter(|w| !w.contains('_'))
        .collect();
    text.join(" ")
        .split(|c: char| !c.is_alphabetic() && c != '\'')
        .map(|w| w.trim_matches('\'').to_lowercase())
        .filter(|w| words.contains(w))
        .collect()
}

/// Swedish output, wide enough that nothing wraps: the table and the
/// Markdown of status.
fn swedish_outputs() -> Vec<(String, String)> {
    let config = example();
    let mut outputs = Vec::new();
    let mut commands: Vec<Vec<&str>> = vec![
        vec!["status", "--as-of", AS_OF],
        vec!["status", "--as-of", AS_OF, "--format", "markdown"],
        vec!["status", "--as-of", AS_OF, "--since", "2026-11-01"],
        vec!["status", "--as-of", AS_OF, "--group-by", "tag:flywheel"],
    ];
    // Every key result and objective of the example, in depth.
    let ids = [
        "pipeline",
        "sqls-q4",
        "mql-monthly",
        "win-rate",
        "partner-leads",
        "event-leads",
        "brand",
        "brand-survey",
        "nps",
        "pricing-page",
        "content-engine",
        "signups-q4",
        "bounce-rate",
        "benchmark-report",
        "paid-efficiency",
        "cac-weekly",
        "roas",
        "search-ctr",
        "cpa",
    ];
    for id in ids {
        commands.push(vec!["show", id, "--as-of", AS_OF]);
    }
    commands.push(vec!["north-star", "--as-of", AS_OF]);
    commands.push(vec!["north-star", "--as-of", AS_OF, "--format", "markdown"]);
    commands.push(vec!["north-star", "--as-of", AS_OF, "--grain", "month"]);
    for args in &commands {
        outputs.push((format!("{args:?}"), run(&config, args, "sv", 400)));
    }
    outputs
}

#[test]
fn no_english_word_is_left_in_swedish() {
    let words = english_words();
    let user = user_texts(&example());
    // The check can fail: the English output is full of these words.
    for args in [
        &["status", "--as-of", AS_OF][..],
        &["show", "mql-monthly", "--as-of", AS_OF],
    ] {
        let english = run(&example(), args, "en", 400);
        let found = english_left(&english, &user, &words);
        assert!(found.len() >= 5, "the word list misses English: {found:?}");
    }
    for (args, text) in swedish_outputs() {
        let left = english_left(&text, &user, &words);
        assert!(left.is_empty(), "{args}: English left: {left:?}\n{text}");
    }
}
