//! `okr check`: the CI gate. Exit 1 when any key result matches
//! `--fail-on`; report `--warn-on` matches without failing.

use std::collections::HashMap;
use std::path::Path;

use anyhow::Result;
use clap::{Args, ValueEnum};

use super::Common;
use crate::error::{Diagnostic, EXIT_FAILING, EXIT_OK};
use crate::render::number::Locale;
use crate::report::{KeyResultReport, Report};

pub const EXAMPLES: &str = "\
Examples:
  okr check                                   fail on off-track, stalled, guardrail-breached
  okr check --fail-on off-track,stale --warn-on at-risk
  okr check --format junit > okr-junit.xml    for CI test dashboards
  okr check --format github                   annotations in GitHub Actions";

/// The default for `--fail-on` (DESIGN.md section 3).
pub const DEFAULT_FAIL_ON: [&str; 3] = ["off-track", "stalled", "guardrail-breached"];
/// The default for `--warn-on`.
pub const DEFAULT_WARN_ON: [&str; 2] = ["at-risk", "stale"];

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CheckFormat {
    /// Human text
    Text,
    /// The status JSON plus a `check` object
    Json,
    /// JUnit XML: one test case per key result
    Junit,
    /// GitHub Actions workflow commands (::error / ::warning)
    Github,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    #[command(flatten)]
    pub common: Common,
    /// Statuses that fail the check (and `stale`), comma-separated
    /// [default: [check] fail_on, else off-track,stalled,guardrail-breached]
    #[arg(long, value_delimiter = ',', value_name = "STATUSES", value_parser = parse_fail_name)]
    pub fail_on: Option<Vec<String>>,
    /// Statuses reported as warnings without failing [default: [check] warn_on, else at-risk,stale]
    #[arg(long, value_delimiter = ',', value_name = "STATUSES", value_parser = parse_check_name)]
    pub warn_on: Option<Vec<String>>,
    /// Output format
    #[arg(long, short = 'f', value_enum, default_value_t = CheckFormat::Text)]
    pub format: CheckFormat,
    /// Only objectives (and their key results) of this owner
    #[arg(long, value_name = "OWNER")]
    pub owner: Option<String>,
    /// Only this objective and the objectives aligned under it
    #[arg(long, value_name = "ID")]
    pub objective: Option<String>,
}

fn parse_fail_name(text: &str) -> Result<String, String> {
    if text.trim() == "pending" {
        return Err(format!(
            "{}; name it in --warn-on to see it",
            crate::config::PENDING_NEVER_FAILS
        ));
    }
    parse_check_name(text)
}

fn parse_check_name(text: &str) -> Result<String, String> {
    let t = text.trim();
    if crate::config::CHECK_NAMES.contains(&t) {
        return Ok(t.to_string());
    }
    let hint = match crate::config::closest(t, crate::config::CHECK_NAMES) {
        Some(best) => format!(" (did you mean `{best}`?)"),
        None => String::new(),
    };
    Err(format!(
        "unknown status `{t}`{hint}; use any of: {}",
        crate::config::CHECK_NAMES.join(", ")
    ))
}

/// How one key result fared.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Finding<'a> {
    pub objective: &'a str,
    pub key_result: &'a str,
    pub title: &'a str,
    pub status: &'static str,
    /// The names (statuses and `stale`) that matched.
    pub matched: Vec<&'static str>,
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

/// Judges every key result of `report` against the two lists.
/// Messages are in `locale` (JSON: en-US, as an interface).
pub fn judge<'a>(
    report: &'a Report,
    fail_on: &[String],
    warn_on: &[String],
    locale: Locale,
) -> Outcome<'a> {
    let mut outcome = Outcome {
        failures: Vec::new(),
        warnings: Vec::new(),
        passed: Vec::new(),
    };
    let all = crate::render::walk(&report.objectives)
        .into_iter()
        .flat_map(|(_, o)| o.key_results.iter().map(move |k| (o.id.as_str(), k)));
    for (objective, kr) in all {
        let names: Vec<&'static str> = {
            let mut n = vec![kr.status.name()];
            if kr.stale == Some(true) {
                n.push("stale");
            }
            n
        };
        let matched = |list: &[String]| -> Vec<&'static str> {
            names
                .iter()
                .copied()
                .filter(|n| list.iter().any(|l| l == n))
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
            status: kr.status.name(),
            message: crate::render::reason::finding(kr, &matched, locale),
            matched,
            kr,
        });
    }
    outcome
}

pub fn run(args: &CheckArgs) -> Result<u8> {
    let (config, loaded) = args.common.load()?;
    super::check_filters(&config, args.owner.as_deref(), args.objective.as_deref())?;
    let report = crate::engine::evaluate(&config, &loaded.store, args.common.as_of());
    let report = crate::render::filtered(report, args.owner.as_deref(), args.objective.as_deref());
    let to_strings = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    let fail_on = args
        .fail_on
        .clone()
        .or_else(|| config.check.fail_on.clone())
        .unwrap_or_else(|| to_strings(&DEFAULT_FAIL_ON));
    let warn_on = args
        .warn_on
        .clone()
        .or_else(|| config.check.warn_on.clone())
        .unwrap_or_else(|| to_strings(&DEFAULT_WARN_ON));
    if fail_on.is_empty() {
        return Err(
            Diagnostic::new("--fail-on is empty: the check could never fail")
                .with_hint(format!(
                    "name statuses, e.g. --fail-on {}",
                    DEFAULT_FAIL_ON.join(",")
                ))
                .into(),
        );
    }
    let locale = match args.format {
        CheckFormat::Json => Locale::EN_US,
        _ => Locale::from_tag(&config.settings.locale),
    };
    let outcome = judge(&report, &fail_on, &warn_on, locale);
    let text = match args.format {
        CheckFormat::Text => text(&report, &outcome, args.common.quiet),
        CheckFormat::Json => json(&report, &outcome, &fail_on, &warn_on)?,
        CheckFormat::Junit => junit(&report, &outcome)?,
        CheckFormat::Github => github(&report, &outcome),
    };
    super::print(&text)?;
    Ok(if outcome.failures.is_empty() {
        EXIT_OK
    } else {
        EXIT_FAILING
    })
}

fn summary(report: &Report, outcome: &Outcome) -> String {
    format!(
        "{} as of {}: {} failing, {} warning{}, {} passing",
        report.cycle.name,
        report.as_of,
        outcome.failures.len(),
        outcome.warnings.len(),
        if outcome.warnings.len() == 1 { "" } else { "s" },
        outcome.passed.len()
    )
}

fn text(report: &Report, outcome: &Outcome, quiet: bool) -> String {
    let width = super::terminal_width();
    let mut out = String::new();
    let mut finding = |mark: &str, f: &Finding| {
        out.push_str(&format!(
            "{mark}  {}\n      {}\n",
            crate::render::hanging(&format!("{}  {}", f.key_result, f.title), 6, width),
            crate::render::hanging(&f.message, 6, width)
        ));
    };
    for f in &outcome.failures {
        finding("FAIL", f);
    }
    if !quiet {
        for w in &outcome.warnings {
            finding("warn", w);
        }
    }
    if !quiet || !outcome.failures.is_empty() {
        out.push_str(&format!("okr check: {}\n", summary(report, outcome)));
    }
    out
}

fn json(
    report: &Report,
    outcome: &Outcome,
    fail_on: &[String],
    warn_on: &[String],
) -> Result<String> {
    let mut value = serde_json::to_value(report)?;
    let ids = |list: &[Finding]| {
        list.iter()
            .map(|f| f.key_result.to_string())
            .collect::<Vec<_>>()
    };
    let check = serde_json::json!({
        "passed": outcome.failures.is_empty(),
        "fail_on": fail_on,
        "warn_on": warn_on,
        "failures": outcome.failures,
        "warnings": outcome.warnings,
        "failed": ids(&outcome.failures),
        "warned": ids(&outcome.warnings),
    });
    if let Some(map) = value.as_object_mut() {
        map.insert("check".to_string(), check);
    }
    Ok(serde_json::to_string_pretty(&value)? + "\n")
}

fn junit(report: &Report, outcome: &Outcome) -> Result<String> {
    use quick_junit::{NonSuccessKind, Report as JReport, TestCase, TestCaseStatus, TestSuite};
    // Each finding by key result, with its level: 2 failed, 1 warned, 0 passed.
    let mut findings: HashMap<&str, (&Finding, u8)> = HashMap::new();
    for (list, level) in [
        (&outcome.failures, 2),
        (&outcome.warnings, 1),
        (&outcome.passed, 0),
    ] {
        findings.extend(list.iter().map(|f| (f.key_result, (f, level))));
    }
    let mut junit = JReport::new(format!("okr check {}", report.cycle.name));
    // One suite per objective with key results, in the report's order.
    for (_, o) in crate::render::walk(&report.objectives) {
        if o.key_results.is_empty() {
            continue;
        }
        let mut suite = TestSuite::new(o.id.clone());
        for kr in &o.key_results {
            let Some(&(f, level)) = findings.get(kr.id.as_str()) else {
                continue;
            };
            let status = if level == 2 {
                let mut s = TestCaseStatus::non_success(NonSuccessKind::Failure);
                s.set_message(f.message.clone());
                s.set_type(f.matched.join(","));
                s.set_description(format!("{}\n{}", f.title, f.message));
                s
            } else if level == 0 && kr.status == crate::report::Status::Pending {
                // Too early to judge: neither passed nor failed.
                let mut s = TestCaseStatus::skipped();
                s.set_message(f.message.clone());
                s.set_type("pending");
                s
            } else {
                TestCaseStatus::success()
            };
            let mut case = TestCase::new(format!("{}: {}", f.key_result, f.title), status);
            case.set_classname(format!("okr.{}", o.id));
            if level == 1 {
                case.set_system_out(format!("warning: {}", f.message));
            }
            suite.add_test_case(case);
        }
        junit.add_test_suite(suite);
    }
    Ok(junit.to_string()? + "\n")
}

/// Escapes the data of a workflow command.
fn gh_data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escapes a property of a workflow command.
fn gh_property(s: &str) -> String {
    gh_data(s).replace(':', "%3A").replace(',', "%2C")
}

fn relative(path: &Path) -> String {
    let cwd = std::env::current_dir().ok();
    let rel = cwd
        .as_deref()
        .and_then(|c| path.strip_prefix(c).ok())
        .unwrap_or(path);
    rel.to_string_lossy().replace('\\', "/")
}

fn github(report: &Report, outcome: &Outcome) -> String {
    let mut out = String::new();
    let mut emit = |kind: &str, f: &Finding| {
        let loc = &f.kr.loc;
        let mut props = vec![format!("file={}", gh_property(&relative(&loc.file)))];
        if loc.line > 0 {
            props.push(format!("line={}", loc.line));
            props.push(format!("col={}", loc.column));
        }
        props.push(format!(
            "title={}",
            gh_property(&format!("{} {}", f.key_result, f.matched.join(", ")))
        ));
        out.push_str(&format!(
            "::{kind} {}::{}\n",
            props.join(","),
            gh_data(&format!("{}: {}", f.title, f.message))
        ));
    };
    for f in &outcome.failures {
        emit("error", f);
    }
    for f in &outcome.warnings {
        emit("warning", f);
    }
    out.push_str(&format!("okr check: {}\n", summary(report, outcome)));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn workflow_commands_are_escaped() {
        assert_eq!(gh_data("50% done\nnext"), "50%25 done%0Anext");
        assert_eq!(gh_property("a:b,c"), "a%3Ab%2Cc");
    }

    #[test]
    fn check_names_are_validated() {
        assert!(parse_check_name("off-track").is_ok());
        assert!(parse_check_name("stale").is_ok());
        let err = parse_check_name("offtrack").unwrap_err();
        assert!(err.contains("did you mean `off-track`"), "{err}");
    }
}
