package it.cns.enrollment.interfaces.web.supervision;

import it.cns.enrollment.domain.audit.AuditAction;
import it.cns.enrollment.domain.audit.Channel;
import it.cns.enrollment.interfaces.web.ParameterConverter;
import jakarta.faces.convert.FacesConverter;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The typed values of the audit filter's GET parameters: days as {@code yyyy-MM-dd} (what a date
 * input sends), an action and a channel by name, an event id. The page reads them as Faces
 * converters of its {@code f:viewParam}s, so a value that is none of these is refused on its
 * parameter (INVALID_REQUEST, naming it) and the filter field is marked; the CSV download, which is
 * no Faces request, reads the same parameters with the same converters ({@link AuditQuery}).
 */
public final class AuditValues {

  private AuditValues() {}

  /** One filter parameter's type; an unreadable value is the problem AUDIT_FILTER_VALUE. */
  abstract static class Typed<T> extends ParameterConverter<T> {
    Typed() {
      super(AuditQuery.BAD_VALUE);
    }
  }

  /** A day, {@code yyyy-MM-dd}. */
  @FacesConverter("auditDay")
  public static final class Day extends Typed<LocalDate> {
    @Override
    protected LocalDate read(String text) {
      return LocalDate.parse(text);
    }
  }

  /** An audit action by its name, in any case. */
  @FacesConverter("auditAction")
  public static final class Action extends Typed<AuditAction> {
    @Override
    protected AuditAction read(String text) {
      return AuditAction.valueOf(text.toUpperCase(Locale.ROOT));
    }
  }

  /** A channel by its name, in any case. */
  @FacesConverter("auditChannel")
  public static final class ChannelName extends Typed<Channel> {
    @Override
    protected Channel read(String text) {
      return Channel.valueOf(text.toUpperCase(Locale.ROOT));
    }
  }

  /** An event id, where a page of the trail starts. */
  @FacesConverter("auditEventId")
  public static final class EventId extends Typed<Long> {
    @Override
    protected Long read(String text) {
      return Long.valueOf(text);
    }
  }
}
