//! Entry points for the cargo-fuzz targets in `fuzz/` and for the test that
//! replays their corpora (`tests/cli/fuzz_corpus.rs`). Not a public API.
//!
//! Each function takes arbitrary bytes, must never panic, and checks what
//! must hold for any input (values are finite, errors are located).

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use crate::config::model::{
    Aggregate, CheckSettings, Config, Cycle, DisplayFormat, Layout, Loc, Metric, MetricKind,
    Settings, Source, SourceKind,
};
use crate::metrics::date::{self, DateEvidence, SlashOrder};
use crate::metrics::number;
use crate::render::Format;

thread_local! {
    /// One scratch directory per thread, kept for the life of the process.
    static DIR: RefCell<Option<tempfile::TempDir>> = const { RefCell::new(None) };
}

/// Writes `bytes` to `name` in this thread's scratch directory.
fn scratch_file(name: &str, bytes: &[u8]) -> PathBuf {
    DIR.with(|dir| {
        let mut dir = dir.borrow_mut();
        let dir = dir.get_or_insert_with(|| {
            tempfile::Builder::new()
                .prefix("okr-fuzz-")
                .tempdir()
                .expect("a scratch directory")
        });
        let path = dir.path().join(name);
        std::fs::write(&path, bytes).expect("a scratch file");
        path
    })
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("a valid date")
}

/// A config with one CSV source at `path` and a few metrics on it. The
/// first input byte chooses the layout and explicit reading options, so the
/// fuzzer explores the sniffed and the configured paths alike.
fn csv_config(path: &Path, options: u8) -> Config {
    let source = Source {
        name: "web".into(),
        kind: SourceKind::Csv {
            path: path.to_path_buf(),
        },
        layout: if options & 1 == 0 {
            Layout::Long
        } else {
            Layout::Wide
        },
        delimiter: (options & 2 != 0).then_some(b';'),
        decimal: (options & 4 != 0).then_some(','),
        date_format: (options & 8 != 0).then(|| "%d.%m.%Y".to_string()),
        date_column: (options & 16 != 0).then(|| "date".to_string()),
        metric_column: None,
        value_column: None,
        segment_column: None,
        table: None,
        skip_rows: usize::from(options >> 6),
        loc: Loc::default(),
    };
    let metric = |name: &str, segment: Option<&str>| Metric {
        name: name.into(),
        kind: MetricKind::Source {
            source: "web".into(),
            column: name.trim_end_matches("_organic").into(),
            segment: segment.map(Into::into),
        },
        aggregate: Aggregate::Sum,
        unit: None,
        format: DisplayFormat::Number,
        decimals: None,
        loc: Loc::default(),
    };
    let metrics: BTreeMap<String, Metric> = [
        metric("signups", None),
        metric("sessions", None),
        metric("signups_organic", Some("organic")),
    ]
    .into_iter()
    .map(|m| (m.name.clone(), m))
    .collect();
    Config {
        path: PathBuf::from("okrs.toml"),
        cycle: Cycle {
            name: "2026-Q1".into(),
            start: day(2026, 1, 1),
            end: day(2026, 3, 31),
        },
        settings: Settings::default(),
        check: CheckSettings::default(),
        sources: vec![source],
        metrics,
        north_star: None,
        objectives: Vec::new(),
        experiments: Vec::new(),
    }
}

/// The CSV reader: the first byte picks options, the rest is the file.
pub fn csv(data: &[u8]) {
    let Some((&options, file)) = data.split_first() else {
        return;
    };
    let path = scratch_file("metrics.csv", file);
    let config = csv_config(&path, options);
    match crate::metrics::load(&config) {
        Ok(loaded) => {
            for name in config.metrics.keys() {
                if let Some(series) = loaded.store.get(name) {
                    for (date, value) in &series.days {
                        assert!(value.is_finite(), "{name} on {date}: {value}");
                    }
                }
            }
            // Whatever was read evaluates without a panic.
            let _ = crate::engine::evaluate(&config, &loaded.store, day(2026, 2, 15));
        }
        Err(d) => assert_located(&d.to_string(), &path),
    }
}

fn assert_located(message: &str, path: &Path) {
    assert!(
        message.contains(&path.display().to_string()),
        "an error that does not name the file: {message}"
    );
}

/// The date and number sniffers: each line is a cell.
pub fn sniff(data: &[u8]) {
    let mut dates = DateEvidence::default();
    let mut scratch = Vec::new();
    for (i, cell) in data.split(|&b| b == b'\n').enumerate() {
        dates.observe(cell, i + 1);
        for order in [SlashOrder::DayFirst, SlashOrder::MonthFirst] {
            let _ = date::parse(cell, order);
        }
        let _ = number::evidence(cell, &mut scratch);
        for mark in [b'.', b','] {
            if let Ok(Some(value)) = number::parse(cell, mark, &mut scratch) {
                assert!(value.is_finite(), "{value} from {cell:?}");
            }
        }
    }
    if let Ok(reading) = dates.decide() {
        for cell in data.split(|&b| b == b'\n') {
            let _ = date::parse(cell, reading.order);
        }
    }
}

/// The TOML loader, then the engine over no data. Inputs that could make
/// the loader read other files (`include`) are skipped: a fuzzer must not
/// glob the machine's file system.
pub fn toml(data: &[u8]) {
    let lower = data.to_ascii_lowercase();
    if lower.windows(4).any(|w| w == b"incl") || data.contains(&b'\\') {
        return;
    }
    let path = scratch_file("okrs.toml", data);
    match crate::metrics::load_config(&path) {
        Ok(config) => {
            let store = crate::metrics::MetricStore::new();
            let opts = crate::render::RenderOptions::default();
            for as_of in [config.cycle.start, config.cycle.end] {
                let report = crate::engine::evaluate(&config, &store, as_of);
                for format in [Format::Table, Format::Json, Format::Csv, Format::Markdown] {
                    let _ = crate::render::render(&report, format, &opts);
                }
            }
        }
        Err(all) => {
            for d in &all.0 {
                if d.file.is_none() {
                    panic!("an error without its file: {d}");
                }
            }
        }
    }
}

/// What the `paths` target's file outside the project holds: no message may
/// ever show it.
pub const CANARY: &str = "CANARY-7f3a machine example password hunter2";

thread_local! {
    /// The `paths` target's project, laid out once per thread.
    static PROJECT: RefCell<Option<(tempfile::TempDir, PathBuf)>> = const { RefCell::new(None) };
}

/// A hostile project: includes and sources that lead outside it, a
/// symlink loop, a link to `/dev/zero`, and a secret beside it.
fn paths_project() -> PathBuf {
    PROJECT.with(|project| {
        let mut project = project.borrow_mut();
        let (_, root) = project.get_or_insert_with(|| {
            let dir = tempfile::Builder::new()
                .prefix("okr-fuzz-paths-")
                .tempdir()
                .expect("a scratch directory");
            let root = dir.path().join("project");
            let made = (|| -> std::io::Result<()> {
                std::fs::create_dir_all(dir.path().join("outside"))?;
                std::fs::write(dir.path().join("outside/secret"), CANARY)?;
                std::fs::create_dir_all(root.join("teams"))?;
                std::fs::create_dir_all(root.join("data"))?;
                std::fs::write(
                    root.join("teams/a.toml"),
                    "[[objectives]]\nid = \"team-a\"\ntitle = \"A\"\n  [[objectives.key_results]]\n  id = \"a-launch\"\n  title = \"Launch\"\n  done = false\n",
                )?;
                std::fs::write(
                    root.join("data/web.csv"),
                    "date,metric,value\n2026-01-05,visits,3\n",
                )?;
                #[cfg(unix)]
                {
                    use std::os::unix::fs::symlink;
                    symlink("../outside/secret", root.join("link-out.csv"))?;
                    symlink("/dev/zero", root.join("zero.csv"))?;
                    symlink(".", root.join("teams/loop"))?;
                    symlink("/proc/self/environ", root.join("env.toml"))?;
                }
                Ok(())
            })();
            made.expect("the hostile project");
            (dir, root)
        });
        root.clone()
    })
}

/// The loader on an OKR file that may name any path: includes (globs
/// too), sources, SQLite files. Whatever it names, loading ends (no glob
/// loop, no endless read), never panics, and no message shows a byte of a
/// file outside the project.
pub fn paths(data: &[u8]) {
    let root = paths_project();
    let path = root.join("okrs.toml");
    std::fs::write(&path, data).expect("the OKR file");
    let messages = match crate::metrics::load_config(&path) {
        Ok(config) => match crate::metrics::load(&config) {
            Ok(_) => Vec::new(),
            Err(d) => vec![d.to_string()],
        },
        Err(all) => all.0.iter().map(ToString::to_string).collect(),
    };
    for message in messages {
        assert!(
            !message.contains("CANARY"),
            "a refused file was shown: {message}"
        );
        assert!(
            !message.contains("hunter2"),
            "a refused file was shown: {message}"
        );
    }
}
