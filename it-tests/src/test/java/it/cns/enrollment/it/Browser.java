package it.cns.enrollment.it;

import java.io.IOException;
import java.security.KeyStore;
import org.htmlunit.BrowserVersion;
import org.htmlunit.WebClient;
import org.htmlunit.WebRequest;
import org.htmlunit.WebResponse;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.util.NameValuePair;
import org.htmlunit.util.WebConnectionWrapper;

/** An HTML client over real TLS that presents a card's certificate (or none), Italian first. */
final class Browser implements AutoCloseable {

  private final WebClient web = new WebClient(BrowserVersion.FIREFOX);

  private Browser(KeyStore card) {
    web.getOptions().setSSLContext(TestPki.tls(card));
    web.getOptions().setJavaScriptEnabled(false);
    web.getOptions().setCssEnabled(false);
    web.getOptions().setThrowExceptionOnFailingStatusCode(false);
    web.getOptions().setRedirectEnabled(true);
    web.addRequestHeader("Accept-Language", "it-IT,it;q=0.9");
    noteShownSecrets();
  }

  /**
   * Every request and answer passes by {@link ShownSecrets}: the new password a form sends, the PIN
   * and initial password a page shows, whichever test drives the browser.
   */
  private void noteShownSecrets() {
    new WebConnectionWrapper(web) {
      @Override
      public WebResponse getResponse(WebRequest request) throws IOException {
        String path = request.getUrl().getPath();
        for (NameValuePair p : request.getRequestParameters()) {
          ShownSecrets.typed(p.getName(), p.getValue(), "a form sent to " + path);
        }
        WebResponse response = super.getResponse(request);
        String type = response.getContentType();
        if (type != null && type.contains("html")) {
          ShownSecrets.fromPage(response.getContentAsString(), "the page " + path);
        }
        return response;
      }
    };
  }

  static Browser withCard(KeyStore card) {
    return new Browser(card);
  }

  static Browser withoutCard() {
    return new Browser(null);
  }

  void header(String name, String value) {
    web.removeRequestHeader(name);
    web.addRequestHeader(name, value);
  }

  /** The value of a cookie the browser holds for localhost, or null. */
  String cookie(String name) {
    return web.getCookieManager().getCookies().stream()
        .filter(c -> c.getName().equals(name))
        .map(org.htmlunit.http.Cookie::getValue)
        .findFirst()
        .orElse(null);
  }

  /** Whether the browser follows redirects (it does unless told otherwise). */
  void followRedirects(boolean follow) {
    web.getOptions().setRedirectEnabled(follow);
  }

  HtmlPage open(String url) throws Exception {
    return web.getPage(url);
  }

  /** Any answer (a PDF, a plain-text refusal), not only an HTML page. */
  org.htmlunit.Page fetch(String url) throws Exception {
    return web.getPage(url);
  }

  static String text(HtmlPage page, String id) {
    HtmlElement element = page.getHtmlElementById(id);
    return element.getTextContent().trim();
  }

  @Override
  public void close() {
    web.close();
  }
}
