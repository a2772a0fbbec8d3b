package it.cns.enrollment.infrastructure.mail;

import it.cns.enrollment.domain.mail.MailSettings;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * The outbox's key and timing, as read at deployment ({@code infrastructure.config}: a missing or
 * unusable {@code CNS_OUTBOX_KEY} fails the deployment there, saying what to set, rather than mails
 * piling up that nobody could ever open).
 */
@ApplicationScoped
public class MailConfiguration {

  private static final Logger LOG = Logger.getLogger(MailConfiguration.class.getName());

  @Inject MailSealer sealer;
  @Inject MailSettings settings;

  @PostConstruct
  void announce() {
    LOG.info(() -> "mail outbox: " + settings + "; bodies sealed with AES-256-GCM");
  }

  /** A configuration from given parts, without the container (tests, tools). */
  public static MailConfiguration of(MailSealer sealer, MailSettings settings) {
    MailConfiguration c = new MailConfiguration();
    c.sealer = sealer;
    c.settings = settings;
    return c;
  }

  public MailSealer sealer() {
    return sealer;
  }

  public MailSettings settings() {
    return settings;
  }
}
