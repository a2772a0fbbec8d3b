package it.cns.enrollment.application.port;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;

/**
 * The partner trust store as the partner listener's TLS uses it: whether a certificate would be
 * accepted there, so that a supervisor cannot register one the listener refuses.
 */
public interface PartnerTrust {

  /**
   * Whether {@code certificate} chains to a CA of the partner trust store at {@code at}, through
   * the {@code intermediates} the partner supplied if needed; a CA certificate itself does not
   * qualify as a partner's certificate.
   */
  boolean accepts(X509Certificate certificate, List<X509Certificate> intermediates, Instant at);
}
