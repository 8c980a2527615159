//! The fast path for plain long files: `date,metric,value[,segment]` in
//! UTF-8, as warehouses and scripts write them by the million rows, with
//! every cell quoted or none (as exporters do) or some.
//!
//! The file is cut into chunks at line boundaries; both cores read chunks
//! (each into a buffer of its own, with positioned reads: a file truncated
//! while it is read ends the fast path, where a memory map would fault) and
//! the results merge in file order. A row is split
//! with memchr; its metric cell is looked up by its bytes before anything
//! is parsed, so rows of metrics the OKR file does not name cost a lookup,
//! a missing-value check and (while the decimal mark is sniffed) a look at
//! the value's shape. Dates are parsed only when the cell differs from the
//! previous row's.
//!
//! It reads exactly what the general reader (`csv_file`) reads, report
//! included, or it gives up and returns `None`, and the general reader reads
//! the file: on a quote that is not a whole cell's (a quoted newline, an
//! escaped `""`, text outside the quotes: see `quoted_structurals`), a
//! NUL byte, invalid UTF-8, `\r` without a `\n`
//! after it, line over `MAX_LINE_BYTES` (the general reader's limit) or
//! blank line (another table may follow it); a preamble, an
//! unexpected header or an option it does not handle; any row that is not
//! plain (a totals row, an odd date, a value the general reader would
//! refuse, a row of another width, a blank-segment row beside segmented
//! ones). So errors, with their lines, always come from the general reader.
//! Sniffing still covers the whole file: the pass collects the same
//! evidence about the decimal mark from every value cell, and a file whose
//! dates change shape is left to the general reader.
//!
//! A daily sum that spans two chunks is added up in another order than a
//! single pass would: it can differ in the last bit. The chunks depend
//! only on the file's size, so a file always reads the same.

use std::collections::{BTreeMap, HashMap};
use std::fs::File;
use std::path::Path;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Mutex;

use chrono::NaiveDate;
use memchr::{memchr, memchr2, memchr3, memchr_iter, memrchr};

use super::csv_file::{FileData, Want};
use super::decode::MAX_LINE_BYTES;
use super::number::{self, Evidence};
use super::{ColumnType, FoundMetric, ReadMetric, SourceReport};
use crate::config::model::{Layout, Source, SourceKind};

/// Bytes per chunk: small enough that two in flight keep memory flat, and
/// that a chunk read into its buffer is still in the cache when its rows
/// are read (2 MiB read as fast as 8 MiB memory-mapped; 8 MiB read did not).
const CHUNK: usize = 2 << 20;
/// Bytes checked (quotes, NUL, UTF-8) just before their rows are read, so
/// the bytes are read from the cache the second time.
const BLOCK: usize = 256 << 10;

/// Something the fast path does not read; the general reader will.
#[derive(Debug)]
struct Unusual;

/// Reads a plain long file, or `None` when the general reader must.
pub fn read(source: &Source, path: &Path, wants: &[Want]) -> Option<FileData> {
    read_in_chunks(source, path, wants, CHUNK)
}

pub(super) fn read_in_chunks(
    source: &Source,
    path: &Path,
    wants: &[Want],
    chunk: usize,
) -> Option<FileData> {
    if source.layout != Layout::Long
        || !matches!(source.kind, SourceKind::Csv { .. })
        || source.skip_rows != 0
        || source.table.is_some()
        || source.date_format.is_some()
        || source
            .date_column
            .as_deref()
            .is_some_and(|c| !c.trim().eq_ignore_ascii_case("date"))
    {
        return None;
    }
    let file = File::open(path).ok()?;
    let meta = file.metadata().ok()?;
    if !meta.is_file() || meta.len() == 0 {
        return None;
    }
    let len = usize::try_from(meta.len()).ok()?;
    // The header: the first line, within the general reader's line limit.
    let mut head = vec![0u8; len.min(MAX_LINE_BYTES + 2)];
    read_at(&file, &mut head, 0).ok()?;
    let header_end = memchr(b'\n', &head).unwrap_or(head.len());
    if header_end > MAX_LINE_BYTES || header_end == head.len() && head.len() < len {
        return None;
    }
    let bom = head.starts_with(&[0xEF, 0xBB, 0xBF]);
    let header = &head[if bom { 3 } else { 0 }..header_end];
    let plan = Plan::new(source, header, wants)?;
    let data_start = (header_end + 1).min(len);
    // A quoted header is read as `quoted_structurals` reads (`Plan::new`).
    let head_text = &head[..data_start];
    if memchr(b'"', head_text).is_some() {
        if !valid_text(head_text)
            || memchr_iter(b'\r', head_text).any(|at| head_text.get(at + 1) != Some(&b'\n'))
        {
            return None;
        }
    } else if !plain_text(head_text) {
        return None;
    }
    let file = FileBytes {
        file: &file,
        len,
        data_start,
    };
    let first_rows = {
        let mut sample = vec![0u8; (len - data_start).min(64 << 10)];
        read_at(file.file, &mut sample, data_start as u64).ok()?;
        sample
    };

    let mut mark = match source.decimal {
        Some(c) => c as u8,
        None => guess_mark(&first_rows, &plan),
    };
    // The guess comes from the first rows; the whole file decides, and a
    // wrong guess costs a second pass.
    for _ in 0..2 {
        let merged = file.read(&plan, mark, chunk).ok()?;
        let (decided, note) = match source.decimal {
            Some(c) => (c as u8, None),
            None => merged.examples.decide()?,
        };
        if decided == mark {
            return Some(merged.into_file_data(source, path, bom, &plan, mark, note));
        }
        mark = decided;
    }
    None
}

/// No quote, no NUL, valid UTF-8, and every `\r` ends a line before its
/// `\n` (the general reader reads a lone `\r` as a line end).
fn plain_text(bytes: &[u8]) -> bool {
    plain_bytes(bytes) && memchr_iter(b'\r', bytes).all(|at| bytes.get(at + 1) == Some(&b'\n'))
}

/// No quote, no NUL, valid UTF-8 (`structurals` checks each `\r`).
fn plain_bytes(bytes: &[u8]) -> bool {
    memchr2(b'"', 0, bytes).is_none() && valid_text(bytes)
}

/// No NUL, valid UTF-8: quotes are checked by `quoted_structurals`.
fn valid_text(bytes: &[u8]) -> bool {
    memchr(0, bytes).is_none() && (bytes.is_ascii() || std::str::from_utf8(bytes).is_ok())
}

/// A cell's text: inside its quotes when `quoted_structurals` let it
/// through quoted (it then starts and ends with one, and holds no other).
#[inline(always)]
fn unquote(cell: &[u8]) -> &[u8] {
    match cell {
        [b'"', inner @ .., b'"'] => inner,
        _ => cell,
    }
}

/// Fills `buf` from the file at `offset`; an error when the file ends
/// first (it was truncated while read).
fn read_at(file: &File, buf: &mut [u8], offset: u64) -> std::io::Result<()> {
    #[cfg(unix)]
    {
        std::os::unix::fs::FileExt::read_exact_at(file, buf, offset)
    }
    #[cfg(windows)]
    {
        let mut done = 0;
        while done < buf.len() {
            let n = std::os::windows::fs::FileExt::seek_read(
                file,
                &mut buf[done..],
                offset + done as u64,
            )?;
            if n == 0 {
                return Err(std::io::ErrorKind::UnexpectedEof.into());
            }
            done += n;
        }
        Ok(())
    }
}

/// The columns and wants, from a header of the four known names.
struct Plan<'w> {
    delimiter: u8,
    columns: Vec<String>,
    width: usize,
    metric: usize,
    value: usize,
    segment: Option<usize>,
    wants: &'w [Want],
    /// The wants of each metric name (trimmed, as bytes), in order: a
    /// name new to the file is matched in one lookup, not against every
    /// want (a file of many names and an OKR file of many metrics would
    /// otherwise take their product).
    wants_by_name: HashMap<Vec<u8>, Vec<usize>>,
    /// Per want: its segment, trimmed, as bytes.
    want_segments: Vec<Option<Vec<u8>>>,
    sniff_decimal: bool,
}

impl<'w> Plan<'w> {
    fn new(source: &Source, header: &[u8], wants: &'w [Want]) -> Option<Self> {
        let header = header.strip_suffix(b"\r").unwrap_or(header);
        let delimiter = source.delimiter.unwrap_or_else(|| sniff_delimiter(header));
        let columns: Vec<String> = cells_of(header, delimiter, &mut Vec::new())?
            .into_iter()
            .map(|f| {
                let name = std::str::from_utf8(number::trim(f)).ok()?;
                Some(name.trim_start_matches('\u{feff}').trim().to_string())
            })
            .collect::<Option<_>>()?;
        let find = |name: &str| {
            let mut at = columns
                .iter()
                .enumerate()
                .filter(|(_, c)| c.eq_ignore_ascii_case(name));
            match (at.next(), at.next()) {
                (Some((i, _)), None) => Some(Some(i)),
                (None, _) => Some(None),
                (Some(_), Some(_)) => None,
            }
        };
        // The date first: a totals word in the first cell is then a date
        // that does not parse. Every column known: no other column could
        // name the date.
        if find("date")? != Some(0) {
            return None;
        }
        let metric = find(source.metric_column.as_deref().unwrap_or("metric"))??;
        let value = find(source.value_column.as_deref().unwrap_or("value"))??;
        let segment = find(source.segment_column.as_deref().unwrap_or("segment"))?;
        if source.segment_column.is_some() && segment.is_none() {
            return None;
        }
        if columns.len() != 3 + usize::from(segment.is_some()) {
            return None;
        }
        if segment.is_none() && wants.iter().any(|w| w.segment.is_some()) {
            return None;
        }
        Some(Plan {
            delimiter,
            width: columns.len(),
            columns,
            metric,
            value,
            segment,
            wants,
            wants_by_name: wants.iter().enumerate().fold(
                HashMap::new(),
                |mut by: HashMap<Vec<u8>, Vec<usize>>, (w, want)| {
                    by.entry(want.column.trim().as_bytes().to_vec())
                        .or_default()
                        .push(w);
                    by
                },
            ),
            want_segments: wants
                .iter()
                .map(|w| w.segment.as_ref().map(|s| s.trim().as_bytes().to_vec()))
                .collect(),
            sniff_decimal: source.decimal.is_none(),
        })
    }
}

/// As the general reader sniffs it from the header: the most frequent of
/// tab, `;` and `,` (in that order on a tie); `,` when there is none.
fn sniff_delimiter(header: &[u8]) -> u8 {
    let candidates = [b'\t', b';', b','];
    let mut counts = [0; 3];
    let mut quoted = false;
    for &b in header {
        match b {
            b'"' => quoted = !quoted,
            _ if quoted => {}
            b'\t' => counts[0] += 1,
            b';' => counts[1] += 1,
            b',' => counts[2] += 1,
            _ => {}
        }
    }
    let best = (0..3).max_by_key(|&i| (counts[i], 3 - i)).unwrap_or(2);
    if counts[best] == 0 {
        b','
    } else {
        candidates[best]
    }
}

/// The decimal mark the first rows suggest.
fn guess_mark(sample: &[u8], plan: &Plan) -> u8 {
    let mut scratch = Vec::new();
    let mut positions = Vec::new();
    for line in sample.split(|&b| b == b'\n') {
        let Some(cells) = cells_of(line, plan.delimiter, &mut positions) else {
            continue;
        };
        if cells.len() != plan.width {
            continue;
        }
        match evidence(number::trim(cells[plan.value]), &mut scratch) {
            Evidence::Comma => return b',',
            Evidence::Dot => return b'.',
            _ => {}
        }
    }
    b'.'
}

/// `number::evidence` for a trimmed, non-missing cell, without its work
/// for the common shapes.
#[inline(always)]
fn evidence(cell: &[u8], scratch: &mut Vec<u8>) -> Evidence {
    number::plain_evidence(cell).unwrap_or_else(|| number::evidence(cell, scratch))
}

/// A value cell read as the general reader reads it; `Err` where it would
/// refuse the cell.
fn value(cell: &[u8], mark: u8, scratch: &mut Vec<u8>) -> Result<Option<f64>, Unusual> {
    number::parse(cell, mark, scratch).map_err(|_| Unusual)
}

/// `YYYY-MM-DD` (ISO) or `DD.MM.YYYY` (dots), exactly ten bytes.
fn parse_date(cell: &[u8]) -> Option<(DateShape, NaiveDate)> {
    let c: &[u8; 10] = cell.try_into().ok()?;
    let num = |s: &[u8]| {
        s.iter().try_fold(0u32, |n, &b| {
            b.is_ascii_digit().then(|| n * 10 + u32::from(b - b'0'))
        })
    };
    if c[4] == b'-' && c[7] == b'-' {
        let date = NaiveDate::from_ymd_opt(num(&c[..4])? as i32, num(&c[5..7])?, num(&c[8..])?)?;
        Some((DateShape::Iso, date))
    } else if c[2] == b'.' && c[5] == b'.' {
        let date = NaiveDate::from_ymd_opt(num(&c[6..])? as i32, num(&c[3..5])?, num(&c[..2])?)?;
        Some((DateShape::Dots, date))
    } else {
        None
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum DateShape {
    Iso,
    Dots,
}

impl DateShape {
    fn format(self) -> &'static str {
        match self {
            DateShape::Iso => "%Y-%m-%d",
            DateShape::Dots => "%d.%m.%Y",
        }
    }
}

/// One date's sum of one want, with what the segment check needs.
#[derive(Debug, Clone, Copy, Default)]
struct Acc {
    sum: f64,
    has: bool,
    blank: bool,
    segmented: bool,
}

impl Acc {
    fn add(&mut self, other: &Acc) -> Result<(), Unusual> {
        self.sum += other.sum;
        self.has |= other.has;
        self.blank |= other.blank;
        self.segmented |= other.segmented;
        if self.blank && self.segmented {
            return Err(Unusual);
        }
        Ok(())
    }
}

/// Rows of one metric name, as `FoundMetric` counts them.
#[derive(Debug, Clone, Copy, Default)]
struct Counts {
    rows: usize,
    missing: usize,
    first: Option<NaiveDate>,
    last: Option<NaiveDate>,
}

impl Counts {
    fn saw(&mut self, date: NaiveDate, has_value: bool) {
        if has_value {
            self.rows += 1;
            self.first = Some(self.first.map_or(date, |d| d.min(date)));
            self.last = Some(self.last.map_or(date, |d| d.max(date)));
        } else {
            self.missing += 1;
        }
    }

    fn merge(&mut self, other: &Counts) {
        self.rows += other.rows;
        self.missing += other.missing;
        self.first = earliest(self.first, other.first);
        self.last = self.last.max(other.last);
    }
}

fn earliest(a: Option<NaiveDate>, b: Option<NaiveDate>) -> Option<NaiveDate> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a.min(b)),
        _ => a.or(b),
    }
}

/// A metric name found in a chunk, and the wants that read it.
struct Found {
    name: Vec<u8>,
    counts: Counts,
    wants: Vec<usize>,
}

/// The first cell of each kind of decimal evidence: (line, text).
#[derive(Debug, Clone, Default)]
struct Examples {
    dot: Option<(usize, String)>,
    comma: Option<(usize, String)>,
    ambiguous_comma: Option<(usize, String)>,
    ambiguous_dot: Option<(usize, String)>,
}

impl Examples {
    fn slot(&mut self, evidence: Evidence) -> Option<&mut Option<(usize, String)>> {
        match evidence {
            Evidence::Dot => Some(&mut self.dot),
            Evidence::Comma => Some(&mut self.comma),
            Evidence::AmbiguousComma => Some(&mut self.ambiguous_comma),
            Evidence::AmbiguousDot => Some(&mut self.ambiguous_dot),
            Evidence::Integer | Evidence::NotANumber => None,
        }
    }

    /// Keeps the earlier example of each kind; `other`'s lines are shifted.
    fn merge(&mut self, other: Examples, shift: usize) {
        let pairs = [
            (&mut self.dot, other.dot),
            (&mut self.comma, other.comma),
            (&mut self.ambiguous_comma, other.ambiguous_comma),
            (&mut self.ambiguous_dot, other.ambiguous_dot),
        ];
        for (mine, theirs) in pairs {
            if mine.is_none() {
                *mine = theirs.map(|(line, text)| (line + shift, text));
            }
        }
    }

    /// The mark and the note the general reader gives; `None` where it
    /// refuses the file.
    fn decide(&self) -> Option<(u8, Option<super::Note>)> {
        let (mark, (line, cell)) = match (&self.dot, &self.comma) {
            (Some(_), Some(_)) => return None,
            (Some(seen), None) => (b'.', seen),
            (None, Some(seen)) => (b',', seen),
            (None, None) if self.ambiguous_comma.is_some() || self.ambiguous_dot.is_some() => {
                return None
            }
            (None, None) => return Some((b'.', None)),
        };
        let note = crate::note!(
            "ed-note-decimal-sniffed",
            mark = (mark as char).to_string(),
            cell = cell,
            line = line.to_string()
        );
        Some((mark, Some(note)))
    }
}

/// Equal bytes, with two word compares for the short cells of the hot loop.
#[inline(always)]
fn same(a: &[u8], b: &[u8]) -> bool {
    let n = a.len();
    if n != b.len() {
        return false;
    }
    if !(8..=16).contains(&n) {
        return a == b;
    }
    word(&a[..8]) == word(&b[..8]) && word(&a[n - 8..]) == word(&b[n - 8..])
}

#[inline(always)]
fn word(s: &[u8]) -> u64 {
    let mut w = [0u8; 8];
    w.copy_from_slice(&s[..8]);
    u64::from_le_bytes(w)
}

/// `number::trim`, with its common case (nothing to trim) inlined.
#[inline(always)]
fn trim(cell: &[u8]) -> &[u8] {
    let plain = |b: &u8| !b.is_ascii_whitespace() && *b < 0x80;
    if cell.first().is_some_and(plain) && cell.last().is_some_and(plain) {
        cell
    } else {
        number::trim(cell)
    }
}

/// Metric names to their index in a chunk's `found`: open addressing over
/// a hash of the name's first and last words (names are short). The hash
/// has no secret key, so names can be made to collide: a name placed more
/// than `MAX_PROBES` slots from its own ends the fast path, and the general
/// reader (whose table is keyed per run) reads the file, so a hostile file
/// costs the general reader's time, never time quadratic in its names.
struct Names<'a> {
    /// (hash, index + 1); 0 is an empty slot.
    slots: Vec<(u64, u32)>,
    keys: Vec<&'a [u8]>,
}

impl<'a> Names<'a> {
    fn new() -> Self {
        Names {
            slots: vec![(0, 0); 1024],
            keys: Vec::new(),
        }
    }

    fn hash(name: &[u8]) -> u64 {
        let n = name.len();
        let (a, b) = if n >= 8 {
            let mut middle = 0u64;
            for w in name[8..n.max(16) - 8].chunks(8) {
                let mut buf = [0u8; 8];
                buf[..w.len()].copy_from_slice(w);
                let m = u128::from(middle ^ u64::from_le_bytes(buf))
                    * u128::from(0x4528_21e6_38d0_1377_u64);
                middle = (m as u64) ^ ((m >> 64) as u64);
            }
            (word(&name[..8]) ^ middle, word(&name[n - 8..]))
        } else {
            let mut buf = [0u8; 8];
            buf[..n].copy_from_slice(name);
            (u64::from_le_bytes(buf), 0)
        };
        // A folded multiply (the 128-bit product's halves xor-ed), so that
        // every bit of the name reaches the low bits the slot is taken from
        // (a plain multiply left names numbered in their last bytes
        // hundreds of slots from their own).
        let m = u128::from(a ^ 0x243f_6a88_85a3_08d3)
            * u128::from(b ^ n as u64 ^ 0x9e37_79b9_7f4a_7c15);
        (m as u64) ^ ((m >> 64) as u64)
    }

    /// The index of `name`, or `None` with a new index to give it (`insert`).
    #[inline]
    fn get(&self, name: &[u8], hash: u64) -> Option<usize> {
        let mask = self.slots.len() - 1;
        let mut i = hash as usize & mask;
        loop {
            let (h, at) = self.slots[i];
            if at == 0 {
                return None;
            }
            if h == hash && same(self.keys[at as usize - 1], name) {
                return Some(at as usize - 1);
            }
            i = (i + 1) & mask;
        }
    }

    fn insert(&mut self, name: &'a [u8], hash: u64) -> Result<usize, Unusual> {
        if (self.keys.len() + 1) * 2 > self.slots.len() {
            let grown = vec![(0, 0); self.slots.len() * 2];
            let old = std::mem::replace(&mut self.slots, grown);
            for (h, at) in old.into_iter().filter(|&(_, at)| at != 0) {
                self.place(h, at)?;
            }
        }
        self.keys.push(name);
        self.place(hash, self.keys.len() as u32)?;
        Ok(self.keys.len() - 1)
    }

    fn place(&mut self, hash: u64, at: u32) -> Result<(), Unusual> {
        let mask = self.slots.len() - 1;
        let mut i = hash as usize & mask;
        let mut probes = 0;
        while self.slots[i].1 != 0 {
            probes += 1;
            if probes > MAX_PROBES {
                return Err(Unusual);
            }
            i = (i + 1) & mask;
        }
        self.slots[i] = (hash, at);
        Ok(())
    }
}

/// How far from its own slot `Names` places a name before it leaves the
/// file to the general reader. At most half full, a random hash places
/// fewer than one name in 10^20 this far (each slot further is about 0.82
/// times as likely); the names of real files are a few slots away (a test
/// checks 200,000 names of common shapes).
const MAX_PROBES: usize = 256;

/// A newline's position in `structurals` has this bit set.
const NEWLINE: u32 = 1 << 31;

/// The positions of the delimiters and newlines in `block`, in order;
/// `Err` on a `\r` that no `\n` follows (a line end to the general reader).
fn structurals(block: &[u8], delimiter: u8, out: &mut Vec<u32>) -> Result<(), Unusual> {
    out.clear();
    out.reserve(block.len() + 1);
    let mut i = 0;
    #[cfg(target_arch = "x86_64")]
    {
        use std::arch::x86_64::{
            __m128i, _mm_cmpeq_epi8, _mm_loadu_si128, _mm_movemask_epi8, _mm_set1_epi8,
        };
        while i + 64 <= block.len() {
            let (mut newlines, mut delimiters, mut returns) = (0u64, 0u64, 0u64);
            for k in 0..4 {
                // SAFETY: SSE2 is part of every x86_64; the 16 bytes loaded
                // (unaligned) are within `block`.
                let (n, d, r) = unsafe {
                    let v = _mm_loadu_si128(block.as_ptr().add(i + 16 * k).cast::<__m128i>());
                    (
                        _mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8(b'\n' as i8))),
                        _mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8(delimiter as i8))),
                        _mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8(b'\r' as i8))),
                    )
                };
                newlines |= u64::from(n as u16) << (16 * k);
                delimiters |= u64::from(d as u16) << (16 * k);
                returns |= u64::from(r as u16) << (16 * k);
            }
            if returns != 0 {
                let lone = returns & !(newlines >> 1) & !(1 << 63);
                let last_lone = returns >> 63 == 1 && block.get(i + 64) != Some(&b'\n');
                if lone != 0 || last_lone {
                    return Err(Unusual);
                }
            }
            let mut all = newlines | delimiters;
            while all != 0 {
                let bit = all.trailing_zeros();
                let flag = if newlines >> bit & 1 == 1 { NEWLINE } else { 0 };
                out.push((i as u32 + bit) | flag);
                all &= all - 1;
            }
            i += 64;
        }
    }
    for (k, &b) in block[i..].iter().enumerate() {
        if b == b'\n' {
            out.push((i + k) as u32 | NEWLINE);
        } else if b == delimiter {
            out.push((i + k) as u32);
        } else if b == b'\r' && block.get(i + k + 1) != Some(&b'\n') {
            return Err(Unusual);
        }
    }
    Ok(())
}

/// As [`structurals`], for a block with quotes, which it lets through only
/// where the csv reader reads them as the fast path does: a quoted cell
/// opens at the cell's start, closes just before the delimiter or the line
/// end, and holds no quote (`""`), `\r` or newline; a cell that does not
/// start with a quote holds none. So no newline is ever quoted, and any
/// newline may end a chunk. Anything else is `Err`: the general reader
/// reads the file.
fn quoted_structurals(block: &[u8], delimiter: u8, out: &mut Vec<u32>) -> Result<(), Unusual> {
    out.clear();
    let n = block.len();
    let mut i = 0;
    // Each turn reads one cell from its first byte and what ends it.
    while i < n {
        let end = if block[i] == b'"' {
            let close = i + 1 + memchr3(b'"', b'\n', b'\r', &block[i + 1..]).ok_or(Unusual)?;
            if block[close] != b'"' {
                return Err(Unusual);
            }
            let after = close + 1;
            match block.get(after) {
                None => n,
                Some(&b) if b == delimiter || b == b'\n' => after,
                Some(b'\r') if block.get(after + 1) == Some(&b'\n') => after + 1,
                Some(_) => return Err(Unusual),
            }
        } else {
            let at = memchr3(delimiter, b'\n', b'"', &block[i..]).map_or(n, |k| i + k);
            if block.get(at) == Some(&b'"') {
                return Err(Unusual);
            }
            // A `\r` only just before the line's `\n`.
            if let Some(r) = memchr(b'\r', &block[i..at]) {
                if i + r + 1 != at || block.get(at) != Some(&b'\n') {
                    return Err(Unusual);
                }
            }
            at
        };
        match block.get(end) {
            Some(b'\n') => out.push(end as u32 | NEWLINE),
            Some(_) => out.push(end as u32),
            None => {}
        }
        i = end + 1;
    }
    // A block that ends with a delimiter ends with an empty cell.
    Ok(())
}

/// The cells of one line (without its `\n`) as the chunks read them,
/// quotes taken off; `None` where `quoted_structurals` gives up.
fn cells_of<'a>(line: &'a [u8], delimiter: u8, positions: &mut Vec<u32>) -> Option<Vec<&'a [u8]>> {
    let line = line.strip_suffix(b"\r").unwrap_or(line);
    quoted_structurals(line, delimiter, positions).ok()?;
    let mut cells = Vec::with_capacity(positions.len() + 1);
    let mut start = 0;
    for &p in positions.iter() {
        let at = (p & !NEWLINE) as usize;
        cells.push(unquote(&line[start..at]));
        start = at + 1;
    }
    cells.push(unquote(&line[start..]));
    Some(cells)
}

/// What one chunk read. Lines count from the chunk's first line (0).
struct ChunkOut {
    lines: usize,
    rows: usize,
    found: Vec<Found>,
    /// Per date slot: the date.
    dates: Vec<NaiveDate>,
    /// Per want, per date slot.
    sums: Vec<Vec<Acc>>,
    /// Per want: its rows (of its segment, when it names one).
    read: Vec<Counts>,
    examples: Examples,
    shapes: [bool; 2],
}

/// The state of reading one chunk.
struct ChunkReader<'a, 'p> {
    plan: &'p Plan<'p>,
    mark: u8,
    out: ChunkOut,
    names: Names<'a>,
    slots: HashMap<NaiveDate, usize>,
    last_date_cell: &'a [u8],
    date: NaiveDate,
    slot: usize,
    last_name: Option<(&'a [u8], usize)>,
    scratch: Vec<u8>,
}

fn read_chunk(bytes: &[u8], plan: &Plan, mark: u8, stop: &AtomicBool) -> Result<ChunkOut, Unusual> {
    let mut r = ChunkReader {
        plan,
        mark,
        out: ChunkOut {
            lines: 0,
            rows: 0,
            found: Vec::new(),
            dates: Vec::new(),
            sums: vec![Vec::new(); plan.wants.len()],
            read: vec![Counts::default(); plan.wants.len()],
            examples: Examples::default(),
            shapes: [false; 2],
        },
        names: Names::new(),
        slots: HashMap::new(),
        last_date_cell: &[],
        date: NaiveDate::MIN,
        slot: 0,
        last_name: None,
        scratch: Vec::new(),
    };
    let width = plan.width;
    let mut positions = Vec::new();
    let mut pos = 0;
    while pos < bytes.len() {
        if stop.load(Ordering::Relaxed) {
            return Err(Unusual);
        }
        let end = block_end(bytes, pos, BLOCK);
        let block = &bytes[pos..end];
        pos = end;
        // Positions are u32 with a flag bit: a block is a few lines of at
        // most `MAX_LINE_BYTES` each, far below.
        if block.len() >= NEWLINE as usize || !valid_text(block) {
            return Err(Unusual);
        }
        if memchr(b'"', block).is_some() {
            quoted_structurals(block, plan.delimiter, &mut positions)?;
        } else {
            structurals(block, plan.delimiter, &mut positions)?;
        }
        if block.last() != Some(&b'\n') {
            positions.push(block.len() as u32 | NEWLINE);
        }
        let mut cells: [&[u8]; 4] = [&[]; 4];
        let mut n = 0;
        let mut start = 0;
        let mut line_start = 0;
        for &p in &positions {
            let at = (p & !NEWLINE) as usize;
            if p & NEWLINE == 0 {
                if n + 1 >= width {
                    return Err(Unusual);
                }
                cells[n] = unquote(&block[start..at]);
                n += 1;
                start = at + 1;
                continue;
            }
            if at - line_start > MAX_LINE_BYTES {
                return Err(Unusual);
            }
            line_start = at + 1;
            let last = &block[start..at];
            let last = last.strip_suffix(b"\r").unwrap_or(last);
            let line_no = r.out.lines;
            r.out.lines += 1;
            // After a blank line the general reader looks for another table.
            if n + 1 != width || last.is_empty() && n == 0 {
                return Err(Unusual);
            }
            cells[n] = unquote(last);
            r.row(&cells, line_no)?;
            n = 0;
            start = at + 1;
        }
    }
    Ok(r.out)
}

impl<'a> ChunkReader<'a, '_> {
    #[inline(always)]
    fn row(&mut self, cells: &[&'a [u8]; 4], line_no: usize) -> Result<(), Unusual> {
        let plan = self.plan;
        let out = &mut self.out;
        let date_cell = trim(cells[0]);
        if !same(date_cell, self.last_date_cell) {
            let (shape, d) = parse_date(date_cell).ok_or(Unusual)?;
            out.shapes[shape as usize] = true;
            self.date = d;
            self.slot = *self.slots.entry(d).or_insert_with(|| {
                out.dates.push(d);
                out.dates.len() - 1
            });
            self.last_date_cell = date_cell;
        }
        let (date, slot) = (self.date, self.slot);
        out.rows += 1;

        let name = trim(cells[plan.metric]);
        let fi = match self.last_name {
            Some((last, fi)) if same(last, name) => fi,
            _ => {
                let hash = Names::hash(name);
                let fi = match self.names.get(name, hash) {
                    Some(fi) => fi,
                    None => {
                        // The general reader matches names without invisible
                        // characters; leave those names to it.
                        if !name.is_ascii()
                            && std::str::from_utf8(name)
                                .is_ok_and(|n| n.contains(number::INVISIBLE))
                        {
                            return Err(Unusual);
                        }
                        let fi = self.names.insert(name, hash)?;
                        out.found.push(Found {
                            name: name.to_vec(),
                            counts: Counts::default(),
                            wants: plan.wants_by_name.get(name).cloned().unwrap_or_default(),
                        });
                        fi
                    }
                };
                self.last_name = Some((name, fi));
                fi
            }
        };

        let cell = trim(cells[plan.value]);
        let missing = number::missing_trimmed(cell);
        // The general reader notes these cells with `--verbose`.
        if missing && !cell.is_empty() && number::is_error_cell(cell) {
            return Err(Unusual);
        }
        if plan.sniff_decimal && !missing {
            if let Some(example) = out.examples.slot(evidence(cell, &mut self.scratch)) {
                if example.is_none() {
                    *example = Some((line_no, String::from_utf8_lossy(cell).into_owned()));
                }
            }
        }
        let found = &mut out.found[fi];
        if found.wants.is_empty() {
            found.counts.saw(date, !missing);
            return Ok(());
        }
        let parsed = if missing {
            None
        } else {
            value(cell, self.mark, &mut self.scratch)?
        };
        found.counts.saw(date, parsed.is_some());
        let seg = plan.segment.map_or(&b""[..], |i| trim(cells[i]));
        for &w in &found.wants {
            let ours = plan.want_segments[w]
                .as_ref()
                .is_none_or(|only| seg.eq_ignore_ascii_case(only));
            if ours {
                out.read[w].saw(date, parsed.is_some());
            }
        }
        let Some(v) = parsed else { return Ok(()) };
        for &w in &found.wants {
            let sums = &mut out.sums[w];
            if sums.len() <= slot {
                sums.resize(out.dates.len(), Acc::default());
            }
            let acc = &mut sums[slot];
            match &plan.want_segments[w] {
                Some(only) => {
                    if seg.eq_ignore_ascii_case(only) {
                        acc.sum += v;
                        acc.has = true;
                    }
                }
                None => {
                    acc.sum += v;
                    acc.has = true;
                    if seg.is_empty() {
                        acc.blank = true;
                    } else {
                        acc.segmented = true;
                    }
                    if acc.blank && acc.segmented {
                        return Err(Unusual);
                    }
                }
            }
        }
        Ok(())
    }
}

/// The end of the block from `pos`: just after the last newline within
/// `size` bytes (or the next one, for a longer line), or the end.
fn block_end(bytes: &[u8], pos: usize, size: usize) -> usize {
    if bytes.len() - pos <= size {
        return bytes.len();
    }
    match memrchr(b'\n', &bytes[pos..pos + size]) {
        Some(at) => pos + at + 1,
        None => memchr(b'\n', &bytes[pos + size..]).map_or(bytes.len(), |at| pos + size + at + 1),
    }
}

/// Every chunk, merged in file order.
#[derive(Default)]
struct Merged {
    lines: usize,
    rows: usize,
    /// Metric names in the order they first appear, with their counts.
    found: Vec<(Vec<u8>, Counts)>,
    by_name: HashMap<Vec<u8>, usize>,
    series: Vec<BTreeMap<NaiveDate, Acc>>,
    read: Vec<Counts>,
    examples: Examples,
    shapes: [bool; 2],
    first: Option<NaiveDate>,
    last: Option<NaiveDate>,
}

impl Merged {
    fn add(&mut self, chunk: ChunkOut) -> Result<(), Unusual> {
        // Data lines start on the line after the header (line 1).
        self.examples.merge(chunk.examples, 2 + self.lines);
        self.lines += chunk.lines;
        self.rows += chunk.rows;
        for (s, seen) in self.shapes.iter_mut().zip(chunk.shapes) {
            *s |= seen;
        }
        for &d in &chunk.dates {
            self.first = Some(self.first.map_or(d, |f| f.min(d)));
            self.last = Some(self.last.map_or(d, |l| l.max(d)));
        }
        for f in &chunk.found {
            let i = match self.by_name.get(&f.name) {
                Some(&i) => i,
                None => {
                    self.by_name.insert(f.name.clone(), self.found.len());
                    self.found.push((f.name.clone(), Counts::default()));
                    self.found.len() - 1
                }
            };
            self.found[i].1.merge(&f.counts);
        }
        self.read.resize_with(chunk.read.len(), Counts::default);
        for (mine, theirs) in self.read.iter_mut().zip(&chunk.read) {
            mine.merge(theirs);
        }
        self.series.resize_with(chunk.sums.len(), BTreeMap::new);
        for (series, sums) in self.series.iter_mut().zip(&chunk.sums) {
            for (acc, &date) in sums.iter().zip(&chunk.dates) {
                if acc.has {
                    series.entry(date).or_default().add(acc)?;
                }
            }
        }
        Ok(())
    }

    fn into_file_data(
        self,
        source: &Source,
        path: &Path,
        bom: bool,
        plan: &Plan,
        mark: u8,
        note: Option<super::Note>,
    ) -> FileData {
        let shape = match self.shapes {
            [false, true] => DateShape::Dots,
            _ => DateShape::Iso,
        };
        let metrics: Vec<FoundMetric> = self
            .found
            .iter()
            .map(|(name, c)| FoundMetric {
                name: String::from_utf8_lossy(name).into_owned(),
                segment: None,
                rows: c.rows,
                missing: c.missing,
                first_date: c.first,
                last_date: c.last,
            })
            .collect();
        let mut notes: Vec<super::Note> = note.into_iter().collect();
        for w in plan.wants {
            if !metrics.iter().any(|m| m.name == w.column.trim()) {
                notes.push(crate::note!(
                    "ed-note-no-rows-named",
                    key = &w.key,
                    column = &w.column
                ));
            }
        }
        let report = SourceReport {
            name: source.name.clone(),
            path: path.display().to_string(),
            encoding: if bom { "UTF-8 with BOM" } else { "UTF-8" }.to_string(),
            delimiter: match plan.delimiter {
                b'\t' => "tab".to_string(),
                d => (d as char).to_string(),
            },
            decimal: (mark as char).to_string(),
            layout: "long".to_string(),
            date_column: plan.columns[0].clone(),
            date_format: shape.format().to_string(),
            header_line: 1,
            preamble_lines: 0,
            data_rows: self.rows,
            skipped_totals: Vec::new(),
            columns: plan.columns.clone(),
            column_types: plan
                .columns
                .iter()
                .enumerate()
                .map(|(i, name)| ColumnType {
                    name: name.clone(),
                    kind: match i {
                        0 => "date",
                        i if i == plan.value => "number",
                        _ => "text",
                    }
                    .to_string(),
                })
                .collect(),
            title_lines: 0,
            table: 1,
            table_title: None,
            other_tables: Vec::new(),
            read: plan
                .wants
                .iter()
                .enumerate()
                .map(|(w, want)| {
                    let c = self.read.get(w).copied().unwrap_or_default();
                    ReadMetric {
                        rows: c.rows,
                        missing: c.missing,
                        first_date: c.first,
                        last_date: c.last,
                        ..want.read_metric()
                    }
                })
                .collect(),
            first_date: self.first,
            last_date: self.last,
            metrics,
            notes: super::Notes(notes),
        };
        let mut series = self.series;
        series.resize_with(plan.wants.len(), BTreeMap::new);
        FileData {
            report,
            series: series
                .into_iter()
                .map(|days| days.into_iter().map(|(d, acc)| (d, acc.sum)).collect())
                .collect(),
        }
    }
}

/// The file, read in chunks.
struct FileBytes<'f> {
    file: &'f File,
    len: usize,
    data_start: usize,
}

impl FileBytes<'_> {
    fn read(&self, plan: &Plan, mark: u8, chunk: usize) -> Result<Merged, Unusual> {
        let bounds = self.bounds(chunk.max(1)).map_err(|_| Unusual)?;
        let chunks = bounds.len() - 1;
        let threads = std::thread::available_parallelism()
            .map_or(1, |n| n.get())
            .min(chunks);
        let next = AtomicUsize::new(0);
        let stop = AtomicBool::new(false);
        // Chunks merge in file order; those that finish early wait here.
        let state: Mutex<(usize, BTreeMap<usize, ChunkOut>, Merged)> =
            Mutex::new((0, BTreeMap::new(), Merged::default()));
        let work = || {
            let mut buf = Vec::new();
            loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                if i >= chunks || stop.load(Ordering::Relaxed) {
                    return;
                }
                let (from, to) = (bounds[i], bounds[i + 1]);
                let out = self.read_chunk(from, to, plan, mark, &stop, &mut buf);
                let Ok(out) = out else {
                    stop.store(true, Ordering::Relaxed);
                    return;
                };
                let Ok(mut guard) = state.lock() else {
                    stop.store(true, Ordering::Relaxed);
                    return;
                };
                let (next_merge, pending, merged) = &mut *guard;
                pending.insert(i, out);
                while let Some(out) = pending.remove(next_merge) {
                    if merged.add(out).is_err() {
                        stop.store(true, Ordering::Relaxed);
                        return;
                    }
                    *next_merge += 1;
                }
            }
        };
        std::thread::scope(|s| {
            for _ in 1..threads {
                s.spawn(work);
            }
            work();
        });
        let (merged_chunks, _, merged) = state.into_inner().map_err(|_| Unusual)?;
        if stop.load(Ordering::Relaxed) || merged_chunks != chunks {
            return Err(Unusual);
        }
        if merged.shapes == [true, true] {
            return Err(Unusual);
        }
        Ok(merged)
    }

    /// Where the chunks start: after the first newline `chunk` bytes or
    /// more past the previous start. Read with small reads. A line longer
    /// than `MAX_LINE_BYTES` ends the fast path (the general reader refuses
    /// it), so a chunk is at most `chunk + MAX_LINE_BYTES` long.
    fn bounds(&self, chunk: usize) -> std::io::Result<Vec<usize>> {
        let len = self.len;
        let mut bounds = vec![self.data_start];
        let mut buf = vec![0u8; 64 << 10];
        let mut at = self.data_start.saturating_add(chunk);
        'chunks: while at < len {
            let mut scanned = 0;
            loop {
                let n = buf.len().min(len - at);
                if n == 0 {
                    break 'chunks;
                }
                read_at(self.file, &mut buf[..n], at as u64)?;
                if let Some(i) = memchr(b'\n', &buf[..n]) {
                    let start = at + i + 1;
                    if start >= len {
                        break 'chunks;
                    }
                    bounds.push(start);
                    at = start.saturating_add(chunk);
                    continue 'chunks;
                }
                at += n;
                scanned += n;
                if scanned > MAX_LINE_BYTES {
                    return Err(std::io::ErrorKind::InvalidData.into());
                }
            }
        }
        bounds.push(len);
        Ok(bounds)
    }

    /// Reads one chunk into `buf` (reused), so memory stays flat however
    /// big the file.
    fn read_chunk(
        &self,
        from: usize,
        to: usize,
        plan: &Plan,
        mark: u8,
        stop: &AtomicBool,
        buf: &mut Vec<u8>,
    ) -> Result<ChunkOut, Unusual> {
        buf.resize(to - from, 0);
        read_at(self.file, buf, from as u64).map_err(|_| Unusual)?;
        read_chunk(buf, plan, mark, stop)
    }
}

#[cfg(test)]
mod tests;
