//! Hand-computed cases for DESIGN.md section 2. Configs are written as TOML
//! (through the real loader) and data is put in the store by hand.

use super::*;
use crate::metrics::MetricStore;

fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
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
[metrics.cost]
source = "web"
[metrics.price]
source = "web"
aggregate = "avg"
[metrics.quality]
source = "web"
aggregate = "avg"
[metrics.conversion]
ratio = { numerator = "orders", denominator = "sessions" }
[metrics.cpo]
formula = "cost / orders"
"#;

fn config(body: &str) -> Config {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("okrs.toml");
    std::fs::write(&path, format!("{HEAD}\n{body}")).unwrap();
    crate::config::load(&path).unwrap_or_else(|e| panic!("{e}"))
}

fn store(rows: &[(&str, &str, f64)]) -> MetricStore {
    let mut s = MetricStore::new();
    for (metric, date, value) in rows {
        s.add(metric, d(date), *value);
    }
    s
}

fn daily(
    metric: &'static str,
    from: &str,
    to: &str,
    value: f64,
) -> Vec<(&'static str, String, f64)> {
    let mut out = Vec::new();
    let mut day = d(from);
    while day <= d(to) {
        out.push((metric, day.to_string(), value));
        day = day.succ_opt().unwrap();
    }
    out
}

fn store_of(rows: Vec<(&'static str, String, f64)>) -> MetricStore {
    let mut s = MetricStore::new();
    for (metric, date, value) in rows {
        s.add(metric, d(&date), value);
    }
    s
}

fn kr<'a>(report: &'a Report, id: &str) -> &'a KeyResultReport {
    fn find<'a>(objs: &'a [ObjectiveReport], id: &str) -> Option<&'a KeyResultReport> {
        objs.iter().find_map(|o| {
            o.key_results
                .iter()
                .find(|k| k.id == id)
                .or_else(|| find(&o.objectives, id))
        })
    }
    find(&report.objectives, id).unwrap_or_else(|| panic!("no KR {id}"))
}

fn obj<'a>(report: &'a Report, id: &str) -> &'a ObjectiveReport {
    fn find<'a>(objs: &'a [ObjectiveReport], id: &str) -> Option<&'a ObjectiveReport> {
        objs.iter()
            .find(|o| o.id == id)
            .or_else(|| objs.iter().find_map(|o| find(&o.objectives, id)))
    }
    find(&report.objectives, id).unwrap_or_else(|| panic!("no objective {id}"))
}

fn close(a: f64, b: f64) {
    assert!((a - b).abs() < 1e-12, "{a} != {b}");
}

#[test]
fn elapsed_matches_the_design_example() {
    let c = Cycle {
        name: "q".into(),
        start: d("2026-01-01"),
        end: d("2026-03-31"),
    };
    close(elapsed(&c, d("2026-02-15")), 46.0 / 90.0);
    close(elapsed(&c, d("2025-12-01")), 0.0);
    close(elapsed(&c, d("2026-05-01")), 1.0);
    close(elapsed(&c, d("2026-03-31")), 1.0);
}

const ONE_KR: &str = r#"
[[objectives]]
id = "grow"
title = "Grow"
  [[objectives.key_results]]
  id = "signups"
  title = "Signups from 0 to 900"
  metric = "signups"
  start = 0
  target = 900
"#;

#[test]
fn increase_kr_on_a_cycle_window() {
    let cfg = config(ONE_KR);
    // 10 a day through Feb 15: 46 days -> 460.
    let s = store_of(daily("signups", "2026-01-01", "2026-02-15", 10.0));
    let r = evaluate(&cfg, &s, d("2026-02-15"));
    let k = kr(&r, "signups");
    close(k.value.unwrap(), 460.0);
    close(k.progress.unwrap(), 460.0 / 900.0);
    close(k.expected.unwrap(), 46.0 / 90.0);
    // 0.5111 / 0.5111 = 1.0 -> on track
    assert_eq!(k.status, Status::OnTrack);
    assert_eq!(
        k.window,
        Some(DateRange {
            start: d("2026-01-01"),
            end: d("2026-02-15")
        })
    );
    assert_eq!(k.stale, Some(false));
    assert_eq!(k.kind, "increase");
    // Forecast: the running total grows 10 a day: 10 * 90 at the end.
    close(k.forecast.unwrap(), 900.0);
    close(k.grade.unwrap(), 0.5);
}

#[test]
fn data_after_as_of_does_not_count() {
    let cfg = config(ONE_KR);
    let s = store_of(daily("signups", "2026-01-01", "2026-03-31", 10.0));
    let r = evaluate(&cfg, &s, d("2026-01-10"));
    close(kr(&r, "signups").value.unwrap(), 100.0);
}

#[test]
fn pace_bands() {
    let cfg = config(ONE_KR);
    // expected at Feb 15 = 46/90; progress = v/900.
    let cases = [
        // ratio exactly 0.85: on track (inclusive band)
        (0.85 * 46.0 / 90.0 * 900.0, Status::OnTrack),
        (0.84 * 46.0 / 90.0 * 900.0, Status::AtRisk),
        (0.60 * 46.0 / 90.0 * 900.0, Status::AtRisk),
        (0.59 * 46.0 / 90.0 * 900.0, Status::OffTrack),
    ];
    for (value, want) in cases {
        let s = store(&[("signups", "2026-02-15", value)]);
        let r = evaluate(&cfg, &s, d("2026-02-15"));
        assert_eq!(kr(&r, "signups").status, want, "value {value}");
    }
}

#[test]
fn done_and_above_target() {
    let cfg = config(ONE_KR);
    let s = store(&[
        ("signups", "2026-01-05", 950.0),
        ("signups", "2026-02-10", 10.0),
    ]);
    let r = evaluate(&cfg, &s, d("2026-02-15"));
    let k = kr(&r, "signups");
    assert_eq!(k.status, Status::Done);
    close(k.progress.unwrap(), 960.0 / 900.0);
    close(k.grade.unwrap(), 1.0);
}

#[test]
fn stalled_when_nothing_moved_for_stall_days() {
    let cfg = config(ONE_KR);
    // Data stops on Jan 31: at Feb 15, 14 days back is Feb 1: same total.
    let s = store_of(daily("signups", "2026-01-01", "2026-01-31", 20.0));
    let r = evaluate(&cfg, &s, d("2026-02-15"));
    let k = kr(&r, "signups");
    assert_eq!(k.status, Status::Stalled);
    assert_eq!(k.stale, Some(true));
    // One more point on Feb 2 moves it.
    let mut rows = daily("signups", "2026-01-01", "2026-01-31", 20.0);
    rows.push(("signups", "2026-02-02".into(), 1.0));
    let r = evaluate(&cfg, &store_of(rows), d("2026-02-15"));
    assert_ne!(kr(&r, "signups").status, Status::Stalled);
}

#[test]
fn no_stall_early_in_the_cycle_or_after_it() {
    let cfg = config(ONE_KR);
    let s = store(&[("signups", "2026-01-02", 5.0)]);
    // Jan 10 - 14 days is before the cycle's start.
    let r = evaluate(&cfg, &s, d("2026-01-10"));
    assert_ne!(kr(&r, "signups").status, Status::Stalled);
    // After the cycle's end: never stalled; forecast is the value.
    let r = evaluate(&cfg, &s, d("2026-04-20"));
    let k = kr(&r, "signups");
    assert_eq!(k.status, Status::OffTrack);
    close(k.forecast.unwrap(), 5.0);
    close(k.expected.unwrap(), 1.0);
}

#[test]
fn before_the_cycle_everything_is_no_data() {
    let cfg = config(ONE_KR);
    let s = store(&[("signups", "2025-12-30", 5.0)]);
    let r = evaluate(&cfg, &s, d("2025-12-31"));
    let k = kr(&r, "signups");
    assert_eq!(k.status, Status::NoData);
    assert_eq!(k.value, None);
    assert_eq!(k.window, None);
    assert_eq!(obj(&r, "grow").status, Status::NoData);
    close(obj(&r, "grow").progress.unwrap(), 0.0);
    close(r.cycle.elapsed, 0.0);
}

#[test]
fn missing_data_is_no_data_not_zero() {
    let cfg = config(ONE_KR);
    let r = evaluate(&cfg, &MetricStore::new(), d("2026-02-15"));
    let k = kr(&r, "signups");
    assert_eq!(k.status, Status::NoData);
    assert_eq!(k.progress, None);
    assert_eq!(k.stale, None);
    assert_eq!(k.grade, None);
}

#[test]
fn decrease_kr_with_average() {
    let cfg = config(
        r#"
[[objectives]]
id = "cheap"
title = "Cheaper"
  [[objectives.key_results]]
  id = "price-down"
  title = "Price from 100 to 60"
  metric = "price"
  start = 100
  target = 60
"#,
    );
    // avg over days with data: (90 + 80) / 2 = 85 -> progress 15/40.
    let s = store(&[("price", "2026-02-10", 90.0), ("price", "2026-02-14", 80.0)]);
    let r = evaluate(&cfg, &s, d("2026-02-15"));
    let k = kr(&r, "price-down");
    assert_eq!(k.kind, "decrease");
    close(k.value.unwrap(), 85.0);
    close(k.progress.unwrap(), 0.375);
    // 0.375 / (46/90) = 0.7337: at risk
    assert_eq!(k.status, Status::AtRisk);
}

#[test]
fn ratio_is_sum_over_sum_not_mean_of_ratios() {
    let cfg = config(
        r#"
[[objectives]]
id = "conv"
title = "Convert"
  [[objectives.key_results]]
  id = "conv-rate"
  title = "Conversion from 1% to 5%"
  metric = "conversion"
  start = 0.01
  target = 0.05
"#,
    );
    // Day 1: 1/10 = 10%, day 2: 1/1000 = 0.1%. Mean of ratios 5.05%,
    // ratio of sums 2/1010.
    let s = store(&[
        ("orders", "2026-01-01", 1.0),
        ("sessions", "2026-01-01", 10.0),
        ("orders", "2026-01-02", 1.0),
        ("sessions", "2026-01-02", 1000.0),
    ]);
    let r = evaluate(&cfg, &s, d("2026-01-02"));
    close(kr(&r, "conv-rate").value.unwrap(), 2.0 / 1010.0);
}

#[test]
fn zero_denominator_or_missing_part_is_no_data() {
    let cfg = config(
        r#"
[[objectives]]
id = "conv"
title = "Convert"
  [[objectives.key_results]]
  id = "conv-rate"
  title = "Conversion"
  metric = "conversion"
  start = 0.01
  target = 0.05
  [[objectives.key_results]]
  id = "cost-per-order"
  title = "CPO down"
  metric = "cpo"
  start = 50
  target = 30
"#,
    );
    let s = store(&[
        ("orders", "2026-01-01", 3.0),
        ("sessions", "2026-01-01", 0.0),
        ("cost", "2026-01-01", 10.0),
    ]);
    let r = evaluate(&cfg, &s, d("2026-01-02"));
    assert_eq!(kr(&r, "conv-rate").status, Status::NoData);
    assert!(kr(&r, "conv-rate").reason.contains("divides by zero"));
    // cpo = 10 / 3 exists.
    close(kr(&r, "cost-per-order").value.unwrap(), 10.0 / 3.0);
    let s = store(&[("cost", "2026-01-01", 10.0)]);
    let r = evaluate(&cfg, &s, d("2026-01-02"));
    assert_eq!(kr(&r, "cost-per-order").status, Status::NoData);
}

#[test]
fn monthly_window_and_partial_period() {
    let cfg = config(
        r#"
[[objectives]]
id = "m"
title = "Monthly"
  [[objectives.key_results]]
  id = "monthly"
  title = "Signups a month"
  metric = "signups"
  window = "month"
  start = 100
  target = 300
"#,
    );
    let mut rows = daily("signups", "2026-01-01", "2026-01-31", 5.0); // 155 in Jan
    rows.extend(daily("signups", "2026-02-01", "2026-02-20", 9.0));
    let s = store_of(rows);
    // Jan 20: no month has ended: January so far, partial.
    let r = evaluate(&cfg, &s, d("2026-01-20"));
    let k = kr(&r, "monthly");
    assert!(k.partial);
    close(k.value.unwrap(), 100.0);
    close(k.expected.unwrap(), 20.0 / 90.0);
    assert_eq!(k.forecast, None);
    // Feb 20: January is the latest ended month.
    let r = evaluate(&cfg, &s, d("2026-02-20"));
    let k = kr(&r, "monthly");
    assert!(!k.partial);
    close(k.value.unwrap(), 155.0);
    close(k.progress.unwrap(), 55.0 / 200.0);
    // expected at the window's last day, Jan 31: 31/90.
    close(k.expected.unwrap(), 31.0 / 90.0);
    // Feb 28: February is complete (180): higher than January: not stalled.
    let r = evaluate(&cfg, &s, d("2026-02-28"));
    let k = kr(&r, "monthly");
    close(k.value.unwrap(), 180.0);
    assert_ne!(k.status, Status::Stalled);
}

#[test]
fn period_window_stalls_against_the_previous_period() {
    let cfg = config(
        r#"
[[objectives]]
id = "w"
title = "Weekly"
  [[objectives.key_results]]
  id = "weekly"
  title = "Signups a week"
  metric = "signups"
  window = "week"
  start = 0
  target = 100
"#,
    );
    // Week Jan 5-11: 70; week Jan 12-18: 60 (lower than before).
    let mut rows = daily("signups", "2026-01-05", "2026-01-11", 10.0);
    rows.extend(daily("signups", "2026-01-12", "2026-01-17", 10.0));
    let r = evaluate(&cfg, &store_of(rows), d("2026-01-20"));
    let k = kr(&r, "weekly");
    assert_eq!(
        k.window,
        Some(DateRange {
            start: d("2026-01-12"),
            end: d("2026-01-18")
        })
    );
    close(k.value.unwrap(), 60.0);
    assert_eq!(k.status, Status::Stalled);
}

#[test]
fn plan_shapes_expected_progress() {
    let cfg = config(
        r#"
[[objectives]]
id = "p"
title = "Planned"
  [[objectives.key_results]]
  id = "planned"
  title = "MQLs"
  metric = "signups"
  window = "month"
  start = 400
  target = 900
  plan = [ { date = 2026-01-31, value = 450 }, { date = 2026-02-28, value = 600 } ]
"#,
    );
    let s = store_of(daily("signups", "2026-01-01", "2026-01-31", 15.0)); // 465
    let r = evaluate(&cfg, &s, d("2026-02-10"));
    let k = kr(&r, "planned");
    // Window January, expected read at Jan 31 (x = 31): the plan point 450.
    close(k.expected.unwrap(), 50.0 / 500.0);
    close(k.progress.unwrap(), 65.0 / 500.0);
    assert_eq!(k.status, Status::OnTrack);
    // Between knots: at Feb 14 (x = 45) the line from (31, 450) to (59, 600).
    let c = &cfg.cycle;
    let plan = [(d("2026-01-31"), 450.0), (d("2026-02-28"), 600.0)];
    let want = (450.0 + 150.0 * (45.0 - 31.0) / (59.0 - 31.0) - 400.0) / 500.0;
    close(expected(c, 400.0, 900.0, &plan, d("2026-02-14")), want);
    // Before the first knot: from (0, start).
    close(
        expected(c, 400.0, 900.0, &plan, d("2026-01-10")),
        (50.0 * 10.0 / 31.0) / 500.0,
    );
    close(expected(c, 400.0, 900.0, &plan, d("2026-03-31")), 1.0);
}

#[test]
fn guardrail_breach_wins_over_done() {
    let cfg = config(
        r#"
[[objectives]]
id = "g"
title = "Guarded"
  [[objectives.key_results]]
  id = "guarded"
  title = "Signups"
  metric = "signups"
  start = 0
  target = 10
  guardrails = [ { metric = "quality", min = 0.25 }, { metric = "price", max = 100 } ]
"#,
    );
    let s = store(&[
        ("signups", "2026-01-05", 50.0),
        ("quality", "2026-01-05", 0.2),
        ("quality", "2026-01-06", 0.28),
    ]);
    let r = evaluate(&cfg, &s, d("2026-01-10"));
    let k = kr(&r, "guarded");
    // quality avg 0.24 < 0.25: breached; price has no data: unknown.
    assert_eq!(k.status, Status::GuardrailBreached);
    assert_eq!(k.guardrails[0].state, GuardrailState::Breached);
    assert_eq!(k.guardrails[1].state, GuardrailState::Unknown);
    assert!(k.reason.contains("quality"), "{}", k.reason);
    // At exactly the bound (within tolerance) it holds.
    let s = store(&[
        ("signups", "2026-01-05", 50.0),
        ("quality", "2026-01-05", 0.25),
    ]);
    let r = evaluate(&cfg, &s, d("2026-01-10"));
    assert_eq!(kr(&r, "guarded").status, Status::Done);
}

#[test]
fn threshold_kr_every_week() {
    let cfg = config(
        r#"
[[objectives]]
id = "t"
title = "Thresholds"
  [[objectives.key_results]]
  id = "cost-cap"
  title = "Cost at most 100 a week"
  metric = "cost"
  at_most = 100
  every = "week"
  [[objectives.key_results]]
  id = "cost-now"
  title = "Cost at most 100 over the cycle"
  metric = "cost"
  at_most = 100
"#,
    );
    // Whole weeks in Q1 2026 start Jan 5. Week 1: 90 (holds), week 2: 110
    // (fails), week 3: no data (fails), week 4 (Jan 26-Feb 1): 100 (holds).
    let s = store(&[
        ("cost", "2026-01-02", 500.0), // clipped first week: not judged
        ("cost", "2026-01-06", 90.0),
        ("cost", "2026-01-13", 110.0),
        ("cost", "2026-01-27", 100.0),
    ]);
    let r = evaluate(&cfg, &s, d("2026-02-03"));
    let k = kr(&r, "cost-cap");
    close(k.progress.unwrap(), 0.5);
    close(k.value.unwrap(), 100.0);
    assert_eq!(k.status, Status::OnTrack);
    assert_eq!(
        k.window,
        Some(DateRange {
            start: d("2026-01-26"),
            end: d("2026-02-01")
        })
    );
    assert_eq!(k.start, None);
    close(k.target.unwrap(), 100.0);
    // Cycle window: 800 > 100.
    let k = kr(&r, "cost-now");
    assert_eq!(k.status, Status::OffTrack);
    close(k.progress.unwrap(), 0.0);
    // Before any whole week has ended: no data.
    let r = evaluate(&cfg, &s, d("2026-01-08"));
    assert_eq!(kr(&r, "cost-cap").status, Status::NoData);
}

#[test]
fn milestones_and_manual_values() {
    let cfg = config(
        r#"
[[objectives]]
id = "m"
title = "Milestones"
  [[objectives.key_results]]
  id = "site"
  title = "Launch"
  done = false
  due = 2026-02-28
  [[objectives.key_results]]
  id = "shipped"
  title = "Shipped"
  done = true
  done_on = 2026-02-20
  [[objectives.key_results]]
  id = "survey"
  title = "Survey 3.1 to 4.0"
  start = 3.1
  target = 4.0
  current = 3.4
  updated = 2026-02-10
"#,
    );
    let s = MetricStore::new();
    let r = evaluate(&cfg, &s, d("2026-02-15"));
    assert_eq!(kr(&r, "site").status, Status::OnTrack);
    // Done on Feb 20, seen from Feb 15: not done yet, due at the cycle's end.
    assert_eq!(kr(&r, "shipped").status, Status::OnTrack);
    close(kr(&r, "shipped").progress.unwrap(), 0.0);
    let survey = kr(&r, "survey");
    close(survey.value.unwrap(), 3.4);
    close(survey.progress.unwrap(), (3.4 - 3.1) / 0.9);
    assert_eq!(survey.stale, Some(false));
    let r = evaluate(&cfg, &s, d("2026-03-01"));
    assert_eq!(kr(&r, "site").status, Status::OffTrack);
    assert_eq!(kr(&r, "shipped").status, Status::Done);
    assert_eq!(kr(&r, "survey").stale, Some(true));
    // Before the check-in there is no value.
    let r = evaluate(&cfg, &s, d("2026-02-01"));
    assert_eq!(kr(&r, "survey").status, Status::NoData);
}

#[test]
fn objectives_roll_up_by_weight_and_worst_status() {
    let cfg = config(
        r#"
[[objectives]]
id = "company"
title = "Company"
  [[objectives.key_results]]
  id = "co-kr"
  title = "Signups"
  metric = "signups"
  start = 0
  target = 100
  weight = 3

[[objectives]]
id = "team"
title = "Team"
parent = "company"
weight = 1
  [[objectives.key_results]]
  id = "launch"
  title = "Launch"
  done = true
  [[objectives.key_results]]
  id = "no-data"
  title = "Orders"
  metric = "orders"
  start = 0
  target = 10

[[objectives]]
id = "only-aligned"
title = "Aligned only"
rollup = "aligned"
  [[objectives.key_results]]
  id = "ignored"
  title = "Ignored"
  done = false

[[objectives]]
id = "empty"
title = "Nothing under it"
parent = "only-aligned"
rollup = "key_results"
"#,
    );
    let s = store(&[("signups", "2026-01-10", 150.0)]);
    let r = evaluate(&cfg, &s, d("2026-01-20"));
    let team = obj(&r, "team");
    // launch 1.0, no-data 0 -> 0.5; status: worst of done and no-data.
    close(team.progress.unwrap(), 0.5);
    assert_eq!(team.status, Status::NoData);
    let company = obj(&r, "company");
    // (3 * clamp(1.5) + 1 * 0.5) / 4 = 0.875
    close(company.progress.unwrap(), 0.875);
    close(company.grade.unwrap(), 0.9);
    assert_eq!(company.status, Status::NoData);
    assert_eq!(company.objectives.len(), 1);
    let empty = obj(&r, "empty");
    assert_eq!(empty.progress, None);
    let aligned = obj(&r, "only-aligned");
    // Only the aligned objective counts: its progress null counts 0.
    close(aligned.progress.unwrap(), 0.0);
    assert_eq!(aligned.status, Status::NoData);
    // Top level first: company and only-aligned; team and empty nest.
    let top: Vec<&str> = r.objectives.iter().map(|o| o.id.as_str()).collect();
    assert_eq!(top, vec!["company", "only-aligned"]);
}

#[test]
fn worst_status_order() {
    let order = [
        Status::OffTrack,
        Status::GuardrailBreached,
        Status::Stalled,
        Status::AtRisk,
        Status::NoData,
        Status::OnTrack,
        Status::Done,
    ];
    for pair in order.windows(2) {
        assert!(pair[0].severity() > pair[1].severity(), "{pair:?}");
    }
}

#[test]
fn forecast_is_least_squares_of_the_running_value() {
    close(
        linear_forecast(&[(0.0, 1.0), (1.0, 3.0)], 3.0).unwrap(),
        7.0,
    );
    close(
        linear_forecast(&[(0.0, 0.0), (1.0, 1.0), (2.0, 0.0)], 10.0).unwrap(),
        1.0 / 3.0,
    );
    assert_eq!(linear_forecast(&[(0.0, 1.0)], 3.0), None);
}

#[test]
fn north_star_on_the_latest_ended_week() {
    let cfg = config(
        r#"
[north_star]
name = "Weekly signups"
metric = "signups"
grain = "week"
target = 140
inputs = ["sessions"]
guardrails = [ { metric = "quality", min = 0.2 } ]
"#,
    );
    let mut rows = daily("signups", "2026-01-01", "2026-01-25", 10.0);
    rows.extend(daily("sessions", "2026-01-01", "2026-01-25", 100.0));
    let r = evaluate(&cfg, &store_of(rows), d("2026-01-21"));
    let ns = r.north_star.unwrap();
    // Latest ended week: Jan 12-18 = 70. Start: first whole week Jan 5-11 = 70.
    assert_eq!(
        ns.period,
        Some(DateRange {
            start: d("2026-01-12"),
            end: d("2026-01-18")
        })
    );
    close(ns.value.unwrap(), 70.0);
    close(ns.start.unwrap(), 70.0);
    close(ns.progress.unwrap(), 0.0);
    // Same as the week before: stalled.
    assert_eq!(ns.status, Status::Stalled);
    assert_eq!(ns.trend.len(), 4);
    assert!(ns.trend[3].partial);
    close(ns.inputs[0].value.unwrap(), 700.0);
    close(ns.inputs[0].previous.unwrap(), 700.0);
    assert_eq!(ns.guardrails[0].state, GuardrailState::Unknown);
}

#[test]
fn history_runs_the_value_day_by_day() {
    let cfg = config(ONE_KR);
    let s = store(&[
        ("signups", "2026-01-02", 5.0),
        ("signups", "2026-01-04", 7.0),
    ]);
    let h = history(&cfg, &s, d("2026-01-05"), "signups").unwrap();
    let values: Vec<Option<f64>> = h.points.iter().map(|p| p.value).collect();
    assert_eq!(
        values,
        vec![None, Some(5.0), Some(5.0), Some(12.0), Some(12.0)]
    );
    assert_eq!(h.expected.len(), 90);
    close(h.expected[89].1, 900.0);
    close(h.expected[44].1, 900.0 * 45.0 / 90.0);
    assert!(history(&cfg, &s, d("2026-01-05"), "nope").is_none());
}

const MARKETING: &str = r#"
[[sources]]
name = "ads"
path = "ads.csv"

[metrics.revenue]
source = "ads"
[metrics.ad_cost]
source = "ads"
[metrics.clicks]
source = "ads"
[metrics.impressions]
source = "ads"
[metrics.customers]
source = "ads"
[metrics.margin]
source = "ads"
aggregate = "last"
[metrics.roas]
formula = "revenue / ad_cost"
[metrics.roi]
formula = "(revenue - ad_cost) / ad_cost"
[metrics.ctr]
formula = "clicks / impressions"
format = "percent"
[metrics.cpa]
formula = "ad_cost / customers"
[metrics.clv]
formula = "revenue / customers * margin"
[metrics.roi_pct]
formula = "roi * 100"

[[objectives]]
id = "paid"
title = "Paid pays"
  [[objectives.key_results]]
  id = "roas-up"
  title = "ROAS from 2 to 4"
  metric = "roas"
  start = 2
  target = 4
  [[objectives.key_results]]
  id = "roi-up"
  title = "ROI"
  metric = "roi_pct"
  start = 0
  target = 100
  [[objectives.key_results]]
  id = "ctr-up"
  title = "CTR"
  metric = "ctr"
  start = 0.01
  target = 0.02
  [[objectives.key_results]]
  id = "cpa-down"
  title = "CPA"
  metric = "cpa"
  start = 500
  target = 300
  [[objectives.key_results]]
  id = "clv-up"
  title = "CLV"
  metric = "clv"
  start = 100
  target = 200
"#;

#[test]
fn formulas_take_each_part_over_the_window_then_evaluate_once() {
    let cfg = config(MARKETING);
    // Day 1: revenue 100 on cost 10 (ROAS 10); day 2: 300 on 290 (ROAS 1.03).
    // Mean of daily ROAS 5.52; the ratio of sums is 400 / 300.
    let s = store(&[
        ("revenue", "2026-01-01", 100.0),
        ("ad_cost", "2026-01-01", 10.0),
        ("revenue", "2026-01-02", 300.0),
        ("ad_cost", "2026-01-02", 290.0),
        ("clicks", "2026-01-01", 5.0),
        ("impressions", "2026-01-01", 100.0),
        ("clicks", "2026-01-02", 1.0),
        ("impressions", "2026-01-02", 1000.0),
        ("customers", "2026-01-01", 1.0),
        ("customers", "2026-01-02", 1.0),
        ("margin", "2026-01-01", 0.5),
        ("margin", "2026-01-02", 0.25),
    ]);
    let r = evaluate(&cfg, &s, d("2026-01-02"));
    close(kr(&r, "roas-up").value.unwrap(), 400.0 / 300.0);
    close(
        kr(&r, "roi-up").value.unwrap(),
        (400.0 - 300.0) / 300.0 * 100.0,
    );
    close(kr(&r, "ctr-up").value.unwrap(), 6.0 / 1100.0);
    close(kr(&r, "cpa-down").value.unwrap(), 150.0);
    // margin aggregates with its own `last`: 0.25, not the sum 0.75.
    close(kr(&r, "clv-up").value.unwrap(), 400.0 / 2.0 * 0.25);
    // One day alone: ROAS 10.
    let r = evaluate(&cfg, &s, d("2026-01-01"));
    close(kr(&r, "roas-up").value.unwrap(), 10.0);
}

#[test]
fn a_formula_with_a_missing_part_or_zero_divisor_has_no_data() {
    let cfg = config(MARKETING);
    let s = store(&[
        ("revenue", "2026-01-01", 100.0),
        ("ad_cost", "2026-01-01", 0.0),
    ]);
    let r = evaluate(&cfg, &s, d("2026-01-02"));
    let k = kr(&r, "roas-up");
    assert_eq!(k.status, Status::NoData);
    assert_eq!(k.value, None);
    assert!(k.reason.contains("divides by zero"), "{}", k.reason);
    // CPA: no customers at all: no data, named.
    let k = kr(&r, "cpa-down");
    assert_eq!(k.value, None);
    assert!(k.reason.contains("no data for `customers`"), "{}", k.reason);
}

#[test]
fn grades_round_halves_up_within_tolerance() {
    close(grade(0.15), 0.2);
    close(grade(0.1499999999999998), 0.2);
    close(grade(0.1449), 0.1);
    close(grade(0.95), 1.0);
    close(grade(0.04), 0.0);
    close(grade(1.7), 1.0);
    close(grade(-0.3), 0.0);
    close(grade(0.7), 0.7);
}

#[test]
fn experiments_board_sorts_by_ice_and_measures_lift_against_a_baseline() {
    let cfg = config(
        r#"
[[objectives]]
id = "grow"
title = "Grow"
  [[objectives.key_results]]
  id = "signups"
  title = "Signups"
  metric = "signups"
  start = 0
  target = 10000

[[experiments]]
id = "low"
title = "Low ICE idea"
key_results = ["signups"]
impact = 2
confidence = 2
ease = 2

[[experiments]]
id = "high"
title = "High ICE idea"
key_results = ["signups"]
impact = 9
confidence = 6
ease = 9

[[experiments]]
id = "ebook"
title = "Gated e-book"
key_results = ["signups"]
status = "lost"
start = 2026-01-15
end = 2026-01-21
metric = "signups"
expected_lift = 0.2

[[experiments]]
id = "now"
title = "Running now"
key_results = ["signups"]
status = "running"
start = 2026-01-29
end = 2026-02-11
metric = "signups"
"#,
    );
    // 10 a day before Jan 15, 12 a day from then on.
    let mut rows = daily("signups", "2026-01-01", "2026-01-14", 10.0);
    rows.extend(daily("signups", "2026-01-15", "2026-02-28", 12.0));
    let s = store_of(rows);
    let b = crate::engine::experiments::board(&cfg, &s, d("2026-02-01"));
    let ids: Vec<&str> = b.backlog.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids, vec!["high", "low"]);
    close(b.backlog[0].ice.unwrap(), 8.0);
    let ebook = &b.lost[0];
    // 7 days at 12 against the 7 days before at 10: +20%.
    close(ebook.value.unwrap(), 84.0);
    close(ebook.baseline_value.unwrap(), 70.0);
    close(ebook.actual_lift.unwrap(), 0.2);
    assert_eq!(ebook.baseline.unwrap().start, d("2026-01-08"));
    assert!(!ebook.partial);
    // Running: measured Jan 29 - Feb 1 so far against Jan 25 - 28.
    let now = &b.running[0];
    assert!(now.partial);
    close(now.value.unwrap(), 48.0);
    close(now.actual_lift.unwrap(), 0.0);
    // A baseline before the data starts gives no lift.
    let s = store_of(daily("signups", "2026-01-12", "2026-02-28", 12.0));
    let b = crate::engine::experiments::board(&cfg, &s, d("2026-02-01"));
    assert_eq!(b.lost[0].actual_lift, None);
    // Status counts per key result.
    let r = evaluate(&cfg, &s, d("2026-02-01"));
    let k = kr(&r, "signups");
    assert_eq!(
        (
            k.experiments.ideas,
            k.experiments.running,
            k.experiments.lost
        ),
        (2, 1, 1)
    );
}
