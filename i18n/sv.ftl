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
## Kvartalsgenomgången (okr report): Markdown och HTML. Statusar, typer och
## experimentstatusar kommer från de gemensamma orden; skälen från reason.rs.
rv-title = Kvartalsgenomgång av OKR:er — { $cycle }
rv-html-title = Kvartalsgenomgång av OKR:er { $cycle }, läge per { $as_of }
rv-eyebrow = Kvartalsgenomgång av OKR:er
rv-meta = Läge per { $as_of } · period { $start } – { $end } · { $state } · förändringar sedan { $since }
rv-as-of = Läge per { $date }
rv-cycle-range = Period { $start } – { $end }
rv-changes-since = Förändringar sedan { $date }
rv-colophon = Skapad av okr { $version } ur OKR-filen och dess exporterade mätdata, läge per { $as_of }. Bara data daterade den dagen eller tidigare räknas, så genomgången kan återskapas exakt.
rv-page-footer = sida { $page } av { $pages }

## Nordstjärnan
rv-north-star = Nordstjärna
rv-north-star-named = Nordstjärna: { $name }
rv-no-data = ingen data
rv-before-cycle = före perioden
rv-target = målvärde { $value }
rv-start = startvärde { $value }
rv-progress = framsteg { $progress }
rv-progress-expected = framsteg { $progress } (förväntat { $expected })
rv-trend-by = Trend per { $grain }: { $line }
rv-core-action = Kärnhandling: { $action }
rv-core-action-every = Kärnhandling: { $action }, varje { $frequency }
rv-ns-chart-label = { $name } per { $grain }
rv-ns-caption = Per { $grain ->
        [day] dag
        [week] vecka
        [month] månad
       *[quarter] kvartal
    }, till periodens slut. Streckad kontur: { $grain ->
        [day] dagen
        [week] veckan
        [month] månaden
       *[quarter] kvartalet
    } hittills (pågår, bedöms inte); blek: ett intervall som kortas av periodens start. Streckad linje: målvärde; prickad: startvärde; tunn: rampen från startvärde till målvärde.
rv-value-so-far = { $value } hittills
rv-tick-week = v{ $week }
rv-tick-quarter = K{ $quarter }
rv-tick-day = { $month }-{ $day }

## Kolumnrubriker och etiketter
rv-col-input-or-guardrail = Drivande mått eller skyddsmått
rv-col-inputs = Drivande mått
rv-col-trend = Trend
rv-col-value = Värde
rv-col-latest = Senaste
rv-col-previous = Förra
rv-col-change = Ändring
rv-col-objective = Mål
rv-col-owner = Ansvarig
rv-col-type = Typ
rv-col-progress = Framsteg
rv-col-since = Sedan { $date }
rv-col-grade = Betyg
rv-col-projected = Prognos
rv-col-projected-grade = Prognostiserat betyg
rv-col-projected-at-end = Prognos vid periodens slut
rv-col-status = Status
rv-col-key-result = Nyckelresultat
rv-col-over-cycle = Under perioden
rv-col-target = Målvärde
rv-col-expected = Förväntat
rv-col-experiment = Experiment
rv-col-dates = Datum
rv-col-learning = Lärdom

## Sammanfattningen
rv-objectives = Mål
rv-no-objectives = Inga mål.
rv-key-results = Nyckelresultat
rv-counts = Nyckelresultat: { $counts }.
rv-needs-attention = Behöver uppmärksamhet
rv-objective = Mål
rv-objective-named = Mål: { $title }
rv-md-attention-objective = Målet { $title } ({ $owner }): { $status }
rv-md-attention-objective-because = Målet { $title } ({ $owner }): { $status }, { $because }
rv-through-kr = genom sitt nyckelresultat { $title } ({ $owner })
rv-through-objective = genom det underliggande målet { $title } ({ $owner })
rv-quote = ”{ $text }”
rv-wins-risks-asks = Framgångar, risker och behov
rv-wins = Framgångar
rv-risks = Risker
rv-asks = Behov
rv-none = inga
rv-no-owner = ingen ansvarig
rv-its-owner = ansvarig
rv-owner = ansvarig
rv-status-was = { $now }, var { $then }
rv-was = var { $status }
rv-no-projection = ingen prognos
rv-missing-forecasts = { $missing } av { $total } nyckelresultat saknar prognos
rv-grade-of = { $grade } av { $expected }
rv-of-expected = av { $expected }

## Vad genomgången ber de ansvariga om
rv-ask-note = { $owner } skrev { $date }: { $note }
rv-ask-confidence = tilltron hos { $owner } är { $value }/10 ({ $date }): besluta om nyckelresultatet ska behållas, ändras eller strykas
rv-ask-experiment = efter plan eller står still utan pågående experiment: besluta vad som ska prövas
rv-ask-stale = underlaget är inaktuellt: { $owner } behöver skicka nya siffror
rv-ask-stale-newest = underlaget är inaktuellt (senaste { $date }): { $owner } behöver skicka nya siffror

## Ett måls sida
rv-eyebrow-aligned = Mål · under { $parent }
rv-owner-is = Ansvarig: { $owner }
rv-owner-label = Ansvarig
rv-kind-committed = åtagande: { $grade } förväntas
rv-kind-aspirational = ambitiöst: { $grade } är ett bra betyg
rv-weight = vikt { $weight }
rv-grade = betyg { $grade }
rv-projected-at-end = prognos vid periodens slut: { $projected }
rv-no-key-results = Inga nyckelresultat än.
rv-progress-from-aligned = Framstegen kommer från målen under det, på sidorna som följer.
rv-repeat-key-results = { $title }: nyckelresultat
rv-repeat-experiments = { $title }: experiment
rv-so-far = hittills
rv-so-far-rate = hittills; { $rate }
rv-forecast-at-end = prognos vid periodens slut { $value }
rv-forecast = prognos { $value }
rv-owners-confidence = ansvarigs tilltro { $value }/10 ({ $date })
rv-confidence = tilltro { $value }/10
rv-held = höll { $held } av { $judged } { $grain ->
        [day] { $judged ->
            [one] dag
           *[other] dagar
        }
        [week] { $judged ->
            [one] vecka
           *[other] veckor
        }
        [month] { $judged ->
            [one] månad
           *[other] månader
        }
        [quarter] kvartal
       *[other] intervall
    }
rv-on-date = den { $date }
rv-due = senast { $date }
rv-from = från { $value }
rv-done = klar
rv-new = ny
rv-stale-newest = inaktuell: senaste data { $date }
rv-no-progress-yet = inga framsteg än
rv-expected = förväntat { $value }
rv-chart-due = { $title }: senast { $date }
rv-chart-over-cycle = { $title } under perioden
rv-experiments = Experiment
rv-no-learning = ingen lärdom nedskriven
rv-dates-from = från { $date }
rv-dates-until = till { $date }
rv-guardrail-ok = skyddsgräns hålls: { $parts }
rv-guardrail-breached = skyddsgräns bruten: { $parts }
rv-guardrail-unknown = skyddsgräns okänd: { $parts }
rv-guardrail-no-data = { $metric } (ingen data)
rv-guardrail-min = lägst { $value }
rv-guardrail-max = högst { $value }

## Diagrammens teckenförklaring
rv-legend-value = värde
rv-legend-expected = förväntat (plan)
rv-legend-target = målvärde
rv-legend-forecast = prognos vid periodens slut
rv-legend-partial = intervall hittills (ofullständigt)
rv-legend-held = hölls
rv-legend-breached = bröts
rv-legend-as-of = läge per
rv-legend-due = senast

## Experimenttavlorna
rv-boards-title = Lyckade och misslyckade experiment
rv-boards-meta = Ett misslyckat experiment är data, inte skam: vad vi prövade, vad vi förväntade oss, vad vi lärde oss.
rv-board-won = Lyckade
rv-board-lost = Misslyckade
rv-board-running = Pågår
rv-board-backlog = Backlogg, efter ICE
rv-none-yet = inga än
rv-lift = effekt på { $metric }: { $lift }
rv-learned = Lärdom: { $learning }
rv-needs-experiment = Efter plan eller står still utan pågående experiment: { $krs }

## Ordlistan
rv-glossary = Ordlista
rv-gl-grade = betyg
    .meaning = framsteg begränsat till 0–1 och avrundat till en decimal; { $good } är ett bra betyg för ett ambitiöst mål, ett åtagande förväntas nå { $full }
rv-gl-progress = framsteg
    .meaning = hur långt värdet har kommit från startvärdet mot målvärdet: 0 % vid startvärdet, 100 % vid målvärdet
rv-gl-expected = förväntat
    .meaning = det framsteg planen förväntar sig på lägesdagen: linjärt över perioden om inte nyckelresultatet har en egen plan
rv-gl-pace = takt
    .meaning = framsteg mot förväntat framsteg; under inställningarnas gränser är ett nyckelresultat i riskzonen, sedan efter plan
rv-gl-pending = för tidigt
    .meaning = för tidigt att bedöma: fönstret har pågått färre dagar än inställningen settle_days
rv-gl-stalled = står still
    .meaning = inga framsteg under inställningens stall_days dagar, samtidigt som framsteget ligger under det förväntade
rv-gl-stale = inaktuell
    .meaning = senaste data är äldre än inställningens stale_days dagar: siffrorna kan vara inaktuella, och ingen prognos ritas
rv-gl-run-rate = uppräknad takt
    .meaning = ett intervall som inte är slut än, uppräknat till hela intervallet: värde × intervallets dagar ÷ dagar hittills
rv-gl-so-far = hittills
    .meaning = ett intervall som inte är slut än: värdet är ofullständigt, ritas för sig (en ihålig kvadrat, en streckad stapel, ┆ i text) och bedöms aldrig
rv-gl-forecast = prognos, prognostiserat betyg
    .meaning = en rät linje anpassad genom värdena hittills, avläst vid periodens slut; det prognostiserade betyget väger samman prognoserna med vikterna, och säger ”ingen prognos” där någon saknas
rv-gl-pp = pp
    .meaning = procentenheter: förändringen av en andel (+4 pp) eller av framsteg (framsteg +45 pp), inte en relativ förändring
rv-gl-guardrail = skyddsmått
    .meaning = ett mått som måste hålla sig inom sina gränser medan nyckelresultatet rör sig; i ett diagram är ett hållet intervall en fylld prick, ett brutet ett kryss

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
