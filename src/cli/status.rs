//! `okr status`: the tree with value, target, progress, pace and status.

use anyhow::Result;
use clap::{Args, ValueEnum};

use super::Common;
use crate::render::{self, Format, RenderOptions};

pub const EXAMPLES: &str = "\
Examples:
  okr status                                  the tree, as of today
  okr status -c okrs.example.toml --as-of 2026-11-20
  okr status --owner marketing --format markdown
  okr status --objective pipeline --format json | jq .";

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum StatusFormat {
    Table,
    Json,
    Csv,
    Markdown,
}

impl From<StatusFormat> for Format {
    fn from(f: StatusFormat) -> Format {
        match f {
            StatusFormat::Table => Format::Table,
            StatusFormat::Json => Format::Json,
            StatusFormat::Csv => Format::Csv,
            StatusFormat::Markdown => Format::Markdown,
        }
    }
}

#[derive(Debug, Args)]
pub struct StatusArgs {
    #[command(flatten)]
    pub common: Common,
    /// Output format
    #[arg(long, short = 'f', value_enum, default_value_t = StatusFormat::Table)]
    pub format: StatusFormat,
    /// Only objectives (and their key results) of this owner
    #[arg(long, value_name = "OWNER")]
    pub owner: Option<String>,
    /// Only this objective and the objectives aligned under it
    #[arg(long, value_name = "ID")]
    pub objective: Option<String>,
}

pub fn run(args: &StatusArgs) -> Result<u8> {
    let (config, loaded) = args.common.load()?;
    super::check_filters(&config, args.owner.as_deref(), args.objective.as_deref())?;
    let report = crate::engine::evaluate(&config, &loaded.store, args.common.as_of());
    let report = render::filter(&report, args.owner.as_deref(), args.objective.as_deref());
    let opts = RenderOptions {
        color: args.format == StatusFormat::Table && args.common.color_stdout(),
        width: super::terminal_width(),
        locale: config.settings.locale.clone(),
    };
    super::print(&render::render(&report, args.format.into(), &opts))?;
    Ok(crate::error::EXIT_OK)
}
