package it.cns.enrollment.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.htmlunit.html.DomNode;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;

/**
 * The public counter directory as a citizen uses it (issue #18 item 8): narrowed by province and
 * town through its GET form, opening hours in the page's language (Italian when no English is
 * recorded), phone and e-mail where known; a supervisor records them on the counters page.
 */
class CounterDirectoryIT extends DeployedApplication {

  /** An enabled office in a province of its own (a random sigla nobody else uses); its name. */
  private static String office(String province, String town, String phone, String hoursEn) {
    String name = "Sportello " + town + " " + TestOperators.uniqueSuffix();
    try (Connection c = TestDatabase.connect();
        PreparedStatement ps =
            c.prepareStatement(
                "insert into counter_office (name, health_agency, address, opening_hours, enabled,"
                    + " province, town, phone, email, opening_hours_en)"
                    + " values (?, 'ULSS di prova', 'Via di Prova 1', 'Lun-ven 9-12', true,"
                    + " ?, ?, ?, 'sportello@example.it', ?) returning id")) {
      ps.setString(1, name);
      ps.setString(2, province);
      ps.setString(3, town);
      ps.setString(4, phone);
      ps.setString(5, hoursEn);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
      }
      return name;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String province() {
    String s = TestOperators.uniqueSuffix().replaceAll("[^a-z]", "") + "qq";
    return s.substring(0, 2).toUpperCase(java.util.Locale.ROOT);
  }

  private static java.util.List<String> names(HtmlPage page) {
    return page.getByXPath("//h2[contains(@class,'cns-counter-name')]").stream()
        .map(n -> ((DomNode) n).getTextContent().trim())
        .toList();
  }

  @Test
  void aCitizenNarrowsTheDirectoryToAProvinceAndTownAndReadsHoursAndContacts() throws Exception {
    String p = province();
    String sfx = TestOperators.uniqueSuffix();
    String centre = office(p, "Città Alta " + sfx, "0422 323111", "Mon-Fri 9-12");
    String outskirts = office(p, "Borgo Basso " + sfx, null, null);
    try (Browser browser = Browser.withoutCard()) {
      HtmlPage all = browser.open(ItEnvironment.publicUrl("/sportelli.xhtml"));
      assertThat(names(all)).contains(centre, outskirts);
      assertThat(all.getHtmlElementById("provincia").asXml()).contains("value=\"" + p + "\"");

      HtmlPage province = browser.open(ItEnvironment.publicUrl("/sportelli.xhtml?provincia=" + p));
      assertThat(names(province)).contains(centre, outskirts);
      assertThat(province.getHtmlElementById("comune").asXml())
          .contains("Città Alta")
          .contains("Borgo Basso");

      HtmlPage town =
          browser.open(
              ItEnvironment.publicUrl(
                  "/sportelli.xhtml?provincia=" + p + "&comune=Citt%C3%A0+Alta+" + sfx));
      assertThat(names(town)).containsExactly(centre);
      assertThat(
              ((DomNode) town.getFirstByXPath("//li[contains(@class,'cns-counter')]"))
                  .getTextContent())
          .contains("Lun-ven 9-12")
          .contains("0422 323111")
          .contains("sportello@example.it")
          .contains("Città Alta " + sfx + ", " + p);

      browser.header("Accept-Language", "en-GB,en;q=0.8");
      HtmlPage english = browser.open(ItEnvironment.publicUrl("/sportelli.xhtml?provincia=" + p));
      assertThat(english.getDocumentElement().getAttribute("lang")).isEqualTo("en");
      String text = english.getHtmlElementById("counters").getTextContent();
      assertThat(text).contains("Mon-Fri 9-12").contains("Lun-ven 9-12"); // no English: Italian
    }
  }

  @Test
  void inChromiumTheSearchFormNarrowsTheList() {
    String p = province();
    String name = office(p, "Prato Verde " + TestOperators.uniqueSuffix(), "049 8211111", null);
    try (Chromium browser = Chromium.withoutCard(getClass())) {
      browser.open(ItEnvironment.publicUrl("/sportelli.xhtml"));
      browser.screenshot("01-directory");
      browser.select("provincia", p);
      browser.click("search");
      assertThat(browser.text("counters")).contains(name).contains("049 8211111");
      browser.screenshot("02-directory-province");
    }
  }

  @Test
  void aSupervisorRecordsThePlaceContactsAndEnglishHoursAndABadPhoneIsRefused() throws Exception {
    TestOperators.Account supervisor = TestOperators.supervisor();
    String p = province();
    String town = "Rovigo " + TestOperators.uniqueSuffix();
    String name = town + " - Sportello";
    try (Browser browser = Browser.withoutCard()) {
      Intranet.loginAndChangePassword(browser, supervisor, IntranetLoginIT.NEW_PASSWORD);
      HtmlPage page =
          browser.open(ItEnvironment.publicUrl("/intranet/supervisione/sportelli.xhtml"));
      org.htmlunit.html.HtmlForm form = page.getFormByName("counter-form");
      form.getInputByName("counter-form:name").setValue(name);
      form.getInputByName("counter-form:agency").setValue("Azienda ULSS 5 Polesana");
      form.getInputByName("counter-form:address").setValue("Viale Tre Martiri 89");
      form.getInputByName("counter-form:hours").setValue("Lun-ven 8:30-12:30");
      form.getInputByName("counter-form:hours-en").setValue("Mon-Fri 8:30-12:30");
      form.getInputByName("counter-form:province").setValue(p.toLowerCase(java.util.Locale.ROOT));
      form.getInputByName("counter-form:town").setValue(town);
      form.getInputByName("counter-form:phone").setValue("telefonare");
      form.getInputByName("counter-form:email").setValue("rovigo@example.it");
      HtmlPage refused = Intranet.click(page, "counter-form:save");
      assertThat(Intranet.problem(refused)).isEqualTo("COUNTER_OFFICE_INVALID");

      refused
          .getFormByName("counter-form")
          .getInputByName("counter-form:phone")
          .setValue("0425 393111");
      HtmlPage created = Intranet.click(refused, "counter-form:save");
      assertThat(created.getHtmlElementById("done").getAttribute("data-done")).isEqualTo("created");
    }
    try (Browser citizen = Browser.withoutCard()) {
      citizen.header("Accept-Language", "en-GB,en;q=0.8");
      HtmlPage english =
          citizen.open(
              ItEnvironment.publicUrl(
                  "/sportelli.xhtml?provincia=" + p + "&comune=" + town.replace(' ', '+')));
      assertThat(names(english)).containsExactly(name);
      assertThat(english.getHtmlElementById("counters").getTextContent())
          .contains("Mon-Fri 8:30-12:30")
          .doesNotContain("Lun-ven")
          .contains("0425 393111")
          .contains("rovigo@example.it")
          .contains(town + ", " + p);
    }
  }
}
