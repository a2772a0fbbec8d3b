package it.cns.enrollment.application.port;

import java.time.Duration;
import java.util.Objects;

/**
 * How long a web session may stay idle ({@code CNS_SESSION_IDLE_MINUTES}, read by {@code
 * infrastructure.config}), handed to the web layer as a value.
 */
public record SessionSettings(Duration idleTimeout) {

  public SessionSettings {
    Objects.requireNonNull(idleTimeout, "idle timeout is required");
  }
}
