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

## okr init: what it says on stderr
init-wrote = skrev { $path }: redigera den och kör sedan `okr status -c { $path }`
init-cannot-write-in = kan inte skriva i { $dir }: { $reason }
    .hint = skapa mappen först
init-export-is-directory = { $file } är en mapp
init-export-missing = { $file } finns inte
    .hint = ange CSV-filerna som era verktyg exporterade, t.ex. `okr init --from data/*.csv`
init-left-out = varning: utelämnade { $file }: { $problem }
init-unread-at-line = rad { $line }: { $problem }
init-nothing-read = ingen export kunde läsas: inget skrevs
init-cycle-backwards = perioden slutar ({ $end }) innan den börjar ({ $start })
    .hint = byt plats på --start och --end
init-cycle-name = { $start } till { $end }
init-cycle-not-quarter = --cycle { $cycle }: ange ett kvartal, t.ex. 2026-Q1
    .hint = ange --start och --end för andra perioder
init-relative = relativt den här filen

## okr init: the starter file's comments (`# ` is added) and sample titles.
## TOML keys and values (sum, committed, month, ...) stay English.
init-starter-head =
    okrs.toml: era mål och nyckelresultat, som `okr` läser.
    Kör `okr status` i den här mappen; `okr validate` kontrollerar filen och era data.
    Varje nyckel förklaras i README ("The OKR file").
init-starter-dates = TOML-datum, båda dagarna inräknade
init-starter-settings = valfritt; detta är standardvärdena
init-starter-at-risk = framsteg / förväntat under detta: i riskzonen
init-starter-off-track = ... under detta: efter plan
init-starter-stall = inget framsteg på så här länge: står still
init-starter-stale = nyaste datapunkten äldre än så: inaktuell
init-starter-settle = ett fönster yngre än så är för tidigt att bedöma: för tidigt
init-starter-language = okr:s språk: en, sv, nb, da eller fi (annars OKR_LANG, annars engelska)
init-starter-locale = tal: en-US, sv-SE, nb-NO, da-DK, fi-FI, ... (standard: språkets)
init-starter-sources =
    Varifrån måttens värden kommer: CSV-exporter (avgränsare, decimaltecken och
    datumformat känns igen). Avkommentera och peka på er fil:
init-starter-layout = long: date,metric,value[,segment]; wide: en datumkolumn + en kolumn per mått
init-starter-ratio = en kvot är sum(numerator) / sum(denominator)
init-starter-id = a-z, 0-9 och -; unikt i alla filer
init-starter-type = committed (1,0 förväntas) eller aspirational (0,7 är bra)
init-starter-manual =
    Ett nyckelresultat som stäms av för hand: `okr checkin survey 3,4` sparar ett
    värde och dagen det mättes (i checkins.csv bredvid den här filen).
    Före första avstämningen har det ingen data, vilket inte är en nolla.
init-starter-milestone =
    En milstolpe: klar eller inte, till ett förfallodatum (standard: periodens slut).
    `okr set launch done=true` markerar den som klar i dag.
init-starter-metric-kr = Ett nyckelresultat på ett mått (avkommentera källan och måtten ovan):
init-starter-window = cycle (standard) | day | week | month | quarter
init-starter-guardrails = Goodharts motvikt
init-starter-title-pipeline = Bygg en pipeline som säljarna älskar
init-starter-title-survey = Höj säljarnas nöjdhetsbetyg från 3,1 till 4,0
init-starter-title-launch = Lansera den nya prissidan
init-starter-title-mql = Öka MQL:er från 400 till 900 per månad

## okr init --from: the comments of the file built from the exports
init-from-head =
    okrs.toml: skriven av `okr init --from` utifrån era exporter. Redigera
    målet, avkommentera de nyckelresultat ni vill ha och sätt deras målvärden,
    kör sedan `okr status`. Varje nyckel förklaras i README ("The OKR file").
init-from-settings = valfritt; standardvärdena:
init-from-locale = talformat: sv-SE, nb-NO, da-DK, fi-FI, ...
init-from-sources = Varifrån värdena kommer: en källa per export.
init-from-read-as = { $file }: { $encoding }, { $layout } ({ $shape }), datum i `{ $date_column }` som { $date_format }
init-from-wide-shape = en datumkolumn och en kolumn per mått
init-from-rows = { $n ->
    [one] { $rows } rad
   *[other] { $rows } rader
}, { $span }
init-from-span = { $first } till { $last }
init-from-no-dates = inga daterade rader
init-from-ends-before = data slutar { $date }, före perioden: exportera igen medan perioden pågår
init-from-starts-after = data börjar { $date }, efter perioden
init-from-title-lines = { $n ->
    [one] { $lines } titelrad ovanför kolumnrubrikerna hoppas över (läsaren hittar den)
   *[other] { $lines } titelrader ovanför kolumnrubrikerna hoppas över (läsaren hittar dem)
}
init-from-other-table = inte läst: tabell { $number }{ $title } på rad { $line } (`table = { $number }` läser den)
init-from-reader-note = läsaren: { $note }
init-from-options = Som läsaren kände igen dem, utskrivna så att filen läses likadant överallt:
init-from-date-format-kept =
    datum igenkända som { $format }: läsarens egen tolkning läser dem
    (sätt `date_format` bara om den gissar fel)
init-from-no-metric = ingen kolumn med tal hittades i den: inget mått läser den än
init-from-unread = { $file } lästes inte och är utelämnad: { $problem }
init-from-metrics = Ett mått per kolumn med tal (långa filer: per måttnamn).
init-from-sum = summeras över nyckelresultatets fönster
init-from-count = ett antal: summeras över nyckelresultatets fönster
init-from-avg = en andel eller ett medelvärde: medelvärdet över dagarna (en kvot av två antal är exakt)
init-from-percent = cellerna har `%`: visas i procent
init-from-currency = ett belopp i { $unit }
init-from-ratio = { $numerator } / { $denominator } ser ut som en andel; en kvot är sum(numerator) / sum(denominator):
init-from-objective = Ert mål: det som ska vara sant när perioden slutar.
init-from-objective-title = Skriv målet: det som ska vara sant när perioden slutar
init-from-key-results =
    Ett nyckelresultat per mått: avkommentera dem ni vill ha och sätt `target`.
    `start` är måttets värde i { $period }, sista hela månaden före perioden.
init-from-kr-title = { $name } per månad: från { $start } till målvärdet
init-from-kr-title-no-start = { $name } per månad: till målvärdet
init-from-kr-start = värdet i { $period }
init-from-kr-no-start = filen har ingen hel månad före perioden: ange startvärdet
init-from-kr-target = ange det (start == target är ett fel)

## --- end: init-help ---
