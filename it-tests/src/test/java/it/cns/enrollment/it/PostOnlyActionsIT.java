package it.cns.enrollment.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlInput;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * State changes happen only over POST. Faces treats any request carrying a view state as a postback
 * and runs its action: a GET with the form's fields in the query changed an operator's password,
 * skipping the same-origin check and putting the passwords in URLs and access logs. Methods nothing
 * here answers are refused by the listeners.
 */
class PostOnlyActionsIT extends DeployedApplication {

  private static final String NEW_PASSWORD = "Cambiata.Via.Get.42";

  @Test
  void aPasswordChangeSentAsAGetIsRefusedAndChangesNothing() throws Exception {
    TestOperators.Account a =
        TestOperators.operator(TestOperators.counterOffice("Sportello GET ", true));
    try (Browser browser = Browser.withoutCard()) {
      HtmlPage change = Intranet.login(browser, a.username(), a.password());
      // Read after the login: a login rehashes a password stored without the pepper.
      String hashBefore = TestOperators.passwordHash(a.username());
      HtmlForm form = change.getFormByName("change-form");
      form.getInputByName("change-form:current").setValue(a.password());
      form.getInputByName("change-form:next").setValue(NEW_PASSWORD);
      form.getInputByName("change-form:repeat").setValue(NEW_PASSWORD);

      HttpResponse<String> get =
          Intranet.get(
              ItEnvironment.publicUrl(Intranet.CHANGE) + "?" + query(form, "change-form:change"),
              null,
              browser.cookie("JSESSIONID"));

      assertThat(get.statusCode()).isEqualTo(400);
      assertThat(get.body()).contains("Richiesta non valida").doesNotContain("changed");
      assertThat(TestOperators.passwordHash(a.username())).isEqualTo(hashBefore);

      // The same form, posted as the page posts it, still works.
      HtmlPage done =
          Intranet.changePassword(
              browser.open(ItEnvironment.publicUrl(Intranet.CHANGE)), a.password(), NEW_PASSWORD);
      assertThat(done.getElementById("changed")).isNotNull();
      assertThat(TestOperators.passwordHash(a.username())).isNotEqualTo(hashBefore);
    }
  }

  @ParameterizedTest(name = "{0} {1} on {2}")
  @CsvSource({
    "PUT, /index.xhtml, public",
    "DELETE, /index.xhtml, public",
    "TRACE, /index.xhtml, public",
    "PATCH, /intranet/accesso.xhtml, public",
    "PROPFIND, /, public",
    "PUT, /smartcard/primo-accesso.xhtml, smartcard",
    "DELETE, /smartcard/primo-accesso.xhtml, smartcard",
    "TRACE, /smartcard/primo-accesso.xhtml, smartcard",
    "PUT, /partner/v1/enrollment, partner",
    "DELETE, /partner/v1/enrollment, partner",
    "TRACE, /partner/v1/enrollment, partner"
  })
  void methodsNothingAnswersAreRefusedByTheListener(String method, String path, String listener)
      throws Exception {
    String response =
        switch (listener) {
          case "public" -> RawHttps.request(null, ItEnvironment.publicPort(), method, path);
          case "smartcard" ->
              RawHttps.request(
                  TestPki.keyStore(TestPki.card(TestPeople.newCodiceFiscale())),
                  ItEnvironment.smartcardPort(),
                  method,
                  path);
          default ->
              RawHttps.request(TestPki.demoPartner(), ItEnvironment.partnerPort(), method, path);
        };

    assertThat(RawHttps.status(response)).isEqualTo(405);
  }

  /** Every field of the form, as the browser would encode them, plus the submit button. */
  private static String query(HtmlForm form, String button) {
    StringJoiner query = new StringJoiner("&");
    for (HtmlInput input :
        form.getElementsByTagName("input").stream()
            .filter(HtmlInput.class::isInstance)
            .map(HtmlInput.class::cast)
            .toList()) {
      String name = input.getNameAttribute();
      if (name.isEmpty() || input.getTypeAttribute().equals("submit")) {
        continue;
      }
      query.add(encode(name) + "=" + encode(input.getValue()));
    }
    query.add(encode(button) + "=" + encode(button));
    return query.toString();
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
