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
cell-no-data = no data
cell-before-cycle = before the cycle
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

## okr check: the marks before a failing and a warned key result, and the
## summary line. (The reasons under each are the area "status"'s.)
chk-fail = FAIL
chk-warn = warn
chk-stale = stale
chk-summary = { $cycle } as of { $date }: { $failing } failing, { $warnings ->
    [one] { $warnings } warning
   *[other] { $warnings } warnings
}, { $passing } passing
chk-junit-warning = warning: { $message }

## okr digest (text, Markdown, Slack, Teams)
digest-title = OKR digest — { $cycle }
digest-context = As of { $date } · changes since { $since } · { $state } ({ $start } – { $end })
## $grain: day, week, month or quarter
digest-ns-change = { $change } on the { $grain } before
digest-ns-target = target { $target }
digest-kr-change = ({ $change }, progress { $progress })
digest-status-was = { $now }, was { $was }
digest-confidence = confidence { $value }/10
digest-owner = owner { $owner }
digest-no-owner = no owner
digest-note = “{ $note }” ({ $date })
digest-moved = What moved since { $date }
digest-moved-none = Nothing moved.
digest-attention = Needs attention
digest-attention-none = Nothing is off track, stalled, at risk or breaching a guardrail.
digest-wins = Wins
digest-wins-none = No wins this time: a failed key result is data, not shame.
digest-win-done = done · { $objective }
digest-experiment-won = experiment won
digest-experiment-won-by = experiment won · { $owner }
## A count of key results by status: $words is the status in words, $status
## its interface name (done, on-track, ...) to choose a form by.
digest-count = { $status ->
   *[other] { $n } { $words }
}
digest-counts = Key results: { $counts }.
digest-no-key-results = No key results.
digest-slack-cut = More in `okr status`: the message was cut to Slack's 50 blocks.

## okr experiments (table and Markdown)
exp-title = Experiments · { $cycle } · as of { $date }
exp-md-title = Experiments — { $cycle } (as of { $date })
exp-running = Running
exp-backlog = Backlog (by ICE score)
exp-won = Success board: won
exp-lost = Fail board: lost (data, not shame)
exp-inconclusive = Inconclusive
exp-col-experiment = Experiment
exp-col-key-results = Key results
exp-col-owner = Owner
exp-col-ice = ICE
exp-col-dates = Dates
exp-col-lift = Metric lift
exp-col-learning = Learning
exp-learned = learned: { $learning }
exp-from = from { $date }
exp-until = until { $date }
exp-lift-so-far = { $lift } so far
exp-lift-expected = { $lift } (expected { $expected })
exp-no-dates = no dates
exp-no-baseline = no baseline
exp-no-data = no data
exp-needs-experiment = off track or stalled with no running experiment: { $ids }
exp-md-needs-experiment = Off track or stalled with no running experiment: { $ids }
exp-none = No experiments yet: add [[experiments]] to the OKR file (see README: Experiments).

## okr metrics
inv-col-source = Source
inv-col-metric = Metric
inv-col-rows = Rows
inv-col-missing = Missing
inv-col-first = First
inv-col-last = Last
inv-col-used-by = Used by
inv-col-file = File
inv-none-found = (no metrics found in the sources)
inv-column = `{ $column }`
inv-column-segment = `{ $column }` (segment `{ $segment }`)
inv-no-data = no data: metric `{ $metric }`{ $key_results } reads { $column } from source `{ $source }`, which has no values for it{ $hint }
inv-no-data-key-results = ({ $n ->
    [one] key result
   *[other] key results
}: { $ids })
inv-no-data-did-you-mean = ; did you mean `{ $best }`? set column = "{ $best }" on [metrics.{ $metric }]

## okr sources: a label per line, then what it says
inv-label-encoding = encoding
inv-label-delimiter = delimiter
inv-label-header = header
inv-label-dates = dates
inv-label-totals = totals
inv-label-not-read = not read
inv-label-columns = columns
inv-label-metric = metric
inv-label-note = note
inv-delimiter = `{ $delimiter }`, decimal mark `{ $decimal }`
inv-table-of = table { $table } of { $tables }
inv-table-of-titled = table { $table } of { $tables } "{ $title }"
inv-under-title-lines = under { $n ->
    [one] { $count } title line
   *[other] { $count } title lines
}
inv-table-lacks-columns = the table on line { $line } lacks the wanted columns
inv-header-line = line { $line }
inv-dates = column `{ $column }` as { $format }: { $span }, { $n ->
    [one] { $rows } row
   *[other] { $rows } rows
}
inv-totals = skipped { $n ->
    [one] { $rows } row (line { $lines })
   *[other] { $rows } rows (lines { $lines })
}
inv-not-read = table { $table } on line { $line } (`table = { $table }` reads it): { $columns }
inv-not-read-titled = table { $table } "{ $title }" on line { $line } (`table = { $table }` reads it): { $columns }
inv-metric-read = { $metric } <- { $column }: { $n ->
    [one] { $rows } row
   *[other] { $rows } rows
}, { $missing } missing, { $span }
inv-span = { $first } to { $last }
inv-no-dates = no dates
inv-kind-date = date
inv-kind-number = number
inv-kind-text = text
inv-kind-empty = empty

## okr log
log-col-date = Date
log-col-key-result = Key result
log-col-value = Value
log-col-confidence = Conf.
log-col-note = Note
log-col-author = Author
log-done = done
log-empty = no check-ins yet in { $file }: `okr checkin KR-ID VALUE` records one

## okr history
hist-none = No closed cycles yet: `okr close` writes a cycle's record on its last day.
hist-md-title = OKR history
hist-md-none = No closed cycles yet.
hist-col-cycle = Cycle
hist-col-dates = Dates
hist-col-grade = Grade
hist-col-done = Done
hist-col-north-star = North Star
hist-col-objective = Objective
hist-col-type = Type
hist-col-status = Status
hist-north-star = { $value } of { $target } ({ $status })
hist-done-of = { $done } of { $total }
hist-objective = { $title } ({ $kind }, { $status })

## What the commands say they did (stderr; okr validate's line on stdout)
cmd-checkin-logged = { $id }: { $what } on { $date }, logged in { $file }
cmd-checkin-logged-was = { $id }: { $what } on { $date } (was { $before } on { $before_date }), logged in { $file }
cmd-checkin-done = done
cmd-checkin-no-value = no value
cmd-checkin-with-confidence = { $what }, confidence { $confidence }/10
cmd-checkin-all-logged = { $n ->
    [one] { $count } check-in
   *[other] { $count } check-ins
} logged in { $file }
## okr checkin's questions on a terminal
cmd-checkin-current = current
cmd-checkin-target = target
cmd-checkin-none-yet = none yet
cmd-checkin-value-on = { $value } on { $date }
cmd-checkin-target-from = { $target } (from { $start })
cmd-checkin-at-least = at least { $value }
cmd-checkin-at-most = at most { $value }
cmd-checkin-ask-value = Value on { $date }
cmd-checkin-value-again = { $why }; a number such as 3.4, or Enter to skip
cmd-checkin-ask-confidence = Confidence 1-10 (Enter to skip)
cmd-checkin-ask-note = Note (Enter to skip)
cmd-checkin-ask-done = Done? [y/N]
## The answers that mean yes (besides y and yes), separated by spaces
cmd-checkin-yes = y yes
## $kind: objective, key-result or experiment
cmd-set-updated = { $kind ->
    [objective] objective
    [experiment] experiment
   *[key-result] key result
} `{ $id }` in { $file } updated: { $changes }
cmd-set-unchanged = { $kind ->
    [objective] objective
    [experiment] experiment
   *[key-result] key result
} `{ $id }` in { $file } unchanged: { $changes }
cmd-experiment-added = experiment `{ $id }` added in { $file }
cmd-experiment-started = experiment `{ $id }` started in { $file }
cmd-experiment-finished = experiment `{ $id }` finished in { $file }
cmd-close-closed = closed { $cycle } as of { $date }: wrote { $file } (grades: { $grades })
cmd-next-started = started { $name } ({ $start } – { $end }) from { $old }: { $n ->
    [one] { $carried } key result
   *[other] { $carried } key results
} carried over, { $left } left
cmd-next-would-start = would start { $name } ({ $start } – { $end }) from { $old }: { $n ->
    [one] { $carried } key result
   *[other] { $carried } key results
} carried over, { $left } left (nothing written)
cmd-next-carried = carried
cmd-next-left = left
cmd-next-left-kr = key result `{ $id }` (done)
cmd-next-left-objective = objective `{ $id }` (all its key results done)
cmd-next-left-experiment = experiment `{ $id }` (finished; its learning is in the record)
cmd-next-removed = { $key } removed
cmd-next-restarts = closed at { $value }; a sum over the cycle starts again, start kept
cmd-next-start-moved = start { $before } -> { $after } (its closing value)
cmd-next-start-none = none
cmd-next-no-closing = no closing value: start kept
cmd-next-not-done = not done
cmd-next-threshold-kept = threshold kept
cmd-next-carried-from = carried over from { $old }: { $what }
cmd-next-carried-from-removed = carried over from { $old }: { $what }; { $removed }
hist-note-skipped = skipped: { $problem }
cmd-validate-ok = ok: { $file }: { $objectives }, { $key_results }, { $metrics }, { $sources } ({ $rows }), { $experiments }

## Counts: $count is the number as written, $n chooses the form; .word is
## the noun alone as it follows a count
plural-day = { $n ->
    [one] { $count } day
   *[other] { $count } days
}
    .word = { $n ->
        [one] day
       *[other] days
    }
plural-week = { $n ->
    [one] { $count } week
   *[other] { $count } weeks
}
    .word = { $n ->
        [one] week
       *[other] weeks
    }
plural-month = { $n ->
    [one] { $count } month
   *[other] { $count } months
}
    .word = { $n ->
        [one] month
       *[other] months
    }
plural-quarter = { $n ->
    [one] { $count } quarter
   *[other] { $count } quarters
}
    .word = { $n ->
        [one] quarter
       *[other] quarters
    }
plural-row = { $n ->
    [one] { $count } row
   *[other] { $count } rows
}
    .word = { $n ->
        [one] row
       *[other] rows
    }
plural-data-row = { $n ->
    [one] { $count } data row
   *[other] { $count } data rows
}
    .word = { $n ->
        [one] data row
       *[other] data rows
    }
plural-line = { $n ->
    [one] { $count } line
   *[other] { $count } lines
}
    .word = { $n ->
        [one] line
       *[other] lines
    }
plural-title-line = { $n ->
    [one] { $count } title line
   *[other] { $count } title lines
}
    .word = { $n ->
        [one] title line
       *[other] title lines
    }
plural-column = { $n ->
    [one] { $count } column
   *[other] { $count } columns
}
    .word = { $n ->
        [one] column
       *[other] columns
    }
plural-objective = { $n ->
    [one] { $count } objective
   *[other] { $count } objectives
}
    .word = { $n ->
        [one] objective
       *[other] objectives
    }
plural-key-result = { $n ->
    [one] { $count } key result
   *[other] { $count } key results
}
    .word = { $n ->
        [one] key result
       *[other] key results
    }
plural-metric = { $n ->
    [one] { $count } metric
   *[other] { $count } metrics
}
    .word = { $n ->
        [one] metric
       *[other] metrics
    }
plural-source = { $n ->
    [one] { $count } source
   *[other] { $count } sources
}
    .word = { $n ->
        [one] source
       *[other] sources
    }
plural-experiment = { $n ->
    [one] { $count } experiment
   *[other] { $count } experiments
}
    .word = { $n ->
        [one] experiment
       *[other] experiments
    }
plural-check-in = { $n ->
    [one] { $count } check-in
   *[other] { $count } check-ins
}
    .word = { $n ->
        [one] check-in
       *[other] check-ins
    }
plural-warning = { $n ->
    [one] { $count } warning
   *[other] { $count } warnings
}
    .word = { $n ->
        [one] warning
       *[other] warnings
    }

## --- end: check ---

## --- area: review ---
## The quarterly review (okr report): Markdown and HTML. Statuses, kinds
## and experiment statuses come from the common words; reasons from reason.rs.
rv-title = OKR review — { $cycle }
rv-html-title = OKR review { $cycle }, as of { $as_of }
rv-eyebrow = Quarterly OKR review
rv-meta = As of { $as_of } · cycle { $start } – { $end } · { $state } · changes since { $since }
rv-as-of = As of { $date }
rv-cycle-range = Cycle { $start } – { $end }
rv-changes-since = Changes since { $date }
rv-colophon = Made by okr { $version } from the OKR file and its metric exports, as of { $as_of }. Only data dated on or before that day counts, so this review can be reproduced exactly.
rv-page-footer = page { $page } of { $pages }

## The North Star
rv-north-star = North Star
rv-target = target { $value }
rv-start = start { $value }
rv-progress = progress { $progress }
rv-progress-expected = progress { $progress } (expected { $expected })
rv-trend-by = Trend by { $grain }: { $line }
rv-core-action = Core action: { $action }
rv-core-action-every = Core action: { $action }, every { $frequency }
rv-ns-chart-label = { $name } by { $grain }
## $grain is the period's key (day, week, month, quarter); English shows it as is.
rv-ns-caption = By { $grain }, to the cycle's end. Dashed outline: the { $grain } so far (not ended, not judged); pale: a period cut short by the cycle's start. Dashed line: target; dotted: start; thin: the ramp from start to target.
rv-value-so-far = { $value } so far
rv-tick-week = W{ $week }
rv-tick-quarter = Q{ $quarter }
rv-tick-day = { $month }-{ $day }

## Column headings and labels
rv-col-input-or-guardrail = Input or guardrail
rv-col-inputs = Inputs
rv-col-trend = Trend
rv-col-value = Value
rv-col-latest = Latest
rv-col-previous = Previous
rv-col-change = Change
rv-col-objective = Objective
rv-col-owner = Owner
rv-col-type = Type
rv-col-progress = Progress
rv-col-since = Since { $date }
rv-col-grade = Grade
rv-col-projected = Projected
rv-col-projected-grade = Projected grade
rv-col-projected-at-end = Projected at the cycle's end
rv-col-status = Status
rv-col-key-result = Key result
rv-col-over-cycle = Over the cycle
rv-col-target = Target
rv-col-expected = Expected
rv-col-experiment = Experiment
rv-col-dates = Dates
rv-col-learning = Learning

## The summary
rv-objectives = Objectives
rv-no-objectives = No objectives.
rv-key-results = Key results
rv-counts = Key results: { $counts }.
rv-needs-attention = Needs attention
rv-objective = Objective
rv-objective-named = Objective: { $title }
rv-md-attention-objective = Objective { $title } ({ $owner }): { $status }
rv-md-attention-objective-because = Objective { $title } ({ $owner }): { $status }, { $because }
rv-through-kr = through its key result { $title } ({ $owner })
rv-through-objective = through the aligned objective { $title } ({ $owner })
rv-quote = “{ $text }”
rv-wins-risks-asks = Wins, risks and asks
rv-wins = Wins
rv-risks = Risks
rv-asks = Asks
rv-none = none
rv-no-owner = no owner
rv-its-owner = its owner
rv-owner = owner
rv-status-was = { $now }, was { $then }
rv-was = was { $status }
rv-no-projection = no projection
rv-missing-forecasts = { $missing } of { $total } key results without a forecast
rv-grade-of = { $grade } of { $expected }
rv-of-expected = of { $expected }

## What the review asks of the owners
rv-ask-note = { $owner } wrote on { $date }: { $note }
rv-ask-confidence = { $owner }'s confidence is { $value }/10 ({ $date }): decide whether to keep, change or drop it
rv-ask-experiment = off track or stalled with no experiment running: decide what to try
rv-ask-stale = its data is stale: { $owner } to send fresh numbers
rv-ask-stale-newest = its data is stale (newest { $date }): { $owner } to send fresh numbers

## An objective's page
rv-eyebrow-aligned = Objective · aligned under { $parent }
rv-owner-is = Owner: { $owner }
rv-owner-label = Owner
rv-kind-committed = committed: { $grade } is expected
rv-kind-aspirational = aspirational: { $grade } is a good grade
rv-weight = weight { $weight }
rv-grade = grade { $grade }
rv-projected-at-end = projected at the cycle's end: { $projected }
rv-no-key-results = No key results yet.
rv-progress-from-aligned = Its progress comes from the objectives aligned under it, on the pages that follow.
rv-repeat-key-results = { $title }: key results
rv-repeat-experiments = { $title }: experiments
rv-so-far = so far
rv-so-far-rate = so far; { $rate }
rv-forecast-at-end = forecast at the cycle's end { $value }
rv-forecast = forecast { $value }
rv-owners-confidence = owner's confidence { $value }/10 ({ $date })
rv-confidence = confidence { $value }/10
## $grain: day, week, month, quarter, or period when unknown.
rv-held = held { $held } of { $judged } { $grain }s
rv-on-date = on { $date }
rv-due = due { $date }
rv-from = from { $value }
rv-done = done
rv-new = new
rv-stale-newest = stale: newest data { $date }
rv-no-progress-yet = no progress yet
rv-expected = expected { $value }
rv-chart-due = { $title }: due { $date }
rv-chart-over-cycle = { $title } over the cycle
rv-experiments = Experiments
rv-no-learning = no learning written down
rv-guardrail-ok = guardrail ok: { $parts }
rv-guardrail-breached = guardrail breached: { $parts }
rv-guardrail-unknown = guardrail unknown: { $parts }
rv-guardrail-no-data = { $metric } (no data)
rv-guardrail-min = min { $value }
rv-guardrail-max = max { $value }

## The chart legend
rv-legend-value = value
rv-legend-expected = expected (plan)
rv-legend-target = target
rv-legend-forecast = forecast at the cycle's end
rv-legend-partial = period so far (partial)
rv-legend-held = held
rv-legend-breached = breached
rv-legend-as-of = as of
rv-legend-due = due

## The experiment boards
rv-boards-title = Success and fail boards
rv-boards-meta = A failed experiment is data, not shame: what we tried, what we expected, what we learned.
rv-board-won = Success board
rv-board-lost = Fail board
rv-board-running = Running
rv-board-backlog = Backlog, by ICE
rv-none-yet = none yet
rv-lift = { $metric } lift: { $lift }
rv-learned = Learned: { $learning }
rv-needs-experiment = Off track or stalled with no running experiment: { $krs }

## The glossary
rv-glossary = Glossary
rv-gl-grade = grade
    .meaning = progress clamped to 0–1 and rounded to one decimal; { $good } is a good grade for an aspirational objective, a committed one is expected to reach { $full }
rv-gl-progress = progress
    .meaning = how far from the start to the target the value is: 0 % at the start, 100 % at the target
rv-gl-expected = expected
    .meaning = the progress the plan expects by the as-of day: linear over the cycle unless the key result has a plan
rv-gl-pace = pace
    .meaning = progress against the expected progress; below the settings' bands a key result is at risk, then off track
rv-gl-pending = pending
    .meaning = too early to judge: its window has run fewer days than the settings' settle days
rv-gl-stalled = stalled
    .meaning = no progress over the settings' stall days while behind the expected progress
rv-gl-stale = stale
    .meaning = its newest data is older than the settings' stale days: the numbers may be out of date, and no forecast is drawn
rv-gl-run-rate = run rate
    .meaning = a period not ended yet, scaled to the whole period: value × days of the period ÷ days so far
rv-gl-so-far = so far
    .meaning = a period not ended yet: its value is partial, drawn apart (a hollow square, a dashed bar, ┆ in text) and never judged
rv-gl-forecast = forecast, projected grade
    .meaning = a straight line fitted through the values so far, read at the cycle's end; the projected grade rolls the forecasts up with the weights, and says "no projection" where one is missing
rv-gl-pp = pp
    .meaning = percentage points: the change of a percentage (+4 pp) or of progress (progress +45 pp), not a relative change
rv-gl-guardrail = guardrail
    .meaning = a metric that must stay within its bounds while the key result moves; in a chart a held period is a filled dot, a breached one a cross

## --- end: review ---

## --- area: errors-config ---
error-unknown-language = unknown language "{ $found }"
    .hint-suggest = write "{ $code }"
    .hint = one of { $codes }
ec-either = `{ $a }` or `{ $b }`
ec-thing-objective = objective
ec-thing-key-result = key result
ec-thing-experiment = experiment
ec-did-you-mean = did you mean `{ $best }`?

## Finding and reading the files
ec-is-a-directory = { $path } is a directory, not an OKR file
    .hint-inside = point -c at the TOML file, e.g. { $inside }
    .hint = pass the path of a .toml file
ec-no-okr-file = no { $file } found in { $dir } or any parent directory
    .hint = run `okr init` to write a starter file, or pass `-c PATH` (or set OKR_CONFIG)
ec-cannot-read = cannot read { $path }: { $reason }
    .hint-not-found = check the path; `okr init` writes a starter okrs.toml
    .hint-permission = check the file's permissions
    .hint = check that the file can be read
ec-too-large = { $path } is larger than { $mib } MiB, too large for an OKR file
    .hint = split it with `include = ["teams/*.toml"]`
ec-not-utf8 = the OKR file is not valid UTF-8
    .hint = save the file as UTF-8

## Includes
ec-includes-too-deep = includes nest deeper than { $max } files
    .hint = include the files from a file nearer the main OKR file
ec-include-pattern-double-star = invalid include pattern: wildcards `**` must be a whole path component, e.g. teams/**/*.toml
ec-include-pattern-too-many = invalid include pattern: the pattern looks at more than { $max } directory entries
ec-include-pattern-glob = invalid include pattern: { $message }
    .hint = use a path or a glob such as "teams/*.toml"
ec-include-missing = included file { $path } does not exist
    .hint = include paths are relative to the file that names them
ec-too-many-includes = the OKR file includes more than { $files } files or { $mib } MiB of text
    .hint = split the OKR files across cycles or teams, or include fewer files

## TOML and its shape
ec-toml-syntax = { $message }
    .hint = the file is not valid TOML here: text goes in quotes ("..."), numbers as 1234.5, dates as 2026-01-01, tables as [name]
ec-unknown-key = unknown field `{ $found }`, { $n ->
        [0] there are no fields
        [1] expected { $known }
        [2] expected { $known }
       *[other] expected one of { $known }
    }
    .hint = the keys allowed here are: { $known }
ec-unknown-value = unknown variant `{ $found }`, { $n ->
        [0] there are no variants
        [1] expected { $known }
        [2] expected { $known }
       *[other] expected one of { $known }
    }
    .hint = the values allowed here are: { $known }
ec-missing-key = missing field `{ $key }`
    .hint = add the key; the starter file `okr init` writes shows every key
ec-found-text = string "{ $value }"
ec-found-integer = integer `{ $value }`
ec-found-float = floating point `{ $value }`
ec-found-bool = boolean `{ $value }`
ec-found-list = sequence
ec-found-table = map
ec-expected-number = a number
ec-expected-whole-number = a whole number
ec-expected-list = a list such as ["a", "b"]
ec-expected-text = a string
ec-expected-bool = a boolean
ec-expected-table-choice = a table's title ("Instagram reach") or its number (1 for the first)
ec-invalid-type = invalid type: { $found }, expected { $expected }
    .hint = check the value's type: text in quotes, numbers and dates without
ec-invalid-value = invalid value: { $found }, expected { $expected }
ec-bad-date = expected a date such as 2026-01-01
    .hint = write dates as YYYY-MM-DD without quotes, e.g. start = 2026-01-01
ec-bad-date-time = expected a date without a time, such as 2026-01-01
ec-bad-date-found = expected a date such as 2026-01-01, found "{ $found }"
ec-duplicate-key = duplicate key
    .hint = a key appears once in a table: remove or rename one of them

## Cycle and settings
ec-only-in-main = { $table } belongs in the main OKR file, not in an included one
    .hint = included files add objectives, experiments, metrics and sources
ec-no-cycle = the OKR file has no [cycle]
    .hint = add [cycle] with name, start and end, e.g. name = "2026-Q1", start = 2026-01-01, end = 2026-03-31
ec-cycle-ends-before-start = the cycle ends ({ $end }) before it starts ({ $start })
    .hint = `end` is the last day of the cycle, on or after `start`
ec-cycle-too-long = the cycle from { $start } to { $end } is longer than { $years } years
    .hint = a cycle is a quarter or a year; track longer goals across cycles
ec-range-share-above-zero = { $key } must be in (0, 1], found { $found }
    .hint = it is a share of the expected progress, e.g. 0.85
ec-range-share = { $key } must be in [0, 1], found { $found }
    .hint = it is a share of the expected progress, e.g. 0.60
ec-range-at-least = { $key } must be at least { $min }, found { $found }
    .hint-stall = the default is 14
    .hint-settle = the default is 7; 1 judges a window from its first day
ec-range-not-negative = { $key } cannot be negative, found { $found }
    .hint = the default is 7
ec-range-above-zero = { $key } must be above 0, found { $found }
    .hint = leave it out for the default weight 1
ec-range-at-most = { $key } must be at most { $max }, found { $found }
    .hint = weights are relative: 2 counts twice as much as 1
ec-off-track-above-at-risk = off_track_below ({ $off_track }) is above at_risk_below ({ $at_risk })
    .hint = a key result is at risk before it is off track: keep off_track_below <= at_risk_below
ec-pending-never-fails = `pending` never fails a check: a window younger than settle_days is too early to judge
    .hint = name it in warn_on to see it, or remove it from fail_on
ec-unknown-locale = unknown locale "{ $found }"
    .hint-suggest = did you mean "{ $best }"? known: { $known }
    .hint = known locales: { $known }
ec-unknown-status = unknown status `{ $found }`
    .hint = use any of: { $known }

## Sources
ec-source-declared-twice = source `{ $name }` is declared twice
    .hint = source names are unique across all included files
ec-metric-declared-twice = metric `{ $name }` is declared twice
    .hint = metric names are unique across all included files
ec-source-needs-path = source `{ $source }` has no `path`
    .hint = add path = "data/export.csv" (relative to this file)
ec-source-needs-sqlite = sqlite source `{ $source }` needs `path` and `query`
    .hint = query returns rows of (date, metric, value[, segment])
ec-source-needs-command = command source `{ $source }` needs `command`
    .hint = command = ["duckdb", "-csv", "metrics.duckdb", "select day as date, ..."]: the program, then its arguments, run without a shell
ec-source-needs-postgres = postgres source `{ $source }` needs `url_env` and `query`
    .hint = url_env names the environment variable holding the connection string
ec-command-not-for-source = source `{ $source }`: `command` applies to command sources only
    .hint = set kind = "command" to read the CSV that a program prints
ec-key-not-for-command = source `{ $source }` is a command: `{ $key }` does not apply to it
    .hint = the query goes into the command's arguments; the command prints CSV on its stdout
ec-key-not-for-csv = source `{ $source }` is a CSV file: `{ $key }` applies to database sources only
    .hint = set kind = "sqlite" or kind = "postgres" to read from a database
ec-key-not-for-database = source `{ $source }` is a database: `{ $key }` applies to CSV files only
    .hint = the database gives typed columns; remove the key
ec-unsupported-delimiter = unsupported delimiter "{ $found }"
    .hint = use ",", ";", "\t" (or "tab") or "|"
ec-unsupported-decimal = unsupported decimal mark "{ $found }"
    .hint = use "." or ","
ec-bad-date-format = invalid date_format "{ $found }"
    .hint = use strftime codes, e.g. "%d.%m.%Y" or "%m/%d/%Y"
ec-bad-table = table must be a table's title or its number, 1 for the first
    .hint = `okr sources` lists the tables of the file; e.g. table = "Instagram reach" or table = 2
ec-timeout-too-short = timeout must be at least 1 second
    .hint = timeout = 30 waits up to 30 seconds to connect and for the query
ec-timeout-too-long = timeout must be at most { $max } seconds (a day)
ec-command-empty = source `{ $source }`: `command` is empty
    .hint = command = ["bq", "query", "--format=csv", "..."]: the program, then its arguments
ec-command-no-program = source `{ $source }`: the first item of `command` must name the program
    .hint = e.g. command = ["psql", "--csv", "-c", "select ..."]; placeholders go into the arguments
ec-command-nul = source `{ $source }`: an argument of `command` holds a NUL character
    .hint = remove it: a program's arguments cannot hold NUL
ec-command-stray-close = source `{ $source }`: a `{ "}" }` in `command` closes no placeholder
ec-command-unclosed = source `{ $source }`: a `{ "{" }` in `command` opens no placeholder
ec-command-unknown-placeholder = source `{ $source }`: unknown placeholder `{ "{" }{ $name }{ "}" }` in `command`
    .hint = the placeholders are { "{" }start{ "}" }, { "{" }end{ "}" } (the cycle's days) and { "{" }metrics{ "}" } (the metric names), each filled in as an SQL literal; write { "{{" } and { "}}" } for a brace

## Metrics and the North Star
ec-bad-metric-name = metric name `{ $name }` is not usable in formulas
    .hint = use letters, digits, `_` and `-`, starting with a letter
ec-metric-kinds = metric `{ $metric }` needs exactly one of `source`, `ratio` or `formula`, found { $found }
    .hint = source = "web" reads a file; ratio = { "{" } numerator = "a", denominator = "b" { "}" }; formula = "a / b"
ec-column-on-derived = `column` and `segment` apply only to a metric read from a source (`{ $metric }`)
    .hint = put them on the metrics the ratio or formula uses
ec-unknown-source = metric `{ $metric }` reads unknown source `{ $found }`
    .hint-none = declare it with [[sources]] name = "..." and path = "..."
    .hint = the sources are: { $known }
ec-unknown-metric =
    .hint-suggest = did you mean `{ $best }`? metrics are declared under [metrics]
    .hint = declare it as [metrics.{ $name }] with a source, a ratio or a formula
ec-unknown-metric-ratio = ratio `{ $ratio }` uses unknown metric `{ $found }`
ec-unknown-metric-formula = formula of `{ $metric }` uses unknown metric `{ $found }`
ec-unknown-metric-guardrail = guardrail uses unknown metric `{ $found }`
ec-unknown-metric-north-star = the North Star uses unknown metric `{ $found }`
ec-unknown-metric-north-star-input = North Star input `{ $found }` is not a declared metric
ec-unknown-metric-key-result = key result `{ $id }` uses unknown metric `{ $found }`
ec-unknown-metric-experiment = experiment `{ $id }` uses unknown metric `{ $found }`
ec-formula-expected-operator = formula of `{ $metric }`: unexpected `{ $token }`: expected an operator (+ - * /) or the end
ec-formula-ends-early = formula of `{ $metric }`: the formula ends too early: expected a number, a metric or `(`
ec-formula-unclosed = formula of `{ $metric }`: this `(` is never closed
ec-formula-not-a-number = formula of `{ $metric }`: `{ $text }` is not a number
ec-formula-unexpected = formula of `{ $metric }`: unexpected `{ $token }`: expected a number, a metric name or `(`
    .hint = formulas use + - * /, parentheses, numbers and metric names
ec-ratio-of-ratio = ratio `{ $ratio }` uses `{ $part }`, which is itself a ratio or formula: a ratio of a ratio means nothing
    .hint = ratio parts are metrics read from a source; use `formula` for anything else
ec-formula-loop = formulas loop: { $chain }
    .hint = a formula cannot depend on itself, directly or through others
ec-guardrail-no-bound = guardrail on `{ $metric }` has neither `min` nor `max`
    .hint = e.g. { "{" } metric = "sql_rate", min = 0.25 { "}" }
ec-guardrail-min-above-max = guardrail on `{ $metric }` has min { $min } above max { $max }
ec-north-star-start-is-target = the North Star's start equals its target: there is nowhere to go
    .hint = set a target above (or below) the start

## Objectives, key results, experiments
ec-bad-objective-id = objective id `{ $id }` must use only a-z, 0-9 and `-`
    .hint = e.g. id = "{ $id }"
ec-bad-key-result-id = key result id `{ $id }` must use only a-z, 0-9 and `-`
ec-bad-experiment-id = experiment id `{ $id }` must use only a-z, 0-9 and `-`
ec-duplicate-id = duplicate id `{ $id }`
    .hint = ids are unique across objectives and key results in all files; the first is at { $file }:{ $line }
ec-duplicate-experiment-id = duplicate experiment id `{ $id }`
    .hint = experiment ids are unique across all files
ec-unknown-parent = objective `{ $objective }` aligns under unknown objective `{ $found }`
    .hint = `parent` names the id of another objective
ec-objective-loop = objectives align in a loop: { $chain }
    .hint = remove one `parent` so that alignment forms a tree
ec-date-outside-cycle = `{ $key }` { $date } is outside the cycle { $cycle } ({ $start } to { $end })
    .hint = dates of key results lie inside the cycle
ec-key-without = key result `{ $id }` has `{ $key }` without `{ $missing }`
    .hint-current = add updated = YYYY-MM-DD, the day the value was measured
    .hint-updated = add current = <the value measured that day>
    .hint-start = add target = ...
    .hint-target = add start = ... (the value at the cycle's start)
ec-both-keys = key result `{ $id }` has both `{ $first }` and `{ $second }`
    .hint-metric = a key result reads a metric or is checked in by hand, not both
    .hint-at-least = keep one; add a guardrail for the other bound
    .hint-window = keep `every` to judge each period, or `window` to judge the latest one
ec-no-measure = key result `{ $id }` has no measure
    .hint = add start and target, at_least or at_most, or done = false for a milestone
ec-milestone-extras = milestone `{ $id }` (with `done`) cannot also have a metric, start/target or a threshold
    .hint = a milestone is done or not; remove `done` to measure it with a metric
ec-threshold-with-start-target = threshold key result `{ $id }` cannot also have start/target
    .hint = use at_least/at_most for a bound to hold, or start and target for a change
ec-start-is-target = key result `{ $id }` has start == target ({ $value }): there is nothing to measure
    .hint = set a target above the start to increase, below it to decrease, or use at_least/at_most
ec-not-finite = key result `{ $id }` has a start or target that is not a finite number
ec-plan-date-outside = plan date { $date } of `{ $id }` is outside the cycle ({ $start } to before { $end })
    .hint = plan points lie inside the cycle, before its end (the end holds the target)
ec-plan-not-increasing = plan dates of `{ $id }` must be strictly increasing: { $date } follows { $previous }
    .hint = list the plan points in date order, one per date
ec-every-on-progress = `every` applies only to at_least/at_most key results (`{ $id }`)
    .hint = use `window` to measure an increase per period
ec-due-on-non-milestone = `due` and `done_on` apply only to milestones (`{ $id }`)
    .hint = add done = false to make it a milestone
ec-aggregate-on-ratio = key result `{ $id }` sets `aggregate`, but its metric `{ $metric }` is a ratio
    .hint = remove `aggregate`: a ratio is sum(numerator) / sum(denominator), a formula takes each part with its own aggregate
ec-aggregate-on-formula = key result `{ $id }` sets `aggregate`, but its metric `{ $metric }` is a formula
ec-guardrail-aggregate-on-ratio = the guardrail on `{ $metric }` of key result `{ $id }` sets `aggregate`, but the metric is a ratio
    .hint = remove `aggregate` from the guardrail
ec-guardrail-aggregate-on-formula = the guardrail on `{ $metric }` of key result `{ $id }` sets `aggregate`, but the metric is a formula
ec-unknown-key-result = experiment `{ $experiment }` aims at unknown key result `{ $found }`
    .hint = key_results lists ids of key results
ec-experiment-ends-before-start = experiment `{ $id }` ends before it starts
ec-ice-out-of-range = ICE scores run from 1 to 10, found { $found }
    .hint = impact, confidence and ease are each a whole number from 1 (low) to 10 (high)

## Edits (okr set, okr experiment, okr next)
ec-bad-assignment = expected key=value (e.g. target=950), found "{ $found }"
ec-bad-assignment-key = expected key=value with a plain key (e.g. target=950), found "{ $found }"
ec-unknown-id = no objective, key result or experiment has the id `{ $found }`
    .hint = ids of objectives, key results and experiments can be set
ec-cannot-edit = cannot edit `{ $id }` in { $path }
ec-bad-edit = { $what } `{ $id }`: { $why }
ec-edit-not-a-number = `{ $key }`: { $why }
ec-edit-bad-date = `{ $key }` is a date: expected YYYY-MM-DD (e.g. 2026-02-28), found "{ $found }"
ec-edit-cannot-write-date = `{ $key }`: cannot write the date { $date }
ec-edit-not-bool = `{ $key }` is true or false, found "{ $found }"
ec-edit-not-toml = `{ $key }` takes a TOML array or table (e.g. ["a", "b"]): { $message }
ec-edit-written-as-table = `{ $key }` is written as a table in the file: edit it there
ec-mixed-line-ends = cannot edit { $path } without changing more than the value
    .hint = the file mixes line endings: save it with one kind, then run again
ec-cannot-write-read = cannot read { $path }: { $reason }
ec-cannot-write-beside = cannot write beside { $path }: { $reason }
ec-cannot-write = cannot write { $path }: { $reason }
    .hint = check that the file and its directory are writable
ec-cannot-write-replace = cannot replace { $path }: { $reason }
ec-cannot-write-sync = cannot sync the directory of { $path }: { $reason }
ec-changed-while-editing = { $path } changed while it was being edited
    .hint = nothing was written; run the command again

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
ed-long-record = the row from this line on is longer than 1 GiB: a quoted cell's closing `"` is probably missing (source `{ $source }`)
    .hint = close the quote; a `"` inside a quoted cell is written `""`
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

## paths an OKR file names, refused (trust)
ed-named = a path
    .okr-file = the OKR file
    .include = included file
    .include-walk = an include pattern walks
    .source-file = source `{ $source }`'s file
    .checkin-log = the check-in log
    .record = the cycle's record
    .export = export
ed-refused-dangling = { $what } `{ $path }` is a symlink to nothing
    .hint = point it at a file inside the project, or remove it
ed-refused-outside = { $what } `{ $path }` is outside the project root `{ $root }`
    .hint = an OKR file may name only files inside its project; the person running okr can allow a directory with --allow-path DIR or { $env }
ed-refused-git-dir = { $what } `{ $path }` is inside the git directory
    .hint = okr reads no file of git's own: name a file of the work tree
ed-refused-unreadable = { $what } `{ $path }` cannot be read
    .hint = check the file's permissions
ed-refused-not-regular = { $what } `{ $path }` is not a regular file (a FIFO, device or socket)
    .hint = okr reads only regular files; export the data to a file

## the check-in log's rows, and writing it
ed-log-header = the check-in log's header is `{ $found }`, not `{ $expected }`
    .hint = the first line names the columns date, key_result and value (note and author are optional)
ed-log-bad-date = date `{ $found }` is not a date
    .hint = write dates as YYYY-MM-DD, e.g. 2026-02-15
ed-log-no-key-result = the row names no key result
    .hint = the key_result column holds the id of a key result
ed-log-bad-confidence-hint = write a whole number from 1 to 10
ed-log-bad-value = value `{ $value }` of `{ $kr }`: { $reason }
    .hint = write a number such as 3.4 (or `done` for a milestone)
ed-log-reads-metric = `{ $kr }` reads the metric `{ $metric }`: it takes no values from check-ins
    .hint = check in its confidence or a note without a value, or remove the row
ed-log-done-needs-number = `{ $kr }` is not a milestone: `done` needs a number
    .hint = write the value measured that day
ed-log-milestone-value = `{ $kr }` is a milestone: its value is `done`
    .hint = write `done` in the value column, or remove the row
ed-log-cannot = cannot write the check-in log
    .open = cannot open { $path }: { $reason }
    .lock = cannot lock { $path }: { $reason }
    .give = cannot give { $path }: { $reason }
    .write = cannot write { $path }: { $reason }
    .sync = cannot sync the directory of { $path }: { $reason }
    .unlock = cannot unlock { $path }: { $reason }
    .hint = check that the directory exists and is writable
ed-value-empty = a value is needed
ed-value-ambiguous = `{ $text }` could be { $plain } or { $point }; write it without the comma, or with a decimal point
ed-value-not-a-number = not a number
ed-value-not-a-number-written = not a number (write it as 3.4, 3,4 or 1 234,5)
ed-value-not-finite = not a finite number
ed-value-misplaced-groups = `{ $text }` has misplaced `{ $group }` separators
ed-confidence-range = confidence `{ $found }` is not a whole number from 1 to 10

## PostgreSQL and SQLite: connection, TLS, authentication, query
ed-pg-date-type = column `{ $column }` is of type { $type_name }: dates are DATE, TIMESTAMP or ISO text such as 2026-01-31
    .hint = convert it in the query, e.g. to_date(day, 'YYYYMMDD') AS date
ed-pg-value-type = column `{ $column }` is of type { $type_name }: values are numbers (INTEGER, REAL, NUMERIC or numeric text)
    .hint = convert it in the query, e.g. CAST(amount AS NUMERIC) AS value
ed-pg-url-unset = the environment variable { $url_env } (url_env) is not set
    .hint = export { $url_env }=postgresql://user:password@host:5432/database (the connection string is read from the environment, never from the OKR file)
ed-pg-url-not-utf8 = the environment variable { $url_env } (url_env) is not valid UTF-8
ed-pg-url-invalid = the connection string in { $url_env } is not valid: { $said }
    .hint = write it as postgresql://user:password@host:5432/database or as host=... port=... user=... dbname=...
    .hint-sslmode = write it as postgresql://user:password@host:5432/database?sslmode=verify-full or as host=... port=... user=... dbname=... sslmode=...
ed-tls-library = TLS: { $said }
    .hint = set sslrootcert in { $url_env } to a PEM file with the server's CA certificate
ed-tls-root-unreadable = cannot read the root certificate sslrootcert="{ $path }": { $said }
ed-tls-root-empty = the root certificate file sslrootcert="{ $path }" holds no certificate (PEM, -----BEGIN CERTIFICATE-----)
ed-tls-no-system-roots = found no root certificates on this system (install the ca-certificates package, or set sslrootcert to the server's CA file)
ed-pg-auth = authentication failed at PostgreSQL { $target }: { $said }
    .hint = check the user and password in { $url_env } (or PGPASSWORD, or the password file ~/.pgpass)
ed-pg-refused = PostgreSQL { $target } refused the connection: { $said }
    .hint = check the connection string in { $url_env }
ed-pg-no-tls = PostgreSQL at { $target } does not speak TLS, and sslmode={ $sslmode } asks for it
    .hint = turn on ssl on the server, or set sslmode=prefer or sslmode=disable in { $url_env } if the network is trusted
ed-tls-wrong-name = cannot connect to PostgreSQL at { $target } over TLS: the server's certificate is not valid for the host name connected to (sslmode=verify-full)
    .hint = connect by the name the certificate is for, or use sslmode=verify-ca to check the certificate but not the name
ed-tls-wrong-name-for = cannot connect to PostgreSQL at { $target } over TLS: the server's certificate is not valid for the host name connected to (it is for { $presented }) (sslmode=verify-full)
ed-tls-untrusted-file = cannot connect to PostgreSQL at { $target } over TLS: the server's certificate is not signed by the root certificate in { $path }: it is not trusted
    .hint = set sslrootcert to the CA certificate of the server (managed services publish theirs), or sslmode=require without sslrootcert to encrypt without checking
ed-tls-untrusted-system = cannot connect to PostgreSQL at { $target } over TLS: the server's certificate is not signed by the system's root certificates: it is not trusted
ed-tls-expired = cannot connect to PostgreSQL at { $target } over TLS: the server's certificate has expired
    .hint = renew the server's certificate
ed-tls-not-accepted = cannot connect to PostgreSQL at { $target } over TLS: the server's certificate is not accepted: { $said }
    .hint = check the server's certificate and sslrootcert
ed-tls-handshake = cannot connect to PostgreSQL at { $target } over TLS: the TLS handshake failed: { $said }
    .hint = check that the host and port are PostgreSQL's, and sslmode
ed-pg-no-password = authentication failed at PostgreSQL { $target }: the server asks for a password and the connection string in { $url_env } has none
    .hint = put the password in { $url_env } (postgresql://user:password@host/db), in PGPASSWORD or in the password file ~/.pgpass
ed-pg-connection-refused = cannot connect to PostgreSQL at { $target }: connection refused
    .hint = is the server running and listening on that host and port? check { $url_env }
ed-pg-connect-timeout = cannot connect to PostgreSQL at { $target }: no answer within the timeout ({ $seconds } s)
    .hint = check the host and the network, or raise `timeout` on source `{ $source }`
ed-pg-connect = cannot connect to PostgreSQL at { $target }: { $said }
ed-pg-said-detail = { $said } ({ $detail })
ed-pg-query = the query failed in PostgreSQL: { $said }
    .hint = try the query of source `{ $source }` in psql; it must return rows of (date, metric, value[, segment]), or a date column and metric columns with layout wide
ed-pg-query-at = the query failed in PostgreSQL: { $said }, at `{ $at }`
ed-pg-driver = PostgreSQL: { $said }
ed-sqlite-open = cannot open the SQLite database { $path }: { $reason }
    .hint = check `path` of source `{ $source }`; a relative path is read from the directory of the file that declares it
ed-sqlite-no-such-file = no such file
ed-sqlite-directory = it is a directory
ed-sqlite-query = the query failed in SQLite ({ $path }): { $said }
    .hint = try the query of source `{ $source }` in sqlite3; it must return rows of (date, metric, value[, segment]), or a date column and metric columns with layout wide
ed-pg-sslmode = sslmode "{ $value }" is not one of disable, allow, prefer, require, verify-ca, verify-full
ed-pg-sslmode-env = PGSSLMODE "{ $value }" is not one of disable, allow, prefer, require, verify-ca, verify-full
ed-pg-option-unsupported = option `{ $key }` (client certificates, revocation lists) is not supported by okr
ed-pg-option-no-equals = expected `=` after `{ $key }`
ed-pg-option-no-quote = the value of `{ $key }` has no closing quote
ed-pg-passfile-open = password file "{ $path }" has group or world access and is ignored; permissions should be u=rw (0600) or less (chmod 600 { $path })
ed-warning = warning: { $message }
ed-sqlite-integer = { $value } (an integer)
ed-sqlite-real = { $value } (a real)
ed-sqlite-blob = { $n ->
   *[other] a blob of { $bytes } bytes
}
ed-cli-fail-on-empty = --fail-on is empty: the check could never fail
    .hint = name statuses, e.g. --fail-on { $example }
ed-cli-close-early = the cycle { $cycle } runs until { $end }: it cannot be closed on { $as_of }
    .hint = close it from { $end } on, or pass --force to close it early with the numbers as of { $as_of }
ed-cli-not-a-directory = { $path } is not a directory
    .hint = create it first, e.g. `mkdir -p man/man1`
ed-cli-man-pages = cannot write the man pages in { $dir }
ed-cli-man-page = cannot render the man page
ed-cli-not-an-okr-file = { $path } is not one of the OKR files (the main file and the files it includes)
    .hint = add the experiment to the main OKR file, or to a file it includes
ed-cli-edit-invalid = { $path } is unchanged: with this change the OKR file would be invalid:
ed-cli-set-invalid = { $path } is unchanged: with { $changes } the OKR file would be invalid:
ed-cli-next-ends-before-start = the next cycle ends ({ $end }) before it starts ({ $start })
    .hint = --end is the last day of the cycle, on or after --start
ed-cli-next-same-name = the next cycle cannot have the current cycle's name `{ $name }`
    .hint = name it after its quarter, e.g. 2027-Q1
ed-cli-next-starts-early = the next cycle starts on { $start }, before the current one ends ({ $end })
    .hint = start it on or after { $first }
ed-cli-next-no-record = { $cycle } has no record yet: its numbers would be lost
    .hint = run `okr close` first (it writes { $record }), or pass --force
ed-cli-next-invalid = nothing was written: the next cycle's files would be invalid:
    .hint = fix the current files (or edit by hand), then run okr next again
ed-cli-no-north-star = { $path } has no [north_star]
    .hint = add [north_star] with name, metric, grain and target (see README: North Star)
ed-cli-report-format = cannot tell the format from the file name { $path }
    .hint = name it .html or .md, or pass --format html|markdown (for a PDF, print the HTML)
ed-cli-no-source-report = the source gave no report
ed-cli-log-not-utf8 = the check-in log is not valid UTF-8
ed-cli-report-wrote = wrote { $path } ({ $format }, { $kb } KB)
ed-cli-status-from-record = okr: the metric sources could not be read ({ $reason }); showing the record { $record } written when the cycle was closed on { $date }
ed-cli-warning = okr: warning: { $warning }
ed-cli-validate-warning = warning: { $warning }
ed-cli-validate-no-values = metric `{ $metric }`: source `{ $source }` has no values for `{ $column }`; found: { $found }
ed-cli-validate-no-values-segment = metric `{ $metric }`: source `{ $source }` has no values for `{ $column }` (segment `{ $segment }`); found: { $found }
ed-cli-validate-found-nothing = nothing
ed-cli-not-an-experiment = no experiment has the id `{ $id }`
    .objective = `{ $id }` is an objective, not an experiment
    .key-result = `{ $id }` is a key result, not an experiment
    .hint = `okr experiments` lists the experiments
    .hint-suggest = did you mean `{ $best }`?

## Files the commands write
ed-cli-cannot-read-cwd = cannot read the current directory
ed-cli-cannot-write-stdout = cannot write to standard output
ed-cli-cannot-write = cannot write { $path }
ed-cli-cannot-write-reason = cannot write { $path }: { $reason }
ed-cli-cannot-sync = cannot sync { $path }
ed-cli-cannot-read-link = cannot read the link { $path }

# Source notes (okr sources, -v, init --from); JSON keeps the English.
ed-note-decimal-sniffed = decimal mark `{ $mark }` sniffed from "{ $cell }" on line { $line }
ed-note-decimal-us-dates = decimal mark `.`: "{ $cell }" on line { $line } reads as thousands beside US dates (M/D/Y)
ed-note-utf16-no-bom = read as { $encoding }: no byte order mark, but every other byte is NUL
ed-note-windows-1252 = read as Windows-1252: the bytes are not UTF-8
ed-note-header-line = the header is on line { $line }: the lines before it are titles (set `skip_rows = { $skip }` to say so)
ed-note-table-chosen = read table { $number } (header on line { $line }), as `table` says
ed-note-table-found = read the table whose header is on line { $line }; the header on line { $first } lacks the wanted columns
ed-note-totals-skipped = { $n ->
    [one] skipped { $count } totals row (line { $lines })
   *[other] skipped { $count } totals rows (lines { $lines })
}
ed-note-no-data-rows = { $n ->
    [one] { $count } row(s) read "No data available."
   *[other] { $count } row(s) read "No data available."
}
ed-note-error-cells = { $n ->
    [one] { $count } cell read as no data: NaN or a spreadsheet error (the first: "{ $cell }" on line { $line })
   *[other] { $count } cells read as no data: NaN or a spreadsheet error (the first: "{ $cell }" on line { $line })
}
ed-note-uncounted-cells = { $n ->
    [one] { $count } cell outside the cycle did not read as numbers and is not counted (the first: "{ $cell }" on line { $line })
   *[other] { $count } cells outside the cycle did not read as numbers and are not counted (the first: "{ $cell }" on line { $line })
}
ed-note-no-rows-named = metric `{ $key }`: no rows named `{ $column }` in the file
ed-note-no-rows-named-between = metric `{ $key }`: no rows named `{ $column }` from { $start } to { $end }
ed-note-stopped-at-table = stopped at line { $line }, where another table begins ({ $columns })
ed-note-dates-day-first = day before month: the dates are consecutive days read so ("{ $cell }" on line { $line } reads either way)
ed-note-dates-month-first = month before day: the dates are consecutive days read so ("{ $cell }" on line { $line } reads either way)
ed-note-groups-read = { $n ->
    [one] { $count } groups read from { $database }
   *[other] { $count } groups read from { $database }
}
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

## --help: every command's about (.after: the text after the options),
## every argument's help (help-arg-X: global or shared; help-CMD-arg-X: one
## command's). English is clap's own text and is never replaced.
help-okr = OKRs and a North Star Metric from TOML and CSV exports: numbers everyone can trust
    .after =
        Exit codes: 0 all is well; 1 `okr check` found failing key results;
        2 bad usage, bad config or bad data (the message says where and why).

        Docs: README.md; the file format: `okr init` writes a commented starter.
help-status = The tree: North Star, objectives and key results with progress, pace and status
    .after =
        Examples:
          okr status                                  the tree, as of today
          okr status -c okrs.example.toml --as-of 2026-11-20
          okr status --owner marketing --format markdown
          okr status --objective pipeline --format json | jq .
          okr status --since 7d                       what moved this week
help-status-arg-group-by = Group objectives by a tag prefix, e.g. `tag:flywheel` for flywheel:attract, flywheel:engage, ...
help-status-arg-since = Add a Moved column: the change of value and progress since this day (YYYY-MM-DD, or 7d / 2w before the as-of date)
help-check = The CI gate: exit 1 when a key result is off track, stalled or breaches a guardrail
    .after =
        Examples:
          okr check                                   fail on off-track, stalled, guardrail-breached
          okr check --fail-on off-track,stale --warn-on at-risk
          okr check --format junit > okr-junit.xml    for CI test dashboards
          okr check --format github                   annotations in GitHub Actions
help-check-arg-fail-on = Statuses that fail the check (and `stale`), comma-separated [default: [check] fail_on, else off-track,stalled,guardrail-breached]
help-check-arg-warn-on = Statuses reported as warnings without failing [default: [check] warn_on, else at-risk,stale]
help-report = The quarterly review: Markdown for wikis, or one printable HTML file
    .after =
        Examples:
          okr report                                   the review as Markdown, on stdout
          okr report -o review.html                    printable HTML (the format follows the extension)
          okr report --format markdown --emoji > REVIEW.md
          okr report -c okrs.example.toml --as-of 2026-11-20 -o review.html --force
          okr report --since 2026-11-01 --owner marketing -o marketing.html

        Print the HTML from a browser (Ctrl+P / Cmd+P): A4 or Letter, one page per
        objective after the summary; or headless:
          chromium --headless --no-pdf-header-footer --print-to-pdf=review.pdf review.html
help-report-arg-format = Output format [default: from the -o file's extension, else markdown]
help-report-arg-output = Write the review to this file (whole or not at all) instead of stdout
help-report-arg-force = Replace the -o file if it exists
help-report-arg-since = "What moved" is measured from this day (YYYY-MM-DD) [default: the cycle's start]
help-report-arg-emoji = Markdown: put a status emoji before each status
help-north-star = The North Star, its inputs and guardrails per period, with trend and pace needed
    .after =
        Examples:
          okr north-star                         per the North Star's grain over the cycle
          okr nsm --last 4                       the latest four periods
          okr nsm --grain month --format csv     per month, for a spreadsheet
help-north-star-arg-grain = Periods of this grain [default: the North Star's own]
help-north-star-arg-last = Only the latest N periods
help-show = One key result or objective in depth: numbers, why, how it is computed, a chart
    .after =
        Examples:
          okr show sqls-q4                            a key result: numbers, why, chart
          okr show pipeline                           an objective and everything under it
          okr show mql-monthly -c okrs.example.toml --as-of 2026-11-20
          okr show sqls-q4 --format json | jq .history.points
help-show-arg-id = The id of a key result or an objective
help-digest = The weekly update as a chat message: text, Markdown, Slack or Teams
    .after =
        Examples:
          okr digest                              what moved this week, as text
          okr digest --format markdown >> "$GITHUB_STEP_SUMMARY"
          okr digest --format slack | curl -sS -X POST -H 'Content-Type: application/json' \
              --data-binary @- "$SLACK_WEBHOOK_URL"
          okr digest --format teams --since 2026-11-01
help-digest-arg-since = Changes since this day: a date, or days or weeks back (7d, 2w)
help-digest-arg-owner = Only what this owner owns
help-experiments = Experiments: the backlog by ICE, what runs, the success and fail boards
    .after =
        Examples:
          okr experiments                       running, backlog by ICE, success and fail boards
          okr experiments --format markdown     for the weekly growth meeting's notes
          okr experiments --key-result mql-monthly
help-experiments-arg-key-result = Only experiments aimed at this key result
help-experiments-arg-owner = Only experiments of this owner
help-experiment = Add, start or finish an experiment in the OKR file (keeps its comments)
    .after =
        Examples:
          okr experiment add gated-ebook --title "Gate the pricing e-book" \
              --key-result mql-monthly --impact 7 --confidence 5 --ease 8 \
              --metric mqls --expected-lift 0.2 --hypothesis "Lifts MQLs 20%"
          okr experiment start gated-ebook                 status running, start today
          okr experiment finish gated-ebook lost --learning "Few were called"
help-experiment-add = Add an experiment (an idea) to the OKR file
help-experiment-add-arg-id = The new experiment's id (a-z, 0-9 and -)
help-experiment-add-arg-key-results = A key result it aims to move (repeat for several)
help-experiment-add-arg-impact = ICE: impact 1-10
help-experiment-add-arg-confidence = ICE: confidence 1-10
help-experiment-add-arg-ease = ICE: ease 1-10
help-experiment-add-arg-metric = The metric to measure over its dates
help-experiment-add-arg-expected-lift = The relative change expected (0.2 is +20%)
help-experiment-add-arg-file = The file to add it to [default: the main OKR file]
help-experiment-start = Mark an experiment running from a day (default today)
help-experiment-start-arg-date = The first day of the experiment [default: today]
help-experiment-finish = Close an experiment as won, lost or inconclusive
help-experiment-finish-arg-outcome = The outcome
help-experiment-finish-arg-date = The last day of the experiment [default: today]
help-experiment-finish-arg-learning = What the team learned (a failed experiment is data)
help-checkin = Record a manual key result's value (or a milestone's done) in checkins.csv
    .after =
        Examples:
          okr checkin brand-survey 3.6                   today's value
          okr checkin brand-survey 3,6 --date 2026-02-10 --note "panel of 400"
          okr checkin new-site --done --date 2026-02-20  a milestone, done that day
          okr checkin brand-survey                       asks for the value (on a terminal)
          okr checkin mql-monthly --confidence 6 --note "the webinar moved to March"
                                                         any key result: how sure you are, in your words
          okr checkin --all --owner marketing            the weekly check-in: asks for each key result

        The row goes to checkins.csv beside the OKR file (date, key_result, value,
        note, author, confidence); `okr log` shows them, `okr status` counts them.
help-checkin-arg-id = The key result's id
help-checkin-arg-all = Walk every key result (of --owner) on a terminal, asking for each one's value, confidence and note
help-checkin-arg-owner = With --all: only the key results this owner owns (their own or their objective's)
help-checkin-arg-value = The value measured (3.4, 3,4 and 1 234,5 all read); asked for on a terminal when left out
help-checkin-arg-done = Mark a milestone done
help-checkin-arg-date = The day the value was measured (YYYY-MM-DD) [default: today]
help-checkin-arg-note = A note for the history (`okr log`), the digest and the review
help-checkin-arg-confidence = How sure you are that the key result will be reached, 1-10; any key result takes one, with or without a value
help-log = The check-in history, with notes and authors
    .after =
        Examples:
          okr log                          every check-in, oldest first
          okr log brand-survey             one key result's
          okr log pipeline                 the key results of one objective
          okr log --format csv > history.csv
help-log-arg-id = Only this key result (or the key results of this objective)
help-set = Edit the OKR file in place (e.g. target=950), keeping comments and layout
    .after =
        Examples:
          okr set mql-monthly target=950
          okr set brand-survey current=3.6 updated=2026-02-10
          okr set pipeline owner=growth weight=2
          okr set new-site due=2026-03-15 title="Launch the new website"

        Numbers stay numbers, dates stay TOML dates, text is quoted. The whole
        config is validated with the change before anything is written; the file
        keeps every comment and its layout.
help-set-arg-id = The id of a key result, objective or experiment
help-set-arg-assignments = What to set, e.g. target=950
help-validate = Check the OKR file and the metric files; report every problem found
    .after =
        Examples:
          okr validate                       the okrs.toml found from here
          okr validate -c okrs.example.toml
help-sources = How each source was read: encoding, delimiter, decimal mark, dates, skipped rows
    .after =
        Examples:
          okr sources                         every source of the okrs.toml found from here
          okr sources --source ga4            one source
          okr sources --format json | jq '.sources[] | {"{"}name, date_column, header_line{"}"}'

        Exit codes: 0 every source was read; 2 a source (or the OKR file) could not
        be read: the message says where, and the hint names the option to set.
help-sources-arg-source = Only this source (its `name` under `[[sources]]`)
help-metrics = The metrics found in the sources: rows, missing values, dates, files, and who uses them
    .after =
        Examples:
          okr metrics                      every metric in every source, and who uses it
          okr metrics --format json | jq '.not_found'
          okr metrics --format csv > metrics.csv
help-close = Close the cycle: write its final numbers, grades and learnings to <cycle>.review.json
    .after =
        Examples:
          okr close                          on or after the cycle's last day
          okr close --as-of 2026-12-31       the record as of the last day, whenever you run it
          okr close --force                  close early (numbers as of today), or write the record again

        The record holds the tree as of the cycle's last day: values, progress,
        grades, statuses, and the experiments with their learnings. Commit it: `okr
        status` reads it when the exports are gone, `okr history` compares cycles.
help-close-arg-force = Close before the cycle's last day, or replace an existing record
help-next = Turn the OKR files into the next cycle's: done key results leave, the rest carry over
    .after =
        Examples:
          okr close && okr next 2027-Q1 --start 2027-01-01 --end 2027-03-31
          okr next 2027-Q1 --start 2027-01-01 --end 2027-03-31 --dry-run   the diff, nothing written

        Done key results leave; unfinished ones stay with `start` set to their
        closing value and a comment saying so; finished experiments leave (their
        learnings are in the closed cycle's record).
help-next-arg-name = The next cycle's name, e.g. 2027-Q1
help-next-arg-start = Its first day
help-next-arg-end = Its last day
help-next-arg-dry-run = Print the diff of every file; write nothing
help-next-arg-force = Go on although the current cycle has no record (`okr close`) yet
help-history = Grades and the North Star across the closed cycles (their .review.json records)
    .after =
        Examples:
          okr history                    every closed cycle beside the OKR file
          okr history --format json      for a dashboard
help-init = Write a commented starter okrs.toml, or one built from your exports with --from (never overwrites without --force)
    .after =
        Examples:
          okr init                            writes ./okrs.toml for the current quarter
          okr init team.toml --force          replaces team.toml
          okr init --from data/*.csv          a source and metrics per export, key results to fill in
          okr init --from data/*.csv --cycle 2026-Q1 --dry-run
                                              prints what it would write for that quarter
          okr init -o team.toml --from data/*.csv
                                              another file name (FILE... takes every name after --from)
help-init-arg-path = Where to write the file
help-init-arg-output = Where to write the file (the same as PATH)
help-init-arg-force = Replace the file if it exists
help-init-arg-from = Build the file from these exports (CSV): a source per file, a metric per column of numbers
help-init-arg-cycle = The cycle, a quarter such as 2026-Q1 [default: the quarter of today]
help-init-arg-start = The cycle's first day (with --end)
help-init-arg-end = The cycle's last day (with --start)
help-init-arg-dry-run = Print the file instead of writing it
help-init-arg-as-of = Today, for the default cycle (YYYY-MM-DD) [default: today]
help-init-arg-allow-path = Let the exports be in DIR, outside the project (repeatable; also OKR_ALLOW_PATHS)
help-completions = Print a shell completion script (bash, zsh, fish, powershell, elvish)
    .after =
        Examples:
          okr completions bash > ~/.local/share/bash-completion/completions/okr
          okr completions zsh > "${"{"}fpath[1]{"}"}/_okr"
          okr completions fish > ~/.config/fish/completions/okr.fish
          okr completions powershell >> $PROFILE
          okr completions elvish > ~/.config/elvish/lib/okr.elv
help-completions-arg-shell = The shell to complete in
help-man = Print the man page (roff), or write one per command with --dir
    .after =
        Examples:
          okr man | man -l -                          read it now
          okr man > ~/.local/share/man/man1/okr.1
          okr man --dir ~/.local/share/man/man1       okr.1 plus okr-status.1, okr-check.1, ...
help-man-arg-dir = Write one page per command (okr.1, okr-status.1, ...) into this directory instead of printing okr.1

## Arguments every command has, or several share
help-arg-config = The OKR file [default: okrs.toml here or in the nearest parent]
help-arg-as-of = Evaluate as of this day (YYYY-MM-DD) [default: today]
help-arg-color = When to color the output (NO_COLOR is honoured with auto)
help-arg-quiet = Print only what matters (errors and failures)
help-arg-verbose = Say how each source was read (encodings, skipped rows) on stderr
help-arg-allow-path = Let OKR files name files in DIR too (repeatable; also OKR_ALLOW_PATHS, `:`-separated)
help-arg-allow-commands = Let sources of kind "command" run their programs (all, or only PROGRAMS, comma-separated; also OKR_ALLOW_COMMANDS)
help-arg-lang = The language of every human-readable word: en, sv, nb, da, fi (else `[settings] language`, else OKR_LANG, else English)
help-arg-format = Output format
help-arg-owner = Only objectives (and their key results) of this owner
help-arg-objective = Only this objective and the objectives aligned under it
help-arg-id = The experiment's id
help-init-arg-lang = The language of the comments and sample titles: en, sv, nb, da, fi (else OKR_LANG, else English); written into `[settings]`

## clap's own words: the headings, the help flag and subcommand, the
## default and the possible values after an argument's help
help-usage = Usage
    .options = OPTIONS
    .command = COMMAND
help-heading-commands = Commands
help-heading-arguments = Arguments
help-heading-options = Options
help-default = [default: { $value }]
help-possible-values = [possible values: { $values }]
help-help = Print this message or the help of the given subcommand(s)
help-arg-help = Print help
    .more = Print help (see more with '--help')
    .summary = Print help (see a summary with '-h')
help-arg-version = Print version

## clap's usage errors, sentence by sentence (the values as typed)
help-error-unknown-argument = unexpected argument '{ $arg }' found
help-error-pass-as-value = to pass '{ $arg }' as a value, use '-- { $arg }'
help-error-unknown-subcommand = unrecognized subcommand '{ $subcommand }'
help-error-value-required = a value is required for '{ $arg }' but none was supplied
help-error-invalid-value = invalid value '{ $value }' for '{ $arg }'
help-error-missing-required = the following required arguments were not provided:
help-error-repeated = the argument '{ $arg }' cannot be used multiple times
help-error-conflict = the argument '{ $arg }' cannot be used with '{ $other }'
help-error-conflict-many = the argument '{ $arg }' cannot be used with:
help-error-too-many = unexpected value '{ $value }' for '{ $arg }' found; no more were expected
help-error-missing-subcommand = '{ $command }' requires a subcommand but one was not provided
help-error-no-equals = equal sign is needed when assigning values to '{ $arg }'
help-error-subcommands = [subcommands: { $subcommands }]
help-error-similar-argument = { $n ->
    [one] a similar argument exists: { $names }
   *[other] some similar arguments exist: { $names }
}
help-error-similar-subcommand = { $n ->
    [one] a similar subcommand exists: { $names }
   *[other] some similar subcommands exist: { $names }
}
help-error-similar-value = { $n ->
    [one] a similar value exists: { $names }
   *[other] some similar values exist: { $names }
}
help-error-tip = tip
help-error-more = For more information, try '{ $flag }'.

## --- end: init-help ---
