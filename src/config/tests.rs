//! The loader's validation, one bad input at a time: each must be refused
//! with its location and a hint.

use super::*;

const HEAD: &str = r#"[cycle]
name = "q"
start = 2026-01-01
end = 2026-03-31

[[sources]]
name = "ads"
path = "ads.csv"

[metrics.revenue]
source = "ads"
[metrics.ad_cost]
source = "ads"
"#;

fn load_text(body: &str) -> Result<Config, Diagnostics> {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("okrs.toml");
    std::fs::write(&path, format!("{HEAD}{body}")).unwrap();
    load(&path)
}

/// Each body is refused, and its problems say the words given with it.
fn refused_saying(cases: &[(&str, &str)]) {
    for (body, says) in cases {
        let text = problems(body);
        assert!(text.contains(says), "{body}: {text}");
    }
}

fn problems(body: &str) -> String {
    match load_text(body) {
        Ok(_) => panic!("accepted:\n{body}"),
        Err(d) => d.to_string(),
    }
}

#[test]
fn formula_loops_name_the_chain() {
    let text = problems(
        "[metrics.a]\nformula = \"b + 1\"\n[metrics.b]\nformula = \"c * 2\"\n[metrics.c]\nformula = \"a / revenue\"\n",
    );
    assert!(text.contains("formulas loop: a -> b -> c -> a"), "{text}");
    assert!(text.contains("okrs.toml:14:"), "{text}");
}

#[test]
fn a_formula_may_use_a_formula() {
    let c = load_text(
        "[metrics.roas]\nformula = \"revenue / ad_cost\"\n[metrics.roas_pct]\nformula = \"roas * 100\"\n",
    )
    .unwrap();
    assert_eq!(c.metrics.len(), 4);
}

#[test]
fn unknown_names_in_formulas_get_did_you_mean() {
    let text = problems("[metrics.roas]\nformula = \"revenue / ad_cots\"\n");
    assert!(
        text.contains("formula of `roas` uses unknown metric `ad_cots`"),
        "{text}"
    );
    assert!(text.contains("did you mean `ad_cost`?"), "{text}");
    // The caret sits under the name inside the formula.
    assert!(text.contains("okrs.toml:15:22"), "{text}");
}

#[test]
fn formula_syntax_errors_point_into_the_formula() {
    let text = problems("[metrics.roas]\nformula = \"(revenue / ad_cost\"\n");
    assert!(text.contains("never closed"), "{text}");
    assert!(text.contains("okrs.toml:15:12"), "{text}");
}

#[test]
fn a_ratio_of_a_ratio_is_refused() {
    let text = problems(
        "[metrics.roas]\nratio = { numerator = \"revenue\", denominator = \"ad_cost\" }\n[metrics.odd]\nratio = { numerator = \"roas\", denominator = \"ad_cost\" }\n",
    );
    assert!(text.contains("a ratio of a ratio means nothing"), "{text}");
}

#[test]
fn a_metric_needs_exactly_one_definition() {
    let text = problems("[metrics.x]\nsource = \"ads\"\nformula = \"revenue\"\n");
    assert!(
        text.contains("exactly one of `source`, `ratio` or `formula`, found 2"),
        "{text}"
    );
    let text = problems("[metrics.y]\nunit = \"kr\"\n");
    assert!(text.contains("found 0"), "{text}");
}

#[test]
fn an_unknown_source_is_refused_with_a_suggestion() {
    let text = problems("[metrics.x]\nsource = \"adz\"\n");
    assert!(text.contains("unknown source `adz`"), "{text}");
    assert!(text.contains("did you mean `ads`?"), "{text}");
}

#[test]
fn plan_dates_must_increase_and_stay_in_the_cycle() {
    let text = problems(
        r#"[[objectives]]
id = "o"
title = "O"
  [[objectives.key_results]]
  id = "k"
  title = "K"
  metric = "revenue"
  start = 0
  target = 10
  plan = [ { date = 2026-02-01, value = 3 }, { date = 2026-01-15, value = 5 }, { date = 2026-03-31, value = 9 } ]
"#,
    );
    assert!(text.contains("must be strictly increasing"), "{text}");
    assert!(text.contains("plan date 2026-03-31"), "{text}");
}

#[test]
fn includes_add_objectives_and_ids_are_unique_across_files() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("teams")).unwrap();
    let main = format!(
        "include = [\"teams/*.toml\"]\n{HEAD}\n[[objectives]]\nid = \"company\"\ntitle = \"C\"\n"
    );
    std::fs::write(dir.path().join("okrs.toml"), main).unwrap();
    std::fs::write(
        dir.path().join("teams/a.toml"),
        "[[objectives]]\nid = \"team-a\"\ntitle = \"A\"\nparent = \"company\"\n",
    )
    .unwrap();
    let c = load(&dir.path().join("okrs.toml")).unwrap();
    assert_eq!(c.objectives.len(), 2);
    assert_eq!(c.objectives[1].parent.as_deref(), Some("company"));
    std::fs::write(
        dir.path().join("teams/b.toml"),
        "[[objectives]]\nid = \"company\"\ntitle = \"again\"\n",
    )
    .unwrap();
    let text = load(&dir.path().join("okrs.toml")).unwrap_err().to_string();
    assert!(
        text.contains("b.toml:2:6: duplicate id `company`"),
        "{text}"
    );
    assert!(text.contains("the first is at"), "{text}");
}

#[test]
fn a_toml_syntax_error_is_located() {
    let text = problems("[[objectives]]\nid = \"o\nt");
    assert!(text.contains("okrs.toml:16:"), "{text}");
}

#[test]
fn settings_out_of_range_are_refused_one_by_one() {
    let cases = [
        (
            "at_risk_below = 0",
            "at_risk_below must be in (0, 1], found 0",
        ),
        (
            "at_risk_below = 1.5",
            "at_risk_below must be in (0, 1], found 1.5",
        ),
        (
            "off_track_below = -0.1",
            "off_track_below must be in [0, 1], found -0.1",
        ),
        (
            "at_risk_below = 0.5\noff_track_below = 0.7",
            "off_track_below (0.7) is above at_risk_below (0.5)",
        ),
        ("stall_days = 0", "stall_days must be at least 1, found 0"),
        ("stale_days = -1", "stale_days cannot be negative, found -1"),
        ("settle_days = 0", "settle_days must be at least 1, found 0"),
    ];
    for (setting, says) in cases {
        let text = problems(&format!("[settings]\n{setting}\n"));
        assert!(text.contains(says), "{setting}: {text}");
        assert!(
            text.contains("okrs.toml:"),
            "{setting}: no location in {text}"
        );
    }
    // In range, each is taken as written.
    let body = "[settings]\nat_risk_below = 1\noff_track_below = 0\nstall_days = 1\nstale_days = 0\nsettle_days = 3\n";
    let s = load_text(body).expect("in range").settings;
    assert_eq!(
        (
            s.at_risk_below,
            s.off_track_below,
            s.stall_days,
            s.stale_days,
            s.settle_days
        ),
        (1.0, 0.0, 1, 0, 3)
    );
}

#[test]
fn each_source_kind_names_the_keys_it_needs() {
    let cases = [
        ("[[sources]]\nname = \"x\"\n", "source `x` has no `path`"),
        (
            "[[sources]]\nname = \"x\"\nkind = \"sqlite\"\npath = \"a.db\"\n",
            "sqlite source `x` needs `path` and `query`",
        ),
        (
            "[[sources]]\nname = \"x\"\nkind = \"command\"\n",
            "command source `x` needs `command`",
        ),
        (
            "[[sources]]\nname = \"x\"\nkind = \"postgres\"\nquery = \"select 1\"\n",
            "postgres source `x` needs `url_env` and `query`",
        ),
    ];
    refused_saying(&cases);
}

#[test]
fn a_misspelt_word_lists_the_words_it_can_be() {
    let cases = [
        (
            "[[objectives]]\nid = \"o\"\ntitle = \"O\"\nrollup = \"keyresult\"\n",
            "unknown variant `keyresult`, expected one of `all`, `key_results`, `aligned`",
        ),
        (
            "[[objectives]]\nid = \"o\"\ntitle = \"O\"\ntype = \"stretch\"\n",
            "unknown variant `stretch`, expected `aspirational` or `committed`",
        ),
        (
            "[[sources]]\nname = \"x\"\npath = \"x.csv\"\nlayout = \"tall\"\n",
            "unknown variant `tall`, expected `long` or `wide`",
        ),
        (
            "[metrics.x]\nsource = \"ads\"\naggregate = \"mean\"\n",
            "unknown variant `mean`, expected one of `sum`, `avg`, `min`, `max`, `last`, `count`",
        ),
    ];
    refused_saying(&cases);
}
