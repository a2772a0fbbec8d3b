package it.cns.enrollment.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import it.cns.enrollment.devpki.DevPki;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.Key;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.UnrecoverableKeyException;
import java.security.cert.X509Certificate;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import javax.security.auth.login.FailedLoginException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The "card plus PIN" path with a key that never leaves its token: a SoftHSM2 token holds a fresh
 * test card's key and certificate behind a user PIN, Java's SunPKCS11 provider is the middleware,
 * and the TLS client signs the handshake on the token.
 */
class SoftHsmCardIT extends DeployedApplication {

  private static final String PRIMO_ACCESSO = "/smartcard/primo-accesso.xhtml";
  private static final String PIN = "51627384";
  private static final String SO_PIN = "it-only-so-pin-0";
  private static final Pattern CARD_CF = Pattern.compile("id=\"card-cf\"[^>]*>\\s*([^<\\s]+)\\s*<");

  private static String cf;
  private static SoftHsm token;

  @BeforeAll
  static void aCardOnATokenBehindAPin() {
    assumeTrue(
        SoftHsm.installed(),
        "softhsm2 and opensc are not installed (.ci/run installs them): no PKCS#11 token to test"
            + " the card-plus-PIN path with");
    cf = TestPeople.newCodiceFiscale();
    token = SoftHsm.create(TestPki.card(cf), PIN, SO_PIN);
  }

  @AfterAll
  static void removeTheProvider() {
    if (token != null) {
      token.remove();
    }
  }

  @Test
  void presentsTheCardFromTheTokenAfterThePinWithoutTheKeyEverLeavingIt() throws Exception {
    KeyStore card = token.login(PIN.toCharArray());
    try {
      assertThat(card.isKeyEntry(SoftHsm.LABEL)).isTrue();
      Key key = card.getKey(SoftHsm.LABEL, null);
      assertThat(key).isInstanceOf(PrivateKey.class);
      assertThat(key.getEncoded()).as("a sensitive token key cannot be exported").isNull();
      X509Certificate certificate = (X509Certificate) card.getCertificate(SoftHsm.LABEL);
      assertThat(certificate.getSubjectX500Principal().getName()).contains(cf);

      HttpResponse<String> page = get(ItEnvironment.smartcardUrl(PRIMO_ACCESSO), tls(card));

      assertThat(page.statusCode()).isEqualTo(200);
      Matcher shown = CARD_CF.matcher(page.body());
      assertThat(shown.find()).as("the page shows the card (card-cf): %s", page.body()).isTrue();
      assertThat(shown.group(1)).isEqualTo(cf);
    } finally {
      token.logout();
    }
  }

  @Test
  void refusesAWrongPinAtTheTokenBeforeAnythingReachesTheServer() throws Exception {
    long auditBefore = auditRowsAbout(cf);

    // SunPKCS11 reports a wrong PIN as IOException <- UnrecoverableKeyException <-
    // FailedLoginException <- PKCS11Exception CKR_PIN_INCORRECT.
    assertThatThrownBy(() -> token.login("00000000".toCharArray()))
        .isInstanceOf(IOException.class)
        .cause()
        .isInstanceOf(UnrecoverableKeyException.class)
        .cause()
        .isInstanceOf(FailedLoginException.class)
        .hasRootCauseMessage("CKR_PIN_INCORRECT");

    // No key store, so no key manager, no TLS context, no connection: nothing was sent.
    assertThat(auditRowsAbout(cf)).isEqualTo(auditBefore);
  }

  /**
   * A TLS client presenting the token's key (by the token's signatures) and trusting the server.
   */
  private static SSLContext tls(KeyStore card) throws Exception {
    KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    kmf.init(card, null);
    TrustManagerFactory tmf =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    tmf.init(TestPki.load(DevPki.SERVER_TRUST_P12));
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(kmf.getKeyManagers(), tmf.getTrustManagers(), new SecureRandom());
    return context;
  }

  private static HttpResponse<String> get(String url, SSLContext tls) throws Exception {
    HttpClient client =
        HttpClient.newBuilder()
            .sslContext(tls)
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url))
            .header("Accept-Language", "it-IT,it;q=0.9")
            .timeout(Duration.ofSeconds(20))
            .GET()
            .build();
    return client.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private static long auditRowsAbout(String codiceFiscale) throws Exception {
    try (Connection c = TestDatabase.connect();
        PreparedStatement ps =
            c.prepareStatement("select count(*) from audit_event where subject_cf = ?")) {
      ps.setString(1, codiceFiscale);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }
}
