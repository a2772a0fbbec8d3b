package it.cns.enrollment.it;

import static org.assertj.core.api.Assertions.assertThat;

import it.cns.enrollment.domain.activation.ActivationCase;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlSubmitInput;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The supervisors' system status page (issue #13, item 6) on the real server, in chromium with
 * axe-core: trusted issuers, revocation services, outbox and partners, and the charts of the last
 * 14 days drawn as inline SVG, each with its table of figures. The figures move after a real
 * activation at a counter, a refused smartcard login and a partner's call; the page keeps
 * answering, with what the node knows and a clear message, while PostgreSQL is stopped, and has its
 * figures back once it runs again. An operator gets the page saying it is for supervisors.
 * Screenshots (whole pages) under target/screenshots/SystemStatusPageIT/.
 */
class SystemStatusPageIT extends DeployedApplication {

  static final String STATUS = "/intranet/supervisione/stato.xhtml";
  private static final String PARTNER = "Demo ASL Partner";

  @BeforeAll
  static void registerTheDemoPartner() throws Exception {
    TestDatabase.registerPartner(PARTNER, TestPki.demoPartnerCertificate());
  }

  /** Today in Italy, as the page's days are, in the tables' data-day form. */
  private static String today() {
    return LocalDate.now(ZoneId.of("Europe/Rome")).toString();
  }

  /** A cell of a chart's table (the table may be folded: read from the DOM, not the screen). */
  private static long count(Chromium browser, String chart, String series) {
    List<WebElement> cells =
        browser
            .driver()
            .findElements(
                By.cssSelector(
                    "#"
                        + chart
                        + "-table tr[data-day='"
                        + today()
                        + "'] td[data-series='"
                        + series
                        + "']"));
    return cells.isEmpty() ? 0 : Long.parseLong(cells.get(0).getDomAttribute("data-count"));
  }

  private static long total(Chromium browser, String chart) {
    return Long.parseLong(
        browser
            .driver()
            .findElement(
                By.cssSelector("#" + chart + "-table tr[data-day='" + today() + "'] .chart-total"))
            .getDomAttribute("data-count"));
  }

  private static void login(Chromium browser, Counter.Desk who) {
    browser.open(ItEnvironment.publicUrl(Intranet.LOGIN));
    browser.type("login-form:username", who.username());
    browser.type("login-form:password", Counter.PASSWORD);
    browser.click("login-form:login");
    assertThat(browser.currentPath()).isEqualTo(Intranet.HOME);
  }

  private static HtmlPage click(HtmlPage page, String id) throws Exception {
    return page.<HtmlSubmitInput>getHtmlElementById(id).click();
  }

  @Test
  void aSupervisorSeesRealOperationsInTheFiguresAndThePageAnswersWithoutTheDatabase()
      throws Exception {
    Assumptions.assumeTrue(Chromium.installed(), "Debian's chromium and chromedriver are needed");
    Counter.Desk supervisor = Counter.newSupervisor();
    Counter.Desk desk = Counter.newDesk();
    try (Chromium browser = Chromium.withoutCard(getClass());
        Browser plain = Browser.withoutCard();
        Browser staff = Browser.withoutCard()) {
      login(browser, supervisor);
      browser.click("home-status");
      assertThat(browser.currentPath()).isEqualTo(STATUS);
      assertThat(browser.attribute("nav-status", "aria-current")).isEqualTo("page");
      assertThat(browser.present("stored-unavailable")).isFalse();
      assertThat(Long.parseLong(browser.attribute("trust-count", "data-count")))
          .isGreaterThanOrEqualTo(1);
      // Each chart is an image named by its title and described, with the figures as a table.
      for (String chart : List.of("activations", "logins", "partnerCalls")) {
        assertThat(browser.attribute("chart-" + chart, "role")).isEqualTo("img");
        assertThat(browser.attribute("chart-" + chart, "aria-labelledby"))
            .isEqualTo("chart-" + chart + "-title chart-" + chart + "-desc");
        assertThat(browser.present(chart + "-table")).isTrue();
      }
      long loginsTotal = total(browser, "logins");
      long refusedBefore = count(browser, "logins", "CARD_NOT_REGISTERED");
      long callsBefore = count(browser, "partnerCalls", PARTNER);
      assertThat(count(browser, "activations", desk.officeName())).isZero();
      browser.screenshotWhole("01-status");

      // Real operations: an activation at the new desk's counter, a smartcard login refused for a
      // card never bound, a partner's registrationStatus.
      Intranet.login(plain, desk.username(), Counter.PASSWORD);
      HtmlPage outcome = Counter.activate(plain, Counter.request(ActivationCase.HOLDER));
      assertThat(Intranet.path(outcome)).isEqualTo(Counter.OUTCOME);
      String unbound = TestPeople.newCodiceFiscale();
      TestDatabase.enableFisconline(unbound);
      try (Browser card = Browser.withCard(TestPki.keyStore(TestPki.card(unbound)))) {
        click(
            card.open(ItEnvironment.smartcardUrl("/smartcard/accedi.xhtml")), "accedi-form:accedi");
      }
      PartnerClient.demoPartner().registrationStatus(TestPeople.newCodiceFiscale());

      browser.open(ItEnvironment.publicUrl(STATUS));
      assertThat(count(browser, "activations", desk.officeName())).isEqualTo(1);
      assertThat(count(browser, "logins", "CARD_NOT_REGISTERED")).isEqualTo(refusedBefore + 1);
      assertThat(total(browser, "logins")).isEqualTo(loginsTotal + 1);
      assertThat(count(browser, "partnerCalls", PARTNER)).isEqualTo(callsBefore + 1);
      // The activation's bar is drawn, in the SVG, for the desk's counter office.
      assertThat(
              browser
                  .driver()
                  .findElements(By.cssSelector("#chart-activations rect.cns-chart-bar"))
                  .stream()
                  .anyMatch(r -> desk.officeName().equals(r.getDomAttribute("data-series"))))
          .isTrue();
      browser.screenshotWhole("02-status-after-operations");

      browser.click("lang-en");
      assertThat(browser.documentLanguage()).isEqualTo("en");
      assertThat(browser.text("trust-heading")).isEqualTo("Trusted CNS issuers");
      // An SVG title is not rendered text: read it from the DOM.
      assertThat(
              browser
                  .driver()
                  .findElement(By.id("chart-logins-title"))
                  .getDomProperty("textContent"))
          .isEqualTo("Citizens' logins per day and outcome");
      browser.screenshotWhole("03-status-english");
      browser.click("lang-it");

      // The database goes away: the page still answers, says so, and shows what the node knows.
      Intranet.login(staff, supervisor.username(), Counter.PASSWORD);
      TestDatabase.stopServer();
      try {
        HtmlPage during = staff.open(ItEnvironment.publicUrl(STATUS));
        assertThat(during.getWebResponse().getStatusCode()).isEqualTo(200);
        assertThat(during.getElementById("stored-unavailable")).isNotNull();
        // Any other intranet page needs the database: a clean 503 page, not a 500.
        assertThat(
                staff.open(ItEnvironment.publicUrl(Intranet.HOME)).getWebResponse().getStatusCode())
            .isEqualTo(503);

        browser.open(ItEnvironment.publicUrl(STATUS));
        assertThat(browser.text("stored-unavailable")).contains("Il database non risponde");
        assertThat(Long.parseLong(browser.attribute("trust-count", "data-count")))
            .isGreaterThanOrEqualTo(1);
        assertThat(browser.present("revocation-services")).isTrue();
        assertThat(browser.present("figure-activations")).isFalse();
        assertThat(browser.present("problem")).isFalse();
        browser.screenshotWhole("04-status-database-away");
      } finally {
        TestDatabase.startServer();
      }

      // Back: the first request after the restart may still meet a broken pooled connection.
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      do {
        browser.open(ItEnvironment.publicUrl(STATUS));
        if (browser.present("figure-activations")) {
          break;
        }
        Thread.sleep(1000);
      } while (System.nanoTime() < deadline);
      assertThat(browser.present("stored-unavailable")).isFalse();
      assertThat(count(browser, "activations", desk.officeName())).isEqualTo(1);
      browser.screenshotWhole("05-status-database-back");
    }
  }

  @Test
  void anOperatorIsToldThePageIsForSupervisors() throws Exception {
    Counter.Desk desk = Counter.newDesk();
    try (Browser browser = Browser.withoutCard()) {
      Intranet.login(browser, desk.username(), Counter.PASSWORD);
      HtmlPage page = browser.open(ItEnvironment.publicUrl(STATUS));
      assertThat(page.getWebResponse().getStatusCode()).isEqualTo(403);
      assertThat(page.getHtmlElementById("content").getAttribute("data-error"))
          .isEqualTo("supervisorsOnly");
      HtmlPage home = browser.open(ItEnvironment.publicUrl(Intranet.HOME));
      assertThat(home.getElementById("home-status")).isNull();
      assertThat(home.getElementById("nav-status")).isNull();
    }
  }
}
