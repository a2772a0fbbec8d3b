package it.cns.enrollment.domain.partner;

import java.time.Duration;
import java.util.Objects;

/**
 * How long each node remembers an enabled partner's access per certificate ({@code
 * CNS_PARTNER_AUTH_CACHE_SECONDS}); zero reads the database on every call.
 */
public record PartnerCacheSettings(Duration ttl) {

  public PartnerCacheSettings {
    Objects.requireNonNull(ttl, "ttl is required");
    if (ttl.isNegative()) {
      throw new IllegalArgumentException("negative partner cache time");
    }
  }
}
