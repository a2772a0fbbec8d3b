package it.cns.enrollment.it;

import static org.assertj.core.api.Assertions.assertThat;

import it.cns.enrollment.devpki.CardProfile;
import it.cns.enrollment.devpki.CertificateAuthority;
import it.cns.enrollment.devpki.IssuedCredential;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Issue #15, fuzzing over HTTP, only with {@code -Pfuzz-http}: mutated SOAP envelopes on the
 * partner listener and edge-case card certificates on the smartcard listener. Every answer is a
 * typed one (a SOAP answer, or a fault carrying the contract's code; a page naming its problem
 * code, or the binding form), no row is written, and the server answers a plain request between
 * every batch. The mutations come from a seeded {@link Random} ({@code -Dit.fuzz.seed}, printed): a
 * run can be repeated exactly. Figures go to {@code target/reliability/http-fuzz.md}.
 */
@EnabledIfSystemProperty(named = "it.fuzz.http", matches = "true")
class HttpFuzzIT extends DeployedApplication {

  private static final int ENVELOPES = Integer.getInteger("it.fuzz.envelopes", 10_000);
  private static final int CERTIFICATES = Integer.getInteger("it.fuzz.certificates", 1_000);
  private static final long SEED = Long.getLong("it.fuzz.seed", System.nanoTime());
  private static final Pattern CODE = Pattern.compile("<code>([A-Z_]+)</code>");
  private static final Pattern PROBLEM =
      Pattern.compile(
          "id=\"problem\"[^>]*data-code=\"([A-Z_]+)\"|data-code=\"([A-Z_]+)\"[^>]*id=\"problem\"");
  private static final String[] TABLES = {
    "account",
    "fisconline_credentials",
    "smartcard_binding",
    "tscns_activation",
    "outbound_mail",
    "partner_request"
  };
  private static final String[] TOKENS = {
    "<",
    ">",
    "&",
    "&amp;",
    "]]>",
    "<![CDATA[",
    "\u0000",
    "&#0;",
    "&#x1F4A9;",
    "\r\n",
    "\"",
    "'",
    "<!DOCTYPE x [<!ENTITY a \"b\">]>",
    "&a;",
    "<!ENTITY % p SYSTEM \"http://127.0.0.1:9/\">",
    "<v1:unknown/>",
    " xmlns:v1=\"urn:other\"",
    " soapenv:mustUnderstand=\"1\"",
    "<soapenv:Header><x:h xmlns:x=\"urn:x\" soapenv:mustUnderstand=\"1\"/></soapenv:Header>",
    "-1",
    "0",
    "99999999999999999999",
    "2026-02-30",
    "1-01-01",
    "+999999999-12-31",
    "NaN",
    "\u202e",
    "\ud83d\ude00",
    "é",
    "\t",
    "%00",
    "%0a",
    "${jndi:ldap://127.0.0.1:9/a}",
    "A".repeat(5_000),
    "<a>".repeat(500)
  };

  private static HttpClient partner;
  private static List<String> envelopes;

  @BeforeAll
  static void prepare() throws Exception {
    TestDatabase.registerPartner("Demo ASL Partner", TestPki.demoPartnerCertificate());
    partner =
        HttpClient.newBuilder()
            .sslContext(TestPki.tls(TestPki.demoPartner()))
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    String cf = TestPeople.newCodiceFiscale();
    String card = Base64.getEncoder().encodeToString(TestPki.card(cf).certificate().getEncoded());
    // Valid shapes of the contract whose valid form is refused all the same (unknown challenge,
    // unknown counter office, unknown card), so that no mutation may legitimately write a row.
    // Request ids of 8 characters or more, as the contract wants: with shorter ones (the first
    // run's) the schema refused every mutating envelope before any code of ours ran.
    envelopes =
        List.of(
            envelope(
                "<v1:registrationStatus><v1:codiceFiscale>"
                    + cf
                    + "</v1:codiceFiscale></v1:registrationStatus>"),
            envelope(
                "<v1:enrollFisconline><v1:requestId>fuzz-enroll</v1:requestId><v1:card>"
                    + "<v1:certificate>"
                    + card
                    + "</v1:certificate>"
                    + "<v1:challengeId>AAAAAAAAAAAAAAAAAAAAAA==</v1:challengeId>"
                    + "<v1:proof>AAAA</v1:proof></v1:card></v1:enrollFisconline>"),
            envelope(
                "<v1:bindSmartcard><v1:requestId>fuzz-bind</v1:requestId><v1:card>"
                    + "<v1:certificate>"
                    + card
                    + "</v1:certificate>"
                    + "<v1:challengeId>AAAAAAAAAAAAAAAAAAAAAA==</v1:challengeId>"
                    + "<v1:proof>AAAA</v1:proof></v1:card></v1:bindSmartcard>"),
            envelope(
                "<v1:activateTsCns><v1:requestId>fuzz-activate</v1:requestId><v1:request>"
                    + "<v1:cardId>8039000300000005</v1:cardId>"
                    + "<v1:holderCodiceFiscale>"
                    + cf
                    + "</v1:holderCodiceFiscale>"
                    + "<v1:activationCase>HOLDER</v1:activationCase>"
                    + "<v1:identityDocument><v1:type>CARTA_IDENTITA</v1:type><v1:number>CA00000AB"
                    + "</v1:number><v1:issuer>Comune di Padova</v1:issuer>"
                    + "<v1:expiry>2031-05-31</v1:expiry></v1:identityDocument>"
                    + "<v1:confirmedDocument>IDENTITY_DOCUMENT</v1:confirmedDocument>"
                    + "<v1:confirmedDocument>TS_CNS_CARD</v1:confirmedDocument>"
                    + "<v1:confirmedDocument>VALID_EMAIL</v1:confirmedDocument>"
                    + "<v1:email>fuzz@example.it</v1:email>"
                    + "<v1:counterOfficeId>9223372036854775000</v1:counterOfficeId>"
                    + "<v1:operator>Fuzz</v1:operator></v1:request></v1:activateTsCns>"),
            envelope(
                "<v1:revokeCard><v1:requestId>fuzz-revoke</v1:requestId>"
                    + "<v1:cardId>8039000300000005</v1:cardId><v1:cip>12345678</v1:cip>"
                    + "</v1:revokeCard>"));
  }

  private static String envelope(String body) {
    return "<?xml version=\"1.0\"?><soapenv:Envelope"
        + " xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\""
        + " xmlns:v1=\"urn:cns-enrollment:partner:v1\"><soapenv:Body>"
        + body
        + "</soapenv:Body></soapenv:Envelope>";
  }

  @Test
  void mutatedSoapEnvelopesGetTypedAnswersWriteNothingAndTheServerKeepsAnswering()
      throws Exception {
    Random random = new Random(SEED);
    Map<String, Long> before = rowCounts();
    Map<String, Integer> answers = new TreeMap<>();
    List<String> untyped = new ArrayList<>();
    Instant start = Instant.now();
    for (int i = 0; i < ENVELOPES; i++) {
      byte[] body = mutate(envelopes.get(random.nextInt(envelopes.size())), random);
      String outcome;
      try {
        HttpResponse<String> r = post(body);
        outcome = classify(r.statusCode(), r.body());
        if (outcome.startsWith("UNTYPED")) {
          keep(i, body);
        }
        if (outcome.startsWith("UNTYPED") && untyped.size() < 20) {
          untyped.add(
              "#"
                  + i
                  + " HTTP "
                  + r.statusCode()
                  + ": "
                  + r.body().substring(0, Math.min(300, r.body().length()))
                  // What was sent, so that a finding becomes a regression test.
                  + " <- "
                  + new String(body, 0, Math.min(body.length, 2000), StandardCharsets.UTF_8));
        }
      } catch (java.io.IOException dropped) {
        outcome = "UNTYPED connection " + dropped.getClass().getSimpleName();
        keep(i, body);
        if (untyped.size() < 20) {
          untyped.add("#" + i + " " + dropped);
        }
      }
      answers.merge(outcome.startsWith("UNTYPED") ? "UNTYPED" : outcome, 1, Integer::sum);
      if (i % 500 == 499) {
        assertThat(answersPlainly()).as("server answering after " + (i + 1)).isTrue();
      }
    }
    long seconds = Duration.between(start, Instant.now()).toSeconds();
    Map<String, Long> after = rowCounts();
    Map<String, String> figures = new TreeMap<>();
    figures.put("seed", String.valueOf(SEED));
    figures.put("envelopes sent", String.valueOf(ENVELOPES));
    figures.put("seconds", String.valueOf(seconds));
    figures.put("answers by code", answers.toString());
    figures.put("rows before / after", before + " / " + after);
    figures.put("untyped samples", untyped.toString());
    report("Mutated SOAP envelopes on the partner listener", figures);

    assertThat(untyped).isEmpty();
    assertThat(after).isEqualTo(before);
    assertThat(answersPlainly()).isTrue();
  }

  @Test
  void edgeCaseCardCertificatesGetTypedPagesAndTheServerKeepsAnswering() throws Exception {
    Random random = new Random(SEED + 1);
    CertificateAuthority foreign = CertificateAuthority.newRoot("Fuzz Foreign CA", "Nessuno");
    KeyPair keys = TestPki.card(TestPeople.newCodiceFiscale()).keyPair();
    Map<String, Long> before = rowCounts();
    Map<String, Integer> answers = new TreeMap<>();
    List<String> untyped = new ArrayList<>();
    Instant start = Instant.now();
    int sent = 0;
    for (int i = 0; i < CERTIFICATES; i++) {
      IssuedCredential card;
      try {
        CardProfile profile = edgeCase(random);
        card = (random.nextInt(10) == 0 ? foreign : TestPki.cnsCa()).issueCard(profile, keys);
      } catch (RuntimeException unbuildable) { // e.g. an OID or URL the builder itself refuses
        answers.merge("not buildable", 1, Integer::sum);
        continue;
      }
      sent++;
      String outcome;
      try {
        HttpClient client =
            HttpClient.newBuilder()
                .sslContext(TestPki.tls(TestPki.keyStore(card)))
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        HttpResponse<String> r =
            client.send(
                HttpRequest.newBuilder(
                        URI.create(ItEnvironment.smartcardUrl("/smartcard/primo-accesso.xhtml")))
                    .timeout(Duration.ofSeconds(60))
                    .GET()
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        outcome = page(r.statusCode(), r.body());
        if (outcome.startsWith("UNTYPED") && untyped.size() < 20) {
          untyped.add(
              "#"
                  + i
                  + " "
                  + card.certificate().getSubjectX500Principal()
                  + " HTTP "
                  + r.statusCode());
        }
      } catch (java.io.IOException refusedInTls) {
        // The TLS layer refusing a certificate it cannot use is an answer too (an alert).
        outcome = "TLS alert";
      }
      answers.merge(outcome.startsWith("UNTYPED") ? "UNTYPED" : outcome, 1, Integer::sum);
      if (i % 100 == 99) {
        assertThat(answersPlainly()).as("server answering after " + (i + 1)).isTrue();
      }
    }
    long seconds = Duration.between(start, Instant.now()).toSeconds();
    Map<String, Long> after = rowCounts();
    Map<String, String> figures = new TreeMap<>();
    figures.put("seed", String.valueOf(SEED + 1));
    figures.put("certificates presented", String.valueOf(sent));
    figures.put("seconds", String.valueOf(seconds));
    figures.put("answers", answers.toString());
    figures.put("rows before / after", before + " / " + after);
    figures.put("untyped samples", untyped.toString());
    report("Edge-case card certificates on the smartcard listener", figures);

    assertThat(sent).isGreaterThanOrEqualTo(CERTIFICATES * 9 / 10);
    assertThat(untyped).isEmpty();
    assertThat(after).isEqualTo(before);
  }

  // --- mutations -------------------------------------------------------------------------------

  private static byte[] mutate(String envelope, Random random) {
    StringBuilder s = new StringBuilder(envelope);
    int n = 1 + random.nextInt(4);
    for (int k = 0; k < n && s.length() > 0; k++) {
      int at = random.nextInt(s.length());
      switch (random.nextInt(7)) {
        case 0 -> s.setCharAt(at, (char) random.nextInt(0x250)); // a character changed
        case 1 -> s.delete(at, Math.min(s.length(), at + 1 + random.nextInt(40)));
        case 2 -> {
          int end = Math.min(s.length(), at + 1 + random.nextInt(80));
          s.insert(at, s.substring(at, end).repeat(1 + random.nextInt(3)));
        }
        case 3 -> s.insert(at, TOKENS[random.nextInt(TOKENS.length)]);
        case 4 -> { // a text node's value replaced
          int gt = s.indexOf(">", at);
          int lt = gt < 0 ? -1 : s.indexOf("<", gt);
          if (lt > gt + 1) {
            s.replace(gt + 1, lt, TOKENS[random.nextInt(TOKENS.length)]);
          }
        }
        case 5 -> s.setLength(at); // cut short
        default -> { // an element name changed
          int lt = s.indexOf("<v1:", at);
          if (lt >= 0) {
            s.insert(lt + 4, (char) ('a' + random.nextInt(26)));
          }
        }
      }
    }
    return s.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static CardProfile edgeCase(Random random) {
    String cf = TestPeople.newCodiceFiscale();
    CardProfile p = CardProfile.forCodiceFiscale(cf);
    Instant now = Instant.now();
    switch (random.nextInt(12)) {
      case 0 -> p = p.withSubjectCommonName(junk(random));
      case 1 -> p = p.withSubjectCommonName(cf.substring(0, 15) + "/" + junk(random));
      case 2 -> p = p.withSerialNumberAttribute(junk(random));
      case 3 -> p = p.withName(junk(random), junk(random));
      case 4 -> p = p.withValidity(now.minus(3, ChronoUnit.DAYS), now.minus(1, ChronoUnit.SECONDS));
      case 5 -> p = p.withValidity(now.plus(1, ChronoUnit.DAYS), now.plus(3, ChronoUnit.DAYS));
      case 6 -> p = p.withPolicies();
      case 7 -> p = p.withKeyUsage(random.nextInt(1 << 9));
      case 8 -> p = p.withExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth);
      case 9 -> p = p.withOrganization(junk(random)).withOrganizationalUnit(junk(random));
      case 10 -> p = p.withDnQualifier(junk(random)).withCardId(CardProfile.randomCardId());
      default -> p = p.withHash(junk(random));
    }
    // Revocation: the test CRL, none, or a service that refuses at once (fail-closed answers).
    return switch (random.nextInt(3)) {
      case 0 -> p.withCrlDistributionPoint(TestRevocation.crlUrl());
      case 1 -> p.withCrlDistributionPoint("http://127.0.0.1:9/none.crl");
      default -> p;
    };
  }

  private static String junk(Random random) {
    String[] shapes = {
      "",
      " ",
      "\u0000",
      "A".repeat(1 + random.nextInt(300)),
      "RSSMRA80A01H501U",
      "rssmra80a01h501u",
      "XXXXXX00X00X000X",
      "/",
      "//",
      "CF/",
      "\u202eLIAM",
      "\ud83d\ude00",
      "é\u0301",
      "IT:" + TestPeople.newCodiceFiscale(),
      "TINIT-" + TestPeople.newCodiceFiscale(),
      "<script>",
      "=,+;\"\\",
      "%00",
      String.valueOf(random.nextLong())
    };
    return shapes[random.nextInt(shapes.length)];
  }

  // --- answers ---------------------------------------------------------------------------------

  private static String classify(int status, String body) {
    if (status == 200 && body.contains("Envelope")) {
      return "200";
    }
    Matcher code = CODE.matcher(body);
    if (status == 500 && body.contains("Fault") && code.find() && !body.contains("\tat ")) {
      return code.group(1);
    }
    return "UNTYPED";
  }

  private static String page(int status, String body) {
    if (body.contains("id=\"bind-form\"")) {
      return "binding form";
    }
    Matcher problem = PROBLEM.matcher(body);
    if (problem.find()) {
      return problem.group(1) != null ? problem.group(1) : problem.group(2);
    }
    return "UNTYPED " + status;
  }

  private static HttpResponse<String> post(byte[] body) throws Exception {
    return partner.send(
        HttpRequest.newBuilder(URI.create(ItEnvironment.partnerUrl(PartnerSoapIT.ENDPOINT)))
            .timeout(Duration.ofSeconds(60))
            .header("Content-Type", "text/xml; charset=utf-8")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** A plain, valid registrationStatus call answered 200. */
  private static boolean answersPlainly() throws Exception {
    return post(envelopes.get(0).getBytes(StandardCharsets.UTF_8)).statusCode() == 200;
  }

  private static Map<String, Long> rowCounts() throws Exception {
    Map<String, Long> counts = new TreeMap<>();
    try (var c = TestDatabase.connect();
        var st = c.createStatement()) {
      for (String table : TABLES) {
        try (var rs = st.executeQuery("select count(*) from " + table)) {
          rs.next();
          counts.put(table, rs.getLong(1));
        }
      }
    }
    return counts;
  }

  /**
   * The whole envelope of a finding, byte for byte, in {@code http-fuzz-findings/}: the sample in
   * the report is cut at 2,000 characters, and the mutations depend on the lengths of the test card
   * and codice fiscale of the run, so a seed alone does not always give the same envelope.
   */
  private static void keep(int index, byte[] body) throws java.io.IOException {
    Path dir = Path.of(ItEnvironment.property("it.reliability.dir"), "http-fuzz-findings");
    Files.createDirectories(dir);
    Files.write(dir.resolve(SEED + "-" + index + ".xml"), body);
  }

  private static void report(String title, Map<String, String> figures) throws Exception {
    StringBuilder md = new StringBuilder("\n### " + title + " (" + Instant.now() + ")\n\n");
    md.append("| figure | value |\n|---|---|\n");
    figures.forEach((k, v) -> md.append("| ").append(k).append(" | ").append(v).append(" |\n"));
    System.out.println(md);
    Path file = Path.of(ItEnvironment.property("it.reliability.dir"), "http-fuzz.md");
    Files.createDirectories(file.getParent());
    Files.writeString(file, md.toString(), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
  }
}
