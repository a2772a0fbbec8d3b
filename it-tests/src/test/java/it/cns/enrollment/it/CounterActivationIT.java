package it.cns.enrollment.it;

import static it.cns.enrollment.it.Browser.text;
import static it.cns.enrollment.it.Intranet.click;
import static it.cns.enrollment.it.Intranet.problem;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import it.cns.enrollment.application.text.Messages;
import it.cns.enrollment.domain.activation.ActivationCase;
import it.cns.enrollment.domain.activation.ActivationDocument;
import it.cns.enrollment.domain.activation.PrivacyNotice;
import it.cns.enrollment.infrastructure.security.Argon2idHasher;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * TS-CNS activation at the counter on the real server, through the intranet pages as an operator
 * uses them: every case, every refusal with nothing written, the codes split between the form
 * (first halves, PDF read back with PDFBox) and the e-mail (second halves, read from a real SMTP
 * server), the whole codes against the stored hashes, the form handed out once, an SMTP server that
 * is down and then back, and no code in the server log.
 */
class CounterActivationIT extends DeployedApplication {

  private static final Argon2idHasher HASHER = ItEnvironment.hasher(64, 1, 1);
  private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private GreenMail smtp;
  private Counter.Desk desk;

  @BeforeEach
  void counterAndMail() throws Exception {
    smtp = Counter.smtp();
    desk = Counter.newDesk();
  }

  @AfterEach
  void stopMail() {
    if (smtp != null) {
      smtp.stop();
    }
  }

  private static void nothingWritten(Counter.Request r) {
    assertThat(Counter.activationCount(r.cardId())).as("activation rows").isZero();
    assertThat(Counter.outbox(r.email())).as("outbox rows").isEmpty();
  }

  @Test
  void everyCaseActivatesWithItsChecklistAndRecordsWhoStoodAtTheCounter() throws Exception {
    try (Browser browser = desk.browser()) {
      for (ActivationCase c : ActivationCase.values()) {
        // The page lists the seed's wording of the case's documents, in order.
        assertThat(Counter.checklistLabels(browser, c.name()))
            .containsExactlyElementsOf(
                c.requiredDocuments().stream()
                    .map(d -> Messages.ITALIAN.documentLabel(c, d))
                    .toList());

        Counter.Request r = Counter.request(c);
        HtmlPage outcome = Counter.activate(browser, r);
        assertThat(outcome.getUrl().getPath()).as(c.name()).isEqualTo(Counter.OUTCOME);
        assertThat(text(outcome, "out-holder")).isEqualTo(r.holderCf());
        assertThat(text(outcome, "out-case")).isEqualTo(Messages.ITALIAN.label(c));
        assertThat(text(outcome, "out-card")).isEqualTo("************" + r.cardId().substring(12));
        assertThat(Counter.firstHalves(outcome).values()).allMatch(h -> h.matches("[0-9]{4}"));

        Map<String, String> row = Counter.activationRow(r.cardId());
        assertThat(row.get("activation_case")).isEqualTo(c.name());
        assertThat(row.get("holder_cf")).isEqualTo(r.holderCf());
        assertThat(row.get("acting_cf"))
            .isEqualTo(r.actingCf() == null ? r.holderCf() : r.actingCf());
        assertThat(row.get("status")).isEqualTo("ACTIVE");
        assertThat(row.get("operator_username")).isEqualTo(desk.username());
        assertThat(row.get("counter_office_id")).isEqualTo(String.valueOf(desk.officeId()));
        // The consent: to the notice in force, by the person at the counter, at the activation.
        assertThat(row.get("consent_notice_version")).isEqualTo(PrivacyNotice.CURRENT_VERSION);
        assertThat(row.get("consent_given_by")).isEqualTo(row.get("acting_cf"));
        assertThat(row.get("consent_at_activation")).isEqualTo("t");
        assertThat(Counter.documents(r.cardId()))
            .containsExactlyInAnyOrderElementsOf(r.documents());
        assertThat(Counter.outbox(r.email())).hasSize(1);
        assertThat(Counter.audit(r.holderCf(), "TSCNS_ACTIVATION")).containsExactly("OK");

        // The page and the mail address whoever receives the codes, in the case's role.
        assertThat(text(outcome, "codes-help"))
            .contains(c == ActivationCase.PARENT_OF_MINOR ? "al genitore" : "")
            .doesNotContain(
                c == ActivationCase.HOLDER ? "genitore" : "arriva per e-mail al titolare");
        String mail = Counter.awaitMail(smtp, r.email(), 1);
        String card = "************" + r.cardId().substring(12);
        assertThat(mail)
            .contains(Messages.ITALIAN.codesMailOpening(c, card, 1))
            .contains(Messages.ENGLISH.codesMailOpening(c, card, 1))
            .contains("Il CIP va comunicato solo all\u2019operatore dello sportello");
      }
    }
  }

  @Test
  void theFormCarriesTheFirstHalvesTheMailTheSecondAndTogetherTheyAreTheStoredCodes()
      throws Exception {
    Counter.Request r = Counter.request(ActivationCase.HOLDER);
    Map<String, String> first;
    byte[] pdf;
    try (Browser browser = desk.browser()) {
      HtmlPage outcome = Counter.activate(browser, r);
      first = Counter.firstHalves(outcome);
      pdf = Counter.download(outcome);
      assertThat(pdf).as("the form").isNotNull();

      // A second download from the same page, and from the page opened again: refused.
      HtmlPage again = browser.open(outcome.getUrl().toString());
      assertThat(again.getElementById("pin-half")).as("codes shown once").isNull();
      assertThat(again.getElementById("codes-shown")).isNotNull();
      assertThat(again.getElementById("form-gone")).isNotNull();
      HtmlPage refused = click(again, "form-form:download");
      assertThat(problem(refused)).isEqualTo("FORM_ALREADY_DOWNLOADED");
      assertThat(text(refused, "problem")).contains("una sola volta");
    }
    assertThat(Counter.audit(r.holderCf(), "ACTIVATION_FORM")).containsExactly("OK");

    String mail = Counter.awaitMail(smtp, r.email(), 1);
    Map<String, String> second = Counter.secondHalves(mail);
    assertThat(second.keySet()).containsExactly("PIN", "PUK", "CIP");
    assertThat(mail.indexOf("Gentile")).isLessThan(mail.indexOf("Dear"));

    // The first half followed by the second is the code whose hash is stored: the split is real.
    Map<String, String> row = Counter.activationRow(r.cardId());
    for (String code : List.of("PIN", "PUK", "CIP")) {
      String whole = first.get(code) + second.get(code);
      assertThat(whole).matches("[0-9]{8}");
      String hash = row.get(code.toLowerCase(Locale.ROOT) + "_hash");
      assertThat(HASHER.verify(whole.toCharArray(), hash)).as(code).isTrue();
      assertThat(HASHER.verify(first.get(code).toCharArray(), hash)).isFalse();
      assertThat(HASHER.verify(second.get(code).toCharArray(), hash)).isFalse();
      assertThat(hash).doesNotContain(whole);
    }

    // The mail: the second halves, never a first half (other digits of the mail left aside).
    String mailRest =
        Counter.without(
            mail,
            "seconda parte: " + second.get("PIN"),
            "seconda parte: " + second.get("PUK"),
            "seconda parte: " + second.get("CIP"),
            "second part: " + second.get("PIN"),
            "second part: " + second.get("PUK"),
            "second part: " + second.get("CIP"),
            "************" + r.cardId().substring(12));
    for (String code : List.of("PIN", "PUK", "CIP")) {
      assertThat(mailRest).as("first half of the " + code).doesNotContain(first.get(code));
    }
    assertThat(mail).doesNotContainIgnoringCase("prima parte:");

    // The form: two copies, the holder's with the first halves only, the office's with none.
    List<String> pages = Counter.pdfPages(pdf);
    assertThat(pages).hasSize(2);
    assertThat(pages.get(0)).contains("Copia per il titolare");
    assertThat(pages.get(1)).contains("Copia per l'ufficio");
    for (String page : pages) {
      assertThat(page)
          .contains("Attivazione TS-CNS / Activation form")
          .contains(r.holderCf())
          .contains(r.cardId())
          .contains(Messages.ITALIAN.label(ActivationCase.HOLDER))
          .contains(r.idNumber())
          .contains("Comune di Forlì")
          .contains(desk.displayName() + " (" + desk.username() + ")")
          .contains(desk.officeName())
          .contains("la tessera TS-CNS ricevuta");
    }
    String codes = between(pages.get(0), "Codici personali", "Sportello / Counter");
    for (String code : List.of("PIN", "PUK", "CIP")) {
      assertThat(codes).contains(code + " - prima parte / first part: " + first.get(code));
      if (!first.containsValue(second.get(code))) {
        assertThat(codes).as("second half of the " + code).doesNotContain(second.get(code));
      }
      assertThat(pages.get(1)).doesNotContain(first.get(code) + second.get(code));
    }
    String officeCodes = between(pages.get(1), "Codici personali", "Sportello / Counter");
    assertThat(officeCodes.replaceAll("[^0-9]", "")).isEqualTo("1"); // only the issue number

    assertThat(Intranet.serverLog())
        .doesNotContain(first.get("PIN") + second.get("PIN"))
        .doesNotContain(first.get("PUK") + second.get("PUK"))
        .doesNotContain(first.get("CIP") + second.get("CIP"))
        .doesNotContain(r.email());
  }

  private static String between(String text, String from, String to) {
    int start = text.indexOf(from);
    int end = text.indexOf(to, start);
    assertThat(start).isNotNegative();
    assertThat(end).isGreaterThan(start);
    return text.substring(start, end);
  }

  @Test
  void confirmingAgainFromTheSamePageDoesNotActivateTwice() throws Exception {
    Counter.Request r = Counter.request(ActivationCase.HOLDER);
    try (Browser browser = desk.browser()) {
      HtmlPage summary = Counter.fillIn(browser, r);
      HtmlPage outcome = click(summary, "act-form:confirm");
      assertThat(outcome.getUrl().getPath()).isEqualTo(Counter.OUTCOME);
      // The browser's back button and the same confirmation posted again.
      HtmlPage resubmitted = click(summary, "act-form:confirm");
      assertThat(resubmitted.getUrl().toString()).isEqualTo(outcome.getUrl().toString());
      assertThat(resubmitted.getElementById("pin-half")).isNull();
    }
    assertThat(Counter.activationCount(r.cardId())).isEqualTo(1);
    assertThat(Counter.outbox(r.email())).hasSize(1);
  }

  @Test
  void aMissingDocumentIsRefusedInEveryCaseNamingItAndNothingIsWritten() throws Exception {
    Object[][] cases = {
      {ActivationCase.HOLDER, ActivationDocument.VALID_EMAIL, "un indirizzo email valido"},
      {
        ActivationCase.PARENT_OF_MINOR,
        ActivationDocument.PARENT_STATUS_DOCUMENT,
        "status di genitore"
      },
      {
        ActivationCase.LEGAL_REPRESENTATIVE,
        ActivationDocument.GUARDIAN_STATUS_DOCUMENT,
        "di tutore"
      },
      {ActivationCase.DELEGATE, ActivationDocument.MEDICAL_CERTIFICATE, "il certificato medico"},
      {ActivationCase.DELEGATE, ActivationDocument.HOLDER_SIGNED_CODE_REQUEST, "in doppia copia"},
    };
    try (Browser browser = desk.browser()) {
      for (Object[] c : cases) {
        Counter.Request r =
            Counter.request((ActivationCase) c[0]).without((ActivationDocument) c[1]);
        HtmlPage summary = Counter.fillIn(browser, r);
        assertThat(text(summary, "sum-unconfirmed")).contains((String) c[2]);
        HtmlPage refused = click(summary, "act-form:confirm");
        assertThat(problem(refused))
            .as(c[0] + " without " + c[1])
            .isEqualTo("ACTIVATION_DOCUMENT_MISSING");
        assertThat(text(refused, "problem")).contains((String) c[2]);
        // Back on step 2 with what was typed, to complete it.
        assertThat(refused.getHtmlElementById("step").getAttribute("data-step")).isEqualTo("2");
        assertThat(refused.getFormByName("act-form").getInputByName("act-form:cardId").getValue())
            .isEqualTo(r.cardId());
        nothingWritten(r);
        assertThat(Counter.audit(r.holderCf(), "TSCNS_ACTIVATION"))
            .containsExactly("ACTIVATION_DOCUMENT_MISSING");
      }
    }
  }

  @Test
  void withoutTheConsentOfThePersonAtTheCounterNothingIsActivated() throws Exception {
    Counter.Request r = Counter.request(ActivationCase.DELEGATE).withoutConsent();
    try (Browser browser = desk.browser()) {
      HtmlPage summary = Counter.fillIn(browser, r);
      assertThat(summary.getHtmlElementById("sum-consent").getAttribute("data-consent"))
          .isEqualTo("false");
      assertThat(text(summary, "sum-consent")).contains("NON prestato");
      HtmlPage refused = click(summary, "act-form:confirm");

      assertThat(problem(refused)).isEqualTo("INVALID_REQUEST");
      assertThat(text(refused, "problem"))
          .startsWith("Consenso al trattamento dei dati personali:")
          .contains("informativa");
      assertThat(refused.getHtmlElementById("step").getAttribute("data-step")).isEqualTo("2");
      var box = refused.getHtmlElementById("act-form:consent");
      assertThat(box.getAttribute("aria-invalid")).isEqualTo("true");
      assertThat(box.getAttribute("aria-describedby")).isEqualTo("problem");
      assertThat(refused.getHtmlElementById("privacy-notice").getAttribute("data-version"))
          .isEqualTo(PrivacyNotice.CURRENT_VERSION);
      nothingWritten(r);
      assertThat(Counter.audit(r.holderCf(), "TSCNS_ACTIVATION"))
          .containsExactly("INVALID_REQUEST");

      // Ticked now: the same request activates, with the consent recorded.
      ((org.htmlunit.html.HtmlCheckBoxInput) box).setChecked(true);
      HtmlPage outcome = click(click(refused, "act-form:review"), "act-form:confirm");
      assertThat(outcome.getUrl().getPath()).isEqualTo(Counter.OUTCOME);
    }
    assertThat(Counter.activationRow(r.cardId()).get("consent_given_by")).isEqualTo(r.actingCf());
  }

  @Test
  void eachWrongEntryIsRefusedWithItsMessageAndNothingIsWritten() throws Exception {
    Counter.Request base = Counter.request(ActivationCase.HOLDER);
    Object[][] refusals = {
      {
        Counter.request(ActivationCase.PARENT_OF_MINOR)
            .with("holder", Counter.bornOn(LocalDate.now().minusYears(18))),
        "HOLDER_NOT_MINOR",
        "maggiorenne"
      },
      {
        // A child of eleven cannot act as the parent of a child of ten.
        Counter.request(ActivationCase.PARENT_OF_MINOR)
            .with("acting", Counter.bornOn(LocalDate.now().minusYears(11))),
        "INVALID_REQUEST",
        "deve essere maggiorenne"
      },
      {base.with("holder", "RSSMRA80A01H501X"), "INVALID_REQUEST", "Codice fiscale del titolare"},
      {
        Counter.request(ActivationCase.DELEGATE).with("acting", "VRDGPP85M41F205"),
        "INVALID_REQUEST",
        "Codice fiscale di chi si presenta"
      },
      {base.with("card", "6120016461039009"), "INVALID_REQUEST", "Numero della tessera"},
      {base.with("card", "61200164"), "INVALID_REQUEST", "16 cifre"},
      {
        base.with("idExpiry", LocalDate.now().minusDays(1).format(DMY)),
        "IDENTITY_DOCUMENT_INVALID",
        "scaduto"
      },
      {base.with("idNumber", ""), "IDENTITY_DOCUMENT_INVALID", "documento di identit"},
      {base.with("email", "titolare@esempio"), "INVALID_EMAIL", "e-mail"},
    };
    try (Browser browser = desk.browser()) {
      for (Object[] refusal : refusals) {
        Counter.Request r = (Counter.Request) refusal[0];
        HtmlPage refused = Counter.activate(browser, r);
        assertThat(problem(refused)).as(String.valueOf(refusal[1])).isEqualTo(refusal[1]);
        assertThat(text(refused, "problem")).contains((String) refusal[2]);
        nothingWritten(r);
      }
    }
    assertThat(Counter.audit(base.holderCf(), "TSCNS_ACTIVATION"))
        .contains("IDENTITY_DOCUMENT_INVALID", "INVALID_EMAIL");
  }

  @Test
  void aMalformedExpiryDateIsRefusedNextToItsFieldBeforeTheSummary() throws Exception {
    Counter.Request r = Counter.request(ActivationCase.HOLDER).with("idExpiry", "31/13/2030");
    try (Browser browser = desk.browser()) {
      HtmlPage refused = Counter.submitStep2(browser, r);
      assertThat(refused.getHtmlElementById("step").getAttribute("data-step")).isEqualTo("2");
      assertThat(text(refused, "act-form:idExpiry-error")).contains("gg/mm/aaaa");
      var input = refused.getHtmlElementById("act-form:idExpiry");
      assertThat(input.getAttribute("aria-invalid")).isEqualTo("true");
      assertThat(input.getAttribute("aria-describedby")).isEqualTo("act-form:idExpiry-error");
      // The other fields are valid and keep what was typed; no page-level problem.
      var idType = refused.getHtmlElementById("act-form:idType");
      assertThat(idType.getAttribute("aria-invalid")).isEqualTo("false");
      assertThat(idType.hasAttribute("aria-describedby")).isFalse();
      assertThat(text(refused, "act-form:idType-error")).isEmpty();
      assertThat(refused.getFormByName("act-form").getInputByName("act-form:cardId").getValue())
          .isEqualTo(r.cardId());
      assertThat(refused.getElementById("problem")).isNull();
    }
    nothingWritten(r);
  }

  /**
   * Issue #18: the outcome tells the operator to run the counter agent on this workstation within
   * the hold of CNS_AGENT_CODES_MINUTES (10 on the test server), and what to do once it is over.
   */
  @Test
  void theOutcomeTellsTheOperatorToRunTheAgentWithinTheHold() throws Exception {
    Counter.Request r = Counter.request(ActivationCase.HOLDER);
    try (Browser browser = desk.browser()) {
      HtmlPage outcome = Counter.activate(browser, r);
      assertThat(outcome.getUrl().getPath()).isEqualTo(Counter.OUTCOME);
      assertThat(outcome.getElementById("agent").getAttribute("data-minutes")).isEqualTo("10");
      assertThat(text(outcome, "agent-run"))
          .contains("avvii l\u2019agente di sportello su questa postazione")
          .contains("entro 10 minuti dall\u2019emissione dei codici");
      assertThat(text(outcome, "agent-expired"))
          .contains("Se i 10 minuti passano")
          .contains("faccia la ristampa dei codici");

      HtmlPage english = browser.open(outcome.getUrl() + "&lang=en");
      assertThat(text(english, "agent-run"))
          .contains("run the counter agent on this workstation within 10 minutes");
      assertThat(text(english, "agent-expired")).contains("reissue the codes");
    }
  }

  @Test
  void refusalsReadInEnglishWhenThePageIsEnglish() throws Exception {
    Counter.Request r =
        Counter.request(ActivationCase.DELEGATE).without(ActivationDocument.MEDICAL_CERTIFICATE);
    try (Browser browser = desk.browser()) {
      browser.open(ItEnvironment.publicUrl(Counter.ACTIVATION + "?lang=en"));
      HtmlPage refused = Counter.activate(browser, r);
      assertThat(problem(refused)).isEqualTo("ACTIVATION_DOCUMENT_MISSING");
      assertThat(text(refused, "problem")).contains("a medical certificate");
    }
    nothingWritten(r);
  }

  @Test
  void aCardIsActivatedOnceOnly() throws Exception {
    Counter.Request r = Counter.request(ActivationCase.HOLDER);
    try (Browser browser = desk.browser()) {
      assertThat(Counter.activate(browser, r).getUrl().getPath()).isEqualTo(Counter.OUTCOME);
      Counter.Request again = Counter.request(ActivationCase.DELEGATE).with("card", r.cardId());
      HtmlPage refused = Counter.activate(browser, again);
      assertThat(problem(refused)).isEqualTo("CARD_ALREADY_ACTIVATED");
      assertThat(text(refused, "problem")).contains("gi\u00e0 attivata");
      nothingWritten(again.with("card", "none"));
    }
    assertThat(Counter.activationCount(r.cardId())).isEqualTo(1);
    assertThat(Counter.outbox(r.email())).hasSize(1);
  }

  @Test
  void withTheSmtpServerDownTheActivationStandsAndTheMailGoesOutOnceItIsBack() throws Exception {
    smtp.stop();
    smtp = null;
    Counter.Request r = Counter.request(ActivationCase.LEGAL_REPRESENTATIVE);
    try (Browser browser = desk.browser()) {
      HtmlPage outcome = Counter.activate(browser, r);
      assertThat(outcome.getUrl().getPath()).isEqualTo(Counter.OUTCOME);
      assertThat(Counter.activationRow(r.cardId()).get("status")).isEqualTo("ACTIVE");
      HtmlPage pending =
          Counter.await(
              "a failed attempt on the page",
              () -> refresh(outcome),
              p -> p.getFirstByXPath("//tr[@data-status='PENDING']/td[3][text()!='0']") != null);
      assertThat(text(pending, "mails")).contains("In attesa di invio");
      assertThat(Counter.outbox(r.email())).containsExactly("PENDING");

      smtp = Counter.smtp();
      String mail = Counter.awaitMail(smtp, r.email(), 1);
      assertThat(Counter.secondHalves(mail)).hasSize(3);
      HtmlPage sent =
          Counter.await(
              "SENT on the page",
              () -> refresh(pending),
              p -> p.getFirstByXPath("//tr[@data-status='SENT']") != null);
      assertThat(text(sent, "mails")).contains("Inviata");
      Thread.sleep(3000);
      assertThat(Counter.mailsTo(smtp, r.email())).hasSize(1);
      assertThat(Counter.outbox(r.email())).containsExactly("SENT");
    }
  }

  private static HtmlPage refresh(HtmlPage outcome) {
    try {
      return click(outcome, "mail-form:refresh");
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Issue #18: the form prints the names the operator typed from the documents seen - the holder's
   * and the acting person's - even when the holder has no account (they used to come from an
   * account only, and the acting person's never).
   */
  @Test
  void theFormPrintsTheNamesTypedAtTheCounter() throws Exception {
    Counter.Request r = Counter.request(ActivationCase.LEGAL_REPRESENTATIVE);
    try (Browser operator = desk.browser()) {
      HtmlPage review =
          Counter.submitStep2(
              operator,
              r,
              Map.of(
                  "act-form:holderName", "Lucia Bianchi",
                  "act-form:actingName", "Marco Bianchi"));
      assertThat(text(review, "sum-holder-name")).isEqualTo("Lucia Bianchi");
      assertThat(text(review, "sum-acting-name")).isEqualTo("Marco Bianchi");
      HtmlPage outcome = click(review, "act-form:confirm");
      assertThat(outcome.getUrl().getPath()).isEqualTo(Counter.OUTCOME);
      for (String page : Counter.pdfPages(Counter.download(outcome))) {
        assertThat(between(page, "Titolare e tessera", "Numero della tessera"))
            .contains("Nome e cognome / Name: Lucia Bianchi");
        assertThat(between(page, "Chi si presenta allo sportello", "Documento di identit"))
            .contains("Nome e cognome / Name: Marco Bianchi");
      }
    }
    assertThat(TestDatabase.accountType(r.holderCf())).isNull();
    assertThat(
            Counter.rows(
                "select holder_name, acting_name from tscns_activation where card_id = ?",
                r.cardId()))
        .singleElement()
        .satisfies(
            row -> {
              assertThat(row.get("holder_name")).isEqualTo("Lucia Bianchi");
              assertThat(row.get("acting_name")).isEqualTo("Marco Bianchi");
            });
  }
}
