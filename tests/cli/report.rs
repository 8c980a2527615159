//! `okr report`: the quarterly review in Markdown and in printable HTML.
//! The fixture is tests/fixtures/report/okrs.toml at 2026-02-15 (every kind
//! of key result); hostile.toml has a hostile string in every place the
//! review shows one. The browser test prints the example's review with
//! Debian's chromium.

use std::path::{Path, PathBuf};
use std::process::{Command as Process, Stdio};
use std::time::{Duration, Instant};

use predicates::prelude::*;

use crate::util::*;

const AS_OF: &str = "2026-02-15";

/// `okr report -c tests/fixtures/report/<file> --as-of 2026-02-15 <args>`:
/// its stdout, after checking that it succeeded.
fn report(file: &str, args: &[&str]) -> String {
    let out = okr()
        .arg("report")
        .arg("-c")
        .arg(fixture(&format!("report/{file}")))
        .args(["--as-of", AS_OF])
        .args(args)
        .output()
        .unwrap();
    assert_ok(&out);
    String::from_utf8(out.stdout).unwrap()
}

/// The HTML without the version, so a release does not change the snapshot.
fn html(file: &str, args: &[&str]) -> String {
    let mut all = vec!["--format", "html"];
    all.extend_from_slice(args);
    report(file, &all).replace(env!("CARGO_PKG_VERSION"), "[VERSION]")
}

#[test]
fn markdown_review() {
    insta::assert_snapshot!(report("okrs.toml", &[]));
}

#[test]
fn markdown_review_with_emoji() {
    let plain = report("okrs.toml", &[]);
    assert!(!plain.contains('🔴') && !plain.contains('✅'));
    let emoji = report("okrs.toml", &["--emoji"]);
    assert!(emoji.contains("🛑 guardrail breached"), "{emoji}");
    assert!(emoji.contains("✅ done"));
    assert!(emoji.contains("🔴 off track"));
}

#[test]
fn html_review() {
    insta::assert_snapshot!(html("okrs.toml", &[]));
}

#[test]
fn the_html_is_self_contained() {
    for text in [
        html("okrs.toml", &[]),
        html(
            "okrs.toml",
            &["--since", "2026-02-01", "--objective", "paid"],
        ),
    ] {
        for needle in [
            "<script",
            "http://",
            "https://",
            "@import",
            "url(",
            "<link",
            "<img",
            "<iframe",
            " src=",
            " href=",
            "@font-face",
        ] {
            assert!(
                !text.to_lowercase().contains(needle),
                "the HTML contains {needle:?}"
            );
        }
        assert!(text.starts_with("<!DOCTYPE html>"));
        assert!(text.contains("<meta charset=\"utf-8\">"));
        assert!(text.trim_end().ends_with("</html>"));
    }
}

#[test]
fn the_html_prints_one_page_per_objective() {
    let text = html("okrs.toml", &[]);
    assert!(text.contains("@page { size: auto;"));
    assert!(text.contains(".objective, .glossary { break-before: page;"));
    assert!(text.contains("break-inside: avoid"));
    // The summary page, then a section per objective.
    assert_eq!(text.matches("<section class=\"objective\"").count(), 2);
    // A trend chart for every key result but the milestones, which get a
    // timeline; and the North Star's bars.
    assert_eq!(text.matches("class=\"chart kr-chart\"").count(), 7);
    assert_eq!(text.matches("class=\"chart ns-chart\"").count(), 1);
}

#[test]
fn the_review_shows_grades_types_and_what_moved() {
    let md = report("okrs.toml", &[]);
    // Committed and aspirational, with the grade each is expected to reach.
    assert!(md.contains("Owner: marketing · aspirational: 0.7 is a good grade"));
    assert!(md.contains("Owner: paid · committed: 1.0 is expected"));
    assert!(
        md.contains("| 47% | +47\u{a0}pp | 0.5 of 0.7 | no projection (4 of 7 key results without a forecast) | off track |"),
        "{md}"
    );
    // Since the cycle's start: each key result against its declared start
    // (a quarter's sum moved by all of itself); the milestone was done since.
    assert!(
        md.contains("| Survey score from 3.0 to 4.0 | 3.4 | 4 | 40% | 51% | +0.4 (+40\u{a0}pp) |")
    );
    assert!(md.contains(
        "| 2 500 sign-ups this quarter | 1,720 | 2,500\u{a0}sign-ups | 69% | 51% | +1,720 (+69\u{a0}pp) |"
    ));
    assert!(md.contains("| Launch the pricing page | done |  | 100% |  | done |"));

    // Since Feb 1 (against Jan 31, the day before): sign-ups grew by what
    // Feb 1-15 added, the milestone was already done.
    let md = report("okrs.toml", &["--since", "2026-02-01"]);
    assert!(md.contains("Since 2026-02-01"));
    assert!(md.contains("| Launch the pricing page | done |  | 100% |  | — |"));
    assert!(md.contains(
        "| 2 500 sign-ups this quarter | 1,720 | 2,500\u{a0}sign-ups | 69% | 51% | +661 (+26\u{a0}pp) |"
    ));
}

#[test]
fn owner_and_objective_narrow_the_review() {
    let md = report("okrs.toml", &["--objective", "paid"]);
    assert!(md.contains("## Paid media that pays back"));
    assert!(!md.contains("Build a pipeline that sales loves"));
    assert!(
        md.contains("North Star: Weekly SQLs"),
        "the North Star stays"
    );
    // Experiments go with the key results they work on.
    assert!(md.contains("A cost calculator"));
    assert!(!md.contains("Gate the e-book"));

    let md = report("okrs.toml", &["--owner", "marketing"]);
    assert!(md.contains("Gate the e-book"));

    okr()
        .args(["report", "--objective", "paidd", "-c"])
        .arg(fixture("report/okrs.toml"))
        .assert()
        .code(2)
        .stderr(predicate::str::contains("did you mean `paid`?"));
}

#[test]
fn every_user_string_is_escaped_in_html() {
    let text = html("hostile.toml", &[]);
    for needle in [
        "<script",
        "<img",
        "<iframe",
        "<svg onload",
        "<style>body",
        "<a href",
        "<u>",
        "<i>",
        "<b onmouseover",
    ] {
        assert!(!text.contains(needle), "{needle:?} is not escaped");
    }
    for shown in [
        "<title>OKR review Q1 &lt;script&gt;alert(&#39;cycle&#39;)&lt;/script&gt; &amp; &quot;co&quot;, as of 2026-02-15</title>",
        "&lt;script&gt;alert(1)&lt;/script&gt;",
        "&lt;script&gt;alert(3)&lt;/script&gt; | *bold* [x](https://evil.example)",
        "&lt;script&gt;alert(&#39;north star&#39;)&lt;/script&gt;",
        "&lt;img src=x onerror=alert(1)&gt;",
        "&lt;a href=&#39;https://evil.example&#39;&gt;click&lt;/a&gt;",
        "&quot;&gt;&lt;svg onload=alert(2)&gt;",
        "&lt;style&gt;body{display:none}&lt;/style&gt;",
        "&lt;iframe src=//evil.example&gt;",
        "&lt;i&gt;MQLs&lt;/i&gt;",
        "&lt;/td&gt;&lt;td&gt;",
        "&lt;script&gt;alert(&#39;experiment&#39;)&lt;/script&gt;",
        "&lt;b onmouseover=alert(4)&gt;hover&lt;/b&gt;",
        "&lt;u&gt;owner&lt;/u&gt;",
        "&lt;/table&gt;&lt;script&gt;alert(5)&lt;/script&gt;",
    ] {
        assert!(text.contains(shown), "{shown:?} is not shown as text");
    }
    // The chart's accessible names are user text too.
    assert!(text.contains("aria-label=\"&lt;script&gt;alert(3)"));
    // Only text: no tag has an event handler or points anywhere.
    for tag in tags(&text) {
        for attribute in [" src=", " href=", " on", " style=\"background"] {
            assert!(!tag.contains(attribute), "{tag}");
        }
    }
}

/// The tags of an HTML text without their quoted attribute values (user
/// text is escaped, so every `<` starts a tag of the tool's own and every
/// `"` in a tag delimits a value).
fn tags(text: &str) -> Vec<String> {
    text.split('<')
        .skip(1)
        .filter_map(|rest| rest.split_once('>').map(|(tag, _)| tag))
        .map(|tag| {
            tag.split('"')
                .enumerate()
                .map(|(i, part)| if i % 2 == 0 { part } else { "" })
                .collect::<Vec<_>>()
                .join("\"\"")
        })
        .collect()
}

#[test]
fn every_user_string_is_escaped_in_markdown() {
    let md = report("hostile.toml", &["--emoji"]);
    assert!(
        md.starts_with("# OKR review — Q1 \\<script\\>alert('cycle')\\</script\\> \\& \"co\"\n")
    );
    for shown in [
        "## \\<script\\>alert(1)\\</script\\>",
        "\\<script\\>alert(3)\\</script\\> \\| \\*bold\\* \\[x\\](https://evil.example)",
        "\\<img src=x onerror=alert(1)\\>",
        "\"\\>\\<svg onload=alert(2)\\>",
        "\\</table\\>\\<script\\>alert(5)\\</script\\>",
        "\\<i\\>MQLs\\</i\\>",
    ] {
        assert!(md.contains(shown), "{shown:?} missing in:\n{md}");
    }
    assert!(!md.contains("<script>"));
    // A title with `|` does not break its table row: each row has as many
    // cells as its table's header.
    let pipes = |line: &str| {
        line.char_indices()
            .filter(|&(i, c)| c == '|' && !line[..i].ends_with('\\'))
            .count()
    };
    let mut header = 0;
    let mut checked = 0;
    for line in md.lines() {
        if line.starts_with("| :---") {
            header = pipes(line);
        } else if line.contains("alert(3)") && line.starts_with('|') {
            assert_eq!(pipes(line), header, "{line}");
            checked += 1;
        }
    }
    assert!(checked >= 2, "{md}");
}

#[test]
fn output_file_format_follows_its_extension() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("review.html");
    okr()
        .args(["report", "--as-of", AS_OF, "-c"])
        .arg(fixture("report/okrs.toml"))
        .arg("-o")
        .arg(&path)
        .assert()
        .success()
        .stdout("")
        .stderr(predicate::str::contains("wrote").and(predicate::str::contains("(html,")));
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.starts_with("<!DOCTYPE html>"));

    let path = dir.path().join("REVIEW.md");
    okr()
        .args(["report", "-q", "--as-of", AS_OF, "-c"])
        .arg(fixture("report/okrs.toml"))
        .arg("-o")
        .arg(&path)
        .assert()
        .success()
        .stdout("")
        .stderr("");
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.starts_with("# OKR review — 2026-Q1"));

    // --format wins over the extension.
    let path = dir.path().join("review.htm");
    okr()
        .args(["report", "--format", "markdown", "--as-of", AS_OF, "-c"])
        .arg(fixture("report/okrs.toml"))
        .arg("-o")
        .arg(&path)
        .assert()
        .success();
    assert!(std::fs::read_to_string(&path)
        .unwrap()
        .starts_with("# OKR review"));

    // An extension that names neither needs --format.
    okr()
        .args(["report", "--as-of", AS_OF, "-c"])
        .arg(fixture("report/okrs.toml"))
        .arg("-o")
        .arg(dir.path().join("review.pdf"))
        .assert()
        .code(2)
        .stderr(predicate::str::contains("cannot tell the format"))
        .stderr(predicate::str::contains("--format html"));
    assert!(!dir.path().join("review.pdf").exists());
}

#[test]
fn output_file_is_never_replaced_without_force() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("review.html");
    std::fs::write(&path, "keep me").unwrap();
    let run = |force: bool| {
        let mut cmd = okr();
        cmd.args(["report", "--as-of", AS_OF, "-c"])
            .arg(fixture("report/okrs.toml"))
            .arg("-o")
            .arg(&path);
        if force {
            cmd.arg("--force");
        }
        cmd.assert()
    };
    run(false)
        .code(2)
        .stderr(predicate::str::contains("already exists"))
        .stderr(predicate::str::contains("--force"));
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "keep me");
    run(true).success();
    assert!(std::fs::read_to_string(&path)
        .unwrap()
        .starts_with("<!DOCTYPE html>"));
    // Nothing is left behind: no temporary files beside it.
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
}

#[test]
fn bad_report_flags_are_exit_2() {
    okr()
        .args(["report", "--as-of", AS_OF, "--since", "2026-03-01", "-c"])
        .arg(fixture("report/okrs.toml"))
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "--since 2026-03-01 is after the as-of date 2026-02-15",
        ));
    okr()
        .args(["report", "--format", "pdf", "-c"])
        .arg(fixture("report/okrs.toml"))
        .assert()
        .code(2)
        .stderr(predicate::str::contains("html"));
    okr()
        .args(["report", "--since", "15.01.2026", "-c"])
        .arg(fixture("report/okrs.toml"))
        .assert()
        .code(2)
        .stderr(predicate::str::contains("YYYY-MM-DD"));
}

// --- The browser test -------------------------------------------------------

/// Flags that keep a headless chromium from doing anything but render.
pub(crate) const CHROMIUM_FLAGS: &[&str] = &[
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-extensions",
    "--hide-scrollbars",
    // Nothing resolves: a page that tried to fetch would get nothing.
    "--host-resolver-rules=MAP * ~NOTFOUND",
];

pub(crate) fn chromium() -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .flat_map(|dir| ["chromium", "chromium-browser"].map(|name| dir.join(name)))
        .find(|p| p.is_file())
}

/// Starts chromium on `page` with `args` and its own profile in `work`.
pub(crate) fn start_chromium(
    chromium: &Path,
    work: &Path,
    name: &str,
    page: &Path,
    args: &[String],
) -> std::process::Child {
    Process::new(chromium)
        .args(CHROMIUM_FLAGS)
        .arg(format!(
            "--user-data-dir={}",
            work.join(format!("profile-{name}")).display()
        ))
        .args(args)
        .arg(format!("file://{}", page.display()))
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("chromium starts")
}

/// Waits for chromium, killing it after two minutes.
pub(crate) fn finish(mut child: std::process::Child, name: &str) {
    let deadline = Instant::now() + Duration::from_secs(120);
    loop {
        match child.try_wait().expect("chromium runs") {
            Some(status) => {
                assert!(status.success(), "chromium ({name}) failed: {status}");
                return;
            }
            None if Instant::now() > deadline => {
                let _ = child.kill();
                let _ = child.wait();
                panic!("chromium ({name}) took more than two minutes");
            }
            None => std::thread::sleep(Duration::from_millis(50)),
        }
    }
}

/// The pages of a PDF: its `/Type /Page` objects (not `/Pages`).
pub(crate) fn pdf_pages(pdf: &[u8]) -> usize {
    let needle = b"/Type /Page";
    pdf.windows(needle.len() + 1)
        .filter(|w| w.starts_with(needle) && w[needle.len()] != b's')
        .count()
}

/// The URLs a page asked the network for, from chromium's NetLog: requests
/// the browser makes for itself have no initiator ("not an origin"); a
/// page's have its origin (`null` for a file).
fn page_requests(netlog: &str) -> Vec<String> {
    // A NetLog cut short by chromium's exit lacks its closing brackets.
    let log: serde_json::Value = serde_json::from_str(netlog)
        .or_else(|_| {
            serde_json::from_str(&format!("{}]}}", netlog.trim_end().trim_end_matches(',')))
        })
        .expect("the NetLog is JSON");
    let start_job = log["constants"]["logEventTypes"]["URL_REQUEST_START_JOB"].clone();
    assert!(start_job.is_number(), "the NetLog names its event types");
    log["events"]
        .as_array()
        .expect("the NetLog has events")
        .iter()
        .filter(|e| e["type"] == start_job)
        .filter(|e| {
            e["params"]["initiator"]
                .as_str()
                .is_some_and(|i| i != "not an origin")
        })
        .filter_map(|e| e["params"]["url"].as_str().map(str::to_string))
        .collect()
}

/// Prints the example's review with a real browser: to PDF on Letter (the
/// `size: auto` default of headless chromium) and on A4, and to PNG. Every
/// objective starts a page, so the PDF has the summary page plus one per
/// objective; and the page fetches nothing (checked on chromium's NetLog,
/// with a control page that does fetch, so the check is known to see it).
#[test]
fn the_example_review_prints_in_chromium() {
    let Some(chromium) = chromium() else {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI is set but chromium is not installed: .ci/run installs it"
        );
        eprintln!("skipped: chromium not installed (apt-get install chromium)");
        return;
    };
    let work = tempfile::tempdir().unwrap();
    let work = work.path();
    let example = Path::new(env!("CARGO_MANIFEST_DIR")).join("okrs.example.toml");
    let letter = work.join("review.html");
    okr()
        .args(["report", "--as-of", "2026-11-20", "-o"])
        .arg(&letter)
        .arg("-c")
        .arg(&example)
        .assert()
        .success();
    let html = std::fs::read_to_string(&letter).unwrap();
    let a4 = work.join("review-a4.html");
    std::fs::write(
        &a4,
        html.replace("@page { size: auto;", "@page { size: A4;"),
    )
    .unwrap();
    let control = work.join("control.html");
    std::fs::write(
        &control,
        r#"<!DOCTYPE html><p>fetches<img src="http://okr-probe.invalid/a.png">"#,
    )
    .unwrap();
    let status = json_of(&[
        "status",
        "--as-of",
        "2026-11-20",
        "--format",
        "json",
        "-c",
        example.to_str().unwrap(),
    ]);
    fn count(objectives: &serde_json::Value) -> usize {
        objectives
            .as_array()
            .map_or(0, |os| os.iter().map(|o| 1 + count(&o["objectives"])).sum())
    }
    let objectives = count(&status["objectives"]);
    assert!(objectives >= 2);

    let arg = |flag: &str, path: &Path| format!("{flag}={}", path.display());
    let started = Instant::now();
    let runs = [
        (
            "letter",
            &letter,
            vec![
                arg("--print-to-pdf", &work.join("letter.pdf")),
                "--no-pdf-header-footer".into(),
                arg("--log-net-log", &work.join("letter.netlog")),
            ],
        ),
        (
            "a4",
            &a4,
            vec![
                arg("--print-to-pdf", &work.join("a4.pdf")),
                "--no-pdf-header-footer".into(),
            ],
        ),
        (
            "png",
            &letter,
            vec![
                arg("--screenshot", &work.join("review.png")),
                "--window-size=1240,1754".into(),
            ],
        ),
        (
            "control",
            &control,
            vec![
                arg("--print-to-pdf", &work.join("control.pdf")),
                arg("--log-net-log", &work.join("control.netlog")),
            ],
        ),
    ];
    // Side by side: chromium spends most of its time starting up.
    let children: Vec<_> = runs
        .iter()
        .map(|(name, page, args)| (name, start_chromium(&chromium, work, name, page, args)))
        .collect();
    for (name, child) in children {
        finish(child, name);
    }
    eprintln!("chromium: 4 runs in {:.1?}", started.elapsed());

    for paper in ["letter", "a4"] {
        let pdf = std::fs::read(work.join(format!("{paper}.pdf"))).unwrap();
        assert!(pdf.starts_with(b"%PDF-"));
        // A long key-result table may now continue on a next page (split
        // between rows, its header repeated), so a page per objective is
        // the least, and one more each is the most the example needs.
        let pages = pdf_pages(&pdf);
        assert!(
            (1 + objectives + 1..=1 + 2 * objectives + 1).contains(&pages),
            "{paper}: {pages} pages: the summary page, a page or two per objective, the experiment boards"
        );
    }
    let png = std::fs::read(work.join("review.png")).unwrap();
    assert!(png.starts_with(b"\x89PNG\r\n\x1a\n"));
    let (width, height) = (
        u32::from_be_bytes(png[16..20].try_into().unwrap()),
        u32::from_be_bytes(png[20..24].try_into().unwrap()),
    );
    assert_eq!((width, height), (1240, 1754));
    assert!(png.len() > 50_000, "the screenshot is not blank");

    let read = |name: &str| std::fs::read_to_string(work.join(name)).unwrap();
    assert_eq!(
        page_requests(&read("control.netlog")),
        ["http://okr-probe.invalid/a.png"],
        "the NetLog shows what a page fetches"
    );
    assert_eq!(
        page_requests(&read("letter.netlog")),
        Vec::<String>::new(),
        "the review fetched nothing"
    );
}

#[test]
fn the_review_ends_with_the_success_and_fail_boards() {
    let example = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("okrs.example.toml");
    let out = okr()
        .args(["report", "--as-of", "2026-11-20", "--format", "html", "-c"])
        .arg(&example)
        .output()
        .unwrap();
    assert!(out.status.success());
    let html = String::from_utf8(out.stdout).unwrap();
    let boards = html.find("Success and fail boards").expect("a boards page");
    assert!(html[boards..].contains("A cost calculator on the pricing page"));
    assert!(html[boards..].contains("Fail board"));
    assert!(html[boards..].contains("Learned: MQLs up 60%"));
    let out = okr()
        .args(["report", "--as-of", "2026-11-20", "-c"])
        .arg(&example)
        .output()
        .unwrap();
    let md = String::from_utf8(out.stdout).unwrap();
    assert!(md.contains("### Success board: won"), "{md}");
    assert!(md.contains("### Fail board: lost"));
}

/// The example's review, written to `dir/review.html`: its path and text.
fn example_review(dir: &Path, config: &Path) -> (PathBuf, String) {
    let page = dir.join("review.html");
    okr()
        .args(["report", "--as-of", "2026-11-20", "-o"])
        .arg(&page)
        .arg("-c")
        .arg(config)
        .assert()
        .success();
    let text = std::fs::read_to_string(&page).unwrap();
    (page, text)
}

/// Lays the review out at phone (390 px), tablet (768 px) and desktop
/// (1280 px) widths in chromium and measures how wide it is. The review has
/// no script, so each width gets a copy inside an iframe of that width
/// (`srcdoc`, same origin as its host page) whose host writes the frame's
/// scroll width into its title, read back with `--dump-dom`. (A headless
/// window is never narrower than 500 px, hence the frame.)
#[test]
fn the_review_reflows_without_horizontal_overflow() {
    let Some(chromium) = chromium() else {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI is set but chromium is not installed: .ci/run installs it"
        );
        eprintln!("skipped: chromium not installed (apt-get install chromium)");
        return;
    };
    let work = tempfile::tempdir().unwrap();
    let work = work.path();
    let example = Path::new(env!("CARGO_MANIFEST_DIR")).join("okrs.example.toml");
    let (thirty, _) = thirty_kr_tree(work);
    let mut pages = Vec::new();
    for (name, config) in [("example", &example), ("thirty", &thirty)] {
        let dir = work.join(name);
        std::fs::create_dir_all(&dir).unwrap();
        let (_, html) = example_review(&dir, config);
        for width in [390, 768, 1280] {
            pages.push((
                name,
                width,
                html.replace('&', "&amp;").replace('"', "&quot;"),
            ));
        }
    }
    let children: Vec<_> = pages
        .iter()
        .map(|(name, width, srcdoc)| {
            let host = work.join(format!("{name}-at-{width}.html"));
            std::fs::write(
                &host,
                format!(
                    r#"<!DOCTYPE html><title>measuring</title><body style="margin:0"><iframe id="f" style="border:0;width:{width}px;height:900px" srcdoc="{srcdoc}"></iframe>
<script>onload = () => {{ const d = document.getElementById("f").contentDocument.documentElement; document.title = "width " + d.scrollWidth + " of " + d.clientWidth; }};</script>"#
                ),
            )
            .unwrap();
            let out = work.join(format!("{name}-at-{width}.dom"));
            let child = Process::new(&chromium)
                .args(CHROMIUM_FLAGS)
                .arg(format!(
                    "--user-data-dir={}",
                    work.join(format!("profile-{name}-{width}")).display()
                ))
                .args(["--window-size=1400,1000", "--dump-dom"])
                .arg(format!("file://{}", host.display()))
                .stdin(Stdio::null())
                .stdout(std::fs::File::create(&out).unwrap())
                .stderr(Stdio::null())
                .spawn()
                .expect("chromium starts");
            (name, width, out, child)
        })
        .collect();
    for (name, width, out, child) in children {
        finish(child, &format!("{name} at {width} px"));
        let dom = std::fs::read_to_string(out).unwrap();
        let title = dom
            .split_once("<title>")
            .and_then(|(_, rest)| rest.split_once("</title>"))
            .map(|(title, _)| title.to_string())
            .unwrap_or_default();
        assert_eq!(
            title,
            format!("width {width} of {width}"),
            "the review of {name} at {width} px is wider than its window"
        );
    }
}

/// A tree of 30 key results under three objectives (one aligned under
/// another), on the report fixture's data, written to `dir/thirty.toml`;
/// with the titles of its objectives.
fn thirty_kr_tree(dir: &Path) -> (PathBuf, Vec<String>) {
    std::fs::copy(fixture("report/data/metrics.csv"), dir.join("metrics.csv")).unwrap();
    let mut toml = String::from(
        "[cycle]\nname = \"2026-Q1\"\nstart = 2026-01-01\nend = 2026-03-31\n\n\
         [[sources]]\nname = \"crm\"\npath = \"metrics.csv\"\nlayout = \"long\"\n\n\
         [metrics]\nsignups = { source = \"crm\", unit = \"sign-ups\" }\n\
         mqls = { source = \"crm\", unit = \"MQLs\" }\n\
         sqls = { source = \"crm\", unit = \"SQLs\" }\n",
    );
    let objectives = [
        ("growth", "Grow the Nordic pipeline", None),
        (
            "content",
            "Content that buyers quote back to us",
            Some("growth"),
        ),
        ("brand", "The brand finance teams trust", None),
    ];
    let mut titles = Vec::new();
    let mut n = 0;
    for (o, (id, title, parent)) in objectives.iter().enumerate() {
        titles.push(title.to_string());
        let _ =
            std::fmt::Write::write_fmt(
                &mut toml,
                format_args!(
                "\n[[objectives]]\nid = \"{id}\"\ntitle = \"{title}\"\nowner = \"team {o}\"\n{}",
                parent.map(|p| format!("parent = \"{p}\"\n")).unwrap_or_default()
            ),
            );
        for k in 0..10 {
            n += 1;
            let body = match k % 5 {
                0 => format!(
                    "metric = \"signups\"\nstart = 0\ntarget = {}",
                    2000 + 100 * k
                ),
                1 => format!(
                    "metric = \"mqls\"\nwindow = \"month\"\nstart = 300\ntarget = {}",
                    400 + 10 * k
                ),
                2 => "metric = \"sqls\"\nat_least = 20\nevery = \"week\"".to_string(),
                3 => format!("start = 3.0\ntarget = 4.0\ncurrent = 3.{k}\nupdated = 2026-02-01"),
                _ => format!("done = {}\ndue = 2026-02-{:02}", k % 2 == 0, 10 + k),
            };
            let _ = std::fmt::Write::write_fmt(
                &mut toml,
                format_args!(
                    "\n  [[objectives.key_results]]\n  id = \"kr{n}\"\n  title = \"Key result {n}: a result the team {o} can be held to, in words\"\n{}\n",
                    body.lines().map(|l| format!("  {l}\n")).collect::<String>()
                ),
            );
        }
    }
    let path = dir.join("thirty.toml");
    std::fs::write(&path, toml).unwrap();
    (path, titles)
}

/// The text of each page of a PDF, by `pdftotext -layout` (poppler-utils):
/// a line per line of print, pages end in a form feed. `None` where poppler-utils is not installed.
pub(crate) fn pdf_page_texts(pdf: &Path) -> Option<Vec<String>> {
    let out = Process::new("pdftotext")
        .arg("-layout")
        .arg(pdf)
        .arg("-")
        .stdin(Stdio::null())
        .output()
        .ok()?;
    assert!(out.status.success(), "pdftotext {}", pdf.display());
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    let mut pages: Vec<String> = text.split('\u{c}').map(str::to_string).collect();
    if pages.last().is_some_and(|p| p.trim().is_empty()) {
        pages.pop();
    }
    Some(pages)
}

/// Prints the example's review and a 30-key-result tree to A4 and Letter
/// in chromium and reads each page back with `pdftotext`: no page holds
/// only a few lines (a title pushed onto a page of its own), and every
/// page of an objective names it, continuation pages too (the table's
/// repeated header). The summary pages name the objectives in their table;
/// the experiment boards and the glossary come after them all.
#[test]
fn every_printed_page_is_full_and_names_its_objective() {
    let Some(chromium) = chromium() else {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI is set but chromium is not installed: .ci/run installs it"
        );
        eprintln!("skipped: chromium not installed (apt-get install chromium)");
        return;
    };
    if Process::new("pdftotext").arg("-v").output().is_err() {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI is set but pdftotext is not installed: .ci/run installs poppler-utils"
        );
        eprintln!("skipped: pdftotext not installed (apt-get install poppler-utils)");
        return;
    }
    let work = tempfile::tempdir().unwrap();
    let work = work.path();
    let example = Path::new(env!("CARGO_MANIFEST_DIR")).join("okrs.example.toml");
    let (thirty, _) = thirty_kr_tree(work);
    let mut runs = Vec::new();
    for (name, config, as_of) in [
        ("example", &example, "2026-11-20"),
        ("thirty", &thirty, "2026-02-15"),
    ] {
        let page = work.join(format!("{name}.html"));
        okr()
            .args(["report", "--as-of", as_of, "-o"])
            .arg(&page)
            .arg("-c")
            .arg(config)
            .assert()
            .success();
        let html = std::fs::read_to_string(&page).unwrap();
        let json = json_of(&[
            "status",
            "--as-of",
            as_of,
            "--format",
            "json",
            "-c",
            config.to_str().unwrap(),
        ]);
        fn titles(objectives: &serde_json::Value, out: &mut Vec<String>) {
            for o in objectives.as_array().into_iter().flatten() {
                out.push(o["title"].as_str().unwrap().to_string());
                titles(&o["objectives"], out);
            }
        }
        let mut objectives = Vec::new();
        titles(&json["objectives"], &mut objectives);
        for paper in ["A4", "Letter"] {
            let sized = work.join(format!("{name}-{paper}.html"));
            std::fs::write(
                &sized,
                html.replace("@page { size: auto;", &format!("@page {{ size: {paper};")),
            )
            .unwrap();
            runs.push((format!("{name}-{paper}"), sized, objectives.clone()));
        }
    }
    let children: Vec<_> = runs
        .iter()
        .map(|(name, page, _)| {
            let pdf = format!(
                "--print-to-pdf={}",
                work.join(format!("{name}.pdf")).display()
            );
            let args = [pdf, "--no-pdf-header-footer".to_string()];
            (name, start_chromium(&chromium, work, name, page, &args))
        })
        .collect();
    for (name, child) in children {
        finish(child, name);
    }
    let squash = |t: &str| t.split_whitespace().collect::<Vec<_>>().join(" ");
    for (name, _, objectives) in &runs {
        let pdf = work.join(format!("{name}.pdf"));
        let pages = pdf_page_texts(&pdf).expect("pdftotext runs");
        assert_eq!(
            pages.len(),
            pdf_pages(&std::fs::read(&pdf).unwrap()),
            "{name}"
        );
        // The summary's pages (up to the first objective's) cover every
        // objective; the boards and the glossary come after them all.
        let mut in_objectives = false;
        let mut after_objectives = false;
        for (i, page) in pages.iter().enumerate() {
            let lines = page.lines().filter(|l| !l.trim().is_empty()).count();
            // A continuation page holding one table row and its repeated
            // header has 6 lines; a full page has 40 or more.
            assert!(
                lines >= 10,
                "{name}: page {} has {lines} lines:\n{page}",
                i + 1
            );
            in_objectives |= page.lines().any(|l| {
                let l = l.trim();
                l == "OBJECTIVE" || l.starts_with("OBJECTIVE · ")
            });
            let text = squash(page);
            after_objectives |= text.contains("Success and fail boards")
                || text.starts_with("Glossary")
                || text.contains(" Glossary grade ");
            if i == 0 {
                assert!(text.contains("QUARTERLY OKR REVIEW"), "{name}: {page}");
            }
            if in_objectives && !after_objectives {
                assert!(
                    objectives.iter().any(|o| text.contains(&squash(o))),
                    "{name}: page {} names no objective:\n{page}",
                    i + 1
                );
            }
        }
        assert!(in_objectives && after_objectives, "{name}");
        eprintln!("{name}: {} pages", pages.len());
    }
}

/// The Markdown rendered by GitHub's own cmark-gfm (Python's `cmarkgfm`,
/// from pip or Debian's python3-cmarkgfm; safe mode as on github.com: raw
/// HTML is dropped); `None` where it is not installed.
fn gfm(markdown: &str) -> Option<String> {
    ["python3", "/usr/bin/python3"]
        .into_iter()
        .find_map(|python| gfm_with(python, markdown))
}

fn gfm_with(python: &str, markdown: &str) -> Option<String> {
    use std::io::Write;
    let script = "import sys, cmarkgfm\n\
                  sys.stdout.write(cmarkgfm.github_flavored_markdown_to_html(sys.stdin.read()))";
    let mut child = Process::new(python)
        .args(["-c", script])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .ok()?;
    // A python without cmarkgfm exits at once: its closed pipe is no error.
    let _ = child.stdin.take()?.write_all(markdown.as_bytes());
    let out = child.wait_with_output().ok()?;
    out.status
        .success()
        .then(|| String::from_utf8(out.stdout).unwrap())
}

/// The review's Markdown as GitHub renders it: nothing dropped as raw HTML
/// (no `<br>` in a cell), no backtick shown where a metric name was meant
/// as code, no empty "grade ·" for an objective without key results, and
/// the partial period named in the trend.
#[test]
fn the_markdown_renders_on_github() {
    if gfm("x").is_none() {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI is set but cmarkgfm is not installed: .ci/run installs it"
        );
        eprintln!("skipped: cmarkgfm not installed (pip install cmarkgfm)");
        return;
    }
    let work = tempfile::tempdir().unwrap();
    let empty = work.path().join("empty.toml");
    std::fs::write(
        &empty,
        "[cycle]\nname = \"Q1\"\nstart = 2026-01-01\nend = 2026-03-31\n\n\
         [[objectives]]\nid = \"later\"\ntitle = \"An objective with nothing under it yet\"\n",
    )
    .unwrap();
    let example = Path::new(env!("CARGO_MANIFEST_DIR")).join("okrs.example.toml");
    let cases = [
        (example.clone(), "2026-11-20", vec!["--emoji"]),
        (example, "2026-11-20", vec!["--since", "2026-11-01"]),
        (fixture("report/okrs.toml"), AS_OF, vec![]),
        (fixture("report/hostile.toml"), AS_OF, vec![]),
        (empty, AS_OF, vec![]),
    ];
    for (config, as_of, args) in cases {
        let out = okr()
            .args(["report", "--as-of", as_of, "-c"])
            .arg(&config)
            .args(&args)
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", config.display());
        let md = String::from_utf8(out.stdout).unwrap();
        let html = gfm(&md).unwrap();
        let name = config.file_name().unwrap().to_string_lossy().to_string();
        assert!(
            !html.contains("raw HTML omitted"),
            "{name}: GitHub drops raw HTML:\n{html}"
        );
        assert!(
            !md.contains("· grade ·") && !md.contains("grade  "),
            "{name}: {md}"
        );
        assert!(md.contains("## Glossary"), "{name}");
        if name == "hostile.toml" {
            continue;
        }
        // Text outside code spans shows no backtick.
        let mut text = String::new();
        let mut rest = html.as_str();
        while let Some(at) = rest.find("<code>") {
            text.push_str(&rest[..at]);
            rest = rest[at..].split_once("</code>").map_or("", |(_, r)| r);
        }
        text.push_str(rest);
        assert!(!text.contains('`'), "{name}: a visible backtick:\n{html}");
        if name == "okrs.example.toml" {
            assert!(html.contains("(week so far)"), "{html}");
            assert!(html.contains("<h3>Wins, risks and asks</h3>"), "{html}");
        }
    }
}

/// What a review needs: the status a key result had at `--since`, owners
/// on every "Needs attention" line, a projected grade or an honest "no
/// projection", wins, risks and asks, titles instead of ids, a glossary.
#[test]
fn the_review_has_what_a_review_needs() {
    let example = Path::new(env!("CARGO_MANIFEST_DIR")).join("okrs.example.toml");
    let run = |format: &str| {
        let out = okr()
            .args(["report", "--as-of", "2026-11-20", "--since", "2026-11-01"])
            .args(["--format", format, "-c"])
            .arg(&example)
            .output()
            .unwrap();
        assert!(out.status.success());
        String::from_utf8(out.stdout).unwrap()
    };
    let md = run("markdown");
    assert!(md.contains("stalled, was on track"), "{md}");
    let attention = md.split("### Needs attention").nth(1).unwrap();
    let attention = attention.split("\n\n").nth(1).unwrap();
    for line in attention.lines() {
        // `(owner; objective)` after a key result, `(owner)` after an objective.
        assert!(
            ["(marketing", "(content", "(paid"]
                .iter()
                .any(|o| line.contains(o)),
            "no owner: {line}"
        );
    }
    assert!(md.contains(
        "through its key result “Publish the Nordic finance benchmark report” (content)"
    ));
    assert!(
        md.contains("no projection (1 of 4 key results without a forecast)"),
        "{md}"
    );
    assert!(md.contains("### Wins, risks and asks"));
    assert!(md.contains("- **Wins (3)**: "));
    assert!(md.contains("## Glossary"));
    let html = run("html");
    for shown in [
        "<h2>Wins, risks and asks</h2>",
        "<h2>Glossary</h2>",
        r#"<span class="was">was on track</span>"#,
        "Projected at the cycle's end",
    ] {
        assert!(html.contains(shown), "{shown}");
    }
    // The boards name key results by title: the ids never show.
    let boards = &html[html.find("Success and fail boards").unwrap()..];
    assert!(boards.contains("240 leads from partners"), "{boards}");
    for id in [
        "sqls-q4",
        "mql-monthly",
        "win-rate",
        "partner-leads",
        "event-leads",
        "brand-survey",
    ] {
        assert!(!boards.contains(id), "{id} in {boards}");
    }
}
