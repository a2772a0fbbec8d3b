/**
 * X.509 parsing and validation with BouncyCastle; turns bytes into domain types, never lets a
 * library exception escape.
 *
 * <p>Rule of this package: what comes out is a domain type ({@link
 * it.cns.enrollment.domain.identity.CnsCertificate}) or a {@link
 * it.cns.enrollment.domain.identity.CertificateRefusedException} with its typed refusal; no
 * BouncyCastle type appears in a public signature, and no {@code IOException}, {@code
 * IllegalArgumentException} or other library failure reaches the caller. The proof of card
 * possession (CMS) is the application's {@code CardPossessionVerifier}. Nothing here depends on the
 * sub-packages {@code validation} and {@code trust}, which build on it.
 */
package it.cns.enrollment.infrastructure.pki;
