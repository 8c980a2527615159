//! `--format json`: the report's `Serialize` form, which is the public
//! contract (DESIGN.md section 4). Numbers are written at full precision and
//! never rounded here.

use crate::report::Report;

/// Pretty-printed JSON with a trailing newline.
pub fn render(report: &Report) -> String {
    // The report holds only strings, numbers, dates and enums: serializing it
    // cannot fail (serde_json writes non-finite floats as null).
    let mut out = serde_json::to_string_pretty(report).expect("a Report always serializes");
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::tests::sample_report;

    #[test]
    fn numbers_keep_full_precision() {
        let text = render(&sample_report());
        assert!(text.contains("\"elapsed\": 0.5111111111111111"), "{text}");
        assert!(text.contains("\"progress\": 0.3333333333333333"), "{text}");
        assert!(text.ends_with("}\n"));
    }

    #[test]
    fn output_parses_back_with_the_contract_fields() {
        let value: serde_json::Value = serde_json::from_str(&render(&sample_report())).unwrap();
        assert_eq!(value["as_of"], "2026-02-15");
        assert_eq!(value["cycle"]["name"], "2026-Q1");
        assert_eq!(value["north_star"]["status"], "on-track");
        let kr = &value["objectives"][0]["objectives"][0]["key_results"][0];
        assert_eq!(kr["status"], "guardrail-breached");
        assert_eq!(kr["window"]["start"], "2026-01-01");
        assert!(value["objectives"][0]["key_results"][1]["start"].is_null());
    }
}
