package it.cns.enrollment.application.security;

import it.cns.enrollment.domain.actor.Actor;
import it.cns.enrollment.domain.audit.AuditEvent;
import it.cns.enrollment.domain.audit.AuditEventRepository;
import it.cns.enrollment.domain.audit.AuditFilter;
import it.cns.enrollment.domain.audit.Channel;
import it.cns.enrollment.domain.credential.TestHashers;
import it.cns.enrollment.domain.operator.Operator;
import it.cns.enrollment.domain.operator.OperatorRole;
import jakarta.ejb.SessionContext;
import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/** In-memory stand-ins for the supervision services' collaborators. */
public final class SupervisionFakes {

  private SupervisionFakes() {}

  /**
   * The real authorisation over in-memory operators: {@code boss} an active supervisor, {@code
   * clerk} an active operator at a counter, {@code newboss} a supervisor who has not changed the
   * initial password yet.
   */
  public static OperatorAuthorization authorization(AuditRecorder audit, Clock clock) {
    OperatorFakes.Operators operators = new OperatorFakes.Operators();
    OperatorFakes.Offices offices = new OperatorFakes.Offices();
    String hash = TestHashers.fast().hash("Iniziale.Password.1".toCharArray());
    Instant now = clock.instant();
    Operator boss = Operator.create("boss", "Capo", OperatorRole.SUPERVISOR, null, hash, now);
    boss.changePassword(hash, now);
    Operator clerk =
        Operator.create(
            "clerk", "Impiegato", OperatorRole.OPERATOR, offices.add("Sportello", true), hash, now);
    clerk.changePassword(hash, now);
    operators.add(boss);
    operators.add(clerk);
    operators.add(Operator.create("newboss", "Nuovo", OperatorRole.SUPERVISOR, null, hash, now));
    OperatorAuthorization authorization = new OperatorAuthorization();
    authorization.operators = operators;
    authorization.audit = audit;
    authorization.clock = clock;
    authorization.caller = caller("boss");
    return authorization;
  }

  /** The request's caller as the intranet's edge fills it: clerk an OPERATOR, the others not. */
  public static Caller caller(String username) {
    return Callers.as(
        new Actor.Staff(
            username, username.equals("clerk") ? OperatorRole.OPERATOR : OperatorRole.SUPERVISOR),
        Channel.COUNTER);
  }

  /** The audit table: ids in insertion order, the filter applied as the JPA repository does. */
  public static final class Events implements AuditEventRepository {
    final List<AuditEvent> all = new ArrayList<>();
    public int reads;

    @Override
    public void append(AuditEvent event) {
      setId(event, all.size() + 1L);
      all.add(event);
    }

    @Override
    public List<AuditEvent> findOlder(AuditFilter filter, Long beforeId, int limit) {
      reads++;
      return all.stream()
          .filter(matching(filter))
          .filter(e -> beforeId == null || e.id() < beforeId)
          .sorted(Comparator.comparing(AuditEvent::id).reversed())
          .limit(limit)
          .toList();
    }

    @Override
    public List<AuditEvent> findNewer(AuditFilter filter, long afterId, int limit) {
      reads++;
      return all.stream()
          .filter(matching(filter))
          .filter(e -> e.id() > afterId)
          .sorted(Comparator.comparing(AuditEvent::id))
          .limit(limit)
          .toList();
    }

    @Override
    public long count(AuditFilter filter) {
      return all.stream().filter(matching(filter)).count();
    }

    private static Predicate<AuditEvent> matching(AuditFilter f) {
      return e ->
          (f.subjectCf() == null || f.subjectCf().equals(e.subjectCf()))
              && (f.action() == null || f.action() == e.action())
              && (f.channel() == null || f.channel() == e.channel())
              && (f.outcome() == null || f.outcome().equals(e.outcome()))
              && (f.fromInstant() == null || !e.occurredAt().isBefore(f.fromInstant()))
              && (f.untilInstant() == null || e.occurredAt().isBefore(f.untilInstant()));
    }

    private static void setId(AuditEvent e, long id) {
      try {
        Field field = AuditEvent.class.getDeclaredField("id");
        field.setAccessible(true);
        field.set(e, id);
      } catch (ReflectiveOperationException x) {
        throw new IllegalStateException(x);
      }
    }
  }

  /** An AuditRecorder writing into the fake table, so that services read their own records. */
  public static final class Recorder extends AuditRecorder {
    public final List<AuditEvent> changes = new ArrayList<>();
    public final List<AuditEvent> refusals = new ArrayList<>();

    public Recorder(Events table) {
      events = table;
      clock = Clock.systemUTC();
    }

    @Override
    public void recordChange(AuditEvent event) {
      changes.add(event);
      events.append(event);
    }

    @Override
    public void recordRefusal(AuditEvent event) {
      refusals.add(event);
      events.append(event);
    }
  }

  /** A session context whose business object is the bean itself (the container's proxy). */
  public static SessionContext sessionContextOf(Object bean) {
    return (SessionContext)
        Proxy.newProxyInstance(
            SessionContext.class.getClassLoader(),
            new Class<?>[] {SessionContext.class},
            (proxy, method, args) -> {
              if (method.getName().equals("getBusinessObject")) {
                return bean;
              }
              throw new UnsupportedOperationException(method.getName());
            });
  }
}
