//! `okr experiments`: the backlog by ICE, what runs, and the success and
//! fail boards, with each experiment's metric lift against its baseline.

use anyhow::Result;
use clap::Args;

use super::status::StatusFormat;
use super::Common;
use crate::error::data::IdKind;
use crate::error::EXIT_OK;
use crate::render::experiments;

pub const EXAMPLES: &str = "\
Examples:
  okr experiments                       running, backlog by ICE, success and fail boards
  okr experiments --format markdown     for the weekly growth meeting's notes
  okr experiments --key-result mql-monthly";

#[derive(Debug, Args)]
pub struct ExperimentsArgs {
    #[command(flatten)]
    pub common: Common,
    /// Output format
    #[arg(long, short = 'f', value_enum, default_value_t = StatusFormat::Table)]
    pub format: StatusFormat,
    /// Only experiments aimed at this key result
    #[arg(long, value_name = "ID")]
    pub key_result: Option<String>,
    /// Only experiments of this owner
    #[arg(long, value_name = "OWNER")]
    pub owner: Option<String>,
}

pub fn run(args: &ExperimentsArgs) -> Result<u8> {
    let (config, loaded) = args.common.load()?;
    if let Some(id) = &args.key_result {
        let krs = || config.objectives.iter().flat_map(|o| &o.key_results);
        if !krs().any(|k| &k.id == id) {
            let ids = krs().map(|k| k.id.as_str());
            return Err(super::unknown_id(IdKind::KeyResult, id, ids, false).into());
        }
    }
    let mut board = crate::engine::experiments::board(&config, &loaded.store, args.common.as_of());
    let keep = |e: &crate::report::ExperimentReport| {
        args.key_result
            .as_ref()
            .is_none_or(|id| e.key_results.iter().any(|k| k == id))
            && args.owner.as_ref().is_none_or(|o| {
                e.owner
                    .as_deref()
                    .is_some_and(|eo| eo.eq_ignore_ascii_case(o))
            })
    };
    board.retain(keep);
    if let Some(id) = &args.key_result {
        board.needs_experiment.retain(|k| k == id);
    }
    let opts = super::render_options(false, config.settings.locale.clone());
    super::print(&experiments::render(&board, args.format.into(), &opts))?;
    Ok(EXIT_OK)
}
