//! Drawing a [`Report`]: one module per output format over the one view
//! model, as hyperfine's exporters do.
//!
//! - [`table`]: the terminal tree, fitted to the terminal width.
//! - [`grid`]: the table builder every terminal table is drawn with (one
//!   style; wraps at words, never inside a number, id or date; drops
//!   columns in a stated order and says so).
//! - [`plural`]: counts in sentences (`1 objective`, `2 objectives`).
//! - Views with their own files, each drawing every format it has:
//!   [`board`] (north-star), [`experiments`], [`history`], [`inventory`]
//!   (metrics, sources), [`log`], [`findings`] (check), [`show`], [`digest`].
//! - [`json`]: the `Serialize` form of `Report`, the public contract.
//! - [`csv`]: one row per key result, for spreadsheets.
//! - [`markdown`]: GitHub-flavoured Markdown for reviews and PR comments.
//!
//! [`filter`] narrows a report to an owner or one objective's subtree
//! before it is drawn.

pub mod board;
pub(crate) mod cells;
pub mod chart;
pub mod csv;
pub mod digest;
pub mod experiments;
pub mod findings;
pub mod grid;
pub mod group;
pub mod history;
pub mod html;
pub mod inventory;
pub mod json;
pub mod log;
pub mod markdown;
pub mod number;
pub mod plural;
pub mod reason;
pub mod review;
pub mod show;
pub mod svg;
pub mod table;
pub mod words;

#[cfg(test)]
mod tests;

use crate::report::{ObjectiveReport, Report};

/// The output formats of `--format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Table,
    Json,
    Csv,
    Markdown,
}

/// How to draw, decided by the CLI.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RenderOptions {
    /// ANSI colors and bold (table only).
    pub color: bool,
    /// Terminal columns the table must fit in.
    pub width: usize,
    /// `[settings] locale`: number display in table and markdown only.
    pub locale: String,
}

impl Default for RenderOptions {
    fn default() -> Self {
        RenderOptions {
            color: false,
            width: 100,
            locale: "en-US".to_string(),
        }
    }
}

/// The report in `format`, ending with a newline.
pub fn render(report: &Report, format: Format, opts: &RenderOptions) -> String {
    match format {
        Format::Table => table::render(report, opts),
        Format::Json => json::render(report),
        Format::Csv => csv::render(report),
        Format::Markdown => markdown::render(report, opts),
    }
}

/// As [`filter`], taking the report: without a filter it is returned as
/// it is, not copied (the tree of a large organisation is large).
pub fn filtered(report: Report, owner: Option<&str>, objective: Option<&str>) -> Report {
    if owner.is_none() && objective.is_none() {
        return report;
    }
    filter(&report, owner, objective)
}

/// The report narrowed for `--objective ID` and `--owner NAME`.
///
/// `objective` keeps only the subtree of the objective with that id (found
/// at any depth), which becomes the one top-level objective; an unknown id
/// leaves no objectives. `owner` (compared case-insensitively) then keeps
/// the objectives it owns, each with everything under it; an objective owned
/// by someone else is dropped, and those of its aligned objectives that match
/// take its place. The North Star and all numbers are kept as they are:
/// filtering changes what is shown, not what was computed.
pub fn filter(report: &Report, owner: Option<&str>, objective: Option<&str>) -> Report {
    let mut objectives = match objective {
        Some(id) => crate::report::find_objective(&report.objectives, id)
            .cloned()
            .into_iter()
            .collect(),
        None => report.objectives.clone(),
    };
    if let Some(owner) = owner {
        objectives = objectives
            .into_iter()
            .flat_map(|o| keep_owned(o, owner))
            .collect();
    }
    Report {
        objectives,
        ..report.clone()
    }
}

/// `objective` itself when `owner` owns it; else, when `owner` owns some
/// of its key results, the objective as their context with just those (and
/// its matching descendants); else its matching descendants.
fn keep_owned(mut objective: ObjectiveReport, owner: &str) -> Vec<ObjectiveReport> {
    let owns = |who: Option<&str>| {
        who.is_some_and(|o| o.trim().to_lowercase() == owner.trim().to_lowercase())
    };
    if owns(objective.owner.as_deref()) {
        return vec![objective];
    }
    let children: Vec<ObjectiveReport> = std::mem::take(&mut objective.objectives)
        .into_iter()
        .flat_map(|child| keep_owned(child, owner))
        .collect();
    objective.key_results.retain(|kr| owns(kr.owner.as_deref()));
    if objective.key_results.is_empty() {
        return children;
    }
    objective.objectives = children;
    vec![objective]
}

pub(crate) use crate::report::walk;

#[cfg(test)]
mod filter_tests {
    use super::*;
    use crate::render::tests::sample_report;

    fn ids(objectives: &[ObjectiveReport]) -> Vec<String> {
        walk(objectives)
            .into_iter()
            .map(|(depth, o)| format!("{}{}", "  ".repeat(depth), o.id))
            .collect()
    }

    #[test]
    fn no_filter_keeps_everything() {
        let report = sample_report();
        assert_eq!(filter(&report, None, None), report);
    }

    #[test]
    fn owner_keeps_owned_objectives_and_lifts_aligned_ones() {
        let report = sample_report();
        // `company-growth` is owned by ceo; `pipeline` (marketing) is aligned
        // under it: filtering on marketing lifts it to the top.
        let got = filter(&report, Some("Marketing"), None);
        assert_eq!(ids(&got.objectives), ["pipeline"]);
        assert_eq!(got.north_star, report.north_star);

        let got = filter(&report, Some("CEO"), None);
        assert_eq!(ids(&got.objectives), ["company-growth", "  pipeline"]);

        let got = filter(&report, Some("nobody"), None);
        assert!(got.objectives.is_empty());
    }

    #[test]
    fn objective_keeps_its_subtree() {
        let report = sample_report();
        let got = filter(&report, None, Some("pipeline"));
        assert_eq!(ids(&got.objectives), ["pipeline"]);
        assert_eq!(got.objectives[0].key_results.len(), 7);

        let got = filter(&report, None, Some("company-growth"));
        assert_eq!(ids(&got.objectives), ["company-growth", "  pipeline"]);

        let got = filter(&report, None, Some("no-such-objective"));
        assert!(got.objectives.is_empty());
    }

    #[test]
    fn objective_and_owner_combine() {
        let report = sample_report();
        let got = filter(&report, Some("marketing"), Some("company-growth"));
        assert_eq!(ids(&got.objectives), ["pipeline"]);
        let got = filter(&report, Some("platform"), Some("company-growth"));
        assert!(got.objectives.is_empty());
    }
}
