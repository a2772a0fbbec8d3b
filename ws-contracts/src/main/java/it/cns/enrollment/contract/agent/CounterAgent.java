package it.cns.enrollment.contract.agent;

import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * The counter agent's command line. In this order, so that nothing is spent or written on the wrong
 * card: (1) find the token and check that its label or serial number is the card number given; (2)
 * log in as the card's security officer with its current SO PIN (the transport PUK of a new card),
 * which proves the agent may write; (3) fetch the issued PIN and PUK, once, from the server over
 * mutual TLS with the workstation's certificate; (4) set the PIN ({@code C_InitPIN}) and then the
 * PUK as the new SO PIN ({@code C_SetPIN}). Passwords and the SO PIN come from the environment or
 * the console, never from the command line (which other users of the machine can read); the codes
 * are never printed.
 */
public final class CounterAgent {

  static final String USAGE =
      """
      uso / usage: java -jar cns-counter-agent.jar --url https://HOST:PORT --workstation ws.p12
                     [--truststore trust.p12] --library /path/to/pkcs11.so
                     [--slot N | --token LABEL] --card CARD-NUMBER
        --url          the server's partner address (mutual TLS)
        --workstation  the workstation's certificate and key (PKCS#12)
        --truststore   the server's CA (PKCS#12); the JDK's default trust when absent
        --library      the card middleware's PKCS#11 library
        --slot/--token which reader or card, when more than one is present
        --card         the 16-digit number of the card just activated
      Environment (asked on the console when missing): CNS_WORKSTATION_PASSWORD,
      CNS_TRUSTSTORE_PASSWORD, CNS_CARD_SO_PIN (the card's current PUK / SO PIN).
      Exit status: 0 PIN and PUK set; 2 wrong usage; 3 refused by the server; 4 connection,
      certificate or key store failure; 5 wrong card, card not found or current SO PIN refused
      (nothing fetched, nothing written); 6 the card refused the new codes after they were fetched.
      """;

  static final int DONE = 0;
  static final int USAGE_ERROR = 2;
  static final int REFUSED = 3;
  static final int CONNECTION = 4;
  static final int CARD = 5;
  static final int WRITE_FAILED = 6;

  private static final String CODES_PATH = "/agente/codici";

  private final PrintStream out;
  private final PrintStream err;
  private final Map<String, String> env;
  private final Console console;

  CounterAgent(PrintStream out, PrintStream err, Map<String, String> env, Console console) {
    this.out = out;
    this.err = err;
    this.env = env;
    this.console = console;
  }

  public static void main(String[] args) {
    System.exit(
        new CounterAgent(System.out, System.err, System.getenv(), System.console()).run(args));
  }

  /** A failure that ends the run with its status and a message in Italian and English. */
  static final class Stop extends Exception {
    private static final long serialVersionUID = 1L;
    final int status;

    Stop(int status, String italian, String english) {
      super(italian + "\n" + english);
      this.status = status;
    }
  }

  int run(String[] args) {
    try {
      Map<String, String> options = options(args);
      String card = required(options, "--card");
      if (!card.matches("[0-9]{16}")) {
        throw new Stop(
            USAGE_ERROR,
            "Il numero della carta ha 16 cifre: " + card,
            "The card number has 16 digits: " + card);
      }
      execute(options, card);
      out.println(
          "PIN e PUK impostati sulla carta "
              + masked(card)
              + ": la carta si apre con il PIN rilasciato.");
      out.println("PIN and PUK set on card " + masked(card) + ": it opens with the issued PIN.");
      return DONE;
    } catch (Stop s) {
      err.println(s.getMessage());
      if (s.status == USAGE_ERROR) {
        err.print(USAGE);
      }
      return s.status;
    }
  }

  private void execute(Map<String, String> options, String card) throws Stop {
    Cryptoki cryptoki;
    try {
      cryptoki = Cryptoki.open(required(options, "--library"));
    } catch (Cryptoki.Failure | UnsatisfiedLinkError e) {
      throw new Stop(
          CARD,
          "La libreria PKCS#11 del lettore non si apre: " + e.getMessage(),
          "The reader's PKCS#11 library does not open: " + e.getMessage());
    }
    try (cryptoki) {
      Cryptoki.Token token = confirmedToken(cryptoki, options, card);
      long session;
      try {
        session = cryptoki.openSession(token);
      } catch (Cryptoki.Failure e) {
        throw new Stop(
            CARD,
            "La carta non accetta una sessione di scrittura: " + e.getMessage(),
            "The card refuses a read-write session: " + e.getMessage());
      }
      try {
        write(cryptoki, session, options, card);
      } finally {
        cryptoki.closeSession(session);
      }
    }
  }

  /**
   * The token whose label or serial number is the card number, among those in the reader named (or
   * every reader); refused, saying what is there, when none is.
   */
  private Cryptoki.Token confirmedToken(Cryptoki cryptoki, Map<String, String> options, String card)
      throws Stop {
    List<Cryptoki.Token> tokens;
    try {
      tokens = cryptoki.tokens();
    } catch (Cryptoki.Failure e) {
      throw new Stop(
          CARD,
          "Il lettore non risponde: " + e.getMessage(),
          "The reader does not answer: " + e.getMessage());
    }
    List<Cryptoki.Token> inReader =
        tokens.stream()
            .filter(
                t ->
                    !options.containsKey("--slot")
                        || String.valueOf(t.slot()).equals(options.get("--slot")))
            .filter(
                t -> !options.containsKey("--token") || t.label().equals(options.get("--token")))
            .toList();
    if (inReader.isEmpty()) {
      throw new Stop(
          CARD,
          "Nessuna carta nel lettore: inserisca la carta " + card + ".",
          "No card in the reader: insert card " + card + ".");
    }
    List<Cryptoki.Token> matching =
        inReader.stream().filter(t -> card.equals(t.label()) || card.equals(t.serial())).toList();
    if (matching.isEmpty()) {
      String present =
          String.join(
              "; ",
              inReader.stream()
                  .map(t -> "\"" + t.label() + "\" / \"" + t.serial() + "\"")
                  .toList());
      throw new Stop(
          CARD,
          "La carta nel lettore (etichetta / numero di serie: "
              + present
              + ") non è la carta "
              + card
              + ": nulla è stato scritto né richiesto al server.",
          "The card in the reader (label / serial: "
              + present
              + ") is not card "
              + card
              + ": nothing was written nor asked of the server.");
    }
    if (matching.size() > 1) {
      throw new Stop(
          CARD,
          "Più lettori con la carta " + card + ": indichi quale con --slot.",
          "More than one reader with card " + card + ": say which with --slot.");
    }
    return matching.get(0);
  }

  private void write(Cryptoki cryptoki, long session, Map<String, String> options, String card)
      throws Stop {
    char[] soPin =
        secret(
            "CNS_CARD_SO_PIN", "PUK attuale della carta (PIN SO) / card's current PUK (SO PIN): ");
    try {
      try {
        cryptoki.loginSecurityOfficer(session, soPin);
      } catch (Cryptoki.Failure e) {
        throw new Stop(
            CARD,
            "La carta rifiuta il PUK attuale (" + e.getMessage() + "): nulla è stato scritto.",
            "The card refuses its current PUK (" + e.getMessage() + "): nothing was written.");
      }
      Map<String, char[]> codes = fetch(options, card);
      char[] pin = codes.get("pin");
      char[] puk = codes.get("puk");
      try {
        cryptoki.initPin(session, pin);
        cryptoki.setPin(session, soPin, puk);
      } catch (Cryptoki.Failure e) {
        throw new Stop(
            WRITE_FAILED,
            "La carta ha rifiutato i nuovi codici ("
                + e.getMessage()
                + "): i codici sono stati consegnati una sola volta, occorre una ristampa dei"
                + " codici allo sportello.",
            "The card refused the new codes ("
                + e.getMessage()
                + "): the codes are handed out once, a reissue of the codes at the counter is"
                + " needed.");
      } finally {
        codes.values().forEach(c -> Arrays.fill(c, '\0'));
      }
    } finally {
      Arrays.fill(soPin, '\0');
    }
  }

  /** The PIN and PUK for the card, from the server; the caller wipes them. */
  private Map<String, char[]> fetch(Map<String, String> options, String card) throws Stop {
    HttpClient client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .sslContext(tls(options))
            .connectTimeout(Duration.ofSeconds(20))
            .build();
    URI uri;
    try {
      String base = required(options, "--url");
      uri =
          URI.create(
              (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + CODES_PATH);
    } catch (IllegalArgumentException e) {
      throw new Stop(USAGE_ERROR, "Indirizzo non valido: " + e.getMessage(), "Bad address: " + e);
    }
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .timeout(Duration.ofSeconds(60))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept-Language", "it")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "carta=" + URLEncoder.encode(card, StandardCharsets.UTF_8)))
            .build();
    HttpResponse<byte[]> response;
    try {
      response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new Stop(
          CONNECTION,
          "Collegamento al server non riuscito: " + e,
          "Connection to the server failed: " + e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Stop(CONNECTION, "Interrotto.", "Interrupted.");
    }
    byte[] body = response.body();
    try {
      if (response.statusCode() != 200) {
        String answer = new String(body, StandardCharsets.UTF_8).strip();
        throw new Stop(
            REFUSED,
            "Il server ha rifiutato (HTTP " + response.statusCode() + "): " + answer,
            "The server refused (HTTP " + response.statusCode() + "), see above.");
      }
      return parse(body, card);
    } finally {
      Arrays.fill(body, (byte) 0);
    }
  }

  /** Lines {@code carta=}, {@code pin=}, {@code puk=}; the card must be the one asked for. */
  static Map<String, char[]> parse(byte[] body, String card) throws Stop {
    Map<String, char[]> values = new HashMap<>();
    int start = 0;
    for (int i = 0; i <= body.length; i++) {
      if (i == body.length || body[i] == '\n') {
        int eq = start;
        while (eq < i && body[eq] != '=') {
          eq++;
        }
        if (eq < i) {
          String key = new String(body, start, eq - start, StandardCharsets.US_ASCII);
          char[] value = new char[i - eq - 1];
          for (int j = 0; j < value.length; j++) {
            value[j] = (char) body[eq + 1 + j];
          }
          values.put(key, value);
        }
        start = i + 1;
      }
    }
    char[] answeredCard = values.remove("carta");
    if (answeredCard == null
        || !card.equals(new String(answeredCard))
        || !digits(values.get("pin"))
        || !digits(values.get("puk"))) {
      values.values().forEach(c -> Arrays.fill(c, '\0'));
      throw new Stop(
          REFUSED,
          "Il server ha risposto in un formato inatteso: nulla è stato scritto.",
          "The server answered in an unexpected form: nothing was written.");
    }
    return values;
  }

  private static boolean digits(char[] code) {
    if (code == null || code.length < 4) {
      return false;
    }
    for (char c : code) {
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private SSLContext tls(Map<String, String> options) throws Stop {
    try {
      char[] password =
          secret(
              "CNS_WORKSTATION_PASSWORD",
              "Password del PKCS#12 della postazione / workstation PKCS#12 password: ");
      KeyManagerFactory keys =
          KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      keys.init(load(required(options, "--workstation"), password), password);
      Arrays.fill(password, '\0');
      TrustManagerFactory trust =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      if (options.containsKey("--truststore")) {
        char[] trustPassword =
            secret("CNS_TRUSTSTORE_PASSWORD", "Password del trust store / trust store password: ");
        trust.init(load(options.get("--truststore"), trustPassword));
        Arrays.fill(trustPassword, '\0');
      } else {
        trust.init((KeyStore) null);
      }
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(keys.getKeyManagers(), trust.getTrustManagers(), null);
      return context;
    } catch (IOException | GeneralSecurityException e) {
      throw new Stop(
          CONNECTION,
          "Certificato della postazione o trust store non leggibile: " + e.getMessage(),
          "Workstation certificate or trust store unreadable: " + e.getMessage());
    }
  }

  private static KeyStore load(String file, char[] password)
      throws IOException, GeneralSecurityException {
    try (InputStream in = Files.newInputStream(Path.of(file))) {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(in, password);
      return store;
    }
  }

  /** A secret from the environment, else typed on the console without echo. */
  private char[] secret(String variable, String prompt) throws Stop {
    String value = env.get(variable);
    if (value != null && !value.isEmpty()) {
      return value.toCharArray();
    }
    char[] typed = console == null ? null : console.readPassword("%s", prompt);
    if (typed == null || typed.length == 0) {
      throw new Stop(
          USAGE_ERROR,
          "Manca " + variable + " (ambiente o console).",
          variable + " is missing (environment or console).");
    }
    return typed;
  }

  private static Map<String, String> options(String[] args) throws Stop {
    Map<String, String> options = new HashMap<>();
    List<String> known =
        List.of(
            "--url", "--workstation", "--truststore", "--library", "--slot", "--token", "--card");
    for (int i = 0; i < args.length; i += 2) {
      if (!known.contains(args[i]) || i + 1 >= args.length) {
        throw new Stop(USAGE_ERROR, "Argomento non valido: " + args[i], "Bad argument: " + args[i]);
      }
      options.put(args[i], args[i + 1]);
    }
    return options;
  }

  private static String required(Map<String, String> options, String name) throws Stop {
    String value = options.get(name);
    if (value == null || value.isBlank()) {
      throw new Stop(USAGE_ERROR, "Manca " + name + ".", name + " is missing.");
    }
    return value;
  }

  private static String masked(String card) {
    return "************" + card.substring(12);
  }
}
