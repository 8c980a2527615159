//! What `okr init --from` needs to know of an export, from the reader
//! itself: its shape (long or wide), the options that read it as it was
//! sniffed, and per metric its daily values and a guess at its format.

// `Diagnostic` is the project's one error type (see `super::load`).
#![allow(clippy::result_large_err)]

use std::collections::BTreeMap;
use std::path::Path;

use chrono::NaiveDate;

use super::csv_file::{self, find_column, Want, METRIC_NAMES, VALUE_NAMES};
use super::number::{self, Dress};
use super::SourceReport;
use crate::config::model::{Aggregate, Layout, Source, TableChoice};
use crate::error::Diagnostic;

/// An export as the reader reads it.
#[derive(Debug, Clone)]
pub struct Inspected {
    pub report: SourceReport,
    /// The source with the options to write out (its layout, and what was
    /// sniffed that, set, reads the file the same).
    pub source: Source,
    /// Sniffed, but not written as an option: with it set the file did not
    /// read the same (the sniffer reads more notations than one format).
    pub date_format_sniffed: Option<String>,
    pub metrics: Vec<FoundSeries>,
}

/// One metric of the file: a wide file's column of numbers, or a long
/// file's metric name.
#[derive(Debug, Clone)]
pub struct FoundSeries {
    /// The header (wide) or the metric name (long), as it is matched.
    pub column: String,
    pub days: BTreeMap<NaiveDate, f64>,
    pub guess: Guess,
}

/// What a metric looks like it counts.
#[derive(Debug, Clone, PartialEq)]
pub struct Guess {
    pub aggregate: Aggregate,
    /// `percent` or `currency`; `None`: a plain number.
    pub format: Option<&'static str>,
    /// A currency's code (`SEK`), or the sign when it names no one currency.
    pub unit: Option<String>,
    /// Every value whole: a count.
    pub count: bool,
}

/// Reads `path` as a CSV source named `name`, for the days `counted` (a
/// cycle: see `csv_file::read_for`).
pub fn inspect(
    name: &str,
    path: &Path,
    counted: (NaiveDate, NaiveDate),
) -> Result<Inspected, Diagnostic> {
    let mut source = Source::csv(name, path, Layout::Wide);
    let read = |source: &Source, wants: &[Want]| {
        csv_file::read_dressed(source, path, wants, Some(counted))
    };
    // Read as wide, every column of numbers is found; a header with a
    // metric and a value column is a long file.
    let (first, _) = read(&source, &[])?;
    let column_named = |default: &str, synonyms: &[&str]| {
        std::iter::once(default)
            .chain(synonyms.iter().copied())
            .find_map(|n| {
                find_column(&first.report.columns, n)
                    .first()
                    .map(|&i| first.report.columns[i].clone())
            })
    };
    let long = match (
        column_named("metric", METRIC_NAMES),
        column_named("value", VALUE_NAMES),
    ) {
        (Some(metric), Some(value)) => Some((metric, value)),
        _ => None,
    };
    let listed = match &long {
        Some(_) => {
            source.layout = Layout::Long;
            read(&source, &[])?.0.report
        }
        None => first.report,
    };
    let wants: Vec<Want> = listed
        .metrics
        .iter()
        .map(|m| Want {
            key: m.name.clone(),
            column: m.name.clone(),
            segment: None,
        })
        .collect();
    let (data, dress) = read(&source, &wants)?;
    let report = data.report;
    let value_dress = |column: &str| -> Dress {
        let at = match &long {
            Some((_, value)) => find_column(&report.columns, value),
            None => find_column(&report.columns, column),
        };
        at.first()
            .and_then(|&i| dress.get(i).copied())
            .unwrap_or_default()
    };
    // A column of currency codes (`Currency code`: `SEK`) names the
    // currency of the file's amounts.
    let currency = report
        .column_types
        .iter()
        .zip(&dress)
        .find_map(|(c, d)| match d {
            Dress::Currency(code) if c.kind == "text" => Some(*code),
            _ => None,
        });
    let metrics: Vec<FoundSeries> = wants
        .iter()
        .zip(data.series)
        .map(|(want, days)| {
            let guess = guess(&want.column, value_dress(&want.column), currency, &days);
            FoundSeries {
                column: want.column.clone(),
                days,
                guess,
            }
        })
        .collect();

    // The options as sniffed; kept only when, set, they read the same.
    let sniffed = Source {
        delimiter: match report.delimiter.as_str() {
            "tab" => Some(b'\t'),
            d => (d.len() == 1).then(|| d.as_bytes()[0]),
        },
        decimal: report.decimal.chars().next(),
        date_format: Some(report.date_format.clone())
            .filter(|f| f.starts_with('%') && !report.date_column.is_empty()),
        date_column: Some(report.date_column.clone()).filter(|c| !c.is_empty()),
        metric_column: long.as_ref().map(|(m, _)| m.clone()),
        value_column: long.as_ref().map(|(_, v)| v.clone()),
        table: (!report.other_tables.is_empty()).then_some(TableChoice::Number(report.table)),
        skip_rows: if report.title_lines > 0 {
            report.preamble_lines
        } else {
            0
        },
        ..source.clone()
    };
    let same = |set: &Source| {
        read(set, &wants)
            .is_ok_and(|(d, _)| d.series.iter().zip(&metrics).all(|(a, b)| *a == b.days))
    };
    // Each option that, set, reads otherwise is left to sniffing, the
    // date format first (the sniffer reads more notations than one format).
    let mut written = sniffed.clone();
    let mut date_format_sniffed = None;
    let drops: [fn(&mut Source); 5] = [
        |s| s.date_format = None,
        |s| s.skip_rows = 0,
        |s| s.date_column = None,
        |s| s.decimal = None,
        |s| s.delimiter = None,
    ];
    for (i, drop) in drops.iter().enumerate() {
        if same(&written) {
            break;
        }
        if i == 0 {
            date_format_sniffed = written.date_format.clone();
        }
        drop(&mut written);
    }
    if !same(&written) {
        written = Source {
            metric_column: sniffed.metric_column,
            value_column: sniffed.value_column,
            table: sniffed.table,
            ..source
        };
    }
    Ok(Inspected {
        report,
        source: written,
        date_format_sniffed,
        metrics,
    })
}

/// Words in a metric's name that say it is a rate or an average, in the
/// languages the reader knows: summed over days it would mean nothing.
const AVERAGE_WORDS: &[&str] = &[
    "rate",
    "ctr",
    "ratio",
    "average",
    "avg",
    "mean",
    "position",
    "per",
    "duration",
    "bounce",
    "share",
    "andel",
    "grad",
    "snitt",
    "genomsnitt",
    "genomsnittlig",
    "gjennomsnitt",
    "gennemsnit",
    "keskiarvo",
    "osuus",
    "taux",
    "moyenne",
    "tasa",
    "promedio",
    "durchschnitt",
    "quote",
    "frequency",
    "frekvens",
    "cpc",
    "cpm",
    "cpa",
    "roas",
];

/// Words of a metric's name that say it is an amount of money.
const MONEY_WORDS: &[&str] = &[
    "cost",
    "costs",
    "spend",
    "spent",
    "revenue",
    "cpc",
    "cpm",
    "cpa",
    "amount",
    "price",
    "fee",
    "budget",
    "kostnad",
    "kostnader",
    "intäkter",
    "omsättning",
    "försäljning",
    "belopp",
    "pris",
    "inntekter",
    "omsetning",
    "salg",
    "beløb",
    "omsætning",
    "umsatz",
    "kosten",
    "coût",
    "revenu",
    "ingresos",
    "costo",
    "coste",
    "importe",
];

/// Currency codes a header names (`Amount spent (SEK)`, `Intäkter kr`).
const CODES: &[&str] = &[
    "sek", "nok", "dkk", "isk", "eur", "usd", "gbp", "chf", "cad", "aud", "nzd", "brl", "jpy",
    "cny", "inr", "pln", "mxn",
];

/// The words of a name: lowercase runs of letters and digits.
pub fn words(name: &str) -> Vec<String> {
    name.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// A currency's ISO code from the sign or code its cells wear.
fn currency_code(sign: &str) -> Option<&'static str> {
    Some(match sign {
        "us$" | "$" | "usd" => "USD",
        "ca$" | "c$" | "cad" => "CAD",
        "au$" | "a$" | "aud" => "AUD",
        "nz$" | "nzd" => "NZD",
        "hk$" => "HKD",
        "mx$" | "mxn" => "MXN",
        "r$" | "brl" => "BRL",
        "s$" => "SGD",
        "€" | "eur" => "EUR",
        "£" | "gbp" => "GBP",
        "¥" | "円" | "jpy" => "JPY",
        "元" | "cny" => "CNY",
        "₹" | "inr" => "INR",
        "zł" | "pln" => "PLN",
        "₩" => "KRW",
        "sek" => "SEK",
        "nok" => "NOK",
        "dkk" => "DKK",
        "isk" => "ISK",
        "chf" => "CHF",
        _ => return None,
    })
}

/// A metric's format, unit and aggregate, from its name, what its cells
/// wear and its values.
pub fn guess(
    name: &str,
    dress: Dress,
    file_currency: Option<&'static str>,
    days: &BTreeMap<NaiveDate, f64>,
) -> Guess {
    let words = words(name);
    let has = |list: &[&str]| words.iter().any(|w| list.contains(&w.as_str()));
    let named_code = words
        .iter()
        .find_map(|w| CODES.iter().find(|c| **c == w.as_str()))
        .map(|c| c.to_uppercase());
    let count = !days.is_empty() && days.values().all(|v| v.fract() == 0.0);
    let average = has(AVERAGE_WORDS) || name.contains('%');
    let fraction = !days.is_empty() && days.values().all(|v| (0.0..=1.0).contains(v));
    let (format, unit) = match dress {
        Dress::Percent => (Some("percent"), None),
        Dress::Currency(sign) => (
            Some("currency"),
            named_code
                .or_else(|| currency_code(sign).map(str::to_string))
                .or_else(|| Some(sign.to_string())),
        ),
        Dress::Plain if named_code.is_some() => (Some("currency"), named_code),
        Dress::Plain if has(MONEY_WORDS) && file_currency.is_some() => (
            Some("currency"),
            file_currency.map(|c| currency_code(c).unwrap_or(c).to_string()),
        ),
        Dress::Plain if average && fraction && !count => (Some("percent"), None),
        Dress::Plain => (None, None),
    };
    let aggregate = if average || format == Some("percent") {
        Aggregate::Avg
    } else {
        Aggregate::Sum
    };
    Guess {
        aggregate,
        format,
        unit,
        count: count && aggregate == Aggregate::Sum,
    }
}

/// A header as it is written back into a file: without invisible
/// characters, white space runs (a line break in a quoted header) as one
/// space. The reader matches it to the header so.
pub fn written_name(name: &str) -> String {
    let name: String = name
        .chars()
        .filter(|c| !number::INVISIBLE.contains(c))
        .collect();
    name.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn days(values: &[f64]) -> BTreeMap<NaiveDate, f64> {
        let start = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
        values
            .iter()
            .enumerate()
            .map(|(i, v)| (start + chrono::Duration::days(i as i64), *v))
            .collect()
    }

    #[test]
    fn formats_are_guessed_from_cells_and_names() {
        let g = guess(
            "Amount spent (SEK)",
            Dress::Plain,
            None,
            &days(&[10.5, 20.0]),
        );
        assert_eq!(
            (g.format, g.unit.as_deref()),
            (Some("currency"), Some("SEK"))
        );
        assert_eq!(g.aggregate, Aggregate::Sum);
        let g = guess("Revenue", Dress::Currency("us$"), None, &days(&[1.5]));
        assert_eq!(
            (g.format, g.unit.as_deref()),
            (Some("currency"), Some("USD"))
        );
        let g = guess("CTR", Dress::Percent, None, &days(&[0.03]));
        assert_eq!((g.format, g.aggregate), (Some("percent"), Aggregate::Avg));
        let g = guess("Konverteringsgrad", Dress::Plain, None, &days(&[0.03]));
        assert_eq!(g.format, None, "one word: not split");
        let g = guess("Bounce rate", Dress::Plain, None, &days(&[0.4, 0.5]));
        assert_eq!((g.format, g.aggregate), (Some("percent"), Aggregate::Avg));
        let g = guess("Position", Dress::Plain, None, &days(&[7.5, 8.25]));
        assert_eq!((g.format, g.aggregate), (None, Aggregate::Avg));
        let g = guess("Cost", Dress::Plain, Some("sek"), &days(&[214.24]));
        assert_eq!(
            (g.format, g.unit.as_deref()),
            (Some("currency"), Some("SEK"))
        );
        let g = guess("Clicks", Dress::Plain, Some("sek"), &days(&[412.0]));
        assert_eq!(g.format, None);
        let g = guess("Besök", Dress::Plain, None, &days(&[120.0, 98.0]));
        assert_eq!(
            (g.format, g.aggregate, g.count),
            (None, Aggregate::Sum, true)
        );
    }

    #[test]
    fn written_names_match_what_the_reader_matches() {
        assert_eq!(written_name("Total\nSpend"), "Total Spend");
        assert_eq!(written_name("Um\u{ad}satz"), "Umsatz");
    }
}
