//! Charts for the HTML review, drawn as inline SVG: no script, no font, no
//! image to fetch. Every text that ends up in a chart goes through
//! [`escape`](super::html::escape); coordinates are rounded to one decimal
//! to keep the file small.
//!
//! - [`kr_trend`]: a key result over the cycle: its value, the dashed
//!   expected (plan) line, the target and the forecast at the cycle's end.
//! - [`milestone`]: a milestone on the cycle's timeline: due and done.
//! - [`north_star`]: the North Star per grain period as bars, with its target.
//! - [`sparkline`]: a tiny line for the North Star's inputs.

use std::fmt::Write;

use chrono::NaiveDate;

use super::html::escape;
use crate::report::{History, TrendPoint};
use crate::t;

/// The palette, shared with the stylesheet in `html.rs`.
pub const INK: &str = "#1f2328";
pub const MUTED: &str = "#8c959f";
pub const ACCENT: &str = "#2f5fb3";
pub const GOOD: &str = "#1a7f37";
pub const BAD: &str = "#c62a2f";

/// The size of a key result's chart in the review.
pub const KR_WIDTH: f64 = 150.0;
pub const KR_HEIGHT: f64 = 42.0;

/// A linear map from data to pixels.
#[derive(Debug, Clone, Copy)]
struct Scale {
    d0: f64,
    d1: f64,
    p0: f64,
    p1: f64,
}

impl Scale {
    fn new(d0: f64, d1: f64, p0: f64, p1: f64) -> Scale {
        Scale { d0, d1, p0, p1 }
    }

    fn at(&self, v: f64) -> f64 {
        if self.d1 == self.d0 {
            return (self.p0 + self.p1) / 2.0;
        }
        self.p0 + (v - self.d0) / (self.d1 - self.d0) * (self.p1 - self.p0)
    }
}

/// One decimal, no trailing `.0`: `12.5`, `40`.
fn px(v: f64) -> String {
    // `+ 0.0` turns -0 into 0.
    let r = (v * 10.0).round() / 10.0 + 0.0;
    if r == r.trunc() {
        format!("{r:.0}")
    } else {
        format!("{r:.1}")
    }
}

/// The low and high of `values` with a little headroom; a flat series gets
/// a band around it so it sits mid-chart.
fn extent(values: impl Iterator<Item = f64>) -> Option<(f64, f64)> {
    let (lo, hi) = values
        .filter(|v| v.is_finite())
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), v| {
            (lo.min(v), hi.max(v))
        });
    if lo > hi {
        return None;
    }
    if hi - lo < 1e-12 {
        let pad = if lo == 0.0 { 1.0 } else { lo.abs() * 0.1 };
        return Some((lo - pad, hi + pad));
    }
    let pad = (hi - lo) * 0.08;
    Some((lo - pad, hi + pad))
}

fn days(from: NaiveDate, to: NaiveDate) -> f64 {
    (to - from).num_days() as f64
}

/// The `<svg>` element with its accessible name (escaped here).
fn open(out: &mut String, width: f64, height: f64, class: &str, label: &str) {
    let _ = write!(
        out,
        r#"<svg class="{class}" width="{w}" height="{h}" viewBox="0 0 {w} {h}" role="img" aria-label="{label}"><title>{label}</title>"#,
        w = px(width),
        h = px(height),
        label = escape(label),
    );
}

/// Points as an SVG path, a new segment after each gap (a day without data).
fn path(points: &[(f64, Option<f64>)], x: Scale, y: Scale) -> String {
    let mut d = String::new();
    let mut pen_down = false;
    for &(at, value) in points {
        match value {
            Some(v) if v.is_finite() => {
                let cmd = if pen_down { 'L' } else { 'M' };
                let _ = write!(d, "{cmd}{} {}", px(x.at(at)), px(y.at(v)));
                pen_down = true;
            }
            _ => pen_down = false,
        }
    }
    d
}

/// How a threshold key result is judged, to color each period's point.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Bound {
    AtLeast(f64),
    AtMost(f64),
}

impl Bound {
    fn holds(self, v: f64) -> bool {
        match self {
            Bound::AtLeast(b) => crate::engine::ge(v, b),
            Bound::AtMost(b) => crate::engine::ge(b, v),
        }
    }
}

/// What a key result's chart may draw besides its values.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct TrendMarks {
    /// A threshold: each period's point is a filled dot where it held and a
    /// cross where it did not, so the two differ in shape, not only colour.
    pub bound: Option<Bound>,
    /// Draw the forecast at the cycle's end: never for a stale or stalled
    /// key result, nor where the engine gives none.
    pub forecast: bool,
}

/// The marks of a key result's chart (`kr_trend`), shared with the legend:
/// a hollow circle for the forecast, a hollow square for the period so far,
/// a filled dot for a held period and a cross for a breached one.
pub fn mark(kind: Mark, cx: f64, cy: f64) -> String {
    let (x, y) = (px(cx), px(cy));
    match kind {
        Mark::Forecast => format!(
            r#"<circle cx="{x}" cy="{y}" r="2.6" fill="white" stroke="{ACCENT}" stroke-width="1.25"/>"#
        ),
        Mark::Partial => format!(
            r#"<rect x="{}" y="{}" width="5" height="5" fill="white" stroke="{INK}" stroke-width="1.1"/>"#,
            px(cx - 2.5),
            px(cy - 2.5)
        ),
        Mark::Value => format!(r#"<circle cx="{x}" cy="{y}" r="2.4" fill="{ACCENT}"/>"#),
        Mark::Held => format!(r#"<circle cx="{x}" cy="{y}" r="2.5" fill="{GOOD}"/>"#),
        Mark::Breached => format!(
            r#"<path d="M{} {}l5 5m0 -5l-5 5" stroke="{BAD}" stroke-width="1.6" stroke-linecap="round"/>"#,
            px(cx - 2.5),
            px(cy - 2.5)
        ),
    }
}

/// The marks [`mark`] draws.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    Forecast,
    Partial,
    Value,
    Held,
    Breached,
}

/// A key result's value over the cycle: the value line (dots for period
/// grains), the dashed expected line, the target as a line with a mark at
/// the cycle's end, the forecast as a hollow circle at the cycle's end
/// (see [`TrendMarks`]), the period not ended yet as a hollow square (its
/// value so far is not comparable with whole periods: never joined, never
/// judged), and `today` as a faint vertical rule.
pub fn kr_trend(h: &History, as_of: NaiveDate, marks: TrendMarks, label: &str) -> String {
    let (width, height) = (KR_WIDTH, KR_HEIGHT);
    let (left, right, top, bottom) = (2.0, width - 6.0, 5.0, height - 5.0);
    let span = days(h.cycle_start, h.cycle_end).max(1.0);
    let x = Scale::new(0.0, span, left, right);
    let at = |d: NaiveDate| days(h.cycle_start, d);
    let forecast = h.forecast.filter(|_| marks.forecast);
    let values = h.points.iter().filter_map(|p| p.value);
    let extras = [h.start, h.target, forecast].into_iter().flatten();
    let plan = h.expected.iter().map(|&(_, v)| v);
    let mut out = String::new();
    open(&mut out, width, height, "chart kr-chart", label);
    let Some((lo, hi)) = extent(values.chain(extras).chain(plan)) else {
        let _ = write!(
            out,
            r#"<line x1="{left}" y1="{mid}" x2="{r}" y2="{mid}" stroke="{MUTED}" stroke-width="1" stroke-dasharray="2 3"/></svg>"#,
            mid = px(height / 2.0),
            r = px(right),
        );
        return out;
    };
    let y = Scale::new(lo, hi, bottom, top);

    // Today: where the data ends and the forecast begins.
    if as_of > h.cycle_start && as_of < h.cycle_end {
        let tx = px(x.at(at(as_of)));
        let _ = write!(
            out,
            r##"<line x1="{tx}" y1="{top}" x2="{tx}" y2="{bottom}" stroke="#d0d7de" stroke-width="1"/>"##
        );
    }
    if let Some(target) = h.target {
        let ty = px(y.at(target));
        let _ = write!(
            out,
            r#"<line class="target" x1="{left}" y1="{ty}" x2="{r}" y2="{ty}" stroke="{INK}" stroke-width="0.75" opacity="0.55"/><path d="M{r} {ty}l4 -3.5v7z" fill="{INK}"/>"#,
            r = px(right),
        );
    }
    if !h.expected.is_empty() {
        let line: Vec<(f64, Option<f64>)> =
            h.expected.iter().map(|&(d, v)| (at(d), Some(v))).collect();
        let _ = write!(
            out,
            r#"<path d="{}" fill="none" stroke="{MUTED}" stroke-width="1.25" stroke-dasharray="3 2.5"/>"#,
            path(&line, x, y)
        );
    }
    let line: Vec<(f64, Option<f64>)> = h
        .points
        .iter()
        .filter(|p| !p.partial)
        .map(|p| (at(p.date), p.value))
        .collect();
    // The forecast goes on from the latest whole value.
    let last = h
        .points
        .iter()
        .rev()
        .filter(|p| !p.partial)
        .find_map(|p| p.value.map(|v| (at(p.date), v)));
    if let (Some(forecast), Some((lx, lv))) = (forecast, last) {
        let (fx, fy) = (x.at(span), y.at(forecast));
        let _ = write!(
            out,
            r#"<path d="M{} {}L{} {}" fill="none" stroke="{ACCENT}" stroke-width="1" stroke-dasharray="1.5 2" opacity="0.8"/>{}"#,
            px(x.at(lx)),
            px(y.at(lv)),
            px(fx),
            px(fy),
            mark(Mark::Forecast, fx, fy),
        );
    }
    let _ = write!(
        out,
        r#"<path d="{}" fill="none" stroke="{ACCENT}" stroke-width="1.75" stroke-linejoin="round" stroke-linecap="round"/>"#,
        path(&line, x, y)
    );
    // Period grains: a mark per period; daily lines: one at the latest value.
    let dots: Vec<&crate::report::HistoryPoint> = if h.grain == crate::report::Grain::Day {
        h.points
            .iter()
            .rev()
            .filter(|p| p.value.is_some())
            .take(1)
            .collect()
    } else {
        h.points.iter().filter(|p| p.value.is_some()).collect()
    };
    for p in dots {
        let Some(v) = p.value else { continue };
        let kind = match marks.bound {
            _ if p.partial => Mark::Partial,
            Some(b) if b.holds(v) => Mark::Held,
            Some(_) => Mark::Breached,
            None => Mark::Value,
        };
        out.push_str(&mark(kind, x.at(at(p.date)), y.at(v)));
    }
    out.push_str("</svg>");
    out
}

/// A milestone on the cycle's timeline: the cycle as a line, today as a
/// rule, the due day as a diamond, and a filled dot on the day it was done.
pub fn milestone(
    cycle_start: NaiveDate,
    cycle_end: NaiveDate,
    as_of: NaiveDate,
    due: Option<NaiveDate>,
    done_on: Option<NaiveDate>,
    label: &str,
) -> String {
    let (width, height) = (KR_WIDTH, KR_HEIGHT);
    let (left, right) = (6.0, width - 6.0);
    let x = Scale::new(0.0, days(cycle_start, cycle_end).max(1.0), left, right);
    let at = |d: NaiveDate| px(x.at(days(cycle_start, d.clamp(cycle_start, cycle_end))));
    let mid = px(height / 2.0);
    let mut out = String::new();
    open(&mut out, width, height, "chart kr-chart", label);
    let _ = write!(
        out,
        r##"<line x1="{left}" y1="{mid}" x2="{r}" y2="{mid}" stroke="#d0d7de" stroke-width="2" stroke-linecap="round"/>"##,
        r = px(right),
    );
    let now = at(as_of.min(cycle_end));
    let _ = write!(
        out,
        r#"<line x1="{left}" y1="{mid}" x2="{now}" y2="{mid}" stroke="{MUTED}" stroke-width="2" stroke-linecap="round"/>"#
    );
    if let Some(due) = due {
        let dx = at(due);
        let _ = write!(
            out,
            r#"<path d="M{dx} {}l5 5l-5 5l-5 -5z" fill="white" stroke="{INK}" stroke-width="1.25"/>"#,
            px(height / 2.0 - 5.0)
        );
    }
    match done_on {
        Some(done) if done <= as_of => {
            let _ = write!(
                out,
                r#"<circle cx="{}" cy="{mid}" r="4.5" fill="{GOOD}"/><path d="M{} {}l2 2l3.5 -4" fill="none" stroke="white" stroke-width="1.5" stroke-linecap="round" stroke-linejoin="round"/>"#,
                at(done),
                px(x.at(days(cycle_start, done.clamp(cycle_start, cycle_end))) - 2.8),
                px(height / 2.0),
            );
        }
        _ => {
            let _ = write!(
                out,
                r#"<circle cx="{now}" cy="{mid}" r="3" fill="white" stroke="{MUTED}" stroke-width="1.5"/>"#
            );
        }
    }
    out.push_str("</svg>");
    out
}

/// Labels for the North Star chart, already formatted for the locale.
#[derive(Debug, Clone, Default)]
pub struct AxisLabels {
    pub low: String,
    /// The target line's label (`target 110`), left of the plot.
    pub target: String,
    /// The start line's label (`start 79`), left of the plot; empty without
    /// a start.
    pub start: String,
    /// Each trend point's value (`101`), empty without data.
    pub values: Vec<String>,
    /// Each trend point's period (`W45`, `Nov`).
    pub periods: Vec<String>,
    /// The cycle's last day, at the axis's end.
    pub end: String,
}

/// A short name for a period under its bar: `W45` (ISO week), `Nov`,
/// `Q4`, `11-02`.
pub fn period_tick(grain: crate::report::Grain, start: NaiveDate) -> String {
    use chrono::Datelike;
    match grain {
        crate::report::Grain::Week => t!("rv-tick-week", week = start.iso_week().week()),
        crate::report::Grain::Month => crate::i18n::month_short(start.month()),
        crate::report::Grain::Quarter => t!("rv-tick-quarter", quarter = start.month0() / 3 + 1),
        crate::report::Grain::Day => t!(
            "rv-tick-day",
            month = start.format("%m").to_string(),
            day = start.format("%d").to_string()
        ),
    }
}

/// The text size in the North Star chart, in its own units: it is drawn at
/// about 100 mm wide on A4 or Letter (460 units), so this prints at
/// about 8 pt.
pub const NS_FONT: f64 = 14.0;

/// The North Star per grain period as bars from zero over the whole cycle
/// (its time axis runs to the cycle's end), each bar with its value and its
/// period under it (thinned out where they would touch); the target as a
/// dashed line, the start as a dotted one and the ramp from the start at
/// the cycle's start to the target at its end as a thin line. A period cut
/// by the cycle's start is drawn pale; the period not ended yet is drawn
/// hollow with a dashed outline and marked "so far"; a period without data
/// is left empty.
#[allow(clippy::too_many_arguments)]
pub fn north_star(
    trend: &[TrendPoint],
    start: Option<f64>,
    target: f64,
    cycle: (NaiveDate, NaiveDate),
    labels: &AxisLabels,
    width: f64,
    height: f64,
    label: &str,
) -> String {
    // Text is about this wide per character (a wide letter like W more).
    let text_width = |t: &str| t.chars().count() as f64 * NS_FONT * 0.62;
    let margin = [&labels.low, &labels.target, &labels.start]
        .iter()
        .map(|t| text_width(t))
        .fold(20.0_f64, f64::max);
    let left = (margin + 8.0).min(width * 0.3);
    let (right, top, bottom) = (width - 6.0, 8.0 + NS_FONT, height - NS_FONT - 8.0);
    let high = trend
        .iter()
        .filter_map(|p| p.value)
        .chain([target])
        .chain(start)
        .filter(|v| v.is_finite())
        .fold(0.0_f64, f64::max);
    let low = trend
        .iter()
        .filter_map(|p| p.value)
        .filter(|v| v.is_finite())
        .fold(0.0_f64, f64::min);
    let high = if high > low { high * 1.06 } else { low + 1.0 };
    let y = Scale::new(low, high, bottom, top);
    let (cycle_start, cycle_end) = cycle;
    // Days from the cycle's start; a period's bar spans its days.
    let span = days(cycle_start, cycle_end) + 1.0;
    let x = Scale::new(0.0, span.max(1.0), left, right);
    let mut out = String::new();
    open(&mut out, width, height, "chart ns-chart", label);
    let font = px(NS_FONT);
    // The baseline and the axis at the cycle's end; the y axis names zero,
    // the start and the target (the start's only where it does not touch
    // the target's).
    let (zero, ty) = (y.at(0.0), y.at(target));
    let _ = write!(
        out,
        r##"<g font-size="{font}" fill="#57606a" text-anchor="end"><text x="{tx}" y="{}">{}</text><text x="{tx}" y="{}" fill="{INK}">{}</text>"##,
        px(zero + 4.0),
        escape(&labels.low),
        px(ty + 4.0),
        escape(&labels.target),
        tx = px(left - 5.0),
    );
    if let Some(sy) = start.map(|s| y.at(s)).filter(|sy| {
        (sy - ty).abs() > NS_FONT && (sy - zero).abs() > NS_FONT && !labels.start.is_empty()
    }) {
        let _ = write!(
            out,
            r#"<text x="{}" y="{}">{}</text>"#,
            px(left - 5.0),
            px(sy + 4.0),
            escape(&labels.start)
        );
    }
    let _ = write!(
        out,
        r##"</g><line x1="{left}" y1="{z}" x2="{right}" y2="{z}" stroke="#8c959f" stroke-width="1"/><line x1="{right}" y1="{top}" x2="{right}" y2="{z}" stroke="#d0d7de" stroke-width="1"/>"##,
        left = px(left),
        z = px(zero),
    );
    let lengths: Vec<i64> = trend.iter().map(|p| (p.end - p.start).num_days()).collect();
    let full = lengths.iter().copied().max().unwrap_or(0);
    // A label every `step` periods, so neighbours never touch.
    let slot = (x.at(full as f64 + 1.0) - x.at(0.0)).max(1.0);
    let widest = labels
        .values
        .iter()
        .chain(&labels.periods)
        .map(|l| l.chars().count())
        .max()
        .unwrap_or(1) as f64;
    let step = ((widest * NS_FONT * 0.62 + 8.0) / slot).ceil().max(1.0) as usize;
    let last = trend.len().saturating_sub(1);
    let mut labels_end = left;
    for (i, p) in trend.iter().enumerate() {
        let from = days(cycle_start, p.start.max(cycle_start));
        let to = days(cycle_start, p.end.min(cycle_end)) + 1.0;
        let (x0, x1) = (x.at(from), x.at(to));
        let bar = ((x1 - x0) * 0.72).max(1.0);
        let bx = x0 + ((x1 - x0) - bar) / 2.0;
        let cx = bx + bar / 2.0;
        // The last label always shows; others every `step` back from it.
        let labelled = (last - i).is_multiple_of(step);
        if labelled {
            if let Some(name) = labels.periods.get(i) {
                labels_end = cx + name.chars().count() as f64 * NS_FONT * 0.3;
                let _ = write!(
                    out,
                    r##"<text x="{}" y="{}" font-size="{font}" fill="#57606a" text-anchor="middle">{}</text>"##,
                    px(cx),
                    px(height - 4.0),
                    escape(name)
                );
            }
        }
        let Some(v) = p.value.filter(|v| v.is_finite()) else {
            continue;
        };
        let (y0, y1) = (y.at(0.0), y.at(v));
        let geometry = format!(
            r#"x="{}" y="{}" width="{}" height="{}" rx="1.5""#,
            px(bx),
            px(y0.min(y1)),
            px(bar),
            px((y0 - y1).abs().max(0.5)),
        );
        if p.partial {
            let _ = write!(
                out,
                r#"<rect class="partial" {geometry} fill="white" stroke="{ACCENT}" stroke-width="1.25" stroke-dasharray="3 2"/>"#
            );
        } else {
            let opacity = if lengths[i] < full { "0.4" } else { "0.9" };
            let _ = write!(
                out,
                r#"<rect {geometry} fill="{ACCENT}" opacity="{opacity}"/>"#
            );
        }
        if labelled || p.partial {
            if let Some(text) = labels.values.get(i).filter(|t| !t.is_empty()) {
                let text = if p.partial {
                    t!("rv-value-so-far", value = text)
                } else {
                    text.clone()
                };
                // A whole period's value sits on its bar; the period so far
                // is named beside its bar, just under its top, reading
                // into the empty rest of the cycle (clear of the target
                // line above it).
                let top_y = y0.min(y1);
                let (anchor, tx, ty) = if !p.partial {
                    ("middle", cx, top_y - 3.0)
                } else {
                    let ty = (top_y + NS_FONT).min(y0 - 2.0);
                    if bx + bar + 3.0 + text_width(&text) < right {
                        ("start", bx + bar + 3.0, ty)
                    } else {
                        ("end", bx - 3.0, ty)
                    }
                };
                let _ = write!(
                    out,
                    r#"<text x="{}" y="{}" font-size="{font}" fill="{INK}" text-anchor="{anchor}" stroke="white" stroke-width="3" paint-order="stroke">{}</text>"#,
                    px(tx),
                    px(ty),
                    escape(&text)
                );
            }
        }
    }
    if let Some(start) = start {
        let sy = y.at(start);
        let _ = write!(
            out,
            r##"<line x1="{left}" y1="{sy}" x2="{right}" y2="{sy}" stroke="#57606a" stroke-width="1" stroke-dasharray="1.5 2.5"/><line class="ramp" x1="{left}" y1="{sy}" x2="{right}" y2="{ty}" stroke="{INK}" stroke-width="1" opacity="0.7"/>"##,
            left = px(left),
            sy = px(sy),
            ty = px(ty),
        );
    }
    let _ = write!(
        out,
        r#"<line x1="{left}" y1="{ty}" x2="{right}" y2="{ty}" stroke="{INK}" stroke-width="1" stroke-dasharray="4 3"/>"#,
        left = px(left),
        ty = px(ty),
    );
    let end_width = text_width(&labels.end);
    if !labels.end.is_empty() && labels_end + 6.0 < right - end_width {
        let _ = write!(
            out,
            r##"<text x="{right}" y="{}" font-size="{font}" fill="#57606a" text-anchor="end">{}</text>"##,
            px(height - 4.0),
            escape(&labels.end),
        );
    }
    out.push_str("</svg>");
    out
}

/// A tiny line of a trend (an input metric), the latest point as a dot.
pub fn sparkline(trend: &[TrendPoint], width: f64, height: f64, label: &str) -> String {
    let mut out = String::new();
    open(&mut out, width, height, "chart spark", label);
    if let Some((lo, hi)) = extent(trend.iter().filter_map(|p| p.value)) {
        let x = Scale::new(0.0, (trend.len().max(2) - 1) as f64, 2.0, width - 3.0);
        let y = Scale::new(lo, hi, height - 2.5, 2.5);
        let points: Vec<(f64, Option<f64>)> = trend
            .iter()
            .enumerate()
            .map(|(i, p)| (i as f64, p.value))
            .collect();
        let _ = write!(
            out,
            r#"<path d="{}" fill="none" stroke="{ACCENT}" stroke-width="1.25" stroke-linejoin="round"/>"#,
            path(&points, x, y)
        );
        if let Some((i, v)) = points
            .iter()
            .rev()
            .find_map(|&(i, v)| v.filter(|v| v.is_finite()).map(|v| (i, v)))
        {
            let _ = write!(
                out,
                r#"<circle cx="{}" cy="{}" r="1.8" fill="{ACCENT}"/>"#,
                px(x.at(i)),
                px(y.at(v))
            );
        }
    }
    out.push_str("</svg>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::{Grain, HistoryPoint};

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn pixels_are_rounded() {
        assert_eq!(px(12.0), "12");
        assert_eq!(px(12.345), "12.3");
        assert_eq!(px(-0.04), "0");
    }

    #[test]
    fn gaps_break_the_line() {
        let x = Scale::new(0.0, 3.0, 0.0, 30.0);
        let y = Scale::new(0.0, 10.0, 10.0, 0.0);
        let points = [
            (0.0, Some(0.0)),
            (1.0, Some(5.0)),
            (2.0, None),
            (3.0, Some(10.0)),
        ];
        assert_eq!(path(&points, x, y), "M0 10L10 5M30 0");
    }

    #[test]
    fn a_kr_chart_has_value_plan_target_and_forecast() {
        let h = History {
            id: "x".into(),
            grain: Grain::Day,
            start: Some(0.0),
            target: Some(100.0),
            points: vec![
                HistoryPoint {
                    date: day("2026-01-01"),
                    value: Some(10.0),
                    partial: false,
                },
                HistoryPoint {
                    date: day("2026-01-02"),
                    value: Some(30.0),
                    partial: false,
                },
            ],
            expected: vec![(day("2026-01-01"), 1.0), (day("2026-01-10"), 100.0)],
            forecast: Some(120.0),
            cycle_start: day("2026-01-01"),
            cycle_end: day("2026-01-10"),
        };
        let marks = TrendMarks {
            bound: None,
            forecast: true,
        };
        let svg = kr_trend(&h, day("2026-01-02"), marks, "<b>x</b>");
        assert!(svg.starts_with("<svg") && svg.ends_with("</svg>"));
        assert!(svg.contains("&lt;b&gt;x&lt;/b&gt;"));
        assert!(svg.contains("stroke-dasharray=\"3 2.5\""), "plan line");
        assert_eq!(svg.matches("<circle").count(), 2, "latest value, forecast");
        assert!(!svg.contains("NaN") && !svg.contains("inf"));
    }

    fn weekly(values: &[(&str, f64, bool)]) -> History {
        History {
            id: "x".into(),
            grain: Grain::Week,
            start: Some(0.0),
            target: Some(10.0),
            points: values
                .iter()
                .map(|&(d, v, partial)| HistoryPoint {
                    date: day(d),
                    value: Some(v),
                    partial,
                })
                .collect(),
            expected: Vec::new(),
            forecast: Some(12.0),
            cycle_start: day("2026-01-01"),
            cycle_end: day("2026-03-31"),
        }
    }

    #[test]
    fn no_forecast_unless_asked_and_the_partial_period_has_its_own_mark() {
        let h = weekly(&[("2026-01-07", 3.0, false), ("2026-01-14", 4.0, true)]);
        let as_of = day("2026-01-12");
        let with = kr_trend(
            &h,
            as_of,
            TrendMarks {
                bound: None,
                forecast: true,
            },
            "x",
        );
        let without = kr_trend(&h, as_of, TrendMarks::default(), "x");
        let forecast = format!(r#"fill="white" stroke="{ACCENT}""#);
        assert!(with.contains(r#"stroke-dasharray="1.5 2""#));
        assert!(
            !without.contains(r#"stroke-dasharray="1.5 2""#),
            "{without}"
        );
        // One whole week as a dot, the week so far as a square: never the
        // forecast's hollow circle.
        assert_eq!(without.matches("<rect").count(), 1, "{without}");
        assert_eq!(without.matches(&forecast).count(), 0);
        assert_eq!(with.matches(&forecast).count(), 1);
        assert!(without.contains(r#"class="target""#), "the target line");
    }

    #[test]
    fn held_and_breached_differ_in_shape() {
        let h = weekly(&[("2026-01-07", 3.0, false), ("2026-01-14", 6.0, false)]);
        let marks = TrendMarks {
            bound: Some(Bound::AtLeast(5.0)),
            forecast: false,
        };
        let svg = kr_trend(&h, day("2026-01-20"), marks, "x");
        assert_eq!(
            svg.matches(&format!(r#"fill="{GOOD}""#)).count(),
            1,
            "held: a dot"
        );
        assert_eq!(
            svg.matches(&format!(r#"stroke="{BAD}""#)).count(),
            1,
            "breached: a cross"
        );
        assert!(mark(Mark::Breached, 5.0, 5.0).starts_with("<path"));
        assert!(mark(Mark::Held, 5.0, 5.0).starts_with("<circle"));
    }

    #[test]
    fn the_north_star_runs_to_the_cycles_end_with_labels_and_the_ramp() {
        let week = |s: &str, e: &str, v: f64, partial: bool| TrendPoint {
            start: day(s),
            end: day(e),
            value: Some(v),
            partial,
        };
        let trend = [
            week("2026-01-05", "2026-01-11", 4.0, false),
            week("2026-01-12", "2026-01-18", 5.0, true),
        ];
        let labels = AxisLabels {
            low: "0".into(),
            target: "target 10".into(),
            start: "start 2".into(),
            values: vec!["4".into(), "5".into()],
            periods: vec!["W2".into(), "W3".into()],
            end: "2026-03-31".into(),
        };
        let cycle = (day("2026-01-01"), day("2026-03-31"));
        let svg = north_star(&trend, Some(2.0), 10.0, cycle, &labels, 460.0, 190.0, "x");
        for text in [
            ">W2<",
            ">W3<",
            ">4<",
            ">5 so far<",
            ">2026-03-31<",
            ">start 2<",
            ">target 10<",
        ] {
            assert!(svg.contains(text), "{text} in {svg}");
        }
        assert!(svg.contains(r#"class="ramp""#));
        assert!(svg.contains(r#"class="partial""#));
        assert_eq!(period_tick(Grain::Week, day("2026-11-16")), "W47");
        assert_eq!(period_tick(Grain::Month, day("2026-11-01")), "Nov");
    }

    #[test]
    fn empty_series_draw_without_numbers() {
        let h = History {
            id: "x".into(),
            grain: Grain::Week,
            start: None,
            target: None,
            points: Vec::new(),
            expected: Vec::new(),
            forecast: None,
            cycle_start: day("2026-01-01"),
            cycle_end: day("2026-01-10"),
        };
        let svg = kr_trend(&h, day("2026-01-02"), TrendMarks::default(), "x");
        assert!(!svg.contains("NaN"));
        let svg = sparkline(&[], 60.0, 16.0, "x");
        assert!(svg.ends_with("</svg>"));
        let cycle = (day("2026-01-01"), day("2026-01-10"));
        let svg = north_star(
            &[],
            None,
            10.0,
            cycle,
            &AxisLabels::default(),
            300.0,
            100.0,
            "x",
        );
        assert!(!svg.contains("NaN"));
    }
}
