package it.cns.enrollment.application;

import it.cns.enrollment.domain.audit.AuditAction;
import it.cns.enrollment.domain.audit.AuditEvent;
import it.cns.enrollment.domain.audit.AuditEventRepository;
import it.cns.enrollment.domain.audit.AuditFilter;
import it.cns.enrollment.domain.error.EnrollmentException;
import it.cns.enrollment.domain.error.ErrorCode;
import jakarta.ejb.SessionContext;
import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/** In-memory stand-ins for the supervision services' collaborators. */
final class SupervisionFakes {

  private SupervisionFakes() {}

  /** Lets the named supervisors through and refuses anyone else, as the real check does. */
  static final class Supervisors extends SupervisorCheck {
    private final Set<String> supervisors;
    final List<AuditAction> refusedActions = new ArrayList<>();

    Supervisors(String... supervisors) {
      this.supervisors = Set.of(supervisors);
    }

    @Override
    public String require(String username, AuditAction action) {
      if (!supervisors.contains(username)) {
        refusedActions.add(action);
        throw new EnrollmentException(ErrorCode.OPERATOR_NOT_PERMITTED, "not a supervisor");
      }
      return actor(username);
    }
  }

  /** The audit table: ids in insertion order, the filter applied as the JPA repository does. */
  static final class Events implements AuditEventRepository {
    final List<AuditEvent> all = new ArrayList<>();
    int reads;

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
  static final class Recorder extends AuditRecorder {
    final List<AuditEvent> changes = new ArrayList<>();
    final List<AuditEvent> refusals = new ArrayList<>();

    Recorder(Events table) {
      events = table;
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
  static SessionContext sessionContextOf(Object bean) {
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
