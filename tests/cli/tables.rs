//! Every command that draws a table fits 80 and 120 columns: no line wider
//! than the terminal (in display columns), no number, date or id split
//! across lines. On the example and on a copy with long titles and notes,
//! with check-ins and a closed cycle so that `log` and `history` have rows.

use std::collections::BTreeSet;
use std::path::Path;

use unicode_width::UnicodeWidthStr;

use crate::util::*;

/// Every command that draws a table, with its arguments.
const COMMANDS: [&[&str]; 10] = [
    &["status", "--as-of", EXAMPLE_AS_OF],
    &["north-star", "--as-of", EXAMPLE_AS_OF],
    &["metrics"],
    &["sources"],
    &["experiments", "--as-of", EXAMPLE_AS_OF],
    &["check", "--as-of", EXAMPLE_AS_OF],
    &["log"],
    &["history"],
    &["show", "mql-monthly", "--as-of", EXAMPLE_AS_OF],
    &["digest", "--as-of", EXAMPLE_AS_OF],
];

fn stdout(config: &Path, args: &[&str], columns: usize) -> String {
    let out = in_project(config, args, columns).output().unwrap();
    assert!(
        matches!(out.status.code(), Some(0 | 1)),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// The words of `text` (split at ASCII whitespace only, as the tables
/// wrap) that hold a digit: numbers, dates, ids with numbers.
fn numeric_words(text: &str) -> BTreeSet<String> {
    text.split([' ', '\n'])
        .map(|w| w.trim_matches(|c: char| matches!(c, '(' | ')' | ',' | ';' | ':' | '.')))
        .filter(|w| w.chars().any(|c| c.is_ascii_digit()))
        .map(str::to_string)
        .collect()
}

fn fits(config: &Path, wide: bool) {
    for args in COMMANDS {
        // Drawn with room to spare, nothing wraps: the words as they are.
        let whole = numeric_words(&stdout(config, args, 1000));
        for columns in [80, 120] {
            let text = stdout(config, args, columns);
            assert!(!text.trim().is_empty(), "{args:?} printed nothing");
            for line in text.lines() {
                assert!(
                    line.width() <= columns,
                    "{args:?} wide={wide}: wider than {columns}: {line:?}\n{text}"
                );
            }
            // A number, date or id cut across lines leaves pieces that are
            // no word of the unwrapped drawing.
            // The footer naming columns left out is no drawing of data.
            let drawn: String = text
                .lines()
                .filter(|l| !l.starts_with('(') || !l.contains("left out"))
                .map(|l| l.to_string() + "\n")
                .collect();
            for word in numeric_words(&drawn) {
                assert!(
                    whole.contains(&word),
                    "{args:?} wide={wide} at {columns}: `{word}` is not whole\n{text}"
                );
            }
        }
    }
}

#[test]
fn every_table_fits_80_and_120_columns_on_the_example() {
    let (_dir, config) = example_project(false);
    fits(&config, false);
}

#[test]
fn every_table_fits_80_and_120_columns_with_long_titles() {
    let (_dir, config) = example_project(true);
    fits(&config, true);
}

/// What a user sees at 80 columns, command by command.
#[test]
fn tables_at_80_columns() {
    let (_dir, config) = example_project(true);
    for args in COMMANDS {
        let text = stdout(&config, args, 80);
        insta::assert_snapshot!(format!("tables_80_{}", args[0]), text);
    }
}

/// The stacked status tree (narrow terminals) with a Moved column fits:
/// its cells wrap at spaces, as every table's do, rather than run over.
#[test]
fn the_stacked_status_with_moved_fits_narrow_terminals() {
    let (_dir, config) = example_project(false);
    for columns in [46, 48, 50] {
        let text = stdout(
            &config,
            &["status", "--as-of", EXAMPLE_AS_OF, "--since", "14d"],
            columns,
        );
        assert!(text.contains("Moved"), "{text}");
        for line in text.lines() {
            assert!(
                line.width() <= columns,
                "wider than {columns}: {line:?}\n{text}"
            );
        }
    }
}
