//! `okr north-star` (alias `nsm`): the North Star, its inputs and
//! guardrails per period, with change, trend, target and pace needed.

use anyhow::Result;
use clap::{Args, ValueEnum};

use super::status::StatusFormat;
use super::Common;
use crate::config::model::Grain;
use crate::error::data::CliProblem;
use crate::error::{Diagnostic, EXIT_OK};
use crate::render::board;

pub const EXAMPLES: &str = "\
Examples:
  okr north-star                         per the North Star's grain over the cycle
  okr nsm --last 4                       the latest four periods
  okr nsm --grain month --format csv     per month, for a spreadsheet";

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum GrainArg {
    Day,
    Week,
    Month,
    Quarter,
}

impl From<GrainArg> for Grain {
    fn from(g: GrainArg) -> Grain {
        match g {
            GrainArg::Day => Grain::Day,
            GrainArg::Week => Grain::Week,
            GrainArg::Month => Grain::Month,
            GrainArg::Quarter => Grain::Quarter,
        }
    }
}

#[derive(Debug, Args)]
pub struct NorthStarArgs {
    #[command(flatten)]
    pub common: Common,
    /// Output format
    #[arg(long, short = 'f', value_enum, default_value_t = StatusFormat::Table)]
    pub format: StatusFormat,
    /// Periods of this grain [default: the North Star's own]
    #[arg(long, value_enum)]
    pub grain: Option<GrainArg>,
    /// Only the latest N periods
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..))]
    pub last: Option<u32>,
}

pub fn run(args: &NorthStarArgs) -> Result<u8> {
    let (config, loaded) = args.common.load()?;
    let Some(b) = crate::engine::north_star_board(
        &config,
        &loaded.store,
        args.common.as_of(),
        args.grain.map(Grain::from),
        args.last.map(|n| n as usize),
    ) else {
        return Err(Diagnostic::new(CliProblem::NoNorthStar {
            path: config.path.clone(),
        })
        .into());
    };
    let opts = super::render_options(false, config.settings.locale.clone());
    super::print(&board::render(&b, args.format.into(), &opts))?;
    Ok(EXIT_OK)
}
