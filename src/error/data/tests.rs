use std::path::PathBuf;

use super::*;
use crate::error::{Diagnostic, Problem};
use crate::i18n::{self, Lang};

/// The data errors people meet most: a bad number, a bad date, a day and
/// month that read either way, a missing column, a file that cannot be
/// read, a bad `--as-of`.
fn typical() -> Vec<(&'static str, Diagnostic)> {
    let cell = |p: CellProblem| Diagnostic::new(DataProblem::Cell(p)).in_file("ads.csv");
    vec![
        (
            "bad number",
            cell(CellProblem::InvalidNumber {
                column: "Clicks".into(),
                found: "twelve".into(),
                decimal: ',',
                set: false,
                other_reads: false,
                source: "ads".into(),
            })
            .at(3, Some(12)),
        ),
        (
            "bad number, other mark",
            cell(CellProblem::InvalidNumber {
                column: "Cost".into(),
                found: "1.5".into(),
                decimal: ',',
                set: true,
                other_reads: true,
                source: "ads".into(),
            })
            .at(4, Some(8)),
        ),
        (
            "bad date",
            cell(CellProblem::InvalidDate {
                column: "Day".into(),
                found: "2026-02-30".into(),
                reading: DateReading::Format {
                    format: "%Y-%m-%d".into(),
                    set: false,
                },
                miss: DateMiss::NoSuchDay,
                source: "ads".into(),
            })
            .at(5, Some(1)),
        ),
        (
            "ambiguous day and month",
            Diagnostic::new(DataProblem::EitherWayDate {
                column: "Date".into(),
                cell: "03/04/26".into(),
                short: true,
                source: "ads".into(),
            })
            .in_file("ads.csv")
            .at(2, None),
        ),
        (
            "missing column",
            Diagnostic::new(DataProblem::Header {
                problem: HeaderProblem::NoMetricColumn {
                    column: "Conversions".into(),
                    metric: "signups".into(),
                    line: 1,
                    columns: vec!["Day".into(), "Clicks".into(), "Cost".into()],
                    suggestion: Some("Conversion".into()),
                },
                other_tables: Vec::new(),
                cause: None,
            })
            .in_file("ads.csv")
            .at(1, None),
        ),
        (
            "unreadable file",
            Diagnostic::new(DataProblem::SourceUnreadable {
                path: PathBuf::from("exports/ads.csv"),
                reason: "Permission denied".into(),
                source: "ads".into(),
                denied: true,
            })
            .in_file("exports/ads.csv"),
        ),
        (
            "bad --as-of",
            Diagnostic::new(DataProblem::Flag(FlagProblem::Date {
                found: "15.02.2026".into(),
            })),
        ),
    ]
}

/// The errors as `okr` prints them, in `lang`.
fn printed(lang: Lang) -> String {
    let _lang = i18n::scoped(lang);
    typical()
        .iter()
        .map(|(name, d)| format!("# {name}\n{d}\n"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Every message and hint of `typical` reads otherwise than in English.
fn assert_translated(lang: Lang) {
    let words = |lang: Lang| {
        let _lang = i18n::scoped(lang);
        typical()
            .into_iter()
            .map(|(name, d)| (name, d.message(), d.hint()))
            .collect::<Vec<_>>()
    };
    for ((name, en, en_hint), (_, other, other_hint)) in
        words(Lang::En).into_iter().zip(words(lang))
    {
        assert_ne!(en, other, "{lang}: {name}: the message is English");
        if en_hint.is_some() {
            assert_ne!(en_hint, other_hint, "{lang}: {name}: the hint is English");
        }
    }
}

#[test]
fn typical_data_errors_in_english() {
    insta::assert_snapshot!("en", printed(Lang::En));
}

#[test]
fn typical_data_errors_in_swedish() {
    assert_translated(Lang::Sv);
    let text = printed(Lang::Sv);
    assert!(
        text.contains("kolumn `Clicks`: ogiltigt tal \"twelve\""),
        "{text}"
    );
    assert!(
        text.contains("tips: ange `date_format = \"%d/%m/%y\"`"),
        "{text}"
    );
    insta::assert_snapshot!("sv", text);
}

#[test]
fn typical_data_errors_in_norwegian() {
    assert_translated(Lang::Nb);
    let text = printed(Lang::Nb);
    assert!(
        text.contains("kolonne `Clicks`: ugyldig tall \"twelve\""),
        "{text}"
    );
    insta::assert_snapshot!("nb", text);
}

#[test]
fn typical_data_errors_in_danish() {
    assert_translated(Lang::Da);
    let text = printed(Lang::Da);
    assert!(
        text.contains("kolonne `Clicks`: ugyldigt tal \"twelve\""),
        "{text}"
    );
    insta::assert_snapshot!("da", text);
}

#[test]
fn typical_data_errors_in_finnish() {
    assert_translated(Lang::Fi);
    let text = printed(Lang::Fi);
    assert!(
        text.contains("sarake `Clicks`: virheellinen luku \"twelve\""),
        "{text}"
    );
    insta::assert_snapshot!("fi", text);
}

/// A command's temporary file is named as the command's output, and the
/// source is named once.
#[test]
fn a_command_output_names_the_command_not_its_file() {
    let inner = Problem::from(DataProblem::EmptyFile {
        path: PathBuf::from("/tmp/.tmpX"),
        source: "bq".into(),
    });
    let p = Problem::in_command_output("bq", inner.clone(), "/tmp/.tmpX", "bq");
    assert_eq!(
        p.message(),
        "the output of `bq` is empty (source `bq`): expected a header line and rows"
    );
    let _sv = i18n::scoped(Lang::Sv);
    assert_eq!(
        p.message(),
        "utdata från `bq` är tom (källan `bq`): en rubrikrad och rader förväntades"
    );
    let unnamed = Problem::in_command_output("bq", DataProblem::FileChanged.into(), "/x", "bq");
    assert_eq!(
        unnamed.message(),
        "källan `bq`: filen ändrades medan den lästes"
    );
}
