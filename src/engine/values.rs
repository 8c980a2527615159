//! Metric values over a date range: aggregates of daily values, ratios as
//! sum over sum, formulas evaluated once over their parts' values.

use chrono::NaiveDate;
use std::collections::BTreeSet;

use crate::config::model::{Aggregate, BinOp, Config, Expr, Metric, MetricKind};
use crate::metrics::MetricStore;

/// Evaluates metrics of one config over one store; data after `as_of`
/// and outside the cycle never counts.
pub struct Values<'a> {
    pub config: &'a Config,
    pub store: &'a MetricStore,
    /// The last day whose data counts: min(as_of, cycle end).
    pub last_day: NaiveDate,
    /// The first day whose data counts: the cycle's start (experiments
    /// compare against a baseline before it).
    pub first_day: NaiveDate,
}

/// Why a metric has no value over a range (shown to the user).
#[derive(Debug, Clone, PartialEq)]
pub enum Missing {
    NoData(String),
    ZeroDivisor(String),
}

impl Missing {
    pub fn reason(&self) -> crate::report::reason::Reason {
        use crate::report::reason::Reason;
        match self {
            Missing::NoData(m) => Reason::NoData { metric: m.clone() },
            Missing::ZeroDivisor(m) => Reason::ZeroDivisor { metric: m.clone() },
        }
    }
}

impl<'a> Values<'a> {
    fn metric(&self, name: &str) -> Option<&'a Metric> {
        self.config.metrics.get(name)
    }

    /// Clips a range to the days whose data counts.
    fn clip(&self, from: NaiveDate, to: NaiveDate) -> Option<(NaiveDate, NaiveDate)> {
        let from = from.max(self.first_day);
        let to = to.min(self.last_day);
        (from <= to).then_some((from, to))
    }

    /// The metric `name` over [from, to], with `aggregate` overriding the
    /// metric's own (for metrics read from a source).
    pub fn value(
        &self,
        name: &str,
        aggregate: Option<Aggregate>,
        from: NaiveDate,
        to: NaiveDate,
    ) -> Result<f64, Missing> {
        let metric = self
            .metric(name)
            .ok_or_else(|| Missing::NoData(name.to_string()))?;
        match &metric.kind {
            MetricKind::Source { .. } => {
                let agg = aggregate.unwrap_or(metric.aggregate);
                self.aggregate(name, agg, from, to)
                    .ok_or_else(|| Missing::NoData(name.to_string()))
            }
            MetricKind::Ratio {
                numerator,
                denominator,
            } => {
                let num = self.value(numerator, Some(Aggregate::Sum), from, to)?;
                let den = self.value(denominator, Some(Aggregate::Sum), from, to)?;
                if den == 0.0 {
                    return Err(Missing::ZeroDivisor(name.to_string()));
                }
                Ok(num / den)
            }
            MetricKind::Formula { expr, .. } => {
                let v = self.expr(name, expr, from, to)?;
                if v.is_finite() {
                    Ok(v)
                } else {
                    Err(Missing::ZeroDivisor(name.to_string()))
                }
            }
        }
    }

    fn expr(
        &self,
        owner: &str,
        expr: &Expr,
        from: NaiveDate,
        to: NaiveDate,
    ) -> Result<f64, Missing> {
        Ok(match expr {
            Expr::Number(n) => *n,
            Expr::Metric(m) => self.value(m, None, from, to)?,
            Expr::Neg(inner) => -self.expr(owner, inner, from, to)?,
            Expr::Binary(a, op, b) => {
                let a = self.expr(owner, a, from, to)?;
                let b = self.expr(owner, b, from, to)?;
                match op {
                    BinOp::Add => a + b,
                    BinOp::Sub => a - b,
                    BinOp::Mul => a * b,
                    BinOp::Div => {
                        if b == 0.0 {
                            return Err(Missing::ZeroDivisor(owner.to_string()));
                        }
                        a / b
                    }
                }
            }
        })
    }

    fn aggregate(&self, name: &str, agg: Aggregate, from: NaiveDate, to: NaiveDate) -> Option<f64> {
        let (from, to) = self.clip(from, to)?;
        let series = self.store.get(name)?;
        let mut days = series.days.range(from..=to).map(|(_, v)| {
            crate::work::step(1);
            *v
        });
        match agg {
            Aggregate::Sum => {
                let first = days.next()?;
                Some(days.fold(first, |a, v| a + v))
            }
            Aggregate::Avg => {
                let (mut sum, mut n) = (0.0, 0usize);
                for v in days {
                    sum += v;
                    n += 1;
                }
                (n > 0).then(|| sum / n as f64)
            }
            Aggregate::Min => days.reduce(f64::min),
            Aggregate::Max => days.reduce(f64::max),
            Aggregate::Count => {
                let n = days.count();
                (n > 0).then_some(n as f64)
            }
            Aggregate::Last => days.next_back(),
        }
    }

    /// [`Values::value`] of `name` over [from, d] for each of `days`, `None`
    /// where it has none: equal, bit for bit, to asking for each day, but
    /// each part's days are read once in one pass (days in ascending
    /// order; any other order is asked day by day).
    pub fn running(
        &self,
        name: &str,
        aggregate: Option<Aggregate>,
        from: NaiveDate,
        days: &[NaiveDate],
    ) -> Vec<Option<f64>> {
        if !days.is_sorted() {
            return days
                .iter()
                .map(|&d| self.value(name, aggregate, from, d).ok())
                .collect();
        }
        let Some(metric) = self.metric(name) else {
            return vec![None; days.len()];
        };
        match &metric.kind {
            MetricKind::Source { .. } => {
                self.running_aggregate(name, aggregate.unwrap_or(metric.aggregate), from, days)
            }
            MetricKind::Ratio {
                numerator,
                denominator,
            } => {
                let num = self.running(numerator, Some(Aggregate::Sum), from, days);
                let den = self.running(denominator, Some(Aggregate::Sum), from, days);
                num.into_iter()
                    .zip(den)
                    .map(|(n, d)| Some(n? / d.filter(|&d| d != 0.0)?))
                    .collect()
            }
            MetricKind::Formula { expr, .. } => self
                .running_expr(expr, from, days)
                .into_iter()
                .map(|v| v.filter(|v| v.is_finite()))
                .collect(),
        }
    }

    /// [`Values::expr`] for each of `days`, as [`Values::running`].
    fn running_expr(&self, expr: &Expr, from: NaiveDate, days: &[NaiveDate]) -> Vec<Option<f64>> {
        match expr {
            Expr::Number(n) => vec![Some(*n); days.len()],
            Expr::Metric(m) => self.running(m, None, from, days),
            Expr::Neg(inner) => self
                .running_expr(inner, from, days)
                .into_iter()
                .map(|v| v.map(|v| -v))
                .collect(),
            Expr::Binary(a, op, b) => {
                let a = self.running_expr(a, from, days);
                let b = self.running_expr(b, from, days);
                a.into_iter()
                    .zip(b)
                    .map(|(a, b)| {
                        let (a, b) = (a?, b?);
                        match op {
                            BinOp::Add => Some(a + b),
                            BinOp::Sub => Some(a - b),
                            BinOp::Mul => Some(a * b),
                            BinOp::Div => (b != 0.0).then(|| a / b),
                        }
                    })
                    .collect()
            }
        }
    }

    /// [`Values::aggregate`] over [from, d] for each of `days` (ascending):
    /// one walk over the series, each day's value added once, in the same
    /// order as the aggregate adds them.
    fn running_aggregate(
        &self,
        name: &str,
        agg: Aggregate,
        from: NaiveDate,
        days: &[NaiveDate],
    ) -> Vec<Option<f64>> {
        let from = from.max(self.first_day);
        let Some(series) = self.store.get(name) else {
            return vec![None; days.len()];
        };
        let mut rows = series.days.range(from..).peekable();
        // Sum, Min, Max, Last: the value so far; Avg: the sum; both with
        // the count of days.
        let mut acc: Option<f64> = None;
        let mut sum = 0.0;
        let mut n = 0usize;
        days.iter()
            .map(|&d| {
                crate::work::step(1);
                let to = d.min(self.last_day);
                if from > to {
                    return None;
                }
                while let Some((_, &v)) = rows.next_if(|(day, _)| **day <= to) {
                    crate::work::step(1);
                    n += 1;
                    match agg {
                        Aggregate::Sum => acc = Some(acc.map_or(v, |a| a + v)),
                        Aggregate::Avg => sum += v,
                        Aggregate::Min => acc = Some(acc.map_or(v, |a| a.min(v))),
                        Aggregate::Max => acc = Some(acc.map_or(v, |a| a.max(v))),
                        Aggregate::Count => {}
                        Aggregate::Last => acc = Some(v),
                    }
                }
                match agg {
                    Aggregate::Avg => (n > 0).then(|| sum / n as f64),
                    Aggregate::Count => (n > 0).then_some(n as f64),
                    _ => acc,
                }
            })
            .collect()
    }

    /// The newest day with data (within the cycle, up to `last_day`) of a
    /// metric; for ratios and formulas the oldest of their parts' newest.
    pub fn newest(&self, name: &str) -> Option<NaiveDate> {
        self.day_by_parts(name, &Self::newest, NaiveDate::min, |name| {
            let (from, to) = self.clip(self.config.cycle.start, self.last_day)?;
            self.store
                .get(name)?
                .days
                .range(from..=to)
                .next_back()
                .map(|(d, _)| *d)
        })
    }

    /// The first day with data of a metric, whatever the cycle; for ratios
    /// and formulas the latest of their parts' first days.
    pub fn first_data_day(&self, name: &str) -> Option<NaiveDate> {
        self.day_by_parts(name, &Self::first_data_day, NaiveDate::max, |name| {
            self.store.get(name)?.days.keys().next().copied()
        })
    }

    /// A day of metric `name`: `of_source` for a source's metric; for a
    /// ratio or a formula, `of_metric` of each part, combined with `pick`
    /// (none when a part has none).
    fn day_by_parts(
        &self,
        name: &str,
        of_metric: &dyn Fn(&Self, &str) -> Option<NaiveDate>,
        pick: fn(NaiveDate, NaiveDate) -> NaiveDate,
        of_source: impl Fn(&str) -> Option<NaiveDate>,
    ) -> Option<NaiveDate> {
        let metric = self.metric(name)?;
        match &metric.kind {
            MetricKind::Source { .. } => of_source(name),
            MetricKind::Ratio {
                numerator,
                denominator,
            } => Some(pick(
                of_metric(self, numerator)?,
                of_metric(self, denominator)?,
            )),
            MetricKind::Formula { expr, .. } => {
                let mut day: Option<NaiveDate> = None;
                for part in expr.metric_names() {
                    let d = of_metric(self, part)?;
                    day = Some(day.map_or(d, |day| pick(day, d)));
                }
                day
            }
        }
    }

    /// Days (in the cycle, up to `last_day`) on which the metric has data;
    /// for ratios and formulas, the days on which every part has data.
    pub fn complete_days(&self, name: &str) -> BTreeSet<NaiveDate> {
        let Some(metric) = self.metric(name) else {
            return BTreeSet::new();
        };
        let parts: Vec<&str> = match &metric.kind {
            MetricKind::Source { .. } => {
                return match (
                    self.clip(self.config.cycle.start, self.last_day),
                    self.store.get(name),
                ) {
                    (Some((from, to)), Some(series)) => {
                        series.days.range(from..=to).map(|(d, _)| *d).collect()
                    }
                    _ => BTreeSet::new(),
                };
            }
            MetricKind::Ratio {
                numerator,
                denominator,
            } => vec![numerator, denominator],
            MetricKind::Formula { expr, .. } => expr.metric_names(),
        };
        let mut parts = parts.into_iter();
        let Some(first) = parts.next() else {
            return BTreeSet::new();
        };
        let mut days = self.complete_days(first);
        for part in parts {
            let other = self.complete_days(part);
            days.retain(|d| other.contains(d));
        }
        days
    }
}
