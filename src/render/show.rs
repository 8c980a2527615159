//! `okr show ID`: one key result or objective in depth.
//!
//! A key result: its numbers, its status and the rule that gave it, how its
//! metric is computed (from the model: source file, column, segment,
//! aggregate, window, ratio parts, formula), guardrails, data freshness and
//! a braille chart of its value over the cycle against the plan line and
//! the forecast. An objective: its roll-up, why its status is what it is,
//! and its subtree as the status table draws it.
//!
//! `--format json` writes the same facts: the key result as `okr status
//! --format json` does, plus `rule`, `definition` and `history`.

use crate::controls::one_line;
use crate::controls::paint;
use std::path::Path;

use chrono::{Days, NaiveDate};
use serde::Serialize;
use unicode_width::UnicodeWidthStr;

use crate::config::model::{Config, KeyResult, KrKind, Layout, MetricKind, SourceKind, Window};
use crate::render::cells::{self, Numbers};
use crate::render::chart::{self, Chart, Line, Pattern};
use crate::render::grid::{wrap_lines, Overlong::Keep};
use crate::render::number::{self, Locale};
use crate::render::reason;
use crate::render::{table, RenderOptions};
use crate::report::{
    CycleReport, GuardrailState, History, KeyResultReport, ObjectiveReport, Report, Status,
};

/// Label column of the fields: the longest label and a space.
const LABEL_WIDTH: usize = 12;
/// The chart never grows wider than this, however wide the terminal.
const MAX_CHART_WIDTH: usize = 140;

/// One key result with what surrounds it.
pub struct KeyResultView<'a> {
    pub config: &'a Config,
    pub report: &'a Report,
    pub objective: &'a ObjectiveReport,
    pub kr: &'a KeyResultReport,
    pub history: Option<&'a History>,
}

impl KeyResultView<'_> {
    fn model(&self) -> Option<&KeyResult> {
        self.config
            .objectives
            .iter()
            .flat_map(|o| &o.key_results)
            .find(|k| k.id == self.kr.id)
    }
}

/// The key result in depth, ending with a newline.
pub fn key_result(view: &KeyResultView, opts: &RenderOptions) -> String {
    let kr = view.kr;
    let locale = Locale::from_tag(&opts.locale);
    let numbers = Numbers {
        locale,
        compact: false,
        units: true,
    };
    let value_text = |v: f64| {
        number::with_unit(
            number::metric_value(v, kr.format, kr.unit.as_deref(), kr.decimals, locale),
            kr.format,
            kr.unit.as_deref(),
        )
    };
    let mut out = Fields::new(opts);
    out.title(&kr.title);
    // A key result's owner is its own, else its objective's.
    let owner = match (&kr.owner, &view.objective.owner) {
        (Some(o), Some(of_objective)) if o == of_objective => {
            format!(" · owner {o} (the objective's)")
        }
        (Some(o), _) => format!(" · owner {o}"),
        (None, _) => String::new(),
    };
    out.line(&format!(
        "{} · key result of “{}” ({}){owner}",
        kr.id,
        one_line(&view.objective.title),
        view.objective.id
    ));
    out.blank();

    let status = cells::status(kr.status, kr.stale);
    out.field_styled("Status", &status, Some(table::status_style(kr.status)));
    if !kr.reason.is_none() {
        out.field("Why", &reason::of_kr(kr, locale));
    }
    out.field("Rule", &rule(view, locale));
    out.blank();

    // The numbers.
    let mut value = cells::kr_value(kr, numbers).unwrap_or_else(|| "—".into());
    if kr.kind != crate::report::Kind::Milestone && kr.value.is_some() {
        value = number::with_unit(value, kr.format, kr.unit.as_deref());
    }
    if kr.partial {
        value.push_str(" (so far: the period has not ended)");
    }
    out.field("Value", &value);
    if let Some(start) = kr.start {
        out.field("Start", &value_text(start));
    }
    let target = cells::kr_target(kr, numbers);
    if !target.is_empty() {
        out.field("Target", &target);
    }
    if let Some(p) = kr.progress {
        let mut text = format!("{} {}", bar(p), number::whole_percent(p, locale));
        if let Some((held, judged)) = kr.periods_held.zip(kr.periods_judged) {
            text.push_str(&format!(" ({held} of {judged} periods held)"));
        }
        out.field("Progress", &text);
    }
    if let Some(e) = kr.expected {
        let mut text = number::whole_percent(e, locale);
        if let Some(p) = kr.progress.filter(|_| e > 0.0) {
            text.push_str(&format!(
                " (pace: progress / expected = {})",
                number::whole_percent(p / e, locale)
            ));
        }
        out.field("Expected", &text);
    }
    if let Some(f) = kr.forecast {
        let text = format!("{} by {}", value_text(f), view.report.cycle.end);
        out.field("Forecast", &text);
    } else if kr.kind == crate::report::Kind::Increase || kr.kind == crate::report::Kind::Decrease {
        let why = match view.model().map(|m| m.window) {
            Some(Window::Period(_)) => "— (period windows have none)".to_string(),
            _ if kr.value.is_none() => "— (no data yet)".to_string(),
            _ if kr.stale == Some(true) => {
                "— (none while the data is stale: a line would rise on days that have no data)"
                    .to_string()
            }
            _ => format!(
                "— (needs data on {}: settle_days)",
                days(view.config.settings.settle_days)
            ),
        };
        out.field("Forecast", &why);
    }
    if let Some(g) = kr.grade {
        out.field("Grade", &number::grade(g, locale));
    }
    if let Some(due) = kr.due {
        out.field("Due", &due_text(kr, due, view.report.as_of));
    }
    if let Some(c) = &kr.confidence {
        // Its trend: each confidence said this cycle, oldest first.
        let trend: Vec<String> = view
            .model()
            .map(|m| {
                m.pulses
                    .iter()
                    .filter(|p| p.date >= view.report.cycle.start && p.date <= view.report.as_of)
                    .filter_map(|p| p.confidence.map(|c| c.to_string()))
                    .collect()
            })
            .unwrap_or_default();
        let trend = if trend.len() > 1 {
            format!(", trend {}", trend.join(" → "))
        } else {
            String::new()
        };
        out.field(
            "Confidence",
            &format!("{}/10 on {}{trend}", c.value, c.date),
        );
    }
    if let Some(n) = &kr.note {
        out.field("Note", &format!("“{}” ({})", one_line(&n.value), n.date));
    }
    out.blank();

    // Where the numbers come from.
    if let Some(model) = view.model() {
        let lines = definition_lines(view.config, model);
        out.field_lines("Metric", &lines);
    }
    if let Some(window) = window_text(view) {
        out.field("Window", &window);
    }
    if !kr.guardrails.is_empty() {
        let lines: Vec<String> = kr
            .guardrails
            .iter()
            .map(|g| {
                let num = |v: f64| {
                    number::metric_value(v, g.format, g.unit.as_deref(), g.decimals, locale)
                };
                let mut bounds = Vec::new();
                if let Some(min) = g.min {
                    bounds.push(format!("min {}", num(min)));
                }
                if let Some(max) = g.max {
                    bounds.push(format!("max {}", num(max)));
                }
                let (mark, state) = match g.state {
                    GuardrailState::Ok => ("✓", "ok"),
                    GuardrailState::Breached => ("✗", "breached"),
                    GuardrailState::Unknown => ("?", "unknown: no data"),
                };
                let value = g.value.map(num).unwrap_or_else(|| "—".into());
                format!(
                    "{mark} {} {value} ({}): {state}",
                    g.metric,
                    bounds.join(", ")
                )
            })
            .collect();
        out.field_lines("Guardrails", &lines);
    }
    let mut experiments: Vec<String> = view
        .config
        .experiments
        .iter()
        .filter(|e| e.key_results.contains(&kr.id))
        .map(|e| {
            let status = e.status_at(view.report.as_of);
            format!("{} ({}): {}", e.id, status.name(), one_line(&e.title))
        })
        .collect();
    if kr.needs_experiment {
        experiments.push("⚑ off track with no running experiment".to_string());
    }
    if !experiments.is_empty() {
        out.field_lines("Experiments", &experiments);
    }
    if let Some(data) = data_text(view) {
        out.field("Data", &data);
    }
    out.field("Weight", &number::number(kr.weight, None, locale));
    if let Some(file) = kr.loc.file.file_name() {
        let line = if kr.loc.line > 0 {
            format!(":{}", kr.loc.line)
        } else {
            String::new()
        };
        out.field("Declared", &format!("{}{line}", file.to_string_lossy()));
    }

    if let Some(history) = view.history {
        let drawn = kr_chart(view, history, opts);
        if !drawn.is_empty() {
            out.blank();
            out.raw(&drawn);
        }
    }
    out.finish()
}

/// The objective, its roll-up and its subtree, ending with a newline.
pub fn objective(
    config: &Config,
    report: &Report,
    objective: &ObjectiveReport,
    opts: &RenderOptions,
) -> String {
    let locale = Locale::from_tag(&opts.locale);
    let model = config.objectives.iter().find(|o| o.id == objective.id);
    let mut out = Fields::new(opts);
    out.title(&objective.title);
    let mut about = vec![
        objective.id.clone(),
        format!("{} objective", objective.kind),
    ];
    if let Some(owner) = &objective.owner {
        about.push(format!("owner {owner}"));
    }
    out.line(&about.join(" · "));
    out.blank();

    out.field_styled(
        "Status",
        objective.status.name(),
        Some(table::status_style(objective.status)),
    );
    out.field("Why", &objective_reason(objective, model.map(|m| m.rollup)));
    out.blank();
    match objective.progress {
        Some(p) => out.field(
            "Progress",
            &format!("{} {}", bar(p), number::whole_percent(p, locale)),
        ),
        None => out.field("Progress", "— (nothing under it)"),
    }
    if let Some(g) = objective.grade {
        let scale = super::review::kind_note(objective.kind, locale);
        out.field("Grade", &format!("{} ({scale})", number::grade(g, locale)));
    }
    let rollup = match model.map(|m| m.rollup) {
        Some(crate::config::model::Rollup::KeyResults) => {
            "its key results only (rollup = \"key_results\")"
        }
        Some(crate::config::model::Rollup::Aligned) => {
            "its aligned objectives only (rollup = \"aligned\")"
        }
        _ => "key results and aligned objectives, by weight",
    };
    out.field("Rolls up", rollup);
    if let Some(parent) = &objective.parent {
        out.field("Parent", parent);
    }
    if !objective.tags.is_empty() {
        out.field("Tags", &objective.tags.join(", "));
    }
    out.field("Weight", &number::number(objective.weight, None, locale));
    out.blank();
    let subtree = Report {
        north_star: None,
        objectives: vec![objective.clone()],
        ..report.clone()
    };
    out.raw(&table::render(&subtree, opts));
    out.finish()
}

/// `okr show KR --format json`.
pub fn key_result_json(view: &KeyResultView) -> String {
    #[derive(Serialize)]
    struct Parent<'a> {
        id: &'a str,
        title: &'a str,
    }
    #[derive(Serialize)]
    struct Json<'a> {
        as_of: NaiveDate,
        cycle: &'a CycleReport,
        objective: Parent<'a>,
        key_result: &'a KeyResultReport,
        rule: String,
        definition: Option<Definition>,
        history: Option<&'a History>,
    }
    let json = Json {
        as_of: view.report.as_of,
        cycle: &view.report.cycle,
        objective: Parent {
            id: &view.objective.id,
            title: &view.objective.title,
        },
        key_result: view.kr,
        rule: rule(view, Locale::EN_US),
        definition: view
            .kr
            .metric
            .as_deref()
            .and_then(|m| definition(view.config, m, 0)),
        history: view.history,
    };
    to_json(&json)
}

/// `okr show OBJECTIVE --format json`.
pub fn objective_json(report: &Report, objective: &ObjectiveReport) -> String {
    #[derive(Serialize)]
    struct Json<'a> {
        as_of: NaiveDate,
        cycle: &'a CycleReport,
        objective: &'a ObjectiveReport,
    }
    to_json(&Json {
        as_of: report.as_of,
        cycle: &report.cycle,
        objective,
    })
}

fn to_json(value: &impl Serialize) -> String {
    let mut text = serde_json::to_string_pretty(value).unwrap_or_else(|e| {
        // Serializing plain data cannot fail; say so rather than panic.
        format!("{{\"error\": \"{e}\"}}")
    });
    text.push('\n');
    text
}

/// How a metric is computed, for `--format json`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
enum Definition {
    Source {
        metric: String,
        source: String,
        path: Option<String>,
        layout: &'static str,
        column: String,
        segment: Option<String>,
        aggregate: &'static str,
    },
    Ratio {
        metric: String,
        numerator: Option<Box<Definition>>,
        denominator: Option<Box<Definition>>,
    },
    Formula {
        metric: String,
        formula: String,
        parts: Vec<Definition>,
    },
}

/// Formulas may name formulas; validation forbids loops, this bounds depth.
const MAX_DEPTH: usize = 8;

fn definition(config: &Config, name: &str, depth: usize) -> Option<Definition> {
    let metric = config.metrics.get(name)?;
    if depth > MAX_DEPTH {
        return None;
    }
    Some(match &metric.kind {
        MetricKind::Source {
            source,
            column,
            segment,
        } => {
            let declared = config.sources.iter().find(|s| s.name == *source);
            Definition::Source {
                metric: name.to_string(),
                source: source.clone(),
                path: declared.and_then(|s| source_path(config, &s.kind)),
                layout: match declared.map(|s| s.layout) {
                    Some(Layout::Wide) => "wide",
                    _ => "long",
                },
                column: column.clone(),
                segment: segment.clone(),
                aggregate: metric.aggregate.name(),
            }
        }
        MetricKind::Ratio {
            numerator,
            denominator,
        } => Definition::Ratio {
            metric: name.to_string(),
            numerator: definition(config, numerator, depth + 1).map(Box::new),
            denominator: definition(config, denominator, depth + 1).map(Box::new),
        },
        MetricKind::Formula { text, expr } => Definition::Formula {
            metric: name.to_string(),
            formula: text.clone(),
            parts: expr
                .metric_names()
                .into_iter()
                .filter_map(|m| definition(config, m, depth + 1))
                .collect(),
        },
    })
}

/// A source's file, relative to the OKR file's folder when inside it.
fn source_path(config: &Config, kind: &SourceKind) -> Option<String> {
    let path = match kind {
        SourceKind::Csv { path } | SourceKind::Sqlite { path, .. } => path,
        SourceKind::Postgres { url_env, .. } => return Some(format!("${url_env}")),
        SourceKind::Command { argv, .. } => {
            return argv
                .first()
                .map(|program| crate::config::model::ArgPiece::written(program))
        }
    };
    let base = config.path.parent().unwrap_or(Path::new(""));
    let shown = path.strip_prefix(base).unwrap_or(path);
    Some(shown.to_string_lossy().replace('\\', "/"))
}

/// How the key result's value is computed, in sentences.
fn definition_lines(config: &Config, kr: &KeyResult) -> Vec<String> {
    match &kr.kind {
        KrKind::Milestone { .. } => vec!["none: a milestone is checked in by hand".into()],
        KrKind::Progress {
            source: crate::config::model::ValueSource::Manual(checkins),
            ..
        }
        | KrKind::Threshold {
            source: crate::config::model::ValueSource::Manual(checkins),
            ..
        } => vec![format!(
            "none: measured by hand, the latest check-in counts ({} so far)",
            checkins.len()
        )],
        _ => {
            let Some(name) = kr.metric() else {
                return Vec::new();
            };
            let mut lines = Vec::new();
            if let Some(d) = definition(config, name, 0) {
                let aggregate = match kr.aggregate {
                    Some(a) => Aggregation::KeyResult(a.name()),
                    None => Aggregation::Own,
                };
                describe(&d, aggregate, 0, &mut lines);
            }
            lines
        }
    }
}

/// Which aggregate a metric read from a source is described with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Aggregation<'a> {
    /// Its own.
    Own,
    /// The key result's `aggregate`, which overrides the metric's.
    KeyResult(&'a str),
    /// A ratio sums its parts whatever their aggregate.
    RatioPart,
}

fn describe(d: &Definition, aggregate: Aggregation, depth: usize, out: &mut Vec<String>) {
    let pad = "  ".repeat(depth);
    match d {
        Definition::Source {
            metric,
            source,
            path,
            layout,
            column,
            segment,
            aggregate: own,
        } => {
            let what = if *layout == "wide" {
                format!("column `{column}`")
            } else {
                format!("metric `{column}`")
            };
            let file = path.as_deref().unwrap_or("?");
            let segment = segment
                .as_ref()
                .map(|s| format!(", segment `{s}`"))
                .unwrap_or_default();
            let aggregate = match aggregate {
                Aggregation::RatioPart => "summed".to_string(),
                Aggregation::KeyResult(a) if a != *own => {
                    format!("{a} (the key result's; the metric's is {own})")
                }
                Aggregation::KeyResult(a) => a.to_string(),
                Aggregation::Own => own.to_string(),
            };
            out.push(format!(
                "{pad}{metric}: {what} of {file} (source `{source}`, {layout}){segment}, \
                 {aggregate} over the window"
            ));
        }
        Definition::Ratio {
            metric,
            numerator,
            denominator,
        } => {
            let name = |p: &Option<Box<Definition>>| match p.as_deref() {
                Some(Definition::Source { metric, .. })
                | Some(Definition::Ratio { metric, .. })
                | Some(Definition::Formula { metric, .. }) => metric.clone(),
                None => "?".into(),
            };
            out.push(format!(
                "{pad}{metric} = sum({}) / sum({}) over the window",
                name(numerator),
                name(denominator)
            ));
            for part in [numerator, denominator].into_iter().flatten() {
                describe_part(part, depth + 1, out);
            }
        }
        Definition::Formula {
            metric,
            formula,
            parts,
        } => {
            out.push(format!(
                "{pad}{metric} = {formula}, each part over the window, then the formula once"
            ));
            for part in parts {
                describe(part, Aggregation::Own, depth + 1, out);
            }
        }
    }
}

/// A ratio's part: summed whatever its own aggregate.
fn describe_part(d: &Definition, depth: usize, out: &mut Vec<String>) {
    match d {
        Definition::Source { .. } => describe(d, Aggregation::RatioPart, depth, out),
        _ => describe(d, Aggregation::Own, depth, out),
    }
}

fn window_text(view: &KeyResultView) -> Option<String> {
    let kr = view.kr;
    let model = view.model()?;
    // No-break spaces keep a range on one line when the field wraps.
    let range = |r: crate::report::DateRange| format!("{}\u{a0}–\u{a0}{}", r.start, r.end);
    if let KrKind::Threshold {
        every: Some(grain), ..
    } = &model.kind
    {
        let latest = kr
            .window
            .map(|w| format!("; the latest: {}", range(w)))
            .unwrap_or_default();
        return Some(format!(
            "each whole {} of the cycle that has ended is judged{latest}",
            grain.name()
        ));
    }
    if matches!(model.kind, KrKind::Milestone { .. }) {
        return None;
    }
    let w = kr.window?;
    Some(match model.window {
        Window::Cycle => format!("the cycle so far, {}", range(w)),
        Window::Period(g) if kr.partial => {
            format!("{} so far (none has ended yet), {}", g.name(), range(w))
        }
        Window::Period(g) => format!("the latest whole {} that has ended, {}", g.name(), range(w)),
    })
}

fn data_text(view: &KeyResultView) -> Option<String> {
    let kr = view.kr;
    if kr.kind == crate::report::Kind::Milestone {
        return None;
    }
    let stale_days = view.config.settings.stale_days;
    Some(match kr.last_data {
        None => "no data point yet".to_string(),
        Some(d) => {
            let age = (view.report.as_of - d).num_days();
            let ago = match age {
                0 => "the as-of day".to_string(),
                n => format!("{} before the as-of date", days(n)),
            };
            let verdict = if kr.stale == Some(true) {
                format!("stale: older than {}", days(stale_days))
            } else {
                format!("fresh (stale after {})", days(stale_days))
            };
            format!("newest point {d}, {ago}; {verdict}")
        }
    })
}

fn due_text(kr: &KeyResultReport, due: NaiveDate, as_of: NaiveDate) -> String {
    if kr.status == Status::Done {
        return match kr.done_on {
            Some(d) if d <= due => format!("{due} (done {} early)", days((due - d).num_days())),
            Some(d) => format!("{due} (done {} late)", days((d - due).num_days())),
            None => due.to_string(),
        };
    }
    let left = (due - as_of).num_days();
    match left {
        0 => format!("{due} (today)"),
        n if n > 0 => format!("{due} ({} left)", days(n)),
        n => format!("{due} ({} overdue)", days(-n)),
    }
}

/// `1 day`, `3 days`.
fn days(n: i64) -> String {
    super::plural::noun(n.unsigned_abs() as usize, "day")
}

/// The rule that decided the status, in `locale` (JSON: en-US).
pub fn rule(view: &KeyResultView, locale: Locale) -> String {
    let kr = view.kr;
    let settings = &view.config.settings;
    let pct = |f: f64| number::whole_percent(f, locale);
    let name = kr.status.name();
    let model = view.model();
    let window = model.map(|m| m.window);
    let before_cycle = view.report.as_of < view.report.cycle.start;
    match kr.status {
        Status::NoData if before_cycle => format!("{name}: the cycle has not started"),
        Status::NoData => {
            format!("{name}: no value over the window (a missing value is no data, never zero)")
        }
        Status::GuardrailBreached => format!(
            "{name}: a guardrail is outside its bounds; guardrails are checked before \
             progress and pace"
        ),
        Status::Done if kr.kind == crate::report::Kind::Milestone => {
            format!("{name}: checked in as done")
        }
        Status::Done => format!(
            "{name}: progress {} ≥ 100 % and the value is final",
            kr.progress.map(pct).unwrap_or_default()
        ),
        Status::Pending => format!("{name}: {}", reason::of_kr(kr, locale)),
        Status::Stalled => match window {
            Some(Window::Period(g)) => {
                format!(
                    "{name}: progress not higher than over the previous {}, and behind the expected",
                    g.name()
                )
            }
            _ => {
                let back = view
                    .report
                    .as_of
                    .checked_sub_days(Days::new(settings.stall_days.max(0) as u64));
                let date = back.map(|d| format!(" ({d})")).unwrap_or_default();
                format!(
                    "{name}: progress not higher than {} days ago{date}, and behind the expected",
                    settings.stall_days
                )
            }
        },
        Status::OnTrack | Status::OffTrack if kr.kind == crate::report::Kind::Milestone => {
            match kr.due {
                Some(due) if kr.status == Status::OnTrack => {
                    format!("{name}: not done, and its due date {due} has not passed")
                }
                Some(due) => format!("{name}: not done by its due date {due}"),
                None => name.to_string(),
            }
        }
        // Thresholds (budgets, quotas, run rates, weeks held): the engine's
        // own sentence names the rule and its numbers.
        _ if kr.kind.is_threshold() => {
            format!("{name}: {}", reason::of_kr(kr, locale))
        }
        Status::OnTrack | Status::AtRisk | Status::OffTrack => {
            let (Some(p), Some(e)) = (kr.progress, kr.expected) else {
                return name.to_string();
            };
            if e <= 0.0 {
                return format!(
                    "{name}: nothing is expected yet; on-track while progress ≥ expected"
                );
            }
            let pace = pct(p / e);
            let (at_risk, off) = (pct(settings.at_risk_below), pct(settings.off_track_below));
            match kr.status {
                Status::OnTrack => {
                    format!("{name}: pace (progress / expected) {pace} ≥ {at_risk} (at_risk_below)")
                }
                Status::AtRisk => format!(
                    "{name}: pace (progress / expected) {pace} is under {at_risk} \
                     (at_risk_below) but at least {off} (off_track_below)"
                ),
                _ => format!(
                    "{name}: pace (progress / expected) {pace} is under {off} (off_track_below)"
                ),
            }
        }
    }
}

/// Why an objective's status is what it is: the children that gave it.
fn objective_reason(o: &ObjectiveReport, rollup: Option<crate::config::model::Rollup>) -> String {
    use crate::config::model::Rollup;
    let krs = rollup != Some(Rollup::Aligned);
    let aligned = rollup != Some(Rollup::KeyResults);
    let mut children: Vec<String> = Vec::new();
    let mut count = 0;
    if krs {
        count += o.key_results.len();
        children.extend(
            o.key_results
                .iter()
                .filter(|k| k.status == o.status)
                .map(|k| format!("{} (key result)", k.id)),
        );
    }
    if aligned {
        count += o.objectives.len();
        children.extend(
            o.objectives
                .iter()
                .filter(|c| c.status == o.status)
                .map(|c| format!("{} (aligned objective)", c.id)),
        );
    }
    if count == 0 {
        return "nothing is under it".to_string();
    }
    let verb = if children.len() == 1 { "is" } else { "are" };
    format!(
        "the worst status of the {count} under it: {} {verb} {}",
        children.join(", "),
        o.status.name()
    )
}

/// The chart of a key result's value over the cycle.
fn kr_chart(view: &KeyResultView, history: &History, opts: &RenderOptions) -> String {
    use anstyle::{AnsiColor, Style};
    let kr = view.kr;
    if history.points.iter().all(|p| p.value.is_none()) {
        return String::new();
    }
    let locale = Locale::from_tag(&opts.locale);
    let label = |v: f64| {
        number::compact_metric_value(v, kr.format, kr.unit.as_deref(), kr.decimals, locale)
    };
    let mut lines: Vec<Line> = Vec::new();
    let mut legend: Vec<(String, Option<Style>)> = Vec::new();
    let dim = Style::new().dimmed();
    let cyan = AnsiColor::Cyan.on_default();
    let value_style = table::status_style(kr.status);

    if !history.expected.is_empty() {
        lines.push(Line {
            pattern: Pattern::Dotted,
            style: Some(dim),
            segments: vec![history.expected.clone()],
        });
        legend.push(("┈┈ plan (expected)".into(), Some(dim)));
    } else if let Some(target) = history.target.filter(|_| kr.kind.is_threshold()) {
        lines.push(Line {
            pattern: Pattern::Dotted,
            style: Some(dim),
            segments: vec![vec![
                (history.cycle_start, target),
                (history.cycle_end, target),
            ]],
        });
        let sign = if kr.kind == crate::report::Kind::AtLeast {
            "≥"
        } else {
            "≤"
        };
        legend.push((format!("┈┈ bound {sign} {}", label(target)), Some(dim)));
    }

    // The value: a line through the days, or a step per period; a period
    // not yet ended is dashed, its value being only the part so far.
    let mut segments: Vec<Vec<(NaiveDate, f64)>> = Vec::new();
    let mut so_far: Vec<Vec<(NaiveDate, f64)>> = Vec::new();
    let mut run: Vec<(NaiveDate, f64)> = Vec::new();
    let mut period_start = history.cycle_start;
    for p in &history.points {
        match p.value {
            Some(v) if history.grain == crate::report::Grain::Day => run.push((p.date, v)),
            Some(v) if p.partial => {
                // Joined to the step before it, drawn apart.
                let joint = run.last().copied();
                so_far.push(
                    joint
                        .into_iter()
                        .chain([(period_start, v), (p.date, v)])
                        .collect(),
                );
            }
            Some(v) => {
                run.push((period_start, v));
                run.push((p.date, v));
            }
            None => segments.extend((!run.is_empty()).then(|| std::mem::take(&mut run))),
        }
        period_start = p.date.succ_opt().unwrap_or(p.date);
    }
    segments.extend((!run.is_empty()).then_some(run));
    let last = history
        .points
        .iter()
        .rev()
        .find_map(|p| p.value.map(|v| (p.date, v)));

    if let (Some(forecast), Some((date, value))) = (history.forecast, last) {
        if date < history.cycle_end {
            lines.push(Line {
                pattern: Pattern::Dashed,
                style: Some(cyan),
                segments: vec![vec![(date, value), (history.cycle_end, forecast)]],
            });
            legend.push((format!("╌╌ forecast {}", label(forecast)), Some(cyan)));
        }
    }
    let segments_empty = segments.is_empty();
    if !so_far.is_empty() {
        lines.push(Line {
            pattern: Pattern::Dashed,
            style: Some(value_style),
            segments: so_far,
        });
        legend.push((format!("╌╌ {} so far", history.grain), Some(value_style)));
    }
    lines.push(Line {
        pattern: Pattern::Solid,
        style: Some(value_style),
        segments,
    });
    let what = if history.grain == crate::report::Grain::Day {
        "value".to_string()
    } else {
        format!("value per {}", history.grain)
    };
    if !segments_empty {
        legend.insert(0, (format!("━━ {what}"), Some(value_style)));
    }

    let width = opts.width.clamp(20, MAX_CHART_WIDTH);
    let as_of = view.report.as_of;
    let chart = Chart {
        from: history.cycle_start,
        to: history.cycle_end,
        marker: Some((as_of, vec![format!("as of {as_of}"), "as of".into()])),
        lines,
        include: [history.start, history.target]
            .into_iter()
            .flatten()
            .collect(),
        width,
        height: if width >= 60 { 12 } else { 8 },
        color: opts.color,
    };
    let mut text = chart::render(&chart, &label);
    if text.is_empty() {
        return text;
    }
    let legend_parts: Vec<String> = legend
        .iter()
        .map(|(t, s)| paint(t, s.filter(|_| opts.color)))
        .collect();
    // Legends are short; wrap between parts on narrow terminals.
    let mut line = String::new();
    let mut line_width = 0;
    for ((plain, _), painted) in legend.iter().zip(&legend_parts) {
        if line_width > 0 && line_width + 3 + plain.width() > width {
            text.push_str(&line);
            text.push('\n');
            line.clear();
            line_width = 0;
        }
        if line_width > 0 {
            line.push_str("   ");
            line_width += 3;
        }
        line.push_str(painted);
        line_width += plain.width();
    }
    text.push_str(&line);
    text.push('\n');
    text
}

fn bar(progress: f64) -> String {
    let full = (progress.clamp(0.0, 1.0) * 10.0).round() as usize;
    "█".repeat(full) + &"░".repeat(10 - full)
}

/// Labelled fields, their values wrapped to the width under a hanging indent.
struct Fields {
    out: String,
    width: usize,
    color: bool,
}

impl Fields {
    fn new(opts: &RenderOptions) -> Fields {
        Fields {
            out: String::new(),
            width: opts.width.max(LABEL_WIDTH + 20),
            color: opts.color,
        }
    }

    fn title(&mut self, title: &str) {
        let bold = anstyle::Style::new().bold();
        for line in wrap_lines(&one_line(title), self.width, Keep) {
            self.out.push_str(&paint(&line, self.color.then_some(bold)));
            self.out.push('\n');
        }
    }

    fn line(&mut self, text: &str) {
        let dim = anstyle::Style::new().dimmed();
        for line in wrap_lines(text, self.width, Keep) {
            self.out.push_str(&paint(&line, self.color.then_some(dim)));
            self.out.push('\n');
        }
    }

    fn blank(&mut self) {
        if !self.out.ends_with("\n\n") {
            self.out.push('\n');
        }
    }

    fn field(&mut self, label: &str, value: &str) {
        self.field_styled(label, value, None);
    }

    fn field_styled(&mut self, label: &str, value: &str, style: Option<anstyle::Style>) {
        let room = self.width - LABEL_WIDTH;
        for (i, line) in wrap_lines(value, room, Keep).into_iter().enumerate() {
            let head = if i == 0 { label } else { "" };
            let pad = " ".repeat(LABEL_WIDTH - head.width().min(LABEL_WIDTH - 1));
            self.out.push_str(head);
            self.out.push_str(&pad);
            self.out
                .push_str(&paint(&line, style.filter(|_| self.color)));
            self.out.push('\n');
        }
    }

    /// One field over several lines, each wrapped on its own; a line's own
    /// leading spaces are kept as its indent.
    fn field_lines(&mut self, label: &str, lines: &[String]) {
        let room = self.width - LABEL_WIDTH;
        let mut first = true;
        for text in lines {
            let indent = text.len() - text.trim_start().len();
            // The first line at the indent, the lines it wraps onto two further in.
            let mut wrapped =
                wrap_lines(text.trim_start(), room.saturating_sub(indent), Keep).into_iter();
            let head_line = wrapped.next().unwrap_or_default();
            let rest = wrapped.collect::<Vec<_>>().join(" ");
            let rest = match rest.is_empty() {
                true => Vec::new(),
                false => wrap_lines(&rest, room.saturating_sub(indent + 2), Keep),
            };
            for (i, line) in std::iter::once(head_line).chain(rest).enumerate() {
                let head = if first { label } else { "" };
                first = false;
                let pad = " ".repeat(LABEL_WIDTH - head.width().min(LABEL_WIDTH - 1));
                let extra = if i == 0 { indent } else { indent + 2 };
                self.out.push_str(head);
                self.out.push_str(&pad);
                self.out.push_str(&" ".repeat(extra));
                self.out.push_str(&line);
                self.out.push('\n');
            }
        }
    }

    fn raw(&mut self, text: &str) {
        self.out.push_str(text);
    }

    fn finish(mut self) -> String {
        while self.out.ends_with("\n\n") {
            self.out.pop();
        }
        self.out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_wrap_under_a_hanging_indent() {
        let opts = RenderOptions {
            width: 40,
            ..RenderOptions::default()
        };
        let mut f = Fields::new(&opts);
        f.field(
            "Why",
            "progress 42% is 77% of the expected 55% (at risk below 85%)",
        );
        assert_eq!(
            f.finish(),
            "Why         progress 42% is 77% of the\n            expected 55% (at risk below\n            85%)\n"
        );
    }
}
