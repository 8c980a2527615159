//! `okr`: OKRs and a North Star Metric from TOML and CSV exports.
//!
//! One direction of flow: `config` (TOML -> model) and `metrics`
//! (sources -> metric store) feed the pure `engine`, whose `Report` is drawn
//! by `render`. `cli` wires them together, one file per command.

// Diagnostics carry file, line, snippet and hint: large by design, and
// only on the error path.
#![allow(clippy::result_large_err)]

pub mod config;
pub mod engine;
pub mod error;
pub mod metrics;
pub mod model;
pub mod render;
pub mod report;
