package it.cns.enrollment.domain.account;

import it.cns.enrollment.domain.identity.CodiceFiscale;
import it.cns.enrollment.domain.identity.InvalidCodiceFiscaleException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules of a row of the import file of already-enabled users, the same for the supervisors'
 * page and the terminal command: a valid codice fiscale (check character included), the type
 * FISCONLINE or ENTRATEL (any case), Entratel site codes of 3 digits separated by blanks or {@code
 * |} (none for Fisconline), a name of at most {@value #MAX_NAME} characters, and each codice
 * fiscale once in the file. Every field of a row is checked, so a row's report lists all its
 * problems.
 */
public final class ImportRules {

  /** The length of {@code account.display_name}. */
  public static final int MAX_NAME = 200;

  private static final Pattern SITE_SEPARATORS = Pattern.compile("[\\s|]+");
  private static final Pattern SITE = Pattern.compile("[0-9]{3}");

  /** The rows that passed, the refusals of those that did not (a row may have several). */
  public record Checked(List<ImportedUser> valid, List<ImportRefusal> refusals) {
    public Checked {
      valid = List.copyOf(valid);
      refusals = List.copyOf(refusals);
    }
  }

  private ImportRules() {}

  public static Checked check(List<ImportRow> rows) {
    List<ImportedUser> valid = new ArrayList<>();
    List<ImportRefusal> refusals = new ArrayList<>();
    Map<CodiceFiscale, Integer> firstRow = new HashMap<>();
    for (ImportRow row : rows) {
      List<ImportRefusal> problems = new ArrayList<>();
      if (!row.fieldCountMatches()) {
        problems.add(ImportRefusal.of(row.row(), null, ImportProblem.FIELD_COUNT));
      }
      CodiceFiscale cf = codiceFiscale(row, problems);
      AccountType type = type(row, problems);
      List<String> sites = sites(row, type, problems);
      String name = row.value(ImportField.NAME);
      if (name.length() > MAX_NAME) {
        problems.add(
            ImportRefusal.of(
                row.row(),
                ImportField.NAME,
                ImportProblem.NAME_TOO_LONG,
                String.valueOf(MAX_NAME)));
      }
      if (cf != null) {
        Integer earlier = firstRow.putIfAbsent(cf, row.row());
        if (earlier != null) {
          problems.add(
              ImportRefusal.of(
                  row.row(),
                  ImportField.CODICE_FISCALE,
                  ImportProblem.DUPLICATE_IN_FILE,
                  String.valueOf(earlier)));
        }
      }
      if (problems.isEmpty()) {
        valid.add(new ImportedUser(row.row(), cf, type, sites, name.isEmpty() ? null : name));
      } else {
        refusals.addAll(problems);
      }
    }
    return new Checked(valid, refusals);
  }

  private static CodiceFiscale codiceFiscale(ImportRow row, List<ImportRefusal> problems) {
    String raw = row.value(ImportField.CODICE_FISCALE);
    if (raw.isEmpty()) {
      problems.add(
          ImportRefusal.of(row.row(), ImportField.CODICE_FISCALE, ImportProblem.CF_MISSING));
      return null;
    }
    try {
      return CodiceFiscale.parse(raw);
    } catch (InvalidCodiceFiscaleException e) {
      problems.add(
          new ImportRefusal(
              row.row(),
              ImportField.CODICE_FISCALE,
              ImportProblem.CF_INVALID,
              e.problem(),
              e.arguments()));
      return null;
    }
  }

  private static AccountType type(ImportRow row, List<ImportRefusal> problems) {
    String raw = row.value(ImportField.TYPE);
    if (raw.isEmpty()) {
      problems.add(ImportRefusal.of(row.row(), ImportField.TYPE, ImportProblem.TYPE_MISSING));
      return null;
    }
    try {
      return AccountType.valueOf(raw.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      problems.add(
          ImportRefusal.of(
              row.row(), ImportField.TYPE, ImportProblem.TYPE_UNKNOWN, shortened(raw)));
      return null;
    }
  }

  private static List<String> sites(ImportRow row, AccountType type, List<ImportRefusal> problems) {
    String raw = row.value(ImportField.SITES);
    if (raw.isEmpty()) {
      return List.of();
    }
    if (type == AccountType.FISCONLINE) {
      problems.add(
          ImportRefusal.of(row.row(), ImportField.SITES, ImportProblem.SITES_NOT_FOR_FISCONLINE));
      return List.of();
    }
    Set<String> codes = new LinkedHashSet<>();
    for (String code : SITE_SEPARATORS.split(raw)) {
      if (!SITE.matcher(code).matches()) {
        problems.add(
            ImportRefusal.of(
                row.row(), ImportField.SITES, ImportProblem.SITE_INVALID, shortened(code)));
      } else if (!codes.add(code)) {
        problems.add(
            ImportRefusal.of(row.row(), ImportField.SITES, ImportProblem.SITE_REPEATED, code));
      }
    }
    return List.copyOf(codes);
  }

  // What the file said, echoed in the report: short enough for a table cell.
  private static String shortened(String raw) {
    return raw.length() > 20 ? raw.substring(0, 20) + "…" : raw;
  }
}
