package it.cns.enrollment.application.partner;

import it.cns.enrollment.application.card.BindingReceipt;
import it.cns.enrollment.application.card.EnrollmentReceipt;
import it.cns.enrollment.application.card.RevocationReceipt;
import it.cns.enrollment.application.card.RevocationService;
import it.cns.enrollment.application.counter.ActivationOutcome;
import it.cns.enrollment.application.counter.ActivationService;
import it.cns.enrollment.application.counter.CounterDesk;
import it.cns.enrollment.domain.activation.ActivationRequest;
import it.cns.enrollment.domain.activation.RevocationReason;
import it.cns.enrollment.domain.error.BusinessRefusal;
import it.cns.enrollment.domain.error.ErrorCode;
import it.cns.enrollment.domain.partner.PartnerOperation;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The partner API's mutating operations, each run once per request id in one transaction: a replay
 * (same partner, id and body) gets the first receipt back, read from what was remembered; a first
 * run's receipt is remembered in the transaction its use case joins, so it is kept if and only if
 * the operation commits. A refusal is not remembered: the same request sent again runs again.
 */
@Stateless
public class PartnerRequests {

  /** The activation records who acted in a column of this many characters. */
  @Inject IdempotentRequests requests;

  @Inject PartnerCardService cards;
  @Inject ActivationService activations;
  @Inject RevocationService revocations;

  /** Primo accesso through the partner, once per request id. */
  public BindingReceipt bindSmartcard(PartnerRequest request, CardPresence card) {
    return once(
        request,
        PartnerOperation.BIND_SMARTCARD,
        StoredReceipts.BINDING,
        () -> cards.bind(request.partner(), card));
  }

  /** Abilitazione through the partner, once per request id: a replay gets the same PIN. */
  public EnrollmentReceipt enrollFisconline(PartnerRequest request, CardPresence card) {
    return once(
        request,
        PartnerOperation.ENROLL_FISCONLINE,
        StoredReceipts.ENROLLMENT,
        () -> cards.enroll(request.partner(), card));
  }

  /**
   * A TS-CNS activated at the partner's counter by the operator it names, once per request id. The
   * answer carries the form: an activation whose form could not be made is not kept ({@code
   * SERVICE_UNAVAILABLE}), since the partner could not print it.
   */
  public ActivationOutcome activateTsCns(
      PartnerRequest request, ActivationRequest activation, String operator, long counterOffice) {
    return once(
        request,
        PartnerOperation.ACTIVATE_TSCNS,
        StoredReceipts.ACTIVATION,
        () -> {
          ActivationOutcome outcome =
              activations.activate(
                  activation,
                  CounterDesk.ofPartner(request.partner().id(), operator, counterOffice));
          if (!outcome.hasForm()) {
            outcome.wipe();
            throw new BusinessRefusal(
                ErrorCode.SERVICE_UNAVAILABLE, "the activation form could not be made");
          }
          return outcome;
        });
  }

  /**
   * Revocation with the holder's CIP, once per request id; {@code cip} is wiped. {@code reason} is
   * null for a contract 1.1 client.
   */
  public RevocationReceipt revokeCard(
      PartnerRequest request, String cardId, char[] cip, RevocationReason reason) {
    try {
      return once(
          request,
          PartnerOperation.REVOKE_CARD,
          StoredReceipts.REVOCATION,
          () -> revocations.revoke(cardId, cip, reason));
    } finally {
      Arrays.fill(cip, '\0');
    }
  }

  <T> T once(
      PartnerRequest request,
      PartnerOperation operation,
      StoredReceipts.Codec<T> codec,
      Supplier<T> work) {
    Optional<byte[]> earlier =
        requests.replay(request.partner(), request.requestId(), request.bodyHash());
    if (earlier.isPresent()) {
      byte[] stored = earlier.get();
      try {
        return codec.decode(stored);
      } finally {
        Arrays.fill(stored, (byte) 0);
      }
    }
    T receipt = work.get();
    byte[] stored = codec.encode(receipt);
    try {
      requests.remember(
          request.partner(), request.requestId(), request.bodyHash(), operation, stored);
    } finally {
      Arrays.fill(stored, (byte) 0);
    }
    return receipt;
  }
}
