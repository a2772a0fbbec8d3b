package it.cns.enrollment.interfaces.web.supervision;

import it.cns.enrollment.application.text.Messages;
import it.cns.enrollment.domain.audit.AuditAction;
import it.cns.enrollment.domain.audit.Channel;
import it.cns.enrollment.domain.error.InvalidRequestException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIViewParameter;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.DateTimeException;
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

  /** One parameter's type: how its text becomes the value, and back into the URL. */
  abstract static class Typed<T> implements Converter<Object> {

    /** The value of {@code text}; an exception when it is none. */
    abstract T read(String text);

    /** The value of parameter {@code name}, null when blank; INVALID_REQUEST when unreadable. */
    final T value(String name, String text) {
      if (text == null || text.isBlank()) {
        return null;
      }
      try {
        return read(text.strip());
      } catch (IllegalArgumentException | DateTimeException e) {
        throw new InvalidRequestException(AuditQuery.BAD_VALUE, "parameter " + name, name);
      }
    }

    @Override
    public Object getAsObject(FacesContext context, UIComponent component, String text) {
      String name = component instanceof UIViewParameter p ? p.getName() : component.getId();
      try {
        return value(name, text);
      } catch (InvalidRequestException e) {
        Locale locale = context.getViewRoot().getLocale();
        throw new ConverterException(
            new FacesMessage(FacesMessage.SEVERITY_ERROR, Messages.in(locale).of(e), null), e);
      }
    }

    /** A value as its parameter (an enum by name, a day ISO); a select's empty item is a String. */
    @Override
    public String getAsString(FacesContext context, UIComponent component, Object value) {
      return value == null ? "" : value.toString();
    }
  }

  /** A day, {@code yyyy-MM-dd}. */
  @FacesConverter("auditDay")
  public static final class Day extends Typed<LocalDate> {
    @Override
    LocalDate read(String text) {
      return LocalDate.parse(text);
    }
  }

  /** An audit action by its name, in any case. */
  @FacesConverter("auditAction")
  public static final class Action extends Typed<AuditAction> {
    @Override
    AuditAction read(String text) {
      return AuditAction.valueOf(text.toUpperCase(Locale.ROOT));
    }
  }

  /** A channel by its name, in any case. */
  @FacesConverter("auditChannel")
  public static final class ChannelName extends Typed<Channel> {
    @Override
    Channel read(String text) {
      return Channel.valueOf(text.toUpperCase(Locale.ROOT));
    }
  }

  /** An event id, where a page of the trail starts. */
  @FacesConverter("auditEventId")
  public static final class EventId extends Typed<Long> {
    @Override
    Long read(String text) {
      return Long.valueOf(text);
    }
  }
}
