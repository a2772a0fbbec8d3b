package it.cns.enrollment.infrastructure.mail;

import it.cns.enrollment.infrastructure.config.Settings;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The outbox's key and timing, read once from the environment. A missing or unusable {@code
 * CNS_OUTBOX_KEY} fails here with a line saying what to set; the dispatcher reads this at start-up,
 * so the deployment fails rather than mails piling up that nobody could ever open.
 */
@ApplicationScoped
public class MailConfiguration {

  private static final Logger LOG = Logger.getLogger(MailConfiguration.class.getName());

  private MailSealer sealer;
  private MailSettings settings;

  @PostConstruct
  void configure() {
    Settings env = Settings.fromEnvironment();
    try {
      settings = MailSettings.from(env);
      sealer = MailSealer.fromBase64Key(env.get(MailSealer.KEY_VARIABLE).orElse(null));
    } catch (IllegalStateException e) {
      LOG.log(Level.SEVERE, "mail outbox cannot start: {0}", e.getMessage());
      throw e;
    }
    LOG.info(() -> "mail outbox: " + settings + "; bodies sealed with AES-256-GCM");
  }

  /** A configuration from given parts, without the environment (tests, tools). */
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
