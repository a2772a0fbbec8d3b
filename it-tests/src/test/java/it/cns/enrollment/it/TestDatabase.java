package it.cns.enrollment.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Direct JDBC access to the test database: arranges accounts and checks what was written. */
final class TestDatabase {

  private TestDatabase() {}

  /** Stops the test PostgreSQL (pg.sh stop): the server under test loses its database. */
  static void stopServer() throws Exception {
    pg("stop", ItEnvironment.property("it.pg.dir"));
  }

  /** Starts the test PostgreSQL again on its port, with its data. */
  static void startServer() throws Exception {
    String port = String.valueOf(java.net.URI.create(ItEnvironment.dbUrl().substring(5)).getPort());
    pg("start", ItEnvironment.property("it.pg.dir"), port, ItEnvironment.dbPassword());
  }

  private static void pg(String... args) throws Exception {
    String[] command = new String[args.length + 2];
    command[0] = "bash";
    command[1] = ItEnvironment.property("it.pg.script");
    System.arraycopy(args, 0, command, 2, args.length);
    Process process = new ProcessBuilder(command).inheritIO().start();
    if (!process.waitFor(90, java.util.concurrent.TimeUnit.SECONDS) || process.exitValue() != 0) {
      throw new IllegalStateException("pg.sh " + String.join(" ", args) + " failed");
    }
  }

  /** As {@code cns}, the runtime role the server's datasource uses. */
  static Connection connect() throws SQLException {
    return DriverManager.getConnection(ItEnvironment.dbUrl(), "cns", ItEnvironment.dbPassword());
  }

  /** As {@code cns_owner}, the role that owns the schema and runs the migrations. */
  static Connection connectAsOwner() throws SQLException {
    return DriverManager.getConnection(
        ItEnvironment.dbUrl(), "cns_owner", ItEnvironment.dbOwnerPassword());
  }

  static void enableFisconline(String cf) {
    update(
        "insert into account (codice_fiscale, account_type, display_name, enabled_at)"
            + " values (?, 'FISCONLINE', 'TEST FISCONLINE', now())",
        cf);
  }

  static void enableEntratel(String cf, String... siteCodes) {
    update(
        "insert into account (codice_fiscale, account_type, display_name, enabled_at)"
            + " values (?, 'ENTRATEL', 'TEST ENTRATEL', now())",
        cf);
    for (String code : siteCodes) {
      update(
          "insert into entratel_site (account_id, code, description)"
              + " select id, ?, 'sede ' || ? from account where codice_fiscale = ?",
          code,
          code,
          cf);
    }
  }

  /** Sites the card bindings of this person went to ("-" for none), in binding order. */
  static List<String> bindingSites(String cf) {
    return strings(
        "select coalesce(s.code, '-') from smartcard_binding b join account a on a.id = b.account_id"
            + " left join entratel_site s on s.id = b.entratel_site_id"
            + " where a.codice_fiscale = ? order by b.id",
        cf);
  }

  static int bindingCount(String cf) {
    return bindingSites(cf).size();
  }

  /** Outcomes of the audit events about this person for an action, oldest first. */
  static List<String> auditOutcomes(String cf, String action) {
    return strings(
        "select outcome from audit_event where subject_cf = ? and action = ? order by id",
        cf,
        action);
  }

  /** Registers a partner system by its certificate, allowed the operations named (all if none). */
  static void registerPartner(
      String name, java.security.cert.X509Certificate certificate, String... operations) {
    java.util.List<it.cns.enrollment.domain.partner.PartnerOperation> ops =
        java.util.Arrays.stream(operations)
            .map(it.cns.enrollment.domain.partner.PartnerOperation::valueOf)
            .toList();
    for (String statement :
        it.cns.enrollment.infrastructure.tools.PartnerRegistration.statements(
            name, certificate, ops)) {
      update(statement);
    }
  }

  static String accountType(String cf) {
    List<String> types = strings("select account_type from account where codice_fiscale = ?", cf);
    return types.isEmpty() ? null : types.get(0);
  }

  /** The Entratel site codes of the person's account, in order (issue #18: the user import). */
  static List<String> siteCodes(String cf) {
    return strings(
        "select s.code from entratel_site s join account a on a.id = s.account_id"
            + " where a.codice_fiscale = ? order by s.code",
        cf);
  }

  /** Everything stored about the person's Fisconline credentials (hashes only, we expect). */
  static List<String> storedSecrets(String cf) {
    return strings(
        "select unnest(array[c.pin_hash, c.password_hash]) from fisconline_credentials c"
            + " join account a on a.id = c.account_id where a.codice_fiscale = ?",
        cf);
  }

  /** Moves the last password change this many days into the past. */
  static void agePassword(String cf, int days) {
    update(
        "update fisconline_credentials set password_changed_at = now() - make_interval(days => ?)"
            + " where account_id = (select id from account where codice_fiscale = ?)",
        days,
        cf);
  }

  /**
   * Moves a card challenge (id: 16 bytes as issued) into the past, as if its minutes had run out:
   * issued an hour ago, expired a minute ago.
   */
  static void expireChallenge(byte[] challengeId) {
    update(
        "update card_challenge set created_at = now() - interval '1 hour',"
            + " expires_at = now() - interval '1 minute' where id = ?",
        java.util.HexFormat.of().formatHex(challengeId));
  }

  static List<String> partnerNames() {
    return strings("select name from partner order by id");
  }

  /** Recipient and subject of each outbox mail of this kind and reference, oldest first. */
  static List<String> outboxMails(String kind, String reference) {
    return strings(
        "select recipient || ' ' || subject from outbound_mail where kind = ? and reference = ?"
            + " order by id",
        kind,
        reference);
  }

  /** The partner's record is disabled, as a supervisor would on the partner page. */
  static void disablePartner(String partnerName) {
    update("update partner set enabled = false where name = ?", partnerName);
  }

  /** The partner must sign its messages from now on (ModI profile). */
  static void requireSignature(String partnerName) {
    update("update partner set signature_required = true where name = ?", partnerName);
  }

  /** The outcomes audited for a partner's calls, by its certificate's subject, oldest first. */
  static List<String> partnerCallOutcomes(java.security.cert.X509Certificate certificate) {
    return strings(
        "select outcome from audit_event where action = 'PARTNER_CALL' and actor = ? order by id",
        certificate.getSubjectX500Principal().getName());
  }

  static int auditCountForRequest(String requestId) {
    return strings("select id from audit_event where request_id = ?", requestId).size();
  }

  private static void update(String sql, Object... args) {
    try (Connection c = connect();
        PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, args);
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> strings(String sql, Object... args) {
    try (Connection c = connect();
        PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, args);
      List<String> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void bind(PreparedStatement ps, Object... args) throws SQLException {
    for (int i = 0; i < args.length; i++) {
      ps.setObject(i + 1, args[i]);
    }
  }

  /**
   * An active TS-CNS activation of the holder {@code cf} at {@code office}, written by the test
   * (the counter journey has its own tests), with the address the codes went to and the stored
   * hashes of PIN/PUK and CIP.
   */
  static void insertActivation(
      String card, String cf, String email, long office, String pinAndPukHash, String cipHash)
      throws SQLException {
    try (Connection c = connect();
        PreparedStatement ps =
            c.prepareStatement(
                "insert into tscns_activation (card_id, holder_cf, activation_case, acting_cf,"
                    + " id_document_type, id_document_number, id_document_issuer,"
                    + " id_document_expiry, email, counter_office_id, operator_username,"
                    + " activated_at, status, pin_hash, puk_hash, cip_hash, codes_issued_at)"
                    + " values (?, ?, 'HOLDER', ?, 'CARTA_IDENTITA', 'CA00000AA', 'Comune',"
                    + " current_date + 365, ?, ?, 'operatore.prova', now(), 'ACTIVE', ?, ?, ?,"
                    + " now())")) {
      bind(ps, card, cf, cf, email, office, pinAndPukHash, pinAndPukHash, cipHash);
      ps.executeUpdate();
    }
  }

  /**
   * Registers a counter workstation by its certificate for the counter agent (issue #18 item 4), as
   * {@code ./cns workstation} does.
   */
  static void registerWorkstation(
      long counterOfficeId, java.security.cert.X509Certificate certificate, String label) {
    update(
        it.cns.enrollment.infrastructure.tools.WorkstationRegistration.register(
            counterOfficeId, certificate, label));
  }

  /** How many rows of codes wait for the counter agent for this card (0 or 1). */
  static int cardCodesWaiting(String cardId) {
    return strings("select card_id from pending_card_codes where card_id = ?", cardId).size();
  }
}
