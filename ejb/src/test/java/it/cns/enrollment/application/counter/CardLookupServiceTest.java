package it.cns.enrollment.application.counter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.cns.enrollment.application.card.RevocationServiceTest;
import it.cns.enrollment.application.credentials.CredentialStatusReader;
import it.cns.enrollment.application.credentials.CredentialsWiring;
import it.cns.enrollment.application.security.CredentialFakes;
import it.cns.enrollment.application.security.OperatorFakes;
import it.cns.enrollment.application.security.SupervisionFakes;
import it.cns.enrollment.domain.account.Account;
import it.cns.enrollment.domain.account.AccountType;
import it.cns.enrollment.domain.activation.ActivationCase;
import it.cns.enrollment.domain.activation.CodeHashes;
import it.cns.enrollment.domain.activation.IdentityDocument;
import it.cns.enrollment.domain.activation.IdentityDocumentType;
import it.cns.enrollment.domain.activation.PersonNames;
import it.cns.enrollment.domain.activation.TsCnsActivation;
import it.cns.enrollment.domain.audit.AuditAction;
import it.cns.enrollment.domain.audit.AuditEvent;
import it.cns.enrollment.domain.audit.Channel;
import it.cns.enrollment.domain.card.SmartcardBinding;
import it.cns.enrollment.domain.credential.SecretHasher;
import it.cns.enrollment.domain.credential.TestHashers;
import it.cns.enrollment.domain.error.BusinessRefusal;
import it.cns.enrollment.domain.error.ErrorCode;
import it.cns.enrollment.domain.identity.CardId;
import it.cns.enrollment.domain.identity.CodiceFiscale;
import it.cns.enrollment.testing.MovableClock;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CardLookupServiceTest {

  private static final Instant NOW = Instant.parse("2026-03-15T09:30:00Z");
  private static final CodiceFiscale HOLDER = CodiceFiscale.parse("RSSMRA80A01H501U");
  private static final String CARD = "6120016461039008";

  private CardLookupService lookup;
  private final SupervisionFakes.Events events = new SupervisionFakes.Events();

  @BeforeEach
  void wire() {
    SecretHasher hasher = TestHashers.fast();
    ActivationFakes.Activations activations = new ActivationFakes.Activations();
    CredentialFakes.Accounts accounts = new CredentialFakes.Accounts();
    CredentialFakes.Bindings bindings = new CredentialFakes.Bindings();
    activations.add(
        TsCnsActivation.activate(
            new TsCnsActivation.Facts(
                CardId.parse(CARD),
                HOLDER,
                ActivationCase.DELEGATE,
                CodiceFiscale.parse("VRDGPP85M41F205X"),
                new IdentityDocument(
                    IdentityDocumentType.PASSAPORTO, "YA1", "Questura", LocalDate.of(2030, 1, 1)),
                ActivationCase.DELEGATE.requiredDocuments(),
                "mario.rossi@example.it",
                1,
                "op.anna",
                null,
                PersonNames.NONE),
            new CodeHashes(
                hasher.hash("1".toCharArray()),
                hasher.hash("2".toCharArray()),
                hasher.hash("3".toCharArray())),
            NOW));
    Account account = new Account(HOLDER, AccountType.FISCONLINE, "MARIO ROSSI", NOW);
    accounts.add(account);
    SmartcardBinding binding =
        SmartcardBinding.bind(
            account,
            RevocationServiceTest.certificate(HOLDER, "4111111111111111", "CN=CA A,C=IT"),
            Channel.SMARTCARD,
            NOW);
    OperatorFakes.setId(binding, 1L); // what the identity column would do
    bindings.add(binding);
    events.append(
        AuditEvent.of(AuditAction.TSCNS_ACTIVATION, Channel.COUNTER, "operator:op.anna", NOW)
            .subject(HOLDER.toString())
            .build());
    CredentialStatusReader credentials =
        CredentialsWiring.statusReader(new CredentialFakes.Credentials(), new MovableClock(NOW));
    lookup = new CardLookupService();
    lookup.activations = activations;
    lookup.accounts = accounts;
    lookup.bindings = bindings;
    lookup.credentials = credentials;
    lookup.outbox = new ActivationFakes.Outbox();
    lookup.audit = events;
  }

  @Test
  void aCardLeadsToItsHoldersWholeDossier() {
    CardDossier d = lookup.byCardId(CARD);

    assertThat(d.codiceFiscale()).isEqualTo(HOLDER.toString());
    assertThat(d.accountType()).isEqualTo("FISCONLINE");
    assertThat(d.displayName()).isEqualTo("MARIO ROSSI");
    assertThat(d.activations())
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.cardId()).isEqualTo(CARD);
              assertThat(a.activationCase()).isEqualTo(ActivationCase.DELEGATE);
              assertThat(a.actingCf()).isEqualTo("VRDGPP85M41F205X");
              assertThat(a.active()).isTrue();
              assertThat(a.codesGeneration()).isEqualTo(1);
              assertThat(a.maskedEmail()).isEqualTo("m***@example.it");
            });
    assertThat(d.bindings())
        .singleElement()
        .satisfies(b -> assertThat(b.maskedCardId()).isEqualTo("************1111"));
    assertThat(d.auditEvents())
        .extracting(CardDossier.AuditLine::action)
        .containsExactly("TSCNS_ACTIVATION");
    assertThat(lookup.byCodiceFiscale(" rssmra80a01h501u ").activations()).hasSize(1);
  }

  @Test
  void aBoundCardWithoutActivationStillLeadsToItsHolder() {
    assertThat(lookup.byCardId("4111111111111111").codiceFiscale()).isEqualTo(HOLDER.toString());
  }

  @Test
  void anUnknownCardOrAMalformedInputIsRefused() {
    assertThatThrownBy(() -> lookup.byCardId("5500005555555559"))
        .isInstanceOfSatisfying(
            BusinessRefusal.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.CARD_NOT_ACTIVATED));
    assertThatThrownBy(() -> lookup.byCodiceFiscale("RSSMRA80A01H501X"))
        .isInstanceOfSatisfying(
            BusinessRefusal.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_REQUEST));
    CardDossier nobody = lookup.byCodiceFiscale("VRDGPP85M41F205X");
    assertThat(nobody.enabled()).isFalse();
    assertThat(nobody.activations()).isEmpty();
  }
}
