package it.cns.enrollment.application.port;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * What the TS-CNS activation form prints, every value ready to print (labels in Italian with
 * English, dates formatted). The first halves of the codes are secrets: {@link #wipe()} overwrites
 * them and {@link #toString()} never shows them.
 *
 * <p>{@code consentNoticeVersion} is the privacy notice the consent refers to (the one read, or the
 * one to read when none was declared); {@code consentGivenBy} and {@code consentGivenAt} are null
 * when the request declared no consent (a partner on contract 1.1): the form then collects it by
 * signature. {@code holderName} and {@code actingName} are the names as typed at the counter, null
 * when none was typed (the form then has no name line).
 */
public record ActivationFormContent(
    String holderCf,
    String holderName,
    String cardId,
    String caseLabelIt,
    String caseLabelEn,
    String actingCf,
    String actingRoleIt,
    String identityDocumentType,
    String identityDocumentNumber,
    String identityDocumentIssuer,
    String identityDocumentExpiry,
    List<String> documentsChecked,
    String email,
    char[] pinFirstHalf,
    char[] pukFirstHalf,
    char[] cipFirstHalf,
    int codesGeneration,
    String operator,
    String counterName,
    String counterAgency,
    String counterAddress,
    String dateTime,
    String consentNoticeVersion,
    String consentGivenBy,
    String consentGivenAt,
    String actingName) {

  public ActivationFormContent {
    Objects.requireNonNull(holderCf, "holder is required");
    Objects.requireNonNull(cardId, "card id is required");
    Objects.requireNonNull(pinFirstHalf, "PIN half is required");
    Objects.requireNonNull(pukFirstHalf, "PUK half is required");
    Objects.requireNonNull(cipFirstHalf, "CIP half is required");
    documentsChecked = List.copyOf(documentsChecked);
    Objects.requireNonNull(consentNoticeVersion, "notice version is required");
  }

  /** Whether the consent was declared with the request (else it is collected by signature). */
  public boolean consentDeclared() {
    return consentGivenBy != null;
  }

  /** Overwrites the code halves this content holds. */
  public void wipe() {
    Arrays.fill(pinFirstHalf, '\0');
    Arrays.fill(pukFirstHalf, '\0');
    Arrays.fill(cipFirstHalf, '\0');
  }

  @Override
  public String toString() {
    return "ActivationFormContent[card ****"
        + cardId.substring(Math.max(0, cardId.length() - 4))
        + ", codes hidden]";
  }
}
