package it.cns.enrollment.application.port;

import java.time.Instant;
import java.util.List;

/**
 * What this server node holds in memory about its trust in CNS issuers and about the issuers'
 * revocation services (CRL, OCSP): read without the database, so that it still answers while the
 * database is away. Figures are this node's, since its deployment started (the {@code cns_*} meters
 * of the same node count the same events).
 */
public interface NodeStatus {

  TrustedIssuers trustedIssuers();

  RevocationServices revocationServices();

  /**
   * The trusted CNS issuers in force.
   *
   * @param source where they were read from (directory, trusted list)
   * @param issuers the issuer CA certificates, by subject name
   * @param lastSuccessfulReload when anchors were last loaded; null while none ever was
   * @param lastAttempt when a reload was last tried; null before the first
   * @param lastFailure why the last attempt failed (the previous anchors stayed); null when it
   *     succeeded
   * @param stale none loaded, or no successful reload for the periods readiness allows (then the
   *     node's readiness is DOWN too)
   */
  record TrustedIssuers(
      String source,
      List<Issuer> issuers,
      Instant lastSuccessfulReload,
      Instant lastAttempt,
      String lastFailure,
      boolean stale) {

    public TrustedIssuers {
      issuers = List.copyOf(issuers);
    }
  }

  /** One trusted issuer CA: its subject name and the end of its certificate's validity. */
  record Issuer(String name, Instant notAfter) {}

  /**
   * The card issuers' revocation services as this node met them.
   *
   * @param since when the node started counting
   * @param services one entry per kind of service (CRL downloads, OCSP requests)
   * @param undeterminedRefused certificates about which no service answered, refused (fail closed)
   * @param undeterminedAccepted the same, accepted with a warning (fail open)
   * @param freshestCrls per issuer CA, the thisUpdate of the freshest CRL stored
   */
  record RevocationServices(
      Instant since,
      List<Service> services,
      long undeterminedRefused,
      long undeterminedAccepted,
      List<Crl> freshestCrls) {

    public RevocationServices {
      services = List.copyOf(services);
      freshestCrls = List.copyOf(freshestCrls);
    }
  }

  /**
   * Exchanges with one kind of revocation service.
   *
   * @param source {@code CRL} or {@code OCSP}
   * @param answered exchanges that got an answer
   * @param failed exchanges that got none (no answer in time, refused, HTTP error, too large)
   * @param lastFailure when the last failure happened; null when none did
   */
  record Service(String source, long answered, long failed, Instant lastFailure) {}

  /** The freshest CRL stored for an issuer CA. */
  record Crl(String issuer, Instant thisUpdate) {}
}
