package it.cns.enrollment.infrastructure.persistence.jpa;

import it.cns.enrollment.domain.partner.PartnerMessageLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;

@ApplicationScoped
public class JpaPartnerMessageLog implements PartnerMessageLog {

  @PersistenceContext(unitName = "cns")
  EntityManager em;

  @Override
  public boolean firstReceipt(
      long partnerId, String messageId, Instant receivedAt, Instant keepUntil) {
    em.createNativeQuery("delete from partner_message where partner_id = ? and keep_until < ?")
        .setParameter(1, partnerId)
        .setParameter(2, Timestamp.from(receivedAt))
        .executeUpdate();
    // The primary key decides between two nodes receiving the same message at once: one insert
    // wins, the other touches no row (and does not abort the transaction, unlike a violation).
    int inserted =
        em.createNativeQuery(
                "insert into partner_message (partner_id, message_id, received_at, keep_until)"
                    + " values (?, ?, ?, ?) on conflict do nothing")
            .setParameter(1, partnerId)
            .setParameter(2, messageId)
            .setParameter(3, Timestamp.from(receivedAt))
            .setParameter(4, Timestamp.from(keepUntil))
            .executeUpdate();
    return inserted == 1;
  }
}
