//! The weekly digest's view model (`okr digest`): what a team's chat channel
//! needs on a Monday morning, built from the tree now and as it stood before
//! `--since`. Pure: two reports and the config in, plain data out; the
//! formats (text, Markdown, Slack, Teams) are drawn by `render::digest`.

use chrono::NaiveDate;
use serde::Serialize;

use crate::config::model::{Config, ExperimentStatus};
use crate::report::{change, walk, KeyResultReport, NorthStarReport, Report, Status};

/// The digest of one week (or of any `--since`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Digest {
    pub as_of: NaiveDate,
    /// Changes are measured against the tree as of the day before this.
    pub since: NaiveDate,
    pub cycle: String,
    pub cycle_start: NaiveDate,
    pub cycle_end: NaiveDate,
    pub elapsed: f64,
    pub north_star: Option<NorthStarLine>,
    /// Key results whose value or progress changed, most progress first.
    pub moved: Vec<Item>,
    /// Off track, stalled, breaching a guardrail or at risk: worst first,
    /// each with its owner and the owner's latest note.
    pub attention: Vec<Item>,
    /// Done since, or back on track since, and experiments won since.
    pub wins: Vec<Win>,
    /// How many key results have each status now (statuses with none left out).
    pub counts: Vec<(Status, usize)>,
}

/// The North Star and its change against the period before its latest.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NorthStarLine {
    pub report: NorthStarReport,
    /// The value of the period before the one shown (`None` when that
    /// period is partial, clipped or has no data: never compared).
    pub previous: Option<f64>,
}

/// A key result in the digest.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Item {
    pub objective: String,
    pub key_result: KeyResultReport,
    /// Its status as it stood before `since` (`None` when it did not exist).
    pub was: Option<Status>,
    /// Change of the value it is judged on (its run rate where it has one).
    pub value_change: Option<f64>,
    /// Change of its progress, as is.
    pub progress_change: Option<f64>,
    /// The latest check-in note on it, with its day.
    pub note: Option<(NaiveDate, String)>,
}

/// Something to celebrate.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Win {
    /// A key result done since.
    Done { item: Item },
    /// A key result back on track since (it was at risk, off track or stalled).
    OnTrack { item: Item },
    /// An experiment whose result counts since, and was won.
    ExperimentWon {
        id: String,
        title: String,
        owner: Option<String>,
        learning: Option<String>,
    },
}

/// Statuses that need a person's attention, worst first.
const ATTENTION: [Status; 4] = [
    Status::OffTrack,
    Status::GuardrailBreached,
    Status::Stalled,
    Status::AtRisk,
];

/// Builds the digest from the tree `now` and the tree `before` (as it stood
/// on the day before `since`, see `engine::as_it_stood`).
pub fn build(config: &Config, now: &Report, before: &Report, since: NaiveDate) -> Digest {
    let then: std::collections::HashMap<&str, &KeyResultReport> = walk(&before.objectives)
        .into_iter()
        .flat_map(|(_, o)| o.key_results.iter())
        .map(|kr| (kr.id.as_str(), kr))
        .collect();
    let item = |objective: &str, kr: &KeyResultReport| {
        let was = then.get(kr.id.as_str()).copied();
        Item {
            objective: objective.to_string(),
            key_result: kr.clone(),
            was: was.map(|w| w.status),
            value_change: change(
                kr.judged_value(),
                was.and_then(KeyResultReport::judged_value),
            ),
            progress_change: change(kr.progress, was.and_then(|w| w.progress)),
            note: kr.note.as_ref().map(|n| (n.date, n.value.clone())),
        }
    };
    let mut moved = Vec::new();
    let mut attention = Vec::new();
    let mut wins = Vec::new();
    for (_, o) in walk(&now.objectives) {
        for kr in &o.key_results {
            let it = item(&o.title, kr);
            let was = it.was;
            if kr.status == Status::Done && was.is_some_and(|w| w != Status::Done) {
                wins.push(Win::Done { item: it.clone() });
            } else if kr.status == Status::OnTrack
                && was.is_some_and(|w| {
                    matches!(w, Status::AtRisk | Status::OffTrack | Status::Stalled)
                })
            {
                wins.push(Win::OnTrack { item: it.clone() });
            }
            if ATTENTION.contains(&kr.status) {
                attention.push(it.clone());
            }
            let changed = it.progress_change.is_some_and(|p| p != 0.0)
                || (kr.kind == crate::report::Kind::Milestone
                    && was.is_some_and(|w| w != kr.status));
            if changed {
                moved.push(it);
            }
        }
    }
    moved.sort_by(|a, b| {
        let size = |i: &Item| i.progress_change.map_or(0.0, f64::abs);
        size(b).total_cmp(&size(a))
    });
    attention.sort_by_key(|i| {
        ATTENTION
            .iter()
            .position(|s| *s == i.key_result.status)
            .unwrap_or(ATTENTION.len())
    });
    for e in &config.experiments {
        let now_status = e.status_at(now.as_of);
        let then_status = e.status_at(before.as_of);
        if now_status == ExperimentStatus::Won && then_status != ExperimentStatus::Won {
            wins.push(Win::ExperimentWon {
                id: e.id.clone(),
                title: e.title.clone(),
                owner: e.owner.clone(),
                learning: e.as_of(now.as_of).learning,
            });
        }
    }
    let mut counts: Vec<(Status, usize)> = Status::ALL
        .iter()
        .map(|&s| {
            let n = walk(&now.objectives)
                .iter()
                .flat_map(|(_, o)| o.key_results.iter())
                .filter(|kr| kr.status == s)
                .count();
            (s, n)
        })
        .filter(|&(_, n)| n > 0)
        .collect();
    counts.sort_by_key(|&(s, _)| std::cmp::Reverse(s.severity()));
    Digest {
        as_of: now.as_of,
        since,
        cycle: now.cycle.name.clone(),
        cycle_start: now.cycle.start,
        cycle_end: now.cycle.end,
        elapsed: now.cycle.elapsed,
        north_star: now.north_star.as_ref().map(|ns| NorthStarLine {
            report: ns.clone(),
            previous: previous_period(ns),
        }),
        moved,
        attention,
        wins,
        counts,
    }
}

/// The North Star's value in the period before its latest, when both are
/// whole periods that can be compared.
fn previous_period(ns: &NorthStarReport) -> Option<f64> {
    let period = ns.period?;
    if ns.partial {
        return None;
    }
    let at = ns.trend.iter().position(|p| p.start == period.start)?;
    let before = ns.trend.get(at.checked_sub(1)?)?;
    let days = |s: NaiveDate, e: NaiveDate| (e - s).num_days();
    // A period clipped by the cycle's start is shorter: not comparable.
    (days(before.start, before.end) == days(period.start, period.end) && !before.partial)
        .then_some(before.value)
        .flatten()
}
