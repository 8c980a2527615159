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
use crate::t;

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

    /// A calendar day: ISO for programs, the locale's for people.
    fn date(&self, d: chrono::NaiveDate) -> String {
        match self.voice {
            Voice::Plain => d.to_string(),
            Voice::Human(locale) => number::date(d, locale),
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
    let mut parts = vec![format!(
        "{}: {}",
        crate::render::words::status(kr.status),
        of_kr(kr, locale)
    )];
    let unit = |text: String| number::with_unit(text, kr.format, kr.unit.as_deref());
    // A milestone's `done`/`not done` is said by its reason already.
    if let Some(value) = cells::kr_value(kr, numbers).filter(|_| kr.value.is_some()) {
        let value = unit(value);
        let mut line = vec![match cells::kr_run_rate_short(kr, numbers) {
            Some(rate) => t!("reason-finding-value-run-rate", value = value, rate = rate),
            None => t!("reason-finding-value", value = value),
        }];
        if kr.target.is_some() {
            line.push(t!(
                "reason-finding-target",
                target = cells::kr_target(kr, numbers)
            ));
        }
        if let (Some(s), Some(t), Some(e)) = (kr.start, kr.target, kr.expected) {
            // As precise as the value: a count is expected in whole units.
            let want = unit(cells::estimate(kr, s + e * (t - s), numbers));
            line.push(t!("reason-finding-expected", value = want));
        }
        parts.push(line.join(", "));
    }
    if kr.status == Status::Stalled && !matched.contains(&"stale") {
        if let Some(d) = kr.last_data {
            parts.push(t!("reason-finding-newest", date = number::date(d, locale)));
        }
    }
    if matched.contains(&"stale") {
        parts.push(match kr.last_data {
            Some(d) => t!("reason-finding-stale-since", date = number::date(d, locale)),
            None => t!("reason-finding-stale"),
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
        // Interface: English whatever the reader's language.
        let _english = crate::i18n::scoped(crate::i18n::Lang::En);
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
        (Some(min), _) if v < min => t!(
            "reason-breach-below",
            metric = g.metric.as_str(),
            value = w.value(v),
            bound = w.value(min),
            by = w.difference(min - v)
        ),
        (_, Some(max)) => t!(
            "reason-breach-above",
            metric = g.metric.as_str(),
            value = w.value(v),
            bound = w.value(max),
            by = w.difference(v - max)
        ),
        _ => t!("reason-breach", metric = g.metric.as_str()),
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
    t!(
        "reason-too-early",
        run = w.count(s.days_run),
        needs = w.count(s.settle_days),
        n = s.settle_days
    )
}

fn run_rate(rr: Option<RunRate>, w: Writer<'_>) -> String {
    rr.map(|rr| {
        format!(
            " {}",
            t!(
                "reason-run-rate",
                rate = w.value(rr.rate),
                summed = w.value(rr.summed)
            )
        )
    })
    .unwrap_or_default()
}

/// The selector the messages name a projection by: `forecast`, `run-rate`.
fn heading(h: Heading) -> &'static str {
    match h {
        Heading::Forecast => "forecast",
        Heading::RunRate => "run-rate",
    }
}

/// `12 < 40 (at least 40)`.
fn against(value: f64, bound: Bound, holds: bool, w: Writer<'_>) -> String {
    match bound {
        Bound::AtLeast(b) => t!(
            "reason-against-at-least",
            value = w.value(value),
            sign = if holds { ">=" } else { "<" },
            limit = w.value(b)
        ),
        Bound::AtMost(b) => t!(
            "reason-against-at-most",
            value = w.value(value),
            sign = if holds { "<=" } else { ">" },
            limit = w.value(b)
        ),
    }
}

fn grain(g: Grain) -> &'static str {
    g.name()
}

fn write(reason: &Reason, w: Writer<'_>) -> String {
    match reason {
        Reason::None => String::new(),
        Reason::Recorded(text) => text.clone(),
        Reason::CycleStarts(d) => t!("reason-cycle-starts", date = w.date(*d)),
        Reason::NoData { metric } => t!("reason-no-data", metric = metric.as_str()),
        Reason::ZeroDivisor { metric } => t!("reason-zero-divisor", metric = metric.as_str()),
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
        }
        | Reason::AtTarget {
            target,
            progress,
            run_rate: rr,
        } => {
            let (target, progress) = (w.value(*target), w.share(*progress));
            let text = if matches!(reason, Reason::Reached { .. }) {
                t!("reason-reached", target = target, progress = progress)
            } else {
                t!("reason-at-target", target = target, progress = progress)
            };
            format!("{text}{}", run_rate(*rr, w))
        }
        Reason::NoProgress {
            since,
            then,
            now,
            expected,
        } => {
            let (then, now, expected) = (w.value(*then), w.value(*now), w.share(*expected));
            match since {
                Since::Day(d) => t!(
                    "reason-no-progress-since",
                    date = w.date(*d),
                    then = then,
                    now = now,
                    expected = expected
                ),
                Since::PreviousPeriod(g) => t!(
                    "reason-no-progress-previous",
                    grain = grain(*g),
                    then = then,
                    now = now,
                    expected = expected
                ),
            }
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
                    t!("reason-pace-nothing-expected", progress = p)
                }
                Band::NothingExpected { behind: true } => {
                    t!("reason-pace-below-expected", progress = p, expected = e)
                }
                Band::OnTrack { ratio } => t!(
                    "reason-pace-on-track",
                    progress = p,
                    ratio = w.share(*ratio),
                    expected = e
                ),
                Band::AtRisk { ratio, below } => t!(
                    "reason-pace-at-risk",
                    progress = p,
                    ratio = w.share(*ratio),
                    expected = e,
                    below = w.share(*below)
                ),
                Band::OffTrack { ratio, below } => t!(
                    "reason-pace-off-track",
                    progress = p,
                    ratio = w.share(*ratio),
                    expected = e,
                    below = w.share(*below)
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
            let plain = against(*value, *bound, *holds, w);
            let now = if *so_far {
                t!("reason-so-far", now = plain.as_str())
            } else {
                plain.clone()
            };
            match outlook {
                Outlook::Plain => match summed {
                    Some(s) => t!("reason-threshold-summed", now = plain, summed = w.value(*s)),
                    None => plain,
                },
                Outlook::OverBudget => t!("reason-over-budget", now = now),
                Outlook::Breaks(h, f) => t!(
                    "reason-breaks",
                    now = now,
                    heading = heading(*h),
                    value = w.value(*f)
                ),
                Outlook::Holds => now,
                Outlook::Reached => t!("reason-threshold-reached", now = now),
                Outlook::Reaches(h, f) => t!(
                    "reason-reaches",
                    now = now,
                    heading = heading(*h),
                    value = w.value(*f)
                ),
                Outlook::TooEarly(s) => format!("{now}; {}", settling(*s, w)),
                Outlook::FallsShort(h, f) => t!(
                    "reason-falls-short",
                    now = now,
                    heading = heading(*h),
                    value = w.value(*f)
                ),
                Outlook::NoProjection(h) => {
                    t!("reason-no-projection", now = now, heading = heading(*h))
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
            let text = t!(
                "reason-periods",
                grain = grain(*g),
                against = against(*value, *bound, *holds, w),
                held = w.count(*held as i64),
                judged = w.count(*judged as i64),
                n = *judged
            );
            match at_risk_below {
                Some((share, below)) => t!(
                    "reason-periods-below",
                    text = text,
                    share = w.share(*share),
                    below = w.share(*below)
                ),
                None => text,
            }
        }
        Reason::NoWholePeriod(g) => t!("reason-no-whole-period", grain = grain(*g)),
        Reason::Done(Some(d)) => t!("reason-done-on", date = w.date(*d)),
        Reason::Done(None) => t!("reason-done"),
        Reason::Due {
            due,
            overdue: false,
        } => t!("reason-due", date = w.date(*due)),
        Reason::Due { due, overdue: true } => t!("reason-overdue", date = w.date(*due)),
        Reason::StartUnknown(g) => t!("reason-start-unknown", grain = grain(*g)),
        Reason::StartIsTarget => t!("reason-start-is-target"),
    }
}
