//! `--format csv`: one row per key result, for spreadsheets.
//!
//! Columns: `objective_id, objective_title, kr_id, kr_title, owner, metric,
//! value, start, target, progress, expected, status, stale, partial,
//! forecast, grade, run_rate, window_start, window_end`.
//!
//! - Only key results get rows: every row has the same meaning, so a sheet
//!   can filter, sort and pivot without tripping over objective roll-ups
//!   (those are in the JSON output). A row names its own objective, the
//!   nearest one, whatever the nesting.
//! - `owner` is the key result's owner, else its objective's.
//! - Numbers are plain (`.` decimal, no grouping) at full precision, whatever
//!   the locale; a cell with no data or that does not apply is empty.
//!   `stale` and `partial` are `true`/`false` (`stale` is empty without data).
//! - Text from the OKR file that a spreadsheet would run as a formula (it
//!   starts with `=`, `+`, `-`, `@`, a tab or a carriage return) gets a
//!   leading `'`. Numbers written here are never escaped.
//! - With `okr status --since`, three more columns: `moved_since,
//!   moved_value, moved_progress` (the changes since that day).

use crate::render::walk;
use crate::report::{KeyResultReport, ObjectiveReport, Report};

const HEADER: [&str; 19] = [
    "objective_id",
    "objective_title",
    "kr_id",
    "kr_title",
    "owner",
    "metric",
    "value",
    "start",
    "target",
    "progress",
    "expected",
    "status",
    "stale",
    "partial",
    "forecast",
    "grade",
    "run_rate",
    "window_start",
    "window_end",
];

/// The CSV text, header first, rows in tree order.
pub fn render(report: &Report) -> String {
    let objectives = walk(&report.objectives);
    // `okr status --since`: three more columns.
    let moved = objectives
        .iter()
        .any(|(_, o)| o.key_results.iter().any(|kr| kr.moved.is_some()));
    let mut header = HEADER.to_vec();
    if moved {
        header.extend(MOVED_HEADER);
    }
    let rows = objectives.iter().flat_map(|&(_, objective)| {
        objective.key_results.iter().map(move |kr| {
            let mut cells = row(objective, kr).to_vec();
            if moved {
                let m = kr.moved;
                cells.extend([
                    m.map(|m| m.since.to_string()).unwrap_or_default(),
                    number(m.and_then(|m| m.value)),
                    number(m.and_then(|m| m.progress)),
                ]);
            }
            cells
        })
    });
    sheet(&header, rows)
}

/// A CSV text: the header, then a record a row, quoted where CSV needs it.
/// Every `--format csv` writes through here.
pub(crate) fn sheet<R>(header: &[&str], rows: impl IntoIterator<Item = R>) -> String
where
    R: IntoIterator,
    R::Item: AsRef<[u8]>,
{
    // In memory: writing cannot fail, nor can the text be other than UTF-8.
    let mut writer = csv::Writer::from_writer(Vec::new());
    let _ = writer.write_record(header);
    for row in rows {
        let _ = writer.write_record(row);
    }
    String::from_utf8(writer.into_inner().unwrap_or_default()).unwrap_or_default()
}

/// The columns `okr status --since` adds.
const MOVED_HEADER: [&str; 3] = ["moved_since", "moved_value", "moved_progress"];

fn row(objective: &ObjectiveReport, kr: &KeyResultReport) -> [String; 19] {
    let owner = kr.owner.as_deref().or(objective.owner.as_deref());
    [
        text(&objective.id),
        text(&objective.title),
        text(&kr.id),
        text(&kr.title),
        owner.map(text).unwrap_or_default(),
        kr.metric.as_deref().map(text).unwrap_or_default(),
        number(kr.value),
        number(kr.start),
        number(kr.target),
        number(kr.progress),
        number(kr.expected),
        kr.status.name().to_string(),
        kr.stale.map(|s| s.to_string()).unwrap_or_default(),
        kr.partial.to_string(),
        number(kr.forecast),
        number(kr.grade),
        number(kr.run_rate),
        kr.window.map(|w| w.start.to_string()).unwrap_or_default(),
        kr.window.map(|w| w.end.to_string()).unwrap_or_default(),
    ]
}

/// Full precision, shortest round-trip form; empty for null.
pub(crate) fn number(value: Option<f64>) -> String {
    value
        .filter(|v| v.is_finite())
        .map(|v| v.to_string())
        .unwrap_or_default()
}

/// A user string, defused against spreadsheet formula injection.
pub(crate) fn text(value: &str) -> String {
    if value.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{value}")
    } else {
        value.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::tests::sample_report;

    #[test]
    fn formula_like_text_is_escaped() {
        let cases = [
            ("=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"),
            ("+1", "'+1"),
            ("-2", "'-2"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("\tx", "'\tx"),
            ("\rx", "'\rx"),
            ("plain", "plain"),
            ("a=b", "a=b"),
            ("", ""),
        ];
        for (input, want) in cases {
            assert_eq!(text(input), want, "{input:?}");
        }
    }

    #[test]
    fn numbers_are_plain_and_negative_numbers_are_not_escaped() {
        assert_eq!(number(Some(-0.25)), "-0.25");
        assert_eq!(number(Some(1234567.5)), "1234567.5");
        assert_eq!(number(Some(46.0 / 90.0)), "0.5111111111111111");
        assert_eq!(number(Some(3.0)), "3");
        assert_eq!(number(None), "");
        assert_eq!(number(Some(f64::NAN)), "");
    }

    #[test]
    fn one_row_per_key_result_that_reads_back() {
        let report = sample_report();
        let text = render(&report);
        let mut reader = csv::Reader::from_reader(text.as_bytes());
        assert_eq!(reader.headers().unwrap(), HEADER.as_slice());
        let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
        let krs: usize = walk(&report.objectives)
            .iter()
            .map(|(_, o)| o.key_results.len())
            .sum();
        assert_eq!(rows.len(), krs);
        let churn = rows.iter().find(|r| &r[2] == "churn").unwrap();
        assert_eq!(&churn[0], "pipeline");
        assert_eq!(&churn[3], "'=cmd|' /C calc'!A0 cut churn\nto 3%");
        assert_eq!(&churn[4], "Success");
        let mql = rows.iter().find(|r| &r[2] == "mql-monthly").unwrap();
        assert_eq!(&mql[4], "marketing");
        assert_eq!(&mql[11], "guardrail-breached");
    }
}
