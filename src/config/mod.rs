//! TOML -> validated model. Finds the OKR file, follows `include`s, and
//! checks everything DESIGN.md section 1.1 asks for, reporting every
//! problem found with file, line and column.

pub mod edit;
mod formula;
pub mod model;
pub mod next;
mod raw;
pub mod starter;
mod validate;

pub use formula::{parse as parse_formula, FormulaError};
pub use validate::{CHECK_NAMES, LOCALES, PENDING_NEVER_FAILS};

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use crate::config::model::Config;
use crate::error::{Diagnostic, Diagnostics};

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
        if candidate.symlink_metadata().is_ok() && !candidate.is_dir() {
            // Found, not named by the person: a committed `okrs.toml` link
            // is held to the rules of every path an OKR file names.
            crate::trust::Trust::for_main(&candidate)
                .check(&candidate, "the OKR file")
                .map_err(crate::trust::Refusal::into_diagnostic)?;
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

/// Reads and validates the OKR file at `path` with its includes. Only the
/// TOML: check-ins are data, folded in by `metrics::load_config`.
pub fn load(path: &Path) -> Result<Config, Diagnostics> {
    load_replacing(path, &[])
}

/// As [`load`], with each of `replacements` (a file and its text) read in
/// place of that file: `okr next` validates every file it rewrites at once.
pub fn load_replacing(path: &Path, replacements: &[(&Path, &str)]) -> Result<Config, Diagnostics> {
    let tree = Tree::read(path, replacements);
    if !tree.problems.is_empty() {
        return Err(Diagnostics(tree.problems));
    }
    validate::validate(&tree.files, tree.parsed)
}

/// The main OKR file and the files it includes, in the loader's order
/// (depth first, each pattern's matches sorted), each once.
pub fn files(path: &Path) -> Result<Vec<PathBuf>, Diagnostics> {
    let tree = Tree::read(path, &[]);
    if !tree.problems.is_empty() {
        return Err(Diagnostics(tree.problems));
    }
    Ok(tree.files.into_iter().map(|f| f.path).collect())
}

/// The files of one config as read, with the problems found reading them.
struct Tree<'a> {
    trust: crate::trust::Trust,
    replacements: Vec<(PathBuf, &'a str)>,
    files: Vec<SourceText>,
    parsed: Vec<raw::File>,
    problems: Vec<Diagnostic>,
    /// Every file read, resolved once: a file included twice is read once.
    seen: HashSet<PathBuf>,
    bytes: u64,
}

impl<'a> Tree<'a> {
    fn read(path: &Path, replacements: &[(&Path, &'a str)]) -> Tree<'a> {
        let mut tree = Tree {
            trust: crate::trust::Trust::for_main(path),
            replacements: replacements
                .iter()
                .map(|&(p, t)| (resolved(p), t))
                .collect(),
            files: Vec::new(),
            parsed: Vec::new(),
            problems: Vec::new(),
            seen: HashSet::new(),
            bytes: 0,
        };
        tree.seen.insert(resolved(path));
        tree.read_file(path, 0);
        tree
    }

    fn read_file(&mut self, path: &Path, depth: usize) {
        crate::work::step(1);
        // Only `okr next` reads files in place of others: resolving the
        // path costs system calls, so only then.
        let replaced = if self.replacements.is_empty() {
            None
        } else {
            let here = resolved(path);
            crate::work::step(self.replacements.len());
            self.replacements
                .iter()
                .find(|(p, _)| *p == here)
                .map(|(_, t)| t.to_string())
        };
        let text = match replaced.map_or_else(|| read_text(path), Ok) {
            Ok(text) => text,
            Err(d) => {
                self.problems.push(d);
                return;
            }
        };
        self.bytes += text.len() as u64;
        let file: raw::File = match toml::from_str(&text) {
            Ok(f) => f,
            Err(e) => {
                self.problems.push(toml_error(path, &text, &e));
                return;
            }
        };
        let includes: Vec<_> = file.include.clone();
        let index = self.files.len();
        self.files.push(SourceText {
            path: path.to_path_buf(),
            text,
        });
        self.parsed.push(file);
        if includes.is_empty() {
            return;
        }
        if depth >= crate::trust::MAX_INCLUDE_DEPTH {
            let span = includes[0].span();
            self.problems.push(span_diag(
                &self.files[index],
                span,
                format!(
                    "includes nest deeper than {} files",
                    crate::trust::MAX_INCLUDE_DEPTH
                ),
                Some("include the files from a file nearer the main OKR file"),
            ));
            return;
        }
        let base = path.parent().unwrap_or(Path::new(".")).to_path_buf();
        for pattern in includes {
            let located = |file: &SourceText, message: String, hint: &str| {
                span_diag(file, pattern.span(), message, Some(hint))
            };
            let matched = match expand(&base, pattern.get_ref(), &self.trust) {
                Ok(m) => m,
                Err(Expand::Pattern(message)) => {
                    self.problems.push(located(
                        &self.files[index],
                        format!("invalid include pattern: {message}"),
                        "use a path or a glob such as \"teams/*.toml\"",
                    ));
                    continue;
                }
                Err(Expand::Refused(r)) => {
                    self.problems
                        .push(located(&self.files[index], r.message, &r.hint));
                    continue;
                }
            };
            if matched.is_empty() && !is_glob(pattern.get_ref()) {
                self.problems.push(located(
                    &self.files[index],
                    format!(
                        "included file {} does not exist",
                        base.join(pattern.get_ref()).display()
                    ),
                    "include paths are relative to the file that names them",
                ));
            }
            for p in matched {
                crate::work::step(1);
                let canonical = match self.trust.check(&p, "included file") {
                    Ok(c) => c.unwrap_or_else(|| p.clone()),
                    Err(r) => {
                        self.problems
                            .push(located(&self.files[index], r.message, &r.hint));
                        continue;
                    }
                };
                if !self.seen.insert(canonical) {
                    continue;
                }
                // `seen` holds the main file too.
                if self.seen.len() > crate::trust::MAX_OKR_FILES + 1 || self.bytes > MAX_TOTAL_BYTES
                {
                    self.problems.push(located(
                        &self.files[index],
                        format!(
                            "the OKR file includes more than {} files or {} MiB of text",
                            crate::trust::MAX_OKR_FILES,
                            MAX_TOTAL_BYTES / (1024 * 1024)
                        ),
                        "split the OKR files across cycles or teams, or include fewer files",
                    ));
                    return;
                }
                self.read_file(&p, depth + 1);
            }
        }
    }
}

/// How much text the OKR files may hold together.
const MAX_TOTAL_BYTES: u64 = 256 * 1024 * 1024;

fn resolved(path: &Path) -> PathBuf {
    path.canonicalize().unwrap_or_else(|_| path.to_path_buf())
}

fn is_glob(pattern: &str) -> bool {
    pattern.contains(['*', '?', '['])
}

enum Expand {
    Pattern(String),
    Refused(crate::trust::Refusal),
}

/// The paths an include pattern matches, sorted. Like a shell glob, but a
/// wildcard never descends into a symlinked directory (a `t/a -> .` loop
/// is not walked), the walk starts only in a directory the config may
/// read, and it looks at a bounded number of directory entries.
fn expand(base: &Path, pattern: &str, trust: &crate::trust::Trust) -> Result<Vec<PathBuf>, Expand> {
    let full = base.join(pattern);
    if !is_glob(pattern) {
        return Ok(if full.symlink_metadata().is_ok() {
            vec![full]
        } else {
            Vec::new()
        });
    }
    let parts: Vec<std::path::Component> = full.components().collect();
    let first_wild = parts
        .iter()
        .position(|c| is_glob(&c.as_os_str().to_string_lossy()))
        .unwrap_or(parts.len());
    let start: PathBuf = parts[..first_wild].iter().collect();
    let start = if start.as_os_str().is_empty() {
        PathBuf::from(".")
    } else {
        start
    };
    let mut patterns = Vec::new();
    for part in &parts[first_wild..] {
        let text = part.as_os_str().to_string_lossy();
        if text == "**" {
            patterns.push(None);
        } else if text.contains("**") {
            return Err(Expand::Pattern(
                "wildcards `**` must be a whole path component, e.g. teams/**/*.toml".to_string(),
            ));
        } else {
            let p = glob::Pattern::new(&text).map_err(|e| Expand::Pattern(e.msg.to_string()))?;
            patterns.push(Some(p));
        }
    }
    trust
        .check_dir(&start, "an include pattern walks")
        .map_err(Expand::Refused)?;
    let mut found = Vec::new();
    let mut budget = crate::trust::MAX_GLOB_ENTRIES;
    let mut stack = vec![(start, 0usize)];
    while let Some((dir, i)) = stack.pop() {
        let Some(step) = patterns.get(i) else {
            continue;
        };
        let last = i + 1 == patterns.len();
        if step.is_none() {
            // `**`: this directory, and every real one below it.
            if last {
                continue;
            }
            stack.push((dir.clone(), i + 1));
        }
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            budget = budget.checked_sub(1).ok_or_else(|| {
                Expand::Pattern(format!(
                    "the pattern looks at more than {} directory entries",
                    crate::trust::MAX_GLOB_ENTRIES
                ))
            })?;
            // Real directories only (a symlinked one is not entered), and
            // never git's own.
            let is_dir = entry.file_type().is_ok_and(|t| t.is_dir()) && entry.file_name() != ".git";
            let path = entry.path();
            match step {
                None => {
                    if is_dir {
                        stack.push((path, i));
                    }
                }
                Some(p) => {
                    if !p.matches(&entry.file_name().to_string_lossy()) {
                        continue;
                    }
                    if last {
                        found.push(path);
                    } else if is_dir {
                        stack.push((path, i + 1));
                    }
                }
            }
        }
    }
    found.sort();
    found.dedup();
    Ok(found)
}

fn read_text(path: &Path) -> Result<String, Diagnostic> {
    if path.is_dir() {
        return Err(Diagnostic::new(format!(
            "{} is a directory, not an OKR file",
            path.display()
        ))
        .with_hint("pass the path of a .toml file"));
    }
    let bytes = crate::trust::read_bounded(path, crate::trust::MAX_OKR_FILE_BYTES)
        .map_err(|e| {
            let hint = match e.kind() {
                std::io::ErrorKind::NotFound => {
                    "check the path; `okr init` writes a starter okrs.toml"
                }
                std::io::ErrorKind::PermissionDenied => "check the file's permissions",
                _ => "check that the file can be read",
            };
            Diagnostic::new(format!("cannot read {}: {}", path.display(), io_reason(&e)))
                .with_hint(hint)
        })?
        .ok_or_else(|| {
            Diagnostic::new(format!(
                "{} is larger than {} MiB, too large for an OKR file",
                path.display(),
                crate::trust::MAX_OKR_FILE_BYTES / (1024 * 1024)
            ))
            .with_hint("split it with `include = [\"teams/*.toml\"]`")
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
    fn include_patterns_match_as_shell_globs_do() {
        let dir = tempfile::tempdir().unwrap();
        let base = dir.path();
        for file in [
            "okrs.toml",
            "teams/a.toml",
            "teams/b.toml",
            "teams/.hidden.toml",
            "teams/notes.md",
            "teams/x/deep.toml",
            "teams/x/y/deeper.toml",
            "other/c.toml",
        ] {
            let path = base.join(file);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, "").unwrap();
        }
        let trust = crate::trust::Trust::new(&base.join("okrs.toml"), &[]);
        for pattern in [
            "teams/*.toml",
            "teams/[ab].toml",
            "teams/?.toml",
            "teams/**/*.toml",
            "**/*.toml",
            "*/x/*.toml",
            "teams/x/**/deeper.toml",
            "nothing/*.toml",
        ] {
            let ours = expand(base, pattern, &trust).ok().unwrap();
            let theirs: Vec<PathBuf> = glob::glob(&base.join(pattern).to_string_lossy())
                .unwrap()
                .filter_map(Result::ok)
                .collect();
            let mut theirs = theirs;
            theirs.sort();
            assert_eq!(ours, theirs, "{pattern}");
        }
        assert!(matches!(
            expand(base, "teams/a**.toml", &trust),
            Err(Expand::Pattern(_))
        ));
        assert!(matches!(
            expand(base, "/**/*.toml", &trust),
            Err(Expand::Refused(_))
        ));
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
