//! Concurrent hands: every edit command holds the project's edit lock from
//! its first read to its last rename, so nothing is lost; an edit that
//! failed leaves the files exactly as they were; success is reported only
//! for what is on disk.

use std::os::unix::fs::{FileTypeExt, MetadataExt};
use std::path::Path;
use std::time::Duration;

use crate::util::{assert_ok, okr};

fn project(workers: usize) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let mut text =
        String::from("[cycle]\nname = \"2026-Q1\"\nstart = 2026-01-01\nend = 2026-03-31\n");
    for w in 0..workers {
        text.push_str(&format!(
            "\n[[objectives]]\nid = \"o{w}\"\ntitle = \"Objective {w}\"\n\n  [[objectives.key_results]]\n  id = \"k{w}\"\n  title = \"Survey {w}\"\n  start = 1\n  target = 2\n"
        ));
    }
    std::fs::write(dir.path().join("okrs.toml"), text).unwrap();
    dir
}

fn edit(dir: &Path, args: &[&str]) -> std::process::Output {
    okr()
        .current_dir(dir)
        .args(args)
        .args(["-c", "okrs.toml", "-q"])
        .timeout(Duration::from_secs(60))
        .output()
        .unwrap()
}

#[test]
fn four_editors_making_fifty_edits_each_lose_nothing() {
    const WORKERS: usize = 4;
    const EDITS: usize = 50;
    let dir = project(WORKERS);
    let path = dir.path().to_path_buf();
    let workers: Vec<_> = (0..WORKERS)
        .map(|w| {
            let path = path.clone();
            std::thread::spawn(move || {
                for i in 0..EDITS {
                    let (kr, id) = (format!("k{w}"), format!("e{w}-{i}"));
                    let value = format!("{}", 100 + i);
                    let args: Vec<&str> = match i % 3 {
                        0 => vec!["set", &kr, "target=VALUE"],
                        1 => vec!["checkin", &kr, &value, "--date", "2026-02-01"],
                        _ => vec!["experiment", "add", &id, "--title", "An idea"],
                    };
                    let target = format!("target={value}");
                    let args: Vec<&str> = args
                        .into_iter()
                        .map(|a| {
                            if a == "target=VALUE" {
                                target.as_str()
                            } else {
                                a
                            }
                        })
                        .collect();
                    let out = edit(&path, &args);
                    assert_ok(&out);
                }
            })
        })
        .collect();
    for w in workers {
        w.join().unwrap();
    }
    let text = std::fs::read_to_string(path.join("okrs.toml")).unwrap();
    let log = std::fs::read_to_string(path.join("checkins.csv")).unwrap();
    for w in 0..WORKERS {
        let last_set = (0..EDITS).filter(|i| i % 3 == 0).max().unwrap();
        let kr = format!("id = \"k{w}\"");
        let after = &text[text.find(&kr).unwrap()..];
        let target_line = after
            .lines()
            .find(|l| l.trim_start().starts_with("target"))
            .unwrap();
        assert_eq!(
            target_line.trim(),
            format!("target = {}", 100 + last_set),
            "k{w}"
        );
        for i in 0..EDITS {
            match i % 3 {
                0 => {}
                1 => assert!(
                    log.contains(&format!("2026-02-01,k{w},{},", 100 + i)),
                    "check-in k{w} {i}"
                ),
                _ => assert!(
                    text.contains(&format!("id = \"e{w}-{i}\"")),
                    "experiment e{w}-{i}"
                ),
            }
        }
    }
    let rows = log.lines().count() - 1;
    assert_eq!(rows, WORKERS * (0..EDITS).filter(|i| i % 3 == 1).count());
    // No temporary file is left behind.
    for entry in std::fs::read_dir(&path).unwrap() {
        let name = entry.unwrap().file_name().to_string_lossy().to_string();
        assert!(!name.ends_with(".tmp"), "{name}");
    }
    let out = edit(&path, &["validate"]);
    assert_ok(&out);
}

#[test]
fn an_edit_waits_a_bounded_time_for_the_lock() {
    let dir = project(1);
    // Someone else holds the lock: the directory of the OKR file.
    let holder = std::fs::File::open(dir.path()).unwrap();
    fs4::fs_std::FileExt::lock_exclusive(&holder).unwrap();
    let before = std::fs::read(dir.path().join("okrs.toml")).unwrap();
    for args in [
        vec!["set", "k0", "target=3"],
        vec!["checkin", "k0", "1.5", "--date", "2026-02-01"],
        vec!["experiment", "add", "e", "--title", "An idea"],
    ] {
        let out = okr()
            .current_dir(dir.path())
            .env("OKR_LOCK_TIMEOUT", "0.3")
            .args(&args)
            .args(["-c", "okrs.toml"])
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{stderr}");
        assert!(stderr.contains("another okr is editing"), "{stderr}");
        assert!(stderr.contains("nothing was written"), "{stderr}");
    }
    assert_eq!(std::fs::read(dir.path().join("okrs.toml")).unwrap(), before);
    assert!(!dir.path().join("checkins.csv").exists());
}

#[test]
fn stale_temporary_files_of_killed_edits_are_removed() {
    let dir = project(1);
    let stale = dir.path().join(".okr-edit-killed.tmp");
    std::fs::write(&stale, "half an edit").unwrap();
    std::thread::sleep(Duration::from_millis(20));
    assert_eq!(
        edit(dir.path(), &["set", "k0", "target=3"]).status.code(),
        Some(0)
    );
    assert!(!stale.exists());
}

#[test]
fn an_edit_by_root_keeps_the_files_owner() {
    let dir = project(1);
    let path = dir.path().join("okrs.toml");
    if std::fs::metadata(&path).unwrap().uid() != 0 {
        eprintln!("skipped: not root");
        return;
    }
    std::os::unix::fs::chown(&path, Some(4242), Some(4343)).unwrap();
    assert_eq!(
        edit(dir.path(), &["set", "k0", "target=3"]).status.code(),
        Some(0)
    );
    let meta = std::fs::metadata(&path).unwrap();
    assert_eq!((meta.uid(), meta.gid()), (4242, 4343));
    assert!(std::fs::read_to_string(&path)
        .unwrap()
        .contains("target = 3"));
    // A new check-in log belongs to the directory's owner.
    std::os::unix::fs::chown(dir.path(), Some(4242), Some(4343)).unwrap();
    let out = edit(
        dir.path(),
        &["checkin", "k0", "1.5", "--date", "2026-02-01"],
    );
    assert_ok(&out);
    let log = std::fs::metadata(dir.path().join("checkins.csv")).unwrap();
    assert_eq!((log.uid(), log.gid()), (4242, 4343));
}

#[test]
fn experiment_add_writes_only_to_okr_files() {
    let dir = project(1);
    let outside = tempfile::tempdir().unwrap();
    let victim = outside.path().join("notes.toml");
    std::fs::write(&victim, "# not an OKR file\n").unwrap();
    let file = victim.to_str().unwrap();
    let out = edit(
        dir.path(),
        &["experiment", "add", "e", "--title", "x", "--file", file],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("is not one of the OKR files"));
    assert_eq!(
        std::fs::read_to_string(&victim).unwrap(),
        "# not an OKR file\n"
    );
    // An included file is one.
    let main = dir.path().join("okrs.toml");
    let text = std::fs::read_to_string(&main).unwrap();
    std::fs::write(&main, format!("include = [\"team.toml\"]\n{text}")).unwrap();
    std::fs::write(dir.path().join("team.toml"), "").unwrap();
    let out = edit(
        dir.path(),
        &[
            "experiment",
            "add",
            "e",
            "--title",
            "x",
            "--file",
            "team.toml",
        ],
    );
    assert_ok(&out);
    assert!(std::fs::read_to_string(dir.path().join("team.toml"))
        .unwrap()
        .contains("id = \"e\""));
}

#[test]
fn output_files_are_written_through_symlinks_and_never_to_devices() {
    let dir = project(1);
    let real = dir.path().join("real.md");
    std::fs::write(&real, "old").unwrap();
    std::os::unix::fs::symlink("real.md", dir.path().join("link.md")).unwrap();
    let report = |out: &str| {
        okr()
            .current_dir(dir.path())
            .args([
                "report",
                "-c",
                "okrs.toml",
                "--as-of",
                "2026-02-15",
                "--force",
                "-o",
                out,
            ])
            .output()
            .unwrap()
    };
    let out = report("link.md");
    assert_ok(&out);
    let link = dir.path().join("link.md");
    assert!(link.symlink_metadata().unwrap().file_type().is_symlink());
    assert!(std::fs::read_to_string(&real)
        .unwrap()
        .contains("# OKR review"));
    let fifo = dir.path().join("pipe.md");
    assert!(std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap()
        .success());
    // A FIFO (or a device, through a link) is refused, never replaced.
    std::os::unix::fs::symlink("/dev/null", dir.path().join("null.md")).unwrap();
    for device in ["pipe.md", "null.md"] {
        let out = report(device);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{device}: {stderr}");
        assert!(stderr.contains("not a regular file"), "{stderr}");
    }
    assert!(fifo.symlink_metadata().unwrap().file_type().is_fifo());
}

/// A small tmpfs, mounted where root may mount one, unmounted on drop.
struct SmallDisk(tempfile::TempDir);

impl SmallDisk {
    fn mount(size: &str) -> Option<SmallDisk> {
        let dir = tempfile::tempdir().ok()?;
        let mounted = std::process::Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"])
            .arg(dir.path())
            .stderr(std::process::Stdio::null())
            .status()
            .is_ok_and(|s| s.success());
        mounted.then_some(SmallDisk(dir))
    }
}

impl Drop for SmallDisk {
    fn drop(&mut self) {
        let _ = std::process::Command::new("umount")
            .arg(self.0.path())
            .status();
    }
}

#[test]
fn a_checkin_on_a_full_disk_leaves_the_log_as_it_was() {
    let Some(disk) = SmallDisk::mount("256k") else {
        eprintln!("skipped: cannot mount a tmpfs here (needs root)");
        return;
    };
    let dir = disk.0.path();
    let source = project(1);
    std::fs::copy(source.path().join("okrs.toml"), dir.join("okrs.toml")).unwrap();
    assert_eq!(
        edit(dir, &["checkin", "k0", "1.2", "--date", "2026-02-01"])
            .status
            .code(),
        Some(0)
    );
    let before = std::fs::read(dir.join("checkins.csv")).unwrap();
    // Fill the disk to the last byte.
    let mut filler = std::fs::File::create(dir.join("filler")).unwrap();
    let block = vec![b'x'; 4096];
    while std::io::Write::write_all(&mut filler, &block).is_ok() {}
    while std::io::Write::write_all(&mut filler, b"x").is_ok() {}
    let note = "n".repeat(20_000);
    let out = edit(
        dir,
        &[
            "checkin",
            "k0",
            "1.5",
            "--date",
            "2026-02-02",
            "--note",
            &note,
        ],
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("cannot write"), "{stderr}");
    assert_eq!(std::fs::read(dir.join("checkins.csv")).unwrap(), before);
    // With room again, the next check-in lands after the old end.
    drop(filler);
    std::fs::remove_file(dir.join("filler")).unwrap();
    assert_eq!(
        edit(dir, &["checkin", "k0", "1.6", "--date", "2026-02-03"])
            .status
            .code(),
        Some(0)
    );
    let after = std::fs::read_to_string(dir.join("checkins.csv")).unwrap();
    assert!(after.starts_with(std::str::from_utf8(&before).unwrap()));
    assert!(after.ends_with("2026-02-03,k0,1.6,,") || after.contains("2026-02-03,k0,1.6,"));
}
