//! Raw TOML -> validated model, collecting every problem with its location.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::ops::Range;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use toml::Spanned;

use super::raw;
use super::{located, span_diag, SourceText};
use crate::config::model::*;
use crate::error::config::{
    CommandFault, Declared, Derived, Limit, Looped, MetricUser, SourceSort, Thing, Unknown,
};
use crate::error::{ConfigProblem, Diagnostic, Diagnostics};

/// The longest cycle, in years (a cycle spans less than this).
pub const MAX_CYCLE_YEARS: u32 = 10;

/// The locales numbers can be shown in.
pub const LOCALES: [&str; 8] = [
    "en-US", "en-GB", "sv-SE", "nb-NO", "da-DK", "fi-FI", "de-DE", "nn-NO",
];

struct Checker<'a> {
    files: &'a [SourceText],
    problems: Vec<Diagnostic>,
    /// What paths the files may name (DESIGN.md section 1.3).
    trust: crate::trust::Trust,
    /// Each file's line starts (byte offsets), made on the first [`Checker::loc`]
    /// in it: a location is a binary search, not a scan from the top.
    line_starts: Vec<std::cell::OnceCell<Vec<usize>>>,
}

impl Checker<'_> {
    fn error(&mut self, file: usize, span: Range<usize>, problem: ConfigProblem) {
        self.problems
            .push(span_diag(&self.files[file], span, problem));
    }

    /// Reports a main-file setting whose value is outside `limit` (when `ok`
    /// is false); returns `ok`.
    fn in_range<T>(
        &mut self,
        v: &Spanned<T>,
        ok: bool,
        key: &'static str,
        limit: Limit,
        found: f64,
    ) -> bool {
        if !ok {
            self.error(0, v.span(), ConfigProblem::OutOfRange { key, limit, found });
        }
        ok
    }

    /// Where `span` starts in `file`: as [`Diagnostic::at_offset`] counts.
    fn loc(&self, file: usize, span: &Range<usize>) -> Loc {
        let text = &self.files[file].text;
        let starts = self.line_starts[file].get_or_init(|| {
            std::iter::once(0)
                .chain(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1))
                .collect()
        });
        let mut offset = span.start.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        // The last line starting at or before the offset.
        let line = starts.partition_point(|&s| s <= offset);
        let line_start = starts[line - 1];
        Loc {
            file: self.files[file].path.clone(),
            line,
            column: text[line_start..offset].chars().count() + 1,
        }
    }

    /// A source's path, refused when it leads outside the project.
    fn source_path(&mut self, file: usize, name: &str, path: &Spanned<String>) -> PathBuf {
        let full = self.base_dir(file).join(path.get_ref());
        if let Err(r) = self.trust.check(
            &full,
            &crate::trust::Named::SourceFile {
                source: name.to_string(),
            },
        ) {
            self.problems
                .push(located(r.into_diagnostic(), &self.files[file], path.span()));
        }
        full
    }

    fn base_dir(&self, file: usize) -> &Path {
        self.files[file].path.parent().unwrap_or(Path::new(""))
    }
}

fn valid_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

fn valid_metric_name(name: &str) -> bool {
    !name.is_empty()
        && name
            .bytes()
            .next()
            .is_some_and(|b| b.is_ascii_alphabetic() || b == b'_')
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
}

pub(crate) fn validate(
    files: &[SourceText],
    parsed: Vec<raw::File>,
) -> Result<Config, Diagnostics> {
    let mut c = Checker {
        files,
        problems: Vec::new(),
        trust: crate::trust::Trust::for_main(&files[0].path),
        line_starts: vec![std::cell::OnceCell::new(); files.len()],
    };
    let mut parsed: Vec<(usize, raw::File)> = parsed.into_iter().enumerate().collect();

    // Keys that only the main file may hold.
    for (idx, file) in parsed.iter().skip(1) {
        let only_main = [
            ("[cycle]", file.cycle.as_ref().map(|s| s.span())),
            ("[settings]", file.settings.as_ref().map(|s| s.span())),
            ("[check]", file.check.as_ref().map(|s| s.span())),
            ("[north_star]", file.north_star.as_ref().map(|s| s.span())),
        ];
        for (name, span) in only_main {
            if let Some(span) = span {
                c.error(*idx, span, ConfigProblem::OnlyInMain { table: name });
            }
        }
    }

    let main = &mut parsed[0].1;
    let cycle = match main.cycle.take() {
        Some(cy) => {
            let span = cy.span();
            let cy = cy.into_inner();
            let (start, end) = (cy.start.get_ref().0, cy.end.get_ref().0);
            if end < start {
                c.error(
                    0,
                    cy.end.span(),
                    ConfigProblem::CycleEndsBeforeStart { start, end },
                );
            } else if start
                .checked_add_months(chrono::Months::new(12 * MAX_CYCLE_YEARS))
                .is_none_or(|limit| end >= limit)
            {
                // Every daily series is as long as the cycle.
                c.error(
                    0,
                    cy.end.span(),
                    ConfigProblem::CycleTooLong {
                        start,
                        end,
                        years: MAX_CYCLE_YEARS,
                    },
                );
            }
            let _ = span;
            Cycle {
                name: cy.name,
                start,
                end,
            }
        }
        None => {
            c.problems.push(
                Diagnostic::new(ConfigProblem::NoCycle)
                    .in_file(&files[0].path)
                    .at(1, Some(1)),
            );
            return Err(Diagnostics(c.problems));
        }
    };
    // A cycle that ends before it starts is one mistake, said once: no date
    // is then reported as outside it.
    let cycle_valid = cycle.end >= cycle.start;
    let in_cycle = |d: NaiveDate| !cycle_valid || (d >= cycle.start && d <= cycle.end);

    let settings = settings(&mut c, main.settings.take());
    let check = check_settings(&mut c, main.check.take());
    let raw_north_star = main.north_star.take();

    // Sources, from every file.
    let mut sources: Vec<Source> = Vec::new();
    for (idx, file) in parsed.iter_mut() {
        for src in std::mem::take(&mut file.sources) {
            let span = src.span();
            let src = src.into_inner();
            if let Some(source) = source(&mut c, *idx, span, src, &sources) {
                sources.push(source);
            }
        }
    }

    // Metrics, from every file.
    let mut metric_files: BTreeMap<String, (usize, Range<usize>)> = BTreeMap::new();
    let mut raw_metrics: Vec<(usize, Spanned<String>, Spanned<raw::Metric>)> = Vec::new();
    for (idx, file) in parsed.iter_mut() {
        for (name, metric) in std::mem::take(&mut file.metrics) {
            if metric_files.contains_key(name.get_ref()) {
                c.error(
                    *idx,
                    name.span(),
                    ConfigProblem::DeclaredTwice {
                        what: Declared::Metric,
                        name: name.get_ref().clone(),
                    },
                );
                continue;
            }
            metric_files.insert(name.get_ref().clone(), (*idx, name.span()));
            raw_metrics.push((*idx, name, metric));
        }
    }
    let metric_names: Vec<String> = metric_files.keys().cloned().collect();
    let mut metrics: BTreeMap<String, Metric> = BTreeMap::new();
    for (idx, name, metric) in raw_metrics {
        if let Some(m) = metric_def(&mut c, idx, &name, metric, &sources, &metric_names) {
            metrics.insert(m.name.clone(), m);
        }
    }
    check_metric_kinds(&mut c, &metrics, &metric_files);

    let north_star = raw_north_star.and_then(|ns| north_star(&mut c, ns, &metric_names));

    // Every key result id declared, valid or not: an experiment aiming at a
    // key result that has a mistake of its own is not a second mistake.
    let declared_krs: HashSet<String> = parsed
        .iter()
        .flat_map(|(_, file)| file.objectives.iter())
        .flat_map(|o| o.get_ref().key_results.iter())
        .map(|kr| kr.get_ref().id.get_ref().clone())
        .collect();

    check_aggregates_and_windows(&mut c, &parsed, &metrics);

    // Objectives and key results.
    let mut ids: HashMap<String, (usize, Range<usize>)> = HashMap::new();
    let mut objectives: Vec<Objective> = Vec::new();
    let mut parent_spans: Vec<(usize, Option<Range<usize>>)> = Vec::new();
    for (idx, file) in parsed.iter_mut() {
        for obj in std::mem::take(&mut file.objectives) {
            let span = obj.span();
            let obj = obj.into_inner();
            let parent_span = obj.parent.as_ref().map(|p| p.span());
            if let Some(o) = objective(
                &mut c,
                *idx,
                span,
                obj,
                &mut ids,
                &metric_names,
                &cycle,
                &in_cycle,
            ) {
                objectives.push(o);
                parent_spans.push((*idx, parent_span));
            }
        }
    }
    check_parents(&mut c, &objectives, &parent_spans);

    let kr_ids: HashSet<&str> = declared_krs.iter().map(String::as_str).collect();
    let mut experiments = Vec::new();
    let mut experiment_ids: HashSet<String> = HashSet::new();
    for (idx, file) in parsed.iter_mut() {
        for exp in std::mem::take(&mut file.experiments) {
            let span = exp.span();
            if let Some(e) = experiment(
                &mut c,
                *idx,
                span,
                exp.into_inner(),
                &kr_ids,
                &metric_names,
                &mut experiment_ids,
            ) {
                experiments.push(e);
            }
        }
    }

    if !c.problems.is_empty() {
        return Err(Diagnostics(c.problems));
    }
    Ok(Config {
        path: files[0].path.clone(),
        cycle,
        settings,
        check,
        sources,
        metrics,
        north_star,
        objectives,
        experiments,
    })
}

fn settings(c: &mut Checker, raw: Option<Spanned<raw::Settings>>) -> Settings {
    let mut s = Settings::default();
    let Some(raw) = raw else { return s };
    let raw = raw.into_inner();
    if let Some(v) = raw.at_risk_below {
        s.at_risk_below = *v.get_ref();
        let share = (0.0..=1.0).contains(v.get_ref()) && *v.get_ref() != 0.0;
        c.in_range(
            &v,
            share,
            "at_risk_below",
            Limit::ShareAboveZero,
            *v.get_ref(),
        );
    }
    if let Some(v) = raw.off_track_below {
        s.off_track_below = *v.get_ref();
        let share = (0.0..=1.0).contains(v.get_ref());
        if c.in_range(&v, share, "off_track_below", Limit::Share, *v.get_ref())
            && s.off_track_below > s.at_risk_below
        {
            c.error(
                0,
                v.span(),
                ConfigProblem::OffTrackAboveAtRisk {
                    off_track: s.off_track_below,
                    at_risk: s.at_risk_below,
                },
            );
        }
    }
    for (v, slot, key, least) in [
        (raw.stall_days, &mut s.stall_days, "stall_days", 1),
        (raw.stale_days, &mut s.stale_days, "stale_days", 0),
        (raw.settle_days, &mut s.settle_days, "settle_days", 1),
    ] {
        if let Some(v) = v {
            *slot = *v.get_ref();
            let limit = if least == 0 {
                Limit::NotNegative
            } else {
                Limit::AtLeast(least)
            };
            c.in_range(&v, *slot >= least, key, limit, *slot as f64);
        }
    }
    if let Some(v) = raw.locale {
        if !LOCALES.contains(&v.get_ref().as_str()) {
            c.error(
                0,
                v.span(),
                ConfigProblem::unknown(Unknown::Locale, v.get_ref(), LOCALES),
            );
        }
        s.locale = v.into_inner();
        s.locale_given = true;
    }
    if let Some(v) = raw.language {
        match crate::i18n::Lang::parse(v.get_ref()) {
            Some(lang) if lang.code() == v.get_ref().trim() => s.language = Some(lang),
            found => {
                let problem = ConfigProblem::UnknownLanguage {
                    found: v.get_ref().clone(),
                    suggestion: found.map(crate::i18n::Lang::code),
                };
                c.error(0, v.span(), problem);
            }
        }
    }
    s
}

/// Status names `okr check` accepts, plus `stale`. `pending` may warn,
/// never fail: see [`PENDING_NEVER_FAILS`].
pub const CHECK_NAMES: [&str; 9] = [
    "done",
    "on-track",
    "at-risk",
    "off-track",
    "stalled",
    "no-data",
    "guardrail-breached",
    "pending",
    "stale",
];

/// Why `pending` cannot be a fail_on status.
pub const PENDING_NEVER_FAILS: &str =
    "`pending` never fails a check: a window younger than settle_days is too early to judge";

fn check_settings(c: &mut Checker, raw: Option<Spanned<raw::Check>>) -> CheckSettings {
    let Some(raw) = raw else {
        return CheckSettings::default();
    };
    let raw = raw.into_inner();
    let mut list = |v: Option<Spanned<Vec<String>>>, failing: bool| {
        v.map(|v| {
            for name in v.get_ref() {
                if failing && name == "pending" {
                    c.error(0, v.span(), ConfigProblem::PendingNeverFails);
                } else if !CHECK_NAMES.contains(&name.as_str()) {
                    c.error(
                        0,
                        v.span(),
                        ConfigProblem::unknown(Unknown::Status, name, CHECK_NAMES),
                    );
                }
            }
            v.into_inner()
        })
    };
    CheckSettings {
        fail_on: list(raw.fail_on, true),
        warn_on: list(raw.warn_on, false),
    }
}

fn source(
    c: &mut Checker,
    idx: usize,
    span: Range<usize>,
    src: raw::Source,
    existing: &[Source],
) -> Option<Source> {
    let name = src.name.get_ref().clone();
    let mut ok = true;
    if existing.iter().any(|s| s.name == name) {
        c.error(
            idx,
            src.name.span(),
            ConfigProblem::DeclaredTwice {
                what: Declared::Source,
                name: name.clone(),
            },
        );
        ok = false;
    }
    let kind = src.kind.unwrap_or(raw::SourceKind::Csv);
    let timeout_seconds = db_source_keys(c, idx, &span, &src, kind)?;
    // What each kind must be given: (what it is called in the error, the
    // source when the keys it needs are there).
    let (sort, built) = match kind {
        raw::SourceKind::Csv => (
            SourceSort::Csv,
            src.path.as_ref().map(|p| SourceKind::Csv {
                path: c.source_path(idx, &name, p),
            }),
        ),
        raw::SourceKind::Sqlite => (
            SourceSort::Sqlite,
            match (&src.path, &src.query) {
                (Some(p), Some(q)) => Some(SourceKind::Sqlite {
                    path: c.source_path(idx, &name, p),
                    query: q.clone(),
                    timeout_seconds,
                }),
                _ => None,
            },
        ),
        raw::SourceKind::Command => (
            SourceSort::Command,
            match &src.command {
                Some(argv) => Some(SourceKind::Command {
                    argv: command_argv(c, idx, &name, argv)?,
                    timeout_seconds,
                    dir: c.base_dir(idx).to_path_buf(),
                }),
                None => None,
            },
        ),
        raw::SourceKind::Postgres => (
            SourceSort::Postgres,
            match (&src.url_env, &src.query) {
                (Some(u), Some(q)) => Some(SourceKind::Postgres {
                    url_env: u.clone(),
                    query: q.clone(),
                    timeout_seconds,
                }),
                _ => None,
            },
        ),
    };
    let Some(kind) = built else {
        let problem = ConfigProblem::SourceNeeds { source: name, sort };
        c.error(idx, span.clone(), problem);
        return None;
    };
    let delimiter = match &src.delimiter {
        None => None,
        Some(d) => match d.get_ref().as_str() {
            "," => Some(b','),
            ";" => Some(b';'),
            "\t" | "tab" | "\\t" => Some(b'\t'),
            "|" => Some(b'|'),
            other => {
                c.error(
                    idx,
                    d.span(),
                    ConfigProblem::UnsupportedDelimiter {
                        found: other.to_string(),
                    },
                );
                ok = false;
                None
            }
        },
    };
    let decimal = match &src.decimal {
        None => None,
        Some(d) => match d.get_ref().as_str() {
            "." => Some('.'),
            "," => Some(','),
            other => {
                c.error(
                    idx,
                    d.span(),
                    ConfigProblem::UnsupportedDecimal {
                        found: other.to_string(),
                    },
                );
                ok = false;
                None
            }
        },
    };
    if let Some(f) = &src.date_format {
        let bad = chrono::format::StrftimeItems::new(f.get_ref())
            .any(|item| matches!(item, chrono::format::Item::Error));
        let has_parts = ["%Y", "%y", "%m", "%d", "%e", "%F", "%b", "%B", "%j"]
            .iter()
            .any(|p| f.get_ref().contains(p));
        if bad || !has_parts {
            c.error(
                idx,
                f.span(),
                ConfigProblem::BadDateFormat {
                    found: f.get_ref().clone(),
                },
            );
            ok = false;
        }
    }
    let table = match &src.table {
        None => None,
        Some(t) => match t.get_ref() {
            raw::TableChoice::Number(n) if *n >= 1 => Some(TableChoice::Number(
                usize::try_from(*n).unwrap_or(usize::MAX),
            )),
            raw::TableChoice::Title(title) if !title.trim().is_empty() => {
                Some(TableChoice::Title(title.clone()))
            }
            _ => {
                c.error(idx, t.span(), ConfigProblem::BadTable);
                ok = false;
                None
            }
        },
    };
    let layout = src.layout.unwrap_or(Layout::Long);
    let loc = c.loc(idx, &span);
    ok.then(|| Source {
        name,
        kind,
        layout,
        delimiter,
        decimal,
        date_format: src.date_format.map(Spanned::into_inner),
        date_column: src.date_column,
        metric_column: src.metric_column,
        value_column: src.value_column,
        segment_column: src.segment_column,
        table,
        skip_rows: src.skip_rows.unwrap_or(0),
        loc,
    })
}

/// Keys that belong to one kind of source only; returns the timeout of a
/// database source (seconds, default 30).
fn db_source_keys(
    c: &mut Checker,
    idx: usize,
    span: &Range<usize>,
    src: &raw::Source,
    kind: raw::SourceKind,
) -> Option<u64> {
    if kind != raw::SourceKind::Command
        && refuse_keys(
            c,
            idx,
            span,
            src,
            &[("command", src.command.is_some())],
            SourceSort::NotCommand,
        )
    {
        return None;
    }
    if kind == raw::SourceKind::Command {
        let not_here = [
            ("path", src.path.is_some()),
            ("query", src.query.is_some()),
            ("url_env", src.url_env.is_some()),
        ];
        if refuse_keys(c, idx, span, src, &not_here, SourceSort::Command) {
            return None;
        }
        return timeout_of(c, idx, src, 60);
    }
    if kind == raw::SourceKind::Csv {
        let db_only = [
            ("query", src.query.is_some()),
            ("url_env", src.url_env.is_some()),
            ("timeout", src.timeout.is_some()),
        ];
        if refuse_keys(c, idx, span, src, &db_only, SourceSort::Csv) {
            return None;
        }
        return Some(0);
    }
    let csv_only = [
        ("delimiter", src.delimiter.is_some()),
        ("decimal", src.decimal.is_some()),
        ("date_format", src.date_format.is_some()),
        ("skip_rows", src.skip_rows.is_some()),
        ("metric_column", src.metric_column.is_some()),
        ("value_column", src.value_column.is_some()),
        ("segment_column", src.segment_column.is_some()),
        ("table", src.table.is_some()),
    ];
    if refuse_keys(c, idx, span, src, &csv_only, SourceSort::Database) {
        return None;
    }
    timeout_of(c, idx, src, 30)
}

/// Reports the first of `keys` that is set (`(key, set)`) as not for this
/// sort of source; true when one was.
fn refuse_keys(
    c: &mut Checker,
    idx: usize,
    span: &Range<usize>,
    src: &raw::Source,
    keys: &[(&'static str, bool)],
    sort: SourceSort,
) -> bool {
    let Some((key, _)) = keys.iter().find(|(_, set)| *set) else {
        return false;
    };
    c.error(
        idx,
        span.clone(),
        ConfigProblem::KeyNotForSource {
            source: src.name.get_ref().clone(),
            key,
            sort,
        },
    );
    true
}

/// `timeout` in seconds: `default` when not set, at least 1, at most a day.
fn timeout_of(c: &mut Checker, idx: usize, src: &raw::Source, default: u64) -> Option<u64> {
    match &src.timeout {
        None => Some(default),
        Some(t) if *t.get_ref() == 0 => {
            c.error(idx, t.span(), ConfigProblem::TimeoutTooShort);
            None
        }
        // SQLite counts its busy timeout in milliseconds of an i32.
        Some(t) if *t.get_ref() > MAX_TIMEOUT_SECONDS => {
            c.error(
                idx,
                t.span(),
                ConfigProblem::TimeoutTooLong {
                    max: MAX_TIMEOUT_SECONDS,
                },
            );
            // The source is still declared: no follow-on errors about it.
            Some(MAX_TIMEOUT_SECONDS)
        }
        Some(t) => Some(*t.get_ref()),
    }
}

/// A command's program and arguments, their placeholders parsed:
/// `{start}`, `{end}`, `{metrics}`, and `{{`, `}}` for braces.
fn command_argv(
    c: &mut Checker,
    idx: usize,
    name: &str,
    argv: &Spanned<Vec<String>>,
) -> Option<Vec<Vec<ArgPiece>>> {
    let span = argv.span();
    let fail = |c: &mut Checker, fault: CommandFault| {
        c.error(
            idx,
            span.clone(),
            ConfigProblem::BadCommand {
                source: name.to_string(),
                fault,
            },
        );
        None
    };
    let Some(program) = argv.get_ref().first() else {
        return fail(c, CommandFault::Empty);
    };
    if program.trim().is_empty() || program.contains('{') {
        return fail(c, CommandFault::NoProgram);
    }
    let mut out = Vec::new();
    for arg in argv.get_ref() {
        if arg.contains('\0') {
            return fail(c, CommandFault::Nul);
        }
        match parse_placeholders(arg) {
            Ok(pieces) => out.push(pieces),
            Err(fault) => return fail(c, fault),
        }
    }
    Some(out)
}

fn parse_placeholders(arg: &str) -> Result<Vec<ArgPiece>, CommandFault> {
    let mut pieces = Vec::new();
    let mut text = String::new();
    let mut rest = arg;
    while let Some(at) = rest.find(['{', '}']) {
        text.push_str(&rest[..at]);
        let tail = &rest[at..];
        if let Some(after) = tail.strip_prefix("{{").or_else(|| tail.strip_prefix("}}")) {
            text.push_str(&tail[..1]);
            rest = after;
            continue;
        }
        if tail.starts_with('}') {
            return Err(CommandFault::StrayClose);
        }
        let Some(close) = tail.find('}') else {
            return Err(CommandFault::Unclosed);
        };
        let piece = match &tail[1..close] {
            "start" => ArgPiece::Start,
            "end" => ArgPiece::End,
            "metrics" => ArgPiece::Metrics,
            other => {
                return Err(CommandFault::UnknownPlaceholder(
                    other.escape_debug().to_string(),
                ))
            }
        };
        if !text.is_empty() {
            pieces.push(ArgPiece::Text(std::mem::take(&mut text)));
        }
        pieces.push(piece);
        rest = &tail[close + 1..];
    }
    text.push_str(rest);
    if !text.is_empty() || pieces.is_empty() {
        pieces.push(ArgPiece::Text(text));
    }
    Ok(pieces)
}

/// The longest `timeout` of a database source.
const MAX_TIMEOUT_SECONDS: u64 = 86_400;

/// `name`, used by `user`, is no declared metric.
fn unknown_metric(user: MetricUser, name: &str, known: &[String]) -> ConfigProblem {
    ConfigProblem::unknown(
        Unknown::Metric { user },
        name,
        known.iter().map(String::as_str),
    )
}

fn metric_def(
    c: &mut Checker,
    idx: usize,
    name: &Spanned<String>,
    metric: Spanned<raw::Metric>,
    sources: &[Source],
    known: &[String],
) -> Option<Metric> {
    let span = metric.span();
    let m = metric.into_inner();
    let key = name.get_ref().clone();
    if !valid_metric_name(&key) {
        c.error(
            idx,
            name.span(),
            ConfigProblem::BadMetricName { name: key.clone() },
        );
    }
    let kinds = [m.source.is_some(), m.ratio.is_some(), m.formula.is_some()]
        .iter()
        .filter(|&&b| b)
        .count();
    if kinds != 1 {
        c.error(
            idx,
            span,
            ConfigProblem::MetricKinds {
                metric: key,
                found: kinds,
            },
        );
        return None;
    }
    let kind = if let Some(src) = m.source {
        if !sources.iter().any(|s| &s.name == src.get_ref()) {
            c.error(
                idx,
                src.span(),
                ConfigProblem::unknown(
                    Unknown::Source {
                        metric: key.clone(),
                    },
                    src.get_ref(),
                    sources.iter().map(|s| s.name.as_str()),
                ),
            );
            return None;
        }
        MetricKind::Source {
            source: src.into_inner(),
            column: m.column.unwrap_or_else(|| key.clone()),
            segment: m.segment,
        }
    } else {
        if m.column.is_some() || m.segment.is_some() {
            c.error(
                idx,
                span.clone(),
                ConfigProblem::ColumnOnDerived {
                    metric: key.clone(),
                },
            );
        }
        if let Some(ratio) = m.ratio {
            let ratio = ratio.into_inner();
            for part in [&ratio.numerator, &ratio.denominator] {
                if !known.contains(part.get_ref()) {
                    c.error(
                        idx,
                        part.span(),
                        unknown_metric(MetricUser::Ratio(key.clone()), part.get_ref(), known),
                    );
                }
            }
            MetricKind::Ratio {
                numerator: ratio.numerator.into_inner(),
                denominator: ratio.denominator.into_inner(),
            }
        } else {
            let formula = m.formula?;
            let text = formula.get_ref().clone();
            // The formula's text starts after the opening quote.
            let text_offset = formula.span().start + 1;
            match super::formula::parse(&text) {
                Err(e) => {
                    c.error(
                        idx,
                        text_offset + e.offset..text_offset + e.offset + 1,
                        ConfigProblem::FormulaSyntax {
                            metric: key,
                            fault: e.fault,
                        },
                    );
                    return None;
                }
                Ok(expr) => {
                    for used in expr.metric_names() {
                        if !known.iter().any(|k| k == used) {
                            let at = text.find(used).unwrap_or(0);
                            c.error(
                                idx,
                                text_offset + at..text_offset + at + used.len(),
                                unknown_metric(MetricUser::Formula(key.clone()), used, known),
                            );
                        }
                    }
                    MetricKind::Formula { text, expr }
                }
            }
        }
    };
    let loc = c.loc(idx, &name.span());
    Some(Metric {
        name: key,
        kind,
        aggregate: m.aggregate.unwrap_or(Aggregate::Sum),
        unit: m.unit,
        format: m.format.unwrap_or_default(),
        decimals: m.decimals,
        loc,
    })
}

/// Ratio parts must be read from a source; formulas must not loop.
fn check_metric_kinds(
    c: &mut Checker,
    metrics: &BTreeMap<String, Metric>,
    where_: &BTreeMap<String, (usize, Range<usize>)>,
) {
    for m in metrics.values() {
        if let MetricKind::Ratio {
            numerator,
            denominator,
        } = &m.kind
        {
            for part in [numerator, denominator] {
                if let Some(p) = metrics.get(part) {
                    if !matches!(p.kind, MetricKind::Source { .. }) {
                        let (idx, span) = where_[&m.name].clone();
                        c.error(
                            idx,
                            span,
                            ConfigProblem::RatioOfRatio {
                                ratio: m.name.clone(),
                                part: part.clone(),
                            },
                        );
                    }
                }
            }
        }
    }
    // Formula loops: depth-first search with colours.
    fn deps(m: &Metric) -> Vec<&str> {
        match &m.kind {
            MetricKind::Formula { expr, .. } => expr.metric_names(),
            MetricKind::Ratio { .. } | MetricKind::Source { .. } => Vec::new(),
        }
    }
    let mut state: HashMap<&str, u8> = HashMap::new();
    let mut reported = false;
    for start in metrics.keys() {
        let mut stack: Vec<&str> = Vec::new();
        if let Some(cycle) = find_loop(start, metrics, &mut state, &mut stack, &deps) {
            if !reported {
                let (idx, span) = where_[cycle[0]].clone();
                c.error(
                    idx,
                    span,
                    ConfigProblem::Loop {
                        what: Looped::Formulas,
                        chain: cycle.iter().map(|s| s.to_string()).collect(),
                    },
                );
                reported = true;
            }
        }
    }
}

fn find_loop<'a>(
    name: &'a str,
    metrics: &'a BTreeMap<String, Metric>,
    state: &mut HashMap<&'a str, u8>,
    stack: &mut Vec<&'a str>,
    deps: &dyn Fn(&'a Metric) -> Vec<&'a str>,
) -> Option<Vec<&'a str>> {
    match state.get(name) {
        Some(2) => return None,
        Some(1) => {
            let from = stack.iter().position(|&n| n == name).unwrap_or(0);
            let mut cycle = stack[from..].to_vec();
            cycle.push(name);
            return Some(cycle);
        }
        _ => {}
    }
    let metric = metrics.get(name)?;
    state.insert(name, 1);
    stack.push(name);
    for dep in deps(metric) {
        if let Some(found) = find_loop(dep, metrics, state, stack, deps) {
            return Some(found);
        }
    }
    stack.pop();
    state.insert(name, 2);
    None
}

fn guardrails(
    c: &mut Checker,
    idx: usize,
    raw: Vec<Spanned<raw::Guardrail>>,
    known: &[String],
) -> Vec<Guardrail> {
    let mut out = Vec::new();
    for g in raw {
        let span = g.span();
        let g = g.into_inner();
        if !known.contains(g.metric.get_ref()) {
            c.error(
                idx,
                g.metric.span(),
                unknown_metric(MetricUser::Guardrail, g.metric.get_ref(), known),
            );
            continue;
        }
        match (g.min, g.max) {
            (None, None) => {
                c.error(
                    idx,
                    span,
                    ConfigProblem::GuardrailNoBound {
                        metric: g.metric.get_ref().clone(),
                    },
                );
                continue;
            }
            (Some(lo), Some(hi)) if lo > hi => {
                c.error(
                    idx,
                    span,
                    ConfigProblem::GuardrailMinAboveMax {
                        metric: g.metric.get_ref().clone(),
                        min: lo,
                        max: hi,
                    },
                );
                continue;
            }
            _ => {}
        }
        out.push(Guardrail {
            metric: g.metric.into_inner(),
            min: g.min,
            max: g.max,
            aggregate: g.aggregate,
        });
    }
    out
}

fn north_star(c: &mut Checker, ns: Spanned<raw::NorthStar>, known: &[String]) -> Option<NorthStar> {
    let span = ns.span();
    let ns = ns.into_inner();
    let mut ok = true;
    if !known.contains(ns.metric.get_ref()) {
        c.error(
            0,
            ns.metric.span(),
            unknown_metric(MetricUser::NorthStar, ns.metric.get_ref(), known),
        );
        ok = false;
    }
    for input in &ns.inputs {
        if !known.contains(input.get_ref()) {
            c.error(
                0,
                input.span(),
                unknown_metric(MetricUser::NorthStarInput, input.get_ref(), known),
            );
            ok = false;
        }
    }
    if ns.start.is_some_and(|s| s == *ns.target.get_ref()) {
        c.error(0, ns.target.span(), ConfigProblem::NorthStarStartIsTarget);
        ok = false;
    }
    let guardrails = guardrails(c, 0, ns.guardrails, known);
    let loc = c.loc(0, &span);
    ok.then(|| NorthStar {
        name: ns.name,
        purpose: ns.purpose,
        core_action: ns.core_action,
        frequency: ns.frequency,
        metric: ns.metric.into_inner(),
        grain: ns.grain.unwrap_or(Grain::Week),
        start: ns.start,
        target: ns.target.into_inner(),
        inputs: ns.inputs.into_iter().map(Spanned::into_inner).collect(),
        guardrails,
        loc,
    })
}

fn check_id(
    c: &mut Checker,
    idx: usize,
    id: &Spanned<String>,
    what: Thing,
    ids: &mut HashMap<String, (usize, Range<usize>)>,
) -> bool {
    crate::work::step(1);
    let name = id.get_ref();
    if !valid_id(name) {
        c.error(
            idx,
            id.span(),
            ConfigProblem::BadId {
                what,
                id: name.clone(),
                example: Some(
                    name.to_lowercase()
                        .chars()
                        .map(|ch| if ch.is_ascii_alphanumeric() { ch } else { '-' })
                        .collect::<String>(),
                ),
            },
        );
        return false;
    }
    if let Some((first_idx, first_span)) = ids.get(name).cloned() {
        let first = c.loc(first_idx, &first_span);
        c.error(
            idx,
            id.span(),
            ConfigProblem::DuplicateId {
                id: name.clone(),
                first_file: first.file,
                first_line: first.line,
            },
        );
        return false;
    }
    ids.insert(name.clone(), (idx, id.span()));
    true
}

/// The largest weight: a million times the default is plenty, and any sum
/// of them stays finite.
const MAX_WEIGHT: f64 = 1e6;

fn positive_weight(c: &mut Checker, idx: usize, w: Option<Spanned<f64>>) -> f64 {
    match w {
        None => 1.0,
        Some(w) => {
            let v = *w.get_ref();
            if !(v > 0.0 && v.is_finite()) {
                c.error(
                    idx,
                    w.span(),
                    ConfigProblem::OutOfRange {
                        key: "weight",
                        limit: Limit::AboveZero,
                        found: v,
                    },
                );
            } else if v > MAX_WEIGHT {
                // Sums of weights like 1e308 overflow the roll-up to infinity.
                c.error(
                    idx,
                    w.span(),
                    ConfigProblem::OutOfRange {
                        key: "weight",
                        limit: Limit::AtMost(MAX_WEIGHT),
                        found: v,
                    },
                );
            }
            v
        }
    }
}

#[allow(clippy::too_many_arguments)]
fn objective(
    c: &mut Checker,
    idx: usize,
    span: Range<usize>,
    obj: raw::Objective,
    ids: &mut HashMap<String, (usize, Range<usize>)>,
    known: &[String],
    cycle: &Cycle,
    in_cycle: &dyn Fn(NaiveDate) -> bool,
) -> Option<Objective> {
    let id_ok = check_id(c, idx, &obj.id, Thing::Objective, ids);
    let weight = positive_weight(c, idx, obj.weight);
    let mut key_results = Vec::new();
    for kr in obj.key_results {
        let kspan = kr.span();
        if let Some(k) = key_result(c, idx, kspan, kr.into_inner(), ids, known, cycle, in_cycle) {
            key_results.push(k);
        }
    }
    let loc = c.loc(idx, &obj.id.span());
    let _ = span;
    id_ok.then(|| Objective {
        id: obj.id.into_inner(),
        title: obj.title,
        owner: obj.owner,
        kind: obj.kind.unwrap_or_default(),
        weight,
        parent: obj.parent.map(Spanned::into_inner),
        rollup: obj.rollup.unwrap_or_default(),
        tags: obj.tags,
        key_results,
        loc,
    })
}

fn date_in_cycle(
    c: &mut Checker,
    idx: usize,
    d: &Spanned<raw::Date>,
    key: &'static str,
    cycle: &Cycle,
    in_cycle: &dyn Fn(NaiveDate) -> bool,
) -> NaiveDate {
    let date = d.get_ref().0;
    if !in_cycle(date) {
        c.error(
            idx,
            d.span(),
            ConfigProblem::DateOutsideCycle {
                key,
                date,
                cycle: cycle.name.clone(),
                start: cycle.start,
                end: cycle.end,
            },
        );
    }
    date
}

#[allow(clippy::too_many_arguments)]
fn key_result(
    c: &mut Checker,
    idx: usize,
    span: Range<usize>,
    kr: raw::KeyResult,
    ids: &mut HashMap<String, (usize, Range<usize>)>,
    known: &[String],
    cycle: &Cycle,
    in_cycle: &dyn Fn(NaiveDate) -> bool,
) -> Option<KeyResult> {
    let mut ok = check_id(c, idx, &kr.id, Thing::KeyResult, ids);
    let id = kr.id.get_ref().clone();
    let weight = positive_weight(c, idx, kr.weight);
    if let Some(m) = &kr.metric {
        if !known.contains(m.get_ref()) {
            c.error(
                idx,
                m.span(),
                unknown_metric(MetricUser::KeyResult(id.clone()), m.get_ref(), known),
            );
            ok = false;
        }
    }
    let guardrails = guardrails(c, idx, kr.guardrails, known);

    // A manual value: `current` with the day it was measured.
    let manual = match (&kr.current, &kr.updated) {
        (Some(v), Some(d)) => {
            let date = date_in_cycle(c, idx, d, "updated", cycle, in_cycle);
            Some(vec![CheckIn {
                date,
                value: *v.get_ref(),
                note: None,
            }])
        }
        (Some(v), None) => {
            c.error(
                idx,
                v.span(),
                ConfigProblem::KeyWithout {
                    id: id.clone(),
                    key: "current",
                    missing: "updated",
                },
            );
            ok = false;
            None
        }
        (None, Some(d)) => {
            c.error(
                idx,
                d.span(),
                ConfigProblem::KeyWithout {
                    id: id.clone(),
                    key: "updated",
                    missing: "current",
                },
            );
            ok = false;
            None
        }
        (None, None) => None,
    };
    if kr.metric.is_some() && manual.is_some() {
        c.error(
            idx,
            span.clone(),
            ConfigProblem::BothKeys {
                id: id.clone(),
                first: "metric",
                second: "current",
            },
        );
        ok = false;
    }
    let value_source = match (&kr.metric, manual) {
        (Some(m), _) => ValueSource::Metric(m.get_ref().clone()),
        (None, Some(checkins)) => ValueSource::Manual(checkins),
        (None, None) => ValueSource::Manual(Vec::new()),
    };

    let kind = if let Some(done) = kr.done {
        let extra = [
            kr.metric.is_some(),
            kr.start.is_some(),
            kr.target.is_some(),
            kr.at_least.is_some(),
            kr.at_most.is_some(),
        ];
        if extra.iter().any(|&b| b) {
            c.error(
                idx,
                span.clone(),
                ConfigProblem::MilestoneExtras { id: id.clone() },
            );
            ok = false;
        }
        let due = kr.due.as_ref().map_or(cycle.end, |d| {
            date_in_cycle(c, idx, d, "due", cycle, in_cycle)
        });
        let done_on = kr
            .done_on
            .as_ref()
            .map(|d| date_in_cycle(c, idx, d, "done_on", cycle, in_cycle));
        KrKind::Milestone { done, due, done_on }
    } else if kr.at_least.is_some() || kr.at_most.is_some() {
        let bound = match (&kr.at_least, &kr.at_most) {
            (Some(lo), Some(_)) => {
                c.error(
                    idx,
                    lo.span(),
                    ConfigProblem::BothKeys {
                        id: id.clone(),
                        first: "at_least",
                        second: "at_most",
                    },
                );
                ok = false;
                Bound::AtLeast(*lo.get_ref())
            }
            (Some(lo), None) => Bound::AtLeast(*lo.get_ref()),
            (None, Some(hi)) => Bound::AtMost(*hi.get_ref()),
            (None, None) => unreachable!("checked above"),
        };
        if kr.start.is_some() || kr.target.is_some() {
            c.error(
                idx,
                span.clone(),
                ConfigProblem::ThresholdWithStartTarget { id: id.clone() },
            );
            ok = false;
        }
        KrKind::Threshold {
            source: value_source,
            bound,
            every: kr.every,
        }
    } else if let (Some(start), Some(target)) = (&kr.start, &kr.target) {
        let (s, t) = (*start.get_ref(), *target.get_ref());
        if s == t {
            c.error(
                idx,
                target.span(),
                ConfigProblem::StartIsTarget {
                    id: id.clone(),
                    value: s,
                },
            );
            ok = false;
        }
        if !s.is_finite() || !t.is_finite() {
            c.error(
                idx,
                target.span(),
                ConfigProblem::NotFinite { id: id.clone() },
            );
            ok = false;
        }
        let mut plan = Vec::new();
        let mut previous: Option<NaiveDate> = None;
        for p in kr.plan {
            let p = p.into_inner();
            let date = p.date.get_ref().0;
            if date < cycle.start || date >= cycle.end {
                c.error(
                    idx,
                    p.date.span(),
                    ConfigProblem::PlanDateOutside {
                        id: id.clone(),
                        date,
                        start: cycle.start,
                        end: cycle.end,
                    },
                );
                ok = false;
            }
            if previous.is_some_and(|prev| date <= prev) {
                c.error(
                    idx,
                    p.date.span(),
                    ConfigProblem::PlanNotIncreasing {
                        id: id.clone(),
                        date,
                        previous: previous.unwrap_or(date),
                    },
                );
                ok = false;
            }
            previous = Some(date);
            plan.push((date, p.value));
        }
        if kr.every.is_some() {
            c.error(
                idx,
                span.clone(),
                ConfigProblem::EveryOnProgress { id: id.clone() },
            );
            ok = false;
        }
        KrKind::Progress {
            source: value_source,
            start: s,
            target: t,
            plan,
        }
    } else {
        let problem = match (&kr.start, &kr.target) {
            (Some(_), None) => ConfigProblem::KeyWithout {
                id,
                key: "start",
                missing: "target",
            },
            (None, Some(_)) => ConfigProblem::KeyWithout {
                id,
                key: "target",
                missing: "start",
            },
            _ => ConfigProblem::NoMeasure { id },
        };
        c.error(idx, kr.id.span(), problem);
        return None;
    };
    if !matches!(kind, KrKind::Milestone { .. }) && (kr.due.is_some() || kr.done_on.is_some()) {
        c.error(
            idx,
            span.clone(),
            ConfigProblem::DueOnNonMilestone { id: id.clone() },
        );
        ok = false;
    }
    let window = match kr.window {
        None | Some(raw::Window::Cycle) => Window::Cycle,
        Some(raw::Window::Day) => Window::Period(Grain::Day),
        Some(raw::Window::Week) => Window::Period(Grain::Week),
        Some(raw::Window::Month) => Window::Period(Grain::Month),
        Some(raw::Window::Quarter) => Window::Period(Grain::Quarter),
    };
    let loc = c.loc(idx, &kr.id.span());
    ok.then(|| KeyResult {
        id,
        title: kr.title,
        owner: kr.owner,
        kind,
        window,
        aggregate: kr.aggregate,
        weight,
        guardrails,
        tags: kr.tags,
        pulses: Vec::new(),
        loc,
    })
}

/// DESIGN 2: `aggregate` on a key result or guardrail whose metric is a
/// ratio or formula means nothing (a ratio is sum over sum, a formula takes
/// each part with its own aggregate), and `window` beside `every` is two
/// windows for one key result.
fn check_aggregates_and_windows(
    c: &mut Checker,
    parsed: &[(usize, raw::File)],
    metrics: &BTreeMap<String, Metric>,
) {
    let derived = |name: &str| {
        metrics.get(name).and_then(|m| match m.kind {
            MetricKind::Ratio { .. } => Some(Derived::Ratio),
            MetricKind::Formula { .. } => Some(Derived::Formula),
            MetricKind::Source { .. } => None,
        })
    };
    for (idx, file) in parsed {
        for o in &file.objectives {
            for kr in &o.get_ref().key_results {
                let k = kr.get_ref();
                let id = k.id.get_ref();
                if let (Some(_), Some(metric)) = (k.aggregate, &k.metric) {
                    if let Some(derived) = derived(metric.get_ref()) {
                        c.error(
                            *idx,
                            metric.span(),
                            ConfigProblem::AggregateOnDerived {
                                id: id.clone(),
                                metric: metric.get_ref().clone(),
                                derived,
                            },
                        );
                    }
                }
                if k.every.is_some() && k.window.is_some() {
                    c.error(
                        *idx,
                        k.id.span(),
                        ConfigProblem::BothKeys {
                            id: id.clone(),
                            first: "window",
                            second: "every",
                        },
                    );
                }
                for g in &k.guardrails {
                    let g_ref = g.get_ref();
                    if let (Some(_), Some(derived)) =
                        (g_ref.aggregate, derived(g_ref.metric.get_ref()))
                    {
                        c.error(
                            *idx,
                            g_ref.metric.span(),
                            ConfigProblem::GuardrailAggregateOnDerived {
                                id: id.clone(),
                                metric: g_ref.metric.get_ref().clone(),
                                derived,
                            },
                        );
                    }
                }
            }
        }
    }
}

fn check_parents(
    c: &mut Checker,
    objectives: &[Objective],
    spans: &[(usize, Option<Range<usize>>)],
) {
    let index: HashMap<&str, usize> = objectives
        .iter()
        .enumerate()
        .map(|(i, o)| (o.id.as_str(), i))
        .collect();
    let ids: Vec<&str> = objectives.iter().map(|o| o.id.as_str()).collect();
    for (i, o) in objectives.iter().enumerate() {
        let Some(parent) = &o.parent else { continue };
        let (idx, span) = (&spans[i].0, spans[i].1.clone().unwrap_or(0..0));
        if !index.contains_key(parent.as_str()) {
            c.error(
                *idx,
                span,
                ConfigProblem::unknown(
                    Unknown::Parent {
                        objective: o.id.clone(),
                    },
                    parent,
                    ids.iter().copied(),
                ),
            );
        }
    }
    // Alignment loops. Each objective is walked from once: a chain that
    // reaches an objective walked before ends there (what lies beyond it,
    // a root or a loop, was found then), and where each objective sits on
    // the current chain is kept, so the work is linear in the objectives.
    let mut reported: HashSet<usize> = HashSet::new();
    let mut walked = vec![false; objectives.len()];
    let mut on_chain: Vec<Option<usize>> = vec![None; objectives.len()];
    for start in 0..objectives.len() {
        if walked[start] {
            continue;
        }
        let mut chain = vec![start];
        on_chain[start] = Some(0);
        let mut cur = start;
        while let Some(next) = objectives[cur]
            .parent
            .as_deref()
            .and_then(|p| index.get(p).copied())
        {
            crate::work::step(1);
            if let Some(pos) = on_chain[next] {
                let members: Vec<usize> = chain[pos..].to_vec();
                if members.iter().all(|m| !reported.contains(m)) {
                    let mut names: Vec<&str> =
                        members.iter().map(|&m| objectives[m].id.as_str()).collect();
                    names.push(objectives[next].id.as_str());
                    let (idx, span) = (&spans[next].0, spans[next].1.clone().unwrap_or(0..0));
                    c.error(
                        *idx,
                        span,
                        ConfigProblem::Loop {
                            what: Looped::Objectives,
                            chain: names.iter().map(|s| s.to_string()).collect(),
                        },
                    );
                }
                reported.extend(members);
                break;
            }
            if walked[next] {
                break;
            }
            on_chain[next] = Some(chain.len());
            chain.push(next);
            cur = next;
        }
        for &m in &chain {
            walked[m] = true;
            on_chain[m] = None;
        }
    }
}

fn experiment(
    c: &mut Checker,
    idx: usize,
    span: Range<usize>,
    e: raw::Experiment,
    kr_ids: &HashSet<&str>,
    known: &[String],
    seen: &mut HashSet<String>,
) -> Option<Experiment> {
    let mut ok = true;
    let id = e.id.get_ref().clone();
    if !valid_id(&id) {
        c.error(
            idx,
            e.id.span(),
            ConfigProblem::BadId {
                what: Thing::Experiment,
                id: id.clone(),
                example: None,
            },
        );
        ok = false;
    } else if !seen.insert(id.clone()) {
        c.error(
            idx,
            e.id.span(),
            ConfigProblem::DuplicateExperimentId { id: id.clone() },
        );
        ok = false;
    }
    for kr in &e.key_results {
        if !kr_ids.contains(kr.get_ref().as_str()) {
            c.error(
                idx,
                kr.span(),
                ConfigProblem::unknown(
                    Unknown::KeyResult {
                        experiment: id.clone(),
                    },
                    kr.get_ref(),
                    kr_ids.iter().copied(),
                ),
            );
            ok = false;
        }
    }
    for score in [&e.impact, &e.confidence, &e.ease].into_iter().flatten() {
        if !(1..=10).contains(score.get_ref()) {
            c.error(
                idx,
                score.span(),
                ConfigProblem::IceOutOfRange {
                    found: i64::from(*score.get_ref()),
                },
            );
            ok = false;
        }
    }
    if let Some(m) = &e.metric {
        if !known.contains(m.get_ref()) {
            c.error(
                idx,
                m.span(),
                unknown_metric(MetricUser::Experiment(id.clone()), m.get_ref(), known),
            );
            ok = false;
        }
    }
    if let (Some(s), Some(end)) = (&e.start, &e.end) {
        if end.get_ref().0 < s.get_ref().0 {
            c.error(
                idx,
                end.span(),
                ConfigProblem::ExperimentEndsBeforeStart { id: id.clone() },
            );
            ok = false;
        }
    }
    let loc = c.loc(idx, &span);
    ok.then(|| Experiment {
        id,
        title: e.title,
        hypothesis: e.hypothesis,
        key_results: e.key_results.into_iter().map(Spanned::into_inner).collect(),
        owner: e.owner,
        impact: e.impact.map(Spanned::into_inner),
        confidence: e.confidence.map(Spanned::into_inner),
        ease: e.ease.map(Spanned::into_inner),
        start: e.start.map(|d| d.get_ref().0),
        end: e.end.map(|d| d.get_ref().0),
        status: e.status.unwrap_or(ExperimentStatus::Idea),
        metric: e.metric.map(Spanned::into_inner),
        expected_lift: e.expected_lift,
        learning: e.learning,
        tags: e.tags,
        loc,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locations_count_as_diagnostics_do() {
        let text = "a = 1\r\n\nb = \"åäö\" # x\ntitle = \"≥ 90 %\"\nlast";
        let files = [SourceText {
            path: PathBuf::from("okrs.toml"),
            text: text.to_string(),
        }];
        let checker = Checker {
            files: &files,
            problems: Vec::new(),
            trust: crate::trust::Trust::new(Path::new("okrs.toml"), &[]),
            line_starts: vec![std::cell::OnceCell::new(); 1],
        };
        // Every byte offset, those inside a character and past the end too.
        for offset in 0..text.len() + 3 {
            let loc = checker.loc(0, &(offset..offset + 1));
            let d = Diagnostic::new("").at_offset(text, offset);
            assert_eq!(
                (loc.line, loc.column),
                (d.line.unwrap(), d.column.unwrap()),
                "{offset}"
            );
        }
    }
}
