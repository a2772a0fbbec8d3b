package it.cns.enrollment.application.counter;

import it.cns.enrollment.application.mail.MailOutbox;
import it.cns.enrollment.application.mail.MailState;
import it.cns.enrollment.application.security.AuditRecorder;
import it.cns.enrollment.application.security.Caller;
import it.cns.enrollment.application.security.Callers;
import it.cns.enrollment.application.security.OperatorAuthorization;
import it.cns.enrollment.application.security.OperatorFakes;
import it.cns.enrollment.application.security.SecurityWiring;
import it.cns.enrollment.domain.activation.PendingForm;
import it.cns.enrollment.domain.activation.PendingFormRepository;
import it.cns.enrollment.domain.activation.TsCnsActivation;
import it.cns.enrollment.domain.activation.TsCnsActivationRepository;
import it.cns.enrollment.domain.actor.Actor;
import it.cns.enrollment.domain.audit.Channel;
import it.cns.enrollment.domain.counter.CounterOffice;
import it.cns.enrollment.domain.credential.SecretHasher;
import it.cns.enrollment.domain.error.BusinessRefusal;
import it.cns.enrollment.domain.error.ErrorCode;
import it.cns.enrollment.domain.identity.CardId;
import it.cns.enrollment.domain.identity.CodiceFiscale;
import it.cns.enrollment.domain.mail.OutgoingMail;
import it.cns.enrollment.domain.operator.Operator;
import it.cns.enrollment.domain.operator.OperatorRole;
import java.lang.reflect.Field;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** In-memory stand-ins for the activation repository and the mail outbox. */
public final class ActivationFakes {

  private ActivationFakes() {}

  /**
   * An intranet of one counter office (id 1) with the operator "op.anna" working there and the
   * supervisor "sup.carla", both past their first password change; and the authorisation over them.
   */
  public static final class Intranet {
    final OperatorFakes.Operators operators = new OperatorFakes.Operators();
    final OperatorFakes.Offices offices = new OperatorFakes.Offices();
    public final OperatorAuthorization authorization;
    final CounterOffice office;

    public Intranet(SecretHasher hasher, AuditRecorder audit, Clock clock) {
      office = offices.add("Sportello Anagrafe Ulss 2", true);
      add("op.anna", OperatorRole.OPERATOR, office, hasher, clock);
      add("sup.carla", OperatorRole.SUPERVISOR, null, hasher, clock);
      authorization = SecurityWiring.operatorAuthorization(operators, audit, clock);
    }

    /**
     * The request's caller as the intranet's edge fills it from the container's principal (the role
     * as at login), also for the authorisation's database check.
     */
    public Caller as(String username) {
      Operator o = operators.byUsername.get(username);
      Caller caller =
          Callers.as(
              new Actor.Staff(username, o == null ? OperatorRole.OPERATOR : o.role()),
              Channel.COUNTER);
      SecurityWiring.callAs(authorization, caller);
      return caller;
    }

    public Operator add(
        String username, OperatorRole role, CounterOffice at, SecretHasher hasher, Clock clock) {
      Instant now = clock.instant();
      Operator o =
          Operator.create(
              username, "Nome " + username, role, at, hasher.hash("Iniziale.1".toCharArray()), now);
      o.changePassword(hasher.hash("Cambiata.22".toCharArray()), now);
      operators.add(o);
      return o;
    }
  }

  public static final class Activations implements TsCnsActivationRepository {
    public final List<TsCnsActivation> all = new ArrayList<>();
    public int lockedReads;
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
        throw new BusinessRefusal(ErrorCode.CARD_ALREADY_ACTIVATED, "concurrently");
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
  public static final class Outbox extends MailOutbox {
    public record Sent(OutgoingMail mail, String body) {}

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

  /** The form store in memory, with the database's conditions (operator, expiry, one take). */
  static final class PendingForms implements PendingFormRepository {
    private final java.util.Map<String, PendingForm> rows = new java.util.HashMap<>();

    private static String key(long activationId, int generation) {
      return activationId + "/" + generation;
    }

    @Override
    public void put(PendingForm form) {
      rows.put(key(form.activationId(), form.codesGeneration()), form);
    }

    @Override
    public Optional<byte[]> take(long activationId, int generation, String operator, Instant now) {
      if (!isWaiting(activationId, generation, operator, now)) {
        return Optional.empty();
      }
      return Optional.of(rows.remove(key(activationId, generation)).sealedPdf());
    }

    @Override
    public boolean isWaiting(long activationId, int generation, String operator, Instant now) {
      PendingForm f = rows.get(key(activationId, generation));
      return f != null && f.operatorUsername().equals(operator) && f.expiresAt().isAfter(now);
    }

    @Override
    public int purgeExpired(Instant now) {
      int before = rows.size();
      rows.values().removeIf(f -> !f.expiresAt().isAfter(now));
      return before - rows.size();
    }

    byte[] sealedOf(long activationId, int generation) {
      return rows.get(key(activationId, generation)).sealedPdf();
    }

    int size() {
      return rows.size();
    }
  }
}
