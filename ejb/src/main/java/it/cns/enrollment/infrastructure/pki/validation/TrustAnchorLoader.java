package it.cns.enrollment.infrastructure.pki.validation;

import static java.nio.charset.StandardCharsets.ISO_8859_1;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.security.auth.x500.X500Principal;

/**
 * Reads trust anchors from a directory of CA certificate files and from a signed ETSI TS 119 612
 * trusted list.
 *
 * <p>Directory: every {@code *.pem}, {@code *.crt}, {@code *.cer} and {@code *.der} file (not
 * recursive), PEM with one or more certificates or a single DER certificate. Self-signed
 * certificates become anchors; the others become intermediates, trusted only through an anchor, so
 * a sub-CA placed there beside its root works as expected. Unreadable files and end-entity
 * certificates are skipped with a warning in {@link TrustAnchors#warnings()}; a missing directory,
 * or one without any usable certificate, fails the load.
 *
 * <p>Trusted list: see {@link TrustedListReader}; every certificate it yields is an anchor, because
 * the list vouches for that CA key directly, whatever issued its certificate.
 */
public final class TrustAnchorLoader {

  /** Far above any CA certificate bundle; bounds what a stray file can make us read. */
  static final long MAX_FILE_BYTES = 4L * 1024 * 1024;

  private static final Set<String> EXTENSIONS = Set.of("pem", "crt", "cer", "der");
  private static final Pattern PEM_BLOCK =
      Pattern.compile(
          "-----BEGIN (?:X509 |TRUSTED )?CERTIFICATE-----([A-Za-z0-9+/=\\s]*)"
              + "-----END (?:X509 |TRUSTED )?CERTIFICATE-----");

  private final Clock clock;

  public TrustAnchorLoader(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock is required");
  }

  /**
   * Loads the CA certificates in a directory.
   *
   * @throws TrustAnchorLoadException when the directory cannot be listed or holds no usable CA
   */
  public TrustAnchors fromDirectory(Path directory) {
    Objects.requireNonNull(directory, "directory is required");
    List<X509Certificate> anchors = new ArrayList<>();
    List<X509Certificate> intermediates = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> listing = Files.newDirectoryStream(directory)) {
      for (Path file : listing) {
        if (Files.isRegularFile(file) && EXTENSIONS.contains(extensionOf(file))) {
          files.add(file);
        }
      }
    } catch (IOException | RuntimeException e) {
      throw new TrustAnchorLoadException("cannot list trust anchor directory " + directory, e);
    }
    files.sort(null); // deterministic order, so warnings and merges are reproducible
    for (Path file : files) {
      try {
        for (X509Certificate c : readCertificates(file)) {
          classify(c, file.getFileName().toString(), anchors, intermediates, warnings);
        }
      } catch (IOException | CertificateException | RuntimeException e) {
        warnings.add("skipped " + file.getFileName() + ": " + e.getMessage());
      }
    }
    if (anchors.isEmpty()) {
      throw new TrustAnchorLoadException(
          "no self-signed CA certificate in " + directory + " (" + warnings.size() + " warnings)");
    }
    warnAboutOrphans(anchors, intermediates, warnings);
    return TrustAnchors.of(
        anchors, intermediates, "directory " + directory, clock.instant(), warnings);
  }

  /**
   * Loads the IdV services' CA certificates of a trusted list whose XML signature verifies with
   * {@code signer}'s key.
   *
   * @throws TrustedListException when the list is unsigned, tampered with, signed by someone else,
   *     malformed or expired
   */
  public TrustAnchors fromTrustedList(byte[] xml, X509Certificate signer) {
    return fromTrustedList(xml, List.of(Objects.requireNonNull(signer, "signer is required")));
  }

  /** As {@link #fromTrustedList(byte[], X509Certificate)}, signed by any one of {@code signers}. */
  public TrustAnchors fromTrustedList(byte[] xml, List<X509Certificate> signers) {
    return anchorsOf(TrustedListReader.readSignedByAnyOf(signers, clock, Duration.ZERO, xml));
  }

  /** The IdV CA certificates of a list already verified, as anchors loaded now. */
  public TrustAnchors anchorsOf(TrustedListReader.TrustedList list) {
    return TrustAnchors.of(
        list.certificates(), List.of(), list.description(), clock.instant(), list.warnings());
  }

  /** As {@link #fromTrustedList(byte[], X509Certificate)}, reading the list from a file. */
  public TrustAnchors fromTrustedList(Path xml, X509Certificate signer) {
    return fromTrustedList(xml, List.of(Objects.requireNonNull(signer, "signer is required")));
  }

  /** As {@link #fromTrustedList(byte[], List)}, reading the list from a file. */
  public TrustAnchors fromTrustedList(Path xml, List<X509Certificate> signers) {
    Objects.requireNonNull(xml, "trusted list file is required");
    try {
      if (Files.size(xml) > TrustedListReader.MAX_LIST_BYTES) {
        throw new TrustedListException(
            TrustedListException.Reason.MALFORMED, "trusted list file too large: " + xml);
      }
      return fromTrustedList(Files.readAllBytes(xml), signers);
    } catch (IOException e) {
      throw new TrustAnchorLoadException("cannot read trusted list " + xml, e);
    }
  }

  /**
   * The trusted list signer certificates in a file: one, or several in PEM while the signer
   * changes.
   *
   * @throws TrustAnchorLoadException when the file cannot be read or holds no certificate
   */
  public static List<X509Certificate> signers(Path file) {
    Objects.requireNonNull(file, "signer file is required");
    try {
      List<X509Certificate> signers = readCertificates(file);
      if (signers.isEmpty()) {
        throw new TrustAnchorLoadException("no certificate in the trusted list signer " + file);
      }
      return List.copyOf(signers);
    } catch (IOException | CertificateException e) {
      throw new TrustAnchorLoadException("cannot read the trusted list signer " + file, e);
    }
  }

  /** PEM (one or more certificates) or DER; what the JDK's X.509 factory reads. */
  static List<X509Certificate> readCertificates(Path file)
      throws IOException, CertificateException {
    if (Files.size(file) > MAX_FILE_BYTES) {
      throw new IOException("larger than " + MAX_FILE_BYTES + " bytes");
    }
    return parseCertificates(Files.readAllBytes(file));
  }

  static List<X509Certificate> parseCertificates(byte[] bytes) throws CertificateException {
    CertificateFactory factory = CertificateFactory.getInstance("X.509");
    List<X509Certificate> out = new ArrayList<>();
    Matcher pem = PEM_BLOCK.matcher(new String(bytes, ISO_8859_1));
    boolean anyPem = false;
    while (pem.find()) {
      anyPem = true;
      byte[] der;
      try {
        der = Base64.getMimeDecoder().decode(pem.group(1));
      } catch (IllegalArgumentException e) {
        throw new CertificateException("PEM body is not Base64", e);
      }
      out.add(x509(factory, der));
    }
    if (!anyPem) {
      out.add(x509(factory, bytes));
    }
    return out;
  }

  private static X509Certificate x509(CertificateFactory factory, byte[] der)
      throws CertificateException {
    try (InputStream in = new ByteArrayInputStream(der)) {
      return (X509Certificate) factory.generateCertificate(in);
    } catch (IOException e) {
      throw new CertificateException(e);
    }
  }

  static boolean isSelfSigned(X509Certificate c) {
    if (!c.getSubjectX500Principal().equals(c.getIssuerX500Principal())) {
      return false;
    }
    try {
      c.verify(c.getPublicKey());
      return true;
    } catch (Exception e) {
      // A bad or unsupported self-signature just means it is not usable as a root.
      return false;
    }
  }

  private static void classify(
      X509Certificate c,
      String file,
      List<X509Certificate> anchors,
      List<X509Certificate> intermediates,
      List<String> warnings) {
    boolean selfSigned = isSelfSigned(c);
    // Old v1 roots have no basicConstraints at all; they are still CAs when self-signed.
    if (!selfSigned && c.getBasicConstraints() < 0) {
      warnings.add(
          "skipped " + file + ": not a CA certificate: " + c.getSubjectX500Principal().getName());
      return;
    }
    (selfSigned ? anchors : intermediates).add(c);
  }

  private static void warnAboutOrphans(
      List<X509Certificate> anchors, List<X509Certificate> intermediates, List<String> warnings) {
    Set<X500Principal> subjects = new HashSet<>();
    anchors.forEach(a -> subjects.add(a.getSubjectX500Principal()));
    intermediates.forEach(i -> subjects.add(i.getSubjectX500Principal()));
    for (X509Certificate i : intermediates) {
      if (!subjects.contains(i.getIssuerX500Principal())) {
        warnings.add(
            "intermediate "
                + i.getSubjectX500Principal().getName()
                + " has no issuer among the loaded certificates and cannot be used");
      }
    }
  }

  private static String extensionOf(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}
