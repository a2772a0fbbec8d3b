package it.cns.enrollment.infrastructure.persistence.jpa;

import it.cns.enrollment.domain.audit.AuditEvent;
import it.cns.enrollment.domain.audit.AuditEventRepository;
import it.cns.enrollment.domain.audit.AuditFilter;
import it.cns.enrollment.infrastructure.metrics.AuditEventMeter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

@ApplicationScoped
public class JpaAuditEventRepository implements AuditEventRepository {

  /** The LIKE escape character of the actor filter; user text is matched literally. */
  private static final char ESCAPE = '!';

  @PersistenceContext(unitName = "cns")
  EntityManager em;

  @Inject AuditEventMeter meter;

  @Override
  public void append(AuditEvent event) {
    em.persist(event);
    meter.appended(event);
  }

  @Override
  public List<AuditEvent> findOlder(AuditFilter filter, Long beforeId, int limit) {
    Where where = where(filter);
    if (beforeId != null) {
      where.and("e.id < :beforeId", "beforeId", beforeId);
    }
    return query("select e from AuditEvent e" + where + " order by e.id desc", where, limit);
  }

  @Override
  public List<AuditEvent> findNewer(AuditFilter filter, long afterId, int limit) {
    Where where = where(filter).and("e.id > :afterId", "afterId", afterId);
    return query("select e from AuditEvent e" + where + " order by e.id asc", where, limit);
  }

  @Override
  public long count(AuditFilter filter) {
    Where where = where(filter);
    TypedQuery<Long> q = em.createQuery("select count(e) from AuditEvent e" + where, Long.class);
    where.parameters.forEach(q::setParameter);
    return q.getSingleResult();
  }

  private List<AuditEvent> query(String jpql, Where where, int limit) {
    TypedQuery<AuditEvent> q = em.createQuery(jpql, AuditEvent.class).setMaxResults(limit);
    where.parameters.forEach(q::setParameter);
    return q.getResultList();
  }

  private static Where where(AuditFilter f) {
    Where w = new Where();
    if (f.fromInstant() != null) {
      w.and("e.occurredAt >= :from", "from", f.fromInstant());
    }
    if (f.untilInstant() != null) {
      w.and("e.occurredAt < :until", "until", f.untilInstant());
    }
    if (f.subjectCf() != null) {
      w.and("e.subjectCf = :cf", "cf", f.subjectCf());
    }
    if (f.action() != null) {
      w.and("e.action = :action", "action", f.action());
    }
    if (f.channel() != null) {
      w.and("e.channel = :channel", "channel", f.channel());
    }
    if (f.actorContains() != null) {
      w.and(
          "lower(e.actor) like :actor escape '" + ESCAPE + "'",
          "actor",
          "%" + likeLiteral(f.actorContains().toLowerCase(Locale.ROOT)) + "%");
    }
    if (f.outcome() != null) {
      w.and("e.outcome = :outcome", "outcome", f.outcome());
    }
    if (f.requestId() != null) {
      w.and("e.requestId = :requestId", "requestId", f.requestId());
    }
    return w;
  }

  /** The text with LIKE's wildcards (and the escape character itself) escaped. */
  static String likeLiteral(String text) {
    StringBuilder s = new StringBuilder(text.length() + 4);
    for (char c : text.toCharArray()) {
      if (c == '%' || c == '_' || c == ESCAPE) {
        s.append(ESCAPE);
      }
      s.append(c);
    }
    return s.toString();
  }

  /** A JPQL where clause and its named parameters, built from the criteria that are set. */
  private static final class Where {
    private final StringJoiner conditions = new StringJoiner(" and ", " where ", "");
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    Where() {
      conditions.setEmptyValue("");
    }

    Where and(String condition, String name, Object value) {
      conditions.add(condition);
      parameters.put(name, value);
      return this;
    }

    @Override
    public String toString() {
      return conditions.toString();
    }
  }
}
