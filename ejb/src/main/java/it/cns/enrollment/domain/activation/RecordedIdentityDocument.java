package it.cns.enrollment.domain.activation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The identity document as the counter recorded it: the {@code id_document_*} columns of an
 * activation and of each reissue of its codes, written once and never changed. Only complete
 * documents are recorded (the rules checked them before: {@link IdentityDocument#requireValidOn}).
 */
@Embeddable
public class RecordedIdentityDocument {

  @Enumerated(EnumType.STRING)
  @Column(name = "id_document_type", nullable = false, length = 24, updatable = false)
  private IdentityDocumentType type;

  @Column(name = "id_document_number", nullable = false, length = 40, updatable = false)
  private String number;

  @Column(name = "id_document_issuer", nullable = false, length = 200, updatable = false)
  private String issuer;

  @Column(name = "id_document_expiry", nullable = false, updatable = false)
  private LocalDate expiry;

  protected RecordedIdentityDocument() {}

  RecordedIdentityDocument(IdentityDocument seen) {
    this.type = Objects.requireNonNull(seen.type(), "document type is required");
    this.number = Objects.requireNonNull(seen.number(), "document number is required");
    this.issuer = Objects.requireNonNull(seen.issuer(), "document issuer is required");
    this.expiry = Objects.requireNonNull(seen.expiry(), "document expiry is required");
  }

  /** The document recorded, as the value the rules and the forms use. */
  IdentityDocument value() {
    return new IdentityDocument(type, number, issuer, expiry);
  }
}
