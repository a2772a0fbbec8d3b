package it.cns.enrollment.application.agent;

import java.util.Arrays;
import java.util.Objects;

/**
 * The PIN and PUK handed to the counter agent for one card. The caller writes them out and then
 * {@link #close}s this, which wipes them; {@link #toString} never shows them.
 */
public final class CardCodes implements AutoCloseable {

  private final String cardId;
  private final char[] pin;
  private final char[] puk;

  CardCodes(String cardId, char[] pin, char[] puk) {
    this.cardId = Objects.requireNonNull(cardId, "card is required");
    this.pin = Objects.requireNonNull(pin, "PIN is required");
    this.puk = Objects.requireNonNull(puk, "PUK is required");
  }

  /** The card's 16-digit number. */
  public String cardId() {
    return cardId;
  }

  /** The PIN itself (not a copy): wiped by {@link #close}. */
  public char[] pin() {
    return pin;
  }

  /** The PUK itself (not a copy): wiped by {@link #close}. */
  public char[] puk() {
    return puk;
  }

  @Override
  public void close() {
    Arrays.fill(pin, '\0');
    Arrays.fill(puk, '\0');
  }

  @Override
  public String toString() {
    return "CardCodes[card ************" + cardId.substring(cardId.length() - 4) + ", hidden]";
  }
}
