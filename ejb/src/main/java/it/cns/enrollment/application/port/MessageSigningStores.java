package it.cns.enrollment.application.port;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the SOAP edge finds its keys for the partner API's message security: the server's key store
 * (its key signs the answers to signed requests) and the partner trust store (the CAs a partner's
 * signing certificate must chain to, as for TLS on the partner listener), both opened with the same
 * password as the server's TLS stores. The password never shows in {@link #toString()}.
 */
public record MessageSigningStores(Path serverKeyStore, Path partnerTrustStore, char[] password) {

  public MessageSigningStores {
    Objects.requireNonNull(serverKeyStore, "the server key store is required");
    Objects.requireNonNull(partnerTrustStore, "the partner trust store is required");
    Objects.requireNonNull(password, "the key stores' password is required");
  }

  /** The stores in a PKI directory: {@code server.p12} and {@code partner-trust.p12}. */
  public static MessageSigningStores in(Path pkiDir, char[] password) {
    return new MessageSigningStores(
        pkiDir.resolve("server.p12"), pkiDir.resolve("partner-trust.p12"), password);
  }

  @Override
  public String toString() {
    return "MessageSigningStores[" + serverKeyStore + ", " + partnerTrustStore + ", password]";
  }
}
