package it.cns.enrollment.interfaces.soap;

import it.cns.enrollment.application.card.RevocationReceipt;
import it.cns.enrollment.application.counter.ActivationReceipt;
import it.cns.enrollment.contract.partner.v1.ActivationCase;
import it.cns.enrollment.contract.partner.v1.CardRevocation;
import it.cns.enrollment.contract.partner.v1.PrintedCodes;
import it.cns.enrollment.contract.partner.v1.TsCnsActivation;
import it.cns.enrollment.contract.partner.v1.TsCnsActivationRequest;
import it.cns.enrollment.domain.activation.ActivationDocument;
import it.cns.enrollment.domain.activation.ActivationRequest;
import it.cns.enrollment.domain.activation.IdentityDocument;
import it.cns.enrollment.domain.activation.IdentityDocumentType;
import it.cns.enrollment.domain.error.InvalidFieldException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import javax.xml.datatype.XMLGregorianCalendar;

/**
 * Translates the TS-CNS activation and revocation messages of the contract to the application's
 * requests and receipts, and back. The contract's enumerations carry the same names as the
 * domain's; a document name the domain does not know is the partner's INVALID_REQUEST.
 */
final class CounterContracts {

  private CounterContracts() {}

  static ActivationRequest request(TsCnsActivationRequest r) {
    it.cns.enrollment.contract.partner.v1.IdentityDocument d = r.getIdentityDocument();
    return new ActivationRequest(
        r.getCardId(),
        r.getHolderCodiceFiscale(),
        it.cns.enrollment.domain.activation.ActivationCase.valueOf(r.getActivationCase().name()),
        r.getActingCodiceFiscale(),
        new IdentityDocument(
            IdentityDocumentType.valueOf(d.getType().name()),
            d.getNumber(),
            d.getIssuer(),
            date(d.getExpiry())),
        documents(r.getConfirmedDocument()),
        r.getEmail(),
        // Absent for a contract 1.1 client: the activation records no consent.
        r.getPrivacyConsent() == null ? null : r.getPrivacyConsent().getNoticeVersion());
  }

  static TsCnsActivation toContract(ActivationReceipt r, byte[] form) {
    PrintedCodes codes = new PrintedCodes();
    codes.setPinFirstHalf(new String(r.printed().pin()));
    codes.setPukFirstHalf(new String(r.printed().puk()));
    codes.setCipFirstHalf(new String(r.printed().cip()));
    TsCnsActivation out = new TsCnsActivation();
    out.setMaskedCardId(r.cardIdMasked());
    out.setHolderCodiceFiscale(r.holderCf());
    out.setActivationCase(ActivationCase.fromValue(r.activationCase().name()));
    out.setActivatedAt(XmlTimes.of(r.activatedAt()));
    out.setCodesGeneration(r.codesGeneration());
    out.setPrintedCodes(codes);
    out.setActivationForm(form);
    return out;
  }

  static CardRevocation toContract(RevocationReceipt r) {
    CardRevocation out = new CardRevocation();
    out.setMaskedCardId(r.cardIdMasked());
    out.setHolderCodiceFiscale(r.holderCf());
    out.setRevokedAt(XmlTimes.of(r.revokedAt()));
    out.setBindingsRevoked(r.bindingsRevoked());
    return out;
  }

  private static Set<ActivationDocument> documents(
      Iterable<it.cns.enrollment.contract.partner.v1.ActivationDocument> documents) {
    Set<ActivationDocument> out = EnumSet.noneOf(ActivationDocument.class);
    for (it.cns.enrollment.contract.partner.v1.ActivationDocument document : documents) {
      String name = document.name();
      try {
        out.add(ActivationDocument.valueOf(name));
      } catch (IllegalArgumentException e) {
        throw new InvalidFieldException(
            "/activateTsCns/request/confirmedDocument", "unknown activation document " + name);
      }
    }
    return out;
  }

  private static LocalDate date(XMLGregorianCalendar c) {
    return LocalDate.of(c.getYear(), c.getMonth(), c.getDay());
  }
}
