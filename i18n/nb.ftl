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
digest-no-data = ingen data
digest-before-cycle = før perioden
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
