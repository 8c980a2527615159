//! The table builder every terminal table uses: one style (headers, a rule
//! under them, columns two spaces apart, no borders), fitted to the width.
//!
//! Fitting, in order: every column starts as wide as its widest line; a
//! [`Grid::flexible`] column, if any, takes what the others leave; the
//! widest columns then give up columns one at a time, their cells wrapped at
//! word boundaries (ASCII spaces only, so a number written with a no-break
//! or narrow no-break space, an id, a date or a status word is never
//! split). When even the longest words cannot fit, the optional columns go,
//! lowest [`Drop`] rank first, and one footer line names them. Only when no
//! optional column is left does a word wider than its column get cut.
//! Widths are display widths (unicode-width), never bytes.
//!
//! [`wrap_lines`] is the one word wrap every human format uses, in tables
//! and in running text ([`hanging`]).
//!
//! The status tree (`render::table`) chooses its own columns (its bar, its
//! compact numbers, its stacked layout for narrow terminals) and draws them
//! here too: its titles in a [`Grid::flexible`] column, their alignment
//! levels as indents, stacked titles as lines [`Grid::across`] the table,
//! its colors by cell ([`Grid::painted_row`]).

use anstyle::Style;
use comfy_table::{Cell, CellAlignment, ColumnConstraint, ContentArrangement, Table, Width};

use crate::controls::paint;
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
    /// Gives way first when the table must narrow (the status tree's titles).
    flexible: bool,
}

/// What a table holds, top to bottom.
#[derive(Debug, Clone)]
enum Entry {
    /// A cell per column, each with the style it is painted in.
    Cells(Vec<String>, Vec<Option<Style>>),
    /// A line across the table, wrapped to the table's width (its indent
    /// kept), between rows: the stacked status tree's titles.
    Across(String, Option<Style>),
}

/// A table of text cells; a cell may hold several lines (`\n`), and a
/// line's leading spaces are kept as its indent when it wraps (the status
/// tree's alignment levels).
#[derive(Debug, Clone)]
pub struct Grid {
    columns: Vec<Column>,
    entries: Vec<Entry>,
    gap: usize,
    overlong: Overlong,
}

impl Default for Grid {
    fn default() -> Grid {
        Grid {
            columns: Vec::new(),
            entries: Vec::new(),
            gap: GAP,
            overlong: Overlong::Cut,
        }
    }
}

impl Grid {
    pub fn new() -> Grid {
        Grid::default()
    }

    /// A column that always stays.
    pub fn column(self, header: impl Into<String>, align: Align) -> Grid {
        self.with(header.into(), align, Drop::Never, false)
    }

    /// A column that goes, lowest `rank` first, when the table cannot fit.
    pub fn optional(self, header: impl Into<String>, align: Align, rank: u8) -> Grid {
        self.with(header.into(), align, Drop::Rank(rank), false)
    }

    /// A column that always stays and takes what the others leave when the
    /// table is too wide: it wraps, and at the last its words are cut,
    /// before any other column gives (the status tree's titles).
    pub fn flexible(self, header: impl Into<String>, align: Align) -> Grid {
        self.with(header.into(), align, Drop::Never, true)
    }

    /// `gap` spaces between columns rather than [`GAP`].
    pub fn gap(mut self, gap: usize) -> Grid {
        self.gap = gap;
        self
    }

    /// What happens to a word in a cell wider than its column once nothing
    /// else can give: cut (the default), or kept whole, the line overflowing.
    pub fn overlong(mut self, overlong: Overlong) -> Grid {
        self.overlong = overlong;
        self
    }

    fn with(mut self, header: String, align: Align, drop: Drop, flexible: bool) -> Grid {
        self.columns.push(Column {
            header,
            align,
            drop,
            flexible,
        });
        self
    }

    /// One row, a cell per column (missing cells are empty).
    pub fn row<S: Into<String>>(&mut self, cells: impl IntoIterator<Item = S>) {
        self.painted_row(cells.into_iter().map(|c| (c, None)));
    }

    /// One row of cells, each painted in its style when the table is drawn
    /// in color (missing cells are empty).
    pub fn painted_row<S: Into<String>>(
        &mut self,
        cells: impl IntoIterator<Item = (S, Option<Style>)>,
    ) {
        let (mut texts, mut styles): (Vec<String>, Vec<Option<Style>>) =
            cells.into_iter().map(|(c, s)| (c.into(), s)).unzip();
        texts.resize(self.columns.len(), String::new());
        styles.resize(self.columns.len(), None);
        self.entries.push(Entry::Cells(texts, styles));
    }

    /// A line across the whole table, between the rows: wrapped to the
    /// table's width at words (a word wider than that cut), its leading
    /// spaces kept as its indent, and painted whole in `style` when in color.
    pub fn across(&mut self, text: impl Into<String>, style: Option<Style>) {
        self.entries.push(Entry::Across(text.into(), style));
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The width each column would take if nothing had to give, header
    /// included.
    pub fn natural_widths(&self) -> Vec<usize> {
        (0..self.columns.len()).map(|c| self.natural(c)).collect()
    }

    /// The table in at most `width` columns, each line trimmed at its end,
    /// then the footer naming the columns left out, if any.
    pub fn render(&self, width: usize) -> String {
        self.render_in_color(width, false)
    }

    /// [`Grid::render`], with headers bold and each cell and line in its
    /// style when `color`. Colors are laid over the plain text by column,
    /// so they never count towards a width and padding is never painted.
    pub fn render_in_color(&self, width: usize, color: bool) -> String {
        let gap = self.gap;
        let mut shown: Vec<usize> = (0..self.columns.len()).collect();
        let needed = |shown: &[usize], f: &dyn Fn(usize) -> usize| -> usize {
            shown.iter().map(|&c| f(c)).sum::<usize>() + gap * shown.len().saturating_sub(1)
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
        let flexible: Vec<bool> = shown.iter().map(|&c| self.columns[c].flexible).collect();
        let total = |w: &[usize]| w.iter().sum::<usize>() + gap * w.len().saturating_sub(1);
        // Flexible columns take what the others leave, their words cut if
        // need be, before any other column wraps.
        while total(&widths) > width {
            let widest = (0..widths.len())
                .filter(|&i| flexible[i] && widths[i] > 1)
                .max_by_key(|&i| (widths[i], std::cmp::Reverse(i)));
            match widest {
                Some(i) => widths[i] -= 1,
                None => break,
            }
        }
        // The widest column that can still give gives one column, until it
        // fits.
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
        while self.overlong == Overlong::Cut && total(&widths) > width {
            let Some(i) = (0..widths.len())
                .filter(|&i| widths[i] > 1)
                .max_by_key(|&i| widths[i])
            else {
                break;
            };
            widths[i] -= 1;
        }
        let wrap = |text: &str, width: usize| wrap_lines(text, width, self.overlong).join("\n");
        let columns: Vec<(String, Align, usize)> = shown
            .iter()
            .zip(&widths)
            .map(|(&c, &w)| {
                let column = &self.columns[c];
                (wrap(&column.header, w), column.align, w)
            })
            .collect();
        let mut heights = Vec::new();
        let rows: Vec<(Vec<String>, &[Option<Style>])> = self
            .entries
            .iter()
            .filter_map(|entry| match entry {
                Entry::Cells(cells, styles) => Some((cells, styles)),
                Entry::Across(..) => None,
            })
            .map(|(cells, styles)| {
                let wrapped: Vec<String> = shown
                    .iter()
                    .zip(&widths)
                    .map(|(&c, &w)| wrap(&cells[c], w))
                    .collect();
                heights.push(
                    wrapped
                        .iter()
                        .map(|c| c.lines().count())
                        .max()
                        .unwrap_or(0)
                        .max(1),
                );
                let styles: &[Option<Style>] = styles;
                (wrapped, styles)
            })
            .collect();
        let header_height = columns
            .iter()
            .map(|(header, _, _)| header.lines().count())
            .max()
            .unwrap_or(0)
            .max(1);
        let drawn = draw(&columns, rows.iter().map(|(cells, _)| cells.clone()), gap);
        // Where each column stands on a line: (offset, content width).
        let mut spans = Vec::new();
        let mut offset = 0;
        for &w in &widths {
            spans.push((offset, w));
            offset += w + gap;
        }
        let paint_cells = |line: &str, styles: &[Option<Style>]| -> String {
            let mut line = line.to_string();
            if color {
                // Right to left, so earlier offsets stay valid.
                for (&(start, width), &c) in spans.iter().zip(&shown).rev() {
                    line = paint_span(&line, start, width, styles.get(c).copied().flatten());
                }
            }
            line.trim_end().to_string() + "\n"
        };
        let mut lines = drawn.lines();
        let mut out = String::new();
        let bold = vec![Some(Style::new().bold()); self.columns.len()];
        for line in lines.by_ref().take(header_height) {
            out.push_str(&paint_cells(line, &bold));
        }
        // The rule under the headers.
        if let Some(line) = lines.next() {
            out.push_str(&paint_cells(line, &[]));
        }
        let mut rows = rows.iter().zip(heights);
        for entry in &self.entries {
            match entry {
                Entry::Across(text, style) => {
                    for line in wrap_lines(text, width, Overlong::Cut) {
                        let line = paint(&line, style.filter(|_| color));
                        out.push_str(line.trim_end());
                        out.push('\n');
                    }
                }
                Entry::Cells(..) => {
                    let Some(((_, styles), height)) = rows.next() else {
                        continue;
                    };
                    for line in lines.by_ref().take(height) {
                        out.push_str(&paint_cells(line, styles));
                    }
                }
            }
        }
        if let Some(note) = left_out(&dropped, width) {
            out.push_str(&note);
            out.push('\n');
        }
        out
    }

    fn lines(&self, c: usize) -> impl Iterator<Item = &str> {
        let cells = self.entries.iter().filter_map(move |entry| match entry {
            Entry::Cells(cells, _) => Some(cells[c].as_str()),
            Entry::Across(..) => None,
        });
        std::iter::once(self.columns[c].header.as_str())
            .chain(cells)
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

/// `line` with the display columns `start..start + width` painted, padding
/// left outside the style.
fn paint_span(line: &str, start: usize, width: usize, style: Option<Style>) -> String {
    let Some(style) = style else {
        return line.to_string();
    };
    let (from, to) = (
        byte_at_column(line, start),
        byte_at_column(line, start + width),
    );
    let (head, rest) = line.split_at(from);
    let (span, tail) = rest.split_at(to - from);
    let text = span.trim_end();
    let padding = &span[text.len()..];
    let lead = text.len() - text.trim_start().len();
    format!(
        "{head}{}{}{tail}",
        &text[..lead],
        paint(&text[lead..], Some(style)) + padding
    )
}

fn byte_at_column(line: &str, column: usize) -> usize {
    let mut used = 0;
    for (i, ch) in line.char_indices() {
        if used >= column {
            return i;
        }
        used += ch.width().unwrap_or(0);
    }
    line.len()
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
    Some(hanging(&note, 1, width))
}

fn indented(line: &str) -> (usize, &str) {
    let text = line.trim_start_matches(' ');
    (line.len() - text.len(), text)
}

/// What [`wrap_lines`] does with a word wider than its line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Overlong {
    /// The word is cut at the width (the table's last resort).
    Cut,
    /// The word stands alone on a line of its own, overflowing it (a
    /// number, a date or an id is never split).
    Keep,
}

/// `text` with every line wrapped at spaces to `width` columns, keeping
/// its indent on the lines it wraps onto; a word wider than that is cut.
pub fn wrap(text: &str, width: usize) -> String {
    wrap_lines(text, width, Overlong::Cut).join("\n")
}

/// The one wrapping: each line of `text` broken at ASCII spaces into lines
/// of at most `width` columns. A line's leading spaces are its indent, kept
/// on the lines it wraps onto; spaces between words stay as they are within
/// a line and go where it breaks. No-break spaces never break.
pub fn wrap_lines(text: &str, width: usize, overlong: Overlong) -> Vec<String> {
    let width = width.max(1);
    let mut out: Vec<String> = Vec::new();
    for line in text.split('\n') {
        let (indent, body) = indented(line);
        let indent = indent.min(width - 1);
        let room = width - indent;
        let pad = " ".repeat(indent);
        let mut current = String::new();
        for (gap, word) in words(body) {
            let mut word = word.to_string();
            loop {
                let fits = if current.is_empty() {
                    word.width() <= room || overlong == Overlong::Keep
                } else {
                    current.width() + gap + word.width() <= room
                };
                if fits {
                    if !current.is_empty() {
                        current.push_str(&" ".repeat(gap));
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
        // Spaces after the last word stay where they fit (a right-aligned
        // cell keeps its digits in line with a marked neighbour's).
        let trailing = body.len() - body.trim_end_matches(' ').len();
        if !current.is_empty() && current.width() + trailing <= room {
            current.push_str(&" ".repeat(trailing));
        }
        if !current.is_empty() || body.is_empty() {
            out.push(format!("{pad}{current}"));
        }
    }
    out
}

/// `text` wrapped for a block indented by `indent` in `width` columns:
/// lines of at most `width - indent`, each after the first indented (the
/// caller writes the first line's indent).
pub fn hanging(text: &str, indent: usize, width: usize) -> String {
    let pad = " ".repeat(indent);
    wrap_lines(text, width.saturating_sub(indent).max(20), Overlong::Keep)
        .into_iter()
        .enumerate()
        .map(|(i, l)| if i == 0 { l } else { format!("{pad}{l}") })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The words of `text`, each with the number of spaces before it.
fn words(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut gap = 0;
    text.split(' ').filter_map(move |word| {
        if word.is_empty() {
            gap += 1;
            return None;
        }
        let before = std::mem::replace(&mut gap, 1);
        Some((before, word))
    })
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
fn draw(
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

    #[test]
    fn a_flexible_column_gives_way_first_and_lines_across_wrap_to_the_width() {
        let mut grid = Grid::new()
            .flexible("Key result", Align::Left)
            .column("Status", Align::Left)
            .gap(1);
        grid.across("  a line across the whole table", None);
        grid.painted_row([
            ("  Grow MQLs from 400 to 900", None),
            ("off-track (stale)", Some(Style::new().bold())),
        ]);
        assert_eq!(
            grid.render(30),
            "Key result   Status\n\
             ──────────────────────────────\n  \
             a line across the whole\n  \
             table\n  \
             Grow MQLs  off-track (stale)\n  \
             from 400\n  \
             to 900\n"
        );
        let painted = grid.render_in_color(30, true);
        assert!(
            painted.contains("\u{1b}[1moff-track (stale)\u{1b}[0m"),
            "{painted:?}"
        );
    }

    #[test]
    fn overlong_words_are_cut_or_stand_alone() {
        assert_eq!(
            wrap_lines("abcdefgh x", 4, Overlong::Cut),
            ["abcd", "efgh", "x"]
        );
        assert_eq!(
            wrap_lines("abcdefgh x", 4, Overlong::Keep),
            ["abcdefgh", "x"]
        );
        assert_eq!(wrap_lines("a bb ccc", 4, Overlong::Keep), ["a bb", "ccc"]);
        assert_eq!(wrap_lines("", 4, Overlong::Keep), [""]);
    }

    #[test]
    fn spaces_between_words_stay_within_a_line_and_go_where_it_breaks() {
        assert_eq!(wrap("mqls  612  monthly", 20), "mqls  612  monthly");
        assert_eq!(wrap("mqls  612  monthly", 9), "mqls  612\nmonthly");
        assert_eq!(hanging("a  b c", 2, 22), "a  b c");
    }
}
