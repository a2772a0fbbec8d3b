package it.cns.enrollment.application.partner;

import it.cns.enrollment.domain.challenge.CardChallenge;
import it.cns.enrollment.domain.challenge.ChallengeRepository;
import it.cns.enrollment.domain.error.BusinessRefusal;
import it.cns.enrollment.domain.error.ErrorCode;
import it.cns.enrollment.domain.idempotency.RememberedRequest;
import it.cns.enrollment.domain.idempotency.RememberedRequestRepository;
import it.cns.enrollment.domain.partner.Partner;
import it.cns.enrollment.domain.partner.PartnerRepository;
import java.lang.reflect.Field;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * In-memory stand-ins for the partner API's repositories: what they hold when a method returns is
 * what its transaction would have committed.
 */
public final class PartnerFakes {

  private PartnerFakes() {}

  public static final class Partners implements PartnerRepository {
    public final List<Partner> all = new ArrayList<>();
    private long nextId = 1;

    @Override
    public Optional<Partner> findByCertificate(
        String canonicalIssuer, String serialHex, String sha256) {
      return all.stream()
          .filter(
              p ->
                  (p.certificateIssuer().equals(canonicalIssuer)
                          && p.certificateSerial().equals(serialHex))
                      || p.certificateSha256().filter(s -> s.equals(sha256)).isPresent())
          .findFirst();
    }

    @Override
    public void add(Partner p) {
      setId(p, nextId++); // as the identity column would
      all.add(p);
    }

    @Override
    public List<Partner> all() {
      return all.stream().sorted(java.util.Comparator.comparing(Partner::name)).toList();
    }

    @Override
    public Optional<Partner> find(long id) {
      return all.stream().filter(p -> p.id() == id).findFirst();
    }

    @Override
    public Optional<Partner> findByName(String name) {
      return all.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    @Override
    public void flush() {
      // In memory: changes are visible at once.
    }

    private static void setId(Partner p, long id) {
      try {
        Field field = Partner.class.getDeclaredField("id");
        field.setAccessible(true);
        field.set(p, id);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  /** Challenges with the repository's atomic consume. */
  public static final class Challenges implements ChallengeRepository {
    final Map<String, CardChallenge> byId = new HashMap<>();
    int consumeCalls;

    /** Simulates a concurrent request consuming the challenge between the read and the update. */
    boolean concurrentConsumerWins;

    @Override
    public void add(CardChallenge challenge) {
      byId.put(challenge.id(), challenge);
    }

    @Override
    public Optional<CardChallenge> find(String id) {
      return Optional.ofNullable(byId.get(id));
    }

    @Override
    public synchronized boolean consume(String id, long partnerId, Instant now) {
      consumeCalls++;
      CardChallenge c = byId.get(id);
      if (c == null || !c.isIssuedTo(partnerId) || c.isUsed() || c.isExpiredAt(now)) {
        return false;
      }
      c.markUsed(now);
      return !concurrentConsumerWins;
    }
  }

  public static final class Requests implements RememberedRequestRepository {
    final List<RememberedRequest> all = new ArrayList<>();

    /** Simulates a concurrent request with the same id committing first. */
    boolean concurrentDuplicateWins;

    @Override
    public Optional<RememberedRequest> find(long partnerId, String requestId) {
      return all.stream()
          .filter(r -> r.partnerId() == partnerId && Objects.equals(r.requestId(), requestId))
          .findFirst();
    }

    @Override
    public void add(RememberedRequest request) {
      if (concurrentDuplicateWins || find(request.partnerId(), request.requestId()).isPresent()) {
        throw new BusinessRefusal(ErrorCode.REQUEST_IN_PROGRESS, "duplicate");
      }
      all.add(request);
    }
  }
}
