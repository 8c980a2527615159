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
ed-flag-invalid = virheellinen arvo '{ $value }' valitsimelle '{ $flag }': { $reason }
ed-flag-more = Lisätietoja saat valitsimella '--help'.
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

## --- end: errors-data ---

## --- area: init-help ---

## --- end: init-help ---
