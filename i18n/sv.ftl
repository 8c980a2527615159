### okr in Swedish (svenska): every word of every human-readable output.
### Each language's file has the same messages with the same arguments
### (checked by src/i18n/tests.rs). Numbers arrive formatted for the locale;
### a number argument (n, count, days) selects the plural form.
### Sections belong to parts of the code; keep each message in its section.

## --- area: common ---

## Statuses: a table cell (in English the spelling --fail-on takes) and .prose
## for sentences. JSON and CSV keep done, on-track, ...
status-done = klar
    .prose = klar
status-on-track = i fas
    .prose = i fas
status-at-risk = i riskzonen
    .prose = i riskzonen
status-off-track = efter plan
    .prose = efter plan
status-stalled = står still
    .prose = står still
status-no-data = ingen data
    .prose = utan data
status-guardrail-breached = skyddsgräns bruten
    .prose = skyddsgränsen bruten
status-pending = för tidigt
    .prose = för tidigt att bedöma
status-stale = { $status } (inaktuell)

## okr's vocabulary: kinds, roles, objective types, experiments, grains,
## aggregates, display formats
kind-increase = öka
kind-decrease = minska
kind-at-least = minst
kind-at-most = högst
kind-milestone = milstolpe
role-north-star = nordstjärna
role-input = drivande mått
role-guardrail = skyddsmått
objective-type-aspirational = ambitiöst
objective-type-committed = åtagande
experiment-idea = idé
experiment-running = pågår
experiment-won = lyckades
experiment-lost = misslyckades
experiment-inconclusive = inget utfall
grain-day = dag
grain-week = vecka
grain-month = månad
grain-quarter = kvartal
aggregate-sum = summa
aggregate-avg = medel
aggregate-min = lägsta
aggregate-max = högsta
aggregate-last = senaste
aggregate-count = antal
format-number = tal
format-percent = procent
format-currency = valuta

## Counts
count-objectives = { $n } mål
count-key-results = { $n } nyckelresultat

## Months
month = { $m ->
    [1] januari
    [2] februari
    [3] mars
    [4] april
    [5] maj
    [6] juni
    [7] juli
    [8] augusti
    [9] september
    [10] oktober
    [11] november
   *[12] december
}
month-short = { $m ->
    [1] jan
    [2] feb
    [3] mar
    [4] apr
    [5] maj
    [6] jun
    [7] jul
    [8] aug
    [9] sep
    [10] okt
    [11] nov
   *[12] dec
}

## Errors: the frame every error is written in
error-line = fel: { $error }
error-at-line = rad { $line }
error-hint = tips: { $hint }
error-caused-by = orsak: { $cause }
error-count = { $n } problem hittades

## --- end: common ---

## --- area: status ---

## okr status: tabellen, dess fot och Markdown-formen (st-), cellerna
## som alla format för människor delar (cell-)
st-no-objectives = Inga mål.
st-trend = trend { $line }
st-col-key-result = Nyckelresultat
st-col-value = Värde
st-col-target = Målvärde
st-col-progress = Framsteg
st-col-expected = Förväntat
st-col-forecast = Prognos
st-col-confidence = Tilltro
st-col-moved = Ändring
st-col-status = Status
st-progress-bar = Framstegsstapel
st-stale = (inaktuell)
st-partial = * delvis: perioden har inte tagit slut, värdet hittills
st-as-of = per { $date }
st-left-out = ({ $n ->
    [one] { $n } kolumn utelämnad
   *[other] { $n } kolumner utelämnade
} för att rymmas på { $width } kolumner: { $columns })
st-group-untagged = ingen { $prefix }-tagg
st-md-title = OKR-status — { $cycle } (per { $date })
st-md-cycle = Period { $start } – { $end }, { $state }.
st-md-partial = * Perioden har inte tagit slut än: värdet hittills.
st-md-north-star = Nordstjärna: { $name }
st-md-period = Period
st-md-before-cycle = före perioden
st-md-input = Drivande mått
st-md-previous = Föregående
st-md-change = Förändring
st-md-trend = Trend per { $grain ->
    [day] dag
    [week] vecka
    [month] månad
   *[quarter] kvartal
}: { $line }
st-md-core-action = Kärnaktivitet: { $action }
st-md-core-action-every = Kärnaktivitet: { $action }, varje { $every }
st-md-owner = Ansvarig: { $owner }
st-md-progress = framsteg { $share }
st-md-grade = betyg { $grade }
st-md-no-key-results = Inga nyckelresultat än.
cell-milestone-done = klar
cell-milestone-not-done = inte klar
cell-cycle-ended = perioden är slut
cell-elapsed = { $share } har gått
cell-closed = { $state }, stängd { $date } ({ $record })
cell-run-rate = takt { $rate }
cell-run-rate-scaled = takt { $rate } ({ $value } på { $days ->
    [one] { $days } dag
   *[other] { $days } dagar
}, uppräknat till hela perioden)
cell-below-min = < min { $bound }
cell-above-max = > max { $bound }
cell-min = min { $bound }
cell-max = max { $bound }
cell-period = { $grain ->
    [day] dag
    [week] vecka
    [month] månad
   *[quarter] kvartal
} { $dates }
cell-so-far = { $name }, hittills
cell-week-of = veckan från { $date }
cell-month-year = { $month } { $year }
cell-experiments = ⚗ experiment: { $list }
cell-exp-running = { $n } pågår
cell-exp-won = { $n ->
    [one] { $n } lyckat
   *[other] { $n } lyckade
}
cell-exp-lost = { $n ->
    [one] { $n } misslyckat
   *[other] { $n } misslyckade
}
cell-exp-inconclusive = { $n } utan utfall
cell-exp-ideas = { $n } i backloggen
cell-no-running-experiment = ⚑ inget pågående experiment
cell-grain-so-far = ({ $grain ->
    [day] dagen
    [week] veckan
    [month] månaden
   *[quarter] kvartalet
} hittills)
cell-new = ny

## --- end: status ---

## --- area: check ---

## --- end: check ---

## --- area: review ---

## --- end: review ---

## --- area: errors-config ---
error-unknown-language = okänt språk "{ $found }"
    .hint-suggest = skriv "{ $code }"
    .hint = ett av { $codes }

## --- end: errors-config ---

## --- area: errors-data ---
error-invalid-number = kolumn `{ $column }`: ogiltigt tal "{ $found }"

## --- end: errors-data ---

## --- area: init-help ---

## --- end: init-help ---
