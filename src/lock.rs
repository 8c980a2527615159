//! The edit lock: every command that edits a project's files (`set`,
//! `checkin`, `experiment add|start|finish`, `init`, and later `next` and
//! `close`) holds it from reading the files to the last rename, so two
//! people or scripts editing at once lose nothing: the second waits (at
//! most [`timeout`], then a clear error) and reads what the first wrote.
//!
//! The lock is an exclusive `flock` on the directory of the main OKR file:
//! a directory's inode outlives every rename inside it, where a lock on the
//! file itself would be lost when the file is replaced (on systems that
//! cannot open a directory, a `.okr.lock` file in it). Temporary files of
//! edits are named `.okr-edit-*.tmp`; a holder of the lock removes those
//! older than its lock (left by an `okr` that was killed mid-edit: nobody
//! else can be writing them).

use std::cell::Cell;
use std::fs::File;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant, SystemTime};

use crate::error::data::FileProblem;
use crate::error::Diagnostic;

/// How long to wait for another edit by default.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(10);

/// The variable that sets how long to wait, in seconds.
pub const TIMEOUT_ENV: &str = "OKR_LOCK_TIMEOUT";

/// Temporary files of edits start with this and end with [`TEMP_SUFFIX`].
pub const TEMP_PREFIX: &str = ".okr-edit-";
pub const TEMP_SUFFIX: &str = ".tmp";

thread_local! {
    /// When this thread took the lock, while it holds it.
    static HELD_SINCE: Cell<Option<SystemTime>> = const { Cell::new(None) };
}

/// The held lock; dropping it releases it.
#[derive(Debug)]
pub struct EditLock {
    file: File,
    dir: PathBuf,
}

impl Drop for EditLock {
    fn drop(&mut self) {
        HELD_SINCE.set(None);
        let _ = fs4::fs_std::FileExt::unlock(&self.file);
    }
}

impl EditLock {
    pub fn dir(&self) -> &Path {
        &self.dir
    }
}

/// How long [`acquire`] waits: `OKR_LOCK_TIMEOUT` seconds, else 10 s.
pub fn timeout() -> Duration {
    std::env::var(TIMEOUT_ENV)
        .ok()
        .and_then(|s| s.trim().parse::<f64>().ok())
        .filter(|s| s.is_finite() && *s >= 0.0 && *s <= 3600.0)
        .map_or(DEFAULT_TIMEOUT, Duration::from_secs_f64)
}

/// Takes the edit lock of the project whose main OKR file is (or will be)
/// `main`, waiting at most [`timeout`].
pub fn acquire(main: &Path) -> Result<EditLock, Diagnostic> {
    let dir = match main.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let fail = |e: std::io::Error| {
        Diagnostic::new(FileProblem::CannotLock {
            dir: dir.clone(),
            reason: crate::config::io_reason(&e),
        })
    };
    let file = lock_handle(&dir).map_err(fail)?;
    let wait = timeout();
    let started = Instant::now();
    loop {
        match fs4::fs_std::FileExt::try_lock_exclusive(&file) {
            Ok(true) => break,
            Ok(false) => {}
            Err(e) => return Err(fail(e)),
        }
        if started.elapsed() >= wait {
            return Err(Diagnostic::new(FileProblem::Busy {
                main: main.to_path_buf(),
                seconds: wait.as_secs_f64().to_string(),
                env: TIMEOUT_ENV.to_string(),
            }));
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    HELD_SINCE.set(Some(SystemTime::now()));
    Ok(EditLock { file, dir })
}

/// What is locked: the directory itself on Unix; elsewhere, where a
/// directory cannot be opened as a file, `.okr.lock` in it.
fn lock_handle(dir: &Path) -> std::io::Result<File> {
    #[cfg(unix)]
    {
        File::open(dir)
    }
    #[cfg(not(unix))]
    {
        std::fs::OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .open(dir.join(".okr.lock"))
    }
}

/// A temporary file in `dir` for a file about to be replaced, named so that
/// a later holder of the lock can clean it up; removed when dropped.
pub fn temp_file_in(dir: &Path) -> std::io::Result<tempfile::NamedTempFile> {
    remove_stale_temps(dir);
    tempfile::Builder::new()
        .prefix(TEMP_PREFIX)
        .suffix(TEMP_SUFFIX)
        .tempfile_in(dir)
}

/// Removes `.okr-edit-*.tmp` files in `dir` older than this process's lock:
/// their writer died before it could rename or remove them.
fn remove_stale_temps(dir: &Path) {
    let Some(since) = HELD_SINCE.get() else {
        return;
    };
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        // `.okr-set-*.tmp`: the name earlier versions of `okr set` used.
        let ours = name.starts_with(TEMP_PREFIX) || name.starts_with(".okr-set-");
        if !(ours && name.ends_with(TEMP_SUFFIX)) {
            continue;
        }
        let stale = entry
            .metadata()
            .and_then(|m| m.modified())
            .is_ok_and(|t| t < since);
        if stale && entry.file_type().is_ok_and(|t| t.is_file()) {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

/// Makes a rename in `dir` durable.
pub fn sync_dir(dir: &Path) -> std::io::Result<()> {
    File::open(dir)?.sync_all()
}

/// Gives `file` the owner and group of `like`, so that an edit by root
/// does not make another user's file root's. Best effort elsewhere: only
/// root may give a file away.
#[cfg(unix)]
pub fn same_owner(file: &File, like: &std::fs::Metadata) -> std::io::Result<()> {
    use std::os::unix::fs::MetadataExt;
    let now = file.metadata()?;
    if now.uid() == like.uid() && now.gid() == like.gid() {
        return Ok(());
    }
    match std::os::unix::fs::fchown(file, Some(like.uid()), Some(like.gid())) {
        // Not root: the file becomes the editor's, as any editor makes it.
        Err(e) if e.kind() == std::io::ErrorKind::PermissionDenied => Ok(()),
        other => other,
    }
}

#[cfg(not(unix))]
pub fn same_owner(_file: &File, _like: &std::fs::Metadata) -> std::io::Result<()> {
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_holder_waits_then_gives_up() {
        let dir = tempfile::tempdir().unwrap();
        let main = dir.path().join("okrs.toml");
        let held = acquire(&main).unwrap();
        // Another process's lock: a second open file description.
        let other = File::open(dir.path()).unwrap();
        assert!(!fs4::fs_std::FileExt::try_lock_exclusive(&other).unwrap());
        drop(held);
        assert!(fs4::fs_std::FileExt::try_lock_exclusive(&other).unwrap());
        std::env::set_var(TIMEOUT_ENV, "0.2");
        let started = Instant::now();
        let refused = acquire(&main).unwrap_err();
        std::env::remove_var(TIMEOUT_ENV);
        assert!(started.elapsed() >= Duration::from_millis(200));
        assert!(
            refused.message().contains("another okr is editing"),
            "{refused}"
        );
    }

    #[test]
    fn stale_temporary_files_are_removed_by_the_next_holder() {
        let dir = tempfile::tempdir().unwrap();
        let stale = dir.path().join(format!("{TEMP_PREFIX}killed{TEMP_SUFFIX}"));
        std::fs::write(&stale, "half an edit").unwrap();
        let legacy = dir.path().join(".okr-set-AbC123.tmp");
        std::fs::write(&legacy, "half an older edit").unwrap();
        let other = dir.path().join("notes.tmp");
        std::fs::write(&other, "not ours").unwrap();
        std::thread::sleep(Duration::from_millis(20));
        let _lock = acquire(&dir.path().join("okrs.toml")).unwrap();
        let tmp = temp_file_in(dir.path()).unwrap();
        assert!(!stale.exists());
        assert!(!legacy.exists());
        assert!(other.exists());
        assert!(tmp.path().exists());
    }
}
