//! The table builder every terminal table uses: one style (headers, a rule
//! under them, columns two spaces apart, no borders), fitted to the width.
//!
//! Fitting, in order: every column starts as wide as its widest line; the
//! widest columns then give up columns one at a time, their cells wrapped at
//! word boundaries (ASCII spaces only, so a number written with a no-break
//! or narrow no-break space, an id, a date or a status word is never
//! split). When even the longest words cannot fit, the optional columns go,
//! lowest [`Drop`] rank first, and one footer line names them. Only when no
//! optional column is left does a word wider than its column get cut.
//! Widths are display widths (unicode-width), never bytes.
//!
//! The status tree (`render::table`) lays out its own columns, for its bar
//! and stacked layout, and draws them through [`draw`] here.

use comfy_table::{Cell, CellAlignment, ColumnConstraint, ContentArrangement, Table, Width};
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// No borders: a rule under the header, columns apart by padding only.
const STYLE: &str = "     ─             ";
/// Spaces between columns.
pub const GAP: usize = 2;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    Left,
    Right,
}

/// Whether a column may go when the table cannot fit: `Never`, or with a
/// rank, lowest rank first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Drop {
    Never,
    Rank(u8),
}

#[derive(Debug, Clone)]
struct Column {
    header: String,
    align: Align,
    drop: Drop,
}

/// A table of text cells; a cell may hold several lines (`\n`), and a
/// line's leading spaces are kept as its indent when it wraps.
#[derive(Debug, Clone, Default)]
pub struct Grid {
    columns: Vec<Column>,
    rows: Vec<Vec<String>>,
}

impl Grid {
    pub fn new() -> Grid {
        Grid::default()
    }

    /// A column that always stays.
    pub fn column(self, header: impl Into<String>, align: Align) -> Grid {
        self.with(header.into(), align, Drop::Never)
    }

    /// A column that goes, lowest `rank` first, when the table cannot fit.
    pub fn optional(self, header: impl Into<String>, align: Align, rank: u8) -> Grid {
        self.with(header.into(), align, Drop::Rank(rank))
    }

    fn with(mut self, header: String, align: Align, drop: Drop) -> Grid {
        self.columns.push(Column {
            header,
            align,
            drop,
        });
        self
    }

    /// One row, a cell per column (missing cells are empty).
    pub fn row<S: Into<String>>(&mut self, cells: impl IntoIterator<Item = S>) {
        let mut row: Vec<String> = cells.into_iter().map(Into::into).collect();
        row.resize(self.columns.len(), String::new());
        self.rows.push(row);
    }

    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// The table in at most `width` columns, each line trimmed at its end,
    /// then the footer naming the columns left out, if any.
    pub fn render(&self, width: usize) -> String {
        let mut shown: Vec<usize> = (0..self.columns.len()).collect();
        let needed = |shown: &[usize], f: &dyn Fn(usize) -> usize| -> usize {
            shown.iter().map(|&c| f(c)).sum::<usize>() + GAP * shown.len().saturating_sub(1)
        };
        let least = |c: usize| self.least(c);
        let mut dropped = Vec::new();
        while needed(&shown, &least) > width {
            let next = shown
                .iter()
                .enumerate()
                .filter_map(|(i, &c)| match self.columns[c].drop {
                    Drop::Rank(rank) => Some((rank, i)),
                    Drop::Never => None,
                })
                .min();
            let Some((_, i)) = next else { break };
            dropped.push(self.columns[shown.remove(i)].header.clone());
        }
        let mut widths: Vec<usize> = shown.iter().map(|&c| self.natural(c)).collect();
        let floors: Vec<usize> = shown.iter().map(|&c| self.least(c)).collect();
        let total = |w: &[usize]| w.iter().sum::<usize>() + GAP * w.len().saturating_sub(1);
        // The widest column that can still give gives one column, until it fits.
        while total(&widths) > width {
            let widest = (0..widths.len())
                .filter(|&i| widths[i] > floors[i])
                .max_by_key(|&i| (widths[i], std::cmp::Reverse(i)));
            match widest {
                Some(i) => widths[i] -= 1,
                None => break,
            }
        }
        // Nothing left to drop: the last resort cuts words.
        while total(&widths) > width {
            let Some(i) = (0..widths.len())
                .filter(|&i| widths[i] > 1)
                .max_by_key(|&i| widths[i])
            else {
                break;
            };
            widths[i] -= 1;
        }
        let columns: Vec<(String, Align, usize)> = shown
            .iter()
            .zip(&widths)
            .map(|(&c, &w)| {
                let column = &self.columns[c];
                (wrap(&column.header, w), column.align, w)
            })
            .collect();
        let rows = self.rows.iter().map(|row| {
            shown
                .iter()
                .zip(&widths)
                .map(|(&c, &w)| wrap(&row[c], w))
                .collect::<Vec<_>>()
        });
        let mut out: String = draw(&columns, rows, GAP)
            .lines()
            .map(|l| l.trim_end().to_string() + "\n")
            .collect();
        if let Some(note) = left_out(&dropped, width) {
            out.push_str(&note);
            out.push('\n');
        }
        out
    }

    fn lines(&self, c: usize) -> impl Iterator<Item = &str> {
        std::iter::once(self.columns[c].header.as_str())
            .chain(self.rows.iter().map(move |r| r[c].as_str()))
            .flat_map(str::lines)
    }

    /// The widest line of column `c`, header included.
    fn natural(&self, c: usize) -> usize {
        self.lines(c).map(UnicodeWidthStr::width).max().unwrap_or(0)
    }

    /// The narrowest column `c` can be without cutting a word.
    fn least(&self, c: usize) -> usize {
        self.lines(c)
            .map(|line| {
                let (indent, text) = indented(line);
                indent
                    + text
                        .split(' ')
                        .map(UnicodeWidthStr::width)
                        .max()
                        .unwrap_or(0)
            })
            .max()
            .unwrap_or(0)
    }
}

/// The footer of a table that left `columns` out to fit `width`, wrapped
/// to it; none when nothing was left out.
pub fn left_out<S: AsRef<str>>(columns: &[S], width: usize) -> Option<String> {
    if columns.is_empty() {
        return None;
    }
    let names: Vec<&str> = columns.iter().map(AsRef::as_ref).collect();
    let note = crate::t!(
        "st-left-out",
        n = names.len(),
        width = width.to_string(),
        columns = names.join(", ")
    );
    Some(super::cells::hanging(&note, 1, width))
}

fn indented(line: &str) -> (usize, &str) {
    let text = line.trim_start_matches(' ');
    (line.len() - text.len(), text)
}

/// `text` with every line wrapped at spaces to `width` columns, keeping
/// its indent on the lines it wraps onto; a word wider than that is cut.
pub fn wrap(text: &str, width: usize) -> String {
    let width = width.max(1);
    let mut out: Vec<String> = Vec::new();
    for line in text.split('\n') {
        let (indent, body) = indented(line);
        let indent = indent.min(width - 1);
        let room = width - indent;
        let pad = " ".repeat(indent);
        let mut current = String::new();
        for word in body.split(' ').filter(|w| !w.is_empty()) {
            let mut word = word.to_string();
            loop {
                let used = current.width();
                let fits = if current.is_empty() {
                    word.width() <= room
                } else {
                    used + 1 + word.width() <= room
                };
                if fits {
                    if !current.is_empty() {
                        current.push(' ');
                    }
                    current.push_str(&word);
                    break;
                }
                if !current.is_empty() {
                    out.push(format!("{pad}{}", std::mem::take(&mut current)));
                    continue;
                }
                let (head, tail) = split_at_width(&word, room);
                out.push(format!("{pad}{head}"));
                word = tail;
                if word.is_empty() {
                    break;
                }
            }
        }
        if !current.is_empty() || body.is_empty() {
            out.push(format!("{pad}{current}"));
        }
    }
    out.join("\n")
}

fn split_at_width(word: &str, width: usize) -> (String, String) {
    let mut used = 0;
    for (i, ch) in word.char_indices() {
        let w = ch.width().unwrap_or(0);
        if used + w > width && i > 0 {
            return (word[..i].to_string(), word[i..].to_string());
        }
        used += w;
    }
    (word.to_string(), String::new())
}

/// The one drawing of a table: `columns` as (header, alignment, content
/// width), cells already wrapped to those widths, `gap` spaces between
/// columns. Lines are not trimmed.
pub(crate) fn draw(
    columns: &[(String, Align, usize)],
    rows: impl IntoIterator<Item = Vec<String>>,
    gap: usize,
) -> String {
    let align = |a: Align| match a {
        Align::Left => CellAlignment::Left,
        Align::Right => CellAlignment::Right,
    };
    let mut table = Table::new();
    table
        .load_preset(STYLE)
        .set_content_arrangement(ContentArrangement::Dynamic)
        .force_no_tty();
    table.set_header(
        columns
            .iter()
            .map(|(header, a, _)| Cell::new(header).set_alignment(align(*a))),
    );
    for row in rows {
        table.add_row(
            row.iter()
                .zip(columns)
                .map(|(text, (_, a, _))| Cell::new(text).set_alignment(align(*a))),
        );
    }
    let last = columns.len().saturating_sub(1);
    let mut total = 0;
    for (c, (_, _, width)) in columns.iter().enumerate() {
        let gap = if c == last { 0 } else { gap };
        total += width + gap;
        if let Some(col) = table.column_mut(c) {
            col.set_padding((0, gap as u16));
            col.set_constraint(ColumnConstraint::Absolute(Width::Fixed(
                (width + gap).min(u16::MAX as usize) as u16,
            )));
        }
    }
    table.set_width(total.min(u16::MAX as usize) as u16);
    table.lines().collect::<Vec<_>>().join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Grid {
        let mut grid = Grid::new()
            .column("Metric", Align::Left)
            .column("Value", Align::Right)
            .optional("File", Align::Left, 0)
            .optional("Note", Align::Left, 1);
        grid.row([
            "north-star",
            "+1\u{202f}348,5",
            "examples/data/weekly.csv",
            "the weekly nights booked, from the booking system",
        ]);
        grid.row(["mqls", "612", "examples/data/marketing.csv", ""]);
        grid
    }

    fn widths(text: &str) -> usize {
        text.lines().map(UnicodeWidthStr::width).max().unwrap_or(0)
    }

    #[test]
    fn words_wrap_and_numbers_stay_whole() {
        for width in [40, 60, 80, 120] {
            let text = sample().render(width);
            assert!(widths(&text) <= width, "{width}:\n{text}");
            assert!(text.contains("+1\u{202f}348,5"), "{width}:\n{text}");
            assert!(text.contains("north-star"), "{width}:\n{text}");
        }
        assert!(!sample().render(120).contains("left out"));
    }

    #[test]
    fn optional_columns_go_lowest_rank_first_and_the_footer_says_so() {
        let text = sample().render(50);
        assert!(!text.contains("examples/data"), "{text}");
        assert!(
            text.contains("(1 column left out to fit 50 columns: File)"),
            "{text}"
        );
        assert!(widths(&text) <= 50, "{text}");
        let text = sample().render(24);
        let joined = text.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(
            joined.contains("(2 columns left out to fit 24 columns: File, Note)"),
            "{text}"
        );
        assert!(widths(&text) <= 24, "{text}");
    }

    #[test]
    fn wrapping_keeps_the_indent() {
        assert_eq!(
            wrap("id\n  a long hypothesis", 10),
            "id\n  a long\n  hypothes\n  is"
        );
        assert_eq!(
            wrap("Grow MQLs from 400 to 900", 14),
            "Grow MQLs from\n400 to 900"
        );
        assert_eq!(wrap("", 5), "");
    }
}
