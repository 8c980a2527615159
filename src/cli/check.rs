//! `okr check`: the CI gate. Exit 1 when any key result matches
//! `--fail-on`; report `--warn-on` matches without failing.

use anyhow::Result;
use clap::{Args, ValueEnum};

use super::Common;
use crate::error::data::{CliProblem, FlagProblem};
use crate::error::{Diagnostic, EXIT_FAILING, EXIT_OK};
use crate::render::findings as draw;
use crate::render::number::Locale;
use crate::report::findings::judge;

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
    parse_check_name(text).map_err(|p| p.to_string())
}

fn parse_check_name(text: &str) -> Result<String, FlagProblem> {
    let t = text.trim();
    if crate::config::CHECK_NAMES.contains(&t) {
        return Ok(t.to_string());
    }
    Err(FlagProblem::UnknownStatus {
        found: t.to_string(),
        suggestion: crate::config::closest(t, crate::config::CHECK_NAMES).map(str::to_string),
        names: crate::config::CHECK_NAMES.join(", "),
    })
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
        return Err(Diagnostic::new(CliProblem::FailOnEmpty {
            example: DEFAULT_FAIL_ON.join(","),
        })
        .into());
    }
    let locale = Locale::from_tag(&config.settings.locale);
    let outcome = judge(&report, &fail_on, &warn_on);
    let text = match args.format {
        CheckFormat::Text => draw::text(
            &report,
            &outcome,
            args.common.quiet,
            super::terminal_width(),
            locale,
        ),
        CheckFormat::Json => draw::json(&report, &outcome, &fail_on, &warn_on)?,
        CheckFormat::Junit => draw::junit(&report, &outcome, locale)?,
        CheckFormat::Github => draw::github(&report, &outcome, locale),
    };
    super::print(&text)?;
    Ok(if outcome.failures.is_empty() {
        EXIT_OK
    } else {
        EXIT_FAILING
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn check_names_are_validated() {
        assert!(parse_check_name("off-track").is_ok());
        assert!(parse_check_name("stale").is_ok());
        let err = parse_check_name("offtrack").unwrap_err().to_string();
        assert!(err.contains("did you mean `off-track`"), "{err}");
    }
}
