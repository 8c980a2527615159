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
use crate::render::words;
use crate::render::{table, RenderOptions};
use crate::report::{
    CycleReport, GuardrailState, History, KeyResultReport, ObjectiveReport, Report, Status,
};
use crate::t;

/// Label column of the fields: at least this wide (the longest English
/// label and a space), wider for a language with longer labels.
const LABEL_WIDTH: usize = 12;

/// The label column's width in the current language.
fn label_width() -> usize {
    let longest = labels().iter().map(|l| l.width()).max().unwrap_or(0);
    LABEL_WIDTH.max(longest + 1)
}

/// Every field label, in the current language.
fn labels() -> [String; 23] {
    [
        t!("show-label-status"),
        t!("show-label-why"),
        t!("show-label-rule"),
        t!("show-label-value"),
        t!("show-label-start"),
        t!("show-label-target"),
        t!("show-label-progress"),
        t!("show-label-expected"),
        t!("show-label-forecast"),
        t!("show-label-grade"),
        t!("show-label-due"),
        t!("show-label-confidence"),
        t!("show-label-note"),
        t!("show-label-metric"),
        t!("show-label-window"),
        t!("show-label-guardrails"),
        t!("show-label-experiments"),
        t!("show-label-data"),
        t!("show-label-weight"),
        t!("show-label-declared"),
        t!("show-label-rolls-up"),
        t!("show-label-parent"),
        t!("show-label-tags"),
    ]
}
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
            format!(" · {}", t!("show-owner-objectives", owner = o.as_str()))
        }
        (Some(o), _) => format!(" · {}", t!("show-owner", owner = o.as_str())),
        (None, _) => String::new(),
    };
    let about = t!(
        "show-kr-of",
        id = kr.id.as_str(),
        parent = one_line(&view.objective.title),
        parent_id = view.objective.id.as_str()
    );
    out.line(&format!("{about}{owner}"));
    out.blank();

    let status = cells::status(kr.status, kr.stale);
    out.field_styled(
        &t!("show-label-status"),
        &status,
        Some(table::status_style(kr.status)),
    );
    if !kr.reason.is_none() {
        out.field(&t!("show-label-why"), &reason::of_kr(kr, locale));
    }
    out.field(&t!("show-label-rule"), &rule(view, locale));
    out.blank();

    // The numbers.
    let mut value = cells::kr_value(kr, numbers).unwrap_or_else(|| "—".into());
    if kr.kind != crate::report::Kind::Milestone && kr.value.is_some() {
        value = number::with_unit(value, kr.format, kr.unit.as_deref());
    }
    if kr.partial {
        value.push(' ');
        value.push_str(&t!("show-value-partial"));
    }
    out.field(&t!("show-label-value"), &value);
    if let Some(start) = kr.start {
        out.field(&t!("show-label-start"), &value_text(start));
    }
    let target = cells::kr_target(kr, numbers);
    if !target.is_empty() {
        out.field(&t!("show-label-target"), &target);
    }
    if let Some(p) = kr.progress {
        let mut text = format!("{} {}", bar(p), number::whole_percent(p, locale));
        if let Some((held, judged)) = kr.periods_held.zip(kr.periods_judged) {
            text.push(' ');
            text.push_str(&t!(
                "show-periods-held",
                held = held.to_string(),
                judged = judged.to_string(),
                n = judged
            ));
        }
        out.field(&t!("show-label-progress"), &text);
    }
    if let Some(e) = kr.expected {
        let mut text = number::whole_percent(e, locale);
        if let Some(p) = kr.progress.filter(|_| e > 0.0) {
            text.push(' ');
            text.push_str(&t!(
                "show-pace",
                pace = number::whole_percent(p / e, locale)
            ));
        }
        out.field(&t!("show-label-expected"), &text);
    }
    if let Some(f) = kr.forecast {
        let text = t!(
            "show-forecast-by",
            value = value_text(f),
            date = number::date(view.report.cycle.end, locale)
        );
        out.field(&t!("show-label-forecast"), &text);
    } else if kr.kind == crate::report::Kind::Increase || kr.kind == crate::report::Kind::Decrease {
        let why = match view.model().map(|m| m.window) {
            Some(Window::Period(_)) => t!("show-forecast-period"),
            _ if kr.value.is_none() => t!("show-forecast-no-data"),
            _ if kr.stale == Some(true) => t!("show-forecast-stale"),
            _ => t!("show-forecast-settle", n = view.config.settings.settle_days),
        };
        out.field(&t!("show-label-forecast"), &why);
    }
    if let Some(g) = kr.grade {
        out.field(&t!("show-label-grade"), &number::grade(g, locale));
    }
    if let Some(due) = kr.due {
        out.field(
            &t!("show-label-due"),
            &due_text(kr, due, view.report.as_of, locale),
        );
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
        let (value, date) = (c.value.to_string(), number::date(c.date, locale));
        let text = if trend.len() > 1 {
            t!(
                "show-confidence-trend",
                value = value,
                date = date,
                trend = trend.join(" → ")
            )
        } else {
            t!("show-confidence", value = value, date = date)
        };
        out.field(&t!("show-label-confidence"), &text);
    }
    if let Some(n) = &kr.note {
        let text = t!(
            "show-note",
            text = one_line(&n.value),
            date = number::date(n.date, locale)
        );
        out.field(&t!("show-label-note"), &text);
    }
    out.blank();

    // Where the numbers come from.
    if let Some(model) = view.model() {
        let lines = definition_lines(view.config, model);
        out.field_lines(&t!("show-label-metric"), &lines);
    }
    if let Some(window) = window_text(view, locale) {
        out.field(&t!("show-label-window"), &window);
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
                    bounds.push(t!("cell-min", bound = num(min)));
                }
                if let Some(max) = g.max {
                    bounds.push(t!("cell-max", bound = num(max)));
                }
                let (mark, state) = match g.state {
                    GuardrailState::Ok => ("✓", t!("show-guardrail-ok")),
                    GuardrailState::Breached => ("✗", t!("show-guardrail-breached")),
                    GuardrailState::Unknown => ("?", t!("show-guardrail-unknown")),
                };
                let value = g.value.map(num).unwrap_or_else(|| "—".into());
                format!(
                    "{mark} {} {value} ({}): {state}",
                    g.metric,
                    bounds.join(", ")
                )
            })
            .collect();
        out.field_lines(&t!("show-label-guardrails"), &lines);
    }
    let mut experiments: Vec<String> = view
        .config
        .experiments
        .iter()
        .filter(|e| e.key_results.contains(&kr.id))
        .map(|e| {
            let status = e.status_at(view.report.as_of);
            format!(
                "{} ({}): {}",
                e.id,
                words::experiment_status(status),
                one_line(&e.title)
            )
        })
        .collect();
    if kr.needs_experiment {
        experiments.push(t!("show-needs-experiment"));
    }
    if !experiments.is_empty() {
        out.field_lines(&t!("show-label-experiments"), &experiments);
    }
    if let Some(data) = data_text(view, locale) {
        out.field(&t!("show-label-data"), &data);
    }
    out.field(
        &t!("show-label-weight"),
        &number::number(kr.weight, None, locale),
    );
    if let Some(file) = kr.loc.file.file_name() {
        let line = if kr.loc.line > 0 {
            format!(":{}", kr.loc.line)
        } else {
            String::new()
        };
        out.field(
            &t!("show-label-declared"),
            &format!("{}{line}", file.to_string_lossy()),
        );
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
        t!("show-objective-kind", kind = objective.kind.name()),
    ];
    if let Some(owner) = &objective.owner {
        about.push(t!("show-owner", owner = owner.as_str()));
    }
    out.line(&about.join(" · "));
    out.blank();

    out.field_styled(
        &t!("show-label-status"),
        &words::status(objective.status),
        Some(table::status_style(objective.status)),
    );
    out.field(
        &t!("show-label-why"),
        &objective_reason(objective, model.map(|m| m.rollup)),
    );
    out.blank();
    let progress = t!("show-label-progress");
    match objective.progress {
        Some(p) => out.field(
            &progress,
            &format!("{} {}", bar(p), number::whole_percent(p, locale)),
        ),
        None => out.field(&progress, &t!("show-progress-none")),
    }
    if let Some(g) = objective.grade {
        let scale = t!(
            "show-grade-scale",
            kind = objective.kind.name(),
            grade = number::grade(objective.kind.expected_grade(), locale)
        );
        out.field(
            &t!("show-label-grade"),
            &format!("{} ({scale})", number::grade(g, locale)),
        );
    }
    let rollup = match model.map(|m| m.rollup) {
        Some(crate::config::model::Rollup::KeyResults) => t!("show-rollup-key-results"),
        Some(crate::config::model::Rollup::Aligned) => t!("show-rollup-aligned"),
        _ => t!("show-rollup-both"),
    };
    out.field(&t!("show-label-rolls-up"), &rollup);
    if let Some(parent) = &objective.parent {
        out.field(&t!("show-label-parent"), parent);
    }
    if !objective.tags.is_empty() {
        out.field(&t!("show-label-tags"), &objective.tags.join(", "));
    }
    out.field(
        &t!("show-label-weight"),
        &number::number(objective.weight, None, locale),
    );
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
    // Interface: the rule stays English in every language.
    let _english = crate::i18n::scoped(crate::i18n::Lang::En);
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
        KrKind::Milestone { .. } => vec![t!("show-def-milestone")],
        KrKind::Progress {
            source: crate::config::model::ValueSource::Manual(checkins),
            ..
        }
        | KrKind::Threshold {
            source: crate::config::model::ValueSource::Manual(checkins),
            ..
        } => vec![t!("show-def-manual", n = checkins.len())],
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
                t!("show-def-column", column = column.as_str())
            } else {
                t!("show-def-metric", column = column.as_str())
            };
            let file = path.as_deref().unwrap_or("?");
            let aggregate = match aggregate {
                Aggregation::RatioPart => t!("show-def-summed"),
                Aggregation::KeyResult(a) if a != *own => t!(
                    "show-def-aggregate-override",
                    aggregate = aggregate_word(a),
                    own = aggregate_word(own)
                ),
                Aggregation::KeyResult(a) => aggregate_word(a),
                Aggregation::Own => aggregate_word(own),
            };
            let line = match segment {
                Some(segment) => t!(
                    "show-def-source-segment",
                    metric = metric.as_str(),
                    what = what,
                    file = file,
                    source = source.as_str(),
                    layout = *layout,
                    segment = segment.as_str(),
                    aggregate = aggregate
                ),
                None => t!(
                    "show-def-source",
                    metric = metric.as_str(),
                    what = what,
                    file = file,
                    source = source.as_str(),
                    layout = *layout,
                    aggregate = aggregate
                ),
            };
            out.push(format!("{pad}{line}"));
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
            let line = t!(
                "show-def-ratio",
                metric = metric.as_str(),
                numerator = name(numerator),
                denominator = name(denominator)
            );
            out.push(format!("{pad}{line}"));
            for part in [numerator, denominator].into_iter().flatten() {
                describe_part(part, depth + 1, out);
            }
        }
        Definition::Formula {
            metric,
            formula,
            parts,
        } => {
            let line = t!(
                "show-def-formula",
                metric = metric.as_str(),
                formula = formula.as_str()
            );
            out.push(format!("{pad}{line}"));
            for part in parts {
                describe(part, Aggregation::Own, depth + 1, out);
            }
        }
    }
}

/// An aggregate's name (`sum`, as the OKR file and JSON write it) in the
/// reader's words.
fn aggregate_word(name: &str) -> String {
    use crate::config::model::Aggregate;
    let aggregate = match name {
        "sum" => Aggregate::Sum,
        "avg" => Aggregate::Avg,
        "min" => Aggregate::Min,
        "max" => Aggregate::Max,
        "last" => Aggregate::Last,
        "count" => Aggregate::Count,
        other => return other.to_string(),
    };
    words::aggregate(aggregate)
}

/// A ratio's part: summed whatever its own aggregate.
fn describe_part(d: &Definition, depth: usize, out: &mut Vec<String>) {
    match d {
        Definition::Source { .. } => describe(d, Aggregation::RatioPart, depth, out),
        _ => describe(d, Aggregation::Own, depth, out),
    }
}

fn window_text(view: &KeyResultView, locale: Locale) -> Option<String> {
    let kr = view.kr;
    let model = view.model()?;
    // No-break spaces keep a range on one line when the field wraps.
    let range = |r: crate::report::DateRange| {
        format!(
            "{}\u{a0}–\u{a0}{}",
            number::date(r.start, locale),
            number::date(r.end, locale)
        )
    };
    if let KrKind::Threshold {
        every: Some(grain), ..
    } = &model.kind
    {
        return Some(match kr.window {
            Some(w) => t!(
                "show-window-every-latest",
                grain = grain.name(),
                range = range(w)
            ),
            None => t!("show-window-every", grain = grain.name()),
        });
    }
    if matches!(model.kind, KrKind::Milestone { .. }) {
        return None;
    }
    let w = kr.window?;
    Some(match model.window {
        Window::Cycle => t!("show-window-cycle", range = range(w)),
        Window::Period(g) if kr.partial => {
            t!(
                "show-window-period-so-far",
                grain = g.name(),
                range = range(w)
            )
        }
        Window::Period(g) => t!("show-window-period", grain = g.name(), range = range(w)),
    })
}

fn data_text(view: &KeyResultView, locale: Locale) -> Option<String> {
    let kr = view.kr;
    if kr.kind == crate::report::Kind::Milestone {
        return None;
    }
    let stale_days = view.config.settings.stale_days;
    Some(match kr.last_data {
        None => t!("show-data-none"),
        Some(d) => {
            let age = (view.report.as_of - d).num_days();
            let ago = match age {
                0 => t!("show-data-today"),
                n => t!("show-data-ago", n = n.abs()),
            };
            let verdict = if kr.stale == Some(true) {
                t!("show-data-stale", n = stale_days.abs())
            } else {
                t!("show-data-fresh", n = stale_days.abs())
            };
            t!(
                "show-data",
                date = number::date(d, locale),
                ago = ago,
                verdict = verdict
            )
        }
    })
}

fn due_text(kr: &KeyResultReport, due: NaiveDate, as_of: NaiveDate, locale: Locale) -> String {
    let date = number::date(due, locale);
    if kr.status == Status::Done {
        return match kr.done_on {
            Some(d) if d <= due => t!("show-due-early", date = date, n = (due - d).num_days()),
            Some(d) => t!("show-due-late", date = date, n = (d - due).num_days()),
            None => date,
        };
    }
    let left = (due - as_of).num_days();
    match left {
        0 => t!("show-due-today", date = date),
        n if n > 0 => t!("show-due-left", date = date, n = n),
        n => t!("show-due-overdue", date = date, n = -n),
    }
}

/// The rule that decided the status, in `locale` and the current
/// language (JSON: en-US, English).
pub fn rule(view: &KeyResultView, locale: Locale) -> String {
    let kr = view.kr;
    let settings = &view.config.settings;
    let pct = |f: f64| number::whole_percent(f, locale);
    let name = words::status(kr.status);
    let status = name.as_str();
    let model = view.model();
    let window = model.map(|m| m.window);
    let before_cycle = view.report.as_of < view.report.cycle.start;
    let because = |reason: String| format!("{name}: {reason}");
    match kr.status {
        Status::NoData if before_cycle => t!("show-rule-not-started", status = status),
        Status::NoData => t!("show-rule-no-data", status = status),
        Status::GuardrailBreached => t!("show-rule-breached", status = status),
        Status::Done if kr.kind == crate::report::Kind::Milestone => {
            t!("show-rule-milestone-done", status = status)
        }
        Status::Done => t!(
            "show-rule-done",
            status = status,
            progress = kr.progress.map(pct).unwrap_or_default()
        ),
        Status::Pending => because(reason::of_kr(kr, locale)),
        Status::Stalled => match window {
            Some(Window::Period(g)) => {
                t!(
                    "show-rule-stalled-period",
                    status = status,
                    grain = g.name()
                )
            }
            _ => {
                let back = view
                    .report
                    .as_of
                    .checked_sub_days(Days::new(settings.stall_days.max(0) as u64));
                match back {
                    Some(d) => t!(
                        "show-rule-stalled-since",
                        status = status,
                        n = settings.stall_days,
                        date = number::date(d, locale)
                    ),
                    None => t!(
                        "show-rule-stalled",
                        status = status,
                        n = settings.stall_days
                    ),
                }
            }
        },
        Status::OnTrack | Status::OffTrack if kr.kind == crate::report::Kind::Milestone => {
            match kr.due {
                Some(due) if kr.status == Status::OnTrack => t!(
                    "show-rule-milestone-on-track",
                    status = status,
                    date = number::date(due, locale)
                ),
                Some(due) => t!(
                    "show-rule-milestone-late",
                    status = status,
                    date = number::date(due, locale)
                ),
                None => name,
            }
        }
        // Thresholds (budgets, quotas, run rates, weeks held): the engine's
        // own sentence names the rule and its numbers.
        _ if kr.kind.is_threshold() => because(reason::of_kr(kr, locale)),
        Status::OnTrack | Status::AtRisk | Status::OffTrack => {
            let (Some(p), Some(e)) = (kr.progress, kr.expected) else {
                return name;
            };
            if e <= 0.0 {
                return t!("show-rule-nothing-expected", status = status);
            }
            let pace = pct(p / e);
            let (at_risk, off) = (pct(settings.at_risk_below), pct(settings.off_track_below));
            match kr.status {
                Status::OnTrack => t!(
                    "show-rule-pace-on-track",
                    status = status,
                    pace = pace,
                    at_risk = at_risk
                ),
                Status::AtRisk => t!(
                    "show-rule-pace-at-risk",
                    status = status,
                    pace = pace,
                    at_risk = at_risk,
                    off = off
                ),
                _ => t!(
                    "show-rule-pace-off-track",
                    status = status,
                    pace = pace,
                    off = off
                ),
            }
        }
    }
}

/// Why an objective's status is what it is: the children that gave it.
fn objective_reason(o: &ObjectiveReport, rollup: Option<crate::config::model::Rollup>) -> String {
    use crate::config::model::Rollup;
    // The children the rollup counts: key results, aligned objectives or both.
    let krs: &[KeyResultReport] = if rollup == Some(Rollup::Aligned) {
        &[]
    } else {
        &o.key_results
    };
    let aligned: &[ObjectiveReport] = if rollup == Some(Rollup::KeyResults) {
        &[]
    } else {
        &o.objectives
    };
    let count = krs.len() + aligned.len();
    let children: Vec<String> = krs
        .iter()
        .filter(|k| k.status == o.status)
        .map(|k| t!("show-child-key-result", id = k.id.as_str()))
        .chain(
            aligned
                .iter()
                .filter(|c| c.status == o.status)
                .map(|c| t!("show-child-objective", id = c.id.as_str())),
        )
        .collect();
    if count == 0 {
        return t!("show-nothing-under");
    }
    t!(
        "show-worst",
        count = count.to_string(),
        children = children.join(", "),
        n = children.len(),
        status = words::status(o.status)
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
        legend.push((t!("show-chart-plan"), Some(dim)));
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
        legend.push((
            t!("show-chart-bound", sign = sign, value = label(target)),
            Some(dim),
        ));
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
            legend.push((
                t!("show-chart-forecast", value = label(forecast)),
                Some(cyan),
            ));
        }
    }
    let segments_empty = segments.is_empty();
    if !so_far.is_empty() {
        lines.push(Line {
            pattern: Pattern::Dashed,
            style: Some(value_style),
            segments: so_far,
        });
        legend.push((
            t!("show-chart-so-far", grain = history.grain.name()),
            Some(value_style),
        ));
    }
    lines.push(Line {
        pattern: Pattern::Solid,
        style: Some(value_style),
        segments,
    });
    let what = if history.grain == crate::report::Grain::Day {
        t!("show-chart-value")
    } else {
        t!("show-chart-value-per", grain = history.grain.name())
    };
    if !segments_empty {
        legend.insert(0, (what, Some(value_style)));
    }

    let width = opts.width.clamp(20, MAX_CHART_WIDTH);
    let as_of = view.report.as_of;
    let chart = Chart {
        from: history.cycle_start,
        to: history.cycle_end,
        marker: Some((
            as_of,
            vec![
                t!("st-as-of", date = number::date(as_of, locale)),
                t!("show-chart-as-of"),
            ],
        )),
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
    /// The label column: the longest label in this language and a space.
    label_width: usize,
    color: bool,
}

impl Fields {
    fn new(opts: &RenderOptions) -> Fields {
        Fields {
            out: String::new(),
            width: opts.width.max(label_width() + 20),
            label_width: label_width(),
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
        let room = self.width - self.label_width;
        for (i, line) in wrap_lines(value, room, Keep).into_iter().enumerate() {
            let head = if i == 0 { label } else { "" };
            let pad = " ".repeat(self.label_width - head.width().min(self.label_width - 1));
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
        let room = self.width - self.label_width;
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
                let pad = " ".repeat(self.label_width - head.width().min(self.label_width - 1));
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
