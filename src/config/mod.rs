//! TOML -> validated model. Finds the OKR file, follows `include`s, and
//! checks everything DESIGN.md section 1.1 asks for, reporting every
//! problem found with file, line and column.

pub mod edit;
mod formula;
mod raw;
mod validate;

pub use formula::{parse as parse_formula, FormulaError};
pub use validate::{CHECK_NAMES, LOCALES, PENDING_NEVER_FAILS};

use std::path::{Path, PathBuf};

use crate::error::{Diagnostic, Diagnostics};
use crate::model::Config;

/// The file name `okr` looks for in the current directory and its parents.
pub const DEFAULT_FILE: &str = "okrs.toml";

/// Finds the OKR file: `explicit` (from `-c/--config` or `$OKR_CONFIG`),
/// else `okrs.toml` in `cwd` or the nearest parent.
pub fn find(explicit: Option<&Path>, cwd: &Path) -> Result<PathBuf, Diagnostic> {
    if let Some(path) = explicit {
        if path.is_dir() {
            let inside = path.join(DEFAULT_FILE);
            if inside.is_file() {
                return Ok(inside);
            }
            return Err(Diagnostic::new(format!(
                "{} is a directory, not an OKR file",
                path.display()
            ))
            .with_hint(format!(
                "point -c at the TOML file, e.g. {}",
                inside.display()
            )));
        }
        return Ok(path.to_path_buf());
    }
    for dir in cwd.ancestors() {
        let candidate = dir.join(DEFAULT_FILE);
        if candidate.is_file() {
            return Ok(candidate);
        }
    }
    Err(Diagnostic::new(format!(
        "no {DEFAULT_FILE} found in {} or any parent directory",
        cwd.display()
    ))
    .with_hint("run `okr init` to write a starter file, or pass `-c PATH` (or set OKR_CONFIG)"))
}

/// One TOML file that took part in the config, kept for locating errors.
#[derive(Debug, Clone)]
pub(crate) struct SourceText {
    pub path: PathBuf,
    pub text: String,
}

/// Reads and validates the OKR file at `path` with its includes, and the
/// check-in log beside it (`checkins.csv`).
pub fn load(path: &Path) -> Result<Config, Diagnostics> {
    load_with(path, None)
}

/// As [`load`], with `replacement` (a file and its text) read in place of
/// that file: `okr set` validates an edit before writing it.
pub fn load_with(path: &Path, replacement: Option<(&Path, &str)>) -> Result<Config, Diagnostics> {
    let mut files: Vec<SourceText> = Vec::new();
    let mut parsed: Vec<raw::File> = Vec::new();
    let mut problems: Vec<Diagnostic> = Vec::new();
    read_recursive(path, replacement, &mut files, &mut parsed, &mut problems, 0);
    if !problems.is_empty() {
        return Err(Diagnostics(problems));
    }
    let mut config = validate::validate(&files, parsed)?;
    crate::checkins::load_into(&mut config)?;
    Ok(config)
}

fn read_recursive(
    path: &Path,
    replacement: Option<(&Path, &str)>,
    files: &mut Vec<SourceText>,
    parsed: &mut Vec<raw::File>,
    problems: &mut Vec<Diagnostic>,
    depth: usize,
) {
    let replaced = replacement.filter(|(p, _)| same_file(p, path));
    let text = match replaced.map_or_else(|| read_text(path), |(_, t)| Ok(t.to_string())) {
        Ok(text) => text,
        Err(d) => {
            problems.push(d);
            return;
        }
    };
    let file: raw::File = match toml::from_str(&text) {
        Ok(f) => f,
        Err(e) => {
            problems.push(toml_error(path, &text, &e));
            return;
        }
    };
    let includes: Vec<_> = file.include.clone();
    let index = files.len();
    files.push(SourceText {
        path: path.to_path_buf(),
        text,
    });
    parsed.push(file);
    if depth > 8 {
        return;
    }
    let base = path.parent().unwrap_or(Path::new("."));
    for pattern in includes {
        let full = base.join(pattern.get_ref());
        let full_text = full.to_string_lossy().to_string();
        let paths = match glob::glob(&full_text) {
            Ok(paths) => paths,
            Err(e) => {
                problems.push(span_diag(
                    &files[index],
                    pattern.span(),
                    format!("invalid include pattern: {}", e.msg),
                    Some("use a path or a glob such as \"teams/*.toml\""),
                ));
                continue;
            }
        };
        let mut matched: Vec<PathBuf> = paths.filter_map(Result::ok).collect();
        matched.sort();
        if matched.is_empty() && !pattern.get_ref().contains(['*', '?', '[']) {
            problems.push(span_diag(
                &files[index],
                pattern.span(),
                format!("included file {} does not exist", full.display()),
                Some("include paths are relative to the file that names them"),
            ));
        }
        for p in matched {
            let canonical = p.canonicalize().unwrap_or_else(|_| p.clone());
            let seen = files
                .iter()
                .any(|f| f.path.canonicalize().unwrap_or_else(|_| f.path.clone()) == canonical);
            if !seen {
                read_recursive(&p, replacement, files, parsed, problems, depth + 1);
            }
        }
    }
}

fn same_file(a: &Path, b: &Path) -> bool {
    a == b || matches!((a.canonicalize(), b.canonicalize()), (Ok(x), Ok(y)) if x == y)
}

fn read_text(path: &Path) -> Result<String, Diagnostic> {
    if path.is_dir() {
        return Err(Diagnostic::new(format!(
            "{} is a directory, not an OKR file",
            path.display()
        ))
        .with_hint("pass the path of a .toml file"));
    }
    let bytes = std::fs::read(path).map_err(|e| {
        let hint = match e.kind() {
            std::io::ErrorKind::NotFound => "check the path; `okr init` writes a starter okrs.toml",
            std::io::ErrorKind::PermissionDenied => "check the file's permissions",
            _ => "check that the file can be read",
        };
        Diagnostic::new(format!("cannot read {}: {}", path.display(), io_reason(&e)))
            .with_hint(hint)
    })?;
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
    String::from_utf8(bytes.to_vec()).map_err(|e| {
        let offset = e.utf8_error().valid_up_to();
        let line = bytes[..offset].iter().filter(|&&b| b == b'\n').count() + 1;
        Diagnostic::new("the OKR file is not valid UTF-8")
            .in_file(path)
            .at(line, None)
            .with_hint("save the file as UTF-8")
    })
}

/// The reason of an I/O error without Rust's "(os error 2)" suffix.
pub fn io_reason(e: &std::io::Error) -> String {
    let text = e.to_string();
    match text.find(" (os error") {
        Some(i) => text[..i].to_string(),
        None => text,
    }
}

pub(crate) fn span_diag(
    file: &SourceText,
    span: std::ops::Range<usize>,
    message: String,
    hint: Option<&str>,
) -> Diagnostic {
    let d = Diagnostic::new(message)
        .in_file(&file.path)
        .at_offset(&file.text, span.start);
    match hint {
        Some(h) => d.with_hint(h),
        None => d,
    }
}

fn toml_error(path: &Path, text: &str, e: &toml::de::Error) -> Diagnostic {
    // serde names Rust types; people read TOML's.
    let message = e
        .message()
        .trim()
        .replace("expected f64", "expected a number")
        .replace("expected i64", "expected a whole number")
        .replace("expected u32", "expected a whole number")
        .replace("expected usize", "expected a whole number")
        .replace(
            "expected a sequence",
            "expected a list such as [\"a\", \"b\"]",
        );
    let mut d = Diagnostic::new(message.clone()).in_file(path);
    if let Some(span) = e.span() {
        d = d.at_offset(text, span.start);
    }
    if let Some(hint) = did_you_mean_from_serde(&message) {
        d = d.with_hint(hint);
    } else if message.contains("missing field") {
        d = d.with_hint("add the key; the starter file `okr init` writes shows every key");
    } else if message.contains("invalid type") {
        d = d.with_hint("check the value's type: text in quotes, numbers and dates without");
    } else if message.contains("duplicate key") {
        d = d.with_hint("a key appears once in a table: remove or rename one of them");
    } else if message.starts_with("expected a date") {
        d = d.with_hint("write dates as YYYY-MM-DD without quotes, e.g. start = 2026-01-01");
    } else {
        d = d.with_hint(
            "the file is not valid TOML here: text goes in quotes (\"...\"), numbers as 1234.5, dates as 2026-01-01, tables as [name]",
        );
    }
    d
}

/// Turns serde's "unknown field `x`, expected one of `a`, `b`" (or unknown
/// variant) into a "did you mean" hint.
fn did_you_mean_from_serde(message: &str) -> Option<String> {
    let kind = if message.starts_with("unknown field") {
        "key"
    } else if message.starts_with("unknown variant") {
        "value"
    } else {
        return None;
    };
    let names: Vec<&str> = message.split('`').skip(1).step_by(2).collect();
    let (found, expected) = names.split_first()?;
    match closest(found, expected.iter().copied()) {
        Some(best) => Some(format!("did you mean `{best}`?")),
        None => Some(format!(
            "the {kind}s allowed here are: {}",
            expected.join(", ")
        )),
    }
}

/// The candidate closest to `word` by edit distance, if close enough.
pub fn closest<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let limit = (word.chars().count() / 3).max(1) + 1;
    candidates
        .into_iter()
        .map(|c| (edit_distance(word, c), c))
        .filter(|&(d, _)| d <= limit)
        .min_by_key(|&(d, _)| d)
        .map(|(_, c)| c)
}

fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.to_lowercase().chars().collect();
    let b: Vec<char> = b.to_lowercase().chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != cb);
            cur[j + 1] = (prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        prev = cur;
    }
    prev[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_the_closest_key() {
        let hint = did_you_mean_from_serde(
            "unknown field `tittle`, expected one of `id`, `title`, `owner`",
        );
        assert_eq!(hint.as_deref(), Some("did you mean `title`?"));
        let hint = did_you_mean_from_serde("unknown field `zzzzzz`, expected `id` or `title`");
        assert_eq!(
            hint.as_deref(),
            Some("the keys allowed here are: id, title")
        );
    }

    #[test]
    fn edit_distances() {
        assert_eq!(edit_distance("kitten", "sitting"), 3);
        assert_eq!(closest("signup", ["signups", "sessions"]), Some("signups"));
        assert_eq!(closest("revenue", ["cac", "mqls"]), None);
    }
}

#[cfg(test)]
#[path = "tests.rs"]
mod validation_tests;
