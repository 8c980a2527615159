#!/usr/bin/env python3
"""The PostgreSQL row of the benchmark: `okr status --format json` on a
`kind = "postgres"` source against `psql -c` running the equivalent GROUP BY,
on the same generated long-format data.

    OKR_BENCH_PG_URL=postgresql://user:pw@127.0.0.1:5432/db python3 bench/postgres.py
    python3 bench/postgres.py --rows 1000000 10000000 --repeat 5
    python3 bench/postgres.py --sslmode verify-full --sslrootcert ca.pem   # over TLS

With --sslmode (and --sslrootcert) both okr and psql connect over TLS with
those libpq options; the server needs ssl = on (.ci/run's has it).

It generates (once; reused after) target/bench/pg-long-ROWS.csv: two years of
days (2024-01-01 to 2025-12-30), ROWS/730 rows a day, each row a random metric
of 200, a random segment of 50 and a value (counts for even metrics, amounts
with two decimals for odd ones, 2% empty). It loads it with COPY into
okr_bench.metrics_ROWS (date DATE, metric TEXT, value NUMERIC, segment TEXT;
no index, as a plain export table would be), writes an OKR file whose key
results read 30 of the 200 metrics over 2025-Q4, and times, as separate
processes (start-up and connection included), the median of --repeat runs:

- okr: connects, wraps the source's query, lets the server group it;
- psql: the same GROUP BY by hand (date, metric, segment over the 30
  metrics and the cycle), its rows thrown away;
- okr on the CSV file, for reference.

Before printing, it checks that okr's cycle sums equal the server's. Needs
psql and a release build (built if missing: cargo build --release).
"""

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
DATA = ROOT / "target" / "bench"  # generated data stays out of git
OKR = ROOT / "target" / "release" / "okr"

CYCLE = ("2025-10-01", "2025-12-31")
SUM_METRICS = [f"metric_{i:03}" for i in range(20)]
RATIOS = [(f"metric_{20 + 2 * i:03}", f"metric_{21 + 2 * i:03}") for i in range(5)]
READ = SUM_METRICS + [m for pair in RATIOS for m in pair]


def generate(rows, path):
    """The long CSV, deterministic for a row count."""
    rng = random.Random(rows)
    per_day = max(1, rows // 730)
    import datetime as dt

    day0 = dt.date(2024, 1, 1)
    tmp = path.with_suffix(".tmp")
    with open(tmp, "w", newline="") as out:
        out.write("date,metric,value,segment\n")
        written = 0
        for d in range(730):
            date = (day0 + dt.timedelta(days=d)).isoformat()
            n = per_day if d < 729 else rows - written
            lines = []
            for _ in range(n):
                m = rng.randrange(200)
                s = rng.randrange(50)
                if rng.random() < 0.02:
                    value = ""
                elif m % 2 == 0:
                    value = str(rng.randrange(1000))
                else:
                    value = f"{rng.randrange(100000) / 100:.2f}"
                lines.append(f"{date},metric_{m:03},{value},segment_{s:02}\n")
            out.writelines(lines)
            written += n
    tmp.rename(path)


def psql(url, *args, capture=False):
    return subprocess.run(
        ["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", url, *args],
        check=True,
        capture_output=capture,
        text=True,
        env=dict(os.environ, PGOPTIONS="-c client_min_messages=warning"),
    )


def okr_file(directory, source):
    lines = [
        "[cycle]",
        'name = "2025-Q4"',
        f"start = {CYCLE[0]}",
        f"end = {CYCLE[1]}",
        "",
        source,
        "",
    ]
    for m in READ:
        lines += [f"[metrics.{m}]", 'source = "bench"', ""]
    for a, b in RATIOS:
        lines += [f"[metrics.{a}_per_{b}]", f'ratio = {{ numerator = "{a}", denominator = "{b}" }}', ""]
    lines += ["[[objectives]]", 'id = "bench"', 'title = "Benchmark"', ""]
    krs = SUM_METRICS + [f"{a}_per_{b}" for a, b in RATIOS]
    for i, m in enumerate(krs):
        lines += [
            "  [[objectives.key_results]]",
            f'  id = "kr-{i}"',
            f'  title = "{m}"',
            f'  metric = "{m}"',
            "  start = 0",
            "  target = 1000000",
            "",
        ]
    path = Path(directory) / "okrs.toml"
    path.write_text("\n".join(lines))
    return path


def timed(cmd, env, repeat):
    times = []
    out = None
    for _ in range(repeat):
        start = time.perf_counter()
        out = subprocess.run(cmd, env=env, check=True, capture_output=True, text=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times), out.stdout


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--rows", type=int, nargs="+", default=[1_000_000])
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--url", default=os.environ.get("OKR_BENCH_PG_URL") or os.environ.get("OKR_TEST_PG_URL"))
    ap.add_argument("--sslmode", choices=["disable", "prefer", "require", "verify-ca", "verify-full"],
                    help="connect okr and psql over TLS (libpq's sslmode)")
    ap.add_argument("--sslrootcert", help="the CA certificate for verify-ca and verify-full (a PEM file)")
    ap.add_argument("--okr", type=Path, default=OKR, help=f"the okr binary [default: {OKR}]")
    args = ap.parse_args()
    if not args.url:
        sys.exit("set OKR_BENCH_PG_URL (or pass --url) to a PostgreSQL server to load the data into")
    params = [f"sslmode={args.sslmode}"] if args.sslmode else []
    if args.sslrootcert:
        params.append("sslrootcert=" + str(Path(args.sslrootcert).resolve()).replace("/", "%2F"))
    if params:
        args.url += ("&" if "?" in args.url else "?") + "&".join(params)
    okr = args.okr
    if okr == OKR and not OKR.exists():
        subprocess.run(["cargo", "build", "--release"], cwd=ROOT, check=True)
    DATA.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, OKR_BENCH_PG_URL=args.url, NO_COLOR="1", OKR_ALLOW_PATHS=str(DATA))
    version = psql(args.url, "-At", "-c", "show server_version", capture=True).stdout.strip()
    tls = psql(args.url, "-At", "-c", "select coalesce((select version from pg_stat_ssl where pid = pg_backend_pid() and ssl), 'no TLS')",
               capture=True).stdout.strip()
    print(f"PostgreSQL {version} ({tls}, sslmode={args.sslmode or 'as in the URL'}); okr {okr}; median of {args.repeat} runs; "
          f"cycle {CYCLE[0]}..{CYCLE[1]}, 30 of 200 metrics")
    print(f"{'rows':>12}  {'okr (postgres)':>15}  {'psql GROUP BY':>14}  {'okr (CSV file)':>15}  load (COPY)")
    for rows in args.rows:
        csv = DATA / f"pg-long-{rows}.csv"
        if not csv.exists():
            generate(rows, csv)
        table = f"okr_bench.metrics_{rows}"
        start = time.perf_counter()
        psql(
            args.url,
            "-c", "CREATE SCHEMA IF NOT EXISTS okr_bench",
            "-c", f"DROP TABLE IF EXISTS {table}",
            "-c", f"CREATE TABLE {table} (date date, metric text, value numeric, segment text)",
            "-c", f"\\copy {table} FROM '{csv}' WITH (FORMAT csv, HEADER true)",
            "-c", f"ANALYZE {table}",
        )
        load = time.perf_counter() - start
        names = ", ".join(f"'{m}'" for m in READ)
        by_hand = (
            f"SELECT date, metric, segment, SUM(value), COUNT(value), COUNT(*) FROM {table} "
            f"WHERE metric IN ({names}) AND date BETWEEN '{CYCLE[0]}' AND '{CYCLE[1]}' "
            "GROUP BY date, metric, segment"
        )
        with tempfile.TemporaryDirectory() as d:
            pg_config = okr_file(
                d,
                '[[sources]]\nname = "bench"\nkind = "postgres"\nurl_env = "OKR_BENCH_PG_URL"\n'
                f'query = "select date, metric, value, segment from {table}"\ntimeout = 600',
            )
            status = [str(okr), "status", "-c", str(pg_config), "--as-of", CYCLE[1], "--format", "json"]
            okr_pg, out = timed(status, env, args.repeat)
            psql_time, _ = timed(
                ["psql", "-X", "-q", "-At", "-v", "ON_ERROR_STOP=1", args.url, "-o", "/dev/null", "-c", by_hand],
                env,
                args.repeat,
            )
            csv_dir = Path(d) / "csv"
            csv_dir.mkdir()
            csv_config = okr_file(csv_dir, f'[[sources]]\nname = "bench"\npath = "{csv}"')
            okr_csv, csv_out = timed(
                [str(okr), "status", "-c", str(csv_config), "--as-of", CYCLE[1], "--format", "json"],
                env,
                args.repeat,
            )
        # okr's cycle sums against the server's (and the CSV's).
        sums = psql(
            args.url,
            "-At",
            "-F",
            ",",
            "-c",
            f"SELECT metric, SUM(value) FROM {table} WHERE metric IN ({names}) "
            f"AND date BETWEEN '{CYCLE[0]}' AND '{CYCLE[1]}' GROUP BY metric",
            capture=True,
        ).stdout
        server = {m: float(v) for m, v in (line.split(",") for line in sums.split())}
        for result in (json.loads(out), json.loads(csv_out)):
            for kr in result["objectives"][0]["key_results"]:
                if kr["metric"] in server:
                    want, got = server[kr["metric"]], kr["value"]
                    if abs(want - got) > 1e-9 * max(1.0, abs(want)):
                        sys.exit(f"{kr['metric']}: okr says {got}, the server {want}")
        print(f"{rows:>12}  {okr_pg:>13.3f} s  {psql_time:>12.3f} s  {okr_csv:>13.3f} s  {load:.1f} s")


if __name__ == "__main__":
    main()
