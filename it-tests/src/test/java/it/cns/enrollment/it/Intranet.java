package it.cns.enrollment.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlSubmitInput;

/** Steps on the intranet pages shared by the intranet tests. */
final class Intranet {

  static final String LOGIN = "/intranet/accesso.xhtml";
  static final String HOME = "/intranet/index.xhtml";
  static final String CHANGE = "/intranet/cambio-password.xhtml";

  private Intranet() {}

  static HtmlPage click(HtmlPage page, String id) throws Exception {
    return page.<HtmlSubmitInput>getHtmlElementById(id).click();
  }

  static String problem(HtmlPage page) {
    return page.getHtmlElementById("problem").getAttribute("data-code");
  }

  static HtmlPage login(Browser browser, String username, String password) throws Exception {
    HtmlPage page = browser.open(ItEnvironment.publicUrl(LOGIN));
    HtmlForm form = page.getFormByName("login-form");
    form.getInputByName("login-form:username").setValue(username);
    form.getInputByName("login-form:password").setValue(password);
    return click(page, "login-form:login");
  }

  /** Fills the change form on {@code page} (the change page). */
  static HtmlPage changePassword(HtmlPage page, String current, String next) throws Exception {
    ShownSecrets.record(ShownSecrets.Kind.PASSWORD, next, "an intranet password change");
    HtmlForm form = page.getFormByName("change-form");
    form.getInputByName("change-form:current").setValue(current);
    form.getInputByName("change-form:next").setValue(next);
    form.getInputByName("change-form:repeat").setValue(next);
    return click(page, "change-form:change");
  }

  /** Logs in with the initial password and replaces it; the browser stays logged in. */
  static HtmlPage loginAndChangePassword(Browser browser, TestOperators.Account a, String next)
      throws Exception {
    HtmlPage change = login(browser, a.username(), a.password());
    assertThat(change.getUrl().getPath()).isEqualTo(CHANGE);
    HtmlPage done = changePassword(change, a.password(), next);
    assertThat(done.getElementById("changed")).as("password changed").isNotNull();
    return browser.open(ItEnvironment.publicUrl(HOME));
  }

  static String path(HtmlPage page) {
    return page.getUrl().getPath();
  }

  /** A raw GET (no redirects followed), optionally with a client certificate and a cookie. */
  static HttpResponse<String> get(String url, KeyStore clientKey, String sessionCookie)
      throws Exception {
    HttpClient http =
        HttpClient.newBuilder()
            .sslContext(TestPki.tls(clientKey))
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
    if (sessionCookie != null) {
      request.header("Cookie", "JSESSIONID=" + sessionCookie);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  static String serverLog() throws Exception {
    Path log =
        Path.of(ItEnvironment.property("it.wildfly.home"), "standalone", "log", "server.log");
    return Files.readString(log);
  }
}
