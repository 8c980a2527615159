//! CLI tests: the real `okr` binary on the files in tests/fixtures/.
//! Each test reads as a specification: files in, a command, the expected
//! output and exit status. One test binary, one module per command.

mod util;

mod check;
mod checkin;
mod code_map;
mod db;
mod digest;
#[cfg(unix)]
mod edits;
mod errors;
mod exact;
mod experiments;
mod fuzz_corpus;
#[cfg(unix)]
mod hardening;
mod init_from;
#[cfg(unix)]
mod injection;
mod lang_check;
mod lang_errors_cli;
mod lang_errors_config;
mod lang_errors_data;
mod lang_init;
mod lang_next;
mod lang_review;
mod lang_status;
mod metrics_cmd;
mod north_star;
mod one_voice;
mod report;
mod rituals;
mod safety;
mod second_edition;
mod show;
mod sources;
mod status;
mod tables;
mod terminal;
#[cfg(unix)]
mod trust;
