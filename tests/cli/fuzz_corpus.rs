//! Replays the fuzzers' corpora and past crashes (fuzz/corpus/<target>/,
//! fuzz/regressions/<target>/) through the functions the fuzz targets
//! call, so `cargo test` keeps a fixed crash fixed without cargo-fuzz.

use std::path::Path;

fn replay(target: &str, run: fn(&[u8])) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz");
    let mut count = 0;
    for dir in ["corpus", "regressions"] {
        let Ok(entries) = std::fs::read_dir(root.join(dir).join(target)) else {
            continue;
        };
        let mut paths: Vec<_> = entries.map(|e| e.unwrap().path()).collect();
        paths.sort();
        for path in paths {
            // A running fuzzer replaces corpus files as it minimizes them.
            let Ok(data) = std::fs::read(&path) else {
                continue;
            };
            let outcome = std::panic::catch_unwind(|| run(&data));
            assert!(outcome.is_ok(), "{} panics", path.display());
            count += 1;
        }
    }
    assert!(count > 0, "no inputs for fuzz target {target}");
}

#[test]
fn csv_reader_corpus() {
    replay("csv", okr::fuzzing::csv);
}

#[test]
fn sniffer_corpus() {
    replay("sniff", okr::fuzzing::sniff);
}

#[test]
fn toml_loader_corpus() {
    replay("toml", okr::fuzzing::toml);
}

#[test]
fn config_with_paths_corpus() {
    replay("paths", okr::fuzzing::paths);
}
