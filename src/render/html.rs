//! `okr report --format html`: the quarterly review as one self-contained
//! page to print or to mail. Inline CSS and SVG only: no script, no font,
//! image or stylesheet to fetch, so it opens the same offline, in a mail
//! client and on paper (A4 and Letter).
//!
//! A summary page (cycle, North Star with its trend, objectives, what needs
//! attention) and then one page per objective: its key results with value,
//! target, progress against expected, what moved, grade, status with its
//! reason, guardrails and a trend chart, and the experiments on them.
//!
//! Every string from the OKR file goes through [`escape`].

use std::fmt::Write;

use super::cells;
use super::number::{self, Locale};
use super::reason;
use super::review::{
    experiment_dates, experiment_rank, experiment_status_words, forecast_text, guardrail_text,
    kind_note, moved_text, numbers, quote, relative_change, status_words, Cause, Review,
};
use super::svg;
use super::walk;
use super::words;
use crate::config::model::ExperimentStatus;
use crate::report::{GuardrailState, KeyResultReport, NorthStarReport, ObjectiveReport, Status};
use crate::t;

/// Text made inert in HTML, in element content and in quoted attributes.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(ch),
        }
    }
    out
}

/// okr's own words in element content: only what would be markup is
/// escaped (`cycle's end` stays as written).
fn own(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// Escaped text where `name` in backticks (as the engine's reasons write
/// metric names) becomes code.
fn prose(text: &str) -> String {
    let escaped = escape(text);
    if !escaped.matches('`').count().is_multiple_of(2) {
        return escaped;
    }
    let mut out = String::with_capacity(escaped.len() + 16);
    for (i, part) in escaped.split('`').enumerate() {
        if i % 2 == 1 {
            let _ = write!(out, "<code>{part}</code>");
        } else {
            out.push_str(part);
        }
    }
    out
}

/// The review as a complete HTML document.
pub fn render(review: &Review) -> String {
    let report = &review.report;
    let mut out = String::with_capacity(64 * 1024);
    let _ = write!(
        out,
        r#"<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="okr {version}">
<title>{title}</title>
<style>{style}</style>
</head>
<body>
<main>
"#,
        lang = crate::i18n::current().code(),
        version = env!("CARGO_PKG_VERSION"),
        title = escape(&t!(
            "rv-html-title",
            cycle = report.cycle.name.as_str(),
            as_of = number::date(report.as_of, review.locale)
        )),
        style = style(),
    );
    summary(&mut out, review);
    // The titles of the objectives above the current one, by depth.
    let mut above: Vec<&str> = Vec::new();
    for (depth, o) in walk(&report.objectives) {
        above.truncate(depth);
        let parent = depth.checked_sub(1).and_then(|d| above.get(d).copied());
        objective(&mut out, review, o, parent);
        above.push(o.title.as_str());
    }
    if let Some(board) = &review.board {
        boards(&mut out, board, review.locale);
    }
    glossary(&mut out, review.locale);
    let _ = write!(
        out,
        r#"<footer class="colophon">{}</footer>
</main>
</body>
</html>
"#,
        escape(&t!(
            "rv-colophon",
            version = env!("CARGO_PKG_VERSION"),
            as_of = number::date(report.as_of, review.locale)
        )),
    );
    out
}

/// The stylesheet, its page numbers (`page 2 of 9`) in the reader's
/// language.
fn style() -> String {
    const ENGLISH: &str = r#""page " counter(page) " of " counter(pages)"#;
    // The message around two markers, cut into CSS strings and counters.
    let text = t!("rv-page-footer", page = "\u{1}", pages = "\u{2}");
    let mut content = Vec::new();
    let mut rest = text.as_str();
    while !rest.is_empty() {
        let (before, counter, after) = match rest.find(['\u{1}', '\u{2}']) {
            Some(i) => {
                let counter = if rest[i..].starts_with('\u{1}') {
                    "counter(page)"
                } else {
                    "counter(pages)"
                };
                (&rest[..i], Some(counter), &rest[i + 1..])
            }
            None => (rest, None, ""),
        };
        if !before.is_empty() {
            let quoted: String = before
                .chars()
                .filter(|c| !c.is_control())
                .map(|c| match c {
                    '"' | '\\' => format!("\\{c}"),
                    c => c.to_string(),
                })
                .collect();
            content.push(format!("\"{quoted}\""));
        }
        content.extend(counter.map(str::to_string));
        rest = after;
    }
    let style = STYLE.replacen(ENGLISH, &content.join(" "), 1);
    if crate::i18n::current() == crate::i18n::Lang::En {
        return style;
    }
    // Status words longer than English's (`skyddsgräns bruten`): a wider
    // badge column in "Needs attention".
    style.replacen(
        ".attention li { display: grid; grid-template-columns: 128px",
        ".attention li { display: grid; grid-template-columns: 146px",
        1,
    )
}

fn summary(out: &mut String, review: &Review) {
    let report = &review.report;
    let locale = review.locale;
    let cycle = &report.cycle;
    let elapsed = super::cells::cycle_state(report, locale);
    let date = |d| escape(&number::date(d, locale));
    let _ = write!(
        out,
        r#"<section class="summary">
<header class="masthead">
<div class="eyebrow">{eyebrow}</div>
<h1>{name}</h1>
<div class="meta"><span>{as_of}</span><span>{cycle}</span><span class="elapsed"><span class="bar"><span class="fill" style="width:{width}"></span></span>{elapsed}</span><span>{since}</span></div>
</header>
"#,
        eyebrow = escape(&t!("rv-eyebrow")),
        name = escape(&cycle.name),
        as_of = escape(&t!("rv-as-of", date = "\u{1}"))
            .replace('\u{1}', &format!("<b>{}</b>", date(report.as_of))),
        cycle = escape(&t!(
            "rv-cycle-range",
            start = date(cycle.start),
            end = date(cycle.end)
        )),
        since = escape(&t!("rv-changes-since", date = date(review.since))),
        width = css_percent(cycle.elapsed),
    );
    if let Some(ns) = &report.north_star {
        north_star(out, ns, cycle, locale);
    }

    let l = labels(review);
    let _ = writeln!(
        out,
        "<section class=\"overview\">\n<h2>{}</h2>",
        escape(&t!("rv-objectives"))
    );
    if report.objectives.is_empty() {
        let _ = writeln!(
            out,
            "<p class=\"empty\">{}</p>",
            escape(&t!("rv-no-objectives"))
        );
    } else {
        let _ = write!(
            out,
            r#"<table class="objectives">
<colgroup><col class="c-title"><col class="c-progress"><col class="c-moved"><col class="c-grade"><col class="c-projected"><col class="c-status"></colgroup>
<thead><tr><th>{objective}</th><th>{progress}</th><th class="num">{since_head}</th><th class="num">{grade}</th><th class="num">{projected}</th><th>{status}</th></tr></thead>
<tbody>
"#,
            objective = escape(&t!("rv-col-objective")),
            progress = l.progress,
            since_head = l.since_head,
            grade = l.grade,
            projected = l.projected,
            status = l.status,
        );
        for (depth, o) in walk(&report.objectives) {
            let mut meta = Vec::new();
            if let Some(owner) = &o.owner {
                meta.push(escape(owner));
            }
            meta.push(escape(&words::objective_type(o.kind)));
            let _ = writeln!(
                out,
                r#"<tr class="depth-{depth}"><td class="o-name"><span class="o-title">{}</span> <span class="sub">· {}</span></td><td data-label="{progress}">{}</td><td class="num" data-label="{since}">{}</td><td class="num" data-label="{grade}">{}</td><td class="num wrap" data-label="{projected}">{}</td><td data-label="{status}">{}{}</td></tr>"#,
                escape(&o.title),
                meta.join(" · "),
                progress_inline(o.progress, o.status, locale),
                review
                    .objective_moved(o)
                    .map(|m| escape(&number::points(m, locale)))
                    .unwrap_or_default(),
                grade_html(o.grade, Some(o.kind), locale),
                projected_html(review, o),
                badge(o.status),
                was_html(review.objective_was(o)),
                progress = l.progress,
                since = l.since,
                grade = l.grade,
                projected = l.projected,
                status = l.status,
            );
        }
        out.push_str("</tbody>\n</table>\n");
        let counts = review.status_counts();
        if !counts.is_empty() {
            let _ = write!(
                out,
                "<div class=\"counts\"><span class=\"label\">{}</span>",
                escape(&t!("rv-key-results"))
            );
            for (status, n) in counts {
                let _ = write!(
                    out,
                    r#"<span class="count"><b class="num">{}</b> {}</span>"#,
                    escape(&number::number(n as f64, Some(0), locale)),
                    badge(status)
                );
            }
            out.push_str("</div>\n");
        }
    }
    out.push_str("</section>\n");

    let objectives = review.objectives_at_risk();
    let attention = review.needs_attention();
    if !attention.is_empty() || !objectives.is_empty() {
        let _ = writeln!(
            out,
            "<section class=\"attention\">\n<h2>{}</h2>\n<ul>",
            escape(&t!("rv-needs-attention"))
        );
        for (o, cause) in objectives {
            // The message is escaped whole; the title and owner, already
            // HTML, go in after.
            let through = |text: String, title: &str, owner: Option<&str>| {
                escape(&text)
                    .replace('\u{1}', &format!("<b>{}</b>", escape(title)))
                    .replace('\u{2}', &owner_html(owner))
            };
            let because = match cause {
                Some(Cause::KeyResult(kr)) => through(
                    t!("rv-through-kr", title = "\u{1}", owner = "\u{2}"),
                    &kr.title,
                    kr.owner.as_deref(),
                ),
                Some(Cause::Objective(c)) => through(
                    t!("rv-through-objective", title = "\u{1}", owner = "\u{2}"),
                    &c.title,
                    c.owner.as_deref(),
                ),
                None => String::new(),
            };
            let _ = writeln!(
                out,
                r#"<li class="a-objective">{}<div><span class="a-title">{}</span> <span class="owner">· {}</span>{}<div class="reason">{because}</div></div></li>"#,
                badge(o.status),
                escape(&t!("rv-objective-named", title = o.title.as_str())),
                owner_html(o.owner.as_deref()),
                was_html(review.objective_was(o)),
            );
        }
        for (o, kr) in attention {
            let _ = writeln!(
                out,
                r#"<li>{}<div><span class="a-title">{}</span> <span class="owner">· {}</span> <span class="muted">· {}</span>{}<div class="reason">{}</div></div></li>"#,
                badge(kr.status),
                escape(&kr.title),
                owner_html(kr.owner.as_deref()),
                escape(&o.title),
                was_html(review.was(kr)),
                prose(&reason::of_kr(kr, review.locale)),
            );
        }
        out.push_str("</ul>\n</section>\n");
    }
    wins_risks_asks(out, review);
    out.push_str("</section>\n");
}

/// "Wins, risks and asks": three columns from the data alone.
fn wins_risks_asks(out: &mut String, review: &Review) {
    let w = review.wins_risks_asks();
    if w.wins.is_empty() && w.risks.is_empty() && w.asks.is_empty() {
        return;
    }
    let item = |kr: &KeyResultReport| {
        format!(
            r#"<li><span class="a-title">{}</span> <span class="owner">· {}</span> {}</li>"#,
            escape(&kr.title),
            owner_html(kr.owner.as_deref()),
            badge(kr.status)
        )
    };
    let column = |title: &str, items: Vec<String>| {
        let n = number::number(items.len() as f64, Some(0), review.locale);
        let body = if items.is_empty() {
            format!("<li class=\"muted\">{}</li>", escape(&t!("rv-none")))
        } else {
            items.join("")
        };
        format!("<div><h3>{title} <span class=\"count\">{n}</span></h3><ul>{body}</ul></div>")
    };
    let _ = writeln!(
        out,
        r#"<section class="wra"><h2>{}</h2><div class="wra-grid">{}{}{}</div></section>"#,
        escape(&t!("rv-wins-risks-asks")),
        column(
            &escape(&t!("rv-wins")),
            w.wins.iter().map(|kr| item(kr)).collect()
        ),
        column(
            &escape(&t!("rv-risks")),
            w.risks.iter().map(|kr| item(kr)).collect()
        ),
        column(
            &escape(&t!("rv-asks")),
            w.asks
                .iter()
                .map(|(kr, ask)| format!(
                    r#"<li><span class="a-title">{}</span><div class="reason">{}</div></li>"#,
                    escape(&kr.title),
                    escape(ask)
                ))
                .collect()
        ),
    );
}

/// An owner on a line of the review; `no owner` where none is set.
fn owner_html(owner: Option<&str>) -> String {
    owner
        .map(escape)
        .unwrap_or_else(|| format!("<i>{}</i>", escape(&t!("rv-no-owner"))))
}

/// Column headings and cell labels (the phone layout's), escaped.
struct Labels {
    progress: String,
    since: String,
    since_head: String,
    /// The label over an objective's "what moved": its date kept whole in
    /// languages whose word for "since" is wider than English's.
    since_stat: String,
    grade: String,
    projected: String,
    status: String,
    value: String,
    target: String,
}

fn labels(review: &Review) -> Labels {
    let date = escape(&number::date(review.since, review.locale));
    let since = escape(&t!("rv-col-since", date = date.as_str()));
    let since_head = escape(&t!("rv-col-since", date = "\u{1}"))
        .replace('\u{1}', &format!("<span class=\"nw\">{date}</span>"));
    Labels {
        since_stat: if crate::i18n::current() == crate::i18n::Lang::En {
            since.clone()
        } else {
            since_head.clone()
        },
        since,
        since_head,
        progress: escape(&t!("rv-col-progress")),
        grade: escape(&t!("rv-col-grade")),
        projected: escape(&t!("rv-col-projected")),
        status: escape(&t!("rv-col-status")),
        value: escape(&t!("rv-col-value")),
        target: escape(&t!("rv-col-target")),
    }
}

/// `was on track` beside a status that changed since the `since` day.
fn was_html(was: Option<Status>) -> String {
    was.map(|w| {
        format!(
            r#" <span class="was">{}</span>"#,
            escape(&t!("rv-was", status = words::status_prose(w)))
        )
    })
    .unwrap_or_default()
}

/// The projected end-of-cycle grade, or why there is none.
fn projected_html(review: &Review, o: &ObjectiveReport) -> String {
    let p = review.projected(o);
    let locale = review.locale;
    match p.progress {
        Some(_) => format!(
            r#"<span class="projected">{}</span>"#,
            grade_html(p.progress.map(crate::engine::grade), Some(o.kind), locale)
        ),
        None if p.total == 0 => format!(
            r#"<span class="muted">{}</span>"#,
            escape(&t!("rv-no-projection"))
        ),
        None => format!(
            r#"<span class="muted">{}</span><div class="sub">{}</div>"#,
            escape(&t!("rv-no-projection")),
            escape(&t!(
                "rv-missing-forecasts",
                missing = number::number(p.missing as f64, Some(0), locale),
                total = p.total
            )),
        ),
    }
}

fn north_star(
    out: &mut String,
    ns: &NorthStarReport,
    report_cycle: &crate::report::CycleReport,
    locale: Locale,
) {
    let nums = numbers(locale);
    let value = cells::north_star_value(ns, nums);
    let unit = match (ns.format, ns.unit.as_deref()) {
        (crate::report::DisplayFormat::Number, Some(u)) if !u.is_empty() => {
            format!(" <span class=\"unit\">{}</span>", escape(u))
        }
        _ => String::new(),
    };
    let period = cells::north_star_period_name(ns);
    let _ = write!(
        out,
        r#"<section class="north-star card">
<div class="ns-text">
<div class="eyebrow">{eyebrow}</div>
<h2>{name}</h2>
"#,
        eyebrow = escape(&t!("rv-north-star")),
        name = escape(&ns.name)
    );
    if let Some(purpose) = &ns.purpose {
        let _ = writeln!(out, "<p class=\"purpose\">{}</p>", escape(purpose));
    }
    let _ = write!(
        out,
        r#"<div class="ns-figure"><span class="big num">{value}</span>{unit}</div>
<div class="sub">{period} · {target}{start}</div>
{progress}
<div class="ns-status">{badge}<span class="reason">{reason}</span></div>
"#,
        value = value.as_deref().map(escape).unwrap_or_else(|| "—".into()),
        period = escape(&period),
        target = escape(&t!("rv-target", value = cells::north_star_target(ns, nums))),
        start = ns
            .start
            .map(|s| format!(
                " · {}",
                escape(&t!(
                    "rv-start",
                    value =
                        number::metric_value(s, ns.format, ns.unit.as_deref(), ns.decimals, locale)
                ))
            ))
            .unwrap_or_default(),
        progress = progress_cell(ns.progress, ns.expected, ns.status, locale),
        badge = badge(ns.status),
        reason = prose(&reason::of_north_star(ns, locale)),
    );
    if let Some(action) = &ns.core_action {
        let text = match ns.frequency.as_deref() {
            Some(f) => t!(
                "rv-core-action-every",
                action = action.as_str(),
                frequency = super::words::frequency(f)
            ),
            None => t!("rv-core-action", action = action.as_str()),
        };
        let _ = writeln!(out, "<div class=\"sub\">{}</div>", escape(&text));
    }
    out.push_str("</div>\n<div class=\"ns-chart\">");
    let fmt = |v: f64| number::metric_value(v, ns.format, ns.unit.as_deref(), ns.decimals, locale);
    let cycle = (report_cycle.start, report_cycle.end);
    let labels = svg::AxisLabels {
        low: fmt(0.0),
        target: t!("rv-target", value = fmt(ns.target)),
        start: ns
            .start
            .map(|s| t!("rv-start", value = fmt(s)))
            .unwrap_or_default(),
        values: ns
            .trend
            .iter()
            .map(|p| p.value.map(fmt).unwrap_or_default())
            .collect(),
        periods: ns
            .trend
            .iter()
            .map(|p| svg::period_tick(ns.grain, p.start.max(cycle.0)))
            .collect(),
        end: format!("{} ▸", number::date(cycle.1, locale)),
    };
    out.push_str(&svg::north_star(
        &ns.trend,
        ns.start,
        ns.target,
        cycle,
        &labels,
        460.0,
        190.0,
        &t!(
            "rv-ns-chart-label",
            name = ns.name.as_str(),
            grain = words::grain(ns.grain)
        ),
    ));
    let _ = writeln!(
        out,
        "<div class=\"caption\">{}</div>",
        own(&t!("rv-ns-caption", grain = ns.grain.name()))
    );
    if !ns.inputs.is_empty() || !ns.guardrails.is_empty() {
        let (latest, previous, change) = (
            escape(&t!("rv-col-latest")),
            escape(&t!("rv-col-previous")),
            escape(&t!("rv-col-change")),
        );
        let _ = write!(
            out,
            r#"<table class="inputs">
<colgroup><col class="c-metric"><col class="c-spark"><col class="c-num"><col class="c-num"><col class="c-num"></colgroup>
<thead><tr><th>{}</th><th>{}</th><th class="num">{latest}</th><th class="num">{previous}</th><th class="num">{change}</th></tr></thead>
<tbody>
"#,
            escape(&t!("rv-col-inputs")),
            escape(&t!("rv-col-trend")),
        );
        for input in &ns.inputs {
            let value = |v: Option<f64>| escape(&cells::input_value(input, v, locale));
            let _ = writeln!(
                out,
                r#"<tr><td class="i-name"><code>{}</code></td><td>{}</td><td class="num" data-label="{latest}">{}</td><td class="num" data-label="{previous}">{}</td><td class="num" data-label="{change}">{}</td></tr>"#,
                escape(&input.metric),
                svg::sparkline(&input.trend, 60.0, 16.0, &input.metric),
                value(input.value),
                value(input.previous),
                escape(&relative_change(input.value, input.previous, locale)),
            );
        }
        for g in &ns.guardrails {
            let _ = writeln!(
                out,
                r#"<tr><td colspan="5">{}</td></tr>"#,
                guardrail_html(g, locale)
            );
        }
        out.push_str("</tbody>\n</table>\n");
    }
    out.push_str("</div>\n</section>\n");
}

fn objective(out: &mut String, review: &Review, o: &ObjectiveReport, parent: Option<&str>) {
    let locale = review.locale;
    let l = labels(review);
    let eyebrow = match parent {
        Some(p) => escape(&t!("rv-eyebrow-aligned", parent = p)),
        None => escape(&t!("rv-objective")),
    };
    let mut meta = Vec::new();
    if let Some(owner) = &o.owner {
        meta.push(format!(
            "<span>{} <b>{}</b></span>",
            escape(&t!("rv-owner-label")),
            escape(owner)
        ));
    }
    meta.push(format!(
        r#"<span class="type type-{}">{}</span>"#,
        escape(o.kind.name()),
        escape(&kind_note(o.kind, locale))
    ));
    if (o.weight - 1.0).abs() > 1e-12 {
        meta.push(format!(
            "<span>{}</span>",
            escape(&t!(
                "rv-weight",
                weight = number::number(o.weight, None, locale)
            ))
        ));
    }
    if !o.tags.is_empty() {
        let tags: Vec<String> = o.tags.iter().map(|t| escape(t)).collect();
        meta.push(format!("<span class=\"tags\">{}</span>", tags.join(", ")));
    }
    let moved = review
        .objective_moved(o)
        .map(|m| escape(&number::points(m, locale)))
        .unwrap_or_else(|| "—".to_string());
    let _ = write!(
        out,
        r#"<section class="objective" id="o-{id}">
<header class="o-head">
<div class="eyebrow">{eyebrow}</div>
<h2>{title}</h2>
<div class="meta">{meta}</div>
<div class="stats">
<div class="stat stat-progress"><div class="label">{progress_label}</div>{progress}</div>
<div class="stat"><div class="label">{since}</div><div class="value">{moved}</div></div>
<div class="stat"><div class="label">{grade_label}</div><div class="value">{grade}</div></div>
<div class="stat"><div class="label">{projected_label}</div><div class="value small">{projected}</div></div>
<div class="stat"><div class="label">{status_label}</div><div class="value">{badge}{was}</div></div>
</div>
</header>
"#,
        id = escape(&o.id),
        title = escape(&o.title),
        meta = meta.join(""),
        progress = progress_cell(o.progress, None, o.status, locale),
        progress_label = l.progress,
        since = l.since_stat,
        grade_label = l.grade,
        projected_label = own(&t!("rv-col-projected-at-end")),
        status_label = l.status,
        grade = grade_html(o.grade, Some(o.kind), locale),
        projected = projected_html(review, o),
        badge = badge(o.status),
        was = was_html(review.objective_was(o)),
    );
    if o.key_results.is_empty() {
        let text = if o.objectives.is_empty() {
            t!("rv-no-key-results")
        } else {
            t!("rv-progress-from-aligned")
        };
        let _ = writeln!(out, "<p class=\"empty\">{}</p>", escape(&text));
    } else {
        let _ = write!(
            out,
            r#"<table class="krs">
<colgroup><col class="c-kr"><col class="c-chart"><col class="c-value"><col class="c-target"><col class="c-progress"><col class="c-moved"><col class="c-grade"></colgroup>
<thead><tr class="o-repeat"><th colspan="7">{}</th></tr>
<tr><th>{}</th><th>{}</th><th class="num">{}</th><th class="num">{}</th><th>{}</th><th class="num">{}</th><th class="num">{}</th></tr></thead>
<tbody>
"#,
            escape(&t!("rv-repeat-key-results", title = o.title.as_str())),
            escape(&t!("rv-col-key-result")),
            escape(&t!("rv-col-over-cycle")),
            l.value,
            l.target,
            l.progress,
            l.since_head,
            l.grade,
        );
        for kr in &o.key_results {
            key_result(out, review, kr);
        }
        out.push_str("</tbody>\n</table>\n");
        out.push_str(&legend());
    }
    let mut experiments = review.experiments_of(o);
    if !experiments.is_empty() {
        experiments.sort_by_key(|e| experiment_rank(e.status));
        let _ = write!(
            out,
            r#"<h3>{}</h3>
<table class="experiments">
<colgroup><col class="c-exp"><col class="c-estatus"><col class="c-learning"></colgroup>
<thead><tr class="o-repeat"><th colspan="3">{}</th></tr>
<tr><th>{}</th><th>{}</th><th>{}</th></tr></thead>
<tbody>
"#,
            escape(&t!("rv-experiments")),
            escape(&t!("rv-repeat-experiments", title = o.title.as_str())),
            escape(&t!("rv-col-experiment")),
            l.status,
            escape(&t!("rv-col-learning")),
        );
        let learning_label = escape(&t!("rv-col-learning"));
        for e in experiments {
            let mut sub = Vec::new();
            if let Some(owner) = &e.owner {
                sub.push(escape(owner));
            }
            let dates = escape(&experiment_dates(e, locale));
            if !dates.is_empty() {
                sub.push(dates);
            }
            if let Some(ice) = e.ice() {
                sub.push(format!("ICE {}", escape(&number::score(ice, locale))));
            }
            let _ = writeln!(
                out,
                r#"<tr><td>{}</td><td data-label="{status}"><span class="tag e-{}">{}</span></td><td data-label="{learning_label}">{}</td></tr>"#,
                experiment_head(&e.title, e.hypothesis.as_deref(), &sub),
                e.status.name(),
                escape(&experiment_status_words(e.status)),
                e.learning
                    .as_deref()
                    .map(escape)
                    .unwrap_or_else(|| match e.status {
                        ExperimentStatus::Idea | ExperimentStatus::Running => String::new(),
                        _ => format!(
                            "<span class=\"muted\">{}</span>",
                            escape(&t!("rv-no-learning"))
                        ),
                    }),
                status = l.status,
            );
        }
        out.push_str("</tbody>\n</table>\n");
    }
    out.push_str("</div>\n</section>\n");
}

/// An experiment's title, its hypothesis under it and then its facts
/// (`sub`, escaped already): the head of a review row and of a board card.
fn experiment_head(title: &str, hypothesis: Option<&str>, sub: &[String]) -> String {
    format!(
        r#"<div class="e-title">{}</div>{}<div class="sub">{}</div>"#,
        escape(title),
        hypothesis
            .map(|h| format!("<div class=\"hypothesis\">{}</div>", escape(h)))
            .unwrap_or_default(),
        sub.join(" · ")
    )
}

/// The glossary, on a page of its own at the end.
fn glossary(out: &mut String, locale: Locale) {
    let _ = writeln!(
        out,
        "<section class=\"glossary\" id=\"glossary\">\n<h2>{}</h2>\n<dl>",
        escape(&t!("rv-glossary"))
    );
    for (word, meaning) in super::review::glossary(locale) {
        let _ = writeln!(
            out,
            "<dt>{}</dt><dd>{}</dd>",
            escape(&word),
            escape(&meaning)
        );
    }
    out.push_str("</dl>\n</section>\n");
}

/// The last page: the success and fail boards, what runs and the backlog.
fn boards(out: &mut String, board: &crate::report::ExperimentBoard, locale: Locale) {
    use crate::report::ExperimentReport;
    let _ = write!(
        out,
        r#"<section class="objective boards" id="experiments">
<header class="o-head">
<div class="eyebrow">{}</div>
<h2>{}</h2>
<div class="meta"><span>{}</span></div>
</header>
"#,
        escape(&t!("rv-experiments")),
        escape(&t!("rv-boards-title")),
        escape(&t!("rv-boards-meta")),
    );
    let card = |out: &mut String, e: &ExperimentReport| {
        let mut sub = Vec::new();
        if !e.key_results.is_empty() {
            sub.push(escape(&e.key_results.join(", ")));
        }
        if let Some(owner) = &e.owner {
            sub.push(escape(owner));
        }
        if let (Some(s), Some(end)) = (e.start, e.end) {
            sub.push(escape(&format!(
                "{} – {}",
                number::date(s, locale),
                number::date(end, locale)
            )));
        }
        if let Some(ice) = e.ice {
            sub.push(format!("ICE {}", escape(&number::score(ice, locale))));
        }
        let lift = super::experiments::lift(e, locale);
        let _ = writeln!(
            out,
            r#"<li class="e-card">{}{}{}</li>"#,
            experiment_head(&e.title, e.hypothesis.as_deref(), &sub),
            if lift.is_empty() {
                String::new()
            } else {
                format!(
                    "<div class=\"lift\">{}</div>",
                    escape(&t!(
                        "rv-lift",
                        metric = e.metric.as_deref().unwrap_or(""),
                        lift = lift
                    ))
                )
            },
            e.learning
                .as_deref()
                .map(|l| {
                    format!(
                        "<div class=\"learning\">{}</div>",
                        escape(&t!("rv-learned", learning = l))
                    )
                })
                .unwrap_or_default(),
        );
    };
    let column = |out: &mut String, title: &str, class: &str, list: &[ExperimentReport]| {
        let _ = write!(
            out,
            "<div class=\"board {class}\"><h3>{} <span class=\"count\">{}</span></h3>\n<ul>\n",
            escape(title),
            escape(&number::number(list.len() as f64, Some(0), locale))
        );
        if list.is_empty() {
            let _ = writeln!(
                out,
                "<li class=\"muted\">{}</li>",
                escape(&t!("rv-none-yet"))
            );
        }
        for e in list {
            card(out, e);
        }
        out.push_str("</ul>\n</div>\n");
    };
    out.push_str("<div class=\"boards-grid\">\n");
    column(out, &t!("rv-board-won"), "b-won", &board.won);
    let mut failed: Vec<ExperimentReport> = board.lost.clone();
    failed.extend(board.inconclusive.iter().cloned());
    column(out, &t!("rv-board-lost"), "b-lost", &failed);
    out.push_str("</div>\n<div class=\"boards-grid\">\n");
    column(out, &t!("rv-board-running"), "b-running", &board.running);
    let top: Vec<ExperimentReport> = board.backlog.iter().take(6).cloned().collect();
    column(out, &t!("rv-board-backlog"), "b-idea", &top);
    out.push_str("</div>\n");
    if !board.needs_experiment.is_empty() {
        let _ = writeln!(
            out,
            "<p class=\"needs\">{}</p>",
            escape(&t!(
                "rv-needs-experiment",
                krs = board.needs_experiment.join(", ")
            ))
        );
    }
    out.push_str("</section>\n");
}

fn key_result(out: &mut String, review: &Review, kr: &KeyResultReport) {
    let locale = review.locale;
    let l = labels(review);
    let nums = numbers(locale);
    let history = review.histories.get(&kr.id);
    let chart = if kr.kind == crate::report::Kind::Milestone {
        let cycle = &review.report.cycle;
        svg::milestone(
            cycle.start,
            cycle.end,
            review.report.as_of,
            kr.due,
            kr.done_on,
            &t!(
                "rv-chart-due",
                title = kr.title.as_str(),
                date = kr.due.map(|d| number::date(d, locale)).unwrap_or_default()
            ),
        )
    } else if let Some(h) = history {
        let bound = match (kr.kind, kr.target) {
            (crate::report::Kind::AtLeast, Some(b)) => Some(svg::Bound::AtLeast(b)),
            (crate::report::Kind::AtMost, Some(b)) => Some(svg::Bound::AtMost(b)),
            _ => None,
        };
        let marks = svg::TrendMarks {
            bound,
            forecast: draws_forecast(kr),
        };
        svg::kr_trend(
            h,
            review.report.as_of,
            marks,
            &t!("rv-chart-over-cycle", title = kr.title.as_str()),
        )
    } else {
        String::new()
    };

    // Value, with where it comes from when that is not the whole cycle so far.
    let value = cells::kr_value(kr, nums)
        .map(|v| escape(&v))
        .unwrap_or_else(|| "—".to_string());
    let mut value_sub = Vec::new();
    if let (Some(h), Some(window)) = (history, kr.window) {
        if h.grain != crate::report::Grain::Day && !kr.kind.is_threshold() {
            value_sub.push(escape(&cells::period_name(h.grain, window, kr.partial)));
        } else if kr.partial {
            value_sub.push(escape(&t!("rv-so-far")));
        }
    }
    if let Some(rate) = super::cells::kr_run_rate(kr, nums) {
        value_sub.push(escape(&rate));
    }
    if let (Some(held), Some(judged)) = (kr.periods_held, kr.periods_judged) {
        let grain = history.map_or("period", |h| h.grain.name());
        value_sub.push(escape(&t!(
            "rv-held",
            held = held.to_string(),
            judged = judged,
            grain = grain
        )));
    }
    if let Some(forecast) = forecast_text(kr, locale).filter(|_| draws_forecast(kr)) {
        value_sub.push(escape(&t!("rv-forecast", value = forecast)));
    }
    if let Some(done) = kr.done_on.filter(|_| kr.status == Status::Done) {
        value_sub.push(escape(&t!("rv-on-date", date = number::date(done, locale))));
    }

    let target = cells::kr_target(kr, nums);
    let target_sub = match (kr.kind, kr.start, kr.due) {
        (crate::report::Kind::Milestone, _, Some(due)) => {
            escape(&t!("rv-due", date = number::date(due, locale)))
        }
        (_, Some(start), _) => escape(&t!(
            "rv-from",
            value = number::metric_value(start, kr.format, kr.unit.as_deref(), kr.decimals, locale)
        )),
        _ => String::new(),
    };
    let target = if target.is_empty() && kr.kind == crate::report::Kind::Milestone {
        escape(&t!("rv-done"))
    } else {
        escape(&target)
    };

    let moved = review.moved(kr);
    let moved_html = match moved_text(kr, moved, locale).split_once(" (") {
        Some((value, progress)) => format!(
            "{}<div class=\"sub\">{}</div>",
            escape(value),
            escape(progress.trim_end_matches(')'))
        ),
        None => escape(&moved_text(kr, moved, locale)),
    };

    let mut notes = String::new();
    for g in &kr.guardrails {
        let _ = write!(notes, "<li>{}</li>", guardrail_html(g, locale));
    }
    let stale = if kr.stale == Some(true) {
        format!(
            r#"<span class="flag">{}</span>"#,
            escape(&t!(
                "rv-stale-newest",
                date = kr
                    .last_data
                    .map(|d| number::date(d, locale))
                    .unwrap_or_default()
            ))
        )
    } else {
        String::new()
    };
    let _ = write!(
        out,
        r#"<tr class="kr s-{status}">
<td><div class="kr-title">{title}</div><div class="kr-status">{badge}{was}{stale}</div><div class="reason">{reason}</div>{guardrails}{said}</td>
<td class="chart">{chart}</td>
<td class="num" data-label="{value_label}"><span class="v">{value}</span>{value_sub}</td>
<td class="num target" data-label="{target_label}">{target}{target_sub}</td>
<td data-label="{progress_label}">{progress}</td>
<td class="num" data-label="{since}">{moved_html}</td>
<td class="num grade" data-label="{grade_label}">{grade}</td>
</tr>
"#,
        status = kr.status.name(),
        title = escape(&kr.title),
        badge = badge(kr.status),
        was = was_html(review.was(kr)),
        reason = if kr.status == Status::GuardrailBreached && !notes.is_empty() {
            String::new()
        } else {
            prose(&reason::of_kr(kr, locale))
        },
        guardrails = if notes.is_empty() {
            String::new()
        } else {
            format!("<ul class=\"guardrails\">{notes}</ul>")
        },
        said = owner_words(kr, locale),
        value_sub = if value_sub.is_empty() {
            String::new()
        } else {
            format!("<div class=\"sub\">{}</div>", value_sub.join(" · "))
        },
        target_sub = if target_sub.is_empty() {
            String::new()
        } else {
            format!("<div class=\"sub\">{target_sub}</div>")
        },
        progress = progress_cell(kr.progress, kr.expected, kr.status, locale),
        grade = grade_html(kr.grade, None, locale),
        since = l.since,
        value_label = l.value,
        target_label = l.target,
        progress_label = l.progress,
        grade_label = l.grade,
    );
}

/// A forecast is drawn only where the engine gives one and the key result
/// still moves: a stale or stalled one is not drawn rising to it.
pub fn draws_forecast(kr: &KeyResultReport) -> bool {
    kr.forecast.is_some() && kr.stale != Some(true) && kr.status != Status::Stalled
}

/// A progress bar with the expected progress as a tick, and the numbers
/// under it.
fn progress_cell(
    progress: Option<f64>,
    expected: Option<f64>,
    status: Status,
    locale: Locale,
) -> String {
    let Some(p) = progress else {
        return format!(
            r#"<div class="bar empty"></div><div class="sub">{}</div>"#,
            escape(&t!("rv-no-progress-yet"))
        );
    };
    let tick = expected
        .map(|e| {
            format!(
                r#"<div class="tick" style="left:{}"></div>"#,
                css_percent(e)
            )
        })
        .unwrap_or_default();
    let expected = expected
        .map(|e| {
            format!(
                "<div class=\"sub\">{}</div>",
                escape(&t!("rv-expected", value = number::whole_percent(e, locale)))
            )
        })
        .unwrap_or_default();
    format!(
        r#"<div class="bar"><div class="fill s-{}" style="width:{}"></div>{tick}</div><div class="pct num">{}</div>{expected}"#,
        status.name(),
        css_percent(p),
        escape(&number::whole_percent(p, locale)),
    )
}

/// A progress bar with the percentage beside it, for the overview.
fn progress_inline(progress: Option<f64>, status: Status, locale: Locale) -> String {
    let Some(p) = progress else {
        return r#"<div class="inline"><div class="bar empty"></div><span class="pct num">—</span></div>"#
            .into();
    };
    format!(
        r#"<div class="inline"><div class="bar"><div class="fill s-{}" style="width:{}"></div></div><span class="pct num">{}</span></div>"#,
        status.name(),
        css_percent(p),
        escape(&number::whole_percent(p, locale)),
    )
}

/// A width for CSS: the fraction clamped to [0, 1], as a percentage.
fn css_percent(fraction: f64) -> String {
    let pct = if fraction.is_finite() {
        (fraction.clamp(0.0, 1.0) * 1000.0).round() / 10.0
    } else {
        0.0
    };
    format!("{pct}%")
}

/// `0,4 of 0,7` for an objective of `kind`; the bare grade for a key result.
fn grade_html(
    grade: Option<f64>,
    kind: Option<crate::report::ObjectiveType>,
    locale: Locale,
) -> String {
    let Some(g) = grade else {
        return "—".into();
    };
    let text = escape(&number::grade(g, locale));
    match kind {
        Some(kind) => {
            let expected = kind.expected_grade();
            let met = if crate::engine::ge(g, expected) {
                " met"
            } else {
                ""
            };
            format!(
                r#"<span class="grade{met}">{text}</span> <span class="of">{}</span>"#,
                escape(&t!(
                    "rv-of-expected",
                    expected = number::grade(expected, locale)
                ))
            )
        }
        None => format!(r#"<span class="grade">{text}</span>"#),
    }
}

/// The owner's words on a key result: the latest note and confidence.
fn owner_words(kr: &KeyResultReport, locale: Locale) -> String {
    let confidence = kr
        .confidence
        .as_ref()
        .map(|c| escape(&t!("rv-confidence", value = c.value.to_string())));
    match (&kr.note, confidence) {
        (Some(n), c) => format!(
            r#"<blockquote class="said">{}<span class="who"> — {}{}, {}</span></blockquote>"#,
            escape(&quote(&n.value)),
            kr.owner
                .as_deref()
                .map(escape)
                .unwrap_or_else(|| escape(&t!("rv-owner"))),
            c.map(|c| format!(", {c}")).unwrap_or_default(),
            escape(&number::date(n.date, locale))
        ),
        (None, Some(c)) => format!(r#"<div class="said">{c}</div>"#),
        (None, None) => String::new(),
    }
}

/// A status as a colored badge whose symbol and words read in grayscale too.
fn badge(status: Status) -> String {
    let symbol = match status {
        Status::Done => "✓",
        Status::OnTrack => "●",
        Status::AtRisk => "▲",
        Status::OffTrack => "✕",
        Status::Stalled => "❚❚",
        Status::NoData => "○",
        Status::GuardrailBreached => "⚠",
        Status::Pending => "◔",
    };
    format!(
        r#"<span class="badge s-{}"><span class="sym" aria-hidden="true">{symbol}</span>{}</span>"#,
        status.name(),
        escape(&status_words(status))
    )
}

fn guardrail_html(g: &crate::report::GuardrailReport, locale: Locale) -> String {
    let class = match g.state {
        GuardrailState::Ok => "ok",
        GuardrailState::Breached => "breached",
        GuardrailState::Unknown => "unknown",
    };
    format!(
        r#"<span class="guardrail g-{class}">{}</span>"#,
        prose(&guardrail_text(g, locale))
    )
}

/// What the marks in a key result's chart mean, drawn with the charts' own
/// marks.
fn legend() -> String {
    use svg::{mark, Mark};
    let icon = |m: Mark| {
        format!(
            r#"<svg width="10" height="10" aria-hidden="true">{}</svg>"#,
            mark(m, 5.0, 5.0)
        )
    };
    format!(
        r##"<div class="legend"><span><svg width="18" height="8" aria-hidden="true"><path d="M1 4H17" stroke="{accent}" stroke-width="1.75"/></svg>{value}</span><span><svg width="18" height="8" aria-hidden="true"><path d="M1 4H17" stroke="{muted}" stroke-width="1.25" stroke-dasharray="3 2.5"/></svg>{expected}</span><span><svg width="18" height="8" aria-hidden="true"><path d="M1 4H12" stroke="{ink}" stroke-width="0.75" opacity="0.55"/><path d="M12 4l4 -3.5v7z" fill="{ink}"/></svg>{target}</span><span>{forecast}{forecast_text}</span><span>{partial}{partial_text}</span><span>{held}{held_text}</span><span>{breached}{breached_text}</span><span><svg width="8" height="10" aria-hidden="true"><path d="M4 0V10" stroke="#d0d7de"/></svg>{as_of}</span><span><svg width="12" height="10" aria-hidden="true"><path d="M6 0l5 5l-5 5l-5 -5z" fill="white" stroke="{ink}" stroke-width="1.25"/></svg>{due}</span></div>
"##,
        accent = svg::ACCENT,
        muted = svg::MUTED,
        ink = svg::INK,
        forecast = icon(Mark::Forecast),
        partial = icon(Mark::Partial),
        held = icon(Mark::Held),
        breached = icon(Mark::Breached),
        value = own(&t!("rv-legend-value")),
        expected = own(&t!("rv-legend-expected")),
        target = own(&t!("rv-legend-target")),
        forecast_text = own(&t!("rv-legend-forecast")),
        partial_text = own(&t!("rv-legend-partial")),
        held_text = own(&t!("rv-legend-held")),
        breached_text = own(&t!("rv-legend-breached")),
        as_of = own(&t!("rv-legend-as-of")),
        due = own(&t!("rv-legend-due")),
    )
}

const STYLE: &str = r#"
@page { size: auto; margin: 14mm 13mm 15mm; }
@page { @bottom-right { content: "page " counter(page) " of " counter(pages); font: 8pt -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Liberation Sans", sans-serif; color: #656d76; } }
:root {
  --ink: #1f2328; --muted: #57606a; --faint: #656d76; --line: #d8dee4; --soft: #f6f8fa;
  --accent: #2f5fb3;
  --done: #0b5cad; --done-bg: #ddf4ff;
  --on: #1a7f37; --on-bg: #dafbe1;
  --risk: #8a5a00; --risk-bg: #fff4d4;
  --off: #c62a2f; --off-bg: #ffebe9;
  --stall: #6e40c9; --stall-bg: #f1eafd;
  --none: #57606a; --none-bg: #eef1f4;
  --breach: #a0111f; --breach-bg: #ffe3e6;
}
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; -webkit-text-size-adjust: 100%; }
body { margin: 0; background: #fff; color: var(--ink);
  font: 14px/1.45 -apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", "Liberation Sans", sans-serif; }
main { max-width: 1040px; margin: 0 auto; padding: 40px 44px 32px; }
h1, h2, h3 { margin: 0; line-height: 1.2; font-weight: 650; letter-spacing: -0.01em; }
h1 { font-size: 34px; margin: 2px 0 8px; }
h2 { font-size: 20px; }
h3 { font-size: 14px; margin: 22px 0 8px; }
code { font: 0.92em ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace; background: var(--soft); padding: 0 3px; border-radius: 3px; }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
th.num { white-space: normal; }
.nw { white-space: nowrap; }
/* A target keeps its unit by a no-break space; only an absurdly long unit wraps. */
td.target { white-space: normal; overflow-wrap: anywhere; }
.muted { color: var(--faint); }
.sub { color: var(--muted); font-size: 11.5px; margin-top: 2px; }
.eyebrow { font-size: 11px; font-weight: 650; letter-spacing: 0.09em; text-transform: uppercase; color: var(--muted); }
.meta { display: flex; flex-wrap: wrap; gap: 4px 18px; color: var(--muted); font-size: 13px; }
.meta b { color: var(--ink); font-weight: 600; }
.empty { color: var(--muted); font-style: italic; }

.masthead { padding-bottom: 18px; border-bottom: 2px solid var(--ink); margin-bottom: 22px; }
.elapsed { display: inline-flex; align-items: center; gap: 8px; }
.elapsed .bar { display: block; width: 120px; min-width: 0; height: 6px; }
.elapsed .fill { display: block; }

.bar { position: relative; height: 7px; background: #e6eaef; border-radius: 4px; min-width: 60px; }
.bar.empty { background: repeating-linear-gradient(90deg, #e6eaef 0 4px, transparent 4px 7px); }
.bar .fill { height: 100%; border-radius: 4px; background: var(--accent); }
.bar .tick { position: absolute; top: -3px; width: 2px; height: 13px; margin-left: -1px; background: var(--ink); border-radius: 1px; }
.fill.s-done { background: var(--done); } .fill.s-on-track { background: var(--on); }
.fill.s-at-risk { background: #c98a00; } .fill.s-off-track { background: var(--off); }
.fill.s-stalled { background: var(--stall); } .fill.s-no-data, .fill.s-pending { background: var(--faint); }
.fill.s-guardrail-breached { background: var(--breach); }

.badge { display: inline-flex; align-items: center; gap: 5px; padding: 1px 8px 1px 6px; border-radius: 999px; border: 1px solid currentColor;
  font-size: 11.5px; font-weight: 600; line-height: 1.5; white-space: nowrap; }
.badge .sym { font-size: 11px; }
.badge.s-done { color: var(--done); background: var(--done-bg); }
.badge.s-on-track { color: var(--on); background: var(--on-bg); }
.badge.s-at-risk { color: var(--risk); background: var(--risk-bg); }
.badge.s-off-track { color: var(--off); background: var(--off-bg); }
.badge.s-stalled { color: var(--stall); background: var(--stall-bg); }
.badge.s-no-data { color: var(--none); background: var(--none-bg); border-style: dashed; }
.said { margin: 4px 0 0; padding: 2px 0 2px 8px; border-left: 2px solid var(--line); font-size: 11.5px; color: var(--muted); }
.said .who { font-style: normal; }
.badge.s-pending { color: var(--none); background: var(--none-bg); border-style: dotted; }
.badge.s-guardrail-breached { color: #fff; background: var(--breach); border-color: var(--breach); }

.card { border: 1px solid var(--line); border-radius: 10px; padding: 18px 20px; }
.north-star { display: grid; grid-template-columns: minmax(0, 0.85fr) minmax(0, 1.15fr); gap: 10px 28px; margin-bottom: 26px; }
.north-star h2 { font-size: 22px; margin: 3px 0 4px; }
.purpose { margin: 0 0 10px; color: var(--muted); font-style: italic; }
.ns-figure { margin: 6px 0 0; }
.ns-figure .big { font-size: 40px; font-weight: 650; letter-spacing: -0.02em; line-height: 1.1; }
.ns-figure .unit { font-size: 15px; color: var(--muted); margin-left: 4px; }
.north-star .bar { margin-top: 12px; max-width: 320px; }
.ns-status { display: flex; align-items: baseline; flex-wrap: wrap; gap: 8px; margin: 10px 0 6px; }
.ns-chart svg { width: 100%; height: auto; display: block; }
.caption { color: var(--faint); font-size: 11px; margin-top: 4px; }
.reason { color: var(--muted); font-size: 12px; }

table { width: 100%; border-collapse: collapse; table-layout: fixed; }
th { white-space: normal; text-align: left; font-size: 11px; font-weight: 650; letter-spacing: 0.06em; text-transform: uppercase; color: var(--muted);
  padding: 6px 8px; border-bottom: 1px solid var(--ink); vertical-align: bottom; }
td { padding: 9px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
th:first-child, td:first-child { padding-left: 0; }
th:last-child, td:last-child { padding-right: 0; }
tr.o-repeat { display: none; }
.inputs { margin-top: 10px; font-size: 12px; }
.inputs td { padding: 4px 6px; }
.inputs code { font-size: 11px; }
.inputs .c-metric { width: 31%; } .inputs .c-spark { width: 16%; } .inputs .c-num { width: 17.6%; }
.inputs svg { display: block; }

.overview { margin-bottom: 24px; }
.overview h2, .attention h2 { margin-bottom: 8px; }
.objectives .c-progress { width: 17%; } .objectives .c-moved { width: 9%; } .objectives .c-grade { width: 9%; } .objectives .c-projected { width: 13%; } .objectives .c-status { width: 15%; }
td.wrap { white-space: normal; }
.was { display: inline-block; font-size: 11.5px; color: var(--muted); margin-left: 4px; white-space: nowrap; }
.owner { color: var(--muted); font-weight: 600; }
.stat .value.small { font-size: 13px; font-weight: 500; }
.wra { margin-top: 22px; }
.wra-grid { display: grid; grid-template-columns: repeat(3, minmax(0, 1fr)); gap: 18px; margin-top: 8px; }
.wra h3 { margin: 0 0 6px; } .wra .count { color: var(--muted); font-weight: 400; }
.wra ul { list-style: none; margin: 0; padding: 0; font-size: 12.5px; }
.wra li { padding: 4px 0; border-bottom: 1px solid var(--line); }
.glossary { margin-top: 40px; padding-top: 20px; border-top: 2px solid var(--ink); }
.glossary dl { display: grid; grid-template-columns: minmax(120px, 0.25fr) 1fr; gap: 6px 16px; margin: 12px 0 0; font-size: 12.5px; }
.glossary dt { font-weight: 650; } .glossary dd { margin: 0; }
.inline { display: flex; align-items: center; gap: 8px; margin-top: 2px; }
.inline .bar { flex: 1; min-width: 40px; }
.inline .pct { margin: 0; min-width: 3.2em; text-align: right; }
.o-title { font-weight: 600; }
.objectives tr.depth-1 td:first-child { padding-left: 18px; } .objectives tr.depth-2 td:first-child { padding-left: 36px; }
.objectives tr.depth-3 td:first-child { padding-left: 54px; }
.objectives tr[class^="depth-"]:not(.depth-0) .o-title::before { content: "↳ "; color: var(--faint); }
.grade { font-weight: 650; font-variant-numeric: tabular-nums; }
.grade.met { color: var(--on); }
.of { color: var(--faint); font-size: 11.5px; white-space: nowrap; }
.counts { display: flex; flex-wrap: wrap; align-items: center; gap: 6px 10px; margin-top: 12px; font-size: 12px; }
.counts .label { color: var(--muted); font-weight: 600; }
.count b { margin-right: 3px; }

.attention ul { list-style: none; margin: 0; padding: 0; }
.attention li { display: grid; grid-template-columns: 128px minmax(0, 1fr); gap: 12px; padding: 7px 0; border-bottom: 1px solid var(--line); }
.attention li > .badge { justify-self: start; align-self: start; }
.a-title { font-weight: 600; }

.objective { margin-top: 44px; padding-top: 28px; border-top: 2px solid var(--ink); }
.o-head h2 { font-size: 24px; margin: 4px 0 6px; }
.type { padding: 0 7px; border-radius: 4px; border: 1px solid var(--line); color: var(--ink); }
.type-committed { border-color: var(--ink); font-weight: 600; }
.tags { color: var(--faint); }
.stats { display: grid; grid-template-columns: 1.5fr 1fr 0.9fr 1.4fr 1.1fr; gap: 20px; margin: 18px 0 18px; padding: 12px 16px; background: var(--soft); border-radius: 8px; }
.stat .label { font-size: 11px; font-weight: 650; letter-spacing: 0.06em; text-transform: uppercase; color: var(--muted); margin-bottom: 5px; }
.stat .value { font-size: 18px; font-weight: 600; font-variant-numeric: tabular-nums; }
.stat .value .grade { font-size: 18px; }
.stat-progress .sub b { font-size: 14px; color: var(--ink); }

.krs .c-kr { width: 31%; } .krs .c-chart { width: 16%; } .krs .c-value { width: 11%; } .krs .c-target { width: 11%; }
.krs .c-progress { width: 12%; } .krs .c-moved { width: 11%; } .krs .c-grade { width: 8%; }
.pct { text-align: left; font-weight: 600; font-size: 12.5px; margin-top: 3px; }
.kr-title { font-weight: 600; margin-bottom: 4px; }
.kr-status { display: flex; flex-wrap: wrap; gap: 4px 8px; align-items: center; margin-bottom: 3px; }
.flag { font-size: 11px; color: var(--risk); border: 1px dashed currentColor; border-radius: 4px; padding: 0 5px; }
td.chart svg { width: 100%; max-width: 150px; height: auto; display: block; }
.krs .v { font-weight: 600; }
.krs .bar { margin-top: 5px; }
ul.guardrails { list-style: none; margin: 5px 0 0; padding: 0; font-size: 11.5px; }
.guardrail { display: inline-block; padding: 1px 6px; border-radius: 4px; background: var(--soft); color: var(--muted); }
.guardrail::first-letter { text-transform: uppercase; }
.guardrail.g-breached { background: var(--breach-bg); color: var(--breach); font-weight: 600; }
.legend { display: flex; flex-wrap: wrap; gap: 4px 16px; margin-top: 8px; color: var(--faint); font-size: 11px; }
.legend span { display: inline-flex; align-items: center; gap: 5px; }

.experiments { font-size: 12.5px; }
.experiments .c-exp { width: 46%; } .experiments .c-estatus { width: 14%; }
.e-title { font-weight: 600; }
.hypothesis { color: var(--muted); }
.tag { display: inline-block; padding: 0 7px; border-radius: 4px; border: 1px solid var(--line); font-size: 11px; font-weight: 600; }
.boards-grid { display: grid; grid-template-columns: 1fr 1fr; gap: 18px; margin-top: 18px; }
.board h3 { margin: 0 0 8px; font-size: 15px; } .board .count { color: var(--faint); font-weight: 400; }
.board ul { list-style: none; margin: 0; padding: 0; }
.e-card { border: 1px solid var(--line); border-radius: 8px; padding: 10px 12px; margin-bottom: 10px; break-inside: avoid; font-size: 12.5px; }
.b-won .e-card { border-left: 4px solid var(--on); } .b-lost .e-card { border-left: 4px solid var(--off); }
.e-card .lift { margin-top: 4px; font-variant-numeric: tabular-nums; } .e-card .learning { margin-top: 4px; font-style: italic; }
.needs { margin-top: 14px; font-weight: 600; }
.e-won { color: var(--on); border-color: currentColor; } .e-lost { color: var(--off); border-color: currentColor; }
.e-running { color: var(--done); border-color: currentColor; }

.colophon { margin-top: 40px; padding-top: 10px; border-top: 1px solid var(--line); color: var(--faint); font-size: 11px; }

@media print {
  html, body { background: #fff; }
  body { font-size: 9pt; line-height: 1.28; }
  main { max-width: none; padding: 0; }
  h1 { font-size: 22pt; margin: 0 0 4px; }
  h2 { font-size: 13pt; }
  h3 { margin: 14px 0 4px; }
  .masthead { padding-bottom: 10px; margin-bottom: 14px; }
  .card { padding: 12px 16px; }
  .north-star { margin-bottom: 16px; gap: 6px 24px; }
  .north-star h2 { font-size: 15pt; }
  .purpose { margin-bottom: 4px; }
  .ns-figure .big { font-size: 26pt; }
  .north-star .bar { margin-top: 8px; }
  .ns-status { margin: 6px 0 2px; }
  .inputs { font-size: 8pt; margin-top: 6px; }
  .inputs code { font-size: 8pt; }
  .inputs td { padding: 2px 5px; }
  .overview { margin-bottom: 10px; }
  .objectives td { padding: 4px 6px; }
  .attention h2 { margin: 0 0 4px; }
  .attention li { padding: 2px 0; gap: 8px; line-height: 1.25; }
  .sub, .reason { font-size: 8pt; }
  .caption { font-size: 8pt; }
  .counts { margin-top: 8px; font-size: 8pt; }
  .badge { font-size: 8pt; }
  th { font-size: 8pt; padding: 4px 6px; }
  td { padding: 6px 5px; }
  .objective, .glossary { break-before: page; margin-top: 0; padding-top: 0; border-top: 0; }
  .wra li, .glossary dt, .glossary dd { break-inside: avoid; }
  .wra { margin-top: 12px; } .wra-grid { gap: 12px; margin-top: 4px; }
  .wra ul { font-size: 8pt; } .wra li { padding: 2px 0; line-height: 1.25; }
  .o-head h2 { font-size: 15pt; margin: 2px 0 4px; }
  .stats { margin: 6px 0 8px; padding: 6px 12px; gap: 12px; }
  .stat .value, .stat .value .grade { font-size: 13pt; }
  .kr-title { margin-bottom: 2px; }
  .pct { font-size: 9pt; }
  .experiments { font-size: 8.5pt; }
  .experiments td { padding: 4px 5px; }
  /* A long table splits between rows, never inside one, and each page
     repeats its header, which names the objective. */
  tr, .card, .stats, .legend, .attention li, .north-star { break-inside: avoid; }
  thead { display: table-header-group; }
  tr.o-repeat { display: table-row; }
  tr.o-repeat th { font-size: 8pt; text-transform: none; letter-spacing: 0; color: var(--ink); border-bottom: 1px solid var(--line); padding: 0 0 3px; }
  h2, h3 { break-after: avoid; }
  td { padding: 4px 5px; }
  .kr-status { margin-bottom: 1px; }
  .legend { margin-top: 4px; }
  .objective h3 { margin: 8px 0 2px; }
  .colophon { break-inside: avoid; }
}
/* Phones and narrow tablets: every table row becomes a card whose cells
   carry their column's name, so nothing is dropped and nothing overlaps. */
@media screen and (max-width: 820px) {
  main { padding: 20px 16px; }
  h1 { font-size: 28px; }
  .north-star { grid-template-columns: 1fr; }
  .stats { grid-template-columns: 1fr 1fr; gap: 12px; }
  table, thead, tbody, tr, td { display: block; width: 100%; }
  colgroup, thead { display: none; }
  tr { display: grid; grid-template-columns: repeat(auto-fill, minmax(150px, 1fr)); gap: 6px 14px;
    padding: 10px 0; border-bottom: 1px solid var(--line); }
  td, th:first-child, td:first-child, th:last-child, td:last-child { padding: 0; border: 0; }
  td.o-name, .krs td:first-child, .krs td.chart, .experiments td:first-child, .inputs td.i-name, td[colspan] { grid-column: 1 / -1; }
  td[data-label]::before { content: attr(data-label); display: block; font-size: 11px; font-weight: 650;
    letter-spacing: 0.06em; text-transform: uppercase; color: var(--muted); margin-bottom: 2px; }
  .num, td.num { text-align: left; white-space: normal; }
  td.target { overflow-wrap: normal; }
  .objectives tr.depth-1, .objectives tr.depth-2, .objectives tr.depth-3 { padding-left: 14px; }
  .objectives tr.depth-1 td:first-child, .objectives tr.depth-2 td:first-child, .objectives tr.depth-3 td:first-child { padding-left: 0; }
  .inputs tr { grid-template-columns: repeat(3, minmax(0, 1fr)); }
  .inputs td { padding: 0; }
  .inputs td:nth-child(2) { display: none; }
  td.chart svg { max-width: 100%; }
  .attention li { grid-template-columns: 1fr; gap: 4px; }
  .boards-grid, .wra-grid, .glossary dl { grid-template-columns: 1fr; }
  .meta { gap: 4px 12px; }
}
"#;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_numbers_follow_the_language() {
        use crate::i18n::{scoped, Lang};
        let footer = |lang| {
            let _g = scoped(lang);
            let style = style();
            let start = style.find("content: ").unwrap() + "content: ".len();
            style[start..start + style[start..].find(';').unwrap()].to_string()
        };
        assert_eq!(
            footer(Lang::En),
            r#""page " counter(page) " of " counter(pages)"#
        );
        assert_eq!(
            footer(Lang::Sv),
            r#""sida " counter(page) " av " counter(pages)"#
        );
        assert_eq!(
            footer(Lang::Fi),
            r#""sivu " counter(page) "/" counter(pages)"#
        );
        assert_eq!(
            style().len(),
            STYLE.len(),
            "English is the style sheet as is"
        );
    }

    #[test]
    fn escaping() {
        assert_eq!(
            escape(r#"<script>alert("x" & 'y')</script>"#),
            "&lt;script&gt;alert(&quot;x&quot; &amp; &#39;y&#39;)&lt;/script&gt;"
        );
        assert_eq!(escape("plain – text"), "plain – text");
    }

    #[test]
    fn backticks_become_code_after_escaping() {
        assert_eq!(
            prose("guardrail `a<b>` is low"),
            "guardrail <code>a&lt;b&gt;</code> is low"
        );
        assert_eq!(prose("one ` tick <i>"), "one ` tick &lt;i&gt;");
    }

    #[test]
    fn css_widths_are_clamped() {
        assert_eq!(css_percent(0.55), "55%");
        assert_eq!(css_percent(1.34), "100%");
        assert_eq!(css_percent(-0.2), "0%");
        assert_eq!(css_percent(f64::NAN), "0%");
        assert_eq!(css_percent(0.12345), "12.3%");
    }

    /// The stylesheet's `--name: #rrggbb` colours.
    fn colour(name: &str) -> String {
        let start = STYLE.find(&format!("--{name}: #")).expect(name) + name.len() + 4;
        STYLE[start..start + 7].to_string()
    }

    /// The WCAG contrast ratio of two `#rrggbb` colours.
    fn contrast(a: &str, b: &str) -> f64 {
        let luminance = |hex: &str| {
            let channel = |i: usize| {
                let c = f64::from(u8::from_str_radix(&hex[i..i + 2], 16).unwrap()) / 255.0;
                if c <= 0.03928 {
                    c / 12.92
                } else {
                    ((c + 0.055) / 1.055).powf(2.4)
                }
            };
            0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5)
        };
        let (la, lb) = (luminance(a), luminance(b));
        (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
    }

    #[test]
    fn text_contrasts_at_least_4_5_to_1() {
        assert!((contrast("#000000", "#ffffff") - 21.0).abs() < 0.01);
        assert!(contrast("#8c959f", "#ffffff") < 4.5, "the check can fail");
        let white = "#ffffff".to_string();
        // Each text colour on each background it is drawn on.
        let pairs = [
            ("ink", "soft"),
            ("muted", "soft"),
            ("faint", "soft"),
            ("accent", "soft"),
            ("done", "done-bg"),
            ("on", "on-bg"),
            ("risk", "risk-bg"),
            ("off", "off-bg"),
            ("stall", "stall-bg"),
            ("none", "none-bg"),
            ("breach", "breach-bg"),
        ];
        for (fg, bg) in pairs {
            for bg in [colour(bg), white.clone()] {
                let ratio = contrast(&colour(fg), &bg);
                assert!(ratio >= 4.5, "--{fg} on {bg}: {ratio:.2}:1");
            }
        }
        // White on the breached badge; the charts' text and the page footer.
        assert!(contrast("#ffffff", &colour("breach")) >= 4.5);
        for text in [svg::INK, "#57606a"] {
            assert!(contrast(text, &white) >= 4.5, "{text}");
        }
        let footer = STYLE.split("@bottom-right").nth(1).unwrap();
        let footer = &footer[footer.find("color: #").unwrap() + 7..][..7];
        assert!(contrast(footer, &white) >= 4.5, "{footer}");
    }

    #[test]
    fn text_is_at_least_8_pt() {
        let mut seen = 0;
        for (i, _) in STYLE.match_indices("font-size:") {
            let value = STYLE[i + 10..].trim_start();
            let digits: String = value
                .chars()
                .take_while(|c| c.is_ascii_digit() || *c == '.')
                .collect();
            let size: f64 = digits.parse().unwrap();
            let pt = match &value[digits.len()..][..2] {
                "px" => size * 72.0 / 96.0,
                "pt" => size,
                // Relative to a parent that is itself at least 8 pt.
                "em" => {
                    assert!(size >= 0.9, "{value}");
                    continue;
                }
                other => panic!("font-size in {other}"),
            };
            assert!(pt >= 8.0 - 1e-9, "font-size: {value} is {pt:.2} pt");
            seen += 1;
        }
        assert!(seen > 20);
        // The North Star chart (460 units wide) prints at least 95 mm wide
        // on A4 and Letter (its column of the summary page): its text too.
        const { assert!(svg::NS_FONT * 95.0 / 460.0 / 25.4 * 72.0 >= 8.0) };
    }

    #[test]
    fn the_stylesheet_fetches_nothing() {
        assert!(!STYLE.contains("url("));
        assert!(!STYLE.contains("@import"));
        assert!(!legend().contains("http"));
    }
}
