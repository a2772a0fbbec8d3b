package it.cns.enrollment.infrastructure.pdf;

import it.cns.enrollment.application.port.ActivationFormContent;
import it.cns.enrollment.application.port.ActivationFormRenderer;
import jakarta.enterprise.context.Dependent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * The TS-CNS activation form ("Attivazione TS-CNS / Activation form"), A4, two copies: page 1 for
 * the holder, page 2 for the office. Both carry the holder, the card, the case, the acting person
 * and their identity document, the documents checked, the operator, the counter, the date and the
 * signature boxes; only the holder's copy carries the first half of the PIN, PUK and CIP - the
 * office keeps the signed form, not the codes.
 *
 * <p>Accessible and archival (issue #16) as every PDF of the application ({@link TaggedPdf}):
 * PDF/A-2a and PDF/UA-1, checked by veraPDF. The form has no images, so no alternative text.
 *
 * <p>Dependent scope: a final class cannot be proxied; each caller gets its own instance.
 */
@Dependent
public final class ActivationFormPdf implements ActivationFormRenderer {

  static final String HOLDER_COPY = "Copia per il titolare / Holder's copy";
  static final String OFFICE_COPY = "Copia per l'ufficio / Office copy";
  static final String TITLE = "Attivazione TS-CNS / Activation form";
  static final String LANGUAGE = TaggedPdf.LANGUAGE;

  private static final float BODY = TaggedPdf.BODY;
  private volatile float roomLeft = Float.NaN;

  /**
   * Points left between the signature boxes of the last page written and the bottom margin: below
   * zero the boxes were pushed over the text above them (a test keeps the longest form on its
   * page).
   */
  float roomLeftOnLastPage() {
    return roomLeft;
  }

  /** The form as PDF bytes. */
  @Override
  public byte[] render(ActivationFormContent content) {
    try (TaggedPdf pdf = new TaggedPdf(TITLE)) {
      page(pdf, content, HOLDER_COPY, true);
      page(pdf, content, OFFICE_COPY, false);
      return pdf.finish();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the activation form", e);
    }
  }

  private void page(TaggedPdf pdf, ActivationFormContent c, String copy, boolean withCodes)
      throws IOException {
    PDFont regular = pdf.regular;
    try (TaggedPdf.Cursor w = pdf.page()) {
      float width = w.width;
      w.title(TITLE);
      w.start("P");
      w.line(pdf.bold, 11, copy);
      w.gap(6);

      w.section("Titolare e tessera / Holder and card");
      w.field("Codice fiscale del titolare / Holder's tax code", c.holderCf());
      if (c.holderName() != null && !c.holderName().isBlank()) {
        w.field("Nome e cognome / Name", c.holderName());
      }
      w.field("Numero della tessera / Card number", c.cardId());
      w.field("Caso di attivazione / Activation case", c.caseLabelIt());
      w.wrapped(regular, BODY - 1, "(" + c.caseLabelEn() + ")", width);

      w.section("Chi si presenta allo sportello / Person at the counter");
      w.field("Codice fiscale / Tax code", c.actingCf() + " (" + c.actingRoleIt() + ")");
      if (c.actingName() != null && !c.actingName().isBlank()) {
        w.field("Nome e cognome / Name", c.actingName());
      }
      w.field("Documento di identità / Identity document", c.identityDocumentType());
      w.field("Numero / Number", c.identityDocumentNumber());
      w.field("Rilasciato da / Issued by", c.identityDocumentIssuer());
      w.field("Scadenza / Expiry", c.identityDocumentExpiry());

      w.section("Documenti verificati / Documents checked");
      for (String d : c.documentsChecked()) {
        w.wrapped(regular, BODY, "[X] " + d, width);
      }

      w.section("Codici personali, prima parte / Personal codes, first part");
      if (withCodes) {
        w.field("PIN - prima parte / first part", new String(c.pinFirstHalf()));
        w.field("PUK - prima parte / first part", new String(c.pukFirstHalf()));
        w.field("CIP - prima parte / first part", new String(c.cipFirstHalf()));
        w.wrapped(
            regular,
            BODY - 0.5f,
            "La seconda parte di ciascun codice è inviata per e-mail a "
                + c.email()
                + ": il codice completo è la prima parte seguita dalla seconda. Conservi i codici"
                + " separati dalla tessera. / The second part of each code is e-mailed to the"
                + " address above: the whole code is the first part followed by the second.",
            width);
      } else {
        w.wrapped(
            regular,
            BODY,
            "Riportati solo sulla copia del titolare. / Printed on the holder's copy only.",
            width);
      }
      w.field("Emissione dei codici n. / Codes issue no.", String.valueOf(c.codesGeneration()));

      w.section("Sportello / Counter");
      w.field("Ufficio / Office", c.counterName());
      w.field("Azienda sanitaria / Health agency", c.counterAgency());
      w.field("Indirizzo / Address", c.counterAddress());
      w.field("Operatore / Operator", c.operator());
      w.field("Data e ora / Date and time", c.dateTime());

      w.section("Informativa e consenso / Privacy notice and consent");
      w.field(
          "Informativa privacy / Privacy notice", "versione / version " + c.consentNoticeVersion());
      if (c.consentDeclared()) {
        w.field("Consenso prestato da / Consent given by", c.consentGivenBy());
        w.field("Il / On", c.consentGivenAt());
        w.wrapped(
            regular,
            BODY - 0.5f,
            "Chi si presenta ha ricevuto l'informativa (art. 13 GDPR) e presta il consenso al"
                + " trattamento dei dati personali, che conferma firmando qui sotto. / The person at"
                + " the counter received the notice and consents to the processing of personal"
                + " data, confirmed by signing below.",
            width);
      } else {
        w.wrapped(
            regular,
            BODY - 0.5f,
            "Consenso non dichiarato nella richiesta: chi si presenta, ricevuta l'informativa,"
                + " lo presta firmando qui sotto. / No consent was declared with the request: the"
                + " person at the counter, after receiving the notice, gives it by signing below.",
            width);
      }

      w.gap(14);
      roomLeft =
          w.signatureBoxes(
              List.of(
                  "Firma del titolare o di chi si presenta / Signature of the holder or person at"
                      + " the counter",
                  "Firma per il consenso al trattamento dei dati / Signature for the consent to"
                      + " data processing",
                  "Firma dell'operatore / Operator's signature"));
    }
  }

  /** {@code s} with every character the font has no glyph for replaced by '?'. */
  static String printable(PDFont font, String s) {
    return TaggedPdf.printable(font, s);
  }
}
