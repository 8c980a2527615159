### okr in Swedish (svenska): every word of every human-readable output.
### Each language's file has the same messages with the same arguments
### (checked by src/i18n/tests.rs). Numbers arrive formatted for the locale;
### a number argument (n, count, days) selects the plural form.
### Sections belong to parts of the code; keep each message in its section.

## --- area: common ---

## Statuses: a table cell (in English the spelling --fail-on takes) and .prose
## for sentences. JSON and CSV keep done, on-track, ...
status-done = klar
    .prose = klar
status-on-track = i fas
    .prose = i fas
status-at-risk = i riskzonen
    .prose = i riskzonen
status-off-track = efter plan
    .prose = efter plan
status-stalled = står still
    .prose = står still
status-no-data = ingen data
    .prose = utan data
status-guardrail-breached = skyddsgräns bruten
    .prose = skyddsgränsen bruten
status-pending = för tidigt
    .prose = för tidigt att bedöma
status-stale = { $status } (inaktuell)

## okr's vocabulary: kinds, roles, objective types, experiments, grains,
## aggregates, display formats
kind-increase = öka
kind-decrease = minska
kind-at-least = minst
kind-at-most = högst
kind-milestone = milstolpe
role-north-star = nordstjärna
role-input = drivande mått
role-guardrail = skyddsmått
objective-type-aspirational = ambitiöst
objective-type-committed = åtagande
experiment-idea = idé
experiment-running = pågår
experiment-won = lyckades
experiment-lost = misslyckades
experiment-inconclusive = inget utfall
grain-day = dag
grain-week = vecka
grain-month = månad
grain-quarter = kvartal
aggregate-sum = summa
aggregate-avg = medel
aggregate-min = lägsta
aggregate-max = högsta
aggregate-last = senaste
aggregate-count = antal
format-number = tal
format-percent = procent
format-currency = valuta

## Counts
count-objectives = { $n } mål
count-key-results = { $n } nyckelresultat

## Months
month = { $m ->
    [1] januari
    [2] februari
    [3] mars
    [4] april
    [5] maj
    [6] juni
    [7] juli
    [8] augusti
    [9] september
    [10] oktober
    [11] november
   *[12] december
}
month-short = { $m ->
    [1] jan
    [2] feb
    [3] mar
    [4] apr
    [5] maj
    [6] jun
    [7] jul
    [8] aug
    [9] sep
    [10] okt
    [11] nov
   *[12] dec
}

## Errors: the frame every error is written in
error-line = fel: { $error }
error-at-line = rad { $line }
error-hint = tips: { $hint }
error-caused-by = orsak: { $cause }
error-count = { $n } problem hittades

## --- end: common ---

## --- area: status ---

## --- end: status ---

## --- area: check ---

## --- end: check ---

## --- area: review ---

## --- end: review ---

## --- area: errors-config ---
error-unknown-language = okänt språk "{ $found }"
    .hint-suggest = skriv "{ $code }"
    .hint = ett av { $codes }

## --- end: errors-config ---

## --- area: errors-data ---
## Words inside messages
ed-delimiter-tab = tabb
ed-no-columns = inga kolumner
ed-decimal-comma = decimalkomma
ed-decimal-point = decimalpunkt
ed-decimal-how-set = angivet
ed-decimal-how-sniffed = avläst ur filen
ed-date-day-count = dagnummer från { $start }
ed-date-how-set = angivet med `date_format`
ed-date-how-sniffed = avläst ur filen
ed-date-how-day-number = ett dagnummer

## Cells of a CSV file
ed-invalid-number = kolumn `{ $column }`: ogiltigt tal "{ $found }"
    .hint-other = talet förväntades ha `{ $mark }` som decimaltecken ({ $how }); det kan läsas med `{ $other }`: ange `decimal = "{ $other }"` på källan `{ $source }` om filen använder `{ $other }`
    .hint = ett tal förväntades (decimaltecken `{ $mark }`, { $how }; tusentalsavgränsare, `%` och valutatecken läses); "{ $found }" är inget tal med något av decimaltecknen; ett saknat värde är en tom cell, `--` eller `n/a`
ed-not-finite = kolumn `{ $column }`: "{ $found }" är inget ändligt tal
    .hint = oändligheten och tal större än 1,8e308 är inga värden; lämna cellen tom (eller skriv `n/a`) när värde saknas
ed-unclosed-quote = kolumn `{ $column }`: en cell inom citattecken fortsätter till filens slut: dess avslutande `"` saknas
    .hint = stäng citatet; ett `"` inuti en cell inom citattecken skrivs `""`
ed-no-year = kolumn `{ $column }`: "{ $found }" saknar år: okr kan inte avgöra vilket år det gäller
    .hint = exportera rapporten igen med år i datumen (ett datumintervall över årsskiftet, eller ett datumformat med år)
ed-invalid-date = kolumn `{ $column }`: ogiltigt datum "{ $found }"
    .hint-other-column = datum läses som { $rule } ({ $how }) från kolumnen `{ $column }`; kolumnen `{ $other }` på den här raden innehåller ett datum: ange `date_column = "{ $name }"` på källan `{ $source }` om det är datumkolumnen
    .hint-no-such-day = datum läses som { $rule } ({ $how }), och "{ $found }" har den formen men är ingen dag i kalendern
    .hint = datum läses som { $rule } ({ $how }), och "{ $found }" är inget datum i någon form som okr läser; en rad som inte är en dag (en anteckning, en summa) hoppas över när dess datumcell är tom eller ett summaord
ed-multi-day = raden gäller { $start } till { $end } (`Reporting starts` till `Reporting ends`): okr behöver en rad per dag
    .hint = exportera rapporten igen uppdelad per dag (Uppdelning > Efter tid > Dag)
ed-double-count = mått `{ $metric }` den { $date }: både en rad utan segment (rad { $blank }) och en rad med segment (rad { $segmented }) har värden; raden utan segment ser ut som en summa och skulle räknas två gånger
    .hint = ange `segment = "{ $segment }"` på måttet `{ $metric }` för att läsa ett segment, eller ta bort raderna utan segment
ed-too-few-fields = { $n ->
        [one] raden har { $fields } fält, rubrikraden på rad { $header_line } har { $width }
       *[other] raden har { $fields } fält, rubrikraden på rad { $header_line } har { $width }
    }
    .hint-delimiter = varje rad behöver ett fält per kolumn (läst med avgränsaren `{ $used }`); med `{ $better }` har rubrikraden och den här raden lika många fält: ange `delimiter = "{ $option }"` på källan `{ $source }`
    .hint = varje rad behöver ett fält per kolumn (läst med avgränsaren `{ $used }`, som rubrikraden använder; ingen annan avgränsare passar raden bättre): fyll i de saknade fälten, eller stäng en cell inom citattecken
ed-too-many-fields = raden har { $fields } fält, rubrikraden på rad { $header_line } har { $width }: fält { $field } är "{ $found }"
    .hint = ett värde som innehåller avgränsaren `{ $used }` måste stå inom citattecken; ange `delimiter` på källan `{ $source }` om filen använder en annan

## The header of a CSV file
ed-no-named-column = ingen kolumn `{ $name }` (`{ $key }` för källan `{ $source }`) i rubrikraden på rad { $line }: den har { $columns }
    .hint-suggest = menade du `{ $key } = "{ $column }"`?
    .hint = ange `{ $key }` på källan `{ $source }` till en av kolumnerna
ed-no-metric-column = ingen kolumn `{ $column }` (måttet `{ $metric }`) i rubrikraden på rad { $line }: den har { $columns }
    .hint-suggest = menade du `{ $column }`? ange `column = "{ $column }"` på måttet `{ $metric }`
    .hint = ange `column = "..."` på måttet `{ $metric }` till rubriken för dess kolumn
ed-duplicate-column = kolumnen `{ $column }` (måttet `{ $metric }`) finns två gånger i rubrikraden på rad { $line }: fält { $first } och { $second }
    .hint = byt namn på en av kolumnerna i exporten
ed-no-date-column = ingen datumkolumn: rubrikraden på rad { $line } har { $columns }, och ingen kolumn innehåller datum; okr läser värden per dag, inte en rad per kampanj eller sida för hela perioden
    .hint = exportera rapporten igen med en datum- eller dagkolumn (uppdelad eller segmenterad per dag); om en kolumn faktiskt innehåller datum, ange den med `date_column = "..."` på källan `{ $source }`
ed-long-needs = en lång fil behöver kolumnerna `date`, `metric` och `value`; rubrikraden på rad { $line } saknar `{ $default }`: den har { $columns }
    .hint-wide = rubrikraden har en kolumn för varje mått som läses: ange `layout = "wide"` på källan `{ $source }`
    .hint = om kolumnerna heter något annat, ange dem med `metric_column = "..."` och `value_column = "..."` (och `segment_column`) på källan `{ $source }`
ed-no-segment-column = måttet `{ $metric }` läser segmentet "{ $segment }", men rubrikraden på rad { $line } saknar kolumnen `segment`: den har { $columns }
    .hint = ange kolumnen med `segment_column = "..."` på källan `{ $source }`, eller ta bort `segment` från måttet `{ $metric }`
ed-other-table = rad { $line }: { $columns }
ed-header-other-tables = { $problem }; ingen annan tabell i filen har heller alla kolumnerna ({ $tables }): en källa läser en tabell, så ange en `[[sources]]` per tabell
ed-header-cause-skip-rows = rubrikraden verkar stå på rad { $line }: ange `skip_rows = { $n }` på källan `{ $source }`
ed-header-cause-delimiter = rubrikraden blir en kolumn med avgränsaren `{ $used }` och { $count } med `{ $better }`: ange `delimiter = "{ $option }"` på källan `{ $source }`
ed-header-cause-no-delimiter = rubrikraden är en enda kolumn med alla avgränsare okr känner till (`,` `;` tabb `|`): filen har inga kolumner att läsa (källan `{ $source }`)
ed-segment-in-wide = måttet `{ $metric }` läser segmentet "{ $segment }", men källan `{ $source }` är en bred fil: segment kräver en lång fil med en kolumn `segment`
    .hint = ta bort `segment` från måttet `{ $metric }`

## A CSV file as a whole
ed-source-is-directory = kan inte läsa { $path }: det är en katalog, inte en fil (källan `{ $source }`)
    .hint = ange `path` för källan `{ $source }` till en CSV-fil
ed-source-unreadable = kan inte läsa { $path }: { $reason } (källan `{ $source }`)
    .hint-denied = filen finns men den här användaren får inte läsa den: kontrollera behörigheterna (`ls -l { $path }`)
    .hint = kontrollera `path` för källan `{ $source }`; en relativ sökväg läses från katalogen där filen som anger den ligger
ed-long-line = raden är längre än 1 MiB: det här är ingen måttexport (källan `{ $source }`)
    .hint = måttfiler har en kort rad per post; exportera data igen som CSV
ed-unknown-encoding = byten { $byte } är varken UTF-8 eller Windows-1252: filens teckenkodning är okänd (källan `{ $source }`)
    .hint = spara filen som UTF-8 (i Excel: "CSV UTF-8") och läs den igen
ed-nul-byte = ingen textfil: en NUL-byte vid position{ $offset } (källan `{ $source }`)
    .hint = måttfiler är CSV eller tabbseparerad text; exportera data som CSV (en kalkylboksfil läses inte)
ed-not-csv = kan inte läsa filen som CSV: { $reason }
ed-cannot-decode = kan inte avkoda filen som { $encoding }
ed-file-changed = filen ändrades medan den lästes
ed-no-such-table = { $n ->
        [one] { $wanted } i filen (`table` för källan `{ $source }`): den har { $count } tabell: { $tables }
       *[other] { $wanted } i filen (`table` för källan `{ $source }`): den har { $count } tabeller: { $tables }
    }
    .number = ingen tabell { $number }
    .title = ingen tabell med rubriken "{ $title }"
    .none = ingen sådan tabell
    .hint = ange `table` på källan `{ $source }` till en av rubrikerna eller numren i listan
ed-table-titled = { $number } "{ $title }" (rad { $line })
ed-table-untitled = { $number } (rad { $line })
ed-empty-file = { $path } är tom (källan `{ $source }`): en rubrikrad och rader förväntades
    .hint = exportera data igen, eller ta bort källan `{ $source }`
ed-no-header = ingen rubrikrad: filen har bara inledande rader (källan `{ $source }`)
    .hint = kontrollera `skip_rows` för källan `{ $source }`; rader som börjar med `#` hoppas över som kommentarer
ed-dates-without-year = kolumnen `{ $column }` har datum utan år ("{ $cell }" på rad { $line }): okr kan inte avgöra vilket år de gäller
ed-day-count-without-start = kolumnen `{ $column }` räknar dagar (0000, 0001, ...) från ett startdatum, men ingen rad `# Start date: YYYYMMDD` (på något språk: `# ...: YYYYMMDD`) står före rubrikraden
    .hint = exportera rapporten igen med kommentarsraderna, eller lägg till en rad `# Start date: YYYYMMDD` ovanför rubrikraden
ed-either-way-date = kan inte skilja dag från månad i kolumnen `{ $column }`: "{ $cell }" kan läsas åt båda hållen, och inget datum i filen har en dag över 12
ed-mixed-date-order = datumen i kolumnen `{ $column }` går isär: "{ $day_cell }" (rad { $day_line }) har dagen först, "{ $month_cell }" (rad { $month_line }) har månaden först
ed-date-order-hint = ange `date_format = "%d/%m/{ $year }"` (dagen först) eller `date_format = "%m/%d/{ $year }"` (månaden först) på källan `{ $source }`
ed-mixed-decimals = talen använder båda decimaltecknen: "{ $first }" (rad { $first_line }) läses med { $first_mark }, "{ $second }" (rad { $second_line }) med { $second_mark }
    .hint = ingen inställning av `decimal` läser båda: en fils tal använder ett decimaltecken; exportera data igen i en notation, eller rätta cellerna
ed-unclear-decimal = kan inte avgöra decimaltecknet: "{ $cell }" kan vara tusentalsavgränsare eller { $mark }, och inget tal i filen avgör saken
    .hint = ange `decimal = "."` eller `decimal = ","` på källan `{ $source }`; det andra tecknet läses då som tusentalsavgränsare

## Sources read through a command or a database
ed-in-source = källan `{ $source }`: { $problem }
ed-command-output = utdata från `{ $program }`
ed-not-a-command = är ingen kommandokälla
ed-no-program = `command` anger inget program
ed-command-not-allowed = kör kommandot `{ $program }`, och okr kör kommandon bara när du tillåter det
    .hint = om du litar på den här OKR-filen, kör okr med --allow-commands (eller sätt { $env }=1, eller { $env }={ $program } för bara det här programmet): kommandot körs med din miljö och dina inloggningsuppgifter. Tillåt aldrig kommandon för OKR-filer från pull requests
ed-unsafe-metric-name = måttet `{ $metric }` läser "{ $name }", som {"{"}metrics{"}"} inte kan lägga in i en fråga: namn där består av bokstäver, siffror, mellanslag och _ - . : / ( ) % + # & @
    .hint = byt namn på måttet i frågans utdata (AS ...), eller ta bort {"{"}metrics{"}"} ur kommandot
ed-no-temp-file = kan inte skapa en temporär fil för kommandots utdata: { $reason }
ed-cannot-write-output = kan inte skriva kommandots utdata: { $reason }
ed-cannot-run = kan inte köra `{ $program }`: { $reason }
    .not-found = det är inte installerat (finns inte i PATH)
    .denied = åtkomst nekad
    .hint = installera datalagrets klient, eller ange dess fullständiga sökväg som första element i `command` på källan `{ $source }`
ed-no-pipe = kan inte läsa kommandots utdata
ed-command-timeout = kommandot `{ $program }` körde längre än tidsgränsen ({ $seconds } s) och stoppades
    .hint = höj `timeout = { $seconds }` på källan `{ $source }`, eller gör frågan snabbare
ed-cannot-wait = kan inte vänta på `{ $program }`: { $reason }
ed-too-much-output = kommandot `{ $program }` skrev ut mer än { $gib } GiB
    .hint = summera raderna per dag i frågan (GROUP BY date, metric)
ed-no-output = kommandot `{ $program }` skrev inget på stdout
    .hint = det måste skriva CSV med en rubrikrad (för psql: --csv; duckdb: -csv; bq: --format=csv)
ed-cannot-read-output = kan inte läsa utdata från `{ $program }`: { $reason }
ed-kept-open = kommandot `{ $program }` avslutades, men något det startade höll dess utdata öppen efter tidsgränsen
ed-command-exited = kommandot `{ $program }` avslutades med kod { $code }
ed-command-killed = kommandot `{ $program }` dödades av signal { $signal }
ed-command-failed = kommandot `{ $program }` misslyckades
    .hint = kör kommandot för källan `{ $source }` för hand och se vad det säger; det måste skriva CSV på stdout och avslutas med 0
ed-command-silent = { $how } och skrev inget på stderr
ed-command-stderr = { $how }; dess stderr:
    {"    "}{ $stderr }
ed-command-stderr-ends = { $how }; slutet av dess stderr:
    {"    "}{ $stderr }
ed-not-a-database = ingen databas
    .csv = är en CSV-fil, inte en databas
    .command = är ett kommando, inte en databas
ed-not-built-in = den här versionen av okr läser inga { $kind }-källor (byggd utan funktionen `{ $kind }`)
    .hint = bygg okr med `--features { $kind }`, eller exportera frågans resultat till CSV och ange `path` på källan `{ $source }`
ed-query-timeout = frågan körde längre än tidsgränsen ({ $seconds } s)
    .hint = höj `timeout = { $seconds }` på källan `{ $source }`, eller gör frågan snabbare (ett index på dess datumkolumn hjälper)
ed-query-no-column = frågan returnerar ingen kolumn `{ $name }`: den returnerar { $columns }
    .hint-named = ange `date_column` på källan `{ $source }` till en av frågans kolumner
    .hint = namnge datumkolumnen med AS: select day AS date, ...
ed-query-no-column-long = frågan returnerar ingen kolumn `{ $name }` (layout long kräver `date`, `metric` och `value`): den returnerar { $columns }
    .hint = namnge kolumnerna med AS (select day AS date, name AS metric, amount AS value ...), eller ange `layout = "wide"` på källan `{ $source }` om varje mått har en egen kolumn
ed-query-no-column-segment = frågan returnerar ingen kolumn `{ $name }` (måttet `{ $metric }` läser segmentet "{ $segment }"): den returnerar { $columns }
    .hint = returnera segmentet AS segment från frågan, eller ta bort `segment` från måttet `{ $metric }`
ed-query-no-column-metric = frågan returnerar ingen kolumn `{ $name }` (måttet `{ $metric }`): den returnerar { $columns }
    .hint = ange `column = "..."` på måttet `{ $metric }` till en av frågans kolumner
ed-query-segment-in-wide = måttet `{ $metric }` läser segmentet "{ $segment }", men källan är bred: segment kräver layout long med en kolumn `segment`
ed-query-not-a-date = kolumnen `{ $column }` innehåller "{ $found }", som inte är ett datum (datum är DATE, TIMESTAMP eller ISO-text som 2026-01-31)
    .hint = konvertera det i frågan, t.ex. to_date(day, 'DD.MM.YYYY') AS date i PostgreSQL eller date(day, 'unixepoch') AS date i SQLite
ed-query-not-a-number = kolumnen `{ $column }` innehåller "{ $found }", som inte är ett tal
    .hint = värden är INTEGER, REAL, NUMERIC eller text med ett enkelt tal (1234.5); NULL, '', '--' och 'n/a' är ingen data; konvertera andra i frågan
ed-query-not-a-number-on = kolumnen `{ $column }` innehåller "{ $found }", som inte är ett tal (måttet `{ $metric }` den { $day })
ed-query-not-finite-metric = måttet `{ $metric }` den { $day }: värdena summeras till { $sum }: NaN och oändligheten är inga tal
    .hint = lämna ett saknat värde som NULL; filtrera bort sådana rader i frågan
ed-query-not-finite-column = kolumnen `{ $column }` den { $day }: värdena summeras till { $sum }: NaN och oändligheten är inga tal
ed-query-double-count = måttet `{ $metric }` den { $day }: både rader utan segment och rader med segmentet "{ $segment }" har värden; raderna utan segment ser ut som en summa och skulle räknas två gånger
    .hint = ange `segment = "{ $segment }"` på måttet `{ $metric }` för att läsa ett segment, eller utelämna raderna utan segment i frågan

## Command-line flags
ed-flag-invalid = ogiltigt värde '{ $value }' för '{ $flag }': { $reason }
ed-flag-more = Mer information får du med '--help'.
ed-flag-date = ett datum förväntades som ÅÅÅÅ-MM-DD (t.ex. 2026-02-15), `today` eller `yesterday`, men fick "{ $found }"
ed-flag-no-such-date = inget sådant datum
ed-flag-lang = ett av { $codes } förväntades, men fick "{ $found }"
ed-flag-group-by = tag:PREFIX förväntades (t.ex. tag:flywheel för att gruppera efter flywheel:attract, flywheel:engage, ...), men fick "{ $found }"
ed-flag-since-too-far = "{ $found }" ligger mer än { $max } dagar (100 år) bakåt; ange ett datum som 2026-01-01
ed-flag-since = ett datum som ÅÅÅÅ-MM-DD förväntades, eller dagar eller veckor bakåt som 7d eller 2w, men fick "{ $found }"
ed-flag-status = okänd status `{ $found }`; använd någon av: { $names }
    .suggest = okänd status `{ $found }` (menade du `{ $best }`?); använd någon av: { $names }

## Files okr keeps or writes, names on the command line
ed-did-you-mean = menade du `{ $best }`?
ed-cannot-read = kan inte läsa { $path }: { $reason }
ed-log-unreadable-hint = kontrollera filens behörigheter
ed-not-a-file = { $path } är ingen vanlig fil
    .hint-record = en periods arkiv är JSON-filen som `okr close` skriver
ed-record-too-large = { $path } är större än ett periodarkiv kan vara ({ $mib } MiB)
ed-record-unreadable = { $path }: { $reason }
    .hint = det här är inget arkiv som `okr close` har skrivit; skriv det igen med `okr close --force`
ed-record-format = { $path } är ett arkiv i format { $found }, den här versionen av okr läser format { $known }
    .hint = använd den okr som skrev det, eller stäng perioden igen
ed-log-too-large = { $path } är större än { $mib } MiB, för stor för en avstämningslogg
    .hint = flytta tidigare perioders rader till en annan fil
ed-log-not-csv = kan inte läsa avstämningsloggen: { $reason }
    .hint = ett fält med kommatecken, citattecken eller radbrytning skrivs inom "
ed-log-unknown-key-result = avstämningen anger `{ $id }`, som inte är något nyckelresultat
ed-cannot-lock = kan inte låsa { $dir } för redigering: { $reason }
    .hint = kontrollera att katalogen finns och kan läsas
ed-busy = en annan okr redigerar { $main } och dess filer (väntade { $seconds } s)
    .hint = inget skrevs; kör kommandot igen när den andra redigeringen är klar (eller sätt { $env } för att vänta längre)
ed-unknown-id = inget sådant id
    .key-result = inget nyckelresultat har id `{ $id }`
    .objective = inget mål har id `{ $id }`
    .any = inget nyckelresultat eller mål har id `{ $id }`
    .source = ingen källa heter `{ $id }`
    .hint-is-objective = `{ $id }` är ett mål; gör avstämningen på ett av dess nyckelresultat
    .hint-key-result = `okr status --format csv` listar nyckelresultatens id
    .hint-objective = `okr status` listar målens id
    .hint-any = `okr status --format csv` listar id för mål och nyckelresultat
    .hint-source = `okr sources` listar alla källor
ed-unknown-owner = inget mål eller nyckelresultat har `{ $owner }` som ansvarig
    .hint = de ansvariga är: { $owners }
ed-since-after-as-of = --since { $since } ligger efter datumet för --as-of, { $as_of }
    .hint = ange en tidigare dag, eller ett antal dagar bakåt som 7d
    .hint-report = ange en dag på eller före --as-of (standard: i dag)
ed-exists = { $path } finns redan
    .hint = ange --force för att ersätta den
ed-write-to-directory = { $path } är en katalog
    .hint = ange en fil att skriva
ed-write-to-special = { $path } är ingen vanlig fil (en enhet, FIFO eller socket)
    .hint = ange en fil att skriva; okr skriver filer hela, via en temporär fil
ed-cannot-write-in = kan inte skriva i { $dir }: { $reason }
    .hint = kontrollera att katalogen finns och är skrivbar
ed-symlink-loop = { $path } är en slinga av symboliska länkar

## okr checkin
ed-checkin-reads-metric = `{ $kr }` läser måttet `{ $metric }`: dess värde kommer från data, inte från avstämningar
    .hint = uppdatera dess källfil; dess tilltro anges så här: okr checkin { $kr } --confidence 7
ed-checkin-all-needs-terminal = --all frågar efter varje nyckelresultat i en terminal
    .hint = stäm av ett nyckelresultat i taget: okr checkin KR-ID [VALUE] --confidence N
ed-checkin-cannot-read-answer = kan inte läsa svaret: { $reason }
ed-checkin-outside-cycle = utanför perioden
    .date = datumet ({ $date }) ligger utanför perioden { $cycle } ({ $start } till { $end })
    .today = i dag ({ $date }) ligger utanför perioden { $cycle } ({ $start } till { $end })
    .hint = ange --date ÅÅÅÅ-MM-DD, en dag inom perioden
ed-checkin-milestone-no-value = `{ $kr }` är en milstolpe: den är klar eller inte, den tar inget värde
    .hint = okr checkin { $kr } --done
ed-checkin-milestone-needs-done = `{ $kr }` är en milstolpe: ange --done för att markera den som klar
ed-checkin-nothing = ingen avstämning gjord
ed-checkin-not-a-milestone = `{ $kr }` är ingen milstolpe: --done gäller bara milstolpar
    .hint = ange det uppmätta värdet: okr checkin { $kr } VALUE
ed-checkin-value-required = VALUE krävs när stdin inte är en terminal
    .hint = okr checkin { $kr } VALUE
ed-checkin-bad-value = VALUE `{ $value }`: { $reason }
    .hint = skriv ett tal som 3.4, 3,4 eller 1 234,5
ed-checkin-no-value = inget värde angivet: ingen avstämning gjord

## --- end: errors-data ---

## --- area: init-help ---

## --- end: init-help ---
