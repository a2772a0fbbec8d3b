package it.cns.enrollment.infrastructure.config;

import it.cns.enrollment.application.port.AgentSettings;
import it.cns.enrollment.application.port.DocumentSealer;
import it.cns.enrollment.application.port.LegalNotices;
import it.cns.enrollment.application.port.ListenerPorts;
import it.cns.enrollment.application.port.MailBodySealer;
import it.cns.enrollment.application.port.MessageSigningStores;
import it.cns.enrollment.application.port.PublicUrls;
import it.cns.enrollment.application.port.SessionSettings;
import it.cns.enrollment.domain.account.ImportLimits;
import it.cns.enrollment.domain.activation.ActivationSettings;
import it.cns.enrollment.domain.challenge.ChallengeSettings;
import it.cns.enrollment.domain.mail.MailSettings;
import it.cns.enrollment.domain.operator.OperatorLockout;
import it.cns.enrollment.domain.partner.PartnerCacheSettings;
import it.cns.enrollment.domain.partner.PartnerExpiryNotice;
import it.cns.enrollment.domain.retention.RetentionPolicy;
import it.cns.enrollment.domain.throttle.LoginThrottling;
import it.cns.enrollment.infrastructure.pki.trust.CardTrustSettings;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * The application's settings, read once from MicroProfile Config (environment variables, system
 * properties, the server's mounted secret files) and handed out as typed records. {@link
 * ConfigurationCheck} reads them at deployment, so a bad value fails it with a message naming the
 * setting and the value.
 */
@ApplicationScoped
public class Configuration {

  private static final Logger LOG = Logger.getLogger(Configuration.class.getName());

  @Inject Config config;

  private ApplicationSettings settings;
  private MessageSigningStores messageSigningStores;

  @PostConstruct
  void read() {
    // By exact name: MicroProfile Config's environment source matches CNS_X as it is.
    Settings source =
        new Settings(name -> config.getOptionalValue(name, String.class).orElse(null));
    try {
      settings = ApplicationSettings.read(source);
    } catch (InvalidSettingException e) {
      LOG.severe(() -> "settings refused, the application cannot start: " + e.getMessage());
      throw e;
    }
    messageSigningStores = messageSigningStores(source);
    LOG.info(() -> "settings read once; set explicitly: " + source.explicitApplicationSettings());
    LOG.info(() -> "mail outbox: " + settings.mail() + "; bodies sealed with AES-256-GCM");
  }

  /**
   * The server's TLS stores, which the partner API's message security uses too: in {@code
   * CNS_PKI_DIR}, or the server's own default for it (its configuration directory's {@code pki}).
   */
  static MessageSigningStores messageSigningStores(Settings source) {
    Path pki =
        source
            .explicitPath(Setting.CNS_PKI_DIR)
            .orElseGet(() -> Path.of(System.getProperty("jboss.server.config.dir", "."), "pki"));
    String password =
        source
            .explicit(Setting.CNS_PKI_PASSWORD)
            .orElseThrow(
                () -> new InvalidSettingException(Setting.CNS_PKI_PASSWORD.name() + " is not set"));
    return MessageSigningStores.in(pki, password.toCharArray());
  }

  // The partner API's message security (SOAP edge) opens these stores.
  @Produces
  MessageSigningStores messageSigningStores() {
    return messageSigningStores;
  }

  public ApplicationSettings settings() {
    return settings;
  }

  // Dependent scope: records and final classes cannot be proxied; the instances are immutable.
  @Produces
  MailSettings mailSettings() {
    return settings.mail();
  }

  // Injected as the application's port; the key stays inside MailSealer.
  @Produces
  MailBodySealer outboxSealer() {
    return settings.outboxSealer();
  }

  // The activation form waiting for its download is sealed under the same key as the outbox: both
  // hold code halves at rest, and one key is one secret fewer to provision.
  @Produces
  DocumentSealer documentSealer() {
    return settings.outboxSealer();
  }

  @Produces
  CardTrustSettings cardTrustSettings() {
    return settings.cardTrust();
  }

  @Produces
  ActivationSettings activationSettings() {
    return settings.activation();
  }

  @Produces
  LoginThrottling loginThrottling() {
    return settings.loginThrottling();
  }

  @Produces
  OperatorLockout operatorLockout() {
    return settings.operatorLockout();
  }

  @Produces
  HasherSettings hasherSettings() {
    return settings.hasher();
  }

  @Produces
  ListenerPorts listenerPorts() {
    return settings.listenerPorts();
  }

  @Produces
  PublicUrls publicUrls() {
    return settings.publicUrls();
  }

  @Produces
  ChallengeSettings challengeSettings() {
    return new ChallengeSettings(settings.challengeTtl(), settings.unboundProofs());
  }

  @Produces
  PartnerCacheSettings partnerCacheSettings() {
    return new PartnerCacheSettings(settings.partnerCacheTtl());
  }

  @Produces
  SessionSettings sessionSettings() {
    return new SessionSettings(settings.sessionIdle());
  }

  @Produces
  AgentSettings agentSettings() {
    return new AgentSettings(settings.agentCodesHold());
  }

  @Produces
  PartnerExpiryNotice partnerExpiryNotice() {
    return settings.partnerExpiryNotice();
  }

  @Produces
  LegalNotices legalNotices() {
    return settings.legalNotices();
  }

  @Produces
  RetentionPolicy retentionPolicy() {
    return settings.retention();
  }

  @Produces
  ImportLimits userImportLimits() {
    return settings.userImport();
  }
}
