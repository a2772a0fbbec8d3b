package it.cns.enrollment.application.security;

import it.cns.enrollment.domain.account.Account;
import it.cns.enrollment.domain.account.AccountRepository;
import it.cns.enrollment.domain.account.AccountStanding;
import it.cns.enrollment.domain.account.AlreadyEnabledException;
import it.cns.enrollment.domain.audit.AuditEvent;
import it.cns.enrollment.domain.card.SmartcardBinding;
import it.cns.enrollment.domain.card.SmartcardBindingRepository;
import it.cns.enrollment.domain.credential.FisconlineCredentials;
import it.cns.enrollment.domain.credential.FisconlineCredentialsRepository;
import it.cns.enrollment.domain.identity.CardId;
import it.cns.enrollment.domain.identity.CardKey;
import it.cns.enrollment.domain.identity.CodiceFiscale;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * In-memory stand-ins for the repositories, the audit trail and the clock, for unit tests of the
 * credential services without a server. What a method of these fakes holds when it returns is what
 * its transaction would have committed.
 */
public final class CredentialFakes {

  private CredentialFakes() {}

  public static final class Accounts implements AccountRepository {
    public final Map<CodiceFiscale, Account> byCf = new HashMap<>();

    @Override
    public Optional<Account> findByCodiceFiscale(CodiceFiscale codiceFiscale) {
      return Optional.ofNullable(byCf.get(codiceFiscale));
    }

    @Override
    public Optional<AccountStanding> standingOf(CodiceFiscale codiceFiscale) {
      // A report query: what it counts is only real against PostgreSQL (PartnerSoapIT).
      throw new UnsupportedOperationException("standingOf is tested against the database");
    }

    @Override
    public void add(Account account) {
      byCf.put(account.codiceFiscale(), account);
    }

    /**
     * Accounts another transaction commits just before this one's insert of the same codice
     * fiscale: what a concurrent import leaves for the unique constraint to decide.
     */
    public final Map<CodiceFiscale, Account> addedMeanwhile = new HashMap<>();

    @Override
    public boolean addIfAbsent(Account account) {
      Account other = addedMeanwhile.remove(account.codiceFiscale());
      if (other != null) {
        byCf.put(other.codiceFiscale(), other);
      }
      return byCf.putIfAbsent(account.codiceFiscale(), account) == null;
    }
  }

  public static final class Credentials implements FisconlineCredentialsRepository {
    public final Map<CodiceFiscale, FisconlineCredentials> byCf = new HashMap<>();
    public int lockedReads;

    /** Simulates the database refusing the insert (a concurrent enrollment won). */
    public boolean concurrentEnrollmentWins;

    @Override
    public Optional<FisconlineCredentials> findByAccount(Account a) {
      return Optional.ofNullable(byCf.get(a.codiceFiscale()));
    }

    @Override
    public Optional<FisconlineCredentials> findByAccountForUpdate(Account a) {
      lockedReads++;
      return findByAccount(a);
    }

    @Override
    public void add(FisconlineCredentials c) {
      if (concurrentEnrollmentWins) {
        throw new AlreadyEnabledException("person enabled concurrently");
      }
      byCf.put(c.account().codiceFiscale(), c);
    }
  }

  public static final class Bindings implements SmartcardBindingRepository {
    public final List<SmartcardBinding> all = new ArrayList<>();

    @Override
    public Optional<SmartcardBinding> findByCard(CardKey card) {
      return Optional.empty();
    }

    @Override
    public List<SmartcardBinding> findByAccount(Account account) {
      return all.stream().filter(b -> b.account() == account).toList();
    }

    @Override
    public List<SmartcardBinding> findByCardNumber(CardId cardId) {
      return all.stream()
          .filter(b -> b.cardNumber().filter(cardId.value()::equals).isPresent())
          .toList();
    }

    @Override
    public void add(SmartcardBinding binding) {
      all.add(binding);
    }

    @Override
    public void remove(SmartcardBinding binding) {
      all.remove(binding);
    }
  }

  /** An AuditRecorder whose events land in a list, noting which method wrote each. */
  public static final class Audit extends AuditRecorder {
    public final List<AuditEvent> changes = new ArrayList<>();
    public final List<AuditEvent> refusals = new ArrayList<>();

    public Audit() {
      clock = Clock.systemUTC();
    }

    @Override
    public void recordChange(AuditEvent event) {
      changes.add(event);
    }

    @Override
    public void recordRefusal(AuditEvent event) {
      refusals.add(event);
    }

    public List<AuditEvent> all() {
      List<AuditEvent> all = new ArrayList<>(changes);
      all.addAll(refusals);
      return all;
    }
  }

  /** Every text an audit event carries, to check that no secret is among them. */
  public static String everything(AuditEvent e) {
    return String.join(
        "|",
        String.valueOf(e.actor()),
        String.valueOf(e.subjectCf()),
        String.valueOf(e.certificateIssuer()),
        String.valueOf(e.certificateSerial()),
        String.valueOf(e.outcome()),
        String.valueOf(e.detail()),
        String.valueOf(e.requestId()));
  }
}
