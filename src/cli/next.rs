//! `okr next NAME --start DATE --end DATE`: turns the OKR files into the
//! next cycle's, in place (the closed cycle lives on in git and in its
//! record), keeping comments, sources, metrics, the North Star and settings.

use anyhow::Result;
use chrono::NaiveDate;
use clap::Args;

use super::{parse_date, Common};
use crate::config::next::{rewrite, NextCycle};
use crate::error::data::{CliProblem, FileProblem};
use crate::error::{Diagnostic, EXIT_OK};
use crate::i18n::Arg;
use crate::t;
use unicode_width::UnicodeWidthStr;

pub const EXAMPLES: &str = "\
Examples:
  okr close && okr next 2027-Q1 --start 2027-01-01 --end 2027-03-31
  okr next 2027-Q1 --start 2027-01-01 --end 2027-03-31 --dry-run   the diff, nothing written

Done key results leave; unfinished ones stay with `start` set to their
closing value and a comment saying so; finished experiments leave (their
learnings are in the closed cycle's record).";

#[derive(Debug, Args)]
pub struct NextArgs {
    #[command(flatten)]
    pub common: Common,
    /// The next cycle's name, e.g. 2027-Q1
    #[arg(value_name = "NAME")]
    pub name: String,
    /// Its first day
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub start: NaiveDate,
    /// Its last day
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub end: NaiveDate,
    /// Print the diff of every file; write nothing
    #[arg(long)]
    pub dry_run: bool,
    /// Go on although the current cycle has no record (`okr close`) yet
    #[arg(long)]
    pub force: bool,
}

pub fn run(args: &NextArgs) -> Result<u8> {
    let main = args.common.config_path()?;
    let _lock = crate::lock::acquire(&main)?;
    let mut config = crate::metrics::load_config(&main)?;
    args.common.choose_language(&mut config);
    let old = &config.cycle;
    if args.end < args.start {
        return Err(Diagnostic::new(CliProblem::NextEndsBeforeStart {
            start: args.start.to_string(),
            end: args.end.to_string(),
        })
        .into());
    }
    if args.name == old.name {
        return Err(Diagnostic::new(CliProblem::NextSameName {
            name: old.name.clone(),
        })
        .into());
    }
    if args.start <= old.end {
        return Err(Diagnostic::new(CliProblem::NextStartsEarly {
            start: args.start.to_string(),
            end: old.end.to_string(),
            first: old.end.succ_opt().unwrap_or(old.end).to_string(),
        })
        .into());
    }
    let record = crate::record::path_for(&config);
    if !record.exists() && !args.force && !args.dry_run {
        return Err(Diagnostic::new(CliProblem::NextNoRecord {
            cycle: old.name.clone(),
            record: record.clone(),
        })
        .into());
    }
    let loaded = args.common.load_sources(&config)?;
    // The closing values: the tree as of the cycle's last day.
    let closing = crate::engine::evaluate(&config, &loaded.store, old.end);
    let next = NextCycle {
        name: args.name.clone(),
        start: args.start,
        end: args.end,
    };
    let files = crate::config::files(&main)?;
    let mut rewrites = Vec::new();
    for (i, path) in files.iter().enumerate() {
        let original = std::fs::read(path).map_err(|e| {
            Diagnostic::new(FileProblem::CannotRead {
                path: path.clone(),
                reason: e.to_string(),
            })
        })?;
        let text =
            String::from_utf8_lossy(original.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&original))
                .into_owned();
        let r = rewrite(&text, i == 0, &closing, &config.experiments, &next)
            .map_err(|d| d.in_file(path))?;
        rewrites.push((path.clone(), original, text, r));
    }
    // The next cycle's files must be valid together before any is written.
    let replacements: Vec<(&std::path::Path, &str)> = rewrites
        .iter()
        .map(|(p, _, _, r)| (p.as_path(), r.text.as_str()))
        .collect();
    if let Err(problems) = crate::metrics::load_config_replacing(&main, &replacements) {
        return Err(Diagnostic::new(CliProblem::NextInvalid {
            problems: problems.to_string(),
        })
        .into());
    }
    let mut out = String::new();
    for (path, original, text, r) in &rewrites {
        if *text == r.text {
            continue;
        }
        if args.dry_run {
            let diff = similar::TextDiff::from_lines(text, &r.text);
            out.push_str(
                &diff
                    .unified_diff()
                    .context_radius(2)
                    .header(
                        &path.display().to_string(),
                        &format!("{} ({})", path.display(), next.name),
                    )
                    .to_string(),
            );
        } else {
            crate::config::edit::write_text(path, original, &r.text)?;
        }
    }
    if args.dry_run {
        super::print(&out)?;
    }
    if !args.common.quiet {
        let carried: Vec<&String> = rewrites.iter().flat_map(|(.., r)| &r.carried).collect();
        let left: Vec<&String> = rewrites.iter().flat_map(|(.., r)| &r.left).collect();
        let locale = crate::render::number::Locale::from_tag(&config.settings.locale);
        let day = |d| crate::render::number::date(d, locale);
        let (name, start, end) = (next.name.as_str(), day(next.start), day(next.end));
        let (n, count, left_count) = (
            carried.len(),
            carried.len().to_string(),
            left.len().to_string(),
        );
        let vars = [
            ("name", Arg::from(name)),
            ("start", Arg::from(start)),
            ("end", Arg::from(end)),
            ("old", Arg::from(old.name.as_str())),
            ("n", Arg::from(n)),
            ("carried", Arg::from(count)),
            ("left", Arg::from(left_count)),
        ];
        let line = if args.dry_run {
            crate::i18n::text("cmd-next-would-start", &vars)
        } else {
            crate::i18n::text("cmd-next-started", &vars)
        };
        crate::say!("{line}");
        // The ids in one column: `carried x`, `left    y`.
        let labels = [t!("cmd-next-carried"), t!("cmd-next-left")];
        let wide = labels.iter().map(|l| l.width()).max().unwrap_or(0) + 1;
        let pad = |l: &str| format!("{l}{}", " ".repeat(wide - l.width()));
        let (carried_label, left_label) = (pad(&labels[0]), pad(&labels[1]));
        for c in carried {
            crate::say!("  {carried_label}{c}");
        }
        for l in left {
            crate::say!("  {left_label}{l}");
        }
    }
    Ok(EXIT_OK)
}
