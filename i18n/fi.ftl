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
cell-no-data = ei dataa
cell-before-cycle = ennen jaksoa
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

## okr check: the marks before a failing and a warned key result, and the
## summary line. (The reasons under each are the area "status"'s.)
chk-fail = VIRHE
chk-warn = varoitus
chk-stale = vanhentunut
chk-summary = { $cycle }, tilanne { $date }: { $failing ->
    [one] { $failing } hylätty
   *[other] { $failing } hylättyä
}, { $warnings ->
    [one] { $warnings } varoitus
   *[other] { $warnings } varoitusta
}, { $passing ->
    [one] { $passing } hyväksytty
   *[other] { $passing } hyväksyttyä
}
chk-junit-warning = varoitus: { $message }

## okr digest (text, Markdown, Slack, Teams)
digest-title = OKR-katsaus — { $cycle }
digest-context = Tilanne { $date } · muutokset { $since } alkaen · { $state } ({ $start } – { $end })
## $grain: day, week, month or quarter
digest-ns-change = { $change } edelliseen { $grain ->
    [day] päivään
    [week] viikkoon
    [month] kuukauteen
   *[quarter] neljännekseen
} verrattuna
digest-ns-target = tavoitearvo { $target }
digest-kr-change = ({ $change }, edistyminen { $progress })
digest-status-was = { $now }, aiemmin { $was }
digest-confidence = luottamus { $value }/10
digest-owner = vastuuhenkilö { $owner }
digest-no-owner = ei vastuuhenkilöä
digest-note = ”{ $note }” ({ $date })
digest-moved = Muutokset { $date } alkaen
digest-moved-none = Mikään ei muuttunut.
digest-attention = Vaatii huomiota
digest-attention-none = Mikään ei ole jäljessä, pysähtynyt tai vaarassa eikä riko suojarajaa.
digest-wins = Onnistumiset
digest-wins-none = Ei onnistumisia tällä kertaa: epäonnistunut avaintulos on dataa, ei häpeä.
digest-win-done = valmis · { $objective }
digest-experiment-won = kokeilu onnistui
digest-experiment-won-by = kokeilu onnistui · { $owner }
## A count of key results by status: $words is the status in words, $status
## its interface name (done, on-track, ...) to choose a form by.
digest-count = { $status ->
    [done] { $n ->
        [one] { $n } valmis
       *[other] { $n } valmista
    }
    [stalled] { $n ->
        [one] { $n } pysähtynyt
       *[other] { $n } pysähtynyttä
    }
    [guardrail-breached] { $n } suojaraja rikottu
   *[other] { $n } { $words }
}
digest-counts = Avaintulokset: { $counts }.
digest-no-key-results = Ei avaintuloksia.
digest-slack-cut = Lisää komennolla `okr status`: viesti lyhennettiin Slackin 50 lohkon rajaan.

## okr experiments (table and Markdown)
exp-title = Kokeilut · { $cycle } · tilanne { $date }
exp-md-title = Kokeilut — { $cycle } (tilanne { $date })
exp-running = Käynnissä
exp-backlog = Työjono (ICE-pisteiden mukaan)
exp-won = Onnistuneet kokeilut
exp-lost = Epäonnistuneet kokeilut (dataa, ei häpeä)
exp-inconclusive = Ei ratkaisua
exp-col-experiment = Kokeilu
exp-col-key-results = Avaintulokset
exp-col-owner = Vastuuhenkilö
exp-col-ice = ICE
exp-col-dates = Päivämäärät
exp-col-lift = Vaikutus
exp-col-learning = Opit
exp-learned = opit: { $learning }
exp-from = { $date } alkaen
exp-until = { $date } asti
exp-lift-so-far = { $lift } tähän mennessä
exp-lift-expected = { $lift } (odotettu { $expected })
exp-no-dates = ei päivämääriä
exp-no-baseline = ei vertailuarvoa
exp-no-data = ei dataa
exp-needs-experiment = jäljessä tai pysähtynyt ilman käynnissä olevaa kokeilua: { $ids }
exp-md-needs-experiment = Jäljessä tai pysähtynyt ilman käynnissä olevaa kokeilua: { $ids }
exp-none = Ei vielä kokeiluja: lisää [[experiments]] OKR-tiedostoon (katso README: Experiments).

## okr metrics
inv-col-source = Lähde
inv-col-metric = Mittari
inv-col-rows = Rivit
inv-col-missing = Puuttuu
inv-col-first = Ensimmäinen
inv-col-last = Viimeisin
inv-col-used-by = Käyttäjät
inv-col-file = Tiedosto
inv-none-found = (lähteistä ei löytynyt mittareita)
inv-column = `{ $column }`
inv-column-segment = `{ $column }` (segmentti `{ $segment }`)
inv-no-data = ei dataa: mittari `{ $metric }`{ $key_results } lukee sarakkeen { $column } lähteestä `{ $source }`, jossa ei ole sille arvoja{ $hint }
inv-no-data-key-results = ({ $n ->
    [one] avaintulos
   *[other] avaintulokset
}: { $ids })
inv-no-data-did-you-mean = ; tarkoititko `{ $best }`? aseta column = "{ $best }" kohtaan [metrics.{ $metric }]

## okr sources: a label per line, then what it says
inv-label-encoding = merkistö
inv-label-delimiter = erotin
inv-label-header = otsikkorivi
inv-label-dates = päivämäärät
inv-label-totals = summarivit
inv-label-not-read = lukematta
inv-label-columns = sarakkeet
inv-label-metric = mittari
inv-label-note = huomio
inv-delimiter = `{ $delimiter }`, desimaalierotin `{ $decimal }`
inv-table-of = taulukko { $table }/{ $tables }
inv-table-of-titled = taulukko { $table }/{ $tables } ”{ $title }”
inv-under-title-lines = { $n ->
    [one] { $count } otsikkorivin
   *[other] { $count } otsikkorivin
} alla
inv-table-lacks-columns = rivin { $line } taulukosta puuttuvat halutut sarakkeet
inv-header-line = rivi { $line }
inv-dates = sarake `{ $column }` muodossa { $format }: { $span }, { $n ->
    [one] { $rows } rivi
   *[other] { $rows } riviä
}
inv-totals = ohitettiin { $n ->
    [one] { $rows } rivi (rivi { $lines })
   *[other] { $rows } riviä (rivit { $lines })
}
inv-not-read = taulukko { $table } rivillä { $line } (`table = { $table }` lukee sen): { $columns }
inv-not-read-titled = taulukko { $table } ”{ $title }” rivillä { $line } (`table = { $table }` lukee sen): { $columns }
inv-metric-read = { $metric } <- { $column }: { $n ->
    [one] { $rows } rivi
   *[other] { $rows } riviä
}, { $missing } puuttuu, { $span }
inv-span = { $first } – { $last }
inv-no-dates = ei päivämääriä
inv-kind-date = päivämäärä
inv-kind-number = luku
inv-kind-text = teksti
inv-kind-empty = tyhjä

## okr log
log-col-date = Päivämäärä
log-col-key-result = Avaintulos
log-col-value = Arvo
log-col-confidence = Luottamus
log-col-note = Huomio
log-col-author = Kirjaaja
log-done = valmis
log-empty = ei vielä tilannepäivityksiä tiedostossa { $file }: `okr checkin KR-ID VALUE` kirjaa sellaisen

## okr history
hist-none = Ei vielä suljettuja jaksoja: `okr close` kirjoittaa jakson tallenteen sen viimeisenä päivänä.
hist-md-title = OKR-historia
hist-md-none = Ei vielä suljettuja jaksoja.
hist-col-cycle = Jakso
hist-col-dates = Päivämäärät
hist-col-grade = Arvosana
hist-col-done = Valmiina
hist-col-north-star = Pohjantähti
hist-col-objective = Tavoite
hist-col-type = Tyyppi
hist-col-status = Tila
hist-north-star = { $value } / { $target } ({ $status })
hist-done-of = { $done }/{ $total }
hist-objective = { $title } ({ $kind }, { $status })

## What the commands say they did (stderr; okr validate's line on stdout)
cmd-checkin-logged = { $id }: { $what } { $date }, kirjattu tiedostoon { $file }
cmd-checkin-logged-was = { $id }: { $what } { $date } (aiemmin { $before } { $before_date }), kirjattu tiedostoon { $file }
cmd-checkin-done = valmis
cmd-checkin-no-value = ei arvoa
cmd-checkin-with-confidence = { $what }, luottamus { $confidence }/10
cmd-checkin-all-logged = { $n ->
    [one] { $count } tilannepäivitys
   *[other] { $count } tilannepäivitystä
} kirjattu tiedostoon { $file }
## okr checkin's questions on a terminal
cmd-checkin-current = nyt
cmd-checkin-target = tavoite
cmd-checkin-none-yet = ei vielä
cmd-checkin-value-on = { $value } ({ $date })
cmd-checkin-target-from = { $target } (lähtöarvo { $start })
cmd-checkin-at-least = vähintään { $value }
cmd-checkin-at-most = enintään { $value }
cmd-checkin-ask-value = Arvo { $date }
cmd-checkin-value-again = { $why }; luku kuten 3,4, tai Enter ohittaaksesi
cmd-checkin-ask-confidence = Luottamus 1–10 (Enter ohittaa)
cmd-checkin-ask-note = Huomio (Enter ohittaa)
cmd-checkin-ask-done = Valmis? [k/E]
## The answers that mean yes (besides y and yes), separated by spaces
cmd-checkin-yes = k kyllä
## $kind: objective, key-result or experiment
cmd-set-updated = { $kind ->
    [objective] tavoite
    [experiment] kokeilu
   *[key-result] avaintulos
} `{ $id }` päivitetty tiedostossa { $file }: { $changes }
cmd-set-unchanged = { $kind ->
    [objective] tavoite
    [experiment] kokeilu
   *[key-result] avaintulos
} `{ $id }` ennallaan tiedostossa { $file }: { $changes }
cmd-experiment-added = kokeilu `{ $id }` lisätty tiedostoon { $file }
cmd-experiment-started = kokeilu `{ $id }` käynnistetty tiedostossa { $file }
cmd-experiment-finished = kokeilu `{ $id }` päätetty tiedostossa { $file }
cmd-close-closed = suljettiin { $cycle }, tilanne { $date }: kirjoitettiin { $file } (arvosanat: { $grades })
cmd-next-started = aloitettiin { $name } ({ $start } – { $end }) jakson { $old } jälkeen: { $n ->
    [one] { $carried } avaintulos
   *[other] { $carried } avaintulosta
} siirretty, { $left } poistettu
cmd-next-would-start = aloitettaisiin { $name } ({ $start } – { $end }) jakson { $old } jälkeen: { $n ->
    [one] { $carried } avaintulos
   *[other] { $carried } avaintulosta
} siirrettäisiin, { $left } poistettaisiin (mitään ei kirjoitettu)
cmd-next-carried = siirretty
cmd-next-left = poistettu
cmd-next-left-kr = avaintulos `{ $id }` (valmis)
cmd-next-left-objective = tavoite `{ $id }` (kaikki sen avaintulokset valmiita)
cmd-next-left-experiment = kokeilu `{ $id }` (päättynyt; sen opit ovat tallenteessa)
cmd-next-removed = { $key } poistettu
cmd-next-restarts = päättyi arvoon { $value }; jakson summa alkaa alusta, lähtöarvo säilytetään
cmd-next-start-moved = lähtöarvo { $before } -> { $after } (loppuarvo)
cmd-next-start-none = ei mitään
cmd-next-no-closing = ei loppuarvoa: lähtöarvo säilytetään
cmd-next-not-done = ei valmis
cmd-next-threshold-kept = raja-arvo säilytetään
cmd-next-carried-from = siirretty jaksosta { $old }: { $what }
cmd-next-carried-from-removed = siirretty jaksosta { $old }: { $what }; { $removed }
hist-note-skipped = ohitettu: { $problem }
cmd-validate-ok = ok: { $file }: { $objectives }, { $key_results }, { $metrics }, { $sources } ({ $rows }), { $experiments }

## Counts: $count is the number as written, $n chooses the form; .word is
## the noun alone as it follows a count
plural-day = { $n ->
    [one] { $count } päivä
   *[other] { $count } päivää
}
    .word = { $n ->
        [one] päivä
       *[other] päivää
    }
plural-week = { $n ->
    [one] { $count } viikko
   *[other] { $count } viikkoa
}
    .word = { $n ->
        [one] viikko
       *[other] viikkoa
    }
plural-month = { $n ->
    [one] { $count } kuukausi
   *[other] { $count } kuukautta
}
    .word = { $n ->
        [one] kuukausi
       *[other] kuukautta
    }
plural-quarter = { $n ->
    [one] { $count } neljännes
   *[other] { $count } neljännestä
}
    .word = { $n ->
        [one] neljännes
       *[other] neljännestä
    }
plural-row = { $n ->
    [one] { $count } rivi
   *[other] { $count } riviä
}
    .word = { $n ->
        [one] rivi
       *[other] riviä
    }
plural-data-row = { $n ->
    [one] { $count } datarivi
   *[other] { $count } datariviä
}
    .word = { $n ->
        [one] datarivi
       *[other] datariviä
    }
plural-line = { $n ->
    [one] { $count } rivi
   *[other] { $count } riviä
}
    .word = { $n ->
        [one] rivi
       *[other] riviä
    }
plural-title-line = { $n ->
    [one] { $count } otsikkorivi
   *[other] { $count } otsikkoriviä
}
    .word = { $n ->
        [one] otsikkorivi
       *[other] otsikkoriviä
    }
plural-column = { $n ->
    [one] { $count } sarake
   *[other] { $count } saraketta
}
    .word = { $n ->
        [one] sarake
       *[other] saraketta
    }
plural-objective = { $n ->
    [one] { $count } tavoite
   *[other] { $count } tavoitetta
}
    .word = { $n ->
        [one] tavoite
       *[other] tavoitetta
    }
plural-key-result = { $n ->
    [one] { $count } avaintulos
   *[other] { $count } avaintulosta
}
    .word = { $n ->
        [one] avaintulos
       *[other] avaintulosta
    }
plural-metric = { $n ->
    [one] { $count } mittari
   *[other] { $count } mittaria
}
    .word = { $n ->
        [one] mittari
       *[other] mittaria
    }
plural-source = { $n ->
    [one] { $count } lähde
   *[other] { $count } lähdettä
}
    .word = { $n ->
        [one] lähde
       *[other] lähdettä
    }
plural-experiment = { $n ->
    [one] { $count } kokeilu
   *[other] { $count } kokeilua
}
    .word = { $n ->
        [one] kokeilu
       *[other] kokeilua
    }
plural-check-in = { $n ->
    [one] { $count } tilannepäivitys
   *[other] { $count } tilannepäivitystä
}
    .word = { $n ->
        [one] tilannepäivitys
       *[other] tilannepäivitystä
    }
plural-warning = { $n ->
    [one] { $count } varoitus
   *[other] { $count } varoitusta
}
    .word = { $n ->
        [one] varoitus
       *[other] varoitusta
    }

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
ec-either = `{ $a }` tai `{ $b }`
ec-thing-objective = tavoite
ec-thing-key-result = avaintulos
ec-thing-experiment = kokeilu
ec-did-you-mean = tarkoititko `{ $best }`?

## Finding and reading the files
ec-is-a-directory = { $path } on kansio eikä OKR-tiedosto
    .hint-inside = osoita -c TOML-tiedostoon, esim. { $inside }
    .hint = anna .toml-tiedoston polku
ec-no-okr-file = tiedostoa { $file } ei löytynyt kansiosta { $dir } eikä sen yläkansioista
    .hint = aja `okr init`, niin saat aloitustiedoston, tai anna `-c PATH` (tai aseta OKR_CONFIG)
ec-cannot-read = tiedostoa { $path } ei voi lukea: { $reason }
    .hint-not-found = tarkista polku; `okr init` kirjoittaa aloitustiedoston okrs.toml
    .hint-permission = tarkista tiedoston käyttöoikeudet
    .hint = tarkista, että tiedosto on luettavissa
ec-too-large = { $path } on suurempi kuin { $mib } MiB, liian suuri OKR-tiedostoksi
    .hint = jaa se osiin: `include = ["teams/*.toml"]`
ec-not-utf8 = OKR-tiedosto ei ole kelvollista UTF-8:aa
    .hint = tallenna tiedosto UTF-8-muodossa

## Includes
ec-includes-too-deep = sisällytykset ovat sisäkkäin syvemmällä kuin { $max } tiedostoa
    .hint = sisällytä tiedostot tiedostosta, joka on lähempänä OKR-päätiedostoa
ec-include-pattern-double-star = virheellinen include-malli: jokerimerkin `**` on oltava polun kokonainen osa, esim. teams/**/*.toml
ec-include-pattern-too-many = virheellinen include-malli: malli käy läpi yli { $max } kansiomerkintää
ec-include-pattern-glob = virheellinen include-malli: { $message }
    .hint = anna polku tai malli, kuten "teams/*.toml"
ec-include-missing = sisällytettyä tiedostoa { $path } ei ole olemassa
    .hint = include-polut ovat suhteessa tiedostoon, joka ne nimeää
ec-too-many-includes = OKR-tiedosto sisällyttää yli { $files } tiedostoa tai { $mib } MiB tekstiä
    .hint = jaa OKR-tiedostot jaksoittain tai tiimeittäin, tai sisällytä vähemmän tiedostoja

## TOML and its shape
ec-toml-syntax = virheellinen TOML: { $message }
    .hint = tiedosto ei ole tässä kohdassa kelvollista TOML:ää: teksti lainausmerkkeihin ("..."), luvut muodossa 1234.5, päivämäärät muodossa 2026-01-01, taulukot muodossa [nimi]
ec-unknown-key = tuntematon avain `{ $found }`, { $n ->
        [0] tässä ei sallita avaimia
        [1] odotettiin { $known }
        [2] odotettiin { $known }
       *[other] odotettiin jotakin näistä: { $known }
    }
    .hint = tässä sallitut avaimet: { $known }
ec-unknown-value = tuntematon arvo `{ $found }`, { $n ->
        [0] tässä ei sallita arvoja
        [1] odotettiin { $known }
        [2] odotettiin { $known }
       *[other] odotettiin jotakin näistä: { $known }
    }
    .hint = tässä sallitut arvot: { $known }
ec-missing-key = avain `{ $key }` puuttuu
    .hint = lisää avain; `okr init` -komennon kirjoittama aloitustiedosto näyttää kaikki avaimet
ec-found-text = teksti "{ $value }"
ec-found-integer = kokonaisluku `{ $value }`
ec-found-float = desimaaliluku `{ $value }`
ec-found-bool = totuusarvo `{ $value }`
ec-found-list = lista
ec-found-table = taulukko
ec-expected-number = luku
ec-expected-whole-number = kokonaisluku
ec-expected-list = lista, kuten ["a", "b"]
ec-expected-text = teksti
ec-expected-bool = true tai false
ec-expected-table-choice = taulukon otsikko ("Instagram reach") tai sen numero (1 ensimmäiselle)
ec-invalid-type = väärä tyyppi: { $found }, odotettiin: { $expected }
    .hint = tarkista arvon tyyppi: teksti lainausmerkkeihin, luvut ja päivämäärät ilman
ec-invalid-value = virheellinen arvo: { $found }, odotettiin: { $expected }
ec-bad-date = odotettiin päivämäärää, kuten 2026-01-01
    .hint = kirjoita päivämäärät muodossa VVVV-KK-PP ilman lainausmerkkejä, esim. start = 2026-01-01
ec-bad-date-time = odotettiin päivämäärää ilman kellonaikaa, kuten 2026-01-01
ec-bad-date-found = odotettiin päivämäärää, kuten 2026-01-01, löytyi "{ $found }"
ec-duplicate-key = avain on kahdesti
    .hint = avain esiintyy taulukossa kerran: poista tai nimeä toinen niistä uudelleen

## Cycle and settings
ec-only-in-main = { $table } kuuluu OKR-päätiedostoon eikä sisällytettyyn tiedostoon
    .hint = sisällytetyt tiedostot lisäävät tavoitteita, kokeiluja, mittareita ja lähteitä
ec-no-cycle = OKR-tiedostossa ei ole osiota [cycle]
    .hint = lisää [cycle], jossa on name, start ja end, esim. name = "2026-Q1", start = 2026-01-01, end = 2026-03-31
ec-cycle-ends-before-start = jakso päättyy ({ $end }) ennen kuin se alkaa ({ $start })
    .hint = `end` on jakson viimeinen päivä, sama kuin `start` tai myöhempi
ec-cycle-too-long = jakso { $start }–{ $end } on pidempi kuin { $years } vuotta
    .hint = jakso on neljännes tai vuosi; seuraa pidempiä tavoitteita useamman jakson yli
ec-range-share-above-zero = arvon { $key } on oltava välillä (0, 1], löytyi { $found }
    .hint = se on osuus odotetusta edistymisestä, esim. at_risk_below = 0.85
ec-range-share = arvon { $key } on oltava välillä [0, 1], löytyi { $found }
    .hint = se on osuus odotetusta edistymisestä, esim. off_track_below = 0.60
ec-range-at-least = arvon { $key } on oltava vähintään { $min }, löytyi { $found }
    .hint-stall = oletus on 14
    .hint-settle = oletus on 7; 1 arvioi ikkunan sen ensimmäisestä päivästä alkaen
ec-range-not-negative = { $key } ei voi olla negatiivinen, löytyi { $found }
    .hint = oletus on 7
ec-range-above-zero = arvon { $key } on oltava suurempi kuin 0, löytyi { $found }
    .hint = jätä se pois, niin paino on oletusarvo 1
ec-range-at-most = { $key } saa olla enintään { $max }, löytyi { $found }
    .hint = painot ovat suhteellisia: 2 painaa kaksi kertaa niin paljon kuin 1
ec-off-track-above-at-risk = off_track_below ({ $off_track }) on suurempi kuin at_risk_below ({ $at_risk })
    .hint = avaintulos on vaarassa ennen kuin se on jäljessä: pidä off_track_below <= at_risk_below
ec-pending-never-fails = `pending` ei koskaan hylkää tarkistusta: settle_days-arvoa nuorempi ikkuna on liian aikaista arvioida
    .hint = lisää se warn_on-listaan nähdäksesi sen, tai poista se fail_on-listasta
ec-unknown-locale = tuntematon locale "{ $found }"
    .hint-suggest = tarkoititko "{ $best }"? tunnetut: { $known }
    .hint = tunnetut localet: { $known }
ec-unknown-status = tuntematon tila `{ $found }`
    .hint = käytä jotakin näistä: { $known }

## Sources
ec-source-declared-twice = lähde `{ $name }` on määritelty kahdesti
    .hint = lähteiden nimet ovat yksilöllisiä kaikissa sisällytetyissä tiedostoissa
ec-metric-declared-twice = mittari `{ $name }` on määritelty kahdesti
    .hint = mittareiden nimet ovat yksilöllisiä kaikissa sisällytetyissä tiedostoissa
ec-source-needs-path = lähteellä `{ $source }` ei ole avainta `path`
    .hint = lisää path = "data/export.csv" (suhteessa tähän tiedostoon)
ec-source-needs-sqlite = sqlite-lähde `{ $source }` tarvitsee avaimet `path` ja `query`
    .hint = query palauttaa rivejä (date, metric, value[, segment])
ec-source-needs-command = komentolähde `{ $source }` tarvitsee avaimen `command`
    .hint = command = ["duckdb", "-csv", "metrics.duckdb", "select day as date, ..."]: ohjelma ja sitten sen argumentit, ajetaan ilman komentotulkkia
ec-source-needs-postgres = postgres-lähde `{ $source }` tarvitsee avaimet `url_env` ja `query`
    .hint = url_env nimeää ympäristömuuttujan, jossa on yhteysmerkkijono
ec-command-not-for-source = lähde `{ $source }`: `command` koskee vain komentolähteitä
    .hint = aseta kind = "command", niin luetaan ohjelman tulostama CSV
ec-key-not-for-command = lähde `{ $source }` on komento: `{ $key }` ei koske sitä
    .hint = kysely kirjoitetaan komennon argumentteihin; komento tulostaa CSV:n stdoutiin
ec-key-not-for-csv = lähde `{ $source }` on CSV-tiedosto: `{ $key }` koskee vain tietokantalähteitä
    .hint = aseta kind = "sqlite" tai kind = "postgres", niin luetaan tietokannasta
ec-key-not-for-database = lähde `{ $source }` on tietokanta: `{ $key }` koskee vain CSV-tiedostoja
    .hint = tietokanta antaa tyypitetyt sarakkeet; poista avain
ec-unsupported-delimiter = erotinta "{ $found }" ei tueta
    .hint = käytä merkkiä ",", ";", "\t" (tai "tab") tai "|"
ec-unsupported-decimal = desimaalierotinta "{ $found }" ei tueta
    .hint = käytä merkkiä "." tai ","
ec-bad-date-format = virheellinen date_format "{ $found }"
    .hint = käytä strftime-koodeja, esim. "%d.%m.%Y" tai "%m/%d/%Y"
ec-bad-table = table on taulukon otsikko tai sen numero, 1 ensimmäiselle
    .hint = `okr sources` luettelee tiedoston taulukot; esim. table = "Instagram reach" tai table = 2
ec-timeout-too-short = timeout on oltava vähintään 1 sekunti
    .hint = timeout = 30 odottaa yhteyttä ja kyselyä enintään 30 sekuntia
ec-timeout-too-long = timeout saa olla enintään { $max } sekuntia (vuorokausi)
ec-command-empty = lähde `{ $source }`: `command` on tyhjä
    .hint = command = ["bq", "query", "--format=csv", "..."]: ohjelma ja sitten sen argumentit
ec-command-no-program = lähde `{ $source }`: `command`-listan ensimmäisen kohdan on nimettävä ohjelma
    .hint = esim. command = ["psql", "--csv", "-c", "select ..."]; paikkamerkit kuuluvat argumentteihin
ec-command-nul = lähde `{ $source }`: `command`-listan argumentissa on NUL-merkki
    .hint = poista se: ohjelman argumenteissa ei voi olla NUL-merkkiä
ec-command-stray-close = lähde `{ $source }`: `command`-listan `{ "}" }` ei päätä mitään paikkamerkkiä
ec-command-unclosed = lähde `{ $source }`: `command`-listan `{ "{" }` ei aloita mitään paikkamerkkiä
ec-command-unknown-placeholder = lähde `{ $source }`: tuntematon paikkamerkki `{ "{" }{ $name }{ "}" }` `command`-listassa
    .hint = paikkamerkit ovat { "{" }start{ "}" }, { "{" }end{ "}" } (jakson päivät) ja { "{" }metrics{ "}" } (mittareiden nimet), kukin SQL-literaalina; kirjoita { "{{" } ja { "}}" } aaltosulkeelle

## Metrics and the North Star
ec-bad-metric-name = mittarin nimeä `{ $name }` ei voi käyttää kaavoissa
    .hint = käytä kirjaimia, numeroita, merkkejä `_` ja `-`, ja aloita kirjaimella
ec-metric-kinds = mittari `{ $metric }` tarvitsee tasan yhden avaimista `source`, `ratio` tai `formula`, löytyi { $found }
    .hint = source = "web" lukee tiedoston; ratio = { "{" } numerator = "a", denominator = "b" { "}" }; formula = "a / b"
ec-column-on-derived = `column` ja `segment` koskevat vain lähteestä luettavaa mittaria (`{ $metric }`)
    .hint = lisää ne mittareihin, joita suhdeluku tai kaava käyttää
ec-unknown-source = mittari `{ $metric }` lukee tuntematonta lähdettä `{ $found }`
    .hint-none = määrittele se: [[sources]] name = "..." ja path = "..."
    .hint = lähteet ovat: { $known }
ec-unknown-metric =
    .hint-suggest = tarkoititko `{ $best }`? mittarit määritellään kohdassa [metrics]
    .hint = määrittele se muodossa [metrics.{ $name }] lähteen, suhdeluvun tai kaavan kanssa
ec-unknown-metric-ratio = suhdeluku `{ $ratio }` käyttää tuntematonta mittaria `{ $found }`
ec-unknown-metric-formula = mittarin `{ $metric }` kaava käyttää tuntematonta mittaria `{ $found }`
ec-unknown-metric-guardrail = suojamittari käyttää tuntematonta mittaria `{ $found }`
ec-unknown-metric-north-star = Pohjantähti käyttää tuntematonta mittaria `{ $found }`
ec-unknown-metric-north-star-input = Pohjantähden ohjaava mittari `{ $found }` ei ole määritelty mittari
ec-unknown-metric-key-result = avaintulos `{ $id }` käyttää tuntematonta mittaria `{ $found }`
ec-unknown-metric-experiment = kokeilu `{ $id }` käyttää tuntematonta mittaria `{ $found }`
ec-formula-expected-operator = mittarin `{ $metric }` kaava: odottamaton `{ $token }`: odotettiin operaattoria (+ - * /) tai loppua
ec-formula-ends-early = mittarin `{ $metric }` kaava: kaava loppuu liian aikaisin: odotettiin lukua, mittaria tai `(`
ec-formula-unclosed = mittarin `{ $metric }` kaava: tätä `(`-sulkua ei suljeta koskaan
ec-formula-not-a-number = mittarin `{ $metric }` kaava: `{ $text }` ei ole luku
ec-formula-unexpected = mittarin `{ $metric }` kaava: odottamaton `{ $token }`: odotettiin lukua, mittarin nimeä tai `(`
    .hint = kaavoissa käytetään merkkejä + - * /, sulkeita, lukuja ja mittareiden nimiä
ec-ratio-of-ratio = suhdeluku `{ $ratio }` käyttää mittaria `{ $part }`, joka on itse suhdeluku tai kaava: suhdeluvun suhdeluku ei tarkoita mitään
    .hint = suhdeluvun osat ovat lähteestä luettavia mittareita; käytä `formula`-avainta kaikkeen muuhun
ec-formula-loop = kaavat muodostavat silmukan: { $chain }
    .hint = kaava ei voi riippua itsestään, suoraan tai muiden kautta
ec-guardrail-no-bound = mittarin `{ $metric }` suojamittarilla ei ole `min`- eikä `max`-arvoa
    .hint = esim. { "{" } metric = "sql_rate", min = 0.25 { "}" }
ec-guardrail-min-above-max = mittarin `{ $metric }` suojamittarin min { $min } on suurempi kuin max { $max }
ec-north-star-start-is-target = Pohjantähden lähtöarvo on sama kuin tavoitearvo: ei ole minne mennä
    .hint = aseta tavoitearvo lähtöarvon yläpuolelle (tai alapuolelle)

## Objectives, key results, experiments
ec-bad-objective-id = tavoitteen tunnuksessa `{ $id }` saa olla vain merkkejä a-z, 0-9 ja `-`
    .hint = esim. id = "{ $id }"
ec-bad-key-result-id = avaintuloksen tunnuksessa `{ $id }` saa olla vain merkkejä a-z, 0-9 ja `-`
ec-bad-experiment-id = kokeilun tunnuksessa `{ $id }` saa olla vain merkkejä a-z, 0-9 ja `-`
ec-duplicate-id = tunnus `{ $id }` on kahdesti
    .hint = tunnukset ovat yksilöllisiä tavoitteiden ja avaintulosten kesken kaikissa tiedostoissa; ensimmäinen on kohdassa { $file }:{ $line }
ec-duplicate-experiment-id = kokeilun tunnus `{ $id }` on kahdesti
    .hint = kokeilujen tunnukset ovat yksilöllisiä kaikissa tiedostoissa
ec-unknown-parent = tavoite `{ $objective }` on kytketty tuntemattomaan tavoitteeseen `{ $found }`
    .hint = `parent` nimeää toisen tavoitteen tunnuksen
ec-objective-loop = tavoitteet on kytketty silmukaksi: { $chain }
    .hint = poista yksi `parent`, jotta kytkennät muodostavat puun
ec-date-outside-cycle = `{ $key }` { $date } on jakson { $cycle } ulkopuolella ({ $start }–{ $end })
    .hint = avaintulosten päivämäärät ovat jakson sisällä
ec-key-without = avaintuloksella `{ $id }` on `{ $key }` ilman avainta `{ $missing }`
    .hint-current = lisää updated = VVVV-KK-PP, päivä jolloin arvo mitattiin
    .hint-updated = lisää current = <sinä päivänä mitattu arvo>
    .hint-start = lisää target = ...
    .hint-target = lisää start = ... (arvo jakson alussa)
ec-both-keys = avaintuloksella `{ $id }` on sekä `{ $first }` että `{ $second }`
    .hint-metric = avaintulos lukee mittarin tai päivitetään käsin, ei molempia
    .hint-at-least = pidä toinen; lisää suojamittari toiselle rajalle
    .hint-window = pidä `every`, niin jokainen jakso arvioidaan, tai `window`, niin arvioidaan viimeisin
ec-no-measure = avaintulos `{ $id }` ei mittaa mitään
    .hint = lisää start ja target, at_least tai at_most, tai done = false välitavoitteelle
ec-milestone-extras = välitavoitteella `{ $id }` (jossa on `done`) ei voi olla myös mittaria, start/target-arvoja tai rajaa
    .hint = välitavoite on valmis tai ei; poista `done`, jos haluat mitata sitä mittarilla
ec-threshold-with-start-target = raja-avaintuloksella `{ $id }` ei voi olla myös start/target-arvoja
    .hint = käytä at_least/at_most-rajaa pysyvälle rajalle tai start- ja target-arvoja muutokselle
ec-start-is-target = avaintuloksella `{ $id }` on start == target ({ $value }): ei ole mitään mitattavaa
    .hint = aseta tavoitearvo lähtöarvon yläpuolelle kasvulle, alapuolelle laskulle, tai käytä at_least/at_most-rajaa
ec-not-finite = avaintuloksen `{ $id }` lähtöarvo tai tavoitearvo ei ole äärellinen luku
ec-plan-date-outside = avaintuloksen `{ $id }` suunnitelman päivä { $date } on jakson ulkopuolella ({ $start } – ennen { $end })
    .hint = suunnitelman pisteet ovat jakson sisällä, ennen sen loppua (lopussa on tavoitearvo)
ec-plan-not-increasing = avaintuloksen `{ $id }` suunnitelman päivien on oltava aidosti kasvavia: { $date } tulee päivän { $previous } jälkeen
    .hint = luettele suunnitelman pisteet päivämääräjärjestyksessä, yksi kutakin päivää kohden
ec-every-on-progress = `every` koskee vain at_least/at_most-avaintuloksia (`{ $id }`)
    .hint = käytä `window`-avainta mitataksesi kasvun jaksoa kohden
ec-due-on-non-milestone = `due` ja `done_on` koskevat vain välitavoitteita (`{ $id }`)
    .hint = lisää done = false, niin siitä tulee välitavoite
ec-aggregate-on-ratio = avaintulos `{ $id }` asettaa `aggregate`-avaimen, mutta sen mittari `{ $metric }` on suhdeluku
    .hint = poista `aggregate`: suhdeluku on sum(numerator) / sum(denominator), kaava ottaa kunkin osan sen omalla koostetavalla
ec-aggregate-on-formula = avaintulos `{ $id }` asettaa `aggregate`-avaimen, mutta sen mittari `{ $metric }` on kaava
ec-guardrail-aggregate-on-ratio = avaintuloksen `{ $id }` suojamittari `{ $metric }` asettaa `aggregate`-avaimen, mutta mittari on suhdeluku
    .hint = poista `aggregate` suojamittarista
ec-guardrail-aggregate-on-formula = avaintuloksen `{ $id }` suojamittari `{ $metric }` asettaa `aggregate`-avaimen, mutta mittari on kaava
ec-unknown-key-result = kokeilu `{ $experiment }` tähtää tuntemattomaan avaintulokseen `{ $found }`
    .hint = key_results luettelee avaintulosten tunnuksia
ec-experiment-ends-before-start = kokeilu `{ $id }` päättyy ennen kuin se alkaa
ec-ice-out-of-range = ICE-pisteet ovat väliltä 1–10, löytyi { $found }
    .hint = impact, confidence ja ease ovat kukin kokonaisluku 1:stä (matala) 10:een (korkea)

## Edits (okr set, okr experiment, okr next)
ec-bad-assignment = odotettiin avain=arvo (esim. target=950), löytyi "{ $found }"
ec-bad-assignment-key = odotettiin avain=arvo yksinkertaisella avaimella (esim. target=950), löytyi "{ $found }"
ec-unknown-id = millään tavoitteella, avaintuloksella tai kokeilulla ei ole tunnusta `{ $found }`
    .hint = tavoitteiden, avaintulosten ja kokeilujen tunnuksia voi muuttaa
ec-cannot-edit = kohdetta `{ $id }` ei voi muokata tiedostossa { $path }
ec-bad-edit = { $what } `{ $id }`: { $why }
ec-edit-not-a-number = `{ $key }`: { $why }
ec-edit-bad-date = `{ $key }` on päivämäärä: odotettiin VVVV-KK-PP (esim. 2026-02-28), löytyi "{ $found }"
ec-edit-cannot-write-date = `{ $key }`: päivämäärää { $date } ei voi kirjoittaa
ec-edit-not-bool = `{ $key }` on true tai false, löytyi "{ $found }"
ec-edit-not-toml = `{ $key }` on TOML-lista tai -taulukko (esim. ["a", "b"]): { $message }
ec-edit-written-as-table = `{ $key }` on kirjoitettu tiedostoon taulukkona: muokkaa sitä siellä
ec-mixed-line-ends = tiedostoa { $path } ei voi muokata muuttamatta muutakin kuin arvoa
    .hint = tiedostossa on sekaisin eri rivinvaihtoja: tallenna se yhdellä tyypillä ja aja uudelleen
ec-cannot-write-read = tiedostoa { $path } ei voi lukea: { $reason }
ec-cannot-write-beside = tiedoston { $path } viereen ei voi kirjoittaa: { $reason }
ec-cannot-write = tiedostoa { $path } ei voi kirjoittaa: { $reason }
    .hint = tarkista, että tiedostoon ja sen kansioon voi kirjoittaa
ec-cannot-write-replace = tiedostoa { $path } ei voi korvata: { $reason }
ec-cannot-write-sync = tiedoston { $path } kansiota ei voi synkronoida: { $reason }
ec-changed-while-editing = { $path } muuttui muokkauksen aikana
    .hint = mitään ei kirjoitettu; aja komento uudelleen

## --- end: errors-config ---

## --- area: errors-data ---
## Words inside messages
ed-delimiter-tab = sarkain
ed-no-columns = ei sarakkeita
ed-decimal-comma = desimaalipilkku
ed-decimal-point = desimaalipiste
ed-decimal-how-set = asetettu
ed-decimal-how-sniffed = päätelty tiedostosta
ed-date-day-count = päivän numero alkaen { $start }
ed-date-how-set = asetettu `date_format`-asetuksella
ed-date-how-sniffed = päätelty tiedostosta
ed-date-how-day-number = päivän numero

## Cells of a CSV file
ed-invalid-number = sarake `{ $column }`: virheellinen luku "{ $found }"
    .hint-other = odotettiin lukua, jonka desimaalimerkki on `{ $mark }` ({ $how }); se luetaan merkillä `{ $other }`: aseta `decimal = "{ $other }"` lähteelle `{ $source }`, jos tiedosto käyttää merkkiä `{ $other }`
    .hint = odotettiin lukua (desimaalimerkki `{ $mark }`, { $how }; tuhaterottimet, `%` ja valuuttamerkit luetaan); "{ $found }" ei ole luku kummallakaan desimaalimerkillä; puuttuva arvo on tyhjä solu, `--` tai `n/a`
ed-not-finite = sarake `{ $column }`: "{ $found }" ei ole äärellinen luku
    .hint = ääretön ja lukua 1,8e308 suuremmat luvut eivät ole arvoja; jätä solu tyhjäksi (tai kirjoita `n/a`), kun arvoa ei ole
ed-unclosed-quote = sarake `{ $column }`: lainausmerkeissä oleva solu jatkuu tiedoston loppuun: sen päättävä `"` puuttuu
    .hint = sulje lainaus; lainausmerkeissä olevan solun sisällä `"` kirjoitetaan `""`
ed-no-year = sarake `{ $column }`: "{ $found }" ei sisällä vuotta: okr ei voi päätellä, mikä vuosi on kyseessä
    .hint = vie raportti uudelleen niin, että päivämäärissä on vuosi (vuodenvaihteen yli ulottuva aikaväli tai vuoden sisältävä päivämäärämuoto)
ed-invalid-date = sarake `{ $column }`: virheellinen päivämäärä "{ $found }"
    .hint-other-column = päivämäärät luetaan muodossa { $rule } ({ $how }) sarakkeesta `{ $column }`; tämän rivin sarakkeessa `{ $other }` on päivämäärä: aseta `date_column = "{ $name }"` lähteelle `{ $source }`, jos se on päivämääräsarake
    .hint-no-such-day = päivämäärät luetaan muodossa { $rule } ({ $how }), ja "{ $found }" on sen muotoinen, mutta sellaista päivää ei ole kalenterissa
    .hint = päivämäärät luetaan muodossa { $rule } ({ $how }), ja "{ $found }" ei ole päivämäärä missään muodossa, jonka okr lukee; rivi, joka ei ole päivä (huomautus, summa), ohitetaan, kun sen päivämääräsolu on tyhjä tai summasana
ed-multi-day = rivi kattaa ajan { $start }–{ $end } (`Reporting starts`–`Reporting ends`): okr tarvitsee yhden rivin päivää kohden
    .hint = vie raportti uudelleen päivittäin eriteltynä (Erittely > Ajan mukaan > Päivä)
ed-double-count = mittari `{ $metric }` { $date }: sekä rivillä ilman segmenttiä (rivi { $blank }) että rivillä, jolla on segmentti (rivi { $segmented }), on arvoja; rivi ilman segmenttiä näyttää summalta ja laskettaisiin kahdesti
    .hint = aseta `segment = "{ $segment }"` mittarille `{ $metric }`, jotta luetaan yksi segmentti, tai poista rivit, joilla ei ole segmenttiä
ed-too-few-fields = { $n ->
        [one] rivillä on { $fields } kenttä, rivin { $header_line } otsikkorivillä { $width }
       *[other] rivillä on { $fields } kenttää, rivin { $header_line } otsikkorivillä { $width }
    }
    .hint-delimiter = jokainen rivi tarvitsee kentän jokaista saraketta kohden (luettu erottimella `{ $used }`); erottimella `{ $better }` otsikkorivillä ja tällä rivillä on yhtä monta kenttää: aseta `delimiter = "{ $option }"` lähteelle `{ $source }`
    .hint = jokainen rivi tarvitsee kentän jokaista saraketta kohden (luettu erottimella `{ $used }`, jota otsikkorivi käyttää; mikään muu erotin ei sovi tähän riviin paremmin): täytä puuttuvat kentät tai sulje lainausmerkeissä oleva solu
ed-too-many-fields = rivillä on { $fields } kenttää, rivin { $header_line } otsikkorivillä { $width }: kenttä { $field } on "{ $found }"
    .hint = erotinta `{ $used }` sisältävä arvo on laitettava lainausmerkkeihin; aseta `delimiter` lähteelle `{ $source }`, jos tiedosto käyttää muuta erotinta

## The header of a CSV file
ed-no-named-column = saraketta `{ $name }` (lähteen `{ $source }` `{ $key }`) ei ole rivin { $line } otsikkorivillä: siinä on { $columns }
    .hint-suggest = tarkoititko `{ $key } = "{ $column }"`?
    .hint = aseta `{ $key }` lähteelle `{ $source }` jonkin sarakkeen nimeksi
ed-no-metric-column = saraketta `{ $column }` (mittari `{ $metric }`) ei ole rivin { $line } otsikkorivillä: siinä on { $columns }
    .hint-suggest = tarkoititko `{ $column }`? aseta `column = "{ $column }"` mittarille `{ $metric }`
    .hint = aseta mittarille `{ $metric }` `column = "..."` sen sarakkeen otsikoksi
ed-duplicate-column = sarake `{ $column }` (mittari `{ $metric }`) on kahdesti rivin { $line } otsikkorivillä: kentät { $first } ja { $second }
    .hint = nimeä yksi sarakkeista uudelleen viennissä
ed-no-date-column = ei päivämääräsaraketta: rivin { $line } otsikkorivillä on { $columns }, eikä missään sarakkeessa ole päivämääriä; okr lukee arvot päivittäin, ei yhtä riviä kampanjaa tai sivua kohden koko jaksolta
    .hint = vie raportti uudelleen päivämäärä- tai päiväsarakkeen kanssa (päivittäin eriteltynä tai segmentoituna); jos jossakin sarakkeessa on päivämääriä, nimeä se asetuksella `date_column = "..."` lähteelle `{ $source }`
ed-long-needs = pitkä tiedosto tarvitsee sarakkeet `date`, `metric` ja `value`; rivin { $line } otsikkorivillä ei ole saraketta `{ $default }`: siinä on { $columns }
    .hint-wide = otsikkorivillä on sarake jokaiselle luettavalle mittarille: aseta `layout = "wide"` lähteelle `{ $source }`
    .hint = jos sarakkeilla on muut nimet, nimeä ne asetuksilla `metric_column = "..."` ja `value_column = "..."` (ja `segment_column`) lähteelle `{ $source }`
ed-no-segment-column = mittari `{ $metric }` lukee segmentin "{ $segment }", mutta rivin { $line } otsikkorivillä ei ole saraketta `segment`: siinä on { $columns }
    .hint = nimeä sarake asetuksella `segment_column = "..."` lähteelle `{ $source }` tai poista `segment` mittarilta `{ $metric }`
ed-other-table = rivi { $line }: { $columns }
ed-header-other-tables = { $problem }; missään muussakaan tiedoston taulukossa ei ole kaikkia sarakkeita ({ $tables }): lähde lukee yhden taulukon, joten määritä yksi `[[sources]]` taulukkoa kohden
ed-header-cause-skip-rows = otsikkorivi näyttää olevan rivillä { $line }: aseta `skip_rows = { $n }` lähteelle `{ $source }`
ed-header-cause-delimiter = otsikkorivi on yksi sarake erottimella `{ $used }` ja { $count } saraketta erottimella `{ $better }`: aseta `delimiter = "{ $option }"` lähteelle `{ $source }`
ed-header-cause-no-delimiter = otsikkorivi on yksi sarake kaikilla erottimilla, jotka okr tuntee (`,` `;` sarkain `|`): tiedostossa ei ole luettavia sarakkeita (lähde `{ $source }`)
ed-segment-in-wide = mittari `{ $metric }` lukee segmentin "{ $segment }", mutta lähde `{ $source }` on leveä tiedosto: segmentit vaativat pitkän tiedoston, jossa on sarake `segment`
    .hint = poista `segment` mittarilta `{ $metric }`

## A CSV file as a whole
ed-source-is-directory = tiedostoa { $path } ei voi lukea: se on hakemisto, ei tiedosto (lähde `{ $source }`)
    .hint = aseta lähteen `{ $source }` `path` CSV-tiedostoksi
ed-source-unreadable = tiedostoa { $path } ei voi lukea: { $reason } (lähde `{ $source }`)
    .hint-denied = tiedosto on olemassa, mutta tällä käyttäjällä ei ole lukuoikeutta: tarkista sen oikeudet (`ls -l { $path }`)
    .hint = tarkista lähteen `{ $source }` `path`; suhteellinen polku luetaan sen tiedoston hakemistosta, jossa se määritellään
ed-long-line = rivi on yli 1 MiB pitkä: tämä ei ole mittarivienti (lähde `{ $source }`)
    .hint = mittaritiedostoissa on yksi lyhyt rivi tietuetta kohden; vie tiedot uudelleen CSV-muodossa
ed-long-record = tältä riviltä alkava tietue on yli 1 GiB pitkä: lainausmerkeissä olevalta solulta puuttuu luultavasti päättävä `"` (lähde `{ $source }`)
    .hint = sulje lainaus; lainausmerkeissä olevan solun sisällä `"` kirjoitetaan `""`
ed-unknown-encoding = tavu { $byte } ei ole UTF-8 eikä Windows-1252: tiedoston merkistö on tuntematon (lähde `{ $source }`)
    .hint = tallenna tiedosto UTF-8-muodossa (Excelissä: "CSV UTF-8") ja lue se uudelleen
ed-nul-byte = ei tekstitiedosto: NUL-tavu kohdassa{ $offset } (lähde `{ $source }`)
    .hint = mittaritiedostot ovat CSV- tai sarkaineroteltua tekstiä; vie tiedot CSV-muodossa (laskentataulukkotiedostoa ei lueta)
ed-not-csv = tiedostoa ei voi lukea CSV-muodossa: { $reason }
ed-cannot-decode = tiedostoa ei voi purkaa merkistöllä { $encoding }
ed-file-changed = tiedosto muuttui lukemisen aikana
ed-no-such-table = { $n ->
        [one] { $wanted } tiedostossa (lähteen `{ $source }` `table`): siinä on { $count } taulukko: { $tables }
       *[other] { $wanted } tiedostossa (lähteen `{ $source }` `table`): siinä on { $count } taulukkoa: { $tables }
    }
    .number = ei taulukkoa { $number }
    .title = ei taulukkoa otsikolla "{ $title }"
    .none = ei tällaista taulukkoa
    .hint = aseta lähteelle `{ $source }` `table` johonkin luetelluista otsikoista tai numeroista
ed-table-titled = { $number } "{ $title }" (rivi { $line })
ed-table-untitled = { $number } (rivi { $line })
ed-empty-file = { $path } on tyhjä (lähde `{ $source }`): odotettiin otsikkoriviä ja rivejä
    .hint = vie tiedot uudelleen tai poista lähde `{ $source }`
ed-no-header = ei otsikkoriviä: tiedostossa on vain johdantorivejä (lähde `{ $source }`)
    .hint = tarkista lähteen `{ $source }` `skip_rows`; `#`-merkillä alkavat rivit ohitetaan kommentteina
ed-dates-without-year = sarakkeessa `{ $column }` on päivämääriä ilman vuotta ("{ $cell }" rivillä { $line }): okr ei voi päätellä, mikä vuosi on kyseessä
ed-day-count-without-start = sarake `{ $column }` laskee päiviä (0000, 0001, ...) alkupäivästä, mutta otsikkoriviä ei edellä rivi `# Start date: YYYYMMDD` (millä tahansa kielellä: `# ...: YYYYMMDD`)
    .hint = vie raportti uudelleen kommenttiriveineen tai lisää rivi `# Start date: YYYYMMDD` otsikkorivin yläpuolelle
ed-either-way-date = päivää ja kuukautta ei voi erottaa sarakkeessa `{ $column }`: "{ $cell }" voidaan lukea kummin päin tahansa, eikä minkään tiedoston päivämäärän päivä ole yli 12
ed-mixed-date-order = sarakkeen `{ $column }` päivämäärät ovat ristiriidassa: "{ $day_cell }" (rivi { $day_line }) alkaa päivällä, "{ $month_cell }" (rivi { $month_line }) kuukaudella
ed-date-order-hint = aseta `date_format = "%d/%m/{ $year }"` (päivä ensin) tai `date_format = "%m/%d/{ $year }"` (kuukausi ensin) lähteelle `{ $source }`
ed-mixed-decimals = luvuissa on kumpaakin desimaalimerkkiä: "{ $first }" (rivi { $first_line }): { $first_mark }, "{ $second }" (rivi { $second_line }): { $second_mark }
    .hint = mikään `decimal`-asetus ei lue molempia: tiedoston luvuissa on yksi desimaalimerkki; vie tiedot uudelleen yhdellä merkintätavalla tai korjaa solut
ed-unclear-decimal = desimaalimerkkiä ei voi päätellä: "{ $cell }" voi olla tuhaterotin tai { $mark }, eikä mikään tiedoston luku ratkaise asiaa
    .hint = aseta `decimal = "."` tai `decimal = ","` lähteelle `{ $source }`; toinen merkki luetaan silloin tuhaterottimeksi

## Sources read through a command or a database
ed-in-source = lähde `{ $source }`: { $problem }
ed-command-output = ohjelman `{ $program }` tuloste
ed-not-a-command = ei ole komentolähde
ed-no-program = `command` ei nimeä ohjelmaa
ed-command-not-allowed = ajaa komennon `{ $program }`, ja okr ajaa komentoja vain, kun sallit sen
    .hint = jos luotat tähän OKR-tiedostoon, aja okr valitsimella --allow-commands (tai aseta { $env }=1 tai vain tälle ohjelmalle { $env }={ $program }): komento ajetaan sinun ympäristössäsi ja tunnuksillasi. Älä koskaan salli komentoja pull requestien OKR-tiedostoille
ed-unsafe-metric-name = mittari `{ $metric }` lukee nimen "{ $name }", jota {"{"}metrics{"}"} ei voi lisätä kyselyyn: nimissä saa olla kirjaimia, numeroita, välilyöntejä ja _ - . : / ( ) % + # & @
    .hint = nimeä mittari uudelleen kyselyn tulosteessa (AS ...) tai jätä {"{"}metrics{"}"} pois komennosta
ed-no-temp-file = komennon tulosteelle ei voi luoda väliaikaista tiedostoa: { $reason }
ed-cannot-write-output = komennon tulostetta ei voi kirjoittaa: { $reason }
ed-cannot-run = ohjelmaa `{ $program }` ei voi ajaa: { $reason }
    .not-found = sitä ei ole asennettu (ei löydy PATHista)
    .denied = käyttö estetty
    .hint = asenna tietovaraston asiakasohjelma tai anna sen koko polku `command`-asetuksen ensimmäisenä kohtana lähteelle `{ $source }`
ed-no-pipe = komennon tulostetta ei voi lukea
ed-command-timeout = komento `{ $program }` kesti aikarajaa ({ $seconds } s) pidempään ja pysäytettiin
    .hint = nosta `timeout = { $seconds }` lähteelle `{ $source }` tai nopeuta kyselyä
ed-cannot-wait = ohjelmaa `{ $program }` ei voi odottaa: { $reason }
ed-too-much-output = komento `{ $program }` tulosti yli { $gib } GiB
    .hint = laske rivit yhteen päivittäin kyselyssä (GROUP BY date, metric)
ed-no-output = komento `{ $program }` ei tulostanut mitään stdoutiin
    .hint = sen on tulostettava CSV otsikkorivin kanssa (psql: --csv; duckdb: -csv; bq: --format=csv)
ed-cannot-read-output = ohjelman `{ $program }` tulostetta ei voi lukea: { $reason }
ed-kept-open = komento `{ $program }` päättyi, mutta jokin sen käynnistämä piti tulosteen auki aikarajan yli
ed-command-exited = komento `{ $program }` päättyi koodilla { $code }
ed-command-killed = komento `{ $program }` lopetettiin signaalilla { $signal }
ed-command-failed = komento `{ $program }` epäonnistui
    .hint = aja lähteen `{ $source }` komento käsin nähdäksesi, mitä se sanoo; sen on tulostettava CSV stdoutiin ja päätyttävä koodilla 0
ed-command-silent = { $how } eikä tulostanut mitään stderriin
ed-command-stderr = { $how }; sen stderr:
    {"    "}{ $stderr }
ed-command-stderr-ends = { $how }; sen stderrin loppu:
    {"    "}{ $stderr }
ed-not-a-database = ei tietokanta
    .csv = on CSV-tiedosto, ei tietokanta
    .command = on komento, ei tietokanta
ed-not-built-in = tämä okr-versio ei lue { $kind }-lähteitä (käännetty ilman ominaisuutta `{ $kind }`)
    .hint = käännä okr valitsimella `--features { $kind }` tai vie kyselyn tulos CSV-muotoon ja aseta `path` lähteelle `{ $source }`
ed-query-timeout = kysely kesti aikarajaa ({ $seconds } s) pidempään
    .hint = nosta `timeout = { $seconds }` lähteelle `{ $source }` tai nopeuta kyselyä (indeksi sen päivämääräsarakkeeseen auttaa)
ed-query-no-column = kysely ei palauta saraketta `{ $name }`: se palauttaa { $columns }
    .hint-named = aseta `date_column` lähteelle `{ $source }` johonkin kyselyn sarakkeista
    .hint = nimeä päivämääräsarake AS-määreellä: select day AS date, ...
ed-query-no-column-long = kysely ei palauta saraketta `{ $name }` (layout long tarvitsee sarakkeet `date`, `metric` ja `value`): se palauttaa { $columns }
    .hint = nimeä sarakkeet AS-määreellä (select day AS date, name AS metric, amount AS value ...) tai aseta `layout = "wide"` lähteelle `{ $source }`, jos jokaisella mittarilla on oma sarakkeensa
ed-query-no-column-segment = kysely ei palauta saraketta `{ $name }` (mittari `{ $metric }` lukee segmentin "{ $segment }"): se palauttaa { $columns }
    .hint = palauta segmentti kyselystä nimellä AS segment tai poista `segment` mittarilta `{ $metric }`
ed-query-no-column-metric = kysely ei palauta saraketta `{ $name }` (mittari `{ $metric }`): se palauttaa { $columns }
    .hint = aseta mittarille `{ $metric }` `column = "..."` johonkin kyselyn sarakkeista
ed-query-segment-in-wide = mittari `{ $metric }` lukee segmentin "{ $segment }", mutta lähde on leveä: segmentit vaativat layout longin ja sarakkeen `segment`
ed-query-not-a-date = sarakkeessa `{ $column }` on "{ $found }", joka ei ole päivämäärä (päivämäärät ovat DATE, TIMESTAMP tai ISO-tekstiä kuten 2026-01-31)
    .hint = muunna se kyselyssä, esim. to_date(day, 'DD.MM.YYYY') AS date PostgreSQLissä tai date(day, 'unixepoch') AS date SQLitessä
ed-query-not-a-number = sarakkeessa `{ $column }` on "{ $found }", joka ei ole luku
    .hint = arvot ovat INTEGER, REAL, NUMERIC tai tavallisen luvun tekstiä (1234.5); NULL, '', '--' ja 'n/a' tarkoittavat, ettei dataa ole; muunna muut kyselyssä
ed-query-not-a-number-on = sarakkeessa `{ $column }` on "{ $found }", joka ei ole luku (mittari `{ $metric }` { $day })
ed-query-not-finite-metric = mittari `{ $metric }` { $day }: arvojen summa on { $sum }: NaN ja ääretön eivät ole lukuja
    .hint = jätä puuttuva arvo NULLiksi; suodata tällaiset rivit pois kyselyssä
ed-query-not-finite-column = sarake `{ $column }` { $day }: arvojen summa on { $sum }: NaN ja ääretön eivät ole lukuja
ed-query-double-count = mittari `{ $metric }` { $day }: sekä riveillä ilman segmenttiä että riveillä, joiden segmentti on "{ $segment }", on arvoja; rivit ilman segmenttiä näyttävät summalta ja laskettaisiin kahdesti
    .hint = aseta `segment = "{ $segment }"` mittarille `{ $metric }`, jotta luetaan yksi segmentti, tai jätä rivit ilman segmenttiä pois kyselystä

## Command-line flags
ed-flag-date = odotettiin päivämäärää muodossa VVVV-KK-PP (esim. 2026-02-15), `today` tai `yesterday`, saatiin "{ $found }"
ed-flag-no-such-date = tällaista päivämäärää ei ole
ed-flag-lang = odotettiin jotakin näistä: { $codes }, saatiin "{ $found }"
ed-flag-group-by = odotettiin tag:PREFIX (esim. tag:flywheel ryhmittelee flywheel:attract, flywheel:engage, ...), saatiin "{ $found }"
ed-flag-since-too-far = "{ $found }" on yli { $max } päivää (100 vuotta) taaksepäin; anna päivämäärä, kuten 2026-01-01
ed-flag-since = odotettiin päivämäärää muodossa VVVV-KK-PP tai päiviä tai viikkoja taaksepäin, kuten 7d tai 2w, saatiin "{ $found }"
ed-flag-status = tuntematon tila `{ $found }`; käytä jotakin näistä: { $names }
    .suggest = tuntematon tila `{ $found }` (tarkoititko `{ $best }`?); käytä jotakin näistä: { $names }

## Files okr keeps or writes, names on the command line
ed-did-you-mean = tarkoititko `{ $best }`?
ed-cannot-read = tiedostoa { $path } ei voi lukea: { $reason }
ed-log-unreadable-hint = tarkista tiedoston oikeudet
ed-not-a-file = { $path } ei ole tavallinen tiedosto
    .hint-record = jakson arkisto on JSON-tiedosto, jonka `okr close` kirjoittaa
ed-record-too-large = { $path } on suurempi kuin jakson arkisto voi olla ({ $mib } MiB)
ed-record-unreadable = { $path }: { $reason }
    .hint = tämä ei ole `okr close` -komennon kirjoittama arkisto; kirjoita se uudelleen komennolla `okr close --force`
ed-record-format = { $path } on muodon { $found } arkisto, tämä okr lukee muotoa { $known }
    .hint = käytä okr:ää, joka sen kirjoitti, tai sulje jakso uudelleen
ed-log-too-large = { $path } on yli { $mib } MiB, liian suuri tilannepäivitysten lokiksi
    .hint = siirrä aiempien jaksojen rivit toiseen tiedostoon
ed-log-not-csv = tilannepäivitysten lokia ei voi lukea: { $reason }
    .hint = kenttä, jossa on pilkku, lainausmerkki tai rivinvaihto, kirjoitetaan merkkien " sisään
ed-log-unknown-key-result = tilannepäivitys nimeää `{ $id }`, joka ei ole avaintulos
ed-cannot-lock = hakemistoa { $dir } ei voi lukita muokkausta varten: { $reason }
    .hint = tarkista, että hakemisto on olemassa ja luettavissa
ed-busy = toinen okr muokkaa tiedostoa { $main } ja sen tiedostoja (odotettiin { $seconds } s)
    .hint = mitään ei kirjoitettu; aja komento uudelleen, kun toinen muokkaus on valmis (tai aseta { $env } odottaaksesi pidempään)
ed-unknown-id = tunnistetta ei ole
    .key-result = millään avaintuloksella ei ole tunnistetta `{ $id }`
    .objective = millään tavoitteella ei ole tunnistetta `{ $id }`
    .any = millään avaintuloksella tai tavoitteella ei ole tunnistetta `{ $id }`
    .source = lähdettä nimeltä `{ $id }` ei ole
    .hint-is-objective = `{ $id }` on tavoite; tee tilannepäivitys jollekin sen avaintuloksista
    .hint-key-result = `okr status --format csv` luettelee avaintulosten tunnisteet
    .hint-objective = `okr status` luettelee tavoitteiden tunnisteet
    .hint-any = `okr status --format csv` luettelee tavoitteiden ja avaintulosten tunnisteet
    .hint-source = `okr sources` luettelee kaikki lähteet
ed-unknown-owner = minkään tavoitteen tai avaintuloksen vastuuhenkilö ei ole `{ $owner }`
    .hint = vastuuhenkilöt ovat: { $owners }
ed-since-after-as-of = --since { $since } on --as-of-päivän { $as_of } jälkeen
    .hint = anna aiempi päivä tai päivien määrä taaksepäin, kuten 7d
    .hint-report = anna päivä, joka on --as-of-päivä tai sitä ennen (oletus: tänään)
ed-exists = { $path } on jo olemassa
    .hint = korvaa se valitsimella --force
ed-write-to-directory = { $path } on hakemisto
    .hint = anna kirjoitettava tiedosto
ed-write-to-special = { $path } ei ole tavallinen tiedosto (laite, FIFO tai socket)
    .hint = anna kirjoitettava tiedosto; okr kirjoittaa tiedostot kokonaisina väliaikaisen tiedoston kautta
ed-cannot-write-in = hakemistoon { $dir } ei voi kirjoittaa: { $reason }
    .hint = tarkista, että hakemisto on olemassa ja kirjoitettavissa
ed-symlink-loop = { $path } on symbolisten linkkien silmukka

## okr checkin
ed-checkin-reads-metric = `{ $kr }` lukee mittaria `{ $metric }`: sen arvo tulee datasta, ei tilannepäivityksistä
    .hint = päivitä sen lähdetiedosto; luottamus annetaan näin: okr checkin { $kr } --confidence 7
ed-checkin-all-needs-terminal = --all kysyy jokaista avaintulosta päätteessä
    .hint = päivitä yksi avaintulos kerrallaan: okr checkin KR-ID [VALUE] --confidence N
ed-checkin-cannot-read-answer = vastausta ei voi lukea: { $reason }
ed-checkin-outside-cycle = jakson ulkopuolella
    .date = päivämäärä ({ $date }) on jakson { $cycle } ulkopuolella ({ $start }–{ $end })
    .today = tänään ({ $date }) on jakson { $cycle } ulkopuolella ({ $start }–{ $end })
    .hint = anna --date VVVV-KK-PP, jokin jakson päivä
ed-checkin-milestone-no-value = `{ $kr }` on virstanpylväs: se on valmis tai ei, sille ei anneta arvoa
    .hint = okr checkin { $kr } --done
ed-checkin-milestone-needs-done = `{ $kr }` on virstanpylväs: merkitse se valmiiksi valitsimella --done
ed-checkin-nothing = tilannepäivitystä ei tehty
ed-checkin-not-a-milestone = `{ $kr }` ei ole virstanpylväs: --done koskee vain virstanpylväitä
    .hint = anna mitattu arvo: okr checkin { $kr } VALUE
ed-checkin-value-required = VALUE tarvitaan, kun stdin ei ole pääte
    .hint = okr checkin { $kr } VALUE
ed-checkin-bad-value = VALUE `{ $value }`: { $reason }
    .hint = kirjoita luku, kuten 3.4, 3,4 tai 1 234,5
ed-checkin-no-value = arvoa ei annettu: tilannepäivitystä ei tehty

## paths an OKR file names, refused (trust)
ed-named = polku
    .okr-file = OKR-tiedosto
    .include = sisällytetty tiedosto
    .include-walk = sisällytyskuvion läpikäymä hakemisto
    .source-file = lähteen `{ $source }` tiedosto
    .checkin-log = tilannepäivitysloki
    .record = jakson arkisto
    .export = vienti
ed-refused-dangling = { $what } `{ $path }` on symbolinen linkki, joka ei osoita mihinkään
    .hint = osoita se projektin tiedostoon tai poista se
ed-refused-outside = { $what } `{ $path }` on projektin juurihakemiston `{ $root }` ulkopuolella
    .hint = OKR-tiedosto voi nimetä vain oman projektinsa tiedostoja; okr:n suorittaja voi sallia hakemiston valitsimella --allow-path DIR tai muuttujalla { $env }
ed-refused-git-dir = { $what } `{ $path }` on git-hakemiston sisällä
    .hint = okr ei lue gitin omia tiedostoja: anna työpuun tiedosto
ed-refused-unreadable = { $what } `{ $path }` ei ole luettavissa
    .hint = tarkista tiedoston käyttöoikeudet
ed-refused-not-regular = { $what } `{ $path }` ei ole tavallinen tiedosto (vaan FIFO, laite tai socket)
    .hint = okr lukee vain tavallisia tiedostoja; vie data tiedostoon

## the check-in log's rows, and writing it
ed-log-header = tilannepäivityslokin otsikkorivi on `{ $found }`, ei `{ $expected }`
    .hint = ensimmäinen rivi nimeää sarakkeet date, key_result ja value (note ja author ovat valinnaisia)
ed-log-bad-date = päivämäärä `{ $found }` ei ole päivämäärä
    .hint = kirjoita päivämäärät muodossa VVVV-KK-PP, esim. 2026-02-15
ed-log-no-key-result = rivi ei nimeä avaintulosta
    .hint = sarakkeessa key_result on avaintuloksen tunniste
ed-log-bad-confidence-hint = kirjoita kokonaisluku 1–10
ed-log-bad-value = avaintuloksen `{ $kr }` arvo `{ $value }`: { $reason }
    .hint = kirjoita luku, kuten 3,4 (tai `done` virstanpylväälle)
ed-log-reads-metric = `{ $kr }` lukee mittaria `{ $metric }`: se ei ota arvoja tilannepäivityksistä
    .hint = kirjaa sen luottamus tai muistiinpano ilman arvoa, tai poista rivi
ed-log-done-needs-number = `{ $kr }` ei ole virstanpylväs: `done` vaatii luvun
    .hint = kirjoita sinä päivänä mitattu arvo
ed-log-milestone-value = `{ $kr }` on virstanpylväs: sen arvo on `done`
    .hint = kirjoita sarakkeeseen value `done` tai poista rivi
ed-log-cannot = tilannepäivityslokiin ei voi kirjoittaa
    .open = tiedostoa { $path } ei voi avata: { $reason }
    .lock = tiedostoa { $path } ei voi lukita: { $reason }
    .give = tiedostoa { $path } ei voi antaa hakemiston omistajalle: { $reason }
    .write = tiedostoon { $path } ei voi kirjoittaa: { $reason }
    .sync = tiedoston { $path } hakemistoa ei voi synkronoida: { $reason }
    .unlock = tiedoston { $path } lukitusta ei voi avata: { $reason }
    .hint = tarkista, että hakemisto on olemassa ja siihen voi kirjoittaa
ed-value-empty = arvo tarvitaan
ed-value-ambiguous = `{ $text }` voi olla { $plain } tai { $point }; kirjoita se ilman pilkkua tai desimaalipisteellä
ed-value-not-a-number = ei luku
ed-value-not-a-number-written = ei luku (kirjoita se muodossa 3.4, 3,4 tai 1 234,5)
ed-value-not-finite = ei äärellinen luku
ed-value-misplaced-groups = luvussa `{ $text }` on väärin sijoitettuja `{ $group }`-erottimia
ed-confidence-range = luottamus `{ $found }` ei ole kokonaisluku 1–10

## PostgreSQL ja SQLite: yhteys, TLS, tunnistautuminen, kysely
ed-pg-date-type = sarake `{ $column }` on tyyppiä { $type_name }: päivämäärät ovat DATE, TIMESTAMP tai ISO-tekstiä kuten 2026-01-31
    .hint = muunna se kyselyssä, esim. to_date(day, 'YYYYMMDD') AS date
ed-pg-value-type = sarake `{ $column }` on tyyppiä { $type_name }: arvot ovat lukuja (INTEGER, REAL, NUMERIC tai numeerista tekstiä)
    .hint = muunna se kyselyssä, esim. CAST(amount AS NUMERIC) AS value
ed-pg-url-unset = ympäristömuuttujaa { $url_env } (url_env) ei ole asetettu
    .hint = export { $url_env }=postgresql://user:password@host:5432/database (yhteysmerkkijono luetaan ympäristöstä, ei koskaan OKR-tiedostosta)
ed-pg-url-not-utf8 = ympäristömuuttuja { $url_env } (url_env) ei ole kelvollista UTF-8:aa
ed-pg-url-invalid = yhteysmerkkijono muuttujassa { $url_env } ei kelpaa: { $said }
    .hint = kirjoita se muodossa postgresql://user:password@host:5432/database tai host=... port=... user=... dbname=...
    .hint-sslmode = kirjoita se muodossa postgresql://user:password@host:5432/database?sslmode=verify-full tai host=... port=... user=... dbname=... sslmode=...
ed-tls-library = TLS: { $said }
    .hint = aseta muuttujaan { $url_env } sslrootcert, joka osoittaa PEM-tiedostoon, jossa on palvelimen CA-varmenne
ed-tls-root-unreadable = juurivarmennetta sslrootcert="{ $path }" ei voi lukea: { $said }
ed-tls-root-empty = juurivarmennetiedostossa sslrootcert="{ $path }" ei ole varmennetta (PEM, -----BEGIN CERTIFICATE-----)
ed-tls-no-system-roots = tästä järjestelmästä ei löytynyt juurivarmenteita (asenna paketti ca-certificates tai aseta sslrootcert palvelimen CA-tiedostoon)
ed-pg-auth = tunnistautuminen epäonnistui PostgreSQL-palvelimella { $target }: { $said }
    .hint = tarkista käyttäjä ja salasana muuttujassa { $url_env } (tai PGPASSWORD tai salasanatiedosto ~/.pgpass)
ed-pg-refused = PostgreSQL { $target } torjui yhteyden: { $said }
    .hint = tarkista yhteysmerkkijono muuttujassa { $url_env }
ed-pg-no-tls = PostgreSQL osoitteessa { $target } ei tue TLS:ää, ja sslmode={ $sslmode } vaatii sitä
    .hint = ota ssl käyttöön palvelimella tai aseta sslmode=prefer tai sslmode=disable muuttujaan { $url_env }, jos verkko on luotettu
ed-tls-wrong-name = yhteys PostgreSQL-palvelimeen { $target } TLS:n yli ei onnistu: palvelimen varmenne ei kelpaa sille isäntänimelle, johon yhdistettiin (sslmode=verify-full)
    .hint = yhdistä nimellä, jolle varmenne on myönnetty, tai käytä asetusta sslmode=verify-ca, joka tarkistaa varmenteen mutta ei nimeä
ed-tls-wrong-name-for = yhteys PostgreSQL-palvelimeen { $target } TLS:n yli ei onnistu: palvelimen varmenne ei kelpaa sille isäntänimelle, johon yhdistettiin (se on myönnetty nimelle { $presented }) (sslmode=verify-full)
ed-tls-untrusted-file = yhteys PostgreSQL-palvelimeen { $target } TLS:n yli ei onnistu: palvelimen varmennetta ei ole allekirjoittanut juurivarmenne tiedostossa { $path }: se ei ole luotettu
    .hint = aseta sslrootcert palvelimen CA-varmenteeseen (pilvipalvelut julkaisevat omansa) tai käytä asetusta sslmode=require ilman sslrootcertiä, joka salaa tarkistamatta
ed-tls-untrusted-system = yhteys PostgreSQL-palvelimeen { $target } TLS:n yli ei onnistu: palvelimen varmennetta ei ole allekirjoittanut mikään järjestelmän juurivarmenteista: se ei ole luotettu
ed-tls-expired = yhteys PostgreSQL-palvelimeen { $target } TLS:n yli ei onnistu: palvelimen varmenne on vanhentunut
    .hint = uusi palvelimen varmenne
ed-tls-not-accepted = yhteys PostgreSQL-palvelimeen { $target } TLS:n yli ei onnistu: palvelimen varmennetta ei hyväksytä: { $said }
    .hint = tarkista palvelimen varmenne ja sslrootcert
ed-tls-handshake = yhteys PostgreSQL-palvelimeen { $target } TLS:n yli ei onnistu: TLS-kättely epäonnistui: { $said }
    .hint = tarkista, että isäntä ja portti ovat PostgreSQL:n, sekä sslmode
ed-pg-no-password = tunnistautuminen epäonnistui PostgreSQL-palvelimella { $target }: palvelin pyytää salasanaa, eikä muuttujan { $url_env } yhteysmerkkijonossa ole sitä
    .hint = lisää salasana muuttujaan { $url_env } (postgresql://user:password@host/db), muuttujaan PGPASSWORD tai salasanatiedostoon ~/.pgpass
ed-pg-connection-refused = yhteys PostgreSQL-palvelimeen { $target } ei onnistu: yhteys torjuttiin
    .hint = onko palvelin käynnissä ja kuunteleeko se tuossa isännässä ja portissa? tarkista { $url_env }
ed-pg-connect-timeout = yhteys PostgreSQL-palvelimeen { $target } ei onnistu: ei vastausta aikarajan ({ $seconds } s) kuluessa
    .hint = tarkista isäntä ja verkko tai nosta `timeout` lähteelle `{ $source }`
ed-pg-connect = yhteys PostgreSQL-palvelimeen { $target } ei onnistu: { $said }
ed-pg-said-detail = { $said } ({ $detail })
ed-pg-query = kysely epäonnistui PostgreSQL:ssä: { $said }
    .hint = kokeile lähteen `{ $source }` kyselyä psql:ssä; sen on palautettava rivejä (date, metric, value[, segment]) tai päivämääräsarake ja mittarisarakkeita asettelulla layout wide
ed-pg-query-at = kysely epäonnistui PostgreSQL:ssä: { $said }, kohdassa `{ $at }`
ed-pg-driver = PostgreSQL: { $said }
ed-sqlite-open = SQLite-tietokantaa { $path } ei voi avata: { $reason }
    .hint = tarkista lähteen `{ $source }` `path`; suhteellinen polku luetaan sen tiedoston hakemistosta, joka sen määrittelee
ed-sqlite-no-such-file = tiedostoa ei ole
ed-sqlite-directory = se on hakemisto
ed-sqlite-query = kysely epäonnistui SQLite:ssä ({ $path }): { $said }
    .hint = kokeile lähteen `{ $source }` kyselyä sqlite3:ssa; sen on palautettava rivejä (date, metric, value[, segment]) tai päivämääräsarake ja mittarisarakkeita asettelulla layout wide
ed-pg-sslmode = sslmode "{ $value }" ei ole mikään vaihtoehdoista disable, allow, prefer, require, verify-ca, verify-full
ed-pg-sslmode-env = PGSSLMODE "{ $value }" ei ole mikään vaihtoehdoista disable, allow, prefer, require, verify-ca, verify-full
ed-pg-option-unsupported = okr ei tue asetusta `{ $key }` (asiakasvarmenteet, sulkulistat)
ed-pg-option-no-equals = `{ $key }` jälkeen odotettiin merkkiä `=`
ed-pg-option-no-quote = asetuksen `{ $key }` arvosta puuttuu loppulainausmerkki
ed-pg-passfile-open = salasanatiedostoon "{ $path }" on ryhmällä tai kaikilla pääsy, joten sitä ei käytetä; oikeuksien pitää olla u=rw (0600) tai tiukemmat (chmod 600 { $path })
ed-warning = varoitus: { $message }
ed-sqlite-integer = { $value } (kokonaisluku)
ed-sqlite-real = { $value } (liukuluku)
ed-sqlite-blob = { $n ->
    [one] blob, { $bytes } tavu
   *[other] blob, { $bytes } tavua
}
ed-cli-fail-on-empty = --fail-on on tyhjä: tarkistus ei voisi koskaan epäonnistua
    .hint = anna tilat, esim. --fail-on { $example }
ed-cli-close-early = jakso { $cycle } kestää { $end } asti: sitä ei voi sulkea päivänä { $as_of }
    .hint = sulje se { $end } alkaen tai anna --force, niin se suljetaan etuajassa päivän { $as_of } luvuilla
ed-cli-not-a-directory = { $path } ei ole hakemisto
    .hint = luo se ensin, esim. `mkdir -p man/man1`
ed-cli-man-pages = man-sivuja ei voi kirjoittaa hakemistoon { $dir }
ed-cli-man-page = man-sivua ei voi muodostaa
ed-cli-not-an-okr-file = { $path } ei ole mikään OKR-tiedostoista (päätiedosto ja sen sisällyttämät tiedostot)
    .hint = lisää kokeilu OKR-päätiedostoon tai tiedostoon, jonka se sisällyttää
ed-cli-edit-invalid = { $path } on ennallaan: tällä muutoksella OKR-tiedosto olisi virheellinen:
ed-cli-set-invalid = { $path } on ennallaan: muutoksella { $changes } OKR-tiedosto olisi virheellinen:
ed-cli-next-ends-before-start = seuraava jakso päättyy ({ $end }) ennen kuin se alkaa ({ $start })
    .hint = --end on jakson viimeinen päivä, sama kuin --start tai myöhempi
ed-cli-next-same-name = seuraavalla jaksolla ei voi olla nykyisen jakson nimeä `{ $name }`
    .hint = nimeä se neljänneksensä mukaan, esim. 2027-Q1
ed-cli-next-starts-early = seuraava jakso alkaa { $start }, ennen kuin nykyinen päättyy ({ $end })
    .hint = aloita se { $first } tai myöhemmin
ed-cli-next-no-record = jaksolla { $cycle } ei ole vielä arkistoa: sen luvut menetettäisiin
    .hint = aja ensin `okr close` (se kirjoittaa tiedoston { $record }) tai anna --force
ed-cli-next-invalid = mitään ei kirjoitettu: seuraavan jakson tiedostot olisivat virheellisiä:
    .hint = korjaa nykyiset tiedostot (tai muokkaa käsin) ja aja sitten okr next uudelleen
ed-cli-no-north-star = tiedostossa { $path } ei ole osiota [north_star]
    .hint = lisää [north_star], jossa on name, metric, grain ja target (katso README: North Star)
ed-cli-report-format = muotoa ei voi päätellä tiedostonimestä { $path }
    .hint = anna tiedostolle pääte .html tai .md tai anna --format html|markdown (PDF:ää varten tulosta HTML)
ed-cli-no-source-report = lähde ei antanut raporttia
ed-cli-log-not-utf8 = tilannepäivitysloki ei ole kelvollista UTF-8:aa
ed-cli-report-wrote = kirjoitettiin { $path } ({ $format }, { $kb } kt)
ed-cli-status-from-record = okr: mittarien lähteitä ei voitu lukea ({ $reason }); näytetään arkisto { $record }, joka kirjoitettiin, kun jakso suljettiin { $date }
ed-cli-warning = okr: varoitus: { $warning }
ed-cli-validate-warning = varoitus: { $warning }
ed-cli-validate-no-values = mittari `{ $metric }`: lähteellä `{ $source }` ei ole arvoja sarakkeelle `{ $column }`; löytyi: { $found }
ed-cli-validate-no-values-segment = mittari `{ $metric }`: lähteellä `{ $source }` ei ole arvoja sarakkeelle `{ $column }` (segmentti `{ $segment }`); löytyi: { $found }
ed-cli-validate-found-nothing = ei mitään
ed-cli-not-an-experiment = millään kokeilulla ei ole tunnistetta `{ $id }`
    .objective = `{ $id }` on tavoite, ei kokeilu
    .key-result = `{ $id }` on avaintulos, ei kokeilu
    .hint = `okr experiments` luettelee kokeilut
    .hint-suggest = tarkoititko `{ $best }`?

## Files the commands write
ed-cli-cannot-read-cwd = nykyistä kansiota ei voi lukea
ed-cli-cannot-write-stdout = vakiotulosteeseen ei voi kirjoittaa
ed-cli-cannot-write = tiedostoon { $path } ei voi kirjoittaa
ed-cli-cannot-write-reason = tiedostoon { $path } ei voi kirjoittaa: { $reason }
ed-cli-cannot-sync = tiedostoa { $path } ei voi synkronoida
ed-cli-cannot-read-link = linkkiä { $path } ei voi lukea

# Source notes (okr sources, -v, init --from); JSON keeps the English.
ed-note-decimal-sniffed = desimaalierotin `{ $mark }` päätelty arvosta "{ $cell }" rivillä { $line }
ed-note-decimal-us-dates = desimaalierotin `.`: "{ $cell }" rivillä { $line } luetaan tuhansiksi yhdysvaltalaisten päivämäärien (K/P/V) rinnalla
ed-note-utf16-no-bom = luettu { $encoding }-muodossa: ei tavujärjestysmerkkiä, mutta joka toinen tavu on NUL
ed-note-windows-1252 = luettu Windows-1252-muodossa: tavut eivät ole UTF-8:aa
ed-note-header-line = otsikkorivi on rivillä { $line }: sitä edeltävät rivit ovat otsikoita (aseta `skip_rows = { $skip }` kertoaksesi sen)
ed-note-table-chosen = luettiin taulukko { $number } (otsikkorivi rivillä { $line }), kuten `table` sanoo
ed-note-table-found = luettiin taulukko, jonka otsikkorivi on rivillä { $line }; rivin { $first } otsikkorivistä puuttuvat halutut sarakkeet
ed-note-totals-skipped = { $n ->
    [one] ohitettiin { $count } summarivi (rivi { $lines })
   *[other] ohitettiin { $count } summariviä (rivit { $lines })
}
ed-note-no-data-rows = { $n ->
    [one] { $count } rivillä luki "No data available."
   *[other] { $count } rivillä luki "No data available."
}
ed-note-error-cells = { $n ->
    [one] { $count } solu luettiin tyhjäksi: NaN tai taulukkolaskennan virhe (ensimmäinen: "{ $cell }" rivillä { $line })
   *[other] { $count } solua luettiin tyhjiksi: NaN tai taulukkolaskennan virhe (ensimmäinen: "{ $cell }" rivillä { $line })
}
ed-note-uncounted-cells = { $n ->
    [one] { $count } jakson ulkopuolinen solu ei ollut luku eikä sitä lasketa (ensimmäinen: "{ $cell }" rivillä { $line })
   *[other] { $count } jakson ulkopuolista solua ei ollut lukuja eikä niitä lasketa (ensimmäinen: "{ $cell }" rivillä { $line })
}
ed-note-no-rows-named = mittari `{ $key }`: tiedostossa ei ole rivejä nimellä `{ $column }`
ed-note-no-rows-named-between = mittari `{ $key }`: ei rivejä nimellä `{ $column }` välillä { $start }–{ $end }
ed-note-stopped-at-table = lopetettiin rivillä { $line }, josta alkaa toinen taulukko ({ $columns })
ed-note-dates-day-first = päivä ennen kuukautta: päivämäärät ovat peräkkäisiä päiviä näin luettuina ("{ $cell }" rivillä { $line } käy kumpaankin suuntaan)
ed-note-dates-month-first = kuukausi ennen päivää: päivämäärät ovat peräkkäisiä päiviä näin luettuina ("{ $cell }" rivillä { $line } käy kumpaankin suuntaan)
ed-note-groups-read = { $n ->
    [one] { $count } ryhmä luettu lähteestä { $database }
   *[other] { $count } ryhmää luettu lähteestä { $database }
}
## --- end: errors-data ---

## --- area: init-help ---

## okr init: what it says on stderr
init-wrote = kirjoitettiin { $path }: muokkaa sitä ja aja sitten `okr status -c { $path }`
init-cannot-write-in = kansioon { $dir } ei voi kirjoittaa: { $reason }
    .hint = luo kansio ensin
init-export-is-directory = { $file } on kansio
init-export-missing = tiedostoa { $file } ei ole
    .hint = anna työkalujenne viemät CSV-tiedostot, esim. `okr init --from data/*.csv`
init-left-out = varoitus: { $file } jätettiin pois: { $problem }
init-unread-at-line = rivi { $line }: { $problem }
init-nothing-read = yhtäkään vientiä ei voitu lukea: mitään ei kirjoitettu
init-cycle-backwards = jakso päättyy ({ $end }) ennen kuin se alkaa ({ $start })
    .hint = vaihda --start ja --end keskenään
init-cycle-name = { $start }–{ $end }
init-cycle-not-quarter = --cycle { $cycle }: anna neljännes, esim. 2026-Q1
    .hint = muille jaksoille anna --start ja --end
init-relative = suhteessa tähän tiedostoon

## okr init: the starter file's comments (`# ` is added) and sample titles.
## TOML keys and values (sum, committed, month, ...) stay English.
init-starter-head =
    okrs.toml: tavoitteenne ja avaintuloksenne, jotka `okr` lukee.
    Aja `okr status` tässä kansiossa; `okr validate` tarkistaa tämän tiedoston ja datanne.
    Jokainen avain selitetään README:ssä ("The OKR file").
init-starter-dates = TOML-päivämäärät, molemmat päivät mukaan lukien
init-starter-settings = valinnainen; nämä ovat oletusarvot
init-starter-at-risk = edistyminen / odotettu tämän alla: vaarassa
init-starter-off-track = ... tämän alla: jäljessä
init-starter-stall = ei edistymistä näin pitkään aikaan: pysähtynyt
init-starter-stale = uusin datapiste tätä vanhempi: vanhentunut
init-starter-settle = tätä nuorempi ikkuna on liian aikaista arvioida: liian aikaista
init-starter-language = okr:n kieli: en, sv, nb, da tai fi (muuten OKR_LANG, muuten englanti)
init-starter-locale = luvut: en-US, sv-SE, nb-NO, da-DK, fi-FI, ... (oletus: kielen mukaan)
init-starter-sources =
    Mistä mittareiden arvot tulevat: CSV-viennit (erotin, desimaalimerkki ja
    päivämäärämuoto tunnistetaan). Poista kommenttimerkit ja osoita tiedostoonne:
init-starter-layout = long: date,metric,value[,segment]; wide: päivämääräsarake + sarake kullekin mittarille
init-starter-ratio = suhdeluku on sum(numerator) / sum(denominator)
init-starter-id = a-z, 0-9 ja -; yksilöllinen kaikissa tiedostoissa
init-starter-type = committed (odotetaan 1,0) tai aspirational (0,7 on hyvä)
init-starter-manual =
    Käsin päivitettävä avaintulos: `okr checkin survey 3,4` tallentaa
    arvon ja sen mittauspäivän (checkins.csv-tiedostoon tämän tiedoston viereen).
    Ennen ensimmäistä tilannepäivitystä sillä ei ole dataa, mikä ei ole nolla.
init-starter-milestone =
    Virstanpylväs: valmis tai ei, määräpäivään mennessä (oletus: jakson loppu).
    `okr set launch done=true` merkitsee sen valmiiksi tänään.
init-starter-metric-kr = Mittariin perustuva avaintulos (poista kommenttimerkit yllä olevasta lähteestä ja mittareista):
init-starter-window = cycle (oletus) | day | week | month | quarter
init-starter-guardrails = Goodhartin vastapaino
init-starter-title-pipeline = Rakennetaan myyntiputki, jota myynti rakastaa
init-starter-title-survey = Nostetaan myynnin tyytyväisyyspisteet 3,1:stä 4,0:aan
init-starter-title-launch = Julkaistaan uusi hinnoittelusivu
init-starter-title-mql = Kasvatetaan MQL:t 400:sta 900:aan kuukaudessa

## okr init --from: the comments of the file built from the exports
init-from-head =
    okrs.toml: `okr init --from` kirjoitti tämän vienneistänne. Muokkaa
    tavoitetta, poista kommenttimerkit haluamistanne avaintuloksista ja aseta tavoitearvot,
    aja sitten `okr status`. Jokainen avain selitetään README:ssä ("The OKR file").
init-from-settings = valinnainen; oletusarvot:
init-from-locale = lukujen muoto: sv-SE, nb-NO, da-DK, fi-FI, ...
init-from-sources = Mistä arvot tulevat: yksi lähde kutakin vientiä kohden.
init-from-read-as = { $file }: { $encoding }, { $layout } ({ $shape }), päivämäärät sarakkeessa `{ $date_column }` muodossa { $date_format }
init-from-wide-shape = päivämääräsarake ja sarake kullekin mittarille
init-from-rows = { $n ->
    [one] { $rows } rivi
   *[other] { $rows } riviä
}, { $span }
init-from-span = { $first }–{ $last }
init-from-no-dates = ei päivättyjä rivejä
init-from-ends-before = data päättyy { $date }, ennen jaksoa: vie se uudelleen jakson aikana
init-from-starts-after = data alkaa { $date }, jakson jälkeen
init-from-title-lines = { $n ->
    [one] { $lines } otsikkorivi sarakeotsikoiden yläpuolella ohitetaan (lukija löytää sen)
   *[other] { $lines } otsikkoriviä sarakeotsikoiden yläpuolella ohitetaan (lukija löytää ne)
}
init-from-other-table = ei luettu: taulukko { $number }{ $title } rivillä { $line } (`table = { $number }` lukee sen)
init-from-reader-note = lukija: { $note }
init-from-options = Kuten lukija ne tunnisti, kirjoitettuina auki, jotta tiedosto luetaan samoin kaikkialla:
init-from-date-format-kept =
    päivämäärät tunnistettiin muodossa { $format }: lukijan oma tulkinta lukee ne
    (aseta `date_format` vain, jos se arvaa väärin)
init-from-no-metric = siitä ei löytynyt yhtään numerosaraketta: mikään mittari ei vielä lue sitä
init-from-unread = tiedostoa { $file } ei luettu, joten se jätettiin pois: { $problem }
init-from-metrics = Yksi mittari kutakin numerosaraketta kohden (pitkät tiedostot: kutakin mittarin nimeä kohden).
init-from-sum = summataan avaintuloksen ikkunan yli
init-from-count = lukumäärä: summataan avaintuloksen ikkunan yli
init-from-avg = osuus tai keskiarvo: keskiarvo päivien yli (kahden lukumäärän suhdeluku on tarkka)
init-from-percent = sen soluissa on `%`: näytetään prosentteina
init-from-currency = rahamäärä yksikössä { $unit }
init-from-ratio = { $numerator } / { $denominator } näyttää osuudelta; suhdeluku on sum(numerator) / sum(denominator):
init-from-objective = Tavoitteenne: mikä on totta, kun jakso päättyy.
init-from-objective-title = Kirjoita tavoite: mikä on totta, kun jakso päättyy
init-from-key-results =
    Yksi avaintulos kutakin mittaria kohden: poista kommenttimerkit haluamistanne ja aseta `target`.
    `start` on mittarin arvo ajalla { $period }, viimeisenä kokonaisena kuukautena ennen jaksoa.
init-from-kr-title = { $name } kuukaudessa: { $start } → tavoitearvo
init-from-kr-title-no-start = { $name } kuukaudessa: tavoitearvoon
init-from-kr-start = sen arvo ajalla { $period }
init-from-kr-no-start = tiedostossa ei ole kokonaista kuukautta ennen jaksoa: aseta lähtöarvo
init-from-kr-target = aseta se (start == target on virhe)

## --help: every command's about (.after: the text after the options),
## every argument's help (help-arg-X: global or shared; help-CMD-arg-X: one
## command's). English is clap's own text and is never replaced.
help-okr = OKR:t ja Pohjantähti-mittari TOML- ja CSV-vienneistä: luvut, joihin kaikki voivat luottaa
    .after =
        Paluukoodit: 0 kaikki hyvin; 1 `okr check` löysi avaintuloksia, jotka eivät täytä ehtoja;
        2 väärä käyttö, virheellinen asetustiedosto tai data (viesti kertoo missä ja miksi).

        Ohjeet: README.md; tiedostomuoto: `okr init` kirjoittaa kommentoidun aloitustiedoston.
help-status = Puu: Pohjantähti, tavoitteet ja avaintulokset edistymisineen, tahteineen ja tiloineen
    .after =
        Esimerkkejä:
          okr status                                  puu tämän päivän tilanteessa
          okr status -c okrs.example.toml --as-of 2026-11-20
          okr status --owner marketing --format markdown
          okr status --objective pipeline --format json | jq .
          okr status --since 7d                       mikä muuttui tällä viikolla
help-status-arg-group-by = Ryhmittele tavoitteet tunnisteen etuliitteen mukaan, esim. `tag:flywheel` tunnisteille flywheel:attract, flywheel:engage, ...
help-status-arg-since = Lisää Muutos-sarake: arvon ja edistymisen muutos tästä päivästä (VVVV-KK-PP, tai 7d / 2w ennen as-of-päivää)
help-check = CI-portti: paluukoodi 1, kun avaintulos on jäljessä, pysähtynyt tai rikkoo suojarajan
    .after =
        Esimerkkejä:
          okr check                                   epäonnistuu tiloilla off-track, stalled, guardrail-breached
          okr check --fail-on off-track,stale --warn-on at-risk
          okr check --format junit > okr-junit.xml    CI:n testinäkymiin
          okr check --format github                   huomautukset GitHub Actionsissa
help-check-arg-fail-on = Tilat, joilla tarkistus epäonnistuu (ja `stale`), pilkuin eroteltuina [oletus: [check] fail_on, muuten off-track,stalled,guardrail-breached]
help-check-arg-warn-on = Tilat, jotka raportoidaan varoituksina epäonnistumatta [oletus: [check] warn_on, muuten at-risk,stale]
help-report = Neljännesvuosikatsaus: Markdownina wikiin tai yhtenä tulostettavana HTML-tiedostona
    .after =
        Esimerkkejä:
          okr report                                   katsaus Markdownina vakiotulosteeseen
          okr report -o review.html                    tulostettava HTML (muoto tiedostopäätteen mukaan)
          okr report --format markdown --emoji > REVIEW.md
          okr report -c okrs.example.toml --as-of 2026-11-20 -o review.html --force
          okr report --since 2026-11-01 --owner marketing -o marketing.html

        Tulosta HTML selaimesta (Ctrl+P / Cmd+P): A4 tai Letter, yksi sivu kutakin
        tavoitetta kohden yhteenvedon jälkeen; tai ilman ikkunaa:
          chromium --headless --no-pdf-header-footer --print-to-pdf=review.pdf review.html
help-report-arg-format = Tulostemuoto [oletus: -o-tiedoston päätteen mukaan, muuten markdown]
help-report-arg-output = Kirjoita katsaus tähän tiedostoon (kokonaan tai ei lainkaan) vakiotulosteen sijaan
help-report-arg-force = Korvaa -o-tiedosto, jos se on jo olemassa
help-report-arg-since = ”Mikä muuttui” mitataan tästä päivästä (VVVV-KK-PP) [oletus: jakson alku]
help-report-arg-emoji = Markdown: lisää tilaemoji jokaisen tilan eteen
help-north-star = Pohjantähti, sen ohjaavat mittarit ja suojamittarit jaksoittain, trendi ja tarvittava tahti
    .after =
        Esimerkkejä:
          okr north-star                         Pohjantähden omin jaksoin koko jakson ajalta
          okr nsm --last 4                       neljä viimeisintä jaksoa
          okr nsm --grain month --format csv     kuukausittain, taulukkolaskentaan
help-north-star-arg-grain = Tämän pituiset jaksot [oletus: Pohjantähden oma]
help-north-star-arg-last = Vain N viimeisintä jaksoa
help-show = Yksi avaintulos tai tavoite syvällisesti: luvut, miksi, miten se lasketaan, kaavio
    .after =
        Esimerkkejä:
          okr show sqls-q4                            avaintulos: luvut, miksi, kaavio
          okr show pipeline                           tavoite ja kaikki sen alla
          okr show mql-monthly -c okrs.example.toml --as-of 2026-11-20
          okr show sqls-q4 --format json | jq .history.points
help-show-arg-id = Avaintuloksen tai tavoitteen tunniste
help-digest = Viikkopäivitys chat-viestinä: teksti, Markdown, Slack tai Teams
    .after =
        Esimerkkejä:
          okr digest                              mikä muuttui tällä viikolla, tekstinä
          okr digest --format markdown >> "$GITHUB_STEP_SUMMARY"
          okr digest --format slack | curl -sS -X POST -H 'Content-Type: application/json' \
              --data-binary @- "$SLACK_WEBHOOK_URL"
          okr digest --format teams --since 2026-11-01
help-digest-arg-since = Muutokset tästä päivästä: päivämäärä tai päiviä tai viikkoja taaksepäin (7d, 2w)
help-digest-arg-owner = Vain se, mistä tämä vastuuhenkilö vastaa
help-experiments = Kokeilut: työjono ICE-järjestyksessä, käynnissä olevat, onnistumis- ja epäonnistumistaulut
    .after =
        Esimerkkejä:
          okr experiments                       käynnissä olevat, työjono ICE-järjestyksessä, onnistumis- ja epäonnistumistaulut
          okr experiments --format markdown     viikon kasvupalaverin muistiinpanoihin
          okr experiments --key-result mql-monthly
help-experiments-arg-key-result = Vain tähän avaintulokseen tähtäävät kokeilut
help-experiments-arg-owner = Vain tämän vastuuhenkilön kokeilut
help-experiment = Lisää, aloita tai päätä kokeilu OKR-tiedostossa (sen kommentit säilyvät)
    .after =
        Esimerkkejä:
          okr experiment add gated-ebook --title "Gate the pricing e-book" \
              --key-result mql-monthly --impact 7 --confidence 5 --ease 8 \
              --metric mqls --expected-lift 0.2 --hypothesis "Lifts MQLs 20%"
          okr experiment start gated-ebook                 tila running, alkaa tänään
          okr experiment finish gated-ebook lost --learning "Few were called"
help-experiment-add = Lisää kokeilu (idea) OKR-tiedostoon
help-experiment-add-arg-id = Uuden kokeilun tunniste (a-z, 0-9 ja -)
help-experiment-add-arg-key-results = Avaintulos, johon sen on tarkoitus vaikuttaa (toista useammalle)
help-experiment-add-arg-impact = ICE: vaikutus 1-10
help-experiment-add-arg-confidence = ICE: luottamus 1-10
help-experiment-add-arg-ease = ICE: helppous 1-10
help-experiment-add-arg-metric = Mittari, jota mitataan kokeilun päivinä
help-experiment-add-arg-expected-lift = Odotettu suhteellinen muutos (0.2 on +20 %)
help-experiment-add-arg-file = Tiedosto, johon se lisätään [oletus: pää-OKR-tiedosto]
help-experiment-start = Merkitse kokeilu käynnissä olevaksi tietystä päivästä (oletus tänään)
help-experiment-start-arg-date = Kokeilun ensimmäinen päivä [oletus: tänään]
help-experiment-finish = Päätä kokeilu tuloksella won, lost tai inconclusive
help-experiment-finish-arg-outcome = Tulos
help-experiment-finish-arg-date = Kokeilun viimeinen päivä [oletus: tänään]
help-experiment-finish-arg-learning = Mitä tiimi oppi (epäonnistunut kokeilu on myös dataa)
help-checkin = Kirjaa käsin päivitettävän avaintuloksen arvo (tai valmis virstanpylväs) tiedostoon checkins.csv
    .after =
        Esimerkkejä:
          okr checkin brand-survey 3.6                   tämän päivän arvo
          okr checkin brand-survey 3,6 --date 2026-02-10 --note "panel of 400"
          okr checkin new-site --done --date 2026-02-20  virstanpylväs, valmis sinä päivänä
          okr checkin brand-survey                       kysyy arvoa (päätteessä)
          okr checkin mql-monthly --confidence 6 --note "the webinar moved to March"
                                                         mikä tahansa avaintulos: kuinka varma olet, omin sanoin
          okr checkin --all --owner marketing            viikon tilannepäivitys: kysyy jokaisesta avaintuloksesta

        Rivi menee OKR-tiedoston viereen tiedostoon checkins.csv (date, key_result, value,
        note, author, confidence); `okr log` näyttää ne, `okr status` ottaa ne huomioon.
help-checkin-arg-id = Avaintuloksen tunniste
help-checkin-arg-all = Käy läpi kaikki avaintulokset (--owner-rajauksella) päätteessä ja kysy kunkin arvo, luottamus ja muistiinpano
help-checkin-arg-owner = Yhdessä --all-valitsimen kanssa: vain tämän vastuuhenkilön avaintulokset (omat tai tavoitteensa kautta)
help-checkin-arg-value = Mitattu arvo (3.4, 3,4 ja 1 234,5 kelpaavat kaikki); kysytään päätteessä, jos se puuttuu
help-checkin-arg-done = Merkitse virstanpylväs valmiiksi
help-checkin-arg-date = Päivä, jona arvo mitattiin (VVVV-KK-PP) [oletus: tänään]
help-checkin-arg-note = Muistiinpano historiaan (`okr log`), viikkopäivitykseen ja katsaukseen
help-checkin-arg-confidence = Kuinka varma olet, että avaintulos saavutetaan, 1-10; mikä tahansa avaintulos ottaa sen, arvon kanssa tai ilman
help-log = Tilannepäivitysten historia muistiinpanoineen ja tekijöineen
    .after =
        Esimerkkejä:
          okr log                          kaikki tilannepäivitykset, vanhin ensin
          okr log brand-survey             yhden avaintuloksen
          okr log pipeline                 yhden tavoitteen avaintulokset
          okr log --format csv > history.csv
help-log-arg-id = Vain tämä avaintulos (tai tämän tavoitteen avaintulokset)
help-set = Muokkaa OKR-tiedostoa paikallaan (esim. target=950) kommentit ja asettelu säilyttäen
    .after =
        Esimerkkejä:
          okr set mql-monthly target=950
          okr set brand-survey current=3.6 updated=2026-02-10
          okr set pipeline owner=growth weight=2
          okr set new-site due=2026-03-15 title="Launch the new website"

        Luvut pysyvät lukuina, päivämäärät TOML-päivämäärinä, teksti lainausmerkeissä. Koko
        asetustiedosto tarkistetaan muutoksen kanssa ennen kuin mitään kirjoitetaan; tiedoston
        kaikki kommentit ja asettelu säilyvät.
help-set-arg-id = Avaintuloksen, tavoitteen tai kokeilun tunniste
help-set-arg-assignments = Mitä asetetaan, esim. target=950
help-validate = Tarkista OKR-tiedosto ja mittaritiedostot; raportoi kaikki löydetyt ongelmat
    .after =
        Esimerkkejä:
          okr validate                       täältä löytyvä okrs.toml
          okr validate -c okrs.example.toml
help-sources = Miten kukin lähde luettiin: merkistö, erotin, desimaalimerkki, päivämäärät, ohitetut rivit
    .after =
        Esimerkkejä:
          okr sources                         täältä löytyvän okrs.toml-tiedoston kaikki lähteet
          okr sources --source ga4            yksi lähde
          okr sources --format json | jq '.sources[] | {"{"}name, date_column, header_line{"}"}'

        Paluukoodit: 0 kaikki lähteet luettiin; 2 lähdettä (tai OKR-tiedostoa) ei voitu
        lukea: viesti kertoo missä, ja vihje nimeää asetettavan asetuksen.
help-sources-arg-source = Vain tämä lähde (sen `name` kohdassa `[[sources]]`)
help-metrics = Lähteistä löytyvät mittarit: rivit, puuttuvat arvot, päivämäärät, tiedostot ja kuka niitä käyttää
    .after =
        Esimerkkejä:
          okr metrics                      kaikki mittarit kaikissa lähteissä ja kuka niitä käyttää
          okr metrics --format json | jq '.not_found'
          okr metrics --format csv > metrics.csv
help-close = Sulje jakso: kirjoita sen loppuluvut, arvosanat ja opit tiedostoon <cycle>.review.json
    .after =
        Esimerkkejä:
          okr close                          jakson viimeisenä päivänä tai sen jälkeen
          okr close --as-of 2026-12-31       kirjaus viimeisen päivän tilanteessa, ajoitpa sen milloin tahansa
          okr close --force                  sulje etuajassa (luvut tämän päivän tilanteessa) tai kirjoita kirjaus uudelleen

        Kirjaus sisältää puun jakson viimeisen päivän tilanteessa: arvot, edistymisen,
        arvosanat, tilat sekä kokeilut oppeineen. Tee siitä commit: `okr
        status` lukee sen, kun viennit ovat poissa, `okr history` vertailee jaksoja.
help-close-arg-force = Sulje ennen jakson viimeistä päivää tai korvaa olemassa oleva kirjaus
help-next = Muuta OKR-tiedostot seuraavan jakson tiedostoiksi: valmiit avaintulokset poistuvat, muut siirtyvät
    .after =
        Esimerkkejä:
          okr close && okr next 2027-Q1 --start 2027-01-01 --end 2027-03-31
          okr next 2027-Q1 --start 2027-01-01 --end 2027-03-31 --dry-run   erot, mitään ei kirjoiteta

        Valmiit avaintulokset poistuvat; keskeneräiset jäävät, ja niiden `start` asetetaan
        loppuarvoon kommentin kera; päättyneet kokeilut poistuvat (niiden
        opit ovat suljetun jakson kirjauksessa).
help-next-arg-name = Seuraavan jakson nimi, esim. 2027-Q1
help-next-arg-start = Sen ensimmäinen päivä
help-next-arg-end = Sen viimeinen päivä
help-next-arg-dry-run = Tulosta jokaisen tiedoston erot; älä kirjoita mitään
help-next-arg-force = Jatka, vaikka nykyisellä jaksolla ei vielä ole kirjausta (`okr close`)
help-history = Arvosanat ja Pohjantähti suljetuilta jaksoilta (niiden .review.json-kirjaukset)
    .after =
        Esimerkkejä:
          okr history                    kaikki suljetut jaksot OKR-tiedoston vieressä
          okr history --format json      kojelautaa varten
help-init = Kirjoita kommentoitu aloitustiedosto okrs.toml tai vienneistänne koottu --from-valitsimella (ei koskaan korvaa ilman --force-valitsinta)
    .after =
        Esimerkkejä:
          okr init                            kirjoittaa ./okrs.toml-tiedoston kuluvalle neljännekselle
          okr init team.toml --force          korvaa tiedoston team.toml
          okr init --from data/*.csv          lähde ja mittarit kustakin viennistä, avaintulokset täytettäviksi
          okr init --from data/*.csv --cycle 2026-Q1 --dry-run
                                              tulostaa, mitä se kirjoittaisi sille neljännekselle
          okr init -o team.toml --from data/*.csv
                                              toinen tiedostonimi (FILE... ottaa kaikki nimet --from-valitsimen jälkeen)
help-init-arg-path = Minne tiedosto kirjoitetaan
help-init-arg-output = Minne tiedosto kirjoitetaan (sama kuin PATH)
help-init-arg-force = Korvaa tiedosto, jos se on jo olemassa
help-init-arg-from = Kokoa tiedosto näistä vienneistä (CSV): lähde kustakin tiedostosta, mittari kustakin numerosarakkeesta
help-init-arg-cycle = Jakso, neljännes kuten 2026-Q1 [oletus: tämän päivän neljännes]
help-init-arg-start = Jakson ensimmäinen päivä (yhdessä --end-valitsimen kanssa)
help-init-arg-end = Jakson viimeinen päivä (yhdessä --start-valitsimen kanssa)
help-init-arg-dry-run = Tulosta tiedosto kirjoittamatta sitä
help-init-arg-as-of = Tämä päivä oletusjaksoa varten (VVVV-KK-PP) [oletus: tänään]
help-init-arg-allow-path = Salli vientien olla kansiossa DIR projektin ulkopuolella (voi toistaa; myös OKR_ALLOW_PATHS)
help-completions = Tulosta komentotulkin täydennysskripti (bash, zsh, fish, powershell, elvish)
    .after =
        Esimerkkejä:
          okr completions bash > ~/.local/share/bash-completion/completions/okr
          okr completions zsh > "${"{"}fpath[1]{"}"}/_okr"
          okr completions fish > ~/.config/fish/completions/okr.fish
          okr completions powershell >> $PROFILE
          okr completions elvish > ~/.config/elvish/lib/okr.elv
help-completions-arg-shell = Komentotulkki, jolle täydennys tehdään
help-man = Tulosta man-sivu (roff) tai kirjoita yksi kutakin komentoa kohden --dir-valitsimella (sivut ovat englanniksi)
    .after =
        Esimerkkejä:
          okr man | man -l -                          lue se heti
          okr man > ~/.local/share/man/man1/okr.1
          okr man --dir ~/.local/share/man/man1       okr.1 sekä okr-status.1, okr-check.1, ...
help-man-arg-dir = Kirjoita yksi sivu kutakin komentoa kohden (okr.1, okr-status.1, ...) tähän kansioon sen sijaan, että tulostetaan okr.1

## Arguments every command has, or several share
help-arg-config = OKR-tiedosto [oletus: okrs.toml tässä tai lähimmässä yläkansiossa]
help-arg-as-of = Arvioi tämän päivän tilanteessa (VVVV-KK-PP) [oletus: tänään]
help-arg-color = Milloin tuloste väritetään (NO_COLOR huomioidaan arvolla auto)
help-arg-quiet = Tulosta vain olennainen (virheet ja epäonnistumiset)
help-arg-verbose = Kerro vakiovirheeseen, miten kukin lähde luettiin (merkistöt, ohitetut rivit)
help-arg-allow-path = Salli OKR-tiedostojen viitata myös kansion DIR tiedostoihin (voi toistaa; myös OKR_ALLOW_PATHS, `:`-eroteltuina)
help-arg-allow-commands = Salli "command"-tyyppisten lähteiden ajaa ohjelmansa (kaikki tai vain PROGRAMS, pilkuin eroteltuina; myös OKR_ALLOW_COMMANDS)
help-arg-lang = Kaikkien ihmisten luettavien sanojen kieli: en, sv, nb, da, fi (muuten `[settings] language`, muuten OKR_LANG, muuten englanti)
help-arg-format = Tulostemuoto
help-arg-owner = Vain tämän vastuuhenkilön tavoitteet (ja niiden avaintulokset)
help-arg-objective = Vain tämä tavoite ja sen alle kytketyt tavoitteet
help-arg-id = Kokeilun tunniste
help-init-arg-lang = Kommenttien ja esimerkkiotsikoiden kieli: en, sv, nb, da, fi (muuten OKR_LANG, muuten englanti); kirjoitetaan kohtaan `[settings]`

## clap's own words: the headings, the help flag and subcommand, the
## default and the possible values after an argument's help
help-usage = Käyttö
    .options = VALITSIMET
    .command = KOMENTO
help-heading-commands = Komennot
help-heading-arguments = Argumentit
help-heading-options = Valitsimet
help-default = [oletus: { $value }]
help-possible-values = [mahdolliset arvot: { $values }]
help-help = Tulosta tämä viesti tai annettujen alikomentojen ohje
help-arg-help = Näytä ohje
    .more = Näytä ohje (lisää: '--help')
    .summary = Näytä ohje (tiivistelmä: '-h')
help-arg-version = Näytä versio

## clap's usage errors, sentence by sentence (the values as typed)
help-error-unknown-argument = tuntematon argumentti '{ $arg }'
help-error-pass-as-value = jos '{ $arg }' on arvo, kirjoita '-- { $arg }'
help-error-unknown-subcommand = tuntematon alikomento '{ $subcommand }'
help-error-value-required = '{ $arg }' tarvitsee arvon, mutta sitä ei annettu
help-error-invalid-value = virheellinen arvo '{ $value }' valitsimelle '{ $arg }'
help-error-missing-required = nämä pakolliset argumentit puuttuvat:
help-error-repeated = argumentin '{ $arg }' voi antaa vain kerran
help-error-conflict = argumenttia '{ $arg }' ei voi käyttää yhdessä argumentin '{ $other }' kanssa
help-error-conflict-many = argumenttia '{ $arg }' ei voi käyttää yhdessä näiden kanssa:
help-error-too-many = odottamaton arvo '{ $value }' valitsimelle '{ $arg }'; enempää arvoja ei odotettu
help-error-missing-subcommand = '{ $command }' tarvitsee alikomennon, mutta sitä ei annettu
help-error-no-equals = valitsimen '{ $arg }' arvo annetaan yhtäsuuruusmerkillä
help-error-subcommands = [alikomennot: { $subcommands }]
help-error-similar-argument = { $n ->
    [one] samankaltainen argumentti on olemassa: { $names }
   *[other] samankaltaisia argumentteja on olemassa: { $names }
}
help-error-similar-subcommand = { $n ->
    [one] samankaltainen alikomento on olemassa: { $names }
   *[other] samankaltaisia alikomentoja on olemassa: { $names }
}
help-error-similar-value = { $n ->
    [one] samankaltainen arvo on olemassa: { $names }
   *[other] samankaltaisia arvoja on olemassa: { $names }
}
help-error-tip = vihje
help-error-more = Lisätietoja saat komennolla '{ $flag }'.

## --- end: init-help ---
