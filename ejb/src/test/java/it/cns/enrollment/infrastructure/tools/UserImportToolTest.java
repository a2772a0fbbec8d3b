package it.cns.enrollment.infrastructure.tools;

import static org.assertj.core.api.Assertions.assertThat;

import it.cns.enrollment.application.text.Messages;
import it.cns.enrollment.domain.account.AccountType;
import it.cns.enrollment.domain.account.ImportField;
import it.cns.enrollment.domain.account.ImportReport;
import it.cns.enrollment.domain.account.ImportRow;
import it.cns.enrollment.domain.account.ImportRules;
import it.cns.enrollment.domain.account.ImportedUser;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UserImportToolTest {

  private static ImportRow row(int n, String cf, String type, String sites) {
    Map<ImportField, String> values = new EnumMap<>(ImportField.class);
    values.put(ImportField.CODICE_FISCALE, cf);
    values.put(ImportField.TYPE, type);
    values.put(ImportField.SITES, sites);
    values.put(ImportField.NAME, "");
    return new ImportRow(n, values, true);
  }

  /**
   * A file of five rows: one new account, one with a site to add, one already there, one whose
   * person is enabled to the other service, one the rules refuse for two reasons.
   */
  private static ImportReport report() {
    List<ImportRow> rows =
        List.of(
            row(2, "MSRNTN77H15C351X", "FISCONLINE", ""),
            row(3, "RSSMRA80A01H501U", "ENTRATEL", "000 001"),
            row(4, "VRDGPP85M41F205X", "FISCONLINE", ""),
            row(5, "BNCLCU90C10F205B", "ENTRATEL", "000"),
            row(6, "BAD", "NEITHER", ""));
    ImportRules.Checked checked = ImportRules.check(rows);
    List<ImportedUser> valid = checked.valid();
    return ImportReport.of(
        rows,
        checked.refusals(),
        List.of(
            ImportReport.RowResult.of(valid.get(0), Optional.empty(), List.of()),
            ImportReport.RowResult.of(
                valid.get(1), Optional.of(AccountType.ENTRATEL), List.of("000")),
            ImportReport.RowResult.of(valid.get(2), Optional.of(AccountType.FISCONLINE), List.of()),
            ImportReport.RowResult.of(
                valid.get(3), Optional.of(AccountType.FISCONLINE), List.of())));
  }

  private static List<String> printed(Messages texts) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    UserImportTool.print(report(), new PrintStream(bytes, true, StandardCharsets.UTF_8), texts);
    return bytes.toString(StandardCharsets.UTF_8).lines().toList();
  }

  @Test
  void printsEveryRowNotSimplyImportedOneLineARefusalThenTheCounts() {
    List<String> lines = printed(Messages.ENGLISH);

    assertThat(lines)
        .containsExactly(
            "row 3\tRSSMRA80A01H501U\tSites added 001",
            "row 4\tVRDGPP85M41F205X\tAlready present",
            "row 5\tBNCLCU90C10F205B\tRefused\tType (tipo): The person is already enabled to"
                + " FISCONLINE: a user is enabled to Fisconline or to Entratel, not both. The row"
                + " was not imported.",
            "row 6\tBAD\tRefused\tTax code (codice_fiscale): A codice fiscale has 16"
                + " characters; the one given has 3.",
            "row 6\tBAD\tRefused\tType (tipo): There is no type \"NEITHER\": write FISCONLINE"
                + " or ENTRATEL.",
            "rows 5; imported 1; sites added 1; already present 1; refused 2");
  }

  @Test
  void printsTheReportInItalianByDefault() {
    List<String> lines = printed(Messages.in(Locale.ITALIAN));

    assertThat(lines.get(0)).isEqualTo("riga 3\tRSSMRA80A01H501U\tSedi aggiunte 001");
    assertThat(lines.get(lines.size() - 1))
        .isEqualTo("righe 5; importato 1; sedi aggiunte 1; già presente 1; rifiutato 2");
  }
}
