package it.cns.enrollment.infrastructure.tools;

import it.cns.enrollment.domain.partner.PartnerCertificateId;
import it.cns.enrollment.domain.partner.PartnerOperation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Builds the SQL that registers (or re-registers) a partner from its client certificate: issuer
 * canonical, serial hex, SHA-256 fingerprint, enabled, and its allowed operations. Re-running it
 * with a new certificate for the same partner name replaces the certificate, enables the partner
 * and adds the operations (it never removes one). Depends on the JDK only.
 *
 * <p>Usage: {@code java -cp ejb/target/classes
 * it.cns.enrollment.infrastructure.tools.PartnerRegistration "<name>" <certificate.pem|der>
 * [OPERATION...]} prints the statements (all operations when none is named).
 */
public final class PartnerRegistration {

  private PartnerRegistration() {}

  /** The statements, in order, each without a trailing semicolon. */
  public static List<String> statements(
      String name, X509Certificate certificate, Collection<PartnerOperation> operations) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("partner name is required");
    }
    Objects.requireNonNull(certificate, "certificate is required");
    PartnerCertificateId id = PartnerCertificateId.of(certificate);
    String partnerName = literal(name.strip());
    List<String> sql = new ArrayList<>();
    sql.add(
        "insert into partner (name, certificate_issuer, certificate_serial, certificate_sha256,"
            + " certificate_not_after, enabled, created_at) values ("
            + partnerName
            + ", "
            + literal(id.issuer())
            + ", "
            + literal(id.serialHex())
            + ", "
            + literal(id.sha256())
            + ", "
            + literal(certificate.getNotAfter().toInstant().toString())
            + "::timestamptz, true, now()) on conflict (name) do update set"
            + " certificate_issuer = excluded.certificate_issuer,"
            + " certificate_serial = excluded.certificate_serial,"
            + " certificate_sha256 = excluded.certificate_sha256,"
            + " certificate_not_after = excluded.certificate_not_after,"
            + " enabled = true, version = partner.version + 1");
    for (PartnerOperation op : EnumSet.copyOf(nonEmpty(operations))) {
      sql.add(
          "insert into partner_operation (partner_id, operation) select id, "
              + literal(op.name())
              + " from partner where name = "
              + partnerName
              + " on conflict do nothing");
    }
    return List.copyOf(sql);
  }

  /** The statements as one script, one statement a line, each ended by a semicolon. */
  public static String script(
      String name, X509Certificate certificate, Collection<PartnerOperation> operations) {
    StringBuilder out = new StringBuilder();
    for (String statement : statements(name, certificate, operations)) {
      out.append(statement).append(";\n");
    }
    return out.toString();
  }

  /** Reads a certificate in PEM or DER. */
  public static X509Certificate readCertificate(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
    } catch (NoSuchFileException e) {
      // Its own message is the bare path.
      throw new IOException(file + ": no such file", e);
    } catch (CertificateException e) {
      throw new IOException(file + " is not an X.509 certificate", e);
    }
  }

  /** Prints the registration script: {@code <name> <certificate> [OPERATION...]}. */
  public static void main(String[] args) {
    if (args.length < 2) {
      System.err.println(
          "usage: PartnerRegistration <name> <certificate.pem|der> [OPERATION...]; operations: "
              + Arrays.toString(PartnerOperation.values()));
      System.exit(2);
    }
    // A file that is not a certificate or an unknown operation: one line, exit 1, no stack trace.
    try {
      List<PartnerOperation> operations = new ArrayList<>();
      for (String op : Arrays.asList(args).subList(2, args.length)) {
        operations.add(operation(op));
      }
      System.out.print(script(args[0], readCertificate(Path.of(args[1])), operations));
    } catch (IOException | IllegalArgumentException e) {
      System.err.println("refused: " + e.getMessage());
      System.exit(1);
    }
  }

  private static PartnerOperation operation(String name) {
    try {
      return PartnerOperation.valueOf(name.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "no operation " + name + "; operations: " + Arrays.toString(PartnerOperation.values()));
    }
  }

  private static Collection<PartnerOperation> nonEmpty(Collection<PartnerOperation> operations) {
    return operations == null || operations.isEmpty()
        ? EnumSet.allOf(PartnerOperation.class)
        : operations;
  }

  /** A SQL string literal: single quotes doubled, no backslash escapes (standard strings). */
  static String literal(String value) {
    if (value.indexOf('\0') >= 0) {
      throw new IllegalArgumentException("NUL in SQL literal");
    }
    return "'" + value.replace("'", "''") + "'";
  }
}
