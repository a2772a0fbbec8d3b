package it.cns.enrollment.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue #14: the session is stored before the container writes a redirect, so a node killed right
 * after the 302 has left cannot take the request's session changes with it (ClusterFailoverIT shows
 * it on two nodes).
 */
class SessionBeforeRedirectTest {

  private final List<String> happened = new ArrayList<>();

  private static HttpServletRequest request(boolean withSession) {
    HttpSession session =
        (HttpSession)
            Proxy.newProxyInstance(
                HttpSession.class.getClassLoader(),
                new Class<?>[] {HttpSession.class},
                (proxy, method, args) -> null);
    return (HttpServletRequest)
        Proxy.newProxyInstance(
            HttpServletRequest.class.getClassLoader(),
            new Class<?>[] {HttpServletRequest.class},
            (proxy, method, args) ->
                method.getName().equals("getSession") && withSession ? session : null);
  }

  /** The container's response: records the redirect, committed or not. */
  private HttpServletResponse container(boolean committed) {
    return (HttpServletResponse)
        Proxy.newProxyInstance(
            HttpServletResponse.class.getClassLoader(),
            new Class<?>[] {HttpServletResponse.class},
            (proxy, method, args) -> {
              switch (method.getName()) {
                case "isCommitted":
                  return committed;
                case "sendRedirect":
                  happened.add("302 " + args[0]);
                  return null;
                default:
                  return null;
              }
            });
  }

  private HttpServletResponse wrapped(boolean withSession, boolean committed) {
    return new SessionBeforeAnswer.SessionBeforeRedirect(
        request(withSession), container(committed), () -> happened.add("session stored"));
  }

  @Test
  void storesTheSessionBeforeTheContainerWritesTheRedirect() throws Exception {
    wrapped(true, false).sendRedirect("/intranet/sportello/attivazione-esito.xhtml?esito=x");

    assertThat(happened)
        .containsExactly(
            "session stored", "302 /intranet/sportello/attivazione-esito.xhtml?esito=x");
  }

  @Test
  void leavesARequestWithoutASessionToTheContainer() throws Exception {
    wrapped(false, false).sendRedirect("/accedi.xhtml");

    assertThat(happened).containsExactly("302 /accedi.xhtml");
  }

  @Test
  void leavesACommittedResponseToTheContainerWhichRefusesTheRedirect() throws Exception {
    wrapped(true, true).sendRedirect("/accedi.xhtml");

    assertThat(happened).containsExactly("302 /accedi.xhtml");
  }
}
