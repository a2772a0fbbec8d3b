package it.cns.enrollment.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequestPathTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/",
        "/index.xhtml",
        "/smartcard/primo-accesso.xhtml",
        "/partner/v1/enrollment",
        "/intranet/",
        "/jakarta.faces.resource/css/cns.css.xhtml",
        "/resources/bootstrap-italia/fonts/Titillium_Web/titillium-web-v10-latin-ext_latin-300.woff2",
        "/a..b/c.d"
      })
  void acceptsPathsTheContainerDispatchesUnchanged(String path) {
    assertThat(RequestPath.isCanonical(path)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "x/index.xhtml",
        "//partner/v1/enrollment",
        "/smartcard//primo-accesso.xhtml",
        "/smartcard;x=1/primo-accesso.xhtml",
        "/smartcard/primo-accesso.xhtml;jsessionid=1",
        "/x/../smartcard/primo-accesso.xhtml",
        "/smartcard/../intranet/accesso.xhtml",
        "/./smartcard/primo-accesso.xhtml",
        "/smartcard/..",
        "/%2e%2e/smartcard/",
        "/%2E/smartcard/",
        "/smartcard%2fprimo-accesso.xhtml",
        "/smartcard%2Fprimo-accesso.xhtml",
        "/smartcard%5cprimo-accesso.xhtml",
        "/smartcard\\primo-accesso.xhtml",
        "/%252e%252e/smartcard/",
        "/smartcard%3bx/primo-accesso.xhtml",
        "/smartcard/%00.xhtml",
        "/smartcard/%0a.xhtml",
        "/smartcard/%2",
        "/smartcard/%zz",
        "/smartcard/a b",
        "/%73martcard/primo-accesso.xhtml",
        "/smartcard/\u00e8.xhtml"
      })
  void refusesEveryPathThatNormalisationWouldChange(String path) {
    assertThat(RequestPath.isCanonical(path)).isFalse();
  }
}
