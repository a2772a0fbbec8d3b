package it.cns.enrollment.infrastructure.pki.validation;

/**
 * Told what each download of the trusted list did, for operations (metrics). Implementations must
 * be quick and must not throw.
 */
public interface TrustedListObserver {

  /** Observes nothing. */
  TrustedListObserver NONE = new TrustedListObserver() {};

  /** One refresh ended with {@code outcome}. */
  default void refreshed(TrustedListDownload.Outcome outcome) {}
}
