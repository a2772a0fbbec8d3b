package it.cns.enrollment.testing;

import it.cns.enrollment.domain.activation.ActivationCase;
import it.cns.enrollment.domain.activation.ActivationDocument;
import it.cns.enrollment.domain.activation.ActivationRequest;
import it.cns.enrollment.domain.activation.IdentityDocument;
import it.cns.enrollment.domain.activation.IdentityDocumentType;
import it.cns.enrollment.domain.activation.PrivacyNotice;
import it.cns.enrollment.domain.identity.CodiceFiscale;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The one builder of activation requests for tests: a request the rules admit on {@link #TODAY} for
 * a case (its documents all confirmed, someone else acting where the case wants it), changed one
 * field at a time by the test that is about that field.
 */
public final class ActivationRequests {

  /** The day the requests are valid on (the document expires five years later). */
  public static final LocalDate TODAY = LocalDate.of(2026, 3, 15);

  public static final String CARD = "6120016461039008";
  public static final String HOLDER = "RSSMRA80A01H501U";
  public static final String OTHER = "VRDGPP85M41F205X";

  private String cardId = CARD;
  private String holder = HOLDER;
  private final ActivationCase activationCase;
  private String acting;
  private IdentityDocument document = document();
  private Set<ActivationDocument> documents;
  private String email = "mario.rossi@example.it";
  // As the wizard sends it: the consent to the notice in force (issue #18); null for none.
  private String consent = PrivacyNotice.CURRENT_VERSION;

  private ActivationRequests(ActivationCase activationCase) {
    this.activationCase = activationCase;
    this.acting = activationCase != null && activationCase.actedByAnother() ? OTHER : null;
    this.documents = activationCase == null ? Set.of() : activationCase.requiredDocuments();
  }

  /** A request for {@code activationCase} (null: no case chosen). */
  public static ActivationRequests of(ActivationCase activationCase) {
    return new ActivationRequests(activationCase);
  }

  /**
   * One admissible request per case, with the right person at the counter: the holder themself, a
   * parent for a ten-year-old, a legal representative, a delegate.
   */
  public static List<ActivationRequests> forEveryCase() {
    return List.of(
        of(ActivationCase.HOLDER).acting(HOLDER),
        of(ActivationCase.PARENT_OF_MINOR).holder(bornOn(LocalDate.of(2016, 1, 1))),
        of(ActivationCase.LEGAL_REPRESENTATIVE),
        of(ActivationCase.DELEGATE));
  }

  public ActivationCase activationCase() {
    return activationCase;
  }

  /** The acting person's codice fiscale as typed (null: the holder acts). */
  public String acting() {
    return acting;
  }

  /** The identity document every request shows unless a test says otherwise. */
  public static IdentityDocument document() {
    return new IdentityDocument(
        IdentityDocumentType.CARTA_IDENTITA, "CA12345AB", "Comune di Roma", TODAY.plusYears(5));
  }

  /** A codice fiscale of someone born on {@code birth} (a woman, born in Rome): minors, adults. */
  public static String bornOn(LocalDate birth) {
    String months = "ABCDEHLMPRST";
    String first15 =
        String.format(
            "BNCLCU%02d%c%02dH501",
            birth.getYear() % 100,
            months.charAt(birth.getMonthValue() - 1),
            birth.getDayOfMonth() + 40);
    return first15 + CodiceFiscale.checkCharacter(first15);
  }

  public ActivationRequests card(String cardId) {
    this.cardId = cardId;
    return this;
  }

  public ActivationRequests holder(String holder) {
    this.holder = holder;
    return this;
  }

  public ActivationRequests acting(String acting) {
    this.acting = acting;
    return this;
  }

  public ActivationRequests document(IdentityDocument document) {
    this.document = document;
    return this;
  }

  public ActivationRequests documents(Set<ActivationDocument> documents) {
    this.documents = documents;
    return this;
  }

  public ActivationRequests email(String email) {
    this.email = email;
    return this;
  }

  /** The notice version consented to, or null for a request declaring no consent. */
  public ActivationRequests consent(String noticeVersion) {
    this.consent = noticeVersion;
    return this;
  }

  public ActivationRequest build() {
    ActivationRequest request =
        new ActivationRequest(cardId, holder, activationCase, acting, document, documents, email);
    return consent == null ? request : request.withConsent(consent);
  }
}
