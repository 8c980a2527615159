#!/usr/bin/env python3
"""Side-by-side benchmark: `okr status --format json` against DuckDB and
polars on the same long-format metrics CSV, and okr on a large organisation.

    python3 bench/run.py                      # 1M rows, every variant
    python3 bench/run.py --rows 1000000 10000000 100000000 --variant plain
    python3 bench/run.py --tree 200 2000 --rows  # the organisation only

Variants: `plain` (`,`, a decimal point, LF), `nordic` (as a Nordic Excel
writes: a BOM, `;`, decimal commas, DD.MM.YYYY, CRLF) and `quoted` (plain
with every cell quoted, as many exporters write); `multiline` (`quoted`
with a line break in one quoted cell, the first row's segment: okr's fast
path reads no quoted newline, so this times its general reader).

`--tree N...` also times okr's commands on an organisation of N team files
of 25 key results each (bench/data/tree-N/, made once): see tree_dataset.

For each row count and variant it generates (once; reused after) a CSV under
bench/data/ and an OKR file whose key results and ratio metrics read 30 of
its 200 metrics, then times each tool as a separate process (start-up
included) --repeat times on the warm file and reports the median wall time,
throughput and the peak RSS. It checks that the three agree on every number
the key results use (the cycle sum per metric, the ratios) before it prints
anything. DuckDB and polars come from PyPI into bench/.venv.
"""

import argparse
import datetime as dt
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
DATA = BENCH / "data"
VENV = BENCH / ".venv"
OKR = ROOT / "target" / "release" / "okr"

CYCLE = ("2025-10-01", "2025-12-31")
AS_OF = "2025-12-31"
SUM_METRICS = [f"metric_{i:03}" for i in range(20)]
RATIOS = [(f"metric_{20 + 2 * i:03}", f"metric_{21 + 2 * i:03}") for i in range(5)]
READ = SUM_METRICS + [m for pair in RATIOS for m in pair]
TOLERANCE = 1e-9


VARIANTS = ["plain", "nordic", "quoted", "multiline"]
LOAD_BEFORE = "?"


def sh(*args, **kw):
    return subprocess.run(args, check=True, **kw)


def setup(build, engines):
    """The release build, the CSV generator and (when `engines`, for the
    CSV benchmark against other tools) DuckDB and polars in bench/.venv."""
    if build:
        sh("cargo", "build", "--release", "--quiet", cwd=ROOT)
    if not engines:
        return None, None
    if not (VENV / "bin" / "python").exists():
        sh(sys.executable, "-m", "venv", str(VENV))
    py = str(VENV / "bin" / "python")
    check = subprocess.run([py, "-c", "import duckdb, polars"], capture_output=True)
    if check.returncode != 0:
        sh(py, "-m", "pip", "install", "--quiet", "duckdb", "polars")
    gen = BENCH / "bin" / "gen"
    if not gen.exists() or gen.stat().st_mtime < (BENCH / "gen.rs").stat().st_mtime:
        gen.parent.mkdir(exist_ok=True)
        sh("rustc", "-O", "--edition", "2021", str(BENCH / "gen.rs"), "-o", str(gen))
    return py, gen


def okr_file(csv, variant):
    lines = [
        f'[cycle]\nname = "2025-Q4"\nstart = {CYCLE[0]}\nend = {CYCLE[1]}\n',
        f'[[sources]]\nname = "events"\npath = "{csv.name}"\nlayout = "long"\n',
    ]
    for m in READ:
        lines.append(f'[metrics.{m}]\nsource = "events"\n')
    for i, (num, den) in enumerate(RATIOS):
        lines.append(f'[metrics.ratio_{i}]\nratio = {{ numerator = "{num}", denominator = "{den}" }}\n')
    lines.append('[[objectives]]\nid = "bench"\ntitle = "Benchmark"\n')
    for m in SUM_METRICS:
        lines.append(
            f'  [[objectives.key_results]]\n  id = "{m.replace("_", "-")}"\n'
            f'  title = "Grow {m}"\n  metric = "{m}"\n  start = 0\n  target = 1e12\n'
        )
    for i in range(len(RATIOS)):
        lines.append(
            f'  [[objectives.key_results]]\n  id = "ratio-{i}"\n'
            f'  title = "Ratio {i}"\n  metric = "ratio_{i}"\n  start = 0\n  target = 2\n'
        )
    path = DATA / f"okrs-{variant}-{csv.stem}.toml"
    path.write_text("\n".join(lines))
    return path


def dataset(gen, rows, variant):
    DATA.mkdir(exist_ok=True)
    # Nordic files before DD.MM.YYYY dates had ISO ones: another name.
    csv = DATA / (f"nordic-dmy-{rows}.csv" if variant == "nordic" else f"{variant}-{rows}.csv")
    if not csv.exists():
        print(f"generating {csv.name} ...", file=sys.stderr, flush=True)
        tmp = csv.with_suffix(".tmp")
        sh(str(gen), str(rows), variant, str(tmp))
        tmp.rename(csv)
    return csv, okr_file(csv, variant)


def measure(args, ok=(0,)):
    """Wall time, the peak RSS and (in measure.cpu) the user + system time
    of exactly this command. Linux carries a process's peak RSS over fork
    and exec, so a child of this Python process (which holds the outputs
    read so far) would report at least Python's: GNU time, a small process,
    runs the command and reports the command's own; without it, wait4.
    The CPU time is wait4's (to the microsecond, where GNU time prints
    hundredths of a second), less GNU time's own (time_overhead)."""
    timed = shutil.which("time", path="/usr/bin:/bin")
    stats = DATA / ".time"
    full = [timed, "-q", "-f", "%M %U %S", "-o", str(stats), *args] if timed else list(args)
    start = time.perf_counter()
    proc = subprocess.Popen(full, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    out = proc.stdout.read()
    err = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode not in ok:
        raise SystemExit(f"{' '.join(map(str, args[:3]))} failed ({proc.returncode}):\n{err.decode()}")
    measure.cpu = usage.ru_utime + usage.ru_stime
    if timed:
        kb = stats.read_text().split()[-3]
        measure.cpu = max(measure.cpu - time_overhead(timed), 0.0)
        return wall, int(kb) * 1024, out
    return wall, usage.ru_maxrss * 1024, out


def time_overhead(timed):
    """The CPU time GNU time takes to run `true`, the median of 9 runs (once)."""
    if not hasattr(time_overhead, "cpu"):
        runs = []
        for _ in range(9):
            proc = subprocess.Popen([timed, "-q", "-f", "%M", "-o", os.devnull, "true"])
            _, _, usage = os.wait4(proc.pid, 0)
            runs.append(usage.ru_utime + usage.ru_stime)
        time_overhead.cpu = statistics.median(runs)
    return time_overhead.cpu


def okr_values(out):
    report = json.loads(out)
    values = {}
    for kr in report["objectives"][0]["key_results"]:
        values[kr["metric"]] = kr["value"]
    return values


def engine_values(out):
    sums = json.loads(out)
    values = {m: sums[m] for m in SUM_METRICS}
    for i, (num, den) in enumerate(RATIOS):
        values[f"ratio_{i}"] = sums[num] / sums[den]
    return values


def agree(name, got, want):
    for metric, expected in want.items():
        value = got.get(metric)
        if value is None or abs(value - expected) > TOLERANCE * max(abs(expected), 1.0):
            raise SystemExit(f"{name} disagrees with okr on {metric}: {value} vs okr's {expected}")


def warm(path):
    with open(path, "rb") as f:
        while f.read(16 << 20):
            pass


# --- The organisation benchmark (--tree) -------------------------------------

TREE_METRICS = 100
TREE_DEPARTMENTS = 20
TREE_KRS_PER_OBJECTIVE = 5
TREE_OBJECTIVES_PER_TEAM = 5  # 25 key results a team file


def tree_dataset(teams):
    """A company of `teams` team files under bench/data/tree-TEAMS/: the main
    file holds the cycle, one long CSV source with TREE_METRICS metrics (a
    quarter of days, 4 segments), the metrics (sums, some ratios and
    formulas), a North Star and TREE_DEPARTMENTS department objectives with
    their own key results; it includes teams/*/*.toml. Each team file holds
    one team objective aligned under a department, four objectives under
    the team's, each with five weighted key results: metric increases and
    decreases over the cycle or a month, a few with guardrails, manual ones
    with a current value, milestones; and two experiments."""
    root = DATA / f"tree-{teams}"
    main = root / "okrs.toml"
    if main.exists():
        return main
    print(f"generating {root.name}/ ...", file=sys.stderr, flush=True)
    tmp = DATA / f"tree-{teams}.tmp"
    if tmp.exists():
        shutil.rmtree(tmp)
    (tmp / "teams").mkdir(parents=True)
    day = dt.date(2026, 10, 1)
    with open(tmp / "metrics.csv", "w") as f:
        f.write("date,metric,value,segment\n")
        while day <= dt.date(2026, 11, 20):
            for m in range(TREE_METRICS):
                for s in range(4):
                    value = (m * 7 + s * 3 + day.day) % 50 + 1
                    f.write(f"{day},m{m:03},{value},s{s}\n")
            day += dt.timedelta(days=1)
    lines = [
        'include = ["teams/*/*.toml"]\n',
        '[cycle]\nname = "2026-Q4"\nstart = 2026-10-01\nend = 2026-12-31\n',
        '[[sources]]\nname = "events"\npath = "metrics.csv"\nlayout = "long"\n',
        "[metrics]",
    ]
    for m in range(TREE_METRICS):
        lines.append(f'm{m:03} = {{ source = "events" }}')
    for m in range(0, TREE_METRICS, 10):
        lines.append(f'r{m:03} = {{ ratio = {{ numerator = "m{m:03}", denominator = "m{m + 1:03}" }}, format = "percent" }}')
        lines.append(f'f{m:03} = {{ formula = "m{m + 2:03} / m{m + 3:03}" }}')
    lines.append(
        '\n[north_star]\nname = "Weekly active teams"\nmetric = "m000"\ngrain = "week"\n'
        'target = 2000\ninputs = ["m001", "m002"]\n'
    )
    for d in range(TREE_DEPARTMENTS):
        lines.append(
            f'[[objectives]]\nid = "dept-{d:02}"\ntitle = "Department {d} grows"\n'
            f'owner = "dept-{d:02}"\ntype = "committed"\n'
            f'  [[objectives.key_results]]\n  id = "dept-{d:02}-kr"\n  title = "Department {d} total"\n'
            f'  metric = "m{d % TREE_METRICS:03}"\n  start = 0\n  target = 8000\n'
        )
    main_text = "\n".join(lines) + "\n"
    for t in range(teams):
        dept = t % TREE_DEPARTMENTS
        folder = tmp / "teams" / f"dept-{dept:02}"
        folder.mkdir(exist_ok=True)
        out = []
        for o in range(TREE_OBJECTIVES_PER_TEAM):
            oid = f"t{t:05}-o{o}"
            parent = f"dept-{dept:02}" if o == 0 else f"t{t:05}-o0"
            out.append(
                f'[[objectives]]\nid = "{oid}"\ntitle = "Team {t} objective {o}"\n'
                f'owner = "team-{t:05}"\nparent = "{parent}"\nweight = {1 + o % 3}.0\n'
                f'type = "{"committed" if o % 2 else "aspirational"}"\ntags = ["team:{t % 50}"]\n'
            )
            for k in range(TREE_KRS_PER_OBJECTIVE):
                n = (t * 25 + o * 5 + k)
                kid = f"{oid}-k{k}"
                kr = f'  [[objectives.key_results]]\n  id = "{kid}"\n  title = "Key result {n}"\n  weight = {1 + k % 2}.0\n'
                kind = n % 10
                metric = f"m{n % TREE_METRICS:03}"
                if kind < 5:
                    kr += f'  metric = "{metric}"\n  start = 0\n  target = {2000 + n % 3000}\n'
                elif kind == 5:
                    kr += f'  metric = "{metric}"\n  window = "month"\n  start = 500\n  target = 900\n'
                elif kind == 6:
                    r = f"r{(n % TREE_METRICS) // 10 * 10:03}"
                    kr += f'  metric = "{r}"\n  start = 0.5\n  target = 1.2\n'
                    kr += f'  guardrails = [ {{ metric = "{metric}", min = 10 }} ]\n'
                elif kind == 7:
                    kr += f'  metric = "{metric}"\n  aggregate = "avg"\n  window = "week"\n  start = 40\n  target = 20\n'
                elif kind == 8:
                    kr += f'  start = 3.0\n  target = 4.0\n  current = {3 + (n % 10) / 10}\n  updated = 2026-11-{1 + n % 19:02}\n'
                else:
                    kr += f'  done = {"true" if n % 3 == 0 else "false"}\n  due = 2026-11-{1 + n % 28:02}\n'
                    if n % 3 == 0:
                        kr += "  done_on = 2026-11-01\n"
                out.append(kr)
        for e in range(2):
            out.append(
                f'[[experiments]]\nid = "t{t:05}-x{e}"\ntitle = "Experiment {e} of team {t}"\n'
                f'hypothesis = "It moves the number"\nkey_results = ["t{t:05}-o1-k{e}"]\n'
                f'impact = {3 + e}\nconfidence = 5\nease = 6\nstatus = "{"running" if e else "idea"}"\n'
                + ('start = 2026-10-05\nend = 2026-11-30\n' if e else "")
            )
        (folder / f"team-{t:05}.toml").write_text("\n".join(out))
    (tmp / "okrs.toml").write_text(main_text)
    tmp.rename(root)
    return main


TREE_AS_OF = "2026-11-20"
# (name, arguments, exit codes that are a result): `check` fails on purpose.
TREE_COMMANDS = [
    ("validate", ["validate"], (0,)),
    ("status --format json", ["status", "--format", "json"], (0,)),
    ("check", ["check"], (0, 1)),
    ("show KR", ["show", "t00001-o1-k2"], (0,)),
    ("report", ["report"], (0,)),
]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rows", type=int, nargs="*", default=[1_000_000],
                    help="rows of the CSV files (none: skip the CSV benchmark)")
    ap.add_argument("--variant", nargs="+", choices=VARIANTS, default=VARIANTS)
    ap.add_argument("--tree", type=int, nargs="+", default=[], metavar="TEAMS",
                    help="also time okr on an organisation of TEAMS team files x 25 key results")
    ap.add_argument("--repeat", type=int, help="runs per tool, the median shown (default 3, 1 from 30M rows)")
    ap.add_argument("--no-build", action="store_true", help="use target/release/okr as it is")
    ap.add_argument("--tools", nargs="+", default=["okr", "duckdb", "polars"])
    opts = ap.parse_args()
    py, gen = setup(not opts.no_build, bool(opts.rows))
    global LOAD_BEFORE
    LOAD_BEFORE = f"{os.getloadavg()[0]:.1f}"

    trees = []
    for teams in opts.tree:
        main_file = tree_dataset(teams)
        repeat = opts.repeat or 3
        for name, args, ok in TREE_COMMANDS:
            cmd = [str(OKR), *args, "-c", str(main_file), "--as-of", TREE_AS_OF]
            walls, cpus, rss = [], [], 0
            for _ in range(repeat):
                wall, peak, _ = measure(cmd, ok)
                walls.append(wall)
                cpus.append(measure.cpu)
                rss = max(rss, peak)
            trees.append((teams, name, repeat, statistics.median(walls), rss, statistics.median(cpus)))
            print(f"{teams:>6} teams {name:<22} {trees[-1][3]:8.3f} s  {rss / 2**20:8.1f} MB",
                  file=sys.stderr, flush=True)

    results = []
    for rows in opts.rows:
        for variant in opts.variant:
            csv, okrs = dataset(gen, rows, variant)
            warm(csv)
            size = csv.stat().st_size
            commands = {
                "okr": [str(OKR), "status", "--format", "json", "-c", str(okrs), "--as-of", AS_OF],
                "duckdb": [py, str(BENCH / "engines.py"), "duckdb", str(csv), variant, *CYCLE, *READ],
                "polars": [py, str(BENCH / "engines.py"), "polars", str(csv), variant, *CYCLE, *READ],
            }
            runs = {}
            repeat = opts.repeat or (3 if rows < 30_000_000 else 1)
            for tool in opts.tools:
                walls, cpus, rss, out = [], [], 0, b""
                for _ in range(repeat):
                    wall, peak, out = measure(commands[tool])
                    walls.append(wall)
                    cpus.append(measure.cpu)
                    rss = max(rss, peak)
                values = okr_values(out) if tool == "okr" else engine_values(out)
                runs[tool] = (statistics.median(walls), rss, values, statistics.median(cpus))
                print(f"{rows:>11,} {variant:<6} {tool:<6} {runs[tool][0]:8.3f} s  {rss / 2**20:8.1f} MB",
                      file=sys.stderr, flush=True)
            if "okr" in runs:
                for tool in runs:
                    if tool != "okr":
                        agree(tool, runs[tool][2], runs["okr"][2])
            results.append((rows, variant, size, repeat, runs))

    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    print(f"\n{os.cpu_count()} cores ({cpu}), {dt.date.today()}, load average before {LOAD_BEFORE}; "
          "the median of `runs` runs on a warm page cache (CPU: user + system)")
    if trees:
        print("\n| teams | key results | command | runs | wall | CPU | peak RSS | wall, CPU / the smallest tree's |")
        print("| ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: |")
        smallest = {}
        for teams, name, repeat, wall, rss, cpu_s in trees:
            base = smallest.setdefault(name, (teams, wall, cpu_s))
            ratio = (f"{wall / base[1]:.1f}x, {cpu_s / base[2]:.1f}x for {teams / base[0]:.0f}x the tree"
                     if base[0] != teams else "")
            krs = teams * TREE_OBJECTIVES_PER_TEAM * TREE_KRS_PER_OBJECTIVE + TREE_DEPARTMENTS
            print(f"| {teams:,} | {krs:,} | `okr {name}` | {repeat} | {wall:.2f} s | {cpu_s:.2f} s "
                  f"| {rss / 2**20:,.0f} MB | {ratio} |")
    if not results:
        return
    print("\nall three agree on every key result's number (relative tolerance 1e-9)\n")
    print("| rows | variant | file | tool | runs | wall | CPU | throughput | rows/s | peak RSS | okr / tool |")
    print("| ---: | --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for rows, variant, size, repeat, runs in results:
        okr_wall = runs.get("okr", (None,))[0]
        for tool, (wall, rss, _, cpu_s) in runs.items():
            ratio = f"{okr_wall / wall:.2f}x" if okr_wall and tool != "okr" else ""
            print(
                f"| {rows:,} | {variant} | {size / 1e6:,.0f} MB | {tool} | {repeat} | {wall:.2f} s | {cpu_s:.2f} s "
                f"| {size / 1e6 / wall:,.0f} MB/s | {rows / wall / 1e6:,.1f} M | {rss / 2**20:,.0f} MB | {ratio} |"
            )


if __name__ == "__main__":
    main()
