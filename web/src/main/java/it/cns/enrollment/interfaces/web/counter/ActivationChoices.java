package it.cns.enrollment.interfaces.web.counter;

import it.cns.enrollment.domain.activation.ActivationCase;
import it.cns.enrollment.domain.activation.ActivationDocument;
import it.cns.enrollment.domain.activation.IdentityDocumentType;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;

/**
 * The activation wizard's choices as their enum constants: a choice travels as the constant's name;
 * an empty one is no choice (null), anything else is refused with a message bound to the field.
 */
public final class ActivationChoices {

  private ActivationChoices() {}

  /** Converts one enum by its constant names. */
  abstract static class ByName<E extends Enum<E>> implements Converter<Object> {
    private final Class<E> type;

    ByName(Class<E> type) {
      this.type = type;
    }

    @Override
    public Object getAsObject(FacesContext context, UIComponent component, String value) {
      if (value == null || value.isBlank()) {
        return null;
      }
      try {
        return Enum.valueOf(type, value.strip());
      } catch (IllegalArgumentException e) {
        String text = CounterWork.text("activation.invalidChoice");
        throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null), e);
      }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Object value) {
      if (value == null) {
        return "";
      }
      // The "choose" item's empty value arrives as a String.
      return type.isInstance(value) ? type.cast(value).name() : value.toString();
    }
  }

  /** The activation case (step 1). */
  @FacesConverter("activationCase")
  public static final class Case extends ByName<ActivationCase> {
    public Case() {
      super(ActivationCase.class);
    }
  }

  /** The identity document's type. */
  @FacesConverter("identityDocumentType")
  public static final class DocumentType extends ByName<IdentityDocumentType> {
    public DocumentType() {
      super(IdentityDocumentType.class);
    }
  }

  /** A document of the case's checklist. */
  @FacesConverter("activationDocument")
  public static final class Document extends ByName<ActivationDocument> {
    public Document() {
      super(ActivationDocument.class);
    }
  }
}
