//! `okr experiments`: the backlog by ICE, what runs, and the success and
//! fail boards, as a terminal view, CSV, Markdown or JSON.

use std::fmt::Write as _;

use chrono::NaiveDate;

use super::grid::{Align, Grid};
use super::number::{self, Locale};
use super::{Format, RenderOptions};
use crate::report::{ExperimentBoard, ExperimentReport};
use crate::t;

/// The board in `format`, ending with a newline.
pub fn render(board: &ExperimentBoard, format: Format, opts: &RenderOptions) -> String {
    match format {
        Format::Json => serde_json::to_string_pretty(board).unwrap_or_default() + "\n",
        Format::Csv => csv(board),
        Format::Markdown => markdown(board, opts),
        Format::Table => table(board, opts),
    }
}

/// The sections in the order a team reads them, with their headings.
fn sections(board: &ExperimentBoard) -> [(String, &[ExperimentReport]); 5] {
    [
        (t!("exp-running"), &board.running),
        (t!("exp-backlog"), &board.backlog),
        (t!("exp-won"), &board.won),
        (t!("exp-lost"), &board.lost),
        (t!("exp-inconclusive"), &board.inconclusive),
    ]
}

fn ice(e: &ExperimentReport, locale: Locale) -> String {
    match (e.ice, e.impact, e.confidence, e.ease) {
        (Some(s), Some(i), Some(c), Some(x)) => {
            format!("{} ({i}/{c}/{x})", number::score(s, locale))
        }
        _ => "—".to_string(),
    }
}

fn dates(e: &ExperimentReport, locale: Locale) -> String {
    dates_between(e.start, e.end, locale)
}

/// An experiment's dates: `2026-10-05 – 2026-11-01`, `from 2026-11-09`,
/// empty without either.
pub(super) fn dates_between(
    start: Option<NaiveDate>,
    end: Option<NaiveDate>,
    locale: Locale,
) -> String {
    let day = |d| number::date(d, locale);
    match (start, end) {
        (Some(s), Some(end)) => format!("{} – {}", day(s), day(end)),
        (Some(s), None) => t!("exp-from", date = day(s)),
        (None, Some(end)) => t!("exp-until", date = day(end)),
        (None, None) => String::new(),
    }
}

/// `+12.0 % (expected +20.0 %)`, or what is missing.
pub fn lift(e: &ExperimentReport, locale: Locale) -> String {
    let pct = |x: f64| {
        let text = number::percent(x, Some(1), locale);
        if x > 0.0 {
            format!("+{text}")
        } else {
            text
        }
    };
    let actual = match (&e.metric, e.actual_lift) {
        (None, _) => return String::new(),
        (Some(_), Some(a)) if e.partial => t!("exp-lift-so-far", lift = pct(a)),
        (Some(_), Some(a)) => pct(a),
        (Some(_), None) if e.start.is_none() => t!("exp-no-dates"),
        (Some(_), None) if e.value.is_some() && e.baseline_value.is_none() => {
            t!("exp-no-baseline")
        }
        (Some(_), None) => t!("exp-no-data"),
    };
    match e.expected_lift {
        Some(x) => t!("exp-lift-expected", lift = actual, expected = pct(x)),
        None => actual,
    }
}

fn table(board: &ExperimentBoard, opts: &RenderOptions) -> String {
    let locale = Locale::from_tag(&opts.locale);
    let mut out = t!(
        "exp-title",
        cycle = board.cycle.as_str(),
        date = number::date(board.as_of, locale)
    );
    out.push('\n');
    for (title, list) in sections(board) {
        if list.is_empty() {
            continue;
        }
        let _ = write!(out, "\n{title}\n");
        // Owner, then dates, then the key results go when the terminal is narrow.
        let mut t = Grid::new()
            .column(t!("exp-col-experiment"), Align::Left)
            .optional(t!("exp-col-key-results"), Align::Left, 2)
            .optional(t!("exp-col-owner"), Align::Left, 0)
            .column(t!("exp-col-ice"), Align::Right)
            .optional(t!("exp-col-dates"), Align::Left, 1)
            .column(t!("exp-col-lift"), Align::Right);
        for e in list {
            let mut what = e.title.clone();
            if let Some(h) = &e.hypothesis {
                let _ = write!(what, "\n  {h}");
            }
            if let Some(l) = &e.learning {
                let _ = write!(what, "\n  {}", t!("exp-learned", learning = l.as_str()));
            }
            t.row([
                format!("{}\n{what}", e.id),
                e.key_results.join(", "),
                e.owner.clone().unwrap_or_default(),
                ice(e, locale),
                dates(e, locale),
                lift(e, locale),
            ]);
        }
        out.push_str(&t.render(opts.width));
    }
    if !board.needs_experiment.is_empty() {
        let _ = write!(
            out,
            "\n⚑ {}\n",
            t!(
                "exp-needs-experiment",
                ids = board.needs_experiment.join(", ")
            )
        );
    }
    if board.is_empty() {
        let _ = write!(out, "\n{}\n", t!("exp-none"));
    }
    out
}

fn csv(board: &ExperimentBoard) -> String {
    use super::csv::{number as num, sheet, text};
    let opt = |v: Option<u8>| v.map_or(String::new(), |v| v.to_string());
    let rows = sections(board).into_iter().flat_map(|(_, list)| list);
    let rows = rows.map(|e| {
        [
            text(&e.id),
            text(&e.title),
            e.status.to_string(),
            text(&e.key_results.join(" ")),
            text(e.owner.as_deref().unwrap_or("")),
            num(e.ice),
            opt(e.impact),
            opt(e.confidence),
            opt(e.ease),
            e.start.map_or(String::new(), |d| d.to_string()),
            e.end.map_or(String::new(), |d| d.to_string()),
            text(e.metric.as_deref().unwrap_or("")),
            num(e.expected_lift),
            num(e.actual_lift),
            num(e.value),
            num(e.baseline_value),
            e.partial.to_string(),
            text(e.hypothesis.as_deref().unwrap_or("")),
            text(e.learning.as_deref().unwrap_or("")),
        ]
    });
    sheet(
        &[
            "id",
            "title",
            "status",
            "key_results",
            "owner",
            "ice",
            "impact",
            "confidence",
            "ease",
            "start",
            "end",
            "metric",
            "expected_lift",
            "actual_lift",
            "value",
            "baseline_value",
            "partial",
            "hypothesis",
            "learning",
        ],
        rows,
    )
}

fn markdown(board: &ExperimentBoard, opts: &RenderOptions) -> String {
    markdown_board(board, Locale::from_tag(&opts.locale))
}

/// The Markdown board, with each experiment's id (to name it in commands).
pub fn markdown_board(board: &ExperimentBoard, locale: Locale) -> String {
    markdown_board_for(board, locale, true)
}

/// The Markdown board; the quarterly review's names experiments by their
/// titles alone (`ids` false).
pub fn markdown_board_for(board: &ExperimentBoard, locale: Locale, ids: bool) -> String {
    use super::markdown::escape;
    let mut out = format!(
        "## {}\n",
        t!(
            "exp-md-title",
            cycle = escape(&board.cycle),
            date = number::date(board.as_of, locale)
        )
    );
    for (title, list) in sections(board) {
        if list.is_empty() {
            continue;
        }
        let header = [
            t!("exp-col-experiment"),
            t!("exp-col-key-results"),
            t!("exp-col-owner"),
            t!("exp-col-ice"),
            t!("exp-col-dates"),
            t!("exp-col-lift"),
            t!("exp-col-learning"),
        ]
        .map(|h| escape(&h))
        .join(" | ");
        let _ = write!(
            out,
            "\n### {}\n\n| {header} |\n| :--- | :--- | :--- | ---: | :--- | ---: | :--- |\n",
            escape(&title)
        );
        for e in list {
            let mut what = format!("**{}**", escape(&e.title));
            if ids {
                let _ = write!(what, " ({})", escape(&e.id));
            }
            if let Some(h) = &e.hypothesis {
                // No `<br>`: GitHub's safe mode strips raw HTML from a cell.
                let _ = write!(what, " — {}", escape(h));
            }
            let _ = writeln!(
                out,
                "| {what} | {} | {} | {} | {} | {} | {} |",
                escape(&e.key_results.join(", ")),
                escape(e.owner.as_deref().unwrap_or("")),
                ice(e, locale),
                dates(e, locale),
                escape(&lift(e, locale)),
                escape(e.learning.as_deref().unwrap_or(""))
            );
        }
    }
    if !board.needs_experiment.is_empty() {
        let _ = write!(
            out,
            "\n⚑ {}\n",
            t!(
                "exp-md-needs-experiment",
                ids = escape(&board.needs_experiment.join(", "))
            )
        );
    }
    out
}
