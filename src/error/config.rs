//! Problems in the OKR files, as data. Worded here, once, in the reader's
//! language (`i18n/*.ftl`, section "errors-config").

use crate::t;

/// What is wrong in an OKR file.
#[derive(Debug, Clone, PartialEq)]
pub enum ConfigProblem {
    /// `[settings] language` names no language okr speaks.
    UnknownLanguage {
        found: String,
        /// The code it seems to mean (`sv` for `sv-SE`).
        suggestion: Option<&'static str>,
    },
}

impl ConfigProblem {
    pub fn message(&self) -> String {
        match self {
            ConfigProblem::UnknownLanguage { found, .. } => {
                t!("error-unknown-language", found = found)
            }
        }
    }

    pub fn hint(&self) -> Option<String> {
        match self {
            ConfigProblem::UnknownLanguage { suggestion, .. } => Some(match suggestion {
                Some(code) => t!("error-unknown-language.hint-suggest", code = *code),
                None => t!(
                    "error-unknown-language.hint",
                    codes = crate::i18n::Lang::codes()
                ),
            }),
        }
    }
}
