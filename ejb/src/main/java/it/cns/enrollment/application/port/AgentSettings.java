package it.cns.enrollment.application.port;

import java.time.Duration;
import java.util.Objects;

/**
 * How long the PIN and PUK of a counter activation wait, sealed, for the counter agent's one fetch
 * ({@code CNS_AGENT_CODES_MINUTES}, read by {@code infrastructure.config}).
 */
public record AgentSettings(Duration codesHold) {

  public AgentSettings {
    Objects.requireNonNull(codesHold, "hold period is required");
    if (codesHold.isZero() || codesHold.isNegative()) {
      throw new IllegalArgumentException("the hold period must be positive: " + codesHold);
    }
  }
}
