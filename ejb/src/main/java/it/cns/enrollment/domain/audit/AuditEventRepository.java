package it.cns.enrollment.domain.audit;

import java.util.List;

/** Appends audit events; there is deliberately no update or delete. */
public interface AuditEventRepository {

  void append(AuditEvent event);

  /**
   * The latest events about a person (subject codice fiscale), newest first, at most {@code max}.
   */
  List<AuditEvent> latestAbout(String codiceFiscale, int max);
}
