#!/usr/bin/env python3
"""Writes the example's metric exports into examples/data/.

    python3 examples/generate.py

Deterministic (a fixed seed, no clock): running it again rewrites the same
bytes, so the files are committed beside this script and a diff shows any
change. Standard library only.

The story of the quarter (cycle 2026-Q4, data 2026-10-01 .. 2026-11-24):
- October: the gated e-book (experiment `gated-ebook`, 5 Oct .. 1 Nov) floods
  the CRM with MQLs that sales will not call: MQLs beat the monthly target,
  the MQL->SQL rate falls far under its guardrail.
- November: the new pricing page and its calculator lift the SQL flow and
  the win rate; the bounce rate falls week by week; paid spend rises a little
  (LinkedIn test from 9 Nov) but so does revenue, so weekly CAC comes under
  its ceiling while quarter-to-date ROAS stays far behind its target.
- The partner portal's CRM sync breaks after 30 Oct: partner rows keep
  coming with empty values (stalled, stale).
- Field marketing's webinar series starts on 23 Nov: the `events` segment
  has no rows before that (no data at 20 Nov).

The files imitate real exports on purpose (see DESIGN.md 1.2):
- ga4_sessions.csv: a GA4 report download: `#` preamble, YYYYMMDD dates,
  a totals row with an empty date cell.
- annonskostnad.csv: a Swedish finance sheet saved by Excel: UTF-8 with
  BOM, `;`, CRLF, decimal comma, `1 234,50`, DD.MM.YYYY, a `Total` row,
  empty cells before the LinkedIn test started.
- crm_pipeline.csv: a CRM report in long layout with segments and empty
  values.
- google_ads.csv: a Google Ads report download (UTF-8 CSV): a title line
  and a date-range line above the header, quoted thousands (`"1,234"`),
  a `Total: Account` row; read with `skip_rows = 2`.
- quality.csv: long layout without segments: daily bounce rate as
  percentages (`57.3%`) with one `n/a`, and a weekly NPS.
"""

import datetime as dt
import math
import random
from pathlib import Path

OUT = Path(__file__).resolve().parent / "data"
FIRST = dt.date(2026, 10, 1)
LAST = dt.date(2026, 11, 24)  # the exports were pulled on the morning of 25 Nov
FINANCE_LAST = dt.date(2026, 11, 22)  # finance books ad spend weekly, up to Sunday

EBOOK = (dt.date(2026, 10, 5), dt.date(2026, 11, 1))
PRICING_PAGE = dt.date(2026, 11, 2)  # new pricing page and calculator live
LINKEDIN = dt.date(2026, 11, 9)  # LinkedIn thought-leader ads test starts
PARTNER_SYNC_BROKE = dt.date(2026, 10, 31)  # first day without partner values
WEBINARS = dt.date(2026, 11, 23)  # first webinar of the series


def days(first, last):
    d = first
    while d <= last:
        yield d
        d += dt.timedelta(days=1)


def weekend(d):
    return d.weekday() >= 5


def in_ebook(d):
    return EBOOK[0] <= d <= EBOOK[1]


class Noise:
    """Seeded draws; one generator per file, so tuning one file leaves the
    others' numbers as they were."""

    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.carry = {}

    def count(self, key, mean):
        """A whole count that wobbles around mean day to day while its running
        total stays within a day's wobble of the running mean: what one day
        draws above the mean, the next pays back (the carry), so the story
        does not drift with the draws."""
        if mean <= 0:
            return 0  # closed today: nothing, whatever is carried
        due = self.carry.get(key, 0.0) + mean
        n = max(0, round(due + mean * self.rng.uniform(-0.35, 0.35)))
        self.carry[key] = due - n
        return n

    def binomial(self, n, p):
        return sum(1 for _ in range(n) if self.rng.random() < p)

    def jitter(self, value, spread):
        return value * (1 + self.rng.uniform(-spread, spread))

    def deal_value(self, mean):
        """One won deal's first-year value in kr, rounded to 100 kr."""
        return round(self.rng.lognormvariate(math.log(mean) - 0.08, 0.4), -2)


def write(name, text, encoding="utf-8", newline="\n"):
    data = text.replace("\n", newline).encode(encoding)
    (OUT / name).write_bytes(data)


# --- GA4 ---------------------------------------------------------------------

def ga4(noise):
    rows = []
    for i, d in enumerate(days(FIRST, LAST)):
        trend = 1 + 0.004 * i
        sessions = round(noise.jitter(1450 if weekend(d) else 3150, 0.08) * trend)
        engaged_share = 0.55 if d < PRICING_PAGE else 0.60
        engaged = round(sessions * noise.jitter(engaged_share, 0.03))
        if weekend(d):
            signup_mean = 15
        elif d < PRICING_PAGE:
            signup_mean = 34
        else:
            signup_mean = 37
        rows.append((d, sessions, engaged, noise.count("signups", signup_mean)))
    totals = [sum(r[k] for r in rows) for k in (1, 2, 3)]
    lines = [
        "# ----------------------------------------",
        "# Sessions and conversions",
        "# Account: Nordlys Software AB",
        "# Property: nordlys.se - GA4",
        "# ----------------------------------------",
        "#",
        "# All users",
        "# Start date: 20261001",
        "# End date: 20261124",
        "# ----------------------------------------",
        "Date,Sessions,Engaged sessions,Sign ups",
        ",{},{},{}".format(*totals),  # GA4's totals row: no date
    ]
    lines += [f"{d:%Y%m%d},{s},{e},{u}" for d, s, e, u in rows]
    write("ga4_sessions.csv", "\n".join(lines) + "\n")


# --- Finance sheet (Swedish Excel) -------------------------------------------

def kronor(amount):
    """1234.5 -> '1 234,50' (Excel's sv-SE look with a plain space)."""
    whole, cents = divmod(round(amount * 100), 100)
    return f"{whole:,}".replace(",", " ") + f",{cents:02d}"


def finance(noise):
    rows = []
    for d in days(FIRST, FINANCE_LAST):
        google = noise.jitter(9200 if weekend(d) else 13100, 0.12)
        meta = noise.jitter(5400 if weekend(d) else 7000, 0.15)
        if in_ebook(d):  # the e-book was promoted on Meta
            meta += noise.jitter(3500 if weekend(d) else 5000, 0.10)
        if d >= LINKEDIN:
            linkedin = noise.jitter(900 if weekend(d) else 4200, 0.10)
        else:
            linkedin = None  # no campaign yet: the cell is empty
        google, meta = round(google, 2), round(meta, 2)
        linkedin = None if linkedin is None else round(linkedin, 2)
        total = round(google + meta + (linkedin or 0), 2)
        rows.append((d, google, meta, linkedin, total))
    lines = ["Datum;Google Ads;Meta Ads;LinkedIn Ads;Annonskostnad"]
    for d, google, meta, linkedin, total in rows:
        cells = [f"{d:%d.%m.%Y}", kronor(google), kronor(meta),
                 "" if linkedin is None else kronor(linkedin), kronor(total)]
        lines.append(";".join(cells))
    sums = [sum(r[k] or 0 for r in rows) for k in (1, 2, 3, 4)]
    lines.append(";".join(["Total"] + [kronor(s) for s in sums]))
    write("annonskostnad.csv", "\ufeff" + "\n".join(lines) + "\n", newline="\r\n")


# --- Google Ads report (search campaigns) -----------------------------------

def thousands(n):
    """12345 -> '"12,345"' (Google Ads quotes numbers with a comma)."""
    text = f"{n:,}"
    return f'"{text}"' if "," in text else text


def google_ads(noise):
    rows = []
    for d in days(FIRST, LAST):
        impressions = round(noise.jitter(5200 if weekend(d) else 11800, 0.10))
        # New ad copy written with the pricing page lifts the click-through.
        ctr = 0.031 if d < PRICING_PAGE else 0.035
        clicks = round(impressions * noise.jitter(ctr, 0.06))
        cost = round(clicks * noise.jitter(24.0, 0.08), 2)
        rows.append((d, impressions, clicks, cost))
    lines = [
        "Search campaigns performance",
        '"October 1, 2026 - November 24, 2026"',
        "Day,Impressions,Clicks,Cost",
    ]
    lines += [f"{d:%Y-%m-%d},{thousands(i)},{thousands(c)},{k:.2f}" for d, i, c, k in rows]
    totals = [sum(r[k] for r in rows) for k in (1, 2)]
    cost_total = sum(r[3] for r in rows)
    lines.append(f"Total: Account,{thousands(totals[0])},{thousands(totals[1])},{cost_total:.2f}")
    write("google_ads.csv", "\n".join(lines) + "\n")


# --- CRM (long layout) -------------------------------------------------------

def crm_means(d, segment):
    """Mean daily leads, MQLs, SQLs and won deals per segment; won-deal value."""
    we = weekend(d)
    after = d >= PRICING_PAGE
    if segment == "inbound":
        leads = 18 if we else 48
        mqls = 10 if we else 30
        if we:
            sqls = 1.5
        elif after:  # demo requests from the new pricing page keep growing
            sqls = 12.5 + 0.2 * (d - PRICING_PAGE).days
        else:
            sqls = 10.5
        if in_ebook(d):  # downloads score as MQLs; sales calls almost none
            leads += 12 if we else 30
            mqls += 8 if we else 22
            sqls += 0 if we else 0.5
        won = 0.3 if we else (4.0 if after else 2.1)
        deal = 13500 if after else 16000  # the calculator brings smaller teams
    elif segment == "outbound":
        leads = 0 if we else 16
        mqls = 0 if we else 9
        sqls = 0 if we else (5.2 if after else 3.4)
        won = 0 if we else (1.4 if after else 0.8)
        deal = 21000
    elif segment == "partner":
        leads = 0.5 if we else 4.5
        mqls = 0.3 if we else 3
        sqls = 0 if we else 1.2
        won = 0 if we else 0.35
        deal = 24000
    else:  # events: the webinar series from 23 Nov
        leads = 112 if d == WEBINARS else 9
        mqls = 41 if d == WEBINARS else 4
        sqls = 3 if d == WEBINARS else 1
        won = 0
        deal = 18000
    return leads, mqls, sqls, won, deal


def crm(noise):
    metrics = ["leads", "mqls", "sqls", "customers", "new_customers", "revenue"]
    lines = ["date,metric,value,segment"]
    for d in days(FIRST, LAST):
        for segment in ("inbound", "outbound", "partner", "events"):
            if segment == "events" and d < WEBINARS:
                continue  # the segment does not exist in the CRM yet
            leads_m, mqls_m, sqls_m, won_m, deal = crm_means(d, segment)
            leads = noise.count(("leads", segment), leads_m)
            mqls = min(leads, noise.count(("mqls", segment), mqls_m))
            sqls = noise.count(("sqls", segment), sqls_m)
            won = noise.count(("won", segment), won_m)
            new = noise.binomial(won, 0.8)  # new logos; the rest are upsells
            revenue = sum(noise.deal_value(deal) for _ in range(won))
            values = dict(leads=leads, mqls=mqls, sqls=sqls, customers=won,
                          new_customers=new, revenue=f"{revenue:.0f}")
            if segment == "partner" and d >= PARTNER_SYNC_BROKE:
                values = dict.fromkeys(metrics, "")  # the sync broke
            elif segment == "outbound" and won and noise.rng.random() < 0.15:
                values["revenue"] = ""  # amount not filled in on the deal
            for m in metrics:
                lines.append(f"{d:%Y-%m-%d},{m},{values[m]},{segment}")
    write("crm_pipeline.csv", "\n".join(lines) + "\n")


# --- Landing-page quality (long layout, no segments) -------------------------

NPS = {  # weekly survey, sent on Mondays
    dt.date(2026, 10, 5): 29, dt.date(2026, 10, 12): 31,
    dt.date(2026, 10, 19): 30, dt.date(2026, 10, 26): 32,
    dt.date(2026, 11, 2): 32, dt.date(2026, 11, 9): 34,
    dt.date(2026, 11, 16): 36, dt.date(2026, 11, 23): 37,
}
TRACKING_OUTAGE = dt.date(2026, 10, 17)


def bounce_mean(d):
    if d < PRICING_PAGE:
        base = 0.585
    else:  # the new landing pages roll out over two weeks
        base = max(0.52, 0.57 - 0.0045 * (d - PRICING_PAGE).days)
    return base + (0.03 if weekend(d) else 0)


def quality(noise):
    lines = ["date,metric,value"]
    for d in days(FIRST, LAST):
        if d == TRACKING_OUTAGE:
            lines.append(f"{d:%Y-%m-%d},bounce_rate,n/a")
        else:
            rate = bounce_mean(d) + noise.rng.uniform(-0.008, 0.008)
            lines.append(f"{d:%Y-%m-%d},bounce_rate,{rate * 100:.1f}%")
        if d in NPS:
            lines.append(f"{d:%Y-%m-%d},nps,{NPS[d]}")
    write("quality.csv", "\n".join(lines) + "\n")


def main():
    OUT.mkdir(exist_ok=True)
    for write_file in (ga4, finance, crm, quality, google_ads):
        write_file(Noise(f"okr-example-{write_file.__name__}"))


if __name__ == "__main__":
    main()
