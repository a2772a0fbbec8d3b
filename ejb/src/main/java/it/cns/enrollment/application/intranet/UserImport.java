package it.cns.enrollment.application.intranet;

import it.cns.enrollment.application.port.UserImportFile;
import it.cns.enrollment.application.security.AuditRecorder;
import it.cns.enrollment.application.security.Audited;
import it.cns.enrollment.application.security.Caller;
import it.cns.enrollment.application.security.RefusalSubject;
import it.cns.enrollment.domain.account.Account;
import it.cns.enrollment.domain.account.AccountRepository;
import it.cns.enrollment.domain.account.EntratelSite;
import it.cns.enrollment.domain.account.ImportLimits;
import it.cns.enrollment.domain.account.ImportReport;
import it.cns.enrollment.domain.account.ImportRow;
import it.cns.enrollment.domain.account.ImportRules;
import it.cns.enrollment.domain.account.ImportedUser;
import it.cns.enrollment.domain.audit.AuditAction;
import it.cns.enrollment.domain.audit.AuditEvent;
import it.cns.enrollment.domain.audit.Channel;
import it.cns.enrollment.domain.error.InvalidRequestException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Import of already-enabled users (MISSION: supervisors): a CSV file of people enabled to
 * Fisconline or Entratel elsewhere becomes accounts here, so that their cards can then do primo
 * accesso. Only the account and its Entratel sites are written: the PIN and password of such users
 * live with the service that enabled them, and no credential of theirs is stored here. Each row is
 * judged on its own ({@link ImportRules}); a good row is written even when others are refused, and
 * the same file sent again changes nothing (each row then "already present"). Two imports racing on
 * the same new person: the database keeps one account (its unique constraint) and the other import
 * judges the row again against it ("already present", sites added, or refused for the other type)
 * and carries on. One audit event per import with the counts; a file refused as a whole is audited
 * as a refusal ({@link Audited}).
 */
@Stateless
@RolesAllowed("SUPERVISOR")
@Audited(AuditAction.USERS_IMPORT)
public class UserImport {

  private static final Logger LOG = Logger.getLogger(UserImport.class.getName());

  @Inject UserImportFile files;
  @Inject AccountRepository accounts;
  @Inject ImportLimits limits;
  @Inject AuditRecorder audit;
  @Inject Caller caller;
  @Inject Clock clock;

  /** The largest file and the most rows a supervisor may upload. */
  public ImportLimits limits() {
    return limits;
  }

  /**
   * Imports the file's valid rows and reports every row.
   *
   * @throws InvalidRequestException the whole file refused, nothing written: IMPORT_FILE_TOO_LARGE
   *     and the problems of {@link UserImportFile#read}
   * @throws it.cns.enrollment.domain.error.BusinessRefusal OPERATOR_NOT_PERMITTED
   */
  public ImportReport importFile(byte[] content) {
    RefusalSubject.detail("bytes", content.length);
    if (content.length > limits.maxBytes()) {
      throw new InvalidRequestException(
          "IMPORT_FILE_TOO_LARGE",
          content.length + " bytes",
          String.valueOf(Math.max(1, limits.maxBytes() / 1024)));
    }
    List<ImportRow> rows = files.read(content, limits.maxRows());
    ImportReport report = apply(rows);
    audit.recordChange(
        AuditEvent.of(
                AuditAction.USERS_IMPORT, Channel.SUPERVISION, caller.auditName(), clock.instant())
            .detail(report.auditDetails())
            .build());
    LOG.info(() -> "users import: " + report.auditDetails().render());
    return report;
  }

  private ImportReport apply(List<ImportRow> rows) {
    ImportRules.Checked checked = ImportRules.check(rows);
    Instant now = clock.instant();
    List<ImportReport.RowResult> applied = new ArrayList<>();
    // In codice fiscale order, as every import does: two imports of overlapping files then wait
    // for each other's new accounts in the same order and cannot deadlock. The report is by row.
    List<ImportedUser> valid = new ArrayList<>(checked.valid());
    valid.sort(Comparator.comparing((ImportedUser u) -> u.codiceFiscale().value()));
    for (ImportedUser user : valid) {
      applied.add(apply(user, now));
    }
    return ImportReport.of(rows, checked.refusals(), applied);
  }

  private ImportReport.RowResult apply(ImportedUser user, Instant now) {
    Optional<Account> existing = accounts.findByCodiceFiscale(user.codiceFiscale());
    ImportReport.RowResult result = apply(user, existing, now);
    if (result != null) {
      return result;
    }
    // Another import added this person between the look-up and the insert (the database
    // refused the second account): judged again against what it wrote, as a re-upload would be.
    Optional<Account> added = accounts.findByCodiceFiscale(user.codiceFiscale());
    if (added.isEmpty()) {
      throw new IllegalStateException("account neither added nor found: row " + user.row());
    }
    return apply(user, added, now);
  }

  /** The row's result, or null when the account to create was added meanwhile by another import. */
  private ImportReport.RowResult apply(ImportedUser user, Optional<Account> existing, Instant now) {
    List<String> existingSites =
        existing.map(a -> a.sites().stream().map(EntratelSite::code).toList()).orElse(List.of());
    ImportReport.RowResult result =
        ImportReport.RowResult.of(user, existing.map(Account::type), existingSites);
    switch (result.outcome()) {
      case CREATED -> {
        Account account = new Account(user.codiceFiscale(), user.type(), user.name(), now);
        result
            .sitesAdded()
            .forEach(code -> account.addSite(code, ImportedUser.siteDescription(code)));
        if (!accounts.addIfAbsent(account)) {
          return null;
        }
      }
      case SITES_ADDED ->
          result
              .sitesAdded()
              .forEach(code -> existing.get().addSite(code, ImportedUser.siteDescription(code)));
      default -> {}
    }
    return result;
  }
}
