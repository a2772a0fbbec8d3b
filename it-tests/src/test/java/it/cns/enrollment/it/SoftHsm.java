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
    Path confFile = Path.of(conf);
    Path dir = confFile.getParent();
    try {
      deleteTree(dir);
      Path tokens = Files.createDirectories(dir.resolve("tokens"));
      Files.writeString(
          confFile,
          "directories.tokendir = "
              + tokens
              + "\nobjectstore.backend = file\nlog.level = ERROR\nslots.removable = false\n",
          StandardCharsets.UTF_8);
      run(
          dir,
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
      Files.write(key, card.privateKey().getEncoded());
      Files.write(cert, card.certificate().getEncoded());
      try {
        write(dir, userPin, key, "privkey");
        write(dir, userPin, cert, "cert");
      } finally {
        // Only the token keeps the key from here on.
        Files.delete(key);
        Files.delete(cert);
      }

      Path p11 = dir.resolve("sunpkcs11.cfg");
      Files.writeString(
          p11,
          "name = CnsCard\nlibrary = " + LIBRARY + "\nslotListIndex = 0\n",
          StandardCharsets.UTF_8);
      Provider provider = Security.getProvider("SunPKCS11").configure(p11.toString());
      // Without addProvider the TLS handshake finds no CertificateVerify signature algorithm.
      Security.addProvider(provider);
      return new SoftHsm(provider);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot encode the card's certificate", e);
    }
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

  private static void write(Path dir, String pin, Path file, String type) throws IOException {
    run(
        dir,
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

  private static void run(Path dir, String... command) throws IOException {
    Process process =
        new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
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
