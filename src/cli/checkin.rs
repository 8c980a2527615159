//! `okr checkin`: records a manual key result's value (or a milestone's
//! `done`) in `checkins.csv` beside the OKR file.

use std::io::{BufRead, IsTerminal, Write};

use anyhow::Result;
use chrono::NaiveDate;
use clap::Args;

use super::{parse_date, Common};
use crate::config::model::{Bound, Config, KeyResult, KrKind, ValueSource};
use crate::error::data::CheckinProblem;
use crate::error::{Diagnostic, EXIT_OK};
use crate::metrics::checkins::{self, Entry, Reading};
use crate::render::number::Locale;
use crate::t;
use unicode_width::UnicodeWidthStr;

pub const EXAMPLES: &str = "\
Examples:
  okr checkin brand-survey 3.6                   today's value
  okr checkin brand-survey 3,6 --date 2026-02-10 --note \"panel of 400\"
  okr checkin new-site --done --date 2026-02-20  a milestone, done that day
  okr checkin brand-survey                       asks for the value (on a terminal)
  okr checkin mql-monthly --confidence 6 --note \"the webinar moved to March\"
                                                 any key result: how sure you are, in your words
  okr checkin --all --owner marketing            the weekly check-in: asks for each key result

The row goes to checkins.csv beside the OKR file (date, key_result, value,
note, author, confidence); `okr log` shows them, `okr status` counts them.";

#[derive(Debug, Args)]
pub struct CheckinArgs {
    #[command(flatten)]
    pub common: Common,
    /// The key result's id
    #[arg(value_name = "KR-ID", required_unless_present = "all")]
    pub id: Option<String>,
    /// Walk every key result (of --owner) on a terminal, asking for each
    /// one's value, confidence and note
    #[arg(long, conflicts_with_all = ["id", "value", "done", "confidence", "note"])]
    pub all: bool,
    /// With --all: only the key results this owner owns (their own or their
    /// objective's)
    #[arg(long, value_name = "OWNER", requires = "all")]
    pub owner: Option<String>,
    /// The value measured (3.4, 3,4 and 1 234,5 all read); asked for on a
    /// terminal when left out
    #[arg(value_name = "VALUE", allow_hyphen_values = true)]
    pub value: Option<String>,
    /// Mark a milestone done
    #[arg(long, conflicts_with = "value")]
    pub done: bool,
    /// The day the value was measured (YYYY-MM-DD) [default: today]
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub date: Option<NaiveDate>,
    /// A note for the history (`okr log`), the digest and the review
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,
    /// How sure you are that the key result will be reached, 1-10; any key
    /// result takes one, with or without a value
    #[arg(long, value_name = "1-10", value_parser = parse_confidence_arg)]
    pub confidence: Option<u8>,
}

fn parse_confidence_arg(text: &str) -> Result<u8, String> {
    checkins::parse_confidence(text)
}

pub fn run(args: &CheckinArgs) -> Result<u8> {
    let main = args.common.config_path()?;
    // Held from reading the config to the fsync of the row (see crate::lock).
    if args.all {
        // Asking takes as long as the person takes: the lock is taken only
        // to write what was said.
        return walk_all(args, &main);
    }
    let _lock = crate::lock::acquire(&main)?;
    let mut config = crate::metrics::load_config(&main)?;
    args.common.choose_language(&mut config);
    let kr = super::find_key_result(&config, args.id.as_deref().unwrap_or_default())?;
    let note = args
        .note
        .as_deref()
        .map(str::trim)
        .filter(|n| !n.is_empty())
        .map(str::to_string);
    // A confidence or a note without a value: any key result takes one.
    let pulse_only =
        args.value.is_none() && !args.done && (args.confidence.is_some() || note.is_some());
    if let (Some(metric), false) = (kr.metric(), pulse_only) {
        return Err(Diagnostic::new(CheckinProblem::ReadsMetric {
            kr: kr.id.clone(),
            metric: metric.to_string(),
        })
        .into());
    }
    let date = args
        .date
        .unwrap_or_else(|| chrono::Local::now().date_naive());
    check_date(&config, date, args.date.is_some())?;
    let reading = if pulse_only {
        Reading::Nothing
    } else {
        reading(args, kr, date, Locale::from_tag(&config.settings.locale))?
    };
    let log = checkins::path_for(&config.path);
    let dir = log
        .parent()
        .map(std::path::Path::to_path_buf)
        .unwrap_or_default();
    let entry = Entry {
        date,
        key_result: kr.id.clone(),
        reading,
        note,
        author: Some(checkins::author(&dir)),
        confidence: args.confidence,
        line: 0,
    };
    checkins::trusted(&config.path, &log)?;
    checkins::append(&log, &entry)?;
    if !args.common.quiet {
        let locale = Locale::from_tag(&config.settings.locale);
        let day = |d| crate::render::number::date(d, locale);
        let mut what = match reading {
            Reading::Done => t!("cmd-checkin-done"),
            Reading::Value(v) => plain(v, locale),
            Reading::Nothing => t!("cmd-checkin-no-value"),
        };
        if let Some(c) = args.confidence {
            what = t!(
                "cmd-checkin-with-confidence",
                what = what,
                confidence = c.to_string()
            );
        }
        let file = log.display().to_string();
        let line = match latest(kr, date) {
            Some((value, on)) => t!(
                "cmd-checkin-logged-was",
                id = kr.id.as_str(),
                what = what,
                date = day(date),
                before = plain(value, locale),
                before_date = day(on),
                file = file
            ),
            None => t!(
                "cmd-checkin-logged",
                id = kr.id.as_str(),
                what = what,
                date = day(date),
                file = file
            ),
        };
        crate::say!("{line}");
    }
    Ok(EXIT_OK)
}

/// `--all`: asks, on a terminal, for each key result's value (manual ones),
/// confidence and note, then logs what was said, one row per key result.
fn walk_all(args: &CheckinArgs, main: &std::path::Path) -> Result<u8> {
    let mut config = crate::metrics::load_config(main)?;
    args.common.choose_language(&mut config);
    let config = &config;
    if !std::io::stdin().is_terminal() {
        return Err(Diagnostic::new(CheckinProblem::AllNeedsTerminal).into());
    }
    let today = args
        .date
        .unwrap_or_else(|| chrono::Local::now().date_naive());
    check_date(config, today, args.date.is_some())?;
    let log = checkins::path_for(&config.path);
    checkins::trusted(&config.path, &log)?;
    let dir = log
        .parent()
        .map(std::path::Path::to_path_buf)
        .unwrap_or_default();
    let author = checkins::author(&dir);
    let entries = ask_each(
        config,
        args.owner.as_deref(),
        today,
        &mut std::io::stdin().lock(),
        &mut std::io::stderr(),
    )?;
    // Held from here to the last row's fsync; the key results are checked
    // again, since the files may have changed while the person answered.
    let _lock = crate::lock::acquire(main)?;
    let now = crate::metrics::load_config(main)?;
    for entry in &entries {
        super::find_key_result(&now, &entry.key_result)?;
    }
    for entry in &entries {
        let entry = Entry {
            author: Some(author.clone()),
            ..entry.clone()
        };
        checkins::append(&log, &entry)?;
    }
    if !args.common.quiet {
        crate::say!(
            "{}",
            t!(
                "cmd-checkin-all-logged",
                n = entries.len(),
                count = entries.len().to_string(),
                file = log.display().to_string()
            )
        );
    }
    Ok(EXIT_OK)
}

/// The questions of `--all`, over `input` and `output`: an empty answer
/// skips; a bad one is asked again.
fn ask_each(
    config: &Config,
    owner: Option<&str>,
    date: NaiveDate,
    input: &mut impl BufRead,
    output: &mut impl Write,
) -> Result<Vec<Entry>, Diagnostic> {
    let owns = |o: Option<&str>| {
        owner.is_none_or(|want| o.is_some_and(|o| o.trim().eq_ignore_ascii_case(want.trim())))
    };
    let mut entries = Vec::new();
    let mut line = |question: &str, output: &mut dyn Write| -> Result<Option<String>, Diagnostic> {
        let _ = write!(output, "{}", crate::controls::escape(question, false));
        let _ = output.flush();
        let mut answer = String::new();
        match input.read_line(&mut answer) {
            Ok(0) => Ok(None),
            Ok(_) => Ok(Some(answer.trim().to_string())),
            Err(e) => Err(Diagnostic::new(CheckinProblem::CannotReadAnswer {
                reason: crate::config::io_reason(&e),
            })),
        }
    };
    for objective in &config.objectives {
        for kr in &objective.key_results {
            let who = kr.owner.as_deref().or(objective.owner.as_deref());
            if !owns(who) {
                continue;
            }
            let _ = writeln!(output, "\n{} ({})", kr.title, kr.id);
            let manual = kr.metric().is_none() && !matches!(kr.kind, KrKind::Milestone { .. });
            let mut reading = Reading::Nothing;
            if manual {
                loop {
                    let asked = prompt(kr, date, Locale::from_tag(&config.settings.locale));
                    let Some(answer) = line(&asked, output)? else {
                        return Ok(entries);
                    };
                    if answer.is_empty() {
                        break;
                    }
                    match checkins::parse_value(&answer) {
                        Ok(v) => {
                            reading = Reading::Value(v);
                            break;
                        }
                        Err(why) => {
                            let again = t!("cmd-checkin-value-again", why = why);
                            let _ = writeln!(output, "  {again}");
                        }
                    }
                }
            }
            let mut confidence = None;
            loop {
                let question = format!("  {}: ", t!("cmd-checkin-ask-confidence"));
                let Some(answer) = line(&question, output)? else {
                    return Ok(entries);
                };
                if answer.is_empty() {
                    break;
                }
                match checkins::parse_confidence(&answer) {
                    Ok(c) => {
                        confidence = Some(c);
                        break;
                    }
                    Err(why) => {
                        let _ = writeln!(output, "  {why}");
                    }
                }
            }
            let question = format!("  {}: ", t!("cmd-checkin-ask-note"));
            let Some(note) = line(&question, output)? else {
                return Ok(entries);
            };
            let note = Some(note).filter(|n| !n.is_empty());
            if reading != Reading::Nothing || confidence.is_some() || note.is_some() {
                entries.push(Entry {
                    date,
                    key_result: kr.id.clone(),
                    reading,
                    note,
                    author: None,
                    confidence,
                    line: 0,
                });
            }
        }
    }
    Ok(entries)
}

fn check_date(config: &Config, date: NaiveDate, explicit: bool) -> Result<(), Diagnostic> {
    let cycle = &config.cycle;
    if date >= cycle.start && date <= cycle.end {
        return Ok(());
    }
    Err(Diagnostic::new(CheckinProblem::OutsideCycle {
        explicit,
        date: date.to_string(),
        cycle: cycle.name.clone(),
        start: cycle.start.to_string(),
        end: cycle.end.to_string(),
    }))
}

/// What to log: `--done`, VALUE, or the value asked for on a terminal.
fn reading(
    args: &CheckinArgs,
    kr: &KeyResult,
    date: NaiveDate,
    locale: Locale,
) -> Result<Reading, Diagnostic> {
    let milestone = matches!(kr.kind, KrKind::Milestone { .. });
    if milestone {
        if args.value.is_some() {
            return Err(Diagnostic::new(CheckinProblem::MilestoneTakesNoValue {
                kr: kr.id.clone(),
            }));
        }
        if args.done {
            return Ok(Reading::Done);
        }
        if !std::io::stdin().is_terminal() {
            return Err(Diagnostic::new(CheckinProblem::MilestoneNeedsDone {
                kr: kr.id.clone(),
            }));
        }
        let answer = ask(&format!("{}\n{} ", kr.title, t!("cmd-checkin-ask-done")))?;
        let answer = answer.to_lowercase();
        let yes = t!("cmd-checkin-yes");
        let said_yes =
            ["y", "yes"].contains(&answer.as_str()) || yes.split_whitespace().any(|w| w == answer);
        return if said_yes {
            Ok(Reading::Done)
        } else {
            Err(Diagnostic::new(CheckinProblem::NothingCheckedIn))
        };
    }
    if args.done {
        return Err(Diagnostic::new(CheckinProblem::NotAMilestone {
            kr: kr.id.clone(),
        }));
    }
    let text = match &args.value {
        Some(text) => text.clone(),
        None if std::io::stdin().is_terminal() => ask(&prompt(kr, date, locale))?,
        None => {
            return Err(Diagnostic::new(CheckinProblem::ValueRequired {
                kr: kr.id.clone(),
            }))
        }
    };
    checkins::parse_value(&text)
        .map(Reading::Value)
        .map_err(|why| {
            Diagnostic::new(CheckinProblem::BadValue {
                value: text.trim().to_string(),
                reason: why.to_string(),
            })
        })
}

/// The question asked on a terminal: the title, the current value and the
/// target.
fn prompt(kr: &KeyResult, date: NaiveDate, locale: Locale) -> String {
    let day = |d| crate::render::number::date(d, locale);
    let current = match latest(kr, date) {
        Some((value, on)) => t!(
            "cmd-checkin-value-on",
            value = plain(value, locale),
            date = day(on)
        ),
        None => t!("cmd-checkin-none-yet"),
    };
    let target = match &kr.kind {
        KrKind::Progress { start, target, .. } => t!(
            "cmd-checkin-target-from",
            target = plain(*target, locale),
            start = plain(*start, locale)
        ),
        KrKind::Threshold { bound, .. } => match bound {
            Bound::AtLeast(v) => t!("cmd-checkin-at-least", value = plain(*v, locale)),
            Bound::AtMost(v) => t!("cmd-checkin-at-most", value = plain(*v, locale)),
        },
        KrKind::Milestone { .. } => String::new(),
    };
    // The two labels end in one column: `current: ` and `target:  `.
    let labels = [t!("cmd-checkin-current"), t!("cmd-checkin-target")].map(|l| format!("{l}:"));
    let wide = labels.iter().map(|l| l.width()).max().unwrap_or(0);
    let [current_label, target_label] = labels.map(|l| {
        let pad = " ".repeat(wide - l.width());
        format!("{l}{pad}")
    });
    format!(
        "{}\n  {current_label} {current}\n  {target_label} {target}\n{}: ",
        kr.title,
        t!("cmd-checkin-ask-value", date = day(date))
    )
}

/// The latest check-in on or before `date`.
fn latest(kr: &KeyResult, date: NaiveDate) -> Option<(f64, NaiveDate)> {
    let (KrKind::Progress {
        source: ValueSource::Manual(checkins),
        ..
    }
    | KrKind::Threshold {
        source: ValueSource::Manual(checkins),
        ..
    }) = &kr.kind
    else {
        return None;
    };
    checkins
        .iter()
        .rev()
        .find(|c| c.date <= date)
        .map(|c| (c.value, c.date))
}

/// A value as it was given, all its decimals, in the locale's notation
/// (`3,6` under sv-SE); en-US keeps the plain digits (`1234.5`).
fn plain(value: f64, locale: Locale) -> String {
    if locale == Locale::EN_US {
        return value.to_string();
    }
    let written = value.to_string();
    let decimals = written.split_once('.').map_or(0, |(_, d)| d.len());
    crate::render::number::number(value, Some(decimals.min(9) as u32), locale)
}

/// Asks on stderr and reads one line from stdin.
fn ask(question: &str) -> Result<String, Diagnostic> {
    let mut err = std::io::stderr().lock();
    let _ = write!(err, "{}", crate::controls::escape(question, false));
    let _ = err.flush();
    read_answer(&mut std::io::stdin().lock())
}

fn read_answer(input: &mut impl BufRead) -> Result<String, Diagnostic> {
    let mut line = String::new();
    match input.read_line(&mut line) {
        Ok(0) => Err(Diagnostic::new(CheckinProblem::NoValue)),
        Ok(_) if line.trim().is_empty() => Err(Diagnostic::new(CheckinProblem::NoValue)),
        Ok(_) => Ok(line.trim().to_string()),
        Err(e) => Err(Diagnostic::new(CheckinProblem::CannotReadAnswer {
            reason: crate::config::io_reason(&e),
        })),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn all_asks_each_key_result_and_skips_on_enter() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("okrs.toml");
        std::fs::write(
            &path,
            "[cycle]\nname = \"q\"\nstart = 2026-01-01\nend = 2026-03-31\n\
             [[objectives]]\nid = \"o\"\ntitle = \"O\"\nowner = \"ana\"\n\
             [[objectives.key_results]]\nid = \"survey\"\ntitle = \"Survey\"\nstart = 3\ntarget = 4\n\
             [[objectives.key_results]]\nid = \"launch\"\ntitle = \"Launch\"\ndone = false\nowner = \"bo\"\n",
        )
        .unwrap();
        let config = crate::metrics::load_config(&path).unwrap();
        let date = NaiveDate::from_ymd_opt(2026, 2, 10).unwrap();
        // survey: a bad value, then 3,4; confidence 12 then 7; a note.
        // launch: all skipped.
        let mut input = "x\n3,4\n12\n7\nlooks good\n\n\n".as_bytes();
        let mut output = Vec::new();
        let entries = ask_each(&config, None, date, &mut input, &mut output).unwrap();
        assert_eq!(entries.len(), 1);
        assert_eq!(entries[0].reading, Reading::Value(3.4));
        assert_eq!(entries[0].confidence, Some(7));
        assert_eq!(entries[0].note.as_deref(), Some("looks good"));
        let asked = String::from_utf8(output).unwrap();
        assert!(asked.contains("Launch (launch)"), "{asked}");
        // --owner bo: only the milestone, which takes no value.
        let mut input = "8\n\n".as_bytes();
        let entries = ask_each(&config, Some("bo"), date, &mut input, &mut Vec::new()).unwrap();
        assert_eq!(entries.len(), 1);
        assert_eq!(entries[0].key_result, "launch");
        assert_eq!(entries[0].reading, Reading::Nothing);
    }

    #[test]
    fn values_are_echoed_in_the_locale_with_all_their_decimals() {
        assert_eq!(plain(1234.5, Locale::EN_US), "1234.5");
        assert_eq!(plain(3.65, Locale::from_tag("sv-SE")), "3,65");
        assert_eq!(plain(4.0, Locale::from_tag("fi-FI")), "4");
    }

    #[test]
    fn answers_are_one_trimmed_line() {
        assert_eq!(read_answer(&mut "3,6\n".as_bytes()).unwrap(), "3,6");
        assert_eq!(read_answer(&mut "  42  \r\nmore".as_bytes()).unwrap(), "42");
        assert!(read_answer(&mut "".as_bytes()).is_err());
        assert!(read_answer(&mut "\n".as_bytes()).is_err());
    }
}
