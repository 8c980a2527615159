//! In-place edits of the OKR file (`okr set`) with toml_edit: the file stays
//! the user's. Only the edited value's text changes; every comment, blank
//! line, key order and the value's own trailing comment are kept byte for
//! byte. The edited text is validated with the whole config (includes and
//! check-in log too) before anything is written, and then written whole or
//! not at all (a temporary file beside it, renamed over it, with the file's
//! permissions).

use std::io::Write;
use std::path::{Path, PathBuf};

use toml_edit::{DocumentMut, Item, TableLike, Value};

use crate::error::config::{EditFault, Thing, Unknown, WriteStep};
use crate::error::{ConfigProblem, Diagnostic};

/// One `key=value` of the command line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Assignment {
    pub key: String,
    pub text: String,
}

impl std::str::FromStr for Assignment {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, String> {
        let bad = |plain| {
            ConfigProblem::BadAssignment {
                found: s.to_string(),
                plain,
            }
            .message()
        };
        let (key, text) = s.split_once('=').ok_or_else(|| bad(false))?;
        let key = key.trim();
        if key.is_empty()
            || !key
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
        {
            return Err(bad(true));
        }
        Ok(Assignment {
            key: key.to_string(),
            text: text.trim().to_string(),
        })
    }
}

/// What an id names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Objective,
    KeyResult,
    Experiment,
}

impl Kind {
    pub fn name(self) -> &'static str {
        match self {
            Kind::Objective => "objective",
            Kind::KeyResult => "key result",
            Kind::Experiment => "experiment",
        }
    }

    /// The thing, as problems name it.
    pub fn thing(self) -> Thing {
        match self {
            Kind::Objective => Thing::Objective,
            Kind::KeyResult => Thing::KeyResult,
            Kind::Experiment => Thing::Experiment,
        }
    }
}

/// Where an id is declared inside one file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Place {
    Objective(usize),
    KeyResult(usize, usize),
    Experiment(usize),
}

impl Place {
    fn kind(self) -> Kind {
        match self {
            Place::Objective(_) => Kind::Objective,
            Place::KeyResult(..) => Kind::KeyResult,
            Place::Experiment(_) => Kind::Experiment,
        }
    }
}

/// One value changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    pub key: String,
    /// The value as it was written, `None` for a new key.
    pub before: Option<String>,
    pub after: String,
}

/// An edit of one file, not yet written.
#[derive(Debug, Clone)]
pub struct Edit {
    pub path: PathBuf,
    pub kind: Kind,
    pub id: String,
    /// The file's bytes as read (a byte-order mark included).
    original: Vec<u8>,
    /// The edited text (without a byte-order mark).
    pub text: String,
    pub changes: Vec<Change>,
}

/// Sets `assignments` on the objective, key result or experiment `id`,
/// declared in `main` or a file it includes. Nothing is written.
pub fn edit(main: &Path, id: &str, assignments: &[Assignment]) -> Result<Edit, Diagnostic> {
    let mut known: Vec<String> = Vec::new();
    for path in files(main)? {
        let original = std::fs::read(&path).map_err(|e| cannot_read(&path, &e))?;
        let bom = original.starts_with(b"\xEF\xBB\xBF");
        let text = std::str::from_utf8(&original[if bom { 3 } else { 0 }..])
            .map_err(|_| Diagnostic::new(ConfigProblem::NotUtf8).in_file(&path))?
            .to_string();
        let mut doc: DocumentMut = text.parse().map_err(|e: toml_edit::TomlError| {
            let d = Diagnostic::new(toml_edit_problem(&e)).in_file(&path);
            match e.span() {
                Some(span) => d.at_offset(&text, span.start),
                None => d,
            }
        })?;
        let places = places(&doc);
        let Some(&(_, place)) = places.iter().find(|(found, _)| found == id) else {
            known.extend(places.into_iter().map(|(found, _)| found));
            continue;
        };
        let table = table_mut(&mut doc, place).ok_or_else(|| {
            Diagnostic::new(ConfigProblem::CannotEdit {
                id: id.to_string(),
                path: path.clone(),
            })
        })?;
        let mut changes = Vec::new();
        for a in assignments {
            changes.push(assign(table, place.kind(), a).map_err(|fault| {
                Diagnostic::new(ConfigProblem::BadEdit {
                    what: place.kind().thing(),
                    id: id.to_string(),
                    fault,
                })
                .in_file(&path)
            })?);
        }
        let text = same_layout(&text, doc.to_string())
            .ok_or_else(|| Diagnostic::new(ConfigProblem::MixedLineEnds { path: path.clone() }))?;
        return Ok(Edit {
            path,
            kind: place.kind(),
            id: id.to_string(),
            original,
            text,
            changes,
        });
    }
    Err(Diagnostic::new(ConfigProblem::unknown(
        Unknown::Id,
        id,
        known.iter().map(String::as_str),
    )))
}

fn cannot_read(path: &Path, e: &std::io::Error) -> Diagnostic {
    Diagnostic::new(ConfigProblem::CannotRead {
        path: path.to_path_buf(),
        reason: super::io_reason(e),
        why: None,
    })
}

/// toml_edit's message, kept as it says it (no hint: the file read when
/// it was loaded, so this is rare).
pub(crate) fn toml_edit_problem(e: &toml_edit::TomlError) -> ConfigProblem {
    ConfigProblem::TomlSyntax {
        message: e.message().trim().to_string(),
        hint: crate::error::config::TomlHint::None,
    }
}

/// Appends `snippet` (whole TOML tables, e.g. a new `[[experiments]]`) to
/// `file`, keeping everything before it byte for byte (and the file's line
/// ends). Nothing is written: check it with [`check`], then [`write`].
pub fn append(file: &Path, kind: Kind, id: &str, snippet: &str) -> Result<Edit, Diagnostic> {
    let original = std::fs::read(file).map_err(|e| cannot_read(file, &e))?;
    let bom = original.starts_with(b"\xEF\xBB\xBF");
    let text = std::str::from_utf8(&original[if bom { 3 } else { 0 }..])
        .map_err(|_| Diagnostic::new(ConfigProblem::NotUtf8).in_file(file))?
        .to_string();
    let crlf = text.contains("\r\n");
    let mut out = text.clone();
    if !out.is_empty() && !out.ends_with('\n') {
        out.push_str(if crlf { "\r\n" } else { "\n" });
    }
    let snippet = if crlf {
        snippet.replace('\n', "\r\n")
    } else {
        snippet.to_string()
    };
    out.push_str(&snippet);
    Ok(Edit {
        path: file.to_path_buf(),
        kind,
        id: id.to_string(),
        original,
        text: out,
        changes: Vec::new(),
    })
}

/// toml_edit writes `\n` line ends: a file written with `\r\n` gets them
/// back. `None` when the edited text would differ from the original in
/// more than the edit (a file that mixes line ends).
fn same_layout(original: &str, edited: String) -> Option<String> {
    let unedited: String = original.parse::<DocumentMut>().ok()?.to_string();
    if unedited == original {
        Some(edited)
    } else if unedited.replace('\n', "\r\n") == original {
        Some(edited.replace('\n', "\r\n"))
    } else {
        None
    }
}

/// Writes the edit: a temporary file beside the original with its
/// permissions, fsynced, renamed over it. Refuses when the file changed
/// since it was read.
pub fn write(edit: &Edit) -> Result<(), Diagnostic> {
    write_text(&edit.path, &edit.original, &edit.text)
}

/// Replaces the file at `path`, read as `original` (its bytes, a
/// byte-order mark kept), with `text`: atomically, keeping its owner and
/// permissions, and refusing when the file changed since it was read.
pub fn write_text(path: &Path, original: &[u8], text: &str) -> Result<(), Diagnostic> {
    let fail = |step: WriteStep, e: &std::io::Error| {
        Diagnostic::new(ConfigProblem::CannotWrite {
            step,
            path: path.to_path_buf(),
            reason: super::io_reason(e),
        })
    };
    // A symlinked OKR file stays a symlink: the file it points to is replaced.
    let target = path.canonicalize().map_err(|e| fail(WriteStep::Read, &e))?;
    let meta = std::fs::metadata(&target).map_err(|e| fail(WriteStep::Read, &e))?;
    let permissions = meta.permissions();
    let dir = target.parent().unwrap_or(Path::new("."));
    let mut bytes = Vec::with_capacity(text.len() + 3);
    if original.starts_with(b"\xEF\xBB\xBF") {
        bytes.extend_from_slice(b"\xEF\xBB\xBF");
    }
    bytes.extend_from_slice(text.as_bytes());
    let mut tmp = crate::lock::temp_file_in(dir).map_err(|e| fail(WriteStep::WriteBeside, &e))?;
    tmp.write_all(&bytes)
        .and_then(|()| crate::lock::same_owner(tmp.as_file(), &meta))
        .and_then(|()| tmp.as_file().set_permissions(permissions))
        .and_then(|()| tmp.as_file().sync_all())
        .map_err(|e| fail(WriteStep::Write, &e))?;
    let now = std::fs::read(&target).map_err(|e| fail(WriteStep::Read, &e))?;
    if now != original {
        return Err(Diagnostic::new(ConfigProblem::ChangedWhileEditing {
            path: path.to_path_buf(),
        }));
    }
    tmp.persist(&target)
        .map_err(|e| fail(WriteStep::Replace, &e.error))?;
    // The rename itself is durable once the directory is synced: success
    // is never reported for an edit that is not on disk.
    crate::lock::sync_dir(dir).map_err(|e| fail(WriteStep::SyncDir, &e))?;
    Ok(())
}

/// The main file and the files it includes, in the loader's order, with
/// the loader's checks (paths inside the project, limits).
fn files(main: &Path) -> Result<Vec<PathBuf>, Diagnostic> {
    super::files(main).map_err(|mut all| all.0.remove(0))
}

/// The tables of an array of tables (`[[objectives]]`) or the inline
/// tables of an array (`key_results = [ { ... } ]`).
fn tables(item: Option<&Item>) -> Vec<&dyn TableLike> {
    match item {
        Some(Item::ArrayOfTables(a)) => a.iter().map(|t| t as &dyn TableLike).collect(),
        Some(Item::Value(Value::Array(a))) => a
            .iter()
            .filter_map(|v| v.as_inline_table().map(|t| t as &dyn TableLike))
            .collect(),
        _ => Vec::new(),
    }
}

fn table_at(item: Option<&mut Item>, index: usize) -> Option<&mut dyn TableLike> {
    match item? {
        Item::ArrayOfTables(a) => a.get_mut(index).map(|t| t as &mut dyn TableLike),
        Item::Value(Value::Array(a)) => a
            .iter_mut()
            .filter_map(Value::as_inline_table_mut)
            .nth(index)
            .map(|t| t as &mut dyn TableLike),
        _ => None,
    }
}

fn id_of(table: &dyn TableLike) -> Option<String> {
    table.get("id")?.as_str().map(str::to_string)
}

/// Every id a file declares, with where.
fn places(doc: &DocumentMut) -> Vec<(String, Place)> {
    let mut out = Vec::new();
    for (i, objective) in tables(doc.get("objectives")).into_iter().enumerate() {
        if let Some(id) = id_of(objective) {
            out.push((id, Place::Objective(i)));
        }
        for (j, kr) in tables(objective.get("key_results")).into_iter().enumerate() {
            if let Some(id) = id_of(kr) {
                out.push((id, Place::KeyResult(i, j)));
            }
        }
    }
    for (i, experiment) in tables(doc.get("experiments")).into_iter().enumerate() {
        if let Some(id) = id_of(experiment) {
            out.push((id, Place::Experiment(i)));
        }
    }
    out
}

fn table_mut(doc: &mut DocumentMut, place: Place) -> Option<&mut dyn TableLike> {
    match place {
        Place::Objective(i) => table_at(doc.get_mut("objectives"), i),
        Place::KeyResult(i, j) => table_at(
            table_at(doc.get_mut("objectives"), i)?.get_mut("key_results"),
            j,
        ),
        Place::Experiment(i) => table_at(doc.get_mut("experiments"), i),
    }
}

/// The TOML type a key takes, so that `950` stays a number and
/// `2026-02-28` a date whatever was there before.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Type {
    Number,
    Integer,
    Date,
    Bool,
    Text,
    /// Arrays and inline tables, written as TOML.
    Toml,
}

fn type_of(kind: Kind, key: &str) -> Option<Type> {
    Some(match (kind, key) {
        (_, "id" | "title" | "owner" | "metric" | "hypothesis" | "learning") => Type::Text,
        (Kind::Objective, "type" | "parent" | "rollup") => Type::Text,
        (Kind::KeyResult, "aggregate" | "window" | "every") => Type::Text,
        (Kind::Experiment, "status") => Type::Text,
        (_, "weight" | "expected_lift") => Type::Number,
        (Kind::KeyResult, "start" | "target" | "at_least" | "at_most" | "current") => Type::Number,
        (Kind::Experiment, "impact" | "confidence" | "ease") => Type::Integer,
        (Kind::KeyResult, "due" | "done_on" | "updated") => Type::Date,
        (Kind::Experiment, "start" | "end") => Type::Date,
        (Kind::KeyResult, "done") => Type::Bool,
        (_, "tags" | "key_results" | "guardrails" | "plan") => Type::Toml,
        _ => return None,
    })
}

/// `text` as a TOML value of the key's type (or, for a key `okr` does not
/// know, what it looks like; validation then names the key).
fn typed(kind: Kind, key: &str, text: &str) -> Result<Value, EditFault> {
    let ty = type_of(kind, key).unwrap_or_else(|| guess(text));
    match ty {
        Type::Text => Ok(Value::from(text)),
        Type::Number | Type::Integer => {
            let n = crate::metrics::checkins::parse_value(text).map_err(|why| {
                EditFault::NotANumber {
                    key: key.to_string(),
                    why,
                }
            })?;
            let integral = n.fract() == 0.0 && n.abs() < 9.0e15;
            let plain_integer = text.trim().bytes().all(|b| b.is_ascii_digit() || b == b'-');
            if integral && (ty == Type::Integer || plain_integer) {
                Ok(Value::from(n as i64))
            } else {
                Ok(Value::from(n))
            }
        }
        Type::Date => {
            let date = chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d").map_err(|_| {
                EditFault::BadDate {
                    key: key.to_string(),
                    found: text.to_string(),
                }
            })?;
            let dt: toml_edit::Datetime =
                date.to_string()
                    .parse()
                    .map_err(|_| EditFault::CannotWriteDate {
                        key: key.to_string(),
                        date,
                    })?;
            Ok(Value::from(dt))
        }
        Type::Bool => match text.to_ascii_lowercase().as_str() {
            "true" | "yes" => Ok(Value::from(true)),
            "false" | "no" => Ok(Value::from(false)),
            _ => Err(EditFault::NotBool {
                key: key.to_string(),
                found: text.to_string(),
            }),
        },
        Type::Toml => text.parse::<Value>().map_err(|e| EditFault::NotToml {
            key: key.to_string(),
            message: e.message().trim().to_string(),
        }),
    }
}

fn guess(text: &str) -> Type {
    if text.eq_ignore_ascii_case("true") || text.eq_ignore_ascii_case("false") {
        Type::Bool
    } else if chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d").is_ok() {
        Type::Date
    } else if text.parse::<f64>().is_ok_and(f64::is_finite) {
        Type::Number
    } else if text.starts_with(['[', '{']) {
        Type::Toml
    } else {
        Type::Text
    }
}

/// Sets one key, keeping the old value's surrounding whitespace and
/// trailing comment; a new key goes last, indented as `id` is.
fn assign(table: &mut dyn TableLike, kind: Kind, a: &Assignment) -> Result<Change, EditFault> {
    let mut value = typed(kind, &a.key, &a.text)?;
    let after = value.clone().decorated("", "").to_string();
    match table.get_mut(&a.key) {
        Some(Item::Value(old)) => {
            let before = old.clone().decorated("", "").to_string();
            *value.decor_mut() = old.decor().clone();
            *old = value;
            Ok(Change {
                key: a.key.clone(),
                before: Some(before),
                after,
            })
        }
        Some(Item::Table(_) | Item::ArrayOfTables(_)) => {
            Err(EditFault::WrittenAsTable { key: a.key.clone() })
        }
        Some(Item::None) | None => {
            let indent = table
                .key("id")
                .and_then(|k| k.leaf_decor().prefix())
                .and_then(|p| p.as_str())
                .map(|p| p.rsplit('\n').next().unwrap_or_default().to_string())
                .filter(|p| p.chars().all(char::is_whitespace));
            table.insert(&a.key, Item::Value(value));
            if let (Some(indent), Some(mut key)) = (indent, table.key_mut(&a.key)) {
                key.leaf_decor_mut().set_prefix(indent);
            }
            Ok(Change {
                key: a.key.clone(),
                before: None,
                after,
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILE: &str = r#"# The team's OKRs.
[cycle]
name = "2026-Q1"
start = 2026-01-01
end = 2026-03-31

[[objectives]]
id = "pipeline"          # keep this comment
title = "Build a pipeline"

  [[objectives.key_results]]
  id = "brand-survey"
  title = "Brand survey score"   # shown in reviews
  start = 3.1
  target = 4.0                   # by the end of the quarter
  # a comment between keys

  [[objectives.key_results]]
  id = "launch"
  title = "Launch"
  done = false
  # done_on = 2026-02-20

[[experiments]]
id = "ebook"
title = "Gate the e-book"
key_results = [ "brand-survey" ]
start = 2026-01-12
"#;

    fn set(id: &str, pairs: &[&str]) -> Result<Edit, Diagnostic> {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("okrs.toml");
        std::fs::write(&path, FILE).unwrap();
        let assignments: Vec<Assignment> = pairs.iter().map(|p| p.parse().unwrap()).collect();
        edit(&path, id, &assignments)
    }

    #[test]
    fn a_value_changes_and_nothing_else() {
        let e = set("brand-survey", &["target=4.5"]).unwrap();
        assert_eq!(e.text, FILE.replace("target = 4.0   ", "target = 4.5   "));
        assert_eq!(
            e.changes,
            [Change {
                key: "target".into(),
                before: Some("4.0".into()),
                after: "4.5".into()
            }]
        );
    }

    #[test]
    fn types_follow_the_key() {
        let e = set("brand-survey", &["target=5", "title=2026 plan"]).unwrap();
        assert!(e
            .text
            .contains("  target = 5                   # by the end"));
        assert!(e
            .text
            .contains("  title = \"2026 plan\"   # shown in reviews"));
        let e = set("ebook", &["start=2026-01-19", "impact=7"]).unwrap();
        assert!(
            e.text.contains("\nstart = 2026-01-19\nimpact = 7\n"),
            "{}",
            e.text
        );
        let e = set("launch", &["done=true", "due=2026-02-28"]).unwrap();
        assert!(
            e.text
                .contains("  done = true\n  due = 2026-02-28\n  # done_on = 2026-02-20\n"),
            "{}",
            e.text
        );
        let e = set("pipeline", &["weight=1,5", "tags=[\"a\", \"b\"]"]).unwrap();
        assert!(e
            .text
            .contains("title = \"Build a pipeline\"\nweight = 1.5\ntags = [\"a\", \"b\"]\n"));
    }

    #[test]
    fn crlf_files_and_inline_key_results_are_edited_in_place() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("okrs.toml");
        let crlf = FILE.replace('\n', "\r\n");
        std::fs::write(&path, &crlf).unwrap();
        let target: Assignment = "target=4.5".parse().unwrap();
        let e = edit(&path, "brand-survey", std::slice::from_ref(&target)).unwrap();
        assert_eq!(e.text, crlf.replace("target = 4.0 ", "target = 4.5 "));

        let inline = "[[objectives]]\nid = \"o\"\ntitle = \"O\"\nkey_results = [\n  { id = \"k\", title = \"K\", start = 1, target = 2 },  # one\n]\n";
        std::fs::write(&path, inline).unwrap();
        let e = edit(&path, "k", &[target]).unwrap();
        assert_eq!(e.text, inline.replace("target = 2 }", "target = 4.5 }"));
    }

    #[test]
    fn bad_values_and_ids_are_refused() {
        let err = set("brand-survey", &["target=lots"]).unwrap_err();
        assert!(err.message().contains("`target`"), "{err}");
        let err = set("launch", &["due=28.02.2026"]).unwrap_err();
        assert!(err.message().contains("YYYY-MM-DD"), "{err}");
        let err = set("brand-survvey", &["target=5"]).unwrap_err();
        assert_eq!(err.hint().as_deref(), Some("did you mean `brand-survey`?"));
        assert!("target".parse::<Assignment>().is_err());
        assert!("a.b=1".parse::<Assignment>().is_err());
    }
}
