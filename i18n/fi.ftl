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

## --- end: errors-config ---

## --- area: errors-data ---
error-invalid-number = sarake `{ $column }`: virheellinen luku "{ $found }"

## --- end: errors-data ---

## --- area: init-help ---

## --- end: init-help ---
