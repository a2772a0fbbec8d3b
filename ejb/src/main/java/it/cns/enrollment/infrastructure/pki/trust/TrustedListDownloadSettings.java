package it.cns.enrollment.infrastructure.pki.trust;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Where the trusted list is downloaded from and how ({@code CNS_TRUSTED_LIST_URL}, {@code
 * CNS_TRUSTED_LIST_REFRESH_SECONDS}, {@code CNS_TRUSTED_LIST_TIMEOUT_SECONDS}, {@code
 * CNS_TRUSTED_LIST_MAX_BYTES}); its signers are {@code CNS_TRUSTED_LIST_SIGNER}'s.
 *
 * @param url an http or https address
 * @param period between two downloads
 * @param timeout connect and read timeout of one download
 * @param maxBytes the largest list accepted
 */
public record TrustedListDownloadSettings(
    URI url, Duration period, Duration timeout, long maxBytes) {

  public TrustedListDownloadSettings {
    Objects.requireNonNull(url, "trusted list address is required");
    Objects.requireNonNull(period, "refresh period is required");
    Objects.requireNonNull(timeout, "timeout is required");
    if (period.isNegative() || period.isZero() || timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("refresh period and timeout must be positive");
    }
    if (maxBytes < 1) {
      throw new IllegalArgumentException("the size limit must be positive");
    }
  }
}
