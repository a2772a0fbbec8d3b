package it.cns.enrollment.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The listener boundary against URL tricks, on the real server: every listener × path family ×
 * trick. The plain path is served or not as the boundary says; every form of the path that the
 * container would normalise before routing (the tricks that once reached the partner API and the
 * smartcard pages from the public port with no certificate) is refused with 400, whatever listener
 * and whatever area. Requests are written byte for byte on a TLS socket: HTTP libraries normalise
 * such paths before sending them.
 */
class ListenerPathTricksIT extends DeployedApplication {

  /** One page or resource of each application area, and the listeners that serve it. */
  enum Family {
    LANDING("/index.xhtml", "", Set.of(HttpsPort.PUBLIC)),
    CITIZEN_LOGIN("/login/login.xhtml", "", Set.of(HttpsPort.PUBLIC)),
    INTRANET("/intranet/accesso.xhtml", "", Set.of(HttpsPort.PUBLIC)),
    SMARTCARD("/smartcard/primo-accesso.xhtml", "", Set.of(HttpsPort.SMARTCARD)),
    PERSONAL_AREA("/area/index.xhtml", "", Set.of(HttpsPort.PUBLIC, HttpsPort.SMARTCARD)),
    PARTNER_API("/partner/v1/enrollment", "?wsdl", Set.of(HttpsPort.PARTNER)),
    STYLESHEET("/resources/css/cns.css", "", Set.of(HttpsPort.PUBLIC, HttpsPort.SMARTCARD));

    final String path;
    final String query;
    final Set<HttpsPort> servedOn;

    Family(String path, String query, Set<HttpsPort> servedOn) {
      this.path = path;
      this.query = query;
      this.servedOn = servedOn;
    }
  }

  /** Ways of writing a path so that a string check and the container's routing disagree. */
  enum Trick {
    NONE(p -> p),
    /** An escaped letter: an equivalent spelling, but no link of the application writes one. */
    ENCODED_LETTER(
        p -> "/%" + Integer.toHexString(p.charAt(1)).toUpperCase(Locale.ROOT) + p.substring(2)),
    LEADING_DOUBLE_SLASH(p -> "/" + p),
    INNER_DOUBLE_SLASH(p -> p.replaceFirst("/([^/]*)$", "//$1")),
    PATH_PARAMETER(p -> p.replaceFirst("^/([^/]+)", "/$1;x=1")),
    TRAILING_PATH_PARAMETER(p -> p + ";jsessionid=0"),
    DOT_DOT_SEGMENT(p -> "/x/.." + p),
    CROSS_AREA_DOT_DOT(p -> "/smartcard/.." + p),
    DOT_SEGMENT(p -> "/." + p),
    ENCODED_DOT_DOT(p -> "/x/%2e%2e" + p),
    ENCODED_SLASH(p -> "/x%2F.." + p),
    BACKSLASH(p -> "/x\\.." + p),
    ENCODED_BACKSLASH(p -> "/x%5c.." + p),
    DOUBLE_ENCODED_DOT_DOT(p -> "/x/%252e%252e" + p),
    ENCODED_NUL(p -> p + "%00");

    final UnaryOperator<String> apply;

    Trick(UnaryOperator<String> apply) {
      this.apply = apply;
    }

    /** Every spelling but the plain one is refused before routing. */
    boolean changesThePath() {
      return this != NONE;
    }
  }

  static Stream<Arguments> everyListenerPathAndTrick() {
    List<Arguments> all = new ArrayList<>();
    for (HttpsPort port : HttpsPort.values()) {
      for (Family family : Family.values()) {
        for (Trick trick : Trick.values()) {
          all.add(Arguments.of(port, family, trick));
        }
      }
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @MethodSource("everyListenerPathAndTrick")
  void listenerServesOnlyItsOwnAreaWhateverTheSpelling(HttpsPort port, Family family, Trick trick)
      throws IOException {
    String target = trick.apply.apply(family.path) + family.query;

    int status = status(get(port, target));

    if (trick.changesThePath()) {
      assertThat(status).as("%s %s", port, target).isEqualTo(400);
    } else if (family.servedOn.contains(port)) {
      // Served: the page itself, or the personal area's redirect to its login.
      assertThat(status).as("%s %s", port, target).isIn(200, 302);
    } else {
      assertThat(status).as("%s %s", port, target).isEqualTo(404);
    }
  }

  /**
   * The server configuration refuses the tricks before the application sees them (Undertow's own
   * answer, not the application's error page): the second layer holds even if the first is broken.
   */
  @Test
  void serverConfigurationRefusesTricksBeforeTheApplication() throws IOException {
    String response = get(HttpsPort.PUBLIC, "//partner/v1/enrollment?wsdl");

    assertThat(status(response)).isEqualTo(400);
    assertThat(response).doesNotContain("Richiesta non valida").doesNotContain("definitions");
  }

  private static String get(HttpsPort port, String target) throws IOException {
    return RawHttps.request(port.credential(), port.number(), "GET", target);
  }

  private static int status(String response) {
    return RawHttps.status(response);
  }
}
