//! `okr history`: grades per objective and the North Star across the closed
//! cycles whose records (`*.review.json`) sit beside the OKR file.

use anyhow::Result;
use clap::Args;

use super::status::StatusFormat;
use super::Common;
use crate::error::EXIT_OK;

pub const EXAMPLES: &str = "\
Examples:
  okr history                    every closed cycle beside the OKR file
  okr history --format json      for a dashboard";

#[derive(Debug, Args)]
pub struct HistoryArgs {
    #[command(flatten)]
    pub common: Common,
    /// Output format
    #[arg(long, short = 'f', value_enum, default_value_t = StatusFormat::Table)]
    pub format: StatusFormat,
}

pub fn run(args: &HistoryArgs) -> Result<u8> {
    let path = args.common.config_path()?;
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => std::path::Path::new("."),
    };
    let (records, notes) = crate::record::read_all(dir);
    if !args.common.quiet {
        for note in notes {
            crate::say!("okr: {note}");
        }
    }
    // Without a readable OKR file, the language `--lang` or OKR_LANG chose.
    let locale = match crate::metrics::load_config(&path) {
        Ok(mut config) => {
            args.common.choose_language(&mut config);
            config.settings.locale
        }
        Err(_) => crate::i18n::current().default_locale().to_string(),
    };
    let history = crate::record::history(&records);
    let opts = super::render_options(false, locale);
    super::print(&crate::render::history::render(
        &history,
        args.format.into(),
        &opts,
    ))?;
    Ok(EXIT_OK)
}
