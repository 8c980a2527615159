//! Sources -> metric store: daily values per metric.
//!
//! The CSV path streams: it keeps per-metric daily sums, never the file's rows.

use chrono::NaiveDate;
use std::collections::{BTreeMap, HashMap};

use crate::error::Diagnostic;
use crate::model::Config;

/// Daily values of one metric: the rows of one date, summed.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Series {
    pub days: BTreeMap<NaiveDate, f64>,
}

/// Daily series per metric, keyed by the metric's name under `[metrics]`
/// (only metrics read from a source have a series).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct MetricStore {
    series: HashMap<String, Series>,
}

impl MetricStore {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn get(&self, metric: &str) -> Option<&Series> {
        self.series.get(metric)
    }

    /// Adds `value` to the metric's value on `date`.
    pub fn add(&mut self, metric: &str, date: NaiveDate, value: f64) {
        *self
            .series
            .entry(metric.to_string())
            .or_default()
            .days
            .entry(date)
            .or_insert(0.0) += value;
    }

    /// Makes sure the metric has a (possibly empty) series.
    pub fn ensure(&mut self, metric: &str) {
        self.series.entry(metric.to_string()).or_default();
    }
}

/// How one source was read, for `okr sources` and `--verbose`.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
pub struct SourceReport {
    pub name: String,
    pub path: String,
    pub encoding: String,
    pub delimiter: String,
    pub decimal: String,
    pub layout: String,
    pub date_column: String,
    pub date_format: String,
    /// 1-based line number of the header.
    pub header_line: usize,
    pub preamble_lines: usize,
    pub data_rows: usize,
    pub skipped_totals: Vec<usize>,
    pub columns: Vec<String>,
    pub first_date: Option<NaiveDate>,
    pub last_date: Option<NaiveDate>,
    /// Per metric (long: metric names; wide: columns) found in the file.
    pub metrics: Vec<FoundMetric>,
    /// Things worth saying with `--verbose` (encoding guesses, skipped rows).
    pub notes: Vec<String>,
}

#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
pub struct FoundMetric {
    pub name: String,
    pub segment: Option<String>,
    pub rows: usize,
    pub missing: usize,
    pub first_date: Option<NaiveDate>,
    pub last_date: Option<NaiveDate>,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Loaded {
    pub store: MetricStore,
    pub sources: Vec<SourceReport>,
}

/// Reads every source the config declares into one store.
pub fn load(_config: &Config) -> Result<Loaded, Diagnostic> {
    Err(Diagnostic::new("metric sources are not read yet"))
}
