//! `okr experiment add|start|finish`: experiments edited in the OKR file in
//! place, with the same comment-keeping, validated, atomic editing as
//! `okr set`.

use std::path::PathBuf;

use anyhow::Result;
use chrono::NaiveDate;
use clap::{Args, Subcommand, ValueEnum};

use super::Common;
use crate::config::edit::{self, Assignment, Edit, Kind};
use crate::error::data::{CliProblem, IdKind};
use crate::error::{Diagnostic, EXIT_OK};
use crate::t;

pub const EXAMPLES: &str = "\
Examples:
  okr experiment add gated-ebook --title \"Gate the pricing e-book\" \\
      --key-result mql-monthly --impact 7 --confidence 5 --ease 8 \\
      --metric mqls --expected-lift 0.2 --hypothesis \"Lifts MQLs 20%\"
  okr experiment start gated-ebook                 status running, start today
  okr experiment finish gated-ebook lost --learning \"Few were called\"";

#[derive(Debug, Args)]
pub struct ExperimentArgs {
    #[command(flatten)]
    pub common: Common,
    #[command(subcommand)]
    pub action: Action,
}

#[derive(Debug, Subcommand)]
pub enum Action {
    /// Add an experiment (an idea) to the OKR file
    Add(AddArgs),
    /// Mark an experiment running from a day (default today)
    Start {
        /// The experiment's id
        id: String,
        /// The first day of the experiment [default: today]
        #[arg(long, value_parser = super::parse_date)]
        date: Option<NaiveDate>,
    },
    /// Close an experiment as won, lost or inconclusive
    Finish {
        /// The experiment's id
        id: String,
        /// The outcome
        #[arg(value_enum)]
        outcome: Outcome,
        /// The last day of the experiment [default: today]
        #[arg(long, value_parser = super::parse_date)]
        date: Option<NaiveDate>,
        /// What the team learned (a failed experiment is data)
        #[arg(long)]
        learning: Option<String>,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Outcome {
    Won,
    Lost,
    Inconclusive,
}

#[derive(Debug, Args)]
pub struct AddArgs {
    /// The new experiment's id (a-z, 0-9 and -)
    pub id: String,
    #[arg(long)]
    pub title: String,
    #[arg(long)]
    pub hypothesis: Option<String>,
    /// A key result it aims to move (repeat for several)
    #[arg(long = "key-result", value_name = "ID")]
    pub key_results: Vec<String>,
    #[arg(long)]
    pub owner: Option<String>,
    /// ICE: impact 1-10
    #[arg(long, value_parser = clap::value_parser!(u8).range(1..=10))]
    pub impact: Option<u8>,
    /// ICE: confidence 1-10
    #[arg(long, value_parser = clap::value_parser!(u8).range(1..=10))]
    pub confidence: Option<u8>,
    /// ICE: ease 1-10
    #[arg(long, value_parser = clap::value_parser!(u8).range(1..=10))]
    pub ease: Option<u8>,
    /// The metric to measure over its dates
    #[arg(long)]
    pub metric: Option<String>,
    /// The relative change expected (0.2 is +20%)
    #[arg(long, allow_negative_numbers = true)]
    pub expected_lift: Option<f64>,
    /// The file to add it to [default: the main OKR file]
    #[arg(long, value_name = "PATH")]
    pub file: Option<PathBuf>,
}

/// A TOML basic string.
fn quoted(text: &str) -> String {
    toml_edit::Value::from(text).to_string().trim().to_string()
}

fn snippet(a: &AddArgs) -> String {
    let mut s = format!(
        "\n[[experiments]]\nid = {}\ntitle = {}\n",
        quoted(&a.id),
        quoted(&a.title)
    );
    if let Some(h) = &a.hypothesis {
        s.push_str(&format!("hypothesis = {}\n", quoted(h)));
    }
    if !a.key_results.is_empty() {
        let list: Vec<String> = a.key_results.iter().map(|k| quoted(k)).collect();
        s.push_str(&format!("key_results = [{}]\n", list.join(", ")));
    }
    if let Some(o) = &a.owner {
        s.push_str(&format!("owner = {}\n", quoted(o)));
    }
    for (key, v) in [
        ("impact", a.impact),
        ("confidence", a.confidence),
        ("ease", a.ease),
    ] {
        if let Some(v) = v {
            s.push_str(&format!("{key} = {v}\n"));
        }
    }
    s.push_str("status = \"idea\"\n");
    if let Some(m) = &a.metric {
        s.push_str(&format!("metric = {}\n", quoted(m)));
    }
    if let Some(x) = a.expected_lift {
        s.push_str(&format!("expected_lift = {x}\n"));
    }
    s
}

fn assignment(key: &str, text: &str) -> Assignment {
    Assignment {
        key: key.to_string(),
        text: text.to_string(),
    }
}

pub fn run(args: &ExperimentArgs) -> Result<u8> {
    let main = args.common.config_path()?;
    // Held from the first read to the last rename (see crate::lock).
    let _lock = crate::lock::acquire(&main)?;
    let today = chrono::Local::now().date_naive();
    // The language of the line below; `add` checks the file after its edit.
    let mut config = match &args.action {
        Action::Add(_) => crate::metrics::load_config(&main).ok(),
        _ => Some(crate::metrics::load_config(&main)?),
    };
    if let Some(config) = config.as_mut() {
        args.common.choose_language(config);
    }
    if let (Action::Start { id, .. } | Action::Finish { id, .. }, Some(config)) =
        (&args.action, &config)
    {
        if !config.experiments.iter().any(|e| &e.id == id) {
            let kind = if config.objectives.iter().any(|o| &o.id == id) {
                Some(IdKind::Objective)
            } else if config
                .objectives
                .iter()
                .any(|o| o.key_results.iter().any(|k| &k.id == id))
            {
                Some(IdKind::KeyResult)
            } else {
                None
            };
            let ids = config.experiments.iter().map(|e| e.id.as_str());
            return Err(Diagnostic::new(CliProblem::NotAnExperiment {
                id: id.clone(),
                kind,
                suggestion: crate::config::closest(id, ids).map(|s| s.to_string()),
            })
            .into());
        }
    }
    let (edit, what) = match &args.action {
        Action::Add(a) => {
            let file = match &a.file {
                Some(file) => okr_file(&main, file)?,
                None => main.clone(),
            };
            (
                edit::append(&file, Kind::Experiment, &a.id, &snippet(a))?,
                Done::Added,
            )
        }
        Action::Start { id, date } => {
            let day = date.unwrap_or(today).to_string();
            let sets = [assignment("status", "running"), assignment("start", &day)];
            (edit::edit(&main, id, &sets)?, Done::Started)
        }
        Action::Finish {
            id,
            outcome,
            date,
            learning,
        } => {
            let day = date.unwrap_or(today).to_string();
            let status = match outcome {
                Outcome::Won => "won",
                Outcome::Lost => "lost",
                Outcome::Inconclusive => "inconclusive",
            };
            let mut sets = vec![assignment("status", status), assignment("end", &day)];
            if let Some(l) = learning {
                sets.push(assignment("learning", l));
            }
            (edit::edit(&main, id, &sets)?, Done::Finished)
        }
    };
    check_and_write(&main, &edit)?;
    if !args.common.quiet {
        let (id, file) = (edit.id.as_str(), edit.path.display().to_string());
        let line = match what {
            Done::Added => t!("cmd-experiment-added", id = id, file = file),
            Done::Started => t!("cmd-experiment-started", id = id, file = file),
            Done::Finished => t!("cmd-experiment-finished", id = id, file = file),
        };
        crate::say!("{line}");
    }
    Ok(EXIT_OK)
}

/// `--file` names one of the OKR files (the main file or one it includes):
/// an experiment elsewhere would not be read, and no other file is edited.
/// What `okr experiment` did.
enum Done {
    Added,
    Started,
    Finished,
}

fn okr_file(main: &std::path::Path, file: &std::path::Path) -> Result<std::path::PathBuf> {
    let wanted = file.canonicalize().ok();
    let files = crate::config::files(main)?;
    match files
        .into_iter()
        .find(|f| wanted.is_some() && f.canonicalize().ok() == wanted)
    {
        Some(found) => Ok(found),
        None => Err(Diagnostic::new(CliProblem::NotAnOkrFile {
            path: file.to_path_buf(),
        })
        .into()),
    }
}

fn check_and_write(main: &std::path::Path, edit: &Edit) -> Result<()> {
    if let Err(problems) = crate::metrics::load_config_replacing(main, &[(&edit.path, &edit.text)])
    {
        return Err(Diagnostic::new(CliProblem::EditInvalid {
            path: edit.path.clone(),
            problems: problems.to_string(),
        })
        .into());
    }
    edit::write(edit)?;
    Ok(())
}
