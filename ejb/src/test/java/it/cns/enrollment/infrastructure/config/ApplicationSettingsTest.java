package it.cns.enrollment.infrastructure.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.cns.enrollment.application.port.ListenerPorts;
import it.cns.enrollment.application.port.PublicUrls;
import it.cns.enrollment.domain.activation.ActivationSettings;
import it.cns.enrollment.domain.activation.CodeKind;
import it.cns.enrollment.domain.challenge.UnboundProofs;
import it.cns.enrollment.domain.mail.MailSettings;
import it.cns.enrollment.domain.mail.RetrySchedule;
import it.cns.enrollment.domain.operator.OperatorLockout;
import it.cns.enrollment.domain.retention.RetentionPolicy;
import it.cns.enrollment.infrastructure.mail.InvalidOutboxKeyException;
import it.cns.enrollment.infrastructure.mail.MailSealer;
import it.cns.enrollment.infrastructure.pki.validation.RevocationMode;
import it.cns.enrollment.infrastructure.security.Argon2idHasher;
import it.cns.enrollment.infrastructure.security.CredentialSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ApplicationSettingsTest {

  private static final String KEY = MailSealer.newBase64Key();

  private static Settings of(Map<String, String> values) {
    return new Settings(values::get);
  }

  /** The given values plus an outbox key, which has no default. */
  private static ApplicationSettings read(Map<String, String> values) {
    Map<String, String> all = new HashMap<>(values);
    all.putIfAbsent("CNS_OUTBOX_KEY", KEY);
    return ApplicationSettings.read(of(all));
  }

  // --- the whole read ----------------------------------------------------------------------------

  @Test
  void everyDefaultOfTheCatalogueParsesAndAgreesWithTheCode() {
    ApplicationSettings s = read(Map.of());

    assertThat(s.mail().pollInterval()).isEqualTo(Duration.ofSeconds(30));
    assertThat(s.mail().retrySchedule())
        .isEqualTo(
            new RetrySchedule(
                RetrySchedule.DEFAULT_BASE,
                RetrySchedule.DEFAULT_CAP,
                RetrySchedule.DEFAULT_MAX_ATTEMPTS));
    assertThat(s.activation()).isEqualTo(ActivationSettings.defaults());
    assertThat(s.operatorLockout())
        .isEqualTo(new OperatorLockout(OperatorLockout.DEFAULT_MAX_FAILED_ATTEMPTS));
    assertThat(s.hasher())
        .isEqualTo(
            new HasherSettings(
                Argon2idHasher.DEFAULT_MEMORY_KIB,
                Argon2idHasher.DEFAULT_ITERATIONS,
                Argon2idHasher.DEFAULT_PARALLELISM,
                Runtime.getRuntime().availableProcessors()));
    assertThat(s.challengeTtl()).isEqualTo(Duration.ofSeconds(300));
    assertThat(s.unboundProofs()).isEqualTo(UnboundProofs.ACCEPT);
    assertThat(s.listenerPorts()).isEqualTo(new ListenerPorts(8443, 8444, 8445, 8080, 0));
    assertThat(s.publicUrls())
        .isEqualTo(new PublicUrls("https://localhost:8443", "https://localhost:8444"));
    assertThat(s.sessionIdle()).isEqualTo(Duration.ofMinutes(15));
    assertThat(s.cardTrust().trustDirectory()).isEmpty();
    assertThat(s.cardTrust().trustedList()).isEmpty();
    assertThat(s.cardTrust().revocationMode("SMARTCARD")).isEqualTo(RevocationMode.FAIL_CLOSED);
    assertThat(s.cardTrust().revocationMode("PARTNER")).isEqualTo(RevocationMode.FAIL_CLOSED);
  }

  @Test
  void aBadValueFailsTheReadNamingTheSettingAndTheValue() {
    assertThatThrownBy(() -> read(Map.of("CNS_SMARTCARD_PORT", "eighty")))
        .isInstanceOf(InvalidSettingException.class)
        .hasMessage("CNS_SMARTCARD_PORT=eighty is not a whole number");
    assertThatThrownBy(() -> read(Map.of("CNS_REVOCATION_PARTNER", "SOMETIMES")))
        .isInstanceOf(InvalidSettingException.class)
        .hasMessage("CNS_REVOCATION_PARTNER=SOMETIMES is not one of [FAIL_CLOSED, FAIL_OPEN]");
  }

  @Test
  void everyRefusedSettingIsListedAtOnce() {
    assertThatThrownBy(
            () ->
                read(
                    Map.of(
                        "CNS_MAIL_POLL_SECONDS", "soon",
                        "CNS_PIN_LENGTH", "7",
                        "CNS_SESSION_IDLE_MINUTES", "0")))
        .isInstanceOf(InvalidSettingException.class)
        .hasMessageContaining("CNS_MAIL_POLL_SECONDS=soon is not a whole number")
        .hasMessageContaining("CNS_PIN_LENGTH=7")
        .hasMessageContaining("CNS_SESSION_IDLE_MINUTES=0 is out of range 1..1440");
  }

  // --- retention
  // ----------------------------------------------------------------------------------------------

  @Test
  void retentionDefaultsKeepTheAuditTrailTenYearsAndTheRestBriefly() {
    assertThat(read(Map.of()).retention())
        .isEqualTo(
            new RetentionPolicy(
                Duration.ofMinutes(15),
                Duration.ofHours(24),
                Duration.ofDays(7),
                Duration.ofDays(30),
                Duration.ofMinutes(60),
                Duration.ofDays(3650)));
  }

  @Test
  void retentionReadsItsSettingsAndTheThrottlesForgetPeriod() {
    assertThat(
            read(Map.of(
                    "CNS_RETENTION_INTERVAL_SECONDS", "2",
                    "CNS_RETENTION_CHALLENGE_HOURS", "48",
                    "CNS_RETENTION_PARTNER_ANSWER_DAYS", "1",
                    "CNS_RETENTION_MAIL_RECIPIENT_DAYS", "90",
                    "CNS_LOGIN_THROTTLE_FORGET_MINUTES", "90",
                    "CNS_RETENTION_AUDIT_DAYS", "365"))
                .retention())
        .isEqualTo(
            new RetentionPolicy(
                Duration.ofSeconds(2),
                Duration.ofHours(48),
                Duration.ofDays(1),
                Duration.ofDays(90),
                Duration.ofMinutes(90),
                Duration.ofDays(365)));
  }

  @Test
  void refusesAnAuditRetentionUnderAYearNamingTheSetting() {
    assertThatThrownBy(() -> read(Map.of("CNS_RETENTION_AUDIT_DAYS", "30")))
        .isInstanceOf(InvalidSettingException.class)
        .hasMessageContaining("CNS_RETENTION_AUDIT_DAYS=30 is out of range 365..36500");
    assertThatThrownBy(() -> read(Map.of("CNS_RETENTION_INTERVAL_SECONDS", "0")))
        .isInstanceOf(InvalidSettingException.class)
        .hasMessageContaining("CNS_RETENTION_INTERVAL_SECONDS=0 is out of range 1..86400");
  }

  // --- the outbox
  // -----------------------------------------------------------------------------------

  @Test
  void theOutboxKeyIsRequiredAndNeverShown() {
    assertThatThrownBy(() -> ApplicationSettings.read(of(Map.of())))
        .isInstanceOf(InvalidSettingException.class)
        .hasMessageContaining("CNS_OUTBOX_KEY is not set");
    assertThatThrownBy(
            () -> ApplicationSettings.outboxSealer(of(Map.of("CNS_OUTBOX_KEY", "c2hvcnQ="))))
        .isInstanceOf(InvalidOutboxKeyException.class)
        .hasMessageContaining("CNS_OUTBOX_KEY")
        .hasMessageNotContaining("c2hvcnQ=");
    assertThat(read(Map.of()).outboxSealer()).isNotNull();
  }

  @Test
  void mailDefaults() {
    MailSettings s = ApplicationSettings.mail(of(Map.of()));
    assertThat(s.pollInterval()).isEqualTo(Duration.ofSeconds(30));
    assertThat(s.retrySchedule().base()).isEqualTo(Duration.ofSeconds(60));
    assertThat(s.retrySchedule().cap()).isEqualTo(Duration.ofHours(1));
    assertThat(s.retrySchedule().maxAttempts()).isEqualTo(12);
  }

  @Test
  void mailReadsItsSettings() {
    MailSettings s =
        ApplicationSettings.mail(
            of(
                Map.of(
                    "CNS_MAIL_POLL_SECONDS", "1",
                    "CNS_MAIL_RETRY_SECONDS", "2",
                    "CNS_MAIL_RETRY_MAX_SECONDS", "10",
                    "CNS_MAIL_MAX_ATTEMPTS", "4")));
    assertThat(s.pollInterval()).isEqualTo(Duration.ofSeconds(1));
    assertThat(s.retrySchedule())
        .isEqualTo(new RetrySchedule(Duration.ofSeconds(2), Duration.ofSeconds(10), 4));
  }

  @Test
  void aMailRetryCapBelowTheBaseBecomesTheBase() {
    MailSettings s =
        ApplicationSettings.mail(
            of(Map.of("CNS_MAIL_RETRY_SECONDS", "120", "CNS_MAIL_RETRY_MAX_SECONDS", "60")));
    assertThat(s.retrySchedule().cap()).isEqualTo(Duration.ofSeconds(120));
  }

  @Test
  void badMailValuesNameTheSetting() {
    assertThatThrownBy(() -> ApplicationSettings.mail(of(Map.of("CNS_MAIL_POLL_SECONDS", "soon"))))
        .hasMessageContaining("CNS_MAIL_POLL_SECONDS")
        .hasMessageContaining("whole number");
    assertThatThrownBy(() -> ApplicationSettings.mail(of(Map.of("CNS_MAIL_MAX_ATTEMPTS", "0"))))
        .hasMessageContaining("CNS_MAIL_MAX_ATTEMPTS")
        .hasMessageContaining("out of range");
  }

  // --- operators and codes
  // -------------------------------------------------------------------------

  @Test
  void fiveWrongPasswordsLockAnOperatorByDefault() {
    assertThat(ApplicationSettings.operatorLockout(of(Map.of())).maxFailedAttempts()).isEqualTo(5);
    assertThat(
            ApplicationSettings.operatorLockout(of(Map.of("CNS_OPERATOR_MAX_ATTEMPTS", " 3 ")))
                .maxFailedAttempts())
        .isEqualTo(3);
  }

  @Test
  void refusesOperatorAttemptsOutOfRangeNamingTheSetting() {
    for (String bad : new String[] {"0", "-1", "abc", "1000"}) {
      assertThatThrownBy(
              () ->
                  ApplicationSettings.operatorLockout(of(Map.of("CNS_OPERATOR_MAX_ATTEMPTS", bad))))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("CNS_OPERATOR_MAX_ATTEMPTS");
    }
  }

  @Test
  void readsEveryActivationSetting() {
    Map<String, String> values =
        Map.of(
            "CNS_PIN_LENGTH", "6",
            "CNS_PUK_LENGTH", " 10 ",
            "CNS_CIP_LENGTH", "12",
            "CNS_CIP_MAX_ATTEMPTS", "5");
    ActivationSettings s = ApplicationSettings.activation(of(values));
    assertThat(s).isEqualTo(new ActivationSettings(6, 10, 12, 5));
    assertThat(s.length(CodeKind.PUK)).isEqualTo(10);
  }

  @Test
  void refusesOddShortOrMalformedLengthsNamingTheSetting() {
    assertThatThrownBy(() -> ApplicationSettings.activation(of(Map.of("CNS_PIN_LENGTH", "7"))))
        .hasMessageContaining("CNS_PIN_LENGTH=7");
    assertThatThrownBy(() -> ApplicationSettings.activation(of(Map.of("CNS_PUK_LENGTH", "4"))))
        .hasMessageContaining("CNS_PUK_LENGTH=4");
    assertThatThrownBy(() -> ApplicationSettings.activation(of(Map.of("CNS_CIP_LENGTH", "otto"))))
        .hasMessageContaining("CNS_CIP_LENGTH=otto");
    assertThatThrownBy(
            () -> ApplicationSettings.activation(of(Map.of("CNS_CIP_MAX_ATTEMPTS", "0"))))
        .hasMessageContaining("CNS_CIP_MAX_ATTEMPTS=0");
  }

  @Test
  void theChallengeTimeToLiveComesFromItsSetting() {
    assertThat(ApplicationSettings.challengeTtl(of(Map.of()))).isEqualTo(Duration.ofSeconds(300));
    assertThat(ApplicationSettings.challengeTtl(of(Map.of("CNS_CHALLENGE_TTL_SECONDS", "120"))))
        .isEqualTo(Duration.ofSeconds(120));
    assertThatThrownBy(
            () -> ApplicationSettings.challengeTtl(of(Map.of("CNS_CHALLENGE_TTL_SECONDS", "0"))))
        .hasMessageContaining("CNS_CHALLENGE_TTL_SECONDS");
    assertThatThrownBy(
            () -> ApplicationSettings.challengeTtl(of(Map.of("CNS_CHALLENGE_TTL_SECONDS", "five"))))
        .hasMessageContaining("CNS_CHALLENGE_TTL_SECONDS");
  }

  @Test
  void unboundCardProofsAreAcceptedUnlessRefused() {
    assertThat(ApplicationSettings.unboundProofs(of(Map.of()))).isEqualTo(UnboundProofs.ACCEPT);
    assertThat(ApplicationSettings.unboundProofs(of(Map.of("CNS_CARD_PROOF_UNBOUND", "refuse"))))
        .isEqualTo(UnboundProofs.REFUSE);
    assertThatThrownBy(
            () -> ApplicationSettings.unboundProofs(of(Map.of("CNS_CARD_PROOF_UNBOUND", "maybe"))))
        .hasMessageContaining("CNS_CARD_PROOF_UNBOUND");
  }

  // --- Argon2id
  // -----------------------------------------------------------------------------------

  @Test
  void theHasherDefaultsAreTheOwaspMinimumAndWork() {
    Argon2idHasher defaults = CredentialSettings.hasher(HasherSettings.from(of(Map.of())));

    assertThat(defaults.memoryKib()).isEqualTo(19_456);
    assertThat(defaults.iterations()).isEqualTo(2);
    assertThat(defaults.parallelism()).isEqualTo(1);
    assertThat(defaults.concurrency()).isEqualTo(Runtime.getRuntime().availableProcessors());
    String encoded = defaults.hash("0123456789".toCharArray());
    assertThat(encoded)
        .startsWith("$argon2id$v=19$m=19456,t=2,p=1$")
        .matches("\\$argon2id\\$v=19\\$m=19456,t=2,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}");
    assertThat(defaults.verify("0123456789".toCharArray(), encoded)).isTrue();
    assertThat(defaults.verify("0123456788".toCharArray(), encoded)).isFalse();
  }

  @Test
  void theSettingsCanRaiseTheHasherParameters() {
    Argon2idHasher tuned =
        CredentialSettings.hasher(
            HasherSettings.from(
                of(
                    Map.of(
                        "CNS_ARGON2_MEMORY_KIB", "47104",
                        "CNS_ARGON2_ITERATIONS", " 3 ",
                        "CNS_ARGON2_PARALLELISM", "2",
                        "CNS_ARGON2_CONCURRENCY", "3"))));

    assertThat(tuned.memoryKib()).isEqualTo(47104);
    assertThat(tuned.iterations()).isEqualTo(3);
    assertThat(tuned.parallelism()).isEqualTo(2);
    assertThat(tuned.concurrency()).isEqualTo(3);
  }

  @Test
  void theSettingsCannotGoBelowTheOwaspMinimumOrSayNonsense() {
    assertThatThrownBy(() -> HasherSettings.from(of(Map.of("CNS_ARGON2_MEMORY_KIB", "1024"))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("OWASP");
    assertThatThrownBy(() -> HasherSettings.from(of(Map.of("CNS_ARGON2_ITERATIONS", "two"))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("CNS_ARGON2_ITERATIONS");
    assertThatThrownBy(() -> HasherSettings.from(of(Map.of("CNS_ARGON2_CONCURRENCY", "0"))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("CNS_ARGON2_CONCURRENCY=0");
  }

  // --- card trust
  // ----------------------------------------------------------------------------------

  @Test
  void revocationModesAreReadPerChannelInAnyCase() {
    var trust =
        ApplicationSettings.cardTrust(
            of(Map.of("CNS_REVOCATION_SMARTCARD", "fail_open", "CNS_REVOCATION_PARTNER", "")));
    assertThat(trust.revocationMode("SMARTCARD")).isEqualTo(RevocationMode.FAIL_OPEN);
    assertThat(trust.revocationMode("PARTNER")).isEqualTo(RevocationMode.FAIL_CLOSED);
    assertThat(trust.revocationMode("PUBLIC")).isEqualTo(RevocationMode.FAIL_CLOSED);
  }

  @Test
  void theTrustDirectoryDefaultsToTheAnchorsOfThePkiDirectory() {
    assertThat(
            ApplicationSettings.cardTrust(of(Map.of("CNS_PKI_DIR", "/srv/pki"))).trustDirectory())
        .contains(Path.of("/srv/pki/cns-anchors"));
    assertThat(
            ApplicationSettings.cardTrust(
                    of(Map.of("CNS_PKI_DIR", "/srv/pki", "CNS_TRUST_DIR", "/srv/anchors")))
                .trustDirectory())
        .contains(Path.of("/srv/anchors"));
    assertThat(
            ApplicationSettings.cardTrust(
                    of(Map.of("CNS_TRUSTED_LIST", "/srv/tsl.xml", "CNS_TRUSTED_LIST_SIGNER", "s")))
                .trustedList())
        .isEqualTo(Optional.of(Path.of("/srv/tsl.xml")));
  }

  @Test
  void theTrustedListIsDownloadedOnlyFromAnHttpAddressWithASignerToVerifyIt() {
    assertThat(ApplicationSettings.cardTrust(of(Map.of())).trustedListDownload()).isEmpty();
    var download =
        ApplicationSettings.cardTrust(
                of(
                    Map.of(
                        "CNS_TRUSTED_LIST_URL", " https://eidas.agid.gov.it/TL/TSL-IT.xml ",
                        "CNS_TRUSTED_LIST_SIGNER", "/srv/agid.pem")))
            .trustedListDownload()
            .orElseThrow();
    assertThat(download.url()).hasToString("https://eidas.agid.gov.it/TL/TSL-IT.xml");
    assertThat(download.period()).isEqualTo(Duration.ofHours(1));
    assertThat(download.timeout()).isEqualTo(Duration.ofSeconds(30));
    assertThat(download.maxBytes()).isEqualTo(16L * 1024 * 1024);

    assertThatThrownBy(
            () ->
                ApplicationSettings.cardTrust(
                    of(Map.of("CNS_TRUSTED_LIST_URL", "https://eidas.agid.gov.it/TL/TSL-IT.xml"))))
        .hasMessageContaining("CNS_TRUSTED_LIST_SIGNER is not");
    assertThatThrownBy(
            () ->
                ApplicationSettings.cardTrust(
                    of(
                        Map.of(
                            "CNS_TRUSTED_LIST_URL", "file:///etc/TSL-IT.xml",
                            "CNS_TRUSTED_LIST_SIGNER", "/srv/agid.pem"))))
        .hasMessageContaining("CNS_TRUSTED_LIST_URL=file:///etc/TSL-IT.xml is not an http(s)");
    assertThatThrownBy(
            () ->
                ApplicationSettings.cardTrust(
                    of(
                        Map.of(
                            "CNS_TRUSTED_LIST_URL", "https://agid.example/TSL.xml",
                            "CNS_TRUSTED_LIST_SIGNER", "/srv/agid.pem",
                            "CNS_TRUSTED_LIST_REFRESH_SECONDS", "0"))))
        .hasMessageContaining("CNS_TRUSTED_LIST_REFRESH_SECONDS");
  }

  // --- web
  // ------------------------------------------------------------------------------------------

  @Test
  void listenerPortsCarryTheOffset() {
    ListenerPorts ports =
        ApplicationSettings.listenerPorts(
            of(Map.of("CNS_SMARTCARD_PORT", "9444", "CNS_PORT_OFFSET", "100")));
    assertThat(ports.boundSmartcard()).isEqualTo(9544);
    assertThat(ports.boundPublic()).isEqualTo(8543);
    assertThatThrownBy(
            () -> ApplicationSettings.listenerPorts(of(Map.of("CNS_PUBLIC_PORT", "70000"))))
        .hasMessage("CNS_PUBLIC_PORT=70000 is out of range 0..65535");
  }

  @Test
  void publicUrlsDefaultToLocalhostOnTheBoundPortsAndFollowTheSettings() {
    assertThat(ApplicationSettings.publicUrls(of(Map.of("CNS_PORT_OFFSET", "20000"))))
        .isEqualTo(new PublicUrls("https://localhost:28443", "https://localhost:28444"));
    assertThat(
            ApplicationSettings.publicUrls(
                of(
                    Map.of(
                        "CNS_PUBLIC_URL", "https://servizi.example.gov.it/",
                        "CNS_SMARTCARD_URL", "https://carta.example.gov.it:443"))))
        .isEqualTo(
            new PublicUrls("https://servizi.example.gov.it", "https://carta.example.gov.it:443"));
  }

  @Test
  void refusesAPublicUrlThatIsNotAnHttpsOrigin() {
    for (String bad :
        new String[] {
          "http://servizi.example.gov.it",
          "servizi.example.gov.it",
          "https://servizi.example.gov.it/cns",
          "https://servizi.example.gov.it?x=1",
          "https://user@servizi.example.gov.it",
          "https://exa mple"
        }) {
      assertThatThrownBy(() -> ApplicationSettings.publicUrls(of(Map.of("CNS_PUBLIC_URL", bad))))
          .as(bad)
          .isInstanceOf(InvalidSettingException.class)
          .hasMessageStartingWith("CNS_PUBLIC_URL=");
    }
  }

  @Test
  void sessionsIdleFifteenMinutesByDefault() {
    assertThat(ApplicationSettings.sessionIdle(of(Map.of()))).isEqualTo(Duration.ofMinutes(15));
    assertThat(ApplicationSettings.sessionIdle(of(Map.of("CNS_SESSION_IDLE_MINUTES", "30"))))
        .isEqualTo(Duration.ofMinutes(30));
    assertThatThrownBy(
            () -> ApplicationSettings.sessionIdle(of(Map.of("CNS_SESSION_IDLE_MINUTES", "-5"))))
        .hasMessageContaining("CNS_SESSION_IDLE_MINUTES=-5");
  }

  // --- the footer's links and the privacy notice (issue #16) ------------------------------------

  @Test
  void legalNoticesDefaultToAgidsSiteAndTheBuiltInPrivacyNotice() {
    var notices = ApplicationSettings.legalNotices(of(Map.of()));

    assertThat(notices.accessibilityStatementUrl()).isEqualTo("https://form.agid.gov.it/");
    assertThat(notices.feedbackUrl()).isEqualTo(notices.accessibilityStatementUrl());
    assertThat(notices.privacyNoticeUrl()).isEmpty();
    assertThat(notices.dpoContact()).isEqualTo("mailto:rpd@example.invalid");
  }

  @Test
  void legalNoticesTakeTheConfiguredAddresses() {
    var notices =
        ApplicationSettings.legalNotices(
            of(
                Map.of(
                    "CNS_ACCESSIBILITY_STATEMENT_URL", "https://form.agid.gov.it/view/abc-123",
                    "CNS_FEEDBACK_URL", "mailto:accessibilita@comune.example.it",
                    "CNS_PRIVACY_NOTICE_URL", "https://www.comune.example.it/privacy",
                    "CNS_PRIVACY_CONTROLLER", "Comune di Esempio, piazza Grande 1")));

    assertThat(notices.accessibilityStatementUrl())
        .isEqualTo("https://form.agid.gov.it/view/abc-123");
    assertThat(notices.feedbackUrl()).isEqualTo("mailto:accessibilita@comune.example.it");
    assertThat(notices.privacyNoticeUrl()).contains("https://www.comune.example.it/privacy");
    assertThat(notices.controller()).isEqualTo("Comune di Esempio, piazza Grande 1");
  }

  @Test
  void refusesALegalLinkThatIsNeitherHttpsNorAMailAddress() {
    for (String[] bad :
        new String[][] {
          {"CNS_ACCESSIBILITY_STATEMENT_URL", "http://form.agid.gov.it/view/1"},
          {"CNS_ACCESSIBILITY_STATEMENT_URL", "mailto:a@b.it"},
          {"CNS_FEEDBACK_URL", "javascript:alert(1)"},
          {"CNS_FEEDBACK_URL", "mailto:nobody"},
          {"CNS_PRIVACY_NOTICE_URL", "/privacy.html"},
          {"CNS_PRIVACY_DPO_CONTACT", "rpd@comune.example.it"}
        }) {
      assertThatThrownBy(() -> ApplicationSettings.legalNotices(of(Map.of(bad[0], bad[1]))))
          .as(bad[0] + "=" + bad[1])
          .isInstanceOf(InvalidSettingException.class)
          .hasMessageStartingWith(bad[0] + "=");
    }
  }
}
