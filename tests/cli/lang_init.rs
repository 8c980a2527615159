//! `okr init` in every language: the starter's comments and sample titles
//! (and those of `init --from`) translate; TOML keys and values stay, so
//! every language's file reads and validates.

use std::path::Path;

use crate::util::{fixture, okr};

const LANGS: [&str; 5] = ["en", "sv", "nb", "da", "fi"];

fn starter(lang: &str) -> String {
    let out = okr()
        .env_remove("OKR_LANG")
        .args(["init", "--dry-run", "--as-of", "2026-11-25", "--lang", lang])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

fn validate(dir: &Path, lang: &str) {
    let out = okr()
        .current_dir(dir)
        .env_remove("OKR_LANG")
        .args(["validate", "--as-of", "2026-11-25"])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{lang}: {stderr}");
    assert!(!stderr.contains("warning"), "{lang}: {stderr}");
}

#[test]
fn the_starter_in_every_language() {
    for lang in LANGS {
        let text = starter(lang);
        insta::assert_snapshot!(format!("init-starter-{lang}"), text);
    }
}

#[test]
fn every_language_s_starter_validates_and_keeps_its_language() {
    for lang in LANGS {
        let dir = tempfile::tempdir().unwrap();
        let out = okr()
            .current_dir(dir.path())
            .env_remove("OKR_LANG")
            .args(["init", "--as-of", "2026-11-25", "--lang", lang])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "{lang}");
        let text = std::fs::read_to_string(dir.path().join("okrs.toml")).unwrap();
        // The language asked for is the file's, for everyone who reads it.
        assert!(
            text.contains(&format!("\nlanguage = \"{lang}\"")),
            "{lang}: {text}"
        );
        // Numbers follow the language: no locale is pinned.
        assert!(!text.contains("\nlocale ="), "{lang}");
        validate(dir.path(), lang);
    }
}

#[test]
fn okr_lang_chooses_the_starter_s_language_too() {
    let out = okr()
        .env("OKR_LANG", "da")
        .args(["init", "--dry-run", "--as-of", "2026-11-25"])
        .output()
        .unwrap();
    assert_eq!(String::from_utf8(out.stdout).unwrap(), starter("da"));
}

#[test]
fn without_a_language_the_starter_pins_none() {
    let out = okr()
        .env_remove("OKR_LANG")
        .args(["init", "--dry-run", "--as-of", "2026-11-25"])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("\n# language = \"en\""), "{text}");
    assert!(text.contains("\n# locale = \"en-US\""), "{text}");
}

/// A project with one export under data/.
fn project(file: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("data")).unwrap();
    std::fs::copy(
        fixture("exports").join(file),
        dir.path().join("data").join(file),
    )
    .unwrap();
    dir
}

#[test]
fn init_from_in_every_language() {
    for lang in LANGS {
        let dir = project("meta_ads_by_day.csv");
        let out = okr()
            .current_dir(dir.path())
            .env_remove("OKR_LANG")
            .args(["init", "--cycle", "2026-Q4", "--lang", lang])
            .args(["--from", "data/meta_ads_by_day.csv"])
            .output()
            .unwrap();
        assert_eq!(
            out.status.code(),
            Some(0),
            "{lang}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let text = std::fs::read_to_string(dir.path().join("okrs.toml")).unwrap();
        insta::assert_snapshot!(format!("init-from-{lang}"), text);
        validate(dir.path(), lang);
    }
}

/// English words the starter's comments used to print (from en.ftl's
/// init-starter-* and init-from-*; words Swedish shares, like `data`,
/// `per`, `under`, left out); none may be left in the Swedish file once
/// TOML keys, values, ids and commands are gone.
const ENGLISH: &[&str] = &[
    "your",
    "the",
    "and",
    "objectives",
    "objective",
    "key",
    "results",
    "read",
    "run",
    "folder",
    "checks",
    "every",
    "explained",
    "dates",
    "both",
    "inclusive",
    "optional",
    "these",
    "defaults",
    "progress",
    "expected",
    "risk",
    "off",
    "track",
    "stalled",
    "stale",
    "pending",
    "newest",
    "older",
    "window",
    "younger",
    "judge",
    "words",
    "else",
    "english",
    "numbers",
    "where",
    "come",
    "from",
    "exports",
    "uncomment",
    "point",
    "file",
    "relative",
    "ratio",
    "unique",
    "across",
    "all",
    "files",
    "good",
    "checked",
    "records",
    "measured",
    "beside",
    "until",
    "first",
    "which",
    "zero",
    "milestone",
    "done",
    "due",
    "end",
    "marks",
    "today",
    "above",
    "default",
    "counterweight",
    "build",
    "sales",
    "loves",
    "lift",
    "score",
    "launch",
    "new",
    "pricing",
    "page",
    "grow",
    "month",
    "written",
    "edit",
    "want",
    "set",
    "targets",
    "then",
    "source",
    "one",
    "rows",
    "row",
    "skipped",
    "header",
    "reader",
    "sniffed",
    "summed",
    "count",
    "average",
    "averaged",
    "days",
    "exact",
    "percent",
    "amount",
    "looks",
    "like",
    "rate",
    "should",
    "true",
    "when",
    "cycle",
    "ends",
    "last",
    "full",
    "before",
    "value",
    "error",
    "column",
    "metric",
];

/// The words of `text`'s comments and titles, without what stays English:
/// TOML keys and values, `code`, quoted file names, ids and placeholders.
fn prose_words(text: &str) -> Vec<String> {
    let mut prose = String::new();
    for line in text.lines() {
        let line = line.trim_start();
        let commented = line.strip_prefix('#').map(str::trim_start);
        // A TOML line, or a commented one (`# key = value`, `# [table]`).
        let toml = match commented {
            Some(body)
                if body.starts_with('[')
                    || body.split(" # ").next().unwrap_or("").contains(" = ") =>
            {
                body
            }
            Some(body) => {
                prose.push_str(body);
                prose.push('\n');
                continue;
            }
            None => line,
        };
        if let Some(title) = toml.strip_prefix("title = ") {
            prose.push_str(title.split(" # ").next().unwrap_or(""));
            prose.push('\n');
        }
        if let Some((_, comment)) = toml.split_once(" # ") {
            prose.push_str(comment);
            prose.push('\n');
        }
    }
    // Code in backticks, and the README's English section name.
    let mut plain = String::new();
    for (i, part) in prose.split('`').enumerate() {
        if i % 2 == 0 {
            plain.push_str(part);
        }
        plain.push(' ');
    }
    let plain = plain
        .replace("\"The OKR file\"", " ")
        .replace("date,metric,value[,segment]", " ");
    // Values the TOML takes (`committed`, `long: date,metric,value`,
    // `cycle | day | week | month | quarter`) are interface.
    let interface = [
        "committed",
        "aspirational",
        "long",
        "wide",
        "sum(numerator)",
        "sum(denominator)",
        "cycle",
        "day",
        "week",
        "month",
        "quarter",
        "sum",
        "avg",
        "min",
        "max",
        "last",
        "count",
    ];
    plain
        .split(|c: char| !c.is_alphanumeric() && c != '_' && c != '-' && c != '\'')
        .filter(|w| !w.is_empty())
        .filter(|w| !interface.contains(w))
        .map(str::to_lowercase)
        .collect()
}

#[test]
fn no_english_word_is_left_in_the_swedish_starter() {
    let english_words = prose_words(&starter("en"));
    // The list is made of what English prints: it must catch those words.
    for w in ["your", "progress", "milestone", "uncomment"] {
        assert!(english_words.iter().any(|e| e == w), "{w}");
    }
    let swedish = prose_words(&starter("sv"));
    let left: Vec<&String> = swedish
        .iter()
        .filter(|w| ENGLISH.contains(&w.as_str()))
        .collect();
    assert!(left.is_empty(), "English in the Swedish starter: {left:?}");
}

#[test]
fn no_english_word_is_left_in_the_swedish_init_from() {
    let dir = project("meta_ads_by_day.csv");
    let out = okr()
        .current_dir(dir.path())
        .env_remove("OKR_LANG")
        .args(["init", "--dry-run", "--cycle", "2026-Q4", "--lang", "sv"])
        .args(["--from", "data/meta_ads_by_day.csv"])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    // The export's own column names are the user's words.
    let text = text
        .lines()
        .filter(|l| !l.contains("[metrics.") && !l.starts_with("column ="))
        // What the reader noticed is the reader's (sources) to word.
        .filter(|l| !l.starts_with("# läsaren: "))
        .collect::<Vec<_>>()
        .join("\n");
    let columns = [
        "amount",
        "spent",
        "sek",
        "impressions",
        "clicks",
        "reach",
        "results",
        "link",
    ];
    let left: Vec<String> = prose_words(&text)
        .into_iter()
        .filter(|w| ENGLISH.contains(&w.as_str()) && !columns.contains(&w.as_str()))
        .collect();
    assert!(
        left.is_empty(),
        "English in the Swedish init --from: {left:?}"
    );
}

fn help(args: &[&str]) -> String {
    let out = okr().env_remove("OKR_LANG").args(args).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn help_reads_in_the_language_asked_for() {
    let sv = help(&["--help", "--lang", "sv"]);
    assert!(sv.contains("Användning: okr <KOMMANDO>"), "{sv}");
    insta::assert_snapshot!("help-sv", sv);
    let fi = help(&["status", "--help", "--lang", "fi"]);
    assert!(fi.contains("Käyttö: okr status [VALITSIMET]"), "{fi}");
    insta::assert_snapshot!("help-status-fi", fi);
    // OKR_LANG too; English stays clap's.
    let out = okr()
        .env("OKR_LANG", "nb")
        .args(["check", "--help"])
        .output()
        .unwrap();
    let nb = String::from_utf8(out.stdout).unwrap();
    assert!(nb.contains("Bruk: okr check [VALG]"), "{nb}");
    let en = help(&["check", "--help"]);
    assert!(en.contains("Usage: okr check [OPTIONS]"), "{en}");
}

#[test]
fn usage_errors_read_in_the_language_asked_for() {
    let out = okr()
        .env_remove("OKR_LANG")
        .args(["status", "--bogus", "--lang", "da"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("ukendt argument '--bogus'"), "{stderr}");
    assert!(stderr.contains("Brug: okr status [TILVALG]"), "{stderr}");
}
