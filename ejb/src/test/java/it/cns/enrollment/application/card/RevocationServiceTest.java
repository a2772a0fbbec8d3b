package it.cns.enrollment.application.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.cns.enrollment.application.counter.ActivationFakes;
import it.cns.enrollment.application.security.Audited;
import it.cns.enrollment.application.security.AuditedCalls;
import it.cns.enrollment.application.security.Caller;
import it.cns.enrollment.application.security.Callers;
import it.cns.enrollment.application.security.CredentialFakes;
import it.cns.enrollment.application.security.SecretAttempts;
import it.cns.enrollment.application.security.SecurityWiring;
import it.cns.enrollment.application.text.Messages;
import it.cns.enrollment.domain.account.Account;
import it.cns.enrollment.domain.account.AccountType;
import it.cns.enrollment.domain.activation.ActivationCase;
import it.cns.enrollment.domain.activation.ActivationSettings;
import it.cns.enrollment.domain.activation.ActivationStatus;
import it.cns.enrollment.domain.activation.CodeHashes;
import it.cns.enrollment.domain.activation.IdentityDocument;
import it.cns.enrollment.domain.activation.IdentityDocumentType;
import it.cns.enrollment.domain.activation.PersonNames;
import it.cns.enrollment.domain.activation.RevocationReason;
import it.cns.enrollment.domain.activation.TsCnsActivation;
import it.cns.enrollment.domain.actor.Actor;
import it.cns.enrollment.domain.audit.AuditAction;
import it.cns.enrollment.domain.audit.AuditEvent;
import it.cns.enrollment.domain.audit.Channel;
import it.cns.enrollment.domain.card.BindingStatus;
import it.cns.enrollment.domain.card.SmartcardBinding;
import it.cns.enrollment.domain.credential.SecretHasher;
import it.cns.enrollment.domain.credential.TestHashers;
import it.cns.enrollment.domain.error.BusinessRefusal;
import it.cns.enrollment.domain.error.ErrorCode;
import it.cns.enrollment.domain.identity.CardId;
import it.cns.enrollment.domain.identity.CnsCertificate;
import it.cns.enrollment.domain.identity.CodiceFiscale;
import it.cns.enrollment.infrastructure.security.Argon2idHasher;
import it.cns.enrollment.infrastructure.security.Pepper;
import it.cns.enrollment.testing.MovableClock;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

public class RevocationServiceTest {

  private static final Instant NOW = Instant.parse("2026-03-15T09:30:00Z");
  private static final CodiceFiscale HOLDER = CodiceFiscale.parse("RSSMRA80A01H501U");
  private static final String CARD = "6120016461039008";
  private static final String CIP = "24681357";
  private static final String OPERATOR = "op.anna";
  private static final String SUPERVISOR = "sup.carla";

  private ActivationFakes.Activations activations;
  private CredentialFakes.Bindings bindings;
  private CredentialFakes.Audit audit;
  private SecretHasher hasher;
  private RevocationService service;
  private SecretAttempts attempts;
  private ActivationFakes.Intranet intranet;
  private AuditedCalls calls;

  public static CnsCertificate certificate(CodiceFiscale cf, String cardId, String issuer) {
    return CnsCertificate.builder()
        .codiceFiscale(cf)
        .cardId(CardId.parse(cardId))
        .commonName(cf + "/" + cardId + ".abc/def+=")
        .subjectDn("CN=" + cf)
        .issuerDn(issuer)
        .serialNumber(new BigInteger("0a1b", 16))
        .notBefore(NOW.minus(1, ChronoUnit.DAYS))
        .notAfter(NOW.plus(365, ChronoUnit.DAYS))
        .policyOids(List.of("1.3.76.16.2.1"))
        .sha256Fingerprint("b".repeat(64))
        .build();
  }

  @BeforeEach
  void wire() {
    activations = new ActivationFakes.Activations();
    bindings = new CredentialFakes.Bindings();
    audit = new CredentialFakes.Audit();
    hasher = TestHashers.fast();
    attempts = SecurityWiring.secretAttempts(audit, new MovableClock(NOW));
    service = new RevocationService();
    service.attempts = attempts;
    service.bindings = bindings;
    service.hasher = hasher;
    service.settings = ActivationSettings.defaults();
    service.activations = activations;
    service.audit = audit;
    service.clock = new MovableClock(NOW);
    intranet = new ActivationFakes.Intranet(hasher, audit, service.clock);
    service.authorization = intranet.authorization;
    as(OPERATOR);

    activations.add(
        TsCnsActivation.activate(
            new TsCnsActivation.Facts(
                CardId.parse(CARD),
                HOLDER,
                ActivationCase.HOLDER,
                HOLDER,
                new IdentityDocument(
                    IdentityDocumentType.PASSAPORTO, "YA1", "Questura", LocalDate.of(2030, 1, 1)),
                ActivationCase.HOLDER.requiredDocuments(),
                "a@b.it",
                7,
                "op.anna",
                null,
                PersonNames.NONE),
            new CodeHashes(
                hasher.hash("11112222".toCharArray()),
                hasher.hash("33334444".toCharArray()),
                hasher.hash(CIP.toCharArray())),
            NOW.minus(10, ChronoUnit.DAYS)));
    Account account = new Account(HOLDER, AccountType.FISCONLINE, null, NOW);
    bindings.add(
        SmartcardBinding.bind(
            account, certificate(HOLDER, CARD, "CN=CA A,C=IT"), Channel.SMARTCARD, NOW));
    bindings.add(
        SmartcardBinding.bind(
            account,
            certificate(HOLDER, "4111111111111111", "CN=CA A,C=IT"),
            Channel.SMARTCARD,
            NOW));
  }

  /** The intranet user asking (the container's principal), for the calls that follow. */
  private void as(String username) {
    Caller caller = intranet.as(username);
    service.caller = caller;
    calls = new AuditedCalls(audit, caller, intranet.authorization);
  }

  /** As the container calls it: refusals audited by the interceptor. */
  private RevocationReceipt revoke(String card, char[] cip, String username) {
    as(username);
    return calls.call(service, "revoke", card, cip, RevocationReason.LOST);
  }

  private void unlockCip(String card, String username) {
    as(username);
    calls.call(service, "unlockCip", card);
  }

  private void refusedWith(String card, String cip, String username, ErrorCode code) {
    assertThatThrownBy(() -> revoke(card, cip.toCharArray(), username))
        .isInstanceOfSatisfying(BusinessRefusal.class, e -> assertThat(e.code()).isEqualTo(code));
  }

  private TsCnsActivation activation() {
    return activations.all.get(0);
  }

  @Test
  void theRightCipRevokesTheCardAndEveryBindingOfIt() {
    char[] cip = CIP.toCharArray();
    RevocationReceipt receipt = revoke(CARD, cip, OPERATOR);

    assertThat(receipt.cardIdMasked()).isEqualTo("************9008");
    assertThat(receipt.holderCf()).isEqualTo(HOLDER.toString());
    assertThat(receipt.revokedAt()).isEqualTo(NOW);
    assertThat(receipt.bindingsRevoked()).isEqualTo(1);
    assertThat(activation().status()).isEqualTo(ActivationStatus.REVOKED);
    assertThat(bindings.all)
        .extracting(SmartcardBinding::status)
        .containsExactly(BindingStatus.REVOKED, BindingStatus.ACTIVE);
    assertThat(cip).containsOnly('\0');
    assertThat(audit.changes)
        .singleElement()
        .satisfies(
            (AuditEvent e) -> {
              assertThat(e.action()).isEqualTo(AuditAction.CARD_REVOCATION);
              assertThat(e.outcome()).isEqualTo("OK");
              assertThat(e.subjectCf()).isEqualTo(HOLDER.toString());
              assertThat(CredentialFakes.everything(e)).doesNotContain(CIP).doesNotContain(CARD);
            });

    refusedWith(CARD, CIP, OPERATOR, ErrorCode.CARD_REVOKED);
  }

  // --- the reason (issue #18) -------------------------------------------------------------------

  @Test
  void theReasonIsRecordedWithTheRevocationAndAudited() {
    as(OPERATOR);
    calls.call(service, "revoke", CARD, CIP.toCharArray(), RevocationReason.STOLEN);

    assertThat(activation().revocationReason()).contains(RevocationReason.STOLEN);
    assertThat(audit.changes)
        .singleElement()
        .satisfies(e -> assertThat(e.detail()).contains("reason=STOLEN"));
  }

  @Test
  void onTheIntranetARevocationWithoutAReasonIsRefusedBeforeTheCipCounts() {
    as(OPERATOR);
    assertThatThrownBy(() -> calls.call(service, "revoke", CARD, CIP.toCharArray(), null))
        .isInstanceOfSatisfying(
            BusinessRefusal.class,
            e -> {
              assertThat(e.code()).isEqualTo(ErrorCode.INVALID_REQUEST);
              assertThat(Messages.ITALIAN.of(e)).contains("motivo della revoca");
            });
    assertThat(activation().status()).isEqualTo(ActivationStatus.ACTIVE);
    assertThat(activation().revocationFailedAttempts()).isZero();
  }

  @Test
  void aContract11PartnerRevokesWithoutAReason() {
    service.caller = Callers.as(new Actor.Partner(1, "ASL Uno"), Channel.PARTNER);
    service.revoke(CARD, CIP.toCharArray(), null);

    assertThat(activation().status()).isEqualTo(ActivationStatus.REVOKED);
    assertThat(activation().revocationReason()).isEmpty();
    assertThat(audit.changes.get(0).detail()).contains("reason=none");
  }

  @Test
  void theRightCipMigratesAHashMadeBeforeThePepper() {
    String before = activation().cipHash();
    service.hasher =
        new Argon2idHasher(64, 1, 1, 1, Pepper.of("0123456789abcdef0123456789abcdef".getBytes()));

    revoke(CARD, CIP.toCharArray(), OPERATOR);

    assertThat(before).doesNotContain("keyid=");
    assertThat(activation().cipHash()).contains(",keyid=");
    assertThat(service.hasher.verify(CIP.toCharArray(), activation().cipHash())).isTrue();
    assertThat(hasher.verify(CIP.toCharArray(), activation().cipHash()))
        .as("useless without the pepper")
        .isFalse();
  }

  @Test
  void theThirdWrongCipBlocksRevocationEvenWithTheRightOneUntilASupervisorUnlocks() {
    refusedWith(CARD, "00000000", OPERATOR, ErrorCode.CIP_WRONG);
    refusedWith(CARD, "2468", OPERATOR, ErrorCode.CIP_WRONG);
    refusedWith(CARD, "", OPERATOR, ErrorCode.CIP_LOCKED);
    refusedWith(CARD, CIP, OPERATOR, ErrorCode.CIP_LOCKED);
    assertThat(activation().isActive()).isTrue();
    assertThat(audit.changes)
        .extracting(AuditEvent::outcome)
        .containsExactly("CIP_WRONG", "CIP_WRONG", "CIP_LOCKED", "CIP_LOCKED");
    assertThat(activations.lockedReads).isEqualTo(4);

    assertThatThrownBy(() -> unlockCip(CARD, OPERATOR))
        .isInstanceOfSatisfying(
            BusinessRefusal.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.OPERATOR_NOT_PERMITTED));
    assertThat(activation().isRevocationLocked()).isTrue();
    assertThat(audit.refusals)
        .singleElement()
        .satisfies(e -> assertThat(e.action()).isEqualTo(AuditAction.CIP_UNLOCK));

    unlockCip(CARD, SUPERVISOR);
    assertThat(activation().isRevocationLocked()).isFalse();
    assertThat(audit.changes)
        .last()
        .satisfies(
            e -> {
              assertThat(e.action()).isEqualTo(AuditAction.CIP_UNLOCK);
              assertThat(e.actor()).isEqualTo("supervisor:sup.carla");
            });
    assertThat(revoke(CARD, CIP.toCharArray(), OPERATOR).bindingsRevoked()).isEqualTo(1);
  }

  @Test
  void anUnknownOrMalformedCardIsRefused() {
    refusedWith("4111111111111111", CIP, OPERATOR, ErrorCode.CARD_NOT_ACTIVATED);
    refusedWith("41111111", CIP, OPERATOR, ErrorCode.INVALID_REQUEST);
    assertThat(audit.changes).extracting(AuditEvent::outcome).containsExactly("CARD_NOT_ACTIVATED");
    assertThat(audit.refusals).extracting(AuditEvent::outcome).containsExactly("INVALID_REQUEST");
  }

  @Test
  void aRevokedCardIsRefusedForEveryUseOfTheCard() {
    revoke(CARD, CIP.toCharArray(), OPERATOR);
    Caller citizen = Callers.as(Actor.Citizen.presentingCard(), Channel.SMARTCARD);
    CardLogin login = new CardLogin();
    login.cards = CardUses.of(bindings, activations, audit, citizen);
    AuditedCalls calls = new AuditedCalls(audit, citizen);
    IdentifiedCard card = new IdentifiedCard(certificate(HOLDER, CARD, "CN=CA B,C=IT"), List.of());

    assertThatThrownBy(() -> calls.call(login, "login", card))
        .isInstanceOfSatisfying(
            BusinessRefusal.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CARD_REVOKED));
    assertThat(audit.refusals)
        .last()
        .satisfies(e -> assertThat(e.outcome()).isEqualTo("CARD_REVOKED"));

    IdentifiedCard other =
        new IdentifiedCard(certificate(HOLDER, "4111111111111111", "CN=CA A,C=IT"), List.of());
    String result = calls.call(login, "login", other);
    assertThat(result).isEqualTo("logged in");
  }

  /** A use of the card, written as the services write theirs. */
  @Audited(AuditAction.SMARTCARD_LOGIN)
  public static class CardLogin {
    CardUse cards;

    public String login(IdentifiedCard card) {
      cards.use(card);
      return "logged in";
    }
  }
}
