package it.cns.enrollment.domain.account;

import it.cns.enrollment.domain.identity.CodiceFiscale;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A row of the import file that passed every rule: a person already enabled to Fisconline or
 * Entratel elsewhere (their PIN and password live with the service that enabled them, so the import
 * carries none), the Entratel sites listed, and an optional name.
 */
public record ImportedUser(
    int row, CodiceFiscale codiceFiscale, AccountType type, List<String> sites, String name) {

  public ImportedUser {
    Objects.requireNonNull(codiceFiscale, "codice fiscale is required");
    Objects.requireNonNull(type, "type is required");
    sites = List.copyOf(sites);
    if (type == AccountType.FISCONLINE && !sites.isEmpty()) {
      throw new IllegalArgumentException("a Fisconline user has no sites");
    }
  }

  /**
   * The description an imported site gets: the file gives codes only. Site 000 is the main site, as
   * {@link Account#smartcardSite()} names it.
   */
  public static String siteDescription(String code) {
    return EntratelSite.SMARTCARD_SITE_CODE.equals(code) ? "Sede principale" : "Sede " + code;
  }

  /** The sites of this row that the account does not have yet, in the row's order. */
  public List<String> missingSites(Collection<String> existing) {
    List<String> missing = new ArrayList<>(sites);
    missing.removeAll(existing);
    return missing;
  }

  /**
   * What the import does with this row given the account the person may already have (its type and
   * site codes): create it, add the missing sites, nothing (already there), or refuse it when the
   * person is enabled to the other service.
   */
  public ImportOutcome against(Optional<AccountType> existingType, Collection<String> existing) {
    if (existingType.isEmpty()) {
      return ImportOutcome.CREATED;
    }
    if (existingType.get() != type) {
      return ImportOutcome.REFUSED;
    }
    return missingSites(existing).isEmpty()
        ? ImportOutcome.ALREADY_PRESENT
        : ImportOutcome.SITES_ADDED;
  }

  /** The refusal of a row whose person is enabled to the other service. */
  public ImportRefusal conflict(AccountType existingType) {
    return ImportRefusal.of(
        row, ImportField.TYPE, ImportProblem.TYPE_CONFLICT, existingType.name());
  }
}
