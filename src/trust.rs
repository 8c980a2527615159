//! Paths and trust (DESIGN.md section 1.3). An OKR file can come from a pull
//! request that CI runs with secrets in its environment: it is input, not
//! instructions. Every path that OKR files name (includes, source paths, the
//! check-in log, experiment files) must resolve, after symlinks, to a
//! regular file inside the project root, or to one inside a directory that
//! the person running `okr` allowed (`--allow-path DIR`, `OKR_ALLOW_PATHS`).
//! Refusals never show a byte of the refused file.
//!
//! The project root is the top of the git work tree that holds the main OKR
//! file (the nearest parent with a `.git` entry, a directory or a worktree's
//! file), else that file's directory.

use std::path::{Path, PathBuf};
use std::sync::RwLock;

pub use crate::error::data::{Named, PathRefusal as Refusal, RefusalKind};

/// The variable that allows more directories, `:`-separated.
pub const ALLOW_ENV: &str = "OKR_ALLOW_PATHS";

/// How large one OKR file may be.
pub const MAX_OKR_FILE_BYTES: u64 = 8 * 1024 * 1024;
/// How many files an OKR file may include, at every depth together.
pub const MAX_OKR_FILES: usize = 10_000;
/// How deep includes may nest (the main file includes at depth 1).
pub const MAX_INCLUDE_DEPTH: usize = 8;
/// How many directory entries one include pattern may look at.
pub const MAX_GLOB_ENTRIES: usize = 200_000;

/// `--allow-path` directories of this run, set once by the command line.
static ALLOWED: RwLock<Vec<PathBuf>> = RwLock::new(Vec::new());

/// Allows the directories of `--allow-path` for the rest of the run.
pub fn allow(dirs: &[PathBuf]) {
    if let Ok(mut allowed) = ALLOWED.write() {
        allowed.clear();
        allowed.extend(dirs.iter().cloned());
    }
}

/// What a path may resolve to.
#[derive(Debug, Clone)]
pub struct Trust {
    root: PathBuf,
    allowed: Vec<PathBuf>,
}

impl Trust {
    /// The trust of the OKR file at `main`: its project root, and the
    /// directories `--allow-path` and `OKR_ALLOW_PATHS` allow.
    pub fn for_main(main: &Path) -> Trust {
        let mut dirs: Vec<PathBuf> = ALLOWED.read().map(|a| a.clone()).unwrap_or_default();
        if let Some(env) = std::env::var_os(ALLOW_ENV) {
            dirs.extend(std::env::split_paths(&env).filter(|p| !p.as_os_str().is_empty()));
        }
        Trust::new(main, &dirs)
    }

    /// As [`Trust::for_main`] with exactly these allowed directories.
    pub fn new(main: &Path, allowed: &[PathBuf]) -> Trust {
        Trust {
            root: project_root(main),
            allowed: allowed
                .iter()
                .filter_map(|d| d.canonicalize().ok())
                .collect(),
        }
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    fn inside(&self, canonical: &Path) -> bool {
        canonical.starts_with(&self.root) || self.allowed.iter().any(|d| canonical.starts_with(d))
    }

    /// Inside the work tree's git directory, which holds no OKR data but
    /// may hold credentials (CI checkouts keep a token in `.git/config`).
    fn in_git_dir(&self, canonical: &Path) -> bool {
        canonical.starts_with(self.root.join(".git"))
            && !self.allowed.iter().any(|d| canonical.starts_with(d))
    }

    /// Checks a path an OKR file names (`what` says which, e.g. the file
    /// of source `web`). Ok with the resolved path when it is a regular file inside
    /// the root or an allowed directory; Ok(None) when nothing is there (or
    /// a directory inside), for the caller's own message; else a refusal.
    pub fn check(&self, path: &Path, what: &Named) -> Result<Option<PathBuf>, Refusal> {
        let refuse = |kind| Refusal {
            named: what.clone(),
            path: path.to_path_buf(),
            kind,
        };
        let canonical = match path.canonicalize() {
            Ok(c) => c,
            Err(_) => {
                // A symlink to nothing would be created or read through.
                if path
                    .symlink_metadata()
                    .is_ok_and(|m| m.file_type().is_symlink())
                {
                    return Err(refuse(RefusalKind::Dangling));
                }
                // Not there: the parent must not lead outside either.
                if let Some(parent) = path.parent().and_then(|p| p.canonicalize().ok()) {
                    if !self.inside(&parent) {
                        return Err(self.outside(what, path));
                    }
                }
                return Ok(None);
            }
        };
        if !self.inside(&canonical) {
            return Err(self.outside(what, path));
        }
        if self.in_git_dir(&canonical) {
            return Err(refuse(RefusalKind::GitDir));
        }
        let meta = std::fs::metadata(&canonical).map_err(|_| refuse(RefusalKind::Unreadable))?;
        if meta.is_dir() {
            return Ok(None);
        }
        if !meta.is_file() {
            return Err(refuse(RefusalKind::NotRegular));
        }
        Ok(Some(canonical))
    }

    /// Checks a directory a glob walks from, so that a pattern never walks
    /// a tree it may not read.
    pub fn check_dir(&self, dir: &Path, what: &Named) -> Result<(), Refusal> {
        match dir.canonicalize() {
            Ok(c) if !self.inside(&c) => Err(self.outside(what, dir)),
            _ => Ok(()),
        }
    }

    fn outside(&self, what: &Named, path: &Path) -> Refusal {
        Refusal {
            named: what.clone(),
            path: path.to_path_buf(),
            kind: RefusalKind::Outside {
                root: self.root.clone(),
            },
        }
    }
}

/// The top of the git work tree holding `main`, else `main`'s directory.
pub fn project_root(main: &Path) -> PathBuf {
    let dir = match main.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let dir = dir
        .canonicalize()
        .or_else(|_| std::path::absolute(&dir))
        .unwrap_or(dir);
    dir.ancestors()
        .find(|d| d.join(".git").symlink_metadata().is_ok())
        .map_or_else(|| dir.clone(), Path::to_path_buf)
}

/// Reads at most `limit` bytes of a file; `Err(None)` when it is larger.
pub fn read_bounded(path: &Path, limit: u64) -> std::io::Result<Option<Vec<u8>>> {
    use std::io::Read;
    let file = std::fs::File::open(path)?;
    let mut bytes = Vec::new();
    file.take(limit + 1).read_to_end(&mut bytes)?;
    Ok((bytes.len() as u64 <= limit).then_some(bytes))
}

/// A `TZ` that names a file which is no time zone file (`TZ=:/dev/zero`)
/// would be read without end by the clock: such a `TZ` is dropped, and the
/// system's zone used. Returns the value dropped.
pub fn sanitize_tz() -> Option<String> {
    let value = std::env::var("TZ").ok()?;
    let name = value.strip_prefix(':').unwrap_or(&value);
    if name.is_empty() {
        return None;
    }
    let path = if name.starts_with('/') {
        PathBuf::from(name)
    } else {
        Path::new("/usr/share/zoneinfo").join(name)
    };
    let bad = match std::fs::metadata(&path) {
        Ok(meta) => !meta.is_file() || meta.len() > 1024 * 1024,
        Err(_) => false,
    };
    if bad {
        // Single-threaded: called first thing by `run`.
        std::env::remove_var("TZ");
        Some(value)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(unix)]
    #[test]
    fn paths_resolve_inside_the_root_or_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("repo");
        std::fs::create_dir_all(root.join(".git")).unwrap();
        std::fs::create_dir_all(root.join("okr/data")).unwrap();
        let main = root.join("okr/okrs.toml");
        std::fs::write(&main, "").unwrap();
        std::fs::write(root.join("okr/data/web.csv"), "date").unwrap();
        std::fs::write(dir.path().join("secret"), "password").unwrap();
        let trust = Trust::new(&main, &[]);
        assert_eq!(trust.root(), root.canonicalize().unwrap());
        // Up to the git root is inside.
        assert!(trust
            .check(&root.join("okr/../okr/data/web.csv"), &Named::Export)
            .unwrap()
            .is_some());
        assert!(trust
            .check(&root.join("missing.csv"), &Named::Export)
            .unwrap()
            .is_none());
        let outside = trust
            .check(&dir.path().join("secret"), &Named::Export)
            .unwrap_err();
        assert!(
            outside.message().contains("outside the project root"),
            "{outside:?}"
        );
        std::os::unix::fs::symlink("/proc/self/environ", root.join("okr/env.csv")).unwrap();
        assert!(trust
            .check(&root.join("okr/env.csv"), &Named::Export)
            .is_err());
        std::os::unix::fs::symlink(dir.path().join("nothing"), root.join("okr/dangling")).unwrap();
        let dangling = trust
            .check(&root.join("okr/dangling"), &Named::CheckinLog)
            .unwrap_err();
        assert!(dangling.message().contains("symlink to nothing"));
        assert!(trust
            .check(Path::new("/dev/zero"), &Named::Include)
            .is_err());
        // git's own files may hold a token.
        std::fs::write(root.join(".git/config"), "[http]\nextraheader = secret").unwrap();
        let git = trust
            .check(&root.join("okr/../.git/config"), &Named::Include)
            .unwrap_err();
        assert!(
            git.message().contains("inside the git directory"),
            "{git:?}"
        );
        // Allowed by the person, not by the file.
        let allowed = Trust::new(&main, &[dir.path().to_path_buf()]);
        assert!(allowed
            .check(&dir.path().join("secret"), &Named::Export)
            .unwrap()
            .is_some());
    }

    #[cfg(unix)]
    #[test]
    fn fifos_inside_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let main = dir.path().join("okrs.toml");
        let fifo = dir.path().join("pipe.csv");
        let made = std::process::Command::new("mkfifo").arg(&fifo).status();
        if !made.is_ok_and(|s| s.success()) {
            return;
        }
        let refused = Trust::new(&main, &[])
            .check(&fifo, &Named::Export)
            .unwrap_err();
        assert!(
            refused.message().contains("not a regular file"),
            "{refused:?}"
        );
    }

    #[cfg(unix)]
    #[test]
    fn reads_are_bounded() {
        assert_eq!(read_bounded(Path::new("/dev/zero"), 1024).unwrap(), None);
        let dir = tempfile::tempdir().unwrap();
        let small = dir.path().join("x");
        std::fs::write(&small, "abc").unwrap();
        assert_eq!(read_bounded(&small, 3).unwrap(), Some(b"abc".to_vec()));
    }
}
