//! Real exports read as downloaded (tests/fixtures/exports/): `okr status`
//! gives the hand-computed numbers, `okr sources` says how each file was
//! read, and a file without dates is refused with its columns.

use predicates::prelude::*;

use crate::util::*;

fn status() -> serde_json::Value {
    let config = fixture("exports/okrs.toml");
    json_of(&[
        "status",
        "-c",
        config.to_str().unwrap(),
        "--as-of",
        "2026-10-15",
        "--format",
        "json",
    ])
}

fn value(v: &serde_json::Value, kr: &str) -> f64 {
    let k = find_kr(&v["objectives"], kr).unwrap_or_else(|| panic!("no key result {kr}"));
    k["value"]
        .as_f64()
        .unwrap_or_else(|| panic!("{kr}: no value"))
}

fn assert_value(v: &serde_json::Value, kr: &str, want: f64) {
    let got = value(v, kr);
    assert!(
        (got - want).abs() <= 1e-9 * want.abs().max(1.0),
        "{kr}: {got} != {want}"
    );
}

#[test]
fn analytics_exports() {
    let v = status();
    // GA4 Reports snapshot: the first table, days 0000-0006 from 2026-10-01:
    // 1204 + 1311 + 1150 + 998 + 1402 + 1530 + 1187.
    assert_value(&v, "active-users", 8782.0);
    // ... and its second table: 830 + 902 + 781 + 650 + 990 + 1102 + 841.
    assert_value(&v, "new-users", 6096.0);
    // The same file after an Excel re-save (day numbers 0-6, padded rows).
    assert_value(&v, "active-users-excel", 8782.0);
    // GA4 exploration: three channels a day summed, the grand total row skipped:
    // organic 4429 + direct 2743 + paid 1480.
    assert_value(&v, "sessions", 8652.0);
    assert_value(&v, "revenue", 45758.7);
    // Universal Analytics, M/D/YY, "1,204" is a thousand beside US dates.
    assert_value(&v, "ua-users", 17742.0);
}

#[test]
fn search_console_dates_in_three_languages() {
    let v = status();
    // 121 + 134 + 98 + 77 + 143 + 150 + 112, newest first in the file.
    assert_value(&v, "clicks", 835.0);
    assert_value(&v, "klick", 835.0);
    assert_value(&v, "clics", 835.0);
    // Position averaged over the days: (11.2 + 10.9 + 11.8 + 12.1 + 10.4 + 10.2 + 11.0) / 7.
    let position = 77.6 / 7.0;
    assert_value(&v, "position", position);
    let kr = find_kr(&v["objectives"], "position").unwrap();
    close(&kr["progress"], (position - 12.0) / (8.0 - 12.0));
    assert_eq!(kr["kind"], "decrease");
    // CTR as a ratio of sums: 835 / 47421 impressions.
    assert_value(&v, "search-ctr", 835.0 / 47421.0);
    assert_eq!(
        find_kr(&v["objectives"], "search-ctr").unwrap()["status"],
        "on-track"
    );
}

#[test]
fn ads_exports() {
    let v = status();
    // Google Ads, two campaigns a day, "Total: Account" and "Total: Campaigns" skipped.
    assert_value(&v, "ad-clicks", 3777.0);
    // Quoted thousands: "9,380", "12,051", ...
    assert_value(&v, "ad-impressions", 150571.0);
    assert_value(&v, "ad-cost", 2787.73);
    // The UTF-16 tab-separated "Excel CSV" download gives the same cost.
    assert_value(&v, "ad-cost-excel", 2787.73);
    // " --" conversions are no data: 128 conversions over 11 rows.
    assert_value(&v, "cpa", 2787.73 / 128.0);
    // Meta Ads broken down by day: results (an empty cell is no data) and spend.
    assert_value(&v, "meta-purchases", 100.0);
    assert_value(&v, "meta-spend", 4423.44);
}

#[test]
fn spreadsheet_exports() {
    let v = status();
    // Swedish Excel, Windows-1252 headers, no-break space groups, the Summa row skipped.
    assert_value(&v, "visitors", 8920.0);
    // "12 450,00 kr" ...; one day empty.
    assert_value(&v, "sales", 81950.9);
    // Scientific notation: 1,25E+05 + 1,31E+05 + ... = 892 000.
    assert_value(&v, "views", 892000.0);
    // sep=; first line.
    assert_value(&v, "leads", 45.0);
    assert_value(&v, "lead-cost", 7739.0);
    // LibreOffice: space groups, "41,2 %"; subscribers `last`, open rate `avg`.
    assert_value(&v, "subscribers", 1601.0);
    assert_value(&v, "open-rate", 2.855 / 7.0);
    let kr = find_kr(&v["objectives"], "subscribers").unwrap();
    close(&kr["progress"], 101.0 / 500.0);
}

#[test]
fn a_report_without_dates_is_refused_with_its_columns() {
    let config = fixture("exports/whole-period.toml");
    okr()
        .args(["status", "-c", config.to_str().unwrap(), "--as-of", "2026-10-15"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "google_ads_campaigns_whole_period.csv:3: no date column: the header on line 3 has `Campaign`, `Campaign status`, `Currency code`, `Clicks`, `Impr.`, `Cost`",
        ))
        .stderr(predicate::str::contains("date_column"));
}

#[test]
fn sources_table_says_how_each_file_was_read() {
    let config = fixture("exports/okrs.toml");
    let out = okr()
        .args(["sources", "-c", config.to_str().unwrap()])
        .output()
        .unwrap();
    assert_ok(&out);
    let text = String::from_utf8(out.stdout).unwrap();
    for expected in [
        "ga4-new  ",
        "  header     line 19 (table 2 of 4; the table on line 10 lacks the wanted columns)",
        "  dates      column `Nth day` as day count from 2026-10-01: 2026-10-01 to 2026-10-07, 7 rows",
        "  not read   table 3 on line 28 (`table = 3` reads it): Session primary channel group (Default Channel Group), Sessions",
        "  header     line 3 (under 2 title lines)",
        "  totals     skipped 2 rows (lines 18, 19)",
        "  metric     ad_conversions <- `Conversions`: 11 rows, 3 missing, 2026-10-01 to 2026-10-07",
        "  encoding   Windows-1252",
        "  delimiter  `;`, decimal mark `,`",
        "Datum (date), Besökare (number), Ordrar (number), Försäljning (kr) (number), Visningar (number)",
        "  encoding   UTF-16LE",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in:\n{text}");
    }
}

#[test]
fn sources_json_has_the_report_of_each_source() {
    let config = fixture("exports/okrs.toml");
    let v = json_of(&[
        "sources",
        "-c",
        config.to_str().unwrap(),
        "--format",
        "json",
    ]);
    let sources = v["sources"].as_array().unwrap();
    assert_eq!(sources.len(), 14);
    let ads = sources
        .iter()
        .find(|s| s["name"] == "google-ads-excel")
        .unwrap();
    assert_eq!(ads["ok"], true);
    assert_eq!(ads["encoding"], "UTF-16LE");
    assert_eq!(ads["delimiter"], "tab");
    assert_eq!(ads["header_line"], 3);
    assert_eq!(ads["title_lines"], 2);
    assert_eq!(ads["skipped_totals"], serde_json::json!([18, 19]));
    assert_eq!(
        ads["column_types"][0],
        serde_json::json!({"name": "Day", "type": "date"})
    );
    assert_eq!(ads["read"][0]["metric"], "ad_cost_excel");
    assert_eq!(ads["read"][0]["rows"], 14);
    assert_eq!(ads["read"][0]["first_date"], "2026-10-01");
    assert_eq!(ads["read"][0]["last_date"], "2026-10-07");
}

#[test]
fn sources_of_a_file_that_cannot_be_read_name_the_option() {
    let config = fixture("exports/whole-period.toml");
    let out = okr()
        .args([
            "sources",
            "-c",
            config.to_str().unwrap(),
            "--format",
            "json",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let e = &v["sources"][0]["error"];
    assert_eq!(v["sources"][0]["ok"], false);
    assert_eq!(e["line"], 3);
    assert!(e["hint"]
        .as_str()
        .unwrap()
        .contains("`date_column = \"...\"` on source `google-ads`"));
    assert!(String::from_utf8_lossy(&out.stderr).contains("error: "));

    okr()
        .args([
            "sources",
            "-c",
            config.to_str().unwrap(),
            "--source",
            "google-adz",
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("did you mean `google-ads`?"));
}

/// Round 2 of real exports (tests/fixtures/exports/round2/, where each shape
/// comes from is in its README): every one read with no option but `table`.
#[test]
fn round_two_exports_read_as_they_come() {
    let config = fixture("exports/round2/okrs.toml");
    let v = json_of(&[
        "status",
        "-c",
        config.to_str().unwrap(),
        "--as-of",
        "2026-03-31",
        "--format",
        "json",
    ]);
    for (kr, want) in [
        // Meta Business Suite: UTF-16, `sep=,`, three titled tables that
        // share the header `"Date","Primary"`: 120 + 130 + 140 + 150 ...
        ("fb-reach", 540.0),
        // ... `table = 2`: 12 + 13 + 14 + 15; `table = "Instagram reach"`.
        ("fb-visits", 54.0),
        ("ig-reach", 4600.0),
        // YouTube Studio: the Total row (first) skipped: 200 + 310 + 500.
        ("yt-views", 1010.0),
        // Payments, one row per transaction, `Feb 02, 2026 09:46 pm`:
        // US$1,234.50 + US$65.50 + US$200.00; fees US$0.00 + US$2.20.
        ("revenue", 1500.0),
        ("fees", 2.2),
        // A newsletter tool: one row per campaign, `Tue, Feb 3, 2026 10:00 AM`.
        ("opens", 4600.0),
        // GA4 in Spanish: `Día N` from `# Fecha de inicio:`, both tables.
        ("usuarios", 1007.0),
        ("nuevos", 320.0),
        // German Excel pivot (Windows-1252): `1.234,50 €`, `€ 99,50`,
        // `Gesamtergebnis` skipped, `Besu\u{ad}cher` matches `Besucher`,
        // `#DIV/0!` is no data: (2.5% + 3.0%) / 2.
        ("umsatz", 2334.0),
        ("besucher", 1007.0),
        ("konversion", 0.0275),
        // `Datum;Mått;Värde;Kanal`, a `Totalsumma` row: 100 + 40 + 120.
        ("besok", 260.0),
        ("ordrar", 3.0),
        // Google Sheets: `"Total\nSpend"`; `NaN` and `#N/A` are no data.
        ("spend", 1600.0),
        ("link-clicks", 40.0),
        // CR-only line ends.
        ("signups", 12.0),
        // `2. feb. 2026` (Norwegian), `2 févr. 2026` and `lundi 2 mars 2026`.
        ("visninger", 3540.0),
        ("impressions", 3500.0),
        // LinkedIn Campaign Manager: four title lines, `Start Date (in UTC)`:
        // 45.67 + 1,045.00 + 5.00.
        ("li-spent", 1095.67),
        // Microsoft Advertising: title lines, `Gregorian date`, a Total row,
        // a footer after a blank line: 45.67 + 12.00 + 5.00.
        ("bing-spend", 62.67),
        // Shop orders `#1001`...: 100.50 + 1,000.00 + 20.00.
        ("order-total", 1120.5),
        // `02/01/2026`, `02/02/2026`, `02/03/2026`: consecutive days month
        // first: 100 + 120 + 90.
        ("social-impressions", 310.0),
        // A Swedish pivot table: `Summa av Besök`, `Totalsumma` skipped.
        ("pivot-visits", 220.0),
    ] {
        assert_value(&v, kr, want);
    }
    let out = okr()
        .args(["sources", "-c", config.to_str().unwrap()])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    for expected in [
        "  header     line 17 (table 3 of 3 \"Instagram reach\"; under 1 title line; the table on line 3 lacks the wanted columns)",
        "  not read   table 2 \"Facebook Page visits\" on line 10 (`table = 2` reads it): Date, Primary",
        "  dates      column `Date` as month names, as \"Feb 02, 2026 09:46 pm\": 2026-02-02 to 2026-02-03, 3 rows",
        "  dates      column `Día N` as day count from 2026-02-02: 2026-02-02 to 2026-02-04, 3 rows",
        "  note       2 cells read as no data: NaN or a spreadsheet error (the first: \"NaN\" on line 6)",
        "Datum (date), Umsatz (number), Besu\\u{ad}cher (number), Konversionsrate (number)",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in:\n{text}");
    }
}

#[test]
fn a_date_without_a_year_says_the_year_is_missing() {
    let config = fixture("exports/round2/no-year.toml");
    okr()
        .args(["status", "-c", config.to_str().unwrap()])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "tiktok_no_year.csv:2:1: column `Date`: \"February 2\" has no year",
        ));
}

#[test]
fn table_is_a_title_or_a_number_from_1() {
    let dir = tempfile::tempdir().unwrap();
    let round2 = fixture("exports/round2/meta_business_suite_insights.csv");
    std::fs::copy(round2, dir.path().join("insights.csv")).unwrap();
    for (table, message) in [
        ("0", "table must be a table's title or its number, 1 for the first"),
        ("1.5", "expected a table's title (\"Instagram reach\") or its number (1 for the first)"),
        ("\"TikTok\"", "no table titled \"TikTok\" in the file (the `table` of source `ig`): it has 3 tables: 1 \"Facebook Page reach\" (line 3), 2 \"Facebook Page visits\" (line 10), 3 \"Instagram reach\" (line 17)"),
    ] {
        std::fs::write(
            dir.path().join("okrs.toml"),
            format!("[cycle]\nname = \"Q1\"\nstart = 2026-01-01\nend = 2026-03-31\n[[sources]]\nname = \"ig\"\npath = \"insights.csv\"\nlayout = \"wide\"\ntable = {table}\n[metrics.reach]\nsource = \"ig\"\ncolumn = \"Primary\"\n"),
        )
        .unwrap();
        okr()
            .current_dir(dir.path())
            .args(["validate"])
            .assert()
            .code(2)
            .stderr(predicate::str::contains(message));
    }
    let v = json_of(&[
        "sources",
        "-c",
        fixture("exports/round2/okrs.toml").to_str().unwrap(),
        "--source",
        "meta-bs-visits",
        "--format",
        "json",
    ]);
    let s = &v["sources"][0];
    assert_eq!(s["table"], 2);
    assert_eq!(s["table_title"], "Facebook Page visits");
    assert_eq!(s["other_tables"][1]["number"], 3);
    assert_eq!(s["other_tables"][1]["title"], "Instagram reach");
}

/// A note line without what it quotes from the file (`column`, "cell").
fn without_quotes(line: &str) -> String {
    let mut out = String::new();
    let mut inside: Option<char> = None;
    for c in line.chars() {
        match inside {
            Some(q) if c == q => inside = None,
            Some(_) => {}
            None if c == '`' || c == '"' => inside = Some(c),
            None => out.push(c),
        }
    }
    out
}

#[test]
fn source_notes_are_translated_and_json_keeps_english() {
    let config = fixture("exports/okrs.toml");
    let config = config.to_str().unwrap();
    let args = ["sources", "-c", config, "--as-of", "2026-10-15"];
    let out = okr().args(args).args(["--lang", "sv"]).output().unwrap();
    assert_ok(&out);
    let text = String::from_utf8(out.stdout).unwrap();
    let notes: Vec<String> = text
        .lines()
        .filter(|l| l.trim_start().starts_with("notering"))
        .map(without_quotes)
        .collect();
    assert!(notes.len() >= 10, "{text}");
    // English words of the `ed-note-` messages in en.ftl.
    let english = [
        "decimal",
        "mark",
        "sniffed",
        "line",
        "reads",
        "thousands",
        "beside",
        "read",
        "bytes",
        "header",
        "titles",
        "table",
        "whose",
        "lacks",
        "wanted",
        "columns",
        "skipped",
        "totals",
        "row",
        "rows",
        "cell",
        "cells",
        "spreadsheet",
        "outside",
        "counted",
        "metric",
        "named",
        "file",
        "stopped",
        "another",
        "begins",
        "day",
        "month",
        "groups",
        "first",
    ];
    for note in &notes {
        for word in note.split(|c: char| !c.is_alphanumeric() && c != '-') {
            assert!(
                !english.contains(&word.to_lowercase().as_str()),
                "English `{word}` in: {note}"
            );
        }
    }
    let json = json_of(&[&args[..], &["--lang", "sv", "--format", "json"]].concat());
    let all: Vec<&str> = json
        .as_array()
        .or_else(|| json["sources"].as_array())
        .expect("sources in JSON")
        .iter()
        .flat_map(|s| s["notes"].as_array().into_iter().flatten())
        .filter_map(|n| n.as_str())
        .collect();
    assert!(all.contains(&"skipped 1 totals row (line 8)"), "{all:?}");
    assert!(
        all.contains(&"read as Windows-1252: the bytes are not UTF-8"),
        "{all:?}"
    );
    assert!(
        all.iter()
            .any(|n| n.starts_with("decimal mark `.` sniffed from")),
        "{all:?}"
    );
}
