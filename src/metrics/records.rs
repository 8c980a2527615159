//! The general reader's records, read straight from a buffer of the input.
//!
//! The fields are those the `csv` crate reads with `has_headers(false)`,
//! `flexible(true)`, the delimiter given, `"` as the quote (a doubled one
//! inside a quoted field is one `"`), no escape and no comment byte, and
//! `\n` as the only record end; the input's end reads as one more `\n`.
//! So: a `"` opens a quoted field only as the field's first byte; bytes
//! after its closing quote continue the field unquoted; a `\r` before the
//! `\n` stays in the last field; empty lines are skipped; a quote that is
//! never closed runs to the input's end. `line` counts lines as
//! `csv::Position::line` does after each record: one plus every `\n` read.
//!
//! Why not `csv::Reader`: on an export with every cell quoted its byte
//! loop was half the sniffing pass's time. Here the quotes, delimiters
//! and line breaks are found 64 bytes at a time, and a field is not
//! copied: a row is spans of the buffer it was read into (a field with a
//! doubled quote copies its row once). The tests read random inputs in
//! random pieces against `csv::Reader` to keep the two the same.

use std::io::{self, Read};
use std::ops::Index;

use super::decode::TextError;

/// The buffer the input is read into; a longer record grows it.
const CHUNK: usize = 256 * 1024;

const BOM: &[u8] = b"\xef\xbb\xbf";

/// Where a field's bytes are in a row's `bytes` (8 bytes, not 16: the
/// batches handed between threads carry one per field).
pub(super) type Span = (u32, u32);

/// The longest record read: its spans must fit a `Span`, and a batch of
/// rows with it too.
const MAX_RECORD: usize = 1 << 30;

/// A record's fields: spans of `bytes` (a field with no doubled quote is
/// where it was read, without its quotes).
#[derive(Clone, Copy)]
pub(super) struct Row<'a> {
    pub(super) bytes: &'a [u8],
    pub(super) spans: &'a [Span],
}

impl<'a> Row<'a> {
    pub(super) fn len(&self) -> usize {
        self.spans.len()
    }

    pub(super) fn get(&self, i: usize) -> Option<&'a [u8]> {
        let &(from, to) = self.spans.get(i)?;
        Some(&self.bytes[from as usize..to as usize])
    }

    pub(super) fn iter(&self) -> impl DoubleEndedIterator<Item = &'a [u8]> + 'a {
        let bytes = self.bytes;
        self.spans
            .iter()
            .map(move |&(from, to)| &bytes[from as usize..to as usize])
    }
}

impl Index<usize> for Row<'_> {
    type Output = [u8];

    fn index(&self, i: usize) -> &[u8] {
        let (from, to) = self.spans[i];
        &self.bytes[from as usize..to as usize]
    }
}

pub(super) struct Records<R> {
    input: R,
    buf: Vec<u8>,
    /// The bytes read into `buf`, and the first not yet parsed.
    filled: usize,
    at: usize,
    /// The input ended: its final `\n` is in `buf`.
    eof: bool,
    /// Read once: a UTF-8 byte order mark at the start was skipped.
    started: bool,
    line: u64,
    delimiter: u8,
    /// The buffer's size to start with (`CHUNK`), and the longest record
    /// (`MAX_RECORD`); tests make both small.
    chunk: usize,
    max: usize,
    /// The physical line before the input's first (for messages).
    first_line: usize,
    /// The record read: its fields' spans, in `buf`, or in `own` when a
    /// field had a doubled quote or text after its closing one.
    spans: Vec<Span>,
    own: Vec<u8>,
    owned: bool,
}

impl<R: Read> Records<R> {
    pub(super) fn new(delimiter: u8, input: R) -> Self {
        Self::with_chunk(delimiter, input, CHUNK)
    }

    fn with_chunk(delimiter: u8, input: R, chunk: usize) -> Self {
        Self::with_limits(delimiter, input, chunk, MAX_RECORD)
    }

    fn with_limits(delimiter: u8, input: R, chunk: usize, max: usize) -> Self {
        Records {
            input,
            buf: Vec::new(),
            filled: 0,
            at: 0,
            eof: false,
            started: false,
            line: 1,
            delimiter,
            // Room for a byte order mark in the first fill.
            chunk: chunk.max(BOM.len()),
            max,
            first_line: 0,
            spans: Vec::new(),
            own: Vec::new(),
            owned: false,
        }
    }

    /// Counts the input's lines from `line + 1` in messages (the reader
    /// reads the rows after a header on `line`).
    pub(super) fn after_line(mut self, line: usize) -> Self {
        self.first_line = line;
        self
    }

    /// One plus the line breaks read, up to the end of the last record.
    pub(super) fn line(&self) -> u64 {
        self.line
    }

    /// The record `read` read last.
    pub(super) fn row(&self) -> Row<'_> {
        Row {
            bytes: if self.owned { &self.own } else { &self.buf },
            spans: &self.spans,
        }
    }

    /// Reads the next record (`row`); `false` at the input's end.
    pub(super) fn read(&mut self) -> io::Result<bool> {
        loop {
            // Empty lines before the record.
            while self.at < self.filled && self.buf[self.at] == b'\n' {
                self.at += 1;
                self.line += 1;
            }
            if self.at < self.filled {
                let b = &self.buf[self.at..self.filled];
                self.owned = false;
                let mut found = parse(
                    b,
                    self.delimiter,
                    self.eof,
                    &mut InPlace {
                        base: self.at,
                        spans: &mut self.spans,
                        piece: None,
                    },
                );
                if found == Parsed::Joined {
                    self.owned = true;
                    self.own.clear();
                    found = parse(
                        b,
                        self.delimiter,
                        self.eof,
                        &mut Owned {
                            bytes: &mut self.own,
                            spans: &mut self.spans,
                            from: 0,
                        },
                    );
                }
                if let Parsed::Record(len, lines) = found {
                    self.at += len;
                    self.line += lines;
                    return Ok(true);
                }
            }
            if self.eof {
                self.spans.clear();
                return Ok(false);
            }
            self.fill()?;
        }
    }

    /// Keeps the bytes not yet parsed and reads after them until the
    /// buffer is full or the input ends (its end read as a `\n`). Full: a
    /// record is parsed again only when it filled the buffer, which then
    /// doubles, so a long record costs linear time however small the
    /// input's reads are.
    fn fill(&mut self) -> io::Result<()> {
        self.buf.copy_within(self.at..self.filled, 0);
        self.filled -= self.at;
        self.at = 0;
        if self.buf.len() < self.chunk {
            self.buf.resize(self.chunk, 0);
        } else if self.filled == self.buf.len() {
            // One record longer than the buffer.
            if self.buf.len() >= self.max {
                let line = self.first_line + self.line as usize;
                return Err(io::Error::new(
                    io::ErrorKind::InvalidData,
                    TextError::LongRecord { line },
                ));
            }
            self.buf.resize(self.buf.len() * 2, 0);
        }
        loop {
            match self.input.read(&mut self.buf[self.filled..]) {
                Ok(0) => {
                    self.eof = true;
                    if self.filled == self.buf.len() {
                        self.buf.push(b'\n');
                    } else {
                        self.buf[self.filled] = b'\n';
                    }
                    self.filled += 1;
                    break;
                }
                Ok(n) => {
                    self.filled += n;
                    if self.filled == self.buf.len() {
                        break;
                    }
                }
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => return Err(e),
            }
        }
        if !self.started {
            self.started = true;
            if self.buf[..self.filled].starts_with(BOM) {
                self.at = BOM.len();
            }
        }
        Ok(())
    }
}

#[derive(Debug, PartialEq)]
enum Parsed {
    /// The record's length with its final `\n`, and the line breaks in it.
    Record(usize, u64),
    /// The bytes end before the record does.
    More,
    /// A field is in pieces: read the record into `Owned`.
    Joined,
}

/// Where `parse` puts a record's fields: each in one piece or more.
trait Fields {
    fn start(&mut self);
    /// `b[from..to]` is (the next piece of) the field; `false`: stop, read
    /// the record as `Parsed::Joined`.
    fn piece(&mut self, b: &[u8], from: usize, to: usize) -> bool;
    fn end(&mut self);
}

/// Fields as spans of the buffer: each must be one piece.
struct InPlace<'a> {
    base: usize,
    spans: &'a mut Vec<Span>,
    piece: Option<Span>,
}

impl Fields for InPlace<'_> {
    fn start(&mut self) {
        self.spans.clear();
    }

    fn piece(&mut self, _: &[u8], from: usize, to: usize) -> bool {
        // Within a buffer of at most twice `MAX_RECORD`.
        let span = ((self.base + from) as u32, (self.base + to) as u32);
        self.piece.replace(span).is_none()
    }

    fn end(&mut self) {
        if let Some(span) = self.piece.take() {
            self.spans.push(span);
        }
    }
}

/// Fields copied one after another.
struct Owned<'a> {
    bytes: &'a mut Vec<u8>,
    spans: &'a mut Vec<Span>,
    from: u32,
}

impl Fields for Owned<'_> {
    fn start(&mut self) {
        self.spans.clear();
        self.bytes.clear();
        self.from = 0;
    }

    fn piece(&mut self, b: &[u8], from: usize, to: usize) -> bool {
        self.bytes.extend_from_slice(&b[from..to]);
        true
    }

    fn end(&mut self) {
        let to = self.bytes.len() as u32;
        self.spans.push((self.from, to));
        self.from = to;
    }
}

/// Parses the record `b` starts with (after any empty lines). At the
/// input's end (`eof`, `b` ending in its `\n`) only an open quote can
/// be left, and its field runs to the end.
fn parse(b: &[u8], delimiter: u8, eof: bool, fields: &mut impl Fields) -> Parsed {
    // Every quote, delimiter and line break, in order: each state below
    // takes the next one and passes over those that mean nothing in it.
    let mut events = Events::new(b, delimiter);
    let mut i = 0;
    let mut lines = 0;
    fields.start();
    loop {
        // The start of a field, at `i`: the next event is at `i` or after.
        let Some(&first) = b.get(i) else {
            return Parsed::More;
        };
        let mut from = i;
        if first == b'"' {
            events.next();
            from = i + 1;
            loop {
                let Some(at) = events.next() else {
                    if !eof {
                        return Parsed::More;
                    }
                    // An open quote at the input's end (a `\n`, counted
                    // above): the field runs to it.
                    if !fields.piece(b, from, b.len()) {
                        return Parsed::Joined;
                    }
                    fields.end();
                    return Parsed::Record(b.len(), lines);
                };
                match b[at] {
                    b'\n' => {
                        lines += 1;
                        continue;
                    }
                    b'"' => {}
                    _ => continue,
                }
                // A quote: doubled, or the field's closing one.
                let Some(&next) = b.get(at + 1) else {
                    return Parsed::More;
                };
                if next == b'"' {
                    events.next();
                    if !fields.piece(b, from, at + 1) {
                        return Parsed::Joined;
                    }
                    from = at + 2;
                    continue;
                }
                if !fields.piece(b, from, at) {
                    return Parsed::Joined;
                }
                from = at + 1;
                break;
            }
            let next = b[from];
            if next == delimiter || next == b'\n' {
                events.next();
                fields.end();
                i = from + 1;
                if next == b'\n' {
                    return Parsed::Record(i, lines + 1);
                }
                continue;
            }
            // Text after the closing quote: the field goes on unquoted.
        }
        // An unquoted field (or its rest), from `from`: quotes in it are text.
        let end = loop {
            let Some(at) = events.next() else {
                return Parsed::More;
            };
            if b[at] != b'"' {
                break at;
            }
        };
        if !fields.piece(b, from, end) {
            return Parsed::Joined;
        }
        fields.end();
        i = end + 1;
        if b[end] == b'\n' {
            return Parsed::Record(i, lines + 1);
        }
    }
}

/// The positions of a `"`, the delimiter or `\n` in `b`, in order, found
/// 64 bytes at a time.
struct Events<'a> {
    b: &'a [u8],
    delimiter: u8,
    /// Where the bytes of `mask` start; a bit per byte still to give.
    at: usize,
    mask: u64,
}

impl<'a> Events<'a> {
    fn new(b: &'a [u8], delimiter: u8) -> Self {
        Events {
            b,
            delimiter,
            at: 0,
            mask: mask(b, delimiter),
        }
    }

    #[inline]
    fn next(&mut self) -> Option<usize> {
        while self.mask == 0 {
            self.at += 64;
            if self.at >= self.b.len() {
                return None;
            }
            self.mask = mask(&self.b[self.at..], self.delimiter);
        }
        let bit = self.mask.trailing_zeros() as usize;
        self.mask &= self.mask - 1;
        Some(self.at + bit)
    }
}

/// A bit per byte of the first 64 of `b` that is a `"`, the delimiter or
/// `\n`.
#[inline]
fn mask(b: &[u8], delimiter: u8) -> u64 {
    #[cfg(target_arch = "x86_64")]
    if let Some(block) = b.first_chunk::<64>() {
        use std::arch::x86_64::{
            __m128i, _mm_cmpeq_epi8, _mm_loadu_si128, _mm_movemask_epi8, _mm_or_si128,
            _mm_set1_epi8,
        };
        let mut m = 0u64;
        for k in 0..4 {
            // SAFETY: SSE2 is part of every x86_64; the 16 bytes loaded
            // (unaligned) are within `block`.
            let found = unsafe {
                let v = _mm_loadu_si128(block.as_ptr().add(16 * k).cast::<__m128i>());
                let quote = _mm_cmpeq_epi8(v, _mm_set1_epi8(b'"' as i8));
                let delim = _mm_cmpeq_epi8(v, _mm_set1_epi8(delimiter as i8));
                let newline = _mm_cmpeq_epi8(v, _mm_set1_epi8(b'\n' as i8));
                _mm_movemask_epi8(_mm_or_si128(_mm_or_si128(quote, delim), newline))
            };
            m |= u64::from(found as u16) << (16 * k);
        }
        return m;
    }
    let mut m = 0u64;
    for (j, &c) in b.iter().take(64).enumerate() {
        m |= u64::from(c == b'"' || c == delimiter || c == b'\n') << j;
    }
    m
}

#[cfg(test)]
mod tests {
    use super::*;
    use csv::ByteRecord;
    use proptest::prelude::*;

    /// Reads `bytes` at most `n` at a time (`n` from a list, in turn).
    struct Pieces<'a> {
        bytes: &'a [u8],
        sizes: Vec<usize>,
        turn: usize,
    }

    impl Read for Pieces<'_> {
        fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
            let n = self.sizes[self.turn % self.sizes.len()]
                .min(out.len())
                .min(self.bytes.len());
            self.turn += 1;
            out[..n].copy_from_slice(&self.bytes[..n]);
            self.bytes = &self.bytes[n..];
            Ok(n)
        }
    }

    /// Every record's fields, and the line after it.
    type Seen = Vec<(Vec<Vec<u8>>, u64)>;

    /// Read in pieces of `sizes`, into a buffer of `chunk` bytes at first.
    fn ours(bytes: &[u8], delimiter: u8, sizes: Vec<usize>, chunk: usize) -> Seen {
        let input = Pieces {
            bytes,
            sizes,
            turn: 0,
        };
        let mut records = Records::with_chunk(delimiter, input, chunk);
        let mut out = Vec::new();
        while records.read().unwrap() {
            let row = records.row();
            let fields: Vec<Vec<u8>> = row.iter().map(<[u8]>::to_vec).collect();
            assert_eq!(fields.len(), row.len());
            for (i, field) in fields.iter().enumerate() {
                assert_eq!(row.get(i), Some(&field[..]));
                assert_eq!(&row[i], &field[..]);
            }
            out.push((fields, records.line()));
        }
        // And the end stays the end.
        assert!(!records.read().unwrap());
        out
    }

    fn theirs(bytes: &[u8], delimiter: u8) -> Seen {
        let mut rdr = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .delimiter(delimiter)
            .terminator(csv::Terminator::Any(b'\n'))
            .from_reader(bytes.chain(&b"\n"[..]));
        let mut rec = ByteRecord::new();
        let mut out = Vec::new();
        while rdr.read_byte_record(&mut rec).unwrap() {
            out.push((
                rec.iter().map(<[u8]>::to_vec).collect(),
                rdr.position().line(),
            ));
        }
        out
    }

    fn same(text: &[u8], delimiter: u8) {
        let want = theirs(text, delimiter);
        for sizes in [vec![usize::MAX], vec![1], vec![2, 5, 3], vec![7, 1]] {
            for chunk in [CHUNK, 1, 3, 17] {
                let got = ours(text, delimiter, sizes.clone(), chunk);
                assert_eq!(got, want, "{sizes:?}, {chunk}");
            }
        }
    }

    #[test]
    fn reads_as_the_csv_crate() {
        for text in [
            &b""[..],
            b"\n\n\n",
            b"a,b\nc,d",
            b"a,b\nc,d\n",
            b"\"a\",\"b\"\n\"c\",\"d\"\n",
            b"\"a\nb\",c\n\nd\n",
            b"\"a\"\"b\",c\n",
            b"\"a\"b,c\n",
            b"\"a\"b\"c\",d\n",
            b"ab\"c,d\n",
            b",,\n,\n",
            b"\"\",\"\"\n",
            b"\"open\nto the end",
            b"\"open\"\"",
            b"\"closed\"",
            b"a,b\r\nc,d\r\n",
            b"\xef\xbb\xbfa,b\n",
            b"\xef\xbb\xbf\"a\",b\n",
            b"a\n\xef\xbb\xbfb\n",
            b"\"x\"\n",
            b"\"x\",\n",
        ] {
            same(text, b',');
        }
        same(b"a;b,c\n\"d;e\";f\n", b';');
    }

    #[test]
    fn a_record_longer_than_the_limit_is_an_error_not_held() {
        let text = format!("a,b\n\"{}\",c\nd\n", "x".repeat(100));
        let mut records = Records::with_limits(b',', text.as_bytes(), 8, 64);
        assert!(records.read().unwrap());
        assert_eq!(records.row().get(0), Some(&b"a"[..]));
        let err = records.read().unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::InvalidData);
        let text_error = err.get_ref().and_then(|e| e.downcast_ref::<TextError>());
        assert_eq!(text_error, Some(&TextError::LongRecord { line: 2 }));
        // Lines count on from the header the reader starts after.
        let mut records = Records::with_limits(b',', text.as_bytes(), 8, 64).after_line(9);
        assert!(records.read().unwrap());
        let err = records.read().unwrap_err();
        let text_error = err.get_ref().and_then(|e| e.downcast_ref::<TextError>());
        assert_eq!(text_error, Some(&TextError::LongRecord { line: 11 }));
        // Under the limit, the same record is read.
        let mut records = Records::with_limits(b',', text.as_bytes(), 8, 128);
        assert!(records.read().unwrap() && records.read().unwrap());
        assert_eq!(records.row().get(1), Some(&b"c"[..]));
    }

    #[test]
    fn a_record_longer_than_the_buffer_is_read_whole() {
        let long = "x".repeat(CHUNK * 2 + 17);
        let text = format!("a,b\n\"{long}\",{long}\nc\n");
        same(text.as_bytes(), b',');
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]
        #[test]
        fn random_inputs_read_as_the_csv_crate(
            bytes in proptest::collection::vec(
                proptest::sample::select(&b"a,;\"\n\r \xef\xbb\xbf"[..]), 0..80),
            semicolon in any::<bool>(),
            sizes in proptest::collection::vec(1usize..9, 1..4),
            chunk in 1usize..40,
        ) {
            let delimiter = if semicolon { b';' } else { b',' };
            let want = theirs(&bytes, delimiter);
            prop_assert_eq!(ours(&bytes, delimiter, sizes, chunk), want);
        }
    }
}
