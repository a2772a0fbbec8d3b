package it.cns.enrollment.tls;

import java.security.Provider;

/**
 * Registers the {@value #ALGORITHM} trust manager factory. Loaded by an Elytron provider-loader
 * from the module {@code it.cns.enrollment.tls} and named by the smartcard listener's trust manager
 * (see wildfly-config/src/main/cli/30-tls.cli).
 */
public final class CardPresenceProvider extends Provider {

  private static final long serialVersionUID = 1L;

  /** The trust manager algorithm name used in the server configuration. */
  public static final String ALGORITHM = "CnsCardPresence";

  public CardPresenceProvider() {
    super("CnsCardPresence", "1.0", "Accepts any client card; the application validates it");
    putService(
        new Service(
            this,
            "TrustManagerFactory",
            ALGORITHM,
            CardPresenceTrustManagerFactory.class.getName(),
            null,
            null));
  }
}
