package it.cns.enrollment.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Retention (issue #15) on the real server and database: the retention job (every 2 s in the tests,
 * {@code CNS_RETENTION_INTERVAL_SECONDS}) deletes what is past its period - expired card
 * challenges, partners' stored answers, spent partner message ids, expired credentials letters,
 * idle login throttle counts, audit events older than ten years - erases the recipient's address of
 * mails sent or given up more than 30 days ago, keeps what is not past its period, records each
 * round that deleted something as the system with counts only, and skips while another node holds
 * the round. The audit trail can be purged only through the owner's function, and never within a
 * year.
 *
 * <p>The rows are written here by SQL with times in the past: the job reads times, not who wrote
 * them, and waiting ten years is not an option.
 */
class RetentionIT extends DeployedApplication {

  /** Long enough for a round on a loaded machine; the job runs every 2 s here. */
  private static final Duration PATIENCE = Duration.ofSeconds(120);

  private static final String NO_PRIVILEGE = "42501";
  private static final String TRIGGER_REFUSED = "P0001";
  private static final String INVALID_PARAMETER = "22023";

  private static final SecureRandom RANDOM = new SecureRandom();

  @Test
  void rowsPastTheirPeriodGoRecentOnesStayAndTheRoundIsAuditedAsTheSystemWithCountsOnly()
      throws Exception {
    String tag = "retention-it-" + TestOperators.uniqueSuffix();
    long auditMark = single("select coalesce(max(id), 0) from audit_event");
    long partner = partner(tag);

    String oldChallenge =
        challenge(partner, "now() - interval '3 days'", "now() - interval '2 days'");
    String recentChallenge =
        challenge(partner, "now() - interval '2 hours'", "now() - interval '1 hour'");
    String liveChallenge = challenge(partner, "now()", "now() + interval '5 minutes'");

    String oldAnswer = partnerAnswer(partner, tag + "-old", "now() - interval '8 days'");
    String recentAnswer = partnerAnswer(partner, tag + "-new", "now() - interval '1 day'");

    String oldMessage = partnerMessage(partner, tag + "-old", "now() - interval '1 minute'");
    String liveMessage = partnerMessage(partner, tag + "-live", "now() + interval '1 hour'");

    String oldThrottle = throttle("address:" + tag + "-old", "now() - interval '2 hours'");
    String recentThrottle = throttle("address:" + tag + "-new", "now()");

    String expiredLetter = letter(TestPeople.newCodiceFiscale(), "now() - interval '1 minute'");
    String waitingLetter = letter(TestPeople.newCodiceFiscale(), "now() + interval '10 minutes'");

    // The address of a mail sent or given up 31 days ago is erased (the row and its state stay); a
    // recent one's is kept, and so is a pending mail's however old (it is still to be delivered;
    // due tomorrow, so that the outbox leaves it alone during the test).
    String oldSent = mail(tag + "-sent", "SENT", "now() - interval '31 days'");
    String oldGivenUp = mail(tag + "-failed", "FAILED", "now() - interval '31 days'");
    String recentSent = mail(tag + "-recent", "SENT", "now() - interval '29 days'");
    String oldPending = mail(tag + "-pending", "PENDING", "now() - interval '31 days'");

    String oldAudit = audit(tag + "-old", "now() - interval '11 years'");
    String recentAudit = audit(tag + "-new", "now() - interval '9 years'");

    List<String> gone =
        List.of(
            oldChallenge,
            oldAnswer,
            oldMessage,
            oldThrottle,
            expiredLetter,
            oldAudit,
            oldSent,
            oldGivenUp);
    waitUntil(() -> gone.stream().allMatch(q -> count(q) == 0), "rows past their period purged");

    for (String kept :
        List.of(
            recentChallenge,
            liveChallenge,
            recentAnswer,
            liveMessage,
            recentThrottle,
            waitingLetter,
            recentAudit,
            recentSent,
            oldPending)) {
      assertThat(count(kept)).as(kept).isOne();
    }
    assertThat(
            count(
                "select count(*) from outbound_mail where reference like '"
                    + tag
                    + "-%' and recipient is null and status in ('SENT', 'FAILED')"))
        .as("the mails whose address went are still there, with their state")
        .isEqualTo(2);

    // One or more rounds (one may have run between the inserts): each as the system, counts only.
    Map<String, Long> purged = new HashMap<>();
    try (Connection c = TestDatabase.connect();
        PreparedStatement ps =
            c.prepareStatement(
                "select actor, channel, outcome, subject_cf, request_id, certificate_serial,"
                    + " detail from audit_event where action = 'RETENTION_PURGE' and id > ?"
                    + " order by id")) {
      ps.setLong(1, auditMark);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          assertThat(rs.getString("actor")).isEqualTo("system");
          assertThat(rs.getString("channel")).isEqualTo("SYSTEM");
          assertThat(rs.getString("outcome")).isEqualTo("OK");
          assertThat(rs.getString("subject_cf")).isNull();
          assertThat(rs.getString("request_id")).isNull();
          assertThat(rs.getString("certificate_serial")).isNull();
          String detail = rs.getString("detail");
          assertThat(detail).matches("[a-zA-Z]+=\\d+(; [a-zA-Z]+=\\d+)*");
          for (String pair : detail.split("; ")) {
            String[] kv = pair.split("=");
            purged.merge(kv[0], Long.parseLong(kv[1]), Long::sum);
          }
        }
      }
    }
    assertThat(purged)
        .hasEntrySatisfying("challenges", n -> assertThat(n).isPositive())
        .hasEntrySatisfying("partnerAnswers", n -> assertThat(n).isPositive())
        .hasEntrySatisfying("partnerMessageIds", n -> assertThat(n).isPositive())
        .hasEntrySatisfying("credentialsLetters", n -> assertThat(n).isPositive())
        .hasEntrySatisfying("throttleCounts", n -> assertThat(n).isPositive())
        .hasEntrySatisfying("auditEvents", n -> assertThat(n).isPositive())
        .hasEntrySatisfying("mailRecipients", n -> assertThat(n).isPositive())
        .containsKey("activationForms");
  }

  @Test
  void noRoundRunsWhileAnotherNodeHoldsTheJobAndTheNextOneAfterItPurges() throws Exception {
    String tag = "retention-it-" + TestOperators.uniqueSuffix();
    long partner = partner(tag);
    try (Connection otherNode = TestDatabase.connect()) {
      otherNode.setAutoCommit(false);
      try (Statement s = otherNode.createStatement()) {
        // What a node's round holds for its whole transaction.
        s.executeQuery("select * from scheduled_job where name = 'retention' for update").close();
      }
      String old = challenge(partner, "now() - interval '3 days'", "now() - interval '2 days'");
      // Several of the server's 2 s ticks go by; each finds the job held and skips.
      Thread.sleep(8_000);
      assertThat(count(old)).as("purged while another node held the round").isOne();
      otherNode.rollback();
      waitUntil(() -> count(old) == 0, "purged once the round was free");
    }
  }

  @Test
  void theTrailIsPurgedOnlyThroughTheOwnersFunctionAndNeverWithinAYear() throws Exception {
    String tag = "retention-it-" + TestOperators.uniqueSuffix();
    String recent = audit(tag + "-new", "now() - interval '1 day'");
    try (Connection runtime = TestDatabase.connect()) {
      refused(runtime, "select purge_audit_events(interval '30 days')", INVALID_PARAMETER);
      refused(runtime, "select purge_audit_events(interval '364 days')", INVALID_PARAMETER);
      refused(runtime, "delete from audit_event where detail = '" + tag + "-new'", NO_PRIVILEGE);
    }
    try (Connection owner = TestDatabase.connectAsOwner()) {
      // The owner is bound too: no delete outside the function, and none of a recent row even with
      // the function's mark set by hand.
      refused(owner, "delete from audit_event where detail = '" + tag + "-new'", TRIGGER_REFUSED);
      owner.setAutoCommit(false);
      try (Statement s = owner.createStatement()) {
        s.execute("select set_config('cns.audit_purge_before', now()::text, true)");
      }
      refused(owner, "delete from audit_event where detail = '" + tag + "-new'", TRIGGER_REFUSED);
      owner.rollback();
    }
    assertThat(count(recent)).isOne();
  }

  // --- rows written as the application would, in the past ---------------------------------------

  private static long partner(String tag) throws SQLException {
    return single(
        "insert into partner (name, certificate_issuer, certificate_serial, enabled)"
            + " values ('"
            + tag
            + "', 'cn=retention it', '"
            + hex(8)
            + "', false) returning id");
  }

  /** A challenge issued and expiring at the given SQL times; the query that counts it. */
  private static String challenge(long partner, String createdAt, String expiresAt)
      throws SQLException {
    String id = hex(16);
    execute(
        "insert into card_challenge (id, partner_id, challenge, created_at, expires_at) values ('"
            + id
            + "', "
            + partner
            + ", decode('"
            + hex(32)
            + "', 'hex'), "
            + createdAt
            + ", "
            + expiresAt
            + ")");
    return "select count(*) from card_challenge where id = '" + id + "'";
  }

  private static String partnerAnswer(long partner, String requestId, String createdAt)
      throws SQLException {
    execute(
        "insert into partner_request (partner_id, request_id, body_fingerprint, operation, answer,"
            + " created_at) values ("
            + partner
            + ", '"
            + requestId
            + "', decode('"
            + hex(32)
            + "', 'hex'), 'ENROLL_FISCONLINE', decode('"
            + hex(48)
            + "', 'hex'), "
            + createdAt
            + ")");
    return "select count(*) from partner_request where partner_id = "
        + partner
        + " and request_id = '"
        + requestId
        + "'";
  }

  private static String partnerMessage(long partner, String messageId, String keepUntil)
      throws SQLException {
    execute(
        "insert into partner_message (partner_id, message_id, received_at, keep_until) values ("
            + partner
            + ", 'urn:uuid:"
            + messageId
            + "', now() - interval '10 minutes', "
            + keepUntil
            + ")");
    return "select count(*) from partner_message where message_id = 'urn:uuid:" + messageId + "'";
  }

  private static String throttle(String key, String lastFailureAt) throws SQLException {
    execute(
        "insert into login_throttle (throttle_key, failures, last_failure_at) values ('"
            + key
            + "', 3, "
            + lastFailureAt
            + ")");
    return "select count(*) from login_throttle where throttle_key = '" + key + "'";
  }

  private static String letter(String cf, String expiresAt) throws SQLException {
    execute(
        "insert into pending_credentials_letter (codice_fiscale, sealed_pdf, created_at,"
            + " expires_at) values ('"
            + cf
            + "', decode('"
            + hex(64)
            + "', 'hex'), now() - interval '20 minutes', "
            + expiresAt
            + ")");
    return "select count(*) from pending_credentials_letter where codice_fiscale = '" + cf + "'";
  }

  /**
   * A mail of the outbox queued at the given SQL time (sent then, given up, or pending and due
   * tomorrow); the query that counts it while it still holds its recipient's address.
   */
  private static String mail(String reference, String status, String createdAt)
      throws SQLException {
    boolean pending = status.equals("PENDING");
    execute(
        "insert into outbound_mail (kind, reference, recipient, subject, sealed_body, status,"
            + " attempts, next_attempt_at, created_at, sent_at) values ('CODES', '"
            + reference
            + "', '"
            + reference
            + "@example.it', 'retention', "
            + (pending ? "decode('" + hex(32) + "', 'hex')" : "null")
            + ", '"
            + status
            + "', "
            + (pending ? "0, now() + interval '1 day'" : "1, " + createdAt)
            + ", "
            + createdAt
            + ", "
            + (status.equals("SENT") ? createdAt : "null")
            + ")");
    return "select count(*) from outbound_mail where reference = '"
        + reference
        + "' and recipient is not null";
  }

  /** An audit row as the runtime role may write one (insert only), at the given SQL time. */
  private static String audit(String marker, String occurredAt) throws SQLException {
    execute(
        "insert into audit_event (occurred_at, actor, channel, action, outcome, detail) values ("
            + occurredAt
            + ", 'system', 'SYSTEM', 'MAIL_DELIVERY', 'OK', '"
            + marker
            + "')");
    return "select count(*) from audit_event where detail = '" + marker + "'";
  }

  // --- helpers
  // ------------------------------------------------------------------------------------

  private static String hex(int bytes) {
    byte[] b = new byte[bytes];
    RANDOM.nextBytes(b);
    return HexFormat.of().formatHex(b);
  }

  private static void execute(String sql) throws SQLException {
    try (Connection c = TestDatabase.connect();
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  private static long single(String sql) throws SQLException {
    try (Connection c = TestDatabase.connect();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static long count(String sql) {
    try {
      return single(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private interface Condition {
    boolean holds() throws Exception;
  }

  private static void waitUntil(Condition condition, String what) throws Exception {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (!condition.holds()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not within " + PATIENCE.toSeconds() + " s: " + what);
      }
      Thread.sleep(250);
    }
  }

  private static void refused(Connection connection, String sql, String sqlState) {
    assertThatThrownBy(
            () -> {
              try (Statement statement = connection.createStatement()) {
                statement.execute(sql);
              }
            })
        .as(sql)
        .isInstanceOfSatisfying(
            SQLException.class, e -> assertThat(e.getSQLState()).as(sql).isEqualTo(sqlState));
  }
}
