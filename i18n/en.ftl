### okr in English: every word of every human-readable output.
### Each language's file has the same messages with the same arguments
### (checked by src/i18n/tests.rs). Numbers arrive formatted for the locale;
### a number argument (n, count, days) selects the plural form.
### Sections belong to parts of the code; keep each message in its section.

## --- area: common ---

## Statuses: a table cell (in English the spelling --fail-on takes) and .prose
## for sentences. JSON and CSV keep done, on-track, ...
status-done = done
    .prose = done
status-on-track = on-track
    .prose = on track
status-at-risk = at-risk
    .prose = at risk
status-off-track = off-track
    .prose = off track
status-stalled = stalled
    .prose = stalled
status-no-data = no-data
    .prose = no data
status-guardrail-breached = guardrail-breached
    .prose = guardrail breached
status-pending = pending
    .prose = pending
status-stale = { $status } (stale)

## okr's vocabulary: kinds, roles, objective types, experiments, grains,
## aggregates, display formats
kind-increase = increase
kind-decrease = decrease
kind-at-least = at-least
kind-at-most = at-most
kind-milestone = milestone
role-north-star = north-star
role-input = input
role-guardrail = guardrail
objective-type-aspirational = aspirational
objective-type-committed = committed
experiment-idea = idea
experiment-running = running
experiment-won = won
experiment-lost = lost
experiment-inconclusive = inconclusive
grain-day = day
grain-week = week
grain-month = month
grain-quarter = quarter
aggregate-sum = sum
aggregate-avg = avg
aggregate-min = min
aggregate-max = max
aggregate-last = last
aggregate-count = count
format-number = number
format-percent = percent
format-currency = currency

## Counts
count-objectives = { $n ->
    [one] { $n } objective
   *[other] { $n } objectives
}
count-key-results = { $n ->
    [one] { $n } key result
   *[other] { $n } key results
}

## Months
month = { $m ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
}
month-short = { $m ->
    [1] Jan
    [2] Feb
    [3] Mar
    [4] Apr
    [5] May
    [6] Jun
    [7] Jul
    [8] Aug
    [9] Sep
    [10] Oct
    [11] Nov
   *[12] Dec
}

## Errors: the frame every error is written in
error-line = error: { $error }
error-at-line = line { $line }
error-hint = hint: { $hint }
error-caused-by = caused by: { $cause }
error-count = { $n } problems found

## --- end: common ---

## --- area: status ---

## --- end: status ---

## --- area: check ---

## --- end: check ---

## --- area: review ---

## --- end: review ---

## --- area: errors-config ---
error-unknown-language = unknown language "{ $found }"
    .hint-suggest = write "{ $code }"
    .hint = one of { $codes }

## --- end: errors-config ---

## --- area: errors-data ---
## Words inside messages
ed-delimiter-tab = tab
ed-no-columns = no columns
ed-decimal-comma = comma
ed-decimal-point = point
ed-decimal-how-set = set
ed-decimal-how-sniffed = sniffed
ed-date-day-count = day count from { $start }
ed-date-how-set = set by `date_format`
ed-date-how-sniffed = sniffed
ed-date-how-day-number = a day number

## Cells of a CSV file
ed-invalid-number = column `{ $column }`: invalid number "{ $found }"
    .hint-other = expected a number with `{ $mark }` as the decimal mark ({ $how }); it reads with `{ $other }`: set `decimal = "{ $other }"` on source `{ $source }` if the file uses `{ $other }`
    .hint = expected a number (decimal mark `{ $mark }`, { $how }; thousands separators, `%` and currency signs are read); "{ $found }" is not a number with either decimal mark; a missing value is an empty cell, `--` or `n/a`
ed-not-finite = column `{ $column }`: "{ $found }" is not a finite number
    .hint = infinity and numbers beyond 1.8e308 are not values; leave the cell empty (or write `n/a`) when there is no value
ed-unclosed-quote = column `{ $column }`: a quoted cell runs to the end of the file: its closing `"` is missing
    .hint = close the quote; a `"` inside a quoted cell is written `""`
ed-no-year = column `{ $column }`: "{ $found }" has no year: okr cannot tell which year it is in
    .hint = export the report again with the year in its dates (a date range across the year end, or a date format with the year)
ed-invalid-date = column `{ $column }`: invalid date "{ $found }"
    .hint-other-column = dates read as { $rule } ({ $how }) from column `{ $column }`; column `{ $other }` of this row holds a date: set `date_column = "{ $name }"` on source `{ $source }` if that is the date column
    .hint-no-such-day = dates read as { $rule } ({ $how }), and "{ $found }" is shaped so but is no day of the calendar
    .hint = dates read as { $rule } ({ $how }), and "{ $found }" is no date in any shape okr reads; a row that is no day (a note, a total) is skipped when its date cell is empty or a totals word
ed-multi-day = this row covers { $start } to { $end } (`Reporting starts` to `Reporting ends`): okr needs one row per day
    .hint = export the report again broken down by day (Breakdown > By time > Day)
ed-double-count = metric `{ $metric }` on { $date }: a row without a segment (line { $blank }) and a row with a segment (line { $segmented }) both carry values; the row without a segment looks like a total and would be counted twice
    .hint = set `segment = "{ $segment }"` on metric `{ $metric }` to read one segment, or remove the rows without a segment
ed-too-few-fields = { $n ->
        [one] this row has { $fields } field, the header on line { $header_line } has { $width }
       *[other] this row has { $fields } fields, the header on line { $header_line } has { $width }
    }
    .hint-delimiter = every row needs a field per column (read with delimiter `{ $used }`); with `{ $better }` the header and this row have the same fields: set `delimiter = "{ $option }"` on source `{ $source }`
    .hint = every row needs a field per column (read with delimiter `{ $used }`, which the header uses; no other delimiter fits this row better): fill in the missing fields, or close a quoted cell
ed-too-many-fields = this row has { $fields } fields, the header on line { $header_line } has { $width }: field { $field } is "{ $found }"
    .hint = a value containing the delimiter `{ $used }` must be quoted; set `delimiter` on source `{ $source }` if the file uses another

## The header of a CSV file
ed-no-named-column = no column `{ $name }` (the `{ $key }` of source `{ $source }`) in the header on line { $line }: it has { $columns }
    .hint-suggest = did you mean `{ $key } = "{ $column }"`?
    .hint = set `{ $key }` on source `{ $source }` to one of the columns
ed-no-metric-column = no column `{ $column }` (metric `{ $metric }`) in the header on line { $line }: it has { $columns }
    .hint-suggest = did you mean `{ $column }`? set `column = "{ $column }"` on metric `{ $metric }`
    .hint = set `column = "..."` on metric `{ $metric }` to the header of its column
ed-duplicate-column = column `{ $column }` (metric `{ $metric }`) appears twice in the header on line { $line }: fields { $first } and { $second }
    .hint = rename one of the columns in the export
ed-no-date-column = no date column: the header on line { $line } has { $columns }, and no column holds dates; okr reads values per day, not one row per campaign or page for the whole period
    .hint = export the report again with a date or day column (broken down or segmented by day); if a column does hold dates, name it with `date_column = "..."` on source `{ $source }`
ed-long-needs = a long file needs columns `date`, `metric` and `value`; the header on line { $line } has no `{ $default }`: it has { $columns }
    .hint-wide = the header has a column for each metric read: set `layout = "wide"` on source `{ $source }`
    .hint = if the columns have other names, name them with `metric_column = "..."` and `value_column = "..."` (and `segment_column`) on source `{ $source }`
ed-no-segment-column = metric `{ $metric }` reads segment "{ $segment }", but the header on line { $line } has no `segment` column: it has { $columns }
    .hint = name the column with `segment_column = "..."` on source `{ $source }`, or remove `segment` from metric `{ $metric }`
ed-other-table = line { $line }: { $columns }
ed-header-other-tables = { $problem }; no other table of the file has all the columns either ({ $tables }): a source reads one table, so declare one `[[sources]]` per table
ed-header-cause-skip-rows = the header seems to be on line { $line }: set `skip_rows = { $n }` on source `{ $source }`
ed-header-cause-delimiter = the header reads as one column with delimiter `{ $used }` and as { $count } with `{ $better }`: set `delimiter = "{ $option }"` on source `{ $source }`
ed-header-cause-no-delimiter = the header is one column with every delimiter okr knows (`,` `;` tab `|`): this file has no columns to read (source `{ $source }`)
ed-segment-in-wide = metric `{ $metric }` reads segment "{ $segment }", but source `{ $source }` is a wide file: segments need a long file with a `segment` column
    .hint = remove `segment` from metric `{ $metric }`

## A CSV file as a whole
ed-source-is-directory = cannot read { $path }: it is a directory, not a file (source `{ $source }`)
    .hint = set `path` of source `{ $source }` to a CSV file
ed-source-unreadable = cannot read { $path }: { $reason } (source `{ $source }`)
    .hint-denied = the file is there but this user may not read it: check its permissions (`ls -l { $path }`)
    .hint = check `path` of source `{ $source }`; a relative path is read from the directory of the file that declares it
ed-long-line = the line is longer than 1 MiB: this is not a metric export (source `{ $source }`)
    .hint = metric files have one short line per row; export the data again as CSV
ed-unknown-encoding = byte { $byte } is neither UTF-8 nor Windows-1252: the file's encoding is unknown (source `{ $source }`)
    .hint = save the file as UTF-8 (in Excel: "CSV UTF-8") and read it again
ed-nul-byte = not a text file: found a NUL byte at offset{ $offset } (source `{ $source }`)
    .hint = metric files are CSV or tab-separated text; export the data as CSV (a spreadsheet workbook is not read)
ed-not-csv = cannot read the file as CSV: { $reason }
ed-cannot-decode = cannot decode the file as { $encoding }
ed-file-changed = the file changed while it was read
ed-no-such-table = { $n ->
        [one] { $wanted } in the file (the `table` of source `{ $source }`): it has { $count } table: { $tables }
       *[other] { $wanted } in the file (the `table` of source `{ $source }`): it has { $count } tables: { $tables }
    }
    .number = no table { $number }
    .title = no table titled "{ $title }"
    .none = no such table
    .hint = set `table` on source `{ $source }` to one of the titles or numbers listed
ed-table-titled = { $number } "{ $title }" (line { $line })
ed-table-untitled = { $number } (line { $line })
ed-empty-file = { $path } is empty (source `{ $source }`): expected a header line and rows
    .hint = export the data again, or remove source `{ $source }`
ed-no-header = no header line: the file has only preamble lines (source `{ $source }`)
    .hint = check `skip_rows` of source `{ $source }`; lines starting with `#` are skipped as comments
ed-dates-without-year = column `{ $column }` holds dates without a year ("{ $cell }" on line { $line }): okr cannot tell which year they are in
ed-day-count-without-start = column `{ $column }` counts days (0000, 0001, ...) from a start date, but no `# Start date: YYYYMMDD` line (in any language: `# ...: YYYYMMDD`) precedes the header
    .hint = export the report again with its comment lines, or add a `# Start date: YYYYMMDD` line above the header
ed-either-way-date = cannot tell day from month in column `{ $column }`: "{ $cell }" reads either way, and no date in the file has a day above 12
ed-mixed-date-order = dates in column `{ $column }` disagree: "{ $day_cell }" (line { $day_line }) is day-first, "{ $month_cell }" (line { $month_line }) is month-first
ed-date-order-hint = set `date_format = "%d/%m/{ $year }"` (day first) or `date_format = "%m/%d/{ $year }"` (month first) on source `{ $source }`
ed-mixed-decimals = numbers use both decimal marks: "{ $first }" (line { $first_line }) reads with a decimal { $first_mark }, "{ $second }" (line { $second_line }) with a decimal { $second_mark }
    .hint = no `decimal` setting reads both: a file's numbers use one decimal mark; export the data again in one notation, or correct the cells
ed-unclear-decimal = cannot tell the decimal mark: "{ $cell }" may be a thousands separator or a decimal { $mark }, and no number in the file settles it
    .hint = set `decimal = "."` or `decimal = ","` on source `{ $source }`; the other mark is then read as a thousands separator

## Sources read through a command or a database
ed-in-source = source `{ $source }`: { $problem }
ed-command-output = the output of `{ $program }`
ed-not-a-command = is not a command source
ed-no-program = `command` names no program
ed-command-not-allowed = runs the command `{ $program }`, and okr runs commands only when you allow it
    .hint = if you trust this OKR file, run okr with --allow-commands (or set { $env }=1, or { $env }={ $program } for this program only): the command runs with your environment and its credentials. Never allow commands for OKR files from pull requests
ed-unsafe-metric-name = metric `{ $metric }` reads "{ $name }", which {"{"}metrics{"}"} cannot put into a query: names there are letters, digits, spaces and _ - . : / ( ) % + # & @
    .hint = rename the metric in the query's output (AS ...), or leave {"{"}metrics{"}"} out of the command
ed-no-temp-file = cannot make a temporary file for the command's output: { $reason }
ed-cannot-write-output = cannot write the command's output: { $reason }
ed-cannot-run = cannot run `{ $program }`: { $reason }
    .not-found = it is not installed (not found on PATH)
    .denied = permission denied
    .hint = install the warehouse's client, or give its full path as the first item of `command` on source `{ $source }`
ed-no-pipe = cannot read the command's output
ed-command-timeout = the command `{ $program }` ran longer than the timeout ({ $seconds } s) and was stopped
    .hint = raise `timeout = { $seconds }` on source `{ $source }`, or make the query faster
ed-cannot-wait = cannot wait for `{ $program }`: { $reason }
ed-too-much-output = the command `{ $program }` printed more than { $gib } GiB
    .hint = sum the rows per day in the query (GROUP BY date, metric)
ed-no-output = the command `{ $program }` printed nothing on stdout
    .hint = it must print CSV with a header line (for psql: --csv; duckdb: -csv; bq: --format=csv)
ed-cannot-read-output = cannot read the output of `{ $program }`: { $reason }
ed-kept-open = the command `{ $program }` exited, but something it started kept its output open past the timeout
ed-command-exited = the command `{ $program }` exited with code { $code }
ed-command-killed = the command `{ $program }` was killed by signal { $signal }
ed-command-failed = the command `{ $program }` failed
    .hint = run the command of source `{ $source }` by hand to see what it says; it must print CSV on stdout and exit with 0
ed-command-silent = { $how } and printed nothing on stderr
ed-command-stderr = { $how }; its stderr:
    {"    "}{ $stderr }
ed-command-stderr-ends = { $how }; its stderr ends:
    {"    "}{ $stderr }
ed-not-a-database = not a database
    .csv = is a CSV file, not a database
    .command = is a command, not a database
ed-not-built-in = this build of okr reads no { $kind } sources (built without the `{ $kind }` feature)
    .hint = build okr with `--features { $kind }`, or export the query's result to CSV and set `path` on source `{ $source }`
ed-query-timeout = the query ran longer than the timeout ({ $seconds } s)
    .hint = raise `timeout = { $seconds }` on source `{ $source }`, or make the query faster (an index on its date column helps)
ed-query-no-column = the query returns no `{ $name }` column: it returns { $columns }
    .hint-named = set `date_column` on source `{ $source }` to one of the query's columns
    .hint = name the date column with AS: select day AS date, ...
ed-query-no-column-long = the query returns no `{ $name }` column (layout long needs `date`, `metric` and `value`): it returns { $columns }
    .hint = name the columns with AS (select day AS date, name AS metric, amount AS value ...), or set `layout = "wide"` on source `{ $source }` if each metric has its own column
ed-query-no-column-segment = the query returns no `{ $name }` column (metric `{ $metric }` reads segment "{ $segment }"): it returns { $columns }
    .hint = return the segment AS segment from the query, or remove `segment` from metric `{ $metric }`
ed-query-no-column-metric = the query returns no `{ $name }` column (metric `{ $metric }`): it returns { $columns }
    .hint = set `column = "..."` on metric `{ $metric }` to one of the query's columns
ed-query-segment-in-wide = metric `{ $metric }` reads segment "{ $segment }", but the source is wide: segments need layout long with a `segment` column
ed-query-not-a-date = column `{ $column }` holds "{ $found }", which is not a date (dates are DATE, TIMESTAMP or ISO text such as 2026-01-31)
    .hint = convert it in the query, e.g. to_date(day, 'DD.MM.YYYY') AS date in PostgreSQL or date(day, 'unixepoch') AS date in SQLite
ed-query-not-a-number = column `{ $column }` holds "{ $found }", which is not a number
    .hint = values are INTEGER, REAL, NUMERIC or text of a plain number (1234.5); NULL, '', '--' and 'n/a' are no data; convert others in the query
ed-query-not-a-number-on = column `{ $column }` holds "{ $found }", which is not a number (metric `{ $metric }` on { $day })
ed-query-not-finite-metric = metric `{ $metric }` on { $day }: the values add up to { $sum }: NaN and infinity are not numbers
    .hint = leave a missing value NULL; filter such rows out in the query
ed-query-not-finite-column = column `{ $column }` on { $day }: the values add up to { $sum }: NaN and infinity are not numbers
ed-query-double-count = metric `{ $metric }` on { $day }: rows without a segment and rows with segment "{ $segment }" both carry values; the rows without a segment look like a total and would be counted twice
    .hint = set `segment = "{ $segment }"` on metric `{ $metric }` to read one segment, or leave the rows without a segment out of the query

## Command-line flags
ed-flag-invalid = invalid value '{ $value }' for '{ $flag }': { $reason }
ed-flag-more = For more information, try '--help'.
ed-flag-date = expected a date as YYYY-MM-DD (e.g. 2026-02-15), `today` or `yesterday`, found "{ $found }"
ed-flag-no-such-date = no such date
ed-flag-lang = expected one of { $codes }, found "{ $found }"
ed-flag-group-by = expected tag:PREFIX (e.g. tag:flywheel to group by flywheel:attract, flywheel:engage, ...), found "{ $found }"
ed-flag-since-too-far = "{ $found }" is more than { $max } days (100 years) back; name a date such as 2026-01-01
ed-flag-since = expected a date as YYYY-MM-DD, or days or weeks back such as 7d or 2w, found "{ $found }"
ed-flag-status = unknown status `{ $found }`; use any of: { $names }
    .suggest = unknown status `{ $found }` (did you mean `{ $best }`?); use any of: { $names }

## Files okr keeps or writes, names on the command line
ed-did-you-mean = did you mean `{ $best }`?
ed-cannot-read = cannot read { $path }: { $reason }
ed-log-unreadable-hint = check the file's permissions
ed-not-a-file = { $path } is not a regular file
    .hint-record = a cycle's record is the JSON file `okr close` writes
ed-record-too-large = { $path } is larger than a record can be ({ $mib } MiB)
ed-record-unreadable = { $path }: { $reason }
    .hint = this is not a record `okr close` wrote; write it again with `okr close --force`
ed-record-format = { $path } is a record of format { $found }, this okr reads format { $known }
    .hint = use the okr that wrote it, or close the cycle again
ed-log-too-large = { $path } is larger than { $mib } MiB, too large for a check-in log
    .hint = move last cycles' rows to another file
ed-log-not-csv = cannot read the check-in log: { $reason }
    .hint = a field with a comma, quote or newline is quoted with "
ed-log-unknown-key-result = the check-in names `{ $id }`, which is no key result
ed-cannot-lock = cannot lock { $dir } for editing: { $reason }
    .hint = check that the directory exists and can be read
ed-busy = another okr is editing { $main } and its files (waited { $seconds } s)
    .hint = nothing was written; run the command again when the other edit is done (or set { $env } to wait longer)
ed-unknown-id = no such id
    .key-result = no key result has the id `{ $id }`
    .objective = no objective has the id `{ $id }`
    .any = no key result or objective has the id `{ $id }`
    .source = no source is named `{ $id }`
    .hint-is-objective = `{ $id }` is an objective; check in one of its key results
    .hint-key-result = `okr status --format csv` lists the key results' ids
    .hint-objective = `okr status` lists the objectives' ids
    .hint-any = `okr status --format csv` lists the ids of objectives and key results
    .hint-source = `okr sources` lists every source
ed-unknown-owner = no objective or key result is owned by `{ $owner }`
    .hint = the owners are: { $owners }
ed-since-after-as-of = --since { $since } is after the as-of date { $as_of }
    .hint = name an earlier day, or a number of days back such as 7d
    .hint-report = name a day on or before --as-of (default: today)
ed-exists = { $path } already exists
    .hint = pass --force to replace it
ed-write-to-directory = { $path } is a directory
    .hint = name a file to write
ed-write-to-special = { $path } is not a regular file (a device, FIFO or socket)
    .hint = name a file to write; okr writes files whole, through a temporary file
ed-cannot-write-in = cannot write in { $dir }: { $reason }
    .hint = check that the directory exists and is writable
ed-symlink-loop = { $path } is a loop of symlinks

## okr checkin
ed-checkin-reads-metric = `{ $kr }` reads the metric `{ $metric }`: its value comes from the data, not from check-ins
    .hint = update its source file; its confidence goes in as: okr checkin { $kr } --confidence 7
ed-checkin-all-needs-terminal = --all asks for each key result on a terminal
    .hint = check in one key result at a time: okr checkin KR-ID [VALUE] --confidence N
ed-checkin-cannot-read-answer = cannot read the answer: { $reason }
ed-checkin-outside-cycle = outside the cycle
    .date = the date ({ $date }) is outside the cycle { $cycle } ({ $start } to { $end })
    .today = today ({ $date }) is outside the cycle { $cycle } ({ $start } to { $end })
    .hint = pass --date YYYY-MM-DD, a day inside the cycle
ed-checkin-milestone-no-value = `{ $kr }` is a milestone: it is done or not, it takes no value
    .hint = okr checkin { $kr } --done
ed-checkin-milestone-needs-done = `{ $kr }` is a milestone: pass --done to mark it done
ed-checkin-nothing = nothing checked in
ed-checkin-not-a-milestone = `{ $kr }` is not a milestone: --done applies only to milestones
    .hint = give the value measured: okr checkin { $kr } VALUE
ed-checkin-value-required = VALUE is required when stdin is not a terminal
    .hint = okr checkin { $kr } VALUE
ed-checkin-bad-value = VALUE `{ $value }`: { $reason }
    .hint = write a number such as 3.4, 3,4 or 1 234,5
ed-checkin-no-value = no value given: nothing checked in

## --- end: errors-data ---

## --- area: init-help ---

## --- end: init-help ---
