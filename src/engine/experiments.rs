//! Experiments: the backlog by ICE, what runs, the success and fail boards,
//! and each experiment's metric over its dates against a baseline.

use chrono::{Days, NaiveDate};

use super::values::Values;
use super::Engine;
use crate::config::model::{Config, Experiment, ExperimentStatus};
use crate::metrics::MetricStore;
use crate::report::{DateRange, ExperimentBoard, ExperimentReport};

/// The experiments of the OKR file at `as_of`.
pub fn board(config: &Config, store: &MetricStore, as_of: NaiveDate) -> ExperimentBoard {
    board_for(config, store, &super::evaluate(config, store, as_of))
}

/// [`board`] beside `report`, the config evaluated at its as-of date
/// already (the key results that need an experiment come from it).
pub fn board_for(
    config: &Config,
    store: &MetricStore,
    report: &crate::report::Report,
) -> ExperimentBoard {
    let as_of = report.as_of;
    // The baseline may lie before the cycle: experiments read all data up
    // to the as-of date.
    let values = Values {
        config,
        store,
        last_day: as_of,
        first_day: NaiveDate::MIN,
    };
    let engine = Engine {
        config,
        values,
        as_of,
        index: super::Index::new(config),
        forecasts: Default::default(),
    };
    let mut board = ExperimentBoard {
        as_of,
        cycle: config.cycle.name.clone(),
        backlog: Vec::new(),
        running: Vec::new(),
        won: Vec::new(),
        lost: Vec::new(),
        inconclusive: Vec::new(),
        needs_experiment: Vec::new(),
    };
    for e in &config.experiments {
        let e = &e.as_of(as_of);
        let r = engine.experiment(e);
        match e.status {
            ExperimentStatus::Idea => board.backlog.push(r),
            ExperimentStatus::Running => board.running.push(r),
            ExperimentStatus::Won => board.won.push(r),
            ExperimentStatus::Lost => board.lost.push(r),
            ExperimentStatus::Inconclusive => board.inconclusive.push(r),
        }
    }
    // Highest ICE first; ties keep the file's order; no score last.
    board.backlog.sort_by(|a, b| {
        b.ice
            .unwrap_or(f64::NEG_INFINITY)
            .total_cmp(&a.ice.unwrap_or(f64::NEG_INFINITY))
    });
    board.needs_experiment = crate::report::walk(&report.objectives)
        .into_iter()
        .flat_map(|(_, o)| &o.key_results)
        .filter(|kr| kr.needs_experiment)
        .map(|kr| kr.id.clone())
        .collect();
    board
}

impl Engine<'_> {
    fn experiment(&self, e: &Experiment) -> ExperimentReport {
        let (unit, format, decimals) = self.metric_meta(e.metric.as_deref());
        let mut r = ExperimentReport {
            id: e.id.clone(),
            title: e.title.clone(),
            hypothesis: e.hypothesis.clone(),
            owner: e.owner.clone(),
            key_results: e.key_results.clone(),
            status: e.status,
            ice: e.ice(),
            impact: e.impact,
            confidence: e.confidence,
            ease: e.ease,
            start: e.start,
            end: e.end,
            metric: e.metric.clone(),
            unit,
            format,
            decimals,
            expected_lift: e.expected_lift,
            measured: None,
            value: None,
            baseline: None,
            baseline_value: None,
            actual_lift: None,
            partial: false,
            learning: e.learning.clone(),
            tags: e.tags.clone(),
        };
        let (Some(metric), Some(start)) = (&e.metric, e.start) else {
            return r;
        };
        if start > self.as_of {
            return r;
        }
        let end = e.end.unwrap_or(self.as_of);
        r.partial = end > self.as_of;
        let end = end.min(self.as_of);
        let days = (end - start).num_days() + 1;
        let Some(before_end) = start.pred_opt() else {
            return r;
        };
        let Some(before_start) = start.checked_sub_days(Days::new(days as u64)) else {
            return r;
        };
        r.measured = Some(DateRange { start, end });
        r.baseline = Some(DateRange {
            start: before_start,
            end: before_end,
        });
        r.value = self.values.value(metric, None, start, end).ok();
        // A baseline that reaches back before the data starts would be cut
        // short (a sum over fewer days): no lift rather than a wrong one.
        let covered = self
            .values
            .first_data_day(metric)
            .is_some_and(|first| first <= before_start);
        if covered {
            r.baseline_value = self
                .values
                .value(metric, None, before_start, before_end)
                .ok();
        }
        if let (Some(v), Some(b)) = (r.value, r.baseline_value) {
            if b != 0.0 {
                r.actual_lift = Some((v - b) / b.abs());
            }
        }
        r
    }
}
