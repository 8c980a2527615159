### okr in Norwegian Bokmål (norsk bokmål): every word of every human-readable output.
### Each language's file has the same messages with the same arguments
### (checked by src/i18n/tests.rs). Numbers arrive formatted for the locale;
### a number argument (n, count, days) selects the plural form.
### Sections belong to parts of the code; keep each message in its section.

## --- area: common ---

## Statuses: a table cell (in English the spelling --fail-on takes) and .prose
## for sentences. JSON and CSV keep done, on-track, ...
status-done = ferdig
    .prose = ferdig
status-on-track = i rute
    .prose = i rute
status-at-risk = i faresonen
    .prose = i faresonen
status-off-track = på etterskudd
    .prose = på etterskudd
status-stalled = står stille
    .prose = står stille
status-no-data = ingen data
    .prose = uten data
status-guardrail-breached = vaktgrense brutt
    .prose = vaktgrensen brutt
status-pending = for tidlig
    .prose = for tidlig å vurdere
status-stale = { $status } (utdatert)

## okr's vocabulary: kinds, roles, objective types, experiments, grains,
## aggregates, display formats
kind-increase = øke
kind-decrease = redusere
kind-at-least = minst
kind-at-most = høyst
kind-milestone = milepæl
role-north-star = nordstjerne
role-input = drivende måltall
role-guardrail = vaktmåltall
objective-type-aspirational = ambisiøst
objective-type-committed = forpliktende
experiment-idea = idé
experiment-running = pågår
experiment-won = lyktes
experiment-lost = mislyktes
experiment-inconclusive = uavklart
grain-day = dag
grain-week = uke
grain-month = måned
grain-quarter = kvartal
aggregate-sum = sum
aggregate-avg = snitt
aggregate-min = laveste
aggregate-max = høyeste
aggregate-last = siste
aggregate-count = antall
format-number = tall
format-percent = prosent
format-currency = valuta

## Counts
count-objectives = { $n } mål
count-key-results = { $n ->
    [one] { $n } nøkkelresultat
   *[other] { $n } nøkkelresultater
}

## Months
month = { $m ->
    [1] januar
    [2] februar
    [3] mars
    [4] april
    [5] mai
    [6] juni
    [7] juli
    [8] august
    [9] september
    [10] oktober
    [11] november
   *[12] desember
}
month-short = { $m ->
    [1] jan.
    [2] feb.
    [3] mar.
    [4] apr.
    [5] mai
    [6] jun.
    [7] jul.
    [8] aug.
    [9] sep.
    [10] okt.
    [11] nov.
   *[12] des.
}

## Errors: the frame every error is written in
error-line = feil: { $error }
error-at-line = linje { $line }
error-hint = tips: { $hint }
error-caused-by = årsak: { $cause }
error-count = { $n } problemer funnet

## --- end: common ---

## --- area: status ---

## okr status: tabellen, bunnteksten og Markdown-formen (st-), cellene
## alle formater for mennesker deler (cell-)
st-no-objectives = Ingen mål.
st-trend = trend { $line }
st-col-key-result = Nøkkelresultat
st-col-value = Verdi
st-col-target = Målverdi
st-col-progress = Fremdrift
st-col-expected = Forventet
st-col-forecast = Prognose
st-col-confidence = Tiltro
st-col-moved = Endring
st-col-status = Status
st-progress-bar = Fremdriftsstolpe
st-stale = (utdatert)
st-partial = * delvis: perioden er ikke over, verdien så langt
st-as-of = per { $date }
st-left-out = ({ $n ->
    [one] { $n } kolonne utelatt
   *[other] { $n } kolonner utelatt
} for å passe i { $width } kolonner: { $columns })
st-group-untagged = ingen { $prefix }-tagg
st-md-title = OKR-status — { $cycle } (per { $date })
st-md-cycle = Periode { $start } – { $end }, { $state }.
st-md-partial = * Perioden er ikke over ennå: verdien så langt.
st-md-north-star = Nordstjerne: { $name }
st-md-period = Periode
st-md-before-cycle = før perioden
st-md-input = Drivende måltall
st-md-previous = Forrige
st-md-change = Endring
st-md-trend = Trend per { $grain ->
    [day] dag
    [week] uke
    [month] måned
   *[quarter] kvartal
}: { $line }
st-md-core-action = Kjernehandling: { $action }
st-md-core-action-every = Kjernehandling: { $action }, hver { $every }
st-md-owner = Ansvarlig: { $owner }
st-md-progress = fremdrift { $share }
st-md-grade = karakter { $grade }
st-md-no-key-results = Ingen nøkkelresultater ennå.
cell-milestone-done = ferdig
cell-milestone-not-done = ikke ferdig
cell-cycle-ended = perioden er over
cell-elapsed = { $share } gått
cell-closed = { $state }, lukket { $date } ({ $record })
cell-run-rate = tempo { $rate }
cell-run-rate-scaled = tempo { $rate } ({ $value } på { $days ->
    [one] { $days } dag
   *[other] { $days } dager
}, skalert til hele perioden)
cell-below-min = < min { $bound }
cell-above-max = > maks { $bound }
cell-min = min { $bound }
cell-max = maks { $bound }
cell-period = { $grain ->
    [day] dag
    [week] uke
    [month] måned
   *[quarter] kvartal
} { $dates }
cell-so-far = { $name }, så langt
cell-week-of = uken fra { $date }
cell-month-year = { $month } { $year }
cell-experiments = ⚗ eksperimenter: { $list }
cell-exp-running = { $n } pågår
cell-exp-won = { $n } lyktes
cell-exp-lost = { $n } mislyktes
cell-exp-inconclusive = { $n ->
    [one] { $n } uavklart
   *[other] { $n } uavklarte
}
cell-exp-ideas = { $n } i backloggen
cell-no-running-experiment = ⚑ ingen pågående eksperimenter
cell-grain-so-far = ({ $grain ->
    [day] dagen
    [week] uken
    [month] måneden
   *[quarter] kvartalet
} så langt)
cell-new = ny

## --- end: status ---

## --- area: check ---

## --- end: check ---

## --- area: review ---

## --- end: review ---

## --- area: errors-config ---
error-unknown-language = ukjent språk "{ $found }"
    .hint-suggest = skriv "{ $code }"
    .hint = ett av { $codes }

## --- end: errors-config ---

## --- area: errors-data ---
error-invalid-number = kolonne `{ $column }`: ugyldig tall "{ $found }"

## --- end: errors-data ---

## --- area: init-help ---

## --- end: init-help ---
