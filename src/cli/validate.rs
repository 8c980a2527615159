//! `okr validate`: checks the OKR file and every metric file, reporting
//! every problem found in one run.

use anyhow::Result;
use clap::Args;

use super::Common;
use crate::config::model::MetricKind;
use crate::error::{Diagnostic, Diagnostics, EXIT_BAD_INPUT, EXIT_OK};

pub const EXAMPLES: &str = "\
Examples:
  okr validate                       the okrs.toml found from here
  okr validate -c okrs.example.toml";

#[derive(Debug, Args)]
pub struct ValidateArgs {
    #[command(flatten)]
    pub common: Common,
}

pub fn run(args: &ValidateArgs) -> Result<u8> {
    let path = args.common.config_path()?;
    let Some(mut config) = super::config_or_say(&path) else {
        return Ok(EXIT_BAD_INPUT);
    };
    args.common.choose_language(&mut config);
    // Each source on its own, so that one broken file does not hide another.
    let mut problems: Vec<Diagnostic> = Vec::new();
    let mut warnings: Vec<String> = Vec::new();
    let mut rows = 0usize;
    // The config with one source at a time (not a copy of the whole tree
    // for each), its sources put back after.
    let sources = std::mem::take(&mut config.sources);
    for source in &sources {
        config.sources = vec![source.clone()];
        match crate::metrics::load(&config) {
            Err(d) => problems.push(d),
            Ok(loaded) => {
                for report in &loaded.sources {
                    rows += report.data_rows;
                    if args.common.verbose {
                        for note in &report.notes {
                            crate::say!("okr: {}: {note}", report.name);
                        }
                    }
                }
                for metric in config.metrics.values() {
                    let MetricKind::Source {
                        source: s,
                        column,
                        segment,
                    } = &metric.kind
                    else {
                        continue;
                    };
                    if s != &source.name {
                        continue;
                    }
                    let empty = loaded
                        .store
                        .get(&metric.name)
                        .is_none_or(|series| series.days.is_empty());
                    if empty {
                        let found: Vec<String> = loaded
                            .sources
                            .iter()
                            .flat_map(|r| r.metrics.iter().map(|m| m.name.clone()))
                            .collect::<std::collections::BTreeSet<_>>()
                            .into_iter()
                            .collect();
                        let found = if found.is_empty() {
                            crate::t!("ed-cli-validate-found-nothing")
                        } else {
                            found.join(", ")
                        };
                        let (metric, source) = (metric.name.as_str(), source.name.as_str());
                        warnings.push(match segment {
                            Some(seg) => crate::t!(
                                "ed-cli-validate-no-values-segment",
                                metric = metric,
                                source = source,
                                column = column.as_str(),
                                segment = seg.as_str(),
                                found = found
                            ),
                            None => crate::t!(
                                "ed-cli-validate-no-values",
                                metric = metric,
                                source = source,
                                column = column.as_str(),
                                found = found
                            ),
                        });
                    }
                }
            }
        }
    }
    config.sources = sources;
    if !args.common.quiet {
        for w in &warnings {
            crate::say!(
                "{}",
                crate::t!("ed-cli-validate-warning", warning = w.as_str())
            );
        }
    }
    if !problems.is_empty() {
        crate::say!("{}", Diagnostics(problems));
        return Ok(EXIT_BAD_INPUT);
    }
    if !args.common.quiet {
        let krs: usize = config.objectives.iter().map(|o| o.key_results.len()).sum();
        use crate::render::plural::noun;
        let line = crate::t!(
            "cmd-validate-ok",
            file = path.display().to_string(),
            objectives = noun(config.objectives.len(), "objective"),
            key_results = noun(krs, "key result"),
            metrics = noun(config.metrics.len(), "metric"),
            sources = noun(config.sources.len(), "source"),
            rows = noun(rows, "data row"),
            experiments = noun(config.experiments.len(), "experiment")
        );
        super::print(&format!("{line}\n"))?;
    }
    Ok(EXIT_OK)
}
