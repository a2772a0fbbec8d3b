package it.cns.enrollment.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The anonymous pages rendered once per language (issue #19) answer exactly as a fresh rendering
 * would: the same bytes and security headers every time, the visitor's language, and never a stored
 * page for a visitor whose session holds a chosen language.
 */
class RenderedPagesIT extends DeployedApplication {

  private static final List<String> HEADERS =
      List.of(
          "Content-Security-Policy",
          "Cache-Control",
          "X-Frame-Options",
          "X-Content-Type-Options",
          "Referrer-Policy",
          "Strict-Transport-Security",
          "Content-Type");

  private static HttpResponse<String> get(String url, String language, String cookie)
      throws Exception {
    HttpClient http = HttpClient.newBuilder().sslContext(TestPki.tls(null)).build();
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
    if (language != null) {
      request.header("Accept-Language", language);
    }
    if (cookie != null) {
      request.header("Cookie", cookie);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String home() {
    return "https://localhost:" + ItEnvironment.publicPort() + "/";
  }

  @Test
  void aRepeatedVisitGetsTheSamePageAndHeadersInTheVisitorsLanguage() throws Exception {
    HttpResponse<String> first = get(home(), "it-IT,it;q=0.9", null);
    HttpResponse<String> second = get(home(), "it-IT,it;q=0.9", null);
    HttpResponse<String> english = get(home(), "en-GB,en;q=0.8", null);

    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(second.body()).isEqualTo(first.body()).contains("lang=\"it\"");
    assertThat(english.body()).contains("lang=\"en\"").isNotEqualTo(first.body());
    for (HttpResponse<String> r : List.of(first, second, english)) {
      assertThat(r.headers().firstValue("Set-Cookie")).isEmpty();
      assertThat(r.headers().firstValue("Content-Length"))
          .hasValue(
              Integer.toString(r.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length));
    }
    for (String name : HEADERS) {
      assertThat(second.headers().allValues(name))
          .as(name)
          .isEqualTo(first.headers().allValues(name));
    }
    assertThat(second.headers().firstValue("Content-Security-Policy")).isPresent();
    assertThat(second.headers().firstValue("Cache-Control")).hasValue("no-store");
  }

  @Test
  void aVisitorWhoChoseALanguageGetsItNotTheStoredPage() throws Exception {
    get(home(), "it-IT", null); // the Italian page is stored
    HttpResponse<String> chose = get(home() + "?lang=en", "it-IT", null);
    String session =
        chose.headers().allValues("Set-Cookie").stream()
            .filter(c -> c.startsWith("JSESSIONID="))
            .map(c -> c.split(";", 2)[0])
            .findFirst()
            .orElseThrow();

    HttpResponse<String> after = get(home(), "it-IT", session);

    assertThat(chose.body()).contains("lang=\"en\"");
    assertThat(after.body()).contains("lang=\"en\"");
  }

  @Test
  void theSmartcardLoginPageIsTheSameWithOrWithoutACard() throws Exception {
    String url = ItEnvironment.smartcardUrl("/smartcard/accedi.xhtml");
    HttpResponse<String> anonymous = get(url, "it-IT", null);
    HttpResponse<String> again = get(url, "it-IT", null);

    assertThat(anonymous.statusCode()).isEqualTo(200);
    assertThat(again.body()).isEqualTo(anonymous.body()).contains("accedi-form");
    assertThat(again.body()).doesNotContain("id=\"problem\"");
  }
}
