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
    pub message: String,
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

fn fmt_num(v: Option<f64>) -> String {
    match v {
        None => "no data".to_string(),
        Some(x) if x == x.trunc() && x.abs() < 1e15 => format!("{x:.0}"),
        Some(x) => {
            let s = format!("{x:.4}");
            s.trim_end_matches('0').trim_end_matches('.').to_string()
        }
    }
}

fn message(kr: &KeyResultReport, matched: &[Match]) -> String {
    let mut parts = vec![format!("{}: {}", kr.status.name(), kr.reason)];
    if kr.value.is_some() {
        let mut line = match kr.run_rate {
            Some(rate) => format!(
                "value {} so far, run rate {}",
                fmt_num(kr.value),
                fmt_num(Some(rate))
            ),
            None => format!("value {}", fmt_num(kr.value)),
        };
        if let Some(t) = kr.target {
            line.push_str(&format!(", target {}", fmt_num(Some(t))));
        }
        if let (Some(s), Some(t), Some(e)) = (kr.start, kr.target, kr.expected) {
            let want = ((s + e * (t - s)) * 100.0).round() / 100.0;
            line.push_str(&format!(", expected {} by now", fmt_num(Some(want))));
        }
        parts.push(line);
    }
    if kr.status == Status::Stalled && !matched.contains(&Match::Stale) {
        if let Some(d) = kr.last_data {
            parts.push(format!("newest data point {d}"));
        }
    }
    if matched.contains(&Match::Stale) {
        parts.push(match kr.last_data {
            Some(d) => format!("stale: the newest data point is from {d}"),
            None => "stale".to_string(),
        });
    }
    parts.join("; ")
}

/// Judges every key result of `report` against the two lists.
pub fn judge<'a>(report: &'a Report, fail_on: &[String], warn_on: &[String]) -> Outcome<'a> {
    let mut outcome = Outcome {
        failures: Vec::new(),
        warnings: Vec::new(),
        passed: Vec::new(),
    };
    let all = crate::render::walk(&report.objectives)
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
            message: message(kr, &matched),
            matched,
            kr,
        });
    }
    outcome
}
