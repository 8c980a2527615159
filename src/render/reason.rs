//! The one place reasons and guardrail sentences are written. Every human
//! format draws them in the reader's locale, each number with its metric's
//! unit; JSON keeps the documented English sentence with plain numbers
//! (`reason` is interface, see README "JSON").

use std::fmt;

use serde::Serializer;

use crate::config::model::{Bound, Grain};
use crate::render::cells::{self, Numbers};
use crate::render::number::{self, DisplayFormat, Locale};
use crate::report::reason::{Band, Heading, Outlook, Reason, RunRate, Settling, Since};
use crate::report::{GuardrailReport, GuardrailState, KeyResultReport, NorthStarReport, Status};

/// How a metric's numbers are written: its display format, unit and
/// decimals.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Scale<'a> {
    pub format: DisplayFormat,
    pub unit: Option<&'a str>,
    pub decimals: Option<u32>,
}

impl<'a> Scale<'a> {
    pub fn of_kr(kr: &'a KeyResultReport) -> Scale<'a> {
        Scale {
            format: kr.format,
            unit: kr.unit.as_deref(),
            decimals: kr.decimals,
        }
    }

    pub fn of_north_star(ns: &'a NorthStarReport) -> Scale<'a> {
        Scale {
            format: ns.format,
            unit: ns.unit.as_deref(),
            decimals: ns.decimals,
        }
    }

    pub fn of_guardrail(g: &'a GuardrailReport) -> Scale<'a> {
        Scale {
            format: g.format,
            unit: g.unit.as_deref(),
            decimals: g.decimals,
        }
    }

    /// A plain number with no unit (the JSON sentence).
    pub const PLAIN: Scale<'static> = Scale {
        format: DisplayFormat::Number,
        unit: None,
        decimals: None,
    };
}

/// Who reads the sentence: a person in a locale, or a program (JSON).
#[derive(Debug, Clone, Copy, PartialEq)]
enum Voice {
    Plain,
    Human(Locale),
}

/// Writes numbers for one sentence.
#[derive(Debug, Clone, Copy)]
struct Writer<'a> {
    voice: Voice,
    scale: Scale<'a>,
}

impl Writer<'_> {
    /// A value of the metric, with its unit.
    fn value(&self, v: f64) -> String {
        match self.voice {
            Voice::Plain => plain(v),
            Voice::Human(locale) => {
                let s = self.scale;
                let text = number::metric_value(v, s.format, s.unit, s.decimals, locale);
                number::with_unit(text, s.format, s.unit)
            }
        }
    }

    /// A difference between two values: points (pp) for a percent metric.
    fn difference(&self, d: f64) -> String {
        match self.voice {
            Voice::Plain => plain(d),
            Voice::Human(locale) if self.scale.format == crate::report::DisplayFormat::Percent => {
                number::pp(d, locale)
            }
            Voice::Human(_) => self.value(d),
        }
    }

    /// A share (progress, expected, a ratio of them) as a whole percentage.
    fn share(&self, f: f64) -> String {
        match self.voice {
            Voice::Plain => format!("{:.0}%", f * 100.0),
            Voice::Human(locale) => number::whole_percent(f, locale),
        }
    }

    /// A count of things.
    fn count(&self, n: i64) -> String {
        match self.voice {
            Voice::Plain => n.to_string(),
            Voice::Human(locale) => number::number(n as f64, Some(0), locale),
        }
    }

    fn with<'b>(&self, scale: Scale<'b>) -> Writer<'b> {
        Writer {
            voice: self.voice,
            scale,
        }
    }
}

/// The JSON sentence's numbers: integers as integers, others with up to
/// four decimals.
fn plain(x: f64) -> String {
    if x == x.trunc() && x.abs() < 1e15 {
        format!("{x:.0}")
    } else {
        let s = format!("{x:.4}");
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}

/// The reason in `locale`, its numbers in `scale`.
pub fn sentence(reason: &Reason, scale: Scale<'_>, locale: Locale) -> String {
    write(
        reason,
        Writer {
            voice: Voice::Human(locale),
            scale,
        },
    )
}

/// A key result's reason for people.
pub fn of_kr(kr: &KeyResultReport, locale: Locale) -> String {
    sentence(&kr.reason, Scale::of_kr(kr), locale)
}

/// The North Star's reason for people.
pub fn of_north_star(ns: &NorthStarReport, locale: Locale) -> String {
    sentence(&ns.reason, Scale::of_north_star(ns), locale)
}

/// What `okr check` says of a key result it names: its status and reason,
/// then its value against the target and the pace, each with its unit,
/// and why it matched (`matched`: the status names and `stale`).
pub fn finding(kr: &KeyResultReport, matched: &[&str], locale: Locale) -> String {
    let numbers = Numbers {
        locale,
        compact: false,
        units: true,
    };
    let mut parts = vec![format!("{}: {}", kr.status.name(), of_kr(kr, locale))];
    let unit = |text: String| number::with_unit(text, kr.format, kr.unit.as_deref());
    // A milestone's `done`/`not done` is said by its reason already.
    if let Some(value) = cells::kr_value(kr, numbers).filter(|_| kr.value.is_some()) {
        let value = unit(value);
        let mut line = match cells::kr_run_rate_short(kr, numbers) {
            Some(rate) => format!("value {value} so far, {rate}"),
            None => format!("value {value}"),
        };
        if kr.target.is_some() {
            line.push_str(&format!(", target {}", cells::kr_target(kr, numbers)));
        }
        if let (Some(s), Some(t), Some(e)) = (kr.start, kr.target, kr.expected) {
            // As precise as the value: a count is expected in whole units.
            let want = unit(cells::estimate(kr, s + e * (t - s), numbers));
            line.push_str(&format!(", expected {want} by now"));
        }
        parts.push(line);
    }
    if kr.status == Status::Stalled && !matched.contains(&"stale") {
        if let Some(d) = kr.last_data {
            parts.push(format!("newest data point {d}"));
        }
    }
    if matched.contains(&"stale") {
        parts.push(match kr.last_data {
            Some(d) => format!("stale: the newest data point is from {d}"),
            None => "stale".to_string(),
        });
    }
    parts.join("; ")
}

/// Serde: the documented English sentence (JSON, the closed record).
pub fn serialize<S: Serializer>(reason: &Reason, s: S) -> Result<S::Ok, S::Error> {
    s.collect_str(reason)
}

/// The English sentence with plain numbers, as JSON writes it.
impl fmt::Display for Reason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&write(
            self,
            Writer {
                voice: Voice::Plain,
                scale: Scale::PLAIN,
            },
        ))
    }
}

/// One breached guardrail: `guardrail `x` is 0,18 below its min 0,25 (by 0,07)`.
pub fn breach(g: &GuardrailReport, locale: Locale) -> String {
    let w = Writer {
        voice: Voice::Human(locale),
        scale: Scale::of_guardrail(g),
    };
    breach_with(g, w)
}

fn breach_with(g: &GuardrailReport, w: Writer<'_>) -> String {
    let w = w.with(Scale::of_guardrail(g));
    let v = g.value.unwrap_or(f64::NAN);
    match (g.min, g.max) {
        (Some(min), _) if v < min => format!(
            "guardrail `{}` is {} below its min {} (by {})",
            g.metric,
            w.value(v),
            w.value(min),
            w.difference(min - v)
        ),
        (_, Some(max)) => format!(
            "guardrail `{}` is {} above its max {} (by {})",
            g.metric,
            w.value(v),
            w.value(max),
            w.difference(v - max)
        ),
        _ => format!("guardrail `{}` is breached", g.metric),
    }
}

/// Every breached guardrail, joined.
pub fn breaches(guardrails: &[GuardrailReport], locale: Locale) -> Option<String> {
    let all: Vec<String> = guardrails
        .iter()
        .filter(|g| g.state == GuardrailState::Breached)
        .map(|g| breach(g, locale))
        .collect();
    (!all.is_empty()).then(|| all.join("; "))
}

fn settling(s: Settling, w: Writer<'_>) -> String {
    format!(
        "too early to judge: its window has run {} of the {} days it needs (settle_days)",
        w.count(s.days_run),
        w.count(s.settle_days)
    )
}

fn run_rate(rr: Option<RunRate>, w: Writer<'_>) -> String {
    rr.map(|rr| {
        format!(
            " (run rate {} from {} so far)",
            w.value(rr.rate),
            w.value(rr.summed)
        )
    })
    .unwrap_or_default()
}

fn heading(h: Heading) -> &'static str {
    match h {
        Heading::Forecast => "forecast",
        Heading::RunRate => "run rate",
    }
}

/// `12 < 40 (at least 40)`.
fn against(value: f64, bound: Bound, holds: bool, w: Writer<'_>) -> String {
    let (word, sign, limit) = match bound {
        Bound::AtLeast(b) => ("at least", if holds { ">=" } else { "<" }, b),
        Bound::AtMost(b) => ("at most", if holds { "<=" } else { ">" }, b),
    };
    format!(
        "{} {sign} {} ({word} {})",
        w.value(value),
        w.value(limit),
        w.value(limit)
    )
}

fn grain(g: Grain) -> &'static str {
    g.name()
}

fn write(reason: &Reason, w: Writer<'_>) -> String {
    match reason {
        Reason::None => String::new(),
        Reason::Recorded(text) => text.clone(),
        Reason::CycleStarts(d) => format!("the cycle starts on {d}"),
        Reason::NoData { metric } => format!("no data for `{metric}` in the window"),
        Reason::ZeroDivisor { metric } => format!("`{metric}` divides by zero in the window"),
        Reason::TooEarly(s) => settling(*s, w),
        Reason::Breached(guardrails) => guardrails
            .iter()
            .map(|g| breach_with(g, w))
            .collect::<Vec<_>>()
            .join("; "),
        Reason::Reached {
            target,
            progress,
            run_rate: rr,
        } => format!(
            "reached the target {} ({}){}",
            w.value(*target),
            w.share(*progress),
            run_rate(*rr, w)
        ),
        Reason::AtTarget {
            target,
            progress,
            run_rate: rr,
        } => format!(
            "at the target {} ({}), not final: the value can still move until its window ends{}",
            w.value(*target),
            w.share(*progress),
            run_rate(*rr, w)
        ),
        Reason::NoProgress {
            since,
            then,
            now,
            expected,
        } => {
            let since = match since {
                Since::Day(d) => format!("since {d}"),
                Since::PreviousPeriod(g) => format!("over the previous {}", grain(*g)),
            };
            format!(
                "no progress {since} ({} then, {} now) and behind the expected {}",
                w.value(*then),
                w.value(*now),
                w.share(*expected)
            )
        }
        Reason::Pace {
            progress,
            expected,
            band,
            run_rate: rr,
        } => {
            let p = w.share(*progress);
            let e = w.share(*expected);
            let text = match band {
                Band::NothingExpected { behind: false } => {
                    format!("progress {p} with nothing expected yet")
                }
                Band::NothingExpected { behind: true } => {
                    format!("progress {p} is below the expected {e}")
                }
                Band::OnTrack { ratio } => {
                    format!("progress {p} is {} of the expected {e}", w.share(*ratio))
                }
                Band::AtRisk { ratio, below } => format!(
                    "progress {p} is {} of the expected {e} (at risk below {})",
                    w.share(*ratio),
                    w.share(*below)
                ),
                Band::OffTrack { ratio, below } => format!(
                    "progress {p} is {} of the expected {e} (off track below {})",
                    w.share(*ratio),
                    w.share(*below)
                ),
            };
            format!("{text}{}", run_rate(*rr, w))
        }
        Reason::Threshold {
            value,
            bound,
            holds,
            summed,
            so_far,
            outlook,
        } => {
            let now = against(*value, *bound, *holds, w);
            let so_far = if *so_far { " so far" } else { "" };
            match outlook {
                Outlook::Plain => match summed {
                    Some(s) => format!("{now} (run rate, {} summed)", w.value(*s)),
                    None => now,
                },
                Outlook::OverBudget => format!("{now}{so_far}: over the budget"),
                Outlook::Breaks(h, f) => format!(
                    "{now}{so_far}, but its {} {} breaks the bound",
                    heading(*h),
                    w.value(*f)
                ),
                Outlook::Holds => format!("{now}{so_far}"),
                Outlook::Reached => format!("{now}{so_far}: reached"),
                Outlook::Reaches(h, f) => format!(
                    "{now}{so_far}; its {} {} reaches the bound",
                    heading(*h),
                    w.value(*f)
                ),
                Outlook::TooEarly(s) => format!("{now}{so_far}; {}", settling(*s, w)),
                Outlook::FallsShort(h, f) => format!(
                    "{now}{so_far}; its {} {} falls short",
                    heading(*h),
                    w.value(*f)
                ),
                Outlook::NoProjection(h) => {
                    format!("{now}{so_far}; no {} to reach it", heading(*h))
                }
            }
        }
        Reason::Periods {
            grain: g,
            value,
            bound,
            holds,
            held,
            judged,
            at_risk_below,
        } => {
            let g = grain(*g);
            let mut text = format!(
                "the latest {g} {}; held in {} of {} {g}{}",
                against(*value, *bound, *holds, w),
                w.count(*held as i64),
                w.count(*judged as i64),
                if *judged == 1 { "" } else { "s" }
            );
            if let Some((share, below)) = at_risk_below {
                text.push_str(&format!(
                    ": {} is below {}",
                    w.share(*share),
                    w.share(*below)
                ));
            }
            text
        }
        Reason::NoWholePeriod(g) => format!("no whole {} of the cycle has ended yet", grain(*g)),
        Reason::Done(Some(d)) => format!("done on {d}"),
        Reason::Done(None) => "done".to_string(),
        Reason::Due {
            due,
            overdue: false,
        } => format!("not done yet, due {due}"),
        Reason::Due { due, overdue: true } => format!("not done, was due {due}"),
        Reason::StartUnknown(g) => format!(
            "its start is the value of the first whole {} in the cycle, not known yet",
            grain(*g)
        ),
        Reason::StartIsTarget => "its start equals its target".to_string(),
    }
}
