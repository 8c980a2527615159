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
cell-no-data = ingen data
cell-before-cycle = før perioden
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

## okr check: the marks before a failing and a warned key result, and the
## summary line. (The reasons under each are the area "status"'s.)
chk-fail = FEIL
chk-warn = advarsel
chk-stale = utdatert
chk-summary = { $cycle } per { $date }: { $failing } feilet, { $warnings ->
    [one] { $warnings } advarsel
   *[other] { $warnings } advarsler
}, { $passing ->
    [one] { $passing } bestått
   *[other] { $passing } beståtte
}
chk-junit-warning = advarsel: { $message }

## okr digest (text, Markdown, Slack, Teams)
digest-title = OKR-statusrapport — { $cycle }
digest-context = Per { $date } · endringer siden { $since } · { $state } ({ $start } – { $end })
## $grain: day, week, month or quarter
digest-ns-change = { $change } mot { $grain ->
    [day] dagen
    [week] uken
    [month] måneden
   *[quarter] kvartalet
} før
digest-ns-target = målverdi { $target }
digest-kr-change = ({ $change }, fremdrift { $progress })
digest-status-was = { $now }, var { $was }
digest-confidence = tiltro { $value }/10
digest-owner = ansvarlig { $owner }
digest-no-owner = ingen ansvarlig
digest-note = «{ $note }» ({ $date })
digest-moved = Endringer siden { $date }
digest-moved-none = Ingenting har flyttet seg.
digest-attention = Trenger oppmerksomhet
digest-attention-none = Ingenting er på etterskudd, står stille, er i faresonen eller bryter en vaktgrense.
digest-wins = Seire
digest-wins-none = Ingen seire denne gangen: et bommet nøkkelresultat er data, ikke skam.
digest-win-done = ferdig · { $objective }
digest-experiment-won = eksperimentet lyktes
digest-experiment-won-by = eksperimentet lyktes · { $owner }
## A count of key results by status: $words is the status in words, $status
## its interface name (done, on-track, ...) to choose a form by.
digest-count = { $status ->
    [done] { $n ->
        [one] { $n } ferdig
       *[other] { $n } ferdige
    }
    [guardrail-breached] { $n } med brutt vaktgrense
   *[other] { $n } { $words }
}
digest-counts = Nøkkelresultater: { $counts }.
digest-no-key-results = Ingen nøkkelresultater.
digest-slack-cut = Mer i `okr status`: meldingen ble kortet ned til Slacks grense på 50 blokker.

## okr experiments (table and Markdown)
exp-title = Eksperimenter · { $cycle } · per { $date }
exp-md-title = Eksperimenter — { $cycle } (per { $date })
exp-running = Pågår
exp-backlog = Backlogg (etter ICE-poeng)
exp-won = Vellykkede eksperimenter
exp-lost = Mislykkede eksperimenter (data, ikke skam)
exp-inconclusive = Uavklart
exp-col-experiment = Eksperiment
exp-col-key-results = Nøkkelresultater
exp-col-owner = Ansvarlig
exp-col-ice = ICE
exp-col-dates = Datoer
exp-col-lift = Effekt
exp-col-learning = Lærdom
exp-learned = lærdom: { $learning }
exp-from = fra { $date }
exp-until = til { $date }
exp-lift-so-far = { $lift } så langt
exp-lift-expected = { $lift } (forventet { $expected })
exp-no-dates = ingen datoer
exp-no-baseline = ingen basislinje
exp-no-data = ingen data
exp-needs-experiment = på etterskudd eller står stille uten pågående eksperiment: { $ids }
exp-md-needs-experiment = På etterskudd eller står stille uten pågående eksperiment: { $ids }
exp-none = Ingen eksperimenter ennå: legg til [[experiments]] i OKR-filen (se README: Experiments).

## okr metrics
inv-col-source = Kilde
inv-col-metric = Måltall
inv-col-rows = Rader
inv-col-missing = Mangler
inv-col-first = Første
inv-col-last = Siste
inv-col-used-by = Brukt av
inv-col-file = Fil
inv-none-found = (fant ingen måltall i kildene)
inv-column = `{ $column }`
inv-column-segment = `{ $column }` (segment `{ $segment }`)
inv-no-data = ingen data: måltallet `{ $metric }`{ $key_results } leser { $column } fra kilden `{ $source }`, som ikke har verdier for det{ $hint }
inv-no-data-key-results = ({ $n ->
    [one] nøkkelresultat
   *[other] nøkkelresultater
}: { $ids })
inv-no-data-did-you-mean = ; mente du `{ $best }`? sett column = "{ $best }" under [metrics.{ $metric }]

## okr sources: a label per line, then what it says
inv-label-encoding = tegnsett
inv-label-delimiter = skilletegn
inv-label-header = overskrift
inv-label-dates = datoer
inv-label-totals = summer
inv-label-not-read = ikke lest
inv-label-columns = kolonner
inv-label-metric = måltall
inv-label-note = merknad
inv-delimiter = `{ $delimiter }`, desimaltegn `{ $decimal }`
inv-table-of = tabell { $table } av { $tables }
inv-table-of-titled = tabell { $table } av { $tables } «{ $title }»
inv-under-title-lines = under { $n ->
    [one] { $count } tittellinje
   *[other] { $count } tittellinjer
}
inv-table-lacks-columns = tabellen på linje { $line } mangler de ønskede kolonnene
inv-header-line = linje { $line }
inv-dates = kolonnen `{ $column }` som { $format }: { $span }, { $n ->
    [one] { $rows } rad
   *[other] { $rows } rader
}
inv-totals = hoppet over { $n ->
    [one] { $rows } rad (linje { $lines })
   *[other] { $rows } rader (linje { $lines })
}
inv-not-read = tabell { $table } på linje { $line } (`table = { $table }` leser den): { $columns }
inv-not-read-titled = tabell { $table } «{ $title }» på linje { $line } (`table = { $table }` leser den): { $columns }
inv-metric-read = { $metric } <- { $column }: { $n ->
    [one] { $rows } rad
   *[other] { $rows } rader
}, { $missing } mangler, { $span }
inv-span = { $first } til { $last }
inv-no-dates = ingen datoer
inv-kind-date = dato
inv-kind-number = tall
inv-kind-text = tekst
inv-kind-empty = tom

## okr log
log-col-date = Dato
log-col-key-result = Nøkkelresultat
log-col-value = Verdi
log-col-confidence = Tiltro
log-col-note = Merknad
log-col-author = Registrert av
log-done = ferdig
log-empty = ingen innsjekker ennå i { $file }: `okr checkin KR-ID VALUE` registrerer en

## okr history
hist-none = Ingen avsluttede perioder ennå: `okr close` skriver periodens oppsummering på dens siste dag.
hist-md-title = OKR-historikk
hist-md-none = Ingen avsluttede perioder ennå.
hist-col-cycle = Periode
hist-col-dates = Datoer
hist-col-grade = Karakter
hist-col-done = Ferdige
hist-col-north-star = Nordstjerne
hist-col-objective = Mål
hist-col-type = Type
hist-col-status = Status
hist-north-star = { $value } av { $target } ({ $status })
hist-done-of = { $done } av { $total }
hist-objective = { $title } ({ $kind }, { $status })

## What the commands say they did (stderr; okr validate's line on stdout)
cmd-checkin-logged = { $id }: { $what } den { $date }, lagret i { $file }
cmd-checkin-logged-was = { $id }: { $what } den { $date } (var { $before } den { $before_date }), lagret i { $file }
cmd-checkin-done = ferdig
cmd-checkin-no-value = ingen verdi
cmd-checkin-with-confidence = { $what }, tiltro { $confidence }/10
cmd-checkin-all-logged = { $n ->
    [one] { $count } innsjekk
   *[other] { $count } innsjekker
} lagret i { $file }
## okr checkin's questions on a terminal
cmd-checkin-current = nå
cmd-checkin-target = målverdi
cmd-checkin-none-yet = ingen ennå
cmd-checkin-value-on = { $value } den { $date }
cmd-checkin-target-from = { $target } (fra { $start })
cmd-checkin-at-least = minst { $value }
cmd-checkin-at-most = høyst { $value }
cmd-checkin-ask-value = Verdi den { $date }
cmd-checkin-value-again = { $why }; et tall som 3,4, eller Enter for å hoppe over
cmd-checkin-ask-confidence = Tiltro 1–10 (Enter for å hoppe over)
cmd-checkin-ask-note = Merknad (Enter for å hoppe over)
cmd-checkin-ask-done = Ferdig? [j/N]
## The answers that mean yes (besides y and yes), separated by spaces
cmd-checkin-yes = j ja
## $kind: objective, key-result or experiment
cmd-set-updated = { $kind ->
    [objective] målet
    [experiment] eksperimentet
   *[key-result] nøkkelresultatet
} `{ $id }` i { $file } oppdatert: { $changes }
cmd-set-unchanged = { $kind ->
    [objective] målet
    [experiment] eksperimentet
   *[key-result] nøkkelresultatet
} `{ $id }` i { $file } uendret: { $changes }
cmd-experiment-added = eksperimentet `{ $id }` lagt til i { $file }
cmd-experiment-started = eksperimentet `{ $id }` startet i { $file }
cmd-experiment-finished = eksperimentet `{ $id }` avsluttet i { $file }
cmd-close-closed = avsluttet { $cycle } per { $date }: skrev { $file } (karakterer: { $grades })
cmd-next-started = startet { $name } ({ $start } – { $end }) etter { $old }: { $n ->
    [one] { $carried } nøkkelresultat
   *[other] { $carried } nøkkelresultater
} videreført, { $left } fjernet
cmd-next-would-start = ville startet { $name } ({ $start } – { $end }) etter { $old }: { $n ->
    [one] { $carried } nøkkelresultat
   *[other] { $carried } nøkkelresultater
} videreført, { $left } fjernet (ingenting skrevet)
cmd-next-carried = videreført
cmd-next-left = fjernet
cmd-next-left-kr = nøkkelresultat `{ $id }` (ferdig)
cmd-next-left-objective = mål `{ $id }` (alle nøkkelresultatene ferdige)
cmd-next-left-experiment = eksperiment `{ $id }` (avsluttet; lærdommen står i oppsummeringen)
cmd-next-removed = { $key } fjernet
cmd-next-restarts = sluttet på { $value }; en sum over perioden starter på nytt, startverdien beholdes
cmd-next-start-moved = startverdi { $before } -> { $after } (sluttverdien)
cmd-next-start-none = ingen
cmd-next-no-closing = ingen sluttverdi: startverdien beholdes
cmd-next-not-done = ikke ferdig
cmd-next-threshold-kept = terskelen beholdes
cmd-next-carried-from = overført fra { $old }: { $what }
cmd-next-carried-from-removed = overført fra { $old }: { $what }; { $removed }
hist-note-skipped = hoppet over: { $problem }
cmd-validate-ok = ok: { $file }: { $objectives }, { $key_results }, { $metrics }, { $sources } ({ $rows }), { $experiments }

## Counts: $count is the number as written, $n chooses the form; .word is
## the noun alone as it follows a count
plural-day = { $n ->
    [one] { $count } dag
   *[other] { $count } dager
}
    .word = { $n ->
        [one] dag
       *[other] dager
    }
plural-week = { $n ->
    [one] { $count } uke
   *[other] { $count } uker
}
    .word = { $n ->
        [one] uke
       *[other] uker
    }
plural-month = { $n ->
    [one] { $count } måned
   *[other] { $count } måneder
}
    .word = { $n ->
        [one] måned
       *[other] måneder
    }
plural-quarter = { $n ->
    [one] { $count } kvartal
   *[other] { $count } kvartaler
}
    .word = { $n ->
        [one] kvartal
       *[other] kvartaler
    }
plural-row = { $n ->
    [one] { $count } rad
   *[other] { $count } rader
}
    .word = { $n ->
        [one] rad
       *[other] rader
    }
plural-data-row = { $n ->
    [one] { $count } datarad
   *[other] { $count } datarader
}
    .word = { $n ->
        [one] datarad
       *[other] datarader
    }
plural-line = { $n ->
    [one] { $count } linje
   *[other] { $count } linjer
}
    .word = { $n ->
        [one] linje
       *[other] linjer
    }
plural-title-line = { $n ->
    [one] { $count } tittellinje
   *[other] { $count } tittellinjer
}
    .word = { $n ->
        [one] tittellinje
       *[other] tittellinjer
    }
plural-column = { $n ->
    [one] { $count } kolonne
   *[other] { $count } kolonner
}
    .word = { $n ->
        [one] kolonne
       *[other] kolonner
    }
plural-objective = { $n ->
    [one] { $count } mål
   *[other] { $count } mål
}
    .word = { $n ->
        [one] mål
       *[other] mål
    }
plural-key-result = { $n ->
    [one] { $count } nøkkelresultat
   *[other] { $count } nøkkelresultater
}
    .word = { $n ->
        [one] nøkkelresultat
       *[other] nøkkelresultater
    }
plural-metric = { $n ->
    [one] { $count } måltall
   *[other] { $count } måltall
}
    .word = { $n ->
        [one] måltall
       *[other] måltall
    }
plural-source = { $n ->
    [one] { $count } kilde
   *[other] { $count } kilder
}
    .word = { $n ->
        [one] kilde
       *[other] kilder
    }
plural-experiment = { $n ->
    [one] { $count } eksperiment
   *[other] { $count } eksperimenter
}
    .word = { $n ->
        [one] eksperiment
       *[other] eksperimenter
    }
plural-check-in = { $n ->
    [one] { $count } innsjekk
   *[other] { $count } innsjekker
}
    .word = { $n ->
        [one] innsjekk
       *[other] innsjekker
    }
plural-warning = { $n ->
    [one] { $count } advarsel
   *[other] { $count } advarsler
}
    .word = { $n ->
        [one] advarsel
       *[other] advarsler
    }

## --- end: check ---

## --- area: review ---
## Kvartalsgjennomgangen (okr report): Markdown og HTML. Statuser, typer og
## eksperimentstatuser kommer fra de felles ordene; begrunnelsene fra reason.rs.
rv-title = Kvartalsgjennomgang av OKR-er — { $cycle }
rv-html-title = Kvartalsgjennomgang av OKR-er { $cycle }, per { $as_of }
rv-eyebrow = Kvartalsgjennomgang av OKR-er
rv-meta = Per { $as_of } · periode { $start } – { $end } · { $state } · endringer siden { $since }
rv-as-of = Per { $date }
rv-cycle-range = Periode { $start } – { $end }
rv-changes-since = Endringer siden { $date }
rv-colophon = Laget av okr { $version } fra OKR-filen og dens eksporterte måltall, per { $as_of }. Bare data datert den dagen eller tidligere teller, så gjennomgangen kan gjenskapes nøyaktig.
rv-page-footer = side { $page } av { $pages }

## Nordstjernen
rv-north-star = Nordstjerne
rv-target = målverdi { $value }
rv-start = startverdi { $value }
rv-progress = fremdrift { $progress }
rv-progress-expected = fremdrift { $progress } (forventet { $expected })
rv-trend-by = Trend per { $grain }: { $line }
rv-core-action = Kjernehandling: { $action }
rv-core-action-every = Kjernehandling: { $action }, hver { $frequency }
rv-ns-chart-label = { $name } per { $grain }
rv-ns-caption = Per { $grain ->
        [day] dag
        [week] uke
        [month] måned
       *[quarter] kvartal
    }, til periodens slutt. Stiplet omriss: { $grain ->
        [day] dagen
        [week] uken
        [month] måneden
       *[quarter] kvartalet
    } så langt (pågår, vurderes ikke); blek: et intervall som kuttes av periodens start. Stiplet linje: målverdi; prikket: startverdi; tynn: rampen fra startverdi til målverdi.
rv-value-so-far = { $value } så langt
rv-tick-week = u{ $week }
rv-tick-quarter = K{ $quarter }
rv-tick-day = { $day }.{ $month }.

## Kolonneoverskrifter og etiketter
rv-col-input-or-guardrail = Drivende måltall eller vaktmåltall
rv-col-inputs = Drivende måltall
rv-col-trend = Trend
rv-col-value = Verdi
rv-col-latest = Siste
rv-col-previous = Forrige
rv-col-change = Endring
rv-col-objective = Mål
rv-col-owner = Ansvarlig
rv-col-type = Type
rv-col-progress = Fremdrift
rv-col-since = Siden { $date }
rv-col-grade = Karakter
rv-col-projected = Prognose
rv-col-projected-grade = Prognosekarakter
rv-col-projected-at-end = Prognose ved periodens slutt
rv-col-status = Status
rv-col-key-result = Nøkkelresultat
rv-col-over-cycle = Gjennom perioden
rv-col-target = Målverdi
rv-col-expected = Forventet
rv-col-experiment = Eksperiment
rv-col-dates = Datoer
rv-col-learning = Lærdom

## Sammendraget
rv-objectives = Mål
rv-no-objectives = Ingen mål.
rv-key-results = Nøkkelresultater
rv-counts = Nøkkelresultater: { $counts }.
rv-needs-attention = Trenger oppmerksomhet
rv-objective = Mål
rv-objective-named = Mål: { $title }
rv-md-attention-objective = Målet { $title } ({ $owner }): { $status }
rv-md-attention-objective-because = Målet { $title } ({ $owner }): { $status }, { $because }
rv-through-kr = gjennom nøkkelresultatet { $title } ({ $owner })
rv-through-objective = gjennom det underliggende målet { $title } ({ $owner })
rv-quote = «{ $text }»
rv-wins-risks-asks = Seire, risikoer og behov
rv-wins = Seire
rv-risks = Risikoer
rv-asks = Behov
rv-none = ingen
rv-no-owner = ingen ansvarlig
rv-its-owner = ansvarlig
rv-owner = ansvarlig
rv-status-was = { $now }, var { $then }
rv-was = var { $status }
rv-no-projection = ingen prognose
rv-missing-forecasts = { $missing } av { $total } nøkkelresultater mangler prognose
rv-grade-of = { $grade } av { $expected }
rv-of-expected = av { $expected }

## Hva gjennomgangen ber de ansvarlige om
rv-ask-note = { $owner } skrev { $date }: { $note }
rv-ask-confidence = tiltroen hos { $owner } er { $value }/10 ({ $date }): bestem om nøkkelresultatet skal beholdes, endres eller strykes
rv-ask-experiment = på etterskudd eller står stille uten eksperiment som pågår: bestem hva som skal prøves
rv-ask-stale = dataene er utdaterte: { $owner } må sende nye tall
rv-ask-stale-newest = dataene er utdaterte (siste { $date }): { $owner } må sende nye tall

## Et måls side
rv-eyebrow-aligned = Mål · under { $parent }
rv-owner-is = Ansvarlig: { $owner }
rv-owner-label = Ansvarlig
rv-kind-committed = forpliktende: { $grade } forventes
rv-kind-aspirational = ambisiøst: { $grade } er en god karakter
rv-weight = vekt { $weight }
rv-grade = karakter { $grade }
rv-projected-at-end = prognose ved periodens slutt: { $projected }
rv-no-key-results = Ingen nøkkelresultater ennå.
rv-progress-from-aligned = Fremdriften kommer fra målene under det, på sidene som følger.
rv-repeat-key-results = { $title }: nøkkelresultater
rv-repeat-experiments = { $title }: eksperimenter
rv-so-far = så langt
rv-so-far-rate = så langt; { $rate }
rv-forecast-at-end = prognose ved periodens slutt { $value }
rv-forecast = prognose { $value }
rv-owners-confidence = ansvarligs tiltro { $value }/10 ({ $date })
rv-confidence = tiltro { $value }/10
rv-held = holdt { $held } av { $judged } { $grain ->
        [day] { $judged ->
            [one] dag
           *[other] dager
        }
        [week] { $judged ->
            [one] uke
           *[other] uker
        }
        [month] { $judged ->
            [one] måned
           *[other] måneder
        }
        [quarter] { $judged ->
            [one] kvartal
           *[other] kvartaler
        }
       *[other] { $judged ->
            [one] intervall
           *[other] intervaller
        }
    }
rv-on-date = den { $date }
rv-due = frist { $date }
rv-from = fra { $value }
rv-done = ferdig
rv-new = ny
rv-stale-newest = utdatert: siste data { $date }
rv-no-progress-yet = ingen fremdrift ennå
rv-expected = forventet { $value }
rv-chart-due = { $title }: frist { $date }
rv-chart-over-cycle = { $title } gjennom perioden
rv-experiments = Eksperimenter
rv-no-learning = ingen lærdom skrevet ned
rv-guardrail-ok = vaktgrense holdt: { $parts }
rv-guardrail-breached = vaktgrense brutt: { $parts }
rv-guardrail-unknown = vaktgrense ukjent: { $parts }
rv-guardrail-no-data = { $metric } (ingen data)
rv-guardrail-min = minst { $value }
rv-guardrail-max = høyst { $value }

## Tegnforklaringen
rv-legend-value = verdi
rv-legend-expected = forventet (plan)
rv-legend-target = målverdi
rv-legend-forecast = prognose ved periodens slutt
rv-legend-partial = intervall så langt (ufullstendig)
rv-legend-held = holdt
rv-legend-breached = brutt
rv-legend-as-of = per
rv-legend-due = frist

## Eksperimenttavlene
rv-boards-title = Vellykkede og mislykkede eksperimenter
rv-boards-meta = Et mislykket eksperiment er data, ikke skam: hva vi prøvde, hva vi forventet, hva vi lærte.
rv-board-won = Vellykkede
rv-board-lost = Mislykkede
rv-board-running = Pågår
rv-board-backlog = Backlogg, etter ICE
rv-none-yet = ingen ennå
rv-lift = effekt på { $metric }: { $lift }
rv-learned = Lærdom: { $learning }
rv-needs-experiment = På etterskudd eller står stille uten eksperiment som pågår: { $krs }

## Ordlisten
rv-glossary = Ordliste
rv-gl-grade = karakter
    .meaning = fremdrift begrenset til 0–1 og avrundet til én desimal; { $good } er en god karakter for et ambisiøst mål, et forpliktende mål forventes å nå { $full }
rv-gl-progress = fremdrift
    .meaning = hvor langt verdien har kommet fra startverdien mot målverdien: 0 % ved startverdien, 100 % ved målverdien
rv-gl-expected = forventet
    .meaning = fremdriften planen forventer på datoen gjennomgangen gjelder: lineært over perioden med mindre nøkkelresultatet har en egen plan
rv-gl-pace = tempo
    .meaning = fremdrift mot forventet fremdrift; under innstillingenes grenser er et nøkkelresultat i faresonen, deretter på etterskudd
rv-gl-pending = for tidlig
    .meaning = for tidlig å vurdere: vinduet har vart færre dager enn innstillingen settle_days
rv-gl-stalled = står stille
    .meaning = ingen fremdrift over innstillingens stall_days dager, samtidig som fremdriften ligger under den forventede
rv-gl-stale = utdatert
    .meaning = de siste dataene er eldre enn innstillingens stale_days dager: tallene kan være utdaterte, og ingen prognose tegnes
rv-gl-run-rate = oppregnet tempo
    .meaning = et intervall som ikke er over ennå, regnet opp til hele intervallet: verdi × intervallets dager ÷ dager så langt
rv-gl-so-far = så langt
    .meaning = et intervall som ikke er over ennå: verdien er ufullstendig, tegnes for seg (et hult kvadrat, en stiplet søyle, ┆ i tekst) og vurderes aldri
rv-gl-forecast = prognose, prognosekarakter
    .meaning = en rett linje tilpasset verdiene så langt, avlest ved periodens slutt; prognosekarakteren vekter sammen prognosene, og sier «ingen prognose» der en mangler
rv-gl-pp = pp
    .meaning = prosentpoeng: endringen av en andel (+4 pp) eller av fremdrift (fremdrift +45 pp), ikke en relativ endring
rv-gl-guardrail = vaktmåltall
    .meaning = et måltall som må holde seg innenfor grensene sine mens nøkkelresultatet beveger seg; i et diagram er et holdt intervall en fylt prikk, et brutt et kryss

## --- end: review ---

## --- area: errors-config ---
error-unknown-language = ukjent språk "{ $found }"
    .hint-suggest = skriv "{ $code }"
    .hint = ett av { $codes }
ec-either = `{ $a }` eller `{ $b }`
ec-thing-objective = mål
ec-thing-key-result = nøkkelresultat
ec-thing-experiment = eksperiment
ec-did-you-mean = mente du `{ $best }`?

## Finding and reading the files
ec-is-a-directory = { $path } er en mappe, ikke en OKR-fil
    .hint-inside = pek -c på TOML-filen, f.eks. { $inside }
    .hint = oppgi stien til en .toml-fil
ec-no-okr-file = fant ingen { $file } i { $dir } eller noen mappe over
    .hint = kjør `okr init` for å skrive en startfil, eller oppgi `-c PATH` (eller sett OKR_CONFIG)
ec-cannot-read = kan ikke lese { $path }: { $reason }
    .hint-not-found = sjekk stien; `okr init` skriver en startfil okrs.toml
    .hint-permission = sjekk filens tillatelser
    .hint = sjekk at filen kan leses
ec-too-large = { $path } er større enn { $mib } MiB, for stor for en OKR-fil
    .hint = del den opp med `include = ["teams/*.toml"]`
ec-not-utf8 = OKR-filen er ikke gyldig UTF-8
    .hint = lagre filen som UTF-8

## Includes
ec-includes-too-deep = inkluderingene er nøstet dypere enn { $max } filer
    .hint = inkluder filene fra en fil nærmere OKR-hovedfilen
ec-include-pattern-double-star = ugyldig include-mønster: jokertegnet `**` må være en hel del av stien, f.eks. teams/**/*.toml
ec-include-pattern-too-many = ugyldig include-mønster: mønsteret går gjennom flere enn { $max } oppføringer i mapper
ec-include-pattern-glob = ugyldig include-mønster: { $message }
    .hint = oppgi en sti eller et mønster som "teams/*.toml"
ec-include-missing = den inkluderte filen { $path } finnes ikke
    .hint = include-stier er relative til filen som oppgir dem
ec-too-many-includes = OKR-filen inkluderer flere enn { $files } filer eller { $mib } MiB tekst
    .hint = del OKR-filene opp per periode eller team, eller inkluder færre filer

## TOML and its shape
ec-toml-syntax = ugyldig TOML: { $message }
    .hint = filen er ikke gyldig TOML her: tekst skrives i anførselstegn ("..."), tall som 1234.5, datoer som 2026-01-01, tabeller som [navn]
ec-unknown-key = ukjent nøkkel `{ $found }`, { $n ->
        [0] ingen nøkler er tillatt her
        [1] forventet { $known }
        [2] forventet { $known }
       *[other] forventet en av { $known }
    }
    .hint = nøklene som er tillatt her: { $known }
ec-unknown-value = ukjent verdi `{ $found }`, { $n ->
        [0] ingen verdier er tillatt her
        [1] forventet { $known }
        [2] forventet { $known }
       *[other] forventet en av { $known }
    }
    .hint = verdiene som er tillatt her: { $known }
ec-missing-key = nøkkelen `{ $key }` mangler
    .hint = legg til nøkkelen; startfilen som `okr init` skriver, viser alle nøkler
ec-found-text = teksten "{ $value }"
ec-found-integer = heltallet `{ $value }`
ec-found-float = desimaltallet `{ $value }`
ec-found-bool = sannhetsverdien `{ $value }`
ec-found-list = en liste
ec-found-table = en tabell
ec-expected-number = et tall
ec-expected-whole-number = et heltall
ec-expected-list = en liste som ["a", "b"]
ec-expected-text = en tekst
ec-expected-bool = true eller false
ec-expected-table-choice = en tabells tittel ("Instagram reach") eller nummeret dens (1 for den første)
ec-invalid-type = feil type: { $found }, forventet { $expected }
    .hint = sjekk verdiens type: tekst i anførselstegn, tall og datoer uten
ec-invalid-value = ugyldig verdi: { $found }, forventet { $expected }
ec-bad-date = forventet en dato som 2026-01-01
    .hint = skriv datoer som ÅÅÅÅ-MM-DD uten anførselstegn, f.eks. start = 2026-01-01
ec-bad-date-time = forventet en dato uten klokkeslett, som 2026-01-01
ec-bad-date-found = forventet en dato som 2026-01-01, fant "{ $found }"
ec-duplicate-key = nøkkelen finnes to ganger
    .hint = en nøkkel forekommer én gang per tabell: fjern eller gi nytt navn til en av dem

## Cycle and settings
ec-only-in-main = { $table } hører hjemme i OKR-hovedfilen, ikke i en inkludert fil
    .hint = inkluderte filer legger til mål, eksperimenter, måltall og kilder
ec-no-cycle = OKR-filen har ingen [cycle]
    .hint = legg til [cycle] med name, start og end, f.eks. name = "2026-Q1", start = 2026-01-01, end = 2026-03-31
ec-cycle-ends-before-start = perioden slutter ({ $end }) før den begynner ({ $start })
    .hint = `end` er periodens siste dag, samme dag som `start` eller senere
ec-cycle-too-long = perioden fra { $start } til { $end } er lengre enn { $years } år
    .hint = en periode er et kvartal eller et år; følg lengre mål over flere perioder
ec-range-share-above-zero = { $key } må ligge i (0, 1], fant { $found }
    .hint = det er en andel av forventet fremdrift, f.eks. at_risk_below = 0.85
ec-range-share = { $key } må ligge i [0, 1], fant { $found }
    .hint = det er en andel av forventet fremdrift, f.eks. off_track_below = 0.60
ec-range-at-least = { $key } må være minst { $min }, fant { $found }
    .hint-stall = standardverdien er 14
    .hint-settle = standardverdien er 7; 1 vurderer et vindu fra første dag
ec-range-not-negative = { $key } kan ikke være negativ, fant { $found }
    .hint = standardverdien er 7
ec-range-above-zero = { $key } må være større enn 0, fant { $found }
    .hint = utelat den for standardvekten 1
ec-range-at-most = { $key } kan være høyst { $max }, fant { $found }
    .hint = vekter er relative: 2 teller dobbelt så mye som 1
ec-off-track-above-at-risk = off_track_below ({ $off_track }) er høyere enn at_risk_below ({ $at_risk })
    .hint = et nøkkelresultat havner i faresonen før det kommer på etterskudd: hold off_track_below <= at_risk_below
ec-pending-never-fails = `pending` feiler aldri en sjekk: et vindu yngre enn settle_days er for tidlig å vurdere
    .hint = oppgi den i warn_on for å se den, eller fjern den fra fail_on
ec-unknown-locale = ukjent locale "{ $found }"
    .hint-suggest = mente du "{ $best }"? kjente: { $known }
    .hint = kjente locales: { $known }
ec-unknown-status = ukjent status `{ $found }`
    .hint = bruk en av: { $known }

## Sources
ec-source-declared-twice = kilden `{ $name }` er deklarert to ganger
    .hint = kildenavn er unike i alle inkluderte filer
ec-metric-declared-twice = måltallet `{ $name }` er deklarert to ganger
    .hint = navn på måltall er unike i alle inkluderte filer
ec-source-needs-path = kilden `{ $source }` har ingen `path`
    .hint = legg til path = "data/export.csv" (relativt til denne filen)
ec-source-needs-sqlite = sqlite-kilden `{ $source }` trenger `path` og `query`
    .hint = query returnerer rader med (date, metric, value[, segment])
ec-source-needs-command = kommandokilden `{ $source }` trenger `command`
    .hint = command = ["duckdb", "-csv", "metrics.duckdb", "select day as date, ..."]: programmet, så argumentene, kjøres uten skall
ec-source-needs-postgres = postgres-kilden `{ $source }` trenger `url_env` og `query`
    .hint = url_env oppgir miljøvariabelen som inneholder tilkoblingsstrengen
ec-command-not-for-source = kilden `{ $source }`: `command` gjelder bare kommandokilder
    .hint = sett kind = "command" for å lese CSV-en et program skriver ut
ec-key-not-for-command = kilden `{ $source }` er en kommando: `{ $key }` gjelder ikke for den
    .hint = spørringen skrives inn i kommandoens argumenter; kommandoen skriver CSV på stdout
ec-key-not-for-csv = kilden `{ $source }` er en CSV-fil: `{ $key }` gjelder bare databasekilder
    .hint = sett kind = "sqlite" eller kind = "postgres" for å lese fra en database
ec-key-not-for-database = kilden `{ $source }` er en database: `{ $key }` gjelder bare CSV-filer
    .hint = databasen gir typede kolonner; fjern nøkkelen
ec-unsupported-delimiter = skilletegnet "{ $found }" støttes ikke
    .hint = bruk ",", ";", "\t" (eller "tab") eller "|"
ec-unsupported-decimal = desimaltegnet "{ $found }" støttes ikke
    .hint = bruk "." eller ","
ec-bad-date-format = ugyldig date_format "{ $found }"
    .hint = bruk strftime-koder, f.eks. "%d.%m.%Y" eller "%m/%d/%Y"
ec-bad-table = table må være en tabells tittel eller nummeret dens, 1 for den første
    .hint = `okr sources` viser filens tabeller; f.eks. table = "Instagram reach" eller table = 2
ec-timeout-too-short = timeout må være minst 1 sekund
    .hint = timeout = 30 venter opptil 30 sekunder på tilkoblingen og på spørringen
ec-timeout-too-long = timeout kan være høyst { $max } sekunder (et døgn)
ec-command-empty = kilden `{ $source }`: `command` er tom
    .hint = command = ["bq", "query", "--format=csv", "..."]: programmet, så argumentene
ec-command-no-program = kilden `{ $source }`: første element i `command` må oppgi programmet
    .hint = f.eks. command = ["psql", "--csv", "-c", "select ..."]; plassholdere hører hjemme i argumentene
ec-command-nul = kilden `{ $source }`: et argument i `command` inneholder et NUL-tegn
    .hint = fjern det: et programs argumenter kan ikke inneholde NUL
ec-command-stray-close = kilden `{ $source }`: en `{ "}" }` i `command` avslutter ingen plassholder
ec-command-unclosed = kilden `{ $source }`: en `{ "{" }` i `command` åpner ingen plassholder
ec-command-unknown-placeholder = kilden `{ $source }`: ukjent plassholder `{ "{" }{ $name }{ "}" }` i `command`
    .hint = plassholderne er { "{" }start{ "}" }, { "{" }end{ "}" } (periodens dager) og { "{" }metrics{ "}" } (navnene på måltallene), hver fylt inn som en SQL-literal; skriv { "{{" } og { "}}" } for en klammeparentes

## Metrics and the North Star
ec-bad-metric-name = navnet på måltallet `{ $name }` kan ikke brukes i formler
    .hint = bruk bokstaver, sifre, `_` og `-`, med en bokstav først
ec-metric-kinds = måltallet `{ $metric }` trenger nøyaktig én av `source`, `ratio` eller `formula`, fant { $found }
    .hint = source = "web" leser en fil; ratio = { "{" } numerator = "a", denominator = "b" { "}" }; formula = "a / b"
ec-column-on-derived = `column` og `segment` gjelder bare et måltall som leses fra en kilde (`{ $metric }`)
    .hint = sett dem på måltallene som forholdstallet eller formelen bruker
ec-unknown-source = måltallet `{ $metric }` leser den ukjente kilden `{ $found }`
    .hint-none = deklarer den med [[sources]] name = "..." og path = "..."
    .hint = kildene er: { $known }
ec-unknown-metric =
    .hint-suggest = mente du `{ $best }`? måltall deklareres under [metrics]
    .hint = deklarer det som [metrics.{ $name }] med en kilde, et forholdstall eller en formel
ec-unknown-metric-ratio = forholdstallet `{ $ratio }` bruker det ukjente måltallet `{ $found }`
ec-unknown-metric-formula = formelen for `{ $metric }` bruker det ukjente måltallet `{ $found }`
ec-unknown-metric-guardrail = vaktmåltallet bruker det ukjente måltallet `{ $found }`
ec-unknown-metric-north-star = nordstjernen bruker det ukjente måltallet `{ $found }`
ec-unknown-metric-north-star-input = nordstjernens drivende måltall `{ $found }` er ikke et deklarert måltall
ec-unknown-metric-key-result = nøkkelresultatet `{ $id }` bruker det ukjente måltallet `{ $found }`
ec-unknown-metric-experiment = eksperimentet `{ $id }` bruker det ukjente måltallet `{ $found }`
ec-formula-expected-operator = formelen for `{ $metric }`: uventet `{ $token }`: forventet en operator (+ - * /) eller slutten
ec-formula-ends-early = formelen for `{ $metric }`: formelen slutter for tidlig: forventet et tall, et måltall eller `(`
ec-formula-unclosed = formelen for `{ $metric }`: denne `(` lukkes aldri
ec-formula-not-a-number = formelen for `{ $metric }`: `{ $text }` er ikke et tall
ec-formula-unexpected = formelen for `{ $metric }`: uventet `{ $token }`: forventet et tall, et navn på et måltall eller `(`
    .hint = formler bruker + - * /, parenteser, tall og navn på måltall
ec-ratio-of-ratio = forholdstallet `{ $ratio }` bruker `{ $part }`, som selv er et forholdstall eller en formel: et forholdstall av et forholdstall betyr ingenting
    .hint = delene i et forholdstall er måltall som leses fra en kilde; bruk `formula` for alt annet
ec-formula-loop = formlene går i sløyfe: { $chain }
    .hint = en formel kan ikke avhenge av seg selv, direkte eller via andre
ec-guardrail-no-bound = vaktmåltallet for `{ $metric }` har verken `min` eller `max`
    .hint = f.eks. { "{" } metric = "sql_rate", min = 0.25 { "}" }
ec-guardrail-min-above-max = vaktmåltallet for `{ $metric }` har min { $min } over max { $max }
ec-north-star-start-is-target = nordstjernens startverdi er lik målverdien: det er ingen vei å gå
    .hint = sett en målverdi over (eller under) startverdien

## Objectives, key results, experiments
ec-bad-objective-id = målets id `{ $id }` kan bare inneholde a-z, 0-9 og `-`
    .hint = f.eks. id = "{ $id }"
ec-bad-key-result-id = nøkkelresultatets id `{ $id }` kan bare inneholde a-z, 0-9 og `-`
ec-bad-experiment-id = eksperimentets id `{ $id }` kan bare inneholde a-z, 0-9 og `-`
ec-duplicate-id = id-en `{ $id }` finnes to ganger
    .hint = id-er er unike blant mål og nøkkelresultater i alle filer; den første står i { $file }:{ $line }
ec-duplicate-experiment-id = eksperiment-id-en `{ $id }` finnes to ganger
    .hint = eksperimentenes id-er er unike i alle filer
ec-unknown-parent = målet `{ $objective }` er knyttet til det ukjente målet `{ $found }`
    .hint = `parent` oppgir id-en til et annet mål
ec-objective-loop = målene er knyttet i en sløyfe: { $chain }
    .hint = fjern én `parent` slik at koblingene danner et tre
ec-date-outside-cycle = `{ $key }` { $date } ligger utenfor perioden { $cycle } ({ $start } til { $end })
    .hint = datoene til nøkkelresultater ligger innenfor perioden
ec-key-without = nøkkelresultatet `{ $id }` har `{ $key }` uten `{ $missing }`
    .hint-current = legg til updated = ÅÅÅÅ-MM-DD, dagen verdien ble målt
    .hint-updated = legg til current = <verdien som ble målt den dagen>
    .hint-start = legg til target = ...
    .hint-target = legg til start = ... (verdien ved periodens start)
ec-both-keys = nøkkelresultatet `{ $id }` har både `{ $first }` og `{ $second }`
    .hint-metric = et nøkkelresultat leser et måltall eller sjekkes inn for hånd, ikke begge
    .hint-at-least = behold én; legg til et vaktmåltall for den andre grensen
    .hint-window = behold `every` for å vurdere hver periode, eller `window` for å vurdere den siste
ec-no-measure = nøkkelresultatet `{ $id }` måler ingenting
    .hint = legg til start og target, at_least eller at_most, eller done = false for en milepæl
ec-milestone-extras = milepælen `{ $id }` (med `done`) kan ikke også ha et måltall, start/target eller en grense
    .hint = en milepæl er ferdig eller ikke; fjern `done` for å måle den med et måltall
ec-threshold-with-start-target = grensenøkkelresultatet `{ $id }` kan ikke også ha start/target
    .hint = bruk at_least/at_most for en grense som skal holde, eller start og target for en endring
ec-start-is-target = nøkkelresultatet `{ $id }` har start == target ({ $value }): det er ingenting å måle
    .hint = sett en målverdi over startverdien for en økning, under for en nedgang, eller bruk at_least/at_most
ec-not-finite = nøkkelresultatet `{ $id }` har en startverdi eller målverdi som ikke er et endelig tall
ec-plan-date-outside = plandatoen { $date } for `{ $id }` ligger utenfor perioden ({ $start } til før { $end })
    .hint = planpunkter ligger innenfor perioden, før slutten (slutten har målverdien)
ec-plan-not-increasing = plandatoene for `{ $id }` må øke strengt: { $date } kommer etter { $previous }
    .hint = list planpunktene i datorekkefølge, ett per dato
ec-every-on-progress = `every` gjelder bare nøkkelresultater med at_least/at_most (`{ $id }`)
    .hint = bruk `window` for å måle en økning per periode
ec-due-on-non-milestone = `due` og `done_on` gjelder bare milepæler (`{ $id }`)
    .hint = legg til done = false for å gjøre det til en milepæl
ec-aggregate-on-ratio = nøkkelresultatet `{ $id }` setter `aggregate`, men måltallet `{ $metric }` er et forholdstall
    .hint = fjern `aggregate`: et forholdstall er sum(numerator) / sum(denominator), en formel tar hver del med sin egen aggregering
ec-aggregate-on-formula = nøkkelresultatet `{ $id }` setter `aggregate`, men måltallet `{ $metric }` er en formel
ec-guardrail-aggregate-on-ratio = vaktmåltallet for `{ $metric }` i nøkkelresultatet `{ $id }` setter `aggregate`, men måltallet er et forholdstall
    .hint = fjern `aggregate` fra vaktmåltallet
ec-guardrail-aggregate-on-formula = vaktmåltallet for `{ $metric }` i nøkkelresultatet `{ $id }` setter `aggregate`, men måltallet er en formel
ec-unknown-key-result = eksperimentet `{ $experiment }` sikter mot det ukjente nøkkelresultatet `{ $found }`
    .hint = key_results lister id-er for nøkkelresultater
ec-experiment-ends-before-start = eksperimentet `{ $id }` slutter før det begynner
ec-ice-out-of-range = ICE-poeng går fra 1 til 10, fant { $found }
    .hint = impact, confidence og ease er hver et heltall fra 1 (lavt) til 10 (høyt)

## Edits (okr set, okr experiment, okr next)
ec-bad-assignment = forventet nøkkel=verdi (f.eks. target=950), fant "{ $found }"
ec-bad-assignment-key = forventet nøkkel=verdi med en enkel nøkkel (f.eks. target=950), fant "{ $found }"
ec-unknown-id = ingen mål, nøkkelresultater eller eksperimenter har id-en `{ $found }`
    .hint = id-ene til mål, nøkkelresultater og eksperimenter kan endres
ec-cannot-edit = kan ikke endre `{ $id }` i { $path }
ec-bad-edit = { $what } `{ $id }`: { $why }
ec-edit-not-a-number = `{ $key }`: { $why }
ec-edit-bad-date = `{ $key }` er en dato: forventet ÅÅÅÅ-MM-DD (f.eks. 2026-02-28), fant "{ $found }"
ec-edit-cannot-write-date = `{ $key }`: kan ikke skrive datoen { $date }
ec-edit-not-bool = `{ $key }` er true eller false, fant "{ $found }"
ec-edit-not-toml = `{ $key }` tar en TOML-liste eller -tabell (f.eks. ["a", "b"]): { $message }
ec-edit-written-as-table = `{ $key }` er skrevet som en tabell i filen: endre den der
ec-mixed-line-ends = kan ikke endre { $path } uten å endre mer enn verdien
    .hint = filen blander linjeskift: lagre den med én type linjeskift og kjør igjen
ec-cannot-write-read = kan ikke lese { $path }: { $reason }
ec-cannot-write-beside = kan ikke skrive ved siden av { $path }: { $reason }
ec-cannot-write = kan ikke skrive { $path }: { $reason }
    .hint = sjekk at filen og mappen den ligger i er skrivbare
ec-cannot-write-replace = kan ikke erstatte { $path }: { $reason }
ec-cannot-write-sync = kan ikke synkronisere mappen til { $path }: { $reason }
ec-changed-while-editing = { $path } ble endret mens den ble redigert
    .hint = ingenting ble skrevet; kjør kommandoen igjen

## --- end: errors-config ---

## --- area: errors-data ---
## Words inside messages
ed-delimiter-tab = tabulator
ed-no-columns = ingen kolonner
ed-decimal-comma = desimalkomma
ed-decimal-point = desimalpunktum
ed-decimal-how-set = angitt
ed-decimal-how-sniffed = lest ut av filen
ed-date-day-count = dagnummer fra { $start }
ed-date-how-set = angitt med `date_format`
ed-date-how-sniffed = lest ut av filen
ed-date-how-day-number = et dagnummer

## Cells of a CSV file
ed-invalid-number = kolonne `{ $column }`: ugyldig tall "{ $found }"
    .hint-other = forventet et tall med `{ $mark }` som desimaltegn ({ $how }); det kan leses med `{ $other }`: angi `decimal = "{ $other }"` på kilden `{ $source }` hvis filen bruker `{ $other }`
    .hint = forventet et tall (desimaltegn `{ $mark }`, { $how }; tusenskilletegn, `%` og valutategn leses); "{ $found }" er ikke et tall med noen av desimaltegnene; en manglende verdi er en tom celle, `--` eller `n/a`
ed-not-finite = kolonne `{ $column }`: "{ $found }" er ikke et endelig tall
    .hint = uendelig og tall større enn 1,8e308 er ingen verdier; la cellen stå tom (eller skriv `n/a`) når verdien mangler
ed-unclosed-quote = kolonne `{ $column }`: en celle i anførselstegn fortsetter til slutten av filen: det avsluttende `"` mangler
    .hint = lukk anførselen; et `"` inne i en celle i anførselstegn skrives `""`
ed-no-year = kolonne `{ $column }`: "{ $found }" mangler år: okr kan ikke avgjøre hvilket år det gjelder
    .hint = eksporter rapporten på nytt med år i datoene (et datointervall over årsskiftet, eller et datoformat med år)
ed-invalid-date = kolonne `{ $column }`: ugyldig dato "{ $found }"
    .hint-other-column = datoer leses som { $rule } ({ $how }) fra kolonnen `{ $column }`; kolonnen `{ $other }` i denne raden har en dato: angi `date_column = "{ $name }"` på kilden `{ $source }` hvis det er datokolonnen
    .hint-no-such-day = datoer leses som { $rule } ({ $how }), og "{ $found }" har den formen, men er ingen dag i kalenderen
    .hint = datoer leses som { $rule } ({ $how }), og "{ $found }" er ingen dato i noen form okr leser; en rad som ikke er en dag (en merknad, en sum) hoppes over når datocellen er tom eller et sumord
ed-multi-day = raden gjelder { $start } til { $end } (`Reporting starts` til `Reporting ends`): okr trenger én rad per dag
    .hint = eksporter rapporten på nytt fordelt per dag (Fordeling > Etter tid > Dag)
ed-double-count = måltall `{ $metric }` den { $date }: både en rad uten segment (linje { $blank }) og en rad med segment (linje { $segmented }) har verdier; raden uten segment ser ut som en sum og ville blitt telt to ganger
    .hint = angi `segment = "{ $segment }"` på måltallet `{ $metric }` for å lese ett segment, eller fjern radene uten segment
ed-too-few-fields = { $n ->
        [one] raden har { $fields } felt, overskriftsraden på linje { $header_line } har { $width }
       *[other] raden har { $fields } felter, overskriftsraden på linje { $header_line } har { $width }
    }
    .hint-delimiter = hver rad trenger ett felt per kolonne (lest med skilletegnet `{ $used }`); med `{ $better }` har overskriftsraden og denne raden like mange felter: angi `delimiter = "{ $option }"` på kilden `{ $source }`
    .hint = hver rad trenger ett felt per kolonne (lest med skilletegnet `{ $used }`, som overskriftsraden bruker; ingen andre skilletegn passer bedre for raden): fyll inn feltene som mangler, eller lukk en celle i anførselstegn
ed-too-many-fields = raden har { $fields } felter, overskriftsraden på linje { $header_line } har { $width }: felt { $field } er "{ $found }"
    .hint = en verdi som inneholder skilletegnet `{ $used }`, må stå i anførselstegn; angi `delimiter` på kilden `{ $source }` hvis filen bruker et annet

## The header of a CSV file
ed-no-named-column = ingen kolonne `{ $name }` (`{ $key }` for kilden `{ $source }`) i overskriftsraden på linje { $line }: den har { $columns }
    .hint-suggest = mente du `{ $key } = "{ $column }"`?
    .hint = sett `{ $key }` på kilden `{ $source }` til en av kolonnene
ed-no-metric-column = ingen kolonne `{ $column }` (måltallet `{ $metric }`) i overskriftsraden på linje { $line }: den har { $columns }
    .hint-suggest = mente du `{ $column }`? angi `column = "{ $column }"` på måltallet `{ $metric }`
    .hint = sett `column = "..."` på måltallet `{ $metric }` til overskriften på kolonnen
ed-duplicate-column = kolonnen `{ $column }` (måltallet `{ $metric }`) står to ganger i overskriftsraden på linje { $line }: felt { $first } og { $second }
    .hint = gi en av kolonnene et nytt navn i eksporten
ed-no-date-column = ingen datokolonne: overskriftsraden på linje { $line } har { $columns }, og ingen kolonne har datoer; okr leser verdier per dag, ikke én rad per kampanje eller side for hele perioden
    .hint = eksporter rapporten på nytt med en dato- eller dagkolonne (fordelt eller segmentert per dag); hvis en kolonne faktisk har datoer, angi den med `date_column = "..."` på kilden `{ $source }`
ed-long-needs = en lang fil trenger kolonnene `date`, `metric` og `value`; overskriftsraden på linje { $line } mangler `{ $default }`: den har { $columns }
    .hint-wide = overskriftsraden har en kolonne for hvert måltall som leses: angi `layout = "wide"` på kilden `{ $source }`
    .hint = hvis kolonnene heter noe annet, angi dem med `metric_column = "..."` og `value_column = "..."` (og `segment_column`) på kilden `{ $source }`
ed-no-segment-column = måltallet `{ $metric }` leser segmentet "{ $segment }", men overskriftsraden på linje { $line } mangler kolonnen `segment`: den har { $columns }
    .hint = angi kolonnen med `segment_column = "..."` på kilden `{ $source }`, eller fjern `segment` fra måltallet `{ $metric }`
ed-other-table = linje { $line }: { $columns }
ed-header-other-tables = { $problem }; ingen annen tabell i filen har alle kolonnene heller ({ $tables }): en kilde leser én tabell, så angi én `[[sources]]` per tabell
ed-header-cause-skip-rows = overskriftsraden ser ut til å stå på linje { $line }: angi `skip_rows = { $n }` på kilden `{ $source }`
ed-header-cause-delimiter = overskriftsraden blir én kolonne med skilletegnet `{ $used }` og { $count } med `{ $better }`: angi `delimiter = "{ $option }"` på kilden `{ $source }`
ed-header-cause-no-delimiter = overskriftsraden er én kolonne med alle skilletegn okr kjenner (`,` `;` tabulator `|`): filen har ingen kolonner å lese (kilden `{ $source }`)
ed-segment-in-wide = måltallet `{ $metric }` leser segmentet "{ $segment }", men kilden `{ $source }` er en bred fil: segmenter krever en lang fil med en kolonne `segment`
    .hint = fjern `segment` fra måltallet `{ $metric }`

## A CSV file as a whole
ed-source-is-directory = kan ikke lese { $path }: det er en mappe, ikke en fil (kilden `{ $source }`)
    .hint = sett `path` for kilden `{ $source }` til en CSV-fil
ed-source-unreadable = kan ikke lese { $path }: { $reason } (kilden `{ $source }`)
    .hint-denied = filen finnes, men denne brukeren har ikke lov til å lese den: sjekk tillatelsene (`ls -l { $path }`)
    .hint = sjekk `path` for kilden `{ $source }`; en relativ sti leses fra mappen til filen som angir den
ed-long-line = linjen er lengre enn 1 MiB: dette er ingen eksport av måltall (kilden `{ $source }`)
    .hint = filer med måltall har én kort linje per rad; eksporter dataene på nytt som CSV
ed-long-record = raden fra denne linjen er lengre enn 1 GiB: en celle i anførselstegn mangler trolig sitt avsluttende `"` (kilden `{ $source }`)
    .hint = lukk anførselen; et `"` inne i en celle i anførselstegn skrives `""`
ed-unknown-encoding = byten { $byte } er verken UTF-8 eller Windows-1252: filens tegnkoding er ukjent (kilden `{ $source }`)
    .hint = lagre filen som UTF-8 (i Excel: "CSV UTF-8") og les den på nytt
ed-nul-byte = ikke en tekstfil: fant en NUL-byte ved posisjon{ $offset } (kilden `{ $source }`)
    .hint = filer med måltall er CSV eller tabulatordelt tekst; eksporter dataene som CSV (en regnearkfil leses ikke)
ed-not-csv = kan ikke lese filen som CSV: { $reason }
ed-cannot-decode = kan ikke dekode filen som { $encoding }
ed-file-changed = filen ble endret mens den ble lest
ed-no-such-table = { $n ->
        [one] { $wanted } i filen (`table` for kilden `{ $source }`): den har { $count } tabell: { $tables }
       *[other] { $wanted } i filen (`table` for kilden `{ $source }`): den har { $count } tabeller: { $tables }
    }
    .number = ingen tabell { $number }
    .title = ingen tabell med tittelen "{ $title }"
    .none = ingen slik tabell
    .hint = sett `table` på kilden `{ $source }` til en av titlene eller numrene i listen
ed-table-titled = { $number } "{ $title }" (linje { $line })
ed-table-untitled = { $number } (linje { $line })
ed-empty-file = { $path } er tom (kilden `{ $source }`): forventet en overskriftsrad og rader
    .hint = eksporter dataene på nytt, eller fjern kilden `{ $source }`
ed-no-header = ingen overskriftsrad: filen har bare innledende linjer (kilden `{ $source }`)
    .hint = sjekk `skip_rows` for kilden `{ $source }`; linjer som begynner med `#`, hoppes over som kommentarer
ed-dates-without-year = kolonnen `{ $column }` har datoer uten år ("{ $cell }" på linje { $line }): okr kan ikke avgjøre hvilket år de gjelder
ed-day-count-without-start = kolonnen `{ $column }` teller dager (0000, 0001, ...) fra en startdato, men ingen linje `# Start date: YYYYMMDD` (på noe språk: `# ...: YYYYMMDD`) står foran overskriftsraden
    .hint = eksporter rapporten på nytt med kommentarlinjene, eller legg til en linje `# Start date: YYYYMMDD` over overskriftsraden
ed-either-way-date = kan ikke skille dag fra måned i kolonnen `{ $column }`: "{ $cell }" kan leses begge veier, og ingen dato i filen har en dag over 12
ed-mixed-date-order = datoene i kolonnen `{ $column }` er uenige: "{ $day_cell }" (linje { $day_line }) har dagen først, "{ $month_cell }" (linje { $month_line }) har måneden først
ed-date-order-hint = angi `date_format = "%d/%m/{ $year }"` (dagen først) eller `date_format = "%m/%d/{ $year }"` (måneden først) på kilden `{ $source }`
ed-mixed-decimals = tallene bruker begge desimaltegnene: "{ $first }" (linje { $first_line }) leses med { $first_mark }, "{ $second }" (linje { $second_line }) med { $second_mark }
    .hint = ingen innstilling av `decimal` leser begge: tallene i en fil bruker ett desimaltegn; eksporter dataene på nytt i én notasjon, eller rett cellene
ed-unclear-decimal = kan ikke avgjøre desimaltegnet: "{ $cell }" kan være tusenskilletegn eller { $mark }, og ingen tall i filen avgjør det
    .hint = angi `decimal = "."` eller `decimal = ","` på kilden `{ $source }`; det andre tegnet leses da som tusenskilletegn

## Sources read through a command or a database
ed-in-source = kilden `{ $source }`: { $problem }
ed-command-output = utdataene fra `{ $program }`
ed-not-a-command = er ikke en kommandokilde
ed-no-program = `command` angir ikke noe program
ed-command-not-allowed = kjører kommandoen `{ $program }`, og okr kjører kommandoer bare når du tillater det
    .hint = hvis du stoler på denne OKR-filen, kjør okr med --allow-commands (eller sett { $env }=1, eller { $env }={ $program } bare for dette programmet): kommandoen kjører med ditt miljø og dine påloggingsopplysninger. Tillat aldri kommandoer for OKR-filer fra pull requests
ed-unsafe-metric-name = måltallet `{ $metric }` leser "{ $name }", som {"{"}metrics{"}"} ikke kan sette inn i en spørring: navn der består av bokstaver, sifre, mellomrom og _ - . : / ( ) % + # & @
    .hint = gi måltallet nytt navn i spørringens utdata (AS ...), eller fjern {"{"}metrics{"}"} fra kommandoen
ed-no-temp-file = kan ikke lage en midlertidig fil for kommandoens utdata: { $reason }
ed-cannot-write-output = kan ikke skrive kommandoens utdata: { $reason }
ed-cannot-run = kan ikke kjøre `{ $program }`: { $reason }
    .not-found = det er ikke installert (finnes ikke i PATH)
    .denied = tilgang nektet
    .hint = installer klienten til datavarehuset, eller oppgi hele stien som første element i `command` på kilden `{ $source }`
ed-no-pipe = kan ikke lese kommandoens utdata
ed-command-timeout = kommandoen `{ $program }` kjørte lenger enn tidsgrensen ({ $seconds } s) og ble stoppet
    .hint = øk `timeout = { $seconds }` på kilden `{ $source }`, eller gjør spørringen raskere
ed-cannot-wait = kan ikke vente på `{ $program }`: { $reason }
ed-too-much-output = kommandoen `{ $program }` skrev ut mer enn { $gib } GiB
    .hint = summer radene per dag i spørringen (GROUP BY date, metric)
ed-no-output = kommandoen `{ $program }` skrev ingenting på stdout
    .hint = den må skrive CSV med en overskriftsrad (for psql: --csv; duckdb: -csv; bq: --format=csv)
ed-cannot-read-output = kan ikke lese utdataene fra `{ $program }`: { $reason }
ed-kept-open = kommandoen `{ $program }` avsluttet, men noe den startet holdt utdataene åpne etter tidsgrensen
ed-command-exited = kommandoen `{ $program }` avsluttet med kode { $code }
ed-command-killed = kommandoen `{ $program }` ble drept av signal { $signal }
ed-command-failed = kommandoen `{ $program }` mislyktes
    .hint = kjør kommandoen til kilden `{ $source }` for hånd for å se hva den sier; den må skrive CSV på stdout og avslutte med 0
ed-command-silent = { $how } og skrev ingenting på stderr
ed-command-stderr = { $how }; stderr:
    {"    "}{ $stderr }
ed-command-stderr-ends = { $how }; slutten av stderr:
    {"    "}{ $stderr }
ed-not-a-database = ingen database
    .csv = er en CSV-fil, ikke en database
    .command = er en kommando, ikke en database
ed-not-built-in = denne versjonen av okr leser ingen { $kind }-kilder (bygget uten funksjonen `{ $kind }`)
    .hint = bygg okr med `--features { $kind }`, eller eksporter resultatet av spørringen til CSV og angi `path` på kilden `{ $source }`
ed-query-timeout = spørringen kjørte lenger enn tidsgrensen ({ $seconds } s)
    .hint = øk `timeout = { $seconds }` på kilden `{ $source }`, eller gjør spørringen raskere (en indeks på datokolonnen hjelper)
ed-query-no-column = spørringen returnerer ingen kolonne `{ $name }`: den returnerer { $columns }
    .hint-named = sett `date_column` på kilden `{ $source }` til en av spørringens kolonner
    .hint = navngi datokolonnen med AS: select day AS date, ...
ed-query-no-column-long = spørringen returnerer ingen kolonne `{ $name }` (layout long trenger `date`, `metric` og `value`): den returnerer { $columns }
    .hint = navngi kolonnene med AS (select day AS date, name AS metric, amount AS value ...), eller angi `layout = "wide"` på kilden `{ $source }` hvis hvert måltall har sin egen kolonne
ed-query-no-column-segment = spørringen returnerer ingen kolonne `{ $name }` (måltallet `{ $metric }` leser segmentet "{ $segment }"): den returnerer { $columns }
    .hint = returner segmentet AS segment fra spørringen, eller fjern `segment` fra måltallet `{ $metric }`
ed-query-no-column-metric = spørringen returnerer ingen kolonne `{ $name }` (måltallet `{ $metric }`): den returnerer { $columns }
    .hint = sett `column = "..."` på måltallet `{ $metric }` til en av spørringens kolonner
ed-query-segment-in-wide = måltallet `{ $metric }` leser segmentet "{ $segment }", men kilden er bred: segmenter krever layout long med en kolonne `segment`
ed-query-not-a-date = kolonnen `{ $column }` har "{ $found }", som ikke er en dato (datoer er DATE, TIMESTAMP eller ISO-tekst som 2026-01-31)
    .hint = konverter den i spørringen, f.eks. to_date(day, 'DD.MM.YYYY') AS date i PostgreSQL eller date(day, 'unixepoch') AS date i SQLite
ed-query-not-a-number = kolonnen `{ $column }` har "{ $found }", som ikke er et tall
    .hint = verdier er INTEGER, REAL, NUMERIC eller tekst med et enkelt tall (1234.5); NULL, '', '--' og 'n/a' er ingen data; konverter andre i spørringen
ed-query-not-a-number-on = kolonnen `{ $column }` har "{ $found }", som ikke er et tall (måltallet `{ $metric }` den { $day })
ed-query-not-finite-metric = måltallet `{ $metric }` den { $day }: verdiene summeres til { $sum }: NaN og uendelig er ikke tall
    .hint = la en manglende verdi være NULL; filtrer bort slike rader i spørringen
ed-query-not-finite-column = kolonnen `{ $column }` den { $day }: verdiene summeres til { $sum }: NaN og uendelig er ikke tall
ed-query-double-count = måltallet `{ $metric }` den { $day }: både rader uten segment og rader med segmentet "{ $segment }" har verdier; radene uten segment ser ut som en sum og ville blitt telt to ganger
    .hint = angi `segment = "{ $segment }"` på måltallet `{ $metric }` for å lese ett segment, eller utelat radene uten segment fra spørringen

## Command-line flags
ed-flag-date = forventet en dato som ÅÅÅÅ-MM-DD (f.eks. 2026-02-15), `today` eller `yesterday`, men fikk "{ $found }"
ed-flag-no-such-date = ingen slik dato
ed-flag-lang = forventet en av { $codes }, men fikk "{ $found }"
ed-flag-group-by = forventet tag:PREFIX (f.eks. tag:flywheel for å gruppere etter flywheel:attract, flywheel:engage, ...), men fikk "{ $found }"
ed-flag-since-too-far = "{ $found }" er mer enn { $max } dager (100 år) tilbake; angi en dato som 2026-01-01
ed-flag-since = forventet en dato som ÅÅÅÅ-MM-DD, eller dager eller uker tilbake som 7d eller 2w, men fikk "{ $found }"
ed-flag-status = ukjent status `{ $found }`; bruk en av: { $names }
    .suggest = ukjent status `{ $found }` (mente du `{ $best }`?); bruk en av: { $names }

## Files okr keeps or writes, names on the command line
ed-did-you-mean = mente du `{ $best }`?
ed-cannot-read = kan ikke lese { $path }: { $reason }
ed-log-unreadable-hint = sjekk tillatelsene til filen
ed-not-a-file = { $path } er ikke en vanlig fil
    .hint-record = en periodes arkiv er JSON-filen som `okr close` skriver
ed-record-too-large = { $path } er større enn et periodearkiv kan være ({ $mib } MiB)
ed-record-unreadable = { $path }: { $reason }
    .hint = dette er ikke et arkiv som `okr close` har skrevet; skriv det på nytt med `okr close --force`
ed-record-format = { $path } er et arkiv i format { $found }, denne versjonen av okr leser format { $known }
    .hint = bruk den okr-en som skrev det, eller lukk perioden på nytt
ed-log-too-large = { $path } er større enn { $mib } MiB, for stor for en innsjekkingslogg
    .hint = flytt radene fra tidligere perioder til en annen fil
ed-log-not-csv = kan ikke lese innsjekkingsloggen: { $reason }
    .hint = et felt med komma, anførselstegn eller linjeskift skrives i "
ed-log-unknown-key-result = innsjekken angir `{ $id }`, som ikke er et nøkkelresultat
ed-cannot-lock = kan ikke låse { $dir } for redigering: { $reason }
    .hint = sjekk at mappen finnes og kan leses
ed-busy = en annen okr redigerer { $main } og filene dens (ventet { $seconds } s)
    .hint = ingenting ble skrevet; kjør kommandoen på nytt når den andre redigeringen er ferdig (eller sett { $env } for å vente lenger)
ed-unknown-id = ingen slik id
    .key-result = ingen nøkkelresultater har id-en `{ $id }`
    .objective = ingen mål har id-en `{ $id }`
    .any = ingen nøkkelresultater eller mål har id-en `{ $id }`
    .source = ingen kilde heter `{ $id }`
    .hint-is-objective = `{ $id }` er et mål; sjekk inn et av nøkkelresultatene
    .hint-key-result = `okr status --format csv` viser id-ene til nøkkelresultatene
    .hint-objective = `okr status` viser id-ene til målene
    .hint-any = `okr status --format csv` viser id-ene til mål og nøkkelresultater
    .hint-source = `okr sources` viser alle kilder
ed-unknown-owner = ingen mål eller nøkkelresultater har `{ $owner }` som ansvarlig
    .hint = de ansvarlige er: { $owners }
ed-since-after-as-of = --since { $since } er etter datoen for --as-of, { $as_of }
    .hint = angi en tidligere dag, eller et antall dager tilbake som 7d
    .hint-report = angi en dag på eller før --as-of (standard: i dag)
ed-exists = { $path } finnes allerede
    .hint = bruk --force for å erstatte den
ed-write-to-directory = { $path } er en mappe
    .hint = angi en fil å skrive
ed-write-to-special = { $path } er ikke en vanlig fil (en enhet, FIFO eller socket)
    .hint = angi en fil å skrive; okr skriver hele filer, via en midlertidig fil
ed-cannot-write-in = kan ikke skrive i { $dir }: { $reason }
    .hint = sjekk at mappen finnes og er skrivbar
ed-symlink-loop = { $path } er en løkke av symbolske lenker

## okr checkin
ed-checkin-reads-metric = `{ $kr }` leser måltallet `{ $metric }`: verdien kommer fra dataene, ikke fra innsjekker
    .hint = oppdater kildefilen; tiltroen angis slik: okr checkin { $kr } --confidence 7
ed-checkin-all-needs-terminal = --all spør etter hvert nøkkelresultat i en terminal
    .hint = sjekk inn ett nøkkelresultat om gangen: okr checkin KR-ID [VALUE] --confidence N
ed-checkin-cannot-read-answer = kan ikke lese svaret: { $reason }
ed-checkin-outside-cycle = utenfor perioden
    .date = datoen ({ $date }) er utenfor perioden { $cycle } ({ $start } til { $end })
    .today = i dag ({ $date }) er utenfor perioden { $cycle } ({ $start } til { $end })
    .hint = angi --date ÅÅÅÅ-MM-DD, en dag innenfor perioden
ed-checkin-milestone-no-value = `{ $kr }` er en milepæl: den er ferdig eller ikke, den tar ingen verdi
    .hint = okr checkin { $kr } --done
ed-checkin-milestone-needs-done = `{ $kr }` er en milepæl: bruk --done for å markere den som ferdig
ed-checkin-nothing = ingenting sjekket inn
ed-checkin-not-a-milestone = `{ $kr }` er ikke en milepæl: --done gjelder bare milepæler
    .hint = oppgi den målte verdien: okr checkin { $kr } VALUE
ed-checkin-value-required = VALUE kreves når stdin ikke er en terminal
    .hint = okr checkin { $kr } VALUE
ed-checkin-bad-value = VALUE `{ $value }`: { $reason }
    .hint = skriv et tall som 3.4, 3,4 eller 1 234,5
ed-checkin-no-value = ingen verdi oppgitt: ingenting sjekket inn

## paths an OKR file names, refused (trust)
ed-named = en sti
    .okr-file = OKR-filen
    .include = den inkluderte filen
    .include-walk = mappen et inkluderingsmønster går gjennom
    .source-file = filen til kilden `{ $source }`
    .checkin-log = innsjekkingsloggen
    .record = periodens arkiv
    .export = eksporten
ed-refused-dangling = { $what } `{ $path }` er en symbolsk lenke som ikke peker på noe
    .hint = la den peke på en fil i prosjektet, eller fjern den
ed-refused-outside = { $what } `{ $path }` ligger utenfor prosjektroten `{ $root }`
    .hint = en OKR-fil kan bare oppgi filer i sitt eget prosjekt; den som kjører okr, kan tillate en mappe med --allow-path DIR eller { $env }
ed-refused-git-dir = { $what } `{ $path }` ligger i git-mappen
    .hint = okr leser ingen av gits egne filer: oppgi en fil i arbeidstreet
ed-refused-unreadable = { $what } `{ $path }` kan ikke leses
    .hint = sjekk filens tilganger
ed-refused-not-regular = { $what } `{ $path }` er ikke en vanlig fil (men en FIFO, enhet eller socket)
    .hint = okr leser bare vanlige filer; eksporter dataene til en fil

## the check-in log's rows, and writing it
ed-log-header = innsjekkingsloggens overskriftslinje er `{ $found }`, ikke `{ $expected }`
    .hint = første linje navngir kolonnene date, key_result og value (note og author er valgfrie)
ed-log-bad-date = datoen `{ $found }` er ingen dato
    .hint = skriv datoer som ÅÅÅÅ-MM-DD, f.eks. 2026-02-15
ed-log-no-key-result = raden oppgir ikke noe nøkkelresultat
    .hint = kolonnen key_result inneholder id-en til et nøkkelresultat
ed-log-bad-confidence-hint = skriv et heltall fra 1 til 10
ed-log-bad-value = verdien `{ $value }` for `{ $kr }`: { $reason }
    .hint = skriv et tall som 3,4 (eller `done` for en milepæl)
ed-log-reads-metric = `{ $kr }` leser måltallet `{ $metric }`: det tar ikke verdier fra innsjekker
    .hint = sjekk inn tiltroen eller et notat uten verdi, eller fjern raden
ed-log-done-needs-number = `{ $kr }` er ikke en milepæl: `done` krever et tall
    .hint = skriv verdien som ble målt den dagen
ed-log-milestone-value = `{ $kr }` er en milepæl: verdien er `done`
    .hint = skriv `done` i kolonnen value, eller fjern raden
ed-log-cannot = kan ikke skrive innsjekkingsloggen
    .open = kan ikke åpne { $path }: { $reason }
    .lock = kan ikke låse { $path }: { $reason }
    .give = kan ikke gi { $path } mappens eier: { $reason }
    .write = kan ikke skrive { $path }: { $reason }
    .sync = kan ikke synkronisere mappen til { $path }: { $reason }
    .unlock = kan ikke låse opp { $path }: { $reason }
    .hint = sjekk at mappen finnes og er skrivbar
ed-value-empty = en verdi trengs
ed-value-ambiguous = `{ $text }` kan være { $plain } eller { $point }; skriv det uten komma, eller med desimalpunktum
ed-value-not-a-number = ikke et tall
ed-value-not-a-number-written = ikke et tall (skriv det som 3.4, 3,4 eller 1 234,5)
ed-value-not-finite = ikke et endelig tall
ed-value-misplaced-groups = `{ $text }` har feilplasserte `{ $group }`-skilletegn
ed-confidence-range = tiltroen `{ $found }` er ikke et heltall fra 1 til 10

## PostgreSQL og SQLite: tilkobling, TLS, autentisering, spørring
ed-pg-date-type = kolonnen `{ $column }` har typen { $type_name }: datoer er DATE, TIMESTAMP eller ISO-tekst som 2026-01-31
    .hint = konverter den i spørringen, f.eks. to_date(day, 'YYYYMMDD') AS date
ed-pg-value-type = kolonnen `{ $column }` har typen { $type_name }: verdier er tall (INTEGER, REAL, NUMERIC eller numerisk tekst)
    .hint = konverter den i spørringen, f.eks. CAST(amount AS NUMERIC) AS value
ed-pg-url-unset = miljøvariabelen { $url_env } (url_env) er ikke satt
    .hint = export { $url_env }=postgresql://user:password@host:5432/database (tilkoblingsstrengen leses fra miljøet, aldri fra OKR-filen)
ed-pg-url-not-utf8 = miljøvariabelen { $url_env } (url_env) er ikke gyldig UTF-8
ed-pg-url-invalid = tilkoblingsstrengen i { $url_env } er ugyldig: { $said }
    .hint = skriv den som postgresql://user:password@host:5432/database eller som host=... port=... user=... dbname=...
    .hint-sslmode = skriv den som postgresql://user:password@host:5432/database?sslmode=verify-full eller som host=... port=... user=... dbname=... sslmode=...
ed-tls-library = TLS: { $said }
    .hint = sett sslrootcert i { $url_env } til en PEM-fil med serverens CA-sertifikat
ed-tls-root-unreadable = kan ikke lese rotsertifikatet sslrootcert="{ $path }": { $said }
ed-tls-root-empty = rotsertifikatfilen sslrootcert="{ $path }" inneholder ikke noe sertifikat (PEM, -----BEGIN CERTIFICATE-----)
ed-tls-no-system-roots = fant ingen rotsertifikater på denne maskinen (installer pakken ca-certificates, eller sett sslrootcert til serverens CA-fil)
ed-pg-auth = autentiseringen mislyktes hos PostgreSQL { $target }: { $said }
    .hint = sjekk brukeren og passordet i { $url_env } (eller PGPASSWORD, eller passordfilen ~/.pgpass)
ed-pg-refused = PostgreSQL { $target } avviste tilkoblingen: { $said }
    .hint = sjekk tilkoblingsstrengen i { $url_env }
ed-pg-no-tls = PostgreSQL på { $target } snakker ikke TLS, og sslmode={ $sslmode } krever det
    .hint = slå på ssl på serveren, eller sett sslmode=prefer eller sslmode=disable i { $url_env } hvis nettverket er klarert
ed-tls-wrong-name = kan ikke koble til PostgreSQL på { $target } over TLS: serverens sertifikat gjelder ikke for vertsnavnet det ble koblet til (sslmode=verify-full)
    .hint = koble til med navnet sertifikatet gjelder for, eller bruk sslmode=verify-ca for å sjekke sertifikatet, men ikke navnet
ed-tls-wrong-name-for = kan ikke koble til PostgreSQL på { $target } over TLS: serverens sertifikat gjelder ikke for vertsnavnet det ble koblet til (det gjelder for { $presented }) (sslmode=verify-full)
ed-tls-untrusted-file = kan ikke koble til PostgreSQL på { $target } over TLS: serverens sertifikat er ikke signert av rotsertifikatet i { $path }: det er ikke klarert
    .hint = sett sslrootcert til serverens CA-sertifikat (skytjenester publiserer sine), eller sslmode=require uten sslrootcert for å kryptere uten kontroll
ed-tls-untrusted-system = kan ikke koble til PostgreSQL på { $target } over TLS: serverens sertifikat er ikke signert av systemets rotsertifikater: det er ikke klarert
ed-tls-expired = kan ikke koble til PostgreSQL på { $target } over TLS: serverens sertifikat er utløpt
    .hint = forny serverens sertifikat
ed-tls-not-accepted = kan ikke koble til PostgreSQL på { $target } over TLS: serverens sertifikat godtas ikke: { $said }
    .hint = sjekk serverens sertifikat og sslrootcert
ed-tls-handshake = kan ikke koble til PostgreSQL på { $target } over TLS: TLS-håndtrykket mislyktes: { $said }
    .hint = sjekk at verten og porten er PostgreSQL sine, og sslmode
ed-pg-no-password = autentiseringen mislyktes hos PostgreSQL { $target }: serveren ber om et passord, og tilkoblingsstrengen i { $url_env } har ikke noe
    .hint = legg passordet i { $url_env } (postgresql://user:password@host/db), i PGPASSWORD eller i passordfilen ~/.pgpass
ed-pg-connection-refused = kan ikke koble til PostgreSQL på { $target }: tilkoblingen ble avvist
    .hint = kjører serveren, og lytter den på den verten og porten? sjekk { $url_env }
ed-pg-connect-timeout = kan ikke koble til PostgreSQL på { $target }: ikke noe svar innen tidsgrensen ({ $seconds } s)
    .hint = sjekk verten og nettverket, eller øk `timeout` på kilden `{ $source }`
ed-pg-connect = kan ikke koble til PostgreSQL på { $target }: { $said }
ed-pg-said-detail = { $said } ({ $detail })
ed-pg-query = spørringen mislyktes i PostgreSQL: { $said }
    .hint = prøv spørringen til kilden `{ $source }` i psql; den må returnere rader av (date, metric, value[, segment]), eller en datokolonne og måltallskolonner med layout wide
ed-pg-query-at = spørringen mislyktes i PostgreSQL: { $said }, ved `{ $at }`
ed-pg-driver = PostgreSQL: { $said }
ed-sqlite-open = kan ikke åpne SQLite-databasen { $path }: { $reason }
    .hint = sjekk `path` på kilden `{ $source }`; en relativ sti leses fra mappen til filen som deklarerer den
ed-sqlite-no-such-file = filen finnes ikke
ed-sqlite-directory = det er en mappe
ed-sqlite-query = spørringen mislyktes i SQLite ({ $path }): { $said }
    .hint = prøv spørringen til kilden `{ $source }` i sqlite3; den må returnere rader av (date, metric, value[, segment]), eller en datokolonne og måltallskolonner med layout wide
ed-pg-sslmode = sslmode "{ $value }" er ikke en av disable, allow, prefer, require, verify-ca, verify-full
ed-pg-sslmode-env = PGSSLMODE "{ $value }" er ikke en av disable, allow, prefer, require, verify-ca, verify-full
ed-pg-option-unsupported = alternativet `{ $key }` (klientsertifikater, tilbakekallingslister) støttes ikke av okr
ed-pg-option-no-equals = forventet `=` etter `{ $key }`
ed-pg-option-no-quote = verdien til `{ $key }` mangler avsluttende anførselstegn
ed-pg-passfile-open = passordfilen "{ $path }" kan leses av gruppen eller alle og brukes ikke; tilgangen bør være u=rw (0600) eller strengere (chmod 600 { $path })
ed-warning = advarsel: { $message }
ed-sqlite-integer = { $value } (et heltall)
ed-sqlite-real = { $value } (et flyttall)
ed-sqlite-blob = { $n ->
   *[other] en blob på { $bytes } byte
}
ed-cli-fail-on-empty = --fail-on er tom: kontrollen kan aldri feile
    .hint = oppgi statuser, f.eks. --fail-on { $example }
ed-cli-close-early = perioden { $cycle } varer til { $end }: den kan ikke lukkes { $as_of }
    .hint = lukk den fra og med { $end }, eller oppgi --force for å lukke den før tiden med tallene per { $as_of }
ed-cli-not-a-directory = { $path } er ikke en mappe
    .hint = opprett den først, f.eks. `mkdir -p man/man1`
ed-cli-man-pages = kan ikke skrive manualsidene i { $dir }
ed-cli-man-page = kan ikke lage manualsiden
ed-cli-not-an-okr-file = { $path } er ikke en av OKR-filene (hovedfilen og filene den inkluderer)
    .hint = legg eksperimentet til i OKR-hovedfilen eller i en fil den inkluderer
ed-cli-edit-invalid = { $path } er uendret: med denne endringen ville OKR-filen blitt ugyldig:
ed-cli-set-invalid = { $path } er uendret: med { $changes } ville OKR-filen blitt ugyldig:
ed-cli-next-ends-before-start = neste periode slutter ({ $end }) før den begynner ({ $start })
    .hint = --end er periodens siste dag, samme dag som --start eller senere
ed-cli-next-same-name = neste periode kan ikke hete det samme som nåværende periode, `{ $name }`
    .hint = gi den navn etter kvartalet, f.eks. 2027-Q1
ed-cli-next-starts-early = neste periode begynner { $start }, før den nåværende slutter ({ $end })
    .hint = la den begynne { $first } eller senere
ed-cli-next-no-record = { $cycle } har ikke noe periodearkiv ennå: tallene ville gått tapt
    .hint = kjør `okr close` først (den skriver { $record }), eller oppgi --force
ed-cli-next-invalid = ingenting ble skrevet: neste periodes filer ville blitt ugyldige:
    .hint = rett de nåværende filene (eller rediger for hånd), og kjør så okr next igjen
ed-cli-no-north-star = { $path } mangler [north_star]
    .hint = legg til [north_star] med name, metric, grain og target (se README: North Star)
ed-cli-report-format = kan ikke avgjøre formatet ut fra filnavnet { $path }
    .hint = gi filen endelsen .html eller .md, eller oppgi --format html|markdown (for PDF, skriv ut HTML-filen)
ed-cli-no-source-report = kilden ga ingen rapport
ed-cli-log-not-utf8 = innsjekkingsloggen er ikke gyldig UTF-8
ed-cli-report-wrote = skrev { $path } ({ $format }, { $kb } kB)
ed-cli-status-from-record = okr: måltallenes kilder kunne ikke leses ({ $reason }); viser periodearkivet { $record } som ble skrevet da perioden ble lukket { $date }
ed-cli-warning = okr: advarsel: { $warning }
ed-cli-validate-warning = advarsel: { $warning }
ed-cli-validate-no-values = måltall `{ $metric }`: kilden `{ $source }` har ingen verdier for `{ $column }`; fant: { $found }
ed-cli-validate-no-values-segment = måltall `{ $metric }`: kilden `{ $source }` har ingen verdier for `{ $column }` (segment `{ $segment }`); fant: { $found }
ed-cli-validate-found-nothing = ingenting
ed-cli-not-an-experiment = ingen eksperimenter har id-en `{ $id }`
    .objective = `{ $id }` er et mål, ikke et eksperiment
    .key-result = `{ $id }` er et nøkkelresultat, ikke et eksperiment
    .hint = `okr experiments` lister eksperimentene
    .hint-suggest = mente du `{ $best }`?

## Files the commands write
ed-cli-cannot-read-cwd = kan ikke lese gjeldende mappe
ed-cli-cannot-write-stdout = kan ikke skrive til standard ut
ed-cli-cannot-write = kan ikke skrive { $path }
ed-cli-cannot-write-reason = kan ikke skrive { $path }: { $reason }
ed-cli-cannot-sync = kan ikke synkronisere { $path }
ed-cli-cannot-read-link = kan ikke lese lenken { $path }

# Source notes (okr sources, -v, init --from); JSON keeps the English.
ed-note-decimal-sniffed = desimaltegnet `{ $mark }` utledet fra "{ $cell }" på linje { $line }
ed-note-decimal-us-dates = desimaltegnet `.`: "{ $cell }" på linje { $line } leses som tusener ved siden av amerikanske datoer (M/D/Å)
ed-note-utf16-no-bom = lest som { $encoding }: ingen byte-rekkefølgemerke, men annenhver byte er NUL
ed-note-windows-1252 = lest som Windows-1252: bytene er ikke UTF-8
ed-note-header-line = overskriftslinjen er linje { $line }: linjene før den er titler (sett `skip_rows = { $skip }` for å si det)
ed-note-table-chosen = leste tabell { $number } (overskrift på linje { $line }), slik `table` sier
ed-note-table-found = leste tabellen med overskrift på linje { $line }; overskriften på linje { $first } mangler de ønskede kolonnene
ed-note-totals-skipped = { $n ->
    [one] hoppet over { $count } totalrad (linje { $lines })
   *[other] hoppet over { $count } totalrader (linjene { $lines })
}
ed-note-no-data-rows = { $n ->
    [one] { $count } rad lød "No data available."
   *[other] { $count } rader lød "No data available."
}
ed-note-error-cells = { $n ->
    [one] { $count } celle lest som ingen data: NaN eller en regnearkfeil (den første: "{ $cell }" på linje { $line })
   *[other] { $count } celler lest som ingen data: NaN eller en regnearkfeil (den første: "{ $cell }" på linje { $line })
}
ed-note-uncounted-cells = { $n ->
    [one] { $count } celle utenfor perioden ble ikke lest som tall og telles ikke (den første: "{ $cell }" på linje { $line })
   *[other] { $count } celler utenfor perioden ble ikke lest som tall og telles ikke (den første: "{ $cell }" på linje { $line })
}
ed-note-no-rows-named = måltall `{ $key }`: ingen rader med navnet `{ $column }` i filen
ed-note-no-rows-named-between = måltall `{ $key }`: ingen rader med navnet `{ $column }` fra { $start } til { $end }
ed-note-stopped-at-table = stoppet på linje { $line }, der en annen tabell begynner ({ $columns })
ed-note-dates-day-first = dag før måned: datoene er påfølgende dager lest slik ("{ $cell }" på linje { $line } kan leses begge veier)
ed-note-dates-month-first = måned før dag: datoene er påfølgende dager lest slik ("{ $cell }" på linje { $line } kan leses begge veier)
ed-note-groups-read = { $n ->
    [one] { $count } gruppe lest fra { $database }
   *[other] { $count } grupper lest fra { $database }
}
## --- end: errors-data ---

## --- area: init-help ---

## okr init: what it says on stderr
init-wrote = skrev { $path }: rediger den, og kjør så `okr status -c { $path }`
init-cannot-write-in = kan ikke skrive i { $dir }: { $reason }
    .hint = opprett mappen først
init-export-is-directory = { $file } er en mappe
init-export-missing = { $file } finnes ikke
    .hint = oppgi CSV-filene verktøyene deres eksporterte, f.eks. `okr init --from data/*.csv`
init-left-out = advarsel: utelot { $file }: { $problem }
init-unread-at-line = linje { $line }: { $problem }
init-nothing-read = ingen eksport kunne leses: ingenting skrevet
init-cycle-backwards = perioden slutter ({ $end }) før den begynner ({ $start })
    .hint = bytt om --start og --end
init-cycle-name = { $start } til { $end }
init-cycle-not-quarter = --cycle { $cycle }: oppgi et kvartal, f.eks. 2026-Q1
    .hint = for andre perioder, oppgi --start og --end
init-relative = relativt til denne filen

## okr init: the starter file's comments (`# ` is added) and sample titles.
## TOML keys and values (sum, committed, month, ...) stay English.
init-starter-head =
    okrs.toml: målene og nøkkelresultatene deres, som `okr` leser.
    Kjør `okr status` i denne mappen; `okr validate` sjekker filen og dataene deres.
    Hver nøkkel er forklart i README ("The OKR file").
init-starter-dates = TOML-datoer, begge dagene inkludert
init-starter-settings = valgfritt; dette er standardverdiene
init-starter-at-risk = fremdrift / forventet under dette: i faresonen
init-starter-off-track = ... under dette: på etterskudd
init-starter-stall = ingen fremdrift på så lenge: står stille
init-starter-stale = nyeste datapunkt eldre enn dette: utdatert
init-starter-settle = et vindu yngre enn dette er for tidlig å vurdere: for tidlig
init-starter-language = okrs språk: en, sv, nb, da eller fi (ellers OKR_LANG, ellers engelsk)
init-starter-locale = tall: en-US, sv-SE, nb-NO, da-DK, fi-FI, ... (standard: språkets)
init-starter-sources =
    Hvor måltallenes verdier kommer fra: CSV-eksporter (skilletegn, desimaltegn og
    datoformat gjenkjennes). Fjern kommentartegnet og pek på filen deres:
init-starter-layout = long: date,metric,value[,segment]; wide: en datokolonne + én kolonne per måltall
init-starter-ratio = et forholdstall er sum(numerator) / sum(denominator)
init-starter-id = a-z, 0-9 og -; unik i alle filer
init-starter-type = committed (1,0 forventes) eller aspirational (0,7 er bra)
init-starter-manual =
    Et nøkkelresultat som sjekkes inn for hånd: `okr checkin survey 3,4` lagrer en
    verdi og dagen den ble målt (i checkins.csv ved siden av denne filen).
    Før første innsjekk har det ingen data, og det er ikke en null.
init-starter-milestone =
    En milepæl: ferdig eller ikke, innen en frist (standard: periodens slutt).
    `okr set launch done=true` markerer den som ferdig i dag.
init-starter-metric-kr = Et nøkkelresultat på et måltall (fjern kommentartegnet for kilden og måltallene over):
init-starter-window = cycle (standard) | day | week | month | quarter
init-starter-guardrails = Goodharts motvekt
init-starter-title-pipeline = Bygg en pipeline som salg elsker
init-starter-title-survey = Løft salgsteamets tilfredshetsscore fra 3,1 til 4,0
init-starter-title-launch = Lanser den nye prissiden
init-starter-title-mql = Øk MQL-er fra 400 til 900 i måneden

## okr init --from: the comments of the file built from the exports
init-from-head =
    okrs.toml: skrevet av `okr init --from` fra eksportene deres. Rediger
    målet, fjern kommentartegnet for nøkkelresultatene dere vil ha og sett målverdiene,
    og kjør så `okr status`. Hver nøkkel er forklart i README ("The OKR file").
init-from-settings = valgfritt; standardverdiene:
init-from-locale = tallformat: sv-SE, nb-NO, da-DK, fi-FI, ...
init-from-sources = Hvor verdiene kommer fra: én kilde per eksport.
init-from-read-as = { $file }: { $encoding }, { $layout } ({ $shape }), datoer i `{ $date_column }` som { $date_format }
init-from-wide-shape = en datokolonne og én kolonne per måltall
init-from-rows = { $n ->
    [one] { $rows } rad
   *[other] { $rows } rader
}, { $span }
init-from-span = { $first } til { $last }
init-from-no-dates = ingen daterte rader
init-from-ends-before = dataene slutter { $date }, før perioden: eksporter på nytt mens perioden pågår
init-from-starts-after = dataene begynner { $date }, etter perioden
init-from-title-lines = { $n ->
    [one] { $lines } tittellinje over kolonneoverskriftene hoppes over (leseren finner den)
   *[other] { $lines } tittellinjer over kolonneoverskriftene hoppes over (leseren finner dem)
}
init-from-other-table = ikke lest: tabell { $number }{ $title } på linje { $line } (`table = { $number }` leser den)
init-from-reader-note = leseren: { $note }
init-from-options = Slik leseren gjenkjente dem, skrevet ut så filen leses likt overalt:
init-from-date-format-kept =
    datoer gjenkjent som { $format }: leserens egen tolkning leser dem
    (sett `date_format` bare hvis den gjetter feil)
init-from-no-metric = ingen kolonne med tall ble funnet i den: ingen måltall leser den ennå
init-from-unread = { $file } ble ikke lest og er utelatt: { $problem }
init-from-metrics = Ett måltall per kolonne med tall (lange filer: per måltallsnavn).
init-from-sum = summeres over nøkkelresultatets vindu
init-from-count = et antall: summeres over nøkkelresultatets vindu
init-from-avg = en rate eller et gjennomsnitt: snittet over dagene (et forholdstall av to antall er eksakt)
init-from-percent = cellene har `%`: vises i prosent
init-from-currency = et beløp i { $unit }
init-from-ratio = { $numerator } / { $denominator } ser ut som en rate; et forholdstall er sum(numerator) / sum(denominator):
init-from-objective = Målet deres: det som skal være sant når perioden slutter.
init-from-objective-title = Skriv målet: det som skal være sant når perioden slutter
init-from-key-results =
    Ett nøkkelresultat per måltall: fjern kommentartegnet for dem dere vil ha og sett `target`.
    `start` er måltallets verdi i { $period }, den siste hele måneden før perioden.
init-from-kr-title = { $name } per måned: fra { $start } til målverdien
init-from-kr-title-no-start = { $name } per måned: til målverdien
init-from-kr-start = verdien i { $period }
init-from-kr-no-start = filen har ingen hel måned før perioden: sett startverdien
init-from-kr-target = sett den (start == target er en feil)

## --help: every command's about (.after: the text after the options),
## every argument's help (help-arg-X: global or shared; help-CMD-arg-X: one
## command's). English is clap's own text and is never replaced.
help-okr = OKR-er og et nordstjernemåltall fra TOML- og CSV-eksporter: tall alle kan stole på
    .after =
        Avslutningskoder: 0 alt er i orden; 1 `okr check` fant nøkkelresultater som ikke holder;
        2 feil bruk, feil i konfigurasjonen eller i dataene (meldingen sier hvor og hvorfor).

        Dokumentasjon: README.md; filformatet: `okr init` skriver en kommentert startfil.
help-status = Treet: nordstjerne, mål og nøkkelresultater med fremdrift, tempo og status
    .after =
        Eksempler:
          okr status                                  treet, per i dag
          okr status -c okrs.example.toml --as-of 2026-11-20
          okr status --owner marketing --format markdown
          okr status --objective pipeline --format json | jq .
          okr status --since 7d                       hva som har flyttet seg denne uken
help-status-arg-group-by = Grupper mål etter et taggprefiks, f.eks. `tag:flywheel` for flywheel:attract, flywheel:engage, ...
help-status-arg-since = Legg til kolonnen Endring: endringen i verdi og fremdrift siden denne dagen (ÅÅÅÅ-MM-DD, eller 7d / 2w før as-of-datoen)
help-check = CI-sperren: avslutningskode 1 når et nøkkelresultat er på etterskudd, står stille eller bryter en vaktgrense
    .after =
        Eksempler:
          okr check                                   feiler på off-track, stalled, guardrail-breached
          okr check --fail-on off-track,stale --warn-on at-risk
          okr check --format junit > okr-junit.xml    for testpaneler i CI
          okr check --format github                   merknader i GitHub Actions
help-check-arg-fail-on = Statuser som får sjekken til å feile (og `stale`), kommaseparert [standard: [check] fail_on, ellers off-track,stalled,guardrail-breached]
help-check-arg-warn-on = Statuser som meldes som advarsler uten å feile [standard: [check] warn_on, ellers at-risk,stale]
help-report = Kvartalsgjennomgangen: Markdown for wikien, eller én utskrivbar HTML-fil
    .after =
        Eksempler:
          okr report                                   gjennomgangen som Markdown, på stdout
          okr report -o review.html                    utskrivbar HTML (formatet følger filendelsen)
          okr report --format markdown --emoji > REVIEW.md
          okr report -c okrs.example.toml --as-of 2026-11-20 -o review.html --force
          okr report --since 2026-11-01 --owner marketing -o marketing.html

        Skriv ut HTML-filen fra en nettleser (Ctrl+P / Cmd+P): A4 eller Letter, én side per
        mål etter sammendraget; eller uten vindu:
          chromium --headless --no-pdf-header-footer --print-to-pdf=review.pdf review.html
help-report-arg-format = Utdataformat [standard: etter endelsen på -o-filen, ellers markdown]
help-report-arg-output = Skriv gjennomgangen til denne filen (hel eller ikke i det hele tatt) i stedet for stdout
help-report-arg-force = Erstatt -o-filen hvis den finnes
help-report-arg-since = «Hva som har flyttet seg» måles fra denne dagen (ÅÅÅÅ-MM-DD) [standard: periodens start]
help-report-arg-emoji = Markdown: sett en statusemoji foran hver status
help-north-star = Nordstjernen, dens drivende måltall og vaktmåltall per periode, med trend og tempoet som trengs
    .after =
        Eksempler:
          okr north-star                         per nordstjernens intervall over perioden
          okr nsm --last 4                       de fire siste periodene
          okr nsm --grain month --format csv     per måned, for et regneark
help-north-star-arg-grain = Perioder av denne lengden [standard: nordstjernens egen]
help-north-star-arg-last = Bare de N siste periodene
help-show = Ett nøkkelresultat eller mål i dybden: tall, hvorfor, hvordan det regnes ut, et diagram
    .after =
        Eksempler:
          okr show sqls-q4                            et nøkkelresultat: tall, hvorfor, diagram
          okr show pipeline                           et mål og alt under det
          okr show mql-monthly -c okrs.example.toml --as-of 2026-11-20
          okr show sqls-q4 --format json | jq .history.points
help-show-arg-id = Id-en til et nøkkelresultat eller et mål
help-digest = Ukeoppdateringen som chatmelding: tekst, Markdown, Slack eller Teams
    .after =
        Eksempler:
          okr digest                              hva som har flyttet seg denne uken, som tekst
          okr digest --format markdown >> "$GITHUB_STEP_SUMMARY"
          okr digest --format slack | curl -sS -X POST -H 'Content-Type: application/json' \
              --data-binary @- "$SLACK_WEBHOOK_URL"
          okr digest --format teams --since 2026-11-01
help-digest-arg-since = Endringer siden denne dagen: en dato, eller dager eller uker tilbake (7d, 2w)
help-digest-arg-owner = Bare det denne ansvarlige eier
help-experiments = Eksperimenter: backloggen etter ICE, det som pågår, seier- og tapstavlene
    .after =
        Eksempler:
          okr experiments                       pågående, backloggen etter ICE, seier- og tapstavler
          okr experiments --format markdown     for notatene fra ukens vekstmøte
          okr experiments --key-result mql-monthly
help-experiments-arg-key-result = Bare eksperimenter rettet mot dette nøkkelresultatet
help-experiments-arg-owner = Bare eksperimenter denne ansvarlige eier
help-experiment = Legg til, start eller avslutt et eksperiment i OKR-filen (beholder kommentarene)
    .after =
        Eksempler:
          okr experiment add gated-ebook --title "Gate the pricing e-book" \
              --key-result mql-monthly --impact 7 --confidence 5 --ease 8 \
              --metric mqls --expected-lift 0.2 --hypothesis "Lifts MQLs 20%"
          okr experiment start gated-ebook                 status running, start i dag
          okr experiment finish gated-ebook lost --learning "Few were called"
help-experiment-add = Legg til et eksperiment (en idé) i OKR-filen
help-experiment-add-arg-id = Det nye eksperimentets id (a-z, 0-9 og -)
help-experiment-add-arg-key-results = Et nøkkelresultat det skal flytte (gjenta for flere)
help-experiment-add-arg-impact = ICE: effekt 1-10
help-experiment-add-arg-confidence = ICE: tiltro 1-10
help-experiment-add-arg-ease = ICE: enkelhet 1-10
help-experiment-add-arg-metric = Måltallet som måles over eksperimentets datoer
help-experiment-add-arg-expected-lift = Den relative endringen som forventes (0.2 er +20 %)
help-experiment-add-arg-file = Filen det skal legges til i [standard: hovedfilen for OKR-er]
help-experiment-start = Marker at et eksperiment pågår fra en dag (standard i dag)
help-experiment-start-arg-date = Eksperimentets første dag [standard: i dag]
help-experiment-finish = Avslutt et eksperiment som won, lost eller inconclusive
help-experiment-finish-arg-outcome = Utfallet
help-experiment-finish-arg-date = Eksperimentets siste dag [standard: i dag]
help-experiment-finish-arg-learning = Hva teamet lærte (et mislykket eksperiment er også data)
help-checkin = Registrer verdien til et manuelt nøkkelresultat (eller at en milepæl er ferdig) i checkins.csv
    .after =
        Eksempler:
          okr checkin brand-survey 3.6                   dagens verdi
          okr checkin brand-survey 3,6 --date 2026-02-10 --note "panel of 400"
          okr checkin new-site --done --date 2026-02-20  en milepæl, ferdig den dagen
          okr checkin brand-survey                       spør etter verdien (i en terminal)
          okr checkin mql-monthly --confidence 6 --note "the webinar moved to March"
                                                         alle nøkkelresultater: hvor sikker du er, med egne ord
          okr checkin --all --owner marketing            ukens innsjekk: spør for hvert nøkkelresultat

        Raden havner i checkins.csv ved siden av OKR-filen (date, key_result, value,
        note, author, confidence); `okr log` viser dem, `okr status` regner med dem.
help-checkin-arg-id = Nøkkelresultatets id
help-checkin-arg-all = Gå gjennom alle nøkkelresultater (for --owner) i en terminal, og spør etter verdi, tiltro og notat for hvert
help-checkin-arg-owner = Med --all: bare nøkkelresultatene denne ansvarlige eier (egne eller via målet sitt)
help-checkin-arg-value = Verdien som er målt (3.4, 3,4 og 1 234,5 leses alle); spørres etter i en terminal når den utelates
help-checkin-arg-done = Marker en milepæl som ferdig
help-checkin-arg-date = Dagen verdien ble målt (ÅÅÅÅ-MM-DD) [standard: i dag]
help-checkin-arg-note = Et notat til historikken (`okr log`), sammendraget og gjennomgangen
help-checkin-arg-confidence = Hvor sikker du er på at nøkkelresultatet nås, 1-10; alle nøkkelresultater tar en, med eller uten verdi
help-log = Historikken over innsjekker, med notater og forfattere
    .after =
        Eksempler:
          okr log                          alle innsjekker, eldste først
          okr log brand-survey             ett nøkkelresultats
          okr log pipeline                 nøkkelresultatene til ett mål
          okr log --format csv > history.csv
help-log-arg-id = Bare dette nøkkelresultatet (eller nøkkelresultatene til dette målet)
help-set = Endre OKR-filen på stedet (f.eks. target=950), og behold kommentarer og oppsett
    .after =
        Eksempler:
          okr set mql-monthly target=950
          okr set brand-survey current=3.6 updated=2026-02-10
          okr set pipeline owner=growth weight=2
          okr set new-site due=2026-03-15 title="Launch the new website"

        Tall forblir tall, datoer forblir TOML-datoer, tekst settes i anførselstegn. Hele
        konfigurasjonen valideres med endringen før noe skrives; filen
        beholder alle kommentarer og oppsettet sitt.
help-set-arg-id = Id-en til et nøkkelresultat, mål eller eksperiment
help-set-arg-assignments = Det som skal settes, f.eks. target=950
help-validate = Sjekk OKR-filen og måltallsfilene; rapporter alle problemer som blir funnet
    .after =
        Eksempler:
          okr validate                       okrs.toml-filen som finnes herfra
          okr validate -c okrs.example.toml
help-sources = Hvordan hver kilde ble lest: tegnkoding, skilletegn, desimaltegn, datoer, hoppede rader
    .after =
        Eksempler:
          okr sources                         alle kildene i okrs.toml-filen som finnes herfra
          okr sources --source ga4            én kilde
          okr sources --format json | jq '.sources[] | {"{"}name, date_column, header_line{"}"}'

        Avslutningskoder: 0 alle kilder ble lest; 2 en kilde (eller OKR-filen) kunne ikke
        leses: meldingen sier hvor, og hintet nevner innstillingen som må settes.
help-sources-arg-source = Bare denne kilden (dens `name` under `[[sources]]`)
help-metrics = Måltallene i kildene: rader, manglende verdier, datoer, filer, og hvem som bruker dem
    .after =
        Eksempler:
          okr metrics                      alle måltall i alle kilder, og hvem som bruker dem
          okr metrics --format json | jq '.not_found'
          okr metrics --format csv > metrics.csv
help-close = Lukk perioden: skriv sluttallene, karakterene og lærdommene til <cycle>.review.json
    .after =
        Eksempler:
          okr close                          på eller etter periodens siste dag
          okr close --as-of 2026-12-31       posten per siste dag, uansett når du kjører det
          okr close --force                  lukk tidlig (tall per i dag), eller skriv posten på nytt

        Posten inneholder treet per periodens siste dag: verdier, fremdrift,
        karakterer, statuser og eksperimentene med lærdommene sine. Sjekk den inn: `okr
        status` leser den når eksportene er borte, `okr history` sammenligner perioder.
help-close-arg-force = Lukk før periodens siste dag, eller erstatt en eksisterende post
help-next = Gjør OKR-filene om til neste periodes: ferdige nøkkelresultater går ut, resten blir med videre
    .after =
        Eksempler:
          okr close && okr next 2027-Q1 --start 2027-01-01 --end 2027-03-31
          okr next 2027-Q1 --start 2027-01-01 --end 2027-03-31 --dry-run   diffen, ingenting skrives

        Ferdige nøkkelresultater går ut; uferdige blir med `start` satt til
        sluttverdien og en kommentar om det; avsluttede eksperimenter går ut (lærdommene
        deres står i den lukkede periodens post).
help-next-arg-name = Navnet på neste periode, f.eks. 2027-Q1
help-next-arg-start = Dens første dag
help-next-arg-end = Dens siste dag
help-next-arg-dry-run = Skriv ut diffen for hver fil; skriv ingenting
help-next-arg-force = Fortsett selv om gjeldende periode ikke har noen post (`okr close`) ennå
help-history = Karakterer og nordstjernen over de lukkede periodene (deres .review.json-poster)
    .after =
        Eksempler:
          okr history                    alle lukkede perioder ved siden av OKR-filen
          okr history --format json      for et dashbord
help-init = Skriv en kommentert startfil okrs.toml, eller en bygd fra eksportene deres med --from (overskriver aldri uten --force)
    .after =
        Eksempler:
          okr init                            skriver ./okrs.toml for inneværende kvartal
          okr init team.toml --force          erstatter team.toml
          okr init --from data/*.csv          en kilde og måltall per eksport, nøkkelresultater å fylle ut
          okr init --from data/*.csv --cycle 2026-Q1 --dry-run
                                              skriver ut hva den ville skrevet for det kvartalet
          okr init -o team.toml --from data/*.csv
                                              et annet filnavn (FILE... tar alle navn etter --from)
help-init-arg-path = Hvor filen skal skrives
help-init-arg-output = Hvor filen skal skrives (det samme som PATH)
help-init-arg-force = Erstatt filen hvis den finnes
help-init-arg-from = Bygg filen fra disse eksportene (CSV): en kilde per fil, ett måltall per kolonne med tall
help-init-arg-cycle = Perioden, et kvartal som 2026-Q1 [standard: dagens kvartal]
help-init-arg-start = Periodens første dag (med --end)
help-init-arg-end = Periodens siste dag (med --start)
help-init-arg-dry-run = Skriv ut filen i stedet for å lagre den
help-init-arg-as-of = I dag, for standardperioden (ÅÅÅÅ-MM-DD) [standard: i dag]
help-init-arg-allow-path = La eksportene ligge i DIR, utenfor prosjektet (kan gjentas; også OKR_ALLOW_PATHS)
help-completions = Skriv ut et skript for fullføring i skallet (bash, zsh, fish, powershell, elvish)
    .after =
        Eksempler:
          okr completions bash > ~/.local/share/bash-completion/completions/okr
          okr completions zsh > "${"{"}fpath[1]{"}"}/_okr"
          okr completions fish > ~/.config/fish/completions/okr.fish
          okr completions powershell >> $PROFILE
          okr completions elvish > ~/.config/elvish/lib/okr.elv
help-completions-arg-shell = Skallet det skal fullføres i
help-man = Skriv ut manualsiden (roff), eller skriv én per kommando med --dir (sidene er på engelsk)
    .after =
        Eksempler:
          okr man | man -l -                          les den nå
          okr man > ~/.local/share/man/man1/okr.1
          okr man --dir ~/.local/share/man/man1       okr.1 pluss okr-status.1, okr-check.1, ...
help-man-arg-dir = Skriv én side per kommando (okr.1, okr-status.1, ...) i denne mappen i stedet for å skrive ut okr.1

## Arguments every command has, or several share
help-arg-config = OKR-filen [standard: okrs.toml her eller i nærmeste overordnede mappe]
help-arg-as-of = Vurder per denne dagen (ÅÅÅÅ-MM-DD) [standard: i dag]
help-arg-color = Når utdataene skal fargelegges (NO_COLOR respekteres med auto)
help-arg-quiet = Skriv bare ut det som betyr noe (feil og brudd)
help-arg-verbose = Fortell på stderr hvordan hver kilde ble lest (tegnkodinger, hoppede rader)
help-arg-allow-path = La OKR-filer vise til filer i DIR også (kan gjentas; også OKR_ALLOW_PATHS, `:`-separert)
help-arg-allow-commands = La kilder av typen "command" kjøre programmene sine (alle, eller bare PROGRAMS, kommaseparert; også OKR_ALLOW_COMMANDS)
help-arg-lang = Språket for alle ord mennesker leser: en, sv, nb, da, fi (ellers `[settings] language`, ellers OKR_LANG, ellers engelsk)
help-arg-format = Utdataformat
help-arg-owner = Bare mål (og nøkkelresultatene deres) som denne ansvarlige eier
help-arg-objective = Bare dette målet og målene som er knyttet under det
help-arg-id = Eksperimentets id
help-init-arg-lang = Språket for kommentarene og eksempeltitlene: en, sv, nb, da, fi (ellers OKR_LANG, ellers engelsk); skrives inn i `[settings]`

## clap's own words: the headings, the help flag and subcommand, the
## default and the possible values after an argument's help
help-usage = Bruk
    .options = VALG
    .command = KOMMANDO
help-heading-commands = Kommandoer
help-heading-arguments = Argumenter
help-heading-options = Valg
help-default = [standard: { $value }]
help-possible-values = [mulige verdier: { $values }]
help-help = Skriv ut denne meldingen eller hjelpen for de angitte underkommandoene
help-arg-help = Vis hjelp
    .more = Vis hjelp (mer med '--help')
    .summary = Vis hjelp (et sammendrag med '-h')
help-arg-version = Vis versjon

## clap's usage errors, sentence by sentence (the values as typed)
help-error-unknown-argument = ukjent argument '{ $arg }'
help-error-pass-as-value = for å gi '{ $arg }' som verdi, skriv '-- { $arg }'
help-error-unknown-subcommand = ukjent underkommando '{ $subcommand }'
help-error-value-required = '{ $arg }' trenger en verdi, men ingen ble gitt
help-error-invalid-value = ugyldig verdi '{ $value }' for '{ $arg }'
help-error-missing-required = disse påkrevde argumentene mangler:
help-error-repeated = argumentet '{ $arg }' kan bare brukes én gang
help-error-conflict = argumentet '{ $arg }' kan ikke brukes sammen med '{ $other }'
help-error-conflict-many = argumentet '{ $arg }' kan ikke brukes sammen med:
help-error-too-many = uventet verdi '{ $value }' for '{ $arg }'; ingen flere verdier var ventet
help-error-missing-subcommand = '{ $command }' trenger et underkommando, men ingen ble gitt
help-error-no-equals = et likhetstegn trengs når '{ $arg }' får en verdi
help-error-subcommands = [underkommandoer: { $subcommands }]
help-error-similar-argument = { $n ->
    [one] det finnes et lignende argument: { $names }
   *[other] det finnes lignende argumenter: { $names }
}
help-error-similar-subcommand = { $n ->
    [one] det finnes en lignende underkommando: { $names }
   *[other] det finnes lignende underkommandoer: { $names }
}
help-error-similar-value = { $n ->
    [one] det finnes en lignende verdi: { $names }
   *[other] det finnes lignende verdier: { $names }
}
help-error-tip = tips
help-error-more = Mer informasjon får du med '{ $flag }'.

## --- end: init-help ---
