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

## --- end: init-help ---
