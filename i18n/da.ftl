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
error-invalid-number = kolonne `{ $column }`: ugyldigt tal "{ $found }"

## --- end: errors-data ---

## --- area: init-help ---

## okr init: what it says on stderr
init-wrote = skrev { $path }: ret den til, og kør så `okr status -c { $path }`
init-cannot-write-in = kan ikke skrive i { $dir }: { $reason }
    .hint = opret mappen først
init-export-is-directory = { $file } er en mappe
init-export-missing = { $file } findes ikke
    .hint = angiv de CSV-filer, jeres værktøjer eksporterede, f.eks. `okr init --from data/*.csv`
init-left-out = advarsel: udelod { $file }: { $problem }
init-unread-at-line = linje { $line }: { $problem }
init-nothing-read = ingen eksport kunne læses: intet skrevet
init-cycle-backwards = perioden slutter ({ $end }), før den begynder ({ $start })
    .hint = byt om på --start og --end
init-cycle-name = { $start } til { $end }
init-cycle-not-quarter = --cycle { $cycle }: angiv et kvartal, f.eks. 2026-Q1
    .hint = angiv --start og --end for andre perioder
init-relative = relativt til denne fil

## okr init: the starter file's comments (`# ` is added) and sample titles.
## TOML keys and values (sum, committed, month, ...) stay English.
init-starter-head =
    okrs.toml: jeres mål og nøgleresultater, som `okr` læser.
    Kør `okr status` i denne mappe; `okr validate` tjekker filen og jeres data.
    Hver nøgle er forklaret i README ("The OKR file").
init-starter-dates = TOML-datoer, begge dage medregnet
init-starter-settings = valgfrit; dette er standardværdierne
init-starter-at-risk = fremdrift / forventet under dette: i risiko
init-starter-off-track = ... under dette: bagud
init-starter-stall = ingen fremdrift i så lang tid: står stille
init-starter-stale = nyeste datapunkt ældre end dette: forældet
init-starter-settle = et vindue yngre end dette er for tidligt at vurdere: for tidligt
init-starter-language = okr's sprog: en, sv, nb, da eller fi (ellers OKR_LANG, ellers engelsk)
init-starter-locale = tal: en-US, sv-SE, nb-NO, da-DK, fi-FI, ... (standard: sprogets)
init-starter-sources =
    Hvor måltallenes værdier kommer fra: CSV-eksporter (skilletegn, decimaltegn og
    datoformat genkendes). Fjern kommentartegnet, og peg på jeres fil:
init-starter-layout = long: date,metric,value[,segment]; wide: en datokolonne + én kolonne per måltal
init-starter-ratio = et forholdstal er sum(numerator) / sum(denominator)
init-starter-id = a-z, 0-9 og -; unikt på tværs af alle filer
init-starter-type = committed (1,0 forventes) eller aspirational (0,7 er godt)
init-starter-manual =
    Et nøgleresultat, der følges op i hånden: `okr checkin survey 3,4` gemmer en
    værdi og dagen, den blev målt (i checkins.csv ved siden af denne fil).
    Før første opfølgning har det ingen data, og det er ikke et nul.
init-starter-milestone =
    En milepæl: færdig eller ej, inden en frist (standard: periodens slutning).
    `okr set launch done=true` markerer den som færdig i dag.
init-starter-metric-kr = Et nøgleresultat på et måltal (fjern kommentartegnet for kilden og måltallene ovenfor):
init-starter-window = cycle (standard) | day | week | month | quarter
init-starter-guardrails = Goodharts modvægt
init-starter-title-pipeline = Byg en pipeline, som salg elsker
init-starter-title-survey = Løft salgsteamets tilfredshedsscore fra 3,1 til 4,0
init-starter-title-launch = Lancér den nye prisside
init-starter-title-mql = Øg MQL'er fra 400 til 900 om måneden

## okr init --from: the comments of the file built from the exports
init-from-head =
    okrs.toml: skrevet af `okr init --from` ud fra jeres eksporter. Ret
    målet til, fjern kommentartegnet for de nøgleresultater, I vil have, og sæt målværdierne,
    og kør så `okr status`. Hver nøgle er forklaret i README ("The OKR file").
init-from-settings = valgfrit; standardværdierne:
init-from-locale = talformat: sv-SE, nb-NO, da-DK, fi-FI, ...
init-from-sources = Hvor værdierne kommer fra: én kilde per eksport.
init-from-read-as = { $file }: { $encoding }, { $layout } ({ $shape }), datoer i `{ $date_column }` som { $date_format }
init-from-wide-shape = en datokolonne og én kolonne per måltal
init-from-rows = { $n ->
    [one] { $rows } række
   *[other] { $rows } rækker
}, { $span }
init-from-span = { $first } til { $last }
init-from-no-dates = ingen daterede rækker
init-from-ends-before = data slutter { $date }, før perioden: eksportér igen, mens perioden løber
init-from-starts-after = data begynder { $date }, efter perioden
init-from-title-lines = { $n ->
    [one] { $lines } titellinje over kolonneoverskrifterne springes over (læseren finder den)
   *[other] { $lines } titellinjer over kolonneoverskrifterne springes over (læseren finder dem)
}
init-from-other-table = ikke læst: tabel { $number }{ $title } på linje { $line } (`table = { $number }` læser den)
init-from-reader-note = læseren: { $note }
init-from-options = Som læseren genkendte dem, skrevet ud, så filen læses ens overalt:
init-from-date-format-kept =
    datoer genkendt som { $format }: læserens egen tolkning læser dem
    (sæt kun `date_format`, hvis den gætter forkert)
init-from-no-metric = ingen kolonne med tal blev fundet i den: intet måltal læser den endnu
init-from-unread = { $file } blev ikke læst og er udeladt: { $problem }
init-from-metrics = Ét måltal per kolonne med tal (lange filer: per måltalsnavn).
init-from-sum = summeres over nøgleresultatets vindue
init-from-count = et antal: summeres over nøgleresultatets vindue
init-from-avg = en rate eller et gennemsnit: gennemsnittet over dagene (et forholdstal af to antal er eksakt)
init-from-percent = cellerne har `%`: vises i procent
init-from-currency = et beløb i { $unit }
init-from-ratio = { $numerator } / { $denominator } ligner en rate; et forholdstal er sum(numerator) / sum(denominator):
init-from-objective = Jeres mål: det, der skal være sandt, når perioden slutter.
init-from-objective-title = Skriv målet: det, der skal være sandt, når perioden slutter
init-from-key-results =
    Ét nøgleresultat per måltal: fjern kommentartegnet for dem, I vil have, og sæt `target`.
    `start` er måltallets værdi i { $period }, den sidste hele måned før perioden.
init-from-kr-title = { $name } per måned: fra { $start } til målværdien
init-from-kr-title-no-start = { $name } per måned: til målværdien
init-from-kr-start = værdien i { $period }
init-from-kr-no-start = filen har ingen hel måned før perioden: sæt startværdien
init-from-kr-target = sæt den (start == target er en fejl)

## --help: every command's about (.after: the text after the options),
## every argument's help (help-arg-X: global or shared; help-CMD-arg-X: one
## command's). English is clap's own text and is never replaced.
help-okr = OKR'er og et nordstjernemåltal fra TOML- og CSV-eksporter: tal, alle kan stole på
    .after =
        Afslutningskoder: 0 alt er i orden; 1 `okr check` fandt nøgleresultater, der ikke holder;
        2 forkert brug, fejl i konfigurationen eller i data (meddelelsen siger hvor og hvorfor).

        Dokumentation: README.md; filformatet: `okr init` skriver en kommenteret startfil.
help-status = Træet: nordstjerne, mål og nøgleresultater med fremdrift, tempo og status
    .after =
        Eksempler:
          okr status                                  træet, pr. i dag
          okr status -c okrs.example.toml --as-of 2026-11-20
          okr status --owner marketing --format markdown
          okr status --objective pipeline --format json | jq .
          okr status --since 7d                       hvad der har flyttet sig i denne uge
help-status-arg-group-by = Gruppér mål efter et tagpræfiks, f.eks. `tag:flywheel` for flywheel:attract, flywheel:engage, ...
help-status-arg-since = Tilføj kolonnen Ændring: ændringen i værdi og fremdrift siden denne dag (ÅÅÅÅ-MM-DD, eller 7d / 2w før as-of-datoen)
help-check = CI-spærren: afslutningskode 1, når et nøgleresultat er bagud, står stille eller bryder en værnegrænse
    .after =
        Eksempler:
          okr check                                   fejler ved off-track, stalled, guardrail-breached
          okr check --fail-on off-track,stale --warn-on at-risk
          okr check --format junit > okr-junit.xml    til testoversigter i CI
          okr check --format github                   anmærkninger i GitHub Actions
help-check-arg-fail-on = Statusser, der får tjekket til at fejle (og `stale`), kommasepareret [standard: [check] fail_on, ellers off-track,stalled,guardrail-breached]
help-check-arg-warn-on = Statusser, der meldes som advarsler uden at fejle [standard: [check] warn_on, ellers at-risk,stale]
help-report = Kvartalsgennemgangen: Markdown til wikien, eller én HTML-fil, der kan printes
    .after =
        Eksempler:
          okr report                                   gennemgangen som Markdown, på stdout
          okr report -o review.html                    HTML til print (formatet følger filendelsen)
          okr report --format markdown --emoji > REVIEW.md
          okr report -c okrs.example.toml --as-of 2026-11-20 -o review.html --force
          okr report --since 2026-11-01 --owner marketing -o marketing.html

        Print HTML-filen fra en browser (Ctrl+P / Cmd+P): A4 eller Letter, én side per
        mål efter resuméet; eller uden vindue:
          chromium --headless --no-pdf-header-footer --print-to-pdf=review.pdf review.html
help-report-arg-format = Outputformat [standard: efter -o-filens endelse, ellers markdown]
help-report-arg-output = Skriv gennemgangen til denne fil (hel eller slet ikke) i stedet for stdout
help-report-arg-force = Erstat -o-filen, hvis den findes
help-report-arg-since = »Hvad der har flyttet sig« måles fra denne dag (ÅÅÅÅ-MM-DD) [standard: periodens start]
help-report-arg-emoji = Markdown: sæt en statusemoji foran hver status
help-north-star = Nordstjernen, dens drivende måltal og værnemåltal per periode, med trend og det nødvendige tempo
    .after =
        Eksempler:
          okr north-star                         per nordstjernens interval over perioden
          okr nsm --last 4                       de seneste fire perioder
          okr nsm --grain month --format csv     per måned, til et regneark
help-north-star-arg-grain = Perioder af denne længde [standard: nordstjernens egen]
help-north-star-arg-last = Kun de seneste N perioder
help-show = Ét nøgleresultat eller mål i dybden: tal, hvorfor, hvordan det beregnes, et diagram
    .after =
        Eksempler:
          okr show sqls-q4                            et nøgleresultat: tal, hvorfor, diagram
          okr show pipeline                           et mål og alt under det
          okr show mql-monthly -c okrs.example.toml --as-of 2026-11-20
          okr show sqls-q4 --format json | jq .history.points
help-show-arg-id = Id'et for et nøgleresultat eller et mål
help-digest = Ugeopdateringen som chatbesked: tekst, Markdown, Slack eller Teams
    .after =
        Eksempler:
          okr digest                              hvad der har flyttet sig i denne uge, som tekst
          okr digest --format markdown >> "$GITHUB_STEP_SUMMARY"
          okr digest --format slack | curl -sS -X POST -H 'Content-Type: application/json' \
              --data-binary @- "$SLACK_WEBHOOK_URL"
          okr digest --format teams --since 2026-11-01
help-digest-arg-since = Ændringer siden denne dag: en dato, eller dage eller uger tilbage (7d, 2w)
help-digest-arg-owner = Kun det, denne ansvarlige ejer
help-experiments = Eksperimenter: backloggen efter ICE, det, der kører, sejrs- og nederlagstavlerne
    .after =
        Eksempler:
          okr experiments                       kørende, backloggen efter ICE, sejrs- og nederlagstavler
          okr experiments --format markdown     til noterne fra ugens vækstmøde
          okr experiments --key-result mql-monthly
help-experiments-arg-key-result = Kun eksperimenter rettet mod dette nøgleresultat
help-experiments-arg-owner = Kun eksperimenter, denne ansvarlige ejer
help-experiment = Tilføj, start eller afslut et eksperiment i OKR-filen (bevarer dens kommentarer)
    .after =
        Eksempler:
          okr experiment add gated-ebook --title "Gate the pricing e-book" \
              --key-result mql-monthly --impact 7 --confidence 5 --ease 8 \
              --metric mqls --expected-lift 0.2 --hypothesis "Lifts MQLs 20%"
          okr experiment start gated-ebook                 status running, start i dag
          okr experiment finish gated-ebook lost --learning "Few were called"
help-experiment-add = Tilføj et eksperiment (en idé) til OKR-filen
help-experiment-add-arg-id = Det nye eksperiments id (a-z, 0-9 og -)
help-experiment-add-arg-key-results = Et nøgleresultat, det skal flytte (gentag for flere)
help-experiment-add-arg-impact = ICE: effekt 1-10
help-experiment-add-arg-confidence = ICE: tiltro 1-10
help-experiment-add-arg-ease = ICE: lethed 1-10
help-experiment-add-arg-metric = Måltallet, der måles over eksperimentets datoer
help-experiment-add-arg-expected-lift = Den forventede relative ændring (0.2 er +20 %)
help-experiment-add-arg-file = Filen, det skal tilføjes til [standard: hovedfilen med OKR'er]
help-experiment-start = Markér et eksperiment som kørende fra en dag (standard i dag)
help-experiment-start-arg-date = Eksperimentets første dag [standard: i dag]
help-experiment-finish = Afslut et eksperiment som won, lost eller inconclusive
help-experiment-finish-arg-outcome = Udfaldet
help-experiment-finish-arg-date = Eksperimentets sidste dag [standard: i dag]
help-experiment-finish-arg-learning = Hvad teamet lærte (et mislykket eksperiment er også data)
help-checkin = Registrér et manuelt nøgleresultats værdi (eller at en milepæl er færdig) i checkins.csv
    .after =
        Eksempler:
          okr checkin brand-survey 3.6                   dagens værdi
          okr checkin brand-survey 3,6 --date 2026-02-10 --note "panel of 400"
          okr checkin new-site --done --date 2026-02-20  en milepæl, færdig den dag
          okr checkin brand-survey                       spørger efter værdien (i en terminal)
          okr checkin mql-monthly --confidence 6 --note "the webinar moved to March"
                                                         alle nøgleresultater: hvor sikker du er, med dine egne ord
          okr checkin --all --owner marketing            ugens opfølgning: spørger for hvert nøgleresultat

        Rækken skrives i checkins.csv ved siden af OKR-filen (date, key_result, value,
        note, author, confidence); `okr log` viser dem, `okr status` regner med dem.
help-checkin-arg-id = Nøgleresultatets id
help-checkin-arg-all = Gå alle nøgleresultater (for --owner) igennem i en terminal, og spørg efter værdi, tiltro og note for hvert
help-checkin-arg-owner = Med --all: kun de nøgleresultater, denne ansvarlige ejer (egne eller via sit mål)
help-checkin-arg-value = Den målte værdi (3.4, 3,4 og 1 234,5 læses alle); spørges der efter i en terminal, når den udelades
help-checkin-arg-done = Markér en milepæl som færdig
help-checkin-arg-date = Dagen, værdien blev målt (ÅÅÅÅ-MM-DD) [standard: i dag]
help-checkin-arg-note = En note til historikken (`okr log`), opsummeringen og gennemgangen
help-checkin-arg-confidence = Hvor sikker du er på, at nøgleresultatet nås, 1-10; alle nøgleresultater tager en, med eller uden værdi
help-log = Historikken over opfølgninger, med noter og forfattere
    .after =
        Eksempler:
          okr log                          alle opfølgninger, ældste først
          okr log brand-survey             ét nøgleresultats
          okr log pipeline                 nøgleresultaterne for ét mål
          okr log --format csv > history.csv
help-log-arg-id = Kun dette nøgleresultat (eller nøgleresultaterne for dette mål)
help-set = Ret OKR-filen på stedet (f.eks. target=950), og bevar kommentarer og layout
    .after =
        Eksempler:
          okr set mql-monthly target=950
          okr set brand-survey current=3.6 updated=2026-02-10
          okr set pipeline owner=growth weight=2
          okr set new-site due=2026-03-15 title="Launch the new website"

        Tal forbliver tal, datoer forbliver TOML-datoer, tekst sættes i anførselstegn. Hele
        konfigurationen valideres med ændringen, før noget skrives; filen
        bevarer alle kommentarer og sit layout.
help-set-arg-id = Id'et for et nøgleresultat, mål eller eksperiment
help-set-arg-assignments = Det, der skal sættes, f.eks. target=950
help-validate = Tjek OKR-filen og måltalsfilerne; rapportér alle fundne problemer
    .after =
        Eksempler:
          okr validate                       den okrs.toml, der findes herfra
          okr validate -c okrs.example.toml
help-sources = Hvordan hver kilde blev læst: tegnkodning, skilletegn, decimaltegn, datoer, oversprungne rækker
    .after =
        Eksempler:
          okr sources                         alle kilder i den okrs.toml, der findes herfra
          okr sources --source ga4            én kilde
          okr sources --format json | jq '.sources[] | {"{"}name, date_column, header_line{"}"}'

        Afslutningskoder: 0 alle kilder blev læst; 2 en kilde (eller OKR-filen) kunne ikke
        læses: meddelelsen siger hvor, og tippet nævner den indstilling, der skal sættes.
help-sources-arg-source = Kun denne kilde (dens `name` under `[[sources]]`)
help-metrics = Måltallene i kilderne: rækker, manglende værdier, datoer, filer, og hvem der bruger dem
    .after =
        Eksempler:
          okr metrics                      alle måltal i alle kilder, og hvem der bruger dem
          okr metrics --format json | jq '.not_found'
          okr metrics --format csv > metrics.csv
help-close = Luk perioden: skriv dens sluttal, karakterer og læringer til <cycle>.review.json
    .after =
        Eksempler:
          okr close                          på eller efter periodens sidste dag
          okr close --as-of 2026-12-31       posten pr. sidste dag, uanset hvornår du kører den
          okr close --force                  luk tidligt (tal pr. i dag), eller skriv posten igen

        Posten rummer træet pr. periodens sidste dag: værdier, fremdrift,
        karakterer, statusser og eksperimenterne med deres læringer. Commit den: `okr
        status` læser den, når eksporterne er væk, `okr history` sammenligner perioder.
help-close-arg-force = Luk før periodens sidste dag, eller erstat en eksisterende post
help-next = Gør OKR-filerne til næste periodes: færdige nøgleresultater udgår, resten føres videre
    .after =
        Eksempler:
          okr close && okr next 2027-Q1 --start 2027-01-01 --end 2027-03-31
          okr next 2027-Q1 --start 2027-01-01 --end 2027-03-31 --dry-run   diffen, intet skrives

        Færdige nøgleresultater udgår; ufærdige bliver med `start` sat til deres
        slutværdi og en kommentar om det; afsluttede eksperimenter udgår (deres
        læringer står i den lukkede periodes post).
help-next-arg-name = Navnet på næste periode, f.eks. 2027-Q1
help-next-arg-start = Dens første dag
help-next-arg-end = Dens sidste dag
help-next-arg-dry-run = Vis diffen for hver fil; skriv intet
help-next-arg-force = Fortsæt, selvom den nuværende periode endnu ikke har en post (`okr close`)
help-history = Karakterer og nordstjernen over de lukkede perioder (deres .review.json-poster)
    .after =
        Eksempler:
          okr history                    alle lukkede perioder ved siden af OKR-filen
          okr history --format json      til et dashboard
help-init = Skriv en kommenteret startfil okrs.toml, eller en bygget ud fra jeres eksporter med --from (overskriver aldrig uden --force)
    .after =
        Eksempler:
          okr init                            skriver ./okrs.toml for det aktuelle kvartal
          okr init team.toml --force          erstatter team.toml
          okr init --from data/*.csv          en kilde og måltal per eksport, nøgleresultater til udfyldning
          okr init --from data/*.csv --cycle 2026-Q1 --dry-run
                                              viser, hvad den ville skrive for det kvartal
          okr init -o team.toml --from data/*.csv
                                              et andet filnavn (FILE... tager alle navne efter --from)
help-init-arg-path = Hvor filen skal skrives
help-init-arg-output = Hvor filen skal skrives (det samme som PATH)
help-init-arg-force = Erstat filen, hvis den findes
help-init-arg-from = Byg filen ud fra disse eksporter (CSV): en kilde per fil, ét måltal per kolonne med tal
help-init-arg-cycle = Perioden, et kvartal som 2026-Q1 [standard: dagens kvartal]
help-init-arg-start = Periodens første dag (med --end)
help-init-arg-end = Periodens sidste dag (med --start)
help-init-arg-dry-run = Vis filen i stedet for at skrive den
help-init-arg-as-of = I dag, for standardperioden (ÅÅÅÅ-MM-DD) [standard: i dag]
help-init-arg-allow-path = Lad eksporterne ligge i DIR, uden for projektet (kan gentages; også OKR_ALLOW_PATHS)
help-completions = Skriv et script til fuldførelse i shellen (bash, zsh, fish, powershell, elvish)
    .after =
        Eksempler:
          okr completions bash > ~/.local/share/bash-completion/completions/okr
          okr completions zsh > "${"{"}fpath[1]{"}"}/_okr"
          okr completions fish > ~/.config/fish/completions/okr.fish
          okr completions powershell >> $PROFILE
          okr completions elvish > ~/.config/elvish/lib/okr.elv
help-completions-arg-shell = Shellen, der skal fuldføres i
help-man = Skriv man-siden (roff), eller skriv én per kommando med --dir (siderne er på engelsk)
    .after =
        Eksempler:
          okr man | man -l -                          læs den nu
          okr man > ~/.local/share/man/man1/okr.1
          okr man --dir ~/.local/share/man/man1       okr.1 plus okr-status.1, okr-check.1, ...
help-man-arg-dir = Skriv én side per kommando (okr.1, okr-status.1, ...) i denne mappe i stedet for at udskrive okr.1

## Arguments every command has, or several share
help-arg-config = OKR-filen [standard: okrs.toml her eller i nærmeste overliggende mappe]
help-arg-as-of = Vurdér pr. denne dag (ÅÅÅÅ-MM-DD) [standard: i dag]
help-arg-color = Hvornår output skal farves (NO_COLOR respekteres med auto)
help-arg-quiet = Skriv kun det, der betyder noget (fejl og brud)
help-arg-verbose = Fortæl på stderr, hvordan hver kilde blev læst (tegnkodninger, oversprungne rækker)
help-arg-allow-path = Lad OKR-filer henvise til filer i DIR også (kan gentages; også OKR_ALLOW_PATHS, `:`-separeret)
help-arg-allow-commands = Lad kilder af typen "command" køre deres programmer (alle, eller kun PROGRAMS, kommasepareret; også OKR_ALLOW_COMMANDS)
help-arg-lang = Sproget for alle ord, mennesker læser: en, sv, nb, da, fi (ellers `[settings] language`, ellers OKR_LANG, ellers engelsk)
help-arg-format = Outputformat
help-arg-owner = Kun mål (og deres nøgleresultater), som denne ansvarlige ejer
help-arg-objective = Kun dette mål og de mål, der er knyttet under det
help-arg-id = Eksperimentets id
help-init-arg-lang = Sproget for kommentarerne og eksempeltitlerne: en, sv, nb, da, fi (ellers OKR_LANG, ellers engelsk); skrives ind i `[settings]`

## clap's own words: the headings, the help flag and subcommand, the
## default and the possible values after an argument's help
help-usage = Brug
    .options = TILVALG
    .command = KOMMANDO
help-heading-commands = Kommandoer
help-heading-arguments = Argumenter
help-heading-options = Tilvalg
help-default = [standard: { $value }]
help-possible-values = [mulige værdier: { $values }]
help-help = Vis denne meddelelse eller hjælpen til de angivne underkommandoer
help-arg-help = Vis hjælp
    .more = Vis hjælp (mere med '--help')
    .summary = Vis hjælp (et resumé med '-h')
help-arg-version = Vis version

## clap's usage errors, sentence by sentence (the values as typed)
help-error-unknown-argument = ukendt argument '{ $arg }'
help-error-pass-as-value = for at give '{ $arg }' som værdi, skriv '-- { $arg }'
help-error-unknown-subcommand = ukendt underkommando '{ $subcommand }'
help-error-value-required = '{ $arg }' kræver en værdi, men ingen blev angivet
help-error-invalid-value = ugyldig værdi '{ $value }' for '{ $arg }'
help-error-missing-required = disse påkrævede argumenter mangler:
help-error-repeated = argumentet '{ $arg }' kan kun bruges én gang
help-error-conflict = argumentet '{ $arg }' kan ikke bruges sammen med '{ $other }'
help-error-conflict-many = argumentet '{ $arg }' kan ikke bruges sammen med:
help-error-too-many = uventet værdi '{ $value }' for '{ $arg }'; der var ikke ventet flere værdier
help-error-missing-subcommand = '{ $command }' kræver en underkommando, men ingen blev angivet
help-error-no-equals = der skal et lighedstegn til, når '{ $arg }' får en værdi
help-error-subcommands = [underkommandoer: { $subcommands }]
help-error-similar-argument = { $n ->
    [one] der findes et lignende argument: { $names }
   *[other] der findes lignende argumenter: { $names }
}
help-error-similar-subcommand = { $n ->
    [one] der findes en lignende underkommando: { $names }
   *[other] der findes lignende underkommandoer: { $names }
}
help-error-similar-value = { $n ->
    [one] der findes en lignende værdi: { $names }
   *[other] der findes lignende værdier: { $names }
}
help-error-tip = tip
help-error-more = Mere information får du med '{ $flag }'.
help-error-date = forventede en dato som ÅÅÅÅ-MM-DD (f.eks. 2026-02-15), `today` eller `yesterday`, men fandt "{ $found }"
help-error-lang = forventede en af { $codes }, men fandt "{ $found }"

## --- end: init-help ---
