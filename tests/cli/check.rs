//! `okr check`: exit codes and every output format.

use predicates::prelude::*;

use crate::util::*;

#[test]
fn check_exits_1_on_failing_key_results() {
    let config = fixture("basic/okrs.toml");
    okr()
        .args(["check", "--as-of", "2026-02-08", "-c"])
        .arg(&config)
        .assert()
        .code(1)
        .stdout(predicate::str::contains("FAIL  mqls-up"))
        .stdout(predicate::str::contains("guardrail `sql_rate`"));
    okr()
        .args([
            "check",
            "--as-of",
            "2026-02-08",
            "--fail-on",
            "stalled",
            "-c",
        ])
        .arg(&config)
        .assert()
        .code(0);
}
