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
error-invalid-number = kolumn `{ $column }`: ogiltigt tal "{ $found }"

## --- end: errors-data ---

## --- area: init-help ---

## okr init: what it says on stderr
init-wrote = skrev { $path }: redigera den och kör sedan `okr status -c { $path }`
init-cannot-write-in = kan inte skriva i { $dir }: { $reason }
    .hint = skapa mappen först
init-export-is-directory = { $file } är en mapp
init-export-missing = { $file } finns inte
    .hint = ange CSV-filerna som era verktyg exporterade, t.ex. `okr init --from data/*.csv`
init-left-out = varning: utelämnade { $file }: { $problem }
init-unread-at-line = rad { $line }: { $problem }
init-nothing-read = ingen export kunde läsas: inget skrevs
init-cycle-backwards = perioden slutar ({ $end }) innan den börjar ({ $start })
    .hint = byt plats på --start och --end
init-cycle-name = { $start } till { $end }
init-cycle-not-quarter = --cycle { $cycle }: ange ett kvartal, t.ex. 2026-Q1
    .hint = ange --start och --end för andra perioder
init-relative = relativt den här filen

## okr init: the starter file's comments (`# ` is added) and sample titles.
## TOML keys and values (sum, committed, month, ...) stay English.
init-starter-head =
    okrs.toml: era mål och nyckelresultat, som `okr` läser.
    Kör `okr status` i den här mappen; `okr validate` kontrollerar filen och era data.
    Varje nyckel förklaras i README ("The OKR file").
init-starter-dates = TOML-datum, båda dagarna inräknade
init-starter-settings = valfritt; detta är standardvärdena
init-starter-at-risk = framsteg / förväntat under detta: i riskzonen
init-starter-off-track = ... under detta: efter plan
init-starter-stall = inget framsteg på så här länge: står still
init-starter-stale = nyaste datapunkten äldre än så: inaktuell
init-starter-settle = ett fönster yngre än så är för tidigt att bedöma: för tidigt
init-starter-language = okr:s språk: en, sv, nb, da eller fi (annars OKR_LANG, annars engelska)
init-starter-locale = tal: en-US, sv-SE, nb-NO, da-DK, fi-FI, ... (standard: språkets)
init-starter-sources =
    Varifrån måttens värden kommer: CSV-exporter (avgränsare, decimaltecken och
    datumformat känns igen). Avkommentera och peka på er fil:
init-starter-layout = long: date,metric,value[,segment]; wide: en datumkolumn + en kolumn per mått
init-starter-ratio = en kvot är sum(numerator) / sum(denominator)
init-starter-id = a-z, 0-9 och -; unikt i alla filer
init-starter-type = committed (1,0 förväntas) eller aspirational (0,7 är bra)
init-starter-manual =
    Ett nyckelresultat som stäms av för hand: `okr checkin survey 3,4` sparar ett
    värde och dagen det mättes (i checkins.csv bredvid den här filen).
    Före första avstämningen har det ingen data, vilket inte är en nolla.
init-starter-milestone =
    En milstolpe: klar eller inte, till ett förfallodatum (standard: periodens slut).
    `okr set launch done=true` markerar den som klar i dag.
init-starter-metric-kr = Ett nyckelresultat på ett mått (avkommentera källan och måtten ovan):
init-starter-window = cycle (standard) | day | week | month | quarter
init-starter-guardrails = Goodharts motvikt
init-starter-title-pipeline = Bygg en pipeline som säljarna älskar
init-starter-title-survey = Höj säljarnas nöjdhetsbetyg från 3,1 till 4,0
init-starter-title-launch = Lansera den nya prissidan
init-starter-title-mql = Öka MQL:er från 400 till 900 per månad

## okr init --from: the comments of the file built from the exports
init-from-head =
    okrs.toml: skriven av `okr init --from` utifrån era exporter. Redigera
    målet, avkommentera de nyckelresultat ni vill ha och sätt deras målvärden,
    kör sedan `okr status`. Varje nyckel förklaras i README ("The OKR file").
init-from-settings = valfritt; standardvärdena:
init-from-locale = talformat: sv-SE, nb-NO, da-DK, fi-FI, ...
init-from-sources = Varifrån värdena kommer: en källa per export.
init-from-read-as = { $file }: { $encoding }, { $layout } ({ $shape }), datum i `{ $date_column }` som { $date_format }
init-from-wide-shape = en datumkolumn och en kolumn per mått
init-from-rows = { $n ->
    [one] { $rows } rad
   *[other] { $rows } rader
}, { $span }
init-from-span = { $first } till { $last }
init-from-no-dates = inga daterade rader
init-from-ends-before = data slutar { $date }, före perioden: exportera igen medan perioden pågår
init-from-starts-after = data börjar { $date }, efter perioden
init-from-title-lines = { $n ->
    [one] { $lines } titelrad ovanför kolumnrubrikerna hoppas över (läsaren hittar den)
   *[other] { $lines } titelrader ovanför kolumnrubrikerna hoppas över (läsaren hittar dem)
}
init-from-other-table = inte läst: tabell { $number }{ $title } på rad { $line } (`table = { $number }` läser den)
init-from-reader-note = läsaren: { $note }
init-from-options = Som läsaren kände igen dem, utskrivna så att filen läses likadant överallt:
init-from-date-format-kept =
    datum igenkända som { $format }: läsarens egen tolkning läser dem
    (sätt `date_format` bara om den gissar fel)
init-from-no-metric = ingen kolumn med tal hittades i den: inget mått läser den än
init-from-unread = { $file } lästes inte och är utelämnad: { $problem }
init-from-metrics = Ett mått per kolumn med tal (långa filer: per måttnamn).
init-from-sum = summeras över nyckelresultatets fönster
init-from-count = ett antal: summeras över nyckelresultatets fönster
init-from-avg = en andel eller ett medelvärde: medelvärdet över dagarna (en kvot av två antal är exakt)
init-from-percent = cellerna har `%`: visas i procent
init-from-currency = ett belopp i { $unit }
init-from-ratio = { $numerator } / { $denominator } ser ut som en andel; en kvot är sum(numerator) / sum(denominator):
init-from-objective = Ert mål: det som ska vara sant när perioden slutar.
init-from-objective-title = Skriv målet: det som ska vara sant när perioden slutar
init-from-key-results =
    Ett nyckelresultat per mått: avkommentera dem ni vill ha och sätt `target`.
    `start` är måttets värde i { $period }, sista hela månaden före perioden.
init-from-kr-title = { $name } per månad: från { $start } till målvärdet
init-from-kr-title-no-start = { $name } per månad: till målvärdet
init-from-kr-start = värdet i { $period }
init-from-kr-no-start = filen har ingen hel månad före perioden: ange startvärdet
init-from-kr-target = ange det (start == target är ett fel)

## --help: every command's about (.after: the text after the options),
## every argument's help (help-arg-X: global or shared; help-CMD-arg-X: one
## command's). English is clap's own text and is never replaced.
help-okr = OKR:er och ett nordstjärnemått från TOML- och CSV-exporter: siffror alla kan lita på
    .after =
        Slutkoder: 0 allt är bra; 1 `okr check` hittade nyckelresultat som inte håller;
        2 fel användning, fel i konfigurationen eller i data (meddelandet säger var och varför).

        Dokumentation: README.md; filformatet: `okr init` skriver en kommenterad startfil.
help-status = Trädet: nordstjärna, mål och nyckelresultat med framsteg, takt och status
    .after =
        Exempel:
          okr status                                  trädet, per i dag
          okr status -c okrs.example.toml --as-of 2026-11-20
          okr status --owner marketing --format markdown
          okr status --objective pipeline --format json | jq .
          okr status --since 7d                       vad som rört sig den här veckan
help-status-arg-group-by = Gruppera mål efter ett taggprefix, t.ex. `tag:flywheel` för flywheel:attract, flywheel:engage, ...
help-status-arg-since = Lägg till kolumnen Rörelse: ändringen i värde och framsteg sedan den här dagen (ÅÅÅÅ-MM-DD, eller 7d / 2w före as-of-datumet)
help-check = CI-spärren: slutkod 1 när ett nyckelresultat ligger efter plan, står still eller bryter en skyddsgräns
    .after =
        Exempel:
          okr check                                   fallerar på off-track, stalled, guardrail-breached
          okr check --fail-on off-track,stale --warn-on at-risk
          okr check --format junit > okr-junit.xml    för CI:s testpaneler
          okr check --format github                   anteckningar i GitHub Actions
help-check-arg-fail-on = Statusar som fäller kontrollen (och `stale`), kommaseparerade [standard: [check] fail_on, annars off-track,stalled,guardrail-breached]
help-check-arg-warn-on = Statusar som rapporteras som varningar utan att fälla [standard: [check] warn_on, annars at-risk,stale]
help-report = Kvartalsgenomgången: Markdown för wikin, eller en utskrivbar HTML-fil
    .after =
        Exempel:
          okr report                                   genomgången som Markdown, på stdout
          okr report -o review.html                    utskrivbar HTML (formatet följer filändelsen)
          okr report --format markdown --emoji > REVIEW.md
          okr report -c okrs.example.toml --as-of 2026-11-20 -o review.html --force
          okr report --since 2026-11-01 --owner marketing -o marketing.html

        Skriv ut HTML-filen från en webbläsare (Ctrl+P / Cmd+P): A4 eller Letter, en sida per
        mål efter sammanfattningen; eller utan fönster:
          chromium --headless --no-pdf-header-footer --print-to-pdf=review.pdf review.html
help-report-arg-format = Utdataformat [standard: efter -o-filens ändelse, annars markdown]
help-report-arg-output = Skriv genomgången till den här filen (hel eller inte alls) i stället för stdout
help-report-arg-force = Ersätt -o-filen om den finns
help-report-arg-since = ”Vad som rört sig” mäts från den här dagen (ÅÅÅÅ-MM-DD) [standard: periodens start]
help-report-arg-emoji = Markdown: sätt en statusemoji före varje status
help-north-star = Nordstjärnan, dess drivande mått och skyddsmått per period, med trend och takt som krävs
    .after =
        Exempel:
          okr north-star                         per nordstjärnans intervall över perioden
          okr nsm --last 4                       de fyra senaste perioderna
          okr nsm --grain month --format csv     per månad, för ett kalkylark
help-north-star-arg-grain = Perioder av den här längden [standard: nordstjärnans egen]
help-north-star-arg-last = Bara de N senaste perioderna
help-show = Ett nyckelresultat eller mål på djupet: siffror, varför, hur det räknas, ett diagram
    .after =
        Exempel:
          okr show sqls-q4                            ett nyckelresultat: siffror, varför, diagram
          okr show pipeline                           ett mål och allt under det
          okr show mql-monthly -c okrs.example.toml --as-of 2026-11-20
          okr show sqls-q4 --format json | jq .history.points
help-show-arg-id = Id för ett nyckelresultat eller ett mål
help-digest = Veckouppdateringen som chattmeddelande: text, Markdown, Slack eller Teams
    .after =
        Exempel:
          okr digest                              vad som rört sig den här veckan, som text
          okr digest --format markdown >> "$GITHUB_STEP_SUMMARY"
          okr digest --format slack | curl -sS -X POST -H 'Content-Type: application/json' \
              --data-binary @- "$SLACK_WEBHOOK_URL"
          okr digest --format teams --since 2026-11-01
help-digest-arg-since = Ändringar sedan den här dagen: ett datum, eller dagar eller veckor bakåt (7d, 2w)
help-digest-arg-owner = Bara det som den här ansvarige äger
help-experiments = Experiment: backloggen efter ICE, det som pågår, vinst- och förlusttavlorna
    .after =
        Exempel:
          okr experiments                       pågående, backloggen efter ICE, vinst- och förlusttavlor
          okr experiments --format markdown     för anteckningarna från veckans tillväxtmöte
          okr experiments --key-result mql-monthly
help-experiments-arg-key-result = Bara experiment som siktar på det här nyckelresultatet
help-experiments-arg-owner = Bara experiment som den här ansvarige äger
help-experiment = Lägg till, starta eller avsluta ett experiment i OKR-filen (behåller dess kommentarer)
    .after =
        Exempel:
          okr experiment add gated-ebook --title "Gate the pricing e-book" \
              --key-result mql-monthly --impact 7 --confidence 5 --ease 8 \
              --metric mqls --expected-lift 0.2 --hypothesis "Lifts MQLs 20%"
          okr experiment start gated-ebook                 status running, start i dag
          okr experiment finish gated-ebook lost --learning "Few were called"
help-experiment-add = Lägg till ett experiment (en idé) i OKR-filen
help-experiment-add-arg-id = Det nya experimentets id (a-z, 0-9 och -)
help-experiment-add-arg-key-results = Ett nyckelresultat som det ska flytta (upprepa för flera)
help-experiment-add-arg-impact = ICE: effekt 1-10
help-experiment-add-arg-confidence = ICE: tilltro 1-10
help-experiment-add-arg-ease = ICE: enkelhet 1-10
help-experiment-add-arg-metric = Måttet att mäta under experimentets datum
help-experiment-add-arg-expected-lift = Den relativa förändring som väntas (0.2 är +20 %)
help-experiment-add-arg-file = Filen att lägga till det i [standard: huvudfilen för OKR:er]
help-experiment-start = Markera att ett experiment pågår från en dag (standard i dag)
help-experiment-start-arg-date = Experimentets första dag [standard: i dag]
help-experiment-finish = Avsluta ett experiment som won, lost eller inconclusive
help-experiment-finish-arg-outcome = Utfallet
help-experiment-finish-arg-date = Experimentets sista dag [standard: i dag]
help-experiment-finish-arg-learning = Vad teamet lärde sig (ett misslyckat experiment är också data)
help-checkin = Registrera ett manuellt nyckelresultats värde (eller att en milstolpe är klar) i checkins.csv
    .after =
        Exempel:
          okr checkin brand-survey 3.6                   dagens värde
          okr checkin brand-survey 3,6 --date 2026-02-10 --note "panel of 400"
          okr checkin new-site --done --date 2026-02-20  en milstolpe, klar den dagen
          okr checkin brand-survey                       frågar efter värdet (i en terminal)
          okr checkin mql-monthly --confidence 6 --note "the webinar moved to March"
                                                         alla nyckelresultat: hur säker du är, med egna ord
          okr checkin --all --owner marketing            veckans avstämning: frågar för varje nyckelresultat

        Raden hamnar i checkins.csv bredvid OKR-filen (date, key_result, value,
        note, author, confidence); `okr log` visar dem, `okr status` räknar med dem.
help-checkin-arg-id = Nyckelresultatets id
help-checkin-arg-all = Gå igenom alla nyckelresultat (för --owner) i en terminal och fråga efter värde, tilltro och anteckning för vart och ett
help-checkin-arg-owner = Med --all: bara nyckelresultat som den här ansvarige äger (egna eller via sitt mål)
help-checkin-arg-value = Det uppmätta värdet (3.4, 3,4 och 1 234,5 läses alla); efterfrågas i en terminal om det utelämnas
help-checkin-arg-done = Markera en milstolpe som klar
help-checkin-arg-date = Dagen då värdet mättes (ÅÅÅÅ-MM-DD) [standard: i dag]
help-checkin-arg-note = En anteckning för historiken (`okr log`), sammanfattningen och genomgången
help-checkin-arg-confidence = Hur säker du är på att nyckelresultatet nås, 1-10; alla nyckelresultat tar en, med eller utan värde
help-log = Historiken över avstämningar, med anteckningar och författare
    .after =
        Exempel:
          okr log                          alla avstämningar, äldst först
          okr log brand-survey             ett nyckelresultats
          okr log pipeline                 nyckelresultaten för ett mål
          okr log --format csv > history.csv
help-log-arg-id = Bara det här nyckelresultatet (eller nyckelresultaten för det här målet)
help-set = Ändra OKR-filen på plats (t.ex. target=950) och behåll kommentarer och layout
    .after =
        Exempel:
          okr set mql-monthly target=950
          okr set brand-survey current=3.6 updated=2026-02-10
          okr set pipeline owner=growth weight=2
          okr set new-site due=2026-03-15 title="Launch the new website"

        Tal förblir tal, datum förblir TOML-datum, text sätts inom citattecken. Hela
        konfigurationen valideras med ändringen innan något skrivs; filen
        behåller alla kommentarer och sin layout.
help-set-arg-id = Id för ett nyckelresultat, mål eller experiment
help-set-arg-assignments = Det som ska sättas, t.ex. target=950
help-validate = Kontrollera OKR-filen och måttfilerna; rapportera alla problem som hittas
    .after =
        Exempel:
          okr validate                       den okrs.toml som hittas härifrån
          okr validate -c okrs.example.toml
help-sources = Hur varje källa lästes: teckenkodning, avgränsare, decimaltecken, datum, överhoppade rader
    .after =
        Exempel:
          okr sources                         alla källor i den okrs.toml som hittas härifrån
          okr sources --source ga4            en källa
          okr sources --format json | jq '.sources[] | {"{"}name, date_column, header_line{"}"}'

        Slutkoder: 0 alla källor lästes; 2 en källa (eller OKR-filen) kunde inte
        läsas: meddelandet säger var, och tipset nämner inställningen att sätta.
help-sources-arg-source = Bara den här källan (dess `name` under `[[sources]]`)
help-metrics = Måtten som finns i källorna: rader, saknade värden, datum, filer och vem som använder dem
    .after =
        Exempel:
          okr metrics                      alla mått i alla källor, och vem som använder dem
          okr metrics --format json | jq '.not_found'
          okr metrics --format csv > metrics.csv
help-close = Stäng perioden: skriv dess slutsiffror, betyg och lärdomar till <cycle>.review.json
    .after =
        Exempel:
          okr close                          på eller efter periodens sista dag
          okr close --as-of 2026-12-31       posten per sista dagen, när du än kör det
          okr close --force                  stäng tidigt (siffror per i dag), eller skriv posten igen

        Posten rymmer trädet per periodens sista dag: värden, framsteg,
        betyg, statusar och experimenten med sina lärdomar. Checka in den: `okr
        status` läser den när exporterna är borta, `okr history` jämför perioder.
help-close-arg-force = Stäng före periodens sista dag, eller ersätt en befintlig post
help-next = Gör om OKR-filerna till nästa periods: klara nyckelresultat lämnar, resten följer med
    .after =
        Exempel:
          okr close && okr next 2027-Q1 --start 2027-01-01 --end 2027-03-31
          okr next 2027-Q1 --start 2027-01-01 --end 2027-03-31 --dry-run   diffen, inget skrivs

        Klara nyckelresultat lämnar; oavslutade stannar med `start` satt till sitt
        slutvärde och en kommentar om det; avslutade experiment lämnar (deras
        lärdomar finns i den stängda periodens post).
help-next-arg-name = Nästa periods namn, t.ex. 2027-Q1
help-next-arg-start = Dess första dag
help-next-arg-end = Dess sista dag
help-next-arg-dry-run = Skriv ut diffen för varje fil; skriv ingenting
help-next-arg-force = Fortsätt trots att nuvarande period ännu saknar post (`okr close`)
help-history = Betyg och nordstjärnan över de stängda perioderna (deras .review.json-poster)
    .after =
        Exempel:
          okr history                    alla stängda perioder bredvid OKR-filen
          okr history --format json      för en dashboard
help-init = Skriv en kommenterad startfil okrs.toml, eller en byggd från era exporter med --from (skriver aldrig över utan --force)
    .after =
        Exempel:
          okr init                            skriver ./okrs.toml för innevarande kvartal
          okr init team.toml --force          ersätter team.toml
          okr init --from data/*.csv          en källa och mått per export, nyckelresultat att fylla i
          okr init --from data/*.csv --cycle 2026-Q1 --dry-run
                                              skriver ut vad den skulle skriva för det kvartalet
          okr init -o team.toml --from data/*.csv
                                              ett annat filnamn (FILE... tar alla namn efter --from)
help-init-arg-path = Var filen ska skrivas
help-init-arg-output = Var filen ska skrivas (samma som PATH)
help-init-arg-force = Ersätt filen om den finns
help-init-arg-from = Bygg filen från de här exporterna (CSV): en källa per fil, ett mått per kolumn med tal
help-init-arg-cycle = Perioden, ett kvartal som 2026-Q1 [standard: dagens kvartal]
help-init-arg-start = Periodens första dag (med --end)
help-init-arg-end = Periodens sista dag (med --start)
help-init-arg-dry-run = Skriv ut filen i stället för att skriva den
help-init-arg-as-of = I dag, för standardperioden (ÅÅÅÅ-MM-DD) [standard: i dag]
help-init-arg-allow-path = Låt exporterna ligga i DIR, utanför projektet (kan upprepas; även OKR_ALLOW_PATHS)
help-completions = Skriv ut ett skript för kompletteringar i skalet (bash, zsh, fish, powershell, elvish)
    .after =
        Exempel:
          okr completions bash > ~/.local/share/bash-completion/completions/okr
          okr completions zsh > "${"{"}fpath[1]{"}"}/_okr"
          okr completions fish > ~/.config/fish/completions/okr.fish
          okr completions powershell >> $PROFILE
          okr completions elvish > ~/.config/elvish/lib/okr.elv
help-completions-arg-shell = Skalet att komplettera i
help-man = Skriv ut manualsidan (roff), eller skriv en per kommando med --dir (sidorna är på engelska)
    .after =
        Exempel:
          okr man | man -l -                          läs den nu
          okr man > ~/.local/share/man/man1/okr.1
          okr man --dir ~/.local/share/man/man1       okr.1 plus okr-status.1, okr-check.1, ...
help-man-arg-dir = Skriv en sida per kommando (okr.1, okr-status.1, ...) i den här mappen i stället för att skriva ut okr.1

## Arguments every command has, or several share
help-arg-config = OKR-filen [standard: okrs.toml här eller i närmaste överliggande mapp]
help-arg-as-of = Utvärdera per den här dagen (ÅÅÅÅ-MM-DD) [standard: i dag]
help-arg-color = När utdata ska färgas (NO_COLOR respekteras med auto)
help-arg-quiet = Skriv bara ut det som spelar roll (fel och underkända)
help-arg-verbose = Berätta på stderr hur varje källa lästes (teckenkodningar, överhoppade rader)
help-arg-allow-path = Låt OKR-filer peka på filer i DIR också (kan upprepas; även OKR_ALLOW_PATHS, `:`-separerade)
help-arg-allow-commands = Låt källor av typen "command" köra sina program (alla, eller bara PROGRAMS, kommaseparerade; även OKR_ALLOW_COMMANDS)
help-arg-lang = Språket för alla ord som människor läser: en, sv, nb, da, fi (annars `[settings] language`, annars OKR_LANG, annars engelska)
help-arg-format = Utdataformat
help-arg-owner = Bara mål (och deras nyckelresultat) som den här ansvarige äger
help-arg-objective = Bara det här målet och målen som är kopplade under det
help-arg-id = Experimentets id
help-init-arg-lang = Språket för kommentarerna och exempeltitlarna: en, sv, nb, da, fi (annars OKR_LANG, annars engelska); skrivs in i `[settings]`

## clap's own words: the headings, the help flag and subcommand, the
## default and the possible values after an argument's help
help-usage = Användning
    .options = FLAGGOR
    .command = KOMMANDO
help-heading-commands = Kommandon
help-heading-arguments = Argument
help-heading-options = Flaggor
help-default = [standard: { $value }]
help-possible-values = [möjliga värden: { $values }]
help-help = Skriv ut det här meddelandet eller hjälpen för de angivna underkommandona
help-arg-help = Visa hjälpen
    .more = Visa hjälpen (mer med '--help')
    .summary = Visa hjälpen (en sammanfattning med '-h')
help-arg-version = Visa versionen

## clap's usage errors, sentence by sentence (the values as typed)
help-error-unknown-argument = okänt argument '{ $arg }'
help-error-pass-as-value = för att ge '{ $arg }' som värde, skriv '-- { $arg }'
help-error-unknown-subcommand = okänt underkommando '{ $subcommand }'
help-error-value-required = '{ $arg }' behöver ett värde, men inget angavs
help-error-invalid-value = ogiltigt värde '{ $value }' för '{ $arg }'
help-error-missing-required = följande obligatoriska argument saknas:
help-error-repeated = argumentet '{ $arg }' kan bara anges en gång
help-error-conflict = argumentet '{ $arg }' kan inte användas tillsammans med '{ $other }'
help-error-conflict-many = argumentet '{ $arg }' kan inte användas tillsammans med:
help-error-too-many = oväntat värde '{ $value }' för '{ $arg }'; inga fler värden väntades
help-error-missing-subcommand = '{ $command }' behöver ett underkommando, men inget angavs
help-error-no-equals = ett likhetstecken behövs när '{ $arg }' får ett värde
help-error-subcommands = [underkommandon: { $subcommands }]
help-error-similar-argument = { $n ->
    [one] det finns ett liknande argument: { $names }
   *[other] det finns liknande argument: { $names }
}
help-error-similar-subcommand = { $n ->
    [one] det finns ett liknande underkommando: { $names }
   *[other] det finns liknande underkommandon: { $names }
}
help-error-similar-value = { $n ->
    [one] det finns ett liknande värde: { $names }
   *[other] det finns liknande värden: { $names }
}
help-error-tip = tips
help-error-more = Mer information får du med '{ $flag }'.
help-error-date = ett datum som ÅÅÅÅ-MM-DD (t.ex. 2026-02-15), `today` eller `yesterday` väntades, men det stod "{ $found }"
help-error-lang = ett av { $codes } väntades, men det stod "{ $found }"

## --- end: init-help ---
