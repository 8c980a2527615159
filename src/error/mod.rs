//! Errors for people: every problem with the user's input carries where it
//! happened (file, line, column), what was wrong and a hint to fix it.
//!
//! A [`Diagnostic`] is where (file, line, column, the source line) plus a
//! [`Problem`]: what, as data (the key, what was expected, what was found,
//! a suggestion). Problems are worded in one place, [`Problem::message`]
//! and [`Problem::hint`], in the reader's language (`i18n/*.ftl`, sections
//! "errors-config" and "errors-data"), as just's `CompileErrorKind` is.
//! [`Diagnostic`]'s `Display` lays them out (`file:line:col: message`, the
//! line with a caret, `= hint: ...`).

use std::fmt;
use std::path::{Path, PathBuf};

use crate::t;

pub mod config;
pub mod data;

pub use config::ConfigProblem;
pub use data::DataProblem;

/// What is wrong, as data; worded by [`Problem::message`].
#[derive(Debug, Clone, PartialEq)]
pub enum Problem {
    /// In the OKR files (TOML, the model's rules).
    Config(ConfigProblem),
    /// In a metric source, a check-in log, a record or a command line.
    Data(DataProblem),
    /// A sentence made elsewhere (a library's own message). Being replaced
    /// by typed variants; new code adds a variant instead.
    Text(String),
    /// A problem of a metric source declared in the OKR file: `source
    /// `web`: ...`, unless the problem names the source itself.
    InSource {
        source: String,
        inner: Box<Problem>,
        /// A command's output read through a temporary file: (the file's
        /// path, the program); messages name the output, not the file.
        output: Option<(String, String)>,
        /// The inner message names the source already.
        named: bool,
    },
}

impl Problem {
    /// The problem in one sentence, in the reader's language.
    pub fn message(&self) -> String {
        match self {
            Problem::Config(p) => p.message(),
            Problem::Data(p) => p.message(),
            Problem::Text(s) => s.clone(),
            Problem::InSource {
                source,
                inner,
                output,
                named,
            } => {
                let text = relabel(inner.message(), output);
                if *named {
                    text
                } else {
                    t!("ed-in-source", source = source, problem = text)
                }
            }
        }
    }

    /// How to fix it, when there is something to say.
    pub fn hint(&self) -> Option<String> {
        match self {
            Problem::Config(p) => p.hint(),
            Problem::Data(p) => p.hint(),
            Problem::Text(_) => None,
            Problem::InSource { inner, output, .. } => inner.hint().map(|h| relabel(h, output)),
        }
    }

    /// `inner`, as a problem of source `source`.
    pub fn in_source(source: &str, inner: impl Into<Problem>) -> Problem {
        Problem::InSource {
            source: source.to_string(),
            inner: Box::new(inner.into()),
            output: None,
            named: false,
        }
    }

    /// `inner`, found reading the output of `program` (saved in the file
    /// `temp`) for source `source`.
    pub fn in_command_output(source: &str, inner: Problem, temp: &str, program: &str) -> Problem {
        let output = Some((temp.to_string(), program.to_string()));
        // Whether the message names the source, as English words it (the
        // languages word it alike).
        let named = {
            let _english = crate::i18n::scoped(crate::i18n::Lang::En);
            relabel(inner.message(), &output).contains(&format!("source `{source}`"))
        };
        Problem::InSource {
            source: source.to_string(),
            inner: Box::new(inner),
            output,
            named,
        }
    }
}

/// A text with a command's temporary file named as the command's output.
fn relabel(text: String, output: &Option<(String, String)>) -> String {
    match output {
        Some((temp, program)) => text.replace(
            temp.as_str(),
            &t!("ed-command-output", program = program.as_str()),
        ),
        None => text,
    }
}

impl From<String> for Problem {
    fn from(s: String) -> Self {
        Problem::Text(s)
    }
}

impl From<&str> for Problem {
    fn from(s: &str) -> Self {
        Problem::Text(s.to_string())
    }
}

impl From<ConfigProblem> for Problem {
    fn from(p: ConfigProblem) -> Self {
        Problem::Config(p)
    }
}

impl From<DataProblem> for Problem {
    fn from(p: DataProblem) -> Self {
        Problem::Data(p)
    }
}

/// Exit codes are public interface (DESIGN.md section 3).
pub const EXIT_OK: u8 = 0;
/// `okr check` found failing key results.
pub const EXIT_FAILING: u8 = 1;
/// Bad usage, bad config or bad data.
pub const EXIT_BAD_INPUT: u8 = 2;

/// One located problem in an input file.
#[derive(Debug, Clone, PartialEq)]
pub struct Diagnostic {
    pub file: Option<PathBuf>,
    /// 1-based line, when known.
    pub line: Option<usize>,
    /// 1-based column (in characters), when known.
    pub column: Option<usize>,
    /// What is wrong.
    pub problem: Problem,
    /// The offending source line, shown with a caret under `column`.
    pub snippet: Option<String>,
    /// A hint given at the raise site, over the problem's own.
    pub hint: Option<String>,
}

impl Diagnostic {
    pub fn new(problem: impl Into<Problem>) -> Self {
        Diagnostic {
            file: None,
            line: None,
            column: None,
            problem: problem.into(),
            snippet: None,
            hint: None,
        }
    }

    /// The problem in one sentence, in the reader's language.
    pub fn message(&self) -> String {
        self.problem.message()
    }

    /// The hint shown under the problem.
    pub fn hint(&self) -> Option<String> {
        self.hint.clone().or_else(|| self.problem.hint())
    }

    pub fn in_file(mut self, file: impl AsRef<Path>) -> Self {
        self.file = Some(file.as_ref().to_path_buf());
        self
    }

    pub fn at(mut self, line: usize, column: Option<usize>) -> Self {
        self.line = Some(line);
        self.column = column;
        self
    }

    pub fn with_snippet(mut self, snippet: impl Into<String>) -> Self {
        self.snippet = Some(snippet.into());
        self
    }

    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    /// Locates a byte offset of `source` (the text of `file`): fills line,
    /// column and the snippet.
    pub fn at_offset(mut self, source: &str, offset: usize) -> Self {
        let offset = offset.min(source.len());
        let before = &source[..floor_char_boundary(source, offset)];
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let line_no = before.matches('\n').count() + 1;
        let column = before[line_start..].chars().count() + 1;
        let line_end = source[line_start..]
            .find('\n')
            .map_or(source.len(), |i| line_start + i);
        self.line = Some(line_no);
        self.column = Some(column);
        self.snippet = Some(
            source[line_start..line_end]
                .trim_end_matches('\r')
                .to_string(),
        );
        self
    }
}

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut location = String::new();
        if let Some(file) = &self.file {
            location.push_str(&file.display().to_string());
            if let Some(line) = self.line {
                location.push_str(&format!(":{line}"));
                if let Some(col) = self.column {
                    location.push_str(&format!(":{col}"));
                }
            }
            location.push_str(": ");
        } else if let Some(line) = self.line {
            location.push_str(&t!("error-at-line", line = line.to_string()));
            location.push_str(": ");
        }
        write!(f, "{location}{}", self.message())?;
        if let (Some(snippet), Some(line)) = (&self.snippet, self.line) {
            let gutter = line.to_string();
            let pad = " ".repeat(gutter.len());
            write!(f, "\n {pad} |\n {gutter} | {snippet}")?;
            if let Some(col) = self.column {
                let lead: String = snippet
                    .chars()
                    .take(col.saturating_sub(1))
                    .map(|c| if c == '\t' { '\t' } else { ' ' })
                    .collect();
                write!(f, "\n {pad} | {lead}^")?;
            }
        }
        if let Some(hint) = self.hint() {
            write!(f, "\n  = {}", t!("error-hint", hint = hint))?;
        }
        Ok(())
    }
}

impl std::error::Error for Diagnostic {}

/// Several problems found in one run (`okr validate` reports them all).
#[derive(Debug, Clone, PartialEq)]
pub struct Diagnostics(pub Vec<Diagnostic>);

impl fmt::Display for Diagnostics {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, d) in self.0.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{}", t!("error-line", error = d.to_string()))?;
        }
        if self.0.len() > 1 {
            write!(f, "\n\n{}", t!("error-count", n = self.0.len()))?;
        }
        Ok(())
    }
}

impl std::error::Error for Diagnostics {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locates_an_offset_with_a_caret() {
        let src = "[cycle]\nname = 1\nstart = x\n";
        let d = Diagnostic::new("expected a date")
            .in_file("okrs.toml")
            .at_offset(src, src.find('x').unwrap())
            .with_hint("write it as 2026-01-01");
        let text = d.to_string();
        assert!(text.starts_with("okrs.toml:3:9: expected a date"), "{text}");
        assert!(text.contains(" 3 | start = x\n   |         ^"), "{text}");
        assert!(text.ends_with("= hint: write it as 2026-01-01"));
    }
}
