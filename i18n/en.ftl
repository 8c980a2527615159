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
help-error-date = expected a date as YYYY-MM-DD (e.g. 2026-02-15), `today` or `yesterday`, found "{ $found }"
help-error-lang = expected one of { $codes }, found "{ $found }"

## --- end: init-help ---
