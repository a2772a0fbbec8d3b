package it.cns.enrollment.application.card;

import it.cns.enrollment.application.port.DocumentRenderer;
import it.cns.enrollment.application.port.DocumentSealer;
import it.cns.enrollment.application.port.PrintedDocument;
import it.cns.enrollment.application.port.PrintedDocument.Field;
import it.cns.enrollment.application.port.PrintedDocument.Heading;
import it.cns.enrollment.application.port.PrintedDocument.Page;
import it.cns.enrollment.application.port.PrintedDocument.Paragraph;
import it.cns.enrollment.application.port.PrintedDocument.Secret;
import it.cns.enrollment.application.port.SessionSettings;
import it.cns.enrollment.application.security.AuditRecorder;
import it.cns.enrollment.application.security.Audited;
import it.cns.enrollment.application.security.Caller;
import it.cns.enrollment.application.text.Messages;
import it.cns.enrollment.domain.audit.AuditAction;
import it.cns.enrollment.domain.audit.AuditDetails;
import it.cns.enrollment.domain.audit.AuditEvent;
import it.cns.enrollment.domain.credential.PendingLetter;
import it.cns.enrollment.domain.credential.PendingLetterRepository;
import it.cns.enrollment.domain.error.BusinessRefusal;
import it.cns.enrollment.domain.error.ErrorCode;
import it.cns.enrollment.domain.identity.CodiceFiscale;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The credentials letter of an abilitazione tramite smartcard: a PDF with the full PIN and the
 * initial password, made on the fly right after the abilitazione ({@link #keep}) and handed out
 * once to the holder of the same card ({@link #handOut}). Between the two it waits sealed
 * (AES-256-GCM under the outbox key, bound to the codice fiscale) in the database every node
 * shares, for as long as a session may stay idle; handing it out erases it and is audited
 * (CREDENTIALS_LETTER). A second download, another person's card or an expired letter get {@code
 * CREDENTIALS_LETTER_GONE}. The PIN and password are never stored in clear nor logged.
 */
@Stateless
@Audited(AuditAction.CREDENTIALS_LETTER)
public class CredentialsLetterService {

  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZoneId.of("Europe/Rome"));
  private static final Messages IT = Messages.ITALIAN;
  private static final Messages EN = Messages.ENGLISH;

  @Inject CertificateIdentityService certificates;
  @Inject PendingLetterRepository pending;
  @Inject DocumentRenderer renderer;
  @Inject DocumentSealer sealer;
  @Inject SessionSettings session;
  @Inject AuditRecorder audit;
  @Inject Clock clock;
  @Inject Caller caller;

  /**
   * Makes the letter of an abilitazione just done and keeps it, sealed, for its holder's one
   * download. The receipt's secrets are copied, not wiped: the page still shows them.
   */
  public void keep(EnrollmentReceipt receipt) {
    PrintedDocument letter = letter(receipt);
    byte[] pdf = null;
    byte[] sealed = null;
    try {
      pdf = renderer.render(letter);
      CodiceFiscale owner = CodiceFiscale.parse(receipt.codiceFiscale());
      sealed = sealer.sealBytes(pdf, associatedData(owner));
      Instant now = clock.instant();
      pending.put(new PendingLetter(owner, sealed, now, now.plus(session.idleTimeout())));
    } finally {
      letter.wipe();
      if (pdf != null) {
        Arrays.fill(pdf, (byte) 0);
      }
    }
  }

  /** Whether the holder of the card presented has a letter waiting. */
  public boolean isWaiting(X509Certificate[] tlsChain) {
    return pending.isWaiting(owner(tlsChain), clock.instant());
  }

  /**
   * The letter of the holder of the card presented, erased from the store and the hand-out recorded
   * in the same transaction; the caller wipes the bytes.
   *
   * @throws BusinessRefusal CREDENTIALS_LETTER_GONE when none is (or is still) waiting; a refused
   *     card as {@link CertificateIdentityService#identify} refuses it
   */
  public byte[] handOut(X509Certificate[] tlsChain) {
    CodiceFiscale owner = owner(tlsChain);
    byte[] sealed =
        pending
            .take(owner, clock.instant())
            .orElseThrow(
                () ->
                    new BusinessRefusal(
                        ErrorCode.CREDENTIALS_LETTER_GONE, "no credentials letter waiting"));
    byte[] pdf = sealer.openBytes(sealed, associatedData(owner));
    Arrays.fill(sealed, (byte) 0);
    audit.recordChange(
        AuditEvent.of(
                AuditAction.CREDENTIALS_LETTER,
                caller.channel(),
                caller.auditName(),
                clock.instant())
            .subject(owner.toString())
            .detail(AuditDetails.of("letter", "handed out"))
            .build());
    return pdf;
  }

  private CodiceFiscale owner(X509Certificate[] tlsChain) {
    return certificates.identify(tlsChain, caller.channel()).certificate().codiceFiscale();
  }

  /** Binds a sealed letter to its row: it does not open as another person's. */
  private static byte[] associatedData(CodiceFiscale owner) {
    return ("credentials-letter|" + owner).getBytes(StandardCharsets.UTF_8);
  }

  /** What the letter prints: who, the PIN, the password, what to do next; Italian then English. */
  PrintedDocument letter(EnrollmentReceipt r) {
    List<PrintedDocument.Block> blocks = new ArrayList<>();
    blocks.add(new Heading(both("letter.holder")));
    blocks.add(new Field(both("cf"), r.codiceFiscale()));
    if (r.displayName() != null) {
      blocks.add(new Field(both("name"), r.displayName()));
    }
    blocks.add(new Field(both("letter.enabledAt"), DATE_TIME.format(r.enabledAt())));
    blocks.add(new Heading(both("letter.codes")));
    blocks.add(new Secret(both("letter.pin"), r.pin().chars()));
    blocks.add(new Secret(both("letter.password"), r.password().chars()));
    blocks.add(new Paragraph(IT.printed("letter.text")));
    blocks.add(new Paragraph(EN.printed("letter.text")));
    return new PrintedDocument(both("letter.title"), List.of(new Page(null, blocks)));
  }

  private static String both(String key) {
    return IT.printed(key) + " / " + EN.printed(key);
  }
}
