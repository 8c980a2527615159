//! `okr status`: the tree with value, target, progress, pace and status.

use anyhow::Result;
use chrono::NaiveDate;
use clap::{Args, ValueEnum};

use super::Common;
use crate::error::data::FlagProblem;
use crate::render::number::Locale;
use crate::render::{self, Format};
use crate::report::Report;

pub const EXAMPLES: &str = "\
Examples:
  okr status                                  the tree, as of today
  okr status -c okrs.example.toml --as-of 2026-11-20
  okr status --owner marketing --format markdown
  okr status --objective pipeline --format json | jq .
  okr status --since 7d                       what moved this week";

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum StatusFormat {
    Table,
    Json,
    Csv,
    Markdown,
}

impl From<StatusFormat> for Format {
    fn from(f: StatusFormat) -> Format {
        match f {
            StatusFormat::Table => Format::Table,
            StatusFormat::Json => Format::Json,
            StatusFormat::Csv => Format::Csv,
            StatusFormat::Markdown => Format::Markdown,
        }
    }
}

#[derive(Debug, Args)]
pub struct StatusArgs {
    #[command(flatten)]
    pub common: Common,
    /// Output format
    #[arg(long, short = 'f', value_enum, default_value_t = StatusFormat::Table)]
    pub format: StatusFormat,
    /// Only objectives (and their key results) of this owner
    #[arg(long, value_name = "OWNER")]
    pub owner: Option<String>,
    /// Only this objective and the objectives aligned under it
    #[arg(long, value_name = "ID")]
    pub objective: Option<String>,
    /// Group objectives by a tag prefix, e.g. `tag:flywheel` for
    /// flywheel:attract, flywheel:engage, ...
    #[arg(long, value_name = "tag:PREFIX", value_parser = parse_group_by)]
    pub group_by: Option<String>,
    /// Add a Moved column: the change of value and progress since this day
    /// (YYYY-MM-DD, or 7d / 2w before the as-of date)
    #[arg(long, value_name = "DATE", value_parser = parse_since)]
    pub since: Option<Since>,
}

fn parse_group_by(text: &str) -> Result<String, FlagProblem> {
    match text.strip_prefix("tag:") {
        Some(prefix) if !prefix.is_empty() => Ok(prefix.to_string()),
        _ => Err(FlagProblem::GroupBy {
            found: text.to_string(),
        }),
    }
}

/// `--since`: a day, or a number of days or weeks before the as-of date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Since {
    Date(NaiveDate),
    DaysBefore(u32),
}

impl Since {
    pub fn resolve(self, as_of: NaiveDate) -> NaiveDate {
        match self {
            Since::Date(d) => d,
            Since::DaysBefore(n) => as_of
                .checked_sub_days(chrono::Days::new(u64::from(n)))
                .unwrap_or(NaiveDate::MIN),
        }
    }
}

/// How far back `--since Nd` may reach.
const MAX_DAYS_BACK: u32 = 36_525;

pub fn parse_since(text: &str) -> Result<Since, FlagProblem> {
    let t = text.trim();
    let relative = t
        .strip_suffix('d')
        .map(|n| (n, 1))
        .or_else(|| t.strip_suffix('w').map(|n| (n, 7)));
    if let Some((n, days)) = relative {
        if let Ok(n) = n.parse::<u32>() {
            let back = n.saturating_mul(days);
            if back > MAX_DAYS_BACK {
                return Err(FlagProblem::SinceTooFar {
                    found: text.to_string(),
                    max: MAX_DAYS_BACK,
                });
            }
            return Ok(Since::DaysBefore(back));
        }
    }
    super::parse_date(t)
        .map(Since::Date)
        .map_err(|_| FlagProblem::Since {
            found: text.to_string(),
        })
}

pub fn run(args: &StatusArgs) -> Result<u8> {
    let config = args.common.load_config()?;
    super::check_filters(&config, args.owner.as_deref(), args.objective.as_deref())?;
    let as_of = args.common.as_of();
    // A closed cycle: its record says so, and stands in for exports that
    // are gone.
    let record = closed_record(&config, as_of, args.common.quiet);
    let loaded = match (args.common.load_sources(&config), &record) {
        (Ok(loaded), _) => loaded,
        (Err(e), Some((name, record))) if args.since.is_none() => {
            if !args.common.quiet {
                crate::say!(
                    "{}",
                    crate::t!(
                        "ed-cli-status-from-record",
                        reason = crate::format_error(&e).lines().next().unwrap_or_default(),
                        record = name.as_str(),
                        date = crate::render::number::date(
                            record.closed_on,
                            Locale::from_tag(&config.settings.locale)
                        )
                    )
                );
            }
            let mut report = record.report.clone();
            report.closed = Some(crate::report::Closed {
                on: record.closed_on,
                record: name.clone(),
            });
            return print_report(args, &config, report);
        }
        (Err(e), _) => return Err(e),
    };
    let mut report = crate::engine::evaluate(&config, &loaded.store, as_of);
    report.closed = record.map(|(name, r)| crate::report::Closed {
        on: r.closed_on,
        record: name,
    });
    if let Some(since) = args.since {
        let since = since.resolve(as_of);
        super::since_not_after(since, as_of, false)?;
        let then = crate::engine::as_it_stood(&config, &loaded.store, since);
        crate::report::moved::add(&mut report, &then, since);
    }
    print_report(args, &config, report)
}

/// The record of the config's cycle, once the cycle has ended and `okr
/// close` wrote one: its file name and contents. A record that cannot be
/// read is said, and left out.
fn closed_record(
    config: &crate::config::model::Config,
    as_of: NaiveDate,
    quiet: bool,
) -> Option<(String, crate::record::CycleRecord)> {
    if as_of < config.cycle.end {
        return None;
    }
    let path = crate::record::path_for(config);
    match crate::record::read(&path) {
        Ok(record) => record.map(|r| (crate::record::file_name(&config.cycle.name), r)),
        Err(e) => {
            if !quiet {
                crate::say!("{}", crate::t!("ed-cli-warning", warning = e.to_string()));
            }
            None
        }
    }
}

fn print_report(
    args: &StatusArgs,
    config: &crate::config::model::Config,
    report: Report,
) -> Result<u8> {
    let report = render::filtered(report, args.owner.as_deref(), args.objective.as_deref());
    let opts = super::render_options(
        args.format == StatusFormat::Table && args.common.color_stdout(),
        config.settings.locale.clone(),
    );
    let text = match &args.group_by {
        None => render::render(&report, args.format.into(), &opts),
        Some(prefix) => render::group::render(&report, prefix, args.format.into(), &opts),
    };
    super::print(&text)?;
    Ok(crate::error::EXIT_OK)
}
