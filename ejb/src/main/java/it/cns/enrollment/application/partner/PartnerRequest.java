package it.cns.enrollment.application.partner;

import it.cns.enrollment.domain.idempotency.RememberedRequest;
import java.util.Arrays;
import java.util.Objects;

/**
 * One mutating request of a partner: who sent it (authorised for the operation), its request id,
 * and the hash of the whole request as received (SHA-256 or stronger over the request element the
 * edge parsed, every field included), which tells a replay from a reuse of the id.
 */
public record PartnerRequest(AuthorisedPartner partner, String requestId, byte[] bodyHash) {

  public PartnerRequest {
    Objects.requireNonNull(partner, "partner is required");
    Objects.requireNonNull(bodyHash, "body hash is required");
    if (bodyHash.length < RememberedRequest.MIN_BODY_HASH_BYTES) {
      throw new IllegalArgumentException(
          "body hash must be at least " + RememberedRequest.MIN_BODY_HASH_BYTES + " bytes");
    }
    bodyHash = bodyHash.clone();
  }

  @Override
  public byte[] bodyHash() {
    return bodyHash.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PartnerRequest r
        && partner.equals(r.partner)
        && Objects.equals(requestId, r.requestId)
        && Arrays.equals(bodyHash, r.bodyHash);
  }

  @Override
  public int hashCode() {
    return Objects.hash(partner, requestId, Arrays.hashCode(bodyHash));
  }

  @Override
  public String toString() {
    return "PartnerRequest[" + partner + ", " + requestId + "]";
  }
}
