//! A spinner on stderr while the metric sources are read: only on a
//! terminal, never with `--quiet`, and only once reading has taken longer
//! than a moment, so quick runs and pipes stay silent.

use std::io::IsTerminal;
use std::sync::mpsc;
use std::thread;
use std::time::Duration;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// Reading that ends before this shows nothing.
const DELAY: Duration = Duration::from_millis(300);

/// Runs `read`, with a spinner saying `message` on stderr once it has run
/// for [`DELAY`], when `enabled` and stderr is a terminal.
pub fn while_reading<T>(enabled: bool, message: String, read: impl FnOnce() -> T) -> T {
    if !enabled || !std::io::stderr().is_terminal() {
        return read();
    }
    let (done, wait) = mpsc::channel::<()>();
    let spinner = thread::spawn(move || {
        // The sender is dropped when reading ends: Disconnected, not Timeout.
        if wait.recv_timeout(DELAY) != Err(mpsc::RecvTimeoutError::Timeout) {
            return;
        }
        let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
        let style = ProgressStyle::with_template("{spinner} {msg} ({elapsed})")
            .unwrap_or_else(|_| ProgressStyle::default_spinner());
        bar.set_style(style);
        bar.set_message(message);
        bar.enable_steady_tick(Duration::from_millis(80));
        let _ = wait.recv();
        bar.finish_and_clear();
    });
    let result = read();
    drop(done);
    // The spinner thread only draws; if it panicked, there is nothing to undo.
    let _ = spinner.join();
    result
}

/// `reading 4 metric sources` or `reading data/web.csv`.
pub fn message(config: &crate::config::model::Config) -> String {
    // Drawn on the terminal by the progress bar, not through `say!`.
    let text = match config.sources.as_slice() {
        [one] => match &one.kind {
            crate::config::model::SourceKind::Csv { path } => format!(
                "reading {}",
                path.file_name().unwrap_or_default().to_string_lossy()
            ),
            _ => format!("reading source `{}`", one.name),
        },
        many => format!("reading {} metric sources", many.len()),
    };
    crate::controls::escape(&text, false).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_work_is_done_with_or_without_a_spinner() {
        assert_eq!(while_reading(false, String::new(), || 7), 7);
        // In tests stderr is rarely a terminal; either way the result comes back.
        assert_eq!(while_reading(true, "reading".into(), || "done"), "done");
    }
}
