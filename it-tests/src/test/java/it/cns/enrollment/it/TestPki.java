package it.cns.enrollment.it;

import it.cns.enrollment.devpki.CardProfile;
import it.cns.enrollment.devpki.CertificateAuthority;
import it.cns.enrollment.devpki.DevPki;
import it.cns.enrollment.devpki.IssuedCredential;
import java.io.InputStream;
import java.nio.file.Files;
import java.security.KeyStore;
import java.security.SecureRandom;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * The test PKI the build generated (same generator as the launcher's dev PKI): its CAs mint fresh
 * cards for each test, and its key stores make TLS clients.
 */
final class TestPki {

  private static CertificateAuthority cnsCa;
  private static CertificateAuthority partnerCa;

  private TestPki() {}

  static synchronized CertificateAuthority cnsCa() {
    if (cnsCa == null) {
      cnsCa =
          CertificateAuthority.load(
              ItEnvironment.pkiDir().resolve(DevPki.CNS_CA_P12), ItEnvironment.pkiPassword());
    }
    return cnsCa;
  }

  static synchronized CertificateAuthority partnerCa() {
    if (partnerCa == null) {
      partnerCa =
          CertificateAuthority.load(
              ItEnvironment.pkiDir().resolve(DevPki.PARTNER_CA_P12), ItEnvironment.pkiPassword());
    }
    return partnerCa;
  }

  /** A new CNS card of the test CNS issuer for this codice fiscale (not revoked, per its CRL). */
  static IssuedCredential card(String codiceFiscale) {
    return card(profile(codiceFiscale));
  }

  /** The profile of an ordinary test card, to vary one property of it. */
  static CardProfile profile(String codiceFiscale) {
    return CardProfile.forCodiceFiscale(codiceFiscale)
        .withName("PROVA", "TEST")
        .withCrlDistributionPoint(TestRevocation.crlUrl());
  }

  static IssuedCredential card(CardProfile profile) {
    return cnsCa().issueCard(profile);
  }

  static KeyStore keyStore(IssuedCredential credential) {
    return credential.toPkcs12("client", ItEnvironment.pkiPassword());
  }

  static java.security.cert.X509Certificate demoPartnerCertificate() throws Exception {
    return (java.security.cert.X509Certificate) demoPartner().getCertificate(DevPki.PARTNER_ALIAS);
  }

  static KeyStore demoPartner() {
    return load(DevPki.DEMO_PARTNER + ".p12");
  }

  static KeyStore load(String file) {
    try (InputStream in = Files.newInputStream(ItEnvironment.pkiDir().resolve(file))) {
      KeyStore ks = KeyStore.getInstance("PKCS12");
      ks.load(in, ItEnvironment.pkiPassword());
      return ks;
    } catch (Exception e) {
      throw new IllegalStateException("cannot read " + file, e);
    }
  }

  /** A TLS client context trusting the test server, presenting the given key (or none). */
  static SSLContext tls(KeyStore clientKey) {
    try {
      TrustManagerFactory tmf =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      tmf.init(load(DevPki.SERVER_TRUST_P12));
      KeyManagerFactory kmf =
          KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      kmf.init(clientKey, ItEnvironment.pkiPassword());
      SSLContext ctx = SSLContext.getInstance("TLS");
      ctx.init(
          clientKey == null ? null : kmf.getKeyManagers(),
          tmf.getTrustManagers(),
          new SecureRandom());
      return ctx;
    } catch (Exception e) {
      throw new IllegalStateException("cannot build the TLS client context", e);
    }
  }
}
