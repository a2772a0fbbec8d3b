package it.cns.enrollment.application.port;

import it.cns.enrollment.domain.audit.Channel;
import it.cns.enrollment.domain.identity.CertificateRefusedException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;

/**
 * Validates a card certificate against the trusted CNS issuers: path, dates, key usage, policy and
 * revocation, the latter checked as the channel's policy says (fail-open or fail-closed).
 */
public interface CardValidator {

  /** Larger encodings are refused as malformed before any parsing. */
  int MAX_CERTIFICATE_BYTES = 64 * 1024;

  /**
   * The identity the certificate proves at {@code at}, and what could not be confirmed.
   *
   * @param presented the other certificates the client sent (may be empty; never trusted as such)
   * @throws CertificateRefusedException with a typed refusal, and no other exception
   */
  ValidatedCard validate(
      X509Certificate leaf, List<X509Certificate> presented, Instant at, Channel channel);
}
