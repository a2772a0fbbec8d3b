package it.cns.enrollment.infrastructure.config;

import static it.cns.enrollment.infrastructure.config.Setting.CNS_ACCESSIBILITY_STATEMENT_URL;
import static it.cns.enrollment.infrastructure.config.Setting.CNS_AGENT_CODES_MINUTES;
import static it.cns.enrollment.infrastructure.config.Setting.CNS_CARD_PROOF_UNBOUND;
import static it.cns.enrollment.infrastructure.config.Setting.CNS_CHALLENGE_TTL_SECONDS;
import static it.cns.enrollment.infrastructure.config.Setting.CNS_CIP_LENGTH;
import static it.cns.enrollment.infrastructure.config.Setting.CNS_CIP_MAX_ATTEMPTS;
import static it.cns.enrollment.infrastructure.config.Setting.CNS_FEEDBACK_URL;
import static it.cns.enrollment.infrastructure.config.Setting.CNS_HTTP_PORT;
import static it.cns.enrollment.infrastructure.config.Setting.CNS_LOGIN_THROTTLE_ACCOUNT_FREE;
import static it.cns.enrollment.infrastructure.config.Setting.CNS_LOGIN_THROTTLE_ADDRESS_FREE;
import static it.cns.enrollment.infrastructure.config.Setting.CNS_LOGIN_THROTTLE_DELAY_SECONDS;
import static it.cns.enrollment.infrastructure.config.Setting.CNS_LOGIN_THROTTLE_FORGET_MINUTES;
import static it.cns.enrollment.infrastructure.config.Setting.CNS_LOGIN_THROTTLE_MAX_DELAY_SECONDS;
import static it.cns.enrollment.infrastructure.config.Setting.CNS_MAIL_MAX_ATTEMPTS;
import static it.cns.enrollment.infrastructure.config.Setting.CNS_MAIL_POLL_SECONDS;
import static it.cns.enrollment.infrastructure.config.Setting.CNS_MAIL_RETRY_MAX_SECONDS;
import static it.cns.enrollment.infrastructure.config.Setting.CNS_MAIL_RETRY_SECONDS;
import static it.cns.enrollment.infrastructure.config.Setting.CNS_OPERATOR_MAX_ATTEMPTS;
import static it.cns.enrollment.infrastructure.config.Setting.CNS_OUTBOX_KEY;
import static it.cns.enrollment.infrastructure.config.Setting.CNS_PARTNER_AUTH_CACHE_SECONDS;
import static it.cns.enrollment.infrastructure.config.Setting.CNS_PARTNER_EXPIRY_MAIL;
import static it.cns.enrollment.infrastructure.config.Setting.CNS_PARTNER_PORT;
import static it.cns.enrollment.infrastructure.config.Setting.CNS_PIN_LENGTH;
import static it.cns.enrollment.infrastructure.config.Setting.CNS_PKI_DIR;
import static it.cns.enrollment.infrastructure.config.Setting.CNS_PORT_OFFSET;
import static it.cns.enrollment.infrastructure.config.Setting.CNS_PRIVACY_CONTACT;
import static it.cns.enrollment.infrastructure.config.Setting.CNS_PRIVACY_CONTROLLER;
import static it.cns.enrollment.infrastructure.config.Setting.CNS_PRIVACY_DPO_CONTACT;
import static it.cns.enrollment.infrastructure.config.Setting.CNS_PRIVACY_NOTICE_URL;
import static it.cns.enrollment.infrastructure.config.Setting.CNS_PUBLIC_PORT;
import static it.cns.enrollment.infrastructure.config.Setting.CNS_PUBLIC_URL;
import static it.cns.enrollment.infrastructure.config.Setting.CNS_PUK_LENGTH;
import static it.cns.enrollment.infrastructure.config.Setting.CNS_RETENTION_AUDIT_DAYS;
import static it.cns.enrollment.infrastructure.config.Setting.CNS_RETENTION_CHALLENGE_HOURS;
import static it.cns.enrollment.infrastructure.config.Setting.CNS_RETENTION_INTERVAL_SECONDS;
import static it.cns.enrollment.infrastructure.config.Setting.CNS_RETENTION_MAIL_RECIPIENT_DAYS;
import static it.cns.enrollment.infrastructure.config.Setting.CNS_RETENTION_PARTNER_ANSWER_DAYS;
import static it.cns.enrollment.infrastructure.config.Setting.CNS_REVOCATION_PARTNER;
import static it.cns.enrollment.infrastructure.config.Setting.CNS_REVOCATION_SMARTCARD;
import static it.cns.enrollment.infrastructure.config.Setting.CNS_SESSION_IDLE_MINUTES;
import static it.cns.enrollment.infrastructure.config.Setting.CNS_SMARTCARD_PORT;
import static it.cns.enrollment.infrastructure.config.Setting.CNS_SMARTCARD_URL;
import static it.cns.enrollment.infrastructure.config.Setting.CNS_TRUSTED_LIST;
import static it.cns.enrollment.infrastructure.config.Setting.CNS_TRUSTED_LIST_MAX_BYTES;
import static it.cns.enrollment.infrastructure.config.Setting.CNS_TRUSTED_LIST_REFRESH_SECONDS;
import static it.cns.enrollment.infrastructure.config.Setting.CNS_TRUSTED_LIST_SIGNER;
import static it.cns.enrollment.infrastructure.config.Setting.CNS_TRUSTED_LIST_TIMEOUT_SECONDS;
import static it.cns.enrollment.infrastructure.config.Setting.CNS_TRUSTED_LIST_URL;
import static it.cns.enrollment.infrastructure.config.Setting.CNS_TRUST_DIR;
import static it.cns.enrollment.infrastructure.config.Setting.CNS_USER_IMPORT_MAX_BYTES;
import static it.cns.enrollment.infrastructure.config.Setting.CNS_USER_IMPORT_MAX_ROWS;

import it.cns.enrollment.application.port.LegalNotices;
import it.cns.enrollment.application.port.ListenerPorts;
import it.cns.enrollment.application.port.PublicUrls;
import it.cns.enrollment.domain.account.ImportLimits;
import it.cns.enrollment.domain.activation.ActivationSettings;
import it.cns.enrollment.domain.challenge.UnboundProofs;
import it.cns.enrollment.domain.error.BusinessRefusal;
import it.cns.enrollment.domain.mail.EmailAddress;
import it.cns.enrollment.domain.mail.MailSettings;
import it.cns.enrollment.domain.mail.RetrySchedule;
import it.cns.enrollment.domain.operator.OperatorLockout;
import it.cns.enrollment.domain.partner.PartnerExpiryNotice;
import it.cns.enrollment.domain.retention.RetentionPolicy;
import it.cns.enrollment.domain.throttle.LoginThrottling;
import it.cns.enrollment.domain.throttle.ThrottlePolicy;
import it.cns.enrollment.infrastructure.mail.MailSealer;
import it.cns.enrollment.infrastructure.pki.trust.CardTrustSettings;
import it.cns.enrollment.infrastructure.pki.trust.TrustedListDownloadSettings;
import it.cns.enrollment.infrastructure.pki.validation.RevocationMode;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Every setting the application reads, as typed values, read together: a bad value anywhere fails
 * the whole read, and the message lists every refused setting with its value (never a secret's).
 * The records live with the code that uses them; only this class knows how each is read, so none of
 * them depends on the configuration.
 */
public record ApplicationSettings(
    MailSettings mail,
    MailSealer outboxSealer,
    CardTrustSettings cardTrust,
    ActivationSettings activation,
    OperatorLockout operatorLockout,
    HasherSettings hasher,
    Duration challengeTtl,
    UnboundProofs unboundProofs,
    Duration partnerCacheTtl,
    ListenerPorts listenerPorts,
    PublicUrls publicUrls,
    Duration sessionIdle,
    LegalNotices legalNotices,
    LoginThrottling loginThrottling,
    PartnerExpiryNotice partnerExpiryNotice,
    RetentionPolicy retention,
    ImportLimits userImport,
    Duration agentCodesHold) {

  /** Reads every application setting from {@code settings}. */
  public static ApplicationSettings read(Settings settings) {
    List<String> refused = new ArrayList<>();
    ListenerPorts ports = attempt(refused, () -> listenerPorts(settings));
    ApplicationSettings read =
        new ApplicationSettings(
            attempt(refused, () -> mail(settings)),
            attempt(refused, () -> outboxSealer(settings)),
            attempt(refused, () -> cardTrust(settings)),
            attempt(refused, () -> activation(settings)),
            attempt(refused, () -> operatorLockout(settings)),
            attempt(refused, () -> HasherSettings.from(settings)),
            attempt(refused, () -> challengeTtl(settings)),
            attempt(refused, () -> unboundProofs(settings)),
            attempt(refused, () -> partnerCacheTtl(settings)),
            ports,
            // Derived from the ports: a bad port is reported once, above.
            ports == null ? null : attempt(refused, () -> publicUrls(settings, ports)),
            attempt(refused, () -> sessionIdle(settings)),
            attempt(refused, () -> legalNotices(settings)),
            attempt(refused, () -> loginThrottling(settings)),
            attempt(refused, () -> partnerExpiryNotice(settings)),
            attempt(refused, () -> retention(settings)),
            attempt(refused, () -> userImport(settings)),
            attempt(refused, () -> agentCodesHold(settings)));
    if (!refused.isEmpty()) {
      throw new InvalidSettingException(String.join("; ", refused));
    }
    return read;
  }

  private static <T> T attempt(List<String> refused, Supplier<T> read) {
    try {
      return read.get();
    } catch (IllegalStateException | IllegalArgumentException e) {
      refused.add(e.getMessage());
      return null;
    }
  }

  /** The outbox's timing; a retry cap below the first wait becomes that wait. */
  static MailSettings mail(Settings settings) {
    long poll = settings.number(CNS_MAIL_POLL_SECONDS, 1, 3600);
    long base = settings.number(CNS_MAIL_RETRY_SECONDS, 1, 86_400);
    long cap = settings.number(CNS_MAIL_RETRY_MAX_SECONDS, 1, 7 * 86_400);
    int attempts = settings.integer(CNS_MAIL_MAX_ATTEMPTS, 1, 1000);
    return new MailSettings(
        Duration.ofSeconds(poll),
        new RetrySchedule(
            Duration.ofSeconds(base), Duration.ofSeconds(Math.max(base, cap)), attempts));
  }

  /** Where partner certificate expiry warnings are mailed; a malformed address is refused. */
  static PartnerExpiryNotice partnerExpiryNotice(Settings settings) {
    Optional<String> to = settings.explicit(CNS_PARTNER_EXPIRY_MAIL).map(String::strip);
    try {
      return new PartnerExpiryNotice(to.map(address -> EmailAddress.parse(address).value()));
    } catch (BusinessRefusal e) {
      throw new IllegalArgumentException(
          CNS_PARTNER_EXPIRY_MAIL.name() + " is not an e-mail address: " + to.orElse(""));
    }
  }

  /** The outbox key; missing or unusable fails, saying what to set (never the value). */
  static MailSealer outboxSealer(Settings settings) {
    return MailSealer.fromBase64Key(settings.explicit(CNS_OUTBOX_KEY).orElse(null));
  }

  /**
   * Anchor sources and revocation modes. The trust directory defaults to the {@code cns-anchors} of
   * {@code CNS_PKI_DIR} only when that is set: the server's own default for it is an expression the
   * application does not resolve.
   */
  static CardTrustSettings cardTrust(Settings settings) {
    return new CardTrustSettings(
        settings
            .explicitPath(CNS_TRUST_DIR)
            .or(() -> settings.explicitPath(CNS_PKI_DIR).map(p -> p.resolve("cns-anchors"))),
        settings.explicitPath(CNS_TRUSTED_LIST),
        settings.explicitPath(CNS_TRUSTED_LIST_SIGNER),
        settings.enumValue(CNS_REVOCATION_SMARTCARD, RevocationMode.class),
        settings.enumValue(CNS_REVOCATION_PARTNER, RevocationMode.class),
        trustedListDownload(settings));
  }

  /**
   * Where and how often the trusted list is downloaded; an address without a signer to verify it
   * against is refused here, at deployment, rather than by every download.
   */
  static Optional<TrustedListDownloadSettings> trustedListDownload(Settings settings) {
    Optional<String> url = settings.explicit(CNS_TRUSTED_LIST_URL).map(String::strip);
    if (url.isEmpty()) {
      return Optional.empty();
    }
    URI uri;
    try {
      uri = new URI(url.get());
    } catch (URISyntaxException e) {
      throw Settings.invalid(CNS_TRUSTED_LIST_URL, url.get(), "is not an address");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
      throw Settings.invalid(CNS_TRUSTED_LIST_URL, url.get(), "is not an http(s) address");
    }
    if (settings.explicit(CNS_TRUSTED_LIST_SIGNER).isEmpty()) {
      throw new IllegalArgumentException(
          CNS_TRUSTED_LIST_URL.name()
              + " is set but "
              + CNS_TRUSTED_LIST_SIGNER.name()
              + " is not: a list that cannot be verified is never downloaded");
    }
    return Optional.of(
        new TrustedListDownloadSettings(
            uri,
            Duration.ofSeconds(settings.number(CNS_TRUSTED_LIST_REFRESH_SECONDS, 1, 86_400)),
            Duration.ofSeconds(settings.number(CNS_TRUSTED_LIST_TIMEOUT_SECONDS, 1, 600)),
            settings.number(CNS_TRUSTED_LIST_MAX_BYTES, 1024, 64L * 1024 * 1024)));
  }

  /** The limits of the supervisors' upload of already-enabled users. */
  static ImportLimits userImport(Settings settings) {
    return new ImportLimits(
        settings.number(CNS_USER_IMPORT_MAX_BYTES, 1024, ImportLimits.MAX_BYTES_CEILING),
        settings.integer(CNS_USER_IMPORT_MAX_ROWS, 1, ImportLimits.MAX_ROWS_CEILING));
  }

  /** Code lengths and the CIP attempt limit; the domain record checks the rules. */
  static ActivationSettings activation(Settings settings) {
    return new ActivationSettings(
        settings.integer(CNS_PIN_LENGTH, Integer.MIN_VALUE, Integer.MAX_VALUE),
        settings.integer(CNS_PUK_LENGTH, Integer.MIN_VALUE, Integer.MAX_VALUE),
        settings.integer(CNS_CIP_LENGTH, Integer.MIN_VALUE, Integer.MAX_VALUE),
        settings.integer(CNS_CIP_MAX_ATTEMPTS, Integer.MIN_VALUE, Integer.MAX_VALUE));
  }

  /** The two login throttles; they share the delays and differ in the free wrong attempts. */
  static LoginThrottling loginThrottling(Settings settings) {
    Duration first = Duration.ofSeconds(settings.number(CNS_LOGIN_THROTTLE_DELAY_SECONDS, 1, 3600));
    Duration max =
        Duration.ofSeconds(
            Math.max(
                first.toSeconds(),
                settings.number(CNS_LOGIN_THROTTLE_MAX_DELAY_SECONDS, 1, 86_400)));
    Duration forget =
        Duration.ofMinutes(settings.number(CNS_LOGIN_THROTTLE_FORGET_MINUTES, 1, 10_080));
    return new LoginThrottling(
        new ThrottlePolicy(
            settings.integer(CNS_LOGIN_THROTTLE_ACCOUNT_FREE, 0, 1000), first, max, forget),
        new ThrottlePolicy(
            settings.integer(CNS_LOGIN_THROTTLE_ADDRESS_FREE, 0, 1_000_000), first, max, forget));
  }

  /**
   * The retention job's interval and periods; login throttle counts are kept as long as they count
   * ({@code CNS_LOGIN_THROTTLE_FORGET_MINUTES}), and the audit period's floor is the database's
   * (RetentionPolicy.AUDIT_FLOOR).
   */
  static RetentionPolicy retention(Settings settings) {
    return new RetentionPolicy(
        Duration.ofSeconds(settings.number(CNS_RETENTION_INTERVAL_SECONDS, 1, 86_400)),
        Duration.ofHours(settings.number(CNS_RETENTION_CHALLENGE_HOURS, 1, 8760)),
        Duration.ofDays(settings.number(CNS_RETENTION_PARTNER_ANSWER_DAYS, 1, 3650)),
        Duration.ofDays(settings.number(CNS_RETENTION_MAIL_RECIPIENT_DAYS, 1, 3650)),
        Duration.ofMinutes(settings.number(CNS_LOGIN_THROTTLE_FORGET_MINUTES, 1, 10_080)),
        Duration.ofDays(
            settings.number(
                CNS_RETENTION_AUDIT_DAYS, RetentionPolicy.AUDIT_FLOOR.toDays(), 36_500)));
  }

  static OperatorLockout operatorLockout(Settings settings) {
    return new OperatorLockout(settings.integer(CNS_OPERATOR_MAX_ATTEMPTS, 1, 100));
  }

  static Duration challengeTtl(Settings settings) {
    return Duration.ofSeconds(settings.number(CNS_CHALLENGE_TTL_SECONDS, 1, 1800));
  }

  /** Whether a card proof over the bare challenge (contract 1.2) is still accepted. */
  static UnboundProofs unboundProofs(Settings settings) {
    return settings.enumValue(CNS_CARD_PROOF_UNBOUND, UnboundProofs.class);
  }

  static Duration partnerCacheTtl(Settings settings) {
    return Duration.ofSeconds(settings.number(CNS_PARTNER_AUTH_CACHE_SECONDS, 0, 300));
  }

  /** The listeners' ports (also for the web module's tests, which cannot see this package's). */
  public static ListenerPorts listenerPorts(Settings settings) {
    return new ListenerPorts(
        settings.port(CNS_PUBLIC_PORT),
        settings.port(CNS_SMARTCARD_PORT),
        settings.port(CNS_PARTNER_PORT),
        settings.port(CNS_HTTP_PORT),
        settings.port(CNS_PORT_OFFSET));
  }

  /** The configured addresses, or https://localhost on the bound ports (development, tests). */
  public static PublicUrls publicUrls(Settings settings) {
    return publicUrls(settings, listenerPorts(settings));
  }

  private static PublicUrls publicUrls(Settings settings, ListenerPorts ports) {
    return new PublicUrls(
        baseUrl(settings, CNS_PUBLIC_URL, ports.boundPublic()),
        baseUrl(settings, CNS_SMARTCARD_URL, ports.boundSmartcard()));
  }

  private static String baseUrl(Settings settings, Setting setting, int boundPort) {
    Optional<String> configured = settings.explicit(setting);
    if (configured.isEmpty()) {
      return "https://localhost:" + boundPort;
    }
    String value = configured.get().strip();
    String base = value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
    URI uri;
    try {
      uri = new URI(base);
    } catch (URISyntaxException e) {
      throw Settings.invalid(setting, value, "is not a URL");
    }
    if (!"https".equals(uri.getScheme())
        || uri.getHost() == null
        || uri.getRawUserInfo() != null
        || !uri.getRawPath().isEmpty()
        || uri.getRawQuery() != null
        || uri.getRawFragment() != null) {
      throw Settings.invalid(setting, value, "must be https://host or https://host:port");
    }
    return base;
  }

  /** How long the counter agent's codes wait for their fetch (issue #18 item 4). */
  static Duration agentCodesHold(Settings settings) {
    return Duration.ofMinutes(settings.integer(CNS_AGENT_CODES_MINUTES, 1, 60));
  }

  static Duration sessionIdle(Settings settings) {
    return Duration.ofMinutes(settings.integer(CNS_SESSION_IDLE_MINUTES, 1, 1440));
  }

  /** The footer's links and the privacy notice's contacts: only https:// or mailto: addresses. */
  static LegalNotices legalNotices(Settings settings) {
    String statement = link(settings, CNS_ACCESSIBILITY_STATEMENT_URL, false);
    return new LegalNotices(
        statement,
        settings.isSet(CNS_FEEDBACK_URL) ? link(settings, CNS_FEEDBACK_URL, true) : statement,
        settings.isSet(CNS_PRIVACY_NOTICE_URL)
            ? Optional.of(link(settings, CNS_PRIVACY_NOTICE_URL, false))
            : Optional.empty(),
        settings.text(CNS_PRIVACY_CONTROLLER),
        link(settings, CNS_PRIVACY_CONTACT, true),
        link(settings, CNS_PRIVACY_DPO_CONTACT, true));
  }

  private static String link(Settings settings, Setting setting, boolean mailAllowed) {
    String value = settings.text(setting);
    URI uri;
    try {
      uri = new URI(value);
    } catch (URISyntaxException e) {
      throw Settings.invalid(setting, value, "is not a URL");
    }
    boolean web = "https".equals(uri.getScheme()) && uri.getHost() != null;
    boolean mail =
        mailAllowed
            && "mailto".equals(uri.getScheme())
            && uri.getSchemeSpecificPart().matches("[^@\\s?]+@[^@\\s?]+");
    if (!web && !mail) {
      throw Settings.invalid(
          setting, value, mailAllowed ? "must be https://… or mailto:…" : "must be https://…");
    }
    return value;
  }
}
