### okr in Finnish (suomi): every word of every human-readable output.
### Each language's file has the same messages with the same arguments
### (checked by src/i18n/tests.rs). Numbers arrive formatted for the locale;
### a number argument (n, count, days) selects the plural form.
### Sections belong to parts of the code; keep each message in its section.

## --- area: common ---

## Statuses: a table cell (in English the spelling --fail-on takes) and .prose
## for sentences. JSON and CSV keep done, on-track, ...
status-done = valmis
    .prose = valmis
status-on-track = aikataulussa
    .prose = aikataulussa
status-at-risk = vaarassa
    .prose = vaarassa
status-off-track = jäljessä
    .prose = jäljessä
status-stalled = pysähtynyt
    .prose = pysähtynyt
status-no-data = ei dataa
    .prose = ilman dataa
status-guardrail-breached = suojaraja rikottu
    .prose = suojaraja rikottu
status-pending = liian aikaista
    .prose = liian aikaista arvioida
status-stale = { $status } (vanhentunut)

## okr's vocabulary: kinds, roles, objective types, experiments, grains,
## aggregates, display formats
kind-increase = kasvata
kind-decrease = vähennä
kind-at-least = vähintään
kind-at-most = enintään
kind-milestone = virstanpylväs
role-north-star = Pohjantähti
role-input = ohjaava mittari
role-guardrail = suojamittari
objective-type-aspirational = kunnianhimoinen
objective-type-committed = sitova
experiment-idea = idea
experiment-running = käynnissä
experiment-won = onnistui
experiment-lost = epäonnistui
experiment-inconclusive = ei ratkaisua
grain-day = päivä
grain-week = viikko
grain-month = kuukausi
grain-quarter = neljännes
aggregate-sum = summa
aggregate-avg = keskiarvo
aggregate-min = pienin
aggregate-max = suurin
aggregate-last = viimeisin
aggregate-count = määrä
format-number = luku
format-percent = prosentti
format-currency = valuutta

## Counts
count-objectives = { $n ->
    [one] { $n } tavoite
   *[other] { $n } tavoitetta
}
count-key-results = { $n ->
    [one] { $n } avaintulos
   *[other] { $n } avaintulosta
}

## Months
month = { $m ->
    [1] tammikuu
    [2] helmikuu
    [3] maaliskuu
    [4] huhtikuu
    [5] toukokuu
    [6] kesäkuu
    [7] heinäkuu
    [8] elokuu
    [9] syyskuu
    [10] lokakuu
    [11] marraskuu
   *[12] joulukuu
}
month-short = { $m ->
    [1] tammi
    [2] helmi
    [3] maalis
    [4] huhti
    [5] touko
    [6] kesä
    [7] heinä
    [8] elo
    [9] syys
    [10] loka
    [11] marras
   *[12] joulu
}

## Errors: the frame every error is written in
error-line = virhe: { $error }
error-at-line = rivi { $line }
error-hint = vihje: { $hint }
error-caused-by = syy: { $cause }
error-count = { $n } ongelmaa löytyi

## --- end: common ---

## --- area: status ---

## --- end: status ---

## --- area: check ---

## --- end: check ---

## --- area: review ---
## Neljännesvuosikatsaus (okr report): Markdown ja HTML. Tilat, tyypit ja
## kokeilujen tilat tulevat yhteisistä sanoista; perustelut reason.rs:stä.
rv-title = OKR-neljännesvuosikatsaus — { $cycle }
rv-html-title = OKR-neljännesvuosikatsaus { $cycle }, tilanne { $as_of }
rv-eyebrow = OKR-neljännesvuosikatsaus
rv-meta = Tilanne { $as_of } · jakso { $start } – { $end } · { $state } · muutokset { $since } alkaen
rv-as-of = Tilanne { $date }
rv-cycle-range = Jakso { $start } – { $end }
rv-changes-since = Muutokset { $date } alkaen
rv-colophon = Tehty okr { $version } -työkalulla OKR-tiedostosta ja sen mittariviennistä, tilanne { $as_of }. Vain sinä päivänä tai aiemmin päivätty data lasketaan, joten katsauksen voi toistaa täsmälleen.
rv-page-footer = sivu { $page }/{ $pages }

## Pohjantähti
rv-north-star = Pohjantähti
rv-north-star-named = Pohjantähti: { $name }
rv-no-data = ei dataa
rv-before-cycle = ennen jaksoa
rv-target = tavoitearvo { $value }
rv-start = lähtöarvo { $value }
rv-progress = edistyminen { $progress }
rv-progress-expected = edistyminen { $progress } (odotettu { $expected })
rv-trend-by = Trendi ({ $grain }): { $line }
rv-core-action = Ydintoiminto: { $action }
rv-core-action-every = Ydintoiminto: { $action }, tiheys { $frequency }
rv-ns-chart-label = { $name } ({ $grain })
rv-ns-caption = { $grain ->
        [day] Päivittäin
        [week] Viikoittain
        [month] Kuukausittain
       *[quarter] Neljänneksittäin
    }, jakson loppuun. Katkoviivareunus: { $grain ->
        [day] kuluva päivä
        [week] kuluva viikko
        [month] kuluva kuukausi
       *[quarter] kuluva neljännes
    } tähän mennessä (ei päättynyt, ei arvioitu); vaalea: jakson alun katkaisema aikaväli. Katkoviiva: tavoitearvo; pisteviiva: lähtöarvo; ohut: ramppi lähtöarvosta tavoitearvoon.
rv-value-so-far = { $value } kesken
rv-tick-week = vk{ $week }
rv-tick-quarter = Q{ $quarter }
rv-tick-day = { $day }.{ $month }.

## Sarakeotsikot ja nimiöt
rv-col-input-or-guardrail = Ohjaava mittari tai suojamittari
rv-col-inputs = Ohjaavat mittarit
rv-col-trend = Trendi
rv-col-value = Arvo
rv-col-latest = Uusin
rv-col-previous = Aiempi
rv-col-change = Muutos
rv-col-objective = Tavoite
rv-col-owner = Vastuuhenkilö
rv-col-type = Tyyppi
rv-col-progress = Edistyminen
rv-col-since = { $date } alkaen
rv-col-grade = Arvosana
rv-col-projected = Ennuste
rv-col-projected-grade = Ennustettu arvosana
rv-col-projected-at-end = Ennuste jakson lopussa
rv-col-status = Tila
rv-col-key-result = Avaintulos
rv-col-over-cycle = Jakson aikana
rv-col-target = Tavoitearvo
rv-col-expected = Odotettu
rv-col-experiment = Kokeilu
rv-col-dates = Päivämäärät
rv-col-learning = Oppi

## Yhteenveto
rv-objectives = Tavoitteet
rv-no-objectives = Ei tavoitteita.
rv-key-results = Avaintulokset
rv-counts = Avaintulokset: { $counts }.
rv-needs-attention = Vaatii huomiota
rv-objective = Tavoite
rv-objective-named = Tavoite: { $title }
rv-md-attention-objective = Tavoite { $title } ({ $owner }): { $status }
rv-md-attention-objective-because = Tavoite { $title } ({ $owner }): { $status }, { $because }
rv-through-kr = syynä avaintulos { $title } ({ $owner })
rv-through-objective = syynä alatavoite { $title } ({ $owner })
rv-quote = ”{ $text }”
rv-wins-risks-asks = Onnistumiset, riskit ja pyynnöt
rv-wins = Onnistumiset
rv-risks = Riskit
rv-asks = Pyynnöt
rv-none = ei yhtään
rv-no-owner = ei vastuuhenkilöä
rv-its-owner = vastuuhenkilö
rv-owner = vastuuhenkilö
rv-status-was = { $now }, aiemmin { $then }
rv-was = aiemmin { $status }
rv-no-projection = ei ennustetta
rv-missing-forecasts = { $missing }/{ $total } { $total ->
        [one] avaintulos
       *[other] avaintulosta
    } ilman ennustetta
rv-grade-of = { $grade } / { $expected }
rv-of-expected = / { $expected }

## Mitä katsaus pyytää vastuuhenkilöiltä
rv-ask-note = { $owner } kirjoitti { $date }: { $note }
rv-ask-confidence = { $owner }: luottamus { $value }/10 ({ $date }): päättäkää, pidetäänkö, muutetaanko vai poistetaanko avaintulos
rv-ask-experiment = jäljessä tai pysähtynyt eikä kokeilua ole käynnissä: päättäkää, mitä kokeillaan
rv-ask-stale = data on vanhentunut: { $owner } toimittaa uudet luvut
rv-ask-stale-newest = data on vanhentunut (uusin { $date }): { $owner } toimittaa uudet luvut

## Tavoitteen sivu
rv-eyebrow-aligned = Tavoite · osa tavoitetta { $parent }
rv-owner-is = Vastuuhenkilö: { $owner }
rv-owner-label = Vastuuhenkilö
rv-kind-committed = sitova: odotetaan { $grade }
rv-kind-aspirational = kunnianhimoinen: { $grade } on hyvä arvosana
rv-weight = paino { $weight }
rv-grade = arvosana { $grade }
rv-projected-at-end = ennuste jakson lopussa: { $projected }
rv-no-key-results = Ei vielä avaintuloksia.
rv-progress-from-aligned = Edistyminen tulee sen alle kytketyistä tavoitteista, seuraavilla sivuilla.
rv-repeat-key-results = { $title }: avaintulokset
rv-repeat-experiments = { $title }: kokeilut
rv-so-far = tähän mennessä
rv-so-far-rate = tähän mennessä; { $rate }
rv-forecast-at-end = ennuste jakson lopussa { $value }
rv-forecast = ennuste { $value }
rv-owners-confidence = vastuuhenkilön luottamus { $value }/10 ({ $date })
rv-confidence = luottamus { $value }/10
rv-held = piti { $held }/{ $judged } { $grain ->
        [day] päivänä
        [week] viikkona
        [month] kuukautena
        [quarter] neljänneksenä
       *[other] aikavälinä
    }
rv-on-date = { $date }
rv-due = määräpäivä { $date }
rv-from = lähtöarvo { $value }
rv-done = valmis
rv-new = uusi
rv-stale-newest = vanhentunut: uusin data { $date }
rv-no-progress-yet = ei vielä edistymistä
rv-expected = odotettu { $value }
rv-chart-due = { $title }: määräpäivä { $date }
rv-chart-over-cycle = { $title } jakson aikana
rv-experiments = Kokeilut
rv-no-learning = oppia ei ole kirjattu
rv-dates-from = { $date } alkaen
rv-dates-until = { $date } asti
rv-guardrail-ok = suojaraja pitää: { $parts }
rv-guardrail-breached = suojaraja rikottu: { $parts }
rv-guardrail-unknown = suojaraja tuntematon: { $parts }
rv-guardrail-no-data = { $metric } (ei dataa)
rv-guardrail-min = vähintään { $value }
rv-guardrail-max = enintään { $value }

## Kaavioiden selitteet
rv-legend-value = arvo
rv-legend-expected = odotettu (suunnitelma)
rv-legend-target = tavoitearvo
rv-legend-forecast = ennuste jakson lopussa
rv-legend-partial = kesken oleva aikaväli (osittainen)
rv-legend-held = piti
rv-legend-breached = rikottu
rv-legend-as-of = tilannepäivä
rv-legend-due = määräpäivä

## Kokeilutaulut
rv-boards-title = Onnistuneet ja epäonnistuneet kokeilut
rv-boards-meta = Epäonnistunut kokeilu on dataa, ei häpeä: mitä kokeilimme, mitä odotimme, mitä opimme.
rv-board-won = Onnistuneet
rv-board-lost = Epäonnistuneet
rv-board-running = Käynnissä
rv-board-backlog = Työjono, ICE-järjestyksessä
rv-none-yet = ei vielä yhtään
rv-lift = vaikutus mittariin { $metric }: { $lift }
rv-learned = Opittiin: { $learning }
rv-needs-experiment = Jäljessä tai pysähtynyt eikä kokeilua ole käynnissä: { $krs }

## Sanasto
rv-glossary = Sanasto
rv-gl-grade = arvosana
    .meaning = edistyminen rajattuna välille 0–1 ja pyöristettynä yhteen desimaaliin; { $good } on hyvä arvosana kunnianhimoiselle tavoitteelle, sitovan tavoitteen odotetaan yltävän arvoon { $full }
rv-gl-progress = edistyminen
    .meaning = kuinka pitkälle arvo on edennyt lähtöarvosta kohti tavoitearvoa: 0 % lähtöarvossa, 100 % tavoitearvossa
rv-gl-expected = odotettu
    .meaning = edistyminen, jota suunnitelma odottaa tilannepäivään mennessä: tasainen koko jakson ajan, ellei avaintuloksella ole omaa suunnitelmaa
rv-gl-pace = tahti
    .meaning = edistyminen suhteessa odotettuun; asetusten rajojen alapuolella avaintulos on vaarassa, sitten jäljessä
rv-gl-pending = liian aikaista
    .meaning = liian aikaista arvioida: ikkuna on ollut käynnissä vähemmän päiviä kuin asetus settle_days
rv-gl-stalled = pysähtynyt
    .meaning = ei edistymistä asetuksen stall_days päivän aikana, vaikka edistyminen on odotettua jäljessä
rv-gl-stale = vanhentunut
    .meaning = uusin data on vanhempaa kuin asetuksen stale_days päivää: luvut voivat olla vanhentuneita, eikä ennustetta piirretä
rv-gl-run-rate = laskennallinen tahti
    .meaning = kesken oleva aikaväli skaalattuna koko aikaväliin: arvo × aikavälin päivät ÷ päivät tähän mennessä
rv-gl-so-far = tähän mennessä
    .meaning = kesken oleva aikaväli: arvo on osittainen, piirretään erikseen (ontto neliö, katkoviivapylväs, ┆ tekstissä) eikä sitä koskaan arvioida
rv-gl-forecast = ennuste, ennustettu arvosana
    .meaning = tähänastisten arvojen kautta sovitettu suora, luettuna jakson lopussa; ennustettu arvosana yhdistää ennusteet painojen mukaan ja kertoo ”ei ennustetta”, jos jokin puuttuu
rv-gl-pp = pp
    .meaning = prosenttiyksiköt: osuuden muutos (+4 pp) tai edistymisen muutos (edistyminen +45 pp), ei suhteellinen muutos
rv-gl-guardrail = suojamittari
    .meaning = mittari, jonka on pysyttävä rajoissaan avaintuloksen muuttuessa; kaaviossa pitänyt aikaväli on täytetty piste, rikottu risti

## --- end: review ---

## --- area: errors-config ---
error-unknown-language = tuntematon kieli "{ $found }"
    .hint-suggest = kirjoita "{ $code }"
    .hint = jokin näistä: { $codes }

## --- end: errors-config ---

## --- area: errors-data ---
error-invalid-number = sarake `{ $column }`: virheellinen luku "{ $found }"

## --- end: errors-data ---

## --- area: init-help ---

## --- end: init-help ---
