//! `okr sources`: how each source was read (encoding, delimiter, decimal
//! mark, dates, header, skipped lines, columns and what each metric got),
//! or why it could not be read and which option to set.

use super::Common;
use crate::config::model::Config;
use crate::error::data::{CliProblem, IdKind};
use crate::error::{Diagnostic, Diagnostics, EXIT_BAD_INPUT, EXIT_OK};
use crate::metrics::SourceReport;
use crate::render::inventory as draw;
use crate::report::inventory::SourcesInventory;
use anyhow::Result;
use clap::{Args, ValueEnum};

pub const EXAMPLES: &str = "\
Examples:
  okr sources                         every source of the okrs.toml found from here
  okr sources --source ga4            one source
  okr sources --format json | jq '.sources[] | {name, date_column, header_line}'

Exit codes: 0 every source was read; 2 a source (or the OKR file) could not
be read: the message says where, and the hint names the option to set.";

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SourcesFormat {
    Table,
    Json,
}

#[derive(Debug, Args)]
pub struct SourcesArgs {
    #[command(flatten)]
    pub common: Common,
    /// Output format
    #[arg(long, short = 'f', value_enum, default_value_t = SourcesFormat::Table)]
    pub format: SourcesFormat,
    /// Only this source (its `name` under `[[sources]]`)
    #[arg(long, value_name = "NAME")]
    pub source: Option<String>,
}

pub fn run(args: &SourcesArgs) -> Result<u8> {
    let path = args.common.config_path()?;
    let Some(mut config) = super::config_or_say(&path) else {
        return Ok(EXIT_BAD_INPUT);
    };
    args.common.choose_language(&mut config);
    if let Some(name) = &args.source {
        if !config.sources.iter().any(|s| &s.name == name) {
            let names = config.sources.iter().map(|s| s.name.as_str());
            return Err(super::unknown_id(IdKind::Source, name, names, false).into());
        }
    }
    let results = read_each(&config, args.source.as_deref());
    let failed: Vec<Diagnostic> = results
        .iter()
        .filter_map(|(_, r)| r.as_ref().err().cloned())
        .collect();
    let inventory = SourcesInventory::new(&results);
    match args.format {
        SourcesFormat::Json => super::print(&draw::json(&inventory))?,
        SourcesFormat::Table if !args.common.quiet => {
            let locale = crate::render::number::Locale::from_tag(&config.settings.locale);
            super::print(&draw::sources_text(
                &inventory,
                super::terminal_width(),
                locale,
            ))?
        }
        SourcesFormat::Table => {}
    }
    if failed.is_empty() {
        Ok(EXIT_OK)
    } else {
        crate::say!("{}", Diagnostics(failed));
        Ok(EXIT_BAD_INPUT)
    }
}

/// Each source read on its own, so that one broken file hides no other.
fn read_each<'a>(
    config: &'a Config,
    only: Option<&str>,
) -> Vec<(&'a str, Result<SourceReport, Diagnostic>)> {
    config
        .sources
        .iter()
        .filter(|s| only.is_none_or(|name| s.name == name))
        .map(|source| {
            let mut one = config.clone();
            one.sources = vec![source.clone()];
            let result = crate::metrics::load(&one).and_then(|loaded| {
                loaded
                    .sources
                    .into_iter()
                    .next()
                    .ok_or_else(|| Diagnostic::new(CliProblem::NoSourceReport))
            });
            (source.name.as_str(), result)
        })
        .collect()
}
