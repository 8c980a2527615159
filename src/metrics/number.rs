//! Numbers as spreadsheets and analytics tools write them: a decimal point or
//! comma, thousands separators (`,` `.` space, no-break spaces, `'`),
//! percent signs (`3.2%` is 0.032), currency signs and codes, accounting
//! parentheses and the Unicode minus. Parsed from bytes: the hot loop never
//! builds a `String`.

/// What one cell says about the file's decimal mark.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Evidence {
    /// No separator, or only space-like group separators: says nothing.
    Integer,
    /// Reads only with `.` as the decimal mark (`1.38`, `1,234.5`, `9,380,000`).
    Dot,
    /// Reads only with `,` as the decimal mark (`1,5`, `1.234,5`, `1 234,50`).
    Comma,
    /// One `,` followed by exactly three digits (`9,380`): a thousands
    /// separator or a decimal comma.
    AmbiguousComma,
    /// One `.` followed by exactly three digits (`1.234`).
    AmbiguousDot,
    /// Not a number in either notation (or a missing value).
    NotANumber,
}

/// Why a cell is not a value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumberError {
    /// `NaN`, `inf`, `Infinity`...
    NotFinite,
    /// Anything else that does not read as a number with the decimal mark.
    Invalid,
}

/// Missing values: no data, never zero. Besides an empty cell, `--` and
/// `n/a`, the cells `NaN` and a spreadsheet's error values (`#N/A`,
/// `#DIV/0!`, ...) that stand where a formula had nothing to give.
pub fn is_missing(cell: &[u8]) -> bool {
    missing_trimmed(trim(cell))
}

/// `is_missing` for a trimmed cell; decides most cells by their first byte.
#[inline]
pub fn missing_trimmed(t: &[u8]) -> bool {
    match t.first() {
        None => true,
        Some(b'-') => t == b"--" || t.eq_ignore_ascii_case(b"-nan"),
        Some(b'n' | b'N') => t.eq_ignore_ascii_case(b"n/a") || t.eq_ignore_ascii_case(b"nan"),
        Some(b'#') => is_error_value(t),
        Some(_) => false,
    }
}

/// `NaN` or a spreadsheet error value: no data, said so with `--verbose`.
pub fn is_error_cell(cell: &[u8]) -> bool {
    let t = trim(cell);
    t.eq_ignore_ascii_case(b"nan") || t.eq_ignore_ascii_case(b"-nan") || is_error_value(t)
}

/// Excel's, LibreOffice's and Google Sheets' error values.
fn is_error_value(t: &[u8]) -> bool {
    [
        &b"#N/A"[..],
        b"#DIV/0!",
        b"#VALUE!",
        b"#REF!",
        b"#NAME?",
        b"#NUM!",
        b"#NULL!",
        b"#ERROR!",
    ]
    .iter()
    .any(|e| t.eq_ignore_ascii_case(e))
}

/// Reads a cell with `decimal` (`b'.'` or `b','`) as the decimal mark.
/// `Ok(None)` is a missing value. `scratch` is reused between calls.
pub fn parse(cell: &[u8], decimal: u8, scratch: &mut Vec<u8>) -> Result<Option<f64>, NumberError> {
    let cell = trim(cell);
    if missing_trimmed(cell) {
        return Ok(None);
    }
    // Fast path: plain ASCII digits with at most a sign and the decimal point.
    let value = if is_plain(cell) && (decimal == b'.' || !cell.contains(&b'.')) {
        plain_value(cell).ok_or(NumberError::Invalid)?
    } else if let Some(value) = scientific(cell, decimal) {
        value?
    } else {
        let shape = shape(cell, scratch).ok_or_else(|| not_a_number(cell))?;
        shape.apply(value_of(scratch, decimal).ok_or(NumberError::Invalid)?)
    };
    // 400 digits read as infinity: no more a value than `inf` is.
    if value.is_finite() {
        Ok(Some(value))
    } else {
        Err(NumberError::NotFinite)
    }
}

/// Scientific notation as spreadsheets write large and small numbers
/// (`1.2E+05`, `3e-4`, `1,5E-03` with a decimal comma): a sign, digits, at
/// most one decimal mark, `e` or `E`, a signed exponent. `None` when the
/// cell is not written so.
fn scientific(cell: &[u8], decimal: u8) -> Option<Result<f64, NumberError>> {
    let at = cell.iter().position(|&b| b == b'e' || b == b'E')?;
    let (mantissa, exponent) = (&cell[..at], &cell[at + 1..]);
    let digits = mantissa
        .strip_prefix(b"-")
        .or_else(|| mantissa.strip_prefix(b"+"))
        .unwrap_or(mantissa);
    let marks = digits.iter().filter(|&&b| b == decimal).count();
    let exp_digits = exponent
        .strip_prefix(b"-")
        .or_else(|| exponent.strip_prefix(b"+"))
        .unwrap_or(exponent);
    let well_formed = digits.iter().any(u8::is_ascii_digit)
        && digits.iter().all(|&b| b.is_ascii_digit() || b == decimal)
        && marks <= 1
        && (1..=4).contains(&exp_digits.len())
        && exp_digits.iter().all(u8::is_ascii_digit);
    if !well_formed {
        return None;
    }
    let mut text = String::with_capacity(cell.len());
    for &b in cell {
        text.push(if b == decimal { '.' } else { b as char });
    }
    let value = text.parse::<f64>().ok()?;
    Some(if value.is_finite() {
        Ok(value)
    } else {
        Err(NumberError::NotFinite)
    })
}

/// `evidence` of a trimmed cell of the common shape, `None` for any other:
/// digits with an optional minus and at most one `.` or `,` between digits,
/// under 100 bytes. Such a cell wears no percent and no currency (its
/// `dress` is `Plain`). Both readers sniff every value cell with it first,
/// so a file of plain numbers skips `evidence`'s work.
#[inline]
pub fn plain_evidence(cell: &[u8]) -> Option<Evidence> {
    if cell.len() >= 100 {
        return None;
    }
    let body = cell.strip_prefix(b"-").unwrap_or(cell);
    let mut mark_at = None;
    for (i, &b) in body.iter().enumerate() {
        if b.is_ascii_digit() {
            continue;
        }
        if (b == b'.' || b == b',') && mark_at.is_none() {
            mark_at = Some(i);
            continue;
        }
        return None;
    }
    match mark_at {
        None if !body.is_empty() => Some(Evidence::Integer),
        Some(at) if at > 0 && at + 1 < body.len() => {
            let (int, frac) = (&body[..at], &body[at + 1..]);
            let grouped = (1..=3).contains(&int.len()) && int != b"0" && frac.len() == 3;
            Some(match (body[at], grouped) {
                (b'.', false) => Evidence::Dot,
                (b'.', true) => Evidence::AmbiguousDot,
                (_, false) => Evidence::Comma,
                (_, true) => Evidence::AmbiguousComma,
            })
        }
        _ => None,
    }
}

/// What the cell says about the decimal mark (sniffing).
pub fn evidence(cell: &[u8], scratch: &mut Vec<u8>) -> Evidence {
    let cell = trim(cell);
    if !cell.is_empty() && cell.iter().all(u8::is_ascii_digit) {
        return Evidence::Integer;
    }
    if scientific(cell, b'.').is_some_and(|v| v.is_ok()) {
        return if cell.contains(&b'.') {
            Evidence::Dot
        } else {
            Evidence::Integer
        };
    }
    if scientific(cell, b',').is_some_and(|v| v.is_ok()) {
        return Evidence::Comma;
    }
    if shape(cell, scratch).is_none() {
        return Evidence::NotANumber;
    }
    let core = scratch.as_slice();
    let dots = core.iter().filter(|&&b| b == b'.').count();
    let commas = core.iter().filter(|&&b| b == b',').count();
    let spaced = core.contains(&b' ');
    let reads = |mark| value_of(core, mark).is_some();
    let verdict = match (dots, commas) {
        (0, 0) => Evidence::Integer,
        (1, 0) if !spaced && looks_grouped(core, b'.') => Evidence::AmbiguousDot,
        (0, 1) if !spaced && looks_grouped(core, b',') => Evidence::AmbiguousComma,
        // One mark is the decimal; several are thousands separators.
        (1, 0) | (0, 2..) => Evidence::Dot,
        (0, 1) | (2.., 0) => Evidence::Comma,
        _ => {
            let last = core.iter().rposition(|&b| b == b'.' || b == b',');
            if last.map(|i| core[i]) == Some(b'.') {
                Evidence::Dot
            } else {
                Evidence::Comma
            }
        }
    };
    let readable = match verdict {
        Evidence::Integer => reads(b'.'),
        Evidence::Dot => reads(b'.'),
        Evidence::Comma => reads(b','),
        Evidence::AmbiguousComma | Evidence::AmbiguousDot => reads(b'.') && reads(b','),
        Evidence::NotANumber => false,
    };
    if readable {
        verdict
    } else {
        Evidence::NotANumber
    }
}

/// `1,234` / `12.500`: one separator, 1 to 3 leading digits (not a lone 0),
/// exactly 3 after: a thousands group as much as a decimal part.
fn looks_grouped(core: &[u8], mark: u8) -> bool {
    let Some(at) = core.iter().position(|&b| b == mark) else {
        return false;
    };
    let int = &core[..at];
    let int = int.strip_prefix(b"-").unwrap_or(int);
    let frac = &core[at + 1..];
    (1..=3).contains(&int.len()) && int != b"0" && frac.len() == 3
}

/// Sign and scale around the digits.
#[derive(Debug, Clone, Copy)]
struct Shape {
    negative: bool,
    percent: bool,
}

impl Shape {
    fn apply(self, value: f64) -> f64 {
        let value = if self.percent { value / 100.0 } else { value };
        if self.negative {
            -value
        } else {
            value
        }
    }
}

fn not_a_number(cell: &[u8]) -> NumberError {
    let word = cell.strip_prefix(b"-").unwrap_or(cell);
    let word = word.strip_prefix(b"+").unwrap_or(word);
    let not_finite = [&b"inf"[..], b"infinity"]
        .iter()
        .any(|w| word.eq_ignore_ascii_case(w));
    if not_finite {
        NumberError::NotFinite
    } else {
        NumberError::Invalid
    }
}

fn is_plain(cell: &[u8]) -> bool {
    let digits = cell.strip_prefix(b"-").unwrap_or(cell);
    !digits.is_empty()
        && digits.iter().all(|&b| b.is_ascii_digit() || b == b'.')
        && digits.iter().filter(|&&b| b == b'.').count() <= 1
        && digits.iter().any(u8::is_ascii_digit)
}

fn plain_value(cell: &[u8]) -> Option<f64> {
    // Safe: `is_plain` admitted ASCII only.
    std::str::from_utf8(cell).ok()?.parse::<f64>().ok()
}

/// Currency signs and codes that may sit before or after the amount, with
/// or without a space (`US$1,234.50`, `1 234,50 kr`, `SEK 1 234`, `R$ 12`).
/// Longer first: `US$` before `$`, `kr.` before `kr`.
const CURRENCIES: [&str; 38] = [
    "us$", "ca$", "au$", "nz$", "hk$", "mx$", "c$", "a$", "r$", "s$", "kr.", "kr", "sek", "nok",
    "dkk", "isk", "eur", "usd", "gbp", "chf", "cad", "aud", "nzd", "brl", "jpy", "cny", "inr",
    "pln", "mxn", "€", "$", "£", "¥", "₹", "zł", "円", "元", "₩",
];

/// Strips sign, percent, currency and parentheses; leaves in `core` the
/// digits with `.`, `,` and `b' '` (for every space-like group separator).
/// `None` when the cell is not shaped like a number at all.
fn shape(cell: &[u8], core: &mut Vec<u8>) -> Option<Shape> {
    core.clear();
    let mut rest = cell;
    let mut negative = false;
    let mut percent = false;
    // Most cells start and end with a digit: no sign, percent or currency.
    let digit_ends = |s: &[u8]| {
        s.first().is_some_and(u8::is_ascii_digit) && s.last().is_some_and(u8::is_ascii_digit)
    };
    if digit_ends(rest) {
        return core_digits(rest, core).map(|()| Shape { negative, percent });
    }
    if let Some(inner) = rest.strip_prefix(b"(").and_then(|r| r.strip_suffix(b")")) {
        negative = true;
        rest = trim(inner);
    }
    if let Some(r) = rest.strip_suffix(b"%") {
        percent = true;
        rest = trim(r);
    }
    // Sign and currency in either order, at either end.
    for _ in 0..2 {
        if let Some(r) = strip_minus(rest) {
            if negative {
                return None;
            }
            negative = true;
            rest = trim(r);
        } else if let Some(r) = rest.strip_prefix(b"+") {
            rest = trim(r);
        }
        rest = strip_currency(rest);
    }
    if !percent {
        if let Some(r) = rest.strip_suffix(b"%") {
            percent = true;
            rest = trim(r);
        }
    }
    if rest.is_empty() || !rest[0].is_ascii_digit() && rest[0] != b'.' && rest[0] != b',' {
        return None;
    }
    core_digits(rest, core).map(|()| Shape { negative, percent })
}

/// Copies digits, `.` and `,` to `core`, and a `b' '` for every space-like
/// group separator; `None` on anything else.
fn core_digits(rest: &[u8], core: &mut Vec<u8>) -> Option<()> {
    let mut i = 0;
    while i < rest.len() {
        let b = rest[i];
        match b {
            b'0'..=b'9' | b'.' | b',' => core.push(b),
            b' ' | b'\'' => core.push(b' '),
            _ => {
                let hidden = invisible_width(&rest[i..]);
                if hidden > 0 {
                    i += hidden;
                    continue;
                }
                let width = space_width(&rest[i..]);
                if width == 0 {
                    return None;
                }
                core.push(b' ');
                i += width;
                continue;
            }
        }
        i += 1;
    }
    if !core.iter().any(u8::is_ascii_digit) {
        return None;
    }
    Some(())
}

/// The digits in `core` read with `decimal` as the decimal mark, the other
/// of `.`/`,` and spaces as thousands separators in groups of three.
fn value_of(core: &[u8], decimal: u8) -> Option<f64> {
    let thousands = if decimal == b'.' { b',' } else { b'.' };
    let (int, frac) = match core.iter().position(|&b| b == decimal) {
        Some(at) => (&core[..at], Some(&core[at + 1..])),
        None => (core, None),
    };
    let mut buf = [0u8; 128];
    let mut len = 0;
    let mut push = |b: u8| -> Option<()> {
        *buf.get_mut(len)? = b;
        len += 1;
        Some(())
    };
    // Integer part: optional group separators, one kind, groups of three.
    let mut separator = None;
    let mut group = 0usize;
    let mut first_group = true;
    for &b in int {
        if b.is_ascii_digit() {
            push(b)?;
            group += 1;
        } else if b == thousands || b == b' ' {
            if separator.is_some_and(|s| s != b) || group == 0 || group > 3 {
                return None;
            }
            if !first_group && group != 3 {
                return None;
            }
            separator = Some(b);
            first_group = false;
            group = 0;
        } else {
            return None;
        }
    }
    if separator.is_some() && group != 3 {
        return None;
    }
    if let Some(frac) = frac {
        if !frac.iter().all(u8::is_ascii_digit) || int.is_empty() && frac.is_empty() {
            return None;
        }
        push(b'.')?;
        for &b in frac {
            push(b)?;
        }
    }
    if len == 0 || buf[..len] == *b"." {
        return None;
    }
    std::str::from_utf8(&buf[..len]).ok()?.parse::<f64>().ok()
}

/// Width in bytes of a space-like separator at the start: U+00A0 no-break
/// space, U+202F narrow no-break space, U+2009 thin space; 0 if none.
fn space_width(s: &[u8]) -> usize {
    if s.starts_with("\u{a0}".as_bytes()) {
        2
    } else if s.starts_with("\u{202f}".as_bytes()) || s.starts_with("\u{2009}".as_bytes()) {
        3
    } else {
        0
    }
}

fn strip_minus(s: &[u8]) -> Option<&[u8]> {
    s.strip_prefix(b"-")
        .or_else(|| s.strip_prefix("\u{2212}".as_bytes()))
}

fn strip_currency(s: &[u8]) -> &[u8] {
    currency_at_end(s).map_or(s, |(_, rest)| rest)
}

/// The currency sign or code at either end of `s` (as in `CURRENCIES`,
/// lowercase) and what is left without it.
fn currency_at_end(s: &[u8]) -> Option<(&'static str, &[u8])> {
    // No sign or code begins or ends with a digit (a test holds the list to
    // it): a cell with a digit at both ends, as most are, wears none.
    if s.first().is_some_and(u8::is_ascii_digit) && s.last().is_some_and(u8::is_ascii_digit) {
        return None;
    }
    for code in CURRENCIES {
        let bytes = code.as_bytes();
        if s.len() > bytes.len() {
            let (head, tail) = s.split_at(bytes.len());
            if head.eq_ignore_ascii_case(bytes) {
                return Some((code, trim(tail)));
            }
            let (head, tail) = s.split_at(s.len() - bytes.len());
            if tail.eq_ignore_ascii_case(bytes) {
                return Some((code, trim(head)));
            }
        }
    }
    None
}

/// A cell that is only a currency's code (`SEK`, `eur`): an ads export's
/// `Currency code` column.
pub fn currency_name(cell: &[u8]) -> Option<&'static str> {
    let cell = trim(cell);
    CURRENCIES
        .iter()
        .find(|c| {
            c.len() == 3
                && c.bytes().all(|b| b.is_ascii_lowercase())
                && cell.eq_ignore_ascii_case(c.as_bytes())
        })
        .copied()
}

/// What a number cell wears besides its digits: a percent sign, or a
/// currency (`okr init --from` guesses a metric's format from it).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Dress {
    #[default]
    Plain,
    Percent,
    /// The sign or code as written, lowercase (`us$`, `kr`, `€`, `sek`).
    Currency(&'static str),
}

/// The dress of a cell that reads as a number (`12,5 %`, `US$1,234.50`,
/// `(1 234 kr)`); `Plain` for anything else.
pub fn dress(cell: &[u8]) -> Dress {
    let mut rest = trim(cell);
    if let Some(inner) = rest.strip_prefix(b"(").and_then(|r| r.strip_suffix(b")")) {
        rest = trim(inner);
    }
    if rest.ends_with(b"%") || rest.starts_with(b"%") {
        return Dress::Percent;
    }
    for _ in 0..2 {
        if let Some(r) = strip_minus(rest).or_else(|| rest.strip_prefix(b"+")) {
            rest = trim(r);
        }
        if let Some((code, _)) = currency_at_end(rest) {
            return Dress::Currency(code);
        }
    }
    Dress::Plain
}

/// Characters that show nothing and mean nothing in a cell or a header: the
/// soft hyphen, zero-width space, non-joiner and joiner, word joiner and a
/// stray byte order mark.
pub const INVISIBLE: [char; 6] = [
    '\u{ad}', '\u{200b}', '\u{200c}', '\u{200d}', '\u{2060}', '\u{feff}',
];

/// The width in bytes of an invisible character (`INVISIBLE`) at the start
/// of `s`, or 0.
fn invisible_width(s: &[u8]) -> usize {
    match s {
        [0xC2, 0xAD, ..] => 2,
        [0xE2, 0x80, 0x8B..=0x8D, ..] | [0xE2, 0x81, 0xA0, ..] | [0xEF, 0xBB, 0xBF, ..] => 3,
        _ => 0,
    }
}

/// The width in bytes of an invisible character at the end of `s`, or 0.
fn invisible_width_back(s: &[u8]) -> usize {
    match s {
        [.., 0xC2, 0xAD] => 2,
        [.., 0xE2, 0x80, 0x8B..=0x8D] | [.., 0xE2, 0x81, 0xA0] | [.., 0xEF, 0xBB, 0xBF] => 3,
        _ => 0,
    }
}

/// Trims ASCII whitespace, the no-break spaces spreadsheets leave and the
/// invisible characters (`INVISIBLE`).
#[inline]
pub fn trim(s: &[u8]) -> &[u8] {
    let plain = |b: &u8| !b.is_ascii_whitespace() && *b < 0x80;
    if s.first().is_some_and(plain) && s.last().is_some_and(plain) {
        return s;
    }
    trim_slow(s)
}

/// `trim` of a cell that begins or ends with a space or a non-ASCII byte.
#[inline(never)]
fn trim_slow(mut s: &[u8]) -> &[u8] {
    loop {
        let before = s.len();
        s = s.trim_ascii();
        for space in ["\u{a0}", "\u{202f}", "\u{2009}"] {
            if let Some(r) = s.strip_prefix(space.as_bytes()) {
                s = r;
            }
            if let Some(r) = s.strip_suffix(space.as_bytes()) {
                s = r;
            }
        }
        s = &s[invisible_width(s)..];
        s = &s[..s.len() - invisible_width_back(s)];
        if s.len() == before {
            return s;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// currency_at_end skips cells with a digit at both ends: no sign or
    /// code may begin or end with one.
    #[test]
    fn no_currency_begins_or_ends_with_a_digit() {
        for code in CURRENCIES {
            let b = code.as_bytes();
            assert!(
                !b[0].is_ascii_digit() && !b[b.len() - 1].is_ascii_digit(),
                "{code}"
            );
        }
        assert_eq!(currency_at_end(b"12 kr"), Some(("kr", &b"12"[..])));
        assert_eq!(currency_at_end(b"$12"), Some(("$", &b"12"[..])));
        assert_eq!(currency_at_end(b"1 234,50"), None);
    }
    use proptest::prelude::*;

    fn read(cell: &str, decimal: u8) -> Result<Option<f64>, NumberError> {
        parse(cell.as_bytes(), decimal, &mut Vec::new())
    }

    #[test]
    fn a_cell_s_dress_is_its_percent_or_currency() {
        let d = |cell: &str| dress(cell.as_bytes());
        assert_eq!(d("12,5 %"), Dress::Percent);
        assert_eq!(d("(4.39%)"), Dress::Percent);
        assert_eq!(d("US$1,234.50"), Dress::Currency("us$"));
        assert_eq!(d("-1 234,50 kr"), Dress::Currency("kr"));
        assert_eq!(d("€ 99,50"), Dress::Currency("€"));
        assert_eq!(d("SEK 1 234"), Dress::Currency("sek"));
        assert_eq!(d("1234"), Dress::Plain);
        assert_eq!(d("Total"), Dress::Plain);
        assert_eq!(currency_name(b" SEK "), Some("sek"));
        assert_eq!(currency_name(b"kr"), None);
    }

    #[test]
    fn reads_every_notation() {
        let cases: &[(&str, u8, f64)] = &[
            ("12", b'.', 12.0),
            ("-12", b'.', -12.0),
            ("12.5", b'.', 12.5),
            (" 12.5 ", b'.', 12.5),
            ("12,5", b',', 12.5),
            ("1,234.5", b'.', 1234.5),
            ("1.234,5", b',', 1234.5),
            ("1 234,5", b',', 1234.5),
            ("1\u{a0}234,5", b',', 1234.5),
            ("1\u{202f}234,5", b',', 1234.5),
            ("1 234 567", b'.', 1234567.0),
            ("1,234,567.25", b'.', 1234567.25),
            ("9,380", b'.', 9380.0),
            ("9,380", b',', 9.38),
            ("1.234", b',', 1234.0),
            ("1.234", b'.', 1.234),
            ("3.2%", b'.', 0.032),
            ("1,73 %", b',', 0.0173),
            ("100%", b'.', 1.0),
            ("$1,234.50", b'.', 1234.5),
            ("-$1,234.50", b'.', -1234.5),
            ("$-12", b'.', -12.0),
            ("1 234,50 kr", b',', 1234.5),
            ("€1.234,50", b',', 1234.5),
            ("1.234,50 €", b',', 1234.5),
            ("SEK 1 234", b',', 1234.0),
            ("£12.50", b'.', 12.5),
            ("12.50 USD", b'.', 12.5),
            ("(12.5)", b'.', -12.5),
            ("\u{2212}5,5", b',', -5.5),
            ("+7", b'.', 7.0),
            ("1'234.5", b'.', 1234.5),
            (".5", b'.', 0.5),
            ("0,380", b',', 0.38),
            ("1.2E+05", b'.', 120000.0),
            ("3e-4", b'.', 0.0003),
            ("-2.5e3", b'.', -2500.0),
            ("1,5E-03", b',', 0.0015),
            ("7E2", b',', 700.0),
            // Money as ads and commerce tools write it.
            ("US$1,234.50", b'.', 1234.5),
            ("US$0.00", b'.', 0.0),
            ("US$ 12", b'.', 12.0),
            ("CA$1,234.50", b'.', 1234.5),
            ("A$12.50", b'.', 12.5),
            ("R$ 1.234,50", b',', 1234.5),
            ("1.234,50 R$", b',', 1234.5),
            ("¥1,234", b'.', 1234.0),
            ("1 234,50\u{a0}kr", b',', 1234.5),
            ("kr 1 234,50", b',', 1234.5),
            ("1.234,50 kr.", b',', 1234.5),
            ("NOK 1 234", b',', 1234.0),
            ("DKK1.234,50", b',', 1234.5),
            ("1 234 SEK", b',', 1234.0),
            ("€ 1.234,50", b',', 1234.5),
            ("£1,234.50", b'.', 1234.5),
            ("-US$5.00", b'.', -5.0),
            // Invisible characters around and inside.
            ("\u{200b}12\u{ad}", b'.', 12.0),
            ("1\u{200b}234,5", b',', 1234.5),
            ("\u{feff}7", b'.', 7.0),
        ];
        for &(cell, decimal, want) in cases {
            let got = read(cell, decimal);
            assert!(
                matches!(got, Ok(Some(v)) if (v - want).abs() < 1e-9),
                "{cell:?} with {}: got {got:?}, want {want}",
                decimal as char
            );
        }
    }

    #[test]
    fn missing_values_are_not_zero() {
        for cell in ["", "  ", "--", " -- ", "n/a", "N/A", "\u{a0}", "\u{200b}"] {
            assert_eq!(read(cell, b'.'), Ok(None), "{cell:?}");
            assert!(is_missing(cell.as_bytes()), "{cell:?}");
            assert!(!is_error_cell(cell.as_bytes()), "{cell:?}");
        }
        for cell in [
            "NaN", "NAN", "nan", "-nan", "#N/A", "#DIV/0!", "#VALUE!", "#REF!", "#n/a", "#NAME?",
        ] {
            assert_eq!(read(cell, b'.'), Ok(None), "{cell:?}");
            assert!(is_missing(cell.as_bytes()), "{cell:?}");
            assert!(is_error_cell(cell.as_bytes()), "{cell:?}");
        }
        assert!(!is_missing(b"0"));
    }

    #[test]
    fn refuses_non_finite_and_garbage() {
        for cell in ["inf", "-inf", "Infinity", "+inf", "1e999", "INF"] {
            assert_eq!(read(cell, b'.'), Err(NumberError::NotFinite), "{cell:?}");
        }
        let bad: &[(&str, u8)] = &[
            ("12,5x", b','),
            ("abc", b'.'),
            ("1,5", b'.'),
            ("1.2.3", b'.'),
            ("12,34,5", b'.'),
            ("1,2345.6", b'.'),
            ("1.234.5", b','),
            ("--5", b'.'),
            ("5-", b'.'),
            ("1e5x", b'.'),
            ("1e", b'.'),
            ("e5", b'.'),
            ("1.2.3e4", b'.'),
            ("1,5e3", b'.'),
            ("$", b'.'),
            ("%", b'.'),
            ("1 23", b'.'),
        ];
        for &(cell, decimal) in bad {
            assert_eq!(read(cell, decimal), Err(NumberError::Invalid), "{cell:?}");
        }
    }

    #[test]
    fn evidence_for_the_decimal_mark() {
        let cases: &[(&str, Evidence)] = &[
            ("12", Evidence::Integer),
            ("1 234", Evidence::Integer),
            ("1.38", Evidence::Dot),
            ("0.125", Evidence::Dot),
            ("1234.567", Evidence::Dot),
            ("1,234.5", Evidence::Dot),
            ("9,380,000", Evidence::Dot),
            ("1,5", Evidence::Comma),
            ("2,25", Evidence::Comma),
            ("0,125", Evidence::Comma),
            ("1.234,5", Evidence::Comma),
            ("1 234,50", Evidence::Comma),
            ("1.234.567", Evidence::Comma),
            ("1,73 %", Evidence::Comma),
            ("9,380", Evidence::AmbiguousComma),
            ("\"2,800\"", Evidence::NotANumber),
            ("2,800", Evidence::AmbiguousComma),
            ("12.500", Evidence::AmbiguousDot),
            ("2026-01-05", Evidence::NotANumber),
            ("1.2E+05", Evidence::Dot),
            ("3e-4", Evidence::Integer),
            ("1,5E-03", Evidence::Comma),
            ("05.01.2026", Evidence::NotANumber),
            ("Organic", Evidence::NotANumber),
            ("", Evidence::NotANumber),
        ];
        for &(cell, want) in cases {
            assert_eq!(evidence(cell.as_bytes(), &mut Vec::new()), want, "{cell:?}");
        }
    }

    /// Formats `int` with `sep` every three digits.
    fn grouped(int: u64, sep: &str) -> String {
        let digits = int.to_string();
        let mut out = String::new();
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                out.push_str(sep);
            }
            out.push(c);
        }
        out
    }

    proptest! {
        #[test]
        fn round_trips_in_every_notation(
            int in 0u64..10_000_000_000,
            cents in 0u32..100,
            negative in any::<bool>(),
            style in 0usize..12,
        ) {
            let value = int as f64 + f64::from(cents) / 100.0;
            let frac = format!("{cents:02}");
            let (text, decimal) = match style {
                0 => (format!("{int}.{frac}"), b'.'),
                1 => (format!("{int},{frac}"), b','),
                2 => (format!("{}.{frac}", grouped(int, ",")), b'.'),
                3 => (format!("{},{frac}", grouped(int, ".")), b','),
                4 => (format!("{},{frac}", grouped(int, " ")), b','),
                5 => (format!("{},{frac}", grouped(int, "\u{a0}")), b','),
                6 => (format!("${}.{frac}", grouped(int, ",")), b'.'),
                7 => (format!("US${}.{frac}", grouped(int, ",")), b'.'),
                8 => (format!("€{},{frac}", grouped(int, ".")), b','),
                9 => (format!("SEK {},{frac}", grouped(int, " ")), b','),
                10 => (format!("{},{frac}\u{a0}kr.", grouped(int, ".")), b','),
                _ => (format!("{},{frac} kr", grouped(int, "\u{202f}")), b','),
            };
            let text = if negative { format!("-{text}") } else { text };
            let want = if negative { -value } else { value };
            let got = read(&text, decimal);
            prop_assert!(matches!(got, Ok(Some(v)) if (v - want).abs() <= 1e-9 * want.abs().max(1.0)),
                "{text:?}: {got:?}");
        }

        #[test]
        fn round_trips_rust_floats(value in -1e12f64..1e12) {
            let text = value.to_string();
            prop_assert_eq!(read(&text, b'.'), Ok(Some(value)));
            let comma = text.replace('.', ",");
            prop_assert_eq!(read(&comma, b','), Ok(Some(value)));
        }

        #[test]
        fn percent_is_a_fraction(basis in 0u32..100_000) {
            let text = format!("{}.{:02}%", basis / 100, basis % 100);
            let want = f64::from(basis) / 10_000.0;
            let got = read(&text, b'.');
            prop_assert!(matches!(got, Ok(Some(v)) if (v - want).abs() < 1e-12), "{text}: {got:?}");
        }

        #[test]
        fn plain_evidence_is_evidence(cell in "-?[0-9]{0,5}([.,][0-9]{0,4})?|[-0-9.,]{0,8}") {
            if let Some(quick) = plain_evidence(cell.as_bytes()) {
                prop_assert_eq!(quick, evidence(cell.as_bytes(), &mut Vec::new()), "{:?}", cell);
                prop_assert_eq!(dress(cell.as_bytes()), Dress::Plain);
            }
        }

        #[test]
        fn never_panics(cell in "\\PC{0,20}") {
            let _ = read(&cell, b'.');
            let _ = read(&cell, b',');
            let _ = evidence(cell.as_bytes(), &mut Vec::new());
        }
    }
}
