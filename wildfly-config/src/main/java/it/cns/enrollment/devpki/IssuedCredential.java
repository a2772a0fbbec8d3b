package it.cns.enrollment.devpki;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;

/**
 * A private key with its certificate and chain ({@code [certificate, issuing CA..., root]}).
 *
 * @param privateKey the subject's private key
 * @param certificate the issued certificate, also {@code chain.get(0)}
 * @param chain the certificate followed by its issuers up to the root
 */
public record IssuedCredential(
    PrivateKey privateKey, X509Certificate certificate, List<X509Certificate> chain) {

  public IssuedCredential {
    Objects.requireNonNull(privateKey, "privateKey");
    Objects.requireNonNull(certificate, "certificate");
    chain = List.copyOf(chain);
    if (chain.isEmpty() || !chain.get(0).equals(certificate)) {
      throw new IllegalArgumentException("chain must start with the certificate");
    }
  }

  /** The key pair, e.g. to have the same key re-certified. */
  public KeyPair keyPair() {
    return new KeyPair(certificate.getPublicKey(), privateKey);
  }

  /**
   * An in-memory JDK PKCS#12 key store holding one key entry with the full chain. The JDK format is
   * read by browsers, curl/openssl and Java alike.
   */
  public KeyStore toPkcs12(String alias, char[] password) {
    Objects.requireNonNull(alias, "alias");
    Objects.requireNonNull(password, "password");
    try {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(null, null);
      store.setKeyEntry(alias, privateKey, password, chain.toArray(X509Certificate[]::new));
      return store;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot build PKCS#12 key store", e);
    }
  }

  /** Writes {@link #toPkcs12} to a file readable only by its owner. */
  public void writePkcs12(Path file, String alias, char[] password) {
    Pki.writeKeyStore(toPkcs12(alias, password), file, password);
  }

  /**
   * Writes the chain as PEM certificates (leaf first) and the key as unencrypted PKCS#8 PEM (owner
   * read/write only), the pair curl's {@code --cert}/{@code --key} expect.
   */
  public void writePem(Path certificateFile, Path privateKeyFile) {
    try {
      Pki.writePublic(certificateFile, certificatePem().getBytes(StandardCharsets.US_ASCII));
      Pki.writeSecret(privateKeyFile, privateKeyPem().getBytes(StandardCharsets.US_ASCII));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The chain as concatenated PEM certificates, leaf first. */
  public String certificatePem() {
    return Pki.certificatesPem(chain);
  }

  /** The private key as unencrypted PKCS#8 PEM ("BEGIN PRIVATE KEY"). */
  public String privateKeyPem() {
    return Pki.privateKeyPem(privateKey);
  }

  /** Never prints key material: some JDK key classes include the private exponent. */
  @Override
  public String toString() {
    return "IssuedCredential[" + certificate.getSubjectX500Principal().getName() + "]";
  }
}
