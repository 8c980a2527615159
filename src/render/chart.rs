//! A line chart in the terminal, drawn in Unicode braille: every character
//! cell holds 2 × 4 dots, so a chart of 12 rows has 48 dots of height.
//!
//! The x-axis is a date range (a cycle), the y-axis spans every plotted
//! value. Lines are polylines of (date, value) points, drawn solid, dotted or
//! dashed so they stay apart without colors; with colors each cell takes the
//! color of the last line drawn through it, so draw the most important last.

use crate::controls::paint;
use chrono::NaiveDate;
use unicode_width::UnicodeWidthStr;

/// How a line is drawn, dot by dot.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pattern {
    Solid,
    /// Every third dot.
    Dotted,
    /// Four dots on, three off.
    Dashed,
}

impl Pattern {
    fn on(self, step: usize) -> bool {
        match self {
            Pattern::Solid => true,
            Pattern::Dotted => step.is_multiple_of(3),
            Pattern::Dashed => step % 7 < 4,
        }
    }
}

/// One line of the chart: polylines (a gap between them) of points.
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    pub pattern: Pattern,
    pub style: Option<anstyle::Style>,
    pub segments: Vec<Vec<(NaiveDate, f64)>>,
}

/// What to draw and how big.
#[derive(Debug, Clone)]
pub struct Chart {
    pub from: NaiveDate,
    pub to: NaiveDate,
    /// Marked on the x-axis when inside `from..=to`, labelled with the
    /// first of the texts that fits.
    pub marker: Option<(NaiveDate, Vec<String>)>,
    /// Drawn in order: later lines take the cells' colors.
    pub lines: Vec<Line>,
    /// Values the y-axis must include besides the lines' (start, target).
    pub include: Vec<f64>,
    /// Total width in columns, labels included.
    pub width: usize,
    /// Rows of braille.
    pub height: usize,
    pub color: bool,
}

/// Dot bits of a braille cell, by (x, y) inside the cell.
const DOTS: [[u8; 4]; 2] = [[0x01, 0x02, 0x04, 0x40], [0x08, 0x10, 0x20, 0x80]];

struct Canvas {
    cols: usize,
    rows: usize,
    bits: Vec<u8>,
    /// The line that drew last through each cell.
    owner: Vec<Option<usize>>,
}

impl Canvas {
    fn new(cols: usize, rows: usize) -> Canvas {
        Canvas {
            cols,
            rows,
            bits: vec![0; cols * rows],
            owner: vec![None; cols * rows],
        }
    }

    fn dot_width(&self) -> i64 {
        (self.cols * 2) as i64
    }

    fn dot_height(&self) -> i64 {
        (self.rows * 4) as i64
    }

    /// Sets the dot at (x, y), y counted from the top.
    fn set(&mut self, x: i64, y: i64, line: usize) {
        if x < 0 || y < 0 || x >= self.dot_width() || y >= self.dot_height() {
            return;
        }
        let (x, y) = (x as usize, y as usize);
        let cell = (y / 4) * self.cols + x / 2;
        self.bits[cell] |= DOTS[x % 2][y % 4];
        self.owner[cell] = Some(line);
    }

    /// Bresenham from `a` to `b`; `step` counts dots for the pattern across
    /// the segments of one polyline.
    fn segment(
        &mut self,
        a: (i64, i64),
        b: (i64, i64),
        pattern: Pattern,
        line: usize,
        step: &mut usize,
    ) {
        let (mut x, mut y) = a;
        let dx = (b.0 - a.0).abs();
        let dy = -(b.1 - a.1).abs();
        let sx = if a.0 < b.0 { 1 } else { -1 };
        let sy = if a.1 < b.1 { 1 } else { -1 };
        let mut err = dx + dy;
        loop {
            if pattern.on(*step) {
                self.set(x, y, line);
            }
            *step += 1;
            if (x, y) == b {
                break;
            }
            let e2 = 2 * err;
            if e2 >= dy {
                err += dy;
                x += sx;
            }
            if e2 <= dx {
                err += dx;
                y += sy;
            }
        }
    }
}

/// The chart's lines, ending with a newline, the y-axis labels written by
/// `label`; empty when nothing can be drawn (no values, or too little room).
pub fn render(chart: &Chart, label: &dyn Fn(f64) -> String) -> String {
    let values: Vec<f64> = chart
        .lines
        .iter()
        .flat_map(|l| l.segments.iter().flatten().map(|&(_, v)| v))
        .chain(chart.include.iter().copied())
        .filter(|v| v.is_finite())
        .collect();
    if values.is_empty() || chart.to < chart.from || chart.height == 0 {
        return String::new();
    }
    let low = values.iter().copied().fold(f64::INFINITY, f64::min);
    let high = values.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let (low, high) = if high > low {
        (low, high)
    } else {
        let pad = if low == 0.0 { 1.0 } else { low.abs() * 0.1 };
        (low - pad, high + pad)
    };
    render_scaled(chart, low, high, label)
}

fn render_scaled(chart: &Chart, low: f64, high: f64, label: &dyn Fn(f64) -> String) -> String {
    let labels = [label(high), label(low)];
    let label_width = labels.iter().map(|l| l.width()).max().unwrap_or(0);
    // `label ┤` then the plot.
    let cols = chart.width.saturating_sub(label_width + 2);
    if cols < 10 {
        return String::new();
    }
    let mut canvas = Canvas::new(cols, chart.height);
    let days = (chart.to - chart.from).num_days().max(1) as f64;
    let x_max = (canvas.dot_width() - 1) as f64;
    let x_of = |d: NaiveDate| {
        let offset = (d - chart.from).num_days() as f64;
        (offset / days * x_max).round() as i64
    };
    let y_max = (canvas.dot_height() - 1) as f64;
    let y_of = |v: f64| y_max as i64 - ((v - low) / (high - low) * y_max).round() as i64;
    let dot_points: Vec<Vec<Vec<(i64, i64)>>> = chart
        .lines
        .iter()
        .map(|line| {
            line.segments
                .iter()
                .map(|seg| {
                    seg.iter()
                        .filter(|(_, v)| v.is_finite())
                        .map(|&(d, v)| (x_of(d), y_of(v)))
                        .collect()
                })
                .collect()
        })
        .collect();
    for (i, (line, segments)) in chart.lines.iter().zip(&dot_points).enumerate() {
        for points in segments {
            let mut step = 0;
            match points.as_slice() {
                [] => {}
                [only] => canvas.set(only.0, only.1, i),
                _ => {
                    for pair in points.windows(2) {
                        canvas.segment(pair[0], pair[1], line.pattern, i, &mut step);
                        // The shared point is drawn once.
                        step = step.saturating_sub(1);
                    }
                }
            }
        }
    }

    let mut out = String::new();
    for row in 0..canvas.rows {
        let (text, tick) = match row {
            0 => (labels[0].as_str(), '┤'),
            r if r + 1 == canvas.rows => (labels[1].as_str(), '┤'),
            _ => ("", '│'),
        };
        out.push_str(&" ".repeat(label_width - text.width()));
        out.push_str(text);
        out.push(' ');
        out.push(tick);
        let mut run: Option<(Option<usize>, String)> = None;
        for col in 0..canvas.cols {
            let cell = row * canvas.cols + col;
            let ch = char::from_u32(0x2800 + u32::from(canvas.bits[cell])).unwrap_or(' ');
            let ch = if canvas.bits[cell] == 0 { ' ' } else { ch };
            let owner = if chart.color && canvas.bits[cell] != 0 {
                canvas.owner[cell]
            } else {
                None
            };
            match &mut run {
                Some((o, text)) if *o == owner => text.push(ch),
                _ => {
                    if let Some((o, text)) = run.take() {
                        out.push_str(&paint(&text, o.and_then(|i| chart.lines[i].style)));
                    }
                    run = Some((owner, ch.to_string()));
                }
            }
        }
        if let Some((o, text)) = run {
            out.push_str(&paint(&text, o.and_then(|i| chart.lines[i].style)));
        }
        let trimmed = out.trim_end_matches(' ').len();
        out.truncate(trimmed);
        out.push('\n');
    }

    // The x-axis: a rule with the marker, then the dates under it.
    let marker_col = chart
        .marker
        .as_ref()
        .filter(|(d, _)| *d >= chart.from && *d <= chart.to)
        .map(|(d, _)| (x_of(*d) / 2) as usize);
    let mut rule: Vec<char> = vec!['─'; canvas.cols];
    if let Some(c) = marker_col {
        rule[c.min(canvas.cols - 1)] = '┴';
    }
    out.push_str(&" ".repeat(label_width + 1));
    out.push('└');
    out.extend(rule);
    out.push('\n');

    let start = chart.from.to_string();
    let end = chart.to.to_string();
    let mut axis: Vec<char> = vec![' '; canvas.cols + 1];
    let place = |axis: &mut Vec<char>, at: usize, text: &str| -> bool {
        let len = text.chars().count();
        if at + len > axis.len()
            || axis[at.saturating_sub(1)..(at + len + 1).min(axis.len())]
                .iter()
                .any(|&c| c != ' ')
        {
            return false;
        }
        for (i, ch) in text.chars().enumerate() {
            axis[at + i] = ch;
        }
        true
    };
    place(&mut axis, 0, &start);
    place(&mut axis, (canvas.cols + 1).saturating_sub(end.len()), &end);
    if let (Some(col), Some((_, texts))) = (marker_col, &chart.marker) {
        // Centred on the marker, else ending or starting at it.
        let col = col + 1;
        let _ = texts.iter().any(|text| {
            let len = text.chars().count();
            place(&mut axis, col.saturating_sub(len / 2), text)
                || place(&mut axis, (col + 1).saturating_sub(len), text)
                || place(&mut axis, col, text)
        });
    }
    out.push_str(&" ".repeat(label_width + 1));
    out.push_str(axis.iter().collect::<String>().trim_end());
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 1, d).unwrap()
    }

    fn chart(lines: Vec<Line>) -> Chart {
        Chart {
            from: day(1),
            to: day(31),
            marker: Some((day(16), vec!["as of 2026-01-16".into(), "as of".into()])),
            lines,
            include: Vec::new(),
            width: 40,
            height: 4,
            color: false,
        }
    }

    #[test]
    fn a_rising_line_fills_the_plot_corner_to_corner() {
        let line = Line {
            pattern: Pattern::Solid,
            style: None,
            segments: vec![vec![(day(1), 0.0), (day(31), 10.0)]],
        };
        let text = render(&chart(vec![line]), &|v| format!("{v}"));
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 6, "{text}");
        assert!(lines[0].starts_with("10 ┤"), "{text}");
        assert!(lines[3].starts_with(" 0 ┤⣀"), "{text}");
        assert!(
            lines[0].ends_with('⠊') || lines[0].ends_with('⠉') || lines[0].ends_with('⠁'),
            "{text}"
        );
        assert!(lines[4].contains('┴'));
        assert!(lines[5].contains("2026-01-01") && lines[5].contains("2026-01-31"));
        assert!(lines[5].contains(" as of "), "{text}");
        let mut wide = chart(vec![]);
        wide.lines = chart_line();
        wide.width = 60;
        let text = render(&wide, &|v| format!("{v}"));
        assert!(text.contains("as of 2026-01-16"), "{text}");
    }

    fn chart_line() -> Vec<Line> {
        vec![Line {
            pattern: Pattern::Solid,
            style: None,
            segments: vec![vec![(day(1), 0.0), (day(31), 10.0)]],
        }]
    }

    #[test]
    fn nothing_to_draw_draws_nothing() {
        assert_eq!(render(&chart(vec![]), &|v| format!("{v}")), "");
    }

    #[test]
    fn colors_only_when_asked() {
        let line = Line {
            pattern: Pattern::Dashed,
            style: Some(anstyle::AnsiColor::Cyan.on_default()),
            segments: vec![vec![(day(1), 1.0), (day(31), 2.0)]],
        };
        let mut c = chart(vec![line]);
        assert!(!render(&c, &|v| format!("{v}")).contains('\x1b'));
        c.color = true;
        assert!(render(&c, &|v| format!("{v}")).contains('\x1b'));
    }
}
