package it.cns.enrollment.it;

import static it.cns.enrollment.it.Intranet.click;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import it.cns.enrollment.devpki.CardProfile;
import it.cns.enrollment.domain.activation.ActivationCase;
import it.cns.enrollment.domain.activation.ActivationDocument;
import it.cns.enrollment.domain.identity.CodiceFiscale;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.htmlunit.Page;
import org.htmlunit.html.HtmlCheckBoxInput;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlInput;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlRadioButtonInput;
import org.htmlunit.html.HtmlSubmitInput;

/**
 * The counter pages seen from the tests: an operator at a counter office, the activation wizard
 * filled in as an operator would, the outcome page, the activation form, the mail of the second
 * halves read from a real SMTP server (GreenMail on the port WildFly sends to), and what the
 * database holds.
 */
final class Counter {

  static final String ACTIVATION = "/intranet/sportello/attivazione.xhtml";
  static final String OUTCOME = "/intranet/sportello/attivazione-esito.xhtml";
  static final String REVOCATION = "/intranet/sportello/revoca.xhtml";
  static final String SEARCH = "/intranet/sportello/ricerca.xhtml";
  static final String PASSWORD = "Sportello.Prova.2026";
  static final Duration WAIT = Duration.ofSeconds(40);
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private Counter() {}

  /** An operator (or supervisor) with a known password, at a counter office. */
  record Desk(long officeId, String officeName, String username, String displayName) {

    /** A browser logged in as this operator, Italian unless told otherwise. */
    Browser browser() throws Exception {
      Browser browser = Browser.withoutCard();
      HtmlPage home = Intranet.login(browser, username, PASSWORD);
      assertThat(Intranet.path(home)).as("login of " + username).isEqualTo(Intranet.HOME);
      return browser;
    }

    String actor() {
      return (officeName == null ? "supervisor:" : "operator:") + username;
    }
  }

  /** A new counter office with a new operator working there, password changed once. */
  static Desk newDesk() throws Exception {
    long office = TestOperators.counterOffice("Sportello Anagrafe Ulss", true);
    TestOperators.Account account = TestOperators.operator(office);
    changeFirstPassword(account);
    return new Desk(office, officeName(office), account.username(), "Prova OPERATOR");
  }

  /** A new supervisor (no counter office), password changed once. */
  static Desk newSupervisor() throws Exception {
    TestOperators.Account account = TestOperators.supervisor();
    changeFirstPassword(account);
    return new Desk(0, null, account.username(), "Prova SUPERVISOR");
  }

  private static void changeFirstPassword(TestOperators.Account account) throws Exception {
    try (Browser browser = Browser.withoutCard()) {
      Intranet.loginAndChangePassword(browser, account, PASSWORD);
    }
  }

  /** What the operator types into the wizard. */
  record Request(
      String activationCase,
      String cardId,
      String holderCf,
      String actingCf,
      String idType,
      String idNumber,
      String idIssuer,
      String idExpiry,
      String email,
      Set<String> documents,
      boolean consent) {

    Request with(String field, String value) {
      return new Request(
          field.equals("case") ? value : activationCase,
          field.equals("card") ? value : cardId,
          field.equals("holder") ? value : holderCf,
          field.equals("acting") ? value : actingCf,
          field.equals("idType") ? value : idType,
          field.equals("idNumber") ? value : idNumber,
          field.equals("idIssuer") ? value : idIssuer,
          field.equals("idExpiry") ? value : idExpiry,
          field.equals("email") ? value : email,
          documents,
          consent);
    }

    /** The same request without the consent of the person at the counter ticked. */
    Request withoutConsent() {
      return withConfirmations(documents, false);
    }

    Request without(ActivationDocument document) {
      Set<String> fewer = new HashSet<>(documents);
      fewer.remove(document.name());
      return withConfirmations(fewer, consent);
    }

    /** The same fields, with these documents confirmed and this consent. */
    private Request withConfirmations(Set<String> confirmed, boolean consented) {
      return new Request(
          activationCase,
          cardId,
          holderCf,
          actingCf,
          idType,
          idNumber,
          idIssuer,
          idExpiry,
          email,
          confirmed,
          consented);
    }
  }

  /**
   * A complete request for the case: a new card, a new holder (a minor for a parent), a new person
   * at the counter (the holder in the HOLDER case), an identity card valid for three more years,
   * every document of the case confirmed, a new e-mail address, the privacy consent given.
   */
  static Request request(ActivationCase c) {
    String holder = c == ActivationCase.PARENT_OF_MINOR ? minor() : TestPeople.newCodiceFiscale();
    String acting = c == ActivationCase.HOLDER ? null : TestPeople.newCodiceFiscale();
    Set<String> documents = new HashSet<>();
    c.requiredDocuments().forEach(d -> documents.add(d.name()));
    return new Request(
        c.name(),
        CardProfile.randomCardId(),
        holder,
        acting,
        "CARTA_IDENTITA",
        "CA" + digits(5) + "AB",
        "Comune di Forlì",
        LocalDate.now().plusYears(3).format(DMY),
        newEmail(),
        documents,
        true);
  }

  /** A codice fiscale of a ten-year-old. */
  static String minor() {
    return bornOn(LocalDate.now().minusYears(10));
  }

  /** A codice fiscale of someone born on that day (a woman born in Rome, random name letters). */
  static String bornOn(LocalDate birth) {
    String letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < 6; i++) {
      s.append(letters.charAt(RANDOM.nextInt(26)));
    }
    s.append(String.format("%02d", birth.getYear() % 100))
        .append("ABCDEHLMPRST".charAt(birth.getMonthValue() - 1))
        .append(String.format("%02d", birth.getDayOfMonth() + 40))
        .append("H501");
    return s.toString() + CodiceFiscale.checkCharacter(s.toString());
  }

  /** A new address with letters only (no digit that could be mistaken for a code). */
  static String newEmail() {
    StringBuilder s = new StringBuilder("titolare.");
    for (int i = 0; i < 12; i++) {
      s.append((char) ('a' + RANDOM.nextInt(26)));
    }
    return s.append("@example.it").toString();
  }

  static String digits(int n) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < n; i++) {
      s.append(RANDOM.nextInt(10));
    }
    return s.toString();
  }

  /** Steps 1 and 2 of the wizard; returns step 3 (the summary). */
  static HtmlPage fillIn(Browser browser, Request r) throws Exception {
    HtmlPage step3 = submitStep2(browser, r);
    assertThat(step3.getHtmlElementById("step").getAttribute("data-step")).isEqualTo("3");
    return step3;
  }

  /** Steps 1 and 2 of the wizard; returns the page the review button leads to. */
  static HtmlPage submitStep2(Browser browser, Request r) throws Exception {
    return submitStep2(browser, r, Map.of());
  }

  /** The same, also typing {@code extra} (input name to value) into step 2. */
  static HtmlPage submitStep2(Browser browser, Request r, Map<String, String> extra)
      throws Exception {
    HtmlPage page = browser.open(ItEnvironment.publicUrl(ACTIVATION));
    assertThat(Intranet.path(page)).isEqualTo(ACTIVATION);
    HtmlForm form = page.getFormByName("act-form");
    for (HtmlRadioButtonInput radio : form.getRadioButtonsByName("act-form:case")) {
      radio.setChecked(radio.getValueAttribute().equals(r.activationCase()));
    }
    HtmlPage step2 = click(page, "act-form:choose");
    assertThat(step2.getHtmlElementById("step").getAttribute("data-step")).isEqualTo("2");
    form = step2.getFormByName("act-form");
    form.getInputByName("act-form:cardId").setValue(r.cardId());
    form.getInputByName("act-form:holderCf").setValue(r.holderCf());
    if (r.actingCf() != null) {
      form.getInputByName("act-form:actingCf").setValue(r.actingCf());
    }
    form.getSelectByName("act-form:idType").setSelectedAttribute(r.idType(), true);
    form.getInputByName("act-form:idNumber").setValue(r.idNumber());
    form.getInputByName("act-form:idIssuer").setValue(r.idIssuer());
    form.getInputByName("act-form:idExpiry").setValue(r.idExpiry());
    form.getInputByName("act-form:email").setValue(r.email());
    for (HtmlInput box : form.getInputsByName("act-form:documents")) {
      ((HtmlCheckBoxInput) box).setChecked(r.documents().contains(box.getValueAttribute()));
    }
    ((HtmlCheckBoxInput) form.getInputByName("act-form:consent")).setChecked(r.consent());
    for (Map.Entry<String, String> e : extra.entrySet()) {
      form.getInputByName(e.getKey()).setValue(e.getValue());
    }
    return click(step2, "act-form:review");
  }

  /** The whole wizard; returns the outcome page, or the wizard page with the refusal. */
  static HtmlPage activate(Browser browser, Request r) throws Exception {
    return click(fillIn(browser, r), "act-form:confirm");
  }

  /** The labels of the checkboxes of step 2 for a case, as the page shows them. */
  static List<String> checklistLabels(Browser browser, String activationCase) throws Exception {
    HtmlPage page = browser.open(ItEnvironment.publicUrl(ACTIVATION));
    HtmlForm form = page.getFormByName("act-form");
    for (HtmlRadioButtonInput radio : form.getRadioButtonsByName("act-form:case")) {
      radio.setChecked(radio.getValueAttribute().equals(activationCase));
    }
    HtmlPage step2 = click(page, "act-form:choose");
    List<String> labels = new ArrayList<>();
    for (HtmlInput box : step2.getFormByName("act-form").getInputsByName("act-form:documents")) {
      labels.add(
          step2
              .<org.htmlunit.html.HtmlLabel>getFirstByXPath("//label[@for='" + box.getId() + "']")
              .getTextContent()
              .strip());
    }
    return labels;
  }

  /** The first halves shown on the outcome page: PIN, PUK, CIP. */
  static Map<String, String> firstHalves(HtmlPage outcome) {
    Map<String, String> halves = new LinkedHashMap<>();
    halves.put("PIN", Browser.text(outcome, "pin-half"));
    halves.put("PUK", Browser.text(outcome, "puk-half"));
    halves.put("CIP", Browser.text(outcome, "cip-half"));
    return halves;
  }

  /** Presses "Scarica il modulo": the PDF's bytes, or null when the answer is a page. */
  static byte[] download(HtmlPage outcome) throws Exception {
    Page answer = outcome.<HtmlSubmitInput>getHtmlElementById("form-form:download").click();
    if (answer instanceof HtmlPage) {
      return null;
    }
    assertThat(answer.getWebResponse().getContentType()).isEqualTo("application/pdf");
    try (InputStream in = answer.getWebResponse().getContentAsStream()) {
      return in.readAllBytes();
    }
  }

  /** The text of each page of a PDF, whitespace collapsed. */
  static List<String> pdfPages(byte[] pdf) throws Exception {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      List<String> pages = new ArrayList<>();
      for (int p = 1; p <= document.getNumberOfPages(); p++) {
        stripper.setStartPage(p);
        stripper.setEndPage(p);
        pages.add(stripper.getText(document).replaceAll("\\s+", " "));
      }
      return pages;
    }
  }

  /** {@code text} with every occurrence of the given strings removed. */
  static String without(String text, String... parts) {
    String out = text;
    for (String p : parts) {
      out = out.replace(p, " ");
    }
    return out;
  }

  // --- mail -------------------------------------------------------------------------------------

  /** GreenMail on the port the test WildFly sends its mail to. */
  static GreenMail smtp() {
    int port = Integer.parseInt(ItEnvironment.property("it.port.smtp"));
    GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    return smtp;
  }

  static List<MimeMessage> mailsTo(GreenMail smtp, String recipient) {
    return Arrays.stream(smtp.getReceivedMessages())
        .filter(
            m -> {
              try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                    .anyMatch(a -> ((InternetAddress) a).getAddress().equals(recipient));
              } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
              }
            })
        .toList();
  }

  /** Waits for the n-th mail to the recipient; its decoded text. */
  static String awaitMail(GreenMail smtp, String recipient, int n) throws Exception {
    List<MimeMessage> got =
        await("mail " + n + " to " + recipient, () -> mailsTo(smtp, recipient), l -> l.size() >= n);
    return ((String) got.get(n - 1).getContent()).replace("\r\n", "\n");
  }

  /** The second halves a codes mail carries, by code: "PIN - seconda parte: 1234". */
  static Map<String, String> secondHalves(String mail) {
    Map<String, String> halves = new LinkedHashMap<>();
    Matcher m = Pattern.compile("(PIN|PUK|CIP) - seconda parte: ([0-9]+)").matcher(mail);
    while (m.find()) {
      halves.put(m.group(1), m.group(2));
    }
    return halves;
  }

  static <T> T await(String what, Supplier<T> probe, Predicate<T> done)
      throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    T value = probe.get();
    while (!done.test(value)) {
      assertThat(System.nanoTime())
          .as("waiting for " + what + ", last: " + value)
          .isLessThan(deadline);
      Thread.sleep(200);
      value = probe.get();
    }
    return value;
  }

  // --- database ---------------------------------------------------------------------------------

  /** The activation row of a card: column name to value, empty when there is none. */
  static Map<String, String> activationRow(String cardId) {
    List<Map<String, String>> rows =
        rows(
            "select id, holder_cf, acting_cf, activation_case, status, codes_generation,"
                + " pin_hash, puk_hash, cip_hash, revocation_failed_attempts,"
                + " revocation_locked_at is not null as locked, email, counter_office_id,"
                + " operator_username, id_document_type, id_document_number,"
                + " consent_notice_version, consent_given_by,"
                + " abs(extract(epoch from (consent_given_at - activated_at))) < 1"
                + " as consent_at_activation"
                + " from tscns_activation where card_id = ?",
            cardId);
    return rows.isEmpty() ? Map.of() : rows.get(0);
  }

  static List<String> documents(String cardId) {
    return column(
        "select d.document from activation_document d join tscns_activation a"
            + " on a.id = d.activation_id where a.card_id = ? order by d.document",
        cardId);
  }

  static int activationCount(String cardId) {
    return column("select id from tscns_activation where card_id = ?", cardId).size();
  }

  /** Outbox rows to this recipient: their statuses, oldest first. */
  static List<String> outbox(String recipient) {
    return column("select status from outbound_mail where recipient = ? order by id", recipient);
  }

  /** Statuses of the bindings of a card (by its number, any issuer). */
  static List<String> bindingStatuses(String cardId) {
    return column(
        "select status from smartcard_binding where card_key_kind = 'CARD_ID'"
            + " and card_local_id = ? order by id",
        cardId);
  }

  /** Outcomes of the audit events about this person for an action, oldest first. */
  static List<String> audit(String cf, String action) {
    return TestDatabase.auditOutcomes(cf, action);
  }

  /** The details of the audit events of an action about a person, oldest first. */
  static List<String> auditDetails(String cf, String action) {
    return column(
        "select coalesce(detail, '') from audit_event where subject_cf = ? and action = ?"
            + " order by id",
        cf,
        action);
  }

  /** Why the card was revoked (null when no reason was given). */
  static String revocationReason(String cardId) {
    return column("select revocation_reason from tscns_activation where card_id = ?", cardId)
        .get(0);
  }

  static String officeName(long id) {
    return column("select name from counter_office where id = ?", id).get(0);
  }

  static List<String> column(String sql, Object... args) {
    return rows(sql, args).stream().map(r -> r.values().iterator().next()).toList();
  }

  static List<Map<String, String>> rows(String sql, Object... args) {
    try (Connection c = TestDatabase.connect();
        PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        ps.setObject(i + 1, args[i]);
      }
      List<Map<String, String>> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        int columns = rs.getMetaData().getColumnCount();
        while (rs.next()) {
          Map<String, String> row = new LinkedHashMap<>();
          for (int i = 1; i <= columns; i++) {
            row.put(rs.getMetaData().getColumnLabel(i), rs.getString(i));
          }
          out.add(row);
        }
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
