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

## Perustelut ja suojamittarilauseet, kaikille näkymille (reason-). JSON
## pitää englanninkieliset. $grain on day, week, month tai quarter;
## $heading on forecast tai run-rate.
reason-finding-value = arvo { $value }
reason-finding-value-run-rate = arvo { $value } tähän mennessä, { $rate }
reason-finding-target = tavoitearvo { $target }
reason-finding-expected = odotettu nyt { $value }
reason-finding-newest = uusin datapiste { $date }
reason-finding-stale-since = vanhentunut: uusin datapiste on { $date }
reason-finding-stale = vanhentunut
reason-breach-below = suojamittari `{ $metric }` on { $value }, alle suojarajan väh. { $bound } ({ $by })
reason-breach-above = suojamittari `{ $metric }` on { $value }, yli suojarajan enint. { $bound } ({ $by })
reason-breach = suojamittarin `{ $metric }` suojaraja on rikottu
reason-too-early = liian aikaista arvioida: ikkunasta on kulunut { $run } tarvittavasta { $needs } { $n ->
    [one] päivästä
   *[other] päivästä
} (settle_days)
reason-run-rate = (tahti { $rate }, tähän mennessä { $summed })
reason-reached = saavutti tavoitearvon { $target } ({ $progress })
reason-at-target = tavoitearvossa { $target } ({ $progress }), ei lopullinen: arvo voi vielä muuttua ikkunan loppuun asti
reason-no-progress-since = ei edistymistä { $date } jälkeen ({ $then } silloin, { $now } nyt) ja alle odotetun { $expected }
reason-no-progress-previous = ei edistymistä edellisen { $grain ->
    [day] päivän
    [week] viikon
    [month] kuukauden
   *[quarter] neljänneksen
} aikana ({ $then } silloin, { $now } nyt) ja alle odotetun { $expected }
reason-pace-nothing-expected = edistyminen { $progress }, mitään ei vielä odoteta
reason-pace-below-expected = edistyminen { $progress } on alle odotetun { $expected }
reason-pace-on-track = edistyminen { $progress } on { $ratio } odotetusta { $expected }
reason-pace-at-risk = edistyminen { $progress } on { $ratio } odotetusta { $expected } (vaarassa alle { $below })
reason-pace-off-track = edistyminen { $progress } on { $ratio } odotetusta { $expected } (jäljessä alle { $below })
reason-against-at-least = { $value } { $sign } { $limit } (vähintään { $limit })
reason-against-at-most = { $value } { $sign } { $limit } (enintään { $limit })
reason-so-far = { $now } tähän mennessä
reason-threshold-summed = { $now } (tahti, summa { $summed })
reason-over-budget = { $now }: budjetti ylittyy
reason-breaks = { $now }, mutta { $heading ->
    [forecast] ennuste
   *[run-rate] tahti
} { $value } rikkoo rajan
reason-threshold-reached = { $now }: saavutettu
reason-reaches = { $now }; { $heading ->
    [forecast] ennuste
   *[run-rate] tahti
} { $value } saavuttaa rajan
reason-falls-short = { $now }; { $heading ->
    [forecast] ennuste
   *[run-rate] tahti
} { $value } jää vajaaksi
reason-no-projection = { $now }; { $heading ->
    [forecast] ei ennustetta
   *[run-rate] ei tahtia
}, jolla raja saavutetaan
reason-periods = viimeisin { $grain ->
    [day] päivä
    [week] viikko
    [month] kuukausi
   *[quarter] neljännes
} { $against }; rajoissa pysyi { $held }/{ $judged } { $n ->
   *[other] { $grain ->
        [day] päivästä
        [week] viikosta
        [month] kuukaudesta
       *[quarter] neljänneksestä
    }
}
reason-periods-below = { $text }: { $share } on alle { $below }
reason-no-whole-period = yksikään jakson kokonainen { $grain ->
    [day] päivä
    [week] viikko
    [month] kuukausi
   *[quarter] neljännes
} ei ole vielä päättynyt
reason-done-on = valmis { $date }
reason-done = valmis
reason-due = ei vielä valmis, määräpäivä { $date }
reason-overdue = ei valmis, määräpäivä oli { $date }
reason-start-unknown = lähtöarvo on jakson ensimmäisen kokonaisen { $grain ->
    [day] päivän
    [week] viikon
    [month] kuukauden
   *[quarter] neljänneksen
} arvo, ei vielä tiedossa
reason-start-is-target = lähtöarvo on sama kuin tavoitearvo
reason-cycle-starts = jakso alkaa { $date }
reason-no-data = ei dataa mittarille `{ $metric }` ikkunassa
reason-zero-divisor = `{ $metric }` jakaa nollalla ikkunassa

## okr show: nimiöt (show-label-; yli 11 merkin nimiö leventää
## nimiösaraketta), lauseet ja kaavion selite
show-label-status = Tila
show-label-why = Miksi
show-label-rule = Sääntö
show-label-value = Arvo
show-label-start = Lähtöarvo
show-label-target = Tavoitearvo
show-label-progress = Edistyminen
show-label-expected = Odotettu
show-label-forecast = Ennuste
show-label-grade = Arvosana
show-label-due = Määräpäivä
show-label-confidence = Luottamus
show-label-note = Merkintä
show-label-metric = Mittari
show-label-window = Ikkuna
show-label-guardrails = Suojamittarit
show-label-experiments = Kokeilut
show-label-data = Data
show-label-weight = Paino
show-label-declared = Määritelty
show-label-rolls-up = Koostuu
show-label-parent = Ylätavoite
show-label-tags = Tunnisteet
show-owner = vastuuhenkilö { $owner }
show-owner-objectives = vastuuhenkilö { $owner } (tavoitteen)
show-kr-of = { $id } · avaintulos tavoitteelle ”{ $parent }” ({ $parent_id })
show-value-partial = (tähän mennessä: ajanjakso ei ole päättynyt)
show-periods-held = ({ $held }/{ $judged } { $n ->
    [one] ajanjaksosta
   *[other] ajanjaksosta
} rajoissa)
show-pace = (tahti: edistyminen / odotettu = { $pace })
show-forecast-by = { $value } { $date } mennessä
show-forecast-period = — (ajanjaksoikkunoilla ei ole ennustetta)
show-forecast-no-data = — (ei vielä dataa)
show-forecast-stale = — (ei ennustetta, kun data on vanhentunutta: viiva nousisi päivinä, joilta ei ole dataa)
show-forecast-settle = — (tarvitsee dataa { $n ->
    [one] { $n } päivältä
   *[other] { $n } päivältä
}: settle_days)
show-confidence = { $value }/10, { $date }
show-confidence-trend = { $value }/10, { $date }, trendi { $trend }
show-note = ”{ $text }” ({ $date })
show-guardrail-ok = ok
show-guardrail-breached = rikottu
show-guardrail-unknown = tuntematon: ei dataa
show-needs-experiment = ⚑ jäljessä ilman käynnissä olevaa kokeilua
show-objective-kind = { $kind ->
    [aspirational] kunnianhimoinen tavoite
   *[committed] sitova tavoite
}
show-grade-scale = { $kind ->
    [committed] sitova: { $grade } on odotettu taso
   *[aspirational] kunnianhimoinen: { $grade } on hyvä arvosana
}
show-progress-none = — (sen alla ei ole mitään)
show-rollup-key-results = vain sen avaintulokset (rollup = "key_results")
show-rollup-aligned = vain sen alatavoitteet (rollup = "aligned")
show-rollup-both = avaintulokset ja alatavoitteet painotettuina
show-def-milestone = ei mitään: virstanpylväs päivitetään käsin
show-def-manual = ei mitään: mitataan käsin, viimeisin tilannepäivitys ratkaisee ({ $n } tähän mennessä)
show-def-column = sarake `{ $column }`
show-def-metric = mittari `{ $column }`
show-def-summed = summattuna
show-def-aggregate-override = { $aggregate } (avaintuloksen; mittarin oma on { $own })
show-def-source = { $metric }: { $what } tiedostosta { $file } (lähde `{ $source }`, { $layout }), { $aggregate } ikkunan yli
show-def-source-segment = { $metric }: { $what } tiedostosta { $file } (lähde `{ $source }`, { $layout }), segmentti `{ $segment }`, { $aggregate } ikkunan yli
show-def-ratio = { $metric } = summa({ $numerator }) / summa({ $denominator }) ikkunan yli
show-def-formula = { $metric } = { $formula }, kukin osa ikkunan yli, sitten kaava kerran
show-window-every = jakson jokainen päättynyt kokonainen { $grain ->
    [day] päivä
    [week] viikko
    [month] kuukausi
   *[quarter] neljännes
} arvioidaan
show-window-every-latest = jakson jokainen päättynyt kokonainen { $grain ->
    [day] päivä
    [week] viikko
    [month] kuukausi
   *[quarter] neljännes
} arvioidaan; viimeisin: { $range }
show-window-cycle = jakso tähän mennessä, { $range }
show-window-period-so-far = { $grain ->
    [day] päivä
    [week] viikko
    [month] kuukausi
   *[quarter] neljännes
} tähän mennessä (yksikään ei ole vielä päättynyt), { $range }
show-window-period = viimeisin päättynyt kokonainen { $grain ->
    [day] päivä
    [week] viikko
    [month] kuukausi
   *[quarter] neljännes
}, { $range }
show-data-none = ei vielä datapisteitä
show-data-today = raporttipäivänä
show-data-ago = { $n ->
    [one] { $n } päivä
   *[other] { $n } päivää
} ennen raporttipäivää
show-data-stale = vanhentunut: vanhempi kuin { $n ->
    [one] { $n } päivä
   *[other] { $n } päivää
}
show-data-fresh = ajantasainen (vanhenee { $n ->
    [one] { $n } päivän
   *[other] { $n } päivän
} jälkeen)
show-data = uusin piste { $date }, { $ago }; { $verdict }
show-due-early = { $date } (valmis { $n ->
    [one] { $n } päivän
   *[other] { $n } päivää
} etuajassa)
show-due-late = { $date } (valmis { $n ->
    [one] { $n } päivän
   *[other] { $n } päivää
} myöhässä)
show-due-today = { $date } (tänään)
show-due-left = { $date } ({ $n ->
    [one] { $n } päivä
   *[other] { $n } päivää
} jäljellä)
show-due-overdue = { $date } ({ $n ->
    [one] { $n } päivän
   *[other] { $n } päivää
} myöhässä)
show-rule-not-started = { $status }: jakso ei ole alkanut
show-rule-no-data = { $status }: ikkunassa ei ole arvoa (puuttuva arvo tarkoittaa, ettei dataa ole, ei koskaan nollaa)
show-rule-breached = { $status }: suojamittari on rajojensa ulkopuolella; suojamittarit tarkistetaan ennen edistymistä ja tahtia
show-rule-milestone-done = { $status }: merkitty valmiiksi
show-rule-done = { $status }: edistyminen { $progress } ≥ 100 % ja arvo on lopullinen
show-rule-stalled-period = { $status }: edistyminen ei ole suurempi kuin edellisen { $grain ->
    [day] päivän
    [week] viikon
    [month] kuukauden
   *[quarter] neljänneksen
} aikana, ja alle odotetun
show-rule-stalled = { $status }: edistyminen ei ole suurempi kuin { $n ->
    [one] { $n } päivä
   *[other] { $n } päivää
} sitten, ja alle odotetun
show-rule-stalled-since = { $status }: edistyminen ei ole suurempi kuin { $n ->
    [one] { $n } päivä
   *[other] { $n } päivää
} sitten ({ $date }), ja alle odotetun
show-rule-milestone-on-track = { $status }: ei valmis, eikä määräpäivä { $date } ole vielä ohi
show-rule-milestone-late = { $status }: ei valmis määräpäivään { $date } mennessä
show-rule-nothing-expected = { $status }: vielä ei odoteta mitään; aikataulussa, kun edistyminen ≥ odotettu
show-rule-pace-on-track = { $status }: tahti (edistyminen / odotettu) { $pace } ≥ { $at_risk } (at_risk_below)
show-rule-pace-at-risk = { $status }: tahti (edistyminen / odotettu) { $pace } on alle { $at_risk } (at_risk_below), mutta vähintään { $off } (off_track_below)
show-rule-pace-off-track = { $status }: tahti (edistyminen / odotettu) { $pace } on alle { $off } (off_track_below)
show-child-key-result = { $id } (avaintulos)
show-child-objective = { $id } (alatavoite)
show-nothing-under = sen alla ei ole mitään
show-worst = huonoin tila sen { $count } alakohdasta: { $children } { $n ->
    [one] on
   *[other] ovat
} { $status }
show-chart-plan = ┈┈ suunnitelma (odotettu)
show-chart-bound = ┈┈ raja { $sign } { $value }
show-chart-forecast = ╌╌ ennuste { $value }
show-chart-so-far = ╌╌ { $grain ->
    [day] päivä
    [week] viikko
    [month] kuukausi
   *[quarter] neljännes
} tähän mennessä
show-chart-value = ━━ arvo
show-chart-value-per = ━━ arvo { $grain ->
    [day] päivittäin
    [week] viikoittain
    [month] kuukausittain
   *[quarter] neljännesvuosittain
}
show-chart-as-of = tilanne

## okr north-star: taulu (ns-)
ns-change = { $grain ->
    [day] pv/pv
    [week] vko/vko
    [month] kk/kk
   *[quarter] Q/Q
}
ns-days = { $n ->
    [one] { $n } päivä
   *[other] { $n } päivää
}
ns-heading = ★ { $name } — { $grain ->
    [day] päivittäin
    [week] viikoittain
    [month] kuukausittain
   *[quarter] neljännesvuosittain
}, tilanne { $date }
ns-core-action = ydintoiminto: { $action }
ns-every = tiheys { $every }
ns-target = tavoitearvo { $value } { $grain ->
    [day] päivässä
    [week] viikossa
    [month] kuukaudessa
   *[quarter] neljänneksessä
}
ns-target-from = tavoitearvo { $value } { $grain ->
    [day] päivässä
    [week] viikossa
    [month] kuukaudessa
   *[quarter] neljänneksessä
}, lähtöarvo { $start }
ns-status = tila { $status }
ns-no-target = ei tavoitearvoa { $grain ->
    [day] päivää
    [week] viikkoa
    [month] kuukautta
   *[quarter] neljännestä
} kohden: Pohjantähden tavoitearvo koskee sen omaa aikayksikköä
ns-pace-needed = tarvittava tahti: { $pace } { $grain ->
    [day] päivässä
    [week] viikossa
    [month] kuukaudessa
   *[quarter] neljänneksessä
} jäljellä olevien { $n } { $n ->
    [one] { $grain ->
        [day] päivän
        [week] viikon
        [month] kuukauden
       *[quarter] neljänneksen
    }
   *[other] { $grain ->
        [day] päivän
        [week] viikon
        [month] kuukauden
       *[quarter] neljänneksen
    }
} aikana
ns-no-period-left = jaksossa ei ole jäljellä yhtään kokonaista ajanjaksoa
ns-col-metric = Mittari
ns-col-role = Rooli
ns-col-latest = Viimeisin
ns-col-previous = Edellinen
ns-col-trend = Trendi
ns-col-target = Tavoite / raja
ns-col-period = { $grain ->
    [day] päivä
    [week] viikko
    [month] kuukausi
   *[quarter] neljännes
}
ns-partial = * kuluva ajanjakso tähän mennessä: ei vertailla

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
