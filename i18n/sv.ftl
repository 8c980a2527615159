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

## okr status: tabellen, dess fot och Markdown-formen (st-), cellerna
## som alla format för människor delar (cell-)
st-no-objectives = Inga mål.
st-trend = trend { $line }
st-col-key-result = Nyckelresultat
st-col-value = Värde
st-col-target = Målvärde
st-col-progress = Framsteg
st-col-expected = Förväntat
st-col-forecast = Prognos
st-col-confidence = Tilltro
st-col-moved = Ändring
st-col-status = Status
st-progress-bar = Framstegsstapel
st-stale = (inaktuell)
st-partial = * delvis: perioden har inte tagit slut, värdet hittills
st-as-of = per { $date }
st-left-out = ({ $n ->
    [one] { $n } kolumn utelämnad
   *[other] { $n } kolumner utelämnade
} för att rymmas på { $width } kolumner: { $columns })
st-group-untagged = ingen { $prefix }-tagg
st-md-title = OKR-status — { $cycle } (per { $date })
st-md-cycle = Period { $start } – { $end }, { $state }.
st-md-partial = * Perioden har inte tagit slut än: värdet hittills.
st-md-north-star = Nordstjärna: { $name }
st-md-period = Period
st-md-before-cycle = före perioden
st-md-input = Drivande mått
st-md-previous = Föregående
st-md-change = Förändring
st-md-trend = Trend per { $grain ->
    [day] dag
    [week] vecka
    [month] månad
   *[quarter] kvartal
}: { $line }
st-md-core-action = Kärnaktivitet: { $action }
st-md-core-action-every = Kärnaktivitet: { $action }, varje { $every }
st-md-owner = Ansvarig: { $owner }
st-md-progress = framsteg { $share }
st-md-grade = betyg { $grade }
st-md-no-key-results = Inga nyckelresultat än.
cell-milestone-done = klar
cell-milestone-not-done = inte klar
cell-cycle-ended = perioden är slut
cell-elapsed = { $share } har gått
cell-closed = { $state }, stängd { $date } ({ $record })
cell-run-rate = takt { $rate }
cell-run-rate-scaled = takt { $rate } ({ $value } på { $days ->
    [one] { $days } dag
   *[other] { $days } dagar
}, uppräknat till hela perioden)
cell-below-min = < min { $bound }
cell-above-max = > max { $bound }
cell-min = min { $bound }
cell-max = max { $bound }
cell-period = { $grain ->
    [day] dag
    [week] vecka
    [month] månad
   *[quarter] kvartal
} { $dates }
cell-so-far = { $name }, hittills
cell-no-data = ingen data
cell-before-cycle = före perioden
cell-week-of = veckan från { $date }
cell-month-year = { $month } { $year }
cell-experiments = ⚗ experiment: { $list }
cell-exp-running = { $n } pågår
cell-exp-won = { $n ->
    [one] { $n } lyckat
   *[other] { $n } lyckade
}
cell-exp-lost = { $n ->
    [one] { $n } misslyckat
   *[other] { $n } misslyckade
}
cell-exp-inconclusive = { $n } utan utfall
cell-exp-ideas = { $n } i backloggen
cell-no-running-experiment = ⚑ inget pågående experiment
cell-grain-so-far = ({ $grain ->
    [day] dagen
    [week] veckan
    [month] månaden
   *[quarter] kvartalet
} hittills)
cell-new = ny

## Skäl och meningar om skyddsmått, för alla vyer (reason-). JSON behåller
## de engelska. $grain är day, week, month eller quarter; $heading är
## forecast eller run-rate.
reason-finding-value = värde { $value }
reason-finding-value-run-rate = värde { $value } hittills, { $rate }
reason-finding-target = målvärde { $target }
reason-finding-expected = förväntat { $value } vid det här laget
reason-finding-newest = senaste datapunkt { $date }
reason-finding-stale-since = inaktuell: senaste datapunkten är från { $date }
reason-finding-stale = inaktuell
reason-breach-below = skyddsmåttet `{ $metric }` är { $value }, under skyddsgränsen min { $bound } (med { $by })
reason-breach-above = skyddsmåttet `{ $metric }` är { $value }, över skyddsgränsen max { $bound } (med { $by })
reason-breach = skyddsmåttet `{ $metric }` har passerat sin skyddsgräns
reason-too-early = för tidigt att bedöma: fönstret har löpt { $run } av de { $needs } { $n ->
    [one] dag
   *[other] dagar
} som krävs (settle_days)
reason-run-rate = (takt { $rate } utifrån { $summed } hittills)
reason-reached = nådde målvärdet { $target } ({ $progress })
reason-at-target = vid målvärdet { $target } ({ $progress }), inte slutgiltigt: värdet kan ändras tills fönstret tar slut
reason-no-progress-since = inget framsteg sedan { $date } ({ $then } då, { $now } nu) och under förväntat { $expected }
reason-no-progress-previous = inget framsteg under föregående { $grain ->
    [day] dag
    [week] vecka
    [month] månad
   *[quarter] kvartal
} ({ $then } då, { $now } nu) och under förväntat { $expected }
reason-pace-nothing-expected = framsteg { $progress } och inget förväntat än
reason-pace-below-expected = framsteg { $progress } är under förväntat { $expected }
reason-pace-on-track = framsteg { $progress } är { $ratio } av förväntat { $expected }
reason-pace-at-risk = framsteg { $progress } är { $ratio } av förväntat { $expected } (i riskzonen under { $below })
reason-pace-off-track = framsteg { $progress } är { $ratio } av förväntat { $expected } (efter plan under { $below })
reason-against-at-least = { $value } { $sign } { $limit } (minst { $limit })
reason-against-at-most = { $value } { $sign } { $limit } (högst { $limit })
reason-so-far = { $now } hittills
reason-threshold-summed = { $now } (takt, { $summed } summerat)
reason-over-budget = { $now }: över budget
reason-breaks = { $now }, men { $heading ->
    [forecast] prognosen
   *[run-rate] takten
} { $value } bryter gränsen
reason-threshold-reached = { $now }: uppnått
reason-reaches = { $now }; { $heading ->
    [forecast] prognosen
   *[run-rate] takten
} { $value } når gränsen
reason-falls-short = { $now }; { $heading ->
    [forecast] prognosen
   *[run-rate] takten
} { $value } räcker inte
reason-no-projection = { $now }; { $heading ->
    [forecast] ingen prognos
   *[run-rate] ingen takt
} som når dit
reason-periods = senaste { $grain ->
    [day] dagen
    [week] veckan
    [month] månaden
   *[quarter] kvartalet
} { $against }; höll { $held } av { $judged } { $n ->
    [one] { $grain ->
        [day] dag
        [week] vecka
        [month] månad
       *[quarter] kvartal
    }
   *[other] { $grain ->
        [day] dagar
        [week] veckor
        [month] månader
       *[quarter] kvartal
    }
}
reason-periods-below = { $text }: { $share } är under { $below }
reason-no-whole-period = { $grain ->
    [day] ingen hel dag
    [week] ingen hel vecka
    [month] ingen hel månad
   *[quarter] inget helt kvartal
} av perioden har tagit slut än
reason-done-on = klar { $date }
reason-done = klar
reason-due = inte klar än, ska vara klar { $date }
reason-overdue = inte klar, skulle ha varit klar { $date }
reason-start-unknown = startvärdet är värdet för { $grain ->
    [day] den första hela dagen
    [week] den första hela veckan
    [month] den första hela månaden
   *[quarter] det första hela kvartalet
} i perioden, ännu inte känt
reason-start-is-target = startvärdet är lika med målvärdet
reason-cycle-starts = perioden börjar { $date }
reason-no-data = ingen data för `{ $metric }` i fönstret
reason-zero-divisor = `{ $metric }` delar med noll i fönstret

## okr show: etiketter (show-label-; längre än 11 tecken breddar
## etikettkolumnen), meningar och diagrammets teckenförklaring
show-label-status = Status
show-label-why = Varför
show-label-rule = Regel
show-label-value = Värde
show-label-start = Startvärde
show-label-target = Målvärde
show-label-progress = Framsteg
show-label-expected = Förväntat
show-label-forecast = Prognos
show-label-grade = Betyg
show-label-due = Klart senast
show-label-confidence = Tilltro
show-label-note = Anteckning
show-label-metric = Mått
show-label-window = Fönster
show-label-guardrails = Skyddsmått
show-label-experiments = Experiment
show-label-data = Data
show-label-weight = Vikt
show-label-declared = Definierad
show-label-rolls-up = Summering
show-label-parent = Överordnat
show-label-tags = Taggar
show-owner = ansvarig { $owner }
show-owner-objectives = ansvarig { $owner } (målets)
show-kr-of = { $id } · nyckelresultat för ”{ $parent }” ({ $parent_id })
show-value-partial = (hittills: perioden har inte tagit slut)
show-periods-held = ({ $held } av { $judged } { $n ->
    [one] period
   *[other] perioder
} höll)
show-pace = (takt: framsteg / förväntat = { $pace })
show-forecast-by = { $value } den { $date }
show-forecast-period = — (periodfönster har ingen)
show-forecast-no-data = — (ingen data än)
show-forecast-stale = — (ingen medan datan är inaktuell: en linje skulle stiga på dagar utan data)
show-forecast-settle = — (kräver data från { $n ->
    [one] { $n } dag
   *[other] { $n } dagar
}: settle_days)
show-confidence = { $value }/10 den { $date }
show-confidence-trend = { $value }/10 den { $date }, trend { $trend }
show-note = ”{ $text }” ({ $date })
show-guardrail-ok = ok
show-guardrail-breached = bruten
show-guardrail-unknown = okänd: ingen data
show-needs-experiment = ⚑ efter plan utan pågående experiment
show-objective-kind = { $kind ->
    [aspirational] ambitiöst mål
   *[committed] åtagandemål
}
show-grade-scale = { $kind ->
    [committed] åtagande: { $grade } förväntas
   *[aspirational] ambitiöst: { $grade } är ett bra betyg
}
show-progress-none = — (inget under det)
show-rollup-key-results = endast dess nyckelresultat (rollup = "key_results")
show-rollup-aligned = endast dess underordnade mål (rollup = "aligned")
show-rollup-both = nyckelresultat och underordnade mål, viktat
show-def-milestone = inget: en milstolpe rapporteras för hand
show-def-manual = inget: mäts för hand, senaste avstämningen gäller ({ $n } hittills)
show-def-column = kolumnen `{ $column }`
show-def-metric = måttet `{ $column }`
show-def-summed = summerat
show-def-aggregate-override = { $aggregate } (nyckelresultatets; måttets är { $own })
show-def-source = { $metric }: { $what } i { $file } (källa `{ $source }`, { $layout }), { $aggregate } över fönstret
show-def-source-segment = { $metric }: { $what } i { $file } (källa `{ $source }`, { $layout }), segment `{ $segment }`, { $aggregate } över fönstret
show-def-ratio = { $metric } = summa({ $numerator }) / summa({ $denominator }) över fönstret
show-def-formula = { $metric } = { $formula }, varje del över fönstret, sedan formeln en gång
show-window-every = { $grain ->
    [day] varje hel dag
    [week] varje hel vecka
    [month] varje hel månad
   *[quarter] varje helt kvartal
} i perioden som har tagit slut bedöms
show-window-every-latest = { $grain ->
    [day] varje hel dag
    [week] varje hel vecka
    [month] varje hel månad
   *[quarter] varje helt kvartal
} i perioden som har tagit slut bedöms; den senaste: { $range }
show-window-cycle = perioden hittills, { $range }
show-window-period-so-far = { $grain ->
    [day] dagen
    [week] veckan
    [month] månaden
   *[quarter] kvartalet
} hittills (ingen har tagit slut än), { $range }
show-window-period = { $grain ->
    [day] senaste hela dagen
    [week] senaste hela veckan
    [month] senaste hela månaden
   *[quarter] senaste hela kvartalet
} som har tagit slut, { $range }
show-data-none = ingen datapunkt än
show-data-today = på rapportdagen
show-data-ago = { $n ->
    [one] { $n } dag
   *[other] { $n } dagar
} före rapportdagen
show-data-stale = inaktuell: äldre än { $n ->
    [one] { $n } dag
   *[other] { $n } dagar
}
show-data-fresh = aktuell (inaktuell efter { $n ->
    [one] { $n } dag
   *[other] { $n } dagar
})
show-data = senaste punkt { $date }, { $ago }; { $verdict }
show-due-early = { $date } (klar { $n ->
    [one] { $n } dag
   *[other] { $n } dagar
} i förväg)
show-due-late = { $date } (klar { $n ->
    [one] { $n } dag
   *[other] { $n } dagar
} för sent)
show-due-today = { $date } (i dag)
show-due-left = { $date } ({ $n ->
    [one] { $n } dag
   *[other] { $n } dagar
} kvar)
show-due-overdue = { $date } ({ $n ->
    [one] { $n } dag
   *[other] { $n } dagar
} försenad)
show-rule-not-started = { $status }: perioden har inte börjat
show-rule-no-data = { $status }: inget värde i fönstret (ett saknat värde är ingen data, aldrig noll)
show-rule-breached = { $status }: ett skyddsmått är utanför sina gränser; skyddsmått kontrolleras före framsteg och takt
show-rule-milestone-done = { $status }: rapporterad som klar
show-rule-done = { $status }: framsteg { $progress } ≥ 100 % och värdet är slutgiltigt
show-rule-stalled-period = { $status }: framsteget är inte högre än under föregående { $grain ->
    [day] dag
    [week] vecka
    [month] månad
   *[quarter] kvartal
}, och under förväntat
show-rule-stalled = { $status }: framsteget är inte högre än för { $n ->
    [one] { $n } dag
   *[other] { $n } dagar
} sedan, och under förväntat
show-rule-stalled-since = { $status }: framsteget är inte högre än för { $n ->
    [one] { $n } dag
   *[other] { $n } dagar
} sedan ({ $date }), och under förväntat
show-rule-milestone-on-track = { $status }: inte klar, och förfallodagen { $date } har inte passerats
show-rule-milestone-late = { $status }: inte klar till förfallodagen { $date }
show-rule-nothing-expected = { $status }: inget är förväntat än; i fas så länge framsteg ≥ förväntat
show-rule-pace-on-track = { $status }: takt (framsteg / förväntat) { $pace } ≥ { $at_risk } (at_risk_below)
show-rule-pace-at-risk = { $status }: takt (framsteg / förväntat) { $pace } är under { $at_risk } (at_risk_below) men minst { $off } (off_track_below)
show-rule-pace-off-track = { $status }: takt (framsteg / förväntat) { $pace } är under { $off } (off_track_below)
show-child-key-result = { $id } (nyckelresultat)
show-child-objective = { $id } (underordnat mål)
show-nothing-under = inget ligger under det
show-worst = sämsta statusen av de { $count } under det: { $children } { $n ->
    [one] är
   *[other] är
} { $status }
show-chart-plan = ┈┈ plan (förväntat)
show-chart-bound = ┈┈ gräns { $sign } { $value }
show-chart-forecast = ╌╌ prognos { $value }
show-chart-so-far = ╌╌ { $grain ->
    [day] dagen
    [week] veckan
    [month] månaden
   *[quarter] kvartalet
} hittills
show-chart-value = ━━ värde
show-chart-value-per = ━━ värde per { $grain ->
    [day] dag
    [week] vecka
    [month] månad
   *[quarter] kvartal
}
show-chart-as-of = per

## okr north-star: tavlan (ns-)
ns-change = { $grain ->
    [day] D/D
    [week] V/V
    [month] M/M
   *[quarter] K/K
}
ns-days = { $n ->
    [one] { $n } dag
   *[other] { $n } dagar
}
ns-heading = ★ { $name } — { $grain ->
    [day] dagsvis
    [week] veckovis
    [month] månadsvis
   *[quarter] kvartalsvis
}, per { $date }
ns-core-action = kärnaktivitet: { $action }
ns-every = varje { $every }
ns-target = målvärde { $value } per { $grain ->
    [day] dag
    [week] vecka
    [month] månad
   *[quarter] kvartal
}
ns-target-from = målvärde { $value } per { $grain ->
    [day] dag
    [week] vecka
    [month] månad
   *[quarter] kvartal
} från { $start }
ns-status = status { $status }
ns-no-target = inget målvärde per { $grain ->
    [day] dag
    [week] vecka
    [month] månad
   *[quarter] kvartal
}: nordstjärnans målvärde gäller dess egen tidsenhet
ns-pace-needed = takt som krävs: { $pace } per { $grain ->
    [day] dag
    [week] vecka
    [month] månad
   *[quarter] kvartal
} under { $grain ->
    [day] de { $n } återstående dagarna
    [week] de { $n } återstående veckorna
    [month] de { $n } återstående månaderna
   *[quarter] de { $n } återstående kvartalen
}
ns-no-period-left = inga hela delperioder kvar av perioden
ns-col-metric = Mått
ns-col-role = Roll
ns-col-latest = Senaste
ns-col-previous = Föregående
ns-col-trend = Trend
ns-col-target = Målvärde / gräns
ns-col-period = { $grain ->
    [day] dag
    [week] vecka
    [month] månad
   *[quarter] kvartal
}
ns-partial = * innevarande period hittills: jämförs inte

## --- end: status ---

## --- area: check ---

## okr check: the marks before a failing and a warned key result, and the
## summary line. (The reasons under each are the area "status"'s.)
chk-fail = FEL
chk-warn = varning
chk-stale = inaktuell
chk-summary = { $cycle } per { $date }: { $failing ->
    [one] { $failing } underkänt
   *[other] { $failing } underkända
}, { $warnings ->
    [one] { $warnings } varning
   *[other] { $warnings } varningar
}, { $passing ->
    [one] { $passing } godkänt
   *[other] { $passing } godkända
}
chk-junit-warning = varning: { $message }

## okr digest (text, Markdown, Slack, Teams)
digest-title = OKR-lägesrapport — { $cycle }
digest-context = Per { $date } · förändringar sedan { $since } · { $state } ({ $start } – { $end })
## $grain: day, week, month or quarter
digest-ns-change = { $change } jämfört med { $grain ->
    [day] dagen
    [week] veckan
    [month] månaden
   *[quarter] kvartalet
} innan
digest-ns-target = målvärde { $target }
digest-kr-change = ({ $change }, framsteg { $progress })
digest-status-was = { $now }, var { $was }
digest-confidence = tilltro { $value }/10
digest-owner = ansvarig { $owner }
digest-no-owner = ingen ansvarig
digest-note = ”{ $note }” ({ $date })
digest-moved = Förändringar sedan { $date }
digest-moved-none = Inget har rört sig.
digest-attention = Behöver uppmärksamhet
digest-attention-none = Inget är efter plan, står still, i riskzonen eller bryter en skyddsgräns.
digest-wins = Framgångar
digest-wins-none = Inga framgångar den här gången: ett missat nyckelresultat är data, inte skam.
digest-win-done = klart · { $objective }
digest-experiment-won = experimentet lyckades
digest-experiment-won-by = experimentet lyckades · { $owner }
## A count of key results by status: $words is the status in words, $status
## its interface name (done, on-track, ...) to choose a form by.
digest-count = { $status ->
    [done] { $n ->
        [one] { $n } klart
       *[other] { $n } klara
    }
    [guardrail-breached] { $n } med bruten skyddsgräns
   *[other] { $n } { $words }
}
digest-counts = Nyckelresultat: { $counts }.
digest-no-key-results = Inga nyckelresultat.
digest-slack-cut = Mer i `okr status`: meddelandet kortades till Slacks gräns på 50 block.

## okr experiments (table and Markdown)
exp-title = Experiment · { $cycle } · per { $date }
exp-md-title = Experiment — { $cycle } (per { $date })
exp-running = Pågår
exp-backlog = Backlogg (efter ICE-poäng)
exp-won = Lyckade experiment
exp-lost = Misslyckade experiment (data, inte skam)
exp-inconclusive = Inget utfall
exp-col-experiment = Experiment
exp-col-key-results = Nyckelresultat
exp-col-owner = Ansvarig
exp-col-ice = ICE
exp-col-dates = Datum
exp-col-lift = Effekt
exp-col-learning = Lärdom
exp-learned = lärdom: { $learning }
exp-from = från { $date }
exp-until = till { $date }
exp-lift-so-far = { $lift } hittills
exp-lift-expected = { $lift } (förväntat { $expected })
exp-no-dates = inga datum
exp-no-baseline = ingen baslinje
exp-no-data = ingen data
exp-needs-experiment = efter plan eller står still utan pågående experiment: { $ids }
exp-md-needs-experiment = Efter plan eller står still utan pågående experiment: { $ids }
exp-none = Inga experiment än: lägg till [[experiments]] i OKR-filen (se README: Experiments).

## okr metrics
inv-col-source = Källa
inv-col-metric = Mått
inv-col-rows = Rader
inv-col-missing = Saknas
inv-col-first = Första
inv-col-last = Senaste
inv-col-used-by = Används av
inv-col-file = Fil
inv-none-found = (inga mått hittades i källorna)
inv-column = `{ $column }`
inv-column-segment = `{ $column }` (segment `{ $segment }`)
inv-no-data = ingen data: måttet `{ $metric }`{ $key_results } läser { $column } från källan `{ $source }`, som saknar värden för det{ $hint }
inv-no-data-key-results = ({ $n ->
    [one] nyckelresultat
   *[other] nyckelresultat
}: { $ids })
inv-no-data-did-you-mean = ; menade du `{ $best }`? skriv column = "{ $best }" under [metrics.{ $metric }]

## okr sources: a label per line, then what it says
inv-label-encoding = kodning
inv-label-delimiter = avgränsare
inv-label-header = rubrikrad
inv-label-dates = datum
inv-label-totals = summor
inv-label-not-read = ej läst
inv-label-columns = kolumner
inv-label-metric = mått
inv-label-note = notering
inv-delimiter = `{ $delimiter }`, decimaltecken `{ $decimal }`
inv-table-of = tabell { $table } av { $tables }
inv-table-of-titled = tabell { $table } av { $tables } ”{ $title }”
inv-under-title-lines = under { $n ->
    [one] { $count } titelrad
   *[other] { $count } titelrader
}
inv-table-lacks-columns = tabellen på rad { $line } saknar de efterfrågade kolumnerna
inv-header-line = rad { $line }
inv-dates = kolumnen `{ $column }` som { $format }: { $span }, { $n ->
    [one] { $rows } rad
   *[other] { $rows } rader
}
inv-totals = hoppade över { $n ->
    [one] { $rows } rad (rad { $lines })
   *[other] { $rows } rader (raderna { $lines })
}
inv-not-read = tabell { $table } på rad { $line } (`table = { $table }` läser den): { $columns }
inv-not-read-titled = tabell { $table } ”{ $title }” på rad { $line } (`table = { $table }` läser den): { $columns }
inv-metric-read = { $metric } <- { $column }: { $n ->
    [one] { $rows } rad
   *[other] { $rows } rader
}, { $missing } saknas, { $span }
inv-span = { $first } till { $last }
inv-no-dates = inga datum
inv-kind-date = datum
inv-kind-number = tal
inv-kind-text = text
inv-kind-empty = tom

## okr log
log-col-date = Datum
log-col-key-result = Nyckelresultat
log-col-value = Värde
log-col-confidence = Tilltro
log-col-note = Notering
log-col-author = Inlagd av
log-done = klar
log-empty = inga avstämningar än i { $file }: `okr checkin KR-ID VALUE` lägger till en

## okr history
hist-none = Inga avslutade perioder än: `okr close` skriver periodens sammanställning på dess sista dag.
hist-md-title = OKR-historik
hist-md-none = Inga avslutade perioder än.
hist-col-cycle = Period
hist-col-dates = Datum
hist-col-grade = Betyg
hist-col-done = Klara
hist-col-north-star = Nordstjärna
hist-col-objective = Mål
hist-col-type = Typ
hist-col-status = Status
hist-north-star = { $value } av { $target } ({ $status })
hist-done-of = { $done } av { $total }
hist-objective = { $title } ({ $kind }, { $status })

## What the commands say they did (stderr; okr validate's line on stdout)
cmd-checkin-logged = { $id }: { $what } den { $date }, sparad i { $file }
cmd-checkin-logged-was = { $id }: { $what } den { $date } (var { $before } den { $before_date }), sparad i { $file }
cmd-checkin-done = klar
cmd-checkin-no-value = inget värde
cmd-checkin-with-confidence = { $what }, tilltro { $confidence }/10
cmd-checkin-all-logged = { $n ->
    [one] { $count } avstämning sparad
   *[other] { $count } avstämningar sparade
} i { $file }
## okr checkin's questions on a terminal
cmd-checkin-current = nu
cmd-checkin-target = målvärde
cmd-checkin-none-yet = inget än
cmd-checkin-value-on = { $value } den { $date }
cmd-checkin-target-from = { $target } (från { $start })
cmd-checkin-at-least = minst { $value }
cmd-checkin-at-most = högst { $value }
cmd-checkin-ask-value = Värde den { $date }
cmd-checkin-value-again = { $why }; ett tal som 3,4, eller Enter för att hoppa över
cmd-checkin-ask-confidence = Tilltro 1–10 (Enter för att hoppa över)
cmd-checkin-ask-note = Notering (Enter för att hoppa över)
cmd-checkin-ask-done = Klar? [j/N]
## The answers that mean yes (besides y and yes), separated by spaces
cmd-checkin-yes = j ja
## $kind: objective, key-result or experiment
cmd-set-updated = { $kind ->
    [objective] målet
    [experiment] experimentet
   *[key-result] nyckelresultatet
} `{ $id }` i { $file } uppdaterat: { $changes }
cmd-set-unchanged = { $kind ->
    [objective] målet
    [experiment] experimentet
   *[key-result] nyckelresultatet
} `{ $id }` i { $file } oförändrat: { $changes }
cmd-experiment-added = experimentet `{ $id }` lades till i { $file }
cmd-experiment-started = experimentet `{ $id }` startades i { $file }
cmd-experiment-finished = experimentet `{ $id }` avslutades i { $file }
cmd-close-closed = avslutade { $cycle } per { $date }: skrev { $file } (betyg: { $grades })
cmd-next-started = startade { $name } ({ $start } – { $end }) efter { $old }: { $n ->
    [one] { $carried } nyckelresultat
   *[other] { $carried } nyckelresultat
} flyttades över, { $left } togs bort
cmd-next-would-start = skulle starta { $name } ({ $start } – { $end }) efter { $old }: { $n ->
    [one] { $carried } nyckelresultat
   *[other] { $carried } nyckelresultat
} skulle flyttas över, { $left } tas bort (inget skrevs)
cmd-next-carried = flyttat
cmd-next-left = borttaget
cmd-next-left-kr = nyckelresultat `{ $id }` (klart)
cmd-next-left-objective = mål `{ $id }` (alla dess nyckelresultat klara)
cmd-next-left-experiment = experiment `{ $id }` (avslutat; lärdomen finns i sammanställningen)
cmd-next-removed = { $key } borttaget
cmd-next-restarts = slutade på { $value }; en summa över perioden börjar om, startvärdet behålls
cmd-next-start-moved = startvärde { $before } -> { $after } (slutvärdet)
cmd-next-start-none = inget
cmd-next-no-closing = inget slutvärde: startvärdet behålls
cmd-next-not-done = inte klart
cmd-next-threshold-kept = tröskeln behålls
cmd-next-carried-from = överfört från { $old }: { $what }
cmd-next-carried-from-removed = överfört från { $old }: { $what }; { $removed }
hist-note-skipped = hoppade över: { $problem }
cmd-validate-ok = ok: { $file }: { $objectives }, { $key_results }, { $metrics }, { $sources } ({ $rows }), { $experiments }

## Counts: $count is the number as written, $n chooses the form; .word is
## the noun alone as it follows a count
plural-day = { $n ->
    [one] { $count } dag
   *[other] { $count } dagar
}
    .word = { $n ->
        [one] dag
       *[other] dagar
    }
plural-week = { $n ->
    [one] { $count } vecka
   *[other] { $count } veckor
}
    .word = { $n ->
        [one] vecka
       *[other] veckor
    }
plural-month = { $n ->
    [one] { $count } månad
   *[other] { $count } månader
}
    .word = { $n ->
        [one] månad
       *[other] månader
    }
plural-quarter = { $n ->
    [one] { $count } kvartal
   *[other] { $count } kvartal
}
    .word = { $n ->
        [one] kvartal
       *[other] kvartal
    }
plural-row = { $n ->
    [one] { $count } rad
   *[other] { $count } rader
}
    .word = { $n ->
        [one] rad
       *[other] rader
    }
plural-data-row = { $n ->
    [one] { $count } datarad
   *[other] { $count } datarader
}
    .word = { $n ->
        [one] datarad
       *[other] datarader
    }
plural-line = { $n ->
    [one] { $count } rad
   *[other] { $count } rader
}
    .word = { $n ->
        [one] rad
       *[other] rader
    }
plural-title-line = { $n ->
    [one] { $count } titelrad
   *[other] { $count } titelrader
}
    .word = { $n ->
        [one] titelrad
       *[other] titelrader
    }
plural-column = { $n ->
    [one] { $count } kolumn
   *[other] { $count } kolumner
}
    .word = { $n ->
        [one] kolumn
       *[other] kolumner
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
    [one] { $count } nyckelresultat
   *[other] { $count } nyckelresultat
}
    .word = { $n ->
        [one] nyckelresultat
       *[other] nyckelresultat
    }
plural-metric = { $n ->
    [one] { $count } mått
   *[other] { $count } mått
}
    .word = { $n ->
        [one] mått
       *[other] mått
    }
plural-source = { $n ->
    [one] { $count } källa
   *[other] { $count } källor
}
    .word = { $n ->
        [one] källa
       *[other] källor
    }
plural-experiment = { $n ->
    [one] { $count } experiment
   *[other] { $count } experiment
}
    .word = { $n ->
        [one] experiment
       *[other] experiment
    }
plural-check-in = { $n ->
    [one] { $count } avstämning
   *[other] { $count } avstämningar
}
    .word = { $n ->
        [one] avstämning
       *[other] avstämningar
    }
plural-warning = { $n ->
    [one] { $count } varning
   *[other] { $count } varningar
}
    .word = { $n ->
        [one] varning
       *[other] varningar
    }

## --- end: check ---

## --- area: review ---
## Kvartalsgenomgången (okr report): Markdown och HTML. Statusar, typer och
## experimentstatusar kommer från de gemensamma orden; skälen från reason.rs.
rv-title = Kvartalsgenomgång av OKR:er — { $cycle }
rv-html-title = Kvartalsgenomgång av OKR:er { $cycle }, läge per { $as_of }
rv-eyebrow = Kvartalsgenomgång av OKR:er
rv-meta = Läge per { $as_of } · period { $start } – { $end } · { $state } · förändringar sedan { $since }
rv-as-of = Läge per { $date }
rv-cycle-range = Period { $start } – { $end }
rv-changes-since = Förändringar sedan { $date }
rv-colophon = Skapad av okr { $version } ur OKR-filen och dess exporterade mätdata, läge per { $as_of }. Bara data daterade den dagen eller tidigare räknas, så genomgången kan återskapas exakt.
rv-page-footer = sida { $page } av { $pages }

## Nordstjärnan
rv-north-star = Nordstjärna
rv-target = målvärde { $value }
rv-start = startvärde { $value }
rv-progress = framsteg { $progress }
rv-progress-expected = framsteg { $progress } (förväntat { $expected })
rv-trend-by = Trend per { $grain }: { $line }
rv-core-action = Kärnaktivitet: { $action }
rv-core-action-every = Kärnaktivitet: { $action }, varje { $frequency }
rv-ns-chart-label = { $name } per { $grain }
rv-ns-caption = Per { $grain ->
        [day] dag
        [week] vecka
        [month] månad
       *[quarter] kvartal
    }, till periodens slut. Streckad kontur: { $grain ->
        [day] dagen
        [week] veckan
        [month] månaden
       *[quarter] kvartalet
    } hittills (pågår, bedöms inte); blek: ett intervall som kortas av periodens start. Streckad linje: målvärde; prickad: startvärde; tunn: rampen från startvärde till målvärde.
rv-value-so-far = { $value } hittills
rv-tick-week = v{ $week }
rv-tick-quarter = K{ $quarter }
rv-tick-day = { $month }-{ $day }

## Kolumnrubriker och etiketter
rv-col-input-or-guardrail = Drivande mått eller skyddsmått
rv-col-inputs = Drivande mått
rv-col-trend = Trend
rv-col-value = Värde
rv-col-latest = Senaste
rv-col-previous = Förra
rv-col-change = Ändring
rv-col-objective = Mål
rv-col-owner = Ansvarig
rv-col-type = Typ
rv-col-progress = Framsteg
rv-col-since = Sedan { $date }
rv-col-grade = Betyg
rv-col-projected = Prognos
rv-col-projected-grade = Prognostiserat betyg
rv-col-projected-at-end = Prognos vid periodens slut
rv-col-status = Status
rv-col-key-result = Nyckelresultat
rv-col-over-cycle = Under perioden
rv-col-target = Målvärde
rv-col-expected = Förväntat
rv-col-experiment = Experiment
rv-col-dates = Datum
rv-col-learning = Lärdom

## Sammanfattningen
rv-objectives = Mål
rv-no-objectives = Inga mål.
rv-key-results = Nyckelresultat
rv-counts = Nyckelresultat: { $counts }.
rv-needs-attention = Behöver uppmärksamhet
rv-objective = Mål
rv-objective-named = Mål: { $title }
rv-md-attention-objective = Målet { $title } ({ $owner }): { $status }
rv-md-attention-objective-because = Målet { $title } ({ $owner }): { $status }, { $because }
rv-through-kr = genom sitt nyckelresultat { $title } ({ $owner })
rv-through-objective = genom det underliggande målet { $title } ({ $owner })
rv-quote = ”{ $text }”
rv-wins-risks-asks = Framgångar, risker och behov
rv-wins = Framgångar
rv-risks = Risker
rv-asks = Behov
rv-none = inga
rv-no-owner = ingen ansvarig
rv-its-owner = ansvarig
rv-owner = ansvarig
rv-status-was = { $now }, var { $then }
rv-was = var { $status }
rv-no-projection = ingen prognos
rv-missing-forecasts = { $missing } av { $total } nyckelresultat saknar prognos
rv-grade-of = { $grade } av { $expected }
rv-of-expected = av { $expected }

## Vad genomgången ber de ansvariga om
rv-ask-note = { $owner } skrev { $date }: { $note }
rv-ask-confidence = tilltron hos { $owner } är { $value }/10 ({ $date }): besluta om nyckelresultatet ska behållas, ändras eller strykas
rv-ask-experiment = efter plan eller står still utan pågående experiment: besluta vad som ska prövas
rv-ask-stale = underlaget är inaktuellt: { $owner } behöver skicka nya siffror
rv-ask-stale-newest = underlaget är inaktuellt (senaste { $date }): { $owner } behöver skicka nya siffror

## Ett måls sida
rv-eyebrow-aligned = Mål · under { $parent }
rv-owner-is = Ansvarig: { $owner }
rv-owner-label = Ansvarig
rv-kind-committed = åtagande: { $grade } förväntas
rv-kind-aspirational = ambitiöst: { $grade } är ett bra betyg
rv-weight = vikt { $weight }
rv-grade = betyg { $grade }
rv-projected-at-end = prognos vid periodens slut: { $projected }
rv-no-key-results = Inga nyckelresultat än.
rv-progress-from-aligned = Framstegen kommer från målen under det, på sidorna som följer.
rv-repeat-key-results = { $title }: nyckelresultat
rv-repeat-experiments = { $title }: experiment
rv-so-far = hittills
rv-so-far-rate = hittills; { $rate }
rv-forecast-at-end = prognos vid periodens slut { $value }
rv-forecast = prognos { $value }
rv-owners-confidence = ansvarigs tilltro { $value }/10 ({ $date })
rv-confidence = tilltro { $value }/10
rv-held = höll { $held } av { $judged } { $grain ->
        [day] { $judged ->
            [one] dag
           *[other] dagar
        }
        [week] { $judged ->
            [one] vecka
           *[other] veckor
        }
        [month] { $judged ->
            [one] månad
           *[other] månader
        }
        [quarter] kvartal
       *[other] intervall
    }
rv-on-date = den { $date }
rv-due = senast { $date }
rv-from = från { $value }
rv-done = klar
rv-new = ny
rv-stale-newest = inaktuell: senaste data { $date }
rv-no-progress-yet = inga framsteg än
rv-expected = förväntat { $value }
rv-chart-due = { $title }: senast { $date }
rv-chart-over-cycle = { $title } under perioden
rv-experiments = Experiment
rv-no-learning = ingen lärdom nedskriven
rv-guardrail-ok = skyddsgräns hålls: { $parts }
rv-guardrail-breached = skyddsgräns bruten: { $parts }
rv-guardrail-unknown = skyddsgräns okänd: { $parts }
rv-guardrail-no-data = { $metric } (ingen data)
rv-guardrail-min = lägst { $value }
rv-guardrail-max = högst { $value }

## Diagrammens teckenförklaring
rv-legend-value = värde
rv-legend-expected = förväntat (plan)
rv-legend-target = målvärde
rv-legend-forecast = prognos vid periodens slut
rv-legend-partial = intervall hittills (ofullständigt)
rv-legend-held = hölls
rv-legend-breached = bröts
rv-legend-as-of = läge per
rv-legend-due = senast

## Experimenttavlorna
rv-boards-title = Lyckade och misslyckade experiment
rv-boards-meta = Ett misslyckat experiment är data, inte skam: vad vi prövade, vad vi förväntade oss, vad vi lärde oss.
rv-board-won = Lyckade
rv-board-lost = Misslyckade
rv-board-running = Pågår
rv-board-backlog = Backlogg, efter ICE
rv-none-yet = inga än
rv-lift = effekt på { $metric }: { $lift }
rv-learned = Lärdom: { $learning }
rv-needs-experiment = Efter plan eller står still utan pågående experiment: { $krs }

## Ordlistan
rv-glossary = Ordlista
rv-gl-grade = betyg
    .meaning = framsteg begränsat till 0–1 och avrundat till en decimal; { $good } är ett bra betyg för ett ambitiöst mål, ett åtagande förväntas nå { $full }
rv-gl-progress = framsteg
    .meaning = hur långt värdet har kommit från startvärdet mot målvärdet: 0 % vid startvärdet, 100 % vid målvärdet
rv-gl-expected = förväntat
    .meaning = det framsteg planen förväntar sig på lägesdagen: linjärt över perioden om inte nyckelresultatet har en egen plan
rv-gl-pace = takt
    .meaning = framsteg mot förväntat framsteg; under inställningarnas gränser är ett nyckelresultat i riskzonen, sedan efter plan
rv-gl-pending = för tidigt
    .meaning = för tidigt att bedöma: fönstret har pågått färre dagar än inställningen settle_days
rv-gl-stalled = står still
    .meaning = inga framsteg under inställningens stall_days dagar, samtidigt som framsteget ligger under det förväntade
rv-gl-stale = inaktuell
    .meaning = senaste data är äldre än inställningens stale_days dagar: siffrorna kan vara inaktuella, och ingen prognos ritas
rv-gl-run-rate = uppräknad takt
    .meaning = ett intervall som inte är slut än, uppräknat till hela intervallet: värde × intervallets dagar ÷ dagar hittills
rv-gl-so-far = hittills
    .meaning = ett intervall som inte är slut än: värdet är ofullständigt, ritas för sig (en ihålig kvadrat, en streckad stapel, ┆ i text) och bedöms aldrig
rv-gl-forecast = prognos, prognostiserat betyg
    .meaning = en rät linje anpassad genom värdena hittills, avläst vid periodens slut; det prognostiserade betyget väger samman prognoserna med vikterna, och säger ”ingen prognos” där någon saknas
rv-gl-pp = pp
    .meaning = procentenheter: förändringen av en andel (+4 pp) eller av framsteg (framsteg +45 pp), inte en relativ förändring
rv-gl-guardrail = skyddsmått
    .meaning = ett mått som måste hålla sig inom sina gränser medan nyckelresultatet rör sig; i ett diagram är ett hållet intervall en fylld prick, ett brutet ett kryss

## --- end: review ---

## --- area: errors-config ---
error-unknown-language = okänt språk "{ $found }"
    .hint-suggest = skriv "{ $code }"
    .hint = ett av { $codes }
ec-either = `{ $a }` eller `{ $b }`
ec-thing-objective = mål
ec-thing-key-result = nyckelresultat
ec-thing-experiment = experiment
ec-did-you-mean = menade du `{ $best }`?

## Finding and reading the files
ec-is-a-directory = { $path } är en mapp, inte en OKR-fil
    .hint-inside = peka -c på TOML-filen, t.ex. { $inside }
    .hint = ange sökvägen till en .toml-fil
ec-no-okr-file = ingen { $file } hittades i { $dir } eller någon mapp ovanför
    .hint = kör `okr init` för att skriva en startfil, eller ange `-c PATH` (eller sätt OKR_CONFIG)
ec-cannot-read = kan inte läsa { $path }: { $reason }
    .hint-not-found = kontrollera sökvägen; `okr init` skriver en startfil okrs.toml
    .hint-permission = kontrollera filens behörigheter
    .hint = kontrollera att filen går att läsa
ec-too-large = { $path } är större än { $mib } MiB, för stor för en OKR-fil
    .hint = dela upp den med `include = ["teams/*.toml"]`
ec-not-utf8 = OKR-filen är inte giltig UTF-8
    .hint = spara filen som UTF-8

## Includes
ec-includes-too-deep = inkluderingarna är nästlade djupare än { $max } filer
    .hint = inkludera filerna från en fil närmare OKR-huvudfilen
ec-include-pattern-double-star = ogiltigt include-mönster: jokertecknet `**` måste vara en hel del av sökvägen, t.ex. teams/**/*.toml
ec-include-pattern-too-many = ogiltigt include-mönster: mönstret går igenom fler än { $max } poster i mappar
ec-include-pattern-glob = ogiltigt include-mönster: { $message }
    .hint = ange en sökväg eller ett mönster som "teams/*.toml"
ec-include-missing = den inkluderade filen { $path } finns inte
    .hint = include-sökvägar är relativa till filen som anger dem
ec-too-many-includes = OKR-filen inkluderar fler än { $files } filer eller { $mib } MiB text
    .hint = dela upp OKR-filerna per period eller team, eller inkludera färre filer

## TOML and its shape
ec-toml-syntax = ogiltig TOML: { $message }
    .hint = filen är inte giltig TOML här: text skrivs inom citattecken ("..."), tal som 1234.5, datum som 2026-01-01, tabeller som [namn]
ec-unknown-key = okänd nyckel `{ $found }`, { $n ->
        [0] inga nycklar är tillåtna här
        [1] förväntade { $known }
        [2] förväntade { $known }
       *[other] förväntade en av { $known }
    }
    .hint = nycklarna som är tillåtna här: { $known }
ec-unknown-value = okänt värde `{ $found }`, { $n ->
        [0] inga värden är tillåtna här
        [1] förväntade { $known }
        [2] förväntade { $known }
       *[other] förväntade ett av { $known }
    }
    .hint = värdena som är tillåtna här: { $known }
ec-missing-key = nyckeln `{ $key }` saknas
    .hint = lägg till nyckeln; startfilen som `okr init` skriver visar alla nycklar
ec-found-text = texten "{ $value }"
ec-found-integer = heltalet `{ $value }`
ec-found-float = decimaltalet `{ $value }`
ec-found-bool = sanningsvärdet `{ $value }`
ec-found-list = en lista
ec-found-table = en tabell
ec-expected-number = ett tal
ec-expected-whole-number = ett heltal
ec-expected-list = en lista som ["a", "b"]
ec-expected-text = en text
ec-expected-bool = true eller false
ec-expected-table-choice = en tabells rubrik ("Instagram reach") eller dess nummer (1 för den första)
ec-invalid-type = fel typ: { $found }, förväntade { $expected }
    .hint = kontrollera värdets typ: text inom citattecken, tal och datum utan
ec-invalid-value = ogiltigt värde: { $found }, förväntade { $expected }
ec-bad-date = förväntade ett datum som 2026-01-01
    .hint = skriv datum som ÅÅÅÅ-MM-DD utan citattecken, t.ex. start = 2026-01-01
ec-bad-date-time = förväntade ett datum utan klockslag, som 2026-01-01
ec-bad-date-found = förväntade ett datum som 2026-01-01, hittade "{ $found }"
ec-duplicate-key = nyckeln finns två gånger
    .hint = en nyckel förekommer en gång per tabell: ta bort eller byt namn på en av dem

## Cycle and settings
ec-only-in-main = { $table } hör hemma i OKR-huvudfilen, inte i en inkluderad fil
    .hint = inkluderade filer lägger till mål, experiment, mått och källor
ec-no-cycle = OKR-filen har ingen [cycle]
    .hint = lägg till [cycle] med name, start och end, t.ex. name = "2026-Q1", start = 2026-01-01, end = 2026-03-31
ec-cycle-ends-before-start = perioden slutar ({ $end }) innan den börjar ({ $start })
    .hint = `end` är periodens sista dag, samma dag som `start` eller senare
ec-cycle-too-long = perioden från { $start } till { $end } är längre än { $years } år
    .hint = en period är ett kvartal eller ett år; följ längre mål över flera perioder
ec-range-share-above-zero = { $key } måste ligga i (0, 1], hittade { $found }
    .hint = det är en andel av det förväntade framsteget, t.ex. at_risk_below = 0.85
ec-range-share = { $key } måste ligga i [0, 1], hittade { $found }
    .hint = det är en andel av det förväntade framsteget, t.ex. off_track_below = 0.60
ec-range-at-least = { $key } måste vara minst { $min }, hittade { $found }
    .hint-stall = standardvärdet är 14
    .hint-settle = standardvärdet är 7; 1 bedömer ett fönster från dess första dag
ec-range-not-negative = { $key } kan inte vara negativt, hittade { $found }
    .hint = standardvärdet är 7
ec-range-above-zero = { $key } måste vara större än 0, hittade { $found }
    .hint = utelämna den för standardvikten 1
ec-range-at-most = { $key } får vara högst { $max }, hittade { $found }
    .hint = vikter är relativa: 2 väger dubbelt så mycket som 1
ec-off-track-above-at-risk = off_track_below ({ $off_track }) är högre än at_risk_below ({ $at_risk })
    .hint = ett nyckelresultat hamnar i riskzonen innan det hamnar efter plan: håll off_track_below <= at_risk_below
ec-pending-never-fails = `pending` fäller aldrig en kontroll: ett fönster yngre än settle_days är för tidigt att bedöma
    .hint = ange den i warn_on för att se den, eller ta bort den från fail_on
ec-unknown-locale = okänd locale "{ $found }"
    .hint-suggest = menade du "{ $best }"? kända: { $known }
    .hint = kända locales: { $known }
ec-unknown-status = okänd status `{ $found }`
    .hint = använd någon av: { $known }

## Sources
ec-source-declared-twice = källan `{ $name }` är deklarerad två gånger
    .hint = källnamn är unika i alla inkluderade filer
ec-metric-declared-twice = måttet `{ $name }` är deklarerat två gånger
    .hint = måttnamn är unika i alla inkluderade filer
ec-source-needs-path = källan `{ $source }` har ingen `path`
    .hint = lägg till path = "data/export.csv" (relativt till den här filen)
ec-source-needs-sqlite = sqlite-källan `{ $source }` behöver `path` och `query`
    .hint = query returnerar rader med (date, metric, value[, segment])
ec-source-needs-command = kommandokällan `{ $source }` behöver `command`
    .hint = command = ["duckdb", "-csv", "metrics.duckdb", "select day as date, ..."]: programmet, sedan dess argument, körs utan skal
ec-source-needs-postgres = postgres-källan `{ $source }` behöver `url_env` och `query`
    .hint = url_env anger miljövariabeln som innehåller anslutningssträngen
ec-command-not-for-source = källan `{ $source }`: `command` gäller bara kommandokällor
    .hint = sätt kind = "command" för att läsa den CSV som ett program skriver ut
ec-key-not-for-command = källan `{ $source }` är ett kommando: `{ $key }` gäller inte för den
    .hint = frågan skrivs in i kommandots argument; kommandot skriver CSV på sin stdout
ec-key-not-for-csv = källan `{ $source }` är en CSV-fil: `{ $key }` gäller bara databaskällor
    .hint = sätt kind = "sqlite" eller kind = "postgres" för att läsa från en databas
ec-key-not-for-database = källan `{ $source }` är en databas: `{ $key }` gäller bara CSV-filer
    .hint = databasen ger typade kolumner; ta bort nyckeln
ec-unsupported-delimiter = avgränsaren "{ $found }" stöds inte
    .hint = använd ",", ";", "\t" (eller "tab") eller "|"
ec-unsupported-decimal = decimaltecknet "{ $found }" stöds inte
    .hint = använd "." eller ","
ec-bad-date-format = ogiltigt date_format "{ $found }"
    .hint = använd strftime-koder, t.ex. "%d.%m.%Y" eller "%m/%d/%Y"
ec-bad-table = table måste vara en tabells rubrik eller dess nummer, 1 för den första
    .hint = `okr sources` listar filens tabeller; t.ex. table = "Instagram reach" eller table = 2
ec-timeout-too-short = timeout måste vara minst 1 sekund
    .hint = timeout = 30 väntar upp till 30 sekunder på anslutningen och på frågan
ec-timeout-too-long = timeout får vara högst { $max } sekunder (ett dygn)
ec-command-empty = källan `{ $source }`: `command` är tom
    .hint = command = ["bq", "query", "--format=csv", "..."]: programmet, sedan dess argument
ec-command-no-program = källan `{ $source }`: första posten i `command` måste ange programmet
    .hint = t.ex. command = ["psql", "--csv", "-c", "select ..."]; platshållare hör hemma i argumenten
ec-command-nul = källan `{ $source }`: ett argument i `command` innehåller ett NUL-tecken
    .hint = ta bort det: ett programs argument kan inte innehålla NUL
ec-command-stray-close = källan `{ $source }`: en `{ "}" }` i `command` avslutar ingen platshållare
ec-command-unclosed = källan `{ $source }`: en `{ "{" }` i `command` inleder ingen platshållare
ec-command-unknown-placeholder = källan `{ $source }`: okänd platshållare `{ "{" }{ $name }{ "}" }` i `command`
    .hint = platshållarna är { "{" }start{ "}" }, { "{" }end{ "}" } (periodens dagar) och { "{" }metrics{ "}" } (måttens namn), var och en ifylld som en SQL-literal; skriv { "{{" } och { "}}" } för en klammer

## Metrics and the North Star
ec-bad-metric-name = måttnamnet `{ $name }` går inte att använda i formler
    .hint = använd bokstäver, siffror, `_` och `-`, med en bokstav först
ec-metric-kinds = måttet `{ $metric }` behöver exakt en av `source`, `ratio` eller `formula`, hittade { $found }
    .hint = source = "web" läser en fil; ratio = { "{" } numerator = "a", denominator = "b" { "}" }; formula = "a / b"
ec-column-on-derived = `column` och `segment` gäller bara ett mått som läses från en källa (`{ $metric }`)
    .hint = sätt dem på måtten som kvoten eller formeln använder
ec-unknown-source = måttet `{ $metric }` läser den okända källan `{ $found }`
    .hint-none = deklarera den med [[sources]] name = "..." och path = "..."
    .hint = källorna är: { $known }
ec-unknown-metric =
    .hint-suggest = menade du `{ $best }`? mått deklareras under [metrics]
    .hint = deklarera det som [metrics.{ $name }] med en källa, en kvot eller en formel
ec-unknown-metric-ratio = kvoten `{ $ratio }` använder det okända måttet `{ $found }`
ec-unknown-metric-formula = formeln för `{ $metric }` använder det okända måttet `{ $found }`
ec-unknown-metric-guardrail = skyddsmåttet använder det okända måttet `{ $found }`
ec-unknown-metric-north-star = nordstjärnan använder det okända måttet `{ $found }`
ec-unknown-metric-north-star-input = nordstjärnans drivande mått `{ $found }` är inte ett deklarerat mått
ec-unknown-metric-key-result = nyckelresultatet `{ $id }` använder det okända måttet `{ $found }`
ec-unknown-metric-experiment = experimentet `{ $id }` använder det okända måttet `{ $found }`
ec-formula-expected-operator = formeln för `{ $metric }`: oväntat `{ $token }`: förväntade en operator (+ - * /) eller slutet
ec-formula-ends-early = formeln för `{ $metric }`: formeln tar slut för tidigt: förväntade ett tal, ett mått eller `(`
ec-formula-unclosed = formeln för `{ $metric }`: den här `(` stängs aldrig
ec-formula-not-a-number = formeln för `{ $metric }`: `{ $text }` är inte ett tal
ec-formula-unexpected = formeln för `{ $metric }`: oväntat `{ $token }`: förväntade ett tal, ett måttnamn eller `(`
    .hint = formler använder + - * /, parenteser, tal och måttnamn
ec-ratio-of-ratio = kvoten `{ $ratio }` använder `{ $part }`, som själv är en kvot eller formel: en kvot av en kvot betyder ingenting
    .hint = kvotens delar är mått som läses från en källa; använd `formula` för allt annat
ec-formula-loop = formlerna går i en slinga: { $chain }
    .hint = en formel kan inte bero på sig själv, direkt eller via andra
ec-guardrail-no-bound = skyddsmåttet för `{ $metric }` har varken `min` eller `max`
    .hint = t.ex. { "{" } metric = "sql_rate", min = 0.25 { "}" }
ec-guardrail-min-above-max = skyddsmåttet för `{ $metric }` har min { $min } över max { $max }
ec-north-star-start-is-target = nordstjärnans startvärde är lika med målvärdet: det finns ingenstans att gå
    .hint = sätt ett målvärde över (eller under) startvärdet

## Objectives, key results, experiments
ec-bad-objective-id = målets id `{ $id }` får bara innehålla a-z, 0-9 och `-`
    .hint = t.ex. id = "{ $id }"
ec-bad-key-result-id = nyckelresultatets id `{ $id }` får bara innehålla a-z, 0-9 och `-`
ec-bad-experiment-id = experimentets id `{ $id }` får bara innehålla a-z, 0-9 och `-`
ec-duplicate-id = id:t `{ $id }` finns två gånger
    .hint = id:n är unika bland mål och nyckelresultat i alla filer; det första finns på { $file }:{ $line }
ec-duplicate-experiment-id = experimentets id `{ $id }` finns två gånger
    .hint = experimentens id:n är unika i alla filer
ec-unknown-parent = målet `{ $objective }` är kopplat till det okända målet `{ $found }`
    .hint = `parent` anger id:t för ett annat mål
ec-objective-loop = målen är kopplade i en slinga: { $chain }
    .hint = ta bort en `parent` så att kopplingarna bildar ett träd
ec-date-outside-cycle = `{ $key }` { $date } ligger utanför perioden { $cycle } ({ $start } till { $end })
    .hint = nyckelresultatens datum ligger inom perioden
ec-key-without = nyckelresultatet `{ $id }` har `{ $key }` utan `{ $missing }`
    .hint-current = lägg till updated = ÅÅÅÅ-MM-DD, dagen då värdet mättes
    .hint-updated = lägg till current = <värdet som mättes den dagen>
    .hint-start = lägg till target = ...
    .hint-target = lägg till start = ... (värdet vid periodens start)
ec-both-keys = nyckelresultatet `{ $id }` har både `{ $first }` och `{ $second }`
    .hint-metric = ett nyckelresultat läser ett mått eller stäms av för hand, inte båda
    .hint-at-least = behåll en; lägg till ett skyddsmått för den andra gränsen
    .hint-window = behåll `every` för att bedöma varje period, eller `window` för att bedöma den senaste
ec-no-measure = nyckelresultatet `{ $id }` mäter ingenting
    .hint = lägg till start och target, at_least eller at_most, eller done = false för ett delmål
ec-milestone-extras = delmålet `{ $id }` (med `done`) kan inte också ha ett mått, start/target eller en gräns
    .hint = ett delmål är klart eller inte; ta bort `done` för att mäta det med ett mått
ec-threshold-with-start-target = gränsnyckelresultatet `{ $id }` kan inte också ha start/target
    .hint = använd at_least/at_most för en gräns som ska hålla, eller start och target för en förändring
ec-start-is-target = nyckelresultatet `{ $id }` har start == target ({ $value }): det finns inget att mäta
    .hint = sätt ett målvärde över startvärdet för en ökning, under för en minskning, eller använd at_least/at_most
ec-not-finite = nyckelresultatet `{ $id }` har ett startvärde eller målvärde som inte är ett ändligt tal
ec-plan-date-outside = plandatumet { $date } för `{ $id }` ligger utanför perioden ({ $start } till före { $end })
    .hint = planpunkter ligger inom perioden, före dess slut (slutet har målvärdet)
ec-plan-not-increasing = plandatumen för `{ $id }` måste öka strikt: { $date } kommer efter { $previous }
    .hint = lista planpunkterna i datumordning, en per datum
ec-every-on-progress = `every` gäller bara nyckelresultat med at_least/at_most (`{ $id }`)
    .hint = använd `window` för att mäta en ökning per period
ec-due-on-non-milestone = `due` och `done_on` gäller bara delmål (`{ $id }`)
    .hint = lägg till done = false för att göra det till ett delmål
ec-aggregate-on-ratio = nyckelresultatet `{ $id }` anger `aggregate`, men dess mått `{ $metric }` är en kvot
    .hint = ta bort `aggregate`: en kvot är sum(numerator) / sum(denominator), en formel tar varje del med dess egen aggregering
ec-aggregate-on-formula = nyckelresultatet `{ $id }` anger `aggregate`, men dess mått `{ $metric }` är en formel
ec-guardrail-aggregate-on-ratio = skyddsmåttet för `{ $metric }` i nyckelresultatet `{ $id }` anger `aggregate`, men måttet är en kvot
    .hint = ta bort `aggregate` från skyddsmåttet
ec-guardrail-aggregate-on-formula = skyddsmåttet för `{ $metric }` i nyckelresultatet `{ $id }` anger `aggregate`, men måttet är en formel
ec-unknown-key-result = experimentet `{ $experiment }` siktar på det okända nyckelresultatet `{ $found }`
    .hint = key_results listar id:n för nyckelresultat
ec-experiment-ends-before-start = experimentet `{ $id }` slutar innan det börjar
ec-ice-out-of-range = ICE-poäng går från 1 till 10, hittade { $found }
    .hint = impact, confidence och ease är vart och ett ett heltal från 1 (lågt) till 10 (högt)

## Edits (okr set, okr experiment, okr next)
ec-bad-assignment = förväntade nyckel=värde (t.ex. target=950), hittade "{ $found }"
ec-bad-assignment-key = förväntade nyckel=värde med en enkel nyckel (t.ex. target=950), hittade "{ $found }"
ec-unknown-id = inget mål, nyckelresultat eller experiment har id:t `{ $found }`
    .hint = id:n för mål, nyckelresultat och experiment kan ändras
ec-cannot-edit = kan inte ändra `{ $id }` i { $path }
ec-bad-edit = { $what } `{ $id }`: { $why }
ec-edit-not-a-number = `{ $key }`: { $why }
ec-edit-bad-date = `{ $key }` är ett datum: förväntade ÅÅÅÅ-MM-DD (t.ex. 2026-02-28), hittade "{ $found }"
ec-edit-cannot-write-date = `{ $key }`: kan inte skriva datumet { $date }
ec-edit-not-bool = `{ $key }` är true eller false, hittade "{ $found }"
ec-edit-not-toml = `{ $key }` tar en TOML-lista eller -tabell (t.ex. ["a", "b"]): { $message }
ec-edit-written-as-table = `{ $key }` är skriven som en tabell i filen: ändra den där
ec-mixed-line-ends = kan inte ändra { $path } utan att ändra mer än värdet
    .hint = filen blandar radslut: spara den med en sorts radslut och kör sedan igen
ec-cannot-write-read = kan inte läsa { $path }: { $reason }
ec-cannot-write-beside = kan inte skriva bredvid { $path }: { $reason }
ec-cannot-write = kan inte skriva { $path }: { $reason }
    .hint = kontrollera att filen och dess mapp är skrivbara
ec-cannot-write-replace = kan inte ersätta { $path }: { $reason }
ec-cannot-write-sync = kan inte synka mappen för { $path }: { $reason }
ec-changed-while-editing = { $path } ändrades medan den redigerades
    .hint = ingenting skrevs; kör kommandot igen

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
ed-long-record = posten från den här raden är längre än 1 GiB: en cell inom citattecken saknar troligen sitt avslutande `"` (källan `{ $source }`)
    .hint = stäng citatet; ett `"` inuti en cell inom citattecken skrivs `""`
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

## paths an OKR file names, refused (trust)
ed-named = en sökväg
    .okr-file = OKR-filen
    .include = den inkluderade filen
    .include-walk = katalogen som ett inkluderingsmönster går igenom
    .source-file = filen för källan `{ $source }`
    .checkin-log = avstämningsloggen
    .record = periodens arkiv
    .export = exporten
ed-refused-dangling = { $what } `{ $path }` är en symbolisk länk som inte pekar på något
    .hint = låt den peka på en fil i projektet, eller ta bort den
ed-refused-outside = { $what } `{ $path }` ligger utanför projektroten `{ $root }`
    .hint = en OKR-fil får bara ange filer i sitt eget projekt; den som kör okr kan tillåta en katalog med --allow-path DIR eller { $env }
ed-refused-git-dir = { $what } `{ $path }` ligger i git-katalogen
    .hint = okr läser inga av gits egna filer: ange en fil i arbetskatalogen
ed-refused-unreadable = { $what } `{ $path }` kan inte läsas
    .hint = kontrollera filens behörigheter
ed-refused-not-regular = { $what } `{ $path }` är ingen vanlig fil (utan en FIFO, enhet eller socket)
    .hint = okr läser bara vanliga filer; exportera datan till en fil

## the check-in log's rows, and writing it
ed-log-header = avstämningsloggens rubrikrad är `{ $found }`, inte `{ $expected }`
    .hint = första raden namnger kolumnerna date, key_result och value (note och author är valfria)
ed-log-bad-date = datumet `{ $found }` är inget datum
    .hint = skriv datum som ÅÅÅÅ-MM-DD, t.ex. 2026-02-15
ed-log-no-key-result = raden anger inget nyckelresultat
    .hint = kolumnen key_result innehåller id:t för ett nyckelresultat
ed-log-bad-confidence-hint = skriv ett heltal från 1 till 10
ed-log-bad-value = värdet `{ $value }` för `{ $kr }`: { $reason }
    .hint = skriv ett tal som 3,4 (eller `done` för en milstolpe)
ed-log-reads-metric = `{ $kr }` läser måttet `{ $metric }`: det tar inga värden från avstämningar
    .hint = stäm av dess tilltro eller en anteckning utan värde, eller ta bort raden
ed-log-done-needs-number = `{ $kr }` är ingen milstolpe: `done` kräver ett tal
    .hint = skriv värdet som mättes den dagen
ed-log-milestone-value = `{ $kr }` är en milstolpe: dess värde är `done`
    .hint = skriv `done` i kolumnen value, eller ta bort raden
ed-log-cannot = kan inte skriva avstämningsloggen
    .open = kan inte öppna { $path }: { $reason }
    .lock = kan inte låsa { $path }: { $reason }
    .give = kan inte ge { $path } katalogens ägare: { $reason }
    .write = kan inte skriva { $path }: { $reason }
    .sync = kan inte synka katalogen för { $path }: { $reason }
    .unlock = kan inte låsa upp { $path }: { $reason }
    .hint = kontrollera att katalogen finns och är skrivbar
ed-value-empty = ett värde behövs
ed-value-ambiguous = `{ $text }` kan vara { $plain } eller { $point }; skriv det utan kommatecken, eller med decimalpunkt
ed-value-not-a-number = inget tal
ed-value-not-a-number-written = inget tal (skriv det som 3.4, 3,4 eller 1 234,5)
ed-value-not-finite = inget ändligt tal
ed-value-misplaced-groups = `{ $text }` har felplacerade `{ $group }`-avgränsare
ed-confidence-range = tilltron `{ $found }` är inget heltal från 1 till 10

## PostgreSQL och SQLite: anslutning, TLS, autentisering, fråga
ed-pg-date-type = kolumnen `{ $column }` har typen { $type_name }: datum är DATE, TIMESTAMP eller ISO-text som 2026-01-31
    .hint = konvertera den i frågan, t.ex. to_date(day, 'YYYYMMDD') AS date
ed-pg-value-type = kolumnen `{ $column }` har typen { $type_name }: värden är tal (INTEGER, REAL, NUMERIC eller numerisk text)
    .hint = konvertera den i frågan, t.ex. CAST(amount AS NUMERIC) AS value
ed-pg-url-unset = miljövariabeln { $url_env } (url_env) är inte satt
    .hint = export { $url_env }=postgresql://user:password@host:5432/database (anslutningssträngen läses från miljön, aldrig från OKR-filen)
ed-pg-url-not-utf8 = miljövariabeln { $url_env } (url_env) är inte giltig UTF-8
ed-pg-url-invalid = anslutningssträngen i { $url_env } är ogiltig: { $said }
    .hint = skriv den som postgresql://user:password@host:5432/database eller som host=... port=... user=... dbname=...
    .hint-sslmode = skriv den som postgresql://user:password@host:5432/database?sslmode=verify-full eller som host=... port=... user=... dbname=... sslmode=...
ed-tls-library = TLS: { $said }
    .hint = sätt sslrootcert i { $url_env } till en PEM-fil med serverns CA-certifikat
ed-tls-root-unreadable = kan inte läsa rotcertifikatet sslrootcert="{ $path }": { $said }
ed-tls-root-empty = rotcertifikatfilen sslrootcert="{ $path }" innehåller inget certifikat (PEM, -----BEGIN CERTIFICATE-----)
ed-tls-no-system-roots = hittade inga rotcertifikat på den här datorn (installera paketet ca-certificates, eller sätt sslrootcert till serverns CA-fil)
ed-pg-auth = autentiseringen misslyckades hos PostgreSQL { $target }: { $said }
    .hint = kontrollera användaren och lösenordet i { $url_env } (eller PGPASSWORD, eller lösenordsfilen ~/.pgpass)
ed-pg-refused = PostgreSQL { $target } avvisade anslutningen: { $said }
    .hint = kontrollera anslutningssträngen i { $url_env }
ed-pg-no-tls = PostgreSQL på { $target } talar inte TLS, och sslmode={ $sslmode } kräver det
    .hint = slå på ssl på servern, eller sätt sslmode=prefer eller sslmode=disable i { $url_env } om nätverket är betrott
ed-tls-wrong-name = kan inte ansluta till PostgreSQL på { $target } över TLS: serverns certifikat gäller inte för värdnamnet som anslutningen gjordes till (sslmode=verify-full)
    .hint = anslut med det namn certifikatet gäller för, eller använd sslmode=verify-ca för att kontrollera certifikatet men inte namnet
ed-tls-wrong-name-for = kan inte ansluta till PostgreSQL på { $target } över TLS: serverns certifikat gäller inte för värdnamnet som anslutningen gjordes till (det gäller för { $presented }) (sslmode=verify-full)
ed-tls-untrusted-file = kan inte ansluta till PostgreSQL på { $target } över TLS: serverns certifikat är inte signerat av rotcertifikatet i { $path }: det är inte betrott
    .hint = sätt sslrootcert till serverns CA-certifikat (molntjänster publicerar sina), eller sslmode=require utan sslrootcert för att kryptera utan kontroll
ed-tls-untrusted-system = kan inte ansluta till PostgreSQL på { $target } över TLS: serverns certifikat är inte signerat av systemets rotcertifikat: det är inte betrott
ed-tls-expired = kan inte ansluta till PostgreSQL på { $target } över TLS: serverns certifikat har gått ut
    .hint = förnya serverns certifikat
ed-tls-not-accepted = kan inte ansluta till PostgreSQL på { $target } över TLS: serverns certifikat godtas inte: { $said }
    .hint = kontrollera serverns certifikat och sslrootcert
ed-tls-handshake = kan inte ansluta till PostgreSQL på { $target } över TLS: TLS-handskakningen misslyckades: { $said }
    .hint = kontrollera att värden och porten är PostgreSQL:s, och sslmode
ed-pg-no-password = autentiseringen misslyckades hos PostgreSQL { $target }: servern begär ett lösenord och anslutningssträngen i { $url_env } har inget
    .hint = lägg lösenordet i { $url_env } (postgresql://user:password@host/db), i PGPASSWORD eller i lösenordsfilen ~/.pgpass
ed-pg-connection-refused = kan inte ansluta till PostgreSQL på { $target }: anslutningen nekades
    .hint = körs servern, och lyssnar den på den värden och porten? kontrollera { $url_env }
ed-pg-connect-timeout = kan inte ansluta till PostgreSQL på { $target }: inget svar inom tidsgränsen ({ $seconds } s)
    .hint = kontrollera värden och nätverket, eller höj `timeout` på källan `{ $source }`
ed-pg-connect = kan inte ansluta till PostgreSQL på { $target }: { $said }
ed-pg-said-detail = { $said } ({ $detail })
ed-pg-query = frågan misslyckades i PostgreSQL: { $said }
    .hint = prova frågan för källan `{ $source }` i psql; den måste returnera rader av (date, metric, value[, segment]), eller en datumkolumn och måttkolumner med layout wide
ed-pg-query-at = frågan misslyckades i PostgreSQL: { $said }, vid `{ $at }`
ed-pg-driver = PostgreSQL: { $said }
ed-sqlite-open = kan inte öppna SQLite-databasen { $path }: { $reason }
    .hint = kontrollera `path` för källan `{ $source }`; en relativ sökväg läses från katalogen där filen som deklarerar den ligger
ed-sqlite-no-such-file = filen finns inte
ed-sqlite-directory = det är en katalog
ed-sqlite-query = frågan misslyckades i SQLite ({ $path }): { $said }
    .hint = prova frågan för källan `{ $source }` i sqlite3; den måste returnera rader av (date, metric, value[, segment]), eller en datumkolumn och måttkolumner med layout wide
ed-pg-sslmode = sslmode "{ $value }" är inte något av disable, allow, prefer, require, verify-ca, verify-full
ed-pg-sslmode-env = PGSSLMODE "{ $value }" är inte något av disable, allow, prefer, require, verify-ca, verify-full
ed-pg-option-unsupported = alternativet `{ $key }` (klientcertifikat, spärrlistor) stöds inte av okr
ed-pg-option-no-equals = `=` förväntades efter `{ $key }`
ed-pg-option-no-quote = värdet av `{ $key }` saknar avslutande citattecken
ed-pg-passfile-open = lösenordsfilen "{ $path }" kan läsas av gruppen eller alla och används inte; behörigheten ska vara u=rw (0600) eller snävare (chmod 600 { $path })
ed-warning = varning: { $message }
ed-sqlite-integer = { $value } (ett heltal)
ed-sqlite-real = { $value } (ett flyttal)
ed-sqlite-blob = { $n ->
   *[other] en blob på { $bytes } byte
}
ed-cli-fail-on-empty = --fail-on är tomt: kontrollen skulle aldrig kunna slå larm
    .hint = ange statusar, t.ex. --fail-on { $example }
ed-cli-close-early = perioden { $cycle } pågår till { $end }: den kan inte stängas { $as_of }
    .hint = stäng den från och med { $end }, eller ange --force för att stänga den i förtid med siffrorna per { $as_of }
ed-cli-not-a-directory = { $path } är ingen katalog
    .hint = skapa den först, t.ex. `mkdir -p man/man1`
ed-cli-man-pages = kan inte skriva manualsidorna i { $dir }
ed-cli-man-page = kan inte skapa manualsidan
ed-cli-not-an-okr-file = { $path } är inte en av OKR-filerna (huvudfilen och filerna den inkluderar)
    .hint = lägg till experimentet i OKR-huvudfilen eller i en fil som den inkluderar
ed-cli-edit-invalid = { $path } är oförändrad: med den här ändringen skulle OKR-filen bli ogiltig:
ed-cli-set-invalid = { $path } är oförändrad: med { $changes } skulle OKR-filen bli ogiltig:
ed-cli-next-ends-before-start = nästa period slutar ({ $end }) innan den börjar ({ $start })
    .hint = --end är periodens sista dag, samma dag som --start eller senare
ed-cli-next-same-name = nästa period kan inte heta som den nuvarande perioden, `{ $name }`
    .hint = döp den efter dess kvartal, t.ex. 2027-Q1
ed-cli-next-starts-early = nästa period börjar { $start }, innan den nuvarande slutar ({ $end })
    .hint = låt den börja { $first } eller senare
ed-cli-next-no-record = { $cycle } har inget periodarkiv än: dess siffror skulle gå förlorade
    .hint = kör `okr close` först (den skriver { $record }), eller ange --force
ed-cli-next-invalid = ingenting skrevs: nästa periods filer skulle bli ogiltiga:
    .hint = rätta de nuvarande filerna (eller redigera för hand) och kör sedan okr next igen
ed-cli-no-north-star = { $path } saknar [north_star]
    .hint = lägg till [north_star] med name, metric, grain och target (se README: North Star)
ed-cli-report-format = kan inte avgöra formatet utifrån filnamnet { $path }
    .hint = ge filen ändelsen .html eller .md, eller ange --format html|markdown (för PDF, skriv ut HTML-filen)
ed-cli-no-source-report = källan gav ingen rapport
ed-cli-log-not-utf8 = avstämningsloggen är inte giltig UTF-8
ed-cli-report-wrote = skrev { $path } ({ $format }, { $kb } kB)
ed-cli-status-from-record = okr: måttens källor kunde inte läsas ({ $reason }); visar periodarkivet { $record } som skrevs när perioden stängdes { $date }
ed-cli-warning = okr: varning: { $warning }
ed-cli-validate-warning = varning: { $warning }
ed-cli-validate-no-values = mått `{ $metric }`: källan `{ $source }` har inga värden för `{ $column }`; hittade: { $found }
ed-cli-validate-no-values-segment = mått `{ $metric }`: källan `{ $source }` har inga värden för `{ $column }` (segment `{ $segment }`); hittade: { $found }
ed-cli-validate-found-nothing = ingenting
ed-cli-not-an-experiment = inget experiment har id `{ $id }`
    .objective = `{ $id }` är ett mål, inte ett experiment
    .key-result = `{ $id }` är ett nyckelresultat, inte ett experiment
    .hint = `okr experiments` listar experimenten
    .hint-suggest = menade du `{ $best }`?

## Files the commands write
ed-cli-cannot-read-cwd = kan inte läsa den aktuella mappen
ed-cli-cannot-write-stdout = kan inte skriva till standard ut
ed-cli-cannot-write = kan inte skriva { $path }
ed-cli-cannot-write-reason = kan inte skriva { $path }: { $reason }
ed-cli-cannot-sync = kan inte synka { $path }
ed-cli-cannot-read-link = kan inte läsa länken { $path }

# Source notes (okr sources, -v, init --from); JSON keeps the English.
ed-note-decimal-sniffed = decimaltecknet `{ $mark }` utläst ur "{ $cell }" på rad { $line }
ed-note-decimal-us-dates = decimaltecknet `.`: "{ $cell }" på rad { $line } läses som tusental bredvid amerikanska datum (M/D/Å)
ed-note-utf16-no-bom = läst som { $encoding }: ingen byteordningsmarkering, men varannan byte är NUL
ed-note-windows-1252 = läst som Windows-1252: byten är inte UTF-8
ed-note-header-line = rubrikraden är rad { $line }: raderna före den är titlar (ange `skip_rows = { $skip }` för att säga det)
ed-note-table-chosen = läste tabell { $number } (rubrikrad på rad { $line }), som `table` anger
ed-note-table-found = läste tabellen vars rubrikrad är rad { $line }; rubrikraden på rad { $first } saknar de sökta kolumnerna
ed-note-totals-skipped = { $n ->
    [one] hoppade över { $count } summarad (rad { $lines })
   *[other] hoppade över { $count } summarader (raderna { $lines })
}
ed-note-no-data-rows = { $n ->
    [one] { $count } rad löd "No data available."
   *[other] { $count } rader löd "No data available."
}
ed-note-error-cells = { $n ->
    [one] { $count } cell lästes som ingen data: NaN eller ett kalkylbladsfel (den första: "{ $cell }" på rad { $line })
   *[other] { $count } celler lästes som ingen data: NaN eller ett kalkylbladsfel (den första: "{ $cell }" på rad { $line })
}
ed-note-uncounted-cells = { $n ->
    [one] { $count } cell utanför perioden lästes inte som tal och räknas inte (den första: "{ $cell }" på rad { $line })
   *[other] { $count } celler utanför perioden lästes inte som tal och räknas inte (den första: "{ $cell }" på rad { $line })
}
ed-note-no-rows-named = mått `{ $key }`: inga rader med namnet `{ $column }` i filen
ed-note-no-rows-named-between = mått `{ $key }`: inga rader med namnet `{ $column }` från { $start } till { $end }
ed-note-stopped-at-table = slutade på rad { $line }, där en annan tabell börjar ({ $columns })
ed-note-dates-day-first = dag före månad: datumen är på varandra följande dagar lästa så ("{ $cell }" på rad { $line } går att läsa åt båda hållen)
ed-note-dates-month-first = månad före dag: datumen är på varandra följande dagar lästa så ("{ $cell }" på rad { $line } går att läsa åt båda hållen)
ed-note-groups-read = { $n ->
    [one] { $count } grupp läst från { $database }
   *[other] { $count } grupper lästa från { $database }
}
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

## --- end: init-help ---
