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
error-invalid-number = column `{ $column }`: invalid number "{ $found }"

## --- end: errors-data ---

## --- area: init-help ---

## okr init: what it says on stderr
init-wrote = wrote { $path }: edit it, then run `okr status -c { $path }`
init-cannot-write-in = cannot write in { $dir }: { $reason }
    .hint = create the directory first
init-export-is-directory = { $file } is a directory
init-export-missing = { $file } does not exist
    .hint = name the CSV files your tools exported, e.g. `okr init --from data/*.csv`
init-left-out = warning: left out { $file }: { $problem }
init-unread-at-line = line { $line }: { $problem }
init-nothing-read = no export could be read: nothing written
init-cycle-backwards = the cycle ends ({ $end }) before it starts ({ $start })
    .hint = swap --start and --end
init-cycle-name = { $start } to { $end }
init-cycle-not-quarter = --cycle { $cycle }: expected a quarter such as 2026-Q1
    .hint = for other cycles give --start and --end
init-relative = relative to this file

## okr init: the starter file's comments (`# ` is added) and sample titles.
## TOML keys and values (sum, committed, month, ...) stay English.
init-starter-head =
    okrs.toml: your objectives and key results, read by `okr`.
    Run `okr status` in this folder; `okr validate` checks this file and your data.
    Every key is explained in the README ("The OKR file").
init-starter-dates = TOML dates, both inclusive
init-starter-settings = optional; these are the defaults
init-starter-at-risk = progress / expected under this: at risk
init-starter-off-track = ... under this: off track
init-starter-stall = no progress for this long: stalled
init-starter-stale = newest data point older than this: stale
init-starter-settle = a window younger than this is too early to judge: pending
init-starter-language = okr's words: en, sv, nb, da or fi (else OKR_LANG, else English)
init-starter-locale = numbers: en-US, sv-SE, nb-NO, da-DK, fi-FI, ... (default: the language's)
init-starter-sources =
    Where metric values come from: CSV exports (delimiter, decimal mark and
    date format are sniffed). Uncomment and point at your file:
init-starter-layout = long: date,metric,value[,segment]; wide: a date column + one column per metric
init-starter-ratio = a ratio is sum(numerator) / sum(denominator)
init-starter-id = a-z, 0-9 and -; unique across all files
init-starter-type = committed (1.0 expected) or aspirational (0.7 is good)
init-starter-manual =
    A key result checked in by hand: `okr checkin survey 3.4` records a
    value and the day it was measured (in checkins.csv beside this file).
    Until the first check-in it has no data, which is not a zero.
init-starter-milestone =
    A milestone: done or not, by a due date (default: the cycle's end).
    `okr set launch done=true` marks it done today.
init-starter-metric-kr = A key result on a metric (uncomment the source and metrics above):
init-starter-window = cycle (default) | day | week | month | quarter
init-starter-guardrails = Goodhart's counterweight
init-starter-title-pipeline = Build a pipeline that sales loves
init-starter-title-survey = Lift the sales-satisfaction score from 3.1 to 4.0
init-starter-title-launch = Launch the new pricing page
init-starter-title-mql = Grow MQLs from 400 to 900 a month

## okr init --from: the comments of the file built from the exports
init-from-head =
    okrs.toml: written by `okr init --from` from your exports. Edit the
    objective, uncomment the key results you want and set their targets,
    then run `okr status`. Every key is explained in the README ("The OKR file").
init-from-settings = optional; the defaults:
init-from-locale = number display: sv-SE, nb-NO, da-DK, fi-FI, ...
init-from-sources = Where the values come from: one source per export.
init-from-read-as = { $file }: { $encoding }, { $layout } ({ $shape }), dates in `{ $date_column }` as { $date_format }
init-from-wide-shape = a date column and a column per metric
init-from-rows = { $n ->
   *[other] { $rows } rows
}, { $span }
init-from-span = { $first } to { $last }
init-from-no-dates = no dated rows
init-from-ends-before = data ends { $date }, before the cycle: export it again as the cycle runs
init-from-starts-after = data starts { $date }, after the cycle
init-from-title-lines = { $n ->
   *[other] { $lines } title line(s) above the header are skipped (the reader finds them)
}
init-from-other-table = not read: table { $number }{ $title } on line { $line } (`table = { $number }` reads it)
init-from-reader-note = reader: { $note }
init-from-options = As the reader sniffed them, written out so the file reads the same anywhere:
init-from-date-format-kept =
    dates sniffed as { $format }: the reader's own parsing reads them
    (set `date_format` only if it guesses wrong)
init-from-no-metric = no column of numbers was found in it: no metric reads it yet
init-from-unread = { $file } was not read, so it is left out: { $problem }
init-from-metrics = One metric per column of numbers (long files: per metric name).
init-from-sum = summed over a key result's window
init-from-count = a count: summed over a key result's window
init-from-avg = a rate or an average: averaged over the days (a ratio of two counts is exact)
init-from-percent = its cells carry `%`: shown as a percent
init-from-currency = an amount in { $unit }
init-from-ratio = { $numerator } / { $denominator } looks like a rate; a ratio is sum(numerator) / sum(denominator):
init-from-objective = Your objective: what should be true when the cycle ends.
init-from-objective-title = Write the objective: what should be true when the cycle ends
init-from-key-results =
    One key result per metric: uncomment the ones you want and set `target`.
    `start` is the metric's value in { $period }, the last full month before the cycle.
init-from-kr-title = { $name } per month: from { $start } to the target
init-from-kr-title-no-start = { $name } per month: to the target
init-from-kr-start = its value in { $period }
init-from-kr-no-start = the file has no full month before the cycle: set the value you start from
init-from-kr-target = set it (start == target is an error)

## --- end: init-help ---
