//! The pure engine: windows, aggregates, progress, pace, status, roll-up,
//! forecast and grade, exactly as DESIGN.md section 2 defines them.
//! No I/O, no printing: config + metric store + as-of date in, `Report` out.

pub mod experiments;
pub mod period;
mod values;

use chrono::NaiveDate;
use std::collections::{HashMap, HashSet};

use crate::config::model::*;
use crate::metrics::MetricStore;
use crate::report::reason::{Band, Heading, Outlook, Reason, RunRate, Settling, Since};
use crate::report::*;
pub use values::Missing;
use values::Values;

/// Numbers within 1e-9 relative (or 1e-12 absolute) are equal.
pub fn approx_eq(a: f64, b: f64) -> bool {
    let diff = (a - b).abs();
    diff <= 1e-12 || diff <= 1e-9 * a.abs().max(b.abs())
}

/// `a >= b`, tolerantly.
pub fn ge(a: f64, b: f64) -> bool {
    a > b || approx_eq(a, b)
}

/// `a > b`, tolerantly.
pub fn gt(a: f64, b: f64) -> bool {
    a > b && !approx_eq(a, b)
}

/// Elapsed share of the cycle at day `d`, clamped to [0, 1].
pub fn elapsed(cycle: &Cycle, d: NaiveDate) -> f64 {
    let num = (d - cycle.start).num_days() + 1;
    (num as f64 / cycle.days() as f64).clamp(0.0, 1.0)
}

/// Expected progress at day `d`: elapsed, or the plan line as a progress.
pub fn expected(
    cycle: &Cycle,
    start: f64,
    target: f64,
    plan: &[(NaiveDate, f64)],
    d: NaiveDate,
) -> f64 {
    if plan.is_empty() {
        return elapsed(cycle, d);
    }
    let x = |day: NaiveDate| ((day - cycle.start).num_days() + 1) as f64;
    let mut knots: Vec<(f64, f64)> = Vec::with_capacity(plan.len() + 2);
    knots.push((0.0, start));
    knots.extend(plan.iter().map(|&(day, v)| (x(day), v)));
    knots.push((x(cycle.end), target));
    let at = x(d);
    let value = if at <= knots[0].0 {
        knots[0].1
    } else if at >= knots[knots.len() - 1].0 {
        knots[knots.len() - 1].1
    } else {
        let i = knots
            .windows(2)
            .position(|w| at >= w[0].0 && at <= w[1].0)
            .unwrap_or(0);
        let ((x0, y0), (x1, y1)) = (knots[i], knots[i + 1]);
        if x1 == x0 {
            y1
        } else {
            y0 + (y1 - y0) * (at - x0) / (x1 - x0)
        }
    };
    (value - start) / (target - start)
}

/// Progress of an increase or decrease: (value - start) / (target - start).
pub fn progress(value: f64, start: f64, target: f64) -> f64 {
    (value - start) / (target - start)
}

/// Google-scale grade: clamped progress rounded to one decimal.
/// Halves round up, and a value within the comparison tolerance of a half
/// counts as the half: a progress of 0.15 computed as 0.1499999999999998
/// grades 0.2.
pub fn grade(progress: f64) -> f64 {
    let scaled = progress.clamp(0.0, 1.0) * 10.0;
    let floor = scaled.floor();
    let tenths = if ge(scaled - floor, 0.5) || approx_eq(scaled, floor + 0.5) {
        floor + 1.0
    } else {
        floor
    };
    tenths / 10.0
}

/// Least squares line through `points` (day offset, value), read at `x`.
pub fn linear_forecast(points: &[(f64, f64)], x: f64) -> Option<f64> {
    if points.len() < 2 {
        return None;
    }
    let n = points.len() as f64;
    let mx = points.iter().map(|p| p.0).sum::<f64>() / n;
    let my = points.iter().map(|p| p.1).sum::<f64>() / n;
    let sxx: f64 = points.iter().map(|p| (p.0 - mx) * (p.0 - mx)).sum();
    let sxy: f64 = points.iter().map(|p| (p.0 - mx) * (p.1 - my)).sum();
    if sxx == 0.0 {
        return None;
    }
    let slope = sxy / sxx;
    Some(my + slope * (x - mx))
}

/// Evaluates the whole tree at `as_of`.
pub fn evaluate(config: &Config, store: &MetricStore, as_of: NaiveDate) -> Report {
    let engine = Engine::new(config, store, as_of);
    engine.report()
}

/// The tree as it stood before `since`, for changes ("moved", `--since`,
/// the review): evaluated as of the day before; when that day is before the
/// cycle, each increase or decrease stands at its declared `start` (its
/// baseline, progress 0), so a quarter's sum moved by itself.
pub fn as_it_stood(config: &Config, store: &MetricStore, since: NaiveDate) -> Report {
    let day = since.pred_opt().unwrap_or(since);
    let mut report = evaluate(config, store, day);
    if day < config.cycle.start {
        fn baseline(o: &mut ObjectiveReport) {
            for kr in &mut o.key_results {
                if matches!(kr.kind, Kind::Increase | Kind::Decrease) {
                    kr.value = kr.start;
                    kr.progress = Some(0.0);
                }
            }
            o.objectives.iter_mut().for_each(baseline);
        }
        report.objectives.iter_mut().for_each(baseline);
    }
    report
}

/// The North Star, its inputs and guardrails per period of `grain` (default:
/// the North Star's), the `last` N periods (default: the whole cycle so far).
/// `None` when the config has no North Star.
pub fn north_star_board(
    config: &Config,
    store: &MetricStore,
    as_of: NaiveDate,
    grain: Option<Grain>,
    last: Option<usize>,
) -> Option<NorthStarBoard> {
    let ns = config.north_star.as_ref()?;
    let engine = Engine::new(config, store, as_of);
    let summary = engine.north_star(ns);
    let grain = grain.unwrap_or(ns.grain);
    let mut metrics = vec![engine.board_metric(&ns.metric, Role::NorthStar, grain, last, None)];
    metrics.extend(
        ns.inputs
            .iter()
            .map(|m| engine.board_metric(m, Role::Input, grain, last, None)),
    );
    metrics.extend(
        ns.guardrails
            .iter()
            .map(|g| engine.board_metric(&g.metric, Role::Guardrail, grain, last, Some(g))),
    );
    // The target is per the North Star's own grain: at another grain there
    // is no target, progress, status or pace still needed.
    let own_grain = grain == ns.grain;
    if own_grain {
        let cycle = &config.cycle;
        let latest = metrics[0]
            .periods
            .iter()
            .rev()
            .find(|p| !p.partial && p.value.is_some())
            .map(|p| (p.end, p.value.unwrap_or(0.0)));
        if let Some((end, value)) = latest {
            let remaining = period::all_in_cycle(grain, cycle)
                .into_iter()
                .filter(|p| p.start > end)
                .count();
            metrics[0].remaining_periods = Some(remaining);
            if remaining > 0 {
                metrics[0].pace_needed = Some((ns.target - value) / remaining as f64);
            }
        }
    }
    Some(NorthStarBoard {
        as_of,
        name: ns.name.clone(),
        purpose: ns.purpose.clone(),
        core_action: ns.core_action.clone(),
        frequency: ns.frequency.clone(),
        grain,
        start: own_grain.then_some(summary.start).flatten(),
        target: own_grain.then_some(ns.target),
        status: own_grain.then_some(summary.status),
        metrics,
    })
}

/// The value of key result `id` over the cycle so far, for charts. `None`
/// when no key result has that id.
pub fn history(
    config: &Config,
    store: &MetricStore,
    as_of: NaiveDate,
    id: &str,
) -> Option<History> {
    let kr = config
        .objectives
        .iter()
        .flat_map(|o| o.key_results.iter())
        .find(|k| k.id == id)?;
    let engine = Engine::new(config, store, as_of);
    Some(engine.history(kr))
}

/// [`history`] of each of `ids` that names a key result, by id: one engine
/// and one lookup table for all of them.
pub fn histories<'a>(
    config: &Config,
    store: &MetricStore,
    as_of: NaiveDate,
    ids: impl IntoIterator<Item = &'a str>,
) -> std::collections::BTreeMap<String, History> {
    let krs: HashMap<&str, &KeyResult> = config
        .objectives
        .iter()
        .flat_map(|o| o.key_results.iter())
        .map(|k| (k.id.as_str(), k))
        .collect();
    let engine = Engine::new(config, store, as_of);
    ids.into_iter()
        .filter_map(|id| krs.get(id).map(|kr| (id.to_string(), engine.history(kr))))
        .collect()
}

struct Engine<'a> {
    config: &'a Config,
    values: Values<'a>,
    as_of: NaiveDate,
    index: Index<'a>,
    /// Each metric's forecast by aggregate, made once: it depends on the
    /// metric, the aggregate and the data only, and many key results of a
    /// large organisation read the same metric.
    forecasts: Forecasts,
}

/// [`Engine::forecast`]'s fits of a metric, by the aggregate asked for.
type Forecasts = std::cell::RefCell<HashMap<String, HashMap<Option<Aggregate>, Option<f64>>>>;

/// The config's links looked up by id, built once per evaluation so that
/// the roll-up and the experiment counts take time linear in the tree.
struct Index<'a> {
    /// Objectives without a known parent, in declaration order.
    roots: Vec<&'a Objective>,
    /// Each objective's aligned objectives, in declaration order.
    children: HashMap<&'a str, Vec<&'a Objective>>,
    /// Each key result's experiments (each once), in the file's order.
    experiments: HashMap<&'a str, Vec<&'a Experiment>>,
}

impl<'a> Index<'a> {
    fn new(config: &'a Config) -> Self {
        let ids: HashSet<&str> = config.objectives.iter().map(|o| o.id.as_str()).collect();
        let mut index = Index {
            roots: Vec::new(),
            children: HashMap::new(),
            experiments: HashMap::new(),
        };
        for o in &config.objectives {
            crate::work::step(1);
            match o.parent.as_deref().filter(|p| ids.contains(p)) {
                Some(p) => index.children.entry(p).or_default().push(o),
                None => index.roots.push(o),
            }
        }
        for e in &config.experiments {
            for (i, kr) in e.key_results.iter().enumerate() {
                crate::work::step(i + 1);
                if !e.key_results[..i].contains(kr) {
                    index.experiments.entry(kr.as_str()).or_default().push(e);
                }
            }
        }
        index
    }
}

impl<'a> Engine<'a> {
    /// Data counts from the cycle's start to the as-of date (or the cycle's end).
    fn new(config: &'a Config, store: &'a MetricStore, as_of: NaiveDate) -> Self {
        Engine {
            config,
            values: Values {
                config,
                store,
                last_day: as_of.min(config.cycle.end),
                first_day: config.cycle.start,
            },
            as_of,
            index: Index::new(config),
            forecasts: Forecasts::default(),
        }
    }
}

/// The window of a KR (or the North Star) at the as-of date.
#[derive(Debug, Clone, Copy)]
struct KrWindow {
    /// The days whose data count.
    range: DateRange,
    /// The current period so far, because none has ended yet.
    partial: bool,
    /// An ended period, or the cycle window from the cycle's last day on.
    ended: bool,
    /// The day expected progress is read at.
    expected_at: NaiveDate,
    /// Period windows: their grain (run rates, the previous period).
    grain: Option<Grain>,
    /// Where stall is judged against: the cycle so far as of `stall_days`
    /// ago (cycle windows) or the previous period (period windows); `None`
    /// where nothing can stall.
    comparison: Option<DateRange>,
}

impl KrWindow {
    /// Days the window has run: its first day to its last counted day.
    fn days_run(&self) -> i64 {
        (self.range.end - self.range.start).num_days() + 1
    }
}

/// A value read over a window, with its run rate where it is judged on one.
#[derive(Debug, Clone, Copy)]
struct Reading {
    value: f64,
    run_rate: Option<f64>,
}

impl Reading {
    /// What progress and status are judged on.
    fn judged(self) -> f64 {
        self.run_rate.unwrap_or(self.value)
    }
}

/// An increase or decrease to judge: where its value comes from, its
/// window and value, and its line from start to target.
struct Pace<'a> {
    source: &'a ValueSource,
    aggregate: Option<Aggregate>,
    window: &'a KrWindow,
    reading: Reading,
    start: f64,
    target: f64,
    expected: f64,
}

impl Engine<'_> {
    fn cycle(&self) -> &Cycle {
        &self.config.cycle
    }

    fn settings(&self) -> &Settings {
        &self.config.settings
    }

    fn before_cycle(&self) -> bool {
        self.as_of < self.cycle().start
    }

    fn report(&self) -> Report {
        let cycle = self.cycle();
        let objectives = self.objective_tree(None);
        Report {
            as_of: self.as_of,
            cycle: CycleReport {
                name: cycle.name.clone(),
                start: cycle.start,
                end: cycle.end,
                elapsed: elapsed(cycle, self.as_of),
            },
            north_star: self
                .config
                .north_star
                .as_ref()
                .map(|ns| self.north_star(ns)),
            objectives,
            closed: None,
        }
    }

    fn window(&self, window: Window) -> Option<KrWindow> {
        let cycle = self.cycle();
        if self.before_cycle() {
            return None;
        }
        // From the cycle's last day on nothing stalls: a finished cycle
        // reads the same on its last day as weeks later.
        let cycle_ended = self.as_of >= cycle.end;
        match window {
            Window::Cycle => {
                let back = self
                    .as_of
                    .checked_sub_days(chrono::Days::new(self.settings().stall_days as u64));
                let comparison = match back {
                    Some(c) if c >= cycle.start && !cycle_ended => Some(DateRange {
                        start: cycle.start,
                        end: c,
                    }),
                    _ => None,
                };
                Some(KrWindow {
                    range: DateRange {
                        start: cycle.start,
                        end: self.as_of.min(cycle.end),
                    },
                    partial: false,
                    ended: cycle_ended,
                    expected_at: self.as_of,
                    grain: None,
                    comparison,
                })
            }
            Window::Period(grain) => {
                let w = period::latest_window(grain, cycle, self.as_of)?;
                // Expected is read at the last day of the window's period,
                // the current one's too.
                let period_end = if w.partial {
                    period::clip(period::containing(w.range.start, grain), cycle)?.end
                } else {
                    w.range.end
                };
                let comparison = if cycle_ended || w.partial {
                    None
                } else {
                    period::previous(w.range, grain, cycle)
                };
                Some(KrWindow {
                    range: w.range,
                    partial: w.partial,
                    ended: !w.partial,
                    expected_at: period_end,
                    grain: Some(grain),
                    comparison,
                })
            }
        }
    }

    /// The aggregate a source's value is read with: the KR's, else its
    /// metric's; `None` for ratios, formulas and manual values.
    fn aggregate_of(
        &self,
        source: &ValueSource,
        aggregate: Option<Aggregate>,
    ) -> Option<Aggregate> {
        match source {
            ValueSource::Metric(m) => {
                let def = self.config.metrics.get(m)?;
                matches!(def.kind, MetricKind::Source { .. })
                    .then(|| aggregate.unwrap_or(def.aggregate))
            }
            ValueSource::Manual(_) => None,
        }
    }

    /// The value over `range`, with the run rate when `range` is a period
    /// window shorter than its calendar period and the aggregate is `sum` or
    /// `count`: value x (days of the period) / (days of the window).
    fn read(
        &self,
        source: &ValueSource,
        aggregate: Option<Aggregate>,
        range: DateRange,
        grain: Option<Grain>,
    ) -> Result<Reading, Missing> {
        let value = self.source_value(source, aggregate, range)?;
        let run_rate = grain.and_then(|grain| {
            if !matches!(
                self.aggregate_of(source, aggregate),
                Some(Aggregate::Sum | Aggregate::Count)
            ) {
                return None;
            }
            let calendar = period::containing(range.start, grain);
            let period_days = (calendar.end - calendar.start).num_days() + 1;
            let window_days = (range.end - range.start).num_days() + 1;
            (window_days < period_days).then(|| value * period_days as f64 / window_days as f64)
        });
        Ok(Reading { value, run_rate })
    }

    /// Too early to judge: the window has not ended and has run fewer than
    /// `settle_days` days.
    fn too_early(&self, w: &KrWindow) -> Option<Settling> {
        let settle = self.settings().settle_days;
        (!w.ended && w.days_run() < settle).then(|| Settling {
            days_run: w.days_run(),
            settle_days: settle,
        })
    }

    fn metric_meta(&self, name: Option<&str>) -> (Option<String>, DisplayFormat, Option<u32>) {
        match name.and_then(|n| self.config.metrics.get(n)) {
            Some(m) => (m.unit.clone(), m.format, m.decimals),
            None => (None, DisplayFormat::Number, None),
        }
    }

    fn guardrails(
        &self,
        guardrails: &[Guardrail],
        range: Option<DateRange>,
    ) -> Vec<GuardrailReport> {
        guardrails
            .iter()
            .map(|g| {
                let value = range.and_then(|r| {
                    self.values
                        .value(&g.metric, g.aggregate, r.start, r.end)
                        .ok()
                });
                let state = match value {
                    None => GuardrailState::Unknown,
                    Some(v) => {
                        let low = g.min.is_some_and(|min| v < min && !approx_eq(v, min));
                        let high = g.max.is_some_and(|max| v > max && !approx_eq(v, max));
                        if low || high {
                            GuardrailState::Breached
                        } else {
                            GuardrailState::Ok
                        }
                    }
                };
                let (unit, format, decimals) = self.metric_meta(Some(&g.metric));
                GuardrailReport {
                    metric: g.metric.clone(),
                    min: g.min,
                    max: g.max,
                    value,
                    state,
                    unit,
                    format,
                    decimals,
                }
            })
            .collect()
    }

    fn breach_reason(guardrails: &[GuardrailReport]) -> Option<Reason> {
        let breached: Vec<GuardrailReport> = guardrails
            .iter()
            .filter(|g| g.state == GuardrailState::Breached)
            .cloned()
            .collect();
        (!breached.is_empty()).then_some(Reason::Breached(breached))
    }

    /// The value of a KR's source over `range` (manual: the latest check-in
    /// on or before the range's end).
    fn source_value(
        &self,
        source: &ValueSource,
        aggregate: Option<Aggregate>,
        range: DateRange,
    ) -> Result<f64, Missing> {
        match source {
            ValueSource::Metric(m) => self.values.value(m, aggregate, range.start, range.end),
            ValueSource::Manual(checkins) => checkins
                .iter()
                .rev()
                .find(|c| {
                    c.date <= range.end && c.date <= self.as_of && c.date >= self.cycle().start
                })
                .map(|c| c.value)
                .ok_or_else(|| Missing::NoData("check-ins".to_string())),
        }
    }

    /// [`Engine::source_value`] from the cycle's start to each of `days`,
    /// `None` where it has no value, in time linear in the days and the
    /// data (not their product): metrics through [`Values::running`],
    /// check-ins (in date order) by a binary search each.
    fn values_so_far(
        &self,
        source: &ValueSource,
        aggregate: Option<Aggregate>,
        days: &[NaiveDate],
    ) -> Vec<Option<f64>> {
        let start = self.cycle().start;
        match source {
            ValueSource::Metric(m) => self.values.running(m, aggregate, start, days),
            ValueSource::Manual(checkins) if checkins.is_sorted_by_key(|c| c.date) => days
                .iter()
                .map(|&d| {
                    let upto = d.min(self.as_of);
                    let i = checkins.partition_point(|c| c.date <= upto);
                    let c = checkins[..i].last()?;
                    (c.date >= start).then_some(c.value)
                })
                .collect(),
            ValueSource::Manual(_) => days
                .iter()
                .map(|&end| {
                    self.source_value(source, aggregate, DateRange { start, end })
                        .ok()
                })
                .collect(),
        }
    }

    fn newest(&self, source: &ValueSource) -> Option<NaiveDate> {
        match source {
            ValueSource::Metric(m) => self.values.newest(m),
            ValueSource::Manual(checkins) => checkins
                .iter()
                .rev()
                .find(|c| c.date <= self.values.last_day && c.date >= self.cycle().start)
                .map(|c| c.date),
        }
    }

    fn stale(&self, newest: Option<NaiveDate>) -> Option<bool> {
        newest.map(|d| (self.as_of - d).num_days() > self.settings().stale_days)
    }

    /// The key result's newest data day, and whether it is stale.
    fn last_data(&self, r: &mut KeyResultReport, source: &ValueSource) {
        let newest = self.newest(source);
        r.last_data = newest;
        r.stale = self.stale(newest);
    }

    /// The key result over window `w`, into `r`: the window, its guardrails
    /// over it, the value and run rate; `None`, with the reason in `r`, when
    /// there is no value.
    fn read_window(
        &self,
        kr: &KeyResult,
        r: &mut KeyResultReport,
        source: &ValueSource,
        w: &KrWindow,
    ) -> Option<Reading> {
        r.window = Some(w.range);
        r.partial = w.partial;
        r.guardrails = self.guardrails(&kr.guardrails, Some(w.range));
        match self.read(source, kr.aggregate, w.range, w.grain) {
            Ok(reading) => {
                r.value = Some(reading.value);
                r.run_rate = reading.run_rate;
                Some(reading)
            }
            Err(missing) => {
                r.reason = missing.reason();
                None
            }
        }
    }

    /// Forecast at the cycle's end: least squares through the value as of
    /// each day with data so far (for ratios and formulas, the days on which
    /// all their parts have data); `None` with data on fewer than
    /// `settle_days` days or while stale; never below 0 when those values
    /// all are, never above 1 for a percent metric whose values all lie in
    /// [0, 1]; the actual value once the cycle has ended.
    fn forecast(
        &self,
        source: &ValueSource,
        aggregate: Option<Aggregate>,
        value: Option<f64>,
        stale: Option<bool>,
    ) -> Option<f64> {
        let cycle = self.cycle();
        if self.as_of >= cycle.end {
            return value;
        }
        if stale == Some(true) {
            return None;
        }
        let ValueSource::Metric(m) = source else {
            return self.fit(source, aggregate);
        };
        if let Some(&f) = self
            .forecasts
            .borrow()
            .get(m)
            .and_then(|by| by.get(&aggregate))
        {
            return f;
        }
        let f = self.fit(source, aggregate);
        self.forecasts
            .borrow_mut()
            .entry(m.clone())
            .or_default()
            .insert(aggregate, f);
        f
    }

    /// [`Engine::forecast`]'s least-squares fit through the value so far on
    /// each day with data.
    fn fit(&self, source: &ValueSource, aggregate: Option<Aggregate>) -> Option<f64> {
        let cycle = self.cycle();
        let (days, percent) = match source {
            ValueSource::Metric(m) => (
                self.values.complete_days(m),
                self.config
                    .metrics
                    .get(m)
                    .is_some_and(|def| def.format == DisplayFormat::Percent),
            ),
            ValueSource::Manual(checkins) => (
                checkins
                    .iter()
                    .filter(|c| c.date >= cycle.start && c.date <= self.values.last_day)
                    .map(|c| c.date)
                    .collect(),
                false,
            ),
        };
        let days: Vec<NaiveDate> = days.into_iter().collect();
        let points: Vec<(f64, f64)> = days
            .iter()
            .zip(self.values_so_far(source, aggregate, &days))
            .filter_map(|(&d, v)| Some(((d - cycle.start).num_days() as f64, v?)))
            .collect();
        if (points.len() as i64) < self.settings().settle_days {
            return None;
        }
        let mut f = linear_forecast(&points, (cycle.end - cycle.start).num_days() as f64)?;
        if points.iter().all(|p| p.1 >= 0.0) {
            f = f.max(0.0);
        }
        if percent && points.iter().all(|p| (0.0..=1.0).contains(&p.1)) {
            f = f.min(1.0);
        }
        Some(f)
    }

    /// Status by pace: progress / expected against the settings' bands.
    fn pace_status(&self, progress: f64, expected: f64) -> (Status, Band) {
        let s = self.settings();
        if expected <= 0.0 || approx_eq(expected, 0.0) {
            let behind = !ge(progress, expected);
            let status = if behind {
                Status::OffTrack
            } else {
                Status::OnTrack
            };
            return (status, Band::NothingExpected { behind });
        }
        let ratio = progress / expected;
        if ge(ratio, s.at_risk_below) {
            (Status::OnTrack, Band::OnTrack { ratio })
        } else if ge(ratio, s.off_track_below) {
            (
                Status::AtRisk,
                Band::AtRisk {
                    ratio,
                    below: s.at_risk_below,
                },
            )
        } else {
            (
                Status::OffTrack,
                Band::OffTrack {
                    ratio,
                    below: s.off_track_below,
                },
            )
        }
    }

    fn key_result(&self, kr: &KeyResult) -> KeyResultReport {
        let metric = kr.metric().map(str::to_string);
        let (unit, format, decimals) = self.metric_meta(metric.as_deref());
        let aggregate = kr.metric().and_then(|m| {
            let def = self.config.metrics.get(m)?;
            matches!(def.kind, MetricKind::Source { .. })
                .then(|| kr.aggregate.unwrap_or(def.aggregate))
        });
        let mut r = KeyResultReport {
            id: kr.id.clone(),
            title: kr.title.clone(),
            value: None,
            start: None,
            target: None,
            progress: None,
            expected: None,
            status: Status::NoData,
            stale: None,
            partial: false,
            forecast: None,
            grade: None,
            run_rate: None,
            window: None,
            kind: Kind::of(&kr.kind),
            metric,
            owner: kr.owner.clone(),
            unit,
            format,
            decimals,
            weight: kr.weight,
            aggregate,
            last_data: None,
            due: None,
            done_on: None,
            periods_held: None,
            periods_judged: None,
            guardrails: Vec::new(),
            reason: Reason::None,
            experiments: self.experiment_counts(&kr.id),
            needs_experiment: false,
            confidence: None,
            note: None,
            moved: None,
            loc: kr.loc.clone(),
        };
        // What the owner said last, within the cycle, by the as-of date.
        let said = kr
            .pulses
            .iter()
            .filter(|p| p.date >= self.cycle().start && p.date <= self.as_of);
        r.confidence = said
            .clone()
            .filter_map(|p| {
                p.confidence.map(|c| Dated {
                    value: c,
                    date: p.date,
                })
            })
            .next_back();
        r.note = said
            .filter_map(|p| {
                p.note.clone().map(|n| Dated {
                    value: n,
                    date: p.date,
                })
            })
            .next_back();
        match &kr.kind {
            KrKind::Progress {
                source,
                start,
                target,
                plan,
            } => self.progress_kr(kr, &mut r, source, *start, *target, plan),
            KrKind::Threshold {
                source,
                bound,
                every,
            } => self.threshold_kr(kr, &mut r, source, *bound, *every),
            KrKind::Milestone { done, due, done_on } => {
                self.milestone_kr(kr, &mut r, *done, *due, *done_on)
            }
        }
        r.grade = r.progress.map(grade);
        // Once the cycle has ended there is nothing left to try in it.
        r.needs_experiment = matches!(r.status, Status::OffTrack | Status::Stalled)
            && self.as_of < self.cycle().end
            && r.experiments.running == 0
            && !matches!(kr.kind, KrKind::Milestone { .. });
        r
    }

    fn experiment_counts(&self, kr: &str) -> ExperimentCounts {
        let mut c = ExperimentCounts::default();
        for e in self.index.experiments.get(kr).into_iter().flatten() {
            match e.status_at(self.as_of) {
                ExperimentStatus::Idea => c.ideas += 1,
                ExperimentStatus::Running => c.running += 1,
                ExperimentStatus::Won => c.won += 1,
                ExperimentStatus::Lost => c.lost += 1,
                ExperimentStatus::Inconclusive => c.inconclusive += 1,
            }
        }
        c
    }

    fn progress_kr(
        &self,
        kr: &KeyResult,
        r: &mut KeyResultReport,
        source: &ValueSource,
        start: f64,
        target: f64,
        plan: &[(NaiveDate, f64)],
    ) {
        r.kind = if target > start {
            Kind::Increase
        } else {
            Kind::Decrease
        };
        r.start = Some(start);
        r.target = Some(target);
        let Some(w) = self.window(kr.window) else {
            r.expected = Some(expected(self.cycle(), start, target, plan, self.as_of));
            r.reason = Reason::CycleStarts(self.cycle().start);
            return;
        };
        let exp = expected(self.cycle(), start, target, plan, w.expected_at);
        r.expected = Some(exp);
        self.last_data(r, source);
        let Some(reading) = self.read_window(kr, r, source, &w) else {
            return;
        };
        r.progress = Some(progress(reading.judged(), start, target));
        if kr.window == Window::Cycle {
            r.forecast = self.forecast(source, kr.aggregate, Some(reading.value), r.stale);
        }
        let pace = Pace {
            source,
            aggregate: kr.aggregate,
            window: &w,
            reading,
            start,
            target,
            expected: exp,
        };
        (r.status, r.reason) = self.judge(&pace, &r.guardrails);
    }

    /// The status of an increase or decrease (a KR or the North Star), the
    /// first rule of DESIGN.md 2 that applies after its value is known.
    fn judge(&self, pace: &Pace, guardrails: &[GuardrailReport]) -> (Status, Reason) {
        if let Some(reason) = Self::breach_reason(guardrails) {
            return (Status::GuardrailBreached, reason);
        }
        let w = pace.window;
        let p = progress(pace.reading.judged(), pace.start, pace.target);
        let run_rate = pace.reading.run_rate.map(|rate| RunRate {
            rate,
            summed: pace.reading.value,
        });
        // Final: an ended window, or a value that cannot fall back while it
        // runs (an increase summed, counted or at its max; a decrease at its
        // min), unless it is a run rate.
        let increase = pace.target > pace.start;
        let cannot_fall_back = match self.aggregate_of(pace.source, pace.aggregate) {
            Some(Aggregate::Sum | Aggregate::Count | Aggregate::Max) => increase,
            Some(Aggregate::Min) => !increase,
            _ => false,
        };
        let is_final = w.ended || (pace.reading.run_rate.is_none() && cannot_fall_back);
        if ge(p, 1.0) && is_final {
            return (
                Status::Done,
                Reason::Reached {
                    target: pace.target,
                    progress: p,
                    run_rate,
                },
            );
        }
        if let Some(early) = self.too_early(w) {
            return (Status::Pending, Reason::TooEarly(early));
        }
        if let Some(cmp) = w.comparison {
            if let Ok(then) = self.read(pace.source, pace.aggregate, cmp, w.grain) {
                let before = progress(then.judged(), pace.start, pace.target);
                if !gt(p, before) && !ge(p, pace.expected) {
                    let since = match w.grain {
                        None => Since::Day(cmp.end),
                        Some(g) => Since::PreviousPeriod(g),
                    };
                    let reason = Reason::NoProgress {
                        since,
                        then: then.judged(),
                        now: pace.reading.judged(),
                        expected: pace.expected,
                    };
                    return (Status::Stalled, reason);
                }
            }
        }
        let (status, band) = self.pace_status(p, pace.expected);
        let reason = if ge(p, 1.0) {
            Reason::AtTarget {
                target: pace.target,
                progress: p,
                run_rate,
            }
        } else {
            Reason::Pace {
                progress: p,
                expected: pace.expected,
                band,
                run_rate,
            }
        };
        (status, reason)
    }

    fn holds(bound: Bound, v: f64) -> bool {
        match bound {
            Bound::AtLeast(b) => ge(v, b),
            Bound::AtMost(b) => ge(b, v),
        }
    }

    fn threshold_kr(
        &self,
        kr: &KeyResult,
        r: &mut KeyResultReport,
        source: &ValueSource,
        bound: Bound,
        every: Option<Grain>,
    ) {
        let (kind, limit) = match bound {
            Bound::AtLeast(b) => (Kind::AtLeast, b),
            Bound::AtMost(b) => (Kind::AtMost, b),
        };
        r.kind = kind;
        r.target = Some(limit);
        if self.before_cycle() {
            r.reason = Reason::CycleStarts(self.cycle().start);
            return;
        }
        self.last_data(r, source);
        if let Some(grain) = every {
            return self.every_kr(kr, r, source, bound, grain);
        }
        let Some(w) = self.window(kr.window) else {
            return;
        };
        let Some(reading) = self.read_window(kr, r, source, &w) else {
            return;
        };
        // A budget or quota: a cycle sum or count, which only grows.
        let budget = kr.window == Window::Cycle
            && matches!(
                self.aggregate_of(source, kr.aggregate),
                Some(Aggregate::Sum | Aggregate::Count)
            );
        if budget {
            r.forecast = self.forecast(source, kr.aggregate, Some(reading.value), r.stale);
        }
        // A running window holds or not on its value so far; an ended one
        // cut short by the cycle, on its run rate.
        let basis = if w.partial {
            reading.value
        } else {
            reading.judged()
        };
        let holds = Self::holds(bound, basis);
        r.progress = Some(if holds { 1.0 } else { 0.0 });
        if let Some(reason) = Self::breach_reason(&r.guardrails) {
            r.status = Status::GuardrailBreached;
            r.reason = reason;
            return;
        }
        // While a budget's or a run rate's window runs, it is judged on
        // where it is heading too.
        let heading = if budget && !w.ended {
            Some((Heading::Forecast, r.forecast))
        } else if w.partial && reading.run_rate.is_some() {
            Some((Heading::RunRate, reading.run_rate))
        } else {
            None
        };
        let (status, outlook) = match heading {
            None => (
                if holds {
                    Status::OnTrack
                } else {
                    Status::OffTrack
                },
                Outlook::Plain,
            ),
            Some((what, projection)) => {
                let projected = projection.map(|f| (f, Self::holds(bound, f)));
                match (bound, holds, projected) {
                    (Bound::AtMost(_), false, _) => (Status::OffTrack, Outlook::OverBudget),
                    (Bound::AtMost(_), true, Some((f, false))) => {
                        (Status::AtRisk, Outlook::Breaks(what, f))
                    }
                    (Bound::AtMost(_), true, _) => (Status::OnTrack, Outlook::Holds),
                    (Bound::AtLeast(_), true, _) => (Status::OnTrack, Outlook::Reached),
                    (Bound::AtLeast(_), false, Some((f, true))) => {
                        (Status::OnTrack, Outlook::Reaches(what, f))
                    }
                    (Bound::AtLeast(_), false, projected) => match self.too_early(&w) {
                        Some(early) => (Status::Pending, Outlook::TooEarly(early)),
                        None => (
                            Status::OffTrack,
                            match projected {
                                Some((f, _)) => Outlook::FallsShort(what, f),
                                None => Outlook::NoProjection(what),
                            },
                        ),
                    },
                }
            }
        };
        r.status = status;
        r.reason = Reason::Threshold {
            value: basis,
            bound,
            holds,
            summed: reading.run_rate.map(|_| reading.value),
            so_far: !w.ended,
            outlook,
        };
    }

    /// A threshold judged per period (`every`): each whole period of the
    /// cycle that has ended, the latest deciding between holding and not.
    fn every_kr(
        &self,
        kr: &KeyResult,
        r: &mut KeyResultReport,
        source: &ValueSource,
        bound: Bound,
        grain: Grain,
    ) {
        let judged: Vec<DateRange> = period::whole_in_cycle(grain, self.cycle())
            .into_iter()
            .filter(|p| p.end <= self.as_of)
            .collect();
        let Some(latest) = judged.last().copied() else {
            r.reason = Reason::NoWholePeriod(grain);
            return;
        };
        let held = judged
            .iter()
            .filter(|p| {
                self.source_value(source, kr.aggregate, **p)
                    .is_ok_and(|v| Self::holds(bound, v))
            })
            .count();
        let share = held as f64 / judged.len() as f64;
        r.progress = Some(share);
        r.periods_held = Some(held);
        r.periods_judged = Some(judged.len());
        r.window = Some(latest);
        r.guardrails = self.guardrails(&kr.guardrails, Some(latest));
        let value = match self.source_value(source, kr.aggregate, latest) {
            Ok(v) => v,
            Err(missing) => {
                r.reason = missing.reason();
                return;
            }
        };
        r.value = Some(value);
        if let Some(reason) = Self::breach_reason(&r.guardrails) {
            r.status = Status::GuardrailBreached;
            r.reason = reason;
            return;
        }
        let holds = Self::holds(bound, value);
        let at_risk_below = self.settings().at_risk_below;
        let at_risk = holds && !ge(share, at_risk_below);
        r.status = if !holds {
            Status::OffTrack
        } else if at_risk {
            Status::AtRisk
        } else {
            Status::OnTrack
        };
        r.reason = Reason::Periods {
            grain,
            value,
            bound,
            holds,
            held,
            judged: judged.len(),
            at_risk_below: at_risk.then_some((share, at_risk_below)),
        };
    }

    fn milestone_kr(
        &self,
        kr: &KeyResult,
        r: &mut KeyResultReport,
        done: bool,
        due: NaiveDate,
        done_on: Option<NaiveDate>,
    ) {
        r.kind = Kind::Milestone;
        r.due = Some(due);
        r.done_on = done_on;
        if self.before_cycle() {
            r.reason = Reason::CycleStarts(self.cycle().start);
            return;
        }
        let range = DateRange {
            start: self.cycle().start,
            end: self.values.last_day,
        };
        r.guardrails = self.guardrails(&kr.guardrails, Some(range));
        let is_done = done && done_on.is_none_or(|d| d <= self.as_of);
        if is_done {
            r.progress = Some(1.0);
            r.status = Status::Done;
            r.reason = Reason::Done(done_on);
        } else {
            r.progress = Some(0.0);
            if self.as_of <= due {
                r.status = Status::OnTrack;
                r.reason = Reason::Due {
                    due,
                    overdue: false,
                };
            } else {
                r.status = Status::OffTrack;
                r.reason = Reason::Due { due, overdue: true };
            }
        }
    }

    fn north_star(&self, ns: &NorthStar) -> NorthStarReport {
        let cycle = self.cycle();
        let (unit, format, decimals) = self.metric_meta(Some(&ns.metric));
        // Judged as a KR whose window is its grain.
        let window = self.window(Window::Period(ns.grain));
        let trend = self.trend(&ns.metric, ns.grain);
        let mut r = NorthStarReport {
            name: ns.name.clone(),
            metric: ns.metric.clone(),
            value: None,
            start: ns.start,
            target: ns.target,
            progress: None,
            expected: None,
            status: Status::NoData,
            period: window.map(|w| w.range),
            partial: window.is_some_and(|w| w.partial),
            run_rate: None,
            grain: ns.grain,
            purpose: ns.purpose.clone(),
            core_action: ns.core_action.clone(),
            frequency: ns.frequency.clone(),
            unit,
            format,
            decimals,
            trend,
            inputs: Vec::new(),
            guardrails: Vec::new(),
            reason: Reason::None,
        };
        r.inputs = ns
            .inputs
            .iter()
            .map(|m| {
                let (unit, format, decimals) = self.metric_meta(Some(m));
                let value = window
                    .and_then(|w| self.values.value(m, None, w.range.start, w.range.end).ok());
                let previous = window
                    .filter(|w| !w.partial)
                    .and_then(|w| period::previous(w.range, ns.grain, cycle))
                    .and_then(|p| self.values.value(m, None, p.start, p.end).ok());
                InputReport {
                    metric: m.clone(),
                    value,
                    previous,
                    unit,
                    format,
                    decimals,
                    trend: self.trend(m, ns.grain),
                }
            })
            .collect();
        let Some(w) = window else {
            r.reason = Reason::CycleStarts(cycle.start);
            return r;
        };
        r.guardrails = self.guardrails(&ns.guardrails, Some(w.range));
        let source = ValueSource::Metric(ns.metric.clone());
        let reading = self.read(&source, None, w.range, w.grain);
        if let Ok(reading) = reading {
            r.value = Some(reading.value);
            r.run_rate = reading.run_rate;
        }
        if r.start.is_none() {
            // Default: the value of its first whole grain period in the cycle.
            r.start = period::whole_in_cycle(ns.grain, cycle)
                .first()
                .filter(|p| p.end <= self.as_of)
                .and_then(|p| self.values.value(&ns.metric, None, p.start, p.end).ok());
        }
        let Some(start) = r.start else {
            r.reason = Reason::StartUnknown(ns.grain);
            return r;
        };
        let exp = expected(cycle, start, ns.target, &[], w.expected_at);
        r.expected = Some(exp);
        let reading = match reading {
            Ok(reading) => reading,
            Err(missing) => {
                r.reason = missing.reason();
                return r;
            }
        };
        if approx_eq(start, ns.target) {
            r.reason = Reason::StartIsTarget;
            return r;
        }
        r.progress = Some(progress(reading.judged(), start, ns.target));
        let pace = Pace {
            source: &source,
            aggregate: None,
            window: &w,
            reading,
            start,
            target: ns.target,
            expected: exp,
        };
        (r.status, r.reason) = self.judge(&pace, &r.guardrails);
        r
    }

    fn board_metric(
        &self,
        metric: &str,
        role: Role,
        grain: Grain,
        last: Option<usize>,
        guardrail: Option<&Guardrail>,
    ) -> BoardMetric {
        let (unit, format, decimals) = self.metric_meta(Some(metric));
        let aggregate = guardrail.and_then(|g| g.aggregate);
        let mut periods: Vec<BoardPeriod> = Vec::new();
        if !self.before_cycle() {
            for p in period::all_in_cycle(grain, self.cycle()) {
                if p.start > self.as_of {
                    break;
                }
                let partial = p.end > self.as_of;
                let whole = period::containing(p.start, grain) == p;
                let end = p.end.min(self.as_of);
                let value = self.values.value(metric, aggregate, p.start, end).ok();
                let previous = periods.last();
                let comparable = !partial && whole;
                let (change, change_pct) = match (previous, value) {
                    (Some(prev), Some(v)) if comparable && !prev.partial && prev.whole => {
                        match prev.value {
                            Some(pv) => (Some(v - pv), (pv != 0.0).then(|| (v - pv) / pv.abs())),
                            None => (None, None),
                        }
                    }
                    _ => (None, None),
                };
                let breached = guardrail.map(|g| {
                    value.is_some_and(|v| {
                        g.min.is_some_and(|min| v < min && !approx_eq(v, min))
                            || g.max.is_some_and(|max| v > max && !approx_eq(v, max))
                    })
                });
                periods.push(BoardPeriod {
                    start: p.start,
                    end,
                    value,
                    partial,
                    whole,
                    change,
                    change_pct,
                    breached,
                });
            }
        }
        if let Some(n) = last {
            let skip = periods.len().saturating_sub(n);
            periods.drain(..skip);
        }
        BoardMetric {
            metric: metric.to_string(),
            role,
            unit,
            format,
            decimals,
            min: guardrail.and_then(|g| g.min),
            max: guardrail.and_then(|g| g.max),
            periods,
            pace_needed: None,
            remaining_periods: None,
        }
    }

    fn history(&self, kr: &KeyResult) -> History {
        let cycle = self.cycle();
        let mut h = History {
            id: kr.id.clone(),
            grain: Grain::Day,
            start: None,
            target: None,
            points: Vec::new(),
            expected: Vec::new(),
            forecast: None,
            cycle_start: cycle.start,
            cycle_end: cycle.end,
        };
        let (source, grain) = match &kr.kind {
            KrKind::Progress {
                source,
                start,
                target,
                plan,
            } => {
                h.start = Some(*start);
                h.target = Some(*target);
                let mut day = cycle.start;
                while day <= cycle.end {
                    let e = expected(cycle, *start, *target, plan, day);
                    h.expected.push((day, start + e * (target - start)));
                    day = match day.succ_opt() {
                        Some(next) => next,
                        None => break,
                    };
                }
                let grain = match kr.window {
                    Window::Cycle => None,
                    Window::Period(g) => Some(g),
                };
                (source, grain)
            }
            KrKind::Threshold {
                source,
                bound,
                every,
            } => {
                h.target = Some(match bound {
                    Bound::AtLeast(b) | Bound::AtMost(b) => *b,
                });
                let grain = every.or(match kr.window {
                    Window::Cycle => None,
                    Window::Period(g) => Some(g),
                });
                (source, grain)
            }
            KrKind::Milestone { .. } => return h,
        };
        if self.before_cycle() {
            return h;
        }
        match grain {
            None => {
                let mut days = Vec::new();
                let mut day = cycle.start;
                while day <= self.values.last_day {
                    days.push(day);
                    day = match day.succ_opt() {
                        Some(next) => next,
                        None => break,
                    };
                }
                let values = self.values_so_far(source, kr.aggregate, &days);
                h.points = days
                    .into_iter()
                    .zip(values)
                    .map(|(date, value)| HistoryPoint {
                        date,
                        value,
                        partial: false,
                    })
                    .collect();
                let budget = matches!(kr.kind, KrKind::Threshold { every: None, .. })
                    && matches!(
                        self.aggregate_of(source, kr.aggregate),
                        Some(Aggregate::Sum | Aggregate::Count)
                    );
                if matches!(kr.kind, KrKind::Progress { .. }) || budget {
                    let value = h.points.last().and_then(|p| p.value);
                    let stale = self.stale(self.newest(source));
                    h.forecast = self.forecast(source, kr.aggregate, value, stale);
                }
            }
            Some(g) => {
                h.grain = g;
                for p in period::all_in_cycle(g, cycle) {
                    if p.start > self.as_of {
                        break;
                    }
                    let partial = p.end > self.as_of;
                    let range = DateRange {
                        start: p.start,
                        end: p.end.min(self.as_of),
                    };
                    h.points.push(HistoryPoint {
                        date: range.end,
                        value: self.source_value(source, kr.aggregate, range).ok(),
                        partial,
                    });
                }
            }
        }
        h
    }

    /// A metric per grain period over the cycle so far.
    fn trend(&self, metric: &str, grain: Grain) -> Vec<TrendPoint> {
        if self.before_cycle() {
            return Vec::new();
        }
        period::all_in_cycle(grain, self.cycle())
            .into_iter()
            .filter(|p| p.start <= self.as_of)
            .map(|p| {
                let partial = p.end > self.as_of;
                let end = p.end.min(self.as_of);
                TrendPoint {
                    start: p.start,
                    end,
                    value: self.values.value(metric, None, p.start, end).ok(),
                    partial,
                }
            })
            .collect()
    }

    /// Objectives whose parent is `parent`, in declaration order, evaluated.
    fn objective_tree(&self, parent: Option<&str>) -> Vec<ObjectiveReport> {
        let objectives = match parent {
            None => Some(&self.index.roots),
            Some(p) => self.index.children.get(p),
        };
        objectives
            .into_iter()
            .flatten()
            .map(|o| self.objective(o))
            .collect()
    }

    fn objective(&self, o: &Objective) -> ObjectiveReport {
        crate::work::step(1 + o.key_results.len());
        let key_results: Vec<KeyResultReport> = o
            .key_results
            .iter()
            .map(|kr| {
                let mut r = self.key_result(kr);
                // The effective owner: the key result's own, else its objective's.
                r.owner = r.owner.or_else(|| o.owner.clone());
                r
            })
            .collect();
        let objectives = self.objective_tree(Some(&o.id));
        let mut weighted = 0.0;
        let mut weights = 0.0;
        let mut worst: Option<Status> = None;
        let mut consider = |w: f64, p: Option<f64>, s: Status| {
            weighted += w * p.map_or(0.0, |p| p.clamp(0.0, 1.0));
            weights += w;
            if worst.is_none_or(|cur| s.severity() > cur.severity()) {
                worst = Some(s);
            }
        };
        if o.rollup != Rollup::Aligned {
            for kr in &key_results {
                consider(kr.weight, kr.progress, kr.status);
            }
        }
        if o.rollup != Rollup::KeyResults {
            for child in &objectives {
                consider(child.weight, child.progress, child.status);
            }
        }
        let progress = (weights > 0.0).then(|| weighted / weights);
        ObjectiveReport {
            id: o.id.clone(),
            title: o.title.clone(),
            owner: o.owner.clone(),
            progress,
            grade: progress.map(grade),
            status: worst.unwrap_or(Status::NoData),
            kind: o.kind,
            weight: o.weight,
            parent: o.parent.clone(),
            tags: o.tags.clone(),
            key_results,
            objectives,
        }
    }
}

#[cfg(test)]
mod tests;

#[cfg(test)]
mod proptests;
