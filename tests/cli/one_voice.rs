//! One voice: under `locale = "sv-SE"` (the example's) no human-readable
//! output of any command writes a number with a decimal point. Text the
//! user wrote (titles, notes, hypotheses) and quoted file content keep
//! their own notation.

use crate::util::okr;

fn example() -> String {
    concat!(env!("CARGO_MANIFEST_DIR"), "/okrs.example.toml").to_string()
}

/// Every string value of a JSON document.
fn strings(v: &serde_json::Value, out: &mut Vec<String>) {
    match v {
        serde_json::Value::String(s) => out.push(s.clone()),
        serde_json::Value::Array(a) => a.iter().for_each(|x| strings(x, out)),
        serde_json::Value::Object(o) => o.values().for_each(|x| strings(x, out)),
        _ => {}
    }
}

/// The user's own text: every string in the status, experiments and log JSON.
fn user_text() -> Vec<String> {
    let mut out = Vec::new();
    for args in [
        vec!["status", "--format", "json"],
        vec!["experiments", "--format", "json"],
        vec!["log", "--format", "json"],
    ] {
        let o = okr()
            .args(&args)
            .args(["-c", &example(), "--as-of", "2026-11-20"])
            .output()
            .unwrap();
        let json: serde_json::Value = serde_json::from_slice(&o.stdout)
            .unwrap_or_else(|e| panic!("{args:?}: {e}: {}", String::from_utf8_lossy(&o.stderr)));
        strings(&json, &mut out);
    }
    out
}

/// `text` without the parts in backticks or double quotes (quoted file
/// content and names).
fn unquoted(text: &str) -> String {
    let mut out = String::new();
    let mut quote: Option<char> = None;
    for c in text.chars() {
        match quote {
            Some(q) if c == q => quote = None,
            Some(_) => {}
            None if c == '`' || c == '"' => quote = Some(c),
            None => out.push(c),
        }
    }
    out
}

/// Tokens with a digit, a point and a digit (`0.2534`, `7.5pt`), that are
/// no part of the user's own text.
fn decimal_points(text: &str, user: &[String]) -> Vec<String> {
    unquoted(text)
        .split(|c: char| c.is_whitespace() || c == '|' || c == '(' || c == ')' || c == ',')
        .filter(|t| {
            let b = t.as_bytes();
            b.windows(3)
                .any(|w| w[0].is_ascii_digit() && w[1] == b'.' && w[2].is_ascii_digit())
        })
        .map(|t| {
            // Markdown emphasis, sentence punctuation, GitHub's `%25`.
            t.trim_matches(|c: char| matches!(c, ':' | ';' | '*' | '_' | '\'' | '“' | '”'))
                .replace("%25", "%")
        })
        .filter(|t| !user.iter().any(|u| u.contains(t.as_str())))
        .collect()
}

/// The text of an HTML page: no style sheet, no tags, entities decoded.
fn visible_text(html: &str) -> String {
    let mut rest = html;
    let mut out = String::new();
    while let Some(i) = rest.find("<style") {
        out.push_str(&rest[..i]);
        rest = rest[i..]
            .split_once("</style>")
            .map_or("", |(_, after)| after);
    }
    out.push_str(rest);
    let mut text = String::new();
    let mut in_tag = false;
    for c in out.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => {
                in_tag = false;
                text.push(' ');
            }
            _ if !in_tag => text.push(c),
            _ => {}
        }
    }
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

#[test]
fn no_decimal_point_in_swedish() {
    let user = user_text();
    let kr_ids = {
        let o = okr()
            .args(["status", "--format", "json", "-c", &example()])
            .args(["--as-of", "2026-11-20"])
            .output()
            .unwrap();
        let json: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
        let mut ids = Vec::new();
        fn walk(o: &serde_json::Value, ids: &mut Vec<String>) {
            for o in o.as_array().into_iter().flatten() {
                ids.push(o["id"].as_str().unwrap().to_string());
                for k in o["key_results"].as_array().into_iter().flatten() {
                    ids.push(k["id"].as_str().unwrap().to_string());
                }
                walk(&o["objectives"], ids);
            }
        }
        walk(&json["objectives"], &mut ids);
        ids
    };
    let mut runs: Vec<Vec<String>> = [
        "status",
        "status --since 7d",
        "status --format markdown",
        "check",
        "check --format github",
        "north-star",
        "metrics",
        "sources",
        "experiments",
        "experiments --format markdown",
        "log",
        "history",
        "digest",
        "digest --format markdown",
        "report --format markdown",
        "validate",
    ]
    .iter()
    .map(|a| a.split(' ').map(str::to_string).collect())
    .collect();
    for id in &kr_ids {
        runs.push(vec!["show".to_string(), id.clone()]);
    }
    let mut found = Vec::new();
    for args in &runs {
        for days in ["2026-10-03", "2026-11-20", "2027-01-05"] {
            let out = okr()
                .args(args)
                .args(["-c", &example(), "--as-of", days])
                .env("COLUMNS", "100")
                .output()
                .unwrap();
            assert!(
                matches!(out.status.code(), Some(0 | 1)),
                "{args:?}: {}",
                String::from_utf8_lossy(&out.stderr)
            );
            let text = String::from_utf8_lossy(&out.stdout).to_string()
                + &String::from_utf8_lossy(&out.stderr);
            for token in decimal_points(&text, &user) {
                found.push(format!("okr {} --as-of {days}: {token}", args.join(" ")));
            }
        }
    }
    // The printable review, as a reader sees it: text, not markup or CSS.
    let dir = tempfile::tempdir().unwrap();
    let html = dir.path().join("review.html");
    for days in ["2026-10-03", "2026-11-20", "2027-01-05"] {
        okr()
            .args(["report", "--format", "html", "--force", "-c", &example()])
            .args(["--as-of", days, "-o"])
            .arg(&html)
            .assert()
            .success();
        let text = visible_text(&std::fs::read_to_string(&html).unwrap());
        let mut user = user.clone();
        user.push(format!("okr {}", env!("CARGO_PKG_VERSION")));
        for token in decimal_points(&text, &user) {
            found.push(format!("okr report --format html --as-of {days}: {token}"));
        }
    }
    found.dedup();
    assert!(
        found.is_empty(),
        "numbers with a decimal point:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_check_finds_what_it_looks_for() {
    let user = vec!["Lift ROAS from 2.0x to 3.0x".to_string()];
    assert_eq!(
        decimal_points("value 0.2534 | Lift ROAS from 2.0x", &user),
        vec!["0.2534"]
    );
    assert!(decimal_points("sniffed from \"57.7%\", 25,3 %", &user).is_empty());
    assert!(decimal_points("1.0 (2026-10-01)", &user) == vec!["1.0"]);
}
