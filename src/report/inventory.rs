//! The inventories: the metrics found in each source and who uses them
//! (`okr metrics`), and how each source was read or why it could not be
//! (`okr sources`). Plain data; `render::inventory` draws them.

use std::collections::BTreeSet;

use serde::Serialize;

use crate::config::model::{Config, MetricKind};
use crate::error::Diagnostic;
use crate::metrics::{FoundMetric, SourceReport};

/// One metric (a long file's metric name, a wide file's column) in one file.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Found {
    pub source: String,
    pub file: String,
    /// Its name, segment, rows, missing values and dates.
    #[serde(flatten)]
    pub metric: FoundMetric,
    /// Keys under `[metrics]` that read it.
    pub used_by: Vec<String>,
}

/// A configured metric that its source has no values for.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NotFound {
    pub metric: String,
    pub source: String,
    /// The name it looks for (its `column`).
    pub column: String,
    pub segment: Option<String>,
    /// The closest name found in that source.
    pub did_you_mean: Option<String>,
    /// Key results that measure this metric, and so show no data.
    pub key_results: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MetricsInventory {
    pub found: Vec<Found>,
    pub not_found: Vec<NotFound>,
}

/// Which configured metrics read `name` (a metric name or a column) of
/// `source`: long files match exactly, wide headers case-insensitively
/// (as the reader does).
fn users(config: &Config, report: &SourceReport, name: &str, segment: Option<&str>) -> Vec<String> {
    let wide = report.layout == "wide";
    config
        .metrics
        .values()
        .filter(|m| match &m.kind {
            MetricKind::Source {
                source,
                column,
                segment: wants,
            } => {
                let column = column.trim();
                *source == report.name
                    && if wide {
                        column.eq_ignore_ascii_case(name)
                    } else {
                        column == name
                    }
                    && (segment.is_none() || wants.is_none() || wants.as_deref() == segment)
            }
            _ => false,
        })
        .map(|m| m.name.clone())
        .collect()
}

/// The metrics found in `sources` and the configured metrics without values
/// (`has_values` names those with some).
pub fn metrics(
    config: &Config,
    sources: &[SourceReport],
    has_values: &BTreeSet<String>,
) -> MetricsInventory {
    let mut found = Vec::new();
    for report in sources {
        for m in &report.metrics {
            found.push(Found {
                source: report.name.clone(),
                file: report.path.clone(),
                metric: m.clone(),
                used_by: users(config, report, &m.name, m.segment.as_deref()),
            });
        }
    }
    let mut not_found = Vec::new();
    for metric in config.metrics.values() {
        let MetricKind::Source {
            source,
            column,
            segment,
        } = &metric.kind
        else {
            continue;
        };
        // A source that failed to load is reported as an error instead.
        let Some(report) = sources.iter().find(|r| r.name == *source) else {
            continue;
        };
        if has_values.contains(&metric.name) {
            continue;
        }
        let names: Vec<&str> = report.metrics.iter().map(|m| m.name.as_str()).collect();
        not_found.push(NotFound {
            metric: metric.name.clone(),
            source: source.clone(),
            column: column.clone(),
            segment: segment.clone(),
            did_you_mean: crate::config::closest(column, names).map(str::to_string),
            key_results: config
                .objectives
                .iter()
                .flat_map(|o| &o.key_results)
                .filter(|kr| kr.metric() == Some(metric.name.as_str()))
                .map(|kr| kr.id.clone())
                .collect(),
        });
    }
    MetricsInventory { found, not_found }
}

/// The sources inventory: each source read on its own, in `[[sources]]`
/// order.
#[derive(Debug, Clone, Serialize)]
pub struct SourcesInventory {
    pub sources: Vec<SourceEntry>,
}

/// One source: how it was read, or the error.
#[derive(Debug, Clone, Serialize)]
pub struct SourceEntry {
    pub name: String,
    pub ok: bool,
    #[serde(skip_serializing_if = "Option::is_none", flatten)]
    pub report: Option<SourceReport>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<SourceError>,
}

#[derive(Debug, Clone, Serialize)]
pub struct SourceError {
    pub message: String,
    pub file: Option<String>,
    pub line: Option<usize>,
    pub column: Option<usize>,
    pub hint: Option<String>,
}

impl From<&Diagnostic> for SourceError {
    fn from(d: &Diagnostic) -> Self {
        SourceError {
            message: d.message().clone(),
            file: d.file.as_ref().map(|f| f.display().to_string()),
            line: d.line,
            column: d.column,
            hint: d.hint(),
        }
    }
}

impl SourcesInventory {
    pub fn new(results: &[(&str, Result<SourceReport, Diagnostic>)]) -> SourcesInventory {
        SourcesInventory {
            sources: results
                .iter()
                .map(|(name, r)| SourceEntry {
                    name: name.to_string(),
                    ok: r.is_ok(),
                    report: r.as_ref().ok().cloned(),
                    error: r.as_ref().err().map(SourceError::from),
                })
                .collect(),
        }
    }
}
