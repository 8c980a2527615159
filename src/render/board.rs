//! `okr north-star`: the North Star, its inputs and guardrails per period,
//! drawn as a terminal table, CSV, Markdown or JSON.
//!
//! A partial period (not ended by the as-of date) is marked `*` and never
//! compared: its change is empty.

use std::fmt::Write as _;

use super::grid::{Align, Grid};

use super::cells;
use super::number::{self, Locale};
use super::words;
use super::{Format, RenderOptions};
use crate::report::{BoardMetric, BoardPeriod, NorthStarBoard, Role, TrendPoint};
use crate::t;

/// The board in `format`, ending with a newline.
pub fn render(board: &NorthStarBoard, format: Format, opts: &RenderOptions) -> String {
    match format {
        Format::Json => serde_json::to_string_pretty(board).unwrap_or_default() + "\n",
        Format::Csv => csv(board),
        Format::Markdown => markdown(board, opts),
        Format::Table => table(board, opts),
    }
}

/// `WoW`, `MoM`, ...: the name of a change against the previous period,
/// in the reader's language.
pub fn change_name(grain: crate::report::Grain) -> String {
    t!("ns-change", grain = grain.name())
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
        let days = t!("ns-days", n = days.abs()).replacen(' ', "\u{a0}", 1);
        format!("{name} ({days})")
    } else {
        name
    }
}

/// The lines above the tables: name, purpose, target and pace.
fn heading(board: &NorthStarBoard, locale: Locale) -> Vec<String> {
    let ns = &board.metrics[0];
    let grain = board.grain.name();
    let mut lines = vec![t!(
        "ns-heading",
        name = board.name.as_str(),
        grain = grain,
        date = number::date(board.as_of, locale)
    )];
    let mut about = Vec::new();
    if let Some(p) = &board.purpose {
        about.push(p.clone());
    }
    if let Some(a) = &board.core_action {
        about.push(t!("ns-core-action", action = a.as_str()));
    }
    if let Some(f) = &board.frequency {
        about.push(t!("ns-every", every = super::words::frequency(f)));
    }
    if !about.is_empty() {
        lines.push(about.join(" · "));
    }
    match (board.target, board.status) {
        (Some(goal), Some(status)) => {
            let goal = value(ns, Some(goal), locale);
            let target = match board.start {
                Some(s) => t!(
                    "ns-target-from",
                    value = goal,
                    grain = grain,
                    start = value(ns, Some(s), locale)
                ),
                None => t!("ns-target", value = goal, grain = grain),
            };
            let status = t!("ns-status", status = words::status(status));
            lines.push(format!("{target} · {status}"));
        }
        _ => lines.push(t!("ns-no-target", grain = grain)),
    }
    match (ns.pace_needed, ns.remaining_periods) {
        (Some(pace), Some(n)) => lines.push(t!(
            "ns-pace-needed",
            pace = number::signed(
                number::metric_value(pace, ns.format, ns.unit.as_deref(), ns.decimals, locale),
                pace
            ),
            grain = grain,
            n = n
        )),
        (None, Some(0)) => lines.push(t!("ns-no-period-left")),
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
        .column(t!("ns-col-metric"), Align::Left)
        .optional(t!("ns-col-role"), Align::Left, 2)
        .column(t!("ns-col-latest"), Align::Right)
        .optional(t!("ns-col-previous"), Align::Right, 1)
        .column(cname.clone(), Align::Right)
        .column(format!("{cname} %"), Align::Right)
        .optional(t!("ns-col-trend"), Align::Left, 0)
        .column(t!("ns-col-target"), Align::Right);
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
            words::role(m.role),
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
        .column(t!("ns-col-period", grain = board.grain.name()), Align::Left)
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
        out.push_str(&t!("ns-partial"));
        out.push('\n');
    }
    out
}

fn csv(board: &NorthStarBoard) -> String {
    use super::csv::{number as num, sheet, text};
    let rows = board.metrics.iter().flat_map(|m| {
        let target = if m.role == crate::report::Role::NorthStar {
            board.target
        } else {
            None
        };
        m.periods.iter().map(move |p| {
            [
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
            ]
        })
    });
    sheet(
        &[
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
        ],
        rows,
    )
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
        "| {} | {} | {} | {cname} | {cname} % | {} | {} |",
        t!("ns-col-metric"),
        t!("ns-col-role"),
        t!("ns-col-latest"),
        t!("ns-col-trend"),
        t!("ns-col-target")
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
            words::role(m.role),
            escape(&value(m, latest.and_then(|p| p.value), locale)),
            escape(&abs),
            escape(&pct),
            trend(m, board.grain),
            escape(&target)
        );
    }
    out.push('\n');
    let mut header = format!("| {} |", t!("ns-col-period", grain = board.grain.name()));
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
        let _ = writeln!(out, "\n\\{}", t!("ns-partial"));
    }
    out
}
