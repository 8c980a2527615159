//! `okr status --since`: what moved, on every key result of the report.

use std::collections::HashMap;

use chrono::NaiveDate;

use super::{KeyResultReport, Moved, ObjectiveReport, Report};

/// Sets `moved` on every key result of `now`: the change since `then`,
/// the report as of the `--since` day, matched by id.
pub fn add(now: &mut Report, then: &Report, since: NaiveDate) {
    let mut before: HashMap<&str, (Option<f64>, Option<f64>)> = HashMap::new();
    for (_, o) in crate::report::walk(&then.objectives) {
        for kr in &o.key_results {
            before.insert(&kr.id, (kr.judged_value(), kr.progress));
        }
    }
    fn visit(o: &mut ObjectiveReport, f: &mut dyn FnMut(&mut KeyResultReport)) {
        o.key_results.iter_mut().for_each(&mut *f);
        for child in &mut o.objectives {
            visit(child, f);
        }
    }
    for o in &mut now.objectives {
        visit(o, &mut |kr| {
            let (value, progress) = before.get(kr.id.as_str()).copied().unwrap_or_default();
            kr.moved = Some(Moved {
                since,
                // A key result judged on its run rate moved by its run rate.
                value: super::change(kr.judged_value(), value),
                progress: super::change(kr.progress, progress),
            });
        });
    }
}
