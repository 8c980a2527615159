//! CLI tests: the real `okr` binary on the files in tests/fixtures/.
//! Each test reads as a specification: files in, a command, the expected
//! output and exit status. One test binary, one module per command.

mod util;

mod check;
mod checkin;
mod db;
mod digest;
mod edits;
mod errors;
mod experiments;
mod fuzz_corpus;
mod hardening;
mod injection;
mod metrics_cmd;
mod north_star;
mod report;
mod safety;
mod second_edition;
mod show;
mod sources;
mod status;
mod terminal;
mod trust;
