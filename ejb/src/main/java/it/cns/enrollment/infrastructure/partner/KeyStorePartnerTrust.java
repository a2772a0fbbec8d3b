package it.cns.enrollment.infrastructure.partner;

import it.cns.enrollment.application.port.MessageSigningStores;
import it.cns.enrollment.application.port.PartnerTrust;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertStore;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@link PartnerTrust} over the partner listener's own trust store ({@code partner-trust.p12}),
 * read at each check (registrations are rare; a store changed on disk counts at once): a PKIX path
 * from the certificate through the supplied intermediates to one of its CAs. Revocation is not
 * checked here; the listener's TLS does not check it either.
 */
@ApplicationScoped
public class KeyStorePartnerTrust implements PartnerTrust {

  @Inject MessageSigningStores stores;

  @Override
  public boolean accepts(
      X509Certificate certificate, List<X509Certificate> intermediates, Instant at) {
    try {
      return accepts(anchors(load()), certificate, intermediates, at);
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException("the partner trust store cannot be read", e);
    }
  }

  /** Whether a PKIX path leads from the certificate to one of the anchors. */
  static boolean accepts(
      Set<TrustAnchor> anchors,
      X509Certificate certificate,
      List<X509Certificate> intermediates,
      Instant at) {
    if (certificate.getBasicConstraints() >= 0 || anchors.isEmpty()) {
      return false; // a CA certificate is nobody's client certificate
    }
    try {
      X509CertSelector target = new X509CertSelector();
      target.setCertificate(certificate);
      PKIXBuilderParameters params = new PKIXBuilderParameters(anchors, target);
      params.setRevocationEnabled(false);
      params.setDate(Date.from(at));
      List<X509Certificate> all = new ArrayList<>(intermediates);
      all.add(certificate);
      params.addCertStore(
          CertStore.getInstance("Collection", new CollectionCertStoreParameters(all)));
      CertPathBuilder.getInstance("PKIX").build(params);
      return true;
    } catch (GeneralSecurityException e) {
      return false;
    }
  }

  static Set<TrustAnchor> anchors(KeyStore store) throws GeneralSecurityException {
    Set<TrustAnchor> anchors = new HashSet<>();
    for (String alias : Collections.list(store.aliases())) {
      if (store.getCertificate(alias) instanceof X509Certificate ca) {
        anchors.add(new TrustAnchor(ca, null));
      }
    }
    return anchors;
  }

  private KeyStore load() throws IOException, GeneralSecurityException {
    KeyStore store = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(stores.partnerTrustStore())) {
      store.load(in, stores.password());
    }
    return store;
  }
}
