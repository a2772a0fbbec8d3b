package it.cns.enrollment.infrastructure.tools;

import static it.cns.enrollment.infrastructure.tools.Transactions.inTransaction;

import it.cns.enrollment.application.text.Messages;
import it.cns.enrollment.domain.account.AccountType;
import it.cns.enrollment.domain.account.ImportOutcome;
import it.cns.enrollment.domain.account.ImportRefusal;
import it.cns.enrollment.domain.account.ImportReport;
import it.cns.enrollment.domain.account.ImportRow;
import it.cns.enrollment.domain.account.ImportRules;
import it.cns.enrollment.domain.account.ImportedUser;
import it.cns.enrollment.domain.audit.AuditAction;
import it.cns.enrollment.domain.audit.AuditDetails;
import it.cns.enrollment.domain.error.BusinessRefusal;
import it.cns.enrollment.domain.error.InvalidRequestException;
import it.cns.enrollment.infrastructure.config.Setting;
import it.cns.enrollment.infrastructure.config.Settings;
import it.cns.enrollment.infrastructure.csv.UserImportCsv;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The import of already-enabled users from a terminal, for bulk loads ({@code ./cns import-utenti
 * <file>}): the same file format (infrastructure.csv.UserImportCsv), the same rules ({@link
 * ImportRules}), the same outcomes and report as the supervisors' page ({@code
 * application.intranet.UserImport}), written over JDBC in one transaction (a race with another
 * import on the same new person decided by the database, as there), with one audit event (actor
 * "system", channel SYSTEM, action USERS_IMPORT, the counts). Not bound by the page's size and row
 * limits. The report goes to standard output, in Italian ({@code --en}: English).
 *
 * <p>Exit status: 0 every row imported or already present; 1 a row, or the whole file, refused; 2
 * usage (or the file cannot be read).
 */
public final class UserImportTool {

  private UserImportTool() {}

  /** Exit status when some row, or the whole file, was refused. */
  public static final int REFUSED = 1;

  /**
   * Imports {@code content} into the database of {@code db} and prints the report on {@code out}.
   *
   * @return 0, or {@link #REFUSED} when a row or the file was refused
   */
  public static int run(Connection db, byte[] content, PrintStream out, Messages texts)
      throws SQLException {
    List<ImportRow> rows;
    try {
      rows = UserImportCsv.parse(content, Integer.MAX_VALUE);
    } catch (InvalidRequestException e) {
      out.println(texts.of(e));
      inTransaction(db, () -> audit(db, "INVALID_REQUEST", AuditDetails.of("reason", e.problem())));
      return REFUSED;
    }
    ImportRules.Checked checked = ImportRules.check(rows);
    ImportReport report =
        inTransaction(
            db,
            () -> {
              List<ImportReport.RowResult> applied = new ArrayList<>();
              // In codice fiscale order, as the page's import: overlapping imports cannot deadlock.
              List<ImportedUser> valid = new ArrayList<>(checked.valid());
              valid.sort(Comparator.comparing((ImportedUser u) -> u.codiceFiscale().value()));
              for (ImportedUser user : valid) {
                applied.add(apply(db, user));
              }
              ImportReport done = ImportReport.of(rows, checked.refusals(), applied);
              audit(db, "OK", done.auditDetails());
              return done;
            });
    print(report, out, texts);
    return report.anyRefused() ? REFUSED : 0;
  }

  private static ImportReport.RowResult apply(Connection db, ImportedUser user)
      throws SQLException {
    String cf = user.codiceFiscale().value();
    ImportReport.RowResult result = apply(db, user, existing(db, cf));
    if (result != null) {
      return result;
    }
    // Another import added this person between the look-up and the insert: judged again against
    // what it wrote, as a re-upload would be (the page's import does the same).
    Optional<Existing> added = existing(db, cf);
    if (added.isEmpty()) {
      throw new IllegalStateException("account neither added nor found: row " + user.row());
    }
    return apply(db, user, added);
  }

  /** The row's result, or null when the account to create was added meanwhile by another import. */
  private static ImportReport.RowResult apply(
      Connection db, ImportedUser user, Optional<Existing> existing) throws SQLException {
    String cf = user.codiceFiscale().value();
    List<String> sites = existing.map(Existing::sites).orElse(List.of());
    ImportReport.RowResult result =
        ImportReport.RowResult.of(user, existing.map(Existing::type), sites);
    switch (result.outcome()) {
      case CREATED -> {
        long id;
        // The database decides a race on the same new person (its unique constraint): "do
        // nothing" waits for the other insert and leaves this transaction usable, where an error
        // would abort the whole import.
        try (PreparedStatement ps =
            db.prepareStatement(
                "insert into account (codice_fiscale, account_type, display_name, enabled_at)"
                    + " values (?, ?, ?, now()) on conflict (codice_fiscale) do nothing"
                    + " returning id")) {
          ps.setString(1, cf);
          ps.setString(2, user.type().name());
          ps.setString(3, user.name());
          try (ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
              return null;
            }
            id = rs.getLong(1);
          }
        }
        addSites(db, id, result.sitesAdded());
      }
      case SITES_ADDED -> addSites(db, existing.get().id(), result.sitesAdded());
      default -> {}
    }
    return result;
  }

  private record Existing(long id, AccountType type, List<String> sites) {}

  private static Optional<Existing> existing(Connection db, String cf) throws SQLException {
    long id;
    AccountType type;
    try (PreparedStatement ps =
        db.prepareStatement("select id, account_type from account where codice_fiscale = ?")) {
      ps.setString(1, cf);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        id = rs.getLong(1);
        type = AccountType.valueOf(rs.getString(2));
      }
    }
    List<String> sites = new ArrayList<>();
    try (PreparedStatement ps =
        db.prepareStatement("select code from entratel_site where account_id = ? order by code")) {
      ps.setLong(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          sites.add(rs.getString(1));
        }
      }
    }
    return Optional.of(new Existing(id, type, sites));
  }

  private static void addSites(Connection db, long accountId, List<String> codes)
      throws SQLException {
    try (PreparedStatement ps =
        db.prepareStatement(
            "insert into entratel_site (account_id, code, description) values (?, ?, ?)")) {
      for (String code : codes) {
        ps.setLong(1, accountId);
        ps.setString(2, code);
        ps.setString(3, ImportedUser.siteDescription(code));
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  private static void audit(Connection db, String outcome, AuditDetails detail)
      throws SQLException {
    SystemAudit.record(db, AuditAction.USERS_IMPORT, outcome, detail.render());
  }

  /** Every row that was not simply imported, then the counts. */
  static void print(ImportReport report, PrintStream out, Messages texts) {
    boolean english = texts.locale().getLanguage().equals("en");
    String rowWord = english ? "row" : "riga";
    for (ImportReport.RowResult row : report.rows()) {
      if (row.outcome() == ImportOutcome.CREATED) {
        continue;
      }
      String head =
          rowWord
              + " "
              + row.row()
              + "\t"
              + row.codiceFiscale()
              + "\t"
              + texts.label(row.outcome());
      if (row.refusals().isEmpty()) {
        out.println(
            head + (row.sitesAdded().isEmpty() ? "" : " " + String.join(" ", row.sitesAdded())));
      }
      for (ImportRefusal refusal : row.refusals()) {
        out.println(head + "\t" + texts.label(refusal.field()) + ": " + texts.of(refusal));
      }
    }
    // The counts in the enum's order: created, sites added, already present, refused.
    out.println(
        (english ? "rows " : "righe ")
            + report.rows().size()
            + "; "
            + Arrays.stream(ImportOutcome.values())
                .map(outcome -> label(texts, report, outcome))
                .collect(Collectors.joining("; ")));
  }

  private static String label(Messages texts, ImportReport report, ImportOutcome outcome) {
    return texts.label(outcome).toLowerCase(texts.locale()) + " " + report.count(outcome);
  }

  /** {@code [--en] <file>}; the database from CNS_DB_URL, CNS_DB_USER, CNS_DB_PASSWORD. */
  public static void main(String[] args) throws SQLException {
    Settings settings = Settings.environment();
    Optional<String> url = settings.explicit(Setting.CNS_DB_URL);
    boolean english = args.length == 2 && args[0].equals("--en");
    if (url.isEmpty() || !(args.length == 1 || english)) {
      System.err.println(
          "usage (CNS_DB_URL, CNS_DB_USER, CNS_DB_PASSWORD set): UserImportTool [--en] <file.csv>");
      System.exit(2);
      return;
    }
    Path file = Path.of(args[args.length - 1]);
    byte[] content;
    try {
      content = Files.readAllBytes(file);
    } catch (IOException e) {
      System.err.println("cannot read " + file + ": " + e.getMessage());
      System.exit(2);
      return;
    }
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Messages texts = english ? Messages.ENGLISH : Messages.in(Locale.ITALIAN);
    int status;
    try (Connection db =
        DriverManager.getConnection(
            url.get(),
            settings.text(Setting.CNS_DB_USER),
            settings.explicit(Setting.CNS_DB_PASSWORD).orElse(null))) {
      status = run(db, content, out, texts);
    } catch (BusinessRefusal e) {
      out.println(texts.of(e));
      status = REFUSED;
    }
    System.exit(status);
  }
}
