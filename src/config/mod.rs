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

pub use formula::{parse as parse_formula, FormulaError, FormulaFault};
pub use validate::{CHECK_NAMES, LOCALES, PENDING_NEVER_FAILS};

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use crate::config::model::Config;
use crate::error::config::{Expected, Found, PatternFault, ReadFault, TomlHint, Unknown};
use crate::error::{ConfigProblem, Diagnostic, Diagnostics, Problem};

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
            return Err(Diagnostic::new(ConfigProblem::IsADirectory {
                path: path.to_path_buf(),
                inside: Some(inside),
            }));
        }
        return Ok(path.to_path_buf());
    }
    for dir in cwd.ancestors() {
        let candidate = dir.join(DEFAULT_FILE);
        if candidate.symlink_metadata().is_ok() && !candidate.is_dir() {
            // Found, not named by the person: a committed `okrs.toml` link
            // is held to the rules of every path an OKR file names.
            crate::trust::Trust::for_main(&candidate)
                .check(&candidate, &crate::trust::Named::OkrFile)
                .map_err(crate::trust::Refusal::into_diagnostic)?;
            return Ok(candidate);
        }
    }
    Err(Diagnostic::new(ConfigProblem::NoOkrFile {
        file: DEFAULT_FILE,
        dir: cwd.to_path_buf(),
    }))
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
                ConfigProblem::IncludesTooDeep {
                    max: crate::trust::MAX_INCLUDE_DEPTH,
                },
            ));
            return;
        }
        let base = path.parent().unwrap_or(Path::new(".")).to_path_buf();
        for pattern in includes {
            let here = |file: &SourceText, problem: ConfigProblem| {
                span_diag(file, pattern.span(), problem)
            };
            let matched = match expand(&base, pattern.get_ref(), &self.trust) {
                Ok(m) => m,
                Err(Expand::Pattern(fault)) => {
                    self.problems.push(here(
                        &self.files[index],
                        ConfigProblem::IncludePattern { fault },
                    ));
                    continue;
                }
                Err(Expand::Refused(r)) => {
                    self.problems.push(located(
                        r.into_diagnostic(),
                        &self.files[index],
                        pattern.span(),
                    ));
                    continue;
                }
            };
            if matched.is_empty() && !is_glob(pattern.get_ref()) {
                self.problems.push(here(
                    &self.files[index],
                    ConfigProblem::IncludeMissing {
                        path: base.join(pattern.get_ref()),
                    },
                ));
            }
            for p in matched {
                crate::work::step(1);
                let canonical = match self.trust.check(&p, &crate::trust::Named::Include) {
                    Ok(c) => c.unwrap_or_else(|| p.clone()),
                    Err(r) => {
                        self.problems.push(located(
                            r.into_diagnostic(),
                            &self.files[index],
                            pattern.span(),
                        ));
                        continue;
                    }
                };
                if !self.seen.insert(canonical) {
                    continue;
                }
                // `seen` holds the main file too.
                if self.seen.len() > crate::trust::MAX_OKR_FILES + 1 || self.bytes > MAX_TOTAL_BYTES
                {
                    self.problems.push(here(
                        &self.files[index],
                        ConfigProblem::TooManyIncludes {
                            files: crate::trust::MAX_OKR_FILES,
                            mib: MAX_TOTAL_BYTES / (1024 * 1024),
                        },
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
    Pattern(PatternFault),
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
            return Err(Expand::Pattern(PatternFault::DoubleStar));
        } else {
            let p = glob::Pattern::new(&text)
                .map_err(|e| Expand::Pattern(PatternFault::Glob(e.msg.to_string())))?;
            patterns.push(Some(p));
        }
    }
    trust
        .check_dir(&start, &crate::trust::Named::IncludeWalk)
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
            budget =
                budget
                    .checked_sub(1)
                    .ok_or(Expand::Pattern(PatternFault::TooManyEntries {
                        max: crate::trust::MAX_GLOB_ENTRIES,
                    }))?;
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
        return Err(Diagnostic::new(ConfigProblem::IsADirectory {
            path: path.to_path_buf(),
            inside: None,
        }));
    }
    let bytes = crate::trust::read_bounded(path, crate::trust::MAX_OKR_FILE_BYTES)
        .map_err(|e| {
            Diagnostic::new(ConfigProblem::CannotRead {
                path: path.to_path_buf(),
                reason: io_reason(&e),
                why: Some(read_fault(&e)),
            })
        })?
        .ok_or_else(|| {
            Diagnostic::new(ConfigProblem::TooLarge {
                path: path.to_path_buf(),
                mib: crate::trust::MAX_OKR_FILE_BYTES / (1024 * 1024),
            })
        })?;
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
    String::from_utf8(bytes.to_vec()).map_err(|e| {
        let offset = e.utf8_error().valid_up_to();
        let line = bytes[..offset].iter().filter(|&&b| b == b'\n').count() + 1;
        Diagnostic::new(ConfigProblem::NotUtf8)
            .in_file(path)
            .at(line, None)
    })
}

/// Which hint an I/O error reading a file gets.
pub(crate) fn read_fault(e: &std::io::Error) -> ReadFault {
    match e.kind() {
        std::io::ErrorKind::NotFound => ReadFault::NotFound,
        std::io::ErrorKind::PermissionDenied => ReadFault::PermissionDenied,
        _ => ReadFault::Other,
    }
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
    problem: impl Into<Problem>,
) -> Diagnostic {
    located(Diagnostic::new(problem), file, span)
}

/// `d`, placed at `span` of `file` (a refusal made elsewhere).
pub(crate) fn located(
    d: Diagnostic,
    file: &SourceText,
    span: std::ops::Range<usize>,
) -> Diagnostic {
    d.in_file(&file.path).at_offset(&file.text, span.start)
}

fn toml_error(path: &Path, text: &str, e: &toml::de::Error) -> Diagnostic {
    let mut d = Diagnostic::new(toml_problem(e.message())).in_file(path);
    if let Some(span) = e.span() {
        d = d.at_offset(text, span.start);
    }
    d
}

/// The problem a TOML parser's (or serde's) message describes: a typed
/// problem when okr knows its shape (unknown key, missing key, wrong type,
/// a date), else the parser's own message with the hint its words call for.
fn toml_problem(message: &str) -> ConfigProblem {
    // serde names Rust types; people read TOML's.
    let message = message
        .trim()
        .replace("expected f64", "expected a number")
        .replace("expected i64", "expected a whole number")
        .replace("expected u32", "expected a whole number")
        .replace("expected usize", "expected a whole number")
        .replace(
            "expected a sequence",
            "expected a list such as [\"a\", \"b\"]",
        );
    if let Some(problem) = typed_problem(&message) {
        // Typed only when it says exactly what the parser said, in English.
        let _english = crate::i18n::scoped(crate::i18n::Lang::En);
        if problem.message() == message {
            return problem;
        }
    }
    let hint = if message.contains("missing field") {
        TomlHint::MissingKey
    } else if message.contains("invalid type") {
        TomlHint::InvalidType
    } else if message.contains("duplicate key") {
        TomlHint::DuplicateKey
    } else if message.starts_with("expected a date") {
        TomlHint::Date
    } else {
        TomlHint::Syntax
    };
    ConfigProblem::TomlSyntax { message, hint }
}

/// Reads serde's and the date parser's messages back into data:
/// "unknown field `x`, expected one of `a`, `b`", "missing field `id`",
/// "invalid type: string \"x\", expected a number", ...
fn typed_problem(message: &str) -> Option<ConfigProblem> {
    let ticked = |text: &str| -> Vec<String> {
        text.split('`')
            .skip(1)
            .step_by(2)
            .map(str::to_string)
            .collect()
    };
    for (prefix, what) in [
        ("unknown field `", Unknown::Key),
        ("unknown variant `", Unknown::Value),
    ] {
        if message.starts_with(prefix) {
            let names = ticked(message);
            let (found, known) = names.split_first()?;
            return Some(ConfigProblem::unknown(
                what,
                found,
                known.iter().map(String::as_str),
            ));
        }
    }
    if let Some(rest) = message.strip_prefix("missing field `") {
        return Some(ConfigProblem::MissingKey {
            key: rest.strip_suffix('`')?.to_string(),
        });
    }
    if message == "duplicate key" {
        return Some(ConfigProblem::DuplicateKey);
    }
    if message == "expected a date such as 2026-01-01" {
        return Some(ConfigProblem::BadDate {
            found: None,
            with_time: false,
        });
    }
    if message == "expected a date without a time, such as 2026-01-01" {
        return Some(ConfigProblem::BadDate {
            found: None,
            with_time: true,
        });
    }
    if let Some(rest) = message.strip_prefix("expected a date such as 2026-01-01, found \"") {
        return Some(ConfigProblem::BadDate {
            found: Some(rest.strip_suffix('"')?.to_string()),
            with_time: false,
        });
    }
    let (value, rest) = if let Some(rest) = message.strip_prefix("invalid type: ") {
        (false, rest)
    } else if let Some(rest) = message.strip_prefix("invalid value: ") {
        (true, rest)
    } else {
        return None;
    };
    let (found, expected) = rest.rsplit_once(", expected ")?;
    let quoted = |prefix: &str, open: char, close: char| {
        found
            .strip_prefix(prefix)?
            .strip_prefix(open)?
            .strip_suffix(close)
            .map(str::to_string)
    };
    let found = if let Some(s) = quoted("string ", '"', '"') {
        Found::Text(s)
    } else if let Some(s) = quoted("integer ", '`', '`') {
        Found::Integer(s)
    } else if let Some(s) = quoted("floating point ", '`', '`') {
        Found::Float(s)
    } else if let Some(s) = quoted("boolean ", '`', '`') {
        Found::Bool(s)
    } else if found == "sequence" {
        Found::List
    } else if found == "map" {
        Found::Table
    } else {
        Found::Other(found.to_string())
    };
    let expected = match expected {
        "a number" => Expected::Number,
        "a whole number" => Expected::WholeNumber,
        "a list such as [\"a\", \"b\"]" => Expected::List,
        "a string" => Expected::Text,
        "a boolean" => Expected::Bool,
        "a table's title (\"Instagram reach\") or its number (1 for the first)" => {
            Expected::TableChoice
        }
        other => Expected::Other(other.to_string()),
    };
    Some(ConfigProblem::InvalidType {
        value,
        found,
        expected,
    })
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
        let _en = crate::i18n::scoped(crate::i18n::Lang::En);
        let hint =
            toml_problem("unknown field `tittle`, expected one of `id`, `title`, `owner`").hint();
        assert_eq!(hint.as_deref(), Some("did you mean `title`?"));
        let hint = toml_problem("unknown field `zzzzzz`, expected `id` or `title`").hint();
        assert_eq!(
            hint.as_deref(),
            Some("the keys allowed here are: id, title")
        );
    }

    #[test]
    fn serde_messages_read_back_as_data_and_say_the_same() {
        let _en = crate::i18n::scoped(crate::i18n::Lang::En);
        for message in [
            "unknown field `tittle`, expected one of `id`, `title`, `owner`",
            "unknown field `zz`, expected `id` or `title`",
            "unknown field `zz`, expected `id`",
            "unknown field `zz`, there are no fields",
            "unknown variant `mnoth`, expected one of `cycle`, `day`, `week`",
            "missing field `id`",
            "duplicate key",
            "invalid type: string \"100\", expected a number",
            "invalid type: integer `5`, expected a list such as [\"a\", \"b\"]",
            "invalid value: integer `300`, expected u8",
            "expected a date such as 2026-01-01",
            "expected a date without a time, such as 2026-01-01",
            "expected a date such as 2026-01-01, found \"2026-13-01\"",
        ] {
            let problem = toml_problem(message);
            assert!(
                !matches!(problem, ConfigProblem::TomlSyntax { .. }),
                "{message}: {problem:?}"
            );
            assert_eq!(problem.message(), message);
        }
        let problem = toml_problem("unclosed table, expected `]`");
        assert!(matches!(problem, ConfigProblem::TomlSyntax { .. }));
        assert_eq!(problem.message(), "unclosed table, expected `]`");
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
