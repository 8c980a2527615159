//! `okr set`: edits the OKR file in place, keeping comments and layout.

use anyhow::Result;
use clap::Args;

use super::Common;
use crate::config::edit::{self, Assignment};
use crate::error::data::CliProblem;
use crate::error::{Diagnostic, EXIT_OK};
use crate::t;

pub const EXAMPLES: &str = "\
Examples:
  okr set mql-monthly target=950
  okr set brand-survey current=3.6 updated=2026-02-10
  okr set pipeline owner=growth weight=2
  okr set new-site due=2026-03-15 title=\"Launch the new website\"

Numbers stay numbers, dates stay TOML dates, text is quoted. The whole
config is validated with the change before anything is written; the file
keeps every comment and its layout.";

#[derive(Debug, Args)]
pub struct SetArgs {
    #[command(flatten)]
    pub common: Common,
    /// The id of a key result, objective or experiment
    #[arg(value_name = "ID")]
    pub id: String,
    /// What to set, e.g. target=950
    #[arg(value_name = "KEY=VALUE", required = true, num_args = 1..)]
    pub assignments: Vec<Assignment>,
}

pub fn run(args: &SetArgs) -> Result<u8> {
    let main = args.common.config_path()?;
    // Held from the first read to the last rename (see crate::lock).
    let _lock = crate::lock::acquire(&main)?;
    // The language of the lines below; a broken file still gets its edit
    // checked (and refused) by the load after it.
    let config = crate::metrics::load_config(&main).ok().map(|mut config| {
        args.common.choose_language(&mut config);
        config
    });
    let assignments = with_done_on(args, &main, config.as_ref())?;
    let edit = edit::edit(&main, &args.id, &assignments)?;
    if let Err(problems) = crate::metrics::load_config_replacing(&main, &[(&edit.path, &edit.text)])
    {
        return Err(Diagnostic::new(CliProblem::SetInvalid {
            path: edit.path.clone(),
            changes: changes(&edit, false),
            problems: problems.to_string(),
        })
        .into());
    }
    let unchanged = edit
        .changes
        .iter()
        .all(|c| c.before.as_deref() == Some(c.after.as_str()));
    if !unchanged {
        edit::write(&edit)?;
    }
    if !args.common.quiet {
        let kind = match edit.kind {
            edit::Kind::Objective => "objective",
            edit::Kind::KeyResult => "key-result",
            edit::Kind::Experiment => "experiment",
        };
        let (id, file, list) = (
            edit.id.as_str(),
            edit.path.display().to_string(),
            changes(&edit, true),
        );
        let line = if unchanged {
            t!(
                "cmd-set-unchanged",
                kind = kind,
                id = id,
                file = file,
                changes = list
            )
        } else {
            t!(
                "cmd-set-updated",
                kind = kind,
                id = id,
                file = file,
                changes = list
            )
        };
        crate::say!("{line}");
    }
    Ok(EXIT_OK)
}

/// `done=true` also writes `done_on` (the as-of date, default today,
/// within the cycle), so that `--as-of` can look back exactly; an explicit
/// `done_on=` wins.
fn with_done_on(
    args: &SetArgs,
    main: &std::path::Path,
    config: Option<&crate::config::model::Config>,
) -> Result<Vec<Assignment>> {
    let mut assignments = args.assignments.clone();
    let done = assignments
        .iter()
        .any(|a| a.key == "done" && a.text == "true");
    if done && !assignments.iter().any(|a| a.key == "done_on") {
        let cycle = match config {
            Some(config) => config.cycle.clone(),
            None => crate::metrics::load_config(main)?.cycle,
        };
        let day = args.common.as_of().clamp(cycle.start, cycle.end);
        assignments.push(Assignment {
            key: "done_on".to_string(),
            text: day.to_string(),
        });
    }
    Ok(assignments)
}

/// `target = 950` or, with the old values, `target 900 → 950`.
fn changes(edit: &edit::Edit, with_before: bool) -> String {
    edit.changes
        .iter()
        .map(|c| match (&c.before, with_before) {
            (Some(before), true) => format!("{} {before} → {}", c.key, c.after),
            _ => format!("{} = {}", c.key, c.after),
        })
        .collect::<Vec<_>>()
        .join(", ")
}
