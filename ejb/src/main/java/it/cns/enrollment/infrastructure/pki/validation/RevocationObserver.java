package it.cns.enrollment.infrastructure.pki.validation;

import java.time.Duration;
import java.time.Instant;
import javax.security.auth.x500.X500Principal;

/**
 * Told what the revocation checks did, for operations (metrics): every exchange with a CRL or OCSP
 * server, every CRL stored, every status that could not be determined and what the mode made of it.
 * Implementations must be quick and must not throw: they run inside a validation.
 */
public interface RevocationObserver {

  /** Observes nothing. */
  RevocationObserver NONE = new RevocationObserver() {};

  /**
   * One CRL download ({@link RevocationSource#CRL}) or OCSP request ({@link RevocationSource#OCSP})
   * ended; {@code answered} when bytes came back (2xx, within the size and time limits), whatever
   * they then turn out to be.
   */
  default void exchanged(RevocationSource source, boolean answered, Duration took) {}

  /** A CRL whose signature verified with {@code issuer}'s key was stored in the cache. */
  default void crlStored(X500Principal issuer, Instant thisUpdate) {}

  /**
   * Neither OCSP nor CRL gave a definite answer about a certificate; {@code mode} says what
   * followed ({@link RevocationMode#FAIL_CLOSED}: refused, {@link RevocationMode#FAIL_OPEN}:
   * accepted with a warning).
   */
  default void undetermined(RevocationMode mode) {}
}
