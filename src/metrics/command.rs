//! `kind = "command"`: a warehouse's own client (`bq`, `snowsql`,
//! `clickhouse-client`, `duckdb`, `psql`) prints CSV on its stdout, read as
//! a CSV file with the source's options.
//!
//! An OKR file can come from a pull request that CI runs with secrets in
//! its environment (DESIGN.md section 1.3): a command runs only when the
//! person running okr allows it (`--allow-commands`, `OKR_ALLOW_COMMANDS`),
//! and nothing about it runs before that. It runs without a shell, stdin
//! closed, in the folder of the file that declared it; the placeholders are
//! filled in with SQL literals of checked values, never raw text.

use std::io::{Read, Write};
use std::path::Path;
use std::process::{Command, ExitStatus, Stdio};
use std::sync::{mpsc, RwLock};
use std::time::{Duration, Instant};

use super::csv_file::{self, FileData, Want};
use super::fast;
use crate::config::model::{ArgPiece, Cycle, Source, SourceKind};
use crate::error::data::{CommandEnd, CommandProblem};
use crate::error::{Diagnostic, Problem};
use crate::t;

/// The variable that allows commands: `1` (any program) or the programs,
/// comma-separated (`bq,duckdb`).
pub const ALLOW_ENV: &str = "OKR_ALLOW_COMMANDS";

/// The most a command may print on stdout.
const MAX_STDOUT_BYTES: u64 = 4 << 30;
/// What is kept of its stderr for the message.
const MAX_STDERR_BYTES: usize = 16 * 1024;

/// `--allow-commands[=PROGRAMS]` of this run, set once by the command line.
static ALLOWED: RwLock<Option<String>> = RwLock::new(None);

/// Allows commands for the rest of the run: `all`, or programs
/// comma-separated.
pub fn allow(programs: Option<&str>) {
    if let Ok(mut allowed) = ALLOWED.write() {
        *allowed = programs.map(str::to_string);
    }
}

/// Whether `program` may run: the flag, else the variable.
fn allowed(program: &str) -> bool {
    let flag = ALLOWED.read().ok().and_then(|a| a.clone());
    let Some(list) = flag.or_else(|| std::env::var(ALLOW_ENV).ok()) else {
        return false;
    };
    let list = list.trim();
    if ["1", "all", "true", "yes"].contains(&list.to_lowercase().as_str()) {
        return true;
    }
    list.split(',').any(|p| {
        let p = p.trim();
        !p.is_empty() && p == program
    })
}

/// Runs the command of a `kind = "command"` source and reads its CSV.
pub fn read(source: &Source, wants: &[Want], cycle: &Cycle) -> Result<FileData, Diagnostic> {
    let SourceKind::Command {
        argv,
        timeout_seconds,
        dir,
    } = &source.kind
    else {
        return Err(error(source, CommandProblem::NotACommand));
    };
    let program = match argv.first().map(|a| a.as_slice()) {
        Some([ArgPiece::Text(p)]) => p.clone(),
        _ => return Err(error(source, CommandProblem::NoProgram)),
    };
    if !allowed(&program) {
        return Err(error(
            source,
            CommandProblem::NotAllowed {
                program,
                env: ALLOW_ENV.to_string(),
            },
        ));
    }
    let args = expand(source, argv, wants, cycle)?;
    let output = run(source, &program, &args, *timeout_seconds, dir)?;
    read_output(source, &program, argv, output.path(), wants, cycle)
}

/// `source `name`: message`, located at the `[[sources]]` entry.
fn error(source: &Source, problem: CommandProblem) -> Diagnostic {
    let mut d = Diagnostic::new(Problem::in_source(
        &source.name,
        crate::error::DataProblem::Command(problem),
    ));
    let loc = &source.loc;
    if !loc.file.as_os_str().is_empty() {
        d = d
            .in_file(&loc.file)
            .at(loc.line, Some(loc.column).filter(|&c| c > 0));
    }
    d
}

/// The arguments with their placeholders filled in.
fn expand(
    source: &Source,
    argv: &[Vec<ArgPiece>],
    wants: &[Want],
    cycle: &Cycle,
) -> Result<Vec<String>, Diagnostic> {
    let mut names: Vec<String> = Vec::new();
    for w in wants {
        let name = w.column.trim().to_string();
        if !names.contains(&name) {
            names.push(name);
        }
    }
    let uses_metrics = argv.iter().flatten().any(|p| *p == ArgPiece::Metrics);
    if uses_metrics {
        if let Some(bad) = names.iter().find(|n| !safe_name(n)) {
            let key = wants
                .iter()
                .find(|w| w.column.trim() == bad)
                .map(|w| w.key.as_str())
                .unwrap_or_default();
            return Err(error(
                source,
                CommandProblem::UnsafeName {
                    metric: key.to_string(),
                    name: bad.escape_debug().to_string(),
                },
            ));
        }
    }
    let metrics = if names.is_empty() {
        // `IN (NULL)` matches no row.
        "NULL".to_string()
    } else {
        names
            .iter()
            .map(|n| format!("'{n}'"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    Ok(argv
        .iter()
        .map(|pieces| {
            pieces
                .iter()
                .map(|p| match p {
                    ArgPiece::Text(t) => t.clone(),
                    ArgPiece::Start => format!("'{}'", cycle.start.format("%Y-%m-%d")),
                    ArgPiece::End => format!("'{}'", cycle.end.format("%Y-%m-%d")),
                    ArgPiece::Metrics => metrics.clone(),
                })
                .collect()
        })
        .collect())
}

/// A metric name that is the same text in every SQL dialect's string
/// literal: no quotes, no backslash, no control characters.
fn safe_name(name: &str) -> bool {
    !name.is_empty()
        && name
            .chars()
            .all(|c| c.is_alphanumeric() || " _-.:/()%+#&@".contains(c))
}

/// Runs the command; its stdout in a temporary file.
fn run(
    source: &Source,
    program: &str,
    args: &[String],
    timeout_seconds: u64,
    dir: &Path,
) -> Result<tempfile::NamedTempFile, Diagnostic> {
    let out = tempfile::NamedTempFile::new().map_err(|e| {
        error(
            source,
            CommandProblem::NoTempFile {
                reason: e.to_string(),
            },
        )
    })?;
    let mut file = out.reopen().map_err(|e| {
        error(
            source,
            CommandProblem::CannotWriteOutput {
                reason: e.to_string(),
            },
        )
    })?;
    let mut command = Command::new(program);
    command
        .args(&args[1..])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        // A command it runs in turn (okr itself, say) is not allowed to.
        .env_remove(ALLOW_ENV);
    if !dir.as_os_str().is_empty() {
        command.current_dir(dir);
    }
    #[cfg(unix)]
    {
        use std::os::unix::process::CommandExt;
        // Its own process group, so that a timeout ends its children too.
        command.process_group(0);
    }
    let mut child = command.spawn().map_err(|e| {
        let (not_found, denied) = (
            e.kind() == std::io::ErrorKind::NotFound,
            e.kind() == std::io::ErrorKind::PermissionDenied,
        );
        error(
            source,
            CommandProblem::CannotRun {
                program: program.to_string(),
                reason: e.to_string(),
                not_found,
                denied,
                source: source.name.clone(),
            },
        )
    })?;
    let (Some(mut stdout), Some(mut stderr)) = (child.stdout.take(), child.stderr.take()) else {
        return Err(error(source, CommandProblem::NoPipe));
    };
    let (out_tx, out_rx) = mpsc::channel();
    std::thread::spawn(move || {
        let mut limited = (&mut stdout).take(MAX_STDOUT_BYTES + 1);
        let copied = std::io::copy(&mut limited, &mut file).and_then(|n| file.flush().map(|_| n));
        let _ = out_tx.send(copied);
    });
    let (err_tx, err_rx) = mpsc::channel();
    std::thread::spawn(move || {
        let mut kept = Vec::new();
        let mut buf = [0u8; 8192];
        while let Ok(n) = stderr.read(&mut buf) {
            if n == 0 {
                break;
            }
            let room = MAX_STDERR_BYTES.saturating_sub(kept.len());
            kept.extend_from_slice(&buf[..n.min(room)]);
        }
        let _ = err_tx.send(kept);
    });
    let deadline = Instant::now() + Duration::from_secs(timeout_seconds);
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if Instant::now() >= deadline => {
                kill(&mut child);
                return Err(error(
                    source,
                    CommandProblem::Timeout {
                        program: program.to_string(),
                        seconds: timeout_seconds,
                        source: source.name.clone(),
                    },
                ));
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(10)),
            Err(e) => {
                kill(&mut child);
                return Err(error(
                    source,
                    CommandProblem::CannotWait {
                        program: program.to_string(),
                        reason: e.to_string(),
                    },
                ));
            }
        }
    };
    // A child it left behind may hold stdout open: wait no longer than the
    // timeout for it.
    let left = deadline
        .saturating_duration_since(Instant::now())
        .max(Duration::from_millis(200));
    let stderr_text = err_rx.recv_timeout(left).unwrap_or_default();
    if !status.success() {
        return Err(failed(source, program, status, &stderr_text));
    }
    match out_rx.recv_timeout(left) {
        Ok(Ok(n)) if n > MAX_STDOUT_BYTES => Err(error(
            source,
            CommandProblem::TooMuchOutput {
                program: program.to_string(),
                gib: MAX_STDOUT_BYTES >> 30,
            },
        )),
        Ok(Ok(0)) => Err(error(
            source,
            CommandProblem::NoOutput {
                program: program.to_string(),
            },
        )),
        Ok(Ok(_)) => Ok(out),
        Ok(Err(e)) => Err(error(
            source,
            CommandProblem::CannotReadOutput {
                program: program.to_string(),
                reason: e.to_string(),
            },
        )),
        Err(_) => {
            kill(&mut child);
            Err(error(
                source,
                CommandProblem::KeptOpen {
                    program: program.to_string(),
                },
            ))
        }
    }
}

/// Ends the command and whatever it started (its process group).
fn kill(child: &mut std::process::Child) {
    #[cfg(unix)]
    {
        // `kill -KILL -PGID`: the group made at spawn.
        let _ = Command::new("kill")
            .args(["-KILL", "--", &format!("-{}", child.id())])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status();
    }
    let _ = child.kill();
    let _ = child.wait();
}

/// A command that failed: its exit code or signal, and the end of its
/// stderr, control characters escaped.
fn failed(source: &Source, program: &str, status: ExitStatus, stderr: &[u8]) -> Diagnostic {
    let end = match status.code() {
        Some(code) => CommandEnd::Exited(code),
        None => {
            #[cfg(unix)]
            {
                use std::os::unix::process::ExitStatusExt;
                match status.signal() {
                    Some(sig) => CommandEnd::Killed(sig),
                    None => CommandEnd::Failed,
                }
            }
            #[cfg(not(unix))]
            {
                CommandEnd::Failed
            }
        }
    };
    let text = String::from_utf8_lossy(stderr);
    let lines: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
    let shown: Vec<&str> = lines.iter().rev().take(12).rev().copied().collect();
    let stderr = if shown.is_empty() {
        None
    } else {
        let mut excerpt = shown.join("\n    ");
        if excerpt.chars().count() > 2000 {
            excerpt = excerpt.chars().take(2000).collect::<String>() + " …";
        }
        let cut = lines.len() > shown.len() || stderr.len() >= MAX_STDERR_BYTES;
        Some((crate::controls::escape(&excerpt, false).to_string(), cut))
    };
    error(
        source,
        CommandProblem::Failed {
            program: program.to_string(),
            end,
            stderr,
            source: source.name.clone(),
        },
    )
}

/// Reads the command's output as a CSV file of the source's options;
/// messages name the command, not the temporary file.
fn read_output(
    source: &Source,
    program: &str,
    argv: &[Vec<ArgPiece>],
    path: &Path,
    wants: &[Want],
    cycle: &Cycle,
) -> Result<FileData, Diagnostic> {
    let mut as_csv = source.clone();
    as_csv.kind = SourceKind::Csv {
        path: path.to_path_buf(),
    };
    let read = match fast::read(&as_csv, path, wants) {
        Some(data) => Ok(data),
        None => csv_file::read_for(&as_csv, path, wants, Some((cycle.start, cycle.end))),
    };
    let temp = path.display().to_string();
    match read {
        Ok(mut data) => {
            data.report.path = shown_command(argv);
            Ok(data)
        }
        Err(mut d) => {
            let label = t!("ed-command-output", program = program);
            d.hint = d.hint.map(|h| h.replace(&temp, &label));
            if d.file.as_deref() == Some(path) {
                d.file = Some(format!("<stdout of {program}>").into());
            }
            d.problem = Problem::in_command_output(&source.name, d.problem, &temp, program);
            Err(d)
        }
    }
}

/// The command as written, shortened, for `okr sources`.
fn shown_command(argv: &[Vec<ArgPiece>]) -> String {
    let text = argv
        .iter()
        .map(|a| {
            let arg = ArgPiece::written(a);
            if arg.contains(char::is_whitespace) || arg.is_empty() {
                format!("\"{}\"", arg.replace('"', "\\\""))
            } else {
                arg
            }
        })
        .collect::<Vec<_>>()
        .join(" ");
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.chars().count() > 80 {
        text.chars().take(79).collect::<String>() + "…"
    } else {
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn metric_names_in_queries_are_checked() {
        assert!(safe_name("signups"));
        assert!(safe_name("Revenue (EUR)"));
        assert!(safe_name("page_view:/pricing"));
        for bad in ["a'b", "a\\b", "a\"b", "x\n", "", "a;b"] {
            assert!(!safe_name(bad), "{bad:?}");
        }
    }

    #[test]
    fn programs_are_allowed_by_name_or_all() {
        allow(Some("bq, duckdb"));
        assert!(allowed("bq") && allowed("duckdb"));
        assert!(!allowed("sh") && !allowed("/usr/bin/bq"));
        allow(Some("all"));
        assert!(allowed("sh"));
        allow(None);
    }
}
