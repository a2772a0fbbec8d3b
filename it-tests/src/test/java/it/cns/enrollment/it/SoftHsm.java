package it.cns.enrollment.it;

import it.cns.enrollment.devpki.IssuedCredential;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.Provider;
import java.security.Security;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A SoftHSM2 token standing in for the smartcard, read through Java's SunPKCS11 provider as the
 * card middleware would be: the card's key is written onto the token once and from then on only the
 * token signs with it.
 *
 * <p>SoftHSM2 reads {@code SOFTHSM2_CONF} from the environment of the process that loads it, i.e.
 * this JVM: failsafe sets it to a path under {@code target/softhsm}, and {@link #create} writes
 * that configuration and a fresh token directory before the library is ever loaded. The library
 * keeps its token list from its first initialisation, so one token serves a whole test JVM.
 */
final class SoftHsm {

  static final Path LIBRARY = Path.of("/usr/lib/softhsm/libsofthsm2.so");
  static final Path SOFTHSM2_UTIL = Path.of("/usr/bin/softhsm2-util");
  static final Path PKCS11_TOOL = Path.of("/usr/bin/pkcs11-tool");
  static final String LABEL = "card";

  private static boolean created;

  private final Provider provider;

  private SoftHsm(Provider provider) {
    this.provider = provider;
  }

  static boolean installed() {
    return Files.isReadable(LIBRARY)
        && Files.isExecutable(SOFTHSM2_UTIL)
        && Files.isExecutable(PKCS11_TOOL);
  }

  /**
   * Initialises a token labelled {@value #LABEL} with these PINs, writes the card's private key and
   * certificate on it (same id), and configures a SunPKCS11 provider over it.
   */
  static synchronized SoftHsm create(IssuedCredential card, String userPin, String soPin) {
    if (created) {
      throw new IllegalStateException("one SoftHSM2 token per test JVM (see the class comment)");
    }
    created = true;
    String conf = System.getenv("SOFTHSM2_CONF");
    if (conf == null || conf.isBlank()) {
      throw new IllegalStateException(
          "SOFTHSM2_CONF is not set in the test JVM's environment: run the tests with `mvn verify`");
    }
    try {
      Path p11 = initialise(Path.of(conf), card, userPin, soPin);
      Provider provider = Security.getProvider("SunPKCS11").configure(p11.toString());
      // Without addProvider the TLS handshake finds no CertificateVerify signature algorithm.
      Security.addProvider(provider);
      return new SoftHsm(provider);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A token of its own for another process (the partner client kit's JVM): its SoftHSM2
   * configuration and SunPKCS11 configuration file under {@code dir}; that process gets {@code
   * softhsmConf} as its {@code SOFTHSM2_CONF}. This JVM never loads the library for it.
   */
  record Token(Path softhsmConf, Path pkcs11Config) {}

  static Token onDisk(Path dir, IssuedCredential card, String userPin, String soPin) {
    Path conf = dir.resolve("softhsm2.conf");
    try {
      return new Token(conf, initialise(conf, card, userPin, soPin));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A fresh token directory and configuration at {@code confFile}, a token labelled {@value #LABEL}
   * holding the card's key and certificate (same id), and the SunPKCS11 configuration for it;
   * returns the latter.
   */
  private static Path initialise(Path confFile, IssuedCredential card, String userPin, String soPin)
      throws IOException {
    Path dir = confFile.getParent();
    deleteTree(dir);
    Path tokens = Files.createDirectories(dir.resolve("tokens"));
    Files.writeString(
        confFile,
        "directories.tokendir = "
            + tokens
            + "\nobjectstore.backend = file\nlog.level = ERROR\nslots.removable = false\n",
        StandardCharsets.UTF_8);
    run(
        confFile,
        SOFTHSM2_UTIL.toString(),
        "--init-token",
        "--free",
        "--label",
        LABEL,
        "--pin",
        userPin,
        "--so-pin",
        soPin);

    Path key = dir.resolve("key.der");
    Path cert = dir.resolve("cert.der");
    try {
      Files.write(key, card.privateKey().getEncoded());
      Files.write(cert, card.certificate().getEncoded());
      write(confFile, userPin, key, "privkey");
      write(confFile, userPin, cert, "cert");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot encode the card's certificate", e);
    } finally {
      // Only the token keeps the key from here on.
      Files.deleteIfExists(key);
      Files.deleteIfExists(cert);
    }

    Path p11 = dir.resolve("sunpkcs11.cfg");
    Files.writeString(
        p11,
        "name = CnsCard\nlibrary = " + LIBRARY + "\nslotListIndex = 0\n",
        StandardCharsets.UTF_8);
    return p11;
  }

  /** The token as a key store, after logging in with this PIN (what the card reader asks for). */
  KeyStore login(char[] pin) throws Exception {
    KeyStore keyStore = KeyStore.getInstance("PKCS11", provider);
    keyStore.load(null, pin);
    return keyStore;
  }

  /** Logs out, so that the next {@link #login} really checks its PIN. */
  void logout() throws Exception {
    ((java.security.AuthProvider) provider).logout();
  }

  /** Removes the provider; the library stays loaded (and initialised) in this JVM. */
  void remove() {
    Security.removeProvider(provider.getName());
  }

  private static void write(Path confFile, String pin, Path file, String type) throws IOException {
    run(
        confFile,
        PKCS11_TOOL.toString(),
        "--module",
        LIBRARY.toString(),
        "--token-label",
        LABEL,
        "--login",
        "--pin",
        pin,
        "--write-object",
        file.toString(),
        "--type",
        type,
        "--id",
        "01",
        "--label",
        LABEL);
  }

  /** Runs a SoftHSM2 or OpenSC tool on the token configured by {@code confFile}. */
  private static void run(Path confFile, String... command) throws IOException {
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(confFile.getParent().toFile())
            .redirectErrorStream(true);
    builder.environment().put("SOFTHSM2_CONF", confFile.toString());
    Process process = builder.start();
    try {
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
        throw new IOException(command[0] + " " + command[1] + " failed: " + output);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
      throw new IOException(command[0] + " interrupted", e);
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    }
  }
}
