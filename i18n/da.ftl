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

## okr init: what it says on stderr
init-wrote = skrev { $path }: ret den til, og kør så `okr status -c { $path }`
init-cannot-write-in = kan ikke skrive i { $dir }: { $reason }
    .hint = opret mappen først
init-export-is-directory = { $file } er en mappe
init-export-missing = { $file } findes ikke
    .hint = angiv de CSV-filer, jeres værktøjer eksporterede, f.eks. `okr init --from data/*.csv`
init-left-out = advarsel: udelod { $file }: { $problem }
init-unread-at-line = linje { $line }: { $problem }
init-nothing-read = ingen eksport kunne læses: intet skrevet
init-cycle-backwards = perioden slutter ({ $end }), før den begynder ({ $start })
    .hint = byt om på --start og --end
init-cycle-name = { $start } til { $end }
init-cycle-not-quarter = --cycle { $cycle }: angiv et kvartal, f.eks. 2026-Q1
    .hint = angiv --start og --end for andre perioder
init-relative = relativt til denne fil

## okr init: the starter file's comments (`# ` is added) and sample titles.
## TOML keys and values (sum, committed, month, ...) stay English.
init-starter-head =
    okrs.toml: jeres mål og nøgleresultater, som `okr` læser.
    Kør `okr status` i denne mappe; `okr validate` tjekker filen og jeres data.
    Hver nøgle er forklaret i README ("The OKR file").
init-starter-dates = TOML-datoer, begge dage medregnet
init-starter-settings = valgfrit; dette er standardværdierne
init-starter-at-risk = fremdrift / forventet under dette: i risiko
init-starter-off-track = ... under dette: bagud
init-starter-stall = ingen fremdrift i så lang tid: står stille
init-starter-stale = nyeste datapunkt ældre end dette: forældet
init-starter-settle = et vindue yngre end dette er for tidligt at vurdere: for tidligt
init-starter-language = okr's sprog: en, sv, nb, da eller fi (ellers OKR_LANG, ellers engelsk)
init-starter-locale = tal: en-US, sv-SE, nb-NO, da-DK, fi-FI, ... (standard: sprogets)
init-starter-sources =
    Hvor måltallenes værdier kommer fra: CSV-eksporter (skilletegn, decimaltegn og
    datoformat genkendes). Fjern kommentartegnet, og peg på jeres fil:
init-starter-layout = long: date,metric,value[,segment]; wide: en datokolonne + én kolonne per måltal
init-starter-ratio = et forholdstal er sum(numerator) / sum(denominator)
init-starter-id = a-z, 0-9 og -; unikt på tværs af alle filer
init-starter-type = committed (1,0 forventes) eller aspirational (0,7 er godt)
init-starter-manual =
    Et nøgleresultat, der følges op i hånden: `okr checkin survey 3,4` gemmer en
    værdi og dagen, den blev målt (i checkins.csv ved siden af denne fil).
    Før første opfølgning har det ingen data, og det er ikke et nul.
init-starter-milestone =
    En milepæl: færdig eller ej, inden en frist (standard: periodens slutning).
    `okr set launch done=true` markerer den som færdig i dag.
init-starter-metric-kr = Et nøgleresultat på et måltal (fjern kommentartegnet for kilden og måltallene ovenfor):
init-starter-window = cycle (standard) | day | week | month | quarter
init-starter-guardrails = Goodharts modvægt
init-starter-title-pipeline = Byg en pipeline, som salg elsker
init-starter-title-survey = Løft salgsteamets tilfredshedsscore fra 3,1 til 4,0
init-starter-title-launch = Lancér den nye prisside
init-starter-title-mql = Øg MQL'er fra 400 til 900 om måneden

## okr init --from: the comments of the file built from the exports
init-from-head =
    okrs.toml: skrevet af `okr init --from` ud fra jeres eksporter. Ret
    målet til, fjern kommentartegnet for de nøgleresultater, I vil have, og sæt målværdierne,
    og kør så `okr status`. Hver nøgle er forklaret i README ("The OKR file").
init-from-settings = valgfrit; standardværdierne:
init-from-locale = talformat: sv-SE, nb-NO, da-DK, fi-FI, ...
init-from-sources = Hvor værdierne kommer fra: én kilde per eksport.
init-from-read-as = { $file }: { $encoding }, { $layout } ({ $shape }), datoer i `{ $date_column }` som { $date_format }
init-from-wide-shape = en datokolonne og én kolonne per måltal
init-from-rows = { $n ->
    [one] { $rows } række
   *[other] { $rows } rækker
}, { $span }
init-from-span = { $first } til { $last }
init-from-no-dates = ingen daterede rækker
init-from-ends-before = data slutter { $date }, før perioden: eksportér igen, mens perioden løber
init-from-starts-after = data begynder { $date }, efter perioden
init-from-title-lines = { $n ->
    [one] { $lines } titellinje over kolonneoverskrifterne springes over (læseren finder den)
   *[other] { $lines } titellinjer over kolonneoverskrifterne springes over (læseren finder dem)
}
init-from-other-table = ikke læst: tabel { $number }{ $title } på linje { $line } (`table = { $number }` læser den)
init-from-reader-note = læseren: { $note }
init-from-options = Som læseren genkendte dem, skrevet ud, så filen læses ens overalt:
init-from-date-format-kept =
    datoer genkendt som { $format }: læserens egen tolkning læser dem
    (sæt kun `date_format`, hvis den gætter forkert)
init-from-no-metric = ingen kolonne med tal blev fundet i den: intet måltal læser den endnu
init-from-unread = { $file } blev ikke læst og er udeladt: { $problem }
init-from-metrics = Ét måltal per kolonne med tal (lange filer: per måltalsnavn).
init-from-sum = summeres over nøgleresultatets vindue
init-from-count = et antal: summeres over nøgleresultatets vindue
init-from-avg = en rate eller et gennemsnit: gennemsnittet over dagene (et forholdstal af to antal er eksakt)
init-from-percent = cellerne har `%`: vises i procent
init-from-currency = et beløb i { $unit }
init-from-ratio = { $numerator } / { $denominator } ligner en rate; et forholdstal er sum(numerator) / sum(denominator):
init-from-objective = Jeres mål: det, der skal være sandt, når perioden slutter.
init-from-objective-title = Skriv målet: det, der skal være sandt, når perioden slutter
init-from-key-results =
    Ét nøgleresultat per måltal: fjern kommentartegnet for dem, I vil have, og sæt `target`.
    `start` er måltallets værdi i { $period }, den sidste hele måned før perioden.
init-from-kr-title = { $name } per måned: fra { $start } til målværdien
init-from-kr-title-no-start = { $name } per måned: til målværdien
init-from-kr-start = værdien i { $period }
init-from-kr-no-start = filen har ingen hel måned før perioden: sæt startværdien
init-from-kr-target = sæt den (start == target er en fejl)

## --- end: init-help ---
