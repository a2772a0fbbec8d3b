package it.cns.enrollment.it;

import java.security.KeyStore;

/** The three HTTPS listeners of the test server, each with the credential its clients present. */
enum HttpsPort {
  PUBLIC,
  SMARTCARD,
  PARTNER;

  int number() {
    return switch (this) {
      case PUBLIC -> ItEnvironment.publicPort();
      case SMARTCARD -> ItEnvironment.smartcardPort();
      case PARTNER -> ItEnvironment.partnerPort();
    };
  }

  /** No certificate on the public listener, a citizen's card, the demo partner's certificate. */
  KeyStore credential() {
    return switch (this) {
      case PUBLIC -> null;
      case SMARTCARD -> CitizenCard.KEY_STORE;
      case PARTNER -> TestPki.demoPartner();
    };
  }

  /** One card for all the smartcard requests (a key pair per request would only cost time). */
  private static final class CitizenCard {
    static final KeyStore KEY_STORE = TestPki.keyStore(TestPki.card(TestPeople.newCodiceFiscale()));
  }
}
