package it.cns.enrollment.application.credentials;

import it.cns.enrollment.application.mail.MailOutbox;
import it.cns.enrollment.domain.account.Account;
import it.cns.enrollment.domain.activation.TsCnsActivation;
import it.cns.enrollment.domain.activation.TsCnsActivationRepository;
import it.cns.enrollment.domain.mail.OutgoingMail;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Tells the holder, out of band, that their traditional login has just been locked: the login page
 * answers a locked account as it answers a wrong password (so as not to tell an attacker which
 * accounts exist), and this mail is how the real holder learns of the lock and of how to lift it.
 * Sent to the address of the holder's most recent TS-CNS activation, where there is one; through
 * the outbox, in the locking attempt's transaction, so it exists if and only if the lock does.
 */
@Stateless
public class LockNotice {

  static final String KIND = "LOGIN_LOCKED";
  static final String SUBJECT =
      "Accesso con password e PIN bloccato / Sign-in with password and PIN locked";

  private static final Logger LOG = Logger.getLogger(LockNotice.class.getName());
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZoneId.of("Europe/Rome"));

  @Inject TsCnsActivationRepository activations;
  @Inject MailOutbox outbox;

  /**
   * Enqueues the notice for {@code account}, locked at {@code at}, when an address is known.
   *
   * @return whether a mail was enqueued
   */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public boolean citizenLocked(Account account, Instant at) {
    Optional<String> address =
        activations.findByHolder(account.codiceFiscale()).stream()
            .filter(TsCnsActivation::isActive)
            .max(Comparator.comparing(TsCnsActivation::activatedAt))
            .map(TsCnsActivation::email);
    if (address.isEmpty()) {
      LOG.fine("login locked: no address known for a notice");
      return false;
    }
    outbox.enqueue(
        new OutgoingMail(
            KIND,
            "account:" + account.id(),
            address.get(),
            SUBJECT,
            body(WHEN.format(at)).toCharArray()));
    return true;
  }

  static String body(String when) {
    return "Gentile utente,\n\n"
        + "il "
        + when
        + " l'accesso ai servizi telematici con codice fiscale, password e PIN associato al"
        + " codice fiscale del titolare della TS-CNS è stato bloccato dopo troppi tentativi"
        + " errati consecutivi.\n\n"
        + "Se è stato Lei, per sbloccarlo acceda con la smartcard (\"Accedi tramite"
        + " smartcard\") oppure si rivolga a un ufficio dell'Agenzia delle Entrate.\n"
        + "Se non è stato Lei, qualcuno potrebbe aver tentato di accedere al suo posto: lo"
        + " segnali a un ufficio dell'Agenzia delle Entrate. Nessuno Le chiederà mai password,"
        + " PIN o codici via e-mail o telefono.\n\n"
        + "-----\n\n"
        + "Dear user,\n\n"
        + "on "
        + when
        + " (Italian time) sign-in to the online services with codice fiscale, password and PIN"
        + " for the holder of the TS-CNS was locked after too many consecutive wrong attempts.\n\n"
        + "If it was you, unlock it by signing in with your smartcard (\"Sign in with"
        + " smartcard\") or at an office of the Agenzia delle Entrate.\n"
        + "If it was not you, someone may have tried to sign in as you: report it to an office"
        + " of the Agenzia delle Entrate. Nobody will ever ask you for passwords, PINs or codes"
        + " by e-mail or telephone.\n";
  }
}
