package it.cns.enrollment.it;

import static it.cns.enrollment.it.Browser.text;
import static org.assertj.core.api.Assertions.assertThat;

import it.cns.enrollment.devpki.IssuedCredential;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlSubmitInput;
import org.junit.jupiter.api.Test;

/**
 * #15 item 4 and #18's lockout fault, on the real server: a lock does not tell an attacker which
 * accounts exist, wrong attempts delay the next (answered at once with the seconds to wait, for an
 * account that exists as for one that does not), and the holder hears of the lock by mail.
 *
 * <p>The test server (it-tests/pom.xml) lets an account fail 8 times before delays start and then
 * delays 600 s, so the 10th attempt on one account is always refused as delayed; the address's
 * count never delays (the whole run comes from 127.0.0.1).
 */
class LoginThrottleIT extends DeployedApplication {

  private static final String ABILITAZIONE = "/smartcard/abilitazione.xhtml";
  private static final String LOGIN = "/login/login.xhtml";

  @Test
  void aLockedCitizenReadsWhatAnUnknownCodeReadsAndIsToldByMail() throws Exception {
    Enrolled e = enroll();
    String email = "titolare." + TestOperators.uniqueSuffix() + "@example.test";
    long accountId = activationWithEmail(e.cf(), email);
    String unknown = TestPeople.newCodiceFiscale();
    try (Browser browser = Browser.withoutCard()) {
      for (int i = 0; i < 8; i++) {
        assertThat(problem(traditionalLogin(browser, e.cf(), "Sbagliata.99", e.pin())))
            .isEqualTo("INVALID_CREDENTIALS");
      }
      HtmlPage lockedRightSecrets = traditionalLogin(browser, e.cf(), e.password(), e.pin());
      HtmlPage unknownCode = traditionalLogin(browser, unknown, e.password(), e.pin());
      assertThat(problem(lockedRightSecrets)).isEqualTo("INVALID_CREDENTIALS");
      assertThat(text(lockedRightSecrets, "problem")).isEqualTo(text(unknownCode, "problem"));
    }
    assertThat(TestDatabase.auditOutcomes(e.cf(), "PASSWORD_LOGIN"))
        .as("the audit trail knows it locked")
        .containsExactly(
            "INVALID_CREDENTIALS",
            "INVALID_CREDENTIALS",
            "INVALID_CREDENTIALS",
            "INVALID_CREDENTIALS",
            "INVALID_CREDENTIALS",
            "INVALID_CREDENTIALS",
            "INVALID_CREDENTIALS",
            "ACCOUNT_LOCKED",
            "ACCOUNT_LOCKED");
    assertThat(mails("account:" + accountId))
        .as("one notice, to the address of the holder's activation")
        .containsExactly("LOGIN_LOCKED " + email);
  }

  @Test
  void theTenthAttemptOnAnAccountIsDelayedAlikeWhetherItExistsOrNot() throws Exception {
    Enrolled e = enroll();
    String unknown = TestPeople.newCodiceFiscale();
    List<String> delayed = new ArrayList<>();
    try (Browser browser = Browser.withoutCard()) {
      for (String cf : List.of(e.cf(), unknown)) {
        for (int i = 0; i < 9; i++) {
          assertThat(problem(traditionalLogin(browser, cf, "Sbagliata.99", e.pin())))
              .isEqualTo("INVALID_CREDENTIALS");
        }
        // The right secrets do not help: the attempt is not even heard.
        HtmlPage tenth = traditionalLogin(browser, cf, e.password(), e.pin());
        assertThat(problem(tenth)).isEqualTo("TOO_MANY_ATTEMPTS");
        assertThat(text(tenth, "problem")).matches(".*Riprovi tra \\d+ secondi\\..*");
        delayed.add(text(tenth, "problem").replaceAll("\\d+", "N"));
      }
    }
    assertThat(delayed.get(0)).isEqualTo(delayed.get(1));
    assertThat(TestDatabase.auditOutcomes(e.cf(), "PASSWORD_LOGIN"))
        .as("a delayed attempt is neither checked nor counted")
        .hasSize(9);
    assertThat(throttleKeys())
        .as("what was typed is never stored in clear")
        .noneMatch(k -> k.contains(e.cf()) || k.contains(unknown))
        .contains("address:127.0.0.1");
    // Nor as a plain digest, which anyone with a dump recomputes from a list of codici fiscali:
    // the account key is an HMAC under a key derived from the server's pepper.
    assertThat(throttleKeys())
        .as("keyed with the pepper")
        .contains(citizenKey(e.cf()), citizenKey(unknown))
        .doesNotContain("account:citizen:" + sha256(e.cf()), "account:citizen:" + sha256(unknown));
  }

  /** The account key the server should write: HMAC(HMAC(pepper, label), CF), hex. */
  private static String citizenKey(String cf) throws Exception {
    byte[] pepper = Base64.getDecoder().decode(ItEnvironment.property("it.hash.pepper"));
    byte[] purposeKey = hmac(pepper, "cns-keyed-digest:login-throttle");
    return "account:citizen:" + HexFormat.of().formatHex(hmac(purposeKey, cf));
  }

  private static byte[] hmac(byte[] key, String data) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(key, "HmacSHA256"));
    return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
  }

  private static String sha256(String text) throws Exception {
    return HexFormat.of()
        .formatHex(
            MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void theTenthAttemptOnAnIntranetUsernameIsDelayedAlikeWhetherItExistsOrNot() throws Exception {
    TestOperators.Account a =
        TestOperators.operator(TestOperators.counterOffice("Sportello ritardo", true));
    String unknown = "nessuno." + TestOperators.uniqueSuffix();
    List<String> answers = new ArrayList<>();
    try (Browser browser = Browser.withoutCard()) {
      for (String username : List.of(a.username(), unknown)) {
        for (int i = 0; i < 9; i++) {
          assertThat(Intranet.problem(Intranet.login(browser, username, "Sbagliata.Pass." + i)))
              .isEqualTo("OPERATOR_LOGIN_REFUSED");
        }
        HtmlPage tenth = Intranet.login(browser, username, a.password());
        assertThat(Intranet.problem(tenth)).isEqualTo("TOO_MANY_ATTEMPTS");
        answers.add(text(tenth, "problem").replaceAll("\\d+", "N"));
      }
    }
    assertThat(answers.get(0)).isEqualTo(answers.get(1));
    assertThat(TestOperators.state(a.username()))
        .as("locked at the 5th wrong password (a locked account counts no further)")
        .containsExactly("5,true,true,true,OPERATOR");
  }

  private record Enrolled(String cf, IssuedCredential card, String pin, String password) {}

  private static Enrolled enroll() throws Exception {
    String cf = TestPeople.newCodiceFiscale();
    IssuedCredential card = TestPki.card(cf);
    try (Browser browser = Browser.withCard(TestPki.keyStore(card))) {
      HtmlPage done =
          browser
              .open(ItEnvironment.smartcardUrl(ABILITAZIONE))
              .<HtmlSubmitInput>getHtmlElementById("abil-form:enroll")
              .click();
      assertThat(text(done, "enrolled-cf")).isEqualTo(cf);
      return new Enrolled(cf, card, text(done, "issued-pin"), text(done, "issued-password"));
    }
  }

  private static HtmlPage traditionalLogin(Browser browser, String cf, String password, String pin)
      throws Exception {
    HtmlPage page = browser.open(ItEnvironment.publicUrl(LOGIN));
    HtmlForm form = page.getFormByName("login-form");
    form.getInputByName("login-form:cf").setValue(cf);
    form.getInputByName("login-form:password").setValue(password);
    form.getInputByName("login-form:pin").setValue(pin);
    return page.<HtmlSubmitInput>getHtmlElementById("login-form:login").click();
  }

  private static String problem(HtmlPage page) {
    return page.getHtmlElementById("problem").getAttribute("data-code");
  }

  /**
   * A TS-CNS activation of the holder at a counter, with the address the codes went to (the test
   * writes the row; the counter journey has its own tests). The holder's account id.
   */
  private static long activationWithEmail(String cf, String email) throws SQLException {
    long office = TestOperators.counterOffice("Sportello avvisi", true);
    String card = String.format("%016d", Math.abs(System.nanoTime()) % 10_000_000_000_000_000L);
    String hash = "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA";
    TestDatabase.insertActivation(card, cf, email, office, hash, hash);
    try (Connection c = TestDatabase.connect()) {
      try (PreparedStatement q =
          c.prepareStatement("select id from account where codice_fiscale = ?")) {
        q.setString(1, cf);
        try (ResultSet rs = q.executeQuery()) {
          rs.next();
          return rs.getLong(1);
        }
      }
    }
  }

  /** "kind recipient" of the outbox's mails for {@code reference}. */
  private static List<String> mails(String reference) throws SQLException {
    return strings(
        "select kind || ' ' || recipient from outbound_mail where reference = ? order by id",
        reference);
  }

  private static List<String> throttleKeys() throws SQLException {
    return strings("select throttle_key from login_throttle where ? = ?", "x", "x");
  }

  private static List<String> strings(String sql, String... args) throws SQLException {
    try (Connection c = TestDatabase.connect();
        PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        ps.setString(i + 1, args[i]);
      }
      List<String> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
      return out;
    }
  }
}
