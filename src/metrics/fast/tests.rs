//! The fast path against the general reader: on every CSV fixture and on
//! generated files, it reads exactly what the general reader reads (report
//! included) or leaves the file to it; it never reads a file the general
//! reader refuses. Test values are exact in binary, so sums agree to the bit
//! however the file is cut into chunks.

use super::*;
use crate::metrics::csv_file;
use proptest::prelude::*;
use std::path::PathBuf;

fn source(path: &Path) -> Source {
    Source::csv("web", path, Layout::Long)
}

fn want(column: &str, segment: Option<&str>) -> Want {
    Want {
        key: format!(
            "{}{}",
            column.trim(),
            segment.map_or(String::new(), |s| format!("_{s}"))
        ),
        column: column.into(),
        segment: segment.map(String::from),
    }
}

/// Both readers, the fast one in chunks of `chunk` bytes. True when the
/// fast path read the file.
fn agree(source: &Source, path: &Path, wants: &[Want], chunk: usize) -> bool {
    let general = csv_file::read(source, path, wants);
    match (general, read_in_chunks(source, path, wants, chunk)) {
        (_, None) => false,
        (Ok(general), Some(fast)) => {
            assert_eq!(fast.report, general.report, "{}", path.display());
            assert_eq!(fast.series, general.series, "{}", path.display());
            true
        }
        (Err(e), Some(_)) => panic!(
            "the fast path read {}, which the general reader refuses: {e}",
            path.display()
        ),
    }
}

fn write(dir: &tempfile::TempDir, bytes: &[u8]) -> PathBuf {
    let path = dir.path().join("data.csv");
    std::fs::write(&path, bytes).unwrap();
    path
}

#[test]
fn every_csv_fixture_reads_the_same_or_falls_back() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let pattern = format!("{}/**/*.csv", root.display());
    let mut seen = 0;
    for path in glob::glob(&pattern).unwrap() {
        let path = path.unwrap();
        seen += 1;
        let source = source(&path);
        // Every metric the general reader finds, plus segment filters.
        let mut wants = vec![want("nothing-named-so", None)];
        if let Ok(data) = csv_file::read(&source, &path, &[]) {
            for m in &data.report.metrics {
                wants.push(want(&m.name, None));
            }
            if data.report.columns.iter().any(|c| c == "segment") {
                for m in &data.report.metrics {
                    wants.push(want(&m.name, Some("organic")));
                }
            }
        }
        for chunk in [1, 7, 64, CHUNK] {
            agree(&source, &path, &wants, chunk);
            agree(&source, &path, &wants[..1], chunk);
        }
    }
    assert!(
        seen >= 5,
        "found only {seen} fixtures under {}",
        root.display()
    );
}

#[test]
fn reads_plain_long_files() {
    let dir = tempfile::tempdir().unwrap();
    let files: [&[u8]; 7] = [
        b"date,metric,value,segment\n2026-01-05,signups,12,organic\n2026-01-05,signups,5.5,paid\n2026-01-06,orders,,paid\n2026-01-06,signups,n/a,paid\n",
        // Every cell quoted, as many exporters write; a quoted separator.
        b"\"date\",\"metric\",\"value\",\"segment\"\n\"2026-01-05\",\"signups\",\"12,5\",\"organic\"\n\"2026-01-05\",\"signups\",\"\",\"paid\"\n\"2026-01-06\",\"orders\",\"1\",\"a, b\"\n",
        // The Nordic export again, all quoted, and a file quoting some cells.
        "\u{feff}\"Date\";\"Metric\";\"Value\";\"Segment\"\r\n\"05.01.2026\";\"signups\";\"12,5\";\"organic\"\r\n\"06.01.2026\";\"besök\";\"1 234,5\";\"\"\r\n".as_bytes(),
        b"date,metric,value\n2026-01-05,\"signups\",\"1,200.5\"\n\"2026-01-06\",orders,3\n",
        // A Nordic Excel export: BOM, `;`, decimal commas, CRLF, dotted dates.
        "\u{feff}Date;Metric;Value;Segment\r\n05.01.2026;signups;12,5;organic\r\n05.01.2026;besök;1 234,5;organic\r\n06.01.2026;signups;--;paid\r\n".as_bytes(),
        b"date\tvalue\tmetric\n2026-01-05\t1.250\tsignups\n2026-01-05\t2\torders\n2026-01-06\t3.5\tsignups",
        b"date,metric,value\n",
    ];
    let wants = [
        want("signups", None),
        want("orders", None),
        want("besök", None),
    ];
    for bytes in files {
        let path = write(&dir, bytes);
        for chunk in [1, 10, CHUNK] {
            assert!(
                agree(&source(&path), &path, &wants, chunk),
                "{}",
                String::from_utf8_lossy(bytes)
            );
        }
    }
}

#[test]
fn leaves_anything_unusual_to_the_general_reader() {
    let dir = tempfile::tempdir().unwrap();
    let header = "date,metric,value,segment\n";
    let rows = [
        "2026-01-05,signups,NaN,organic\n",     // an error, with its line
        "Total,signups,17,\n",                  // a totals row
        "2026-01-05,signups,12,organic,x\n",    // another width
        "2026-01-05T10:00,signups,1,organic\n", // a date-time
        "# a comment\n",
        "\n2026-01-06,signups,1,organic\n", // a blank line: another table may follow
        "2026-01-05,signups,1,\n2026-01-05,signups,2,paid\n", // blank and segmented
        "2026-01-05,signups,1,organic\n06.01.2026,signups,1,organic\n", // two date shapes
        "2026-01-05,signups,1.5,organic\n2026-01-06,orders,2,5,organic\n",
    ];
    let wants = [want("signups", None)];
    for row in rows {
        let text = format!("{header}2026-01-04,signups,1,organic\n{row}");
        let path = write(&dir, text.as_bytes());
        for chunk in [1, CHUNK] {
            assert!(!agree(&source(&path), &path, &wants, chunk), "{row}");
        }
    }
    // Quotes the chunks cannot split by (a quoted newline) or the csv
    // reader reads otherwise than by taking them off.
    let quoted = [
        "\"2026-01-05\",\"signups\",\"1\",\"org\nanic\"\n",
        "\"2026-01-05\",\"sign\"\"ups\",\"1\",\"organic\"\n",
        "2026-01-05,signups,1,org\"anic\"\n",
        "2026-01-05, \"signups\",1,organic\n",
        "2026-01-05,signups,\"1\"2,organic\n",
        "2026-01-05,signups,\"1\n",
    ];
    for row in quoted {
        let text =
            format!("{header}\"2026-01-04\",signups,1,organic\n{row}2026-01-06,signups,1,x\n");
        let path = write(&dir, text.as_bytes());
        for chunk in [1, 30, CHUNK] {
            assert!(!agree(&source(&path), &path, &wants, chunk), "{row}");
        }
    }
    let path = write(&dir, b"date,metric,value\n2026-01-05,signups,\xff\n");
    assert!(!agree(&source(&path), &path, &wants, CHUNK), "not UTF-8");
    let path = write(&dir, b"sep=,\ndate,metric,value\n2026-01-05,signups,1\n");
    assert!(!agree(&source(&path), &path, &wants, CHUNK), "preamble");
}

#[test]
fn both_readers_keep_the_same_limits() {
    let dir = tempfile::tempdir().unwrap();
    let wants = [want("signups", None)];
    // Old Mac line ends: the general reader reads them, the fast one leaves
    // them to it.
    let path = write(&dir, b"date,metric,value\r2026-01-05,signups,3\r");
    assert!(!agree(&source(&path), &path, &wants, CHUNK));
    let read = csv_file::read(&source(&path), &path, &wants).unwrap();
    assert_eq!(read.report.data_rows, 1);
    let path = write(&dir, b"date,metric,value\n2026-01-05,sign\rups,3\n");
    assert!(!agree(&source(&path), &path, &wants, CHUNK));
    // A lone `\r` anywhere in a 64-byte window, and CRLF around it.
    for pad in 0..140 {
        let name = "x".repeat(pad);
        let lone = format!("date,metric,value\n2026-01-05,signups,1\n2026-01-05,{name}\ry,3\n");
        let path = write(&dir, lone.as_bytes());
        assert!(!agree(&source(&path), &path, &wants, CHUNK), "{pad}");
        let crlf = format!("date,metric,value\r\n2026-01-05,signups,1\r\n2026-01-05,{name},3\r\n");
        let path = write(&dir, crlf.as_bytes());
        assert!(agree(&source(&path), &path, &wants, CHUNK), "{pad}");
    }
    // A line of exactly the limit is read by both; one byte more by neither.
    for (extra, readable) in [(0, true), (1, false)] {
        let mut text = b"date,metric,value\n2026-01-05,signups,3\n2026-01-05,".to_vec();
        let name_len = MAX_LINE_BYTES + extra - b"2026-01-05,".len() - b",1".len();
        text.extend(std::iter::repeat_n(b'x', name_len));
        text.extend_from_slice(b",1\n2026-01-06,signups,4\n");
        let path = write(&dir, &text);
        let general = csv_file::read(&source(&path), &path, &wants);
        assert_eq!(general.is_ok(), readable, "{extra}");
        for chunk in [1, 1000, CHUNK] {
            assert_eq!(
                agree(&source(&path), &path, &wants, chunk),
                readable,
                "{extra} {chunk}"
            );
        }
    }
    // The same for a header over the limit.
    let mut text = b"date,metric,value,".to_vec();
    text.extend(std::iter::repeat_n(b'x', MAX_LINE_BYTES));
    text.extend_from_slice(b"\n2026-01-05,signups,3,\n");
    let path = write(&dir, &text);
    assert!(csv_file::read(&source(&path), &path, &wants).is_err());
    assert!(read_in_chunks(&source(&path), &path, &wants, CHUNK).is_none());
}

#[test]
fn a_file_shorter_than_its_size_ends_the_fast_path() {
    // As when the file is truncated while it is read: the reads come up
    // short, and the fast path gives up instead of faulting.
    let dir = tempfile::tempdir().unwrap();
    let path = write(&dir, b"date,metric,value\n2026-01-05,signups,3\n");
    let file = File::open(&path).unwrap();
    let bytes = FileBytes {
        file: &file,
        len: 4096,
        data_start: 18,
    };
    let wants = [want("signups", None)];
    let plan = Plan::new(&source(&path), b"date,metric,value", &wants).unwrap();
    assert!(bytes.read(&plan, b'.', CHUNK).is_err());
}

#[test]
fn a_wrong_first_guess_of_the_decimal_mark_reads_again() {
    let dir = tempfile::tempdir().unwrap();
    // The first rows say nothing (integers and `1,500`); a later one says comma.
    let mut text = String::from("date;metric;value\n");
    for day in 1..=9 {
        text.push_str(&format!(
            "2026-01-0{day};signups;1,500\n2026-01-0{day};orders;7\n"
        ));
    }
    text.push_str("2026-01-10;signups;2,25\n");
    let path = write(&dir, text.as_bytes());
    let wants = [want("signups", None)];
    assert!(agree(&source(&path), &path, &wants, CHUNK));
    let data = read(&source(&path), &path, &wants).unwrap();
    assert_eq!(data.report.decimal, ",");
}

/// One generated file: its rows and how they are written.
#[derive(Debug, Clone)]
struct Spec {
    delimiter: u8,
    comma: bool,
    crlf: bool,
    bom: bool,
    segment_column: bool,
    header: usize,
    /// 0: no quotes; 1: every cell quoted, as many exporters write; 2:
    /// some cells quoted (those holding the delimiter always).
    quote: u8,
    rows: Vec<(u8, u8, u8, u8)>,
}

/// A cell written as `spec.quote` asks; `pick` chooses for mode 2.
fn quoted(cell: &str, spec: &Spec, pick: bool) -> String {
    let needs = cell.contains(spec.delimiter as char) || cell.contains('"');
    if spec.quote == 1 || spec.quote == 2 && (pick || needs) {
        format!("\"{}\"", cell.replace('"', "\"\""))
    } else {
        cell.to_string()
    }
}

fn render(spec: &Spec) -> Vec<u8> {
    let d = spec.delimiter as char;
    let eol = if spec.crlf { "\r\n" } else { "\n" };
    let mut out = String::new();
    if spec.bom {
        out.push('\u{feff}');
    }
    let headers = [
        ["date", "metric", "value", "segment"],
        ["Date", "Metric", "Value", "Segment"],
        ["date", "value", "metric", "segment"],
        ["metric", "date", "value", "segment"],
    ];
    let names = headers[spec.header % headers.len()];
    let width = if spec.segment_column { 4 } else { 3 };
    let names: Vec<String> = names[..width]
        .iter()
        .enumerate()
        .map(|(i, n)| quoted(n, spec, i % 2 == 0))
        .collect();
    out.push_str(&names.join(&d.to_string()));
    out.push_str(eol);
    let metrics = [
        "signups",
        "orders",
        " besök ",
        "x",
        "Total",
        "sign\u{ad}ups",
        "Summa",
    ];
    let segments = ["", "organic", "Paid", " organic "];
    for &(day, metric, value, segment) in &spec.rows {
        if day == 255 {
            out.push_str(eol);
            continue;
        }
        let date = if day == 254 {
            "2026-02-30".to_string()
        } else if day % 16 == 15 {
            format!("{:02}.01.2026", day % 28 + 1)
        } else {
            format!("2026-01-{:02}", day % 28 + 1)
        };
        let mark = if spec.comma { "," } else { "." };
        let value = match value % 16 {
            0 => String::new(),
            1 => "--".into(),
            2 => "n/a".into(),
            3 => format!("{}{mark}5", value),
            4 => format!("-{}{mark}25", value),
            5 => format!("1{mark}250"),
            6 => format!(" {value} "),
            7 if value > 200 => "NaN".into(),
            7 if value > 180 => "#DIV/0!".into(),
            7 if value > 160 => "inf".into(),
            8 if value > 200 => "1 234".into(),
            8 if value > 180 => format!("US${value}{mark}50"),
            8 if value > 160 => format!("{value} kr"),
            9 if value > 230 => "2.5.1".into(),
            9 if value > 200 => "\r".into(),
            10 if value > 220 => format!("\u{200b}{value}"),
            _ => value.to_string(),
        };
        let mut cells = [
            date,
            metrics[metric as usize % metrics.len()].to_string(),
            value,
            segments[segment as usize % segments.len()].to_string(),
        ];
        cells = cells.map(|c| quoted(&c, spec, (day ^ segment) & 1 == 1));
        // What exporters get wrong or do rarely, which the general reader
        // must read (or refuse) alone.
        if spec.quote != 0 {
            match metric {
                250 => cells[1] = "\"sign\"\"ups\"".into(), // an escaped quote
                251 => cells[3] = "\"org\nanic\"".into(),   // a quoted newline
                252 => cells[3] = "org\"anic".into(),       // a quote inside a cell
                253 => cells[1] = " \"signups\"".into(),    // a space before the quote
                254 => cells[2] = "\"1\"2".into(),          // text after the quote
                255 => cells[3] = "\"organic\r\"".into(),   // a `\r` in quotes
                _ => {}
            }
        }
        if spec.header % headers.len() == 2 {
            cells.swap(1, 2);
        } else if spec.header % headers.len() == 3 {
            cells.swap(0, 1);
        }
        out.push_str(&cells[..width].join(&d.to_string()));
        out.push_str(eol);
    }
    out.into_bytes()
}

fn spec() -> impl Strategy<Value = Spec> {
    let row = (
        prop_oneof![80 => 0u8..28, 1 => Just(254u8), 1 => Just(255u8), 2 => Just(15u8)],
        any::<u8>(),
        any::<u8>(),
        any::<u8>(),
    );
    (
        0usize..3,
        any::<bool>(),
        any::<bool>(),
        any::<bool>(),
        prop_oneof![4 => Just(true), 1 => Just(false)],
        prop_oneof![6 => Just(0usize), 1 => 1usize..4],
        proptest::collection::vec(row, 0..40),
        prop_oneof![2 => Just(0u8), 2 => Just(1u8), 1 => Just(2u8)],
    )
        .prop_map(
            |(d, comma, crlf, bom, segment_column, header, rows, quote)| Spec {
                // A decimal comma needs another delimiter, or quotes.
                delimiter: if comma && quote == 0 {
                    [b';', b'\t', b';'][d]
                } else if comma {
                    [b',', b';', b','][d]
                } else {
                    [b',', b';', b'\t'][d]
                },
                comma,
                crlf,
                bom,
                segment_column,
                header,
                quote,
                rows,
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn generated_files_read_the_same_or_fall_back(spec in spec(), chunk in 1usize..200) {
        let dir = tempfile::tempdir().unwrap();
        let path = write(&dir, &render(&spec));
        let mut wants = vec![want("signups", None), want("besök", None), want("nothing", None)];
        if spec.segment_column {
            wants.push(want("orders", Some("organic")));
            wants.push(want("orders", None));
        }
        agree(&source(&path), &path, &wants, chunk);
        agree(&source(&path), &path, &wants, CHUNK);
    }
}

/// The longest distance from its own slot at which `Names` placed any of
/// `names`, or `None` when it gave up.
fn farthest_placed(names: &[Vec<u8>]) -> Option<usize> {
    let mut table = Names::new();
    for name in names {
        table.insert(name, Names::hash(name)).ok()?;
    }
    let mask = table.slots.len() - 1;
    let mut farthest = 0;
    for (i, &(hash, at)) in table.slots.iter().enumerate() {
        if at != 0 {
            farthest = farthest.max(i.wrapping_sub(hash as usize) & mask);
        }
    }
    Some(farthest)
}

#[test]
fn names_of_common_shapes_stay_near_their_slots() {
    // 200,000 names as exports write them: numbered, dated, long campaign
    // names differing in one character in the middle, and short ones.
    let shapes: [fn(usize) -> String; 5] = [
        |i| format!("metric_{i:06}"),
        |i| format!("m{i}"),
        |i| format!("campaign_{:04}_{}_clicks_total", 2000 + i % 30, i / 30),
        |i| format!("{}", i * 7919),
        |i| format!("Google Ads / Search / Brand {i} / Conversions (all)"),
    ];
    for shape in shapes {
        let names: Vec<Vec<u8>> = (0..40_000).map(|i| shape(i).into_bytes()).collect();
        let farthest = farthest_placed(&names).expect("the fast path kept the names");
        assert!(
            farthest <= MAX_PROBES / 8,
            "{} is {farthest} slots away",
            shape(0)
        );
    }
}

/// `n` metric names whose hashes all fall on one slot of a table of
/// `slots`, found by trying: anyone can make them, the hash has no key.
fn colliding_names(n: usize, slots: usize) -> Vec<String> {
    let mask = slots as u64 - 1;
    let home = Names::hash(b"x0") & mask;
    (0u64..)
        .map(|i| format!("x{i}"))
        .filter(|name| Names::hash(name.as_bytes()) & mask == home)
        .take(n)
        .collect()
}

#[test]
fn names_made_to_collide_go_to_the_general_reader() {
    // 400 names on one slot: placing them one after another would walk
    // 400 * 400 / 2 slots; the table gives up past MAX_PROBES instead.
    let names = colliding_names(400, 1024);
    let bytes: Vec<Vec<u8>> = names.iter().map(|n| n.clone().into_bytes()).collect();
    assert_eq!(farthest_placed(&bytes), None);
    assert_eq!(
        farthest_placed(&bytes[..MAX_PROBES]).map(|f| f > 0),
        Some(true)
    );

    let dir = tempfile::tempdir().unwrap();
    let mut csv = String::from("date,metric,value\n");
    for (i, name) in names.iter().enumerate() {
        csv.push_str(&format!("2026-01-{:02},{name},{i}\n", 1 + i % 28));
    }
    let path = write(&dir, csv.as_bytes());
    let wants = [want(&names[0], None), want(&names[399], None)];
    let source = source(&path);
    assert!(read_in_chunks(&source, &path, &wants, CHUNK).is_none());
    let general = csv_file::read(&source, &path, &wants).unwrap();
    assert_eq!(general.report.metrics.len(), 400);
    assert_eq!(general.series[1].values().sum::<f64>(), 399.0);
}
