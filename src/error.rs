//! Errors for people: every problem with the user's input carries where it
//! happened (file, line, column), what was wrong and a hint to fix it.

use std::fmt;
use std::path::{Path, PathBuf};

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
    pub message: String,
    /// The offending source line, shown with a caret under `column`.
    pub snippet: Option<String>,
    pub hint: Option<String>,
}

impl Diagnostic {
    pub fn new(message: impl Into<String>) -> Self {
        Diagnostic {
            file: None,
            line: None,
            column: None,
            message: message.into(),
            snippet: None,
            hint: None,
        }
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
            location.push_str(&format!("line {line}: "));
        }
        write!(f, "{location}{}", self.message)?;
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
        if let Some(hint) = &self.hint {
            write!(f, "\n  = hint: {hint}")?;
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
            write!(f, "error: {d}")?;
        }
        if self.0.len() > 1 {
            write!(f, "\n\n{} problems found", self.0.len())?;
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
