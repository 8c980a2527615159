//! What libpq reads that the `postgres` crate does not: the TLS options
//! (`sslmode` verify-ca and verify-full, `sslrootcert`), `passfile`, the
//! `PG*` environment variables and the password file (`~/.pgpass`).
//!
//! The options okr handles itself are taken out of the connection string
//! before the crate parses the rest; nothing here ever puts a password into
//! a message.

use crate::error::data::PgOption;
use std::path::{Path, PathBuf};

/// libpq's `sslmode`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SslMode {
    Disable,
    /// `allow` and `prefer`: TLS when the server offers it, unverified.
    Prefer,
    /// TLS, unverified (as libpq: verified like verify-ca when there is a
    /// root certificate).
    Require,
    /// TLS, the certificate chain checked, not the host name.
    VerifyCa,
    /// TLS, the chain and the host name checked.
    VerifyFull,
}

impl SslMode {
    fn parse(value: &str) -> Option<SslMode> {
        Some(match value.trim() {
            "disable" => SslMode::Disable,
            "allow" | "prefer" => SslMode::Prefer,
            "require" => SslMode::Require,
            "verify-ca" => SslMode::VerifyCa,
            "verify-full" => SslMode::VerifyFull,
            _ => return None,
        })
    }

    pub fn name(self) -> &'static str {
        match self {
            SslMode::Disable => "disable",
            SslMode::Prefer => "prefer",
            SslMode::Require => "require",
            SslMode::VerifyCa => "verify-ca",
            SslMode::VerifyFull => "verify-full",
        }
    }
}

/// Where the root certificates come from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Roots {
    /// `sslrootcert=/path/ca.pem`.
    File(PathBuf),
    /// `sslrootcert=system`: the operating system's roots.
    System,
}

/// The options taken out of a connection string.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    /// The rest of the connection string, for the `postgres` crate.
    pub rest: String,
    pub ssl_mode: SslMode,
    /// Whether `sslmode` was given (in the string or PGSSLMODE).
    pub ssl_mode_given: bool,
    pub root_cert: Option<Roots>,
    pub passfile: Option<PathBuf>,
}

/// Lookup of environment variables, a parameter so that tests need not set
/// the process's own.
pub type Env<'a> = &'a dyn Fn(&str) -> Option<String>;

/// The process environment, empty values as unset (as libpq).
pub fn process_env(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.is_empty())
}

/// Takes okr's options out of a URL (`postgresql://...?sslmode=...`) or a
/// key/value string (`host=... sslmode=...`). The error names the option,
/// never a value (a value may be a password).
pub fn take(text: &str, env: Env) -> Result<Options, PgOption> {
    let text = text.trim();
    let mut ssl_mode = None;
    let mut root_cert = None;
    let mut passfile = None;
    let mut handle = |key: &str, value: String| -> Result<bool, PgOption> {
        match key {
            "sslmode" => {
                ssl_mode = Some(SslMode::parse(&value).ok_or_else(|| PgOption::SslMode {
                    value: value.escape_debug().to_string(),
                    env: false,
                })?);
                Ok(true)
            }
            "sslrootcert" => {
                root_cert = Some(roots(&value));
                Ok(true)
            }
            "passfile" => {
                passfile = Some(PathBuf::from(value));
                Ok(true)
            }
            "sslcert" | "sslkey" | "sslpassword" | "sslcrl" | "sslcrldir" => {
                Err(PgOption::Unsupported {
                    key: key.to_string(),
                })
            }
            _ => Ok(false),
        }
    };
    let rest = if text.starts_with("postgresql://") || text.starts_with("postgres://") {
        match text.split_once('?') {
            None => text.to_string(),
            Some((base, query)) => {
                let mut kept = Vec::new();
                for pair in query.split('&').filter(|p| !p.is_empty()) {
                    let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
                    if !handle(&percent_decode(key), percent_decode(value))? {
                        kept.push(pair);
                    }
                }
                if kept.is_empty() {
                    base.to_string()
                } else {
                    format!("{base}?{}", kept.join("&"))
                }
            }
        }
    } else {
        let mut kept = Vec::new();
        for (key, value) in key_values(text)? {
            if !handle(&key, value.clone())? {
                kept.push(format!(
                    "{key}='{}'",
                    value.replace('\\', "\\\\").replace('\'', "\\'")
                ));
            }
        }
        kept.join(" ")
    };
    let ssl_mode_given = ssl_mode.is_some() || env("PGSSLMODE").is_some();
    let ssl_mode = match ssl_mode {
        Some(mode) => mode,
        None => match env("PGSSLMODE") {
            Some(value) => SslMode::parse(&value).ok_or_else(|| PgOption::SslMode {
                value: value.escape_debug().to_string(),
                env: true,
            })?,
            None => SslMode::Prefer,
        },
    };
    Ok(Options {
        rest,
        ssl_mode,
        ssl_mode_given,
        root_cert: root_cert.or_else(|| env("PGSSLROOTCERT").map(|v| roots(&v))),
        passfile: passfile.or_else(|| env("PGPASSFILE").map(PathBuf::from)),
    })
}

fn roots(value: &str) -> Roots {
    if value == "system" {
        Roots::System
    } else {
        Roots::File(PathBuf::from(value))
    }
}

fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            if let (Some(h), Some(l)) = (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                out.push((h * 16 + l) as u8);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// libpq's `key = value` pairs: values bare or in single quotes, with `\`
/// escaping the next character.
fn key_values(text: &str) -> Result<Vec<(String, String)>, PgOption> {
    let mut out = Vec::new();
    let mut chars = text.chars().peekable();
    loop {
        while chars.next_if(|c| c.is_whitespace()).is_some() {}
        if chars.peek().is_none() {
            return Ok(out);
        }
        let mut key = String::new();
        while let Some(c) = chars.next_if(|&c| c != '=' && !c.is_whitespace()) {
            key.push(c);
        }
        while chars.next_if(|c| c.is_whitespace()).is_some() {}
        if chars.next() != Some('=') {
            return Err(PgOption::NoEquals {
                key: key.escape_debug().to_string(),
            });
        }
        while chars.next_if(|c| c.is_whitespace()).is_some() {}
        let mut value = String::new();
        if chars.next_if_eq(&'\'').is_some() {
            loop {
                match chars.next() {
                    None => {
                        return Err(PgOption::NoClosingQuote {
                            key: key.escape_debug().to_string(),
                        })
                    }
                    Some('\'') => break,
                    Some('\\') => value.extend(chars.next()),
                    Some(c) => value.push(c),
                }
            }
        } else {
            while let Some(c) = chars.next_if(|c| !c.is_whitespace()) {
                if c == '\\' {
                    value.extend(chars.next());
                } else {
                    value.push(c);
                }
            }
        }
        out.push((key, value));
    }
}

/// The password for a host, port, database and user from a password file
/// (`host:port:database:user:password`, `*` matching anything, `\` escaping
/// `:` and `\`). As libpq, a file that its group or others can read is
/// ignored, with a warning.
pub fn pgpass(
    file: &Path,
    host: &str,
    port: u16,
    dbname: &str,
    user: &str,
) -> Result<Option<String>, PgOption> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        match std::fs::metadata(file) {
            Err(_) => return Ok(None),
            Ok(meta) if !meta.is_file() => return Ok(None),
            Ok(meta) if meta.permissions().mode() & 0o077 != 0 => {
                return Err(PgOption::PassfileOpen {
                    path: file.to_path_buf(),
                })
            }
            Ok(_) => {}
        }
    }
    let Ok(text) = std::fs::read_to_string(file) else {
        return Ok(None);
    };
    let port = port.to_string();
    let wanted = [host, port.as_str(), dbname, user];
    for line in text.lines() {
        let line = line.trim_end_matches('\r');
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let fields = pgpass_fields(line);
        if fields.len() < 5 {
            continue;
        }
        let matches = wanted
            .iter()
            .zip(&fields)
            .all(|(want, field)| field == "*" || field == want);
        if matches {
            return Ok(Some(fields[4..].join(":")));
        }
    }
    Ok(None)
}

fn pgpass_fields(line: &str) -> Vec<String> {
    let mut fields = vec![String::new()];
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                if let (Some(next), Some(f)) = (chars.next(), fields.last_mut()) {
                    f.push(next);
                }
            }
            ':' if fields.len() < 5 => fields.push(String::new()),
            c => {
                if let Some(f) = fields.last_mut() {
                    f.push(c);
                }
            }
        }
    }
    fields
}

/// `~/.pgpass`, or the file named by `passfile` or PGPASSFILE.
pub fn default_passfile() -> Option<PathBuf> {
    process_env("HOME").map(|home| Path::new(&home).join(".pgpass"))
}

/// `~/.postgresql/root.crt`, libpq's default root certificate, if it exists.
pub fn default_root_cert() -> Option<PathBuf> {
    let path = Path::new(&process_env("HOME")?).join(".postgresql/root.crt");
    path.is_file().then_some(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn no_env(_: &str) -> Option<String> {
        None
    }

    #[test]
    fn takes_tls_options_out_of_a_url() {
        let o = take(
            "postgresql://u:p@db.example.com/app?sslmode=verify-full&sslrootcert=%2Ftmp%2Fca.pem&application_name=x",
            &no_env,
        )
        .unwrap();
        assert_eq!(
            o.rest,
            "postgresql://u:p@db.example.com/app?application_name=x"
        );
        assert_eq!(o.ssl_mode, SslMode::VerifyFull);
        assert_eq!(o.root_cert, Some(Roots::File("/tmp/ca.pem".into())));
        let o = take("postgres://h/db?sslmode=require", &no_env).unwrap();
        assert_eq!(o.rest, "postgres://h/db");
        assert_eq!(o.ssl_mode, SslMode::Require);
        assert!(o.ssl_mode_given);
    }

    #[test]
    fn takes_tls_options_out_of_key_values() {
        let o = take(
            "host=h user=u password='a b\\'c' sslmode = verify-ca sslrootcert='/x y/ca.pem'",
            &no_env,
        )
        .unwrap();
        assert_eq!(o.rest, "host='h' user='u' password='a b\\'c'");
        assert_eq!(o.ssl_mode, SslMode::VerifyCa);
        assert_eq!(o.root_cert, Some(Roots::File("/x y/ca.pem".into())));
        assert!(take("host=h password='open", &no_env).is_err());
    }

    #[test]
    fn defaults_come_from_the_environment() {
        let env = |name: &str| match name {
            "PGSSLMODE" => Some("verify-full".to_string()),
            "PGSSLROOTCERT" => Some("system".to_string()),
            _ => None,
        };
        let o = take("postgresql://h/db", &env).unwrap();
        assert_eq!(o.ssl_mode, SslMode::VerifyFull);
        assert_eq!(o.root_cert, Some(Roots::System));
        let o = take("postgresql://h/db?sslmode=disable", &env).unwrap();
        assert_eq!(o.ssl_mode, SslMode::Disable);
        let o = take("postgresql://h/db", &no_env).unwrap();
        assert_eq!(o.ssl_mode, SslMode::Prefer);
        assert!(!o.ssl_mode_given);
    }

    #[test]
    fn a_bad_value_is_named_without_other_values() {
        let e = take("postgresql://u:secret@h/db?sslmode=maybe", &no_env)
            .unwrap_err()
            .to_string();
        assert!(e.contains("maybe") && !e.contains("secret"), "{e}");
        let e = take("postgresql://u:secret@h/db?sslcert=/c.pem", &no_env)
            .unwrap_err()
            .to_string();
        assert!(e.contains("sslcert") && !e.contains("secret"), "{e}");
    }

    #[test]
    fn reads_the_password_file_as_libpq() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("pgpass");
        std::fs::write(
            &file,
            "# comment\nother:5432:*:okr:wrong\ndb.example.com:5432:*:okr:pa\\:ss:word\n*:*:*:*:fallback\n",
        )
        .unwrap();
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o600)).unwrap();
        }
        assert_eq!(
            pgpass(&file, "db.example.com", 5432, "app", "okr").unwrap(),
            Some("pa:ss:word".to_string())
        );
        assert_eq!(
            pgpass(&file, "elsewhere", 6543, "app", "me").unwrap(),
            Some("fallback".to_string())
        );
        assert_eq!(
            pgpass(&dir.path().join("none"), "h", 1, "d", "u").unwrap(),
            None
        );
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o644)).unwrap();
            let e = pgpass(&file, "db.example.com", 5432, "app", "okr")
                .unwrap_err()
                .to_string();
            assert!(
                e.contains("group or world access") && !e.contains("ss:word"),
                "{e}"
            );
        }
    }
}
