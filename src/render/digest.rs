//! `okr digest`: the weekly update drawn as plain text, Markdown (a GitHub
//! step summary, an e-mail), a Slack message (Block Kit JSON) or a Microsoft
//! Teams message (an Adaptive Card in a webhook payload).
//!
//! Every format says the same lines, built once by [`lines`]; each format
//! only escapes and arranges them.

use serde_json::{json, Value};

use super::cells::{self, Numbers};
use super::number::{self, Locale};
use crate::report::digest::{Digest, Item, Win};
use crate::report::Status;
use crate::t;

/// The output formats of `okr digest`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DigestFormat {
    Text,
    Markdown,
    Slack,
    Teams,
}

/// Slack refuses a section text over 3 000 characters, a header over 150,
/// and a message over 50 blocks.
const SLACK_SECTION_MAX: usize = 3000;
const SLACK_HEADER_MAX: usize = 150;
const SLACK_BLOCKS_MAX: usize = 50;

/// The digest in `format`, ending with a newline.
pub fn render(digest: &Digest, format: DigestFormat, locale: &str, width: usize) -> String {
    let lines = lines(digest, Locale::from_tag(locale));
    match format {
        DigestFormat::Text => text(&lines, width),
        DigestFormat::Markdown => markdown(&lines),
        DigestFormat::Slack => pretty(&slack(&lines)),
        DigestFormat::Teams => pretty(&teams(&lines)),
    }
}

fn pretty(v: &Value) -> String {
    serde_json::to_string_pretty(v).unwrap_or_default() + "\n"
}

/// One line of the digest: a mark, a strong part (a title), the rest, and
/// an owner's quoted note under it. Plain text; formats escape.
#[derive(Debug, Clone, PartialEq)]
struct Line {
    mark: &'static str,
    strong: String,
    rest: String,
    note: Option<String>,
}

impl Line {
    /// `mark strong: rest`, the strong part between `bold` marks, both
    /// texts through the format's `escape`.
    fn head(&self, bold: &str, escape: impl Fn(&str) -> String) -> String {
        let (strong, rest) = (escape(&self.strong), escape(&self.rest));
        format!("{} {bold}{strong}{bold}: {rest}", self.mark)
    }
}

/// A titled list of lines.
#[derive(Debug, Clone, PartialEq)]
struct Section {
    title: String,
    lines: Vec<Line>,
    /// Said when `lines` is empty.
    empty: String,
}

/// What every format shows.
#[derive(Debug, Clone, PartialEq)]
struct Lines {
    title: String,
    context: String,
    north_star: Option<Line>,
    sections: Vec<Section>,
    counts: String,
}

fn mark(status: Status) -> &'static str {
    match status {
        Status::Done => "✅",
        Status::OnTrack => "🟢",
        Status::Pending => "⏳",
        Status::NoData => "⚪",
        Status::AtRisk => "🟡",
        Status::Stalled => "🟣",
        Status::GuardrailBreached => "🛑",
        Status::OffTrack => "🔴",
    }
}

fn words(status: Status) -> String {
    super::words::status_prose(status)
}

fn lines(d: &Digest, locale: Locale) -> Lines {
    let numbers = Numbers {
        locale,
        compact: false,
        units: true,
    };
    let state = cells::cycle_state_at(d.as_of, d.cycle_end, d.elapsed, locale);
    let north_star = d.north_star.as_ref().map(|line| {
        let ns = &line.report;
        let value = cells::north_star_value_with_unit(ns, numbers);
        let period = cells::north_star_period_name(ns);
        let mut rest = format!("{value} ({period})");
        if let (Some(now), Some(before)) = (ns.value, line.previous) {
            let change = now - before;
            let text = number::metric_value(
                change.abs(),
                ns.format,
                ns.unit.as_deref(),
                ns.decimals,
                locale,
            );
            let sign = if change > 0.0 {
                "+"
            } else if change < 0.0 {
                "-"
            } else {
                "±"
            };
            rest.push_str(", ");
            rest.push_str(&t!(
                "digest-ns-change",
                change = format!("{sign}{text}"),
                grain = ns.grain.name()
            ));
        }
        rest.push_str(&format!(
            " · {} · {}",
            t!(
                "digest-ns-target",
                target = cells::north_star_target(ns, numbers)
            ),
            words(ns.status)
        ));
        Line {
            mark: "★",
            strong: ns.name.clone(),
            rest,
            note: None,
        }
    });
    let kr_line = |item: &Item, with_owner: bool| {
        let kr = &item.key_result;
        let mut rest = Vec::new();
        // A sentence: every value with its unit (`2,11 x`, `655 SQLs`).
        let unit = |text: String| super::number::with_unit(text, kr.format, kr.unit.as_deref());
        if let Some(v) = cells::kr_value(kr, numbers) {
            let v = if kr.kind == crate::report::Kind::Milestone {
                v
            } else {
                unit(v)
            };
            // The review's notation: a rate's change in pp, and progress's
            // change named as such so the two pp never read alike.
            let change = match (item.value_change, item.progress_change) {
                (_, _) if kr.kind == crate::report::Kind::Milestone => String::new(),
                (Some(v), Some(p)) if v != 0.0 || p != 0.0 => format!(
                    " {}",
                    t!(
                        "digest-kr-change",
                        change = unit(super::review::value_change(kr, v, locale)),
                        progress = super::number::points(p, locale)
                    )
                ),
                _ => String::new(),
            };
            rest.push(format!("{v}{change}"));
        }
        let status = match item.was {
            Some(was) if was != kr.status => {
                t!(
                    "digest-status-was",
                    now = words(kr.status),
                    was = words(was)
                )
            }
            _ => words(kr.status),
        };
        rest.push(status);
        if let Some(c) = &kr.confidence {
            rest.push(t!("digest-confidence", value = c.value.to_string()));
        }
        let breaches = cells::breaches(&kr.guardrails, locale);
        if !breaches.is_empty() {
            rest.push(breaches.join(", "));
        }
        if with_owner {
            rest.push(match &kr.owner {
                Some(o) => t!("digest-owner", owner = o.as_str()),
                None => t!("digest-no-owner"),
            });
        }
        Line {
            mark: mark(kr.status),
            strong: kr.title.clone(),
            rest: rest.join(" · "),
            note: item.note.as_ref().map(|(d, n)| {
                t!(
                    "digest-note",
                    note = n.as_str(),
                    date = number::date(*d, locale)
                )
            }),
        }
    };
    let moved = Section {
        title: t!("digest-moved", date = number::date(d.since, locale)),
        lines: d.moved.iter().map(|i| kr_line(i, false)).collect(),
        empty: t!("digest-moved-none"),
    };
    let attention = Section {
        title: t!("digest-attention"),
        lines: d.attention.iter().map(|i| kr_line(i, true)).collect(),
        empty: t!("digest-attention-none"),
    };
    let wins = Section {
        title: t!("digest-wins"),
        lines: d
            .wins
            .iter()
            .map(|w| match w {
                Win::Done { item } => Line {
                    rest: t!("digest-win-done", objective = item.objective.as_str()),
                    ..kr_line(item, false)
                },
                Win::OnTrack { item } => kr_line(item, false),
                Win::ExperimentWon {
                    title,
                    owner,
                    learning,
                    ..
                } => Line {
                    mark: "🏆",
                    strong: title.clone(),
                    rest: match owner {
                        Some(o) => t!("digest-experiment-won-by", owner = o.as_str()),
                        None => t!("digest-experiment-won"),
                    },
                    note: learning.clone(),
                },
            })
            .collect(),
        empty: t!("digest-wins-none"),
    };
    let counts = d
        .counts
        .iter()
        .map(|(s, n)| t!("digest-count", n = *n, status = s.name(), words = words(*s)))
        .collect::<Vec<_>>()
        .join(", ");
    Lines {
        title: t!("digest-title", cycle = d.cycle.as_str()),
        context: t!(
            "digest-context",
            date = number::date(d.as_of, locale),
            since = number::date(d.since, locale),
            state = state,
            start = number::date(d.cycle_start, locale),
            end = number::date(d.cycle_end, locale)
        ),
        north_star,
        sections: vec![moved, attention, wins],
        counts: if counts.is_empty() {
            t!("digest-no-key-results")
        } else {
            t!("digest-counts", counts = counts)
        },
    }
}

/// Plain text in `width` columns, broken between words under a hanging
/// indent.
fn text(l: &Lines, width: usize) -> String {
    let wrap = |text: &str, indent: usize| super::grid::hanging(text, indent, width);
    let one = |line: &Line| {
        let mut s = format!("  {}\n", wrap(&line.head("", str::to_string), 5));
        if let Some(note) = &line.note {
            s.push_str(&format!("      {}\n", wrap(note, 6)));
        }
        s
    };
    let mut out = format!("{}\n{}\n\n", l.title, wrap(&l.context, 0));
    if let Some(ns) = &l.north_star {
        out.push_str(&wrap(&ns.head("", str::to_string), 2));
        out.push_str("\n\n");
    }
    for section in &l.sections {
        out.push_str(&section.title);
        out.push('\n');
        if section.lines.is_empty() {
            out.push_str(&format!("  {}\n", wrap(&section.empty, 2)));
        }
        for line in &section.lines {
            out.push_str(&one(line));
        }
        out.push('\n');
    }
    out.push_str(&wrap(&l.counts, 0));
    out.push('\n');
    out
}

fn markdown(l: &Lines) -> String {
    use super::markdown::escape;
    let one = |line: &Line| {
        let mut s = format!("- {}\n", line.head("**", escape));
        if let Some(note) = &line.note {
            s.push_str(&format!("  > {}\n", escape(note)));
        }
        s
    };
    let mut out = format!("## {}\n\n{}\n\n", escape(&l.title), escape(&l.context));
    if let Some(ns) = &l.north_star {
        out.push_str(&format!("{}\n\n", ns.head("**", escape)));
    }
    for section in &l.sections {
        out.push_str(&format!("### {}\n\n", escape(&section.title)));
        if section.lines.is_empty() {
            out.push_str(&format!("{}\n", escape(&section.empty)));
        }
        for line in &section.lines {
            out.push_str(&one(line));
        }
        out.push('\n');
    }
    out.push_str(&escape(&l.counts));
    out.push('\n');
    out
}

/// Slack's mrkdwn: `&`, `<` and `>` are its control characters (they make
/// links and mentions such as `<!channel>`), escaped as HTML entities.
fn slack_escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace(['\r', '\n'], " ")
}

/// Cuts `text` to at most `max` characters, ending with `…` when cut.
fn cut(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let mut out: String = text.chars().take(max.saturating_sub(1)).collect();
    out.push('…');
    out
}

fn slack(l: &Lines) -> Value {
    let line = |line: &Line| {
        let mut s = line.head("*", slack_escape);
        if let Some(note) = &line.note {
            s.push_str(&format!("\n>{}", slack_escape(note)));
        }
        s
    };
    let mut blocks = vec![
        json!({"type": "header", "text": {"type": "plain_text", "text": cut(&l.title, SLACK_HEADER_MAX), "emoji": true}}),
        json!({"type": "context", "elements": [{"type": "mrkdwn", "text": slack_escape(&l.context)}]}),
    ];
    if let Some(ns) = &l.north_star {
        blocks.push(json!({"type": "section", "text": {"type": "mrkdwn", "text": cut(&line(ns), SLACK_SECTION_MAX)}}));
    }
    for section in &l.sections {
        blocks.push(json!({"type": "divider"}));
        let mut texts: Vec<String> = vec![format!("*{}*", slack_escape(&section.title))];
        if section.lines.is_empty() {
            texts[0].push_str(&format!("\n{}", slack_escape(&section.empty)));
        }
        // Lines go into sections of at most 3 000 characters each.
        for item in section.lines.iter().map(line) {
            let item = cut(&item, SLACK_SECTION_MAX - 1);
            let last = texts.last_mut().expect("one text at least");
            if last.chars().count() + 1 + item.chars().count() <= SLACK_SECTION_MAX {
                last.push('\n');
                last.push_str(&item);
            } else {
                texts.push(item);
            }
        }
        for t in texts {
            blocks.push(json!({"type": "section", "text": {"type": "mrkdwn", "text": t}}));
        }
    }
    blocks.push(json!({"type": "context", "elements": [{"type": "mrkdwn", "text": slack_escape(&l.counts)}]}));
    if blocks.len() > SLACK_BLOCKS_MAX {
        // Keep the head and the last context line; say what was left out.
        let counts = blocks.pop().expect("the counts block");
        blocks.truncate(SLACK_BLOCKS_MAX - 2);
        blocks.push(json!({"type": "context", "elements": [{"type": "mrkdwn", "text": t!("digest-slack-cut")}]}));
        blocks.push(counts);
    }
    // `text` is the notification's and screen readers' fallback.
    json!({"text": format!("{} · {}", l.title, l.counts), "blocks": blocks})
}

/// Adaptive Cards' TextBlock reads a subset of Markdown (emphasis and
/// links; lists only at a line's start, where our marks stand): emphasis
/// and link marks are escaped with a backslash so a title stays text.
fn teams_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        match ch {
            '\\' | '*' | '_' | '[' | ']' => {
                out.push('\\');
                out.push(ch);
            }
            '\r' | '\n' => out.push(' '),
            _ => out.push(ch),
        }
    }
    out
}

fn teams(l: &Lines) -> Value {
    let block = |text: String, extra: Value| {
        let mut b = json!({"type": "TextBlock", "text": text, "wrap": true});
        if let (Some(b), Some(extra)) = (b.as_object_mut(), extra.as_object()) {
            b.extend(extra.clone());
        }
        b
    };
    let line = |line: &Line| {
        let mut s = line.head("**", teams_escape);
        if let Some(note) = &line.note {
            s.push_str(&format!("\n\n  _{}_", teams_escape(note)));
        }
        s
    };
    let mut body = vec![
        block(
            teams_escape(&l.title),
            json!({"size": "Large", "weight": "Bolder"}),
        ),
        block(
            teams_escape(&l.context),
            json!({"isSubtle": true, "spacing": "None"}),
        ),
    ];
    if let Some(ns) = &l.north_star {
        body.push(block(line(ns), json!({"spacing": "Medium"})));
    }
    for section in &l.sections {
        body.push(block(
            teams_escape(&section.title),
            json!({"weight": "Bolder", "spacing": "Medium", "separator": true}),
        ));
        if section.lines.is_empty() {
            body.push(block(
                teams_escape(&section.empty),
                json!({"isSubtle": true}),
            ));
        }
        for item in &section.lines {
            body.push(block(line(item), json!({"spacing": "Small"})));
        }
    }
    body.push(block(
        teams_escape(&l.counts),
        json!({"isSubtle": true, "spacing": "Medium"}),
    ));
    json!({
        "type": "message",
        "attachments": [{
            "contentType": "application/vnd.microsoft.card.adaptive",
            "contentUrl": null,
            "content": {
                "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
                "type": "AdaptiveCard",
                "version": "1.4",
                "msteams": {"width": "Full"},
                "body": body
            }
        }]
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slack_text_cannot_mention_the_channel_or_make_links() {
        assert_eq!(
            slack_escape("<!channel> & <https://x|y>"),
            "&lt;!channel&gt; &amp; &lt;https://x|y&gt;"
        );
    }

    #[test]
    fn long_texts_are_cut_to_the_limit() {
        let long = "x".repeat(200);
        let cut = cut(&long, SLACK_HEADER_MAX);
        assert_eq!(cut.chars().count(), SLACK_HEADER_MAX);
        assert!(cut.ends_with('…'));
        assert_eq!(super::cut("short", 10), "short");
    }

    #[test]
    fn teams_marks_stay_text() {
        assert_eq!(teams_escape("*CTR* [x](y) -3"), "\\*CTR\\* \\[x\\](y) -3");
    }
}
