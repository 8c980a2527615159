//! Command-line interface: clap types and one file per command. Commands
//! only wire `config`, `metrics`, `engine` and `render` together.

pub mod check;
pub mod checkin;
pub mod close;
pub mod completions;
pub mod digest;
pub mod experiment;
pub mod experiments;
pub mod help;
pub mod history;
pub mod init;
pub mod log;
pub mod metrics_cmd;
pub mod next;
pub mod north_star;
pub mod progress;
pub mod report;
pub mod set;
pub mod show;
pub mod sources;
pub mod status;
pub mod validate;

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use chrono::NaiveDate;
use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::config::model::Config;
use crate::error::data::{FileProblem, FlagProblem, IdKind};
use crate::error::Diagnostic;
use crate::metrics::Loaded;

const AFTER_HELP: &str = "\
Exit codes: 0 all is well; 1 `okr check` found failing key results;
2 bad usage, bad config or bad data (the message says where and why).

Docs: README.md; the file format: `okr init` writes a commented starter.";

#[derive(Debug, Parser)]
#[command(
    name = "okr",
    version,
    about = "OKRs and a North Star Metric from TOML and CSV exports: numbers everyone can trust",
    after_help = AFTER_HELP,
    propagate_version = true
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// The tree: North Star, objectives and key results with progress, pace and status
    #[command(after_help = status::EXAMPLES)]
    Status(status::StatusArgs),
    /// The CI gate: exit 1 when a key result is off track, stalled or breaches a guardrail
    #[command(after_help = check::EXAMPLES)]
    Check(check::CheckArgs),
    /// The quarterly review: Markdown for wikis, or one printable HTML file
    #[command(after_help = report::EXAMPLES)]
    Report(report::ReportArgs),
    /// The North Star, its inputs and guardrails per period, with trend and pace needed
    #[command(visible_alias = "nsm", after_help = north_star::EXAMPLES)]
    NorthStar(north_star::NorthStarArgs),
    /// One key result or objective in depth: numbers, why, how it is computed, a chart
    #[command(after_help = show::EXAMPLES)]
    Show(show::ShowArgs),
    /// The weekly update as a chat message: text, Markdown, Slack or Teams
    #[command(after_help = digest::EXAMPLES)]
    Digest(digest::DigestArgs),
    /// Experiments: the backlog by ICE, what runs, the success and fail boards
    #[command(after_help = experiments::EXAMPLES)]
    Experiments(experiments::ExperimentsArgs),
    /// Add, start or finish an experiment in the OKR file (keeps its comments)
    #[command(after_help = experiment::EXAMPLES)]
    Experiment(experiment::ExperimentArgs),
    /// Record a manual key result's value (or a milestone's done) in checkins.csv
    #[command(after_help = checkin::EXAMPLES)]
    Checkin(checkin::CheckinArgs),
    /// The check-in history, with notes and authors
    #[command(after_help = log::EXAMPLES)]
    Log(log::LogArgs),
    /// Edit the OKR file in place (e.g. target=950), keeping comments and layout
    #[command(after_help = set::EXAMPLES)]
    Set(set::SetArgs),
    /// Check the OKR file and the metric files; report every problem found
    #[command(after_help = validate::EXAMPLES)]
    Validate(validate::ValidateArgs),
    /// How each source was read: encoding, delimiter, decimal mark, dates, skipped rows
    #[command(after_help = sources::EXAMPLES)]
    Sources(sources::SourcesArgs),
    /// The metrics found in the sources: rows, missing values, dates, files, and who uses them
    #[command(after_help = metrics_cmd::EXAMPLES)]
    Metrics(metrics_cmd::MetricsArgs),
    /// Close the cycle: write its final numbers, grades and learnings to <cycle>.review.json
    #[command(after_help = close::EXAMPLES)]
    Close(close::CloseArgs),
    /// Turn the OKR files into the next cycle's: done key results leave, the rest carry over
    #[command(after_help = next::EXAMPLES)]
    Next(next::NextArgs),
    /// Grades and the North Star across the closed cycles (their .review.json records)
    #[command(after_help = history::EXAMPLES)]
    History(history::HistoryArgs),
    /// Write a commented starter okrs.toml, or one built from your exports with --from (never overwrites without --force)
    #[command(after_help = init::EXAMPLES)]
    Init(init::InitArgs),
    /// Print a shell completion script (bash, zsh, fish, powershell, elvish)
    #[command(after_help = completions::COMPLETIONS_EXAMPLES)]
    Completions(completions::CompletionsArgs),
    /// Print the man page (roff), or write one per command with --dir
    #[command(after_help = completions::MAN_EXAMPLES)]
    Man(completions::ManArgs),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

/// Flags every command that reads the OKR file shares.
#[derive(Debug, Clone, Args)]
pub struct Common {
    /// The OKR file [default: okrs.toml here or in the nearest parent]
    #[arg(
        short = 'c',
        long = "config",
        env = "OKR_CONFIG",
        value_name = "PATH",
        global = true
    )]
    pub config: Option<PathBuf>,
    /// Evaluate as of this day (YYYY-MM-DD) [default: today]
    #[arg(long = "as-of", value_name = "DATE", value_parser = parse_date, global = true)]
    pub as_of: Option<NaiveDate>,
    /// When to color the output (NO_COLOR is honoured with auto)
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto, value_name = "WHEN", global = true)]
    pub color: ColorChoice,
    /// Print only what matters (errors and failures)
    #[arg(short, long, global = true)]
    pub quiet: bool,
    /// Say how each source was read (encodings, skipped rows) on stderr
    #[arg(short, long, global = true)]
    pub verbose: bool,
    /// Let OKR files name files in DIR too (repeatable; also OKR_ALLOW_PATHS, `:`-separated)
    #[arg(long = "allow-path", value_name = "DIR", global = true)]
    pub allow_path: Vec<PathBuf>,
    /// Let sources of kind "command" run their programs (all, or only PROGRAMS, comma-separated; also OKR_ALLOW_COMMANDS)
    #[arg(
        long = "allow-commands",
        value_name = "PROGRAMS",
        num_args = 0..=1,
        require_equals = true,
        default_missing_value = "all",
        global = true
    )]
    pub allow_commands: Option<String>,
    /// The language of every human-readable word: en, sv, nb, da, fi (else `[settings] language`, else OKR_LANG, else English)
    #[arg(long = "lang", value_name = "LANG", value_parser = parse_lang, global = true)]
    pub lang: Option<crate::i18n::Lang>,
}

/// Parses `--lang`.
pub fn parse_lang(text: &str) -> Result<crate::i18n::Lang, FlagProblem> {
    crate::i18n::Lang::parse(text).ok_or_else(|| FlagProblem::Lang {
        found: text.to_string(),
    })
}

/// Parses `--as-of` and other date flags.
pub fn parse_date(text: &str) -> Result<NaiveDate, FlagProblem> {
    let t = text.trim();
    match t {
        "today" => return Ok(chrono::Local::now().date_naive()),
        "yesterday" => {
            return chrono::Local::now()
                .date_naive()
                .pred_opt()
                .ok_or(FlagProblem::NoSuchDate)
        }
        _ => {}
    }
    NaiveDate::parse_from_str(t, "%Y-%m-%d").map_err(|_| FlagProblem::Date {
        found: text.to_string(),
    })
}

impl Common {
    pub fn as_of(&self) -> NaiveDate {
        self.as_of
            .unwrap_or_else(|| chrono::Local::now().date_naive())
    }

    pub fn config_path(&self) -> Result<PathBuf> {
        crate::trust::allow(&self.allow_path);
        crate::metrics::allow_commands(self.allow_commands.as_deref());
        let cwd = std::env::current_dir().with_context(|| crate::t!("ed-cli-cannot-read-cwd"))?;
        Ok(crate::config::find(self.config.as_deref(), &cwd)?)
    }

    pub fn load_config(&self) -> Result<Config> {
        let path = self.config_path()?;
        let mut config = crate::metrics::load_config(&path)?;
        self.choose_language(&mut config);
        Ok(config)
    }

    /// The run's language: `--lang`, else `[settings] language`, else
    /// `OKR_LANG`, else English (DESIGN.md section 3). Numbers follow the
    /// language unless `[settings] locale` names a locale.
    pub fn choose_language(&self, config: &mut Config) {
        let lang = self
            .lang
            .or(config.settings.language)
            .or_else(crate::i18n::from_env)
            .unwrap_or_default();
        if !config.settings.locale_given {
            config.settings.locale = lang.default_locale().to_string();
        }
        crate::i18n::set(
            lang,
            crate::render::number::Locale::from_tag(&config.settings.locale),
        );
    }

    /// Loads the OKR file and every metric source.
    pub fn load(&self) -> Result<(Config, Loaded)> {
        let config = self.load_config()?;
        let loaded = self.load_sources(&config)?;
        Ok((config, loaded))
    }

    /// Reads every metric source of `config`.
    pub fn load_sources(&self, config: &Config) -> Result<Loaded> {
        let message = progress::message(config);
        let loaded =
            progress::while_reading(!self.quiet, message, || crate::metrics::load(config))?;
        if self.verbose {
            for source in &loaded.sources {
                for note in &source.notes {
                    crate::say!("okr: {}: {}", source.name, note.local());
                }
            }
        }
        Ok(loaded)
    }

    /// Colors on stdout: only on a terminal, never with NO_COLOR (unless
    /// `--color always`).
    pub fn color_stdout(&self) -> bool {
        let colored = self.color_wanted();
        crate::controls::set_colored(colored);
        colored
    }

    fn color_wanted(&self) -> bool {
        match self.color {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => {
                std::io::stdout().is_terminal()
                    && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                    && std::env::var("TERM").map_or(true, |t| t != "dumb")
            }
        }
    }
}

/// The width to draw tables in: the terminal's, else $COLUMNS, else 120.
/// The config at `path` for commands that report its problems themselves
/// (`validate`, `sources`): `None` once they have been said on stderr, and
/// the run exits 2.
pub fn config_or_say(path: &Path) -> Option<Config> {
    match crate::metrics::load_config(path) {
        Ok(config) => Some(config),
        Err(problems) => {
            crate::say!("{problems}");
            None
        }
    }
}

pub fn terminal_width() -> usize {
    if let Some((terminal_size::Width(w), _)) = terminal_size::terminal_size() {
        return usize::from(w);
    }
    std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.trim().parse().ok())
        .filter(|&w: &usize| w >= 20)
        .unwrap_or(120)
}

/// Writes to stdout; a closed pipe (`okr status | head`) is not an error.
pub fn print(text: &str) -> Result<()> {
    let text = crate::controls::escape_stdout(text);
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => other.context(crate::t!("ed-cli-cannot-write-stdout")),
    }
}

/// Writes a file whole or not at all: a temporary file beside it, then a
/// rename. Refuses to replace an existing file unless `force`. A symlink
/// is written through (its target is replaced, the link stays); a device,
/// FIFO or socket is refused, never replaced.
pub fn write_file_atomic(path: &Path, contents: &[u8], force: bool) -> Result<()> {
    if path.exists() && !force {
        return Err(Diagnostic::new(FileProblem::Exists {
            path: path.to_path_buf(),
        })
        .into());
    }
    if path.is_dir() {
        return Err(Diagnostic::new(FileProblem::WriteToDirectory {
            path: path.to_path_buf(),
        })
        .into());
    }
    let target = write_target(path)?;
    if let Ok(meta) = std::fs::metadata(&target) {
        if !meta.is_file() {
            return Err(Diagnostic::new(FileProblem::WriteToSpecial {
                path: path.to_path_buf(),
            })
            .into());
        }
    }
    let dir = match target.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let mut tmp = crate::lock::temp_file_in(&dir).map_err(|e| {
        Diagnostic::new(FileProblem::CannotWriteIn {
            dir: dir.clone(),
            reason: crate::config::io_reason(&e),
        })
    })?;
    // A temporary file is private (0600); the file it becomes is not: keep
    // the mode and owner of the file it replaces, else the usual 0644.
    let old = std::fs::metadata(&target).ok();
    let permissions = match &old {
        Some(meta) => Some(meta.permissions()),
        None => default_permissions(),
    };
    tmp.write_all(contents)
        .and_then(|()| match &old {
            Some(meta) => crate::lock::same_owner(tmp.as_file(), meta),
            None => Ok(()),
        })
        .and_then(|()| match permissions {
            Some(p) => tmp.as_file().set_permissions(p),
            None => Ok(()),
        })
        .and_then(|()| tmp.as_file().sync_all())
        .with_context(|| crate::t!("ed-cli-cannot-write", path = path.display().to_string()))?;
    // Without --force, a file that appeared since the check still wins.
    let persisted = if force {
        tmp.persist(&target)
    } else {
        tmp.persist_noclobber(&target)
    };
    persisted.map_err(|e| {
        anyhow::anyhow!(crate::t!(
            "ed-cli-cannot-write-reason",
            path = path.display().to_string(),
            reason = e.error.to_string()
        ))
    })?;
    crate::lock::sync_dir(&dir)
        .with_context(|| crate::t!("ed-cli-cannot-sync", path = dir.display().to_string()))?;
    Ok(())
}

/// The file a write to `path` replaces: `path`, or what its symlinks point
/// at (also a link to a file not there yet).
fn write_target(path: &Path) -> Result<PathBuf> {
    let mut target = path.to_path_buf();
    for _ in 0..40 {
        match std::fs::symlink_metadata(&target) {
            Ok(meta) if meta.file_type().is_symlink() => {
                let link = std::fs::read_link(&target).with_context(|| {
                    crate::t!(
                        "ed-cli-cannot-read-link",
                        path = target.display().to_string()
                    )
                })?;
                target = match target.parent() {
                    Some(dir) => dir.join(link),
                    None => link,
                };
            }
            _ => return Ok(target),
        }
    }
    Err(Diagnostic::new(FileProblem::SymlinkLoop {
        path: path.to_path_buf(),
    })
    .into())
}

/// The key result with this id, or an error with a "did you mean".
pub fn find_key_result<'a>(
    config: &'a Config,
    id: &str,
) -> Result<&'a crate::config::model::KeyResult, Diagnostic> {
    let krs = || config.objectives.iter().flat_map(|o| o.key_results.iter());
    if let Some(kr) = krs().find(|k| k.id == id) {
        return Ok(kr);
    }
    let is_objective = config.objectives.iter().any(|o| o.id == id);
    let ids = krs().map(|k| k.id.as_str());
    Err(unknown_id(IdKind::KeyResult, id, ids, is_objective))
}

/// The error for an id that names nothing among `known`, with the closest
/// as a "did you mean".
pub fn unknown_id<'a>(
    kind: IdKind,
    id: &str,
    known: impl IntoIterator<Item = &'a str>,
    is_objective: bool,
) -> Diagnostic {
    Diagnostic::new(FileProblem::UnknownId {
        kind,
        id: id.to_string(),
        suggestion: crate::config::closest(id, known).map(str::to_string),
        is_objective,
    })
}

/// How a view is drawn for this terminal: its width, the locale, and
/// colour when `color` (the caller knows whether its format and stdout
/// take it).
pub fn render_options(color: bool, locale: String) -> crate::render::RenderOptions {
    crate::render::RenderOptions {
        color,
        width: terminal_width(),
        locale,
    }
}

/// Refuses a `--since` day after the as-of day (`report`: the review's
/// hint, which names its default).
pub fn since_not_after(since: NaiveDate, as_of: NaiveDate, report: bool) -> Result<()> {
    if since > as_of {
        return Err(Diagnostic::new(FileProblem::SinceAfterAsOf {
            since: since.to_string(),
            as_of: as_of.to_string(),
            report,
        })
        .into());
    }
    Ok(())
}

/// Refuses `--objective` and `--owner` values that match nothing, with a hint.
pub fn check_filters(config: &Config, owner: Option<&str>, objective: Option<&str>) -> Result<()> {
    if let Some(id) = objective {
        if !config.objectives.iter().any(|o| o.id == id) {
            let ids = config.objectives.iter().map(|o| o.id.as_str());
            return Err(unknown_id(IdKind::Objective, id, ids, false).into());
        }
    }
    if let Some(owner) = owner {
        let owners: Vec<&str> = config
            .objectives
            .iter()
            .flat_map(|o| {
                std::iter::once(o.owner.as_deref())
                    .chain(o.key_results.iter().map(|kr| kr.owner.as_deref()))
            })
            .flatten()
            .collect();
        if !owners.iter().any(|o| o.eq_ignore_ascii_case(owner)) {
            let mut known: Vec<&str> = owners.clone();
            known.sort_unstable();
            known.dedup();
            return Err(Diagnostic::new(FileProblem::UnknownOwner {
                owner: owner.to_string(),
                owners: known.join(", "),
            })
            .into());
        }
    }
    Ok(())
}

/// The mode of a new file: 0644 on Unix; elsewhere as the system makes it.
fn default_permissions() -> Option<std::fs::Permissions> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        Some(std::fs::Permissions::from_mode(0o644))
    }
    #[cfg(not(unix))]
    {
        None
    }
}

/// Runs one parsed command; returns the exit code.
pub fn run(cli: Cli) -> Result<u8> {
    match cli.command {
        Command::Status(args) => status::run(&args),
        Command::Check(args) => check::run(&args),
        Command::NorthStar(args) => north_star::run(&args),
        Command::Experiments(args) => experiments::run(&args),
        Command::Digest(args) => digest::run(&args),
        Command::Close(args) => close::run(&args),
        Command::History(args) => history::run(&args),
        Command::Next(args) => next::run(&args),
        Command::Experiment(args) => experiment::run(&args),
        Command::Validate(args) => validate::run(&args),
        Command::Init(args) => init::run(&args),
        Command::Sources(args) => sources::run(&args),
        Command::Checkin(args) => checkin::run(&args),
        Command::Log(args) => log::run(&args),
        Command::Set(args) => set::run(&args),
        Command::Show(args) => show::run(&args),
        Command::Completions(args) => completions::completions(&args),
        Command::Man(args) => completions::man(&args),
        Command::Report(args) => report::run(&args),
        Command::Metrics(args) => metrics_cmd::run(&args),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn clap_definition_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn dates_parse() {
        assert_eq!(
            parse_date("2026-02-15"),
            Ok(NaiveDate::from_ymd_opt(2026, 2, 15).unwrap())
        );
        assert!(parse_date("15.02.2026")
            .unwrap_err()
            .to_string()
            .contains("YYYY-MM-DD"));
    }
}
