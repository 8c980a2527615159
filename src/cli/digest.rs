//! `okr digest`: the weekly update as a chat message or a summary.

use anyhow::Result;
use clap::{Args, ValueEnum};

use super::status::{parse_since, Since};
use super::Common;
use crate::error::EXIT_OK;
use crate::render::digest::DigestFormat;

pub const EXAMPLES: &str = "\
Examples:
  okr digest                              what moved this week, as text
  okr digest --format markdown >> \"$GITHUB_STEP_SUMMARY\"
  okr digest --format slack | curl -sS -X POST -H 'Content-Type: application/json' \\
      --data-binary @- \"$SLACK_WEBHOOK_URL\"
  okr digest --format teams --since 2026-11-01";

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DigestFormatArg {
    /// Plain text (a terminal, an e-mail)
    Text,
    /// GitHub-flavoured Markdown (a step summary, a wiki, an e-mail)
    Markdown,
    /// A Slack message: Block Kit JSON for an incoming webhook
    Slack,
    /// A Microsoft Teams message: an Adaptive Card for a webhook
    Teams,
}

#[derive(Debug, Args)]
pub struct DigestArgs {
    #[command(flatten)]
    pub common: Common,
    /// Output format
    #[arg(long, short = 'f', value_enum, default_value_t = DigestFormatArg::Text)]
    pub format: DigestFormatArg,
    /// Changes since this day: a date, or days or weeks back (7d, 2w)
    #[arg(long, value_name = "DATE", value_parser = parse_since, default_value = "7d")]
    pub since: Since,
    /// Only what this owner owns
    #[arg(long, value_name = "OWNER")]
    pub owner: Option<String>,
    /// Only this objective and the objectives aligned under it
    #[arg(long, value_name = "ID")]
    pub objective: Option<String>,
}

pub fn run(args: &DigestArgs) -> Result<u8> {
    let (config, loaded) = args.common.load()?;
    super::check_filters(&config, args.owner.as_deref(), args.objective.as_deref())?;
    let as_of = args.common.as_of();
    let since = args.since.resolve(as_of);
    super::since_not_after(since, as_of, false)?;
    let now = crate::engine::evaluate(&config, &loaded.store, as_of);
    let before = crate::engine::as_it_stood(&config, &loaded.store, since);
    let narrow = |r: &crate::report::Report| {
        crate::render::filter(r, args.owner.as_deref(), args.objective.as_deref())
    };
    let digest = crate::report::digest::build(&config, &narrow(&now), &narrow(&before), since);
    let format = match args.format {
        DigestFormatArg::Text => DigestFormat::Text,
        DigestFormatArg::Markdown => DigestFormat::Markdown,
        DigestFormatArg::Slack => DigestFormat::Slack,
        DigestFormatArg::Teams => DigestFormat::Teams,
    };
    let text = crate::render::digest::render(
        &digest,
        format,
        &config.settings.locale,
        super::terminal_width(),
    );
    super::print(&text)?;
    Ok(EXIT_OK)
}
