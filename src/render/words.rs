//! The words for okr's own vocabulary (statuses, kinds, roles, ...) in the
//! reader's language (`i18n/*.ftl`, section "common").
//!
//! In English these are the interface spellings people also type
//! (`on-track`, `at-least`), so a table and `--fail-on` agree; `*_prose`
//! gives the form for sentences (`on track`). JSON and CSV never call
//! these: they write `name()`.

use crate::report::{
    Aggregate, DisplayFormat, ExperimentStatus, Grain, Kind, ObjectiveType, Role, Status,
};
use crate::t;

/// `on-track` / `i fas`: the status as a table cell.
pub fn status(s: Status) -> String {
    match s {
        Status::Done => t!("status-done"),
        Status::OnTrack => t!("status-on-track"),
        Status::AtRisk => t!("status-at-risk"),
        Status::OffTrack => t!("status-off-track"),
        Status::Stalled => t!("status-stalled"),
        Status::NoData => t!("status-no-data"),
        Status::GuardrailBreached => t!("status-guardrail-breached"),
        Status::Pending => t!("status-pending"),
    }
}

/// `on track` / `i fas`: the status inside a sentence.
pub fn status_prose(s: Status) -> String {
    match s {
        Status::Done => t!("status-done.prose"),
        Status::OnTrack => t!("status-on-track.prose"),
        Status::AtRisk => t!("status-at-risk.prose"),
        Status::OffTrack => t!("status-off-track.prose"),
        Status::Stalled => t!("status-stalled.prose"),
        Status::NoData => t!("status-no-data.prose"),
        Status::GuardrailBreached => t!("status-guardrail-breached.prose"),
        Status::Pending => t!("status-pending.prose"),
    }
}

/// `increase`, `at-least`, ...
pub fn kind(k: Kind) -> String {
    match k {
        Kind::Increase => t!("kind-increase"),
        Kind::Decrease => t!("kind-decrease"),
        Kind::AtLeast => t!("kind-at-least"),
        Kind::AtMost => t!("kind-at-most"),
        Kind::Milestone => t!("kind-milestone"),
    }
}

/// `north-star`, `input`, `guardrail`.
pub fn role(r: Role) -> String {
    match r {
        Role::NorthStar => t!("role-north-star"),
        Role::Input => t!("role-input"),
        Role::Guardrail => t!("role-guardrail"),
    }
}

/// `aspirational`, `committed`.
pub fn objective_type(o: ObjectiveType) -> String {
    match o {
        ObjectiveType::Aspirational => t!("objective-type-aspirational"),
        ObjectiveType::Committed => t!("objective-type-committed"),
    }
}

/// `idea`, `running`, `won`, `lost`, `inconclusive`.
pub fn experiment_status(e: ExperimentStatus) -> String {
    match e {
        ExperimentStatus::Idea => t!("experiment-idea"),
        ExperimentStatus::Running => t!("experiment-running"),
        ExperimentStatus::Won => t!("experiment-won"),
        ExperimentStatus::Lost => t!("experiment-lost"),
        ExperimentStatus::Inconclusive => t!("experiment-inconclusive"),
    }
}

/// `day`, `week`, `month`, `quarter`.
pub fn grain(g: Grain) -> String {
    match g {
        Grain::Day => t!("grain-day"),
        Grain::Week => t!("grain-week"),
        Grain::Month => t!("grain-month"),
        Grain::Quarter => t!("grain-quarter"),
    }
}

/// The North Star's `frequency` as written in the OKR file: the grain
/// words (`day`, `week`, `month`, `quarter`) in the reader's language,
/// anything else as the user wrote it.
pub fn frequency(text: &str) -> String {
    match text.trim() {
        "day" => grain(Grain::Day),
        "week" => grain(Grain::Week),
        "month" => grain(Grain::Month),
        "quarter" => grain(Grain::Quarter),
        _ => text.to_string(),
    }
}

/// `sum`, `avg`, `min`, `max`, `last`, `count`.
pub fn aggregate(a: Aggregate) -> String {
    match a {
        Aggregate::Sum => t!("aggregate-sum"),
        Aggregate::Avg => t!("aggregate-avg"),
        Aggregate::Min => t!("aggregate-min"),
        Aggregate::Max => t!("aggregate-max"),
        Aggregate::Last => t!("aggregate-last"),
        Aggregate::Count => t!("aggregate-count"),
    }
}

/// `number`, `percent`, `currency`.
pub fn display_format(f: DisplayFormat) -> String {
    match f {
        DisplayFormat::Number => t!("format-number"),
        DisplayFormat::Percent => t!("format-percent"),
        DisplayFormat::Currency => t!("format-currency"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{scoped, Lang};

    #[test]
    fn english_keeps_the_interface_spellings() {
        let _g = scoped(Lang::En);
        for s in Status::ALL {
            assert_eq!(status(s), s.name());
            assert_eq!(status_prose(s), s.name().replace('-', " "));
        }
        assert_eq!(kind(Kind::AtLeast), "at-least");
        assert_eq!(role(Role::NorthStar), "north-star");
    }

    #[test]
    fn every_language_names_every_status_differently() {
        for lang in crate::i18n::Lang::ALL {
            let _g = scoped(lang);
            let words: std::collections::BTreeSet<String> =
                Status::ALL.into_iter().map(status).collect();
            assert_eq!(words.len(), Status::ALL.len(), "{lang}: {words:?}");
        }
    }

    #[test]
    fn swedish_words() {
        let _g = scoped(Lang::Sv);
        assert_eq!(status(Status::OnTrack), "i fas");
        assert_eq!(kind(Kind::AtMost), "högst");
        assert_eq!(grain(Grain::Week), "vecka");
        assert_eq!(frequency("week"), "vecka");
        assert_eq!(frequency("every sprint"), "every sprint");
    }
}
