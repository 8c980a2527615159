//! `--group-by tag:PREFIX`: objectives grouped by the value of their tag
//! with that prefix (e.g. the flywheel's `attract`, `engage`, `delight`).

use super::{Format, RenderOptions};
use crate::report::{ObjectiveReport, Report};

/// One group: the tag value (or `None` for objectives without such a tag)
/// and the report narrowed to its objectives.
#[derive(Debug, Clone, PartialEq)]
pub struct Group {
    pub name: Option<String>,
    pub report: Report,
}

/// The value of the first tag `prefix:value` of an objective.
fn tag_value<'a>(o: &'a ObjectiveReport, prefix: &str) -> Option<&'a str> {
    o.tags.iter().find_map(|t| {
        t.strip_prefix(prefix)
            .and_then(|rest| rest.strip_prefix(':'))
            .filter(|v| !v.is_empty())
    })
}

/// Groups the top-level objectives (each with everything aligned under it)
/// by their tag; an objective without the tag inherits the group of none,
/// but its aligned objectives that carry the tag are lifted into theirs.
/// Groups come in order of first appearance; the untagged group last.
pub fn by_tag(report: &Report, prefix: &str) -> Vec<Group> {
    let mut groups: Vec<Group> = Vec::new();
    let mut untagged: Vec<ObjectiveReport> = Vec::new();
    // Each group's place by its name, and the report without objectives
    // that each group starts from: time linear in the tree however many
    // groups there are.
    let mut places: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    let empty = Report {
        as_of: report.as_of,
        cycle: report.cycle.clone(),
        north_star: report.north_star.clone(),
        objectives: Vec::new(),
        closed: report.closed.clone(),
    };
    fn place(
        o: &ObjectiveReport,
        prefix: &str,
        empty: &Report,
        groups: &mut Vec<Group>,
        places: &mut std::collections::HashMap<String, usize>,
        untagged: &mut Vec<ObjectiveReport>,
    ) {
        match tag_value(o, prefix) {
            Some(value) => {
                let idx = *places.entry(value.to_string()).or_insert_with(|| {
                    groups.push(Group {
                        name: Some(value.to_string()),
                        report: empty.clone(),
                    });
                    groups.len() - 1
                });
                groups[idx].report.objectives.push(o.clone());
            }
            None => {
                let tagged_below = o
                    .objectives
                    .iter()
                    .any(|child| tag_value(child, prefix).is_some());
                if tagged_below {
                    let mut own = o.clone();
                    own.objectives.retain(|c| tag_value(c, prefix).is_none());
                    untagged.push(own);
                    for child in o
                        .objectives
                        .iter()
                        .filter(|c| tag_value(c, prefix).is_some())
                    {
                        place(child, prefix, empty, groups, places, untagged);
                    }
                } else {
                    untagged.push(o.clone());
                }
            }
        }
    }
    for o in &report.objectives {
        place(o, prefix, &empty, &mut groups, &mut places, &mut untagged);
    }
    if !untagged.is_empty() {
        groups.push(Group {
            name: None,
            report: Report {
                objectives: untagged,
                ..empty
            },
        });
    }
    groups
}

/// The status per tag group: a section per group (table, markdown), one
/// JSON object with `groups`, or CSV rows with a leading `group` column.
pub fn render(report: &Report, prefix: &str, format: Format, opts: &RenderOptions) -> String {
    let groups = by_tag(report, prefix);
    let label = |g: &Group| match &g.name {
        Some(name) => format!("{prefix}:{name}"),
        None => crate::t!("st-group-untagged", prefix = prefix),
    };
    match format {
        Format::Json => {
            let value = serde_json::json!({
                "as_of": report.as_of,
                "cycle": report.cycle,
                "north_star": report.north_star,
                "group_by": prefix,
                "groups": groups.iter().map(|g| serde_json::json!({
                    "tag": g.name,
                    "objectives": g.report.objectives,
                })).collect::<Vec<_>>(),
            });
            serde_json::to_string_pretty(&value).unwrap_or_default() + "\n"
        }
        Format::Csv => {
            let mut out = String::new();
            for (i, g) in groups.iter().enumerate() {
                let text = super::render(&g.report, Format::Csv, opts);
                for (n, line) in text.lines().enumerate() {
                    if n == 0 {
                        if i == 0 {
                            out.push_str(&format!("group,{line}\n"));
                        }
                        continue;
                    }
                    let name = g.name.as_deref().unwrap_or("");
                    out.push_str(&format!("{},{line}\n", crate::render::csv::text(name)));
                }
            }
            out
        }
        Format::Table | Format::Markdown => {
            let mut out = String::new();
            for (i, g) in groups.iter().enumerate() {
                let mut sub = g.report.clone();
                if i > 0 {
                    // The North Star once, at the top.
                    sub.north_star = None;
                }
                let heading = label(g);
                if format == Format::Markdown {
                    out.push_str(&format!(
                        "## {}\n\n",
                        crate::render::markdown::escape(&heading)
                    ));
                } else {
                    out.push_str(&format!("▌{heading}\n"));
                }
                out.push_str(&super::render(&sub, format, opts));
                out.push('\n');
            }
            out
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn objective(id: &str, tags: &[&str], children: Vec<ObjectiveReport>) -> ObjectiveReport {
        ObjectiveReport {
            id: id.into(),
            title: id.into(),
            owner: None,
            progress: None,
            grade: None,
            status: crate::report::Status::NoData,
            kind: crate::report::ObjectiveType::Aspirational,
            weight: 1.0,
            parent: None,
            tags: tags.iter().map(|t| t.to_string()).collect(),
            key_results: Vec::new(),
            objectives: children,
        }
    }

    #[test]
    fn groups_by_prefix_and_lifts_tagged_children() {
        let report = Report {
            as_of: "2026-01-01".parse().unwrap(),
            cycle: crate::report::CycleReport {
                name: "q".into(),
                start: "2026-01-01".parse().unwrap(),
                end: "2026-03-31".parse().unwrap(),
                elapsed: 0.0,
            },
            north_star: None,
            closed: None,
            objectives: vec![
                objective("a", &["flywheel:attract"], vec![]),
                objective(
                    "company",
                    &[],
                    vec![
                        objective("d", &["flywheel:delight"], vec![]),
                        objective("x", &["other:y"], vec![]),
                    ],
                ),
                objective("a2", &["flywheel:attract", "team:web"], vec![]),
            ],
        };
        let groups = by_tag(&report, "flywheel");
        let names: Vec<Option<&str>> = groups.iter().map(|g| g.name.as_deref()).collect();
        assert_eq!(names, vec![Some("attract"), Some("delight"), None]);
        let ids = |g: &Group| {
            g.report
                .objectives
                .iter()
                .map(|o| o.id.clone())
                .collect::<Vec<_>>()
        };
        assert_eq!(ids(&groups[0]), vec!["a", "a2"]);
        assert_eq!(ids(&groups[1]), vec!["d"]);
        assert_eq!(ids(&groups[2]), vec!["company"]);
        assert_eq!(groups[2].report.objectives[0].objectives[0].id, "x");
    }
}
