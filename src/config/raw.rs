//! The OKR file as written: serde types mirroring DESIGN.md section 1.1.
//! Unknown keys are refused (`deny_unknown_fields`); spans are kept where a
//! later, semantic check must point at the text.

use chrono::NaiveDate;
use serde::{Deserialize, Deserializer};
use std::collections::BTreeMap;
use toml::Spanned;

/// The TOML spells these as the model does: one enum each, read by serde.
pub use super::model::{
    Aggregate, DisplayFormat, ExperimentStatus, Grain, Layout, ObjectiveType, Rollup,
};

/// A TOML local date (`2026-01-01`), or a string holding one.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Date(pub NaiveDate);

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Either {
            Datetime(toml::value::Datetime),
            Text(String),
        }
        let text = match Either::deserialize(deserializer)
            .map_err(|_| serde::de::Error::custom("expected a date such as 2026-01-01"))?
        {
            Either::Datetime(dt) => {
                if dt.time.is_some() || dt.offset.is_some() {
                    return Err(serde::de::Error::custom(
                        "expected a date without a time, such as 2026-01-01",
                    ));
                }
                dt.to_string()
            }
            Either::Text(s) => s,
        };
        NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d")
            .map(Date)
            .map_err(|_| {
                serde::de::Error::custom(format!(
                    "expected a date such as 2026-01-01, found \"{text}\""
                ))
            })
    }
}

#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct File {
    #[serde(default)]
    pub include: Vec<Spanned<String>>,
    pub cycle: Option<Spanned<Cycle>>,
    pub settings: Option<Spanned<Settings>>,
    pub check: Option<Spanned<Check>>,
    #[serde(default)]
    pub sources: Vec<Spanned<Source>>,
    #[serde(default)]
    pub metrics: BTreeMap<Spanned<String>, Spanned<Metric>>,
    pub north_star: Option<Spanned<NorthStar>>,
    #[serde(default)]
    pub objectives: Vec<Spanned<Objective>>,
    #[serde(default)]
    pub experiments: Vec<Spanned<Experiment>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Cycle {
    pub name: String,
    pub start: Spanned<Date>,
    pub end: Spanned<Date>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Settings {
    pub at_risk_below: Option<Spanned<f64>>,
    pub off_track_below: Option<Spanned<f64>>,
    pub stall_days: Option<Spanned<i64>>,
    pub stale_days: Option<Spanned<i64>>,
    pub settle_days: Option<Spanned<i64>>,
    pub locale: Option<Spanned<String>>,
    pub language: Option<Spanned<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Check {
    pub fail_on: Option<Spanned<Vec<String>>>,
    pub warn_on: Option<Spanned<Vec<String>>>,
}

#[derive(Debug, Deserialize, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum SourceKind {
    Csv,
    Sqlite,
    Postgres,
    Command,
}

/// `table = "Instagram reach"` or `table = 2`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TableChoice {
    Number(i64),
    Title(String),
}

impl<'de> Deserialize<'de> for TableChoice {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Choice;
        impl serde::de::Visitor<'_> for Choice {
            type Value = TableChoice;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a table's title (\"Instagram reach\") or its number (1 for the first)")
            }
            fn visit_i64<E: serde::de::Error>(self, n: i64) -> Result<TableChoice, E> {
                Ok(TableChoice::Number(n))
            }
            fn visit_u64<E: serde::de::Error>(self, n: u64) -> Result<TableChoice, E> {
                Ok(TableChoice::Number(i64::try_from(n).unwrap_or(i64::MAX)))
            }
            fn visit_str<E: serde::de::Error>(self, s: &str) -> Result<TableChoice, E> {
                Ok(TableChoice::Title(s.to_string()))
            }
        }
        d.deserialize_any(Choice)
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub name: Spanned<String>,
    pub kind: Option<SourceKind>,
    pub path: Option<Spanned<String>>,
    pub url_env: Option<String>,
    pub query: Option<String>,
    pub layout: Option<Layout>,
    pub delimiter: Option<Spanned<String>>,
    pub decimal: Option<Spanned<String>>,
    pub date_format: Option<Spanned<String>>,
    pub date_column: Option<String>,
    /// Long files whose columns have other names.
    pub metric_column: Option<String>,
    pub value_column: Option<String>,
    pub segment_column: Option<String>,
    /// A file of several tables: the one with this title, or number.
    pub table: Option<Spanned<TableChoice>>,
    pub skip_rows: Option<usize>,
    /// Seconds; database and command sources only.
    pub timeout: Option<Spanned<u64>>,
    /// `kind = "command"`: the program and its arguments.
    pub command: Option<Spanned<Vec<String>>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Ratio {
    pub numerator: Spanned<String>,
    pub denominator: Spanned<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Metric {
    pub source: Option<Spanned<String>>,
    pub column: Option<String>,
    pub segment: Option<String>,
    pub ratio: Option<Spanned<Ratio>>,
    pub formula: Option<Spanned<String>>,
    pub aggregate: Option<Aggregate>,
    pub unit: Option<String>,
    pub format: Option<DisplayFormat>,
    pub decimals: Option<u32>,
}

#[derive(Debug, Deserialize, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum Window {
    Cycle,
    Day,
    Week,
    Month,
    Quarter,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Guardrail {
    pub metric: Spanned<String>,
    pub min: Option<f64>,
    pub max: Option<f64>,
    pub aggregate: Option<Aggregate>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NorthStar {
    pub name: String,
    pub purpose: Option<String>,
    pub core_action: Option<String>,
    pub frequency: Option<String>,
    pub metric: Spanned<String>,
    pub grain: Option<Grain>,
    pub start: Option<f64>,
    pub target: Spanned<f64>,
    #[serde(default)]
    pub inputs: Vec<Spanned<String>>,
    #[serde(default)]
    pub guardrails: Vec<Spanned<Guardrail>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Objective {
    pub id: Spanned<String>,
    pub title: String,
    pub owner: Option<String>,
    #[serde(rename = "type")]
    pub kind: Option<ObjectiveType>,
    pub weight: Option<Spanned<f64>>,
    pub parent: Option<Spanned<String>>,
    pub rollup: Option<Rollup>,
    #[serde(default)]
    pub tags: Vec<String>,
    #[serde(default)]
    pub key_results: Vec<Spanned<KeyResult>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlanPoint {
    pub date: Spanned<Date>,
    pub value: f64,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KeyResult {
    pub id: Spanned<String>,
    pub title: String,
    pub owner: Option<String>,
    pub metric: Option<Spanned<String>>,
    pub aggregate: Option<Aggregate>,
    pub window: Option<Window>,
    pub start: Option<Spanned<f64>>,
    pub target: Option<Spanned<f64>>,
    pub at_least: Option<Spanned<f64>>,
    pub at_most: Option<Spanned<f64>>,
    pub every: Option<Grain>,
    pub weight: Option<Spanned<f64>>,
    #[serde(default)]
    pub guardrails: Vec<Spanned<Guardrail>>,
    #[serde(default)]
    pub plan: Vec<Spanned<PlanPoint>>,
    pub done: Option<bool>,
    pub due: Option<Spanned<Date>>,
    pub done_on: Option<Spanned<Date>>,
    pub current: Option<Spanned<f64>>,
    pub updated: Option<Spanned<Date>>,
    #[serde(default)]
    pub tags: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Experiment {
    pub id: Spanned<String>,
    pub title: String,
    pub hypothesis: Option<String>,
    #[serde(default)]
    pub key_results: Vec<Spanned<String>>,
    pub owner: Option<String>,
    pub impact: Option<Spanned<u8>>,
    pub confidence: Option<Spanned<u8>>,
    pub ease: Option<Spanned<u8>>,
    pub start: Option<Spanned<Date>>,
    pub end: Option<Spanned<Date>>,
    pub status: Option<ExperimentStatus>,
    pub metric: Option<Spanned<String>>,
    pub expected_lift: Option<f64>,
    pub learning: Option<String>,
    #[serde(default)]
    pub tags: Vec<String>,
}
