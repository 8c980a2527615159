//! One CSV source: sniffed in one streaming pass (encoding, delimiter,
//! preamble, header, date column and order, decimal mark), then read in a
//! second pass into per-metric daily sums. Rows are never kept.
//!
//! Diagnostics carry the 1-based physical line of the file and, for a cell,
//! the 1-based character column where its field starts in that line (with
//! the line as the snippet), so the caret points at the cell.

use chrono::NaiveDate;
use csv::ByteRecord;

use super::records::{Records, Row, Span};
use std::cell::RefCell;
use std::collections::{BTreeMap, HashMap};
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::Path;
use std::rc::Rc;
use std::sync::mpsc;
use std::sync::Arc;

use super::date::{self, DateAmbiguity, DateEvidence, SlashOrder};
use super::decode::{TextEncoding, TextError, Utf8Check, NUL_MARKER};
use super::number::{self, Evidence, NumberError};
use super::{ColumnType, FoundMetric, ReadMetric, SourceReport};
use crate::config::model::{Layout, Source, TableChoice};
use crate::error::data::{
    CellProblem, DataProblem, DateMiss, DateReading, Delimiter, HeaderCause, HeaderProblem,
    TableWanted,
};
use crate::error::Diagnostic;

/// A metric to read from this file.
#[derive(Debug, Clone)]
pub struct Want {
    /// The metric's key under `[metrics]`.
    pub key: String,
    /// Long: the metric name in the file; wide: the column header.
    pub column: String,
    pub segment: Option<String>,
}

impl Want {
    /// What is read of this metric, before any row: its names, no counts.
    pub fn read_metric(&self) -> ReadMetric {
        ReadMetric {
            metric: self.key.clone(),
            column: self.column.clone(),
            segment: self.segment.clone(),
            ..ReadMetric::default()
        }
    }
}

/// What one file gave: its report and a daily series per `Want` (same order).
pub struct FileData {
    pub report: SourceReport,
    pub series: Vec<BTreeMap<NaiveDate, f64>>,
}

/// `read_for` every day (the fast path's tests compare it so).
#[cfg(test)]
pub fn read(source: &Source, path: &Path, wants: &[Want]) -> Result<FileData, Diagnostic> {
    read_for(source, path, wants, None)
}

/// `read`, for the days `counted` (a cycle): a value cell of a row outside
/// them that does not read is not counted, never a reason to refuse the
/// file (nor is a totals row beside segments there).
pub fn read_for(
    source: &Source,
    path: &Path,
    wants: &[Want],
    counted: Option<(NaiveDate, NaiveDate)>,
) -> Result<FileData, Diagnostic> {
    let ctx = Ctx {
        source,
        path,
        counted,
    };
    Ok(sniff_and_load(&ctx, wants, guess_rows(path))?.0)
}

/// `read_for`, with what the numbers of each header column wear
/// (`okr init --from` guesses formats from it).
pub fn read_dressed(
    source: &Source,
    path: &Path,
    wants: &[Want],
    counted: Option<(NaiveDate, NaiveDate)>,
) -> Result<(FileData, Vec<number::Dress>), Diagnostic> {
    let ctx = Ctx {
        source,
        path,
        counted,
    };
    let (data, dress, _) = sniff_and_load(&ctx, wants, guess_rows(path))?;
    Ok((data, dress))
}

/// Files from this size on are loaded while they are sniffed (on two
/// cores or more): below it, a second thread costs more than it saves.
const SPECULATE_BYTES: u64 = 4 << 20;

/// Rows sniffed for the guess a load starts from while the whole file is
/// sniffed: enough for the dates and the decimal mark of most files.
const GUESS_ROWS: usize = 20_000;

/// `GUESS_ROWS` for a file `sniff_and_load` loads while it sniffs it.
fn guess_rows(path: &Path) -> Option<usize> {
    let speculates = std::fs::metadata(path).is_ok_and(|m| m.len() >= SPECULATE_BYTES)
        && std::thread::available_parallelism().is_ok_and(|n| n.get() >= 2);
    speculates.then_some(GUESS_ROWS)
}

/// Sniffs the file, then loads it as sniffed; with what each column's
/// numbers wear, and whether the load from a guess was kept.
///
/// With `guess_rows`, the two passes run at once: the first `guess_rows`
/// rows are sniffed (a guess at what the whole file decides), a second
/// thread loads the file as guessed from the rows this one parses while it
/// sniffs all of it (`Feed`; a third reads what the rows' cells say,
/// `CellEvidence`, so this one only parses), and the load is kept only
/// when the whole file decided exactly as guessed and the feed reached the
/// table's end (else it is done again, as decided, reading the file
/// itself). `load` depends on the file and on
/// what was decided alone, so the result, errors included, is the one the
/// two passes give in turn; only the wall time differs.
fn sniff_and_load(
    ctx: &Ctx,
    wants: &[Want],
    guess_rows: Option<usize>,
) -> Result<(FileData, Vec<number::Dress>, bool), Diagnostic> {
    let guess = guess_rows.and_then(|rows| sniff(ctx, wants, rows, None).ok());
    let Some(guess) = guess else {
        let mut sniffed = sniff(ctx, wants, usize::MAX, None)?;
        let dress = std::mem::take(&mut sniffed.column_dress);
        return Ok((load(ctx, wants, &mut sniffed, None)?, dress, false));
    };
    let (feed, fed) = feed(guess.encoding);
    let cut = fed.cut.clone();
    let (sniffed, loaded) = std::thread::scope(|scope| {
        let mut guessed = guess.clone();
        let loading = scope.spawn(move || load(ctx, wants, &mut guessed, Some(fed)));
        (sniff(ctx, wants, usize::MAX, Some(feed)), loading.join())
    });
    let mut sniffed = sniffed?;
    let dress = std::mem::take(&mut sniffed.column_dress);
    // What each column's numbers wear is reported, never read by `load`.
    let same = Sniffed {
        column_dress: Vec::new(),
        ..guess
    } == sniffed;
    // A load cut off (the sniffing pass stopped early) read too little.
    let whole = !cut.load(std::sync::atomic::Ordering::Relaxed);
    match loaded {
        Ok(loaded) if same && whole => Ok((loaded?, dress, true)),
        _ => Ok((load(ctx, wants, &mut sniffed, None)?, dress, false)),
    }
}

/// Rows per batch a load is fed, and bytes (a batch is full at either).
const BATCH_ROWS: usize = 16384;
const BATCH_BYTES: usize = 2 << 20;
/// Batches waiting for the load, and for the sniffing pass's cell
/// reading, at most: memory stays flat.
const BATCHES_QUEUED: usize = 2;

/// Rows as the sniffing pass read them, copied one after another; the
/// load and the pass's own reading of the cells (`CellEvidence`), each on
/// another core, read them in order.
#[derive(Default)]
struct Batch {
    /// The rows' bytes, as read (a field's quotes and the delimiters
    /// between fields stay: a row is copied in one piece).
    bytes: Vec<u8>,
    /// Per field: where it is in `bytes`.
    spans: Vec<Span>,
    /// Per row: its first line, and where its fields end in `spans`.
    rows: Vec<(usize, usize)>,
}

impl Batch {
    /// Room for a full batch of short rows.
    fn new() -> Self {
        Batch {
            bytes: Vec::with_capacity(BATCH_BYTES / 2),
            spans: Vec::with_capacity(BATCH_ROWS * 4),
            rows: Vec::with_capacity(BATCH_ROWS),
        }
    }

    fn push(&mut self, line: usize, row: Row) {
        // A row has a field at least.
        let (Some(&(first, _)), Some(&(_, last))) = (row.spans.first(), row.spans.last()) else {
            return;
        };
        let (from, to) = (first as usize, last as usize);
        let base = self.bytes.len();
        match row.bytes[from..].first_chunk::<64>() {
            // A short row: 64 bytes copied as one (no call), the rest cut.
            Some(block) if to - from <= 64 => {
                self.bytes.extend_from_slice(block);
                self.bytes.truncate(base + (to - from));
            }
            _ => self.bytes.extend_from_slice(&row.bytes[from..to]),
        }
        // Under `BATCH_BYTES` before this row, which is under 1 GiB.
        let base = base as u32;
        self.spans.extend(
            row.spans
                .iter()
                .map(|&(a, b)| (a - first + base, b - first + base)),
        );
        self.rows.push((line, self.spans.len()));
    }

    /// Full at `BATCH_ROWS` rows, or at `BATCH_BYTES` of cells and
    /// field spans (a line of a million empty cells fills one alone).
    fn full(&self) -> bool {
        self.rows.len() >= BATCH_ROWS
            || self.bytes.len() + self.spans.len() * size_of::<Span>() >= BATCH_BYTES
    }

    /// Its rows, in order, with their first lines.
    fn each(&self) -> impl Iterator<Item = (usize, Row<'_>)> {
        let mut field = 0;
        (0..self.rows.len()).map(move |at| {
            let (line, row, next) = self.row(at, field);
            field = next;
            (line, row)
        })
    }

    /// Row `at`, whose fields start at `field` in `spans`: its first line,
    /// its fields, and where the next row's start.
    fn row(&self, at: usize, field: usize) -> (usize, Row<'_>, usize) {
        let (line, fields_end) = self.rows[at];
        let row = Row {
            bytes: &self.bytes,
            spans: &self.spans[field..fields_end],
        };
        (line, row, fields_end)
    }
}

/// What the sniffing pass sends the load reading with it.
enum Fed {
    Rows(Arc<Batch>),
    /// The table's rows ended: the tables after it (`TableEnd::rest`).
    End(io::Result<Vec<super::OtherTable>>),
}

/// The sniffing pass's end of a feed.
struct Feed {
    /// The encoding the load reads as: only a pass in it feeds the load.
    encoding: TextEncoding,
    rows: mpsc::SyncSender<Fed>,
}

/// The load's end: the rows as `TableEnd::read` gives them.
struct FedRows {
    rows: mpsc::Receiver<Fed>,
    /// The batch being read (none before the first).
    batch: Option<Arc<Batch>>,
    /// The next row of `batch`, and where its fields start in `spans`.
    at: usize,
    field: usize,
    rest: Option<io::Result<Vec<super::OtherTable>>>,
    /// Set when the feed ended before the table's end.
    cut: Arc<std::sync::atomic::AtomicBool>,
}

fn feed(encoding: TextEncoding) -> (Feed, FedRows) {
    let (rows, fed) = mpsc::sync_channel(BATCHES_QUEUED);
    let feed = Feed { encoding, rows };
    let fed = FedRows {
        rows: fed,
        batch: None,
        at: 0,
        field: 0,
        rest: None,
        cut: Default::default(),
    };
    (feed, fed)
}

impl Feed {
    /// Sends a full batch; `false` once the load has ended.
    fn pass(&mut self, batch: Arc<Batch>) -> bool {
        self.rows.send(Fed::Rows(batch)).is_ok()
    }

    /// Sends the last rows, then the tables after them.
    fn finish(self, batch: Arc<Batch>, rest: impl FnOnce() -> io::Result<Vec<super::OtherTable>>) {
        if self.rows.send(Fed::Rows(batch)).is_ok() {
            let _ = self.rows.send(Fed::End(rest()));
        }
    }
}

impl FedRows {
    fn next(&mut self) -> io::Result<Option<(usize, Row<'_>)>> {
        while self.batch.as_ref().is_none_or(|b| self.at == b.rows.len()) {
            if self.rest.is_some() {
                return Ok(None);
            }
            self.batch = None;
            match self.rows.recv() {
                Ok(Fed::Rows(batch)) => {
                    self.batch = Some(batch);
                    (self.at, self.field) = (0, 0);
                }
                Ok(Fed::End(rest)) => {
                    self.rest = Some(rest);
                    return Ok(None);
                }
                // The sniffing pass stopped (at an error, or to read the
                // file in another encoding): this load is not kept.
                Err(_) => {
                    self.cut.store(true, std::sync::atomic::Ordering::Relaxed);
                    return Err(io::Error::other("the sniffing pass stopped"));
                }
            }
        }
        let Some(b) = self.batch.as_deref() else {
            return Ok(None);
        };
        let (line, row, next) = b.row(self.at, self.field);
        self.at += 1;
        self.field = next;
        Ok(Some((line, row)))
    }
}

/// The rows `load` reads: from the file, or as the sniffing pass read them.
// One per load, on its stack: the variants' sizes do not matter.
#[allow(clippy::large_enum_variant)]
enum Rows<R: Read> {
    File {
        rdr: Records<R>,
        table_end: TableEnd,
    },
    Fed(FedRows),
}

impl<R: Read> Rows<R> {
    /// The next data row and its first line (`TableEnd::read`).
    fn next(&mut self) -> io::Result<Option<(usize, Row<'_>)>> {
        match self {
            Rows::File { rdr, table_end } => Ok(table_end.read(rdr)?.map(|line| (line, rdr.row()))),
            Rows::Fed(fed) => fed.next(),
        }
    }

    /// The tables after the one read (`TableEnd::rest`).
    fn rest(&mut self) -> io::Result<Vec<super::OtherTable>> {
        match self {
            Rows::File { rdr, table_end } => table_end.rest(rdr),
            Rows::Fed(fed) => fed.rest.take().unwrap_or_else(|| Ok(Vec::new())),
        }
    }
}

struct Ctx<'a> {
    source: &'a Source,
    path: &'a Path,
    counted: Option<(NaiveDate, NaiveDate)>,
}

impl Ctx<'_> {
    fn error(&self, message: impl Into<crate::error::Problem>) -> Diagnostic {
        Diagnostic::new(message).in_file(self.path)
    }

    fn name(&self) -> &str {
        &self.source.name
    }

    fn open(&self) -> Result<File, Diagnostic> {
        let meta = std::fs::metadata(self.path).map_err(|e| self.cannot_read(&e))?;
        if meta.is_dir() {
            return Err(self.error(DataProblem::SourceIsDirectory {
                path: self.path.to_path_buf(),
                source: self.name().to_string(),
            }));
        }
        File::open(self.path).map_err(|e| self.cannot_read(&e))
    }

    fn cannot_read(&self, e: &io::Error) -> Diagnostic {
        self.error(DataProblem::SourceUnreadable {
            path: self.path.to_path_buf(),
            reason: io_reason(e),
            source: self.name().to_string(),
            denied: e.kind() == io::ErrorKind::PermissionDenied,
        })
    }

    /// An error from reading the stream (I/O, or the NUL check).
    fn stream_error(&self, e: &io::Error) -> Diagnostic {
        match e
            .get_ref()
            .and_then(|inner| inner.downcast_ref::<TextError>())
        {
            Some(TextError::LongLine { line }) => {
                return self
                    .error(DataProblem::LongLine {
                        source: self.name().to_string(),
                    })
                    .at(*line, None);
            }
            Some(TextError::LongRecord { line }) => {
                return self
                    .error(DataProblem::LongRecord {
                        source: self.name().to_string(),
                    })
                    .at(*line, None);
            }
            Some(TextError::NotWindows1252 { line, column, byte }) => {
                return self
                    .error(DataProblem::UnknownEncoding {
                        byte: *byte,
                        source: self.name().to_string(),
                    })
                    .at(*line, Some(*column));
            }
            None => {}
        }
        let text = e.to_string();
        match text.strip_prefix(NUL_MARKER) {
            Some(offset) => self.error(DataProblem::NulByte {
                offset: offset.to_string(),
                source: self.name().to_string(),
            }),
            None => self.cannot_read(e),
        }
    }

    /// Opens the file as UTF-8 text, positioned at its first byte.
    fn text(&self, encoding: TextEncoding) -> Result<BufReader<Box<dyn Read>>, Diagnostic> {
        let file = self.open()?;
        let reader = encoding.reader(file).map_err(|e| self.cannot_read(&e))?;
        Ok(BufReader::with_capacity(64 * 1024, reader))
    }
}

/// `No such file or directory (os error 2)` without the code.
fn io_reason(e: &io::Error) -> String {
    let text = e.to_string();
    match text.find(" (os error") {
        Some(at) => text[..at].to_string(),
        None => text,
    }
}

// ---------------------------------------------------------------------------
// Preamble and header

/// The lines before the header.
#[derive(Debug, Clone, Default)]
struct Preamble {
    /// Physical lines before the header.
    lines: usize,
    /// Of those, lines that are neither comments, blank nor `sep=`.
    titles: usize,
    /// From a `sep=;` line (as Excel writes it).
    sep: Option<u8>,
    /// From `# Start date: YYYYMMDD` (analytics exports), for day counts;
    /// else the first of the comments `# ...: YYYYMMDD` in any language
    /// (GA4 writes `# Fecha de inicio: 20260101` in Spanish).
    start_date: Option<NaiveDate>,
    dated_comments: Vec<NaiveDate>,
    /// The last title line (one cell of text) above the header: the
    /// table's title in a file of several tables; else the last comment
    /// that reads as one.
    last_title: Option<String>,
    comment_title: Option<String>,
    header: Vec<u8>,
    /// Physical lines the header takes after its first (a quoted header
    /// cell with line breaks, as spreadsheets write `"Total\nSpend"`).
    header_extra: usize,
}

/// Reads up to and including the header line, which follows the first
/// `skip` lines. `Ok(None)`: no header (the file is empty, or has only a
/// preamble). Skipped lines still give `sep=` and `# Start date:`.
fn read_preamble(r: &mut impl BufRead, skip: usize) -> io::Result<Option<Preamble>> {
    let mut pre = Preamble::default();
    let mut line = Vec::new();
    loop {
        line.clear();
        if r.read_until(b'\n', &mut line)? == 0 {
            return Ok(None);
        }
        let text = strip_eol(&line);
        match line_kind(text) {
            LineKind::Sep(sep) => pre.sep = pre.sep.or(Some(sep)),
            LineKind::Comment(comment) => {
                pre.start_date = pre.start_date.or_else(|| start_date(comment));
                pre.dated_comments.extend(dated_comment(comment));
                if let Some(title) = comment_title(comment) {
                    pre.comment_title = Some(title);
                }
            }
            LineKind::Blank => {}
            LineKind::Text if pre.lines < skip => {
                pre.titles += 1;
                let cells = split_header(text, sniff_delimiter(text));
                if let Some(title) = title_of(&cells) {
                    pre.last_title = Some(title);
                }
            }
            LineKind::Text => {
                // A quoted cell may go on over the next lines.
                while quote_open(&line) && line.len() < JOIN_LIMIT {
                    if r.read_until(b'\n', &mut line)? == 0 {
                        break;
                    }
                    pre.header_extra += 1;
                }
                pre.header = strip_eol(&line).to_vec();
                pre.last_title = pre.last_title.or(pre.comment_title.take());
                return Ok(Some(pre));
            }
        }
        pre.lines += 1;
    }
}

/// The most bytes a line and the lines a quoted cell continues it on are
/// joined to, when looking for headers and tables.
const JOIN_LIMIT: usize = 64 << 10;

/// Whether a quote opened on the line is still open at its end.
fn quote_open(line: &[u8]) -> bool {
    memchr::memchr_iter(b'"', line).count() % 2 == 1
}

/// Reads a line, and the lines after it while a quote is open (up to
/// `JOIN_LIMIT` bytes), into `buf`; the physical lines read, 0 at the end.
fn read_joined(r: &mut impl BufRead, buf: &mut Vec<u8>) -> io::Result<usize> {
    buf.clear();
    let mut lines = 0;
    while r.read_until(b'\n', buf)? > 0 {
        lines += 1;
        if !quote_open(buf) || buf.len() >= JOIN_LIMIT {
            break;
        }
    }
    Ok(lines)
}

/// A title line's text: one non-empty cell of text, not a number, date,
/// date range (no year in it), totals word or missing-value marker
/// (`Instagram reach` above its table).
fn title_of(cells: &[String]) -> Option<String> {
    line_of_text(cells).filter(|t| {
        !t.as_bytes()
            .windows(4)
            .any(|w| w.iter().all(u8::is_ascii_digit))
    })
}

/// One non-empty cell of text, not a number, date, totals word or
/// missing-value marker: after a gap, a title or a footer (`©2026
/// Microsoft Corporation. All rights reserved.`), where a table ends.
fn line_of_text(cells: &[String]) -> Option<String> {
    let mut filled = cells.iter().filter(|c| !c.is_empty());
    let (Some(cell), None) = (filled.next(), filled.next()) else {
        return None;
    };
    let b = cell.as_bytes();
    let text = cell.chars().any(char::is_alphabetic)
        && !number::is_missing(b)
        && !is_totals_word(b)
        && date::split(b).is_none()
        && number::evidence(b, &mut Vec::new()) == Evidence::NotANumber;
    text.then(|| cell.clone())
}

/// What a line before (or between) tables is.
enum LineKind<'a> {
    /// `sep=;`, as Excel writes it.
    Sep(u8),
    /// `# ...`, also quoted after a spreadsheet re-save (`"# a, b",,`):
    /// the text after `#`.
    Comment(&'a [u8]),
    /// Empty, or delimiters only.
    Blank,
    Text,
}

fn line_kind(content: &[u8]) -> LineKind<'_> {
    if let Some(sep) = sep_line(content) {
        return LineKind::Sep(sep);
    }
    let trimmed = number::trim(content);
    if let Some(comment) = trimmed
        .strip_prefix(b"#")
        .or_else(|| trimmed.strip_prefix(b"\"#"))
    {
        LineKind::Comment(comment)
    } else if trimmed
        .iter()
        .all(|&b| matches!(b, b',' | b';' | b'\t' | b' ' | b'"'))
    {
        LineKind::Blank
    } else {
        LineKind::Text
    }
}

/// `sep=;`, `sep=,`, `sep=|` or `sep=` with a tab (also written `sep=\t`),
/// maybe quoted after a re-save: the delimiter it names.
fn sep_line(content: &[u8]) -> Option<u8> {
    let t = content.trim_ascii_start();
    let t = t.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(t);
    let t = t.strip_prefix(b"\"").unwrap_or(t);
    if t.len() < 5 || !t[..4].eq_ignore_ascii_case(b"sep=") {
        return None;
    }
    let rest = &t[4..];
    if rest.starts_with(b"\\t") {
        return Some(b'\t');
    }
    let after = rest[1..].trim_ascii();
    let after = after.strip_suffix(b"\"").unwrap_or(after);
    let only_delimiters = after.iter().all(|&b| matches!(b, b',' | b';' | b'\t'));
    (matches!(rest[0], b',' | b';' | b'\t' | b'|') && only_delimiters).then_some(rest[0])
}

/// A line that names columns rather than holds values: at least two
/// non-empty cells, none of them a number, a date or a missing-value
/// marker, and no totals word first (a totals row; a header may have a
/// `Total` or `Summa av Besök` column).
fn header_like(cells: &[String]) -> bool {
    let mut scratch = Vec::new();
    let mut named = 0;
    for cell in cells.iter().filter(|c| !c.is_empty()) {
        let b = cell.as_bytes();
        if number::is_missing(b)
            || named == 0 && is_totals_word(b)
            || date::split(b).is_some()
            || number::evidence(b, &mut scratch) != Evidence::NotANumber
        {
            return false;
        }
        named += 1;
    }
    named >= 2
}

/// A row that is a comment: its first cell starts with `#` and it has
/// fewer fields than the header (`# Start date: 20260101`, `# a, b`) or only
/// empty cells after the first (`"# text",,,` after a spreadsheet re-save).
/// A full row after `#1001` (a shop's order number) is data.
fn is_comment_row(rec: Row, width: usize) -> bool {
    rec.get(0)
        .is_some_and(|c| number::trim(c).first() == Some(&b'#'))
        && (rec.len() < width || rec.iter().skip(1).all(|c| number::trim(c).is_empty()))
}

/// Whether a header has what the source reads: a long file's `metric` and
/// `value` columns or a wide file's wanted columns, and (`by_name`) a date
/// column by name (or the `date_column` set).
fn suits(src: &Source, wants: &[Want], columns: &[String], by_name: bool) -> bool {
    let dated = match &src.date_column {
        Some(name) => !find_column(columns, name).is_empty(),
        None => !by_name || date_column_by_name(columns).is_some(),
    };
    let named = |set: &Option<String>, default: &str, synonyms: &[&str]| match set {
        Some(name) => !find_column(columns, name).is_empty(),
        None => std::iter::once(default)
            .chain(synonyms.iter().copied())
            .any(|n| !find_column(columns, n).is_empty()),
    };
    let has = match src.layout {
        Layout::Long => {
            named(&src.metric_column, "metric", METRIC_NAMES)
                && named(&src.value_column, "value", VALUE_NAMES)
        }
        Layout::Wide => wants
            .iter()
            .all(|w| find_column(columns, &w.column).len() == 1),
    };
    dated && has
}

/// Where tables begin in a run of rows (records, or lines while looking
/// ahead): after a gap (a blank, delimiter-only or comment row), a title
/// row (one cell of text: `Instagram reach`) or a header-like row ends the
/// table being read; the header-like row, maybe after a title and another
/// gap, starts the next one. Social insights exports put one table per
/// network in a file so; GA4 snapshots put theirs after a blank line.
#[derive(Default)]
struct Breaks {
    gap: bool,
    title: Option<String>,
    /// The last comment of the gap that reads as a title (`# Active users
    /// by country`), for a table without a title line.
    comment_title: Option<String>,
}

/// A comment's text as a table's title: words, no `key: value`, no rule of
/// dashes.
fn comment_title(comment: &[u8]) -> Option<String> {
    let text = String::from_utf8_lossy(comment);
    let text = text
        .trim_matches(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | '"' | '#'))
        .to_string();
    (text.chars().any(char::is_alphabetic) && !text.contains(':')).then_some(text)
}

/// A row as `Breaks` sees it.
enum Seen {
    Blank,
    Data,
    /// A title row: the table being read ends here.
    Title,
    /// The header of the next table (its number left 0).
    Header(super::OtherTable),
}

impl Breaks {
    /// `cells` is called only after a gap or a title.
    fn see(
        &mut self,
        line: usize,
        blank: bool,
        comment: Option<&[u8]>,
        cells: impl FnOnce() -> Vec<String>,
    ) -> Seen {
        if blank {
            self.gap = true;
            if let Some(title) = comment.and_then(comment_title) {
                self.comment_title = Some(title);
            }
            return Seen::Blank;
        }
        let after_gap = std::mem::take(&mut self.gap);
        if !after_gap && self.title.is_none() {
            self.comment_title = None;
            return Seen::Data;
        }
        let cells = cells();
        if header_like(&cells) {
            let title = self.title.take().or(self.comment_title.take());
            return Seen::Header(super::OtherTable {
                number: 0,
                line,
                title,
                columns: cells,
            });
        }
        if after_gap && self.title.is_none() {
            if let Some(title) = line_of_text(&cells) {
                self.title = Some(title);
                return Seen::Title;
            }
        }
        self.title = None;
        Seen::Data
    }
}

/// Which table of the file a source reads, and the others seen before it.
struct Tables {
    chosen: Option<super::OtherTable>,
    before: Vec<super::OtherTable>,
}

/// Looks through the tables after the first (whose header ends on line
/// `after`), numbered from 2, for the first that `pick` takes.
fn find_table(
    ctx: &Ctx,
    encoding: TextEncoding,
    delimiter: u8,
    after: usize,
    pick: &dyn Fn(&super::OtherTable) -> bool,
) -> Result<Tables, Diagnostic> {
    let mut text = ctx.text(encoding)?;
    let mut tables = Tables {
        chosen: None,
        before: Vec::new(),
    };
    let mut line = Vec::new();
    let mut number = 0;
    let mut breaks = Breaks::default();
    loop {
        let read = read_joined(&mut text, &mut line).map_err(|e| ctx.stream_error(&e))?;
        if read == 0 {
            return Ok(tables);
        }
        let first = number + 1;
        number += read;
        if number <= after {
            continue;
        }
        let content = strip_eol(&line);
        let kind = line_kind(content);
        let comment = match kind {
            LineKind::Comment(text) => Some(text),
            _ => None,
        };
        let blank = !matches!(kind, LineKind::Text);
        if let Seen::Header(mut table) =
            breaks.see(first, blank, comment, || split_header(content, delimiter))
        {
            table.number = tables.before.len() + 2;
            if pick(&table) {
                tables.chosen = Some(table);
                return Ok(tables);
            }
            tables.before.push(table);
        }
    }
}

/// Whether a table's title is `wanted`: the same words, whatever their
/// case, spacing and invisible characters.
fn title_is(title: Option<&str>, wanted: &str) -> bool {
    title.is_some_and(|t| name_key(t) == name_key(wanted))
}

/// `table` names no table of the file: the tables there are.
fn no_such_table(ctx: &Ctx, all: &[super::OtherTable]) -> Diagnostic {
    let wanted = match &ctx.source.table {
        Some(TableChoice::Number(n)) => Some(TableWanted::Number(*n)),
        Some(TableChoice::Title(t)) => Some(TableWanted::Title(t.clone())),
        None => None,
    };
    ctx.error(DataProblem::NoSuchTable {
        wanted,
        source: ctx.name().to_string(),
        tables: all
            .iter()
            .map(|t| (t.number, t.title.as_deref().map(visible), t.line))
            .collect(),
    })
}

/// Notices where the table being read ends, and lists the tables after it.
struct TableEnd {
    /// The last physical line of the header.
    base: usize,
    /// The header's fields.
    width: usize,
    last_line: usize,
    breaks: Breaks,
    ended: bool,
    /// The tables after the one read, when asked to look for them.
    after: Vec<super::OtherTable>,
}

impl TableEnd {
    fn new(base: usize, width: usize) -> Self {
        TableEnd {
            base,
            width,
            last_line: base,
            breaks: Breaks::default(),
            ended: false,
            after: Vec::new(),
        }
    }

    /// Reads the table's next data row (`rdr.row()`) and returns its first
    /// physical line; `None` where the table ends (at the file's end, or
    /// at a title or the next table's header). Blank and comment rows are
    /// skipped.
    fn read<R: Read>(&mut self, rdr: &mut Records<R>) -> io::Result<Option<usize>> {
        if self.ended {
            return Ok(None);
        }
        while rdr.read()? {
            match self.next(rdr) {
                (Seen::Blank, _) => continue,
                (Seen::Data, line) => return Ok(Some(line)),
                (Seen::Title, _) => break,
                (Seen::Header(table), _) => {
                    self.after.push(table);
                    break;
                }
            }
        }
        self.ended = true;
        Ok(None)
    }

    /// After `read` ended: the headers of the tables from there to the end.
    fn rest<R: Read>(&mut self, rdr: &mut Records<R>) -> io::Result<Vec<super::OtherTable>> {
        while rdr.read()? {
            if let (Seen::Header(table), _) = self.next(rdr) {
                self.after.push(table);
            }
        }
        Ok(std::mem::take(&mut self.after))
    }

    /// What the record just read is, and its first physical line.
    fn next<R: Read>(&mut self, rdr: &Records<R>) -> (Seen, usize) {
        let rec = rdr.row();
        let end = record_end(rdr, self.base);
        // A record on the one line after the last holds no line break.
        let line = if end == self.last_line + 1 {
            end
        } else {
            record_line(rdr, self.base)
        };
        // Comment lines are skipped by the reader: a jump in lines is a gap.
        if line > self.last_line + 1 {
            self.breaks.gap = true;
        }
        self.last_line = end;
        let comment = is_comment_row(rec, self.width).then(|| &rec[0]);
        let blank = comment.is_some() || is_blank_row(rec);
        let seen = self.breaks.see(line, blank, comment, || {
            rec.iter().map(header_cell).collect()
        });
        (seen, line)
    }
}

/// The physical line where the record just read ends.
fn record_end<R: Read>(rdr: &Records<R>, base: usize) -> usize {
    base + (rdr.line() as usize).saturating_sub(1)
}

/// Where the header is when title lines precede it (as in an ads report:
/// a report name and a date range): the first line with at least two
/// non-empty cells that the next line matches field for field (or with
/// one more, as a `Grand total` row has). `None` when that is the first
/// line that is not a comment, or when no line qualifies: the header is
/// then the first such line, as without detection.
fn detect_header_line(ctx: &Ctx, encoding: TextEncoding, delimiter: Option<u8>) -> Option<usize> {
    let mut text = ctx.text(encoding).ok()?;
    let mut candidates: Vec<(usize, Vec<u8>)> = Vec::new();
    let mut sep = None;
    let mut line = Vec::new();
    let mut number = 0;
    while number < 60 {
        let read = read_joined(&mut text, &mut line).ok()?;
        if read == 0 {
            break;
        }
        number += read;
        let number = number + 1 - read;
        let content = strip_eol(&line);
        match line_kind(content) {
            LineKind::Sep(s) => sep = sep.or(Some(s)),
            LineKind::Comment(_) | LineKind::Blank => {}
            LineKind::Text => {
                candidates.push((number, content.to_vec()));
                if candidates.len() >= 12 {
                    break;
                }
            }
        }
    }
    for (i, pair) in candidates.windows(2).enumerate() {
        let ((number, this), (_, next)) = (&pair[0], &pair[1]);
        let d = delimiter.or(sep).unwrap_or_else(|| sniff_delimiter(this));
        let cells = split_header(this, d);
        if cells.iter().filter(|c| !c.is_empty()).count() < 2 {
            continue;
        }
        let next_cells = split_header(next, d);
        let next_fields = next_cells.len();
        if next_fields == cells.len() || next_fields == cells.len() + 1 {
            // Two lines of names in a row are titles (`Report Start: 2/1/2026,
            // 12:00 AM` over `Report End: ...`), not a header over its rows.
            // Nor is a line of values (a date range) over a header.
            if header_like(&cells) && !header_like(&next_cells) {
                return (i > 0).then_some(*number);
            }
        }
    }
    None
}

fn strip_eol(line: &[u8]) -> &[u8] {
    let line = line.strip_suffix(b"\n").unwrap_or(line);
    line.strip_suffix(b"\r").unwrap_or(line)
}

/// `# Start date: 20260101` (maybe followed by delimiters after a re-save).
fn start_date(comment: &[u8]) -> Option<NaiveDate> {
    let text = String::from_utf8_lossy(comment);
    let (key, value) = text.split_once(':')?;
    if !key.trim().eq_ignore_ascii_case("start date") {
        return None;
    }
    let value = value.trim_matches(|c: char| c.is_whitespace() || c == ',' || c == ';');
    date::parse(value.as_bytes(), SlashOrder::DayFirst)
}

/// `# <any words>: YYYYMMDD`, as analytics tools write a report's start
/// and end dates in their UI language.
fn dated_comment(comment: &[u8]) -> Option<NaiveDate> {
    let text = String::from_utf8_lossy(comment);
    let (key, value) = text.rsplit_once(':')?;
    if !key.chars().any(char::is_alphabetic) {
        return None;
    }
    let value = value.trim_matches(|c: char| c.is_whitespace() || c == ',' || c == ';' || c == '"');
    if value.len() != 8 || !value.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    date::parse(value.as_bytes(), SlashOrder::DayFirst)
}

impl Preamble {
    /// The day a day-count column counts from.
    fn day_zero(&self) -> Option<NaiveDate> {
        self.start_date.or(self.dated_comments.first().copied())
    }
}

/// Whether a column's cells count days as GA4 writes them: digits, all of
/// one length of four or more, zero-padded (`0000`, `0001`, ...).
#[derive(Debug, Default)]
struct DayCountSniff {
    width: usize,
    cells: usize,
    padded: bool,
    other: bool,
}

impl DayCountSniff {
    fn observe(&mut self, cell: &[u8]) {
        if self.other {
            return;
        }
        let digits = cell.len() >= 4 && cell.iter().all(u8::is_ascii_digit);
        if !digits || self.width != 0 && cell.len() != self.width {
            self.other = true;
            return;
        }
        self.width = cell.len();
        self.cells += 1;
        self.padded |= cell[0] == b'0';
    }

    fn counts_days(&self) -> bool {
        self.cells > 0 && self.padded && !self.other
    }
}

/// The delimiter the header line uses most (outside quotes); `,` for a
/// one-column header.
fn sniff_delimiter(header: &[u8]) -> u8 {
    let mut counts = [0usize; 3];
    let mut quoted = false;
    for &b in header {
        match b {
            b'"' => quoted = !quoted,
            b'\t' if !quoted => counts[0] += 1,
            b';' if !quoted => counts[1] += 1,
            b',' if !quoted => counts[2] += 1,
            _ => {}
        }
    }
    let best = (0..3).max_by_key(|&i| (counts[i], 3 - i)).unwrap_or(2);
    if counts[best] == 0 {
        b','
    } else {
        [b'\t', b';', b','][best]
    }
}

fn split_header(header: &[u8], delimiter: u8) -> Vec<String> {
    let mut rdr = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(header);
    let mut rec = ByteRecord::new();
    match rdr.read_byte_record(&mut rec) {
        Ok(true) => rec.iter().map(header_cell).collect(),
        _ => Vec::new(),
    }
}

/// A header cell as a name: trimmed, its runs of white space (a line break
/// in a quoted cell, a no-break space) one space. Invisible characters stay,
/// so messages can show them; `name_key` ignores them.
fn header_cell(cell: &[u8]) -> String {
    let name = String::from_utf8_lossy(number::trim(cell));
    let name = name.trim_start_matches('\u{feff}').trim();
    if !name.contains(|c: char| c.is_whitespace() && c != ' ') && !name.contains("  ") {
        return name.to_string();
    }
    name.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A long file's metric name is `column` exactly, but for invisible
/// characters.
/// `text` without the invisible characters metric names are matched
/// without (a zero-width space an export put in a name).
fn without_invisible(text: &str) -> String {
    text.chars()
        .filter(|c| !number::INVISIBLE.contains(c))
        .collect()
}

/// What names are matched by: lowercase, without invisible characters,
/// white space runs as one space.
fn name_key(name: &str) -> String {
    without_invisible(name)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

fn delimiter_name(d: u8) -> String {
    match d {
        b'\t' => "tab".to_string(),
        other => (other as char).to_string(),
    }
}

/// The header's names as messages show them (invisible characters escaped).
fn visible_columns(columns: &[String]) -> Vec<String> {
    columns.iter().map(|c| visible(c)).collect()
}

fn list_columns(columns: &[String]) -> String {
    if columns.is_empty() {
        return "no columns".to_string();
    }
    columns
        .iter()
        .map(|c| format!("`{}`", visible(c)))
        .collect::<Vec<_>>()
        .join(", ")
}

pub(super) fn find_column(columns: &[String], name: &str) -> Vec<usize> {
    let name = name_key(name);
    columns
        .iter()
        .enumerate()
        .filter(|(_, c)| name_key(c) == name)
        .map(|(i, _)| i)
        .collect()
}

/// How likely a header names the date column: lower is better.
fn date_column_rank(name: &str) -> Option<u8> {
    let name = name_key(name);
    match name.as_str() {
        "reporting starts"
        | "rapporteringen börjar"
        | "rapportering starter"
        | "rapporteringen starter"
        | "raportoinnin alku"
        | "berichtsbeginn"
        | "début du reporting"
        | "inicio del informe" => Some(0),
        "date" | "day" | "datum" | "dag" | "päivä" | "päivämäärä" | "pvm" | "dato" | "data"
        | "fecha" | "tag" | "jour" | "día" | "dia" | "giorno" | "dzień" => Some(1),
        "nth day" => Some(2),
        // A cell with a colon is a title's `Date Generated: 3/1/2026`.
        n if n.contains(':') => None,
        n if ["date", "day", "week", "datum", "dato"]
            .iter()
            .any(|p| n.starts_with(p)) =>
        {
            Some(3)
        }
        // `Start Date (in UTC)`, `Send Date`, `Report date`.
        n if n
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| matches!(w, "date" | "day" | "datum" | "dato" | "fecha" | "päivä")) =>
        {
            Some(4)
        }
        _ => None,
    }
}

fn date_column_by_name(columns: &[String]) -> Option<usize> {
    columns
        .iter()
        .enumerate()
        .filter_map(|(i, c)| date_column_rank(c).map(|r| (r, i)))
        .min()
        .map(|(_, i)| i)
}

fn did_you_mean(columns: &[String], name: &str) -> Option<String> {
    let name = name_key(name);
    columns
        .iter()
        .map(|c| (levenshtein(&name_key(c), &name), c))
        .filter(|(d, c)| *d <= (c.chars().count() / 3).max(2))
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c.clone())
}

fn levenshtein(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let cur = row[j + 1];
            row[j + 1] = (prev + usize::from(ca != cb)).min(row[j] + 1).min(cur + 1);
            prev = cur;
        }
    }
    row[b.len()]
}

/// Rows that are totals, not days: the date cell is empty or `--`, or a
/// totals word is in the date cell or the first cell, in the languages of
/// the tools and spreadsheets our users export from (a pivot table's
/// `Summa okt-nov` and `Totalsumma`, `Gesamtergebnis`, `Total general`).
#[inline]
fn is_totals_word(cell: &[u8]) -> bool {
    let cell = number::trim(cell);
    // Most cells are dates or numbers: decide those without allocating.
    cell.first()
        .is_some_and(|b| matches!(b.to_ascii_lowercase(), b't' | b'g' | b's' | b'y' | b'i'))
        && is_totals_text(cell)
}

/// `is_totals_word` of a trimmed cell that begins with a letter a totals
/// word begins with.
#[inline(never)]
fn is_totals_text(cell: &[u8]) -> bool {
    let lower = String::from_utf8_lossy(cell).to_lowercase();
    let lower = lower.trim_end_matches([':', '.']).trim_end();
    // `Total: Account`, `Gesamt: Konto`, `Total : compte` (Google Ads).
    let lower = match lower.split_once(':') {
        Some((head, _)) => head.trim_end(),
        None => lower,
    };
    matches!(
        lower,
        "total"
            | "totals"
            | "grand total"
            | "totalt"
            | "totalsumma"
            | "summa"
            | "sum"
            | "yhteensä"
            | "i alt"
            | "i alt i alt"
            | "gesamt"
            | "summe"
            | "gesamtsumme"
            | "gesamtergebnis"
            | "totaal"
            | "eindtotaal"
            | "totale"
            | "totale complessivo"
            | "total general"
            | "total général"
    ) || lower.starts_with("summa ")
        || lower.starts_with("summe ")
        || lower.starts_with("yhteensä ")
}

/// A row reading `No data available.` (Meta Ads) in its only non-empty cell.
fn is_no_data_row(rec: Row) -> bool {
    let first = rec.iter().map(number::trim).find(|c| !c.is_empty());
    if !first.is_some_and(|c| c[0] == b'N' || c[0] == b'n') {
        return false;
    }
    let mut cells = rec.iter().map(number::trim).filter(|c| !c.is_empty());
    match (cells.next(), cells.next()) {
        (Some(cell), None) => {
            let cell = cell.strip_suffix(b".").unwrap_or(cell);
            cell.eq_ignore_ascii_case(b"no data available")
        }
        _ => false,
    }
}

fn is_blank_row(rec: Row) -> bool {
    rec.iter().all(|c| number::trim(c).is_empty())
}

/// Text for a message, with the characters that show nothing written as
/// escapes (`\u{ad}`), so that a person sees why two names differ.
pub fn visible(text: &str) -> String {
    if !text.contains(number::INVISIBLE) && !text.contains(['\u{a0}', '\u{202f}']) {
        return text.to_string();
    }
    text.chars()
        .map(|c| {
            if number::INVISIBLE.contains(&c) || c == '\u{a0}' || c == '\u{202f}' {
                format!("\\u{{{:x}}}", c as u32)
            } else {
                c.to_string()
            }
        })
        .collect()
}

fn lossy(cell: &[u8]) -> String {
    String::from_utf8_lossy(number::trim(cell)).into_owned()
}

// ---------------------------------------------------------------------------
// Sniffing

/// Evidence about the decimal mark from many cells.
#[derive(Debug, Clone, Default)]
struct DecimalEvidence {
    dot: Option<date::Example>,
    comma: Option<date::Example>,
    ambiguous_comma: Option<date::Example>,
    ambiguous_dot: Option<date::Example>,
    numbers: usize,
    /// The first non-missing cell that is not a number.
    other: Option<date::Example>,
    /// Numbers with a percent sign, and with a currency (the last seen).
    percents: usize,
    currencies: usize,
    currency: Option<&'static str>,
    /// Cells that are not numbers, and of them those that are only a
    /// currency's code (the last seen).
    texts: usize,
    codes: usize,
    code: Option<&'static str>,
}

impl DecimalEvidence {
    fn observe(&mut self, cell: &[u8], line: usize, scratch: &mut Vec<u8>) {
        let trimmed = number::trim(cell);
        if number::missing_trimmed(trimmed) {
            return;
        }
        let example = || (line, lossy(cell));
        // A plain number (most cells) wears no dress: `dress` is skipped.
        let quick = number::plain_evidence(trimmed);
        let evidence = quick.unwrap_or_else(|| number::evidence(cell, scratch));
        match evidence {
            Evidence::Integer => {}
            Evidence::Dot => {
                self.dot.get_or_insert_with(example);
            }
            Evidence::Comma => {
                self.comma.get_or_insert_with(example);
            }
            Evidence::AmbiguousComma => {
                self.ambiguous_comma.get_or_insert_with(example);
            }
            Evidence::AmbiguousDot => {
                self.ambiguous_dot.get_or_insert_with(example);
            }
            Evidence::NotANumber => {
                self.other.get_or_insert_with(example);
                self.texts += 1;
                if let Some(code) = number::currency_name(cell) {
                    self.codes += 1;
                    self.code = Some(code);
                }
                return;
            }
        }
        self.numbers += 1;
        if quick.is_some() {
            return;
        }
        match number::dress(cell) {
            number::Dress::Plain => {}
            number::Dress::Percent => self.percents += 1,
            number::Dress::Currency(code) => {
                self.currencies += 1;
                self.currency = Some(code);
            }
        }
    }

    /// What most numbers of the column wear; for a column of currency
    /// codes only, that currency.
    fn dress(&self) -> number::Dress {
        match (self.currency, self.code) {
            (_, Some(code)) if self.numbers == 0 && self.codes == self.texts => {
                number::Dress::Currency(code)
            }
            _ if self.percents * 2 > self.numbers && self.numbers > 0 => number::Dress::Percent,
            (Some(code), _) if self.currencies * 2 > self.numbers => number::Dress::Currency(code),
            _ => number::Dress::Plain,
        }
    }

    fn merge(&mut self, other: &DecimalEvidence) {
        fn earlier(a: &mut Option<date::Example>, b: &Option<date::Example>) {
            if let Some(b) = b {
                if a.as_ref().is_none_or(|a| b.0 < a.0) {
                    *a = Some(b.clone());
                }
            }
        }
        earlier(&mut self.dot, &other.dot);
        earlier(&mut self.comma, &other.comma);
        earlier(&mut self.ambiguous_comma, &other.ambiguous_comma);
        earlier(&mut self.ambiguous_dot, &other.ambiguous_dot);
        self.numbers += other.numbers;
    }

    /// A column of numbers: every non-missing cell read as one.
    fn numeric(&self) -> bool {
        self.numbers > 0 && self.other.is_none()
    }
}

/// The file's decimal mark; an error naming the option when the numbers
/// do not settle it.
fn decide_decimal(
    ctx: &Ctx,
    ev: &DecimalEvidence,
    us_dates: bool,
) -> Result<(u8, Option<super::Note>), Diagnostic> {
    match (&ev.dot, &ev.comma) {
        (Some(dot), Some(comma)) => {
            let (first, second) = if dot.0 < comma.0 {
                (dot, comma)
            } else {
                (comma, dot)
            };
            // Neither setting reads both cells: the hint says so, suggests none.
            Err(ctx
                .error(DataProblem::MixedDecimals {
                    first: (first.0, first.1.clone(), first != dot),
                    second: (second.0, second.1.clone(), second != dot),
                })
                .at(second.0, None))
        }
        (Some(dot), None) => Ok((
            b'.',
            Some(crate::note!(
                "ed-note-decimal-sniffed",
                mark = ".",
                cell = &dot.1,
                line = dot.0.to_string()
            )),
        )),
        (None, Some(comma)) => Ok((
            b',',
            Some(crate::note!(
                "ed-note-decimal-sniffed",
                mark = ",",
                cell = &comma.1,
                line = comma.0.to_string()
            )),
        )),
        (None, None) => match (&ev.ambiguous_comma, &ev.ambiguous_dot) {
            // US dates (M/D/Y) come with US numbers: `1,204` is a thousand.
            (Some((line, cell)), None) if us_dates => Ok((
                b'.',
                Some(crate::note!(
                    "ed-note-decimal-us-dates",
                    cell = cell,
                    line = line.to_string()
                )),
            )),
            (Some((line, cell)), _) | (None, Some((line, cell))) => Err(ctx
                .error(DataProblem::UnclearDecimal {
                    cell: cell.clone(),
                    comma: cell.contains(','),
                    source: ctx.name().to_string(),
                })
                .at(*line, None)),
            (None, None) => Ok((b'.', None)),
        },
    }
}

/// What the sniffing pass decided.
#[derive(Clone, PartialEq)]
struct Sniffed {
    /// Lines before the header: `skip_rows`, or as found.
    skip: usize,
    title_lines: usize,
    /// Tables of the file not read (before the one read).
    tables: Vec<super::OtherTable>,
    /// The table read: its number and title.
    table: (usize, Option<String>),
    /// Per column: `date`, `number`, `text` or `empty`.
    column_kinds: Vec<String>,
    /// Per column: what its numbers wear.
    column_dress: Vec<number::Dress>,
    encoding: TextEncoding,
    delimiter: u8,
    columns: Vec<String>,
    date_col: usize,
    dates: DateRule,
    decimal: u8,
    layout: LayoutColumns,
    /// Meta Ads: `Reporting ends`, checked against the date.
    ends_col: Option<usize>,
    notes: Vec<super::Note>,
}

#[derive(Clone, PartialEq)]
enum LayoutColumns {
    Long {
        metric: usize,
        value: usize,
        segment: Option<usize>,
    },
    Wide {
        /// Per want: its column.
        wanted: Vec<usize>,
        /// Columns of numbers (besides the date), reported as metrics found.
        numeric: Vec<usize>,
    },
}

/// How the date cells read.
#[derive(Debug, Clone, PartialEq)]
enum DateRule {
    Sniffed(SlashOrder, String),
    Format(String),
    /// Day numbers (`0000`, `0001`, ...) from a start date.
    DayCount(NaiveDate),
}

impl DateRule {
    fn parse(&self, cell: &[u8]) -> Option<NaiveDate> {
        match self {
            DateRule::Sniffed(order, _) => date::parse(cell, *order),
            DateRule::Format(fmt) => {
                let text = std::str::from_utf8(cell).ok()?.trim();
                NaiveDate::parse_from_str(text, fmt).ok()
            }
            DateRule::DayCount(start) => {
                let digits = cell.trim_ascii();
                if digits.is_empty() || digits.len() > 6 || !digits.iter().all(u8::is_ascii_digit) {
                    return None;
                }
                let n = digits
                    .iter()
                    .fold(0i64, |n, &b| n * 10 + i64::from(b - b'0'));
                start.checked_add_signed(chrono::Duration::days(n))
            }
        }
    }

    fn describe(&self) -> String {
        match self {
            DateRule::Sniffed(_, format) => format.clone(),
            DateRule::Format(fmt) => fmt.clone(),
            DateRule::DayCount(start) => format!("day count from {start}"),
        }
    }
}

/// What the sniffing pass learns from the cells of the rows, row by row.
struct CellEvidence {
    per_column: Vec<ColumnSniff>,
    /// The date column's, when it is known by name.
    date_ev: DateEvidence,
    last_date_cell: Vec<u8>,
    rows_seen: usize,
    scratch: Vec<u8>,
    named_date: Option<usize>,
    explicit_format: Option<String>,
    /// The columns whose numbers are looked at, when `numbers`.
    value_cols: Vec<usize>,
    numbers: bool,
}

impl CellEvidence {
    fn empty() -> Self {
        CellEvidence {
            per_column: Vec::new(),
            date_ev: DateEvidence::default(),
            last_date_cell: Vec::new(),
            rows_seen: 0,
            scratch: Vec::new(),
            named_date: None,
            explicit_format: None,
            value_cols: Vec::new(),
            numbers: false,
        }
    }

    fn observe(&mut self, line: usize, rec: Row) {
        if is_no_data_row(rec) {
            return;
        }
        self.rows_seen += 1;
        let first_total = rec.get(0).is_some_and(is_totals_word);
        if let Some(dc) = self.named_date {
            let cell = number::trim(rec.get(dc).unwrap_or(b""));
            if cell.is_empty() || cell == b"--" || first_total || is_totals_word(cell) {
                return;
            }
            // Rows come mostly in date order: a repeated cell says nothing new.
            if self.explicit_format.is_none() && cell != self.last_date_cell {
                self.date_ev.observe(cell, line);
                self.per_column[dc].day_count.observe(cell);
                self.last_date_cell.clear();
                self.last_date_cell.extend_from_slice(cell);
            }
        } else if first_total {
            return;
        } else {
            for (i, sniff) in self.per_column.iter_mut().enumerate() {
                let cell = number::trim(rec.get(i).unwrap_or(b""));
                if cell.is_empty() || cell == b"--" || is_totals_word(cell) {
                    continue;
                }
                match &self.explicit_format {
                    Some(fmt) => {
                        let ok = std::str::from_utf8(cell)
                            .ok()
                            .and_then(|t| NaiveDate::parse_from_str(t, fmt).ok())
                            .is_some();
                        if ok {
                            sniff.format_ok += 1;
                        } else {
                            sniff.format_bad = true;
                        }
                    }
                    None => {
                        sniff.dates.observe(cell, line);
                        sniff.day_count.observe(cell);
                    }
                }
            }
        }
        if self.numbers {
            for &i in &self.value_cols {
                if let Some(cell) = rec.get(i) {
                    self.per_column[i]
                        .numbers
                        .observe(cell, line, &mut self.scratch);
                }
            }
        }
    }
}

/// Per-column evidence while the date column is not known by name.
#[derive(Default)]
struct ColumnSniff {
    dates: DateEvidence,
    /// With an explicit `date_format`: cells it reads, and any it does not.
    format_ok: usize,
    format_bad: bool,
    numbers: DecimalEvidence,
    day_count: DayCountSniff,
}

/// What the file's first `rows` data rows (all: `usize::MAX`) say about
/// how to read it.
/// With `feed`, the rows read as first guessed (the encoding) feed a load.
fn sniff(
    ctx: &Ctx,
    wants: &[Want],
    rows: usize,
    mut feed: Option<Feed>,
) -> Result<Sniffed, Diagnostic> {
    // The feed goes to the pass in the encoding the load reads, if any.
    let mut feed_for = |encoding: TextEncoding| feed.take_if(|f| f.encoding == encoding);
    let head = {
        let mut head = [0u8; 4];
        let mut file = ctx.open()?;
        let mut n = 0;
        while n < head.len() {
            match file.read(&mut head[n..]) {
                Ok(0) => break,
                Ok(k) => n += k,
                Err(e) => return Err(ctx.cannot_read(&e)),
            }
        }
        if n == 0 {
            return Err(ctx.error(DataProblem::EmptyFile {
                path: ctx.path.to_path_buf(),
                source: ctx.name().to_string(),
            }));
        }
        head[..n].to_vec()
    };
    let encoding = TextEncoding::from_bom(&head);
    // UTF-16 without a BOM shows as ASCII with every other byte NUL.
    let bomless_utf16 = match head[..] {
        [a, 0, b, 0, ..] if encoding == TextEncoding::Utf8 && a != 0 && b != 0 => {
            Some(TextEncoding::Utf16Le)
        }
        [0, a, 0, b, ..] if encoding == TextEncoding::Utf8 && a != 0 && b != 0 => {
            Some(TextEncoding::Utf16Be)
        }
        _ => None,
    };
    if let Some(utf16) = bomless_utf16 {
        let mut sniffed = sniff_as(ctx, wants, utf16, rows, feed_for(utf16))?.map_err(|()| {
            ctx.error(DataProblem::CannotDecode {
                encoding: "UTF-16".to_string(),
            })
        })?;
        sniffed.notes.insert(
            0,
            crate::note!("ed-note-utf16-no-bom", encoding = utf16.name()),
        );
        return Ok(sniffed);
    }
    match sniff_as(ctx, wants, encoding, rows, feed_for(encoding))? {
        Ok(sniffed) => Ok(sniffed),
        // The bytes are not UTF-8: read them again as Windows-1252.
        Err(()) => {
            let mut sniffed = sniff_as(
                ctx,
                wants,
                TextEncoding::Windows1252,
                rows,
                feed_for(TextEncoding::Windows1252),
            )?
            .map_err(|()| {
                ctx.error(DataProblem::CannotDecode {
                    encoding: "Windows-1252".to_string(),
                })
            })?;
            sniffed
                .notes
                .insert(0, crate::note!("ed-note-windows-1252"));
            Ok(sniffed)
        }
    }
}

type Checked = Option<Rc<RefCell<Utf8Check<File>>>>;

/// The file as text; for UTF-8, with a check the caller can ask afterwards
/// whether the bytes were UTF-8 after all.
fn open_checked(
    ctx: &Ctx,
    encoding: TextEncoding,
) -> Result<(BufReader<Box<dyn Read>>, Checked), Diagnostic> {
    let file = ctx.open()?;
    let mut check_state = None;
    let text: Box<dyn Read> = match encoding {
        TextEncoding::Utf8 | TextEncoding::Utf8Bom => {
            let check = Rc::new(RefCell::new(Utf8Check::new(file)));
            check_state = Some(check.clone());
            encoding.reader(SharedRead(check))
        }
        _ => encoding.reader(file),
    }
    .map_err(|e| ctx.cannot_read(&e))?;
    Ok((BufReader::with_capacity(64 * 1024, text), check_state))
}

/// One sniffing pass. `Ok(Err(()))`: the file claimed UTF-8 but is not.
fn sniff_as(
    ctx: &Ctx,
    wants: &[Want],
    encoding: TextEncoding,
    rows: usize,
    mut feed: Option<Feed>,
) -> Result<Result<Sniffed, ()>, Diagnostic> {
    let (mut text, mut check_state) = open_checked(ctx, encoding)?;
    let src = ctx.source;

    // Where the header is: after `skip_rows`, after title lines found by
    // looking, or in a later table of the file that has the wanted columns.
    let mut skip = src.skip_rows;
    let mut notes = Vec::new();
    if skip == 0 {
        if let Some(line) = detect_header_line(ctx, encoding, src.delimiter) {
            skip = line - 1;
            notes.push(crate::note!(
                "ed-note-header-line",
                line = line.to_string(),
                skip = skip.to_string()
            ));
        }
    }
    let first = read_preamble(&mut text, skip)
        .map_err(|e| ctx.stream_error(&e))?
        .ok_or_else(|| {
            ctx.error(DataProblem::NoHeader {
                source: ctx.name().to_string(),
            })
        })?;
    if encoding == TextEncoding::Utf8 && std::str::from_utf8(&first.header).is_err() {
        return Ok(Err(()));
    }
    let delimiter = src
        .delimiter
        .or(first.sep)
        .unwrap_or_else(|| sniff_delimiter(&first.header));
    let first_columns = split_header(&first.header, delimiter);
    let mut tables = Vec::new();
    // Titles are the text lines above the first table, not earlier tables.
    let title_lines = first.titles;
    let first_table = super::OtherTable {
        number: 1,
        line: first.lines + 1,
        title: first.last_title.clone(),
        columns: first_columns.clone(),
    };
    // The first table with the wanted columns and a date column by name;
    // else the first with the wanted columns (its dates found by values).
    let takes = |t: &super::OtherTable, by_name: bool| match &src.table {
        Some(TableChoice::Number(n)) => t.number == *n,
        Some(TableChoice::Title(title)) => title_is(t.title.as_deref(), title),
        None => suits(src, wants, &t.columns, by_name),
    };
    let mut table = (1, first_table.title.clone());
    let after = first.lines + 1 + first.header_extra;
    let found = if takes(&first_table, true) {
        None
    } else {
        let found = find_table(ctx, encoding, delimiter, after, &|t| takes(t, true))?;
        match found.chosen {
            None if src.table.is_none() && !takes(&first_table, false) => {
                Some(find_table(ctx, encoding, delimiter, after, &|t| {
                    takes(t, false)
                })?)
            }
            None if src.table.is_none() => None,
            _ => Some(found),
        }
    };
    let preamble = match found {
        None => first,
        Some(found) => {
            match found.chosen {
                None if src.table.is_some() => {
                    let mut all = vec![first_table];
                    all.extend(found.before);
                    return Err(no_such_table(ctx, &all));
                }
                None => {
                    tables = found.before;
                    first
                }
                Some(chosen) => {
                    let line = chosen.line;
                    skip = line - 1;
                    notes.push(match &src.table {
                        Some(_) => crate::note!(
                            "ed-note-table-chosen",
                            number = chosen.number.to_string(),
                            line = line.to_string()
                        ),
                        None => crate::note!(
                            "ed-note-table-found",
                            line = line.to_string(),
                            first = (first.lines + 1).to_string()
                        ),
                    });
                    table = (chosen.number, chosen.title.clone());
                    tables.push(first_table);
                    tables.extend(found.before);
                    // The stream is past the first header: start again.
                    (text, check_state) = open_checked(ctx, encoding)?;
                    read_preamble(&mut text, skip)
                        .map_err(|e| ctx.stream_error(&e))?
                        .ok_or_else(|| ctx.error(DataProblem::FileChanged))?
                }
            }
        }
    };
    let header_line = preamble.lines + 1;
    let columns = split_header(&preamble.header, delimiter);

    // A problem with the header: the hint says how to find the right line
    // or delimiter first, as that is the likelier mistake.
    let no_column = |problem: HeaderProblem| -> Diagnostic {
        let source = ctx.name().to_string();
        let cause = if let Some(n) = suggest_skip_rows(ctx, encoding, delimiter, header_line) {
            Some(HeaderCause::SkipRows { n, source })
        } else if columns.len() == 1 {
            // Suggest a delimiter only when it splits the header.
            Some(
                match [b',', b';', b'\t', b'|']
                    .into_iter()
                    .filter(|&d| d != delimiter)
                    .find(|&d| split_header(&preamble.header, d).len() > 1)
                {
                    Some(d) => HeaderCause::Delimiter {
                        used: Delimiter(delimiter),
                        better: Delimiter(d),
                        count: split_header(&preamble.header, d).len(),
                        source,
                    },
                    None => HeaderCause::NoDelimiter { source },
                },
            )
        } else {
            None
        };
        ctx.error(DataProblem::Header {
            problem,
            other_tables: tables
                .iter()
                .map(|t| (t.line, visible_columns(&t.columns)))
                .collect(),
            cause,
        })
        .at(header_line, None)
        .with_snippet(lossy(&preamble.header))
    };

    // Columns known by name.
    let named_date = match &src.date_column {
        Some(name) => match find_column(&columns, name).first() {
            Some(&i) => Some(i),
            None => {
                return Err(no_column(HeaderProblem::NoNamedColumn {
                    name: name.clone(),
                    key: "date_column".to_string(),
                    source: ctx.name().to_string(),
                    line: header_line,
                    columns: visible_columns(&columns),
                    suggestion: did_you_mean(&columns, name),
                }));
            }
        },
        None => date_column_by_name(&columns),
    };
    let layout = resolve_layout(ctx, wants, &columns, header_line, &no_column)?;
    // Meta Ads' `Reporting ends`, in the UI languages we know.
    let ends_col = [
        "reporting ends",
        "rapporteringen slutar",
        "rapportering slutter",
        "rapporteringen slutter",
        "raportoinnin loppu",
        "berichtsende",
        "fin du reporting",
        "fin del informe",
    ]
    .iter()
    .find_map(|name| find_column(&columns, name).first().copied());

    // The rows.
    let header_end = header_line + preamble.header_extra;
    let mut rdr = csv_reader(delimiter, &mut text, header_end);
    let mut table_end = TableEnd::new(header_end, columns.len());
    let explicit_format = src.date_format.clone();
    let value_cols: Vec<usize> = match &layout {
        LayoutColumns::Long { value, .. } => vec![*value],
        LayoutColumns::Wide { .. } => (0..columns.len())
            .filter(|&i| Some(i) != named_date && Some(i) != ends_col)
            .collect(),
    };
    let mut ev = CellEvidence {
        per_column: std::iter::repeat_with(ColumnSniff::default)
            .take(columns.len())
            .collect(),
        date_ev: DateEvidence::default(),
        last_date_cell: Vec::new(),
        rows_seen: 0,
        scratch: Vec::new(),
        named_date,
        explicit_format: explicit_format.clone(),
        value_cols,
        numbers: src.decimal.is_none() || matches!(layout, LayoutColumns::Wide { .. }),
    };
    let mut rows_read = 0usize;
    // With a load fed: the rows read go in batches to the load and to a
    // thread that reads their cells (`CellEvidence`), both at the same time as
    // this one reads on; the last batch is the load's too.
    let mut batch = Batch::new();
    let mut last = Arc::new(Batch::default());
    if feed.is_some() {
        let (cells, to_read) = mpsc::sync_channel::<Arc<Batch>>(BATCHES_QUEUED);
        let mut theirs = std::mem::replace(&mut ev, CellEvidence::empty());
        let read = std::thread::scope(|scope| {
            let reading = scope.spawn(move || {
                for batch in to_read {
                    for (line, rec) in batch.each() {
                        theirs.observe(line, rec);
                    }
                }
                theirs
            });
            let reading_rows = (|| -> Result<(), Diagnostic> {
                while let Some(line) = table_end.read(&mut rdr).map_err(|e| ctx.stream_error(&e))? {
                    if rows_read == rows {
                        break;
                    }
                    rows_read += 1;
                    batch.push(line, rdr.row());
                    if batch.full() {
                        let full = Arc::new(std::mem::replace(&mut batch, Batch::new()));
                        if let Some(fed) = &mut feed {
                            if !fed.pass(Arc::clone(&full)) {
                                // The load ended (it found an error): read on.
                                feed = None;
                            }
                        }
                        // The reading thread ends only when this one does.
                        let _ = cells.send(full);
                    }
                }
                Ok(())
            })();
            last = Arc::new(std::mem::take(&mut batch));
            if reading_rows.is_ok() {
                let _ = cells.send(Arc::clone(&last));
            }
            drop(cells);
            let read = reading
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
            reading_rows.map(|()| read)
        });
        ev = read?;
    } else {
        while let Some(line) = table_end.read(&mut rdr).map_err(|e| ctx.stream_error(&e))? {
            if rows_read == rows {
                break;
            }
            rows_read += 1;
            ev.observe(line, rdr.row());
        }
    }
    let CellEvidence {
        mut per_column,
        mut date_ev,
        rows_seen,
        ..
    } = ev;
    let not_utf8 = check_state.is_some_and(|c| !c.borrow().is_utf8());
    // The load fed these rows also looks past the table for others
    // (`load`'s `TableEnd::rest`): read after the UTF-8 check above, as
    // the sniffing pass alone reads no further.
    if let Some(feed) = feed {
        feed.finish(last, || table_end.rest(&mut rdr));
    }
    drop(rdr);
    if not_utf8 && encoding == TextEncoding::Utf8 {
        return Ok(Err(()));
    }

    // The date column.
    let date_col = match named_date {
        Some(i) => i,
        None => {
            let found = per_column
                .iter()
                .position(|s| match &explicit_format {
                    Some(_) => s.format_ok > 0 && !s.format_bad,
                    None => s.dates.all_dates(),
                })
                .or_else(|| {
                    // Day counts, in a column named in any language.
                    per_column
                        .iter()
                        .position(|s| s.day_count.counts_days() && !s.numbers.numeric())
                        .or_else(|| per_column.iter().position(|s| s.day_count.counts_days()))
                        .filter(|_| explicit_format.is_none())
                });
            // A header without rows is a file without data, not an error.
            let found = found.or((rows_seen == 0).then_some(0));
            match found {
                Some(i) => {
                    date_ev = std::mem::take(&mut per_column[i].dates);
                    i
                }
                None => {
                    if let Some((i, (line, cell))) = per_column
                        .iter()
                        .enumerate()
                        .find_map(|(i, s)| s.dates.no_year.clone().map(|e| (i, e)))
                    {
                        return Err(ctx
                            .error(DataProblem::DatesWithoutYear {
                                column: visible(&columns[i]),
                                cell: visible(&cell),
                                line,
                            })
                            .at(line, None));
                    }
                    return Err(no_column(HeaderProblem::NoDateColumn {
                        line: header_line,
                        columns: visible_columns(&columns),
                        source: ctx.name().to_string(),
                    }));
                }
            }
        }
    };
    let date_name = &columns[date_col];
    let counts_days = date_name.eq_ignore_ascii_case("nth day")
        || explicit_format.is_none() && per_column[date_col].day_count.counts_days();
    let dates = if counts_days {
        match preamble.day_zero() {
            Some(start) => DateRule::DayCount(start),
            None => {
                return Err(ctx
                    .error(DataProblem::DayCountWithoutStart {
                        column: date_name.clone(),
                    })
                    .at(header_line, None));
            }
        }
    } else if let Some(fmt) = explicit_format {
        DateRule::Format(fmt)
    } else {
        match date_ev.decide() {
            Ok(reading) => {
                notes.extend(reading.note);
                DateRule::Sniffed(reading.order, reading.format)
            }
            Err(amb) => return Err(date_ambiguity(ctx, date_name, amb)),
        }
    };

    // The decimal mark, from every numeric cell together.
    let layout = match layout {
        LayoutColumns::Wide { wanted, .. } => {
            let numeric = (0..columns.len())
                .filter(|&i| i != date_col && Some(i) != ends_col)
                .filter(|&i| per_column[i].numbers.numeric() || wanted.contains(&i))
                .collect();
            LayoutColumns::Wide { wanted, numeric }
        }
        long => long,
    };
    let decimal = match src.decimal {
        Some(c) => c as u8,
        None => {
            let mut all = DecimalEvidence::default();
            let counted: Vec<usize> = match &layout {
                LayoutColumns::Long { value, .. } => vec![*value],
                LayoutColumns::Wide { numeric, .. } => numeric.clone(),
            };
            for i in counted {
                all.merge(&per_column[i].numbers);
            }
            let us_dates = matches!(&dates, DateRule::Sniffed(SlashOrder::MonthFirst, f) if f.starts_with("%m/"));
            // The columns read decide when they can: a column no metric
            // reads never refuses the file.
            let mut read = DecimalEvidence::default();
            let read_cols: Vec<usize> = match &layout {
                LayoutColumns::Long { value, .. } => vec![*value],
                LayoutColumns::Wide { wanted, .. } => wanted.clone(),
            };
            for i in read_cols {
                read.merge(&per_column[i].numbers);
            }
            let (mark, note) = if read.dot.is_some() || read.comma.is_some() {
                decide_decimal(ctx, &read, us_dates)?
            } else {
                match decide_decimal(ctx, &all, us_dates) {
                    Ok(decided) => decided,
                    Err(e) if read.ambiguous_comma.is_some() || read.ambiguous_dot.is_some() => {
                        return Err(e)
                    }
                    Err(_) => (b'.', None),
                }
            };
            notes.extend(note);
            mark
        }
    };
    let column_kinds = (0..columns.len())
        .map(|i| {
            let numbers = &per_column[i].numbers;
            let kind = if i == date_col || Some(i) == ends_col {
                "date"
            } else if match &layout {
                LayoutColumns::Long { value, .. } => i == *value,
                LayoutColumns::Wide { numeric, .. } => numeric.contains(&i),
            } {
                "number"
            } else if matches!(layout, LayoutColumns::Wide { .. })
                && numbers.numbers == 0
                && numbers.other.is_none()
            {
                "empty"
            } else {
                "text"
            };
            kind.to_string()
        })
        .collect();
    let column_dress = per_column.iter().map(|c| c.numbers.dress()).collect();
    Ok(Ok(Sniffed {
        skip,
        title_lines,
        tables,
        table,
        column_kinds,
        column_dress,
        encoding,
        delimiter,
        columns,
        date_col,
        dates,
        decimal,
        layout,
        ends_col,
        notes,
    }))
}

/// Lets the sniffing pass ask the UTF-8 check afterwards.
struct SharedRead<R>(std::rc::Rc<std::cell::RefCell<R>>);

impl<R: Read> Read for SharedRead<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        self.0.borrow_mut().read(buf)
    }
}

/// The rows after the header. Records end at `\n` only (a `\r` before it
/// stays in the last field, which is trimmed), and the input gets a final
/// `\n`, so every record ends with one and `record_line` can tell the
/// physical line from the reader's count. Comment rows (`is_comment_row`) are
/// skipped, as in the preamble.
/// `header_end` is the header's last line, for messages.
fn csv_reader<R: Read>(delimiter: u8, input: R, header_end: usize) -> Records<R> {
    Records::new(delimiter, input).after_line(header_end)
}

/// The physical line where the record just read starts: the reader has
/// counted the lines up to and including the record's final `\n`.
fn record_line<R: Read>(rdr: &Records<R>, header_line: usize) -> usize {
    let after = rdr.line() as usize;
    let inner: usize = rdr
        .row()
        .iter()
        .map(|cell| memchr::memchr_iter(b'\n', cell).count())
        .sum();
    header_line + after.saturating_sub(1 + inner)
}

/// A long file's `metric` column under other names, as people name it in
/// their language.
pub(super) const METRIC_NAMES: &[&str] = &[
    "metrics",
    "measure",
    "kpi",
    "mått",
    "mätvärde",
    "nyckeltal",
    "nøkkeltall",
    "nøgletal",
    "mittari",
    "metriikka",
    "metrik",
    "kennzahl",
    "métrique",
    "métrica",
    "metrica",
];
/// ... and its `value` column.
pub(super) const VALUE_NAMES: &[&str] = &[
    "values", "värde", "verdi", "værdi", "arvo", "wert", "valeur", "valor", "waarde",
];

/// For the hint of a long file without its columns: `layout = "wide"`
/// only when the header has a column for every metric read (so that it
/// would read); else the keys that name the columns.
fn wide_reads(wants: &[Want], columns: &[String]) -> bool {
    !wants.is_empty()
        && wants
            .iter()
            .all(|w| w.segment.is_none() && find_column(columns, &w.column).len() == 1)
        && date_column_by_name(columns).is_some()
}

fn resolve_layout(
    ctx: &Ctx,
    wants: &[Want],
    columns: &[String],
    header_line: usize,
    no_column: &dyn Fn(HeaderProblem) -> Diagnostic,
) -> Result<LayoutColumns, Diagnostic> {
    match ctx.source.layout {
        Layout::Long => {
            let src = ctx.source;
            let wide_reads = wide_reads(wants, columns);
            let need = |default: &str,
                        key: &str,
                        set: &Option<String>,
                        synonyms: &[&str]|
             -> Result<usize, Diagnostic> {
                if let Some(name) = set {
                    return find_column(columns, name).first().copied().ok_or_else(|| {
                        no_column(HeaderProblem::NoNamedColumn {
                            name: name.clone(),
                            key: key.to_string(),
                            source: ctx.name().to_string(),
                            line: header_line,
                            columns: visible_columns(columns),
                            suggestion: did_you_mean(columns, name),
                        })
                    });
                }
                std::iter::once(default)
                    .chain(synonyms.iter().copied())
                    .find_map(|name| find_column(columns, name).first().copied())
                    .ok_or_else(|| {
                        no_column(HeaderProblem::LongNeeds {
                            default: default.to_string(),
                            line: header_line,
                            columns: visible_columns(columns),
                            source: ctx.name().to_string(),
                            wide_reads,
                        })
                    })
            };
            let metric = need("metric", "metric_column", &src.metric_column, METRIC_NAMES)?;
            let value = need("value", "value_column", &src.value_column, VALUE_NAMES)?;
            let segment = match &src.segment_column {
                Some(_) => Some(need("segment", "segment_column", &src.segment_column, &[])?),
                None => find_column(columns, "segment").first().copied(),
            };
            if segment.is_none() {
                if let Some(w) = wants.iter().find(|w| w.segment.is_some()) {
                    return Err(no_column(HeaderProblem::NoSegmentColumn {
                        metric: w.key.clone(),
                        segment: w.segment.clone().unwrap_or_default(),
                        line: header_line,
                        columns: visible_columns(columns),
                        source: ctx.name().to_string(),
                    }));
                }
            }
            Ok(LayoutColumns::Long {
                metric,
                value,
                segment,
            })
        }
        Layout::Wide => {
            let mut wanted = Vec::with_capacity(wants.len());
            for w in wants {
                if let Some(segment) = &w.segment {
                    return Err(ctx.error(DataProblem::SegmentInWide {
                        metric: w.key.clone(),
                        segment: segment.clone(),
                        source: ctx.name().to_string(),
                    }));
                }
                match find_column(columns, &w.column)[..] {
                    [i] => wanted.push(i),
                    [] => {
                        return Err(no_column(HeaderProblem::NoMetricColumn {
                            column: w.column.clone(),
                            metric: w.key.clone(),
                            line: header_line,
                            columns: visible_columns(columns),
                            suggestion: did_you_mean(columns, &w.column),
                        }));
                    }
                    [first, second, ..] => {
                        return Err(no_column(HeaderProblem::DuplicateColumn {
                            column: w.column.clone(),
                            metric: w.key.clone(),
                            line: header_line,
                            first: first + 1,
                            second: second + 1,
                        }));
                    }
                }
            }
            Ok(LayoutColumns::Wide {
                wanted,
                numeric: Vec::new(),
            })
        }
    }
}

fn date_ambiguity(ctx: &Ctx, column: &str, amb: DateAmbiguity) -> Diagnostic {
    match amb {
        DateAmbiguity::EitherWay((line, cell)) => {
            let short = cell.split('/').nth(2).is_some_and(|y| y.trim().len() == 2);
            ctx.error(DataProblem::EitherWayDate {
                column: column.to_string(),
                cell,
                short,
                source: ctx.name().to_string(),
            })
            .at(line, None)
        }
        DateAmbiguity::Mixed {
            day_first,
            month_first,
        } => {
            let line = day_first.0.max(month_first.0);
            ctx.error(DataProblem::MixedDateOrder {
                column: column.to_string(),
                day_first,
                month_first,
                source: ctx.name().to_string(),
            })
            .at(line, None)
        }
    }
}

/// The number of lines to skip when a later line of the first 30 looks
/// like a header with a date column.
fn suggest_skip_rows(
    ctx: &Ctx,
    encoding: TextEncoding,
    delimiter: u8,
    header_line: usize,
) -> Option<usize> {
    let text = ctx.text(encoding).ok()?;
    text.split(b'\n')
        .take(30)
        .map_while(Result::ok)
        .position(|line| {
            let line = strip_eol(&line);
            [delimiter, b',', b';', b'\t']
                .iter()
                .any(|&d| date_column_by_name(&split_header(line, d)).is_some())
        })
        .filter(|&n| n + 1 != header_line)
}

// ---------------------------------------------------------------------------
// Loading

/// One date's sum of one metric, with what the segment check needs.
#[derive(Debug, Clone, Copy, Default)]
struct DayAcc {
    sum: f64,
    /// Line of the first row without a segment that carried a value.
    blank_line: usize,
    /// Line of the first row with a segment that carried a value.
    segment_line: usize,
}

/// A long file's metric names, each to its index in `found`. std's hash,
/// keyed at random per run, so a file's names cannot be made to collide (a
/// fixed hash let a hostile file slow every lookup); in front of it a
/// small cache on a cheap hash of the name serves the names a file repeats
/// row after row without a SipHash each. A slot is checked against the
/// name it holds, so names made to clash in the cache only miss it.
struct NameIndex {
    map: HashMap<Rc<[u8]>, usize>,
    /// Per index, its name.
    names: Vec<Rc<[u8]>>,
    /// Per cache slot, the index of the last name seen there (`u32::MAX`:
    /// none).
    cache: Vec<u32>,
}

const NAME_CACHE_BITS: u32 = 10;

impl Default for NameIndex {
    fn default() -> Self {
        NameIndex {
            map: HashMap::new(),
            names: Vec::new(),
            cache: vec![u32::MAX; 1 << NAME_CACHE_BITS],
        }
    }
}

impl NameIndex {
    fn get(&mut self, name: &[u8]) -> Option<usize> {
        let slot = name_slot(name);
        let cached = self.cache[slot] as usize;
        if self.names.get(cached).is_some_and(|n| **n == *name) {
            return Some(cached);
        }
        let &i = self.map.get(name)?;
        if let Ok(i) = u32::try_from(i) {
            self.cache[slot] = i;
        }
        Some(i)
    }

    fn insert(&mut self, name: &[u8], i: usize) {
        let name: Rc<[u8]> = name.into();
        if self.names.len() <= i {
            self.names.resize(i + 1, Rc::from(&b""[..]));
        }
        self.names[i] = Rc::clone(&name);
        self.map.insert(name, i);
    }
}

/// A cheap hash of a name, to a slot of `NameIndex::cache`.
fn name_slot(name: &[u8]) -> usize {
    const K: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut h = name.len() as u64;
    let mut words = name.chunks_exact(8);
    for word in &mut words {
        let mut w = [0u8; 8];
        w.copy_from_slice(word);
        h = (h ^ u64::from_le_bytes(w)).wrapping_mul(K).rotate_left(29);
    }
    let mut w = [0u8; 8];
    w[..words.remainder().len()].copy_from_slice(words.remainder());
    h = (h ^ u64::from_le_bytes(w)).wrapping_mul(K);
    (h >> (64 - NAME_CACHE_BITS)) as usize
}

struct Found {
    metric: FoundMetric,
    /// Wants read from this metric name (long) or column (wide).
    wants: Vec<usize>,
}

impl Found {
    fn new(name: String, wants: Vec<usize>) -> Self {
        Found {
            metric: FoundMetric {
                name,
                ..FoundMetric::default()
            },
            wants,
        }
    }

    fn saw(&mut self, date: NaiveDate, has_value: bool) {
        let m = &mut self.metric;
        count_row(
            &mut m.rows,
            &mut m.missing,
            &mut m.first_date,
            &mut m.last_date,
            date,
            has_value,
        );
    }
}

fn count_row(
    rows: &mut usize,
    missing: &mut usize,
    first: &mut Option<NaiveDate>,
    last: &mut Option<NaiveDate>,
    date: NaiveDate,
    has_value: bool,
) {
    if has_value {
        *rows += 1;
        *first = Some(first.map_or(date, |d| d.min(date)));
        *last = Some(last.map_or(date, |d| d.max(date)));
    } else {
        *missing += 1;
    }
}

fn saw_read(m: &mut ReadMetric, date: NaiveDate, has_value: bool) {
    count_row(
        &mut m.rows,
        &mut m.missing,
        &mut m.first_date,
        &mut m.last_date,
        date,
        has_value,
    );
}

/// Reads the file as sniffed; with `fed`, its rows as the sniffing pass
/// reads them at the same time.
fn load(
    ctx: &Ctx,
    wants: &[Want],
    s: &mut Sniffed,
    fed: Option<FedRows>,
) -> Result<FileData, Diagnostic> {
    let mut text = ctx.text(s.encoding)?;
    let preamble = read_preamble(&mut text, s.skip)
        .map_err(|e| ctx.stream_error(&e))?
        .ok_or_else(|| ctx.error(DataProblem::FileChanged))?;
    let header_line = preamble.lines + 1;
    let mut report = SourceReport {
        name: ctx.name().to_string(),
        path: ctx.path.display().to_string(),
        encoding: s.encoding.name().to_string(),
        delimiter: delimiter_name(s.delimiter),
        decimal: (s.decimal as char).to_string(),
        layout: match ctx.source.layout {
            Layout::Long => "long",
            Layout::Wide => "wide",
        }
        .to_string(),
        date_column: s.columns[s.date_col].clone(),
        date_format: s.dates.describe(),
        header_line,
        preamble_lines: preamble.lines,
        columns: s.columns.clone(),
        column_types: s
            .columns
            .iter()
            .zip(&s.column_kinds)
            .map(|(name, kind)| ColumnType {
                name: name.clone(),
                kind: kind.clone(),
            })
            .collect(),
        title_lines: s.title_lines,
        table: s.table.0,
        table_title: s.table.1.clone(),
        other_tables: std::mem::take(&mut s.tables),
        notes: super::Notes(std::mem::take(&mut s.notes)),
        ..SourceReport::default()
    };
    let mut cells = ValueCells {
        err: CellErrors {
            ctx,
            header: &preamble.header,
            encoding: s.encoding,
            delimiter: s.delimiter,
            columns: &s.columns,
            decimal: s.decimal,
            dates: &s.dates,
        },
        counted: ctx.counted,
        scratch: Vec::new(),
        error_cells: ErrorCells::default(),
        uncounted: ErrorCells::default(),
    };

    let mut series: Vec<BTreeMap<NaiveDate, DayAcc>> = vec![BTreeMap::new(); wants.len()];
    let mut example_segment: Vec<Option<String>> = vec![None; wants.len()];
    let mut found: Vec<Found> = Vec::new();
    let mut read: Vec<ReadMetric> = wants.iter().map(Want::read_metric).collect();
    let mut found_by_name = NameIndex::default();
    // The wants of each name as names are matched (without
    // invisible characters): a name new to the file is matched in one
    // lookup, not against every want.
    let mut wants_by_name: HashMap<String, Vec<usize>> = HashMap::new();
    for (w, want) in wants.iter().enumerate() {
        wants_by_name
            .entry(without_invisible(want.column.trim()))
            .or_default()
            .push(w);
    }
    if let LayoutColumns::Wide { wanted, numeric } = &s.layout {
        for &col in numeric {
            let of_col = (0..wants.len()).filter(|&w| wanted[w] == col).collect();
            found.push(Found::new(s.columns[col].clone(), of_col));
        }
    }
    let wide_found: Vec<usize> = match &s.layout {
        LayoutColumns::Wide { numeric, .. } => numeric.clone(),
        LayoutColumns::Long { .. } => Vec::new(),
    };

    let mut rows = match fed {
        Some(fed) => Rows::Fed(fed),
        None => Rows::File {
            rdr: csv_reader(s.delimiter, &mut text, header_line + preamble.header_extra),
            table_end: TableEnd::new(header_line + preamble.header_extra, s.columns.len()),
        },
    };
    let mut last_date_cell: Vec<u8> = Vec::new();
    let mut last_date: Option<NaiveDate> = None;
    let width = s.columns.len();
    let mut no_data_rows = 0usize;
    while let Some((line, rec)) = rows.next().map_err(|e| ctx.stream_error(&e))? {
        if is_no_data_row(rec) {
            no_data_rows += 1;
            continue;
        }
        if rec.len() <= s.date_col && !rec.get(0).is_some_and(is_totals_word) {
            check_width(&cells.err, rec, line, width, header_line)?;
        }
        let date_cell = number::trim(rec.get(s.date_col).unwrap_or(b""));
        if date_cell.is_empty()
            || date_cell == b"--"
            || is_totals_word(date_cell)
            || rec.get(0).is_some_and(is_totals_word)
        {
            report.skipped_totals.push(line);
            continue;
        }
        if rec.len() != width {
            check_width(&cells.err, rec, line, width, header_line)?;
        }
        let date = if last_date.is_some() && last_date_cell == date_cell {
            last_date
        } else {
            last_date_cell.clear();
            last_date_cell.extend_from_slice(date_cell);
            last_date = s.dates.parse(date_cell);
            last_date
        };
        let Some(date) = date else {
            last_date_cell.clear();
            return Err(cells.err.invalid_date(line, s.date_col, date_cell, rec));
        };
        if let Some(ends) = s.ends_col {
            let end_cell = number::trim(rec.get(ends).unwrap_or(b""));
            if end_cell != date_cell && s.dates.parse(end_cell) != Some(date) {
                return Err(cells.err.multi_day(line, ends, date_cell, end_cell));
            }
        }
        report.data_rows += 1;
        report.first_date = Some(report.first_date.map_or(date, |d| d.min(date)));
        report.last_date = Some(report.last_date.map_or(date, |d| d.max(date)));

        match &s.layout {
            LayoutColumns::Wide { .. } => {
                for (fi, &col) in wide_found.iter().enumerate() {
                    let cell = rec.get(col).unwrap_or(b"");
                    let f = &mut found[fi];
                    let Some(value) = cells.read(f, line, col, cell, date)? else {
                        continue;
                    };
                    if let Some(v) = value {
                        for &w in &f.wants {
                            series[w].entry(date).or_default().sum += v;
                        }
                    }
                }
            }
            &LayoutColumns::Long {
                metric,
                value,
                segment,
            } => {
                let name = number::trim(rec.get(metric).unwrap_or(b""));
                let fi = match found_by_name.get(name) {
                    Some(i) => i,
                    None => {
                        let text = String::from_utf8_lossy(name).into_owned();
                        let of_name = wants_by_name
                            .get(&without_invisible(&text))
                            .cloned()
                            .unwrap_or_default();
                        found.push(Found::new(text, of_name));
                        found_by_name.insert(name, found.len() - 1);
                        found.len() - 1
                    }
                };
                let cell = rec.get(value).unwrap_or(b"");
                let f = &mut found[fi];
                let Some(parsed) = cells.read(f, line, value, cell, date)? else {
                    continue;
                };
                let seg = segment.map_or(&b""[..], |i| number::trim(rec.get(i).unwrap_or(b"")));
                for &w in &f.wants {
                    let want = &wants[w];
                    let ours = want
                        .segment
                        .as_ref()
                        .is_none_or(|only| seg.eq_ignore_ascii_case(only.trim().as_bytes()));
                    if ours {
                        saw_read(&mut read[w], date, parsed.is_some());
                    }
                    let Some(v) = parsed else { continue };
                    match &want.segment {
                        Some(_) => {
                            if ours {
                                series[w].entry(date).or_default().sum += v;
                            }
                        }
                        None => {
                            let acc = series[w].entry(date).or_default();
                            acc.sum += v;
                            if seg.is_empty() {
                                if acc.blank_line == 0 {
                                    acc.blank_line = line;
                                }
                            } else {
                                if acc.segment_line == 0 {
                                    acc.segment_line = line;
                                }
                                if example_segment[w].is_none() {
                                    example_segment[w] = Some(lossy(seg));
                                }
                            }
                            if acc.blank_line > 0 && acc.segment_line > 0 && cells.counts(date) {
                                let (blank, segmented) = (acc.blank_line, acc.segment_line);
                                return Err(cells.err.double_count(
                                    line,
                                    want,
                                    date,
                                    blank,
                                    segmented,
                                    example_segment[w].as_deref(),
                                ));
                            }
                        }
                    }
                }
            }
        }
    }

    if !report.skipped_totals.is_empty() {
        let lines: Vec<String> = report
            .skipped_totals
            .iter()
            .map(|l| l.to_string())
            .collect();
        report.notes.push(crate::note!(
            "ed-note-totals-skipped",
            n = lines.len(),
            count = lines.len().to_string(),
            lines = lines.join(", ")
        ));
    }
    if no_data_rows > 0 {
        report.notes.push(crate::note!(
            "ed-note-no-data-rows",
            n = no_data_rows,
            count = no_data_rows.to_string()
        ));
    }
    report.notes.extend(cells.error_cells.note());
    let uncounted = &cells.uncounted;
    if let Some((line, cell)) = &uncounted.first {
        report.notes.push(crate::note!(
            "ed-note-uncounted-cells",
            n = uncounted.count,
            count = uncounted.count.to_string(),
            cell = visible(cell),
            line = line.to_string()
        ));
    }
    if matches!(s.layout, LayoutColumns::Long { .. }) {
        let mut named = vec![false; wants.len()];
        for f in &found {
            for &w in &f.wants {
                named[w] = true;
            }
        }
        for (w, _) in wants.iter().zip(&named).filter(|(_, named)| !**named) {
            report.notes.push(crate::note!(
                "ed-note-no-rows-named",
                key = &w.key,
                column = &w.column
            ));
        }
    }
    let after = rows.rest().map_err(|e| ctx.stream_error(&e))?;
    if let Some(next) = after.first() {
        report.notes.push(crate::note!(
            "ed-note-stopped-at-table",
            line = next.line.to_string(),
            columns = list_columns(&next.columns)
        ));
    }
    for (i, mut t) in after.into_iter().enumerate() {
        if report.other_tables.iter().all(|o| o.line != t.line) {
            t.number = report.table + 1 + i;
            report.other_tables.push(t);
        }
    }
    if matches!(s.layout, LayoutColumns::Wide { .. }) {
        for f in &found {
            for &w in &f.wants {
                let m = &f.metric;
                read[w].rows = m.rows;
                read[w].missing = m.missing;
                read[w].first_date = m.first_date;
                read[w].last_date = m.last_date;
            }
        }
    }
    report.read = read;
    report.metrics = found.into_iter().map(|f| f.metric).collect();
    let series = series
        .into_iter()
        .map(|days| {
            days.into_iter()
                .map(|(date, acc)| (date, acc.sum))
                .collect()
        })
        .collect();
    Ok(FileData { report, series })
}

/// `load`'s reading of value cells, the same in both layouts, and what it
/// keeps of them: the cells read as no data because they hold an error,
/// and the cells that do not read on days outside the counted ones.
struct ValueCells<'a> {
    err: CellErrors<'a>,
    counted: Option<(NaiveDate, NaiveDate)>,
    scratch: Vec<u8>,
    error_cells: ErrorCells,
    uncounted: ErrorCells,
}

impl ValueCells<'_> {
    /// Whether `date` is one of the days counted (all, without a cycle).
    fn counts(&self, date: NaiveDate) -> bool {
        self.counted
            .is_none_or(|(start, end)| (start..=end).contains(&date))
    }

    /// `cell` (line `line`, column `col`) of `f`'s on `date`, counted in
    /// `f`: `None` where no metric read reads `f`, else its value (`None`:
    /// no data). A cell that does not read is an error on a counted day,
    /// else noted as not counted.
    fn read(
        &mut self,
        f: &mut Found,
        line: usize,
        col: usize,
        cell: &[u8],
        date: NaiveDate,
    ) -> Result<Option<Option<f64>>, Diagnostic> {
        if f.wants.is_empty() {
            f.saw(date, !number::is_missing(cell));
            return Ok(None);
        }
        let value = match self.err.value(line, col, cell, &mut self.scratch) {
            Err(_) if !self.counts(date) => {
                self.uncounted.saw(line, cell);
                None
            }
            value => value?,
        };
        if value.is_none() && number::is_error_cell(cell) {
            self.error_cells.saw(line, cell);
        }
        f.saw(date, value.is_some());
        Ok(Some(value))
    }
}

/// Cells read as no data because they hold `NaN` or a spreadsheet error.
#[derive(Default)]
struct ErrorCells {
    count: usize,
    first: Option<(usize, String)>,
}

impl ErrorCells {
    fn saw(&mut self, line: usize, cell: &[u8]) {
        self.count += 1;
        self.first.get_or_insert_with(|| (line, lossy(cell)));
    }

    fn note(&self) -> Option<super::Note> {
        let (line, cell) = self.first.as_ref()?;
        Some(crate::note!(
            "ed-note-error-cells",
            n = self.count,
            count = self.count.to_string(),
            cell = cell,
            line = line.to_string()
        ))
    }
}

/// Builds the diagnostics about cells, with the line as a snippet and the
/// caret under the cell.
struct CellErrors<'a> {
    ctx: &'a Ctx<'a>,
    header: &'a [u8],
    encoding: TextEncoding,
    delimiter: u8,
    columns: &'a [String],
    decimal: u8,
    dates: &'a DateRule,
}

impl CellErrors<'_> {
    fn value(
        &self,
        line: usize,
        col: usize,
        cell: &[u8],
        scratch: &mut Vec<u8>,
    ) -> Result<Option<f64>, Diagnostic> {
        match number::parse(cell, self.decimal, scratch) {
            Ok(v) => Ok(v),
            Err(NumberError::NotFinite) => Err(self.at_cell(
                line,
                col,
                CellProblem::NotFinite {
                    column: self.column(col).to_string(),
                    found: lossy(cell),
                },
            )),
            // The csv reader took the rest of the file into one quoted
            // cell (the input's final `\n` is its last byte).
            Err(NumberError::Invalid) if cell.ends_with(b"\n") => Err(self.at_cell(
                line + 1,
                col,
                CellProblem::UnclosedQuote {
                    column: self.column(col).to_string(),
                },
            )),
            Err(NumberError::Invalid) => {
                let other = if self.decimal == b'.' { b',' } else { b'.' };
                // Suggest the other mark only when it reads the cell.
                let other_reads = matches!(number::parse(cell, other, scratch), Ok(Some(_)));
                Err(self.at_cell(
                    line,
                    col,
                    CellProblem::InvalidNumber {
                        column: self.column(col).to_string(),
                        found: visible(&lossy(cell)),
                        decimal: self.decimal as char,
                        set: self.ctx.source.decimal.is_some(),
                        other_reads,
                        source: self.ctx.name().to_string(),
                    },
                ))
            }
        }
    }

    fn column(&self, col: usize) -> &str {
        self.columns.get(col).map_or("?", String::as_str)
    }

    fn invalid_date(&self, line: usize, col: usize, cell: &[u8], rec: Row) -> Diagnostic {
        if date::missing_year(cell) {
            return self.at_cell(
                line,
                col,
                CellProblem::NoYear {
                    column: self.column(col).to_string(),
                    found: visible(&lossy(cell)),
                },
            );
        }
        let reading = match self.dates {
            DateRule::Format(fmt) => DateReading::Format {
                format: fmt.clone(),
                set: true,
            },
            DateRule::Sniffed(_, format) => DateReading::Format {
                format: format.clone(),
                set: false,
            },
            DateRule::DayCount(start) => DateReading::DayCount {
                start: start.to_string(),
            },
        };
        // Suggest an option only when it reads the cell.
        let dated_column = (0..rec.len())
            .filter(|&i| i != col)
            .find(|&i| date::parse(number::trim(&rec[i]), SlashOrder::DayFirst).is_some());
        let miss = if let Some(i) = dated_column {
            DateMiss::OtherColumn {
                shown: visible(self.column(i)),
                name: self.column(i).to_string(),
            }
        } else if date::split(cell).is_some() {
            DateMiss::NoSuchDay
        } else {
            DateMiss::NoShape
        };
        self.at_cell(
            line,
            col,
            CellProblem::InvalidDate {
                column: visible(self.column(col)),
                found: visible(&lossy(cell)),
                reading,
                miss,
                source: self.ctx.name().to_string(),
            },
        )
    }

    fn multi_day(&self, line: usize, col: usize, start: &[u8], end: &[u8]) -> Diagnostic {
        self.at_cell(
            line,
            col,
            CellProblem::MultiDay {
                start: lossy(start),
                end: lossy(end),
            },
        )
    }

    fn double_count(
        &self,
        line: usize,
        want: &Want,
        date: NaiveDate,
        blank: usize,
        segmented: usize,
        example: Option<&str>,
    ) -> Diagnostic {
        self.at_cell(
            line,
            usize::MAX,
            CellProblem::DoubleCount {
                metric: want.key.clone(),
                date: date.to_string(),
                blank,
                segmented,
                example: example.map(str::to_string),
            },
        )
    }

    /// Fills line, column and snippet by reading the line again (errors
    /// are rare; the hot loop keeps no text).
    fn at_cell(&self, line: usize, col: usize, problem: CellProblem) -> Diagnostic {
        let d = self.ctx.error(DataProblem::Cell(problem)).at(line, None);
        let Some(text) = self.line_text(line) else {
            return d;
        };
        let column = field_start(&text, self.delimiter, col);
        d.at(line, column).with_snippet(text)
    }

    fn line_text(&self, line: usize) -> Option<String> {
        let text = self.ctx.text(self.encoding).ok()?;
        let bytes = text.split(b'\n').nth(line.checked_sub(1)?)?.ok()?;
        Some(String::from_utf8_lossy(strip_eol(&bytes)).into_owned())
    }
}

/// The 1-based character column where field `col` (0-based) starts.
fn field_start(line: &str, delimiter: u8, col: usize) -> Option<usize> {
    if col == 0 {
        return Some(1);
    }
    let mut field = 0;
    let mut quoted = false;
    for (i, c) in line.chars().enumerate() {
        if c == '"' {
            quoted = !quoted;
        } else if !quoted && c == delimiter as char {
            field += 1;
            if field == col {
                return Some(i + 2);
            }
        }
    }
    None
}

/// For a row with too few fields: the delimiter that gives the header and
/// the row the same fields, if one does.
fn better_delimiter(cells: &CellErrors, line: usize) -> Option<Delimiter> {
    let row = cells.line_text(line).unwrap_or_default();
    [b',', b';', b'\t', b'|']
        .into_iter()
        .filter(|&d| d != cells.delimiter)
        .find(|&d| {
            let n = split_header(cells.header, d).len();
            n > 1 && split_header(row.as_bytes(), d).len() == n
        })
        .map(Delimiter)
}

fn check_width(
    cells: &CellErrors,
    rec: Row,
    line: usize,
    width: usize,
    header_line: usize,
) -> Result<(), Diagnostic> {
    let ctx = cells.ctx;
    if rec.len() < width {
        return Err(cells.at_cell(
            line,
            usize::MAX,
            CellProblem::TooFewFields {
                fields: rec.len(),
                header_line,
                width,
                used: Delimiter(cells.delimiter),
                better: better_delimiter(cells, line),
                source: ctx.name().to_string(),
            },
        ));
    }
    if let Some(extra) = (width..rec.len()).find(|&i| !number::trim(&rec[i]).is_empty()) {
        return Err(cells.at_cell(
            line,
            extra,
            CellProblem::TooManyFields {
                fields: rec.len(),
                header_line,
                width,
                field: extra + 1,
                found: lossy(&rec[extra]),
                used: Delimiter(cells.delimiter),
                source: ctx.name().to_string(),
            },
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Both ways of reading `path`: sniffed then loaded, and loaded while
    /// sniffed from a guess of its first `rows` rows. They must agree on
    /// everything, errors included.
    /// Whether the load from the guess was kept.
    fn speculation_agrees(source: &Source, path: &Path, wants: &[Want], rows: usize) -> bool {
        let ctx = Ctx {
            source,
            path,
            counted: None,
        };
        let plain = sniff_and_load(&ctx, wants, None);
        let speculated = sniff_and_load(&ctx, wants, Some(rows));
        let shown = |r: &Result<(FileData, Vec<number::Dress>, bool), Diagnostic>| match r {
            Ok((data, dress, _)) => format!("{:?}\n{:?}\n{dress:?}", data.report, data.series),
            Err(e) => format!("error: {e:?}"),
        };
        assert_eq!(
            shown(&speculated),
            shown(&plain),
            "{} guessed from {rows} rows",
            path.display()
        );
        matches!(speculated, Ok((_, _, true)))
    }

    #[test]
    fn loading_while_sniffing_reads_every_fixture_the_same() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
        let (mut seen, mut kept, mut read_ok) = (0, 0, 0);
        for path in glob::glob(&format!("{}/**/*.csv", root.display())).unwrap() {
            let path = path.unwrap();
            seen += 1;
            for layout in [Layout::Long, Layout::Wide] {
                let source = Source::csv("web", &path, layout);
                // The metrics the file holds, as names or as columns.
                let mut wants = vec![Want {
                    key: "none".into(),
                    column: "nothing-named-so".into(),
                    segment: None,
                }];
                if let Ok(data) = read(&source, &path, &[]) {
                    let names = match layout {
                        Layout::Long => {
                            data.report.metrics.iter().map(|m| m.name.clone()).collect()
                        }
                        Layout::Wide => data.report.columns.clone(),
                    };
                    for (i, name) in names.into_iter().enumerate() {
                        wants.push(Want {
                            key: format!("m{i}"),
                            column: name,
                            segment: None,
                        });
                    }
                }
                for rows in [1, 5, GUESS_ROWS] {
                    for wants in [&wants[..], &wants[..1]] {
                        let kept_now = speculation_agrees(&source, &path, wants, rows);
                        if rows == GUESS_ROWS {
                            // A guess from every row of a small file holds.
                            kept += usize::from(kept_now);
                            read_ok += usize::from(read(&source, &path, wants).is_ok());
                        }
                    }
                }
            }
        }
        assert!(seen >= 20, "only {seen} fixtures under {}", root.display());
        assert_eq!(kept, read_ok, "loads kept, of the files read");
        assert!(kept >= 20, "only {kept} reads of {seen} files");
    }

    #[test]
    fn loading_while_sniffing_reads_many_batches_the_same() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("long.csv");
        let wants: Vec<Want> = ["signups", "orders"]
            .iter()
            .map(|m| Want {
                key: m.to_string(),
                column: m.to_string(),
                segment: None,
            })
            .collect();
        let rows = |n: usize, cell: &dyn Fn(usize) -> String| {
            let mut text = String::from("date,metric,value,segment\n");
            for i in 0..n {
                let metric = ["signups", "orders", "visits"][i % 3];
                text.push_str(&format!(
                    "2026-{:02}-{:02},{metric},{},\"seg\n{}\"\n",
                    1 + i / 28 % 12,
                    1 + i % 28,
                    cell(i),
                    i % 7
                ));
            }
            text
        };
        let plain = |i: usize| format!("{}.5", i % 100);
        let cases = [
            // Batches of every size, a quoted line break in each row.
            rows(3 * BATCH_ROWS + 17, &plain),
            // Another table after a blank line: the tables after the one read.
            rows(2 * BATCH_ROWS, &plain) + "\nTraffic\ndate,visits\n2026-01-01,3\n",
            // A cell the load refuses half-way: it stops being fed.
            rows(3 * BATCH_ROWS, &|i| {
                if i == 1500 {
                    "abc".into()
                } else {
                    plain(i)
                }
            }),
            // Decimal commas from row 2,000 on: the guess is wrong.
            rows(3 * BATCH_ROWS, &|i| {
                if i < 2000 {
                    format!("{i}")
                } else {
                    "\"2,5\"".into()
                }
            }),
            // The sniffing pass refuses the file late: both marks.
            rows(3 * BATCH_ROWS, &|i| {
                if i == 2500 {
                    "\"1,5\"".into()
                } else {
                    plain(i)
                }
            }),
        ];
        let mut kept = Vec::new();
        for text in cases {
            std::fs::write(&path, &text).unwrap();
            let source = Source::csv("web", &path, Layout::Long);
            for rows in [5, 1000, GUESS_ROWS] {
                kept.push(speculation_agrees(&source, &path, &wants, rows));
            }
        }
        // Kept where the guess holds and the load reads; else read again.
        let (t, f) = (true, false);
        assert_eq!(
            kept,
            [t, t, t, t, t, t, f, f, f, f, f, t, f, f, f],
            "per file and guess"
        );
    }

    #[test]
    fn loading_while_sniffing_reads_every_encoding_the_same() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("encoded.csv");
        let wants = [Want {
            key: "besok".into(),
            column: "Besök".into(),
            segment: None,
        }];
        let rows = |n: usize, late: &str, channel: &str| {
            let mut text = String::from("Datum;Besök;Kanal\n");
            for i in 0..n {
                let cell = if i == n / 2 { late } else { "12,5" };
                text.push_str(&format!("2026-01-{:02};{cell};{channel}\n", 1 + i % 28));
            }
            text
        };
        let cp1252 = |text: &str| encoding_rs::WINDOWS_1252.encode(text).0.into_owned();
        let utf16 =
            |text: &str| -> Vec<u8> { text.encode_utf16().flat_map(|u| u.to_le_bytes()).collect() };
        let n = 3 * BATCH_ROWS;
        // The header's bytes in Windows-1252 (`ö` is one byte there).
        let header = "Datum;Besök;Kanal\n".len() - 1;
        let files: [Vec<u8>; 4] = [
            // Not UTF-8 from the header on: every pass reads Windows-1252.
            cp1252(&rows(n, "1", "Sök")),
            // ASCII rows, then Windows-1252 ones half-way: the first pass
            // reads the file as UTF-8 to its end.
            [
                rows(n / 2, "1", "Sok").into_bytes(),
                cp1252(&rows(n / 2, "1", "Sök"))[header..].to_vec(),
            ]
            .concat(),
            // UTF-16 without a byte order mark.
            utf16(&rows(n, "1", "Sök")),
            // A value the load refuses, in UTF-16.
            utf16(&rows(n, "x", "Sök")),
        ];
        for bytes in files {
            std::fs::write(&path, &bytes).unwrap();
            let source = Source::csv("web", &path, Layout::Wide);
            for rows in [5, 1000, GUESS_ROWS] {
                speculation_agrees(&source, &path, &wants, rows);
            }
        }
    }

    #[test]
    fn a_wrong_guess_is_loaded_again_as_the_whole_file_decides() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("late.csv");
        // Integers first (a guess of a decimal point), a decimal comma later.
        let mut text = String::from("date;metric;value\n");
        for day in 1..=3 {
            text.push_str(&format!("2026-01-0{day};signups;{day}\n"));
        }
        text.push_str("2026-01-13;signups;2,5\n");
        std::fs::write(&path, &text).unwrap();
        let source = Source::csv("web", &path, Layout::Long);
        let wants = [Want {
            key: "signups".into(),
            column: "signups".into(),
            segment: None,
        }];
        let ctx = Ctx {
            source: &source,
            path: &path,
            counted: None,
        };
        let guess = sniff(&ctx, &wants, 3, None).unwrap();
        let whole = sniff(&ctx, &wants, usize::MAX, None).unwrap();
        assert!(
            guess != whole,
            "the guess must differ for this test to test"
        );
        let (data, _, kept) = sniff_and_load(&ctx, &wants, Some(3)).unwrap();
        assert!(!kept);
        let days: Vec<(String, f64)> = data.series[0]
            .iter()
            .map(|(d, v)| (d.to_string(), *v))
            .collect();
        assert_eq!(
            days,
            [
                ("2026-01-01".to_string(), 1.0),
                ("2026-01-02".to_string(), 2.0),
                ("2026-01-03".to_string(), 3.0),
                ("2026-01-13".to_string(), 2.5),
            ]
        );
        assert_eq!(data.report.decimal, ",");
        speculation_agrees(&source, &path, &wants, 3);
    }

    #[test]
    fn sniffs_the_delimiter_from_the_header() {
        assert_eq!(sniff_delimiter(b"date,metric,value"), b',');
        assert_eq!(sniff_delimiter(b"Datum;Bes\xc3\xb6k;Int\xc3\xa4kter"), b';');
        assert_eq!(sniff_delimiter(b"Day\tCampaign\tClicks"), b'\t');
        assert_eq!(sniff_delimiter(b"\"a,b\";c"), b';');
        assert_eq!(sniff_delimiter(b"date"), b',');
    }

    #[test]
    fn reads_the_preamble() {
        let text = "# GA4\n# Start date: 20260101\n#\n;;;\ndate,value\n1,2\n";
        let mut r = text.as_bytes();
        let pre = read_preamble(&mut r, 0).unwrap().unwrap();
        assert_eq!(pre.lines, 4);
        assert_eq!(pre.header, b"date,value");
        assert_eq!(pre.start_date, NaiveDate::from_ymd_opt(2026, 1, 1));
        let mut r = "sep=;\r\nDatum;Besök\r\n".as_bytes();
        let pre = read_preamble(&mut r, 0).unwrap().unwrap();
        assert_eq!((pre.sep, pre.lines), (Some(b';'), 1));
        assert_eq!(pre.header, "Datum;Besök".as_bytes());
        let mut r = "Report\nJan 1, 2026 - Jan 31, 2026\nDay,Clicks\n".as_bytes();
        let pre = read_preamble(&mut r, 2).unwrap().unwrap();
        assert_eq!((pre.lines, &pre.header[..]), (2, &b"Day,Clicks"[..]));
        assert!(read_preamble(&mut "# only\n".as_bytes(), 0)
            .unwrap()
            .is_none());
    }

    #[test]
    fn ranks_date_column_names() {
        let cols = |names: &[&str]| names.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(
            date_column_by_name(&cols(&["Campaign", "Day", "Clicks"])),
            Some(1)
        );
        assert_eq!(
            date_column_by_name(&cols(&[
                "Campaign name",
                "Reporting ends",
                "Day",
                "Reporting starts"
            ])),
            Some(3)
        );
        assert_eq!(date_column_by_name(&cols(&["Päivä", "Käynnit"])), Some(0));
        assert_eq!(date_column_by_name(&cols(&["Nth day", "Date"])), Some(1));
        assert_eq!(
            date_column_by_name(&cols(&["Week (Mon-Sun)", "x"])),
            Some(0)
        );
        assert_eq!(date_column_by_name(&cols(&["when", "x"])), None);
    }

    #[test]
    fn recognises_totals_rows() {
        for cell in [
            "Total",
            "TOTALS",
            "Total: Account",
            "Grand total",
            " total ",
            "Totalt",
        ] {
            assert!(is_totals_word(cell.as_bytes()), "{cell}");
        }
        for cell in [
            "Summa",
            "Summa okt-nov",
            "Totalsumma",
            "I alt",
            "Yhteensä",
            "Sum",
            "Gesamt",
            "Summe",
            "Gesamtergebnis",
            "Totaal",
            "Totale",
            "Total general",
            "Total:",
            "Gesamt: Konto",
            "Total : compte",
            "Totalt: Konto",
            "Summe: Kampagnen",
        ] {
            assert!(is_totals_word(cell.as_bytes()), "{cell:?}");
        }
        for cell in [
            "2026-01-05",
            "Totally",
            "Organic",
            "Total Spend",
            "Sessions",
        ] {
            assert!(!is_totals_word(cell.as_bytes()), "{cell}");
        }
    }

    #[test]
    fn finds_where_a_field_starts() {
        assert_eq!(field_start("a,b,c", b',', 0), Some(1));
        assert_eq!(field_start("a,bb,c", b',', 2), Some(6));
        assert_eq!(field_start("\"x,y\",z", b',', 1), Some(7));
        assert_eq!(field_start("å;ä;ö", b';', 2), Some(5));
        assert_eq!(field_start("a,b", b',', 5), None);
    }

    #[test]
    fn suggests_close_column_names() {
        let cols = vec!["Sessions".to_string(), "Conversions".to_string()];
        assert_eq!(did_you_mean(&cols, "sesions"), Some("Sessions".into()));
        assert_eq!(did_you_mean(&cols, "revenue"), None);
    }

    #[test]
    fn the_name_index_finds_every_name_however_they_share_cache_slots() {
        let names: Vec<Vec<u8>> = (0..5000)
            .map(|i| format!("metric_{i:04}").into_bytes())
            .chain([
                b"".to_vec(),
                b"a-name-longer-than-eight-bytes".to_vec(),
                vec![0xff],
            ])
            .collect();
        let mut index = NameIndex::default();
        for (i, name) in names.iter().enumerate() {
            assert_eq!(index.get(name), None);
            index.insert(name, i);
        }
        // 5,003 names in 1,024 slots: most share one. Read in turn, and
        // the same name twice in a row (a cache hit).
        for _ in 0..2 {
            for (i, name) in names.iter().enumerate() {
                assert_eq!(index.get(name), Some(i));
                assert_eq!(index.get(name), Some(i));
            }
        }
        assert_eq!(index.get(b"metric_5000"), None);
        assert_eq!(index.get(b"metric_000"), None);
    }
}
