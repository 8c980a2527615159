//! Terminal injection (DESIGN.md section 1.3): control characters in the
//! data (a title that sets the window title or clears the screen) are
//! escaped as `\u{1b}` in every output, error messages too; JUnit stays
//! well-formed XML whatever the titles hold.

use crate::util::okr;

const TITLE: &str = "Grow \u{1b}]0;pwned\u{7}\u{1b}[2J MQLs \u{fffe}\u{202e}";

fn project() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let text = format!(
        r#"[cycle]
name = "2026-Q1"
start = 2026-01-01
end = 2026-03-31

[[objectives]]
id = "growth"
title = {title}
owner = {title}

  [[objectives.key_results]]
  id = "survey"
  title = {title}
  start = 1
  target = 2
  current = 1.1
  updated = 2026-01-02

[[experiments]]
id = "ebook"
title = {title}
key_results = ["survey"]
status = "idea"
"#,
        title = serde_json::Value::String(TITLE.to_string())
    );
    std::fs::write(dir.path().join("okrs.toml"), text).unwrap();
    dir
}

fn output(dir: &std::path::Path, args: &[&str]) -> (String, String) {
    let out = okr()
        .current_dir(dir)
        .args(args)
        .args(["-c", "okrs.toml", "--as-of", "2026-02-15"])
        .output()
        .unwrap();
    assert!(out.status.code().is_some_and(|c| c <= 2), "{out:?}");
    (
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

fn assert_clean(what: &str, text: &str) {
    for c in text.chars() {
        let raw =
            (c.is_control() && c != '\n' && c != '\t') || matches!(c, '\u{fffe}' | '\u{202e}');
        assert!(!raw, "{what}: raw {c:?} in\n{text}");
    }
}

#[test]
fn titles_with_escape_sequences_are_escaped_in_every_output() {
    let dir = project();
    let outputs: &[&[&str]] = &[
        &["status"],
        &["status", "--format", "csv"],
        &["status", "--format", "markdown"],
        &["status", "--format", "json"],
        &["status", "--color", "always"],
        &["check"],
        &["check", "--format", "github"],
        &["check", "--format", "junit"],
        &["show", "survey"],
        &["show", "growth"],
        &["experiments"],
        &["report"],
        &["report", "--format", "html"],
        &["digest"],
        &["digest", "--format", "markdown"],
        &["digest", "--format", "slack"],
    ];
    for args in outputs {
        let (stdout, stderr) = output(dir.path(), args);
        // The renderer's own colors are SGR sequences: those may stay.
        let stdout = strip_sgr(&stdout);
        assert_clean(&format!("{args:?} stdout"), &stdout);
        assert_clean(&format!("{args:?} stderr"), &stderr);
        if !args.contains(&"junit") && (args[0] != "status" || args.len() == 1) {
            assert!(
                stdout.contains("pwned\\u{7}") || stdout.contains("pwned\\u0007"),
                "{args:?}: title not shown escaped\n{stdout}"
            );
        }
    }
    // Colors of the renderer itself stay.
    let (colored, _) = output(dir.path(), &["status", "--color", "always"]);
    assert!(colored.contains("\u{1b}[1m") && colored.contains("\\u{1b}[2J"));
}

fn strip_sgr(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(i) = rest.find("\u{1b}[") {
        out.push_str(&rest[..i]);
        let after = &rest[i + 2..];
        let params = after
            .bytes()
            .take_while(|b| b.is_ascii_digit() || *b == b';')
            .count();
        if after.as_bytes().get(params) == Some(&b'm') {
            rest = &after[params + 1..];
        } else {
            out.push('\u{1b}');
            rest = &rest[i + 1..];
        }
    }
    out.push_str(rest);
    out
}

#[test]
fn junit_is_well_formed_xml() {
    let dir = project();
    let (xml, _) = output(dir.path(), &["check", "--format", "junit"]);
    for c in xml.chars() {
        let ok = matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{d7ff}' | '\u{e000}'..='\u{fffd}' | '\u{10000}'..);
        assert!(ok, "{c:?} is not an XML character");
    }
}

#[test]
fn error_excerpts_are_escaped() {
    let dir = project();
    let path = dir.path().join("okrs.toml");
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(
        &path,
        text.replace("start = 1\n", "start = 1\n  bogus = \"\u{1b}[2J\"\n"),
    )
    .unwrap();
    let (_, stderr) = output(dir.path(), &["validate"]);
    assert!(stderr.contains("bogus"), "{stderr}");
    assert_clean("validate stderr", &stderr);
}
