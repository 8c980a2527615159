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

## --- end: init-help ---
