//! `okr report`: the quarterly review, as Markdown for wikis and pull
//! requests or as one printable, self-contained HTML file.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use anyhow::Result;
use chrono::NaiveDate;
use clap::{Args, ValueEnum};

use super::Common;
use crate::error::data::CliProblem;
use crate::error::{Diagnostic, EXIT_OK};
use crate::render::number::Locale;
use crate::render::review::{self, Review};
use crate::render::{self, html, walk};

pub const EXAMPLES: &str = "\
Examples:
  okr report                                   the review as Markdown, on stdout
  okr report -o review.html                    printable HTML (the format follows the extension)
  okr report --format markdown --emoji > REVIEW.md
  okr report -c okrs.example.toml --as-of 2026-11-20 -o review.html --force
  okr report --since 2026-11-01 --owner marketing -o marketing.html

Print the HTML from a browser (Ctrl+P / Cmd+P): A4 or Letter, one page per
objective after the summary; or headless:
  chromium --headless --no-pdf-header-footer --print-to-pdf=review.pdf review.html";

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    Markdown,
    Html,
}

#[derive(Debug, Args)]
pub struct ReportArgs {
    #[command(flatten)]
    pub common: Common,
    /// Output format [default: from the -o file's extension, else markdown]
    #[arg(long, short = 'f', value_enum)]
    pub format: Option<ReportFormat>,
    /// Write the review to this file (whole or not at all) instead of stdout
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Replace the -o file if it exists
    #[arg(long)]
    pub force: bool,
    /// "What moved" is measured from this day (YYYY-MM-DD) [default: the cycle's start]
    #[arg(long, value_name = "DATE", value_parser = super::parse_date)]
    pub since: Option<NaiveDate>,
    /// Markdown: put a status emoji before each status
    #[arg(long)]
    pub emoji: bool,
    /// Only objectives (and their key results) of this owner
    #[arg(long, value_name = "OWNER")]
    pub owner: Option<String>,
    /// Only this objective and the objectives aligned under it
    #[arg(long, value_name = "ID")]
    pub objective: Option<String>,
}

pub fn run(args: &ReportArgs) -> Result<u8> {
    let format = format_of(args.format, args.output.as_deref())?;
    let (config, loaded) = args.common.load()?;
    super::check_filters(&config, args.owner.as_deref(), args.objective.as_deref())?;
    let as_of = args.common.as_of();
    // Before the cycle has started there is nothing to compare with: the
    // as-of date itself.
    let since = args.since.unwrap_or(config.cycle.start.min(as_of));
    super::since_not_after(since, as_of, true)?;

    let store = &loaded.store;
    let full = crate::engine::evaluate(&config, store, as_of);
    let mut board = crate::engine::experiments::board_for(&config, store, &full);
    // The review names key results by their titles, never by their ids.
    let titles: std::collections::HashMap<String, String> = walk(&full.objectives)
        .into_iter()
        .flat_map(|(_, o)| o.key_results.iter())
        .map(|kr| (kr.id.clone(), kr.title.clone()))
        .collect();
    let report = render::filtered(full, args.owner.as_deref(), args.objective.as_deref());
    let shown: Vec<&str> = walk(&report.objectives)
        .into_iter()
        .flat_map(|(_, o)| o.key_results.iter().map(|kr| kr.id.as_str()))
        .collect();
    let histories = crate::engine::histories(&config, store, as_of, shown.iter().copied());
    let shown: HashSet<&str> = shown.into_iter().collect();
    let experiments = config
        .experiments
        .iter()
        .filter(|e| e.key_results.iter().any(|id| shown.contains(id.as_str())))
        .map(|e| e.as_of(as_of))
        .collect();
    board.retain(|e| e.key_results.iter().any(|id| shown.contains(id.as_str())));
    board
        .needs_experiment
        .retain(|id| shown.contains(id.as_str()));
    let title = |id: &mut String| {
        if let Some(t) = titles.get(id.as_str()) {
            id.clone_from(t);
        }
    };
    board.needs_experiment.iter_mut().for_each(title);
    for list in [
        &mut board.backlog,
        &mut board.running,
        &mut board.won,
        &mut board.lost,
        &mut board.inconclusive,
    ] {
        for e in list.iter_mut() {
            e.key_results.iter_mut().for_each(title);
        }
    }
    let review = Review {
        board: (!board.is_empty()).then_some(board),
        before: crate::engine::as_it_stood(&config, store, since),
        report,
        since,
        histories,
        experiments,
        locale: Locale::from_tag(&config.settings.locale),
        rollups: config.rollups(),
        index: Default::default(),
    };
    let text = match format {
        ReportFormat::Markdown => review::markdown(&review, args.emoji),
        ReportFormat::Html => html::render(&review),
    };

    match &args.output {
        None => super::print(&text)?,
        Some(path) => {
            let text = crate::controls::escape(&text, false);
            super::write_file_atomic(path, text.as_bytes(), args.force)?;
            if !args.common.quiet {
                crate::say!(
                    "{}",
                    crate::t!(
                        "ed-cli-report-wrote",
                        path = path.display().to_string(),
                        format = match format {
                            ReportFormat::Markdown => "markdown",
                            ReportFormat::Html => "html",
                        },
                        kb = text.len().div_ceil(1024).to_string()
                    )
                );
            }
        }
    }
    Ok(EXIT_OK)
}

/// `--format`, else the output file's extension, else Markdown. An output
/// file with another extension needs `--format`, so `-o review.pdf` does not
/// quietly write Markdown.
fn format_of(format: Option<ReportFormat>, output: Option<&Path>) -> Result<ReportFormat> {
    if let Some(format) = format {
        return Ok(format);
    }
    let Some(path) = output else {
        return Ok(ReportFormat::Markdown);
    };
    let extension = path
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase());
    match extension.as_deref() {
        Some("html" | "htm") => Ok(ReportFormat::Html),
        Some("md" | "markdown") => Ok(ReportFormat::Markdown),
        _ => Err(Diagnostic::new(CliProblem::ReportFormat {
            path: path.to_path_buf(),
        })
        .into()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_format_follows_the_flag_then_the_extension() {
        let f = |format, path: Option<&str>| format_of(format, path.map(Path::new)).ok();
        assert_eq!(f(None, None), Some(ReportFormat::Markdown));
        assert_eq!(f(None, Some("review.html")), Some(ReportFormat::Html));
        assert_eq!(f(None, Some("out/Review.HTM")), Some(ReportFormat::Html));
        assert_eq!(f(None, Some("REVIEW.md")), Some(ReportFormat::Markdown));
        assert_eq!(
            f(Some(ReportFormat::Markdown), Some("review.html")),
            Some(ReportFormat::Markdown)
        );
        assert_eq!(
            f(Some(ReportFormat::Html), Some("review.txt")),
            Some(ReportFormat::Html)
        );
        assert_eq!(f(None, Some("review.pdf")), None);
        assert_eq!(f(None, Some("review")), None);
    }
}
