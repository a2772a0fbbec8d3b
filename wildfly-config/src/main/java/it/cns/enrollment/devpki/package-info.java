/**
 * Development and test PKI; never used by the deployed application.
 *
 * <p>Everything here mints keys and certificates at run time (no key material is committed): the
 * launcher writes {@code .dev/pki/} with {@link it.cns.enrollment.devpki.DevPkiMain}, and unit and
 * integration tests use {@link it.cns.enrollment.devpki.CertificateAuthority} and {@link
 * it.cns.enrollment.devpki.CardProfile} with test scope to mint CNS-shaped certificates, including
 * deliberately malformed ones. Nothing in the EAR may depend on this package: real trust comes from
 * the configured CNS issuer CAs, not from here.
 */
package it.cns.enrollment.devpki;
