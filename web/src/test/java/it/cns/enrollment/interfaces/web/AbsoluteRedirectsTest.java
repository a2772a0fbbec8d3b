package it.cns.enrollment.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;

import it.cns.enrollment.application.port.ListenerPorts;
import it.cns.enrollment.application.port.PublicUrls;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AbsoluteRedirectsTest {

  @BeforeAll
  static void configure() {
    Listener.use(
        new ListenerPorts(8443, 8444, 8445, 8080, 0),
        new PublicUrls("https://servizi.example.gov.it", "https://carta.example.gov.it"));
  }

  /** A request for {@code uri} whose Host header names an attacker's site. */
  private static HttpServletRequest request(String uri) {
    Map<String, Object> answers =
        Map.of(
            "getRequestURI", uri,
            "getContextPath", "",
            "getServerName", "evil.example",
            "getHeader", "evil.example");
    return (HttpServletRequest)
        Proxy.newProxyInstance(
            HttpServletRequest.class.getClassLoader(),
            new Class<?>[] {HttpServletRequest.class},
            (proxy, method, args) -> answers.get(method.getName()));
  }

  private static HttpServletResponse response() {
    return (HttpServletResponse)
        Proxy.newProxyInstance(
            HttpServletResponse.class.getClassLoader(),
            new Class<?>[] {HttpServletResponse.class},
            (proxy, method, args) -> null);
  }

  private static String absolute(Listener listener, String uri, String location) {
    return new ListenerGuard.AbsoluteRedirects(request(uri), response(), listener)
        .absolute(location);
  }

  @Test
  void completesAPathOnTheListenersConfiguredAddressNotTheHostHeader() {
    assertThat(absolute(Listener.PUBLIC, "/login/login.xhtml", "/login/cambio-password.xhtml"))
        .isEqualTo("https://servizi.example.gov.it/login/cambio-password.xhtml");
    assertThat(absolute(Listener.SMARTCARD, "/smartcard/accedi.xhtml", "/area/index.xhtml?x=1"))
        .isEqualTo("https://carta.example.gov.it/area/index.xhtml?x=1");
  }

  @Test
  void resolvesARelativePathAgainstTheRequestedPage() {
    assertThat(absolute(Listener.PUBLIC, "/intranet/sportello/ricerca.xhtml", "revoca.xhtml"))
        .isEqualTo("https://servizi.example.gov.it/intranet/sportello/revoca.xhtml");
  }

  @Test
  void leavesAnAbsoluteUrlAlone() {
    assertThat(absolute(Listener.SMARTCARD, "/area/index.xhtml", "https://servizi.example.gov.it/"))
        .isEqualTo("https://servizi.example.gov.it/");
  }

  @Test
  void leavesALocationThatIsNoUriToTheContainer() {
    assertThat(absolute(Listener.PUBLIC, "/index.xhtml", "/a b")).isEqualTo("/a b");
  }

  @Test
  void theListenersLinksUseTheConfiguredAddresses() {
    assertThat(Listener.SMARTCARD.url(request("/index.xhtml"), "/smartcard/accedi.xhtml"))
        .isEqualTo("https://carta.example.gov.it/smartcard/accedi.xhtml");
    assertThat(Listener.PUBLIC.url(request("/area/index.xhtml"), "/"))
        .isEqualTo("https://servizi.example.gov.it/");
  }
}
