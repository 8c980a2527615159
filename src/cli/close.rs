//! `okr close`: writes the cycle's record, `<cycle name>.review.json`
//! beside the OKR file: a record that later exports cannot change.

use anyhow::Result;
use clap::Args;

use super::Common;
use crate::error::data::CliProblem;
use crate::error::{Diagnostic, EXIT_OK};
use crate::render::number::Locale;

pub const EXAMPLES: &str = "\
Examples:
  okr close                          on or after the cycle's last day
  okr close --as-of 2026-12-31       the record as of the last day, whenever you run it
  okr close --force                  close early (numbers as of today), or write the record again

The record holds the tree as of the cycle's last day: values, progress,
grades, statuses, and the experiments with their learnings. Commit it: `okr
status` reads it when the exports are gone, `okr history` compares cycles.";

#[derive(Debug, Args)]
pub struct CloseArgs {
    #[command(flatten)]
    pub common: Common,
    /// Close before the cycle's last day, or replace an existing record
    #[arg(long)]
    pub force: bool,
}

pub fn run(args: &CloseArgs) -> Result<u8> {
    let main = args.common.config_path()?;
    let _lock = crate::lock::acquire(&main)?;
    let (config, loaded) = args.common.load()?;
    let as_of = args.common.as_of();
    let cycle = &config.cycle;
    if as_of < cycle.end && !args.force {
        let locale = Locale::from_tag(&config.settings.locale);
        return Err(Diagnostic::new(CliProblem::CloseEarly {
            cycle: cycle.name.clone(),
            end: crate::render::number::date(cycle.end, locale),
            as_of: crate::render::number::date(as_of, locale),
        })
        .into());
    }
    let day = as_of.min(cycle.end);
    let report = crate::engine::evaluate(&config, &loaded.store, day);
    let record = crate::record::build(&config, report, as_of);
    let path = crate::record::path_for(&config);
    // Beside the OKR file, named by its cycle: a committed link there must
    // not lead the write out of the project (DESIGN.md section 1.3).
    crate::trust::Trust::for_main(&main)
        .check(&path, &crate::trust::Named::Record)
        .map_err(crate::trust::Refusal::into_diagnostic)?;
    let json = serde_json::to_string_pretty(&record)? + "\n";
    super::write_file_atomic(&path, json.as_bytes(), args.force)?;
    if !args.common.quiet {
        let locale = crate::render::number::Locale::from_tag(&config.settings.locale);
        let grades: Vec<String> = record
            .report
            .objectives
            .iter()
            .map(|o| match o.grade {
                Some(g) => format!("{} {}", o.id, crate::render::number::grade(g, locale)),
                None => format!("{} —", o.id),
            })
            .collect();
        crate::say!(
            "{}",
            crate::t!(
                "cmd-close-closed",
                cycle = cycle.name.as_str(),
                date = crate::render::number::date(day, locale),
                file = path.display().to_string(),
                grades = grades.join(", ")
            )
        );
    }
    Ok(EXIT_OK)
}
