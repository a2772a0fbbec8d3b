package it.cns.enrollment.domain.mail;

import java.time.Duration;

/**
 * The outbox's timing: how often it polls, and when it retries and gives up ({@code
 * CNS_MAIL_POLL_SECONDS}, {@code CNS_MAIL_RETRY_SECONDS}, {@code CNS_MAIL_RETRY_MAX_SECONDS},
 * {@code CNS_MAIL_MAX_ATTEMPTS}). The values are given; reading them is the configuration's job.
 */
public record MailSettings(Duration pollInterval, RetrySchedule retrySchedule) {

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
