package it.cns.enrollment.it;

import it.cns.enrollment.domain.identity.CodiceFiscale;
import java.security.SecureRandom;

/** Fresh, valid codici fiscali, so that every test works on people nobody else touches. */
final class TestPeople {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

  private TestPeople() {}

  static String newCodiceFiscale() {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < 6; i++) {
      s.append(LETTERS.charAt(RANDOM.nextInt(LETTERS.length())));
    }
    s.append("80A01H501");
    return s.toString() + CodiceFiscale.checkCharacter(s.toString());
  }
}
