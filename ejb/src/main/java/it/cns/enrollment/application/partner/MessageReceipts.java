package it.cns.enrollment.application.partner;

import it.cns.enrollment.domain.partner.PartnerMessageLog;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * The one write of the message security profile, in a transaction of its own: a MessageID stays
 * used whether or not the operation it carried succeeds. Apart from {@link PartnerMessageSecurity}
 * so that a message that records nothing (an unsigned one from a partner that may send them) costs
 * no transaction at all (issue #19: its empty begin and commit were 4 % of a status call).
 */
@Stateless
public class MessageReceipts {

  @Inject PartnerMessageLog messages;

  /** See {@link PartnerMessageLog#firstReceipt}. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean first(long partnerId, String messageId, Instant receivedAt, Instant keepUntil) {
    return messages.firstReceipt(partnerId, messageId, receivedAt, keepUntil);
  }
}
