package it.cns.enrollment.domain.mail;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The outbox. Transactions belong to the caller. */
public interface OutboundMailRepository {

  /** Adds a mail and writes it at once, so its id is known. */
  void add(OutboundMail mail);

  Optional<OutboundMail> find(long id);

  /** As {@link #find} and locks the row until the transaction ends (waits for another holder). */
  Optional<OutboundMail> findForUpdate(long id);

  /**
   * The mail if it is PENDING and due at {@code now} and no other transaction holds it, locked
   * until this transaction ends; empty otherwise (another node is sending it, or it is done). So
   * two dispatchers never send one mail at the same time.
   */
  Optional<OutboundMail> lockIfDue(long id, Instant now);

  /** Ids of PENDING mails due at {@code now}, the longest waiting first, at most {@code limit}. */
  List<Long> dueIds(Instant now, int limit);

  /** The mails for a reference, newest first. */
  List<OutboundMail> findByReference(String reference);
}
