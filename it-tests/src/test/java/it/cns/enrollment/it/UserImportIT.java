package it.cns.enrollment.it;

import static org.assertj.core.api.Assertions.assertThat;

import it.cns.enrollment.application.text.Messages;
import it.cns.enrollment.infrastructure.tools.UserImportTool;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.DomNode;
import org.htmlunit.html.HtmlFileInput;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #18 item 5 on the real server: a supervisor uploads a CSV of already-enabled Fisconline and
 * Entratel users; every row is reported (row, field, reason, in Italian and English), the valid
 * ones become accounts, the same file again changes nothing ("Già presente"), each import is one
 * audit row with counts, a file that cannot be read is refused whole and audited; then a card of an
 * imported codice fiscale does primo accesso. The terminal command ({@code ./cns import-utenti},
 * UserImportTool) imports the same file and ends with status 1 when rows were refused.
 */
class UserImportIT extends DeployedApplication {

  static final String PAGE = "/intranet/supervisione/importa-utenti.xhtml";
  private static final String PASSWORD = "Importazione.Prova.2026";
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private static TestOperators.Account supervisor;
  private static TestOperators.Account operator;

  @TempDir Path dir;

  @BeforeAll
  static void accounts() {
    supervisor = TestOperators.supervisor();
    operator = TestOperators.operator(TestOperators.counterOffice("Sportello importazione", true));
  }

  private static Browser loggedIn(TestOperators.Account account) throws Exception {
    Browser browser = Browser.withoutCard();
    HtmlPage page = Intranet.login(browser, account.username(), PASSWORD);
    if (!Intranet.path(page).equals(Intranet.HOME)) {
      Intranet.loginAndChangePassword(browser, account, PASSWORD);
    }
    return browser;
  }

  private Path file(String name, byte[] content) throws Exception {
    Path f = dir.resolve(name);
    Files.write(f, content);
    return f;
  }

  private static byte[] withBom(String text) {
    byte[] body = text.getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[BOM.length + body.length];
    System.arraycopy(BOM, 0, all, 0, BOM.length);
    System.arraycopy(body, 0, all, BOM.length, body.length);
    return all;
  }

  private static HtmlPage upload(Browser browser, String url, Path file) throws Exception {
    HtmlPage page = browser.open(url);
    page.<HtmlFileInput>getHtmlElementById("import-form:file").setFiles(file.toFile());
    return page.getHtmlElementById("import-form:upload").click();
  }

  private record Line(String row, String outcome, String field, String problem, String reason) {}

  private static List<Line> report(HtmlPage page) {
    List<Line> out = new ArrayList<>();
    List<DomNode> rows = page.querySelectorAll("#import-rows tr.import-row");
    List<DomNode> reasons = page.querySelectorAll("#import-rows td.import-reason");
    for (int i = 0; i < rows.size(); i++) {
      DomElement tr = (DomElement) rows.get(i);
      out.add(
          new Line(
              tr.getAttribute("data-row"),
              tr.getAttribute("data-outcome"),
              tr.getAttribute("data-field"),
              tr.getAttribute("data-problem"),
              reasons.get(i).getTextContent().trim()));
    }
    return out;
  }

  private static String wrongCheckCharacter(String cf) {
    char last = cf.charAt(15);
    return cf.substring(0, 15) + (last == 'A' ? 'B' : 'A');
  }

  @Test
  void aSupervisorImportsUsersRowByRowAndAnImportedCardThenDoesPrimoAccesso() throws Exception {
    String fisconline = TestPeople.newCodiceFiscale();
    String entratel = TestPeople.newCodiceFiscale();
    String badCheck = wrongCheckCharacter(TestPeople.newCodiceFiscale());
    String unknownType = TestPeople.newCodiceFiscale();
    String badSite = TestPeople.newCodiceFiscale();
    String csv =
        "codice_fiscale;tipo;sedi_entratel;nominativo\r\n"
            + fisconline
            + ";FISCONLINE;;Anna Importata\r\n"
            + entratel
            + ";entratel;000 001;\"Studio Rossi; Associati\"\r\n"
            + badCheck
            + ";FISCONLINE;;\r\n"
            + unknownType
            + ";SPID;;\r\n"
            + fisconline.toLowerCase()
            + ";FISCONLINE;;\r\n"
            + badSite
            + ";ENTRATEL;000 12;\r\n";
    Path upload = file("utenti.csv", withBom(csv));
    String actor = "supervisor:" + supervisor.username();

    try (Browser browser = loggedIn(supervisor)) {
      HtmlPage home = browser.open(ItEnvironment.publicUrl(Intranet.HOME));
      assertThat(home.getHtmlElementById("home-user-import").getAttribute("href")).endsWith(PAGE);

      HtmlPage done = upload(browser, ItEnvironment.publicUrl(PAGE), upload);
      assertThat(done.getElementById("problem")).as("no problem").isNull();
      assertThat(Browser.text(done, "import-summary"))
          .contains("Righe lette: 6")
          .contains("Importate: 2")
          .contains("rifiutate: 4");
      List<Line> lines = report(done);
      assertThat(lines)
          .extracting(Line::row, Line::outcome, Line::field, Line::problem)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("2", "CREATED", "", ""),
              org.assertj.core.groups.Tuple.tuple("3", "CREATED", "", ""),
              org.assertj.core.groups.Tuple.tuple("4", "REFUSED", "codice_fiscale", "CF_INVALID"),
              org.assertj.core.groups.Tuple.tuple("5", "REFUSED", "tipo", "TYPE_UNKNOWN"),
              org.assertj.core.groups.Tuple.tuple(
                  "6", "REFUSED", "codice_fiscale", "DUPLICATE_IN_FILE"),
              org.assertj.core.groups.Tuple.tuple("7", "REFUSED", "sedi_entratel", "SITE_INVALID"));
      assertThat(lines.get(2).reason()).contains("carattere di controllo");
      assertThat(lines.get(3).reason()).contains("\"SPID\"").contains("FISCONLINE o ENTRATEL");
      assertThat(lines.get(4).reason()).contains("riga 2");
      assertThat(lines.get(5).reason()).contains("\"12\"");

      assertThat(TestDatabase.accountType(fisconline)).isEqualTo("FISCONLINE");
      assertThat(TestDatabase.accountType(entratel)).isEqualTo("ENTRATEL");
      assertThat(TestDatabase.siteCodes(entratel)).containsExactly("000", "001");
      assertThat(TestDatabase.accountType(unknownType)).isNull();
      assertThat(TestDatabase.accountType(badSite)).isNull();
      // Already enabled elsewhere: no credentials of theirs are written here.
      assertThat(TestDatabase.storedSecrets(fisconline)).isEmpty();

      // The same file again: nothing changes, the imported rows read "Già presente".
      HtmlPage again = upload(browser, ItEnvironment.publicUrl(PAGE), upload);
      assertThat(report(again))
          .extracting(Line::outcome)
          .containsExactly(
              "ALREADY_PRESENT", "ALREADY_PRESENT", "REFUSED", "REFUSED", "REFUSED", "REFUSED");
      assertThat(again.querySelectorAll("#import-rows td.import-outcome").get(0).getTextContent())
          .isEqualTo("Gi\u00e0 presente");
      assertThat(TestDatabase.siteCodes(entratel)).containsExactly("000", "001");

      // In English, the same refusals worded in English.
      HtmlPage english = upload(browser, ItEnvironment.publicUrl(PAGE) + "?lang=en", upload);
      assertThat(Browser.text(english, "import-summary")).contains("already present: 2");
      assertThat(report(english).get(3).reason()).contains("There is no type \"SPID\"");
    }
    assertThat(TestOperators.auditDetails(actor, "USERS_IMPORT"))
        .containsExactly(
            "rows=6; created=2; sitesAdded=0; alreadyPresent=0; refused=4",
            "rows=6; created=0; sitesAdded=0; alreadyPresent=2; refused=4",
            "rows=6; created=0; sitesAdded=0; alreadyPresent=2; refused=4");
    assertThat(TestOperators.auditChannels(actor, "USERS_IMPORT")).containsOnly("SUPERVISION");

    // Primo accesso with a card of each imported person: the account rows are all it needs.
    for (String cf : List.of(fisconline, entratel)) {
      try (Browser card = Browser.withCard(TestPki.keyStore(TestPki.card(cf)))) {
        HtmlPage bound =
            Intranet.click(
                card.open(ItEnvironment.smartcardUrl("/smartcard/primo-accesso.xhtml")),
                "bind-form:bind");
        assertThat(Browser.text(bound, "bound-cf")).isEqualTo(cf);
      }
    }
    assertThat(TestDatabase.bindingSites(entratel)).containsExactly("000");
    assertThat(TestDatabase.auditOutcomes(fisconline, "CARD_BIND")).containsExactly("OK");
  }

  @Test
  void aFileThatCannotBeReadIsRefusedWholeAndAudited() throws Exception {
    String cf = TestPeople.newCodiceFiscale();
    Path broken =
        file(
            "rotto.csv",
            ("codice_fiscale;tipo\n\"" + cf + ";FISCONLINE\n").getBytes(StandardCharsets.UTF_8));
    Path noHeader =
        file("senza-tipo.csv", ("codice_fiscale\n" + cf + "\n").getBytes(StandardCharsets.UTF_8));
    // Over CNS_USER_IMPORT_MAX_BYTES (1 MiB by default), under the page's 8 MiB ceiling.
    Path large = file("grande.csv", new byte[1024 * 1024 + 1]);
    String actor = "supervisor:" + supervisor.username();
    int before = TestOperators.auditOutcomes(actor, "USERS_IMPORT").size();

    try (Browser browser = loggedIn(supervisor)) {
      HtmlPage page = upload(browser, ItEnvironment.publicUrl(PAGE), broken);
      assertThat(page.getHtmlElementById("problem").getAttribute("data-code"))
          .isEqualTo("INVALID_REQUEST");
      assertThat(Browser.text(page, "problem")).contains("virgolette").contains("Nessun utente");
      assertThat(page.getElementById("import-rows")).isNull();

      assertThat(Browser.text(upload(browser, ItEnvironment.publicUrl(PAGE), noHeader), "problem"))
          .contains("manca la colonna tipo");
      assertThat(Browser.text(upload(browser, ItEnvironment.publicUrl(PAGE), large), "problem"))
          .contains("1024 KiB");
    }
    assertThat(TestDatabase.accountType(cf)).isNull();
    List<String> outcomes = TestOperators.auditOutcomes(actor, "USERS_IMPORT");
    assertThat(outcomes.subList(before, outcomes.size()))
        .containsExactly("INVALID_REQUEST", "INVALID_REQUEST", "INVALID_REQUEST");
  }

  @Test
  void anOperatorGetsThePageForSupervisorsAndNoLinkToIt() throws Exception {
    try (Browser browser = loggedIn(operator)) {
      HtmlPage home = browser.open(ItEnvironment.publicUrl(Intranet.HOME));
      assertThat(home.getElementById("home-user-import")).isNull();
      HtmlPage page = browser.open(ItEnvironment.publicUrl(PAGE));
      assertThat(page.getWebResponse().getStatusCode()).isEqualTo(403);
      assertThat(page.getHtmlElementById("content").getAttribute("data-error"))
          .isEqualTo("supervisorsOnly");
    }
  }

  @Test
  void theCommandImportsTheSameFormatAndEndsWithStatusOneWhenRowsAreRefused() throws Exception {
    String fisconline = TestPeople.newCodiceFiscale();
    String entratel = TestPeople.newCodiceFiscale();
    String good =
        "codice_fiscale,tipo,sedi_entratel\n"
            + fisconline
            + ",FISCONLINE,\n"
            + entratel
            + ",ENTRATEL,000|002\n";
    String withRefusal =
        good + wrongCheckCharacter(TestPeople.newCodiceFiscale()) + ",FISCONLINE,\n";

    ByteArrayOutputStream first = new ByteArrayOutputStream();
    int status;
    try (Connection db = TestDatabase.connect()) {
      status =
          UserImportTool.run(
              db,
              withRefusal.getBytes(StandardCharsets.UTF_8),
              new PrintStream(first, true, StandardCharsets.UTF_8),
              Messages.ITALIAN);
    }
    assertThat(status).isEqualTo(UserImportTool.REFUSED);
    assertThat(first.toString(StandardCharsets.UTF_8))
        .contains("riga 4")
        .contains("Codice fiscale (codice_fiscale): Il carattere di controllo")
        .contains("righe 3; importato 2; sedi aggiunte 0; gi\u00e0 presente 0; rifiutato 1");
    assertThat(TestDatabase.accountType(fisconline)).isEqualTo("FISCONLINE");
    assertThat(TestDatabase.siteCodes(entratel)).containsExactly("000", "002");

    ByteArrayOutputStream second = new ByteArrayOutputStream();
    try (Connection db = TestDatabase.connect()) {
      status =
          UserImportTool.run(
              db,
              good.getBytes(StandardCharsets.UTF_8),
              new PrintStream(second, true, StandardCharsets.UTF_8),
              Messages.ITALIAN);
    }
    assertThat(status).isZero();
    assertThat(second.toString(StandardCharsets.UTF_8))
        .contains("riga 2\t" + fisconline + "\tGi\u00e0 presente")
        .contains("gi\u00e0 presente 2; rifiutato 0");
    assertThat(TestOperators.auditDetails("system", "USERS_IMPORT"))
        .contains(
            "rows=3; created=2; sitesAdded=0; alreadyPresent=0; refused=1",
            "rows=2; created=0; sitesAdded=0; alreadyPresent=2; refused=0");
  }

  /**
   * Issue #18: the page's import and the terminal's racing on the same new codice fiscale. A third
   * transaction holds an uncommitted account for it, so that both imports have looked it up (not
   * there) and wait at their insert; it then rolls back. The database keeps one account: one import
   * created it, the other reports the row "already present" and carries on with its other row.
   */
  @Test
  void twoImportsRacingOnTheSameNewPersonBothFinishAndTheDatabaseKeepsOneAccount()
      throws Exception {
    String shared = TestPeople.newCodiceFiscale();
    String pageOnly = TestPeople.newCodiceFiscale();
    String commandOnly = TestPeople.newCodiceFiscale();
    Path pageFile =
        file(
            "pagina.csv",
            ("codice_fiscale;tipo;sedi_entratel\n"
                    + shared
                    + ";FISCONLINE;\n"
                    + pageOnly
                    + ";FISCONLINE;\n")
                .getBytes(StandardCharsets.UTF_8));
    byte[] commandFile =
        ("codice_fiscale;tipo;sedi_entratel\n"
                + commandOnly
                + ";FISCONLINE;\n"
                + shared
                + ";FISCONLINE;\n")
            .getBytes(StandardCharsets.UTF_8);
    String actor = "supervisor:" + supervisor.username();
    int pageAudits = TestOperators.auditDetails(actor, "USERS_IMPORT").size();

    ExecutorService threads = Executors.newFixedThreadPool(2);
    try (Browser browser = loggedIn(supervisor);
        Connection blocker = TestDatabase.connect()) {
      blocker.setAutoCommit(false);
      try (PreparedStatement ps =
          blocker.prepareStatement(
              "insert into account (codice_fiscale, account_type, enabled_at)"
                  + " values (?, 'FISCONLINE', now())")) {
        ps.setString(1, shared);
        ps.executeUpdate();
      }
      Future<HtmlPage> page =
          threads.submit(() -> upload(browser, ItEnvironment.publicUrl(PAGE), pageFile));
      ByteArrayOutputStream printed = new ByteArrayOutputStream();
      Future<Integer> command =
          threads.submit(
              () -> {
                try (Connection db = TestDatabase.connect()) {
                  return UserImportTool.run(
                      db,
                      commandFile,
                      new PrintStream(printed, true, StandardCharsets.UTF_8),
                      Messages.ITALIAN);
                }
              });
      awaitInsertsWaiting(2);
      blocker.rollback();

      HtmlPage done = page.get(120, TimeUnit.SECONDS);
      int status = command.get(120, TimeUnit.SECONDS);

      assertThat(done.getElementById("problem")).as("no problem").isNull();
      assertThat(status).isZero();
      List<Line> lines = report(done);
      assertThat(lines).extracting(Line::row).containsExactly("2", "3");
      assertThat(lines.get(1).outcome()).isEqualTo("CREATED");
      String pageShared = lines.get(0).outcome();
      String text = printed.toString(StandardCharsets.UTF_8);
      if (pageShared.equals("CREATED")) {
        assertThat(text).contains("riga 3\t" + shared + "\tGi\u00e0 presente");
      } else {
        assertThat(pageShared).isEqualTo("ALREADY_PRESENT");
        assertThat(text).doesNotContain(shared);
      }
      assertThat(text).contains("importato " + (pageShared.equals("CREATED") ? 1 : 2));
    } finally {
      threads.shutdownNow();
    }
    assertThat(TestDatabase.accountType(shared)).isEqualTo("FISCONLINE");
    assertThat(TestDatabase.accountType(pageOnly)).isEqualTo("FISCONLINE");
    assertThat(TestDatabase.accountType(commandOnly)).isEqualTo("FISCONLINE");
    List<String> details = TestOperators.auditDetails(actor, "USERS_IMPORT");
    assertThat(details.subList(pageAudits, details.size()))
        .singleElement()
        .satisfies(d -> assertThat(d).startsWith("rows=2; created="));
  }

  /** Until {@code n} inserts into account wait for a lock (the blocker's uncommitted row). */
  private static void awaitInsertsWaiting(int n) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
    try (Connection db = TestDatabase.connect();
        PreparedStatement ps =
            db.prepareStatement(
                "select count(*) from pg_stat_activity where wait_event_type = 'Lock'"
                    + " and query like 'insert into account (%'")) {
      while (true) {
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          if (rs.getInt(1) >= n) {
            return;
          }
        }
        if (System.nanoTime() > deadline) {
          throw new AssertionError(n + " imports never waited at the same insert");
        }
        Thread.sleep(50);
      }
    }
  }
}
