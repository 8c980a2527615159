//! The OKR file `okr init --from` writes: one source per export with the
//! options the reader sniffed written out, one metric per column of numbers
//! (long files: per metric name), a commented ratio where two metrics make
//! a rate, and one objective with a commented key result per metric whose
//! `start` is its value in the last full month before the cycle.
//!
//! Every word of the comments comes from the catalogue of the run's
//! language (`init-from-*` in `i18n/*.ftl`); TOML keys and values stay as
//! they are.

use crate::controls::one_line;
use crate::i18n::Lang;
use crate::t;
use std::collections::{BTreeMap, HashSet};

use chrono::{Datelike, NaiveDate};

use crate::config::model::{Aggregate, Layout, TableChoice};
use crate::metrics::inspect::{words, written_name, FoundSeries, Inspected};

/// `text` as comment lines (`# `) at `indent`, each ending in a newline.
pub fn comment(indent: &str, text: &str) -> String {
    let mut out = String::new();
    for line in text.lines() {
        out.push_str(indent);
        out.push('#');
        if !line.is_empty() {
            out.push(' ');
            out.push_str(line);
        }
        out.push('\n');
    }
    out
}

/// `text` as one comment: `# ` and its lines joined.
fn note(text: &str) -> String {
    format!("# {}", text.replace('\n', " "))
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
pub fn write(cycle: &Cycle, exports: &[Export], language: Option<Lang>) -> Written {
    let mut out = String::new();
    let mut notices = Vec::new();
    let line = |out: &mut String, text: &str| {
        out.push_str(text);
        out.push('\n');
    };
    out.push_str(&comment("", &t!("init-from-head")));
    line(&mut out, "");
    line(&mut out, "[cycle]");
    line(&mut out, &format!("name = {}", quoted(&cycle.name)));
    line(&mut out, &format!("start = {}", cycle.start));
    line(&mut out, &format!("end = {}", cycle.end));
    line(&mut out, "");
    settings(&mut out, language);
    line(&mut out, "");
    line(&mut out, &note(&t!("init-from-sources")));

    let mut names = HashSet::new();
    let mut keys = HashSet::new();
    let mut planned: Vec<Planned> = Vec::new();
    for export in exports {
        line(&mut out, "");
        let inspected = match &export.read {
            Ok(i) => i,
            Err(message) => {
                let text = t!(
                    "init-from-unread",
                    file = &export.path,
                    problem = one_line(message)
                );
                line(&mut out, &note(&text));
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
        source_block(&mut out, &mut notices, cycle, export, inspected, &name);
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
        line(&mut out, &note(&t!("init-from-metrics")));
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
            Aggregate::Avg => ("avg", t!("init-from-avg")),
            _ if g.count => ("sum", t!("init-from-count")),
            _ => ("sum", t!("init-from-sum")),
        };
        line(
            &mut out,
            &pad(&format!("aggregate = \"{aggregate}\""), &note(&why)),
        );
        match g.format {
            Some("percent") => {
                line(
                    &mut out,
                    &pad("format = \"percent\"", &note(&t!("init-from-percent"))),
                );
            }
            Some("currency") => {
                let unit = g.unit.clone().unwrap_or_default();
                line(&mut out, "format = \"currency\"");
                line(
                    &mut out,
                    &pad(
                        &format!("unit = {}", quoted(&unit)),
                        &note(&t!("init-from-currency", unit = &unit)),
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
            &note(&t!("init-from-ratio", numerator = &num, denominator = &den)),
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
    line(&mut out, &note(&t!("init-from-objective")));
    line(&mut out, "[[objectives]]");
    line(&mut out, "id = \"objective\"");
    line(
        &mut out,
        &format!("title = {}", quoted(&t!("init-from-objective-title"))),
    );
    let month = last_full_month(cycle.start);
    let period = format!("{}-{:02}", month.0.year(), month.0.month());
    if !planned.is_empty() {
        line(&mut out, "");
        out.push_str(&comment(
            "  ",
            &t!("init-from-key-results", period = period.as_str()),
        ));
    }
    let mut kr_ids: HashSet<String> = HashSet::from(["objective".to_string()]);
    for p in &planned {
        let kr = unique(p.key.replace('_', "-"), &mut kr_ids, '-');
        let start = value_in(&p.found.days, month, p.found.guess.aggregate);
        let shown = start.map(number).unwrap_or_default();
        let name = written_name(&p.found.column);
        let title = match start {
            Some(_) => t!("init-from-kr-title", name = &name, start = &shown),
            None => t!("init-from-kr-title-no-start", name = &name),
        };
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
                    &note(&t!("init-from-kr-start", period = period.as_str())),
                ),
            ),
            None => line(
                &mut out,
                &pad("  # start =", &note(&t!("init-from-kr-no-start"))),
            ),
        }
        line(
            &mut out,
            &pad("  # target =", &note(&t!("init-from-kr-target"))),
        );
    }
    Written { text: out, notices }
}

/// `[settings]`, commented out unless a language was asked for: then it
/// holds `language`, so that everyone reading the file reads its language.
fn settings(out: &mut String, language: Option<Lang>) {
    let locale = crate::i18n::current().default_locale();
    let lines = match language {
        None => [
            pad("# [settings]", &note(&t!("init-from-settings"))),
            pad(
                &format!("# locale = \"{locale}\""),
                &note(&t!("init-from-locale")),
            ),
        ]
        .join("\n"),
        Some(lang) => [
            pad("[settings]", &note(&t!("init-from-settings"))),
            pad(
                &format!("language = \"{}\"", lang.code()),
                &note(&t!("init-starter-language")),
            ),
            pad(
                &format!("# locale = \"{locale}\""),
                &note(&t!("init-starter-locale")),
            ),
        ]
        .join("\n"),
    };
    out.push_str(&lines);
    out.push('\n');
}

/// The comments and keys of one source.
fn source_block(
    out: &mut String,
    notices: &mut Vec<String>,
    cycle: &Cycle,
    export: &Export,
    inspected: &Inspected,
    name: &str,
) {
    let r = &inspected.report;
    let mut push = |text: String| {
        out.push_str(&text);
        out.push('\n');
    };
    let (layout, shape) = match inspected.source.layout {
        Layout::Long => ("long", "date, metric, value".to_string()),
        Layout::Wide => ("wide", t!("init-from-wide-shape")),
    };
    push(note(&t!(
        "init-from-read-as",
        file = &export.path,
        encoding = &r.encoding,
        layout = layout,
        shape = shape,
        date_column = written_name(&r.date_column),
        date_format = &r.date_format
    )));
    let span = match (r.first_date, r.last_date) {
        (Some(a), Some(b)) => t!(
            "init-from-span",
            first = a.to_string(),
            last = b.to_string()
        ),
        _ => t!("init-from-no-dates"),
    };
    push(note(&t!(
        "init-from-rows",
        rows = r.data_rows.to_string(),
        n = r.data_rows,
        span = &span
    )));
    if let Some(last) = r.last_date.filter(|d| *d < cycle.start) {
        let text = t!("init-from-ends-before", date = last.to_string());
        notices.push(format!("{}: {}", export.path, text));
        push(note(&text));
    }
    if let Some(first) = r.first_date.filter(|d| *d > cycle.end) {
        let text = t!("init-from-starts-after", date = first.to_string());
        notices.push(format!("{}: {}", export.path, text));
        push(note(&text));
    }
    if r.title_lines > 0 && inspected.source.skip_rows == 0 {
        push(note(&t!(
            "init-from-title-lines",
            lines = r.title_lines.to_string(),
            n = r.title_lines
        )));
    }
    for t in &r.other_tables {
        let title = t
            .title
            .as_deref()
            .map_or(String::new(), |t| format!(" \"{}\"", one_line(t)));
        push(note(&t!(
            "init-from-other-table",
            number = t.number.to_string(),
            title = &title,
            line = t.line.to_string()
        )));
    }
    for n in &r.notes {
        push(note(&t!(
            "init-from-reader-note",
            note = one_line(n.local())
        )));
    }
    if inspected.metrics.is_empty() {
        push(note(&t!("init-from-no-metric")));
    }
    push("[[sources]]".to_string());
    push(format!("name = {}", quoted(name)));
    push(pad(
        &format!("path = {}", quoted(&export.path)),
        &note(&t!("init-relative")),
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
        push(note(&t!("init-from-options")));
        for k in keys {
            push(k);
        }
    }
    if let Some(f) = &inspected.date_format_sniffed {
        let text = comment("", &t!("init-from-date-format-kept", format = f.as_str()));
        push(text.trim_end().to_string());
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

/// `text` as a TOML string.
pub fn quoted(text: &str) -> String {
    toml_edit::Value::from(text).to_string().trim().to_string()
}

/// `key = value` with a comment at column 32 (one space when longer).
pub fn pad(text: &str, comment: &str) -> String {
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
