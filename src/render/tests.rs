//! Snapshots of every format over one hand-built report that has a bit of
//! everything: a North Star with a trend, an objective aligned under another,
//! key results in every status, a stale one, a partial one, a threshold, a
//! milestone, a manual one, null forecasts and hostile titles.

use super::{render, Format, RenderOptions};
use crate::config::model::Loc;
use crate::report::reason::Reason;
use crate::report::*;
use chrono::NaiveDate;

fn day(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

fn range(start: &str, end: &str) -> Option<DateRange> {
    Some(DateRange {
        start: day(start),
        end: day(end),
    })
}

fn week(start: &str, end: &str, value: Option<f64>) -> TrendPoint {
    TrendPoint {
        start: day(start),
        end: day(end),
        value,
        partial: false,
    }
}

/// An increase key result over the cycle so far; tests override the rest.
fn kr(id: &str, title: &str) -> KeyResultReport {
    KeyResultReport {
        id: id.to_string(),
        title: title.to_string(),
        value: None,
        start: None,
        target: None,
        progress: None,
        expected: Some(46.0 / 90.0),
        status: Status::NoData,
        stale: Some(false),
        partial: false,
        forecast: None,
        grade: None,
        run_rate: None,
        window: range("2026-01-01", "2026-02-15"),
        kind: Kind::Increase,
        metric: Some(id.replace('-', "_")),
        owner: None,
        unit: None,
        format: DisplayFormat::Number,
        decimals: None,
        weight: 1.0,
        aggregate: Some(Aggregate::Sum),
        last_data: Some(day("2026-02-14")),
        due: None,
        done_on: None,
        periods_held: None,
        periods_judged: None,
        guardrails: Vec::new(),
        reason: Reason::None,
        experiments: Default::default(),
        needs_experiment: false,
        confidence: None,
        note: None,
        moved: None,
        loc: Loc::default(),
    }
}

fn objective(id: &str, title: &str, owner: &str) -> ObjectiveReport {
    ObjectiveReport {
        id: id.to_string(),
        title: title.to_string(),
        owner: Some(owner.to_string()),
        progress: None,
        grade: None,
        status: Status::NoData,
        kind: ObjectiveType::Aspirational,
        weight: 1.0,
        parent: None,
        tags: Vec::new(),
        key_results: Vec::new(),
        objectives: Vec::new(),
    }
}

pub(crate) fn sample_report() -> Report {
    let pipeline = ObjectiveReport {
        progress: Some(0.4366),
        grade: Some(0.4),
        status: Status::OffTrack,
        parent: Some("company-growth".into()),
        tags: vec!["flywheel:attract".into()],
        key_results: vec![
            KeyResultReport {
                value: Some(612.0),
                start: Some(400.0),
                target: Some(900.0),
                progress: Some(0.424),
                expected: Some(31.0 / 90.0),
                status: Status::GuardrailBreached,
                grade: Some(0.4),
                window: range("2026-01-01", "2026-01-31"),
                metric: Some("mqls".into()),
                unit: Some("MQLs".into()),
                weight: 2.0,
                guardrails: vec![GuardrailReport {
                    metric: "sql_rate".into(),
                    min: Some(0.25),
                    max: None,
                    value: Some(0.18),
                    state: GuardrailState::Breached,
                    unit: None,
                    format: DisplayFormat::Percent,
                    decimals: None,
                }],
                reason: "guardrail sql_rate 0.18 is below its min 0.25".into(),
                ..kr("mql-monthly", "Grow MQLs from 400 to 900 a month")
            },
            KeyResultReport {
                progress: Some(1.0),
                expected: None,
                status: Status::Done,
                stale: None,
                grade: Some(1.0),
                window: None,
                kind: Kind::Milestone,
                metric: None,
                aggregate: None,
                last_data: None,
                reason: "done on 2026-02-10".into(),
                ..kr("new-site", "Launch the new website")
            },
            KeyResultReport {
                value: Some(512.4),
                target: Some(450.0),
                progress: Some(0.0),
                expected: None,
                status: Status::OffTrack,
                stale: Some(true),
                grade: Some(0.0),
                window: range("2026-02-02", "2026-02-08"),
                kind: Kind::AtMost,
                metric: Some("cac".into()),
                unit: Some("kr".into()),
                format: DisplayFormat::Currency,
                aggregate: Some(Aggregate::Last),
                last_data: Some(day("2026-02-02")),
                reason: "512.4 is above 450".into(),
                ..kr("cac", "Keep CAC under 450 kr")
            },
            KeyResultReport {
                value: Some(0.241),
                start: Some(0.2),
                target: Some(0.3),
                progress: Some(0.41),
                status: Status::AtRisk,
                forecast: Some(0.2738),
                grade: Some(0.4),
                metric: Some("sql_rate".into()),
                format: DisplayFormat::Percent,
                aggregate: None,
                reason: "progress 41% against 51% expected".into(),
                ..kr("sql-rate", "Lift the SQL rate from 20% to 30%")
            },
            KeyResultReport {
                value: Some(14250.0),
                start: Some(0.0),
                target: Some(30000.0),
                progress: Some(0.475),
                status: Status::Stalled,
                partial: true,
                grade: Some(0.5),
                window: range("2026-01-01", "2026-02-15"),
                unit: Some("signups".into()),
                reason: "no progress since 2026-02-01".into(),
                ..kr("signups", "Reach 30,000 signups this quarter")
            },
            KeyResultReport {
                stale: None,
                last_data: None,
                reason: "no data for blog_posts".into(),
                ..kr(
                    "blog-posts",
                    "Ship <script>alert(1)</script> | *bold* posts",
                )
            },
            KeyResultReport {
                value: Some(0.046),
                start: Some(0.05),
                target: Some(0.03),
                progress: Some(0.2),
                status: Status::OffTrack,
                forecast: Some(0.0412),
                grade: Some(0.2),
                kind: Kind::Decrease,
                metric: Some("churn".into()),
                format: DisplayFormat::Percent,
                decimals: Some(1),
                aggregate: Some(Aggregate::Avg),
                owner: Some("Success".into()),
                reason: "progress 20% against 51% expected".into(),
                ..kr("churn", "=cmd|' /C calc'!A0 cut churn\nto 3%")
            },
        ],
        ..objective("pipeline", "Build a pipeline that sales loves", "marketing")
    };
    let company = ObjectiveReport {
        progress: Some(0.5187),
        grade: Some(0.5),
        status: Status::OffTrack,
        kind: ObjectiveType::Committed,
        key_results: vec![
            KeyResultReport {
                value: Some(1_034_500.5),
                start: Some(800_000.0),
                target: Some(1_200_000.0),
                progress: Some(0.58625),
                status: Status::OnTrack,
                forecast: Some(1_310_000.0),
                grade: Some(0.6),
                metric: Some("revenue".into()),
                unit: Some("kr".into()),
                format: DisplayFormat::Currency,
                reason: "progress 59% against 51% expected".into(),
                ..kr("revenue", "Grow monthly revenue from 800k to 1.2M kr")
            },
            KeyResultReport {
                value: Some(43.0),
                target: Some(40.0),
                progress: Some(0.857),
                expected: None,
                status: Status::OnTrack,
                grade: Some(0.9),
                window: range("2026-02-09", "2026-02-15"),
                kind: Kind::AtLeast,
                aggregate: Some(Aggregate::Last),
                reason: "43 holds at least 40 (6 of 7 weeks)".into(),
                ..kr("nps", "Keep NPS at 40 or more every week")
            },
            KeyResultReport {
                value: Some(3.4),
                start: Some(3.1),
                target: Some(4.0),
                progress: Some(0.3333333333333333),
                status: Status::AtRisk,
                grade: Some(0.3),
                metric: None,
                aggregate: None,
                last_data: Some(day("2026-02-10")),
                reason: "progress 33% against 51% expected".into(),
                ..kr("brand-survey", "Brand survey score from 3.1 to 4.0")
            },
        ],
        objectives: vec![pipeline],
        ..objective("company-growth", "Grow the company", "CEO")
    };
    let platform = ObjectiveReport {
        progress: Some(0.4167),
        grade: Some(0.4),
        status: Status::AtRisk,
        key_results: vec![KeyResultReport {
            value: Some(1.9),
            start: Some(2.4),
            target: Some(1.2),
            progress: Some(0.4166666666666667),
            status: Status::AtRisk,
            forecast: Some(1.35),
            grade: Some(0.4),
            kind: Kind::Decrease,
            unit: Some("s".into()),
            aggregate: Some(Aggregate::Avg),
            reason: "progress 42% against 51% expected".into(),
            ..kr("p95-load", "Cut p95 page load from 2.4 s to 1.2 s")
        }],
        ..objective("platform", "A site that feels instant", "platform")
    };
    let partners = objective("partners", "Explore a partner programme", "partnerships");

    Report {
        as_of: day("2026-02-15"),
        cycle: CycleReport {
            name: "2026-Q1".into(),
            start: day("2026-01-01"),
            end: day("2026-03-31"),
            elapsed: 46.0 / 90.0,
        },
        north_star: Some(NorthStarReport {
            name: "Nights booked per week".into(),
            metric: "nights_booked".into(),
            value: Some(108_000.0),
            start: Some(90_000.0),
            target: 120_000.0,
            progress: Some(0.6),
            expected: Some(46.0 / 90.0),
            status: Status::OnTrack,
            period: Some(DateRange {
                start: day("2026-02-09"),
                end: day("2026-02-15"),
            }),
            partial: false,
            run_rate: None,
            grain: Grain::Week,
            purpose: Some("Travellers find a place that feels like home".into()),
            core_action: Some("book a night".into()),
            frequency: Some("week".into()),
            unit: Some("nights".into()),
            format: DisplayFormat::Number,
            decimals: None,
            trend: vec![
                week("2026-01-01", "2026-01-04", None),
                week("2026-01-05", "2026-01-11", Some(91_000.0)),
                week("2026-01-12", "2026-01-18", Some(94_500.0)),
                week("2026-01-19", "2026-01-25", Some(93_800.0)),
                week("2026-01-26", "2026-02-01", Some(99_000.0)),
                week("2026-02-02", "2026-02-08", Some(104_200.0)),
                week("2026-02-09", "2026-02-15", Some(108_000.0)),
            ],
            inputs: vec![InputReport {
                metric: "new_listings".into(),
                value: Some(320.0),
                previous: Some(298.0),
                unit: None,
                format: DisplayFormat::Number,
                decimals: None,
                trend: Vec::new(),
            }],
            guardrails: vec![GuardrailReport {
                metric: "refund_rate".into(),
                min: None,
                max: Some(0.05),
                value: Some(0.031),
                state: GuardrailState::Ok,
                unit: None,
                format: DisplayFormat::Percent,
                decimals: None,
            }],
            reason: "progress 60% against 51% expected".into(),
        }),
        objectives: vec![company, platform, partners],
        closed: None,
    }
}

fn options(width: usize, color: bool) -> RenderOptions {
    RenderOptions {
        color,
        width,
        locale: "en-US".into(),
    }
}

#[test]
fn table_wide() {
    insta::assert_snapshot!(render(
        &sample_report(),
        Format::Table,
        &options(120, false)
    ));
}

#[test]
fn table_80() {
    insta::assert_snapshot!(render(&sample_report(), Format::Table, &options(80, false)));
}

#[test]
fn table_narrow() {
    insta::assert_snapshot!(render(&sample_report(), Format::Table, &options(60, false)));
}

#[test]
fn table_color() {
    insta::assert_snapshot!(render(&sample_report(), Format::Table, &options(120, true)));
}

#[test]
fn table_swedish() {
    let opts = RenderOptions {
        locale: "sv-SE".into(),
        ..options(120, false)
    };
    // No-break spaces shown as `_` so the snapshot shows where they are.
    let text = render(&sample_report(), Format::Table, &opts).replace('\u{a0}', "_");
    insta::assert_snapshot!(text);
}

#[test]
fn json() {
    insta::assert_snapshot!(render(&sample_report(), Format::Json, &options(120, false)));
}

#[test]
fn csv() {
    insta::assert_snapshot!(render(&sample_report(), Format::Csv, &options(120, false)));
}

#[test]
fn markdown() {
    insta::assert_snapshot!(render(
        &sample_report(),
        Format::Markdown,
        &options(120, false)
    ));
}

#[test]
fn no_line_is_wider_than_the_terminal() {
    let report = sample_report();
    for width in [50, 60, 70, 79, 80, 100, 120, 200] {
        let text = render(&report, Format::Table, &options(width, false));
        for line in text.lines() {
            let columns = unicode_width::UnicodeWidthStr::width(line);
            assert!(
                columns <= width,
                "width {width}: {columns} columns: {line:?}"
            );
        }
    }
}

#[test]
fn no_line_is_lost_at_any_width() {
    let report = sample_report();
    for width in [30, 40, 60, 80, 120, 200] {
        let text = render(&report, Format::Table, &options(width, false));
        // The last title's last word, however it wrapped.
        let squeezed: String = text.chars().filter(|c| !c.is_whitespace()).collect();
        assert!(squeezed.contains("·partnerships"), "width {width}:\n{text}");
        assert_eq!(text.matches("no-data").count(), 2, "width {width}:\n{text}");
        assert!(
            text.trim_end().ends_with("elapsed"),
            "width {width}:\n{text}"
        );
    }
}

#[test]
fn any_width_renders() {
    let report = sample_report();
    for width in [0, 1, usize::MAX] {
        let text = render(&report, Format::Table, &options(width, false));
        assert!(text.contains("on-track"), "width {width}:\n{text}");
    }
}

#[test]
fn no_color_means_no_escape_codes() {
    let text = render(&sample_report(), Format::Table, &options(120, false));
    assert!(!text.contains('\x1b'));
    let text = render(&sample_report(), Format::Table, &options(120, true));
    assert!(text.contains("\x1b["));
}

#[test]
fn an_empty_report_still_says_something() {
    let report = Report {
        north_star: None,
        objectives: Vec::new(),
        ..sample_report()
    };
    for format in [Format::Table, Format::Markdown, Format::Csv, Format::Json] {
        let text = render(&report, format, &options(80, false));
        assert!(text.ends_with('\n'), "{format:?}");
    }
    let text = render(&report, Format::Table, &options(80, false));
    assert!(text.contains("No objectives"), "{text}");
}
