#!/usr/bin/env python3
"""check_statuses.py: an independent reading of DESIGN.md section 2, in Python.

    python3 examples/check_statuses.py [-c okrs.example.toml] [--as-of 2026-11-20]
                                       [--format table|json] [--compare okr.json]

It reads an OKR file (with its includes) and its CSV sources the way
DESIGN.md 1.1 and 1.2 describe, computes every key result's value, run rate,
progress, expected progress, status, stale flag, partial flag and forecast
the way section 2 of the contract's second edition describes (settle_days
and `pending`, run rates, final values, budgets and quotas, `every`
thresholds, the bounded forecast), and prints a table, or JSON shaped like
section 4 (`as_of`, `cycle`, `north_star`, `objectives[]` nested by parent
with `key_results[]`).

Why it exists: it is written apart from the Rust engine, from the contract
alone, so the two can check each other. `--compare FILE` reads what
`okr status --format json` wrote for the same file and as-of date and lists
every field that differs (numbers, `forecast` and `run_rate` included,
compared within 1e-9 relative or 1e-12 absolute); the exit status is 1 when
something differs. Compared: per key result value, start, target, progress,
expected, status, stale, partial, forecast, run_rate, grade, window; per
objective progress, grade, status; for the North Star value, start, target,
progress, status, period, partial (and run_rate when okr's JSON has one).

    okr status -c okrs.example.toml --as-of 2026-11-20 --format json > /tmp/okr.json
    python3 examples/check_statuses.py --as-of 2026-11-20 --compare /tmp/okr.json

`--sweep FIRST:LAST --okr PATH` runs `PATH status --format json` (with
`--okr-command check`, `PATH check --format json`) for every as-of date from
FIRST to LAST and compares each day the same way:

    python3 examples/check_statuses.py --sweep 2026-09-28:2027-01-10 --okr target/debug/okr
    python3 examples/check_statuses.py -c examples/crosscheck/midweek.toml \
        --sweep 2026-09-28:2027-01-10 --okr target/debug/okr

A file both refuse (exit 2) counts as agreement; one only this script
refuses counts as every day differing. examples/crosscheck/ holds the files
to sweep: okrs.toml (many key-result shapes over the example's data),
midweek.toml (a cycle from a Wednesday to a Wednesday over its own
midweek.csv), settings.toml (other [settings]), quarter.toml (no whole
quarter), short.toml (a cycle that ends before its data), and invalid-*.toml
(files DESIGN.md 2 refuses).

It was also used to tune examples/generate.py until every status shows at
2026-11-20. Scope: CSV sources only (no databases, no Meta Ads or day-count
exports, no check-in log); standard library only (Python 3.11+ for tomllib).
Where DESIGN.md is silent, the choices are marked "Reading:" below.
"""

import argparse
import csv
import datetime as dt
import glob
import io
import json
import math
import os
import re
import subprocess
import sys
import tomllib

REL_TOL = 1e-9
ABS_TOL = 1e-12
WORST_FIRST = ["off-track", "guardrail-breached", "stalled", "at-risk",
               "no-data", "pending", "on-track", "done"]


class ConfigError(Exception):
    pass


# --- comparisons (DESIGN.md 2: within 1e-9 relative or 1e-12 absolute) -------

def near(a, b):
    return abs(a - b) <= ABS_TOL or abs(a - b) <= REL_TOL * max(abs(a), abs(b))


def at_least(a, b):
    return a > b or near(a, b)


def higher(a, b):
    return a > b and not near(a, b)


# --- reading CSV exports (DESIGN.md 1.2) -------------------------------------

MISSING = {"", "--", "n/a", "N/A"}
TOTALS = re.compile(r"^(total|totals|total:.*|grand total)$", re.IGNORECASE)
CURRENCY = re.compile(r"[$€£¥₹]")
DATE_FORMATS = ["%Y-%m-%d", "%Y%m%d", "%d.%m.%Y", "%d/%m/%Y", "%m/%d/%Y", "%m/%d/%y"]
ISO_DATETIME = re.compile(r"^(\d{4}-\d{2}-\d{2})[T ]")


def decode(raw, path):
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8")
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252")


def split_records(text, delimiter):
    return list(csv.reader(io.StringIO(text), delimiter=delimiter))


def sniff_delimiter(header_line, body):
    best = None
    for delim in (",", ";", "\t"):
        rows = split_records(header_line + "\n" + body, delim)
        if not rows or len(rows[0]) < 2:
            continue
        width = len(rows[0])
        agree = sum(1 for r in rows if len(r) == width)
        if best is None or agree > best[0]:
            best = (agree, delim)
    if best is None:
        raise ConfigError(f"cannot tell the delimiter of {header_line!r}")
    return best[1]


def number_shape(cell):
    """The cell without spaces, %, currency signs; None if not number-like."""
    s = CURRENCY.sub("", cell.strip().strip('"')).replace("\u00a0", "").replace(" ", "")
    s = s.rstrip("%")
    if re.fullmatch(r"[-+]?[\d.,]*\d[\d.,]*", s):
        return s
    return None


def sniff_decimal(cells):
    """',' or '.', from all numeric cells of the file together."""
    comma = dot = False
    for cell in cells:
        s = number_shape(cell)
        if s is None:
            continue
        if "," in s and "." in s:
            if s.rfind(",") > s.rfind("."):
                comma = True
            else:
                dot = True
        elif "," in s:
            parts = s.split(",")
            if len(parts) == 2 and len(parts[1]) != 3:
                comma = True
        elif "." in s:
            parts = s.split(".")
            if len(parts) > 2:  # 1.234.567
                comma = True
            elif len(parts[1]) != 3:
                dot = True
    if comma and dot:
        raise ConfigError("both decimal marks are used: set `decimal`")
    return "," if comma else "."


def parse_number(cell, decimal, where):
    c = cell.strip()
    if c in MISSING:
        return None
    if c.lower() in ("nan", "inf", "-inf", "+inf", "infinity"):
        raise ConfigError(f"{where}: {c!r} is not a number")
    percent = c.endswith("%")
    s = number_shape(c)
    if s is None:
        raise ConfigError(f"{where}: invalid number {c!r}")
    if decimal == ",":
        s = s.replace(".", "").replace(",", ".")
    else:
        s = s.replace(",", "")
    value = float(s)
    return value / 100 if percent else value


def sniff_date_format(cells):
    left = list(DATE_FORMATS)
    for cell in cells:
        if ISO_DATETIME.match(cell):
            cell = cell[:10]
        left = [f for f in left if _parses(cell, f)]
    if not left:
        raise ConfigError("dates in no known format: set `date_format`")
    # D/M and M/D both left means no day above 12 told them apart
    if "%d/%m/%Y" in left and "%m/%d/%Y" in left:
        raise ConfigError("dates could be D/M or M/D: set `date_format`")
    return left[0]


def _parses(cell, fmt):
    try:
        dt.datetime.strptime(cell, fmt)
    except ValueError:
        return False
    if fmt == "%Y%m%d":
        return len(cell) == 8
    return True


def parse_date(cell, fmt):
    if ISO_DATETIME.match(cell):
        cell = cell[:10]
    return dt.datetime.strptime(cell, fmt).date()


class Table:
    """One source file, read: header and rows after preamble and totals."""

    def __init__(self, source, base_dir):
        path = os.path.join(base_dir, source["path"])
        with open(path, "rb") as f:
            text = decode(f.read(), path)
        lines = text.splitlines()
        skip = source.get("skip_rows", 0)
        i = skip
        while i < len(lines) and (lines[i].startswith("#") or not lines[i].strip()):
            i += 1
        if i >= len(lines):
            raise ConfigError(f"{path}: no header")
        header_line, body = lines[i], "\n".join(lines[i + 1:])
        self.first_line = i + 1
        delim = source.get("delimiter") or sniff_delimiter(header_line, body)
        records = split_records(header_line + "\n" + body, delim)
        self.header = [h.strip() for h in records[0]]
        self.path = path
        layout = source.get("layout", "long")
        lower = [h.lower() for h in self.header]
        if source.get("date_column"):
            self.date_col = self.header.index(source["date_column"])
        elif layout == "long":
            self.date_col = lower.index("date")
        else:
            self.date_col = 0
        rows = []
        for n, rec in enumerate(records[1:], start=self.first_line + 1):
            if not any(c.strip() for c in rec):
                continue
            date_cell = rec[self.date_col].strip() if self.date_col < len(rec) else ""
            if not date_cell or TOTALS.match(date_cell):
                continue  # a totals row
            rows.append((n, date_cell, rec))
        self.date_format = source.get("date_format") or sniff_date_format(
            [d for _, d, _ in rows])
        if layout == "long":
            value_cells = [r[lower.index("value")] for _, _, r in rows]
        else:
            value_cells = [c for _, _, r in rows for j, c in enumerate(r) if j != self.date_col]
        self.decimal = source.get("decimal") or sniff_decimal(value_cells)
        self.rows = [(n, parse_date(d, self.date_format), rec) for n, d, rec in rows]
        self.layout = layout
        self.lower = lower

    def series(self, column, segment):
        """Daily sums of one metric ({date: value}); missing cells are no data."""
        out = {}
        where = lambda n: f"{self.path}:{n}"
        if self.layout == "wide":
            j = self.header.index(column)
            for n, d, rec in self.rows:
                v = parse_number(rec[j], self.decimal, where(n))
                if v is not None:
                    out[d] = out.get(d, 0.0) + v
            return out
        m, v_col = self.lower.index("metric"), self.lower.index("value")
        s_col = self.lower.index("segment") if "segment" in self.lower else None
        blank, segmented = set(), set()
        for n, d, rec in self.rows:
            if rec[m].strip() != column:
                continue
            seg = rec[s_col].strip() if s_col is not None and s_col < len(rec) else ""
            if segment is not None and seg != segment:
                continue
            v = parse_number(rec[v_col], self.decimal, where(n))
            if v is None:
                continue
            (segmented if seg else blank).add(d)
            out[d] = out.get(d, 0.0) + v
        if segment is None and blank & segmented:
            raise ConfigError(f"{self.path}: {column} has total and segment rows "
                              "on the same date: name a segment")
        return out


# --- the OKR file ------------------------------------------------------------

def load_config(path):
    with open(path, "rb") as f:
        main = tomllib.load(f)
    base = os.path.dirname(os.path.abspath(path))
    objectives = list(main.get("objectives", []))
    experiments = list(main.get("experiments", []))
    for pattern in main.get("include", []):
        for inc in sorted(glob.glob(os.path.join(base, pattern))):
            with open(inc, "rb") as f:
                part = tomllib.load(f)
            objectives += part.get("objectives", [])
            experiments += part.get("experiments", [])
    settings = {"at_risk_below": 0.85, "off_track_below": 0.60,
                "stall_days": 14, "stale_days": 7, "settle_days": 7}
    settings.update(main.get("settings", {}))
    check_second_edition(main.get("metrics", {}), objectives, main.get("north_star"))
    return {
        "base": base,
        "cycle": main["cycle"],
        "settings": settings,
        "sources": {s["name"]: s for s in main.get("sources", [])},
        "metrics": main.get("metrics", {}),
        "north_star": main.get("north_star"),
        "objectives": objectives,
        "experiments": experiments,
    }


def check_second_edition(metrics, objectives, north_star):
    """The two validation rules section 2 adds (okr exits 2 on them): no
    `aggregate` on a KR or guardrail whose metric is a ratio or formula, no
    `window` beside `every`."""
    def derived(name):
        m = metrics.get(name, {})
        return "ratio" in m or "formula" in m
    guards = list((north_star or {}).get("guardrails", []))
    for o in objectives:
        for kr in o.get("key_results", []):
            if "aggregate" in kr and derived(kr.get("metric")):
                raise ConfigError(f"{kr['id']}: `aggregate` on the ratio or formula "
                                  f"{kr['metric']!r}")
            if "every" in kr and "window" in kr:
                raise ConfigError(f"{kr['id']}: `window` beside `every`")
            guards += kr.get("guardrails", [])
    for g in guards:
        if "aggregate" in g and derived(g["metric"]):
            raise ConfigError(f"guardrail on {g['metric']!r}: `aggregate` on a ratio or formula")


# --- periods -------------------------------------------------------------------

def period_of(d, grain):
    """The calendar period around d: (first day, last day)."""
    if grain == "day":
        return d, d
    if grain == "week":
        first = d - dt.timedelta(days=d.weekday())
        return first, first + dt.timedelta(days=6)
    if grain == "month":
        first = d.replace(day=1)
    elif grain == "quarter":
        first = d.replace(month=(d.month - 1) // 3 * 3 + 1, day=1)
    else:
        raise ConfigError(f"unknown grain {grain!r}")
    months = 1 if grain == "month" else 3
    y, m = divmod(first.month - 1 + months, 12)
    return first, dt.date(first.year + y, m + 1, 1) - dt.timedelta(days=1)


class Engine:
    def __init__(self, config, as_of):
        self.cfg = config
        self.as_of = as_of
        self.start = config["cycle"]["start"]
        self.end = config["cycle"]["end"]
        self.s = config["settings"]
        self.metrics = config["metrics"]
        self.tables = {}
        self.series = {}
        for name, m in self.metrics.items():
            if "source" in m:
                table = self._table(m["source"])
                column = m.get("column", name)
                self.series[name] = table.series(column, m.get("segment"))

    def _table(self, name):
        if name not in self.tables:
            self.tables[name] = Table(self.cfg["sources"][name], self.cfg["base"])
        return self.tables[name]

    # -- metric values over a window, with data up to `upto` --

    def days(self, metric, lo, hi, upto):
        hi = min(hi, upto)
        return sorted((d, v) for d, v in self.series[metric].items() if lo <= d <= hi)

    def value(self, metric, lo, hi, upto, aggregate=None):
        m = self.metrics[metric]
        if "source" in m:
            pts = self.days(metric, lo, hi, upto)
            if not pts:
                return None
            vals = [v for _, v in pts]
            agg = aggregate or m.get("aggregate", "sum")
            return {"sum": lambda: sum(vals), "avg": lambda: sum(vals) / len(vals),
                    "min": lambda: min(vals), "max": lambda: max(vals),
                    "last": lambda: vals[-1], "count": lambda: float(len(vals))}[agg]()
        # A ratio is always sum/sum, a formula's parts use their own
        # aggregates (DESIGN.md 2, "Formula metrics"); `aggregate` on a KR or
        # guardrail over a ratio or formula is refused (check_second_edition).
        if "ratio" in m:
            num = self.value(m["ratio"]["numerator"], lo, hi, upto, "sum")
            den = self.value(m["ratio"]["denominator"], lo, hi, upto, "sum")
            if num is None or den is None or den == 0:
                return None
            return num / den
        return Formula(m["formula"]).eval(lambda n: self.value(n, lo, hi, upto))

    def newest(self, metric, upto):
        """The newest data point inside the cycle on or before upto (for ratios
        and formulas the oldest of their parts' newest); None when a part has
        none."""
        m = self.metrics[metric]
        if "source" in m:
            ds = [d for d in self.series[metric] if self.start <= d <= min(upto, self.end)]
            return max(ds) if ds else None
        newest = [self.newest(p, upto) for p in self.parts(metric)]
        return None if None in newest else min(newest)

    def parts(self, metric):
        m = self.metrics[metric]
        if "ratio" in m:
            return [m["ratio"]["numerator"], m["ratio"]["denominator"]]
        return Formula(m["formula"]).names

    def data_days(self, metric, upto):
        """Days inside the cycle, on or before upto, with data. Reading: for a
        ratio or formula the days on which ALL its parts have data, and for a
        formula over a ratio or formula, all of that one's parts too
        (DESIGN.md 2, Forecast: "the days on which all its parts have data")."""
        m = self.metrics[metric]
        if "source" in m:
            return {d for d in self.series[metric] if self.start <= d <= min(upto, self.end)}
        sets = [self.data_days(p, upto) for p in self.parts(metric)]
        return set.intersection(*sets) if sets else set()

    def kr_aggregate(self, kr):
        """The aggregate a KR judges with: its own, else its metric's, else sum;
        None for ratios, formulas and manual KRs (no aggregate applies)."""
        m = self.metrics.get(kr.get("metric"))
        if m is None or "source" not in m:
            return None
        return kr.get("aggregate") or m.get("aggregate") or "sum"

    # -- windows --

    def window(self, kind, as_of=None):
        """A KR's window at as_of (default the as-of date): a Window."""
        as_of = as_of or self.as_of
        if kind in (None, "cycle"):
            last = min(as_of, self.end)
            return Window(self.start, last, partial=False, ended=as_of >= self.end,
                          expected_at=as_of, calendar_days=None, kind="cycle")
        return self.period_window(kind, as_of)

    def clipped(self, d, grain):
        """The period around d clipped to the cycle, and its calendar length."""
        first, last = period_of(d, grain)
        return max(first, self.start), min(last, self.end), (last - first).days + 1

    def period_window(self, grain, as_of):
        """The latest period (clipped to the cycle) ended by as_of, else the
        current one so far (partial). Reading: a clipped period counts, so at
        2026-10-05 a weekly window is Thu 1 .. Sun 4 Oct (only `every` asks
        for whole periods)."""
        d = min(as_of, self.end)
        first, last, cal = self.clipped(d, grain)
        if last <= as_of:
            return Window(first, last, False, True, last, cal, grain)
        prev_last = first - dt.timedelta(days=1)
        if prev_last >= self.start:
            pf, pl, pcal = self.clipped(prev_last, grain)
            return Window(pf, pl, False, True, pl, pcal, grain)
        # Expected "at the last day of the window's period, partial periods
        # included": the clipped period's last day, not the as-of date.
        return Window(first, as_of, True, False, last, cal, grain)

    def previous_window(self, w):
        """The (ended) period before window w's, or None before the cycle."""
        prev_last = w.first - dt.timedelta(days=1)
        if prev_last < self.start:
            return None
        pf, pl, cal = self.clipped(prev_last, w.kind)
        return Window(pf, pl, False, True, pl, cal, w.kind)

    def run_rate(self, kr, w, v):
        """value x (days of the calendar period) / (days of the window) for a
        period window shorter than its calendar period, with aggregate sum or
        count; else None. Reading: manual KRs, ratios and formulas never have
        one (no aggregate applies to them)."""
        if v is None or w.kind == "cycle" or self.kr_aggregate(kr) not in ("sum", "count"):
            return None
        if w.days >= w.calendar_days:
            return None
        return v * w.calendar_days / w.days

    def pending(self, w):
        """The window has not ended and has run fewer than settle_days days."""
        return not w.ended and w.days_run(self.as_of) < self.s["settle_days"]

    # -- pace --

    def elapsed(self, d):
        total = (self.end - self.start).days + 1
        return min(1.0, max(0.0, ((d - self.start).days + 1) / total))

    def expected(self, kr, d):
        plan = kr.get("plan")
        if not plan:
            return self.elapsed(d)
        start, target = kr["start"], kr["target"]
        x = lambda day: (day - self.start).days + 1
        knots = [(0, start)] + [(x(p["date"]), p["value"]) for p in plan] + [(x(self.end), target)]
        xd = min(max(x(d), 0), x(self.end))
        for (x0, y0), (x1, y1) in zip(knots, knots[1:]):
            if x0 <= xd <= x1:
                y = y0 + (y1 - y0) * (xd - x0) / (x1 - x0)
                return (y - start) / (target - start)
        raise AssertionError("plan knots do not cover the cycle")

    def pace_status(self, progress, expected):
        if expected <= 0 or near(expected, 0):
            # Reading: an expected within 1e-12 of 0 counts as <= 0.
            return "on-track" if at_least(progress, expected) else "off-track"
        ratio = progress / expected
        if at_least(ratio, self.s["at_risk_below"]):
            return "on-track"
        if at_least(ratio, self.s["off_track_below"]):
            return "at-risk"
        return "off-track"

    # -- key results --

    def guardrail_breaches(self, guardrails, lo, hi, out=None):
        """Over the KR's window (a partial one so far), never a run rate.
        With `out`, also records each guardrail's value and whether it is
        breached (out["guardrails"]) and the breaches (out["breaches"])."""
        breaches, seen = [], []
        for g in guardrails or []:
            v = self.value(g["metric"], lo, hi, self.as_of, g.get("aggregate"))
            broken = False
            if v is not None:  # else unknown, not breached
                if "min" in g and v < g["min"] and not near(v, g["min"]):
                    breaches.append(f"{g['metric']} {v:.4g} < min {g['min']}")
                    broken = True
                if "max" in g and v > g["max"] and not near(v, g["max"]):
                    breaches.append(f"{g['metric']} {v:.4g} > max {g['max']}")
                    broken = True
            seen.append({"metric": g["metric"], "value": v, "breached": broken})
        if out is not None:
            out["breaches"], out["guardrails"] = breaches, seen
        return breaches

    def kr_newest(self, kr):
        """Reading: for a manual KR the newest point is its latest check-in."""
        if "metric" in kr:
            return self.newest(kr["metric"], self.as_of)
        return self.manual_value(kr, self.as_of)[1]

    def kr_stale(self, kr):
        newest = self.kr_newest(kr)
        if newest is None:
            return None
        return (self.as_of - newest).days > self.s["stale_days"]

    def key_result(self, kr):
        if self.as_of < self.start:
            out = self.blank(kr)
            if "start" in kr and "target" in kr:  # elapsed is 0 before the start
                out["expected"] = self.expected(kr, self.as_of)
            return out
        if "done" in kr:
            return self.milestone(kr)
        if "at_least" in kr or "at_most" in kr:
            return self.threshold(kr)
        return self.progress_kr(kr)

    def blank(self, kr):
        """Reading: a threshold's `target` is its bound and its `start` null;
        thresholds and milestones have no `expected` (null), milestones no
        `window`; a KR's `grade` is null while it has no value."""
        return dict(id=kr["id"], title=kr["title"], value=None, start=kr.get("start"),
                    target=kr.get("target", kr.get("at_least", kr.get("at_most"))),
                    progress=None, expected=None, status="no-data", stale=None,
                    partial=False, forecast=None, grade=None, run_rate=None, window=None,
                    last_data=None, periods_held=None, periods_judged=None)

    def manual_value(self, kr, upto):
        """Reading: `current`/`updated` is one check-in; it counts from its day."""
        if "current" in kr and kr["updated"] <= upto:
            return kr["current"], kr["updated"]
        return None, None

    def kr_value(self, kr, lo, hi, upto):
        if "metric" in kr:
            return self.value(kr["metric"], lo, hi, upto, kr.get("aggregate"))
        return self.manual_value(kr, upto)[0]

    def judged_value(self, kr, w):
        """(value, run rate or None) of a KR over window w, data up to its end."""
        v = self.kr_value(kr, w.first, w.last, min(self.as_of, w.last))
        return v, self.run_rate(kr, w, v)

    def is_final(self, kr, w, increase, on_run_rate):
        """DESIGN.md 2, Final values. Reading: a manual KR's value may still
        move (a later check-in), so it is final only once its window ended."""
        if w.ended:
            return True
        if on_run_rate:
            return False
        agg = self.kr_aggregate(kr)
        if increase:
            return agg in ("sum", "count", "max")
        return agg == "min"

    def progress_kr(self, kr):
        out = self.blank(kr)
        start, target = kr["start"], kr["target"]
        increase = start < target
        w = self.window(kr.get("window"))
        out.update(window={"start": str(w.first), "end": str(w.last)}, partial=w.partial)
        v, rr = self.judged_value(kr, w)
        out["stale"] = self.kr_stale(kr)
        newest = self.kr_newest(kr)
        out["last_data"] = None if newest is None else str(newest)
        prog = lambda x: (x - start) / (target - start)
        # the as-of date for cycle windows, the period's last day for periods
        expected = self.expected(kr, w.expected_at)
        out["expected"] = expected
        if w.kind == "cycle":
            out["forecast"] = self.forecast(kr, out["stale"])
        if v is None:
            return out
        p = prog(rr if rr is not None else v)
        out.update(value=v, run_rate=rr, progress=p, grade=round_half_up(clamp(p)))
        breaches = self.guardrail_breaches(kr.get("guardrails"), w.first, w.last, out)
        if breaches:
            out["status"] = "guardrail-breached"
        elif at_least(p, 1.0) and self.is_final(kr, w, increase, rr is not None):
            out["status"] = "done"
        elif self.pending(w):
            out["status"] = "pending"
        elif self.stalled(kr, p, expected, w, prog):
            out["status"] = "stalled"
        else:
            out["status"] = self.pace_status(p, expected)
        return out

    def stalled(self, kr, p, expected, w, prog):
        """Reading: "below expected" is progress < expected beyond the 1e-9
        tolerance; the comparison point of a cycle window is the KR's value
        over the cycle's start .. (as-of - stall_days) with data up to then;
        of a period window, the previous period clipped to the cycle, on its
        own run rate when it is shorter than its calendar period."""
        if self.as_of >= self.end:
            return False
        if not (p < expected and not near(p, expected)):
            return False
        if w.kind == "cycle":
            c = self.as_of - dt.timedelta(days=self.s["stall_days"])
            if c < self.start:
                return False
            before = self.kr_value(kr, self.start, c, c)
        else:
            prev = self.previous_window(w)
            if prev is None:
                return False
            v, rr = self.judged_value(kr, prev)
            before = rr if rr is not None else v
        if before is None:
            return False
        return not higher(p, prog(before))

    def forecast(self, kr, stale):
        """Least squares through the cycle-window value as of each day with data,
        read at the cycle's end; the actual value once the cycle has ended.
        Reading: x is days since the cycle's start; a manual KR's days are its
        check-ins; a day whose value is null (a zero divisor) is no point;
        "data on fewer than settle_days days" counts those points; the actual
        value at the end is given even when stale."""
        if self.as_of >= self.end:  # a period has ended on its last day
            return self.kr_value(kr, self.start, self.end, self.end)
        if stale:
            return None
        upto = self.as_of
        if "metric" in kr:
            ds = sorted(self.data_days(kr["metric"], upto))
        else:
            ds = [kr["updated"]] if "current" in kr and kr["updated"] <= upto else []
        pts = [((d - self.start).days, self.kr_value(kr, self.start, d, d)) for d in ds]
        pts = [(x, y) for x, y in pts if y is not None]
        if len(pts) < self.s["settle_days"] or len(pts) < 2:
            # Reading: with settle_days = 1 a single point draws no line: null.
            return None
        n = len(pts)
        mx = sum(x for x, _ in pts) / n
        my = sum(y for _, y in pts) / n
        sxx = sum((x - mx) ** 2 for x, _ in pts)
        b = sum((x - mx) * (y - my) for x, y in pts) / sxx
        f = my + b * ((self.end - self.start).days - mx)
        ys = [y for _, y in pts]
        if all(y >= 0 for y in ys):
            f = max(0.0, f)
        metric = self.metrics.get(kr.get("metric"), {})
        if metric.get("format") == "percent" and all(0 <= y <= 1 for y in ys):
            f = min(1.0, f)
        return f

    def threshold(self, kr):
        out = self.blank(kr)
        bound = kr.get("at_least", kr.get("at_most"))
        floor = "at_least" in kr
        holds = ((lambda v: at_least(v, bound)) if floor
                 else (lambda v: at_least(bound, v)))
        out["stale"] = self.kr_stale(kr)
        newest = self.kr_newest(kr)
        out["last_data"] = None if newest is None else str(newest)
        if kr.get("every"):
            return self.every(kr, out, holds)
        w = self.window(kr.get("window"))
        out["window"] = {"start": str(w.first), "end": str(w.last)}
        out["partial"] = w.partial
        agg = self.kr_aggregate(kr)
        growing = agg in ("sum", "count")
        # Reading: a cycle-window sum/count threshold shows its forecast on
        # every day (the actual value once the cycle has ended), though it is
        # judged as a budget or quota only until the cycle's last day.
        if w.kind == "cycle" and growing:
            out["forecast"] = self.forecast(kr, out["stale"])
        v, rr = self.judged_value(kr, w)
        if v is None:
            return out
        out.update(value=v, run_rate=rr)
        # Reading: "until the cycle's last day" means before it: on the last
        # day (the cycle window has ended, its value is final) a cycle sum or
        # count threshold is judged plainly, holds or not. In a partial window
        # judged on a run rate, "broken" and "held" are the value so far and
        # the run rate takes the forecast's place. Thresholds of no such kind
        # (avg, last, min, max, ratios, formulas, manual) are never pending,
        # in a partial window or a young cycle alike: the status list for
        # thresholds names `pending` only for quotas.
        if w.partial and rr is not None:
            kind, held, projection = "budget", holds(v), rr
        elif rr is not None:  # an ended window cut by the cycle: on its run rate
            kind, held, projection = "plain", holds(rr), None
        elif w.kind == "cycle" and growing and self.as_of < self.end:
            kind, held, projection = "budget", holds(v), out["forecast"]
        else:
            kind, held, projection = "plain", holds(v), None
        progress = float(held)
        out.update(progress=progress, grade=round_half_up(progress))
        breaches = self.guardrail_breaches(kr.get("guardrails"), w.first, w.last, out)
        if breaches:
            out["status"] = "guardrail-breached"
        elif kind == "plain":
            out["status"] = "on-track" if held else "off-track"
        elif not floor:  # a budget
            if not held:
                out["status"] = "off-track"
            elif projection is not None and not at_least(bound, projection):
                out["status"] = "at-risk"
            else:
                out["status"] = "on-track"
        else:  # a quota
            if held or (projection is not None and at_least(projection, bound)):
                out["status"] = "on-track"
            elif self.pending(w):
                out["status"] = "pending"
            else:
                out["status"] = "off-track"
        return out

    def every(self, kr, out, holds):
        """Reading: when the latest judged period has no data the KR has no
        value, so its status is no-data (the threshold order "no-data,
        guardrail-breached, then ..." holds for every kind, as it does for
        budgets and quotas), its progress still the share held ("a period
        without data has not held"); guardrails are read over that latest
        period. (First written as off-track; changed after comparing with
        okr, on rereading that order.)"""
        periods = self.whole_periods(kr["every"])
        if not periods:
            return out
        judged = [(lo, hi, self.kr_value(kr, lo, hi, self.as_of)) for lo, hi in periods]
        held = [v is not None and holds(v) for _, _, v in judged]
        lo, hi, v = judged[-1]
        progress = sum(held) / len(held)
        out.update(periods_held=sum(held), periods_judged=len(held))
        out.update(value=v, progress=progress, grade=round_half_up(progress),
                   window={"start": str(lo), "end": str(hi)})
        if v is None:
            return out
        breaches = self.guardrail_breaches(kr.get("guardrails"), lo, hi, out)
        if breaches:
            out["status"] = "guardrail-breached"
        elif not held[-1]:
            out["status"] = "off-track"
        elif progress < self.s["at_risk_below"] and not near(progress, self.s["at_risk_below"]):
            out["status"] = "at-risk"
        else:
            out["status"] = "on-track"
        return out

    def whole_periods(self, grain):
        """Periods wholly inside the cycle that have ended by the as-of date."""
        out = []
        first, last = period_of(self.start, grain)
        while last <= self.end and last <= self.as_of:
            if first >= self.start:
                out.append((first, last))
            first, last = period_of(last + dt.timedelta(days=1), grain)
        return out

    def milestone(self, kr):
        out = self.blank(kr)
        due = kr.get("due", self.end)
        done = kr["done"] and (kr.get("done_on") is None or kr["done_on"] <= self.as_of)
        if done:
            out.update(progress=1.0, status="done", grade=1.0)
        else:
            out.update(progress=0.0, grade=0.0,
                       status="on-track" if self.as_of <= due else "off-track")
        return out

    # -- north star --

    def north_star(self):
        ns = self.cfg["north_star"]
        if ns is None:
            return None
        grain = ns["grain"]
        start = ns.get("start")
        if start is None:
            # Reading: the first whole grain's value, known once that period
            # has ended; until then (or while it has no data) it is no-data,
            # and so for good when no grain lies wholly inside the cycle.
            first, last = period_of(self.start, grain)
            if first < self.start:
                first, last = period_of(last + dt.timedelta(days=1), grain)
            if last <= self.as_of and last <= self.end:
                start = self.value(ns["metric"], first, last, self.as_of)
        out = {"name": ns["name"], "value": None, "start": start, "target": ns["target"],
               "progress": None, "status": "no-data", "period": None, "partial": False,
               "run_rate": None}
        if self.as_of < self.start:
            return out
        w = self.window(grain)
        out["period"] = {"start": str(w.first), "end": str(w.last)}
        out["partial"] = w.partial
        if start is None:  # its first whole period has no data yet
            v, rr = self.judged_value(dict(metric=ns["metric"]), w)
            out.update(value=v, run_rate=rr)  # the value's run rate, though unjudged
            return out
        # Reading: judged as a period-window KR with its metric's aggregate,
        # run rate included (a clipped first or last period, or the current
        # one so far); "run_rate" compared only when okr's JSON has it.
        kr = dict(id="north-star", title=ns["name"], metric=ns["metric"], window=grain,
                  start=start, target=ns["target"], guardrails=ns.get("guardrails"))
        r = self.progress_kr(kr)
        out.update(value=r["value"], progress=r["progress"], status=r["status"],
                   expected=r["expected"], run_rate=r["run_rate"])
        if "guardrails" in r:
            out["guardrails"] = r["guardrails"]
        return out


class Window:
    """A KR's window: first .. last (the as-of date for a partial one), whether
    it is the current period so far, whether it has ended, the day expected is
    read at, the calendar period's length (None for the cycle) and its kind."""

    def __init__(self, first, last, partial, ended, expected_at, calendar_days, kind):
        self.first, self.last = first, last
        self.partial, self.ended = partial, ended
        self.expected_at, self.calendar_days, self.kind = expected_at, calendar_days, kind

    @property
    def days(self):
        return (self.last - self.first).days + 1

    def days_run(self, as_of):
        """Its first day to the as-of date, inclusive."""
        return (as_of - self.first).days + 1


def clamp(p):
    return min(1.0, max(0.0, p))


def round_half_up(x):
    """Reading: grades round half up (0.25 -> 0.3), not to even."""
    return math.floor(x * 10 + 0.5 + 1e-9) / 10


class Formula:
    """+ - * / and parentheses over numbers and metric names."""

    TOKEN = re.compile(r"\s*(?:(\d+(?:\.\d+)?)|([A-Za-z_][A-Za-z0-9_]*)|(.))")

    def __init__(self, text):
        self.tokens = []
        for num, name, op in self.TOKEN.findall(text):
            self.tokens.append(("num", float(num)) if num else
                               ("name", name) if name else ("op", op))
        self.names = [t[1] for t in self.tokens if t[0] == "name"]

    def eval(self, lookup):
        """None when a part has no data or a divisor is zero."""
        self.pos = 0
        self.lookup = lookup
        try:
            return self._sum()
        except _NoData:
            return None

    def _peek(self):
        return self.tokens[self.pos] if self.pos < len(self.tokens) else (None, None)

    def _sum(self):
        v = self._product()
        while self._peek() in (("op", "+"), ("op", "-")):
            op = self.tokens[self.pos][1]
            self.pos += 1
            r = self._product()
            v = v + r if op == "+" else v - r
        return v

    def _product(self):
        v = self._unary()
        while self._peek() in (("op", "*"), ("op", "/")):
            op = self.tokens[self.pos][1]
            self.pos += 1
            r = self._unary()
            if op == "/" and r == 0:
                raise _NoData
            v = v * r if op == "*" else v / r
        return v

    def _unary(self):
        kind, tok = self._peek()
        self.pos += 1
        if (kind, tok) == ("op", "-"):
            return -self._unary()
        if (kind, tok) == ("op", "("):
            v = self._sum()
            self.pos += 1  # ")"
            return v
        if kind == "num":
            return tok
        if kind == "name":
            v = self.lookup(tok)
            if v is None:
                raise _NoData
            return v
        raise ConfigError(f"bad formula token {tok!r}")


class _NoData(Exception):
    pass


# --- the report ------------------------------------------------------------------

def report(cfg, as_of):
    eng = Engine(cfg, as_of)
    objs = cfg["objectives"]
    by_id = {o["id"]: o for o in objs}
    children = {o["id"]: [c for c in objs if c.get("parent") == o["id"]] for o in objs}

    def objective(o):
        krs = [eng.key_result(kr) for kr in o.get("key_results", [])]
        subs = [objective(c) for c in children[o["id"]]]
        rollup = o.get("rollup", "all")
        # Reading: the status is the worst among key results and aligned
        # objectives alike (as `rollup` keeps them); with nothing under it,
        # no-data (it "counts 0 above it", as a key result without data).
        parts = []  # (weight, progress, grade, status)
        if rollup in ("all", "key_results"):
            for spec, r in zip(o.get("key_results", []), krs):
                p = 0.0 if r["progress"] is None else clamp(r["progress"])
                parts.append((spec.get("weight", 1.0), p, p, r["status"]))
        if rollup in ("all", "aligned"):
            for spec, r in zip(children[o["id"]], subs):
                parts.append((spec.get("weight", 1.0), r["progress"] or 0.0,
                              r["_grade"] or 0.0, r["status"]))
        if parts:
            w = sum(p[0] for p in parts)
            progress = sum(p[0] * p[1] for p in parts) / w
            grade = sum(p[0] * p[2] for p in parts) / w
            status = min((p[3] for p in parts if p[3]), key=WORST_FIRST.index, default=None)
        else:
            progress = grade = None
            status = "no-data"
        return dict(id=o["id"], title=o["title"], owner=o.get("owner"), progress=progress,
                    grade=None if grade is None else round_half_up(grade), _grade=grade,
                    status=status, key_results=krs, objectives=subs)

    def strip(o):
        o.pop("_grade", None)
        for s in o["objectives"]:
            strip(s)
        return o

    tops = [strip(objective(o)) for o in objs if not o.get("parent") or o["parent"] not in by_id]
    return {
        "as_of": str(as_of),
        "cycle": {"name": cfg["cycle"]["name"], "start": str(eng.start), "end": str(eng.end),
                  "elapsed": eng.elapsed(as_of)},
        "north_star": eng.north_star(),
        "objectives": tops,
    }


def walk(objectives, depth=0):
    for o in objectives:
        yield depth, o
        yield from walk(o["objectives"], depth + 1)


def fmt(v):
    if v is None:
        return "-"
    if isinstance(v, float):
        return f"{v:.4f}" if abs(v) < 100 else f"{v:.1f}"
    return str(v)


def print_table(rep):
    print(f"as of {rep['as_of']}  cycle {rep['cycle']['name']}  "
          f"elapsed {rep['cycle']['elapsed']:.4f}")
    ns = rep["north_star"]
    if ns:
        print(f"north star {ns['name']}: value {fmt(ns['value'])} run_rate {fmt(ns['run_rate'])} "
              f"start {fmt(ns['start'])} progress {fmt(ns['progress'])} status {ns['status']} "
              f"period {ns['period']}{' partial' if ns['partial'] else ''}")
    cols = (f"{'id':<20} {'value':>12} {'run_rate':>10} {'progress':>9} {'expected':>9} "
            f"{'forecast':>10} {'status':<19} stale  window")
    print(cols)
    for depth, o in walk(rep["objectives"]):
        print(f"{'  ' * depth}[{o['id']}] progress {fmt(o['progress'])} grade {fmt(o['grade'])} "
              f"status {o['status']}")
        for k in o["key_results"]:
            w = k["window"]
            wtxt = f"{w['start']}..{w['end']}" if w else ""
            extra = ("  " + "; ".join(k["breaches"])) if k.get("breaches") else ""
            print(f"  {k['id']:<20} {fmt(k['value']):>12} {fmt(k['run_rate']):>10} "
                  f"{fmt(k['progress']):>9} {fmt(k['expected']):>9} {fmt(k['forecast']):>10} "
                  f"{k['status']:<19} {fmt(k['stale']):<6} "
                  f"{wtxt}{' partial' if k['partial'] else ''}{extra}")


# --- comparing with okr's JSON -----------------------------------------------------

KR_FIELDS = ["value", "start", "target", "progress", "expected", "status", "stale",
             "partial", "forecast", "run_rate", "grade", "window"]
# Not in DESIGN.md 4 but in okr's JSON: compared when okr has them (the
# guardrails' values and breaches only while the KR has a value).
KR_IF_PRESENT = ["last_data", "periods_held", "periods_judged"]
OBJ_FIELDS = ["progress", "grade", "status"]
NS_FIELDS = ["value", "start", "target", "progress", "status", "period", "partial"]
NS_IF_PRESENT = ["run_rate", "expected"]  # Reading: DESIGN.md 4 shows neither for the North Star


def same(a, b):
    if isinstance(a, (int, float)) and isinstance(b, (int, float)) \
            and not isinstance(a, bool) and not isinstance(b, bool):
        return near(float(a), float(b))
    return a == b


def compare(mine, theirs):
    diffs = []

    def check(where, fields, a, b):
        for f in fields:
            if f not in b:
                diffs.append(f"{where}: `{f}` missing in okr's JSON (mine: {a.get(f)!r})")
            elif not same(a.get(f), b.get(f)):
                diffs.append(f"{where}.{f}: mine {a.get(f)!r}, okr {b.get(f)!r}")

    for f in ("as_of",):
        if mine[f] != theirs.get(f):
            diffs.append(f"{f}: mine {mine[f]!r}, okr {theirs.get(f)!r}")
    check("cycle", ["name", "start", "end", "elapsed"], mine["cycle"], theirs.get("cycle", {}))
    if mine["north_star"]:
        tns = theirs.get("north_star") or {}
        check("north_star", NS_FIELDS + [f for f in NS_IF_PRESENT if f in tns],
              mine["north_star"], tns)
        if "guardrails" in mine["north_star"] and "guardrails" in tns:
            check_guardrails("north_star", mine["north_star"]["guardrails"],
                             tns["guardrails"], diffs)
    theirs_objs = {o["id"]: o for _, o in walk_json(theirs.get("objectives", []))}
    theirs_krs = {k["id"]: k for o in theirs_objs.values() for k in o.get("key_results", [])}
    for _, o in walk(mine["objectives"]):
        t = theirs_objs.get(o["id"])
        if t is None:
            diffs.append(f"objective {o['id']}: missing in okr's JSON")
            continue
        check(f"objective {o['id']}", OBJ_FIELDS, o, t)
        if [s["id"] for s in o["objectives"]] != [s["id"] for s in t.get("objectives", [])]:
            diffs.append(f"objective {o['id']}: aligned objectives differ")
        for k in o["key_results"]:
            tk = theirs_krs.get(k["id"])
            if tk is None:
                diffs.append(f"kr {k['id']}: missing in okr's JSON")
            else:
                check(f"kr {k['id']}", KR_FIELDS + [f for f in KR_IF_PRESENT if f in tk], k, tk)
                if k["value"] is not None and "guardrails" in tk and "guardrails" in k:
                    check_guardrails(f"kr {k['id']}", k["guardrails"], tk["guardrails"], diffs)
    return diffs


def check_guardrails(where, mine, theirs, diffs):
    if len(mine) != len(theirs):
        diffs.append(f"{where}.guardrails: mine {len(mine)}, okr {len(theirs)}")
        return
    for i, (a, b) in enumerate(zip(mine, theirs)):
        if a["metric"] != b.get("metric") or not same(a["value"], b.get("value")) \
                or a["breached"] != (b.get("state") == "breached"):
            diffs.append(f"{where}.guardrails[{i}]: mine {a!r}, okr {b!r}")


def walk_json(objectives):
    for o in objectives:
        yield 0, o
        yield from walk_json(o.get("objectives", []))


def sweep(config, days, okr, command="status"):
    """Compares with `okr status` on every as-of date in FIRST:LAST."""
    first, last = (dt.date.fromisoformat(d) for d in days.split(":"))
    n_days = (last - first).days + 1
    try:
        cfg = load_config(config)
    except ConfigError as e:
        run = subprocess.run([okr, "status", "-c", config, "--as-of", str(first),
                              "--format", "json"], capture_output=True, text=True)
        print(f"check_statuses refuses {config}: {e}")
        if run.returncode == 2:
            print(f"okr refuses it too: {run.stderr.strip()}")
            print(f"0 of {n_days} days differ (both refuse the file)", file=sys.stderr)
            return 0
        print(f"okr exited {run.returncode} on it")
        print(f"{n_days} of {n_days} days differ", file=sys.stderr)
        return 1
    differing, d = 0, first
    while d <= last:
        run = subprocess.run([okr, command, "-c", config, "--as-of", str(d),
                              "--format", "json"], capture_output=True, text=True)
        if run.returncode != 0 and not (command == "check" and run.returncode == 1):
            print(f"{d}: okr exited {run.returncode}: {run.stderr.strip()}")
            return 2
        diffs = compare(report(cfg, d), json.loads(run.stdout))
        differing += bool(diffs)
        for line in diffs:
            print(f"{d}: {line}")
        d += dt.timedelta(days=1)
    print(f"{differing} of {n_days} days differ", file=sys.stderr)
    return 1 if differing else 0


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("-c", "--config", default="okrs.example.toml")
    ap.add_argument("--as-of", default=str(dt.date.today()))
    ap.add_argument("--format", choices=["table", "json"], default="table")
    ap.add_argument("--compare", metavar="OKR_JSON",
                    help="okr status --format json output to check against")
    ap.add_argument("--sweep", metavar="FIRST:LAST",
                    help="compare with --okr on every as-of date in this range")
    ap.add_argument("--okr", metavar="PATH", help="the okr binary for --sweep")
    ap.add_argument("--okr-command", choices=["status", "check"], default="status",
                    help="sweep `okr check --format json` instead (its exit 1 is no error)")
    args = ap.parse_args()
    if args.sweep:
        if not args.okr:
            ap.error("--sweep needs --okr PATH")
        return sweep(args.config, args.sweep, args.okr, args.okr_command)
    try:
        cfg = load_config(args.config)
        rep = report(cfg, dt.date.fromisoformat(args.as_of))
    except (ConfigError, OSError, KeyError, ValueError) as e:
        print(f"check_statuses: {e}", file=sys.stderr)
        return 2
    if args.compare:
        with open(args.compare) as f:
            theirs = json.load(f)
        diffs = compare(rep, theirs)
        for d in diffs:
            print(d)
        print(f"{len(diffs)} difference(s)", file=sys.stderr)
        return 1 if diffs else 0
    if args.format == "json":
        for _, o in walk(rep["objectives"]):
            for k in o["key_results"]:
                k.pop("breaches", None)
        print(json.dumps(rep, indent=2, ensure_ascii=False))
    else:
        print_table(rep)
    return 0


if __name__ == "__main__":
    sys.exit(main())
