//! `okr log`: the check-in history from `checkins.csv`, with notes and
//! authors, oldest first.

use anyhow::Result;
use clap::{Args, ValueEnum};

use super::Common;
use crate::error::EXIT_OK;
use crate::metrics::checkins;
use crate::render::log as draw;
use crate::render::number::Locale;
use crate::report::log::CheckinLog;

pub const EXAMPLES: &str = "\
Examples:
  okr log                          every check-in, oldest first
  okr log brand-survey             one key result's
  okr log pipeline                 the key results of one objective
  okr log --format csv > history.csv";

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LogFormat {
    Table,
    Csv,
    Json,
}

#[derive(Debug, Args)]
pub struct LogArgs {
    #[command(flatten)]
    pub common: Common,
    /// Only this key result (or the key results of this objective)
    #[arg(value_name = "KR-ID")]
    pub id: Option<String>,
    /// Output format
    #[arg(long, short = 'f', value_enum, default_value_t = LogFormat::Table)]
    pub format: LogFormat,
}

pub fn run(args: &LogArgs) -> Result<u8> {
    // Loading validates the log against the OKR file.
    let config = args.common.load_config()?;
    let path = checkins::path_for(&config.path);
    let entries = checkins::read(&path)?;
    let only: Option<Vec<&str>> = match &args.id {
        Some(id) => Some(match config.objectives.iter().find(|o| &o.id == id) {
            Some(objective) => objective
                .key_results
                .iter()
                .map(|k| k.id.as_str())
                .collect(),
            None => vec![super::find_key_result(&config, id)?.id.as_str()],
        }),
        None => None,
    };
    let log = CheckinLog::new(entries, only.as_deref());
    if args.format == LogFormat::Table && log.entries.is_empty() {
        if !args.common.quiet {
            crate::say!(
                "{}",
                crate::t!("log-empty", file = path.display().to_string())
            );
        }
        return Ok(EXIT_OK);
    }
    let locale = Locale::from_tag(&config.settings.locale);
    let text = match args.format {
        LogFormat::Table => draw::table(&log, super::terminal_width(), locale),
        LogFormat::Csv => draw::csv(&log)?,
        LogFormat::Json => draw::json(&log),
    };
    super::print(&text)?;
    Ok(EXIT_OK)
}
