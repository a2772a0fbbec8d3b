package it.cns.enrollment.infrastructure.mail;

import it.cns.enrollment.domain.mail.RetrySchedule;
import it.cns.enrollment.infrastructure.config.Settings;
import java.time.Duration;

/**
 * The outbox's timing from the environment: {@code CNS_MAIL_POLL_SECONDS} (30), {@code
 * CNS_MAIL_RETRY_SECONDS} (60, the first wait after a failure, doubled each time), {@code
 * CNS_MAIL_RETRY_MAX_SECONDS} (3600, the longest wait) and {@code CNS_MAIL_MAX_ATTEMPTS} (12). A
 * value that is not a whole number in range fails, naming the variable.
 */
public record MailSettings(Duration pollInterval, RetrySchedule retrySchedule) {

  static final String POLL = "CNS_MAIL_POLL_SECONDS";
  static final String RETRY = "CNS_MAIL_RETRY_SECONDS";
  static final String RETRY_MAX = "CNS_MAIL_RETRY_MAX_SECONDS";
  static final String MAX_ATTEMPTS = "CNS_MAIL_MAX_ATTEMPTS";

  public static MailSettings from(Settings settings) {
    long poll = number(settings, POLL, 30, 1, 3600);
    long base = number(settings, RETRY, RetrySchedule.DEFAULT_BASE.toSeconds(), 1, 86_400);
    long cap = number(settings, RETRY_MAX, RetrySchedule.DEFAULT_CAP.toSeconds(), 1, 7 * 86_400);
    long attempts = number(settings, MAX_ATTEMPTS, RetrySchedule.DEFAULT_MAX_ATTEMPTS, 1, 1000);
    return new MailSettings(
        Duration.ofSeconds(poll),
        new RetrySchedule(
            Duration.ofSeconds(base), Duration.ofSeconds(Math.max(base, cap)), (int) attempts));
  }

  private static long number(Settings settings, String name, long fallback, long min, long max) {
    return settings
        .get(name)
        .map(
            v -> {
              long n;
              try {
                n = Long.parseLong(v);
              } catch (NumberFormatException e) {
                throw new IllegalStateException(name + "=" + v + " is not a whole number");
              }
              if (n < min || n > max) {
                throw new IllegalStateException(
                    name + "=" + v + " is out of range " + min + ".." + max);
              }
              return n;
            })
        .orElse(fallback);
  }

  @Override
  public String toString() {
    RetrySchedule r = retrySchedule;
    return "poll every "
        + pollInterval.toSeconds()
        + " s, retry after "
        + r.base().toSeconds()
        + " s doubling up to "
        + r.cap().toSeconds()
        + " s, give up after "
        + r.maxAttempts()
        + " attempts";
  }
}
