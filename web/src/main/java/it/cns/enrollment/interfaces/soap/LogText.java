package it.cns.enrollment.interfaces.soap;

import java.util.regex.Pattern;

/**
 * Text from a request, made fit for one log line: control characters and line breaks escaped (a
 * newline in a field must not start a forged line with a chosen timestamp and level), codici
 * fiscali masked (personal data stays out of logs), and the length bounded (a 200 KB element name
 * must not become a 200 KB line). The result is also fit for an XML answer: a lone surrogate (half
 * of a character outside the BMP, which the parser quotes in its message) or U+FFFE/U+FFFF is
 * escaped, and the bound never cuts a surrogate pair - CXF cannot write either as UTF-8, and a
 * fault that cannot be written left the partner an HTTP 200 with an empty body (HttpFuzzIT).
 */
final class LogText {

  /** A codice fiscale, omocodia letters included, not part of a longer word. */
  private static final Pattern CODICE_FISCALE =
      Pattern.compile(
          "(?<![A-Za-z0-9])[A-Za-z]{6}[0-9LMNPQRSTUVlmnpqrstuv]{2}[A-Za-z]"
              + "[0-9LMNPQRSTUVlmnpqrstuv]{2}[A-Za-z][0-9LMNPQRSTUVlmnpqrstuv]{3}[A-Za-z]"
              + "(?![A-Za-z0-9])");

  static final int MAX = 200;

  private LogText() {}

  static String safe(String text) {
    if (text == null) {
      return "";
    }
    String masked =
        CODICE_FISCALE
            .matcher(text)
            .replaceAll(m -> m.group().substring(0, 2) + "************" + m.group().substring(14));
    StringBuilder out = new StringBuilder(Math.min(masked.length(), MAX) + 16);
    for (int i = 0; i < masked.length(); i++) {
      if (out.length() >= MAX) {
        return out.append("…[+").append(masked.length() - i).append(" chars]").toString();
      }
      char c = masked.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < masked.length()
          && Character.isLowSurrogate(masked.charAt(i + 1))) {
        out.append(c).append(masked.charAt(++i)); // a whole pair: kept, never cut in two
        continue;
      }
      switch (c) {
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20
              || (c >= 0x7f && c < 0xa0)
              || c == '\u2028'
              || c == '\u2029'
              || Character.isSurrogate(c) // alone here: a pair was taken whole above
              || c == '\ufffe'
              || c == '\uffff') {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }
}
