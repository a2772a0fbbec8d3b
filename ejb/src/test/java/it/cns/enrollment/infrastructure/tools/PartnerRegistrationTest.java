package it.cns.enrollment.infrastructure.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.cns.enrollment.devpki.CertificateAuthority;
import it.cns.enrollment.domain.partner.PartnerOperation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.security.auth.x500.X500Principal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PartnerRegistrationTest {

  private static final CertificateAuthority CA =
      CertificateAuthority.newRoot("CNS Enrollment TEST - Partner CA", "CNS Enrollment TEST");
  private static final X509Certificate PARTNER =
      CA.issuePartner("Demo ASL Partner", "Azienda ULSS Demo").certificate();

  @Test
  void insertsThePartnerAndItsOperations() {
    List<String> sql =
        PartnerRegistration.statements(
            "Demo ASL Partner",
            PARTNER,
            List.of(PartnerOperation.BIND_SMARTCARD, PartnerOperation.REQUEST_CHALLENGE));

    assertThat(sql).hasSize(3);
    assertThat(sql.get(0))
        .startsWith("insert into partner ")
        .contains("'" + PARTNER.getIssuerX500Principal().getName(X500Principal.CANONICAL) + "'")
        .contains("'" + PARTNER.getSerialNumber().toString(16) + "'")
        .contains("on conflict (name) do update");
    assertThat(sql.get(1)).contains("'REQUEST_CHALLENGE'").contains("on conflict do nothing");
    assertThat(sql.get(2)).contains("'BIND_SMARTCARD'");
  }

  @Test
  void noOperationsMeansAll() {
    assertThat(PartnerRegistration.statements("P", PARTNER, List.of()))
        .hasSize(1 + PartnerOperation.values().length);
  }

  @Test
  void quotesAreDoubled() {
    assertThat(PartnerRegistration.literal("Azienda l'ULSS")).isEqualTo("'Azienda l''ULSS'");
    assertThat(
            PartnerRegistration.script("l'ASL", PARTNER, List.of(PartnerOperation.LIST_BINDINGS)))
        .contains("'l''ASL'")
        .endsWith(";\n");
  }

  @Test
  void aFileThatIsNotACertificateOrIsMissingIsSaidInOneLine(@TempDir Path dir) throws IOException {
    Path text =
        Files.writeString(dir.resolve("note.pem"), "not a certificate", StandardCharsets.UTF_8);
    Path missing = dir.resolve("missing.pem");

    assertThatThrownBy(() -> PartnerRegistration.readCertificate(text))
        .isInstanceOf(IOException.class)
        .hasMessage(text + " is not an X.509 certificate");
    assertThatThrownBy(() -> PartnerRegistration.readCertificate(missing))
        .isInstanceOf(IOException.class)
        .hasMessage(missing + ": no such file");
  }
}
