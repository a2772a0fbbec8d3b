package it.cns.enrollment.infrastructure.tools;

import it.cns.enrollment.domain.agent.Workstation;
import java.io.IOException;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.Objects;

/**
 * Builds the SQL that registers an operator's workstation for the counter agent (issue #18 item 4):
 * its client certificate's SHA-256 fingerprint, the counter office it works for and a label the
 * audit trail shows. Re-running it for the same certificate moves it to that office, renames and
 * enables it; {@code --disable} disables it. Depends on the JDK only.
 *
 * <p>Usage: {@code ./cns workstation <counter-office-id> <certificate.pem|der> "<label>"} (or
 * {@code --disable <certificate>}) runs it on the launcher's database; {@code java -cp <tools jar>
 * it.cns.enrollment.infrastructure.tools.WorkstationRegistration ...} prints the statement.
 */
public final class WorkstationRegistration {

  private WorkstationRegistration() {}

  /** The statement registering (or re-registering and enabling) a workstation, no semicolon. */
  public static String register(long counterOfficeId, X509Certificate certificate, String label) {
    Objects.requireNonNull(certificate, "certificate is required");
    if (label == null || label.isBlank() || label.strip().length() > 100) {
      throw new IllegalArgumentException("a label of 1-100 characters is required");
    }
    if (counterOfficeId <= 0) {
      throw new IllegalArgumentException("a counter office id is required");
    }
    return "insert into counter_workstation (certificate_sha256, counter_office_id, label,"
        + " enabled, registered_at) values ("
        + PartnerRegistration.literal(Workstation.fingerprintOf(certificate))
        + ", "
        + counterOfficeId
        + ", "
        + PartnerRegistration.literal(label.strip())
        + ", true, now()) on conflict (certificate_sha256) do update set"
        + " counter_office_id = excluded.counter_office_id, label = excluded.label,"
        + " enabled = true";
  }

  /** The statement disabling a workstation, no semicolon. */
  public static String disable(X509Certificate certificate) {
    return "update counter_workstation set enabled = false where certificate_sha256 = "
        + PartnerRegistration.literal(Workstation.fingerprintOf(certificate));
  }

  /**
   * Prints the statement: {@code <counter-office-id> <certificate> <label>} or {@code --disable
   * <certificate>}.
   */
  public static void main(String[] args) {
    boolean disable = args.length == 2 && args[0].equals("--disable");
    if (!disable && (args.length != 3 || !args[0].matches("[0-9]{1,18}"))) {
      System.err.println(
          "usage: WorkstationRegistration <counter-office-id> <certificate.pem|der> <label>"
              + " | --disable <certificate.pem|der>");
      System.exit(2);
    }
    // A file that is not a certificate or a bad label: one line saying so, exit 1, no stack trace.
    try {
      X509Certificate certificate = PartnerRegistration.readCertificate(Path.of(args[1]));
      System.out.println(
          (disable ? disable(certificate) : register(Long.parseLong(args[0]), certificate, args[2]))
              + ";");
    } catch (IOException | IllegalArgumentException e) {
      System.err.println("refused: " + e.getMessage());
      System.exit(1);
    }
  }
}
