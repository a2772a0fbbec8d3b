package it.cns.enrollment.tls;

import java.security.KeyStore;
import javax.net.ssl.ManagerFactoryParameters;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactorySpi;

/** JCA factory of {@link CardPresenceTrustManager}; the key store given to it is not used. */
public final class CardPresenceTrustManagerFactory extends TrustManagerFactorySpi {

  private final TrustManager[] managers = {new CardPresenceTrustManager()};

  @Override
  protected void engineInit(KeyStore ks) {
    // Trust is the application's decision, not the key store's.
  }

  @Override
  protected void engineInit(ManagerFactoryParameters spec) {
    // As above.
  }

  @Override
  protected TrustManager[] engineGetTrustManagers() {
    return managers.clone();
  }
}
