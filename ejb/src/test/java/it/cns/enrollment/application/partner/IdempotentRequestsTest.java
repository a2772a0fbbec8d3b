package it.cns.enrollment.application.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.cns.enrollment.domain.error.BusinessRefusal;
import it.cns.enrollment.domain.error.ErrorCode;
import it.cns.enrollment.domain.partner.PartnerOperation;
import it.cns.enrollment.testing.MovableClock;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class IdempotentRequestsTest {

  private final AuthorisedPartner asl = new AuthorisedPartner(1, "ASL Demo");
  private final AuthorisedPartner caf = new AuthorisedPartner(2, "CAF Demo");
  private final PartnerFakes.Requests requests = new PartnerFakes.Requests();
  private final IdempotentRequests idempotent = new IdempotentRequests();
  private final byte[] answer = "<enrollResponse><pin>1234567890</pin></enrollResponse>".getBytes();

  IdempotentRequestsTest() {
    idempotent.requests = requests;
    idempotent.clock = new MovableClock(Instant.parse("2026-03-02T10:00:00Z"));
  }

  private static byte[] sha256(String body) throws Exception {
    return MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8));
  }

  private static void assertRefused(Runnable call, ErrorCode code) {
    assertThatThrownBy(call::run)
        .isInstanceOfSatisfying(BusinessRefusal.class, e -> assertThat(e.code()).isEqualTo(code));
  }

  @Test
  void aNewRequestIdHasNothingToReplay() throws Exception {
    assertThat(idempotent.replay(asl, "req-1", sha256("body"))).isEmpty();
  }

  @Test
  void theSameRequestGetsTheFirstAnswer() throws Exception {
    idempotent.remember(asl, "req-1", sha256("body"), PartnerOperation.ENROLL_FISCONLINE, answer);

    assertThat(idempotent.replay(asl, "req-1", sha256("body"))).hasValue(answer);
  }

  @Test
  void theSameIdWithAnotherBodyIsRefused() throws Exception {
    idempotent.remember(asl, "req-1", sha256("body"), PartnerOperation.ENROLL_FISCONLINE, answer);

    assertRefused(
        () -> idempotent.replay(asl, "req-1", sha256Unchecked("other body")),
        ErrorCode.REQUEST_ID_REUSED);
  }

  @Test
  void requestIdsBelongToOnePartner() throws Exception {
    idempotent.remember(asl, "req-1", sha256("body"), PartnerOperation.ENROLL_FISCONLINE, answer);

    assertThat(idempotent.replay(caf, "req-1", sha256("body"))).isEmpty();
  }

  @Test
  void aConcurrentDuplicateIsInProgress() throws Exception {
    requests.concurrentDuplicateWins = true;

    assertRefused(
        () ->
            idempotent.remember(
                asl, "req-1", sha256Unchecked("body"), PartnerOperation.BIND_SMARTCARD, answer),
        ErrorCode.REQUEST_IN_PROGRESS);
  }

  @Test
  void theStoredAnswerIsSealed() throws Exception {
    idempotent.remember(asl, "req-1", sha256("body"), PartnerOperation.ENROLL_FISCONLINE, answer);

    String stored = new String(requests.all.get(0).sealedAnswer(), StandardCharsets.ISO_8859_1);
    assertThat(stored).doesNotContain("1234567890").doesNotContain("enrollResponse");
  }

  @Test
  void aMissingOrOverlongRequestIdIsInvalid() {
    assertRefused(
        () -> idempotent.replay(asl, " ", sha256Unchecked("body")), ErrorCode.INVALID_REQUEST);
    assertRefused(
        () -> idempotent.replay(asl, "x".repeat(65), sha256Unchecked("body")),
        ErrorCode.INVALID_REQUEST);
  }

  private static byte[] sha256Unchecked(String body) {
    try {
      return sha256(body);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
