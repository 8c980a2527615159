//! Text encodings of metric files: UTF-8 (with or without BOM), UTF-16 with a
//! BOM (Excel's "Unicode text"), and Windows-1252 when the bytes are not
//! UTF-8. Everything past this module reads UTF-8 bytes.

use encoding_rs::{Decoder, Encoding, UTF_16BE, UTF_16LE, WINDOWS_1252};
use std::io::{self, Read};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextEncoding {
    Utf8,
    Utf8Bom,
    Utf16Le,
    Utf16Be,
    Windows1252,
}

impl TextEncoding {
    /// The encoding a file's first bytes announce (a BOM), else UTF-8 until
    /// the bytes prove otherwise.
    pub fn from_bom(head: &[u8]) -> TextEncoding {
        if head.starts_with(&[0xEF, 0xBB, 0xBF]) {
            TextEncoding::Utf8Bom
        } else if head.starts_with(&[0xFF, 0xFE]) {
            TextEncoding::Utf16Le
        } else if head.starts_with(&[0xFE, 0xFF]) {
            TextEncoding::Utf16Be
        } else {
            TextEncoding::Utf8
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            TextEncoding::Utf8 => "UTF-8",
            TextEncoding::Utf8Bom => "UTF-8 with BOM",
            TextEncoding::Utf16Le => "UTF-16LE",
            TextEncoding::Utf16Be => "UTF-16BE",
            TextEncoding::Windows1252 => "Windows-1252",
        }
    }

    /// Wraps a reader of the file's bytes (from the start) into a reader of
    /// UTF-8 bytes without the BOM.
    pub fn reader<'a, R: Read + 'a>(self, inner: R) -> io::Result<Box<dyn Read + 'a>> {
        let mut inner = TextGuard::new(inner, self == TextEncoding::Windows1252);
        let decoder = |enc: &'static Encoding| enc.new_decoder_with_bom_removal();
        Ok(match self {
            TextEncoding::Utf8 => Box::new(CrLines::new(inner)),
            TextEncoding::Utf8Bom => {
                let mut bom = [0u8; 3];
                inner.read_exact(&mut bom)?;
                Box::new(CrLines::new(inner))
            }
            TextEncoding::Utf16Le => {
                Box::new(CrLines::new(DecodingReader::new(inner, decoder(UTF_16LE))))
            }
            TextEncoding::Utf16Be => {
                Box::new(CrLines::new(DecodingReader::new(inner, decoder(UTF_16BE))))
            }
            TextEncoding::Windows1252 => Box::new(CrLines::new(DecodingReader::new(
                inner,
                WINDOWS_1252.new_decoder_without_bom_handling(),
            ))),
        })
    }
}

/// The longest line read: a longer one is not a metric export (a file
/// without newlines, a minified dump), and reading it whole would hold it
/// all in memory.
pub const MAX_LINE_BYTES: usize = 1 << 20;

/// Why the bytes of a file are not text `okr` reads; carried inside the
/// `io::Error` of a read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TextError {
    /// Line `line` (1-based) runs past `MAX_LINE_BYTES`.
    LongLine { line: usize },
    /// The record (a row, with the line breaks in its quoted cells) that
    /// starts on line `line` runs past the general reader's 1 GiB.
    LongRecord { line: usize },
    /// A byte that Windows-1252 leaves undefined, in a file that is not
    /// UTF-8 either.
    NotWindows1252 {
        line: usize,
        column: usize,
        byte: u8,
    },
}

impl std::fmt::Display for TextError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            TextError::LongLine { line } => write!(f, "line {line} is longer than 1 MiB"),
            TextError::LongRecord { line } => {
                write!(f, "the row from line {line} on is longer than 1 GiB")
            }
            TextError::NotWindows1252 { line, byte, .. } => {
                write!(
                    f,
                    "byte 0x{byte:02X} on line {line} is neither UTF-8 nor Windows-1252"
                )
            }
        }
    }
}

impl std::error::Error for TextError {}

/// Fails a read on a line longer than `MAX_LINE_BYTES` and, for
/// Windows-1252, on the five bytes it does not define. Counts lines in
/// bytes of the file (for UTF-16 an upper bound, which is all the limit
/// needs). A line ends at `\n`, or at a `\r` that no `\n` follows (old Mac
/// line ends, as Python's csv reads them); its bytes are those before the
/// `\n`, a `\r` before it included. The fast reader applies the same limit.
struct TextGuard<R> {
    inner: R,
    windows_1252: bool,
    line: usize,
    line_bytes: usize,
    /// The last byte read was `\r`: the next byte tells whether it ended
    /// the line.
    cr_pending: bool,
}

impl<R> TextGuard<R> {
    fn new(inner: R, windows_1252: bool) -> Self {
        TextGuard {
            inner,
            windows_1252,
            line: 1,
            line_bytes: 0,
            cr_pending: false,
        }
    }

    fn fail(error: TextError) -> io::Error {
        io::Error::new(io::ErrorKind::InvalidData, error)
    }

    fn new_line(&mut self) {
        self.line += 1;
        self.line_bytes = 0;
    }

    fn too_long(&self) -> io::Result<()> {
        if self.line_bytes > MAX_LINE_BYTES {
            return Err(Self::fail(TextError::LongLine { line: self.line }));
        }
        Ok(())
    }
}

impl<R: Read> Read for TextGuard<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        let bytes = &buf[..n];
        // A `\r` that ended the last read is the line's last byte before a
        // `\n` or at the end, else it ends the line.
        if std::mem::take(&mut self.cr_pending) {
            match bytes.first() {
                Some(b'\n') | None => {
                    self.line_bytes += 1;
                    self.too_long()?;
                }
                Some(_) => self.new_line(),
            }
        }
        // Most reads: no `\r`, nothing to check per byte, shorter than a
        // line may be. Then only the first line's and the last line's
        // lengths can pass the limit; the lines between are counted.
        if !self.windows_1252 && n <= MAX_LINE_BYTES && memchr::memchr(b'\r', bytes).is_none() {
            let (Some(first), Some(last)) =
                (memchr::memchr(b'\n', bytes), memchr::memrchr(b'\n', bytes))
            else {
                self.line_bytes += n;
                self.too_long()?;
                return Ok(n);
            };
            self.line_bytes += first;
            self.too_long()?;
            self.line += memchr::memchr_iter(b'\n', bytes).count();
            self.line_bytes = n - last - 1;
            return Ok(n);
        }
        let mut pos = 0;
        for at in memchr::memchr2_iter(b'\n', b'\r', bytes) {
            if self.windows_1252 {
                self.check_1252(&bytes[pos..at])?;
            }
            self.line_bytes += at - pos;
            self.too_long()?;
            pos = at + 1;
            if bytes[at] == b'\n' {
                self.new_line();
                continue;
            }
            match bytes.get(at + 1) {
                Some(b'\n') => self.line_bytes += 1,
                Some(_) => self.new_line(),
                None => self.cr_pending = true,
            }
        }
        if self.windows_1252 {
            self.check_1252(&bytes[pos..])?;
        }
        self.line_bytes += n - pos;
        self.too_long()?;
        Ok(n)
    }
}

impl<R> TextGuard<R> {
    /// The bytes of one line, from `line_bytes` on.
    fn check_1252(&self, bytes: &[u8]) -> io::Result<()> {
        match bytes
            .iter()
            .position(|b| matches!(b, 0x81 | 0x8D | 0x8F | 0x90 | 0x9D))
        {
            Some(i) => Err(Self::fail(TextError::NotWindows1252 {
                line: self.line,
                column: self.line_bytes + i + 1,
                byte: bytes[i],
            })),
            None => Ok(()),
        }
    }
}

/// Reads old Mac line ends: a `\r` that no `\n` follows becomes `\n`, so
/// that every reader past this one splits lines at `\n` alone. Reads into
/// the caller's buffer and changes the bytes there: no copy of its own.
struct CrLines<R> {
    inner: R,
    /// A byte read but not given yet: a `\r` at the end of a read waits
    /// for the byte after it.
    pending: Option<u8>,
}

impl<R: Read> CrLines<R> {
    fn new(inner: R) -> Self {
        CrLines {
            inner,
            pending: None,
        }
    }

    /// The byte after a `\r` just given: whether it makes the `\r` lone.
    fn after_cr(&mut self) -> io::Result<bool> {
        let mut next = [0u8; 1];
        let k = read_some(&mut self.inner, &mut next)?;
        self.pending = (k == 1).then_some(next[0]);
        Ok(k == 0 || next[0] != b'\n')
    }
}

/// One read, again when interrupted.
fn read_some(r: &mut impl Read, out: &mut [u8]) -> io::Result<usize> {
    loop {
        match r.read(out) {
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            other => return other,
        }
    }
}

impl<R: Read> Read for CrLines<R> {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        if out.is_empty() {
            return Ok(0);
        }
        if out.len() == 1 {
            let b = match self.pending.take() {
                Some(b) => b,
                None => {
                    if read_some(&mut self.inner, out)? == 0 {
                        return Ok(0);
                    }
                    out[0]
                }
            };
            out[0] = if b == b'\r' && self.after_cr()? {
                b'\n'
            } else {
                b
            };
            return Ok(1);
        }
        loop {
            let held = self.pending.take();
            let start = usize::from(held.is_some());
            if let Some(b) = held {
                out[0] = b;
            }
            let k = read_some(&mut self.inner, &mut out[start..])?;
            let total = start + k;
            if total == 0 {
                return Ok(0);
            }
            // A final `\r` waits for the next read, unless the input ended.
            let mut n = total;
            if k > 0 && out[total - 1] == b'\r' {
                self.pending = Some(b'\r');
                n -= 1;
            }
            let mut from = 0;
            while let Some(i) = memchr::memchr(b'\r', &out[from..n]) {
                let at = from + i;
                // The byte after it: in `out`, or the `\r` held (not `\n`),
                // or none at the input's end.
                if out.get(at + 1).filter(|_| at + 1 < total) != Some(&b'\n') {
                    out[at] = b'\n';
                }
                from = at + 1;
            }
            if n > 0 {
                return Ok(n);
            }
        }
    }
}

/// Streams another encoding as UTF-8.
struct DecodingReader<R> {
    inner: R,
    decoder: Decoder,
    input: Vec<u8>,
    in_start: usize,
    in_end: usize,
    eof: bool,
    output: Vec<u8>,
    out_start: usize,
    out_end: usize,
    done: bool,
}

const CHUNK: usize = 32 * 1024;

impl<R: Read> DecodingReader<R> {
    fn new(inner: R, decoder: Decoder) -> Self {
        DecodingReader {
            inner,
            decoder,
            input: vec![0; CHUNK],
            in_start: 0,
            in_end: 0,
            eof: false,
            // Room for any chunk: UTF-16 and Windows-1252 grow at most 3x.
            output: vec![0; CHUNK * 3 + 16],
            out_start: 0,
            out_end: 0,
            done: false,
        }
    }
}

impl<R: Read> Read for DecodingReader<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        loop {
            if self.out_start < self.out_end {
                let n = buf.len().min(self.out_end - self.out_start);
                buf[..n].copy_from_slice(&self.output[self.out_start..self.out_start + n]);
                self.out_start += n;
                return Ok(n);
            }
            if self.done {
                return Ok(0);
            }
            if self.in_start == self.in_end && !self.eof {
                let n = self.inner.read(&mut self.input)?;
                self.eof = n == 0;
                self.in_start = 0;
                self.in_end = n;
            }
            let (result, read, written, _) = self.decoder.decode_to_utf8(
                &self.input[self.in_start..self.in_end],
                &mut self.output,
                self.eof,
            );
            self.in_start += read;
            self.out_start = 0;
            self.out_end = written;
            if self.eof && result == encoding_rs::CoderResult::InputEmpty {
                self.done = true;
            }
        }
    }
}

/// Watches the bytes of a file read as UTF-8: remembers whether they are
/// valid UTF-8 and fails on a NUL byte (binary data is not a metric file).
pub struct Utf8Check<R> {
    inner: R,
    /// An incomplete character at the end of the last read.
    carry: Vec<u8>,
    offset: u64,
    pub valid: bool,
}

/// The error `Utf8Check` fails with; its message carries the byte offset.
pub const NUL_MARKER: &str = "NUL byte at offset";

impl<R: Read> Utf8Check<R> {
    pub fn new(inner: R) -> Self {
        Utf8Check {
            inner,
            carry: Vec::new(),
            offset: 0,
            valid: true,
        }
    }

    fn check(&mut self, bytes: &[u8]) {
        if !self.valid {
            return;
        }
        let mut joined;
        let mut rest = bytes;
        if !self.carry.is_empty() {
            // Complete the carried character with up to 3 more bytes.
            joined = std::mem::take(&mut self.carry);
            let take = rest.len().min(4 - joined.len().min(4));
            joined.extend_from_slice(&rest[..take]);
            match std::str::from_utf8(&joined) {
                Ok(_) => rest = &rest[take..],
                Err(e) if e.valid_up_to() > 0 => {
                    let used = e.valid_up_to() - (joined.len() - take);
                    rest = &rest[used..];
                }
                Err(e) if e.error_len().is_none() && rest.len() == take => {
                    self.carry = joined;
                    return;
                }
                Err(_) => {
                    self.valid = false;
                    return;
                }
            }
        }
        match std::str::from_utf8(rest) {
            Ok(_) => {}
            Err(e) if e.error_len().is_none() => self.carry = rest[e.valid_up_to()..].to_vec(),
            Err(_) => self.valid = false,
        }
    }

    /// Whether everything read was UTF-8, ending on a whole character.
    pub fn is_utf8(&self) -> bool {
        self.valid && self.carry.is_empty()
    }
}

impl<R: Read> Read for Utf8Check<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        if let Some(at) = memchr::memchr(0, &buf[..n]) {
            return Err(io::Error::new(
                io::ErrorKind::InvalidData,
                format!("{NUL_MARKER} {}", self.offset + at as u64),
            ));
        }
        self.offset += n as u64;
        self.check(&buf[..n]);
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decode(encoding: TextEncoding, bytes: &[u8]) -> String {
        let mut out = String::new();
        encoding
            .reader(bytes)
            .unwrap()
            .read_to_string(&mut out)
            .unwrap();
        out
    }

    #[test]
    fn decodes_each_encoding_without_its_bom() {
        let text = "Datum;Besök\r\n05.01.2026;1 234,50 €\r\n";
        let mut utf16le = vec![0xFF, 0xFE];
        let mut utf16be = vec![0xFE, 0xFF];
        for unit in text.encode_utf16() {
            utf16le.extend_from_slice(&unit.to_le_bytes());
            utf16be.extend_from_slice(&unit.to_be_bytes());
        }
        let utf8bom = [&[0xEF, 0xBB, 0xBF][..], text.as_bytes()].concat();
        let (cp1252, _, _) = WINDOWS_1252.encode(text);
        for (bytes, want) in [
            (&utf16le[..], TextEncoding::Utf16Le),
            (&utf16be[..], TextEncoding::Utf16Be),
            (&utf8bom[..], TextEncoding::Utf8Bom),
        ] {
            assert_eq!(TextEncoding::from_bom(bytes), want);
            assert_eq!(decode(want, bytes), text, "{want:?}");
        }
        assert_eq!(TextEncoding::from_bom(&cp1252), TextEncoding::Utf8);
        assert_eq!(decode(TextEncoding::Windows1252, &cp1252), text);
    }

    #[test]
    fn decodes_long_input_across_chunks() {
        let text = "ö€;".repeat(50_000);
        let mut bytes = vec![0xFF, 0xFE];
        for unit in text.encode_utf16() {
            bytes.extend_from_slice(&unit.to_le_bytes());
        }
        let mut reader = TextEncoding::Utf16Le.reader(&bytes[..]).unwrap();
        let mut out = Vec::new();
        let mut buf = [0u8; 7];
        loop {
            let n = reader.read(&mut buf).unwrap();
            if n == 0 {
                break;
            }
            out.extend_from_slice(&buf[..n]);
        }
        assert_eq!(String::from_utf8(out).unwrap(), text);
    }

    fn check_in_pieces(bytes: &[u8], piece: usize) -> Result<bool, String> {
        let mut check = Utf8Check::new(bytes);
        let mut buf = vec![0u8; piece];
        loop {
            match check.read(&mut buf) {
                Ok(0) => return Ok(check.is_utf8()),
                Ok(_) => {}
                Err(e) => return Err(e.to_string()),
            }
        }
    }

    #[test]
    fn checks_utf8_across_read_boundaries() {
        let text = "Päivä;Käynnit €\n".repeat(100);
        for piece in 1..9 {
            assert_eq!(check_in_pieces(text.as_bytes(), piece), Ok(true), "{piece}");
            let (cp1252, _, _) = WINDOWS_1252.encode(&text);
            assert_eq!(check_in_pieces(&cp1252, piece), Ok(false), "{piece}");
        }
        assert_eq!(check_in_pieces(b"ab\xC3", 2), Ok(false));
        assert_eq!(
            check_in_pieces(b"date\0value", 64),
            Err("NUL byte at offset 4".into())
        );
    }

    fn guard_error(encoding: TextEncoding, bytes: &[u8]) -> Option<TextError> {
        let mut out = Vec::new();
        let e = encoding
            .reader(bytes)
            .unwrap()
            .read_to_end(&mut out)
            .err()?;
        e.get_ref()?.downcast_ref::<TextError>().cloned()
    }

    #[test]
    fn reads_old_mac_line_ends_as_python_does() {
        for encoding in [TextEncoding::Utf8, TextEncoding::Windows1252] {
            assert_eq!(decode(encoding, b"a,b\r1,2\r3,4"), "a,b\n1,2\n3,4");
            assert_eq!(decode(encoding, b"a,b\r\n1,2\r\n"), "a,b\r\n1,2\r\n");
            assert_eq!(decode(encoding, b"a\r\r\nb\r"), "a\n\r\nb\n");
        }
        // Across reads of one byte.
        let mut out = Vec::new();
        let mut r = CrLines::new(Pieces(&b"a\rb\r\nc\r"[..], 1));
        r.read_to_end(&mut out).unwrap();
        assert_eq!(out, b"a\nb\r\nc\n");
        // A CR-only file longer than the line limit is many short lines.
        let long = b"2026-01-05,1\r".repeat(MAX_LINE_BYTES / 8);
        assert_eq!(guard_error(TextEncoding::Utf8, &long), None);
        assert_eq!(guard_error(TextEncoding::Windows1252, &long), None);
        let mut one_line = vec![b'x'; MAX_LINE_BYTES + 1];
        one_line.push(b'\r');
        assert_eq!(
            guard_error(TextEncoding::Windows1252, &one_line),
            Some(TextError::LongLine { line: 1 })
        );
    }

    /// Reads `piece` bytes at most at a time.
    struct Pieces<'a>(&'a [u8], usize);

    impl Read for Pieces<'_> {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            let n = buf.len().min(self.1).min(self.0.len());
            buf[..n].copy_from_slice(&self.0[..n]);
            self.0 = &self.0[n..];
            Ok(n)
        }
    }

    /// The line over the limit as the rule says it: lines end at `\n` or at
    /// a `\r` no `\n` follows; a line's bytes include a `\r` before `\n`.
    fn first_long_line(bytes: &[u8]) -> Option<usize> {
        let (mut line, mut len) = (1, 0);
        for (i, &b) in bytes.iter().enumerate() {
            let ends = b == b'\n' || b == b'\r' && bytes.get(i + 1).is_some_and(|&n| n != b'\n');
            if ends {
                (line, len) = (line + 1, 0);
            } else {
                len += 1;
                if len > MAX_LINE_BYTES {
                    return Some(line);
                }
            }
        }
        None
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(48))]

        #[test]
        fn long_lines_are_found_however_the_reads_fall(
            lines in proptest::collection::vec((0usize..8, 0usize..3), 1..6),
            piece in proptest::prop_oneof![1usize..64, 4096usize..70_000, proptest::strategy::Just(MAX_LINE_BYTES + 3)],
        ) {
            let lengths = [0, 1, 7, MAX_LINE_BYTES - 1, MAX_LINE_BYTES, MAX_LINE_BYTES + 1, 3, 2];
            let mut bytes = Vec::new();
            for (len, end) in lines {
                bytes.extend(std::iter::repeat_n(b'x', lengths[len]));
                bytes.extend_from_slice([&b"\n"[..], b"\r\n", b"\r"][end]);
            }
            let mut guard = TextGuard::new(Pieces(&bytes, piece), false);
            let mut sink = Vec::new();
            let got = guard
                .read_to_end(&mut sink)
                .err()
                .and_then(|e| e.get_ref()?.downcast_ref::<TextError>().cloned());
            let want = first_long_line(&bytes).map(|line| TextError::LongLine { line });
            proptest::prop_assert_eq!(got, want);
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(1000))]

        /// However the reads fall, in and out, a `\r` becomes `\n` exactly
        /// where no `\n` follows it.
        #[test]
        fn lone_carriage_returns_become_line_feeds_however_the_reads_fall(
            bytes in proptest::collection::vec(proptest::sample::select(&b"a\r\n"[..]), 0..40),
            piece in 1usize..6,
            outs in proptest::collection::vec(1usize..6, 1..4),
        ) {
            let want: Vec<u8> = bytes
                .iter()
                .enumerate()
                .map(|(i, &b)| if b == b'\r' && bytes.get(i + 1) != Some(&b'\n') { b'\n' } else { b })
                .collect();
            let mut r = CrLines::new(Pieces(&bytes, piece));
            let mut got = Vec::new();
            let mut turn = 0;
            loop {
                // Filled with line feeds: a byte past what was read must not count.
                let mut out = vec![b'\n'; outs[turn % outs.len()]];
                turn += 1;
                let n = r.read(&mut out).unwrap();
                if n == 0 {
                    break;
                }
                got.extend_from_slice(&out[..n]);
            }
            proptest::prop_assert_eq!(got, want);
        }
    }

    #[test]
    fn refuses_long_lines_and_bytes_windows_1252_leaves_undefined() {
        let mut long = b"date,value\n2026-01-05,1\n".to_vec();
        long.resize(long.len() + MAX_LINE_BYTES + 1, b'x');
        assert_eq!(
            guard_error(TextEncoding::Utf8, &long),
            Some(TextError::LongLine { line: 3 })
        );
        let mut fits = b"a\n".repeat(1000);
        fits.extend(std::iter::repeat_n(b'y', MAX_LINE_BYTES));
        fits.push(b'\n');
        assert_eq!(guard_error(TextEncoding::Utf8, &fits), None);
        assert_eq!(
            guard_error(TextEncoding::Windows1252, b"date\nab\x81c\n"),
            Some(TextError::NotWindows1252 {
                line: 2,
                column: 3,
                byte: 0x81
            })
        );
        assert_eq!(
            guard_error(TextEncoding::Windows1252, b"Bes\xF6k;\x80\n"),
            None
        );
    }
}
