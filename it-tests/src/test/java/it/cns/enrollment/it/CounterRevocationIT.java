package it.cns.enrollment.it;

import static it.cns.enrollment.it.Browser.text;
import static it.cns.enrollment.it.Intranet.click;
import static it.cns.enrollment.it.Intranet.problem;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import it.cns.enrollment.devpki.CardProfile;
import it.cns.enrollment.devpki.IssuedCredential;
import it.cns.enrollment.domain.activation.ActivationCase;
import it.cns.enrollment.infrastructure.security.Argon2idHasher;
import java.util.List;
import java.util.Map;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlSubmitInput;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Revocation with the CIP, the attempt limit and the supervisor's unlock, the reissue of the codes,
 * and what a revoked card can no longer do: log in to the smartcard area over real TLS (its
 * certificate is still valid), while the holder's personal area shows it revoked.
 */
class CounterRevocationIT extends DeployedApplication {

  private static final Argon2idHasher HASHER = ItEnvironment.hasher(64, 1, 1);
  private static final String NEW_PASSWORD = "Revocata.2026";

  private GreenMail smtp;
  private Counter.Desk desk;

  @BeforeEach
  void counterAndMail() throws Exception {
    smtp = Counter.smtp();
    desk = Counter.newDesk();
  }

  @AfterEach
  void stopMail() {
    smtp.stop();
  }

  /** The whole codes of an activation: the halves on its outcome page and in its mail. */
  private record Codes(Map<String, String> first, Map<String, String> second) {
    String whole(String code) {
      return first.get(code) + second.get(code);
    }
  }

  private Codes activate(Browser operator, Counter.Request r, int mailNumber) throws Exception {
    HtmlPage outcome = Counter.activate(operator, r);
    assertThat(outcome.getUrl().getPath()).isEqualTo(Counter.OUTCOME);
    return new Codes(
        Counter.firstHalves(outcome),
        Counter.secondHalves(Counter.awaitMail(smtp, r.email(), mailNumber)));
  }

  private static HtmlPage revoke(Browser operator, String cardId, String cip) throws Exception {
    return revoke(operator, cardId, "LOST", cip);
  }

  /** Step 1 (card and reason), then the confirmation with the CIP. */
  private static HtmlPage revoke(Browser operator, String cardId, String reason, String cip)
      throws Exception {
    HtmlPage confirmation = reviewRevocation(operator, cardId, reason);
    assertThat(confirmation.getHtmlElementById("step").getAttribute("data-step")).isEqualTo("2");
    confirmation.getFormByName("rev-form").getInputByName("rev-form:cip").setValue(cip);
    return click(confirmation, "rev-form:revoke");
  }

  private static HtmlPage reviewRevocation(Browser operator, String cardId, String reason)
      throws Exception {
    HtmlPage page = operator.open(ItEnvironment.publicUrl(Counter.REVOCATION));
    HtmlForm form = page.getFormByName("rev-form");
    form.getInputByName("rev-form:cardId").setValue(cardId);
    form.getRadioButtonsByName("rev-form:reason")
        .forEach(b -> b.setChecked(b.getValueAttribute().equals(reason)));
    return click(page, "rev-form:review");
  }

  @Test
  void theRevocationAsksForTheReasonThenConfirmsRecordingAndAuditingIt() throws Exception {
    Counter.Request r = Counter.request(ActivationCase.HOLDER);
    try (Browser operator = desk.browser()) {
      Codes codes = activate(operator, r, 1);

      // No reason: refused on the first step, the choice marked, nothing revoked.
      HtmlPage noReason = reviewRevocation(operator, r.cardId(), "none");
      assertThat(noReason.getHtmlElementById("step").getAttribute("data-step")).isEqualTo("1");
      assertThat(text(noReason, "problem")).contains("motivo della revoca");
      assertThat(noReason.getHtmlElementById("rev-form:reason").getAttribute("aria-invalid"))
          .isEqualTo("true");

      // The confirmation says what is about to happen; going back revokes nothing.
      HtmlPage confirmation = reviewRevocation(operator, r.cardId(), "STOLEN");
      assertThat(text(confirmation, "confirm-card")).isEqualTo(r.cardId());
      assertThat(text(confirmation, "confirm-reason")).isEqualTo("Furto");
      assertThat(text(confirmation, "rev-confirm")).contains("definitivo");
      HtmlPage back = click(confirmation, "rev-form:back");
      assertThat(back.getHtmlElementById("step").getAttribute("data-step")).isEqualTo("1");
      assertThat(Counter.activationRow(r.cardId()).get("status")).isEqualTo("ACTIVE");

      // A wrong CIP stays on the confirmation, the CIP field marked.
      HtmlPage wrong = revoke(operator, r.cardId(), "STOLEN", "00000000");
      assertThat(problem(wrong)).isEqualTo("CIP_WRONG");
      assertThat(wrong.getHtmlElementById("step").getAttribute("data-step")).isEqualTo("2");
      assertThat(wrong.getHtmlElementById("rev-form:cip").getAttribute("aria-invalid"))
          .isEqualTo("true");
      assertThat(wrong.getHtmlElementById("rev-form:cip").getAttribute("value")).isEmpty();

      HtmlPage revoked = revoke(operator, r.cardId(), "STOLEN", codes.whole("CIP"));
      assertThat(text(revoked, "rev-reason")).isEqualTo("Furto");
    }
    assertThat(Counter.activationRow(r.cardId()).get("status")).isEqualTo("REVOKED");
    assertThat(Counter.revocationReason(r.cardId())).isEqualTo("STOLEN");
    assertThat(Counter.auditDetails(r.holderCf(), "CARD_REVOCATION"))
        .anySatisfy(d -> assertThat(d).contains("reason=STOLEN"));
  }

  private static HtmlPage searchCard(Browser browser, String cardId) throws Exception {
    HtmlPage page = browser.open(ItEnvironment.publicUrl(Counter.SEARCH));
    HtmlForm form = page.getFormByName("search-form");
    form.getRadioButtonsByName("search-form:by")
        .forEach(b -> b.setChecked(b.getValueAttribute().equals("card")));
    form.getInputByName("search-form:query").setValue(cardId);
    return click(page, "search-form:search");
  }

  private static HtmlSubmitInput rowButton(HtmlPage dossier, String cardId, String action) {
    return dossier.getFirstByXPath(
        "//tr[@data-card='" + cardId + "']//input[contains(@id,'" + action + "')]");
  }

  @Test
  void theRightCipRevokesTheCardItsBindingsAndItsSmartcardLogins() throws Exception {
    String cf = TestPeople.newCodiceFiscale();
    String cardId = CardProfile.randomCardId();
    IssuedCredential card = TestPki.card(TestPki.profile(cf).withCardId(cardId));
    String pin;
    String password;
    try (Browser citizen = Browser.withCard(TestPki.keyStore(card))) {
      HtmlPage enrolled =
          click(
              citizen.open(ItEnvironment.smartcardUrl("/smartcard/abilitazione.xhtml")),
              "abil-form:enroll");
      pin = text(enrolled, "issued-pin");
      password = text(enrolled, "issued-password");
    }
    assertThat(Counter.bindingStatuses(cardId)).containsExactly("ACTIVE");

    Counter.Request r =
        Counter.request(ActivationCase.HOLDER).with("card", cardId).with("holder", cf);
    try (Browser operator = desk.browser()) {
      Codes codes = activate(operator, r, 1);

      HtmlPage revoked = revoke(operator, cardId, codes.whole("CIP"));
      assertThat(revoked.getElementById("problem")).isNull();
      assertThat(text(revoked, "rev-holder")).isEqualTo(cf);
      assertThat(text(revoked, "rev-card")).isEqualTo("************" + cardId.substring(12));
      assertThat(text(revoked, "rev-bindings")).isEqualTo("1");

      HtmlPage again = revoke(operator, cardId, codes.whole("CIP"));
      assertThat(problem(again)).isEqualTo("CARD_REVOKED");

      HtmlPage dossier = searchCard(operator, cardId);
      assertThat(text(dossier, "dossier-cf")).isEqualTo(cf);
      assertThat(text(dossier, "activations")).contains("Revocata");
      assertThat(text(dossier, "bindings")).contains("Revocata");
      assertThat(rowButton(dossier, cardId, "reissue"))
          .as("no reissue for a revoked card")
          .isNull();
      assertThat(Intranet.serverLog())
          .doesNotContain(codes.whole("PIN"))
          .doesNotContain(codes.whole("PUK"))
          .doesNotContain(codes.whole("CIP"));
    }
    assertThat(Counter.activationRow(cardId).get("status")).isEqualTo("REVOKED");
    assertThat(Counter.bindingStatuses(cardId)).containsExactly("REVOKED");
    assertThat(Counter.audit(cf, "CARD_REVOCATION")).containsExactly("OK", "CARD_REVOKED");

    // The certificate is still valid, yet the card no longer opens anything.
    try (Browser citizen = Browser.withCard(TestPki.keyStore(card))) {
      HtmlPage accedi =
          click(
              citizen.open(ItEnvironment.smartcardUrl("/smartcard/accedi.xhtml")),
              "accedi-form:accedi");
      assertThat(problem(accedi)).isEqualTo("CARD_REVOKED");
      assertThat(text(accedi, "problem")).contains("revocata");
      HtmlPage primo =
          click(
              citizen.open(ItEnvironment.smartcardUrl("/smartcard/primo-accesso.xhtml")),
              "bind-form:bind");
      assertThat(problem(primo)).isEqualTo("CARD_REVOKED");
    }
    assertThat(Counter.audit(cf, "SMARTCARD_LOGIN")).containsExactly("CARD_REVOKED");

    // The holder's personal area (PIN and password) shows the card revoked.
    try (Browser citizen = Browser.withoutCard()) {
      HtmlPage change = citizenLogin(citizen, cf, password, pin);
      HtmlForm form = change.getFormByName("change-form");
      form.getInputByName("change-form:current").setValue(password);
      form.getInputByName("change-form:next").setValue(NEW_PASSWORD);
      form.getInputByName("change-form:repeat").setValue(NEW_PASSWORD);
      click(change, "change-form:change");
      HtmlPage area = citizenLogin(citizen, cf, NEW_PASSWORD, pin);
      assertThat(area.getUrl().getPath()).isEqualTo("/area/index.xhtml");
      assertThat(
              area.<org.htmlunit.html.HtmlElement>getFirstByXPath("//td[@class='card-status']")
                  .getAttribute("data-status"))
          .isEqualTo("REVOKED");
      assertThat(text(area, "area-cards")).contains("Revocata");
    }
  }

  private static HtmlPage citizenLogin(Browser browser, String cf, String password, String pin)
      throws Exception {
    HtmlPage page = browser.open(ItEnvironment.publicUrl("/login/login.xhtml"));
    HtmlForm form = page.getFormByName("login-form");
    form.getInputByName("login-form:cf").setValue(cf);
    form.getInputByName("login-form:password").setValue(password);
    form.getInputByName("login-form:pin").setValue(pin);
    return click(page, "login-form:login");
  }

  @Test
  void threeWrongCipsBlockRevocationUntilASupervisorUnlocksIt() throws Exception {
    Counter.Request r = Counter.request(ActivationCase.DELEGATE);
    Counter.Desk supervisor = Counter.newSupervisor();
    try (Browser operator = desk.browser()) {
      Codes codes = activate(operator, r, 1);
      String wrong = codes.whole("PIN").equals("00000000") ? "11111111" : "00000000";

      assertThat(problem(revoke(operator, r.cardId(), wrong))).isEqualTo("CIP_WRONG");
      assertThat(problem(revoke(operator, r.cardId(), codes.first().get("CIP"))))
          .isEqualTo("CIP_WRONG");
      HtmlPage third = revoke(operator, r.cardId(), wrong);
      assertThat(problem(third)).isEqualTo("CIP_LOCKED");
      assertThat(text(third, "problem")).contains("supervisore");
      HtmlPage right = revoke(operator, r.cardId(), codes.whole("CIP"));
      assertThat(problem(right)).as("even the right CIP, once blocked").isEqualTo("CIP_LOCKED");
      assertThat(Counter.activationRow(r.cardId()))
          .containsEntry("status", "ACTIVE")
          .containsEntry("locked", "t")
          .containsEntry("revocation_failed_attempts", "3");
      assertThat(Counter.audit(r.holderCf(), "CARD_REVOCATION"))
          .containsExactly("CIP_WRONG", "CIP_WRONG", "CIP_LOCKED", "CIP_LOCKED");

      HtmlPage dossier = searchCard(operator, r.cardId());
      assertThat(
              dossier
                  .getFirstByXPath("//tr[@data-card='" + r.cardId() + "']/@data-cip-locked")
                  .toString())
          .contains("true");
      assertThat(rowButton(dossier, r.cardId(), "unlock")).as("operators cannot unlock").isNull();

      try (Browser boss = supervisor.browser()) {
        HtmlPage seen = searchCard(boss, r.cardId());
        HtmlPage unlocked = rowButton(seen, r.cardId(), "unlock").click();
        assertThat(text(unlocked, "notice")).contains("tolto");
        assertThat(rowButton(unlocked, r.cardId(), "unlock")).isNull();
      }
      assertThat(Counter.audit(r.holderCf(), "CIP_UNLOCK")).containsExactly("OK");
      assertThat(Counter.activationRow(r.cardId())).containsEntry("locked", "f");

      HtmlPage revoked = revoke(operator, r.cardId(), codes.whole("CIP"));
      assertThat(revoked.getElementById("revoked")).isNotNull();
      assertThat(text(revoked, "rev-bindings")).isEqualTo("0");
    }
    assertThat(Counter.activationRow(r.cardId()).get("status")).isEqualTo("REVOKED");
  }

  @Test
  void aReissueGivesANewGenerationANewFormAndANewMailAndVoidsTheOldCodes() throws Exception {
    Counter.Request r = Counter.request(ActivationCase.PARENT_OF_MINOR);
    try (Browser operator = desk.browser()) {
      Codes old = activate(operator, r, 1);

      HtmlPage dossier = searchCard(operator, r.cardId());
      assertThat(text(dossier, "dossier-cf")).isEqualTo(r.holderCf());
      HtmlPage reissue = rowButton(dossier, r.cardId(), "reissue").click();
      assertThat(text(reissue, "reissue-title")).endsWith(r.cardId());
      assertThat(text(reissue, "reissue-current-email")).doesNotContain(r.email());

      // The identity document is seen again: an expired one is refused next to its field.
      HtmlPage refused =
          click(
              fillReissue(reissue, "PASSAPORTO", "YA1234567", "01/01/2020", null),
              "reissue-form:confirm-reissue");
      assertThat(problem(refused)).isEqualTo("IDENTITY_DOCUMENT_INVALID");
      assertThat(refused.getHtmlElementById("reissue-form:idNumber").getAttribute("aria-invalid"))
          .isEqualTo("true");
      assertThat(Counter.activationRow(r.cardId()).get("codes_generation")).isEqualTo("1");

      // A valid document and a new address: the new second halves go there.
      String newEmail = Counter.newEmail();
      String expiry =
          java.time.LocalDate.now()
              .plusYears(4)
              .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
      HtmlPage outcome =
          click(
              fillReissue(refused, "PASSAPORTO", "YA1234567", expiry, newEmail),
              "reissue-form:confirm-reissue");
      assertThat(outcome.getUrl().getPath()).isEqualTo(Counter.OUTCOME);
      assertThat(text(outcome, "done")).contains("nuovi codici");
      assertThat(text(outcome, "out-generation")).isEqualTo("2");
      Map<String, String> first = Counter.firstHalves(outcome);
      byte[] pdf = Counter.download(outcome);
      assertThat(Counter.pdfPages(pdf).get(0))
          .contains("Emissione dei codici n. / Codes issue no.: 2")
          .contains("PIN - prima parte / first part: " + first.get("PIN"))
          .contains("Numero / Number: YA1234567")
          .contains(newEmail);

      Codes fresh = new Codes(first, Counter.secondHalves(Counter.awaitMail(smtp, newEmail, 1)));
      Map<String, String> row = Counter.activationRow(r.cardId());
      assertThat(row.get("codes_generation")).isEqualTo("2");
      assertThat(row.get("email")).isEqualTo(newEmail);
      assertThat(
              Counter.rows(
                  "select r.id_document_type, r.id_document_number, r.email, r.previous_email,"
                      + " r.codes_generation from codes_reissue r join tscns_activation a"
                      + " on a.id = r.activation_id where a.card_id = ?",
                  r.cardId()))
          .singleElement()
          .satisfies(
              reissued -> {
                assertThat(reissued.get("id_document_type")).isEqualTo("PASSAPORTO");
                assertThat(reissued.get("id_document_number")).isEqualTo("YA1234567");
                assertThat(reissued.get("email")).isEqualTo(newEmail);
                assertThat(reissued.get("previous_email")).isEqualTo(r.email());
                assertThat(reissued.get("codes_generation")).isEqualTo("2");
              });
      for (String code : List.of("PIN", "PUK", "CIP")) {
        String hash = row.get(code.toLowerCase(java.util.Locale.ROOT) + "_hash");
        assertThat(HASHER.verify(fresh.whole(code).toCharArray(), hash)).as(code).isTrue();
        assertThat(HASHER.verify(old.whole(code).toCharArray(), hash)).as("old " + code).isFalse();
      }
      assertThat(problem(revoke(operator, r.cardId(), old.whole("CIP")))).isEqualTo("CIP_WRONG");
      assertThat(Intranet.serverLog())
          .doesNotContain(fresh.whole("PIN"))
          .doesNotContain(fresh.whole("CIP"))
          .doesNotContain(old.whole("CIP"));
    }
    assertThat(Counter.audit(r.holderCf(), "CODES_REISSUE"))
        .containsExactly("IDENTITY_DOCUMENT_INVALID", "OK");
    assertThat(Counter.auditDetails(r.holderCf(), "CODES_REISSUE"))
        .last()
        .satisfies(d -> assertThat(d).contains("emailChanged=true").doesNotContain(newEmailOf(r)));
    assertThat(Counter.audit(r.holderCf(), "ACTIVATION_FORM")).containsExactly("OK");
    assertThat(Counter.outbox(r.email())).hasSize(1);
  }

  /** The address the reissue moved to, read back from the database. */
  private static String newEmailOf(Counter.Request r) {
    return Counter.activationRow(r.cardId()).get("email");
  }

  /** Fills the reissue's form (document seen again, new address or none) on this page. */
  private static HtmlPage fillReissue(
      HtmlPage page, String idType, String idNumber, String idExpiry, String newEmail) {
    HtmlForm form = page.getFormByName("reissue-form");
    form.getSelectByName("reissue-form:idType").setSelectedAttribute(idType, true);
    form.getInputByName("reissue-form:idNumber").setValue(idNumber);
    form.getInputByName("reissue-form:idIssuer").setValue("Questura di Padova");
    form.getInputByName("reissue-form:idExpiry").setValue(idExpiry);
    form.getInputByName("reissue-form:email").setValue(newEmail == null ? "" : newEmail);
    return page;
  }

  @Test
  void anUnknownOrMalformedCardCannotBeRevoked() throws Exception {
    try (Browser operator = desk.browser()) {
      assertThat(problem(revoke(operator, CardProfile.randomCardId(), "12345678")))
          .isEqualTo("CARD_NOT_ACTIVATED");
      HtmlPage malformed = revoke(operator, "1234", "12345678");
      assertThat(problem(malformed)).isEqualTo("INVALID_REQUEST");
      assertThat(text(malformed, "problem")).contains("Numero della tessera");
    }
  }
}
