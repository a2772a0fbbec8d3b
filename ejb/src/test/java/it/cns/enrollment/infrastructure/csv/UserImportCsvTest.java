package it.cns.enrollment.infrastructure.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import it.cns.enrollment.domain.account.ImportField;
import it.cns.enrollment.domain.account.ImportRow;
import it.cns.enrollment.domain.error.InvalidRequestException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class UserImportCsvTest {

  private static List<ImportRow> read(String text) {
    return UserImportCsv.parse(text.getBytes(StandardCharsets.UTF_8), 100);
  }

  private static InvalidRequestException refused(byte[] content, int maxRows) {
    return catchThrowableOfType(
        InvalidRequestException.class, () -> UserImportCsv.parse(content, maxRows));
  }

  private static InvalidRequestException refused(String text) {
    return refused(text.getBytes(StandardCharsets.UTF_8), 100);
  }

  @Test
  void readsSemicolonSeparatedRowsAsAnItalianSpreadsheetWritesThem() {
    List<ImportRow> rows =
        read(
            "codice_fiscale;tipo;sedi_entratel;nominativo\r\n"
                + "MSRNTN77H15C351X;FISCONLINE;;Antonio Mussari\r\n"
                + "RSSMRA80A01H501U;ENTRATEL;000 001;\"Rossi; Mario\"\r\n");

    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).row()).isEqualTo(2);
    assertThat(rows.get(0).value(ImportField.CODICE_FISCALE)).isEqualTo("MSRNTN77H15C351X");
    assertThat(rows.get(0).value(ImportField.NAME)).isEqualTo("Antonio Mussari");
    assertThat(rows.get(1).row()).isEqualTo(3);
    assertThat(rows.get(1).value(ImportField.SITES)).isEqualTo("000 001");
    assertThat(rows.get(1).value(ImportField.NAME)).isEqualTo("Rossi; Mario");
    assertThat(rows).allMatch(ImportRow::fieldCountMatches);
  }

  @Test
  void readsCommaSeparatedRowsWithColumnsInAnyOrderAndCase() {
    List<ImportRow> rows = read("TIPO,Codice_Fiscale\nentratel,RSSMRA80A01H501U\n");

    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).value(ImportField.TYPE)).isEqualTo("entratel");
    assertThat(rows.get(0).value(ImportField.CODICE_FISCALE)).isEqualTo("RSSMRA80A01H501U");
    assertThat(rows.get(0).value(ImportField.SITES)).isEmpty();
  }

  @Test
  void skipsTheByteOrderMarkThatExcelWrites() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] text =
        "codice_fiscale;tipo\nMSRNTN77H15C351X;FISCONLINE\n".getBytes(StandardCharsets.UTF_8);
    byte[] content = new byte[bom.length + text.length];
    System.arraycopy(bom, 0, content, 0, 3);
    System.arraycopy(text, 0, content, 3, text.length);

    List<ImportRow> rows = UserImportCsv.parse(content, 10);

    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).value(ImportField.CODICE_FISCALE)).isEqualTo("MSRNTN77H15C351X");
  }

  @Test
  void rowNumbersAreLinesOfTheFileAndBlankLinesAreSkipped() {
    List<ImportRow> rows =
        read("codice_fiscale;tipo\n\nMSRNTN77H15C351X;FISCONLINE\n;\n\nRSSMRA80A01H501U;ENTRATEL");

    assertThat(rows).extracting(ImportRow::row).containsExactly(3, 6);
  }

  @Test
  void marksARecordWithTooFewOrTooManyFields() {
    List<ImportRow> rows =
        read("codice_fiscale;tipo\nMSRNTN77H15C351X\nRSSMRA80A01H501U;ENTRATEL;000\n");

    assertThat(rows).extracting(ImportRow::fieldCountMatches).containsExactly(false, false);
  }

  @Test
  void refusesAFileWithAnUnclosedQuoteNamingTheLine() {
    InvalidRequestException e =
        refused("codice_fiscale;tipo\nMSRNTN77H15C351X;FISCONLINE\n\"RSSMRA80A01H501U;ENTRATEL\n");

    assertThat(e.problem()).isEqualTo("IMPORT_FILE_MALFORMED");
  }

  @Test
  void refusesTextAfterAClosingQuote() {
    assertThat(refused("codice_fiscale;tipo\n\"MSRNTN77H15C351X\"x;FISCONLINE\n").problem())
        .isEqualTo("IMPORT_FILE_MALFORMED");
  }

  @Test
  void refusesAHeaderWithoutARequiredColumnOrWithAnUnknownOne() {
    InvalidRequestException missing = refused("codice_fiscale;sedi_entratel\nA;B\n");
    assertThat(missing.problem()).isEqualTo("IMPORT_HEADER_MISSING");
    assertThat(missing.arguments()).containsExactly("tipo");

    InvalidRequestException unknown = refused("codice_fiscale;tipo;pin\nA;B;C\n");
    assertThat(unknown.problem()).isEqualTo("IMPORT_HEADER_UNKNOWN");
    assertThat(unknown.arguments()).containsExactly("pin");

    assertThat(refused("codice_fiscale;tipo;TIPO\n").problem()).isEqualTo("IMPORT_HEADER_UNKNOWN");
  }

  @Test
  void refusesAnEmptyFileAndOneThatIsNotUtf8() {
    assertThat(refused(" \r\n").problem()).isEqualTo("IMPORT_FILE_EMPTY");
    byte[] latin1 =
        "codice_fiscale;tipo;nominativo\nX;Y;Niccol\u00f2\n".getBytes(StandardCharsets.ISO_8859_1);
    assertThat(refused(latin1, 10).problem()).isEqualTo("IMPORT_FILE_NOT_UTF8");
  }

  @Test
  void refusesMoreRowsThanAllowed() {
    byte[] three = "codice_fiscale;tipo\nA;B\nC;D\nE;F\n".getBytes(StandardCharsets.UTF_8);

    assertThat(UserImportCsv.parse(three, 3)).hasSize(3);
    InvalidRequestException e = refused(three, 2);
    assertThat(e.problem()).isEqualTo("IMPORT_TOO_MANY_ROWS");
    assertThat(e.arguments()).containsExactly("2");
  }

  @Test
  void theSampleFileOfTheDocsPassesEveryRule() throws Exception {
    byte[] sample =
        java.nio.file.Files.readAllBytes(
            java.nio.file.Path.of("..", "docs", "samples", "utenti-abilitati.csv"));

    List<ImportRow> rows = UserImportCsv.parse(sample, 10);
    it.cns.enrollment.domain.account.ImportRules.Checked checked =
        it.cns.enrollment.domain.account.ImportRules.check(rows);

    assertThat(checked.refusals()).isEmpty();
    assertThat(checked.valid()).hasSize(3);
    assertThat(checked.valid().get(2).sites()).containsExactly("000", "002", "003");
    assertThat(checked.valid().get(2).name()).isEqualTo("Studio Bianchi; Associati");
  }
}
