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
## Words inside messages
ed-delimiter-tab = tabulator
ed-no-columns = ingen kolonner
ed-decimal-comma = desimalkomma
ed-decimal-point = desimalpunktum
ed-decimal-how-set = angitt
ed-decimal-how-sniffed = lest ut av filen
ed-date-day-count = dagnummer fra { $start }
ed-date-how-set = angitt med `date_format`
ed-date-how-sniffed = lest ut av filen
ed-date-how-day-number = et dagnummer

## Cells of a CSV file
ed-invalid-number = kolonne `{ $column }`: ugyldig tall "{ $found }"
    .hint-other = forventet et tall med `{ $mark }` som desimaltegn ({ $how }); det kan leses med `{ $other }`: angi `decimal = "{ $other }"` på kilden `{ $source }` hvis filen bruker `{ $other }`
    .hint = forventet et tall (desimaltegn `{ $mark }`, { $how }; tusenskilletegn, `%` og valutategn leses); "{ $found }" er ikke et tall med noen av desimaltegnene; en manglende verdi er en tom celle, `--` eller `n/a`
ed-not-finite = kolonne `{ $column }`: "{ $found }" er ikke et endelig tall
    .hint = uendelig og tall større enn 1,8e308 er ingen verdier; la cellen stå tom (eller skriv `n/a`) når verdien mangler
ed-unclosed-quote = kolonne `{ $column }`: en celle i anførselstegn fortsetter til slutten av filen: det avsluttende `"` mangler
    .hint = lukk anførselen; et `"` inne i en celle i anførselstegn skrives `""`
ed-no-year = kolonne `{ $column }`: "{ $found }" mangler år: okr kan ikke avgjøre hvilket år det gjelder
    .hint = eksporter rapporten på nytt med år i datoene (et datointervall over årsskiftet, eller et datoformat med år)
ed-invalid-date = kolonne `{ $column }`: ugyldig dato "{ $found }"
    .hint-other-column = datoer leses som { $rule } ({ $how }) fra kolonnen `{ $column }`; kolonnen `{ $other }` i denne raden har en dato: angi `date_column = "{ $name }"` på kilden `{ $source }` hvis det er datokolonnen
    .hint-no-such-day = datoer leses som { $rule } ({ $how }), og "{ $found }" har den formen, men er ingen dag i kalenderen
    .hint = datoer leses som { $rule } ({ $how }), og "{ $found }" er ingen dato i noen form okr leser; en rad som ikke er en dag (en merknad, en sum) hoppes over når datocellen er tom eller et sumord
ed-multi-day = raden gjelder { $start } til { $end } (`Reporting starts` til `Reporting ends`): okr trenger én rad per dag
    .hint = eksporter rapporten på nytt fordelt per dag (Fordeling > Etter tid > Dag)
ed-double-count = måltall `{ $metric }` den { $date }: både en rad uten segment (linje { $blank }) og en rad med segment (linje { $segmented }) har verdier; raden uten segment ser ut som en sum og ville blitt telt to ganger
    .hint = angi `segment = "{ $segment }"` på måltallet `{ $metric }` for å lese ett segment, eller fjern radene uten segment
ed-too-few-fields = { $n ->
        [one] raden har { $fields } felt, overskriftsraden på linje { $header_line } har { $width }
       *[other] raden har { $fields } felter, overskriftsraden på linje { $header_line } har { $width }
    }
    .hint-delimiter = hver rad trenger ett felt per kolonne (lest med skilletegnet `{ $used }`); med `{ $better }` har overskriftsraden og denne raden like mange felter: angi `delimiter = "{ $option }"` på kilden `{ $source }`
    .hint = hver rad trenger ett felt per kolonne (lest med skilletegnet `{ $used }`, som overskriftsraden bruker; ingen andre skilletegn passer bedre for raden): fyll inn feltene som mangler, eller lukk en celle i anførselstegn
ed-too-many-fields = raden har { $fields } felter, overskriftsraden på linje { $header_line } har { $width }: felt { $field } er "{ $found }"
    .hint = en verdi som inneholder skilletegnet `{ $used }`, må stå i anførselstegn; angi `delimiter` på kilden `{ $source }` hvis filen bruker et annet

## The header of a CSV file
ed-no-named-column = ingen kolonne `{ $name }` (`{ $key }` for kilden `{ $source }`) i overskriftsraden på linje { $line }: den har { $columns }
    .hint-suggest = mente du `{ $key } = "{ $column }"`?
    .hint = sett `{ $key }` på kilden `{ $source }` til en av kolonnene
ed-no-metric-column = ingen kolonne `{ $column }` (måltallet `{ $metric }`) i overskriftsraden på linje { $line }: den har { $columns }
    .hint-suggest = mente du `{ $column }`? angi `column = "{ $column }"` på måltallet `{ $metric }`
    .hint = sett `column = "..."` på måltallet `{ $metric }` til overskriften på kolonnen
ed-duplicate-column = kolonnen `{ $column }` (måltallet `{ $metric }`) står to ganger i overskriftsraden på linje { $line }: felt { $first } og { $second }
    .hint = gi en av kolonnene et nytt navn i eksporten
ed-no-date-column = ingen datokolonne: overskriftsraden på linje { $line } har { $columns }, og ingen kolonne har datoer; okr leser verdier per dag, ikke én rad per kampanje eller side for hele perioden
    .hint = eksporter rapporten på nytt med en dato- eller dagkolonne (fordelt eller segmentert per dag); hvis en kolonne faktisk har datoer, angi den med `date_column = "..."` på kilden `{ $source }`
ed-long-needs = en lang fil trenger kolonnene `date`, `metric` og `value`; overskriftsraden på linje { $line } mangler `{ $default }`: den har { $columns }
    .hint-wide = overskriftsraden har en kolonne for hvert måltall som leses: angi `layout = "wide"` på kilden `{ $source }`
    .hint = hvis kolonnene heter noe annet, angi dem med `metric_column = "..."` og `value_column = "..."` (og `segment_column`) på kilden `{ $source }`
ed-no-segment-column = måltallet `{ $metric }` leser segmentet "{ $segment }", men overskriftsraden på linje { $line } mangler kolonnen `segment`: den har { $columns }
    .hint = angi kolonnen med `segment_column = "..."` på kilden `{ $source }`, eller fjern `segment` fra måltallet `{ $metric }`
ed-other-table = linje { $line }: { $columns }
ed-header-other-tables = { $problem }; ingen annen tabell i filen har alle kolonnene heller ({ $tables }): en kilde leser én tabell, så angi én `[[sources]]` per tabell
ed-header-cause-skip-rows = overskriftsraden ser ut til å stå på linje { $line }: angi `skip_rows = { $n }` på kilden `{ $source }`
ed-header-cause-delimiter = overskriftsraden blir én kolonne med skilletegnet `{ $used }` og { $count } med `{ $better }`: angi `delimiter = "{ $option }"` på kilden `{ $source }`
ed-header-cause-no-delimiter = overskriftsraden er én kolonne med alle skilletegn okr kjenner (`,` `;` tabulator `|`): filen har ingen kolonner å lese (kilden `{ $source }`)
ed-segment-in-wide = måltallet `{ $metric }` leser segmentet "{ $segment }", men kilden `{ $source }` er en bred fil: segmenter krever en lang fil med en kolonne `segment`
    .hint = fjern `segment` fra måltallet `{ $metric }`

## A CSV file as a whole
ed-source-is-directory = kan ikke lese { $path }: det er en mappe, ikke en fil (kilden `{ $source }`)
    .hint = sett `path` for kilden `{ $source }` til en CSV-fil
ed-source-unreadable = kan ikke lese { $path }: { $reason } (kilden `{ $source }`)
    .hint-denied = filen finnes, men denne brukeren har ikke lov til å lese den: sjekk tillatelsene (`ls -l { $path }`)
    .hint = sjekk `path` for kilden `{ $source }`; en relativ sti leses fra mappen til filen som angir den
ed-long-line = linjen er lengre enn 1 MiB: dette er ingen eksport av måltall (kilden `{ $source }`)
    .hint = filer med måltall har én kort linje per rad; eksporter dataene på nytt som CSV
ed-unknown-encoding = byten { $byte } er verken UTF-8 eller Windows-1252: filens tegnkoding er ukjent (kilden `{ $source }`)
    .hint = lagre filen som UTF-8 (i Excel: "CSV UTF-8") og les den på nytt
ed-nul-byte = ikke en tekstfil: fant en NUL-byte ved posisjon{ $offset } (kilden `{ $source }`)
    .hint = filer med måltall er CSV eller tabulatordelt tekst; eksporter dataene som CSV (en regnearkfil leses ikke)
ed-not-csv = kan ikke lese filen som CSV: { $reason }
ed-cannot-decode = kan ikke dekode filen som { $encoding }
ed-file-changed = filen ble endret mens den ble lest
ed-no-such-table = { $n ->
        [one] { $wanted } i filen (`table` for kilden `{ $source }`): den har { $count } tabell: { $tables }
       *[other] { $wanted } i filen (`table` for kilden `{ $source }`): den har { $count } tabeller: { $tables }
    }
    .number = ingen tabell { $number }
    .title = ingen tabell med tittelen "{ $title }"
    .none = ingen slik tabell
    .hint = sett `table` på kilden `{ $source }` til en av titlene eller numrene i listen
ed-table-titled = { $number } "{ $title }" (linje { $line })
ed-table-untitled = { $number } (linje { $line })
ed-empty-file = { $path } er tom (kilden `{ $source }`): forventet en overskriftsrad og rader
    .hint = eksporter dataene på nytt, eller fjern kilden `{ $source }`
ed-no-header = ingen overskriftsrad: filen har bare innledende linjer (kilden `{ $source }`)
    .hint = sjekk `skip_rows` for kilden `{ $source }`; linjer som begynner med `#`, hoppes over som kommentarer
ed-dates-without-year = kolonnen `{ $column }` har datoer uten år ("{ $cell }" på linje { $line }): okr kan ikke avgjøre hvilket år de gjelder
ed-day-count-without-start = kolonnen `{ $column }` teller dager (0000, 0001, ...) fra en startdato, men ingen linje `# Start date: YYYYMMDD` (på noe språk: `# ...: YYYYMMDD`) står foran overskriftsraden
    .hint = eksporter rapporten på nytt med kommentarlinjene, eller legg til en linje `# Start date: YYYYMMDD` over overskriftsraden
ed-either-way-date = kan ikke skille dag fra måned i kolonnen `{ $column }`: "{ $cell }" kan leses begge veier, og ingen dato i filen har en dag over 12
ed-mixed-date-order = datoene i kolonnen `{ $column }` er uenige: "{ $day_cell }" (linje { $day_line }) har dagen først, "{ $month_cell }" (linje { $month_line }) har måneden først
ed-date-order-hint = angi `date_format = "%d/%m/{ $year }"` (dagen først) eller `date_format = "%m/%d/{ $year }"` (måneden først) på kilden `{ $source }`
ed-mixed-decimals = tallene bruker begge desimaltegnene: "{ $first }" (linje { $first_line }) leses med { $first_mark }, "{ $second }" (linje { $second_line }) med { $second_mark }
    .hint = ingen innstilling av `decimal` leser begge: tallene i en fil bruker ett desimaltegn; eksporter dataene på nytt i én notasjon, eller rett cellene
ed-unclear-decimal = kan ikke avgjøre desimaltegnet: "{ $cell }" kan være tusenskilletegn eller { $mark }, og ingen tall i filen avgjør det
    .hint = angi `decimal = "."` eller `decimal = ","` på kilden `{ $source }`; det andre tegnet leses da som tusenskilletegn

## Sources read through a command or a database
ed-in-source = kilden `{ $source }`: { $problem }
ed-command-output = utdataene fra `{ $program }`
ed-not-a-command = er ikke en kommandokilde
ed-no-program = `command` angir ikke noe program
ed-command-not-allowed = kjører kommandoen `{ $program }`, og okr kjører kommandoer bare når du tillater det
    .hint = hvis du stoler på denne OKR-filen, kjør okr med --allow-commands (eller sett { $env }=1, eller { $env }={ $program } bare for dette programmet): kommandoen kjører med ditt miljø og dine påloggingsopplysninger. Tillat aldri kommandoer for OKR-filer fra pull requests
ed-unsafe-metric-name = måltallet `{ $metric }` leser "{ $name }", som {"{"}metrics{"}"} ikke kan sette inn i en spørring: navn der består av bokstaver, sifre, mellomrom og _ - . : / ( ) % + # & @
    .hint = gi måltallet nytt navn i spørringens utdata (AS ...), eller fjern {"{"}metrics{"}"} fra kommandoen
ed-no-temp-file = kan ikke lage en midlertidig fil for kommandoens utdata: { $reason }
ed-cannot-write-output = kan ikke skrive kommandoens utdata: { $reason }
ed-cannot-run = kan ikke kjøre `{ $program }`: { $reason }
    .not-found = det er ikke installert (finnes ikke i PATH)
    .denied = tilgang nektet
    .hint = installer klienten til datavarehuset, eller oppgi hele stien som første element i `command` på kilden `{ $source }`
ed-no-pipe = kan ikke lese kommandoens utdata
ed-command-timeout = kommandoen `{ $program }` kjørte lenger enn tidsgrensen ({ $seconds } s) og ble stoppet
    .hint = øk `timeout = { $seconds }` på kilden `{ $source }`, eller gjør spørringen raskere
ed-cannot-wait = kan ikke vente på `{ $program }`: { $reason }
ed-too-much-output = kommandoen `{ $program }` skrev ut mer enn { $gib } GiB
    .hint = summer radene per dag i spørringen (GROUP BY date, metric)
ed-no-output = kommandoen `{ $program }` skrev ingenting på stdout
    .hint = den må skrive CSV med en overskriftsrad (for psql: --csv; duckdb: -csv; bq: --format=csv)
ed-cannot-read-output = kan ikke lese utdataene fra `{ $program }`: { $reason }
ed-kept-open = kommandoen `{ $program }` avsluttet, men noe den startet holdt utdataene åpne etter tidsgrensen
ed-command-exited = kommandoen `{ $program }` avsluttet med kode { $code }
ed-command-killed = kommandoen `{ $program }` ble drept av signal { $signal }
ed-command-failed = kommandoen `{ $program }` mislyktes
    .hint = kjør kommandoen til kilden `{ $source }` for hånd for å se hva den sier; den må skrive CSV på stdout og avslutte med 0
ed-command-silent = { $how } og skrev ingenting på stderr
ed-command-stderr = { $how }; stderr:
    {"    "}{ $stderr }
ed-command-stderr-ends = { $how }; slutten av stderr:
    {"    "}{ $stderr }
ed-not-a-database = ingen database
    .csv = er en CSV-fil, ikke en database
    .command = er en kommando, ikke en database
ed-not-built-in = denne versjonen av okr leser ingen { $kind }-kilder (bygget uten funksjonen `{ $kind }`)
    .hint = bygg okr med `--features { $kind }`, eller eksporter resultatet av spørringen til CSV og angi `path` på kilden `{ $source }`
ed-query-timeout = spørringen kjørte lenger enn tidsgrensen ({ $seconds } s)
    .hint = øk `timeout = { $seconds }` på kilden `{ $source }`, eller gjør spørringen raskere (en indeks på datokolonnen hjelper)
ed-query-no-column = spørringen returnerer ingen kolonne `{ $name }`: den returnerer { $columns }
    .hint-named = sett `date_column` på kilden `{ $source }` til en av spørringens kolonner
    .hint = navngi datokolonnen med AS: select day AS date, ...
ed-query-no-column-long = spørringen returnerer ingen kolonne `{ $name }` (layout long trenger `date`, `metric` og `value`): den returnerer { $columns }
    .hint = navngi kolonnene med AS (select day AS date, name AS metric, amount AS value ...), eller angi `layout = "wide"` på kilden `{ $source }` hvis hvert måltall har sin egen kolonne
ed-query-no-column-segment = spørringen returnerer ingen kolonne `{ $name }` (måltallet `{ $metric }` leser segmentet "{ $segment }"): den returnerer { $columns }
    .hint = returner segmentet AS segment fra spørringen, eller fjern `segment` fra måltallet `{ $metric }`
ed-query-no-column-metric = spørringen returnerer ingen kolonne `{ $name }` (måltallet `{ $metric }`): den returnerer { $columns }
    .hint = sett `column = "..."` på måltallet `{ $metric }` til en av spørringens kolonner
ed-query-segment-in-wide = måltallet `{ $metric }` leser segmentet "{ $segment }", men kilden er bred: segmenter krever layout long med en kolonne `segment`
ed-query-not-a-date = kolonnen `{ $column }` har "{ $found }", som ikke er en dato (datoer er DATE, TIMESTAMP eller ISO-tekst som 2026-01-31)
    .hint = konverter den i spørringen, f.eks. to_date(day, 'DD.MM.YYYY') AS date i PostgreSQL eller date(day, 'unixepoch') AS date i SQLite
ed-query-not-a-number = kolonnen `{ $column }` har "{ $found }", som ikke er et tall
    .hint = verdier er INTEGER, REAL, NUMERIC eller tekst med et enkelt tall (1234.5); NULL, '', '--' og 'n/a' er ingen data; konverter andre i spørringen
ed-query-not-a-number-on = kolonnen `{ $column }` har "{ $found }", som ikke er et tall (måltallet `{ $metric }` den { $day })
ed-query-not-finite-metric = måltallet `{ $metric }` den { $day }: verdiene summeres til { $sum }: NaN og uendelig er ikke tall
    .hint = la en manglende verdi være NULL; filtrer bort slike rader i spørringen
ed-query-not-finite-column = kolonnen `{ $column }` den { $day }: verdiene summeres til { $sum }: NaN og uendelig er ikke tall
ed-query-double-count = måltallet `{ $metric }` den { $day }: både rader uten segment og rader med segmentet "{ $segment }" har verdier; radene uten segment ser ut som en sum og ville blitt telt to ganger
    .hint = angi `segment = "{ $segment }"` på måltallet `{ $metric }` for å lese ett segment, eller utelat radene uten segment fra spørringen

## Command-line flags
ed-flag-invalid = ugyldig verdi '{ $value }' for '{ $flag }': { $reason }
ed-flag-more = Du får mer informasjon med '--help'.
ed-flag-date = forventet en dato som ÅÅÅÅ-MM-DD (f.eks. 2026-02-15), `today` eller `yesterday`, men fikk "{ $found }"
ed-flag-no-such-date = ingen slik dato
ed-flag-lang = forventet en av { $codes }, men fikk "{ $found }"
ed-flag-group-by = forventet tag:PREFIX (f.eks. tag:flywheel for å gruppere etter flywheel:attract, flywheel:engage, ...), men fikk "{ $found }"
ed-flag-since-too-far = "{ $found }" er mer enn { $max } dager (100 år) tilbake; angi en dato som 2026-01-01
ed-flag-since = forventet en dato som ÅÅÅÅ-MM-DD, eller dager eller uker tilbake som 7d eller 2w, men fikk "{ $found }"
ed-flag-status = ukjent status `{ $found }`; bruk en av: { $names }
    .suggest = ukjent status `{ $found }` (mente du `{ $best }`?); bruk en av: { $names }

## Files okr keeps or writes, names on the command line
ed-did-you-mean = mente du `{ $best }`?
ed-cannot-read = kan ikke lese { $path }: { $reason }
ed-log-unreadable-hint = sjekk tillatelsene til filen
ed-not-a-file = { $path } er ikke en vanlig fil
    .hint-record = en periodes arkiv er JSON-filen som `okr close` skriver
ed-record-too-large = { $path } er større enn et periodearkiv kan være ({ $mib } MiB)
ed-record-unreadable = { $path }: { $reason }
    .hint = dette er ikke et arkiv som `okr close` har skrevet; skriv det på nytt med `okr close --force`
ed-record-format = { $path } er et arkiv i format { $found }, denne versjonen av okr leser format { $known }
    .hint = bruk den okr-en som skrev det, eller lukk perioden på nytt
ed-log-too-large = { $path } er større enn { $mib } MiB, for stor for en innsjekkingslogg
    .hint = flytt radene fra tidligere perioder til en annen fil
ed-log-not-csv = kan ikke lese innsjekkingsloggen: { $reason }
    .hint = et felt med komma, anførselstegn eller linjeskift skrives i "
ed-log-unknown-key-result = innsjekken angir `{ $id }`, som ikke er et nøkkelresultat
ed-cannot-lock = kan ikke låse { $dir } for redigering: { $reason }
    .hint = sjekk at mappen finnes og kan leses
ed-busy = en annen okr redigerer { $main } og filene dens (ventet { $seconds } s)
    .hint = ingenting ble skrevet; kjør kommandoen på nytt når den andre redigeringen er ferdig (eller sett { $env } for å vente lenger)
ed-unknown-id = ingen slik id
    .key-result = ingen nøkkelresultater har id-en `{ $id }`
    .objective = ingen mål har id-en `{ $id }`
    .any = ingen nøkkelresultater eller mål har id-en `{ $id }`
    .source = ingen kilde heter `{ $id }`
    .hint-is-objective = `{ $id }` er et mål; sjekk inn et av nøkkelresultatene
    .hint-key-result = `okr status --format csv` viser id-ene til nøkkelresultatene
    .hint-objective = `okr status` viser id-ene til målene
    .hint-any = `okr status --format csv` viser id-ene til mål og nøkkelresultater
    .hint-source = `okr sources` viser alle kilder
ed-unknown-owner = ingen mål eller nøkkelresultater har `{ $owner }` som ansvarlig
    .hint = de ansvarlige er: { $owners }
ed-since-after-as-of = --since { $since } er etter datoen for --as-of, { $as_of }
    .hint = angi en tidligere dag, eller et antall dager tilbake som 7d
    .hint-report = angi en dag på eller før --as-of (standard: i dag)
ed-exists = { $path } finnes allerede
    .hint = bruk --force for å erstatte den
ed-write-to-directory = { $path } er en mappe
    .hint = angi en fil å skrive
ed-write-to-special = { $path } er ikke en vanlig fil (en enhet, FIFO eller socket)
    .hint = angi en fil å skrive; okr skriver hele filer, via en midlertidig fil
ed-cannot-write-in = kan ikke skrive i { $dir }: { $reason }
    .hint = sjekk at mappen finnes og er skrivbar
ed-symlink-loop = { $path } er en løkke av symbolske lenker

## okr checkin
ed-checkin-reads-metric = `{ $kr }` leser måltallet `{ $metric }`: verdien kommer fra dataene, ikke fra innsjekker
    .hint = oppdater kildefilen; tiltroen angis slik: okr checkin { $kr } --confidence 7
ed-checkin-all-needs-terminal = --all spør etter hvert nøkkelresultat i en terminal
    .hint = sjekk inn ett nøkkelresultat om gangen: okr checkin KR-ID [VALUE] --confidence N
ed-checkin-cannot-read-answer = kan ikke lese svaret: { $reason }
ed-checkin-outside-cycle = utenfor perioden
    .date = datoen ({ $date }) er utenfor perioden { $cycle } ({ $start } til { $end })
    .today = i dag ({ $date }) er utenfor perioden { $cycle } ({ $start } til { $end })
    .hint = angi --date ÅÅÅÅ-MM-DD, en dag innenfor perioden
ed-checkin-milestone-no-value = `{ $kr }` er en milepæl: den er ferdig eller ikke, den tar ingen verdi
    .hint = okr checkin { $kr } --done
ed-checkin-milestone-needs-done = `{ $kr }` er en milepæl: bruk --done for å markere den som ferdig
ed-checkin-nothing = ingenting sjekket inn
ed-checkin-not-a-milestone = `{ $kr }` er ikke en milepæl: --done gjelder bare milepæler
    .hint = oppgi den målte verdien: okr checkin { $kr } VALUE
ed-checkin-value-required = VALUE kreves når stdin ikke er en terminal
    .hint = okr checkin { $kr } VALUE
ed-checkin-bad-value = VALUE `{ $value }`: { $reason }
    .hint = skriv et tall som 3.4, 3,4 eller 1 234,5
ed-checkin-no-value = ingen verdi oppgitt: ingenting sjekket inn

## --- end: errors-data ---

## --- area: init-help ---

## --- end: init-help ---
