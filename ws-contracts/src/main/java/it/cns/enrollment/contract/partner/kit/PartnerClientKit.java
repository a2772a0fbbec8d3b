package it.cns.enrollment.contract.partner.kit;

import it.cns.enrollment.contract.partner.v1.CardBinding;
import it.cns.enrollment.contract.partner.v1.CardChallenge;
import it.cns.enrollment.contract.partner.v1.CardPresence;
import it.cns.enrollment.contract.partner.v1.EnrollmentFault;
import it.cns.enrollment.contract.partner.v1.EnrollmentFaultDetail;
import it.cns.enrollment.contract.partner.v1.FisconlineEnrollment;
import it.cns.enrollment.contract.partner.v1.IssuedCredentials;
import it.cns.enrollment.contract.partner.v1.PartnerEnrollment;
import it.cns.enrollment.contract.partner.v1.PartnerEnrollmentService;
import it.cns.enrollment.contract.partner.v1.Registration;
import jakarta.xml.ws.Binding;
import jakarta.xml.ws.BindingProvider;
import jakarta.xml.ws.handler.Handler;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.Security;
import java.security.cert.X509Certificate;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.apache.cxf.configuration.jsse.TLSClientParameters;
import org.apache.cxf.frontend.ClientProxy;
import org.apache.cxf.transport.http.HTTPConduit;

/**
 * The partner client kit's command line: calls the partner API over mutual TLS with the partner's
 * PKCS#12, on the SOAP 1.1 or 1.2 port, signing to the ModI profile when asked. Usage in {@link
 * #USAGE} and docs/partner-api.md. Passwords come from the environment, never from the command line
 * (which other users of the machine can read).
 */
public final class PartnerClientKit {

  static final String USAGE =
      """
      usage: java -jar cns-partner-client.jar --url URL --keystore partner.p12 --truststore trust.p12
                                              [--alias A] [--soap12] [--sign] COMMAND
        status CF          registrationStatus of a codice fiscale
        bindings CF        listBindings of a codice fiscale
        challenge          requestChallenge
        bind   (--card card.p12 | --card-pkcs11 token.cfg) [--request-id ID]
                           challenge, the card signs it for bindSmartcard (CMS), bindSmartcard
        enroll (--card card.p12 | --card-pkcs11 token.cfg) [--request-id ID]
                           challenge, the card signs it for enrollFisconline, enrollFisconline
      --soap12 calls the SOAP 1.2 port (give its URL, .../enrollment-soap12); --sign signs each
      request (ModI ID_AUTH_SOAP_02 + INTEGRITY_SOAP_01) with the partner key and requires a signed
      answer that verifies against the trust store.
      Environment: CNS_KEYSTORE_PASSWORD, CNS_TRUSTSTORE_PASSWORD, CNS_CARD_PASSWORD (PKCS#12 card)
      or CNS_CARD_PIN (PKCS#11 card).
      Exit status: 0 answered, 2 wrong usage, 3 enrollmentFault (code on standard error), 4 other
      failure (TLS, signature, network).
      """;

  private static final int USAGE_ERROR = 2;
  private static final int FAULT = 3;
  private static final int FAILURE = 4;

  // CXF logs through java.util.logging (service creation, each fault it unwinds): the kit says what
  // failed in one line of its own. Held here so the level is not lost with a collected logger.
  private static final java.util.logging.Logger CXF_LOG =
      java.util.logging.Logger.getLogger("org.apache.cxf");

  private final PrintStream out;
  private final Map<String, String> env;

  PartnerClientKit(PrintStream out, Map<String, String> env) {
    this.out = out;
    this.env = env;
  }

  public static void main(String[] args) {
    CXF_LOG.setLevel(java.util.logging.Level.SEVERE);
    System.exit(new PartnerClientKit(System.out, System.getenv()).run(args));
  }

  int run(String[] args) {
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.print(USAGE);
      return USAGE_ERROR;
    }
    try {
      PartnerEnrollment partner = connect(options);
      switch (options.command) {
        case "status" -> print(partner.registrationStatus(options.argument));
        case "bindings" -> partner.listBindings(options.argument).forEach(this::print);
        case "challenge" -> print(partner.requestChallenge());
        case "bind" ->
            print(
                partner.bindSmartcard(
                    options.requestId, presence(partner, options, "bindSmartcard")));
        case "enroll" ->
            print(
                partner.enrollFisconline(
                    options.requestId, presence(partner, options, "enrollFisconline")));
        default -> throw new IllegalStateException(options.command);
      }
      return 0;
    } catch (EnrollmentFault fault) {
      EnrollmentFaultDetail detail = fault.getFaultInfo();
      System.err.println(
          "enrollmentFault "
              + detail.getCode()
              + (detail.getField() == null ? "" : " (" + detail.getField() + ")")
              + ": "
              + detail.getMessageEn());
      return FAULT;
    } catch (Exception e) {
      // One line: what failed and why, no stack trace (TLS refusals and signature failures are
      // the usual ones, and their message says which).
      System.err.println("call failed: " + rootMessage(e));
      return FAILURE;
    }
  }

  private PartnerEnrollment connect(Options options) throws GeneralSecurityException, IOException {
    char[] keyPassword = secret("CNS_KEYSTORE_PASSWORD");
    KeyStore key = load(options.keystore, keyPassword);
    KeyStore trust = load(options.truststore, secret("CNS_TRUSTSTORE_PASSWORD"));
    String alias = options.alias != null ? options.alias : onlyKeyAlias(key);

    PartnerEnrollmentService service = new PartnerEnrollmentService();
    PartnerEnrollment port =
        options.soap12
            ? service.getPartnerEnrollmentSoap12Port()
            : service.getPartnerEnrollmentPort();
    ((BindingProvider) port)
        .getRequestContext()
        .put(BindingProvider.ENDPOINT_ADDRESS_PROPERTY, options.url);
    if (options.sign) {
      Binding binding = ((BindingProvider) port).getBinding();
      @SuppressWarnings("rawtypes")
      List<Handler> chain =
          List.of(
              new ModiSignature(
                  key,
                  alias,
                  keyPassword,
                  trust,
                  options.url,
                  signer ->
                      out.println(
                          "answer signature verified, signed by "
                              + signer.getSubjectX500Principal().getName())));
      binding.setHandlerChain(chain);
    }

    KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    keys.init(key, keyPassword);
    TrustManagerFactory trusted =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    trusted.init(trust);
    SSLContext tls = SSLContext.getInstance("TLS");
    tls.init(keys.getKeyManagers(), trusted.getTrustManagers(), null);
    HTTPConduit conduit = (HTTPConduit) ClientProxy.getClient(port).getConduit();
    TLSClientParameters parameters = new TLSClientParameters();
    parameters.setSslContext(tls);
    conduit.setTlsClientParameters(parameters);
    conduit.getClient().setConnectionTimeout(10_000);
    conduit.getClient().setReceiveTimeout(60_000);
    return port;
  }

  /** A challenge from the server, signed by the card for this operation and its holder. */
  private CardPresence presence(PartnerEnrollment partner, Options options, String operation)
      throws Exception {
    KeyStore card;
    if (options.cardPkcs11 != null) {
      Provider token = Security.getProvider("SunPKCS11").configure(options.cardPkcs11.toString());
      // Without addProvider the JCA cannot route the signature to the token's key.
      Security.addProvider(token);
      card = KeyStore.getInstance("PKCS11", token);
      card.load(null, secret("CNS_CARD_PIN"));
    } else {
      card = load(options.card, secret("CNS_CARD_PASSWORD"));
    }
    String alias = onlyKeyAlias(card);
    X509Certificate certificate = (X509Certificate) card.getCertificate(alias);
    PrivateKey cardKey =
        (PrivateKey)
            card.getKey(alias, options.cardPkcs11 != null ? null : secret("CNS_CARD_PASSWORD"));

    String codiceFiscale = CardProof.codiceFiscaleOf(certificate);
    CardChallenge challenge = partner.requestChallenge();
    out.println(
        "challenge "
            + hex(challenge.getChallengeId())
            + " signed by the card for "
            + operation
            + " of "
            + codiceFiscale);
    CardPresence presence = new CardPresence();
    presence.setCertificate(certificate.getEncoded());
    presence.setChallengeId(challenge.getChallengeId());
    presence.setProof(
        CardProof.sign(
            CardProof.content(operation, codiceFiscale, challenge.getChallenge()),
            cardKey,
            certificate));
    out.println("requestId: " + options.requestId);
    return presence;
  }

  private void print(Registration status) {
    out.println("codiceFiscale: " + status.getCodiceFiscale());
    out.println("state: " + status.getState());
    out.println("boundCards: " + status.getBoundCards());
  }

  private void print(CardChallenge challenge) {
    out.println("challengeId: " + hex(challenge.getChallengeId()));
    out.println("challenge: " + hex(challenge.getChallenge()));
    out.println("expiresAt: " + challenge.getExpiresAt());
  }

  private void print(CardBinding binding) {
    out.println(
        "binding: "
            + binding.getCodiceFiscale()
            + " "
            + binding.getAccountType()
            + (binding.getEntratelSite() == null ? "" : " site " + binding.getEntratelSite())
            + " card "
            + binding.getMaskedCardId()
            + " ("
            + binding.getCardIssuer()
            + ") since "
            + binding.getBoundAt());
  }

  private void print(FisconlineEnrollment enrollment) {
    IssuedCredentials credentials = enrollment.getCredentials();
    // Shown once, to be handed to the citizen: the server keeps only their hashes.
    out.println("codiceFiscale: " + credentials.getCodiceFiscale());
    out.println("pin: " + credentials.getPin());
    out.println("password: " + credentials.getPassword());
    out.println("enabledAt: " + credentials.getEnabledAt());
    print(enrollment.getBinding());
  }

  private char[] secret(String name) {
    return env.getOrDefault(name, "").toCharArray();
  }

  private static KeyStore load(Path file, char[] password)
      throws GeneralSecurityException, IOException {
    KeyStore store = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(file)) {
      store.load(in, password);
    }
    return store;
  }

  private static String onlyKeyAlias(KeyStore store) throws GeneralSecurityException {
    List<String> keys =
        Collections.list(store.aliases()).stream()
            .filter(
                alias -> {
                  try {
                    return store.isKeyEntry(alias);
                  } catch (java.security.KeyStoreException e) {
                    return false;
                  }
                })
            .toList();
    if (keys.size() != 1) {
      throw new GeneralSecurityException(
          "the key store holds " + keys.size() + " keys; name one with --alias");
    }
    return keys.get(0);
  }

  private static String hex(byte[] bytes) {
    return java.util.HexFormat.of().formatHex(bytes);
  }

  private static String rootMessage(Throwable e) {
    String message = e.getClass().getSimpleName() + ": " + e.getMessage();
    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
      message += " <- " + cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }
    return message;
  }

  /** The command line, checked before anything is loaded or called. */
  record Options(
      String url,
      Path keystore,
      Path truststore,
      String alias,
      boolean soap12,
      boolean sign,
      Path card,
      Path cardPkcs11,
      String requestId,
      String command,
      String argument) {

    static Options parse(String[] args) {
      Map<String, String> values = new HashMap<>();
      Deque<String> rest = new ArrayDeque<>(List.of(args));
      List<String> positional = new java.util.ArrayList<>();
      while (!rest.isEmpty()) {
        String arg = rest.removeFirst();
        switch (arg) {
          case "--soap12", "--sign" -> values.put(arg, "true");
          case "--url",
              "--keystore",
              "--truststore",
              "--alias",
              "--card",
              "--card-pkcs11",
              "--request-id" -> {
            if (rest.isEmpty()) {
              throw new IllegalArgumentException(arg + " needs a value");
            }
            values.put(arg, rest.removeFirst());
          }
          default -> {
            if (arg.startsWith("--")) {
              throw new IllegalArgumentException("unknown option " + arg);
            }
            positional.add(arg);
          }
        }
      }
      for (String required : List.of("--url", "--keystore", "--truststore")) {
        if (!values.containsKey(required)) {
          throw new IllegalArgumentException(required + " is required");
        }
      }
      if (positional.isEmpty()) {
        throw new IllegalArgumentException("a command is required");
      }
      String command = positional.get(0);
      int arity =
          switch (command) {
            case "status", "bindings" -> 1;
            case "challenge", "bind", "enroll" -> 0;
            default -> throw new IllegalArgumentException("unknown command " + command);
          };
      if (positional.size() != 1 + arity) {
        throw new IllegalArgumentException(command + " takes " + arity + " argument(s)");
      }
      boolean needsCard = command.equals("bind") || command.equals("enroll");
      if (needsCard && (values.containsKey("--card") == values.containsKey("--card-pkcs11"))) {
        throw new IllegalArgumentException(command + " needs one of --card or --card-pkcs11");
      }
      String requestId = values.getOrDefault("--request-id", "kit-" + UUID.randomUUID());
      if (!requestId.matches("[A-Za-z0-9._:-]{8,64}")) {
        throw new IllegalArgumentException(
            "--request-id must be 8-64 characters from A-Za-z0-9._:-");
      }
      return new Options(
          values.get("--url"),
          Path.of(values.get("--keystore")),
          Path.of(values.get("--truststore")),
          values.get("--alias"),
          values.containsKey("--soap12"),
          values.containsKey("--sign"),
          values.containsKey("--card") ? Path.of(values.get("--card")) : null,
          values.containsKey("--card-pkcs11") ? Path.of(values.get("--card-pkcs11")) : null,
          requestId,
          command,
          arity == 1 ? positional.get(1) : null);
    }
  }
}
