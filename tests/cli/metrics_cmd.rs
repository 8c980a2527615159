//! `okr metrics`: what each source holds and which configured metrics use
//! it, so a key result without data can be explained.

use crate::util::{fixture, okr};

fn metrics(format: &str) -> (i32, String) {
    let out = okr()
        .current_dir(fixture("errors"))
        .args(["metrics", "-c", "metrics/okrs.toml", "--format", format])
        .output()
        .unwrap();
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    (
        out.status.code().unwrap(),
        String::from_utf8(out.stdout).unwrap(),
    )
}

#[test]
fn lists_found_metrics_their_users_and_what_found_nothing() {
    for format in ["table", "json", "csv"] {
        let (code, stdout) = metrics(format);
        assert_eq!(code, 0);
        insta::assert_snapshot!(format!("metrics-{format}"), stdout);
    }
}

#[test]
fn json_names_the_key_results_without_data_and_a_close_name() {
    let (_, stdout) = metrics("json");
    let json: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    let missing = &json["not_found"][0];
    assert_eq!(missing["metric"], "trials");
    assert_eq!(missing["did_you_mean"], "trials");
    assert_eq!(missing["key_results"][0], "trials-up");
    let signups = &json["found"][0];
    assert_eq!(signups["name"], "signups");
    assert_eq!(signups["rows"], 2);
    assert_eq!(signups["missing"], 1);
    assert_eq!(
        signups["used_by"],
        serde_json::json!(["organic_signups", "signups"])
    );
}

#[test]
fn csv_defuses_names_a_spreadsheet_would_run() {
    let (_, stdout) = metrics("csv");
    let mut reader = csv::Reader::from_reader(stdout.as_bytes());
    let names: Vec<String> = reader
        .records()
        .map(|r| r.unwrap()[1].to_string())
        .collect();
    assert!(
        names.contains(&"'=HYPERLINK(\"x\")".to_string()),
        "{names:?}"
    );
}

#[test]
fn a_broken_source_is_an_error_and_hides_nothing_else() {
    let dir = tempfile::tempdir().unwrap();
    for file in ["okrs.toml", "web.csv"] {
        std::fs::copy(
            fixture(&format!("errors/metrics/{file}")),
            dir.path().join(file),
        )
        .unwrap();
    }
    let out = okr()
        .current_dir(dir.path())
        .args(["metrics", "-c", "okrs.toml"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(stdout.contains("web.csv"), "{stdout}");
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.starts_with("error: ads.csv: cannot read ads.csv"),
        "{stderr}"
    );
}
