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
digest-no-data = no data
digest-before-cycle = before the cycle
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
