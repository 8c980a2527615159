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
error-invalid-number = kolonne `{ $column }`: ugyldig tall "{ $found }"

## --- end: errors-data ---

## --- area: init-help ---

## --- end: init-help ---
