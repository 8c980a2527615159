//! Numbers for people: locale-aware grouping and decimal marks, percentages
//! and currencies, with a sensible number of decimals when the metric does
//! not name one.
//!
//! Only the human formats (table, markdown) use this module; JSON and CSV
//! write plain full-precision numbers.

pub use crate::config::model::DisplayFormat;

/// The no-break space: the group separator of the Nordic locales and the
/// space between a number and its `%` or currency, so neither ever wraps apart.
pub const NBSP: char = '\u{a0}';

/// How one locale writes numbers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Locale {
    group: char,
    decimal: char,
    /// `3,3 %` rather than `3.3%`.
    space_before_percent: bool,
    /// `€1,234.50` rather than `1.234,50 €`.
    symbol_first: bool,
    /// How [`date`] writes a calendar day.
    dates: DateStyle,
}

/// How a locale writes a calendar day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateStyle {
    /// `2026-03-31` (ISO 8601: en-US in okr, and Sweden's own).
    Iso,
    /// `31.03.2026` (Norway, Denmark, Germany).
    DayMonthYear,
    /// `31.3.2026` (Finland).
    DayMonthYearUnpadded,
}

impl Locale {
    /// en-US: `1,234.5`, `3.3%`.
    pub const EN_US: Locale = Locale {
        group: ',',
        decimal: '.',
        space_before_percent: false,
        symbol_first: true,
        dates: DateStyle::Iso,
    };
    /// sv-SE, fr-FR, ...: `1 234,5` (no-break space), `3,3 %`, `2026-03-31`.
    pub const SPACE_COMMA: Locale = Locale {
        group: NBSP,
        decimal: ',',
        space_before_percent: true,
        symbol_first: false,
        dates: DateStyle::Iso,
    };
    /// nb-NO: as sv-SE, dates `31.03.2026`.
    pub const NB_NO: Locale = Locale {
        dates: DateStyle::DayMonthYear,
        ..Locale::SPACE_COMMA
    };
    /// fi-FI: as sv-SE, dates `31.3.2026`.
    pub const FI_FI: Locale = Locale {
        dates: DateStyle::DayMonthYearUnpadded,
        ..Locale::SPACE_COMMA
    };
    /// da-DK, de-DE, ...: `1.234,5`, `3,3 %`, `31.03.2026`.
    pub const DOT_COMMA: Locale = Locale {
        group: '.',
        decimal: ',',
        space_before_percent: true,
        symbol_first: false,
        dates: DateStyle::DayMonthYear,
    };

    /// The locale for a BCP 47 tag such as `sv-SE` (or `sv_SE`), chosen by
    /// its language; an unknown or empty tag writes numbers as en-US does.
    pub fn from_tag(tag: &str) -> Locale {
        let language = tag
            .split(['-', '_', '.'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        match language.as_str() {
            "nb" | "nn" | "no" => Locale::NB_NO,
            "fi" => Locale::FI_FI,
            "sv" | "fr" | "cs" | "sk" | "pl" | "ru" | "uk" | "et" | "lv" | "lt" | "hu" | "bg" => {
                Locale::SPACE_COMMA
            }
            "da" | "de" | "nl" | "es" | "it" | "pt" | "id" | "tr" | "el" | "hr" | "sl" | "sr"
            | "ro" | "is" => Locale::DOT_COMMA,
            _ => Locale::EN_US,
        }
    }
}

/// A metric value as its `format` (number | percent | currency) asks.
/// The unit of a plain number is not written here: tables show it beside
/// the target (see [`with_unit`]).
pub fn metric_value(
    value: f64,
    format: DisplayFormat,
    unit: Option<&str>,
    decimals: Option<u32>,
    locale: Locale,
) -> String {
    match format {
        DisplayFormat::Percent => percent(value, decimals, locale),
        DisplayFormat::Currency => currency(value, unit, decimals, locale),
        DisplayFormat::Number => number(value, decimals, locale),
    }
}

/// A metric value in at most about six columns for narrow terminals:
/// from 10,000 up, three significant digits and `k`, `M` or `B`
/// (`1.03M kr`, `$14.3k`, `108k`); smaller values and percentages as
/// [`metric_value`] writes them.
pub fn compact_metric_value(
    value: f64,
    format: DisplayFormat,
    unit: Option<&str>,
    decimals: Option<u32>,
    locale: Locale,
) -> String {
    let magnitude = value.abs();
    if format == DisplayFormat::Percent || magnitude < 10_000.0 || !magnitude.is_finite() {
        return metric_value(value, format, unit, decimals, locale);
    }
    let (scale, suffix) = match magnitude {
        m if m >= 1e9 => (1e9, "B"),
        m if m >= 1e6 => (1e6, "M"),
        _ => (1e3, "k"),
    };
    let scaled = value / scale;
    let decimals = match scaled.abs() {
        m if m >= 100.0 => 0,
        m if m >= 10.0 => 1,
        _ => 2,
    };
    let digits = trim_zeros(fixed(scaled, decimals, locale), locale) + suffix;
    if format == DisplayFormat::Currency {
        // The digits are already formatted: put the currency around them.
        let sign = if value < 0.0 { "-" } else { "" };
        let template = currency(1.0, unit, Some(0), locale);
        format!(
            "{sign}{}",
            template.replacen('1', digits.trim_start_matches('-'), 1)
        )
    } else {
        digits
    }
}

/// `text` followed by the unit of a plain-number metric (`900 signups`);
/// percentages and currencies already carry theirs.
pub fn with_unit(text: String, format: DisplayFormat, unit: Option<&str>) -> String {
    match unit {
        Some(unit) if !unit.is_empty() && format == DisplayFormat::Number => {
            format!("{text}{NBSP}{unit}")
        }
        _ => text,
    }
}

/// A plain number: `decimals` when given, else integers as integers and
/// others with up to two decimals (two significant digits for values under
/// one), trailing zeros dropped.
pub fn number(value: f64, decimals: Option<u32>, locale: Locale) -> String {
    match decimals {
        Some(d) => fixed(value, d, locale),
        None => trim_zeros(fixed(value, auto_decimals(value), locale), locale),
    }
}

/// A fraction as a percentage: 0.0325 is `3.3%` (en-US) or `3,3 %`.
/// `decimals` counts the percentage's decimals; automatically, whole
/// percentages have none, others one (two significant digits under 1 %).
pub fn percent(fraction: f64, decimals: Option<u32>, locale: Locale) -> String {
    let pct = fraction * 100.0;
    let digits = match decimals {
        Some(d) => fixed(pct, d, locale),
        None if is_whole(pct) => fixed(pct, 0, locale),
        None if pct.abs() >= 1.0 => fixed(pct, 1, locale),
        None => trim_zeros(fixed(pct, auto_decimals(pct), locale), locale),
    };
    percent_sign(digits, locale)
}

/// A progress or elapsed share as a whole percentage: `28%`, `134%`, `-12%`.
pub fn whole_percent(fraction: f64, locale: Locale) -> String {
    percent_sign(fixed(fraction * 100.0, 0, locale), locale)
}

/// A currency amount: `$1,234.50` for `$`/`USD`, `1 234,50 kr` for `kr`,
/// `1.234,50 €` for `€`/`EUR` outside English locales, else the unit after
/// the number. Automatically whole amounts and amounts from 10,000 up have
/// no decimals (cents do not matter there), others two.
pub fn currency(value: f64, unit: Option<&str>, decimals: Option<u32>, locale: Locale) -> String {
    let d = decimals.unwrap_or(if is_whole(value) || value.abs() >= 10_000.0 {
        0
    } else {
        2
    });
    let digits = fixed(value.abs(), d, locale);
    let sign = if value < 0.0 && digits.chars().any(|c| c.is_ascii_digit() && c != '0') {
        "-"
    } else {
        ""
    };
    let (symbol, prefix) = match unit.map(str::trim) {
        None | Some("") => return format!("{sign}{digits}"),
        Some("$" | "USD" | "usd") => ("$", true),
        Some("£" | "GBP" | "gbp") => ("£", true),
        Some("€" | "EUR" | "eur") => ("€", locale.symbol_first),
        Some("SEK" | "NOK" | "DKK" | "ISK" | "sek" | "nok" | "dkk" | "isk") => ("kr", false),
        Some(other) => (other, false),
    };
    if prefix {
        format!("{sign}{symbol}{digits}")
    } else {
        format!("{sign}{digits}{NBSP}{symbol}")
    }
}

/// A grade on the 0-1 scale, one decimal: `0.7`, `0,7`.
pub fn grade(g: f64, locale: Locale) -> String {
    number(g, Some(1), locale)
}

/// A score with one decimal (ICE): `5.7`, `5,7`.
pub fn score(s: f64, locale: Locale) -> String {
    number(s, Some(1), locale)
}

/// `+text` for a rise, `±0` for no change (within the comparison
/// tolerance), else `text` (which carries its own minus).
pub fn signed(text: String, value: f64) -> String {
    if crate::engine::approx_eq(value, 0.0) {
        "±0".to_string()
    } else if value > 0.0 {
        format!("+{text}")
    } else {
        text
    }
}

/// A difference of two shares or rates in percentage points, unsigned:
/// `4.3 pp`, `12 pp` (no decimal from 10 up or when whole).
pub fn pp(change: f64, locale: Locale) -> String {
    let pp = change * 100.0;
    let decimals = if pp.abs() >= 10.0 || is_whole(pp) {
        0
    } else if pp.abs() >= 0.1 {
        1
    } else {
        2
    };
    format!("{}{NBSP}pp", number(pp, Some(decimals), locale))
}

/// A change of a share or rate in percentage points, signed: `+4.3 pp`,
/// `-12 pp`, `±0 pp`. The one notation for changes of rates and progress.
pub fn points(change: f64, locale: Locale) -> String {
    if crate::engine::approx_eq(change, 0.0) || crate::engine::approx_eq(change * 100.0, 0.0) {
        return format!("±0{NBSP}pp");
    }
    signed(pp(change, locale), change)
}

fn percent_sign(digits: String, locale: Locale) -> String {
    if locale.space_before_percent {
        format!("{digits}{NBSP}%")
    } else {
        format!("{digits}%")
    }
}

fn is_whole(value: f64) -> bool {
    (value - value.round()).abs() <= 1e-9 * value.abs().max(1.0)
}

fn auto_decimals(value: f64) -> u32 {
    let magnitude = value.abs();
    if magnitude == 0.0 || is_whole(value) {
        0
    } else if magnitude >= 1.0 {
        2
    } else {
        // Two significant digits: 0.0325 -> 0.033, 0.5 -> 0.50 (trimmed).
        let leading_zeros = (-magnitude.log10()).floor() as u32;
        (leading_zeros + 2).min(9)
    }
}

/// `value` rounded half away from zero to `decimals`, grouped by thousands.
fn fixed(value: f64, decimals: u32, locale: Locale) -> String {
    if !value.is_finite() {
        return value.to_string();
    }
    let scale = 10f64.powi(decimals as i32);
    let scaled = (value.abs() * scale).round();
    let digits = if scaled < 1e18 {
        format!("{:0width$}", scaled as u64, width = decimals as usize + 1)
    } else {
        // Beyond u64: no fraction is meaningful at this size anyway.
        format!("{:.0}", value.abs().round()) + &"0".repeat(decimals as usize)
    };
    let (int_part, frac_part) = digits.split_at(digits.len() - decimals as usize);
    let mut out = String::new();
    if value < 0.0 && digits.bytes().any(|b| b != b'0') {
        out.push('-');
    }
    for (i, ch) in int_part.chars().enumerate() {
        if i > 0 && (int_part.len() - i) % 3 == 0 {
            out.push(locale.group);
        }
        out.push(ch);
    }
    if decimals > 0 {
        out.push(locale.decimal);
        out.push_str(frac_part);
    }
    out
}

fn trim_zeros(text: String, locale: Locale) -> String {
    if !text.contains(locale.decimal) {
        return text;
    }
    let trimmed = text.trim_end_matches('0');
    trimmed.trim_end_matches(locale.decimal).to_string()
}

/// A calendar day as the locale writes it: `2026-03-31` (en-US, sv-SE),
/// `31.03.2026` (nb-NO, da-DK), `31.3.2026` (fi-FI). Never wraps.
pub fn date(day: chrono::NaiveDate, locale: Locale) -> String {
    match locale.dates {
        DateStyle::Iso => day.format("%Y-%m-%d").to_string(),
        DateStyle::DayMonthYear => day.format("%d.%m.%Y").to_string(),
        DateStyle::DayMonthYearUnpadded => day.format("%-d.%-m.%Y").to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn nb(s: &str) -> String {
        s.replace(' ', "\u{a0}")
    }

    #[test]
    fn dates_by_locale() {
        let d = chrono::NaiveDate::from_ymd_opt(2026, 3, 1).unwrap();
        let cases = [
            ("en-US", "2026-03-01"),
            ("sv-SE", "2026-03-01"),
            ("nb-NO", "01.03.2026"),
            ("da-DK", "01.03.2026"),
            ("fi-FI", "1.3.2026"),
        ];
        for (tag, want) in cases {
            assert_eq!(date(d, Locale::from_tag(tag)), want, "{tag}");
        }
    }

    #[test]
    fn locales_by_tag() {
        let cases = [
            ("en-US", Locale::EN_US),
            ("en-GB", Locale::EN_US),
            ("", Locale::EN_US),
            ("xx-YY", Locale::EN_US),
            ("sv-SE", Locale::SPACE_COMMA),
            ("sv_SE.UTF-8", Locale::SPACE_COMMA),
            ("nb-NO", Locale::NB_NO),
            ("fi-FI", Locale::FI_FI),
            ("da-DK", Locale::DOT_COMMA),
            ("de-DE", Locale::DOT_COMMA),
            ("DE", Locale::DOT_COMMA),
        ];
        for (tag, want) in cases {
            assert_eq!(Locale::from_tag(tag), want, "{tag}");
        }
    }

    #[test]
    fn numbers() {
        let cases: &[(f64, Option<u32>, &str, &str)] = &[
            (1234.5, None, "en-US", "1,234.5"),
            (1234.5, None, "sv-SE", "1 234,5"),
            (1234.5, None, "nb-NO", "1 234,5"),
            (1234.5, None, "fi-FI", "1 234,5"),
            (1234.5, None, "da-DK", "1.234,5"),
            (1234.5, None, "de-DE", "1.234,5"),
            (1234567.0, None, "en-US", "1,234,567"),
            (1234567.0, None, "sv-SE", "1 234 567"),
            (123.0, None, "en-US", "123"),
            (0.0, None, "en-US", "0"),
            (612.333333, None, "en-US", "612.33"),
            (3.4, None, "sv-SE", "3,4"),
            (-1234.5, None, "en-US", "-1,234.5"),
            (0.0325, None, "en-US", "0.033"),
            (0.5, None, "en-US", "0.5"),
            (0.001234, None, "en-US", "0.0012"),
            (2.5, Some(0), "en-US", "3"),
            (-2.5, Some(0), "en-US", "-3"),
            (-0.001, Some(1), "en-US", "0.0"),
            (1234.5, Some(2), "en-US", "1,234.50"),
            (7.0, Some(1), "da-DK", "7,0"),
            (999.999, None, "en-US", "1,000"),
            (611.9999999999, None, "en-US", "612"),
        ];
        for &(value, decimals, tag, want) in cases {
            let got = number(value, decimals, Locale::from_tag(tag));
            assert_eq!(got, nb(want), "{value} {decimals:?} {tag}");
        }
    }

    #[test]
    fn percents() {
        let cases: &[(f64, Option<u32>, &str, &str)] = &[
            (0.0325, None, "en-US", "3.3%"),
            (0.0325, None, "sv-SE", "3,3 %"),
            (0.0325, None, "de-DE", "3,3 %"),
            (0.25, None, "en-US", "25%"),
            (0.312, None, "en-US", "31.2%"),
            (0.0035, None, "en-US", "0.35%"),
            (1.5, None, "en-US", "150%"),
            (0.0325, Some(2), "en-US", "3.25%"),
            (0.5, Some(1), "fi-FI", "50,0 %"),
        ];
        for &(value, decimals, tag, want) in cases {
            let got = percent(value, decimals, Locale::from_tag(tag));
            assert_eq!(got, nb(want), "{value} {decimals:?} {tag}");
        }
        assert_eq!(whole_percent(0.284, Locale::EN_US), "28%");
        assert_eq!(whole_percent(-0.12, Locale::EN_US), "-12%");
        assert_eq!(whole_percent(1.344, Locale::SPACE_COMMA), nb("134 %"));
    }

    #[test]
    fn currencies() {
        // value, unit, decimals, locale, expected
        type Case<'a> = (f64, Option<&'a str>, Option<u32>, &'a str, &'a str);
        let cases: &[Case] = &[
            (1234.5, Some("kr"), None, "sv-SE", "1 234,50 kr"),
            (1234.5, Some("SEK"), None, "sv-SE", "1 234,50 kr"),
            (1234.5, Some("$"), None, "en-US", "$1,234.50"),
            (1234.5, Some("USD"), None, "en-US", "$1,234.50"),
            (-1234.5, Some("USD"), None, "en-US", "-$1,234.50"),
            (450.0, Some("kr"), None, "sv-SE", "450 kr"),
            (450.0, Some("kr"), Some(2), "sv-SE", "450,00 kr"),
            (1234.5, Some("EUR"), None, "de-DE", "1.234,50 €"),
            (1234.5, Some("EUR"), None, "en-US", "€1,234.50"),
            (1234.5, Some("CHF"), None, "en-US", "1,234.50 CHF"),
            (1234.5, None, None, "en-US", "1,234.50"),
            (1_034_500.5, Some("kr"), None, "sv-SE", "1 034 501 kr"),
            (1_034_500.5, Some("kr"), Some(2), "sv-SE", "1 034 500,50 kr"),
        ];
        for &(value, unit, decimals, tag, want) in cases {
            let got = currency(value, unit, decimals, Locale::from_tag(tag));
            assert_eq!(got, nb(want), "{value} {unit:?} {decimals:?} {tag}");
        }
    }

    #[test]
    fn compact_values() {
        let cases: &[(f64, DisplayFormat, Option<&str>, &str, &str)] = &[
            (9_999.0, DisplayFormat::Number, None, "en-US", "9,999"),
            (14_250.0, DisplayFormat::Number, None, "en-US", "14.3k"),
            (108_000.0, DisplayFormat::Number, None, "en-US", "108k"),
            (120_000.0, DisplayFormat::Number, None, "sv-SE", "120k"),
            (
                1_034_500.5,
                DisplayFormat::Currency,
                Some("kr"),
                "sv-SE",
                "1,03M kr",
            ),
            (
                1_200_000.0,
                DisplayFormat::Currency,
                Some("kr"),
                "en-US",
                "1.2M kr",
            ),
            (
                -14_250.0,
                DisplayFormat::Currency,
                Some("USD"),
                "en-US",
                "-$14.3k",
            ),
            (2.5e9, DisplayFormat::Number, None, "en-US", "2.5B"),
            (
                512.4,
                DisplayFormat::Currency,
                Some("kr"),
                "en-US",
                "512.40 kr",
            ),
            (
                12_345.0,
                DisplayFormat::Percent,
                None,
                "en-US",
                "1,234,500%",
            ),
        ];
        for &(value, format, unit, tag, want) in cases {
            let got = compact_metric_value(value, format, unit, None, Locale::from_tag(tag));
            assert_eq!(got, nb(want), "{value} {format} {unit:?} {tag}");
        }
    }

    #[test]
    fn metric_values_by_format() {
        let en = Locale::EN_US;
        assert_eq!(
            metric_value(0.18, DisplayFormat::Percent, None, None, en),
            "18%"
        );
        assert_eq!(
            metric_value(432.1, DisplayFormat::Currency, Some("$"), None, en),
            "$432.10"
        );
        assert_eq!(
            metric_value(612.0, DisplayFormat::Number, Some("mqls"), None, en),
            "612"
        );
        assert_eq!(
            with_unit("900".into(), DisplayFormat::Number, Some("mqls")),
            nb("900 mqls")
        );
        assert_eq!(
            with_unit("25%".into(), DisplayFormat::Percent, Some("%")),
            "25%"
        );
    }
}
