package it.cns.enrollment.devpki;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;

/** PKCS#12 trust stores (trusted certificate entries only) and certificate file reading. */
public final class TrustStores {

  private TrustStores() {}

  /** A JDK PKCS#12 key store with one trusted certificate entry per alias, in map order. */
  public static KeyStore of(Map<String, X509Certificate> entries) {
    try {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(null, null);
      for (Map.Entry<String, X509Certificate> entry : entries.entrySet()) {
        store.setCertificateEntry(entry.getKey(), entry.getValue());
      }
      return store;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot build PKCS#12 trust store", e);
    }
  }

  /** Writes {@link #of} to a file readable only by its owner. */
  public static void write(Path file, Map<String, X509Certificate> entries, char[] password) {
    Pki.writeKeyStore(of(entries), file, password);
  }

  /** Opens any PKCS#12 file, e.g. to check what a trust store or credential file holds. */
  public static KeyStore load(Path file, char[] password) {
    try (InputStream in = Files.newInputStream(file)) {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(in, password);
      return store;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot read " + file, e);
    }
  }

  /**
   * Every certificate in a PEM (possibly a bundle) or DER file.
   *
   * @throws CertificateException if the file holds no parsable certificate
   */
  public static List<X509Certificate> readCertificates(Path file)
      throws IOException, CertificateException {
    byte[] content = Files.readAllBytes(file);
    List<X509Certificate> certificates =
        CertificateFactory.getInstance("X.509")
            .generateCertificates(new ByteArrayInputStream(content))
            .stream()
            .map(X509Certificate.class::cast)
            .toList();
    if (certificates.isEmpty()) {
      throw new CertificateException("no certificate in " + file);
    }
    return certificates;
  }
}
