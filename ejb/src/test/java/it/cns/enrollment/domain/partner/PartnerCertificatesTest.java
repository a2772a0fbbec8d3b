package it.cns.enrollment.domain.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.cns.enrollment.application.text.Messages;
import it.cns.enrollment.domain.error.ErrorCode;
import it.cns.enrollment.domain.error.InvalidRequestException;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.junit.jupiter.api.Test;

class PartnerCertificatesTest {

  private static final Instant NOW = Instant.parse("2025-06-01T10:00:00Z");
  private static final Duration YEAR = Duration.ofDays(365);
  private static final X509Certificate CLIENT =
      SelfSignedCertificates.certificate(
          "ASL Client", NOW.minus(YEAR), NOW.plus(YEAR), KeyPurposeId.id_kp_clientAuth);

  private static String pem(X509Certificate c) throws Exception {
    return "-----BEGIN CERTIFICATE-----\n"
        + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
            .encodeToString(c.getEncoded())
        + "\n-----END CERTIFICATE-----\n";
  }

  private static void assertProblem(Runnable call, String problem, String italianFragment) {
    assertThatThrownBy(call::run)
        .isInstanceOfSatisfying(
            InvalidRequestException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ErrorCode.INVALID_REQUEST);
              assertThat(e.problem()).isEqualTo(problem);
              assertThat(Messages.ITALIAN.of(e)).contains(italianFragment);
              assertThat(Messages.ENGLISH.of(e)).isNotEqualTo(Messages.ITALIAN.of(e));
            });
  }

  @Test
  void readsPemAndDerAlike() throws Exception {
    X509Certificate fromDer = PartnerCertificates.readForClientAuth(CLIENT.getEncoded(), NOW);
    X509Certificate fromPem =
        PartnerCertificates.readForClientAuth(pem(CLIENT).getBytes(StandardCharsets.US_ASCII), NOW);

    assertThat(fromDer).isEqualTo(CLIENT);
    assertThat(fromPem).isEqualTo(CLIENT);
  }

  @Test
  void skipsTextBeforeThePemBlockAsOpensslWritesIt() throws Exception {
    String withBagAttributes =
        "Bag Attributes\n    friendlyName: client\nsubject=/CN=ASL Client\n" + pem(CLIENT);

    assertThat(PartnerCertificates.read(withBagAttributes.getBytes(StandardCharsets.US_ASCII)))
        .isEqualTo(CLIENT);
  }

  @Test
  void refusesBytesThatAreNoCertificate() {
    assertProblem(
        () -> PartnerCertificates.read("hello".getBytes(StandardCharsets.US_ASCII)),
        PartnerCertificates.UNREADABLE,
        "non \u00e8 un certificato X.509");
    assertProblem(
        () -> PartnerCertificates.read(new byte[0]), PartnerCertificates.UNREADABLE, "X.509");
    assertProblem(
        () -> PartnerCertificates.read(new byte[PartnerCertificates.MAX_BYTES + 1]),
        PartnerCertificates.UNREADABLE,
        "X.509");
  }

  @Test
  void refusesAnExpiredCertificateNamingTheDay() {
    X509Certificate expired =
        SelfSignedCertificates.certificate(
            "Old",
            NOW.minus(YEAR),
            Instant.parse("2025-05-31T08:00:00Z"),
            KeyPurposeId.id_kp_clientAuth);

    assertProblem(
        () -> PartnerCertificates.requireClientCertificate(expired, NOW),
        PartnerCertificates.EXPIRED,
        "scaduto il 31/05/2025 10:00");
  }

  @Test
  void refusesACertificateNotValidYet() {
    X509Certificate future =
        SelfSignedCertificates.certificate(
            "Future", NOW.plus(Duration.ofDays(2)), NOW.plus(YEAR), KeyPurposeId.id_kp_clientAuth);

    assertProblem(
        () -> PartnerCertificates.requireClientCertificate(future, NOW),
        PartnerCertificates.NOT_YET_VALID,
        "valido solo dal 03/06/2025");
  }

  @Test
  void refusesACertificateWhoseExtendedKeyUsageExcludesClientAuthentication() {
    X509Certificate server =
        SelfSignedCertificates.certificate(
            "Server", NOW.minus(YEAR), NOW.plus(YEAR), KeyPurposeId.id_kp_serverAuth);

    assertProblem(
        () -> PartnerCertificates.requireClientCertificate(server, NOW),
        PartnerCertificates.NOT_FOR_CLIENT_AUTH,
        "clientAuth");
  }

  @Test
  void acceptsACertificateWithoutExtendedKeyUsageOrForAnyPurpose() {
    X509Certificate noEku =
        SelfSignedCertificates.certificate(
            "Plain", NOW.minus(YEAR), NOW.plus(YEAR), (KeyPurposeId[]) null);
    X509Certificate any =
        SelfSignedCertificates.certificate(
            "Any", NOW.minus(YEAR), NOW.plus(YEAR), KeyPurposeId.anyExtendedKeyUsage);

    PartnerCertificates.requireClientCertificate(noEku, NOW);
    PartnerCertificates.requireClientCertificate(any, NOW);
  }
}
