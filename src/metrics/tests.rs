//! Reader tests: small files in a temporary directory (and the realistic
//! exports in tests/fixtures/csv/), read through `load` with a hand-built
//! config.

use super::*;
use crate::config::model::{
    Aggregate, CheckSettings, Cycle, DisplayFormat, Layout, Loc, Metric, Settings, Source,
    SourceKind, TableChoice,
};
use std::path::{Path, PathBuf};

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// A config with one CSV source `web` and source metrics given as
/// `(name, column, segment)`.
struct Setup {
    _dir: tempfile::TempDir,
    source: Source,
    metrics: Vec<(String, String, Option<String>)>,
}

impl Setup {
    fn new(layout: Layout) -> Self {
        let dir = tempfile::tempdir().unwrap();
        let source = Source::csv("web", &dir.path().join("web.csv"), layout);
        Setup {
            _dir: dir,
            source,
            metrics: Vec::new(),
        }
    }

    fn long() -> Self {
        Setup::new(Layout::Long)
    }

    fn wide() -> Self {
        Setup::new(Layout::Wide)
    }

    fn metric(mut self, name: &str) -> Self {
        self.metrics.push((name.into(), name.into(), None));
        self
    }

    fn metric_as(mut self, name: &str, column: &str, segment: Option<&str>) -> Self {
        self.metrics
            .push((name.into(), column.into(), segment.map(Into::into)));
        self
    }

    /// A setup with the same metrics and another source, in a new directory.
    fn clone_with(&self, f: impl FnOnce(&mut Source)) -> Self {
        let mut other = Setup::new(self.source.layout);
        let path = other.source.kind.clone();
        other.source = self.source.clone();
        other.source.kind = path;
        other.metrics = self.metrics.clone();
        f(&mut other.source);
        other
    }

    fn with(mut self, f: impl FnOnce(&mut Source)) -> Self {
        f(&mut self.source);
        self
    }

    fn path(&self) -> PathBuf {
        match &self.source.kind {
            SourceKind::Csv { path } => path.clone(),
            _ => unreachable!(),
        }
    }

    fn config(&self) -> Config {
        config_with(self.source.clone(), &self.metrics)
    }

    fn load_bytes(&self, bytes: &[u8]) -> Result<Loaded, Diagnostic> {
        std::fs::write(self.path(), bytes).unwrap();
        load(&self.config())
    }

    fn load(&self, text: &str) -> Result<Loaded, Diagnostic> {
        self.load_bytes(text.as_bytes())
    }

    /// Loads and expects an error; returns its message, line and hint.
    fn error(&self, text: &str) -> Diagnostic {
        let d = self.load(text).expect_err("expected an error");
        assert_eq!(d.file.as_deref(), Some(self.path().as_path()), "{d}");
        d
    }
}

fn config_with(source: Source, metrics: &[(String, String, Option<String>)]) -> Config {
    Config {
        path: PathBuf::from("okrs.toml"),
        cycle: Cycle {
            name: "2026-Q1".into(),
            start: date(2026, 1, 1),
            end: date(2026, 3, 31),
        },
        settings: Settings::default(),
        check: CheckSettings::default(),
        metrics: metrics
            .iter()
            .map(|(name, column, segment)| {
                let metric = Metric {
                    name: name.clone(),
                    kind: MetricKind::Source {
                        source: source.name.clone(),
                        column: column.clone(),
                        segment: segment.clone(),
                    },
                    aggregate: Aggregate::Sum,
                    unit: None,
                    format: DisplayFormat::Number,
                    decimals: None,
                    loc: Loc::default(),
                };
                (name.clone(), metric)
            })
            .collect(),
        sources: vec![source],
        north_star: None,
        objectives: Vec::new(),
        experiments: Vec::new(),
    }
}

fn days(loaded: &Loaded, metric: &str) -> Vec<(NaiveDate, f64)> {
    loaded
        .store
        .get(metric)
        .unwrap_or_else(|| panic!("no series for {metric}"))
        .days
        .iter()
        .map(|(d, v)| (*d, *v))
        .collect()
}

fn assert_days(loaded: &Loaded, metric: &str, want: &[((i32, u32, u32), f64)]) {
    let got = days(loaded, metric);
    let want: Vec<(NaiveDate, f64)> = want
        .iter()
        .map(|&((y, m, d), v)| (date(y, m, d), v))
        .collect();
    assert_eq!(got.len(), want.len(), "{metric}: {got:?} vs {want:?}");
    for ((gd, gv), (wd, wv)) in got.iter().zip(&want) {
        assert_eq!(gd, wd, "{metric}: {got:?}");
        assert!((gv - wv).abs() < 1e-9, "{metric} on {gd}: {gv} vs {wv}");
    }
}

fn report(loaded: &Loaded) -> &SourceReport {
    &loaded.sources[0]
}

// ---------------------------------------------------------------------------
// Long files

#[test]
fn long_file_sums_rows_of_one_date() {
    let setup = Setup::long().metric("signups").metric("visits");
    let loaded = setup
        .load(
            "date,metric,value,segment\n\
             2026-01-05,signups,3,organic\n\
             2026-01-05,signups,4,paid\n\
             2026-01-05,visits,100,\n\
             2026-01-06,signups,5,organic\n\
             2026-01-06,other,7,\n",
        )
        .unwrap();
    assert_days(
        &loaded,
        "signups",
        &[((2026, 1, 5), 7.0), ((2026, 1, 6), 5.0)],
    );
    assert_days(&loaded, "visits", &[((2026, 1, 5), 100.0)]);
    let r = report(&loaded);
    assert_eq!(r.data_rows, 5);
    assert_eq!(r.layout, "long");
    assert_eq!(r.delimiter, ",");
    assert_eq!(r.header_line, 1);
    assert_eq!(r.first_date, Some(date(2026, 1, 5)));
    assert_eq!(r.last_date, Some(date(2026, 1, 6)));
    let names: Vec<&str> = r.metrics.iter().map(|m| m.name.as_str()).collect();
    assert_eq!(names, ["signups", "visits", "other"]);
    assert_eq!(r.metrics[0].rows, 3);
}

#[test]
fn long_file_keeps_one_segment() {
    let setup = Setup::long()
        .metric_as("organic", "signups", Some("organic"))
        .metric_as("paid", "signups", Some("Paid"));
    let loaded = setup
        .load(
            "Date ; Metric ; Value ; Segment\n\
             2026-01-05;signups;3;organic\n\
             2026-01-05;signups;4;paid\n\
             2026-01-05;signups;10;\n",
        )
        .unwrap();
    assert_days(&loaded, "organic", &[((2026, 1, 5), 3.0)]);
    assert_days(&loaded, "paid", &[((2026, 1, 5), 4.0)]);
}

#[test]
fn a_totals_row_beside_segments_is_an_error() {
    let setup = Setup::long().metric_as("leads", "signups", None);
    let d = setup.error(
        "date,metric,value,segment\n\
         2026-01-05,signups,3,organic\n\
         2026-01-05,signups,4,paid\n\
         2026-01-05,signups,7,\n",
    );
    assert_eq!(d.line, Some(4));
    assert_eq!(
        d.message(),
        "metric `leads` on 2026-01-05: a row without a segment (line 4) and a row with a segment (line 2) both carry values; the row without a segment looks like a total and would be counted twice"
    );
    assert_eq!(
        d.hint().as_deref(),
        Some("set `segment = \"organic\"` on metric `leads` to read one segment, or remove the rows without a segment")
    );
    // A blank segment without a value is no conflict, nor are other dates.
    let loaded = setup
        .load(
            "date,metric,value,segment\n\
             2026-01-05,signups,3,organic\n\
             2026-01-05,signups,,\n\
             2026-01-06,signups,7,\n",
        )
        .unwrap();
    assert_days(
        &loaded,
        "leads",
        &[((2026, 1, 5), 3.0), ((2026, 1, 6), 7.0)],
    );
}

#[test]
fn missing_values_are_no_data() {
    let setup = Setup::long().metric("signups");
    let loaded = setup
        .load(
            "date,metric,value\n\
             2026-01-05,signups,\n\
             2026-01-05,signups,--\n\
             2026-01-06,signups,n/a\n\
             2026-01-06,signups,N/A\n\
             2026-01-07,signups,0\n",
        )
        .unwrap();
    assert_days(&loaded, "signups", &[((2026, 1, 7), 0.0)]);
    let found = &report(&loaded).metrics[0];
    assert_eq!((found.rows, found.missing), (1, 4));
    assert_eq!(found.first_date, Some(date(2026, 1, 7)));
}

#[test]
fn every_metric_gets_a_series() {
    let setup = Setup::long().metric("signups").metric("absent");
    let loaded = setup.load("date,metric,value\n").unwrap();
    assert!(days(&loaded, "signups").is_empty());
    assert!(days(&loaded, "absent").is_empty());
    assert_eq!(report(&loaded).data_rows, 0);
    assert!(report(&loaded)
        .notes
        .contains(&"metric `absent`: no rows named `absent` in the file".to_string()));
}

#[test]
fn rows_outside_the_cycle_are_kept() {
    let setup = Setup::long().metric("signups");
    let loaded = setup
        .load("date,metric,value\n2025-12-31,signups,1\n2026-04-01,signups,2\n")
        .unwrap();
    assert_days(
        &loaded,
        "signups",
        &[((2025, 12, 31), 1.0), ((2026, 4, 1), 2.0)],
    );
}

#[test]
fn only_wanted_metrics_are_parsed_in_long_files() {
    let setup = Setup::long().metric("signups");
    let loaded = setup
        .load("date,metric,value\n2026-01-05,signups,1\n2026-01-05,notes,see below\n")
        .unwrap();
    assert_days(&loaded, "signups", &[((2026, 1, 5), 1.0)]);
}

#[test]
fn long_file_without_its_columns() {
    let setup = Setup::long().metric("signups");
    let d = setup.error("date,name,amount\n2026-01-05,signups,1\n");
    assert_eq!(d.line, Some(1));
    assert_eq!(
        d.message(),
        "a long file needs columns `date`, `metric` and `value`; the header on line 1 has no `metric`: it has `date`, `name`, `amount`"
    );
    // `layout = "wide"` would not read it: the hint names the keys instead.
    assert_eq!(
        d.hint().as_deref(),
        Some("if the columns have other names, name them with `metric_column = \"...\"` and `value_column = \"...\"` (and `segment_column`) on source `web`")
    );
    let d = setup.error("date,signups,visits\n2026-01-05,1,2\n");
    assert_eq!(
        d.hint().as_deref(),
        Some(
            "the header has a column for each metric read: set `layout = \"wide\"` on source `web`"
        )
    );
    let loaded = setup
        .clone_with(|s| {
            s.metric_column = Some("name".into());
            s.value_column = Some("amount".into());
        })
        .load("date,name,amount\n2026-01-05,signups,1\n")
        .unwrap();
    assert_days(&loaded, "signups", &[((2026, 1, 5), 1.0)]);
    let d = setup
        .clone_with(|s| s.metric_column = Some("nme".into()))
        .error("date,name,amount\n2026-01-05,signups,1\n");
    assert_eq!(
        d.message(),
        "no column `nme` (the `metric_column` of source `web`) in the header on line 1: it has `date`, `name`, `amount`"
    );
    assert_eq!(
        d.hint().as_deref(),
        Some("did you mean `metric_column = \"name\"`?")
    );
}

#[test]
fn long_file_names_match_without_invisible_characters() {
    let loaded = Setup::long()
        .metric("signups")
        .load("date,metric,value\n2026-01-05,sign\u{ad}ups,2\n2026-01-05,\u{200b}signups,3\n")
        .unwrap();
    assert_days(&loaded, "signups", &[((2026, 1, 5), 5.0)]);
}

#[test]
fn long_files_in_other_languages_need_no_option() {
    // Swedish: `Datum;Mått;Värde;Kanal`; the channels are summed.
    let setup = Setup::long().metric_as("besok", "Besök", None);
    let loaded = setup
        .load("Datum;Mått;Värde;Kanal\n2026-01-05;Besök;10;Organiskt\n2026-01-05;Besök;5;Betalt\n2026-01-06;Besök;7;Organiskt\n")
        .unwrap();
    assert_days(
        &loaded,
        "besok",
        &[((2026, 1, 5), 15.0), ((2026, 1, 6), 7.0)],
    );
    // One channel: `segment_column` names it.
    let loaded = Setup::long()
        .metric_as("organic", "Besök", Some("Organiskt"))
        .with(|s| s.segment_column = Some("Kanal".into()))
        .load("Datum;Mått;Värde;Kanal\n2026-01-05;Besök;10;Organiskt\n2026-01-05;Besök;5;Betalt\n")
        .unwrap();
    assert_days(&loaded, "organic", &[((2026, 1, 5), 10.0)]);
}

// ---------------------------------------------------------------------------
// Wide files and sniffing

#[test]
fn wide_file_reads_columns_case_insensitively() {
    let setup = Setup::wide()
        .metric("sessions")
        .metric_as("rev", " revenue ", None);
    let loaded = setup
        .load(
            "Day,Sessions,Revenue,Channel\n\
             2026-01-05,10,1.5,web\n\
             2026-01-05,5,,app\n\
             2026-01-06,7,2.25,web\n",
        )
        .unwrap();
    assert_days(
        &loaded,
        "sessions",
        &[((2026, 1, 5), 15.0), ((2026, 1, 6), 7.0)],
    );
    assert_days(&loaded, "rev", &[((2026, 1, 5), 1.5), ((2026, 1, 6), 2.25)]);
    let r = report(&loaded);
    assert_eq!(r.date_column, "Day");
    assert_eq!(r.date_format, "%Y-%m-%d");
    let names: Vec<&str> = r.metrics.iter().map(|m| m.name.as_str()).collect();
    assert_eq!(names, ["Sessions", "Revenue"]);
    assert_eq!((r.metrics[1].rows, r.metrics[1].missing), (2, 1));
}

#[test]
fn wide_file_finds_an_unnamed_date_column_by_its_values() {
    let setup = Setup::wide().metric("visits");
    let loaded = setup
        .load("when,visits\n13/01/2026,1\n02/01/2026,2\n")
        .unwrap();
    assert_days(
        &loaded,
        "visits",
        &[((2026, 1, 2), 2.0), ((2026, 1, 13), 1.0)],
    );
    let r = report(&loaded);
    assert_eq!(
        (r.date_column.as_str(), r.date_format.as_str()),
        ("when", "%d/%m/%Y")
    );
}

#[test]
fn nordic_excel_export() {
    let setup =
        Setup::wide()
            .metric_as("visits", "Besök", None)
            .metric_as("revenue", "Intäkter", None);
    let text = "\u{feff}Datum;Besök;Intäkter\r\n\
                05.01.2026;1\u{a0}234;1 234,50 kr\r\n\
                06.01.2026;987;99,5\r\n\
                Totalt;2\u{a0}221;1 334,00 kr\r\n";
    let loaded = setup.load(text).unwrap();
    assert_days(
        &loaded,
        "visits",
        &[((2026, 1, 5), 1234.0), ((2026, 1, 6), 987.0)],
    );
    assert_days(
        &loaded,
        "revenue",
        &[((2026, 1, 5), 1234.5), ((2026, 1, 6), 99.5)],
    );
    let r = report(&loaded);
    assert_eq!(r.encoding, "UTF-8 with BOM");
    assert_eq!((r.delimiter.as_str(), r.decimal.as_str()), (";", ","));
    assert_eq!(r.date_format, "%d.%m.%Y");
    assert_eq!(r.skipped_totals, vec![4]);
}

#[test]
fn windows_1252_is_read_and_said() {
    let setup = Setup::wide().metric_as("visits", "Besök", None);
    let (bytes, _, _) =
        encoding_rs::WINDOWS_1252.encode("Datum;Besök\r\n05.01.2026;1\u{a0}234,5\r\n");
    let loaded = setup.load_bytes(&bytes).unwrap();
    assert_days(&loaded, "visits", &[((2026, 1, 5), 1234.5)]);
    let r = report(&loaded);
    assert_eq!(r.encoding, "Windows-1252");
    assert!(
        r.notes[0].starts_with("read as Windows-1252"),
        "{:?}",
        r.notes
    );
}

#[test]
fn utf16_with_bom_is_read() {
    let setup = Setup::wide().metric("clicks");
    for big_endian in [false, true] {
        let mut bytes = if big_endian {
            vec![0xFE, 0xFF]
        } else {
            vec![0xFF, 0xFE]
        };
        for unit in "Day\tClicks\r\n2026-01-05\t\"9,380\"\r\n2026-01-06\t1.5\r\n".encode_utf16() {
            bytes.extend(if big_endian {
                unit.to_be_bytes()
            } else {
                unit.to_le_bytes()
            });
        }
        let loaded = setup.load_bytes(&bytes).unwrap();
        assert_days(
            &loaded,
            "clicks",
            &[((2026, 1, 5), 9380.0), ((2026, 1, 6), 1.5)],
        );
        assert_eq!(report(&loaded).delimiter, "tab");
    }
}

#[test]
fn decimal_mark_comes_from_all_numbers() {
    let setup = Setup::wide().metric("a").metric("b");
    let loaded = setup
        .load("date;a;b\n2026-01-05;1,5;3\n2026-01-06;2,25;4\n")
        .unwrap();
    assert_days(&loaded, "a", &[((2026, 1, 5), 1.5), ((2026, 1, 6), 2.25)]);
    assert_eq!(report(&loaded).decimal, ",");
    let loaded = setup.load("date,a,b\n2026-01-05,\"9,380\",1.38\n").unwrap();
    assert_days(&loaded, "a", &[((2026, 1, 5), 9380.0)]);
    // Every comma-number has three digits after the comma: ambiguous.
    let d = setup.error("date;a;b\n2026-01-05;9,380;1\n2026-01-06;2,800;2\n");
    assert_eq!(d.line, Some(2));
    assert_eq!(
        d.message(),
        "cannot tell the decimal mark: \"9,380\" may be a thousands separator or a decimal comma, and no number in the file settles it"
    );
    assert_eq!(
        d.hint().as_deref(),
        Some("set `decimal = \".\"` or `decimal = \",\"` on source `web`; the other mark is then read as a thousands separator")
    );
    let setup = setup.with(|s| s.decimal = Some(','));
    let loaded = setup.load("date;a;b\n2026-01-05;9,380;1\n").unwrap();
    assert_days(&loaded, "a", &[((2026, 1, 5), 9.38)]);
}

#[test]
fn both_decimal_marks_are_an_error() {
    let setup = Setup::wide().metric("a");
    let d = setup.error("date;a\n2026-01-05;1,5\n2026-01-06;1.38\n");
    assert_eq!(d.line, Some(3));
    assert_eq!(
        d.message(),
        "numbers use both decimal marks: \"1,5\" (line 2) reads with a decimal comma, \"1.38\" (line 3) with a decimal point"
    );
    assert_eq!(
        d.hint().as_deref(),
        Some("no `decimal` setting reads both: a file's numbers use one decimal mark; export the data again in one notation, or correct the cells")
    );
}

#[test]
fn date_order_is_sniffed_from_the_whole_file() {
    let setup = Setup::wide().metric("a");
    let loaded = setup
        .load("date,a\n1/2/2026,1\n1/3/2026,2\n12/31/2025,3\n")
        .unwrap();
    assert_days(
        &loaded,
        "a",
        &[
            ((2025, 12, 31), 3.0),
            ((2026, 1, 2), 1.0),
            ((2026, 1, 3), 2.0),
        ],
    );
    assert_eq!(report(&loaded).date_format, "%m/%d/%Y");
    let d = setup.error("date,a\n01/02/2026,1\n03/02/2026,2\n");
    assert_eq!(d.line, Some(2));
    assert_eq!(
        d.message(),
        "cannot tell day from month in column `date`: \"01/02/2026\" reads either way, and no date in the file has a day above 12"
    );
    assert_eq!(
        d.hint().as_deref(),
        Some("set `date_format = \"%d/%m/%Y\"` (day first) or `date_format = \"%m/%d/%Y\"` (month first) on source `web`")
    );
    let setup = setup.with(|s| s.date_format = Some("%d/%m/%Y".into()));
    let loaded = setup.load("date,a\n01/02/2026,1\n").unwrap();
    assert_days(&loaded, "a", &[((2026, 2, 1), 1.0)]);
    assert_eq!(report(&loaded).date_format, "%d/%m/%Y");
}

#[test]
fn dates_in_every_format() {
    let setup = Setup::wide().metric("a");
    for (cell, want) in [
        ("2026-01-05", (2026, 1, 5)),
        ("20260105", (2026, 1, 5)),
        ("05.01.2026", (2026, 1, 5)),
        ("2026-01-05T23:30:00+02:00", (2026, 1, 5)),
        ("1/5/26", (2026, 1, 5)),
    ] {
        let loaded = setup
            .load(&format!("date,a\n{cell},1\n1/13/26,1\n"))
            .unwrap();
        let got = days(&loaded, "a");
        assert!(
            got.contains(&(date(want.0, want.1, want.2), 1.0)),
            "{cell}: {got:?}"
        );
    }
}

// ---------------------------------------------------------------------------
// Errors

#[test]
fn invalid_number_names_the_line_column_and_option() {
    let setup = Setup::long().metric("signups");
    let d = setup.error("date,metric,value\n2026-01-05,signups,1.5\n2026-01-06,signups,12,5x\n");
    // `12,5x` splits into two fields: the header has 3.
    assert_eq!(d.line, Some(3));
    assert!(
        d.message().starts_with("this row has 4 fields"),
        "{}",
        d.message()
    );

    let d = setup.error("date;metric;value\n2026-01-05;signups;1,5\n2026-01-06;signups;12,5x\n");
    assert_eq!((d.line, d.column), (Some(3), Some(20)));
    assert_eq!(d.message(), "column `value`: invalid number \"12,5x\"");
    assert_eq!(d.snippet.as_deref(), Some("2026-01-06;signups;12,5x"));
    assert_eq!(
        d.hint().as_deref(),
        Some("expected a number (decimal mark `,`, sniffed; thousands separators, `%` and currency signs are read); \"12,5x\" is not a number with either decimal mark; a missing value is an empty cell, `--` or `n/a`")
    );
    let d2 = Setup::long()
        .metric("signups")
        .with(|s| s.decimal = Some('.'))
        .error("date,metric,value\n2026-01-05,signups,\"1,5\"\n");
    assert_eq!(
        d2.hint().as_deref(),
        Some("expected a number with `.` as the decimal mark (set); it reads with `,`: set `decimal = \",\"` on source `web` if the file uses `,`")
    );
    let shown = d.to_string();
    assert!(
        shown.contains("web.csv:3:20: column `value`: invalid number \"12,5x\""),
        "{shown}"
    );
}

#[test]
fn lines_after_quoted_line_breaks_are_counted() {
    // A record's first physical line: the rows before hold one and two
    // line breaks in quoted cells (one of them a blank line), and a blank
    // line between them is skipped.
    let setup = Setup::long().metric("signups");
    let d = setup.error(
        "date,metric,value,segment\n\
         2026-01-05,signups,1,\"a\nb\"\n\
         \n\
         2026-01-06,signups,2,\"c\n\nd\"\n\
         2026-01-07,signups,x,\"e\"\n",
    );
    assert_eq!((d.line, d.column), (Some(8), Some(20)), "{d}");
    let d = setup.error(
        "date,metric,value,segment\n\
         2026-01-05,signups,1,\"a\nb\"\n\
         2026-01-06,signups,\"x\ny\",c\n",
    );
    assert_eq!(d.line, Some(4), "{d}");
}

#[test]
fn not_finite_numbers_are_errors() {
    let setup = Setup::wide().metric("a");
    for cell in ["inf", "-inf", "Infinity", "INF"] {
        let d = setup.error(&format!("date,a\n2026-01-05,1\n2026-01-06,{cell}\n"));
        assert_eq!(d.line, Some(3), "{cell}");
        assert_eq!(
            d.message(),
            format!("column `a`: \"{cell}\" is not a finite number")
        );
    }
}

#[test]
fn nan_and_spreadsheet_errors_are_no_data() {
    let setup = Setup::wide().metric("a");
    let loaded = setup
        .load("date,a\n2026-01-05,1\n2026-01-06,NaN\n2026-01-07,#DIV/0!\n2026-01-08,#N/A\n2026-01-09,#VALUE!\n2026-01-10,#REF!\n2026-01-11,NAN\n")
        .unwrap();
    assert_days(&loaded, "a", &[((2026, 1, 5), 1.0)]);
    let r = report(&loaded);
    assert_eq!(r.read[0].missing, 6);
    assert!(
        r.notes
            .iter()
            .any(|n| n == "6 cells read as no data: NaN or a spreadsheet error (the first: \"NaN\" on line 3)"),
        "{:?}",
        r.notes
    );
}

#[test]
fn a_column_no_metric_reads_never_refuses_the_file() {
    // `b` has decimal commas, `a` (read) decimal points.
    let loaded = Setup::wide()
        .metric("a")
        .load("date,a,b\n2026-01-05,1.5,\"2,5\"\n2026-01-06,2.25,x\n")
        .unwrap();
    assert_days(&loaded, "a", &[((2026, 1, 5), 1.5), ((2026, 1, 6), 2.25)]);
    // Only integers in `a`: the other columns' conflict says nothing.
    let loaded = Setup::wide()
        .metric("a")
        .load("date,a,b,c\n2026-01-05,1,\"2,5\",1.5\n")
        .unwrap();
    assert_days(&loaded, "a", &[((2026, 1, 5), 1.0)]);
}

#[test]
fn a_cell_outside_the_cycle_never_refuses_the_file() {
    // The cycle is 2026-Q1 (`config_with`).
    let setup = Setup::wide().metric("a");
    let loaded = setup
        .load("date,a\n2025-12-30,oops\n2025-12-31,2\n2026-01-05,1\n")
        .unwrap();
    assert_days(&loaded, "a", &[((2025, 12, 31), 2.0), ((2026, 1, 5), 1.0)]);
    assert!(report(&loaded).notes.iter().any(|n| n
        == "1 cell outside the cycle did not read as numbers and is not counted (the first: \"oops\" on line 2)"));
    let d = setup.error("date,a\n2026-01-05,oops\n");
    assert_eq!(d.line, Some(2));
    // A totals row beside segments outside the cycle is not counted either.
    let loaded = Setup::long()
        .metric("s")
        .load("date,metric,value,segment\n2025-12-31,s,3,\n2025-12-31,s,1,paid\n2026-01-05,s,1,paid\n")
        .unwrap();
    assert_eq!(days(&loaded, "s").last(), Some(&(date(2026, 1, 5), 1.0)));
}

#[test]
fn hints_name_an_option_only_when_it_reads() {
    // Another column of the row holds a date: `date_column`.
    let d = Setup::wide()
        .metric("a")
        .error("Date,Day,a\nweek 1,2026-01-05,1\n");
    assert_eq!(d.message(), "column `Date`: invalid date \"week 1\"");
    assert_eq!(
        d.hint().as_deref(),
        Some("dates read as %Y-%m-%d (sniffed) from column `Date`; column `Day` of this row holds a date: set `date_column = \"Day\"` on source `web` if that is the date column")
    );
    // No column does: what was seen.
    let d = Setup::wide()
        .metric("a")
        .error("Date,a\n2026-01-05,1\nsee notes,2\n");
    assert!(
        d.hint()
            .as_deref()
            .is_some_and(|h| h.contains("\"see notes\" is no date in any shape okr reads")),
        "{:?}",
        d.hint()
    );
    // A delimiter that splits the header.
    let d = Setup::wide()
        .metric("a")
        .with(|s| s.delimiter = Some(b','))
        .error("date;a\n2026-01-05;1\n");
    assert_eq!(
        d.hint().as_deref(),
        Some("the header reads as one column with delimiter `,` and as 2 with `;`: set `delimiter = \";\"` on source `web`")
    );
    // A short row that no delimiter mends.
    let d = Setup::wide()
        .metric("a")
        .error("date,a,b\n2026-01-05,1,2\n2026-01-06,1\n");
    assert_eq!(
        d.hint().as_deref(),
        Some("every row needs a field per column (read with delimiter `,`, which the header uses; no other delimiter fits this row better): fill in the missing fields, or close a quoted cell")
    );
}

#[test]
fn invalid_date_is_located() {
    let setup = Setup::wide().metric("a");
    let d = setup.error("date,a\n2026-01-05,1\n2026-02-30,2\n");
    assert_eq!((d.line, d.column), (Some(3), Some(1)));
    assert_eq!(d.message(), "column `date`: invalid date \"2026-02-30\"");
    assert!(d
        .hint()
        .as_deref()
        .unwrap()
        .starts_with("dates read as %Y-%m-%d (sniffed)"));
}

#[test]
fn missing_file_directory_and_empty_file() {
    let setup = Setup::long().metric("signups");
    let path = setup.path();
    let d = load(&setup.config()).unwrap_err();
    assert_eq!(
        d.message(),
        format!(
            "cannot read {}: No such file or directory (source `web`)",
            path.display()
        )
    );
    assert!(d
        .hint()
        .as_deref()
        .unwrap()
        .contains("`path` of source `web`"));

    std::fs::create_dir(&path).unwrap();
    let d = load(&setup.config()).unwrap_err();
    assert!(
        d.message()
            .ends_with("it is a directory, not a file (source `web`)"),
        "{d}"
    );
    std::fs::remove_dir(&path).unwrap();

    let d = setup.error("");
    assert_eq!(
        d.message(),
        format!(
            "{} is empty (source `web`): expected a header line and rows",
            path.display()
        )
    );
    let d = setup.error("# only a comment\n");
    assert!(d.message().starts_with("no header line"), "{d}");
}

#[test]
fn binary_garbage_is_not_a_text_file() {
    let setup = Setup::long().metric("signups");
    let d = setup.load_bytes(b"PK\x03\x04\x00\x00binary").unwrap_err();
    assert_eq!(
        d.message(),
        "not a text file: found a NUL byte at offset 4 (source `web`)"
    );
}

#[test]
fn ragged_rows() {
    let setup = Setup::wide().metric("a");
    let d = setup.error("date,a,b\n2026-01-05,1,2\n2026-01-06,1\n");
    assert_eq!(d.line, Some(3));
    assert_eq!(
        d.message(),
        "this row has 2 fields, the header on line 1 has 3"
    );
    // Extra fields are fine when empty (an Excel re-save), an error otherwise.
    let loaded = setup.load("date,a,b\n2026-01-05,1,2,,\n").unwrap();
    assert_days(&loaded, "a", &[((2026, 1, 5), 1.0)]);
    let d = setup.error("date,a,b\n2026-01-05,1,2,x\n");
    assert_eq!((d.line, d.column), (Some(2), Some(16)));
    assert_eq!(
        d.message(),
        "this row has 4 fields, the header on line 1 has 3: field 4 is \"x\""
    );
}

#[test]
fn no_date_column_lists_the_columns() {
    let setup = Setup::wide().metric("a");
    let d = setup.error("name,a\nfoo,1\n");
    assert_eq!(d.line, Some(1));
    assert_eq!(
        d.message(),
        "no date column: the header on line 1 has `name`, `a`, and no column holds dates; okr reads values per day, not one row per campaign or page for the whole period"
    );
    assert_eq!(
        d.hint().as_deref(),
        Some("export the report again with a date or day column (broken down or segmented by day); if a column does hold dates, name it with `date_column = \"...\"` on source `web`")
    );
}

#[test]
fn title_lines_are_found_or_suggest_skip_rows() {
    let setup = Setup::wide().metric("clicks");
    let text = "Campaign report\nJanuary 1, 2026 - January 31, 2026\nDay,Clicks\n2026-01-05,3\n";
    let loaded = setup.load(text).unwrap();
    assert_days(&loaded, "clicks", &[((2026, 1, 5), 3.0)]);
    let r = report(&loaded);
    assert_eq!((r.preamble_lines, r.title_lines, r.header_line), (2, 2, 3));
    assert_eq!(
        r.notes[0],
        "the header is on line 3: the lines before it are titles (set `skip_rows = 2` to say so)"
    );
    // A quoted date range, as Google Ads writes it, is one cell.
    let quoted =
        "Campaign report\n\"January 1, 2026 - January 31, 2026\"\nDay,Clicks\n2026-01-05,3\n";
    assert_eq!(report(&setup.load(quoted).unwrap()).header_line, 3);

    // Without rows under it the header cannot be told from a title.
    let d = setup.error("Campaign report\nJanuary 1, 2026 - January 31, 2026\nDay,Clicks\n");
    assert_eq!(
        d.hint().as_deref(),
        Some("the header seems to be on line 3: set `skip_rows = 2` on source `web`")
    );
    let setup = setup.with(|s| s.skip_rows = 2);
    let loaded = setup.load(text).unwrap();
    assert_days(&loaded, "clicks", &[((2026, 1, 5), 3.0)]);
    assert_eq!(report(&loaded).preamble_lines, 2);
    assert_eq!(report(&loaded).header_line, 3);
}

#[test]
fn a_data_row_is_never_taken_for_the_header() {
    // Ragged first row: the header is still the first line.
    let setup = Setup::wide().metric("a");
    let d = setup.error("date,a,b\n2026-01-05,1\n2026-01-06,2,3\n2026-01-07,4,5\n");
    assert_eq!(d.line, Some(2), "{d}");
}

#[test]
fn wide_column_not_found_suggests_a_name() {
    let setup = Setup::wide().metric("sesions");
    let d = setup.error("date,Sessions\n2026-01-05,1\n");
    assert_eq!(
        d.message(),
        "no column `sesions` (metric `sesions`) in the header on line 1: it has `date`, `Sessions`"
    );
    assert_eq!(
        d.hint().as_deref(),
        Some("did you mean `Sessions`? set `column = \"Sessions\"` on metric `sesions`")
    );
}

#[test]
#[cfg(not(feature = "postgres"))]
fn other_source_kinds_are_refused() {
    let mut source = Setup::long().source;
    source.kind = SourceKind::Postgres {
        url_env: "X".into(),
        query: "select 1".into(),
        timeout_seconds: 30,
    };
    let config = config_with(source, &[]);
    let d = load(&config).unwrap_err();
    assert_eq!(
        d.message(),
        "source `web`: this build of okr reads no postgres sources (built without the `postgres` feature)"
    );
}

// ---------------------------------------------------------------------------
// Export extras

#[test]
fn preamble_comments_sep_line_and_totals() {
    let setup = Setup::wide().metric("a");
    let loaded = setup
        .load(
            "sep=;\n# Report;;\n#;;\n\ndate;a\n2026-01-05;1\nTotal;1\nGrand total;1\n;1\nTotal: all;1\n",
        )
        .unwrap();
    assert_days(&loaded, "a", &[((2026, 1, 5), 1.0)]);
    let r = report(&loaded);
    assert_eq!((r.preamble_lines, r.header_line), (4, 5));
    assert_eq!(r.skipped_totals, vec![7, 8, 9, 10]);
    assert!(
        r.notes
            .contains(&"skipped 4 totals rows (lines 7, 8, 9, 10)".to_string()),
        "{:?}",
        r.notes
    );
}

#[test]
fn percent_and_currency_values() {
    let setup = Setup::wide().metric("ctr").metric("cost");
    let loaded = setup
        .load("date,ctr,cost\n2026-01-05,3.2%,\"$1,234.50\"\n")
        .unwrap();
    assert_days(&loaded, "ctr", &[((2026, 1, 5), 0.032)]);
    assert_days(&loaded, "cost", &[((2026, 1, 5), 1234.5)]);
}

#[test]
fn day_count_exports_use_the_start_date() {
    let setup = Setup::wide().metric("sessions");
    let text =
        "# Start date: 20260101\n# End date: 20260131\nNth day,Sessions\n0000,5\n0001,6\n0031,7\n";
    let loaded = setup.load(text).unwrap();
    assert_days(
        &loaded,
        "sessions",
        &[
            ((2026, 1, 1), 5.0),
            ((2026, 1, 2), 6.0),
            ((2026, 2, 1), 7.0),
        ],
    );
    assert_eq!(report(&loaded).date_format, "day count from 2026-01-01");
    let d = setup.error("Nth day,Sessions\n0000,5\n");
    assert_eq!(
        d.message(),
        "column `Nth day` counts days (0000, 0001, ...) from a start date, but no `# Start date: YYYYMMDD` line (in any language: `# ...: YYYYMMDD`) precedes the header"
    );
}

#[test]
fn day_counts_in_any_ui_language() {
    // GA4 in Spanish: `Día N` and `# Fecha de inicio:`.
    let setup = Setup::wide().metric_as("users", "Usuarios activos", None);
    let loaded = setup
        .load("# ----------------------------------------\n# Informe\n# ----------------------------------------\n# Fecha de inicio: 20260101\n# Fecha de finalización: 20260131\nDía N,Usuarios activos\n0000,12\n0001,15\n0030,9\n")
        .unwrap();
    assert_days(
        &loaded,
        "users",
        &[
            ((2026, 1, 1), 12.0),
            ((2026, 1, 2), 15.0),
            ((2026, 1, 31), 9.0),
        ],
    );
    assert_eq!(report(&loaded).date_format, "day count from 2026-01-01");
}

#[test]
fn dates_with_month_names_are_summed_per_day() {
    // One row per transaction, with a time of day, as payment and shop
    // exports write them.
    let setup = Setup::wide().metric_as("revenue", "Amount", None);
    let loaded = setup
        .load("Date,Description,Amount\n\"Jun 01, 2023 09:46 pm\",Order 1,US$12.50\n\"Jun 01, 2023 11:02 am\",Order 2,US$7.50\n\"Jun 02, 2023 08:00 am\",Order 3,\"US$1,000.00\"\n")
        .unwrap();
    assert_days(
        &loaded,
        "revenue",
        &[((2023, 6, 1), 20.0), ((2023, 6, 2), 1000.0)],
    );
    assert_eq!(
        report(&loaded).date_format,
        "month names, as \"Jun 01, 2023 09:46 pm\""
    );
    let setup = Setup::wide().metric_as("views", "Visningar", None);
    let loaded = setup
        .load("Datum;Visningar\n5 feb. 2026;10\n6 feb. 2026;11\n")
        .unwrap();
    assert_days(
        &loaded,
        "views",
        &[((2026, 2, 5), 10.0), ((2026, 2, 6), 11.0)],
    );
}

#[test]
fn a_date_without_a_year_says_so() {
    let setup = Setup::wide().metric_as("views", "Views", None);
    let d = setup.error("Date,Views\nFeb 5,10\nFeb 6,11\n");
    assert_eq!(d.line, Some(2));
    assert_eq!(
        d.message(),
        "column `Date`: \"Feb 5\" has no year: okr cannot tell which year it is in"
    );
    let d = setup.error("When,Views\nFeb 5,10\nFeb 6,11\n");
    assert_eq!(
        d.message(),
        "column `When` holds dates without a year (\"Feb 5\" on line 2): okr cannot tell which year they are in"
    );
}

#[test]
fn old_mac_line_ends_are_read() {
    let setup = Setup::long().metric("signups");
    let loaded = setup
        .load("date,metric,value\r2026-01-05,signups,3\r2026-01-06,signups,4\r")
        .unwrap();
    assert_days(
        &loaded,
        "signups",
        &[((2026, 1, 5), 3.0), ((2026, 1, 6), 4.0)],
    );
    let d = setup.error("date,metric,value\r2026-01-05,signups,3\r2026-01-06,signups,x\r");
    assert_eq!(d.line, Some(3));
}

#[test]
fn meta_ads_in_swedish_are_dated_and_checked_too() {
    let setup = Setup::wide().metric_as("spend", "Spenderat belopp (SEK)", None);
    let loaded = setup
        .load("Kampanjnamn,Rapporteringen börjar,Rapporteringen slutar,Spenderat belopp (SEK)\nA,2026-01-05,2026-01-05,10\n")
        .unwrap();
    assert_days(&loaded, "spend", &[((2026, 1, 5), 10.0)]);
    assert_eq!(report(&loaded).date_column, "Rapporteringen börjar");
    let d = setup.error("Kampanjnamn,Rapporteringen börjar,Rapporteringen slutar,Spenderat belopp (SEK)\nA,2026-01-01,2026-01-31,10\n");
    assert!(
        d.message()
            .starts_with("this row covers 2026-01-01 to 2026-01-31"),
        "{d}"
    );
}

#[test]
fn meta_ads_rows_must_cover_one_day() {
    let setup = Setup::wide().metric_as("spend", "Amount spent (SEK)", None);
    let ok = "Campaign name,Reporting starts,Reporting ends,Amount spent (SEK)\n\
              Spring,2026-01-05,2026-01-05,100.5\n\
              Summer,2026-01-05,2026-01-05,20\n\
              No data available.,,,\n";
    let loaded = setup.load(ok).unwrap();
    assert_days(&loaded, "spend", &[((2026, 1, 5), 120.5)]);
    let d = setup.error(
        "Campaign name,Reporting starts,Reporting ends,Amount spent (SEK)\n\
         Spring,2026-01-01,2026-01-31,100.5\n",
    );
    assert_eq!(d.line, Some(2));
    assert_eq!(
        d.message(),
        "this row covers 2026-01-01 to 2026-01-31 (`Reporting starts` to `Reporting ends`): okr needs one row per day"
    );
    assert!(d.hint().as_deref().unwrap().contains("broken down by day"));
}

#[test]
fn comment_lines_after_the_header_keep_line_numbers() {
    let setup = Setup::wide().metric("a");
    let d = setup.error("date,a\n# note\n\n2026-01-05,x\n");
    assert_eq!(d.line, Some(4));
}
// ---------------------------------------------------------------------------
// Realistic exports

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/csv")
        .join(name)
}

fn load_fixture(
    name: &str,
    layout: Layout,
    metrics: &[(&str, &str, Option<&str>)],
    options: impl FnOnce(&mut Source),
) -> Loaded {
    let mut setup = Setup::new(layout);
    setup.source.kind = SourceKind::Csv {
        path: fixture(name),
    };
    options(&mut setup.source);
    for (m, c, s) in metrics {
        setup = setup.metric_as(m, c, *s);
    }
    load(&setup.config()).unwrap_or_else(|d| panic!("{name}: {d}"))
}

fn found<'a>(loaded: &'a Loaded, name: &str) -> &'a FoundMetric {
    report(loaded)
        .metrics
        .iter()
        .find(|m| m.name == name)
        .unwrap_or_else(|| panic!("{name} not in {:?}", report(loaded).metrics))
}

#[test]
fn fixture_nordic_excel_export() {
    let loaded = load_fixture(
        "nordic_excel.csv",
        Layout::Wide,
        &[
            ("visits", "Besök", None),
            ("revenue", "Intäkter", None),
            ("conversion", "Konvertering", None),
        ],
        |_| {},
    );
    assert_days(
        &loaded,
        "revenue",
        &[
            ((2026, 1, 1), 12450.0),
            ((2026, 1, 2), 14020.5),
            ((2026, 1, 4), 9870.25),
            ((2026, 1, 5), 16899.75),
            ((2026, 1, 13), 21300.0),
        ],
    );
    assert_eq!(days(&loaded, "visits")[2], (date(2026, 1, 3), 1102.0));
    assert!((days(&loaded, "conversion")[0].1 - 0.0257).abs() < 1e-12);
    let r = report(&loaded);
    assert_eq!(r.encoding, "UTF-8 with BOM");
    assert_eq!((r.delimiter.as_str(), r.decimal.as_str()), (";", ","));
    assert_eq!(
        (r.date_column.as_str(), r.date_format.as_str()),
        ("Datum", "%d.%m.%Y")
    );
    assert_eq!((r.data_rows, r.skipped_totals.clone()), (6, vec![8]));
    assert_eq!(
        r.columns,
        ["Datum", "Besök", "Ordrar", "Intäkter", "Konvertering"]
    );
    let revenue = found(&loaded, "Intäkter");
    assert_eq!((revenue.rows, revenue.missing), (5, 1));
    assert_eq!(found(&loaded, "Konvertering").missing, 1);
    assert_eq!(found(&loaded, "Ordrar").rows, 5);
}

#[test]
fn fixture_ga4_export_with_preamble() {
    let loaded = load_fixture(
        "ga4_traffic.csv",
        Layout::Wide,
        &[
            ("sessions", "Sessions", None),
            ("revenue", "Total revenue", None),
        ],
        |_| {},
    );
    assert_days(
        &loaded,
        "sessions",
        &[
            ((2026, 1, 1), 825.0),
            ((2026, 1, 2), 900.0),
            ((2026, 1, 3), 613.0),
        ],
    );
    assert!((days(&loaded, "revenue")[0].1 - 3504.85).abs() < 1e-9);
    let r = report(&loaded);
    assert_eq!((r.preamble_lines, r.header_line), (8, 9));
    assert_eq!(r.date_format, "%Y%m%d");
    assert_eq!(r.skipped_totals, vec![10]);
    let names: Vec<&str> = r.metrics.iter().map(|m| m.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "Sessions",
            "Engaged sessions",
            "Engagement rate",
            "Key events",
            "Total revenue"
        ]
    );
}

#[test]
fn fixture_ga4_day_count_export() {
    let loaded = load_fixture(
        "ga4_nth_day.csv",
        Layout::Wide,
        &[("users", "Active users", None)],
        |_| {},
    );
    assert_days(
        &loaded,
        "users",
        &[
            ((2026, 1, 1), 1204.0),
            ((2026, 1, 2), 1311.0),
            ((2026, 1, 3), 1150.0),
            ((2026, 1, 31), 1502.0),
        ],
    );
    assert_eq!(report(&loaded).date_format, "day count from 2026-01-01");
}

#[test]
fn fixture_google_ads_unicode_text_export() {
    let metrics = [
        ("impressions", "Impr.", None),
        ("cost", "Cost", None),
        ("conversions", "Conversions", None),
        ("ctr", "CTR", None),
    ];
    // The title lines are found without `skip_rows`, and skipped with it.
    let found_header = load_fixture("google_ads_utf16.csv", Layout::Wide, &metrics, |_| {});
    let loaded = load_fixture("google_ads_utf16.csv", Layout::Wide, &metrics, |s| {
        s.skip_rows = 2
    });
    assert_eq!(found_header.store, loaded.store);
    assert_eq!(report(&found_header).title_lines, 2);
    assert_days(
        &loaded,
        "impressions",
        &[
            ((2026, 1, 5), 21431.0),
            ((2026, 1, 6), 20682.0),
            ((2026, 1, 7), 9114.0),
        ],
    );
    assert_days(
        &loaded,
        "conversions",
        &[
            ((2026, 1, 5), 18.0),
            ((2026, 1, 6), 17.0),
            ((2026, 1, 7), 17.0),
        ],
    );
    assert!((days(&loaded, "ctr")[0].1 - 0.0549).abs() < 1e-12);
    let r = report(&loaded);
    assert_eq!(r.encoding, "UTF-16LE");
    assert_eq!((r.delimiter.as_str(), r.decimal.as_str()), ("tab", "."));
    assert_eq!((r.preamble_lines, r.header_line), (2, 3));
    assert_eq!(r.skipped_totals, vec![10, 11]);
    assert_eq!(found(&loaded, "Conversions").missing, 2);
}

#[test]
fn fixture_meta_ads_export() {
    let metrics = [
        ("purchases", "Results", None),
        ("spend", "Amount spent (SEK)", None),
    ];
    let loaded = load_fixture("meta_ads.csv", Layout::Wide, &metrics, |_| {});
    assert_days(
        &loaded,
        "purchases",
        &[((2026, 1, 5), 16.0), ((2026, 1, 6), 9.0)],
    );
    assert_days(
        &loaded,
        "spend",
        &[((2026, 1, 5), 650.04), ((2026, 1, 6), 589.15)],
    );
    assert_eq!(report(&loaded).date_column, "Reporting starts");

    let loaded = load_fixture("meta_ads_no_data.csv", Layout::Wide, &metrics, |_| {});
    assert!(days(&loaded, "spend").is_empty());
    assert_eq!(report(&loaded).data_rows, 0);

    let mut setup = Setup::wide().metric_as("spend", "Amount spent (SEK)", None);
    setup.source.kind = SourceKind::Csv {
        path: fixture("meta_ads_whole_month.csv"),
    };
    let d = load(&setup.config()).unwrap_err();
    assert_eq!(d.line, Some(2));
    assert!(
        d.message()
            .starts_with("this row covers 2026-01-01 to 2026-01-31"),
        "{d}"
    );
}

#[test]
fn fixture_search_console_dates_newest_first() {
    let metrics = [("clicks", "Clicks", None), ("ctr", "CTR", None)];
    let loaded = load_fixture("search_console_dates.csv", Layout::Wide, &metrics, |_| {});
    assert_days(
        &loaded,
        "ctr",
        &[
            ((2026, 1, 4), 0.0145),
            ((2026, 1, 5), 0.015),
            ((2026, 1, 6), 0.0191),
            ((2026, 1, 7), 0.0173),
        ],
    );
    let r = report(&loaded);
    assert_eq!(r.first_date, Some(date(2026, 1, 4)));
    assert_eq!(r.last_date, Some(date(2026, 1, 7)));
    assert_eq!(r.decimal, ".");
}

#[test]
fn fixture_long_file_with_segments() {
    let metrics = [
        ("signups", "signups", None),
        ("organic", "signups", Some("organic")),
        ("mqls", "mqls", None),
    ];
    let loaded = load_fixture("long_segments.csv", Layout::Long, &metrics, |_| {});
    assert_days(
        &loaded,
        "signups",
        &[((2026, 1, 5), 17.0), ((2026, 1, 6), 14.0)],
    );
    assert_days(
        &loaded,
        "organic",
        &[((2026, 1, 5), 12.0), ((2026, 1, 6), 14.0)],
    );
    assert_days(&loaded, "mqls", &[((2026, 1, 5), 3.5), ((2026, 1, 6), 4.0)]);
    let r = report(&loaded);
    assert_eq!((r.delimiter.as_str(), r.decimal.as_str()), (";", ","));
    assert_eq!(found(&loaded, "signups").missing, 1);
}

/// Throughput on a large long file: `cargo test --release -- --ignored bench_ --nocapture`.
#[test]
#[ignore]
fn bench_long_file() {
    use std::io::Write;
    let setup = Setup::long().metric("signups").metric("visits");
    let mut out = std::io::BufWriter::new(std::fs::File::create(setup.path()).unwrap());
    writeln!(out, "date,metric,value,segment").unwrap();
    let names = ["signups", "visits", "orders", "sessions", "revenue"];
    let segments = ["organic", "paid", "direct", "email"];
    let start = date(2020, 1, 1);
    let mut rows = 0;
    for day in 0..2000 {
        let d = start + chrono::Duration::days(day);
        for name in names {
            for seg in segments {
                for k in 0..25 {
                    writeln!(out, "{d},{name},{}.{k},{seg}", day % 97 + k).unwrap();
                    rows += 1;
                }
            }
        }
    }
    drop(out);
    let bytes = std::fs::metadata(setup.path()).unwrap().len();
    let t = std::time::Instant::now();
    let loaded = load(&setup.config()).unwrap();
    let secs = t.elapsed().as_secs_f64();
    assert_eq!(report(&loaded).data_rows, rows);
    println!(
        "{rows} rows, {:.1} MB in {secs:.2}s: {:.0} MB/s, {:.1} M rows/s (two passes)",
        bytes as f64 / 1e6,
        bytes as f64 / 1e6 / secs,
        rows as f64 / 1e6 / secs
    );
}

#[test]
#[ignore]
fn bench_wide_file() {
    use std::io::Write;
    let setup = Setup::wide().metric("a").metric("b").metric("c");
    let mut out = std::io::BufWriter::new(std::fs::File::create(setup.path()).unwrap());
    writeln!(out, "Datum;a;b;c;d;e").unwrap();
    let start = date(2020, 1, 1);
    let mut rows = 0;
    for day in 0..2000 {
        let d = start + chrono::Duration::days(day);
        for k in 0..500 {
            writeln!(
                out,
                "{};1 234,{k};{k},5;\"{k}\";x;{k} kr",
                d.format("%d.%m.%Y")
            )
            .unwrap();
            rows += 1;
        }
    }
    drop(out);
    let bytes = std::fs::metadata(setup.path()).unwrap().len();
    let t = std::time::Instant::now();
    let loaded = load(&setup.config()).unwrap();
    let secs = t.elapsed().as_secs_f64();
    assert_eq!(report(&loaded).data_rows, rows);
    println!(
        "{rows} rows, {:.1} MB in {secs:.2}s: {:.0} MB/s, {:.1} M rows/s (two passes)",
        bytes as f64 / 1e6,
        bytes as f64 / 1e6 / secs,
        rows as f64 / 1e6 / secs
    );
}

#[test]
fn header_only_files_have_no_rows() {
    for (setup, text) in [
        (Setup::long().metric("signups"), "date,metric,value\r\n"),
        (Setup::wide().metric("visits"), "when;visits\n"),
        (Setup::wide().metric("visits"), "Day,Visits"),
    ] {
        let loaded = setup.load(text).unwrap();
        assert!(days(&loaded, setup.metrics[0].0.as_str()).is_empty());
        assert_eq!(report(&loaded).data_rows, 0, "{text:?}");
    }
}

#[test]
fn utf16_without_bom_is_recognised() {
    let setup = Setup::wide().metric("clicks");
    let bytes: Vec<u8> = "Day\tClicks\n2026-01-05\t3\n"
        .encode_utf16()
        .flat_map(u16::to_le_bytes)
        .collect();
    let loaded = setup.load_bytes(&bytes).unwrap();
    assert_days(&loaded, "clicks", &[((2026, 1, 5), 3.0)]);
    assert_eq!(report(&loaded).encoding, "UTF-16LE");
    assert!(report(&loaded).notes[0].contains("no byte order mark"));
}

#[test]
fn a_last_line_without_newline_is_read_and_located() {
    let setup = Setup::wide().metric("a");
    let loaded = setup
        .load("date,a\r\n2026-01-05,1\r\n2026-01-06,2")
        .unwrap();
    assert_days(&loaded, "a", &[((2026, 1, 5), 1.0), ((2026, 1, 6), 2.0)]);
    let d = setup.error("date,a\n\n2026-01-05,1\n\n\n2026-01-06,x");
    assert_eq!((d.line, d.column), (Some(6), Some(12)));
}

#[test]
fn quoted_fields_spanning_lines_keep_line_numbers() {
    let setup = Setup::wide().metric("a");
    let d = setup.error("date,note,a\n2026-01-05,\"two\nlines\",1\n2026-01-06,x,bad\n");
    assert_eq!(d.line, Some(4));
    assert_eq!(d.message(), "column `a`: invalid number \"bad\"");
}

/// Every error message, pinned: (layout, file text, source option, line, message).
#[test]
fn error_messages() {
    type Tweak = fn(&mut Source);
    let none: Tweak = |_| {};
    let cases: &[(Layout, &str, Tweak, Option<usize>, &str)] = &[
        (
            Layout::Wide,
            "date,a\n2026-01-05,1\n",
            |s| s.date_column = Some("Day".into()),
            Some(1),
            "no column `Day` (the `date_column` of source `web`) in the header on line 1: it has `date`, `a`",
        ),
        (
            Layout::Wide,
            "date,a,a\n2026-01-05,1,2\n",
            none,
            Some(1),
            "column `a` (metric `a`) appears twice in the header on line 1: fields 2 and 3",
        ),
        (
            Layout::Wide,
            "date,a\n13/01/2026,1\n01/13/2026,2\n",
            none,
            Some(3),
            "dates in column `date` disagree: \"13/01/2026\" (line 2) is day-first, \"01/13/2026\" (line 3) is month-first",
        ),
        (
            Layout::Wide,
            "date,a\n05.01.2026,1\n",
            |s| s.date_format = Some("%Y-%m-%d".into()),
            Some(2),
            "column `date`: invalid date \"05.01.2026\"",
        ),
        (
            Layout::Wide,
            "date;a\n2026-01-05;1,5\n",
            |s| s.decimal = Some('.'),
            Some(2),
            "column `a`: invalid number \"1,5\"",
        ),
        (
            Layout::Wide,
            "date;a\n2026-01-05;12.500\n",
            none,
            Some(2),
            "cannot tell the decimal mark: \"12.500\" may be a thousands separator or a decimal point, and no number in the file settles it",
        ),
        (
            Layout::Long,
            "date,metric,value\n2026-01-05,a,1\n",
            |s| s.layout = Layout::Long,
            None,
            "",
        ),
    ];
    for &(layout, text, tweak, line, message) in cases {
        let setup = Setup::new(layout).metric("a").with(tweak);
        if message.is_empty() {
            setup.load(text).unwrap();
            continue;
        }
        let d = setup.error(text);
        assert_eq!(d.line, line, "{text:?}: {d}");
        assert_eq!(d.message(), message, "{text:?}");
        assert!(d.hint().is_some(), "{text:?}: no hint");
    }
}

#[test]
fn segments_need_a_long_file_with_a_segment_column() {
    let d = Setup::wide()
        .metric_as("a", "a", Some("organic"))
        .error("date,a\n2026-01-05,1\n");
    assert_eq!(
        d.message(),
        "metric `a` reads segment \"organic\", but source `web` is a wide file: segments need a long file with a `segment` column"
    );
    let d = Setup::long()
        .metric_as("a", "a", Some("organic"))
        .error("date,metric,value\n2026-01-05,a,1\n");
    assert_eq!(
        d.message(),
        "metric `a` reads segment \"organic\", but the header on line 1 has no `segment` column: it has `date`, `metric`, `value`"
    );
}

#[test]
fn an_error_reads_well() {
    let setup = Setup::long().metric("signups");
    let d = setup.error("date,metric,value\n2026-01-05,signups,\"12,5x\"\n");
    let shown = d
        .to_string()
        .replace(&setup.path().display().to_string(), "data/web.csv");
    assert_eq!(
        shown,
        "data/web.csv:2:20: column `value`: invalid number \"12,5x\"\n   |\n 2 | 2026-01-05,signups,\"12,5x\"\n   |                    ^\n  = hint: expected a number (decimal mark `.`, sniffed; thousands separators, `%` and currency signs are read); \"12,5x\" is not a number with either decimal mark; a missing value is an empty cell, `--` or `n/a`"
    );
}

// ---------------------------------------------------------------------------
// Multi-table exports, re-saved comments, scientific notation

const SNAPSHOT: &str = "# Reports snapshot\n# Start date: 20260105\n\nNth day,Active users\n0000,10\n0001,20\n\n# ----\nNth day,New users\n0000,3\n0001,4\n\nCountry,Active users\nSweden,30\n";

#[test]
fn the_table_with_the_wanted_column_is_read() {
    let loaded = Setup::wide()
        .metric_as("users", "Active users", None)
        .load(SNAPSHOT)
        .unwrap();
    assert_days(
        &loaded,
        "users",
        &[((2026, 1, 5), 10.0), ((2026, 1, 6), 20.0)],
    );
    let r = report(&loaded);
    assert_eq!(r.table, 1);
    // Every other table of the file is listed, with its number.
    assert_eq!(
        r.other_tables
            .iter()
            .map(|t| (t.number, t.line))
            .collect::<Vec<_>>(),
        vec![(2, 9), (3, 13)]
    );

    let loaded = Setup::wide()
        .metric_as("new", "New users", None)
        .load(SNAPSHOT)
        .unwrap();
    assert_days(&loaded, "new", &[((2026, 1, 5), 3.0), ((2026, 1, 6), 4.0)]);
    let r = report(&loaded);
    assert_eq!((r.header_line, r.table), (9, 2));
    assert_eq!(
        r.other_tables
            .iter()
            .map(|t| (t.number, t.line))
            .collect::<Vec<_>>(),
        vec![(1, 4), (3, 13)]
    );
}

/// A social insights export (Meta Business Suite's shape: `sep=,`, all
/// cells quoted, one table per metric under its title, each with the
/// header `"Date","Primary"`, ISO date-times whose time moves with the
/// time zone's daylight saving).
const INSIGHTS: &str = "sep=,\n\"Facebook Page reach\"\n\"Date\",\"Primary\"\n\"2026-03-28T07:00:00\",\"120\"\n\"2026-03-29T07:00:00\",\"130\"\n\"2026-03-30T06:00:00\",\"140\"\n\n\"Facebook Page visits\"\n\"Date\",\"Primary\"\n\"2026-03-28T07:00:00\",\"12\"\n\"2026-03-29T07:00:00\",\"13\"\n\n\"Instagram reach\"\n\"Date\",\"Primary\"\n\"2026-03-28T07:00:00\",\"1200\"\n";

#[test]
fn a_table_is_chosen_by_its_title_or_number() {
    let first = Setup::wide()
        .metric_as("reach", "Primary", None)
        .load(INSIGHTS)
        .unwrap();
    assert_days(
        &first,
        "reach",
        &[
            ((2026, 3, 28), 120.0),
            ((2026, 3, 29), 130.0),
            ((2026, 3, 30), 140.0),
        ],
    );
    let r = report(&first);
    assert_eq!(
        (r.table, r.table_title.as_deref()),
        (1, Some("Facebook Page reach"))
    );
    assert_eq!(
        r.other_tables
            .iter()
            .map(|t| (t.number, t.title.as_deref(), t.line))
            .collect::<Vec<_>>(),
        vec![
            (2, Some("Facebook Page visits"), 9),
            (3, Some("Instagram reach"), 14)
        ]
    );
    let by_title = Setup::wide()
        .metric_as("ig", "Primary", None)
        .with(|s| s.table = Some(TableChoice::Title("instagram  reach".into())))
        .load(INSIGHTS)
        .unwrap();
    assert_days(&by_title, "ig", &[((2026, 3, 28), 1200.0)]);
    let by_number = Setup::wide()
        .metric_as("visits", "Primary", None)
        .with(|s| s.table = Some(TableChoice::Number(2)))
        .load(INSIGHTS)
        .unwrap();
    assert_days(
        &by_number,
        "visits",
        &[((2026, 3, 28), 12.0), ((2026, 3, 29), 13.0)],
    );
    let r = report(&by_number);
    assert_eq!((r.table, r.header_line), (2, 9));
    assert_eq!(
        r.other_tables.iter().map(|t| t.number).collect::<Vec<_>>(),
        vec![1, 3]
    );
    let d = Setup::wide()
        .metric_as("x", "Primary", None)
        .with(|s| s.table = Some(TableChoice::Title("TikTok views".into())))
        .error(INSIGHTS);
    assert_eq!(
        d.message(),
        "no table titled \"TikTok views\" in the file (the `table` of source `web`): it has 3 tables: 1 \"Facebook Page reach\" (line 3), 2 \"Facebook Page visits\" (line 9), 3 \"Instagram reach\" (line 14)"
    );
}

#[test]
fn a_comment_above_a_table_titles_it() {
    let text = "# ----\n# Active users\n# Start date: 20260105\n# ----\nNth day,Active users\n0000,1\n\n# ----\n# Active users by country\n# ----\nCountry,Active users\nSweden,30\n";
    let loaded = Setup::wide()
        .metric_as("users", "Active users", None)
        .load(text)
        .unwrap();
    let r = report(&loaded);
    assert_eq!(r.table_title.as_deref(), Some("Active users"));
    assert_eq!(
        r.other_tables[0].title.as_deref(),
        Some("Active users by country")
    );
    let d = Setup::wide()
        .metric_as("users", "Active users", None)
        .with(|s| s.table = Some(TableChoice::Title("Active users by country".into())))
        .error(text);
    // That table has no dates: it is found, and refused for what it lacks.
    assert!(d.message().starts_with("no date column"), "{d}");
}

#[test]
fn quoted_line_breaks_in_the_header_and_cells() {
    // Spreadsheets write `"Total\nSpend"`; the records are split by the
    // CSV grammar, not by lines, and line numbers stay physical.
    let setup = Setup::wide()
        .metric_as("spend", "Total Spend", None)
        .metric_as("clicks", "Clicks", None);
    let loaded = setup
        .load("Day,\"Total\nSpend\",Clicks,Note\n2026-01-05,12.5,3,\"two\nlines\"\n2026-01-06,1.5,4,x\n")
        .unwrap();
    assert_days(
        &loaded,
        "spend",
        &[((2026, 1, 5), 12.5), ((2026, 1, 6), 1.5)],
    );
    assert_days(
        &loaded,
        "clicks",
        &[((2026, 1, 5), 3.0), ((2026, 1, 6), 4.0)],
    );
    assert_eq!(report(&loaded).columns[1], "Total Spend");
    let d = setup.error(
        "Day,\"Total\nSpend\",Clicks,Note\n2026-01-05,12.5,3,\"two\nlines\"\n2026-01-06,x,4,y\n",
    );
    assert_eq!(d.line, Some(5));
}

#[test]
fn sep_lines_name_any_delimiter() {
    for (sep, d) in [
        ("sep=\t", "\t"),
        ("sep=\\t", "\t"),
        ("\"sep=;\"", ";"),
        ("sep=,", ","),
    ] {
        let text = format!("{sep}\nDate{d}Clicks\n2026-01-05{d}3\n");
        let loaded = Setup::wide()
            .metric_as("c", "Clicks", None)
            .load(&text)
            .unwrap();
        assert_days(&loaded, "c", &[((2026, 1, 5), 3.0)]);
    }
}

#[test]
fn invisible_characters_are_ignored_in_names_and_shown_in_messages() {
    let setup = Setup::wide().metric_as("imp", "Impressions", None);
    let loaded = setup
        .load("\u{feff}Date,Impres\u{ad}sions\u{200b},Cl\u{a0}icks\n2026-01-05,\u{200b}12,1\n")
        .unwrap();
    assert_days(&loaded, "imp", &[((2026, 1, 5), 12.0)]);
    let d = Setup::wide()
        .metric_as("x", "Conversions", None)
        .error("Date,Impres\u{ad}sions\n2026-01-05,1\n");
    assert!(
        d.message().contains("`Impres\\u{ad}sions`"),
        "{}",
        d.message()
    );
}

#[test]
fn no_table_with_every_wanted_column_is_an_error() {
    let d = Setup::wide()
        .metric_as("users", "Active users", None)
        .metric_as("new", "New users", None)
        .error(SNAPSHOT);
    assert_eq!(d.line, Some(4));
    assert!(
        d.message()
            .starts_with("no column `New users` (metric `new`) in the header on line 4"),
        "{d}"
    );
    assert!(
        d.message().ends_with("no other table of the file has all the columns either (line 9: `Nth day`, `New users`; line 13: `Country`, `Active users`): a source reads one table, so declare one `[[sources]]` per table"),
        "{d}"
    );
}

#[test]
fn rows_after_a_blank_line_are_still_data() {
    let loaded = Setup::wide()
        .metric("a")
        .load("date,a\n2026-01-05,1\n\n2026-01-06,2\n,,\n2026-01-07,3\n")
        .unwrap();
    assert_days(
        &loaded,
        "a",
        &[
            ((2026, 1, 5), 1.0),
            ((2026, 1, 6), 2.0),
            ((2026, 1, 7), 3.0),
        ],
    );
}

#[test]
fn comments_quoted_and_padded_by_a_spreadsheet() {
    let text = "# Reports snapshot,,\n\"# Property: Shop, Stockholm\",,\n# Start date: 20260105,,\n,,\nNth day,Active users,\n0,10,\n\"# a note, quoted\",,\n1,20,\n";
    let loaded = Setup::wide()
        .metric_as("users", "Active users", None)
        .load(text)
        .unwrap();
    assert_days(
        &loaded,
        "users",
        &[((2026, 1, 5), 10.0), ((2026, 1, 6), 20.0)],
    );
    assert_eq!(report(&loaded).header_line, 5);
}

#[test]
fn scientific_notation_in_a_file() {
    let loaded = Setup::wide()
        .metric("views")
        .load("Datum;views\n05.01.2026;1,25E+05\n06.01.2026;3,5\n")
        .unwrap();
    assert_days(
        &loaded,
        "views",
        &[((2026, 1, 5), 125000.0), ((2026, 1, 6), 3.5)],
    );
    let loaded = Setup::wide()
        .metric("rate")
        .load("date,rate\n2026-01-05,3e-4\n2026-01-06,1.2E+05\n")
        .unwrap();
    assert_days(
        &loaded,
        "rate",
        &[((2026, 1, 5), 0.0003), ((2026, 1, 6), 120000.0)],
    );
}

#[test]
fn per_metric_counts_follow_the_segment() {
    let loaded = Setup::long()
        .metric_as("organic", "signups", Some("organic"))
        .metric_as("all", "signups", None)
        .load("date,metric,value,segment\n2026-01-05,signups,3,organic\n2026-01-05,signups,2,paid\n2026-01-06,signups,,organic\n")
        .unwrap();
    let read = |name: &str| {
        let m = report(&loaded)
            .read
            .iter()
            .find(|m| m.metric == name)
            .unwrap();
        (m.rows, m.missing, m.last_date)
    };
    assert_eq!(read("organic"), (1, 1, Some(date(2026, 1, 5))));
    assert_eq!(read("all"), (2, 1, Some(date(2026, 1, 5))));
}

#[test]
fn us_dates_settle_thousands_commas() {
    let loaded = Setup::wide()
        .metric("users")
        .load("Day Index,users\n1/12/26,\"1,204\"\n1/13/26,\"1,311\"\n,\"2,515\"\n")
        .unwrap();
    assert_days(
        &loaded,
        "users",
        &[((2026, 1, 12), 1204.0), ((2026, 1, 13), 1311.0)],
    );
    // Without US dates the comma stays ambiguous.
    let d = Setup::wide()
        .metric("users")
        .error("date,users\n2026-01-12,\"1,204\"\n");
    assert!(
        d.message().starts_with("cannot tell the decimal mark"),
        "{d}"
    );
}
