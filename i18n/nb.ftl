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

## Begrunnelser og setninger om vaktmåltall, for alle visninger (reason-).
## JSON beholder de engelske. $grain er day, week, month eller quarter;
## $heading er forecast eller run-rate.
reason-finding-value = verdi { $value }
reason-finding-value-run-rate = verdi { $value } så langt, { $rate }
reason-finding-target = målverdi { $target }
reason-finding-expected = forventet { $value } nå
reason-finding-newest = nyeste datapunkt { $date }
reason-finding-stale-since = utdatert: nyeste datapunkt er fra { $date }
reason-finding-stale = utdatert
reason-breach-below = vaktmåltallet `{ $metric }` er { $value }, under vaktgrensen min { $bound } (med { $by })
reason-breach-above = vaktmåltallet `{ $metric }` er { $value }, over vaktgrensen maks { $bound } (med { $by })
reason-breach = vaktmåltallet `{ $metric }` har brutt vaktgrensen
reason-too-early = for tidlig å vurdere: vinduet har gått { $run } av de { $needs } { $n ->
    [one] dagen
   *[other] dagene
} det trenger (settle_days)
reason-run-rate = (tempo { $rate } ut fra { $summed } så langt)
reason-reached = nådde målverdien { $target } ({ $progress })
reason-at-target = på målverdien { $target } ({ $progress }), ikke endelig: verdien kan fortsatt endre seg til vinduet er over
reason-no-progress-since = ingen fremdrift siden { $date } ({ $then } da, { $now } nå) og under forventet { $expected }
reason-no-progress-previous = ingen fremdrift forrige { $grain ->
    [day] dag
    [week] uke
    [month] måned
   *[quarter] kvartal
} ({ $then } da, { $now } nå) og under forventet { $expected }
reason-pace-nothing-expected = fremdrift { $progress } og ingenting forventet ennå
reason-pace-below-expected = fremdrift { $progress } er under forventet { $expected }
reason-pace-on-track = fremdrift { $progress } er { $ratio } av forventet { $expected }
reason-pace-at-risk = fremdrift { $progress } er { $ratio } av forventet { $expected } (i faresonen under { $below })
reason-pace-off-track = fremdrift { $progress } er { $ratio } av forventet { $expected } (på etterskudd under { $below })
reason-against-at-least = { $value } { $sign } { $limit } (minst { $limit })
reason-against-at-most = { $value } { $sign } { $limit } (høyst { $limit })
reason-so-far = { $now } så langt
reason-threshold-summed = { $now } (tempo, { $summed } summert)
reason-over-budget = { $now }: over budsjett
reason-breaks = { $now }, men { $heading ->
    [forecast] prognosen
   *[run-rate] tempoet
} { $value } bryter grensen
reason-threshold-reached = { $now }: nådd
reason-reaches = { $now }; { $heading ->
    [forecast] prognosen
   *[run-rate] tempoet
} { $value } når grensen
reason-falls-short = { $now }; { $heading ->
    [forecast] prognosen
   *[run-rate] tempoet
} { $value } kommer til kort
reason-no-projection = { $now }; { $heading ->
    [forecast] ingen prognose
   *[run-rate] noe tempo
} som når dit
reason-periods = siste { $grain ->
    [day] dag
    [week] uke
    [month] måned
   *[quarter] kvartal
} { $against }; holdt i { $held } av { $judged } { $n ->
    [one] { $grain ->
        [day] dag
        [week] uke
        [month] måned
       *[quarter] kvartal
    }
   *[other] { $grain ->
        [day] dager
        [week] uker
        [month] måneder
       *[quarter] kvartaler
    }
}
reason-periods-below = { $text }: { $share } er under { $below }
reason-no-whole-period = { $grain ->
    [day] ingen hel dag
    [week] ingen hel uke
    [month] ingen hel måned
   *[quarter] ikke noe helt kvartal
} av perioden er over ennå
reason-done-on = ferdig { $date }
reason-done = ferdig
reason-due = ikke ferdig ennå, frist { $date }
reason-overdue = ikke ferdig, fristen var { $date }
reason-start-unknown = startverdien er verdien for { $grain ->
    [day] den første hele dagen
    [week] den første hele uken
    [month] den første hele måneden
   *[quarter] det første hele kvartalet
} i perioden, ikke kjent ennå
reason-start-is-target = startverdien er lik målverdien
reason-cycle-starts = perioden starter { $date }
reason-no-data = ingen data for `{ $metric }` i vinduet
reason-zero-divisor = `{ $metric }` deler på null i vinduet

## okr show: etiketter (show-label-; lengre enn 11 tegn gjør
## etikettkolonnen bredere), setninger og diagrammets tegnforklaring
show-label-status = Status
show-label-why = Hvorfor
show-label-rule = Regel
show-label-value = Verdi
show-label-start = Startverdi
show-label-target = Målverdi
show-label-progress = Fremdrift
show-label-expected = Forventet
show-label-forecast = Prognose
show-label-grade = Karakter
show-label-due = Frist
show-label-confidence = Tiltro
show-label-note = Notat
show-label-metric = Måltall
show-label-window = Vindu
show-label-guardrails = Vaktmåltall
show-label-experiments = Eksperimenter
show-label-data = Data
show-label-weight = Vekt
show-label-declared = Definert
show-label-rolls-up = Summeres fra
show-label-parent = Overordnet
show-label-tags = Tagger
show-owner = ansvarlig { $owner }
show-owner-objectives = ansvarlig { $owner } (målets)
show-kr-of = { $id } · nøkkelresultat for «{ $parent }» ({ $parent_id })
show-value-partial = (så langt: perioden er ikke over)
show-periods-held = ({ $held } av { $judged } { $n ->
    [one] periode
   *[other] perioder
} holdt)
show-pace = (tempo: fremdrift / forventet = { $pace })
show-forecast-by = { $value } innen { $date }
show-forecast-period = — (periodevinduer har ingen)
show-forecast-no-data = — (ingen data ennå)
show-forecast-stale = — (ingen mens dataene er utdatert: en linje ville stige på dager uten data)
show-forecast-settle = — (trenger data fra { $n ->
    [one] { $n } dag
   *[other] { $n } dager
}: settle_days)
show-confidence = { $value }/10 den { $date }
show-confidence-trend = { $value }/10 den { $date }, trend { $trend }
show-note = «{ $text }» ({ $date })
show-guardrail-ok = ok
show-guardrail-breached = brutt
show-guardrail-unknown = ukjent: ingen data
show-needs-experiment = ⚑ på etterskudd uten pågående eksperimenter
show-objective-kind = { $kind ->
    [aspirational] ambisiøst mål
   *[committed] forpliktende mål
}
show-grade-scale = { $kind ->
    [committed] forpliktende: { $grade } forventes
   *[aspirational] ambisiøst: { $grade } er en god karakter
}
show-progress-none = — (ingenting under det)
show-rollup-key-results = bare nøkkelresultatene (rollup = "key_results")
show-rollup-aligned = bare de underordnede målene (rollup = "aligned")
show-rollup-both = nøkkelresultater og underordnede mål, vektet
show-def-milestone = ingen: en milepæl sjekkes inn for hånd
show-def-manual = ingen: måles for hånd, siste innsjekk teller ({ $n } så langt)
show-def-column = kolonnen `{ $column }`
show-def-metric = måltallet `{ $column }`
show-def-summed = summert
show-def-aggregate-override = { $aggregate } (nøkkelresultatets; måltallets er { $own })
show-def-source = { $metric }: { $what } i { $file } (kilde `{ $source }`, { $layout }), { $aggregate } over vinduet
show-def-source-segment = { $metric }: { $what } i { $file } (kilde `{ $source }`, { $layout }), segment `{ $segment }`, { $aggregate } over vinduet
show-def-ratio = { $metric } = sum({ $numerator }) / sum({ $denominator }) over vinduet
show-def-formula = { $metric } = { $formula }, hver del over vinduet, deretter formelen én gang
show-window-every = { $grain ->
    [day] hver hele dag
    [week] hver hele uke
    [month] hver hele måned
   *[quarter] hvert hele kvartal
} i perioden som er over, vurderes
show-window-every-latest = { $grain ->
    [day] hver hele dag
    [week] hver hele uke
    [month] hver hele måned
   *[quarter] hvert hele kvartal
} i perioden som er over, vurderes; den siste: { $range }
show-window-cycle = perioden så langt, { $range }
show-window-period-so-far = { $grain ->
    [day] dagen
    [week] uken
    [month] måneden
   *[quarter] kvartalet
} så langt (ingen er over ennå), { $range }
show-window-period = { $grain ->
    [day] siste hele dag
    [week] siste hele uke
    [month] siste hele måned
   *[quarter] siste hele kvartal
} som er over, { $range }
show-data-none = ingen datapunkter ennå
show-data-today = på rapportdagen
show-data-ago = { $n ->
    [one] { $n } dag
   *[other] { $n } dager
} før rapportdagen
show-data-stale = utdatert: eldre enn { $n ->
    [one] { $n } dag
   *[other] { $n } dager
}
show-data-fresh = oppdatert (utdatert etter { $n ->
    [one] { $n } dag
   *[other] { $n } dager
})
show-data = nyeste punkt { $date }, { $ago }; { $verdict }
show-due-early = { $date } (ferdig { $n ->
    [one] { $n } dag
   *[other] { $n } dager
} før tiden)
show-due-late = { $date } (ferdig { $n ->
    [one] { $n } dag
   *[other] { $n } dager
} for sent)
show-due-today = { $date } (i dag)
show-due-left = { $date } ({ $n ->
    [one] { $n } dag
   *[other] { $n } dager
} igjen)
show-due-overdue = { $date } ({ $n ->
    [one] { $n } dag
   *[other] { $n } dager
} på overtid)
show-rule-not-started = { $status }: perioden har ikke startet
show-rule-no-data = { $status }: ingen verdi i vinduet (en manglende verdi er ingen data, aldri null)
show-rule-breached = { $status }: et vaktmåltall er utenfor grensene sine; vaktmåltall sjekkes før fremdrift og tempo
show-rule-milestone-done = { $status }: sjekket inn som ferdig
show-rule-done = { $status }: fremdrift { $progress } ≥ 100 % og verdien er endelig
show-rule-stalled-period = { $status }: fremdriften er ikke høyere enn forrige { $grain ->
    [day] dag
    [week] uke
    [month] måned
   *[quarter] kvartal
}, og under forventet
show-rule-stalled = { $status }: fremdriften er ikke høyere enn for { $n ->
    [one] { $n } dag
   *[other] { $n } dager
} siden, og under forventet
show-rule-stalled-since = { $status }: fremdriften er ikke høyere enn for { $n ->
    [one] { $n } dag
   *[other] { $n } dager
} siden ({ $date }), og under forventet
show-rule-milestone-on-track = { $status }: ikke ferdig, og fristen { $date } er ikke passert
show-rule-milestone-late = { $status }: ikke ferdig innen fristen { $date }
show-rule-nothing-expected = { $status }: ingenting er forventet ennå; i rute så lenge fremdrift ≥ forventet
show-rule-pace-on-track = { $status }: tempo (fremdrift / forventet) { $pace } ≥ { $at_risk } (at_risk_below)
show-rule-pace-at-risk = { $status }: tempo (fremdrift / forventet) { $pace } er under { $at_risk } (at_risk_below), men minst { $off } (off_track_below)
show-rule-pace-off-track = { $status }: tempo (fremdrift / forventet) { $pace } er under { $off } (off_track_below)
show-child-key-result = { $id } (nøkkelresultat)
show-child-objective = { $id } (underordnet mål)
show-nothing-under = ingenting ligger under det
show-worst = den dårligste statusen av de { $count } under det: { $children } { $n ->
    [one] er
   *[other] er
} { $status }
show-chart-plan = ┈┈ plan (forventet)
show-chart-bound = ┈┈ grense { $sign } { $value }
show-chart-forecast = ╌╌ prognose { $value }
show-chart-so-far = ╌╌ { $grain ->
    [day] dagen
    [week] uken
    [month] måneden
   *[quarter] kvartalet
} så langt
show-chart-value = ━━ verdi
show-chart-value-per = ━━ verdi per { $grain ->
    [day] dag
    [week] uke
    [month] måned
   *[quarter] kvartal
}
show-chart-as-of = per

## okr north-star: tavlen (ns-)
ns-change = { $grain ->
    [day] D/D
    [week] U/U
    [month] M/M
   *[quarter] K/K
}
ns-days = { $n ->
    [one] { $n } dag
   *[other] { $n } dager
}
ns-heading = ★ { $name } — { $grain ->
    [day] dagvis
    [week] ukevis
    [month] månedsvis
   *[quarter] kvartalsvis
}, per { $date }
ns-core-action = kjernehandling: { $action }
ns-every = hver { $every }
ns-target = målverdi { $value } per { $grain ->
    [day] dag
    [week] uke
    [month] måned
   *[quarter] kvartal
}
ns-target-from = målverdi { $value } per { $grain ->
    [day] dag
    [week] uke
    [month] måned
   *[quarter] kvartal
} fra { $start }
ns-status = status { $status }
ns-no-target = ingen målverdi per { $grain ->
    [day] dag
    [week] uke
    [month] måned
   *[quarter] kvartal
}: nordstjernens målverdi gjelder dens egen tidsenhet
ns-pace-needed = tempo som trengs: { $pace } per { $grain ->
    [day] dag
    [week] uke
    [month] måned
   *[quarter] kvartal
} i { $grain ->
    [day] de { $n } gjenværende dagene
    [week] de { $n } gjenværende ukene
    [month] de { $n } gjenværende månedene
   *[quarter] de { $n } gjenværende kvartalene
}
ns-no-period-left = ingen hele delperioder igjen av perioden
ns-col-metric = Måltall
ns-col-role = Rolle
ns-col-latest = Siste
ns-col-previous = Forrige
ns-col-trend = Trend
ns-col-target = Målverdi / grense
ns-col-period = { $grain ->
    [day] dag
    [week] uke
    [month] måned
   *[quarter] kvartal
}
ns-partial = * inneværende periode så langt: sammenlignes ikke

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
