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
use super::reason;
use super::walk;
use super::words;
use crate::config::model::{Experiment, ExperimentStatus, Rollup};
use crate::i18n;
use crate::report::{
    GuardrailReport, GuardrailState, History, KeyResultReport, ObjectiveReport, Report, Status,
};
use crate::t;

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
    /// Each objective's roll-up (what its progress is made of), by id; an
    /// objective not named rolls up everything under it.
    pub rollups: BTreeMap<String, Rollup>,
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
    /// Each objective of `before`: its progress and status then.
    before_objectives: HashMap<String, (Option<f64>, Status)>,
    /// Each key result's experiments: indices into `experiments`.
    experiments: HashMap<String, Vec<usize>>,
}

impl ReviewIndex {
    fn new(review: &Review) -> Self {
        fn visit(o: &ObjectiveReport, path: &mut Vec<usize>, index: &mut ReviewIndex) {
            index
                .before_objectives
                .entry(o.id.clone())
                .or_insert((o.progress, o.status));
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

/// A review's "Wins, risks and asks", from the data alone.
#[derive(Debug, Default)]
pub struct WinsRisksAsks<'a> {
    /// Done, or on track at or ahead of the expected progress.
    pub wins: Vec<&'a KeyResultReport>,
    /// At risk, off track, stalled or with a breached guardrail.
    pub risks: Vec<&'a KeyResultReport>,
    /// What the owners or the review must decide: each with why.
    pub asks: Vec<(&'a KeyResultReport, String)>,
}

/// An objective's projected end-of-cycle progress, and how many of the key
/// results under it have no forecast to project from.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Projection {
    pub progress: Option<f64>,
    pub missing: usize,
    pub total: usize,
}

impl Projection {
    /// `no projection (3 of 5 key results without a forecast)`, or the
    /// projected grade.
    pub fn text(&self, kind: crate::report::ObjectiveType, locale: Locale) -> String {
        match self.progress {
            Some(p) => grade_of(Some(crate::engine::grade(p)), kind, locale),
            None if self.total == 0 => t!("rv-no-projection"),
            None => format!(
                "{} ({})",
                t!("rv-no-projection"),
                t!(
                    "rv-missing-forecasts",
                    missing = number::number(self.missing as f64, Some(0), locale),
                    total = self.total
                )
            ),
        }
    }
}

/// Why an objective is at risk or worse: the child (a key result or an
/// aligned objective) with the worst status.
#[derive(Debug, Clone, Copy)]
pub enum Cause<'a> {
    KeyResult(&'a KeyResultReport),
    Objective(&'a ObjectiveReport),
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
        if kr.kind == crate::report::Kind::Milestone {
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
        let then = self.index().before_objectives.get(&objective.id)?.0?;
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

    /// The key result `id`'s status on the `since` day, where it differs
    /// from today's and was a judgement then (not pending, not no data).
    pub fn was(&self, kr: &KeyResultReport) -> Option<Status> {
        let then = self.before_key_result(&kr.id)?.status;
        changed(kr.status, then)
    }

    /// The objective's status on the `since` day, as [`Review::was`].
    pub fn objective_was(&self, objective: &ObjectiveReport) -> Option<Status> {
        let then = self.index().before_objectives.get(&objective.id)?.1;
        changed(objective.status, then)
    }

    /// Every shown objective at risk or worse, with the child that makes it
    /// so, worst first.
    pub fn objectives_at_risk(&self) -> Vec<(&ObjectiveReport, Option<Cause<'_>>)> {
        let mut items: Vec<(&ObjectiveReport, Option<Cause<'_>>)> = walk(&self.report.objectives)
            .into_iter()
            .map(|(_, o)| o)
            .filter(|o| o.status.severity() >= Status::AtRisk.severity())
            .map(|o| (o, self.cause(o)))
            .collect();
        items.sort_by_key(|(o, _)| std::cmp::Reverse(o.status.severity()));
        items
    }

    /// The child with the objective's own status: a key result first, else
    /// an aligned objective (the roll-up's worst).
    fn cause<'a>(&self, o: &'a ObjectiveReport) -> Option<Cause<'a>> {
        let rollup = self.rollups.get(&o.id).copied().unwrap_or_default();
        let krs = o
            .key_results
            .iter()
            .filter(|_| rollup != Rollup::Aligned)
            .find(|kr| kr.status == o.status)
            .map(Cause::KeyResult);
        krs.or_else(|| {
            o.objectives
                .iter()
                .filter(|_| rollup != Rollup::KeyResults)
                .find(|c| c.status == o.status)
                .map(Cause::Objective)
        })
    }

    /// The progress an objective is projected to end the cycle at, from
    /// the engine's forecasts (bounded as the engine bounds them) and the
    /// roll-up's weights; no progress ("no projection") when anything it
    /// rolls up has no forecast: a milestone not done, a stale or stalled
    /// key result, too little data. Never a guess.
    pub fn projected(&self, o: &ObjectiveReport) -> Projection {
        let rollup = self.rollups.get(&o.id).copied().unwrap_or_default();
        let mut parts: Vec<(f64, Option<f64>)> = Vec::new();
        let (mut missing, mut total) = (0, 0);
        if rollup != Rollup::Aligned {
            for kr in &o.key_results {
                let p = projected_progress(kr);
                total += 1;
                missing += usize::from(p.is_none());
                parts.push((kr.weight, p));
            }
        }
        if rollup != Rollup::KeyResults {
            for child in &o.objectives {
                let p = self.projected(child);
                total += p.total;
                missing += p.missing;
                parts.push((child.weight, p.progress));
            }
        }
        let weights: f64 = parts.iter().map(|(w, _)| w).sum();
        let progress = parts
            .iter()
            .map(|&(w, p)| p.map(|p| w * p.clamp(0.0, 1.0)))
            .sum::<Option<f64>>()
            .filter(|_| weights > 0.0)
            .map(|sum| sum / weights);
        Projection {
            progress,
            missing,
            total,
        }
    }

    /// Wins, risks and asks over the shown key results, in the order of
    /// the file.
    pub fn wins_risks_asks(&self) -> WinsRisksAsks<'_> {
        let mut out = WinsRisksAsks::default();
        for (_, o) in walk(&self.report.objectives) {
            for kr in &o.key_results {
                let ahead = kr.status == Status::OnTrack
                    && kr
                        .progress
                        .zip(kr.expected)
                        .is_some_and(|(p, e)| crate::engine::ge(p, e));
                if kr.status == Status::Done || ahead {
                    out.wins.push(kr);
                }
                let risk = matches!(
                    kr.status,
                    Status::AtRisk | Status::OffTrack | Status::Stalled | Status::GuardrailBreached
                );
                if risk {
                    out.risks.push(kr);
                }
                if let Some(ask) = ask(kr, risk, self.locale) {
                    out.asks.push((kr, ask));
                }
            }
        }
        out
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

/// `then` where it differs from `now` and was a judgement.
fn changed(now: Status, then: Status) -> Option<Status> {
    (then != now && !matches!(then, Status::Pending | Status::NoData)).then_some(then)
}

/// `at risk, was on track`; the status alone when it did not change.
pub fn status_change(now: Status, was: Option<Status>) -> String {
    match was {
        Some(then) => t!(
            "rv-status-was",
            now = status_words(now),
            then = words::status_prose(then)
        ),
        None => status_words(now),
    }
}

/// The progress a key result is projected to end the cycle at: 1 done;
/// its forecast's progress (a threshold: 1 if the forecast keeps the bound,
/// else 0); `None` without a forecast, or while stale or stalled.
pub fn projected_progress(kr: &KeyResultReport) -> Option<f64> {
    if kr.status == Status::Done {
        return Some(1.0);
    }
    if kr.stale == Some(true) || kr.status == Status::Stalled {
        return None;
    }
    let forecast = kr.forecast?;
    match (kr.kind, kr.start, kr.target) {
        (
            crate::report::Kind::Increase | crate::report::Kind::Decrease,
            Some(start),
            Some(target),
        ) if start != target => Some(crate::engine::progress(forecast, start, target)),
        (crate::report::Kind::AtLeast, _, Some(bound)) => {
            Some(f64::from(u8::from(crate::engine::ge(forecast, bound))))
        }
        (crate::report::Kind::AtMost, _, Some(bound)) => {
            Some(f64::from(u8::from(crate::engine::ge(bound, forecast))))
        }
        _ => None,
    }
}

/// What a key result asks of the review, from its data: the owner's note
/// on one at risk or worse, a low confidence, an off-track one with no
/// experiment running, data gone stale.
fn ask(kr: &KeyResultReport, risk: bool, locale: Locale) -> Option<String> {
    let owner = kr.owner.clone().unwrap_or_else(|| t!("rv-its-owner"));
    let date = |d| number::date(d, locale);
    if let (true, Some(note)) = (risk, &kr.note) {
        return Some(t!(
            "rv-ask-note",
            owner = &owner,
            date = date(note.date),
            note = quote(&note.value)
        ));
    }
    if let Some(c) = kr.confidence.as_ref().filter(|c| c.value <= 4) {
        return Some(t!(
            "rv-ask-confidence",
            owner = &owner,
            value = c.value.to_string(),
            date = date(c.date)
        ));
    }
    if kr.needs_experiment {
        return Some(t!("rv-ask-experiment"));
    }
    if kr.stale == Some(true) {
        return Some(match kr.last_data {
            Some(d) => t!("rv-ask-stale-newest", date = date(d), owner = &owner),
            None => t!("rv-ask-stale", owner = &owner),
        });
    }
    None
}

/// A user's words in the language's quotation marks: `“...”`, `”...”`.
pub fn quote(text: &str) -> String {
    t!("rv-quote", text = text)
}

/// The glossary at the end of the review: the words it uses, a line each.
pub fn glossary(locale: Locale) -> Vec<(String, String)> {
    let n = |v: f64| number::grade(v, locale);
    vec![
        (
            t!("rv-gl-grade"),
            t!("rv-gl-grade.meaning", good = n(0.7), full = n(1.0)),
        ),
        (t!("rv-gl-progress"), t!("rv-gl-progress.meaning")),
        (t!("rv-gl-expected"), t!("rv-gl-expected.meaning")),
        (t!("rv-gl-pace"), t!("rv-gl-pace.meaning")),
        (t!("rv-gl-pending"), t!("rv-gl-pending.meaning")),
        (t!("rv-gl-stalled"), t!("rv-gl-stalled.meaning")),
        (t!("rv-gl-stale"), t!("rv-gl-stale.meaning")),
        (t!("rv-gl-run-rate"), t!("rv-gl-run-rate.meaning")),
        (t!("rv-gl-so-far"), t!("rv-gl-so-far.meaning")),
        (t!("rv-gl-forecast"), t!("rv-gl-forecast.meaning")),
        (t!("rv-gl-pp"), t!("rv-gl-pp.meaning")),
        (t!("rv-gl-guardrail"), t!("rv-gl-guardrail.meaning")),
    ]
}

/// What the type means, in a few words: `committed: 1.0 is expected`.
pub fn kind_note(kind: crate::report::ObjectiveType, locale: Locale) -> String {
    let grade = number::grade(kind.expected_grade(), locale);
    if kind == crate::report::ObjectiveType::Committed {
        t!("rv-kind-committed", grade = grade)
    } else {
        t!("rv-kind-aspirational", grade = grade)
    }
}

/// A status as a label (a badge, a cell, a count): `off track`,
/// `guardrail breached`. English's cells are the spellings `--fail-on`
/// takes (`off-track`), so English labels use its words for sentences.
pub fn status_words(status: Status) -> String {
    if i18n::current() == i18n::Lang::En {
        words::status_prose(status)
    } else {
        words::status(status)
    }
}

/// The review's numbers: full numbers with units.
pub fn numbers(locale: Locale) -> cells::Numbers {
    cells::Numbers {
        locale,
        compact: false,
        units: true,
    }
}

/// The change of a key result's value, as its metric is written; a
/// percentage's change in percentage points (`+4,3 pp`).
pub fn value_change(kr: &KeyResultReport, change: f64, locale: Locale) -> String {
    if kr.format == crate::report::DisplayFormat::Percent {
        return number::points(change, locale);
    }
    let text = if kr.run_rate.is_some() {
        cells::estimate(kr, change, numbers(locale))
    } else {
        number::metric_value(change, kr.format, kr.unit.as_deref(), kr.decimals, locale)
    };
    number::signed(text, change)
}

/// The forecast at the cycle's end, as precise as the value: a count in
/// the hundreds is forecast in whole units (`1 125`, not `1 124,84`).
pub fn forecast_text(kr: &KeyResultReport, locale: Locale) -> Option<String> {
    cells::kr_forecast(kr, numbers(locale))
}

/// "What moved" in a few words: `+545 (+45 pp)`, `new`, `done`, `—`.
pub fn moved_text(kr: &KeyResultReport, moved: Moved, locale: Locale) -> String {
    match moved {
        Moved::Nothing => "—".to_string(),
        Moved::New => t!("rv-new"),
        Moved::Done => t!("rv-done"),
        Moved::Change { value, progress } => {
            let value = value_change(kr, value, locale);
            match progress {
                Some(p) => format!("{value} ({})", number::points(p, locale)),
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
        None => t!("rv-guardrail-no-data", metric = g.metric.as_str()),
    }];
    if let Some(b) = g.min {
        parts.push(t!("rv-guardrail-min", value = num(b)));
    }
    if let Some(b) = g.max {
        parts.push(t!("rv-guardrail-max", value = num(b)));
    }
    let parts = parts.join(", ");
    match g.state {
        GuardrailState::Ok => t!("rv-guardrail-ok", parts = parts),
        GuardrailState::Breached => t!("rv-guardrail-breached", parts = parts),
        GuardrailState::Unknown => t!("rv-guardrail-unknown", parts = parts),
    }
}

/// An experiment's dates: `2026-10-05 – 2026-11-01`, `from 2026-11-09`.
pub fn experiment_dates(e: &Experiment, locale: Locale) -> String {
    super::experiments::dates_between(e.start, e.end, locale)
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
    let date = |d| number::date(d, locale);
    let since = date(review.since);
    let status = |s: Status| {
        if emoji {
            format!("{} {}", badge(s), status_words(s))
        } else {
            status_words(s)
        }
    };
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", t!("rv-title", cycle = escape(&cycle.name)));
    let _ = writeln!(
        out,
        "{}\n",
        t!(
            "rv-meta",
            as_of = date(report.as_of),
            start = date(cycle.start),
            end = date(cycle.end),
            state = cells::cycle_state(report, locale),
            since = &since,
        )
    );

    if let Some(ns) = &report.north_star {
        super::markdown::north_star_heading(&mut out, ns);
        let value = cells::north_star_value_with_unit(ns, numbers(locale));
        let period = cells::north_star_period_name(ns);
        let mut facts = vec![
            format!("**{}** ({})", escape(&value), escape(&period)),
            t!(
                "rv-target",
                value = escape(&cells::north_star_target(ns, numbers(locale)))
            ),
        ];
        if let Some(progress) = ns.progress {
            let progress = number::whole_percent(progress, locale);
            facts.push(match ns.expected {
                Some(e) => t!(
                    "rv-progress-expected",
                    progress = progress,
                    expected = number::whole_percent(e, locale)
                ),
                None => t!("rv-progress", progress = progress),
            });
        }
        facts.push(status(ns.status));
        let _ = writeln!(out, "{}\n", facts.join(" · "));
        if ns.trend.len() > 1 {
            let _ = writeln!(
                out,
                "{}\n",
                t!(
                    "rv-trend-by",
                    grain = words::grain(ns.grain),
                    line = cells::trend_line(&ns.trend, ns.trend.len(), ns.grain)
                )
            );
        }
        if !ns.inputs.is_empty() || !ns.guardrails.is_empty() {
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} |",
                t!("rv-col-input-or-guardrail"),
                t!("rv-col-value"),
                t!("rv-col-previous"),
                t!("rv-col-change")
            );
            out.push_str("| :--- | ---: | ---: | ---: |\n");
            for input in &ns.inputs {
                let change = relative_change(input.value, input.previous, locale);
                super::markdown::input_row(&mut out, input, &change, locale);
            }
            for g in &ns.guardrails {
                let _ = writeln!(out, "| {} |  |  |  |", escape(&guardrail_text(g, locale)));
            }
            out.push('\n');
        }
    }

    let _ = writeln!(out, "## {}\n", t!("rv-objectives"));
    if report.objectives.is_empty() {
        let _ = writeln!(out, "{}\n", t!("rv-no-objectives"));
    } else {
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} | {} | {} | {} |",
            t!("rv-col-objective"),
            t!("rv-col-owner"),
            t!("rv-col-type"),
            t!("rv-col-progress"),
            t!("rv-col-since", date = &since),
            t!("rv-col-grade"),
            t!("rv-col-projected-grade"),
            t!("rv-col-status"),
        );
        out.push_str("| :--- | :--- | :--- | ---: | ---: | ---: | ---: | :--- |\n");
        for (depth, o) in walk(&report.objectives) {
            let indent = "↳ ".repeat(depth);
            let _ = writeln!(
                out,
                "| {indent}{} | {} | {} | {} | {} | {} | {} | {} |",
                escape(&o.title),
                o.owner.as_deref().map(escape).unwrap_or_default(),
                words::objective_type(o.kind),
                cells::share(o.progress, locale),
                review
                    .objective_moved(o)
                    .map(|m| number::points(m, locale))
                    .unwrap_or_default(),
                grade_of(o.grade, o.kind, locale),
                projected_text(review, o, locale),
                with_was(status(o.status), review.objective_was(o)),
            );
        }
        out.push('\n');
        let counts: Vec<String> = review
            .status_counts()
            .into_iter()
            .map(|(s, n)| format!("{} {}", count(n, locale), status(s)))
            .collect();
        if !counts.is_empty() {
            let _ = writeln!(out, "{}\n", t!("rv-counts", counts = counts.join(", ")));
        }
        let objectives = review.objectives_at_risk();
        let attention = review.needs_attention();
        if !attention.is_empty() || !objectives.is_empty() {
            let _ = writeln!(out, "### {}\n", t!("rv-needs-attention"));
            for (o, cause) in objectives {
                let because = match cause {
                    Some(Cause::KeyResult(kr)) => Some(t!(
                        "rv-through-kr",
                        title = quote(&escape(&kr.title)),
                        owner = owner_of(kr.owner.as_deref())
                    )),
                    Some(Cause::Objective(c)) => Some(t!(
                        "rv-through-objective",
                        title = quote(&escape(&c.title)),
                        owner = owner_of(c.owner.as_deref())
                    )),
                    None => None,
                };
                let title = format!("**{}**", escape(&o.title));
                let owner = owner_of(o.owner.as_deref());
                let state = with_was(status(o.status), review.objective_was(o));
                let line = match because {
                    Some(because) => t!(
                        "rv-md-attention-objective-because",
                        title = title,
                        owner = owner,
                        status = state,
                        because = because
                    ),
                    None => t!(
                        "rv-md-attention-objective",
                        title = title,
                        owner = owner,
                        status = state
                    ),
                };
                let _ = writeln!(out, "- {line}");
            }
            for (o, kr) in attention {
                let _ = writeln!(
                    out,
                    "- **{}** ({}; {}): {}: {}",
                    escape(&kr.title),
                    owner_of(kr.owner.as_deref()),
                    escape(&o.title),
                    with_was(status(kr.status), review.was(kr)),
                    md_prose(&reason::of_kr(kr, review.locale)),
                );
            }
            out.push('\n');
        }
        wins_markdown(&mut out, review);
    }

    for (depth, o) in walk(&report.objectives) {
        objective(&mut out, review, o, depth, &status);
    }
    if let Some(board) = &review.board {
        while !out.ends_with("\n\n") {
            out.push('\n');
        }
        out.push_str(&super::experiments::markdown_board_for(
            board, locale, false,
        ));
        out.push('\n');
    }
    while !out.ends_with("\n\n") {
        out.push('\n');
    }
    let _ = writeln!(out, "## {}\n", t!("rv-glossary"));
    for (word, meaning) in glossary(locale) {
        let _ = writeln!(out, "- **{word}**: {}", escape(&meaning));
    }
    out.push('\n');
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
    let date = |d| number::date(d, locale);
    let hashes = "#".repeat((depth + 2).min(6));
    let _ = writeln!(out, "{hashes} {}\n", escape(&o.title));
    let mut facts = Vec::new();
    if let Some(owner) = &o.owner {
        facts.push(t!("rv-owner-is", owner = escape(owner)));
    }
    facts.push(kind_note(o.kind, locale));
    if let Some(p) = o.progress {
        facts.push(t!(
            "rv-progress",
            progress = number::whole_percent(p, locale)
        ));
    }
    if o.grade.is_some() {
        facts.push(t!("rv-grade", grade = grade_of(o.grade, o.kind, locale)));
        facts.push(t!(
            "rv-projected-at-end",
            projected = projected_text(review, o, locale)
        ));
    }
    facts.push(format!(
        "**{}**",
        with_was(status(o.status), review.objective_was(o))
    ));
    let _ = writeln!(out, "{}\n", facts.join(" · "));
    if o.key_results.is_empty() {
        if o.objectives.is_empty() {
            let _ = writeln!(out, "_{}_\n", t!("rv-no-key-results"));
        }
        return;
    }
    let _ = writeln!(
        out,
        "| {} | {} | {} | {} | {} | {} | {} | {} |",
        t!("rv-col-key-result"),
        t!("rv-col-value"),
        t!("rv-col-target"),
        t!("rv-col-progress"),
        t!("rv-col-expected"),
        t!("rv-col-since", date = date(review.since)),
        t!("rv-col-grade"),
        t!("rv-col-status"),
    );
    out.push_str("| :--- | ---: | ---: | ---: | ---: | ---: | ---: | :--- |\n");
    for kr in &o.key_results {
        let mut value = cells::kr_value(kr, numbers(locale))
            .map(|v| escape(&v))
            .unwrap_or_else(|| "—".to_string());
        if let Some(rate) = cells::kr_run_rate_short(kr, numbers(locale)) {
            value = format!("{value} ({})", t!("rv-so-far-rate", rate = escape(&rate)));
        } else if kr.partial {
            value = format!("{value} ({})", t!("rv-so-far"));
        }
        let mut state = with_was(status(kr.status), review.was(kr));
        if kr.stale == Some(true) {
            state = t!("status-stale", status = state);
        }
        let _ = writeln!(
            out,
            "| {} | {value} | {} | {} | {} | {} | {} | {state} |",
            escape(&kr.title),
            escape(&cells::kr_target(kr, numbers(locale))),
            cells::share(kr.progress, locale),
            cells::share(kr.expected, locale),
            escape(&moved_text(kr, review.moved(kr), locale)),
            kr.grade
                .map(|g| number::grade(g, locale))
                .unwrap_or_default(),
        );
    }
    out.push('\n');
    for kr in &o.key_results {
        let mut notes = vec![md_prose(&reason::of_kr(kr, locale))];
        if let Some(forecast) =
            forecast_text(kr, locale).filter(|_| super::html::draws_forecast(kr))
        {
            notes.push(t!("rv-forecast-at-end", value = escape(&forecast)));
        }
        for g in &kr.guardrails {
            notes.push(escape(&guardrail_text(g, locale)));
        }
        if let Some(c) = &kr.confidence {
            notes.push(t!(
                "rv-owners-confidence",
                value = c.value.to_string(),
                date = date(c.date)
            ));
        }
        let mut line = format!("- {}: {}", escape(&kr.title), notes.join("; "));
        if let Some(n) = &kr.note {
            let who = kr
                .owner
                .as_deref()
                .map(escape)
                .unwrap_or_else(|| t!("rv-owner"));
            line.push_str(&format!(
                "\n  > {} — {who}, {}",
                quote(&escape(&n.value)),
                date(n.date)
            ));
        }
        let _ = writeln!(out, "{line}");
    }
    out.push('\n');
    let mut experiments = review.experiments_of(o);
    if !experiments.is_empty() {
        experiments.sort_by_key(|e| experiment_rank(e.status));
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} |",
            t!("rv-col-experiment"),
            t!("rv-col-status"),
            t!("rv-col-dates"),
            t!("rv-col-owner"),
            t!("rv-col-learning"),
        );
        out.push_str("| :--- | :--- | :--- | :--- | :--- |\n");
        for e in experiments {
            let title = match &e.hypothesis {
                Some(h) => format!("{}: {}", escape(&e.title), escape(h)),
                None => escape(&e.title),
            };
            let _ = writeln!(
                out,
                "| {title} | {} | {} | {} | {} |",
                experiment_status_words(e.status),
                experiment_dates(e, locale),
                e.owner.as_deref().map(escape).unwrap_or_default(),
                e.learning.as_deref().map(escape).unwrap_or_default(),
            );
        }
        out.push('\n');
    }
}

/// An experiment's status for people; in English the name the file uses.
pub fn experiment_status_words(status: ExperimentStatus) -> String {
    words::experiment_status(status)
}

/// "Wins, risks and asks": what went well, what is in danger and what the
/// review must decide, each a line with its owner.
fn wins_markdown(out: &mut String, review: &Review) {
    let w = review.wins_risks_asks();
    if w.wins.is_empty() && w.risks.is_empty() && w.asks.is_empty() {
        return;
    }
    let locale = review.locale;
    let _ = writeln!(out, "### {}\n", t!("rv-wins-risks-asks"));
    let line = |kr: &KeyResultReport| {
        format!(
            "{} ({}, {})",
            escape(&kr.title),
            owner_of(kr.owner.as_deref()),
            words::status_prose(kr.status)
        )
    };
    for (label, krs) in [(t!("rv-wins"), &w.wins), (t!("rv-risks"), &w.risks)] {
        let list = if krs.is_empty() {
            t!("rv-none")
        } else {
            krs.iter().map(|kr| line(kr)).collect::<Vec<_>>().join("; ")
        };
        let _ = writeln!(out, "- **{label} ({})**: {list}", count(krs.len(), locale));
    }
    let none = if w.asks.is_empty() {
        format!(" {}", t!("rv-none"))
    } else {
        String::new()
    };
    let _ = writeln!(
        out,
        "- **{} ({})**:{none}",
        t!("rv-asks"),
        count(w.asks.len(), locale),
    );
    for (kr, ask) in &w.asks {
        let _ = writeln!(out, "  - {}: {}", escape(&kr.title), escape(ask));
    }
    out.push('\n');
}

/// An owner for a line of the review; `no owner` where none is set.
fn owner_of(owner: Option<&str>) -> String {
    owner.map(escape).unwrap_or_else(|| t!("rv-no-owner"))
}

/// A status with what it was on the `since` day: `off track, was on
/// track`; the status alone when it did not change.
fn with_was(status: String, was: Option<Status>) -> String {
    match was {
        Some(w) => t!("rv-status-was", now = status, then = words::status_prose(w)),
        None => status,
    }
}

/// A whole count: `3`, `1 204`.
fn count(n: usize, locale: Locale) -> String {
    number::number(n as f64, Some(0), locale)
}

/// The projected grade beside the expected one (`0,6 of 0,7`), or
/// `no projection`.
fn projected_text(review: &Review, o: &ObjectiveReport, locale: Locale) -> String {
    review.projected(o).text(o.kind, locale)
}

/// A reason in Markdown: escaped, with a metric name in backticks (as the
/// engine writes them) as code rather than as visible escaped backticks.
pub fn md_prose(text: &str) -> String {
    if !text.matches('`').count().is_multiple_of(2) {
        return escape(text);
    }
    text.split('`')
        .enumerate()
        .map(|(i, part)| {
            if i % 2 == 1 && !part.is_empty() {
                // In a code span only a table's pipe needs its escape.
                format!("`{}`", part.replace(['\r', '\n'], " ").replace('|', "\\|"))
            } else {
                escape(part)
            }
        })
        .collect()
}

/// `0,4 of 0,7`: the grade beside the one its type expects.
fn grade_of(grade: Option<f64>, kind: crate::report::ObjectiveType, locale: Locale) -> String {
    let expected = number::grade(kind.expected_grade(), locale);
    match grade {
        Some(g) => t!(
            "rv-grade-of",
            grade = number::grade(g, locale),
            expected = expected
        ),
        None => String::new(),
    }
}

/// The change of an input against the previous period: `+10,4 %`.
pub fn relative_change(now: Option<f64>, before: Option<f64>, locale: Locale) -> String {
    match (now, before) {
        (Some(now), Some(before)) if before != 0.0 => {
            let change = now / before - 1.0;
            number::signed(number::percent(change, None, locale), change)
        }
        _ => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::tests::sample_report;
    use crate::report::DisplayFormat;

    fn kr(format: DisplayFormat) -> KeyResultReport {
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
        assert_eq!(number::points(0.453, en), "+45\u{a0}pp");
        assert_eq!(number::points(-1.1, en), "-110\u{a0}pp");
        assert_eq!(number::points(0.043, en), "+4.3\u{a0}pp");
        assert_eq!(number::points(1e-12, en), "±0\u{a0}pp");
        assert_eq!(
            value_change(&kr(DisplayFormat::Number), 1359.0, en),
            "+1,359"
        );
        assert_eq!(value_change(&kr(DisplayFormat::Number), -3.5, en), "-3.5");
        assert_eq!(
            value_change(&kr(DisplayFormat::Percent), 0.043, en),
            "+4.3\u{a0}pp"
        );
        assert_eq!(
            value_change(&kr(DisplayFormat::Percent), -0.12, en),
            "-12\u{a0}pp"
        );
        assert_eq!(
            value_change(
                &kr(DisplayFormat::Number),
                1359.0,
                Locale::from_tag("sv-SE")
            ),
            "+1\u{a0}359"
        );
    }

    #[test]
    fn forecasts_are_as_precise_as_the_value() {
        let mut k = kr(DisplayFormat::Number);
        k.forecast = Some(1124.84);
        assert_eq!(forecast_text(&k, Locale::EN_US).as_deref(), Some("1,125"));
        k.forecast = Some(27.14);
        assert_eq!(forecast_text(&k, Locale::EN_US).as_deref(), Some("27.14"));
        k.forecast = None;
        assert_eq!(forecast_text(&k, Locale::EN_US), None);
    }

    fn review(report: Report, before: Report) -> Review {
        Review {
            since: before.as_of,
            report,
            before,
            histories: BTreeMap::new(),
            experiments: Vec::new(),
            board: None,
            locale: Locale::EN_US,
            rollups: BTreeMap::new(),
            index: Default::default(),
        }
    }

    #[test]
    fn a_status_change_names_what_it_was_and_only_a_judgement() {
        let now = sample_report();
        let mut before = now.clone();
        before.objectives[0].key_results[0].status = Status::OffTrack;
        let r = review(now.clone(), before.clone());
        let kr = &r.report.objectives[0].key_results[0];
        assert_eq!(kr.status, Status::OnTrack);
        assert_eq!(r.was(kr), Some(Status::OffTrack));
        assert_eq!(
            status_change(kr.status, r.was(kr)),
            "on track, was off track"
        );
        assert_eq!(r.was(&r.report.objectives[0].key_results[1]), None, "same");
        // Pending then is no judgement to compare with.
        before.objectives[0].key_results[0].status = Status::Pending;
        let r = review(now, before);
        assert_eq!(r.was(&r.report.objectives[0].key_results[0]), None);
    }

    #[test]
    fn a_projection_needs_every_forecast_and_never_guesses() {
        let mut k = kr(DisplayFormat::Number);
        k.kind = crate::report::Kind::Increase;
        k.status = Status::OnTrack;
        k.stale = Some(false);
        (k.start, k.target, k.forecast) = (Some(0.0), Some(100.0), Some(80.0));
        assert_eq!(projected_progress(&k), Some(0.8));
        k.stale = Some(true);
        assert_eq!(projected_progress(&k), None, "stale");
        k.stale = Some(false);
        k.status = Status::Stalled;
        assert_eq!(projected_progress(&k), None, "stalled");
        k.status = Status::Done;
        k.forecast = None;
        assert_eq!(projected_progress(&k), Some(1.0), "done");
        k.status = Status::AtRisk;
        assert_eq!(projected_progress(&k), None, "no forecast");
        k.kind = crate::report::Kind::AtMost;
        k.forecast = Some(120.0);
        assert_eq!(projected_progress(&k), Some(0.0), "breaks its bound");

        // An objective: the weighted mean, or none with a count of the gaps.
        let mut report = sample_report();
        let mut o = report.objectives.remove(0);
        o.objectives.clear();
        let mut a = k.clone();
        (a.kind, a.status, a.weight, a.forecast) = (
            crate::report::Kind::Increase,
            Status::OnTrack,
            3.0,
            Some(100.0),
        );
        let mut b = a.clone();
        (b.weight, b.forecast) = (1.0, Some(0.0));
        o.key_results = vec![a, b.clone()];
        let r = review(sample_report(), sample_report());
        let p = r.projected(&o);
        assert_eq!(p.progress, Some(0.75));
        assert_eq!(
            p.text(crate::report::ObjectiveType::Aspirational, Locale::EN_US),
            "0.8 of 0.7"
        );
        b.forecast = None;
        o.key_results[1] = b;
        let p = r.projected(&o);
        assert_eq!(p.progress, None);
        assert_eq!(
            p.text(crate::report::ObjectiveType::Aspirational, Locale::EN_US),
            "no projection (1 of 2 key results without a forecast)"
        );
    }

    #[test]
    fn wins_risks_and_asks_come_from_the_data() {
        let r = review(sample_report(), sample_report());
        let w = r.wins_risks_asks();
        assert!(w
            .wins
            .iter()
            .all(|k| matches!(k.status, Status::Done | Status::OnTrack)));
        assert!(w.wins.iter().any(|k| k.status == Status::Done));
        assert!(!w.risks.is_empty());
        assert!(w
            .risks
            .iter()
            .all(|k| k.status.severity() >= Status::AtRisk.severity()));
    }

    #[test]
    fn reasons_show_metric_names_as_code_in_markdown() {
        assert_eq!(md_prose("no data for `a_b` yet"), "no data for `a_b` yet");
        assert_eq!(md_prose("a | `x|y`"), "a \\| `x\\|y`");
        assert_eq!(md_prose("one ` tick"), "one \\` tick");
    }

    #[test]
    fn the_review_speaks_the_reader_s_language() {
        use crate::i18n::{scoped, Lang};
        let p = Projection {
            progress: None,
            missing: 1,
            total: 2,
        };
        let kind = crate::report::ObjectiveType::Aspirational;
        let sv = Locale::from_tag("sv-SE");
        {
            let _g = scoped(Lang::Sv);
            assert_eq!(
                p.text(kind, sv),
                "ingen prognos (1 av 2 nyckelresultat saknar prognos)"
            );
            assert_eq!(
                status_change(Status::AtRisk, Some(Status::OnTrack)),
                "i riskzonen, var i fas"
            );
            assert_eq!(kind_note(kind, sv), "ambitiöst: 0,7 är ett bra betyg");
            assert_eq!(status_words(Status::NoData), "ingen data");
        }
        {
            let _g = scoped(Lang::Fi);
            let one = Projection { total: 1, ..p };
            assert_eq!(
                p.text(kind, sv),
                "ei ennustetta (1/2 avaintulosta ilman ennustetta)"
            );
            assert_eq!(
                one.text(kind, sv),
                "ei ennustetta (1/1 avaintulos ilman ennustetta)"
            );
        }
        // English cells are the spellings --fail-on takes; its labels are
        // the words for sentences.
        assert_eq!(status_words(Status::OffTrack), "off track");
    }

    #[test]
    fn grades_expected_by_type() {
        use crate::report::ObjectiveType;
        assert_eq!(ObjectiveType::Committed.expected_grade(), 1.0);
        assert_eq!(ObjectiveType::Aspirational.expected_grade(), 0.7);
    }
}
