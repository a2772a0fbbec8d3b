package it.cns.enrollment.interfaces.soap;

import java.time.Instant;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.XMLGregorianCalendar;

/** Instants as the contract's xs:dateTime: UTC, millisecond precision. */
final class XmlTimes {

  private XmlTimes() {}

  static XMLGregorianCalendar of(Instant instant) {
    GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
    calendar.setTimeInMillis(instant.toEpochMilli());
    try {
      return DatatypeFactory.newInstance().newXMLGregorianCalendar(calendar);
    } catch (DatatypeConfigurationException e) {
      throw new IllegalStateException("no XML datatype factory", e);
    }
  }
}
