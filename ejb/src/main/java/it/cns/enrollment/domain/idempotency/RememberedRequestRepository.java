package it.cns.enrollment.domain.idempotency;

import java.util.Optional;

/** Remembered partner requests, unique per (partner, request id). */
public interface RememberedRequestRepository {

  Optional<RememberedRequest> find(long partnerId, String requestId);

  /**
   * Adds the request and makes it visible to the database at once, so that a concurrent request
   * with the same id fails here (unique partner and request id).
   *
   * @throws it.cns.enrollment.domain.error.BusinessRefusal with {@code REQUEST_IN_PROGRESS} when
   *     another request with the same id got there first
   */
  void add(RememberedRequest request);
}
