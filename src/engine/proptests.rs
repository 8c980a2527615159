//! Properties of the engine that hold for any OKR tree and any data:
//! progress is monotone in the value, roll-ups stay within [0, 1], an
//! evaluation at an as-of date is deterministic and blind to later data,
//! and how rows are ordered or split over files changes nothing.

use std::fmt::Write as _;

use chrono::{Days, NaiveDate};
use proptest::prelude::*;

use super::*;
use crate::metrics::MetricStore;
use crate::report::ObjectiveReport;

const METRICS: [&str; 3] = ["signups", "sessions", "orders"];
const AGGREGATES: [&str; 6] = ["sum", "avg", "min", "max", "last", "count"];

fn day(offset: u64) -> NaiveDate {
    // From two weeks before the cycle to a month after it.
    NaiveDate::from_ymd_opt(2025, 12, 18).unwrap() + Days::new(offset)
}

#[derive(Debug, Clone)]
struct Kr {
    metric: usize,
    aggregate: usize,
    window: usize,
    start: i32,
    target: i32,
    weight: f64,
}

#[derive(Debug, Clone)]
struct Objective {
    /// An index of an earlier objective: alignment never loops.
    parent: Option<usize>,
    weight: f64,
    rollup: usize,
    krs: Vec<Kr>,
}

fn kr() -> impl Strategy<Value = Kr> {
    (
        0..METRICS.len(),
        0..AGGREGATES.len(),
        0..3usize,
        -50..500i32,
        -50..500i32,
        0.1..10.0f64,
    )
        .prop_filter("start != target", |(_, _, _, s, t, _)| s != t)
        .prop_map(|(metric, aggregate, window, start, target, weight)| Kr {
            metric,
            aggregate,
            window,
            start,
            target,
            weight,
        })
}

fn objectives() -> impl Strategy<Value = Vec<Objective>> {
    prop::collection::vec(
        (
            any::<prop::sample::Index>(),
            any::<bool>(),
            0.1..10.0f64,
            0..3usize,
            prop::collection::vec(kr(), 0..4),
        ),
        1..6,
    )
    .prop_map(|raw| {
        raw.into_iter()
            .enumerate()
            .map(|(i, (parent, aligned, weight, rollup, krs))| Objective {
                parent: (aligned && i > 0).then(|| parent.index(i)),
                weight,
                rollup,
                krs,
            })
            .collect()
    })
}

/// (metric, day offset, value) rows; values are multiples of 0.25, so sums
/// are exact in any order.
fn rows() -> impl Strategy<Value = Vec<(usize, u64, f64)>> {
    prop::collection::vec(
        (
            0..METRICS.len(),
            0..150u64,
            (-400..4000i32).prop_map(|k| f64::from(k) * 0.25),
        ),
        0..60,
    )
}

const HEAD: &str = r#"
[cycle]
name = "2026-Q1"
start = 2026-01-01
end = 2026-03-31

[[sources]]
name = "web"
path = "web.csv"

[metrics.signups]
source = "web"
[metrics.sessions]
source = "web"
[metrics.orders]
source = "web"
"#;

fn toml(objectives: &[Objective]) -> String {
    let mut text = HEAD.to_string();
    for (i, o) in objectives.iter().enumerate() {
        let _ = writeln!(
            text,
            "[[objectives]]\nid = \"o{i}\"\ntitle = \"Objective {i}\"\nweight = {:?}\nrollup = \"{}\"",
            o.weight,
            ["all", "key_results", "aligned"][o.rollup]
        );
        if let Some(p) = o.parent {
            let _ = writeln!(text, "parent = \"o{p}\"");
        }
        for (j, k) in o.krs.iter().enumerate() {
            let _ = writeln!(
                text,
                "[[objectives.key_results]]\nid = \"o{i}-k{j}\"\ntitle = \"KR\"\nmetric = \"{}\"\naggregate = \"{}\"\nwindow = \"{}\"\nstart = {}\ntarget = {}\nweight = {:?}",
                METRICS[k.metric],
                AGGREGATES[k.aggregate],
                ["cycle", "week", "month"][k.window],
                k.start,
                k.target,
                k.weight
            );
        }
    }
    text
}

fn load(text: &str) -> Config {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("okrs.toml");
    std::fs::write(&path, text).unwrap();
    crate::metrics::load_config(&path).unwrap_or_else(|e| panic!("{e}\n{text}"))
}

fn store(rows: &[(usize, u64, f64)]) -> MetricStore {
    let mut s = MetricStore::new();
    for &(m, offset, value) in rows {
        s.add(METRICS[m], day(offset), value);
    }
    s
}

fn all_objectives(objectives: &[ObjectiveReport]) -> Vec<&ObjectiveReport> {
    let mut out = Vec::new();
    for o in objectives {
        out.push(o);
        out.extend(all_objectives(&o.objectives));
    }
    out
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn progress_is_monotone_in_the_value(
        start in -1e6..1e6f64,
        span in 1e-3..1e6f64,
        decrease: bool,
        a in -2e6..2e6f64,
        b in -2e6..2e6f64,
    ) {
        let target = if decrease { start - span } else { start + span };
        let (low, high) = if a <= b { (a, b) } else { (b, a) };
        let (p_low, p_high) = (progress(low, start, target), progress(high, start, target));
        if decrease {
            prop_assert!(p_low >= p_high, "{p_low} < {p_high}");
        } else {
            prop_assert!(p_low <= p_high, "{p_low} > {p_high}");
        }
    }

    #[test]
    fn a_key_results_progress_is_monotone_in_its_value(
        start in -100..100i32,
        span in 1..500i32,
        decrease: bool,
        a in -1000..1000i32,
        b in -1000..1000i32,
    ) {
        let target = if decrease { start - span } else { start + span };
        let config = load(&format!(
            "{HEAD}[[objectives]]\nid = \"o\"\ntitle = \"O\"\n[[objectives.key_results]]\nid = \"k\"\ntitle = \"K\"\nmetric = \"signups\"\nstart = {start}\ntarget = {target}\n"
        ));
        let as_of = day(60);
        let progress_at = |v: i32| {
            let report = evaluate(&config, &store(&[(0, 30, f64::from(v))]), as_of);
            report.objectives[0].key_results[0].progress.unwrap()
        };
        let (low, high) = (a.min(b), a.max(b));
        let (p_low, p_high) = (progress_at(low), progress_at(high));
        if decrease {
            prop_assert!(p_low >= p_high);
        } else {
            prop_assert!(p_low <= p_high);
        }
    }

    #[test]
    fn roll_ups_stay_within_0_and_1(
        tree in objectives(),
        data in rows(),
        as_of in 0..150u64,
    ) {
        let config = load(&toml(&tree));
        let report = evaluate(&config, &store(&data), day(as_of));
        for o in all_objectives(&report.objectives) {
            if let Some(p) = o.progress {
                prop_assert!((0.0..=1.0).contains(&p), "{}: progress {p}", o.id);
            }
            if let Some(g) = o.grade {
                prop_assert!((0.0..=1.0).contains(&g), "{}: grade {g}", o.id);
            }
            for k in &o.key_results {
                if let Some(g) = k.grade {
                    prop_assert!((0.0..=1.0).contains(&g), "{}: grade {g}", k.id);
                }
            }
        }
    }

    #[test]
    fn an_evaluation_is_deterministic(
        tree in objectives(),
        data in rows(),
        as_of in 0..150u64,
    ) {
        let config = load(&toml(&tree));
        let first = evaluate(&config, &store(&data), day(as_of));
        let second = evaluate(&config.clone(), &store(&data), day(as_of));
        prop_assert_eq!(&first, &second);
        prop_assert_eq!(
            crate::render::json::render(&first),
            crate::render::json::render(&second)
        );
    }

    #[test]
    fn data_after_the_as_of_date_changes_nothing(
        tree in objectives(),
        data in rows(),
        later in rows(),
        as_of in 0..150u64,
    ) {
        let config = load(&toml(&tree));
        let before = evaluate(&config, &store(&data), day(as_of));
        let mut all = data.clone();
        // The same rows moved past the as-of date.
        all.extend(later.iter().map(|&(m, offset, v)| (m, as_of + 1 + offset, v)));
        let after = evaluate(&config, &store(&all), day(as_of));
        prop_assert_eq!(before, after);
    }
}

fn all_key_results(report: &Report) -> Vec<&KeyResultReport> {
    all_objectives(&report.objectives)
        .into_iter()
        .flat_map(|o| o.key_results.iter())
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    /// DESIGN 2, second edition: each status means what it says, on any
    /// tree, any data and any day.
    #[test]
    fn statuses_keep_their_second_edition_meaning(
        tree in objectives(),
        data in rows(),
        as_of in 0..150u64,
    ) {
        let config = load(&toml(&tree));
        let as_of = day(as_of);
        let report = evaluate(&config, &store(&data), as_of);
        let cycle = &config.cycle;
        let non_negative = data.iter().all(|r| r.2 >= 0.0);
        for k in all_key_results(&report) {
            let (p, e) = (k.progress, k.expected);
            match k.status {
                // Stalled: behind the expected progress, never from the
                // cycle's last day on.
                Status::Stalled => {
                    prop_assert!(as_of < cycle.end, "{}: stalled after the end", k.id);
                    let (p, e) = (p.unwrap(), e.unwrap());
                    prop_assert!(!ge(p, e), "{}: stalled at {p} >= expected {e}", k.id);
                }
                // Pending: a window that has not ended, younger than settle_days.
                Status::Pending => {
                    let w = k.window.unwrap();
                    let days = (w.end - w.start).num_days() + 1;
                    prop_assert!(days < config.settings.settle_days, "{}: pending after {days} days", k.id);
                    prop_assert!(k.partial || as_of < cycle.end, "{}: pending after its window ended", k.id);
                }
                // Done: the target reached, on a final value.
                Status::Done => {
                    prop_assert!(ge(p.unwrap(), 1.0), "{}: done below its target", k.id);
                    let (i, j) = k.id[1..].split_once("-k").unwrap();
                    let spec = &tree[i.parse::<usize>().unwrap()].krs[j.parse::<usize>().unwrap()];
                    let ended = if spec.window == 0 { as_of >= cycle.end } else { !k.partial };
                    let monotone = k.run_rate.is_none() && matches!(
                        (k.kind, k.aggregate),
                        (Kind::Increase, Some(Aggregate::Sum | Aggregate::Count | Aggregate::Max))
                            | (Kind::Decrease, Some(Aggregate::Min))
                    );
                    prop_assert!(ended || monotone, "{}: done on a value that can still move", k.id);
                }
                _ => {}
            }
            // Forecasts: none while stale (before the end), never below 0
            // when no value can be.
            if let Some(f) = k.forecast {
                if as_of < cycle.end {
                    prop_assert!(k.stale != Some(true), "{}: a forecast while stale", k.id);
                    if non_negative {
                        prop_assert!(f >= 0.0, "{}: forecast {f} below 0", k.id);
                    }
                }
            }
            // A run rate only on a period window shorter than its period.
            if k.run_rate.is_some() {
                prop_assert!(matches!(k.aggregate, Some(crate::report::Aggregate::Sum | crate::report::Aggregate::Count)), "{}: run rate of {:?}", k.id, k.aggregate);
            }
        }
    }

    /// A finished cycle reads the same on its last day as after it: every
    /// value, progress, forecast and status (the stale flag, measured
    /// against the as-of date, is the one thing that may change).
    #[test]
    fn a_finished_cycle_reads_the_same_later(
        tree in objectives(),
        data in rows(),
        later in 0..40u64,
    ) {
        let config = load(&toml(&tree));
        let s = store(&data);
        let end = config.cycle.end;
        let strip = |mut r: Report| {
            r.as_of = end;
            fn clear(o: &mut ObjectiveReport) {
                for k in &mut o.key_results {
                    k.stale = None;
                }
                o.objectives.iter_mut().for_each(clear);
            }
            r.objectives.iter_mut().for_each(clear);
            r
        };
        let last = strip(evaluate(&config, &s, end));
        let after = strip(evaluate(&config, &s, end + Days::new(later)));
        prop_assert_eq!(last, after);
    }
}

/// The metric file of `rows` in long layout, rows in the order given.
fn long_csv(rows: &[(usize, u64, f64)]) -> String {
    let mut text = "date,metric,value\n".to_string();
    for &(m, offset, value) in rows {
        let _ = writeln!(text, "{},{},{value}", day(offset), METRICS[m]);
    }
    text
}

/// Loads metric files through the real reader: `files` are (source name,
/// file text); every metric reads from the source `of(metric)` names.
fn load_files(files: &[(&str, String)], of: impl Fn(usize) -> usize) -> MetricStore {
    let dir = tempfile::tempdir().unwrap();
    let mut text = "[cycle]\nname = \"Q\"\nstart = 2026-01-01\nend = 2026-03-31\n".to_string();
    for (name, body) in files {
        std::fs::write(dir.path().join(format!("{name}.csv")), body).unwrap();
        let _ = writeln!(
            text,
            "[[sources]]\nname = \"{name}\"\npath = \"{name}.csv\""
        );
    }
    for (i, m) in METRICS.iter().enumerate() {
        let _ = writeln!(text, "[metrics.{m}]\nsource = \"{}\"", files[of(i)].0);
    }
    let path = dir.path().join("okrs.toml");
    std::fs::write(&path, text).unwrap();
    let config = crate::metrics::load_config(&path).unwrap_or_else(|e| panic!("{e}"));
    crate::metrics::load(&config)
        .unwrap_or_else(|e| panic!("{e}"))
        .store
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 32, ..ProptestConfig::default() })]

    #[test]
    fn reordering_rows_or_splitting_a_file_changes_nothing(
        data in rows().prop_filter("a day per file to sniff", |r| !r.is_empty()),
        order in any::<u64>(),
        tree in objectives(),
    ) {
        let whole = load_files(&[("all", long_csv(&data))], |_| 0);

        let mut shuffled = data.clone();
        // A deterministic shuffle from the seed proptest gave.
        let mut seed = order | 1;
        for i in (1..shuffled.len()).rev() {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            shuffled.swap(i, (seed % (i as u64 + 1)) as usize);
        }
        prop_assert_eq!(&load_files(&[("all", long_csv(&shuffled))], |_| 0), &whole);

        // signups in one file, the others in a second: each needs a row.
        let (first, second): (Vec<_>, Vec<_>) = data.iter().partition(|r| r.0 == 0);
        if !first.is_empty() && !second.is_empty() {
            let split = load_files(
                &[("one", long_csv(&first)), ("two", long_csv(&second))],
                |m| usize::from(m != 0),
            );
            prop_assert_eq!(&split, &whole);
            let config = load(&toml(&tree));
            prop_assert_eq!(
                evaluate(&config, &split, day(75)),
                evaluate(&config, &whole, day(75))
            );
        }
    }
}

/// The metrics of [`HEAD`] and a ratio and formulas over them, for the
/// one-pass readings below.
const DERIVED: &str = r#"
[metrics.visits]
source = "web"
aggregate = "avg"
[metrics.conversion]
ratio = { numerator = "orders", denominator = "sessions" }
format = "percent"
[metrics.blend]
formula = "(signups + 2.5 * orders) / sessions - conversion"
[metrics.spread]
formula = "-(visits - signups) * 0.1"
"#;

const READ: [&str; 7] = [
    "signups",
    "sessions",
    "orders",
    "visits",
    "conversion",
    "blend",
    "spread",
];

/// (metric, day offset, value) rows with any finite value: sums in a
/// different order would differ in their last bits.
fn rough_rows() -> impl Strategy<Value = Vec<(usize, u64, f64)>> {
    prop::collection::vec((0..4usize, 0..150u64, -1e6..1e6f64), 0..80)
}

/// The straightforward forecast: each day's value asked afresh over the
/// cycle so far, then the least-squares line and the engine's bounds.
fn reference_forecast(
    engine: &Engine,
    source: &ValueSource,
    aggregate: Option<Aggregate>,
    value: Option<f64>,
    stale: Option<bool>,
) -> Option<f64> {
    let cycle = engine.cycle();
    if engine.as_of >= cycle.end {
        return value;
    }
    if stale == Some(true) {
        return None;
    }
    // Days with data, each once, in order.
    let (days, percent): (std::collections::BTreeSet<NaiveDate>, bool) = match source {
        ValueSource::Metric(m) => (
            engine.values.complete_days(m),
            engine
                .config
                .metrics
                .get(m)
                .is_some_and(|def| def.format == DisplayFormat::Percent),
        ),
        ValueSource::Manual(checkins) => (
            checkins
                .iter()
                .filter(|c| c.date >= cycle.start && c.date <= engine.values.last_day)
                .map(|c| c.date)
                .collect(),
            false,
        ),
    };
    let mut points = Vec::new();
    for d in days {
        let range = DateRange {
            start: cycle.start,
            end: d,
        };
        if let Ok(v) = engine.source_value(source, aggregate, range) {
            points.push(((d - cycle.start).num_days() as f64, v));
        }
    }
    if (points.len() as i64) < engine.settings().settle_days {
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

/// Bit for bit, `None` equal to `None`.
fn same(a: Option<f64>, b: Option<f64>) -> bool {
    a.map(f64::to_bits) == b.map(f64::to_bits)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    /// The one-pass reading of a metric over the cycle so far equals
    /// asking for each day on its own, for every aggregate, ratio and
    /// formula, on days in any order, with or without data.
    #[test]
    fn values_so_far_equal_each_day_asked_alone(
        data in rough_rows(),
        as_of in 0..150u64,
        offsets in prop::collection::vec(0..150u64, 0..40),
        sorted: bool,
        checkins in prop::collection::vec((0..150u64, -1e3..1e3f64), 0..12),
        aggregate in prop::option::of(0..AGGREGATES.len()),
    ) {
        let config = load(&format!("{HEAD}{DERIVED}"));
        let mut s = MetricStore::new();
        for &(m, offset, value) in &data {
            s.add(["signups", "sessions", "orders", "visits"][m], day(offset), value);
        }
        let engine = Engine::new(&config, &s, day(as_of));
        let mut days: Vec<NaiveDate> = offsets.into_iter().map(day).collect();
        if sorted {
            days.sort();
        }
        use crate::config::model::Aggregate as A;
        let aggregate =
            aggregate.map(|a| [A::Sum, A::Avg, A::Min, A::Max, A::Last, A::Count][a]);
        let mut checkins: Vec<CheckIn> = checkins
            .into_iter()
            .map(|(offset, value)| CheckIn { date: day(offset), value, note: None })
            .collect();
        if sorted {
            checkins.sort_by_key(|c| c.date);
        }
        let mut sources: Vec<ValueSource> =
            READ.iter().map(|m| ValueSource::Metric(m.to_string())).collect();
        sources.push(ValueSource::Metric("unknown".into()));
        sources.push(ValueSource::Manual(checkins));
        let start = config.cycle.start;
        for source in &sources {
            let fast = engine.values_so_far(source, aggregate, &days);
            prop_assert_eq!(fast.len(), days.len());
            for (&d, got) in days.iter().zip(fast) {
                let want = engine
                    .source_value(source, aggregate, DateRange { start, end: d })
                    .ok();
                prop_assert!(same(got, want), "{:?} to {}: {:?} != {:?}", source, d, got, want);
            }
            let value = engine
                .source_value(source, aggregate, DateRange { start, end: engine.values.last_day })
                .ok();
            for stale in [None, Some(false), Some(true)] {
                let got = engine.forecast(source, aggregate, value, stale);
                let want = reference_forecast(&engine, source, aggregate, value, stale);
                prop_assert!(same(got, want), "{:?} forecast: {:?} != {:?}", source, got, want);
            }
        }
    }
}
