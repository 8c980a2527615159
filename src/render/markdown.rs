//! `--format markdown`: GitHub-flavoured Markdown for quarterly reviews and
//! pull-request comments. A title, the North Star, then one heading per
//! objective (`##` top level, one `#` more per level of alignment) with a
//! table of its key results.
//!
//! Every string from the OKR file is escaped, so a title can neither break a
//! table (`|`, newlines) nor inject markup or HTML (`<script>` shows as text).

use std::fmt::Write;

use crate::render::cells;
use crate::render::number::{self, Locale};
use crate::render::words;
use crate::render::{walk, RenderOptions};
use crate::report::{
    InputReport, KeyResultReport, NorthStarReport, ObjectiveReport, Report, Status,
};
use crate::t;

pub fn render(report: &Report, opts: &RenderOptions) -> String {
    let locale = Locale::from_tag(&opts.locale);
    let mut out = String::new();
    let cycle = &report.cycle;
    let _ = writeln!(
        out,
        "# {}\n",
        t!(
            "st-md-title",
            cycle = escape(&cycle.name),
            date = number::date(report.as_of, locale)
        )
    );
    let _ = writeln!(
        out,
        "{}\n",
        t!(
            "st-md-cycle",
            start = number::date(cycle.start, locale),
            end = number::date(cycle.end, locale),
            state = cells::cycle_state(report, locale)
        )
    );
    if let Some(ns) = &report.north_star {
        north_star(&mut out, ns, locale);
    }
    if report.objectives.is_empty() {
        out.push_str(&t!("st-no-objectives"));
        out.push_str("\n\n");
    }
    let mut partial = false;
    for (depth, objective) in walk(&report.objectives) {
        partial |= objective.key_results.iter().any(|kr| kr.partial);
        objective_section(&mut out, objective, depth, locale);
    }
    if partial || report.north_star.as_ref().is_some_and(|ns| ns.partial) {
        let _ = writeln!(out, "\\{}\n", t!("st-md-partial"));
    }
    // One newline at the end, not a blank line.
    while out.ends_with("\n\n") {
        out.pop();
    }
    out
}

/// The North Star's heading, its purpose quoted under it (`okr status` and
/// the quarterly review).
pub(super) fn north_star_heading(out: &mut String, ns: &NorthStarReport) {
    let _ = writeln!(
        out,
        "## {}\n",
        t!("st-md-north-star", name = escape(&ns.name))
    );
    if let Some(purpose) = &ns.purpose {
        let _ = writeln!(out, "> {}\n", escape(purpose));
    }
}

fn north_star(out: &mut String, ns: &NorthStarReport, locale: Locale) {
    north_star_heading(out, ns);
    let _ = writeln!(
        out,
        "| {} | {} | {} | {} | {} | {} |",
        t!("st-col-value"),
        t!("st-col-target"),
        t!("st-col-progress"),
        t!("st-col-expected"),
        t!("st-col-status"),
        t!("st-md-period")
    );
    out.push_str("| ---: | ---: | ---: | ---: | :--- | :--- |\n");
    let value =
        cells::north_star_value(ns, numbers(locale))
            .map(|v| if ns.partial { v + "\\*" } else { v });
    let _ = writeln!(
        out,
        "| {} | {} | {} | {} | {} | {} |\n",
        value.as_deref().map(escape).unwrap_or_else(|| "—".into()),
        escape(&cells::north_star_target(ns, numbers(locale))),
        cells::share(ns.progress, locale),
        cells::share(ns.expected, locale),
        status_cell(ns.status, None, &cells::breaches(&ns.guardrails, locale)),
        ns.period
            .map(|p| cells::period(ns.grain, p, ns.partial))
            .unwrap_or_else(|| t!("st-md-before-cycle")),
    );
    if !ns.inputs.is_empty() {
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} |",
            t!("st-md-input"),
            t!("st-col-value"),
            t!("st-md-previous"),
            t!("st-md-change")
        );
        out.push_str("| :--- | ---: | ---: | ---: |\n");
        for input in &ns.inputs {
            input_row(out, input, &input_change(input, locale), locale);
        }
        out.push('\n');
    }
    let mut facts = Vec::new();
    if ns.trend.len() > 1 {
        facts.push(t!(
            "st-md-trend",
            grain = ns.grain.name(),
            line = cells::trend_line(&ns.trend, ns.trend.len(), ns.grain)
        ));
    }
    if let Some(action) = &ns.core_action {
        facts.push(match ns.frequency.as_deref() {
            Some(f) => t!(
                "st-md-core-action-every",
                action = escape(action),
                every = escape(&super::words::frequency(f))
            ),
            None => t!("st-md-core-action", action = escape(action)),
        });
    }
    if !facts.is_empty() {
        let _ = writeln!(out, "{}.\n", facts.join(". "));
    }
}

/// `okr status`'s change of an input: `+12.5%`, `-3%`, `0%`.
fn input_change(input: &InputReport, locale: Locale) -> String {
    match (input.value, input.previous) {
        (Some(now), Some(before)) if before != 0.0 => {
            let change = now / before - 1.0;
            let sign = if change > 0.0 { "+" } else { "" };
            format!("{sign}{}", number::percent(change, None, locale))
        }
        _ => String::new(),
    }
}

/// A North Star input's table row: its metric, value, previous value and
/// `change` (`okr status` and the quarterly review).
pub(super) fn input_row(out: &mut String, input: &InputReport, change: &str, locale: Locale) {
    let value = |v: Option<f64>| escape(&cells::input_value(input, v, locale));
    let _ = writeln!(
        out,
        "| {} | {} | {} | {change} |",
        escape(&input.metric),
        value(input.value),
        value(input.previous),
    );
}

fn objective_section(out: &mut String, objective: &ObjectiveReport, depth: usize, locale: Locale) {
    let hashes = "#".repeat((depth + 2).min(6));
    let _ = writeln!(out, "{hashes} {}\n", escape(&objective.title));
    let mut facts = Vec::new();
    if let Some(owner) = &objective.owner {
        facts.push(t!("st-md-owner", owner = escape(owner)));
    }
    facts.push(words::objective_type(objective.kind));
    if let Some(progress) = objective.progress {
        facts.push(t!(
            "st-md-progress",
            share = number::whole_percent(progress, locale)
        ));
    }
    if let Some(grade) = objective.grade {
        facts.push(t!("st-md-grade", grade = number::grade(grade, locale)));
    }
    facts.push(format!(
        "{} **{}**",
        badge(objective.status),
        words::status(objective.status)
    ));
    let _ = writeln!(out, "{}\n", facts.join(" · "));
    if objective.key_results.is_empty() {
        if objective.objectives.is_empty() {
            let _ = writeln!(out, "_{}_\n", t!("st-md-no-key-results"));
        }
        return;
    }
    let moved = objective.key_results.iter().any(|kr| kr.moved.is_some());
    let mut header = vec![
        t!("st-col-key-result"),
        t!("st-col-value"),
        t!("st-col-target"),
        t!("st-col-progress"),
        t!("st-col-expected"),
    ];
    if moved {
        header.push(t!("st-col-moved"));
    }
    header.push(t!("st-col-status"));
    let _ = writeln!(out, "| {} |", header.join(" | "));
    if moved {
        out.push_str("| :--- | ---: | ---: | ---: | ---: | ---: | :--- |\n");
    } else {
        out.push_str("| :--- | ---: | ---: | ---: | ---: | :--- |\n");
    }
    for kr in &objective.key_results {
        key_result_row(out, kr, locale);
    }
    out.push('\n');
}

fn key_result_row(out: &mut String, kr: &KeyResultReport, locale: Locale) {
    let value = match cells::kr_value(kr, numbers(locale)) {
        Some(v) if kr.partial => escape(&v) + "\\*",
        Some(v) => escape(&v),
        None => "—".to_string(),
    };
    let value = match cells::kr_run_rate_short(kr, numbers(locale)) {
        Some(rate) => format!("{value} ({})", escape(&rate)),
        None => value,
    };
    let moved = cells::moved(kr, numbers(locale))
        .map(|m| format!("{} | ", escape(&m)))
        .unwrap_or_default();
    let _ = writeln!(
        out,
        "| {} | {} | {} | {} | {} | {moved}{} |",
        escape(&kr.title),
        value,
        escape(&cells::kr_target(kr, numbers(locale))),
        cells::share(kr.progress, locale),
        cells::share(kr.expected, locale),
        status_cell(
            kr.status,
            kr.stale,
            &cells::breaches(&kr.guardrails, locale)
        ),
    );
}

fn status_cell(status: Status, stale: Option<bool>, breaches: &[String]) -> String {
    let mut cell = format!("{} {}", badge(status), cells::status(status, stale));
    if !breaches.is_empty() {
        let _ = write!(cell, ": {}", escape(&breaches.join(", ")));
    }
    cell
}

/// A colored mark to scan a long review by.
pub(crate) fn badge(status: Status) -> &'static str {
    match status {
        Status::Done => "✅",
        Status::OnTrack => "🟢",
        Status::AtRisk => "🟡",
        Status::OffTrack => "🔴",
        Status::Stalled => "🟣",
        Status::NoData => "⚪",
        Status::GuardrailBreached => "🛑",
        Status::Pending => "⏳",
    }
}

/// Markdown has room: full numbers, with units.
fn numbers(locale: Locale) -> cells::Numbers {
    cells::Numbers {
        locale,
        compact: false,
        units: true,
    }
}

/// User text made inert: Markdown punctuation and HTML brackets are
/// backslash-escaped (GitHub shows them as written), newlines become spaces.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        match ch {
            '\\' | '`' | '*' | '_' | '<' | '>' | '[' | ']' | '|' | '~' | '&' | '#' => {
                out.push('\\');
                out.push(ch);
            }
            '\r' | '\n' | '\t' => out.push(' '),
            _ => out.push(ch),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::tests::sample_report;

    #[test]
    fn escaping() {
        let cases = [
            ("plain title", "plain title"),
            (
                "<script>alert(1)</script>",
                "\\<script\\>alert(1)\\</script\\>",
            ),
            ("a | b", "a \\| b"),
            ("*bold* _it_ `code`", "\\*bold\\* \\_it\\_ \\`code\\`"),
            ("[link](http://x)", "\\[link\\](http://x)"),
            ("back\\slash", "back\\\\slash"),
            ("two\nlines\r\n", "two lines  "),
            ("AT&T #1 ~x~", "AT\\&T \\#1 \\~x\\~"),
        ];
        for (input, want) in cases {
            assert_eq!(escape(input), want, "{input:?}");
        }
    }

    #[test]
    fn every_table_row_has_the_same_number_of_cells() {
        let text = render(&sample_report(), &RenderOptions::default());
        // Tables come in blocks; all rows of a block have its header's cells.
        let mut cells = None;
        for line in text.lines() {
            if !line.starts_with('|') {
                cells = None;
                continue;
            }
            let unescaped_pipes = line
                .char_indices()
                .filter(|&(i, c)| c == '|' && !line[..i].ends_with('\\'))
                .count();
            assert_eq!(
                *cells.get_or_insert(unescaped_pipes),
                unescaped_pipes,
                "{line}"
            );
        }
        assert!(!text.contains("<script>"));
    }

    #[test]
    fn headings_nest_with_alignment() {
        let text = render(&sample_report(), &RenderOptions::default());
        assert!(text.contains("\n## Grow the company\n"));
        assert!(text.contains("\n### Build a pipeline that sales loves\n"));
    }
}
