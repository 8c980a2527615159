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

## Reasons and guardrail sentences, for every view (reason-). JSON keeps
## the English ones. $grain is day, week, month or quarter; $heading is
## forecast or run-rate.
reason-finding-value = value { $value }
reason-finding-value-run-rate = value { $value } so far, { $rate }
reason-finding-target = target { $target }
reason-finding-expected = expected { $value } by now
reason-finding-newest = newest data point { $date }
reason-finding-stale-since = stale: the newest data point is from { $date }
reason-finding-stale = stale
reason-breach-below = guardrail `{ $metric }` is { $value } below its min { $bound } (by { $by })
reason-breach-above = guardrail `{ $metric }` is { $value } above its max { $bound } (by { $by })
reason-breach = guardrail `{ $metric }` is breached
reason-too-early = too early to judge: its window has run { $run } of the { $n ->
   *[other] { $needs } days
} it needs (settle_days)
reason-run-rate = (run rate { $rate } from { $summed } so far)
reason-reached = reached the target { $target } ({ $progress })
reason-at-target = at the target { $target } ({ $progress }), not final: the value can still move until its window ends
reason-no-progress-since = no progress since { $date } ({ $then } then, { $now } now) and behind the expected { $expected }
reason-no-progress-previous = no progress over the previous { $grain } ({ $then } then, { $now } now) and behind the expected { $expected }
reason-pace-nothing-expected = progress { $progress } with nothing expected yet
reason-pace-below-expected = progress { $progress } is below the expected { $expected }
reason-pace-on-track = progress { $progress } is { $ratio } of the expected { $expected }
reason-pace-at-risk = progress { $progress } is { $ratio } of the expected { $expected } (at risk below { $below })
reason-pace-off-track = progress { $progress } is { $ratio } of the expected { $expected } (off track below { $below })
reason-against-at-least = { $value } { $sign } { $limit } (at least { $limit })
reason-against-at-most = { $value } { $sign } { $limit } (at most { $limit })
reason-so-far = { $now } so far
reason-threshold-summed = { $now } (run rate, { $summed } summed)
reason-over-budget = { $now }: over the budget
reason-breaks = { $now }, but its { $heading ->
    [forecast] forecast
   *[run-rate] run rate
} { $value } breaks the bound
reason-threshold-reached = { $now }: reached
reason-reaches = { $now }; its { $heading ->
    [forecast] forecast
   *[run-rate] run rate
} { $value } reaches the bound
reason-falls-short = { $now }; its { $heading ->
    [forecast] forecast
   *[run-rate] run rate
} { $value } falls short
reason-no-projection = { $now }; no { $heading ->
    [forecast] forecast
   *[run-rate] run rate
} to reach it
reason-periods = the latest { $grain } { $against }; held in { $held } of { $judged } { $n ->
    [one] { $grain }
   *[other] { $grain }s
}
reason-periods-below = { $text }: { $share } is below { $below }
reason-no-whole-period = no whole { $grain } of the cycle has ended yet
reason-done-on = done on { $date }
reason-done = done
reason-due = not done yet, due { $date }
reason-overdue = not done, was due { $date }
reason-start-unknown = its start is the value of the first whole { $grain } in the cycle, not known yet
reason-start-is-target = its start equals its target
reason-cycle-starts = the cycle starts on { $date }
reason-no-data = no data for `{ $metric }` in the window
reason-zero-divisor = `{ $metric }` divides by zero in the window

## okr show: labels (show-label-, at most 11 columns fit the default
## label column; longer ones widen it), sentences and the chart's legend
show-label-status = Status
show-label-why = Why
show-label-rule = Rule
show-label-value = Value
show-label-start = Start
show-label-target = Target
show-label-progress = Progress
show-label-expected = Expected
show-label-forecast = Forecast
show-label-grade = Grade
show-label-due = Due
show-label-confidence = Confidence
show-label-note = Note
show-label-metric = Metric
show-label-window = Window
show-label-guardrails = Guardrails
show-label-experiments = Experiments
show-label-data = Data
show-label-weight = Weight
show-label-declared = Declared
show-label-rolls-up = Rolls up
show-label-parent = Parent
show-label-tags = Tags
show-owner = owner { $owner }
show-owner-objectives = owner { $owner } (the objective's)
show-kr-of = { $id } · key result of “{ $parent }” ({ $parent_id })
show-value-partial = (so far: the period has not ended)
show-periods-held = ({ $held } of { $n ->
   *[other] { $judged } periods
} held)
show-pace = (pace: progress / expected = { $pace })
show-forecast-by = { $value } by { $date }
show-forecast-period = — (period windows have none)
show-forecast-no-data = — (no data yet)
show-forecast-stale = — (none while the data is stale: a line would rise on days that have no data)
show-forecast-settle = — (needs data on { $n ->
    [one] { $n } day
   *[other] { $n } days
}: settle_days)
show-confidence = { $value }/10 on { $date }
show-confidence-trend = { $value }/10 on { $date }, trend { $trend }
show-note = “{ $text }” ({ $date })
show-guardrail-ok = ok
show-guardrail-breached = breached
show-guardrail-unknown = unknown: no data
show-needs-experiment = ⚑ off track with no running experiment
show-objective-kind = { $kind } objective
show-grade-scale = { $kind ->
    [committed] committed: { $grade } is expected
   *[aspirational] aspirational: { $grade } is a good grade
}
show-progress-none = — (nothing under it)
show-rollup-key-results = its key results only (rollup = "key_results")
show-rollup-aligned = its aligned objectives only (rollup = "aligned")
show-rollup-both = key results and aligned objectives, by weight
show-def-milestone = none: a milestone is checked in by hand
show-def-manual = none: measured by hand, the latest check-in counts ({ $n } so far)
show-def-column = column `{ $column }`
show-def-metric = metric `{ $column }`
show-def-summed = summed
show-def-aggregate-override = { $aggregate } (the key result's; the metric's is { $own })
show-def-source = { $metric }: { $what } of { $file } (source `{ $source }`, { $layout }), { $aggregate } over the window
show-def-source-segment = { $metric }: { $what } of { $file } (source `{ $source }`, { $layout }), segment `{ $segment }`, { $aggregate } over the window
show-def-ratio = { $metric } = sum({ $numerator }) / sum({ $denominator }) over the window
show-def-formula = { $metric } = { $formula }, each part over the window, then the formula once
show-window-every = each whole { $grain } of the cycle that has ended is judged
show-window-every-latest = each whole { $grain } of the cycle that has ended is judged; the latest: { $range }
show-window-cycle = the cycle so far, { $range }
show-window-period-so-far = { $grain } so far (none has ended yet), { $range }
show-window-period = the latest whole { $grain } that has ended, { $range }
show-data-none = no data point yet
show-data-today = the as-of day
show-data-ago = { $n ->
    [one] { $n } day
   *[other] { $n } days
} before the as-of date
show-data-stale = stale: older than { $n ->
    [one] { $n } day
   *[other] { $n } days
}
show-data-fresh = fresh (stale after { $n ->
    [one] { $n } day
   *[other] { $n } days
})
show-data = newest point { $date }, { $ago }; { $verdict }
show-due-early = { $date } (done { $n ->
    [one] { $n } day
   *[other] { $n } days
} early)
show-due-late = { $date } (done { $n ->
    [one] { $n } day
   *[other] { $n } days
} late)
show-due-today = { $date } (today)
show-due-left = { $date } ({ $n ->
    [one] { $n } day
   *[other] { $n } days
} left)
show-due-overdue = { $date } ({ $n ->
    [one] { $n } day
   *[other] { $n } days
} overdue)
show-rule-not-started = { $status }: the cycle has not started
show-rule-no-data = { $status }: no value over the window (a missing value is no data, never zero)
show-rule-breached = { $status }: a guardrail is outside its bounds; guardrails are checked before progress and pace
show-rule-milestone-done = { $status }: checked in as done
show-rule-done = { $status }: progress { $progress } ≥ 100 % and the value is final
show-rule-stalled-period = { $status }: progress not higher than over the previous { $grain }, and behind the expected
show-rule-stalled = { $status }: progress not higher than { $n ->
   *[other] { $n } days
} ago, and behind the expected
show-rule-stalled-since = { $status }: progress not higher than { $n ->
   *[other] { $n } days
} ago ({ $date }), and behind the expected
show-rule-milestone-on-track = { $status }: not done, and its due date { $date } has not passed
show-rule-milestone-late = { $status }: not done by its due date { $date }
show-rule-nothing-expected = { $status }: nothing is expected yet; on-track while progress ≥ expected
show-rule-pace-on-track = { $status }: pace (progress / expected) { $pace } ≥ { $at_risk } (at_risk_below)
show-rule-pace-at-risk = { $status }: pace (progress / expected) { $pace } is under { $at_risk } (at_risk_below) but at least { $off } (off_track_below)
show-rule-pace-off-track = { $status }: pace (progress / expected) { $pace } is under { $off } (off_track_below)
show-child-key-result = { $id } (key result)
show-child-objective = { $id } (aligned objective)
show-nothing-under = nothing is under it
show-worst = the worst status of the { $count } under it: { $children } { $n ->
    [one] is
   *[other] are
} { $status }
show-chart-plan = ┈┈ plan (expected)
show-chart-bound = ┈┈ bound { $sign } { $value }
show-chart-forecast = ╌╌ forecast { $value }
show-chart-so-far = ╌╌ { $grain } so far
show-chart-value = ━━ value
show-chart-value-per = ━━ value per { $grain }
show-chart-as-of = as of

## okr north-star: the board (ns-)
ns-change = { $grain ->
    [day] DoD
    [week] WoW
    [month] MoM
   *[quarter] QoQ
}
ns-days = { $n ->
    [one] { $n } day
   *[other] { $n } days
}
ns-heading = ★ { $name } — per { $grain }, as of { $date }
ns-core-action = core action: { $action }
ns-every = every { $every }
ns-target = target { $value } per { $grain }
ns-target-from = target { $value } per { $grain } from { $start }
ns-status = status { $status }
ns-no-target = no target per { $grain }: the North Star's target is per its own grain
ns-pace-needed = pace needed: { $pace } per { $grain } over the { $n } remaining { $n ->
    [one] { $grain }
   *[other] { $grain }s
}
ns-no-period-left = no whole period left in the cycle
ns-col-metric = Metric
ns-col-role = Role
ns-col-latest = Latest
ns-col-previous = Previous
ns-col-trend = Trend
ns-col-target = Target / bound
ns-col-period = { $grain }
ns-partial = * the current period so far: not compared

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
