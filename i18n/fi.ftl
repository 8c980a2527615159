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

## okr status: taulukko, sen alaosa ja Markdown-muoto (st-), solut, jotka
## kaikki ihmisille tarkoitetut muodot jakavat (cell-)
st-no-objectives = Ei tavoitteita.
st-trend = trendi { $line }
st-col-key-result = Avaintulos
st-col-value = Arvo
st-col-target = Tavoitearvo
st-col-progress = Edistyminen
st-col-expected = Odotettu
st-col-forecast = Ennuste
st-col-confidence = Luottamus
st-col-moved = Muutos
st-col-status = Tila
st-progress-bar = Edistymispalkki
st-stale = (vanhentunut)
st-partial = * osittainen: jakso ei ole päättynyt, arvo tähän mennessä
st-as-of = tilanne { $date }
st-left-out = ({ $n ->
    [one] { $n } sarake jätetty pois
   *[other] { $n } saraketta jätetty pois
}, jotta taulukko mahtuu { $width } merkin leveyteen: { $columns })
st-group-untagged = ei { $prefix }-tunnistetta
st-md-title = OKR-tilanne — { $cycle } (tilanne { $date })
st-md-cycle = Jakso { $start } – { $end }, { $state }.
st-md-partial = * Ajanjakso ei ole vielä päättynyt: arvo tähän mennessä.
st-md-north-star = Pohjantähti: { $name }
st-md-period = Ajanjakso
st-md-before-cycle = ennen jaksoa
st-md-input = Ohjaava mittari
st-md-previous = Edellinen
st-md-change = Muutos
st-md-trend = Trendi { $grain ->
    [day] päivittäin
    [week] viikoittain
    [month] kuukausittain
   *[quarter] neljännesvuosittain
}: { $line }
st-md-core-action = Ydintoiminto: { $action }
st-md-core-action-every = Ydintoiminto: { $action }, tiheys { $every }
st-md-owner = Vastuuhenkilö: { $owner }
st-md-progress = edistyminen { $share }
st-md-grade = arvosana { $grade }
st-md-no-key-results = Ei vielä avaintuloksia.
cell-milestone-done = valmis
cell-milestone-not-done = ei valmis
cell-cycle-ended = jakso on päättynyt
cell-elapsed = { $share } kulunut
cell-closed = { $state }, suljettu { $date } ({ $record })
cell-run-rate = tahti { $rate }
cell-run-rate-scaled = tahti { $rate } ({ $value } { $days ->
    [one] { $days } päivässä
   *[other] { $days } päivässä
}, skaalattuna koko ajanjaksoon)
cell-below-min = < väh. { $bound }
cell-above-max = > enint. { $bound }
cell-min = väh. { $bound }
cell-max = enint. { $bound }
cell-period = { $grain ->
    [day] päivä
    [week] viikko
    [month] kuukausi
   *[quarter] neljännes
} { $dates }
cell-so-far = { $name }, tähän mennessä
cell-week-of = viikko alkaen { $date }
cell-month-year = { $month } { $year }
cell-experiments = ⚗ kokeilut: { $list }
cell-exp-running = { $n } käynnissä
cell-exp-won = { $n ->
    [one] { $n } onnistunut
   *[other] { $n } onnistunutta
}
cell-exp-lost = { $n ->
    [one] { $n } epäonnistunut
   *[other] { $n } epäonnistunutta
}
cell-exp-inconclusive = { $n ->
    [one] { $n } ratkaisematon
   *[other] { $n } ratkaisematonta
}
cell-exp-ideas = { $n } työjonossa
cell-no-running-experiment = ⚑ ei käynnissä olevaa kokeilua
cell-grain-so-far = ({ $grain ->
    [day] päivä
    [week] viikko
    [month] kuukausi
   *[quarter] neljännes
} tähän mennessä)
cell-new = uusi

## --- end: status ---

## --- area: check ---

## --- end: check ---

## --- area: review ---

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
