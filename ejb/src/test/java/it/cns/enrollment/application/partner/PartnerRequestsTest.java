package it.cns.enrollment.application.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.cns.enrollment.application.card.RevocationReceipt;
import it.cns.enrollment.domain.error.BusinessRefusal;
import it.cns.enrollment.domain.error.ErrorCode;
import it.cns.enrollment.domain.partner.PartnerOperation;
import it.cns.enrollment.testing.MovableClock;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PartnerRequestsTest {

  private static final Instant AT = Instant.parse("2026-03-02T10:00:00Z");

  private final AuthorisedPartner asl = new AuthorisedPartner(1, "ASL Demo");
  private final PartnerFakes.Requests stored = new PartnerFakes.Requests();
  private final PartnerRequests partnerRequests = new PartnerRequests();
  private final AtomicInteger runs = new AtomicInteger();

  PartnerRequestsTest() {
    IdempotentRequests idempotent = new IdempotentRequests();
    idempotent.requests = stored;
    idempotent.clock = new MovableClock(AT);
    partnerRequests.requests = idempotent;
  }

  private PartnerRequest request(String requestId, String body) throws Exception {
    return new PartnerRequest(
        asl,
        requestId,
        MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8)));
  }

  private RevocationReceipt revoke(PartnerRequest request) {
    return partnerRequests.once(
        request,
        PartnerOperation.REVOKE_CARD,
        StoredReceipts.REVOCATION,
        () ->
            new RevocationReceipt("8038****0001", "RSSMRA80A01H501U", AT, runs.incrementAndGet()));
  }

  @Test
  void aReplayGetsTheFirstReceiptReadBackWithoutRunningAgain() throws Exception {
    RevocationReceipt first = revoke(request("req-9", "body"));
    RevocationReceipt replayed = revoke(request("req-9", "body"));

    assertThat(runs).hasValue(1);
    assertThat(replayed).isEqualTo(first);
    assertThat(stored.all)
        .singleElement()
        .satisfies(r -> assertThat(r.operation()).isEqualTo("revokeCard"));
  }

  @Test
  void theSameIdWithAnotherBodyIsRefusedAndNothingRuns() throws Exception {
    revoke(request("req-9", "body"));

    assertThatThrownBy(() -> revoke(request("req-9", "another body")))
        .isInstanceOfSatisfying(
            BusinessRefusal.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.REQUEST_ID_REUSED));
    assertThat(runs).hasValue(1);
  }

  @Test
  void aRefusedRequestIsNotRememberedSoItRunsAgain() throws Exception {
    PartnerRequest request = request("req-3", "body");
    assertThatThrownBy(
            () ->
                partnerRequests.once(
                    request,
                    PartnerOperation.REVOKE_CARD,
                    StoredReceipts.REVOCATION,
                    () -> {
                      runs.incrementAndGet();
                      throw new BusinessRefusal(ErrorCode.CIP_WRONG, "wrong CIP");
                    }))
        .isInstanceOf(BusinessRefusal.class);

    assertThat(stored.all).isEmpty();
    assertThat(revoke(request).bindingsRevoked()).isEqualTo(2);
  }
}
