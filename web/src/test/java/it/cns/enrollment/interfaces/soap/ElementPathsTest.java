package it.cns.enrollment.interfaces.soap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import org.junit.jupiter.api.Test;

class ElementPathsTest {

  private static final String REQUEST =
      "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\">"
          + "<soap:Header/><soap:Body>"
          + "<v1:bindSmartcard xmlns:v1=\"urn:cns-enrollment:partner:v1\">"
          + "<v1:requestId>x</v1:requestId>"
          + "<v1:card><v1:certificate>AAAA</v1:certificate><!-- c --></v1:card>"
          + "</v1:bindSmartcard></soap:Body></soap:Envelope>";

  @Test
  void namesTheElementBeingReadWithoutTheEnvelope() throws XMLStreamException {
    ElementPaths.Tracker reader = reader();
    advanceTo(reader, XMLStreamConstants.START_ELEMENT, "requestId");
    assertThat(reader.currentPath()).isEqualTo("/bindSmartcard/requestId");
    reader.next(); // the text
    assertThat(reader.currentPath()).isEqualTo("/bindSmartcard/requestId");
  }

  @Test
  void namesTheElementJustClosedBecauseSimpleContentIsValidatedAtItsEndTag()
      throws XMLStreamException {
    ElementPaths.Tracker reader = reader();
    advanceTo(reader, XMLStreamConstants.END_ELEMENT, "requestId");
    assertThat(reader.currentPath()).isEqualTo("/bindSmartcard/requestId");
    advanceTo(reader, XMLStreamConstants.END_ELEMENT, "card");
    assertThat(reader.currentPath()).isEqualTo("/bindSmartcard/card");
    reader.next();
    assertThat(reader.currentPath()).isEqualTo("/bindSmartcard");
  }

  @Test
  void movesOnToTheNextElementOnceItStarts() throws XMLStreamException {
    ElementPaths.Tracker reader = reader();
    advanceTo(reader, XMLStreamConstants.START_ELEMENT, "certificate");
    assertThat(reader.currentPath()).isEqualTo("/bindSmartcard/card/certificate");
  }

  @Test
  void hasNoPathInsideTheEnvelopeOnly() throws XMLStreamException {
    ElementPaths.Tracker reader = reader();
    advanceTo(reader, XMLStreamConstants.START_ELEMENT, "Body");
    assertThat(reader.currentPath()).isNull();
  }

  private static ElementPaths.Tracker reader() throws XMLStreamException {
    return new ElementPaths.Tracker(
        XMLInputFactory.newFactory().createXMLStreamReader(new StringReader(REQUEST)));
  }

  private static void advanceTo(ElementPaths.Tracker reader, int event, String localName)
      throws XMLStreamException {
    while (reader.hasNext()) {
      if (reader.next() == event && reader.getLocalName().equals(localName)) {
        return;
      }
    }
    throw new AssertionError(localName + " not found");
  }
}
