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
rv-north-star-named = North Star: { $name }
rv-no-data = no data
rv-before-cycle = before the cycle
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
rv-dates-from = from { $date }
rv-dates-until = until { $date }
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

## --- end: errors-config ---

## --- area: errors-data ---
error-invalid-number = column `{ $column }`: invalid number "{ $found }"

## --- end: errors-data ---

## --- area: init-help ---

## --- end: init-help ---
