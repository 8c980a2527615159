"""One engine's side of the benchmark: DuckDB or polars reads the CSV,
keeps the named metrics, sums them by metric and date (the daily values okr
computes), and prints per metric the sum over the cycle as JSON.

    python engines.py duckdb|polars FILE plain|nordic|quoted|multiline START END METRIC...

`nordic`: `;`, decimal commas and DD.MM.YYYY dates (the BOM and CRLF both
read by default); `quoted` and `multiline` read as `plain` (quotes, and
line breaks inside them, are both engines' default).

Run by run.py in the venv it makes; timed from the outside, start-up and
import included, as okr is.
"""

import datetime as dt
import json
import sys


def duckdb_daily(path, nordic, metrics):
    import duckdb

    con = duckdb.connect()
    names = ", ".join(f"'{m}'" for m in metrics)
    query = f"""
        SELECT metric, date, sum(value) AS value
        FROM read_csv('{path}', header = true,
                      delim = '{';' if nordic else ','}',
                      decimal_separator = '{',' if nordic else '.'}',
                      dateformat = '{'%d.%m.%Y' if nordic else '%Y-%m-%d'}',
                      columns = {{'date': 'DATE', 'metric': 'VARCHAR',
                                 'value': 'DOUBLE', 'segment': 'VARCHAR'}})
        WHERE metric IN ({names})
        GROUP BY metric, date
    """
    return con.execute(query).fetchall()


def polars_daily(path, nordic, metrics):
    import polars as pl

    frame = (
        pl.scan_csv(
            path,
            separator=";" if nordic else ",",
            decimal_comma=nordic,
            schema={
                "date": pl.String if nordic else pl.Date,
                "metric": pl.String,
                "value": pl.Float64,
                "segment": pl.String,
            },
        )
        .filter(pl.col("metric").is_in(metrics))
        .with_columns(pl.col("date").str.to_date("%d.%m.%Y") if nordic else pl.col("date"))
        .group_by(["metric", "date"])
        .agg(pl.col("value").sum())
        .collect()
    )
    return frame.rows()


def main():
    engine, path, variant, start, end, *metrics = sys.argv[1:]
    daily = {"duckdb": duckdb_daily, "polars": polars_daily}[engine]
    rows = daily(path, variant == "nordic", metrics)
    start, end = dt.date.fromisoformat(start), dt.date.fromisoformat(end)
    sums = {m: 0.0 for m in metrics}
    for metric, date, value in rows:
        if value is not None and start <= date <= end:
            sums[metric] += value
    json.dump(sums, sys.stdout)


if __name__ == "__main__":
    main()
