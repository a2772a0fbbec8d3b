package it.cns.enrollment.application.security;

import it.cns.enrollment.domain.audit.AuditDetails;
import it.cns.enrollment.domain.identity.CnsCertificate;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * What an {@link Audited} use case says about its subject, for the record of a refusal: the person
 * (codice fiscale), the certificate, a few named values. Kept per thread for the duration of the
 * audited call, like a logging context, so that a use case adds its subject in one line and the
 * interceptor finds it whatever was thrown. Outside an audited call the notes go nowhere.
 *
 * <p>It also remembers which refusals are already on record (by the inner of two audited calls, or
 * by a service that audits its own refusal, such as {@link OperatorAuthorization}), so that a
 * refusal is recorded once.
 */
public final class RefusalSubject {

  private static final ThreadLocal<Deque<Notes>> CALLS = ThreadLocal.withInitial(ArrayDeque::new);

  private RefusalSubject() {}

  /** The refusal is about this person (a codice fiscale as known; null: none). */
  public static void about(String codiceFiscale) {
    Notes n = CALLS.get().peek();
    if (n != null) {
      n.subjectCf = codiceFiscale;
    }
  }

  /** The refusal is about this card's certificate (and its holder). */
  public static void certificate(CnsCertificate certificate) {
    Notes n = CALLS.get().peek();
    if (n != null) {
      n.certificate = certificate;
    }
  }

  /** The refusal is about the certificate of this issuer and serial (no CNS reading of it). */
  public static void certificateOf(String issuer, String serialHex) {
    Notes n = CALLS.get().peek();
    if (n != null) {
      n.certificateIssuer = issuer;
      n.certificateSerial = serialHex;
    }
  }

  /** A named value for the refusal's detail. */
  public static void detail(String key, Object value) {
    Notes n = CALLS.get().peek();
    if (n != null) {
      n.details = n.details.and(key, value);
    }
  }

  /** This refusal is on record already; the interceptor will not record it again. */
  public static void recorded(RuntimeException refusal) {
    Notes n = CALLS.get().peek();
    if (n != null) {
      n.recorded.add(refusal);
    }
  }

  /** Opens the notes of an audited call (the interceptor's; closed with {@link #close}). */
  static Notes open() {
    Deque<Notes> calls = CALLS.get();
    Notes outer = calls.peekLast();
    Notes n =
        new Notes(
            outer == null ? Collections.newSetFromMap(new IdentityHashMap<>()) : outer.recorded);
    calls.push(n);
    return n;
  }

  static void close(Notes notes) {
    Deque<Notes> calls = CALLS.get();
    calls.remove(notes);
    if (calls.isEmpty()) {
      CALLS.remove();
    }
  }

  /** The subject of one audited call. */
  public static final class Notes {
    private String subjectCf;
    private CnsCertificate certificate;
    private String certificateIssuer;
    private String certificateSerial;
    private AuditDetails details = AuditDetails.none();
    private final Set<RuntimeException> recorded;

    private Notes(Set<RuntimeException> recorded) {
      this.recorded = recorded;
    }

    /** True the first time a refusal is reported in this call chain. */
    boolean firstReport(RuntimeException refusal) {
      return recorded.add(refusal);
    }

    String subjectCf() {
      return subjectCf;
    }

    CnsCertificate certificate() {
      return certificate;
    }

    String certificateIssuer() {
      return certificateIssuer;
    }

    String certificateSerial() {
      return certificateSerial;
    }

    AuditDetails details() {
      return details;
    }
  }
}
