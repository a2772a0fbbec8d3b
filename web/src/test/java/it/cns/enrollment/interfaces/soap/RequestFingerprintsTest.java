package it.cns.enrollment.interfaces.soap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.cns.enrollment.contract.partner.v1.ActivateTsCns;
import it.cns.enrollment.contract.partner.v1.ActivationCase;
import it.cns.enrollment.contract.partner.v1.BindSmartcard;
import it.cns.enrollment.contract.partner.v1.CardPresence;
import it.cns.enrollment.contract.partner.v1.EnrollFisconline;
import it.cns.enrollment.contract.partner.v1.ListBindings;
import it.cns.enrollment.contract.partner.v1.RegistrationStatus;
import it.cns.enrollment.contract.partner.v1.RequestChallenge;
import it.cns.enrollment.contract.partner.v1.RevokeCard;
import it.cns.enrollment.contract.partner.v1.TsCnsActivationRequest;
import it.cns.enrollment.domain.partner.PartnerOperation;
import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequestFingerprintsTest {

  private static RevokeCard revoke(String requestId, String cardId, String cip) {
    RevokeCard r = new RevokeCard();
    r.setRequestId(requestId);
    r.setCardId(cardId);
    r.setCip(cip);
    return r;
  }

  private static ActivateTsCns activate(String email, Long counter) {
    TsCnsActivationRequest r = new TsCnsActivationRequest();
    r.setCardId("6120016461039008");
    r.setHolderCodiceFiscale("RSSMRA80A01H501U");
    r.setActivationCase(ActivationCase.HOLDER);
    r.setEmail(email);
    if (counter != null) {
      r.setCounterOfficeId(counter);
    }
    r.setOperator("anna");
    ActivateTsCns whole = new ActivateTsCns();
    whole.setRequestId("req-1");
    whole.setRequest(r);
    return whole;
  }

  @Test
  void theSameRequestHasTheSameFingerprintAndAnyChangedFieldAnother() {
    byte[] first =
        RequestFingerprints.fingerprint(PartnerOperation.REVOKE_CARD, revoke("r", "1", "123456"));
    assertThat(
            RequestFingerprints.fingerprint(
                PartnerOperation.REVOKE_CARD, revoke("r", "1", "123456")))
        .isEqualTo(first)
        .hasSize(32);
    assertThat(
            RequestFingerprints.fingerprint(
                PartnerOperation.REVOKE_CARD, revoke("r", "1", "123457")))
        .isNotEqualTo(first);
    assertThat(
            RequestFingerprints.fingerprint(
                PartnerOperation.REVOKE_CARD, revoke("r", "2", "123456")))
        .isNotEqualTo(first);
    assertThat(
            RequestFingerprints.fingerprint(
                PartnerOperation.REVOKE_CARD, revoke("s", "1", "123456")))
        .isNotEqualTo(first);
  }

  @Test
  void everyFieldOfANestedRequestCountsWithoutBeingListed() {
    byte[] first =
        RequestFingerprints.fingerprint(PartnerOperation.ACTIVATE_TSCNS, activate("a@b.it", 1L));
    assertThat(
            RequestFingerprints.fingerprint(
                PartnerOperation.ACTIVATE_TSCNS, activate("a@b.it", 1L)))
        .isEqualTo(first);
    assertThat(
            RequestFingerprints.fingerprint(
                PartnerOperation.ACTIVATE_TSCNS, activate("a@b.it", 2L)))
        .isNotEqualTo(first);
    assertThat(
            RequestFingerprints.fingerprint(
                PartnerOperation.ACTIVATE_TSCNS, activate("c@b.it", 1L)))
        .isNotEqualTo(first);
  }

  @Test
  void aRequestFingerprintedUnderAnotherOperationIsAMistake() {
    assertThatThrownBy(
            () ->
                RequestFingerprints.fingerprint(
                    PartnerOperation.BIND_SMARTCARD, revoke("r", "1", "1")))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void everyOperationIsNamedAfterItsRequestElementInTheContract() {
    Map<PartnerOperation, Class<?>> elements =
        Map.of(
            PartnerOperation.REQUEST_CHALLENGE, RequestChallenge.class,
            PartnerOperation.BIND_SMARTCARD, BindSmartcard.class,
            PartnerOperation.ENROLL_FISCONLINE, EnrollFisconline.class,
            PartnerOperation.REGISTRATION_STATUS, RegistrationStatus.class,
            PartnerOperation.LIST_BINDINGS, ListBindings.class,
            PartnerOperation.ACTIVATE_TSCNS, ActivateTsCns.class,
            PartnerOperation.REVOKE_CARD, RevokeCard.class);
    assertThat(elements.keySet()).containsExactlyInAnyOrder(PartnerOperation.values());
    elements.forEach(
        (operation, element) ->
            assertThat(element.getAnnotation(XmlRootElement.class).name())
                .isEqualTo(operation.contractName()));
  }

  @Test
  void theCardPresenceCountsWhole() {
    BindSmartcard a = new BindSmartcard();
    a.setRequestId("r");
    CardPresence card = new CardPresence();
    card.setCertificate(new byte[] {1, 2});
    card.setChallengeId(new byte[] {9});
    card.setProof(new byte[] {3});
    a.setCard(card);
    byte[] first = RequestFingerprints.fingerprint(PartnerOperation.BIND_SMARTCARD, a);
    card.setProof(new byte[] {4});
    assertThat(RequestFingerprints.fingerprint(PartnerOperation.BIND_SMARTCARD, a))
        .isNotEqualTo(first);
  }
}
