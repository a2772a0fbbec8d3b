package it.cns.enrollment.it;

import static it.cns.enrollment.it.Intranet.click;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import it.cns.enrollment.contract.partner.v1.EnrollmentFault;
import it.cns.enrollment.contract.partner.v1.PartnerEnrollment;
import it.cns.enrollment.contract.partner.v1.RegistrationState;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;

/**
 * Issue #15: reads of personal data are on record - a partner's registrationStatus and
 * listBindings, an operator or supervisor opening a person's file - each as one audit row naming
 * who asked, from where, and about whom (the {@code @Audited(reads = true)} mechanism).
 */
class PersonalDataReadsIT extends DeployedApplication {

  private static final String ENDPOINT = "/partner/v1/enrollment";

  @Test
  void aPartnersQueriesAboutAPersonAreEachOnRecord() throws Exception {
    String name = "Lettore " + TestOperators.uniqueSuffix();
    var certificate = TestPki.partnerCa().issuePartner(name, "Lettura");
    TestDatabase.registerPartner(
        name, certificate.certificate(), "REGISTRATION_STATUS", "LIST_BINDINGS");
    PartnerEnrollment partner =
        PartnerClient.as(TestPki.keyStore(certificate), ItEnvironment.partnerUrl(ENDPOINT));
    String cf = TestPeople.newCodiceFiscale();
    TestDatabase.enableEntratel(cf, "000");

    assertThat(partner.registrationStatus(cf).getState()).isEqualTo(RegistrationState.ENTRATEL);
    assertThat(partner.registrationStatus(cf).getState()).isEqualTo(RegistrationState.ENTRATEL);
    assertThat(partner.listBindings(cf)).isEmpty();

    assertThat(reads(cf, "REGISTRATION_STATUS"))
        .containsExactly(
            "partner:" + name + " PARTNER OK 127.0.0.1 -",
            "partner:" + name + " PARTNER OK 127.0.0.1 -");
    assertThat(reads(cf, "BINDINGS_LIST"))
        .containsExactly("partner:" + name + " PARTNER OK 127.0.0.1 cards=0");
  }

  @Test
  void aRefusedPartnerIsRecordedOnceAndLearnsNothing() throws Exception {
    var stranger =
        TestPki.partnerCa().issuePartner("Sconosciuto " + TestOperators.uniqueSuffix(), "X");
    PartnerEnrollment unknown =
        PartnerClient.as(TestPki.keyStore(stranger), ItEnvironment.partnerUrl(ENDPOINT));
    String cf = TestPeople.newCodiceFiscale();

    EnrollmentFault fault =
        catchThrowableOfType(EnrollmentFault.class, () -> unknown.registrationStatus(cf));

    assertThat(fault.getFaultInfo().getCode()).isEqualTo("NOT_AUTHORISED");
    assertThat(reads(cf, "REGISTRATION_STATUS"))
        .as("refused before the codice fiscale is read: recorded once, as PARTNER_CALL")
        .isEmpty();
  }

  @Test
  void anOperatorAndASupervisorOpeningAPersonsFileAreEachOnRecord() throws Exception {
    String cf = TestPeople.newCodiceFiscale();
    TestDatabase.enableFisconline(cf);
    Counter.Desk operator = Counter.newDesk();
    Counter.Desk supervisor = Counter.newSupervisor();

    try (Browser browser = operator.browser()) {
      assertThat(lookUp(browser, cf).getElementById("dossier-cf").getTextContent()).isEqualTo(cf);
    }
    try (Browser browser = supervisor.browser()) {
      assertThat(lookUp(browser, cf).getElementById("dossier-cf").getTextContent()).isEqualTo(cf);
    }

    assertThat(reads(cf, "DOSSIER_VIEW"))
        .containsExactly(
            operator.actor() + " COUNTER OK 127.0.0.1 -",
            supervisor.actor() + " COUNTER OK 127.0.0.1 -");
  }

  /** The counter's look-up page with the person found by codice fiscale. */
  private static HtmlPage lookUp(Browser intranet, String cf) throws Exception {
    HtmlPage page = intranet.open(ItEnvironment.publicUrl(Counter.SEARCH));
    HtmlForm form = page.getFormByName("search-form");
    form.getRadioButtonsByName("search-form:by")
        .forEach(b -> b.setChecked(b.getValueAttribute().equals("cf")));
    form.getInputByName("search-form:query").setValue(cf);
    return click(page, "search-form:search");
  }

  /** "actor channel outcome address detail" of the audit rows about {@code cf}, oldest first. */
  private static List<String> reads(String cf, String action) throws Exception {
    try (Connection c = TestDatabase.connect();
        PreparedStatement ps =
            c.prepareStatement(
                "select actor || ' ' || channel || ' ' || outcome || ' '"
                    + " || coalesce(client_address, '?') || ' ' || coalesce(detail, '-')"
                    + " from audit_event where subject_cf = ? and action = ? order by id")) {
      ps.setString(1, cf);
      ps.setString(2, action);
      List<String> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
      return out;
    }
  }
}
