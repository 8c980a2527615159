//! The SQL that wraps a query, and the rules shared by both databases.
//! (The databases themselves are exercised in tests/cli/db.rs.)

use chrono::NaiveDate;

use super::*;
use crate::config::model::{Layout, Source, SourceKind};

fn source(layout: Layout) -> Source {
    Source {
        name: "warehouse".into(),
        kind: SourceKind::Sqlite {
            path: "m.db".into(),
            query: "select 1".into(),
            timeout_seconds: 30,
        },
        ..Source::csv("warehouse", std::path::Path::new("m.db"), layout)
    }
}

fn want(key: &str, column: &str, segment: Option<&str>) -> Want {
    Want {
        key: key.into(),
        column: column.into(),
        segment: segment.map(Into::into),
    }
}

fn cols(names: &[&str]) -> Vec<String> {
    names.iter().map(|s| s.to_string()).collect()
}

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn cycle() -> Cycle {
    Cycle {
        name: "Q1".into(),
        start: day("2026-01-01"),
        end: day("2026-03-31"),
    }
}

/// A dialect that shows where each part goes.
struct Plain;

impl Dialect for Plain {
    fn param(&self, n: usize) -> String {
        format!("${n}")
    }
    fn day(&self, column: &str, _index: usize) -> String {
        format!("day({column})")
    }
    fn in_range(&self, day: &str, _index: usize, from: &str, to: &str) -> String {
        format!("{day} BETWEEN {from} AND {to}")
    }
    fn number(&self, column: &str, _index: usize) -> String {
        format!("num({column})")
    }
    fn not_a_number(&self, column: &str, _index: usize) -> String {
        format!("nan({column})")
    }
    fn sum(&self, number: &str) -> String {
        format!("SUM({number})")
    }
}

#[test]
fn a_long_query_is_wrapped_with_metrics_and_dates_as_parameters() {
    let src = source(Layout::Long);
    let ctx = Ctx { source: &src };
    let columns = cols(&["Date", "metric", "value", "segment"]);
    let wants = [
        want("mqls", " mqls ", None),
        want("inbound", "mqls", Some("inbound")),
        want("sqls", "sqls", None),
    ];
    let shape = resolve_shape(&ctx, &columns, &wants).unwrap();
    let sql = grouped_sql(
        &Plain,
        subquery("select * from t -- all;\n;"),
        &columns,
        &shape,
    );
    assert_eq!(
        sql,
        "SELECT d, m, s, COUNT(*), SUM(v0), COUNT(v0), MIN(bad0)\n\
         FROM (SELECT day(q.\"Date\") AS d, TRIM(CAST(q.\"metric\" AS TEXT)) AS m, CAST(q.\"segment\" AS TEXT) AS s, num(q.\"value\") AS v0, nan(q.\"value\") AS bad0\n      \
         FROM (\nselect * from t -- all;\n) AS q) AS r\n\
         WHERE m IN ($3, $4) AND d BETWEEN $1 AND $2\n\
         GROUP BY d, m, s"
    );
    assert_eq!(metric_params(&shape), ["mqls", "sqls"]);
}

#[test]
fn a_wide_query_sums_each_wanted_column_once() {
    let src = source(Layout::Wide);
    let ctx = Ctx { source: &src };
    let columns = cols(&["day", "Cost", "clicks", "odd\"name"]);
    let wants = [
        want("clicks", "clicks", None),
        want("spend", "cost", None),
        want("odd", "odd\"name", None),
        want("cost_again", "Cost", None),
    ];
    let mut src_with_date = src.clone();
    src_with_date.date_column = Some("day".into());
    let ctx_with_date = Ctx {
        source: &src_with_date,
    };
    assert!(resolve_shape(&ctx, &columns, &wants)
        .unwrap_err()
        .message()
        .contains(
            "the query returns no `date` column: it returns `day`, `Cost`, `clicks`, `odd\"name`"
        ));
    let shape = resolve_shape(&ctx_with_date, &columns, &wants).unwrap();
    let sql = grouped_sql(&Plain, "select * from ads", &columns, &shape);
    assert!(sql.starts_with(
        "SELECT d, m, s, COUNT(*), SUM(v0), COUNT(v0), MIN(bad0), SUM(v1), COUNT(v1), MIN(bad1), SUM(v2), COUNT(v2), MIN(bad2)\n"
    ), "{sql}");
    assert!(
        sql.contains("num(q.\"Cost\") AS v0, nan(q.\"Cost\") AS bad0, num(q.\"clicks\") AS v1"),
        "{sql}"
    );
    assert!(sql.contains("num(q.\"odd\"\"name\") AS v2"), "{sql}");
    assert!(sql.contains("WHERE d BETWEEN $1 AND $2\n"), "{sql}");
    assert!(metric_params(&shape).is_empty());
}

#[test]
fn segments_need_a_segment_column_and_a_long_layout() {
    let wants = [want("inbound", "mqls", Some("inbound"))];
    let long = source(Layout::Long);
    let d = resolve_shape(
        &Ctx { source: &long },
        &cols(&["date", "metric", "value"]),
        &wants,
    )
    .unwrap_err();
    assert_eq!(
        d.message(),
        "source `warehouse`: the query returns no `segment` column (metric `inbound` reads segment \"inbound\"): it returns `date`, `metric`, `value`"
    );
    let wide = source(Layout::Wide);
    let d = resolve_shape(&Ctx { source: &wide }, &cols(&["date", "mqls"]), &wants).unwrap_err();
    assert!(
        d.message().contains("segments need layout long"),
        "{}",
        d.message()
    );
}

#[test]
fn iso_days_with_or_without_a_time() {
    for (text, expected) in [
        ("2026-01-31", Some("2026-01-31")),
        (" 2026-01-31 ", Some("2026-01-31")),
        ("2026-01-31T23:59:59Z", Some("2026-01-31")),
        ("2026-01-31 08:00:00+02", Some("2026-01-31")),
        ("2026-02-30", None),
        ("2026-1-31", None),
        ("31.01.2026", None),
        ("20260131", None),
        ("2026-01-31x", None),
        ("", None),
    ] {
        assert_eq!(iso_day(text), expected.map(day), "{text:?}");
    }
}

fn long_rows(rows: &[(&str, &str, Option<&str>, Option<f64>)]) -> Vec<GroupRow> {
    rows.iter()
        .map(|&(d, m, s, v)| GroupRow {
            day: Day::Text(d.into()),
            metric: Some(m.into()),
            segment: s.map(Into::into),
            rows: 1,
            values: vec![Sum {
                sum: v,
                numbers: usize::from(v.is_some()),
                not_a_number: None,
            }],
        })
        .collect()
}

fn collect(wants: &[Want], rows: Vec<GroupRow>) -> Result<FileData, Diagnostic> {
    let src = source(Layout::Long);
    let ctx = Ctx { source: &src };
    let columns = cols(&["date", "metric", "value", "segment"]);
    let shape = resolve_shape(&ctx, &columns, wants).unwrap();
    let cycle = cycle();
    Collected::new(&ctx, &columns, &shape, wants, &cycle).finish(rows, SourceReport::default())
}

#[test]
fn groups_become_daily_sums_with_the_rules_of_a_csv_file() {
    let wants = [
        want("mqls", "mqls", None),
        want("inbound", "mqls", Some("Inbound")),
    ];
    let rows = long_rows(&[
        ("2026-01-05", "mqls", Some("inbound "), Some(20.0)),
        ("2026-01-05", "mqls", Some("outbound"), Some(10.5)),
        ("2026-01-06", "mqls", None, None),
        ("2026-01-07", "mqls", None, Some(3.0)),
        ("2026-04-01", "mqls", Some("inbound"), Some(99.0)),
    ]);
    let data = collect(&wants, rows).unwrap();
    assert_eq!(
        data.series[0]
            .iter()
            .map(|(d, v)| (d.to_string(), *v))
            .collect::<Vec<_>>(),
        [
            ("2026-01-05".to_string(), 30.5),
            ("2026-01-07".to_string(), 3.0)
        ]
    );
    assert_eq!(data.series[1].values().copied().collect::<Vec<_>>(), [20.0]);
    let found = &data.report.metrics[0];
    assert_eq!(
        (found.name.as_str(), found.rows, found.missing),
        ("mqls", 3, 1)
    );
    assert_eq!(found.first_date, Some(day("2026-01-05")));
    assert_eq!(found.last_date, Some(day("2026-01-07")));
    assert_eq!(data.report.data_rows, 4);
}

#[test]
fn a_total_beside_segments_on_one_day_is_an_error() {
    let wants = [want("mqls", "mqls", None)];
    let rows = long_rows(&[
        ("2026-01-05", "mqls", Some(""), Some(30.0)),
        ("2026-01-05", "mqls", Some("inbound"), Some(20.0)),
    ]);
    let d = collect(&wants, rows).err().unwrap();
    assert_eq!(
        d.message(),
        "source `warehouse`: metric `mqls` on 2026-01-05: rows without a segment and rows with segment \"inbound\" both carry values; the rows without a segment look like a total and would be counted twice"
    );
    assert_eq!(
        d.hint().as_deref(),
        Some("set `segment = \"inbound\"` on metric `mqls` to read one segment, or leave the rows without a segment out of the query")
    );
}

#[test]
fn nan_infinity_and_bad_cells_are_errors() {
    let wants = [want("mqls", "mqls", None)];
    let d = collect(
        &wants,
        long_rows(&[("2026-01-05", "mqls", None, Some(f64::NAN))]),
    )
    .err()
    .unwrap();
    assert!(d.message().ends_with("metric `mqls` on 2026-01-05: the values add up to NaN: NaN and infinity are not numbers"), "{}", d.message());

    let mut rows = long_rows(&[("2026-01-05", "mqls", None, None)]);
    rows[0].values[0].not_a_number = Some("12,5 kr".into());
    let d = collect(&wants, rows).err().unwrap();
    assert_eq!(
        d.message(),
        "source `warehouse`: column `value` holds \"12,5 kr\", which is not a number (metric `mqls` on 2026-01-05)"
    );

    let d = collect(
        &wants,
        long_rows(&[("05.01.2026", "mqls", None, Some(1.0))]),
    )
    .err()
    .unwrap();
    assert!(
        d.message().starts_with(
            "source `warehouse`: column `date` holds \"05.01.2026\", which is not a date"
        ),
        "{}",
        d.message()
    );
}

#[test]
fn a_metric_without_rows_is_said_and_other_names_are_listed() {
    let wants = [want("mqls", "mqls", None)];
    let mut data = collect(&wants, Vec::new()).unwrap();
    assert_eq!(
        data.report.notes,
        ["metric `mqls`: no rows named `mqls` from 2026-01-01 to 2026-03-31"]
    );
    add_names(&mut data.report, vec![("leads".into(), 3, 4)]);
    assert_eq!(data.report.metrics[0].name, "leads");
    assert_eq!(data.report.metrics[0].missing, 1);
}

#[test]
fn identifiers_are_quoted() {
    assert_eq!(quote_ident("value"), "\"value\"");
    assert_eq!(
        quote_ident("a\"; drop table x; --"),
        "\"a\"\"; drop table x; --\""
    );
}
