//! Counts in sentences: `1 objective`, `2 objectives`, `0 sources`.

/// `n` and the noun, plural unless `n` is one: `noun(1, "row")` is
/// `1 row`, `noun(3, "row")` `3 rows`.
pub fn noun(n: usize, one: &str) -> String {
    format!("{n} {}", word(n, one))
}

/// The noun alone, plural unless `n` is one: `entry` becomes `entries`,
/// `match` `matches`, any other gets an `s`.
pub fn word(n: usize, one: &str) -> String {
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

    #[test]
    fn one_is_singular_everything_else_plural() {
        assert_eq!(noun(1, "objective"), "1 objective");
        assert_eq!(noun(2, "objective"), "2 objectives");
        assert_eq!(noun(0, "source"), "0 sources");
        assert_eq!(noun(2, "entry"), "2 entries");
        assert_eq!(noun(2, "day"), "2 days");
        assert_eq!(noun(3, "match"), "3 matches");
        assert_eq!(word(1, "warning"), "warning");
    }
}
