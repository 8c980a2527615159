//! `--format table`: the terminal tree, drawn with the table builder
//! ([`grid::Grid`]) every terminal table uses.
//!
//! The North Star first, then each objective (indented two spaces per level
//! of alignment) with its key results beneath. Columns: key result, value,
//! target, progress (a ten-cell bar and the real percent), expected,
//! forecast, status. Units of plain numbers are left to the titles, which
//! name them anyway ("Grow MQLs from 400 to 900"), to keep the table narrow.
//!
//! The table fits the terminal, and titles wrap. Under 80 columns the
//! Forecast column goes. Where titles would get less than about a third of
//! the width, large numbers are shortened (`1.03M kr`) and long statuses
//! fold over two lines; where they would still get fewer than 24 columns,
//! Forecast, then Expected, then the bar (the percent stays) go. Where even
//! then titles would get fewer than 18 columns (about 55 and under), the
//! table stacks: each title on lines of its own over the full width, its
//! numbers on the line below, in as many columns as fit (Expected, then the
//! bar, then Target go); what still does not fit wraps at spaces in its
//! cells, as in every table. Under about 35 columns lines may overflow.
//!
//! Which columns show and how the numbers are written is decided here
//! (`Layout`); the builder fits them: titles in its flexible column, which
//! wraps first (a level of alignment is two spaces of indent, kept on the
//! lines a title wraps onto), stacked titles as lines across the table.
//!
//! Colors (only with `RenderOptions::color`): statuses green (done,
//! on-track), yellow (at-risk), red (off-track, guardrail-breached), magenta
//! (stalled), dim (no-data); objective and North Star titles bold.

use crate::controls::one_line;
use crate::controls::paint;
use crate::t;
use unicode_width::UnicodeWidthStr;

use crate::render::cells::{self, Numbers};
use crate::render::grid::{self, Align, Grid, Overlong};
use crate::render::number::{self, Locale};
use crate::render::RenderOptions;
use crate::report::{KeyResultReport, NorthStarReport, ObjectiveReport, Report, Status};

/// Cells of the progress bar.
const BAR_CELLS: usize = 10;
/// Titles narrower than this make the table give up columns and detail.
const MIN_TITLE: usize = 24;
/// Titles narrower than this, with every column that can go gone, get lines
/// of their own instead (the stacked layout).
const MIN_TITLE_COLUMN: usize = 18;
/// Stacked layout: the numbers' indent under their title.
const STACKED_INDENT: usize = 1;
/// Below this many terminal columns the Forecast column goes.
const FULL_WIDTH: usize = 80;

pub fn render(report: &Report, opts: &RenderOptions) -> String {
    let locale = Locale::from_tag(&opts.locale);
    let numbers = |compact| cells::Numbers {
        locale,
        compact,
        units: false,
    };
    let rows = Rows {
        full: rows(report, numbers(false)),
        compact: rows(report, numbers(true)),
    };
    let mut out = String::new();
    let mut left_out = None;
    if rows.full.is_empty() {
        out.push_str(&t!("st-no-objectives"));
        out.push('\n');
    } else {
        let layout = Layout::fit(&rows, opts.width);
        let rows = rows.get(&layout);
        out.push_str(&layout.grid(rows).render_in_color(opts.width, opts.color));
        left_out = grid::left_out(&layout.left_out(rows), opts.width);
    }
    out.push('\n');
    let dim = anstyle::Style::new().dimmed();
    for line in left_out
        .into_iter()
        .chain(footer(report, &rows.full, locale, opts.width))
    {
        out.push_str(&paint(&line, opts.color.then_some(dim)));
        out.push('\n');
    }
    out
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    NorthStar,
    Objective,
    KeyResult,
    /// A line of detail under the row above: period, trend.
    Note,
    /// A breached guardrail under the row above.
    Breach,
    Blank,
}

/// One line of the tree, as text, before layout.
#[derive(Debug, Clone)]
struct Row {
    kind: Kind,
    /// Columns of indentation before the title.
    indent: usize,
    title: String,
    value: String,
    partial: bool,
    target: String,
    progress: Option<f64>,
    /// The progress as a percent, `—` without one, empty where none applies.
    percent: String,
    expected: String,
    forecast: String,
    /// `okr status --since`: the change since then (key results only).
    moved: String,
    /// The owner's latest confidence, `7/10` (key results only).
    confidence: String,
    status: Option<(Status, Option<bool>)>,
}

impl Row {
    fn new(kind: Kind, indent: usize, title: String) -> Row {
        Row {
            kind,
            indent,
            title,
            value: String::new(),
            partial: false,
            target: String::new(),
            progress: None,
            percent: String::new(),
            expected: String::new(),
            forecast: String::new(),
            moved: String::new(),
            confidence: String::new(),
            status: None,
        }
    }
}

fn rows(report: &Report, numbers: Numbers) -> Vec<Row> {
    let mut rows = Vec::new();
    if let Some(ns) = &report.north_star {
        north_star_rows(&mut rows, ns, numbers);
    }
    for objective in &report.objectives {
        if !rows.is_empty() {
            rows.push(Row::new(Kind::Blank, 0, String::new()));
        }
        objective_rows(&mut rows, objective, 0, numbers);
    }
    rows
}

fn north_star_rows(rows: &mut Vec<Row>, ns: &NorthStarReport, numbers: Numbers) {
    let locale = numbers.locale;
    rows.push(Row {
        value: cells::north_star_value(ns, numbers).unwrap_or_else(|| "—".into()),
        partial: ns.partial,
        target: cells::north_star_target(ns, numbers),
        progress: ns.progress,
        percent: progress_percent(ns.progress, locale),
        expected: cells::share(ns.expected, locale),
        status: Some((ns.status, None)),
        ..Row::new(Kind::NorthStar, 0, format!("★ {}", ns.name))
    });
    if let Some(range) = ns.period {
        let period = cells::period_name(ns.grain, range, ns.partial);
        rows.push(Row::new(Kind::Note, 2, period));
    }
    if let Some(line) = cells::north_star_run_rate(ns, numbers) {
        rows.push(Row::new(Kind::Note, 2, line));
    }
    if ns.trend.len() > 1 {
        let trend = t!(
            "st-trend",
            line = cells::trend_line(&ns.trend, 26, ns.grain)
        );
        rows.push(Row::new(Kind::Note, 2, trend));
    }
    for breach in cells::breaches(&ns.guardrails, locale) {
        rows.push(Row::new(Kind::Breach, 2, format!("⚠ {breach}")));
    }
}

fn objective_rows(
    rows: &mut Vec<Row>,
    objective: &ObjectiveReport,
    depth: usize,
    numbers: Numbers,
) {
    let title = match &objective.owner {
        // A no-break space keeps the owner with its dot when the title wraps.
        Some(owner) => format!("{} ·\u{a0}{}", one_line(&objective.title), one_line(owner)),
        None => one_line(&objective.title),
    };
    rows.push(Row {
        progress: objective.progress,
        percent: progress_percent(objective.progress, numbers.locale),
        status: Some((objective.status, None)),
        ..Row::new(Kind::Objective, depth * 2, title)
    });
    for kr in &objective.key_results {
        key_result_rows(rows, kr, depth * 2 + 2, numbers);
    }
    for child in &objective.objectives {
        objective_rows(rows, child, depth + 1, numbers);
    }
}

fn key_result_rows(rows: &mut Vec<Row>, kr: &KeyResultReport, indent: usize, numbers: Numbers) {
    let locale = numbers.locale;
    rows.push(Row {
        value: cells::kr_value(kr, numbers).unwrap_or_else(|| "—".into()),
        partial: kr.partial,
        target: cells::kr_target(kr, numbers),
        progress: kr.progress,
        percent: progress_percent(kr.progress, locale),
        expected: cells::share(kr.expected, locale),
        forecast: cells::kr_forecast(kr, numbers).unwrap_or_default(),
        moved: cells::moved(kr, numbers).unwrap_or_default(),
        confidence: kr
            .confidence
            .as_ref()
            .map(|c| format!("{}/10", c.value))
            .unwrap_or_default(),
        status: Some((kr.status, kr.stale)),
        ..Row::new(Kind::KeyResult, indent, one_line(&kr.title))
    });
    if let Some(line) = cells::kr_run_rate(kr, numbers) {
        rows.push(Row::new(Kind::Note, indent + 2, line));
    }
    for breach in cells::breaches(&kr.guardrails, locale) {
        rows.push(Row::new(Kind::Breach, indent + 2, format!("⚠ {breach}")));
    }
    if let Some(line) = cells::experiments(kr) {
        rows.push(Row::new(Kind::Note, indent + 2, line));
    }
}

fn progress_percent(progress: Option<f64>, locale: Locale) -> String {
    progress
        .map(|p| number::whole_percent(p, locale))
        .unwrap_or_else(|| "—".to_string())
}

/// The tree's rows with numbers written out, and shortened for narrow
/// terminals.
struct Rows {
    full: Vec<Row>,
    compact: Vec<Row>,
}

impl Rows {
    fn get(&self, layout: &Layout) -> &[Row] {
        if layout.compact {
            &self.compact
        } else {
            &self.full
        }
    }
}

/// Which columns are shown, and how wide the title may be.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Layout {
    target: bool,
    bar: bool,
    expected: bool,
    forecast: bool,
    /// The owners' confidence, when any key result has one.
    confidence: bool,
    /// Fold statuses such as `guardrail-breached` over two lines.
    fold_status: bool,
    /// `1.03M kr` rather than `1,034,501 kr`.
    compact: bool,
    /// Spaces between columns.
    gap: usize,
    /// Titles on lines of their own, the full width, with the numbers on the
    /// line below: for terminals too narrow for a title column.
    stacked: bool,
}

impl Layout {
    /// The widest layout whose titles get `MIN_TITLE` columns (or all they
    /// need), giving up one thing at a time.
    fn fit(rows: &Rows, width: usize) -> Layout {
        let mut layout = Layout {
            target: true,
            bar: true,
            expected: true,
            forecast: width >= FULL_WIDTH,
            confidence: true,
            fold_status: false,
            compact: false,
            gap: if width >= FULL_WIDTH { 2 } else { 1 },
            stacked: false,
        };
        let title_natural = rows
            .full
            .iter()
            .map(|r| r.indent + r.title.width())
            .chain([header_title().width()])
            .max()
            .unwrap_or(0);
        let available = |layout: &Layout| {
            let widths = layout.grid(rows.get(layout)).natural_widths();
            let others: usize = widths.iter().skip(1).sum();
            width.saturating_sub(others + layout.gap * (widths.len() - 1))
        };
        // First what costs only precision, for titles of a comfortable width;
        // then columns, for titles of a readable one.
        let comfortable = title_natural.min(MIN_TITLE.max(width / 100 * 35));
        let readable = title_natural.min(MIN_TITLE);
        let steps: [(usize, Step); 6] = [
            (comfortable, |l| l.compact = true),
            (comfortable, |l| l.fold_status = true),
            (readable, |l| l.forecast = false),
            (readable, |l| l.confidence = false),
            (readable, |l| l.expected = false),
            (readable, |l| l.bar = false),
        ];
        for (wanted, step) in steps {
            if available(&layout) < wanted {
                step(&mut layout);
            }
        }
        if available(&layout) < title_natural.min(MIN_TITLE_COLUMN) {
            return Layout::stacked(rows, width);
        }
        layout
    }

    /// Titles over the full width, numbers below them in as many columns
    /// as fit; Target goes last. Under about 35 columns lines may overflow.
    fn stacked(rows: &Rows, width: usize) -> Layout {
        let mut layout = Layout {
            target: true,
            bar: true,
            expected: true,
            forecast: false,
            confidence: false,
            fold_status: true,
            compact: true,
            gap: 1,
            stacked: true,
        };
        let used = |layout: &Layout| {
            let widths = layout.grid(rows.get(layout)).natural_widths();
            widths.iter().sum::<usize>() + layout.gap * (widths.len() - 1)
        };
        let steps: [Step; 3] = [
            |l| l.expected = false,
            |l| l.bar = false,
            |l| l.target = false,
        ];
        for step in steps {
            if used(&layout) > width {
                step(&mut layout);
            }
        }
        layout
    }

    /// The columns this layout gives up that have something to show, in
    /// the order they go.
    fn left_out(&self, rows: &[Row]) -> Vec<String> {
        let any = |cell: fn(&Row) -> &str| rows.iter().any(|r| !cell(r).is_empty());
        [
            (self.forecast, t!("st-col-forecast"), any(|r| &r.forecast)),
            (
                self.confidence,
                t!("st-col-confidence"),
                any(|r| &r.confidence),
            ),
            (self.expected, t!("st-col-expected"), any(|r| &r.expected)),
            (self.bar, t!("st-progress-bar"), any(|r| &r.percent)),
            (self.target, t!("st-col-target"), any(|r| &r.target)),
        ]
        .into_iter()
        .filter(|&(shown, _, wanted)| !shown && wanted)
        .map(|(_, name, _)| name)
        .collect()
    }

    /// The tree in the table builder: the columns shown, title first,
    /// each row's cells and styles. Stacked, each title is a line across
    /// the table over its numbers, which stand one column in.
    fn grid(&self, rows: &[Row]) -> Grid {
        type Cell<'a> = Box<dyn Fn(&Row) -> String + 'a>;
        let mut columns: Vec<(String, Align, Cell)> = Vec::new();
        let any_partial = rows.iter().any(|r| r.partial);
        let value = t!("st-col-value");
        let header = if any_partial {
            format!("{value} ")
        } else {
            value
        };
        columns.push((
            header,
            Align::Right,
            Box::new(move |r| {
                // A partial value gets a `*`; the others a space, so digits align.
                match (r.partial, any_partial && !r.value.is_empty()) {
                    (true, _) => format!("{}*", r.value),
                    (false, true) => format!("{} ", r.value),
                    (false, false) => r.value.clone(),
                }
            }),
        ));
        if self.target {
            columns.push((
                t!("st-col-target"),
                Align::Right,
                Box::new(|r| r.target.clone()),
            ));
        }
        let percent_width = rows.iter().map(|r| r.percent.width()).max().unwrap_or(0);
        let bar = self.bar;
        columns.push((
            t!("st-col-progress"),
            Align::Right,
            Box::new(move |r| {
                if bar && !r.percent.is_empty() {
                    let pad = " ".repeat(percent_width - r.percent.width());
                    format!("{} {pad}{}", progress_bar(r.progress), r.percent)
                } else {
                    r.percent.clone()
                }
            }),
        ));
        if self.expected {
            columns.push((
                t!("st-col-expected"),
                Align::Right,
                Box::new(|r| r.expected.clone()),
            ));
        }
        if self.forecast {
            columns.push((
                t!("st-col-forecast"),
                Align::Right,
                Box::new(|r| r.forecast.clone()),
            ));
        }
        if self.confidence && rows.iter().any(|r| !r.confidence.is_empty()) {
            columns.push((
                t!("st-col-confidence"),
                Align::Right,
                Box::new(|r| r.confidence.clone()),
            ));
        }
        if rows.iter().any(|r| !r.moved.is_empty()) {
            columns.push((
                t!("st-col-moved"),
                Align::Right,
                Box::new(|r| r.moved.clone()),
            ));
        }
        let fold = self.fold_status;
        columns.push((
            t!("st-col-status"),
            Align::Left,
            Box::new(move |r| {
                r.status
                    .map(|(status, stale)| status_lines(status, stale, fold).join("\n"))
                    .unwrap_or_default()
            }),
        ));
        let mut grid = if self.stacked {
            Grid::new()
                .column(" ".repeat(STACKED_INDENT), Align::Left)
                .overlong(Overlong::Keep)
        } else {
            Grid::new().flexible(header_title(), Align::Left)
        };
        for (header, align, _) in &columns {
            grid = grid.column(header.clone(), *align);
        }
        let mut grid = grid.gap(self.gap);
        for row in rows {
            let title = format!("{}{}", " ".repeat(row.indent), row.title);
            let status = row.status.map(|(status, _)| status_style(status));
            let numbers = columns.iter().enumerate().map(|(c, (_, _, cell))| {
                let style = if c + 1 == columns.len() { status } else { None };
                (cell(row), style)
            });
            if !self.stacked {
                grid.painted_row(std::iter::once((title, title_style(row.kind))).chain(numbers));
                continue;
            }
            grid.across(title, title_style(row.kind));
            if matches!(
                row.kind,
                Kind::NorthStar | Kind::Objective | Kind::KeyResult
            ) {
                grid.painted_row(std::iter::once((String::new(), None)).chain(numbers));
            }
        }
        grid
    }
}

/// The title column's header: `Key result`.
fn header_title() -> String {
    t!("st-col-key-result")
}

/// One thing a layout gives up to make room for titles.
type Step = fn(&mut Layout);

/// Ten cells, `█` done and `░` to go, clamped to 0..100 %.
fn progress_bar(progress: Option<f64>) -> String {
    let Some(p) = progress.filter(|p| p.is_finite()) else {
        return " ".repeat(BAR_CELLS);
    };
    let full = (p.clamp(0.0, 1.0) * BAR_CELLS as f64).round() as usize;
    "█".repeat(full) + &"░".repeat(BAR_CELLS - full)
}

/// `off-track (stale)`, folded to `guardrail-` / `breached` / `(stale)`
/// when the column must be narrow.
fn status_lines(status: Status, stale: Option<bool>, fold: bool) -> Vec<String> {
    let mut lines = Vec::new();
    let name = crate::render::words::status(status);
    // `guardrail-` / `breached`; `skyddsgräns` / `bruten`.
    let fold_at = name.find(['-', ' ']);
    match fold_at {
        Some(at) if fold && name.width() > 10 => {
            let (head, tail) = name.split_at(at);
            let hyphen = tail.starts_with('-');
            lines.push(if hyphen {
                format!("{head}-")
            } else {
                head.to_string()
            });
            lines.push(tail[1..].to_string());
        }
        _ => lines.push(name),
    }
    if stale == Some(true) {
        let mark = t!("st-stale");
        let widest = crate::render::words::status(Status::GuardrailBreached).width();
        let last = lines.last_mut().expect("one line at least");
        if fold || last.width() + 1 + mark.width() > widest {
            lines.push(mark);
        } else {
            last.push(' ');
            last.push_str(&mark);
        }
    }
    lines
}

fn title_style(kind: Kind) -> Option<anstyle::Style> {
    use anstyle::{AnsiColor, Style};
    match kind {
        Kind::NorthStar | Kind::Objective => Some(Style::new().bold()),
        Kind::Note => Some(Style::new().dimmed()),
        Kind::Breach => Some(AnsiColor::Red.on_default()),
        Kind::KeyResult | Kind::Blank => None,
    }
}

pub(crate) fn status_style(status: Status) -> anstyle::Style {
    use anstyle::{AnsiColor, Style};
    match status {
        Status::Done | Status::OnTrack => AnsiColor::Green.on_default(),
        Status::AtRisk => AnsiColor::Yellow.on_default(),
        Status::OffTrack | Status::GuardrailBreached => AnsiColor::Red.on_default(),
        Status::Stalled => AnsiColor::Magenta.on_default(),
        Status::NoData | Status::Pending => Style::new().dimmed(),
    }
}

/// The footnote for partial values, then as-of date, cycle and elapsed share,
/// broken between parts to fit `width`.
fn footer(report: &Report, rows: &[Row], locale: Locale, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    if rows.iter().any(|r| r.partial) {
        // Broken, when it must be, after its first clause.
        let note = t!("st-partial");
        let parts: Vec<&str> = match note.split_once(", ") {
            Some((head, tail)) => vec![&note[..head.len() + 1], tail],
            None => vec![note.as_str()],
        };
        lines.extend(join_fitting(&parts, " ", width));
    }
    let cycle = &report.cycle;
    let parts = [
        t!("st-as-of", date = number::date(report.as_of, locale)),
        format!(
            "{} ({} – {})",
            cycle.name,
            number::date(cycle.start, locale),
            number::date(cycle.end, locale)
        ),
        cells::cycle_state(report, locale),
    ];
    lines.extend(join_fitting(&parts, " · ", width));
    lines
}

fn join_fitting<S: AsRef<str>>(parts: &[S], separator: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for part in parts {
        let part = part.as_ref();
        if !line.is_empty() && line.width() + separator.width() + part.width() > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push_str(separator);
        }
        line.push_str(part);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_clamp_but_percent_does_not() {
        let cases = [
            (Some(0.0), "░░░░░░░░░░"),
            (Some(0.42), "████░░░░░░"),
            (Some(0.46), "█████░░░░░"),
            (Some(1.0), "██████████"),
            (Some(1.34), "██████████"),
            (Some(-0.2), "░░░░░░░░░░"),
            (None, "          "),
        ];
        for (progress, want) in cases {
            assert_eq!(progress_bar(progress), want, "{progress:?}");
        }
    }

    #[test]
    fn statuses_fold_when_narrow() {
        let stale = Some(true);
        assert_eq!(
            status_lines(Status::OffTrack, stale, false),
            ["off-track (stale)"]
        );
        assert_eq!(
            status_lines(Status::GuardrailBreached, stale, false),
            ["guardrail-breached", "(stale)"]
        );
        assert_eq!(
            status_lines(Status::GuardrailBreached, None, true),
            ["guardrail-", "breached"]
        );
        assert_eq!(status_lines(Status::OnTrack, None, true), ["on-track"]);
        assert_eq!(
            status_lines(Status::NoData, stale, true),
            ["no-data", "(stale)"]
        );
    }

    #[test]
    fn footer_lines_fit() {
        assert_eq!(
            join_fitting(&["as of 2026-02-15", "2026-Q1", "51% elapsed"], " · ", 30),
            ["as of 2026-02-15 · 2026-Q1", "51% elapsed"]
        );
    }
}

#[cfg(test)]
mod stacked_tests {
    use super::*;
    use crate::render::tests::sample_report;

    #[test]
    fn narrow_terminals_get_titles_on_lines_of_their_own() {
        let report = sample_report();
        for width in [36, 40, 45, 50] {
            let opts = RenderOptions {
                width,
                ..RenderOptions::default()
            };
            let text = render(&report, &opts);
            for line in text.lines() {
                assert!(line.width() <= width, "{width}: {line:?}\n{text}");
            }
            // No title is cut inside a word: each key result's title is
            // whole once its lines are joined.
            let joined = text.split_whitespace().collect::<Vec<_>>().join(" ");
            for objective in &report.objectives {
                for kr in &objective.key_results {
                    assert!(
                        joined.contains(&one_line(&kr.title)),
                        "{width}: {}",
                        kr.title
                    );
                }
            }
        }
    }

    #[test]
    fn sixty_columns_keep_a_title_column() {
        let layout = Layout::fit(
            &Rows {
                full: rows(&sample_report(), numbers(false)),
                compact: rows(&sample_report(), numbers(true)),
            },
            60,
        );
        assert!(!layout.stacked);
        assert!(layout.target);
        assert!(!layout.forecast);
    }

    fn numbers(compact: bool) -> Numbers {
        Numbers {
            locale: Locale::EN_US,
            compact,
            units: false,
        }
    }
}
