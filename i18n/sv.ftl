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
ec-either = `{ $a }` eller `{ $b }`
ec-thing-objective = mål
ec-thing-key-result = nyckelresultat
ec-thing-experiment = experiment
ec-did-you-mean = menade du `{ $best }`?

## Finding and reading the files
ec-is-a-directory = { $path } är en mapp, inte en OKR-fil
    .hint-inside = peka -c på TOML-filen, t.ex. { $inside }
    .hint = ange sökvägen till en .toml-fil
ec-no-okr-file = ingen { $file } hittades i { $dir } eller någon mapp ovanför
    .hint = kör `okr init` för att skriva en startfil, eller ange `-c PATH` (eller sätt OKR_CONFIG)
ec-cannot-read = kan inte läsa { $path }: { $reason }
    .hint-not-found = kontrollera sökvägen; `okr init` skriver en startfil okrs.toml
    .hint-permission = kontrollera filens behörigheter
    .hint = kontrollera att filen går att läsa
ec-too-large = { $path } är större än { $mib } MiB, för stor för en OKR-fil
    .hint = dela upp den med `include = ["teams/*.toml"]`
ec-not-utf8 = OKR-filen är inte giltig UTF-8
    .hint = spara filen som UTF-8

## Includes
ec-includes-too-deep = inkluderingarna är nästlade djupare än { $max } filer
    .hint = inkludera filerna från en fil närmare OKR-huvudfilen
ec-include-pattern-double-star = ogiltigt include-mönster: jokertecknet `**` måste vara en hel del av sökvägen, t.ex. teams/**/*.toml
ec-include-pattern-too-many = ogiltigt include-mönster: mönstret går igenom fler än { $max } poster i mappar
ec-include-pattern-glob = ogiltigt include-mönster: { $message }
    .hint = ange en sökväg eller ett mönster som "teams/*.toml"
ec-include-missing = den inkluderade filen { $path } finns inte
    .hint = include-sökvägar är relativa till filen som anger dem
ec-too-many-includes = OKR-filen inkluderar fler än { $files } filer eller { $mib } MiB text
    .hint = dela upp OKR-filerna per period eller team, eller inkludera färre filer

## TOML and its shape
ec-toml-syntax = ogiltig TOML: { $message }
    .hint = filen är inte giltig TOML här: text skrivs inom citattecken ("..."), tal som 1234.5, datum som 2026-01-01, tabeller som [namn]
ec-unknown-key = okänd nyckel `{ $found }`, { $n ->
        [0] inga nycklar är tillåtna här
        [1] förväntade { $known }
        [2] förväntade { $known }
       *[other] förväntade en av { $known }
    }
    .hint = nycklarna som är tillåtna här: { $known }
ec-unknown-value = okänt värde `{ $found }`, { $n ->
        [0] inga värden är tillåtna här
        [1] förväntade { $known }
        [2] förväntade { $known }
       *[other] förväntade ett av { $known }
    }
    .hint = värdena som är tillåtna här: { $known }
ec-missing-key = nyckeln `{ $key }` saknas
    .hint = lägg till nyckeln; startfilen som `okr init` skriver visar alla nycklar
ec-found-text = texten "{ $value }"
ec-found-integer = heltalet `{ $value }`
ec-found-float = decimaltalet `{ $value }`
ec-found-bool = sanningsvärdet `{ $value }`
ec-found-list = en lista
ec-found-table = en tabell
ec-expected-number = ett tal
ec-expected-whole-number = ett heltal
ec-expected-list = en lista som ["a", "b"]
ec-expected-text = en text
ec-expected-bool = true eller false
ec-expected-table-choice = en tabells rubrik ("Instagram reach") eller dess nummer (1 för den första)
ec-invalid-type = fel typ: { $found }, förväntade { $expected }
    .hint = kontrollera värdets typ: text inom citattecken, tal och datum utan
ec-invalid-value = ogiltigt värde: { $found }, förväntade { $expected }
ec-bad-date = förväntade ett datum som 2026-01-01
    .hint = skriv datum som ÅÅÅÅ-MM-DD utan citattecken, t.ex. start = 2026-01-01
ec-bad-date-time = förväntade ett datum utan klockslag, som 2026-01-01
ec-bad-date-found = förväntade ett datum som 2026-01-01, hittade "{ $found }"
ec-duplicate-key = nyckeln finns två gånger
    .hint = en nyckel förekommer en gång per tabell: ta bort eller byt namn på en av dem

## Cycle and settings
ec-only-in-main = { $table } hör hemma i OKR-huvudfilen, inte i en inkluderad fil
    .hint = inkluderade filer lägger till mål, experiment, mått och källor
ec-no-cycle = OKR-filen har ingen [cycle]
    .hint = lägg till [cycle] med name, start och end, t.ex. name = "2026-Q1", start = 2026-01-01, end = 2026-03-31
ec-cycle-ends-before-start = perioden slutar ({ $end }) innan den börjar ({ $start })
    .hint = `end` är periodens sista dag, samma dag som `start` eller senare
ec-cycle-too-long = perioden från { $start } till { $end } är längre än { $years } år
    .hint = en period är ett kvartal eller ett år; följ längre mål över flera perioder
ec-range-share-above-zero = { $key } måste ligga i (0, 1], hittade { $found }
    .hint = det är en andel av det förväntade framsteget, t.ex. at_risk_below = 0.85
ec-range-share = { $key } måste ligga i [0, 1], hittade { $found }
    .hint = det är en andel av det förväntade framsteget, t.ex. off_track_below = 0.60
ec-range-at-least = { $key } måste vara minst { $min }, hittade { $found }
    .hint-stall = standardvärdet är 14
    .hint-settle = standardvärdet är 7; 1 bedömer ett fönster från dess första dag
ec-range-not-negative = { $key } kan inte vara negativt, hittade { $found }
    .hint = standardvärdet är 7
ec-range-above-zero = { $key } måste vara större än 0, hittade { $found }
    .hint = utelämna den för standardvikten 1
ec-range-at-most = { $key } får vara högst { $max }, hittade { $found }
    .hint = vikter är relativa: 2 väger dubbelt så mycket som 1
ec-off-track-above-at-risk = off_track_below ({ $off_track }) är högre än at_risk_below ({ $at_risk })
    .hint = ett nyckelresultat hamnar i riskzonen innan det hamnar efter plan: håll off_track_below <= at_risk_below
ec-pending-never-fails = `pending` fäller aldrig en kontroll: ett fönster yngre än settle_days är för tidigt att bedöma
    .hint = ange den i warn_on för att se den, eller ta bort den från fail_on
ec-unknown-locale = okänd locale "{ $found }"
    .hint-suggest = menade du "{ $best }"? kända: { $known }
    .hint = kända locales: { $known }
ec-unknown-status = okänd status `{ $found }`
    .hint = använd någon av: { $known }

## Sources
ec-source-declared-twice = källan `{ $name }` är deklarerad två gånger
    .hint = källnamn är unika i alla inkluderade filer
ec-metric-declared-twice = måttet `{ $name }` är deklarerat två gånger
    .hint = måttnamn är unika i alla inkluderade filer
ec-source-needs-path = källan `{ $source }` har ingen `path`
    .hint = lägg till path = "data/export.csv" (relativt till den här filen)
ec-source-needs-sqlite = sqlite-källan `{ $source }` behöver `path` och `query`
    .hint = query returnerar rader med (date, metric, value[, segment])
ec-source-needs-command = kommandokällan `{ $source }` behöver `command`
    .hint = command = ["duckdb", "-csv", "metrics.duckdb", "select day as date, ..."]: programmet, sedan dess argument, körs utan skal
ec-source-needs-postgres = postgres-källan `{ $source }` behöver `url_env` och `query`
    .hint = url_env anger miljövariabeln som innehåller anslutningssträngen
ec-command-not-for-source = källan `{ $source }`: `command` gäller bara kommandokällor
    .hint = sätt kind = "command" för att läsa den CSV som ett program skriver ut
ec-key-not-for-command = källan `{ $source }` är ett kommando: `{ $key }` gäller inte för den
    .hint = frågan skrivs in i kommandots argument; kommandot skriver CSV på sin stdout
ec-key-not-for-csv = källan `{ $source }` är en CSV-fil: `{ $key }` gäller bara databaskällor
    .hint = sätt kind = "sqlite" eller kind = "postgres" för att läsa från en databas
ec-key-not-for-database = källan `{ $source }` är en databas: `{ $key }` gäller bara CSV-filer
    .hint = databasen ger typade kolumner; ta bort nyckeln
ec-unsupported-delimiter = avgränsaren "{ $found }" stöds inte
    .hint = använd ",", ";", "\t" (eller "tab") eller "|"
ec-unsupported-decimal = decimaltecknet "{ $found }" stöds inte
    .hint = använd "." eller ","
ec-bad-date-format = ogiltigt date_format "{ $found }"
    .hint = använd strftime-koder, t.ex. "%d.%m.%Y" eller "%m/%d/%Y"
ec-bad-table = table måste vara en tabells rubrik eller dess nummer, 1 för den första
    .hint = `okr sources` listar filens tabeller; t.ex. table = "Instagram reach" eller table = 2
ec-timeout-too-short = timeout måste vara minst 1 sekund
    .hint = timeout = 30 väntar upp till 30 sekunder på anslutningen och på frågan
ec-timeout-too-long = timeout får vara högst { $max } sekunder (ett dygn)
ec-command-empty = källan `{ $source }`: `command` är tom
    .hint = command = ["bq", "query", "--format=csv", "..."]: programmet, sedan dess argument
ec-command-no-program = källan `{ $source }`: första posten i `command` måste ange programmet
    .hint = t.ex. command = ["psql", "--csv", "-c", "select ..."]; platshållare hör hemma i argumenten
ec-command-nul = källan `{ $source }`: ett argument i `command` innehåller ett NUL-tecken
    .hint = ta bort det: ett programs argument kan inte innehålla NUL
ec-command-stray-close = källan `{ $source }`: en `{ "}" }` i `command` avslutar ingen platshållare
ec-command-unclosed = källan `{ $source }`: en `{ "{" }` i `command` inleder ingen platshållare
ec-command-unknown-placeholder = källan `{ $source }`: okänd platshållare `{ "{" }{ $name }{ "}" }` i `command`
    .hint = platshållarna är { "{" }start{ "}" }, { "{" }end{ "}" } (periodens dagar) och { "{" }metrics{ "}" } (måttens namn), var och en ifylld som en SQL-literal; skriv { "{{" } och { "}}" } för en klammer

## Metrics and the North Star
ec-bad-metric-name = måttnamnet `{ $name }` går inte att använda i formler
    .hint = använd bokstäver, siffror, `_` och `-`, med en bokstav först
ec-metric-kinds = måttet `{ $metric }` behöver exakt en av `source`, `ratio` eller `formula`, hittade { $found }
    .hint = source = "web" läser en fil; ratio = { "{" } numerator = "a", denominator = "b" { "}" }; formula = "a / b"
ec-column-on-derived = `column` och `segment` gäller bara ett mått som läses från en källa (`{ $metric }`)
    .hint = sätt dem på måtten som kvoten eller formeln använder
ec-unknown-source = måttet `{ $metric }` läser den okända källan `{ $found }`
    .hint-none = deklarera den med [[sources]] name = "..." och path = "..."
    .hint = källorna är: { $known }
ec-unknown-metric =
    .hint-suggest = menade du `{ $best }`? mått deklareras under [metrics]
    .hint = deklarera det som [metrics.{ $name }] med en källa, en kvot eller en formel
ec-unknown-metric-ratio = kvoten `{ $ratio }` använder det okända måttet `{ $found }`
ec-unknown-metric-formula = formeln för `{ $metric }` använder det okända måttet `{ $found }`
ec-unknown-metric-guardrail = skyddsmåttet använder det okända måttet `{ $found }`
ec-unknown-metric-north-star = nordstjärnan använder det okända måttet `{ $found }`
ec-unknown-metric-north-star-input = nordstjärnans drivande mått `{ $found }` är inte ett deklarerat mått
ec-unknown-metric-key-result = nyckelresultatet `{ $id }` använder det okända måttet `{ $found }`
ec-unknown-metric-experiment = experimentet `{ $id }` använder det okända måttet `{ $found }`
ec-formula-expected-operator = formeln för `{ $metric }`: oväntat `{ $token }`: förväntade en operator (+ - * /) eller slutet
ec-formula-ends-early = formeln för `{ $metric }`: formeln tar slut för tidigt: förväntade ett tal, ett mått eller `(`
ec-formula-unclosed = formeln för `{ $metric }`: den här `(` stängs aldrig
ec-formula-not-a-number = formeln för `{ $metric }`: `{ $text }` är inte ett tal
ec-formula-unexpected = formeln för `{ $metric }`: oväntat `{ $token }`: förväntade ett tal, ett måttnamn eller `(`
    .hint = formler använder + - * /, parenteser, tal och måttnamn
ec-ratio-of-ratio = kvoten `{ $ratio }` använder `{ $part }`, som själv är en kvot eller formel: en kvot av en kvot betyder ingenting
    .hint = kvotens delar är mått som läses från en källa; använd `formula` för allt annat
ec-formula-loop = formlerna går i en slinga: { $chain }
    .hint = en formel kan inte bero på sig själv, direkt eller via andra
ec-guardrail-no-bound = skyddsmåttet för `{ $metric }` har varken `min` eller `max`
    .hint = t.ex. { "{" } metric = "sql_rate", min = 0.25 { "}" }
ec-guardrail-min-above-max = skyddsmåttet för `{ $metric }` har min { $min } över max { $max }
ec-north-star-start-is-target = nordstjärnans startvärde är lika med målvärdet: det finns ingenstans att gå
    .hint = sätt ett målvärde över (eller under) startvärdet

## Objectives, key results, experiments
ec-bad-objective-id = målets id `{ $id }` får bara innehålla a-z, 0-9 och `-`
    .hint = t.ex. id = "{ $id }"
ec-bad-key-result-id = nyckelresultatets id `{ $id }` får bara innehålla a-z, 0-9 och `-`
ec-bad-experiment-id = experimentets id `{ $id }` får bara innehålla a-z, 0-9 och `-`
ec-duplicate-id = id:t `{ $id }` finns två gånger
    .hint = id:n är unika bland mål och nyckelresultat i alla filer; det första finns på { $file }:{ $line }
ec-duplicate-experiment-id = experimentets id `{ $id }` finns två gånger
    .hint = experimentens id:n är unika i alla filer
ec-unknown-parent = målet `{ $objective }` är kopplat till det okända målet `{ $found }`
    .hint = `parent` anger id:t för ett annat mål
ec-objective-loop = målen är kopplade i en slinga: { $chain }
    .hint = ta bort en `parent` så att kopplingarna bildar ett träd
ec-date-outside-cycle = `{ $key }` { $date } ligger utanför perioden { $cycle } ({ $start } till { $end })
    .hint = nyckelresultatens datum ligger inom perioden
ec-key-without = nyckelresultatet `{ $id }` har `{ $key }` utan `{ $missing }`
    .hint-current = lägg till updated = ÅÅÅÅ-MM-DD, dagen då värdet mättes
    .hint-updated = lägg till current = <värdet som mättes den dagen>
    .hint-start = lägg till target = ...
    .hint-target = lägg till start = ... (värdet vid periodens start)
ec-both-keys = nyckelresultatet `{ $id }` har både `{ $first }` och `{ $second }`
    .hint-metric = ett nyckelresultat läser ett mått eller stäms av för hand, inte båda
    .hint-at-least = behåll en; lägg till ett skyddsmått för den andra gränsen
    .hint-window = behåll `every` för att bedöma varje period, eller `window` för att bedöma den senaste
ec-no-measure = nyckelresultatet `{ $id }` mäter ingenting
    .hint = lägg till start och target, at_least eller at_most, eller done = false för ett delmål
ec-milestone-extras = delmålet `{ $id }` (med `done`) kan inte också ha ett mått, start/target eller en gräns
    .hint = ett delmål är klart eller inte; ta bort `done` för att mäta det med ett mått
ec-threshold-with-start-target = gränsnyckelresultatet `{ $id }` kan inte också ha start/target
    .hint = använd at_least/at_most för en gräns som ska hålla, eller start och target för en förändring
ec-start-is-target = nyckelresultatet `{ $id }` har start == target ({ $value }): det finns inget att mäta
    .hint = sätt ett målvärde över startvärdet för en ökning, under för en minskning, eller använd at_least/at_most
ec-not-finite = nyckelresultatet `{ $id }` har ett startvärde eller målvärde som inte är ett ändligt tal
ec-plan-date-outside = plandatumet { $date } för `{ $id }` ligger utanför perioden ({ $start } till före { $end })
    .hint = planpunkter ligger inom perioden, före dess slut (slutet har målvärdet)
ec-plan-not-increasing = plandatumen för `{ $id }` måste öka strikt: { $date } kommer efter { $previous }
    .hint = lista planpunkterna i datumordning, en per datum
ec-every-on-progress = `every` gäller bara nyckelresultat med at_least/at_most (`{ $id }`)
    .hint = använd `window` för att mäta en ökning per period
ec-due-on-non-milestone = `due` och `done_on` gäller bara delmål (`{ $id }`)
    .hint = lägg till done = false för att göra det till ett delmål
ec-aggregate-on-ratio = nyckelresultatet `{ $id }` anger `aggregate`, men dess mått `{ $metric }` är en kvot
    .hint = ta bort `aggregate`: en kvot är sum(numerator) / sum(denominator), en formel tar varje del med dess egen aggregering
ec-aggregate-on-formula = nyckelresultatet `{ $id }` anger `aggregate`, men dess mått `{ $metric }` är en formel
ec-guardrail-aggregate-on-ratio = skyddsmåttet för `{ $metric }` i nyckelresultatet `{ $id }` anger `aggregate`, men måttet är en kvot
    .hint = ta bort `aggregate` från skyddsmåttet
ec-guardrail-aggregate-on-formula = skyddsmåttet för `{ $metric }` i nyckelresultatet `{ $id }` anger `aggregate`, men måttet är en formel
ec-unknown-key-result = experimentet `{ $experiment }` siktar på det okända nyckelresultatet `{ $found }`
    .hint = key_results listar id:n för nyckelresultat
ec-experiment-ends-before-start = experimentet `{ $id }` slutar innan det börjar
ec-ice-out-of-range = ICE-poäng går från 1 till 10, hittade { $found }
    .hint = impact, confidence och ease är vart och ett ett heltal från 1 (lågt) till 10 (högt)

## Edits (okr set, okr experiment, okr next)
ec-bad-assignment = förväntade nyckel=värde (t.ex. target=950), hittade "{ $found }"
ec-bad-assignment-key = förväntade nyckel=värde med en enkel nyckel (t.ex. target=950), hittade "{ $found }"
ec-unknown-id = inget mål, nyckelresultat eller experiment har id:t `{ $found }`
    .hint = id:n för mål, nyckelresultat och experiment kan ändras
ec-cannot-edit = kan inte ändra `{ $id }` i { $path }
ec-bad-edit = { $what } `{ $id }`: { $why }
ec-edit-not-a-number = `{ $key }`: { $why }
ec-edit-bad-date = `{ $key }` är ett datum: förväntade ÅÅÅÅ-MM-DD (t.ex. 2026-02-28), hittade "{ $found }"
ec-edit-cannot-write-date = `{ $key }`: kan inte skriva datumet { $date }
ec-edit-not-bool = `{ $key }` är true eller false, hittade "{ $found }"
ec-edit-not-toml = `{ $key }` tar en TOML-lista eller -tabell (t.ex. ["a", "b"]): { $message }
ec-edit-written-as-table = `{ $key }` är skriven som en tabell i filen: ändra den där
ec-mixed-line-ends = kan inte ändra { $path } utan att ändra mer än värdet
    .hint = filen blandar radslut: spara den med en sorts radslut och kör sedan igen
ec-cannot-write-read = kan inte läsa { $path }: { $reason }
ec-cannot-write-beside = kan inte skriva bredvid { $path }: { $reason }
ec-cannot-write = kan inte skriva { $path }: { $reason }
    .hint = kontrollera att filen och dess mapp är skrivbara
ec-cannot-write-replace = kan inte ersätta { $path }: { $reason }
ec-cannot-write-sync = kan inte synka mappen för { $path }: { $reason }
ec-changed-while-editing = { $path } ändrades medan den redigerades
    .hint = ingenting skrevs; kör kommandot igen

## --- end: errors-config ---

## --- area: errors-data ---
error-invalid-number = kolumn `{ $column }`: ogiltigt tal "{ $found }"

## --- end: errors-data ---

## --- area: init-help ---

## --- end: init-help ---
