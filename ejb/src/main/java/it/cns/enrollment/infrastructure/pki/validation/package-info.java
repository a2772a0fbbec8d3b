/**
 * Certificate validation for every channel: trust anchors (a directory of CA certificates and the
 * XML-signed ETSI TS 119 612 trusted list), PKIX path building, validity dates, key usage and EKU,
 * certificate policy, and revocation by OCSP and CRL with caches.
 *
 * <p>Rule of this package: {@link
 * it.cns.enrollment.infrastructure.pki.validation.CertificateValidator#validate} is the single
 * entry point; it answers with a {@link
 * it.cns.enrollment.infrastructure.pki.validation.ValidationResult} or throws a {@link
 * it.cns.enrollment.domain.identity.CertificateRefusedException} with a typed refusal, and no other
 * exception. Loading trust anchors fails only with {@link
 * it.cns.enrollment.infrastructure.pki.validation.TrustAnchorLoadException} (a {@link
 * it.cns.enrollment.infrastructure.pki.validation.TrustedListException} for the trusted list). No
 * BouncyCastle type appears in a public signature. Plain Java, no container annotations: {@code
 * infrastructure.pki.trust} wraps these classes in a bean and applies the per-channel revocation
 * mode. Depends on the parser of {@code infrastructure.pki}, never on {@code pki.trust}.
 */
package it.cns.enrollment.infrastructure.pki.validation;
