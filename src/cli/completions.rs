//! `okr completions SHELL` and `okr man`: generated from the clap
//! definition, so they never fall behind the flags.

use std::path::PathBuf;

use anyhow::{Context, Result};
use clap::{Args, CommandFactory};
use clap_complete::Shell;

use super::Cli;
use crate::error::data::CliProblem;
use crate::error::Diagnostic;
use crate::t;

pub const COMPLETIONS_EXAMPLES: &str = "\
Examples:
  okr completions bash > ~/.local/share/bash-completion/completions/okr
  okr completions zsh > \"${fpath[1]}/_okr\"
  okr completions fish > ~/.config/fish/completions/okr.fish
  okr completions powershell >> $PROFILE
  okr completions elvish > ~/.config/elvish/lib/okr.elv";

pub const MAN_EXAMPLES: &str = "\
Examples:
  okr man | man -l -                          read it now
  okr man > ~/.local/share/man/man1/okr.1
  okr man --dir ~/.local/share/man/man1       okr.1 plus okr-status.1, okr-check.1, ...";

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell to complete in
    #[arg(value_enum, value_name = "SHELL")]
    pub shell: Shell,
}

#[derive(Debug, Args)]
pub struct ManArgs {
    /// Write one page per command (okr.1, okr-status.1, ...) into this
    /// directory instead of printing okr.1
    #[arg(long, value_name = "DIR")]
    pub dir: Option<PathBuf>,
}

pub fn completions(args: &CompletionsArgs) -> Result<u8> {
    let mut command = Cli::command();
    let mut out = Vec::new();
    clap_complete::generate(args.shell, &mut command, "okr", &mut out);
    super::print(&String::from_utf8_lossy(&out))?;
    Ok(crate::error::EXIT_OK)
}

pub fn man(args: &ManArgs) -> Result<u8> {
    let command = Cli::command();
    match &args.dir {
        Some(dir) => {
            if !dir.is_dir() {
                return Err(Diagnostic::new(CliProblem::NotADirectory {
                    path: dir.to_path_buf(),
                })
                .into());
            }
            clap_mangen::generate_to(command, dir)
                .with_context(|| t!("ed-cli-man-pages", dir = dir.display().to_string()))?;
        }
        None => {
            let mut out = Vec::new();
            clap_mangen::Man::new(command)
                .render(&mut out)
                .with_context(|| t!("ed-cli-man-page"))?;
            super::print(&String::from_utf8_lossy(&out))?;
        }
    }
    Ok(crate::error::EXIT_OK)
}
