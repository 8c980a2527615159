//! `okr report`: the quarterly review. [`Review`] holds what both of its
//! formats show (the tree at the as-of date, the tree at `--since` for "what
//! moved", each key result's history and the experiments); [`markdown`]
//! draws it for wikis and pull requests, [`super::html`] for print.
//!
//! Every string from the OKR file goes through
//! [`escape`](super::markdown::escape) here and [`super::html::escape`] there.

use std::collections::{BTreeMap, HashMap};
use std::fmt::Write;

use chrono::NaiveDate;

use super::cells;
use super::markdown::{badge, escape};
use super::number::{self, Locale};
use super::walk;
use crate::config::model::{Experiment, ExperimentStatus};
use crate::report::{
    GuardrailReport, GuardrailState, History, KeyResultReport, ObjectiveReport, Report, Status,
};

/// Everything the review shows, computed by the CLI.
#[derive(Debug, Clone)]
pub struct Review {
    /// The tree at the as-of date, narrowed by `--owner`/`--objective`.
    pub report: Report,
    /// "What moved" is measured from this day.
    pub since: NaiveDate,
    /// The whole tree evaluated at `since`.
    pub before: Report,
    /// Each shown key result's history, by id.
    pub histories: BTreeMap<String, History>,
    /// The experiments on the shown key results, in the order of the file.
    pub experiments: Vec<Experiment>,
    /// The success and fail boards of those experiments, with their lift.
    pub board: Option<crate::report::ExperimentBoard>,
    /// `[settings] locale`.
    pub locale: Locale,
    /// Lookups by id into `before` and `experiments`, built on first use.
    pub index: std::sync::OnceLock<ReviewIndex>,
}

/// Where each id sits in a [`Review`], so that a review of a large tree
/// looks each key result up once instead of walking the tree for it.
#[derive(Debug, Clone, Default)]
pub struct ReviewIndex {
    /// Each key result of `before`: the path of child indices to its
    /// objective, and its index there.
    before_krs: HashMap<String, (Vec<usize>, usize)>,
    /// Each objective of `before`: its progress then.
    before_progress: HashMap<String, Option<f64>>,
    /// Each key result's experiments: indices into `experiments`.
    experiments: HashMap<String, Vec<usize>>,
}

impl ReviewIndex {
    fn new(review: &Review) -> Self {
        fn visit(o: &ObjectiveReport, path: &mut Vec<usize>, index: &mut ReviewIndex) {
            index
                .before_progress
                .entry(o.id.clone())
                .or_insert(o.progress);
            for (i, kr) in o.key_results.iter().enumerate() {
                index
                    .before_krs
                    .entry(kr.id.clone())
                    .or_insert_with(|| (path.clone(), i));
            }
            for (i, child) in o.objectives.iter().enumerate() {
                path.push(i);
                visit(child, path, index);
                path.pop();
            }
        }
        let mut index = ReviewIndex::default();
        for (i, o) in review.before.objectives.iter().enumerate() {
            visit(o, &mut vec![i], &mut index);
        }
        for (i, e) in review.experiments.iter().enumerate() {
            for id in &e.key_results {
                let list = index.experiments.entry(id.clone()).or_default();
                if list.last() != Some(&i) {
                    list.push(i);
                }
            }
        }
        index
    }
}

/// What changed in a key result since the `since` day.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Moved {
    /// No value now: nothing to say.
    Nothing,
    /// A value now, none then.
    New,
    /// A milestone done since.
    Done,
    /// The change of the value and of the progress (as is, not clamped).
    Change { value: f64, progress: Option<f64> },
}

impl Review {
    fn index(&self) -> &ReviewIndex {
        self.index.get_or_init(|| ReviewIndex::new(self))
    }

    /// The key result `id` as it stood on the `since` day.
    pub fn before_key_result(&self, id: &str) -> Option<&KeyResultReport> {
        let (path, kr) = self.index().before_krs.get(id)?;
        let (first, rest) = path.split_first()?;
        let mut objective = self.before.objectives.get(*first)?;
        for &i in rest {
            objective = objective.objectives.get(i)?;
        }
        objective.key_results.get(*kr)
    }

    pub fn moved(&self, kr: &KeyResultReport) -> Moved {
        let before = self.before_key_result(&kr.id);
        if kr.kind == "milestone" {
            let done_then = before.is_some_and(|b| b.status == Status::Done);
            return if kr.status == Status::Done && !done_then {
                Moved::Done
            } else {
                Moved::Nothing
            };
        }
        // A key result judged on its run rate moved by its run rate.
        let Some(now) = kr.judged_value() else {
            return Moved::Nothing;
        };
        match before.and_then(|b| b.judged_value().map(|v| (v, b.progress))) {
            None => Moved::New,
            Some((then, progress_then)) => Moved::Change {
                value: now - then,
                progress: kr.progress.zip(progress_then).map(|(a, b)| a - b),
            },
        }
    }

    /// The change of an objective's progress since the `since` day.
    pub fn objective_moved(&self, objective: &ObjectiveReport) -> Option<f64> {
        let then = (*self.index().before_progress.get(&objective.id)?)?;
        Some(objective.progress? - then)
    }

    /// The experiments that work on any of `objective`'s own key results.
    pub fn experiments_of(&self, objective: &ObjectiveReport) -> Vec<&Experiment> {
        let index = self.index();
        let mut found: Vec<usize> = objective
            .key_results
            .iter()
            .filter_map(|kr| index.experiments.get(&kr.id))
            .flatten()
            .copied()
            .collect();
        found.sort_unstable();
        found.dedup();
        found
            .into_iter()
            .filter_map(|i| self.experiments.get(i))
            .collect()
    }

    /// Every shown key result with its objective, worst status first (those
    /// on track, done or without data are left out).
    pub fn needs_attention(&self) -> Vec<(&ObjectiveReport, &KeyResultReport)> {
        let mut items: Vec<(&ObjectiveReport, &KeyResultReport)> = walk(&self.report.objectives)
            .into_iter()
            .flat_map(|(_, o)| o.key_results.iter().map(move |kr| (o, kr)))
            .filter(|(_, kr)| kr.status.severity() >= Status::AtRisk.severity())
            .collect();
        // A stable sort: equals keep the order of the file.
        items.sort_by_key(|(_, kr)| std::cmp::Reverse(kr.status.severity()));
        items
    }

    /// How many shown key results have each status, worst first.
    pub fn status_counts(&self) -> Vec<(Status, usize)> {
        let krs: Vec<&KeyResultReport> = walk(&self.report.objectives)
            .into_iter()
            .flat_map(|(_, o)| o.key_results.iter())
            .collect();
        let mut statuses = Status::ALL;
        statuses.sort_by_key(|s| std::cmp::Reverse(s.severity()));
        statuses
            .into_iter()
            .map(|s| (s, krs.iter().filter(|kr| kr.status == s).count()))
            .filter(|&(_, n)| n > 0)
            .collect()
    }
}

/// The grade an objective of this type is expected to reach: 1.0 for a
/// committed one, 0.7 (a good result) for an aspirational one.
pub fn expected_grade(kind: &str) -> f64 {
    if kind == "committed" {
        1.0
    } else {
        0.7
    }
}

/// What the type means, in a few words.
pub fn kind_note(kind: &str) -> &'static str {
    if kind == "committed" {
        "committed: 1.0 is expected"
    } else {
        "aspirational: 0.7 is a good grade"
    }
}

/// A status for people: `off track`, `guardrail breached`.
pub fn status_words(status: Status) -> String {
    status.name().replace('-', " ")
}

/// The review's numbers: full numbers with units.
pub fn numbers(locale: Locale) -> cells::Numbers {
    cells::Numbers {
        locale,
        compact: false,
        units: true,
    }
}

/// `+12`, `-3,5`; zero is `±0`.
fn signed(text: String, value: f64) -> String {
    if crate::engine::approx_eq(value, 0.0) {
        "±0".to_string()
    } else if value > 0.0 {
        format!("+{text}")
    } else {
        text
    }
}

/// A change of progress in percentage points: `+45 pts`.
pub fn points(change: f64, locale: Locale) -> String {
    let text = number::number((change * 100.0).round(), Some(0), locale);
    signed(text, (change * 100.0).round()) + "\u{a0}pts"
}

/// The change of a key result's value, as its metric is written; a
/// percentage's change in percentage points (`+4,3 pp`).
pub fn value_change(kr: &KeyResultReport, change: f64, locale: Locale) -> String {
    let text = if kr.format == "percent" {
        let pp = change * 100.0;
        let decimals = if pp.abs() >= 10.0 || pp == pp.trunc() {
            0
        } else if pp.abs() >= 0.1 {
            1
        } else {
            2
        };
        number::number(pp, Some(decimals), locale) + "\u{a0}pp"
    } else if kr.run_rate.is_some() {
        cells::estimate(kr, change, numbers(locale))
    } else {
        number::metric_value(change, kr.format, kr.unit.as_deref(), kr.decimals, locale)
    };
    signed(text, change)
}

/// The forecast at the cycle's end, as precise as the value: a count in
/// the hundreds is forecast in whole units (`1 125`, not `1 124,84`).
pub fn forecast_text(kr: &KeyResultReport, locale: Locale) -> Option<String> {
    cells::kr_forecast(kr, numbers(locale))
}

/// "What moved" in a few words: `+545 (+45 pts)`, `new`, `done`, `—`.
pub fn moved_text(kr: &KeyResultReport, moved: Moved, locale: Locale) -> String {
    match moved {
        Moved::Nothing => "—".to_string(),
        Moved::New => "new".to_string(),
        Moved::Done => "done".to_string(),
        Moved::Change { value, progress } => {
            let value = value_change(kr, value, locale);
            match progress {
                Some(p) => format!("{value} ({})", points(p, locale)),
                None => value,
            }
        }
    }
}

/// A guardrail in words: `guardrail breached: mql_to_sql_rate 25,3 %, min 30 %`.
pub fn guardrail_text(g: &GuardrailReport, locale: Locale) -> String {
    let num = |v: f64| number::metric_value(v, g.format, g.unit.as_deref(), g.decimals, locale);
    let mut parts = vec![match g.value {
        Some(v) => format!("{} {}", g.metric, num(v)),
        None => format!("{} (no data)", g.metric),
    }];
    parts.extend(
        [("min", g.min), ("max", g.max)]
            .into_iter()
            .filter_map(|(name, b)| b.map(|b| format!("{name}\u{a0}{}", num(b)))),
    );
    let state = match g.state {
        GuardrailState::Ok => "ok",
        GuardrailState::Breached => "breached",
        GuardrailState::Unknown => "unknown",
    };
    format!("guardrail {state}: {}", parts.join(", "))
}

/// An experiment's dates: `2026-10-05 – 2026-11-01`, `from 2026-11-09`.
pub fn experiment_dates(e: &Experiment) -> String {
    match (e.start, e.end) {
        (Some(s), Some(t)) => format!("{s} – {t}"),
        (Some(s), None) => format!("from {s}"),
        (None, Some(t)) => format!("until {t}"),
        (None, None) => String::new(),
    }
}

/// Running work first, then results, then the backlog.
pub fn experiment_rank(status: ExperimentStatus) -> u8 {
    match status {
        ExperimentStatus::Running => 0,
        ExperimentStatus::Won => 1,
        ExperimentStatus::Lost => 2,
        ExperimentStatus::Inconclusive => 3,
        ExperimentStatus::Idea => 4,
    }
}

/// The review as GitHub-flavoured Markdown; `emoji` puts a status emoji
/// before each status.
pub fn markdown(review: &Review, emoji: bool) -> String {
    let locale = review.locale;
    let report = &review.report;
    let cycle = &report.cycle;
    let status = |s: Status| {
        if emoji {
            format!("{} {}", badge(s), status_words(s))
        } else {
            status_words(s)
        }
    };
    let mut out = String::new();
    let _ = writeln!(out, "# OKR review — {}\n", escape(&cycle.name));
    let _ = writeln!(
        out,
        "As of {} · cycle {} – {} · {} · changes since {}\n",
        report.as_of,
        cycle.start,
        cycle.end,
        cells::cycle_state(report, locale),
        review.since,
    );

    if let Some(ns) = &report.north_star {
        let _ = writeln!(out, "## North Star: {}\n", escape(&ns.name));
        if let Some(purpose) = &ns.purpose {
            let _ = writeln!(out, "> {}\n", escape(purpose));
        }
        let value = cells::north_star_value(ns, numbers(locale))
            .map(|v| number::with_unit(v, ns.format, ns.unit.as_deref()))
            .unwrap_or_else(|| "no data".to_string());
        let period = ns
            .period
            .map(|p| cells::period_name(ns.grain, p, ns.partial))
            .unwrap_or_else(|| "before the cycle".to_string());
        let mut facts = vec![
            format!("**{}** ({})", escape(&value), escape(&period)),
            format!(
                "target {}",
                escape(&cells::north_star_target(ns, numbers(locale)))
            ),
        ];
        if let Some(progress) = ns.progress {
            let expected = ns
                .expected
                .map(|e| format!(" (expected {})", number::whole_percent(e, locale)))
                .unwrap_or_default();
            facts.push(format!(
                "progress {}{expected}",
                number::whole_percent(progress, locale)
            ));
        }
        facts.push(status(ns.status));
        let _ = writeln!(out, "{}\n", facts.join(" · "));
        if ns.trend.len() > 1 {
            let _ = writeln!(
                out,
                "Trend by {}: {}\n",
                ns.grain,
                cells::sparkline(&ns.trend, ns.trend.len())
            );
        }
        if !ns.inputs.is_empty() || !ns.guardrails.is_empty() {
            out.push_str("| Input or guardrail | Value | Previous | Change |\n");
            out.push_str("| :--- | ---: | ---: | ---: |\n");
            for input in &ns.inputs {
                let value = |v: Option<f64>| escape(&cells::input_value(input, v, locale));
                let _ = writeln!(
                    out,
                    "| {} | {} | {} | {} |",
                    escape(&input.metric),
                    value(input.value),
                    value(input.previous),
                    relative_change(input.value, input.previous, locale),
                );
            }
            for g in &ns.guardrails {
                let _ = writeln!(out, "| {} |  |  |  |", escape(&guardrail_text(g, locale)));
            }
            out.push('\n');
        }
    }

    out.push_str("## Objectives\n\n");
    if report.objectives.is_empty() {
        out.push_str("No objectives.\n\n");
    } else {
        let _ = writeln!(
            out,
            "| Objective | Owner | Type | Progress | Since {} | Grade | Status |",
            review.since
        );
        out.push_str("| :--- | :--- | :--- | ---: | ---: | ---: | :--- |\n");
        for (depth, o) in walk(&report.objectives) {
            let indent = "↳ ".repeat(depth);
            let _ = writeln!(
                out,
                "| {indent}{} | {} | {} | {} | {} | {} | {} |",
                escape(&o.title),
                o.owner.as_deref().map(escape).unwrap_or_default(),
                o.kind,
                percent(o.progress, locale),
                review
                    .objective_moved(o)
                    .map(|m| points(m, locale))
                    .unwrap_or_default(),
                grade_of(o.grade, o.kind, locale),
                status(o.status),
            );
        }
        out.push('\n');
        let counts: Vec<String> = review
            .status_counts()
            .into_iter()
            .map(|(s, n)| format!("{n} {}", status(s)))
            .collect();
        if !counts.is_empty() {
            let _ = writeln!(out, "Key results: {}.\n", counts.join(", "));
        }
        let attention = review.needs_attention();
        if !attention.is_empty() {
            out.push_str("### Needs attention\n\n");
            for (o, kr) in attention {
                let _ = writeln!(
                    out,
                    "- **{}** ({}): {}: {}",
                    escape(&kr.title),
                    escape(&o.title),
                    status(kr.status),
                    escape(&kr.reason),
                );
            }
            out.push('\n');
        }
    }

    for (depth, o) in walk(&report.objectives) {
        objective(&mut out, review, o, depth, &status);
    }
    if let Some(board) = &review.board {
        while !out.ends_with("\n\n") {
            out.push('\n');
        }
        out.push_str(&super::experiments::markdown_board(board, locale));
        out.push('\n');
    }
    while out.ends_with("\n\n") {
        out.pop();
    }
    out
}

fn objective(
    out: &mut String,
    review: &Review,
    o: &ObjectiveReport,
    depth: usize,
    status: &dyn Fn(Status) -> String,
) {
    let locale = review.locale;
    let hashes = "#".repeat((depth + 2).min(6));
    let _ = writeln!(out, "{hashes} {}\n", escape(&o.title));
    let mut facts = Vec::new();
    if let Some(owner) = &o.owner {
        facts.push(format!("Owner: {}", escape(owner)));
    }
    facts.push(kind_note(o.kind).to_string());
    if let Some(p) = o.progress {
        facts.push(format!("progress {}", number::whole_percent(p, locale)));
    }
    facts.push(format!("grade {}", grade_of(o.grade, o.kind, locale)));
    facts.push(format!("**{}**", status(o.status)));
    let _ = writeln!(out, "{}\n", facts.join(" · "));
    if o.key_results.is_empty() {
        if o.objectives.is_empty() {
            out.push_str("_No key results yet._\n\n");
        }
        return;
    }
    let _ = writeln!(
        out,
        "| Key result | Value | Target | Progress | Expected | Since {} | Grade | Status |",
        review.since
    );
    out.push_str("| :--- | ---: | ---: | ---: | ---: | ---: | ---: | :--- |\n");
    for kr in &o.key_results {
        let mut value = cells::kr_value(kr, numbers(locale))
            .map(|v| escape(&v))
            .unwrap_or_else(|| "—".to_string());
        if let Some(rate) = cells::kr_run_rate_short(kr, numbers(locale)) {
            value = format!("{value} (so far; {})", escape(&rate));
        } else if kr.partial {
            value.push_str(" (so far)");
        }
        let _ = writeln!(
            out,
            "| {} | {value} | {} | {} | {} | {} | {} | {} |",
            escape(&kr.title),
            escape(&cells::kr_target(kr, numbers(locale))),
            percent(kr.progress, locale),
            percent(kr.expected, locale),
            escape(&moved_text(kr, review.moved(kr), locale)),
            kr.grade
                .map(|g| number::number(g, Some(1), locale))
                .unwrap_or_default(),
            status(kr.status)
                + if kr.stale == Some(true) {
                    " (stale)"
                } else {
                    ""
                },
        );
    }
    out.push('\n');
    for kr in &o.key_results {
        let mut notes = vec![escape(&kr.reason)];
        if let Some(forecast) = forecast_text(kr, locale) {
            notes.push(format!("forecast at the cycle's end {}", escape(&forecast)));
        }
        for g in &kr.guardrails {
            notes.push(escape(&guardrail_text(g, locale)));
        }
        if let Some(c) = &kr.confidence {
            notes.push(format!("owner's confidence {}/10 ({})", c.value, c.date));
        }
        let mut line = format!("- {}: {}", escape(&kr.title), notes.join("; "));
        if let Some(n) = &kr.note {
            let who = kr
                .owner
                .as_deref()
                .map(escape)
                .unwrap_or_else(|| "owner".into());
            line.push_str(&format!("\n  > “{}” — {who}, {}", escape(&n.value), n.date));
        }
        let _ = writeln!(out, "{line}");
    }
    out.push('\n');
    let mut experiments = review.experiments_of(o);
    if !experiments.is_empty() {
        experiments.sort_by_key(|e| experiment_rank(e.status));
        out.push_str("| Experiment | Status | Dates | Owner | Learning |\n");
        out.push_str("| :--- | :--- | :--- | :--- | :--- |\n");
        for e in experiments {
            let title = match &e.hypothesis {
                Some(h) => format!("{}: {}", escape(&e.title), escape(h)),
                None => escape(&e.title),
            };
            let _ = writeln!(
                out,
                "| {title} | {} | {} | {} | {} |",
                e.status.name(),
                experiment_dates(e),
                e.owner.as_deref().map(escape).unwrap_or_default(),
                e.learning.as_deref().map(escape).unwrap_or_default(),
            );
        }
        out.push('\n');
    }
}

/// `0,4 of 0,7`: the grade beside the one its type expects.
fn grade_of(grade: Option<f64>, kind: &str, locale: Locale) -> String {
    let expected = number::number(expected_grade(kind), Some(1), locale);
    match grade {
        Some(g) => format!("{} of {expected}", number::number(g, Some(1), locale)),
        None => String::new(),
    }
}

fn percent(fraction: Option<f64>, locale: Locale) -> String {
    fraction
        .map(|f| number::whole_percent(f, locale))
        .unwrap_or_default()
}

/// The change of an input against the previous period: `+10,4 %`.
pub fn relative_change(now: Option<f64>, before: Option<f64>, locale: Locale) -> String {
    match (now, before) {
        (Some(now), Some(before)) if before != 0.0 => {
            let change = now / before - 1.0;
            signed(number::percent(change, None, locale), change)
        }
        _ => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::tests::sample_report;

    fn kr(format: &'static str) -> KeyResultReport {
        let report = sample_report();
        let mut kr = walk(&report.objectives)[0].1.key_results[0].clone();
        kr.format = format;
        kr.unit = None;
        kr.decimals = None;
        kr
    }

    #[test]
    fn changes_are_signed_and_percentages_move_in_points() {
        let en = Locale::EN_US;
        assert_eq!(points(0.453, en), "+45\u{a0}pts");
        assert_eq!(points(-1.1, en), "-110\u{a0}pts");
        assert_eq!(points(0.001, en), "±0\u{a0}pts");
        assert_eq!(value_change(&kr("number"), 1359.0, en), "+1,359");
        assert_eq!(value_change(&kr("number"), -3.5, en), "-3.5");
        assert_eq!(value_change(&kr("percent"), 0.043, en), "+4.3\u{a0}pp");
        assert_eq!(value_change(&kr("percent"), -0.12, en), "-12\u{a0}pp");
        assert_eq!(
            value_change(&kr("number"), 1359.0, Locale::from_tag("sv-SE")),
            "+1\u{a0}359"
        );
    }

    #[test]
    fn forecasts_are_as_precise_as_the_value() {
        let mut k = kr("number");
        k.forecast = Some(1124.84);
        assert_eq!(forecast_text(&k, Locale::EN_US).as_deref(), Some("1,125"));
        k.forecast = Some(27.14);
        assert_eq!(forecast_text(&k, Locale::EN_US).as_deref(), Some("27.14"));
        k.forecast = None;
        assert_eq!(forecast_text(&k, Locale::EN_US), None);
    }

    #[test]
    fn grades_expected_by_type() {
        assert_eq!(expected_grade("committed"), 1.0);
        assert_eq!(expected_grade("aspirational"), 0.7);
    }
}
