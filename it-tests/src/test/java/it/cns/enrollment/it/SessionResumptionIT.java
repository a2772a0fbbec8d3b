package it.cns.enrollment.it;

import static org.assertj.core.api.Assertions.assertThat;

import it.cns.enrollment.devpki.IssuedCredential;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * TLS session resumption (30-tls.cli, issue #19): a second connection to the public or the partner
 * listener resumes the first one's session with its TLS 1.3 ticket - openssl reports the handshake
 * as "Reused" - and is served as the first was (the partner still authorised by the certificate of
 * the resumed session). On the smartcard listener a session lives 1 s, so the connection a login
 * comes in on later is a full handshake in which the card signs again: a login must prove that the
 * card is there now. (The test waits past that lifetime; it measures no time.)
 */
class SessionResumptionIT extends DeployedApplication {

  private static final java.time.Duration SMARTCARD_SESSION_LIFETIME =
      java.time.Duration.ofSeconds(1);

  @TempDir Path files;

  @BeforeAll
  static void registerThePartner() throws Exception {
    TestDatabase.registerPartner("Demo ASL Partner", TestPki.demoPartnerCertificate());
  }

  @Test
  void aVisitorsSecondConnectionResumes() throws Exception {
    Path session = files.resolve("public.session");

    String first =
        OpenSslClient.to(files, ItEnvironment.publicPort())
            .tls13()
            .savingSession(session)
            .exchange(OpenSslClient.get("/index.xhtml"));
    String second =
        OpenSslClient.to(files, ItEnvironment.publicPort())
            .tls13()
            .resuming(session)
            .exchange(OpenSslClient.get("/index.xhtml"));

    assertThat(first).contains("New, TLSv1.3").contains("HTTP/1.1 200");
    assertThat(second).contains("Reused, TLSv1.3").contains("HTTP/1.1 200");
  }

  @Test
  void aPartnersSecondConnectionResumesAndIsStillAuthorised() throws Exception {
    String cf = TestPeople.newCodiceFiscale();
    TestDatabase.enableFisconline(cf);
    Path session = files.resolve("partner.session");

    String first =
        OpenSslClient.to(files, ItEnvironment.partnerPort())
            .tls13()
            .presentingThePartner()
            .savingSession(session)
            .exchange(ServerKeysIT.registrationStatus(cf));
    String second =
        OpenSslClient.to(files, ItEnvironment.partnerPort())
            .tls13()
            .presentingThePartner()
            .resuming(session)
            .exchange(ServerKeysIT.registrationStatus(cf));

    assertThat(first).contains("New, TLSv1.3").contains("HTTP/1.1 200").contains("FISCONLINE");
    assertThat(second).contains("Reused, TLSv1.3").contains("HTTP/1.1 200").contains("FISCONLINE");
  }

  @Test
  void aCardsLaterConnectionIsAFullHandshakeInTls13() throws Exception {
    assertSmartcardNeverResumes(true);
  }

  @Test
  void aCardsLaterConnectionIsAFullHandshakeInTls12() throws Exception {
    assertSmartcardNeverResumes(false);
  }

  private void assertSmartcardNeverResumes(boolean tls13) throws Exception {
    String cf = TestPeople.newCodiceFiscale();
    TestDatabase.enableFisconline(cf);
    IssuedCredential card = TestPki.card(cf);
    Path session = files.resolve("card.session");
    String protocol = tls13 ? "TLSv1.3" : "TLSv1.2";

    OpenSslClient firstClient = OpenSslClient.to(files, ItEnvironment.smartcardPort());
    OpenSslClient secondClient = OpenSslClient.to(files, ItEnvironment.smartcardPort());
    if (tls13) {
      firstClient.tls13();
      secondClient.tls13();
    } else {
      firstClient.tls12();
      secondClient.tls12();
    }
    String first =
        firstClient
            .presenting(card, "card")
            .savingSession(session)
            .exchange(OpenSslClient.get("/smartcard/primo-accesso.xhtml"));
    assertThat(session).as("a session openssl can offer back").exists();
    // Past the smartcard context's session lifetime (1 s, 30-tls.cli): what a login comes after.
    Thread.sleep(SMARTCARD_SESSION_LIFETIME.multipliedBy(3).toMillis());
    secondClient.resuming(session);
    String second =
        secondClient
            .presenting(card, "card")
            .exchange(OpenSslClient.get("/smartcard/primo-accesso.xhtml"));

    assertThat(first).contains("New, " + protocol).contains(cf);
    // A full handshake again, in which the card signed; the page read it from this one.
    assertThat(second).contains("New, " + protocol).doesNotContain("Reused").contains(cf);
  }
}
