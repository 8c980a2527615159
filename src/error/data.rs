//! Problems in metric sources, check-in logs, records and command lines,
//! as data. Worded here, once, in the reader's language (`i18n/*.ftl`,
//! section "errors-data").

use crate::t;

/// What is wrong in the data okr reads.
#[derive(Debug, Clone, PartialEq)]
pub enum DataProblem {
    /// A cell that should hold a number does not.
    InvalidNumber { column: String, found: String },
}

impl DataProblem {
    pub fn message(&self) -> String {
        match self {
            DataProblem::InvalidNumber { column, found } => {
                t!("error-invalid-number", column = column, found = found)
            }
        }
    }

    pub fn hint(&self) -> Option<String> {
        match self {
            DataProblem::InvalidNumber { .. } => None,
        }
    }
}
