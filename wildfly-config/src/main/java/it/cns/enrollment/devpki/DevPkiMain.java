package it.cns.enrollment.devpki;

import java.io.PrintStream;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Command line: {@code DevPkiMain <outputDir> [--password P] [--extra-trust-dir DIR]}.
 *
 * <p>Idempotent: a complete directory is left alone, because regenerating would invalidate the CAs
 * and cards developers imported into their browsers. Only {@value DevPki#CNS_TRUST_P12} is rebuilt
 * when {@code --extra-trust-dir} is given, so newly added issuer certificates are picked up without
 * touching any key.
 */
public final class DevPkiMain {

  static final String USAGE =
      "usage: DevPkiMain <outputDir> [--password P] [--extra-trust-dir DIR]\n"
          + "  password: --password, else $"
          + DevPki.ENV_PASSWORD
          + ", else a random one";

  private static final String ALPHANUMERIC =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

  private DevPkiMain() {}

  /** Exits only on failure, so a launcher calling it in-process keeps running on success. */
  public static void main(String[] args) {
    int status = run(args, System.getenv(), System.out, System.err);
    if (status != 0) {
      System.exit(status);
    }
  }

  /**
   * The whole command, without {@code System.exit}: 0 done, 1 failed, 2 bad usage.
   *
   * @param env where {@value DevPki#ENV_PASSWORD} is looked up (the process environment in main)
   */
  public static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
    Arguments arguments;
    try {
      arguments = Arguments.parse(args);
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      err.println(USAGE);
      return 2;
    }
    Path dir = arguments.outputDir.toAbsolutePath().normalize();
    try {
      if (DevPki.isComplete(dir)) {
        out.println("dev PKI already present in " + dir);
        char[] existing = DevPki.readEnv(dir).get(DevPki.ENV_PASSWORD).toCharArray();
        if (DevPki.addMissingEcServerKey(dir, existing)) {
          out.println("added the EC server key (alias " + DevPki.SERVER_EC_ALIAS + ") to " + dir);
        }
        if (arguments.extraTrustDir != null) {
          refreshCnsTrust(dir, arguments.extraTrustDir, out, err);
        }
        DevPki.writeCnsAnchors(dir, arguments.extraTrustDir);
        return 0;
      }
      String password = password(arguments.password, env);
      String problem = passwordProblem(password);
      if (problem != null) {
        err.println(problem);
        return 2;
      }
      DevPki.generate(dir, password.toCharArray(), arguments.extraTrustDir, err);
      printSummary(dir, password, out);
      return 0;
    } catch (RuntimeException e) {
      err.println("dev PKI generation failed in " + dir + ": " + e);
      return 1;
    }
  }

  private static void refreshCnsTrust(
      Path dir, Path extraTrustDir, PrintStream out, PrintStream err) {
    char[] password = DevPki.readEnv(dir).get(DevPki.ENV_PASSWORD).toCharArray();
    CertificateAuthority cnsCa =
        CertificateAuthority.load(dir.resolve(DevPki.CNS_CA_P12), password);
    int extra = DevPki.writeCnsTrustStore(dir, cnsCa.certificate(), password, extraTrustDir, err);
    out.println(
        "refreshed "
            + DevPki.CNS_TRUST_P12
            + " (dev CNS CA + "
            + extra
            + " from "
            + extraTrustDir
            + ")");
  }

  static String password(String fromArgument, Map<String, String> env) {
    if (fromArgument != null) {
      return fromArgument;
    }
    String fromEnv = env.get(DevPki.ENV_PASSWORD);
    if (fromEnv != null && !fromEnv.isEmpty()) {
      return fromEnv;
    }
    return randomPassword();
  }

  static String randomPassword() {
    SecureRandom random = Pki.RANDOM;
    StringBuilder password = new StringBuilder(24);
    for (int i = 0; i < 24; i++) {
      password.append(ALPHANUMERIC.charAt(random.nextInt(ALPHANUMERIC.length())));
    }
    return password.toString();
  }

  /** pki.env is sourced by shell scripts unquoted, so refuse what would break that. */
  static String passwordProblem(String password) {
    if (password.isEmpty()) {
      return "the password must not be empty";
    }
    for (char c : password.toCharArray()) {
      if (c <= ' ' || c > '~' || "'\"`$\\;&|<>()#".indexOf(c) >= 0) {
        return "the password may hold only printable ASCII without spaces, quotes or shell"
            + " metacharacters ($ ` \\ ; & | < > ( ) #)";
      }
    }
    return null;
  }

  private static void printSummary(Path dir, String password, PrintStream out) {
    out.println("dev PKI written to " + dir);
    DevPki.files().forEach((name, what) -> out.printf("  %-27s %s%n", name, what));
    out.println(
        "password of every .p12 file: "
            + password
            + " (also in "
            + dir.resolve(DevPki.ENV_FILE)
            + ")");
    out.println(
        "import "
            + DevPki.DEMO_CARD
            + ".p12 in the browser as a smartcard stand-in; curl: --cacert "
            + DevPki.SERVER_CA_CERT
            + " --cert "
            + DevPki.DEMO_CARD
            + ".crt.pem --key "
            + DevPki.DEMO_CARD
            + ".key.pem");
  }

  private record Arguments(Path outputDir, String password, Path extraTrustDir) {

    static Arguments parse(String[] args) {
      List<String> positional = new ArrayList<>();
      String password = null;
      Path extraTrustDir = null;
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--password" -> password = value(args, ++i, "--password");
          case "--extra-trust-dir" ->
              extraTrustDir = Path.of(value(args, ++i, "--extra-trust-dir"));
          default -> {
            if (args[i].startsWith("--")) {
              throw new IllegalArgumentException("unknown option " + args[i]);
            }
            positional.add(args[i]);
          }
        }
      }
      if (positional.size() != 1) {
        throw new IllegalArgumentException("exactly one output directory expected");
      }
      return new Arguments(Path.of(positional.get(0)), password, extraTrustDir);
    }

    private static String value(String[] args, int index, String option) {
      if (index >= args.length) {
        throw new IllegalArgumentException(option + " needs a value");
      }
      return args[index];
    }
  }
}
