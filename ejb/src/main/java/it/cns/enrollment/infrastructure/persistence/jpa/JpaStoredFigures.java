package it.cns.enrollment.infrastructure.persistence.jpa;

import static it.cns.enrollment.infrastructure.persistence.NativeColumns.instant;

import it.cns.enrollment.application.port.StoredFigures;
import it.cns.enrollment.domain.actor.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;

/**
 * The status page's figures, by native SQL: aggregates, not entities. Days are Italian calendar
 * days; a period is read by time on indexed columns (audit_event (occurred_at, action), V5;
 * tscns_activation (activated_at), V21_1). A database that does not answer becomes {@link
 * StoredFigures.Unavailable}.
 */
@ApplicationScoped
public class JpaStoredFigures implements StoredFigures {

  static final ZoneId ITALY = ZoneId.of("Europe/Rome");

  /** The audit trail's actor text of a partner starts so ({@link Actor.Partner}). */
  static final String PARTNER_ACTOR = "partner:";

  @PersistenceContext(unitName = "cns")
  EntityManager em;

  @Override
  public OutboxBacklog outboxBacklog() {
    return read(
        "outbox",
        () -> {
          Object[] row =
              (Object[])
                  em.createNativeQuery(
                          "select count(*) filter (where status = 'PENDING'),"
                              + " count(*) filter (where status = 'FAILED'),"
                              + " min(created_at) filter (where status = 'PENDING')"
                              + " from outbound_mail")
                      .getSingleResult();
          return new OutboxBacklog(
              ((Number) row[0]).longValue(), ((Number) row[1]).longValue(), instant(row[2]));
        });
  }

  @Override
  public List<ExpiringPartner> partnersExpiringBefore(Instant horizon) {
    return read(
        "partners",
        () ->
            rows(
                    em.createNativeQuery(
                            "select name, certificate_not_after from partner where enabled"
                                + " and certificate_not_after < ?1"
                                + " and (renewal_not_after is null or renewal_not_after < ?1)"
                                + " order by certificate_not_after, name")
                        .setParameter(1, Timestamp.from(horizon)))
                .stream()
                .map(r -> new ExpiringPartner((String) r[0], instant(r[1])))
                .toList());
  }

  @Override
  public List<DailyCount> activationsPerCounter(LocalDate from, LocalDate to) {
    return daily(
        "activations",
        "select to_char(a.activated_at at time zone ?3, 'YYYY-MM-DD'), c.name, count(*)"
            + " from tscns_activation a join counter_office c on c.id = a.counter_office_id"
            + " where a.activated_at >= ?1 and a.activated_at < ?2 group by 1, 2",
        from,
        to);
  }

  @Override
  public List<DailyCount> citizenLoginsPerOutcome(LocalDate from, LocalDate to) {
    return daily(
        "logins",
        "select to_char(occurred_at at time zone ?3, 'YYYY-MM-DD'), outcome, count(*)"
            + " from audit_event where occurred_at >= ?1 and occurred_at < ?2"
            + " and action in ('SMARTCARD_LOGIN', 'PASSWORD_LOGIN') group by 1, 2",
        from,
        to);
  }

  @Override
  public List<DailyCount> partnerCallsPerPartner(LocalDate from, LocalDate to) {
    return daily(
            "partner calls",
            "select to_char(occurred_at at time zone ?3, 'YYYY-MM-DD'), actor, count(*)"
                + " from audit_event where occurred_at >= ?1 and occurred_at < ?2"
                + " and channel = 'PARTNER' group by 1, 2",
            from,
            to)
        .stream()
        .map(
            c ->
                new DailyCount(
                    c.day(),
                    c.series().startsWith(PARTNER_ACTOR)
                        ? c.series().substring(PARTNER_ACTOR.length())
                        : c.series(),
                    c.count()))
        .toList();
  }

  /** Rows of (day as YYYY-MM-DD, series, count) for the days from {@code from} to {@code to}. */
  private List<DailyCount> daily(String what, String sql, LocalDate from, LocalDate to) {
    return read(
        what,
        () ->
            rows(
                    em.createNativeQuery(sql)
                        .setParameter(1, Timestamp.from(from.atStartOfDay(ITALY).toInstant()))
                        .setParameter(
                            2, Timestamp.from(to.plusDays(1).atStartOfDay(ITALY).toInstant()))
                        .setParameter(3, ITALY.getId()))
                .stream()
                .map(
                    r ->
                        new DailyCount(
                            LocalDate.parse((String) r[0]),
                            String.valueOf(r[1]),
                            ((Number) r[2]).longValue()))
                .toList());
  }

  private static <T> T read(String what, Supplier<T> query) {
    try {
      return query.get();
    } catch (PersistenceException e) {
      throw new Unavailable(what, e);
    }
  }

  @SuppressWarnings("unchecked")
  private static List<Object[]> rows(Query query) {
    return query.getResultList();
  }
}
