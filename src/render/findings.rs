//! `okr check` drawn: text for people, the status JSON with a `check`
//! object, JUnit XML, or GitHub Actions workflow commands.

use std::collections::HashMap;
use std::path::Path;

use anyhow::Result;

use unicode_width::UnicodeWidthStr;

use super::grid::hanging;
use super::number::{self, Locale};
use crate::report::findings::{Finding, Match, Outcome};
use crate::report::{Report, Status};
use crate::t;

fn summary(report: &Report, outcome: &Outcome, locale: Locale) -> String {
    t!(
        "chk-summary",
        cycle = report.cycle.name.as_str(),
        date = number::date(report.as_of, locale),
        failing = outcome.failures.len(),
        warnings = outcome.warnings.len(),
        passing = outcome.passed.len()
    )
}

/// The names that matched, as `--fail-on` takes them (JUnit's type).
fn names(matched: &[Match], separator: &str) -> String {
    matched
        .iter()
        .map(|m| m.name())
        .collect::<Vec<_>>()
        .join(separator)
}

/// The names that matched, in the reader's words (an annotation's title).
fn names_for_people(matched: &[Match]) -> String {
    matched
        .iter()
        .map(|m| match m {
            Match::Status(s) => super::words::status(*s),
            Match::Stale => t!("chk-stale"),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// The failures, then the warnings (not with `quiet`), a paragraph each
/// fitted to `width`, then the summary line.
/// What check says of a finding, in `locale` (see `reason::finding`).
fn message(f: &Finding, locale: Locale) -> String {
    let names: Vec<&str> = f.matched.iter().map(|m| m.name()).collect();
    super::reason::finding(f.kr, &names, locale)
}

pub fn text(
    report: &Report,
    outcome: &Outcome,
    quiet: bool,
    width: usize,
    locale: Locale,
) -> String {
    let mut out = String::new();
    let (fail, warn) = (t!("chk-fail"), t!("chk-warn"));
    // The marks take the width of the wider; the texts hang under the ids.
    let marks = fail.width().max(warn.width());
    let indent = marks + 2;
    let mut finding = |mark: &str, f: &Finding| {
        let pad = " ".repeat(marks - mark.width());
        out.push_str(&format!(
            "{mark}{pad}  {}\n{}{}\n",
            hanging(&format!("{}  {}", f.key_result, f.title), indent, width),
            " ".repeat(indent),
            hanging(&message(f, locale), indent, width)
        ));
    };
    for f in &outcome.failures {
        finding(&fail, f);
    }
    if !quiet {
        for w in &outcome.warnings {
            finding(&warn, w);
        }
    }
    if !quiet || !outcome.failures.is_empty() {
        out.push_str(&format!(
            "okr check: {}\n",
            summary(report, outcome, locale)
        ));
    }
    out
}

pub fn json(
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
    // The message is interface here: English, with en-US numbers.
    let with_messages = |list: &[Finding]| -> Result<Vec<serde_json::Value>> {
        list.iter()
            .map(|f| {
                let mut v = serde_json::to_value(f)?;
                if let Some(map) = v.as_object_mut() {
                    map.insert("message".into(), message(f, Locale::EN_US).into());
                }
                Ok(v)
            })
            .collect()
    };
    let check = serde_json::json!({
        "passed": outcome.failures.is_empty(),
        "fail_on": fail_on,
        "warn_on": warn_on,
        "failures": with_messages(&outcome.failures)?,
        "warnings": with_messages(&outcome.warnings)?,
        "failed": ids(&outcome.failures),
        "warned": ids(&outcome.warnings),
    });
    if let Some(map) = value.as_object_mut() {
        map.insert("check".to_string(), check);
    }
    Ok(serde_json::to_string_pretty(&value)? + "\n")
}

pub fn junit(report: &Report, outcome: &Outcome, locale: Locale) -> Result<String> {
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
    for (_, o) in super::walk(&report.objectives) {
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
                s.set_message(message(f, locale));
                s.set_type(names(&f.matched, ","));
                s.set_description(format!("{}\n{}", f.title, message(f, locale)));
                s
            } else if level == 0 && kr.status == Status::Pending {
                // Too early to judge: neither passed nor failed.
                let mut s = TestCaseStatus::skipped();
                s.set_message(message(f, locale));
                s.set_type("pending");
                s
            } else {
                TestCaseStatus::success()
            };
            let mut case = TestCase::new(format!("{}: {}", f.key_result, f.title), status);
            case.set_classname(format!("okr.{}", o.id));
            if level == 1 {
                case.set_system_out(t!("chk-junit-warning", message = message(f, locale)));
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

pub fn github(report: &Report, outcome: &Outcome, locale: Locale) -> String {
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
            gh_property(&format!(
                "{} {}",
                f.key_result,
                names_for_people(&f.matched)
            ))
        ));
        out.push_str(&format!(
            "::{kind} {}::{}\n",
            props.join(","),
            gh_data(&format!("{}: {}", f.title, message(f, locale)))
        ));
    };
    for f in &outcome.failures {
        emit("error", f);
    }
    for f in &outcome.warnings {
        emit("warning", f);
    }
    out.push_str(&format!(
        "okr check: {}\n",
        summary(report, outcome, locale)
    ));
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
}
