//! `okr next`: the next cycle's OKR files from this cycle's, edited in place
//! with toml_edit so every comment, source, metric, the North Star and the
//! settings stay as they are. Key results that are done leave (their record
//! is in `<cycle>.review.json`); unfinished ones carry over with `start` set
//! to their closing value and a comment saying so; finished experiments
//! leave with their learnings in the record.
//!
//! Pure: file texts, the closing report and the new cycle in; new texts out.

use chrono::NaiveDate;
use toml_edit::{value, ArrayOfTables, DocumentMut, Item, Table};

use crate::config::model::ExperimentStatus;
use crate::error::Diagnostic;
use crate::report::{walk, KeyResultReport, Report, Status};

/// The next cycle.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NextCycle {
    pub name: String,
    pub start: NaiveDate,
    pub end: NaiveDate,
}

/// What `okr next` does to one file.
#[derive(Debug, Clone, PartialEq)]
pub struct Rewrite {
    pub text: String,
    /// Key results carried over, with what changed.
    pub carried: Vec<String>,
    /// Key results, objectives and experiments that leave.
    pub left: Vec<String>,
}

/// Rewrites one OKR file's text for the next cycle. `main` says whether it
/// holds `[cycle]`.
pub fn rewrite(
    text: &str,
    main: bool,
    closing: &Report,
    experiments: &[crate::config::model::Experiment],
    next: &NextCycle,
) -> Result<Rewrite, Diagnostic> {
    let mut doc: DocumentMut = text
        .parse()
        .map_err(|e: toml_edit::TomlError| Diagnostic::new(super::edit::toml_edit_problem(&e)))?;
    let old_name = closing.cycle.name.clone();
    let old_cycle = (closing.cycle.start, closing.cycle.end);
    let mut carried = Vec::new();
    let mut left = Vec::new();
    if main {
        if let Some(cycle) = doc.get_mut("cycle").and_then(Item::as_table_like_mut) {
            cycle.insert("name", value(next.name.as_str()));
            cycle.insert("start", value(toml_date(next.start)));
            cycle.insert("end", value(toml_date(next.end)));
        }
    }
    let krs: std::collections::HashMap<&str, &KeyResultReport> = walk(&closing.objectives)
        .into_iter()
        .flat_map(|(_, o)| o.key_results.iter())
        .map(|k| (k.id.as_str(), k))
        .collect();
    // Objectives that others align under stay, even with nothing left.
    let parents: std::collections::HashSet<String> = walk(&closing.objectives)
        .into_iter()
        .filter_map(|(_, o)| o.parent.clone())
        .collect();
    if let Some(Item::ArrayOfTables(objectives)) = doc.get_mut("objectives") {
        let mut kept = Kept::default();
        for mut objective in std::mem::take(objectives).into_iter() {
            let id = string(&objective, "id");
            let had = objective
                .get("key_results")
                .and_then(Item::as_array_of_tables)
                .map_or(0, |a| a.len());
            if let Some(Item::ArrayOfTables(list)) = objective.get_mut("key_results") {
                let mut stay = Kept::default();
                for mut kr in std::mem::take(list).into_iter() {
                    let kr_id = string(&kr, "id");
                    match krs.get(kr_id.as_str()) {
                        Some(r) if r.status == Status::Done => {
                            left.push(crate::t!("cmd-next-left-kr", id = kr_id.as_str()));
                            stay.drop(&kr);
                        }
                        Some(r) => {
                            carried.push(carry(&mut kr, r, &old_name, old_cycle));
                            stay.keep(kr);
                        }
                        None => stay.keep(kr),
                    }
                }
                *list = stay.tables;
            }
            let has = objective
                .get("key_results")
                .and_then(Item::as_array_of_tables)
                .map_or(0, |a| a.len());
            if had > 0 && has == 0 && !parents.contains(&id) {
                left.push(crate::t!("cmd-next-left-objective", id = id.as_str()));
                kept.drop(&objective);
                continue;
            }
            kept.keep(objective);
        }
        *objectives = kept.tables;
    }
    if let Some(Item::ArrayOfTables(list)) = doc.get_mut("experiments") {
        let mut stay = Kept::default();
        for e in std::mem::take(list).into_iter() {
            let id = string(&e, "id");
            let finished = experiments.iter().find(|x| x.id == id).is_some_and(|x| {
                matches!(
                    x.status_at(closing.as_of),
                    ExperimentStatus::Won | ExperimentStatus::Lost | ExperimentStatus::Inconclusive
                )
            });
            if finished {
                left.push(crate::t!("cmd-next-left-experiment", id = id.as_str()));
                stay.drop(&e);
            } else {
                stay.keep(e);
            }
        }
        *list = stay.tables;
    }
    Ok(Rewrite {
        text: doc.to_string(),
        carried,
        left,
    })
}

/// The tables of an array that stay. The comments above a table that
/// leaves (a section's heading, say) move to the next table that stays.
#[derive(Default)]
struct Kept {
    tables: ArrayOfTables,
    comments: String,
}

impl Kept {
    fn drop(&mut self, table: &Table) {
        let prefix = table
            .decor()
            .prefix()
            .and_then(|p| p.as_str())
            .unwrap_or("");
        let comments: String = prefix
            .lines()
            .filter(|l| l.trim_start().starts_with('#'))
            .map(|l| format!("{l}\n"))
            .collect();
        self.comments.push_str(&comments);
    }

    fn keep(&mut self, mut table: Table) {
        if !self.comments.is_empty() {
            let prefix = table
                .decor()
                .prefix()
                .and_then(|p| p.as_str())
                .unwrap_or("")
                .to_string();
            let comments = std::mem::take(&mut self.comments);
            table
                .decor_mut()
                .set_prefix(format!("\n{comments}{}", prefix.trim_start_matches('\n')));
        }
        self.tables.push(table);
    }
}

fn toml_date(d: NaiveDate) -> toml_edit::Datetime {
    use chrono::Datelike;
    toml_edit::Datetime {
        date: Some(toml_edit::Date {
            year: u16::try_from(d.year()).unwrap_or(0),
            month: d.month() as u8,
            day: d.day() as u8,
        }),
        time: None,
        offset: None,
    }
}

fn string(table: &Table, key: &str) -> String {
    table
        .get(key)
        .and_then(Item::as_str)
        .unwrap_or_default()
        .to_string()
}

/// A number as TOML writes it: whole numbers without a fraction.
fn number(v: f64) -> toml_edit::Value {
    if v == v.trunc() && v.abs() < 1e15 {
        toml_edit::Value::from(v as i64)
    } else {
        // Closing values keep the precision a person reads: 257.77 kr,
        // 2.1739x, a rate of 0.032459.
        let decimals = match v.abs() {
            a if a >= 100.0 => 2,
            a if a >= 1.0 => 4,
            _ => 6,
        };
        let rounded: f64 = format!("{v:.decimals$}").parse().unwrap_or(v);
        toml_edit::Value::from(rounded)
    }
}

/// Carries an unfinished key result over; says what changed.
fn carry(kr: &mut Table, r: &KeyResultReport, old: &str, cycle: (NaiveDate, NaiveDate)) -> String {
    let mut notes = Vec::new();
    // Dates of the old cycle mean nothing in the new one.
    for key in ["plan", "due", "done_on", "updated", "current"] {
        if kr.remove(key).is_some() {
            notes.push(crate::t!("cmd-next-removed", key = key));
        }
    }
    // A sum or count over the whole cycle starts again from nothing in the
    // next one: its closing value is no start for the next quarter's sum.
    let whole_cycle = r
        .window
        .is_some_and(|w| w.start == cycle.0 && w.end == cycle.1);
    let restarts = whole_cycle
        && matches!(
            r.aggregate,
            Some(crate::report::Aggregate::Sum | crate::report::Aggregate::Count)
        );
    let what = match (r.kind, r.judged_value()) {
        (crate::report::Kind::Increase | crate::report::Kind::Decrease, Some(closing))
            if restarts =>
        {
            let shown = number(closing).to_string().trim().to_string();
            crate::t!("cmd-next-restarts", value = shown)
        }
        (crate::report::Kind::Increase | crate::report::Kind::Decrease, Some(closing)) => {
            let new = number(closing);
            let shown = new.to_string().trim().to_string();
            let before = match kr.get_mut("start").and_then(Item::as_value_mut) {
                Some(v) => {
                    // The value changes; its layout and comment stay.
                    let decor = v.decor().clone();
                    let mut bare = v.clone();
                    bare.decor_mut().clear();
                    *v = new;
                    *v.decor_mut() = decor;
                    bare.to_string()
                }
                None => {
                    kr.insert("start", Item::Value(new));
                    crate::t!("cmd-next-start-none")
                }
            };
            crate::t!("cmd-next-start-moved", before = before, after = shown)
        }
        (crate::report::Kind::Increase | crate::report::Kind::Decrease, None) => {
            crate::t!("cmd-next-no-closing")
        }
        (crate::report::Kind::Milestone, _) => crate::t!("cmd-next-not-done"),
        _ => crate::t!("cmd-next-threshold-kept"),
    };
    let comment = if notes.is_empty() {
        crate::t!("cmd-next-carried-from", old = old, what = what.as_str())
    } else {
        crate::t!(
            "cmd-next-carried-from-removed",
            old = old,
            what = what.as_str(),
            removed = notes.join(", ")
        )
    };
    // The comment goes on the line above the table's header, after any
    // comment already there.
    let prefix = kr
        .decor()
        .prefix()
        .and_then(|p| p.as_str())
        .unwrap_or("")
        .to_string();
    let indent: String = prefix
        .rsplit('\n')
        .next()
        .unwrap_or("")
        .chars()
        .take_while(|c| *c == ' ')
        .collect();
    let base = prefix.trim_end_matches(' ');
    let sep = if base.is_empty() || base.ends_with('\n') {
        ""
    } else {
        "\n"
    };
    kr.decor_mut()
        .set_prefix(format!("{base}{sep}{indent}# {comment}\n{indent}"));
    format!("`{}`: {what}", r.id)
}
