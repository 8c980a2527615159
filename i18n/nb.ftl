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

## okr init: what it says on stderr
init-wrote = skrev { $path }: rediger den, og kjør så `okr status -c { $path }`
init-cannot-write-in = kan ikke skrive i { $dir }: { $reason }
    .hint = opprett mappen først
init-export-is-directory = { $file } er en mappe
init-export-missing = { $file } finnes ikke
    .hint = oppgi CSV-filene verktøyene deres eksporterte, f.eks. `okr init --from data/*.csv`
init-left-out = advarsel: utelot { $file }: { $problem }
init-unread-at-line = linje { $line }: { $problem }
init-nothing-read = ingen eksport kunne leses: ingenting skrevet
init-cycle-backwards = perioden slutter ({ $end }) før den begynner ({ $start })
    .hint = bytt om --start og --end
init-cycle-name = { $start } til { $end }
init-cycle-not-quarter = --cycle { $cycle }: oppgi et kvartal, f.eks. 2026-Q1
    .hint = for andre perioder, oppgi --start og --end
init-relative = relativt til denne filen

## okr init: the starter file's comments (`# ` is added) and sample titles.
## TOML keys and values (sum, committed, month, ...) stay English.
init-starter-head =
    okrs.toml: målene og nøkkelresultatene deres, som `okr` leser.
    Kjør `okr status` i denne mappen; `okr validate` sjekker filen og dataene deres.
    Hver nøkkel er forklart i README ("The OKR file").
init-starter-dates = TOML-datoer, begge dagene inkludert
init-starter-settings = valgfritt; dette er standardverdiene
init-starter-at-risk = fremdrift / forventet under dette: i faresonen
init-starter-off-track = ... under dette: på etterskudd
init-starter-stall = ingen fremdrift på så lenge: står stille
init-starter-stale = nyeste datapunkt eldre enn dette: utdatert
init-starter-settle = et vindu yngre enn dette er for tidlig å vurdere: for tidlig
init-starter-language = okrs språk: en, sv, nb, da eller fi (ellers OKR_LANG, ellers engelsk)
init-starter-locale = tall: en-US, sv-SE, nb-NO, da-DK, fi-FI, ... (standard: språkets)
init-starter-sources =
    Hvor måltallenes verdier kommer fra: CSV-eksporter (skilletegn, desimaltegn og
    datoformat gjenkjennes). Fjern kommentartegnet og pek på filen deres:
init-starter-layout = long: date,metric,value[,segment]; wide: en datokolonne + én kolonne per måltall
init-starter-ratio = et forholdstall er sum(numerator) / sum(denominator)
init-starter-id = a-z, 0-9 og -; unik i alle filer
init-starter-type = committed (1,0 forventes) eller aspirational (0,7 er bra)
init-starter-manual =
    Et nøkkelresultat som sjekkes inn for hånd: `okr checkin survey 3,4` lagrer en
    verdi og dagen den ble målt (i checkins.csv ved siden av denne filen).
    Før første innsjekk har det ingen data, og det er ikke en null.
init-starter-milestone =
    En milepæl: ferdig eller ikke, innen en frist (standard: periodens slutt).
    `okr set launch done=true` markerer den som ferdig i dag.
init-starter-metric-kr = Et nøkkelresultat på et måltall (fjern kommentartegnet for kilden og måltallene over):
init-starter-window = cycle (standard) | day | week | month | quarter
init-starter-guardrails = Goodharts motvekt
init-starter-title-pipeline = Bygg en pipeline som salg elsker
init-starter-title-survey = Løft salgsteamets tilfredshetsscore fra 3,1 til 4,0
init-starter-title-launch = Lanser den nye prissiden
init-starter-title-mql = Øk MQL-er fra 400 til 900 i måneden

## okr init --from: the comments of the file built from the exports
init-from-head =
    okrs.toml: skrevet av `okr init --from` fra eksportene deres. Rediger
    målet, fjern kommentartegnet for nøkkelresultatene dere vil ha og sett målverdiene,
    og kjør så `okr status`. Hver nøkkel er forklart i README ("The OKR file").
init-from-settings = valgfritt; standardverdiene:
init-from-locale = tallformat: sv-SE, nb-NO, da-DK, fi-FI, ...
init-from-sources = Hvor verdiene kommer fra: én kilde per eksport.
init-from-read-as = { $file }: { $encoding }, { $layout } ({ $shape }), datoer i `{ $date_column }` som { $date_format }
init-from-wide-shape = en datokolonne og én kolonne per måltall
init-from-rows = { $n ->
    [one] { $rows } rad
   *[other] { $rows } rader
}, { $span }
init-from-span = { $first } til { $last }
init-from-no-dates = ingen daterte rader
init-from-ends-before = dataene slutter { $date }, før perioden: eksporter på nytt mens perioden pågår
init-from-starts-after = dataene begynner { $date }, etter perioden
init-from-title-lines = { $n ->
    [one] { $lines } tittellinje over kolonneoverskriftene hoppes over (leseren finner den)
   *[other] { $lines } tittellinjer over kolonneoverskriftene hoppes over (leseren finner dem)
}
init-from-other-table = ikke lest: tabell { $number }{ $title } på linje { $line } (`table = { $number }` leser den)
init-from-reader-note = leseren: { $note }
init-from-options = Slik leseren gjenkjente dem, skrevet ut så filen leses likt overalt:
init-from-date-format-kept =
    datoer gjenkjent som { $format }: leserens egen tolkning leser dem
    (sett `date_format` bare hvis den gjetter feil)
init-from-no-metric = ingen kolonne med tall ble funnet i den: ingen måltall leser den ennå
init-from-unread = { $file } ble ikke lest og er utelatt: { $problem }
init-from-metrics = Ett måltall per kolonne med tall (lange filer: per måltallsnavn).
init-from-sum = summeres over nøkkelresultatets vindu
init-from-count = et antall: summeres over nøkkelresultatets vindu
init-from-avg = en rate eller et gjennomsnitt: snittet over dagene (et forholdstall av to antall er eksakt)
init-from-percent = cellene har `%`: vises i prosent
init-from-currency = et beløp i { $unit }
init-from-ratio = { $numerator } / { $denominator } ser ut som en rate; et forholdstall er sum(numerator) / sum(denominator):
init-from-objective = Målet deres: det som skal være sant når perioden slutter.
init-from-objective-title = Skriv målet: det som skal være sant når perioden slutter
init-from-key-results =
    Ett nøkkelresultat per måltall: fjern kommentartegnet for dem dere vil ha og sett `target`.
    `start` er måltallets verdi i { $period }, den siste hele måneden før perioden.
init-from-kr-title = { $name } per måned: fra { $start } til målverdien
init-from-kr-title-no-start = { $name } per måned: til målverdien
init-from-kr-start = verdien i { $period }
init-from-kr-no-start = filen har ingen hel måned før perioden: sett startverdien
init-from-kr-target = sett den (start == target er en feil)

## --help: every command's about (.after: the text after the options),
## every argument's help (help-arg-X: global or shared; help-CMD-arg-X: one
## command's). English is clap's own text and is never replaced.
help-okr = OKR-er og et nordstjernemåltall fra TOML- og CSV-eksporter: tall alle kan stole på
    .after =
        Avslutningskoder: 0 alt er i orden; 1 `okr check` fant nøkkelresultater som ikke holder;
        2 feil bruk, feil i konfigurasjonen eller i dataene (meldingen sier hvor og hvorfor).

        Dokumentasjon: README.md; filformatet: `okr init` skriver en kommentert startfil.
help-status = Treet: nordstjerne, mål og nøkkelresultater med fremdrift, tempo og status
    .after =
        Eksempler:
          okr status                                  treet, per i dag
          okr status -c okrs.example.toml --as-of 2026-11-20
          okr status --owner marketing --format markdown
          okr status --objective pipeline --format json | jq .
          okr status --since 7d                       hva som har flyttet seg denne uken
help-status-arg-group-by = Grupper mål etter et taggprefiks, f.eks. `tag:flywheel` for flywheel:attract, flywheel:engage, ...
help-status-arg-since = Legg til kolonnen Endring: endringen i verdi og fremdrift siden denne dagen (ÅÅÅÅ-MM-DD, eller 7d / 2w før as-of-datoen)
help-check = CI-sperren: avslutningskode 1 når et nøkkelresultat er på etterskudd, står stille eller bryter en vaktgrense
    .after =
        Eksempler:
          okr check                                   feiler på off-track, stalled, guardrail-breached
          okr check --fail-on off-track,stale --warn-on at-risk
          okr check --format junit > okr-junit.xml    for testpaneler i CI
          okr check --format github                   merknader i GitHub Actions
help-check-arg-fail-on = Statuser som får sjekken til å feile (og `stale`), kommaseparert [standard: [check] fail_on, ellers off-track,stalled,guardrail-breached]
help-check-arg-warn-on = Statuser som meldes som advarsler uten å feile [standard: [check] warn_on, ellers at-risk,stale]
help-report = Kvartalsgjennomgangen: Markdown for wikien, eller én utskrivbar HTML-fil
    .after =
        Eksempler:
          okr report                                   gjennomgangen som Markdown, på stdout
          okr report -o review.html                    utskrivbar HTML (formatet følger filendelsen)
          okr report --format markdown --emoji > REVIEW.md
          okr report -c okrs.example.toml --as-of 2026-11-20 -o review.html --force
          okr report --since 2026-11-01 --owner marketing -o marketing.html

        Skriv ut HTML-filen fra en nettleser (Ctrl+P / Cmd+P): A4 eller Letter, én side per
        mål etter sammendraget; eller uten vindu:
          chromium --headless --no-pdf-header-footer --print-to-pdf=review.pdf review.html
help-report-arg-format = Utdataformat [standard: etter endelsen på -o-filen, ellers markdown]
help-report-arg-output = Skriv gjennomgangen til denne filen (hel eller ikke i det hele tatt) i stedet for stdout
help-report-arg-force = Erstatt -o-filen hvis den finnes
help-report-arg-since = «Hva som har flyttet seg» måles fra denne dagen (ÅÅÅÅ-MM-DD) [standard: periodens start]
help-report-arg-emoji = Markdown: sett en statusemoji foran hver status
help-north-star = Nordstjernen, dens drivende måltall og vaktmåltall per periode, med trend og tempoet som trengs
    .after =
        Eksempler:
          okr north-star                         per nordstjernens intervall over perioden
          okr nsm --last 4                       de fire siste periodene
          okr nsm --grain month --format csv     per måned, for et regneark
help-north-star-arg-grain = Perioder av denne lengden [standard: nordstjernens egen]
help-north-star-arg-last = Bare de N siste periodene
help-show = Ett nøkkelresultat eller mål i dybden: tall, hvorfor, hvordan det regnes ut, et diagram
    .after =
        Eksempler:
          okr show sqls-q4                            et nøkkelresultat: tall, hvorfor, diagram
          okr show pipeline                           et mål og alt under det
          okr show mql-monthly -c okrs.example.toml --as-of 2026-11-20
          okr show sqls-q4 --format json | jq .history.points
help-show-arg-id = Id-en til et nøkkelresultat eller et mål
help-digest = Ukeoppdateringen som chatmelding: tekst, Markdown, Slack eller Teams
    .after =
        Eksempler:
          okr digest                              hva som har flyttet seg denne uken, som tekst
          okr digest --format markdown >> "$GITHUB_STEP_SUMMARY"
          okr digest --format slack | curl -sS -X POST -H 'Content-Type: application/json' \
              --data-binary @- "$SLACK_WEBHOOK_URL"
          okr digest --format teams --since 2026-11-01
help-digest-arg-since = Endringer siden denne dagen: en dato, eller dager eller uker tilbake (7d, 2w)
help-digest-arg-owner = Bare det denne ansvarlige eier
help-experiments = Eksperimenter: backloggen etter ICE, det som pågår, seier- og tapstavlene
    .after =
        Eksempler:
          okr experiments                       pågående, backloggen etter ICE, seier- og tapstavler
          okr experiments --format markdown     for notatene fra ukens vekstmøte
          okr experiments --key-result mql-monthly
help-experiments-arg-key-result = Bare eksperimenter rettet mot dette nøkkelresultatet
help-experiments-arg-owner = Bare eksperimenter denne ansvarlige eier
help-experiment = Legg til, start eller avslutt et eksperiment i OKR-filen (beholder kommentarene)
    .after =
        Eksempler:
          okr experiment add gated-ebook --title "Gate the pricing e-book" \
              --key-result mql-monthly --impact 7 --confidence 5 --ease 8 \
              --metric mqls --expected-lift 0.2 --hypothesis "Lifts MQLs 20%"
          okr experiment start gated-ebook                 status running, start i dag
          okr experiment finish gated-ebook lost --learning "Few were called"
help-experiment-add = Legg til et eksperiment (en idé) i OKR-filen
help-experiment-add-arg-id = Det nye eksperimentets id (a-z, 0-9 og -)
help-experiment-add-arg-key-results = Et nøkkelresultat det skal flytte (gjenta for flere)
help-experiment-add-arg-impact = ICE: effekt 1-10
help-experiment-add-arg-confidence = ICE: tiltro 1-10
help-experiment-add-arg-ease = ICE: enkelhet 1-10
help-experiment-add-arg-metric = Måltallet som måles over eksperimentets datoer
help-experiment-add-arg-expected-lift = Den relative endringen som forventes (0.2 er +20 %)
help-experiment-add-arg-file = Filen det skal legges til i [standard: hovedfilen for OKR-er]
help-experiment-start = Marker at et eksperiment pågår fra en dag (standard i dag)
help-experiment-start-arg-date = Eksperimentets første dag [standard: i dag]
help-experiment-finish = Avslutt et eksperiment som won, lost eller inconclusive
help-experiment-finish-arg-outcome = Utfallet
help-experiment-finish-arg-date = Eksperimentets siste dag [standard: i dag]
help-experiment-finish-arg-learning = Hva teamet lærte (et mislykket eksperiment er også data)
help-checkin = Registrer verdien til et manuelt nøkkelresultat (eller at en milepæl er ferdig) i checkins.csv
    .after =
        Eksempler:
          okr checkin brand-survey 3.6                   dagens verdi
          okr checkin brand-survey 3,6 --date 2026-02-10 --note "panel of 400"
          okr checkin new-site --done --date 2026-02-20  en milepæl, ferdig den dagen
          okr checkin brand-survey                       spør etter verdien (i en terminal)
          okr checkin mql-monthly --confidence 6 --note "the webinar moved to March"
                                                         alle nøkkelresultater: hvor sikker du er, med egne ord
          okr checkin --all --owner marketing            ukens innsjekk: spør for hvert nøkkelresultat

        Raden havner i checkins.csv ved siden av OKR-filen (date, key_result, value,
        note, author, confidence); `okr log` viser dem, `okr status` regner med dem.
help-checkin-arg-id = Nøkkelresultatets id
help-checkin-arg-all = Gå gjennom alle nøkkelresultater (for --owner) i en terminal, og spør etter verdi, tiltro og notat for hvert
help-checkin-arg-owner = Med --all: bare nøkkelresultatene denne ansvarlige eier (egne eller via målet sitt)
help-checkin-arg-value = Verdien som er målt (3.4, 3,4 og 1 234,5 leses alle); spørres etter i en terminal når den utelates
help-checkin-arg-done = Marker en milepæl som ferdig
help-checkin-arg-date = Dagen verdien ble målt (ÅÅÅÅ-MM-DD) [standard: i dag]
help-checkin-arg-note = Et notat til historikken (`okr log`), sammendraget og gjennomgangen
help-checkin-arg-confidence = Hvor sikker du er på at nøkkelresultatet nås, 1-10; alle nøkkelresultater tar en, med eller uten verdi
help-log = Historikken over innsjekker, med notater og forfattere
    .after =
        Eksempler:
          okr log                          alle innsjekker, eldste først
          okr log brand-survey             ett nøkkelresultats
          okr log pipeline                 nøkkelresultatene til ett mål
          okr log --format csv > history.csv
help-log-arg-id = Bare dette nøkkelresultatet (eller nøkkelresultatene til dette målet)
help-set = Endre OKR-filen på stedet (f.eks. target=950), og behold kommentarer og oppsett
    .after =
        Eksempler:
          okr set mql-monthly target=950
          okr set brand-survey current=3.6 updated=2026-02-10
          okr set pipeline owner=growth weight=2
          okr set new-site due=2026-03-15 title="Launch the new website"

        Tall forblir tall, datoer forblir TOML-datoer, tekst settes i anførselstegn. Hele
        konfigurasjonen valideres med endringen før noe skrives; filen
        beholder alle kommentarer og oppsettet sitt.
help-set-arg-id = Id-en til et nøkkelresultat, mål eller eksperiment
help-set-arg-assignments = Det som skal settes, f.eks. target=950
help-validate = Sjekk OKR-filen og måltallsfilene; rapporter alle problemer som blir funnet
    .after =
        Eksempler:
          okr validate                       okrs.toml-filen som finnes herfra
          okr validate -c okrs.example.toml
help-sources = Hvordan hver kilde ble lest: tegnkoding, skilletegn, desimaltegn, datoer, hoppede rader
    .after =
        Eksempler:
          okr sources                         alle kildene i okrs.toml-filen som finnes herfra
          okr sources --source ga4            én kilde
          okr sources --format json | jq '.sources[] | {"{"}name, date_column, header_line{"}"}'

        Avslutningskoder: 0 alle kilder ble lest; 2 en kilde (eller OKR-filen) kunne ikke
        leses: meldingen sier hvor, og hintet nevner innstillingen som må settes.
help-sources-arg-source = Bare denne kilden (dens `name` under `[[sources]]`)
help-metrics = Måltallene i kildene: rader, manglende verdier, datoer, filer, og hvem som bruker dem
    .after =
        Eksempler:
          okr metrics                      alle måltall i alle kilder, og hvem som bruker dem
          okr metrics --format json | jq '.not_found'
          okr metrics --format csv > metrics.csv
help-close = Lukk perioden: skriv sluttallene, karakterene og lærdommene til <cycle>.review.json
    .after =
        Eksempler:
          okr close                          på eller etter periodens siste dag
          okr close --as-of 2026-12-31       posten per siste dag, uansett når du kjører det
          okr close --force                  lukk tidlig (tall per i dag), eller skriv posten på nytt

        Posten inneholder treet per periodens siste dag: verdier, fremdrift,
        karakterer, statuser og eksperimentene med lærdommene sine. Sjekk den inn: `okr
        status` leser den når eksportene er borte, `okr history` sammenligner perioder.
help-close-arg-force = Lukk før periodens siste dag, eller erstatt en eksisterende post
help-next = Gjør OKR-filene om til neste periodes: ferdige nøkkelresultater går ut, resten blir med videre
    .after =
        Eksempler:
          okr close && okr next 2027-Q1 --start 2027-01-01 --end 2027-03-31
          okr next 2027-Q1 --start 2027-01-01 --end 2027-03-31 --dry-run   diffen, ingenting skrives

        Ferdige nøkkelresultater går ut; uferdige blir med `start` satt til
        sluttverdien og en kommentar om det; avsluttede eksperimenter går ut (lærdommene
        deres står i den lukkede periodens post).
help-next-arg-name = Navnet på neste periode, f.eks. 2027-Q1
help-next-arg-start = Dens første dag
help-next-arg-end = Dens siste dag
help-next-arg-dry-run = Skriv ut diffen for hver fil; skriv ingenting
help-next-arg-force = Fortsett selv om gjeldende periode ikke har noen post (`okr close`) ennå
help-history = Karakterer og nordstjernen over de lukkede periodene (deres .review.json-poster)
    .after =
        Eksempler:
          okr history                    alle lukkede perioder ved siden av OKR-filen
          okr history --format json      for et dashbord
help-init = Skriv en kommentert startfil okrs.toml, eller en bygd fra eksportene deres med --from (overskriver aldri uten --force)
    .after =
        Eksempler:
          okr init                            skriver ./okrs.toml for inneværende kvartal
          okr init team.toml --force          erstatter team.toml
          okr init --from data/*.csv          en kilde og måltall per eksport, nøkkelresultater å fylle ut
          okr init --from data/*.csv --cycle 2026-Q1 --dry-run
                                              skriver ut hva den ville skrevet for det kvartalet
          okr init -o team.toml --from data/*.csv
                                              et annet filnavn (FILE... tar alle navn etter --from)
help-init-arg-path = Hvor filen skal skrives
help-init-arg-output = Hvor filen skal skrives (det samme som PATH)
help-init-arg-force = Erstatt filen hvis den finnes
help-init-arg-from = Bygg filen fra disse eksportene (CSV): en kilde per fil, ett måltall per kolonne med tall
help-init-arg-cycle = Perioden, et kvartal som 2026-Q1 [standard: dagens kvartal]
help-init-arg-start = Periodens første dag (med --end)
help-init-arg-end = Periodens siste dag (med --start)
help-init-arg-dry-run = Skriv ut filen i stedet for å lagre den
help-init-arg-as-of = I dag, for standardperioden (ÅÅÅÅ-MM-DD) [standard: i dag]
help-init-arg-allow-path = La eksportene ligge i DIR, utenfor prosjektet (kan gjentas; også OKR_ALLOW_PATHS)
help-completions = Skriv ut et skript for fullføring i skallet (bash, zsh, fish, powershell, elvish)
    .after =
        Eksempler:
          okr completions bash > ~/.local/share/bash-completion/completions/okr
          okr completions zsh > "${"{"}fpath[1]{"}"}/_okr"
          okr completions fish > ~/.config/fish/completions/okr.fish
          okr completions powershell >> $PROFILE
          okr completions elvish > ~/.config/elvish/lib/okr.elv
help-completions-arg-shell = Skallet det skal fullføres i
help-man = Skriv ut manualsiden (roff), eller skriv én per kommando med --dir (sidene er på engelsk)
    .after =
        Eksempler:
          okr man | man -l -                          les den nå
          okr man > ~/.local/share/man/man1/okr.1
          okr man --dir ~/.local/share/man/man1       okr.1 pluss okr-status.1, okr-check.1, ...
help-man-arg-dir = Skriv én side per kommando (okr.1, okr-status.1, ...) i denne mappen i stedet for å skrive ut okr.1

## Arguments every command has, or several share
help-arg-config = OKR-filen [standard: okrs.toml her eller i nærmeste overordnede mappe]
help-arg-as-of = Vurder per denne dagen (ÅÅÅÅ-MM-DD) [standard: i dag]
help-arg-color = Når utdataene skal fargelegges (NO_COLOR respekteres med auto)
help-arg-quiet = Skriv bare ut det som betyr noe (feil og brudd)
help-arg-verbose = Fortell på stderr hvordan hver kilde ble lest (tegnkodinger, hoppede rader)
help-arg-allow-path = La OKR-filer vise til filer i DIR også (kan gjentas; også OKR_ALLOW_PATHS, `:`-separert)
help-arg-allow-commands = La kilder av typen "command" kjøre programmene sine (alle, eller bare PROGRAMS, kommaseparert; også OKR_ALLOW_COMMANDS)
help-arg-lang = Språket for alle ord mennesker leser: en, sv, nb, da, fi (ellers `[settings] language`, ellers OKR_LANG, ellers engelsk)
help-arg-format = Utdataformat
help-arg-owner = Bare mål (og nøkkelresultatene deres) som denne ansvarlige eier
help-arg-objective = Bare dette målet og målene som er knyttet under det
help-arg-id = Eksperimentets id
help-init-arg-lang = Språket for kommentarene og eksempeltitlene: en, sv, nb, da, fi (ellers OKR_LANG, ellers engelsk); skrives inn i `[settings]`

## clap's own words: the headings, the help flag and subcommand, the
## default and the possible values after an argument's help
help-usage = Bruk
    .options = VALG
    .command = KOMMANDO
help-heading-commands = Kommandoer
help-heading-arguments = Argumenter
help-heading-options = Valg
help-default = [standard: { $value }]
help-possible-values = [mulige verdier: { $values }]
help-help = Skriv ut denne meldingen eller hjelpen for de angitte underkommandoene
help-arg-help = Vis hjelp
    .more = Vis hjelp (mer med '--help')
    .summary = Vis hjelp (et sammendrag med '-h')
help-arg-version = Vis versjon

## clap's usage errors, sentence by sentence (the values as typed)
help-error-unknown-argument = ukjent argument '{ $arg }'
help-error-pass-as-value = for å gi '{ $arg }' som verdi, skriv '-- { $arg }'
help-error-unknown-subcommand = ukjent underkommando '{ $subcommand }'
help-error-value-required = '{ $arg }' trenger en verdi, men ingen ble gitt
help-error-invalid-value = ugyldig verdi '{ $value }' for '{ $arg }'
help-error-missing-required = disse påkrevde argumentene mangler:
help-error-repeated = argumentet '{ $arg }' kan bare brukes én gang
help-error-conflict = argumentet '{ $arg }' kan ikke brukes sammen med '{ $other }'
help-error-conflict-many = argumentet '{ $arg }' kan ikke brukes sammen med:
help-error-too-many = uventet verdi '{ $value }' for '{ $arg }'; ingen flere verdier var ventet
help-error-missing-subcommand = '{ $command }' trenger et underkommando, men ingen ble gitt
help-error-no-equals = et likhetstegn trengs når '{ $arg }' får en verdi
help-error-subcommands = [underkommandoer: { $subcommands }]
help-error-similar-argument = { $n ->
    [one] det finnes et lignende argument: { $names }
   *[other] det finnes lignende argumenter: { $names }
}
help-error-similar-subcommand = { $n ->
    [one] det finnes en lignende underkommando: { $names }
   *[other] det finnes lignende underkommandoer: { $names }
}
help-error-similar-value = { $n ->
    [one] det finnes en lignende verdi: { $names }
   *[other] det finnes lignende verdier: { $names }
}
help-error-tip = tips
help-error-more = Mer informasjon får du med '{ $flag }'.
help-error-date = ventet en dato som ÅÅÅÅ-MM-DD (f.eks. 2026-02-15), `today` eller `yesterday`, men fant "{ $found }"
help-error-lang = ventet en av { $codes }, men fant "{ $found }"

## --- end: init-help ---
