### okr in Danish (dansk): every word of every human-readable output.
### Each language's file has the same messages with the same arguments
### (checked by src/i18n/tests.rs). Numbers arrive formatted for the locale;
### a number argument (n, count, days) selects the plural form.
### Sections belong to parts of the code; keep each message in its section.

## --- area: common ---

## Statuses: a table cell (in English the spelling --fail-on takes) and .prose
## for sentences. JSON and CSV keep done, on-track, ...
status-done = færdig
    .prose = færdig
status-on-track = på sporet
    .prose = på sporet
status-at-risk = i risiko
    .prose = i risiko
status-off-track = bagud
    .prose = bagud
status-stalled = står stille
    .prose = står stille
status-no-data = ingen data
    .prose = uden data
status-guardrail-breached = værnegrænse brudt
    .prose = værnegrænsen brudt
status-pending = for tidligt
    .prose = for tidligt at vurdere
status-stale = { $status } (forældet)

## okr's vocabulary: kinds, roles, objective types, experiments, grains,
## aggregates, display formats
kind-increase = øge
kind-decrease = reducere
kind-at-least = mindst
kind-at-most = højst
kind-milestone = milepæl
role-north-star = nordstjerne
role-input = drivende måltal
role-guardrail = værnemåltal
objective-type-aspirational = ambitiøst
objective-type-committed = forpligtende
experiment-idea = idé
experiment-running = kører
experiment-won = lykkedes
experiment-lost = mislykkedes
experiment-inconclusive = uafklaret
grain-day = dag
grain-week = uge
grain-month = måned
grain-quarter = kvartal
aggregate-sum = sum
aggregate-avg = gennemsnit
aggregate-min = laveste
aggregate-max = højeste
aggregate-last = seneste
aggregate-count = antal
format-number = tal
format-percent = procent
format-currency = valuta

## Counts
count-objectives = { $n } mål
count-key-results = { $n ->
    [one] { $n } nøgleresultat
   *[other] { $n } nøgleresultater
}

## Months
month = { $m ->
    [1] januar
    [2] februar
    [3] marts
    [4] april
    [5] maj
    [6] juni
    [7] juli
    [8] august
    [9] september
    [10] oktober
    [11] november
   *[12] december
}
month-short = { $m ->
    [1] jan.
    [2] feb.
    [3] mar.
    [4] apr.
    [5] maj
    [6] jun.
    [7] jul.
    [8] aug.
    [9] sep.
    [10] okt.
    [11] nov.
   *[12] dec.
}

## Errors: the frame every error is written in
error-line = fejl: { $error }
error-at-line = linje { $line }
error-hint = tip: { $hint }
error-caused-by = årsag: { $cause }
error-count = { $n } problemer fundet

## --- end: common ---

## --- area: status ---

## okr status: tabellen, bundteksten og Markdown-formen (st-), cellerne
## som alle formater til mennesker deler (cell-)
st-no-objectives = Ingen mål.
st-trend = trend { $line }
st-col-key-result = Nøgleresultat
st-col-value = Værdi
st-col-target = Målværdi
st-col-progress = Fremdrift
st-col-expected = Forventet
st-col-forecast = Prognose
st-col-confidence = Tiltro
st-col-moved = Ændring
st-col-status = Status
st-progress-bar = Fremdriftsbjælke
st-stale = (forældet)
st-partial = * delvis: perioden er ikke slut, værdien indtil nu
st-as-of = pr. { $date }
st-left-out = ({ $n ->
    [one] { $n } kolonne udeladt
   *[other] { $n } kolonner udeladt
} for at passe i { $width } kolonner: { $columns })
st-group-untagged = intet { $prefix }-tag
st-md-title = OKR-status — { $cycle } (pr. { $date })
st-md-cycle = Periode { $start } – { $end }, { $state }.
st-md-partial = * Perioden er ikke slut endnu: værdien indtil nu.
st-md-north-star = Nordstjerne: { $name }
st-md-period = Periode
st-md-before-cycle = før perioden
st-md-input = Drivende måltal
st-md-previous = Forrige
st-md-change = Ændring
st-md-trend = Trend pr. { $grain ->
    [day] dag
    [week] uge
    [month] måned
   *[quarter] kvartal
}: { $line }
st-md-core-action = Kernehandling: { $action }
st-md-core-action-every = Kernehandling: { $action }, hver { $every }
st-md-owner = Ansvarlig: { $owner }
st-md-progress = fremdrift { $share }
st-md-grade = karakter { $grade }
st-md-no-key-results = Ingen nøgleresultater endnu.
cell-milestone-done = færdig
cell-milestone-not-done = ikke færdig
cell-cycle-ended = perioden er slut
cell-elapsed = { $share } gået
cell-closed = { $state }, lukket { $date } ({ $record })
cell-run-rate = tempo { $rate }
cell-run-rate-scaled = tempo { $rate } ({ $value } på { $days ->
    [one] { $days } dag
   *[other] { $days } dage
}, skaleret til hele perioden)
cell-below-min = < min { $bound }
cell-above-max = > maks { $bound }
cell-min = min { $bound }
cell-max = maks { $bound }
cell-period = { $grain ->
    [day] dag
    [week] uge
    [month] måned
   *[quarter] kvartal
} { $dates }
cell-so-far = { $name }, indtil nu
cell-week-of = ugen fra { $date }
cell-month-year = { $month } { $year }
cell-experiments = ⚗ eksperimenter: { $list }
cell-exp-running = { $n } kører
cell-exp-won = { $n } lykkedes
cell-exp-lost = { $n } mislykkedes
cell-exp-inconclusive = { $n ->
    [one] { $n } uafklaret
   *[other] { $n } uafklarede
}
cell-exp-ideas = { $n } i backloggen
cell-no-running-experiment = ⚑ ingen kørende eksperimenter
cell-grain-so-far = ({ $grain ->
    [day] dagen
    [week] ugen
    [month] måneden
   *[quarter] kvartalet
} indtil nu)
cell-new = ny

## --- end: status ---

## --- area: check ---

## --- end: check ---

## --- area: review ---

## --- end: review ---

## --- area: errors-config ---
error-unknown-language = ukendt sprog "{ $found }"
    .hint-suggest = skriv "{ $code }"
    .hint = et af { $codes }

## --- end: errors-config ---

## --- area: errors-data ---
error-invalid-number = kolonne `{ $column }`: ugyldigt tal "{ $found }"

## --- end: errors-data ---

## --- area: init-help ---

## --- end: init-help ---
