//! Sources -> metric store: daily values per metric.
//!
//! The CSV path streams: it keeps per-metric daily sums, never the file's rows.

// `Diagnostic` is the project's one error type and `load` returns it by
// contract; errors end a run, so its size costs nothing that matters.
#![allow(clippy::result_large_err)]

use chrono::NaiveDate;
use std::collections::{BTreeMap, HashMap};

use crate::config::model::{Config, MetricKind, SourceKind};
use crate::error::{Diagnostic, Diagnostics};
use std::path::Path;

pub mod checkins;
mod command;
mod csv_file;
pub(crate) mod date;
mod db;
mod decode;
mod fast;
pub mod inspect;
pub(crate) mod number;
mod records;
#[cfg(test)]
mod tests;

pub use command::allow as allow_commands;
pub use csv_file::visible;
use csv_file::Want;

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
    /// Each column of the header with what it holds.
    pub column_types: Vec<ColumnType>,
    /// Lines before the header that are neither comments nor blank (an ads
    /// report's title and date range), whether set by `skip_rows` or found.
    pub title_lines: usize,
    /// The table read: its number in the file (1 for the first, or a file
    /// of one table) and its title line, when one is above its header.
    pub table: usize,
    pub table_title: Option<String>,
    /// Other tables in the file, not read (a GA4 snapshot has several).
    pub other_tables: Vec<OtherTable>,
    pub first_date: Option<NaiveDate>,
    pub last_date: Option<NaiveDate>,
    /// Per metric (long: metric names; wide: columns) found in the file.
    pub metrics: Vec<FoundMetric>,
    /// Per metric of the OKR file read from this source, in `[metrics]` order.
    pub read: Vec<ReadMetric>,
    /// Things worth saying with `--verbose` (encoding guesses, skipped rows).
    pub notes: Notes,
}

/// A source's notes, in order.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
#[serde(transparent)]
pub struct Notes(pub Vec<Note>);

impl Notes {
    /// Whether a note reads `text` in English.
    pub fn contains<T: ?Sized>(&self, text: &T) -> bool
    where
        Note: PartialEq<T>,
    {
        self.0.iter().any(|n| n == text)
    }
}

impl std::ops::Deref for Notes {
    type Target = Vec<Note>;
    fn deref(&self) -> &Vec<Note> {
        &self.0
    }
}

impl std::ops::DerefMut for Notes {
    fn deref_mut(&mut self) -> &mut Vec<Note> {
        &mut self.0
    }
}

impl<'a> IntoIterator for &'a Notes {
    type Item = &'a Note;
    type IntoIter = std::slice::Iter<'a, Note>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

impl<U, const N: usize> PartialEq<[U; N]> for Notes
where
    Note: PartialEq<U>,
{
    fn eq(&self, other: &[U; N]) -> bool {
        self.0.len() == N && self.0.iter().zip(other).all(|(a, b)| a == b)
    }
}

/// A note about a source, in English (what JSON carries and what the
/// comparisons see) and in the reader's language (what people read).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Note {
    english: String,
    local: String,
}

impl Note {
    pub fn new(english: String, local: String) -> Self {
        Note { english, local }
    }

    /// The note in the run's language.
    pub fn local(&self) -> &str {
        &self.local
    }
}

impl std::ops::Deref for Note {
    type Target = str;
    fn deref(&self) -> &str {
        &self.english
    }
}

impl PartialEq<&str> for Note {
    fn eq(&self, other: &&str) -> bool {
        self.english == *other
    }
}

impl PartialEq<str> for Note {
    fn eq(&self, other: &str) -> bool {
        self.english == other
    }
}

impl PartialEq<String> for Note {
    fn eq(&self, other: &String) -> bool {
        &self.english == other
    }
}

impl std::fmt::Display for Note {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.english)
    }
}

impl serde::Serialize for Note {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.english)
    }
}

/// A [`Note`] from catalogue message `id`, with arguments as for `t!`.
#[macro_export]
macro_rules! note {
    ($id:literal) => {
        $crate::metrics::Note::new(
            $crate::i18n::text_in($crate::i18n::Lang::En, $id, &[]),
            $crate::i18n::text($id, &[]),
        )
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {{
        let args = [$((stringify!($name), $crate::i18n::Arg::from($value))),+];
        $crate::metrics::Note::new(
            $crate::i18n::text_in($crate::i18n::Lang::En, $id, &args),
            $crate::i18n::text($id, &args),
        )
    }};
}

/// A header cell and what its column holds: `date` (the date column, and
/// Meta's `Reporting ends`), `number` (every value a number), `text`, or
/// `empty` (no value at all). A long file's `value` column is `number`.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
pub struct ColumnType {
    pub name: String,
    #[serde(rename = "type")]
    pub kind: String,
}

/// A table of a multi-table export that was not read: its number in the
/// file (1 for the first), its title line (`Instagram reach`, when one is
/// above it), its header's line and columns.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
pub struct OtherTable {
    pub number: usize,
    pub title: Option<String>,
    pub line: usize,
    pub columns: Vec<String>,
}

/// What one metric of the OKR file got from its source: rows with a value
/// (of its segment, when it names one), rows with a missing value, and the
/// dates of the rows with a value.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
pub struct ReadMetric {
    pub metric: String,
    pub column: String,
    pub segment: Option<String>,
    pub rows: usize,
    pub missing: usize,
    pub first_date: Option<NaiveDate>,
    pub last_date: Option<NaiveDate>,
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
///
/// Each CSV source is read once (after a sniffing pass over the same file);
/// every metric read from a source gets a series, even an empty one.
/// `SourceReport::metrics` lists, for a long file, every metric name found
/// in it (segments together, `segment` left `None`); for a wide file, every
/// column of numbers. `rows` counts rows with a value, `missing` rows with
/// an empty, `--` or `n/a` cell; the dates span the rows with a value.
/// Metric names in long files match `column` exactly (after trimming);
/// headers match case-insensitively.
/// The OKR file at `path` (see `config::load`) with the check-in log beside
/// it (`checkins.csv`) folded in: manual values and milestones checked in.
pub fn load_config(path: &Path) -> Result<Config, Diagnostics> {
    load_config_replacing(path, &[])
}

/// As [`load_config`], with each of `replacements` (a file and its text)
/// read in place of that file (`okr next` validates its rewrite).
pub fn load_config_replacing(
    path: &Path,
    replacements: &[(&Path, &str)],
) -> Result<Config, Diagnostics> {
    let mut config = crate::config::load_replacing(path, replacements)?;
    checkins::load_into(&mut config)?;
    Ok(config)
}

pub fn load(config: &Config) -> Result<Loaded, Diagnostic> {
    let mut loaded = Loaded::default();
    for source in &config.sources {
        let wants: Vec<Want> = config
            .metrics
            .values()
            .filter_map(|m| match &m.kind {
                MetricKind::Source {
                    source: name,
                    column,
                    segment,
                } if *name == source.name => Some(Want {
                    key: m.name.clone(),
                    column: column.clone(),
                    segment: segment.clone(),
                }),
                _ => None,
            })
            .collect();
        let data = match &source.kind {
            // Plain long files take the fast path; anything else, or anything
            // unusual in them, the general reader.
            SourceKind::Csv { path } => match fast::read(source, path, &wants) {
                Some(data) => data,
                None => csv_file::read_for(
                    source,
                    path,
                    &wants,
                    Some((config.cycle.start, config.cycle.end)),
                )?,
            },
            SourceKind::Sqlite { .. } | SourceKind::Postgres { .. } => {
                db::read(source, &wants, &config.cycle)?
            }
            SourceKind::Command { .. } => command::read(source, &wants, &config.cycle)?,
        };
        for (want, days) in wants.iter().zip(data.series) {
            loaded.store.ensure(&want.key);
            for (date, value) in days {
                loaded.store.add(&want.key, date, value);
            }
        }
        loaded.sources.push(data.report);
    }
    Ok(loaded)
}
