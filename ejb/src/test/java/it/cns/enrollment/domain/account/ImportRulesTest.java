package it.cns.enrollment.domain.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ImportRulesTest {

  private static ImportRow row(int n, String cf, String type, String sites, String name) {
    Map<ImportField, String> values = new EnumMap<>(ImportField.class);
    values.put(ImportField.CODICE_FISCALE, cf);
    values.put(ImportField.TYPE, type);
    values.put(ImportField.SITES, sites);
    values.put(ImportField.NAME, name);
    return new ImportRow(n, values, true);
  }

  private static ImportRules.Checked check(ImportRow... rows) {
    return ImportRules.check(List.of(rows));
  }

  @Test
  void acceptsAFisconlineAndAnEntratelUserWithTheirSites() {
    ImportRules.Checked checked =
        check(
            row(2, "msrntn77h15c351x", "fisconline", "", "Antonio"),
            row(3, "RSSMRA80A01H501U", "ENTRATEL", "000 | 001  002", ""));

    assertThat(checked.refusals()).isEmpty();
    assertThat(checked.valid()).hasSize(2);
    assertThat(checked.valid().get(0).codiceFiscale().value()).isEqualTo("MSRNTN77H15C351X");
    assertThat(checked.valid().get(0).type()).isEqualTo(AccountType.FISCONLINE);
    assertThat(checked.valid().get(0).name()).isEqualTo("Antonio");
    assertThat(checked.valid().get(1).sites()).containsExactly("000", "001", "002");
    assertThat(checked.valid().get(1).name()).isNull();
  }

  @Test
  void refusesAWrongCheckCharacterWithTheCodiceFiscalesOwnProblem() {
    ImportRefusal r = check(row(2, "MSRNTN77H15C351A", "FISCONLINE", "", "")).refusals().get(0);

    assertThat(r.row()).isEqualTo(2);
    assertThat(r.field()).isEqualTo(ImportField.CODICE_FISCALE);
    assertThat(r.problem()).isEqualTo(ImportProblem.CF_INVALID);
    assertThat(r.detail()).isEqualTo("CHECK_CHARACTER");
    assertThat(r.arguments()).containsExactly("X");
  }

  @Test
  void refusesAnUnknownOrMissingType() {
    assertThat(check(row(2, "MSRNTN77H15C351X", "SPID", "", "")).refusals())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.field()).isEqualTo(ImportField.TYPE);
              assertThat(r.problem()).isEqualTo(ImportProblem.TYPE_UNKNOWN);
              assertThat(r.arguments()).containsExactly("SPID");
            });
    assertThat(check(row(2, "MSRNTN77H15C351X", "", "", "")).refusals())
        .extracting(ImportRefusal::problem)
        .containsExactly(ImportProblem.TYPE_MISSING);
  }

  @Test
  void refusesABadRepeatedOrMisplacedSiteCode() {
    assertThat(check(row(4, "RSSMRA80A01H501U", "ENTRATEL", "000 1 01a 000", "")).refusals())
        .extracting(ImportRefusal::problem, r -> r.arguments())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(ImportProblem.SITE_INVALID, List.of("1")),
            org.assertj.core.groups.Tuple.tuple(ImportProblem.SITE_INVALID, List.of("01a")),
            org.assertj.core.groups.Tuple.tuple(ImportProblem.SITE_REPEATED, List.of("000")));
    assertThat(check(row(2, "MSRNTN77H15C351X", "FISCONLINE", "000", "")).refusals())
        .extracting(ImportRefusal::problem)
        .containsExactly(ImportProblem.SITES_NOT_FOR_FISCONLINE);
  }

  @Test
  void refusesTheSecondRowOfTheSameCodiceFiscaleNamingTheFirst() {
    ImportRules.Checked checked =
        check(
            row(2, "MSRNTN77H15C351X", "FISCONLINE", "", ""),
            row(5, "msrntn77h15c351x", "ENTRATEL", "", ""));

    assertThat(checked.valid()).extracting(ImportedUser::row).containsExactly(2);
    assertThat(checked.refusals())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.row()).isEqualTo(5);
              assertThat(r.problem()).isEqualTo(ImportProblem.DUPLICATE_IN_FILE);
              assertThat(r.arguments()).containsExactly("2");
            });
  }

  @Test
  void listsEveryProblemOfARowAndAWrongFieldCount() {
    ImportRow broken = new ImportRow(7, Map.of(ImportField.CODICE_FISCALE, ""), false);

    assertThat(check(broken).refusals())
        .extracting(ImportRefusal::field, ImportRefusal::problem)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(null, ImportProblem.FIELD_COUNT),
            org.assertj.core.groups.Tuple.tuple(
                ImportField.CODICE_FISCALE, ImportProblem.CF_MISSING),
            org.assertj.core.groups.Tuple.tuple(ImportField.TYPE, ImportProblem.TYPE_MISSING));
    assertThat(check(row(2, "MSRNTN77H15C351X", "FISCONLINE", "", "x".repeat(201))).refusals())
        .extracting(ImportRefusal::problem)
        .containsExactly(ImportProblem.NAME_TOO_LONG);
  }

  @Test
  void decidesAgainstTheAccountAlreadyThere() {
    ImportedUser entratel =
        check(row(2, "RSSMRA80A01H501U", "ENTRATEL", "000 001", "")).valid().get(0);

    assertThat(entratel.against(Optional.empty(), List.of())).isEqualTo(ImportOutcome.CREATED);
    assertThat(entratel.against(Optional.of(AccountType.ENTRATEL), List.of("000", "001", "002")))
        .isEqualTo(ImportOutcome.ALREADY_PRESENT);
    assertThat(entratel.against(Optional.of(AccountType.ENTRATEL), List.of("000")))
        .isEqualTo(ImportOutcome.SITES_ADDED);
    assertThat(entratel.missingSites(List.of("000"))).containsExactly("001");
    assertThat(entratel.against(Optional.of(AccountType.FISCONLINE), List.of()))
        .isEqualTo(ImportOutcome.REFUSED);
    assertThat(entratel.conflict(AccountType.FISCONLINE).arguments()).containsExactly("FISCONLINE");
  }

  @Test
  void aValidRowsResultNamesTheSitesToWriteOrTheConflict() {
    ImportedUser entratel =
        check(row(2, "RSSMRA80A01H501U", "ENTRATEL", "000 001", "")).valid().get(0);

    ImportReport.RowResult created =
        ImportReport.RowResult.of(entratel, Optional.empty(), List.of());
    ImportReport.RowResult added =
        ImportReport.RowResult.of(entratel, Optional.of(AccountType.ENTRATEL), List.of("000"));
    ImportReport.RowResult present =
        ImportReport.RowResult.of(
            entratel, Optional.of(AccountType.ENTRATEL), List.of("001", "000", "002"));
    ImportReport.RowResult conflict =
        ImportReport.RowResult.of(entratel, Optional.of(AccountType.FISCONLINE), List.of());

    assertThat(List.of(created, added, present, conflict))
        .allSatisfy(r -> assertThat(r.row()).isEqualTo(2))
        .allSatisfy(r -> assertThat(r.codiceFiscale()).isEqualTo("RSSMRA80A01H501U"))
        .extracting(ImportReport.RowResult::outcome)
        .containsExactly(
            ImportOutcome.CREATED,
            ImportOutcome.SITES_ADDED,
            ImportOutcome.ALREADY_PRESENT,
            ImportOutcome.REFUSED);
    assertThat(created.sitesAdded()).containsExactly("000", "001");
    assertThat(added.sitesAdded()).containsExactly("001");
    assertThat(present.sitesAdded()).isEmpty();
    assertThat(conflict.sitesAdded()).isEmpty();
    assertThat(List.of(created, added, present))
        .allSatisfy(r -> assertThat(r.refusals()).isEmpty());
    assertThat(conflict.refusals())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.row()).isEqualTo(2);
              assertThat(r.field()).isEqualTo(ImportField.TYPE);
              assertThat(r.problem()).isEqualTo(ImportProblem.TYPE_CONFLICT);
              assertThat(r.arguments()).containsExactly("FISCONLINE");
            });
  }

  @Test
  void reportsRowsInTheFilesOrderWithCountsForTheAudit() {
    List<ImportRow> rows =
        List.of(
            row(2, "MSRNTN77H15C351X", "FISCONLINE", "", ""), row(3, "BAD", "FISCONLINE", "", ""));
    ImportRules.Checked checked = ImportRules.check(rows);
    ImportReport report =
        ImportReport.of(
            rows,
            checked.refusals(),
            List.of(
                new ImportReport.RowResult(
                    2, "MSRNTN77H15C351X", ImportOutcome.ALREADY_PRESENT, List.of(), List.of())));

    assertThat(report.rows()).extracting(ImportReport.RowResult::row).containsExactly(2, 3);
    assertThat(report.rows().get(1).codiceFiscale()).isEqualTo("BAD");
    assertThat(report.anyRefused()).isTrue();
    assertThat(report.auditDetails().render())
        .isEqualTo("rows=2; created=0; sitesAdded=0; alreadyPresent=1; refused=1");
  }
}
