package it.cns.enrollment.interfaces.web;

import it.cns.enrollment.application.text.Messages;
import it.cns.enrollment.domain.error.InvalidRequestException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIViewParameter;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import java.time.DateTimeException;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * A GET parameter's type, as the Faces converter of its {@code f:viewParam}: how its text becomes
 * the value, and back into the URL. A text that is no such value is refused as the INVALID_REQUEST
 * {@code problem} naming the parameter; Faces puts that message on the view parameter (its client
 * id), so the page can show it and mark the field the parameter fills, and skips the page's
 * f:viewAction. Beans never read a request parameter by hand ({@code InterfacesArchitectureTest}).
 */
public abstract class ParameterConverter<T> implements Converter<Object> {

  private static final Logger LOG = Logger.getLogger(ParameterConverter.class.getName());

  private final String problem;

  /** {@code problem}: the INVALID_REQUEST problem a refused value is, worded in the bundles. */
  protected ParameterConverter(String problem) {
    this.problem = problem;
  }

  /**
   * The value of {@code text}; an IllegalArgumentException or DateTimeException when it is none.
   */
  protected abstract T read(String text);

  /** The value of parameter {@code name}, null when blank; INVALID_REQUEST when unreadable. */
  public final T value(String name, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return read(text.strip());
    } catch (IllegalArgumentException | DateTimeException e) {
      // The value itself stays out of the log: it is whatever a URL carried.
      LOG.info(() -> "parameter " + name + " refused: " + problem);
      throw new InvalidRequestException(problem, "parameter " + name, name);
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
