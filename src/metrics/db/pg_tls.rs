//! TLS for PostgreSQL with rustls (ring): libpq's `sslmode` semantics.
//!
//! - `prefer`, `require`: encrypted, the certificate not checked (as
//!   libpq: with a root certificate, checked like verify-ca);
//! - `verify-ca`: the chain must lead to a root certificate;
//! - `verify-full`: and the certificate must name the host connected to.
//!
//! The roots: `sslrootcert` (a PEM file, or `system`), else libpq's
//! `~/.postgresql/root.crt`, else the operating system's roots.

use std::sync::Arc;

use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::client::WebPkiServerVerifier;
use rustls::crypto::{verify_tls12_signature, verify_tls13_signature, CryptoProvider};
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::{
    CertificateError, ClientConfig, DigitallySignedStruct, RootCertStore, SignatureScheme,
};

use super::pg_options::{default_root_cert, Roots, SslMode};
use crate::error::data::{TlsFailure, TlsSetup};

/// How the certificate is checked, after libpq's rules.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Check {
    /// Encrypted, not checked.
    None,
    /// The chain, not the name.
    Chain(Roots),
    /// The chain and the host name.
    Full(Roots),
}

/// What `sslmode` and `sslrootcert` mean together.
pub fn check_for(mode: SslMode, roots: Option<Roots>) -> Check {
    let roots_or_default = || {
        roots
            .clone()
            .or_else(|| default_root_cert().map(Roots::File))
    };
    match mode {
        SslMode::Disable => Check::None,
        // libpq: prefer and require verify like verify-ca when a root
        // certificate is there (given, or ~/.postgresql/root.crt).
        SslMode::Prefer | SslMode::Require => match roots_or_default() {
            Some(roots) => Check::Chain(roots),
            None => Check::None,
        },
        SslMode::VerifyCa => Check::Chain(roots_or_default().unwrap_or(Roots::System)),
        SslMode::VerifyFull => Check::Full(roots_or_default().unwrap_or(Roots::System)),
    }
}

/// The rustls client configuration for a check; the error says what is
/// wrong with the root certificates.
pub fn client_config(check: &Check) -> Result<ClientConfig, TlsSetup> {
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let builder = ClientConfig::builder_with_provider(provider.clone())
        .with_safe_default_protocol_versions()
        .map_err(|e| TlsSetup::Library(e.to_string()))?;
    let verifier: Arc<dyn ServerCertVerifier> = match check {
        Check::None => Arc::new(Lenient {
            provider,
            chain: None,
        }),
        Check::Chain(roots) => Arc::new(Lenient {
            chain: Some(webpki(roots, provider.clone())?),
            provider,
        }),
        Check::Full(roots) => webpki(roots, provider)?,
    };
    Ok(builder
        .dangerous()
        .with_custom_certificate_verifier(verifier)
        .with_no_client_auth())
}

fn webpki(
    roots: &Roots,
    provider: Arc<CryptoProvider>,
) -> Result<Arc<WebPkiServerVerifier>, TlsSetup> {
    let store = Arc::new(root_store(roots)?);
    WebPkiServerVerifier::builder_with_provider(store, provider)
        .build()
        .map_err(|e| TlsSetup::Library(e.to_string()))
}

fn root_store(roots: &Roots) -> Result<RootCertStore, TlsSetup> {
    let mut store = RootCertStore::empty();
    match roots {
        Roots::File(path) => {
            let certs: Vec<CertificateDer> = CertificateDer::pem_file_iter(path)
                .and_then(|certs| certs.collect())
                .map_err(|e| TlsSetup::Unreadable {
                    path: path.clone(),
                    said: e.to_string(),
                })?;
            let (added, _) = store.add_parsable_certificates(certs);
            if added == 0 {
                return Err(TlsSetup::NoCertificate { path: path.clone() });
            }
        }
        Roots::System => {
            let found = rustls_native_certs::load_native_certs();
            store.add_parsable_certificates(found.certs);
            if store.is_empty() {
                return Err(TlsSetup::NoSystemRoots);
            }
        }
    }
    Ok(store)
}

/// A certificate check laxer than webpki's: the handshake's signatures are
/// always checked (the connection is encrypted to whoever holds the key).
/// Without a chain (`prefer`, `require`) the certificate is not checked;
/// with one (`verify-ca`) the chain is, and a certificate for another name
/// is accepted (webpki checks the name last, after the chain). The
/// signatures are checked with the provider's algorithms, as webpki's
/// verifier (built with the same provider) checks them.
#[derive(Debug)]
struct Lenient {
    provider: Arc<CryptoProvider>,
    chain: Option<Arc<WebPkiServerVerifier>>,
}

impl ServerCertVerifier for Lenient {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: &ServerName<'_>,
        ocsp_response: &[u8],
        now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        let Some(chain) = &self.chain else {
            return Ok(ServerCertVerified::assertion());
        };
        match chain.verify_server_cert(end_entity, intermediates, server_name, ocsp_response, now) {
            Err(rustls::Error::InvalidCertificate(
                CertificateError::NotValidForName | CertificateError::NotValidForNameContext { .. },
            )) => Ok(ServerCertVerified::assertion()),
            other => other,
        }
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        verify_tls12_signature(
            message,
            cert,
            dss,
            &self.provider.signature_verification_algorithms,
        )
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        verify_tls13_signature(
            message,
            cert,
            dss,
            &self.provider.signature_verification_algorithms,
        )
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.provider
            .signature_verification_algorithms
            .supported_schemes()
    }
}

/// What went wrong in a TLS handshake, for people; `None` when the error
/// is not a TLS one.
pub fn explain(e: &(dyn std::error::Error + 'static), check: &Check) -> Option<TlsFailure> {
    let mut cause: Option<&(dyn std::error::Error + 'static)> = Some(e);
    while let Some(c) = cause {
        let tls = c.downcast_ref::<rustls::Error>().or_else(|| {
            c.downcast_ref::<std::io::Error>()
                .and_then(|io| io.get_ref())
                .and_then(|inner| inner.downcast_ref::<rustls::Error>())
        });
        if let Some(tls) = tls {
            return Some(describe(tls, check));
        }
        cause = c.source();
    }
    None
}

fn describe(e: &rustls::Error, check: &Check) -> TlsFailure {
    match e {
        rustls::Error::InvalidCertificate(CertificateError::NotValidForNameContext {
            presented,
            ..
        }) => TlsFailure::WrongName {
            presented: presented
                .iter()
                .map(|p| plain_name(p).to_string())
                .collect(),
        },
        rustls::Error::InvalidCertificate(CertificateError::NotValidForName) => {
            TlsFailure::WrongName {
                presented: Vec::new(),
            }
        }
        rustls::Error::InvalidCertificate(
            CertificateError::UnknownIssuer | CertificateError::BadSignature,
        ) => TlsFailure::Untrusted {
            roots: match check {
                Check::Chain(Roots::File(p)) | Check::Full(Roots::File(p)) => Some(p.clone()),
                _ => None,
            },
        },
        rustls::Error::InvalidCertificate(
            CertificateError::Expired | CertificateError::ExpiredContext { .. },
        ) => TlsFailure::Expired,
        rustls::Error::InvalidCertificate(_) => TlsFailure::NotAccepted {
            said: e.to_string(),
        },
        other => TlsFailure::Handshake {
            said: other.to_string(),
        },
    }
}

/// `localhost` from rustls's `DnsName("localhost")`.
fn plain_name(presented: &str) -> &str {
    match (presented.find('"'), presented.rfind('"')) {
        (Some(a), Some(b)) if b > a => &presented[a + 1..b],
        _ => presented,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sslmode_and_sslrootcert_mean_what_they_mean_in_libpq() {
        let ca = || Some(Roots::File("/ca.pem".into()));
        assert_eq!(check_for(SslMode::Disable, ca()), Check::None);
        assert_eq!(
            check_for(SslMode::Require, ca()),
            Check::Chain(Roots::File("/ca.pem".into()))
        );
        assert_eq!(
            check_for(SslMode::Prefer, ca()),
            Check::Chain(Roots::File("/ca.pem".into()))
        );
        assert_eq!(
            check_for(SslMode::VerifyCa, ca()),
            Check::Chain(Roots::File("/ca.pem".into()))
        );
        assert_eq!(
            check_for(SslMode::VerifyFull, ca()),
            Check::Full(Roots::File("/ca.pem".into()))
        );
        assert_eq!(
            check_for(SslMode::VerifyFull, Some(Roots::System)),
            Check::Full(Roots::System)
        );
        if default_root_cert().is_none() {
            assert_eq!(check_for(SslMode::Require, None), Check::None);
            assert_eq!(
                check_for(SslMode::VerifyFull, None),
                Check::Full(Roots::System)
            );
        }
    }

    #[test]
    fn a_root_certificate_file_without_certificates_is_named() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("ca.pem");
        std::fs::write(&file, "not a certificate\n").unwrap();
        let e = client_config(&Check::Full(Roots::File(file.clone()))).unwrap_err();
        let e = e.to_string();
        assert!(e.contains("holds no certificate"), "{e}");
        assert!(client_config(&Check::None).is_ok());
    }
}
