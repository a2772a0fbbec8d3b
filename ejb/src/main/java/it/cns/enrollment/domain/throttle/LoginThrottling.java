package it.cns.enrollment.domain.throttle;

import java.util.Objects;

/**
 * The two throttles every login goes through: per account typed (existing or not, so that the
 * answer never tells which) and per client address (many accounts tried from one place).
 */
public record LoginThrottling(ThrottlePolicy perAccount, ThrottlePolicy perAddress) {

  public LoginThrottling {
    Objects.requireNonNull(perAccount, "per-account policy is required");
    Objects.requireNonNull(perAddress, "per-address policy is required");
  }
}
