//! `okr north-star`: the North Star, its inputs and guardrails per period,
//! drawn as a terminal table, CSV, Markdown or JSON.
//!
//! A partial period (not ended by the as-of date) is marked `*` and never
//! compared: its change is empty.

use std::fmt::Write as _;

use super::grid::{Align, Grid};

use super::cells;
use super::number::{self, Locale};
use super::{Format, RenderOptions};
use crate::report::{BoardMetric, BoardPeriod, NorthStarBoard, Role, TrendPoint};

/// The board in `format`, ending with a newline.
pub fn render(board: &NorthStarBoard, format: Format, opts: &RenderOptions) -> String {
    match format {
        Format::Json => serde_json::to_string_pretty(board).unwrap_or_default() + "\n",
        Format::Csv => csv(board),
        Format::Markdown => markdown(board, opts),
        Format::Table => table(board, opts),
    }
}

/// `WoW`, `MoM`, ...: the name of a change against the previous period.
pub fn change_name(grain: crate::report::Grain) -> &'static str {
    match grain {
        crate::report::Grain::Day => "DoD",
        crate::report::Grain::Week => "WoW",
        crate::report::Grain::Month => "MoM",
        crate::report::Grain::Quarter => "QoQ",
    }
}

fn value(m: &BoardMetric, v: Option<f64>, locale: Locale) -> String {
    match v {
        Some(v) => number::metric_value(v, m.format, m.unit.as_deref(), m.decimals, locale),
        None => "—".to_string(),
    }
}

fn change(m: &BoardMetric, p: &BoardPeriod, locale: Locale) -> (String, String) {
    let abs = p.change.map_or(String::new(), |c| {
        // A change of a percentage is in percentage points.
        if m.format == crate::report::DisplayFormat::Percent {
            number::points(c, locale)
        } else {
            let text = number::metric_value(c, m.format, m.unit.as_deref(), m.decimals, locale);
            number::signed(text, c)
        }
    });
    let pct = p.change_pct.map_or(String::new(), |c| {
        number::signed(number::percent(c, Some(1), locale), c)
    });
    (abs, pct)
}

fn trend(m: &BoardMetric, grain: crate::report::Grain) -> String {
    let points: Vec<TrendPoint> = m
        .periods
        .iter()
        .map(|p| TrendPoint {
            start: p.start,
            end: p.end,
            value: p.value,
            partial: p.partial,
        })
        .collect();
    cells::trend_line(&points, 40, grain)
}

fn bound(m: &BoardMetric, locale: Locale) -> String {
    let f = |v: f64| number::metric_value(v, m.format, m.unit.as_deref(), m.decimals, locale);
    match (m.min, m.max) {
        (Some(lo), Some(hi)) => format!("{} – {}", f(lo), f(hi)),
        (Some(lo), None) => format!("≥ {}", f(lo)),
        (None, Some(hi)) => format!("≤ {}", f(hi)),
        (None, None) => String::new(),
    }
}

fn period_label(grain: crate::report::Grain, p: &BoardPeriod) -> String {
    let range = crate::report::DateRange {
        start: p.start,
        end: p.end,
    };
    let name = cells::period_name(grain, range, false);
    if p.partial {
        format!("{name}*")
    } else if !p.whole {
        let days = (p.end - p.start).num_days() + 1;
        // A no-break space keeps the count with its unit when the cell wraps.
        let days =
            super::plural::noun(days.unsigned_abs() as usize, "day").replacen(' ', "\u{a0}", 1);
        format!("{name} ({days})")
    } else {
        name
    }
}

/// The lines above the tables: name, purpose, target and pace.
fn heading(board: &NorthStarBoard, locale: Locale) -> Vec<String> {
    let ns = &board.metrics[0];
    let mut lines = vec![format!(
        "★ {} — per {}, as of {}",
        board.name, board.grain, board.as_of
    )];
    let mut about = Vec::new();
    if let Some(p) = &board.purpose {
        about.push(p.clone());
    }
    if let Some(a) = &board.core_action {
        about.push(format!("core action: {a}"));
    }
    if let Some(f) = &board.frequency {
        about.push(format!("every {f}"));
    }
    if !about.is_empty() {
        lines.push(about.join(" · "));
    }
    match (board.target, board.status) {
        (Some(goal), Some(status)) => {
            let mut target = format!(
                "target {} per {}",
                value(ns, Some(goal), locale),
                board.grain
            );
            if let Some(s) = board.start {
                target.push_str(&format!(" from {}", value(ns, Some(s), locale)));
            }
            target.push_str(&format!(" · status {}", status.name()));
            lines.push(target);
        }
        _ => lines.push(format!(
            "no target per {}: the North Star's target is per its own grain",
            board.grain
        )),
    }
    match (ns.pace_needed, ns.remaining_periods) {
        (Some(pace), Some(n)) => lines.push(format!(
            "pace needed: {} per {} over the {n} remaining {}",
            number::signed(
                number::metric_value(pace, ns.format, ns.unit.as_deref(), ns.decimals, locale),
                pace
            ),
            board.grain,
            super::plural::word(n, board.grain.name())
        )),
        (None, Some(0)) => lines.push("no whole period left in the cycle".to_string()),
        _ => {}
    }
    lines
}

fn table(board: &NorthStarBoard, opts: &RenderOptions) -> String {
    let locale = Locale::from_tag(&opts.locale);
    let mut out = heading(board, locale)
        .iter()
        .map(|l| super::grid::hanging(l, 2, opts.width))
        .collect::<Vec<_>>()
        .join("\n");
    out.push_str("\n\n");
    let cname = change_name(board.grain);

    // Trend, then Previous, then Role go when the terminal is narrow.
    let mut summary = Grid::new()
        .column("Metric", Align::Left)
        .optional("Role", Align::Left, 2)
        .column("Latest", Align::Right)
        .optional("Previous", Align::Right, 1)
        .column(cname, Align::Right)
        .column(format!("{cname} %"), Align::Right)
        .optional("Trend", Align::Left, 0)
        .column("Target / bound", Align::Right);
    for m in &board.metrics {
        let latest = m.periods.iter().rev().find(|p| !p.partial);
        let previous = latest.and_then(|l| {
            m.periods
                .iter()
                .rev()
                .find(|p| !p.partial && p.end < l.start)
        });
        let (abs, pct) = latest.map_or((String::new(), String::new()), |p| change(m, p, locale));
        let target = if m.role == crate::report::Role::NorthStar {
            value(m, board.target, locale)
        } else {
            bound(m, locale)
        };
        let mut latest_text = value(m, latest.and_then(|p| p.value), locale);
        if latest.and_then(|p| p.breached) == Some(true) {
            latest_text.push_str(" ⚠");
        }
        summary.row([
            m.metric.clone(),
            m.role.to_string(),
            latest_text,
            value(m, previous.and_then(|p| p.value), locale),
            abs,
            pct,
            trend(m, board.grain),
            target,
        ]);
    }
    out.push_str(&summary.render(opts.width));
    out.push('\n');

    // Per period: one row per period, one column per metric.
    // The North Star stays; the inputs, then the guardrails, go from the
    // last one when the terminal is narrow.
    let ns = &board.metrics[0];
    let mut periods = Grid::new()
        .column(board.grain.to_string(), Align::Left)
        .column(ns.metric.clone(), Align::Right);
    let others = board.metrics.len().saturating_sub(1);
    for (i, m) in board.metrics.iter().enumerate().skip(1) {
        // Inputs before guardrails.
        let guardrail = if m.role == Role::Guardrail { 128 } else { 0 };
        let rank = u8::try_from(others - i).map_or(u8::MAX, |r| r.saturating_add(guardrail));
        periods = periods.optional(m.metric.clone(), Align::Right, rank);
    }
    periods = periods.column(format!("{} {cname} %", ns.metric), Align::Right);
    for (i, p) in ns.periods.iter().enumerate() {
        let mut row = vec![period_label(board.grain, p)];
        for m in &board.metrics {
            row.push(m.periods.get(i).map_or(String::new(), |mp| {
                let mut t = value(m, mp.value, locale);
                if mp.breached == Some(true) {
                    t.push_str(" ⚠");
                }
                t
            }));
        }
        row.push(change(ns, p, locale).1);
        periods.row(row);
    }
    out.push_str(&periods.render(opts.width));
    if ns.periods.iter().any(|p| p.partial) {
        out.push_str("* the current period so far: not compared\n");
    }
    out
}

fn csv(board: &NorthStarBoard) -> String {
    use super::csv::{number as num, text};
    let mut w = ::csv::Writer::from_writer(Vec::new());
    let _ = w.write_record([
        "metric",
        "role",
        "period_start",
        "period_end",
        "value",
        "partial",
        "change",
        "change_pct",
        "breached",
        "target",
        "pace_needed",
    ]);
    for m in &board.metrics {
        for p in &m.periods {
            let target = if m.role == crate::report::Role::NorthStar {
                board.target
            } else {
                None
            };
            let _ = w.write_record([
                text(&m.metric),
                m.role.to_string(),
                p.start.to_string(),
                p.end.to_string(),
                num(p.value),
                p.partial.to_string(),
                num(p.change),
                num(p.change_pct),
                p.breached.map_or(String::new(), |b| b.to_string()),
                num(target),
                num(m.pace_needed),
            ]);
        }
    }
    let bytes = w.into_inner().unwrap_or_default();
    String::from_utf8(bytes).unwrap_or_default()
}

fn markdown(board: &NorthStarBoard, opts: &RenderOptions) -> String {
    use super::markdown::escape;
    let locale = Locale::from_tag(&opts.locale);
    let mut out = String::new();
    let lines = heading(board, locale);
    let _ = writeln!(out, "## {}\n", escape(&lines[0]));
    for line in &lines[1..] {
        let _ = writeln!(out, "{}  ", escape(line));
    }
    out.push('\n');
    let cname = change_name(board.grain);
    let _ = writeln!(
        out,
        "| Metric | Role | Latest | {cname} | {cname} % | Trend | Target / bound |"
    );
    out.push_str("| :--- | :--- | ---: | ---: | ---: | :--- | ---: |\n");
    for m in &board.metrics {
        let latest = m.periods.iter().rev().find(|p| !p.partial);
        let (abs, pct) = latest.map_or((String::new(), String::new()), |p| change(m, p, locale));
        let target = if m.role == crate::report::Role::NorthStar {
            value(m, board.target, locale)
        } else {
            bound(m, locale)
        };
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} | {} | {} |",
            escape(&m.metric),
            m.role,
            escape(&value(m, latest.and_then(|p| p.value), locale)),
            escape(&abs),
            escape(&pct),
            trend(m, board.grain),
            escape(&target)
        );
    }
    out.push('\n');
    let mut header = format!("| {} |", board.grain);
    let mut rule = String::from("| :--- |");
    for m in &board.metrics {
        let _ = write!(header, " {} |", escape(&m.metric));
        rule.push_str(" ---: |");
    }
    let _ = writeln!(out, "{header}\n{rule}");
    for (i, p) in board.metrics[0].periods.iter().enumerate() {
        let _ = write!(out, "| {} |", escape(&period_label(board.grain, p)));
        for m in &board.metrics {
            let cell = m
                .periods
                .get(i)
                .map_or(String::new(), |mp| value(m, mp.value, locale));
            let _ = write!(out, " {} |", escape(&cell));
        }
        out.push('\n');
    }
    if board.metrics[0].periods.iter().any(|p| p.partial) {
        out.push_str("\n\\* the current period so far: not compared\n");
    }
    out
}
