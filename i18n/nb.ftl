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
## Kvartalsgjennomgangen (okr report): Markdown og HTML. Statuser, typer og
## eksperimentstatuser kommer fra de felles ordene; begrunnelsene fra reason.rs.
rv-title = Kvartalsgjennomgang av OKR-er — { $cycle }
rv-html-title = Kvartalsgjennomgang av OKR-er { $cycle }, per { $as_of }
rv-eyebrow = Kvartalsgjennomgang av OKR-er
rv-meta = Per { $as_of } · periode { $start } – { $end } · { $state } · endringer siden { $since }
rv-as-of = Per { $date }
rv-cycle-range = Periode { $start } – { $end }
rv-changes-since = Endringer siden { $date }
rv-colophon = Laget av okr { $version } fra OKR-filen og dens eksporterte måltall, per { $as_of }. Bare data datert den dagen eller tidligere teller, så gjennomgangen kan gjenskapes nøyaktig.
rv-page-footer = side { $page } av { $pages }

## Nordstjernen
rv-north-star = Nordstjerne
rv-north-star-named = Nordstjerne: { $name }
rv-no-data = ingen data
rv-before-cycle = før perioden
rv-target = målverdi { $value }
rv-start = startverdi { $value }
rv-progress = fremdrift { $progress }
rv-progress-expected = fremdrift { $progress } (forventet { $expected })
rv-trend-by = Trend per { $grain }: { $line }
rv-core-action = Kjernehandling: { $action }
rv-core-action-every = Kjernehandling: { $action }, hver { $frequency }
rv-ns-chart-label = { $name } per { $grain }
rv-ns-caption = Per { $grain ->
        [day] dag
        [week] uke
        [month] måned
       *[quarter] kvartal
    }, til periodens slutt. Stiplet omriss: { $grain ->
        [day] dagen
        [week] uken
        [month] måneden
       *[quarter] kvartalet
    } så langt (pågår, vurderes ikke); blek: et intervall som kuttes av periodens start. Stiplet linje: målverdi; prikket: startverdi; tynn: rampen fra startverdi til målverdi.
rv-value-so-far = { $value } så langt
rv-tick-week = u{ $week }
rv-tick-quarter = K{ $quarter }
rv-tick-day = { $day }.{ $month }.

## Kolonneoverskrifter og etiketter
rv-col-input-or-guardrail = Drivende måltall eller vaktmåltall
rv-col-inputs = Drivende måltall
rv-col-trend = Trend
rv-col-value = Verdi
rv-col-latest = Siste
rv-col-previous = Forrige
rv-col-change = Endring
rv-col-objective = Mål
rv-col-owner = Ansvarlig
rv-col-type = Type
rv-col-progress = Fremdrift
rv-col-since = Siden { $date }
rv-col-grade = Karakter
rv-col-projected = Prognose
rv-col-projected-grade = Prognosekarakter
rv-col-projected-at-end = Prognose ved periodens slutt
rv-col-status = Status
rv-col-key-result = Nøkkelresultat
rv-col-over-cycle = Gjennom perioden
rv-col-target = Målverdi
rv-col-expected = Forventet
rv-col-experiment = Eksperiment
rv-col-dates = Datoer
rv-col-learning = Lærdom

## Sammendraget
rv-objectives = Mål
rv-no-objectives = Ingen mål.
rv-key-results = Nøkkelresultater
rv-counts = Nøkkelresultater: { $counts }.
rv-needs-attention = Trenger oppmerksomhet
rv-objective = Mål
rv-objective-named = Mål: { $title }
rv-md-attention-objective = Målet { $title } ({ $owner }): { $status }
rv-md-attention-objective-because = Målet { $title } ({ $owner }): { $status }, { $because }
rv-through-kr = gjennom nøkkelresultatet { $title } ({ $owner })
rv-through-objective = gjennom det underliggende målet { $title } ({ $owner })
rv-quote = «{ $text }»
rv-wins-risks-asks = Seire, risikoer og behov
rv-wins = Seire
rv-risks = Risikoer
rv-asks = Behov
rv-none = ingen
rv-no-owner = ingen ansvarlig
rv-its-owner = ansvarlig
rv-owner = ansvarlig
rv-status-was = { $now }, var { $then }
rv-was = var { $status }
rv-no-projection = ingen prognose
rv-missing-forecasts = { $missing } av { $total } nøkkelresultater mangler prognose
rv-grade-of = { $grade } av { $expected }
rv-of-expected = av { $expected }

## Hva gjennomgangen ber de ansvarlige om
rv-ask-note = { $owner } skrev { $date }: { $note }
rv-ask-confidence = tiltroen hos { $owner } er { $value }/10 ({ $date }): bestem om nøkkelresultatet skal beholdes, endres eller strykes
rv-ask-experiment = på etterskudd eller står stille uten eksperiment som pågår: bestem hva som skal prøves
rv-ask-stale = dataene er utdaterte: { $owner } må sende nye tall
rv-ask-stale-newest = dataene er utdaterte (siste { $date }): { $owner } må sende nye tall

## Et måls side
rv-eyebrow-aligned = Mål · under { $parent }
rv-owner-is = Ansvarlig: { $owner }
rv-owner-label = Ansvarlig
rv-kind-committed = forpliktende: { $grade } forventes
rv-kind-aspirational = ambisiøst: { $grade } er en god karakter
rv-weight = vekt { $weight }
rv-grade = karakter { $grade }
rv-projected-at-end = prognose ved periodens slutt: { $projected }
rv-no-key-results = Ingen nøkkelresultater ennå.
rv-progress-from-aligned = Fremdriften kommer fra målene under det, på sidene som følger.
rv-repeat-key-results = { $title }: nøkkelresultater
rv-repeat-experiments = { $title }: eksperimenter
rv-so-far = så langt
rv-so-far-rate = så langt; { $rate }
rv-forecast-at-end = prognose ved periodens slutt { $value }
rv-forecast = prognose { $value }
rv-owners-confidence = ansvarligs tiltro { $value }/10 ({ $date })
rv-confidence = tiltro { $value }/10
rv-held = holdt { $held } av { $judged } { $grain ->
        [day] { $judged ->
            [one] dag
           *[other] dager
        }
        [week] { $judged ->
            [one] uke
           *[other] uker
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
            [one] intervall
           *[other] intervaller
        }
    }
rv-on-date = den { $date }
rv-due = frist { $date }
rv-from = fra { $value }
rv-done = ferdig
rv-new = ny
rv-stale-newest = utdatert: siste data { $date }
rv-no-progress-yet = ingen fremdrift ennå
rv-expected = forventet { $value }
rv-chart-due = { $title }: frist { $date }
rv-chart-over-cycle = { $title } gjennom perioden
rv-experiments = Eksperimenter
rv-no-learning = ingen lærdom skrevet ned
rv-dates-from = fra { $date }
rv-dates-until = til { $date }
rv-guardrail-ok = vaktgrense holdt: { $parts }
rv-guardrail-breached = vaktgrense brutt: { $parts }
rv-guardrail-unknown = vaktgrense ukjent: { $parts }
rv-guardrail-no-data = { $metric } (ingen data)
rv-guardrail-min = minst { $value }
rv-guardrail-max = høyst { $value }

## Tegnforklaringen
rv-legend-value = verdi
rv-legend-expected = forventet (plan)
rv-legend-target = målverdi
rv-legend-forecast = prognose ved periodens slutt
rv-legend-partial = intervall så langt (ufullstendig)
rv-legend-held = holdt
rv-legend-breached = brutt
rv-legend-as-of = per
rv-legend-due = frist

## Eksperimenttavlene
rv-boards-title = Vellykkede og mislykkede eksperimenter
rv-boards-meta = Et mislykket eksperiment er data, ikke skam: hva vi prøvde, hva vi forventet, hva vi lærte.
rv-board-won = Vellykkede
rv-board-lost = Mislykkede
rv-board-running = Pågår
rv-board-backlog = Backlogg, etter ICE
rv-none-yet = ingen ennå
rv-lift = effekt på { $metric }: { $lift }
rv-learned = Lærdom: { $learning }
rv-needs-experiment = På etterskudd eller står stille uten eksperiment som pågår: { $krs }

## Ordlisten
rv-glossary = Ordliste
rv-gl-grade = karakter
    .meaning = fremdrift begrenset til 0–1 og avrundet til én desimal; { $good } er en god karakter for et ambisiøst mål, et forpliktende mål forventes å nå { $full }
rv-gl-progress = fremdrift
    .meaning = hvor langt verdien har kommet fra startverdien mot målverdien: 0 % ved startverdien, 100 % ved målverdien
rv-gl-expected = forventet
    .meaning = fremdriften planen forventer på datoen gjennomgangen gjelder: lineært over perioden med mindre nøkkelresultatet har en egen plan
rv-gl-pace = tempo
    .meaning = fremdrift mot forventet fremdrift; under innstillingenes grenser er et nøkkelresultat i faresonen, deretter på etterskudd
rv-gl-pending = for tidlig
    .meaning = for tidlig å vurdere: vinduet har vart færre dager enn innstillingen settle_days
rv-gl-stalled = står stille
    .meaning = ingen fremdrift over innstillingens stall_days dager, samtidig som fremdriften ligger under den forventede
rv-gl-stale = utdatert
    .meaning = de siste dataene er eldre enn innstillingens stale_days dager: tallene kan være utdaterte, og ingen prognose tegnes
rv-gl-run-rate = oppregnet tempo
    .meaning = et intervall som ikke er over ennå, regnet opp til hele intervallet: verdi × intervallets dager ÷ dager så langt
rv-gl-so-far = så langt
    .meaning = et intervall som ikke er over ennå: verdien er ufullstendig, tegnes for seg (et hult kvadrat, en stiplet søyle, ┆ i tekst) og vurderes aldri
rv-gl-forecast = prognose, prognosekarakter
    .meaning = en rett linje tilpasset verdiene så langt, avlest ved periodens slutt; prognosekarakteren vekter sammen prognosene, og sier «ingen prognose» der en mangler
rv-gl-pp = pp
    .meaning = prosentpoeng: endringen av en andel (+4 pp) eller av fremdrift (fremdrift +45 pp), ikke en relativ endring
rv-gl-guardrail = vaktmåltall
    .meaning = et måltall som må holde seg innenfor grensene sine mens nøkkelresultatet beveger seg; i et diagram er et holdt intervall en fylt prikk, et brutt et kryss

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
