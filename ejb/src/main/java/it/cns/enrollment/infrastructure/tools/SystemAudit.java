package it.cns.enrollment.infrastructure.tools;

import it.cns.enrollment.domain.audit.AuditAction;
import it.cns.enrollment.domain.audit.Channel;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * The audit row a terminal tool writes for what it did, in the caller's transaction: actor "system"
 * and channel SYSTEM, as the server's own jobs are audited, since no signed-in person stands behind
 * a command run on the host.
 */
final class SystemAudit {

  private SystemAudit() {}

  static void record(Connection db, AuditAction action, String outcome, String detail)
      throws SQLException {
    try (PreparedStatement ps =
        db.prepareStatement(
            "insert into audit_event (occurred_at, actor, channel, action, outcome, detail)"
                + " values (now(), 'system', ?, ?, ?, ?)")) {
      ps.setString(1, Channel.SYSTEM.name());
      ps.setString(2, action.name());
      ps.setString(3, outcome);
      ps.setString(4, detail);
      ps.executeUpdate();
    }
  }
}
