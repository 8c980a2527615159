//! The OKR file `okr init --from` writes: one source per export with the
//! options the reader sniffed written out, one metric per column of numbers
//! (long files: per metric name), a commented ratio where two metrics make
//! a rate, and one objective with a commented key result per metric whose
//! `start` is its value in the last full month before the cycle.
//!
//! Every word of the comments is in `Words` (English in `EN`), so that a
//! translation is one more constant.

use crate::controls::one_line;
use std::collections::{BTreeMap, HashSet};

use chrono::{Datelike, NaiveDate};

use crate::config::model::{Aggregate, Layout, TableChoice};
use crate::metrics::inspect::{words, written_name, FoundSeries, Inspected};

/// The comments of the written file, with `{name}` placeholders.
pub struct Words {
    pub head: &'static str,
    pub settings: &'static str,
    pub sources: &'static str,
    pub read_as: &'static str,
    pub rows: &'static str,
    pub no_dates: &'static str,
    pub ends_before: &'static str,
    pub starts_after: &'static str,
    pub title_lines: &'static str,
    pub other_table: &'static str,
    pub note: &'static str,
    pub options: &'static str,
    pub date_format_kept: &'static str,
    pub relative: &'static str,
    pub no_metric: &'static str,
    pub unread: &'static str,
    pub metrics: &'static str,
    pub sum: &'static str,
    pub count: &'static str,
    pub avg: &'static str,
    pub percent: &'static str,
    pub currency: &'static str,
    pub ratio: &'static str,
    pub objective: &'static str,
    pub objective_title: &'static str,
    pub key_results: &'static str,
    pub kr_title: &'static str,
    pub kr_title_no_start: &'static str,
    pub kr_start: &'static str,
    pub kr_no_start: &'static str,
    pub kr_target: &'static str,
}

/// English, the one language of the comments so far: a translation is
/// another `Words`, chosen where `okr init` picks `EN`.
pub const EN: Words = Words {
    head: "# okrs.toml: written by `okr init --from` from your exports. Edit the\n\
           # objective, uncomment the key results you want and set their targets,\n\
           # then run `okr status`. Every key is explained in the README (\"The OKR file\").",
    settings: "# [settings]                   # optional; the defaults:\n\
               # locale = \"en-US\"             # number display: sv-SE, nb-NO, da-DK, fi-FI, ...",
    sources: "# Where the values come from: one source per export.",
    read_as: "# {file}: {encoding}, {layout} ({shape}), dates in `{date_column}` as {date_format}",
    rows: "# {rows} rows, {span}",
    no_dates: "no dated rows",
    ends_before: "# data ends {date}, before the cycle: export it again as the cycle runs",
    starts_after: "# data starts {date}, after the cycle",
    title_lines: "# {n} title line(s) above the header are skipped (the reader finds them)",
    other_table: "# not read: table {number}{title} on line {line} (`table = {number}` reads it)",
    note: "# reader: {note}",
    options: "# As the reader sniffed them, written out so the file reads the same anywhere:",
    date_format_kept: "# dates sniffed as {format}: the reader's own parsing reads them\n\
                       # (set `date_format` only if it guesses wrong)",
    relative: "# relative to this file",
    no_metric: "# no column of numbers was found in it: no metric reads it yet",
    unread: "# {file} was not read, so it is left out: {message}",
    metrics: "# One metric per column of numbers (long files: per metric name).",
    sum: "# summed over a key result's window",
    count: "# a count: summed over a key result's window",
    avg: "# a rate or an average: averaged over the days (a ratio of two counts is exact)",
    percent: "# its cells carry `%`: shown as a percent",
    currency: "# an amount in {unit}",
    ratio: "# {numerator} / {denominator} looks like a rate; a ratio is sum(numerator) / sum(denominator):",
    objective: "# Your objective: what should be true when the cycle ends.",
    objective_title: "Write the objective: what should be true when the cycle ends",
    key_results: "  # One key result per metric: uncomment the ones you want and set `target`.\n  \
                  # `start` is the metric's value in {period}, the last full month before the cycle.",
    kr_title: "{name} per month: from {start} to the target",
    kr_title_no_start: "{name} per month: to the target",
    kr_start: "# its value in {period}",
    kr_no_start: "# the file has no full month before the cycle: set the value you start from",
    kr_target: "# set it (start == target is an error)",
};

fn fill(template: &str, values: &[(&str, &str)]) -> String {
    values
        .iter()
        .fold(template.to_string(), |text, (key, value)| {
            text.replace(&format!("{{{key}}}"), value)
        })
}

/// The cycle written into the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cycle {
    pub name: String,
    pub start: NaiveDate,
    pub end: NaiveDate,
}

/// One export: its path as written (relative to the OKR file, with `/`)
/// and how it reads, or why it could not be read.
pub struct Export {
    pub path: String,
    pub read: Result<Inspected, String>,
}

/// The file's text, and what to tell the person running `okr init`.
pub struct Written {
    pub text: String,
    pub notices: Vec<String>,
}

/// A metric as written: its key, source and series.
struct Planned<'a> {
    key: String,
    source: String,
    found: &'a FoundSeries,
}

/// The OKR file for `exports`.
pub fn write(cycle: &Cycle, exports: &[Export], words: &Words) -> Written {
    let mut out = String::new();
    let mut notices = Vec::new();
    let line = |out: &mut String, text: &str| {
        out.push_str(text);
        out.push('\n');
    };
    line(&mut out, words.head);
    line(&mut out, "");
    line(&mut out, "[cycle]");
    line(&mut out, &format!("name = {}", quoted(&cycle.name)));
    line(&mut out, &format!("start = {}", cycle.start));
    line(&mut out, &format!("end = {}", cycle.end));
    line(&mut out, "");
    line(&mut out, words.settings);
    line(&mut out, "");
    line(&mut out, words.sources);

    let mut names = HashSet::new();
    let mut keys = HashSet::new();
    let mut planned: Vec<Planned> = Vec::new();
    for export in exports {
        line(&mut out, "");
        let inspected = match &export.read {
            Ok(i) => i,
            Err(message) => {
                let text = fill(
                    words.unread,
                    &[("file", &export.path), ("message", &one_line(message))],
                );
                line(&mut out, &text);
                continue;
            }
        };
        let stem = export
            .path
            .rsplit('/')
            .next()
            .unwrap_or(&export.path)
            .rsplit_once('.')
            .map_or(export.path.as_str(), |(stem, _)| stem)
            .to_string();
        let name = unique(id(&stem, '-', "source"), &mut names, '-');
        source_block(
            &mut out,
            &mut notices,
            cycle,
            export,
            inspected,
            &name,
            words,
        );
        for found in &inspected.metrics {
            let key = unique(id(&found.column, '_', "metric"), &mut keys, '_');
            planned.push(Planned {
                key,
                source: name.clone(),
                found,
            });
        }
    }

    if !planned.is_empty() {
        line(&mut out, "");
        line(&mut out, words.metrics);
    }
    for p in &planned {
        line(&mut out, "");
        line(&mut out, &format!("[metrics.{}]", p.key));
        line(&mut out, &format!("source = {}", quoted(&p.source)));
        line(
            &mut out,
            &format!("column = {}", quoted(&written_name(&p.found.column))),
        );
        let g = &p.found.guess;
        let (aggregate, why) = match g.aggregate {
            Aggregate::Avg => ("avg", words.avg),
            _ if g.count => ("sum", words.count),
            _ => ("sum", words.sum),
        };
        line(&mut out, &pad(&format!("aggregate = \"{aggregate}\""), why));
        match g.format {
            Some("percent") => {
                line(&mut out, &pad("format = \"percent\"", words.percent));
            }
            Some("currency") => {
                let unit = g.unit.clone().unwrap_or_default();
                line(&mut out, "format = \"currency\"");
                line(
                    &mut out,
                    &pad(
                        &format!("unit = {}", quoted(&unit)),
                        &fill(words.currency, &[("unit", &unit)]),
                    ),
                );
            }
            _ => {}
        }
    }
    for (num, den) in rates(&planned) {
        let key = unique(format!("{num}_per_{den}"), &mut keys, '_');
        line(&mut out, "");
        line(
            &mut out,
            &fill(words.ratio, &[("numerator", &num), ("denominator", &den)]),
        );
        line(&mut out, &format!("# [metrics.{key}]"));
        line(
            &mut out,
            &format!("# ratio = {{ numerator = \"{num}\", denominator = \"{den}\" }}"),
        );
        line(&mut out, "# format = \"percent\"");
    }

    // The objective, with a commented key result per metric.
    line(&mut out, "");
    line(&mut out, words.objective);
    line(&mut out, "[[objectives]]");
    line(&mut out, "id = \"objective\"");
    line(
        &mut out,
        &format!("title = {}", quoted(words.objective_title)),
    );
    let month = last_full_month(cycle.start);
    let period = format!("{}-{:02}", month.0.year(), month.0.month());
    if !planned.is_empty() {
        line(&mut out, "");
        line(&mut out, &fill(words.key_results, &[("period", &period)]));
    }
    let mut kr_ids: HashSet<String> = HashSet::from(["objective".to_string()]);
    for p in &planned {
        let kr = unique(p.key.replace('_', "-"), &mut kr_ids, '-');
        let start = value_in(&p.found.days, month, p.found.guess.aggregate);
        let shown = start.map(number).unwrap_or_default();
        let title = fill(
            match start {
                Some(_) => words.kr_title,
                None => words.kr_title_no_start,
            },
            &[("name", &written_name(&p.found.column)), ("start", &shown)],
        );
        line(&mut out, "");
        line(&mut out, "  # [[objectives.key_results]]");
        line(&mut out, &format!("  # id = \"{kr}\""));
        line(&mut out, &format!("  # title = {}", quoted(&title)));
        line(&mut out, &format!("  # metric = \"{}\"", p.key));
        line(&mut out, "  # window = \"month\"");
        match start {
            Some(v) => line(
                &mut out,
                &pad(
                    &format!("  # start = {}", number(v)),
                    &fill(words.kr_start, &[("period", &period)]),
                ),
            ),
            None => line(&mut out, &pad("  # start =", words.kr_no_start)),
        }
        line(&mut out, &pad("  # target =", words.kr_target));
    }
    Written { text: out, notices }
}

/// The comments and keys of one source.
fn source_block(
    out: &mut String,
    notices: &mut Vec<String>,
    cycle: &Cycle,
    export: &Export,
    inspected: &Inspected,
    name: &str,
    words: &Words,
) {
    let r = &inspected.report;
    let mut push = |text: String| {
        out.push_str(&text);
        out.push('\n');
    };
    let (layout, shape) = match inspected.source.layout {
        Layout::Long => ("long", "date, metric, value"),
        Layout::Wide => ("wide", "a date column and a column per metric"),
    };
    push(fill(
        words.read_as,
        &[
            ("file", &export.path),
            ("encoding", &r.encoding),
            ("layout", layout),
            ("shape", shape),
            ("date_column", &written_name(&r.date_column)),
            ("date_format", &r.date_format),
        ],
    ));
    let span = match (r.first_date, r.last_date) {
        (Some(a), Some(b)) => format!("{a} to {b}"),
        _ => words.no_dates.to_string(),
    };
    push(fill(
        words.rows,
        &[("rows", &r.data_rows.to_string()), ("span", &span)],
    ));
    if let Some(last) = r.last_date.filter(|d| *d < cycle.start) {
        let text = fill(words.ends_before, &[("date", &last.to_string())]);
        notices.push(format!(
            "{}: {}",
            export.path,
            text.trim_start_matches("# ")
        ));
        push(text);
    }
    if let Some(first) = r.first_date.filter(|d| *d > cycle.end) {
        let text = fill(words.starts_after, &[("date", &first.to_string())]);
        notices.push(format!(
            "{}: {}",
            export.path,
            text.trim_start_matches("# ")
        ));
        push(text);
    }
    if r.title_lines > 0 && inspected.source.skip_rows == 0 {
        push(fill(
            words.title_lines,
            &[("n", &r.title_lines.to_string())],
        ));
    }
    for t in &r.other_tables {
        let title = t
            .title
            .as_deref()
            .map_or(String::new(), |t| format!(" \"{}\"", one_line(t)));
        push(fill(
            words.other_table,
            &[
                ("number", &t.number.to_string()),
                ("title", &title),
                ("line", &t.line.to_string()),
            ],
        ));
    }
    for note in &r.notes {
        push(fill(words.note, &[("note", &one_line(note))]));
    }
    if inspected.metrics.is_empty() {
        push(words.no_metric.to_string());
    }
    push("[[sources]]".to_string());
    push(format!("name = {}", quoted(name)));
    push(pad(
        &format!("path = {}", quoted(&export.path)),
        words.relative,
    ));
    push(format!("layout = \"{layout}\""));
    let o = &inspected.source;
    let mut keys = Vec::new();
    match o.delimiter {
        Some(b'\t') => keys.push("delimiter = \"tab\"".to_string()),
        Some(d) => keys.push(format!(
            "delimiter = {}",
            quoted(&char::from(d).to_string())
        )),
        None => {}
    }
    if let Some(d) = o.decimal {
        keys.push(format!("decimal = {}", quoted(&d.to_string())));
    }
    if let Some(c) = &o.date_column {
        keys.push(format!("date_column = {}", quoted(&written_name(c))));
    }
    if let Some(f) = &o.date_format {
        keys.push(format!("date_format = {}", quoted(f)));
    }
    if let Some(c) = &o.metric_column {
        keys.push(format!("metric_column = {}", quoted(&written_name(c))));
    }
    if let Some(c) = &o.value_column {
        keys.push(format!("value_column = {}", quoted(&written_name(c))));
    }
    if o.skip_rows > 0 {
        keys.push(format!("skip_rows = {}", o.skip_rows));
    }
    match &o.table {
        Some(TableChoice::Number(t)) => keys.push(format!("table = {t}")),
        Some(TableChoice::Title(t)) => keys.push(format!("table = {}", quoted(t))),
        None => {}
    }
    if !keys.is_empty() {
        push(words.options.to_string());
        for k in keys {
            push(k);
        }
    }
    if let Some(f) = &inspected.date_format_sniffed {
        push(fill(words.date_format_kept, &[("format", f)]));
    }
}

/// Pairs of metrics that look like a rate: (numerator, denominator) keys.
fn rates(planned: &[Planned]) -> Vec<(String, String)> {
    // Each pair: the words of a numerator and of its denominator, in the
    // languages the reader knows.
    const PAIRS: &[(&[&str], &[&str])] = &[
        (
            &[
                "clicks",
                "klick",
                "klikk",
                "klik",
                "clics",
                "klicks",
                "clic",
                "klikkaukset",
            ],
            &[
                "impressions",
                "impr",
                "visningar",
                "visninger",
                "visninger",
                "impresiones",
                "impressionen",
                "näyttökerrat",
                "exponeringar",
            ],
        ),
        (
            &[
                "conversions",
                "konverteringar",
                "konverteringer",
                "konversiot",
                "conversiones",
                "konversionen",
                "orders",
                "ordrar",
                "ordrer",
                "beställningar",
                "purchases",
                "köp",
                "transactions",
                "transaktioner",
            ],
            &[
                "sessions",
                "besök",
                "besøk",
                "besøg",
                "sessioner",
                "sesiones",
                "sitzungen",
                "istunnot",
                "visits",
                "visitors",
                "besökare",
                "besøkende",
                "besøgende",
                "users",
                "clicks",
                "klick",
            ],
        ),
    ];
    let has = |p: &Planned, list: &[&str]| {
        words(&p.found.column)
            .iter()
            .any(|w| list.contains(&w.as_str()))
    };
    let mut found = Vec::new();
    for (nums, dens) in PAIRS {
        for n in planned.iter().filter(|p| has(p, nums)) {
            // The denominator from the same source when there is one.
            let den = planned
                .iter()
                .find(|d| d.source == n.source && d.key != n.key && has(d, dens) && !has(d, nums));
            if let Some(d) = den {
                if n.found.guess.aggregate == Aggregate::Sum
                    && d.found.guess.aggregate == Aggregate::Sum
                    && !found.iter().any(|(a, _): &(String, String)| *a == n.key)
                {
                    found.push((n.key.clone(), d.key.clone()));
                }
            }
        }
    }
    found
}

/// The last calendar month that ends before `start`, as (first, last) day.
fn last_full_month(start: NaiveDate) -> (NaiveDate, NaiveDate) {
    let before = start.pred_opt().unwrap_or(start);
    let first = before.with_day(1).unwrap_or(before);
    let month_end = first
        .checked_add_months(chrono::Months::new(1))
        .and_then(|d| d.pred_opt())
        .unwrap_or(before);
    if month_end == before {
        (first, month_end)
    } else {
        let first = first
            .checked_sub_months(chrono::Months::new(1))
            .unwrap_or(first);
        (first, first_day_before(before))
    }
}

fn first_day_before(day: NaiveDate) -> NaiveDate {
    day.with_day(1).and_then(|d| d.pred_opt()).unwrap_or(day)
}

/// The metric's value over `month` when the series covers all of it.
fn value_in(
    days: &BTreeMap<NaiveDate, f64>,
    (first, last): (NaiveDate, NaiveDate),
    aggregate: Aggregate,
) -> Option<f64> {
    let covered = days.keys().next().is_some_and(|d| *d <= first)
        && days.keys().next_back().is_some_and(|d| *d >= last);
    if !covered {
        return None;
    }
    let values: Vec<f64> = days.range(first..=last).map(|(_, v)| *v).collect();
    if values.is_empty() {
        return None;
    }
    let sum: f64 = values.iter().sum();
    Some(match aggregate {
        Aggregate::Avg => sum / values.len() as f64,
        _ => sum,
    })
}

/// A value as TOML writes it: whole numbers without a point, others with up
/// to six decimals.
fn number(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{v:.0}")
    } else {
        let text = format!("{v:.6}");
        text.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}

/// `Amount spent (SEK)` as an id: `amount_spent_sek` (`sep` `_`), or
/// `amount-spent-sek`; letters without their accents, starting with a
/// letter (`kind` before one that does not).
pub fn id(name: &str, sep: char, kind: &str) -> String {
    let mut out = String::new();
    for c in name.chars().flat_map(char::to_lowercase) {
        let plain = match c {
            'å' | 'ä' | 'à' | 'á' | 'â' | 'ã' => "a",
            'æ' => "ae",
            'ö' | 'ø' | 'ò' | 'ó' | 'ô' | 'õ' => "o",
            'é' | 'è' | 'ê' | 'ë' => "e",
            'í' | 'ì' | 'î' | 'ï' => "i",
            'ú' | 'ù' | 'û' | 'ü' => "u",
            'ç' => "c",
            'ñ' => "n",
            'ß' => "ss",
            'ý' | 'ÿ' => "y",
            '%' => "pct",
            c if c.is_ascii_alphanumeric() => {
                out.push(c);
                continue;
            }
            _ => "",
        };
        if plain.is_empty() {
            if !out.is_empty() && !out.ends_with(sep) {
                out.push(sep);
            }
        } else {
            if c == '%' && !out.is_empty() && !out.ends_with(sep) {
                out.push(sep);
            }
            out.push_str(plain);
        }
    }
    let out = out.trim_matches(sep).to_string();
    match out.chars().next() {
        None => kind.to_string(),
        Some(c) if c.is_ascii_alphabetic() => out,
        Some(_) => format!("{kind}{sep}{out}"),
    }
}

/// `base`, or `base_2`, `base_3`... when taken; remembered as taken.
fn unique(base: String, taken: &mut HashSet<String>, sep: char) -> String {
    let mut n = 1;
    let mut candidate = base.clone();
    while taken.contains(&candidate) {
        n += 1;
        candidate = format!("{base}{sep}{n}");
    }
    taken.insert(candidate.clone());
    candidate
}

/// `to` relative to the directory `from`, with `/` (both absolute, as
/// `canonicalize` gives them).
pub fn relative(from: &std::path::Path, to: &std::path::Path) -> String {
    use std::path::Component;
    let a: Vec<Component> = from.components().collect();
    let b: Vec<Component> = to.components().collect();
    let common = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let ups = std::iter::repeat_n("..".to_string(), a.len() - common);
    let downs = b[common..]
        .iter()
        .map(|c| c.as_os_str().to_string_lossy().into_owned());
    ups.chain(downs).collect::<Vec<_>>().join("/")
}

fn quoted(text: &str) -> String {
    toml_edit::Value::from(text).to_string().trim().to_string()
}

/// `key = value` with a comment at column 32 (one space when longer).
fn pad(text: &str, comment: &str) -> String {
    let width = unicode_width::UnicodeWidthStr::width(text);
    let comment = comment.replace('\n', " ");
    if width < 31 {
        format!("{text}{}{comment}", " ".repeat(31 - width))
    } else {
        format!("{text} {comment}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_valid_and_readable() {
        assert_eq!(id("Amount spent (SEK)", '_', "metric"), "amount_spent_sek");
        assert_eq!(id("Besök", '_', "metric"), "besok");
        assert_eq!(id("Förlängda sessioner", '-', "kr"), "forlangda-sessioner");
        assert_eq!(id("CTR %", '_', "metric"), "ctr_pct");
        assert_eq!(id("2026 sales", '_', "metric"), "metric_2026_sales");
        assert_eq!(id("???", '_', "metric"), "metric");
        let mut taken = HashSet::new();
        assert_eq!(unique("clicks".into(), &mut taken, '_'), "clicks");
        assert_eq!(unique("clicks".into(), &mut taken, '_'), "clicks_2");
    }

    #[test]
    fn the_last_full_month_ends_before_the_cycle() {
        let d = |s: &str| s.parse::<NaiveDate>().unwrap();
        assert_eq!(
            last_full_month(d("2026-10-01")),
            (d("2026-09-01"), d("2026-09-30"))
        );
        assert_eq!(
            last_full_month(d("2026-01-15")),
            (d("2025-12-01"), d("2025-12-31"))
        );
        assert_eq!(
            last_full_month(d("2026-03-01")),
            (d("2026-02-01"), d("2026-02-28"))
        );
    }

    #[test]
    fn a_start_needs_the_whole_month() {
        let d = |s: &str| s.parse::<NaiveDate>().unwrap();
        let month = (d("2026-09-01"), d("2026-09-30"));
        let mut days = BTreeMap::new();
        days.insert(d("2026-09-02"), 5.0);
        days.insert(d("2026-09-30"), 7.0);
        assert_eq!(value_in(&days, month, Aggregate::Sum), None);
        days.insert(d("2026-08-31"), 1.0);
        assert_eq!(value_in(&days, month, Aggregate::Sum), Some(12.0));
        assert_eq!(value_in(&days, month, Aggregate::Avg), Some(6.0));
        assert_eq!(number(12.0), "12");
        assert_eq!(number(0.031_25), "0.03125");
    }

    #[test]
    fn paths_are_written_relative_to_the_okr_file() {
        let p = std::path::Path::new;
        assert_eq!(
            relative(p("/p/okrs"), p("/p/okrs/data/a.csv")),
            "data/a.csv"
        );
        assert_eq!(relative(p("/p/okrs"), p("/p/data/a.csv")), "../data/a.csv");
    }
}
