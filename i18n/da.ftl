### okr in Danish (dansk): every word of every human-readable output.
### Each language's file has the same messages with the same arguments
### (checked by src/i18n/tests.rs). Numbers arrive formatted for the locale;
### a number argument (n, count, days) selects the plural form.
### Sections belong to parts of the code; keep each message in its section.

## --- area: common ---

## Statuses: a table cell (in English the spelling --fail-on takes) and .prose
## for sentences. JSON and CSV keep done, on-track, ...
status-done = færdig
    .prose = færdig
status-on-track = på sporet
    .prose = på sporet
status-at-risk = i risiko
    .prose = i risiko
status-off-track = bagud
    .prose = bagud
status-stalled = står stille
    .prose = står stille
status-no-data = ingen data
    .prose = uden data
status-guardrail-breached = værnegrænse brudt
    .prose = værnegrænsen brudt
status-pending = for tidligt
    .prose = for tidligt at vurdere
status-stale = { $status } (forældet)

## okr's vocabulary: kinds, roles, objective types, experiments, grains,
## aggregates, display formats
kind-increase = øge
kind-decrease = reducere
kind-at-least = mindst
kind-at-most = højst
kind-milestone = milepæl
role-north-star = nordstjerne
role-input = drivende måltal
role-guardrail = værnemåltal
objective-type-aspirational = ambitiøst
objective-type-committed = forpligtende
experiment-idea = idé
experiment-running = kører
experiment-won = lykkedes
experiment-lost = mislykkedes
experiment-inconclusive = uafklaret
grain-day = dag
grain-week = uge
grain-month = måned
grain-quarter = kvartal
aggregate-sum = sum
aggregate-avg = gennemsnit
aggregate-min = laveste
aggregate-max = højeste
aggregate-last = seneste
aggregate-count = antal
format-number = tal
format-percent = procent
format-currency = valuta

## Counts
count-objectives = { $n } mål
count-key-results = { $n ->
    [one] { $n } nøgleresultat
   *[other] { $n } nøgleresultater
}

## Months
month = { $m ->
    [1] januar
    [2] februar
    [3] marts
    [4] april
    [5] maj
    [6] juni
    [7] juli
    [8] august
    [9] september
    [10] oktober
    [11] november
   *[12] december
}
month-short = { $m ->
    [1] jan.
    [2] feb.
    [3] mar.
    [4] apr.
    [5] maj
    [6] jun.
    [7] jul.
    [8] aug.
    [9] sep.
    [10] okt.
    [11] nov.
   *[12] dec.
}

## Errors: the frame every error is written in
error-line = fejl: { $error }
error-at-line = linje { $line }
error-hint = tip: { $hint }
error-caused-by = årsag: { $cause }
error-count = { $n } problemer fundet

## --- end: common ---

## --- area: status ---

## --- end: status ---

## --- area: check ---

## --- end: check ---

## --- area: review ---

## --- end: review ---

## --- area: errors-config ---
error-unknown-language = ukendt sprog "{ $found }"
    .hint-suggest = skriv "{ $code }"
    .hint = et af { $codes }

## --- end: errors-config ---

## --- area: errors-data ---
## Words inside messages
ed-delimiter-tab = tabulator
ed-no-columns = ingen kolonner
ed-decimal-comma = decimalkomma
ed-decimal-point = decimalpunktum
ed-decimal-how-set = angivet
ed-decimal-how-sniffed = aflæst af filen
ed-date-day-count = dagnummer fra { $start }
ed-date-how-set = angivet med `date_format`
ed-date-how-sniffed = aflæst af filen
ed-date-how-day-number = et dagnummer

## Cells of a CSV file
ed-invalid-number = kolonne `{ $column }`: ugyldigt tal "{ $found }"
    .hint-other = forventede et tal med `{ $mark }` som decimaltegn ({ $how }); det kan læses med `{ $other }`: angiv `decimal = "{ $other }"` på kilden `{ $source }`, hvis filen bruger `{ $other }`
    .hint = forventede et tal (decimaltegn `{ $mark }`, { $how }; tusindtalsseparatorer, `%` og valutategn læses); "{ $found }" er ikke et tal med nogen af decimaltegnene; en manglende værdi er en tom celle, `--` eller `n/a`
ed-not-finite = kolonne `{ $column }`: "{ $found }" er ikke et endeligt tal
    .hint = uendelig og tal over 1,8e308 er ingen værdier; lad cellen være tom (eller skriv `n/a`), når værdien mangler
ed-unclosed-quote = kolonne `{ $column }`: en celle i anførselstegn fortsætter til slutningen af filen: det afsluttende `"` mangler
    .hint = luk citatet; et `"` inde i en celle i anførselstegn skrives `""`
ed-no-year = kolonne `{ $column }`: "{ $found }" mangler år: okr kan ikke afgøre, hvilket år det gælder
    .hint = eksportér rapporten igen med år i datoerne (et datointerval hen over årsskiftet, eller et datoformat med år)
ed-invalid-date = kolonne `{ $column }`: ugyldig dato "{ $found }"
    .hint-other-column = datoer læses som { $rule } ({ $how }) fra kolonnen `{ $column }`; kolonnen `{ $other }` i denne række har en dato: angiv `date_column = "{ $name }"` på kilden `{ $source }`, hvis det er datokolonnen
    .hint-no-such-day = datoer læses som { $rule } ({ $how }), og "{ $found }" har den form, men er ingen dag i kalenderen
    .hint = datoer læses som { $rule } ({ $how }), og "{ $found }" er ingen dato i nogen form, okr læser; en række, der ikke er en dag (en note, en total), springes over, når dens datocelle er tom eller et totalord
ed-multi-day = rækken dækker { $start } til { $end } (`Reporting starts` til `Reporting ends`): okr skal bruge én række per dag
    .hint = eksportér rapporten igen opdelt per dag (Opdeling > Efter tid > Dag)
ed-double-count = måltal `{ $metric }` den { $date }: både en række uden segment (linje { $blank }) og en række med segment (linje { $segmented }) har værdier; rækken uden segment ligner en total og ville blive talt to gange
    .hint = angiv `segment = "{ $segment }"` på måltallet `{ $metric }` for at læse ét segment, eller fjern rækkerne uden segment
ed-too-few-fields = { $n ->
        [one] rækken har { $fields } felt, overskriftslinjen på linje { $header_line } har { $width }
       *[other] rækken har { $fields } felter, overskriftslinjen på linje { $header_line } har { $width }
    }
    .hint-delimiter = hver række skal have et felt per kolonne (læst med skilletegnet `{ $used }`); med `{ $better }` har overskriftslinjen og denne række lige mange felter: angiv `delimiter = "{ $option }"` på kilden `{ $source }`
    .hint = hver række skal have et felt per kolonne (læst med skilletegnet `{ $used }`, som overskriftslinjen bruger; intet andet skilletegn passer bedre til rækken): udfyld de manglende felter, eller luk en celle i anførselstegn
ed-too-many-fields = rækken har { $fields } felter, overskriftslinjen på linje { $header_line } har { $width }: felt { $field } er "{ $found }"
    .hint = en værdi, der indeholder skilletegnet `{ $used }`, skal stå i anførselstegn; angiv `delimiter` på kilden `{ $source }`, hvis filen bruger et andet

## The header of a CSV file
ed-no-named-column = ingen kolonne `{ $name }` (`{ $key }` for kilden `{ $source }`) i overskriftslinjen på linje { $line }: den har { $columns }
    .hint-suggest = mente du `{ $key } = "{ $column }"`?
    .hint = sæt `{ $key }` på kilden `{ $source }` til en af kolonnerne
ed-no-metric-column = ingen kolonne `{ $column }` (måltallet `{ $metric }`) i overskriftslinjen på linje { $line }: den har { $columns }
    .hint-suggest = mente du `{ $column }`? angiv `column = "{ $column }"` på måltallet `{ $metric }`
    .hint = sæt `column = "..."` på måltallet `{ $metric }` til overskriften på dets kolonne
ed-duplicate-column = kolonnen `{ $column }` (måltallet `{ $metric }`) står to gange i overskriftslinjen på linje { $line }: felt { $first } og { $second }
    .hint = omdøb en af kolonnerne i eksporten
ed-no-date-column = ingen datokolonne: overskriftslinjen på linje { $line } har { $columns }, og ingen kolonne har datoer; okr læser værdier per dag, ikke én række per kampagne eller side for hele perioden
    .hint = eksportér rapporten igen med en dato- eller dagkolonne (opdelt eller segmenteret per dag); hvis en kolonne faktisk har datoer, så angiv den med `date_column = "..."` på kilden `{ $source }`
ed-long-needs = en lang fil skal have kolonnerne `date`, `metric` og `value`; overskriftslinjen på linje { $line } mangler `{ $default }`: den har { $columns }
    .hint-wide = overskriftslinjen har en kolonne for hvert måltal, der læses: angiv `layout = "wide"` på kilden `{ $source }`
    .hint = hvis kolonnerne hedder noget andet, så angiv dem med `metric_column = "..."` og `value_column = "..."` (og `segment_column`) på kilden `{ $source }`
ed-no-segment-column = måltallet `{ $metric }` læser segmentet "{ $segment }", men overskriftslinjen på linje { $line } mangler kolonnen `segment`: den har { $columns }
    .hint = angiv kolonnen med `segment_column = "..."` på kilden `{ $source }`, eller fjern `segment` fra måltallet `{ $metric }`
ed-other-table = linje { $line }: { $columns }
ed-header-other-tables = { $problem }; ingen anden tabel i filen har heller alle kolonnerne ({ $tables }): en kilde læser én tabel, så angiv én `[[sources]]` per tabel
ed-header-cause-skip-rows = overskriftslinjen ser ud til at stå på linje { $line }: angiv `skip_rows = { $n }` på kilden `{ $source }`
ed-header-cause-delimiter = overskriftslinjen bliver til én kolonne med skilletegnet `{ $used }` og til { $count } med `{ $better }`: angiv `delimiter = "{ $option }"` på kilden `{ $source }`
ed-header-cause-no-delimiter = overskriftslinjen er én kolonne med alle de skilletegn, okr kender (`,` `;` tabulator `|`): filen har ingen kolonner at læse (kilden `{ $source }`)
ed-segment-in-wide = måltallet `{ $metric }` læser segmentet "{ $segment }", men kilden `{ $source }` er en bred fil: segmenter kræver en lang fil med en kolonne `segment`
    .hint = fjern `segment` fra måltallet `{ $metric }`

## A CSV file as a whole
ed-source-is-directory = kan ikke læse { $path }: det er en mappe, ikke en fil (kilden `{ $source }`)
    .hint = sæt `path` for kilden `{ $source }` til en CSV-fil
ed-source-unreadable = kan ikke læse { $path }: { $reason } (kilden `{ $source }`)
    .hint-denied = filen findes, men denne bruger må ikke læse den: tjek dens rettigheder (`ls -l { $path }`)
    .hint = tjek `path` for kilden `{ $source }`; en relativ sti læses fra mappen med den fil, der angiver den
ed-long-line = linjen er længere end 1 MiB: dette er ikke en eksport af måltal (kilden `{ $source }`)
    .hint = filer med måltal har én kort linje per række; eksportér dataene igen som CSV
ed-unknown-encoding = byten { $byte } er hverken UTF-8 eller Windows-1252: filens tegnkodning er ukendt (kilden `{ $source }`)
    .hint = gem filen som UTF-8 (i Excel: "CSV UTF-8") og læs den igen
ed-nul-byte = ikke en tekstfil: fandt en NUL-byte ved position{ $offset } (kilden `{ $source }`)
    .hint = filer med måltal er CSV eller tabulatorsepareret tekst; eksportér dataene som CSV (en regnearksfil læses ikke)
ed-not-csv = kan ikke læse filen som CSV: { $reason }
ed-cannot-decode = kan ikke afkode filen som { $encoding }
ed-file-changed = filen blev ændret, mens den blev læst
ed-no-such-table = { $n ->
        [one] { $wanted } i filen (`table` for kilden `{ $source }`): den har { $count } tabel: { $tables }
       *[other] { $wanted } i filen (`table` for kilden `{ $source }`): den har { $count } tabeller: { $tables }
    }
    .number = ingen tabel { $number }
    .title = ingen tabel med titlen "{ $title }"
    .none = ingen sådan tabel
    .hint = sæt `table` på kilden `{ $source }` til en af de viste titler eller numre
ed-table-titled = { $number } "{ $title }" (linje { $line })
ed-table-untitled = { $number } (linje { $line })
ed-empty-file = { $path } er tom (kilden `{ $source }`): forventede en overskriftslinje og rækker
    .hint = eksportér dataene igen, eller fjern kilden `{ $source }`
ed-no-header = ingen overskriftslinje: filen har kun indledende linjer (kilden `{ $source }`)
    .hint = tjek `skip_rows` for kilden `{ $source }`; linjer, der begynder med `#`, springes over som kommentarer
ed-dates-without-year = kolonnen `{ $column }` har datoer uden år ("{ $cell }" på linje { $line }): okr kan ikke afgøre, hvilket år de gælder
ed-day-count-without-start = kolonnen `{ $column }` tæller dage (0000, 0001, ...) fra en startdato, men ingen linje `# Start date: YYYYMMDD` (på noget sprog: `# ...: YYYYMMDD`) står før overskriftslinjen
    .hint = eksportér rapporten igen med dens kommentarlinjer, eller tilføj en linje `# Start date: YYYYMMDD` over overskriftslinjen
ed-either-way-date = kan ikke skelne dag fra måned i kolonnen `{ $column }`: "{ $cell }" kan læses begge veje, og ingen dato i filen har en dag over 12
ed-mixed-date-order = datoerne i kolonnen `{ $column }` er uenige: "{ $day_cell }" (linje { $day_line }) har dagen først, "{ $month_cell }" (linje { $month_line }) har måneden først
ed-date-order-hint = angiv `date_format = "%d/%m/{ $year }"` (dagen først) eller `date_format = "%m/%d/{ $year }"` (måneden først) på kilden `{ $source }`
ed-mixed-decimals = tallene bruger begge decimaltegn: "{ $first }" (linje { $first_line }) læses med { $first_mark }, "{ $second }" (linje { $second_line }) med { $second_mark }
    .hint = ingen indstilling af `decimal` læser begge: en fils tal bruger ét decimaltegn; eksportér dataene igen i én notation, eller ret cellerne
ed-unclear-decimal = kan ikke afgøre decimaltegnet: "{ $cell }" kan være tusindtalsseparator eller { $mark }, og intet tal i filen afgør det
    .hint = angiv `decimal = "."` eller `decimal = ","` på kilden `{ $source }`; det andet tegn læses så som tusindtalsseparator

## Sources read through a command or a database
ed-in-source = kilden `{ $source }`: { $problem }
ed-command-output = outputtet fra `{ $program }`
ed-not-a-command = er ikke en kommandokilde
ed-no-program = `command` angiver intet program
ed-command-not-allowed = kører kommandoen `{ $program }`, og okr kører kun kommandoer, når du tillader det
    .hint = hvis du stoler på denne OKR-fil, så kør okr med --allow-commands (eller sæt { $env }=1, eller { $env }={ $program } kun for dette program): kommandoen kører med dit miljø og dine adgangsoplysninger. Tillad aldrig kommandoer for OKR-filer fra pull requests
ed-unsafe-metric-name = måltallet `{ $metric }` læser "{ $name }", som {"{"}metrics{"}"} ikke kan sætte ind i en forespørgsel: navne der består af bogstaver, cifre, mellemrum og _ - . : / ( ) % + # & @
    .hint = omdøb måltallet i forespørgslens output (AS ...), eller fjern {"{"}metrics{"}"} fra kommandoen
ed-no-temp-file = kan ikke oprette en midlertidig fil til kommandoens output: { $reason }
ed-cannot-write-output = kan ikke skrive kommandoens output: { $reason }
ed-cannot-run = kan ikke køre `{ $program }`: { $reason }
    .not-found = det er ikke installeret (findes ikke i PATH)
    .denied = adgang nægtet
    .hint = installér datavarehusets klient, eller angiv dens fulde sti som første element i `command` på kilden `{ $source }`
ed-no-pipe = kan ikke læse kommandoens output
ed-command-timeout = kommandoen `{ $program }` kørte længere end tidsgrænsen ({ $seconds } s) og blev stoppet
    .hint = hæv `timeout = { $seconds }` på kilden `{ $source }`, eller gør forespørgslen hurtigere
ed-cannot-wait = kan ikke vente på `{ $program }`: { $reason }
ed-too-much-output = kommandoen `{ $program }` skrev mere end { $gib } GiB
    .hint = summér rækkerne per dag i forespørgslen (GROUP BY date, metric)
ed-no-output = kommandoen `{ $program }` skrev intet på stdout
    .hint = den skal skrive CSV med en overskriftslinje (for psql: --csv; duckdb: -csv; bq: --format=csv)
ed-cannot-read-output = kan ikke læse outputtet fra `{ $program }`: { $reason }
ed-kept-open = kommandoen `{ $program }` sluttede, men noget, den startede, holdt dens output åbent ud over tidsgrænsen
ed-command-exited = kommandoen `{ $program }` sluttede med kode { $code }
ed-command-killed = kommandoen `{ $program }` blev dræbt af signal { $signal }
ed-command-failed = kommandoen `{ $program }` fejlede
    .hint = kør kommandoen for kilden `{ $source }` i hånden for at se, hvad den siger; den skal skrive CSV på stdout og slutte med 0
ed-command-silent = { $how } og skrev intet på stderr
ed-command-stderr = { $how }; dens stderr:
    {"    "}{ $stderr }
ed-command-stderr-ends = { $how }; slutningen af dens stderr:
    {"    "}{ $stderr }
ed-not-a-database = ingen database
    .csv = er en CSV-fil, ikke en database
    .command = er en kommando, ikke en database
ed-not-built-in = denne version af okr læser ingen { $kind }-kilder (bygget uden funktionen `{ $kind }`)
    .hint = byg okr med `--features { $kind }`, eller eksportér forespørgslens resultat til CSV og angiv `path` på kilden `{ $source }`
ed-query-timeout = forespørgslen kørte længere end tidsgrænsen ({ $seconds } s)
    .hint = hæv `timeout = { $seconds }` på kilden `{ $source }`, eller gør forespørgslen hurtigere (et indeks på dens datokolonne hjælper)
ed-query-no-column = forespørgslen returnerer ingen kolonne `{ $name }`: den returnerer { $columns }
    .hint-named = sæt `date_column` på kilden `{ $source }` til en af forespørgslens kolonner
    .hint = navngiv datokolonnen med AS: select day AS date, ...
ed-query-no-column-long = forespørgslen returnerer ingen kolonne `{ $name }` (layout long kræver `date`, `metric` og `value`): den returnerer { $columns }
    .hint = navngiv kolonnerne med AS (select day AS date, name AS metric, amount AS value ...), eller angiv `layout = "wide"` på kilden `{ $source }`, hvis hvert måltal har sin egen kolonne
ed-query-no-column-segment = forespørgslen returnerer ingen kolonne `{ $name }` (måltallet `{ $metric }` læser segmentet "{ $segment }"): den returnerer { $columns }
    .hint = returnér segmentet AS segment fra forespørgslen, eller fjern `segment` fra måltallet `{ $metric }`
ed-query-no-column-metric = forespørgslen returnerer ingen kolonne `{ $name }` (måltallet `{ $metric }`): den returnerer { $columns }
    .hint = sæt `column = "..."` på måltallet `{ $metric }` til en af forespørgslens kolonner
ed-query-segment-in-wide = måltallet `{ $metric }` læser segmentet "{ $segment }", men kilden er bred: segmenter kræver layout long med en kolonne `segment`
ed-query-not-a-date = kolonnen `{ $column }` indeholder "{ $found }", som ikke er en dato (datoer er DATE, TIMESTAMP eller ISO-tekst som 2026-01-31)
    .hint = konvertér den i forespørgslen, f.eks. to_date(day, 'DD.MM.YYYY') AS date i PostgreSQL eller date(day, 'unixepoch') AS date i SQLite
ed-query-not-a-number = kolonnen `{ $column }` indeholder "{ $found }", som ikke er et tal
    .hint = værdier er INTEGER, REAL, NUMERIC eller tekst med et enkelt tal (1234.5); NULL, '', '--' og 'n/a' er ingen data; konvertér andre i forespørgslen
ed-query-not-a-number-on = kolonnen `{ $column }` indeholder "{ $found }", som ikke er et tal (måltallet `{ $metric }` den { $day })
ed-query-not-finite-metric = måltallet `{ $metric }` den { $day }: værdierne summerer til { $sum }: NaN og uendelig er ikke tal
    .hint = lad en manglende værdi være NULL; filtrér sådanne rækker fra i forespørgslen
ed-query-not-finite-column = kolonnen `{ $column }` den { $day }: værdierne summerer til { $sum }: NaN og uendelig er ikke tal
ed-query-double-count = måltallet `{ $metric }` den { $day }: både rækker uden segment og rækker med segmentet "{ $segment }" har værdier; rækkerne uden segment ligner en total og ville blive talt to gange
    .hint = angiv `segment = "{ $segment }"` på måltallet `{ $metric }` for at læse ét segment, eller udelad rækkerne uden segment fra forespørgslen

## Command-line flags
ed-flag-invalid = ugyldig værdi '{ $value }' for '{ $flag }': { $reason }
ed-flag-more = Du får mere information med '--help'.
ed-flag-date = forventede en dato som ÅÅÅÅ-MM-DD (f.eks. 2026-02-15), `today` eller `yesterday`, men fik "{ $found }"
ed-flag-no-such-date = ingen sådan dato
ed-flag-lang = forventede en af { $codes }, men fik "{ $found }"
ed-flag-group-by = forventede tag:PREFIX (f.eks. tag:flywheel for at gruppere efter flywheel:attract, flywheel:engage, ...), men fik "{ $found }"
ed-flag-since-too-far = "{ $found }" er mere end { $max } dage (100 år) tilbage; angiv en dato som 2026-01-01
ed-flag-since = forventede en dato som ÅÅÅÅ-MM-DD, eller dage eller uger tilbage som 7d eller 2w, men fik "{ $found }"
ed-flag-status = ukendt status `{ $found }`; brug en af: { $names }
    .suggest = ukendt status `{ $found }` (mente du `{ $best }`?); brug en af: { $names }

## Files okr keeps or writes, names on the command line
ed-did-you-mean = mente du `{ $best }`?
ed-cannot-read = kan ikke læse { $path }: { $reason }
ed-log-unreadable-hint = tjek filens rettigheder
ed-not-a-file = { $path } er ikke en almindelig fil
    .hint-record = en periodes arkiv er den JSON-fil, som `okr close` skriver
ed-record-too-large = { $path } er større, end et periodearkiv kan være ({ $mib } MiB)
ed-record-unreadable = { $path }: { $reason }
    .hint = dette er ikke et arkiv, som `okr close` har skrevet; skriv det igen med `okr close --force`
ed-record-format = { $path } er et arkiv i format { $found }, denne version af okr læser format { $known }
    .hint = brug den okr, der skrev det, eller luk perioden igen
ed-log-too-large = { $path } er større end { $mib } MiB, for stor til en opfølgningslog
    .hint = flyt tidligere perioders rækker til en anden fil
ed-log-not-csv = kan ikke læse opfølgningsloggen: { $reason }
    .hint = et felt med komma, anførselstegn eller linjeskift skrives i "
ed-log-unknown-key-result = opfølgningen angiver `{ $id }`, som ikke er et nøgleresultat
ed-cannot-lock = kan ikke låse { $dir } til redigering: { $reason }
    .hint = tjek, at mappen findes og kan læses
ed-busy = en anden okr redigerer { $main } og dens filer (ventede { $seconds } s)
    .hint = intet blev skrevet; kør kommandoen igen, når den anden redigering er færdig (eller sæt { $env } for at vente længere)
ed-unknown-id = intet sådant id
    .key-result = intet nøgleresultat har id'et `{ $id }`
    .objective = intet mål har id'et `{ $id }`
    .any = intet nøgleresultat eller mål har id'et `{ $id }`
    .source = ingen kilde hedder `{ $id }`
    .hint-is-objective = `{ $id }` er et mål; lav opfølgningen på et af dets nøgleresultater
    .hint-key-result = `okr status --format csv` viser nøgleresultaternes id'er
    .hint-objective = `okr status` viser målenes id'er
    .hint-any = `okr status --format csv` viser id'erne for mål og nøgleresultater
    .hint-source = `okr sources` viser alle kilder
ed-unknown-owner = intet mål eller nøgleresultat har `{ $owner }` som ansvarlig
    .hint = de ansvarlige er: { $owners }
ed-since-after-as-of = --since { $since } ligger efter datoen for --as-of, { $as_of }
    .hint = angiv en tidligere dag, eller et antal dage tilbage som 7d
    .hint-report = angiv en dag på eller før --as-of (standard: i dag)
ed-exists = { $path } findes allerede
    .hint = brug --force for at erstatte den
ed-write-to-directory = { $path } er en mappe
    .hint = angiv en fil at skrive
ed-write-to-special = { $path } er ikke en almindelig fil (en enhed, FIFO eller socket)
    .hint = angiv en fil at skrive; okr skriver hele filer via en midlertidig fil
ed-cannot-write-in = kan ikke skrive i { $dir }: { $reason }
    .hint = tjek, at mappen findes og er skrivbar
ed-symlink-loop = { $path } er en løkke af symbolske links

## okr checkin
ed-checkin-reads-metric = `{ $kr }` læser måltallet `{ $metric }`: værdien kommer fra dataene, ikke fra opfølgninger
    .hint = opdatér kildefilen; tiltroen angives sådan: okr checkin { $kr } --confidence 7
ed-checkin-all-needs-terminal = --all spørger til hvert nøgleresultat i en terminal
    .hint = følg op på ét nøgleresultat ad gangen: okr checkin KR-ID [VALUE] --confidence N
ed-checkin-cannot-read-answer = kan ikke læse svaret: { $reason }
ed-checkin-outside-cycle = uden for perioden
    .date = datoen ({ $date }) ligger uden for perioden { $cycle } ({ $start } til { $end })
    .today = i dag ({ $date }) ligger uden for perioden { $cycle } ({ $start } til { $end })
    .hint = angiv --date ÅÅÅÅ-MM-DD, en dag inden for perioden
ed-checkin-milestone-no-value = `{ $kr }` er en milepæl: den er færdig eller ej, den tager ingen værdi
    .hint = okr checkin { $kr } --done
ed-checkin-milestone-needs-done = `{ $kr }` er en milepæl: brug --done for at markere den som færdig
ed-checkin-nothing = ingen opfølgning registreret
ed-checkin-not-a-milestone = `{ $kr }` er ikke en milepæl: --done gælder kun milepæle
    .hint = angiv den målte værdi: okr checkin { $kr } VALUE
ed-checkin-value-required = VALUE er påkrævet, når stdin ikke er en terminal
    .hint = okr checkin { $kr } VALUE
ed-checkin-bad-value = VALUE `{ $value }`: { $reason }
    .hint = skriv et tal som 3.4, 3,4 eller 1 234,5
ed-checkin-no-value = ingen værdi angivet: ingen opfølgning registreret

## --- end: errors-data ---

## --- area: init-help ---

## --- end: init-help ---
