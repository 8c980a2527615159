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

## --- end: status ---

## --- area: check ---

## okr check: the marks before a failing and a warned key result, and the
## summary line. (The reasons under each are the area "status"'s.)
chk-fail = FEL
chk-warn = varning
chk-stale = inaktuell
chk-summary = { $cycle } per { $date }: { $failing ->
    [one] { $failing } underkänt
   *[other] { $failing } underkända
}, { $warnings ->
    [one] { $warnings } varning
   *[other] { $warnings } varningar
}, { $passing ->
    [one] { $passing } godkänt
   *[other] { $passing } godkända
}
chk-junit-warning = varning: { $message }

## okr digest (text, Markdown, Slack, Teams)
digest-title = OKR-lägesrapport — { $cycle }
digest-context = Per { $date } · förändringar sedan { $since } · { $state } ({ $start } – { $end })
digest-no-data = ingen data
digest-before-cycle = före perioden
## $grain: day, week, month or quarter
digest-ns-change = { $change } jämfört med { $grain ->
    [day] dagen
    [week] veckan
    [month] månaden
   *[quarter] kvartalet
} innan
digest-ns-target = målvärde { $target }
digest-kr-change = ({ $change }, framsteg { $progress })
digest-status-was = { $now }, var { $was }
digest-confidence = tilltro { $value }/10
digest-owner = ansvarig { $owner }
digest-no-owner = ingen ansvarig
digest-note = ”{ $note }” ({ $date })
digest-moved = Förändringar sedan { $date }
digest-moved-none = Inget har rört sig.
digest-attention = Behöver uppmärksamhet
digest-attention-none = Inget är efter plan, står still, i riskzonen eller bryter en skyddsgräns.
digest-wins = Framgångar
digest-wins-none = Inga framgångar den här gången: ett missat nyckelresultat är data, inte skam.
digest-win-done = klart · { $objective }
digest-experiment-won = experimentet lyckades
digest-experiment-won-by = experimentet lyckades · { $owner }
## A count of key results by status: $words is the status in words, $status
## its interface name (done, on-track, ...) to choose a form by.
digest-count = { $status ->
    [done] { $n ->
        [one] { $n } klart
       *[other] { $n } klara
    }
    [guardrail-breached] { $n } med bruten skyddsgräns
   *[other] { $n } { $words }
}
digest-counts = Nyckelresultat: { $counts }.
digest-no-key-results = Inga nyckelresultat.
digest-slack-cut = Mer i `okr status`: meddelandet kortades till Slacks gräns på 50 block.

## okr experiments (table and Markdown)
exp-title = Experiment · { $cycle } · per { $date }
exp-md-title = Experiment — { $cycle } (per { $date })
exp-running = Pågår
exp-backlog = Backlogg (efter ICE-poäng)
exp-won = Lyckade experiment
exp-lost = Misslyckade experiment (data, inte skam)
exp-inconclusive = Inget utfall
exp-col-experiment = Experiment
exp-col-key-results = Nyckelresultat
exp-col-owner = Ansvarig
exp-col-ice = ICE
exp-col-dates = Datum
exp-col-lift = Effekt
exp-col-learning = Lärdom
exp-learned = lärdom: { $learning }
exp-from = från { $date }
exp-until = till { $date }
exp-lift-so-far = { $lift } hittills
exp-lift-expected = { $lift } (förväntat { $expected })
exp-no-dates = inga datum
exp-no-baseline = ingen baslinje
exp-no-data = ingen data
exp-needs-experiment = efter plan eller står still utan pågående experiment: { $ids }
exp-md-needs-experiment = Efter plan eller står still utan pågående experiment: { $ids }
exp-none = Inga experiment än: lägg till [[experiments]] i OKR-filen (se README: Experiments).

## okr metrics
inv-col-source = Källa
inv-col-metric = Mått
inv-col-rows = Rader
inv-col-missing = Saknas
inv-col-first = Första
inv-col-last = Senaste
inv-col-used-by = Används av
inv-col-file = Fil
inv-none-found = (inga mått hittades i källorna)
inv-column = `{ $column }`
inv-column-segment = `{ $column }` (segment `{ $segment }`)
inv-no-data = ingen data: måttet `{ $metric }`{ $key_results } läser { $column } från källan `{ $source }`, som saknar värden för det{ $hint }
inv-no-data-key-results = ({ $n ->
    [one] nyckelresultat
   *[other] nyckelresultat
}: { $ids })
inv-no-data-did-you-mean = ; menade du `{ $best }`? skriv column = "{ $best }" under [metrics.{ $metric }]

## okr sources: a label per line, then what it says
inv-label-encoding = kodning
inv-label-delimiter = avgränsare
inv-label-header = rubrikrad
inv-label-dates = datum
inv-label-totals = summor
inv-label-not-read = ej läst
inv-label-columns = kolumner
inv-label-metric = mått
inv-label-note = notering
inv-delimiter = `{ $delimiter }`, decimaltecken `{ $decimal }`
inv-table-of = tabell { $table } av { $tables }
inv-table-of-titled = tabell { $table } av { $tables } ”{ $title }”
inv-under-title-lines = under { $n ->
    [one] { $count } titelrad
   *[other] { $count } titelrader
}
inv-table-lacks-columns = tabellen på rad { $line } saknar de efterfrågade kolumnerna
inv-header-line = rad { $line }
inv-dates = kolumnen `{ $column }` som { $format }: { $span }, { $n ->
    [one] { $rows } rad
   *[other] { $rows } rader
}
inv-totals = hoppade över { $n ->
    [one] { $rows } rad (rad { $lines })
   *[other] { $rows } rader (raderna { $lines })
}
inv-not-read = tabell { $table } på rad { $line } (`table = { $table }` läser den): { $columns }
inv-not-read-titled = tabell { $table } ”{ $title }” på rad { $line } (`table = { $table }` läser den): { $columns }
inv-metric-read = { $metric } <- { $column }: { $n ->
    [one] { $rows } rad
   *[other] { $rows } rader
}, { $missing } saknas, { $span }
inv-span = { $first } till { $last }
inv-no-dates = inga datum
inv-kind-date = datum
inv-kind-number = tal
inv-kind-text = text
inv-kind-empty = tom

## okr log
log-col-date = Datum
log-col-key-result = Nyckelresultat
log-col-value = Värde
log-col-confidence = Tilltro
log-col-note = Notering
log-col-author = Inlagd av
log-done = klar
log-empty = inga avstämningar än i { $file }: `okr checkin KR-ID VALUE` lägger till en

## okr history
hist-none = Inga avslutade perioder än: `okr close` skriver periodens sammanställning på dess sista dag.
hist-md-title = OKR-historik
hist-md-none = Inga avslutade perioder än.
hist-col-cycle = Period
hist-col-dates = Datum
hist-col-grade = Betyg
hist-col-done = Klara
hist-col-north-star = Nordstjärna
hist-col-objective = Mål
hist-col-type = Typ
hist-col-status = Status
hist-north-star = { $value } av { $target } ({ $status })
hist-done-of = { $done } av { $total }
hist-objective = { $title } ({ $kind }, { $status })

## What the commands say they did (stderr; okr validate's line on stdout)
cmd-checkin-logged = { $id }: { $what } den { $date }, sparad i { $file }
cmd-checkin-logged-was = { $id }: { $what } den { $date } (var { $before } den { $before_date }), sparad i { $file }
cmd-checkin-done = klar
cmd-checkin-no-value = inget värde
cmd-checkin-with-confidence = { $what }, tilltro { $confidence }/10
cmd-checkin-all-logged = { $n ->
    [one] { $count } avstämning sparad
   *[other] { $count } avstämningar sparade
} i { $file }
## okr checkin's questions on a terminal
cmd-checkin-current = nu
cmd-checkin-target = målvärde
cmd-checkin-none-yet = inget än
cmd-checkin-value-on = { $value } den { $date }
cmd-checkin-target-from = { $target } (från { $start })
cmd-checkin-at-least = minst { $value }
cmd-checkin-at-most = högst { $value }
cmd-checkin-ask-value = Värde den { $date }
cmd-checkin-value-again = { $why }; ett tal som 3,4, eller Enter för att hoppa över
cmd-checkin-ask-confidence = Tilltro 1–10 (Enter för att hoppa över)
cmd-checkin-ask-note = Notering (Enter för att hoppa över)
cmd-checkin-ask-done = Klar? [j/N]
## The answers that mean yes (besides y and yes), separated by spaces
cmd-checkin-yes = j ja
## $kind: objective, key-result or experiment
cmd-set-updated = { $kind ->
    [objective] målet
    [experiment] experimentet
   *[key-result] nyckelresultatet
} `{ $id }` i { $file } uppdaterat: { $changes }
cmd-set-unchanged = { $kind ->
    [objective] målet
    [experiment] experimentet
   *[key-result] nyckelresultatet
} `{ $id }` i { $file } oförändrat: { $changes }
cmd-experiment-added = experimentet `{ $id }` lades till i { $file }
cmd-experiment-started = experimentet `{ $id }` startades i { $file }
cmd-experiment-finished = experimentet `{ $id }` avslutades i { $file }
cmd-close-closed = avslutade { $cycle } per { $date }: skrev { $file } (betyg: { $grades })
cmd-next-started = startade { $name } ({ $start } – { $end }) efter { $old }: { $n ->
    [one] { $carried } nyckelresultat
   *[other] { $carried } nyckelresultat
} flyttades över, { $left } togs bort
cmd-next-would-start = skulle starta { $name } ({ $start } – { $end }) efter { $old }: { $n ->
    [one] { $carried } nyckelresultat
   *[other] { $carried } nyckelresultat
} skulle flyttas över, { $left } tas bort (inget skrevs)
cmd-next-carried = flyttat
cmd-next-left = borttaget
cmd-validate-ok = ok: { $file }: { $objectives }, { $key_results }, { $metrics }, { $sources } ({ $rows }), { $experiments }

## Counts: $count is the number as written, $n chooses the form; .word is
## the noun alone as it follows a count
plural-day = { $n ->
    [one] { $count } dag
   *[other] { $count } dagar
}
    .word = { $n ->
        [one] dag
       *[other] dagar
    }
plural-week = { $n ->
    [one] { $count } vecka
   *[other] { $count } veckor
}
    .word = { $n ->
        [one] vecka
       *[other] veckor
    }
plural-month = { $n ->
    [one] { $count } månad
   *[other] { $count } månader
}
    .word = { $n ->
        [one] månad
       *[other] månader
    }
plural-quarter = { $n ->
    [one] { $count } kvartal
   *[other] { $count } kvartal
}
    .word = { $n ->
        [one] kvartal
       *[other] kvartal
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
    [one] { $count } rad
   *[other] { $count } rader
}
    .word = { $n ->
        [one] rad
       *[other] rader
    }
plural-title-line = { $n ->
    [one] { $count } titelrad
   *[other] { $count } titelrader
}
    .word = { $n ->
        [one] titelrad
       *[other] titelrader
    }
plural-column = { $n ->
    [one] { $count } kolumn
   *[other] { $count } kolumner
}
    .word = { $n ->
        [one] kolumn
       *[other] kolumner
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
    [one] { $count } nyckelresultat
   *[other] { $count } nyckelresultat
}
    .word = { $n ->
        [one] nyckelresultat
       *[other] nyckelresultat
    }
plural-metric = { $n ->
    [one] { $count } mått
   *[other] { $count } mått
}
    .word = { $n ->
        [one] mått
       *[other] mått
    }
plural-source = { $n ->
    [one] { $count } källa
   *[other] { $count } källor
}
    .word = { $n ->
        [one] källa
       *[other] källor
    }
plural-experiment = { $n ->
    [one] { $count } experiment
   *[other] { $count } experiment
}
    .word = { $n ->
        [one] experiment
       *[other] experiment
    }
plural-check-in = { $n ->
    [one] { $count } avstämning
   *[other] { $count } avstämningar
}
    .word = { $n ->
        [one] avstämning
       *[other] avstämningar
    }
plural-warning = { $n ->
    [one] { $count } varning
   *[other] { $count } varningar
}
    .word = { $n ->
        [one] varning
       *[other] varningar
    }

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
