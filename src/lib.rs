//! `okr`: OKRs and a North Star Metric from TOML and CSV exports.
//!
//! One direction of flow: `config` (TOML -> model) and `metrics`
//! (sources -> metric store) feed the pure `engine`, whose `Report` is drawn
//! by `render`. `cli` wires them together, one file per command.

// Diagnostics carry file, line, snippet and hint: large by design, and
// only on the error path.
#![allow(clippy::result_large_err)]

/// `eprintln!` that never panics: a full or closed stderr (`2>/dev/full`)
/// loses the message, never the exit code.
#[macro_export]
macro_rules! say {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let text = format!($($arg)*);
        let _ = writeln!(std::io::stderr(), "{}", $crate::controls::escape(&text, false));
    }};
}

pub mod cli;
pub mod config;
pub mod controls;
pub mod engine;
pub mod error;
#[doc(hidden)]
pub mod fuzzing;
pub mod i18n;
pub mod lock;
pub mod metrics;
pub mod record;
pub mod render;
pub mod report;
pub mod trust;

/// Work counted for the tests that hold loading, evaluating and drawing a
/// tree to time linear in it: the loops over a tree's files, ids,
/// objectives, key results and data days each count their steps here, and
/// a test compares the count for a tree with the count for one ten times
/// its size (engine/tests.rs). Counts nothing outside `cargo test`.
#[doc(hidden)]
pub mod work {
    #[cfg(test)]
    thread_local! {
        static STEPS: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
    }

    /// Counts `n` steps of work on this thread.
    #[inline(always)]
    pub fn step(n: usize) {
        #[cfg(test)]
        STEPS.with(|s| s.set(s.get() + n as u64));
        #[cfg(not(test))]
        let _ = n;
    }

    /// What `f` returns and the steps it counted on this thread.
    #[cfg(test)]
    pub fn counted<T>(f: impl FnOnce() -> T) -> (T, u64) {
        let before = STEPS.with(std::cell::Cell::get);
        let out = f();
        (out, STEPS.with(std::cell::Cell::get) - before)
    }
}

use std::ffi::OsString;
use std::process::ExitCode;

/// Parses `args`, runs the command and maps every outcome to an exit code
/// (DESIGN.md section 3): errors go to stderr with their whole chain.
pub fn run<I, T>(args: I) -> ExitCode
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    if let Some(tz) = trust::sanitize_tz() {
        say!("okr: TZ={tz} names no time zone file: using the system's time zone");
    }
    let args: Vec<OsString> = args.into_iter().map(Into::into).collect();
    let lang = i18n::from_args(&args).unwrap_or_default();
    i18n::set(
        lang,
        render::number::Locale::from_tag(lang.default_locale()),
    );
    let cli = match cli::help::parse(args) {
        Ok(cli) => cli,
        Err(e) => {
            // --help and --version are not errors; usage errors exit 2.
            cli::help::print(&e);
            return ExitCode::from(if e.use_stderr() {
                error::EXIT_BAD_INPUT
            } else {
                error::EXIT_OK
            });
        }
    };
    match cli::run(cli) {
        Ok(code) => ExitCode::from(code),
        Err(e) => {
            if is_broken_pipe(&e) {
                return ExitCode::from(error::EXIT_OK);
            }
            say!("{}", format_error(&e));
            ExitCode::from(error::EXIT_BAD_INPUT)
        }
    }
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

/// `error: ...` for one problem, every problem for many, then the causes.
pub fn format_error(e: &anyhow::Error) -> String {
    if let Some(all) = e.downcast_ref::<error::Diagnostics>() {
        return all.to_string();
    }
    let mut text = t!("error-line", error = e.to_string());
    for cause in e.chain().skip(1) {
        text.push_str("\n  ");
        text.push_str(&t!("error-caused-by", cause = cause.to_string()));
    }
    text
}
