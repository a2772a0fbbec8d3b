package it.cns.enrollment.domain.challenge;

import it.cns.enrollment.domain.error.BusinessRefusal;
import it.cns.enrollment.domain.error.ErrorCode;
import it.cns.enrollment.domain.partner.PartnerOperation;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;

/**
 * What the citizen's card signs to prove it is present, and for what (issue #15). Since contract
 * 1.3 the card signs one line of ASCII text that names the operation and the person as well as the
 * server's challenge:
 *
 * <pre>urn:cns-enrollment:partner:v1|enrollFisconline|RSSMRA80A01H501U|&lt;challenge in base64&gt;
 * </pre>
 *
 * <p>so a signature the citizen gave for binding a card cannot be spent on an enrollment (which
 * hands out a PIN and a password), nor for somebody else, and it means nothing outside this service
 * (the leading name). The challenge is issued to one partner and stored with it, which binds the
 * partner. A text rather than a structure because the citizen's signing tool shows what it signs.
 *
 * <p>A contract 1.2 partner has the card sign the bare 32 challenge bytes: an <em>unbound</em>
 * proof, accepted or refused by {@link UnboundProofs} (the setting {@code CNS_CARD_PROOF_UNBOUND})
 * until every partner has moved.
 */
public final class CardProofContent {

  /** Names this service and contract version, so the signed text means nothing elsewhere. */
  public static final String CONTEXT = "urn:cns-enrollment:partner:v1";

  /** The operations that take a card proof. */
  public static final List<PartnerOperation> OPERATIONS =
      List.of(PartnerOperation.BIND_SMARTCARD, PartnerOperation.ENROLL_FISCONLINE);

  private static final char SEPARATOR = '|';

  /** What the card signed: the contract 1.3 text naming the operation, or the bare challenge. */
  public enum Form {
    BOUND,
    UNBOUND
  }

  private CardProofContent() {}

  /**
   * The text the card signs for {@code operation} on behalf of {@code codiceFiscale} (upper case,
   * as in the certificate), over {@code challenge}: US-ASCII, fields separated by {@code |}, the
   * challenge in standard base64 with padding, no line break.
   */
  public static byte[] bound(PartnerOperation operation, String codiceFiscale, byte[] challenge) {
    Objects.requireNonNull(operation, "operation is required");
    Objects.requireNonNull(codiceFiscale, "codice fiscale is required");
    Objects.requireNonNull(challenge, "challenge is required");
    if (!OPERATIONS.contains(operation)) {
      throw new IllegalArgumentException(operation + " takes no card proof");
    }
    return (CONTEXT
            + SEPARATOR
            + operation.contractName()
            + SEPARATOR
            + codiceFiscale
            + SEPARATOR
            + Base64.getEncoder().encodeToString(challenge))
        .getBytes(StandardCharsets.US_ASCII);
  }

  /**
   * The contents a detached signature may be over, the expected one first: the text for this
   * operation and person, the bare challenge, the text for each other operation (so that a proof
   * for another operation is told apart from a bad signature whatever the form).
   */
  public static List<byte[]> candidates(
      PartnerOperation operation, String codiceFiscale, byte[] challenge) {
    List<byte[]> all = new ArrayList<>();
    all.add(bound(operation, codiceFiscale, challenge));
    all.add(challenge.clone());
    for (PartnerOperation other : OPERATIONS) {
      if (other != operation) {
        all.add(bound(other, codiceFiscale, challenge));
      }
    }
    return all;
  }

  /**
   * Judges what the card's key signed (the signature itself already verified) for a call of {@code
   * operation} about {@code codiceFiscale}.
   *
   * @return the form of the accepted content
   * @throws BusinessRefusal {@code PROOF_OTHER_OPERATION} (the text names this challenge but
   *     another operation or person), {@code PROOF_UNBOUND} (the bare challenge, refused by the
   *     policy), {@code PROOF_INVALID} (anything else)
   */
  public static Form judge(
      byte[] signed,
      PartnerOperation operation,
      String codiceFiscale,
      byte[] challenge,
      UnboundProofs policy) {
    Objects.requireNonNull(signed, "signed content is required");
    Objects.requireNonNull(policy, "policy is required");
    if (MessageDigest.isEqual(signed, bound(operation, codiceFiscale, challenge))) {
      return Form.BOUND;
    }
    if (MessageDigest.isEqual(signed, challenge)) {
      if (policy == UnboundProofs.ACCEPT) {
        return Form.UNBOUND;
      }
      throw new BusinessRefusal(
          ErrorCode.PROOF_UNBOUND,
          "the card signed the bare challenge; the operation and codice fiscale must be signed");
    }
    if (namesChallenge(signed, challenge)) {
      // Neither the operation nor the person is echoed: the detail goes to the log.
      throw new BusinessRefusal(
          ErrorCode.PROOF_OTHER_OPERATION,
          "the card signed this challenge for another operation or codice fiscale, not for "
              + operation.contractName());
    }
    throw new BusinessRefusal(ErrorCode.PROOF_INVALID, "signed content is not the challenge");
  }

  /** Whether {@code signed} is a text of this service's form over this very challenge. */
  private static boolean namesChallenge(byte[] signed, byte[] challenge) {
    String text = new String(signed, StandardCharsets.US_ASCII);
    String tail = SEPARATOR + Base64.getEncoder().encodeToString(challenge);
    return text.startsWith(CONTEXT + SEPARATOR) && text.endsWith(tail);
  }
}
