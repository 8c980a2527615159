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

## --- end: init-help ---
