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

## --- end: init-help ---
