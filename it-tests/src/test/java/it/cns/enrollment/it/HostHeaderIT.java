package it.cns.enrollment.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The Host header is the client's text: redirects and links between the listeners come from the
 * configured addresses (CNS_PUBLIC_URL, CNS_SMARTCARD_URL; here their defaults, localhost on the
 * test ports), never from it, so a forged Host cannot send a citizen, or a shared cache, elsewhere.
 */
class HostHeaderIT extends DeployedApplication {

  private static final String EVIL = "evil.example";

  private static String publicBase() {
    return "https://localhost:" + ItEnvironment.publicPort();
  }

  @Test
  void plainHttpRedirectsToTheConfiguredPublicAddress() throws Exception {
    String response =
        RawHttps.plain(ItEnvironment.httpPort(), "GET", "/sportelli.xhtml?lang=en", EVIL);

    assertThat(RawHttps.status(response)).isIn(301, 302, 307, 308);
    assertThat(RawHttps.header(response, "Location"))
        .isEqualTo(publicBase() + "/sportelli.xhtml?lang=en");
  }

  @Test
  void plainHttpToAnIntranetPageRedirectsToTheSamePageOnTheConfiguredAddress() throws Exception {
    String response =
        RawHttps.plain(ItEnvironment.httpPort(), "GET", "/intranet/index.xhtml", EVIL);

    assertThat(RawHttps.header(response, "Location"))
        .isEqualTo(publicBase() + "/intranet/index.xhtml");
  }

  @Test
  void theIntranetLoginRedirectIgnoresTheHostHeader() throws Exception {
    String response =
        RawHttps.request(null, ItEnvironment.publicPort(), "GET", "/intranet/index.xhtml", EVIL);

    assertThat(RawHttps.status(response)).isEqualTo(302);
    assertThat(RawHttps.header(response, "Location"))
        .isEqualTo(publicBase() + "/intranet/accesso.xhtml");
  }

  @Test
  void thePersonalAreaWithoutALoginRedirectsToTheConfiguredAddress() throws Exception {
    String response =
        RawHttps.request(
            TestPki.keyStore(TestPki.card(TestPeople.newCodiceFiscale())),
            ItEnvironment.smartcardPort(),
            "GET",
            "/area/index.xhtml",
            EVIL);

    assertThat(RawHttps.status(response)).isEqualTo(302);
    assertThat(RawHttps.header(response, "Location")).startsWith("https://localhost:");
    assertThat(response).doesNotContain(EVIL);
  }

  @Test
  void theLandingPageLinksToTheSmartcardSiteAtItsConfiguredAddress() throws Exception {
    String response = RawHttps.request(null, ItEnvironment.publicPort(), "GET", "/", EVIL);

    assertThat(RawHttps.status(response)).isEqualTo(200);
    assertThat(response)
        .contains("https://localhost:" + ItEnvironment.smartcardPort() + "/smartcard/")
        .doesNotContain(EVIL);
  }
}
