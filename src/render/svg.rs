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

/// A key result's value over the cycle: the value line (dots for period
/// grains, hollow while a period has not ended), the dashed expected line,
/// the target as a thin line with a mark at the cycle's end, the forecast
/// as a hollow dot at the cycle's end, and `today` as a faint vertical rule.
/// `bound`: a threshold's points are green when they held, red when not.
pub fn kr_trend(h: &History, as_of: NaiveDate, bound: Option<Bound>, label: &str) -> String {
    let (width, height) = (KR_WIDTH, KR_HEIGHT);
    let (left, right, top, bottom) = (2.0, width - 6.0, 5.0, height - 5.0);
    let span = days(h.cycle_start, h.cycle_end).max(1.0);
    let x = Scale::new(0.0, span, left, right);
    let at = |d: NaiveDate| days(h.cycle_start, d);
    let values = h.points.iter().filter_map(|p| p.value);
    let extras = [h.start, h.target, h.forecast].into_iter().flatten();
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
            r##"<line x1="{left}" y1="{ty}" x2="{r}" y2="{ty}" stroke="#b6bdc5" stroke-width="0.75"/><path d="M{r} {ty}l4 -3.5v7z" fill="{INK}"/>"##,
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
    // A period not ended yet is a hollow dot, not joined: its value so far
    // is not comparable with whole periods.
    let line: Vec<(f64, Option<f64>)> = h
        .points
        .iter()
        .filter(|p| !p.partial)
        .map(|p| (at(p.date), p.value))
        .collect();
    let last = h
        .points
        .iter()
        .rev()
        .find_map(|p| p.value.map(|v| (at(p.date), v)));
    if let (Some(forecast), Some((lx, lv))) = (h.forecast, last) {
        let (fx, fy) = (px(x.at(span)), px(y.at(forecast)));
        let _ = write!(
            out,
            r#"<path d="M{} {}L{fx} {fy}" fill="none" stroke="{ACCENT}" stroke-width="1" stroke-dasharray="1.5 2" opacity="0.8"/><circle cx="{fx}" cy="{fy}" r="2.6" fill="white" stroke="{ACCENT}" stroke-width="1.25"/>"#,
            px(x.at(lx)),
            px(y.at(lv)),
        );
    }
    let _ = write!(
        out,
        r#"<path d="{}" fill="none" stroke="{ACCENT}" stroke-width="1.75" stroke-linejoin="round" stroke-linecap="round"/>"#,
        path(&line, x, y)
    );
    // Period grains: a dot per period; daily lines: a dot at the latest value.
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
        let color = match bound {
            Some(b) if b.holds(v) => GOOD,
            Some(_) => BAD,
            None => ACCENT,
        };
        let fill = if p.partial { "white" } else { color };
        let _ = write!(
            out,
            r#"<circle cx="{}" cy="{}" r="2.4" fill="{fill}" stroke="{color}" stroke-width="1.25"/>"#,
            px(x.at(at(p.date))),
            px(y.at(v)),
        );
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
    pub high: String,
    pub target: String,
    pub first: String,
    pub last: String,
}

/// The North Star per grain period as bars from zero, the target as a
/// dashed line, the start as a faint one. A period not ended yet (or cut by
/// the cycle's start) is drawn pale; a period without data is left empty.
pub fn north_star(
    trend: &[TrendPoint],
    start: Option<f64>,
    target: f64,
    labels: &AxisLabels,
    width: f64,
    height: f64,
    label: &str,
) -> String {
    let (left, right, top, bottom) = (44.0, width - 4.0, 10.0, height - 18.0);
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
    let mut out = String::new();
    open(&mut out, width, height, "chart ns-chart", label);
    // Grid: the baseline and the top.
    let _ = write!(
        out,
        r##"<g font-size="9.5" fill="#57606a" text-anchor="end"><text x="{tx}" y="{by}">{lo}</text><text x="{tx}" y="{ty}">{hi}</text></g><line x1="{left}" y1="{zero}" x2="{right}" y2="{zero}" stroke="#d0d7de" stroke-width="1"/>"##,
        tx = px(left - 6.0),
        by = px(bottom + 3.0),
        ty = px(y.at(high / 1.06) + 3.0),
        lo = escape(&labels.low),
        hi = escape(&labels.high),
        zero = px(y.at(0.0)),
    );
    let n = trend.len().max(1) as f64;
    let slot = (right - left) / n;
    let bar = (slot * 0.68).max(1.0);
    let lengths: Vec<i64> = trend.iter().map(|p| (p.end - p.start).num_days()).collect();
    let full = lengths.iter().copied().max().unwrap_or(0);
    for (i, p) in trend.iter().enumerate() {
        let Some(v) = p.value.filter(|v| v.is_finite()) else {
            continue;
        };
        let cut = p.partial || lengths[i] < full;
        let (y0, y1) = (y.at(0.0), y.at(v));
        let _ = write!(
            out,
            r#"<rect x="{}" y="{}" width="{}" height="{}" rx="1.5" fill="{ACCENT}" opacity="{}"/>"#,
            px(left + slot * i as f64 + (slot - bar) / 2.0),
            px(y0.min(y1)),
            px(bar),
            px((y0 - y1).abs().max(0.5)),
            if cut { "0.35" } else { "0.9" },
        );
    }
    if let Some(start) = start {
        let sy = px(y.at(start));
        let _ = write!(
            out,
            r##"<line x1="{left}" y1="{sy}" x2="{right}" y2="{sy}" stroke="#8c959f" stroke-width="0.75" stroke-dasharray="1.5 2.5"/>"##
        );
    }
    let ty = y.at(target);
    let _ = write!(
        out,
        r#"<line x1="{left}" y1="{ty}" x2="{right}" y2="{ty}" stroke="{INK}" stroke-width="1" stroke-dasharray="4 3"/><text x="{right}" y="{}" font-size="9.5" fill="{INK}" text-anchor="end">{}</text>"#,
        px(ty - 4.0),
        escape(&labels.target),
        ty = px(ty),
    );
    let _ = write!(
        out,
        r##"<g font-size="9.5" fill="#57606a"><text x="{left}" y="{ly}">{}</text><text x="{right}" y="{ly}" text-anchor="end">{}</text></g>"##,
        escape(&labels.first),
        escape(&labels.last),
        ly = px(height - 4.0),
    );
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
        let svg = kr_trend(&h, day("2026-01-02"), None, "<b>x</b>");
        assert!(svg.starts_with("<svg") && svg.ends_with("</svg>"));
        assert!(svg.contains("&lt;b&gt;x&lt;/b&gt;"));
        assert!(svg.contains("stroke-dasharray=\"3 2.5\""), "plan line");
        assert_eq!(svg.matches("<circle").count(), 2, "latest value, forecast");
        assert!(!svg.contains("NaN") && !svg.contains("inf"));
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
        let svg = kr_trend(&h, day("2026-01-02"), None, "x");
        assert!(!svg.contains("NaN"));
        let svg = sparkline(&[], 60.0, 16.0, "x");
        assert!(svg.ends_with("</svg>"));
        let svg = north_star(&[], None, 10.0, &AxisLabels::default(), 300.0, 100.0, "x");
        assert!(!svg.contains("NaN"));
    }
}
