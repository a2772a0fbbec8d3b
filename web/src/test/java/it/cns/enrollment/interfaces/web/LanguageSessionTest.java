package it.cns.enrollment.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading the page language never creates an HTTP session; a language link does, once. */
class LanguageSessionTest {

  /** A request with these parameters and headers, recording every getSession(create) call. */
  private static final class Visit {
    final Map<String, String> parameters = new HashMap<>();
    final Map<String, String> headers = new HashMap<>();
    final List<Boolean> sessionCalls = new ArrayList<>();
    final Map<String, Object> sessionAttributes = new HashMap<>();
    boolean sessionExists;

    HttpServletRequest request() {
      HttpSession session =
          (HttpSession)
              Proxy.newProxyInstance(
                  getClass().getClassLoader(),
                  new Class<?>[] {HttpSession.class},
                  (proxy, method, args) ->
                      switch (method.getName()) {
                        case "getAttribute" -> sessionAttributes.get((String) args[0]);
                        case "setAttribute" -> sessionAttributes.put((String) args[0], args[1]);
                        default -> null;
                      });
      return (HttpServletRequest)
          Proxy.newProxyInstance(
              getClass().getClassLoader(),
              new Class<?>[] {HttpServletRequest.class},
              (proxy, method, args) ->
                  switch (method.getName()) {
                    case "getParameter" -> parameters.get((String) args[0]);
                    case "getHeader" -> headers.get((String) args[0]);
                    case "getSession" -> {
                      boolean create = args == null || (Boolean) args[0];
                      sessionCalls.add(create);
                      if (create) {
                        sessionExists = true;
                      }
                      yield sessionExists ? session : null;
                    }
                    default -> null;
                  });
    }
  }

  @Test
  void anAnonymousVisitGetsItsLanguageWithoutASession() {
    Visit visit = new Visit();
    visit.headers.put("Accept-Language", "en-GB,en;q=0.9");

    assertThat(Language.localeOf(visit.request())).isEqualTo(Locale.ENGLISH);
    assertThat(visit.sessionCalls).doesNotContain(true);
    assertThat(visit.sessionExists).isFalse();
  }

  @Test
  void aLanguageLinkIsRememberedInTheSessionForTheNextPages() {
    Visit visit = new Visit();
    visit.parameters.put(Language.PARAMETER, "en");
    assertThat(Language.localeOf(visit.request())).isEqualTo(Locale.ENGLISH);
    assertThat(visit.sessionExists).isTrue();

    visit.parameters.clear();
    visit.headers.put("Accept-Language", "it-IT");
    assertThat(Language.localeOf(visit.request())).isEqualTo(Locale.ENGLISH);
  }
}
