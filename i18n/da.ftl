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

## okr status: tabellen, bundteksten og Markdown-formen (st-), cellerne
## som alle formater til mennesker deler (cell-)
st-no-objectives = Ingen mål.
st-trend = trend { $line }
st-col-key-result = Nøgleresultat
st-col-value = Værdi
st-col-target = Målværdi
st-col-progress = Fremdrift
st-col-expected = Forventet
st-col-forecast = Prognose
st-col-confidence = Tiltro
st-col-moved = Ændring
st-col-status = Status
st-progress-bar = Fremdriftsbjælke
st-stale = (forældet)
st-partial = * delvis: perioden er ikke slut, værdien indtil nu
st-as-of = pr. { $date }
st-left-out = ({ $n ->
    [one] { $n } kolonne udeladt
   *[other] { $n } kolonner udeladt
} for at passe i { $width } kolonner: { $columns })
st-group-untagged = intet { $prefix }-tag
st-md-title = OKR-status — { $cycle } (pr. { $date })
st-md-cycle = Periode { $start } – { $end }, { $state }.
st-md-partial = * Perioden er ikke slut endnu: værdien indtil nu.
st-md-north-star = Nordstjerne: { $name }
st-md-period = Periode
st-md-before-cycle = før perioden
st-md-input = Drivende måltal
st-md-previous = Forrige
st-md-change = Ændring
st-md-trend = Trend pr. { $grain ->
    [day] dag
    [week] uge
    [month] måned
   *[quarter] kvartal
}: { $line }
st-md-core-action = Kernehandling: { $action }
st-md-core-action-every = Kernehandling: { $action }, hver { $every }
st-md-owner = Ansvarlig: { $owner }
st-md-progress = fremdrift { $share }
st-md-grade = karakter { $grade }
st-md-no-key-results = Ingen nøgleresultater endnu.
cell-milestone-done = færdig
cell-milestone-not-done = ikke færdig
cell-cycle-ended = perioden er slut
cell-elapsed = { $share } gået
cell-closed = { $state }, lukket { $date } ({ $record })
cell-run-rate = tempo { $rate }
cell-run-rate-scaled = tempo { $rate } ({ $value } på { $days ->
    [one] { $days } dag
   *[other] { $days } dage
}, skaleret til hele perioden)
cell-below-min = < min { $bound }
cell-above-max = > maks { $bound }
cell-min = min { $bound }
cell-max = maks { $bound }
cell-period = { $grain ->
    [day] dag
    [week] uge
    [month] måned
   *[quarter] kvartal
} { $dates }
cell-so-far = { $name }, indtil nu
cell-no-data = ingen data
cell-before-cycle = før perioden
cell-week-of = ugen fra { $date }
cell-month-year = { $month } { $year }
cell-experiments = ⚗ eksperimenter: { $list }
cell-exp-running = { $n } kører
cell-exp-won = { $n } lykkedes
cell-exp-lost = { $n } mislykkedes
cell-exp-inconclusive = { $n ->
    [one] { $n } uafklaret
   *[other] { $n } uafklarede
}
cell-exp-ideas = { $n } i backloggen
cell-no-running-experiment = ⚑ ingen kørende eksperimenter
cell-grain-so-far = ({ $grain ->
    [day] dagen
    [week] ugen
    [month] måneden
   *[quarter] kvartalet
} indtil nu)
cell-new = ny

## Begrundelser og sætninger om værnemåltal, til alle visninger (reason-).
## JSON beholder de engelske. $grain er day, week, month eller quarter;
## $heading er forecast eller run-rate.
reason-finding-value = værdi { $value }
reason-finding-value-run-rate = værdi { $value } indtil nu, { $rate }
reason-finding-target = målværdi { $target }
reason-finding-expected = forventet { $value } nu
reason-finding-newest = nyeste datapunkt { $date }
reason-finding-stale-since = forældet: nyeste datapunkt er fra { $date }
reason-finding-stale = forældet
reason-breach-below = værnemåltallet `{ $metric }` er { $value }, under værnegrænsen min { $bound } (med { $by })
reason-breach-above = værnemåltallet `{ $metric }` er { $value }, over værnegrænsen maks { $bound } (med { $by })
reason-breach = værnemåltallet `{ $metric }` har brudt værnegrænsen
reason-too-early = for tidligt at vurdere: vinduet har kørt { $run } af de { $needs } { $n ->
    [one] dag
   *[other] dage
} det kræver (settle_days)
reason-run-rate = (tempo { $rate } ud fra { $summed } indtil nu)
reason-reached = nåede målværdien { $target } ({ $progress })
reason-at-target = på målværdien { $target } ({ $progress }), ikke endeligt: værdien kan stadig ændre sig, indtil vinduet slutter
reason-no-progress-since = ingen fremdrift siden { $date } ({ $then } da, { $now } nu) og under det forventede { $expected }
reason-no-progress-previous = ingen fremdrift i forrige { $grain ->
    [day] dag
    [week] uge
    [month] måned
   *[quarter] kvartal
} ({ $then } da, { $now } nu) og under det forventede { $expected }
reason-pace-nothing-expected = fremdrift { $progress } og intet forventet endnu
reason-pace-below-expected = fremdrift { $progress } er under det forventede { $expected }
reason-pace-on-track = fremdrift { $progress } er { $ratio } af det forventede { $expected }
reason-pace-at-risk = fremdrift { $progress } er { $ratio } af det forventede { $expected } (i risiko under { $below })
reason-pace-off-track = fremdrift { $progress } er { $ratio } af det forventede { $expected } (bagud under { $below })
reason-against-at-least = { $value } { $sign } { $limit } (mindst { $limit })
reason-against-at-most = { $value } { $sign } { $limit } (højst { $limit })
reason-so-far = { $now } indtil nu
reason-threshold-summed = { $now } (tempo, { $summed } summeret)
reason-over-budget = { $now }: over budget
reason-breaks = { $now }, men { $heading ->
    [forecast] prognosen
   *[run-rate] tempoet
} { $value } bryder grænsen
reason-threshold-reached = { $now }: nået
reason-reaches = { $now }; { $heading ->
    [forecast] prognosen
   *[run-rate] tempoet
} { $value } når grænsen
reason-falls-short = { $now }; { $heading ->
    [forecast] prognosen
   *[run-rate] tempoet
} { $value } rækker ikke
reason-no-projection = { $now }; { $heading ->
    [forecast] ingen prognose
   *[run-rate] intet tempo
} der når det
reason-periods = seneste { $grain ->
    [day] dag
    [week] uge
    [month] måned
   *[quarter] kvartal
} { $against }; holdt i { $held } af { $judged } { $n ->
    [one] { $grain ->
        [day] dag
        [week] uge
        [month] måned
       *[quarter] kvartal
    }
   *[other] { $grain ->
        [day] dage
        [week] uger
        [month] måneder
       *[quarter] kvartaler
    }
}
reason-periods-below = { $text }: { $share } er under { $below }
reason-no-whole-period = { $grain ->
    [day] ingen hel dag
    [week] ingen hel uge
    [month] ingen hel måned
   *[quarter] intet helt kvartal
} af perioden er slut endnu
reason-done-on = færdig { $date }
reason-done = færdig
reason-due = ikke færdig endnu, frist { $date }
reason-overdue = ikke færdig, fristen var { $date }
reason-start-unknown = startværdien er værdien for { $grain ->
    [day] den første hele dag
    [week] den første hele uge
    [month] den første hele måned
   *[quarter] det første hele kvartal
} i perioden, endnu ikke kendt
reason-start-is-target = startværdien er lig med målværdien
reason-cycle-starts = perioden starter { $date }
reason-no-data = ingen data for `{ $metric }` i vinduet
reason-zero-divisor = `{ $metric }` dividerer med nul i vinduet

## okr show: etiketter (show-label-; længere end 11 tegn gør
## etiketkolonnen bredere), sætninger og diagrammets signaturforklaring
show-label-status = Status
show-label-why = Hvorfor
show-label-rule = Regel
show-label-value = Værdi
show-label-start = Startværdi
show-label-target = Målværdi
show-label-progress = Fremdrift
show-label-expected = Forventet
show-label-forecast = Prognose
show-label-grade = Karakter
show-label-due = Frist
show-label-confidence = Tiltro
show-label-note = Note
show-label-metric = Måltal
show-label-window = Vindue
show-label-guardrails = Værnemåltal
show-label-experiments = Eksperimenter
show-label-data = Data
show-label-weight = Vægt
show-label-declared = Defineret
show-label-rolls-up = Opgøres fra
show-label-parent = Overordnet
show-label-tags = Tags
show-owner = ansvarlig { $owner }
show-owner-objectives = ansvarlig { $owner } (målets)
show-kr-of = { $id } · nøgleresultat for »{ $parent }« ({ $parent_id })
show-value-partial = (indtil nu: perioden er ikke slut)
show-periods-held = ({ $held } af { $judged } { $n ->
    [one] periode
   *[other] perioder
} holdt)
show-pace = (tempo: fremdrift / forventet = { $pace })
show-forecast-by = { $value } inden { $date }
show-forecast-period = — (periodevinduer har ingen)
show-forecast-no-data = — (ingen data endnu)
show-forecast-stale = — (ingen, mens data er forældede: en linje ville stige på dage uden data)
show-forecast-settle = — (kræver data fra { $n ->
    [one] { $n } dag
   *[other] { $n } dage
}: settle_days)
show-confidence = { $value }/10 den { $date }
show-confidence-trend = { $value }/10 den { $date }, trend { $trend }
show-note = »{ $text }« ({ $date })
show-guardrail-ok = ok
show-guardrail-breached = brudt
show-guardrail-unknown = ukendt: ingen data
show-needs-experiment = ⚑ bagud uden kørende eksperimenter
show-objective-kind = { $kind ->
    [aspirational] ambitiøst mål
   *[committed] forpligtende mål
}
show-grade-scale = { $kind ->
    [committed] forpligtende: { $grade } forventes
   *[aspirational] ambitiøst: { $grade } er en god karakter
}
show-progress-none = — (intet under det)
show-rollup-key-results = kun dets nøgleresultater (rollup = "key_results")
show-rollup-aligned = kun dets underordnede mål (rollup = "aligned")
show-rollup-both = nøgleresultater og underordnede mål, vægtet
show-def-milestone = intet: en milepæl meldes ind manuelt
show-def-manual = intet: måles manuelt, den seneste opfølgning tæller ({ $n } indtil nu)
show-def-column = kolonnen `{ $column }`
show-def-metric = måltallet `{ $column }`
show-def-summed = summeret
show-def-aggregate-override = { $aggregate } (nøgleresultatets; måltallets er { $own })
show-def-source = { $metric }: { $what } i { $file } (kilde `{ $source }`, { $layout }), { $aggregate } over vinduet
show-def-source-segment = { $metric }: { $what } i { $file } (kilde `{ $source }`, { $layout }), segment `{ $segment }`, { $aggregate } over vinduet
show-def-ratio = { $metric } = sum({ $numerator }) / sum({ $denominator }) over vinduet
show-def-formula = { $metric } = { $formula }, hver del over vinduet, derefter formlen én gang
show-window-every = { $grain ->
    [day] hver hele dag
    [week] hver hele uge
    [month] hver hele måned
   *[quarter] hvert hele kvartal
} i perioden, der er slut, vurderes
show-window-every-latest = { $grain ->
    [day] hver hele dag
    [week] hver hele uge
    [month] hver hele måned
   *[quarter] hvert hele kvartal
} i perioden, der er slut, vurderes; den seneste: { $range }
show-window-cycle = perioden indtil nu, { $range }
show-window-period-so-far = { $grain ->
    [day] dagen
    [week] ugen
    [month] måneden
   *[quarter] kvartalet
} indtil nu (ingen er slut endnu), { $range }
show-window-period = { $grain ->
    [day] seneste hele dag
    [week] seneste hele uge
    [month] seneste hele måned
   *[quarter] seneste hele kvartal
}, der er slut, { $range }
show-data-none = intet datapunkt endnu
show-data-today = på rapportdagen
show-data-ago = { $n ->
    [one] { $n } dag
   *[other] { $n } dage
} før rapportdagen
show-data-stale = forældet: ældre end { $n ->
    [one] { $n } dag
   *[other] { $n } dage
}
show-data-fresh = aktuel (forældet efter { $n ->
    [one] { $n } dag
   *[other] { $n } dage
})
show-data = nyeste punkt { $date }, { $ago }; { $verdict }
show-due-early = { $date } (færdig { $n ->
    [one] { $n } dag
   *[other] { $n } dage
} før tid)
show-due-late = { $date } (færdig { $n ->
    [one] { $n } dag
   *[other] { $n } dage
} for sent)
show-due-today = { $date } (i dag)
show-due-left = { $date } ({ $n ->
    [one] { $n } dag
   *[other] { $n } dage
} tilbage)
show-due-overdue = { $date } ({ $n ->
    [one] { $n } dag
   *[other] { $n } dage
} over fristen)
show-rule-not-started = { $status }: perioden er ikke startet
show-rule-no-data = { $status }: ingen værdi i vinduet (en manglende værdi er ingen data, aldrig nul)
show-rule-breached = { $status }: et værnemåltal er uden for sine grænser; værnemåltal tjekkes før fremdrift og tempo
show-rule-milestone-done = { $status }: meldt ind som færdig
show-rule-done = { $status }: fremdrift { $progress } ≥ 100 % og værdien er endelig
show-rule-stalled-period = { $status }: fremdriften er ikke højere end i forrige { $grain ->
    [day] dag
    [week] uge
    [month] måned
   *[quarter] kvartal
}, og under det forventede
show-rule-stalled = { $status }: fremdriften er ikke højere end for { $n ->
    [one] { $n } dag
   *[other] { $n } dage
} siden, og under det forventede
show-rule-stalled-since = { $status }: fremdriften er ikke højere end for { $n ->
    [one] { $n } dag
   *[other] { $n } dage
} siden ({ $date }), og under det forventede
show-rule-milestone-on-track = { $status }: ikke færdig, og fristen { $date } er ikke overskredet
show-rule-milestone-late = { $status }: ikke færdig inden fristen { $date }
show-rule-nothing-expected = { $status }: intet er forventet endnu; på sporet, så længe fremdrift ≥ forventet
show-rule-pace-on-track = { $status }: tempo (fremdrift / forventet) { $pace } ≥ { $at_risk } (at_risk_below)
show-rule-pace-at-risk = { $status }: tempo (fremdrift / forventet) { $pace } er under { $at_risk } (at_risk_below), men mindst { $off } (off_track_below)
show-rule-pace-off-track = { $status }: tempo (fremdrift / forventet) { $pace } er under { $off } (off_track_below)
show-child-key-result = { $id } (nøgleresultat)
show-child-objective = { $id } (underordnet mål)
show-nothing-under = intet ligger under det
show-worst = den dårligste status blandt de { $count } under det: { $children } { $n ->
    [one] er
   *[other] er
} { $status }
show-chart-plan = ┈┈ plan (forventet)
show-chart-bound = ┈┈ grænse { $sign } { $value }
show-chart-forecast = ╌╌ prognose { $value }
show-chart-so-far = ╌╌ { $grain ->
    [day] dagen
    [week] ugen
    [month] måneden
   *[quarter] kvartalet
} indtil nu
show-chart-value = ━━ værdi
show-chart-value-per = ━━ værdi pr. { $grain ->
    [day] dag
    [week] uge
    [month] måned
   *[quarter] kvartal
}
show-chart-as-of = pr.

## okr north-star: tavlen (ns-)
ns-change = { $grain ->
    [day] D/D
    [week] U/U
    [month] M/M
   *[quarter] K/K
}
ns-days = { $n ->
    [one] { $n } dag
   *[other] { $n } dage
}
ns-heading = ★ { $name } — { $grain ->
    [day] dagligt
    [week] ugentligt
    [month] månedligt
   *[quarter] kvartalsvis
}, pr. { $date }
ns-core-action = kernehandling: { $action }
ns-every = hver { $every }
ns-target = målværdi { $value } pr. { $grain ->
    [day] dag
    [week] uge
    [month] måned
   *[quarter] kvartal
}
ns-target-from = målværdi { $value } pr. { $grain ->
    [day] dag
    [week] uge
    [month] måned
   *[quarter] kvartal
} fra { $start }
ns-status = status { $status }
ns-no-target = ingen målværdi pr. { $grain ->
    [day] dag
    [week] uge
    [month] måned
   *[quarter] kvartal
}: nordstjernens målværdi gælder dens egen tidsenhed
ns-pace-needed = nødvendigt tempo: { $pace } pr. { $grain ->
    [day] dag
    [week] uge
    [month] måned
   *[quarter] kvartal
} i { $grain ->
    [day] de { $n } resterende dage
    [week] de { $n } resterende uger
    [month] de { $n } resterende måneder
   *[quarter] de { $n } resterende kvartaler
}
ns-no-period-left = ingen hele delperioder tilbage af perioden
ns-col-metric = Måltal
ns-col-role = Rolle
ns-col-latest = Seneste
ns-col-previous = Forrige
ns-col-trend = Trend
ns-col-target = Målværdi / grænse
ns-col-period = { $grain ->
    [day] dag
    [week] uge
    [month] måned
   *[quarter] kvartal
}
ns-partial = * den aktuelle periode indtil nu: sammenlignes ikke

## --- end: status ---

## --- area: check ---

## okr check: the marks before a failing and a warned key result, and the
## summary line. (The reasons under each are the area "status"'s.)
chk-fail = FEJL
chk-warn = advarsel
chk-stale = forældet
chk-summary = { $cycle } pr. { $date }: { $failing } fejlet, { $warnings ->
    [one] { $warnings } advarsel
   *[other] { $warnings } advarsler
}, { $passing } bestået
chk-junit-warning = advarsel: { $message }

## okr digest (text, Markdown, Slack, Teams)
digest-title = OKR-statusopdatering — { $cycle }
digest-context = Pr. { $date } · ændringer siden { $since } · { $state } ({ $start } – { $end })
## $grain: day, week, month or quarter
digest-ns-change = { $change } i forhold til { $grain ->
    [day] dagen
    [week] ugen
    [month] måneden
   *[quarter] kvartalet
} før
digest-ns-target = målværdi { $target }
digest-kr-change = ({ $change }, fremdrift { $progress })
digest-status-was = { $now }, var { $was }
digest-confidence = tiltro { $value }/10
digest-owner = ansvarlig { $owner }
digest-no-owner = ingen ansvarlig
digest-note = »{ $note }« ({ $date })
digest-moved = Ændringer siden { $date }
digest-moved-none = Intet har flyttet sig.
digest-attention = Kræver opmærksomhed
digest-attention-none = Intet er bagud, står stille, er i risiko eller bryder en værnegrænse.
digest-wins = Sejre
digest-wins-none = Ingen sejre denne gang: et mislykket nøgleresultat er data, ikke skam.
digest-win-done = færdig · { $objective }
digest-experiment-won = eksperimentet lykkedes
digest-experiment-won-by = eksperimentet lykkedes · { $owner }
## A count of key results by status: $words is the status in words, $status
## its interface name (done, on-track, ...) to choose a form by.
digest-count = { $status ->
    [done] { $n ->
        [one] { $n } færdigt
       *[other] { $n } færdige
    }
    [guardrail-breached] { $n } med brudt værnegrænse
   *[other] { $n } { $words }
}
digest-counts = Nøgleresultater: { $counts }.
digest-no-key-results = Ingen nøgleresultater.
digest-slack-cut = Mere i `okr status`: beskeden blev kortet ned til Slacks grænse på 50 blokke.

## okr experiments (table and Markdown)
exp-title = Eksperimenter · { $cycle } · pr. { $date }
exp-md-title = Eksperimenter — { $cycle } (pr. { $date })
exp-running = Kører
exp-backlog = Backlog (efter ICE-score)
exp-won = Vellykkede eksperimenter
exp-lost = Mislykkede eksperimenter (data, ikke skam)
exp-inconclusive = Uafklaret
exp-col-experiment = Eksperiment
exp-col-key-results = Nøgleresultater
exp-col-owner = Ansvarlig
exp-col-ice = ICE
exp-col-dates = Datoer
exp-col-lift = Effekt
exp-col-learning = Læring
exp-learned = læring: { $learning }
exp-from = fra { $date }
exp-until = til { $date }
exp-lift-so-far = { $lift } indtil nu
exp-lift-expected = { $lift } (forventet { $expected })
exp-no-dates = ingen datoer
exp-no-baseline = ingen basislinje
exp-no-data = ingen data
exp-needs-experiment = bagud eller står stille uden et kørende eksperiment: { $ids }
exp-md-needs-experiment = Bagud eller står stille uden et kørende eksperiment: { $ids }
exp-none = Ingen eksperimenter endnu: tilføj [[experiments]] i OKR-filen (se README: Experiments).

## okr metrics
inv-col-source = Kilde
inv-col-metric = Måltal
inv-col-rows = Rækker
inv-col-missing = Mangler
inv-col-first = Første
inv-col-last = Sidste
inv-col-used-by = Brugt af
inv-col-file = Fil
inv-none-found = (ingen måltal fundet i kilderne)
inv-column = `{ $column }`
inv-column-segment = `{ $column }` (segment `{ $segment }`)
inv-no-data = ingen data: måltallet `{ $metric }`{ $key_results } læser { $column } fra kilden `{ $source }`, som ikke har værdier for det{ $hint }
inv-no-data-key-results = ({ $n ->
    [one] nøgleresultat
   *[other] nøgleresultater
}: { $ids })
inv-no-data-did-you-mean = ; mente du `{ $best }`? sæt column = "{ $best }" under [metrics.{ $metric }]

## okr sources: a label per line, then what it says
inv-label-encoding = tegnsæt
inv-label-delimiter = skilletegn
inv-label-header = overskrift
inv-label-dates = datoer
inv-label-totals = totaler
inv-label-not-read = ikke læst
inv-label-columns = kolonner
inv-label-metric = måltal
inv-label-note = bemærkning
inv-delimiter = `{ $delimiter }`, decimaltegn `{ $decimal }`
inv-table-of = tabel { $table } af { $tables }
inv-table-of-titled = tabel { $table } af { $tables } »{ $title }«
inv-under-title-lines = under { $n ->
    [one] { $count } titellinje
   *[other] { $count } titellinjer
}
inv-table-lacks-columns = tabellen på linje { $line } mangler de ønskede kolonner
inv-header-line = linje { $line }
inv-dates = kolonnen `{ $column }` som { $format }: { $span }, { $n ->
    [one] { $rows } række
   *[other] { $rows } rækker
}
inv-totals = sprang over { $n ->
    [one] { $rows } række (linje { $lines })
   *[other] { $rows } rækker (linje { $lines })
}
inv-not-read = tabel { $table } på linje { $line } (`table = { $table }` læser den): { $columns }
inv-not-read-titled = tabel { $table } »{ $title }« på linje { $line } (`table = { $table }` læser den): { $columns }
inv-metric-read = { $metric } <- { $column }: { $n ->
    [one] { $rows } række
   *[other] { $rows } rækker
}, { $missing } mangler, { $span }
inv-span = { $first } til { $last }
inv-no-dates = ingen datoer
inv-kind-date = dato
inv-kind-number = tal
inv-kind-text = tekst
inv-kind-empty = tom

## okr log
log-col-date = Dato
log-col-key-result = Nøgleresultat
log-col-value = Værdi
log-col-confidence = Tiltro
log-col-note = Bemærkning
log-col-author = Registreret af
log-done = færdig
log-empty = ingen opfølgninger endnu i { $file }: `okr checkin KR-ID VALUE` registrerer en

## okr history
hist-none = Ingen afsluttede perioder endnu: `okr close` skriver periodens opgørelse på dens sidste dag.
hist-md-title = OKR-historik
hist-md-none = Ingen afsluttede perioder endnu.
hist-col-cycle = Periode
hist-col-dates = Datoer
hist-col-grade = Karakter
hist-col-done = Færdige
hist-col-north-star = Nordstjerne
hist-col-objective = Mål
hist-col-type = Type
hist-col-status = Status
hist-north-star = { $value } af { $target } ({ $status })
hist-done-of = { $done } af { $total }
hist-objective = { $title } ({ $kind }, { $status })

## What the commands say they did (stderr; okr validate's line on stdout)
cmd-checkin-logged = { $id }: { $what } den { $date }, gemt i { $file }
cmd-checkin-logged-was = { $id }: { $what } den { $date } (var { $before } den { $before_date }), gemt i { $file }
cmd-checkin-done = færdig
cmd-checkin-no-value = ingen værdi
cmd-checkin-with-confidence = { $what }, tiltro { $confidence }/10
cmd-checkin-all-logged = { $n ->
    [one] { $count } opfølgning
   *[other] { $count } opfølgninger
} gemt i { $file }
## okr checkin's questions on a terminal
cmd-checkin-current = nu
cmd-checkin-target = målværdi
cmd-checkin-none-yet = ingen endnu
cmd-checkin-value-on = { $value } den { $date }
cmd-checkin-target-from = { $target } (fra { $start })
cmd-checkin-at-least = mindst { $value }
cmd-checkin-at-most = højst { $value }
cmd-checkin-ask-value = Værdi den { $date }
cmd-checkin-value-again = { $why }; et tal som 3,4, eller Enter for at springe over
cmd-checkin-ask-confidence = Tiltro 1–10 (Enter for at springe over)
cmd-checkin-ask-note = Bemærkning (Enter for at springe over)
cmd-checkin-ask-done = Færdig? [j/N]
## The answers that mean yes (besides y and yes), separated by spaces
cmd-checkin-yes = j ja
## $kind: objective, key-result or experiment
cmd-set-updated = { $kind ->
    [objective] målet
    [experiment] eksperimentet
   *[key-result] nøgleresultatet
} `{ $id }` i { $file } opdateret: { $changes }
cmd-set-unchanged = { $kind ->
    [objective] målet
    [experiment] eksperimentet
   *[key-result] nøgleresultatet
} `{ $id }` i { $file } uændret: { $changes }
cmd-experiment-added = eksperimentet `{ $id }` tilføjet i { $file }
cmd-experiment-started = eksperimentet `{ $id }` startet i { $file }
cmd-experiment-finished = eksperimentet `{ $id }` afsluttet i { $file }
cmd-close-closed = afsluttede { $cycle } pr. { $date }: skrev { $file } (karakterer: { $grades })
cmd-next-started = startede { $name } ({ $start } – { $end }) efter { $old }: { $n ->
    [one] { $carried } nøgleresultat
   *[other] { $carried } nøgleresultater
} videreført, { $left } fjernet
cmd-next-would-start = ville starte { $name } ({ $start } – { $end }) efter { $old }: { $n ->
    [one] { $carried } nøgleresultat
   *[other] { $carried } nøgleresultater
} videreført, { $left } fjernet (intet skrevet)
cmd-next-carried = videreført
cmd-next-left = fjernet
cmd-next-left-kr = nøgleresultat `{ $id }` (færdigt)
cmd-next-left-objective = mål `{ $id }` (alle dets nøgleresultater færdige)
cmd-next-left-experiment = eksperiment `{ $id }` (afsluttet; læringen står i opgørelsen)
cmd-next-removed = { $key } fjernet
cmd-next-restarts = sluttede på { $value }; en sum over perioden starter forfra, startværdien beholdes
cmd-next-start-moved = startværdi { $before } -> { $after } (slutværdien)
cmd-next-start-none = ingen
cmd-next-no-closing = ingen slutværdi: startværdien beholdes
cmd-next-not-done = ikke færdigt
cmd-next-threshold-kept = tærsklen beholdes
cmd-next-carried-from = overført fra { $old }: { $what }
cmd-next-carried-from-removed = overført fra { $old }: { $what }; { $removed }
hist-note-skipped = sprunget over: { $problem }
cmd-validate-ok = ok: { $file }: { $objectives }, { $key_results }, { $metrics }, { $sources } ({ $rows }), { $experiments }

## Counts: $count is the number as written, $n chooses the form; .word is
## the noun alone as it follows a count
plural-day = { $n ->
    [one] { $count } dag
   *[other] { $count } dage
}
    .word = { $n ->
        [one] dag
       *[other] dage
    }
plural-week = { $n ->
    [one] { $count } uge
   *[other] { $count } uger
}
    .word = { $n ->
        [one] uge
       *[other] uger
    }
plural-month = { $n ->
    [one] { $count } måned
   *[other] { $count } måneder
}
    .word = { $n ->
        [one] måned
       *[other] måneder
    }
plural-quarter = { $n ->
    [one] { $count } kvartal
   *[other] { $count } kvartaler
}
    .word = { $n ->
        [one] kvartal
       *[other] kvartaler
    }
plural-row = { $n ->
    [one] { $count } række
   *[other] { $count } rækker
}
    .word = { $n ->
        [one] række
       *[other] rækker
    }
plural-data-row = { $n ->
    [one] { $count } datarække
   *[other] { $count } datarækker
}
    .word = { $n ->
        [one] datarække
       *[other] datarækker
    }
plural-line = { $n ->
    [one] { $count } linje
   *[other] { $count } linjer
}
    .word = { $n ->
        [one] linje
       *[other] linjer
    }
plural-title-line = { $n ->
    [one] { $count } titellinje
   *[other] { $count } titellinjer
}
    .word = { $n ->
        [one] titellinje
       *[other] titellinjer
    }
plural-column = { $n ->
    [one] { $count } kolonne
   *[other] { $count } kolonner
}
    .word = { $n ->
        [one] kolonne
       *[other] kolonner
    }
plural-objective = { $n ->
    [one] { $count } mål
   *[other] { $count } mål
}
    .word = { $n ->
        [one] mål
       *[other] mål
    }
plural-key-result = { $n ->
    [one] { $count } nøgleresultat
   *[other] { $count } nøgleresultater
}
    .word = { $n ->
        [one] nøgleresultat
       *[other] nøgleresultater
    }
plural-metric = { $n ->
    [one] { $count } måltal
   *[other] { $count } måltal
}
    .word = { $n ->
        [one] måltal
       *[other] måltal
    }
plural-source = { $n ->
    [one] { $count } kilde
   *[other] { $count } kilder
}
    .word = { $n ->
        [one] kilde
       *[other] kilder
    }
plural-experiment = { $n ->
    [one] { $count } eksperiment
   *[other] { $count } eksperimenter
}
    .word = { $n ->
        [one] eksperiment
       *[other] eksperimenter
    }
plural-check-in = { $n ->
    [one] { $count } opfølgning
   *[other] { $count } opfølgninger
}
    .word = { $n ->
        [one] opfølgning
       *[other] opfølgninger
    }
plural-warning = { $n ->
    [one] { $count } advarsel
   *[other] { $count } advarsler
}
    .word = { $n ->
        [one] advarsel
       *[other] advarsler
    }

## --- end: check ---

## --- area: review ---
## Kvartalsgennemgangen (okr report): Markdown og HTML. Statusser, typer og
## eksperimentstatusser kommer fra de fælles ord; begrundelserne fra reason.rs.
rv-title = Kvartalsgennemgang af OKR'er — { $cycle }
rv-html-title = Kvartalsgennemgang af OKR'er { $cycle }, pr. { $as_of }
rv-eyebrow = Kvartalsgennemgang af OKR'er
rv-meta = Pr. { $as_of } · periode { $start } – { $end } · { $state } · ændringer siden { $since }
rv-as-of = Pr. { $date }
rv-cycle-range = Periode { $start } – { $end }
rv-changes-since = Ændringer siden { $date }
rv-colophon = Lavet af okr { $version } ud fra OKR-filen og dens eksporterede måltal, pr. { $as_of }. Kun data dateret den dag eller tidligere tæller, så gennemgangen kan genskabes præcist.
rv-page-footer = side { $page } af { $pages }

## Nordstjernen
rv-north-star = Nordstjerne
rv-target = målværdi { $value }
rv-start = startværdi { $value }
rv-progress = fremdrift { $progress }
rv-progress-expected = fremdrift { $progress } (forventet { $expected })
rv-trend-by = Trend pr. { $grain }: { $line }
rv-core-action = Kernehandling: { $action }
rv-core-action-every = Kernehandling: { $action }, hver { $frequency }
rv-ns-chart-label = { $name } pr. { $grain }
rv-ns-caption = Pr. { $grain ->
        [day] dag
        [week] uge
        [month] måned
       *[quarter] kvartal
    }, til periodens slutning. Stiplet omrids: { $grain ->
        [day] dagen
        [week] ugen
        [month] måneden
       *[quarter] kvartalet
    } indtil nu (i gang, vurderes ikke); bleg: et interval, der afkortes af periodens start. Stiplet linje: målværdi; prikket: startværdi; tynd: rampen fra startværdi til målværdi.
rv-value-so-far = { $value } indtil nu
rv-tick-week = u{ $week }
rv-tick-quarter = K{ $quarter }
rv-tick-day = { $day }.{ $month }.

## Kolonneoverskrifter og etiketter
rv-col-input-or-guardrail = Drivende måltal eller værnemåltal
rv-col-inputs = Drivende måltal
rv-col-trend = Trend
rv-col-value = Værdi
rv-col-latest = Seneste
rv-col-previous = Forrige
rv-col-change = Ændring
rv-col-objective = Mål
rv-col-owner = Ansvarlig
rv-col-type = Type
rv-col-progress = Fremdrift
rv-col-since = Siden { $date }
rv-col-grade = Karakter
rv-col-projected = Prognose
rv-col-projected-grade = Prognosekarakter
rv-col-projected-at-end = Prognose ved periodens slutning
rv-col-status = Status
rv-col-key-result = Nøgleresultat
rv-col-over-cycle = Gennem perioden
rv-col-target = Målværdi
rv-col-expected = Forventet
rv-col-experiment = Eksperiment
rv-col-dates = Datoer
rv-col-learning = Læring

## Overblikket
rv-objectives = Mål
rv-no-objectives = Ingen mål.
rv-key-results = Nøgleresultater
rv-counts = Nøgleresultater: { $counts }.
rv-needs-attention = Kræver opmærksomhed
rv-objective = Mål
rv-objective-named = Mål: { $title }
rv-md-attention-objective = Målet { $title } ({ $owner }): { $status }
rv-md-attention-objective-because = Målet { $title } ({ $owner }): { $status }, { $because }
rv-through-kr = gennem nøgleresultatet { $title } ({ $owner })
rv-through-objective = gennem det underliggende mål { $title } ({ $owner })
rv-quote = »{ $text }«
rv-wins-risks-asks = Sejre, risici og behov
rv-wins = Sejre
rv-risks = Risici
rv-asks = Behov
rv-none = ingen
rv-no-owner = ingen ansvarlig
rv-its-owner = den ansvarlige
rv-owner = ansvarlig
rv-status-was = { $now }, var { $then }
rv-was = var { $status }
rv-no-projection = ingen prognose
rv-missing-forecasts = { $missing } af { $total } nøgleresultater mangler en prognose
rv-grade-of = { $grade } af { $expected }
rv-of-expected = af { $expected }

## Hvad gennemgangen beder de ansvarlige om
rv-ask-note = { $owner } skrev { $date }: { $note }
rv-ask-confidence = tiltroen hos { $owner } er { $value }/10 ({ $date }): beslut, om nøgleresultatet skal beholdes, ændres eller droppes
rv-ask-experiment = bagud eller står stille uden et kørende eksperiment: beslut, hvad der skal prøves
rv-ask-stale = dataene er forældede: { $owner } skal sende nye tal
rv-ask-stale-newest = dataene er forældede (seneste { $date }): { $owner } skal sende nye tal

## Et måls side
rv-eyebrow-aligned = Mål · under { $parent }
rv-owner-is = Ansvarlig: { $owner }
rv-owner-label = Ansvarlig
rv-kind-committed = forpligtende: { $grade } forventes
rv-kind-aspirational = ambitiøst: { $grade } er en god karakter
rv-weight = vægt { $weight }
rv-grade = karakter { $grade }
rv-projected-at-end = prognose ved periodens slutning: { $projected }
rv-no-key-results = Ingen nøgleresultater endnu.
rv-progress-from-aligned = Fremdriften kommer fra målene under det, på de følgende sider.
rv-repeat-key-results = { $title }: nøgleresultater
rv-repeat-experiments = { $title }: eksperimenter
rv-so-far = indtil nu
rv-so-far-rate = indtil nu; { $rate }
rv-forecast-at-end = prognose ved periodens slutning { $value }
rv-forecast = prognose { $value }
rv-owners-confidence = den ansvarliges tiltro { $value }/10 ({ $date })
rv-confidence = tiltro { $value }/10
rv-held = holdt { $held } af { $judged } { $grain ->
        [day] { $judged ->
            [one] dag
           *[other] dage
        }
        [week] { $judged ->
            [one] uge
           *[other] uger
        }
        [month] { $judged ->
            [one] måned
           *[other] måneder
        }
        [quarter] { $judged ->
            [one] kvartal
           *[other] kvartaler
        }
       *[other] { $judged ->
            [one] interval
           *[other] intervaller
        }
    }
rv-on-date = den { $date }
rv-due = frist { $date }
rv-from = fra { $value }
rv-done = færdig
rv-new = ny
rv-stale-newest = forældet: seneste data { $date }
rv-no-progress-yet = ingen fremdrift endnu
rv-expected = forventet { $value }
rv-chart-due = { $title }: frist { $date }
rv-chart-over-cycle = { $title } gennem perioden
rv-experiments = Eksperimenter
rv-no-learning = ingen læring skrevet ned
rv-guardrail-ok = værnegrænse holdt: { $parts }
rv-guardrail-breached = værnegrænse brudt: { $parts }
rv-guardrail-unknown = værnegrænse ukendt: { $parts }
rv-guardrail-no-data = { $metric } (ingen data)
rv-guardrail-min = mindst { $value }
rv-guardrail-max = højst { $value }

## Signaturforklaringen
rv-legend-value = værdi
rv-legend-expected = forventet (plan)
rv-legend-target = målværdi
rv-legend-forecast = prognose ved periodens slutning
rv-legend-partial = interval indtil nu (ufuldstændigt)
rv-legend-held = holdt
rv-legend-breached = brudt
rv-legend-as-of = pr. dato
rv-legend-due = frist

## Eksperimenttavlerne
rv-boards-title = Vellykkede og mislykkede eksperimenter
rv-boards-meta = Et mislykket eksperiment er data, ikke skam: hvad vi prøvede, hvad vi forventede, hvad vi lærte.
rv-board-won = Vellykkede
rv-board-lost = Mislykkede
rv-board-running = Kører
rv-board-backlog = Backlog, efter ICE
rv-none-yet = ingen endnu
rv-lift = effekt på { $metric }: { $lift }
rv-learned = Læring: { $learning }
rv-needs-experiment = Bagud eller står stille uden et kørende eksperiment: { $krs }

## Ordlisten
rv-glossary = Ordliste
rv-gl-grade = karakter
    .meaning = fremdrift begrænset til 0–1 og afrundet til én decimal; { $good } er en god karakter for et ambitiøst mål, et forpligtende mål forventes at nå { $full }
rv-gl-progress = fremdrift
    .meaning = hvor langt værdien er nået fra startværdien mod målværdien: 0 % ved startværdien, 100 % ved målværdien
rv-gl-expected = forventet
    .meaning = den fremdrift, planen forventer på gennemgangens dato: lineært over perioden, medmindre nøgleresultatet har sin egen plan
rv-gl-pace = tempo
    .meaning = fremdrift i forhold til den forventede fremdrift; under indstillingernes grænser er et nøgleresultat i risiko, derefter bagud
rv-gl-pending = for tidligt
    .meaning = for tidligt at vurdere: vinduet har kørt færre dage end indstillingen settle_days
rv-gl-stalled = står stille
    .meaning = ingen fremdrift i indstillingens stall_days dage, mens fremdriften er under den forventede
rv-gl-stale = forældet
    .meaning = de seneste data er ældre end indstillingens stale_days dage: tallene kan være forældede, og der tegnes ingen prognose
rv-gl-run-rate = opregnet tempo
    .meaning = et interval, der ikke er slut endnu, regnet op til hele intervallet: værdi × intervallets dage ÷ dage indtil nu
rv-gl-so-far = indtil nu
    .meaning = et interval, der ikke er slut endnu: værdien er ufuldstændig, tegnes for sig (et hult kvadrat, en stiplet søjle, ┆ i tekst) og vurderes aldrig
rv-gl-forecast = prognose, prognosekarakter
    .meaning = en ret linje tilpasset værdierne indtil nu, aflæst ved periodens slutning; prognosekarakteren vægter prognoserne sammen og siger »ingen prognose«, hvor en mangler
rv-gl-pp = pp
    .meaning = procentpoint: ændringen af en andel (+4 pp) eller af fremdrift (fremdrift +45 pp), ikke en relativ ændring
rv-gl-guardrail = værnemåltal
    .meaning = et måltal, der skal holde sig inden for sine grænser, mens nøgleresultatet bevæger sig; i et diagram er et holdt interval en udfyldt prik, et brudt et kryds

## --- end: review ---

## --- area: errors-config ---
error-unknown-language = ukendt sprog "{ $found }"
    .hint-suggest = skriv "{ $code }"
    .hint = et af { $codes }
ec-either = `{ $a }` eller `{ $b }`
ec-thing-objective = mål
ec-thing-key-result = nøgleresultat
ec-thing-experiment = eksperiment
ec-did-you-mean = mente du `{ $best }`?

## Finding and reading the files
ec-is-a-directory = { $path } er en mappe, ikke en OKR-fil
    .hint-inside = peg -c på TOML-filen, f.eks. { $inside }
    .hint = angiv stien til en .toml-fil
ec-no-okr-file = fandt ingen { $file } i { $dir } eller nogen mappe ovenover
    .hint = kør `okr init` for at skrive en startfil, eller angiv `-c PATH` (eller sæt OKR_CONFIG)
ec-cannot-read = kan ikke læse { $path }: { $reason }
    .hint-not-found = tjek stien; `okr init` skriver en startfil okrs.toml
    .hint-permission = tjek filens tilladelser
    .hint = tjek at filen kan læses
ec-too-large = { $path } er større end { $mib } MiB, for stor til en OKR-fil
    .hint = del den op med `include = ["teams/*.toml"]`
ec-not-utf8 = OKR-filen er ikke gyldig UTF-8
    .hint = gem filen som UTF-8

## Includes
ec-includes-too-deep = inkluderingerne er indlejret dybere end { $max } filer
    .hint = inkluder filerne fra en fil tættere på OKR-hovedfilen
ec-include-pattern-double-star = ugyldigt include-mønster: jokertegnet `**` skal være en hel del af stien, f.eks. teams/**/*.toml
ec-include-pattern-too-many = ugyldigt include-mønster: mønstret gennemgår flere end { $max } poster i mapper
ec-include-pattern-glob = ugyldigt include-mønster: { $message }
    .hint = angiv en sti eller et mønster som "teams/*.toml"
ec-include-missing = den inkluderede fil { $path } findes ikke
    .hint = include-stier er relative til filen, der angiver dem
ec-too-many-includes = OKR-filen inkluderer flere end { $files } filer eller { $mib } MiB tekst
    .hint = del OKR-filerne op efter periode eller team, eller inkluder færre filer

## TOML and its shape
ec-toml-syntax = ugyldig TOML: { $message }
    .hint = filen er ikke gyldig TOML her: tekst skrives i anførselstegn ("..."), tal som 1234.5, datoer som 2026-01-01, tabeller som [navn]
ec-unknown-key = ukendt nøgle `{ $found }`, { $n ->
        [0] ingen nøgler er tilladt her
        [1] forventede { $known }
        [2] forventede { $known }
       *[other] forventede en af { $known }
    }
    .hint = de nøgler, der er tilladt her: { $known }
ec-unknown-value = ukendt værdi `{ $found }`, { $n ->
        [0] ingen værdier er tilladt her
        [1] forventede { $known }
        [2] forventede { $known }
       *[other] forventede en af { $known }
    }
    .hint = de værdier, der er tilladt her: { $known }
ec-missing-key = nøglen `{ $key }` mangler
    .hint = tilføj nøglen; startfilen, som `okr init` skriver, viser alle nøgler
ec-found-text = teksten "{ $value }"
ec-found-integer = heltallet `{ $value }`
ec-found-float = decimaltallet `{ $value }`
ec-found-bool = sandhedsværdien `{ $value }`
ec-found-list = en liste
ec-found-table = en tabel
ec-expected-number = et tal
ec-expected-whole-number = et heltal
ec-expected-list = en liste som ["a", "b"]
ec-expected-text = en tekst
ec-expected-bool = true eller false
ec-expected-table-choice = en tabels titel ("Instagram reach") eller dens nummer (1 for den første)
ec-invalid-type = forkert type: { $found }, forventede { $expected }
    .hint = tjek værdiens type: tekst i anførselstegn, tal og datoer uden
ec-invalid-value = ugyldig værdi: { $found }, forventede { $expected }
ec-bad-date = forventede en dato som 2026-01-01
    .hint = skriv datoer som ÅÅÅÅ-MM-DD uden anførselstegn, f.eks. start = 2026-01-01
ec-bad-date-time = forventede en dato uden klokkeslæt, som 2026-01-01
ec-bad-date-found = forventede en dato som 2026-01-01, fandt "{ $found }"
ec-duplicate-key = nøglen findes to gange
    .hint = en nøgle forekommer én gang per tabel: fjern eller omdøb en af dem

## Cycle and settings
ec-only-in-main = { $table } hører hjemme i OKR-hovedfilen, ikke i en inkluderet fil
    .hint = inkluderede filer tilføjer mål, eksperimenter, måltal og kilder
ec-no-cycle = OKR-filen har ingen [cycle]
    .hint = tilføj [cycle] med name, start og end, f.eks. name = "2026-Q1", start = 2026-01-01, end = 2026-03-31
ec-cycle-ends-before-start = perioden slutter ({ $end }), før den begynder ({ $start })
    .hint = `end` er periodens sidste dag, samme dag som `start` eller senere
ec-cycle-too-long = perioden fra { $start } til { $end } er længere end { $years } år
    .hint = en periode er et kvartal eller et år; følg længere mål over flere perioder
ec-range-share-above-zero = { $key } skal ligge i (0, 1], fandt { $found }
    .hint = det er en andel af den forventede fremdrift, f.eks. at_risk_below = 0.85
ec-range-share = { $key } skal ligge i [0, 1], fandt { $found }
    .hint = det er en andel af den forventede fremdrift, f.eks. off_track_below = 0.60
ec-range-at-least = { $key } skal være mindst { $min }, fandt { $found }
    .hint-stall = standardværdien er 14
    .hint-settle = standardværdien er 7; 1 vurderer et vindue fra dets første dag
ec-range-not-negative = { $key } kan ikke være negativ, fandt { $found }
    .hint = standardværdien er 7
ec-range-above-zero = { $key } skal være større end 0, fandt { $found }
    .hint = udelad den for standardvægten 1
ec-range-at-most = { $key } må højst være { $max }, fandt { $found }
    .hint = vægte er relative: 2 tæller dobbelt så meget som 1
ec-off-track-above-at-risk = off_track_below ({ $off_track }) er højere end at_risk_below ({ $at_risk })
    .hint = et nøgleresultat er i risiko, før det er bagud: hold off_track_below <= at_risk_below
ec-pending-never-fails = `pending` fejler aldrig et tjek: et vindue yngre end settle_days er for tidligt at vurdere
    .hint = angiv den i warn_on for at se den, eller fjern den fra fail_on
ec-unknown-locale = ukendt locale "{ $found }"
    .hint-suggest = mente du "{ $best }"? kendte: { $known }
    .hint = kendte locales: { $known }
ec-unknown-status = ukendt status `{ $found }`
    .hint = brug en af: { $known }

## Sources
ec-source-declared-twice = kilden `{ $name }` er erklæret to gange
    .hint = kildenavne er unikke i alle inkluderede filer
ec-metric-declared-twice = måltallet `{ $name }` er erklæret to gange
    .hint = navne på måltal er unikke i alle inkluderede filer
ec-source-needs-path = kilden `{ $source }` har ingen `path`
    .hint = tilføj path = "data/export.csv" (relativt til denne fil)
ec-source-needs-sqlite = sqlite-kilden `{ $source }` kræver `path` og `query`
    .hint = query returnerer rækker med (date, metric, value[, segment])
ec-source-needs-command = kommandokilden `{ $source }` kræver `command`
    .hint = command = ["duckdb", "-csv", "metrics.duckdb", "select day as date, ..."]: programmet og derefter dets argumenter, køres uden skal
ec-source-needs-postgres = postgres-kilden `{ $source }` kræver `url_env` og `query`
    .hint = url_env angiver den miljøvariabel, der indeholder forbindelsesstrengen
ec-command-not-for-source = kilden `{ $source }`: `command` gælder kun kommandokilder
    .hint = sæt kind = "command" for at læse den CSV, et program skriver ud
ec-key-not-for-command = kilden `{ $source }` er en kommando: `{ $key }` gælder ikke for den
    .hint = forespørgslen skrives ind i kommandoens argumenter; kommandoen skriver CSV på sin stdout
ec-key-not-for-csv = kilden `{ $source }` er en CSV-fil: `{ $key }` gælder kun databasekilder
    .hint = sæt kind = "sqlite" eller kind = "postgres" for at læse fra en database
ec-key-not-for-database = kilden `{ $source }` er en database: `{ $key }` gælder kun CSV-filer
    .hint = databasen giver typede kolonner; fjern nøglen
ec-unsupported-delimiter = skilletegnet "{ $found }" understøttes ikke
    .hint = brug ",", ";", "\t" (eller "tab") eller "|"
ec-unsupported-decimal = decimaltegnet "{ $found }" understøttes ikke
    .hint = brug "." eller ","
ec-bad-date-format = ugyldigt date_format "{ $found }"
    .hint = brug strftime-koder, f.eks. "%d.%m.%Y" eller "%m/%d/%Y"
ec-bad-table = table skal være en tabels titel eller dens nummer, 1 for den første
    .hint = `okr sources` viser filens tabeller; f.eks. table = "Instagram reach" eller table = 2
ec-timeout-too-short = timeout skal være mindst 1 sekund
    .hint = timeout = 30 venter op til 30 sekunder på forbindelsen og på forespørgslen
ec-timeout-too-long = timeout må højst være { $max } sekunder (et døgn)
ec-command-empty = kilden `{ $source }`: `command` er tom
    .hint = command = ["bq", "query", "--format=csv", "..."]: programmet og derefter dets argumenter
ec-command-no-program = kilden `{ $source }`: første element i `command` skal angive programmet
    .hint = f.eks. command = ["psql", "--csv", "-c", "select ..."]; pladsholdere hører hjemme i argumenterne
ec-command-nul = kilden `{ $source }`: et argument i `command` indeholder et NUL-tegn
    .hint = fjern det: et programs argumenter kan ikke indeholde NUL
ec-command-stray-close = kilden `{ $source }`: en `{ "}" }` i `command` afslutter ingen pladsholder
ec-command-unclosed = kilden `{ $source }`: en `{ "{" }` i `command` åbner ingen pladsholder
ec-command-unknown-placeholder = kilden `{ $source }`: ukendt pladsholder `{ "{" }{ $name }{ "}" }` i `command`
    .hint = pladsholderne er { "{" }start{ "}" }, { "{" }end{ "}" } (periodens dage) og { "{" }metrics{ "}" } (måltallenes navne), hver udfyldt som en SQL-literal; skriv { "{{" } og { "}}" } for en krøllet parentes

## Metrics and the North Star
ec-bad-metric-name = måltalsnavnet `{ $name }` kan ikke bruges i formler
    .hint = brug bogstaver, cifre, `_` og `-`, med et bogstav først
ec-metric-kinds = måltallet `{ $metric }` kræver præcis én af `source`, `ratio` eller `formula`, fandt { $found }
    .hint = source = "web" læser en fil; ratio = { "{" } numerator = "a", denominator = "b" { "}" }; formula = "a / b"
ec-column-on-derived = `column` og `segment` gælder kun et måltal, der læses fra en kilde (`{ $metric }`)
    .hint = sæt dem på de måltal, forholdstallet eller formlen bruger
ec-unknown-source = måltallet `{ $metric }` læser den ukendte kilde `{ $found }`
    .hint-none = erklær den med [[sources]] name = "..." og path = "..."
    .hint = kilderne er: { $known }
ec-unknown-metric =
    .hint-suggest = mente du `{ $best }`? måltal erklæres under [metrics]
    .hint = erklær det som [metrics.{ $name }] med en kilde, et forholdstal eller en formel
ec-unknown-metric-ratio = forholdstallet `{ $ratio }` bruger det ukendte måltal `{ $found }`
ec-unknown-metric-formula = formlen for `{ $metric }` bruger det ukendte måltal `{ $found }`
ec-unknown-metric-guardrail = værnemåltallet bruger det ukendte måltal `{ $found }`
ec-unknown-metric-north-star = nordstjernen bruger det ukendte måltal `{ $found }`
ec-unknown-metric-north-star-input = nordstjernens drivende måltal `{ $found }` er ikke et erklæret måltal
ec-unknown-metric-key-result = nøgleresultatet `{ $id }` bruger det ukendte måltal `{ $found }`
ec-unknown-metric-experiment = eksperimentet `{ $id }` bruger det ukendte måltal `{ $found }`
ec-formula-expected-operator = formlen for `{ $metric }`: uventet `{ $token }`: forventede en operator (+ - * /) eller slutningen
ec-formula-ends-early = formlen for `{ $metric }`: formlen slutter for tidligt: forventede et tal, et måltal eller `(`
ec-formula-unclosed = formlen for `{ $metric }`: denne `(` lukkes aldrig
ec-formula-not-a-number = formlen for `{ $metric }`: `{ $text }` er ikke et tal
ec-formula-unexpected = formlen for `{ $metric }`: uventet `{ $token }`: forventede et tal, et måltalsnavn eller `(`
    .hint = formler bruger + - * /, parenteser, tal og måltalsnavne
ec-ratio-of-ratio = forholdstallet `{ $ratio }` bruger `{ $part }`, som selv er et forholdstal eller en formel: et forholdstal af et forholdstal betyder ingenting
    .hint = et forholdstals dele er måltal, der læses fra en kilde; brug `formula` til alt andet
ec-formula-loop = formlerne går i ring: { $chain }
    .hint = en formel kan ikke afhænge af sig selv, direkte eller via andre
ec-guardrail-no-bound = værnemåltallet for `{ $metric }` har hverken `min` eller `max`
    .hint = f.eks. { "{" } metric = "sql_rate", min = 0.25 { "}" }
ec-guardrail-min-above-max = værnemåltallet for `{ $metric }` har min { $min } over max { $max }
ec-north-star-start-is-target = nordstjernens startværdi er lig med målværdien: der er ingen vej at gå
    .hint = sæt en målværdi over (eller under) startværdien

## Objectives, key results, experiments
ec-bad-objective-id = målets id `{ $id }` må kun indeholde a-z, 0-9 og `-`
    .hint = f.eks. id = "{ $id }"
ec-bad-key-result-id = nøgleresultatets id `{ $id }` må kun indeholde a-z, 0-9 og `-`
ec-bad-experiment-id = eksperimentets id `{ $id }` må kun indeholde a-z, 0-9 og `-`
ec-duplicate-id = id'et `{ $id }` findes to gange
    .hint = id'er er unikke blandt mål og nøgleresultater i alle filer; det første står i { $file }:{ $line }
ec-duplicate-experiment-id = eksperiment-id'et `{ $id }` findes to gange
    .hint = eksperimenternes id'er er unikke i alle filer
ec-unknown-parent = målet `{ $objective }` er knyttet til det ukendte mål `{ $found }`
    .hint = `parent` angiver id'et for et andet mål
ec-objective-loop = målene er knyttet i ring: { $chain }
    .hint = fjern én `parent`, så koblingerne danner et træ
ec-date-outside-cycle = `{ $key }` { $date } ligger uden for perioden { $cycle } ({ $start } til { $end })
    .hint = nøgleresultaters datoer ligger inden for perioden
ec-key-without = nøgleresultatet `{ $id }` har `{ $key }` uden `{ $missing }`
    .hint-current = tilføj updated = ÅÅÅÅ-MM-DD, den dag værdien blev målt
    .hint-updated = tilføj current = <værdien, der blev målt den dag>
    .hint-start = tilføj target = ...
    .hint-target = tilføj start = ... (værdien ved periodens start)
ec-both-keys = nøgleresultatet `{ $id }` har både `{ $first }` og `{ $second }`
    .hint-metric = et nøgleresultat læser et måltal eller følges op i hånden, ikke begge
    .hint-at-least = behold én; tilføj et værnemåltal for den anden grænse
    .hint-window = behold `every` for at vurdere hver periode, eller `window` for at vurdere den seneste
ec-no-measure = nøgleresultatet `{ $id }` måler ingenting
    .hint = tilføj start og target, at_least eller at_most, eller done = false for en milepæl
ec-milestone-extras = milepælen `{ $id }` (med `done`) kan ikke også have et måltal, start/target eller en grænse
    .hint = en milepæl er færdig eller ej; fjern `done` for at måle den med et måltal
ec-threshold-with-start-target = grænsenøgleresultatet `{ $id }` kan ikke også have start/target
    .hint = brug at_least/at_most for en grænse, der skal holde, eller start og target for en ændring
ec-start-is-target = nøgleresultatet `{ $id }` har start == target ({ $value }): der er intet at måle
    .hint = sæt en målværdi over startværdien for en stigning, under for et fald, eller brug at_least/at_most
ec-not-finite = nøgleresultatet `{ $id }` har en startværdi eller målværdi, der ikke er et endeligt tal
ec-plan-date-outside = plandatoen { $date } for `{ $id }` ligger uden for perioden ({ $start } til før { $end })
    .hint = planpunkter ligger inden for perioden, før dens slutning (slutningen har målværdien)
ec-plan-not-increasing = plandatoerne for `{ $id }` skal være stigende: { $date } kommer efter { $previous }
    .hint = angiv planpunkterne i datoorden, ét per dato
ec-every-on-progress = `every` gælder kun nøgleresultater med at_least/at_most (`{ $id }`)
    .hint = brug `window` til at måle en stigning per periode
ec-due-on-non-milestone = `due` og `done_on` gælder kun milepæle (`{ $id }`)
    .hint = tilføj done = false for at gøre det til en milepæl
ec-aggregate-on-ratio = nøgleresultatet `{ $id }` sætter `aggregate`, men dets måltal `{ $metric }` er et forholdstal
    .hint = fjern `aggregate`: et forholdstal er sum(numerator) / sum(denominator), en formel tager hver del med sin egen aggregering
ec-aggregate-on-formula = nøgleresultatet `{ $id }` sætter `aggregate`, men dets måltal `{ $metric }` er en formel
ec-guardrail-aggregate-on-ratio = værnemåltallet for `{ $metric }` i nøgleresultatet `{ $id }` sætter `aggregate`, men måltallet er et forholdstal
    .hint = fjern `aggregate` fra værnemåltallet
ec-guardrail-aggregate-on-formula = værnemåltallet for `{ $metric }` i nøgleresultatet `{ $id }` sætter `aggregate`, men måltallet er en formel
ec-unknown-key-result = eksperimentet `{ $experiment }` sigter mod det ukendte nøgleresultat `{ $found }`
    .hint = key_results angiver id'er på nøgleresultater
ec-experiment-ends-before-start = eksperimentet `{ $id }` slutter, før det begynder
ec-ice-out-of-range = ICE-point går fra 1 til 10, fandt { $found }
    .hint = impact, confidence og ease er hver et heltal fra 1 (lavt) til 10 (højt)

## Edits (okr set, okr experiment, okr next)
ec-bad-assignment = forventede nøgle=værdi (f.eks. target=950), fandt "{ $found }"
ec-bad-assignment-key = forventede nøgle=værdi med en simpel nøgle (f.eks. target=950), fandt "{ $found }"
ec-unknown-id = intet mål, nøgleresultat eller eksperiment har id'et `{ $found }`
    .hint = id'er på mål, nøgleresultater og eksperimenter kan ændres
ec-cannot-edit = kan ikke ændre `{ $id }` i { $path }
ec-bad-edit = { $what } `{ $id }`: { $why }
ec-edit-not-a-number = `{ $key }`: { $why }
ec-edit-bad-date = `{ $key }` er en dato: forventede ÅÅÅÅ-MM-DD (f.eks. 2026-02-28), fandt "{ $found }"
ec-edit-cannot-write-date = `{ $key }`: kan ikke skrive datoen { $date }
ec-edit-not-bool = `{ $key }` er true eller false, fandt "{ $found }"
ec-edit-not-toml = `{ $key }` tager en TOML-liste eller -tabel (f.eks. ["a", "b"]): { $message }
ec-edit-written-as-table = `{ $key }` er skrevet som en tabel i filen: ændr den dér
ec-mixed-line-ends = kan ikke ændre { $path } uden at ændre mere end værdien
    .hint = filen blander linjeskift: gem den med én slags linjeskift, og kør igen
ec-cannot-write-read = kan ikke læse { $path }: { $reason }
ec-cannot-write-beside = kan ikke skrive ved siden af { $path }: { $reason }
ec-cannot-write = kan ikke skrive { $path }: { $reason }
    .hint = tjek at filen og dens mappe er skrivbare
ec-cannot-write-replace = kan ikke erstatte { $path }: { $reason }
ec-cannot-write-sync = kan ikke synkronisere mappen for { $path }: { $reason }
ec-changed-while-editing = { $path } blev ændret, mens den blev redigeret
    .hint = intet blev skrevet; kør kommandoen igen

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
ed-long-record = rækken fra denne linje er længere end 1 GiB: en celle i anførselstegn mangler sandsynligvis sit afsluttende `"` (kilden `{ $source }`)
    .hint = luk citatet; et `"` inde i en celle i anførselstegn skrives `""`
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

## paths an OKR file names, refused (trust)
ed-named = en sti
    .okr-file = OKR-filen
    .include = den inkluderede fil
    .include-walk = mappen et inkluderingsmønster gennemgår
    .source-file = filen til kilden `{ $source }`
    .checkin-log = opfølgningsloggen
    .record = periodens arkiv
    .export = eksporten
ed-refused-dangling = { $what } `{ $path }` er et symbolsk link, der ikke peger på noget
    .hint = lad det pege på en fil i projektet, eller fjern det
ed-refused-outside = { $what } `{ $path }` ligger uden for projektroden `{ $root }`
    .hint = en OKR-fil må kun angive filer i sit eget projekt; den, der kører okr, kan tillade en mappe med --allow-path DIR eller { $env }
ed-refused-git-dir = { $what } `{ $path }` ligger i git-mappen
    .hint = okr læser ingen af gits egne filer: angiv en fil i arbejdstræet
ed-refused-unreadable = { $what } `{ $path }` kan ikke læses
    .hint = tjek filens rettigheder
ed-refused-not-regular = { $what } `{ $path }` er ikke en almindelig fil (men en FIFO, enhed eller socket)
    .hint = okr læser kun almindelige filer; eksportér dataene til en fil

## the check-in log's rows, and writing it
ed-log-header = opfølgningsloggens overskriftslinje er `{ $found }`, ikke `{ $expected }`
    .hint = første linje navngiver kolonnerne date, key_result og value (note og author er valgfrie)
ed-log-bad-date = datoen `{ $found }` er ikke en dato
    .hint = skriv datoer som ÅÅÅÅ-MM-DD, f.eks. 2026-02-15
ed-log-no-key-result = rækken angiver intet nøgleresultat
    .hint = kolonnen key_result indeholder id'et for et nøgleresultat
ed-log-bad-confidence-hint = skriv et heltal fra 1 til 10
ed-log-bad-value = værdien `{ $value }` for `{ $kr }`: { $reason }
    .hint = skriv et tal som 3,4 (eller `done` for en milepæl)
ed-log-reads-metric = `{ $kr }` læser måltallet `{ $metric }`: det tager ingen værdier fra opfølgninger
    .hint = registrér dets tiltro eller en note uden værdi, eller fjern rækken
ed-log-done-needs-number = `{ $kr }` er ikke en milepæl: `done` kræver et tal
    .hint = skriv den værdi, der blev målt den dag
ed-log-milestone-value = `{ $kr }` er en milepæl: dens værdi er `done`
    .hint = skriv `done` i kolonnen value, eller fjern rækken
ed-log-cannot = kan ikke skrive opfølgningsloggen
    .open = kan ikke åbne { $path }: { $reason }
    .lock = kan ikke låse { $path }: { $reason }
    .give = kan ikke give { $path } mappens ejer: { $reason }
    .write = kan ikke skrive { $path }: { $reason }
    .sync = kan ikke synkronisere mappen for { $path }: { $reason }
    .unlock = kan ikke låse { $path } op: { $reason }
    .hint = tjek, at mappen findes og er skrivbar
ed-value-empty = der skal angives en værdi
ed-value-ambiguous = `{ $text }` kan være { $plain } eller { $point }; skriv det uden komma, eller med decimalpunktum
ed-value-not-a-number = ikke et tal
ed-value-not-a-number-written = ikke et tal (skriv det som 3.4, 3,4 eller 1 234,5)
ed-value-not-finite = ikke et endeligt tal
ed-value-misplaced-groups = `{ $text }` har forkert placerede `{ $group }`-skilletegn
ed-confidence-range = tiltroen `{ $found }` er ikke et heltal fra 1 til 10

## PostgreSQL og SQLite: forbindelse, TLS, godkendelse, forespørgsel
ed-pg-date-type = kolonnen `{ $column }` har typen { $type_name }: datoer er DATE, TIMESTAMP eller ISO-tekst som 2026-01-31
    .hint = konvertér den i forespørgslen, f.eks. to_date(day, 'YYYYMMDD') AS date
ed-pg-value-type = kolonnen `{ $column }` har typen { $type_name }: værdier er tal (INTEGER, REAL, NUMERIC eller numerisk tekst)
    .hint = konvertér den i forespørgslen, f.eks. CAST(amount AS NUMERIC) AS value
ed-pg-url-unset = miljøvariablen { $url_env } (url_env) er ikke sat
    .hint = export { $url_env }=postgresql://user:password@host:5432/database (forbindelsesstrengen læses fra miljøet, aldrig fra OKR-filen)
ed-pg-url-not-utf8 = miljøvariablen { $url_env } (url_env) er ikke gyldig UTF-8
ed-pg-url-invalid = forbindelsesstrengen i { $url_env } er ugyldig: { $said }
    .hint = skriv den som postgresql://user:password@host:5432/database eller som host=... port=... user=... dbname=...
    .hint-sslmode = skriv den som postgresql://user:password@host:5432/database?sslmode=verify-full eller som host=... port=... user=... dbname=... sslmode=...
ed-tls-library = TLS: { $said }
    .hint = sæt sslrootcert i { $url_env } til en PEM-fil med serverens CA-certifikat
ed-tls-root-unreadable = kan ikke læse rodcertifikatet sslrootcert="{ $path }": { $said }
ed-tls-root-empty = rodcertifikatfilen sslrootcert="{ $path }" indeholder intet certifikat (PEM, -----BEGIN CERTIFICATE-----)
ed-tls-no-system-roots = fandt ingen rodcertifikater på denne maskine (installér pakken ca-certificates, eller sæt sslrootcert til serverens CA-fil)
ed-pg-auth = godkendelsen mislykkedes hos PostgreSQL { $target }: { $said }
    .hint = tjek brugeren og adgangskoden i { $url_env } (eller PGPASSWORD, eller adgangskodefilen ~/.pgpass)
ed-pg-refused = PostgreSQL { $target } afviste forbindelsen: { $said }
    .hint = tjek forbindelsesstrengen i { $url_env }
ed-pg-no-tls = PostgreSQL på { $target } taler ikke TLS, og sslmode={ $sslmode } kræver det
    .hint = slå ssl til på serveren, eller sæt sslmode=prefer eller sslmode=disable i { $url_env }, hvis netværket er betroet
ed-tls-wrong-name = kan ikke forbinde til PostgreSQL på { $target } over TLS: serverens certifikat gælder ikke for det værtsnavn, der blev forbundet til (sslmode=verify-full)
    .hint = forbind med det navn, certifikatet gælder for, eller brug sslmode=verify-ca for at tjekke certifikatet, men ikke navnet
ed-tls-wrong-name-for = kan ikke forbinde til PostgreSQL på { $target } over TLS: serverens certifikat gælder ikke for det værtsnavn, der blev forbundet til (det gælder for { $presented }) (sslmode=verify-full)
ed-tls-untrusted-file = kan ikke forbinde til PostgreSQL på { $target } over TLS: serverens certifikat er ikke signeret af rodcertifikatet i { $path }: det er ikke betroet
    .hint = sæt sslrootcert til serverens CA-certifikat (cloudtjenester offentliggør deres), eller sslmode=require uden sslrootcert for at kryptere uden kontrol
ed-tls-untrusted-system = kan ikke forbinde til PostgreSQL på { $target } over TLS: serverens certifikat er ikke signeret af systemets rodcertifikater: det er ikke betroet
ed-tls-expired = kan ikke forbinde til PostgreSQL på { $target } over TLS: serverens certifikat er udløbet
    .hint = forny serverens certifikat
ed-tls-not-accepted = kan ikke forbinde til PostgreSQL på { $target } over TLS: serverens certifikat godtages ikke: { $said }
    .hint = tjek serverens certifikat og sslrootcert
ed-tls-handshake = kan ikke forbinde til PostgreSQL på { $target } over TLS: TLS-handshaket mislykkedes: { $said }
    .hint = tjek, at værten og porten er PostgreSQL's, og sslmode
ed-pg-no-password = godkendelsen mislykkedes hos PostgreSQL { $target }: serveren beder om en adgangskode, og forbindelsesstrengen i { $url_env } har ingen
    .hint = læg adgangskoden i { $url_env } (postgresql://user:password@host/db), i PGPASSWORD eller i adgangskodefilen ~/.pgpass
ed-pg-connection-refused = kan ikke forbinde til PostgreSQL på { $target }: forbindelsen blev afvist
    .hint = kører serveren, og lytter den på den vært og port? tjek { $url_env }
ed-pg-connect-timeout = kan ikke forbinde til PostgreSQL på { $target }: intet svar inden for tidsgrænsen ({ $seconds } s)
    .hint = tjek værten og netværket, eller hæv `timeout` på kilden `{ $source }`
ed-pg-connect = kan ikke forbinde til PostgreSQL på { $target }: { $said }
ed-pg-said-detail = { $said } ({ $detail })
ed-pg-query = forespørgslen mislykkedes i PostgreSQL: { $said }
    .hint = prøv forespørgslen for kilden `{ $source }` i psql; den skal returnere rækker af (date, metric, value[, segment]), eller en datokolonne og måltalskolonner med layout wide
ed-pg-query-at = forespørgslen mislykkedes i PostgreSQL: { $said }, ved `{ $at }`
ed-pg-driver = PostgreSQL: { $said }
ed-sqlite-open = kan ikke åbne SQLite-databasen { $path }: { $reason }
    .hint = tjek `path` på kilden `{ $source }`; en relativ sti læses fra mappen med den fil, der erklærer den
ed-sqlite-no-such-file = filen findes ikke
ed-sqlite-directory = det er en mappe
ed-sqlite-query = forespørgslen mislykkedes i SQLite ({ $path }): { $said }
    .hint = prøv forespørgslen for kilden `{ $source }` i sqlite3; den skal returnere rækker af (date, metric, value[, segment]), eller en datokolonne og måltalskolonner med layout wide
ed-pg-sslmode = sslmode "{ $value }" er ikke en af disable, allow, prefer, require, verify-ca, verify-full
ed-pg-sslmode-env = PGSSLMODE "{ $value }" er ikke en af disable, allow, prefer, require, verify-ca, verify-full
ed-pg-option-unsupported = indstillingen `{ $key }` (klientcertifikater, spærrelister) understøttes ikke af okr
ed-pg-option-no-equals = forventede `=` efter `{ $key }`
ed-pg-option-no-quote = værdien af `{ $key }` mangler det afsluttende anførselstegn
ed-pg-passfile-open = adgangskodefilen "{ $path }" kan læses af gruppen eller alle og bruges ikke; rettighederne bør være u=rw (0600) eller strammere (chmod 600 { $path })
ed-warning = advarsel: { $message }
ed-sqlite-integer = { $value } (et heltal)
ed-sqlite-real = { $value } (et kommatal)
ed-sqlite-blob = { $n ->
   *[other] en blob på { $bytes } byte
}
ed-cli-fail-on-empty = --fail-on er tom: kontrollen kan aldrig fejle
    .hint = angiv statusser, f.eks. --fail-on { $example }
ed-cli-close-early = perioden { $cycle } løber til { $end }: den kan ikke lukkes { $as_of }
    .hint = luk den fra og med { $end }, eller angiv --force for at lukke den før tid med tallene pr. { $as_of }
ed-cli-not-a-directory = { $path } er ikke en mappe
    .hint = opret den først, f.eks. `mkdir -p man/man1`
ed-cli-man-pages = kan ikke skrive manualsiderne i { $dir }
ed-cli-man-page = kan ikke danne manualsiden
ed-cli-not-an-okr-file = { $path } er ikke en af OKR-filerne (hovedfilen og de filer, den inkluderer)
    .hint = føj eksperimentet til OKR-hovedfilen eller til en fil, den inkluderer
ed-cli-edit-invalid = { $path } er uændret: med denne ændring ville OKR-filen blive ugyldig:
ed-cli-set-invalid = { $path } er uændret: med { $changes } ville OKR-filen blive ugyldig:
ed-cli-next-ends-before-start = næste periode slutter ({ $end }), før den begynder ({ $start })
    .hint = --end er periodens sidste dag, samme dag som --start eller senere
ed-cli-next-same-name = næste periode kan ikke hedde det samme som den nuværende periode, `{ $name }`
    .hint = opkald den efter dens kvartal, f.eks. 2027-Q1
ed-cli-next-starts-early = næste periode begynder { $start }, før den nuværende slutter ({ $end })
    .hint = lad den begynde { $first } eller senere
ed-cli-next-no-record = { $cycle } har endnu intet periodearkiv: dens tal ville gå tabt
    .hint = kør `okr close` først (den skriver { $record }), eller angiv --force
ed-cli-next-invalid = intet blev skrevet: næste periodes filer ville blive ugyldige:
    .hint = ret de nuværende filer (eller redigér i hånden), og kør så okr next igen
ed-cli-no-north-star = { $path } mangler [north_star]
    .hint = tilføj [north_star] med name, metric, grain og target (se README: North Star)
ed-cli-report-format = kan ikke afgøre formatet ud fra filnavnet { $path }
    .hint = giv filen endelsen .html eller .md, eller angiv --format html|markdown (til PDF: udskriv HTML-filen)
ed-cli-no-source-report = kilden gav ingen rapport
ed-cli-log-not-utf8 = opfølgningsloggen er ikke gyldig UTF-8
ed-cli-report-wrote = skrev { $path } ({ $format }, { $kb } kB)
ed-cli-status-from-record = okr: måltallenes kilder kunne ikke læses ({ $reason }); viser periodearkivet { $record }, der blev skrevet, da perioden blev lukket { $date }
ed-cli-warning = okr: advarsel: { $warning }
ed-cli-validate-warning = advarsel: { $warning }
ed-cli-validate-no-values = måltal `{ $metric }`: kilden `{ $source }` har ingen værdier for `{ $column }`; fandt: { $found }
ed-cli-validate-no-values-segment = måltal `{ $metric }`: kilden `{ $source }` har ingen værdier for `{ $column }` (segment `{ $segment }`); fandt: { $found }
ed-cli-validate-found-nothing = intet
ed-cli-not-an-experiment = intet eksperiment har id'et `{ $id }`
    .objective = `{ $id }` er et mål, ikke et eksperiment
    .key-result = `{ $id }` er et nøgleresultat, ikke et eksperiment
    .hint = `okr experiments` viser eksperimenterne
    .hint-suggest = mente du `{ $best }`?

## Files the commands write
ed-cli-cannot-read-cwd = kan ikke læse den aktuelle mappe
ed-cli-cannot-write-stdout = kan ikke skrive til standard ud
ed-cli-cannot-write = kan ikke skrive { $path }
ed-cli-cannot-write-reason = kan ikke skrive { $path }: { $reason }
ed-cli-cannot-sync = kan ikke synkronisere { $path }
ed-cli-cannot-read-link = kan ikke læse linket { $path }

# Source notes (okr sources, -v, init --from); JSON keeps the English.
ed-note-decimal-sniffed = decimaltegnet `{ $mark }` udledt af "{ $cell }" på linje { $line }
ed-note-decimal-us-dates = decimaltegnet `.`: "{ $cell }" på linje { $line } læses som tusinder ved siden af amerikanske datoer (M/D/Å)
ed-note-utf16-no-bom = læst som { $encoding }: intet byte-rækkefølgemærke, men hver anden byte er NUL
ed-note-windows-1252 = læst som Windows-1252: bytene er ikke UTF-8
ed-note-header-line = overskriftslinjen er linje { $line }: linjerne før den er titler (sæt `skip_rows = { $skip }` for at sige det)
ed-note-table-chosen = læste tabel { $number } (overskrift på linje { $line }), som `table` siger
ed-note-table-found = læste tabellen med overskrift på linje { $line }; overskriften på linje { $first } mangler de ønskede kolonner
ed-note-totals-skipped = { $n ->
    [one] sprang { $count } totalrække over (linje { $lines })
   *[other] sprang { $count } totalrækker over (linjerne { $lines })
}
ed-note-no-data-rows = { $n ->
    [one] { $count } række lød "No data available."
   *[other] { $count } rækker lød "No data available."
}
ed-note-error-cells = { $n ->
    [one] { $count } celle læst som ingen data: NaN eller en regnearksfejl (den første: "{ $cell }" på linje { $line })
   *[other] { $count } celler læst som ingen data: NaN eller en regnearksfejl (den første: "{ $cell }" på linje { $line })
}
ed-note-uncounted-cells = { $n ->
    [one] { $count } celle uden for perioden blev ikke læst som tal og tælles ikke (den første: "{ $cell }" på linje { $line })
   *[other] { $count } celler uden for perioden blev ikke læst som tal og tælles ikke (den første: "{ $cell }" på linje { $line })
}
ed-note-no-rows-named = måltal `{ $key }`: ingen rækker med navnet `{ $column }` i filen
ed-note-no-rows-named-between = måltal `{ $key }`: ingen rækker med navnet `{ $column }` fra { $start } til { $end }
ed-note-stopped-at-table = stoppede på linje { $line }, hvor en anden tabel begynder ({ $columns })
ed-note-dates-day-first = dag før måned: datoerne er på hinanden følgende dage læst sådan ("{ $cell }" på linje { $line } kan læses begge veje)
ed-note-dates-month-first = måned før dag: datoerne er på hinanden følgende dage læst sådan ("{ $cell }" på linje { $line } kan læses begge veje)
ed-note-groups-read = { $n ->
    [one] { $count } gruppe læst fra { $database }
   *[other] { $count } grupper læst fra { $database }
}
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

## --- end: init-help ---
