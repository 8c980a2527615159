//! Counts in sentences: `1 objective`, `2 objectives`, `0 sources`, in the
//! reader's language (`i18n/*.ftl`, messages `plural-*`).
//!
//! The nouns okr counts are named by their English singular; each has a
//! message whose plural forms follow the language (`1 rad`, `2 rader`;
//! `1 rivi`, `2 riviä`). The count is written with plain digits, as the
//! English always was.

use crate::t;

/// `n` and the noun, plural unless `n` is one: `noun(1, "row")` is
/// `1 row`, `noun(3, "row")` `3 rows` (`3 rader` in Swedish).
pub fn noun(n: usize, one: &str) -> String {
    let count = n.to_string();
    match one {
        "day" => t!("plural-day", n = n, count = count),
        "week" => t!("plural-week", n = n, count = count),
        "month" => t!("plural-month", n = n, count = count),
        "quarter" => t!("plural-quarter", n = n, count = count),
        "row" => t!("plural-row", n = n, count = count),
        "data row" => t!("plural-data-row", n = n, count = count),
        "line" => t!("plural-line", n = n, count = count),
        "title line" => t!("plural-title-line", n = n, count = count),
        "column" => t!("plural-column", n = n, count = count),
        "objective" => t!("plural-objective", n = n, count = count),
        "key result" => t!("plural-key-result", n = n, count = count),
        "metric" => t!("plural-metric", n = n, count = count),
        "source" => t!("plural-source", n = n, count = count),
        "experiment" => t!("plural-experiment", n = n, count = count),
        "check-in" => t!("plural-check-in", n = n, count = count),
        "warning" => t!("plural-warning", n = n, count = count),
        _ => format!("{n} {}", english(n, one)),
    }
}

/// The noun alone as it follows the count `n` (`weeks`; Finnish `viikkoa`),
/// plural unless `n` is one.
pub fn word(n: usize, one: &str) -> String {
    match one {
        "day" => t!("plural-day.word", n = n),
        "week" => t!("plural-week.word", n = n),
        "month" => t!("plural-month.word", n = n),
        "quarter" => t!("plural-quarter.word", n = n),
        "row" => t!("plural-row.word", n = n),
        "data row" => t!("plural-data-row.word", n = n),
        "line" => t!("plural-line.word", n = n),
        "title line" => t!("plural-title-line.word", n = n),
        "column" => t!("plural-column.word", n = n),
        "objective" => t!("plural-objective.word", n = n),
        "key result" => t!("plural-key-result.word", n = n),
        "metric" => t!("plural-metric.word", n = n),
        "source" => t!("plural-source.word", n = n),
        "experiment" => t!("plural-experiment.word", n = n),
        "check-in" => t!("plural-check-in.word", n = n),
        "warning" => t!("plural-warning.word", n = n),
        _ => english(n, one),
    }
}

/// A noun the catalogues do not know, by the English rule: `entry`
/// becomes `entries`, `match` `matches`, any other gets an `s`.
fn english(n: usize, one: &str) -> String {
    if n == 1 {
        return one.to_string();
    }
    let consonant_y = one.len() > 1
        && one.ends_with('y')
        && !one[..one.len() - 1].ends_with(['a', 'e', 'i', 'o', 'u']);
    if consonant_y {
        format!("{}ies", &one[..one.len() - 1])
    } else if one.ends_with(['s', 'x']) || one.ends_with("ch") || one.ends_with("sh") {
        format!("{one}es")
    } else {
        format!("{one}s")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{scoped, Lang};

    #[test]
    fn one_is_singular_everything_else_plural() {
        let _g = scoped(Lang::En);
        assert_eq!(noun(1, "objective"), "1 objective");
        assert_eq!(noun(2, "objective"), "2 objectives");
        assert_eq!(noun(0, "source"), "0 sources");
        assert_eq!(noun(2, "entry"), "2 entries");
        assert_eq!(noun(2, "day"), "2 days");
        assert_eq!(noun(3, "match"), "3 matches");
        assert_eq!(noun(1002, "row"), "1002 rows");
        assert_eq!(word(1, "warning"), "warning");
        assert_eq!(word(3, "week"), "weeks");
    }

    #[test]
    fn every_language_counts_in_its_own_words() {
        let cases = [
            (Lang::Sv, 1, "row", "1 rad"),
            (Lang::Sv, 3, "row", "3 rader"),
            (Lang::Sv, 2, "key result", "2 nyckelresultat"),
            (Lang::Nb, 2, "day", "2 dager"),
            (Lang::Da, 2, "day", "2 dage"),
            (Lang::Fi, 1, "day", "1 päivä"),
            (Lang::Fi, 2, "day", "2 päivää"),
            (Lang::Fi, 2, "objective", "2 tavoitetta"),
        ];
        for (lang, n, one, want) in cases {
            let _g = scoped(lang);
            assert_eq!(noun(n, one), want, "{lang}");
        }
        let _g = scoped(Lang::Fi);
        assert_eq!(word(3, "week"), "viikkoa");
    }

    /// Every noun with a message is looked up, none falls to the English rule.
    #[test]
    fn every_known_noun_has_its_message() {
        let _g = scoped(Lang::Sv);
        for one in [
            "day",
            "week",
            "month",
            "quarter",
            "row",
            "data row",
            "line",
            "title line",
            "column",
            "objective",
            "key result",
            "metric",
            "source",
            "experiment",
            "check-in",
            "warning",
        ] {
            assert_ne!(noun(2, one), format!("2 {}", english(2, one)), "{one}");
        }
    }
}
