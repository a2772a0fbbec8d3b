package it.cns.enrollment.application.partner;

import it.cns.enrollment.domain.error.BusinessRefusal;
import it.cns.enrollment.domain.error.ErrorCode;
import it.cns.enrollment.domain.idempotency.RememberedRequest;
import it.cns.enrollment.domain.idempotency.RememberedRequestRepository;
import it.cns.enrollment.domain.partner.PartnerOperation;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * Idempotent partner requests: a replayed request id from the same partner returns the first answer
 * with no new side effect; the same id with a different body is refused ({@code
 * REQUEST_ID_REUSED}). Only committed answers are remembered: a refused request (a fault) is not,
 * so sending it again runs it again.
 *
 * <p>The body hash must be SHA-256 (or stronger) over the whole request as received (the SOAP edge
 * hashes the request element re-marshalled from what was parsed, every field included), and must
 * not be stored anywhere else: the remembered answer (which may hold a PIN and a password) is
 * sealed under a key derived from it (see {@code domain.idempotency}). What is remembered is the
 * application's own encoding of a receipt ({@link StoredReceipts}); {@link PartnerRequests} runs
 * each operation once through here.
 */
@Stateless
public class IdempotentRequests {

  @Inject RememberedRequestRepository requests;
  @Inject Clock clock;

  /**
   * Looks up (partner, requestId). Empty: a new request. Present with the same body hash: the
   * stored answer. Present with a different body hash: {@code REQUEST_ID_REUSED}.
   */
  public Optional<byte[]> replay(AuthorisedPartner partner, String requestId, byte[] bodyHash) {
    Objects.requireNonNull(partner, "partner is required");
    requireRequestId(requestId);
    return requests.find(partner.id(), requestId).map(r -> r.answerFor(bodyHash));
  }

  /**
   * Stores the answer in the caller's transaction, so it is stored if and only if the operation
   * commits. A concurrent request with the same id loses on the unique (partner, request id) and
   * gets {@code REQUEST_IN_PROGRESS} (retryable: the retry gets the winner's answer).
   */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void remember(
      AuthorisedPartner partner,
      String requestId,
      byte[] bodyHash,
      PartnerOperation operation,
      byte[] answer) {
    Objects.requireNonNull(partner, "partner is required");
    requireRequestId(requestId);
    requests.add(
        RememberedRequest.of(
            partner.id(), requestId, bodyHash, operation.contractName(), answer, clock.instant()));
  }

  private static void requireRequestId(String requestId) {
    if (requestId == null
        || requestId.isBlank()
        || requestId.length() > RememberedRequest.MAX_REQUEST_ID_LENGTH) {
      throw new BusinessRefusal(
          ErrorCode.INVALID_REQUEST,
          "request id must have 1 to " + RememberedRequest.MAX_REQUEST_ID_LENGTH + " characters");
    }
  }
}
