package it.cns.enrollment.application.counter;

import it.cns.enrollment.application.port.DocumentSealer;
import it.cns.enrollment.application.port.SessionSettings;
import it.cns.enrollment.application.security.Caller;
import it.cns.enrollment.domain.activation.PendingOutcome;
import it.cns.enrollment.domain.activation.PendingOutcomeRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The outcome of an activation or a reissue between the confirmation and its page (issue #14). The
 * confirmation answers with a redirect (post-redirect-get) and the page is the next request, which
 * on a cluster may reach another node, also because the node that confirmed died right after its
 * 302. What the page shows therefore waits in the database every node shares, committed before the
 * redirect is written, not in the HTTP session, whose copy to the other nodes a killed node may not
 * have finished. The page finds it by a random token in its URL (only its SHA-256 is stored), for
 * the operator who issued it only; the first halves of the codes are sealed and erased the first
 * time the page shows them; the row expires with the operator's idle session.
 */
@Stateless
public class ActivationOutcomeService {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Pattern TOKEN = Pattern.compile("[0-9a-f]{32}");

  @Inject PendingOutcomeRepository pending;
  @Inject DocumentSealer sealer;
  @Inject SessionSettings session;
  @Inject Clock clock;
  @Inject Caller caller;

  /**
   * Keeps the outcome for the calling operator and returns the token of its page. The caller wipes
   * the receipt's halves.
   */
  public String keep(ActivationReceipt receipt, boolean reissue, boolean formMade) {
    String operator = caller.staff().username();
    byte[] id = new byte[16];
    RANDOM.nextBytes(id);
    String token = HexFormat.of().formatHex(id);
    String hash = hash(token);
    byte[] plain = halvesBytes(receipt.printed());
    byte[] box;
    try {
      box = sealer.sealBytes(plain, associatedData(hash, receipt.activationId(), operator));
    } finally {
      Arrays.fill(plain, (byte) 0);
    }
    Instant now = clock.instant();
    pending.put(
        new PendingOutcome(
            hash,
            receipt.activationId(),
            receipt.codesGeneration(),
            operator,
            receipt.cardIdMasked(),
            receipt.holderCf(),
            receipt.activationCase(),
            receipt.activatedAt(),
            receipt.mailReference(),
            reissue,
            formMade,
            box,
            now,
            now.plus(session.idleTimeout())));
    return token;
  }

  /**
   * The outcome of this token for the calling operator, with the first halves if they were not
   * shown before (they are erased from the store in the same transaction); empty for a token that
   * is malformed, unknown, another operator's or expired.
   */
  public Optional<ShownOutcome> show(String token) {
    return find(token)
        .map(
            o ->
                new ShownOutcome(
                    summaryOf(o),
                    pending
                        .takeHalves(o.tokenHash(), o.operatorUsername(), clock.instant())
                        .map(box -> open(o, box))
                        .orElse(null)));
  }

  private CodeHalves open(PendingOutcome o, byte[] box) {
    byte[] plain =
        sealer.openBytes(
            box, associatedData(o.tokenHash(), o.activationId(), o.operatorUsername()));
    Arrays.fill(box, (byte) 0);
    try {
      return halvesOf(plain);
    } finally {
      Arrays.fill(plain, (byte) 0);
    }
  }

  /** The outcome's summary without touching the halves (a later request of the same page). */
  public Optional<OutcomeSummary> summary(String token) {
    return find(token).map(ActivationOutcomeService::summaryOf);
  }

  private Optional<PendingOutcome> find(String token) {
    if (token == null || !TOKEN.matcher(token).matches()) {
      return Optional.empty();
    }
    return pending.find(hash(token), caller.staff().username(), clock.instant());
  }

  private static OutcomeSummary summaryOf(PendingOutcome o) {
    return new OutcomeSummary(
        o.activationId(),
        o.cardIdMasked(),
        o.holderCf(),
        o.activationCase(),
        o.activatedAt(),
        o.codesGeneration(),
        o.mailReference(),
        o.reissue(),
        o.formMade());
  }

  static String hash(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(token.getBytes(StandardCharsets.US_ASCII)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing from the JDK", e);
    }
  }

  /** Binds the sealed halves to their row: they do not open for another outcome or operator. */
  private static byte[] associatedData(String tokenHash, long activationId, String operator) {
    return ("activation-outcome|" + tokenHash + "|" + activationId + "|" + operator)
        .getBytes(StandardCharsets.UTF_8);
  }

  /** PIN, PUK and CIP halves as UTF-8, separated by '|' (digits never contain it). */
  private static byte[] halvesBytes(CodeHalves h) {
    char[] joined = new char[h.pin().length + h.puk().length + h.cip().length + 2];
    System.arraycopy(h.pin(), 0, joined, 0, h.pin().length);
    joined[h.pin().length] = '|';
    System.arraycopy(h.puk(), 0, joined, h.pin().length + 1, h.puk().length);
    joined[h.pin().length + 1 + h.puk().length] = '|';
    System.arraycopy(h.cip(), 0, joined, h.pin().length + h.puk().length + 2, h.cip().length);
    ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(joined));
    Arrays.fill(joined, '\0');
    byte[] bytes = new byte[encoded.remaining()];
    encoded.get(bytes);
    Arrays.fill(encoded.array(), (byte) 0);
    return bytes;
  }

  private static CodeHalves halvesOf(byte[] plain) {
    CharBuffer decoded = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(plain));
    char[] all = new char[decoded.remaining()];
    decoded.get(all);
    Arrays.fill(decoded.array(), '\0');
    int first = indexOf(all, 0);
    int second = indexOf(all, first + 1);
    CodeHalves halves =
        new CodeHalves(
            Arrays.copyOfRange(all, 0, first),
            Arrays.copyOfRange(all, first + 1, second),
            Arrays.copyOfRange(all, second + 1, all.length));
    Arrays.fill(all, '\0');
    return halves;
  }

  private static int indexOf(char[] chars, int from) {
    for (int i = from; i < chars.length; i++) {
      if (chars[i] == '|') {
        return i;
      }
    }
    throw new IllegalStateException("sealed halves of an unknown shape");
  }
}
