//! `okr history`: grades and the North Star across closed cycles, as a
//! table with a grade chart, JSON or Markdown.

use unicode_width::UnicodeWidthStr;

use super::grid::{hanging, Align, Grid};
use super::number::{self, Locale};
use super::{Format, RenderOptions};
use crate::record::History;

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
            format!(
                "{} of {} ({})",
                ns.value.map(v).unwrap_or_else(|| "—".into()),
                v(ns.target),
                ns.status.name()
            )
        }
        None => "—".to_string(),
    }
}

/// A bar of ten cells for a grade in [0, 1].
fn bar(g: Option<f64>) -> String {
    let filled = g.map_or(0, |g| (g.clamp(0.0, 1.0) * 10.0).round() as usize);
    "█".repeat(filled) + &"░".repeat(10 - filled)
}

fn table(h: &History, opts: &RenderOptions) -> String {
    let locale = Locale::from_tag(&opts.locale);
    if h.cycles.is_empty() {
        return "No closed cycles yet: `okr close` writes a cycle's record on its last day.\n"
            .to_string();
    }
    // Only the North Star may go: a cycle is its name, grade and count.
    let mut t = Grid::new()
        .column("Cycle", Align::Left)
        .column("Grade", Align::Right)
        .column("", Align::Left)
        .column("Done", Align::Right)
        .optional("North Star", Align::Left, 0);
    for c in &h.cycles {
        t.row([
            format!("{}\n{} – {}", c.name, c.start, c.end),
            grade(c.grade, locale),
            bar(c.grade),
            format!("{} of {}", c.done, c.key_results),
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
            let title = format!("{} ({}, {})", o.title, o.kind, o.status.name());
            let indent = head.width();
            out.push_str(&format!("{head}{}\n", hanging(&title, indent, opts.width)));
        }
    }
    out
}

fn markdown(h: &History, opts: &RenderOptions) -> String {
    use super::markdown::escape;
    let locale = Locale::from_tag(&opts.locale);
    let mut out = String::from("## OKR history\n\n");
    if h.cycles.is_empty() {
        out.push_str("No closed cycles yet.\n");
        return out;
    }
    out.push_str(
        "| Cycle | Dates | Grade | Done | North Star |\n| :--- | :--- | ---: | ---: | :--- |\n",
    );
    for c in &h.cycles {
        out.push_str(&format!(
            "| {} | {} – {} | {} | {} of {} | {} |\n",
            escape(&c.name),
            c.start,
            c.end,
            grade(c.grade, locale),
            c.done,
            c.key_results,
            escape(&north_star(c, locale))
        ));
    }
    for c in &h.cycles {
        out.push_str(&format!(
            "\n### {}\n\n| Objective | Type | Grade | Status |\n| :--- | :--- | ---: | :--- |\n",
            escape(&c.name)
        ));
        for o in &c.objectives {
            out.push_str(&format!(
                "| {} | {} | {} | {} |\n",
                escape(&o.title),
                o.kind,
                grade(o.grade, locale),
                o.status.name()
            ));
        }
    }
    out
}

fn csv(h: &History) -> String {
    use super::csv::{number, text};
    let mut w = csv::Writer::from_writer(Vec::new());
    let _ = w.write_record([
        "cycle",
        "start",
        "end",
        "objective_id",
        "objective_title",
        "type",
        "grade",
        "status",
    ]);
    for c in &h.cycles {
        for o in &c.objectives {
            let _ = w.write_record([
                text(&c.name),
                c.start.to_string(),
                c.end.to_string(),
                text(&o.id),
                text(&o.title),
                o.kind.to_string(),
                number(o.grade),
                o.status.name().to_string(),
            ]);
        }
    }
    String::from_utf8(w.into_inner().unwrap_or_default()).unwrap_or_default()
}
