//! `okr metrics`: the metrics found in each source (rows, missing values,
//! first and last date, the file) and the configured metrics that use
//! them, so a user can see why a key result shows no data.

use std::collections::BTreeSet;

use anyhow::Result;
use clap::{Args, ValueEnum};

use super::Common;
use crate::error::{Diagnostic, Diagnostics, EXIT_BAD_INPUT, EXIT_OK};
use crate::render::inventory as draw;
use crate::report::inventory;

pub const EXAMPLES: &str = "\
Examples:
  okr metrics                      every metric in every source, and who uses it
  okr metrics --format json | jq '.not_found'
  okr metrics --format csv > metrics.csv";

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum MetricsFormat {
    Table,
    Json,
    Csv,
}

#[derive(Debug, Args)]
pub struct MetricsArgs {
    #[command(flatten)]
    pub common: Common,
    /// Output format
    #[arg(long, short = 'f', value_enum, default_value_t = MetricsFormat::Table)]
    pub format: MetricsFormat,
}

pub fn run(args: &MetricsArgs) -> Result<u8> {
    let config = args.common.load_config()?;
    // Each source on its own, so one broken file does not hide the others.
    let mut sources = Vec::new();
    let mut problems: Vec<Diagnostic> = Vec::new();
    let mut has_values: BTreeSet<String> = BTreeSet::new();
    for source in &config.sources {
        let mut one = config.clone();
        one.sources = vec![source.clone()];
        match crate::metrics::load(&one) {
            Ok(loaded) => {
                for name in one.metrics.keys() {
                    if loaded.store.get(name).is_some_and(|s| !s.days.is_empty()) {
                        has_values.insert(name.clone());
                    }
                }
                sources.extend(loaded.sources);
            }
            Err(d) => problems.push(d),
        }
    }
    let report = inventory::metrics(&config, &sources, &has_values);
    let text = match args.format {
        MetricsFormat::Table => draw::metrics_table(
            &report,
            super::terminal_width(),
            crate::render::number::Locale::from_tag(&config.settings.locale),
        ),
        MetricsFormat::Json => draw::json(&report),
        MetricsFormat::Csv => draw::metrics_csv(&report),
    };
    super::print(&text)?;
    if !problems.is_empty() {
        crate::say!("{}", Diagnostics(problems));
        return Ok(EXIT_BAD_INPUT);
    }
    Ok(EXIT_OK)
}
