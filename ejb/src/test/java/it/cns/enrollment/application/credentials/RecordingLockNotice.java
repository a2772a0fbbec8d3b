package it.cns.enrollment.application.credentials;

import it.cns.enrollment.domain.account.Account;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The lock notice as the use case sees it: who was told, and when. */
final class RecordingLockNotice extends LockNotice {
  final List<String> told = new ArrayList<>();

  @Override
  public boolean citizenLocked(Account account, Instant at) {
    told.add(account.codiceFiscale() + "@" + at);
    return true;
  }
}
