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

## --- end: status ---

## --- area: check ---

## okr check: the marks before a failing and a warned key result, and the
## summary line. (The reasons under each are the area "status"'s.)
chk-fail = FEJL
chk-warn = advarsel
chk-stale = forældet
chk-summary = { $cycle } pr. { $date }: { $failing } fejlet, { $warnings ->
    [one] { $warnings } advarsel
   *[other] { $warnings } advarsler
}, { $passing } bestået
chk-junit-warning = advarsel: { $message }

## okr digest (text, Markdown, Slack, Teams)
digest-title = OKR-statusopdatering — { $cycle }
digest-context = Pr. { $date } · ændringer siden { $since } · { $state } ({ $start } – { $end })
digest-no-data = ingen data
digest-before-cycle = før perioden
## $grain: day, week, month or quarter
digest-ns-change = { $change } i forhold til { $grain ->
    [day] dagen
    [week] ugen
    [month] måneden
   *[quarter] kvartalet
} før
digest-ns-target = målværdi { $target }
digest-kr-change = ({ $change }, fremdrift { $progress })
digest-status-was = { $now }, var { $was }
digest-confidence = tiltro { $value }/10
digest-owner = ansvarlig { $owner }
digest-no-owner = ingen ansvarlig
digest-note = »{ $note }« ({ $date })
digest-moved = Ændringer siden { $date }
digest-moved-none = Intet har flyttet sig.
digest-attention = Kræver opmærksomhed
digest-attention-none = Intet er bagud, står stille, er i risiko eller bryder en værnegrænse.
digest-wins = Sejre
digest-wins-none = Ingen sejre denne gang: et mislykket nøgleresultat er data, ikke skam.
digest-win-done = færdig · { $objective }
digest-experiment-won = eksperimentet lykkedes
digest-experiment-won-by = eksperimentet lykkedes · { $owner }
## A count of key results by status: $words is the status in words, $status
## its interface name (done, on-track, ...) to choose a form by.
digest-count = { $status ->
    [done] { $n ->
        [one] { $n } færdigt
       *[other] { $n } færdige
    }
    [guardrail-breached] { $n } med brudt værnegrænse
   *[other] { $n } { $words }
}
digest-counts = Nøgleresultater: { $counts }.
digest-no-key-results = Ingen nøgleresultater.
digest-slack-cut = Mere i `okr status`: beskeden blev kortet ned til Slacks grænse på 50 blokke.

## okr experiments (table and Markdown)
exp-title = Eksperimenter · { $cycle } · pr. { $date }
exp-md-title = Eksperimenter — { $cycle } (pr. { $date })
exp-running = Kører
exp-backlog = Backlog (efter ICE-score)
exp-won = Vellykkede eksperimenter
exp-lost = Mislykkede eksperimenter (data, ikke skam)
exp-inconclusive = Uafklaret
exp-col-experiment = Eksperiment
exp-col-key-results = Nøgleresultater
exp-col-owner = Ansvarlig
exp-col-ice = ICE
exp-col-dates = Datoer
exp-col-lift = Effekt
exp-col-learning = Læring
exp-learned = læring: { $learning }
exp-from = fra { $date }
exp-until = til { $date }
exp-lift-so-far = { $lift } indtil nu
exp-lift-expected = { $lift } (forventet { $expected })
exp-no-dates = ingen datoer
exp-no-baseline = ingen basislinje
exp-no-data = ingen data
exp-needs-experiment = bagud eller står stille uden et kørende eksperiment: { $ids }
exp-md-needs-experiment = Bagud eller står stille uden et kørende eksperiment: { $ids }
exp-none = Ingen eksperimenter endnu: tilføj [[experiments]] i OKR-filen (se README: Experiments).

## okr metrics
inv-col-source = Kilde
inv-col-metric = Måltal
inv-col-rows = Rækker
inv-col-missing = Mangler
inv-col-first = Første
inv-col-last = Sidste
inv-col-used-by = Brugt af
inv-col-file = Fil
inv-none-found = (ingen måltal fundet i kilderne)
inv-column = `{ $column }`
inv-column-segment = `{ $column }` (segment `{ $segment }`)
inv-no-data = ingen data: måltallet `{ $metric }`{ $key_results } læser { $column } fra kilden `{ $source }`, som ikke har værdier for det{ $hint }
inv-no-data-key-results = ({ $n ->
    [one] nøgleresultat
   *[other] nøgleresultater
}: { $ids })
inv-no-data-did-you-mean = ; mente du `{ $best }`? sæt column = "{ $best }" under [metrics.{ $metric }]

## okr sources: a label per line, then what it says
inv-label-encoding = tegnsæt
inv-label-delimiter = skilletegn
inv-label-header = overskrift
inv-label-dates = datoer
inv-label-totals = totaler
inv-label-not-read = ikke læst
inv-label-columns = kolonner
inv-label-metric = måltal
inv-label-note = bemærkning
inv-delimiter = `{ $delimiter }`, decimaltegn `{ $decimal }`
inv-table-of = tabel { $table } af { $tables }
inv-table-of-titled = tabel { $table } af { $tables } »{ $title }«
inv-under-title-lines = under { $n ->
    [one] { $count } titellinje
   *[other] { $count } titellinjer
}
inv-table-lacks-columns = tabellen på linje { $line } mangler de ønskede kolonner
inv-header-line = linje { $line }
inv-dates = kolonnen `{ $column }` som { $format }: { $span }, { $n ->
    [one] { $rows } række
   *[other] { $rows } rækker
}
inv-totals = sprang over { $n ->
    [one] { $rows } række (linje { $lines })
   *[other] { $rows } rækker (linje { $lines })
}
inv-not-read = tabel { $table } på linje { $line } (`table = { $table }` læser den): { $columns }
inv-not-read-titled = tabel { $table } »{ $title }« på linje { $line } (`table = { $table }` læser den): { $columns }
inv-metric-read = { $metric } <- { $column }: { $n ->
    [one] { $rows } række
   *[other] { $rows } rækker
}, { $missing } mangler, { $span }
inv-span = { $first } til { $last }
inv-no-dates = ingen datoer
inv-kind-date = dato
inv-kind-number = tal
inv-kind-text = tekst
inv-kind-empty = tom

## okr log
log-col-date = Dato
log-col-key-result = Nøgleresultat
log-col-value = Værdi
log-col-confidence = Tiltro
log-col-note = Bemærkning
log-col-author = Registreret af
log-done = færdig
log-empty = ingen opfølgninger endnu i { $file }: `okr checkin KR-ID VALUE` registrerer en

## okr history
hist-none = Ingen afsluttede perioder endnu: `okr close` skriver periodens opgørelse på dens sidste dag.
hist-md-title = OKR-historik
hist-md-none = Ingen afsluttede perioder endnu.
hist-col-cycle = Periode
hist-col-dates = Datoer
hist-col-grade = Karakter
hist-col-done = Færdige
hist-col-north-star = Nordstjerne
hist-col-objective = Mål
hist-col-type = Type
hist-col-status = Status
hist-north-star = { $value } af { $target } ({ $status })
hist-done-of = { $done } af { $total }
hist-objective = { $title } ({ $kind }, { $status })

## What the commands say they did (stderr; okr validate's line on stdout)
cmd-checkin-logged = { $id }: { $what } den { $date }, gemt i { $file }
cmd-checkin-logged-was = { $id }: { $what } den { $date } (var { $before } den { $before_date }), gemt i { $file }
cmd-checkin-done = færdig
cmd-checkin-no-value = ingen værdi
cmd-checkin-with-confidence = { $what }, tiltro { $confidence }/10
cmd-checkin-all-logged = { $n ->
    [one] { $count } opfølgning
   *[other] { $count } opfølgninger
} gemt i { $file }
## okr checkin's questions on a terminal
cmd-checkin-current = nu
cmd-checkin-target = målværdi
cmd-checkin-none-yet = ingen endnu
cmd-checkin-value-on = { $value } den { $date }
cmd-checkin-target-from = { $target } (fra { $start })
cmd-checkin-at-least = mindst { $value }
cmd-checkin-at-most = højst { $value }
cmd-checkin-ask-value = Værdi den { $date }
cmd-checkin-value-again = { $why }; et tal som 3,4, eller Enter for at springe over
cmd-checkin-ask-confidence = Tiltro 1–10 (Enter for at springe over)
cmd-checkin-ask-note = Bemærkning (Enter for at springe over)
cmd-checkin-ask-done = Færdig? [j/N]
## The answers that mean yes (besides y and yes), separated by spaces
cmd-checkin-yes = j ja
## $kind: objective, key-result or experiment
cmd-set-updated = { $kind ->
    [objective] målet
    [experiment] eksperimentet
   *[key-result] nøgleresultatet
} `{ $id }` i { $file } opdateret: { $changes }
cmd-set-unchanged = { $kind ->
    [objective] målet
    [experiment] eksperimentet
   *[key-result] nøgleresultatet
} `{ $id }` i { $file } uændret: { $changes }
cmd-experiment-added = eksperimentet `{ $id }` tilføjet i { $file }
cmd-experiment-started = eksperimentet `{ $id }` startet i { $file }
cmd-experiment-finished = eksperimentet `{ $id }` afsluttet i { $file }
cmd-close-closed = afsluttede { $cycle } pr. { $date }: skrev { $file } (karakterer: { $grades })
cmd-next-started = startede { $name } ({ $start } – { $end }) efter { $old }: { $n ->
    [one] { $carried } nøgleresultat
   *[other] { $carried } nøgleresultater
} videreført, { $left } fjernet
cmd-next-would-start = ville starte { $name } ({ $start } – { $end }) efter { $old }: { $n ->
    [one] { $carried } nøgleresultat
   *[other] { $carried } nøgleresultater
} videreført, { $left } fjernet (intet skrevet)
cmd-next-carried = videreført
cmd-next-left = fjernet
cmd-validate-ok = ok: { $file }: { $objectives }, { $key_results }, { $metrics }, { $sources } ({ $rows }), { $experiments }

## Counts: $count is the number as written, $n chooses the form; .word is
## the noun alone as it follows a count
plural-day = { $n ->
    [one] { $count } dag
   *[other] { $count } dage
}
    .word = { $n ->
        [one] dag
       *[other] dage
    }
plural-week = { $n ->
    [one] { $count } uge
   *[other] { $count } uger
}
    .word = { $n ->
        [one] uge
       *[other] uger
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
    [one] { $count } række
   *[other] { $count } rækker
}
    .word = { $n ->
        [one] række
       *[other] rækker
    }
plural-data-row = { $n ->
    [one] { $count } datarække
   *[other] { $count } datarækker
}
    .word = { $n ->
        [one] datarække
       *[other] datarækker
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
    [one] { $count } titellinje
   *[other] { $count } titellinjer
}
    .word = { $n ->
        [one] titellinje
       *[other] titellinjer
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
    [one] { $count } nøgleresultat
   *[other] { $count } nøgleresultater
}
    .word = { $n ->
        [one] nøgleresultat
       *[other] nøgleresultater
    }
plural-metric = { $n ->
    [one] { $count } måltal
   *[other] { $count } måltal
}
    .word = { $n ->
        [one] måltal
       *[other] måltal
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
    [one] { $count } opfølgning
   *[other] { $count } opfølgninger
}
    .word = { $n ->
        [one] opfølgning
       *[other] opfølgninger
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
error-unknown-language = ukendt sprog "{ $found }"
    .hint-suggest = skriv "{ $code }"
    .hint = et af { $codes }

## --- end: errors-config ---

## --- area: errors-data ---
error-invalid-number = kolonne `{ $column }`: ugyldigt tal "{ $found }"

## --- end: errors-data ---

## --- area: init-help ---

## --- end: init-help ---
