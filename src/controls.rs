//! Control characters from the data never reach a terminal (DESIGN.md
//! section 1.3): a title holding `ESC ] 0;pwned BEL` (set the window title)
//! or `ESC [2J` (clear the screen) is shown as `\u{1b}]0;pwned\u{7}`, as git
//! and ls show such names. Every text `okr` writes (stdout, stderr, files
//! it writes) goes through [`escape`], so no renderer has to remember it.

use std::borrow::Cow;
use std::sync::atomic::{AtomicBool, Ordering};

/// Set when stdout is colored: the renderers' own SGR sequences
/// (`ESC [ ... m`) are kept then, and only then.
static COLORED: AtomicBool = AtomicBool::new(false);

/// Says that this run colors stdout.
/// `text` on one line: every run of ASCII whitespace (newlines and tabs
/// too) as one space, for a table cell or a TOML comment. No-break spaces
/// stay, so a number such as `1 348,5` keeps its groups when a cell wraps.
pub fn one_line(text: &str) -> String {
    text.split_ascii_whitespace().collect::<Vec<_>>().join(" ")
}

/// `text` in `style` (an SGR sequence and its reset); empty or unstyled
/// text as is.
pub fn paint(text: &str, style: Option<anstyle::Style>) -> String {
    match style {
        Some(style) if !text.trim().is_empty() => format!("{style}{text}{style:#}"),
        _ => text.to_string(),
    }
}

pub fn set_colored(on: bool) {
    COLORED.store(on, Ordering::Relaxed);
}

/// `text` with every control character but newline and tab escaped as
/// `\u{..}`, bidirectional overrides too; SGR color sequences kept when
/// stdout is colored.
pub fn escape_stdout(text: &str) -> Cow<'_, str> {
    escape(text, COLORED.load(Ordering::Relaxed))
}

/// `text` with every control character but newline and tab escaped as
/// `\u{..}` (C0, DEL, C1, the bidirectional overrides that reorder what a
/// terminal shows, and U+FFFE and U+FFFF, which XML forbids); with
/// `keep_sgr`, `ESC [ digits;... m` stays.
pub fn escape(text: &str, keep_sgr: bool) -> Cow<'_, str> {
    if !may_need_escape(text.as_bytes()) || !text.chars().any(needs_escape) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        if c == '\u{1b}' && keep_sgr {
            if let Some(len) = sgr_len(rest) {
                out.push_str(&rest[..len]);
                rest = &rest[len..];
                continue;
            }
        }
        if needs_escape(c) {
            out.push_str(&format!("\\u{{{:x}}}", u32::from(c)));
        } else {
            out.push(c);
        }
        rest = &rest[c.len_utf8()..];
    }
    Cow::Owned(out)
}

/// False when no character of `bytes` can need escaping: no C0 byte but
/// newline and tab, no DEL, and none of the lead bytes of C1 (0xC2), the
/// bidirectional controls (0xE2) and U+FFFE/U+FFFF (0xEF). A pass a
/// compiler vectorizes, so a large output is checked at memory speed.
fn may_need_escape(bytes: &[u8]) -> bool {
    bytes.chunks(64).any(|chunk| {
        chunk.iter().fold(false, |seen, &b| {
            seen | (b < 0x20 && b != b'\n' && b != b'\t')
                | (b == 0x7f)
                | (b == 0xc2)
                | (b == 0xe2)
                | (b == 0xef)
        })
    })
}

fn needs_escape(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
        // Not characters in XML 1.0: a JUnit report with them is not XML.
        || matches!(c, '\u{fffe}' | '\u{ffff}')
}

/// The length of an SGR sequence at the start of `text`.
fn sgr_len(text: &str) -> Option<usize> {
    let body = text.strip_prefix("\u{1b}[")?;
    let params = body
        .bytes()
        .take_while(|b| b.is_ascii_digit() || *b == b';')
        .count();
    (body.as_bytes().get(params) == Some(&b'm')).then_some(2 + params + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controls_are_escaped_as_git_does() {
        let title = "Grow \u{1b}]0;pwned\u{7}\u{1b}[2J MQLs\r\n\tnext";
        assert_eq!(
            escape(title, false),
            "Grow \\u{1b}]0;pwned\\u{7}\\u{1b}[2J MQLs\\u{d}\n\tnext"
        );
        assert_eq!(
            escape("\u{9b}\u{7f}\u{202e}x", false),
            "\\u{9b}\\u{7f}\\u{202e}x"
        );
        assert_eq!(escape("a\u{fffe}b", false), "a\\u{fffe}b");
        assert!(matches!(
            escape("plain åäö ≥ 90 %", false),
            Cow::Borrowed(_)
        ));
    }

    #[test]
    fn the_byte_check_misses_no_character_that_needs_escaping() {
        let mut buf = [0u8; 4];
        for c in (0..=0x10ffff).filter_map(char::from_u32) {
            if needs_escape(c) {
                assert!(may_need_escape(c.encode_utf8(&mut buf).as_bytes()), "{c:?}");
            }
        }
        assert!(!may_need_escape("plain åäö 90 %\n\t".as_bytes()));
    }

    #[test]
    fn color_is_kept_only_when_asked() {
        let red = "\u{1b}[31moff-track\u{1b}[0m \u{1b}[2J";
        assert_eq!(escape(red, true), "\u{1b}[31moff-track\u{1b}[0m \\u{1b}[2J");
        assert_eq!(
            escape(red, false),
            "\\u{1b}[31moff-track\\u{1b}[0m \\u{1b}[2J"
        );
    }
}
