//! Data errors in the reader's language (issue #24): a CSV cell okr cannot
//! read and a flag value it refuses, in Swedish (`--lang sv`) and Finnish
//! (`OKR_LANG=fi`), pinned exactly; and no English word left in Swedish.

use crate::util::{fixture, okr};

/// `okr status` on the bad CSV fixture, from its folder: (exit, stderr).
fn bad_csv(lang: Option<&str>, env: Option<&str>) -> (i32, String) {
    let mut cmd = okr();
    cmd.current_dir(fixture("bad-csv"))
        .env_remove("OKR_LANG")
        .args(["status", "-c", "okrs.toml", "--as-of", "2026-02-15"]);
    if let Some(lang) = lang {
        cmd.args(["--lang", lang]);
    }
    if let Some(env) = env {
        cmd.env("OKR_LANG", env);
    }
    let out = cmd.output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// `okr status --as-of 15.02.2026`: (exit, stderr).
fn bad_flag(lang: Option<&str>, env: Option<&str>) -> (i32, String) {
    let mut cmd = okr();
    cmd.current_dir(fixture("bad-csv"))
        .env_remove("OKR_LANG")
        .args(["status", "-c", "okrs.toml", "--as-of", "15.02.2026"]);
    if let Some(lang) = lang {
        cmd.args(["--lang", lang]);
    }
    if let Some(env) = env {
        cmd.env("OKR_LANG", env);
    }
    let out = cmd.output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn a_bad_csv_cell_in_swedish_and_finnish() {
    let (code, sv) = bad_csv(Some("sv"), None);
    assert_eq!(code, 2, "{sv}");
    insta::assert_snapshot!("bad-csv-sv", sv);
    let (code, fi) = bad_csv(None, Some("fi"));
    assert_eq!(code, 2, "{fi}");
    insta::assert_snapshot!("bad-csv-fi", fi);
    // --lang wins over OKR_LANG.
    assert_eq!(bad_csv(Some("sv"), Some("fi")).1, sv);
}

#[test]
fn a_bad_flag_in_swedish_and_finnish() {
    let (code, sv) = bad_flag(Some("sv"), None);
    assert_eq!(code, 2, "{sv}");
    insta::assert_snapshot!("bad-as-of-sv", sv);
    let (code, fi) = bad_flag(None, Some("fi"));
    assert_eq!(code, 2, "{fi}");
    insta::assert_snapshot!("bad-as-of-fi", fi);
    // English stays clap's own words.
    let (_, en) = bad_flag(None, None);
    assert!(
        en.starts_with(
            "error: invalid value '15.02.2026' for '--as-of <DATE>': expected a date as YYYY-MM-DD"
        ),
        "{en}"
    );
    assert!(
        en.ends_with("For more information, try '--help'.\n"),
        "{en}"
    );
}

/// The English words of the section `errors-data` of en.ftl: its
/// messages' text outside placeholders, backticks and quotes.
fn english_words() -> Vec<String> {
    let catalogue =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/i18n/en.ftl")).unwrap();
    let start = catalogue.find("## --- area: errors-data ---").unwrap();
    let end = catalogue.find("## --- end: errors-data ---").unwrap();
    // Words that are the same in Swedish or are interface (formats,
    // products, SQL): never evidence of English.
    const SAME: &[&str] = &[
        "okr",
        "csv",
        "utf",
        "windows",
        "excel",
        "data",
        "per",
        "null",
        "integer",
        "real",
        "numeric",
        "date",
        "timestamp",
        "iso",
        "postgresql",
        "sqlite",
        "path",
        "stdout",
        "stderr",
        "nul",
        "mib",
        "gib",
        "select",
        "group",
        "metric",
        "value",
        "segment",
        "layout",
        "long",
        "wide",
        "psql",
        "duckdb",
        "format",
        "reporting",
        "starts",
        "ends",
        "help",
        "today",
        "yesterday",
        "tag",
        "prefix",
        "flywheel",
        "attract",
        "engage",
        "decimal",
        "status",
        "start",
        "day",
        "name",
        "amount",
        "version",
        "signal",
        "cell",
        "information",
    ];
    let mut words = Vec::new();
    for line in catalogue[start..end].lines() {
        let Some((_, text)) = line.split_once(" = ") else {
            continue;
        };
        let mut plain = String::new();
        let (mut placeholder, mut ticked, mut quoted) = (0, false, false);
        for c in text.chars() {
            match c {
                '{' => placeholder += 1,
                '}' => placeholder -= 1,
                '`' if placeholder == 0 => ticked = !ticked,
                '"' if placeholder == 0 && !ticked => quoted = !quoted,
                _ if placeholder == 0 && !ticked && !quoted => plain.push(c),
                _ => {}
            }
        }
        for word in plain.split(|c: char| !c.is_alphabetic()) {
            let word = word.to_lowercase();
            if word.len() >= 3 && !SAME.contains(&word.as_str()) && !words.contains(&word) {
                words.push(word);
            }
        }
    }
    words
}

/// The Swedish output, the user's own texts taken out (file names, column
/// names and cells in backticks or quotes, the source line), has no English
/// word the section used to print.
#[test]
fn no_english_word_is_left_in_swedish_data_errors() {
    let english = english_words();
    assert!(english.len() > 100, "{english:?}");
    for text in [bad_csv(Some("sv"), None).1, bad_flag(Some("sv"), None).1] {
        let mut plain = String::new();
        for line in text.lines() {
            // The source line and caret are the user's file.
            if line
                .trim_start()
                .starts_with(|c: char| c.is_ascii_digit() || c == '|')
            {
                continue;
            }
            let (mut ticked, mut quoted) = (false, false);
            for c in line.chars() {
                match c {
                    '`' => ticked = !ticked,
                    '"' | '\'' if !ticked => quoted = !quoted,
                    _ if !ticked && !quoted => plain.push(c),
                    _ => {}
                }
            }
            plain.push('\n');
        }
        let plain = plain.replace("crm.csv", "");
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
}
