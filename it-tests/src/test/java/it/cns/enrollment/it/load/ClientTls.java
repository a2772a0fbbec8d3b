package it.cns.enrollment.it.load;

import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.Principal;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedKeyManager;

/**
 * TLS client contexts for the load generator, and the proof that handshakes were full: a key
 * manager that counts how often the JDK asked it for the client certificate. The server asks for
 * one (CertificateRequest) only in a full handshake - a resumed TLS 1.3 (PSK) or TLS 1.2 session
 * skips it - so "certificates sent" equals "full handshakes".
 */
public final class ClientTls {

  private final TrustManager[] trust;

  private ClientTls(TrustManager[] trust) {
    this.trust = trust;
  }

  /** Trusts the server certificates issued under the CAs of {@code serverTrust}. */
  public static ClientTls trusting(KeyStore serverTrust) {
    try {
      TrustManagerFactory tmf =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      tmf.init(serverTrust);
      return new ClientTls(tmf.getTrustManagers());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot read the server trust store", e);
    }
  }

  /**
   * A new context, so with an empty session cache: a connection made with it cannot resume anything
   * and does a full handshake. {@code key} may be null (no client certificate).
   */
  public SSLContext context(CountingKeyManager key) {
    try {
      SSLContext ctx = SSLContext.getInstance("TLS");
      ctx.init(key == null ? null : new KeyManager[] {key}, trust, null);
      return ctx;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot build a TLS client context", e);
    }
  }

  /** A client key and its chain, presented when the server asks; counts the times it did. */
  public static final class CountingKeyManager extends X509ExtendedKeyManager {

    private static final String ALIAS = "client";

    private final PrivateKey key;
    private final X509Certificate[] chain;
    private final AtomicLong presented;

    public CountingKeyManager(
        PrivateKey key, List<X509Certificate> chain, AtomicLong presentedCounter) {
      this.key = key;
      this.chain = chain.toArray(X509Certificate[]::new);
      this.presented = presentedCounter;
    }

    public X509Certificate certificate() {
      return chain[0];
    }

    private String choose(String[] keyTypes) {
      String algorithm = key.getAlgorithm();
      for (String type : keyTypes) {
        if (type.equalsIgnoreCase(algorithm)) {
          presented.incrementAndGet();
          return ALIAS;
        }
      }
      return null;
    }

    @Override
    public String chooseClientAlias(String[] keyType, Principal[] issuers, Socket socket) {
      return choose(keyType);
    }

    @Override
    public String chooseEngineClientAlias(String[] keyType, Principal[] issuers, SSLEngine e) {
      return choose(keyType);
    }

    @Override
    public String[] getClientAliases(String keyType, Principal[] issuers) {
      return keyType.equalsIgnoreCase(key.getAlgorithm()) ? new String[] {ALIAS} : null;
    }

    @Override
    public String[] getServerAliases(String keyType, Principal[] issuers) {
      return null;
    }

    @Override
    public String chooseServerAlias(String keyType, Principal[] issuers, Socket socket) {
      return null;
    }

    @Override
    public X509Certificate[] getCertificateChain(String alias) {
      return ALIAS.equals(alias) ? chain.clone() : null;
    }

    @Override
    public PrivateKey getPrivateKey(String alias) {
      return ALIAS.equals(alias) ? key : null;
    }
  }
}
