package it.cns.enrollment.infrastructure.pki.validation;

import static it.cns.enrollment.infrastructure.pki.validation.TrustedListException.Reason.EXPIRED;
import static it.cns.enrollment.infrastructure.pki.validation.TrustedListException.Reason.MALFORMED;
import static it.cns.enrollment.infrastructure.pki.validation.TrustedListReader.TSL_NAMESPACE;
import static it.cns.enrollment.infrastructure.pki.validation.TrustedListReader.child;
import static it.cns.enrollment.infrastructure.pki.validation.TrustedListReader.children;
import static it.cns.enrollment.infrastructure.pki.validation.TrustedListReader.text;

import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.w3c.dom.Element;

/**
 * The content of a trusted list whose signature has already been verified: expiry and the IdV
 * services' certificates. Only the schema's own path is followed (root / TrustServiceProviderList /
 * TrustServiceProvider / TSPServices / TSPService / ServiceInformation), never ServiceHistory and
 * never anything inside the signature.
 */
final class TrustedListContent {

  private TrustedListContent() {}

  static TrustedListReader.TrustedList read(Element root, Instant now, Duration expiryGrace) {
    Element scheme =
        child(root, "SchemeInformation")
            .orElseThrow(() -> new TrustedListException(MALFORMED, "no SchemeInformation"));
    Instant nextUpdate = nextUpdate(scheme);
    if (nextUpdate.plus(expiryGrace).isBefore(now)) {
      throw new TrustedListException(EXPIRED, "NextUpdate " + nextUpdate + " is past");
    }
    String description =
        "trusted list "
            + text(scheme, "SchemeTerritory").orElse("?")
            + " #"
            + text(scheme, "TSLSequenceNumber").orElse("?")
            + " issued "
            + text(scheme, "ListIssueDateTime").orElse("?");

    List<X509Certificate> certificates = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    for (Element provider : providers(root)) {
      String tspName = firstName(child(provider, "TSPInformation").orElse(null), "TSPName");
      for (Element services : children(provider, TSL_NAMESPACE, "TSPServices")) {
        for (Element service : children(services, TSL_NAMESPACE, "TSPService")) {
          child(service, "ServiceInformation")
              .ifPresent(info -> readService(info, tspName, certificates, warnings));
        }
      }
    }
    return new TrustedListReader.TrustedList(
        certificates, description, nextUpdate, sequenceNumber(scheme), warnings);
  }

  private static Optional<Long> sequenceNumber(Element scheme) {
    try {
      return text(scheme, "TSLSequenceNumber").map(String::strip).map(Long::valueOf);
    } catch (NumberFormatException e) {
      return Optional.empty(); // the schema says positive integer; only rollback checks read it
    }
  }

  private static Instant nextUpdate(Element scheme) {
    Element next =
        child(scheme, "NextUpdate")
            .orElseThrow(() -> new TrustedListException(MALFORMED, "no NextUpdate"));
    // An empty NextUpdate is how TS 119 612 marks a closed list: nothing in it is current.
    return text(next, "dateTime")
        .filter(s -> !s.isEmpty())
        .map(TrustedListReader::dateTime)
        .orElseThrow(() -> new TrustedListException(EXPIRED, "closed list (empty NextUpdate)"));
  }

  private static List<Element> providers(Element root) {
    List<Element> out = new ArrayList<>();
    for (Element list : children(root, TSL_NAMESPACE, "TrustServiceProviderList")) {
      out.addAll(children(list, TSL_NAMESPACE, "TrustServiceProvider"));
    }
    return out;
  }

  private static void readService(
      Element info, String tspName, List<X509Certificate> certificates, List<String> warnings) {
    String type = text(info, "ServiceTypeIdentifier").orElse("");
    if (!TrustedListReader.IDV_SERVICE_TYPE.equals(type)) {
      return;
    }
    String name = tspName + " / " + firstName(info, "ServiceName");
    String status = text(info, "ServiceStatus").orElse("");
    if (!TrustedListReader.ACCEPTED_STATUSES.contains(status)) {
      warnings.add("IdV service " + name + " skipped: status " + status);
      return;
    }
    int before = certificates.size();
    Element identity = child(info, "ServiceDigitalIdentity").orElse(null);
    if (identity != null) {
      for (Element digitalId : children(identity, TSL_NAMESPACE, "DigitalId")) {
        for (Element x509 : children(digitalId, TSL_NAMESPACE, "X509Certificate")) {
          try {
            certificates.add(TrustedListReader.certificate(x509.getTextContent()));
          } catch (CertificateException | RuntimeException e) {
            warnings.add("IdV service " + name + ": unreadable certificate skipped: " + e);
          }
        }
      }
    }
    if (certificates.size() == before) {
      warnings.add("IdV service " + name + " has no usable X509Certificate");
    }
  }

  /** The first Name under a multilingual element such as TSPName or ServiceName. */
  private static String firstName(Element parent, String element) {
    if (parent == null) {
      return "?";
    }
    return child(parent, element).flatMap(e -> text(e, "Name")).orElse("?");
  }
}
