package it.cns.enrollment.application;

import it.cns.enrollment.domain.activation.TsCnsActivation;
import it.cns.enrollment.domain.activation.TsCnsActivationRepository;
import it.cns.enrollment.domain.error.EnrollmentException;
import it.cns.enrollment.domain.error.ErrorCode;
import it.cns.enrollment.domain.identity.CardId;
import it.cns.enrollment.domain.identity.CodiceFiscale;
import it.cns.enrollment.domain.mail.OutgoingMail;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** In-memory stand-ins for the activation repository and the mail outbox. */
final class ActivationFakes {

  private ActivationFakes() {}

  static final class Activations implements TsCnsActivationRepository {
    final List<TsCnsActivation> all = new ArrayList<>();
    int lockedReads;
    private long nextId = 1;

    /** Simulates the database refusing the insert (a concurrent activation of the card won). */
    boolean concurrentActivationWins;

    @Override
    public Optional<TsCnsActivation> findByCardId(CardId id) {
      return all.stream().filter(a -> a.cardId().equals(id)).findFirst();
    }

    @Override
    public Optional<TsCnsActivation> findByCardIdForUpdate(CardId id) {
      lockedReads++;
      return findByCardId(id);
    }

    @Override
    public Optional<TsCnsActivation> findById(long id) {
      return all.stream().filter(a -> a.id() == id).findFirst();
    }

    @Override
    public List<TsCnsActivation> findByHolder(CodiceFiscale cf) {
      return all.stream().filter(a -> a.holder().equals(cf)).toList();
    }

    @Override
    public void add(TsCnsActivation activation) {
      if (concurrentActivationWins) {
        throw new EnrollmentException(ErrorCode.CARD_ALREADY_ACTIVATED, "concurrently");
      }
      setId(activation, nextId++);
      all.add(activation);
    }

    private static void setId(TsCnsActivation activation, long id) {
      try {
        Field f = TsCnsActivation.class.getDeclaredField("id");
        f.setAccessible(true);
        f.set(activation, id);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  /** An outbox keeping a copy of every body enqueued (the caller wipes its own). */
  static final class Outbox extends MailOutbox {
    record Sent(OutgoingMail mail, String body) {}

    final List<Sent> sent = new ArrayList<>();

    @Override
    public long enqueue(OutgoingMail mail) {
      sent.add(new Sent(mail, new String(Arrays.copyOf(mail.body(), mail.body().length))));
      return sent.size();
    }

    @Override
    public List<MailState> stateOf(String reference) {
      return List.of();
    }
  }
}
