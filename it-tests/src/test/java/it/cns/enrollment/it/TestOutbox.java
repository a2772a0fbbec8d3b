package it.cns.enrollment.it;

import it.cns.enrollment.domain.mail.OutboundMail;
import it.cns.enrollment.infrastructure.mail.MailSealer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The outbox table seen from the test: puts a mail in it as the application would (body sealed with
 * the application's own sealer under the test server's key), and reads a row's state.
 */
final class TestOutbox {

  private TestOutbox() {}

  /** A row of {@code outbound_mail}. */
  record Row(
      long id,
      String status,
      int attempts,
      Instant nextAttemptAt,
      String lastError,
      Instant sentAt,
      byte[] sealedBody) {}

  static MailSealer sealer() {
    return MailSealer.fromBase64Key(ItEnvironment.property("it.outbox.key"));
  }

  /** Inserts a PENDING mail, due now; its id. */
  static long enqueue(
      String kind, String reference, String recipient, String subject, String body) {
    byte[] sealed =
        sealer().seal(body.toCharArray(), OutboundMail.associatedData(kind, reference, recipient));
    try (Connection c = TestDatabase.connect();
        PreparedStatement ps =
            c.prepareStatement(
                "insert into outbound_mail (kind, reference, recipient, subject, sealed_body,"
                    + " status, attempts, next_attempt_at, created_at)"
                    + " values (?, ?, ?, ?, ?, 'PENDING', 0, now(), now()) returning id")) {
      ps.setString(1, kind);
      ps.setString(2, reference);
      ps.setString(3, recipient);
      ps.setString(4, subject);
      ps.setBytes(5, sealed);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  static Row row(long id) {
    try (Connection c = TestDatabase.connect();
        PreparedStatement ps =
            c.prepareStatement(
                "select status, attempts, next_attempt_at, last_error, sent_at, sealed_body"
                    + " from outbound_mail where id = ?")) {
      ps.setLong(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          throw new IllegalStateException("no outbox row " + id);
        }
        return new Row(
            id,
            rs.getString(1),
            rs.getInt(2),
            instant(rs.getTimestamp(3)),
            rs.getString(4),
            instant(rs.getTimestamp(5)),
            rs.getBytes(6));
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Outcome and detail of the MAIL_DELIVERY audit events about this outbox mail, oldest first. */
  static List<String> deliveryAudit(long id) {
    List<String> out = new ArrayList<>();
    try (Connection c = TestDatabase.connect();
        PreparedStatement ps =
            c.prepareStatement(
                "select outcome || ' | ' || channel || ' | ' || actor || ' | ' || detail"
                    + " from audit_event where action = 'MAIL_DELIVERY' and detail like ?"
                    + " order by id")) {
      ps.setString(1, "mail=" + id + "; %");
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return out;
  }

  private static Instant instant(Timestamp t) {
    return Optional.ofNullable(t).map(Timestamp::toInstant).orElse(null);
  }
}
