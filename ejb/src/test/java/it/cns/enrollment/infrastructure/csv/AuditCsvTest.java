package it.cns.enrollment.infrastructure.csv;

import static org.assertj.core.api.Assertions.assertThat;

import it.cns.enrollment.domain.audit.AuditAction;
import it.cns.enrollment.domain.audit.AuditDetails;
import it.cns.enrollment.domain.audit.AuditEvent;
import it.cns.enrollment.domain.audit.Channel;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditCsvTest {

  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  @Test
  void quotesWhatRfc4180AsksAndNothingElse() {
    assertThat(CsvWriter.cell("plain")).isEqualTo("plain");
    assertThat(CsvWriter.cell(null)).isEmpty();
    assertThat(CsvWriter.cell("a,b")).isEqualTo("\"a,b\"");
    assertThat(CsvWriter.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    assertThat(CsvWriter.cell("two\nlines")).isEqualTo("\"two\nlines\"");
    assertThat(CsvWriter.cell("cr\r")).isEqualTo("\"cr\r\"");
    assertThat(CsvWriter.cell("a;b")).isEqualTo("\"a;b\"");
    assertThat(CsvWriter.cell(" padded")).isEqualTo("\" padded\"");
  }

  @Test
  void aCellThatStartsLikeAFormulaIsKeptAsText() {
    assertThat(CsvWriter.cell("=HYPERLINK(\"http://x\")"))
        .isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
    assertThat(CsvWriter.cell("+1")).isEqualTo("'+1");
    assertThat(CsvWriter.cell("-1a")).isEqualTo("'-1a");
    assertThat(CsvWriter.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(CsvWriter.cell("\tcmd")).isEqualTo("'\tcmd");
    assertThat(CsvWriter.cell("\rcmd")).isEqualTo("\"'\rcmd\"");
    assertThat(CsvWriter.cell("a=b")).isEqualTo("a=b");
  }

  @Test
  void writesBomHeaderAndRowsWithCrlfAndItalianTime() throws Exception {
    AuditEvent event =
        AuditEvent.of(
                AuditAction.CARD_BIND,
                Channel.SMARTCARD,
                "=1+1, \"quoted\"",
                Instant.parse("2025-07-01T08:15:30.123456Z"))
            .subject("RSSMRA80A01H501U")
            .certificateOf("CN=Regione Lombardia - CA Cittadini, O=Regione Lombardia", "1f")
            .detail(AuditDetails.of("note", "first line\nnext line \u00e0\u00e8"))
            .build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    try (AuditCsv csv = new AuditCsv(out)) {
      csv.write(event);
      assertThat(csv.rows()).isEqualTo(1);
    }

    byte[] bytes = out.toByteArray();
    assertThat(bytes).startsWith(UTF8_BOM);
    String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    assertThat(text)
        .isEqualTo(
            "id,occurred_at,actor,channel,action,subject_cf,certificate_issuer,"
                + "certificate_serial,outcome,request_id,detail\r\n"
                + ",2025-07-01T10:15:30.123456+02:00,\"'=1+1, \"\"quoted\"\"\",SMARTCARD,"
                + "CARD_BIND,RSSMRA80A01H501U,"
                + "\"CN=Regione Lombardia - CA Cittadini, O=Regione Lombardia\",1f,OK,,"
                + "\"note=first line\nnext line \u00e0\u00e8\"\r\n");
  }

  @Test
  void aTruncatedExportSaysSoInItsLastRow() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (AuditCsv csv = new AuditCsv(out)) {
      csv.truncated(100_000);
    }
    String text = out.toString(StandardCharsets.UTF_8);
    assertThat(text).endsWith("\r\n");
    String last = text.lines().reduce((a, b) -> b).orElseThrow();
    assertThat(last).startsWith("# TRONCATO").contains("100000").contains("TRUNCATED");
  }
}
