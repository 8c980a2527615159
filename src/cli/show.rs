//! `okr show ID`: one key result or objective in depth, with a chart.

use anyhow::Result;
use clap::{Args, ValueEnum};

use super::Common;
use crate::error::data::IdKind;
use crate::render::show::{self, KeyResultView};
use crate::report::{find_key_result, find_objective};

pub const EXAMPLES: &str = "\
Examples:
  okr show sqls-q4                            a key result: numbers, why, chart
  okr show pipeline                           an objective and everything under it
  okr show mql-monthly -c okrs.example.toml --as-of 2026-11-20
  okr show sqls-q4 --format json | jq .history.points";

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ShowFormat {
    Text,
    Json,
}

#[derive(Debug, Args)]
pub struct ShowArgs {
    #[command(flatten)]
    pub common: Common,
    /// The id of a key result or an objective
    #[arg(value_name = "ID")]
    pub id: String,
    /// Output format
    #[arg(long, short = 'f', value_enum, default_value_t = ShowFormat::Text)]
    pub format: ShowFormat,
}

pub fn run(args: &ShowArgs) -> Result<u8> {
    let (config, loaded) = args.common.load()?;
    let as_of = args.common.as_of();
    let report = crate::engine::evaluate(&config, &loaded.store, as_of);
    let opts = super::render_options(
        args.format == ShowFormat::Text && args.common.color_stdout(),
        config.settings.locale.clone(),
    );
    let id = args.id.trim();
    let text = if let Some((objective, kr)) = find_key_result(&report.objectives, id) {
        let history = crate::engine::history(&config, &loaded.store, as_of, id);
        let view = KeyResultView {
            config: &config,
            report: &report,
            objective,
            kr,
            history: history.as_ref(),
        };
        match args.format {
            ShowFormat::Text => show::key_result(&view, &opts),
            ShowFormat::Json => show::key_result_json(&view),
        }
    } else if let Some(objective) = find_objective(&report.objectives, id) {
        match args.format {
            ShowFormat::Text => show::objective(&config, &report, objective, &opts),
            ShowFormat::Json => show::objective_json(&report, objective),
        }
    } else {
        let ids = config.objectives.iter().flat_map(|o| {
            std::iter::once(o.id.as_str()).chain(o.key_results.iter().map(|k| k.id.as_str()))
        });
        return Err(super::unknown_id(IdKind::Any, id, ids, false).into());
    };
    super::print(&text)?;
    Ok(crate::error::EXIT_OK)
}
