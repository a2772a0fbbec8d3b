package it.cns.enrollment.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * What {@link ShownSecrets} gathers from the pages and forms the browsers see, so that {@link
 * SecretsScanIT} searches for the citizen's secrets too (a unit test: surefire's JVM, not the
 * integration tests' list). Values unique to each test, as the list is the JVM's.
 */
class ShownSecretsTest {

  @Test
  void theAbilitazionePagesPinAndInitialPasswordAreKeptAsShown() {
    ShownSecrets.fromPage(
        "<dt>PIN</dt><dd id=\"issued-pin\" class=\"secret\">4815162342</dd>"
            + "<dt>Password</dt><dd id=\"issued-password\" class=\"secret\">Ab&amp;c9x7Kq</dd>",
        "the page /smartcard/abilitazione.xhtml");

    assertThat(ShownSecrets.all())
        .contains(
            new ShownSecrets.Shown(
                ShownSecrets.Kind.PIN, "4815162342", "the page /smartcard/abilitazione.xhtml"),
            new ShownSecrets.Shown(
                ShownSecrets.Kind.INITIAL_PASSWORD,
                "Ab&c9x7Kq",
                "the page /smartcard/abilitazione.xhtml"));
  }

  @Test
  void aNewPasswordTypedIntoAChangeFormIsKeptOtherFieldsAreNot() {
    ShownSecrets.typed("change-form:next", "Voluntary.Pass71", "a form sent to /area/x");
    ShownSecrets.typed("change-form:repeat", "Voluntary.Pass71x", "a form sent to /area/x");
    ShownSecrets.typed("login-form:cf", "RSSMRA80A01H501U", "a form sent to /login/x");
    ShownSecrets.typed("search-form:nextPage", "Page.Token.123", "a form sent to /x");

    assertThat(ShownSecrets.all())
        .extracting(ShownSecrets.Shown::value)
        .contains("Voluntary.Pass71", "Voluntary.Pass71x")
        .doesNotContain("RSSMRA80A01H501U", "Page.Token.123");
  }

  @Test
  void theSameSecretShownTwiceIsSearchedForOnce() {
    ShownSecrets.record(ShownSecrets.Kind.PASSWORD, "Twice.Shown.88", "first");
    ShownSecrets.record(ShownSecrets.Kind.PASSWORD, "Twice.Shown.88", "second");

    assertThat(ShownSecrets.all()).filteredOn(s -> s.value().equals("Twice.Shown.88")).hasSize(1);
  }
}
