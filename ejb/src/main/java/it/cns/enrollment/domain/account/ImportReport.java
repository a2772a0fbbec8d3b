package it.cns.enrollment.domain.account;

import it.cns.enrollment.domain.audit.AuditDetails;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What an import did, row by row (in the file's order), with the counts the audit row records. The
 * page and the terminal command show the same report.
 */
public record ImportReport(List<RowResult> rows) {

  /** One row: its codice fiscale as the file wrote it, the outcome, and why when refused. */
  public record RowResult(
      int row,
      String codiceFiscale,
      ImportOutcome outcome,
      List<String> sitesAdded,
      List<ImportRefusal> refusals) {

    public RowResult {
      Objects.requireNonNull(outcome, "outcome is required");
      sitesAdded = List.copyOf(sitesAdded);
      refusals = List.copyOf(refusals);
    }

    /**
     * The result of a valid row given the account the person may already have (its type and site
     * codes), for the page and the terminal command alike; {@link #sitesAdded} are then the sites
     * to write: all the row's for a new account, the missing ones for an existing one.
     */
    public static RowResult of(
        ImportedUser user, Optional<AccountType> existingType, Collection<String> existingSites) {
      ImportOutcome outcome = user.against(existingType, existingSites);
      String cf = user.codiceFiscale().value();
      return switch (outcome) {
        case CREATED -> new RowResult(user.row(), cf, outcome, user.sites(), List.of());
        case SITES_ADDED ->
            new RowResult(user.row(), cf, outcome, user.missingSites(existingSites), List.of());
        case ALREADY_PRESENT -> new RowResult(user.row(), cf, outcome, List.of(), List.of());
        case REFUSED ->
            new RowResult(
                user.row(),
                cf,
                outcome,
                List.of(),
                List.of(user.conflict(existingType.orElseThrow())));
      };
    }
  }

  public ImportReport {
    rows = List.copyOf(rows);
  }

  /**
   * The report of a file: the rows refused by the rules (all problems of a row together) and the
   * results of the rows applied, in the file's order.
   */
  public static ImportReport of(
      List<ImportRow> read, List<ImportRefusal> refusals, List<RowResult> applied) {
    Map<Integer, List<ImportRefusal>> byRow = new TreeMap<>();
    refusals.forEach(r -> byRow.computeIfAbsent(r.row(), k -> new ArrayList<>()).add(r));
    Map<Integer, String> cfs = new HashMap<>();
    read.forEach(r -> cfs.put(r.row(), r.value(ImportField.CODICE_FISCALE)));
    List<RowResult> all = new ArrayList<>(applied);
    byRow.forEach(
        (row, why) ->
            all.add(
                new RowResult(
                    row, cfs.getOrDefault(row, ""), ImportOutcome.REFUSED, List.of(), why)));
    all.sort(Comparator.comparingInt(RowResult::row));
    return new ImportReport(all);
  }

  public long count(ImportOutcome outcome) {
    return rows.stream().filter(r -> r.outcome() == outcome).count();
  }

  /** Whether any row was refused (the terminal command then ends with a non-zero status). */
  public boolean anyRefused() {
    return count(ImportOutcome.REFUSED) > 0;
  }

  /** The audit detail of the import: counts only, never a codice fiscale. */
  public AuditDetails auditDetails() {
    return AuditDetails.of("rows", rows.size())
        .and("created", count(ImportOutcome.CREATED))
        .and("sitesAdded", count(ImportOutcome.SITES_ADDED))
        .and("alreadyPresent", count(ImportOutcome.ALREADY_PRESENT))
        .and("refused", count(ImportOutcome.REFUSED));
  }
}
