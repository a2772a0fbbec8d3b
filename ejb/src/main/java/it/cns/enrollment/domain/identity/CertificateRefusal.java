package it.cns.enrollment.domain.identity;

/**
 * Why a card certificate cannot be used, with what the citizen should do about it. The constant's
 * name is the stable code ({@link #code()}) used in audit records and SOAP faults; the texts are
 * for the citizen's page and never carry technical detail.
 */
public enum CertificateRefusal {
  EXPIRED(
      "Il certificato della carta è scaduto. Si rivolga all'ente che ha emesso la carta (per la"
          + " Tessera Sanitaria-CNS, la sua Regione o azienda sanitaria) per rinnovarlo.",
      "Your card's certificate has expired. Contact the body that issued the card (for a health"
          + " card TS-CNS, your Region or local health agency) to renew it."),
  NOT_YET_VALID(
      "Il certificato della carta non è ancora valido. Se la carta è stata attivata da poco,"
          + " riprovi più tardi; altrimenti si rivolga all'ente che l'ha emessa.",
      "Your card's certificate is not valid yet. If the card was activated recently, try again"
          + " later; otherwise contact the body that issued it."),
  REVOKED(
      "Il certificato della carta è stato revocato (ad esempio per smarrimento, furto o"
          + " sostituzione della carta) e non può più essere usato. Si rivolga all'ente che ha"
          + " emesso la carta per averne una nuova.",
      "Your card's certificate has been revoked (for example after the card was lost, stolen or"
          + " replaced) and can no longer be used. Contact the body that issued the card to get"
          + " a new one."),
  UNTRUSTED_ISSUER(
      "La carta non è stata emessa da un'autorità di certificazione riconosciuta per la Carta"
          + " Nazionale dei Servizi. Usi una CNS o una Tessera Sanitaria-CNS attivata.",
      "The card was not issued by a recognised Carta Nazionale dei Servizi (CNS) certification"
          + " authority. Use a CNS or an activated health card (TS-CNS)."),
  NOT_CNS_POLICY(
      "Il certificato presentato non è un certificato di autenticazione della Carta Nazionale"
          + " dei Servizi. Se il browser le chiede quale certificato usare, scelga quello di"
          + " autenticazione della carta.",
      "The certificate presented is not a Carta Nazionale dei Servizi authentication"
          + " certificate. If the browser asks which certificate to use, choose the card's"
          + " authentication certificate."),
  WRONG_KEY_USAGE(
      "Il certificato presentato non è abilitato all'autenticazione (potrebbe essere un"
          + " certificato di firma digitale). Chiuda il browser, lo riapra e scelga il certificato"
          + " di autenticazione della carta.",
      "The certificate presented is not enabled for authentication (it may be a digital"
          + " signature certificate). Close the browser, open it again and choose the card's"
          + " authentication certificate."),
  CF_UNREADABLE(
      "Non è stato possibile leggere il codice fiscale dal certificato della carta. Verifichi di"
          + " usare una CNS o una Tessera Sanitaria-CNS attivata; se il problema persiste,"
          + " si rivolga all'ente che ha emesso la carta.",
      "The codice fiscale could not be read from the card's certificate. Check that you are"
          + " using a CNS or an activated health card (TS-CNS); if the problem persists, contact"
          + " the body that issued the card."),
  CF_INVALID(
      "Il codice fiscale contenuto nel certificato della carta non è valido. Si rivolga all'ente"
          + " che ha emesso la carta.",
      "The codice fiscale in the card's certificate is not valid. Contact the body that issued"
          + " the card."),
  REVOCATION_UNKNOWN(
      "Al momento non è possibile verificare se il certificato della carta è stato revocato,"
          + " perché il servizio dell'ente emettitore non risponde. Riprovi tra qualche minuto.",
      "It is not possible right now to check whether the card's certificate has been revoked,"
          + " because the issuer's service is not answering. Try again in a few minutes."),
  MALFORMED(
      "Il certificato ricevuto dalla carta è danneggiato o illeggibile. Rimuova e reinserisca"
          + " la carta, chiuda e riapra il browser e riprovi; se il problema persiste, verifichi i"
          + " driver del lettore e della carta.",
      "The certificate received from the card is damaged or unreadable. Remove and reinsert"
          + " the card, close and reopen the browser and try again; if the problem persists,"
          + " check the card reader and card drivers."),
  NO_CERTIFICATE(
      "Non è stato ricevuto alcun certificato. Inserisca la carta nel lettore prima di aprire"
          + " la pagina, verifichi che i driver del lettore e della carta siano installati, poi"
          + " chiuda e riapra il browser e riprovi.",
      "No certificate was received. Insert the card in the reader before opening the page,"
          + " check that the card reader and card drivers are installed, then close and reopen"
          + " the browser and try again.");

  private final String messageIt;
  private final String messageEn;

  CertificateRefusal(String messageIt, String messageEn) {
    this.messageIt = messageIt;
    this.messageEn = messageEn;
  }

  /** The stable code: the constant's name, never renamed. */
  public String code() {
    return name();
  }

  /** What is wrong and what to do, for the citizen, in Italian. */
  public String messageIt() {
    return messageIt;
  }

  /** What is wrong and what to do, for the citizen, in English. */
  public String messageEn() {
    return messageEn;
  }
}
