package it.cns.enrollment.application.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.verapdf.pdfa.flavours.PDFAFlavour.PDFA_2_A;
import static org.verapdf.pdfa.flavours.PDFAFlavour.PDFUA_1;

import it.cns.enrollment.application.port.SessionSettings;
import it.cns.enrollment.application.security.Caller;
import it.cns.enrollment.application.security.Callers;
import it.cns.enrollment.application.security.CredentialFakes;
import it.cns.enrollment.domain.actor.Actor;
import it.cns.enrollment.domain.audit.AuditAction;
import it.cns.enrollment.domain.audit.Channel;
import it.cns.enrollment.domain.credential.IssuedPin;
import it.cns.enrollment.domain.credential.Password;
import it.cns.enrollment.domain.credential.PendingLetter;
import it.cns.enrollment.domain.credential.PendingLetterRepository;
import it.cns.enrollment.domain.error.BusinessRefusal;
import it.cns.enrollment.domain.error.ErrorCode;
import it.cns.enrollment.domain.identity.CardId;
import it.cns.enrollment.domain.identity.CnsCertificate;
import it.cns.enrollment.domain.identity.CodiceFiscale;
import it.cns.enrollment.infrastructure.mail.MailSealer;
import it.cns.enrollment.infrastructure.pdf.PdfConformance;
import it.cns.enrollment.infrastructure.pdf.PdfText;
import it.cns.enrollment.infrastructure.pdf.PrintedDocumentPdf;
import it.cns.enrollment.testing.MovableClock;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CredentialsLetterServiceTest {

  private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
  private static final CodiceFiscale HOLDER = CodiceFiscale.parse("VRDGPP85M41F205X");
  private static final CodiceFiscale OTHER = CodiceFiscale.parse("RSSMRA80A01H501U");
  private static final Caller CARD = Callers.as(Actor.Citizen.presentingCard(), Channel.SMARTCARD);
  private static final X509Certificate[] CHAIN = new X509Certificate[0];

  /** The letters table: one row a person, taken once, not after its expiry. */
  private static final class Letters implements PendingLetterRepository {
    final Map<CodiceFiscale, PendingLetter> rows = new HashMap<>();

    @Override
    public void put(PendingLetter letter) {
      rows.put(letter.owner(), letter);
    }

    @Override
    public Optional<byte[]> take(CodiceFiscale owner, Instant now) {
      PendingLetter l = rows.remove(owner);
      return l == null || !l.expiresAt().isAfter(now)
          ? Optional.empty()
          : Optional.of(l.sealedPdf());
    }

    @Override
    public boolean isWaiting(CodiceFiscale owner, Instant now) {
      PendingLetter l = rows.get(owner);
      return l != null && l.expiresAt().isAfter(now);
    }

    @Override
    public int purgeExpired(Instant now) {
      int before = rows.size();
      rows.values().removeIf(l -> !l.expiresAt().isAfter(now));
      return before - rows.size();
    }
  }

  /** Identifies every chain as the card of whoever is set, as the real service a valid card. */
  private static final class PresentedCard extends CertificateIdentityService {
    CodiceFiscale holder = HOLDER;

    @Override
    public IdentifiedCard identify(X509Certificate[] chain, Channel channel) {
      return new IdentifiedCard(
          CnsCertificate.builder()
              .codiceFiscale(holder)
              .cardId(CardId.parse("6120016461039008"))
              .commonName(holder + "/6120016461039008.abc/def+=")
              .subjectDn("CN=" + holder)
              .issuerDn("CN=Regione Test - CA Cittadini,O=Regione Test,C=IT")
              .serialNumber(new BigInteger("0a1b", 16))
              .notBefore(NOW.minus(1, ChronoUnit.DAYS))
              .notAfter(NOW.plus(365, ChronoUnit.DAYS))
              .policyOids(List.of("1.3.76.16.2.1"))
              .sha256Fingerprint("b".repeat(64))
              .build(),
          List.of());
    }
  }

  private final Letters letters = new Letters();
  private final PresentedCard card = new PresentedCard();
  private CredentialFakes.Audit audit;
  private MovableClock clock;
  private CredentialsLetterService service;

  @BeforeEach
  void wire() {
    audit = new CredentialFakes.Audit();
    clock = new MovableClock(NOW);
    service = new CredentialsLetterService();
    service.certificates = card;
    service.pending = letters;
    service.renderer = new PrintedDocumentPdf();
    service.sealer = MailSealer.fromBase64Key(MailSealer.newBase64Key());
    service.session = new SessionSettings(Duration.ofMinutes(30));
    service.audit = audit;
    service.clock = clock;
    service.caller = CARD;
  }

  private static EnrollmentReceipt receipt() {
    return new EnrollmentReceipt(
        HOLDER.toString(),
        "Giuseppina Nguyễn",
        IssuedPin.of("0123456789".toCharArray()),
        Password.of("Iniz1ale!x".toCharArray()),
        NOW,
        null);
  }

  @Test
  void theHolderGetsTheLetterWithPinAndPasswordOnceAndTheHandOutIsAudited() throws Exception {
    EnrollmentReceipt r = receipt();
    service.keep(r);
    assertThat(r.pin().reveal()).isEqualTo("0123456789"); // the page still shows them
    assertThat(service.isWaiting(CHAIN)).isTrue();

    String text = PdfText.of(service.handOut(CHAIN));

    assertThat(text)
        .contains("Credenziali Fisconline / Fisconline credentials")
        .contains("VRDGPP85M41F205X")
        .contains("Giuseppina Nguyễn")
        .contains("PIN (10 cifre) / PIN (10 digits): 0123456789")
        .contains("Password iniziale / Initial password: Iniz1ale!x")
        .contains("27/11/2026 11:00");
    assertThat(audit.changes)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.action()).isEqualTo(AuditAction.CREDENTIALS_LETTER);
              assertThat(CredentialFakes.everything(e))
                  .contains("VRDGPP85M41F205X")
                  .doesNotContain("0123456789")
                  .doesNotContain("Iniz1ale!x");
            });
    assertThat(service.isWaiting(CHAIN)).isFalse();
    assertThatThrownBy(() -> service.handOut(CHAIN))
        .isInstanceOfSatisfying(
            BusinessRefusal.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.CREDENTIALS_LETTER_GONE));
  }

  @Test
  void theLetterWaitsSealedNeverInClear() {
    service.keep(receipt());

    byte[] stored = letters.rows.get(HOLDER).sealedPdf();
    String raw = new String(stored, StandardCharsets.ISO_8859_1);
    assertThat(raw).doesNotContain("%PDF").doesNotContain("0123456789");
  }

  @Test
  void anotherPersonsCardGetsNothingAndTheLetterStays() {
    service.keep(receipt());
    card.holder = OTHER;

    assertThatThrownBy(() -> service.handOut(CHAIN))
        .isInstanceOfSatisfying(
            BusinessRefusal.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.CREDENTIALS_LETTER_GONE));
    assertThat(letters.rows).containsKey(HOLDER);
  }

  @Test
  void anExpiredLetterIsNotHandedOut() {
    service.keep(receipt());
    clock.advance(Duration.ofMinutes(31));

    // Erasing it is the retention job's (RetentionPurge).
    assertThat(service.isWaiting(CHAIN)).isFalse();
    assertThatThrownBy(() -> service.handOut(CHAIN)).isInstanceOf(BusinessRefusal.class);
  }

  @Test
  void theLetterConformsToPdfA2aAndPdfUa1() {
    service.keep(receipt());
    byte[] pdf = service.handOut(CHAIN);

    assertThat(PdfConformance.failures(pdf, PDFA_2_A)).isEmpty();
    assertThat(PdfConformance.failures(pdf, PDFUA_1)).isEmpty();
  }
}
