package it.cns.enrollment.infrastructure.pki.trust;

import it.cns.enrollment.infrastructure.pki.validation.RevocationMode;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Where {@link CardTrust} finds its anchors and how each channel treats an unanswered revocation
 * check ({@code CNS_TRUST_DIR}, {@code CNS_TRUSTED_LIST}, {@code CNS_TRUSTED_LIST_SIGNER}, {@code
 * CNS_REVOCATION_SMARTCARD}, {@code CNS_REVOCATION_PARTNER}) and, optionally, where the trusted
 * list is downloaded from; read once at deployment.
 */
public record CardTrustSettings(
    Optional<Path> trustDirectory,
    Optional<Path> trustedList,
    Optional<Path> trustedListSigner,
    RevocationMode smartcardRevocation,
    RevocationMode partnerRevocation,
    Optional<TrustedListDownloadSettings> trustedListDownload) {

  public CardTrustSettings {
    Objects.requireNonNull(trustDirectory, "trust directory is required (may be empty)");
    Objects.requireNonNull(trustedList, "trusted list is required (may be empty)");
    Objects.requireNonNull(trustedListSigner, "trusted list signer is required (may be empty)");
    Objects.requireNonNull(smartcardRevocation, "smartcard revocation mode is required");
    Objects.requireNonNull(partnerRevocation, "partner revocation mode is required");
    Objects.requireNonNull(trustedListDownload, "trusted list download is required (may be empty)");
  }

  /** The revocation mode of a channel by name; fail-closed for any other than the two. */
  public RevocationMode revocationMode(String channel) {
    return switch (channel) {
      case "SMARTCARD" -> smartcardRevocation;
      case "PARTNER" -> partnerRevocation;
      default -> RevocationMode.FAIL_CLOSED;
    };
  }
}
