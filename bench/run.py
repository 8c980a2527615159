#!/usr/bin/env python3
"""Side-by-side benchmark: `okr status --format json` against DuckDB and
polars on the same long-format metrics CSV.

    python3 bench/run.py                      # 1M rows, both variants
    python3 bench/run.py --rows 1000000 10000000 100000000 --variant plain

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


def sh(*args, **kw):
    return subprocess.run(args, check=True, **kw)


def setup(build):
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
    if build:
        sh("cargo", "build", "--release", "--quiet", cwd=ROOT)
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
    csv = DATA / f"{variant}-{rows}.csv"
    if not csv.exists():
        print(f"generating {csv.name} ...", file=sys.stderr, flush=True)
        tmp = csv.with_suffix(".tmp")
        sh(str(gen), str(rows), variant, str(tmp))
        tmp.rename(csv)
    return csv, okr_file(csv, variant)


def measure(args):
    """Wall time and the peak RSS of exactly this command (via wait4)."""
    start = time.perf_counter()
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    out = proc.stdout.read()
    err = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(map(str, args[:3]))} failed ({proc.returncode}):\n{err.decode()}")
    return wall, usage.ru_maxrss * 1024, out


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


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rows", type=int, nargs="+", default=[1_000_000])
    ap.add_argument("--variant", nargs="+", choices=["plain", "nordic"], default=["plain", "nordic"])
    ap.add_argument("--repeat", type=int, help="runs per tool, the median shown (default 3, 1 from 30M rows)")
    ap.add_argument("--no-build", action="store_true", help="use target/release/okr as it is")
    ap.add_argument("--tools", nargs="+", default=["okr", "duckdb", "polars"])
    opts = ap.parse_args()
    py, gen = setup(not opts.no_build)

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
                walls, rss, out = [], 0, b""
                for _ in range(repeat):
                    wall, peak, out = measure(commands[tool])
                    walls.append(wall)
                    rss = max(rss, peak)
                values = okr_values(out) if tool == "okr" else engine_values(out)
                runs[tool] = (statistics.median(walls), rss, values)
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
    print(f"\n{os.cpu_count()} cores ({cpu}), {dt.date.today()}; the median of `runs` runs on a warm page cache")
    print("all three agree on every key result's number (relative tolerance 1e-9)\n")
    print("| rows | variant | file | tool | runs | wall | throughput | rows/s | peak RSS | okr / tool |")
    print("| ---: | --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for rows, variant, size, repeat, runs in results:
        okr_wall = runs.get("okr", (None,))[0]
        for tool, (wall, rss, _) in runs.items():
            ratio = f"{okr_wall / wall:.2f}x" if okr_wall and tool != "okr" else ""
            print(
                f"| {rows:,} | {variant} | {size / 1e6:,.0f} MB | {tool} | {repeat} | {wall:.2f} s "
                f"| {size / 1e6 / wall:,.0f} MB/s | {rows / wall / 1e6:,.1f} M | {rss / 2**20:,.0f} MB | {ratio} |"
            )


if __name__ == "__main__":
    main()
