//! Outputs are safe: text from the OKR file never becomes a spreadsheet
//! formula, HTML or Markdown markup, and files are written whole (a
//! temporary file, then a rename) and never replaced without `--force`.

use crate::util::{assert_ok, fixture, okr};

fn stdout_of(args: &[&str]) -> String {
    let out = okr()
        .current_dir(fixture("errors/hostile"))
        .args(args)
        .args(["-c", "okrs.toml", "--as-of", "2026-02-15"])
        .output()
        .unwrap();
    assert_ok(&out);
    String::from_utf8(out.stdout).unwrap()
}

/// Every cell a spreadsheet would run (`=`, `+`, `-`, `@`, tab, CR first)
/// is a number.
fn assert_no_formulas(text: &str) {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut cells = 0;
    for record in reader.records() {
        for cell in record.unwrap().iter() {
            cells += 1;
            if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
                assert!(cell.parse::<f64>().is_ok(), "a formula: {cell:?}");
            }
        }
    }
    assert!(cells > 20);
}

#[test]
fn csv_outputs_defuse_formulas() {
    let status = stdout_of(&["status", "--format", "csv"]);
    assert!(status.contains("'=cmd|"), "{status}");
    assert_no_formulas(&status);
    assert_no_formulas(&stdout_of(&["north-star", "--format", "csv"]));
}

/// No `<` or `[` that Markdown (or the HTML it becomes) would read as
/// markup: each is escaped with a backslash.
fn assert_markup_escaped(text: &str) {
    for (i, c) in text.char_indices() {
        // A `>` opening a line is the renderer's own blockquote.
        let quote = c == '>' && (i == 0 || text[..i].ends_with('\n'));
        if matches!(c, '<' | '>' | '[' | ']' | '`') && !quote {
            assert!(
                text[..i].ends_with('\\'),
                "unescaped {c:?} at {i}: {}",
                &text[i.saturating_sub(40)..(i + 40).min(text.len())]
            );
        }
    }
}

#[test]
fn markdown_outputs_escape_every_user_string() {
    let status = stdout_of(&["status", "--format", "markdown"]);
    assert!(status.contains("\\<script\\>"), "{status}");
    assert_markup_escaped(&status);
    assert_markup_escaped(&stdout_of(&["north-star", "--format", "markdown"]));
}

#[test]
fn json_keeps_user_strings_as_data() {
    let json: serde_json::Value =
        serde_json::from_str(&stdout_of(&["status", "--format", "json"])).unwrap();
    assert_eq!(json["objectives"][0]["title"], "=cmd|' /C calc'!A0");
}

fn entries(dir: &std::path::Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn init_never_replaces_a_file_without_force() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("okrs.toml");
    let init = |extra: &[&str]| {
        okr()
            .current_dir(dir.path())
            .arg("init")
            .args(extra)
            .output()
            .unwrap()
    };
    assert_eq!(init(&[]).status.code(), Some(0));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&path).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o644, "{mode:o}");
    }
    std::fs::write(&path, "# mine\n").unwrap();
    let out = init(&[]);
    assert_eq!(out.status.code(), Some(2));
    insta::assert_snapshot!("init-exists", String::from_utf8_lossy(&out.stderr));
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "# mine\n");

    assert_eq!(init(&["--force"]).status.code(), Some(0));
    assert!(std::fs::read_to_string(&path).unwrap().contains("[cycle]"));
    // Nothing left behind: the temporary file was renamed.
    assert_eq!(entries(dir.path()), ["okrs.toml"]);
}

#[test]
fn init_into_a_missing_directory_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let out = okr()
        .current_dir(dir.path())
        .args(["init", "no/such/dir/okrs.toml"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    insta::assert_snapshot!("init-missing-dir", String::from_utf8_lossy(&out.stderr));
    assert!(entries(dir.path()).is_empty());
}
