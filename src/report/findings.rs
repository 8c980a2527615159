//! `okr check`'s findings: every key result judged against `--fail-on` and
//! `--warn-on`. Plain data; `render::findings` draws it.

use serde::{Serialize, Serializer};

use crate::report::{KeyResultReport, Report, Status};

/// A name of `--fail-on` / `--warn-on` that a key result matched: its
/// status, or `stale`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Match {
    Status(Status),
    Stale,
}

impl Match {
    pub fn name(self) -> &'static str {
        match self {
            Match::Status(status) => status.name(),
            Match::Stale => "stale",
        }
    }
}

impl Serialize for Match {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.name())
    }
}

/// How one key result fared.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Finding<'a> {
    pub objective: &'a str,
    pub key_result: &'a str,
    pub title: &'a str,
    pub status: Status,
    /// The names (statuses and `stale`) that matched.
    pub matched: Vec<Match>,
    #[serde(skip)]
    pub kr: &'a KeyResultReport,
}

/// The outcome of a check over a report.
#[derive(Debug, Clone)]
pub struct Outcome<'a> {
    pub failures: Vec<Finding<'a>>,
    pub warnings: Vec<Finding<'a>>,
    pub passed: Vec<Finding<'a>>,
}

/// Judges every key result of `report` against the two lists.
pub fn judge<'a>(report: &'a Report, fail_on: &[String], warn_on: &[String]) -> Outcome<'a> {
    let mut outcome = Outcome {
        failures: Vec::new(),
        warnings: Vec::new(),
        passed: Vec::new(),
    };
    let all = crate::report::walk(&report.objectives)
        .into_iter()
        .flat_map(|(_, o)| o.key_results.iter().map(move |k| (o.id.as_str(), k)));
    for (objective, kr) in all {
        let names: Vec<Match> = {
            let mut n = vec![Match::Status(kr.status)];
            if kr.stale == Some(true) {
                n.push(Match::Stale);
            }
            n
        };
        let matched = |list: &[String]| -> Vec<Match> {
            names
                .iter()
                .copied()
                .filter(|n| list.iter().any(|l| l == n.name()))
                .collect()
        };
        let failed = matched(fail_on);
        let warned = matched(warn_on);
        let (bucket, matched) = if !failed.is_empty() {
            (&mut outcome.failures, failed)
        } else if !warned.is_empty() {
            (&mut outcome.warnings, warned)
        } else {
            (&mut outcome.passed, Vec::new())
        };
        bucket.push(Finding {
            objective,
            key_result: &kr.id,
            title: &kr.title,
            status: kr.status,
            matched,
            kr,
        });
    }
    outcome
}
