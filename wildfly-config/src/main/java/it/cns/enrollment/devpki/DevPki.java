package it.cns.enrollment.devpki;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.KeyStoreException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The layout of the development PKI directory ({@code .dev/pki/}) and the code that fills it. File
 * names are constants so the launcher and the tests never spell them twice.
 */
public final class DevPki {

  public static final String ENV_FILE = "pki.env";
  public static final String ENV_PASSWORD = "CNS_PKI_PASSWORD";
  public static final String ENV_DIR = "CNS_PKI_DIR";

  public static final String ORGANIZATION = "CNS Enrollment DEV";
  public static final String CNS_CA_NAME = "CNS Enrollment DEV - CA Cittadini";
  public static final String PARTNER_CA_NAME = "CNS Enrollment DEV - Partner CA";
  public static final String SERVER_CA_NAME = "CNS Enrollment DEV - Server CA";

  public static final String CNS_CA_CERT = "cns-ca.crt.pem";

  /** Directory of CNS issuer certificates the application trusts (CNS_TRUST_DIR). */
  public static final String CNS_ANCHORS_DIR = "cns-anchors";

  public static final String CNS_CA_P12 = "cns-ca.p12";
  public static final String PARTNER_CA_CERT = "partner-ca.crt.pem";
  public static final String PARTNER_CA_P12 = "partner-ca.p12";
  public static final String SERVER_CA_CERT = "server-ca.crt.pem";
  public static final String SERVER_CA_P12 = "server-ca.p12";
  public static final String SERVER_P12 = "server.p12";
  public static final String SERVER_TRUST_P12 = "server-trust.p12";
  public static final String CNS_TRUST_P12 = "cns-trust.p12";
  public static final String PARTNER_TRUST_P12 = "partner-trust.p12";

  /** Signs test trusted lists, standing in for AgID's signer (CNS_TRUSTED_LIST_SIGNER). */
  public static final String TRUSTED_LIST_SIGNER_NAME = "CNS Enrollment DEV - Trusted List Signer";

  public static final String TRUSTED_LIST_SIGNER_CERT = "trusted-list-signer.crt.pem";
  public static final String TRUSTED_LIST_SIGNER_P12 = "trusted-list-signer.p12";

  /**
   * Base names: each demo credential is {@code <base>.p12}, {@code .crt.pem} and {@code .key.pem}.
   */
  public static final String DEMO_CARD = "demo-card";

  public static final String DEMO_ENTRATEL_CARD = "demo-entratel-card";
  public static final String DEMO_NEW_CARD = "demo-new-card";
  public static final String DEMO_PARTNER = "demo-partner";

  /** Already enabled to Fisconline. */
  public static final String DEMO_CF = "MSRNTN77H15C351X";

  /** Already enabled to Entratel. */
  public static final String DEMO_ENTRATEL_CF = "RSSMRA80A01H501U";

  /** Not enabled yet: the simplified-enrollment path. */
  public static final String DEMO_NEW_CF = "VRDGPP85M41F205X";

  public static final String SERVER_ALIAS = "server";

  /**
   * The server's second key in {@value #SERVER_P12}, ECDSA P-256: the TLS stack picks it for a
   * client that offers ECDSA signatures, and the RSA one ({@value #SERVER_ALIAS}) for the others.
   */
  public static final String SERVER_EC_ALIAS = "server-ec";

  /** The names in the server certificates. */
  static final String[] SERVER_NAMES = {"localhost", "127.0.0.1", "::1"};

  public static final String CARD_ALIAS = "card";
  public static final String PARTNER_ALIAS = "partner";
  public static final String CNS_CA_TRUST_ALIAS = "cns-ca";
  public static final String PARTNER_CA_TRUST_ALIAS = "partner-ca";
  public static final String SERVER_CA_TRUST_ALIAS = "server-ca";

  private static final Map<String, String> FILES = describeFiles();

  private DevPki() {}

  /** Every file of a complete set, {@value #ENV_FILE} included, with what it is for. */
  public static Map<String, String> files() {
    return FILES;
  }

  /** True when the marker and every other file are there, so nothing must be regenerated. */
  public static boolean isComplete(Path dir) {
    return FILES.keySet().stream().allMatch(name -> Files.isRegularFile(dir.resolve(name)))
        && readEnv(dir).containsKey(ENV_PASSWORD);
  }

  /** Parses {@value #ENV_FILE} ({@code KEY=value} lines); empty when it is missing. */
  public static Map<String, String> readEnv(Path dir) {
    Path env = dir.resolve(ENV_FILE);
    Map<String, String> values = new LinkedHashMap<>();
    if (!Files.isRegularFile(env)) {
      return values;
    }
    try {
      for (String line : Files.readAllLines(env, StandardCharsets.UTF_8)) {
        int eq = line.indexOf('=');
        if (eq > 0 && !line.startsWith("#")) {
          values.put(line.substring(0, eq).trim(), line.substring(eq + 1).trim());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + env, e);
    }
    return values;
  }

  /**
   * Generates a fresh set into {@code dir}, overwriting what is there. The marker is removed first
   * and written last, so an interrupted run is never mistaken for a complete one.
   *
   * @param extraTrustDir optional directory of further CNS issuer certificates, may be null
   * @param warnings where unreadable extra certificates are reported
   */
  public static void generate(Path dir, char[] password, Path extraTrustDir, PrintStream warnings) {
    Path root = dir.toAbsolutePath().normalize();
    try {
      Pki.ownerOnlyDirectory(root);
      Files.deleteIfExists(root.resolve(ENV_FILE));

      CertificateAuthority cnsCa = CertificateAuthority.newRoot(CNS_CA_NAME, ORGANIZATION);
      CertificateAuthority partnerCa = CertificateAuthority.newRoot(PARTNER_CA_NAME, ORGANIZATION);
      CertificateAuthority serverCa = CertificateAuthority.newRoot(SERVER_CA_NAME, ORGANIZATION);
      writeCa(cnsCa, root.resolve(CNS_CA_CERT), root.resolve(CNS_CA_P12), password);
      writeCa(partnerCa, root.resolve(PARTNER_CA_CERT), root.resolve(PARTNER_CA_P12), password);
      writeCa(serverCa, root.resolve(SERVER_CA_CERT), root.resolve(SERVER_CA_P12), password);
      writeCa(
          CertificateAuthority.newRoot(TRUSTED_LIST_SIGNER_NAME, ORGANIZATION),
          root.resolve(TRUSTED_LIST_SIGNER_CERT),
          root.resolve(TRUSTED_LIST_SIGNER_P12),
          password);

      writeServerKeys(root, serverCa, password);
      TrustStores.write(
          root.resolve(SERVER_TRUST_P12),
          Map.of(SERVER_CA_TRUST_ALIAS, serverCa.certificate()),
          password);
      TrustStores.write(
          root.resolve(PARTNER_TRUST_P12),
          Map.of(PARTNER_CA_TRUST_ALIAS, partnerCa.certificate()),
          password);
      writeCnsTrustStore(root, cnsCa.certificate(), password, extraTrustDir, warnings);
      writeCnsAnchors(root, extraTrustDir);

      writeDemo(
          root,
          DEMO_CARD,
          CARD_ALIAS,
          cnsCa.issueCard(CardProfile.forCodiceFiscale(DEMO_CF).withName("ANTONIO", "MESSURI")),
          password);
      writeDemo(
          root,
          DEMO_ENTRATEL_CARD,
          CARD_ALIAS,
          cnsCa.issueCard(
              CardProfile.forCodiceFiscale(DEMO_ENTRATEL_CF).withName("MARIO", "ROSSI")),
          password);
      writeDemo(
          root,
          DEMO_NEW_CARD,
          CARD_ALIAS,
          cnsCa.issueCard(
              CardProfile.forCodiceFiscale(DEMO_NEW_CF).withName("GIUSEPPINA", "VERDI")),
          password);
      writeDemo(
          root,
          DEMO_PARTNER,
          PARTNER_ALIAS,
          partnerCa.issuePartner("Demo ASL Partner", "Azienda ULSS Demo"),
          password);

      String env = ENV_PASSWORD + "=" + new String(password) + "\n" + ENV_DIR + "=" + root + "\n";
      Pki.writeSecret(root.resolve(ENV_FILE), env.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write dev PKI into " + root, e);
    }
  }

  /**
   * {@value #SERVER_P12}: an RSA key ({@value #SERVER_ALIAS}) and an EC one, both under serverCa.
   */
  private static void writeServerKeys(Path dir, CertificateAuthority serverCa, char[] password) {
    KeyStore store = serverCa.issueServer(SERVER_NAMES).toPkcs12(SERVER_ALIAS, password);
    addEcServerKey(store, serverCa, password);
    Pki.writeKeyStore(store, dir.resolve(SERVER_P12), password);
  }

  private static void addEcServerKey(
      KeyStore store, CertificateAuthority serverCa, char[] password) {
    IssuedCredential ec = serverCa.issueEcServer(SERVER_NAMES);
    try {
      store.setKeyEntry(
          SERVER_EC_ALIAS, ec.privateKey(), password, ec.chain().toArray(X509Certificate[]::new));
    } catch (KeyStoreException e) {
      throw new IllegalStateException("cannot add the EC server key", e);
    }
  }

  /**
   * Adds the EC server key to a directory made before there was one, leaving the RSA key (which
   * browsers may have been told to trust) as it is.
   *
   * @return whether a key was added
   */
  public static boolean addMissingEcServerKey(Path dir, char[] password) {
    Path file = dir.resolve(SERVER_P12);
    KeyStore store = TrustStores.load(file, password);
    try {
      if (store.isKeyEntry(SERVER_EC_ALIAS)) {
        return false;
      }
    } catch (KeyStoreException e) {
      throw new IllegalStateException("cannot read " + file, e);
    }
    addEcServerKey(
        store, CertificateAuthority.load(dir.resolve(SERVER_CA_P12), password), password);
    Pki.writeKeyStore(store, file, password);
    return true;
  }

  /**
   * (Re)writes {@value #CNS_TRUST_P12}: the dev CNS CA plus every *.pem/*.crt/*.cer in {@code
   * extraTrustDir}; unparsable files are skipped with a warning, not fatal, because such a folder
   * often collects whatever a developer downloaded.
   *
   * @return how many extra certificates were added
   */
  public static int writeCnsTrustStore(
      Path dir, X509Certificate cnsCa, char[] password, Path extraTrustDir, PrintStream warnings) {
    Map<String, X509Certificate> entries = new LinkedHashMap<>();
    entries.put(CNS_CA_TRUST_ALIAS, cnsCa);
    int extra = 0;
    if (extraTrustDir != null) {
      for (Path file : certificateFiles(extraTrustDir, warnings)) {
        try {
          List<X509Certificate> certificates = TrustStores.readCertificates(file);
          String base = alias(file);
          for (int i = 0; i < certificates.size(); i++) {
            String alias = uniqueAlias(entries, i == 0 ? base : base + "-" + (i + 1));
            entries.put(alias, certificates.get(i));
            extra++;
          }
        } catch (IOException | CertificateException | RuntimeException e) {
          warnings.println(
              "warning: skipping " + file + ": not a readable certificate (" + e + ")");
        }
      }
    }
    TrustStores.write(dir.resolve(CNS_TRUST_P12), entries, password);
    return extra;
  }

  /**
   * (Re)writes {@value #CNS_ANCHORS_DIR}/: the certificates of the CNS issuers the application
   * validates cards against - the dev CNS CA plus the extra trust directory's files - and nothing
   * else (not the server or partner CA).
   */
  public static void writeCnsAnchors(Path dir, Path extraTrustDir) {
    Path anchors = dir.resolve(CNS_ANCHORS_DIR);
    try {
      Files.createDirectories(anchors);
      Files.copy(
          dir.resolve(CNS_CA_CERT),
          anchors.resolve(CNS_CA_CERT),
          java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      if (extraTrustDir != null && Files.isDirectory(extraTrustDir)) {
        for (Path file : certificateFiles(extraTrustDir, System.err)) {
          Files.copy(
              file,
              anchors.resolve("extra-" + file.getFileName()),
              java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("cannot write " + anchors, e);
    }
  }

  private static List<Path> certificateFiles(Path dir, PrintStream warnings) {
    if (!Files.isDirectory(dir)) {
      warnings.println("warning: extra trust directory " + dir + " does not exist; ignored");
      return List.of();
    }
    try (Stream<Path> listing = Files.list(dir)) {
      return listing
          .filter(Files::isRegularFile)
          .filter(
              p -> {
                String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
                return name.endsWith(".pem") || name.endsWith(".crt") || name.endsWith(".cer");
              })
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
  }

  /** PKCS#12 lower-cases aliases anyway; a tame character set keeps keytool listings readable. */
  private static String alias(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    int dot = name.lastIndexOf('.');
    return "extra-" + (dot > 0 ? name.substring(0, dot) : name).replaceAll("[^a-z0-9._-]", "_");
  }

  private static String uniqueAlias(Map<String, ?> taken, String wanted) {
    String alias = wanted;
    for (int n = 2; taken.containsKey(alias); n++) {
      alias = wanted + "_" + n;
    }
    return alias;
  }

  private static void writeCa(
      CertificateAuthority ca, Path certificateFile, Path p12File, char[] password)
      throws IOException {
    Pki.writePublic(
        certificateFile,
        Pki.certificatesPem(List.of(ca.certificate())).getBytes(StandardCharsets.US_ASCII));
    ca.writePkcs12(p12File, password);
  }

  private static void writeDemo(
      Path dir, String base, String alias, IssuedCredential credential, char[] password) {
    credential.writePkcs12(dir.resolve(base + ".p12"), alias, password);
    credential.writePem(dir.resolve(base + ".crt.pem"), dir.resolve(base + ".key.pem"));
  }

  private static Map<String, String> describeFiles() {
    Map<String, String> files = new LinkedHashMap<>();
    files.put(CNS_CA_CERT, "test CNS issuer CA (smartcard listener trust anchor)");
    files.put(CNS_CA_P12, "its key, alias 'ca', to issue more cards");
    files.put(PARTNER_CA_CERT, "partner CA");
    files.put(PARTNER_CA_P12, "its key, alias 'ca'");
    files.put(SERVER_CA_CERT, "server CA: trust anchor for clients (curl --cacert)");
    files.put(SERVER_CA_P12, "its key, alias 'ca'");
    files.put(
        SERVER_P12,
        "TLS server keys, aliases 'server' (RSA) and 'server-ec' (P-256)"
            + " (localhost, 127.0.0.1, ::1)");
    files.put(SERVER_TRUST_P12, "trust store with the server CA, for Java clients");
    files.put(CNS_TRUST_P12, "trust store for the smartcard listener (CNS CAs)");
    files.put(PARTNER_TRUST_P12, "trust store for the partner listener");
    files.put(TRUSTED_LIST_SIGNER_CERT, "signer of test trusted lists (CNS_TRUSTED_LIST_SIGNER)");
    files.put(TRUSTED_LIST_SIGNER_P12, "its key, alias 'ca', to sign trusted lists");
    describeDemo(files, DEMO_CARD, "card of " + DEMO_CF + " ANTONIO MESSURI (Fisconline)");
    describeDemo(
        files, DEMO_ENTRATEL_CARD, "card of " + DEMO_ENTRATEL_CF + " MARIO ROSSI (Entratel)");
    describeDemo(
        files, DEMO_NEW_CARD, "card of " + DEMO_NEW_CF + " GIUSEPPINA VERDI (not enabled)");
    describeDemo(files, DEMO_PARTNER, "partner client certificate (Demo ASL Partner)");
    files.put(ENV_FILE, ENV_PASSWORD + " and " + ENV_DIR);
    return Collections.unmodifiableMap(files);
  }

  private static void describeDemo(Map<String, String> files, String base, String what) {
    files.put(base + ".p12", what + ", PKCS#12");
    files.put(base + ".crt.pem", what + ", certificate chain PEM");
    files.put(base + ".key.pem", what + ", private key PEM (PKCS#8, unencrypted)");
  }
}
