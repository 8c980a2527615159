//! The words of every human-readable output, in the reader's language.
//!
//! Messages live in one Project Fluent catalogue per language under
//! `i18n/` (`en.ftl`, `sv.ftl`, `nb.ftl`, `da.ftl`, `fi.ftl`), compiled into
//! the binary. Code asks for a message by id with [`t!`]:
//!
//! ```
//! use okr::{i18n, t};
//! let _guard = i18n::scoped(i18n::Lang::Sv);
//! assert_eq!(t!("status-on-track"), "i fas");
//! assert_eq!(t!("count-objectives", n = 2), "2 mål");
//! ```
//!
//! - Numbers shown to people are formatted by `render::number` before they
//!   become arguments (strings); a number argument (`n = 3`) is for plural
//!   selection, and is written with the current locale's digits.
//! - The language is chosen once per run (`--lang`, else `[settings]
//!   language`, else `OKR_LANG`, else English) with [`set`]; tests choose it
//!   for their thread with [`scoped`].
//! - JSON keys, CSV headers and status spellings in JSON and CSV are
//!   interface and never go through here.
//!
//! The catalogues are checked against each other by the tests below: every
//! message exists in every language with the same arguments, and every id
//! the code asks for exists.

use std::borrow::Cow;
use std::cell::Cell;
use std::fmt;
use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use crate::render::number::Locale;

/// A language okr speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    En,
    Sv,
    Nb,
    Da,
    Fi,
}

impl Lang {
    pub const ALL: [Lang; 5] = [Lang::En, Lang::Sv, Lang::Nb, Lang::Da, Lang::Fi];

    /// The code users write: `en`, `sv`, `nb`, `da`, `fi`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Sv => "sv",
            Lang::Nb => "nb",
            Lang::Da => "da",
            Lang::Fi => "fi",
        }
    }

    /// `sv`, `sv-SE`, `sv_SE.UTF-8`, `SV`: Swedish. Norwegian `no` and `nn`
    /// read as Bokmål.
    pub fn parse(text: &str) -> Option<Lang> {
        let primary = text
            .trim()
            .split(['-', '_', '.'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        match primary.as_str() {
            "en" => Some(Lang::En),
            "sv" => Some(Lang::Sv),
            "nb" | "no" | "nn" => Some(Lang::Nb),
            "da" => Some(Lang::Da),
            "fi" => Some(Lang::Fi),
            _ => None,
        }
    }

    /// The codes, for messages and `--help`: `en | sv | nb | da | fi`.
    pub fn codes() -> String {
        Lang::ALL.map(Lang::code).join(" | ")
    }

    fn index(self) -> usize {
        self as usize
    }

    fn from_index(i: u8) -> Lang {
        Lang::ALL.get(usize::from(i)).copied().unwrap_or_default()
    }

    /// The catalogue's text, compiled in.
    pub fn catalogue(self) -> &'static str {
        match self {
            Lang::En => include_str!("../../i18n/en.ftl"),
            Lang::Sv => include_str!("../../i18n/sv.ftl"),
            Lang::Nb => include_str!("../../i18n/nb.ftl"),
            Lang::Da => include_str!("../../i18n/da.ftl"),
            Lang::Fi => include_str!("../../i18n/fi.ftl"),
        }
    }

    /// The locale numbers use when `[settings] locale` is not set.
    pub fn default_locale(self) -> &'static str {
        match self {
            Lang::En => "en-US",
            Lang::Sv => "sv-SE",
            Lang::Nb => "nb-NO",
            Lang::Da => "da-DK",
            Lang::Fi => "fi-FI",
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// The run's language and number locale (set once by the CLI).
static PROCESS_LANG: AtomicU8 = AtomicU8::new(0);
static PROCESS_LOCALE: OnceLock<std::sync::Mutex<Locale>> = OnceLock::new();

thread_local! {
    /// A test's choice for its own thread, over the process's.
    static THREAD: Cell<Option<(Lang, Locale)>> = const { Cell::new(None) };
}

/// Chooses the language (and the locale of numbers inside messages) for
/// the whole run.
pub fn set(lang: Lang, locale: Locale) {
    PROCESS_LANG.store(lang as u8, Ordering::Relaxed);
    let cell = PROCESS_LOCALE.get_or_init(|| std::sync::Mutex::new(Locale::EN_US));
    if let Ok(mut l) = cell.lock() {
        *l = locale;
    }
}

/// `OKR_LANG`, when it names a language okr speaks.
pub fn from_env() -> Option<Lang> {
    std::env::var("OKR_LANG").ok().and_then(|v| Lang::parse(&v))
}

/// The language asked for before the command line is parsed (so usage
/// errors and `--help` speak it too): `--lang X` or `--lang=X`, else
/// `OKR_LANG`.
pub fn from_args<T: AsRef<std::ffi::OsStr>>(args: &[T]) -> Option<Lang> {
    let mut it = args.iter().map(|a| a.as_ref().to_string_lossy());
    while let Some(arg) = it.next() {
        if arg == "--" {
            break;
        }
        if arg == "--lang" {
            return it.next().and_then(|v| Lang::parse(&v));
        }
        if let Some(v) = arg.strip_prefix("--lang=") {
            return Lang::parse(v);
        }
    }
    from_env()
}

/// The language messages are written in now.
pub fn current() -> Lang {
    THREAD
        .with(Cell::get)
        .map(|(lang, _)| lang)
        .unwrap_or_else(|| Lang::from_index(PROCESS_LANG.load(Ordering::Relaxed)))
}

fn current_locale() -> Locale {
    THREAD
        .with(Cell::get)
        .map(|(_, locale)| locale)
        .unwrap_or_else(|| {
            PROCESS_LOCALE
                .get()
                .and_then(|m| m.lock().ok().map(|l| *l))
                .unwrap_or(Locale::EN_US)
        })
}

/// Until dropped, this thread writes `lang` (numbers in its default
/// locale). For tests.
pub fn scoped(lang: Lang) -> Scoped {
    scoped_with(lang, Locale::from_tag(lang.default_locale()))
}

/// [`scoped`] with an explicit number locale.
pub fn scoped_with(lang: Lang, locale: Locale) -> Scoped {
    let before = THREAD.with(|t| t.replace(Some((lang, locale))));
    Scoped { before }
}

/// Restores the thread's previous language when dropped.
pub struct Scoped {
    before: Option<(Lang, Locale)>,
}

impl Drop for Scoped {
    fn drop(&mut self) {
        THREAD.with(|t| t.set(self.before));
    }
}

fn bundles() -> &'static [FluentBundle<FluentResource>; 5] {
    static BUNDLES: OnceLock<[FluentBundle<FluentResource>; 5]> = OnceLock::new();
    BUNDLES.get_or_init(|| Lang::ALL.map(bundle))
}

fn bundle(lang: Lang) -> FluentBundle<FluentResource> {
    let id: unic_langid::LanguageIdentifier = lang.code().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Terminal tables and plain text: no Unicode isolation marks.
    bundle.set_use_isolating(false);
    bundle.set_formatter(Some(format_number));
    // The catalogues are compiled in and checked by the tests, so a parse
    // error cannot reach a user; what does parse is still used.
    let resource = match FluentResource::try_new(lang.catalogue().to_string()) {
        Ok(r) => r,
        Err((r, _)) => r,
    };
    let _ = bundle.add_resource(resource);
    bundle
}

/// Numbers inside messages (counts) in the locale's digits: `1 234`.
fn format_number<M>(value: &FluentValue, _: &M) -> Option<String> {
    match value {
        FluentValue::Number(n) => {
            let decimals = n.options.maximum_fraction_digits.map(|d| d as u32);
            let decimals = decimals.or(if n.value.fract() == 0.0 {
                Some(0)
            } else {
                None
            });
            Some(crate::render::number::number(
                n.value,
                decimals,
                current_locale(),
            ))
        }
        _ => None,
    }
}

/// One message argument: text (already formatted for people) or a number
/// (a count, for plurals).
#[derive(Debug, Clone)]
pub enum Arg<'a> {
    Text(Cow<'a, str>),
    Number(f64),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(s: &'a str) -> Self {
        Arg::Text(Cow::Borrowed(s))
    }
}

impl<'a> From<&'a String> for Arg<'a> {
    fn from(s: &'a String) -> Self {
        Arg::Text(Cow::Borrowed(s.as_str()))
    }
}

impl From<String> for Arg<'_> {
    fn from(s: String) -> Self {
        Arg::Text(Cow::Owned(s))
    }
}

impl<'a> From<Cow<'a, str>> for Arg<'a> {
    fn from(s: Cow<'a, str>) -> Self {
        Arg::Text(s)
    }
}

macro_rules! number_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg<'_> {
            fn from(n: $t) -> Self {
                Arg::Number(n as f64)
            }
        }
    )*};
}
number_arg!(usize, u64, u32, i64, i32, f64);

/// The message `id` in the current language, its arguments filled in.
/// A message missing from a catalogue (the tests forbid it) falls back to
/// English, then to its id.
pub fn text(id: &str, args: &[(&str, Arg<'_>)]) -> String {
    text_in(current(), id, args)
}

/// [`text`] in a given language.
pub fn text_in(lang: Lang, id: &str, args: &[(&str, Arg<'_>)]) -> String {
    let (id, attribute) = match id.split_once('.') {
        Some((m, a)) => (m, Some(a)),
        None => (id, None),
    };
    let all = bundles();
    for bundle in [&all[lang.index()], &all[Lang::En.index()]] {
        let Some(message) = bundle.get_message(id) else {
            continue;
        };
        let pattern = match attribute {
            Some(a) => message.get_attribute(a).map(|a| a.value()),
            None => message.value(),
        };
        let Some(pattern) = pattern else { continue };
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            match value {
                Arg::Text(s) => fluent_args.set(*name, FluentValue::from(s.to_string())),
                Arg::Number(n) => fluent_args.set(*name, FluentValue::from(*n)),
            }
        }
        let mut errors = Vec::new();
        return bundle
            .format_pattern(pattern, Some(&fluent_args), &mut errors)
            .into_owned();
    }
    id.to_string()
}

/// A message in the current language: `t!("id")` or
/// `t!("id", name = value, count = 3)`. Values are strings already
/// formatted for people, or numbers for plural selection.
#[macro_export]
macro_rules! t {
    ($id:literal) => {
        $crate::i18n::text($id, &[])
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::text(
            $id,
            &[$((stringify!($name), $crate::i18n::Arg::from($value))),+],
        )
    };
}

/// The number locale messages are written in now (`[settings] locale`,
/// else the language's).
pub fn locale() -> Locale {
    current_locale()
}

/// The name of month `m` (1-12) in the current language: `mars`.
pub fn month(m: u32) -> String {
    text("month", &[("m", Arg::Number(f64::from(m)))])
}

/// The short name of month `m` (1-12): `mar`.
pub fn month_short(m: u32) -> String {
    text("month-short", &[("m", Arg::Number(f64::from(m)))])
}

#[cfg(test)]
mod tests;
