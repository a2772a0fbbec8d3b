package it.cns.enrollment.domain.activation;

import it.cns.enrollment.domain.credential.SecretHasher;
import it.cns.enrollment.domain.error.BusinessRefusal;
import it.cns.enrollment.domain.identity.CardId;
import it.cns.enrollment.domain.identity.CodiceFiscale;
import it.cns.enrollment.domain.lock.LockState;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The activation of one TS-CNS card at a counter: who the holder is, who stood at the counter and
 * with which identity document and checked documents, where and by whom, and the hashes of the
 * codes issued (the latest generation). A card is activated once (unique card id); a reissue of the
 * codes replaces the hashes and counts a new generation.
 *
 * <p>Revocation by CIP: a wrong CIP counts; the {@code maxAttempts}-th consecutive wrong one blocks
 * revocation by CIP until a supervisor unlocks it; the right one (while not blocked) revokes the
 * card. A revoked card stays revoked.
 */
@Entity
@Table(name = "tscns_activation")
public class TsCnsActivation {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "card_id", nullable = false, length = 16, updatable = false)
  private String cardId;

  @Column(name = "holder_cf", nullable = false, length = 16, updatable = false)
  private CodiceFiscale holderCf;

  @Enumerated(EnumType.STRING)
  @Column(name = "activation_case", nullable = false, length = 24, updatable = false)
  private ActivationCase activationCase;

  @Column(name = "acting_cf", nullable = false, length = 16, updatable = false)
  private CodiceFiscale actingCf;

  @Embedded private RecordedIdentityDocument idDocument;

  @Column(name = "email", nullable = false, length = 254)
  private String email;

  /** The counter office (table counter_office); an id, so that this aggregate stands alone. */
  @Column(name = "counter_office_id", nullable = false, updatable = false)
  private Long counterOfficeId;

  @Column(name = "operator_username", nullable = false, length = 64, updatable = false)
  private String operatorUsername;

  @Column(name = "activated_at", nullable = false, updatable = false)
  private Instant activatedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 16)
  private ActivationStatus status;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  /** Why (V18_2); null for revocations before it and for contract 1.1 partners. */
  @Enumerated(EnumType.STRING)
  @Column(name = "revocation_reason", length = 16)
  private RevocationReason revocationReason;

  @Column(name = "pin_hash", nullable = false, length = 200)
  private String pinHash;

  @Column(name = "puk_hash", nullable = false, length = 200)
  private String pukHash;

  @Column(name = "cip_hash", nullable = false, length = 200)
  private String cipHash;

  @Column(name = "codes_issued_at", nullable = false)
  private Instant codesIssuedAt;

  @Column(name = "codes_generation", nullable = false)
  private int codesGeneration;

  // The shared rule, on this table's own column names (V4): no migration.
  @Embedded
  @AttributeOverrides({
    @AttributeOverride(
        name = "failedAttempts",
        column = @Column(name = "revocation_failed_attempts", nullable = false)),
    @AttributeOverride(name = "lockedAt", column = @Column(name = "revocation_locked_at"))
  })
  private LockState revocationLock = new LockState();

  // The consent to the privacy notice (V18_1): all three or none (a partner on contract 1.1).
  @Column(name = "consent_notice_version", length = 16, updatable = false)
  private String consentNoticeVersion;

  @Column(name = "consent_given_by", length = 16, updatable = false)
  private CodiceFiscale consentGivenBy;

  @Column(name = "consent_given_at", updatable = false)
  private Instant consentGivenAt;

  // The names as the operator typed them (V26_2), printed on the form; null when none was typed.
  @Column(name = "holder_name", length = PersonNames.MAX, updatable = false)
  private String holderName;

  @Column(name = "acting_name", length = PersonNames.MAX, updatable = false)
  private String actingName;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "activation_document",
      joinColumns = @JoinColumn(name = "activation_id", nullable = false))
  @Enumerated(EnumType.STRING)
  @Column(name = "document", nullable = false, length = 48)
  private Set<ActivationDocument> documents = new HashSet<>();

  // Each reissue of the codes as the counter recorded it (V26_1); read with the activation's
  // transaction (the form of a reissue, the look-up), never changed.
  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(
      name = "codes_reissue",
      joinColumns = @JoinColumn(name = "activation_id", nullable = false))
  private List<CodesReissue> reissues = new ArrayList<>();

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected TsCnsActivation() {}

  /**
   * What the counter recorded. {@link ActivationRequest#admit} makes these from a request, and
   * {@link TsCnsActivation#activate} checks them again: the aggregate trusts no caller.
   */
  public record Facts(
      CardId cardId,
      CodiceFiscale holder,
      ActivationCase activationCase,
      CodiceFiscale acting,
      IdentityDocument identityDocument,
      Set<ActivationDocument> documents,
      String email,
      long counterOfficeId,
      String operatorUsername,
      PrivacyConsent consent,
      PersonNames names) {

    public Facts {
      Objects.requireNonNull(cardId, "card id is required");
      Objects.requireNonNull(holder, "holder is required");
      Objects.requireNonNull(activationCase, "case is required");
      Objects.requireNonNull(acting, "acting person is required");
      Objects.requireNonNull(identityDocument, "identity document is required");
      Objects.requireNonNull(email, "e-mail is required");
      Objects.requireNonNull(operatorUsername, "operator is required");
      documents = documents == null || documents.isEmpty() ? Set.of() : EnumSet.copyOf(documents);
      names = names == null ? PersonNames.NONE : names;
    }
  }

  /**
   * A new, active activation with its first generation of codes.
   *
   * @throws BusinessRefusal when the facts break a rule of {@link ActivationRequest} on the day of
   *     {@code at} (acting person, minor's age, identity document, e-mail)
   */
  public static TsCnsActivation activate(Facts facts, CodeHashes codes, Instant at) {
    Objects.requireNonNull(facts, "facts are required");
    Objects.requireNonNull(codes, "code hashes are required");
    Objects.requireNonNull(at, "activation instant is required");
    if (!facts.activationCase().missingFrom(facts.documents()).isEmpty()) {
      throw new IllegalArgumentException("documents of the case not all confirmed");
    }
    ActivationRules.requireAdmissible(facts, at);
    TsCnsActivation a = new TsCnsActivation();
    a.cardId = facts.cardId().value();
    a.holderCf = facts.holder();
    a.activationCase = facts.activationCase();
    a.actingCf = facts.acting();
    a.idDocument = new RecordedIdentityDocument(facts.identityDocument());
    a.email = facts.email();
    a.counterOfficeId = facts.counterOfficeId();
    a.operatorUsername = facts.operatorUsername();
    a.activatedAt = at;
    a.status = ActivationStatus.ACTIVE;
    a.documents = new HashSet<>(facts.documents());
    PrivacyConsent consent = facts.consent();
    if (consent != null) {
      if (!consent.givenBy().equals(facts.acting())) {
        throw new IllegalArgumentException("consent given by someone not at the counter");
      }
      a.consentNoticeVersion = consent.noticeVersion();
      a.consentGivenBy = consent.givenBy();
      a.consentGivenAt = consent.givenAt();
    }
    a.holderName = facts.names().holder();
    a.actingName = facts.names().acting();
    a.codesGeneration = 1;
    a.storeCodes(codes, at);
    return a;
  }

  /**
   * New codes for an active card: the hashes are replaced and the generation counted, and the
   * reissue is recorded with the identity document seen again and the address the second halves go
   * to (the new one when given, which becomes the card's address). A block on revocation by CIP
   * stays (only a supervisor lifts it).
   *
   * @return the reissue as recorded
   * @throws BusinessRefusal IDENTITY_DOCUMENT_INVALID when the document is incomplete or expired on
   *     the day of {@code at}
   * @throws IllegalStateException when the card is revoked
   */
  public CodesReissue reissueCodes(
      CodeHashes codes,
      ReissueRequest.Facts facts,
      String operatorUsername,
      long counterOfficeId,
      Instant at) {
    Objects.requireNonNull(codes, "code hashes are required");
    Objects.requireNonNull(facts, "facts are required");
    Objects.requireNonNull(at, "reissue instant is required");
    requireActive();
    if (!facts.cardId().value().equals(cardId)) {
      throw new IllegalArgumentException("facts of another card");
    }
    ActivationRules.requireIdentityDocument(
        facts.identityDocument(), ActivationRules.dayInItaly(at));
    String previous = email;
    if (facts.newEmail() != null) {
      email = facts.newEmail().value();
    }
    codesGeneration++;
    storeCodes(codes, at);
    CodesReissue reissue =
        new CodesReissue(
            codesGeneration,
            facts.identityDocument(),
            email,
            previous,
            operatorUsername,
            counterOfficeId,
            at);
    reissues.add(reissue);
    return reissue;
  }

  /** The reissues of the codes, oldest first. */
  public List<CodesReissue> reissues() {
    return reissues.stream()
        .sorted(Comparator.comparingInt(CodesReissue::codesGeneration))
        .toList();
  }

  /**
   * The identity document seen for the codes in force: at the latest reissue, or at the activation
   * when there was none (the form of a reissue prints this one).
   */
  public IdentityDocument identityDocumentOfCurrentCodes() {
    return reissues().stream()
        .reduce((first, second) -> second)
        .map(CodesReissue::identityDocument)
        .orElseGet(this::identityDocument);
  }

  /** Whether {@code cip} is this card's current CIP (an Argon2 verification, slow by design). */
  public boolean cipMatches(char[] cip, SecretHasher hasher) {
    return hasher.verify(cip, cipHash);
  }

  /**
   * Replaces the CIP's hash by a new one of the same CIP (made with the current parameters and
   * pepper), after it was found right.
   */
  public void rehashCip(String hash) {
    cipHash = Objects.requireNonNull(hash, "hash is required");
  }

  /**
   * Counts a wrong CIP; the {@code maxAttempts}-th consecutive one blocks revocation by CIP.
   *
   * @return whether this attempt blocked it
   */
  public boolean recordWrongCip(Instant at, int maxAttempts) {
    boolean wasLocked = revocationLock.isLocked();
    return revocationLock.recordFailure(at, maxAttempts) && !wasLocked;
  }

  /**
   * Revokes the card (right CIP given, not blocked) for {@code reason} (null: none was given).
   *
   * @throws IllegalStateException when revoked already or blocked
   */
  public void revoke(Instant at, RevocationReason reason) {
    revoke(at);
    revocationReason = reason;
  }

  /**
   * Revokes the card (right CIP given, not blocked), no reason given.
   *
   * @throws IllegalStateException when revoked already or blocked
   */
  public void revoke(Instant at) {
    requireActive();
    if (isRevocationLocked()) {
      throw new IllegalStateException("revocation by CIP is blocked");
    }
    status = ActivationStatus.REVOKED;
    revokedAt = Objects.requireNonNull(at, "revocation instant is required");
    revocationLock.recordSuccess();
  }

  /** Lifts a block on revocation by CIP and forgets the wrong attempts (a supervisor's act). */
  public void unlockCip() {
    revocationLock.unlock();
  }

  private void storeCodes(CodeHashes codes, Instant at) {
    pinHash = codes.pinHash();
    pukHash = codes.pukHash();
    cipHash = codes.cipHash();
    codesIssuedAt = at;
  }

  private void requireActive() {
    if (status != ActivationStatus.ACTIVE) {
      throw new IllegalStateException("the card is " + status);
    }
  }

  public Long id() {
    return id;
  }

  public CardId cardId() {
    return CardId.parse(cardId);
  }

  public CodiceFiscale holder() {
    return holderCf;
  }

  public ActivationCase activationCase() {
    return activationCase;
  }

  public CodiceFiscale acting() {
    return actingCf;
  }

  public IdentityDocument identityDocument() {
    return idDocument.value();
  }

  /** The documents the operator confirmed, in the seed's order. */
  public Set<ActivationDocument> documents() {
    return documents.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(documents));
  }

  /** The names as typed at the activation (either may be null: none was typed). */
  public PersonNames names() {
    return new PersonNames(holderName, actingName);
  }

  /** Where the second halves of the codes go: given at the activation, or at a later reissue. */
  public String email() {
    return email;
  }

  /** The consent to the privacy notice, when one was declared with the activation. */
  public Optional<PrivacyConsent> consent() {
    return consentNoticeVersion == null
        ? Optional.empty()
        : Optional.of(new PrivacyConsent(consentNoticeVersion, consentGivenBy, consentGivenAt));
  }

  public long counterOfficeId() {
    return counterOfficeId;
  }

  public String operatorUsername() {
    return operatorUsername;
  }

  public Instant activatedAt() {
    return activatedAt;
  }

  public ActivationStatus status() {
    return status;
  }

  public boolean isActive() {
    return status == ActivationStatus.ACTIVE;
  }

  public Optional<Instant> revokedAt() {
    return Optional.ofNullable(revokedAt);
  }

  /** Why the card was revoked, when a reason was given. */
  public Optional<RevocationReason> revocationReason() {
    return Optional.ofNullable(revocationReason);
  }

  public String pinHash() {
    return pinHash;
  }

  public String pukHash() {
    return pukHash;
  }

  public String cipHash() {
    return cipHash;
  }

  public Instant codesIssuedAt() {
    return codesIssuedAt;
  }

  public int codesGeneration() {
    return codesGeneration;
  }

  /** The lock the CIP guards (for the one attempt counter). */
  public LockState revocationLock() {
    return revocationLock;
  }

  public int revocationFailedAttempts() {
    return revocationLock.failedAttempts();
  }

  public boolean isRevocationLocked() {
    return revocationLock.isLocked();
  }

  public Optional<Instant> revocationLockedAt() {
    return Optional.ofNullable(revocationLock.lockedAt());
  }
}
