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
help-error-date = odotettiin päivämäärää muodossa VVVV-KK-PP (esim. 2026-02-15), `today` tai `yesterday`, mutta saatiin "{ $found }"
help-error-lang = odotettiin yhtä näistä: { $codes }, mutta saatiin "{ $found }"

## --- end: init-help ---
