//! `--help` in the run's language: the clap definition (`Cli::command()`)
//! walked before parsing, every command's about and after-help text and
//! every argument's help replaced by its catalogue message (`help-*` in
//! `i18n/*.ftl`), clap's headings, help flag and help subcommand too.
//!
//! Message ids follow the tree: `help-okr` (the program), `help-status`,
//! `help-experiment-add` (a command; `.long` its long about, `.after` its
//! examples), `help-status-arg-since` (one command's argument) and
//! `help-arg-as-of` (an argument every command has, or several share the
//! same words). English is clap's own text, never replaced, so it stays as
//! it is; the tests hold the English catalogue to it word for word.
//!
//! What clap does not let a program translate: `[env: ...]`,
//! `[aliases: ...]` and the words of its usage errors (`unexpected
//! argument`, `tip:`), which stay English.

use std::ffi::OsString;

use clap::{ArgAction, CommandFactory, FromArgMatches};

use super::Cli;
use crate::i18n::{self, Lang};
use crate::t;

/// Parses the command line with the help in the run's language.
///
/// The command line is always parsed by clap's own definition, so a
/// language never changes what it means; the translated definition only
/// writes the help and the usage errors.
pub fn parse(args: Vec<OsString>) -> Result<Cli, clap::Error> {
    let mut plain = Cli::command();
    let error = match plain.try_get_matches_from_mut(args.clone()) {
        Ok(matches) => return Cli::from_arg_matches(&matches).map_err(|e| e.format(&mut plain)),
        Err(e) => e,
    };
    if i18n::current() == Lang::En {
        return Err(error);
    }
    match command().try_get_matches_from_mut(args) {
        Err(translated) if translated.kind() == error.kind() => Err(translated),
        _ => Err(error),
    }
}

/// Writes what parsing stopped with: help and the version on stdout as
/// clap writes them, a usage error on stderr in the run's language.
pub fn print(e: &clap::Error) {
    if i18n::current() == Lang::En || !e.use_stderr() {
        let _ = e.print();
        return;
    }
    crate::say!("{}", usage_error(e).trim_end());
}

/// A usage error in the run's language. clap writes it in English from
/// its context (the argument, the value, the suggestions): each sentence
/// is found from that context and replaced whole; one clap words some
/// other way stays English.
fn usage_error(e: &clap::Error) -> String {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    let one = |kind| match e.get(kind) {
        Some(ContextValue::String(s)) => Some(s.clone()),
        _ => None,
    };
    let many = |kind| match e.get(kind) {
        Some(ContextValue::Strings(v)) => Some(v.clone()),
        Some(ContextValue::String(s)) => Some(vec![s.clone()]),
        _ => None,
    };
    let arg = one(ContextKind::InvalidArg).unwrap_or_default();
    let value = one(ContextKind::InvalidValue).unwrap_or_default();
    let mut swaps: Vec<(String, String)> = Vec::new();
    match e.kind() {
        ErrorKind::UnknownArgument => {
            swaps.push((
                format!("unexpected argument '{arg}' found"),
                t!("help-error-unknown-argument", arg = &arg),
            ));
            swaps.push((
                format!("to pass '{arg}' as a value, use '-- {arg}'"),
                t!("help-error-pass-as-value", arg = &arg),
            ));
        }
        ErrorKind::InvalidSubcommand => {
            let sub = one(ContextKind::InvalidSubcommand).unwrap_or_default();
            swaps.push((
                format!("unrecognized subcommand '{sub}'"),
                t!("help-error-unknown-subcommand", subcommand = &sub),
            ));
        }
        ErrorKind::InvalidValue if value.is_empty() => swaps.push((
            format!("a value is required for '{arg}' but none was supplied"),
            t!("help-error-value-required", arg = &arg),
        )),
        ErrorKind::InvalidValue | ErrorKind::ValueValidation => swaps.push((
            format!("invalid value '{value}' for '{arg}'"),
            t!("help-error-invalid-value", arg = &arg, value = &value),
        )),
        ErrorKind::MissingRequiredArgument => swaps.push((
            "the following required arguments were not provided:".to_string(),
            t!("help-error-missing-required"),
        )),
        ErrorKind::ArgumentConflict => match e.get(ContextKind::PriorArg) {
            Some(ContextValue::String(prior)) if *prior == arg => swaps.push((
                format!("the argument '{arg}' cannot be used multiple times"),
                t!("help-error-repeated", arg = &arg),
            )),
            Some(ContextValue::String(prior)) => swaps.push((
                format!("the argument '{arg}' cannot be used with '{prior}'"),
                t!("help-error-conflict", arg = &arg, other = prior.as_str()),
            )),
            _ => swaps.push((
                format!("the argument '{arg}' cannot be used with:"),
                t!("help-error-conflict-many", arg = &arg),
            )),
        },
        ErrorKind::TooManyValues => swaps.push((
            format!("unexpected value '{value}' for '{arg}' found; no more were expected"),
            t!("help-error-too-many", arg = &arg, value = &value),
        )),
        ErrorKind::MissingSubcommand => {
            let sub = one(ContextKind::InvalidSubcommand).unwrap_or_default();
            swaps.push((
                format!("'{sub}' requires a subcommand but one was not provided"),
                t!("help-error-missing-subcommand", command = &sub),
            ));
        }
        ErrorKind::NoEquals => swaps.push((
            format!("equal sign is needed when assigning values to '{arg}'"),
            t!("help-error-no-equals", arg = &arg),
        )),
        _ => {}
    }
    if let Some(values) = many(ContextKind::ValidValue) {
        let values = values.join(", ");
        swaps.push((
            format!("[possible values: {values}]"),
            t!("help-possible-values", values = &values),
        ));
    }
    if let Some(subs) = many(ContextKind::ValidSubcommand) {
        let subs = subs.join(", ");
        swaps.push((
            format!("[subcommands: {subs}]"),
            t!("help-error-subcommands", subcommands = &subs),
        ));
    }
    for (kind, english) in [
        (ContextKind::SuggestedArg, "argument"),
        (ContextKind::SuggestedSubcommand, "subcommand"),
        (ContextKind::SuggestedValue, "value"),
    ] {
        let Some(names) = many(kind) else { continue };
        let n = names.len();
        let quoted = names
            .iter()
            .map(|n| format!("'{n}'"))
            .collect::<Vec<_>>()
            .join(", ");
        let said = if n == 1 {
            format!("a similar {english} exists: {quoted}")
        } else {
            format!("some similar {english}s exist: {quoted}")
        };
        let words = match english {
            "argument" => t!("help-error-similar-argument", names = &quoted, n = n),
            "subcommand" => t!("help-error-similar-subcommand", names = &quoted, n = n),
            _ => t!("help-error-similar-value", names = &quoted, n = n),
        };
        swaps.push((said, words));
    }
    // The frame: the tips, the usage line and the pointer to --help.
    swaps.push((
        "\n  tip: ".to_string(),
        format!("\n  {}: ", t!("help-error-tip")),
    ));
    swaps.push(("\nUsage: ".to_string(), format!("\n{}: ", t!("help-usage"))));
    for flag in ["--help", "help"] {
        swaps.push((
            format!("For more information, try '{flag}'."),
            t!("help-error-more", flag = flag),
        ));
    }
    let mut text = e.render().to_string();
    for (english, words) in swaps {
        text = text.replace(&english, &words);
    }
    match text.strip_prefix("error: ") {
        Some(rest) => {
            let (first, after) = rest.split_once('\n').unwrap_or((rest, ""));
            let mut out = t!("error-line", error = first);
            if !after.is_empty() {
                out.push('\n');
                out.push_str(after);
            }
            out
        }
        None => text,
    }
}

/// The clap definition, its words in the run's language.
pub fn command() -> clap::Command {
    let cmd = Cli::command();
    if i18n::current() == Lang::En {
        return cmd;
    }
    let mut cmd = cmd;
    // Built first, so that the help and version flags and the help
    // subcommand clap adds are there to translate.
    cmd.build();
    let words = Words {
        usage: t!("help-usage"),
        commands: leak(t!("help-heading-commands")),
        arguments: leak(t!("help-heading-arguments")),
        options: leak(t!("help-heading-options")),
        options_placeholder: t!("help-usage.options"),
        command_placeholder: t!("help-usage.command"),
    };
    translate(cmd, "help-okr", &words)
}

/// clap's own words, once per run.
struct Words {
    usage: String,
    commands: &'static str,
    arguments: &'static str,
    options: &'static str,
    options_placeholder: String,
    command_placeholder: String,
}

/// clap takes headings as `&'static str` (without its `string` feature):
/// three short strings, once per run.
fn leak(text: String) -> &'static str {
    Box::leak(text.into_boxed_str())
}

/// The message id of subcommand `name` under the command `parent` (whose
/// id is `help-okr` for the program).
fn command_id(parent: &str, name: &str) -> String {
    match parent.strip_prefix("help-okr") {
        Some("") => format!("help-{name}"),
        _ => format!("{parent}-{name}"),
    }
}

/// The message id of argument `arg` of the command `id`: its own, else
/// the shared `help-arg-*` (global arguments have only that).
fn arg_id(command: &str, arg: &clap::Arg) -> Vec<String> {
    let name = arg.get_id().as_str().replace('_', "-");
    let shared = format!("help-arg-{name}");
    if arg.is_global_set() || name == "help" || name == "version" {
        vec![shared]
    } else {
        vec![format!("{command}-arg-{name}"), shared]
    }
}

/// The message `id` in the run's language, if the catalogue has it.
fn message(id: &str) -> Option<String> {
    let text = i18n::text(id, &[]);
    (text != id).then_some(text)
}

fn translate(mut cmd: clap::Command, id: &str, words: &Words) -> clap::Command {
    if let Some(about) = message(id) {
        cmd = cmd.about(about);
    }
    if cmd.get_long_about().is_some() {
        if let Some(long) = message(&format!("{id}.long")) {
            cmd = cmd.long_about(long);
        }
    }
    if cmd.get_after_help().is_some() {
        if let Some(after) = message(&format!("{id}.after")) {
            cmd = cmd.after_help(after);
        }
    }
    cmd = cmd
        .help_template(format!(
            "{{before-help}}{{about-with-newline}}\n{}: {{usage}}\n\n{{all-args}}{{after-help}}",
            words.usage
        ))
        .subcommand_help_heading(words.commands);

    // Positionals first, so that their heading comes first as in clap's.
    let mut args: Vec<(String, bool)> = cmd
        .get_arguments()
        .map(|a| (a.get_id().to_string(), a.is_positional()))
        .collect();
    args.sort_by_key(|(_, positional)| !positional);
    for (name, _) in args {
        cmd = cmd.mut_arg(&name, |arg| translate_arg(arg, id, words));
    }

    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for name in names {
        let sub = command_id(id, &name);
        cmd = cmd.mut_subcommand(&name, |s| {
            if name == "help" {
                // clap's help subcommand (its copies of the commands below
                // it only complete names).
                return s.about(t!("help-help"));
            }
            translate(s, &sub, words)
        });
    }
    // The usage line clap writes, its placeholders in these words.
    let usage = cmd.render_usage().to_string();
    let usage = usage
        .split_once(": ")
        .map_or(usage.as_str(), |(_, u)| u)
        .replace("[OPTIONS]", &format!("[{}]", words.options_placeholder))
        .replace("<COMMAND>", &format!("<{}>", words.command_placeholder))
        .replace("[COMMAND]", &format!("[{}]", words.command_placeholder));
    cmd.override_usage(usage)
}

fn translate_arg(mut arg: clap::Arg, command: &str, words: &Words) -> clap::Arg {
    let heading = if arg.is_positional() {
        words.arguments
    } else {
        words.options
    };
    arg = arg.help_heading(heading);
    match arg.get_id().as_str() {
        "help" if matches!(arg.get_action(), ArgAction::Help) => {
            if arg.get_long_help().is_some() {
                return arg
                    .help(t!("help-arg-help.more"))
                    .long_help(t!("help-arg-help.summary"));
            }
            return arg.help(t!("help-arg-help"));
        }
        "version" if matches!(arg.get_action(), ArgAction::Version) => {
            return arg.help(t!("help-arg-version"));
        }
        _ => {}
    }
    if arg.get_help().is_none() {
        return arg;
    }
    let Some(mut help) = arg_id(command, &arg).iter().find_map(|id| message(id)) else {
        return arg;
    };
    // clap's `[default: x]` and `[possible values: a, b]` in these words.
    let defaults: Vec<String> = arg
        .get_default_values()
        .iter()
        .map(|v| v.to_string_lossy().into_owned())
        .collect();
    let takes_values = arg.get_num_args().is_none_or(|n| n.takes_values());
    if takes_values && !defaults.is_empty() && !arg.is_hide_default_value_set() {
        help.push(' ');
        help.push_str(&t!("help-default", value = defaults.join(" ")));
        arg = arg.hide_default_value(true);
    }
    let values: Vec<String> = arg
        .get_possible_values()
        .iter()
        .filter(|v| !v.is_hide_set())
        .map(|v| v.get_name().to_string())
        .collect();
    if !values.is_empty() && !arg.is_hide_possible_values_set() {
        help.push(' ');
        help.push_str(&t!("help-possible-values", values = values.join(", ")));
        arg = arg.hide_possible_values(true);
    }
    arg.help(help)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The message ids (and `id.attribute`s) of a catalogue.
    fn ids(lang: Lang) -> std::collections::BTreeSet<String> {
        let mut out = std::collections::BTreeSet::new();
        let mut current = String::new();
        for line in lang.catalogue().lines() {
            if let Some((name, _)) = line.split_once(" =") {
                if !line.starts_with([' ', '#']) {
                    current = name.to_string();
                    out.insert(current.clone());
                    continue;
                }
                if let Some(attr) = name.trim_start().strip_prefix('.') {
                    out.insert(format!("{current}.{attr}"));
                }
            }
        }
        out
    }

    /// Every command (by id) in the English definition, built as `--help`
    /// sees it.
    fn commands() -> Vec<(String, clap::Command)> {
        fn walk(cmd: &clap::Command, id: &str, out: &mut Vec<(String, clap::Command)>) {
            out.push((id.to_string(), cmd.clone()));
            for sub in cmd.get_subcommands() {
                if sub.get_name() != "help" {
                    walk(sub, &command_id(id, sub.get_name()), out);
                }
            }
        }
        let mut cmd = Cli::command();
        cmd.build();
        let mut out = Vec::new();
        walk(&cmd, "help-okr", &mut out);
        out
    }

    /// Every command, argument and after-help text has its message in every
    /// catalogue, and the English one is clap's English word for word (so
    /// that the ids point at the right words).
    #[test]
    fn every_command_and_argument_has_a_help_message_in_every_catalogue() {
        let catalogues: Vec<_> = Lang::ALL.iter().map(|l| (*l, ids(*l))).collect();
        let english = |id: &str| i18n::text_in(Lang::En, id, &[]);
        let mut missing = Vec::new();
        let mut checked = 0;
        for (id, cmd) in commands() {
            let mut wanted = vec![(id.clone(), cmd.get_about().map(|s| s.to_string()))];
            if let Some(after) = cmd.get_after_help() {
                wanted.push((format!("{id}.after"), Some(after.to_string())));
            }
            if let Some(long) = cmd.get_long_about() {
                wanted.push((format!("{id}.long"), Some(long.to_string())));
            }
            for arg in cmd.get_arguments() {
                let name = arg.get_id().as_str();
                if name == "help" || name == "version" {
                    continue;
                }
                let Some(help) = arg.get_help() else { continue };
                let candidates = arg_id(&id, arg);
                let found = candidates
                    .iter()
                    .find(|c| ids(Lang::En).contains(*c))
                    .cloned()
                    .unwrap_or_else(|| candidates[0].clone());
                wanted.push((found, Some(help.to_string())));
            }
            for (message, text) in wanted {
                checked += 1;
                for (lang, have) in &catalogues {
                    if !have.contains(&message) {
                        missing.push(format!("{lang}: {message}"));
                    }
                }
                if let Some(text) = text {
                    assert_eq!(english(&message), text, "en.ftl: {message}");
                }
            }
        }
        assert!(checked > 100, "only {checked} texts");
        assert!(missing.is_empty(), "no help message: {missing:#?}");
        for id in [
            "help-usage",
            "help-usage.options",
            "help-usage.command",
            "help-heading-commands",
            "help-heading-arguments",
            "help-heading-options",
            "help-default",
            "help-possible-values",
            "help-help",
            "help-arg-help",
            "help-arg-help.more",
            "help-arg-help.summary",
            "help-arg-version",
        ] {
            for (lang, have) in &catalogues {
                assert!(have.contains(id), "{lang}: {id}");
            }
        }
    }

    fn help_of(lang: Lang, args: &[&str]) -> String {
        let _g = i18n::scoped(lang);
        let mut argv = vec!["okr"];
        argv.extend(args);
        let argv: Vec<OsString> = argv.into_iter().map(OsString::from).collect();
        match parse(argv) {
            Ok(_) => panic!("{args:?} is no help"),
            Err(e) => e.render().to_string(),
        }
    }

    #[test]
    fn english_help_is_clap_s_own() {
        let mut cmd = Cli::command();
        let want = cmd.render_help().to_string();
        assert_eq!(help_of(Lang::En, &["--help"]), want);
    }

    #[test]
    fn help_reads_in_the_language() {
        let sv = help_of(Lang::Sv, &["--help"]);
        for words in [
            "Användning: okr",
            "Kommandon:",
            "Flaggor:",
            "Visa hjälpen",
            "Slutkoder:",
        ] {
            assert!(sv.contains(words), "{words} not in\n{sv}");
        }
        let fi = help_of(Lang::Fi, &["status", "--help"]);
        for words in [
            "Käyttö: okr status [VALITSIMET]",
            "Valitsimet:",
            "Tulostemuoto",
            "[oletus: auto]",
            "Esimerkkejä:",
            "puu tämän päivän tilanteessa",
        ] {
            assert!(fi.contains(words), "{words} not in\n{fi}");
        }
        for english in [
            "Usage:",
            "Options:",
            "Output format",
            "Examples:",
            "[default:",
            "Print help",
        ] {
            assert!(!fi.contains(english), "{english} in\n{fi}");
        }
        let da = help_of(Lang::Da, &["experiment", "add", "--help"]);
        assert!(da.contains("Argumenter:"), "{da}");
        assert!(da.contains("ICE: lethed 1-10"), "{da}");
    }

    fn error_of(lang: Lang, args: &[&str]) -> String {
        let _g = i18n::scoped(lang);
        let mut argv = vec!["okr"];
        argv.extend(args);
        let argv: Vec<OsString> = argv.into_iter().map(OsString::from).collect();
        match parse(argv) {
            Ok(_) => panic!("{args:?} parses"),
            Err(e) => usage_error(&e),
        }
    }

    #[test]
    fn usage_errors_read_in_the_language() {
        let sv = error_of(Lang::Sv, &["status", "--as-o", "2026-01-01"]);
        for words in [
            "okänt argument '--as-o'",
            "tips: det finns ett liknande argument: '--as-of'",
            "Användning: okr status [FLAGGOR]",
            "Mer information får du med '--help'.",
        ] {
            assert!(sv.contains(words), "{words} not in\n{sv}");
        }
        let nb = error_of(Lang::Nb, &["status", "--color", "blue"]);
        assert!(
            nb.contains("ugyldig verdi 'blue' for '--color <WHEN>'"),
            "{nb}"
        );
        assert!(nb.contains("[mulige verdier: auto, always, never]"), "{nb}");
        let fi = error_of(Lang::Fi, &["init", "--start", "2026-01-01"]);
        assert!(fi.contains("nämä pakolliset argumentit puuttuvat:"), "{fi}");
        let da = error_of(Lang::Da, &["statsu"]);
        assert!(da.contains("ukendt underkommando 'statsu'"), "{da}");
        assert!(
            da.contains("der findes en lignende underkommando: 'status'"),
            "{da}"
        );
        for text in [&sv, &nb, &fi, &da] {
            for english in [
                "unexpected",
                "Usage:",
                "For more information",
                "possible values",
                "required",
            ] {
                assert!(!text.contains(english), "{english} in\n{text}");
            }
        }
    }

    #[test]
    fn translated_definitions_are_still_consistent() {
        for lang in Lang::ALL {
            let _g = i18n::scoped(lang);
            command().debug_assert();
        }
    }
}
