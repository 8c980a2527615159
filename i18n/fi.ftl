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
digest-no-data = ei dataa
digest-before-cycle = ennen jaksoa
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
error-invalid-number = sarake `{ $column }`: virheellinen luku "{ $found }"

## --- end: errors-data ---

## --- area: init-help ---

## --- end: init-help ---
