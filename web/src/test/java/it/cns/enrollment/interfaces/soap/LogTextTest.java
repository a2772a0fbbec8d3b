package it.cns.enrollment.interfaces.soap;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LogTextTest {

  @Test
  void escapesLineBreaksSoNoForgedLineCanStart() {
    String forged = "x\n2026-01-01 00:00:00,000 ERROR [forged] admin logged in\r\tend";

    assertThat(LogText.safe(forged))
        .doesNotContain("\n")
        .doesNotContain("\r")
        .doesNotContain("\t")
        .isEqualTo("x\\n2026-01-01 00:00:00,000 ERROR [forged] admin logged in\\r\\tend");
  }

  @Test
  void escapesOtherControlCharactersAndUnicodeLineSeparators() {
    assertThat(LogText.safe("a\u0000b\u001bc\u0085d\u2028e"))
        .isEqualTo("a\\u0000b\\u001bc\\u0085d\\u2028e");
  }

  @Test
  void masksCodiciFiscaliIncludingOmocodia() {
    assertThat(LogText.safe("cf RSSMRA80A01H501U and MRTMTT25D09F20RN, rssmra80a01h501u"))
        .isEqualTo("cf RS************1U and MR************RN, rs************1u");
  }

  @Test
  void leavesLongerWordsThatContainACodiceFiscaleShapeAlone() {
    assertThat(LogText.safe("XRSSMRA80A01H501U")).isEqualTo("XRSSMRA80A01H501U");
  }

  @Test
  void boundsTheLengthAndSaysHowMuchWasLeftOut() {
    String safe = LogText.safe("a".repeat(200_000));

    assertThat(safe).startsWith("a".repeat(LogText.MAX)).endsWith("…[+199800 chars]");
    assertThat(safe.length()).isLessThan(LogText.MAX + 20);
  }

  /**
   * HttpFuzzIT's finding: an emoji where a name was expected made the parser quote its high
   * surrogate alone; the fault's text could not be written as UTF-8 and the partner got an empty
   * HTTP 200. Lone halves are escaped, whole pairs kept.
   */
  @Test
  void escapesLoneSurrogatesAndNonCharactersButKeepsWholePairs() {
    assertThat(LogText.safe("Unexpected character '\ud83d' (code 55357 / 0xd83d)"))
        .isEqualTo("Unexpected character '\\ud83d' (code 55357 / 0xd83d)");
    assertThat(LogText.safe("a\ude00b\ufffec\uffff")).isEqualTo("a\\ude00b\\ufffec\\uffff");
    assertThat(LogText.safe("smile \ud83d\ude00")).isEqualTo("smile \ud83d\ude00");
  }

  @Test
  void theBoundNeverCutsASurrogatePairInTwo() {
    String safe = LogText.safe("a".repeat(LogText.MAX - 1) + "\ud83d\ude00".repeat(10));

    assertThat(safe).startsWith("a".repeat(LogText.MAX - 1) + "\ud83d\ude00…[+");
    assertThat(safe.chars().filter(c -> Character.isSurrogate((char) c)).count()).isEqualTo(2);
  }

  @Test
  void nullIsEmpty() {
    assertThat(LogText.safe(null)).isEmpty();
  }
}
