package it.cns.enrollment.application.port;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * What the TS-CNS activation form prints, every value ready to print (labels in Italian with
 * English, dates formatted). The first halves of the codes are secrets: {@link #wipe()} overwrites
 * them and {@link #toString()} never shows them.
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
    String dateTime) {

  public ActivationFormContent {
    Objects.requireNonNull(holderCf, "holder is required");
    Objects.requireNonNull(cardId, "card id is required");
    Objects.requireNonNull(pinFirstHalf, "PIN half is required");
    Objects.requireNonNull(pukFirstHalf, "PUK half is required");
    Objects.requireNonNull(cipFirstHalf, "CIP half is required");
    documentsChecked = List.copyOf(documentsChecked);
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
