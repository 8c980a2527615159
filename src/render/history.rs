//! `okr history`: grades and the North Star across closed cycles, as a
//! table with a grade chart, JSON or Markdown.

use unicode_width::UnicodeWidthStr;

use super::grid::{hanging, Align, Grid};
use super::number::{self, Locale};
use super::{Format, RenderOptions};
use crate::record::History;
use crate::t;

pub fn render(history: &History, format: Format, opts: &RenderOptions) -> String {
    match format {
        Format::Json => serde_json::to_string_pretty(history).unwrap_or_default() + "\n",
        Format::Markdown => markdown(history, opts),
        Format::Csv => csv(history),
        Format::Table => table(history, opts),
    }
}

fn grade(g: Option<f64>, locale: Locale) -> String {
    g.map(|g| number::grade(g, locale))
        .unwrap_or_else(|| "—".to_string())
}

fn north_star(h: &crate::record::HistoryCycle, locale: Locale) -> String {
    match &h.north_star {
        Some(ns) => {
            let v = |x: f64| {
                number::metric_value(x, ns.format, ns.unit.as_deref(), ns.decimals, locale)
            };
            t!(
                "hist-north-star",
                value = ns.value.map(v).unwrap_or_else(|| "—".into()),
                target = v(ns.target),
                status = super::words::status(ns.status)
            )
        }
        None => "—".to_string(),
    }
}

/// `3 of 5`: the key results done of all.
fn done_of(c: &crate::record::HistoryCycle) -> String {
    t!(
        "hist-done-of",
        done = c.done.to_string(),
        total = c.key_results.to_string()
    )
}

/// A bar of ten cells for a grade in [0, 1].
fn bar(g: Option<f64>) -> String {
    let filled = g.map_or(0, |g| (g.clamp(0.0, 1.0) * 10.0).round() as usize);
    "█".repeat(filled) + &"░".repeat(10 - filled)
}

fn table(h: &History, opts: &RenderOptions) -> String {
    let locale = Locale::from_tag(&opts.locale);
    if h.cycles.is_empty() {
        return t!("hist-none") + "\n";
    }
    let day = |d| number::date(d, locale);
    // Only the North Star may go: a cycle is its name, grade and count.
    let mut t = Grid::new()
        .column(t!("hist-col-cycle"), Align::Left)
        .column(t!("hist-col-grade"), Align::Right)
        .column("", Align::Left)
        .column(t!("hist-col-done"), Align::Right)
        .optional(t!("hist-col-north-star"), Align::Left, 0);
    for c in &h.cycles {
        t.row([
            format!("{}\n{} – {}", c.name, day(c.start), day(c.end)),
            grade(c.grade, locale),
            bar(c.grade),
            done_of(c),
            north_star(c, locale),
        ]);
    }
    let mut out = t.render(opts.width);
    // The objectives per cycle, with their grades.
    for c in &h.cycles {
        out.push_str(&format!("\n{}\n", c.name));
        for o in &c.objectives {
            // Titles wrap under themselves.
            let head = format!("  {} {}  ", bar(o.grade), grade(o.grade, locale));
            let title = t!(
                "hist-objective",
                title = o.title.as_str(),
                kind = super::words::objective_type(o.kind),
                status = super::words::status(o.status)
            );
            let indent = head.width();
            out.push_str(&format!("{head}{}\n", hanging(&title, indent, opts.width)));
        }
    }
    out
}

fn markdown(h: &History, opts: &RenderOptions) -> String {
    use super::markdown::escape;
    let locale = Locale::from_tag(&opts.locale);
    let day = |d| number::date(d, locale);
    let mut out = format!("## {}\n\n", t!("hist-md-title"));
    if h.cycles.is_empty() {
        out.push_str(&t!("hist-md-none"));
        out.push('\n');
        return out;
    }
    out.push_str(&format!(
        "| {} | {} | {} | {} | {} |\n| :--- | :--- | ---: | ---: | :--- |\n",
        t!("hist-col-cycle"),
        t!("hist-col-dates"),
        t!("hist-col-grade"),
        t!("hist-col-done"),
        t!("hist-col-north-star")
    ));
    for c in &h.cycles {
        out.push_str(&format!(
            "| {} | {} – {} | {} | {} | {} |\n",
            escape(&c.name),
            day(c.start),
            day(c.end),
            grade(c.grade, locale),
            done_of(c),
            escape(&north_star(c, locale))
        ));
    }
    for c in &h.cycles {
        out.push_str(&format!(
            "\n### {}\n\n| {} | {} | {} | {} |\n| :--- | :--- | ---: | :--- |\n",
            escape(&c.name),
            t!("hist-col-objective"),
            t!("hist-col-type"),
            t!("hist-col-grade"),
            t!("hist-col-status")
        ));
        for o in &c.objectives {
            out.push_str(&format!(
                "| {} | {} | {} | {} |\n",
                escape(&o.title),
                super::words::objective_type(o.kind),
                grade(o.grade, locale),
                super::words::status(o.status)
            ));
        }
    }
    out
}

fn csv(h: &History) -> String {
    use super::csv::{number, sheet, text};
    let rows = h.cycles.iter().flat_map(|c| {
        c.objectives.iter().map(move |o| {
            [
                text(&c.name),
                c.start.to_string(),
                c.end.to_string(),
                text(&o.id),
                text(&o.title),
                o.kind.to_string(),
                number(o.grade),
                o.status.name().to_string(),
            ]
        })
    });
    sheet(
        &[
            "cycle",
            "start",
            "end",
            "objective_id",
            "objective_title",
            "type",
            "grade",
            "status",
        ],
        rows,
    )
}
