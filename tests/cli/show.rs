//! `okr show ID`: one key result or objective in depth, with its chart.
//! Snapshots on the example at two terminal widths.

use predicates::prelude::*;

use crate::util::*;

fn example() -> String {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("okrs.example.toml")
        .to_string_lossy()
        .into_owned()
}

/// `okr show ID` on the example at 2026-11-20, `columns` wide.
fn show(id: &str, columns: usize) -> String {
    let out = okr()
        .env("COLUMNS", columns.to_string())
        .args(["show", id, "-c", &example(), "--as-of", "2026-11-20"])
        .output()
        .unwrap();
    assert_ok(&out);
    assert!(out.stderr.is_empty());
    let text = String::from_utf8(out.stdout).unwrap();
    for line in text.lines() {
        assert!(
            unicode_width::UnicodeWidthStr::width(line) <= columns,
            "wider than {columns}: {line:?}"
        );
    }
    text
}

#[test]
fn a_cycle_window_key_result() {
    insta::assert_snapshot!("sqls_q4_100", show("sqls-q4", 100));
    insta::assert_snapshot!("sqls_q4_60", show("sqls-q4", 60));
}

#[test]
fn a_period_window_key_result_with_a_breached_guardrail() {
    insta::assert_snapshot!("mql_monthly_100", show("mql-monthly", 100));
    insta::assert_snapshot!("mql_monthly_60", show("mql-monthly", 60));
}

#[test]
fn a_stalled_stale_segment_key_result_says_which_rule_fired() {
    let text = show("partner-leads", 100);
    assert!(text.contains("Status      stalled (stale)"), "{text}");
    assert!(
        text.contains("stalled: progress not higher than 14 days ago (2026-11-06)"),
        "{text}"
    );
    assert!(text.contains("segment `partner`"), "{text}");
    assert!(text.contains("newest point 2026-10-30"), "{text}");
}

#[test]
fn a_weekly_threshold_and_a_formula() {
    let text = show("cac-weekly", 100).replace('\u{a0}', " ");
    assert!(text.contains("(2 of 6 periods held)"), "{text}");
    assert!(text.contains("cac = ad_spend / new_customers"), "{text}");
    assert!(text.contains("column `Annonskostnad` of"), "{text}");
    assert!(text.contains("examples/data/annonskostnad.csv"), "{text}");
    assert!(text.contains("bound ≤ 9 500"), "{text}");
}

#[test]
fn a_milestone() {
    insta::assert_snapshot!("pricing_page_100", show("pricing-page", 100));
    insta::assert_snapshot!("pricing_page_60", show("pricing-page", 60));
}

#[test]
fn an_objective_with_its_key_results_and_aligned_objectives() {
    insta::assert_snapshot!("objective_pipeline_100", show("pipeline", 100));
    let narrow = show("pipeline", 60);
    assert!(
        narrow.contains("content-engine (aligned objective)"),
        "{narrow}"
    );
}

#[test]
fn an_unknown_id_is_exit_2_with_a_suggestion() {
    okr()
        .args(["show", "mql-montly", "-c", &example()])
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains(
            "no key result or objective has the id `mql-montly`",
        ))
        .stderr(predicate::str::contains("did you mean `mql-monthly`?"));
}

#[test]
fn json_has_the_key_result_its_definition_and_history() {
    let v = json_of(&[
        "show",
        "mql-monthly",
        "-c",
        &example(),
        "--as-of",
        "2026-11-20",
        "--format",
        "json",
    ]);
    assert_eq!(v["as_of"], "2026-11-20");
    assert_eq!(v["objective"]["id"], "pipeline");
    assert_eq!(v["key_result"]["id"], "mql-monthly");
    assert_eq!(v["key_result"]["status"], "guardrail-breached");
    assert!(v["rule"]
        .as_str()
        .unwrap()
        .starts_with("guardrail-breached:"));
    assert_eq!(v["definition"]["kind"], "source");
    assert_eq!(v["definition"]["source"], "crm");
    assert_eq!(v["definition"]["path"], "examples/data/crm_pipeline.csv");
    // October whole, November so far.
    let points = v["history"]["points"].as_array().unwrap();
    assert_eq!(v["history"]["grain"], "month");
    assert_eq!(points.len(), 2);
    close(&points[0]["value"], 1405.0);
    assert_eq!(points[1]["partial"], true);
    // The plan line covers every day of the cycle: 92 days in Q4.
    assert_eq!(v["history"]["expected"].as_array().unwrap().len(), 92);

    let v = json_of(&[
        "show",
        "pipeline",
        "-c",
        &example(),
        "--as-of",
        "2026-11-20",
        "-f",
        "json",
    ]);
    assert_eq!(v["objective"]["id"], "pipeline");
    assert_eq!(v["objective"]["objectives"][0]["id"], "content-engine");
}

#[test]
fn colors_only_when_asked() {
    let args = ["show", "sqls-q4", "-c", &example(), "--as-of", "2026-11-20"];
    let out = okr().args(args).output().unwrap();
    assert!(!out.stdout.contains(&0x1b));
    let out = okr()
        .args(args)
        .args(["--color", "always"])
        .output()
        .unwrap();
    assert!(out.stdout.contains(&0x1b));
    // JSON is never colored.
    let out = okr()
        .args(args)
        .args(["--color", "always", "--format", "json"])
        .output()
        .unwrap();
    assert!(!out.stdout.contains(&0x1b));
}

#[test]
fn the_readme_shows_real_output() {
    let readme =
        std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md"))
            .unwrap();
    let command = "$ okr show partner-leads -c okrs.example.toml --as-of 2026-11-20\n";
    let start = readme.find(command).expect("the README has the example") + command.len();
    let block = &readme[start..];
    let block = &block[..block.find("```").unwrap()];
    assert_eq!(block, show("partner-leads", 80));
}
