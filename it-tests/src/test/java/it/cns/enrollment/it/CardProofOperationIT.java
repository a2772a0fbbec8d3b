package it.cns.enrollment.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import it.cns.enrollment.contract.partner.v1.CardChallenge;
import it.cns.enrollment.contract.partner.v1.CardPresence;
import it.cns.enrollment.contract.partner.v1.EnrollmentFault;
import it.cns.enrollment.contract.partner.v1.FisconlineEnrollment;
import it.cns.enrollment.contract.partner.v1.PartnerEnrollment;
import it.cns.enrollment.devpki.IssuedCredential;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue #15: what the card signs names the operation and the person (contract 1.3,
 * docs/partner-api.md), so a signature given for one operation is not spent on another. Through the
 * client generated from our WSDL, on the partner listener; the signed text is written here from the
 * documentation ({@link CardProofs#text}), not with the server's class.
 */
class CardProofOperationIT extends DeployedApplication {

  private final PartnerEnrollment partner = PartnerClient.demoPartner();

  @BeforeAll
  static void registerTheDemoPartner() throws Exception {
    TestDatabase.registerPartner("Demo ASL Partner", TestPki.demoPartnerCertificate());
  }

  private static String requestId() {
    return "proof-" + UUID.randomUUID();
  }

  @Test
  void aProofMadeForAnEnrollmentIsRefusedByABindingAndThenEnrollsOnce() throws Exception {
    String cf = TestPeople.newCodiceFiscale();
    IssuedCredential card = TestPki.card(cf);
    CardPresence forEnrollment = CardProofs.presentFor(partner, card, CardProofs.ENROLL);

    EnrollmentFault fault = fault(() -> partner.bindSmartcard(requestId(), forEnrollment));

    assertThat(fault.getFaultInfo().getCode()).isEqualTo("PROOF_OTHER_OPERATION");
    assertThat(fault.getFaultInfo().getMessageEn()).contains("another operation");
    assertThat(fault.getFaultInfo().getMessageIt()).contains("un'altra operazione");
    assertThat(TestDatabase.bindingCount(cf)).isZero();
    assertThat(challengeUsed(forEnrollment)).as("the refused proof spends no challenge").isFalse();
    assertThat(TestDatabase.auditOutcomes(cf, "CARD_PROOF"))
        .containsExactly("PROOF_OTHER_OPERATION");

    // The operation it was made for takes it.
    FisconlineEnrollment enrollment = partner.enrollFisconline(requestId(), forEnrollment);

    assertThat(enrollment.getCredentials().getCodiceFiscale()).isEqualTo(cf);
    assertThat(TestDatabase.accountType(cf)).isEqualTo("FISCONLINE");
    assertThat(TestDatabase.bindingCount(cf)).isEqualTo(1);
    assertThat(challengeUsed(forEnrollment)).isTrue();
    assertThat(TestDatabase.auditOutcomes(cf, "CARD_PROOF"))
        .as("a bound proof adds no record of its own")
        .containsExactly("PROOF_OTHER_OPERATION");
  }

  @Test
  void aProofMadeForABindingEnrollsNobody() throws Exception {
    String cf = TestPeople.newCodiceFiscale();
    CardPresence forBinding = CardProofs.presentFor(partner, TestPki.card(cf), CardProofs.BIND);

    EnrollmentFault fault = fault(() -> partner.enrollFisconline(requestId(), forBinding));

    assertThat(fault.getFaultInfo().getCode()).isEqualTo("PROOF_OTHER_OPERATION");
    assertThat(TestDatabase.accountType(cf)).isNull();
    assertThat(challengeUsed(forBinding)).isFalse();
  }

  @Test
  void aDetachedProofIsJudgedTheSameWay() throws Exception {
    String cf = TestPeople.newCodiceFiscale();
    IssuedCredential card = TestPki.card(cf);
    CardChallenge challenge = partner.requestChallenge();
    byte[] detachedForBinding =
        CardProofs.sign(
            CardProofs.text(CardProofs.BIND, cf, challenge.getChallenge()),
            card.privateKey(),
            card.certificate(),
            false);
    CardPresence presence = CardProofs.presence(card, challenge, detachedForBinding);

    EnrollmentFault fault = fault(() -> partner.enrollFisconline(requestId(), presence));
    assertThat(fault.getFaultInfo().getCode()).isEqualTo("PROOF_OTHER_OPERATION");

    byte[] detachedForEnrollment =
        CardProofs.sign(
            CardProofs.text(CardProofs.ENROLL, cf, challenge.getChallenge()),
            card.privateKey(),
            card.certificate(),
            false);
    partner.enrollFisconline(
        requestId(), CardProofs.presence(card, challenge, detachedForEnrollment));
    assertThat(TestDatabase.accountType(cf)).isEqualTo("FISCONLINE");
  }

  @Test
  void aProofNamingSomebodyElseIsRefused() throws Exception {
    String cf = TestPeople.newCodiceFiscale();
    IssuedCredential card = TestPki.card(cf);
    CardChallenge challenge = partner.requestChallenge();
    byte[] forAnother =
        CardProofs.sign(
            CardProofs.text(
                CardProofs.ENROLL, TestPeople.newCodiceFiscale(), challenge.getChallenge()),
            card.privateKey(),
            card.certificate());

    EnrollmentFault fault =
        fault(
            () ->
                partner.enrollFisconline(
                    requestId(), CardProofs.presence(card, challenge, forAnother)));

    assertThat(fault.getFaultInfo().getCode()).isEqualTo("PROOF_OTHER_OPERATION");
    assertThat(TestDatabase.accountType(cf)).isNull();
  }

  @Test
  void aContract12ProofOverTheBareChallengeStillWorksAndIsOnRecord() throws Exception {
    String cf = TestPeople.newCodiceFiscale();
    TestDatabase.enableFisconline(cf);
    CardPresence unbound = CardProofs.present(partner, TestPki.card(cf));

    partner.bindSmartcard(requestId(), unbound);

    assertThat(TestDatabase.bindingCount(cf)).isEqualTo(1);
    assertThat(TestDatabase.auditOutcomes(cf, "CARD_PROOF")).containsExactly("OK");
    assertThat(auditDetails(cf, "CARD_PROOF"))
        .singleElement()
        .asString()
        .contains("form=UNBOUND")
        .contains("bindSmartcard");
  }

  private static boolean challengeUsed(CardPresence presence) throws Exception {
    try (Connection c = TestDatabase.connect();
        PreparedStatement ps = c.prepareStatement("select used from card_challenge where id = ?")) {
      ps.setString(1, HexFormat.of().formatHex(presence.getChallengeId()));
      try (ResultSet rs = ps.executeQuery()) {
        assertThat(rs.next()).as("the challenge is stored").isTrue();
        return rs.getBoolean(1);
      }
    }
  }

  private static List<String> auditDetails(String cf, String action) throws Exception {
    try (Connection c = TestDatabase.connect();
        PreparedStatement ps =
            c.prepareStatement(
                "select detail from audit_event where subject_cf = ? and action = ? order by id")) {
      ps.setString(1, cf);
      ps.setString(2, action);
      List<String> details = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          details.add(rs.getString(1));
        }
      }
      return details;
    }
  }

  private interface Call {
    void run() throws Exception;
  }

  private static EnrollmentFault fault(Call call) {
    EnrollmentFault fault = catchThrowableOfType(EnrollmentFault.class, call::run);
    assertThat(fault).as("an EnrollmentFault").isNotNull();
    return fault;
  }
}
