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
## Kvartalsgennemgangen (okr report): Markdown og HTML. Statusser, typer og
## eksperimentstatusser kommer fra de fælles ord; begrundelserne fra reason.rs.
rv-title = Kvartalsgennemgang af OKR'er — { $cycle }
rv-html-title = Kvartalsgennemgang af OKR'er { $cycle }, pr. { $as_of }
rv-eyebrow = Kvartalsgennemgang af OKR'er
rv-meta = Pr. { $as_of } · periode { $start } – { $end } · { $state } · ændringer siden { $since }
rv-as-of = Pr. { $date }
rv-cycle-range = Periode { $start } – { $end }
rv-changes-since = Ændringer siden { $date }
rv-colophon = Lavet af okr { $version } ud fra OKR-filen og dens eksporterede måltal, pr. { $as_of }. Kun data dateret den dag eller tidligere tæller, så gennemgangen kan genskabes præcist.
rv-page-footer = side { $page } af { $pages }

## Nordstjernen
rv-north-star = Nordstjerne
rv-north-star-named = Nordstjerne: { $name }
rv-no-data = ingen data
rv-before-cycle = før perioden
rv-target = målværdi { $value }
rv-start = startværdi { $value }
rv-progress = fremdrift { $progress }
rv-progress-expected = fremdrift { $progress } (forventet { $expected })
rv-trend-by = Trend pr. { $grain }: { $line }
rv-core-action = Kernehandling: { $action }
rv-core-action-every = Kernehandling: { $action }, hver { $frequency }
rv-ns-chart-label = { $name } pr. { $grain }
rv-ns-caption = Pr. { $grain ->
        [day] dag
        [week] uge
        [month] måned
       *[quarter] kvartal
    }, til periodens slutning. Stiplet omrids: { $grain ->
        [day] dagen
        [week] ugen
        [month] måneden
       *[quarter] kvartalet
    } indtil nu (i gang, vurderes ikke); bleg: et interval, der afkortes af periodens start. Stiplet linje: målværdi; prikket: startværdi; tynd: rampen fra startværdi til målværdi.
rv-value-so-far = { $value } indtil nu
rv-tick-week = u{ $week }
rv-tick-quarter = K{ $quarter }
rv-tick-day = { $day }.{ $month }.

## Kolonneoverskrifter og etiketter
rv-col-input-or-guardrail = Drivende måltal eller værnemåltal
rv-col-inputs = Drivende måltal
rv-col-trend = Trend
rv-col-value = Værdi
rv-col-latest = Seneste
rv-col-previous = Forrige
rv-col-change = Ændring
rv-col-objective = Mål
rv-col-owner = Ansvarlig
rv-col-type = Type
rv-col-progress = Fremdrift
rv-col-since = Siden { $date }
rv-col-grade = Karakter
rv-col-projected = Prognose
rv-col-projected-grade = Prognosekarakter
rv-col-projected-at-end = Prognose ved periodens slutning
rv-col-status = Status
rv-col-key-result = Nøgleresultat
rv-col-over-cycle = Gennem perioden
rv-col-target = Målværdi
rv-col-expected = Forventet
rv-col-experiment = Eksperiment
rv-col-dates = Datoer
rv-col-learning = Læring

## Overblikket
rv-objectives = Mål
rv-no-objectives = Ingen mål.
rv-key-results = Nøgleresultater
rv-counts = Nøgleresultater: { $counts }.
rv-needs-attention = Kræver opmærksomhed
rv-objective = Mål
rv-objective-named = Mål: { $title }
rv-md-attention-objective = Målet { $title } ({ $owner }): { $status }
rv-md-attention-objective-because = Målet { $title } ({ $owner }): { $status }, { $because }
rv-through-kr = gennem nøgleresultatet { $title } ({ $owner })
rv-through-objective = gennem det underliggende mål { $title } ({ $owner })
rv-quote = »{ $text }«
rv-wins-risks-asks = Sejre, risici og behov
rv-wins = Sejre
rv-risks = Risici
rv-asks = Behov
rv-none = ingen
rv-no-owner = ingen ansvarlig
rv-its-owner = den ansvarlige
rv-owner = ansvarlig
rv-status-was = { $now }, var { $then }
rv-was = var { $status }
rv-no-projection = ingen prognose
rv-missing-forecasts = { $missing } af { $total } nøgleresultater mangler en prognose
rv-grade-of = { $grade } af { $expected }
rv-of-expected = af { $expected }

## Hvad gennemgangen beder de ansvarlige om
rv-ask-note = { $owner } skrev { $date }: { $note }
rv-ask-confidence = tiltroen hos { $owner } er { $value }/10 ({ $date }): beslut, om nøgleresultatet skal beholdes, ændres eller droppes
rv-ask-experiment = bagud eller står stille uden et kørende eksperiment: beslut, hvad der skal prøves
rv-ask-stale = dataene er forældede: { $owner } skal sende nye tal
rv-ask-stale-newest = dataene er forældede (seneste { $date }): { $owner } skal sende nye tal

## Et måls side
rv-eyebrow-aligned = Mål · under { $parent }
rv-owner-is = Ansvarlig: { $owner }
rv-owner-label = Ansvarlig
rv-kind-committed = forpligtende: { $grade } forventes
rv-kind-aspirational = ambitiøst: { $grade } er en god karakter
rv-weight = vægt { $weight }
rv-grade = karakter { $grade }
rv-projected-at-end = prognose ved periodens slutning: { $projected }
rv-no-key-results = Ingen nøgleresultater endnu.
rv-progress-from-aligned = Fremdriften kommer fra målene under det, på de følgende sider.
rv-repeat-key-results = { $title }: nøgleresultater
rv-repeat-experiments = { $title }: eksperimenter
rv-so-far = indtil nu
rv-so-far-rate = indtil nu; { $rate }
rv-forecast-at-end = prognose ved periodens slutning { $value }
rv-forecast = prognose { $value }
rv-owners-confidence = den ansvarliges tiltro { $value }/10 ({ $date })
rv-confidence = tiltro { $value }/10
rv-held = holdt { $held } af { $judged } { $grain ->
        [day] { $judged ->
            [one] dag
           *[other] dage
        }
        [week] { $judged ->
            [one] uge
           *[other] uger
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
            [one] interval
           *[other] intervaller
        }
    }
rv-on-date = den { $date }
rv-due = frist { $date }
rv-from = fra { $value }
rv-done = færdig
rv-new = ny
rv-stale-newest = forældet: seneste data { $date }
rv-no-progress-yet = ingen fremdrift endnu
rv-expected = forventet { $value }
rv-chart-due = { $title }: frist { $date }
rv-chart-over-cycle = { $title } gennem perioden
rv-experiments = Eksperimenter
rv-no-learning = ingen læring skrevet ned
rv-dates-from = fra { $date }
rv-dates-until = til { $date }
rv-guardrail-ok = værnegrænse holdt: { $parts }
rv-guardrail-breached = værnegrænse brudt: { $parts }
rv-guardrail-unknown = værnegrænse ukendt: { $parts }
rv-guardrail-no-data = { $metric } (ingen data)
rv-guardrail-min = mindst { $value }
rv-guardrail-max = højst { $value }

## Signaturforklaringen
rv-legend-value = værdi
rv-legend-expected = forventet (plan)
rv-legend-target = målværdi
rv-legend-forecast = prognose ved periodens slutning
rv-legend-partial = interval indtil nu (ufuldstændigt)
rv-legend-held = holdt
rv-legend-breached = brudt
rv-legend-as-of = pr. dato
rv-legend-due = frist

## Eksperimenttavlerne
rv-boards-title = Vellykkede og mislykkede eksperimenter
rv-boards-meta = Et mislykket eksperiment er data, ikke skam: hvad vi prøvede, hvad vi forventede, hvad vi lærte.
rv-board-won = Vellykkede
rv-board-lost = Mislykkede
rv-board-running = Kører
rv-board-backlog = Backlog, efter ICE
rv-none-yet = ingen endnu
rv-lift = effekt på { $metric }: { $lift }
rv-learned = Læring: { $learning }
rv-needs-experiment = Bagud eller står stille uden et kørende eksperiment: { $krs }

## Ordlisten
rv-glossary = Ordliste
rv-gl-grade = karakter
    .meaning = fremdrift begrænset til 0–1 og afrundet til én decimal; { $good } er en god karakter for et ambitiøst mål, et forpligtende mål forventes at nå { $full }
rv-gl-progress = fremdrift
    .meaning = hvor langt værdien er nået fra startværdien mod målværdien: 0 % ved startværdien, 100 % ved målværdien
rv-gl-expected = forventet
    .meaning = den fremdrift, planen forventer på gennemgangens dato: lineært over perioden, medmindre nøgleresultatet har sin egen plan
rv-gl-pace = tempo
    .meaning = fremdrift i forhold til den forventede fremdrift; under indstillingernes grænser er et nøgleresultat i risiko, derefter bagud
rv-gl-pending = for tidligt
    .meaning = for tidligt at vurdere: vinduet har kørt færre dage end indstillingen settle_days
rv-gl-stalled = står stille
    .meaning = ingen fremdrift i indstillingens stall_days dage, mens fremdriften er under den forventede
rv-gl-stale = forældet
    .meaning = de seneste data er ældre end indstillingens stale_days dage: tallene kan være forældede, og der tegnes ingen prognose
rv-gl-run-rate = opregnet tempo
    .meaning = et interval, der ikke er slut endnu, regnet op til hele intervallet: værdi × intervallets dage ÷ dage indtil nu
rv-gl-so-far = indtil nu
    .meaning = et interval, der ikke er slut endnu: værdien er ufuldstændig, tegnes for sig (et hult kvadrat, en stiplet søjle, ┆ i tekst) og vurderes aldrig
rv-gl-forecast = prognose, prognosekarakter
    .meaning = en ret linje tilpasset værdierne indtil nu, aflæst ved periodens slutning; prognosekarakteren vægter prognoserne sammen og siger »ingen prognose«, hvor en mangler
rv-gl-pp = pp
    .meaning = procentpoint: ændringen af en andel (+4 pp) eller af fremdrift (fremdrift +45 pp), ikke en relativ ændring
rv-gl-guardrail = værnemåltal
    .meaning = et måltal, der skal holde sig inden for sine grænser, mens nøgleresultatet bevæger sig; i et diagram er et holdt interval en udfyldt prik, et brudt et kryds

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
