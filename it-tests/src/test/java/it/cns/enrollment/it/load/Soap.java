package it.cns.enrollment.it.load;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SOAP 1.1 envelopes of the partner contract (the shapes of ws-contracts' samples) and of the
 * baseline echo, and reading one element out of an answer. Plain strings: the load generator must
 * cost the client as little as possible, and the server validates every message against the XSD
 * anyway.
 */
public final class Soap {

  public static final String PARTNER_NS = "urn:cns-enrollment:partner:v1";
  public static final String BASELINE_NS = "urn:cns-enrollment:bench-baseline";

  public static final Map<String, String> HEADERS =
      Map.of("Content-Type", "text/xml; charset=utf-8", "SOAPAction", "\"\"");

  private Soap() {}

  private static byte[] envelope(String namespace, String body) {
    return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\""
            + " xmlns:v1=\""
            + namespace
            + "\"><soapenv:Body>"
            + body
            + "</soapenv:Body></soapenv:Envelope>")
        .getBytes(StandardCharsets.UTF_8);
  }

  public static byte[] registrationStatus(String codiceFiscale) {
    return envelope(
        PARTNER_NS,
        "<v1:registrationStatus><v1:codiceFiscale>"
            + codiceFiscale
            + "</v1:codiceFiscale></v1:registrationStatus>");
  }

  public static byte[] requestChallenge() {
    return envelope(PARTNER_NS, "<v1:requestChallenge/>");
  }

  /** {@code operation}: bindSmartcard or enrollFisconline (same card-presence body). */
  public static byte[] cardOperation(
      String operation, String requestId, byte[] certificate, String challengeId, byte[] proof) {
    Base64.Encoder b64 = Base64.getEncoder();
    return envelope(
        PARTNER_NS,
        "<v1:"
            + operation
            + "><v1:requestId>"
            + requestId
            + "</v1:requestId><v1:card><v1:certificate>"
            + b64.encodeToString(certificate)
            + "</v1:certificate><v1:challengeId>"
            + challengeId
            + "</v1:challengeId><v1:proof>"
            + b64.encodeToString(proof)
            + "</v1:proof></v1:card></v1:"
            + operation
            + ">");
  }

  /** The baseline echo: document/literal wrapped, its parameter element unqualified. */
  public static byte[] echo(String text) {
    return envelope(BASELINE_NS, "<v1:echo><text>" + text + "</text></v1:echo>");
  }

  /** The text of the first element with this local name (any prefix), or null. */
  public static String element(String xml, String localName) {
    Matcher m =
        Pattern.compile("<(?:[A-Za-z0-9_]+:)?" + localName + "(?:\\s[^>]*)?>([^<]*)</")
            .matcher(xml);
    return m.find() ? m.group(1) : null;
  }

  /** Throws unless the answer is a 200 without a fault. */
  public static String ok(HttpConnection.Response response) {
    String xml = response.text();
    if (response.status() != 200 || xml.contains(":Fault>")) {
      String code = element(xml, "code");
      throw new IllegalStateException(
          "SOAP answer "
              + response.status()
              + (code != null ? " fault " + code : xml.contains(":Fault>") ? " fault" : ""));
    }
    return xml;
  }
}
