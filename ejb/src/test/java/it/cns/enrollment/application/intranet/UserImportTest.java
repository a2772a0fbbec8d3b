package it.cns.enrollment.application.intranet;

import static org.assertj.core.api.Assertions.assertThat;

import it.cns.enrollment.application.security.Callers;
import it.cns.enrollment.application.security.CredentialFakes;
import it.cns.enrollment.domain.account.Account;
import it.cns.enrollment.domain.account.AccountType;
import it.cns.enrollment.domain.account.ImportField;
import it.cns.enrollment.domain.account.ImportLimits;
import it.cns.enrollment.domain.account.ImportOutcome;
import it.cns.enrollment.domain.account.ImportProblem;
import it.cns.enrollment.domain.account.ImportReport;
import it.cns.enrollment.domain.account.ImportRow;
import it.cns.enrollment.domain.actor.Actor;
import it.cns.enrollment.domain.audit.Channel;
import it.cns.enrollment.domain.identity.CodiceFiscale;
import it.cns.enrollment.domain.operator.OperatorRole;
import it.cns.enrollment.testing.MovableClock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue #18: two imports racing on the same new person. The fake repository plays the other import
 * committing the account between this import's look-up and its insert; the database (the fake's
 * putIfAbsent here, the unique constraint on the server, UserImportIT) keeps one account, and this
 * import reports the row by what is there and carries on with the next rows.
 */
class UserImportTest {

  private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");
  private static final String ANTONIO = "MSRNTN77H15C351X";
  private static final String MARIO = "RSSMRA80A01H501U";

  private CredentialFakes.Accounts accounts;
  private CredentialFakes.Audit audit;
  private UserImport imports;
  private List<ImportRow> rows;

  @BeforeEach
  void wire() {
    accounts = new CredentialFakes.Accounts();
    audit = new CredentialFakes.Audit();
    imports = new UserImport();
    imports.accounts = accounts;
    imports.audit = audit;
    imports.limits = new ImportLimits(1024 * 1024, 1000);
    imports.clock = new MovableClock(NOW);
    imports.caller = Callers.as(new Actor.Staff("capo", OperatorRole.SUPERVISOR), Channel.COUNTER);
    imports.files = (content, maxRows) -> rows;
  }

  private static ImportRow row(int n, String cf, String type, String sites) {
    Map<ImportField, String> values = new EnumMap<>(ImportField.class);
    values.put(ImportField.CODICE_FISCALE, cf);
    values.put(ImportField.TYPE, type);
    values.put(ImportField.SITES, sites);
    values.put(ImportField.NAME, "");
    return new ImportRow(n, values, true);
  }

  private static Account other(String cf, AccountType type, String... sites) {
    Account a = new Account(CodiceFiscale.parse(cf), type, null, NOW);
    for (String site : sites) {
      a.addSite(site, "Sede " + site);
    }
    return a;
  }

  private ImportReport.RowResult result(ImportReport report, int row) {
    return report.rows().stream().filter(r -> r.row() == row).findFirst().orElseThrow();
  }

  @Test
  void aNewPersonAddedMeanwhileByAnotherImportIsAlreadyPresentAndTheImportCarriesOn() {
    rows = List.of(row(2, ANTONIO, "FISCONLINE", ""), row(3, MARIO, "FISCONLINE", ""));
    Account theirs = other(ANTONIO, AccountType.FISCONLINE);
    accounts.addedMeanwhile.put(theirs.codiceFiscale(), theirs);

    ImportReport report = imports.importFile(new byte[] {1});

    assertThat(result(report, 2).outcome()).isEqualTo(ImportOutcome.ALREADY_PRESENT);
    assertThat(result(report, 3).outcome()).isEqualTo(ImportOutcome.CREATED);
    // One account for the person: the other import's, not a second one.
    assertThat(accounts.byCf.get(CodiceFiscale.parse(ANTONIO))).isSameAs(theirs);
    assertThat(accounts.byCf).hasSize(2);
    assertThat(audit.changes).singleElement();
    assertThat(audit.changes.get(0).detail()).contains("created=1").contains("alreadyPresent=1");
  }

  @Test
  void aRowWithSitesTheOtherImportLackedAddsThemToItsAccount() {
    rows = List.of(row(2, MARIO, "ENTRATEL", "000 001"));
    Account theirs = other(MARIO, AccountType.ENTRATEL, "000");
    accounts.addedMeanwhile.put(theirs.codiceFiscale(), theirs);

    ImportReport.RowResult r = result(imports.importFile(new byte[] {1}), 2);

    assertThat(r.outcome()).isEqualTo(ImportOutcome.SITES_ADDED);
    assertThat(r.sitesAdded()).containsExactly("001");
    assertThat(theirs.sites()).extracting(s -> s.code()).containsExactly("000", "001");
  }

  @Test
  void aRowOfTheOtherTypeThanTheAccountAddedMeanwhileIsRefusedAndNothingIsWritten() {
    rows = List.of(row(2, MARIO, "FISCONLINE", ""));
    Account theirs = other(MARIO, AccountType.ENTRATEL, "000");
    accounts.addedMeanwhile.put(theirs.codiceFiscale(), theirs);

    ImportReport.RowResult r = result(imports.importFile(new byte[] {1}), 2);

    assertThat(r.outcome()).isEqualTo(ImportOutcome.REFUSED);
    assertThat(r.refusals())
        .singleElement()
        .extracting(x -> x.problem())
        .isEqualTo(ImportProblem.TYPE_CONFLICT);
    assertThat(accounts.byCf.get(CodiceFiscale.parse(MARIO)).type())
        .isEqualTo(AccountType.ENTRATEL);
  }

  @Test
  void withoutARaceANewPersonIsCreated() {
    rows = List.of(row(2, ANTONIO, "FISCONLINE", ""));

    assertThat(result(imports.importFile(new byte[] {1}), 2).outcome())
        .isEqualTo(ImportOutcome.CREATED);
    assertThat(accounts.byCf).containsKey(CodiceFiscale.parse(ANTONIO));
  }
}
