package it.cns.enrollment.application.forms;

import it.cns.enrollment.application.port.DocumentRenderer;
import it.cns.enrollment.application.port.PrintedDocument;
import it.cns.enrollment.application.port.PrintedDocument.Blank;
import it.cns.enrollment.application.port.PrintedDocument.Block;
import it.cns.enrollment.application.port.PrintedDocument.Field;
import it.cns.enrollment.application.port.PrintedDocument.Heading;
import it.cns.enrollment.application.port.PrintedDocument.Page;
import it.cns.enrollment.application.port.PrintedDocument.Paragraph;
import it.cns.enrollment.application.port.PrintedDocument.Signatures;
import it.cns.enrollment.application.text.Messages;
import it.cns.enrollment.domain.activation.ActivationInputException;
import it.cns.enrollment.domain.error.BusinessRefusal;
import it.cns.enrollment.domain.identity.CardId;
import it.cns.enrollment.domain.identity.CodiceFiscale;
import it.cns.enrollment.domain.identity.InvalidCardIdException;
import it.cns.enrollment.domain.identity.InvalidCodiceFiscaleException;
import it.cns.enrollment.domain.mail.EmailAddress;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/**
 * The two forms the holder signs when a delegate activates the TS-CNS for them (the checklist's
 * "ATTIVAZIONE TS-CNS" and "RICHIESTA DEI CODICI PERSONALI"), as PDFs made on request: blank, or
 * pre-filled with the values given, each checked first (a codice fiscale or card number that could
 * never pass at the counter is refused with the field and the reason). Open to anybody; nothing is
 * stored, logged or audited.
 */
@Stateless
@PermitAll
public class BlankForms {

  /** The longest name printed; longer input is refused, not cut. */
  static final int NAME_MAX = 100;

  private static final Messages IT = Messages.ITALIAN;
  private static final Messages EN = Messages.ENGLISH;

  @Inject DocumentRenderer renderer;

  /**
   * The holder's delegation ("Attivazione TS-CNS - delega"), one page.
   *
   * @throws BusinessRefusal INVALID_REQUEST (naming the field) or INVALID_EMAIL for a value given
   *     that is not valid
   */
  public byte[] delegation(DelegationDetails details) {
    DelegationDetails d = checked(details);
    List<Block> blocks = new ArrayList<>();
    holder(blocks, d);
    blocks.add(new Heading(both("delegate")));
    blocks.add(value(both("name"), d.delegateName()));
    blocks.add(value(both("cf"), d.delegateCf()));
    blocks.add(new Paragraph(IT.printed("delegation.text")));
    blocks.add(new Paragraph(EN.printed("delegation.text")));
    blocks.add(new Heading(both("attach")));
    for (String item : List.of("attach.holderId", "attach.medical", "attach.codesRequest")) {
      blocks.add(new Paragraph("- " + IT.printed(item) + " / " + EN.printed(item)));
    }
    blocks.add(new Blank(both("placeDate")));
    blocks.add(new Signatures(List.of(both("holderSignature"))));
    return renderer.render(
        new PrintedDocument(both("delegation.title"), List.of(new Page(null, blocks))));
  }

  /**
   * The holder's request for the personal codes ("Richiesta dei codici personali"), two copies: the
   * counter's and the holder's.
   *
   * @throws BusinessRefusal INVALID_REQUEST (naming the field) or INVALID_EMAIL for a value given
   *     that is not valid
   */
  public byte[] codesRequest(DelegationDetails details) {
    DelegationDetails d = checked(details);
    List<Block> blocks = new ArrayList<>();
    holder(blocks, d);
    blocks.add(new Heading(both("email.title")));
    blocks.add(value(both("email"), d.email()));
    blocks.add(new Paragraph(IT.printed("codesRequest.text")));
    blocks.add(new Paragraph(EN.printed("codesRequest.text")));
    blocks.add(new Heading(both("delegate")));
    blocks.add(value(both("name"), d.delegateName()));
    blocks.add(value(both("cf"), d.delegateCf()));
    blocks.add(new Blank(both("placeDate")));
    blocks.add(new Signatures(List.of(both("holderSignature"))));
    return renderer.render(
        new PrintedDocument(
            both("codesRequest.title"),
            List.of(
                new Page(both("copy.counter"), blocks), new Page(both("copy.holder"), blocks))));
  }

  private static void holder(List<Block> blocks, DelegationDetails d) {
    blocks.add(new Heading(both("holder")));
    blocks.add(value(both("name"), d.holderName()));
    blocks.add(value(both("cf"), d.holderCf()));
    blocks.add(value(both("card"), d.cardId()));
  }

  /** The value given, or a line to write it on. */
  private static Block value(String label, String value) {
    return value == null ? new Blank(label) : new Field(label, value);
  }

  /** "Italian / English", as the activation form prints its labels. */
  private static String both(String key) {
    return IT.printed(key) + " / " + EN.printed(key);
  }

  /** Every value given checked and normalised; blanks become null. */
  static DelegationDetails checked(DelegationDetails d) {
    if (d == null) {
      return DelegationDetails.none();
    }
    return new DelegationDetails(
        name(d.holderName(), ActivationInputException.Field.HOLDER_NAME),
        codiceFiscale(d.holderCf(), ActivationInputException.Field.HOLDER_CF),
        cardId(d.cardId()),
        name(d.delegateName(), ActivationInputException.Field.ACTING_NAME),
        codiceFiscale(d.delegateCf(), ActivationInputException.Field.ACTING_CF),
        blank(d.email()) ? null : EmailAddress.parse(d.email()).value());
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static String name(String s, ActivationInputException.Field field) {
    if (blank(s)) {
      return null;
    }
    String v = s.strip();
    if (v.length() > NAME_MAX || v.codePoints().anyMatch(Character::isISOControl)) {
      throw ActivationInputException.name(field, NAME_MAX);
    }
    return v;
  }

  private static String codiceFiscale(String s, ActivationInputException.Field field) {
    if (blank(s)) {
      return null;
    }
    try {
      return CodiceFiscale.parse(s).toString();
    } catch (InvalidCodiceFiscaleException e) {
      throw ActivationInputException.of(field, e);
    }
  }

  private static String cardId(String s) {
    if (blank(s)) {
      return null;
    }
    try {
      return CardId.parse(s).value();
    } catch (InvalidCardIdException e) {
      throw ActivationInputException.of(ActivationInputException.Field.CARD_ID, e);
    }
  }
}
