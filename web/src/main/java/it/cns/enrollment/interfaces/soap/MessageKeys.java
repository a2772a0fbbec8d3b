package it.cns.enrollment.interfaces.soap;

import it.cns.enrollment.application.port.MessageSigningStores;
import jakarta.enterprise.inject.spi.CDI;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.util.Collections;
import javax.security.auth.callback.CallbackHandler;
import org.apache.wss4j.common.crypto.Crypto;
import org.apache.wss4j.common.crypto.Merlin;
import org.apache.wss4j.common.ext.WSPasswordCallback;

/**
 * The key material of the partner API's message security, opened once from the server's TLS stores
 * ({@link MessageSigningStores}): the partner trust store that a signer's certificate must chain to
 * (as for TLS on the partner listener), and the server's key that signs answers. CXF instantiates
 * interceptors itself, so they reach the application's settings through CDI, on first use.
 */
final class MessageKeys {

  /** The key that signs answers when the store holds several. */
  static final String SIGNING_ALIAS = "server";

  private static volatile MessageKeys opened;

  private final Crypto partnerTrust;
  private final Crypto serverKey;
  private final String serverAlias;
  private final String signatureAlgorithm;
  private final CallbackHandler passwords;

  private MessageKeys(MessageSigningStores stores) throws IOException, GeneralSecurityException {
    KeyStore trust = load(stores.partnerTrustStore(), stores.password());
    Merlin trustCrypto = new Merlin();
    trustCrypto.setTrustStore(trust);
    this.partnerTrust = trustCrypto;

    KeyStore keys = load(stores.serverKeyStore(), stores.password());
    // The TLS store may hold two keys (RSA "server" and an ECDSA one the TLS stack picks for
    // clients that can use it): answers stay signed with "server", as partners have been told.
    String alias = keys.isKeyEntry(SIGNING_ALIAS) ? SIGNING_ALIAS : null;
    for (String a : Collections.list(keys.aliases())) {
      if (alias == null && keys.isKeyEntry(a)) {
        alias = a;
      }
    }
    if (alias == null) {
      throw new GeneralSecurityException("no key in " + stores.serverKeyStore());
    }
    PrivateKey key = (PrivateKey) keys.getKey(alias, stores.password());
    Merlin keyCrypto = new Merlin();
    keyCrypto.setKeyStore(keys);
    this.serverKey = keyCrypto;
    this.serverAlias = alias;
    this.signatureAlgorithm =
        key.getAlgorithm().startsWith("EC") ? ModiProfile.ECDSA_SHA256 : ModiProfile.RSA_SHA256;
    char[] password = stores.password().clone();
    this.passwords =
        callbacks -> {
          for (var callback : callbacks) {
            if (callback instanceof WSPasswordCallback pc) {
              pc.setPassword(new String(password));
            }
          }
        };
  }

  static MessageKeys get() {
    MessageKeys keys = opened;
    if (keys == null) {
      synchronized (MessageKeys.class) {
        keys = opened;
        if (keys == null) {
          try {
            keys = new MessageKeys(CDI.current().select(MessageSigningStores.class).get());
          } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("message security key stores unusable", e);
          }
          opened = keys;
        }
      }
    }
    return keys;
  }

  private static KeyStore load(java.nio.file.Path file, char[] password)
      throws IOException, GeneralSecurityException {
    KeyStore store = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(file)) {
      store.load(in, password);
    }
    return store;
  }

  Crypto partnerTrust() {
    return partnerTrust;
  }

  Crypto serverKey() {
    return serverKey;
  }

  String serverAlias() {
    return serverAlias;
  }

  String signatureAlgorithm() {
    return signatureAlgorithm;
  }

  CallbackHandler passwords() {
    return passwords;
  }
}
