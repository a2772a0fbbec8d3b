package it.cns.enrollment.domain.activation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.cns.enrollment.domain.credential.SecretHasher;
import it.cns.enrollment.domain.credential.TestHashers;
import it.cns.enrollment.domain.error.BusinessRefusal;
import it.cns.enrollment.domain.error.ErrorCode;
import it.cns.enrollment.domain.identity.CardId;
import it.cns.enrollment.domain.identity.CodiceFiscale;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TsCnsActivationTest {

  private static final Instant NOW = Instant.parse("2026-03-15T09:30:00Z");
  private static final CodiceFiscale HOLDER = CodiceFiscale.parse("RSSMRA80A01H501U");
  private static final CardId CARD = CardId.parse("6120016461039008");

  private final SecretHasher hasher = TestHashers.fast();

  private CodeHashes hashes(String pin, String puk, String cip) {
    return new CodeHashes(
        hasher.hash(pin.toCharArray()),
        hasher.hash(puk.toCharArray()),
        hasher.hash(cip.toCharArray()));
  }

  private static TsCnsActivation.Facts facts(ActivationCase c, Set<ActivationDocument> documents) {
    return new TsCnsActivation.Facts(
        CARD,
        HOLDER,
        c,
        HOLDER,
        new IdentityDocument(
            IdentityDocumentType.CARTA_IDENTITA, "CA1", "Comune di Roma", LocalDate.of(2030, 1, 1)),
        documents,
        "mario.rossi@example.it",
        7L,
        "op.mario",
        null,
        PersonNames.NONE);
  }

  private TsCnsActivation active() {
    return TsCnsActivation.activate(
        facts(ActivationCase.HOLDER, ActivationCase.HOLDER.requiredDocuments()),
        hashes("11112222", "33334444", "55556666"),
        NOW);
  }

  @Test
  void anActivationStartsActiveWithTheFirstGenerationOfCodes() {
    TsCnsActivation a = active();
    assertThat(a.isActive()).isTrue();
    assertThat(a.codesGeneration()).isEqualTo(1);
    assertThat(a.cardId()).isEqualTo(CARD);
    assertThat(a.documents()).containsExactlyElementsOf(ActivationCase.HOLDER.requiredDocuments());
    assertThat(a.activatedAt()).isEqualTo(NOW);
    assertThat(a.codesIssuedAt()).isEqualTo(NOW);
    assertThat(a.cipMatches("55556666".toCharArray(), hasher)).isTrue();
    assertThat(a.cipMatches("5555".toCharArray(), hasher)).isFalse();
  }

  @Test
  void anActivationCannotBeBuiltWithoutTheCasesDocuments() {
    assertThatThrownBy(
            () ->
                TsCnsActivation.activate(
                    facts(
                        ActivationCase.DELEGATE,
                        EnumSet.complementOf(EnumSet.of(ActivationDocument.MEDICAL_CERTIFICATE))),
                    hashes("1", "2", "3"),
                    NOW))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static final IdentityDocument SEEN_AGAIN =
      new IdentityDocument(
          IdentityDocumentType.PASSAPORTO,
          "YA1234567",
          "Questura di Roma",
          LocalDate.of(2031, 5, 1));

  private static ReissueRequest.Facts reissue(IdentityDocument seen, String newEmail) {
    return new ReissueRequest(CARD.value(), seen, newEmail).admit(NOW);
  }

  @Test
  void aReissueReplacesTheHashesAndCountsAGeneration() {
    TsCnsActivation a = active();
    a.reissueCodes(
        hashes("99990000", "88887777", "12341234"),
        reissue(SEEN_AGAIN, null),
        "op.bruno",
        9L,
        NOW.plusSeconds(60));
    assertThat(a.codesGeneration()).isEqualTo(2);
    assertThat(a.codesIssuedAt()).isEqualTo(NOW.plusSeconds(60));
    assertThat(a.cipMatches("55556666".toCharArray(), hasher)).isFalse();
    assertThat(a.cipMatches("12341234".toCharArray(), hasher)).isTrue();
  }

  @Test
  void aReissueRecordsTheDocumentSeenAgainAndKeepsTheAddressUnlessANewOneIsGiven() {
    TsCnsActivation a = active();
    CodesReissue kept =
        a.reissueCodes(hashes("1", "2", "3"), reissue(SEEN_AGAIN, " "), "op.bruno", 9L, NOW);
    assertThat(kept.emailChanged()).isFalse();
    assertThat(a.email()).isEqualTo("mario.rossi@example.it");
    assertThat(a.identityDocumentOfCurrentCodes()).isEqualTo(SEEN_AGAIN);
    // The activation's own record stays as it was.
    assertThat(a.identityDocument().number()).isEqualTo("CA1");

    CodesReissue moved =
        a.reissueCodes(
            hashes("4", "5", "6"),
            reissue(SEEN_AGAIN, " Mario.Nuovo@Example.IT "),
            "op.carla",
            7L,
            NOW.plusSeconds(5));
    assertThat(moved.codesGeneration()).isEqualTo(3);
    assertThat(moved.emailChanged()).isTrue();
    assertThat(moved.previousEmail()).isEqualTo("mario.rossi@example.it");
    assertThat(moved.email()).isEqualTo("Mario.Nuovo@example.it");
    assertThat(a.email()).isEqualTo("Mario.Nuovo@example.it");
    assertThat(a.reissues())
        .extracting(CodesReissue::codesGeneration, CodesReissue::operatorUsername)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(2, "op.bruno"),
            org.assertj.core.groups.Tuple.tuple(3, "op.carla"));
  }

  @Test
  void aReissueWithAnExpiredOrIncompleteDocumentOrABadAddressIsRefusedAndChangesNothing() {
    TsCnsActivation a = active();
    IdentityDocument expired =
        new IdentityDocument(
            IdentityDocumentType.PASSAPORTO, "YA1", "Questura", LocalDate.of(2026, 3, 14));
    assertThatThrownBy(() -> reissue(expired, null))
        .isInstanceOf(BusinessRefusal.class)
        .extracting(e -> ((BusinessRefusal) e).code())
        .isEqualTo(ErrorCode.IDENTITY_DOCUMENT_INVALID);
    assertThatThrownBy(
            () ->
                reissue(
                    new IdentityDocument(null, "YA1", "Questura", LocalDate.of(2030, 1, 1)), null))
        .isInstanceOf(BusinessRefusal.class)
        .extracting(e -> ((BusinessRefusal) e).code())
        .isEqualTo(ErrorCode.IDENTITY_DOCUMENT_INVALID);
    assertThatThrownBy(() -> reissue(SEEN_AGAIN, "not-an-address"))
        .isInstanceOf(BusinessRefusal.class)
        .extracting(e -> ((BusinessRefusal) e).code())
        .isEqualTo(ErrorCode.INVALID_EMAIL);
    // The aggregate checks the document again on the day of the reissue: it trusts no caller.
    ReissueRequest.Facts admittedEarlier = reissue(SEEN_AGAIN, null);
    assertThatThrownBy(
            () ->
                a.reissueCodes(
                    hashes("1", "2", "3"),
                    admittedEarlier,
                    "op.bruno",
                    9L,
                    Instant.parse("2031-05-02T10:00:00Z")))
        .isInstanceOf(BusinessRefusal.class);
    assertThat(a.codesGeneration()).isEqualTo(1);
    assertThat(a.reissues()).isEmpty();
    assertThat(a.identityDocumentOfCurrentCodes().number()).isEqualTo("CA1");
  }

  @Test
  void theThirdWrongCipBlocksRevocationUntilUnlocked() {
    TsCnsActivation a = active();
    assertThat(a.recordWrongCip(NOW, 3)).isFalse();
    assertThat(a.recordWrongCip(NOW, 3)).isFalse();
    assertThat(a.isRevocationLocked()).isFalse();
    assertThat(a.recordWrongCip(NOW, 3)).isTrue();
    assertThat(a.isRevocationLocked()).isTrue();
    assertThat(a.recordWrongCip(NOW, 3)).isFalse();
    assertThatThrownBy(() -> a.revoke(NOW)).isInstanceOf(IllegalStateException.class);

    a.unlockCip();
    assertThat(a.isRevocationLocked()).isFalse();
    assertThat(a.revocationFailedAttempts()).isZero();
    a.revoke(NOW);
    assertThat(a.status()).isEqualTo(ActivationStatus.REVOKED);
    assertThat(a.revokedAt()).contains(NOW);
  }

  @Test
  void aRevokedCardStaysRevokedAndGetsNoNewCodes() {
    TsCnsActivation a = active();
    a.revoke(NOW);
    assertThatThrownBy(() -> a.revoke(NOW)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(
            () ->
                a.reissueCodes(
                    hashes("1", "2", "3"), reissue(SEEN_AGAIN, null), "op.bruno", 9L, NOW))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void codeHashesMustBeArgon2id() {
    assertThatThrownBy(() -> new CodeHashes("1234", "$argon2id$x", "$argon2id$y"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(hashes("1", "2", "3").toString()).doesNotContain("argon2id$v");
  }
}
