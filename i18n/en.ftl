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

## okr status: the table, its footer and the Markdown form (st-), the cells
## every human format shares (cell-)
st-no-objectives = No objectives.
st-trend = trend { $line }
st-col-key-result = Key result
st-col-value = Value
st-col-target = Target
st-col-progress = Progress
st-col-expected = Expected
st-col-forecast = Forecast
st-col-confidence = Conf.
st-col-moved = Moved
st-col-status = Status
st-progress-bar = Progress bar
st-stale = (stale)
st-partial = * partial: the period has not ended, the value so far
st-as-of = as of { $date }
st-left-out = ({ $n ->
    [one] { $n } column
   *[other] { $n } columns
} left out to fit { $width } columns: { $columns })
st-group-untagged = no { $prefix } tag
st-md-title = OKR status — { $cycle } (as of { $date })
st-md-cycle = Cycle { $start } – { $end }, { $state }.
st-md-partial = * The period has not ended yet: the value so far.
st-md-north-star = North Star: { $name }
st-md-period = Period
st-md-before-cycle = before the cycle
st-md-input = Input
st-md-previous = Previous
st-md-change = Change
st-md-trend = Trend by { $grain }: { $line }
st-md-core-action = Core action: { $action }
st-md-core-action-every = Core action: { $action }, every { $every }
st-md-owner = Owner: { $owner }
st-md-progress = progress { $share }
st-md-grade = grade { $grade }
st-md-no-key-results = No key results yet.
cell-milestone-done = done
cell-milestone-not-done = not done
cell-cycle-ended = the cycle has ended
cell-elapsed = { $share } elapsed
cell-closed = { $state }, closed on { $date } ({ $record })
cell-run-rate = run rate { $rate }
cell-run-rate-scaled = run rate { $rate } ({ $value } in { $days ->
    [one] { $days } day
   *[other] { $days } days
}, scaled to the whole period)
cell-below-min = < min { $bound }
cell-above-max = > max { $bound }
cell-min = min { $bound }
cell-max = max { $bound }
cell-period = { $grain } { $dates }
cell-so-far = { $name }, so far
cell-week-of = week of { $date }
cell-month-year = { $month } { $year }
cell-experiments = ⚗ experiments: { $list }
cell-exp-running = { $n } running
cell-exp-won = { $n } won
cell-exp-lost = { $n } lost
cell-exp-inconclusive = { $n } inconclusive
cell-exp-ideas = { $n } in the backlog
cell-no-running-experiment = ⚑ no running experiment
cell-grain-so-far = ({ $grain } so far)
cell-new = new

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

## --- end: init-help ---
