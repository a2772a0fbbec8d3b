package it.cns.enrollment.infrastructure.persistence.jpa;

import it.cns.enrollment.domain.identity.CodiceFiscale;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a codice fiscale as its 16 normalised characters. */
@Converter(autoApply = true)
public class CodiceFiscaleConverter implements AttributeConverter<CodiceFiscale, String> {

  @Override
  public String convertToDatabaseColumn(CodiceFiscale value) {
    return value == null ? null : value.toString();
  }

  @Override
  public CodiceFiscale convertToEntityAttribute(String column) {
    return column == null ? null : CodiceFiscale.parse(column);
  }
}
