package it.cns.enrollment.devpki;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Security;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** Shared plumbing: provider, randomness, keys, serials, signing, PEM and file writing. */
final class Pki {

  static final String SIGNATURE_ALGORITHM = "SHA256withRSA";
  static final int RSA_BITS = 2048;

  /** One instance for the whole JVM: seeding a SecureRandom per call is what makes keygen slow. */
  static final SecureRandom RANDOM = new SecureRandom();

  static final Provider PROVIDER = registerBouncyCastle();

  private static final Set<PosixFilePermission> OWNER_FILE =
      PosixFilePermissions.fromString("rw-------");
  private static final Set<PosixFilePermission> OWNER_DIR =
      PosixFilePermissions.fromString("rwx------");

  private Pki() {}

  /** Registers BC if nobody did; callers still pass the instance so lookup by name never fails. */
  private static synchronized Provider registerBouncyCastle() {
    Provider existing = Security.getProvider(BouncyCastleProvider.PROVIDER_NAME);
    if (existing != null) {
      return existing;
    }
    Provider bc = new BouncyCastleProvider();
    Security.addProvider(bc);
    return bc;
  }

  static KeyPair newRsaKeyPair() {
    try {
      // The JDK generator is as fast as BC's and yields keys every JDK KeyStore handles natively.
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(RSA_BITS, RANDOM);
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("RSA key generation unavailable", e);
    }
  }

  /**
   * A P-256 key pair: the second server key, beside the RSA one, for clients that can verify an
   * ECDSA signature (a much cheaper handshake for the server than an RSA-2048 signature).
   */
  static KeyPair newEcKeyPair() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
      generator.initialize(new java.security.spec.ECGenParameterSpec("secp256r1"), RANDOM);
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("EC key generation unavailable", e);
    }
  }

  /** Random positive 16-byte serial, as RFC 5280 recommends for unpredictability. */
  static BigInteger randomSerial() {
    byte[] bytes = new byte[16];
    BigInteger serial;
    do {
      RANDOM.nextBytes(bytes);
      serial = new BigInteger(1, bytes);
    } while (serial.signum() == 0);
    return serial;
  }

  static ContentSigner signer(PrivateKey key) {
    try {
      return new JcaContentSignerBuilder(SIGNATURE_ALGORITHM)
          .setProvider(PROVIDER)
          .setSecureRandom(RANDOM)
          .build(key);
    } catch (OperatorCreationException e) {
      throw new IllegalStateException("cannot create " + SIGNATURE_ALGORITHM + " signer", e);
    }
  }

  /** Converts with the default (JDK) factory so callers get ordinary JDK certificate objects. */
  static X509Certificate toCertificate(X509CertificateHolder holder) {
    try {
      return new JcaX509CertificateConverter().getCertificate(holder);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot convert generated certificate", e);
    }
  }

  static JcaX509ExtensionUtils extensionUtils() {
    try {
      return new JcaX509ExtensionUtils();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-1 unavailable for key identifiers", e);
    }
  }

  static SubjectKeyIdentifier subjectKeyId(PublicKey key) {
    return extensionUtils().createSubjectKeyIdentifier(key);
  }

  /** Reuses the issuer's own SKI when present so AKI/SKI match even for CAs loaded from disk. */
  static AuthorityKeyIdentifier authorityKeyId(X509Certificate issuer) {
    byte[] ski = issuer.getExtensionValue(Extension.subjectKeyIdentifier.getId());
    if (ski != null) {
      byte[] keyId =
          SubjectKeyIdentifier.getInstance(ASN1OctetString.getInstance(ski).getOctets())
              .getKeyIdentifier();
      return new AuthorityKeyIdentifier(keyId);
    }
    return extensionUtils().createAuthorityKeyIdentifier(issuer.getPublicKey());
  }

  static GeneralName uri(String url) {
    return new GeneralName(GeneralName.uniformResourceIdentifier, url);
  }

  /** The first subject O value, or "" when there is none. */
  static String organizationOf(X509Certificate certificate) {
    X500Name subject = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
    RDN[] rdns = subject.getRDNs(BCStyle.O);
    if (rdns.length == 0) {
      return "";
    }
    ASN1Encodable value = rdns[0].getFirst().getValue();
    return value instanceof ASN1String s ? s.getString() : IETFUtils.valueToString(value);
  }

  /** X.509 times carry whole seconds; truncating up front keeps round-trips exact. */
  static Date date(Instant instant) {
    return Date.from(instant.truncatedTo(ChronoUnit.SECONDS));
  }

  static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.SECONDS);
  }

  static Instant plusYears(Instant instant, int years) {
    return instant.atOffset(ZoneOffset.UTC).plusYears(years).toInstant();
  }

  static String certificatesPem(List<X509Certificate> certificates) {
    StringWriter out = new StringWriter();
    try (JcaPEMWriter pem = new JcaPEMWriter(out)) {
      for (X509Certificate certificate : certificates) {
        pem.writeObject(certificate);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** PKCS#8 ("BEGIN PRIVATE KEY"), unencrypted: what curl and openssl accept without prompting. */
  static String privateKeyPem(PrivateKey key) {
    StringWriter out = new StringWriter();
    try (JcaPEMWriter pem = new JcaPEMWriter(out)) {
      pem.writeObject(new JcaPKCS8Generator(key, null));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** Stores a key store as a file readable only by its owner. */
  static void writeKeyStore(KeyStore store, Path file, char[] password) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      store.store(bytes, password);
      writeSecret(file, bytes.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot encode key store " + file, e);
    }
  }

  static boolean posix() {
    return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
  }

  /** Writes a file readable only by its owner (where the file system supports POSIX modes). */
  static void writeSecret(Path file, byte[] content) throws IOException {
    createParent(file);
    if (posix()) {
      if (Files.exists(file)) {
        // Tighten before rewriting so the secret never sits in a group-readable file.
        Files.setPosixFilePermissions(file, OWNER_FILE);
      } else {
        Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_FILE));
      }
    }
    Files.write(
        file,
        content,
        StandardOpenOption.CREATE,
        StandardOpenOption.TRUNCATE_EXISTING,
        StandardOpenOption.WRITE);
  }

  static void writePublic(Path file, byte[] content) throws IOException {
    createParent(file);
    Files.write(file, content);
  }

  /** Creates the directory if needed and makes it owner-only (rwx------). */
  static void ownerOnlyDirectory(Path dir) throws IOException {
    Files.createDirectories(dir);
    if (posix()) {
      Files.setPosixFilePermissions(dir, OWNER_DIR);
    }
  }

  private static void createParent(Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
  }
}
