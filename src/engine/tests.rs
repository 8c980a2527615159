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
    crate::metrics::load_config(&path).unwrap_or_else(|e| panic!("{e}"))
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
    assert_eq!(k.kind, Kind::Increase);
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
    // Data stops on Jan 31: at Feb 15, 14 days back is Feb 1: same total,
    // 310 of 900 (34 %) behind the expected 46 / 90 (51 %).
    let s = store_of(daily("signups", "2026-01-01", "2026-01-31", 10.0));
    let r = evaluate(&cfg, &s, d("2026-02-15"));
    let k = kr(&r, "signups");
    assert_eq!(k.status, Status::Stalled);
    assert_eq!(k.stale, Some(true));
    // Ahead of pace, no progress is not a stall: 620 (69 %) is on track.
    let s = store_of(daily("signups", "2026-01-01", "2026-01-31", 20.0));
    let r = evaluate(&cfg, &s, d("2026-02-15"));
    assert_eq!(kr(&r, "signups").status, Status::OnTrack);
    // One more point on Feb 2 moves it.
    let mut rows = daily("signups", "2026-01-01", "2026-01-31", 10.0);
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
    assert_eq!(k.kind, Kind::Decrease);
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
    assert!(kr(&r, "conv-rate")
        .reason
        .to_string()
        .contains("divides by zero"));
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
    // Jan 20: no month has ended: January so far, partial, judged on its
    // run rate (100 x 31 / 20 = 155) against expected at Jan 31.
    let r = evaluate(&cfg, &s, d("2026-01-20"));
    let k = kr(&r, "monthly");
    assert!(k.partial);
    close(k.value.unwrap(), 100.0);
    close(k.run_rate.unwrap(), 155.0);
    close(k.progress.unwrap(), 55.0 / 200.0);
    close(k.expected.unwrap(), 31.0 / 90.0);
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
  target = 1000
"#,
    );
    // Week Jan 5-11: 70; week Jan 12-18: 60 (lower than before, and behind
    // the expected 18 / 90).
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
    assert!(k.reason.to_string().contains("quality"), "{}", k.reason);
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
    // The latest week held, but 2 of 4 is not "on track".
    assert_eq!(k.status, Status::AtRisk);
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
    assert!(
        k.reason.to_string().contains("divides by zero"),
        "{}",
        k.reason
    );
    // CPA: no customers at all: no data, named.
    let k = kr(&r, "cpa-down");
    assert_eq!(k.value, None);
    assert!(
        k.reason.to_string().contains("no data for `customers`"),
        "{}",
        k.reason
    );
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

/// DESIGN.md 2, second edition: key results of every kind and aggregate
/// walked through the cycle day by day. Cycle 2026-Q1: Jan 1 (a Thursday)
/// to Mar 31, 90 days; settle_days 7.
mod through_the_cycle {
    use super::*;

    const DAY1: &str = "2026-01-01";
    const DAY6: &str = "2026-01-06";
    const DAY7: &str = "2026-01-07";
    const MID: &str = "2026-02-15";
    const LAST: &str = "2026-03-31";
    const AFTER: &str = "2026-04-15";

    /// One row a day of the walk: as-of, status, value, progress, forecast
    /// (`None` where the field must be null).
    type Day = (&'static str, Status, Option<f64>, Option<f64>, Option<f64>);

    fn walk(body: &str, rows: Vec<(&'static str, String, f64)>, id: &str, days: &[Day]) {
        let cfg = config(body);
        let s = store_of(rows);
        for &(as_of, status, value, progress, forecast) in days {
            let r = evaluate(&cfg, &s, d(as_of));
            let k = kr(&r, id);
            let at = format!("{id} at {as_of}: {k:#?}");
            assert_eq!(k.status, status, "{at}");
            for (name, got, want) in [
                ("value", k.value, value),
                ("progress", k.progress, progress),
                ("forecast", k.forecast, forecast),
            ] {
                match (got, want) {
                    (Some(a), Some(b)) => assert!(approx_eq(a, b), "{name} {a} != {b}: {at}"),
                    (None, None) => {}
                    _ => panic!("{name} {got:?} != {want:?}: {at}"),
                }
            }
        }
    }

    fn kr_toml(fields: &str) -> String {
        format!(
            "[[objectives]]\nid = \"o\"\ntitle = \"O\"\n  [[objectives.key_results]]\n  id = \"k\"\n  title = \"K\"\n{fields}\n"
        )
    }

    #[test]
    fn a_cycle_sum_on_pace_is_pending_then_on_track_then_done() {
        // 10 a day toward 900: exactly on pace; the forecast's line reads
        // 900 at the end once 7 days have data.
        walk(
            &kr_toml("metric = \"signups\"\nstart = 0\ntarget = 900"),
            daily("signups", "2026-01-01", "2026-03-31", 10.0),
            "k",
            &[
                (DAY1, Status::Pending, Some(10.0), Some(10.0 / 900.0), None),
                (DAY6, Status::Pending, Some(60.0), Some(60.0 / 900.0), None),
                (
                    DAY7,
                    Status::OnTrack,
                    Some(70.0),
                    Some(70.0 / 900.0),
                    Some(900.0),
                ),
                (
                    MID,
                    Status::OnTrack,
                    Some(460.0),
                    Some(460.0 / 900.0),
                    Some(900.0),
                ),
                (LAST, Status::Done, Some(900.0), Some(1.0), Some(900.0)),
                (AFTER, Status::Done, Some(900.0), Some(1.0), Some(900.0)),
            ],
        );
    }

    #[test]
    fn a_cycle_sum_is_final_so_reaching_the_target_early_is_done() {
        walk(
            &kr_toml("metric = \"signups\"\nstart = 0\ntarget = 900"),
            daily("signups", "2026-01-01", "2026-03-31", 200.0),
            "k",
            &[
                // Day 5 reaches 1 000: a sum only grows, so it is done, even
                // before the window has settled.
                (
                    "2026-01-05",
                    Status::Done,
                    Some(1000.0),
                    Some(1000.0 / 900.0),
                    None,
                ),
                (DAY6, Status::Done, Some(1200.0), Some(1200.0 / 900.0), None),
            ],
        );
    }

    #[test]
    fn a_ratio_ahead_of_target_is_on_track_until_its_window_ends() {
        // 5 orders of 100 sessions: 5 %, above the 4 % target from day 1.
        let mut rows = daily("sessions", "2026-01-01", "2026-03-31", 100.0);
        rows.extend(daily("orders", "2026-01-01", "2026-03-31", 5.0));
        let p = (0.05 - 0.02) / 0.02;
        walk(
            &kr_toml("metric = \"conversion\"\nstart = 0.02\ntarget = 0.04"),
            rows,
            "k",
            &[
                (DAY1, Status::Pending, Some(0.05), Some(p), None),
                (DAY6, Status::Pending, Some(0.05), Some(p), None),
                (DAY7, Status::OnTrack, Some(0.05), Some(p), Some(0.05)),
                (MID, Status::OnTrack, Some(0.05), Some(p), Some(0.05)),
                (LAST, Status::Done, Some(0.05), Some(p), Some(0.05)),
                (AFTER, Status::Done, Some(0.05), Some(p), Some(0.05)),
            ],
        );
    }

    #[test]
    fn an_average_below_a_decrease_target_is_done_only_at_the_end() {
        // `price` averages; 79 beats the target 80 from day 1.
        let p = (79.0 - 100.0) / (80.0 - 100.0);
        walk(
            &kr_toml("metric = \"price\"\nstart = 100\ntarget = 80"),
            daily("price", "2026-01-01", "2026-03-31", 79.0),
            "k",
            &[
                (DAY1, Status::Pending, Some(79.0), Some(p), None),
                (DAY7, Status::OnTrack, Some(79.0), Some(p), Some(79.0)),
                (MID, Status::OnTrack, Some(79.0), Some(p), Some(79.0)),
                (LAST, Status::Done, Some(79.0), Some(p), Some(79.0)),
            ],
        );
    }

    #[test]
    fn a_max_cannot_fall_back_and_a_last_can() {
        let rows = daily("signups", "2026-01-01", "2026-03-31", 950.0);
        let done_early = [(DAY1, Status::Done, Some(950.0), Some(950.0 / 900.0), None)];
        walk(
            &kr_toml("metric = \"signups\"\naggregate = \"max\"\nstart = 0\ntarget = 900"),
            rows.clone(),
            "k",
            &done_early,
        );
        walk(
            &kr_toml("metric = \"signups\"\naggregate = \"last\"\nstart = 0\ntarget = 900"),
            rows.clone(),
            "k",
            &[
                (
                    DAY1,
                    Status::Pending,
                    Some(950.0),
                    Some(950.0 / 900.0),
                    None,
                ),
                (
                    MID,
                    Status::OnTrack,
                    Some(950.0),
                    Some(950.0 / 900.0),
                    Some(950.0),
                ),
                (
                    LAST,
                    Status::Done,
                    Some(950.0),
                    Some(950.0 / 900.0),
                    Some(950.0),
                ),
            ],
        );
        // A decrease at its min cannot fall back either.
        walk(
            &kr_toml("metric = \"price\"\naggregate = \"min\"\nstart = 100\ntarget = 80"),
            daily("price", "2026-01-01", "2026-03-31", 70.0),
            "k",
            &[(DAY1, Status::Done, Some(70.0), Some(1.5), None)],
        );
    }

    #[test]
    fn a_monthly_sum_is_judged_on_its_run_rate_while_the_month_runs() {
        // 5 a day: January 155, February 140, March 155. Start 100, target 300.
        let body = kr_toml("metric = \"signups\"\nwindow = \"month\"\nstart = 100\ntarget = 300");
        let rows = daily("signups", "2026-01-01", "2026-03-31", 5.0);
        let p = |v: f64| (v - 100.0) / 200.0;
        walk(
            &body,
            rows.clone(),
            "k",
            &[
                // The run rate 5 x 31 = 155 a month, against expected at
                // January's last day (31 / 90).
                (DAY1, Status::Pending, Some(5.0), Some(p(155.0)), None),
                (DAY6, Status::Pending, Some(30.0), Some(p(155.0)), None),
                // 0.275 / 0.344 = 80 %: at risk, not the -162 % of the sum so far.
                (DAY7, Status::AtRisk, Some(35.0), Some(p(155.0)), None),
                // January has ended: its sum, no run rate.
                (MID, Status::AtRisk, Some(155.0), Some(p(155.0)), None),
                // February (140) below January (155), behind: stalled.
                (
                    "2026-03-15",
                    Status::Stalled,
                    Some(140.0),
                    Some(p(140.0)),
                    None,
                ),
                // From the cycle's last day on nothing stalls.
                (LAST, Status::OffTrack, Some(155.0), Some(p(155.0)), None),
                (AFTER, Status::OffTrack, Some(155.0), Some(p(155.0)), None),
            ],
        );
        let cfg = config(&body);
        let s = store_of(rows);
        let k = kr(&evaluate(&cfg, &s, d(DAY7)), "k").clone();
        assert!(k.partial);
        close(k.run_rate.unwrap(), 155.0);
        close(k.expected.unwrap(), 31.0 / 90.0);
        let k = kr(&evaluate(&cfg, &s, d(MID)), "k").clone();
        assert!(!k.partial);
        assert_eq!(k.run_rate, None);
    }

    #[test]
    fn a_week_cut_short_by_the_cycle_is_judged_on_its_run_rate() {
        // The cycle starts on a Thursday: its first week is Jan 1-4, 4 days.
        let body = kr_toml("metric = \"signups\"\nwindow = \"week\"\nstart = 0\ntarget = 70");
        let cfg = config(&body);
        let s = store_of(daily("signups", "2026-01-01", "2026-03-31", 10.0));
        // Jan 2: the week so far, 20 in 2 days: run rate 70.
        let k = kr(&evaluate(&cfg, &s, d("2026-01-02")), "k").clone();
        assert!(k.partial);
        close(k.value.unwrap(), 20.0);
        close(k.run_rate.unwrap(), 70.0);
        assert_eq!(k.status, Status::Pending);
        // Jan 6: Jan 1-4 has ended: 40 in 4 days, run rate 70: done.
        let k = kr(&evaluate(&cfg, &s, d("2026-01-06")), "k").clone();
        assert!(!k.partial);
        close(k.value.unwrap(), 40.0);
        close(k.run_rate.unwrap(), 70.0);
        assert_eq!(k.status, Status::Done);
        // Jan 13: the whole week Jan 5-11: 70, no run rate.
        let k = kr(&evaluate(&cfg, &s, d("2026-01-13")), "k").clone();
        assert_eq!(k.run_rate, None);
        assert_eq!(k.status, Status::Done);
    }

    #[test]
    fn a_budget_at_most_is_at_risk_when_its_forecast_breaks_it() {
        // 11 a day against a budget of 900: 990 by the end.
        let body = kr_toml("metric = \"cost\"\nat_most = 900");
        walk(
            &body,
            daily("cost", "2026-01-01", "2026-03-31", 11.0),
            "k",
            &[
                (DAY1, Status::OnTrack, Some(11.0), Some(1.0), None),
                (DAY6, Status::OnTrack, Some(66.0), Some(1.0), None),
                (DAY7, Status::AtRisk, Some(77.0), Some(1.0), Some(990.0)),
                (MID, Status::AtRisk, Some(506.0), Some(1.0), Some(990.0)),
                (
                    "2026-03-23",
                    Status::OffTrack,
                    Some(902.0),
                    Some(0.0),
                    Some(990.0),
                ),
                (LAST, Status::OffTrack, Some(990.0), Some(0.0), Some(990.0)),
                (AFTER, Status::OffTrack, Some(990.0), Some(0.0), Some(990.0)),
            ],
        );
        // 10 a day lands on the budget exactly: on track to the end.
        walk(
            &body,
            daily("cost", "2026-01-01", "2026-03-31", 10.0),
            "k",
            &[
                (MID, Status::OnTrack, Some(460.0), Some(1.0), Some(900.0)),
                (LAST, Status::OnTrack, Some(900.0), Some(1.0), Some(900.0)),
            ],
        );
    }

    #[test]
    fn a_quota_at_least_is_judged_by_its_forecast() {
        let body = kr_toml("metric = \"signups\"\nat_least = 900");
        walk(
            &body,
            daily("signups", "2026-01-01", "2026-03-31", 10.0),
            "k",
            &[
                (DAY1, Status::Pending, Some(10.0), Some(0.0), None),
                (DAY6, Status::Pending, Some(60.0), Some(0.0), None),
                (DAY7, Status::OnTrack, Some(70.0), Some(0.0), Some(900.0)),
                (MID, Status::OnTrack, Some(460.0), Some(0.0), Some(900.0)),
                (LAST, Status::OnTrack, Some(900.0), Some(1.0), Some(900.0)),
            ],
        );
        walk(
            &body,
            daily("signups", "2026-01-01", "2026-03-31", 5.0),
            "k",
            &[
                (DAY7, Status::OffTrack, Some(35.0), Some(0.0), Some(450.0)),
                (LAST, Status::OffTrack, Some(450.0), Some(0.0), Some(450.0)),
            ],
        );
    }

    #[test]
    fn a_monthly_quota_runs_on_its_run_rate() {
        // At least 300 a month, 10 a day: January's run rate 310.
        let body = kr_toml("metric = \"signups\"\nwindow = \"month\"\nat_least = 300");
        let cfg = config(&body);
        let s = store_of(daily("signups", "2026-01-01", "2026-03-31", 10.0));
        let k = kr(&evaluate(&cfg, &s, d(DAY1)), "k").clone();
        close(k.run_rate.unwrap(), 310.0);
        // The run rate reaches the bound: on track, progress 0 so far.
        assert_eq!(k.status, Status::OnTrack);
        close(k.progress.unwrap(), 0.0);
        let s = store_of(daily("signups", "2026-01-01", "2026-03-31", 5.0));
        for (as_of, status) in [(DAY6, Status::Pending), (DAY7, Status::OffTrack)] {
            assert_eq!(
                kr(&evaluate(&cfg, &s, d(as_of)), "k").status,
                status,
                "{as_of}"
            );
        }
    }

    #[test]
    fn weekly_thresholds_are_decided_by_the_latest_week() {
        // At most 100 a week. Whole weeks start Jan 5. Weeks 1-2 hold (70),
        // week 3 breaks (140), weeks 4-6 hold.
        let body = kr_toml("metric = \"cost\"\nat_most = 100\nevery = \"week\"");
        let mut rows = daily("cost", "2026-01-05", "2026-01-18", 10.0);
        rows.extend(daily("cost", "2026-01-19", "2026-01-25", 20.0));
        rows.extend(daily("cost", "2026-01-26", "2026-03-31", 10.0));
        walk(
            &body,
            rows,
            "k",
            &[
                (DAY1, Status::NoData, None, None, None),
                (DAY7, Status::NoData, None, None, None),
                ("2026-01-12", Status::OnTrack, Some(70.0), Some(1.0), None),
                (
                    "2026-01-26",
                    Status::OffTrack,
                    Some(140.0),
                    Some(2.0 / 3.0),
                    None,
                ),
                // The latest held, but 3 of 4 (75 %) is below 85 %.
                ("2026-02-02", Status::AtRisk, Some(70.0), Some(0.75), None),
                ("2026-02-09", Status::AtRisk, Some(70.0), Some(0.8), None),
                (MID, Status::AtRisk, Some(70.0), Some(5.0 / 6.0), None),
                // 6 of 7 (86 %): on track.
                (
                    "2026-02-22",
                    Status::OnTrack,
                    Some(70.0),
                    Some(6.0 / 7.0),
                    None,
                ),
            ],
        );
    }

    #[test]
    fn stalled_means_no_progress_and_behind() {
        // 20 a day until Jan 31, then nothing: ahead of pace for a while.
        let body = kr_toml("metric = \"signups\"\nstart = 0\ntarget = 900");
        let rows = daily("signups", "2026-01-01", "2026-01-31", 20.0);
        walk(
            &body,
            rows,
            "k",
            &[
                // 620 of 900 (69 %) against 46 / 90: ahead, not stalled.
                (MID, Status::OnTrack, Some(620.0), Some(620.0 / 900.0), None),
                // Mar 10: 69 % against 69 / 90 (77 %): behind and unmoved.
                (
                    "2026-03-10",
                    Status::Stalled,
                    Some(620.0),
                    Some(620.0 / 900.0),
                    None,
                ),
                // The last day: nothing stalls; 69 % of the expected 100 %.
                (
                    LAST,
                    Status::AtRisk,
                    Some(620.0),
                    Some(620.0 / 900.0),
                    Some(620.0),
                ),
            ],
        );
    }

    #[test]
    fn forecasts_are_bounded_by_what_the_values_can_be() {
        // A percent metric falling fast: the line would go below 0.
        let body = format!(
            "{}\n[metrics.win_rate]\nratio = {{ numerator = \"orders\", denominator = \"sessions\" }}\nformat = \"percent\"\n",
            kr_toml("metric = \"win_rate\"\nstart = 0.2\ntarget = 0.3")
        );
        let mut rows = Vec::new();
        for (i, day) in [
            "2026-01-01",
            "2026-01-02",
            "2026-01-03",
            "2026-01-04",
            "2026-01-05",
            "2026-01-06",
            "2026-01-07",
        ]
        .into_iter()
        .enumerate()
        {
            rows.push(("sessions", day.to_string(), 100.0));
            rows.push(("orders", day.to_string(), if i == 0 { 90.0 } else { 0.0 }));
        }
        let cfg = config(&body);
        let s = store_of(rows);
        let k = kr(&evaluate(&cfg, &s, d(DAY7)), "k").clone();
        close(k.forecast.unwrap(), 0.0);
        // Rising fast: never above 100 %.
        let mut rows = Vec::new();
        for (i, day) in [
            "2026-01-01",
            "2026-01-02",
            "2026-01-03",
            "2026-01-04",
            "2026-01-05",
            "2026-01-06",
            "2026-01-07",
        ]
        .into_iter()
        .enumerate()
        {
            rows.push(("sessions", day.to_string(), 100.0));
            rows.push(("orders", day.to_string(), if i == 0 { 0.0 } else { 100.0 }));
        }
        let k = kr(&evaluate(&cfg, &store_of(rows), d(DAY7)), "k").clone();
        close(k.forecast.unwrap(), 1.0);
    }

    #[test]
    fn no_forecast_while_stale() {
        let body = kr_toml("metric = \"signups\"\nstart = 0\ntarget = 900");
        let cfg = config(&body);
        let s = store_of(daily("signups", "2026-01-01", "2026-01-31", 5.0));
        let k = kr(&evaluate(&cfg, &s, d("2026-01-31")), "k").clone();
        assert!(k.forecast.is_some());
        let k = kr(&evaluate(&cfg, &s, d(MID)), "k").clone();
        assert_eq!(k.stale, Some(true));
        assert_eq!(k.forecast, None);
    }

    #[test]
    fn a_ratio_forecast_uses_only_days_on_which_every_part_has_data() {
        let body = kr_toml("metric = \"conversion\"\nstart = 0.02\ntarget = 0.04");
        let cfg = config(&body);
        let mut rows = daily("sessions", "2026-01-01", "2026-01-10", 100.0);
        rows.extend(daily("orders", "2026-01-04", "2026-01-10", 3.0));
        // Jan 1-3 have sessions only: 7 complete days, Jan 4-10.
        let k = kr(
            &evaluate(&cfg, &store_of(rows.clone()), d("2026-01-10")),
            "k",
        )
        .clone();
        assert!(k.forecast.is_some());
        rows.retain(|r| !(r.0 == "orders" && r.1 == "2026-01-10"));
        // 6 complete days: too few for a line.
        let k = kr(&evaluate(&cfg, &store_of(rows), d("2026-01-10")), "k").clone();
        assert_eq!(k.forecast, None);
    }

    #[test]
    fn milestones_through_the_cycle() {
        let body = kr_toml("done = true\ndone_on = 2026-02-20\ndue = 2026-02-28");
        walk(
            &body,
            Vec::new(),
            "k",
            &[
                ("2025-12-31", Status::NoData, None, None, None),
                (DAY1, Status::OnTrack, None, Some(0.0), None),
                (MID, Status::OnTrack, None, Some(0.0), None),
                ("2026-02-20", Status::Done, None, Some(1.0), None),
                (AFTER, Status::Done, None, Some(1.0), None),
            ],
        );
        let body = kr_toml("done = false\ndue = 2026-02-28");
        walk(
            &body,
            Vec::new(),
            "k",
            &[
                ("2026-02-28", Status::OnTrack, None, Some(0.0), None),
                ("2026-03-01", Status::OffTrack, None, Some(0.0), None),
            ],
        );
    }

    #[test]
    fn the_north_star_is_judged_as_a_period_window() {
        let body = r#"
[north_star]
name = "Signups a week"
metric = "signups"
grain = "week"
start = 0
target = 70
"#;
        let cfg = config(body);
        let s = store_of(daily("signups", "2026-01-01", "2026-03-31", 10.0));
        // Jan 2: Jan 1-4 so far, run rate 70: reaching it is not final.
        let ns = evaluate(&cfg, &s, d("2026-01-02")).north_star.unwrap();
        assert!(ns.partial);
        close(ns.run_rate.unwrap(), 70.0);
        assert_eq!(ns.status, Status::Pending);
        // Jan 6: the clipped week Jan 1-4 has ended: its run rate, done.
        let ns = evaluate(&cfg, &s, d("2026-01-06")).north_star.unwrap();
        close(ns.value.unwrap(), 40.0);
        close(ns.run_rate.unwrap(), 70.0);
        assert_eq!(ns.status, Status::Done);
    }

    #[test]
    fn objectives_rank_pending_between_no_data_and_on_track() {
        let order: Vec<Status> = {
            let mut all = Status::ALL.to_vec();
            all.sort_by_key(|s| std::cmp::Reverse(s.severity()));
            all
        };
        assert_eq!(
            order,
            [
                Status::OffTrack,
                Status::GuardrailBreached,
                Status::Stalled,
                Status::AtRisk,
                Status::NoData,
                Status::Pending,
                Status::OnTrack,
                Status::Done
            ]
        );
    }

    #[test]
    fn experiments_follow_their_dates() {
        let body = format!(
            "{}\n[[experiments]]\nid = \"e\"\ntitle = \"E\"\nkey_results = [\"k\"]\nstart = 2026-02-01\nend = 2026-02-20\nstatus = \"won\"\n",
            kr_toml("metric = \"signups\"\nstart = 0\ntarget = 900")
        );
        let cfg = config(&body);
        let s = MetricStore::new();
        let counts = |as_of: &str| kr(&evaluate(&cfg, &s, d(as_of)), "k").experiments;
        assert_eq!(counts("2026-01-15").ideas, 1);
        assert_eq!(counts("2026-02-05").running, 1);
        assert_eq!(counts("2026-02-20").won, 1);
        // Its learning is known from its result on, not before.
        let mut e = cfg.experiments[0].clone();
        e.learning = Some("it worked".into());
        assert_eq!(e.as_of(d("2026-02-05")).learning, None);
        assert_eq!(e.as_of(d("2026-02-05")).status, ExperimentStatus::Running);
        assert_eq!(
            e.as_of(d("2026-02-20")).learning.as_deref(),
            Some("it worked")
        );
    }

    #[test]
    fn changes_since_the_cycle_start_compare_with_the_declared_start() {
        let body = kr_toml("metric = \"signups\"\nstart = 100\ntarget = 900");
        let cfg = config(&body);
        let s = store_of(daily("signups", "2026-01-01", "2026-03-31", 10.0));
        let before = as_it_stood(&cfg, &s, d(DAY1));
        let k = kr(&before, "k");
        close(k.value.unwrap(), 100.0);
        close(k.progress.unwrap(), 0.0);
        // Since Feb 1: as of Jan 31.
        let before = as_it_stood(&cfg, &s, d("2026-02-01"));
        close(kr(&before, "k").value.unwrap(), 310.0);
    }
}

/// An organisation as bench/run.py --tree makes it, `teams` team files of
/// five objectives (one aligned under a department, four under it) with
/// five key results each and two experiments, in a temporary folder.
fn organisation(teams: usize) -> tempfile::TempDir {
    use std::fmt::Write as _;
    let dir = tempfile::tempdir().unwrap();
    let mut csv = "date,metric,value\n".to_string();
    for day in 1..=20 {
        for m in 0..10 {
            let _ = writeln!(csv, "2026-01-{day:02},m{m},{}", (m * 7 + day) % 50 + 1);
        }
    }
    std::fs::write(dir.path().join("metrics.csv"), csv).unwrap();
    let mut main = String::from(
        "include = [\"teams/*.toml\"]\n[cycle]\nname = \"Q\"\nstart = 2026-01-01\nend = 2026-03-31\n\
         [[sources]]\nname = \"events\"\npath = \"metrics.csv\"\nlayout = \"long\"\n[metrics]\n",
    );
    for m in 0..10 {
        let _ = writeln!(main, "m{m} = {{ source = \"events\" }}");
    }
    main.push_str("r0 = { ratio = { numerator = \"m0\", denominator = \"m1\" } }\n");
    main.push_str("f0 = { formula = \"m2 / m3 - m4\" }\n");
    for d in 0..4 {
        let _ = writeln!(
            main,
            "[[objectives]]\nid = \"dept-{d}\"\ntitle = \"Department {d}\"\n\
             [[objectives.key_results]]\nid = \"dept-{d}-kr\"\ntitle = \"Total {d}\"\nmetric = \"m{d}\"\nstart = 0\ntarget = 8000"
        );
    }
    std::fs::write(dir.path().join("okrs.toml"), main).unwrap();
    std::fs::create_dir(dir.path().join("teams")).unwrap();
    for t in 0..teams {
        let mut out = String::new();
        for o in 0..5 {
            let parent = if o == 0 {
                format!("dept-{}", t % 4)
            } else {
                format!("t{t}-o0")
            };
            let _ = writeln!(
                out,
                "[[objectives]]\nid = \"t{t}-o{o}\"\ntitle = \"Team {t} objective {o}\"\nowner = \"team-{t}\"\nparent = \"{parent}\""
            );
            for k in 0..5 {
                let n = t * 25 + o * 5 + k;
                let _ = writeln!(
                    out,
                    "[[objectives.key_results]]\nid = \"t{t}-o{o}-k{k}\"\ntitle = \"Key result {n}\""
                );
                let _ = match n % 5 {
                    0 => writeln!(
                        out,
                        "metric = \"m{}\"\nstart = 0\ntarget = {}",
                        n % 10,
                        500 + n % 300
                    ),
                    1 => writeln!(out, "metric = \"r0\"\nstart = 0.5\ntarget = 1.5"),
                    2 => writeln!(
                        out,
                        "metric = \"f0\"\nwindow = \"month\"\nstart = 0\ntarget = 9"
                    ),
                    3 => writeln!(
                        out,
                        "metric = \"m{}\"\naggregate = \"avg\"\nstart = 40\ntarget = 20",
                        n % 10
                    ),
                    _ => writeln!(
                        out,
                        "start = 3.0\ntarget = 4.0\ncurrent = 3.5\nupdated = 2026-01-10"
                    ),
                };
            }
        }
        for e in 0..2 {
            let _ = writeln!(
                out,
                "[[experiments]]\nid = \"t{t}-x{e}\"\ntitle = \"Experiment {e}\"\nkey_results = [\"t{t}-o1-k{e}\"]\nimpact = 3\nconfidence = 5\nease = 6"
            );
        }
        std::fs::write(dir.path().join(format!("teams/team-{t:04}.toml")), out).unwrap();
    }
    dir
}

/// The steps each phase of `okr status`, `check`, `show` and `report`
/// counts (crate::work) on an organisation of `teams` teams.
fn steps(teams: usize) -> [(&'static str, u64); 5] {
    use crate::render::review::{self, Review};
    let dir = organisation(teams);
    let path = dir.path().join("okrs.toml");
    let (config, load) = crate::work::counted(|| {
        crate::metrics::load_config(&path).unwrap_or_else(|e| panic!("{e}"))
    });
    let store = crate::metrics::load(&config).unwrap().store;
    let as_of = d("2026-01-20");
    let (report, status) = crate::work::counted(|| {
        let report = evaluate(&config, &store, as_of);
        let _ = crate::render::json::render(&report);
        report
    });
    let ((), check) = crate::work::counted(|| {
        let outcome = crate::report::findings::judge(&report, &["off-track".into()], &[]);
        let _ = crate::render::findings::github(
            &report,
            &outcome,
            crate::render::number::Locale::EN_US,
        );
    });
    // `okr show KR`: the whole tree evaluated, the key result found, its
    // history read and its page drawn.
    let ((), show) = crate::work::counted(|| {
        let report = evaluate(&config, &store, as_of);
        let (objective, kr) =
            crate::report::find_key_result(&report.objectives, "t1-o1-k2").unwrap();
        let history = history(&config, &store, as_of, "t1-o1-k2");
        let view = crate::render::show::KeyResultView {
            config: &config,
            report: &report,
            objective,
            kr,
            history: history.as_ref(),
        };
        let opts = crate::render::RenderOptions {
            color: false,
            width: 100,
            locale: config.settings.locale.clone(),
        };
        let _ = crate::render::show::key_result(&view, &opts);
        let _ = crate::render::show::key_result_json(&view);
    });
    let ((), review) = crate::work::counted(|| {
        let ids: Vec<String> = crate::report::walk(&report.objectives)
            .into_iter()
            .flat_map(|(_, o)| o.key_results.iter().map(|kr| kr.id.clone()))
            .collect();
        let review = Review {
            histories: histories(&config, &store, as_of, ids.iter().map(String::as_str)),
            report: report.clone(),
            since: d("2026-01-10"),
            before: as_it_stood(&config, &store, d("2026-01-10")),
            experiments: config.experiments.clone(),
            board: None,
            locale: crate::render::number::Locale::EN_US,
            rollups: config.rollups(),
            index: Default::default(),
        };
        let _ = review::markdown(&review, false);
        let _ = crate::render::html::render(&review);
    });
    [
        ("loading and validating", load),
        ("status", status),
        ("check", check),
        ("show", show),
        ("report", review),
    ]
}

/// Counted work, not time: ten times the tree may cost at most eleven
/// times the steps in each phase, so an include, id lookup, parent search,
/// roll-up or review lookup that walks the whole tree for each of its
/// parts (as each once did) fails here on any machine.
#[test]
fn the_work_is_linear_in_the_tree() {
    let small = steps(12);
    let large = steps(120);
    for ((phase, s), (_, l)) in small.into_iter().zip(large) {
        assert!(s > 0, "{phase}: no steps counted");
        let ratio = l as f64 / s as f64;
        assert!(
            ratio <= 11.0,
            "{phase}: {l} steps for 10x the tree against {s}: {ratio:.1}x"
        );
    }
}

/// The forecast and the history read each data day once: ten times the
/// days cost at most eleven times the steps, where asking for the cycle so
/// far on each day again (as the forecast once did) costs a hundred.
#[test]
fn a_forecast_and_a_history_read_each_day_once() {
    let config = config(
        r#"
[[objectives]]
id = "o"
title = "O"
[[objectives.key_results]]
id = "k"
title = "K"
metric = "conversion"
start = 0
target = 1
[[objectives.key_results]]
id = "k2"
title = "K2"
metric = "price"
start = 0
target = 100
"#,
    );
    let mut rows = daily("orders", "2026-01-01", "2026-03-31", 3.0);
    rows.extend(daily("sessions", "2026-01-01", "2026-03-31", 40.0));
    rows.extend(daily("price", "2026-01-01", "2026-03-31", 20.0));
    let s = store_of(rows);
    let work = |as_of: &str| {
        let (report, n) = crate::work::counted(|| {
            let report = evaluate(&config, &s, d(as_of));
            let _ = histories(&config, &s, d(as_of), ["k", "k2"]);
            report
        });
        assert!(report.objectives[0].key_results[0].forecast.is_some());
        n
    };
    let (few, many) = (work("2026-01-08"), work("2026-03-20"));
    assert!(
        many as f64 <= 11.0 * few as f64,
        "{many} steps for 79 days against {few} for 8"
    );
}
