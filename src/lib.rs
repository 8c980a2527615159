//! `okr`: OKRs and a North Star Metric from TOML and CSV exports.
//!
//! One direction of flow: `config` (TOML -> model) and `metrics`
//! (sources -> metric store) feed the pure `engine`, whose `Report` is drawn
//! by `render`. `cli` wires them together, one file per command.

pub mod error;
pub mod metrics;
pub mod model;
pub mod render;
pub mod report;
