package it.cns.enrollment.infrastructure.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** The clock every service reads, so that time is one injectable dependency. */
@ApplicationScoped
public class ClockProducer {

  // Dependent scope: java.time.Clock cannot be proxied; the system clock is a singleton anyway.
  @Produces
  Clock clock() {
    return Clock.systemUTC();
  }
}
